"""The monitor flow end to end against a real HTTP server on 127.0.0.1 and a real Prefect harness."""

import json
from datetime import datetime

import pytest
import sqlite_utils

from claimwatch.cli import main
from flows.monitor import monitor
from tests.conftest import article_html, atom, rfc822, rss

PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor linking the two countries.",
         "The Russian delegation said the talks covered rail freight, customs procedures and payment systems.",
         "Iran's roads minister told reporters that both sides hoped to agree on a timetable before the summer."]


def publish(server, n, prefix="/news", etag=None, path="/feed.xml"):
    items = []
    for i in range(n):
        link = server.add(f"{prefix}/{i}", article_html(f"Story {i}", [f"Story number {i}."] + PARAS))
        items.append({"title": f"Story {i}", "link": link + "?utm_source=rss", "pubDate": rfc822(i)})
    return server.add(path, rss(items), content_type="application/rss+xml", etag=etag)


def run(feeds, tmp_path):
    folder = monitor(feeds=feeds, db=str(tmp_path / "c.db"), reports=str(tmp_path / "reports"), allow_loopback=True)
    return json.loads((tmp_path / "reports" / folder.rsplit("/", 1)[-1] / "report.json").read_text())


def articles(tmp_path):
    return list(sqlite_utils.Database(tmp_path / "c.db").query("select * from articles order by id"))


def test_new_entries_are_stored_once_and_a_second_run_fetches_nothing(server, tmp_path, prefect_harness):
    feed = publish(server, 3, etag='"v1"')
    first = run([feed], tmp_path)
    assert first["schema"] == "claimwatch.report/1"
    assert first["run"]["counts"] == {"entries_seen": 3, "articles_new": 3, "articles_relevant": 3, "errors": 0}
    stored = articles(tmp_path)
    assert sorted(a["url"] for a in stored) == [server.url(f"/news/{i}?utm_source=rss") for i in range(3)]
    assert all("transport corridor" in a["text"] and a["title"].startswith("Story") for a in stored)
    page_hits = sum(server.hits(f"/news/{i}?utm_source=rss") for i in range(3))

    # run.timings: seconds per stage, measured by the run itself; every stage that did work took time.
    timings = first["run"]["timings"]
    assert list(timings) == ["setup", "feeds", "pages", "fetch", "extract", "store", "analyse", "report"]
    assert all(timings[s] > 0 for s in ("setup", "feeds", "pages", "fetch", "extract", "store", "report"))
    assert timings["store"] <= timings["pages"]  # the flow thread records pages inside the pages stage
    # the stages that follow one another fit between started_at and finished_at (whole seconds): setup included
    span = (datetime.fromisoformat(first["run"]["finished_at"]) - datetime.fromisoformat(first["run"]["started_at"]))
    assert sum(timings[s] for s in ("setup", "feeds", "pages", "analyse", "report")) <= span.total_seconds() + 1

    second = run([feed], tmp_path)
    assert second["run"]["counts"]["articles_new"] == 0
    assert second["run"]["timings"]["fetch"] == 0 and second["run"]["timings"]["store"] == 0  # nothing new
    assert server.requests[-1][1].get("if-none-match") == '"v1"'  # conditional GET, answered 304
    assert second["run"]["feeds_not_modified"] == 1  # marked: nothing new was published (walk19)
    markdown = (tmp_path / "reports" / second["run"]["id"] / "report.md").read_text(encoding="utf-8")
    assert "Nothing new was published since the last run (every feed answered HTTP 304 Not Modified)" in markdown
    assert "- Feeds: 1 (1 unchanged since the last run: HTTP 304 Not Modified)" in markdown
    assert sum(server.hits(f"/news/{i}?utm_source=rss") for i in range(3)) == page_hits
    assert len(articles(tmp_path)) == 3


def test_unchanged_feed_without_validators_stores_nothing_new(server, tmp_path, prefect_harness):
    feed = publish(server, 2)
    run([feed], tmp_path)
    again = run([feed], tmp_path)
    assert again["run"]["counts"]["entries_seen"] == 2 and again["run"]["counts"]["articles_new"] == 0
    assert len(articles(tmp_path)) == 2


