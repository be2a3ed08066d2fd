"""Findings across runs, and the analyst's review of them.

Every finding of every run is kept (table `findings`), so a report can tell what is new since the last run
and a digest can span runs. `accept` makes a finding's observed value the claim's baseline value: a new
baseline version, history kept, that later runs compare with. `dismiss` marks a false alarm: the finding's
statements (claim + normalised sentence) are never flagged again, in this article or any other. `reopen`
undoes either (an accept by a new baseline version that restores the claim's previous entry: history kept).
`supersede` closes a true earlier step of a claim that the baseline has moved past (an acting president before
the elected one, last year's figure): history, not a false alarm, so its statements stay flaggable.
A finding is decided once: accepting, dismissing or superseding a decided finding raises AlreadyDecided and changes
nothing.
Every decision is logged in the table `reviews`.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlite_utils

from baseline import store as baseline_store
from claims.catalogue import Catalogue, Claim
from claims.reader import statement_key
from claimwatch.store import ARTICLE_ROWS, rows, transaction, utcnow
from reports.model import Development, Finding
from reports.timeline import link_of, observation_date, timeline_point
from settings.errors import ReviewError

if TYPE_CHECKING:
    from claims import Article

# superseded: a true earlier step of its claim that the baseline has moved past (`supersede`): closed as history,
# neither accepted nor a false alarm (walk23 P1)
DECISIONS = ("accepted", "dismissed", "superseded")


class AlreadyDecided(ReviewError):
    """Accept or dismiss of a finding that was accepted or dismissed before. `status` is that decision."""

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status
from claims.values import period_sort_key, same_person

# A claim's timeline keeps its latest observations only: enough to see a trend, small enough to read.
MAX_TIMELINE_POINTS = 40


def record_run(db: sqlite_utils.Database, run_id: str, findings: list[Finding],
               developments: list[Development]) -> list[Finding]:
    """Store the run's findings and new developments. Returns the findings, each marked `new` (no earlier run
    reported it) with `first_seen` (the run that first did) and `review` when an analyst accepted or dismissed it
    before. A finding dismissed before is back only through statements the dismissal did not cover (the engine
    skips those: dismissed_statements), so it is flagged again: `new`, and open until dismissed again."""
    marked = []
    for finding in findings:
        # rowid: the order runs recorded it in (run ids of one second sort by their random part)
        before = rows(db, "select first_seen, status from findings where id = ? and run_id != ? order by rowid",
                      [finding["id"], run_id])
        standing = before[-1]["status"] if before else None
        item = {**finding, "new": not before or standing == "dismissed",
                "first_seen": before[0]["first_seen"] if before else run_id}
        if standing == "dismissed":
            # back through other statements: open again (decision(), `findings`), so no `review` as its state;
            # the reports say "dismissed before" (walk22 A5: report.json said `review` "dismissed")
            item["dismissed_before"] = True
            note = latest_note(db, finding["id"])
            if note:  # why the analyst dismissed it (`dismiss --note`; report.json `dismissed_note`, added)
                item["dismissed_note"] = note
        elif standing in DECISIONS:
            item["review"] = standing
        revised = earlier_figures(db, finding, run_id)
        if revised:
            item["revises"] = revised
        agreed = denial_of_dismissed(db, finding, run_id)
        if agreed:
            # "Moscow denied it had delivered the jets", after the analyst dismissed "delivered" as a false
            # alarm: the denial says what the analyst decided, so it is no news and is not flagged.
            item.pop("dismissed_before", None)
            item.pop("dismissed_note", None)
            item.update(new=False, review="dismissed", denies_dismissed=agreed)
        marked.append(item)
    with transaction(db) as conn:
        for f in marked:
            obs = f["observed"]
            # a finding accepted or closed as history stays so when a later run reports it again (decision() reads
            # the latest run's row); a dismissed one that came back is open again (above)
            status = "dismissed" if f.get("denies_dismissed") else \
                f["review"] if f.get("review") in ("accepted", "superseded") else "new" if f["new"] else "seen"
            conn.execute("insert or replace into findings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [f["id"], run_id, f["claim"], f["verdict"], obs["value"], obs["quote"], obs["url"],
                          obs.get("published"), f["confidence"], f["first_seen"], status,
                          json.dumps(f, ensure_ascii=False, sort_keys=True)])
        conn.execute("delete from developments where run_id = ?", [run_id])
        for d in developments:
            conn.execute("insert into developments values (?, ?, ?, ?, ?, ?)",
                         [run_id, d["statement"], d["url"], d.get("title"), d.get("published"), d.get("score")])
    return marked


def earlier_figures(db: sqlite_utils.Database, finding: Finding, run_id: str) -> list[dict[str, str]]:
    """The figures that runs other than `run_id` reported for the claim and period that `finding` revises (a changed
    figure given as a correction, evidence `revision`): [{"id", "value", "run"}] (their finding id, figure and the
    run that first reported it), oldest first; [] for any other finding. claims.compare.relate_figures links the
    figures of one run (`superseded_by`); this links a revision to the figures of earlier runs (report.json
    `revises`, added), whose reports are written and stay as they are."""
    observed = finding.get("observed") or {}
    if finding["verdict"] != "changed" or not (finding.get("evidence") or {}).get("revision") \
            or observed.get("amount") is None or not observed.get("period"):
        return []
    # one row per finding (its first_seen is the same in every run's row), in the order their first runs began
    return rows(db, "select id, observed_value as value, first_seen as run from findings where claim = ? and "
                    "verdict = 'changed' and run_id != ? and observed_value != ? and "
                    "cast(json_extract(data, '$.observed.period') as text) = ? group by id "
                    f"order by {run_order_of('first_seen')}",
                [finding["claim"], run_id, observed["value"], str(observed["period"])])


def denial_of_dismissed(db: sqlite_utils.Database, finding: Finding, run_id: str) -> str | None:
    """The id of a standing dismissed finding of the same claim and observed value, recorded by a run other than
    `run_id`, when `finding` is a dispute that denies that value (report.json evidence `denied`): a denial of a
    value the analyst already dismissed agrees with the analyst. That finding may be `finding` itself: a dismissed
    dispute (a hedged report of the value) and a later denial of the value are both disputes of it, with one id.
    A row dismissed only because it was such a denial (its data has `denies_dismissed`) is no dismissal of the
    analyst's, so a reopened value is disputed again. None otherwise (a hedged or another report of the dismissed
    value is still news: record_run flags it again)."""
    if finding["verdict"] != "disputed" or not (finding.get("evidence") or {}).get("denied"):
        return None
    found = rows(db, "select id from findings where claim = ? and observed_value = ? and status = 'dismissed' "
                     "and run_id != ? and json_extract(data, '$.denies_dismissed') is null "
                     "order by rowid desc limit 1",
                 [finding["claim"], finding["observed"]["value"], run_id])
    return found[0]["id"] if found else None


def listed_developments(db: sqlite_utils.Database, run_id: str) -> set[str]:
    """Statement keys (claims.reader.statement_key) of the new developments runs other than `run_id` listed:
    a syndicated copy of a development reported before is not new (the same sentence; a paraphrase by another
    outlet is another statement)."""
    from claims.reader import statement_key

    return {statement_key(r["statement"]) for r in rows(db, "select statement from developments where run_id != ?",
                                                         [run_id])}


def dismissed_statements(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(claim id, statement key) of every dismissed finding's statements: the engine never reports them again
    (claims.reader.statement_key)."""
    return {(r["claim"], r["statement"]) for r in rows(db, "select claim, statement from dismissed")}


