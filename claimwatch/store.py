"""The one store module: the whole SQLite schema, opening the database, one transaction helper, and the reads
and writes of the monitor run (feed validators, entries, articles, runs, errors).

The schema is created (and an older database gains the new columns and tables) once, in `open_db`; the baseline's
versions (baseline/store.py) and the findings' review (claimwatch/review.py) keep their queries but their tables
are made here. Every connection uses WAL and a busy timeout so overlapping runs wait for each other instead of
failing with "database is locked". Each article is written in one transaction together with its entry.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

import sqlite_utils
from filelock import FileLock

from extractors.feeds import Entry, canonical_url
from extractors.pages import Article, amp_canonical
from extractors.text import fold
from settings.errors import ConfigError
from settings.redact import redact, redact_url

BUSY_TIMEOUT_MS = 60_000


def utcnow() -> str:
    """Now in UTC as ISO-8601 to the second ("2026-11-30T09:30:00+00:00"): the form of every time the store
    writes."""
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
    """Fail early, before anything is written, when the database path cannot be used. Raises ConfigError (one
    line): a folder, a file that cannot be written, or no way to create it (the nearest existing folder above is
    a file or refuses a new file)."""
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise ConfigError(f"database path {path} is a directory")
        if not _writable(path):
            raise ConfigError(f"database path {path} is not writable")
        return
    parent = _nearest_existing(path.parent)
    if parent is None or not parent.is_dir() or not _can_create_in(parent):
        raise ConfigError(f"database path {path}: cannot create it in {parent}")


def check_reports_path(path: Path | str) -> None:
    """Fail early, before a run fetches anything, when the reports folder cannot be used: the folder, or the
    nearest existing one above it, must take a new file. Raises ConfigError (one line)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"reports folder {path} is a file")
    parent = _nearest_existing(path)
    if parent == path and not _can_create_in(path):
        raise ConfigError(f"reports folder {path} is not writable")
    if parent is None or not parent.is_dir() or not _can_create_in(parent):
        raise ConfigError(f"reports folder {path}: cannot create it in {parent}")


def _nearest_existing(path: Path) -> Path | None:
    return next((p for p in [path, *path.parents] if p.exists()), None)


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


def _can_create_in(folder: Path) -> bool:
    # os.access answers yes to root everywhere, also on /sys or /proc where no file can be made: try one, a
    # temporary file removed at once, so the check writes nothing
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


SCHEMA: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "feeds": ({"url": str, "name": str, "etag": str, "last_modified": str, "last_status": int,
               "last_fetched_at": str, "last_error": str, "entries_total": int}, {"pk": "url"}),
    "entries": ({"key": str, "guid": str, "url": str, "feed_url": str, "title": str, "published": str,
                 "updated": str, "first_seen_at": str, "status": str, "attempts": int, "last_error": str,
                 "article_id": int, "claimed_by": str, "retry_at_run": int,
                 "content": str, "content_hash": str}, {"pk": "key"}),
    "articles": ({"id": int, "url": str, "canonical_url": str, "title": str, "published": str,
                  "date_source": str, "text": str, "author": str, "site_name": str, "language": str,
                  "feed_url": str, "fetched_at": str, "content_hash": str, "relevant": int,
                  "run_id": str, "analyzed_at": str, "updated_at": str, "partial": int,
                  # runs that stored or took over the article and ended before analysing it (close_dead_runs)
                  "orphaned": int,
                  # an AMP page's rel=canonical, the publisher's page the reports link (extractors.pages.amp_canonical);
                  # `url` stays the page as fetched, where the quotes are (DESIGN.md)
                  "amp_canonical": str}, {"pk": "id"}),
    # Every URL an article is known by (the feed's link, the final URL after redirects, rel=canonical, AMP),
    # canonicalised: a story reached again by any of them is the same article.
    "article_urls": ({"url": str, "article_id": int}, {"pk": "url"}),
    # A syndicated copy (the same text from another outlet, stored_article keeps one row per story): its page, as
    # fetched, so a report can name every outlet that ran the story and lead with the first (syndicated_group)
    "article_copies": ({"url": str, "article_id": int, "entry_key": str, "title": str, "site_name": str,
                        "published": str, "feed_url": str, "fetched_at": str}, {"pk": "url"}),
    # status: running, completed, failed (the run failed as a whole: `failure` says why, as its report does) or
    # interrupted (its process died before it finished: `failure` says how that was known; close_dead_runs);
    # feeds_not_modified: feeds that answered 304 (nothing new), for the digest's list of runs
    "runs": ({"id": str, "started_at": str, "finished_at": str, "status": str, "feeds": str,
              "counts": str, "report_dir": str, "pid": int, "host": str, "failure": str,
              "feeds_not_modified": int}, {"pk": "id"}),
    "errors": ({"id": int, "run_id": str, "url": str, "stage": str, "message": str, "at": str,
                "warning": int}, {"pk": "id"}),
}


