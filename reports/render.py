"""Render a run's report as report.json (schema claimwatch.report/1), report.md and report.html.

Article text is data: it is escaped for the format it lands in and never becomes markup, a link or an
image. Only article URLs become links, and only http(s) ones. The HTML page is self-contained (inline CSS
and SVG, no script) under a Content-Security-Policy that allows nothing else.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path
from dataclasses import replace
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import urlsplit

from extractors.text import copy_key
from reports.model import SCHEMA, Development, ErrorRecord, Finding, Report, Run
from reports.timeline import COLOURS, esc, link_of, observation_date, plural, timeline_point, timeline_svg

__all__ = ["SCHEMA", "Report", "build_report", "write_report", "render_markdown", "render_html", "findings_table"]
CSS = Path(__file__).resolve().parent / "report.css"
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def build_report(run: Mapping[str, Any], findings: list[Finding], new_developments: list[Development],
                 errors: list[Mapping[str, Any]], *, timelines: list[dict[str, Any]] | None = None,
                 baseline_version: int | None = None) -> Report:
    """The run's Report. `run`: the run's row of the `runs` table (`feeds` and `counts` as JSON text);
    `findings`: report.json findings (marked new/seen by claimwatch.review); `errors`: rows of the `errors`
    table (url, stage, message, warning: 1 for a note that goes to `warnings`)."""
    def record(e: Mapping[str, Any]) -> ErrorRecord:
        return {"url": e["url"], "stage": e["stage"], "message": e["message"]}

    return Report(
        run=Run(id=run["id"], started_at=run["started_at"], finished_at=run["finished_at"],
                feeds=json.loads(run["feeds"] or "[]"), counts=json.loads(run["counts"] or "{}"),
                baseline_version=baseline_version),
        findings=list(findings), new_developments=list(new_developments),
        errors=[record(e) for e in errors if not e.get("warning")],
        warnings=[record(e) for e in errors if e.get("warning")], timelines=timelines)


def write_report(report: Report, folder: Path) -> Path:
    """Write report.json (Report.to_json, schema claimwatch.report/1), report.md and report.html into
    `folder` (made if missing); returns `folder`. Raises OSError when the folder cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    (folder / "report.md").write_text(render_markdown(report), encoding="utf-8")
    (folder / "report.html").write_text(render_html(report), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- shared


def of_verdict(findings: list[dict[str, Any]], verdict: str) -> list[dict[str, Any]]:
    """The findings with verdict `verdict` (changed | disputed | confirmed), in their order."""
    return [f for f in findings if f["verdict"] == verdict]


def in_date_order(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`findings` with each claim's together at its first place, and a claim's in the order of when their
    observations hold (reports.timeline.observation_date: a figure's period, a statement's date, else its
    article's), a figure superseded by a revision for its period before the revision: the order to read several
    new values of one claim in (walk23 P2)."""
    first = {f["claim"]: i for i, f in reversed(list(enumerate(findings)))}
    return sorted(findings, key=lambda f: (first[f["claim"]], observation_date(f)[0], not f.get("superseded_by")))


def latest_line(f: dict[str, Any], findings: Sequence[dict[str, Any]]) -> str:
    """Where a change stands among the run's changes of its claim when there are several (walk23 P2): the latest
    says so; an earlier one names the latest ("a later figure in this run: $5.4 billion (2025) (finding …)"),
    unless relation_line already names its successor (`superseded_by`). Empty for a claim with one change."""
    same = in_date_order([g for g in findings if g["claim"] == f["claim"] and g["verdict"] == "changed"
                          and not g.get("denies_dismissed")])
    if f["verdict"] != "changed" or len(same) < 2:
        return ""
    last = same[-1]
    if last["id"] == f["id"]:
        return f"the latest of the {len(same)} values of {f['claim']} in this run"
    if f.get("superseded_by"):
        return ""
    kind = "figure" if (f.get("observed") or {}).get("amount") is not None else "value"
    return f"a later {kind} in this run: {last['observed']['value']} (finding {last['id']}, the latest)"



def disputes(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The disputed findings that count as disputes: not a denial of a value the analyst dismissed before
    (`denies_dismissed`, claimwatch.review), which the report lists apart as no news."""
    return [f for f in of_verdict(findings, "disputed") if not f.get("denies_dismissed")]


def is_new(finding: dict[str, Any]) -> bool:
    """Not reported by an earlier run (a finding never checked against earlier runs counts as new)."""
    return bool(finding.get("new", True))


def headline(report: Report) -> str:
    """The report in one plain sentence, starting with what changed since the last run."""
    findings = report.findings
    changed = of_verdict(findings, "changed")
    fresh = [f for f in changed if is_new(f)]
    failure = report.run.failure
    if failure:  # first, before anything that could read as "all is well"
        return f"Run failed: {failure}. " + headline(replace(report, run=replace(report.run, failure=None)))
    if not changed:
        first = no_change(report)
    elif not fresh:
        first = (f"No new change since the last run ({plural(len(changed), 'change')} already reported "
                 "in earlier runs came up again).")
    else:
        seen = len(changed) - len(fresh)
        first = (f"{plural(len(fresh), 'change')} {since(report)}"
                 + (f" (and {seen} reported before)." if seen else "."))
    rest = [plural(len(disputes(findings)), "disputed finding"),
            plural(statements(of_verdict(findings, "confirmed")), "confirming statement"),
            plural(len(report.new_developments), "new development"),
            plural(len(report.errors), "error")]
    return f"{first} {', '.join(rest)}."


def no_change(report: Report) -> str:
    """What a run with no change says: that no tracked claim changed, unless it read no new article about the
    tracked claims (every feed failed, or nothing new was published): then that no change could be seen, not
    an all-clear. An article stored before whose page changed and was read again counts as read."""
    run = report.run
    if run.counts.get("articles_relevant") == 0 and not run.articles_updated:
        if run.feeds and run.feeds_not_modified == len(run.feeds):
            return ("Nothing new was published since the last run (every feed answered HTTP 304 Not Modified), "
                    "so no change could be seen.")
        return "No new article about the tracked claims was read in this run, so no change could be seen."
    return "No tracked claim changed in this run."


def since(report: Report) -> str:
    """A database's first run compares with the baseline, not with a run before it."""
    return "since the baseline" if report.run.first_run else "since the last run"


def split_highlight(quote: str, highlight: str | None) -> tuple[str, str, str]:
    """(before, highlighted, after): the words that carry the value, found in the quote ignoring case."""
    quote = re.sub(r"\s+", " ", str(quote)).strip()
    mark = re.sub(r"\s+", " ", str(highlight or "")).strip()
    at = quote.lower().find(mark.lower()) if mark else -1
    if at < 0:
        return quote, "", ""
    return quote[:at], quote[at:at + len(mark)], quote[at + len(mark):]


def language_note(item: dict[str, Any]) -> str:
    """"quote in ru" for a quote in another language than English (the values stay in English)."""
    lang = str(item.get("language") or "")
    return f"quote in {lang}" if lang and lang != "en" else ""


def lang_attrs(item: dict[str, Any]) -> str:
    """The quote's language for the browser (fonts, hyphenation) and its direction (Persian, Arabic: RTL)."""
    lang = str(item.get("language") or "")
    return f' lang="{html.escape(lang, quote=True)}" dir="auto"' if lang else ""


def baseline_date(base: dict[str, Any]) -> str:
    """", as of …" of a finding's baseline in report.html: when its value holds from in words (`holds_from`,
    claimwatch.pipeline.with_holds_from: "figure for 2021, stated 2022-01-24"), else its `as_of` day; "" without."""
    if base.get("holds_from"):
        return ", " + esc(base["holds_from"])
    return ", as of " + esc(base["as_of"]) if base.get("as_of") else ""


def outlet_of(item: dict[str, Any]) -> str:
    """The outlet of a finding's observed value or source: its `outlet`, else the host of its URL."""
    return str(item.get("outlet") or urlsplit(item.get("url") or "").hostname or "")


def sources_agree(finding: dict[str, Any], escape: Callable[[str], str] = str) -> str:
    """"1 source", "N sources agree", with "(+K copies)" when K articles carry another's sentence word for word (a
    syndicated story): how many independent reports state the finding's value. A source's syndicated copies
    (its `copies`, claimwatch.pipeline.with_copies) count too and are named by outlet, through `escape`:
    "1 source (+2 copies: Outlet Two, Outlet Three)"."""
    sources = finding.get("sources") or [finding["observed"]]
    quotes = [s.get("quote") or "" for s in sources]
    n = len({copy_key(q) for q in quotes})
    named = [c for s in sources for c in s.get("copies") or []]
    copies = len(quotes) - n + len(named)
    said = "1 source" if n == 1 else f"{n} sources agree"
    outlets = list(dict.fromkeys(outlet_of(c) for c in named))
    listed = f": {escape(', '.join(outlets))}" if outlets else ""
    return f"{said} (+{plural(copies, 'copy', 'copies')}{listed})" if copies else said


def statements(findings: list[dict[str, Any]]) -> int:
    """How many statements the findings stand for: each finding's sources (1 when it lists none)."""
    return sum(len(f.get("sources") or [f["observed"]]) for f in findings)


def confirmed_count(confirmed: list[dict[str, Any]]) -> str:
    """"4 confirmed (5 statements)": confirmed claims, and the statements behind them when they differ, so that the
    run statistics (claims) and the headline (statements) give figures a reader can reconcile."""
    count = statements(confirmed)
    return f"{len(confirmed)} confirmed" + (f" ({plural(count, 'statement')})" if count != len(confirmed) else "")


def duration(run: Run) -> str:
    """The run's duration as "42 s" or "3 min 5 s"; "?" when a time is missing or not ISO-8601."""
    try:
        elapsed = datetime.fromisoformat(run.finished_at) - datetime.fromisoformat(run.started_at)
    except (TypeError, ValueError):
        return "?"
    seconds = int(elapsed.total_seconds())
    return f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"


def page_changed_words(day: str) -> str:
    """The words for a quoted page that said something else when a run fetched it again on `day` (YYYY-MM-DD):
    a baseline's source (`source_updated`) in a report, an entry's article (`page_changed`) in the digest."""
    return f"the page had changed when fetched again on {day} and no longer says this"


def derived_timelines(report: Report) -> list[dict[str, Any]]:
    """Timelines from this run's findings alone, for a report built without the findings history."""
    out = []
    findings = report.findings
    for claim in dict.fromkeys(f["claim"] for f in findings if f["verdict"] != "confirmed"):
        mine = [f for f in findings if f["claim"] == claim]
        points = [timeline_point(f, s, f["verdict"]) for f in mine for s in (f.get("sources") or [f["observed"]])]
        out.append({"claim": claim, "question": mine[0].get("question", ""), "baseline": mine[0]["baseline"],
                    "points": points})
    return out


def findings_table(report: Report) -> list[dict[str, Any]]:
    """The findings as rows of a table artifact: values and links, no article text (quotes and titles are in
    the markdown report, escaped there)."""
    return [{"id": f["id"], "claim": f["claim"], "verdict": f["verdict"], "new": is_new(f),
             "was": f["baseline"]["value"], "now": f["observed"]["value"], "confidence": f["confidence"],
             "sources": len(f.get("sources") or [f["observed"]]), "published": f["observed"].get("published") or "",
             "url": link_of(f["observed"])} for f in report.findings]


# --------------------------------------------------------------------------- markdown


def md_escape(text: str) -> str:
    """Make article text inert in markdown: no links, images, HTML or emphasis survive."""
    return _md_chars(re.sub(r"\s+", " ", str(text)).strip())


def _md_chars(text: str) -> str:
    return re.sub(r"([\\`*_\[\]{}()#+!|>~])", r"\\\1", html.escape(text, quote=False))


def md_highlight(quote: str, highlight: str | None) -> str:
    """The quote, escaped, with the words that carry the value in bold."""
    before, mark, after = split_highlight(quote, highlight)
    if not mark:
        return md_escape(quote)
    return f"{_md_chars(before)}**{_md_chars(mark)}**{_md_chars(after)}"


def _md_url(url: str) -> str:
    return re.sub(r"[<>\s]", lambda m: "%{:02X}".format(ord(m.group())), url)


def md_link(url: str, text: str) -> str:
    """A markdown link to `url` with `text` escaped; only http(s) URLs become links, anything else is shown as
    escaped text."""
    if not url.startswith(("http://", "https://")):
        return md_escape(text or url)
    return f"[{md_escape(text or url)}](<{_md_url(url)}>)"


def render_markdown(report: Report) -> str:
    """report.md: article text escaped (md_escape), only http(s) article URLs as links."""
    run = report.run
    findings = report.findings
    lines = [f"# claimwatch report — run {md_escape(run.id)}", "", f"**{headline(report)}**", ""]  # counts only
    for verdict, title, none in (("changed", "Changed", no_change(report)),
                                 ("disputed", "Disputed", "Nothing disputed.")):
        found = in_date_order(of_verdict(findings, verdict))
        fresh, seen = [f for f in found if is_new(f)], [f for f in found if not is_new(f)]
        lines += [f"## {title}", ""]
        lines += [_md_finding(f, findings) for f in fresh] or \
            [none if not seen else "Nothing new since the last run.", ""]
        agreed = [f for f in seen if f.get("denies_dismissed")]
        seen = [f for f in seen if not f.get("denies_dismissed")]
        if seen:
            lines += ["Reported in earlier runs:", ""] + [_md_seen(f) for f in seen] + [""]
        if agreed:
            lines += ["Denials of values dismissed before (no news):", ""] + [_md_seen(f) for f in agreed] + [""]
    lines += ["## New developments", ""]
    lines += [f"- {md_escape(d['statement'])} — {md_link(d['url'], d.get('title') or d['url'])}"
              + (f" ({md_escape(d['published'])})" if d.get("published") else "")
              for d in report.new_developments] or ["None."]
    confirmed = of_verdict(findings, "confirmed")
    count = statements(confirmed)
    lines += ["", "## Confirmed", "", (f"{plural(count, 'statement')} {'restates' if count == 1 else 'restate'} the "
                                       "baseline:" if confirmed else "No statement restated the baseline."), ""]
    lines += [f"- {md_escape(f['claim'])}: {md_escape(f['observed']['value'])} ({sources_agree(f, md_escape)})"
              + (f" — {md_escape(note)}" if (note := outdated_note(f, findings)) else "") for f in confirmed]
    lines += ["", "## Errors", ""]
    lines += [f"- `{e['stage']}` <{_md_url(e['url'])}>: {md_escape(e['message'])}" for e in report.errors] \
        or ["No errors."]
    if report.warnings:
        lines += ["", "### Warnings", ""]
        # a note about the run itself (an earlier run found interrupted) has no URL
        lines += [f"- `{w['stage']}`" + (f" <{_md_url(w['url'])}>" if w["url"] else "") + f": {md_escape(w['message'])}"
                  for w in report.warnings]
    lines += ["", "## Run statistics", ""] + [f"- {k}: {v}" for k, v in statistics(report)]  # our own values
    return "\n".join(lines) + "\n"


def evidence_line(f: dict[str, Any]) -> str:
    """Why the engine read the statement so (report.json `evidence`), as plain text: "cue 'signed'; attributed;
    dated 2025-01-17", and for a dispute "disputed because …" (`evidence.why`). Empty when the finding carries
    no evidence (reports from before the second engine)."""
    ev = f.get("evidence") or {}
    if not ev:
        return ""
    parts = [f"cue '{ev['cue']}'" if ev.get("cue") else "read by meaning (no cue)"]
    if ev.get("presupposed"):
        parts.append("inferred: the cue's later state is still ahead, which takes this one for granted")
    parts += [flag for flag in ("negated", "hedged", "attributed", "future", "past") if ev.get(flag)]
    if ev.get("revision"):
        parts.append("a revised figure (it corrects an earlier one for its period)")
    # as the statement gives it ("dated 2024" for "in 2024", not a made-up 2024-01-01); older reports: `dated`
    when = ev.get("dated_as_given") or ev.get("dated")
    parts.append(f"dated {when}" if when else "no date of its own, so the article's date stands")
    if ev.get("why"):
        parts.append(f"disputed because {ev['why']}")
    return "; ".join(parts)


def relation_line(f: dict[str, Any], findings: Sequence[dict[str, Any]] = ()) -> str:
    """How a changed figure stands to the run's other figures for its period (report.json `superseded_by`,
    `conflicts_with`: claims.compare.relate_figures), a changed state or holder to the run's later change of its
    claim (`superseded_by`: claims.compare.relate_states), for a revision to the figures earlier runs reported
    (`revises`: claimwatch.review), and among several changes of its claim which is the latest (latest_line), as
    plain text naming their values; empty when it has none of them."""
    values = {g["id"]: g["observed"]["value"] for g in findings}

    def named(fid: str) -> str:
        return f"{values[fid]} (finding {fid})" if fid in values else f"finding {fid}"

    period = (f.get("observed") or {}).get("period") or "its period"
    said = []
    if f.get("superseded_by") and (f.get("observed") or {}).get("amount") is None:  # a state, a holder
        said.append(f"a later change in this run: {named(f['superseded_by'])}")
    elif f.get("superseded_by"):
        said.append(f"superseded by a revised figure for {period} in this run: {named(f['superseded_by'])}")
    elif f.get("conflicts_with"):
        said.append(f"other sources in this run give another figure for {period}: "
                    + ", ".join(named(fid) for fid in f["conflicts_with"]))
    if f.get("revises"):  # figures of earlier runs that this revision corrects (claimwatch.review.earlier_figures)
        said.append(f"revises the figure for {period} that an earlier run reported: "
                    + ", ".join(f"{r['value']} (finding {r['id']}, run {r['run']})" for r in f["revises"]))
    if (latest := latest_line(f, findings)):
        said.append(latest)
    return "; ".join(said)


def date_of(item: dict[str, Any]) -> str:
    """An article's date as the reports show it: its published date; "date unknown, first seen 2026-12-02" when
    neither feed nor page gave one (`date_unknown`, claimwatch.pipeline.mark_undated); "date unknown" without
    any."""
    if item.get("date_unknown"):
        return f"date unknown, {item['date_unknown']}"
    return str(item.get("published") or "date unknown")


def _md_finding(f: dict[str, Any], findings: Sequence[dict[str, Any]] = ()) -> str:
    obs, base = f["observed"], f["baseline"]
    meta = [md_link(link_of(obs), obs.get("title") or link_of(obs)), md_escape(outlet_of(obs)),
            md_escape(date_of(obs)), f"confidence {f['confidence']:.2f}", sources_agree(f, md_escape),
            f"id `{f['id']}`", language_note(obs)]
    review = f" ({md_escape(f['review'])} before)" if f.get("review") else \
        f" ({md_escape(dismissed_before(f))})" if f.get("dismissed_before") else ""
    return (f"- **{md_escape(f['claim'])}**: {md_escape(base['value'])} → **{md_escape(obs['value'])}**{review}\n"
            f"  > {md_highlight(obs['quote'], obs.get('highlight'))}\n"
            f"  — {' · '.join(m for m in meta if m)}\n"
            + (f"  — evidence: {md_escape(evidence_line(f))}\n" if evidence_line(f) else "")
            + (f"  — {md_escape(relation)}\n" if (relation := relation_line(f, findings)) else ""))


def _md_seen(f: dict[str, Any]) -> str:
    if f.get("denies_dismissed"):
        return (f"- {md_escape(f['claim'])}: {md_escape(f['observed']['value'])} denied — you dismissed that value "
                f"(finding `{md_escape(f['denies_dismissed'])}`), so this is no news; {sources_agree(f, md_escape)} · "
                f"id `{f['id']}`")
    return (f"- {md_escape(f['claim'])}: {md_escape(f['baseline']['value'])} → {md_escape(f['observed']['value'])} "
            f"— first reported in run {md_escape(f.get('first_seen') or '?')}; {sources_agree(f, md_escape)} this run · "
            f"id `{f['id']}`" + (f" ({md_escape(f['review'])})" if f.get("review") else
                                 f" ({md_escape(dismissed_before(f))})" if f.get("dismissed_before") else ""))


def dismissed_before(f: dict[str, Any]) -> str:
    """What a report says of a dismissed finding that came back (claimwatch.review.record_run): "dismissed before",
    with the analyst's note on the dismissal when there is one (report.json `dismissed_note`)."""
    return "dismissed before" + (f"; note: {f['dismissed_note']}" if f.get("dismissed_note") else "")


def statistics(report: Report) -> list[tuple[str, str]]:
    """The Run statistics section as (label, value) pairs: times, feeds, entries, articles, findings,
    developments, errors, baseline version."""
    run, counts, findings = report.run, report.run.counts, report.findings
    changed = of_verdict(findings, "changed")
    stats = [("Started", run.started_at), ("Finished", f"{run.finished_at} ({duration(run)})"),
             ("Feeds", str(len(run.feeds)) + (f" ({run.feeds_not_modified} unchanged since the last run: HTTP 304 Not "
                                              "Modified)" if run.feeds_not_modified else "")),
             ("Entries seen", str(counts.get("entries_seen", 0))),
             ("New articles", f"{counts.get('articles_new', 0)} ({counts.get('articles_relevant', 0)} relevant)"
                              + (f"; {run.articles_updated} updated and read again" if run.articles_updated else "")),
             ("Findings", f"{len(changed)} changed ({sum(is_new(f) for f in changed)} new), "
                          f"{len(disputes(findings))} disputed, "
                          f"{confirmed_count(of_verdict(findings, 'confirmed'))}"),
             ("New developments", str(len(report.new_developments))),
             ("Errors", str(counts.get("errors", len(report.errors))))]
    if run.baseline_version is not None:
        stats.append(("Baseline version", str(run.baseline_version)))
    return stats


# --------------------------------------------------------------------------- HTML


def html_highlight(quote: str, highlight: str | None) -> str:
    """The quote HTML-escaped, with the words that carry the value in <mark>."""
    before, mark, after = split_highlight(quote, highlight)
    return esc(before) + (f"<mark>{esc(mark)}</mark>" if mark else "") + esc(after)


def link(url: str, text: str) -> str:
    """A link to an article; anything but http(s) stays text. The text is bidi-isolated (`isolated`)."""
    if not (url or "").startswith(("http://", "https://")):
        return isolated(text or url)
    return f'<a href="{esc(url)}" rel="noopener noreferrer">{isolated(text or url)}</a>'


def isolated(text: str) -> str:
    """`text` escaped in a <bdi> element: an Arabic or Persian title or outlet keeps its own direction and does
    not reorder the dates and separators around it in a left-to-right line (Unicode Bidirectional Algorithm,
    UAX #9; HTML's bdi element)."""
    return f"<bdi>{esc(text)}</bdi>"


def page(title: str, body: str) -> str:
    """A whole self-contained HTML page: `body` (already escaped markup) under the Content-Security-Policy
    CSP, the report stylesheet inline, no script."""
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{CSS.read_text(encoding='utf-8')}</style></head>"
            f"<body><div class=\"page\">{body}</div></body></html>\n")


def render_html(report: Report) -> str:
    """report.html: self-contained (inline CSS and SVG, no script) under CSP; article text escaped (esc)."""
    run, findings = report.run, report.findings
    alert = any(is_new(f) for f in of_verdict(findings, "changed"))
    status = " failed" if run.failure else " alert" if alert else ""
    body = [f"<h1>claimwatch report</h1><p class=\"sub\">run <code>{esc(run.id)}</code> · started "
            f"{esc(run.started_at)}</p><p class=\"headline{status}\">{esc(headline(report))}</p>"]
    body.append(html_verdict(findings, "changed", "Changed", no_change(report), report.source_titles))
    body.append(html_verdict(findings, "disputed", "Disputed", "Nothing disputed.", report.source_titles))
    body.append(html_timelines(report.timelines if report.timelines is not None else derived_timelines(report)))
    body.append(html_developments(report.new_developments))
    body.append(html_confirmed(of_verdict(findings, "confirmed"), findings))
    body.append(html_errors(report.errors, report.warnings))
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in statistics(report))
    feeds = "".join(f"<li class=\"url\">{esc(u)}</li>" for u in run.feeds)
    body.append(f"<section><h2>Run statistics</h2><table>{rows}</table>"
                + (f"<details><summary>{plural(len(run.feeds), 'feed')}</summary><ul>{feeds}</ul></details>"
                   if feeds else "") + "</section>")
    return page(f"claimwatch report {run.id}", "".join(body))


def html_verdict(findings: list[dict[str, Any]], verdict: str, title: str, none: str,
                 titles: Mapping[str, str] | None = None) -> str:
    """The section of one verdict: new findings in full, findings reported by earlier runs folded in
    <details>; `none` when there is neither. `titles`: the baseline sources' titles (source_name)."""
    found = in_date_order(of_verdict(findings, verdict))
    fresh, seen = [f for f in found if is_new(f)], [f for f in found if not is_new(f)]
    inner = "".join(html_finding(f, findings, titles) for f in fresh) or \
        f"<p class=\"none\">{esc(none if not seen else 'Nothing new since the last run.')}</p>"
    agreed = [f for f in seen if f.get("denies_dismissed")]
    seen = [f for f in seen if not f.get("denies_dismissed")]
    if seen:
        inner += (f"<details><summary>{plural(len(seen), 'finding')} reported in earlier runs</summary>"
                  + "".join(html_finding(f, findings, titles) for f in seen) + "</details>")
    if agreed:
        inner += (f"<details><summary>{plural(len(agreed), 'denial')} of values dismissed before (no news)"
                  "</summary>" + "".join(html_finding(f, (), titles) for f in agreed) + "</details>")
    return f"<section><h2>{esc(title)}</h2>{inner}</section>"


def source_name(source: str | None, titles: Mapping[str, str] | None) -> str:
    """A baseline source as people read it: the seed document's title with its file name ("London Politica on …
    (002_1256bb754c45fecf.txt)"), or the source as recorded (a file name without a title, an accepted article's
    URL)."""
    title = (titles or {}).get(source or "")
    return f"{title} ({source})" if title else str(source or "")


def html_finding(f: dict[str, Any], findings: Sequence[dict[str, Any]] = (),
                 titles: Mapping[str, str] | None = None) -> str:
    """One finding as HTML: claim, was -> now, the quote with the value highlighted, link, outlet, date,
    confidence, sources, evidence and tags (new / first reported in run ...); article text escaped, only
    http(s) links."""
    obs, base = f["observed"], f["baseline"]
    tags = "<span class=\"tag new\">new</span>" if is_new(f) else \
        f"<span class=\"tag\">first reported in run {esc(f.get('first_seen') or '?')}</span>"
    if f.get("denies_dismissed"):  # a denial of a value the analyst dismissed: no news (claimwatch.review)
        tags = f"<span class=\"tag\">denies a value dismissed in finding {esc(f['denies_dismissed'])}</span>"
    elif f.get("review"):
        tags += f"<span class=\"tag\">{esc(f['review'])} before</span>"
    elif f.get("dismissed_before"):  # back through other statements: open again (claimwatch.review.record_run)
        tags += f"<span class=\"tag\">{esc(dismissed_before(f))}</span>"
    meta = [link(link_of(obs), obs.get("title") or link_of(obs)), isolated(outlet_of(obs)),
            esc(date_of(obs)), f"confidence {f['confidence']:.2f}", sources_agree(f, esc),
            esc(language_note(obs))]
    sources = "".join(
        f"<li>{link(link_of(s), s.get('title') or link_of(s))} · {isolated(outlet_of(s))} · {esc(date_of(s))}"
        f" · confidence {float(s.get('confidence') or 0):.2f}"
        f"<blockquote{lang_attrs(s)}>{html_highlight(s['quote'], s.get('highlight'))}</blockquote></li>"
        for s in f.get("sources") or [])
    return (f"<div class=\"finding {esc(f['verdict'])}\">"
            f"<p class=\"claim\"><strong>{esc(f['claim'])}</strong>{tags}"
            f"<span class=\"fid\">finding <code>{esc(f['id'])}</code></span></p>"
            + (f"<p class=\"question\">{esc(f['question'])}</p>" if f.get("question") else "")
            + f"<p class=\"change\"><span class=\"was\">{esc(base['value'])}</span> → "
            f"<span class=\"now\">{esc(obs['value'])}</span></p>"
            f"<blockquote{lang_attrs(obs)}>{html_highlight(obs['quote'], obs.get('highlight'))}</blockquote>"
            f"<p class=\"meta\">{' · '.join(m for m in meta if m)}</p>"
            + (f"<p class=\"meta evidence\">Evidence: {esc(evidence_line(f))}</p>" if evidence_line(f) else "")
            + (f"<p class=\"meta relation\">{esc(relation[:1].upper() + relation[1:])}</p>"
               if (relation := relation_line(f, findings)) else "")
            + f"<details><summary>Baseline and sources</summary><p class=\"meta\">Baseline: {esc(base['value'])} — "
            f"{esc(source_name(base.get('source'), titles))}{baseline_date(base)}"
            + (f" ({esc(page_changed_words(base['source_updated']))})" if base.get("source_updated") else "")
            + "</p>"
            f"<blockquote>{esc(base.get('quote'))}</blockquote><ul>{sources}</ul>"
            f"<p class=\"meta\">Finding <code>{esc(f['id'])}</code>: <code>claimwatch accept {esc(f['id'])}</code> "
            f"makes the new value the baseline; <code>claimwatch dismiss {esc(f['id'])}</code> marks a false "
            "alarm.</p></details></div>")


def html_timelines(timelines: list[dict[str, Any]]) -> str:
    """The Timelines section: one inline SVG per changed or disputed claim (reports.timeline)."""
    drawn = [(t, svg) for t in timelines if (svg := timeline_svg(t))]
    if not drawn:
        return ""
    legend = "".join(f"<span><span class=\"dot {k}\"></span>{esc(k)}</span>" for k in COLOURS)
    items = "".join(f"<div class=\"timeline\"><p class=\"claim\"><strong>{esc(t['claim'])}</strong></p>"
                    + (f"<p class=\"question\">{esc(t['question'])}</p>" if t.get("question") else "")
                    + svg + "</div>" for t, svg in drawn)
    return f"<section><h2>Timelines</h2><p class=\"legend\">{legend}</p>{items}</section>"


def html_developments(developments: list[dict[str, Any]]) -> str:
    """The New developments section: each statement escaped, with its article's link."""
    items = "".join(f"<li>{isolated(d['statement'])} — {link(d['url'], d.get('title') or d['url'])}"
                    + (f" ({esc(d['published'])})" if d.get("published") else "") + "</li>" for d in developments)
    inner = f"<ul>{items}</ul>" if items else "<p class=\"none\">None.</p>"
    return f"<section><h2>New developments</h2>{inner}</section>"


def outdated_note(f: dict[str, Any], findings: Sequence[dict[str, Any]]) -> str:
    """For a confirmation of a claim that this same run reports changed ("Ebrahim Raisi" from a 2021 article in
    the run that reports him replaced): that it is older news than the change, naming the run's new values; empty
    otherwise (walk23 P7)."""
    later = list(dict.fromkeys(g["observed"]["value"] for g in findings
                               if g["claim"] == f["claim"] and g["verdict"] == "changed"))
    return f"older than this run's change to {', '.join(later)}" if later else ""


def html_confirmed(confirmed: list[dict[str, Any]], findings: Sequence[dict[str, Any]] = ()) -> str:
    """The Confirmed section: the count of confirming statements, expandable to a table of claim, value (with
    outdated_note), number of sources and the article's link."""
    if not confirmed:
        return "<section><h2>Confirmed</h2><p class=\"none\">No statement restated the baseline.</p></section>"
    rows = "".join(f"<tr><td>{esc(f['claim'])}</td><td>{esc(f['observed']['value'])}"
                   + (f" ({esc(note)})" if (note := outdated_note(f, findings)) else "") + "</td>"
                   f"<td>{len(f.get('sources') or [1])}</td>"
                   f"<td>{link(link_of(f['observed']), f['observed'].get('title') or '')}</td></tr>" for f in confirmed)
    count = statements(confirmed)
    return (f"<section><h2>Confirmed</h2><details><summary>{plural(count, 'statement')} "
            f"{'restates' if count == 1 else 'restate'} the baseline ({plural(len(confirmed), 'claim')})</summary><table><tr><th>Claim</th><th>Value</th>"
            f"<th>Statements</th><th>Article</th></tr>{rows}</table></details></section>")


def html_errors(errors: list[dict[str, Any]], warnings: list[dict[str, Any]]) -> str:
    """The Errors section (every failure with URL, stage and reason) and the warnings folded below it; all
    escaped."""
    def table(items: list[dict[str, Any]]) -> str:
        rows = "".join(f"<tr><td><code>{esc(e['stage'])}</code></td><td class=\"url\">{esc(e['url'])}</td>"
                       f"<td>{esc(e['message'])}</td></tr>" for e in items)
        return f"<table class=\"errors\"><tr><th>Stage</th><th>URL</th><th>Reason</th></tr>{rows}</table>"

    inner = table(errors) if errors else "<p class=\"none\">No errors.</p>"
    if warnings:
        inner += f"<details><summary>{plural(len(warnings), 'warning')}</summary>{table(warnings)}</details>"
    return f"<section><h2>Errors</h2>{inner}</section>"
