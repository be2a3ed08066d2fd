"""Compare what articles state with the baseline: changed, disputed or confirmed, with a confidence.

One finding per claim per article (its strongest statement); the same change reported by many articles
is one finding with many sources.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable
from urllib.parse import urlsplit

from claims import languages
from claims.catalogue import Catalogue, Claim
from claims.cues import inflections
from claims.grammar import LEXICON
from claims.reader import PRESUPPOSES, Reading, find_phrases, fold
from extractors.text import clauses, copy_key, iso_day, iso_span, split_sentences
from claims.values import CUE_LABELS, band, period_sort_key, person_key, read_modality, same_person

VERDICT_RANK = {"changed": 3, "disputed": 2, "confirmed": 1}
# The language reports are written in (values, labels; reports.render notes a quote in any other): of a finding's
# first reports (its earliest day), one in it leads.
REPORT_LANGUAGE = "en"
HEDGE_FACTOR, DENIAL_FACTOR = 0.55, 0.45
# A restated figure within 3% of the baseline range is the same figure.
FIGURE_TOLERANCE = 0.03


@dataclass(frozen=True)
class ArticleRef:
    """The article a reading came from, as findings cite it: id, URL, title, ISO publication date, outlet."""
    id: int
    url: str
    title: str
    published: str
    outlet: str = ""
    language: str = ""            # ISO 639-1 code of the article (issue 15): reports show it with the quote
    # an article whose own date was a stand-in (claims.Article.date_estimated): what its text shows of its date
    # ("written on or after 2025-10-31 (the latest past date on the page, …)", claims.dating); "" for a dated one
    dated_from: str = ""


@dataclass
class Observation:
    """One reading judged against the baseline: verdict (changed | disputed | confirmed), confidence 0..1."""
    claim: str
    verdict: str
    confidence: float
    reading: Reading
    article: ArticleRef
    # why a disputed verdict is disputed, in words for the report ("hedged: 'reportedly'"); "" otherwise
    why: str = ""


@dataclass
class Finding:
    """A claim's verdict for the run, grouped over every article that observed it (to_report gives report.json's
    shape)."""
    claim: str
    verdict: str
    baseline: dict[str, Any]
    observations: list[Observation] = field(default_factory=list)

    @property
    def primary(self) -> Observation:
        """The observation the finding shows first: the first report of it (the earliest day of publication, so
        the report dates a change by the article that broke it, not by a later passing mention), on that day one
        the report's reader can read (an article in REPORT_LANGUAGE) when any is, then the most confident. Every
        observation of a finding states the same value with the same verdict, so which one leads changes only the
        quote shown first; the others stay in `sources`."""
        lead = min(self.observations, key=lambda o: (o.article.published[:10] or "\uffff",
                                                     o.article.language not in ("", REPORT_LANGUAGE), -o.confidence))
        # a syndicated copy of the lead's sentence leads in the original's place: the first to publish it
        return min((o for o in self.observations if copy_key(o.reading.quote) == copy_key(lead.reading.quote)),
                   key=lambda o: o.article.published or "\uffff")

    @property
    def confidence(self) -> float:
        """Independent sources raise confidence: 1 - Π(1 - c_i), capped below certainty. Articles that carry the
        same sentence (a syndicated story, a wire copy) are one source, not independent ones."""
        remaining = 1.0
        for sure in independent(self.observations).values():
            remaining *= 1 - sure
        return round(min(0.99, 1 - remaining), 3)


def independent(observations: list[Observation]) -> dict[str, float]:
    """The sentences a finding rests on, one per set of copies (copy_key), each with its surest reading's
    confidence."""
    found: dict[str, float] = {}
    for obs in observations:
        key = copy_key(obs.reading.quote)
        found[key] = max(found.get(key, 0.0), obs.confidence)
    return found


def judge(claim: Claim, base: dict[str, Any], reading: Reading, contested_here: bool = False
          ) -> tuple[str, float, str] | None:
    """The verdict of one reading against the claim's current baseline value, its confidence 0..1 and, for a
    dispute, why in words (Observation.why); None when it says nothing about the present (a plan, a recap of
    the past, an older period). A hedged restatement adds nothing, unless `contested_here` (it asserts the value,
    and the article denies it: "the West accuses Tehran of having delivered drones … Tehran denies it"): the
    article then shows the recorded value contested, a dispute."""
    if reading.future or reading.past:
        return None
    if claim.type == "quantity":
        verdict = judge_quantity(base, reading)
    elif claim.type == "person" and reading.negated:
        # "not X" (X's tenure ended, no successor named): a change only when X is the recorded holder
        verdict = "changed" if same_person(reading.value, base["value"]) else None
    elif claim.type == "person":
        verdict = "confirmed" if same_person(reading.value, base["value"]) else "changed"
        if verdict == "changed" and dated_before_the_record(base, reading, own=True):
            # "X, who became foreign minister in 2013, …": another holder whose tenure began before the record was
            # made, which names its own holder then (the recorded holder's tenure so told still confirms it)
            return None
    else:
        verdict = judge_state(claim, base, reading)
    if verdict is None:
        return None
    why = base_dispute(claim, base, reading) if verdict == "disputed" else ""
    if verdict == "disputed" and claim.type == "quantity" and reading.revised and not reading.negated:
        # "customs revised the 2024 figure to $4.6 billion": the record's own period corrected, a change
        verdict, why = "changed", ""
    if verdict == "confirmed" and claim.type == "quantity" and reading.revised and not reading.negated \
            and not within_record(base, reading):
        # a correction to a figure within FIGURE_TOLERANCE of the record ("revised … to $4.9bn" against $4.8
        # billion): the tolerance is for one figure rounded two ways, and a correction is no rounding
        verdict = "changed"
    if verdict in ("changed", "disputed") and agrees_with_a_side(claim, base, reading):
        verdict, why = "confirmed", ""
    if verdict == "changed" and reading.value in claim.negative_states:
        # "Iran said it had not provided drones" against a record of deliveries: a denial of the record is
        # a dispute; a real end is its own state ("halted").
        verdict, why = "disputed", f"it denies the recorded value ({base['value']})"
    confidence = reading.score
    if reading.hedged:
        confidence *= HEDGE_FACTOR
    if reading.denied:
        confidence *= DENIAL_FACTOR
    if reading.hedged or reading.denied:
        if verdict == "confirmed" and (not contested_here or claim.type == "person"):
            # a hedged restatement adds nothing; nor does a denial near the recorded holder's name: what is denied is
            # what he is said to do, never that he holds the office (a disputed "X → X")
            return None
        why = stance_dispute(reading)
        if contested_here and not reading.denied:
            why += "; the article reports a denial"
        verdict = "disputed"
    return verdict, round(confidence, 3), why


def base_dispute(claim: Claim, base: dict[str, Any], reading: Reading) -> str:
    """In words, why a statement that judge_state or judge_quantity found disputed is so (Observation.why)."""
    if claim.type == "quantity":
        return f"a different figure for the baseline's own period ({base.get('period') or 'unknown'})"
    if reading.negated:
        return f"it says the recorded state ({base['value']}) does not hold"
    return f"a step back from the recorded state ({base['value']}): more likely old news than a reversal"


# the bare reporting verbs a stance records beside the words of doubt: no reason in themselves
REPORTING_WORDS = frozenset({"said", "says", "say", "reported", "reports", "told", "stated", "according to"})


def stance_dispute(reading: Reading) -> str:
    """In words, why a hedged or denied statement is disputed, with the words that set it (the reading's
    stance cues, as the parse or the reader found them): denied; only from an unverified source (one outlet,
    unnamed people: the cue "a single source"); not confirmed by those concerned ("declined to confirm"); or
    hedged ("reportedly", "is said to")."""
    words = [c for c in dict.fromkeys(reading.cues) if c and c != reading.cue and c.lower() not in REPORTING_WORDS]
    kinds = []
    if reading.denied:
        kinds.append("denied")
    if any("single source" in c or "unverified" in c for c in words):
        kinds.append("only from an unverified source")
    if any("confirm" in c or "comment" in c for c in words):
        kinds.append("not confirmed by those concerned")
    if not kinds:
        kinds.append("hedged")
    # a pattern's label is quoted only where the statement holds those words: "called baseless" names the match
    # of "calling reports … groundless", which the kind above already says; words found in a following sentence
    # ("declined to confirm") are that sentence's own
    said = reading.quote.casefold()
    shown = ", ".join(f"'{as_written(reading.quote, c)}'" for c in words if "single source" not in c
                      and (c not in CUE_LABELS or c.casefold() in said))
    return " and ".join(kinds) + (f": {shown}" if shown else "")


def as_written(quote: str, word: str) -> str:
    """`word` (a stance cue, as a word list spells it) as `quote` writes it, where the quote holds it once folded
    (claims.reader.fold keeps offsets): the Arabic 'تقارير' for the list's Persian-yeh 'تقاریر'; else `word`."""
    at = fold(quote).find(fold(word))
    return quote[at:at + len(word)] if at >= 0 else word


