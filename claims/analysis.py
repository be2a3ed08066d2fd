"""The claim engine over a run: read each new relevant article, compare with the baseline, group
findings across articles, and surface claim-like developments no tracked claim covers (claims.developments)."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any, Callable, Sequence, TypedDict

from claims.catalogue import Catalogue
from claims.dating import reference_date, without_relative_periods
from claims.compare import (ArticleRef, Observation, group, judge, observe, relate_figures, relate_states,
                            to_report)
from claims.developments import Candidate, claim_heads, development_candidate, headline_candidate, \
    new_developments, read_events
from claims.reader import (TENURE_CUE, Context, Reading, StateMatcher, is_stale, make_reading, parse_for_cues,
                           headline_figures, read_pending, read_sentence, statement_key)
from claims.nlp import PipelineUnavailable, available, parse
from claims import languages
from extractors.language import language_code
from extractors.text import iso_day as parse_date
from claims.names import canonical, known_names
from claims.offices import LEXICON as OFFICE_WORDS, date_of_holding, described_in_the_past, named_as_removed, \
    needs_parse, offices, read_holdings, replacements, taking_office_clause, tenure_ended, tenure_ends, continuing
from claims.statements import denial_sentences, denials, followers_to_parse, restate, sentences_to_parse
from claims.values import Modality, entity_dates, same_person


class ArticleRow(TypedDict, total=False):
    """One article as the engine reads it (claims.api.analyze builds these from claims.Article; the monitor run
    and the baseline build go through that API): its id (the articles table's), url, title, text, published
    (ISO date or date-time, "" when unknown), site_name (the outlet), language (ISO 639-1, "" unknown) and
    date_estimated (published is a stand-in, the fetch time: what the text shows of its date is read by
    claims.dating)."""
    id: int
    url: str
    title: str
    text: str
    published: str
    site_name: str
    language: str
    date_estimated: bool


@dataclass
class Analysis:
    """What analyze_articles found: findings and new developments in report.json's shapes
    (claims.compare.to_report, claims.developments.new_developments) and the number of sentences read."""
    findings: list[dict[str, Any]] = field(default_factory=list)
    new_developments: list[dict[str, Any]] = field(default_factory=list)
    sentences: int = 0




def analyze_articles(articles: Sequence[ArticleRow], catalogue: Catalogue,
                     baseline: dict[str, dict[str, Any]], encoder: Any = None,
                     on_error: Callable[[str, str], None] | None = None,
                     dismissed: set[tuple[str, str]] | None = None) -> Analysis:
    """Read every article; an article the engine cannot read is reported through `on_error(url, reason)`
    and the others go on. Sentences that need the sentence encoder are embedded in one batch for the
    whole run (per-article batches cost several times more). Statements in `dismissed` ((claim,
    statement_key) pairs an analyst marked as false alarms) never become findings again."""
    skip = (lambda r: (r.claim, statement_key(r.quote)) in dismissed) if dismissed else None
    memo: dict[tuple[str, str], Any] = {}  # the run's parses: each sentence is parsed once (claims.nlp.parse)
    restated, candidates, sentences = read_articles(articles, catalogue, baseline, encoder, on_error, memo=memo)
    persons = {c.id for c in catalogue.claims if c.type == "person"}
    names = known_names((r for _, _, readings in restated for r in readings), persons, baseline)
    parsed = parse_denials(restated, catalogue, memo)
    observations: list[Observation] = []
    for row, ref, readings in restated:
        try:
            lang = language_of(row)
            stated = {r.claim for r in readings}
            denied = denials(row.get("title") or "", row["text"], catalogue, lang, stated, parsed) \
                if stated and available(lang) else {}
            observations += observe(catalogue, baseline, other_offices_left_out(canonical(readings, names), catalogue,
                                                                                 baseline), ref, row["text"], skip, denied)
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    findings = [to_report(f, catalogue) for f in group(catalogue, baseline, observations)]
    relate_figures(findings)
    relate_states(findings, catalogue)
    return Analysis(findings, new_developments(read_events(candidates, catalogue, memo), catalogue, encoder),
                    sentences)


def other_offices_left_out(readings: list[Reading], catalogue: Catalogue,
                           baseline: dict[str, dict[str, Any]]) -> list[Reading]:
    """The readings without a person given an office by a title that also names another office the record says
    he holds ("Iranian leader Ayatollah Ali Khamenei": the Supreme Leader, not the president), unless the
    article ends his tenure of that other office or he is this office's recorded holder."""
    persons = {c.id for c in catalogue.claims if c.type == "person"}
    holders = {c: str(baseline.get(c, {}).get("value", "")) for c in persons}
    ended = {(r.claim, r.value) for r in readings if r.claim in persons and (r.negated or r.past)}
    out = []
    for r in readings:
        if r.claim in persons and not r.negated and not same_person(r.value, holders.get(r.claim, "")) and any(
                other != r.claim and holder and same_person(r.value, holder)
                and not any(c == other and same_person(v, holder) for c, v in ended)
                for other, holder in holders.items()):
            continue
        out.append(r)
    return out


def parse_denials(restated: list[tuple[ArticleRow, ArticleRef, list[Reading]]],
                  catalogue: Catalogue, memo: dict[tuple[str, str], Any] | None = None) -> dict[str, Any]:
    """The sentences claims.statements.denials reads, parsed in one batch for the run: text → Doc
    (English only, the one language with a pipeline here; {} when none is installed). `memo`: the run's
    parses (claims.nlp.parse)."""
    texts: list[str] = []
    for row, _, readings in restated:
        stated = {r.claim for r in readings}
        if stated and language_of(row) == "en":
            texts += denial_sentences(row.get("title") or "", row["text"], catalogue, "en", stated)
    unique = list(dict.fromkeys(texts))
    try:
        return dict(zip(unique, parse(unique, "en", memo))) if unique else {}
    except PipelineUnavailable:
        return {}


def read_articles(articles: Sequence[ArticleRow], catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                  encoder: Any = None, on_error: Callable[[str, str], None] | None = None, *,
                  memo: dict[tuple[str, str], Any] | None = None
                  ) -> tuple[list[tuple[ArticleRow, ArticleRef, list[Reading]]], list[Candidate], int]:
    """The reading stage alone (no judging): each article's readings with their stance from the parse and
    the office holders its entities name; the candidate new developments; the number of sentences read.
    `baseline` only tells which statements already report a change (their sentences are no candidates)
    and who the recorded office holders are; the baseline build passes {}. `memo`: the run's parses
    ({(lang, text): Doc}, claims.nlp.parse), filled with the sentences parsed here."""
    matcher = StateMatcher(encoder) if encoder is not None else None
    memo = {} if memo is None else memo  # the cue matcher's parses are the stance's: one parse a sentence
    read: list[tuple[ArticleRow, ArticleRef, Context, list[Reading]]] = []
    candidates: list[Candidate] = []
    prepared: list[tuple[ArticleRow, tuple[ArticleRef, Context]]] = []
    for row in articles:
        try:
            prepared.append((row, prepare_article(row, catalogue, baseline, matcher, memo=memo)))
        except Exception as exc:  # one unreadable article must not sink the run: record it
            report_failure(on_error, row["url"], exc)
    # the sentences whose cues are matched by lemma, parsed in one batch for the run (per-article batches
    # cost a third of the engine's time more)
    parse_for_cues([ctx for _, (_, ctx) in prepared], catalogue)
    for row, done in prepared:
        try:
            ref, ctx, readings, cands = read_article(row, catalogue, baseline, matcher, memo=memo, prepared=done)
        except Exception as exc:  # one unreadable article must not sink the run: record it
            report_failure(on_error, row["url"], exc)
            continue
        read.append((row, ref, ctx, readings))
        candidates += cands
    if matcher is not None:
        matcher.prime([ctx.sentences[i].text for _, _, ctx, _ in read for i, _, _ in ctx.pending])
    complete: list[tuple[ArticleRow, ArticleRef, Context, list[Reading]]] = []
    claimed: dict[int, list[tuple[Context, set[int]]]] = {}
    for row, ref, ctx, readings in read:
        try:
            pending = read_pending(ctx)
            complete.append((row, ref, ctx, readings + pending))
            # a sentence the semantic reader read for a tracked claim belongs to that claim
            claimed.setdefault(ref.id, []).append(
                (ctx, {r.start for r in pending if catalogue.get(r.claim).type != "person"}))
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    # filtered once for the run, not once per article (that was quadratic in the run's articles)
    candidates = [c for c in candidates if all(ctx.sentences[c.sentence].start not in starts
                                               for ctx, starts in claimed.get(c.article.id, ()))]
    langs = [language_of(row) for row, _, _, _ in complete]
    holders = [str(b.get("value", "")) for c, b in baseline.items() if c in {x.id for x in catalogue.claims}
               and catalogue.get(c).type == "person"]
    docs = parse_statements([(ctx, readings) for _, _, ctx, readings in complete], catalogue, langs, holders,
                            memo=memo)
    by_article: dict[int, dict[tuple[int, int], Any]] = {}
    for (k, start, end), doc in docs.items():
        by_article.setdefault(k, {})[(start, end)] = doc
    restated: list[tuple[ArticleRow, ArticleRef, list[Reading]]] = []
    for n, (row, ref, ctx, readings) in enumerate(complete):
        try:
            mine = by_article.get(n, {})
            before = readings
            readings = restate(readings, row["text"], catalogue, mine, langs[n], parse_date(row.get("published")))
            if langs[n] == "en":
                readings += headline_figures(ctx, catalogue, before, readings)
            readings = settle_tenures(ctx, mine, catalogue, baseline, readings)
            if ctx.years_unknown:
                readings = without_relative_periods(readings)
            readings = older_acts_as_history(ctx, catalogue, readings)
            restated.append((row, ref, ended_later(ctx, mine, catalogue, baseline, readings + office_readings(
                ctx, mine, catalogue, baseline, readings))))
        except Exception as exc:
            report_failure(on_error, row["url"], exc)
    return restated, candidates, sum(len(ctx.sentences) for _, _, ctx, _ in read)


def language_of(row: ArticleRow | dict[str, Any]) -> str:
    """The article's language code ("en" from "en-US"); English when the page does not say."""
    return language_code(row.get("language")) or "en"


def parse_statements(articles: list[tuple[Context, list[Reading]]], catalogue: Catalogue,
                     langs: list[str] | None = None, holders: list[str] | None = None, *,
                     memo: dict[tuple[str, str], Any] | None = None) -> dict[tuple[int, int, int], Any]:
    """Parse, in one batch for the run, the sentences that need it: those whose readings need a stance and
    those naming a tracked office. {(article index, start, end): spaCy Doc}; empty when no pipeline is
    installed (the readings then keep the window's stance and the title patterns' office holders).
    `memo`: the run's parses (claims.nlp.parse)."""
    keys = set()
    for n, (ctx, readings) in enumerate(articles):
        if langs is not None and not available(langs[n]):
            continue  # no pipeline for the language: its readings keep the window's stance
        keys |= {(n, start, end) for start, end in sentences_to_parse(readings, catalogue)
                 + followers_to_parse(ctx.sentences, readings, catalogue)}
        keys |= {(n, s.start, s.end) for s in ctx.sentences if needs_parse(s.text, catalogue, holders or ())}
    ordered = sorted(keys)
    texts = [articles[n][0].text[start:end] for n, start, end in ordered]
    unique = list(dict.fromkeys(texts))  # syndicated copies of a sentence are parsed once
    try:
        parsed = dict(zip(unique, parse(unique, memo=memo)))
    except PipelineUnavailable:
        return {}
    return {key: parsed[text] for key, text in zip(ordered, texts)}


def settle_tenures(ctx: Context, docs: dict[tuple[int, int], Any], catalogue: Catalogue,
                   baseline: dict[str, dict[str, Any]], readings: list[Reading]) -> list[Reading]:
    """Office holders read by the title patterns, with their tenure decided by the parse of their sentence
    (`docs`: parsed sentences by document offsets): a tenure-ending verb ends that holder's tenure only
    when the holder is its argument (claims.offices.tenure_ended: "X became interim president after Y
    died": Y's, not X's);
    the recorded holder another person replaced ("Y replaced X as minister") is past. Readings of
    unparsed sentences keep the patterns' reading."""
    words = OFFICE_WORDS.get("en")
    known = {o.claim: str(baseline.get(o.claim, {}).get("value", "")) for o in offices(catalogue)}
    out = []
    for reading in readings:
        doc = docs.get((reading.start, reading.end))
        if doc is None or words is None or catalogue.get(reading.claim).type != "person":
            out.append(reading)
            continue
        span = doc.char_span(reading.cue_start - reading.start, reading.cue_end - reading.start,
                             alignment_mode="expand")
        if reading.past and not reading.cues and span is not None:
            # a holder made past only by the sentence's date: a date in another person's relative clause ("appointed
            # X as foreign minister on Friday, replacing Y, who had led the ministry since 2004") is not his
            skipped: list[Any] = []
            own = holder_dates(doc, SimpleNamespace(start=span.start_char, end=span.end_char), ctx.ref, skipped)
            if skipped and own is not None and not (is_stale(ctx, own[0]) and is_stale(ctx, own[1])):
                reading = replace(reading, past=False, dated=own[0].isoformat() if own[0] else None,
                                  own_dated=tenure_onset(doc, span, ctx.ref))
        if not reading.past and span is not None and tenure_ended(span, words):
            reading = replace(reading, past=True, cues=reading.cues + (TENURE_CUE,))
        if not reading.past and span is not None and described_in_the_past(span):
            reading = replace(reading, past=True)  # "X, who was foreign minister under President Y, …"
        if not reading.past and any(h.claim == reading.claim for h in replacements(doc, 0, catalogue, known, words)) \
                and same_person(reading.value, known.get(reading.claim, "")):
            reading = replace(reading, past=True, cues=reading.cues + ("replaced",))
        if not reading.past and not reading.negated and span is not None and named_as_removed(span, words):
            continue  # "picked Y to succeed X as foreign minister": X named as the one leaving, no restatement
        out.append(reading)
    return out


def older_acts_as_history(ctx: Context, catalogue: Catalogue, readings: list[Reading]) -> list[Reading]:
    """A state of an unordered claim whose own act is dated long before the article (Reading.own_dated, its last
    day more than a year before: claims.reader.is_stale) is history when the same article tells another state of
    that claim as it is now, undated or recent ("talks under way since April would continue … In 2022, a previous
    effort in Vienna had collapsed": the collapse of 2022 is a recap beside the talks now; dates25). An ordered
    claim's later state wins by its rank anyway; with no state told now, the old act is left to be judged as it is."""
    def now(r: Reading) -> bool:
        return not (r.past or r.future or r.negated or r.hedged or r.denied) and not (
            r.own_dated and is_stale(ctx, parse_date(r.own_dated)))

    out = []
    for r in readings:
        claim = catalogue.get(r.claim)
        if claim.type in ("status", "event") and not claim.ordered and not (r.past or r.future or r.negated) \
                and r.own_dated and is_stale(ctx, parse_date(r.own_dated)) \
                and any(o.claim == r.claim and o.value != r.value and now(o) for o in readings):
            r = replace(r, past=True)
        out.append(r)
    return out


def ended_later(ctx: Context, docs: dict[tuple[int, int], Any], catalogue: Catalogue,
                baseline: dict[str, dict[str, Any]], readings: list[Reading]) -> list[Reading]:
    """A recorded holder read in one sentence whose tenure a later sentence of the page ends ("A helicopter
    carrying President X made a hard landing … The government confirms that X, Y and all others on board were
    killed"): the earlier mention tells who held the office before, not now (past), so it is no other value
    beside his successor."""
    index = {(s.start, s.end): i for i, s in enumerate(ctx.sentences)}
    by_sentence = {index[span]: doc for span, doc in docs.items() if span in index}
    ends = tenure_ends(by_sentence, catalogue, baseline) if by_sentence else []
    if not ends:
        return readings
    out = []
    for reading in readings:
        i = index.get((reading.start, reading.end))
        person = catalogue.get(reading.claim).type == "person"
        if i is not None and person and not reading.past and not reading.negated and any(
                e.claim == reading.claim and e.sentence > i and same_person(reading.value, e.name) for e in ends):
            reading = replace(reading, past=True)
        out.append(reading)
    return out


def office_readings(ctx: Context, docs: dict[tuple[int, int], Any], catalogue: Catalogue,
                    baseline: dict[str, dict[str, Any]], readings: list[Reading]) -> list[Reading]:
    """Office holders the entity reader finds that the title patterns did not (claims.offices)."""
    index = {(s.start, s.end): i for i, s in enumerate(ctx.sentences)}
    by_sentence = {index[span]: doc for span, doc in docs.items() if span in index}
    out = []
    holdings = read_holdings(ctx.text, by_sentence, catalogue, baseline,
                             sentences=[(s.start, s.end) for s in ctx.sentences])
    for holding in unnamed_left_out(holdings, readings):
        if any(r.claim == holding.claim and same_person(r.value, holding.name) for r in readings + out):
            continue
        start = ctx.sentences[holding.sentence].start + holding.start
        end = ctx.sentences[holding.sentence].start + holding.end
        if any(r.claim == holding.claim and r.cue_start < end and start < r.cue_end for r in readings + out):
            continue  # the same mention, cut otherwise by the entity reader ("Seyed Ebrahim" of "Seyed Ebrahim Raisi")
        claim = catalogue.get(holding.claim)
        modality = Modality(False, False, False, False, holding.past, holding.words)
        score = 0.9 if holding.resolved_by in ("title", "appositive", "replaced") else 0.75
        cue = holding.words[-1] if holding.resolved_by in UNNAMED else holding.name
        doc = by_sentence.get(holding.sentence)
        reading = make_reading(ctx, holding.sentence, claim, holding.name, cue, (holding.start, holding.end), score,
                               modality, dates=holder_dates(doc, holding, ctx.ref))
        name = doc.char_span(holding.start, holding.end, alignment_mode="expand") if doc is not None else None
        out.append(replace(reading, own_dated=tenure_onset(doc, name, ctx.ref)) if name is not None else reading)
    out += vacated(ctx, by_sentence, catalogue, baseline, readings + out)
    out += languages.holders_left(ctx, catalogue, baseline, readings + out)
    return out


def holder_dates(doc: Any, holding: Any, ref: Any, skipped: list[Any] | None = None) -> tuple[Any, Any] | None:
    """The date of a holding's own statement in its parsed sentence `doc`: the latest DATE entity (first and
    last day) outside the relative clauses on other people ("confirmed X as defence minister, replacing Y, who
    had run the ministry since 2012": 2012 dates Y's tenure, not X's confirmation); None without a parse.
    `skipped`: a list the DATE entities left out so are added to."""
    from claims.values import entity_dates

    if doc is None:
        return None
    name = [t for t in doc if holding.start <= t.idx < holding.end]
    if getattr(holding, "resolved_by", "") == "predicate" and any(
            c.dep_ == "relcl" and c.text in holding.words and (c.tag_ in ("VBZ", "VBP") or continuing(
                c, OFFICE_WORDS["en"])) for t in name for c in t.children):
        # "X, who has been president since July 2024, signed the treaty in January 2025": the office is told by
        # the relative clause, now; the main clause's date is the signing's (dates25)
        return None, None
    firsts, lasts = [], []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        clause = next((t for t in [ent.root, *ent.root.ancestors] if t.dep_ in ("relcl", "acl")), None)
        if clause is not None and not any(t in clause.head.subtree and t.i <= clause.head.i for t in name) \
                and not any(t in clause.subtree for t in name):
            if skipped is not None:
                skipped.append(ent)
            continue  # another person's relative clause
        if doc.lang_ == "en" and not date_of_holding(ent, name, OFFICE_WORDS["en"]):  # its function words are English
            if skipped is not None:
                skipped.append(ent)
            continue  # another noun's date ("since the bloc's expansion in 2023"), or a tenure's start ("since 2004")
        for mention in entity_dates(ent, ref):
            if mention.relative:
                continue
            first, last = mention.as_date(), mention.last_day()
            if first is not None:
                firsts.append(first)
            if last is not None:
                lasts.append(last)
    return (max(firsts) if firsts else None, max(lasts) if lasts else None)


def tenure_onset(doc: Any, name: Any, ref: Any) -> str | None:
    """The latest date (ISO, its first day) of a clause on the holder `name` (a Span of the parsed sentence `doc`)
    telling him take the office (claims.offices.taking_office_clause: "X, who took office in August 2024, …"), or of
    "since" on his office or his verb ("X, foreign minister since 2013", "X has been foreign minister since 2013"): the
    tenure's start, which date_of_holding leaves out of the statement's date and claims.compare.judge sets against
    the record (a holder who took office before the record was made is no news of it). None without such a clause."""
    words = OFFICE_WORDS.get("en")
    if doc is None or name is None or words is None or doc.lang_ != "en":
        return None
    found = []
    held = set(range(name.start, name.end))
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        clause = next((t for t in [ent.root, *ent.root.ancestors] if t.dep_ in ("relcl", "acl")), None)
        since = next((t for t in ent.root.ancestors if t.lemma_.lower() in words["onset"] and t.pos_ in ("ADP", "SCONJ")),
                     None)
        taken = clause is not None and taking_office_clause(clause, words) and (
            clause.head.i in held or clause.head in name.root.subtree)
        if not taken and since is not None:
            # "X, foreign minister since 2013, …", "X has been foreign minister since 2013": the tenure's start
            head = since.head
            taken = head.i in held or head.head.i in held or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i in held for c in head.children) or (
                head.dep_ == "relcl" and head.head.i in held)
        if taken:
            found += [d for m in entity_dates(ent, ref) if not m.relative and (d := m.as_date()) is not None]
    return max(found).isoformat() if found else None


