"""Read what a document says about each tracked claim.

The same machinery reads the five source documents (to build the baseline) and every new article (to
compare with it): sentences → claims in scope (topic aliases, parties, third-country check) → the value the
sentence states (a state cue, an office holder, a figure with its period) → how it is stated (negated,
denied, hedged, future, past). Nothing here knows any particular article: the catalogue supplies the
vocabulary, the language readers in `extractors/` supply the grammar.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace as dc_replace
from datetime import date
from functools import lru_cache
from typing import Any

from claims.catalogue import Catalogue, Claim, State
from claims.cues import (cue_groups, cue_text, find_lemma_cues_folded, has_lemma_cue, inflections, is_lemma_cue,
                         match_lemma_cues)
from claims.grammar import (LEXICON, chain, cue_token, depth, governing_verb, indication_noun, misstated, revised_from,
                            revision_dates, statement_subjects, unfinished)
from claims.nlp import PipelineUnavailable, parse
from claims.entities import ARABIC_MARKS, NO_PLACES, Places, countries_in
from extractors.text import Sentence, clauses, split_sentences
from claims.values import (Modality, Percent, change_direction, comparison_spans, figure_holder, figure_token, find_dates,
                           find_money, find_office_holders, find_percents, is_base_figure, is_cumulative,
                           period_near, period_sort_key, read_modality, whole_year)

# Words right before a title or name that put the office in the past ("former President X").
PAST_HOLDER = re.compile(r"\b(former|late|previous|then(?=-)|ex|outgoing|predecessor|preceded|erstwhile)\b"
                         r"(?:[\s-]+[\w']+){0,4}$")
NEGATION_IN_CUE = re.compile(r"\b(not|no|never|yet to|no longer|n't|refused|declined)\b")
STALE_DAYS = 366  # a sentence dated more than a year before its document recounts the past
STATE_TYPES = ("status", "event")  # claims whose values are states named by cues


@dataclass(frozen=True)
class Reading:
    """One statement about one claim: the value it states and how it states it."""
    claim: str
    value: str
    quote: str
    start: int                    # quote span in the document text
    end: int
    cue: str                      # the words that carry the value (highlighted in reports)
    cue_start: int
    cue_end: int
    score: float                  # how sure we are that this sentence states this claim's value
    negated: bool = False         # "has not been signed": the statement denies the state `value`
    hedged: bool = False
    attributed: bool = False      # put in someone's mouth ("an MP said", "according to")
    denied: bool = False
    future: bool = False
    past: bool = False
    amount: float | None = None   # quantities
    period: str | None = None
    qualifier: str | None = None
    dated: str | None = None      # an explicit date in the sentence (ISO), if any
    cues: tuple[str, ...] = field(default_factory=tuple)
    # the parse found every word of doubt in the sentence governing another act (claims.statements):
    # the words after the cue are then no sign of doubt about this statement
    doubt_parsed: bool = False
    # "X and Y joined in 2017, and Iran in 2023": the document offsets of the verbless remnant naming the
    # parties; the cue is read for them only where the parse confirms the remnant is gapped (claims.statements)
    gapped: tuple[int, int] | None = None
    # read from the subject's own act ("the treaty has created a framework"): the claim's `acting` state, kept
    # only where the parse shows the subject doing a completed act (claims.statements)
    acting: bool = False
    # a sentence's second reading of the claim (read_state: another state than its chosen cue's): it may make a
    # finding, but never puts another statement in doubt (claims.compare.contested)
    second: bool = False
    # read from one of its state's `dated` cues ("the expiry of the deal"): kept only where the parse dates the
    # statement within a month of the article (claims.statements.restate)
    needs_date: bool = False
    # the date of the cue's own verb (ISO, the period's last day), where the parse gives one: "a cooperation
    # treaty signed in 2001" (claims.statements.own_date); the sentence's `dated` may be another clause's
    own_dated: str | None = None
    # a figure the sentence gives as a correction of an earlier one ("revised the 2024 figure to …"), where the
    # parse shows it (claims.statements.revised_figure): for the recorded period a revision, not a dispute
    revised: bool = False

    @property
    def firm(self) -> bool:
        """Stated as a current fact: not hedged, denied, future or past."""
        return not (self.hedged or self.denied or self.future or self.past)


NON_ASCII = re.compile(r"[^\x00-\x7f]")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Lower-case, strip accents, straighten quotes and dashes — keeping every offset unchanged.

    Per character in Python this cost ~1 ms per article, on every stored page (mentions_tracked_claim):
    ASCII goes through str.translate, the rare other characters through a cache."""
    return NON_ASCII.sub(_fold_match, text).translate(ASCII_LOWER)


def _fold_match(match: re.Match[str]) -> str:
    return fold_char(match.group())


# One letter, two code points: Persian yeh and keheh (ی U+06CC, ک U+06A9) are written with the Arabic yeh, alef
# maksura and kaf (ي U+064A, ى U+0649, ك U+0643) by many Persian sites and by every Windows-1256 page, which has
# no Persian yeh; Arabic writers use ى and ي for one final yeh. Folded to one form, as search engines' Arabic and
# Persian normalisers do (Lucene's PersianNormalizer and ArabicNormalizer), a catalogue cue matches either spelling.
ARABIC_LETTER_FORMS = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"}


@lru_cache(maxsize=None)
def fold_char(ch: str) -> str:
    """The folded form of one character (cached): typographic quotes and dashes straightened, a letter's
    accent dropped when its base is ASCII, lower-cased; one character in, one out (offsets kept)."""
    if ch in ARABIC_LETTER_FORMS:
        return ARABIC_LETTER_FORMS[ch]
    if ch in "‘’ʼ′":
        ch = "'"
    elif ch in "“”„″":
        ch = '"'
    elif ch in "‐‑‒–—−":
        ch = "-"
    elif ord(ch) > 127:
        base = unicodedata.normalize("NFKD", ch)[:1]
        ch = base if base.isascii() and base else ch
    return ch.lower() if len(ch.lower()) == 1 else ch


ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3]")
MARKS_OPTIONAL = "[\u064b-\u0652\u0670\u0640]*"


# `**` in a phrase: the most words of a clause's gap (claims.reader.phrase_pattern)
CLAUSE_GAP = 30
# Between two words of a phrase: a space, or Persian's zero-width non-joiner (U+200C, no \s), which writers put
# inside a compound at will, in any of its joints ("سرپرست ریاست‌جمهوری" is "سرپرست ریاست جمهوری", acting president;
# claims.entities folds it to a space for names and titles the same way)
SEPARATOR = r"(?:\s+|\u200c)"


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str, marks: bool = True) -> re.Pattern[str]:
    """A catalogue phrase as a regex: words separated by any space/hyphen, `*` alone = a gap of up to six
    words, `**` alone = a gap within one clause (up to CLAUSE_GAP words, no comma or full stop), `word*` = any
    ending; `marks`: Arabic and Persian letters with or without their optional marks (otherwise as written)."""
    parts = []
    folded = fold(cue_text(phrase))
    tokens = (ARABIC_MARKS.sub("", folded) if marks else folded).split()
    for k, token in enumerate(tokens):
        if token == "**":
            # a clause's gap: a verb-final language puts the whole clause between the act's noun and its verb ("ساخت
            # راه‌آهن رشت - آستارا روز شنبه با حضور وزیر … در استان گیلان رسماً آغاز شد"), a weekday, a venue, the
            # guests; up to CLAUSE_GAP words and no clause break (comma, Persian comma, full stop, colon)
            # (an Arabic mark is no \w: "رسماً", officially)
            parts.append(r"(?:[\w'()\u200c\u064b-\u0652\u0670\u0640-]+\s+){0,%d}?" % CLAUSE_GAP)
            continue
        if token == "*":
            # a word of the gap may hold a zero-width non-joiner, which Persian writes inside words ("راه‌آهن")
            parts.append(r"(?:[\w',.()\u200c-]+\s+){0,6}?")
            continue
        body = re.escape(token.rstrip("*")).replace(r"\-", r"[-\s]?")
        # Arabic and Persian letters may carry the marks writers add or leave out at will (vowel marks, shadda,
        # tanwin, tatweel: "وقّعت" is "وقعت", signed): a phrase matches with or without them
        body = ARABIC_LETTER.sub(lambda m: m.group() + MARKS_OPTIONAL, body) if marks else body
        # a word before a gap may end its phrase with a comma, as the gap's own words may ("müzakereler, Umman'ın
        # başkenti Maskat'ta başladı": a verb-final clause's subject set off by a comma before its verb), lang19
        comma = ",?" if k + 1 < len(tokens) and tokens[k + 1] == "*" else ""
        parts.append(body + (r"\w*" if token.endswith("*") else "") + comma + SEPARATOR)
    regex = "".join(parts)
    regex = regex[:-len(SEPARATOR)] if regex.endswith(SEPARATOR) else regex
    if re.search(r"[a-z]$", fold(phrase)) and not phrase.endswith("*"):
        regex += "(?:s|es)?"  # the plural names the same thing ("arms embargoes")
    elif re.search(r"[a-z][-\s]?[0-9]+$", fold(phrase)):
        regex += "s?"  # a model named by letters and a number takes a plain -s ("S-400s", "Yak-130s")
    # A hyphen is a boundary: "Russia-Iran" names both parties.
    return re.compile(rf"(?<![\w]){regex}(?![\w])")


def find_phrases(folded: str, phrases: tuple[str, ...], marks: bool = True) -> list[tuple[int, int, str]]:
    """Every occurrence of each phrase in the folded text `folded` as word-bounded matches: (start, end,
    phrase), offsets into `folded`; `marks`: as phrase_pattern. A new list each call (the caller may change it)."""
    return list(_found_phrases(folded, tuple(phrases), marks))


# The same sentence is searched for the same phrases many times (each claim's topic by topic_score for the sentence,
# for the one after it, by the developments reader; a syndicated copy's sentences again): reading the bench's corpus
# once made 56,641 calls that asked 25,628 different questions. The answer depends on the three arguments alone.
@lru_cache(maxsize=1 << 15)
def _found_phrases(folded: str, phrases: tuple[str, ...], marks: bool) -> tuple[tuple[int, int, str], ...]:
    hits = []
    # the substring test looks at the letters without their optional marks (phrase_pattern)
    bare = ARABIC_MARKS.sub("", folded) if marks and ARABIC_MARKS.search(folded) else folded
    for literal, pattern, phrase in phrase_patterns(tuple(phrases), marks):
        # nine calls in ten find nothing: a substring test skips the regex scan (~7x faster on the corpus)
        if literal in bare:
            for m in pattern.finditer(folded):
                hits.append((m.start(), m.end(), phrase))
    return tuple(hits)


