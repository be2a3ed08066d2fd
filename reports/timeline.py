"""A claim's timeline as inline SVG: the baseline value at its as-of date, then every observed value over
time, one lane per value, markers coloured by verdict and linked to their articles.

Plain SVG elements only (no script, no external reference), so the report stays self-contained under its
Content-Security-Policy. Every label is escaped text.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any, Callable

from extractors.text import iso_day, iso_span

COLOURS = {"baseline": "#475569", "changed": "#dc2626", "disputed": "#d97706", "confirmed": "#16a34a"}
WIDTH, LEFT, RIGHT, TOP, ROW, AXIS = 760, 200, 28, 10, 30, 36
LABEL_CHARS = 30
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def esc(text: Any) -> str:
    """`text` as HTML text or attribute value: & < > " ' escaped (None as ""). The one escape of reports/
    (render and digest use it)."""
    return html.escape(str(text if text is not None else ""), quote=True)


def plural(n: int, word: str, words: str = "") -> str:
    """"1 change", "3 changes": `n` and `word` with an s unless n is 1 (`words` where the plural is not word + s:
    "entries"). The one plural of reports/ (render, digest and the timeline's label use it)."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def link_of(item: dict[str, Any]) -> str:
    """The URL to link for a finding's observed value, a source or a digest entry: an AMP page's canonical (the
    publisher's page: claimwatch.pipeline.with_canonical), else the page as fetched."""
    return str(item.get("canonical") or item.get("url") or "")


def timeline_point(finding: dict[str, Any], source: dict[str, Any], verdict: str,
                   run: str | None = None) -> dict[str, Any]:
    """One marker of a claim's timeline: the finding's value (report.json's finding as a dict) as `source` (one of
    its `sources`, or its `observed`) reported it. Placed at the date the statement gives (`stated`: "2024",
    "2023-07" or a day, as report.json's `dated_as_given` has it; a primary source written before sources carried
    it has it in the finding's `evidence`), else at the article's date (`published`, "" when unknown); `date` is
    the one placed. Keys: date, stated, published, value, verdict, url (the page linked: an AMP page's canonical,
    else as fetched), title, outlet, run, period, amount, and
    date_unknown where the article gave no date. The one builder of a point: review.timelines (the history) and
    render.derived_timelines (one run) both use it."""
    observed = finding["observed"]
    stated = source.get("dated_as_given") or (
        (finding.get("evidence") or {}).get("dated_as_given") if source.get("url") == observed["url"]
        and source.get("quote", observed["quote"]) == observed["quote"] else None)
    published = source.get("published") or ""
    return {"date": stated or published, "stated": stated, "published": published, "value": observed["value"],
            "verdict": verdict, "url": link_of(source), "title": source.get("title") or "",
            "outlet": source.get("outlet") or "", "run": run, "period": observed.get("period"),
            "amount": observed.get("amount"),
            **({"date_unknown": source["date_unknown"]} if source.get("date_unknown") else {})}


def observation_date(finding: dict[str, Any]) -> tuple[tuple[str, str], str]:
    """When a finding's observation holds, as (sort key, words): a figure by the period it is for ("figure for
    2024"), another value by the date its statement gives ("dated 2024-07", report.json `dated_as_given`), else by
    its article's date ("published 2025-01-10"); ("", "") keys and "date unknown" without any. The order the
    reports list several new values of one claim in, and what `claimwatch findings` shows (walk23 P2)."""
    observed = finding.get("observed") or {}
    published = str(observed.get("published") or "")
    if observed.get("amount") is not None and observed.get("period"):
        return (str(observed["period"]), published), f"figure for {observed['period']}"
    ev = finding.get("evidence") or {}
    stated = str(ev.get("dated_as_given") or ev.get("dated") or "")
    if stated:
        return (stated, published), f"dated {stated}"
    return (published, published), f"published {published}" if published else "date unknown"


def timeline_svg(timeline: dict[str, Any]) -> str:
    """The SVG of one claim's timeline; '' when nothing in it has a date. A point sits at the date its
    statement gives (claimwatch.review.timelines); one that gives only a month or a year sits in the middle
    of it, with a bar over the whole period, not on a made-up first day. Lanes in the timeline's `lanes`
    order (fixed from run to run), then any other value in order of appearance."""
    base = timeline["baseline"]
    base_day = iso_day(base.get("as_of"))
    spans = sorted(((sp, p) for p in timeline["points"] if (sp := iso_span(p.get("date")))),
                   key=lambda sp_p: (sp_p[0][0] + (sp_p[0][1] - sp_p[0][0]) / 2, sp_p[1].get("value", "")))
    days = [d for (first, last), _ in spans for d in (first, last)] + ([base_day] if base_day else [])
    if not days:
        return ""
    lanes = list(dict.fromkeys(list(timeline.get("lanes") or []) + [base["value"]] + [p["value"] for _, p in spans]))
    lo, hi = min(days), max(days)
    height = TOP + ROW * len(lanes) + AXIS

    def x(day: date) -> float:
        span = (hi - lo).days
        return (LEFT + WIDTH - RIGHT) / 2 if span == 0 else LEFT + (day - lo).days / span * (WIDTH - LEFT - RIGHT)

    def y(value: str) -> float:
        return TOP + ROW * lanes.index(value) + ROW / 2

    def mid(first: date, last: date) -> float:
        return (x(first) + x(last)) / 2

    parts = [lane(value, y(value)) for value in lanes]
    # in time order, the baseline's point among the others: a baseline dated after a point no longer sends the
    # line back to the left (walk23 P7)
    path = sorted(([(x(base_day), y(base["value"]))] if base_day else []) + [(mid(*sp), y(p["value"]))
                                                                             for sp, p in spans], key=lambda pt: pt[0])
    if len(path) > 1:
        coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in path)
        parts.append(f'<polyline points="{coords}" fill="none" stroke="#94a3b8" stroke-width="1.5" '
                     'stroke-dasharray="4 3"/>')
    parts += axis(lo, hi, x, TOP + ROW * len(lanes) + 6)
    if base_day:
        parts.append(baseline_marker(base, x(base_day), y(base["value"])))
    for (first, last), p in spans:
        if last > first:  # the month or year the statement gives
            parts.append(f'<line x1="{x(first):.1f}" y1="{y(p["value"]):.1f}" x2="{x(last):.1f}" '
                         f'y2="{y(p["value"]):.1f}" stroke="{COLOURS.get(p["verdict"], "#6b7280")}" '
                         'stroke-width="4" stroke-opacity="0.35" stroke-linecap="round"/>')
    parts += [marker(p, mid(*sp), y(p["value"])) for sp, p in spans]
    label = f"Timeline of {timeline['claim']}: baseline {base['value']}, {plural(len(spans), 'observation')}"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-label="{esc(label)}" {FONT}>' + "".join(parts) + "</svg>")


