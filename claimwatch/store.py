"""Reads and writes of the monitor run: feed validators, entries, articles, runs and errors."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

import sqlite_utils

from claimwatch.db import rows, to_json, utcnow
from extractors.feeds import Entry
from extractors.http import redact, redact_url
from extractors.pages import Article

MAX_ATTEMPTS = 3  # an entry that failed this many runs in a row is left alone
# A run still marked running after this long is taken for dead even if a process with its pid lives
# (pids are reused; a long-lived `claimwatch serve` process outlives the flow runs it starts).
RUN_LEASE = timedelta(hours=6)


def start_run(db: sqlite_utils.Database, feeds: Iterable[str]) -> str:
    run_id = utcnow().replace(":", "").replace("-", "").replace("+0000", "Z")[:15] + "-" + uuid.uuid4().hex[:6]
    db["runs"].insert({"id": run_id, "started_at": utcnow(), "status": "running",  # type: ignore[union-attr]
                       "feeds": to_json([redact_url(f) for f in feeds]), "counts": "{}",
                       "pid": os.getpid(), "host": socket.gethostname()})
    return run_id


def finish_run(db: sqlite_utils.Database, run_id: str, counts: dict[str, int], report_dir: str,
               status: str = "completed") -> dict[str, Any]:
    finished = utcnow()
    db["runs"].update(run_id, {"finished_at": finished, "status": status,  # type: ignore[union-attr]
                                "counts": to_json(counts), "report_dir": report_dir})
    return db["runs"].get(run_id)  # type: ignore[union-attr,no-any-return]


def feed_validators(db: sqlite_utils.Database, url: str) -> tuple[str | None, str | None]:
    found = rows(db, "select etag, last_modified from feeds where url = ?", [redact_url(url)])
    return (found[0]["etag"], found[0]["last_modified"]) if found else (None, None)


def save_feed_state(db: sqlite_utils.Database, url: str, *, status: int | None, etag: str | None = None,
                    last_modified: str | None = None, error: str | None = None, name: str = "") -> None:
    # Feeds are keyed by their URL without credentials: user:password@ and tokens stay out of the database.
    record: dict[str, Any] = {"url": redact_url(url), "last_status": status, "last_fetched_at": utcnow(),
                              "last_error": error}
    if name:
        record["name"] = name
    if etag is not None or last_modified is not None:
        record.update({"etag": etag, "last_modified": last_modified})
    db["feeds"].upsert(record, pk="url")  # type: ignore[union-attr]


def new_entries(db: sqlite_utils.Database, entries: Iterable[Entry], run_id: str | None = None) -> list[Entry]:
    """Entries never seen before (by canonical URL or guid). They are recorded as 'pending' right away so
    that an entry seen but not yet stored when a run dies is fetched by the next run. INSERT OR IGNORE makes
    the claim atomic: of two overlapping runs, only the one whose insert lands fetches the entry."""
    fresh = []
    for entry in entries:
        if _known(db, entry):
            continue
        inserted = db.conn.execute(
            "insert or ignore into entries (key, guid, url, feed_url, title, published, first_seen_at, status, "
            "attempts, claimed_by) values (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
            [entry.key, entry.guid, entry.url, redact_url(entry.feed_url), entry.title, entry.published,
             utcnow(), run_id]).rowcount
        if inserted:
            fresh.append(entry)
    return fresh


def _known(db: sqlite_utils.Database, entry: Entry) -> bool:
    if rows(db, "select 1 from entries where key = ?", [entry.key]):
        return True
    # A feed that keeps the guid but changes the link (or the reverse) is the same story.
    return bool(entry.guid) and bool(rows(db, "select 1 from entries where guid = ? and guid != ''", [entry.guid]))


def retry_entries(db: sqlite_utils.Database, exclude: set[str], run_id: str | None = None) -> list[Entry]:
    """Entries left pending (a run died with them in flight) or failed transiently by earlier runs, to be
    fetched again by run `run_id`, which claims them.

    An entry claimed by a run that is still going (same host, its process alive, within RUN_LEASE) is left
    to that run: two overlapping runs would otherwise fetch it twice and both report it as new. A pending
    entry counts an attempt when it is picked up, so a page that kills the run every time is given up
    after MAX_ATTEMPTS runs instead of killing every run."""
    found = [r for r in rows(db, "select * from entries where status in ('pending', 'failed') and attempts < ?",
                             [MAX_ATTEMPTS]) if r["key"] not in exclude]
    alive = _live_runs(db) - {run_id}
    claimed = []
    for r in found:
        if r["claimed_by"] in alive:
            continue
        # Compare-and-set: of two runs picking up the same entry at once, one wins.
        won = db.conn.execute(
            "update entries set claimed_by = ?, attempts = attempts + (status = 'pending') "
            "where key = ? and coalesce(claimed_by, '') = ? and status in ('pending', 'failed')",
            [run_id, r["key"], r["claimed_by"] or ""]).rowcount
        if won:
            claimed.append(r)
    return [Entry(key=r["key"], url=r["url"], guid=r["guid"] or "", title=r["title"] or "",
                  published=r["published"], feed_url=r["feed_url"] or "") for r in claimed]


def _live_runs(db: sqlite_utils.Database) -> set[str]:
    """Runs marked running whose process is still alive on this host and that started within RUN_LEASE."""
    host, cutoff = socket.gethostname(), datetime.now(timezone.utc) - RUN_LEASE
    live = set()
    for run in rows(db, "select id, started_at, pid, host from runs where status = 'running'"):
        started = datetime.fromisoformat(run["started_at"]) if run["started_at"] else cutoff
        if run["host"] == host and run["pid"] and started > cutoff and _process_alive(run["pid"]):
            live.add(run["id"])
    return live


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def store_article(db: sqlite_utils.Database, entry: Entry, article: Article, run_id: str,
                  relevant: bool) -> tuple[int, bool]:
    """Write the article and mark its entry stored, in one transaction; return (article id, created).
    Same text under another URL is stored once; the entry then points at the existing article."""
    record = {"url": article.url, "canonical_url": entry.key, "title": article.title or entry.title,
              "published": article.published, "date_source": article.date_source, "text": article.text,
              "author": article.author, "site_name": article.site_name, "language": article.language,
              "feed_url": redact_url(entry.feed_url), "fetched_at": utcnow(), "content_hash": article.content_hash,
              "relevant": int(relevant), "run_id": run_id}
    conn = db.conn
    # Raw SQL on purpose: sqlite-utils' insert commits on its own, which would split the transaction.
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = conn.execute("select id from articles where canonical_url = ? or content_hash = ? limit 1",
                                [entry.key, article.content_hash]).fetchone()
        created = not existing
        if existing:
            article_id = existing[0]
        else:
            columns = ", ".join(record)
            marks = ", ".join("?" for _ in record)
            article_id = conn.execute(f"insert into articles ({columns}) values ({marks})",
                                      list(record.values())).lastrowid
        conn.execute("update entries set status = 'stored', article_id = ?, attempts = attempts + 1, "
                     "last_error = null where key = ?", [article_id, entry.key])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(article_id), created


def mark_failed(db: sqlite_utils.Database, entry: Entry, message: str, retry: bool = True) -> None:
    """'failed' entries are fetched again by the next run; 'rejected' ones (a 404, a refused address, a PDF)
    would fail the same way and are left alone."""
    db.execute("update entries set status = ?, attempts = attempts + 1, last_error = ? where key = ?",
               ["failed" if retry else "rejected", message, entry.key])
    db.conn.commit()


def record_error(db: sqlite_utils.Database, run_id: str, url: str, stage: str, message: str,
                 warning: bool = False) -> dict[str, str]:
    """Record a failure for the run's report; credentials in the URL or message are redacted first."""
    url, message = redact_url(url), redact(message)
    db["errors"].insert({"run_id": run_id, "url": url, "stage": stage, "message": message,  # type: ignore[union-attr]
                         "at": utcnow(), "warning": int(warning)})
    db.conn.commit()
    return {"url": url, "stage": stage, "message": message}


def run_errors(db: sqlite_utils.Database, run_id: str) -> list[dict[str, Any]]:
    return rows(db, "select url, stage, message, warning from errors where run_id = ? order by id", [run_id])


def run_articles(db: sqlite_utils.Database, run_id: str, relevant_only: bool = False) -> list[dict[str, Any]]:
    sql = "select * from articles where run_id = ?" + (" and relevant = 1" if relevant_only else "")
    return rows(db, sql + " order by id", [run_id])
