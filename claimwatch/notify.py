"""Notifications through Apprise: one grouped message per run that found changes not reported before (or, with
[notify] disputes, only new disputes), and one for every run that failed as a whole (no feed reached, too many feeds failed: claimwatch/outcome.py).

Apprise URLs carry secrets (tokens, passwords, hook paths), so they are never logged or written: a failed
delivery is recorded with the URL cut down to its scheme and its position in [notify] urls, and Apprise's own
log lines are captured instead of reaching the console, with every part of the URL masked.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from typing import Any, Iterator

from claimwatch.outcome import failed_feeds
from reports.model import Finding, Report
from reports.render import date_of, disputes as counted_disputes, is_new, link_of, of_verdict, outlet_of
from reports.timeline import plural
from settings.redact import redact

QUOTE_CHARS = 240
FAILED_FEEDS_LISTED = 10


def changes(report: Report) -> list[Finding]:
    """The changed findings no earlier run reported: what a notification is for."""
    return [f for f in of_verdict(report.findings, "changed") if is_new(f)]


def new_disputes(report: Report) -> list[Finding]:
    """The disputes (reports.render.disputes: a denial of a value the analyst dismissed left out, it agrees with the
    analyst) no earlier run reported."""
    return [f for f in counted_disputes(report.findings) if is_new(f)]


def finding_lines(f: Finding) -> list[str]:
    """One finding of the message: claim, was → now (a dispute with its reason, report.json evidence `why`), the
    quote, then id, outlet, date, confidence and sources (the id is what `claimwatch accept/dismiss` take), the
    URL."""
    obs = f["observed"]
    quote = re.sub(r"\s+", " ", obs["quote"]).strip()
    quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"
    sources = len(f.get("sources") or [obs])
    why = (f.get("evidence") or {}).get("why")
    disputed = (f" (disputed: {why})" if why else " (disputed)") if f["verdict"] == "disputed" else ""
    meta = [f"finding {f['id']}", outlet_of(obs), obs.get("title") or "", date_of(obs),
            f"confidence {f['confidence']:.2f}", f"{sources} source{'s' if sources != 1 else ''}"]
    return [f"- {f['claim']}: {f['baseline']['value']} → {obs['value']}{disputed}", f"  \"{quote}\"",
            f"  {' · '.join(m for m in meta if m)}", f"  {link_of(obs)}", ""]


def message(report: Report, folder: Path, served: str | None = None) -> tuple[str, str]:
    """(title, body): every new change and new dispute with its finding id, evidence, outlet and link, the run's
    error count, and where the report is: `served`, its URL on the served reports folder in a served run (the
    flow gives it: claimwatch.reports_http.report_link), else its path. A run with new disputes only: a title
    naming them and the disputes."""
    changed = changes(report)
    disputed = new_disputes(report)
    failure = report.run.failure
    title = f"claimwatch: {plural(len(changed), 'change')}" \
        + (f", {plural(len(disputed), 'new dispute')}" if changed and disputed else "") + f" (run {report.run.id})"
    since = "since the baseline" if report.run.first_run else "since the last run"
    lines = [f"{len(changed)} tracked claim{'s' if len(changed) != 1 else ''} changed {since}:", ""]
    if not changed and disputed and not failure:
        title = f"claimwatch: {plural(len(disputed), 'new dispute')}, no change (run {report.run.id})"
        lines = [f"No tracked claim changed {since}; {plural(len(disputed), 'new contested report')}:", ""]
    if failure:
        title = f"claimwatch: run {report.run.id} FAILED"
        failed = failed_feeds(report)
        lines = [f"The run failed: {failure}.", "", "Feeds that failed:"]
        lines += [f"- {e['url']}: {e['message']}" for e in failed[:FAILED_FEEDS_LISTED]]
        if len(failed) > FAILED_FEEDS_LISTED:
            lines.append(f"- … and {len(failed) - FAILED_FEEDS_LISTED} more (see the report)")
        lines.append("")
        if changed:
            lines += [f"{len(changed)} tracked claim{'s' if len(changed) != 1 else ''} changed all the same:", ""]
    for f in changed:
        lines += finding_lines(f)
    if disputed and (changed or failure):  # under a heading of their own, not under "N changed" (verify23 N4)
        lines += [f"{plural(len(disputed), 'new contested report')} (disputed, not changed):", ""]
    for f in disputed:
        lines += finding_lines(f)
    if report.errors:
        lines.append(f"The run had {plural(len(report.errors), 'error')} (feeds, pages or analysis): see the report.")
    lines.append(f"Report: {served or Path(folder).resolve() / 'report.html'}")
    return title, "\n".join(lines)


def wanted(report: Report, disputes: bool = True) -> bool:
    """Does the run send a message: new changes, a failed run, or (with [notify] disputes) new disputes."""
    return bool(changes(report) or report.run.failure or (disputes and new_disputes(report)))


def send(urls: tuple[str, ...] | list[str], report: Report, folder: Path, disputes: bool = True,
         served: str | None = None) -> list[dict[str, str]]:
    """Send the run's grouped message to every URL when it has new changes, failed, or (`disputes`: [notify]
    disputes) has new disputes; `served`: the report's served URL (message). Returns the failed deliveries as
    {"url": shown, "message": reason}, with nothing secret in either."""
    if not urls or not wanted(report, disputes):
        return []
    title, body = message(report, folder, served)
    return deliver(urls, title, body)


def deliver(urls: tuple[str, ...] | list[str], title: str, body: str) -> list[dict[str, str]]:
    """Send one message to every URL. Returns the failed deliveries as {"url": shown, "message": reason},
    with nothing secret in either."""
    import apprise  # here: only runs that notify pay for the import

    failures = []
    for i, url in enumerate(urls):
        shown = f"{url.split('://', 1)[0]}://*** ([notify] urls[{i}])"
        with captured_apprise_log() as log:
            sender = apprise.Apprise()
            if not sender.add(url):
                failures.append({"url": shown, "message": "not a valid Apprise URL"})
                continue
            refused = refused_host(sender[0])
            if refused:
                failures.append({"url": shown, "message": refused})
                continue
            try:
                delivered = sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
            except Exception as exc:  # a plugin bug must not fail the run: recorded like a failed delivery
                failures.append({"url": shown, "message": f"delivery failed: {type(exc).__name__}: "
                                                          f"{mask(str(exc), url)}"})
                continue
        if not delivered:
            said = [line for line in log.getvalue().splitlines() if line.strip()]
            reason = mask(said[-1], url) if said else "no reason given"
            failures.append({"url": shown, "message": f"delivery failed: {reason}"})
    return failures


def refused_host(plugin: Any) -> str | None:
    """Tests set CLAIMWATCH_LOOPBACK_ONLY=1: then no notification may leave 127.0.0.1 either."""
    if os.environ.get("CLAIMWATCH_LOOPBACK_ONLY", "") not in {"1", "true", "yes"}:
        return None
    host = str(getattr(plugin, "host", "") or "")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = False
    return None if loopback else "refused: not loopback and only loopback is allowed here"


@contextmanager
def captured_apprise_log() -> Iterator[StringIO]:
    """Apprise's warnings (which may name hosts and paths) go to a buffer, not to the console or Prefect."""
    logger = logging.getLogger("apprise")
    buffer = StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(message)s"))
    propagate, level = logger.propagate, logger.level
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield buffer
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        logger.setLevel(level)


def mask(text: str, url: str) -> str:
    """Apprise's reason with every piece of the URL (user, password, host, path, tokens) replaced by ***."""
    pieces = {p for p in re.split(r"[:/@?&=#,;]+", url.split("://", 1)[-1]) if len(p) >= 3}
    for piece in sorted(pieces, key=len, reverse=True):
        text = text.replace(piece, "***")
    return redact(text)[:300]
