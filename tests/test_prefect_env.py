"""`claimwatch run` keeps its own Prefect home unless a server is configured, and survives a slow start of
Prefect's temporary server (../shared/cases/16-prefect-ephemeral-timeout): one retry with a longer timeout,
then one clear line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimwatch.prefect_env import own_prefect_home, profile_api_url
from tests.test_notify import closed_port
from tests.test_pages import _alive
from tests.test_review import SCO, publish

BIN = Path(sys.executable).parent


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's shell: no PREFECT_* variables, HOME in the test's folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra)
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def run_cli(env: dict[str, str], feed: str, tmp_path: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "claimwatch"), "run", "--feed", feed, "--allow-loopback",
                           "--db", str(tmp_path / "data" / "c.db"), "--reports", str(tmp_path / "reports")],
                          env=env, capture_output=True, text=True, timeout=timeout)


def test_a_cli_run_keeps_its_prefect_state_beside_its_database(server, tmp_path):
    done = run_cli(clean_env(tmp_path), publish(server, {"a1": [SCO]}), tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "data" / ".prefect" / "prefect.db").exists()
    assert not (tmp_path / "home" / ".prefect" / "prefect.db").exists()  # the operator's ~/.prefect untouched


def test_own_home_only_without_a_server_or_a_chosen_home(tmp_path):
    db = tmp_path / "d" / "c.db"
    env: dict[str, str] = {"PREFECT_PROFILES_PATH": str(tmp_path / "none.toml")}
    assert own_prefect_home(db, env) == tmp_path / "d" / ".prefect" and env["PREFECT_HOME"].endswith("d/.prefect")
    for chosen in ({"PREFECT_API_URL": "http://127.0.0.1:4200/api"}, {"PREFECT_HOME": "/srv/prefect"}):
        env = dict(chosen, PREFECT_PROFILES_PATH=str(tmp_path / "none.toml"))
        assert own_prefect_home(db, env) is None and env.get("PREFECT_HOME") == chosen.get("PREFECT_HOME")
    profiles = tmp_path / "profiles.toml"  # what `prefect config set PREFECT_API_URL=…` leaves
    profiles.write_text('active = "local"\n[profiles.local]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n',
                        encoding="utf-8")
    env = {"PREFECT_PROFILES_PATH": str(profiles)}
    assert profile_api_url(env) == "http://127.0.0.1:4200/api" and own_prefect_home(db, env) is None


def test_a_slow_temporary_server_is_waited_for_once_more(server, tmp_path):
    # The case's "slow host": a 1 s start-up timeout that the temporary server (5–9 s) cannot meet.
    env = clean_env(tmp_path, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="1")
    done = run_cli(env, publish(server, {"a1": [SCO]}), tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "did not start within 1 s; trying once more with 60 s" in done.stderr
    assert "Traceback" not in done.stderr and (tmp_path / "reports").is_dir()


def test_a_temporary_server_that_never_starts_is_one_clear_line(tmp_path):
    # Both waits too short for any start (importing Prefect alone takes longer): the second is cut to 1 s.
    code = ("import sys; import claimwatch.prefect_env as p; p.RETRY_FACTOR = 1; p.RETRY_MIN_SECONDS = 1; "
            "from claimwatch.cli import main; sys.exit(main(sys.argv[1:]))")
    env = clean_env(tmp_path, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="1")
    done = subprocess.run([sys.executable, "-c", code, "run", "--feed", f"http://127.0.0.1:{closed_port()}/rss",
                           "--allow-loopback", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")],
                          env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stderr.splitlines() if line.startswith("claimwatch:")]
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert lines[-1].startswith("claimwatch: error: Prefect's temporary server did not start within 1 s nor 1 s")
    assert "PREFECT_API_URL" in lines[-1]
    assert not (tmp_path / "r").exists()  # nothing recorded, nothing half-written


def test_a_run_against_a_server_that_does_not_answer_is_one_clear_line(tmp_path):
    # PREFECT_API_URL names a port nobody listens on: Prefect alone printed a 110-line traceback.
    api = f"http://127.0.0.1:{closed_port()}/api"
    done = run_cli(clean_env(tmp_path, PREFECT_API_URL=api), f"http://127.0.0.1:{closed_port()}/rss", tmp_path,
                   timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.strip().splitlines()[-1].startswith(f"claimwatch: error: the Prefect server at {api} "
                                                           "does not answer")
    assert not (tmp_path / "reports").exists()  # nothing recorded


def test_eval_against_a_server_that_does_not_answer_is_one_clear_line(tmp_path):
    # eval runs the monitor flow too: it starts (or checks) Prefect's server the way `run` does, where it gave
    # a 51-line traceback when the temporary server was slow.
    api = f"http://127.0.0.1:{closed_port()}/api"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = subprocess.run([str(Path(sys.executable).with_name("claimwatch")), "eval", str(corpus)],
                          env=clean_env(tmp_path, PREFECT_API_URL=api), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.strip().splitlines()[-1].startswith(f"claimwatch: error: the Prefect server at {api} "
                                                           "does not answer")


def test_runs_sharing_a_prefect_home_start_their_servers_one_at_a_time(server, tmp_path):
    # Each temporary server migrates the home's database as it starts; two at once failed with
    # "duplicate column name". Three runs at once into one home, as cron jobs or a burst would start them.
    env = clean_env(tmp_path, PREFECT_HOME=str(tmp_path / "shared-home"))
    feed = publish(server, {"a1": [SCO]})
    runs = [subprocess.Popen([str(BIN / "claimwatch"), "run", "--feed", feed, "--allow-loopback",
                              "--db", str(tmp_path / f"d{i}" / "c.db"), "--reports", str(tmp_path / f"r{i}")],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(3)]
    results = [(run.wait(timeout=400), run.stderr.read()) for run in runs]
    for code, stderr in results:
        assert code == 0 and "Traceback" not in stderr, stderr[-3000:]
        # the start is one line: Prefect's second line sent a user to its own docs on running a server
        assert "Starting temporary server on http://127.0.0.1:" in stderr and "docs.prefect.io" not in stderr, stderr
    assert (tmp_path / "shared-home" / "claimwatch-server-start.lock").exists()


def test_claimwatch_db_alone_moves_the_reports_beside_it(tmp_path):
    code = "from settings.config import DEFAULT_REPORTS; print(DEFAULT_REPORTS)"
    env = dict(clean_env(tmp_path), CLAIMWATCH_DB=str(tmp_path / "cw" / "claimwatch.db"))
    env.pop("CLAIMWATCH_REPORTS", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert Path(done.stdout.strip()) == tmp_path / "cw" / "reports", done.stderr


KILLED_AFTER_START = """
import os, signal, sys
sys.path.insert(0, {root!r})
from claimwatch.prefect_env import start_temporary_server
from prefect.server.api.server import SubprocessASGIServer