UNNAMED = ("vacancy", "acting")  # claims.offices.unnamed_holdings: offices whose holder has no name on the page


def unnamed_left_out(holdings: list[Any], readings: list[Reading]) -> list[Any]:
    """The holdings without the unnamed ones (a vacancy, an unnamed acting holder) of an office the article
    gives a named holder in the present, and without a vacancy where an acting holder is named by title: a
    name says more than a title, someone standing in more than no one."""
    named = {h.claim for h in holdings if h.resolved_by not in UNNAMED and not h.past} | {
        r.claim for r in readings if not r.past and not r.future and not r.negated}
    acting = {h.claim for h in holdings if h.resolved_by == "acting"}
    return [h for h in holdings if h.resolved_by not in UNNAMED or (
        h.claim not in named and (h.resolved_by == "acting" or h.claim not in acting))]


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
        stance = tenure_stance(docs[end.sentence], end)
        if stance is not None and (stance.denied or stance.hedged):
            # "the Kremlin denied rumours that Lavrov had resigned": the end is what the rumour says, in doubt
            modality = Modality(True, stance.denied, stance.hedged, False, False, (end.verb, *stance.words))
        out.append(make_reading(ctx, end.sentence, claim, end.name, end.verb, (end.start, end.end),
                                0.75, modality))
    return out