# Tables with composite primary keys, made by raw SQL since their first version: kept word for word so that a
# database made by any earlier version has exactly these tables.
SQL_TABLES = (
    # The baseline's versions (baseline/store.py): every build or accepted change is a new version.
    """create table if not exists baseline_versions (
        version integer primary key, created_at text, reason text, digest text, note text)""",
    """create table if not exists baseline_claims (
        version integer, claim text, type text, value text, disputed integer, period text, low real, high real,
        data text, primary key (version, claim))""",
    # What a build read (baseline.store.build_inputs) and what it changed because of it, per build version: the next
    # build says which catalogue entry or seed edit made its version (baseline.store.what_changed).
    """create table if not exists baseline_inputs (version integer primary key, data text)""",
    # Findings of every run and what analysts decided (claimwatch/review.py).
    """create table if not exists findings (
        id text, run_id text, claim text, verdict text, observed_value text, quote text, url text,
        published text, confidence real, first_seen text, status text, data text, primary key (id, run_id))""",
    "create index if not exists idx_findings_claim on findings (claim)",
    """create table if not exists dismissed (
        claim text, statement text, finding_id text, quote text, dismissed_at text, primary key (claim, statement))""",
    """create table if not exists developments (
        run_id text, statement text, url text, title text, published text, score real)""",
    """create table if not exists reviews (
        finding_id text, action text, at text, baseline_version integer, note text)""",
)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index and the articles' full-text index that is missing; add missing columns.

    Called once per connection by `open_db`. Nothing is dropped or rewritten."""
    for statement in SQL_TABLES:
        db.execute(statement)
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


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction on `db`'s connection (opened by `open_db`, autocommit mode).

    BEGIN IMMEDIATE takes the write lock at once (waiting up to BUSY_TIMEOUT_MS for another writer), so two
    runs never interleave their writes; COMMIT at the end, ROLLBACK on any exception (re-raised). Raw SQL on
    the yielded connection on purpose: sqlite-utils' insert commits on its own, which would split the
    transaction."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def to_json(value: Any) -> str:
    """`value` as JSON text for a TEXT column: UTF-8 kept, keys sorted (the same data, the same text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """The rows of `sql` (with `params` for its ? placeholders) as dicts, column name -> value. Raises
    sqlite3.Error for bad SQL."""
    return list(db.query(sql, list(params)))


MAX_ATTEMPTS = 3  # an entry that failed this many runs in a row is left alone
# A run still marked running after this long is taken for dead even if a process with its pid lives
# (pids are reused; a long-lived `claimwatch serve` process outlives the flow runs it starts).
RUN_LEASE = timedelta(hours=6)


# The stored articles as the engine reads them (id, url, title, published, site_name, language, text), to be
# followed by a where clause on the articles' columns. site_name is the outlet: the page's own, else the name of
# the feed the article came from (the feeds file's name or the feed's title), else "" (the report then shows
# the URL's host).
# A stored page's outlet: its own site name, else the name its feed has in the feeds file ({0}: the table)
OUTLET = "coalesce(nullif(site_name, ''), nullif((select name from feeds where feeds.url = {0}.feed_url), ''), '')"
ARTICLE_ROWS = ("select id, articles.url as url, title, published, date_source, language, text, amp_canonical, "
                f"{OUTLET.format('articles')} as site_name from articles")


def start_run(db: sqlite_utils.Database, feeds: Iterable[str], started_at: str | None = None) -> str:
    """Insert a `runs` row (status running, this process's pid and host, the feed URLs redacted; `started_at`:
    when the run began, ISO-8601 as utcnow gives it, default now) and return its id, "YYYYMMDDTHHMMSS-" + 6
    random hex digits."""
    run_id = utcnow().replace(":", "").replace("-", "").replace("+0000", "Z")[:15] + "-" + uuid.uuid4().hex[:6]
    db["runs"].insert({"id": run_id, "started_at": started_at or utcnow(),  # type: ignore[union-attr]
                       "status": "running",
                       "feeds": to_json([redact_url(f) for f in feeds]), "counts": "{}",
                       "pid": os.getpid(), "host": socket.gethostname()})
    return run_id


def finish_run(db: sqlite_utils.Database, run_id: str, counts: dict[str, int], report_dir: str,
               status: str = "completed", feeds_not_modified: int = 0) -> dict[str, Any]:
    """Mark run `run_id` finished (status, counts as JSON, its report folder, how many feeds answered 304) and
    return its `runs` row."""
    finished = utcnow()
    db["runs"].update(run_id, {"finished_at": finished, "status": status,  # type: ignore[union-attr]
                                "counts": to_json(counts), "report_dir": report_dir,
                                "feeds_not_modified": feeds_not_modified})
    return db["runs"].get(run_id)  # type: ignore[union-attr,no-any-return]


def fail_run(db: sqlite_utils.Database, run_id: str, failure: str) -> None:
    """Mark finished run `run_id` failed as a whole (claimwatch.outcome), with the reason its report gives, so
    that the digest says what the run's own report says."""
    db["runs"].update(run_id, {"status": "failed", "failure": failure})  # type: ignore[union-attr]


def feed_validators(db: sqlite_utils.Database, url: str) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) stored for feed `url` from its last answer, for the next conditional GET; (None,
    None) for a feed never fetched."""
    found = rows(db, "select etag, last_modified from feeds where url = ?", [redact_url(url)])
    return (found[0]["etag"], found[0]["last_modified"]) if found else (None, None)


def save_feed_state(db: sqlite_utils.Database, url: str, *, status: int | None, etag: str | None = None,
                    last_modified: str | None = None, error: str | None = None, name: str = "") -> None:
    # Feeds are keyed by their URL without credentials: user:password@ and tokens stay out of the database.
    """Upsert feed `url` (keyed without credentials): last HTTP status, fetch time, error; the validators only
    when the answer carried them, so a failed fetch keeps the last good ones."""
    record: dict[str, Any] = {"url": redact_url(url), "last_status": status, "last_fetched_at": utcnow(),
                              "last_error": error}
    if name:
        record["name"] = name
    if etag is not None or last_modified is not None:
        record.update({"etag": etag, "last_modified": last_modified})
    db["feeds"].upsert(record, pk="url")  # type: ignore[union-attr]


def new_entries(db: sqlite_utils.Database, entries: Iterable[Entry], run_id: str | None = None) -> list[Entry]:
    """Entries never seen before (by canonical URL or guid), and stored entries the feed says were edited
    (edited_entries). They are recorded as 'pending' right away so that an entry seen but not yet stored when a
    run dies is fetched by the next run. INSERT OR IGNORE makes the claim atomic: of two overlapping runs, only
    the one whose insert lands fetches the entry."""
    entries = list(entries)
    fresh = edited_entries(db, entries, run_id)
    for entry in entries:
        if _known(db, entry):
            continue
        inserted = db.conn.execute(
            "insert or ignore into entries (key, guid, url, feed_url, title, published, updated, first_seen_at, "
            "status, attempts, claimed_by, content) values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            [entry.key, entry.guid, entry.url, redact_url(entry.feed_url), entry.title, entry.published,
             entry.updated, utcnow(), run_id, entry.content]).rowcount
        if inserted:
            fresh.append(entry)
    return fresh


def edited_entries(db: sqlite_utils.Database, entries: list[Entry], run_id: str | None = None) -> list[Entry]:
    """Stored entries whose feed item says the page was edited since it was stored: a new title, a new text
    (an entry without a link), or a date later than the stored one (its published date, or the date the feed
    says it was updated, Atom <updated>), e.g. a correction published at the same URL under the same guid. Each is set 'pending' again and returned, so the run fetches the page once more;
    store_article then keeps it as an update of its article when its text changed (and re-analyses it), or as
    it was. A feed that moves the date of every known item at once (one that stamps each fetch with the time)
    says nothing about edits: then only titles and texts count."""
    candidates: list[tuple[Entry, dict[str, Any], bool]] = []
    known = 0
    for entry in entries:
        row = next(iter(rows(db, "select key, title, published, updated, content from entries where "
                                 "status = 'stored' and (key = ? or (guid = ? and guid != ''))",
                                 [entry.key, entry.guid])), None)
        if row is None:
            continue
        known += 1
        worded = (bool(entry.title) and bool(row["title"]) and " ".join(entry.title.split()) != " ".join(
            str(row["title"]).split())) or (entry.content is not None and entry.content != row["content"])
        later = bool(entry.published and row["published"] and entry.published > row["published"]) or bool(
            entry.updated and row["updated"] and entry.updated > row["updated"])
        if entry.updated and not row["updated"]:
            # stored before its feed gave the date (or before this column existed): kept as the mark to compare
            # with next time, not taken for an edit
            db.conn.execute("update entries set updated = ? where key = ?", [entry.updated, row["key"]])
        if worded or later:
            candidates.append((entry, row, worded))
    restamped = known > 1 and sum(1 for _, _, worded in candidates if not worded) == known
    out = []
    for entry, row, worded in candidates:
        if restamped and not worded:
            continue
        changed = db.conn.execute(
            "update entries set status = 'pending', attempts = 0, claimed_by = ?, title = ?, published = ?, "
            "updated = ?, content = ? where key = ? and status = 'stored'",
            [run_id, entry.title, entry.published, entry.updated, entry.content, row["key"]]).rowcount
        if changed:  # of two overlapping runs, the one whose update lands fetches it
            out.append(entry if entry.key == row["key"] else replace(entry, key=row["key"]))
    return out


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
    # A failed entry waits for its back-off (retry_at_run, counted in runs: see mark_failed); a pending one
    # is due at once.
    found = [r for r in rows(db, "select * from entries where (status = 'pending' and attempts < ?) or "
                                 "(status = 'failed' and coalesce(retry_at_run, 0) <= ?)",
                             [MAX_ATTEMPTS, run_seq(db)]) if r["key"] not in exclude]
    alive = _live_runs(db) - {run_id}
    _give_up_pending(db, alive, run_id)
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
                  published=r["published"], feed_url=r["feed_url"] or "", content=r.get("content"))
            for r in claimed]


def _give_up_pending(db: sqlite_utils.Database, alive: set[str], run_id: str | None) -> None:
    """Pending entries out of attempts (every run that picked them up died) become 'rejected' with the
    reason, and a warning in run `run_id`'s report, rather than staying pending and unseen."""
    for r in rows(db, "select key, url, attempts, claimed_by from entries where status = 'pending' and attempts >= ?",
                  [MAX_ATTEMPTS]):
        if r["claimed_by"] in alive:
            continue
        reason = f"given up: {r['attempts']} runs ended while fetching it"
        changed = db.conn.execute("update entries set status = 'rejected', last_error = ? where key = ? and "
                                  "status = 'pending'", [reason, r["key"]]).rowcount
        if changed and run_id:
            record_error(db, run_id, r["url"], "fetch", f"{reason}; 'claimwatch retry --url URL' tries it again",
                         warning=True)
    db.conn.commit()


