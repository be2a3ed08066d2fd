"""The baseline report: every claim, its value, quotes, sources and conflicts (baseline.md, baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from baseline.builder import as_given
from claims.catalogue import Catalogue
from reports.render import md_escape, source_name


def write_baseline_report(claims: dict[str, dict[str, Any]], version: int, catalogue: Catalogue,
                          folder: Path, changes: list[str] | None = None,
                          titles: dict[str, str] | None = None, held: dict[str, str] | None = None,
                          published: dict[str, str] | None = None) -> Path:
    """Write baseline.json (schema claimwatch.baseline/1: version and claim id -> baseline record) and
    baseline.md into `folder` (made if missing); returns `folder`. `changes`: lines saying what this build
    changed against the version before (baseline.md lists them first); `titles`: the sources' titles
    (baseline.builder.source_titles), for baseline.md; `held`: claim id -> when its value holds from
    (baseline.store.holds_from); `published`: seed file name -> its date (baseline.store.seed_dates), so that a
    quote dated by its year alone says the year. Raises OSError when it cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    payload = {"schema": "claimwatch.baseline/1", "version": version, "claims": claims}
    (folder / "baseline.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "baseline.md").write_text(render_baseline_md(claims, version, catalogue, changes, titles, held,
                                                           published), encoding="utf-8")
    return folder


def render_baseline_md(claims: dict[str, dict[str, Any]], version: int, catalogue: Catalogue,
                       changes: list[str] | None = None, titles: dict[str, str] | None = None,
                       held: dict[str, str] | None = None, published: dict[str, str] | None = None) -> str:
    """baseline.md: what the build changed (`changes`, when any), then per catalogue claim its baseline value,
    "disputed" where the sources disagree, "accepted" where an analyst's accepted value stands, and every
    verbatim quote with its source and as-of date, all escaped."""
    lines = [f"# claimwatch baseline — version {version}", "",
             f"{len(claims)} claims; {sum(1 for c in claims.values() if c['disputed'])} disputed.", ""]
    if changes:
        lines += ["## Changes from the version before", ""]
        lines += [f"- {md_escape(line.strip())}" for line in changes] + [""]
    for claim in catalogue.claims:
        data = claims.get(claim.id)
        if not data:
            continue
        status = " — **disputed**" if data["disputed"] else ""
        if data.get("accepted"):
            status += f" — accepted from finding {data['accepted']['finding']}"
        lines += [f"## {claim.id}: {md_escape(data['value'])}{status}", "", f"*{md_escape(claim.question)}*", ""]
        if (held or {}).get(claim.id):  # walk23 P5: "as of 2021-01-01" was all it said of a figure for 2021
            lines += [f"Value holds: {md_escape((held or {})[claim.id])}", ""]
        for quote in data["quotes"]:
            hedge = " (hedged)" if quote.get("hedged") else ""
            lines.append(f"- {md_escape(quote['value'])}{hedge} — {md_escape(source_name(quote['source'], titles))}, "
                         f"as of {as_given(str(quote['as_of']), (published or {}).get(str(quote['source'])))}: "
                         f"> {md_escape(quote['quote'])}")
        lines.append("")
    return "\n".join(lines)