def tenure_stance(doc: Any, end: Any) -> Any:
    """The stance (claims.grammar.read_stance) of the verb that ends a tenure (`end`: offices.TenureEnd, read
    in the parsed sentence `doc`), found as the token of that verb nearest the holder's name; None when the
    parse has no such token."""
    from claims.grammar import read_stance

    verbs = [t for t in doc if t.text == end.verb]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: abs(t.idx - end.start))
    return read_stance(doc, verb.idx, verb.idx + len(verb.text))


def report_failure(on_error: Callable[[str, str], None] | None, url: str, exc: Exception) -> None:
    """Pass an article the engine could not read to `on_error(url, "Type: message")` (cut to 300 characters);
    without on_error, raise `exc`."""
    if on_error is None:
        raise exc
    on_error(url, f"{type(exc).__name__}: {exc}"[:300])


def prepare_article(row: ArticleRow, catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                    matcher: StateMatcher | None = None, *, memo: dict[tuple[str, str], Any] | None = None
                    ) -> tuple[ArticleRef, Context]:
    """The article's reference and reading context (claims.languages.prepare_in); `memo`: the run's parses
    (claims.nlp.parse), where the cue matcher's parses go. An article whose date is a stand-in (`date_estimated`:
    the fetch time) is judged by it, as the page was first seen then, and its reference says when its text shows
    it was written at the earliest (`dated_from`, claims.dating.reference_date); unless that is in the stand-in's
    own year, a year the page names only by relative words ("last year") is not known (`ctx.years_unknown`:
    claims.dating.without_relative_periods drops such a figure's reading)."""
    lang = language_of(row)
    published = row.get("published") or ""
    ctx = languages.prepare_in(row["text"], catalogue, lang, parse_date(published),
                               row.get("title") or "", matcher, baseline)
    ref = ArticleRef(int(row["id"]), row["url"], row.get("title") or "", published, row.get("site_name") or "", lang)
    if row.get("date_estimated"):
        found = reference_date(ctx.sentences, lang, ctx.ref, row.get("title") or "")
        ctx.years_unknown = not found.same_year(ctx.ref)
        # the page's news is read against the newest event it tells, when that is of the stand-in's own year
        ctx.written_after = None if ctx.years_unknown else found.earliest
        ref = replace(ref, dated_from=found.describe())
    ctx.memo = memo
    return ref, ctx


