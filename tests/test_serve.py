"""`claimwatch serve` against a real `prefect server start`: the nightly schedule, ad hoc runs with
parameters, the report artifact, the schedule surviving a restart, and a screenshot of the UI.

Everything runs on 127.0.0.1 in a temporary PREFECT_HOME; every process started here is killed at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import sqlite_utils

from claimwatch.cli import main
from tests.conftest import article_html, rss

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor between them.",
         "The Russian delegation said the talks covered rail freight, customs and payment systems."]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def background(command: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A process in its own process group, killed with all its children when the block ends."""
    with log.open("wb") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            yield proc
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    continue
            proc.wait()


def wait_for(check, timeout: float, what: str, log: Path | None = None):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.25)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{tail}")


def get_json(api: httpx.Client, path: str) -> Any:
    response = api.get(path)
    return response.json() if response.status_code == 200 else None


def finished(api: httpx.Client, run_id: str) -> dict[str, Any] | None:
    run = api.get(f"/flow_runs/{run_id}").json()
    return run if run["state"]["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None


def screenshot(url: str, target: Path, profile: Path) -> str:
    """Save a screenshot of the page and return its rendered DOM. A virtual-time budget lets the
    single-page UI fetch and render the deployment before the shot."""
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                           "--no-first-run", "--disable-background-networking", "--disable-component-update",
                           "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
                           f"--screenshot={target}", "--dump-dom", "--window-size=1400,900", url],
                          check=True, capture_output=True, text=True, timeout=60)
    return done.stdout


def create_run(api: httpx.Client, deployment_id: str, parameters: dict) -> str:
    """Trigger a deployment as the UI's Custom run does. The SQLite-backed Prefect server can answer a write
    with a 5xx ("database is locked", ../shared/docs/FACTS.md) while the serve process polls it (and, since serve
    keeps an automation, while the server's event services write): asked again up to four times, 3 s apart."""
    for attempt in range(5):
        response = api.post(f"/deployments/{deployment_id}/create_flow_run", json={"parameters": parameters})
        if response.status_code < 500 or attempt == 4:
            break
        time.sleep(3)
    assert response.status_code == 201, f"{response.status_code}: {response.text[:1000]}"
    return response.json()["id"]


def test_serve_schedules_nightly_and_runs_adhoc_with_a_report_artifact(server, tmp_path):
    items = [{"title": f"Story {i}",
              "link": server.add(f"/news/{i}", article_html(f"Story {i}", [f"Story number {i}."] + PARAS))}
             for i in range(3)]
    feed = server.add("/feed.xml", rss(items), content_type="application/rss+xml")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text('[schedule]\ncron = "30 3 * * *"\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_URL=f"{base}/api",
               PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port),  # the UI's API address
               PREFECT_SERVER_ANALYTICS_ENABLED="false", CLAIMWATCH_LOOPBACK_ONLY="1",
               PREFECT_RUNNER_POLL_FREQUENCY="2")  # the queued second run starts sooner
    serve_cmd = [str(BIN / "claimwatch"), "serve", "--feeds", str(feeds_file), "--db", str(tmp_path / "c.db"),
                 "--reports", str(tmp_path / "reports"), "--reports-port", "0"]

    with background([str(BIN / "prefect"), "server", "start"], env, tmp_path / "server.log"), \
            httpx.Client(base_url=f"{base}/api", timeout=10) as api:
        wait_for(lambda: _healthy(api), 90, "the Prefect server", tmp_path / "server.log")
        with background(serve_cmd, env, tmp_path / "serve.log") as serve:
            wait_for(lambda: get_json(api, "/deployments/name/baseline-build/baseline-build"), 60,
                     "the deployments", tmp_path / "serve.log")
            nightly = get_json(api, "/deployments/name/monitor/nightly")
            adhoc = get_json(api, "/deployments/name/monitor/adhoc")
            schedules = [(s["schedule"]["cron"], s["schedule"]["timezone"], s["active"])
                         for s in nightly["schedules"]]
            assert schedules == [("30 3 * * *", "Europe/Berlin", True)]
            assert adhoc["schedules"] == [] and nightly["parameters"]["feeds_file"] == str(feeds_file)

            # The Custom run form is typed: the server refuses a parameter of the wrong type.
            bad = api.post(f"/deployments/{adhoc['id']}/create_flow_run", json={"parameters": {"feeds": "x"}})
            assert bad.status_code >= 400
            runs = [create_run(api, adhoc["id"], {"feeds": [feed], "allow_loopback": True}) for _ in range(2)]
            baseline = get_json(api, "/deployments/name/baseline-build/baseline-build")
            runs.append(create_run(api, baseline["id"], {}))
            done = [wait_for(lambda r=r: finished(api, r), 100, f"flow run {r}", tmp_path / "serve.log")
                    for r in runs]
            assert [d["state"]["type"] for d in done] == ["COMPLETED"] * 3, \
                (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
            check_runs_and_artifacts(api, done, tmp_path, items)

            if CHROMIUM:
                ARTIFACTS.mkdir(exist_ok=True)
                shot = ARTIFACTS / "prefect-ui-deployment.png"
                page = f"{base}/deployments/deployment/{nightly['id']}"
                dom = screenshot(page, shot, tmp_path / "chromium")
                assert "nightly" in dom and "At 03:30 AM every day" in dom  # the page rendered, not a spinner
                assert shot.stat().st_size > 0

            serve.send_signal(signal.SIGTERM)  # as systemd or Ctrl-C in a terminal would stop it
            serve.wait(timeout=30)
        after = get_json(api, "/deployments/name/monitor/nightly")
        assert after["paused"] is False and after["schedules"][0]["active"] is True  # still scheduled
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium): everything but the screenshot ran")