def agrees_with_a_side(claim: Claim, base: dict[str, Any], reading: Reading) -> bool:
    """A disputed baseline records every side the sources took: a statement agreeing with any of them is no
    change. Not in an ordered claim, whose current value is where the sources agree it had got to: a side
    further along is still news, one behind it a step back."""
    sides = base.get("sides") or {}
    if not base.get("disputed") or not sides or reading.negated or claim.type == "quantity":
        return False
    if claim.type == "person":
        return any(same_person(reading.value, side) for side in sides)
    return not claim.ordered and reading.value in sides


def judge_state(claim: Claim, base: dict[str, Any], reading: Reading) -> str | None:
    """The verdict of a status or event reading against the baseline record `base`: changed, disputed or
    confirmed; None when the reading says nothing about the baseline (a denial of a state the baseline has
    not reached)."""
    current = base["value"]
    if reading.negated:
        # "has not been signed": consistent with a baseline short of that state, a dispute otherwise.
        if claim.ordered and claim.rank(current) < claim.rank(reading.value):
            return "confirmed"
        if reading.value == current or (claim.ordered and claim.rank(current) > claim.rank(reading.value)):
            return "disputed"
        return None
    if reading.value == current:
        return "confirmed"
    if reading.acting and claim.ordered and claim.rank(reading.value) < claim.rank(current):
        return "confirmed"  # an act implies at least that state: the baseline beyond it still holds
    if claim.ordered and claim.rank(reading.value) < claim.rank(current):
        if reading.cue == reading.quote:
            return None  # read by meaning alone: too weak to set against the baseline
        if dated_before_the_record(base, reading):
            return None  # a recap of what the record supersedes, dated before the record holds
        return "disputed"  # a step back from the baseline is more likely stale news than a reversal
    if dated_before_the_record(base, reading, own=True):
        return None  # "to replace a cooperation treaty signed in 2001": the act is older than the record
    return "changed"


def dated_before_the_record(base: dict[str, Any], reading: Reading, own: bool = False) -> bool:
    """Is the statement dated in a year before the one the recorded value holds as of (baseline_quote's
    `as_of`: its source's date, or the date of the article an analyst accepted it from)? judge_state asks it
    only of a step back: an earlier state so dated recounts what the record supersedes ("in 2005 Iran had
    obtained observer status", read after full membership was accepted from a 2025 article). A step forward is
    never so judged by the sentence's date, because a sentence's date is the latest date it gives anywhere
    ("took effect on Thursday, replacing the interim agreement in place since 2019"). Years, not days: a year given alone is read as its
    first day. With `own`, the date of the cue's own verb (Reading.own_dated, its period's last day) instead:
    that date is the act's, whatever else the sentence dates, so a step forward so dated is older than the
    record ("meant to replace a cooperation treaty signed in 2001", against a draft recorded in 2022)."""
    as_of = baseline_quote(base)["as_of"]
    when = reading.own_dated if own else reading.dated
    return bool(when and as_of and when[:4] < as_of[:4])


def older_than_the_record(base: dict[str, Any], published: str) -> bool:
    """Is the article (its date `published`) older than the recorded value (baseline_quote's `as_of`), by day? A 2019
    article naming "President Hassan Rouhani", read against a president recorded as of 2022, recounts what the
    record supersedes, whatever feed carried it. observe asks it of a change or a dispute of a status, event or
    person claim; a quantity is dated by its period (judge_quantity). The article's date, not the sentence's: a
    sentence's date is the latest it gives anywhere ("… under the 2015 nuclear deal"), not its act's, and an article
    tells nothing after its own day."""
    as_of = baseline_quote(base)["as_of"]
    return bool(as_of and published) and published[:10] < as_of[:10]


