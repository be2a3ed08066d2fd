"""Readers for money, percentages, dates, reporting periods, office-holders and modality in news text.

Every reader returns offsets (start, end) into the text it was given so callers can quote and highlight the
evidence verbatim. The readers are deliberately outlet-agnostic: they rely on general English news style
(wire, British and US spellings, "bn"/"bln" abbreviations), never on a particular source's phrasing.

What comes from the libraries (issue 11): a figure's direction, what it is a figure of, the base it is
compared with (change_direction, figure_holder, is_base_figure, comparison_spans) are read from spaCy's
parse of the sentence; dates are taken from the parse's DATE entities and normalised by find_dates's period
shapes and by dateparser (entity_dates).

What stays our own, and why (measured 2026-11-30 by `bench/entity_coverage.py` on the 199 English tune-split
sentences of news-dev that hold a digit):
- find_money: en_core_web_sm's MONEY entities cover 17 of the 24 sums this reader finds and cut 3 more short:
  "4.6B USD", "USD1.756 billion", "1.6 billion euros" are no MONEY entity (CARDINAL or nothing), "$4 bln"
  comes out as "over $4" (the scale word lost, the "$4e-06 million" kind of the issue) and "$15b" as "15b"
  (the currency lost). Reading the sum from the entity's tokens would inherit those misses.
- find_percents: the PERCENT entities agree on the 13 this reader finds ("81 per cent" is a MONEY entity,
  "7 pc" a CARDINAL); they add one spelled-out "seven percent".
- find_dates: the character reader is kept for the sentence's own date before any parse and for the period
  shapes dateparser does not read: of the 202 DATE entities there, dateparser reads none of "the end of 2022",
  "early 2023", "January-October 2022", "between 2020 and 2024", and misreads "2021-22" as 22 March 2021,
  "a 25-year" as a day, "three years" as a date; entity_dates takes each where it is right (166 of 202
  resolved, against 114 by find_dates on the entity text alone and 160 by dateparser alone).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from claims.entities import NO_PLACES, Places, names_country
from extractors.text import clauses, fold, split_sentences

__all__ = [
    "Money",
    "find_money",
    "Percent",
    "find_percents",
    "DateMention",
    "find_dates",
    "entity_dates",
    "period_near",
    "change_direction",
    "comparison_spans",
    "figure_holder",
    "is_base_figure",
    "is_cumulative",
    "OfficeHolder",
    "find_office_holders",
    "person_key",
    "same_person",
    "Modality",
    "read_modality",
]

# ---------------------------------------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------------------------------------

# A number as printed in news copy: "3.5", "146.8", "1,200", "800".
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# Comparison words before a figure, normalised. "nearly"/"almost" stay separate from "about" because they
# mean "slightly under", which matters when a figure is compared with a baseline.
_QUALIFIERS: dict[str, str] = {
    "exceeded": "over", "exceeding": "over", "exceeds": "over", "exceed": "over", "topped": "over",
    "topping": "over", "surpassed": "over", "more than": "over", "over": "over", "above": "over",
    "upward of": "over", "upwards of": "over", "in excess of": "over", "at least": "over",
    "just over": "over",
    "less than": "under", "below": "under", "under": "under", "just under": "under", "up to": "under",
    "fewer than": "under", "not more than": "under", "no more than": "under",
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "close to": "about", "closer to": "about", "an estimated": "about",
    "estimated": "about", "circa": "about",
    "nearly": "nearly", "almost": "nearly", "just shy of": "nearly",
}
_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True)) + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _qualifier_before(text: str, start: int) -> str | None:
    match = _QUALIFIER_BEFORE.search(text[max(0, start - 30) : start])
    return _QUALIFIERS[match.group(1).lower()] if match else None


def _to_decimal(number: str) -> Decimal:
    word = NUMBER_WORDS.get(number.lower())
    return Decimal(word) if word is not None else Decimal(number.replace(",", ""))


# Numbers written as words before a scale word and a currency ("nearly five billion dollars' worth of trade"; en16)
NUMBER_WORDS: dict[str, int] = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


_T = TypeVar("_T")


def _drop_overlaps(spans: Iterable[tuple[int, int, _T]]) -> list[_T]:
    """Keep the longest of overlapping candidates, earliest first."""
    chosen: list[tuple[int, int, _T]] = []
    for start, end, item in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, item))
    return [item for _, _, item in chosen]


# ---------------------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Money:
    """A sum of money read from text, with its character span in the text it was read from."""
    amount: float  # in units of the currency: $3.5bn -> 3.5e9
    currency: str  # ISO 4217 code where one exists ("USD", "EUR", "RUB", "IRR")
    qualifier: str | None  # "over" | "under" | "about" | "nearly" | None
    start: int
    end: int


_SCALES: dict[str, int] = {
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "trln": 10**12,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "thousand": 10**3, "k": 10**3,
}
# Single-letter scales only count when glued to the number ("$800m"), otherwise "$5 m" is too ambiguous.
_SCALE = (
    r"(?:[\s-]?(?P<scale>trillion|billion|million|thousand|trln|trn|tn|bln|bn|mln|mn)\b"
    r"|(?P<short>[bmkBM])\b(?!\.\w))"
)
_SYMBOLS: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "€": "EUR",
    "£": "GBP", "₽": "RUB", "¥": "JPY", "₹": "INR",
}
_CODES = ("USD", "EUR", "GBP", "RUB", "CNY", "RMB", "IRR", "JPY", "INR", "AED", "TRY", "CHF")
_WORDS: dict[str, str] = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD", "euro": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "ruble": "RUB", "rouble": "RUB", "rial": "IRR",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "dirham": "AED", "lira": "TRY", "toman": "IRT",
}
# One-word currency names (and "currency" itself: "in national currencies") by their code, for a figure measured in
# a currency ("in ruble terms"); claims.statements.other_currency.
CURRENCY_WORDS: dict[str, str] = {**{w: c for w, c in _WORDS.items() if " " not in w},
                                  "yen": "JPY", "currency": "local", "currencies": "local"}
_AMOUNT = rf"(?P<num>{_NUMBER})(?:\s?(?:-|–|to)\s?(?P<num2>{_NUMBER}))?{_SCALE}?"
_SYMBOL = r"(?P<sym>US\s?\$|U\.S\.\s?\$|[ACH]K?\$|\$|€|£|₽|¥|₹)"
_CODE = r"(?P<code>" + "|".join(_CODES) + r")"
_WORD = (
    r"(?P<word>(?:US|U\.S\.|American)\s+dollars?|dollars?|euros?|pounds?\s+sterling|[rR]o?ubles?|rials?"
    r"|yuan|renminbi|rupees?|dirhams?|liras?|tomans?)\b"
)
# Three shapes: symbol first ("US$3.5bn"), code first ("USD 4.9bn"), currency last ("1 trillion rubles").
_MONEY_PATTERNS = [
    re.compile(rf"(?<![\w.]){_SYMBOL}\s?{_AMOUNT}(?:\s+{_WORD})?"),
    re.compile(rf"(?<![\w.]){_CODE}\s?{_AMOUNT}"),
    re.compile(rf"(?<![\w.,$€£]){_AMOUNT}[\s-]*(?:{_CODE}\b|{_WORD})"),
    # a number in words needs its scale word and its currency word: "five billion dollars" (not "five dollars")
    re.compile(rf"(?<![\w.])(?P<num>(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))"
               rf"(?P<num2>(?!x)x)?[\s-]+(?P<scale>trillion|billion|million)(?P<short>(?!x)x)?\s+{_WORD}"),
]


def find_money(text: str) -> list[Money]:
    """Money amounts in `text` with their comparison qualifier ("exceeded $3.5bn" -> over)."""
    found: list[tuple[int, int, Money]] = []
    for pattern in _MONEY_PATTERNS:
        for match in pattern.finditer(text):
            if match.group("num2") and _to_decimal(match.group("num")) > _to_decimal(match.group("num2")):
                # no range runs downwards: "rose 20% in 2022 to 4.9 billion dollars" names 4.9 billion
                match = pattern.match(text, match.start("num2")) or match
            money = _money_from(text, match)
            if money:
                found.append((money.start, money.end, money))
    return _inherit_scales(text, _drop_overlaps(found))


_RANGE_GAP = re.compile(r"^\s*(?:to|and|or|-|–|—)\s*$")


def _scaled(text: str, money: Money) -> bool:
    words = re.findall(r"[A-Za-z]+", text[money.start:money.end])
    return any(w.lower() in _SCALES for w in words)


def _inherit_scales(text: str, found: list[Money]) -> list[Money]:
    """"$4.5 to $5 billion", "between $4 and $5 billion", "$4 billion to $5": a bound written without its
    scale word takes the other bound's (else "$4.5" would be read as four and a half dollars)."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not _RANGE_GAP.match(text[a.end:b.start]) or a.currency != b.currency:
            continue
        if not _scaled(text, a) and _scaled(text, b) and a.amount < 1000 and b.amount >= 1000:
            scale = b.amount / float(_to_decimal(re.search(_NUMBER, text[b.start:b.end]).group()))
            out[k] = Money(a.amount * scale, a.currency, a.qualifier, a.start, a.end)
        elif _scaled(text, a) and not _scaled(text, b) and b.amount < 1000 and a.amount >= 1000:
            scale = a.amount / float(_to_decimal(re.search(_NUMBER, text[a.start:a.end]).group()))
            out[k + 1] = Money(b.amount * scale, b.currency, b.qualifier, b.start, b.end)
    return out