@lru_cache(maxsize=4096)
def phrase_patterns(phrases: tuple[str, ...], marks: bool = True) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(literal, phrase_pattern, phrase) per phrase: `literal` is the longest run of the phrase's folded
    letters that every match of its pattern contains (a word or a hyphen-free part of one; "" for a gap
    alone)."""
    out = []
    for phrase in phrases:
        folded = fold(cue_text(phrase))
        runs = [run for token in (ARABIC_MARKS.sub("", folded) if marks else folded).split() if token != "*"
                for run in token.rstrip("*").split("-") if run]
        out.append((max(runs, key=len) if runs else "", phrase_pattern(phrase, marks), phrase))
    return tuple(out)


@dataclass
class Context:
    """A document prepared for reading: sentences, folded text, party and country mentions per sentence."""
    text: str
    ref: date | None
    sentences: list[Sentence]
    folded: list[str]
    parties: list[set[str]]
    title_parties: set[str]
    party_aliases: dict[str, tuple[str, ...]]
    encoder: "StateMatcher | None" = None
    # (sentence index, claim, topic score) waiting for the semantic reader, resolved in one batch
    pending: list[tuple[int, Claim, float]] = field(default_factory=list)
    # the parties' countries as claims.entities names them (a clause naming any other country is a distractor)
    party_countries: frozenset[str] = frozenset()
    blocs: "re.Pattern[str] | None" = None
    # the catalogue's referents after a determiner ("these aircraft"): a pointer back to the sentence before
    anaphora: "re.Pattern[str] | None" = None
    # the catalogue's referents anywhere, with or without a determiner ("signed a deal"): a thing a pointer may mean
    kinds: "re.Pattern[str] | None" = None
    # the catalogue's names of other countries beside the libraries' (claims.entities)
    places: Places = NO_PLACES
    # the page's language; English sentences naming a claim's subject are parsed (claims.nlp) for the cues
    lang: str = "en"
    # another language's words putting a cue ahead (sentence, start, end, cue → the future's words found, empty when
    # none): set by claims.languages (its `stance`), which this module may not import
    future_words: "Any" = None
    # another language's test of a cue named as the event something came after ("moins de trois mois après sa
    # signature"): (sentence, start) → bool, set by claims.languages; such a cue gives way to another cue (lang23)
    after_event: "Any" = None
    # the language's prepositions of place (claims.grammar LEXICON `venue`; another language's are set by
    # claims.languages from languages.toml): a capital after one is a venue, not its country acting
    venue: frozenset[str] = LEXICON["en"]["venue"]
    # the run's parses ({(lang, text): Doc}, claims.nlp.parse): the later stages reuse them, never parse again
    memo: "dict[tuple[str, str], Any] | None" = None
    # sentence index -> its Doc, for the sentences whose cues are matched by lemma (filled on first need)
    docs: "dict[int, Any] | None" = None
    # the English pipeline parsed this page's cue sentences: a sentence without a Doc holds no lemma cue
    parsed: bool = False
    # the headline ("" when the page has none)
    title: str = ""
    # topic_score's answers for this page: (sentence index, id of the claim, parses at hand, language) -> (the claim,
    # its score); the claim is held so that its id is not reused while the entry lives
    topics: "dict[tuple[int, int, bool, str], tuple[Claim, float]]" = field(default_factory=dict)
    # pointer_at's answers: sentence index -> (the folded text and the pattern searched, the match)
    pointers: "dict[int, tuple[str, re.Pattern[str], re.Match[str] | None]]" = field(default_factory=dict)
    # another language's words of talks ("переговор*", "مذاکرات"), set by claims.languages from languages.toml
    # (`talks`): counterpart_talks reads them where no parse is at hand
    talk_words: "re.Pattern[str] | None" = None
    # counterpart_talks' answers: (sentence index, claim id) -> the talks found (None: none)
    talks: "dict[tuple[int, str], Talk | None]" = field(default_factory=dict)
    # a page dated by a stand-in (claims.Article.date_estimated) whose text does not show it of the stand-in's year:
    # a year it names by relative words alone ("last year") is not known (claims.analysis.prepare_article)
    years_unknown: bool = False
    # the earliest day such a page can have been written, when that is of the stand-in's year: its new
    # developments are read against it (claims.analysis.news_context); None otherwise
    written_after: date | None = None


class StateMatcher:
    """Sentence-embedding similarity between a sentence and each state's descriptions. Descriptions are
    embedded once per process; an article's sentences are embedded together in one batch when the first
    of them is needed (one at a time costs ~20x more)."""

    def __init__(self, encoder) -> None:  # type: ignore[no-untyped-def]
        self.encoder = encoder
        self._states: dict[str, tuple[list[str], object]] = {}
        self._sentences: dict[str, object] = {}

    def prime(self, sentences: list[str]) -> None:
        """Embed the sentences not embedded yet in one batch (per-sentence batches cost several times more);
        only the current batch is kept."""
        todo = [s for s in dict.fromkeys(sentences) if s not in self._sentences]
        if todo:
            self._sentences = dict(zip(todo, self.encoder.encode(todo)))  # keep only the current batch

    def state_similarities(self, sentence: str, claim: Claim) -> dict[str, float]:
        """Cosine similarity of `sentence` to each of the claim's states (the best of its descriptions): state
        value -> similarity in -1..1."""
        if claim.id not in self._states:
            from claims.embed import encode_fixed

            labels = [s.value for s in claim.states for _ in s.describe]
            described = [d for s in claim.states for d in s.describe]
            self._states[claim.id] = (labels, encode_fixed(self.encoder, described))
        labels, vectors = self._states[claim.id]
        if sentence not in self._sentences:
            self.prime([sentence])
        sims = vectors @ self._sentences[sentence]  # type: ignore[operator]
        out: dict[str, float] = {}
        for label, sim in zip(labels, sims):
            out[label] = max(out.get(label, -1.0), float(sim))
        return out


def prepare(text: str, catalogue: Catalogue, ref: date | None = None, title: str = "",
            matcher: StateMatcher | None = None, datelines: bool = False) -> Context:
    """The reading context of one document: its sentences with offsets, folded forms, the parties each names,
    the title, the reference date `ref` (the document's date) and the optional sentence matcher. `datelines`:
    a wire dateline opening a paragraph ("DUBAI, May 20 (Reuters) - ") is cut from its sentence (see
    without_dateline); the parties it names still count as named in that sentence."""
    whole = split_sentences(text)
    sentences = [without_dateline(s) for s in whole] if datelines else whole
    folded = [fold(s.text) for s in sentences]
    party_phrases = {name: aliases for name, aliases in catalogue.parties.items()}
    parties = [{name for name, aliases in party_phrases.items() if find_phrases(f, aliases)}
               for f in (folded if not datelines else [fold(s.text) for s in whole])]
    title_folded = fold(title)
    title_parties = {name for name, aliases in party_phrases.items() if find_phrases(title_folded, aliases)}
    return Context(text, ref, sentences, folded, parties, title_parties, party_phrases, matcher,
                   party_countries=party_countries(catalogue), blocs=bloc_pattern(catalogue.blocs),
                   anaphora=anaphora_pattern(catalogue.referents), places=catalogue.places,
                   title=title, kinds=kinds_pattern(catalogue.referents))


# A wire dateline (AP, Reuters and AFP style), the one pattern of every English reading (without_dateline) and of
# a new development's parse (claims.developments.parsed_text): a place in capitals (words joined by a space or a
# slash: "ST PETERSBURG", "MOSCOW/TEHRAN"), optionally a date or a region after a comma, optionally the agency in
# parentheses, then a dash ("MOSCOW, Jan 17 (AP) - ", "SAMARKAND, Uzbekistan (AP) - ", "TEHRAN (IRNA) - ",
# "TEHRAN, Aug. 31 (Xinhua) -- ") or the agency between slashes ("MOSCOW, March 12. /TASS/. "); the agency alone
# before the dash ("(Reuters) - "); a live blog's time stamp ("09:40 GMT - "), with its day before it ("23 October,
# 12:05 — ", "May 20, 07:05 Tehran time — ": an entry's time, not the date of what it reports). A state agency's
# date may carry its year and the same date in another calendar ("TEHRAN, Ordibehesht 31, 1403 (May 20, 2024)
# (IRNA) - "). A colon may end a place in capitals as a dash does ("NEW DELHI: "), and so ends a transcript's
# speaker ("JALALI: "), no part of the sentence's grammar either.
DATELINE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]{2,}(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+)*"
                      r"(?:,[^()\n–—-]{0,40}?)?(?:\s*\([^)\n]{1,40}\)){0,2}|"
                      r"\([A-Z][\w.&/' -]{0,30}\)|"
                      r"(?:(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?,?\s+)?"
                      r"\d{1,2}:\d{2}(?: [A-Z]{2,4}| [A-Z][a-z]+ time)?)"
                      r"\s*(?:[-–—]+|(?<=[A-ZÀ-ÖØ-Þ)]):|\.?\s*/[^/\n]{1,20}/\.?)\s+(?=\S)")


def without_dateline(sentence: Sentence) -> Sentence:
    """The sentence without a wire dateline it opens with: the dateline is no part of the sentence's grammar
    (the small parser takes "DUBAI" for the subject of "DUBAI, May 20 (Reuters) - X and Y were killed"), and
    its date is the article's own."""
    found = DATELINE.match(sentence.text)
    if not found or not any(c.isalpha() for c in sentence.text[found.end():]):
        return sentence
    return Sentence(sentence.text[found.end():], sentence.start + found.end(), sentence.end)


def member_countries(claim: Claim, places: Places = NO_PLACES) -> frozenset[str]:
    """The countries of the claim's `members` (a bloc's), as claims.entities names them: no other country."""
    return _member_countries(claim.members, places) if claim.members else frozenset()


@lru_cache(maxsize=64)
def _member_countries(members: tuple[str, ...], places: Places) -> frozenset[str]:
    return frozenset(c for name in members for c in countries_in(name, places))


def party_countries(catalogue: Catalogue) -> frozenset[str]:
    """The countries the catalogue's parties stand for, as claims.entities names them. Read once per parties and
    places (every page's context asks)."""
    return _party_countries(tuple((party, tuple(aliases)) for party, aliases in catalogue.parties.items()),
                            catalogue.places)


@lru_cache(maxsize=64)
def _party_countries(parties: tuple[tuple[str, tuple[str, ...]], ...], places: Places) -> frozenset[str]:
    return frozenset(c for _, aliases in parties for alias in aliases for c in countries_in(alias, places))


@lru_cache(maxsize=8)
def anaphora_pattern(referents: tuple[str, ...]) -> "re.Pattern[str] | None":
    """A determiner, up to two words, then one of the catalogue's referents ("these Russian-made jets"; "the full
    free trade agreement" with the referent "free trade agreement", en24); or a referent opening the sentence with no determiner, a plural's ("Negotiations resumed after a break continue"),
    or with "a" ("Tehran joined the bloc's summit. A full agreement was signed on Friday": the sentence opens on the
    thing the one before named, read for it only when that sentence named one thing of its kind, read_sentence)."""
    if not referents:
        return None
    nouns = "|".join(re.escape(fold(r)) for r in sorted(referents, key=len, reverse=True))
    return re.compile(rf"(?:\b(?:this|these|those|the) (?:[a-z-]+ ){{0,2}}|^(?:an? (?:[a-z-]+ ){{0,2}})?)"
                      rf"(?P<noun>{nouns})\b")


@lru_cache(maxsize=8)
def kinds_pattern(referents: tuple[str, ...]) -> "re.Pattern[str] | None":
    """Any of the catalogue's referents as a word, wherever it stands (folded text); None without referents."""
    if not referents:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(r)) for r in sorted(referents, key=len, reverse=True))
                      + r")s?\b")


@lru_cache(maxsize=8)
def bloc_pattern(blocs: tuple[str, ...]) -> "re.Pattern[str] | None":
    """A word-bounded regex of the catalogue's blocs (EU, BRICS, ...), longest first; None without blocs."""
    if not blocs:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(b) for b in sorted(blocs, key=len, reverse=True)) + r")\b")


def read_document(text: str, catalogue: Catalogue, ref: date | None = None, title: str = "",
                  matcher: "StateMatcher | None" = None) -> list[Reading]:
    """Every reading of catalogue claims in `text`: claim, value, verbatim quote with offsets, cue, stance
    (negated, hedged, attributed, future, past) and the statement's date; `ref` is the document's date for
    relative dates and staleness."""
    ctx = prepare(text, catalogue, ref, title, matcher)
    readings: list[Reading] = []
    for i in range(len(ctx.sentences)):
        readings.extend(read_sentence(ctx, i, catalogue))
    return readings + read_pending(ctx)


def read_sentence(ctx: Context, i: int, catalogue: Catalogue) -> list[Reading]:
    """The readings of sentence `i` of the context, for every claim whose topic it names (or inherits from the
    sentence before)."""
    out = []
    scores = {claim.id: topic_score(ctx, i, claim) for claim in catalogue.claims}
    pointer = pointer_at(ctx, i) if i > 0 else None
    if pointer is not None:
        # a pointer whose own noun phrase names another tracked thing ("the much-announced gas deal between
        # Gazprom and the National Iranian Oil Company") is that thing, not the one the sentence before named
        phrase = re.split(r"[,;:.]", ctx.folded[i][pointer.start():pointer.end() + 70])[0]
        if any(scores[c.id] >= 1 and c.type in STATE_TYPES and find_phrases(phrase, c.topic) for c in catalogue.claims):
            scores.update({c.id: 0.0 for c in catalogue.claims if 0 < scores[c.id] < 1 and c.type in STATE_TYPES})
    # a figure's pointer ("That is 15.5% more than a year earlier") goes to every quantity the sentence before
    # measured, each reader keeping the figures of its own measure (a percent for the growth, a sum for the level)
    inherited = [c for c in catalogue.claims if 0 < scores[c.id] < 1
                 and not (c.type == "quantity" and pronoun_anchors(ctx, i, c))]
    if len(inherited) > 1:
        def last_end(c: Claim) -> int:
            return max((end for _, end, _ in find_phrases(ctx.folded[i - 1], c.topic)), default=-1)
        # a referent points back only at a thing of its kind ("these jets": the fighters, not the air defence
        # systems named beside them), and only when the sentence before names exactly one thing of that kind:
        # "The agreement entered into force" after a sentence naming the treaty and the free trade agreement
        # is neither, nor is "It" after two (claims named by the same last words, "trade" for its sum and its
        # growth, are one thing)
        fits = [c for c in inherited if refers_to(ctx, i, c)] or (inherited if ctx.folded[i].startswith("it ") else [])
        if len(fits) > 1 and len({last_end(c) for c in fits}) > 1:
            scores.update({c.id: 0.0 for c in inherited})
            inherited = []
        elif fits:
            scores.update({c.id: 0.0 for c in inherited if c not in fits})
            inherited = fits
    if len(inherited) > 1:
        # otherwise a pointer after a sentence naming two subjects refers to the one named last (recency); claims
        # named by the same last words ("trade": its sum and its growth) are all referred to
        latest = max(last_end(c) for c in inherited)
        scores.update({c.id: 0.0 for c in inherited if last_end(c) < latest})
    for claim in catalogue.claims:
        topic = scores[claim.id]
        if topic <= 0:
            continue
        reader = READERS[claim.type]
        for reading in reader(ctx, i, claim, catalogue, topic):
            out.append(reading)
    return out


