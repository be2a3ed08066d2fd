"""Product items left open after walkfix22p (branch prod23): what a rebuild of the baseline changed and why (A10),
the analyst's notes in the digest and beside a dismissed finding that came back, a syndicated story's copies in
the digest, runs of one second in `findings`, and the two warnings of a baseline holding claims the catalogue
lacks. Real SQLite, real HTTP on 127.0.0.1, the real monitor flow on Prefect's test harness where a run is
involved."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from claimwatch import review
from claimwatch.cli import main
from claimwatch.store import open_db
from reports.render import md_escape
from tests.test_review import SCO, SCO_AGAIN, add_run, by_claim, fake_finding, publish, run
from tests.test_walkfix22p import OUTLETS, syndicated_feed


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- runs of one second: `findings` and the revised figures follow the order the runs began

LATER_FIRST = ("20261201T000000-ffffff", "20261201T000000-000000")  # began in this order; ids sort the other way


def test_findings_orders_runs_of_one_second_as_they_began(tmp_path, capsys) -> None:
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    older = fake_finding("sco-membership", "changed", "observer", "full member", "http://x.test/1")
    newer = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/2")
    add_run(db, LATER_FIRST[0], now - timedelta(hours=1), [older, newer])
    add_run(db, LATER_FIRST[1], now - timedelta(hours=1), [newer])
    listed = review.list_findings(db)
    assert [f["id"] for f in listed] == [newer["id"], older["id"]]  # newest first: the run that began last
    assert listed[0]["last_run"] == LATER_FIRST[1] and listed[0]["first_seen"] == LATER_FIRST[0]
    assert listed[1]["last_run"] == LATER_FIRST[0] and listed[0]["runs"] == 2
    out = cli(capsys, "findings", "--db", str(tmp_path / "c.db"))[1].splitlines()
    assert newer["id"] in out[0] and f"last {LATER_FIRST[1]}" in out[0]


def test_a_revision_lists_the_earlier_figures_in_the_order_their_runs_began(tmp_path) -> None:
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc).replace(microsecond=0)

    def figure(value: str, amount: float, revision: bool = False) -> dict:
        found = fake_finding("bilateral-trade", "changed", "$3.5–4 billion (2021)", value, f"http://x.test/{amount}")
        found["observed"].update(amount=amount, period="2024")
        found["evidence"] = {"cue": "reached", "revision": revision}
        return found

    add_run(db, LATER_FIRST[0], now - timedelta(hours=2), [figure("$4.8 billion (2024)", 4.8e9)])
    add_run(db, LATER_FIRST[1], now - timedelta(hours=2), [figure("$4.9 billion (2024)", 4.9e9)])
    [revised] = review.record_run(db, "20261201T010000-aaaaaa", [figure("$5.1 billion (2024)", 5.1e9, True)], [])
    assert [(r["value"], r["run"]) for r in revised["revises"]] == [
        ("$4.8 billion (2024)", LATER_FIRST[0]), ("$4.9 billion (2024)", LATER_FIRST[1])]


def digest_of(capsys, tmp_path: Path) -> tuple[str, dict, str]:
    """`claimwatch report --since 1d` of the database c.db: digest.md, digest.json and digest.html."""
    capsys.readouterr()
    assert main(["report", "--since", "1d", "--db", str(tmp_path / "c.db"), "--reports", str(tmp_path / "d")]) == 0
    folder = Path(capsys.readouterr().out.strip())
    return ((folder / "digest.md").read_text(encoding="utf-8"),
            json.loads((folder / "digest.json").read_text(encoding="utf-8")),
            (folder / "digest.html").read_text(encoding="utf-8"))


# --- notes: beside their finding in the digest, and beside a dismissed finding that came back

def test_a_note_is_shown_beside_its_finding_in_the_digest_and_a_finding_that_came_back(server, tmp_path,
                                                                                       prefect_harness, capsys) -> None:
    db = str(tmp_path / "c.db")
    first, _ = run(tmp_path, publish(server, {"a1": [SCO]}))
    sco = by_claim(first, "changed")["sco-membership"]["id"]
    assert cli(capsys, "dismiss", sco, "--note", "a rumour: the summit is next week", "--db", db)[0] == 0
    markdown, digest, html = digest_of(capsys, tmp_path)
    [entry] = digest["claims"][0]["findings"]
    assert entry["status"] == "dismissed" and entry["note"] == "a rumour: the summit is next week"
    assert md_escape("note: a rumour: the summit is next week") in markdown
    assert "note: a rumour: the summit is next week</p>" in html

    second, folder = run(tmp_path, publish(server, {"a1": [SCO], "c1": [SCO_AGAIN]}))
    again = by_claim(second, "changed")["sco-membership"]
    assert again["dismissed_before"] is True and again["dismissed_note"] == "a rumour: the summit is next week"
    said = "dismissed before; note: a rumour: the summit is next week"
    assert md_escape(said) in (folder / "report.md").read_text(encoding="utf-8")
    assert f"{said}</span>" in (folder / "report.html").read_text(encoding="utf-8")
    markdown, digest, _ = digest_of(capsys, tmp_path)
    [entry] = digest["claims"][0]["findings"]
    assert entry["status"] == "open" and entry["came_back_in"] == folder.name
    assert md_escape("note when dismissed: a rumour: the summit is next week") in markdown
    # an open finding no one wrote a note on has none
    assert "note" not in by_claim(first, "changed")["sco-membership"]


# --- a syndicated story's copies are named by outlet in the digest, as in the run's report

def test_the_digest_names_a_syndicated_storys_copies_by_outlet(server, tmp_path, prefect_harness, capsys) -> None:
    feed, links = syndicated_feed(server)
    outlets = OUTLETS
    run(tmp_path, feed)
    markdown, digest, html = digest_of(capsys, tmp_path)
    [entry] = digest["claims"][0]["findings"]
    [source] = entry["sources"]
    assert source["url"] == links[0] and [c["outlet"] for c in source["copies"]] == outlets[1:]
    assert [c["url"] for c in source["copies"]] == links[1:]
    said = "1 source (+2 copies: Outlet Two, Outlet Three)"
    assert said in markdown and said in html
    assert f'href="{links[2]}"' in html


# --- A10: a rebuild says, per claim, which catalogue entry or seed edit made its version

def edited_catalogue(tmp_path: Path, name: str, *edits: tuple[str, str], drop: str | None = None) -> Path:
    """A copy of the project's catalogue at its own path (catalogues are cached per path) with `edits` made and
    the claim `drop` removed."""
    from baseline.catalogue import CATALOGUE_FILE

    text = CATALOGUE_FILE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    if drop:
        start = text.index(f'[[claims]]\nid = "{drop}"')
        end = text.find("\n[[claims]]", start + 1)
        text = text[:start] + (text[end + 1:] if end != -1 else "")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rebuild_says_which_catalogue_entry_or_seed_edit_changed_each_claim(tmp_path, capsys) -> None:
    import shutil

    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue
    from claimwatch.pipeline import baseline_changes

    sources = tmp_path / "sources"
    shutil.copytree(Path(baseline_store.SOURCES_DIR), sources)
    db = open_db(tmp_path / "c.db")
    first = edited_catalogue(tmp_path, "first.toml")
    baseline_store.build_and_save(db, load_catalogue(first), sources, first)
    # an alias added to one claim, a seed edited so that another claim's figure moves
    aliased = edited_catalogue(tmp_path, "aliased.toml",
                               ('"Shanghai organization"]', '"Shanghai organization", "Shanghai club"]'))
    seed = sources / "004_ef5c4b5407c8121f.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nTrade between Russia and Iran reached $5.0 billion in "
                    "2025, according to customs data.\n", encoding="utf-8")
    said = baseline_changes(baseline_store.build_and_save(db, load_catalogue(aliased), sources, aliased))
    assert "  sco-membership: catalogue entry changed (topic); value unchanged" in said
    assert ("  bilateral-trade: $3.5–4 billion (2021) → $5 billion (2025), from seed 004_ef5c4b5407c8121f.txt "
            "(edited)") in said
    assert not any(line.startswith("  s400-sale") for line in said)  # nothing of it changed: not named
    # the history keeps it: `claims --history` says why the build changed each claim
    history = cli(capsys, "claims", "--history", "--db", str(tmp_path / "c.db"))[1].splitlines()
    assert any(line.startswith("sco-membership\tv2\t") and line.endswith("\tcatalogue entry changed (topic)")
               for line in history)
    assert any(line.startswith("bilateral-trade\tv2\t") and "from seed 004_ef5c4b5407c8121f.txt (edited)" in line
               for line in history)
    # a claim removed, and a part of the catalogue outside the claims' entries edited
    smaller = edited_catalogue(tmp_path, "smaller.toml", ('GB = ["Britain"]', 'GB = ["Britain", "UK"]'),
                               ('"Shanghai organization"]', '"Shanghai organization", "Shanghai club"]'),
                               drop="gazprom-nioc")
    said = baseline_changes(baseline_store.build_and_save(db, load_catalogue(smaller), sources, smaller))
    assert "  gazprom-nioc: removed from the catalogue, so no longer in the baseline" in said
    assert any(line.startswith("  the catalogue changed outside its claims' entries (") and "places" in line
               for line in said)


def test_a_rebuild_after_a_build_that_recorded_no_inputs_says_it_cannot_tell(tmp_path) -> None:
    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue
    from claimwatch.pipeline import baseline_changes

    db = open_db(tmp_path / "c.db")
    baseline_store.build_and_save(db, load_catalogue())
    db.execute("delete from baseline_inputs")  # a database whose builds predate the record
    aliased = edited_catalogue(tmp_path, "aliased2.toml",
                               ('"Shanghai organization"]', '"Shanghai organization", "Shanghai club"]'))
    said = baseline_changes(baseline_store.build_and_save(db, load_catalogue(aliased), catalogue_file=aliased))
    assert any("not known claim by claim" in line for line in said)


# --- the two warnings of a baseline holding claims the catalogue lacks say what happened and what to do

def test_a_claim_removed_from_the_catalogue_since_the_build_is_not_called_another_catalogues(tmp_path) -> None:
    from baseline import store as baseline_store
    from baseline.catalogue import CATALOGUE_FILE, load_catalogue
    from claimwatch import pipeline

    db = open_db(tmp_path / "c.db")
    baseline_store.build_and_save(db, load_catalogue(), catalogue_file=CATALOGUE_FILE)
    smaller = load_catalogue(edited_catalogue(tmp_path, "smaller2.toml", drop="gazprom-nioc"))
    missing = pipeline.untracked_claims(db, smaller)
    assert missing == ["gazprom-nioc"]
    note = pipeline.untracked_note(missing, 1, baseline_store.built_from(db))
    assert note.startswith("this run did not track 1 claim that baseline version 1 holds: gazprom-nioc")
    assert "removed or renamed in baseline/catalogue.toml" in note and "--catalogue" not in note
    assert "run `claimwatch baseline build`, which drops it from the baseline" in note


# --- found while testing: `findings` called a dismissed finding that came back "open" with its dismissal's note
# as if it were a note on an open finding

def test_findings_says_a_finding_came_back_after_its_dismissal_and_whose_note_it_shows(tmp_path, capsys) -> None:
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    rumour = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/1")
    add_run(db, "20261201T000000-aaaaaa", now - timedelta(hours=2), [rumour])
    assert cli(capsys, "dismiss", rumour["id"], "--note", "a rumour", "--db", str(tmp_path / "c.db"))[0] == 0
    add_run(db, "20261201T010000-bbbbbb", now - timedelta(hours=1),
            [fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/2")])
    [line] = cli(capsys, "findings", "--db", str(tmp_path / "c.db"))[1].splitlines()
    assert " open " in line and line.endswith("  dismissed before, came back; note when dismissed: a rumour")
    assert cli(capsys, "dismiss", rumour["id"], "--note", "still a rumour", "--db", str(tmp_path / "c.db"))[0] == 0
    [line] = cli(capsys, "findings", "--db", str(tmp_path / "c.db"))[1].splitlines()
    assert " dismissed " in line and line.endswith("  note: still a rumour") and "came back" not in line


# --- found while testing: a claim added to the catalogue after the build was skipped by every run, silently

def test_a_claim_added_to_the_catalogue_since_the_build_is_a_warning_of_the_run_and_claims(server, tmp_path,
                                                                                        prefect_harness,
                                                                                        capsys) -> None:
    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue

    db = open_db(tmp_path / "c.db")
    baseline_store.build_and_save(db, load_catalogue())
    held = baseline_store.load_claims(db)
    del held["gazprom-nioc"]  # the baseline of a build made before the claim was in the catalogue
    baseline_store.save_version(db, held, "build", "0" * 16)
    report, _ = run(tmp_path, publish(server, {"a1": [SCO]}))
    notes = [w["message"] for w in report["warnings"]]
    assert notes == ["this run did not track 1 claim of baseline/catalogue.toml that baseline version 2 has no value "
                     "for: gazprom-nioc (it was added to the catalogue after the baseline was built): run "
                     "`claimwatch baseline build` to track it"]
    out = cli(capsys, "claims", "--db", str(tmp_path / "c.db"))[1]
    assert "gazprom-nioc\t(no value: added to baseline/catalogue.toml after this baseline was built" in out