def judge_quantity(base: dict[str, Any], reading: Reading) -> str | None:
    """The verdict of a quantity reading against `base` (period, low, high): for the same period, confirmed
    when its band overlaps the baseline's range widened by FIGURE_TOLERANCE, else disputed; changed for a
    later period; None without an amount and a period, or for an earlier period (history)."""
    if reading.amount is None or not reading.period:
        return None
    base_period = base.get("period") or ""
    if reading.period == base_period:
        return "confirmed" if within_record(base, reading, FIGURE_TOLERANCE) else "disputed"
    if period_sort_key(reading.period) > period_sort_key(base_period):
        return "changed"
    return None  # an older period: history, not news


def within_record(base: dict[str, Any], reading: Reading, tolerance: float = 0.0) -> bool:
    """Does the reading's band overlap the baseline's range (low to high), widened by `tolerance` (a fraction: 0.03
    for 3%; none by default, the range as recorded)?"""
    if reading.amount is None:
        return False
    lo, hi = band(reading.amount, reading.qualifier)
    base_lo, base_hi = sorted(((base.get("low") or 0) * (1 - tolerance), (base.get("high") or 0) * (1 + tolerance)))
    return lo <= base_hi and hi >= base_lo


# Words that put a report in doubt when they follow it: "Gazprom declined to confirm the report".
UNCONFIRMED = re.compile(
    r"\b(?:(?:neither|nor|not|never|no one|nobody|declined to|refused to|did not|could not|would not)\b[^.;]{0,60}?"
    r"\b(?:confirm|verif|corroborat)\w*|no (?:official |independent )?(?:confirmation|evidence)|unverified|"
    r"unconfirmed|(?:do|does|did) not recogni[sz]e|null and void|illegitimate|illegal|denied|dismissed|"
    r"rejected|refuted|fabricated|baseless|false)\b", re.IGNORECASE)
FOLLOW_REACH = 300
# words that judge an act's lawfulness, not whether it happened: no doubt about a figure ("trade reached $4.9
# billion …" then "… despite the illegal sanctions," he said: en18a)
LEGALITY = re.compile(r"illegal|illegitimate|null and void|(?:do|does|did) not recogni[sz]e", re.IGNORECASE)


def doubt_of(claim: Claim, text: str) -> re.Match[str] | None:
    """The first UNCONFIRMED words in `text` that can put the claim's statement in doubt: for a quantity, none that
    only judge lawfulness (LEGALITY)."""
    return next((m for m in UNCONFIRMED.finditer(text)
                 if not (claim.type == "quantity" and LEGALITY.fullmatch(m.group(0)))), None)
# the past perfect a reading's stance records (claims.values read_modality's "past" cue)
PLUPERFECT = "had been"
# the English past perfect's auxiliary right before a cue ("Iran had delivered drones", "had already supplied")
HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:already|previously|earlier|long|once)\s+)?$", re.IGNORECASE)


def in_past_perfect(reading: Reading, text: str) -> bool:
    """Is the reading's cue a verb in the past perfect ("Iran had delivered drones to Russia", HAD_BEFORE): what held
    before the time told, which puts no other value of it now in doubt (contested's contrary statement)?"""
    return bool(text) and bool(HAD_BEFORE.search(text[max(reading.start, reading.cue_start - 30):reading.cue_start]))
# Only attribution hedges put a report in doubt ("reportedly"); a conditional "would" elsewhere does not.
STRONG_HEDGES = {"according to sources", "sources said", "is said to", "is believed to", "reportedly", "allegedly",
                 "purportedly", "rumoured", "unconfirmed", "speculation", "claimed"}
# A following sentence speaks of the report when it points back at it ("Gazprom declined to confirm the report").
BACK_REFERENCE = re.compile(r"\b(report|reports|claim|claims|account|allegation|allegations|statement|remarks|"
                            r"it|this|that)\b", re.IGNORECASE)
# So does a verb of rejection or judgement with a definite noun of an act standing for the event just told, called
# void or unlawful ("Russia and Iran reject the step as null and void", "… call the move illegal"); not any noun of an
# act with a doubt word elsewhere ("rejected a last-minute bid … to delay the move": the bid is rejected)
ACT_REJECTED = re.compile(r"\b(?:reject(?:s|ed)?|dismiss(?:es|ed)?|call(?:s|ed)?|consider(?:s|ed)?|regard(?:s|ed)?|"
                          r"deem(?:s|ed)?)\s+(?:the|this|that|such a)\s+(?:step|move|decision|procedure|measures?|"
                          r"action|reimposition)\s+(?:as\s+)?(?:\w+\s+)?(?:null and void|illegal|illegitimate|unlawful|"
                          r"void|invalid)\b", re.IGNORECASE)


def planned_for_then(reading: Reading, published: str) -> bool:
    """A plan dated on or before the article's own date ("it was announced they would sign on 17 January",
    in an article of 17 January) recounts what has since happened; it does not put the fact in doubt."""
    return bool(reading.dated and published and reading.dated <= published[:10])


def due_that_day(reading: Reading, published: str) -> bool:
    """A plan for the article's own day ("the sanctions are set to return today", in that day's article) is
    what the article reports happening, not a plan for later. A plan for an earlier day is not taken as done:
    it may have slipped."""
    return bool(reading.future and not reading.negated and reading.dated and published
                and reading.dated == published[:10])


def forecast_for_a_past_year(reading: Reading, published: str) -> bool:
    """Is the reading a figure put ahead ("expected to reach", "projected at") for a whole calendar year that
    ended before the article's date? Then it says what the year is thought to have come to."""
    return bool(reading.future and not reading.negated and reading.amount is not None and reading.period
                and re.fullmatch(r"\d{4}", reading.period) and published[:4].isdigit()
                and int(reading.period) < int(published[:4]))


def later_step(claim: Claim, reading: Reading) -> bool:
    """Is the reading's cue a later step its state's catalogue `after` names ("The deal still needs to be ratified
    by the bloc's members": the ratification put ahead takes the signature for granted, it does not put the
    signature ahead)?"""
    state = claim.state(reading.value) if claim.type in ("status", "event") else None
    words = set(re.findall(r"\w+", reading.cue.lower()))
    return bool(state is not None and any(words & set(inflections(a.lower())) for a in state.after))


