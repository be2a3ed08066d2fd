"""The versioned baseline in SQLite: every build or accepted change is a version; history is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from baseline.builder import SOURCES_DIR, ClaimBaseline, build, digest, load_sources
from claims.catalogue import Catalogue
from claimwatch.store import rows, transaction, utcnow


def current_version(db: sqlite_utils.Database) -> int | None:
    """The newest baseline version number, None when the database has no baseline yet."""
    found = rows(db, "select max(version) as v from baseline_versions")
    return found[0]["v"] if found and found[0]["v"] is not None else None


def last_build_digest(db: sqlite_utils.Database) -> str | None:
    """The digest of the newest version made by a build (not by an accepted finding), None before the first
    build."""
    found = rows(db, "select digest from baseline_versions where reason = 'build' order by version desc limit 1")
    return found[0]["digest"] if found else None


def save_version(db: sqlite_utils.Database, claims: dict[str, dict[str, Any]], reason: str, digest: str,
                 note: str = "") -> int:
    """Write a whole new version in one transaction and return its number."""
    with transaction(db) as conn:
        version = (conn.execute("select coalesce(max(version), 0) + 1 from baseline_versions").fetchone()[0])
        conn.execute("insert into baseline_versions values (?, ?, ?, ?, ?)", [version, utcnow(), reason, digest, note])
        for claim_id, data in sorted(claims.items()):
            conn.execute("insert into baseline_claims values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [version, claim_id, data["type"], data["value"], int(data["disputed"]), data.get("period"),
                          data.get("low"), data.get("high"), json.dumps(data, ensure_ascii=False, sort_keys=True)])
    return int(version)


def save_build(db: sqlite_utils.Database, baseline: dict[str, ClaimBaseline], digest: str) -> tuple[int, bool]:
    """Store a built baseline unless it is the same as the last build. Returns (version, created)."""
    if last_build_digest(db) == digest:
        return int(current_version(db) or 0), False
    return save_version(db, {k: v.to_dict() for k, v in baseline.items()}, "build", digest), True


def load_claims(db: sqlite_utils.Database, version: int | None = None) -> dict[str, dict[str, Any]]:
    """Claim id -> its baseline record (ClaimBaseline.to_dict shape: value, disputed, quotes, period/low/high
    for quantities) at `version` (default: the current one); {} without a baseline."""
    version = version if version is not None else current_version(db)
    if version is None:
        return {}
    return {r["claim"]: json.loads(r["data"]) for r in
            rows(db, "select claim, data from baseline_claims where version = ? order by claim", [version])}


def history(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every claim's value in every version: rows (version, created_at, reason: "build", "accepted <finding
    id>" or "reopened <finding id>", note, claim, value, disputed), by claim then version."""
    return rows(db, """select v.version, v.created_at, v.reason, v.note, c.claim, c.value, c.disputed
                       from baseline_versions v join baseline_claims c on c.version = v.version
                       order by c.claim, v.version""")


def build_and_save(db: sqlite_utils.Database, catalogue: Catalogue,
                   sources_dir: Path = SOURCES_DIR) -> tuple[int, bool, dict[str, ClaimBaseline]]:
    """Build from the sources and store a new version when anything changed. (version, created, claims)"""
    built = build(catalogue, load_sources(sources_dir))
    version, created = save_build(db, built, digest(built, catalogue))
    return version, created, built


def ensure_baseline(db: sqlite_utils.Database, catalogue: Catalogue) -> int:
    """The current version, building the baseline first when the database has none."""
    version = current_version(db)
    if version is None:
        version, _, _ = build_and_save(db, catalogue)
    return version
