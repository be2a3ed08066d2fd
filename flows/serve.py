"""`claimwatch serve`: claimwatch's Prefect deployments, served by one long-running process.

- `monitor/nightly`: the monitor flow on the cron schedule and timezone of `[schedule]` in the feeds file;
- `monitor/adhoc`: the same flow without a schedule, for Custom runs from the Prefect UI;
- `baseline-build/baseline-build`: rebuild the baseline from baseline/sources.

Schedules need a real Prefect server (`prefect server start` and PREFECT_API_URL): a temporary one cannot
schedule. They stay active when this process stops (pause_on_shutdown=False), so restarting `serve` does not
silently drop the nightly run; runs that came due while it was down start when it is back.

A nightly run that never happens (serve down, schedule switched off) is caught by the server, not by this
process: `serve` keeps one Prefect automation, MISSING_RUN_AUTOMATION, whose proactive trigger fires when no
run of `monitor/nightly` reached Completed within the schedule's longest gap plus a grace ([schedule]).
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import sys
import threading
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.schedules import Cron, Schedule

from settings.config import Config, ScheduleSettings
from settings.errors import EXIT_FAILED, ClaimwatchError, ConfigError
from extractors.http import SERVED_ENV
from claimwatch.reports_http import DEFAULT_HOST, DEFAULT_PORT, URL_ENV, serve_reports
from claimwatch.prefect_env import check_server

TAGS = ["claimwatch"]
# Runs of this process go one at a time: an ad hoc run triggered during the nightly one waits (shown as Late)
# instead of fetching the same new pages again. In-process on purpose: a Prefect global concurrency limit
# leaks its slot when a run's temporary server dies (leases live in server memory), see docs/OPERATIONS.md.
RUN_LIMIT = 1
# One automation of this name; `serve` creates it, or updates it when its definition changed.
MISSING_RUN_AUTOMATION = "claimwatch: nightly run missing"
# Scheduled times looked at to find the longest gap between two nightly runs (weekday-only crons included).
PERIOD_SAMPLE = 100


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
        baseline_build.to_deployment("baseline-build",
                                     parameters={"db": parameters["db"], "reports": parameters["reports"]},
                                     description="Rebuild the baseline from baseline/sources.", **common),
    ]


def longest_gap(settings: ScheduleSettings) -> timedelta:
    """The longest time between two consecutive runs of the cron schedule among its next PERIOD_SAMPLE
    times, computed by the Prefect server's own cron schedule (the one its scheduler uses)."""
    from prefect.server.schemas.schedules import CronSchedule

    schedule = CronSchedule(cron=settings.cron, timezone=settings.timezone)
    dates = asyncio.run(schedule.get_dates(n=PERIOD_SAMPLE, start=datetime.now(timezone.utc)))
    gaps = [timedelta(seconds=(later - earlier).total_seconds()) for earlier, later in zip(dates, dates[1:])]
    return max(gaps) if gaps else timedelta(days=366)  # a schedule of one date: a year is "never"


