"""The claim engine over a run: read each new relevant article, compare with the baseline, group
findings across articles, and surface claim-like developments no tracked claim covers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from claims.catalogue import Catalogue
from claims.compare import ArticleRef, Observation, group, judge, observe, to_report
from claims.reader import (Context, Reading, StateMatcher, find_phrases, make_reading, modality_at, read_pending,
                           read_sentence, sentence_date, statement_key)
from claims.nlp import PipelineUnavailable, available, parse
from claims import languages
from extractors.language import language_code
from extractors.text import iso_day as parse_date
from claims.grammar import read_stance
from claims.names import canonical, known_names
from claims.offices import needs_parse, read_holdings, tenure_ends
from claims.statements import restate, sentences_to_parse
from claims.values import Modality, read_modality, same_person

# Verbs of things that happen between states: agreements, launches, deliveries, memberships, openings.
DEVELOPMENT = re.compile(
    r"\b(sign(ed|s)?|agreed|agree(s|ment)|launch(ed|es)?|join(ed|s)?|open(ed|s)|inaugurat(ed|es)|deliver(ed|s)|"
    r"approv(ed|es)|ratif(ied|ies)|link(ed|s|ing)|connect(ed|s|ing)|pledg(ed|es)|complet(ed|es)|beg(an|ins)|start(ed|s)|"
    r"establish(ed|es)|unveil(ed|s)|conclud(ed|es)|reach(ed|es)|admitted|held|staged|carried out|put into orbit|"
    r"awarded|created|set up|became|arriv(ed|es)|received|connected|handed over|delivery|deliveries|"
    r"shipments?)\b", re.IGNORECASE)
NEW_DEV_THRESHOLD = 0.42
MAX_NEW_PER_ARTICLE = 2
DUPLICATE_SIMILARITY = 0.85
COVERED_SIMILARITY = 0.65


@dataclass
class Analysis:
    findings: list[dict[str, Any]] = field(default_factory=list)
    new_developments: list[dict[str, Any]] = field(default_factory=list)
    sentences: int = 0


@dataclass
class Candidate:
    statement: str
    article: ArticleRef
    span: tuple[int, int] = (0, 0)   # the development verb in the statement
    lang: str = "en"


def analyze_articles(articles: list[dict[str, Any]], catalogue: Catalogue,
                     baseline: dict[str, dict[str, Any]], encoder: Any = None,
                     on_error: Callable[[str, str], None] | None = None,
                     dismissed: set[tuple[str, str]] | None = None) -> Analysis:
    """Read every article; an article the engine cannot read is reported through `on_error(url, reason)`
    and the others go on. Sentences that need the sentence encoder are embedded in one batch for the
    whole run (per-article batches cost several times more). Statements in `dismissed` ((claim,
    statement_key) pairs an analyst marked as false alarms) never become findings again."""
    skip = (lambda r: (r.claim, statement_key(r.quote)) in dismissed) if dismissed else None
    restated, candidates, sentences = read_articles(articles, catalogue, baseline, encoder, on_error)
    persons = {c.id for c in catalogue.claims if c.type == "person"}
    names = known_names((r for _, _, readings in restated for r in readings), persons, baseline)
    observations: list[Observation] = []
    for row, ref, readings in restated:
        try:
            observations += observe(catalogue, baseline, canonical(readings, names), ref, row["text"], skip)
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    findings = [to_report(f, catalogue) for f in group(catalogue, baseline, observations)]
    return Analysis(findings, new_developments(stated_as_fact(candidates), catalogue, encoder), sentences)


def read_articles(articles: list[dict[str, Any]], catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                  encoder: Any = None, on_error: Callable[[str, str], None] | None = None
                  ) -> tuple[list[tuple[dict[str, Any], ArticleRef, list[Reading]]], list[Candidate], int]:
    """The reading stage alone (no judging): each article's readings with their stance from the parse and
    the office holders its entities name; the candidate new developments; the number of sentences read.
    `baseline` only tells which statements already report a change (their sentences are no candidates)
    and who the recorded office holders are; the baseline build passes {}."""
    matcher = StateMatcher(encoder) if encoder is not None else None
    read: list[tuple[dict[str, Any], ArticleRef, Context, list[Reading]]] = []
    candidates: list[Candidate] = []
    for row in articles:
        try:
            ref, ctx, readings, cands = read_article(row, catalogue, baseline, matcher)
        except Exception as exc:  # one unreadable article must not sink the run: record it
            report_failure(on_error, row["url"], exc)
            continue
        read.append((row, ref, ctx, readings))
        candidates += cands
    if matcher is not None:
        matcher.prime([ctx.sentences[i].text for _, _, ctx, _ in read for i, _, _ in ctx.pending])
    complete: list[tuple[dict[str, Any], ArticleRef, Context, list[Reading]]] = []
    for row, ref, ctx, readings in read:
        try:
            complete.append((row, ref, ctx, readings + read_pending(ctx)))
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    langs = [language_of(row) for row, _, _, _ in complete]
    holders = [str(b.get("value", "")) for c, b in baseline.items() if c in {x.id for x in catalogue.claims}
               and catalogue.get(c).type == "person"]
    docs = parse_statements([(ctx, readings) for _, _, ctx, readings in complete], catalogue, langs, holders)
    restated: list[tuple[dict[str, Any], ArticleRef, list[Reading]]] = []
    for n, (row, ref, ctx, readings) in enumerate(complete):
        try:
            mine = {(start, end): doc for (k, start, end), doc in docs.items() if k == n}
            readings = restate(readings, row["text"], catalogue, mine, langs[n], parse_date(row.get("published")))
            restated.append((row, ref, readings + office_readings(ctx, mine, catalogue, baseline, readings)))
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    return restated, candidates, sum(len(ctx.sentences) for _, _, ctx, _ in read)


def language_of(row: dict[str, Any]) -> str:
    """The article's language code ("en" from "en-US"); English when the page does not say."""
    return language_code(row.get("language")) or "en"