def _live_runs(db: sqlite_utils.Database) -> set[str]:
    """Runs marked running whose process is still alive on this host and that started within RUN_LEASE."""
    host, cutoff = socket.gethostname(), datetime.now(timezone.utc) - RUN_LEASE
    live = set()
    for run in rows(db, "select id, started_at, pid, host from runs where status = 'running'"):
        started = datetime.fromisoformat(run["started_at"]) if run["started_at"] else cutoff
        if run["host"] == host and run["pid"] and started > cutoff and _process_alive(run["pid"]):
            live.add(run["id"])
    return live


def close_dead_runs(db: sqlite_utils.Database, run_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Mark the runs that died before they finished `interrupted` and hand their unanalysed articles to run
    `run_id`; return (the runs marked, each with `why` and `adopted`: how many articles it handed over; the
    articles given up).

    A run is dead when it is still marked running and either ran on this host under a pid no process has any
    more, or started more than RUN_LEASE ago (a run on another host, or a pid reused since). A run whose process
    lives is never touched, whatever it is doing. Its relevant articles (stored, never analysed: a run analyses
    its articles once they are all stored) move to run `run_id`, which reads them; an article that
    MAX_ATTEMPTS runs died with is given up instead (left to its run, returned with url and orphaned count)."""
    host, cutoff = socket.gethostname(), datetime.now(timezone.utc) - RUN_LEASE
    marked = []
    for run in rows(db, "select id, started_at, pid, host from runs where status = 'running' and id != ?", [run_id]):
        started = datetime.fromisoformat(run["started_at"]) if run["started_at"] else cutoff
        if started <= cutoff:
            why = f"still marked running {RUN_LEASE.total_seconds() / 3600:g} hours after it started"
        elif run["host"] == host and run["pid"] and not _process_alive(run["pid"]):
            why = f"its process (pid {run['pid']} on {host}) ended before the run finished"
        else:
            continue  # alive, or on another host within the lease: perhaps still working
        with transaction(db) as conn:
            if not conn.execute("update runs set status = 'interrupted', failure = ? where id = ? and status = "
                                "'running'", [f"interrupted: {why}", run["id"]]).rowcount:
                continue  # another run closed it first
            conn.execute("update articles set orphaned = coalesce(orphaned, 0) + 1 where run_id = ? and relevant = 1",
                         [run["id"]])
            adopted = conn.execute("update articles set run_id = ? where run_id = ? and relevant = 1 and orphaned < ?",
                                   [run_id, run["id"], MAX_ATTEMPTS]).rowcount
        marked.append({**run, "why": why, "adopted": adopted})
    given_up = rows(db, "select id, url, orphaned from articles where run_id in (select value from json_each(?)) and "
                        "relevant = 1 and orphaned >= ?", [to_json([r["id"] for r in marked]), MAX_ATTEMPTS])
    return marked, given_up


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def run_seq(db: sqlite_utils.Database) -> int:
    """How many runs this database has seen (the current one included): the clock of retry back-off."""
    return int(db.execute("select count(*) from runs").fetchone()[0])


def article_identities(entry: Entry, article: Article) -> list[str]:
    """Every URL the article is known by, canonicalised: the feed's link, the final URL after redirects,
    the page's rel=canonical and its AMP version (aggregators rotate their links; a page reached through
    any of them is the same story). An entry without a link is known by its key alone: its URL is the
    feed's, shared with the feed's other linkless entries."""
    urls = [entry.key]
    if entry.content is not None:
        return urls
    for url in (article.url, article.canonical, article.amp_url):
        try:
            if url and url != entry.url:
                urls.append(canonical_url(url))
        except ValueError:
            continue
    return list(dict.fromkeys(urls))


def store_article(db: sqlite_utils.Database, entry: Entry, article: Article, run_id: str,
                  relevant: bool) -> tuple[int, str]:
    """Write the article and mark its entry stored, in one transaction; return (article id, outcome), the
    outcome "created", "updated" (a known article whose text changed) or "same".

    The same story is stored once: an article already known by one of article_identities() is that
    article, updated in place when its text changed (run_id then moves to this run, so the new text is
    analysed; findings reported before stay "reported before"). The same text under another URL is the same
    article only when it is a syndicated copy (same title, or another site): two pages of one site with
    the same text and different titles are boilerplate, not one story (pipeline.record_page refuses them)."""
    identities = article_identities(entry, article)
    canonical = entry.key if entry.content is not None else _canonical_or(article.canonical or article.url,
                                                                          entry.key)
    record = {"url": article.url, "canonical_url": canonical, "title": article.title or entry.title,
              "published": article.published, "date_source": article.date_source, "text": article.text,
              "author": article.author, "site_name": article.site_name, "language": article.language,
              "feed_url": redact_url(entry.feed_url), "fetched_at": utcnow(), "content_hash": article.content_hash,
              "relevant": int(relevant), "run_id": run_id, "partial": int(article.partial),
              "amp_canonical": amp_canonical(article)}
    with transaction(db) as conn:
        marks = ", ".join("?" for _ in identities)
        known = conn.execute(
            f"select id, content_hash from articles where id in (select article_id from article_urls where url in "
            f"({marks})) or canonical_url in ({marks}) order by id limit 1", identities + identities).fetchone()
        copied = False
        if known is None:
            known = _syndicated_copy(conn, article)
            copied = known is not None
        outcome = "created" if known is None else "same"
        if known is None:
            if conn.execute("select 1 from articles where canonical_url = ?", [canonical]).fetchone():
                record["canonical_url"] = entry.key  # taken by another story's (wrong) canonical
            columns = ", ".join(record)
            article_id = conn.execute(f"insert into articles ({columns}) values ({', '.join('?' for _ in record)})",
                                      list(record.values())).lastrowid
        else:
            article_id = known[0]
            if known[1] != article.content_hash and not _older_than_stored(conn, article_id, article):
                outcome = "updated"
                conn.execute("update articles set title = ?, text = ?, content_hash = ?, published = ?, "
                             "date_source = ?, partial = ?, relevant = ?, run_id = ?, updated_at = ?, "
                             "amp_canonical = case when url = ? then ? else amp_canonical end where id = ?",
                             [record["title"], article.text, article.content_hash, article.published,
                              article.date_source, int(article.partial), int(relevant), run_id, utcnow(),
                              article.url, record["amp_canonical"], article_id])
        if copied and conn.execute("select url from articles where id = ?", [article_id]).fetchone()[0] != article.url:
            conn.execute("insert or ignore into article_copies (url, article_id, entry_key, title, site_name, "
                         "published, feed_url, fetched_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                         [article.url, article_id, entry.key, record["title"], article.site_name, article.published,
                          record["feed_url"], record["fetched_at"]])
        conn.executemany("insert or ignore into article_urls (url, article_id) values (?, ?)",
                         [(url, article_id) for url in identities])
        conn.execute("update entries set status = 'stored', article_id = ?, attempts = attempts + 1, "
                     "last_error = null, retry_at_run = null where key = ?", [article_id, entry.key])
    return int(article_id), outcome


def syndicated_group(db: sqlite_utils.Database, url: str) -> list[dict[str, Any]]:
    """The stored article at `url` and its syndicated copies (article_copies), the original first: the one
    published earliest, then the one whose feed entry was seen first (entries' order: a feed's order, then the
    runs'). Each {"url", "title", "outlet", "published"}; outlet as ARTICLE_ROWS gives it (the page's site name,
    else its feed's name). [] when the article has no copy."""
    found = rows(db, "select id from articles where url = ? order by id limit 1", [url])
    if not found:
        return []
    article_id = found[0]["id"]
    copies = rows(db, f"select url, title, published, {OUTLET.format('article_copies')} as outlet, "
                      "(select min(rowid) from entries where entries.key = article_copies.entry_key) as seen "
                      "from article_copies "
                      "where article_id = ?", [article_id])
    if not copies:
        return []
    original = rows(db, f"select url, title, published, {OUTLET.format('articles')} as outlet, (select min(rowid) from "
                        "entries where entries.article_id = articles.id and entries.key not in (select entry_key "
                        "from article_copies where article_id = articles.id)) as seen from articles where id = ?",
                    [article_id])
    group = original + copies
    group.sort(key=lambda r: (r["published"] or "~", r["seen"] if r["seen"] is not None else float("inf")))
    return [{k: r[k] or "" for k in ("url", "title", "outlet", "published")} for r in group]


def _canonical_or(url: str, default: str) -> str:
    try:
        return canonical_url(url) if url else default
    except ValueError:
        return default


def _syndicated_copy(conn: Any, article: Article) -> tuple[int, str] | None:
    for article_id, url, title, digest in conn.execute(
            "select id, url, title, content_hash from articles where content_hash = ?", [article.content_hash]):
        if fold(title or "") == fold(article.title) or _host(url) != _host(article.url):
            return article_id, digest
    return None


def _older_than_stored(conn: Any, article_id: int, article: Article) -> bool:
    """A complete text is not replaced by a partial one (a continuation page that failed this time)."""
    row = conn.execute("select partial from articles where id = ?", [article_id]).fetchone()
    return bool(article.partial) and not (row and row[0])


def site_twins(db: sqlite_utils.Database, entry: Entry, article: Article) -> list[dict[str, Any]]:
    """The stored articles of the same site that have exactly this text under another title and URL: a
    text many pages of one site share (a banner, a paywall notice, a consent box) is not an article."""
    return [row for row in rows(db, "select id, url, title, relevant from articles where content_hash = ?",
                                [article.content_hash])
            if _host(row["url"]) == _host(article.url) and fold(row["title"] or "") != fold(article.title)
            and row["url"] != article.url]


def refused_as_boilerplate(db: sqlite_utils.Database, entry: Entry, article: Article) -> int:
    """Note the text of an entry refused as boilerplate; return how many pages of its site were refused with
    that text so far (this one included)."""
    db.execute("update entries set content_hash = ? where key = ?", [article.content_hash, entry.key])
    db.conn.commit()
    return sum(1 for row in rows(db, "select url from entries where content_hash = ?", [article.content_hash])
               if _host(row["url"]) == _host(article.url))


def set_not_relevant(db: sqlite_utils.Database, article_ids: Iterable[int]) -> None:
    """Keep the articles (every fetched article is kept) but out of the analysis."""
    db.conn.executemany("update articles set relevant = 0 where id = ?", [(i,) for i in article_ids])
    db.conn.commit()


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def mark_failed(db: sqlite_utils.Database, entry: Entry, message: str, retry: bool = True,
                max_attempts: int = MAX_ATTEMPTS) -> tuple[str, int]:
    """Record a failed fetch; return (status, attempts so far).

    'failed' entries are fetched again by a later run, with back-off counted in runs: after the n-th failed
    attempt the entry waits 2**(n-1) runs (the next run, then one skipped, then three...); at
    `max_attempts` it becomes 'rejected'. A reason that would fail the same way again (retry=False: a 410,
    a refused address, a PDF) is 'rejected' at once. `claimwatch retry` makes rejected entries due again."""
    found = rows(db, "select attempts from entries where key = ?", [entry.key])
    attempts = (found[0]["attempts"] or 0) + 1 if found else 1
    status = "failed" if retry and attempts < max_attempts else "rejected"
    retry_at = run_seq(db) + 2 ** (attempts - 1) if status == "failed" else None
    db.execute("update entries set status = ?, attempts = ?, last_error = ?, retry_at_run = ? where key = ?",
               [status, attempts, message, retry_at, entry.key])
    db.conn.commit()
    return status, attempts


def request_retry(db: sqlite_utils.Database, url: str | None = None) -> list[dict[str, Any]]:
    """Make rejected and failed entries due again in the next run with a fresh count of attempts (all of
    them, or those whose link or canonical URL is `url`); return the entries changed."""
    sql = "select key, url, status, last_error from entries where status in ('rejected', 'failed')"
    params: list[Any] = []
    if url:
        try:
            key = canonical_url(url)
        except ValueError:
            key = url
        sql += " and (url = ? or key = ?)"
        params = [url, key]
    found = rows(db, sql, params)
    for row in found:
        db.execute("update entries set status = 'failed', attempts = 0, retry_at_run = 0, claimed_by = null "
                   "where key = ?", [row["key"]])
    db.conn.commit()
    return found


def page_changed(db: sqlite_utils.Database, url: str, quote: str) -> str | None:
    """The day (YYYY-MM-DD) a run fetched the stored article at `url` (or one of its other URLs) again and found
    its page changed, when its text no longer holds `quote` (whitespace aside); None when the page was never
    updated, still says it, or is not stored. Not a date the page gives: the fetch that found the change."""
    quote = " ".join(quote.split())
    if not url.startswith(("http://", "https://")) or not quote or "articles" not in db.table_names():
        return None
    found = rows(db, "select updated_at, text from articles where url = ? or id in (select article_id from "
                     "article_urls where url = ?) order by id limit 1", [url, url])
    if found and found[0]["updated_at"] and quote not in " ".join((found[0]["text"] or "").split()):
        return str(found[0]["updated_at"])[:10]
    return None


def record_error(db: sqlite_utils.Database, run_id: str, url: str, stage: str, message: str,
                 warning: bool = False) -> dict[str, str]:
    """Record a failure for the run's report; credentials in the URL or message are redacted first."""
    url, message = redact_url(url), redact(message)
    db["errors"].insert({"run_id": run_id, "url": url, "stage": stage, "message": message,  # type: ignore[union-attr]
                         "at": utcnow(), "warning": int(warning)})
    db.conn.commit()
    return {"url": url, "stage": stage, "message": message}


def run_errors(db: sqlite_utils.Database, run_id: str) -> list[dict[str, Any]]:
    """The errors and warnings (`warning` 1) recorded for run `run_id`, in the order they happened: rows url,
    stage, message, warning."""
    return rows(db, "select url, stage, message, warning from errors where run_id = ? order by id", [run_id])