def spoken(span: timedelta) -> str:
    """A time span as a person reads it: "25 h", "1 h 30 min", "72 s" (str(timedelta) says "1 day, 1:00:00")."""
    seconds = int(span.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    hours, minutes = divmod(seconds // 60, 60)
    return " ".join(part for part in (f"{hours} h" if hours else "", f"{minutes} min" if minutes else "") if part)


def missing_run_automation(deployment_id: Any, within: timedelta, block_id: Any | None = None):  # type: ignore[no-untyped-def]
    """The automation (prefect.automations.Automation, not yet saved) for a missing nightly run: a proactive
    trigger expecting one `prefect.flow-run.Completed` event of a flow run of the deployment `deployment_id`
    within `within`; its action sends a notification through the block `block_id`, or does nothing (the firing
    still shows in the UI's event feed and on the automation's page). A failed nightly run also counts as
    missing: it is not Completed."""
    from prefect.automations import Automation, DoNothing, EventTrigger, SendNotification

    action: Any = DoNothing()
    if block_id is not None:
        action = SendNotification(
            block_document_id=block_id, subject="claimwatch: no nightly run completed",
            body=f"No run of the claimwatch deployment monitor/nightly completed within {spoken(within)} "
                 "(the longest gap of its schedule plus [schedule] missing_run_grace_minutes). Is `claimwatch "
                 "serve` running, the schedule on, the last run green? See the deployment in the Prefect UI.")
    return Automation(
        name=MISSING_RUN_AUTOMATION,
        description=f"Created by `claimwatch serve`: fires when no run of monitor/nightly reached Completed "
                    f"within {spoken(within)}. Changed by the next start of serve when [schedule] changes.",
        trigger=EventTrigger(
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related={"prefect.resource.id": f"prefect.deployment.{deployment_id}",
                           "prefect.resource.role": "deployment"},
            expect={"prefect.flow-run.Completed"}, posture="Proactive", threshold=1, within=within),
        actions=[action])


def notification_block_id(reference: str, source: str) -> Any | None:
    """The id of the notification block "slug/name" (None for ""); a reference that names no notification
    block on the server is a ConfigError naming the file."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    if not reference:
        return None
    slug, _, name = reference.partition("/")
    where = f"{source}: [schedule] missing_run_block {reference!r}"
    if not slug or not name:
        raise ConfigError(f"{where}: give it as block-type-slug/block-name, e.g. custom-webhook/claimwatch-ops")
    with get_client(sync_client=True) as client:
        try:
            block = client.read_block_document_by_name(name, slug, include_secrets=False)
        except ObjectNotFound:
            raise ConfigError(f"{where}: no such block on the Prefect server (Blocks → Add in the UI, or "
                              "`prefect block ls`)") from None
    if "notify" not in (block.block_schema.capabilities if block.block_schema else []):
        raise ConfigError(f"{where}: not a notification block")
    return block.id


def ensure_missing_run_automation(config: Config, deployment_id: Any, block_id: Any | None) -> str:
    """Create the missing-run automation, or update it when its trigger or action changed (a state the
    operator chose in the UI, enabled or not, is kept); extra automations of the same name are deleted, so
    repeated starts leave exactly one. `block_id`: notification_block_id(). Returns one line for the log."""
    from prefect.automations import Automation
    from prefect.client.orchestration import get_client

    within = longest_gap(config.schedule) + timedelta(minutes=config.schedule.missing_run_grace_minutes)
    wanted = missing_run_automation(deployment_id, within, block_id)
    with get_client(sync_client=True) as client:
        found = client.read_automations_by_name(MISSING_RUN_AUTOMATION)
        for extra in found[1:]:
            client.delete_automation(extra.id)
    action = (f"notifies through {config.schedule.missing_run_block}" if config.schedule.missing_run_block
              else "shows in the UI's event feed only ([schedule] missing_run_block names no block)")
    if not found:
        done = "created"
        wanted.create()
    else:
        current = Automation(**found[0].model_dump())
        same = (current.trigger.model_dump(exclude={"id"}) == wanted.trigger.model_dump(exclude={"id"})
                and [a.model_dump() for a in current.actions] == [a.model_dump() for a in wanted.actions]
                and current.description == wanted.description)
        done = "unchanged" if same else "updated"
        if not same:
            # Only when the definition changed: an unchanged automation is left alone, with its trigger's
            # open window, however often serve restarts.
            current.trigger, current.actions, current.description = wanted.trigger, wanted.actions, wanted.description
            current.update()
    return (f"automation {MISSING_RUN_AUTOMATION!r} {done}: fires when no monitor/nightly run completed within "
            f"{spoken(within)}; {action}")


def require_server() -> str:
    """The URL of the Prefect server to serve on; a temporary (ephemeral) server cannot hold schedules."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        raise ConfigError("claimwatch serve needs a Prefect server: run `prefect server start`, then set "
                          "PREFECT_API_URL=http://127.0.0.1:4200/api")
    check_server(str(url))
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
            record.msg = " ".join(f"{record.getMessage()} ({type(exc).__name__}: {exc})".split("\n"))[:1000]
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


class OneLineTracebacks(io.TextIOBase):
    """A stdout that prints a traceback as one line: its last line (the exception's type and message).

    Prefect's runner services (the cancellation observer, the scheduled-run poller) run in
    prefect.utilities.services.critical_service_loop, which reports a lost server with print(), not logging:
    "Failed the last 3 attempts…", "Examples of recent errors:" and each error's full traceback, which
    OneLineErrors (a logging filter) cannot reach and Prefect has no setting for. Here that block becomes one
    line: "Prefect server unreachable: failed the last 3 attempts (httpx.ConnectError: …)". The loop prints
    each formatted exception in one print() call, which is what this relies on; any other text passes as is."""

    HEADER = "Failed the last "

    def __init__(self, target: Any) -> None:
        self.target = target
        self.header = ""  # the "Failed the last N attempts" line of the block being condensed

    def write(self, text: str) -> int:
        stripped = text.strip()
        if stripped.startswith(self.HEADER):
            self.header = stripped.split(".", 1)[0][len("Failed "):]
        elif self.header and (not stripped or stripped == "Examples of recent errors:"):
            pass  # the block's blank lines and its heading
        elif "Traceback (most recent call last):" in text:
            last = [line for line in text.splitlines() if line.strip()][-1].strip()
            why = f"failed {self.header}" if self.header else "error"
            self.target.write(f"Prefect server unreachable: {why} ({last})\n")
            self.target.flush()
        else:
            self.header = ""
            self.target.write(text)
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(getattr(self.target, "isatty", lambda: False)())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", "utf-8")


def serve_deployments(config: Config, db: Path, reports: Path, feeds_file: str | None = None,
                      reports_host: str = DEFAULT_HOST, reports_port: int = DEFAULT_PORT) -> None:
    """Register the deployments and the missing-run automation, then run their flow runs until stopped
    (Ctrl-C or SIGTERM: one "stopped" line, normal return). `config` is what `feeds_file` (None: the
    project's feeds.toml) holds; its [schedule] sets the nightly cron, timezone and the automation. The
    reports folder is served read-only at http://reports_host:reports_port/ for the UI's report.html links."""
    from prefect.runner import Runner

    make_schedule(config.schedule, config.source)  # bad configuration fails before any server call
    require_server()
    # Prefect's runner leaves coroutines unawaited when it stops (Runner.astop from its SIGTERM handler,
    # _handle_cancellation_observer_failure when the server went away): two lines of noise at exit.
    warnings.filterwarnings("ignore", message=r"coroutine 'Runner\.", category=RuntimeWarning)
    block_id = notification_block_id(config.schedule.missing_run_block, config.source)  # before registering
    one_line_errors()
    stop_requests: list[int] = []
    # Ctrl-C during the set-up stops serve once the call to the server in progress has returned: interrupted
    # inside one of Prefect's synchronous calls (run on its event-loop thread), the process aborted at exit
    # ("FATAL: exception not rethrown", measured). The default handler is back before the runner's loop.
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, lambda signum, _: stop_requests.append(signum)) if main_thread else None
    try:
        deployments = build_deployments(config, run_parameters(feeds_file, db, reports))
        nightly_id = deployments[0].apply()  # the runner applies it again (same id); the automation needs it now
        print(ensure_missing_run_automation(config, nightly_id, block_id), flush=True)
        serve_reports(Path(reports), reports_host, reports_port)
        os.environ[SERVED_ENV] = "1"  # the runs' messages name the served switches (extractors.http.loopback_switch)
        print(f"reports folder {Path(reports).resolve()} served read-only at {os.environ[URL_ENV]}/", flush=True)
        # What prefect.serve() does, with the set-up under the handler above.
        runner = Runner(pause_on_shutdown=False, limit=RUN_LIMIT)
        for deployment in deployments:
            runner.add_deployment(deployment)
    finally:
        if main_thread:
            signal.signal(signal.SIGINT, previous)
    if not stop_requests:
        names = ", ".join(f"{d.flow_name}/{d.name}" for d in deployments)
        print(f"serving {names} until Ctrl-C or SIGTERM", flush=True)
        run_until_stopped(runner)
    print("claimwatch serve: stopped; the nightly schedule stays active (runs due meanwhile wait as Late) and "
          f"the automation {MISSING_RUN_AUTOMATION!r} fires if none completes", flush=True)