def read_article(row: ArticleRow, catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                 matcher: StateMatcher | None = None, *, memo: dict[tuple[str, str], Any] | None = None,
                 prepared: tuple[ArticleRef, Context] | None = None
                 ) -> tuple[ArticleRef, Context, list[Reading], list[Candidate]]:
    """Readings from the article's cue phrases (semantic ones wait in ctx.pending) and its candidate
    new developments. `prepared`: prepare_article's result when the caller has it; `memo`: the run's
    parses (claims.nlp.parse)."""
    lang = language_of(row)
    ref, ctx = prepared or prepare_article(row, catalogue, baseline, matcher, memo=memo)
    own = languages.for_language(catalogue, lang)  # the language's words beside the English (issue 15)
    readings: list[Reading] = []
    candidates = []
    news = news_context(ctx)
    for i in range(len(ctx.sentences)):
        found = languages.read_sentence(ctx, i, own, lang) if languages.supported(lang) else \
            read_sentence(ctx, i, catalogue)
        readings += found
        # a statement read for a tracked claim (a change or a restatement) belongs to that claim, unless a
        # part of it names something no claim covers ("drones and missiles"; a clause of its own)
        read = any(catalogue.get(r.claim).type != "person" or reports_change(r, catalogue, baseline) for r in found)
        candidate = development_candidate(news, i, ref, catalogue, lang, read=read)
        if candidate:
            candidates.append(candidate)
    headline = headline_candidate(news, ref, catalogue, lang)
    if headline:
        candidates.append(headline)
    heads = claim_heads(catalogue, {r.claim for r in readings})
    for candidate in candidates:
        candidate.covered = heads
    return ref, ctx, readings, candidates