def topic_score(ctx: Context, i: int, claim: Claim) -> float:
    """1.0 when the sentence names the claim's subject; 0.7 when it points back to the previous sentence
    that does ("these aircraft"); 0 otherwise. Person claims are found through their office titles.
    Scored once per page, sentence and claim (the reader, the cue parse and the developments reader each ask;
    ctx.topics): the score reads only the prepared page and the parses of its sentences."""
    key = (i, id(claim), ctx.memo is not None, getattr(ctx, "lang", "en"))
    known = ctx.topics.get(key)
    if known is not None and known[0] is claim:
        return known[1]
    score = _topic_score(ctx, i, claim)
    ctx.topics[key] = (claim, score)
    return score


def _topic_score(ctx: Context, i: int, claim: Claim) -> float:
    if claim.type == "person":
        # The office word ("foreign minister") is enough to look; read_person matches the full titles.
        return 1.0 if find_phrases(ctx.folded[i], claim.topic + claim.titles) or COUNTERPART.search(ctx.folded[i]) \
            else 0.0
    if find_phrases(ctx.folded[i], claim.topic):
        return 1.0
    if claim.type in ("status", "event") and generic_named(ctx, i, claim):
        return 1.0
    if claim.counterparts and counterpart_talks(ctx, i, claim) is not None:
        return 1.0
    if claim.type == "quantity" and verb_anchors(ctx, i, claim):
        return 1.0
    if claim.type == "quantity" and pronoun_anchors(ctx, i, claim):
        return 0.7
    pointer = pointer_at(ctx, i) if i > 0 else None
    if pointer is not None and find_phrases(ctx.folded[i - 1], claim.topic) and (
            pointer.group(0).startswith(("the ", "this ", "these ", "those ")) or refers_to(ctx, i, claim)):
        # with no definite determiner ("Negotiations resumed …", "A full agreement was signed …") only a thing of
        # the referent's kind
        return 0.7
    if pointer is not None and i > 1 and pointer.start() == 0 and ctx.folded[i][pointer.end():].startswith(",") \
            and pointer.group(0).startswith(("the ", "this ", "these ", "those ")) \
            and claim.type in STATE_TYPES and refers_to(ctx, i, claim) and far_antecedent(ctx, i, claim):
        return 0.7
    if i > 0 and continues_topic(ctx, i, claim):
        return 0.7
    if claim.type in ("status", "event") and thing_pronoun(ctx, i, claim):
        return 0.7
    return 0.0


# how many sentences back a definite referent may reach past sentences naming nothing of its kind (claims.reader.
# far_antecedent)
ANTECEDENT_REACH = 3


def far_antecedent(ctx: Context, i: int, claim: Claim) -> bool:
    """Does the definite referent opening sentence `i` with a phrase set off on it ("The treaty, in force since
    October 2025, …", "The agreement, signed in January, will replace …"; _topic_score asks only then) point past
    one or two sentences that name nothing of its kind (a quote, "The answer lies in the text.") at an earlier
    sentence naming the claim's subject? Each sentence between must name no catalogue referent (no other deal,
    treaty or system the pointer could mean). A referent inside the sentence ("the potential signing of the
    treaty") is left to the sentence before (a first form that took it too read a directive's "potential signing
    of the treaty" as the signing, two sentences after the draft's name)."""
    if ctx.kinds is None:
        return False
    for j in range(i - 1, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        if j < i - 1 and (find_phrases(ctx.folded[j], claim.topic) or generic_named(ctx, j, claim)):
            return True
        if ctx.kinds.search(ctx.folded[j]):
            return False  # a thing of some kind named between: the pointer may mean it
    return False


def pointer_at(ctx: Context, i: int) -> "re.Match[str] | None":
    """The first pointer back (ctx.anaphora: "these aircraft") in sentence `i`'s folded text; None without one or
    without referents. Searched once per sentence (every claim's topic_score asks, and the reader)."""
    if ctx.anaphora is None:
        return None
    text = ctx.folded[i]
    known = ctx.pointers.get(i)
    if known is None or known[0] is not text or known[1] is not ctx.anaphora:
        known = (text, ctx.anaphora, ctx.anaphora.search(text))
        ctx.pointers[i] = known
    return known[2]


def refers_to(ctx: Context, i: int, claim: Claim) -> bool:
    """Is the referent of sentence `i`'s pointer back ("the agreement", "these jets") a word of the claim's own
    question or descriptions, a thing of the claim's kind? False without a pointer."""
    found = pointer_at(ctx, i)
    if found is None:
        return False
    words = fold(" ".join([claim.question, *claim.topic, *(d for st in claim.states for d in st.describe)]))

    def of_the_claim(word: str) -> bool:
        # "deliveries" of "delivered", "agreement" of "agreements"
        stem = word[:6] if len(word) > 6 else word.rstrip("s")
        return bool(re.search(rf"\b{re.escape(stem)}", words))

    noun = found.group("noun")
    if not of_the_claim(noun):
        return False
    if found.group(0).startswith(("the ", "this ", "these ", "those ")):
        return True
    # with no definite determiner the noun phrase's own words are the claim's too ("A full agreement on free
    # trade", of Iran's full free-trade agreement with the union; not "A new agreement on visas")
    after = re.match(r"\s+(?:on|for|of)\s+((?:[a-z-]+\s*){1,2})", ctx.folded[i][found.end():])
    own = found.group(0)[:found.start("noun") - found.start()].split()[1:] + (after.group(1).split() if after else [])
    return all(of_the_claim(w) for w in own if w not in ("a", "an", "the"))


def thing_pronoun(ctx: Context, i: int, claim: Claim) -> bool:
    """A tracked thing's state given by "it" for it in the next sentence ("The strategic partnership treaty … was
    signed in January. It entered into force on Thursday"): "it" opens the sentence as the subject of its main
    verb (or of the verb a speaker's "…, the ministry said" reports), the sentence names no tracked subject of its
    own, and the sentence before has the claim's subject as the subject of its main clause, naming no other
    tracked thing there; that subject may be a definite referent of the claim's kind that points back to it in turn
    ("The pact was signed in January … It came into effect …": topic_score). Source: spaCy's English parse (nsubj,
    nsubjpass, ccomp)."""
    if i == 0 or not ctx.folded[i].startswith("it "):
        return False
    # the sentence before names the thing itself, or points back to it with a definite referent
    # ("The pact was signed in January … It came into effect days after …": the pact is the treaty)
    pointer = None if find_phrases(ctx.folded[i - 1], claim.topic) else pointer_at(ctx, i - 1)
    if pointer is None and not find_phrases(ctx.folded[i - 1], claim.topic):
        return False
    if pointer is not None and not (pointer.group(0).startswith(("the ", "this "))
                                    and topic_score(ctx, i - 1, claim) > 0):
        return False
    doc, before = figure_doc(ctx, i), figure_doc(ctx, i - 1)
    if doc is None or before is None or not len(doc) or doc[0].lower_ != "it":
        return False
    first = doc[0]
    if first.dep_ not in ("nsubj", "nsubjpass") or not (first.head.dep_ == "ROOT" or (
            first.head.dep_ == "ccomp" and first.head.head.dep_ == "ROOT")):
        return False
    root = before[:].root
    heads = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    for subject in (c for v in heads for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        span = [t for t in subject.subtree]
        text = before.text[span[0].idx:span[-1].idx + len(span[-1].text)]
        # the subject's own head word is the thing ("the … treaty between Russia and Iran", not "Russia's
        # partner in the treaty")
        start = span[0].idx
        if any(start + a <= subject.idx < start + b for a, b, _ in find_phrases(fold(text), claim.topic)):
            return True
        if pointer is not None and pointer.start("noun") <= subject.idx < pointer.end():
            return True  # the referent itself is the subject ("The pact was signed …")
    return False


def verb_anchors(ctx: Context, i: int, claim: Claim) -> list[tuple[int, int, str]]:
    """The measured thing named by a verb, not a noun: a one-word cue of a quantity claim used as the verb whose
    subject (with a "with" partner) names all the claim's parties or "the two countries" ("Iran and Russia
    traded $4.8bn worth of goods in 2024", "Iran traded goods worth $2bn with Russia"): (start, end, lemma),
    sentence offsets. Empty without a parse. Source: the nsubj, prep and pobj relations of spaCy's English parse."""
    words, forms, verb_nouns = anchor_words(claim.cues)
    present = set(re.findall(r"[a-z]+", ctx.folded[i]))
    pairs = {(v, n) for v, n, nouns in verb_nouns if nouns & present}
    if not (forms & present or pairs):
        return []
    doc = figure_doc(ctx, i)
    if doc is None:
        return []
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in words or any(
                v == lemma and light_object(verb, n) for v, n in pairs)):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in LEXICON["en"]["subdivision"] for s in subjects):
            continue  # "the southern Russian region of Astrakhan did $620 million of trade with Iran": a region's
        own = [t for t in verb.subtree if not any(t in s.subtree for s in subjects)]
        partners = [g for c in own if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        named = fold(" ".join(t.text for s in subjects + partners for t in s.subtree))
        pair = any(s.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in s.children)
                   for s in subjects)
        if pair or all(find_phrases(named, ctx.party_aliases.get(p, ())) for p in claim.parties):
            out.append((verb.idx, verb.idx + len(verb.text), verb.lemma_.lower()))
    return out


@lru_cache(maxsize=256)
def anchor_words(cues: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str],
                                                 tuple[tuple[str, str, frozenset[str]], ...]]:
    """verb_anchors' words of a claim's cues, once per cues: the one-word cues (lower case), their inflected forms
    but themselves, and each two-word cue of a verb and its object noun ("do business": "companies did $4.8
    billion of business with each other") with the noun's forms."""
    words = tuple(c.lower() for c in cues if c.isalpha())
    forms = frozenset({f for w in words for f in inflections(w)} - set(words))
    pairs = {tuple(c.lower().split()) for c in cues if len(c.split()) == 2 and c.replace(" ", "").isalpha()}
    return words, forms, tuple((v, n, frozenset(inflections(n))) for v, n in pairs)


