"""The versioned baseline in SQLite: every build or accepted change is a version; history is kept."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from baseline.builder import (SOURCES_DIR, ClaimBaseline, Source, as_given, build, digest, load_sources,
                              source_titles)
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
    `kept`: claims whose accepted value was kept because the build reads the same record or value for them as the
    build before;
    `overridden`: (claim id, accepted value, finding id, new value) where the sources now say something else
    about a claim an analyst had accepted a value for, so the build's value replaces the accepted one;
    `why`: claim id -> which catalogue entry or seed edit changed its record ("catalogue entry changed (topic)",
    "from seed 005_x.txt (added)"; what_changed), for the claims whose record or entry changed;
    `removed`: claims of the version before that the catalogue no longer has; `general`: what changed beyond any
    one claim (the catalogue outside its claims' entries, a seed retitled, or that the build before recorded no
    inputs), and, when no version was created, the seed edits that made none (unversioned_edits)."""

    version: int
    created: bool
    changes: list[tuple[str, str | None, str]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    overridden: list[tuple[str, str, str, str]] = field(default_factory=list)
    why: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)


def json_digest(data: Any) -> str:
    """16 hex digits of the SHA-256 of `data` as canonical JSON (sorted keys; a set or other value JSON cannot hold
    as `plain` gives it): the digest a version made by an accept or a reopen stores, a claim record's, and a
    catalogue part's (part_digest)."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=plain)
                          .encode("utf-8")).hexdigest()[:16]


def record_digest(record: dict[str, Any]) -> str:
    """A claim's built record as json_digest; a carried accepted record answers with the digest of the build it
    was carried over (its `built_digest`)."""
    return str(record["built_digest"]) if record.get("built_digest") else json_digest(record)


def built_value(record: dict[str, Any]) -> str | None:
    """The value the build read for a claim: a record's own, or, for an accepted record a rebuild carried over,
    the build's value it was carried over (`built_value`); None for a record carried before builds kept that."""
    return record.get("built_value") if record.get("built_digest") else record.get("value")


