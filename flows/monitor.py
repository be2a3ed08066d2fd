"""The `monitor` Prefect flow: feeds → new entries → pages → articles → analysis → report.

Only wiring lives here; each task is a call into a plain, separately tested function.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from baseline import store as baseline_store
from baseline.catalogue import load_catalogue
from claimwatch import notify as notifier
from claimwatch import pipeline, review, store
from settings.config import DEFAULT_DB, load_config, reports_for
from claimwatch.store import open_db
from settings.errors import ConfigError, ExtractError, FetchError
from claimwatch.pipeline import analyze_run
from claimwatch.outcome import run_failure
from claimwatch.prefect_env import stop_signals_delivered
from claimwatch.reports_http import report_link
from extractors.http import make_client
from reports.render import findings_table, plural, write_report


def retry_if_transient(task, task_run, state) -> bool:  # type: ignore[no-untyped-def]
    """Retry timeouts, connection failures, 429 and 5xx; never a 404 or a parse error."""
    try:
        state.result()
    except FetchError as exc:
        return exc.transient
    except Exception:
        return False
    return False


class ExpectedFetchFailures(logging.Filter):
    """Prefect logs a task that raised at ERROR, with the traceback, then once more as "Finished in state
    Failed". A FetchError (DNS, refused, timeout, 4xx/5xx, not a feed) is an expected failure, recorded with
    its URL and one WARNING line by pipeline.record_feed: Prefect's ERROR lines about it are dropped. Its INFO
    lines about retries stay; any other exception keeps its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False (drop) for Prefect's ERROR records about a FetchError or an ExtractError (a body that is no
        feed); True for everything else."""
        if record.exc_info and isinstance(record.exc_info[1], (FetchError, ExtractError)):
            return False
        message = record.getMessage()
        return not (record.levelno >= logging.ERROR
                    and ("exception FetchError:" in message or "exception ExtractError:" in message))


logging.getLogger("prefect.task_runs").addFilter(ExpectedFetchFailures())


# The state message of a run that failed as a whole ends with its report (monitor, below): Prefect's closing line
# "Finished in state Failed('…; see …/report.html')" then only repeats the run's own ERROR line.
DELIBERATE_CLOSE = re.compile(r"Finished in state Failed\('.*; see .*report\.html'\)$", re.DOTALL)


class DeliberateFailure(logging.Filter):
    """A run that failed as a whole returns its own Failed state (claimwatch/outcome.py), already logged in one
    ERROR line with the reason. In a served run's process Prefect's engine then raises FailedRun and logs
    "Engine execution exited with unexpected exception" with its traceback: that record is dropped, and so is
    Prefect's closing "Finished in state Failed(…)" line, which says the same reason again (the UI shows the
    state and its message all the same). Any other exception keeps its traceback and its closing line."""

    def filter(self, record: logging.LogRecord) -> bool:
        from prefect.exceptions import FailedRun

        if record.exc_info and isinstance(record.exc_info[1], FailedRun):
            return False
        return not DELIBERATE_CLOSE.match(record.getMessage())


logging.getLogger("prefect.flow_runs").addFilter(DeliberateFailure())

# One key each for every run: the UI's Artifacts page shows them with their history across runs.
REPORT_ARTIFACT = "claimwatch-report"
FINDINGS_ARTIFACT = "claimwatch-findings"
HTML_ARTIFACT = "claimwatch-report-html"

RETRY = {"retries": 2, "retry_delay_seconds": [1, 3], "retry_condition_fn": retry_if_transient,
         "cache_policy": NO_CACHE}


def feed_label(url: str) -> str:
    """A feed's name in the UI's task list: host, port and path, without user info or query (which may hold
    secrets), cut to 80 characters; two feeds of one host are told apart."""
    parts = urlsplit(url)
    where = f"{parts.hostname or ''}{':' + str(parts.port) if parts.port else ''}{parts.path}"
    return where if len(where) <= 80 else where[:79] + "…"


@task(name="fetch-feed", **RETRY)
def fetch_feed_task(client, settings, url, etag, last_modified):  # type: ignore[no-untyped-def]
    """Prefect task: pipeline.read_feed, retried (1 s, 3 s) on transient failures only."""
    return pipeline.read_feed(client, settings, url, etag, last_modified)


def alert_on_crash_or_failure(flow, flow_run, state):  # type: ignore[no-untyped-def]
    """`on_failure` / `on_crashed` hook: a run that raised, or whose process died (the serve process runs the
    hook then), or stopped at a bad parameter, wrote no report and sent no message: tell the [notify] URLs of
    its feeds file. A run that failed as a whole (claimwatch/outcome.py) returned its own Failed state with its
    report folder as data and already sent its message."""
    if state.is_failed() and isinstance(state.result(raise_on_failure=False), str):
        return
    parameters = flow_run.parameters or {}
    if not parameters.get("notify", True):
        return
    try:
        feeds_file = parameters.get("feeds_file")
        urls = load_config(Path(feeds_file) if feeds_file else None, parameters.get("feeds")).notify
    except Exception:  # a bad feeds file is what failed the run: nothing to read the URLs from
        return
    if not urls:
        return
    title = f"claimwatch: run {flow_run.name} {state.name.upper()}"
    body = (f"The monitor run {flow_run.name} ({flow_run.id}) ended {state.name}: {state.message}\n\n"
            "No report was written. The flow run's logs in the Prefect UI say what happened.")
    for failure in notifier.deliver(urls, title, body):
        logging.getLogger("claimwatch").warning("failure notification not delivered: %s: %s", failure["url"],
                                                failure["message"])


@task(name="notify", cache_policy=NO_CACHE)
def notify_task(urls, report, folder, disputes=True):  # type: ignore[no-untyped-def]
    """Prefect task: notify.send, with the report's URL on the served reports folder in a served run (walk23
    P3: the message gave the local path); returns the notifications that failed (url, message)."""
    link = report_link(folder)
    return notifier.send(urls, report, folder, disputes, None if link.startswith("file:") else link)


def outcome(future):  # type: ignore[no-untyped-def]
    """A finished feed task's FeedResult, or the exception it raised (recorded by pipeline.record_feed)."""
    try:
        return future.result()
    except Exception as exc:  # the failure is data: recorded with URL and stage by the pipeline
        return exc