def light_object(verb: Any, noun: str) -> bool:
    """Does `verb` take the noun `noun` (a lemma) as its object, directly or as what its object measures ("did
    business worth $4.8 billion", "did $4.8 billion of business")? Source: spaCy's English parse (dobj, prep
    "of", pobj)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() == noun:
            return True
        if any(p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() == noun for g in p.children)
               for p in obj.children if p.dep_ == "prep"):
            return True
    return False


# prepositions a generic noun may take without naming another thing: the venue and the partner ("a pact in the
# Kremlin", "a treaty with Tehran")
GENERIC_PREPOSITIONS = frozenset({"in", "at", "with", "between"})


def generic_named(ctx: Context, i: int, claim: Claim) -> bool:
    """Does sentence `i` name the claim's subject by a generic noun of the catalogue's `generic` ("Russia and Iran
    signed a pact on Friday that deepens their ties")? The noun is the object (or passive subject) of a verb whose
    subject (or agent), with a "with" partner, names all the claim's parties, and nothing names the noun's own kind:
    no compound, possessor or prepositional phrase of its own ("a security pact", "Iran's pact", "a pact on visas";
    a venue, a partner or a date may follow). Source: spaCy's English parse (dobj, nsubjpass, nsubj, agent, prep)."""
    if not claim.generic or not any(re.search(rf"\b{re.escape(g)}", ctx.folded[i]) for g in claim.generic):
        return False
    doc = figure_doc(ctx, i)
    if doc is None:
        return False
    for noun in doc:
        if noun.lemma_.lower() not in claim.generic or noun.dep_ not in ("dobj", "nsubjpass") \
                or noun.head.pos_ != "VERB":
            continue
        if any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ not in GENERIC_PREPOSITIONS
                                                          and not any(g.ent_type_ == "DATE" for g in c.children))
               for c in noun.children):
            continue
        verb = noun.head
        actors = [c for c in verb.children if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else \
            [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        actors += [g for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ in ("with", "between")
                   for g in c.children if g.dep_ == "pobj"]
        named = fold(" ".join(t.text for a in actors for t in a.subtree))
        if all(find_phrases(named, ctx.party_aliases.get(p, ())) for p in claim.parties):
            return True
    return False



@dataclass(frozen=True)
class Talk:
    """Talks between a claim's party and a counterpart named in a sentence (counterpart_talks): the offsets in the
    sentence of the words that tell them (the verb holding them, "held", "wrapped up", "met", or else the noun of the
    talks) and whether they are told held (a verb of holding, finishing or meeting: LEXICON `hold_talks`, `finish`,
    `meet`)."""
    start: int
    end: int
    held: bool


def counterpart_talks(ctx: Context, i: int, claim: Claim) -> Talk | None:
    """Do the words of sentence `i` name talks between the claim's party and one of its `counterparts` ("Iranian and
    US negotiators wrapped up a second round", "Araghchi and Witkoff have met five times", "the next round of
    exchanges with Washington")? The sides are the words of the talks' noun phrase (its modifiers, "between" and
    "with") and of the verb holding them (its subject, object and "with" partner); the same talks named with another
    subject ("talks on a prisoner swap", "trade talks") are not. They must name a counterpart, no third country (a
    mediator or a venue is no side: it stands elsewhere), and the party, unless the page's title or lead names it
    (the page is the party's). Read on the English parse, or without one by the language's `talks` words followed
    within TALK_WINDOW words by the sides (claims.languages). Memoised on the context (topic_score and scope_score
    ask)."""
    key = (i, claim.id)
    if key not in ctx.talks:
        ctx.talks[key] = _counterpart_talks(ctx, i, claim) if claim.counterparts else None
    return ctx.talks[key]


def _counterpart_talks(ctx: Context, i: int, claim: Claim) -> Talk | None:
    folded = ctx.folded[i]
    if ctx.lang != "en":
        return talks_by_words(ctx, i, claim)
    if not (countries_in(ctx.sentences[i].text, ctx.places) & counterpart_countries(claim, ctx.places)
            or find_phrases(folded, counterpart_words(claim, ctx.places))):
        return None
    if not TALK_FORMS.search(folded):
        return None
    doc = figure_doc(ctx, i)
    if doc is None:
        return None
    lexicon = LEXICON["en"]
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lexicon["meet"]:
            # the small model hangs an object's origin on the verb ("met political directors from Britain, …")
            sides = [c for c in token.children if c.dep_ in ("nsubj", "dobj")] + partners_of(token, ("from",))
            if talks_between(ctx, i, claim, sides):
                return Talk(token.idx, token.idx + len(token.text), True)
        if token.pos_ not in ("NOUN", "PROPN") or lemma not in lexicon["talk_noun"] or token.dep_ == "compound" \
                or another_subject(token, claim):
            continue
        sides = own_sides(token, claim)
        # "two days of indirect contacts …", "a round of exchanges …": the noun measured stands for the talks
        carrier = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.pos_ == "NOUN" else token
        verb = carrier.head if carrier.dep_ in ("dobj", "nsubj", "nsubjpass") and carrier.head.pos_ in ("VERB", "AUX") \
            and carrier.head.i != carrier.i else None
        if verb is not None:
            sides += [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i != carrier.i] + partners_of(verb)
        if talks_between(ctx, i, claim, sides):
            held = verb is not None and (verb.lemma_.lower() in lexicon["hold_talks"] | lexicon["finish"]
                                         or (verb.lemma_.lower() == "take"
                                             and any(c.lemma_.lower() == "place" for c in verb.children)))
            word = verb if held and verb is not None else token
            return Talk(word.idx, word.idx + len(word.text), held)
    return None


# the forms of LEXICON en `talk_noun` and `meet` (a sentence with none of them is not parsed for talks)
TALK_FORMS = re.compile(r"\b(?:" + "|".join(sorted(
    {f for w in LEXICON["en"]["talk_noun"] | LEXICON["en"]["meet"] for f in inflections(w)} | {"met"},
    key=len, reverse=True)) + r")\b")
# prepositions whose object is what talks are about (another subject than the claim's unless it names it)
ABOUT = frozenset({"on", "over", "about", "regarding", "concerning", "for"})


def partners_of(verb: Any, more: tuple[str, ...] = ()) -> list[Any]:
    """The objects of the verb's "with" and "between" ("met with Witkoff", "negotiated with the Europeans"), and of
    the prepositions `more`."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "between", *more)
            for g in c.children if g.dep_ == "pobj"]


def own_sides(noun: Any, claim: Claim) -> list[Any]:
    """The sides a noun of talks names itself: its modifiers ("Iran-US talks", "Tehran's negotiations"), the objects
    of its "between" and "with", and those of a noun of talks after its "of" ("a round of exchanges with
    Washington")."""
    out = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in ("between", "with", "among"):
                out.append(obj)
            elif prep.lower_ == "of" and obj.lemma_.lower() in LEXICON["en"]["talk_noun"]:
                out += own_sides(obj, claim)
    return out


def another_subject(noun: Any, claim: Claim) -> bool:
    """Does the noun of talks name a subject of its own that is not the claim's: a modifier naming no side ("trade
    talks", "prisoner exchange", "security consultations"), or what it is about ("talks on a prisoner swap", "talks
    over Ukraine"; a date is no subject: "talks on Sunday")?"""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG", "DATE") \
                and child.lemma_.lower() not in LEXICON["en"]["talk_noun"]:
            return True
        if child.dep_ == "prep" and child.lower_ in ABOUT:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(o.ent_type_ not in ("DATE", "TIME") and not find_phrases(
                    fold(" ".join(t.text for t in o.subtree)), claim.topic) for o in objects):
                return True
    return False


def talks_between(ctx: Context, i: int, claim: Claim, sides: list[Any]) -> bool:
    """Do the words of `sides` (parse tokens, each with its subtree) name a counterpart of the claim and no third
    country, and the claim's party? The party may go unnamed ("Araghchi and Witkoff have met") where two sides are
    there (a conjunct, a "with" or "between" partner, a verb's object) and the page's title or lead names the party
    and a counterpart: the page is about their talks."""
    if not sides:
        return False
    venue = LEXICON["en"]["venue"]
    # a place after "in" or "at" is the venue, no side ("negotiators in Rome")
    text = " ".join(t.text for s in sides for t in s.subtree if not any(
        a.dep_ == "prep" and a.lower_ in venue and s.left_edge.i <= a.i <= s.right_edge.i for a in t.ancestors))
    paired = any(s.dep_ in ("pobj", "dobj") or any(t.dep_ == "conj" for t in s.subtree) for s in sides)
    return sides_named(ctx, claim, text, fold(text), paired)


def sides_named(ctx: Context, claim: Claim, text: str, folded: str, paired: bool = False) -> bool:
    """counterpart_talks' test of the words naming the sides (`text`, and its folded form; `paired`: two sides are
    named, so the party may be the page's)."""
    countries = countries_in(text, ctx.places)
    counterparts = counterpart_countries(claim, ctx.places)
    if countries - claim_countries(claim, ctx) - counterparts or any(
            find_phrases(folded, aliases) for party, aliases in ctx.party_aliases.items() if party not in claim.parties):
        return False  # a third country takes part (or another party of the catalogue, named as its leader is)
    if not names_a_counterpart(claim, ctx.places, countries, folded):
        return False
    if all(find_phrases(folded, ctx.party_aliases.get(p, ())) for p in claim.parties):
        return True
    return paired and page_of_the_talks(ctx, claim)


def page_of_the_talks(ctx: Context, claim: Claim) -> bool:
    """Do the page's title and lead (its first sentence, dateline included) name the claim's party and a
    counterpart?"""
    head = ctx.title + " " + (ctx.text[:ctx.sentences[0].end] if ctx.sentences else "")
    return names_a_counterpart(claim, ctx.places, countries_in(head, ctx.places), fold(head)) and all(p in ctx.title_parties or (bool(ctx.parties) and p in ctx.parties[0])
                               for p in claim.parties)


# words after a word of talks where their sides stand: six, since Arabic's "indirect" takes two ("المحادثات غير المباشرة
# بين إيران والولايات المتحدة", lang25)
TALK_WINDOW = 6


def talks_by_words(ctx: Context, i: int, claim: Claim) -> Talk | None:
    """counterpart_talks without a parse: a word of the language's talks (ctx.talk_words) followed within TALK_WINDOW
    words of its clause by the sides ("контактов между Ираном и США", "گفتگوهای غیرمستقیم ایران و آمریکا",
    "المحادثات بين إيران والولايات المتحدة")."""
    if ctx.talk_words is None:
        return None
    folded, words = ctx.folded[i], ctx.sentences[i].text.split()
    for found in ctx.talk_words.finditer(folded):
        rest = re.split(r"[,;:.!?()«»\"،؛]", folded[found.end():], maxsplit=1)[0]
        window = rest.split()[:TALK_WINDOW]
        # the same words as written (the names of countries are found in their capitals): folding keeps the spaces
        first = len(folded[:found.end()].split()) - (0 if folded[found.end():found.end() + 1].isspace() else 1)
        written = " ".join(w.strip(".,;:!?()«»\"،؛") for w in words[first:first + len(window)])
        if window and sides_named(ctx, claim, written, " ".join(window)):
            return Talk(found.start(), found.end(), False)
    return None


def names_a_counterpart(claim: Claim, places: Places, countries: frozenset[str], folded: str) -> bool:
    """Do words naming `countries` (claims.entities' codes) and reading `folded` name one of the claim's
    counterparts: all the countries of one of its groups, or one of its names of no country?"""
    return any(group <= countries for group in counterpart_groups(claim, places)) or bool(
        find_phrases(folded, counterpart_words(claim, places)))


def counterpart_countries(claim: Claim, places: Places = NO_PLACES) -> frozenset[str]:
    """The countries among the claim's `counterparts` (claims.entities' codes): those of all its groups."""
    return frozenset().union(*counterpart_groups(claim, places))


def counterpart_groups(claim: Claim, places: Places = NO_PLACES) -> tuple[frozenset[str], ...]:
    """The countries of each of the claim's `counterparts` that names countries: one ("US") or a group named whole
    ("Britain, France and Germany": talks with one of them alone are not with the group)."""
    return _counterpart_groups(claim.counterparts, places) if claim.counterparts else ()


@lru_cache(maxsize=64)
def _counterpart_groups(counterparts: tuple[str, ...], places: Places) -> tuple[frozenset[str], ...]:
    return tuple(g for g in (countries_in(name, places) for name in counterparts) if g)


def counterpart_words(claim: Claim, places: Places = NO_PLACES) -> tuple[str, ...]:
    """The claim's `counterparts` that name no country (a group, an envoy: "E3", "Witkoff"), as phrases."""
    return tuple(n for n in claim.counterparts if not countries_in(n, places))


def claim_countries(claim: Claim, ctx: Context) -> frozenset[str]:
    """The countries of the claim's own parties (Iran's for a claim of Iran alone)."""
    return _party_countries(tuple((p, tuple(ctx.party_aliases.get(p, ()))) for p in claim.parties), ctx.places)


def round_finished(ctx: Context, i: int, catalogue: Catalogue, span: tuple[int, int]) -> bool:
    """Is the cue at `span` a verb of finishing (LEXICON `finish`) whose subject is a noun of talks ("the session
    has ended", "the round concluded")? What it tells is one round done. False without a parse. Source: spaCy's
    English parse (nsubj, nsubjpass)."""
    doc = sentence_doc(ctx, i, catalogue) or figure_doc(ctx, i)
    if doc is None or doc.text != ctx.sentences[i].text:
        return False
    token = cue_token(doc[:], *span)
    words = LEXICON["en"]
    return token is not None and token.lemma_.lower() in words["finish"] and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words["talk_noun"] for c in token.children)


def talks_held(ctx: Context, i: int, claim: Claim, topic: float) -> list[Reading]:
    """No cue, but talks with a counterpart told held ("Iranian and US negotiators wrapped up a second round",
    "X and Y have met five times", "the next round … would take place in Muscat on Sunday"): the claim's process
    state (the talks going on), at the verb that holds them, stated as that verb is (a plan, a negation, a hedge)."""
    talk = counterpart_talks(ctx, i, claim)
    process = next((s for s in claim.states if s.process), None)
    if talk is None or not talk.held or process is None or topic < 1:
        return []
    span = (talk.start, talk.end)
    scope = scope_score(ctx, i, claim, span)
    if scope <= 0:
        return []
    words = ctx.sentences[i].text[talk.start:talk.end]
    return [make_reading(ctx, i, claim, process.value, words, span, topic * scope * 0.8, modality_at(ctx, i, span))]


def pronoun_anchors(ctx: Context, i: int, claim: Claim) -> list[tuple[int, int, str]]:
    """The measured thing named by a pointer back: a pronoun ("it", "that", "this": LEXICON `back_pronoun`) or a
    definite noun for a figure ("the figure", "this total": `back_figure`, `definite`) as the subject of the
    sentence's main verb, or of the clause a verb of saying reports ("It grew by 15.5% compared with 2023, the
    ambassador said"), right after a sentence whose main (or reported) clause has the measured thing as its subject
    or whose main verb measures it ("Iran and Russia traded goods worth …", verb_anchors) ("Last year's turnover has
    not been published. In 2024 it reached $4.8 billion"; "How is trade?" / "It grew last year, to about $4.8
    billion"; "Trade between Russia and Iran reached $4.8 billion in 2024, the ambassador
    said. According to him, that is 15.5% more than a year earlier"): [(start, end, word)], sentence offsets; empty
    otherwise or without a parse. A pointer other than "it" points at no figure of another country or bloc: the
    sentence before names none (China's trade with Russia, the bloc's total); scope_score asks for the parties.
    Source: the nsubj/nsubjpass/ccomp/det relations of spaCy's English parse."""
    words_en = LEXICON["en"]
    if i == 0 or not re.search(r"\d", ctx.folded[i]) or not (
            set(re.findall(r"[a-z]+", ctx.folded[i])) & (words_en["back_pronoun"] | words_en["back_figure"])):
        return []
    words = claim.cues or claim.topic
    verbs = verb_anchors(ctx, i - 1, claim)  # "Iran and Russia traded goods worth $4.8 billion in 2024"
    if not (find_phrases(ctx.folded[i - 1], words) or verbs) or find_phrases(ctx.folded[i], words):
        return []
    doc, before = figure_doc(ctx, i), figure_doc(ctx, i - 1)
    if doc is None or before is None:
        return []
    subject = next((s for s in main_subjects(doc[:].root) if pointer_subject(s)), None)
    if subject is None:
        return []
    if subject.lower_ != "it" and (bool(countries_in(ctx.sentences[i - 1].text, ctx.places) - ctx.party_countries)
                                   or bool(ctx.blocs and ctx.blocs.search(ctx.sentences[i - 1].text))):
        return []
    # the main clause's subject, or that of the clause a label heads ("Q: How is trade?") or a verb of saying reports
    earlier = before[:].root
    named = main_subjects(earlier) + [c for v in earlier.children if v.dep_ in ("ccomp", "parataxis")
                                      and earlier.pos_ not in ("VERB", "AUX") for c in v.children
                                      if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(find_phrases(fold(" ".join(t.text for t in c.subtree)), words)
               and find_phrases(fold(c.text), words) for c in named) and not any(
            c.head.idx == start for c in named for start, _, _ in verbs):
        return []  # the sentence before is about something else, the measured thing only a word in it
    return [(subject.idx, subject.idx + len(subject.text), subject.lower_)]


def main_subjects(root: Any) -> list[Any]:
    """The subjects of a parse's main clause (`root`), and of the clause it reports when the root is a verb of
    saying ("…, the ambassador said", LEXICON `say`). Source: spaCy's English parse (nsubj, nsubjpass, ccomp)."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.lemma_.lower() in LEXICON["en"]["say"]:
        subjects += [c for v in root.children if v.dep_ == "ccomp" for c in v.children
                     if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def pointer_subject(token: Any) -> bool:
    """Is the subject `token` a pointer back at a figure: a pronoun of LEXICON `back_pronoun` ("it", "that") or a
    `back_figure` noun with a `definite` determiner ("the figure", "this total")?"""
    words = LEXICON["en"]
    if token.lower_ in words["back_pronoun"]:
        return True  # the small model tags a subject "that" as a determiner or an adverb as often as a pronoun
    return token.lemma_.lower() in words["back_figure"] and any(
        c.dep_ == "det" and c.lower_ in words["definite"] for c in token.children)


# Nouns that name a pair of states as a verb's subject with "two" or "both" ("the two countries traded …").
PAIR_NOUNS = frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "partner"})


def continues_topic(ctx: Context, i: int, claim: Claim) -> bool:
    """A sentence that names no subject of its own but states one of the claim's states in several words
    ("... were admitted as full members") right after a sentence naming the claim's subject goes on about it,
    unless it names a bloc that is not that subject."""
    if not claim.states or not find_phrases(ctx.folded[i - 1], claim.topic):
        return False
    cues = tuple(c for state in claim.states for c in state.cues if len(c.split()) > 1 and "*" not in c)
    if not find_cues(ctx.folded[i], cues):
        return False
    if ctx.blocs is not None:
        for m in ctx.blocs.finditer(ctx.sentences[i].text):
            if not find_phrases(fold(m.group()), claim.topic):
                return False  # another grouping's membership
    return True


def scope_score(ctx: Context, i: int, claim: Claim, span: tuple[int, int]) -> float:
    """Are the claim's parties (Iran, Russia) in scope of the words at `span` (offsets in the sentence)?
    In the same clause: 1.0; elsewhere in the sentence: 0.9; in the previous sentence or the title: 0.75; in
    the lead (the first sentence): 0.7 — but never when the clause is about some other country instead
    (another country's S-400 deal). A `placed` claim's name in the sentence names its parties there (0.9)."""
    sentence = ctx.sentences[i].text
    clause = clause_at(sentence, span)
    clause_text = fold(sentence[clause[0]:clause[1]])
    # a capital after a preposition of place is the venue of the act, not its country acting ("Negotiations
    # resumed in Vienna … continue", "signed on the sidelines of a summit in Astana")
    clause_countries = countries_in(sentence[max(clause[0], span[0] - 60):phrase_end(sentence, span[1], clause[1])],
                                    ctx.places, ctx.venue)
    score = 1.0
    for party in claim.parties:
        aliases = ctx.party_aliases.get(party, ())
        if aliases and find_phrases(clause_text, aliases):
            continue
        if clause_countries - ctx.party_countries - member_countries(claim, ctx.places) \
                and counterpart_talks(ctx, i, claim) is None:
            # the clause names another country but not this party: a distractor (talks with a counterpart had their
            # sides read already: a mediator or a venue beside them is none)
            return 0.0
        if party in ctx.parties[i] or (claim.placed and find_phrases(fold(sentence), claim.topic)):
            # the party named in the sentence, or by the claim's own name ("the Rasht-Astara railway")
            score = min(score, 0.9)
        elif (i > 0 and party in ctx.parties[i - 1]) or party in ctx.title_parties:
            score = min(score, 0.75)
        elif i > 0 and party in ctx.parties[0]:
            # the party the article's lead names is what the article is about ("TEHRAN - Iran said …" and,
            # paragraphs later, "the nuclear deal expired on Saturday")
            score = min(score, 0.7)
        else:
            return 0.0
    return score


# Leading title words the name reader may keep ("First Vice-President Mohammad Mokhber").
TITLE_WORDS = re.compile(r"^(?:(?:First|Vice|Deputy|Acting|Interim|Chief|Vice-President|President|Minister|"
                         r"Prime|Foreign|Defen[cs]e|General|Speaker)[\s-]+)+")
# Headline future: "Su-35 jets to arrive", "Iran to join SCO" (in body text "voted to ratify" is done).
INFINITIVE = re.compile(r"\b(to|will|would|shall)\s+(?:be\s+)?$")
PLAN_IN_GAP = re.compile(r"\b(to|will|would|shall|could|may|might|set to|due to)\b")
COUNTERPART = re.compile(r"\bcounterparts?\b")
# The cue of a holder whose tenure the parse ends (claims.analysis.settle_tenures, claims.offices.tenure_ended).
TENURE_CUE = "tenure ended"


def phrase_end(sentence: str, start: int, limit: int) -> int:
    """End of the phrase that follows a value's words: the next comma, semicolon or dash."""
    m = re.compile(r"[,;–—]|\s-\s").search(sentence, start, limit)
    return m.start() if m else limit


COORDINATION = re.compile(r",\s+(?:and|but|yet|so)\s+|;\s+")


def clause_at(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clause holding `span`; coordinated main clauses (", and …") count as separate clauses."""
    start, end = next(((a, b) for a, b in clauses(sentence) if a <= span[0] < b), (0, len(sentence)))
    for m in COORDINATION.finditer(sentence, start, end):
        if m.end() <= span[0]:
            start = m.end()
        elif m.start() >= span[1]:
            end = m.start()
            break
    return start, end


# Past markers that recount an earlier state ("formerly an observer", "until 2023"). "since 2005", "had been",
# "once" and "ago" are left out: "a full member since 2023" and "joined two years ago" describe the present.
STRONG_PAST = {"at the time", "used to", "previously", "formerly", "former", "predecessor", "then-", "until"}
# Denials that govern a whole sentence ("Tehran denied reports that…"); "despite rumours" is not one.
STRONG_DENIAL = {"denied", "rejected", "dismissed", "refuted", "did not confirm", "called baseless", "no truth",
                 "fake news", "baseless"}
NEGATION_REACH, FUTURE_REACH, PAST_REACH = 45, 45, 50
HEDGE_BEFORE, HEDGE_AFTER = 90, 70


def modality_at(ctx: Context, i: int, span: tuple[int, int], cue: str = "") -> Modality:
    """How the words at `span` are stated, each marker judged over the reach it has in English: negation
    and future just before the verb ("has not yet received", "is expected to sign"), hedges within the
    clause ("reportedly", "an MP claimed"), denials across the sentence ("Tehran denied reports that…"),
    and past markers next to the words ("formerly an observer")."""
    sentence = ctx.sentences[i].text
    c_start, c_end = clause_at(sentence, span)
    before = read_modality(sentence[max(c_start, span[0] - NEGATION_REACH):span[1]])
    # nor is a cue made of a plan denied a plan by its words ("has no plans to supply": a refusal now; "=planned"
    # stays one)
    own = read_modality(fold(cue)) if cue else None
    future = read_modality(sentence[max(c_start, span[0] - FUTURE_REACH):span[1]]).future and not (
        own is not None and own.future and own.negated and not read_modality(sentence[max(
            c_start, span[0] - FUTURE_REACH):span[0]]).future)
    clause = read_modality(sentence[max(c_start, span[0] - HEDGE_BEFORE):min(c_end, span[1] + HEDGE_AFTER)])
    if clause.hedged and own is not None and negated_modal(own):
        # a cue made of a negated modal ("=would not go ahead": a cancellation told in reported speech) is not
        # hedged by its own "would"; a hedge around it still counts (en23)
        around_cue = sentence[max(c_start, span[0] - HEDGE_BEFORE):span[0]] + " … " + \
            sentence[span[1]:min(c_end, span[1] + HEDGE_AFTER)]
        clause = dc_replace(clause, hedged=read_modality(around_cue).hedged)
    whole = read_modality(sentence)
    denied = any(label in STRONG_DENIAL for label in whole.cues)
    around = read_modality(sentence[max(c_start, span[0] - PAST_REACH):min(c_end, span[1] + PAST_REACH)])
    past = any(label in STRONG_PAST for label in around.cues)
    # a cue whose own words are a negation ("has not agreed", "ruled out") is not negated by them
    negated = before.negated and not (cue and (NEGATION_IN_CUE.search(fold(cue)) or read_modality(fold(cue)).negated))
    cues = tuple(dict.fromkeys(before.cues + clause.cues))
    return Modality(negated, denied, clause.hedged, future, past, cues)


def negated_modal(own: Modality) -> bool:
    """Is a cue's own modality (read_modality of its folded words) a negated modal ("would not go ahead", "will not
    take place")? Such a cue tells a cancellation now: its "would" or "will" is no plan or hedge of the statement."""
    return own.negated and (own.future or own.hedged)


def sentence_date(ctx: Context, i: int, last: bool = False) -> date | None:
    """The latest explicit date in the sentence (not relative words like "last year"): a date given by its
    year or month alone as its first day, or with `last` as its last ("in 2024": 2024-01-01, or 2024-12-31)."""
    found = [d.last_day() if last else d.as_date() for d in find_dates(ctx.sentences[i].text, ctx.ref)
             if not d.relative]
    found = [d for d in found if d is not None]
    return max(found) if found else None


def is_stale(ctx: Context, when: date | None) -> bool:
    """Is `when` more than STALE_DAYS before the document's date (history, not news)?"""
    return bool(when and ctx.ref and (ctx.ref - when).days > STALE_DAYS)


# the cue a reading inferred from a later state still ahead carries (claims.compare.evidence reports it)
PRESUPPOSES = "presupposes "


def presupposed_reading(reading: Reading, value: str) -> Reading:
    """`reading` turned into the state its later state takes for granted (`value`, the catalogue's
    `presupposes`), stated as a fact at 0.8 of its score, its cues marked with PRESUPPOSES + value: the one
    shape claims.statements.presupposed (English) and claims.languages.presupposed_in (by words) give it."""
    return dc_replace(reading, value=value, future=False, negated=False, score=round(reading.score * 0.8, 3),
                      cues=reading.cues + (f"{PRESUPPOSES}{value}",))


def make_reading(ctx: Context, i: int, claim: Claim, value: str, cue: str, span: tuple[int, int],
                 score: float, modality: Modality, dates: tuple[date | None, date | None] | None = None,
                 **extra: object) -> Reading:
    """A Reading of `value` for `claim` in sentence `i`: quote and offsets of the sentence, the cue and its
    span, score, the modality, the sentence's date; a person named in a stale sentence is past. `dates`: the
    statement's own date (its first and its last day) where the caller read it from the parse, instead of the
    sentence's latest."""
    s = ctx.sentences[i]
    when, last = dates if dates is not None else (sentence_date(ctx, i), None)
    # An office holder named in a sentence dated long before the document is history ("FM Zarif … in 2015");
    # "in 2024" is long before only when its last day is ("became minister in 2024", read in March 2025, is not).
    past = modality.past or (claim.type == "person" and is_stale(ctx, when)
                             and is_stale(ctx, last if dates is not None else sentence_date(ctx, i, last=True)))
    return Reading(claim=claim.id, value=value, quote=s.text, start=s.start, end=s.end, cue=cue,
                   cue_start=s.start + span[0], cue_end=s.start + span[1], score=round(score, 3),
                   negated=modality.negated, hedged=modality.hedged, denied=modality.denied,
                   future=modality.future, past=past, dated=when.isoformat() if when else None,
                   cues=modality.cues, **extra)  # type: ignore[arg-type]


def read_state(ctx: Context, i: int, claim: Claim, catalogue: Catalogue, topic: float) -> list[Reading]:
    """Status and event claims: the state whose cue the sentence uses. Among several cues, the longest
    (most specific) that is not about the past wins; ties go to the more advanced state. A second reading:
    of another state asserted when the chosen cue is put ahead, negated or in doubt, or of a cue in a clause
    above the chosen one's."""
    folded = ctx.folded[i]
    candidates = []
    topics = find_phrases(folded, claim.topic) if topic >= 1 else []
    talk = counterpart_talks(ctx, i, claim) if topic >= 1 and not topics else None
    if talk is not None:
        topics = [(talk.start, talk.end, "")]  # the talks' words stand for the subject's name
    for state, start, end, phrase, form in state_cues(ctx, i, claim, catalogue):
        if topics and not topic_in_clause(ctx.sentences[i].text, (start, end), topics):
            continue  # "took delivery of Yak-130s, while Su-35s are expected": the cue is about something else
        if phrase in state.bound and not thing_is_subject(ctx, i, claim, catalogue, (start, end)):
            continue  # "Iranian banks began to operate in the union": a verb any subject may have, not the thing's
        if talk is not None and round_finished(ctx, i, catalogue, (start, end)):
            continue  # "each session has ended with …": a round of the talks held, not the whole at an end
        own_step = not owned_by_third_country(ctx.sentences[i].text, start,
                                              ctx.party_countries | member_countries(claim, ctx.places), ctx.places)
        # "after Belarus's accession": another country's step, unless a gapped remnant names the party
        scope = scope_score(ctx, i, claim, (start, end)) if own_step else 0.0
        gapped = None
        if scope <= 0:
            gapped = gapped_remnant(ctx, i, claim, (start, end))
            if gapped is None:
                continue
            scope = 0.9
        modality = modality_at(ctx, i, (start, end), phrase)
        ahead = ctx.future_words(ctx.sentences[i].text, start, end, phrase) if ctx.future_words else ()
        if ahead and not modality.future:
            # another language's cue put ahead by its own words (restance reads them again on the chosen reading):
            # of two cues, the one done is chosen ("Договор … подписан 17 января и должен пройти ратификацию":
            # signed, its ratification still to come), lang18
            modality = Modality(modality.negated, modality.denied, modality.hedged, True, modality.past,
                                modality.cues + tuple(ahead[:1]))
        if form:
            # the parse says the cue's verb names an act not done: "is delivering", "a decision to deliver"
            modality = Modality(modality.negated, modality.denied, modality.hedged, True, modality.past,
                                modality.cues + (form,))
        candidates.append((state, start, end, phrase, scope, modality, gapped))
    if not candidates:
        return acting_reading(ctx, i, claim, topics, topic) + (
            talks_held(ctx, i, claim, topic) or read_state_by_meaning(ctx, i, claim, topic))
    current = [c for c in candidates if not c[5].past] or candidates

    def strength(c: tuple[Any, ...]) -> tuple[int, int, int, int]:
        # a cue told as what came before ("ont ratifié le traité … trois mois après sa signature") last
        prior = bool(ctx.after_event and ctx.after_event(ctx.sentences[i].text, c[1]))
        return int(not prior), len(c[3].split()), c[2] - c[1], claim.rank(c[0].value)

    def unsure(c: tuple[Any, ...]) -> bool:
        return bool(c[5].future or c[5].hedged or c[5].negated)

    # of one state's cues, those asserted first ("signed the agreement, which will eliminate tariffs once it is
    # ratified": the signing, not the ratification still to come)
    current = [c for c in current if not unsure(c) or all(unsure(d) for d in current if d[0] is c[0])]
    current = [c for c in current if c not in subjects_of_other_cues(ctx, i, catalogue, current)] or current
    chosen = max(current, key=strength)
    out = [state_reading(ctx, i, claim, chosen, topic)]
    other = [c for c in current if c[0] is not chosen[0]]
    # a hedge the window finds after another state's cue may be the chosen verb's ("The agreement signed a year
    # ago is likely to take effect in the spring": "likely" qualifies the taking effect, not the signing): such a
    # cue is read beside the chosen one and its own stance left to the parse (claims.statements.restate)
    firm = [c for c in other if not unsure(c)] or [c for c in other if not (c[5].future or c[5].negated)
                                                   and c[5].hedged and chosen[5].future and not hedge_before(ctx, i, c)]
    if other and unsure(chosen) and firm:
        # "signed the agreement, which will take effect after ratification": beside what the sentence puts
        # ahead or in doubt, what it asserts of another state is read too (the comparison weighs the two)
        out.append(state_reading(ctx, i, claim, max(firm, key=strength), topic, second=True))
    elif len(current) > 1:
        # "became effective, replacing the interim agreement", "signed an agreement that will eliminate tariffs
        # once it is ratified": a cue in a clause above the chosen one's (nearer the root of the parse) is read
        # too
        depths = cue_depths(ctx, i, catalogue, current)
        rest = [c for c in current if c is not chosen]
        if depths:
            top = min(depths.get((c[1], c[2]), 99) for c in rest)
            if top < depths.get((chosen[1], chosen[2]), 99):
                out.append(state_reading(ctx, i, claim, max(
                    (c for c in rest if depths.get((c[1], c[2]), 99) == top), key=strength), topic, second=True))
    return out


def hedge_before(ctx: Context, i: int, candidate: tuple[Any, ...]) -> bool:
    """Does a hedge of the window stand before the candidate's cue, in its clause ("reportedly signed")?"""
    sentence = ctx.sentences[i].text
    c_start, _ = clause_at(sentence, (candidate[1], candidate[2]))
    return read_modality(sentence[max(c_start, candidate[1] - HEDGE_BEFORE):candidate[2]]).hedged


def thing_is_subject(ctx: Context, i: int, claim: Claim, catalogue: Catalogue, span: tuple[int, int]) -> bool:
    """Is the subject of the verb at `span` (through "began to …" to the verb it depends on; for a relative or
    participle clause the noun it hangs on) the claim's thing: naming the claim's subject or a catalogue referent
    ("the two sides' free-trade agreement started to operate", "the agreement, which has applied since May",
    "the agreement …, operating since May")? False without a parse. Source: spaCy's English parse (nsubj,
    nsubjpass, xcomp, relcl, acl)."""
    doc = sentence_doc(ctx, i, catalogue)
    if doc is None or doc.text != ctx.sentences[i].text:
        return False
    token = cue_token(doc[:], *span)
    if token is None:
        return False
    nouns = statement_subjects(token, through_xcomp=True)
    referents = {fold(r) for r in catalogue.referents}
    return any(n.lemma_.lower() in referents or n.lower_ in referents
               or find_phrases(fold(" ".join(t.text for t in n.subtree)), claim.topic) for n in nouns)


def state_reading(ctx: Context, i: int, claim: Claim, candidate: tuple[Any, ...], topic: float,
                  second: bool = False) -> Reading:
    """The reading of one state cue of sentence `i` (a candidate of read_state: state, start, end, cue, scope,
    modality, gapped remnant)."""
    state, start, end, phrase, scope, modality, gapped = candidate
    folded = ctx.folded[i]
    value = state.value
    headline = not ctx.sentences[i].text.rstrip().rstrip("\"'”’»").endswith((".", "!", "?"))
    if (" * " in f" {phrase} " and PLAN_IN_GAP.search(folded[start:end])) or (
            headline and INFINITIVE.search(folded[:start])):
        # "construction to start", "construction would begin": the gap holds a plan, not a fact.
        modality = Modality(modality.negated, modality.denied, modality.hedged, True, modality.past, modality.cues)
    negated = modality.negated
    if negated and state.negative:
        value, negated = state.negative, False
        modality = Modality(False, modality.denied, modality.hedged, modality.future, modality.past, modality.cues)
    specificity = min(1.0, 0.75 + 0.05 * len(phrase.split()))
    words = ctx.sentences[i].text[start:end]
    return make_reading(ctx, i, claim, value, words, (start, end), topic * scope * specificity, modality,
                        gapped=gapped, second=second, needs_date=phrase in state.dated)


def subjects_of_other_cues(ctx: Context, i: int, catalogue: Catalogue, candidates: list[tuple[Any, ...]]
                           ) -> list[tuple[Any, ...]]:
    """The candidates whose cue heads the subject of another state's verb cue in the sentence's parse: "The sixth
    round of nuclear talks … has been called off", "the new round of talks was suspended" tell what became of the
    round (stalled), not that a round is held (en22); not a verb of finishing (grammar LEXICON `finish`: "the fifth
    round … ended in Rome" is a round held). [] without a parse or with one candidate. Source: spaCy's
    English dependency parse (nsubj, nsubjpass)."""
    if len(candidates) < 2:
        return []
    doc = sentence_doc(ctx, i, catalogue)
    if doc is None or doc.text != ctx.sentences[i].text:
        return []
    tokens = [(c, cue_token(doc[:], c[1], c[2])) for c in candidates]
    finish = LEXICON["en"]["finish"]
    verbs = [(c, t) for c, t in tokens
             if t is not None and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in finish]
    return [c for c, t in tokens if t is not None and t.pos_ in ("NOUN", "PROPN") and any(
        d[0] is not c[0] and t.head.i == v.i and t.dep_ in ("nsubj", "nsubjpass") for d, v in verbs)]


def cue_depths(ctx: Context, i: int, catalogue: Catalogue, candidates: list[tuple[Any, ...]]
               ) -> dict[tuple[int, int], int]:
    """(start, end) of each candidate cue -> how many heads above the verb of its clause the root of the
    sentence's parse is (claims.grammar.depth), when the candidates' heads differ in depth; {} without a parse
    or with one candidate. Source: spaCy's English dependency parse (a clause's verb hangs below the
    main verb as advcl / relcl / acl / xcomp)."""
    if len(candidates) < 2:
        return {}
    doc = sentence_doc(ctx, i, catalogue)
    if doc is None or doc.text != ctx.sentences[i].text:
        return {}
    out = {}
    for c in candidates:
        token = cue_token(doc[:], c[1], c[2])
        if token is not None:
            out[(c[1], c[2])] = depth(governing_verb(chain(token)))  # its clause's verb: a noun states nothing
    return out if len(set(out.values())) > 1 else {}


def find_cues(folded: str, cues: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every cue of `cues` in the folded text without a parse: each by its phrase pattern, and lemma cues also
    by their forms (claims.cues.word_forms). (start, end, cue)."""
    return list(dict.fromkeys(find_phrases(folded, cues) + find_lemma_cues_folded(folded, cues)))


def sentence_doc(ctx: Context, i: int, catalogue: Catalogue) -> Any | None:
    """The parse of sentence `i` for matching cues by lemma, or None (a page in another language, no pipeline
    installed, or a sentence naming no status or event claim). Parsed with parse_for_cues on first need."""
    if ctx.docs is None:
        parse_for_cues([ctx], catalogue)
    return (ctx.docs or {}).get(i)


def parse_for_cues(contexts: list[Context], catalogue: Catalogue) -> None:
    """Parse, in one batch, the English sentences of `contexts` that name (or point back at) the subject of a
    status or event claim and hold the forms of one of its lemma cues (claims.cues.has_lemma_cue), into each
    context's `docs` and the run's memo (claims.nlp.parse), where the later stages (stance, denials, office
    holders) find them: no sentence is parsed twice. Pages in other languages, and every page when no English
    pipeline is installed, get no docs."""
    states = [(c, tuple(cue for s in c.states for cue in s.cues if is_lemma_cue(cue)))
              for c in catalogue.claims if c.type in STATE_TYPES]
    todo = [ctx for ctx in contexts if ctx.docs is None]
    wanted = {id(ctx): [j for j in range(len(ctx.sentences)) if any(
        cues and topic_score(ctx, j, c) > 0 and has_lemma_cue(ctx.folded[j], cues) for c, cues in states)]
        if ctx.lang == "en" else [] for ctx in todo}
    texts = [ctx.sentences[j].text for ctx in todo for j in wanted[id(ctx)]]
    memo = next((ctx.memo for ctx in todo if ctx.memo is not None), None)
    try:
        docs = iter(parse(texts, "en", memo)) if texts else iter(())
    except PipelineUnavailable:
        for ctx in todo:
            ctx.docs = {}
        return
    for ctx in todo:
        ctx.docs = {j: next(docs) for j in wanted[id(ctx)]}
        ctx.parsed = ctx.lang == "en"


def state_cues(ctx: Context, i: int, claim: Claim, catalogue: Catalogue
               ) -> list[tuple[State, int, int, str, str | None]]:
    """The state cues of `claim` in sentence `i`: (state, start, end, cue, form), offsets in the sentence.
    Lemma cues are matched on the sentence's parse (claims.cues), and `form` is then the words that say the
    verb's act is not done (claims.grammar.unfinished: "in progress", "to"); exact and pattern cues on the
    folded text (form None). An exact cue wins over a lemma cue of the same state on the same words
    ("=supplying": "is supplying" states the supply)."""
    folded = ctx.folded[i]
    fixed = [(state, s, e, cue, None) for state in claim.states
             for s, e, cue in find_phrases(folded, tuple(c for c in state.cues if not is_lemma_cue(c)))]
    doc = sentence_doc(ctx, i, catalogue)
    if doc is not None and doc.text == ctx.sentences[i].text:
        lemma = []
        # one matcher per claim, run only on the sentences naming its subject (a catalogue-wide matcher on every
        # parsed sentence cost twice as much: most sentences name one claim's subject)
        for k, s, e, cue in match_lemma_cues(doc, cue_groups([claim])).get(claim.id, ()):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span) == 1 and indication_noun(span.root):
                continue  # "a sign of", "no sign of": the noun of indication, not the verb "sign"
            # the cue's own head ("agreement to build": the noun; "took delivery": the verb)
            form = unfinished(span.root) if span is not None else None
            if form == "in progress" and claim.states[k].process:
                form = None  # a process's own cue in the progressive states it under way ("the talks were going well")
            lemma.append((claim.states[k], s, e, cue, form))
    elif ctx.docs is not None and ctx.lang == "en" and ctx.parsed:
        lemma = []  # parse_for_cues found no form of a lemma cue here
    else:
        # no parse (another language, no pipeline): a lemma cue as written, as the phrase pattern reads it (the
        # other languages' cues), and in its forms (claims.cues.word_forms)
        lemma = [(state, s, e, cue, None) for state in claim.states for s, e, cue in dict.fromkeys(
                 find_phrases(folded, tuple(c for c in state.cues if is_lemma_cue(c)))
                 + find_lemma_cues_folded(folded, state.cues))]
    lemma = [h for h in lemma if not any(f[0] is h[0] and f[1] < h[2] and h[1] < f[2] for f in fixed)]
    return fixed + lemma


def acting_reading(ctx: Context, i: int, claim: Claim, topics: list[tuple[int, int, str]],
                   topic: float) -> list[Reading]:
    """No cue, but the claim's subject may be doing something ("the treaty has created a platform for
    trade"): a candidate reading of the claim's `acting` state, at the subject's words. claims.statements
    keeps it only where the parse shows the subject as the agent of a completed act."""
    if not claim.acting or not topics or topic < 1:
        return []
    start, end, _ = max(topics, key=lambda t: (t[1] - t[0], -t[0]))
    scope = scope_score(ctx, i, claim, (start, end))
    if scope <= 0:
        return []
    modality = modality_at(ctx, i, (start, end))
    return [make_reading(ctx, i, claim, claim.acting, ctx.sentences[i].text[start:end], (start, end),
                         topic * scope * 0.8, modality, acting=True)]


def gapped_remnant(ctx: Context, i: int, claim: Claim, span: tuple[int, int]) -> tuple[int, int] | None:
    """The coordinated remnant after the cue's clause that names the claim's parties and no other country
    ("India and Pakistan became full members in 2017, and Iran in 2023"): its document offsets,
    or None. Only a candidate: claims.statements keeps the reading when the parse shows the remnant has no
    verb and hangs on the cue's verb as a conjunct (gapping)."""
    sentence = ctx.sentences[i].text
    _, c_end = clause_at(sentence, span)
    m = COORDINATION.match(sentence, c_end)
    if m is None:
        return None
    nxt = COORDINATION.search(sentence, m.end())
    r_start, r_end = m.end(), (nxt.start() if nxt else len(sentence))
    remnant = fold(sentence[r_start:r_end])
    if len(remnant.split()) > 8 or countries_in(sentence[r_start:r_end], ctx.places) - ctx.party_countries:
        return None
    if not all(find_phrases(remnant, ctx.party_aliases.get(p, ())) for p in claim.parties):
        return None
    s = ctx.sentences[i].start
    return s + r_start, s + r_end


SEMANTIC_FLOOR, SEMANTIC_MARGIN, SEMANTIC_SCORE = 0.68, 0.10, 0.6


def owned_by_third_country(sentence: str, start: int, parties: frozenset[str], places: Places = NO_PLACES) -> bool:
    """A cue right after another country's name or possessive is that country's ("Belarus's accession"), unless the
    name is coordinated after a party's ("Iran and the United States held talks")."""
    before = sentence[max(0, start - 30):start]
    m = re.search(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:'s|’s)?\s+(?:\w+\s+)?$", before)
    if not (m and countries_in(m.group(1), places) - parties):
        return False
    # the second of two subjects, the first a party ("Iran and the United States held indirect talks"): the act is
    # theirs together, not the other country's alone (en18a)
    joint = re.search(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+and\s+(?:the\s+)?$",
                      sentence[max(0, start - 30 - 40):max(0, start - 30) + m.start(1)])
    return not (joint and countries_in(joint.group(1), places) and not countries_in(joint.group(1), places) - parties)


def topic_in_clause(sentence: str, span: tuple[int, int], topics: list[tuple[int, int, str]]) -> bool:
    """Is the subject named in the cue's clause? Clauses here are cut only at contrasts (", while", ", but",
    ";"), which change the subject; a coordinated ", and said …" keeps it, and a relative clause
    (", which …") belongs to the noun before it."""
    parts = clauses(sentence)
    index = next((k for k, (a, b) in enumerate(parts) if a <= span[0] < b), None)
    if index is None:
        return True
    c_start, c_end = parts[index]
    if index and re.match(r"\W*(which|who|whom|whose|that)\b", sentence[c_start:c_end], re.IGNORECASE):
        c_start = parts[index - 1][0]
    return any(c_start <= t_start < c_end or c_start < t_end <= c_end for t_start, t_end, _ in topics)


def read_state_by_meaning(ctx: Context, i: int, claim: Claim, topic: float) -> list[Reading]:
    """No cue phrase, but the sentence names the claim's subject: compare its meaning with each state's
    descriptions (sentence embeddings) and read a state only when one is clearly closest."""
    if ctx.encoder is None or topic < 1 or len(claim.states) < 2:
        return []
    ctx.pending.append((i, claim, topic))
    return []


def headline_figures(ctx: Context, catalogue: Catalogue, read: list[Reading], kept: list[Reading]) -> list[Reading]:
    """The change a headline alone gives for a yearly claim of change ("Russia-Iran trade up 16% in 2024"; en20a's and
    en22's open kind, en23): the title is context and is read for no figure, unless the body names the same measured
    thing's level for the same whole year, stated as fact (`kept`: the body's readings after the parse), and no figure
    of the change at all (`read`: the body's readings before it, part-years and forecasts included). The title is read
    as a sentence of its own; a figure it puts ahead, in doubt or denied, or without a year of its own, stays unread.
    Its reading quotes the title (offsets into the title, the article's text not holding it)."""
    changes = [c for c in catalogue.claims if c.type == "quantity" and getattr(c, "change", False)
               and c.period == "year" and not any(r.claim == c.id for r in read)]
    if not ctx.title.strip() or not changes:
        return []
    out: list[Reading] = []
    title: Context | None = None
    for claim in changes:
        cues = {fold(c) for c in claim.cues}
        levels = {r.period for r in kept if r.period and whole_year(r.period)
                  and not (r.future or r.hedged or r.negated or r.denied)
                  and (other := catalogue.get(r.claim)).type == "quantity" and not getattr(other, "change", False)
                  and other.parties == claim.parties and cues & {fold(c) for c in other.cues}}
        if not levels:
            continue
        if title is None:
            title = prepare(ctx.title, catalogue, ctx.ref, ctx.title)
            title.memo = ctx.memo
            parse_for_cues([title], catalogue)  # the lemma cues and the figures' anchors read the parse
        out += [r for r in read_sentence(title, 0, catalogue) if r.claim == claim.id and r.period in levels
                and not (r.future or r.hedged or r.negated or r.denied)]
    return out


def read_pending(ctx: Context) -> list[Reading]:
    """Resolve the sentences that named a claim's subject without a cue, embedding them in one batch."""
    if ctx.encoder is None or not ctx.pending:
        return []
    ctx.encoder.prime([ctx.sentences[i].text for i, _, _ in ctx.pending])
    out = []
    for i, claim, topic in ctx.pending:
        out += state_by_meaning(ctx, i, claim, topic)
    ctx.pending.clear()
    return out


def state_by_meaning(ctx: Context, i: int, claim: Claim, topic: float) -> list[Reading]:
    """The state sentence `i` means by the sentence encoder when no cue matched: the best state when its
    similarity is at least SEMANTIC_FLOOR and SEMANTIC_MARGIN above the second; [] otherwise."""
    assert ctx.encoder is not None
    sims = ctx.encoder.state_similarities(ctx.sentences[i].text, claim)
    ranked = sorted(sims.items(), key=lambda kv: -kv[1])
    (value, best), (_, second) = ranked[0], ranked[1]
    if best < SEMANTIC_FLOOR or best - second < SEMANTIC_MARGIN:
        return []
    span = (0, len(ctx.sentences[i].text))
    scope = scope_score(ctx, i, claim, span)
    if scope <= 0:
        return []
    modality = modality_at(ctx, i, span)
    state = next((s for s in claim.states if s.value == value), None)
    if modality.negated and state is not None and described_negatively(state):
        # the state is described with a negation ("Russia has not agreed to sell S-400 systems to Iran"): the
        # sentence's own negation is what made it close ("asked Moscow for the S-400 … without result"), it does
        # not negate it again ("not not agreed")
        modality = dc_replace(modality, negated=False)
    return [make_reading(ctx, i, claim, value, ctx.sentences[i].text, span,
                         topic * scope * SEMANTIC_SCORE * best, modality)]


def described_negatively(state: State) -> bool:
    """Does the catalogue describe `state` with a negation (its `describe` sentences, English)?"""
    words = LEXICON["en"]["negation"]
    return any(w in words or w.endswith("n't") for d in state.describe for w in re.findall(r"[a-z']+", d.lower()))


def read_person(ctx: Context, i: int, claim: Claim, catalogue: Catalogue, topic: float) -> list[Reading]:
    """Office holders named in sentence `i` with one of the claim's titles (or the counterpart's): one reading
    per holder, past when a modifier says so (former, the late)."""
    out = []
    sentence = ctx.sentences[i].text
    for holder in find_office_holders(sentence, claim.titles + counterpart_titles(ctx, i, claim, catalogue),
                                      catalogue.names):
        span = (holder.start, holder.end)
        # An office named next to a name is a fact whatever the verb does ("President X will visit");
        # only words like "former" or "the late" next to it put it in the past.
        start = title_start(sentence, holder)
        near = fold(sentence[max(0, min(span[0], start) - 40):span[0]])
        # a long title between the modifier and the name ("Former President of the Islamic Republic of Iran X"):
        # the words right before the title say it too
        former = bool(PAST_HOLDER.search(near.rstrip(" ,"))) or (start < span[0] and bool(
            PAST_HOLDER.search(fold(sentence[max(0, start - 40):start]).rstrip(" ,"))))
        # a tenure event ("X was killed", "X resigned") is read from the parse of the sentence by
        # claims.analysis.settle_tenures: the holder must be that verb's argument ("X became president
        # after Y died": Y's tenure ended, not X's)
        modality = Modality(False, False, False, False, former, ("former",) if former else ())
        name = TITLE_WORDS.sub("", holder.name).strip() or holder.name
        out.append(make_reading(ctx, i, claim, name, holder.name, span, 0.9 * topic, modality))
    return out


def counterpart_titles(ctx: Context, i: int, claim: Claim, catalogue: Catalogue) -> tuple[str, ...]:
    """"Russian Foreign Minister X met his Iranian counterpart Y": Y holds the same office in Iran."""
    siblings = [c for c in catalogue.claims if c.type == "person" and c.id != claim.id and c.topic == claim.topic
                and c.parties != claim.parties]
    if not any(find_phrases(ctx.folded[i], c.titles) for c in siblings):
        return ()
    aliases = [a for party in claim.parties for a in ctx.party_aliases.get(party, ())]
    return tuple(f"{a} counterpart" for a in aliases) + tuple(f"{a}'s counterpart" for a in aliases)


def title_start(sentence: str, holder) -> int:  # type: ignore[no-untyped-def]
    """Where the holder's title starts in `sentence` (folded search up to the name), the name's start when it
    is not found."""
    found = fold(sentence).rfind(fold(holder.title), 0, holder.start + 1)
    return found if found >= 0 else holder.start


def read_quantity(ctx: Context, i: int, claim: Claim, catalogue: Catalogue, topic: float) -> list[Reading]:
    """Money or percent figures near the measured thing ("trade … $4.9bn in 2022"), with their period."""
    sentence = ctx.sentences[i].text
    folded = ctx.folded[i]
    anchors = find_phrases(folded, claim.cues or claim.topic)
    anchors = anchors or pronoun_anchors(ctx, i, claim)  # "it" for the measured thing holds figures as a noun does
    # the measured thing named by a verb, also beside a noun cue that holds no figure ("companies did $4.8 billion of
    # business with each other, according to a report by the trade ministry")
    verbs = verb_anchors(ctx, i, claim)
    if not anchors and not verbs:
        return []
    figures = find_money(sentence) if claim.measure == "money" else find_percents(sentence)
    if claim.measure == "money":
        figures = [f for f in figures if f.currency in ("USD", claim.unit)]
    doc = figure_doc(ctx, i) if figures else None
    if doc is not None:
        # a figure of something else than the measured thing ("exports rose 27% while trade rose 3%")
        # (a headline's "Iran-Russia trade up 16% in 2024" parses "trade" as the verb the figure hangs on)
        # the measured thing of a part of a country ("the province's trade with Russia", "trade of the Astrakhan
        # region with Iran"): not the parties' (en16)
        anchors = [a for a in anchors if not of_a_subdivision(doc, a)]
        figures = [f for f in figures if (anchors and (holds_anchor(figure_holder(doc, f.start, f.end), anchors)
                                                       or object_of_verb(doc, f, anchors))
                                          or verbs and object_of_verb(doc, f, verbs))
                   and not is_base_figure(doc, f.start, f.end)
                   and not revised_from(figure_token(doc, f.start, f.end))
                   and not misstated(figure_token(doc, f.start, f.end))]
        if claim.measure == "percent":
            figures = [with_parsed_direction(doc, f) for f in figures  # type: ignore[arg-type]
                       if not (claim.change and is_cumulative(doc, f.start, f.end))]
    base = comparison_spans(doc) if doc is not None else []
    if claim.measure == "money":
        # the base year of a percentage is no sum's period ("$4.8 billion, which is 15.5% more than in 2023"),
        # unless a sum of its own comes with it ("compared to $4.1 billion in 2023")
        # — but a percentage between the sum and the base is the base's ("$4.9 billion, 20% more than in 2021")
        percents = find_percents(sentence)
        base = [(a, b) for a, b in base if not any(a - 40 <= f.start < a and not any(f.end <= p.start < a for p in percents)
                                                   for f in figures)]
    if doc is not None:
        # "revised the 2024 figure … to $5.2 billion in May": the revision's own date is no period of the figure
        base += revision_dates(doc)
    out = []
    anchors = anchors + verbs
    for figure in figures:
        anchor = min(anchors, key=lambda a: abs(a[0] - figure.start))
        if abs(anchor[0] - figure.start) > 160:
            continue
        span = (min(anchor[0], figure.start), max(anchor[1], figure.end))
        scope = scope_score(ctx, i, claim, (figure.start, figure.end))
        if scope <= 0 or third_country_near(ctx, sentence, figure.start, figure.end):
            continue
        period = period_near(sentence, figure.start, figure.end, ctx.ref, base)
        if not period and doc is not None:
            # a sum's year only from a bare "the year" ("… and reached $4.6 billion over the year"), a change's
            # also from its comparison's base ("compared with 2023 the turnover increased by 16.2 percent")
            period = year_before(ctx, i, claim, doc, base if claim.change else [])
        if not period:
            continue
        amount = figure.amount if claim.measure == "money" else signed_percent(figure, claim)
        if amount is None:
            continue
        modality = modality_at(ctx, i, (figure.start, figure.end))
        if doc is not None and not modality.future and forecast(doc, figure):
            modality = dc_replace(modality, future=True)
        out.append(make_reading(ctx, i, claim, format_amount(amount, claim, period), sentence[span[0]:span[1]],
                                (figure.start, figure.end), topic * scope * 0.9, modality,
                                amount=amount, period=period, qualifier=figure.qualifier))
    if claim.measure == "percent" and out:
        # "rose 81% in 2021 and another 15% in 2022": a series of changes; the latest period is the news, and
        # for a yearly claim the latest whole year's ("…, and another 10% in the first quarter of 2023")
        whole = [r for r in out if claim.period != "year" or whole_year(r.period or "")]
        # a figure stated as fact outranks a later one put ahead or in doubt ("rose 15.5% in 2024 …, adding that
        # he expected a 20% rise this year": the forecast is no news of the year)
        firm = [r for r in whole or out if not (r.future or r.hedged or r.negated)]
        return [max(firm or whole or out, key=lambda r: period_sort_key(r.period or ""))]
    return out


# A date that names no period of its own: "over the year", "on the previous year" (the year is the sentences' before)
_BARE_YEAR = re.compile(r"(?:the|a|that|this)\s+(?:(?:whole|full|past|previous|preceding|same|calendar)\s+)*year",
                        re.I)


# a change against the year before named with no date ("Turnover rose 16 percent year-on-year")
_YEAR_ON_YEAR = re.compile(r"\byear[-\s]on[-\s]year\b|\by/y\b|\bon an annual basis\b", re.I)


def year_before(ctx: Context, i: int, claim: Claim, doc: Any, base: list[tuple[int, int]]) -> str | None:
    """The year of a change stated without one, from the sentences just before (en18a): "Trade between the two
    countries reached $4.6 billion in 2022. … bilateral trade increased by about 15 percent over the year", "… amounted
    to USD 4.8 billion in January–December 2024. Compared with 2023 the turnover increased by 16.2 percent". Only when
    the sentence names no date of its own but a comparison's base or a bare "the year" (a DATE of the parse within
    `base`, or _BARE_YEAR: "in the first half" or "last month" keep the figure unread; a verb of saying's own date
    does not count, only those of the clause it reports) or "year-on-year"
    (_YEAR_ON_YEAR, no DATE at all), and one of the two sentences before names the measured thing (the claim's cues)
    or both parties with a whole year (its period nearest a dollar figure there, else nearest the cue). Source:
    spaCy's English entities; claims.values.period_near."""
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    root = doc[:].root
    reported = [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_.lower() in LEXICON["en"]["say"] else []
    if reported:
        # the date of the saying is not the figure's ("It grew by 15.5% compared with 2023, the ambassador said at a
        # reception marking Diplomats' Day")
        inside = {t.i for c in reported for t in c.subtree}
        dates = [e for e in dates if e.root.i in inside]
    if not dates and not _YEAR_ON_YEAR.search(doc.text):
        return None
    if any(not any(a <= e.start_char < b for a, b in base) and not _BARE_YEAR.fullmatch(e.text.strip()) for e in dates):
        return None
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        text = ctx.sentences[j].text
        cues = find_phrases(ctx.folded[j], claim.cues or claim.topic)
        if not cues and not set(claim.parties) <= ctx.parties[j]:
            continue
        sums = [f for f in find_money(text) if f.currency == "USD"]
        at = cues[0][0] if cues else 0
        spot = min(((f.start, f.end) for f in sums), key=lambda s: abs(s[0] - at),
                   default=cues[0][:2] if cues else (0, 0))
        period = period_near(text, spot[0], spot[1], ctx.ref)
        return period if period and whole_year(period) else None
    return None


def of_a_subdivision(doc: Any, anchor: tuple[int, int, str]) -> bool:
    """Is the measured thing's noun at `anchor` (sentence offsets) owned by a part of a country: a possessor or an
    "of" complement whose head is a LEXICON `subdivision` noun ("his province's exchanges with Russian regions", "the
    trade of the Astrakhan region with Iran")? Source: spaCy's English parse (poss, prep "of", pobj)."""
    parts = LEXICON["en"]["subdivision"]
    for token in doc:
        if token.idx != anchor[0]:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"] + [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and token.dep_ not in ("nsubj", "nsubjpass"):
            # the noun as what the verb's subject did ("the region … did $620 million of trade with Iran")
            owners += [c for c in verb.children if c.dep_ == "nsubj"]
        return any(o.lemma_.lower() in parts for o in owners)
    return False


def figure_doc(ctx: Context, i: int) -> Any | None:
    """The parse of sentence `i` holding a figure (a spaCy Doc) from the run's parses (ctx.memo, claims.nlp.parse: a sentence
    parsed here is not parsed again by the later stages); None without a memo or an installed pipeline."""
    if ctx.memo is None or getattr(ctx, "lang", "en") != "en":
        return None
    try:
        return parse([ctx.sentences[i].text], "en", ctx.memo)[0]
    except PipelineUnavailable:
        return None


def object_of_verb(doc: Any, figure: Any, anchors: list[tuple[int, int, str]]) -> bool:
    """Is the figure one of the measuring verb's own words, not its subject's ("traded goods worth $4.9 billion",
    "traded $4.8bn of goods, up 16%")? `anchors`: verb_anchors' spans. Source: spaCy's English parse."""
    token = figure_token(doc, figure.start, figure.end)
    while token is not None and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass", "conj"):
            return False
        token = token.head
        if any(token.idx == a for a, _, _ in anchors):
            return True
    return False


def forecast(doc: Any, figure: Any) -> bool:
    """Is the figure what someone expects, plans or forecasts ("adding that he expected a 20% rise this year"): a
    verb of LEXICON["en"]["scheduled"] above it in the parse before any other verb? Source: spaCy's English parse."""
    token = figure_token(doc, figure.start, figure.end)
    scheduled = LEXICON["en"]["scheduled"]
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in scheduled
    return False


def holds_anchor(holder: tuple[int, int] | None, anchors: list[tuple[int, int, str]]) -> bool:
    """Is one of the measured thing's words (`anchors`, sentence offsets) in the span the parse gives as what a
    figure is of (claims.values.figure_holder)? True when the parse names no holder."""
    return holder is None or any(holder[0] <= a < holder[1] for a, _, _ in anchors)


def with_parsed_direction(doc: Any, figure: Percent) -> Percent:
    """The percentage with the direction the parse reads (claims.values.change_direction) where the parse
    decides one; an explicit sign ("-5%") stays."""
    direction, decided = change_direction(doc, figure.start, figure.end)
    if not decided or figure.value < 0 or direction == figure.direction:
        return figure
    return dc_replace(figure, direction=direction)


def third_country_near(ctx: Context, sentence: str, start: int, end: int) -> bool:
    """A figure whose clause names some other country or bloc before it is that one's figure ("Russia's
    business with China … hit $146.8 billion", "Iran's trade with the bloc as a whole was worth around $6 billion");
    one named after it is usually a comparison."""
    clause = clause_at(sentence, (start, end))
    before = sentence[clause[0]:start]
    if RELATIVE_OPENING.match(before):
        # a relative clause's figure is its noun's: "Russia's trade with China, which reached about $245 billion"
        # (the last words before it, the noun it hangs on with its own complement)
        before = " ".join(sentence[:clause[0]].rstrip(" ,").split()[-4:]) + " " + before
    return bool(countries_in(before, ctx.places) - ctx.party_countries) \
        or bool(ctx.blocs and ctx.blocs.search(before)) or bool(grouping_partner().search(before))


@lru_cache(maxsize=1)
def grouping_partner() -> "re.Pattern[str]":
    """A grouping of states named by a common noun as the partner ("Iran's trade with the bloc as a whole", "with
    the union's five members"): LEXICON `grouping` after "with" and a determiner."""
    nouns = "|".join(sorted(LEXICON["en"]["grouping"]))
    return re.compile(rf"\bwith\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.IGNORECASE)


RELATIVE_OPENING = re.compile(r"\s*(?:which|that|whose)\b", re.IGNORECASE)


def signed_percent(figure, claim: Claim) -> float | None:  # type: ignore[no-untyped-def]
    """A percent figure as the claim reads it: for a change claim (catalogue `change = true`) the change with its
    sign (None for a share without a direction), for a share claim the figure (None for a change)."""
    if claim.change:
        if figure.direction is None:
            return None  # a share, not a change
        return -figure.value if figure.direction == "down" else figure.value
    return figure.value if figure.direction is None else None


def format_amount(amount: float, claim: Claim, period: str) -> str:
    """An amount as a baseline or finding value: "+5% (2024)" for percents (the sign for growth), "$4 billion
    (2023)", "$350 million (2023)", small amounts as "$1,234.00 (2023)"."""
    if claim.measure == "percent":
        sign = "+" if amount > 0 and claim.change else ""
        return f"{sign}{amount:g}% ({period})"
    if amount >= 1e9:
        return f"${amount / 1e9:.3g} billion ({period})"
    if amount >= 1e6:
        return f"${amount / 1e6:.3g} million ({period})"
    return f"${amount:,.2f} ({period})"  # never "$4e-06 million": small amounts as they are


READERS = {"status": read_state, "event": read_state, "person": read_person, "quantity": read_quantity}



def mentions_tracked_claim(text: str, catalogue: Catalogue) -> bool:
    """Does the text name a tracked claim's subject (or office) together with that claim's parties?"""
    folded = fold(text)
    present = {name for name, aliases in catalogue.parties.items() if find_phrases(folded, aliases)}
    for claim in catalogue.claims:
        names = claim.titles if claim.type == "person" else claim.topic
        if set(claim.parties) <= present and find_phrases(folded, names):
            return True
    return False


def statement_key(quote: str) -> str:
    """A sentence as compared for dismissal: case, accents, typographic quotes and dashes, runs of whitespace
    and closing punctuation do not make it another statement."""
    return re.sub(r"\s+", " ", fold(quote)).strip().rstrip(".!?;:").strip()
