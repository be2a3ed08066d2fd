"""Product items left open after prod23 and walkfix23p (branch prod24): `claims --history` with each version's as-of
date and per-claim version numbers (walk23 P5), a finding from an AMP page linking the page's canonical URL (walk23
P7), a rebuild saying exactly what changed (a state's cues, a seed's title), and supersede's refusal saying what to
do instead (verify23 N3). Real SQLite, real HTTP on 127.0.0.1, the real monitor flow on Prefect's test harness where
a run is involved."""

from __future__ import annotations

from claimwatch.cli import main
from tests.test_walkfix23p import month_of_news


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- verify23 N3: supersede's refusal names the later finding to accept first, or says there is nothing to close

def test_supersede_refusal_names_the_later_step_to_accept_first(tmp_path, capsys) -> None:
    db, found = month_of_news(tmp_path)
    acting, elected = found["acting"]["id"], found["elected"]["id"]
    code, _, err = cli(capsys, "supersede", acting, "--db", db)  # the run's later change, not accepted yet
    assert code == 2 and "accept it, or dismiss it as a false alarm" in err
    assert (f"if it is an earlier step of finding {elected} ('Masoud Pezeshkian'), accept that first (`claimwatch "
            f"accept {elected}`), then supersede this one") in err
    code, _, err = cli(capsys, "supersede", found["2023"]["id"], "--db", db)  # two later figures: the latest named
    assert code == 2 and f"accept the latest first (`claimwatch accept {found['2025']['id']}`)" in err
    assert found["2024"]["id"] in err
    code, _, err = cli(capsys, "supersede", found["2025"]["id"], "--db", db)  # nothing ahead of it: no such hint
    assert code == 2 and "earlier step" not in err
    # the accepted current value: reopen-then-supersede would refuse too, so that is not the hint
    assert cli(capsys, "accept", elected, "--db", db)[0] == 0
    code, _, err = cli(capsys, "supersede", elected, "--db", db)
    assert code == 2 and "is iran-president's baseline value now" in err and "nothing to supersede" in err
    assert "reopen" not in err
    code, out, _ = cli(capsys, "supersede", acting, "--db", db)  # after the accept it closes, as the hint said
    assert code == 0 and "closed as history" in out


# --- walk23 P5: `claims --history` numbers versions per claim and says when each value holds from

def test_claims_history_numbers_versions_per_claim_and_gives_each_values_as_of_date(tmp_path, capsys) -> None:
    db, found = month_of_news(tmp_path)
    assert cli(capsys, "accept", found["elected"]["id"], "--db", db)[0] == 0  # baseline version 2
    assert cli(capsys, "accept", found["2025"]["id"], "--db", db)[0] == 0  # baseline version 3
    assert cli(capsys, "reopen", found["elected"]["id"], "--db", db)[0] == 0  # baseline version 4
    out = cli(capsys, "claims", "--history", "--db", db)[1].splitlines()
    rows = {(cols[0], cols[1]): cols for cols in (line.split("\t") for line in out if not line.startswith("#"))
            if len(cols) > 2}
    trade = rows[("bilateral-trade", "v2")]  # its second version, made by the whole baseline's third
    assert trade[3:7] == [f"accepted {found['2025']['id']}", "$5.4 billion (2025)", "figure for 2025, stated "
                          "2026-01-01", "baseline version 3"]
    assert ("bilateral-trade", "v3") not in rows
    # a seed's figure: its period and the day its seed was published, not the "2021-01-01" the quote stores
    assert rows[("bilateral-trade", "v1")][5:7] == ["figure for 2021, stated 2022-01-24", "baseline version 1"]
    assert rows[("iran-president", "v2")][4:7] == ["Masoud Pezeshkian", "as of 2024-07-06", "baseline version 2"]
    assert rows[("iran-president", "v3")][3:7] == [f"reopened {found['elected']['id']}", "Ebrahim Raisi",
                                                   "as of 2022-01-19", "baseline version 4"]
    assert rows[("un-arms-embargo", "v1")][5] == "as of 2020"  # the seed gives only the year


# --- a rebuild says which part of an entry changed (a state's cues, a language's words), and a seed's new title

def test_a_rebuild_names_the_state_whose_cues_changed_and_a_retitled_seed(tmp_path) -> None:
    import shutil
    from pathlib import Path

    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue
    from claimwatch.pipeline import baseline_changes
    from claimwatch.store import open_db
    from tests.test_prod23 import edited_catalogue

    sources = tmp_path / "sources"
    shutil.copytree(Path(baseline_store.SOURCES_DIR), sources)
    db = open_db(tmp_path / "c.db")
    first = edited_catalogue(tmp_path, "first.toml")
    baseline_store.build_and_save(db, load_catalogue(first), sources, first)
    # one English cue of the treaty's 'signed' and one French one added
    cued = edited_catalogue(tmp_path, "cued.toml",
                            ('cues = ["sign", "ink", "conclude", "put their signatures"]',
                             'cues = ["sign", "ink", "conclude", "put their signatures", "seal"]'),
                            ('"signed" = ["signé*", "signent", "signature", "conclu", "paraphé*"]',
                             '"signed" = ["signé*", "signent", "signature", "conclu", "paraphé*", "scellé*"]'))
    result = baseline_store.build_and_save(db, load_catalogue(cued), sources, cued)
    assert result.created
    assert ("  strategic-treaty: catalogue entry changed (cues of 'signed' (fr), cues of 'signed'); value unchanged"
            in baseline_changes(result))
    # a seed's title edited alone: no new version, and the build says so rather than "same sources"
    meta = sources / "sources.toml"
    old_title = "Mehr News Agency on Raisi's Moscow visit, January 2022"
    meta.write_text(meta.read_text(encoding="utf-8").replace(old_title, "Mehr on the January 2022 visit"),
                    encoding="utf-8")
    again = baseline_store.build_and_save(db, load_catalogue(cued), sources, cued)
    assert not again.created and again.version == result.version
    assert baseline_changes(again) == [
        f"  seed 000_3fa9429b42647ffa.txt retitled in sources.toml ({old_title!r} → 'Mehr on the January 2022 visit'): "
        "not a new version, as a title is only what the reports call the seed; reports written from now on use the "
        "new one"]