def contested(claim: Claim, chosen: Reading, readings: list[Reading], text: str, published: str = "",
              others: tuple[Claim, ...] = ()) -> str:
    """Why a change the article reports is put in doubt by the article itself, in words; "" when it is not.
    The same value attributed to hearsay or denied elsewhere, the same state announced as still to come, a
    firm contrary statement (for persons and unordered states), or words of doubt in the report's sentence or
    the next one that points back at it and names no other tracked subject (`others`: the catalogue's status
    and event claims)."""
    # statements read by meaning alone (the cue is the whole sentence) are too weak to put another in doubt
    # (another sentence's: a sentence read twice, claims.reader.read_state, is one statement)
    same = [r for r in readings if r.claim == chosen.claim and r is not chosen and r.value == chosen.value
            and r.cue != r.quote and (r.start, r.end) != (chosen.start, chosen.end)]
    if any(r.denied or (set(r.cues) & STRONG_HEDGES) for r in same if not r.past):
        return "another sentence of the article reports the same value as hearsay or denies it"
    state = claim.state(chosen.value) if claim.type in ("status", "event") else None
    if not (state is not None and state.process) and any(
            r.future and not planned_for_then(r, published) and not later_step(claim, r) for r in same):
        return "another sentence of the article says it is still to come"
    if claim.type == "person" or (claim.type in ("status", "event") and not claim.ordered):
        # another sentence's first reading: a sentence's second reading (claims.reader.read_state) puts nothing
        # in doubt
        # a contrary state told in the past perfect is what held before ("They had been lifted under the deal",
        # after "sanctions were reimposed on Sunday"): history, not another value now
        contrary = [r for r in readings if r.claim == chosen.claim and r.firm and not r.negated and not r.second
                    and (r.start, r.end) != (chosen.start, chosen.end) and PLUPERFECT not in r.cues
                    and not dated_a_year_before(r, chosen, published) and not in_past_perfect(r, text)
                    and (not same_person(r.value, chosen.value) if claim.type == "person" else r.value != chosen.value)]
        if contrary:
            return f"the article also states another value ({contrary[0].value})"
    if claim.type in ("status", "event") and claim.ordered and any(
            r.claim == chosen.claim and r.firm and r.start != chosen.start and r.cue != r.quote and not r.second
            and contradicts(claim, chosen, r) for r in readings):
        return "another sentence of the article says the opposite"
    if claim.type == "person" or not text:
        return ""
    for r in [chosen, *same]:
        doubt = (doubt_of(claim, text[r.cue_end:r.end]) if not r.doubt_parsed else None) \
            or doubt_of(claim, next_if_referring(text, r.end, claim, others))
        if doubt:
            return f"words of doubt follow the report: '{doubt.group(0)}'"
    return "a sentence of the article denies reports about it" if denied_in_article(claim, text) else ""


def dated_a_year_before(other: Reading, chosen: Reading, published: str) -> bool:
    """Is `other` dated in a year before the one `chosen` is (its own date, else the article's `published`)? "It was
    Iran that supplied drones to Russia in 2022" tells what held then; it does not contradict "Iran has halted all
    drone deliveries" in a 2026 article (contested's contrary statement)."""
    when = chosen.dated or published
    return bool(other.dated and when and other.dated[:4] < when[:4])


def contradicts(claim: Claim, chosen: Reading, other: Reading) -> bool:
    """Does `other`, a firm statement in another sentence, say the opposite of `chosen` in an ordered claim:
    the state's own negative ("Iran has received the jets" against "Iran has not yet received any jets",
    not delivered) or the same state negated? A negative told as the past ("until then it had not received
    any") is history, not a contradiction (the caller keeps firm statements only)."""
    state = claim.state(chosen.value)
    negative = state.negative if state is not None else None
    return bool(negative and other.value == negative and not other.negated) or (
        other.negated and other.value == chosen.value)


def denied_in_article(claim: Claim, text: str) -> bool:
    """Does some clause of the article deny or reject reports about the claim's subject ("Tehran has
    denied supplying drones", "the ambassador rejected reports of a withdrawal from the railway")? The denial
    and the subject in one clause (extractors.text.clauses): "Iran customs revise 2024 trade with Russia; Moscow
    denies jet handover" denies the jets, not the trade."""
    for sentence in split_sentences(text):
        for start, end in clauses(sentence.text):
            clause = sentence.text[start:end]
            if find_phrases(fold(clause), claim.topic) and read_modality(clause).denied:
                return True
    return False


def next_if_referring(text: str, end: int, claim: Claim | None = None, others: tuple[Claim, ...] = ()) -> str:
    """The sentence after `end` when it points back at what came before; '' otherwise, and '' when it names
    the subject of another of the `others` claims and not `claim`'s ("… the treaty, which entered into force
    in October. Lavrov repeated that Moscow does not recognise the UN sanctions …": its doubt is about the
    sanctions)."""
    rest = text[end:end + FOLLOW_REACH].lstrip()
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    if not BACK_REFERENCE.search(sentence) and not ACT_REJECTED.search(sentence):
        return ""
    if claim is not None and others:
        folded = fold(sentence)
        if not find_phrases(folded, claim.topic) and any(
                c.id != claim.id and find_phrases(folded, c.topic) for c in others):
            return ""
    return sentence


