"""Whether a monitor run failed as a whole: the rule that turns a night of unreachable feeds into a failed
flow run (red in the Prefect UI, a failure notification, exit 1) instead of a green "nothing changed".

A run fails when no feed could be read, or when the share of feeds that failed is above
`[fetch] max_failed_feed_share` (default 0.5). Failed pages or analysis errors alone never fail a run: they
are listed in the report and retried by later runs.
"""

from __future__ import annotations

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


def run_failure(report: Report, max_failed_share: float) -> str | None:
    """The reason the run failed, one line, or None. `max_failed_share` is a fraction (0.5 = half)."""
    feeds = report.run.feeds
    failed = failed_feeds(report)
    if not feeds or not failed:
        return None
    example = f"e.g. {failed[0]['message']}"
    if len(failed) == len(feeds):
        return f"no feed could be reached ({len(failed)} of {len(feeds)} feeds failed, {example})"
    if len(failed) / len(feeds) > max_failed_share:
        return (f"{len(failed)} of {len(feeds)} feeds failed, more than the {max_failed_share:.0%} allowed by "
                f"[fetch] max_failed_feed_share ({example})")
    return None
