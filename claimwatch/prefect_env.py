"""Where a `claimwatch run` keeps its Prefect state, and starting Prefect's temporary server reliably.

- Own Prefect home: without PREFECT_API_URL a run uses Prefect's ephemeral mode (a temporary API server per
  process), whose SQLite database lives in PREFECT_HOME — by default ~/.prefect, the same database as an
  operator's `prefect server start`. Its runs then filled the operator's UI and the two wrote one SQLite file
  at once ("database is locked"). So a run without a server gets `<database folder>/.prefect` as its home,
  unless PREFECT_HOME is set or PREFECT_API_URL points at a server (in the environment or in the active
  profile of ~/.prefect/profiles.toml, as `prefect config set` leaves it).
- Slow start: on a loaded machine the temporary server may not answer within Prefect's start-up timeout
  (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, 20 s by default) and every run died with a 45-line
  traceback before recording anything. It is started here first, retried once with a longer timeout, and
  then given up with one line. No library does this: Prefect's own start gives up after one timeout.
- Runs at once: runs sharing one Prefect home (the default `<database folder>/.prefect`) start their temporary
  servers one at a time (filelock on `<home>/claimwatch-server-start.lock`): each server migrates the home's
  SQLite database as it starts, and two migrating at once failed ("duplicate column name"). A run that finds
  the lock taken says on one line what it waits for and for how long at most (start_lock); it waited silently.
- A server that does not answer: with PREFECT_API_URL set, a run or serve asks its health first and stops with
  one line instead of Prefect's 110-line traceback.
- A killed run: Prefect stops its temporary server at exit (atexit), which never happens when the run is killed
  (SIGKILL, the out-of-memory killer), and the server (~220 MB, still listening) was orphaned for good. A small
  watcher process, started as soon as the server process exists (ServerWatch), now ends the server when the run
  is gone (end_server_with_run).
- A stop signal dropped: Prefect turns SIGTERM into a TerminationSignal raised wherever the main thread is. Raised
  inside a finalizer (`__del__`, a weakref callback) Python prints "Exception ignored" and goes on, and a run told
  to stop by `timeout`, systemd or `kill` read on to the end (seen in regex's SetBase.__del__).
  deliver_stop_signals raises it again in the main thread.
"""

from __future__ import annotations

import logging
import _thread
import os
import signal
import subprocess
import sys
import threading
import time
import tomllib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from filelock import FileLock, Timeout

from settings.errors import ClaimwatchError

F = TypeVar("F", bound=Callable[..., Any])

# The second attempt waits this many times the first timeout, and at least RETRY_MIN_SECONDS.
RETRY_FACTOR = 3
RETRY_MIN_SECONDS = 60.0


