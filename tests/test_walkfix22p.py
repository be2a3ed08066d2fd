"""The product faults of a fresh user's second trial (walk22, section A): a baseline built from another catalogue
than the run reads, an accept of a superseded figure, a dismissed finding that came back, the build warning's
advice to accept again, and a syndicated story's copies. Real SQLite, real HTTP on 127.0.0.1, the real monitor
flow on Prefect's test harness where a run is involved."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from baseline.catalogue import CATALOGUE_FILE
from claimwatch import review
from claimwatch.cli import main
from claimwatch.store import open_db
from reports.digest import build_digest, render_digest_md
from reports.render import md_escape
from tests.test_review import SCO, add_run, by_claim, dismissed_then_said_again, fake_finding, publish, run


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def catalogue_with_copy(tmp_path: Path, claim: str, copy_id: str) -> Path:
    """The project's catalogue plus a copy of claim `claim` under id `copy_id`: a claim the seeds state (so the
    build reads it) that the project's catalogue lacks."""
    text = CATALOGUE_FILE.read_text(encoding="utf-8")
    start = text.index(f'[[claims]]\nid = "{claim}"')
    end = text.find("\n[", start + 1)
    block = text[start:end if end != -1 else len(text)].replace(f'id = "{claim}"', f'id = "{copy_id}"', 1)
    path = tmp_path / "other-catalogue.toml"
    path.write_text(text.rstrip("\n") + "\n\n" + block.strip("\n") + "\n", encoding="utf-8")
    return path


# --- A1: a baseline built with --catalogue FILE holds a claim the run's catalogue lacks: said loudly

def test_a_baseline_claim_the_runs_catalogue_lacks_is_a_warning_of_build_and_run(server, tmp_path, prefect_harness,
                                                                                 capsys) -> None:
    db = str(tmp_path / "c.db")
    other = catalogue_with_copy(tmp_path, "sco-membership", "sco-status-mine")
    code, out, _ = cli(capsys, "baseline", "build", "--db", db, "--catalogue", str(other))
    assert code == 0 and f"warning: built from another catalogue ({other}), which has 1 claim that " \
        "baseline/catalogue.toml lacks: sco-status-mine" in out  # prod23: the build's warning says what happened
    assert "no run will track it" in out and "run `claimwatch baseline build` (without --catalogue)" in out
    assert "sco-status-mine\t" in cli(capsys, "claims", "--db", db)[1]

    report, folder = run(tmp_path, publish(server, {"a1": [SCO]}))
    notes = [w["message"] for w in report["warnings"]]
    assert len(notes) == 1 and notes[0].startswith("this run did not track 1 claim that baseline version 1 holds: "
                                                   "sco-status-mine")  # prod23: and the run's, what it did not do
    assert f"The baseline was built from another catalogue ({other.resolve()}, `baseline build --catalogue`)" \
        in notes[0]
    assert "add its entry to baseline/catalogue.toml and run `claimwatch baseline build`" in notes[0]
    assert "sco-status-mine" in (folder / "report.md").read_text(encoding="utf-8")
    # the project's own catalogue gives no such warning
    assert cli(capsys, "baseline", "build", "--db", str(tmp_path / "d.db"))[1].count("warning") == 0


# --- A4: a figure a revision superseded is not accepted once the revision was

def trade_figure(value: str, amount: float, revision: bool = False) -> dict:
    found = fake_finding("bilateral-trade", "changed", "$3.5–4 billion (2021)", value, f"http://x.test/{amount}")
    found["observed"].update(amount=amount, period="2025")
    found["evidence"] = {"cue": "reached", "revision": revision}
    return found


def test_accepting_a_figure_the_accepted_revision_of_its_run_superseded_is_refused(tmp_path, capsys) -> None:
    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db]) == 0
    first, revised = trade_figure("$4.8 billion (2025)", 4.8e9), trade_figure("$4.6 billion (2025)", 4.6e9, True)
    first["superseded_by"] = revised["id"]
    review.record_run(open_db(Path(db)), "20261201T000000-aaaaaa", [first, revised], [])
    assert cli(capsys, "accept", revised["id"], "--db", db)[0] == 0
    code, _, err = cli(capsys, "accept", first["id"], "--db", db)
    assert code == 2 and f"finding {revised['id']} superseded" in err and f"reopen {revised['id']}" in err
    assert len(err.strip().splitlines()) == 1
    assert "bilateral-trade\t$4.6 billion (2025)" in cli(capsys, "claims", "--db", db)[1]
    # once the revision is reopened, the analyst may take the first figure after all
    assert cli(capsys, "reopen", revised["id"], "--db", db)[0] == 0
    assert cli(capsys, "accept", first["id"], "--db", db)[0] == 0


