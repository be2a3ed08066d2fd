"""The nightly schedule fires by itself, and every command of docs/OPERATIONS.md works against a real server.

A real `prefect server start` (its own PREFECT_HOME in a temporary folder, a free port on 127.0.0.1) and the
project's own `claimwatch serve` with a test-only cron (`* * * * *`, due within a minute). Nothing triggers a
run by hand: the test waits until the server's *scheduler* has created a flow run of `monitor/nightly`, the
serve process has run it to Completed and attached the report artifact. With SQLAlchemy 2.1 installed the
scheduler service fails every loop ("Can't evaluate bulk DML statement") and this test fails with that line.
Every process started here is killed at the end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import article_html, rss
from tests.test_serve import BIN, PARAS, ROOT, _healthy, background, free_port, get_json, wait_for

# A minute to come due, a few seconds for the serve process to notice (PREFECT_RUNNER_POLL_FREQUENCY) and the
# run itself: three minutes leaves room for a loaded 2-core machine without letting a broken scheduler hang CI.
SCHEDULED_RUN_TIMEOUT = 180
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


@dataclass
class PrefectServer:
    api: httpx.Client
    env: dict[str, str]
    log: Path
    home: Path


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    """`prefect server start` as docs/OPERATIONS.md runs it: the port set with PREFECT_SERVER_API_PORT."""
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home / "prefect-home"), PREFECT_API_URL=f"{base}/api",
               PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", CLAIMWATCH_LOOPBACK_ONLY="1",
               PREFECT_RUNNER_POLL_FREQUENCY="2")  # serve looks for due runs every 2 s instead of 10 s
    log = home / "server.log"
    with background([str(BIN / "prefect"), "server", "start"], env, log), \
            httpx.Client(base_url=f"{base}/api", timeout=10) as api:
        wait_for(lambda: _healthy(api), 90, "the Prefect server", log)
        yield PrefectServer(api, env, log, home)


def scheduler_failure(server_log: Path) -> str:
    """The server log's lines about the scheduler service failing, for the failure message."""
    text = server_log.read_text(errors="replace") if server_log.exists() else ""
    lines = [line for line in text.splitlines() if "Error" in line or "scheduler" in line.lower()]
    return "\n".join(lines[-8:]) or "(nothing about the scheduler in the server log)"


def nightly_runs(api: httpx.Client, deployment_id: str) -> list[dict[str, Any]]:
    response = api.post("/flow_runs/filter", json={"flow_runs": {"deployment_id": {"any_": [deployment_id]}}})
    return response.json() if response.status_code == 200 else []


def wait_for_scheduled_run(api: httpx.Client, deployment_id: str, server: PrefectServer,
                           serve_log: Path) -> dict[str, Any]:
    deadline = time.monotonic() + SCHEDULED_RUN_TIMEOUT
    runs: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        runs = nightly_runs(api, deployment_id)
        done = [r for r in runs if r["state"]["type"] in TERMINAL]
        if done:
            return done[0]
        time.sleep(1)
    if not runs:
        pytest.fail(f"the Prefect scheduler created no flow run of monitor/nightly (cron '* * * * *') within "
                    f"{SCHEDULED_RUN_TIMEOUT} s: the schedule never fires. Scheduler lines of the server log "
                    f"(SQLAlchemy 2.1 gives 'Can't evaluate bulk DML statement'):\n"
                    f"{scheduler_failure(server.log)}")
    states = sorted({f"{r['state']['type']} (expected {r['expected_start_time']})" for r in runs})
    pytest.fail(f"the scheduler created {len(runs)} run(s) of monitor/nightly but none finished within "
                f"{SCHEDULED_RUN_TIMEOUT} s: {states}; serve log:\n"
                f"{serve_log.read_text(errors='replace')[-3000:]}")