def _money_from(text: str, match: re.Match[str]) -> Money | None:
    try:
        low = _to_decimal(match.group("num"))
    except InvalidOperation:
        return None
    scale_word = (match.group("scale") or match.group("short") or "").lower()
    scale = _SCALES.get(scale_word, 1)
    qualifier = _qualifier_before(text, match.start())
    if match.group("num2") and qualifier is None:
        # "$3-4 billion": the lower bound is what the text commits to.
        qualifier = "over"
    return Money(
        amount=float(low * scale),
        currency=_currency(match),
        qualifier=qualifier,
        start=match.start(),
        end=match.end(),
    )


def _currency(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("code"):
        return "CNY" if groups["code"] == "RMB" else groups["code"]
    if groups.get("word"):
        word = re.sub(r"\s+", " ", match.group("word").lower())
        word = re.sub(r"s\b", "", word) if not word.endswith("sterling") else word
        return _WORDS.get(word, _WORDS.get(word.split()[-1], "USD"))
    symbol = re.sub(r"\s+", "", match.group("sym").lower())
    return _SYMBOLS.get(symbol, "USD")


# ---------------------------------------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Percent:
    """A percentage read from text (a change when `direction` is set), with its character span."""
    value: float  # 17.0 for "17%"; the sign stays with `direction`, except for an explicit "-5%"
    direction: str | None  # "up" | "down" | None
    qualifier: str | None
    start: int
    end: int


_UP_WORDS = (
    "rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|growth|increase|increased|increases|"
    "increasing|jumped|jump|jumps|surged|surge|surges|soared|soar|climbed|climb|gained|gain|gains|"
    "expanded|expansion|boosted|boost|higher|spiked|rebounded|doubled|leapt|leaped|leap|swelled|rocketed|"
    "skyrocketed|up"
)
_DOWN_WORDS = (
    "fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|declining|"
    "decreased|decrease|decreases|decreasing|plunged|plunge|plummeted|shrank|shrink|shrunk|shrinking|"
    "slumped|slump|slid|slide|tumbled|contracted|contraction|dipped|dip|lower|reduced|reduction|cut|"
    "cuts|lost|loss|halved|slipped|slip|slips|eased|retreated|sagged|dwindled|down"
)
_DIRECTION_WORD = re.compile(rf"\b(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))\b", re.IGNORECASE)
_UP_DOWN_ONLY = {"up", "down"}
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<sign>[-+−]?)(?P<num>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b|pc\b)",
    re.IGNORECASE,
)
_FRACTIONS: dict[str, float] = {
    "half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0, "one quarter": 25.0,
    "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0, "one tenth": 10.0, "two thirds": 200 / 3,
    "two-thirds": 200 / 3, "three quarters": 75.0, "three-quarters": 75.0,
    # en22: "grew by close to a sixth last year"
    "a sixth": 100 / 6, "one sixth": 100 / 6, "an eighth": 12.5, "one eighth": 12.5,
}
_FRACTION = re.compile(
    r"\bby\s+(?:about\s+|almost\s+|nearly\s+|more than\s+|roughly\s+|close to\s+|around\s+|some\s+|just over\s+"
    r"|just under\s+|over\s+|less than\s+)?(?P<frac>"
    + "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))
    + r")\b(?!\s+(?:of|party|parties|country|countries)\b)",
    re.IGNORECASE,
)
# A fraction compared with an earlier figure: "about a fifth more than a year earlier", "a third lower than".
_FRACTION_COMPARED = re.compile(
    r"\b(?P<frac>" + "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))
    + r")\s+(?:(?P<up>more|higher|larger|greater|bigger|up)|(?P<down>less|lower|smaller|down))\s+(?:than|on|from)\b",
    re.IGNORECASE,
)
# A noun right after the figure names its direction: "a 20% increase", "17% year-on-year drop".
_DIRECTION_AFTER = re.compile(
    r"\s*(?:(?:year[- ]on[- ]year|y/y|annual|yearly|month[- ]on[- ]month)\s+)?"
    r"(?P<word>increase|rise|jump|growth|gain|surge|hike|drop|fall|decline|decrease|contraction|reduction|"
    r"plunge|slump|cut|loss)\b",
    re.IGNORECASE,
)
_DOWN_NOUNS = frozenset("drop fall decline decrease contraction reduction plunge slump cut loss".split())
_CONTEXT_BREAK = re.compile(r"[;:()]|\d\s?(?:%|per\s?cent|percent)|,\s*(?:while|but|whereas|and)\b", re.I)


def find_percents(text: str) -> list[Percent]:
    """Percentages in `text`, with a rise/fall direction read from nearby verbs and nouns."""
    found: list[tuple[int, int, Percent]] = []
    for match in _PERCENT.finditer(text):
        value = float(_to_decimal(match.group("num")))
        sign = match.group("sign")
        direction = _direction(text, match.start(), match.end())
        if sign in ("-", "−"):
            value, direction = -value, direction or "down"
        elif sign == "+":
            direction = direction or "up"
        qualifier = _qualifier_before(text, match.start())
        found.append((*match.span(), Percent(value, direction, qualifier, *match.span())))
    for match in _FRACTION.finditer(text):
        direction = _direction_before(text, match.start())
        if direction is None:
            continue  # "by a third" without a change verb is not a percentage ("backed by a third of MPs")
        span = match.span("frac")
        value = _FRACTIONS[match.group("frac").lower()]
        found.append((*span, Percent(value, direction, _qualifier_before(text, span[0]), *span)))
    for match in _FRACTION_COMPARED.finditer(text):
        span = match.span("frac")
        value = _FRACTIONS[match.group("frac").lower()]
        found.append((*span, Percent(value, "up" if match.group("up") else "down", _qualifier_before(text, span[0]),
                                     *span)))
    for match in _MULTIPLE.finditer(text):
        # "increased 1.5 times", "grew threefold": a growth to that multiple, as a percentage (+50%, +200%); only
        # after a verb of rise (a fall "two times" is no clear figure)
        factor = _multiple_of(match)
        if factor is None or factor <= 1:
            continue
        if match.group("verb") is None and _direction_before(text, match.start()) != "up":
            continue
        found.append((*match.span(), Percent(round((factor - 1) * 100, 6), "up", _qualifier_before(
            text, match.start()), *match.span())))
    return _drop_overlaps(found)


# A growth written as a multiple: "1.5 times", "2.5-fold", "threefold", and the verbs "doubled", "tripled".
_MULTIPLE_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
_MULTIPLE = re.compile(
    r"(?<![\w.,])(?:(?P<num>\d+(?:\.\d+)?|two|three|four|five|ten)[\s-]?(?:times|fold)\b(?!\s+(?:more|less|as|than)\b)"
    r"|\b(?P<verb>doubled|tripled|trebled|quadrupled)\b)",
    re.IGNORECASE,
)
_MULTIPLE_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}


def _multiple_of(match: re.Match[str]) -> float | None:
    if match.group("verb"):
        return _MULTIPLE_VERBS[match.group("verb").lower()]
    number = match.group("num").lower()
    return _MULTIPLE_WORDS.get(number) if number.isalpha() else float(number)


# A comparative right after the figure with its base: "15.5% more than a year earlier", "15% lower than in 2022"
# (the small model often hangs "than" on the base's words, so the parse alone does not tell the direction)
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?P<up>more|higher|larger|greater|bigger)|(?P<down>less|lower|smaller|fewer))\s+than\b", re.IGNORECASE)


def _direction(text: str, start: int, end: int) -> str | None:
    after = _DIRECTION_AFTER.match(text, end)
    if after:
        return "down" if after.group("word").lower() in _DOWN_NOUNS else "up"
    compared = _COMPARED_AFTER.match(text, end)
    if compared:
        return "up" if compared.group("up") else "down"
    return _direction_before(text, start)


def _direction_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 60) : start]
    breaks = list(_CONTEXT_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = list(_DIRECTION_WORD.finditer(window))
    if not words:
        return None
    nearest = words[-1]
    gap = window[nearest.end() :]
    if len(gap.split()) > 5:
        return None  # too far away to govern this figure
    if nearest.group().lower() in _UP_DOWN_ONLY and not re.fullmatch(r"\s*(?:by\s+)?(?:\w+\s+\w+\s+)?", gap):
        return None  # "made up 17%" / "down to" are not changes; "up 17%", "down by nearly 17%" are
    if nearest.group().lower() in _UP_DOWN_ONLY and re.search(r"\b(?:made|make|makes|set|took|take)\s+$",
                                                            window[: nearest.start()]):
        return None
    if re.match(r"\s*(?:to|from)\b", gap):
        return None  # "fell to 4.5%" gives the new level, "up to 17%" a ceiling: neither is the change
    return "up" if nearest.group("up") else "down"


# ---------------------------------------------------------------------------------------------------------
# Changes read from the parse
# ---------------------------------------------------------------------------------------------------------

# General English words of change (lemmas of spaCy's English pipeline), not domain vocabulary: a figure
# governed by one of them is a change in that direction ("rose 20%", "a 20% increase", "up 20%").
CHANGE_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "up": frozenset("""rise grow increase jump surge soar climb gain expand boost double triple rebound spike
            advance growth expansion hike up higher leap leapt swell rocket skyrocket lift raise""".split()),
        "down": frozenset("""fall drop decline decrease plunge plummet shrink slump slide tumble contract dip
            reduce cut lose halve sink contraction reduction loss down lower slip ease retreat sag dwindle""".split()),
        # a figure after these prepositions is a level, not a change: "fell to 4.5%", "from 10%", "at 3%"
        "level": frozenset("to from at".split()),
        # the base a change is measured against: "compared to 2021", "than in 2021", "against 2022"
        "base": frozenset("compare compared than against versus vs vs. relative".split()),
        # comparatives that make a figure a change when "than" names the base: "15.5% more than in 2023"
        "more": frozenset("more greater larger bigger higher".split()),
        "less": frozenset("less fewer smaller lower".split()),
    },
}


