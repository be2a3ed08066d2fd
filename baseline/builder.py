"""Build the baseline from the source documents with the same reader that reads the news.

Per claim: every supporting quote with its source and as-of date; where sources disagree the claim is
disputed with each side quoted. Figures that differ only in precision ("exceeded $3.5bn", "nearly $4
billion") are consistent: both kept, the range derived. A claim the sources do not state is an error.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claims.catalogue import Catalogue, Claim
from claims.reader import Reading, format_amount
from settings.errors import BaselineError, NotInSources
from claims.values import band, find_dates, period_sort_key, person_key

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
# How far a figure may sit from the stated one under its qualifier ("exceeded $3.5bn": 3.5–4.2).


@dataclass(frozen=True)
class Source:
    """One seed document: its name (file stem), text and the date it speaks for."""
    name: str
    text: str
    as_of: date


@dataclass
class Quote:
    """A verbatim sentence of a seed document that states a claim's value, with the document and its ISO date."""
    value: str
    quote: str
    source: str
    as_of: str
    hedged: bool = False


@dataclass
class ClaimBaseline:
    """A claim's baseline: the value the seeds state and their quotes; a disputed claim keeps each side's quotes
    (value → quotes) in `sides`."""
    claim: str
    type: str
    value: str
    disputed: bool
    quotes: list[Quote]
    sides: dict[str, list[Quote]] = field(default_factory=dict)
    period: str | None = None
    low: float | None = None
    high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim's baseline as stored in baseline_claims.data (JSON): every field, quotes and sides as
        dicts."""
        return asdict(self)


def load_sources(folder: Path = SOURCES_DIR) -> list[Source]:
    """The seed documents of `folder` (*.txt, sorted by name), each dated by sources.toml's `published` or
    else the latest absolute date in its text. Raises BaselineError for a source with neither."""
    meta_file = folder / "sources.toml"
    meta = tomllib.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    sources = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published = meta.get(path.name, {}).get("published")
        as_of = date.fromisoformat(str(published)) if published else latest_date(text)
        if as_of is None:
            raise BaselineError(f"source {path.name}: no publication date in sources.toml and none in the text")
        sources.append(Source(path.name, text, as_of))
    if not sources:
        raise BaselineError(f"no source documents (*.txt) in {folder}")
    return sources


def source_titles(folder: Path = SOURCES_DIR) -> dict[str, str]:
    """File name -> the `title` sources.toml gives the seed document (the reports name a source by it, with its
    file name); {} when there is no sources.toml."""
    meta_file = folder / "sources.toml"
    meta = tomllib.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    return {name: str(entry["title"]) for name, entry in meta.items()
            if isinstance(entry, dict) and entry.get("title")}


def latest_date(text: str) -> date | None:
    """The latest absolute date written in `text` (claims.values.find_dates; relative dates and dates without
    a year skipped), None when there is none."""
    dates = [d.as_date() for d in find_dates(text) if not d.relative and d.year]
    dates = [d for d in dates if d is not None]
    return max(dates) if dates else None


def build(catalogue: Catalogue, sources: list[Source]) -> dict[str, ClaimBaseline]:
    # The same reading stage as the monitor run and `claimwatch eval` (issue 11): cue readings, stance from
    # the dependency parse, office holders from entities.
    """The baseline of every catalogue claim the sources state: claim id -> ClaimBaseline (value, disputed
    when the sources disagree, verbatim quotes with source file and as-of date). The sources are read by
    the engine's own reading stage (claims.read), as the monitor run reads articles. Raises BaselineError
    for a source that cannot be read."""
    import claims

    by_id = claims.read([claims.Article(n, source.name, "", source.text, published=source.as_of.isoformat())
                         for n, source in enumerate(sources)], catalogue)
    readings: list[tuple[Source, Reading]] = [(source, r) for n, source in enumerate(sources)
                                              for r in by_id.get(n, [])]
    baseline = {}
    problems = []
    for claim in catalogue.claims:
        found = usable_readings(claim, [(s, r) for s, r in readings if r.claim == claim.id])
        if not found:
            problems.append(claim.id)
            continue
        baseline[claim.id] = summarise(claim, found)
    if problems:
        # walk22 A2: the hint says how to add a claim the seeds do not state, not only how to give it up
        raise NotInSources(f"not stated in the sources: {', '.join(problems)}: the baseline starts from a value the "
                           f"seed documents state; to track a claim they do not, add a seed document that states "
                           f"its current value (a .txt file in {SOURCES_DIR}, with its `published` date and `title` "
                           f"in sources.toml there), or fix the catalogue's cues, or remove the claim")
    return baseline


def usable_readings(claim: Claim, found: list[tuple[Source, Reading]]) -> list[tuple[Source, Reading]]:
    """Firm statements of the current value; hedged ones only when nothing firm exists."""
    usable = [(s, r) for s, r in found if not (r.past or r.future or r.denied or r.negated)]
    firm = [(s, r) for s, r in usable if not r.hedged]
    return firm or usable


def summarise(claim: Claim, found: list[tuple[Source, Reading]]) -> ClaimBaseline:
    """One claim's baseline from its readings in the sources: for an ordered status or event the least
    advanced state anyone asserts, otherwise the value of the most recently dated reading (a person by the
    fullest spelling of the name); disputed, with every side quoted, when the sources give more than one."""
    if claim.type == "quantity":
        return summarise_quantity(claim, found)
    groups: dict[str, list[tuple[Source, Reading]]] = {}
    for source, reading in found:
        key = person_key(reading.value) if claim.type == "person" else reading.value
        groups.setdefault(key, []).append((source, reading))
    sides = {items[0][1].value: [quote_of(s, r) for s, r in items] for items in groups.values()}
    if claim.ordered and claim.type in ("status", "event"):
        # Disputed progress: hold the least advanced state anyone asserts until the news settles it.
        current = min(sides, key=claim.rank)
    else:
        current = max(groups.values(), key=lambda items: max(reading_date(s, r) for s, r in items))[0][1].value
        if claim.type == "person":
            current = longest_name(groups, current)
    quotes = [q for qs in sides.values() for q in qs]
    return ClaimBaseline(claim.id, claim.type, current, len(sides) > 1, quotes, sides if len(sides) > 1 else {})


def longest_name(groups: dict[str, list[tuple[Source, Reading]]], current: str) -> str:
    """The fullest spelling of the same person ("Hossein Amir Abdollahian" over "Abdollahian")."""
    same = groups[person_key(current)]
    return max((r.value for _, r in same), key=len)


def reading_date(source: Source, reading: Reading) -> date:
    """The date a reading speaks for: its own date when the statement gives one, else its source's as-of date.
    The date a reading speaks for: its own date when the statement gives one, else its source's as-of date."""
    return date.fromisoformat(reading.dated) if reading.dated else source.as_of


