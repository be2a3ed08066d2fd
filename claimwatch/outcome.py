"""Whether a monitor run failed as a whole: the rule that turns a night of unreachable feeds into a failed
flow run (red in the Prefect UI, a failure notification; `claimwatch run` still exits 0 with its report) instead
of a green "nothing changed".

A run fails when no feed could be read, or when the share of feeds that failed is above
`[fetch] max_failed_feed_share` (default 0.5). Failed pages or analysis errors alone never fail a run: they
are listed in the report and retried by later runs.
"""

from __future__ import annotations

import re
from typing import Any

from reports.model import ErrorRecord, Report


def failed_feeds(report: Report) -> list[ErrorRecord]:
    """The report's errors at the `feed` stage, one per configured feed URL (the first error of each)."""
    feeds = set(report.run.feeds)
    seen: dict[str, dict[str, Any]] = {}
    for error in report.errors:
        if error["stage"] == "feed" and error["url"] in feeds:
            seen.setdefault(error["url"], error)
    return list(seen.values())


# What happened to a feed, from the start of its error message (extractors.http, extractors.feeds), in the
# words of the run's failure line, and whether the message itself should follow as an example: a status or
# "an HTML page" says it all, a network error or a refusal needs its detail (DNS, or how to allow loopback).
UNREACHABLE = ("DNS lookup failed", "connection failed", "timeout", "too slow")


def failure_kind(message: str) -> tuple[str, bool]:
    """(what happened, in words that follow a count of feeds; whether to quote the message as an example)."""
    status = re.match(r"HTTP (\d{3})$", message)
    if status:
        return f"answered HTTP {status.group(1)}", False
    if message.startswith("not a feed: the URL returned an HTML page"):
        return "returned an HTML page, not a feed", False
    if message.startswith("not a feed"):
        return "returned something that is not a feed", True
    if message.startswith(UNREACHABLE):
        return "could not be reached", True
    if message.startswith("refused"):
        return "refused before fetching", True
    return "failed", True


def what_happened(failed: list[ErrorRecord]) -> tuple[str, str]:
    """("1 answered HTTP 404, 2 could not be reached", "e.g. <the first message that needs its detail>" or "")."""
    kinds = [failure_kind(e["message"]) for e in failed]
    counts: dict[str, int] = {}
    for kind, _ in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    example = next((e["message"] for e, (_, detail) in zip(failed, kinds) if detail), "")
    return ", ".join(f"{n} {kind}" for kind, n in counts.items()), f"e.g. {example}" if example else ""


def run_failure(report: Report, max_failed_share: float, with_example: bool = True) -> str | None:
    """The reason the run failed, one line, or None. `max_failed_share` is a fraction (0.5 = half). Worded by
    what happened: "no feed could be reached" only when none answered at all; a feed that answered (an HTTP
    error, an HTML page) was reached, so "no feed could be read: 1 answered HTTP 404". `with_example`: quote
    one feed's own message where the kind needs it (not in the run's log, whose warnings give each feed's)."""
    feeds = report.run.feeds
    failed = failed_feeds(report)
    if not feeds or not failed:
        return None
    kinds, example = what_happened(failed)
    example = example if with_example else ""
    if len(failed) == len(feeds):
        if all(failure_kind(e["message"])[0] == "could not be reached" for e in failed):
            return f"no feed could be reached ({len(failed)} of {len(feeds)} feeds failed" + (
                f", {example})" if example else ")")
        return f"no feed could be read: {kinds}" + (f" ({example})" if example else "")
    if len(failed) / len(feeds) > max_failed_share:
        return (f"{len(failed)} of {len(feeds)} feeds failed, more than the {max_failed_share:.0%} allowed by "
                f"[fetch] max_failed_feed_share ({kinds}" + (f"; {example})" if example else ")"))
    return None
