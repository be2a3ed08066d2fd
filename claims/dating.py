"""The reference date of an article whose own date is a stand-in (issue 11, undated25).

A page that gives no date in its markup or its feed entry is dated by when it was fetched (extractors.pages.
choose_date, `date_source` "fetched"); claims.Article says so with `date_estimated`. The fetch day may be months or
years after the page was written, and "last year", "on Thursday" or "this year's figure" read against it name the
wrong time. Such a page's reference date is read from its own text instead (document context): the latest explicit
date (one that gives its year) of an event it tells as past or present, never one it tells as ahead ("will enter
into force on 15 May 2025") nor one after the stand-in. A page that gives no such date has no reference date: its
relative words then name no time (a figure "for last year" is no figure for a known year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from claims.values import find_dates, read_modality
from extractors.text import Sentence

# English words before a date that make it a deadline or a bound, not the time of an event ("by 2030", "until
# March 2026", "before 2027"): no date the page was written at or after.
BOUND_BEFORE = re.compile(r"\b(?:by|until|till|before|through|to)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?"
                          r"(?:early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)


# What a page without a date of its own or of a past event is read by, in the report's words
NO_DATE = "no date on the page: relative dates (\"last year\") name no time"


@dataclass(frozen=True)
class Reference:
    """An article's reference date read from its text: the day (None when the page gives no usable date) and what
    it was read from, in words for the report."""
    day: date | None
    source: str

    @property
    def iso(self) -> str:
        """The day as an ISO date, "" when there is none."""
        return self.day.isoformat() if self.day else ""


def reference_date(sentences: Sequence[Sentence], lang: str, stand_in: date | None, title: str = "") -> Reference:
    """The latest explicit date `sentences` (and the headline `title`) give for an event told as past or present,
    as its last day (a month or a year given alone may mean its last day: "in October 2025" is written on 31
    October 2025 or later), and never after `stand_in` (the fetch day the page was dated by). English dates are
    read by claims.values.find_dates in the clause's modality (claims.values.read_modality: no future, no
    bound such as "by 2030"); another language's by claims.languages.statement_date in sentences without the
    language's future words (languages.toml `future`). Reference(None, ...) when there is none."""
    best: tuple[date, str] | None = None
    texts = ([title] if title else []) + [s.text for s in sentences]
    for text in texts:
        for day, words in _past_dates(text, lang):
            if stand_in is not None and day > stand_in:
                day = stand_in  # a month or year that runs past the fetch day: the page was written by then
            if best is None or day > best[0]:
                best = (day, words)
    if best is None:
        return Reference(None, NO_DATE)
    return Reference(best[0], f"the latest past date on the page, \"{best[1]}\"")


def _past_dates(text: str, lang: str) -> list[tuple[date, str]]:
    """(last day, its words) of each explicit date `text` tells as past or present."""
    if lang != "en":
        return _other_language_dates(text, lang)
    out = []
    for mention in find_dates(text):
        if mention.relative or mention.year is None:
            continue
        if BOUND_BEFORE.search(text[max(0, mention.start - 40):mention.start]):
            continue
        if read_modality(text, mention.start, mention.end).future:
            continue
        last = mention.last_day()
        if last is not None:
            out.append((last, text[mention.start:mention.end]))
    return out


def _other_language_dates(text: str, lang: str) -> list[tuple[date, str]]:
    """Another language's latest explicit date in `text` (claims.languages.statement_date: a year written, or a
    Solar Hijri date), none in a sentence with the language's future words."""
    from claims.languages import DIGITS, EXPLICIT_YEAR, SOLAR_DATE, has, statement_date

    plain = text.translate(DIGITS)
    if not (EXPLICIT_YEAR.search(plain) or SOLAR_DATE.search(plain)) or has(lang, "future", text):
        return []
    last = statement_date(text, lang, last=True)
    return [(last, last.isoformat())] if last is not None else []