def test_an_entry_in_two_feeds_is_stored_once(server, tmp_path, prefect_harness):
    link = server.add("/shared-story", article_html("Shared", PARAS))
    feed_a = server.add("/a.xml", rss([{"title": "Shared", "link": link + "?utm_campaign=a"}]))
    feed_b = server.add("/b.xml", atom([{"title": "Shared", "link": link + "#comments"}]),
                        content_type="application/atom+xml")
    report = run([feed_a, feed_b], tmp_path)
    assert report["run"]["counts"]["articles_new"] == 1
    assert len(articles(tmp_path)) == 1


def test_a_dead_link_is_recorded_and_the_run_completes(server, tmp_path, prefect_harness):
    good = server.add("/good", article_html("Good", PARAS))
    feed = server.add("/feed.xml", rss([{"title": "Good", "link": good},
                                        {"title": "Gone", "link": server.url("/gone")}]))
    report = run([feed], tmp_path)
    assert report["run"]["counts"]["articles_new"] == 1 and report["run"]["counts"]["errors"] == 1
    # A 404 may be a link resolved wrongly or a page not live yet: tried by a later run, not within this one.
    assert report["errors"] == [{"url": server.url("/gone"), "stage": "fetch",
                                 "message": "HTTP 404 (attempt 1 of 2: tried again by a later run)"}]
    assert server.hits("/gone") == 1


def test_page_date_precedence_metadata_then_feed_never_body_text(server, tmp_path, prefect_harness):
    body_dated = PARAS + ["The first talks on the idea were held on January 1, 2016, in Baku."]
    with_meta = server.add("/meta", article_html("Meta", PARAS, published="2024-03-05T09:00:00+00:00"))
    no_meta = server.add("/nometa", article_html("No meta", body_dated))
    feed = server.add("/feed.xml", rss([
        {"title": "Meta", "link": with_meta, "pubDate": "Fri, 01 Mar 2024 10:00:00 GMT"},
        {"title": "No meta", "link": no_meta, "pubDate": "Wed, 01 May 2024 10:00:00 GMT"}]))
    run([feed], tmp_path)
    dates = {a["title"]: (a["published"][:10], a["date_source"]) for a in articles(tmp_path)}
    assert dates == {"Meta": ("2024-03-05", "page"), "No meta": ("2024-05-01", "feed")}


def test_malformed_feed_is_read_with_a_warning(server, tmp_path, prefect_harness):
    good = server.add("/good", article_html("Good", PARAS))
    feed = server.add("/feed.xml", rss([{"title": "Tom & Jerry", "link": good}]))
    report = run([feed], tmp_path)
    assert report["run"]["counts"]["articles_new"] == 1 and report["errors"] == []
    assert report["warnings"][0]["url"] == feed and "malformed" in report["warnings"][0]["message"]


def test_cli_run_offline_feeds_says_so_and_writes_a_report(tmp_path, capsys, prefect_harness):
    # A closed port on loopback stands in for an unreachable outlet.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["run", "--feed", f"http://127.0.0.1:{port}/rss", "--allow-loopback",
                 "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "reports")])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0  # the run failed as a whole (tests/test_outcome.py) yet completed: its report is written
    assert "no feed could be reached" in out[-2]
    report = json.loads((tmp_path / "reports" / out[-1].rsplit("/", 1)[-1] / "report.json").read_text())
    assert report["errors"][0]["stage"] == "feed" and "connection failed" in report["errors"][0]["message"]


def test_loopback_is_refused_unless_allowed(server, tmp_path, prefect_harness):
    feed = publish(server, 1)
    state = monitor(feeds=[feed], db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), return_state=True)
    folder = state.result(raise_on_failure=False)  # the only feed refused: the run failed, its report written
    report = json.loads((tmp_path / "r" / folder.rsplit("/", 1)[-1] / "report.json").read_text())
    assert "loopback" in report["errors"][0]["message"] and server.requests == []