def figure_token(doc: Any, start: int, end: int) -> Any | None:
    """The head token of the figure at doc.text[start:end] ("%" of "20%", "percent" of "15 percent")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def change_direction(doc: Any, start: int, end: int, lang: str = "en") -> tuple[str | None, bool]:
    """The direction of the percentage at doc.text[start:end] read from the parse of its sentence (a spaCy
    Doc): ("up" | "down" | None, decided). The figure's governor is the word it modifies or is the object of:
    "rose 20%" / "up 20%" (npadvmod), "grew by 15%" / "an increase of 20 percent" (pobj of a preposition on
    the word), "a 15% increase" (compound); a figure coordinated with an earlier one or with the verb
    ("rose 20% in 2021 and another 15% in 2022") takes the earlier one's governor. A figure that is a level
    ("fell to 4.5%"), or a share ("3% of total trade") is no change: (None, True). (None, False) when the
    parse says nothing either way (the caller keeps what the text reader read). Source: the ClearNLP
    dependency labels of spaCy's English pipeline (npadvmod, pobj, prep, compound, conj)."""
    words = CHANGE_WORDS.get(lang)
    token = figure_token(doc, start, end)
    if words is None or token is None:
        return None, False
    for _ in range(4):  # a chain of coordinated figures is short
        if token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
            if token.pos_ in ("VERB", "AUX", "ADV", "ADP", "ADJ"):
                return _direction_of(token, words)
            continue
        break
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None, True  # a share: "3% of Iran's total trade"
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in words["level"]:
            return None, True
        return _direction_of(prep.head, words)
    if token.dep_ in ("npadvmod", "dobj", "advmod", "compound", "nmod", "amod", "appos", "attr"):
        return _direction_of(token.head, words)
    return None, False


def _direction_of(token: Any, words: dict[str, frozenset[str]], subject: bool = True) -> tuple[str | None, bool]:
    """The direction a governing word gives: its own lemma, or for a verb of level ("reached", "was") its
    subject's ("the growth of trade reached 20%")."""
    lemma = token.lemma_.lower()
    for direction in ("up", "down"):
        if lemma in words[direction] or token.lower_ in words[direction]:
            return direction, True
    for direction, comparative in (("up", "more"), ("down", "less")):
        if token.lower_ in words.get(comparative, ()) and any(c.lower_ == "than" for c in token.children):
            return direction, True  # "15.5% more than in 2023", "10% less than a year earlier"
    if subject and token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return _direction_of(child, words, subject=False)
    return None, False


def figure_holder(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The character span (offsets in doc.text) of what the figure at doc.text[start:end] is a figure of: the
    subject of the verb that governs it, or its object where the subject is the actor ("Iran and Russia aim to
    raise trade by 30%"); for a relative clause the noun it hangs on ("trade, which grew 81%"); an infinitive
    or coordinated verb without a subject of its own takes its head's. None when the parse names no holder
    ("an increase of 20 percent" with no verb above it). In "exports rose 27% while total trade rose 3%" the
    27% is the exports'; a share is of what its "of" names ("Russia accounted for 72% of Iran's arms imports"). Source: the nsubj/nsubjpass/dobj/relcl/xcomp/conj relations of spaCy's English parse."""
    token = figure = figure_token(doc, start, end)
    share = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"] if token is not None else []
    if token is not None and not share and token.head.lemma_.lower() == "worth" and token.head.i > token.i:
        # "did $5 billion worth of trade", "five billion dollars' worth of trade": the figure measures what "worth"
        # is of (en16)
        share = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if share:
        return _span_of(share[0])  # "72 percent of Iran's arms imports": a share of that
    below = None
    for _ in range(8):
        if token is None or token.pos_ in ("VERB", "AUX"):
            break
        below, token = token, (token.head if token.head.i != token.i else None)
    token = reported_clause(token, below)
    objects: list[Any] = []  # the first verb's object ("raise trade by 30%") stays with the subject above it
    for _ in range(4):
        if token is None:
            return None
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = objects or [c for c in token.children if c.dep_ == "dobj"
                              and not c.left_edge.i <= figure.i <= c.right_edge.i]  # not the figure itself
        if token.dep_ in ("relcl", "acl") and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
            if token.head.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") and token.head.i < figure.i:
                # "amounted to $4.8 billion, which is 15.5% more than in 2023": the clause is on a figure, so
                # it is of what that figure is of
                head = token.head
                return figure_holder(doc, head.idx, head.idx + len(head.text))
            own = [c for c in token.children if c.dep_ == "dobj" and not c.left_edge.i <= figure.i <= c.right_edge.i]
            if own and subjects:
                # "figures …, which put the 2024 turnover at about $4.8 billion": the noun the clause hangs on is
                # the actor, the clause's own object what the figure is of (en22)
                return _span_of(own[0])
            return _span_of(token.head)
        if subjects and subjects[0].pos_ == "PRON" and subjects[0].tag_ != "WDT":
            return None  # "while in 2022 it rose 15%": the pronoun's noun is not read here
        if subjects:  # several: a dateline the small model takes for one ("MOSCOW - Trade … increased")
            return _span_of(*subjects, *objects[:1])
        if token.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or token.head.i == token.i:
            return _span_of(objects[0]) if objects else None
        token = token.head
    return None


def reported_clause(verb: Any, below: Any) -> Any:
    """The clause a verb reports when a noun phrase set after the verb sums that clause up ("Trade … climbed to $4.8
    billion in 2024, officials said this week, a rise of about 16%": the small model hangs "a rise" on "said"; en24),
    else `verb`. `below`: the word the climb from the figure came up through. A verb with its clausal complement set
    before it is a verb of saying by its shape (no word list: claims.grammar imports this module). Source: spaCy's
    English parse."""
    if verb is None or below is None or below.dep_ not in ("npadvmod", "appos") or below.i < verb.i:
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), verb)


# A noun's clauses and appositions describe it; they are not what it is ("Iran's exports to Russia, which make
# up a third of bilateral trade, reached $1.2 billion": the figure is the exports').
DESCRIBING = ("relcl", "acl", "appos", "advcl")


def _span_of(*tokens: Any) -> tuple[int, int]:
    """Characters from the first to the last word of the tokens' subtrees without their DESCRIBING clauses
    (several tokens: their union, in order)."""
    words = set()
    for token in tokens:
        words |= {t.i for t in token.subtree}
        words -= {t.i for c in token.subtree if c.dep_ in DESCRIBING and c.i != token.i for t in c.subtree}
        words -= {t.i for t in token.subtree if t.is_punct}
    doc = tokens[0].doc
    first, last = doc[min(words)], doc[max(words)]
    return first.idx, last.idx + len(last.text)


def is_base_figure(doc: Any, start: int, end: int, lang: str = "en") -> bool:
    """Is the figure at doc.text[start:end] the base a change is measured from, with no date of its own ("fell
    to $4 billion in 2023 from $4.9 billion a year earlier", "compared with $4.9 billion")? Its period cannot be
    read from the sentence's dates, which are the new figure's. Source: prep/pobj relations and DATE entities of
    spaCy's English parse."""
    words = CHANGE_WORDS.get(lang)
    token = figure_token(doc, start, end)
    if words is None or token is None or token.dep_ != "pobj":
        return False
    prep = token.head
    base = prep.lower_ == "from" and _direction_of(prep.head, words)[0] is not None
    base = base or prep.head.lemma_.lower() in words["base"] or prep.lower_ in words["base"]
    if not base:
        return False
    inside = {t.i for t in token.subtree} - {token.i}
    # a written date of its own ("compared with $4.9 billion in 2022") dates it; "a year earlier" does not
    return not any(ent.label_ == "DATE" and ent.root.i in inside
                   and any(not m.relative for m in entity_dates(ent))
                   for ent in doc.ents)


def is_cumulative(doc: Any, start: int, end: int) -> bool:
    """Is the change at doc.text[start:end] counted since some point ("has doubled since 2015", "up 81% since
    2005"), i.e. over several years, not a year's? Read from the parse: a "since" phrase or clause on the
    figure's verb. Source: the prep/mark relations of spaCy's English parse."""
    token = figure_token(doc, start, end)
    line = {token.i} if token is not None else set()
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
        line.add(token.i)
    if token is None:
        return False
    if any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in token.children):
        return True
    # "has grown 30% over the past three years", "rose 60% in recent years", "2.5-fold over five years": a span of
    # several years or months (a plural DATE noun after "over"/"in"/"during"/"within" or as an adverbial, in the
    # verb's own clause) is no one year's change
    return any(span_of_time(d, line) for d in token.subtree)


SPAN_PREPOSITIONS = frozenset({"over", "in", "during", "within", "across"})


def span_of_time(noun: Any, line: set[int]) -> bool:
    """Is `noun` a plural DATE noun ("years", "months") that measures the time of the change whose figure and
    verb are the tokens `line` (indices): the object of a preposition of SPAN_PREPOSITIONS or an adverbial noun
    hanging on one of them ("grown 30% over the past three years", "2.5-fold over five years"; not "the
    fastest pace in years", which hangs on another noun)?"""
    if noun.ent_type_ != "DATE" or noun.tag_ != "NNS":
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in SPAN_PREPOSITIONS and noun.head.head.i in line
    return noun.dep_ == "npadvmod" and noun.head.i in line