def load_finding(db: sqlite_utils.Database, finding_id: str) -> dict[str, Any]:
    """The finding as its latest run reported it."""
    found = rows(db, "select data from findings where id = ? order by rowid desc limit 1", [finding_id.strip()])
    if not found:
        raise ReviewError(f"unknown finding id {finding_id!r}: the ids are in each run's report.json and report.md")
    return json.loads(found[0]["data"])  # type: ignore[no-any-return]


def decision(db: sqlite_utils.Database, finding_id: str) -> dict[str, Any] | None:
    """The standing decision on a finding: {"status": accepted|dismissed|superseded, "at": ISO time} or None (open). It
    is the status of the finding's latest run: a dismissed finding flagged again by other statements
    (record_run) is open."""
    found = rows(db, "select status from findings where id = ? order by rowid desc limit 1", [finding_id.strip()])
    if not found or found[0]["status"] not in DECISIONS:
        return None
    logged = rows(db, "select at from reviews where finding_id = ? and action = ? order by at desc limit 1",
                  [finding_id.strip(), found[0]["status"]])
    return {"status": found[0]["status"], "at": logged[0]["at"] if logged else None}


def refuse_if_decided(db: sqlite_utils.Database, finding_id: str, wanted: str) -> None:
    """Return when finding `finding_id` is undecided. Raises AlreadyDecided (status: the standing decision)
    when it was already `wanted` (accepted / dismissed) or decided the other way, naming `claimwatch
    reopen` for the latter."""
    standing = decision(db, finding_id)
    if standing is None:
        return
    when = f" on {standing['at'][:16].replace('T', ' ')} UTC" if standing["at"] else ""
    if standing["status"] == wanted:
        raise AlreadyDecided(f"finding {finding_id} was already {wanted}{when}: nothing changed", wanted)
    verb = {"accepted": "accept", "dismissed": "dismiss", "superseded": "supersede"}[wanted]
    raise AlreadyDecided(f"finding {finding_id} was {standing['status']}{when}: nothing changed; to {verb} it "
                         f"instead, first undo that with `claimwatch reopen {finding_id}`", standing["status"])