def observe(catalogue: Catalogue, baseline: dict[str, dict[str, Any]], readings: list[Reading],
            article: ArticleRef, text: str = "", skip: Callable[[Reading], bool] | None = None,
            denied: dict[str, set[str]] | None = None) -> list[Observation]:
    """The strongest verdict per claim in one article; a change the article itself puts in doubt is
    disputed. Readings for which `skip` is true (statements an analyst dismissed) are never the verdict,
    but still count as context that can put another statement in doubt. `denied` (claims.statements.
    denials): claim id → what the article's headline or sentences deny about it ("*": its subject, else
    state values); a change or a restatement of a claim the article denies is disputed."""
    best: dict[str, Observation] = {}
    readings = without_a_corrected_headline(readings, article, text)
    denied = merge_denials(denied or {}, languages.denials(article.title, text, catalogue, article.language)
                           if text and article.language not in ("", "en") else {})
    for reading in qualified_alike(readings):
        base = baseline.get(reading.claim)
        if base is None or (skip is not None and skip(reading)):
            continue
        if due_that_day(reading, article.published):
            reading = replace(reading, future=False)
        if forecast_for_a_past_year(reading, article.published):
            # "trade was expected to reach $5 billion in 2024", said in 2025: the year is over and no count
            # is given, an estimate of what it came to, not a plan
            reading = replace(reading, future=False, hedged=True, cues=reading.cues + ("a forecast for a past year",))
        held_denied = denied.get(reading.claim, set())
        answered = answered_by_denial(catalogue, reading, text, article.language)
        if answered:  # a restatement or a change the article answers with a denial is disputed (denied_here)
            denied.setdefault(reading.claim, set()).add(reading.value)
        contested_here = answered or (("*" in held_denied or reading.value in held_denied)
                                      and asserted(reading, text, article.language))
        judged = judge(catalogue.get(reading.claim), base, reading, contested_here)
        if judged is None or (judged[0] != "confirmed" and catalogue.get(reading.claim).type != "quantity"
                              and older_than_the_record(base, article.published)):
            continue
        obs = Observation(reading.claim, judged[0], judged[1], reading, article, judged[2])
        held = best.get(reading.claim)
        if held is not None and same_statement(held, obs) and bool(obs.reading.dated) != bool(held.reading.dated):
            # the headline "… treaty enters into force" and the lead "… entered into force on Thursday, October 2"
            # state one value: the dated sentence is the quote, with the surer reading's confidence
            dated = obs if obs.reading.dated else held
            best[reading.claim] = replace(dated, confidence=max(obs.confidence, held.confidence))
            continue
        # among equals, a figure for a later period: "trade, which stood at $4 billion in 2023, climbed to $4.8
        # billion in 2024" reports 2024's; and of two changes of a staged thing asserted on one page, the later
        # stage ("… was signed in January. It entered into force on Thursday": in force, however surer the
        # signing's reading is of its subject)
        if held is None or (VERDICT_RANK[obs.verdict], stage(catalogue, obs), obs.confidence,
                            period_sort_key(reading.period or "")) > (
                VERDICT_RANK[held.verdict], stage(catalogue, held), held.confidence,
                period_sort_key(held.reading.period or "")):
            best[reading.claim] = obs
    for claim_id, obs in best.items():
        if obs.verdict in ("changed", "confirmed") and denied_here(obs, denied.get(claim_id, set())) and not (
                obs.verdict == "confirmed" and catalogue.get(claim_id).type == "person"):
            obs.verdict, obs.confidence = "disputed", round(obs.confidence * DENIAL_FACTOR, 3)
            obs.why = "the article's headline or another of its sentences denies it"
        if obs.verdict == "changed":
            why = contested(catalogue.get(claim_id), obs.reading, readings, text, obs.article.published,
                            tuple(c for c in catalogue.claims if c.type in ("status", "event")))
            if why:
                obs.verdict, obs.confidence, obs.why = "disputed", round(obs.confidence * HEDGE_FACTOR, 3), why
    return list(best.values())


def headline_end(text: str, title: str) -> int:
    """Where the article's headline ends in `text` (offset), 0 when `text` does not open with one: its first line
    when that is the `title` or ends with no full stop (claims.reader.state_reading's test of a headline)."""
    first = text.split("\n", 1)[0]
    if not first.strip() or "\n" not in text:
        return 0
    plain = first.rstrip().rstrip("\"'”’»")
    return len(first) if (title and fold(title).strip() == fold(first).strip()) \
        or not plain.endswith((".", "!", "?")) else 0


def corrects_itself(text: str, title: str, lang: str) -> bool:
    """Does the article carry a correction: a word of misstatement in its body ("an earlier version of this article
    wrongly said …": LEXICON en `misstatement`, languages.toml `misstated`), or its headline a word of revision set
    apart ("… (corrected)", "CORRECTED-…", "Correction: …": LEXICON en `revision`)?"""
    body = text[headline_end(text, title):]
    if lang in ("", "en"):
        words = "|".join(sorted(LEXICON["en"]["misstatement"]))
        if re.search(rf"\b(?:{words})\w*", fold(body).lower()):
            return True
        revision = "|".join(sorted(LEXICON["en"]["revision"]))
        heads = {title, text[:headline_end(text, title)]}
        return any(re.search(rf"\((?:{revision})\)|^\W*(?:{revision})\s*[-–—:]", fold(h).lower().strip())
                   for h in heads if h)
    return bool(languages.has(lang, "misstated", body))


def without_a_corrected_headline(readings: list[Reading], article: ArticleRef, text: str) -> list[Reading]:
    """`readings` without the headline's on an article that corrects itself (corrects_itself), where a statement
    of the body (not a plan; its source may be a single one) says otherwise of the same claim (another value, or
    the same negated): the headline may still carry what the correction retracts ("Russia and Iran begin pilot
    linking Mir and Shetab (corrected)" over "The two networks are not yet linked"), and the body's statement is
    the corrected one (walk22 B1)."""
    end = headline_end(text, article.title) if text else 0
    if not end or not any(r.start < end for r in readings) or not corrects_itself(text, article.title,
                                                                                  article.language):
        return readings
    body = [r for r in readings if r.start >= end and not r.future]
    return [r for r in readings if r.start >= end or not any(
        b.claim == r.claim and (b.value != r.value or b.negated != r.negated) for b in body)]


def same_statement(a: Observation, b: Observation) -> bool:
    """Do two observations of one article state the same value the same way (verdict, value, period, stance)?"""
    x, y = a.reading, b.reading
    return a.verdict == b.verdict and a.why == b.why and (x.value, x.period, x.negated, x.hedged, x.denied, x.future,
                                                          x.past) == (y.value, y.period, y.negated, y.hedged,
                                                                      y.denied, y.future, y.past)


def stage(catalogue: Catalogue, obs: Observation) -> int:
    """The position of a change's state among its status claim's ordered states when the change is asserted (not
    put ahead, hedged, negated, denied or past); -1 otherwise and for other claims."""
    claim, r = catalogue.get(obs.claim), obs.reading
    if claim.type != "status" or obs.verdict != "changed" or r.future or r.hedged or r.negated or r.denied or r.past:
        return -1
    return claim.rank(r.value)