def comparison_spans(doc: Any, lang: str = "en") -> list[tuple[int, int]]:
    """Character spans (offsets in doc.text) of the DATE entities that are the base of a comparison, not the
    period of a figure: "an increase of 20 percent compared to 2021", "up 20% from a year earlier", "than in
    2021", "against 2022". Read from the parse: the date hangs, through prepositions, on a comparison word
    (CHANGE_WORDS "base") or on "from" after a word of change. Source: spaCy's English entities and parse."""
    words = CHANGE_WORDS.get(lang)
    if words is None:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if _COMPARED_AFTER.match(" " + ent.text):
            # the entity takes in the comparative before its base ("15.5% more than a year earlier")
            out.append((ent.start_char, ent.end_char))
            continue
        token = ent.root
        for _ in range(4):
            head = token.head
            if head.i == token.i or head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in words["base"]:
                break
            if head.lemma_.lower() in words["base"] or head.lower_ in words["base"] or (
                    head.lower_ == "from" and _direction_of(head.head, words, False)[0] is not None):
                out.append((ent.start_char, ent.end_char))
                break
            token = head
    return out


# ---------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date read from text, as far as it is given (year, month, day), with its character span."""
    year: int | None
    month: int | None
    day: int | None
    relative: bool  # "last year", "on Monday": resolved against the reference date when one was given
    start: int
    end: int

    def as_date(self) -> dt.date | None:
        """The date, taking the first of the month/year when only the month or year is known."""
        if self.year is None:
            return None
        month = self.month or 1
        day = min(self.day or 1, calendar.monthrange(self.year, month)[1])
        return dt.date(self.year, month, day)

    def last_day(self) -> dt.date | None:
        """The latest day the mention can mean: the last of its month or year when only those are known
        ("in 2024" may be 31 December 2024)."""
        if self.year is None:
            return None
        month = self.month or 12
        last = calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, min(self.day or last, last))

    @property
    def precision(self) -> str | None:
        """"day", "month" or "year"; None for an unresolved relative mention."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None


_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# Month names are matched capitalised only: "may" in lower case is the modal verb.
_MONTH = (
    r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s))"
)
_FULL_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?P<year>19\d\d|20\d\d|2100)(?![\d%])(?!\.\d)(?!,\d)"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None, "a few": None,
}

_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(
            r"(?<![\d-])(?P<year>19\d\d|20\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
        ),
    ),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:-|–|to)\s*\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)")),
    (
        "m",
        re.compile(
            rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s)|(?<=\b[Ff]rom\s)"
            rf"|(?<=\b[Ee]arly\s)|(?<=\b[Ll]ate\s)|(?<=\bmid-)|(?<=\b[Mm]id\s)|(?<=\b[Ll]ast\s)"
            rf"|(?<=\b[Tt]his\s)"
            rf"|(?<=\b[Dd]uring\s)|(?<=\b[Ss]ince\slast\s)){_FULL_MONTH}\b(?!\s+\d)"
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:the\s+)?(?P<part>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
            r"(?P<unit>quarter|half)\s+of\s+(?:(?P<rel>this|last|next)\s+year|" + _YEAR + r")",
            re.IGNORECASE,
        ),
    ),
    ("qshort", re.compile(r"\b(?P<unit>[QH])(?P<part>[1-4])\s*(?:of\s+)?" + _YEAR)),
    (
        # "January-December 2024", "from January to September 2024", "January through June 2024": a run of
        # months of one year (a whole year when it runs from January to December)
        "month_range",
        re.compile(
            r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\s*(?:-|–|—|to|through|till|until)\s*"
            r"(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December)"
            r",?\s+(?:of\s+)?" + _YEAR
        ),
    ),
    (
        "months_of",
        re.compile(
            r"\b(?:the\s+)?first\s+(?P<part>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
            r"months\s+of\s+(?:(?P<rel>this|last)\s+year|" + _YEAR + r")",
            re.IGNORECASE,
        ),
    ),
]
_RELATIVE = re.compile(
    r"\b(?:(?P<earlier>earlier|later|early|late)\s+)?(?P<which>last|this|next|past)\s+"
    r"(?P<unit>year|month|week)\b"
    r"|\b(?P<dayword>yesterday|today|tomorrow)\b"
    r"|\b(?P<count>\d{1,2}|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
    r"\s+"
    r"(?P<agounit>days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:(?P<wdwhich>last|next|this|on|since|until|by|from)\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!,?\s+(?:\d|[A-Z][a-z]+\s+\d))",  # "Monday, July 4, 2023" is read as the full date
    re.IGNORECASE,
)
# Words that make a bare four-digit number a year ("in 2021", "since 2005", "the 2015 deal").
_YEAR_CONTEXT = frozenset(
    """in since from for until till to by before after during of between and or through around circa early late
    mid year years fiscal spring summer autumn fall winter the its their his her this that than as end
    start beginning january february march april may june july august september october november december
    """.split()
)
# Nouns that make a four-digit number a count ("2000 troops"), not a year.
_COUNT_NOUNS = re.compile(
    r"\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|tonnes?|tons?|barrels?|bpd|people|persons|"
    r"troops|soldiers|men|women|workers|units|drones|missiles|jets|aircraft|tanks|vehicles|trucks|wagons|"
    r"containers|students|visitors|tourists|pilgrims|companies|firms|mw|megawatts?|gw|kw|kg|feet|ft|"
    r"dollars|euros|rubles|roubles|rials|votes|seats|cases|deaths|dead|times|hectares|sq|square|cubic|"
    r"bn|billion|million|m\b|percent|per\s?cent|%)",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"(?<![\w$€£¥₽.,/])(?P<year>19\d\d|20\d\d|2100)(?![\w%]|[.,]\d)")
_RANGE_TAIL = re.compile(r"\s?(?:-|–|—|/|to\s)\s?(?P<tail>\d{4}|\d{2})(?![\w%]|[.,]\d)")


def find_dates(text: str, ref: dt.date | None = None) -> list[DateMention]:
    """Dates in `text`; partial dates take their year from `ref`, and relative ones resolve against it. A new list
    each call (the mentions themselves are frozen)."""
    return list(_dates_in(text, ref))


# A sentence's dates are asked for by several readers (the reading's date, the developments reader's background
# test, the entities' dates) and again for each syndicated copy; the answer depends on the two arguments alone.
@lru_cache(maxsize=1 << 14)
def _dates_in(text: str, ref: dt.date | None) -> tuple[DateMention, ...]:
    found: list[tuple[int, int, DateMention]] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            mention = _absolute_mention(kind, match, ref)
            if mention:
                found.append((match.start(), match.end(), mention))
    for match in _RELATIVE.finditer(text):
        mention = _relative_mention(match, ref)
        if mention:
            found.append((mention.start, mention.end, mention))
    found.extend(_bare_years(text))
    return tuple(_drop_overlaps(found))


def _absolute_mention(kind: str, match: re.Match[str], ref: dt.date | None) -> DateMention | None:
    groups = match.groupdict()
    if kind == "month_range":
        return DateMention(int(groups["year"]), None, None, False, match.start(), match.end())
    if kind in ("quarter", "qshort", "months_of"):
        year = _year_of(groups.get("year"), groups.get("rel"), ref)
        return DateMention(year, None, None, groups.get("rel") is not None, match.start(), match.end())
    month = _month_number(groups["mon"]) if groups.get("mon") else None
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and month and day and day > calendar.monthrange(year, month)[1]:
        return None
    if year is None and ref is not None and month is not None:
        year = _recent_year(month, day or 1, ref)
    return DateMention(year, month, day, False, match.start(), match.end())


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return int(key) if key.isdigit() else _MONTH_NAMES.get(key) or _MONTH_ABBR[key]


def _year_of(year: str | None, rel: str | None, ref: dt.date | None) -> int | None:
    if year:
        return int(year)
    if rel and ref:
        return ref.year + {"this": 0, "last": -1, "next": 1}[rel.lower()]
    return None


def _recent_year(month: int, day: int, ref: dt.date) -> int:
    """The year of the most recent month/day not after ref + 31 days (news looks back, rarely far ahead)."""
    horizon = ref + dt.timedelta(days=31)
    for year in (horizon.year, horizon.year - 1, horizon.year - 2):
        day_in_month = min(day, calendar.monthrange(year, month)[1])
        if dt.date(year, month, day_in_month) <= horizon:
            return year
    return horizon.year - 1


def _relative_mention(match: re.Match[str], ref: dt.date | None) -> DateMention | None:
    span = match.span()
    if match.group("weekday"):
        if match.group("weekday")[0].islower():
            return None  # weekdays are capitalised in news copy; a lower-case match is something else
        return _weekday_mention(match, ref)
    if ref is None:
        return DateMention(None, None, None, True, *span)
    if match.group("dayword"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("dayword").lower()]
        day = ref + dt.timedelta(days=offset)
        return DateMention(day.year, day.month, day.day, True, *span)
    if match.group("agounit"):
        return _ago_mention(match, ref)
    which, unit = match.group("which").lower(), match.group("unit").lower()
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return DateMention(ref.year + step, None, None, True, *span)
    if unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return DateMention(year, month + 1, None, True, *span)
    # A week only pins down the month it falls in.
    day = ref + dt.timedelta(weeks=step)
    return DateMention(day.year, day.month, None, True, *span)


def _weekday_mention(match: re.Match[str], ref: dt.date | None) -> DateMention:
    which = (match.group("wdwhich") or "").lower()
    start = match.start() if which in ("last", "next", "this") else match.start("weekday")
    if ref is None:
        return DateMention(None, None, None, True, start, match.end())
    target = _WEEKDAYS[match.group("weekday").lower()]
    if which == "next":
        delta = (target - ref.weekday()) % 7 or 7
    elif which == "last":
        delta = -((ref.weekday() - target) % 7 or 7)
    else:
        delta = -((ref.weekday() - target) % 7)  # news mostly reports the past week: the latest such day
    day = ref + dt.timedelta(days=delta)
    return DateMention(day.year, day.month, day.day, True, start, match.end())


def _ago_mention(match: re.Match[str], ref: dt.date) -> DateMention | None:
    count_word = match.group("count").lower()
    count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS.get(count_word)
    if count is None:
        return DateMention(None, None, None, True, *match.span())
    unit = match.group("agounit").lower().rstrip("s")
    if unit == "year":
        return DateMention(ref.year - count, None, None, True, *match.span())
    if unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 - count, 12)
        return DateMention(year, month + 1, None, True, *match.span())
    day = ref - dt.timedelta(days=count * (7 if unit == "week" else 1))
    return DateMention(day.year, day.month, day.day if unit == "day" else None, True, *match.span())


def _bare_years(text: str) -> list[tuple[int, int, DateMention]]:
    found: list[tuple[int, int, DateMention]] = []
    for match in _BARE_YEAR.finditer(text):
        year = int(match.group("year"))
        tail = _RANGE_TAIL.match(text, match.end())
        second = _range_end(year, tail.group("tail")) if tail else None
        if tail and second is not None and not _COUNT_NOUNS.match(text, tail.end()):
            # A year range ("2014-18") is date-like on its own; both ends are reported.
            found.append((match.start(), match.end(), DateMention(year, None, None, False, *match.span())))
            tail_span = tail.span("tail")
            found.append((tail_span[0], tail_span[1], DateMention(second, None, None, False, *tail_span)))
            continue
        if _looks_like_year(text, match.start(), match.end()):
            found.append((match.start(), match.end(), DateMention(year, None, None, False, *match.span())))
    return found


def _range_end(first: int, tail: str) -> int | None:
    if len(tail) == 4:
        second = int(tail)
    else:
        second = first - first % 100 + int(tail)
        if second <= first:
            second += 100
    return second if first < second <= first + 30 and second <= 2100 else None


def _looks_like_year(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25) : start]
    if re.search(r"[$€£¥₽]\s?$|\bNo\.\s?$|#\s?$", before):
        return False
    if _COUNT_NOUNS.match(text, end):
        return False
    if re.match(r"['’]s\b|\s*\)", text[end:]):
        return True  # "2022's figures", "(2023)"
    if re.match(r":\s", text[end:]):
        return True  # a year as a fact box's or a timeline's label: "Trade turnover, 2024: about $4.8 billion" (en22)
    if not before.strip() and start < 25 and re.match(r"\s+[-–—]{1,2}\s+\D", text[end:]):
        return True  # a timeline's entry opened by its year and a dash: "2024 - Turnover recovers to …" (en24)
    if re.search(r"\bmid-$|(?:19|20)\d\d\s*(?:,|and|or)\s*$", before):
        return True
    previous = re.search(r"([A-Za-z]+)[\s,]*$", before)
    return bool(previous and previous.group(1).lower() in _YEAR_CONTEXT)


# Nouns of a length of time: a DATE entity with one of them that find_dates does not read as a relative date
# ("last year", "two years ago") is a duration ("three years", "a 25-year deal"), which dateparser would
# misread as a date counted back from the reference date.
DURATION_NOUNS = frozenset("year month week day decade hour minute century".split())
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WRITTEN_DAY = re.compile(r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
                          re.IGNORECASE)


def entity_dates(ent: Any, ref: dt.date | None = None) -> list[DateMention]:
    """The dates a DATE entity of a spaCy Doc names, offsets in the entity's Doc text. The entity has already
    decided that its words are a date (a bare "2023" needs no context word here); find_dates reads the
    shapes news gives periods (parts of years, ranges, "early 2023", relative words), dateparser the rest
    ("January", "14 Mar", "2022-09") with RELATIVE_BASE = `ref` and PREFER_DATES_FROM = past. A duration
    ("three years") and what dateparser would have to invent (a month for "17 2022", a year from "15-16") are
    no date: []."""
    found = [replace_span(m, ent.start_char) for m in find_dates(ent.text, ref)]
    if found:
        return found
    if any(t.lemma_.lower() in DURATION_NOUNS for t in ent):
        return []
    data = _parsed_date(ent.text, ref)
    if data is None:
        return []
    year, month, day, period = data
    written_year = _FOUR_DIGIT_YEAR.search(ent.text)
    if written_year is None and (ref is None or abs(year - ref.year) > 1):
        return []  # a year taken from some other number ("September 15-16" read as 2016)
    if written_year is not None and int(written_year.group()) != year:
        return []
    if period == "day" and not _WRITTEN_DAY.search(ent.text):
        return []  # a day without a written month: dateparser filled it in from the reference date
    relative = written_year is None
    return [DateMention(year, month if period in ("day", "month") else None, day if period == "day" else None,
                        relative, ent.start_char, ent.end_char)]


def replace_span(mention: DateMention, offset: int) -> DateMention:
    """The mention with its offsets moved by `offset` (from an entity's text to its Doc's)."""
    return DateMention(mention.year, mention.month, mention.day, mention.relative, mention.start + offset,
                       mention.end + offset)


@lru_cache(maxsize=4096)
def _parsed_date(text: str, ref: dt.date | None) -> tuple[int, int, int, str] | None:
    """dateparser's reading of `text`: (year, month, day, period: "day" | "month" | "year" | ...), or None.
    Cached: one call costs about a millisecond, and syndicated copies repeat their dates."""
    data = _date_parser(ref).get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    return data.date_obj.year, data.date_obj.month, data.date_obj.day, data.period


@lru_cache(maxsize=64)
def _date_parser(ref: dt.date | None) -> Any:
    """An English DateDataParser whose relative dates count from `ref` (the article's date) and prefer the
    past (news reports what has happened); the first of a month or year stands for one without a day."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


# ---------------------------------------------------------------------------------------------------------
# Reporting periods
# ---------------------------------------------------------------------------------------------------------

_PART_NUMBERS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
    "last": 4, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}