def log_review(db: sqlite_utils.Database, finding_id: str, action: str, version: int | None, note: str) -> None:
    """Append an analyst's decision (action accept | dismiss | reopen, the baseline version it made, a note)
    to the `reviews` table, timestamped."""
    db.execute("insert into reviews values (?, ?, ?, ?, ?)", [finding_id, action, utcnow(), version, note])


def add_note(db: sqlite_utils.Database, finding_id: str, text: str) -> None:
    """The analyst's reason for a decision just made (`accept/dismiss/reopen --note`): a `reviews` row of its own,
    action "note" (the table's `note` column holds it; walk22 A8). `list_findings` shows the latest."""
    log_review(db, finding_id.strip(), "note", None, " ".join(text.split()))


def superseded_why(db: sqlite_utils.Database, finding_id: str) -> str | None:
    """Why `supersede` closed the finding as history, as it said then ("the dispute is settled: …", "the baseline
    has moved past it: …": superseded_by_baseline, logged with the decision); None when it was not superseded."""
    found = rows(db, "select action, note from reviews where finding_id = ? and action in ('superseded', 'reopened') "
                     "order by rowid desc limit 1", [finding_id])
    return found[0]["note"] if found and found[0]["action"] == "superseded" and found[0]["note"] else None


def latest_note(db: sqlite_utils.Database, finding_id: str) -> str | None:
    """The analyst's note on the finding's current decision (add_note logs it right after the decision), None
    without one: a note given with an earlier decision ("reopen --note checking", then a plain accept) is not the
    current one's."""
    found = rows(db, "select action, note from reviews where finding_id = ? order by rowid desc limit 1", [finding_id])
    return found[0]["note"] if found and found[0]["action"] == "note" else None


def accept(db: sqlite_utils.Database, finding_id: str, catalogue: Catalogue) -> tuple[int | None, dict[str, Any]]:
    """Make the finding's observed value its claim's baseline value, in a new baseline version whose quote,
    source (the article URL) and as-of date come from the article. Returns (new version, finding); the
    version is None when the baseline already holds that value. AlreadyDecided when it was decided before."""
    finding = load_finding(db, finding_id)
    try:
        refuse_if_decided(db, finding["id"], "accepted")
        again = False
    except AlreadyDecided as exc:
        # accepted before, but a rebuild from edited sources replaced the value since: the build's warning says
        # "accept it again if it still holds", so that accept applies it again (walk22 A3)
        if exc.status != "accepted" or not replaced_by_build(db, catalogue, finding):
            raise
        again = True
    if finding["verdict"] == "confirmed":
        raise ReviewError(f"finding {finding_id} restates the baseline: there is nothing to accept")
    try:
        claim = catalogue.get(finding["claim"])
    except KeyError:
        raise ReviewError(f"finding {finding_id}: claim {finding['claim']!r} is no longer in the catalogue") from None
    claims = baseline_store.load_claims(db)
    current = claims.get(claim.id)
    updated = accepted_claim(claim, finding, current)
    later = superseding_accepted(db, finding)
    if later:
        raise ReviewError(
            f"finding {finding['id']} states {updated['value']!r}, which finding {later['id']} superseded with "
            f"{later['value']!r} ({later['how']}), accepted since: accepting it would move {claim.id} back; close "
            f"it as history with `claimwatch supersede {finding['id']}` (dismiss is for a false alarm), or reopen "
            f"{later['id']} first")
    if current and current.get("accepted") and behind(claim, current, updated):
        raise ReviewError(
            f"finding {finding['id']} states {updated['value']!r}, which the baseline has moved past since it was "
            f"made: {claim.id} is now {current['value']!r} (accepted from finding {current['accepted']['finding']}); "
            f"close it as history with `claimwatch supersede {finding['id']}` (dismiss is for a false alarm), or "
            f"reopen {current['accepted']['finding']} first")
    if current and holds(claim, current, updated):
        mark(db, finding["id"], "accepted")
        log_review(db, finding["id"], "accepted", None, f"{claim.id}: baseline already {updated['value']}")
        return None, finding
    claims[claim.id] = updated
    digest = baseline_store.json_digest(claims)
    previous = current["value"] if current else "(none)"
    version = baseline_store.save_version(db, claims, f"accepted {finding['id']}", digest,
                                          note=f"{claim.id}: {previous} → {updated['value']}")
    mark(db, finding["id"], "accepted")
    log_review(db, finding["id"], "accepted", version, f"{claim.id}: {previous} → {updated['value']}"
               + ("; accepted again after a build replaced it" if again else ""))
    return version, {**finding, "previous": previous, **({"again": True} if again else {})}