def profile_api_url(environ: os._Environ[str] | dict[str, str] = os.environ) -> str | None:
    """PREFECT_API_URL of the active Prefect profile (PREFECT_PROFILES_PATH or ~/.prefect/profiles.toml)."""
    path = Path(environ.get("PREFECT_PROFILES_PATH") or Path.home() / ".prefect" / "profiles.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    name = environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = (data.get("profiles") or {}).get(name) or {}
    url = profile.get("PREFECT_API_URL")
    return str(url) if url else None


def own_prefect_home(db: Path, environ: os._Environ[str] | dict[str, str] = os.environ) -> Path | None:
    """Set PREFECT_HOME to `<folder of db>/.prefect` for an ephemeral-mode run and return it; None (and
    nothing changed) when a server or a home was chosen. Prefect reads its settings when it is imported:
    call this before (`claimwatch run` does when prefect is not loaded yet, i.e. not in-process in tests)."""
    if environ.get("PREFECT_API_URL") or environ.get("PREFECT_HOME") or profile_api_url(environ):
        return None
    home = Path(db).resolve().parent / ".prefect"
    home.mkdir(parents=True, exist_ok=True)
    environ["PREFECT_HOME"] = str(home)
    return home


def check_server(url: str) -> None:
    """Ask the Prefect server at `url` (PREFECT_API_URL) for its health. Raises ClaimwatchError of one line
    when it does not answer."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        failure = client.api_healthcheck()
    if failure is not None:
        raise ClaimwatchError(f"the Prefect server at {url} does not answer: {failure}")


class FirstLineOfServerStart(logging.Filter):
    """Prefect logs its temporary server's start as two lines, the second "See https://docs.prefect.io/… for more
    information on running a dedicated Prefect server.": a stray line on every `claimwatch run` that points a user
    away from claimwatch's own serve set-up (README). The record keeps its first line ("Starting temporary server
    on http://127.0.0.1:…"). Set on the "prefect" logger itself, where Prefect logs it: records of its child
    loggers (the flow's and tasks' logs) pass through it untouched."""

    def filter(self, record: logging.LogRecord) -> bool:
        """True always; trims the start message to its first line."""
        if isinstance(record.msg, str) and record.msg.startswith("Starting temporary server") and not record.args:
            record.msg = record.msg.split("\n", 1)[0]
        return True


def start_temporary_server() -> None:
    """Start Prefect's temporary API server for this process, one process of a Prefect home at a time; with a
    server URL, check that server instead. A start that times out is retried once with a longer timeout; a
    second time-out, or a server that does not answer, is a ClaimwatchError of one line."""
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME

    url = PREFECT_API_URL.value()
    if url:
        check_server(str(url))
        return
    home = Path(PREFECT_HOME.value())
    home.mkdir(parents=True, exist_ok=True)
    prefect_logger = logging.getLogger("prefect")
    if not any(isinstance(f, FirstLineOfServerStart) for f in prefect_logger.filters):
        prefect_logger.addFilter(FirstLineOfServerStart())
    first, second = start_timeouts()
    with start_lock(home, first + second + STOP_SECONDS):
        _start_with_retry()


def start_timeouts() -> tuple[float, float]:
    """The two start-up waits of _start_with_retry: Prefect's timeout, then RETRY_FACTOR times it (at least
    RETRY_MIN_SECONDS)."""
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    first = float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    return first, max(first * RETRY_FACTOR, RETRY_MIN_SECONDS)


# A start holds the lock for at most its two waits plus the stop of a server that did not answer (Prefect's
# stop: SIGTERM, then SIGKILL after 5 s) and the watcher's launch: this margin.
STOP_SECONDS = 15.0
LOCK_NAME = "claimwatch-server-start.lock"
OWNER_NAME = "claimwatch-server-start.owner"  # the pid of the run holding the lock, for the waiting line


@contextmanager
def start_lock(home: Path, per_run: float) -> Iterator[None]:
    """Hold the start-up lock of the Prefect home `home` (filelock on `<home>/claimwatch-server-start.lock`;
    the kernel frees it when its holder dies). A run that finds it taken says so on one line on stderr: what
    it waits for (another run starting its temporary server, that run's pid) and for how long at most:
    `per_run` seconds for each run ahead of it (the longest one start can hold the lock; several runs may be
    queued, so the wait starts again whenever the lock passes to another run). A run that still holds it after
    `per_run` seconds is stuck: ClaimwatchError of one line."""
    lock = FileLock(str(home / LOCK_NAME))
    owner_file = home / OWNER_NAME
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _owner(owner_file)
        print(f"claimwatch: waiting for another claimwatch run{f' (pid {holder})' if holder else ''} to start its "
              f"Prefect temporary server in {home} (lock {LOCK_NAME}): at most {per_run:g} s for each run ahead "
              "of this one", file=sys.stderr, flush=True)
        deadline = time.monotonic() + per_run
        while True:
            try:
                lock.acquire(timeout=min(1.0, max(0.05, deadline - time.monotonic())))
                break
            except Timeout:
                now_holder = _owner(owner_file)
                if now_holder != holder:  # the lock passed to the next run of the queue
                    holder, deadline = now_holder, time.monotonic() + per_run
                elif time.monotonic() >= deadline:
                    raise ClaimwatchError(
                        f"waited {per_run:g} s for the claimwatch run{f' (pid {holder})' if holder else ''} "
                        f"starting its Prefect temporary server in {home}, longer than a start can take: stop "
                        f"that run, or give this one its own PREFECT_HOME") from None
    try:
        try:
            owner_file.write_text(str(os.getpid()), encoding="utf-8")
        except OSError:
            pass  # only the waiting line names the holder
        yield
    finally:
        lock.release()


def _owner(path: Path) -> str:
    """The pid the lock's holder wrote (start_lock), or "" when unknown."""
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


# The watcher of end_server_with_run, run by `python -c` so that it imports nothing of ours (a few MB, ~20 ms).
# No library ends a process when another one dies: PR_SET_PDEATHSIG would have to be set inside Prefect's own
# server process, which Prefect starts. Pidfds (Linux 5.3+) name the two processes for good, so a recycled PID is
# never signalled; without them it polls every second.
SERVER_WATCHER = """
import os, select, signal, sys, time
run, server = int(sys.argv[1]), int(sys.argv[2])
try:
    server_fd = os.pidfd_open(server)
except (AttributeError, OSError):
    server_fd = None
if server_fd is not None:
    try:
        run_fd = os.pidfd_open(run)
    except OSError:
        run_fd = None  # the run is already gone
    ready = select.select([run_fd, server_fd] if run_fd is not None else [server_fd], [], [], 0 if run_fd is None else None)[0]
    if server_fd in ready:
        sys.exit(0)  # the server ended first: the run stopped it
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 0)):
        try:
            signal.pidfd_send_signal(server_fd, sig)
        except OSError:
            sys.exit(0)
        if select.select([server_fd], [], [], wait)[0]:
            sys.exit(0)
else:
    def alive(pid):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True
    while alive(run) and alive(server):
        time.sleep(1)
    if alive(server):
        os.kill(server, signal.SIGTERM)
"""


def end_server_with_run(server_pid: int, run_pid: int | None = None) -> subprocess.Popen[bytes]:
    """Start the watcher that ends Prefect's temporary server (`server_pid`) once the run (`run_pid`, default
    this process) is gone: SIGTERM, then SIGKILL after 10 s. It exits by itself when the server ends first (a run
    that stops normally stops its server). It runs in a session of its own, so a Ctrl-C in the terminal does not
    end it before it has done its job. Returns the watcher's Popen."""
    return subprocess.Popen([sys.executable, "-c", SERVER_WATCHER, str(run_pid or os.getpid()), str(server_pid)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, close_fds=True)


class ServerWatch:
    """While Prefect's temporary server starts, give every server process it launches a watcher
    (end_server_with_run) as soon as the process exists, not once it answers: a run killed during the start-up
    (2-9 s here, up to the start timeout on a busy machine) must not orphan it either. Prefect starts the
    process inside SubprocessASGIServer.start and may replace it (a port taken), so a thread polls the
    server's `server_process` every 50 ms until the start returns. A context manager."""

    POLL_SECONDS = 0.05

    def __init__(self) -> None:
        self._done = threading.Event()
        self._watched: set[int] = set()
        self._thread = threading.Thread(target=self._poll, name="claimwatch-server-watch", daemon=True)

    def __enter__(self) -> "ServerWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self._check()  # the process of a start that returned between two polls

    def _poll(self) -> None:
        while not self._done.wait(self.POLL_SECONDS):
            self._check()

    def _check(self) -> None:
        from prefect.server.api.server import SubprocessASGIServer

        process = SubprocessASGIServer().server_process
        if process is not None and process.pid not in self._watched and process.poll() is None:
            self._watched.add(process.pid)
            end_server_with_run(process.pid)


def _start_with_retry() -> None:
    from prefect.server.api.server import SubprocessASGIServer

    first, second = start_timeouts()
    try:
        with ServerWatch():
            SubprocessASGIServer().start(timeout=first)  # type: ignore[arg-type]
        return
    except RuntimeError as exc:
        if "Timed out" not in str(exc):
            raise
        SubprocessASGIServer().stop()  # the slow one, or it would keep running beside the next
    print(f"claimwatch: Prefect's temporary server did not start within {first:g} s; trying once more with "
          f"{second:g} s", file=sys.stderr)
    try:
        with ServerWatch():
            SubprocessASGIServer().start(timeout=second)  # type: ignore[arg-type]
    except RuntimeError as exc:
        if "Timed out" not in str(exc):
            raise
        SubprocessASGIServer().stop()
        raise ClaimwatchError(
            f"Prefect's temporary server did not start within {first:g} s nor {second:g} s (machine busy?); "
            "start one with `prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api, or raise "
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") from None


@contextmanager
def deliver_stop_signals() -> Iterator[None]:
    """While the block runs, a TerminationSignal (Prefect's SIGTERM bridge, prefect.utilities.engine.capture_sigterm)
    or a KeyboardInterrupt (SIGINT) that Python drops because it was raised inside a finalizer is raised again in
    the main thread (`_thread.interrupt_main` runs the signal's handler anew), until it reaches the code it was
    meant to stop. Everything else goes to the `sys.unraisablehook` that was in place. Prefect's own handler is
    left installed: it tells the runner's cancellation from a crash by its identity. Python's rule: "Exception
    ignored in" is `sys.unraisablehook` (https://docs.python.org/3/library/sys.html#sys.unraisablehook).
    """
    from prefect.exceptions import TerminationSignal

    previous = sys.unraisablehook

    def hook(unraisable: "sys.UnraisableHookArgs") -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, (TerminationSignal, KeyboardInterrupt)):
            sig = signal.SIGINT if issubclass(unraisable.exc_type, KeyboardInterrupt) else signal.SIGTERM
            logging.getLogger("claimwatch").warning("%s arrived inside %r and was dropped there: raised again", signal.Signals(sig).name,
                        unraisable.object)
            # not from here: the handler would run at once, inside this hook, and be dropped again. A moment
            # later, from another thread, it runs where the main thread then is; dropped again, it comes back here.
            timer = threading.Timer(0.05, _thread.interrupt_main, args=(sig,))
            timer.daemon = True
            timer.start()
            return
        previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous


def stop_signals_delivered(function: F) -> F:
    """`function` run inside deliver_stop_signals; its signature and docstring are kept (functools.wraps), so a
    Prefect @flow above it still reads its parameters."""
    import functools

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with deliver_stop_signals():
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