@dataclass(frozen=True)
class _Period:
    label: str
    start: int
    end: int


def period_near(text: str, start: int, end: int, ref: dt.date | None = None,
                exclude: Sequence[tuple[int, int]] = ()) -> str | None:
    """The reporting period of the figure at text[start:end]: nearest year, range or quarter in its sentence.

    Labels: "2022", "2014-2018", "2023-Q1", "2023-H1", "2023-9M" (first nine months), "2022-09" (a month).
    Years after "since" are skipped: "up 81% since 2005" is a cumulative change, not a 2005 figure; so are
    periods inside an `exclude` span (offsets in `text`: the base of a comparison, comparison_spans).
    """
    sentence = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    if sentence is None:
        return None
    periods = [p for p in _periods_in(sentence.text, ref)
               if not any(a < sentence.start + p.end and sentence.start + p.start < b for a, b in exclude)]
    if not periods:
        return None
    local_start, local_end = start - sentence.start, end - sentence.start

    def distance(period: _Period) -> tuple[int, int]:
        if period.start >= local_end:
            return (period.start - local_end, 0)  # after the figure wins ties: "$4.9bn in 2022"
        return (max(0, local_start - period.end), 1)

    return min(periods, key=distance).label


def _periods_in(sentence: str, ref: dt.date | None) -> list[_Period]:
    periods: list[_Period] = []
    for kind, pattern in _DATE_PATTERNS:
        if kind not in ("quarter", "qshort", "months_of", "month_range"):
            continue
        for match in pattern.finditer(sentence):
            year = _year_of(match.groupdict().get("year"), match.groupdict().get("rel"), ref)
            if year is not None:
                periods.append(_Period(_sub_year_label(kind, match, year), *match.span()))
    mentions = [m for m in find_dates(sentence, ref) if m.year is not None and _can_be_period(sentence, m)]
    mentions = [m for m in mentions if not any(p.start <= m.start < p.end for p in periods)]
    for index, mention in enumerate(mentions):
        if re.search(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$", sentence[: mention.start], re.I):
            continue
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        if nxt and _is_range(sentence, mention, nxt):
            periods.append(_Period(f"{mention.year}-{nxt.year}", mention.start, nxt.end))
            continue
        prev = mentions[index - 1] if index else None
        if prev and _is_range(sentence, prev, mention):
            continue
        periods.append(_Period(_mention_label(mention), mention.start, mention.end))
    return periods


def _can_be_period(sentence: str, mention: DateMention) -> bool:
    """Days and weeks without a written year ("on Monday", "last week") date the report, not the figure."""
    written = sentence[mention.start : mention.end]
    if mention.precision == "day" and not re.search(r"\d{4}", written):
        return False
    return not re.search(r"\bweek\b", written, re.IGNORECASE)


def _is_range(sentence: str, first: DateMention, second: DateMention) -> bool:
    if first.precision != "year" or second.precision != "year" or first.relative or second.relative:
        return False
    gap = sentence[first.end : second.start]
    between = re.search(r"\bbetween\s+$", sentence[: first.start], re.I) and re.fullmatch(r"\s+and\s+", gap)
    return bool(re.fullmatch(r"\s?(?:-|–|—|/|to\s)\s?", gap) or between)


def whole_year_span(text: str) -> bool:
    """Does `text` name a run of months covering a whole year ("January-December 2024", "from January to
    December 2024")?"""
    pattern = dict(_DATE_PATTERNS)["month_range"]
    return any(_sub_year_label("month_range", m, 0) == "0" for m in pattern.finditer(text))


def _sub_year_label(kind: str, match: re.Match[str], year: int) -> str:
    if kind == "month_range":
        first, last = _month_number(match.group("mon")), _month_number(match.group("mon2"))
        if (first, last) == (1, 12):
            return str(year)
        return f"{year}-{last}M" if first == 1 else f"{year}-{first:02d}-{last:02d}"
    part = match.group("part").lower()
    number = int(part) if part.isdigit() else _PART_NUMBERS[part]
    if kind == "months_of":
        return f"{year}-{number}M"
    unit = match.group("unit").lower()
    return f"{year}-{'Q' if unit in ('quarter', 'q') else 'H'}{number}"


def _mention_label(mention: DateMention) -> str:
    # A named month is usually a monthly statistic; a full date is an event, whose period is its year.
    if mention.precision == "month":
        return f"{mention.year}-{mention.month:02d}"
    return str(mention.year)


# ---------------------------------------------------------------------------------------------------------
# Office-holders
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeHolder:
    """A person named with an office title ("Foreign Minister X"), with the character span of the name."""
    title: str  # the title as the caller gave it
    name: str
    start: int  # span of the name
    end: int


_PARTICLE = r"(?:al|el|as|ash|ad|ar|bin|ibn|bint|abu|abd|von|van|der|de|da|di|du|del|dos|la|le|ul|ud|ol)"
_NAME_TOKEN = rf"(?:{_PARTICLE}[-‑])?[A-ZÀ-ÖØ-Þ][\w'’‑-]*|[A-Z]\."
# Name tokens are separated by spaces only: a line break ends a name (headings are not part of it).
_NAME = rf"(?P<name>(?:{_NAME_TOKEN})(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?(?:{_NAME_TOKEN})){{1,5}})"
# Modifiers that may sit between an article or possessive and the office ("Iran's newly elected president").
_MODIFIERS = (
    r"(?:newly|new|elected|newly-elected|president-elect|current|incumbent|sitting|serving|acting|interim|"
    r"caretaker|outgoing|incoming|then|then-|former|late|previous|veteran|long-serving|longtime|powerful|"
    r"influential|hardline|hard-line|reformist|moderate|conservative|ultraconservative|ultra-conservative|"
    r"pragmatic|top|chief)"
)
_MODS = rf"(?:{_MODIFIERS}[\s-]+){{0,3}}"
# Words that change the office when they precede it: a deputy foreign minister is not the foreign minister.
_SUBORDINATE = re.compile(
    r"\b(?:deputy|vice|assistant|ex|advis[eo]r\s+to\s+the|first\s+vice)[\s-]*$", re.IGNORECASE
)
@dataclass(frozen=True)
class NameWords:
    """The words that are no part of a person's name when a name is read next to an office's title: general
    English words (spaCy's English stop words, the names of days and months, GENERAL_NOT_NAMES) always; the
    catalogue's `[names]` adds `honorifics` (trimmed from a name's start: "Ayatollah", "Dr.") and `not_names`
    (institutions and offices: "ministry", "spokesman"), and its places (claims.entities): a country's name or
    capital is no name either."""
    honorifics: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    places: Places = NO_PLACES


NO_NAME_WORDS = NameWords()
# words no library lists as stop words that stand next to a name in news prose without being part of it
GENERAL_NOT_NAMES = frozenset("""meanwhile however earlier later speaking according said says told today yesterday
    tomorrow north south east west europe asia""".split())


@lru_cache(maxsize=1)
def general_not_names() -> frozenset[str]:
    """spaCy's English stop words, calendar's day and month names (English) and GENERAL_NOT_NAMES."""
    from spacy.lang.en.stop_words import STOP_WORDS

    calendar_words = {w.lower() for w in list(calendar.day_name) + list(calendar.month_name) if w}
    return frozenset(STOP_WORDS) | calendar_words | GENERAL_NOT_NAMES


def find_office_holders(text: str, titles: Sequence[str], words: NameWords = NO_NAME_WORDS) -> list[OfficeHolder]:
    """Names holding one of `titles` in common news patterns (_office_holders); a new list each call (the holders
    themselves are frozen)."""
    return list(_office_holders(text, tuple(titles), words))


# Each of a sentence's person claims asks with its titles, and a syndicated copy asks again: the answer depends on
# the three arguments alone (the patterns are compiled once per title).
@lru_cache(maxsize=1 << 13)
def _office_holders(text: str, titles: tuple[str, ...], words: NameWords) -> tuple[OfficeHolder, ...]:
    """Names holding one of `titles` ("Foreign Minister", "Iran's president") in common news patterns: each an
    OfficeHolder (the title as given, the name, the name's offsets in `text`), in text order. `words` tells
    what is no part of a name (the catalogue's `names`).

    Why these patterns stay beside the PERSON entities (claims.offices reads those): measured 2026-11-30 with
    `claimwatch eval ../shared/data/news-dev`, reading articles by the entity reader alone gives the same
    figures on every split and claim as both together (no gain from dropping the patterns), and the baseline
    cannot be built without them (the five sources' Supreme Leader is named "Ayatollah Ali Khamenei" with no
    other title, which the entity reader does not take for a holder). Without an installed pipeline they are
    the only reader."""
    found: dict[tuple[str, int, int], OfficeHolder] = {}
    for title in titles:
        if not _title_probe(title).search(text):
            continue  # every pattern of the title needs its words: most sentences name none of them
        title_re = _title_pattern(title)
        for holder in _holders_for(text, title, title_re, words):
            found.setdefault((holder.title, holder.start, holder.end), holder)
    return tuple(sorted(found.values(), key=lambda h: (h.start, h.title)))


@lru_cache(maxsize=1024)
def _title_probe(title: str) -> re.Pattern[str]:
    """The title's longest word (apart from apostrophes) as a case-insensitive regex: a text without it
    cannot match any of the title's patterns (_holder_patterns, _shared_qualifier_pattern), which all
    spell out each word of the title; searching for it costs a small part of running them."""
    runs = [run for word in title.split() for run in re.split(r"['’]", word) if run]
    return re.compile(re.escape(max(runs, key=len)) if runs else "", re.IGNORECASE)


def _title_pattern(title: str) -> str:
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in title.split()]
    # Flexible whitespace, optional hyphen ("then-President"), modifiers between title words.
    return "(?i:" + rf"\s+{_MODS}".join(words) + ")"