def supersede(db: sqlite_utils.Database, finding_id: str, catalogue: Catalogue) -> tuple[str, dict[str, Any]]:
    """Close a finding as history: a true earlier step of its claim (an acting president before the elected
    one, last year's trade figure, a treaty signed before it came into force) that the baseline has moved past
    since. Allowed only then (superseded_by_baseline); its statements are not suppressed (dismiss is for a false
    alarm) and the baseline is unchanged. Returns (why it is history, finding). AlreadyDecided when it was
    decided before; ReviewError when the baseline has not moved past it (accept or dismiss it instead)."""
    finding = load_finding(db, finding_id)
    try:
        refuse_if_decided(db, finding["id"], "superseded")
    except AlreadyDecided as exc:
        if exc.status == "accepted" and is_baseline_value(db, finding):  # reopen, then supersede, refuses too
            raise AlreadyDecided(f"finding {finding['id']} was accepted and is {finding['claim']}'s baseline value "
                                 f"now ({finding['observed']['value']!r}), not a step the baseline has moved past: "
                                 "nothing to supersede; when a later value is accepted, this one stays in the history "
                                 "as accepted", "accepted") from None
        raise
    why = superseded_by_baseline(db, catalogue, finding)
    if why is None:
        later = later_steps(db, catalogue, finding)
        first = (f"; if it is an earlier step of {' or '.join(f'finding {g} ({v!r})' for g, v in later)}, accept "
                 f"{'that' if len(later) == 1 else 'the latest'} first (`claimwatch accept {later[-1][0]}`), then "
                 "supersede this one") if later else ""
        raise ReviewError(f"finding {finding['id']} ({finding['claim']}: {finding['observed']['value']!r}) is not "
                          "behind the baseline, which has not moved past it: accept it, or dismiss it as a false "
                          "alarm" + first)
    mark(db, finding["id"], "superseded")
    log_review(db, finding["id"], "superseded", None, why)
    return why, finding


def superseded_by_baseline(db: sqlite_utils.Database, catalogue: Catalogue, finding: dict[str, Any]) -> str | None:
    """Why `finding` is history now, or None: a later finding that superseded it was accepted
    (superseding_accepted); the baseline holds an accepted value it is behind (an earlier state, an earlier
    period's figure, an older holder: `behind`); or, for a dispute, the baseline has held the disputed value since
    an accept (the dispute is settled)."""
    if finding["verdict"] == "confirmed" or finding["claim"] not in {c.id for c in catalogue.claims}:
        return None
    claim = catalogue.get(finding["claim"])
    later = superseding_accepted(db, finding)
    if later:
        return f"superseded by {later['value']} (finding {later['id']}, accepted: {later['how']})"
    current = baseline_store.load_claims(db).get(claim.id)
    if not current or not current.get("accepted"):
        return None
    try:
        updated = accepted_claim(claim, finding, current)
    except ReviewError:
        return None
    source = f"accepted from finding {current['accepted']['finding']}"
    if finding["verdict"] == "disputed" and holds(claim, current, updated):
        return f"the dispute is settled: {claim.id} is {current['value']} ({source})"
    if behind(claim, current, updated):
        return f"the baseline has moved past it: {claim.id} is {current['value']} ({source})"
    return None


def is_baseline_value(db: sqlite_utils.Database, finding: dict[str, Any]) -> bool:
    """Does the claim's current baseline entry come from accepting `finding`?"""
    current = baseline_store.load_claims(db).get(finding["claim"]) or {}
    return (current.get("accepted") or {}).get("finding") == finding["id"]


def later_steps(db: sqlite_utils.Database, catalogue: Catalogue, finding: dict[str, Any]) -> list[tuple[str, str]]:
    """(id, value) of the undecided changes of `finding`'s claim that, accepted, would leave it behind, so that
    `supersede` could close it then (verify23 N3): the later change or revised figure that supersedes it
    (`superseded_by`, a later run's `revises`) and every other change whose value is ahead of it (`behind`: a later
    state, a later period's figure, a holder from a later article); the furthest ahead last."""
    if finding["claim"] not in {c.id for c in catalogue.claims}:
        return []
    claim = catalogue.get(finding["claim"])
    current = baseline_store.load_claims(db).get(claim.id)
    try:
        mine = accepted_claim(claim, finding, current)
    except ReviewError:
        return []
    named = {finding.get("superseded_by")} | {
        r["id"] for r in rows(db, "select id, data from findings where claim = ? and id != ? and "
                                  "json_extract(data, '$.revises') is not null", [claim.id, finding["id"]])
        if any(x.get("id") == finding["id"] for x in json.loads(r["data"]).get("revises") or [])}
    found = []
    for row in rows(db, "select id from findings where claim = ? and id != ? and verdict = 'changed' group by id "
                        "order by min(rowid)", [claim.id, finding["id"]]):
        if decision(db, row["id"]) is not None:
            continue
        other = load_finding(db, row["id"])
        try:
            theirs = accepted_claim(claim, other, current)
        except ReviewError:
            continue
        if row["id"] in named or behind(claim, theirs, mine):
            found.append((row["id"], str(other["observed"]["value"]), theirs))
    found.sort(key=functools.cmp_to_key(lambda a, b: 1 if behind(claim, a[2], b[2]) else
                                        -1 if behind(claim, b[2], a[2]) else 0))
    return [(found_id, value) for found_id, value, _ in found]


