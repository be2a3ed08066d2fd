"""The versioned baseline in SQLite: every build or accepted change is a version; history is kept."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class BuildResult:
    """What `build_and_save` did. `version`: the current version after it; `created`: a new version was stored;
    `changes`: per claim whose value differs from the version before, (claim id, old value or None for a claim
    new to the catalogue, new value); none for the first build;
    `kept`: claims whose accepted value was kept because the build reads the same for them as the build before;
    `overridden`: (claim id, accepted value, finding id, new value) where the sources now say something else
    about a claim an analyst had accepted a value for, so the build's value replaces the accepted one."""

    version: int
    created: bool
    changes: list[tuple[str, str | None, str]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    overridden: list[tuple[str, str, str, str]] = field(default_factory=list)


def json_digest(data: Any) -> str:
    """16 hex digits of the SHA-256 of `data` as canonical JSON (sorted keys): the digest a version made by an
    accept or a reopen stores, and a claim record's."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def record_digest(record: dict[str, Any]) -> str:
    """A claim's built record as json_digest; a carried accepted record answers with the digest of the build it
    was carried over (its `built_digest`)."""
    return str(record["built_digest"]) if record.get("built_digest") else json_digest(record)


def last_build_claims(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """The claims of the newest version made by a build; {} before the first build."""
    found = rows(db, "select max(version) as v from baseline_versions where reason = 'build'")
    return load_claims(db, found[0]["v"]) if found and found[0]["v"] is not None else {}


def save_build(db: sqlite_utils.Database, baseline: dict[str, ClaimBaseline], digest: str) -> BuildResult:
    """Store a built baseline unless it is the same as the last build.

    A rebuild keeps what an analyst accepted where the sources did not move: a claim whose current value came
    from an accepted finding keeps it when the new build reads the same record for that claim as the build
    before did; where the build reads something new for it (its seed was edited), the build's record replaces
    the accepted one and the result names it in `overridden`."""
    if last_build_digest(db) == digest:
        return BuildResult(int(current_version(db) or 0), False)
    current, before = load_claims(db), last_build_claims(db)
    claims: dict[str, dict[str, Any]] = {}
    kept, overridden = [], []
    for claim_id, built in sorted(baseline.items()):
        record, now = built.to_dict(), current.get(claim_id)
        accepted, same = (now or {}).get("accepted"), record_digest(record)
        if accepted and claim_id in before and record_digest(before[claim_id]) == same:
            claims[claim_id] = {**now, "built_digest": same}
            kept.append(claim_id)
            continue
        if accepted and now and now["value"] != record["value"]:
            overridden.append((claim_id, now["value"], accepted["finding"], record["value"]))
        claims[claim_id] = record
    changes = [(claim_id, (current.get(claim_id) or {}).get("value"), data["value"])
               for claim_id, data in claims.items()
               if current and (current.get(claim_id) or {}).get("value") != data["value"]]
    return BuildResult(save_version(db, claims, "build", digest), True, changes, kept, overridden)


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
                   sources_dir: Path = SOURCES_DIR) -> BuildResult:
    """Build from the sources and store a new version when anything changed (see `save_build`). Raises
    BaselineError for unreadable or undated sources."""
    built = build(catalogue, load_sources(sources_dir))
    return save_build(db, built, digest(built, catalogue))


def ensure_baseline(db: sqlite_utils.Database, catalogue: Catalogue) -> int:
    """The current version, building the baseline first when the database has none."""
    version = current_version(db)
    if version is None:
        version = build_and_save(db, catalogue).version
    return version