# After "NAME, TITLE" the title must not itself introduce a name: in "the Leader of the Revolution, Ayatollah
# Ali Khamenei" the words before "Ayatollah" are not a person.
_NOT_BEFORE_NAME = r"(?![ \t]+[A-Z][a-z])"
# A title in the possessive relates another person to the office ("X, the Iranian president's political deputy",
# "X was the president's envoy"): the name after it is no holder (en24).
_NOT_POSSESSED = r"(?!['’]s\b)"


def _holders_for(text: str, title: str, title_re: str, words: NameWords) -> Iterable[OfficeHolder]:
    patterns = _holder_patterns(title_re, _honorific_pattern(words.honorifics))
    shared = _shared_qualifier_pattern(title)
    for side, pattern in patterns + ((("after", shared),) if shared else ()):
        for match in pattern.finditer(text):
            title_start = match.end("name") if side == "before" else match.start()
            if side == "after" and _SUBORDINATE.search(text[max(0, title_start - 30) : title_start]):
                continue
            if side == "before" and _subordinate_inside(text, match):
                continue
            holder = _clean_name(text, title, *match.span("name"), keep_right=side == "before", words=words)
            if holder:
                yield holder


@lru_cache(maxsize=8)
def _honorific_pattern(honorifics: frozenset[str]) -> str:
    """Honorifics between a title and a name ("Foreign Minister Dr. X"), any number of them, longest first."""
    if not honorifics:
        return ""
    words = sorted(honorifics, key=len, reverse=True)
    return r"(?:(?=[A-Z])(?i:" + "|".join(re.escape(w) + (r"(?!\w)" if w.endswith(".") else r"\b") for w in words) \
        + r")\s+)*"


