"""The product faults of a fresh user's third trial (walk23, section B): true history that could only be closed as a
false alarm, several new values of a claim with no latest named, a notification without ids, outlets, reasons or
the served report, new disputes never notified, and a served run told to pass a CLI flag. Real SQLite, real HTTP
on 127.0.0.1, the real monitor flow on Prefect's test harness where a run is involved."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from claimwatch import notify, review
from claimwatch.cli import main
from claimwatch.reports_http import ROOT_ENV, URL_ENV
from claimwatch.store import open_db
from extractors.http import SERVED_ENV, check_address
from settings.errors import FetchError
from flows.monitor import monitor
from reports.model import Report
from tests.test_notify import receiver  # noqa: F401  (fixture)
from tests.test_review import SCO, TRADE, add_run, by_claim, fake_finding, publish

RUMOUR = ("Iran has reportedly received its first Su-35 fighter jets from Russia, according to reports that neither "
          "government has confirmed.")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_with_notify(tmp_path: Path, feed: str, url: str, extra: str = "") -> tuple[dict, Path]:
    tmp_path.mkdir(exist_ok=True)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[notify]\nurls = ["{url}"]\n{extra}[[feeds]]\nurl = "{feed}"\n', encoding="utf-8")
    folder = Path(monitor(feeds_file=str(feeds_file), db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"),
                          allow_loopback=True))
    return json.loads((folder / "report.json").read_text(encoding="utf-8")), folder


# --- P3: the notification gives each finding's id, outlet, a dispute's reason, the run's errors, the served URL

def test_walkfix23p_the_notification_names_ids_outlets_errors_and_the_served_report(server, receiver, tmp_path,
                                                                                    prefect_harness, monkeypatch):
    port = receiver.server_address[1]
    feed = publish(server, {"a1": [SCO, TRADE]})
    # one more entry whose page is missing: an error of the run
    feed_xml = server.routes["/feed.xml"].body.decode().replace(
        "</channel>", f"<item><title>Gone</title><link>{server.url('/a/gone')}</link></item></channel>")
    server.add("/feed.xml", feed_xml, content_type="application/rss+xml")
    monkeypatch.setenv(URL_ENV, "http://127.0.0.1:4280")
    monkeypatch.setenv(ROOT_ENV, str(tmp_path / "r"))
    report, folder = run_with_notify(tmp_path, feed, f"json://127.0.0.1:{port}/hook")
    assert len(report["errors"]) == 1
    sent = json.loads(receiver.received[0][2])["message"]
    sco = by_claim(report, "changed")["sco-membership"]
    assert f"finding {sco['id']} · Test wire · Story a1 · 2025-01-10" in sent
    assert "The run had 1 error (feeds, pages or analysis): see the report." in sent
    assert sent.endswith(f"Report: http://127.0.0.1:4280/{folder.name}/report.html")


def test_walkfix23p_the_notification_falls_back_to_the_path_and_gives_a_disputes_reason(receiver, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.delenv(URL_ENV, raising=False)
    dispute = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://127.0.0.1/a")
    dispute.update(new=True, evidence={"why": "a hedged report: 'reportedly'"})
    dispute["observed"]["outlet"] = "Caspian Desk"
    title, body = notify.message(Report.from_json({"run": {"id": "r1"}, "findings": [dispute]}), tmp_path)
    assert "- su35-delivery: not delivered → delivered (disputed: a hedged report: 'reportedly')" in body
    assert f"finding {dispute['id']} · Caspian Desk" in body
    assert body.endswith(f"Report: {tmp_path.resolve() / 'report.html'}") and "error" not in body


# --- P4: new disputes alone send a short message ([notify] disputes, default true); false keeps the old rule

def test_walkfix23p_new_disputes_alone_are_notified_unless_turned_off(server, receiver, tmp_path, prefect_harness):
    port = receiver.server_address[1]
    feed = publish(server, {"a1": [RUMOUR]})
    report, _ = run_with_notify(tmp_path / "on", feed, f"json://127.0.0.1:{port}/hook")
    disputed = by_claim(report, "disputed")
    assert "su35-delivery" in disputed and not by_claim(report, "changed")
    sent = json.loads(receiver.received[0][2])
    assert sent["title"].startswith("claimwatch: 1 new dispute, no change")
    assert f"finding {disputed['su35-delivery']['id']}" in sent["message"]
    assert "- su35-delivery: not delivered → delivered (disputed" in sent["message"]
    run_with_notify(tmp_path / "on", feed, f"json://127.0.0.1:{port}/hook")  # nothing new: nothing sent
    assert len(receiver.received) == 1
    run_with_notify(tmp_path / "off", feed, f"json://127.0.0.1:{port}/hook", extra="disputes = false\n")
    assert len(receiver.received) == 1


def test_walkfix23p_notify_disputes_must_be_a_boolean(tmp_path, capsys):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[notify]\nurls = []\ndisputes = "yes"\n[[feeds]]\nurl = "https://example.org/f.xml"\n')
    code, _, err = cli(capsys, "run", "--feeds", str(feeds), "--db", str(tmp_path / "c.db"))
    assert code == 2 and "[notify] disputes must be true or false" in err


# --- P6: a served run's loopback refusal names the served switches

def refusal() -> str:
    try:
        check_address("127.0.0.1", False, "127.0.0.1")
    except FetchError as exc:
        return str(exc)
    raise AssertionError("loopback was not refused")


def test_walkfix23p_a_served_runs_loopback_refusal_names_the_parameter(monkeypatch):
    """`claimwatch serve` sets CLAIMWATCH_SERVED for its runs (flows/serve.py): their refusal names the run's
    allow_loopback parameter and the environment; a `claimwatch run` still names its flag."""
    monkeypatch.setenv(SERVED_ENV, "1")
    said = refusal()
    assert "tick the run's allow_loopback parameter" in said and "CLAIMWATCH_ALLOW_LOOPBACK=1" in said
    assert "--allow-loopback" not in said
    monkeypatch.delenv(SERVED_ENV)
    assert "pass --allow-loopback" in refusal()
