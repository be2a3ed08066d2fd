"""The product faults of a fresh user's third trial (walk23, section B): true history that could only be closed as a
false alarm, several new values of a claim with no latest named, a notification without ids, outlets, reasons or
the served report, new disputes never notified, and a served run told to pass a CLI flag. Real SQLite, real HTTP
on 127.0.0.1, the real monitor flow on Prefect's test harness where a run is involved."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from claimwatch import notify, review
from claimwatch.cli import main
from claimwatch.reports_http import ROOT_ENV, URL_ENV
from claimwatch.store import open_db
from extractors.http import SERVED_ENV, check_address
from settings.errors import FetchError
from reports.digest import build_digest, render_digest_md
from reports.model import Report
from reports.render import md_escape, render_html, render_markdown
from tests.test_notify import receiver, run_with_notify  # noqa: F401  (receiver: a fixture)
from tests.test_review import SCO, TRADE, add_run, by_claim, fake_finding, publish

RUMOUR = ("Iran has reportedly received its first Su-35 fighter jets from Russia, according to reports that neither "
          "government has confirmed.")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err



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



def test_walkfix23p_a_message_of_changes_and_disputes_counts_both_and_heads_the_disputes(tmp_path) -> None:
    """verify23 N4: the title and lead counted the changes only, and the disputes followed under "N tracked claims
    changed" with no heading of their own."""
    change = fake_finding("sco-membership", "changed", "observer", "full member", "http://127.0.0.1/c")
    dispute = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://127.0.0.1/d")
    for finding in (change, dispute):
        finding["new"] = True
    title, body = notify.message(Report.from_json({"run": {"id": "r1"}, "findings": [change, dispute]}), tmp_path)
    assert title == "claimwatch: 1 change, 1 new dispute (run r1)"
    lead, heading = body.index("1 tracked claim changed"), body.index("1 new contested report (disputed, not changed):")
    assert lead < body.index("- sco-membership") < heading < body.index("- su35-delivery")


def test_walkfix23p_the_digest_says_superseded_once() -> None:
    """verify23 N5: "(changed; superseded; superseded by finding …)" said it twice."""
    from reports.digest import status_words

    closed = {"status": "superseded", "superseded_by": "b9459da8fe74", "superseded_as": "a later change in its run"}
    assert status_words(closed) == "superseded by finding b9459da8fe74, a later change in its run; closed as history"
    assert status_words({**closed, "status": "open"}) == \
        "open; superseded by finding b9459da8fe74, a later change in its run"
    assert status_words({"status": "superseded"}) == "superseded"

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


# --- P1: a true earlier step the baseline moved past is closed as history, not as a false alarm

def trade(year: str, amount: float) -> dict:
    found = fake_finding("bilateral-trade", "changed", "$3.5–4 billion (2021)", f"${amount:g} billion ({year})",
                         f"http://x.test/trade-{year}")
    found["observed"].update(amount=amount * 1e9, period=year)
    found["evidence"] = {"cue": "reached", "dated_as_given": year}
    return found


def president(verdict: str, name: str, published: str) -> dict:
    found = fake_finding("iran-president", verdict, "Ebrahim Raisi", name, f"http://x.test/{verdict}-{name[:4]}")
    found["observed"]["published"] = published
    return found


def month_of_news(tmp_path: Path) -> tuple[str, dict[str, dict]]:
    """A built baseline and one run with three years' trade figures, an acting president the elected one
    superseded in the run, and a dispute of the elected one."""
    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db]) == 0
    found = {"2023": trade("2023", 4.0), "2024": trade("2024", 4.8), "2025": trade("2025", 5.4),
             "acting": president("changed", "Mohammad Mokhber", "2024-05-20"),
             "elected": president("changed", "Masoud Pezeshkian", "2024-07-06"),
             "rumour": president("disputed", "Masoud Pezeshkian", "2024-06-30")}
    found["acting"]["superseded_by"] = found["elected"]["id"]
    add_run(open_db(Path(db)), "20261201T000000-aaaaaa", datetime.now(timezone.utc) - timedelta(hours=1),
            list(found.values()))
    return db, found