@lru_cache(maxsize=256)
def _holder_patterns(title_re: str, honor: str = "") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled once per title: there are more patterns than the re module's own cache holds."""
    ending = r"(?=\s*(?:,|\.|;|\)|\s[–—-]\s|$|\n)|\s+(?:said|says|told|added|stressed|noted|wrote)\b)"
    patterns = [
        ("after", rf"(?<![\w-]){title_re}\s+{honor}{_NAME}"),
        ("after", rf"(?<![\w-]){title_re},\s+{honor}{_NAME}{ending}"),
        # "Abbas Araghchi, Iran's foreign minister": a possessive or nationality word may precede the title.
        (
            "before",
            rf"{_NAME},\s+(?:(?:the|a|an|who\s+is|who\s+was|who\s+became|now|currently)\s+)*{_MODS}"
            rf"(?:[A-Z][\w-]*(?:['’]s)?\s+{_MODS})?{title_re}\b{_NOT_POSSESSED}{_NOT_BEFORE_NAME}",
        ),
        (
            "before",
            rf"{_NAME}\s+(?:became|becomes|has\s+become|had\s+become|is|was|remains|remained|serves\s+as|"
            rf"served\s+as|was\s+elected(?:\s+as)?|has\s+been\s+elected(?:\s+as)?|was\s+sworn\s+in\s+as|"
            rf"(?:was|has\s+been)\s+(?:confirmed|appointed|named|approved|endorsed|installed)(?:\s+by(?:\s+[\w'’-]+){{1,3}})?\s+as|"
            rf"took\s+office\s+as|was\s+appointed(?:\s+as)?|was\s+named(?:\s+as)?|was\s+confirmed\s+as|"
            rf"was\s+inaugurated\s+as|succeeded\s+\S+(?:\s+\S+)?\s+as)\s+(?:(?:the|a|an|now)\s+)?{_MODS}"
            rf"{title_re}\b{_NOT_POSSESSED}",
        ),
        # "Masoud Pezeshkian took the oath on Tuesday, formally becoming the ninth president of ...": the name
        # opens the sentence (or follows a dateline dash), so it is the subject of "becoming".
        (
            "before",
            rf"(?:^|(?<=[-–—]\s)){_NAME}\s+(?:[^.;]{{1,140}}?,\s+)?(?:(?:formally|officially|thus)\s+)?"
            rf"(?:becoming|to\s+become)\s+(?:the\s+)?(?:[a-z]+(?:th|st|nd|rd)\s+)?{_MODS}{title_re}\b{_NOT_POSSESSED}",
        ),
        # "confirmed Mohammad Mokhber as acting president", "named Ali Bagheri Kani, the negotiator, as ..."
        (
            "before",
            rf"{_NAME}(?:,[^,.;]{{1,80}},)?\s+as\s+(?:(?:the|a|an|its|the\s+country['’]s)\s+)?{_MODS}"
            rf"(?:[A-Z][\w-]*(?:['’]s)?\s+{_MODS})?{title_re}\b{_NOT_POSSESSED}",
        ),
    ]
    return tuple((side, re.compile(pattern)) for side, pattern in patterns)


_PLAIN_NAME = _NAME.replace("(?P<name>", "(?:")


@lru_cache(maxsize=256)
def _shared_qualifier_pattern(title: str) -> re.Pattern[str] | None:
    """A nationality word shared by coordinated titles: in "Iranian Foreign Minister Abbas Araghchi and
    President Masoud Pezeshkian", "Iranian" qualifies the president too. Only for titles made of a
    qualifier ("Iranian", "Iran's") and a head ("President")."""
    words = title.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in ("acting", "interim", "president"):
        return None
    qualifier = re.sub(r"['’]", "['’]", re.escape(words[0]))
    head = r"\s+".join(re.escape(w) for w in words[1:])
    return re.compile(
        # Not after "between": "talks between Iranian Minister X and President Y" names two sides.
        rf"(?<![\w-])(?<!between\s){qualifier}\s+(?:[A-Z][\w-]*\s+){{1,3}}{_PLAIN_NAME}\s*,?\s+and\s+"
        rf"(?i:{head})\s+{_NAME}")


def _subordinate_inside(text: str, match: re.Match[str]) -> bool:
    # Only the words next to the title: an appositive before it ("X, a former deputy prime minister, as
    # defence minister") describes the person, not the office.
    between = text[match.end("name") : match.end()].rsplit(",", 1)[-1]
    return bool(re.search(r"\b(?:deputy|vice|assistant|adviser|advisor|ex)\b", between, re.IGNORECASE))


def _clean_name(text: str, title: str, start: int, end: int, keep_right: bool,
                words: NameWords = NO_NAME_WORDS) -> OfficeHolder | None:
    """Trim honorifics, possessives and capitalised non-names; keep 2-4 tokens."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    tokens = [(s, e - 2) if re.search(r"['’]s$", text[s:e]) else (s, e) for s, e in tokens]
    is_bad = [_not_name(text[s:e], words) for s, e in tokens]
    # A name is a run of good tokens; the run next to the title is the holder's name.
    runs: list[list[tuple[int, int]]] = [[]]
    for token, bad in zip(tokens, is_bad):
        if bad:
            runs.append([])
        else:
            runs[-1].append(token)
    runs = [run for run in runs if run]
    if not runs:
        return None
    run = runs[-1] if keep_right else runs[0]
    if keep_right:
        # "In Tehran Abbas Araghchi, ..." - a name is at most four tokens; take those nearest the title.
        run = run[-4:]
    else:
        run = run[:4]
        # A possessive ends the name: "President Masoud Pezeshkian's government".
        for i, (s, e) in enumerate(run):
            if e < len(text) and text[e : e + 2] in ("'s", "’s"):
                run = run[: i + 1]
                break
    # Particles may not start or end a name.
    while run and re.fullmatch(_PARTICLE, text[run[0][0] : run[0][1]]):
        run = run[1:]
    while run and re.fullmatch(_PARTICLE, text[run[-1][0] : run[-1][1]]):
        run = run[:-1]
    if len(run) < 2 or len(run) > 4:
        return None
    name_start, name_end = run[0][0], run[-1][1]
    name = text[name_start:name_end]
    if _place(name, words.places) or all(_place(text[s:e], words.places) for s, e in run):
        return None
    return OfficeHolder(title, name, name_start, name_end)


def _place(text: str, places: Places) -> bool:
    """Is `text` as a whole a country's name (claims.entities: a name, demonym or capital)?"""
    return names_country(text, places)


def _not_name(token: str, words: NameWords = NO_NAME_WORDS) -> bool:
    bare = token.rstrip(".,;:")
    low = fold(bare)
    if low in general_not_names() or low in words.not_names or low.rstrip(".") in words.honorifics \
            or low in words.honorifics:
        return True
    if any(ch.isdigit() for ch in bare):
        return True
    if len(bare) > 1 and bare.isupper() and "." not in bare:
        return True  # acronyms: IRGC, SCO, TASS
    return bool(_place(bare, words.places) and not re.match(rf"{_PARTICLE}\b", low))


_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def person_key(name: str) -> str:
    """Comparison key: the folded surname, so "Sergei Lavrov" and "Sergey Lavrov" compare equal."""
    tokens = [t for t in re.split(r"[\s,]+", fold(name)) if t]
    while tokens and tokens[-1] in _SUFFIXES:
        tokens.pop()
    if not tokens:
        return ""
    # "Amir-Abdollahian" and "Abdollahian", "al-Assad" and "Assad" share the final hyphen part.
    surname = re.split(r"[-‑]", tokens[-1])[-1] or tokens[-1]
    return _fold_transliteration(surname)


def _fold_transliteration(word: str) -> str:
    word = re.sub(r"[^a-z]", "", word)
    for old, new in (("kh", "h"), ("gh", "g"), ("q", "g"), ("zh", "j"), ("dj", "j"), ("ph", "f"), ("ck", "k"),
                     ("ou", "u"), ("oo", "u"), ("w", "v"), ("y", "i"), ("ee", "i"), ("ae", "a")):
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def same_person(a: str, b: str) -> bool:
    """Whether two renderings of a name refer to one person (by transliteration-folded surname)."""
    key_a, key_b = person_key(a), person_key(b)
    return bool(key_a) and key_a == key_b


# ---------------------------------------------------------------------------------------------------------
# Modality
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Modality:
    """How a statement is made: negated, denied, hedged, about the future or the past, and the words that say so."""
    negated: bool
    denied: bool
    hedged: bool
    future: bool
    past: bool
    cues: tuple[str, ...]


