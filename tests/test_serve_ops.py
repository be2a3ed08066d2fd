"""What an operator of `claimwatch serve` relies on, against a real `prefect server start` on 127.0.0.1:

- the missing-run automation: `serve` keeps exactly one, however often it starts; with serve down, the
  automation's proactive trigger really fires and its notification block reaches a real receiver;
- the monitor flow's crash hook: a served run whose process is killed ends Crashed and the [notify] URL gets
  "CRASHED";
- a stop with Ctrl-C (SIGINT) says so and exits 0;
- Prefect's printed tracebacks for a lost server are one line.

Every process started here is killed at the end (tests.test_serve.background).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import rss
from tests.test_notify import closed_port, receiver  # noqa: F401 - the receiver fixture
from tests.test_schedule import prefect_server  # noqa: F401 - the module's real Prefect server
from tests.test_serve import BIN, _healthy, background, create_run, free_port, get_json, wait_for

AUTOMATION = "claimwatch: nightly run missing"


def automations(api: httpx.Client) -> list[dict[str, Any]]:
    found = api.post("/automations/filter", json={}).json()
    return [a for a in found if a["name"] == AUTOMATION]


def serve_command(feeds_file: Path, tmp_path: Path) -> list[str]:
    return [str(BIN / "claimwatch"), "serve", "--feeds", str(feeds_file), "--db", str(tmp_path / "c.db"),
            "--reports", str(tmp_path / "reports"), "--reports-port", "0"]


def log_has(log: Path, text: str):  # type: ignore[no-untyped-def]
    return lambda: log.exists() and text in log.read_text(errors="replace")


def save_webhook_block(env: dict[str, str], name: str, url: str) -> None:
    """A Prefect "Custom Webhook" notification block on the test server, posting to `url` (127.0.0.1)."""
    code = ("from prefect.blocks.notifications import CustomWebhookNotificationBlock as B\n"
            f"B(name={name!r}, url={url!r}, json_data={{'subject': '{{{{subject}}}}', 'body': '{{{{body}}}}'}}, "
            f"allow_private_urls=True).save({name!r}, overwrite=True)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.slow
def test_serve_keeps_one_missing_run_automation_that_fires_when_no_nightly_run_completes(
        prefect_server, receiver, tmp_path):  # noqa: F811
    api, env = prefect_server.api, prefect_server.env
    save_webhook_block(env, "claimwatch-ops", f"http://127.0.0.1:{receiver.server_address[1]}/ops")
    feeds_file = tmp_path / "feeds.toml"
    # Every minute, plus a grace of 12 s: the trigger's window is 72 s. The feed's port is closed, so a run
    # that does start fails, which is not Completed either.
    schedule = ('[schedule]\ncron = "* * * * *"\nmissing_run_grace_minutes = {grace}\n'
                'missing_run_block = "custom-webhook/claimwatch-ops"\n'
                f'[[feeds]]\nurl = "http://127.0.0.1:{closed_port()}/feed.xml"\n')
    feeds_file.write_text(schedule.format(grace=0.2), encoding="utf-8")

    first_log = tmp_path / "serve-1.log"
    with background(serve_command(feeds_file, tmp_path), env, first_log) as serve:
        wait_for(log_has(first_log, "until Ctrl-C or SIGTERM"), 90, "serve to start", first_log)
        assert "automation 'claimwatch: nightly run missing' created" in first_log.read_text()
        serve.send_signal(signal.SIGINT)  # Ctrl-C in a terminal
        assert serve.wait(timeout=60) == 0
    text = first_log.read_text(errors="replace")
    assert "claimwatch serve: stopped" in text and "Traceback" not in text, text[-3000:]

    nightly = get_json(api, "/deployments/name/monitor/nightly")
    [automation] = automations(api)
    trigger = automation["trigger"]
    assert trigger["posture"] == "Proactive" and trigger["expect"] == ["prefect.flow-run.Completed"]
    assert trigger["within"] == 72.0 and trigger["threshold"] == 1
    assert trigger["match_related"]["prefect.resource.id"] == f"prefect.deployment.{nightly['id']}"
    assert [a["type"] for a in automation["actions"]] == ["send-notification"]

    second_log = tmp_path / "serve-2.log"  # a restart with the same [schedule]: the same automation, untouched
    with background(serve_command(feeds_file, tmp_path), env, second_log):
        wait_for(log_has(second_log, "until Ctrl-C or SIGTERM"), 90, "serve to start again", second_log)
    assert "automation 'claimwatch: nightly run missing' unchanged" in second_log.read_text()
    assert [a["id"] for a in automations(api)] == [automation["id"]]

    # serve is down now: no nightly run completes, so the server's trigger fires at the end of its window and
    # its action posts through the block to the receiver.
    wait_for(lambda: receiver.received, 240, "the missing-run notification", prefect_server.log)
    path, _, body = receiver.received[0]
    message = json.loads(body)
    assert path == "/ops" and message["subject"] == "claimwatch: no nightly run completed"
    assert "monitor/nightly" in message["body"] and "within 72 s " in message["body"]
    query = {"filter": {"event": {"name": ["prefect.automation.triggered"]},
                        "resource": {"id": [f"prefect.automation.{automation['id']}"]}}}
    wait_for(lambda: api.post("/events/filter", json=query).json()["events"], 30,  # the UI's event feed
             "the automation's triggered event", prefect_server.log)

    feeds_file.write_text(schedule.format(grace=30), encoding="utf-8")  # a changed [schedule]: updated in place
    third_log = tmp_path / "serve-3.log"
    with background(serve_command(feeds_file, tmp_path), env, third_log):
        wait_for(log_has(third_log, "until Ctrl-C or SIGTERM"), 90, "serve to start a third time", third_log)
    assert "automation 'claimwatch: nightly run missing' updated" in third_log.read_text()
    [updated] = automations(api)
    assert updated["id"] == automation["id"] and updated["trigger"]["within"] == 60 + 30 * 60
    assert api.delete(f"/deployments/{nightly['id']}").status_code == 204  # its every-minute runs go with it


@pytest.mark.slow
def test_serve_refuses_a_missing_notification_block_naming_the_file(prefect_server, tmp_path):  # noqa: F811
    # A deployment left by an earlier test of this module that failed before its clean-up is not this one's
    left = get_json(prefect_server.api, "/deployments/name/monitor/nightly")
    if left is not None:
        assert prefect_server.api.delete(f"/deployments/{left['id']}").status_code == 204
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text('[schedule]\nmissing_run_block = "custom-webhook/nobody"\n', encoding="utf-8")
    done = subprocess.run(serve_command(feeds_file, tmp_path), env=prefect_server.env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.strip().splitlines() == [
        f"claimwatch: error: {feeds_file}: [schedule] missing_run_block 'custom-webhook/nobody': no such block on "
        "the Prefect server (Blocks → Add in the UI, or `prefect block ls`)"]
    # Nothing registered.
    assert get_json(prefect_server.api, "/deployments/name/monitor/nightly") is None


def children(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_a_served_run_whose_process_is_killed_ends_crashed_and_notifies(prefect_server, server, receiver,
                                                                        tmp_path):  # noqa: F811
    """The monitor flow's on_crashed hook, for real: `serve` runs each flow run in a child process; killing
    that process (SIGKILL, as the OOM killer would) makes the runner propose Crashed and run the hook."""
    api, env = prefect_server.api, dict(prefect_server.env, CLAIMWATCH_ALLOW_LOOPBACK="1")
    # The feed answers after 10 minutes: the run is surely still fetching when its process is killed.
    server.add("/slow.xml", rss([]), handler=lambda handler: time.sleep(600))
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[fetch]\nread_timeout = 600\ntotal_timeout = 900\n'
                          f'[notify]\nurls = ["json://127.0.0.1:{receiver.server_address[1]}/alerts"]\n'
                          f'[[feeds]]\nurl = "{server.url("/slow.xml")}"\n', encoding="utf-8")
    log = tmp_path / "serve.log"
    with background(serve_command(feeds_file, tmp_path), env, log) as serve:
        wait_for(log_has(log, "until Ctrl-C or SIGTERM"), 90, "serve to start", log)
        adhoc = get_json(api, "/deployments/name/monitor/adhoc")
        # First a run that fails as a whole (its one feed refused): Failed, one line, no traceback in the log.
        dead = f"http://127.0.0.1:{closed_port()}/feed.xml"
        failed_id = create_run(api, adhoc["id"], {"feeds": [dead], "feeds_file": None, "notify": False})
        failed = wait_for(lambda: (r := get_json(api, f"/flow_runs/{failed_id}")) and r["state"]["type"] in
                          {"COMPLETED", "FAILED", "CRASHED"} and r, 120, "the failing run", log)
        assert failed["state"]["type"] == "FAILED" and "no feed could be reached" in failed["state"]["message"]
        run_id = create_run(api, adhoc["id"], {})
        wait_for(lambda: server.hits("/slow.xml"), 120, "the run to fetch its feed", log)
        [child] = wait_for(lambda: children(serve.pid), 10, "the flow run's process", log)
        os.kill(child, signal.SIGKILL)
        run = wait_for(lambda: (r := get_json(api, f"/flow_runs/{run_id}")) and r["state"]["type"] == "CRASHED"
                       and r, 60, "the run to end Crashed", log)
        wait_for(lambda: receiver.received, 60, "the crash notification", log)
        serve.send_signal(signal.SIGTERM)  # as systemd stops it
        assert serve.wait(timeout=60) == 0
    text = log.read_text(errors="replace")
    assert text.rstrip().endswith("fires if none completes")  # the "stopped" line
    assert "Traceback" not in text, text[-3000:]
    path, _, body = receiver.received[0]
    message = json.loads(body)
    assert path == "/alerts" and message["title"] == f"claimwatch: run {run['name']} CRASHED", message
    assert "ended Crashed: Process exited with status code: -9" in message["message"]  # SIGKILL


def test_a_lost_server_printed_by_prefect_is_one_line():
    """Prefect's critical_service_loop (the runner's loops), run for real with a workload that cannot reach
    a server, prints its report through OneLineTracebacks: one line instead of a chained traceback."""
    from prefect.utilities.services import critical_service_loop

    from flows.serve import OneLineTracebacks

    async def unreachable() -> None:
        async with httpx.AsyncClient() as client:
            await client.get(f"http://127.0.0.1:{closed_port()}/api/health")

    out = io.StringIO()
    stdout, sys.stdout = sys.stdout, OneLineTracebacks(out)
    try:
        with pytest.raises(RuntimeError, match="Service exceeded error threshold"):
            asyncio.run(critical_service_loop(unreachable, interval=0, consecutive=3, backoff=1))
        print("a line of serve's own")  # other output passes untouched
    finally:
        sys.stdout = stdout
    assert out.getvalue().splitlines() == [
        "Prefect server unreachable: failed the last 3 attempts (httpx.ConnectError: All connection attempts failed)",
        "a line of serve's own"]


@pytest.mark.slow
def test_the_serve_log_says_in_one_line_that_the_server_went_away(tmp_path):
    """The Prefect server stops under a running serve: its runner loops report the lost connection in one
    line, and when the runner gives up serve ends with one error line and exit 1 (a service manager restarts
    it), with no traceback in the serve log (two chained tracebacks and an exception group before)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
               PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_RUNNER_POLL_FREQUENCY="2")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text('[[feeds]]\nurl = "https://feeds.example/rss"\n', encoding="utf-8")
    log = tmp_path / "serve.log"
    with background([str(BIN / "prefect"), "server", "start"], env, tmp_path / "server.log") as prefect, \
            httpx.Client(base_url=f"http://127.0.0.1:{port}/api", timeout=10) as api:
        wait_for(lambda: _healthy(api), 90, "the Prefect server", tmp_path / "server.log")
        with background(serve_command(feeds_file, tmp_path), env, log) as serve:
            wait_for(log_has(log, "until Ctrl-C or SIGTERM"), 90, "serve to start", log)
            os.killpg(prefect.pid, signal.SIGTERM)  # the server goes away under serve
            prefect.wait(timeout=60)
            code = serve.wait(timeout=180)
    text = log.read_text(errors="replace")
    assert code == 1, text[-3000:]
    assert "Traceback" not in text and "Examples of recent errors" not in text, text[-3000:]
    assert "Prefect server unreachable: failed the last 3 attempts (httpx.ConnectError: " in text
    assert text.splitlines()[-1] == (
        f"claimwatch: error: lost the Prefect server at {env['PREFECT_API_URL']}: it stopped answering; serve "
        "stopped (start it again once the server is back; systemd's Restart=on-failure does)")


