"""`claimwatch serve`: claimwatch's Prefect deployments, served by one long-running process.

- `monitor/nightly`: the monitor flow on the cron schedule and timezone of `[schedule]` in the feeds file;
- `monitor/adhoc`: the same flow without a schedule, for Custom runs from the Prefect UI;
- `baseline-build/baseline-build`: rebuild the baseline from baseline/sources.

Schedules need a real Prefect server (`prefect server start` and PREFECT_API_URL): a temporary one cannot
schedule. They stay active when this process stops (pause_on_shutdown=False), so restarting `serve` does not
silently drop the nightly run; runs that came due while it was down start when it is back.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.schedules import Cron, Schedule

from settings.config import Config, ScheduleSettings
from settings.errors import ClaimwatchError, ConfigError
from claimwatch.reports_http import DEFAULT_HOST, DEFAULT_PORT, URL_ENV, serve_reports

TAGS = ["claimwatch"]
# Runs of this process go one at a time: an ad hoc run triggered during the nightly one waits (shown as Late)
# instead of fetching the same new pages again. In-process on purpose: a Prefect global concurrency limit
# leaks its slot when a run's temporary server dies (leases live in server memory), see docs/OPERATIONS.md.
RUN_LIMIT = 1


def make_schedule(settings: ScheduleSettings, source: str) -> Schedule:
    """The nightly schedule; a bad cron string or time zone is a ConfigError naming the file."""
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{source}: [schedule] timezone {settings.timezone!r} is not an IANA time zone "
                          "(e.g. UTC, Europe/Berlin)") from None
    try:
        return Cron(settings.cron, timezone=settings.timezone)
    except ValueError as exc:
        raise ConfigError(f"{source}: [schedule] cron {settings.cron!r}: {exc}") from None


def run_parameters(feeds_file: str | None, db: Path, reports: Path) -> dict[str, Any]:
    """Default parameters of the served monitor runs. Paths are made absolute because each run starts in
    a process of its own; the feeds file is re-read by every run, so feed edits need no restart."""
    parameters: dict[str, Any] = {"db": str(Path(db).resolve()), "reports": str(Path(reports).resolve())}
    if feeds_file:
        parameters["feeds_file"] = str(Path(feeds_file).resolve())
    return parameters


def build_deployments(config: Config, parameters: dict[str, Any]) -> list[RunnerDeployment]:
    """The deployments `claimwatch serve` serves: monitor on the nightly schedule of `config` (with
    `parameters`), monitor ad hoc, and baseline-build; module entrypoints, the run's worker cap."""
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.baseline_build import baseline_build
    from flows.monitor import monitor

    # The worker cap of `claimwatch run`; the flow object, options included, travels to each run's process.
    monitor = monitor.with_options(task_runner=ThreadPoolTaskRunner(max_workers=config.fetch.max_workers))
    # Module entrypoints (flows.monitor.monitor) work from any working directory once claimwatch is installed.
    common: dict[str, Any] = {"tags": TAGS, "entrypoint_type": EntrypointType.MODULE_PATH}
    return [
        monitor.to_deployment("nightly", schedules=[make_schedule(config.schedule, config.source)],
                              parameters=parameters, **common,
                              description=f"The nightly monitor run: cron `{config.schedule.cron}` in the time "
                                          f"zone {config.schedule.timezone} (from [schedule] of {config.source})."),
        monitor.to_deployment("adhoc", parameters=parameters,
                              description="A monitor run on demand (Run → Custom run to change feeds).",
                              **common),
        baseline_build.to_deployment("baseline-build", parameters={"db": parameters["db"]},
                                     description="Rebuild the baseline from baseline/sources.", **common),
    ]


def require_server() -> str:
    """The URL of the Prefect server to serve on; a temporary (ephemeral) server cannot hold schedules."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        raise ConfigError("claimwatch serve needs a Prefect server: run `prefect server start`, then set "
                          "PREFECT_API_URL=http://127.0.0.1:4200/api")
    with get_client(sync_client=True) as client:
        failure = client.api_healthcheck()
    if failure is not None:
        raise ClaimwatchError(f"the Prefect server at {url} does not answer: {failure}")
    return str(url)


class OneLineErrors(logging.Filter):
    """Turns a log record's traceback into one line: its exception's type and message.

    When the Prefect server stops or restarts under a running `serve`, Prefect's runner services (the
    cancellation observer, the polling loop) log each lost connection with a full traceback — dozens of lines
    an operator cannot act on. The record itself is kept, at its level, with the exception named."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Fold a record's traceback into its message, one line of at most 1,000 characters (a lost server
        connection); True: every record is kept."""
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {exc})"[:1000]
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def one_line_errors() -> None:
    """Install OneLineErrors on the handlers of the root and `prefect` loggers (Prefect's console handlers:
    its runner's records reach them by propagation, so a filter on the logger itself would not see them)."""
    for logger in (logging.getLogger(), logging.getLogger("prefect")):
        for handler in logger.handlers:
            if not any(isinstance(f, OneLineErrors) for f in handler.filters):
                handler.addFilter(OneLineErrors())


def serve_deployments(config: Config, db: Path, reports: Path, feeds_file: str | None = None,
                      reports_host: str = DEFAULT_HOST, reports_port: int = DEFAULT_PORT) -> None:
    """Register the deployments and run their flow runs until interrupted. `config` is what `feeds_file`
    (None: the project's feeds.toml) holds; its [schedule] sets the nightly cron and timezone. The reports
    folder is served read-only at http://reports_host:reports_port/ for the UI's report.html links."""
    from prefect import serve

    make_schedule(config.schedule, config.source)  # bad configuration fails before any server call
    require_server()
    one_line_errors()
    serve_reports(Path(reports), reports_host, reports_port)
    print(f"reports folder {Path(reports).resolve()} served read-only at {os.environ[URL_ENV]}/", flush=True)
    serve(*build_deployments(config, run_parameters(feeds_file, db, reports)), pause_on_shutdown=False,
          limit=RUN_LIMIT)