def earlier_steps(db: sqlite_utils.Database, catalogue: Catalogue, claim_id: str) -> list[str]:
    """The ids of the open changed or disputed findings of `claim_id` that `supersede` would close now (after an
    accept: the earlier steps the accepted value leaves behind), oldest first."""
    found = rows(db, "select id from findings where claim = ? and verdict != 'confirmed' group by id "
                     "order by min(rowid)", [claim_id])
    return [r["id"] for r in found if decision(db, r["id"]) is None
            and superseded_by_baseline(db, catalogue, load_finding(db, r["id"])) is not None]


def replaced_by_build(db: sqlite_utils.Database, catalogue: Catalogue, finding: dict[str, Any]) -> bool:
    """Was the accepted `finding`'s value replaced by a build since (an edited source now says something else:
    baseline.store.save_build's `overridden`)? True when the claim's current entry comes from a build, not from
    an accept, and does not hold the finding's value; False when another accept replaced it (reopen that one)."""
    if finding["claim"] not in {c.id for c in catalogue.claims}:
        return False
    claim = catalogue.get(finding["claim"])
    current = baseline_store.load_claims(db).get(claim.id)
    if not current or current.get("accepted"):
        return False
    try:
        return not holds(claim, current, accepted_claim(claim, finding, current))
    except ReviewError:
        return False


def superseding_accepted(db: sqlite_utils.Database, finding: dict[str, Any]) -> dict[str, str] | None:
    """An accepted finding that supersedes `finding`: the later change or revised figure of its own run
    (`superseded_by`, claims.compare.relate_figures / relate_states) or a revision of a later run that names it
    (`revises`, earlier_figures). {"id", "value", "how"} of the first one an analyst accepted and did not
    reopen; None when there is none. Accepting `finding` after it would move the baseline back (walk22 A4)."""
    later: dict[str, str] = {}
    if finding.get("superseded_by"):
        later[finding["superseded_by"]] = "a later change or revised figure of the same run"
    for row in rows(db, "select id, run_id, data from findings where claim = ? and id != ? "
                        "and json_extract(data, '$.revises') is not null order by rowid", [finding["claim"], finding["id"]]):
        if any(r.get("id") == finding["id"] for r in json.loads(row["data"]).get("revises") or []):
            later.setdefault(row["id"], f"a revised figure of run {row['run_id']}")
    for other, how in later.items():
        standing = decision(db, other)
        if standing and standing["status"] == "accepted":
            return {"id": other, "value": load_finding(db, other)["observed"]["value"], "how": how}
    return None


def behind(claim: Claim, current: dict[str, Any], updated: dict[str, Any]) -> bool:
    """Is the value an analyst is accepting (`updated`) behind the one the baseline holds (`current`, itself
    accepted from a later finding)? An earlier state of an ordered claim, a figure for an earlier period, or
    for other claims a value from an article older than the one the baseline's value comes from. Accepting it
    would move the baseline back."""
    if claim.type in ("status", "event") and claim.ordered:
        return claim.rank(updated["value"]) < claim.rank(current["value"])
    if claim.type == "quantity":
        return period_sort_key(updated.get("period") or "") < period_sort_key(current.get("period") or "")
    new_as_of = updated["quotes"][0]["as_of"] if updated.get("quotes") else ""
    old_as_of = current["quotes"][0].get("as_of", "") if current.get("quotes") else ""
    return bool(new_as_of and old_as_of and new_as_of < old_as_of)