def lane(value: str, y: float) -> str:
    """One value's lane: its line across the chart and its label (cut to LABEL_CHARS, the whole value as
    tooltip), at height `y` (px)."""
    shown = value if len(value) <= LABEL_CHARS else value[:LABEL_CHARS - 1] + "…"
    return (f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>'
            f'<text x="{LEFT - 12}" y="{y + 4:.1f}" text-anchor="end" fill="#374151"><title>{esc(value)}</title>'
            f'{esc(shown)}</text>')


def axis(lo: date, hi: date, x: Callable[[date], float], y: float) -> list[str]:
    """The date axis at height `y` (px): a line and up to five ISO-dated ticks from `lo` to `hi`, placed by
    `x` (day -> px)."""
    parts = [f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#9ca3af"/>']
    ticks = [lo] if lo == hi else [lo + timedelta(days=round((hi - lo).days * i / 4)) for i in range(5)]
    for i, day in enumerate(dict.fromkeys(ticks)):
        anchor = "middle" if len(ticks) == 1 else ("start" if i == 0 else "end" if day == hi else "middle")
        parts.append(f'<line x1="{x(day):.1f}" y1="{y:.1f}" x2="{x(day):.1f}" y2="{y + 5:.1f}" stroke="#9ca3af"/>'
                     f'<text x="{x(day):.1f}" y="{y + 19:.1f}" text-anchor="{anchor}" fill="#6b7280">'
                     f'{day.isoformat()}</text>')
    return parts


def baseline_marker(base: dict[str, Any], x: float, y: float) -> str:
    """The baseline's marker (a diamond) at (x, y) px with its value, as-of date and source as tooltip."""
    when = base.get("holds_from") or f"as of {base.get('as_of', '')}"  # in words where known (pipeline.with_holds_from)
    tip = f"baseline: {base['value']} ({when}, {base.get('source', '')})"
    return (f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="{COLOURS["baseline"]}" '
            f'transform="rotate(45 {x:.1f} {y:.1f})"><title>{esc(tip)}</title></rect>')


def marker(point: dict[str, Any], x: float, y: float) -> str:
    """One observed value's marker at (x, y) px, coloured by verdict, its date (for an undated article "date
    unknown, first seen …", `date_unknown`), value and article as tooltip;
    a link to the article when its URL is http(s)."""
    outlet = f" ({point['outlet']})" if point.get("outlet") else ""
    article = f"; article of {point['published']}" if point.get("stated") and point.get("published") else ""
    # an article neither feed nor page dated sits on the day it was first seen, and says so
    when = f"date unknown, {point['date_unknown']}" if point.get("date_unknown") else point["date"]
    tip = (f"{when}: {point['verdict']} — {point['value']} — {point.get('title') or point['url']}{outlet}"
           f"{article}")
    circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{COLOURS.get(point["verdict"], "#6b7280")}" '
              f'stroke="#fff" stroke-width="1.5"><title>{esc(tip)}</title></circle>')
    url = point.get("url") or ""
    return f'<a href="{esc(url)}">{circle}</a>' if url.startswith(("http://", "https://")) else circle