_FALSE = r"(?:false|baseless|untrue|groundless|unfounded|fabricat\w+|lies|propaganda|fake)"
# (cue label, pattern on folded text). Longer cues come first within a category so that "no longer" is not
# also reported as "no", and "has not" not also as "not".
_CUES: dict[str, list[tuple[str, str]]] = {
    "negated": [
        ("no longer", r"no longer"),
        ("has yet to", r"ha(?:s|ve) yet to"),
        ("yet to", r"yet to"),
        ("not yet", r"not yet"),
        ("failed to", r"fail(?:ed|s|ing)? to"),
        ("has not", r"ha(?:s|ve|d) not|ha(?:s|ve|d)n't"),
        ("refused to", r"refus(?:ed|es|ing|e) to"),
        ("ruled out", r"rul(?:ed|es|ing) out"),
        ("neither", r"neither"),
        ("nor", r"nor"),
        ("never", r"never"),
        ("without", r"without"),
        ("not", r"not(?! only\b)|cannot"),
        ("n't", r"[a-z]+n't"),
        ("no", r"no(?!\.? ?\d)(?! doubt\b)(?! matter\b)"),
    ],
    "denied": [
        (
            "did not confirm",
            r"(?:did not|didn't|has not|hasn't|would not|wouldn't|declined to|refused to) confirm",
        ),
        (
            "called baseless",
            rf"(?:called|calling|calls|call|described|termed|branded|dismissed|rejected)\s+"
            rf"(?:\S+\s+){{0,6}}?as\s+(?:\S+\s+)?{_FALSE}"
            rf"|(?:called|calling|calls|termed|branded)\s+(?:\S+\s+){{0,6}}?{_FALSE}",
        ),
        ("rejected", r"reject(?:ed|s|ing)?\s+(?:\S+\s+){0,3}?(?:reports?|claims?|allegations?|accusations?|"
                     r"assertions?|suggestions?|rumou?rs?|speculation|accounts?|stor(?:y|ies)|charges?)"),
        ("dismissed", r"dismiss(?:ed|es|ing)?\s+(?:\S+\s+){0,3}?"
                      r"(?:reports?|claims?|allegations?|accusations?|"
                      r"suggestions?|rumou?rs?|speculation|stor(?:y|ies)|charges?|as)"),
        ("denied", r"den(?:ied|ies|y|ying|ial|ials)"),
        ("refuted", r"refut(?:ed|es|e|ing)"),
        ("no truth", r"no truth"),
        ("fake news", r"fake news"),
        ("baseless", r"baseless|groundless|unfounded"),
        ("rumours", r"rumou?rs?"),
    ],
    "hedged": [
        ("according to sources", r"according to (?:\S+ ){0,2}sources?"),
        ("sources said", r"(?:sources?|insiders?) (?:said|say|says|told|familiar|close to)"),
        ("is said to", r"(?:is|are|was|were) said to"),
        ("is believed to", r"(?:is|are|was|were) believed to"),
        ("appears to", r"appear(?:s|ed)? to"),
        ("seems to", r"seem(?:s|ed)? to"),
        ("reportedly", r"reportedly"),
        ("allegedly", r"allegedly|alleged"),
        ("purportedly", r"purportedly|purported"),
        ("rumoured", r"rumou?red"),
        ("unconfirmed", r"unconfirmed|unverified"),
        ("speculation", r"speculat(?:ion|ed|es|ing)"),
        ("claimed", r"claim(?:ed|s|ing)?"),
        ("suggested", r"suggest(?:ed|s|ing)?"),
        ("may", r"may"),
        ("might", r"might"),
        ("could", r"could"),
        ("possibly", r"possibly|possible"),
        ("perhaps", r"perhaps"),
        ("unlikely", r"unlikely"),
        ("likely", r"likely"),
        ("unclear", r"unclear|whether"),
        ("would", r"would|'d(?= [a-z])"),
        ("if", r"if"),
    ],
    "future": [
        ("is expected to", r"(?:is|are|was|were) expected to|expects? to"),
        ("plans to", r"plan(?:s|ning)? to|planned"),
        ("intends to", r"intend(?:s|ed|ing)? to"),
        ("aims to", r"aim(?:s|ing)? to"),
        ("is set to", r"(?:is|are) set to"),
        ("is due to", r"(?:is|are) due to"),
        ("to be signed", r"to be (?:signed|completed|finalised|finalized|delivered|launched|held|opened)"),
        ("is to", r"(?:is|are) to(?= be| [a-z]+)"),
        ("prepares to", r"prepar(?:es|ed|ing|e) to"),
        ("hopes to", r"hop(?:es|e|ing) to"),
        ("in the coming", r"in the coming"),
        ("next year", r"next (?:year|month|week|spring|summer|autumn|fall|winter)"),
        ("scheduled", r"scheduled"),
        ("upcoming", r"upcoming|forthcoming"),
        ("going to", r"going to"),
        ("soon", r"soon(?! after\b)"),
        ("will", r"will|won't|'ll"),
        ("would", r"would"),
    ],
    "past": [
        ("since YEAR", r"since (?:(?:early|mid|late)[ -])?(?:19|20)\d\d"),
        ("at the time", r"at the time"),
        ("back in", r"back in"),
        ("used to", r"used to"),
        ("had been", r"had been"),
        ("previously", r"previously"),
        ("formerly", r"formerly"),
        ("former", r"former|ex-(?=[a-z])"),
        ("predecessor", r"predecessors?"),
        ("previous", r"previous"),
        ("then-", r"then-(?=[a-z])"),
        ("late", r"(?<=\bthe )late(?= (?!\d|(?:19|20)\d\d|last|this|next|in|on|at|night|morning|evening|"
                 r"afternoon|spring|summer|autumn|fall|winter|stage|hours?|\d))"),
        ("until", r"until"),
        ("once", r"once"),
        ("ago", r"ago"),
    ],
}
# the labels of the patterns above: names of what matched, not always the words of the sentence ("called baseless"
# for "calling reports … groundless")
CUE_LABELS = frozenset(label for pairs in _CUES.values() for label, _ in pairs)
_COMPILED_CUES = {
    category: [(label, re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w-])")) for label, pattern in cues]
    for category, cues in _CUES.items()
}
# "will" as a noun ("political will", "the will of the people") is not the future tense.
_NOUN_WILL = re.compile(r"(?:\b(?:the|political|good|free|ill|own|his|her|their|its|a|strong|no)\s+)$")
# "May" the month must not read as the modal verb "may".
_MAY = re.compile(r"\bMay\b")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\d|\b(?:in|of|by|to|mid|last|next|this|early|late|until|since|from|during|through))[\s-]$",
    re.IGNORECASE,
)


def _hide_month_may(text: str) -> str:
    """Replace the month "May" so that it is not read as the modal verb "may"."""

    def replace(match: re.Match[str]) -> str:
        before, after = text[max(0, match.start() - 12) : match.start()], text[match.end() : match.end() + 8]
        is_month = bool(_MONTH_CONTEXT_BEFORE.search(before) or re.match(r",?\s+(?:\d|of\b)", after))
        return "<month>" if is_month else match.group()

    return _MAY.sub(replace, text)


NEGATION_LABELS = frozenset(label for label, _ in _CUES["negated"])


def read_modality(text: str, start: int = 0, end: int | None = None) -> Modality:
    """How `text` (or the clause around text[start:end]) presents its content: negated, denied, hedged, ..."""
    return _modality_of(_scope(text, start, end))


@lru_cache(maxsize=8192)
def _modality_of(scope: str) -> Modality:
    """read_modality of one clause, kept per text: the reader asks again for the same sentence and
    clause for each of its cues (~0.25 ms a call for the ~150 cue patterns)."""
    folded = fold(_hide_month_may(scope))
    found: dict[str, list[tuple[int, str]]] = {}
    for category, cues in _COMPILED_CUES.items():
        taken: list[tuple[int, int]] = []
        hits: list[tuple[int, str]] = []
        for label, pattern in cues:
            for match in pattern.finditer(folded):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if label == "will" and match.group() == "will" and (
                    _NOUN_WILL.search(folded[: match.start()]) or folded.startswith(" of", match.end())
                ):
                    continue
                taken.append(match.span())
                hits.append((match.start(), label))
        found[category] = sorted(hits)
    ordered = sorted({(pos, label) for hits in found.values() for pos, label in hits})
    cues = tuple(dict.fromkeys(label for _, label in ordered))
    return Modality(
        negated=bool(found["negated"]),
        denied=bool(found["denied"]),
        hedged=bool(found["hedged"]),
        future=bool(found["future"]),
        past=bool(found["past"]),
        cues=cues,
    )


def _scope(text: str, start: int, end: int | None) -> str:
    """The clause(s) of the sentence containing text[start:end]; the whole text when no span is given."""
    if end is None and start == 0:
        return text
    end = start if end is None else end
    sentence = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    if sentence is None:
        return text
    local_start, local_end = start - sentence.start, max(end - sentence.start, start - sentence.start + 1)
    spans = [(a, b) for a, b in clauses(sentence.text) if a < local_end and local_start < b]
    if not spans:
        return sentence.text
    return sentence.text[spans[0][0] : spans[-1][1]]


# How far a qualified figure may lie from its number: "over $4 billion" is 4–4.8.
QUALIFIER_BANDS = {"over": (1.0, 1.2), "nearly": (0.9, 1.0), "about": (0.95, 1.05), "under": (0.8, 1.0)}


def band(amount: float, qualifier: str | None) -> tuple[float, float]:
    """(low, high) an amount stands for given its qualifier (about, more than, ...: QUALIFIER_BANDS); +-1%
    without one."""
    lo, hi = QUALIFIER_BANDS.get(qualifier or "", (0.99, 1.01))
    return amount * lo, amount * hi


# A year of the Iranian (Solar Hijri) calendar as a period of its own (lang17): "Iranian year 1402" runs from 21
# March 2023 to 19 March 2024. A user watching the yearly turnover wants its figure (a whole year, later than a
# calendar-year record before 2023); it is never the calendar year it opens in, so it sorts just before that year:
# no change against a record for 2023 (the two overlap), a change against one for 2022 or earlier.
IRANIAN_YEAR = re.compile(r"Iranian year (1[34]\d\d)")
IRANIAN_OFFSET = 621  # 1 Farvardin 1402 is 21 March 2023


def iranian_period(year: str) -> str:
    """The period of the Iranian year `year` ("1402" -> "Iranian year 1402")."""
    return f"Iranian year {year}"


def opening_year(period: str) -> int | None:
    """The calendar year an Iranian year's period opens in ("Iranian year 1402" -> 2023), or None."""
    m = IRANIAN_YEAR.fullmatch(period)
    return int(m.group(1)) + IRANIAN_OFFSET if m else None


def whole_year(period: str) -> bool:
    """Is `period` a whole year (or a span of calendar years): "2024", "2015-2024", "Iranian year 1402"?"""
    return bool(re.fullmatch(r"\d{4}(?:-\d{4})?", period) or IRANIAN_YEAR.fullmatch(period))


def period_sort_key(period: str) -> tuple[int, str]:
    """A sort key of a period ("2023", "2022-2023", "Q1 2024"): its latest year, then the text; 0 without a
    year. An Iranian year sorts before the calendar year it opens in (IRANIAN_YEAR)."""
    opens = opening_year(period)
    if opens is not None:
        return (opens, "")
    years = [int(y) for y in period.replace("-", " ").split() if y[:4].isdigit() and len(y) >= 4]
    return (max(years) if years else 0, period)