def parse_statements(articles: list[tuple[Context, list[Reading]]], catalogue: Catalogue,
                     langs: list[str] | None = None, holders: list[str] | None = None
                     ) -> dict[tuple[int, int, int], Any]:
    """Parse, in one batch for the run, the sentences that need it: those whose readings need a stance and
    those naming a tracked office. {(article index, start, end): spaCy Doc}; empty when no pipeline is
    installed (the readings then keep the window's stance and the title patterns' office holders)."""
    keys = set()
    for n, (ctx, readings) in enumerate(articles):
        if langs is not None and not available(langs[n]):
            continue  # no pipeline for the language: its readings keep the window's stance
        keys |= {(n, start, end) for start, end in sentences_to_parse(readings, catalogue)}
        keys |= {(n, s.start, s.end) for s in ctx.sentences if needs_parse(s.text, catalogue, holders or ())}
    ordered = sorted(keys)
    texts = [articles[n][0].text[start:end] for n, start, end in ordered]
    unique = list(dict.fromkeys(texts))  # syndicated copies of a sentence are parsed once
    try:
        parsed = dict(zip(unique, parse(unique)))
    except PipelineUnavailable:
        return {}
    return {key: parsed[text] for key, text in zip(ordered, texts)}


def office_readings(ctx: Context, docs: dict[tuple[int, int], Any], catalogue: Catalogue,
                    baseline: dict[str, dict[str, Any]], readings: list[Reading]) -> list[Reading]:
    """Office holders the entity reader finds that the title patterns did not (claims.offices)."""
    index = {(s.start, s.end): i for i, s in enumerate(ctx.sentences)}
    by_sentence = {index[span]: doc for span, doc in docs.items() if span in index}
    out = []
    for holding in read_holdings(ctx.text, by_sentence, catalogue, baseline):
        if any(r.claim == holding.claim and same_person(r.value, holding.name) for r in readings + out):
            continue
        claim = catalogue.get(holding.claim)
        modality = Modality(False, False, False, False, holding.past, holding.words)
        score = 0.9 if holding.resolved_by in ("title", "appositive", "replaced") else 0.75
        out.append(make_reading(ctx, holding.sentence, claim, holding.name, holding.name,
                                (holding.start, holding.end), score, modality))
    out += vacated(ctx, by_sentence, catalogue, baseline, readings + out)
    return out