def test_walkfix23p_earlier_true_steps_close_as_history_without_suppressing(tmp_path, capsys) -> None:
    db, found = month_of_news(tmp_path)
    code, out, _ = cli(capsys, "accept", found["2025"]["id"], "--db", db)
    assert code == 0 and "2 open findings of bilateral-trade the baseline has moved past" in out
    assert f"claimwatch supersede {found['2023']['id']}` (and {found['2024']['id']})" in out
    code, _, err = cli(capsys, "accept", found["2023"]["id"], "--db", db)  # still refused: it moves the baseline back
    assert code == 2 and f"claimwatch supersede {found['2023']['id']}" in err
    for step in ("2023", "2024"):
        code, out, _ = cli(capsys, "supersede", found[step]["id"], "--db", db)
        assert code == 0 and "closed as history; the baseline has moved past it" in out
    assert cli(capsys, "accept", found["elected"]["id"], "--db", db)[0] == 0
    code, out, _ = cli(capsys, "supersede", found["acting"]["id"], "--db", db)
    assert code == 0 and f"superseded by Masoud Pezeshkian (finding {found['elected']['id']}" in out
    code, out, _ = cli(capsys, "supersede", found["rumour"]["id"], "--db", db)
    assert code == 0 and "the dispute is settled: iran-president is Masoud Pezeshkian" in out
    database = open_db(Path(db))
    assert list(database["dismissed"].rows) == []  # history, not a false alarm: nothing suppressed
    assert cli(capsys, "findings", "--open", "--db", db)[1].strip() == "no open findings"
    listed = cli(capsys, "findings", "--superseded", "--db", db)[1]
    assert {line.split()[0] for line in listed.splitlines()} == {found[k]["id"] for k in
                                                                  ("2023", "2024", "acting", "rumour")}
    # the digest no longer calls them new in the period
    ids = ["20261201T000000-aaaaaa"]
    digest = build_digest(review.runs_between(database, datetime.now(timezone.utc) - timedelta(days=1),
                                              datetime.now(timezone.utc)),
                          review.findings_of(database, ids), [], datetime.now(timezone.utc) - timedelta(days=1),
                          datetime.now(timezone.utc))
    status = {f["id"]: f["status"] for c in digest["claims"] for f in c["findings"]}
    assert status[found["2023"]["id"]] == status[found["rumour"]["id"]] == "superseded"
    # a later run reporting it again: not new, "superseded before"; reopen makes it open again
    [again] = review.record_run(database, "20261202T000000-bbbbbb", [found["2024"]], [])
    assert again["new"] is False and again["review"] == "superseded"
    code, out, _ = cli(capsys, "reopen", found["2024"]["id"], "--db", db)
    assert code == 0 and "no longer superseded" in out
    assert found["2024"]["id"] in cli(capsys, "findings", "--open", "--db", db)[1]


def test_walkfix23p_supersede_refuses_what_the_baseline_has_not_moved_past(tmp_path, capsys) -> None:
    db, found = month_of_news(tmp_path)
    code, _, err = cli(capsys, "supersede", found["2024"]["id"], "--db", db)  # nothing accepted yet
    assert code == 2 and "is not behind the baseline" in err and "accept it, or dismiss it" in err
    assert cli(capsys, "accept", found["2024"]["id"], "--db", db)[0] == 0
    code, _, err = cli(capsys, "supersede", found["2025"]["id"], "--db", db)  # a later year: ahead, not behind
    assert code == 2 and "is not behind the baseline" in err
    # accepted and the baseline's value: nothing to supersede (it said "reopen first", after which supersede refused
    # too: verify23 N3, prod24)
    code, _, err = cli(capsys, "supersede", found["2024"]["id"], "--db", db)
    assert code == 2 and "nothing to supersede" in err and "reopen" not in err


# --- P2 and P7: several values of a claim in date order with the latest named; findings filters and dates

def test_walkfix23p_a_runs_several_figures_are_in_period_order_with_the_latest_named(tmp_path) -> None:
    figures = [trade("2024", 4.8), trade("2025", 5.4), trade("2023", 4.0)]
    for f in figures:
        f["new"] = True
    report = Report.from_json({"run": {"id": "r1"}, "findings": figures})
    markdown = render_markdown(report)
    order = [markdown.index(f"id `{f['id']}`") for f in (figures[2], figures[0], figures[1])]  # 2023, 2024, 2025
    assert order == sorted(order)
    assert "the latest of the 3 values of bilateral-trade in this run" in markdown
    assert markdown.count(md_escape(f"a later figure in this run: $5.4 billion (2025) (finding {figures[1]['id']}, "
                                    "the latest)")) == 2
    html = render_html(report)
    order = [html.index(f"finding <code>{f['id']}</code>") for f in (figures[2], figures[0], figures[1])]
    assert order == sorted(order)
    assert "A later figure in this run" in html
    # one value of a claim says nothing of the kind
    single = render_markdown(Report.from_json({"run": {"id": "r1"}, "findings": [figures[0]]}))
    assert "latest" not in single and "a later figure" not in single


