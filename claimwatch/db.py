"""The SQLite store (sqlite-utils): feeds, entries, articles, runs, errors and the baseline tables.

Every connection uses WAL and a busy timeout so overlapping runs wait for each other instead of failing
with "database is locked". Each article is written in one transaction together with its entry.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils
from filelock import FileLock

from settings.errors import ConfigError

BUSY_TIMEOUT_MS = 60_000


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_db(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and on first use create) the database at `path` with the schema in place."""
    path = Path(path)
    if not create and not path.exists():
        raise ConfigError(f"database {path} does not exist")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot open database {path}: {exc}") from None
    # Switching to WAL and creating the schema take locks that SQLite's busy timeout does not wait for
    # (the journal-mode change fails at once with "database is locked"): processes opening one new database
    # at the same moment (overlapping runs, serve + CLI) take turns through a lock file beside it.
    with _setup_lock(path):
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open database {path}: {exc}") from None
        db = sqlite_utils.Database(conn)
        ensure_schema(db)
    return db


@contextmanager
def _setup_lock(path: Path) -> Iterator[None]:
    """Hold an inter-process lock (filelock) on `path`.lock; go on without it where that file cannot be made
    (a read-only folder holding an existing database: nothing is created there) or after BUSY_TIMEOUT_MS."""
    lock = FileLock(f"{path}.lock", timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        lock.acquire()
    except OSError:  # PermissionError, filelock.Timeout (a TimeoutError)
        yield
        return
    try:
        yield
    finally:
        lock.release()


def check_db_path(path: Path | str) -> None:
    """Fail early, before anything is written, when the database path cannot be used."""
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise ConfigError(f"database path {path} is a directory")
        if not _writable(path):
            raise ConfigError(f"database path {path} is not writable")
        return
    parent = next((p for p in [path.parent, *path.parent.parents] if p.exists()), None)
    if parent is None or not parent.is_dir() or not _writable(parent):
        raise ConfigError(f"database path {path}: cannot create it in {parent}")


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


SCHEMA: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "feeds": ({"url": str, "name": str, "etag": str, "last_modified": str, "last_status": int,
               "last_fetched_at": str, "last_error": str, "entries_total": int}, {"pk": "url"}),
    "entries": ({"key": str, "guid": str, "url": str, "feed_url": str, "title": str, "published": str,
                 "first_seen_at": str, "status": str, "attempts": int, "last_error": str,
                 "article_id": int, "claimed_by": str, "retry_at_run": int,
                 "content": str, "content_hash": str}, {"pk": "key"}),
    "articles": ({"id": int, "url": str, "canonical_url": str, "title": str, "published": str,
                  "date_source": str, "text": str, "author": str, "site_name": str, "language": str,
                  "feed_url": str, "fetched_at": str, "content_hash": str, "relevant": int,
                  "run_id": str, "analyzed_at": str, "updated_at": str, "partial": int}, {"pk": "id"}),
    # Every URL an article is known by (the feed's link, the final URL after redirects, rel=canonical, AMP),
    # canonicalised: a story reached again by any of them is the same article.
    "article_urls": ({"url": str, "article_id": int}, {"pk": "url"}),
    "runs": ({"id": str, "started_at": str, "finished_at": str, "status": str, "feeds": str,
              "counts": str, "report_dir": str, "pid": int, "host": str}, {"pk": "id"}),
    "errors": ({"id": int, "run_id": str, "url": str, "stage": str, "message": str, "at": str,
                "warning": int}, {"pk": "id"}),
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    for name, (columns, options) in SCHEMA.items():
        table = db[name]
        if not table.exists():
            table.create(columns, **options)  # type: ignore[union-attr]
            continue
        # A database made by an earlier version gains the new columns; nothing is dropped or rewritten.
        for column, kind in columns.items():
            if column not in table.columns_dict:  # type: ignore[union-attr]
                try:
                    table.add_column(column, kind)  # type: ignore[union-attr]
                except sqlite3.OperationalError as exc:  # another process added it first
                    if "duplicate column" not in str(exc):
                        raise
    _index(db, "entries", ["guid"])
    _index(db, "entries", ["status"])
    _index(db, "articles", ["canonical_url"], unique=True)
    _index(db, "articles", ["content_hash"])
    _index(db, "errors", ["run_id"])
    _index(db, "article_urls", ["article_id"])
    if not db["articles"].detect_fts():  # type: ignore[union-attr]
        db["articles"].enable_fts(["title", "text"], create_triggers=True)  # type: ignore[union-attr]


def _index(db: sqlite_utils.Database, table: str, columns: list[str], unique: bool = False) -> None:
    name = f"idx_{table}_{'_'.join(columns)}"
    db.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {name} ON {table} "
               f"({', '.join(columns)})")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, list(params)))