LOST = ("lost the Prefect server at {url}: it stopped answering; serve stopped (start it again once the server "
        "is back; systemd's Restart=on-failure does)")
# The server is given up for lost after this many failed health checks in a row, WATCH_SECONDS apart.
WATCH_SECONDS = 5.0
WATCH_FAILURES = 6
# Once the server is lost, how long serve's own stop may take before the process ends anyway (seconds).
GIVE_UP_SECONDS = 30.0


def watch_server(health_url: str, lost: threading.Event, done: threading.Event,
                 give_up: float = GIVE_UP_SECONDS) -> None:
    """Until `done` is set, ask the server's health every WATCH_SECONDS; after WATCH_FAILURES failures in a row
    set `lost` and interrupt the main thread (as Ctrl-C does). Prefect's runner gives up on a lost server by
    itself only in some of its loops: measured under load, serve went on polling a stopped server for minutes.

    If the process is still running `give_up` seconds after the interrupt, it ends here: the LOST line on
    stderr (unless serve's own stop got as far as reporting it) and exit EXIT_FAILED (ClaimwatchError's code), through os._exit. Seen
    once in ~6 full test runs: serve outlived its stopped server by 3 minutes; Prefect's scheduled-run poller
    had never run (the runner was still starting, when the interrupt is held), and a stop through asyncio's
    cancellation of the runner cannot be relied on to return either.
    serve holds no state of its own to save: the schedule is the server's, and a run's data is in SQLite."""
    import httpx

    failures = 0
    while failures < WATCH_FAILURES:
        if done.wait(WATCH_SECONDS):
            return
        try:
            failures = 0 if httpx.get(health_url, timeout=WATCH_SECONDS).status_code < 500 else failures + 1
        except httpx.HTTPError:
            failures += 1
    lost.set()
    # To the main thread itself, so that a call blocked there is interrupted at once (raise_signal would
    # signal this thread, and the main thread would run the handler only at its next bytecode).
    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
    if done.wait(give_up):
        time.sleep(give_up)  # the main thread reported it; this only bounds the interpreter's exit
    else:
        sys.__stderr__.write(f"claimwatch: error: {LOST.format(url=health_url.removesuffix('/health'))}\n")
    sys.__stderr__.flush()
    sys.__stdout__.flush()
    os._exit(EXIT_FAILED)


