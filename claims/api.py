"""The claim engine's public API: read articles, judge what they say against the baseline, and list new
developments.

    from claims import Article, analyze
    analysis = analyze([Article(1, url, title, text, published="2025-01-17")], catalogue, baseline)
    for finding in analysis.findings: print(finding.claim, finding.verdict, finding.value, finding.evidence)

The monitor run, `claimwatch eval` (through the monitor run) and the tests call this; report.json takes
`Finding.to_report()`. All domain vocabulary comes from the catalogue (baseline/catalogue.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence


@dataclass(frozen=True)
class Article:
    """One article to read. `published`: ISO date (or date-time); `lang`: ISO 639-1 code. `date_estimated`:
    `published` is a stand-in (the fetch time of a page that gave no date of its own): the engine judges by it, reads
    from the text when the page was written at the earliest (claims.dating), knows a year the page names by relative
    words ("last year") only when that falls in the stand-in's year, and says so in its findings (`date_inferred`)."""
    id: int
    url: str
    title: str
    text: str
    published: str = ""
    outlet: str = ""
    lang: str = "en"
    date_estimated: bool = False


@dataclass(frozen=True)
class Evidence:
    """Why a statement was read so: the words that carry the value and how they are stated."""
    cue: str
    negated: bool = False
    hedged: bool = False
    attributed: bool = False
    future: bool = False
    past: bool = False
    dated: str | None = None      # the statement's own date (ISO), when it gives one


@dataclass(frozen=True)
class Source:
    """One article stating a finding's value: its verbatim quote and the words highlighted in it."""
    url: str
    title: str
    outlet: str
    published: str
    quote: str
    highlight: str
    confidence: float


@dataclass(frozen=True)
class Finding:
    """A claim's value as the articles state it, judged against the baseline: changed, disputed or
    confirmed. `amount` (USD or percent) and `period` for quantity claims."""
    id: str
    claim: str
    verdict: str
    was: str
    value: str
    confidence: float
    evidence: Evidence
    sources: tuple[Source, ...]
    amount: float | None = None
    period: str | None = None
    report: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_report(self) -> dict[str, Any]:
        """The finding as report.json holds it (schema claimwatch.report/1, DESIGN.md)."""
        return dict(self.report)


@dataclass(frozen=True)
class Development:
    """A claim-like statement about the parties that no tracked claim covers."""
    statement: str
    url: str
    title: str
    published: str
    score: float

    def to_report(self) -> dict[str, Any]:
        """The development as report.json's new_developments holds it (statement, url, title, published,
        score)."""
        return {"statement": self.statement, "url": self.url, "title": self.title, "published": self.published,
                "score": self.score}


@dataclass
class Analysis:
    """What `analyze` found in a run's articles: findings, new developments and the number of sentences read."""
    findings: list[Finding] = field(default_factory=list)
    new_developments: list[Development] = field(default_factory=list)
    sentences: int = 0


def analyze(articles: Sequence[Article], catalogue: Any, baseline: Mapping[str, Mapping[str, Any]], *,
            encoder: Any = None, dismissed: set[tuple[str, str]] | None = None,
            on_error: Callable[[str, str], None] | None = None) -> Analysis:
    """Read `articles` for the catalogue's claims and judge them against `baseline` (claim id → the
    baseline store's claim record: value, quotes, and period/low/high for quantities).

    `encoder`: a sentence encoder for the semantic fallback and new developments (None: patterns only).
    `dismissed`: (claim, statement key) pairs never reported again. `on_error(url, reason)` receives an
    article the engine could not read (the others go on); without it the error is raised."""
    from claims.analysis import analyze_articles

    raw = analyze_articles(rows_of(articles), catalogue, dict(baseline), encoder, on_error, dismissed)
    return Analysis([finding_of(f) for f in raw.findings],
                    [Development(d["statement"], d["url"], d["title"], d["published"], d["score"])
                     for d in raw.new_developments], raw.sentences)


def rows_of(articles: Sequence[Article]) -> list[Any]:
    """The engine's internal form of `articles` (claims.analysis.ArticleRow, one per article, same order)."""
    from claims.analysis import ArticleRow

    return [ArticleRow(id=a.id, url=a.url, title=a.title, text=a.text, published=a.published, site_name=a.outlet,
                       language=a.lang, date_estimated=a.date_estimated) for a in articles]


def warm_up(lang: str = "en") -> None:
    """Load what `analyze` reads with (the spaCy pipeline for `lang`, cached per process by claims.nlp) now,
    e.g. in a thread while a run still fetches pages: the load costs about a second. A pipeline that is not
    installed is left for `analyze` to report; raises nothing."""
    from claims import nlp

    nlp.available(lang)


def read(articles: Sequence[Article], catalogue: Any, *, encoder: Any = None) -> dict[int, list[Any]]:
    """The reading stage of `analyze` alone, with no baseline to judge against (the baseline build uses it):
    article id → its readings (claims.reader.Reading: claim, value, verbatim quote and offsets, stance
    read from the parse, the statement's date). Raises what the reader raises for an unreadable article."""
    from claims.analysis import read_articles

    restated, _, _ = read_articles(rows_of(articles), catalogue, {}, encoder)
    return {int(row["id"]): readings for row, _, readings in restated}


def finding_of(report: Mapping[str, Any]) -> Finding:
    """A Finding from its report.json dict (compare.to_report's shape); the dict itself is kept as
    Finding.report."""
    observed, ev = report["observed"], report.get("evidence") or {}
    return Finding(
        id=report["id"], claim=report["claim"], verdict=report["verdict"], was=report["baseline"]["value"],
        value=observed["value"], confidence=report["confidence"],
        evidence=Evidence(ev.get("cue", ""), ev.get("negated", False), ev.get("hedged", False),
                          ev.get("attributed", False), ev.get("future", False), ev.get("past", False),
                          ev.get("dated")),
        sources=tuple(Source(s["url"], s["title"], s.get("outlet", ""), s["published"], s["quote"],
                             s.get("highlight", ""), s["confidence"]) for s in report.get("sources", [])),
        amount=observed.get("amount"), period=observed.get("period"), report=dict(report))
