"""Failures are loud: a run where no feed could be reached, or more than `[fetch] max_failed_feed_share` of the
feeds failed, ends Failed with the reason (Prefect state, report top line in the error colour, stderr) and
sends an Apprise message that a real receiver on 127.0.0.1 gets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from prefect.exceptions import FailedRun

from claimwatch.cli import main
from claimwatch.outcome import run_failure
from flows.monitor import monitor
from tests.test_notify import closed_port, receiver  # noqa: F401 - the receiver fixture
from tests.test_review import SCO, publish
from reports.model import Report


def report_of(folder: str | Path) -> dict:
    return json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))


def feeds_file(tmp_path: Path, feeds: list[str], extra: str = "") -> str:
    path = tmp_path / "feeds.toml"
    path.write_text(extra + "".join(f'\n[[feeds]]\nurl = "{u}"\n' for u in feeds), encoding="utf-8")
    return str(path)


def test_a_run_where_no_feed_answers_ends_failed_with_the_reason(tmp_path, prefect_harness):
    dead = [f"http://127.0.0.1:{closed_port()}/rss", f"http://127.0.0.1:{closed_port()}/atom"]
    state = monitor(feeds=dead, db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True,
                    return_state=True)
    assert state.is_failed() and state.message.startswith("no feed could be reached (2 of 2 feeds failed")
    folder = Path(state.result(raise_on_failure=False))
    report = report_of(folder)
    assert report["run"]["failure"].startswith("no feed could be reached")
    import sqlite_utils
    row = sqlite_utils.Database(tmp_path / "c.db")["runs"].get(report["run"]["id"])
    assert (row["status"], row["failure"]) == ("failed", report["run"]["failure"])  # the digest's source (walk19)
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert markdown.splitlines()[2].startswith("**Run failed: no feed could be reached")
    html = (folder / "report.html").read_text(encoding="utf-8")
    top = re.search(r'<p class="headline([^"]*)">([^<]*)</p>', html)
    assert top and top[1] == " failed" and top[2].startswith("Run failed: no feed could be reached")
    assert ".headline.failed" in html and "#b91c1c" in html  # the error colour is in the page's own style
    with pytest.raises(FailedRun):  # a direct call raises, as Prefect does for any failed flow
        monitor(feeds=dead, db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True)


def test_more_than_the_allowed_share_of_failed_feeds_fails_the_run(server, tmp_path, prefect_harness):
    good = publish(server, {"a1": [SCO]})
    dead = [f"http://127.0.0.1:{closed_port()}/a", f"http://127.0.0.1:{closed_port()}/b"]
    common = {"db": str(tmp_path / "c.db"), "reports": str(tmp_path / "r"), "allow_loopback": True,
              "return_state": True}
    # 2 of 3 failed: above the default share of one half.
    state = monitor(feeds_file=feeds_file(tmp_path, [good] + dead), **common)
    assert state.is_failed() and "2 of 3 feeds failed, more than the 50% allowed" in state.message
    assert report_of(state.result(raise_on_failure=False))["run"]["counts"]["articles_new"] == 1
    # The same with the share raised to 0.7: completed, no failure in the report.
    state = monitor(feeds_file=feeds_file(tmp_path, [good] + dead, "[fetch]\nmax_failed_feed_share = 0.7\n"),
                    **common)
    assert state.is_completed() and "failure" not in report_of(state.result())["run"]


def test_a_failed_run_sends_its_failure_to_a_real_receiver(tmp_path, receiver, prefect_harness):  # noqa: F811
    port = receiver.server_address[1]
    dead = f"http://127.0.0.1:{closed_port()}/rss"
    path = feeds_file(tmp_path, [dead], f'[notify]\nurls = ["json://127.0.0.1:{port}/alerts"]\n')
    state = monitor(feeds_file=path, db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True,
                    return_state=True)
    assert state.is_failed()
    (where, kind, body), = receiver.received
    sent = json.loads(body)
    assert where == "/alerts" and kind.startswith("application/json")
    assert sent["title"].endswith("FAILED") and "The run failed: no feed could be reached" in sent["message"]
    assert f"- {dead}: " in sent["message"] and "report.html" in sent["message"]


def test_cli_says_why_when_no_feed_answers_and_keeps_the_exit_0_contract(tmp_path, capsys, prefect_harness):
    code = main(["run", "--feed", f"http://127.0.0.1:{closed_port()}/rss", "--allow-loopback",
                 "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "reports")])
    captured = capsys.readouterr()
    folder = Path(captured.out.strip().splitlines()[-1])
    said = [line for line in captured.out.splitlines() if "no feed could be reached" in line]
    assert code == 0 and said == [f"run failed: no feed could be reached (1 of 1 feeds failed, e.g. connection "
                                  f"failed: {said[0].split('e.g. connection failed: ', 1)[1]}"]
    assert said[0].endswith(f"; see {folder / 'report.html'}")  # the report the log and the notification name
    assert "claimwatch: run failed" not in captured.err  # the log's ERROR line says it on stderr
    assert report_of(folder)["run"]["failure"].startswith("no feed could be reached")


@pytest.mark.parametrize("failed, total, share, failing", [(0, 3, 0.5, False), (1, 3, 0.5, False),
                                                           (2, 3, 0.5, True), (2, 3, 0.7, False),
                                                           (3, 3, 1.0, True), (1, 2, 0.5, False)])
def test_run_failure_rule(failed, total, share, failing):
    feeds = [f"http://127.0.0.1/{i}" for i in range(total)]
    report = {"run": {"feeds": feeds},
              "errors": [{"url": u, "stage": "feed", "message": "connection refused"} for u in feeds[:failed]]
              + [{"url": "http://127.0.0.1/page", "stage": "page", "message": "404"}]}
    assert (run_failure(Report.from_json(report), share) is not None) == failing


@pytest.mark.parametrize("messages, said", [
    (["HTTP 404"], "no feed could be read: 1 answered HTTP 404"),
    (["HTTP 404", "not a feed: the URL returned an HTML page, not an RSS or Atom feed (parser: X)"],
     "no feed could be read: 1 answered HTTP 404, 1 returned an HTML page, not a feed"),
    (["HTTP 410", "DNS lookup failed for a.example: Name or service not known"],
     "no feed could be read: 1 answered HTTP 410, 1 could not be reached (e.g. DNS lookup failed for a.example: "
     "Name or service not known)"),
    (["connection failed: ConnectError: refused", "timeout: ReadTimeout"],
     "no feed could be reached (2 of 2 feeds failed, e.g. connection failed: ConnectError: refused)")])
def test_a_failed_run_is_worded_by_what_happened_to_its_feeds(messages, said):
    """A feed that answered HTTP 404 was reached: "no feed could be reached" is kept for feeds that never
    answered (walk19)."""
    feeds = [f"http://127.0.0.1/{i}" for i in range(len(messages))]
    report = Report.from_json({"run": {"feeds": feeds}, "errors": [{"url": u, "stage": "feed", "message": m}
                                                                   for u, m in zip(feeds, messages)]})
    assert run_failure(report, 0.5) == said
    assert run_failure(report, 0.5, with_example=False) == said.split(" (e.g.")[0].replace(", e.g. connection "
                                                                                           "failed: ConnectError: "
                                                                                           "refused", "")


def test_expected_feed_failures_log_one_warning_each_and_no_traceback(tmp_path):
    import os
    import subprocess
    import sys

    dead = [f"http://127.0.0.1:{closed_port()}/rss", f"http://127.0.0.1:{closed_port()}/atom.xml"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(HOME=str(tmp_path), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    args = [a for url in dead for a in ("--feed", url)]
    done = subprocess.run([str(Path(sys.executable).parent / "claimwatch"), "run", *args, "--allow-loopback",
                           "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")],
                          env=env, capture_output=True, text=True, timeout=240)
    log = done.stderr
    assert done.returncode == 0 and "Traceback" not in log, log[-3000:]
    warnings = [line for line in log.splitlines() if "| WARNING |" in line]
    assert sorted(w.split("feed failed: ", 1)[1].split(": ", 1)[0] for w in warnings) == sorted(dead), warnings
    assert not [line for line in log.splitlines() if "| ERROR   | Task run" in line]
    for url in dead:  # tasks named by the feed's host, port and path: two feeds of one host told apart
        assert f"Task run 'feed {url.split('://', 1)[1]}'" in log, url
    # The run's failure once on each stream (walk19: four times): on stderr one ERROR line, without the feeds'
    # reasons (each one's warning gives it), and not Prefect's closing line again; on stdout the summary's line.
    failed = [line for line in log.splitlines() if "no feed could be reached" in line]
    assert len(failed) == 1 and "| ERROR   |" in failed[0] and "connection failed" not in failed[0], failed
    assert failed[0].endswith("feeds failed); see " + str(next((tmp_path / "r").iterdir()) / "report.html"))
    said = [line for line in done.stdout.splitlines() if "no feed could be reached" in line]
    assert len(said) == 1 and said[0].startswith("run failed: ") and said[0].endswith("report.html"), said


def test_a_run_that_raises_or_stops_at_a_bad_parameter_sends_its_failure_through_the_hook(
        tmp_path, receiver, prefect_harness, caplog):  # noqa: F811
    port = receiver.server_address[1]
    path = feeds_file(tmp_path, [f"http://127.0.0.1:{closed_port()}/rss"],
                      f'[notify]\nurls = ["json://127.0.0.1:{port}/alerts"]\n')
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    # A bad parameter (as a Custom run can give: the CLI checks its own before the flow starts): Failed with
    # the reason in one ERROR line, no traceback logged, nothing written.
    state = monitor(feeds_file=path, db=str(blocked / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True,
                    return_state=True)
    assert state.is_failed() and state.message.startswith("bad configuration: ") and str(blocked) in state.message
    assert state.result(raise_on_failure=False) is None and not (tmp_path / "r").exists()
    assert [r.levelname for r in caplog.records if r.getMessage().startswith("bad configuration: ")] == ["ERROR"]
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records if r.exc_info]
    # A run that raises (its report folder cannot be made).
    state = monitor(feeds_file=path, db=str(tmp_path / "c.db"), reports=str(blocked / "r"), allow_loopback=True,
                    return_state=True)
    assert state.is_failed() and isinstance(state.result(raise_on_failure=False), BaseException)
    assert len(receiver.received) == 2
    for where, _, body in receiver.received:
        sent = json.loads(body)
        assert where == "/alerts" and sent["title"].startswith("claimwatch: run ") and sent["title"].endswith("FAILED")
        assert "No report was written" in sent["message"]