def qualified_alike(readings: list[Reading]) -> list[Reading]:
    """The readings with a bare figure given the qualifier the article puts on the same figure elsewhere: "trade
    grew by 70% in 2021 … it grew by more than 70% last year" states one figure, more than 70%, once rounded
    off. Only where the article qualifies that claim's amount for that period one way."""
    qualifiers: dict[tuple[str, str, float], set[str]] = {}
    for r in readings:
        if r.amount is not None and r.period and r.qualifier:
            qualifiers.setdefault((r.claim, r.period, r.amount), set()).add(r.qualifier)
    if not qualifiers:
        return readings
    out = []
    for r in readings:
        found = qualifiers.get((r.claim, r.period or "", r.amount if r.amount is not None else float("nan")), set())
        out.append(replace(r, qualifier=next(iter(found))) if r.qualifier is None and len(found) == 1 else r)
    return out


# an English denial that points back at the statement before it: "denied the accusation", "denies it."
ANSWER_BACK = re.compile(r"\b(?:reports?|claims?|accusations?|allegations?|charges?)\b|"
                         r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\s+"
                         r"(?:it|this|that|them)\s*[.!]", re.IGNORECASE)


def answered_by_denial(catalogue: Catalogue, reading: Reading, text: str, lang: str) -> bool:
    """Is the statement answered by a denial in the article: outside English in a clause of its own after it
    ("…, ce que Téhéran dément"; the English "…, a claim Tehran denies" is not read so: measured, it cost a
    change on news-dev's check split), and in every language in the short sentence right after it, which
    names no tracked subject of its own ("Tehran denied the accusation.")? English denials read by
    claims.values.read_modality, the others by their languages.toml words (claims.languages)."""
    if not text or reading.amount is not None:
        return False
    english = lang in ("", "en")
    if not english and not languages.supported(lang):
        return False
    rest = text[reading.cue_end:reading.end]
    # an office holder named with his title, then a clause of his own denial ("عباس عراقچی، وزیر امور خارجه، این
    # اقدام را غیرقانونی خواند": the minister called the step illegal) is the holder speaking, not his office denied
    speaks = catalogue.get(reading.claim).type == "person"
    # (not a denial narrowing what the sentence admits: "أقرّ … بأن بلاده زوّدت روسيا بمسيرات قبل الحرب، لكنه نفى …")
    if not english and not speaks and languages.denied_after(rest, lang) and \
            not languages.narrowed(text[reading.start:reading.end], lang):
        return True
    # nor does a short denial after it deny his office outside English: it answers the act he is reported in ("…
    # Abbas Arakçi, kararın hukuken geçersiz olduğunu savundu. Rusya ve Çin de yaptırımları tanımayacaklarını
    # bildirdi.": Russia and China reject the sanctions, not the minister)
    if speaks and not english:
        return False
    after = text[reading.end:reading.end + FOLLOW_REACH].lstrip()
    nxt = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0] if after else ""
    # short, so that it can point back at nothing else (the bound the other languages' denials use)
    if not nxt or len(nxt.split()) > languages.BACK_DENIAL_WORDS:
        return False
    if not (read_modality(nxt).denied if english else languages.denies(nxt, lang)):
        return False
    if english and not ANSWER_BACK.search(nxt):
        return False  # "Moscow denied that the treaty was signed": a denial of something else
    own = catalogue if english else languages.for_language(catalogue, lang)
    folded = fold(nxt)
    if english and names_another_claims_thing(catalogue, reading.claim, nxt):
        return False  # "… rejected reports that Tehran was sending missiles to Moscow": another claim's thing
    if any(find_phrases(folded, c.topic) for c in own.claims if c.type in ("status", "event")):
        return False
    return not denies_another_claims_report(own, reading.claim, after[len(nxt):].split("\n", 1)[0], english)


def denies_another_claims_report(catalogue: Catalogue, claim_id: str, rest: str, english: bool) -> bool:
    """Does `rest`, the sentences after a short denial in its paragraph, name the report the denial answers as another
    claim's: the subject (topic, or in English a thing) of another status or event claim and none of `claim_id`'s
    ("The Kremlin has denied the report. Its spokesman said no agreement on the sale of S-400 systems had been
    reached.", a live blog's update set after an update on the foreign minister's trip)? `catalogue` in the
    paragraph's language (languages.for_language)."""
    folded = fold(rest)
    claim = catalogue.get(claim_id)
    if claim is not None and find_phrases(folded, claim.topic):
        return False
    return (english and names_another_claims_thing(catalogue, claim_id, rest)) or any(
        find_phrases(folded, c.topic) for c in catalogue.claims if c.type in ("status", "event") and c.id != claim_id)


def names_another_claims_thing(catalogue: Catalogue, claim_id: str, sentence: str) -> bool:
    """Does the English `sentence` name, as a whole word, a thing (catalogue `things`) of another claim that is
    none of `claim_id`'s? The words that several claims share ("unit", "batch") tell nothing."""
    counts: dict[str, int] = {}
    for c in catalogue.claims:
        for w in {t.lower() for t in getattr(c, "things", ())}:
            counts[w] = counts.get(w, 0) + 1
    own = {t.lower() for t in getattr(catalogue.get(claim_id), "things", ())}
    words = set(re.findall(r"[a-z][a-z-]*", sentence.lower()))
    return any(counts.get(w) == 1 and w not in own for w in words)


def asserted(reading: Reading, text: str, lang: str) -> bool:
    """Does the reading assert its value, for an article that denies the claim to put in doubt? Not when it is
    the content of the denial itself ("Tehran denied having supplied drones": nothing asserted, only denied);
    yes when it is not denied, or, outside English, when the denial follows it in a clause of its own ("… en lui
    procurant des drones, ce que Téhéran dément": the statement, then its denial; Persian puts the denial verb
    after its own content, "ارسال پهپاد … را رد کرده است", so the clause break is what tells them apart).
    English denials are read from the parse (claims.statements.denials), which already tells the two apart."""
    if not reading.denied:
        return True
    return lang not in ("", "en") and languages.supported(lang) and bool(text) and \
        languages.denied_after(text[reading.cue_end:reading.end], lang)


