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
  SQLite database as it starts, and two migrating at once failed ("duplicate column name").
- A server that does not answer: with PREFECT_API_URL set, a run or serve asks its health first and stops with
  one line instead of Prefect's 110-line traceback.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

from filelock import FileLock

from settings.errors import ClaimwatchError

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
    with FileLock(str(home / "claimwatch-server-start.lock")):
        _start_with_retry()


def _start_with_retry() -> None:
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    first = float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    second = max(first * RETRY_FACTOR, RETRY_MIN_SECONDS)
    try:
        SubprocessASGIServer().start(timeout=first)  # type: ignore[arg-type]
        return
    except RuntimeError as exc:
        if "Timed out" not in str(exc):
            raise
        SubprocessASGIServer().stop()  # the slow one, or it would keep running beside the next
    print(f"claimwatch: Prefect's temporary server did not start within {first:g} s; trying once more with "
          f"{second:g} s", file=sys.stderr)
    try:
        SubprocessASGIServer().start(timeout=second)  # type: ignore[arg-type]
    except RuntimeError as exc:
        if "Timed out" not in str(exc):
            raise
        SubprocessASGIServer().stop()
        raise ClaimwatchError(
            f"Prefect's temporary server did not start within {first:g} s nor {second:g} s (machine busy?); "
            "start one with `prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api, or raise "
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") from None