def news_context(ctx: Context) -> Context:
    """The context new developments are read in: `ctx` itself, or for a page dated by a stand-in (its fetch time)
    a copy dated by the latest past date its text gives when that falls in the stand-in's year (`written_after`,
    claims.dating): the newest event a page tells is its news, and one long before that its background
    (claims.developments' recap and background tests), where against a fetch months later every event of the
    page was background (news-dev, tune: a Croatian page of March 2026 fetched in December). A bound in an earlier
    year may be background itself (a 2025 page whose latest year is 2015's): the stand-in then stays, and an
    older event stays background."""
    if ctx.written_after is None:
        return ctx
    news = copy(ctx)
    news.ref = ctx.written_after
    return news


def reports_change(reading: Reading, catalogue: Catalogue, baseline: dict[str, dict[str, Any]]) -> bool:
    """Does this reading already become a changed or disputed finding? Then its sentence is covered."""
    base = baseline.get(reading.claim)
    if base is None or catalogue.get(reading.claim).type == "person":
        return False
    judged = judge(catalogue.get(reading.claim), base, reading)
    return bool(judged and judged[0] != "confirmed")


def load_encoder_or_none() -> Any:
    """The sentence encoder (claims.embed.load_encoder), or None when its weights are not installed: the
    engine then reads by patterns only."""
    from claims.embed import EncoderUnavailable, load_encoder

    try:
        return load_encoder()
    except EncoderUnavailable:
        return None