def merge_denials(*found: dict[str, set[str]]) -> dict[str, set[str]]:
    """One claim id → denied values map from several readers' (claims.statements.denials for English,
    claims.languages.denials for the other languages)."""
    out: dict[str, set[str]] = {}
    for one in found:
        for claim_id, values in one.items():
            out.setdefault(claim_id, set()).update(values)
    return out


def denied_here(obs: Observation, denied: set[str]) -> bool:
    """Does the article deny the claim's subject ("*") or a state of it? A denied state disputes a change to
    it and any restatement: the article then shows the claim contested, whichever side it restates."""
    if not denied or obs.reading.past or obs.reading.future:
        return False
    return "*" in denied or obs.verdict == "confirmed" or obs.reading.value in denied


def value_key(claim: Claim, reading: Reading) -> str:
    """What makes two readings state the same value: the person's name key, the period and amount (money
    rounded to 10 million), or the value with its negation."""
    if claim.type == "person":
        return person_key(reading.value)
    if claim.type == "quantity":
        return f"{reading.period}:{round(reading.amount or 0, -7 if claim.measure == 'money' else 0)}"
    return ("not " if reading.negated else "") + reading.value


def group(catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
          observations: list[Observation]) -> list[Finding]:
    """Observations grouped into findings: one per claim, verdict and value (value_key), each with every
    article that states it."""
    findings: dict[tuple[str, str, str], Finding] = {}
    for obs in observations:
        claim = catalogue.get(obs.claim)
        key = (obs.claim, obs.verdict, value_key(claim, obs.reading))
        finding = findings.setdefault(key, Finding(obs.claim, obs.verdict, baseline[obs.claim]))
        finding.observations.append(obs)
    order = {c.id: i for i, c in enumerate(catalogue.claims)}
    return sorted(findings.values(), key=lambda f: (-VERDICT_RANK[f.verdict], order[f.claim], -f.confidence))


def relate_figures(findings: list[dict[str, Any]]) -> None:
    """Mark, in place, changed findings (report.json dicts, to_report's shape) of one claim that give different
    figures for the same period in one run, so that a reader does not take two of them for two changes:
    - a figure given as a correction (`evidence.revision`: "customs revised the 2024 figure to …") supersedes
      every figure of its period that is none: those get `superseded_by` (the revision's finding id); of two
      revisions the later published supersedes the earlier;
    - figures of one period with no revision among them disagree: each gets `conflicts_with` (the other
      findings' ids, in report order).
    Keys added to DESIGN.md's finding (its verdicts, values and counts are unchanged); findings without an
    amount and period (statuses, persons, events) are left alone."""
    periods: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in findings:
        observed = f.get("observed") or {}
        if f["verdict"] == "changed" and observed.get("amount") is not None and observed.get("period"):
            periods.setdefault((f["claim"], str(observed["period"])), []).append(f)

    def latest(f: dict[str, Any]) -> str:
        return max((s.get("published") or "" for s in f.get("sources") or []), default="")

    for same in periods.values():
        if len({f["observed"]["value"] for f in same}) < 2:
            continue
        revisions = [f for f in same if (f.get("evidence") or {}).get("revision")]
        if revisions:
            newest = max(revisions, key=latest)
            for f in same:
                if f is not newest:
                    f["superseded_by"] = newest["id"]
        else:
            for f in same:
                f["conflicts_with"] = [g["id"] for g in same if g is not f]


def relate_states(findings: list[dict[str, Any]], catalogue: Catalogue) -> None:
    """Mark, in place, changed findings (report.json dicts, to_report's shape) of one status, event or person
    claim that one run reports more than once ("draft → signed", "draft → ratified", "draft → in force"; "not
    Raisi" and "Pezeshkian"), so that a reader sees which is the latest: every other such finding gets
    `superseded_by`, the id of the one whose change happened last (the statement's own date, `evidence.dated`,
    else its first report's day; on one day the later state in the catalogue's order, and a named holder over a
    tenure's end). Verdicts, values and counts are unchanged; figures are relate_figures'."""
    claims: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        if f["verdict"] == "changed" and catalogue.get(f["claim"]).type != "quantity":
            claims.setdefault(f["claim"], []).append(f)

    def happened(f: dict[str, Any]) -> tuple[str, int]:
        claim, value = catalogue.get(f["claim"]), str(f["observed"]["value"])
        order = ([s.value for s in claim.states].index(value) if claim.state(value) is not None else -1) \
            if claim.states else int(not value.startswith("not "))
        return str((f.get("evidence") or {}).get("dated") or f["observed"].get("published") or ""), order

    for same in claims.values():
        if len(same) > 1:
            latest = max(same, key=happened)
            for f in same:
                if f is not latest:
                    f["superseded_by"] = latest["id"]


def finding_id(finding: Finding, catalogue: Catalogue) -> str:
    """The finding's id: 12 hex digits of SHA-1 over claim, verdict, baseline value and observed value, so the
    same finding has the same id in every run."""
    claim = catalogue.get(finding.claim)
    key = f"{finding.claim}|{finding.verdict}|{finding.baseline['value']}|{value_key(claim, finding.primary.reading)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def baseline_quote(base: dict[str, Any]) -> dict[str, str]:
    """report.json's `baseline` of a finding: the baseline value with the quote that states it (value, quote,
    source file, as-of date)."""
    quotes = base.get("quotes") or [{}]
    main = next((q for q in quotes if q.get("value") == base["value"]), quotes[0])
    return {"value": base["value"], "quote": main.get("quote", ""), "source": main.get("source", ""),
            "as_of": main.get("as_of", "")}


def shown_cue(reading: Reading) -> str:
    """The words a report shows as a reading's cue and highlights in its quote (verbatim, in the quote). A
    figure's are the figure as its sentence writes it ("5 billion dollars"): the reading's `cue` runs from the
    claim's anchor word to the figure ("Trade between … reached 5 billion dollars"), the span its stance is read
    over, too long to point at the value."""
    if reading.amount is None:
        return reading.cue
    # the figure's span may end on the comma after it ("4,8 млрд долларов, сообщил …"): not part of the figure
    shown = reading.quote[reading.cue_start - reading.start:reading.cue_end - reading.start].rstrip(" ,;:")
    return shown or reading.cue


