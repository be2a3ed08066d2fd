"""The one store module: the whole schema made by open_db, on new and older databases; one transaction()."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from baseline import store as baseline_store
from claimwatch import review
from claimwatch.store import SCHEMA, open_db, rows, transaction


def test_transaction_commits_or_rolls_back_everything(tmp_path: Path) -> None:
    db = open_db(tmp_path / "c.db")
    with transaction(db) as conn:
        conn.execute("insert into runs (id, status) values ('r1', 'running')")
    with pytest.raises(RuntimeError, match="half-way"):
        with transaction(db) as conn:
            conn.execute("insert into runs (id, status) values ('r2', 'running')")
            raise RuntimeError("failed half-way")
    assert [r["id"] for r in rows(db, "select id from runs order by id")] == ["r1"]
    assert not db.conn.in_transaction  # nothing left open for the next writer
    # Another connection sees the committed row only.
    with sqlite3.connect(tmp_path / "c.db") as other:
        assert other.execute("select id from runs").fetchall() == [("r1",)]


def test_an_older_database_gains_the_missing_tables_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # as a first version left it: fewer columns, no review tables
        conn.execute("create table articles (id integer primary key, url text, title text, published text, "
                     "text text)")
        conn.execute("insert into articles (url, title, text) values ('https://e.org/a', 'A', 'Body')")
        conn.execute("create table baseline_versions (version integer primary key, created_at text, reason text, "
                     "digest text, note text)")
        conn.execute("create table baseline_claims (version integer, claim text, type text, value text, "
                     "disputed integer, period text, low real, high real, data text, primary key (version, claim))")
        conn.execute("insert into baseline_versions values (1, '2026-01-01', 'build', 'd1', '')")
        conn.execute("insert into baseline_claims values (1, 'sco-membership', 'status', 'observer', 0, null, null, "
                     "null, ?)", [json.dumps({"type": "status", "value": "observer", "disputed": False})])
    db = open_db(path)
    assert set(SCHEMA["articles"][0]) <= set(db["articles"].columns_dict)
    assert rows(db, "select url, title, text from articles") == [
        {"url": "https://e.org/a", "title": "A", "text": "Body"}]
    assert baseline_store.load_claims(db)["sco-membership"]["value"] == "observer"
    assert {"findings", "dismissed", "developments", "reviews", "errors", "runs"} <= set(db.table_names())
    assert review.list_findings(db) == []
