"""Notifications through Apprise to a real receiver on 127.0.0.1: one grouped message per run with new
changes, nothing for a run without them, and a failed delivery recorded without the URL's secrets."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import sqlite_utils

from claimwatch import notify
from flows.monitor import monitor
from tests.test_review import SCO, TRADE, publish
from reports.model import Report


class Receiver(BaseHTTPRequestHandler):
    """Records every POST: path, content type and body."""

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        received = self.server.received  # type: ignore[attr-defined]
        received.append((self.path, self.headers.get("Content-Type", ""), body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def receiver():  # type: ignore[no-untyped-def]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    httpd.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_with_notify(tmp_path: Path, feed: str, url: str, extra: str = "") -> tuple[dict, Path]:
    """One monitor run of `feed` notifying `url`; `extra`: more lines of the [notify] table. Returns report.json
    and the report folder."""
    tmp_path.mkdir(exist_ok=True)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[notify]\nurls = ["{url}"]\n{extra}[[feeds]]\nurl = "{feed}"\n', encoding="utf-8")
    folder = Path(monitor(feeds_file=str(feeds_file), db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"),
                          allow_loopback=True))
    return json.loads((folder / "report.json").read_text(encoding="utf-8")), folder


def test_a_run_with_changes_sends_one_grouped_message_and_a_quiet_run_none(server, receiver, tmp_path,
                                                                           prefect_harness):
    port = receiver.server_address[1]
    feed = publish(server, {"a1": [SCO, TRADE]})
    report, folder = run_with_notify(tmp_path, feed, f"json://127.0.0.1:{port}/hook")
    assert report["errors"] == []
    assert [(path, kind.split(";")[0]) for path, kind, _ in receiver.received] == [("/hook", "application/json")]
    sent = json.loads(receiver.received[0][2])
    changed = [f for f in report["findings"] if f["verdict"] == "changed"]
    assert len(changed) >= 2 and sent["title"].startswith(f"claimwatch: {len(changed)} changes")
    assert "- sco-membership: observer → full member" in sent["message"]
    assert "- bilateral-trade:" in sent["message"] and server.url("/a/a1") in sent["message"]
    assert sent["message"].endswith(f"Report: {folder.resolve() / 'report.html'}")

    run_with_notify(tmp_path, feed, f"json://127.0.0.1:{port}/hook")  # nothing new: no message
    assert len(receiver.received) == 1


def test_a_failed_notification_is_recorded_without_the_secret(server, tmp_path, prefect_harness, capfd):
    url = f"json://reader:pw-s3cret@127.0.0.1:{closed_port()}/hook-s3cret?token=tk-s3cret"
    report, folder = run_with_notify(tmp_path, publish(server, {"a1": [SCO]}), url)
    # a warning: report.json's errors hold the pipeline's stages only (feed | fetch | extract | analyze)
    assert report["errors"] == [] and report["run"]["counts"]["errors"] == 0
    notes = [w for w in report["warnings"] if w["stage"] == "notify"]
    assert [w["url"] for w in notes] == ["json://*** ([notify] urls[0])"]
    assert notes[0]["message"].startswith("delivery failed")
    assert "delivery failed" in (folder / "report.md").read_text(encoding="utf-8")
    out, err = capfd.readouterr()
    db = sqlite_utils.Database(tmp_path / "c.db")
    places = [out, err, json.dumps(list(db["errors"].rows)), json.dumps(list(db["runs"].rows))]
    places += [(folder / name).read_text(encoding="utf-8") for name in ("report.json", "report.md", "report.html")]
    assert not [p for p in places if "s3cret" in p]


def test_form_urls_post_the_message_as_a_form(receiver, tmp_path):
    report = {"run": {"id": "r1"}, "findings": [{
        "id": "abc", "claim": "sco-membership", "verdict": "changed", "new": True, "confidence": 0.9,
        "baseline": {"value": "observer"}, "observed": {"value": "full member", "quote": "Iran joined the SCO.",
                                                      "url": "http://127.0.0.1/a", "title": "T"}}]}
    assert notify.send([f"form://127.0.0.1:{receiver.server_address[1]}/form"], Report.from_json(report), tmp_path) == []
    (path, kind, body), = receiver.received
    form = parse_qs(body.decode())
    assert path == "/form" and kind.startswith("application/x-www-form-urlencoded")
    assert "sco-membership: observer → full member" in form["message"][0]
    seen = dict(report, findings=[dict(report["findings"][0], new=False)])  # reported by an earlier run
    assert notify.send([f"form://127.0.0.1:{receiver.server_address[1]}/form"], Report.from_json(seen), tmp_path) == []
    assert len(receiver.received) == 1


def test_a_notification_may_not_leave_loopback_under_test(tmp_path):
    report = {"run": {"id": "r1"}, "findings": [{
        "id": "abc", "claim": "c", "verdict": "changed", "confidence": 0.5, "baseline": {"value": "a"},
        "observed": {"value": "b", "quote": "q", "url": "http://127.0.0.1/a"}}]}
    failures = notify.send(["mailtos://bob:pw-s3cret@mail.example.invalid"], Report.from_json(report), tmp_path)
    assert failures == [{"url": "mailtos://*** ([notify] urls[0])",
                         "message": "refused: not loopback and only loopback is allowed here"}]
