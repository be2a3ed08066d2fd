"""Overlapping monitor runs on one database: every article is stored exactly once and both runs complete.

The feed answers only when both runs have asked for it, and pages answer slowly, so the two runs really
overlap (asserted) while they claim entries and write articles: SQLite's WAL, busy timeout, INSERT OR IGNORE
and one transaction per article must hold.
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlite_utils

from flows.monitor import monitor
from tests.conftest import article_html, rss

PAGE_DELAY = 1.0
PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor between them.",
         "The Russian delegation said the talks covered rail freight, customs and payment systems."]


def slow_page(body: bytes):  # type: ignore[no-untyped-def]
    def handler(request) -> None:  # type: ignore[no-untyped-def]
        time.sleep(PAGE_DELAY)
        request.send_plain(200, body, "text/html; charset=utf-8")
    return handler


def feed_for_both_runs(body: bytes, barrier: threading.Barrier, wait: float):  # type: ignore[no-untyped-def]
    def handler(request) -> None:  # type: ignore[no-untyped-def]
        try:
            barrier.wait(timeout=wait)  # shorter than the fetcher's read timeout
        except threading.BrokenBarrierError:
            pass  # the test then fails on barrier.broken
        request.send_plain(200, body, "application/rss+xml")
    return handler


def publish_slow(server, n, barrier, wait=12.0):  # type: ignore[no-untyped-def]
    items = []
    for i in range(n):
        body = article_html(f"Story {i}", [f"Story number {i}."] + PARAS).encode("utf-8")
        items.append({"title": f"Story {i}", "link": server.add(f"/news/{i}", b"", handler=slow_page(body))})
    feed = server.add("/feed.xml", b"", handler=feed_for_both_runs(rss(items).encode("utf-8"), barrier, wait))
    return feed, [i["link"] for i in items]


def assert_stored_once(db_path: Path, links: list[str]) -> None:
    db = sqlite_utils.Database(db_path)
    stored = [r["url"] for r in db.query("select url from articles")]
    assert sorted(stored) == sorted(links)  # each article once, none lost
    entries = list(db.query("select status, article_id from entries"))
    assert len(entries) == len(links) and all(e["status"] == "stored" and e["article_id"] for e in entries)
    runs = list(db.query("select status from runs"))
    assert [r["status"] for r in runs] == ["completed", "completed"]


def assert_fetched_once(server, links: list[str]) -> None:
    """Neither run picked up the other's pending entries as left over by a dead run."""
    assert {link: server.hits(link.replace(server.base, "")) for link in links} == {link: 1 for link in links}


def test_a_live_runs_pending_entries_are_left_to_it_and_a_dead_runs_are_retried(tmp_path):
    """The retry of pending entries (a crashed run's) must tell a crashed run from one still going."""
    from claimwatch import store
    from claimwatch.store import open_db
    from extractors.feeds import Entry

    db = open_db(tmp_path / "c.db")
    entry = Entry(key="http://127.0.0.1/a", url="http://127.0.0.1/a", guid="", title="", published=None,
                  feed_url="http://127.0.0.1/feed.xml")
    first = store.start_run(db, ["http://127.0.0.1/feed.xml"])  # this process: alive
    assert store.new_entries(db, [entry], first) == [entry]
    second = store.start_run(db, ["http://127.0.0.1/feed.xml"])
    assert store.retry_entries(db, exclude=set(), run_id=second) == []

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that no longer runs: the first run's process was killed
    db["runs"].update(first, {"pid": dead.pid})
    assert store.retry_entries(db, exclude=set(), run_id=second) == [entry]
    # Claimed now by the second (live) run: a third run leaves it alone.
    third = store.start_run(db, ["http://127.0.0.1/feed.xml"])
    assert store.retry_entries(db, exclude=set(), run_id=third) == []


def test_two_overlapping_flow_runs_store_every_article_once(server, tmp_path, prefect_harness):
    barrier = threading.Barrier(2)
    feed, links = publish_slow(server, 6, barrier)
    folders, failures = {}, []

    def run(name: str) -> None:
        try:
            folders[name] = monitor(feeds=[feed], db=str(tmp_path / "c.db"),
                                    reports=str(tmp_path / "reports"), allow_loopback=True)
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(name,)) for name in ("nightly", "adhoc")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == [] and len(folders) == 2
    assert not barrier.broken and server.hits("/feed.xml") == 2  # both runs were reading the feed at once
    assert_stored_once(tmp_path / "c.db", links)
    assert_fetched_once(server, links)
    reports = [json.loads((Path(f) / "report.json").read_text(encoding="utf-8")) for f in folders.values()]
    assert all(r["errors"] == [] for r in reports)  # no "database is locked", no failed page
    # Each article is new in exactly one of the two reports.
    assert sum(r["run"]["counts"]["articles_new"] for r in reports) == len(links)


@pytest.mark.slow
def test_two_overlapping_cli_runs_in_ephemeral_mode(server, tmp_path):
    """Two `claimwatch run` processes at once, each with its own temporary Prefect server (no
    PREFECT_API_URL) on one PREFECT_HOME: the case of a cron job and a manual run."""
    barrier = threading.Barrier(2)
    # Temporary servers start in 5-9 s each: allow for that skew before the feed answers.
    feed, links = publish_slow(server, 4, barrier, wait=45.0)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{feed}"\n\n[fetch]\nread_timeout = 60.0\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               CLAIMWATCH_LOOPBACK_ONLY="1")
    command = [str(Path(sys.executable).with_name("claimwatch")), "run", "--feeds", str(feeds_file),
               "--allow-loopback", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "reports")]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True) for _ in range(2)]
    try:
        # A bound on a hang, not a speed target: each run starts a temporary Prefect server in turn, which took
        # over 120 s on a loaded 2-core machine.
        outputs = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, 9)
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
        assert "database is locked" not in out + err
    assert not barrier.broken and server.hits("/feed.xml") == 2
    assert_stored_once(tmp_path / "c.db", links)
    assert_fetched_once(server, links)


def _open(path: str, results) -> None:  # type: ignore[no-untyped-def]
    from claimwatch.store import open_db

    try:
        open_db(path)["runs"].count
        results.put("")
    except Exception as exc:  # reported to the test, which names it
        results.put(f"{type(exc).__name__}: {exc}")


def test_processes_opening_one_new_database_at_once_all_succeed(tmp_path):
    # Switching a new database to WAL fails at once with "database is locked" when another process holds it
    # (SQLite's busy timeout does not wait for that): runs started together on a new database took turns.
    import multiprocessing

    context = multiprocessing.get_context("fork")
    failures = []
    for attempt in range(3):
        results = context.Queue()
        path = str(tmp_path / f"new-{attempt}.db")
        processes = [context.Process(target=_open, args=(path, results)) for _ in range(6)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(120)
        failures += [r for r in (results.get(timeout=5) for _ in processes) if r]
    assert failures == []