def test_accepting_a_figure_a_later_runs_accepted_revision_revises_is_refused(tmp_path, capsys) -> None:
    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db]) == 0
    first, other = trade_figure("$4.8 billion (2025)", 4.8e9), trade_figure("$4.7 billion (2025)", 4.7e9)
    review.record_run(open_db(Path(db)), "20261201T000000-aaaaaa", [first], [])
    [revised, _] = review.record_run(open_db(Path(db)), "20261202T000000-bbbbbb",
                                     [trade_figure("$4.6 billion (2025)", 4.6e9, True), other], [])
    assert [r["id"] for r in revised["revises"]] == [first["id"]]
    assert cli(capsys, "accept", revised["id"], "--db", db)[0] == 0
    code, _, err = cli(capsys, "accept", first["id"], "--db", db)
    assert code == 2 and revised["id"] in err and "run 20261202T000000-bbbbbb" in err
    # a figure of the later run that the revision does not name is the analyst's call, as before
    assert cli(capsys, "accept", other["id"], "--db", db)[0] == 0


# --- A5: a dismissed finding that came back is open in the run's report.json and in the digest

def test_a_dismissed_finding_that_came_back_is_open_in_report_json_and_digest(server, tmp_path, prefect_harness,
                                                                            capsys) -> None:
    db = str(tmp_path / "c.db")
    sco, again, folder = dismissed_then_said_again(server, tmp_path)
    assert again["dismissed_before"] is True and "review" not in again
    assert "(dismissed before)" in (folder / "report.md").read_text(encoding="utf-8")
    assert "dismissed before</span>" in (folder / "report.html").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["report", "--since", "1d", "--db", db, "--reports", str(tmp_path / "d")]) == 0
    digest = Path(capsys.readouterr().out.strip())
    markdown = (digest / "digest.md").read_text(encoding="utf-8")
    back = md_escape(f"open (dismissed before, came back in run {folder.name})")
    assert f"(changed; {back})" in markdown
    assert "(changed; dismissed" not in markdown
    entry = json.loads((digest / "digest.json").read_text(encoding="utf-8"))["claims"][0]["findings"][0]
    assert entry["status"] == "open" and entry["url"].endswith("/a/c1") and "since 2023" in entry["quote"]