@pytest.mark.slow
def test_the_nightly_schedule_fires_by_itself(prefect_server, server, tmp_path):
    items = [{"title": f"Corridor {i}",
              "link": server.add(f"/news/{i}", article_html(f"Corridor {i}", [f"Report number {i}."] + PARAS))}
             for i in range(2)]
    feed = server.add("/feed.xml", rss(items), content_type="application/rss+xml")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[schedule]\ncron = "* * * * *"\ntimezone = "UTC"\n\n[[feeds]]\nurl = "{feed}"\n',
                          encoding="utf-8")
    env = dict(prefect_server.env, CLAIMWATCH_ALLOW_LOOPBACK="1")  # the served runs read feeds on 127.0.0.1
    api = prefect_server.api
    serve_log = tmp_path / "serve.log"
    reports_port = free_port()
    serve_cmd = [str(BIN / "claimwatch"), "serve", "--feeds", str(feeds_file), "--db", str(tmp_path / "c.db"),
                 "--reports", str(tmp_path / "reports"), "--reports-port", str(reports_port)]

    with background(serve_cmd, env, serve_log):
        nightly = wait_for(lambda: get_json(api, "/deployments/name/monitor/nightly"), 60,
                           "the monitor/nightly deployment", serve_log)
        assert [(s["schedule"]["cron"], s["active"]) for s in nightly["schedules"]] == [("* * * * *", True)]
        assert "in the time zone UTC" in nightly["description"]  # the UI shows the cron without its zone
        run = wait_for_scheduled_run(api, nightly["id"], prefect_server, serve_log)
        check_report_link(api, run, reports_port, tmp_path)  # while serve (and its reports server) is up
        check_logs(api, run, serve_log)  # the run's process sends its last log lines as it exits

    assert run["state"]["type"] == "COMPLETED", serve_log.read_text(errors="replace")[-3000:]
    # Created by the schedule, not by a person or this test.
    assert run["auto_scheduled"] is True and run["created_by"]["type"] == "SCHEDULE"
    artifacts = api.post("/artifacts/filter", json={"artifacts": {
        "key": {"any_": ["claimwatch-report"]}, "flow_run_id": {"any_": [run["id"]]}}}).json()
    assert len(artifacts) == 1, artifacts
    folder = Path(artifacts[0]["description"].rsplit(": ", 1)[-1])
    assert artifacts[0]["data"] == (folder / "report.md").read_text(encoding="utf-8")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report["run"]["counts"]["articles_new"] == 2


def check_report_link(api: httpx.Client, run: dict[str, Any], port: int, tmp_path: Path) -> None:
    """The UI's report.html link is served over HTTP by `claimwatch serve`, read-only."""
    links = api.post("/artifacts/filter", json={"artifacts": {
        "key": {"any_": ["claimwatch-report-html"]}, "flow_run_id": {"any_": [run["id"]]}}}).json()
    assert len(links) == 1, links
    link = json.loads(links[0]["data"]) if links[0]["data"].startswith("{") else links[0]["data"]
    link = link["link"] if isinstance(link, dict) else re.search(r"\((http[^)]+)\)", link)[1]
    assert link.startswith(f"http://127.0.0.1:{port}/") and link.endswith("/report.html"), link
    page = httpx.get(link, timeout=10)
    assert page.status_code == 200 and "<h1>claimwatch report</h1>" in page.text
    assert httpx.put(link, content=b"x", timeout=10).status_code == 501  # read-only
    assert "report.html" in httpx.get(link.rsplit("/", 1)[0] + "/", timeout=10).text  # the run's folder listed


def check_logs(api: httpx.Client, run: dict[str, Any], serve_log: Path) -> None:
    """Feed tasks are named by the feed's host, port and path; the run ends with one line a person reads."""
    tasks = api.post("/task_runs/filter", json={"flow_runs": {"id": {"any_": [run["id"]]}}}).json()
    names = [t["name"] for t in tasks if t["name"].startswith("feed ")]
    assert len(names) == 1 and re.fullmatch(r"feed 127\.0\.0\.1:\d+/feed\.xml", names[0]), [t["name"] for t in tasks]

    def final_lines() -> list[str]:
        logs = api.post("/logs/filter", json={"logs": {"flow_run_id": {"any_": [run["id"]]}}}).json()
        return [entry["message"] for entry in logs if " finished: " in entry["message"]]

    finals = wait_for(final_lines, 30, "the run's last log line in the API", serve_log)
    assert finals and re.search(r"finished: 0 changes, 0 disputed, 0 errors: see .*/report\.html$", finals[-1]), \
        finals


