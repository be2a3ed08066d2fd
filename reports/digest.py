"""`claimwatch report --since 7d`: a digest across the runs that started within a window.

Changes and disputes are grouped by claim, each with the runs that reported it and its review status; then
confirmations, new developments and the runs themselves. Written as digest.json (schema claimwatch.digest/1),
digest.md and digest.html into DIR/digest-<timestamp>/.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from settings.errors import ConfigError
from reports.timeline import observation_date
from reports.render import (date_of, md_link, esc, html_highlight, isolated, link, link_of, md_escape,
                            md_highlight, outlet_of, page, page_changed_words, plural, sources_agree)

SCHEMA = "claimwatch.digest/1"
UNITS = {"h": "hours", "d": "days", "w": "weeks"}
VERDICT_RANK = {"changed": 0, "disputed": 1}


def parse_since(text: str, now: datetime) -> datetime:
    """'24h', '7d', '2w', or an ISO date or date-time (UTC unless it says otherwise)."""
    found = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", text.lower())
    if found:
        return now - timedelta(**{UNITS[found.group(2)]: int(found.group(1))})
    try:
        when = datetime.fromisoformat(text.strip())  # a bare date is its midnight
    except ValueError:
        raise ConfigError(f"--since {text!r}: give a duration (24h, 7d, 2w) or an ISO date (2026-11-01)") from None
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    if when > now:
        raise ConfigError(f"--since {text!r} is in the future")
    return when


def build_digest(runs: list[dict[str, Any]], rows: list[dict[str, Any]], developments: list[dict[str, Any]],
                 since: datetime, until: datetime) -> dict[str, Any]:
    """The digest (schema claimwatch.digest/1) of the runs that started in [since, until).

    `runs`: rows of the `runs` table; `rows`: their rows of `findings` (`data` the finding as JSON);
    `developments`: their rows of `developments`. The queries are the caller's (claimwatch.review), so that
    reports/ stays pure functions of data."""
    ids = [r["id"] for r in runs]
    changes: dict[str, dict[str, dict[str, Any]]] = {}
    confirmed: dict[tuple[str, str], dict[str, Any]] = {}
    when: dict[tuple[str, bool], tuple[str, str]] = {}  # a claim's values in the order they hold (walk23 P2)
    for row in rows:
        data = json.loads(row["data"])
        if row["verdict"] == "confirmed":
            item = confirmed.setdefault((row["claim"], row["observed_value"]), {
                "claim": row["claim"], "value": row["observed_value"], "statements": 0, "runs": []})
            item["statements"] += len(data.get("sources") or [1])
            item["runs"].append(row["run_id"])
            continue
        # A denial of a value the analyst dismissed (claimwatch.review) shares the dismissed dispute's id, but it
        # is no source for the value it denies: it is an entry of its own, listed apart as no news.
        key = (row["id"], bool(data.get("denies_dismissed")))
        entry = changes.setdefault(row["claim"], {}).setdefault(key, change_entry(data, row, ids))
        entry.setdefault("dated", observation_date(data)[1])  # digest.json, added: when the observation holds
        when.setdefault(key, observation_date(data)[0])
        if entry["status"] == "dismissed" and row["status"] not in ("accepted", "dismissed"):
            came_back(entry, data, row)
        entry["runs"].append(row["run_id"])
        entry["confidence"] = max(entry["confidence"], data["confidence"])
        for source in data.get("sources") or []:
            kept = entry["sources"].setdefault(source["url"], {k: source.get(k) for k in
                                                               ("url", "title", "outlet", "published", "quote",
                                                                "date_unknown")})
            if source.get("canonical"):  # an AMP page's canonical, linked (claimwatch.pipeline.with_canonical)
                kept["canonical"] = source["canonical"]
            for copy in source.get("copies") or []:
                # a syndicated story's other pages (claimwatch.pipeline.with_copies; digest.json, added), named by
                # outlet as the run's report names them
                copies = kept.setdefault("copies", [])
                if copy.get("url") not in {c.get("url") for c in copies}:
                    copies.append({k: copy.get(k) for k in ("url", "title", "outlet", "published")})
    claims = [{"claim": claim, "question": next(iter(found.values()))["question"],
               "findings": [{**f, "sources": list(f["sources"].values())} for k, f in sorted(
                   found.items(), key=lambda kf: (VERDICT_RANK[kf[1]["verdict"]], bool(kf[1].get("denies_dismissed")),
                                                  when[kf[0]], not kf[1].get("superseded_by"),
                                                  kf[1]["runs"][0]))]}
              for claim, found in sorted(changes.items())]
    for claim in claims:  # several changes of a claim: the last in date order is the latest (walk23 P2)
        changed = [f for f in claim["findings"] if f["verdict"] == "changed" and not f.get("denies_dismissed")]
        if len(changed) > 1:
            changed[-1]["latest"] = True
    return {
        "schema": SCHEMA, "since": since.isoformat(timespec="seconds"), "until": until.isoformat(timespec="seconds"),
        "runs": [{"id": r["id"], "started_at": r["started_at"], "finished_at": r["finished_at"], "status": r["status"],
                  "counts": json.loads(r["counts"] or "{}"), "report_dir": r["report_dir"],
                  # as the run's own report has them: why it failed, how many of its feeds had nothing new (304)
                  "failure": r.get("failure"), "feeds": len(json.loads(r.get("feeds") or "[]")),
                  "feeds_not_modified": r.get("feeds_not_modified") or 0} for r in runs],
        "claims": claims,
        "confirmed": sorted(confirmed.values(), key=lambda c: c["claim"]),
        "new_developments": [{k: d[k] for k in ("statement", "url", "title", "published", "run_id")}
                             for d in developments],
    }


def change_entry(data: dict[str, Any], row: dict[str, Any], run_ids: list[str]) -> dict[str, Any]:
    """A change or dispute as the digest lists it: was → now, the evidence, and where it stands."""
    obs = data["observed"]
    if row["status"] in ("accepted", "dismissed", "superseded"):  # superseded: closed as history (walk23 P1)
        status = row["status"]
    else:
        status = "new in this period" if row["first_seen"] in run_ids else "first reported before this period"
    return {"id": row["id"], "verdict": row["verdict"], "question": data.get("question", ""),
            "was": data["baseline"]["value"], "now": obs["value"], **quoted(obs),
            "confidence": data["confidence"],
            "first_seen": row["first_seen"], "status": status, "runs": [], "sources": {},
            **({"denies_dismissed": data["denies_dismissed"]} if data.get("denies_dismissed") else {}),
            # a later change of the claim in the same run (claims.compare.relate_states), or for a figure a revised
            # figure for its period (relate_figures): `superseded_as` says which (digest.json, added; walk23 P7)
            **({"superseded_by": data["superseded_by"], "superseded_as": superseded_as(obs)}
               if data.get("superseded_by") else {})}


def superseded_as(obs: dict[str, Any]) -> str:
    """What supersedes a finding whose run has a later one of its claim (`superseded_by`): for a figure a revision
    for its period (claims.compare.relate_figures), else a later change (relate_states)."""
    if obs.get("amount") is not None:
        return f"a revised figure for {obs.get('period') or 'its period'} in its run"
    return "a later change in its run"


def came_back(entry: dict[str, Any], data: dict[str, Any], row: dict[str, Any]) -> None:
    """A dismissed finding that a later run of the period flagged again through other statements
    (claimwatch.review.record_run): it is open, as `claimwatch findings` says, and is shown with the quote of the
    article that brought it back (walk22 A5: the digest said "dismissed" and quoted the dismissed article).
    `came_back_in`: that run (digest.json, added)."""
    entry.pop("date_unknown", None)
    entry.pop("canonical", None)  # the article that brought it back is linked, not the first one's page
    entry.update(status="open", came_back_in=row["run_id"], **quoted(data["observed"]))


def quoted(obs: dict[str, Any]) -> dict[str, Any]:
    """The fields of a digest entry that come from the observation it quotes (a finding's `observed`): quote,
    highlight, url, title, outlet, published, and date_unknown where the article gave no date."""
    return {"quote": obs["quote"], "highlight": obs.get("highlight"), "url": obs["url"],
            "title": obs.get("title"), "outlet": outlet_of(obs), "published": obs.get("published"),
            **({"date_unknown": obs["date_unknown"]} if obs.get("date_unknown") else {}),
            **({"canonical": obs["canonical"]} if obs.get("canonical") else {})}


def write_digest(digest: dict[str, Any], root: Path, now: datetime) -> Path:
    """Write digest.json, digest.md and digest.html into ROOT/digest-<UTC time of `now`>/ (made if missing);
    returns that folder. Raises OSError when it cannot be written."""
    folder = Path(root) / f"digest-{now.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "digest.json").write_text(json.dumps(digest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "digest.md").write_text(render_digest_md(digest), encoding="utf-8")
    (folder / "digest.html").write_text(render_digest_html(digest), encoding="utf-8")
    return folder


def nothing_changed(digest: dict[str, Any]) -> str:
    """What the digest says when no tracked claim changed, without an all-clear the runs cannot give: no run in
    the period, or runs that read no new article about the tracked claims (every feed failed, nothing new),
    say so instead of "No tracked claim changed", as a run's own report does."""
    if not digest["runs"]:
        return "No run started in this period, so no change could be seen"
    if not any(r["counts"].get("articles_relevant", 0) for r in digest["runs"]):
        return "No new article about the tracked claims was read in these runs, so no change could be seen"
    return "No tracked claim changed in these runs"


def summary(digest: dict[str, Any]) -> str:
    """The digest in one plain sentence: runs and period, changes and the claims they touch, disputes, errors."""
    found = [f for c in digest["claims"] for f in c["findings"]]
    changed = sum(1 for f in found if f["verdict"] == "changed")
    # a denial of a value the analyst had dismissed is no news (claimwatch.review): not counted as a dispute
    disputed = sum(1 for f in found if f["verdict"] == "disputed" and not f.get("denies_dismissed"))
    claims = sum(1 for c in digest["claims"] if any(f["verdict"] == "changed" for f in c["findings"]))
    errors = sum(r["counts"].get("errors", 0) for r in digest["runs"])
    first = f"{plural(changed, 'change')} to {plural(claims, 'claim')}" if changed else nothing_changed(digest)
    failed = sum(1 for r in digest["runs"] if r.get("failure") and r["status"] != "interrupted")
    interrupted = sum(1 for r in digest["runs"] if r["status"] == "interrupted")
    return (f"{plural(len(digest['runs']), 'run')} from {digest['since']} to {digest['until']}: {first}; "
            f"{plural(disputed, 'disputed statement')}, "
            f"{plural(sum(c['statements'] for c in digest['confirmed']), 'confirmation')}, "
            f"{plural(len(digest['new_developments']), 'new development')}, {plural(errors, 'error')}"
            + (f"; {plural(failed, 'run')} failed as a whole" if failed else "")
            + (f"; {plural(interrupted, 'run')} interrupted" if interrupted else "") + ".")


def render_digest_md(digest: dict[str, Any]) -> str:
    # since, until and run ids are claimwatch's own timestamps: written as they are
    """digest.md: the summary, then changes and disputes per claim with the runs that reported them and their
    review status, confirmations, new developments and the runs; article text escaped (md_escape)."""
    lines = [f"# claimwatch digest — since {digest['since']}", "", f"**{summary(digest)}**", "",
             "## Changes by claim", ""]
    if not digest["claims"]:
        lines += [f"{nothing_changed(digest)}.", ""]
    for claim in digest["claims"]:
        lines += [f"### {md_escape(claim['claim'])}", ""] + ([f"*{md_escape(claim['question'])}*", ""]
                                                             if claim["question"] else [])
        for f in claim["findings"]:
            meta = [md_link(link_of(f), f["title"] or link_of(f)), md_escape(f["outlet"]),
                    md_escape(date_of(f)), f"confidence {f['confidence']:.2f}",
                    source_count(f, md_escape), f"id `{f['id']}`"]
            lines += [f"- {change_md(f)} — runs {', '.join(md_escape(r) for r in f['runs'])}",
                      f"  > {md_highlight(f['quote'], f['highlight'])}",
                      f"  — {' · '.join(m for m in meta if m)}"]
            lines += [f"  — {page_changed_words(f['page_changed'])}"] if f.get("page_changed") else []
            lines += [f"  — {md_escape(note_words(f))}"] if f.get("note") else []
            lines += [""]
    lines += ["## Confirmed", ""]
    lines += [f"- {md_escape(c['claim'])}: {md_escape(c['value'])} — {plural(c['statements'], 'statement')} in "
              f"{plural(len(set(c['runs'])), 'run')}" for c in digest["confirmed"]] or ["None."]
    lines += ["", "## New developments", ""]
    lines += [f"- {md_escape(d['statement'])} — {md_link(d['url'], d['title'] or d['url'])} (run {md_escape(d['run_id'])})"
              for d in digest["new_developments"]] or ["None."]
    lines += ["", "## Runs", ""]
    lines += [f"- {md_escape(r['id'])} — started {r['started_at']}, {md_escape(run_status(r))}: "
              f"{run_counts(r)}" + (f"; report {md_escape(r['report_dir'])}" if r["report_dir"] else "")
              for r in digest["runs"]] or ["No run started in this period."]
    return "\n".join(lines) + "\n"


def source_count(finding: dict[str, Any], escape: Any = str) -> str:
    """How many sources state an entry's value, with its syndicated copies named by outlet, as a run's report says
    it (reports.render.sources_agree): "1 source (+2 copies: Outlet Two, Outlet Three)"."""
    return sources_agree({"sources": finding["sources"] or [{"quote": finding["quote"]}]}, escape)


def note_words(finding: dict[str, Any]) -> str:
    """The analyst's note on an entry (`accept/dismiss/reopen --note`; digest.json `note`, added): the note of the
    dismissal for a dismissed finding that came back, else of its standing decision."""
    return f"{'note when dismissed' if finding.get('came_back_in') else 'note'}: {finding['note']}"


def change_md(finding: dict[str, Any]) -> str:
    """A digest entry's first words: was → now with its verdict and status, or, for a denial of a value the
    analyst dismissed, that it is no news (claimwatch.review; the run's report lists it apart too)."""
    if finding.get("denies_dismissed"):
        return (f"{md_escape(finding['now'])} denied — {denial_note(finding)}")
    return (f"{md_escape(finding['was'])} → **{md_escape(finding['now'])}** ({finding['verdict']}; "
            f"{md_escape(status_words(finding))})")


def status_words(finding: dict[str, Any]) -> str:
    """A digest entry's review status, the later change or revised figure of its run that supersedes it when there
    is one, else for one closed by `supersede` why (`superseded_why`, digest.json added), and "the latest" for the
    last in date order of a claim's several changes (`latest`, digest.json added)."""
    later = finding.get("superseded_by")
    back = f" (dismissed before, came back in run {finding['came_back_in']})" if finding.get("came_back_in") else ""
    how = finding.get("superseded_as") or "a later change in its run"
    if later and finding["status"] == "superseded":  # said once, not "superseded; superseded by …" (verify23 N5)
        said = f"superseded by finding {later}, {how}; closed as history"
    elif finding["status"] == "superseded" and finding.get("superseded_why"):  # why supersede closed it
        said = f"closed as history: {finding['superseded_why']}"
    else:
        said = finding["status"] + back + (f"; superseded by finding {later}, {how}" if later else "")
    return said + ("; the latest of the period's values" if finding.get("latest") else "")


def denial_note(finding: dict[str, Any]) -> str:
    """Why a denial of a dismissed value is no news, naming the dismissed finding."""
    return f"you dismissed that value (finding {finding['denies_dismissed']}), so this denial is no news"


def run_status(run: dict[str, Any]) -> str:
    """A run's status as its own report gives it: "failed (no feed could be read: 1 answered HTTP 404)" for a run
    that failed as a whole, "interrupted: its process (…) ended before the run finished (no report)" for a run
    that died, else the `runs` table's status (completed, running)."""
    if run.get("status") == "interrupted":  # claimwatch.store.close_dead_runs: the reason starts "interrupted: "
        return str(run.get("failure") or "interrupted") + " (no report)"
    if run.get("failure"):
        return f"failed ({run['failure']})"
    return str(run["status"] or "?")


def run_counts(run: dict[str, Any]) -> str:
    """A run's counts as a phrase: "12 entries, 3 new articles (2 relevant), 1 error", and why it read nothing when
    it read nothing: every feed unchanged (HTTP 304), or no entry read where errors were."""
    c = run["counts"]
    unread = ""
    if run.get("feeds") and run.get("feeds_not_modified") == run["feeds"]:
        unread = " (nothing new: every feed answered HTTP 304 Not Modified)"
    elif run.get("feeds_not_modified"):
        unread = f" ({run['feeds_not_modified']} of {plural(run['feeds'], 'feed')} unchanged: HTTP 304)"
    elif not c.get("entries_seen", 0) and c.get("errors", 0) and not run.get("failure"):
        unread = " (no feed entry was read)"
    return (f"{plural(c.get('entries_seen', 0), 'entry', 'entries')}, {plural(c.get('articles_new', 0), 'new article')} "
            f"({c.get('articles_relevant', 0)} relevant), {plural(c.get('errors', 0), 'error')}{unread}")


def copies_html(source: dict[str, Any]) -> str:
    """A digest source's syndicated copies as HTML: " (copies: <link>Outlet Two</link>, …)", "" without any."""
    copies = source.get("copies") or []
    return (" (" + plural(len(copies), "copy", "copies") + ": "
            + ", ".join(link(c["url"], outlet_of(c) or c["url"]) for c in copies) + ")") if copies else ""


def render_digest_html(digest: dict[str, Any]) -> str:
    """digest.html: the same as digest.md as one self-contained page (reports.render.page: inline CSS, no
    script, CSP); article text escaped."""
    alert = any(f["verdict"] == "changed" for c in digest["claims"] for f in c["findings"])
    body = [f"<h1>claimwatch digest</h1><p class=\"sub\">since {esc(digest['since'])} until {esc(digest['until'])}</p>"
            f"<p class=\"headline{' alert' if alert else ''}\">{esc(summary(digest))}</p><section><h2>Changes by claim"
            "</h2>"]
    if not digest["claims"]:
        body.append(f"<p class=\"none\">{esc(nothing_changed(digest))}.</p>")
    for claim in digest["claims"]:
        body.append(f"<p class=\"claim\"><strong>{esc(claim['claim'])}</strong></p>"
                    + (f"<p class=\"question\">{esc(claim['question'])}</p>" if claim["question"] else ""))
        for f in claim["findings"]:
            sources = "".join(f"<li>{link(link_of(s), s.get('title') or link_of(s))} · {isolated(outlet_of(s))} · "
                              f"{esc(date_of(s))}{copies_html(s)}</li>" for s in f["sources"])
            change = (f"<span class=\"now\">{esc(f['now'])}</span> denied<span class=\"tag\">{esc(denial_note(f))}"
                      "</span>" if f.get("denies_dismissed") else
                      f"<span class=\"was\">{esc(f['was'])}</span> → <span class=\"now\">{esc(f['now'])}</span>"
                      f"<span class=\"tag\">{esc(f['verdict'])}</span><span class=\"tag\">{esc(status_words(f))}</span>")
            body.append(
                f"<div class=\"finding {esc(f['verdict'])}\"><p class=\"change\">{change}</p>"
                f"<blockquote>{html_highlight(f['quote'], f['highlight'])}</blockquote>"
                f"<p class=\"meta\">{link(link_of(f), f['title'] or link_of(f))} · {isolated(f['outlet'])} · "
                f"{esc(date_of(f))} · confidence {f['confidence']:.2f} · runs "
                f"{esc(', '.join(f['runs']))} · <code>{esc(f['id'])}</code></p>"
                + (f"<p class=\"meta\">{esc(page_changed_words(f['page_changed']))}</p>"
                   if f.get("page_changed") else "")
                + (f"<p class=\"meta\">{esc(note_words(f))}</p>" if f.get("note") else "")
                + f"<details><summary>{source_count(f, esc)}</summary><ul>{sources}</ul></details></div>")
    body.append("</section>")
    confirmed = "".join(f"<tr><td>{esc(c['claim'])}</td><td>{esc(c['value'])}</td><td>{c['statements']}</td>"
                        f"<td>{len(set(c['runs']))}</td></tr>" for c in digest["confirmed"])
    body.append("<section><h2>Confirmed</h2>" + (
        f"<details><summary>{plural(len(digest['confirmed']), 'claim')} confirmed</summary><table><tr><th>Claim"
        f"</th><th>Value</th><th>Statements</th><th>Runs</th></tr>{confirmed}</table></details>" if confirmed
        else "<p class=\"none\">None.</p>") + "</section>")
    developments = "".join(f"<li>{esc(d['statement'])} — {link(d['url'], d['title'] or d['url'])} (run "
                           f"{esc(d['run_id'])})</li>" for d in digest["new_developments"])
    body.append("<section><h2>New developments</h2>"
                + (f"<ul>{developments}</ul>" if developments else "<p class=\"none\">None.</p>") + "</section>")
    runs = "".join(f"<tr><td><code>{esc(r['id'])}</code></td><td>{esc(r['started_at'])}</td><td>{esc(run_status(r))}"
                   f"</td><td>{esc(run_counts(r))}</td><td class=\"url\">{esc(r['report_dir'] or '')}</td></tr>"
                   for r in digest["runs"])
    body.append("<section><h2>Runs</h2>" + (
        f"<table><tr><th>Run</th><th>Started</th><th>Status</th><th>Counts</th><th>Report</th></tr>{runs}</table>"
        if runs else "<p class=\"none\">No run started in this period.</p>") + "</section>")
    return page(f"claimwatch digest since {digest['since']}", "".join(body))