def test_a_finding_dismissed_again_after_it_came_back_is_dismissed_in_the_digest(tmp_path) -> None:
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc)
    rumour = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/1")
    add_run(db, "20261201T000000-aaaaaa", now - timedelta(hours=3), [rumour])
    review.mark(db, rumour["id"], "dismissed")
    add_run(db, "20261201T010000-bbbbbb", now - timedelta(hours=2),
            [fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/2")])
    ids = ["20261201T000000-aaaaaa", "20261201T010000-bbbbbb"]
    back = build_digest(review.runs_between(db, now - timedelta(days=1), now), review.findings_of(db, ids), [],
                        now - timedelta(days=1), now)
    assert md_escape("open (dismissed before, came back in run 20261201T010000-bbbbbb)") in render_digest_md(back)
    review.mark(db, rumour["id"], "dismissed")
    again = build_digest(review.runs_between(db, now - timedelta(days=1), now), review.findings_of(db, ids), [],
                         now - timedelta(days=1), now)
    assert "(disputed; dismissed) — runs" in render_digest_md(again)


# --- A3: "accept it again if it still holds" after a rebuild replaced an accepted value works

def test_accepting_again_a_value_a_rebuild_replaced_applies_it_again(tmp_path, capsys) -> None:
    import shutil

    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue
    from claimwatch.pipeline import baseline_changes

    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db]) == 0
    figure = trade_figure("$4.9 billion (2025)", 4.9e9)
    review.record_run(open_db(Path(db)), "20261201T000000-aaaaaa", [figure], [])
    assert cli(capsys, "accept", figure["id"], "--db", db)[0] == 0
    sources = tmp_path / "sources"
    shutil.copytree(Path(baseline_store.SOURCES_DIR), sources)
    seed = sources / "004_ef5c4b5407c8121f.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nTrade between Russia and Iran reached $5.0 billion in "
                    "2025, according to customs data.\n", encoding="utf-8")
    result = baseline_store.build_and_save(open_db(Path(db)), load_catalogue(), sources)
    [warning] = [line for line in baseline_changes(result) if "warning:" in line]
    assert f"accept it again: claimwatch accept {figure['id']}" in warning
    assert "bilateral-trade\t$5" in cli(capsys, "claims", "--db", db)[1]

    code, out, _ = cli(capsys, "accept", figure["id"], "--db", db)
    assert code == 0 and "again" in out and "'$4.9 billion (2025)'" in out
    assert "bilateral-trade\t$4.9 billion (2025)" in cli(capsys, "claims", "--db", db)[1]
    code, out, _ = cli(capsys, "accept", figure["id"], "--db", db)
    assert code == 0 and "already accepted" in out  # now the baseline holds it: nothing to do
    # reopen undoes the accept made again: the build's value comes back
    assert cli(capsys, "reopen", figure["id"], "--db", db)[0] == 0
    assert "bilateral-trade\t$5" in cli(capsys, "claims", "--db", db)[1]


# --- A6: a syndicated story (one text from three outlets) names its original and its copies

def syndicated_page(outlet: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iran joins the SCO</title>'
            f'<meta property="og:site_name" content="{outlet}">'
            '<meta property="article:published_time" content="2025-01-10T08:00:00+00:00"></head>'
            f'<body><article><h1>Iran joins the SCO</h1>{body}</article></body></html>')


OUTLETS = ["Outlet One", "Outlet Two", "Outlet Three"]


def syndicated_feed(server) -> tuple[str, list[str]]:
    """A feed of one story (SCO's change) served under the names of OUTLETS, one link each (/s/0 to /s/2), all
    published at the same minute: the feed's URL and the links in OUTLETS' order."""
    from tests.conftest import rss

    text = [SCO, "The decision was taken at the summit in Astana, the delegations said on Tuesday evening."]
    links = [server.add(f"/s/{i}", syndicated_page(outlet, text)) for i, outlet in enumerate(OUTLETS)]
    return server.add("/feed.xml", rss([{"title": "Iran joins the SCO", "link": link,
                                         "pubDate": "Fri, 10 Jan 2025 08:00:00 GMT"} for link in links]),
                      content_type="application/rss+xml"), links


def test_a_syndicated_story_names_its_first_outlet_and_its_copies(server, tmp_path, prefect_harness) -> None:
    feed, links = syndicated_feed(server)
    outlets = OUTLETS
    report, folder = run(tmp_path, feed)
    assert report["run"]["counts"]["articles_new"] == 1  # one story, stored once
    sco = by_claim(report, "changed")["sco-membership"]
    assert sco["observed"]["outlet"] == "Outlet One" and sco["observed"]["url"] == links[0]
    [source] = sco["sources"]
    assert source["url"] == links[0] and [c["outlet"] for c in source["copies"]] == outlets[1:]
    assert [c["url"] for c in source["copies"]] == links[1:]
    said = "1 source (+2 copies: Outlet Two, Outlet Three)"
    assert said in (folder / "report.md").read_text(encoding="utf-8")
    assert said in (folder / "report.html").read_text(encoding="utf-8")


# --- A2: a catalogue claim the seed documents do not state: exit 2 and how to add it

FERRY = '''
[[claims]]
id = "caspian-ferry-line"
question = "Does a regular passenger ferry run between Astrakhan and Bandar Anzali?"
type = "status"
ordered = true
parties = ["iran", "russia"]
topic = ["ferry", "ferry line", "passenger ferry"]
  [[claims.states]]
  value = "no line"
  cues = ["=no ferry line"]
  describe = ["No passenger ferry runs between Astrakhan and Bandar Anzali."]
  [[claims.states]]
  value = "running"
  cues = ["ferry line opened"]
  describe = ["A passenger ferry runs between Astrakhan and Bandar Anzali."]
'''