def _healthy(api: httpx.Client) -> bool:
    try:
        return api.get("/health").status_code == 200
    except httpx.TransportError:
        return False


def check_runs_and_artifacts(api: httpx.Client, done: list[dict[str, Any]], tmp_path: Path,
                             items: list[dict[str, str]]) -> None:
    # This serve process runs one flow run at a time: each started after the one before had ended.
    ordered = sorted(done, key=lambda d: d["start_time"])
    for before, after in zip(ordered, ordered[1:]):
        assert datetime.fromisoformat(after["start_time"]) >= datetime.fromisoformat(before["end_time"])
    db = sqlite_utils.Database(tmp_path / "c.db")
    versions = [r["version"] for r in db.query("select version from baseline_versions")]
    assert versions == [1]  # baseline-build found nothing changed
    # ... and wrote its report where `claimwatch baseline build --reports` would: the deployment's reports folder.
    assert "version 1" in (tmp_path / "reports" / "baseline" / "baseline.md").read_text(encoding="utf-8")
    reports = []
    for run in (d for d in ordered if d["deployment_id"] != done[-1]["deployment_id"]):
        found = api.post("/artifacts/filter", json={"artifacts": {
            "key": {"any_": ["claimwatch-report"]}, "flow_run_id": {"any_": [run["id"]]}}}).json()
        assert len(found) == 1 and found[0]["type"] == "markdown"
        folder = Path(found[0]["description"].rsplit(": ", 1)[-1])
        assert folder.parent == tmp_path / "reports"  # the deployment's default path, not the working dir
        assert found[0]["data"] == (folder / "report.md").read_text(encoding="utf-8")
        reports.append(json.loads((folder / "report.json").read_text(encoding="utf-8")))
    assert [r["run"]["counts"]["articles_new"] for r in reports] == [3, 0]
    stored = [r["url"] for r in db.query("select url from articles")]
    assert sorted(stored) == sorted(i["link"] for i in items)


@pytest.mark.parametrize("schedule, problem", [('cron = "every night"', "[schedule] cron 'every night'"),
                                               ('timezone = "Mars/Olympus"', "not an IANA time zone")])
def test_serve_refuses_a_bad_schedule(tmp_path, capsys, schedule, problem):
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f"[schedule]\n{schedule}\n", encoding="utf-8")
    assert main(["serve", "--feeds", str(feeds_file), "--db", str(tmp_path / "c.db")]) == 2
    assert problem in capsys.readouterr().err


def test_serve_without_a_prefect_server_says_how_to_start_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    done = subprocess.run([str(BIN / "claimwatch"), "serve"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "prefect server start" in done.stderr


def test_flow_files_load_the_way_prefect_deploy_loads_them():
    """A file entrypoint (`prefect deploy flows/monitor.py:monitor`) is loaded with flows/ first on sys.path:
    no module there may shadow a top-level package (a flows/baseline.py once hid `baseline`)."""
    code = ("from prefect.utilities.importtools import import_object as load\n"
            f"print(load('{ROOT}/flows/monitor.py:monitor').name, "
            f"load('{ROOT}/flows/baseline_build.py:baseline_build').name)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.stdout.split() == ["monitor", "baseline-build"], done.stderr[-2000:]


def test_serve_logs_a_lost_server_connection_in_one_line_not_a_traceback():
    import io
    import logging

    from flows.serve import OneLineErrors

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(OneLineErrors())
    logger = logging.getLogger("claimwatch-test-one-line")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 4200)")
        except ConnectionRefusedError:
            logger.warning("The %s websocket failed with an exception.", "observer", exc_info=True)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().splitlines() == [
        "The observer websocket failed with an exception. (ConnectionRefusedError: [Errno 111] Connect call failed "
        "('127.0.0.1', 4200))"]