def summarise_quantity(claim: Claim, found: list[tuple[Source, Reading]]) -> ClaimBaseline:
    """A quantity claim's baseline: the readings of the latest period; one amount when their bands (qualifier:
    about, more than, ...) overlap, else the range low-high marked disputed with each side quoted."""
    periods: dict[str, list[tuple[Source, Reading]]] = {}
    for source, reading in found:
        periods.setdefault(reading.period or "", []).append((source, reading))
    period = max(periods, key=period_sort_key)
    items = periods[period]
    bands = [band(r.amount or 0.0, r.qualifier) for _, r in items]
    consistent = max(b[0] for b in bands) <= min(b[1] for b in bands) * 1.001
    amounts = [r.amount or 0.0 for _, r in items]
    low, high = min(amounts), max(amounts)
    quotes = [quote_of(s, r) for s, r in items]
    sides: dict[str, list[Quote]] = {}
    if not consistent:
        for source, reading in items:
            sides.setdefault(reading.value, []).append(quote_of(source, reading))
    return ClaimBaseline(claim.id, claim.type, format_range(claim, low, high, period), not consistent, quotes, sides,
                         period=period, low=low, high=high)


def format_range(claim: Claim, low: float, high: float, period: str) -> str:
    """A baseline quantity as text: one amount as the reader writes it (claims.reader.format_amount), a range
    of amounts (USD or percent) in one unit, "$3.5–4 billion (2021)", "+5–7% (2024)"."""
    if low == high:
        return format_amount(low, claim, period)
    if claim.measure == "percent":
        sign = "+" if low > 0 and claim.change else ""
        return f"{sign}{low:g}–{high:g}% ({period})"
    scale, unit = (1e9, "billion") if high >= 1e9 else (1e6, "million")
    return f"${low / scale:.3g}–{high / scale:.3g} {unit} ({period})"


def quote_of(source: Source, reading: Reading) -> Quote:
    """The reading as a baseline Quote: value, verbatim quote, source file name, as-of date (the statement's
    own date or the source's), hedged."""
    return Quote(value=reading.value, quote=reading.quote, source=source.name,
                 as_of=reading.dated or source.as_of.isoformat(), hedged=reading.hedged)


def as_given(day: str, published: str | None) -> str:
    """A quote's as-of `day` as its statement gave it: the year alone ("2021") where the statement gave only a year,
    which the reader stores at its 1 January ("in 2021": 2021-01-01), told apart from a true 1 January by its
    seed's `published` date being another; else `day`. `published`: the quote's seed's date, None when not known
    (an accepted article's quote, whose as-of date is the article's own)."""
    return day[:4] if day.endswith("-01-01") and published not in (None, day) else day


def digest(baseline: dict[str, ClaimBaseline], catalogue: Catalogue) -> str:
    """A 16-hex-digit SHA-256 of the catalogue's digest and the built baseline: the same sources and catalogue
    give the same digest, so an unchanged build stores no new version."""
    payload = json.dumps({k: v.to_dict() for k, v in sorted(baseline.items())}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256((catalogue.digest + payload).encode("utf-8")).hexdigest()[:16]