def test_a_claim_no_seed_states_is_a_configuration_error_that_says_how_to_add_it(tmp_path, capsys) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE_FILE.read_text(encoding="utf-8").rstrip("\n") + "\n" + FERRY, encoding="utf-8")
    code, _, err = cli(capsys, "baseline", "build", "--db", str(tmp_path / "c.db"), "--catalogue", str(path))
    assert code == 2 and "not stated in the sources: caspian-ferry-line" in err
    assert "add a seed document that states its current value" in err and "sources.toml" in err
    assert len(err.strip().splitlines()) == 1


# --- A9: eval's run pointed at a report folder eval had removed; --keep DIR keeps it

def test_eval_keeps_its_runs_report_where_asked_and_refuses_a_folder_with_files(tmp_path, prefect_harness) -> None:
    import pytest

    from claimwatch.evaluate import evaluate
    from settings.errors import ConfigError

    corpus = Path(__file__).parent / "corpus"
    kept = tmp_path / "kept"
    evaluate(corpus, keep=kept)
    [folder] = list((kept / "reports").iterdir())
    assert (folder / "report.html").exists() and (kept / "eval.db").exists()
    with pytest.raises(ConfigError, match="not an empty folder"):
        evaluate(corpus, keep=kept)


# --- A7: the baseline's source link after its page was updated in place says the page changed

def test_a_baseline_from_a_page_later_updated_in_place_says_the_page_changed(server, tmp_path, prefect_harness,
                                                                             capsys) -> None:
    from tests.conftest import article_html, rss

    db = str(tmp_path / "c.db")
    before = "Trade between Russia and Iran reached 5 billion dollars in 2023, according to customs data."
    after = "Trade between Russia and Iran reached 5.3 billion dollars in 2024, according to customs data."
    filler = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor between them."]
    page = server.add("/trade", article_html("Russia-Iran trade", [before] + filler, "2025-01-10T08:00:00+00:00"))

    def publish(day: str) -> str:
        return server.add("/feed.xml", rss([{"title": "Russia-Iran trade", "link": page, "guid": "trade-1",
                                              "pubDate": f"{day} Jan 2025 08:00:00 GMT"}]),
                          content_type="application/rss+xml")

    first, _ = run(tmp_path, publish("Fri, 10"))
    assert main(["accept", by_claim(first, "changed")["bilateral-trade"]["id"], "--db", db]) == 0
    server.add("/trade", article_html("Russia-Iran trade", [after] + filler, "2025-01-11T08:00:00+00:00"))
    second, folder = run(tmp_path, publish("Sat, 11"))
    assert second["run"]["articles_updated"] == 1
    trade = by_claim(second, "changed")["bilateral-trade"]
    assert trade["baseline"]["source"] == page and trade["baseline"]["source_updated"]
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert (f"(the page had changed when fetched again on {trade['baseline']['source_updated']} and no longer says "
            "this)") in html
    # a baseline from a page that still says it carries no such note
    assert "source_updated" not in by_claim(first, "changed")["bilateral-trade"]["baseline"]
    # the digest quotes the first run's finding, whose page now says 2024: it says so beside the link; the
    # second run's finding, whose page still says it, has no such note (verify22: A7's digest half)
    capsys.readouterr()
    assert main(["report", "--since", "1d", "--db", db, "--reports", str(tmp_path / "d")]) == 0
    out = Path(capsys.readouterr().out.strip())
    digest = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    entries = {f["now"]: f for claim in digest["claims"] for f in claim["findings"]}
    assert entries["$5 billion (2023)"]["page_changed"] == trade["baseline"]["source_updated"]
    assert "page_changed" not in entries["$5.3 billion (2024)"]
    note = f"the page had changed when fetched again on {trade['baseline']['source_updated']} and no longer says this"
    assert note in (out / "digest.md").read_text(encoding="utf-8")
    assert note in (out / "digest.html").read_text(encoding="utf-8")


