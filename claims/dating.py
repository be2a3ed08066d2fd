"""What an article whose own date is a stand-in shows of its date (issue 11, undated25).

A page that gives no date in its markup or its feed entry is dated by when it was fetched (extractors.pages.
choose_date, `date_source` "fetched"); claims.Article says so with `date_estimated`. The fetch day may be months or
years after the page was written, and "last year" or "this year's figure" read against it name the wrong year. The
page's own text bounds its date from below: it was written on or after the latest explicit date (one that gives its
year) of an event it tells as past or present, never one it tells as ahead ("will enter into force on 15 May 2025")
nor one after the stand-in. That bound is no date of writing: a page on the 2025 snapback may give no year later
than the 2015 nuclear deal's, its recent events dated "on 28 September" alone (news-dev, tune). So the page is
judged by the stand-in, as the product first saw it, and a year it names only by relative words is known only when
the bound falls in the stand-in's own year; otherwise a figure "for last year" is no figure for a known year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from claims.languages import DIGITS, EXPLICIT_YEAR, SOLAR_DATE, has, statement_date
from claims.reader import Reading
from claims.values import find_dates, read_modality
from extractors.text import Sentence

# English words before a date that make it a deadline or a bound, not the time of an event ("by 2030", "until
# March 2026", "before 2027"): no date the page was written at or after.
BOUND_BEFORE = re.compile(r"\b(?:by|until|till|before|through|to)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?"
                          r"(?:early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)
# A year as a figure's period gives it (four digits, of either calendar: "2024", "1403")
PERIOD_YEAR = re.compile(r"(?<!\d)(?:1[34]|19|20)\d\d(?!\d)")
# What the report says of a page with no date of its own and none of a past event
NO_DATE = "no date on the page: a year named by relative words (\"last year\") is not known"


@dataclass(frozen=True)
class Reference:
    """What a page's text shows of its date: the earliest day it can have been written (None when it gives no
    date of a past event) and the words that show it."""
    earliest: date | None
    words: str = ""

    def same_year(self, stand_in: date | None) -> bool:
        """Is the page certainly of the stand-in's year (written on or after a day of that year, by the stand-in)?
        Then "last year" and "this year" name the years they name for the stand-in."""
        return bool(self.earliest and stand_in and self.earliest.year == stand_in.year)

    def describe(self) -> str:
        """The report's words: "written on or after 2025-10-31 (the latest past date on the page, "October
        2025")", or NO_DATE."""
        if self.earliest is None:
            return NO_DATE
        return f"written on or after {self.earliest.isoformat()} (the latest past date on the page, \"{self.words}\")"


def reference_date(sentences: Sequence[Sentence], lang: str, stand_in: date | None, title: str = "") -> Reference:
    """The latest explicit date `sentences` (and the headline `title`) give for an event told as past or present,
    as its last day (a month or a year given alone may mean its last day: "in October 2025" was written on 31
    October 2025 or later), and never after `stand_in` (the fetch day the page was dated by). English dates are
    read by claims.values.find_dates in the clause's modality (claims.values.read_modality: no future, no
    bound such as "by 2030"); another language's by claims.languages.statement_date in sentences without the
    language's future words (languages.toml `future`). Reference(None) when there is none."""
    best: tuple[date, str] | None = None
    texts = ([title] if title else []) + [s.text for s in sentences]
    for text in texts:
        for day, words in _past_dates(text, lang):
            if stand_in is not None and day > stand_in:
                day = stand_in  # a month or year that runs past the fetch day: the page was written by then
            if best is None or day > best[0]:
                best = (day, words)
    return Reference(*best) if best else Reference(None)


def without_relative_periods(readings: list[Reading]) -> list[Reading]:
    """The readings without the figures whose period the sentence names by relative words alone ("grew 15% last
    year": its quote writes no year of the period), for a page whose year is not known (Reference.same_year)."""
    out = []
    for reading in readings:
        years = PERIOD_YEAR.findall(reading.period or "")
        if reading.amount is not None and years and not any(y in _plain(reading.quote) for y in years):
            continue
        out.append(reading)
    return out


def _plain(text: str) -> str:
    """`text` with Persian and Arabic digits as ASCII ones (claims.languages.DIGITS)."""
    return text.translate(DIGITS)


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
    plain = _plain(text)
    if not (EXPLICIT_YEAR.search(plain) or SOLAR_DATE.search(plain)) or has(lang, "future", text):
        return []
    last = statement_date(text, lang, last=True)
    return [(last, last.isoformat())] if last is not None else []
