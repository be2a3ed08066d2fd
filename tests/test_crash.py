"""Crash safety: a `claimwatch run` process killed with SIGKILL in the middle of its work loses nothing. The
next run stores every article exactly once, and an entry seen but not yet stored is fetched then."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL

from flows.monitor import monitor
from tests.conftest import article_html, rss
from tests.test_reliability import tally

ROOT = Path(__file__).resolve().parents[1]
PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor linking the two countries.",
         "The Russian delegation said the talks covered rail freight, customs procedures and payment systems."]


def blocking(release, arrived, body):
    """A route that answers only when the test releases it."""
    def handler(h):
        arrived.set()
        release.wait(60)
        try:
            h.send_plain(200, body)
        except OSError:
            pass  # the client died meanwhile
    return handler


def start_run(feed, tmp_path):
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(),  # the test harness's server: no ephemeral one
           "CLAIMWATCH_LOOPBACK_ONLY": "1"}
    log = open(tmp_path / "run.log", "wb")  # a file, not a pipe: a full pipe would stall the run
    process = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "run", "--feed", feed, "--allow-loopback",
                                "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "r")],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    process.log = tmp_path / "run.log"
    return process


def query(tmp_path, sql):
    conn = sqlite3.connect(tmp_path / "c.db", timeout=30)
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def wait_for(condition, process, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if process.poll() is not None:
            pytest.fail(f"run exited early ({process.returncode}): {process.log.read_text()[-2000:]}")
        time.sleep(0.05)
    process.kill()
    pytest.fail("the run never reached the point to kill it")


def kill(process):
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL


def stored_count(tmp_path):
    try:
        return query(tmp_path, "select count(*) n from articles")[0]["n"]
    except sqlite3.OperationalError:  # not created yet
        return 0


def rerun(tmp_path, feed):
    folder = monitor(feeds=[feed], db=str(tmp_path / "c.db"), reports=str(tmp_path / "r2"), allow_loopback=True)
    return json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))


def lost(tmp_path, pages):
    return len(set(pages) - {a["url"] for a in query(tmp_path, "select url from articles")})


def assert_everything_stored_once(tmp_path, server, pages):
    articles = query(tmp_path, "select url, count(*) n from articles group by url")
    assert sorted(a["url"] for a in articles) == sorted(pages) and all(a["n"] == 1 for a in articles)
    assert {r["status"] for r in query(tmp_path, "select status from entries")} == {"stored"}
    assert len(query(tmp_path, "select key from entries")) == len(pages)
    assert query(tmp_path, "pragma integrity_check")[0]["integrity_check"] == "ok"


def test_killed_while_fetching_pages_the_next_run_stores_the_rest_once(server, tmp_path, prefect_harness,
                                                                        record_property):
    release, arrived = threading.Event(), threading.Event()
    pages = [server.add(f"/news/{i}", article_html(f"Story {i}", [f"Story {i}."] + PARAS)) for i in range(6)]
    story3 = article_html("Story 3", ["Story 3."] + PARAS)
    server.add("/news/3", b"", handler=blocking(release, arrived, story3.encode()))
    feed = server.add("/feed.xml", rss([{"title": f"Story {i}", "link": p} for i, p in enumerate(pages)]), etag='"v1"')
    try:
        process = start_run(feed, tmp_path)
        wait_for(lambda: arrived.is_set() and stored_count(tmp_path) == 5, process)
        kill(process)
        # Killed mid-run: five articles committed, the sixth entry written down as pending, nothing half-done.
        status = {r["url"]: r["status"] for r in query(tmp_path, "select url, status from entries")}
        assert status == {**{p: "stored" for p in pages}, pages[3]: "pending"}
        assert query(tmp_path, "select status from runs") == [{"status": "running"}]
    finally:
        release.set()
    server.add("/news/3", story3)

    report = rerun(tmp_path, feed)
    tally(record_property, cases=1, survived=int(report["errors"] == []), lost=lost(tmp_path, pages))
    assert report["run"]["counts"]["articles_new"] == 1 and report["errors"] == []
    assert [h for p, h in server.requests if p == "/feed.xml"][-1].get("if-none-match") == '"v1"'  # answered 304
    assert {p: server.hits(p.replace(server.base, "")) for p in pages} == {p: 1 + (p == pages[3]) for p in pages}
    assert_everything_stored_once(tmp_path, server, pages)
    assert rerun(tmp_path, feed)["run"]["counts"]["articles_new"] == 0


def test_killed_while_reading_the_feed_the_next_run_gets_every_entry(server, tmp_path, prefect_harness,
                                                                      record_property):
    release, arrived = threading.Event(), threading.Event()
    pages = [server.add(f"/news/{i}", article_html(f"Story {i}", [f"Story {i}."] + PARAS)) for i in range(3)]
    doc = rss([{"title": f"Story {i}", "link": p} for i, p in enumerate(pages)]).encode()
    feed = server.add("/feed.xml", b"", handler=blocking(release, arrived, doc))
    try:
        process = start_run(feed, tmp_path)
        wait_for(arrived.is_set, process)
        kill(process)
    finally:
        release.set()
    assert query(tmp_path, "select key from entries") == []
    server.add("/feed.xml", doc, etag='"v1"')

    report = rerun(tmp_path, feed)
    tally(record_property, cases=1, survived=int(report["errors"] == []), lost=lost(tmp_path, pages))
    assert report["run"]["counts"]["articles_new"] == 3
    assert_everything_stored_once(tmp_path, server, pages)


def test_an_entry_in_flight_at_every_crash_is_given_up_after_max_attempts(tmp_path, record_property):
    """A page that kills the process each time must not kill every future run: each pick-up of a pending
    entry counts as an attempt."""
    from claimwatch import store
    from claimwatch.store import open_db
    from extractors.feeds import Entry

    db = open_db(tmp_path / "c.db")
    entry = Entry(key="http://127.0.0.1/poison", url="http://127.0.0.1/poison", guid="", title="", published=None,
                  feed_url="http://127.0.0.1/feed.xml")
    assert store.new_entries(db, [entry]) == [entry]
    picked = [len(store.retry_entries(db, exclude=set())) for _ in range(store.MAX_ATTEMPTS + 2)]
    assert picked == [1] * store.MAX_ATTEMPTS + [0, 0]
    # Not left pending and unseen: rejected with the reason, and a retry can be asked for.
    row = db.execute("select status, last_error from entries").fetchone()
    assert row == ("rejected", f"given up: {store.MAX_ATTEMPTS} runs ended while fetching it")
    assert [r["url"] for r in store.request_retry(db, entry.url)] == [entry.url]
    tally(record_property, cases=1, survived=1)