# --- A8: a note with a review decision, kept in `reviews` and shown by `findings`

def test_a_decision_keeps_its_note_and_findings_shows_it(tmp_path, capsys) -> None:
    db = str(tmp_path / "c.db")
    rumour = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/1")
    review.record_run(open_db(Path(db)), "20261201T000000-aaaaaa", [rumour], [])
    assert cli(capsys, "dismiss", rumour["id"], "--note", "false alarm:  Tehran denied it", "--db", db)[0] == 0
    out = cli(capsys, "findings", "--db", db)[1]
    assert out.strip().endswith("note: false alarm: Tehran denied it")
    logged = [(r["action"], r["note"]) for r in sqlite_utils.Database(db).query(
        "select action, note from reviews order by rowid")]
    assert logged[-1] == ("note", "false alarm: Tehran denied it") and logged[0][0] == "dismissed"
    # a refused decision keeps no note
    assert cli(capsys, "dismiss", rumour["id"], "--note", "again", "--db", db)[0] == 0  # already dismissed
    assert "note: false alarm: Tehran denied it" in cli(capsys, "findings", "--db", db)[1]
    # a note belongs to its decision: reopened with a note, then accepted without one, the finding shows none
    assert cli(capsys, "reopen", rumour["id"], "--note", "checking", "--db", db)[0] == 0
    assert "note: checking" in cli(capsys, "findings", "--db", db)[1]
    assert cli(capsys, "accept", rumour["id"], "--db", db)[0] == 0
    assert "note:" not in cli(capsys, "findings", "--db", db)[1]


def test_a_finding_that_came_back_in_a_run_of_the_same_second_is_open_in_the_digest(tmp_path) -> None:
    """Run ids begin with their second and end with random digits: here the later run's id sorts first, as it did
    in CI on 1763a98 (the digest called the finding that came back "dismissed")."""
    db = open_db(tmp_path / "c.db")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    rumour = fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/1")
    add_run(db, "20261201T000000-ffffff", now - timedelta(hours=1), [rumour])
    review.mark(db, rumour["id"], "dismissed")
    add_run(db, "20261201T000000-000000", now - timedelta(hours=1),
            [fake_finding("su35-delivery", "disputed", "not delivered", "delivered", "http://x.test/2")])
    runs = review.runs_between(db, now - timedelta(days=1), now)
    assert [r["id"] for r in runs] == ["20261201T000000-ffffff", "20261201T000000-000000"]
    digest = build_digest(runs, review.findings_of(db, [r["id"] for r in runs]), [], now - timedelta(days=1), now)
    [entry] = digest["claims"][0]["findings"]
    assert entry["status"] == "open" and entry["came_back_in"] == "20261201T000000-000000"
    assert entry["url"] == "http://x.test/2"


def test_a_seed_edit_that_leaves_the_value_as_it_was_keeps_the_accepted_value(tmp_path, capsys) -> None:
    """verify23 N1: moving a seed's date while the build's value stayed the same threw away the analyst's accepted
    value, with a warning that "the edited sources now say" what they had said before; editing the seed back threw
    it away again. A seed edited to say another value still replaces it (A3's test above)."""
    import shutil

    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue

    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db]) == 0
    holder = fake_finding("iran-president", "changed", "Ebrahim Raisi", "Masoud Pezeshkian", "http://x.test/p")
    review.record_run(open_db(Path(db)), "20261201T000000-aaaaaa", [holder], [])
    assert cli(capsys, "accept", holder["id"], "--db", db)[0] == 0
    sources = tmp_path / "sources"
    shutil.copytree(Path(baseline_store.SOURCES_DIR), sources)
    listing = sources / "sources.toml"
    original = listing.read_text(encoding="utf-8")
    moved = original.replace("published = 2022-01-25", "published = 2022-02-01")  # the seed quoting Raisi
    assert moved != original
    for text in (moved, original):  # a week later, then back
        listing.write_text(text, encoding="utf-8")
        result = baseline_store.build_and_save(open_db(Path(db)), load_catalogue(), sources)
        assert result.created and "iran-president" in result.kept and not result.overridden
        assert "iran-president\tMasoud Pezeshkian" in cli(capsys, "claims", "--db", db)[1]