def vacated(ctx: Context, docs: dict[int, Any], catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
            readings: list[Reading]) -> list[Reading]:
    """A recorded holder whose tenure the article says ended (died, was killed, resigned) with no one else
    named as holding the office now: the reading of the holder negated (reported as "not <holder>"), which names no successor."""
    out = []
    for end in tenure_ends(docs, catalogue, baseline):
        if any(r.claim == end.claim for r in out) or any(
                r.claim == end.claim and not r.past and not r.future and not r.negated
                and not same_person(r.value, end.name) for r in readings):
            continue
        claim = catalogue.get(end.claim)
        modality = Modality(True, False, False, False, False, (end.verb,))
        out.append(make_reading(ctx, end.sentence, claim, end.name, end.verb, (end.start, end.end),
                                0.75, modality))
    return out


def report_failure(on_error: Callable[[str, str], None] | None, url: str, exc: Exception) -> None:
    """Pass an article the engine could not read to `on_error(url, "Type: message")` (cut to 300 characters);
    without on_error, raise `exc`."""
    if on_error is None:
        raise exc
    on_error(url, f"{type(exc).__name__}: {exc}"[:300])


def read_article(row: dict[str, Any], catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                 matcher: StateMatcher | None = None) -> tuple[ArticleRef, Context, list[Reading], list[Candidate]]:
    """Readings from the article's cue phrases (semantic ones wait in ctx.pending) and its candidate
    new developments."""
    lang = language_of(row)
    ref = ArticleRef(int(row["id"]), row["url"], row.get("title") or "", row.get("published") or "",
                     row.get("site_name") or "", lang)
    own = languages.for_language(catalogue, lang)  # the language's words beside the English (issue 15)
    ctx = languages.prepare_in(row["text"], catalogue, lang, parse_date(row.get("published")),
                               row.get("title") or "", matcher)
    readings: list[Reading] = []
    candidates = []
    for i in range(len(ctx.sentences)):
        found = languages.read_sentence(ctx, i, own, lang) if languages.supported(lang) else \
            read_sentence(ctx, i, catalogue)
        readings += found
        # a statement read for a tracked claim (a change or a restatement) belongs to that claim
        if not any(catalogue.get(r.claim).type != "person" or reports_change(r, catalogue, baseline) for r in found):
            candidate = development_candidate(ctx, i, ref, catalogue)
            if candidate:
                candidates.append(candidate)
    return ref, ctx, readings, candidates


def reports_change(reading: Reading, catalogue: Catalogue, baseline: dict[str, dict[str, Any]]) -> bool:
    """Does this reading already become a changed or disputed finding? Then its sentence is covered."""
    base = baseline.get(reading.claim)
    if base is None or catalogue.get(reading.claim).type == "person":
        return False
    judged = judge(catalogue.get(reading.claim), base, reading)
    return bool(judged and judged[0] != "confirmed")