def test_a_lost_server_ends_serve_even_when_its_stop_never_returns(tmp_path):
    """serve's watcher, run for real in a process whose main thread never acts on the interrupt (as when
    Prefect's runner hangs in its start-up against a stopped server): it reports the lost server in one line
    and ends the process with exit 1 once its grace is over."""
    url = f"http://127.0.0.1:{closed_port()}/api"
    code = ("import signal, threading, time\n"
            "import flows.serve as serve\n"
            "serve.WATCH_SECONDS = 0.05\n"
            "signal.signal(signal.SIGINT, lambda *_: print('interrupted', flush=True))\n"
            "lost, done = threading.Event(), threading.Event()\n"
            f"threading.Thread(target=serve.watch_server, args=('{url}/health', "
            "lost, done, 5.0), daemon=True).start()\n"
            "time.sleep(60)\n"
            "print('not ended', flush=True)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=90,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stdout == "interrupted\n"  # the interrupt came first, as Ctrl-C would; the sleep never ended
    assert done.stderr.splitlines() == [
        f"claimwatch: error: lost the Prefect server at {url}: it stopped answering; serve stopped (start it again once the server is back; systemd's "
        "Restart=on-failure does)"]


def test_the_missing_run_window_is_the_longest_gap_of_the_schedule():
    """Computed by the Prefect server's own cron schedule: a weekday cron waits over the weekend."""
    from datetime import timedelta

    from settings.config import ScheduleSettings
    from flows.serve import longest_gap

    assert longest_gap(ScheduleSettings(cron="0 2 * * *")) == timedelta(days=1)
    assert longest_gap(ScheduleSettings(cron="30 6 * * 1-5", timezone="Europe/Berlin")) == timedelta(days=3)
    assert longest_gap(ScheduleSettings(cron="*/15 * * * *")) == timedelta(minutes=15)
