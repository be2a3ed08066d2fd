"""Review across runs through the real monitor flow: only what is new is flagged, `accept` makes a new baseline
that later runs compare with, `dismiss` keeps a false alarm from coming back, and the digest spans runs."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from claimwatch import review
from claimwatch.cli import main
from claimwatch.store import open_db, to_json
from flows.monitor import monitor
from reports.model import Report
from reports.digest import build_digest, render_digest_md, summary
from reports.render import headline, md_escape, render_html, render_markdown
from reports.timeline import timeline_svg
from tests.conftest import article_html, rss

SCO = "Iran became a full member of the Shanghai Cooperation Organisation on 4 July 2023, officials said."
TRADE = "Trade between Russia and Iran reached 5 billion dollars in 2023, according to customs data."
PRESIDENT = "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Kazan on Wednesday."
FILLER = {"a": ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor between them.",
                "The Russian delegation said the talks covered rail freight, customs and payment systems."],
          "b": ["Diplomats from both capitals met again in Baku to review progress on the corridor.",
                "A joint commission is due to publish a timetable for the remaining work in the spring."],
          "c": ["Transport ministers from both countries are expected to meet again before the end of the year.",
                "Freight volumes on the corridor rose in the autumn, the operators said on their website."]}
SCO_AGAIN = "Iran has been a full member of the Shanghai Cooperation Organisation since 2023, the ministry said."


def publish(server, stories: dict[str, list[str]]) -> str:
    """One feed listing an article per story (name → statements); the filler keeps their texts distinct."""
    items = []
    for name, statements in stories.items():
        link = server.add(f"/a/{name}", article_html(f"Story {name}", statements + FILLER[name[0]],
                                                     published="2025-01-10T08:00:00+00:00"))
        items.append({"title": f"Story {name}", "link": link})
    return server.add("/feed.xml", rss(items), content_type="application/rss+xml")


def run(tmp_path: Path, feed: str) -> tuple[dict, Path]:
    folder = Path(monitor(feeds=[feed], db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True))
    return json.loads((folder / "report.json").read_text(encoding="utf-8")), folder


def by_claim(report: dict, verdict: str) -> dict[str, dict]:
    return {f["claim"]: f for f in report["findings"] if f["verdict"] == verdict}


def test_only_new_changes_are_flagged_and_a_dismissed_statement_never_comes_back(server, tmp_path, prefect_harness,
                                                                                  capsys):
    first, _ = run(tmp_path, publish(server, {"a1": [SCO, TRADE]}))
    changed = by_claim(first, "changed")
    assert {"sco-membership", "bilateral-trade"} <= set(changed)
    assert all(f["new"] and f["first_seen"] == first["run"]["id"] for f in changed.values())
    # The page names no site and the feed has no name in a feeds file: the outlet is the feed's own title.
    assert changed["sco-membership"]["observed"]["outlet"] == "Test wire"
    # A figure's highlight and cue are the figure as written, not the clause from the claim's anchor word to it.
    trade = changed["bilateral-trade"]
    assert trade["observed"]["highlight"] == trade["evidence"]["cue"] == "5 billion dollars"

    assert main(["dismiss", changed["sco-membership"]["id"], "--db", str(tmp_path / "c.db")]) == 0
    assert "1 statement will not be flagged again" in capsys.readouterr().out

    # The same two statements in another article, with other words around them.
    second, folder = run(tmp_path, publish(server, {"a1": [SCO, TRADE], "b1": [SCO, TRADE]}))
    assert second["run"]["counts"]["articles_new"] == 1
    assert "sco-membership" not in {f["claim"] for f in second["findings"]}  # dismissed: gone, in any verdict
    trade = by_claim(second, "changed")["bilateral-trade"]
    assert trade["id"] == changed["bilateral-trade"]["id"] and trade["new"] is False
    assert trade["first_seen"] == first["run"]["id"] and trade["observed"]["url"].endswith("/a/b1")
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert "**No new change since the last run" in markdown and "Reported in earlier runs:" in markdown
    assert f"first reported in run {first['run']['id']}" in markdown


def test_an_article_whose_page_names_no_site_is_cited_under_its_feeds_name(server, tmp_path, prefect_harness,
                                                                          capsys):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nname = "Caspian Desk — test"\nurl = "{publish(server, {"a1": [SCO]})}"\n',
                     encoding="utf-8")
    assert main(["run", "--feeds", str(feeds), "--allow-loopback", "--db", str(tmp_path / "c.db"),
                 "--reports", str(tmp_path / "r")]) == 0
    folder = tmp_path / "r" / capsys.readouterr().out.strip().splitlines()[-1].rsplit("/", 1)[-1]
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert by_claim(report, "changed")["sco-membership"]["observed"]["outlet"] == "Caspian Desk — test"
    assert "Caspian Desk — test" in (folder / "report.md").read_text(encoding="utf-8")


def dismissed_then_said_again(server, tmp_path: Path) -> tuple[str, dict, Path]:
    """A run reads SCO's change, the analyst dismisses it, and the next run reads it again in other words: the
    dismissed finding's id, the second run's finding (report.json's form) and that run's report folder."""
    first, _ = run(tmp_path, publish(server, {"a1": [SCO]}))
    sco = by_claim(first, "changed")["sco-membership"]["id"]
    assert main(["dismiss", sco, "--db", str(tmp_path / "c.db")]) == 0
    second, folder = run(tmp_path, publish(server, {"a1": [SCO], "c1": [SCO_AGAIN]}))
    return sco, by_claim(second, "changed")["sco-membership"], folder

def test_a_dismissed_finding_said_again_in_other_words_is_flagged_again(server, tmp_path, prefect_harness, capsys):
    """dismiss suppresses the statements it saw; another statement of the same value is flagged (README),
    under the same finding id, and is open until dismissed again."""
    db = str(tmp_path / "c.db")
    sco, again, folder = dismissed_then_said_again(server, tmp_path)
    assert again["id"] == sco and again["new"] is True and again["dismissed_before"] is True
    assert again["observed"]["url"].endswith("/a/c1") and len(again["sources"]) == 1
    assert "sco-membership**: observer → **full member** (dismissed before)" in (folder / "report.md").read_text()
    assert [f["id"] for f in review.list_findings(open_db(db), "open")] == [sco]
    capsys.readouterr()
    assert main(["dismiss", sco, "--db", db]) == 0 and "1 statement will not be flagged again" in capsys.readouterr().out
    third, _ = run(tmp_path, publish(server, {"a1": [SCO], "c1": [SCO_AGAIN], "c2": [SCO_AGAIN]}))
    assert "sco-membership" not in {f["claim"] for f in third["findings"]}


def test_accept_makes_a_new_baseline_that_the_next_run_compares_with(server, tmp_path, prefect_harness, capsys):
    db = str(tmp_path / "c.db")
    first, _ = run(tmp_path, publish(server, {"a1": [SCO, TRADE, PRESIDENT]}))
    changed = by_claim(first, "changed")
    accepted = {"sco-membership": "full member", "bilateral-trade": "$5 billion (2023)",
                "iran-president": "Masoud Pezeshkian"}
    assert {c: changed[c]["observed"]["value"] for c in accepted} == accepted
    for claim in accepted:  # a status (ordered), a quantity, a person
        assert main(["accept", changed[claim]["id"], "--db", db]) == 0
    assert main(["accept", changed["sco-membership"]["id"], "--db", db]) == 0  # twice: no second version
    out = capsys.readouterr().out
    assert "baseline version 4" in out and f"finding {changed['sco-membership']['id']} was already accepted" in out

    assert main(["claims", "--db", db, "--history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "# baseline version 4"
    current = dict(line.split("\t", 1) for line in lines[1:] if "\t" in line and "\tv" not in line)
    assert {c: current[c] for c in accepted} == accepted
    history = [line.split("\t") for line in lines if line.startswith("sco-membership\tv")]
    assert [(h[1], h[3], h[4]) for h in history] == [
        ("v1", "build", "observer"), ("v2", f"accepted {changed['sco-membership']['id']}", "full member")]
    base = review.load_finding(open_db(db), changed["bilateral-trade"]["id"])  # provenance: the article
    stored = json.loads(next(sqlite_utils.Database(db).query(
        "select data from baseline_claims where version = 4 and claim = 'bilateral-trade'"))["data"])
    assert stored["quotes"][0]["source"] == base["observed"]["url"] and stored["quotes"][0]["quote"] == TRADE
    assert (stored["period"], stored["low"], stored["high"], stored["disputed"]) == ("2023", 5e9, 5e9, False)

    second, _ = run(tmp_path, publish(server, {"a1": [SCO, TRADE, PRESIDENT], "b1": [SCO, TRADE, PRESIDENT]}))
    assert second["run"]["baseline_version"] == 4
    assert not set(accepted) & set(by_claim(second, "changed"))
    confirmed = by_claim(second, "confirmed")
    assert {c: confirmed[c]["observed"]["value"] for c in accepted if c in confirmed} == accepted


def test_accept_and_dismiss_of_an_unknown_finding_fail_with_one_line(tmp_path, capsys):
    open_db(tmp_path / "c.db")
    for command in ("accept", "dismiss"):
        assert main([command, "0123456789ab", "--db", str(tmp_path / "c.db")]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "unknown finding id '0123456789ab'" in err[0]
    assert main(["accept", "x", "--db", str(tmp_path / "missing.db")]) == 2
    assert not (tmp_path / "missing.db").exists()


def fake_finding(claim: str, verdict: str, was: str, now: str, url: str) -> dict:
    observed = {"value": now, "quote": f"They say {now}.", "url": url, "title": f"About {claim}",
                "published": "2026-01-01", "highlight": now}
    return {"id": hashlib.sha1(f"{claim}|{verdict}|{now}".encode()).hexdigest()[:12], "claim": claim,
            "verdict": verdict, "baseline": {"value": was, "quote": "", "source": "s.txt"}, "observed": observed,
            "confidence": 0.9, "question": f"What about {claim}?", "sources": [dict(observed, confidence=0.9)]}


def add_run(db, run_id: str, started: datetime, findings: list[dict], read: bool = True) -> None:
    counts = {"entries_seen": 1, "articles_new": 1, "articles_relevant": 1, "errors": 0} if read else \
        {"entries_seen": 0, "articles_new": 0, "articles_relevant": 0, "errors": 12}  # every feed failed
    db["runs"].insert({"id": run_id, "started_at": started.isoformat(timespec="seconds"), "status": "completed",
                       "finished_at": started.isoformat(timespec="seconds"), "feeds": "[]", "report_dir": "",
                       "counts": to_json(counts)})
    review.record_run(db, run_id, findings, [{"statement": f"Development of {run_id}", "url": "http://x.test/d",
                                              "title": "D", "published": "2026-01-01", "score": 0.5}])


def test_digest_covers_exactly_the_runs_in_range(tmp_path, capsys):
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc)
    sco = fake_finding("sco-membership", "changed", "observer", "full member", "http://x.test/1")
    add_run(db, "old", now - timedelta(days=8), [fake_finding("s400-sale", "changed", "no", "yes", "http://x.test/0")])
    add_run(db, "edge", now - timedelta(days=6, hours=23), [sco])
    add_run(db, "recent", now - timedelta(hours=2),
            [sco, fake_finding("iran-president", "confirmed", "A", "A", "http://x.test/2")])

    def digest(since: str) -> tuple[dict, str]:
        assert main(["report", "--since", since, "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")]) == 0
        folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
        assert {p.name for p in folder.iterdir()} == {"digest.json", "digest.md", "digest.html"}
        return json.loads((folder / "digest.json").read_text()), (folder / "digest.md").read_text()

    week, markdown = digest("7d")
    assert [r["id"] for r in week["runs"]] == ["edge", "recent"]
    assert [c["claim"] for c in week["claims"]] == ["sco-membership"]  # s400-sale was only in the old run
    assert week["claims"][0]["findings"][0]["runs"] == ["edge", "recent"]
    assert [(c["claim"], c["runs"]) for c in week["confirmed"]] == [("iran-president", ["recent"])]
    assert [d["run_id"] for d in week["new_developments"]] == ["edge", "recent"]
    assert "### sco-membership" in markdown and "runs edge, recent" in markdown and "s400" not in markdown
    assert "- edge — started" in markdown and "- old — started" not in markdown
    assert "1 entry, 1 new article (1 relevant), 0 errors" in markdown  # counts in the singular where they are 1

    assert [r["id"] for r in digest("9d")[0]["runs"]] == ["old", "edge", "recent"]
    assert [r["id"] for r in digest((now - timedelta(days=1)).isoformat())[0]["runs"]] == ["recent"]
    quiet, quiet_md = digest("1h")
    assert quiet["runs"] == [] and "No run started in this period, so no change could be seen." in quiet_md
    assert main(["report", "--since", "last tuesday", "--db", str(tmp_path / "c.db")]) == 2
    assert "--since 'last tuesday'" in capsys.readouterr().err


def test_a_digest_of_runs_that_read_nothing_is_no_all_clear(tmp_path, capsys):
    """A week of runs whose feeds all failed says no change could be seen, not "No tracked claim changed"."""
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc)
    add_run(db, "dead1", now - timedelta(days=2), [], read=False)
    add_run(db, "dead2", now - timedelta(days=1), [], read=False)
    assert main(["report", "--since", "7d", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")]) == 0
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    markdown, page = (folder / "digest.md").read_text(), (folder / "digest.html").read_text()
    said = "No new article about the tracked claims was read in these runs, so no change could be seen"
    assert said in markdown and said in page and "No tracked claim changed" not in markdown + page
    assert markdown.count("0 entries, 0 new articles (0 relevant), 12 errors (no feed entry was read)") == 2
    add_run(db, "alive", now - timedelta(hours=1), [])  # one run that read something: a real all-clear
    assert main(["report", "--since", "7d", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r2")]) == 0
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert "No tracked claim changed in these runs." in (folder / "digest.md").read_text()


def test_the_digest_says_of_each_run_what_its_own_report_says(tmp_path, capsys):
    """A run whose feeds all failed is "failed" with its report's reason, not "completed" (walk19), and a run whose
    every feed answered 304 is marked as having had nothing new."""
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc)
    add_run(db, "dead", now - timedelta(days=2), [], read=False)
    db["runs"].update("dead", {"status": "failed", "failure": "no feed could be read: 1 answered HTTP 404"})
    add_run(db, "quiet", now - timedelta(days=1), [], read=False)
    db["runs"].update("quiet", {"feeds": to_json(["http://x.test/a", "http://x.test/b"]), "feeds_not_modified": 2,
                                "counts": to_json({"entries_seen": 0, "articles_new": 0, "articles_relevant": 0,
                                                   "errors": 0})})
    assert main(["report", "--since", "7d", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")]) == 0
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    markdown, page = (folder / "digest.md").read_text(), (folder / "digest.html").read_text()
    assert ", failed \\(no feed could be read: 1 answered HTTP 404\\): 0 entries" in markdown  # md-escaped
    assert "completed" not in markdown.split("- dead — started", 1)[1].split("\n")[0]
    assert "(nothing new: every feed answered HTTP 304 Not Modified)" in markdown.split("- quiet — started", 1)[1]
    assert "1 run failed as a whole." in markdown and "failed (no feed could be read: 1 answered HTTP 404)" in page


def test_runs_of_one_second_are_taken_in_the_order_they_were_recorded(tmp_path):
    """Run ids give the second and a random part: a later run of the same second may sort first by id."""
    db = open_db(tmp_path / "c.db")
    sco = fake_finding("sco-membership", "changed", "observer", "full member", "http://x.test/1")
    review.record_run(db, "20260101T000000-ffffff", [sco], [])
    review.mark(db, sco["id"], "dismissed")
    [again] = review.record_run(db, "20260101T000000-000000", [sco], [])
    assert again["new"] is True and again["dismissed_before"] is True and "review" not in again
    assert again["first_seen"] == "20260101T000000-ffffff" and review.decision(db, sco["id"]) is None


CARDS = ("Russia and Iran signed an agreement on Monday to link their Mir and Shetab payment card networks, the two "
         "central banks said.")
SATELLITES = "A Russian Soyuz rocket launched two Iranian satellites into orbit from the Vostochny cosmodrome on Monday."


def test_a_development_listed_by_an_earlier_run_is_not_listed_again(server, tmp_path, prefect_harness):
    # A syndicated copy (another URL, the same sentence) the next night is not new; another development is.
    first, _ = run(tmp_path, publish(server, {"a1": [CARDS]}))
    assert [d["statement"] for d in first["new_developments"]] == [CARDS]
    second, _ = run(tmp_path, publish(server, {"b1": [CARDS], "c1": [SATELLITES]}))
    assert [d["statement"] for d in second["new_developments"]] == [SATELLITES]
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert sorted(r["statement"] for r in db.query("select statement from developments")) == sorted([CARDS, SATELLITES])


def test_dismiss_covers_every_statement_of_the_value_in_its_articles(server, tmp_path, prefect_harness, capsys):
    """An article saying the dismissed value twice (a headline and a lead): the finding quotes one sentence, and a
    copy of the article stating it in the other sentence only does not bring the finding back (sixth walk)."""
    db = str(tmp_path / "c.db")
    first, _ = run(tmp_path, publish(server, {"a1": [SCO, SCO_AGAIN]}))
    sco = by_claim(first, "changed")["sco-membership"]
    assert len(sco["sources"]) == 1
    assert main(["dismiss", sco["id"], "--db", db]) == 0
    assert "2 statements will not be flagged again" in capsys.readouterr().out
    second, _ = run(tmp_path, publish(server, {"a1": [SCO, SCO_AGAIN], "c1": [SCO_AGAIN]}))
    assert second["run"]["counts"]["articles_new"] == 1
    assert "sco-membership" not in {f["claim"] for f in second["findings"]}


def dismissed_then_denied(tmp_path, verdict: str) -> tuple[Any, dict, dict]:
    """A database where the analyst dismissed an su35-delivery finding of `verdict` with the value "delivered"
    (run 1), and a later denial of that value (a dispute, evidence `denied`), not yet recorded."""
    db = open_db(tmp_path / "c.db")
    dismissed = fake_finding("su35-delivery", verdict, "not delivered", "delivered", "http://x.test/1")
    review.record_run(db, "20260101T000000-aaaaaa", [dismissed], [])
    review.mark(db, dismissed["id"], "dismissed")
    denial = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/2")
    denial["evidence"] = {"cue": "delivered", "negated": False, "hedged": True, "attributed": False,
                          "future": False, "past": False, "dated": None, "denied": True, "why": "denied: 'denied'"}
    return db, dismissed, denial


def test_a_denial_of_a_value_the_analyst_dismissed_is_no_news(tmp_path):
    """An analyst dismissed "delivered" as a false alarm; a later article's denial of it ("Moscow denied it had
    delivered the jets") is a dispute of that same value: it says what the analyst decided, so it is not flagged
    (not new, marked dismissed, listed apart in the report), while a hedged report of the value still is."""
    db, claimed, denial = dismissed_then_denied(tmp_path, "changed")
    hedged = dict(denial, id="0123456789ab", evidence=dict(denial["evidence"], denied=False, why="hedged"))
    marked = review.record_run(db, "20260102T000000-bbbbbb", [denial, hedged], [])
    assert (marked[0]["new"], marked[0]["review"], marked[0]["denies_dismissed"]) == (False, "dismissed", claimed["id"])
    assert marked[1]["new"] is True and "denies_dismissed" not in marked[1]
    assert review.decision(db, denial["id"])["status"] == "dismissed"
    assert {f["id"] for f in review.list_findings(db, "open")} == {"0123456789ab"}
    report = Report.from_json({"schema": "claimwatch.report/1", "findings": marked, "new_developments": [],
                               "errors": [], "run": {"id": "r2", "started_at": "", "finished_at": "", "feeds": [],
                                                     "counts": {}}})
    markdown = render_markdown(report)
    assert headline(report).endswith("1 disputed finding, 0 confirming statements, 0 new developments, 0 errors.")
    found = [{"id": f["id"], "run_id": "20260102T000000-bbbbbb", "claim": f["claim"], "verdict": f["verdict"],
              "observed_value": f["observed"]["value"], "first_seen": f["first_seen"],
              "status": "dismissed" if f.get("denies_dismissed") else "new", "data": json.dumps(f)} for f in marked]
    since = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert "1 disputed statement," in summary(build_digest([], found, [], since, since + timedelta(days=2)))
    assert "Denials of values dismissed before (no news):" in markdown
    assert f"su35-delivery: delivered denied — you dismissed that value (finding `{claimed['id']}`)" in markdown
    assert f"denies a value dismissed in finding {claimed['id']}" in render_html(report)
    review.reopen(db, claimed["id"])  # the dismissal undone: a denial of the value is a dispute again
    assert review.record_run(db, "20260103T000000-cccccc", [denial], [])[0].get("denies_dismissed") is None


def test_a_denial_after_a_dismissed_dispute_of_the_same_value_stays_dismissed(tmp_path):
    """The analyst dismissed a disputed report ("state media said the jets arrived"); a later denial of the value
    is a dispute of it too, so the engine gives it the same finding id. It agrees with the analyst: no news, and
    the dismissal stands (walk13: it came back as an open dispute)."""
    db, rumour, denial = dismissed_then_denied(tmp_path, "disputed")
    assert denial["id"] == rumour["id"]
    marked = review.record_run(db, "20260102T000000-bbbbbb", [denial], [])
    assert (marked[0]["new"], marked[0]["denies_dismissed"]) == (False, rumour["id"])
    assert review.decision(db, rumour["id"])["status"] == "dismissed"
    assert review.list_findings(db, "open") == []
    # recording the same run again finds the dismissal of the earlier run, not its own row
    assert review.record_run(db, "20260102T000000-bbbbbb", [denial], [])[0]["denies_dismissed"] == rumour["id"]


def test_the_digest_counts_no_denial_as_a_source_of_the_value_it_denies(tmp_path):
    """A week with a dismissed report that the jets were delivered, then a denial of the delivery: the digest keeps
    one source for "delivered" (the report) and lists the denial apart as no news (walk19: it counted the denial
    as a second source for the value it denies)."""
    db, rumour, denial = dismissed_then_denied(tmp_path, "disputed")
    review.record_run(db, "20260102T000000-bbbbbb", [denial], [])
    since = datetime(2026, 1, 1, tzinfo=timezone.utc)
    digest = build_digest([], review.findings_of(db, ["20260101T000000-aaaaaa", "20260102T000000-bbbbbb"]), [],
                          since, since + timedelta(days=7))
    reported, denied = digest["claims"][0]["findings"]
    assert [s["url"] for s in reported["sources"]] == ["http://x.test/1"] and reported["status"] == "dismissed"
    assert denied["denies_dismissed"] == rumour["id"] and [s["url"] for s in denied["sources"]] == ["http://x.test/2"]
    markdown = render_digest_md(digest)
    assert "not delivered → **delivered** (disputed; dismissed)" in markdown and "2 sources" not in markdown
    assert f"delivered denied — you dismissed that value (finding {rumour['id']})" in markdown
    assert "1 disputed statement," in summary(digest)  # the report; the denial is no news


def test_a_revised_figure_names_the_figure_an_earlier_run_reported_for_its_period(tmp_path):
    """walk19: customs' revision of the 2024 trade figure in one run was not linked to the 2024 figure an earlier run
    had reported (superseded_by relates the figures of one run only)."""
    db = open_db(tmp_path / "c.db")

    def figure(value: str, amount: float, revision: bool) -> dict:
        found = fake_finding("bilateral-trade", "changed", "$3.5–4 billion (2021)", value, "http://x.test/t")
        found["observed"].update(amount=amount, period="2024")
        found["evidence"] = {"cue": "reached", "revision": revision}
        return found

    first = figure("$4.8 billion (2024)", 4.8e9, False)
    review.record_run(db, "20260101T000000-aaaaaa", [first], [])
    [revised, other] = review.record_run(db, "20260102T000000-bbbbbb", [figure("$5.1 billion (2024)", 5.1e9, True),
                                                                         figure("$4.9 billion (2024)", 4.9e9, False)],
                                         [])
    assert revised["revises"] == [{"id": first["id"], "value": "$4.8 billion (2024)", "run": "20260101T000000-aaaaaa"}]
    assert "revises" not in other  # not given as a correction: no link
    report = Report.from_json({"schema": "claimwatch.report/1", "findings": [revised], "new_developments": [],
                               "errors": [], "run": {"id": "r2", "started_at": "", "finished_at": "", "feeds": [],
                                                     "counts": {}}})
    said = (f"revises the figure for 2024 that an earlier run reported: $4.8 billion (2024) (finding {first['id']}, "
            "run 20260101T000000-aaaaaa)")
    assert md_escape(said) in render_markdown(report) and said[1:] in render_html(report)


def test_timelines_follow_the_catalogue_and_place_a_statement_at_the_date_it_gives(tmp_path):
    """Timelines come in the catalogue's order of claims whatever the verdicts, their lanes in a fixed order
    (a status claim's states as the catalogue lists them, figures by period), and a point at the date its
    statement gives ("in 2024"), not at its article's date."""
    from baseline.catalogue import load_catalogue

    db = open_db(tmp_path / "c.db")
    trade = fake_finding("bilateral-trade", "changed", "$4 billion (2021)", "$5 billion (2024)", "http://x.test/t")
    trade["observed"].update(amount=5e9, period="2024")
    trade["sources"][0].update(dated="2024-01-01", dated_as_given="2024", date_precision="year")
    old = fake_finding("bilateral-trade", "disputed", "$4 billion (2021)", "$4.6 billion (2023)", "http://x.test/o")
    old["observed"].update(amount=4.6e9, period="2023", published="2026-02-01")
    old["sources"][0]["published"] = "2026-02-01"
    sco = fake_finding("sco-membership", "disputed", "full member", "observer", "http://x.test/s")
    sco2 = fake_finding("sco-membership", "disputed", "full member", "accession in progress", "http://x.test/s2")
    sco2["sources"][0]["published"] = "2025-06-01"
    review.record_run(db, "20260101T000000-aaaaaa", [trade, old], [])
    findings = review.record_run(db, "20260102T000000-bbbbbb", [trade, sco, sco2], [])
    lines = review.timelines(db, findings, load_catalogue())
    assert [t["claim"] for t in lines] == ["sco-membership", "bilateral-trade"]  # the catalogue's order
    assert lines[0]["lanes"] == ["full member", "observer", "accession in progress"]
    assert lines[1]["lanes"] == ["$4 billion (2021)", "$4.6 billion (2023)", "$5 billion (2024)"]
    point = next(p for p in lines[1]["points"] if p["value"] == "$5 billion (2024)")
    assert (point["date"], point["stated"], point["published"]) == ("2024", "2024", "2026-01-01")
    svg = timeline_svg(lines[1])
    root = ET.fromstring(svg)
    circles = {c.find("{http://www.w3.org/2000/svg}title").text.split(":")[0]: float(c.get("cx"))
               for c in root.iter("{http://www.w3.org/2000/svg}circle")}
    # "2024" sits in the middle of 2024, before the article of 2026-02-01 stating the 2023 figure
    assert circles["2024"] < circles["2026-02-01"]
    assert "2024: changed — $5 billion (2024)" in svg and "article of 2026-01-01" in svg


def test_a_report_without_the_history_places_its_points_as_the_history_does(tmp_path):
    """A report rendered from report.json alone (no findings history: render.derived_timelines) places a point
    where review.timelines places it: at the date its statement gives, not at its article's date. The two
    built their points separately, and the one-run timeline put "in 2024" at the article of 2026."""
    from reports.render import derived_timelines

    db = open_db(tmp_path / "c.db")
    trade = fake_finding("bilateral-trade", "changed", "$4 billion (2021)", "$5 billion (2024)", "http://x.test/t")
    trade["observed"].update(amount=5e9, period="2024")
    trade["sources"][0].update(dated="2024-01-01", dated_as_given="2024", date_precision="year")
    findings = review.record_run(db, "20260101T000000-aaaaaa", [trade], [])
    history = review.timelines(db, findings)[0]["points"]
    one_run = derived_timelines(Report.from_json({"schema": "claimwatch.report/1", "findings": findings,
                                                  "new_developments": [], "errors": [],
                                                  "run": {"id": "r", "started_at": "", "finished_at": "",
                                                          "feeds": [], "counts": {}}}))[0]["points"]
    assert [(p["date"], p["stated"], p["published"], p["value"]) for p in one_run] == \
        [(p["date"], p["stated"], p["published"], p["value"]) for p in history] == \
        [("2024", "2024", "2026-01-01", "$5 billion (2024)")]
