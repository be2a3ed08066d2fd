"""The typed report of one run: what report.json holds (schema claimwatch.report/1, ../shared/docs/DESIGN.md).

`Report` and `Run` are dataclasses built by `reports.render.build_report`; the entries inside them keep the
shapes of the contract as TypedDicts (`Finding`, `Development`, `ErrorRecord`), so that `Report.to_json()` is the
report.json object key for key, in the contract's order. Renderers (report.md, report.html, the findings table,
notifications, the run's outcome) read a `Report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, TypedDict

SCHEMA = "claimwatch.report/1"


class BaselineValue(TypedDict, total=False):
    """The baseline's value a finding is judged against, with its verbatim quote and source file; `as_of` its
    ISO day and `holds_from` (optional) the same in words (claimwatch.pipeline.with_holds_from)."""
    value: str
    quote: str
    source: str
    as_of: str
    holds_from: str


class Observed(TypedDict, total=False):
    """The value an article states: its verbatim quote, the article (url, title, outlet, published ISO date),
    the words that carry the value (`highlight`), the quote's language; `amount` (USD or percent) and `period`
    for quantity claims."""
    value: str
    quote: str
    url: str
    title: str
    outlet: str
    published: str
    date_unknown: str  # optional: "first seen 2026-12-02" when neither feed nor page dated it (published: that day)
    canonical: str     # optional: an AMP page's canonical URL, the one the reports link (url: the page as fetched)
    highlight: str
    language: str
    amount: float | None
    period: str | None


class Evidence(TypedDict, total=False):
    """Why the engine read the statement so: the cue and how it is stated; `dated` the statement's own ISO date."""
    cue: str
    negated: bool
    hedged: bool
    attributed: bool
    future: bool
    past: bool
    dated: str | None
    why: str          # a disputed finding only: what puts it in doubt, in words


class Source(TypedDict, total=False):
    """One article stating a finding's value (confidence 0..1); `canonical` (optional) as in Observed."""
    url: str
    canonical: str
    title: str
    outlet: str
    published: str
    quote: str
    highlight: str
    confidence: float
    language: str


class Finding(TypedDict, total=False):
    """A tracked claim's value as the run's articles state it: verdict changed | disputed | confirmed,
    confidence 0..1. `new`, `first_seen` and `review` are added by claimwatch.review (reported by an earlier
    run or not, the run that first did, an analyst's decision). `superseded_by` (a finding id) and
    `conflicts_with` (finding ids) relate a changed figure to the run's other figures for its period
    (claims.compare.relate_figures), and `superseded_by` a changed state or holder to the run's later change of
    its claim (claims.compare.relate_states); `revises` ({"id", "value", "run"} of each figure earlier runs reported for
    the period that this revision corrects: claimwatch.review.earlier_figures); each is present only when it
    applies."""
    id: str
    claim: str
    verdict: str
    baseline: BaselineValue
    observed: Observed
    confidence: float
    evidence: Evidence
    question: str
    sources: list[Source]
    new: bool
    first_seen: str
    review: str
    superseded_by: str
    conflicts_with: list[str]
    revises: list[dict[str, str]]


class Development(TypedDict, total=False):
    """A claim-like statement about the parties that no tracked claim covers (score 0..1)."""
    statement: str
    url: str
    title: str
    published: str
    score: float


class ErrorRecord(TypedDict):
    """A failure (or, in `warnings`, a note) of the run: URL, stage (feed | fetch | extract | store | analyze |
    notify) and reason."""
    url: str
    stage: str
    message: str


@dataclass
class Run:
    """report.json's `run`: ISO-8601 UTC times, the feed URLs (credentials redacted), the counts
    (entries_seen, articles_new, articles_relevant, errors). Optional keys, written only when set:
    `baseline_version`, `failure` (the run failed as a whole: why), `first_run` (no earlier run reported a finding:
    the changes are since the baseline),
    `timings` (seconds per stage: claimwatch.pipeline.Timings), `articles_updated` (stored articles about the
    tracked claims whose page changed since, analysed again: not new, so not among the counts),
    `feeds_not_modified` (feeds that answered HTTP 304 Not Modified: nothing new since the last run)."""
    id: str
    started_at: str = ""
    finished_at: str = ""
    feeds: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    baseline_version: int | None = None
    failure: str | None = None
    first_run: bool = False
    timings: dict[str, float] | None = None
    articles_updated: int = 0
    feeds_not_modified: int = 0

    def to_json(self) -> dict[str, Any]:
        """report.json's `run` object: the fixed keys, then each optional key only when set."""
        out: dict[str, Any] = {"id": self.id, "started_at": self.started_at, "finished_at": self.finished_at,
                               "feeds": list(self.feeds), "counts": dict(self.counts)}
        if self.baseline_version is not None:
            out["baseline_version"] = self.baseline_version
        if self.failure:
            out["failure"] = self.failure
        if self.first_run:
            out["first_run"] = True
        if self.timings is not None:
            out["timings"] = dict(self.timings)
        if self.articles_updated:
            out["articles_updated"] = self.articles_updated
        if self.feeds_not_modified:
            out["feeds_not_modified"] = self.feeds_not_modified
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Run:
        """A Run from report.json's `run` object (missing keys empty or unset)."""
        return cls(id=data.get("id", ""), started_at=data.get("started_at", ""),
                   finished_at=data.get("finished_at", ""), feeds=list(data.get("feeds") or []),
                   counts=dict(data.get("counts") or {}), baseline_version=data.get("baseline_version"),
                   failure=data.get("failure"), first_run=bool(data.get("first_run")),
                   timings=data.get("timings"), articles_updated=int(data.get("articles_updated") or 0),
                   feeds_not_modified=int(data.get("feeds_not_modified") or 0))


@dataclass
class Report:
    """One run's report. `timelines` (per changed or disputed claim, every value observed so far) is None
    when the report was built without the findings history: the HTML then derives them from the findings."""
    run: Run
    findings: list[Finding] = field(default_factory=list)
    new_developments: list[Development] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    warnings: list[ErrorRecord] = field(default_factory=list)
    timelines: list[dict[str, Any]] | None = None
    # A baseline source's file name -> the title sources.toml gives it, for people (report.html); not in report.json,
    # whose `baseline.source` stays the file name, as the contract has it.
    source_titles: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The report.json object (schema claimwatch.report/1), keys in the order written since the first
        version."""
        out: dict[str, Any] = {"schema": SCHEMA, "run": self.run.to_json(), "findings": list(self.findings),
                               "new_developments": list(self.new_developments), "errors": list(self.errors),
                               "warnings": list(self.warnings)}
        if self.timelines is not None:
            out["timelines"] = self.timelines
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Report:
        """A report read back from report.json (or any mapping of its shape; missing keys are empty)."""
        return cls(run=Run.from_json(data.get("run") or {}), findings=list(data.get("findings") or []),
                   new_developments=list(data.get("new_developments") or []),
                   errors=list(data.get("errors") or []), warnings=list(data.get("warnings") or []),
                   timelines=data.get("timelines"))