def accepted_claim(claim: Claim, finding: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    """The baseline entry of a claim whose value an analyst accepted: one quote, from the article (its canonical
    page when it was fetched as AMP); no longer disputed. Quantities keep the figure and period the comparison
    needs."""
    obs = finding["observed"]
    value = obs["value"]
    if claim.type in ("status", "event") and claim.state(value) is None:
        raise ReviewError(f"finding {finding['id']} states {value!r}, which is not a state of {claim.id}: "
                          "only a stated value can become the baseline")
    # an AMP page's canonical (pipeline.with_canonical) is the page the baseline links from now on, as the
    # finding did; store.page_changed finds the fetched article by it (article_urls holds every URL of a story)
    quote = {"value": value, "quote": obs["quote"], "source": link_of(obs), "title": obs.get("title") or "",
             "as_of": obs.get("published") or utcnow()[:10], "hedged": False}
    entry: dict[str, Any] = {
        "claim": claim.id, "type": claim.type, "value": value, "disputed": False, "quotes": [quote], "sides": {},
        "period": None, "low": None, "high": None,
        "accepted": {"finding": finding["id"], "previous": current["value"] if current else None, "at": utcnow()}}
    if claim.type == "quantity":
        if obs.get("amount") is None or not obs.get("period"):
            raise ReviewError(f"finding {finding['id']} has no figure and period to accept")
        entry.update(period=obs["period"], low=obs["amount"], high=obs["amount"])
    return entry


def holds(claim: Claim, current: dict[str, Any], updated: dict[str, Any]) -> bool:
    """Does the baseline already hold the accepted value (accepting twice makes no second version)?"""
    if current.get("disputed"):
        return False
    if claim.type == "person":
        return same_person(current["value"], updated["value"])
    if claim.type == "quantity":
        return (current.get("period"), current.get("low"), current.get("high")) == \
            (updated["period"], updated["low"], updated["high"])
    return bool(current["value"] == updated["value"])


def dismiss(db: sqlite_utils.Database, finding_id: str) -> tuple[int, dict[str, Any]]:
    """Mark the finding a false alarm: each of its statements (the quote of every source) is suppressed for
    its claim from now on. Returns (statements suppressed, finding). AlreadyDecided when it was decided before."""
    finding = load_finding(db, finding_id)
    refuse_if_decided(db, finding["id"], "dismissed")
    quotes = dict.fromkeys([finding["observed"]["quote"]] + [s["quote"] for s in finding.get("sources", [])]
                           + same_value_statements(db, finding))
    now = utcnow()
    for quote in quotes:
        db.execute("insert or ignore into dismissed values (?, ?, ?, ?, ?)",
                   [finding["claim"], statement_key(quote), finding["id"], quote, now])
    mark(db, finding["id"], "dismissed")
    log_review(db, finding["id"], "dismissed", None,
               f"{len(quotes)} statement{'' if len(quotes) == 1 else 's'} suppressed")
    return len(quotes), finding


def engine_article(row: dict[str, Any], text: str | None = None) -> "Article":
    """The engine's claims.Article for a stored article (a row of store.ARTICLE_ROWS), read as `text` (the row's
    own by default; the run passes it cut to its limit). A page dated by its fetch time (`date_source` "fetched",
    extractors.pages.choose_date) has its date marked a stand-in (`date_estimated`)."""
    from claims import Article
    from claims.analysis import language_of

    return Article(int(row["id"]), row["url"], row.get("title") or "", row["text"] if text is None else text,
                   row.get("published") or "", row.get("site_name") or "", language_of(row),
                   date_estimated=row.get("date_source") == "fetched")


def same_value_statements(db: sqlite_utils.Database, finding: dict[str, Any]) -> list[str]:
    """The other statements of the finding's articles that the engine reads as the same value of its claim (a
    headline and a lead saying one thing, the finding quoting one of them): a syndicated copy of the article
    stating it in the other sentence would otherwise bring the dismissed finding back. [] when the articles are
    no longer stored or the claim is no longer in the catalogue."""
    from baseline.catalogue import load_catalogue
    from claims import read
    from claims.compare import value_key

    urls = list(dict.fromkeys([finding["observed"]["url"]] + [s["url"] for s in finding.get("sources", [])]))
    marks = ", ".join("?" for _ in urls)
    # a source led by a syndicated copy's page (pipeline.with_copies) is the article stored under the original's URL
    stored = rows(db, f"{ARTICLE_ROWS} where url in ({marks}) or id in (select article_id from article_copies "
                      f"where url in ({marks}))", urls + urls)
    catalogue = load_catalogue()
    if not stored or finding["claim"] not in {c.id for c in catalogue.claims}:
        return []
    claim = catalogue.get(finding["claim"])
    readings = [r for found in read([engine_article(a) for a in stored], catalogue).values()
                for r in found if r.claim == claim.id]
    said = {statement_key(q) for q in [finding["observed"]["quote"]] + [s["quote"] for s in finding.get("sources", [])]}
    keys = {value_key(claim, r) for r in readings if statement_key(r.quote) in said}
    return [r.quote for r in readings if value_key(claim, r) in keys]


def reopen(db: sqlite_utils.Database, finding_id: str) -> tuple[str, int | None, dict[str, Any]]:
    """Undo the accept or dismiss of a finding: it is open again and later runs may flag it. An accept is
    undone by a new baseline version in which the claim has its entry from before the accept (only while the
    claim still holds that accepted value). Returns (undone decision, new version or None, finding)."""
    finding = load_finding(db, finding_id)
    standing = decision(db, finding["id"])
    if standing is None:
        raise ReviewError(f"finding {finding['id']} is open (neither accepted nor dismissed): nothing to reopen")
    version = None
    if standing["status"] == "dismissed":
        db.execute("delete from dismissed where finding_id = ?", [finding["id"]])
        note = "statements may be flagged again"
    elif standing["status"] == "superseded":
        note = "open again, no longer history"
    else:
        version, note = restore_before_accept(db, finding)
    db.execute("update findings set status = case when run_id = first_seen then 'new' else 'seen' end "
               "where id = ?", [finding["id"]])
    log_review(db, finding["id"], "reopened", version, f"was {standing['status']}; {note}")
    return standing["status"], version, finding


def restore_before_accept(db: sqlite_utils.Database, finding: dict[str, Any]) -> tuple[int | None, str]:
    """Undo an accept: a new baseline version where the claim has its value from before the version the accept
    made. Returns (that version, note); (None, why) when the claim no longer holds the accepted value (a
    later build or accept changed it): the baseline is left unchanged."""
    claim_id = finding["claim"]
    made = rows(db, "select version from baseline_versions where reason = ? order by version desc limit 1",
                [f"accepted {finding['id']}"])
    claims = baseline_store.load_claims(db)
    current = claims.get(claim_id) or {}
    if not made or (current.get("accepted") or {}).get("finding") != finding["id"]:
        return None, f"{claim_id} no longer holds this accepted value: baseline unchanged"
    before = baseline_store.load_claims(db, made[0]["version"] - 1).get(claim_id)
    if before is None:
        del claims[claim_id]
    else:
        claims[claim_id] = before
    digest = baseline_store.json_digest(claims)
    note = f"{claim_id}: {current.get('value')} → {before['value'] if before else '(none)'}"
    return baseline_store.save_version(db, claims, f"reopened {finding['id']}", digest, note=note), note


def list_findings(db: sqlite_utils.Database, status: str | None = None) -> list[dict[str, Any]]:
    """Every changed or disputed finding once, newest first (by the last run that reported it, then claim, then when
    its observation holds): id, claim, verdict, was → now, status (open, accepted, dismissed, superseded), when the
    observation holds (`dated`: reports.timeline.observation_date), first and last run, runs that reported it,
    article URL (an AMP page's canonical: pipeline.with_canonical). `status` filters."""
    out, order = [], {}
    for row in rows(db, REPORTED_FINDINGS):
        latest = load_finding(db, row["id"])
        standing = decision(db, row["id"])
        item = {"id": row["id"], "claim": row["claim"], "verdict": latest["verdict"],
                "was": latest["baseline"]["value"], "now": latest["observed"]["value"],
                "status": standing["status"] if standing else "open", "first_seen": row["first_seen"],
                "last_run": row["last_run"],
                "runs": row["runs"], "url": link_of(latest["observed"]),
                "note": latest_note(db, row["id"]),
                # open again after a dismissal (record_run): its note, if any, is the dismissal's
                "dismissed_before": standing is None and bool(latest.get("dismissed_before"))}
        if status is None or item["status"] == status:
            out.append({**item, "dated": observation_date(latest)[1]})
            order[row["id"]] = (-row["run_seq"], row["claim"], observation_date(latest)[0])
    # a claim's values of one run in the order they hold (a figure by its period, else by date), as the reports
    # list them (walk23 P2; verify23 saw 2024, 2025, 2023); stable: else as first reported
    return sorted(out, key=lambda item: order[item["id"]])


def mark(db: sqlite_utils.Database, finding_id: str, status: str) -> None:
    """Set the review status (new | seen | accepted | dismissed | superseded) of finding `finding_id` in every run that
    reported it."""
    db.execute("update findings set status = ? where id = ?", [status, finding_id])


def timelines(db: sqlite_utils.Database, findings: list[Finding],
              catalogue: Catalogue | None = None) -> list[dict[str, Any]]:
    """Per claim with a change or a dispute among `findings` (in the catalogue's order of claims when
    `catalogue` is given): the baseline value and its as-of date, then every value observed for that claim so
    far (this run and earlier ones), each with its article. A point is placed at the date its statement gives
    (`stated`: "2024", "2023-07" or a day, as report.json's `dated_as_given` has it) and at its article's date
    (`published`) when the statement gives none; `date` is the one placed. `lanes`: the values in a fixed order
    (timeline_lanes), so a claim's lanes keep their places from run to run."""
    order = [c.id for c in catalogue.claims] if catalogue is not None else []
    wanted = list(dict.fromkeys(f["claim"] for f in findings if f["verdict"] != "confirmed"))
    wanted.sort(key=lambda c: order.index(c) if c in order else len(order))  # stable: the rest as found
    out = []
    for claim_id in wanted:
        first = next(f for f in findings if f["claim"] == claim_id)
        points: dict[tuple[str, str, str], dict[str, Any]] = {}
        for row in rows(db, f"select run_id, verdict, data from findings where claim = ? {IN_RUN_ORDER}", [claim_id]):
            data = json.loads(row["data"])
            for source in data.get("sources") or [data["observed"]]:
                point = timeline_point(data, source, row["verdict"], row["run_id"])
                points[(point["url"], point["value"], point["verdict"])] = point
        ordered = sorted((p for p in points.values() if p["date"]),
                         key=lambda p: (p["date"], p["published"], p["value"]))[-MAX_TIMELINE_POINTS:]
        claim = catalogue.get(claim_id) if catalogue is not None and claim_id in order else None
        out.append({"claim": claim_id, "question": first.get("question", ""), "baseline": first["baseline"],
                    "points": ordered, "lanes": timeline_lanes(claim, first["baseline"]["value"], ordered)})
    return out


def timeline_lanes(claim: Claim | None, baseline_value: str, points: list[dict[str, Any]]) -> list[str]:
    """A timeline's values in a fixed order: the baseline's first; then a status or event claim's states in
    the catalogue's order (a denied state, "not X", after X); a figure's by period, then amount; other values
    by the first date they were observed at, then by name. Never the order runs happened to see them in."""
    values = list(dict.fromkeys(p["value"] for p in points if p["value"] != baseline_value))
    if claim is not None and claim.type in ("status", "event"):
        states = [st.value for st in claim.states]
        rank = {v: i for i, v in enumerate(states)}

        def key(value: str) -> tuple[int, int, str]:
            bare = value[4:] if value.startswith("not ") else value
            return (rank.get(bare, len(states)), value != bare, value)
    elif any(p.get("period") for p in points):
        figures = {p["value"]: (period_sort_key(p.get("period") or ""), p.get("amount") or 0) for p in points}

        def key(value: str) -> tuple[Any, ...]:  # type: ignore[misc]
            return (*figures[value], value)
    else:
        first_seen: dict[str, str] = {}
        for p in points:
            first_seen[p["value"]] = min(first_seen.get(p["value"], p["date"]), p["date"])

        def key(value: str) -> tuple[Any, ...]:  # type: ignore[misc]
            return (first_seen[value], value)
    return [baseline_value] + sorted(values, key=key)


def run_order_of(column: str) -> str:
    """SQL sort keys of rows by the run named in their `column` (a run id), in the order the runs began. A run id
    begins with its start to the second and ends with random digits, so two runs of one second sorted by id came in
    either order (the digest called a dismissed finding that came back "dismissed" when the later run sorted first):
    the runs table's rowid is the order they were started in. A row whose run has no row in `runs` comes first, by
    run id."""
    return f"(select runs.rowid from runs where runs.id = {column}), {column}"


# Rows of a table with a run_id in the order their runs began, then as written.
IN_RUN_ORDER = f"order by {run_order_of('run_id')}, rowid"

# Each changed or disputed finding once, with its claim and first_seen from its first run, the last run that reported
# it and how many did, the finding last reported first (then by claim, then as first reported). "First" and "last"
# are in the order the runs began (run_order_of), not by run id: two runs of one second sort by their random part.
REPORTED_FINDINGS = f"""
    with reported as (
        select id, claim, run_id, first_seen, row_number() over (order by {run_order_of('run_id')}, rowid) as seq,
               dense_rank() over (order by {run_order_of('run_id')}) as run_seq
        from findings where verdict != 'confirmed'),
    spans as (select id, min(seq) as first, max(seq) as last, count(*) as runs from reported group by id)
    select spans.id, earliest.claim, earliest.first_seen, latest.run_id as last_run, spans.runs, latest.run_seq
    from spans join reported earliest on earliest.seq = spans.first join reported latest on latest.seq = spans.last
    order by latest.run_seq desc, earliest.claim, spans.first"""


def runs_between(db: sqlite_utils.Database, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Runs that started within [since, until], oldest first."""
    found = []
    for run in rows(db, "select id, started_at, finished_at, status, feeds, counts, report_dir, failure, "
                        "feeds_not_modified from runs order by rowid"):
        try:
            started = datetime.fromisoformat(run["started_at"] or "")
        except ValueError:
            continue
        if since <= started <= until:
            found.append(run)
    return sorted(found, key=lambda r: r["started_at"])  # stable: runs of one second as they were started


def findings_of(db: sqlite_utils.Database, run_ids: list[str]) -> list[dict[str, Any]]:
    """Every finding row of these runs, with the finding's current review status."""
    marks = ",".join("?" for _ in run_ids)
    return rows(db, f"select * from findings where run_id in ({marks}) {IN_RUN_ORDER}", run_ids) if run_ids else []


def developments_of(db: sqlite_utils.Database, run_ids: list[str]) -> list[dict[str, Any]]:
    """The new developments recorded by the runs `run_ids` (rows of `developments`), by run; [] for no run."""
    marks = ",".join("?" for _ in run_ids)
    return rows(db, f"select * from developments where run_id in ({marks}) {IN_RUN_ORDER}", run_ids) \
        if run_ids else []