def development_candidate(ctx: Context, i: int, article: ArticleRef, catalogue: Catalogue) -> Candidate | None:
    """A sentence about both parties that reports something done, stated as fact at its verb."""
    near = ctx.parties[i] | (ctx.parties[i - 1] if i else set()) | ctx.title_parties
    if not ctx.parties[i] or not set(catalogue.parties) <= near:
        return None
    text = ctx.sentences[i].text
    if len(text) < 40 or len(text) > 400 or text.rstrip().endswith("?"):
        return None
    verb = DEVELOPMENT.search(text)
    if not verb:
        return None
    if is_background(ctx, i) or find_phrases(ctx.folded[i], catalogue.routine):
        return None
    modality = modality_at(ctx, i, verb.span())
    before = read_modality(text[max(0, verb.start() - 60):verb.end()])
    if modality.negated or modality.future or modality.past or modality.denied or before.hedged:
        return None
    return Candidate(text, article, verb.span())


# A sentence dated this long before its article recounts background, not news.
BACKGROUND_DAYS = 183


def is_background(ctx: Context, i: int) -> bool:
    """Is sentence `i` dated more than BACKGROUND_DAYS before the document's date: background, not news of the
    day?"""
    when = sentence_date(ctx, i)
    return bool(when and ctx.ref and (ctx.ref - when).days > BACKGROUND_DAYS)


def stated_as_fact(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates whose development verb the parse reads as a plain fact: not a plan, a negation, a hedge or
    a denial ("cannot yet be signed", "is expected to spend"). Kept as they are when no pipeline is
    installed."""
    texts = list(dict.fromkeys(c.statement for c in candidates))
    try:
        docs = dict(zip(texts, parse(texts)))
    except PipelineUnavailable:
        return candidates
    out = []
    for c in candidates:
        stance = read_stance(docs[c.statement][:], *c.span)
        if stance is None or not (stance.future or stance.negated or stance.hedged or stance.denied):
            out.append(c)
    return out


def new_developments(candidates: list[Candidate], catalogue: Catalogue, encoder: Any) -> list[dict[str, Any]]:
    """New developments among `candidates`, best first: scored by the sentence encoder's similarity to the
    catalogue's developments (minus closeness to tracked claims; 0.5 each without an encoder), at least
    NEW_DEV_THRESHOLD, at most MAX_NEW_PER_ARTICLE per article, near-duplicates dropped. Returns report.json
    new_developments dicts (statement, url, title, published, score)."""
    if not candidates:
        return []
    if encoder is None:
        scores = np.full(len(candidates), 0.5)
        vectors = None
    else:
        vectors = encoder.encode([c.statement for c in candidates])
        covered = encoder.encode([d for claim in catalogue.claims for s in claim.states for d in s.describe]
                                 + [claim.question for claim in catalogue.claims])
        protos = encoder.encode(list(catalogue.developments or [c.question for c in catalogue.claims]))
        closeness = (vectors @ covered.T).max(axis=1)
        scores = (vectors @ protos.T).max(axis=1) - 0.5 * np.clip(closeness - 0.6, 0, None)
        # as close in meaning to a tracked claim's states as a restatement is: it belongs to that claim
        scores[closeness >= COVERED_SIMILARITY] = -1.0
    picked: list[int] = []
    per_article: dict[int, int] = {}
    for idx in np.argsort(-scores):
        cand = candidates[int(idx)]
        if scores[idx] < NEW_DEV_THRESHOLD or per_article.get(cand.article.id, 0) >= MAX_NEW_PER_ARTICLE:
            continue
        if vectors is not None and any(float(vectors[idx] @ vectors[j]) > DUPLICATE_SIMILARITY for j in picked):
            continue
        picked.append(int(idx))
        per_article[cand.article.id] = per_article.get(cand.article.id, 0) + 1
    return [{"statement": candidates[i].statement, "url": candidates[i].article.url,
             "title": candidates[i].article.title, "published": candidates[i].article.published[:10],
             "score": round(float(scores[i]), 3)} for i in picked]


def load_encoder_or_none() -> Any:
    """The sentence encoder (claims.embed.load_encoder), or None when its weights are not installed: the
    engine then reads by patterns only."""
    from claims.embed import EncoderUnavailable, load_encoder

    try:
        return load_encoder()
    except EncoderUnavailable:
        return None