start_temporary_server()
print(SubprocessASGIServer().server_process.pid, flush=True)
if sys.argv[1] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)  # as the OS's out-of-memory killer would: no atexit
"""


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not _alive(pid)


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
def test_a_killed_run_does_not_leave_prefects_temporary_server_behind(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(KILLED_AFTER_START.format(root=str(Path(__file__).resolve().parents[1])))
    env = clean_env(tmp_path, PREFECT_HOME=str(tmp_path / "prefect"),
                    PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    killed = subprocess.run([sys.executable, str(script), "kill"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    server = int(killed.stdout.split()[0])
    assert _gone_within(server, 30), "the temporary server outlived its killed run"
    # a run that ends normally stops its server itself (Prefect's atexit); the watcher then ends too
    ended = subprocess.run([sys.executable, str(script), "end"], env=env, capture_output=True, text=True,
                           timeout=300)
    assert ended.returncode == 0, ended.stderr[-3000:]
    assert _gone_within(int(ended.stdout.split()[0]), 30)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="reads child processes from /proc")
def test_a_run_killed_while_the_temporary_server_starts_does_not_leave_it_behind(tmp_path):
    """The start-up (the server migrating a fresh Prefect home) takes seconds: a run killed then, before the
    server answers, must not orphan it either."""
    script = tmp_path / "run.py"
    script.write_text(KILLED_AFTER_START.format(root=str(Path(__file__).resolve().parents[1])))
    env = clean_env(tmp_path, PREFECT_HOME=str(tmp_path / "prefect"),
                    PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    run = subprocess.Popen([sys.executable, str(script), "end"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    deadline, server = time.monotonic() + 120, None
    while server is None and time.monotonic() < deadline and run.poll() is None:
        server = next((c for c in _children(run.pid) if "uvicorn" in _cmdline(c)), None)
        time.sleep(0.05)
    assert server is not None, "the temporary server never started"
    time.sleep(0.5)  # the watcher polls every 50 ms; the server needs seconds before it answers
    run.kill()
    run.wait(timeout=30)
    assert _gone_within(server, 30), "the temporary server outlived a run killed while it started"


def test_a_run_waiting_for_the_start_lock_says_what_for_and_how_long_at_most(tmp_path, capsys):
    # Another run holds the start-up lock of the shared home (here a process that holds it until its stdin
    # closes): the waiting run said nothing at all. One line names what it waits for and the longest wait;
    # a holder that keeps it longer than a start can take is one clear error.
    from claimwatch.prefect_env import LOCK_NAME, OWNER_NAME, start_lock
    from settings.errors import ClaimwatchError

    hold = ("import os, sys; from filelock import FileLock; l = FileLock(sys.argv[1]); l.acquire(); "
            "open(sys.argv[2], 'w').write(str(os.getpid())); print('held', flush=True); sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(tmp_path / LOCK_NAME), str(tmp_path / OWNER_NAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ClaimwatchError, match=f"waited 0.3 s for the claimwatch run \\(pid {holder.pid}\\)"):
            with start_lock(tmp_path, 0.3):
                pass
        lines = capsys.readouterr().err.strip().splitlines()
        assert lines == [f"claimwatch: waiting for another claimwatch run (pid {holder.pid}) to start its Prefect "
                         f"temporary server in {tmp_path} (lock {LOCK_NAME}): at most 0.3 s for each run ahead of "
                         "this one"]
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with start_lock(tmp_path, 0.3):  # free: taken at once, without a word
        assert (tmp_path / OWNER_NAME).read_text() == str(os.getpid())
    assert capsys.readouterr().err == ""


def _signal_in_a_finalizer(handler_installed: bool) -> str:
    """Run, in a fresh interpreter, a loop during which Prefect's SIGTERM bridge fires inside a finalizer (an
    object's __del__ raising TerminationSignal, as a real SIGTERM did in regex's SetBase.__del__), and say how it
    ended: "stopped" when the TerminationSignal reached the loop, "ran to the end" when it was dropped."""
    code = f"""
import signal, sys, time
from prefect.exceptions import TerminationSignal
from prefect.utilities.engine import capture_sigterm
from claimwatch.prefect_env import deliver_stop_signals, stop_signals_delivered

class Finalized:
    def __del__(self):
        raise TerminationSignal(signal=signal.SIGTERM)  # as the bridge raises it when the signal lands here

def work():
    Finalized()  # dropped at once: its __del__ runs, and Python reports the exception as unraisable
    deadline = time.monotonic() + 5  # the rest of the run: seconds of work
    while time.monotonic() < deadline:
        pass
    return "ran to the end"

with capture_sigterm():
    try:
        print(stop_signals_delivered(work)() if {handler_installed} else work())
    except TerminationSignal:
        print("stopped")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_termination_signal_dropped_in_a_finalizer_is_raised_again_in_the_run():
    """walk20's P2b: a SIGTERM that Prefect's bridge raised inside a finalizer was dropped ("Exception ignored
    in ...") and the run read on to the end; the monitor flow's body (stop_signals_delivered) raises it again."""
    assert _signal_in_a_finalizer(handler_installed=False) == "ran to the end"  # Python's own behaviour
    assert _signal_in_a_finalizer(handler_installed=True) == "stopped"
