"""Render a run's report as report.json (schema claimwatch.report/1), report.md and report.html."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

SCHEMA = "claimwatch.report/1"


def build_report(run: dict[str, Any], analysis: Any, errors: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "run": {"id": run["id"], "started_at": run["started_at"], "finished_at": run["finished_at"],
                "feeds": json.loads(run["feeds"] or "[]"), "counts": json.loads(run["counts"] or "{}")},
        "findings": list(analysis.findings),
        "new_developments": list(analysis.new_developments),
        "errors": [{"url": e["url"], "stage": e["stage"], "message": e["message"]}
                   for e in errors if not e.get("warning")],
        "warnings": [{"url": e["url"], "stage": e["stage"], "message": e["message"]}
                     for e in errors if e.get("warning")],
    }


def write_report(report: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "report.md").write_text(render_markdown(report), encoding="utf-8")
    (folder / "report.html").write_text(render_html(report), encoding="utf-8")
    return folder


def md_escape(text: str) -> str:
    """Make article text inert in markdown: no links, images, HTML or emphasis survive."""
    text = html.escape(re.sub(r"\s+", " ", str(text)).strip(), quote=False)
    return re.sub(r"([\\`*_\[\]{}()#+!|>~])", r"\\\1", text)


def render_markdown(report: dict[str, Any]) -> str:
    run = report["run"]
    counts = run["counts"]
    lines = [f"# claimwatch report — run {run['id']}", "",
             f"Started {run['started_at']}, finished {run['finished_at']}; {len(run['feeds'])} feeds, "
             f"{counts.get('entries_seen', 0)} entries seen, {counts.get('articles_new', 0)} new articles, "
             f"{counts.get('articles_relevant', 0)} relevant, {counts.get('errors', 0)} errors.", ""]
    changed = [f for f in report["findings"] if f["verdict"] == "changed"]
    disputed = [f for f in report["findings"] if f["verdict"] == "disputed"]
    confirmed = [f for f in report["findings"] if f["verdict"] == "confirmed"]
    lines += ["## Changed", ""]
    lines += [_md_finding(f) for f in changed] or ["No tracked claim changed in this run.", ""]
    lines += ["## Disputed", ""]
    lines += [_md_finding(f) for f in disputed] or ["Nothing disputed.", ""]
    lines += ["## New developments", ""]
    lines += [f"- {md_escape(d['statement'])} — [{md_escape(d['title'] or d['url'])}](<{_md_url(d['url'])}>)"
              for d in report["new_developments"]] or ["None."]
    lines += ["", "## Confirmed", "", f"{len(confirmed)} statements restate the baseline.", ""]
    lines += ["## Errors", ""]
    lines += [f"- `{e['stage']}` <{_md_url(e['url'])}>: {md_escape(e['message'])}" for e in report["errors"]] \
        or ["No errors."]
    if report.get("warnings"):
        lines += ["", "### Warnings", ""]
        lines += [f"- `{w['stage']}` <{_md_url(w['url'])}>: {md_escape(w['message'])}" for w in report["warnings"]]
    return "\n".join(lines) + "\n"


def _md_url(url: str) -> str:
    return re.sub(r"[<>\s]", lambda m: "%{:02X}".format(ord(m.group())), url)


def _md_finding(f: dict[str, Any]) -> str:
    obs, base = f["observed"], f["baseline"]
    return (f"- **{md_escape(f['claim'])}**: {md_escape(base['value'])} → {md_escape(obs['value'])} "
            f"({md_escape(obs.get('published') or '')}, confidence {f['confidence']:.2f})\n"
            f"  > {md_escape(obs['quote'])}\n"
            f"  — [{md_escape(obs.get('title') or obs['url'])}](<{_md_url(obs['url'])}>)\n")


def esc(text: Any) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def render_html(report: dict[str, Any]) -> str:
    run = report["run"]
    findings = "".join(
        f"<li><b>{esc(f['claim'])}</b> ({esc(f['verdict'])}): {esc(f['baseline']['value'])} → "
        f"{esc(f['observed']['value'])} <blockquote>{esc(f['observed']['quote'])}</blockquote>"
        f"<a href=\"{esc(f['observed']['url'])}\" rel=\"noopener noreferrer\">{esc(f['observed'].get('title'))}</a></li>"
        for f in report["findings"]) or "<li>No tracked claim changed in this run.</li>"
    errors = "".join(f"<li><code>{esc(e['stage'])}</code> {esc(e['url'])}: {esc(e['message'])}</li>"
                     for e in report["errors"]) or "<li>No errors.</li>"
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>claimwatch report {esc(run['id'])}</title></head><body>"
            f"<h1>claimwatch report — run {esc(run['id'])}</h1>"
            f"<p>{esc(json.dumps(run['counts']))}</p><h2>Findings</h2><ul>{findings}</ul>"
            f"<h2>Errors</h2><ul>{errors}</ul></body></html>\n")