# How often the runner's start-up is checked for its end (seconds).
START_POLL_SECONDS = 0.1


async def start_then_listen(runner: Any, lost: threading.Event | None = None) -> None:
    """runner.start(), with Ctrl-C held while the runner starts and acted on once it has started (the runner
    then stops as at any later Ctrl-C). Measured under load: a Ctrl-C that asyncio turned into the
    cancellation of the runner's start-up was lost, and serve went on running its schedule. After the
    start-up, Ctrl-C is Python's KeyboardInterrupt again (run_until_stopped catches it).

    If `lost` is set (watch_server: the server stopped answering) while the runner is still starting, this
    returns without waiting for the start-up, which may never return against a stopped server."""
    main_thread = threading.current_thread() is threading.main_thread()
    requests: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _: requests.append(signum)) if main_thread else None
    start = asyncio.ensure_future(runner.start())
    try:
        while not runner.started and not start.done():
            if lost is not None and lost.is_set():
                start.cancel()
                return
            await asyncio.sleep(START_POLL_SECONDS)
    finally:
        if main_thread:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
    if requests and runner.started and not start.done():
        await runner.astop()
    await start


def run_until_stopped(runner: Any) -> None:
    """Run the Prefect runner until Ctrl-C (asyncio turns it into KeyboardInterrupt) or SIGTERM (the runner's
    handler calls sys.exit(0)), with Prefect's printed tracebacks cut to one line (OneLineTracebacks).

    Raises ClaimwatchError when the Prefect server went away: the runner's poll loop gave up ("Service exceeded
    error threshold", in an exception group 60 lines long) or watch_server found it not answering; a service
    manager starts serve again (systemd Restart=on-failure)."""
    from prefect.settings import PREFECT_API_URL

    lost, done = threading.Event(), threading.Event()
    watch = threading.Thread(target=watch_server, args=(f"{PREFECT_API_URL.value()}/health", lost, done),
                             name="claimwatch-server-watch", daemon=True)
    stdout = sys.stdout
    sys.stdout = OneLineTracebacks(stdout)
    try:
        watch.start()
        asyncio.run(start_then_listen(runner, lost))
        if lost.is_set():  # the watcher's interrupt came while the runner was starting
            raise ClaimwatchError(LOST.format(url=PREFECT_API_URL.value()))
    except KeyboardInterrupt:
        if lost.is_set():
            raise ClaimwatchError(LOST.format(url=PREFECT_API_URL.value())) from None
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    except BaseExceptionGroup as group:
        if group.subgroup(lambda e: isinstance(e, RuntimeError) and "exceeded error threshold" in str(e)) is None:
            raise
        raise ClaimwatchError(LOST.format(url=PREFECT_API_URL.value())) from None
    finally:
        done.set()
        sys.stdout = stdout