def prefect(server: PrefectServer, *args: str, timeout: float = 120) -> str:
    """A `prefect` CLI command against the test server; its output, or a failure naming the command."""
    env = dict(server.env, COLUMNS="250")  # wide enough that rich does not cut the names in its tables
    done = subprocess.run([str(BIN / "prefect"), *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in output, f"prefect {' '.join(args)}:\n{output[-3000:]}"
    return output


@pytest.mark.slow
def test_every_operations_command_works_against_a_real_server(prefect_server, server, tmp_path):
    """The commands of docs/OPERATIONS.md, as written there (paths in a temporary folder): the checks
    (`prefect deployment ls`, `flow ls`, `flow-run ls`, `artifact ls`, which answered 422 with fastapi 0.151+),
    `make serve`, and the work-pool route: `work-pool create`, `deploy`, `worker start`."""
    api = prefect_server.api
    env = dict(prefect_server.env, CLAIMWATCH_DB=str(tmp_path / "c.db"),
               CLAIMWATCH_REPORTS=str(tmp_path / "reports"))
    # `make serve` with the URL of this server: the three deployments are registered.
    with background(["make", "-s", "-C", str(ROOT), "serve", f"PREFECT_API_URL={env['PREFECT_API_URL']}",
                     "SERVE_ARGS=--reports-port 0"],
                    env, tmp_path / "make-serve.log"):
        wait_for(lambda: get_json(api, "/deployments/name/baseline-build/baseline-build"), 90,
                 "the deployments of `make serve`", tmp_path / "make-serve.log")

    item = {"title": "Rail", "link": server.add("/news/rail", article_html("Rail", PARAS))}
    feed = server.add("/feed.xml", rss([item]), content_type="application/rss+xml")
    pool_output = prefect(prefect_server, "work-pool", "create", "claimwatch", "--type", "process")
    assert "claimwatch" in pool_output
    deploy_output = prefect(prefect_server, "--no-prompt", "deploy", "flows/monitor.py:monitor", "--name", "nightly",
                            "--pool", "claimwatch", "--cron", "0 2 * * *", "--timezone", "UTC",
                            "--param", f"db={tmp_path / 'c.db'}", "--param", f"reports={tmp_path / 'reports'}")
    assert "monitor/nightly" in deploy_output
    run_output = prefect(prefect_server, "deployment", "run", "monitor/nightly", "--param", "allow_loopback=true",
                         "--param", f'feeds=["{feed}"]')
    run_id = next(line.rsplit("/", 1)[-1] for line in run_output.splitlines() if "/runs/flow-run/" in line)
    with background([str(BIN / "prefect"), "worker", "start", "--pool", "claimwatch", "--limit", "1"],
                    dict(prefect_server.env, CLAIMWATCH_ALLOW_LOOPBACK="1"), tmp_path / "worker.log"):
        done = wait_for(lambda: (r := get_json(api, f"/flow_runs/{run_id}")) and
                        r["state"]["type"] in TERMINAL and r, 120, "the worker's flow run", tmp_path / "worker.log")
    assert done["state"]["type"] == "COMPLETED", (tmp_path / "worker.log").read_text(errors="replace")[-3000:]

    deployments = prefect(prefect_server, "deployment", "ls")
    for name in ("monitor/nightly", "monitor/adhoc", "baseline-build/baseline-build"):
        assert name.split("/")[1] in deployments
    assert "monitor" in prefect(prefect_server, "flow", "ls")
    assert done["name"] in prefect(prefect_server, "flow-run", "ls")
    assert "claimwatch-report" in prefect(prefect_server, "artifact", "ls")