def test_walkfix23p_the_digest_orders_a_claims_values_and_names_a_revision_as_such(tmp_path) -> None:
    db = open_db(tmp_path / "c.db")
    first, revised = trade("2025", 5.2), trade("2025", 5.4)
    revised["evidence"]["revision"] = True
    first["superseded_by"] = revised["id"]
    now = datetime.now(timezone.utc)
    add_run(db, "20261201T000000-aaaaaa", now - timedelta(hours=1), [revised, trade("2024", 4.8), first])
    digest = build_digest(review.runs_between(db, now - timedelta(days=1), now),
                          review.findings_of(db, ["20261201T000000-aaaaaa"]), [], now - timedelta(days=1), now)
    [claim] = digest["claims"]
    assert [f["now"] for f in claim["findings"]] == ["$4.8 billion (2024)", "$5.2 billion (2025)",
                                                     "$5.4 billion (2025)"]
    text = render_digest_md(digest)
    assert md_escape(f"superseded by finding {revised['id']}, a revised figure for 2025 in its run") in text
    assert "a later change in its run" not in text
    assert text.count("the latest of the period's values") == 1
    assert md_escape("$5.4 billion (2025)") + "** (changed; new in this period; the latest" in text


def test_walkfix23p_findings_filter_by_claim_and_verdict_and_show_the_date(tmp_path, capsys) -> None:
    db, found = month_of_news(tmp_path)
    capsys.readouterr()
    out = cli(capsys, "findings", "--claim", "iran-president", "--verdict", "disputed", "--db", db)[1]
    assert [line.split()[0] for line in out.splitlines()] == [found["rumour"]["id"]]
    out = cli(capsys, "findings", "--claim", "bilateral-trade", "--db", db)[1]
    assert len(out.splitlines()) == 3 and "(changed; figure for 2023;" in out
    assert "(changed; published 2024-05-20;" in cli(capsys, "findings", "--db", db)[1]
    assert cli(capsys, "findings", "--claim", "sco-membership", "--db", db)[1].strip() == \
        "no findings of sco-membership"
    code, out, err = cli(capsys, "findings", "--claim", "iran-presidnet", "--db", db)  # a typo is no empty answer
    assert code == 2 and not out and "no such claim" in err and "iran-president" in err
    with pytest.raises(SystemExit) as exited:  # argparse: changed or disputed
        main(["findings", "--verdict", "confirmed", "--db", db])
    assert exited.value.code == 2


def test_walkfix23p_a_run_after_runs_that_reported_nothing_counts_since_the_baseline(server, tmp_path,
                                                                                      prefect_harness) -> None:
    from tests.test_review import run

    quiet, _ = run(tmp_path, publish(server, {"a1": []}))  # read an article, reported nothing
    assert quiet["findings"] == [] and "first_run" in quiet["run"]
    report, folder = run(tmp_path, publish(server, {"a1": [], "b1": [SCO]}))
    assert report["run"].get("first_run") is True
    assert "change since the baseline" in (folder / "report.md").read_text(encoding="utf-8")
    again, folder = run(tmp_path, publish(server, {"a1": [], "b1": [SCO], "c1": [TRADE]}))
    assert "first_run" not in again["run"] and "since the last run" in (folder / "report.md").read_text()


def test_walkfix23p_a_confirmation_in_a_run_that_reports_the_claim_changed_says_it_is_older() -> None:
    old = fake_finding("iran-president", "confirmed", "Ebrahim Raisi", "Ebrahim Raisi", "http://x.test/2021")
    new = fake_finding("iran-president", "changed", "Ebrahim Raisi", "Masoud Pezeshkian", "http://x.test/2024")
    sco = fake_finding("sco-membership", "confirmed", "observer", "observer", "http://x.test/sco")
    report = Report.from_json({"run": {"id": "r1"}, "findings": [new, old, sco]})
    markdown = render_markdown(report)
    assert "Ebrahim Raisi (1 source) — older than this run's change to Masoud Pezeshkian" in markdown
    assert "older than" not in markdown.split("sco-membership: observer", 1)[1].split("\n", 1)[0]
    assert "Ebrahim Raisi (older than this run&#x27;s change to Masoud Pezeshkian)" in render_html(report) or \
        "Ebrahim Raisi (older than this run's change to Masoud Pezeshkian)" in render_html(report)


def test_walkfix23p_the_timeline_line_runs_forward_through_a_later_dated_baseline() -> None:
    from reports.timeline import timeline_svg

    points = [{"date": "2021-04", "value": "Hassan Rouhani", "verdict": "disputed", "url": "http://x.test/1",
               "title": "Old", "outlet": "Wire", "published": "2021-04-02"},
              {"date": "2024-07-06", "value": "Masoud Pezeshkian", "verdict": "changed", "url": "http://x.test/2",
               "title": "New", "outlet": "Wire", "published": "2024-07-06"}]
    svg = timeline_svg({"claim": "iran-president", "baseline": {"value": "Ebrahim Raisi", "as_of": "2022-01-25"},
                        "points": points, "lanes": ["Ebrahim Raisi", "Hassan Rouhani", "Masoud Pezeshkian"]})
    line = svg.split('<polyline points="', 1)[1].split('"', 1)[0]
    xs = [float(pair.split(",")[0]) for pair in line.split()]
    assert len(xs) == 3 and xs == sorted(xs)


def test_walkfix23p_claims_history_help_says_what_it_lists(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["claims", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "every later one where its value changed" in said and "every version of every claim" not in said