def last_build_claims(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """The claims of the newest version made by a build; {} before the first build."""
    found = rows(db, "select max(version) as v from baseline_versions where reason = 'build'")
    return load_claims(db, found[0]["v"]) if found and found[0]["v"] is not None else {}


def save_build(db: sqlite_utils.Database, baseline: dict[str, ClaimBaseline], digest: str,
               inputs: dict[str, Any] | None = None) -> BuildResult:
    """Store a built baseline unless it is the same as the last build.

    A rebuild keeps what an analyst accepted where the sources did not move: a claim whose current value came
    from an accepted finding keeps it when the new build reads the same record, or the same value, for that
    claim as the build before did (an edit of a seed's date or of a quote that leaves the value as it was is no
    reason to drop the analyst's decision: verify23 N1); where the build reads a new value for it (its seed was
    edited to say another), the build's record replaces the accepted one and the result names it in
    `overridden`. `inputs` (build_inputs): what this build read,
    stored with the version, so that this build and the next say which catalogue or seed edit made a version."""
    if last_build_digest(db) == digest:
        earlier = last_build_inputs(db) if inputs is not None else None
        edits = seed_edits(earlier, inputs) if earlier and inputs is not None else {}
        if edits:
            remember_inputs(db, earlier, inputs)  # type: ignore[arg-type]
        return BuildResult(int(current_version(db) or 0), False,
                           general=unversioned_edits(edits, earlier, inputs) if edits else [])  # type: ignore[arg-type]
    current, before = load_claims(db), last_build_claims(db)
    had_build = last_build_digest(db) is not None
    claims: dict[str, dict[str, Any]] = {}
    kept, overridden = [], []
    for claim_id, built in sorted(baseline.items()):
        record, now = built.to_dict(), current.get(claim_id)
        accepted, same, prior = (now or {}).get("accepted"), record_digest(record), before.get(claim_id)
        if accepted and prior is not None and (record_digest(prior) == same or built_value(prior) == record["value"]):
            claims[claim_id] = {**now, "built_digest": same, "built_value": record["value"]}
            kept.append(claim_id)
            continue
        if accepted and now and now["value"] != record["value"]:
            overridden.append((claim_id, now["value"], accepted["finding"], record["value"]))
        claims[claim_id] = record
    changes = [(claim_id, (current.get(claim_id) or {}).get("value"), data["value"])
               for claim_id, data in claims.items()
               if current and (current.get(claim_id) or {}).get("value") != data["value"]]
    removed = sorted(set(current) - set(claims)) if current else []
    why: dict[str, str] = {}
    general: list[str] = []
    if inputs is not None and had_build:
        earlier = last_build_inputs(db)
        if earlier is None:
            general = ["what made this version is not known claim by claim: the build before it was made before "
                       "claimwatch recorded the catalogue and seeds a build read (the next build will say it)"]
        else:
            why, general = what_changed(earlier, inputs, current, claims, kept)
    version = save_version(db, claims, "build", digest)
    if inputs is not None:
        db.execute("insert or replace into baseline_inputs values (?, ?)",
                   [version, json.dumps({**inputs, "why": why, "general": general}, ensure_ascii=False,
                                        sort_keys=True)])
    return BuildResult(version, True, changes, kept, overridden, why, removed, general)


def plain(value: Any) -> Any:
    """`value` as JSON can hold it (json.dumps' default): a set sorted, anything else as text."""
    return sorted(value, key=str) if isinstance(value, (set, frozenset)) else str(value)


def part_digest(value: Any) -> str:
    """json_digest of a catalogue part that may hold sets, tuples and dataclasses."""
    return json_digest(dataclasses.asdict(value) if dataclasses.is_dataclass(value) and not isinstance(value, type)
                       else value)


def build_inputs(catalogue: Catalogue, sources: list[Source], catalogue_file: Path | None = None,
                 titles: dict[str, str] | None = None) -> dict[str, Any]:
    """What a build read, as digests to compare with the next build's (stored in `baseline_inputs`, walk22 A10):
    {"catalogue_file": the catalogue's path or None when not known, "claims": {claim id: {field of its entry
    (claims.catalogue.Claim: topic, states, cues, titles, ...): digest}}, "catalogue": {other part of the
    catalogue (parties, places, names, context, ...): digest}, "seeds": {file name: {"text": digest,
    "published": as-of date, "title": sources.toml's title}}}."""
    others = {f.name: part_digest(getattr(catalogue, f.name)) for f in dataclasses.fields(catalogue)
              if f.name not in ("claims", "digest", "extra")}
    # `extra`'s parts by their own names (languages, context_lang, members, bodies, cities: claims.catalogue)
    others.update({str(name): part_digest(part) for name, part in catalogue.extra.items()})
    return {"catalogue_file": str(catalogue_file.resolve()) if catalogue_file else None,
            "claims": {claim.id: {f.name: part_digest(getattr(claim, f.name)) for f in dataclasses.fields(claim)
                                  if f.name != "id"} for claim in catalogue.claims},
            "details": {claim.id: entry_details(claim) for claim in catalogue.claims},
            "catalogue": others,
            "seeds": {s.name: {"text": hashlib.sha256(s.text.encode("utf-8")).hexdigest()[:16],
                               "published": s.as_of.isoformat(), "title": (titles or {}).get(s.name, "")}
                      for s in sources}}


def entry_details(claim: Any) -> dict[str, Any]:
    """Digests inside the two fields of a claim's entry that hold more than one thing, so that a rebuild can say
    which part changed (entry_changes): {"states": {state value: {field of claims.catalogue.State (cues,
    describe, negative, ...): digest}}, "lang": {language: {key (topic, titles, cues, ...): digest, "states":
    {state value: digest of its cues}}}}."""
    states = {state.value: {f.name: part_digest(getattr(state, f.name)) for f in dataclasses.fields(state)
                            if f.name != "value"} for state in claim.states}
    lang = {code: {key: ({state: part_digest(cues) for state, cues in value.items()}
                         if key == "states" and isinstance(value, dict) else part_digest(value))
                   for key, value in words.items()} if isinstance(words, dict) else {"": part_digest(words)}
            for code, words in (claim.lang or {}).items()}
    return {"states": states, "lang": lang}


def entry_changes(field_name: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """What changed in the field `field_name` of a claim's entry, in words, from the two builds' entry_details
    (`before` None: the build before recorded none, so only the field is named): "cues of 'signed'", "state
    'halted' added", "topic (ru)", "cues of 'signed' (fa)"; [field_name] for any other field."""
    if field_name not in ("states", "lang") or before is None or after is None:
        return [field_name]
    old, new = before.get(field_name) or {}, after.get(field_name) or {}
    said = [f"state {name!r} added" if field_name == "states" else f"{field_name} {name} added"
            for name in new if name not in old]
    said += [f"state {name!r} removed" if field_name == "states" else f"{field_name} {name} removed"
             for name in old if name not in new]
    for name in (n for n in new if n in old and new[n] != old[n]):
        parts, was = new[name], old[name]
        if field_name == "states":
            said += [f"{key} of {name!r}" for key in sorted(set(parts) | set(was)) if parts.get(key) != was.get(key)]
            continue
        for key in sorted(set(parts) | set(was)):
            if parts.get(key) == was.get(key):
                continue
            if isinstance(parts.get(key), dict) and isinstance(was.get(key), dict):
                said += [f"cues of {state!r} ({name})" for state in sorted(set(parts[key]) | set(was[key]))
                         if parts[key].get(state) != was[key].get(state)]
            else:
                said.append(f"{key} ({name})" if key else f"lang ({name})")
    return said or [f"order of {field_name}"]  # the same parts in another order


def remember_inputs(db: sqlite_utils.Database, earlier: dict[str, Any], inputs: dict[str, Any]) -> None:
    """Record `inputs` as what the newest build version read, after a build that made no version read seeds edited
    since (a title alone, or a text that changed no claim): the next build compares with them and does not say the
    same edit again. The version's own reasons (`why`, `general`: what made it) stay as they were."""
    db.execute("update baseline_inputs set data = ? where version = (select max(version) from baseline_versions "
               "where reason = 'build')",
               [json.dumps({**inputs, "why": earlier.get("why") or {}, "general": earlier.get("general") or []},
                           ensure_ascii=False, sort_keys=True)])


def last_build_inputs(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The inputs (build_inputs) of the newest version made by a build; None when it recorded none (made before
    they were recorded) or there is no build."""
    found = rows(db, "select i.data from baseline_inputs i join baseline_versions v on v.version = i.version "
                     "where v.reason = 'build' and v.version = (select max(version) from baseline_versions "
                     "where reason = 'build')")
    return json.loads(found[0]["data"]) if found else None  # type: ignore[no-any-return]


def seed_edits(before: dict[str, Any], after: dict[str, Any]) -> dict[str, str]:
    """Seed file name -> how it changed between two builds' inputs: "added", "removed", "edited" (its text),
    "redated" (its `published` date) or "retitled" (its title only)."""
    old, new = before.get("seeds") or {}, after.get("seeds") or {}
    edits = {name: "added" for name in new if name not in old}
    edits.update({name: "removed" for name in old if name not in new})
    for name in set(old) & set(new):
        if old[name].get("text") != new[name].get("text"):
            edits[name] = "edited"
        elif old[name].get("published") != new[name].get("published"):
            edits[name] = "redated"
        elif old[name].get("title") != new[name].get("title"):
            edits[name] = "retitled"
    return edits


def retitled_line(name: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """"seed NAME retitled in sources.toml ('old title' → 'new title')", from two builds' inputs."""
    return (f"seed {name} retitled in sources.toml ({before['seeds'][name].get('title')!r} → "
            f"{after['seeds'][name].get('title')!r})")


def unversioned_edits(edits: dict[str, str], before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Lines for seed edits that made no new version (the build read the same records from the same catalogue):
    a title changed alone, which is only what the reports call the seed (chosen: no version; reports read
    sources.toml's titles when they are written, so they use the new one at once), and other edits that changed no
    claim's value or quotes. A rebuild said "unchanged: same sources and catalogue" of both."""
    retitled = [name for name, how in edits.items() if how == "retitled"]
    said = [retitled_line(name, before, after) + ": not a new version, as a title is only what the reports call "
            "the seed; reports written from now on use the new one" for name in sorted(retitled)]
    others = sorted(name for name in edits if name not in retitled)
    if others:
        said.append("seeds " + ", ".join(f"{name} ({edits[name]})" for name in others) + ": no claim's value or "
                    "quotes changed with them, so no new version")
    return said


def quoted_seeds(record: dict[str, Any] | None) -> list[str]:
    """The seed files (or article URLs, for an accepted value) a claim record quotes, its sides' included."""
    if not record:
        return []
    quotes = list(record.get("quotes") or []) + [q for side in (record.get("sides") or {}).values() for q in side]
    return list(dict.fromkeys(str(q.get("source")) for q in quotes if q.get("source")))


def what_changed(before: dict[str, Any], after: dict[str, Any], current: dict[str, dict[str, Any]],
                 claims: dict[str, dict[str, Any]], kept: list[str]) -> tuple[dict[str, str], list[str]]:
    """Why a rebuild made a new version, from the inputs of the build before (`before`) and of this one
    (`after`), the claims of the version before (`current`) and of this one (`claims`): per claim whose catalogue
    entry changed or whose record changed (a value kept from an accept excepted), which fields of its entry
    changed and which seeds it quotes, before or now, were edited, added or removed; and lines for what changed
    beyond one claim (the catalogue outside its claims' entries, seeds no claim quotes)."""
    edits = seed_edits(before, after)
    why: dict[str, str] = {}
    told: set[str] = set()
    for claim_id, record in claims.items():
        if claim_id in kept or claim_id not in current:
            continue
        old_entry, new_entry = (before.get("claims") or {}).get(claim_id), (after.get("claims") or {}).get(claim_id)
        fields = sorted(k for k in set(old_entry or {}) | set(new_entry or {})
                        if (old_entry or {}).get(k) != (new_entry or {}).get(k)) if old_entry and new_entry else []
        # which state's cues, which language's words: a cue edit said only "states" (prod23)
        details = [(before.get("details") or {}).get(claim_id), (after.get("details") or {}).get(claim_id)]
        fields = [part for name in fields for part in entry_changes(name, *details)]
        moved = record_digest(current[claim_id]) != record_digest(record)
        seeds = [s for s in dict.fromkeys(quoted_seeds(record) + quoted_seeds(current.get(claim_id)))
                 if s in edits] if moved else []
        if not fields and not seeds:
            continue
        told.update(seeds)
        said = [f"catalogue entry changed ({', '.join(fields)})"] if fields else []
        if seeds:
            said.append(("from " if current[claim_id].get("value") != record["value"] else "its quotes changed with ")
                        + ", ".join(f"seed {s} ({edits[s]})" for s in seeds))
        why[claim_id] = "; ".join(said)
    general = []
    parts = sorted(k for k in set(before.get("catalogue") or {}) | set(after.get("catalogue") or {})
                   if (before.get("catalogue") or {}).get(k) != (after.get("catalogue") or {}).get(k))
    if parts:
        general.append(f"the catalogue changed outside its claims' entries ({', '.join(parts)}): every claim is "
                       "read with them")
    untold = sorted(s for s in edits if s not in told and edits[s] != "retitled")
    general += [retitled_line(s, before, after) for s in sorted(edits) if edits[s] == "retitled" and s not in told]
    if untold:
        general.append("seeds " + ", ".join(f"{s} ({edits[s]})" for s in untold) + ": no claim's value or quotes "
                       "changed with them")
    return why, general


def build_reasons(db: sqlite_utils.Database) -> dict[tuple[int, str], str]:
    """(version, claim id) -> why that build changed the claim (BuildResult.why), for every build that said it."""
    reasons = {}
    for row in rows(db, "select version, data from baseline_inputs"):
        for claim_id, why in (json.loads(row["data"]).get("why") or {}).items():
            reasons[(int(row["version"]), claim_id)] = str(why)
    return reasons


def built_from(db: sqlite_utils.Database) -> tuple[bool, str | None]:
    """(known, catalogue file) of the newest build: known False when it recorded no inputs; the file is None when
    the build did not say which (a build through build_and_save without `catalogue_file`)."""
    found = last_build_inputs(db)
    return (found is not None, found.get("catalogue_file") if found else None)


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
    id>" or "reopened <finding id>", note, claim, value, disputed, as_of: when the value holds from, in words
    (holds_from)), by claim then version."""
    found = rows(db, """select v.version, v.created_at, v.reason, v.note, c.claim, c.value, c.disputed, c.data
                        from baseline_versions v join baseline_claims c on c.version = v.version
                        order by c.claim, v.version""")
    dates = seed_dates(db)
    for row in found:
        row["as_of"] = holds_from(json.loads(row.pop("data")), dates.get(row["version"], {}))
    return found


def seed_dates(db: sqlite_utils.Database) -> dict[int, dict[str, str]]:
    """Version -> seed file name -> its `published` date, as the newest build up to that version read them
    (baseline_inputs); a version before any recorded build has none."""
    builds = [(int(r["version"]), json.loads(r["data"]).get("seeds") or {})
              for r in rows(db, "select version, data from baseline_inputs order by version")]
    out: dict[int, dict[str, str]] = {}
    for row in rows(db, "select version from baseline_versions order by version"):
        read = [seeds for version, seeds in builds if version <= row["version"]]
        if read:
            out[int(row["version"])] = {name: str(seed.get("published") or "") for name, seed in read[-1].items()}
    return out


def holds_from(record: dict[str, Any], published: dict[str, str]) -> str:
    """When a claim's recorded value holds from, in words, from the quotes that state it (walk23 P5): a figure's
    period and the earliest day a source stated it ("figure for 2021, stated 2022-01-24"); any other value's
    earliest as-of date among its quotes ("as of 2024-07-06": the statement's own date, else its source's), a bare
    year where the statement gave only that ("as of 2020", not the "2020-01-01" the quote stores); "" when no quote
    is dated. `published`: seed file name ->
    its `published` date (seed_dates); an accepted value's source is its article, whose date the quote holds."""
    from claims.values import person_key

    quotes = list(record.get("quotes") or [])
    same = (lambda v: person_key(v) == person_key(record["value"])) if record.get("type") == "person" else \
        (lambda v: v == record["value"])
    stating = [q for q in quotes if same(str(q.get("value") or ""))] or quotes
    if record.get("type") == "quantity" and record.get("period"):
        stated = sorted(day for q in stating if (day := stated_on(q, published)))
        return f"figure for {record['period']}" + (f", stated {stated[0]}" if stated else "")
    days = sorted((str(q.get("as_of") or ""), str(q.get("source") or "")) for q in stating if q.get("as_of"))
    if not days:
        return ""
    day, source = days[0]
    return "as of " + as_given(day, published.get(source))


def stated_on(quote: dict[str, Any], published: dict[str, str]) -> str:
    """The day a quote was published: its article's (an accepted value's quote: `as_of` is the article's date), or
    its seed's `published` date; "" for a seed whose date no build recorded."""
    source = str(quote.get("source") or "")
    if source.startswith(("http://", "https://")):
        return str(quote.get("as_of") or "")
    return published.get(source, "")


def build_and_save(db: sqlite_utils.Database, catalogue: Catalogue,
                   sources_dir: Path = SOURCES_DIR, catalogue_file: Path | None = None) -> BuildResult:
    """Build from the sources and store a new version when anything changed (see `save_build`), with what it
    read (build_inputs; `catalogue_file`: where `catalogue` was read from, when known). Raises BaselineError for
    unreadable or undated sources."""
    sources = load_sources(sources_dir)
    built = build(catalogue, sources)
    inputs = build_inputs(catalogue, sources, catalogue_file, source_titles(sources_dir))
    return save_build(db, built, digest(built, catalogue), inputs)


def ensure_baseline(db: sqlite_utils.Database, catalogue: Catalogue) -> int:
    """The current version, building the baseline first when the database has none."""
    from baseline.catalogue import CATALOGUE_FILE

    version = current_version(db)
    if version is None:  # a run's first build: from the catalogue every run reads
        version = build_and_save(db, catalogue, catalogue_file=CATALOGUE_FILE).version
    return version