def evidence(reading: Reading, why: str = "") -> dict[str, Any]:
    """Why the engine read the statement so (report.json contract, DESIGN.md): the words that carry the value
    (`cue`, verbatim at the quote's highlight), how it is stated, and the statement's own date; for a disputed
    finding also `why` (Observation.why: what puts it in doubt, in words), a key added to the contract's."""
    out = {"cue": shown_cue(reading), "negated": reading.negated, "hedged": reading.hedged or reading.denied,
           "attributed": reading.attributed, "future": reading.future, "past": reading.past,
           "dated": reading.dated}
    if reading.denied:
        out["denied"] = True  # a key added to the contract's: `hedged` covers a denial too
    if reading.revised:
        out["revision"] = True  # added too: the figure corrects an earlier one for its period
    if any(c.startswith(PRESUPPOSES) or (c == "not yet" and not reading.negated) for c in reading.cues):
        # added too: the cue names a later state, still ahead or "not yet" reached, which takes this one for
        # granted (claims.statements.presupposed, not_yet; claims.languages.presupposed_in); a reading still
        # negated ("not yet in force", kept as it is) infers nothing
        out["presupposed"] = True
    if why:
        out["why"] = why
    return out


PRECISIONS = ("year", "month", "day")


def date_as_given(quote: str, dated: str | None, language: str = "", published: str = "") -> tuple[str, str] | None:
    """The statement's own date (Reading.dated: an ISO day, where a year or month given alone stands for its
    first day) as its sentence gives it, with that precision: ("2024", "year"), ("2023-07", "month"),
    ("2025-01-17", "day"); None without a date. The sentence is read again for the date that gave `dated`: in
    English claims.values.find_dates (a mention whose first or last day it is; the finest such), in other
    languages claims.languages.statement_date read as first and as last day (equal: a day; one month: a
    month; else a year). A date the sentence does not show again keeps its day (the precision is not known)."""
    day = iso_day(dated)
    if day is None:
        return None
    if language in ("", REPORT_LANGUAGE):
        ref = iso_day(published)
        from claims.values import find_dates

        found = [m.precision for m in find_dates(quote, ref) if m.precision and day in (m.as_date(), m.last_day())]
        precision = max(found, key=PRECISIONS.index) if found else "day"
    else:
        first, last = languages.statement_date(quote, language), languages.statement_date(quote, language, last=True)
        if first != day or last is None:
            precision = "day"
        else:
            precision = "day" if last == first else "month" if (last.year, last.month) == (day.year, day.month) \
                else "year"
    shown = {"year": day.isoformat()[:4], "month": day.isoformat()[:7], "day": day.isoformat()}[precision]
    return shown, precision


def with_date_as_given(out: dict[str, Any], reading: Reading, language: str, published: str) -> dict[str, Any]:
    """`out` (report.json's evidence or a source) with the statement's date as given, keys added to the
    contract's: `dated_as_given` ("2024", "2023-07" or "2025-01-17") and `date_precision` (year, month, day);
    `dated` stays the full ISO day it always was."""
    given = date_as_given(reading.quote, reading.dated, language, published)
    if given is not None and reading.amount is not None and period_as_date(reading.period) \
            and not given[0].startswith(reading.period):
        # "customs revised the 2025 figure to $5.4 billion on Monday": the day dates the revision; the figure is
        # the period's, and is placed there (the timeline's point, the evidence's date) as every other figure is
        given = None
    if given is None and period_as_date(reading.period) and (not reading.dated or reading.amount is not None):
        # "revised the 2024 figure …", "erreichte im Jahr 2024 …": with no other date in the sentence the
        # figure's own period is the date its statement gives (for the evidence and the timeline), not the
        # article's
        out["dated"] = period_as_date(reading.period)
        given = (reading.period, "year" if len(reading.period) == 4 else "month")
    if given is not None:
        out["dated_as_given"], out["date_precision"] = given
    return out


def period_as_date(period: str | None) -> str | None:
    """A figure's period as an ISO day standing for it (its first day): "2024" -> "2024-01-01", "2023-07" ->
    "2023-07-01"; None for a day, a range, a quarter or anything else (no one date stands for it)."""
    span = iso_span(period) if period and len(period.strip()) in (4, 7) else None
    return span[0].isoformat() if span else None


def outlet_of(article: ArticleRef) -> str:
    """The outlet report.json names: the article's (its site's or feed's name), else its URL's host."""
    return article.outlet or (urlsplit(article.url).hostname or "")


def date_inferred(article: ArticleRef) -> dict[str, str]:
    """{"date_inferred": what the text shows of the date} (an optional key of observed and of each source) for an
    article whose own date was a stand-in (ArticleRef.dated_from); {} for a dated one."""
    return {"date_inferred": article.dated_from} if article.dated_from else {}


def to_report(finding: Finding, catalogue: Catalogue) -> dict[str, Any]:
    """The finding as report.json holds it (schema claimwatch.report/1, DESIGN.md): id, claim, verdict,
    baseline, observed (quote, article, highlight, language; amount and period for quantities), confidence,
    evidence, question, and every source in publication order."""
    primary = finding.primary
    obs = primary.reading
    observed = {"value": ("not " if obs.negated else "") + obs.value, "quote": obs.quote,
                "url": primary.article.url, "title": primary.article.title, "outlet": outlet_of(primary.article),
                "published": primary.article.published[:10], "highlight": shown_cue(obs),
                "language": primary.article.language, **date_inferred(primary.article)}
    if obs.amount is not None:
        observed.update({"amount": obs.amount, "period": obs.period})
    return {
        "id": finding_id(finding, catalogue),
        "claim": finding.claim,
        "verdict": finding.verdict,
        "baseline": baseline_quote(finding.baseline),
        "observed": observed,
        "confidence": finding.confidence,
        "evidence": with_date_as_given(evidence(obs, primary.why if finding.verdict == "disputed" else ""), obs,
                                       primary.article.language, primary.article.published),
        "question": catalogue.get(finding.claim).question,
        "sources": [with_date_as_given({"url": o.article.url, "title": o.article.title, "outlet": outlet_of(o.article),
                                        "published": o.article.published[:10], "quote": o.reading.quote,
                                        "highlight": shown_cue(o.reading), "confidence": o.confidence,
                                        "language": o.article.language, "dated": o.reading.dated,
                                        **date_inferred(o.article)},
                                       o.reading, o.article.language, o.article.published)
                    for o in sorted(finding.observations, key=lambda o: o.article.published)],
    }