def human_summary(report):  # type: ignore[no-untyped-def]
    """'3 changes, 2 disputed, 12 errors' (changes and disputes not reported by an earlier run)."""
    fresh = [f for f in report.findings if f.get("new", True)]
    changes = sum(1 for f in fresh if f["verdict"] == "changed")
    disputed = sum(1 for f in fresh if f["verdict"] == "disputed")
    errors = len(report.errors)
    return (f"{changes} change{'' if changes == 1 else 's'}, {disputed} disputed, "
            f"{errors} error{'' if errors == 1 else 's'}")


def annotate(report, failure, first_run):  # type: ignore[no-untyped-def]
    """Optional keys of report.json's run: `failure` (the run failed as a whole: the report's top line says so
    in the error colour) and `first_run` (the database's first run: changes are "since the baseline")."""
    report.run.failure = failure or None
    report.run.first_run = bool(first_run)


@flow(name="monitor", task_runner=ThreadPoolTaskRunner(max_workers=8),
      on_failure=[alert_on_crash_or_failure], on_crashed=[alert_on_crash_or_failure])
@stop_signals_delivered  # a SIGTERM dropped in a finalizer still stops the run (claimwatch.prefect_env)
def monitor(feeds: list[str] | None = None, feeds_file: str | None = None, db: str | None = None,
            reports: str | None = None, allow_loopback: bool = False, notify: bool = True) -> str:
    """One monitor run. Returns the folder of the run's report.

    Args:
        feeds: Feed URLs. Without feeds_file they replace the default feed list; with it they are added.
        feeds_file: A feeds file (TOML) to read the feeds from (default: the project's feeds.toml).
        db: The SQLite database (default: data/claimwatch.db, or CLAIMWATCH_DB).
        reports: The folder for run reports (default: beside the database: data/reports, or CLAIMWATCH_REPORTS,
            for the default one; DB_FOLDER/reports for another).
        allow_loopback: Allow feeds and pages on 127.0.0.1 (local use and tests).
        notify: Send the [notify] message of the feeds file when the run finds changes not reported before.
    """
    logger = get_run_logger()
    timings = pipeline.Timings()  # report.json run.timings
    with timings.stage("setup"):
        try:
            config = load_config(Path(feeds_file) if feeds_file else None, feeds, allow_loopback or None)
            settings = config.fetch
            database = open_db(db or DEFAULT_DB)
            catalogue = load_catalogue()
        except ConfigError as exc:
            # A bad parameter of a Custom run (the CLI checks its own before the flow starts): one ERROR line
            # and a Failed state whose message is the reason, nothing written; not the two tracebacks Prefect
            # logs for a flow that raised (DeliberateFailure drops the engine's FailedRun record).
            logger.error("bad configuration: %s", exc)
            return Failed(message=f"bad configuration: {exc}")  # type: ignore[return-value]
        baseline_version = baseline_store.ensure_baseline(database, catalogue)
        # nothing to compare with but the baseline: no earlier run, or none that reported a finding (the runs
        # before read nothing, e.g. offline: "16 changes since the last run" was untrue; walk23 P7)
        first_run = "findings" not in database.table_names() or not database["findings"].count
        run = pipeline.begin(database, config, timings, logger)
        untracked = pipeline.untracked_claims(database, catalogue)
        if untracked:  # a baseline built from another catalogue: said loudly, not tracked silently (walk22 A1)
            note = pipeline.untracked_note(untracked, baseline_version, baseline_store.built_from(database))
            pipeline.record_warning(database, run, "", "analyze", note, logger)
        unbuilt = pipeline.unbuilt_claims(database, catalogue)
        if unbuilt:  # added to the catalogue since the build: the engine skips a claim without a baseline value
            pipeline.record_warning(database, run, "", "analyze", pipeline.unbuilt_note(unbuilt, baseline_version),
                                    logger)
    logger.info("run %s: %s, baseline version %d", run.run_id, plural(len(run.feeds), "feed"), baseline_version)
    with make_client(settings) as client:
        with timings.stage("feeds"):
            futures = {}
            for url in run.feeds:
                etag, last_modified = store.feed_validators(database, url)
                named = fetch_feed_task.with_options(task_run_name=f"feed {feed_label(url)}")  # which feed
                futures[named.submit(client, settings, url, etag, last_modified)] = url
            entries = []
            for future in as_completed(list(futures)):
                entries += pipeline.record_feed(database, run, futures[future], outcome(future), logger)
            entries += store.retry_entries(database, exclude={e.key for e in entries}, run_id=run.run_id)
        warming = None
        with timings.stage("pages"):
            for entry, result in pipeline.read_pages(client, settings, entries, timings):
                pipeline.record_page(database, run, entry, result, catalogue, logger)
                if warming is None and (run.counts["articles_relevant"] or run.articles_updated):
                    warming = pipeline.warm_engine()
    with timings.stage("analyse"):
        if warming is not None:
            warming.join()
        analysis = analyze_run(database, run.run_id, catalogue,
                               on_error=lambda url, why: pipeline.record_analysis_error(database, run, url, why,
                                                                                        logger),
                               max_chars=settings.max_article_chars, logger=logger,
                               on_warning=lambda url, why: pipeline.record_warning(database, run, url, "analyze", why,
                                                                                   logger))
    folder = pipeline.report_dir(reports_for(db, reports), run.run_id)
    with timings.stage("report"):
        findings = review.record_run(database, run.run_id, analysis.findings, analysis.new_developments)
    report = pipeline.run_report(database, run, analysis, findings, baseline_version, folder,
                                 catalogue)  # times itself
    failure = run_failure(report, settings.max_failed_feed_share)
    annotate(report, failure, first_run)
    write_report(report, folder)  # before notifying: the message points at these files
    if notify and config.notify:
        failures = notify_task(config.notify, report, folder, config.notify_disputes)
        for failure_sent in failures:
            pipeline.record_warning(database, run, failure_sent["url"], "notify", failure_sent["message"], logger)
        if failures:  # the report lists them with its warnings
            report = pipeline.run_report(database, run, analysis, findings, baseline_version, folder,
                                         catalogue)
            annotate(report, failure, first_run)
            write_report(report, folder)
    if failure:  # after the last run_report, which marks the run completed
        store.fail_run(database, run.run_id, failure)
    create_markdown_artifact(key=REPORT_ARTIFACT, markdown=(folder / "report.md").read_text(encoding="utf-8"),
                             description=f"claimwatch run {run.run_id}: {folder}")
    create_table_artifact(key=FINDINGS_ARTIFACT, table=findings_table(report),
                          description=f"claimwatch run {run.run_id}: findings")
    create_link_artifact(key=HTML_ARTIFACT, link=report_link(folder),
                         link_text=f"report.html of run {run.run_id}", description=f"claimwatch run {run.run_id}")
    logger.info("run %s finished: %s: see %s", run.run_id, human_summary(report), folder / "report.html")
    if failure:
        # A Failed state (red in the UI, FailedRun for a direct call) whose message is the reason; the data is
        # still the report folder: `monitor(..., return_state=True).result(raise_on_failure=False)`.
        # Once on the log: the warnings above give each feed's own reason, so the example is left out here.
        logger.error("run %s failed: %s; see %s", run.run_id,
                     run_failure(report, settings.max_failed_feed_share, with_example=False), folder / "report.html")
        return Failed(message=f"{failure}; see {folder / 'report.html'}", data=str(folder))  # type: ignore[return-value]
    return str(folder)
