"""The baseline built from the five source documents: values, verbatim quotes, disputes, versions."""

import re
import shutil
from pathlib import Path

import pytest

from baseline import store
from baseline.builder import SOURCES_DIR, build, load_sources
from baseline.catalogue import load_catalogue
from claimwatch.cli import main
from claimwatch.pipeline import baseline_changes
from claimwatch.store import open_db
from settings.errors import CatalogueError

EXPECTED = {
    "sco-membership": "observer",
    "strategic-treaty": "draft",
    "s400-sale": "not agreed",
    "su35-delivery": "not delivered",
    "drone-transfers": "delivered",
    "rasht-astara-railway": "agreement signed",
    "jcpoa-talks": "stalled",
    "eaeu-free-trade": "negotiating",
    "gazprom-nioc": "memorandum signed",
    "iran-president": "Ebrahim Raisi",
    "un-arms-embargo": "lifted",
    "russia-president": "Vladimir Putin",
    "russia-defense-minister": "Sergey Shoigu",
    "iran-supreme-leader": "Ali Khamenei",
}


@pytest.fixture(scope="module")
def built():
    return build(load_catalogue(), load_sources())


def test_sources_are_the_five_seed_documents():
    names = sorted(p.name for p in SOURCES_DIR.glob("*.txt"))
    assert len(names) == 5 and names[0].startswith("000_")


def test_every_catalogue_claim_is_built(built):
    catalogue = load_catalogue()
    assert len(catalogue.claims) >= 18
    assert set(built) == {c.id for c in catalogue.claims}


@pytest.mark.parametrize("claim_id, value", sorted(EXPECTED.items()))
def test_required_claim_value_and_verbatim_quote(built, claim_id, value):
    claim = built[claim_id]
    assert claim.value == value
    supporting = [q for q in claim.quotes if q.value == value or claim.type == "person"]
    assert supporting
    for quote in claim.quotes:
        assert quote.quote in (SOURCES_DIR / quote.source).read_text(encoding="utf-8")


def test_trade_figures_differing_in_precision_are_one_range(built):
    trade = built["bilateral-trade"]
    assert not trade.disputed and trade.period == "2021"
    assert (trade.low, trade.high) == (3.5e9, 4.0e9)
    assert {q.source for q in trade.quotes} >= {"000_3fa9429b42647ffa.txt", "004_ef5c4b5407c8121f.txt"}


def test_sco_membership_is_disputed_with_each_side_quoted(built):
    sco = built["sco-membership"]
    assert sco.disputed
    assert "observer" in sco.sides and "full member" in sco.sides
    assert all(q.quote for side in sco.sides.values() for q in side)
    assert {q.source for q in sco.sides["observer"]} == {"001_bf740327375ccc1f.txt"}


def test_rebuild_is_versioned_only_when_something_changed(tmp_path):
    catalogue = load_catalogue()
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    db = open_db(tmp_path / "c.db")
    first, again = store.build_and_save(db, catalogue, sources), store.build_and_save(db, catalogue, sources)
    assert (first.version, first.created, again.version, again.created) == (1, True, 1, False)
    seed = sources / "004_ef5c4b5407c8121f.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Sergey Shoigu", "Andrei Belousov"), encoding="utf-8")
    second = store.build_and_save(db, catalogue, sources)
    assert (second.version, second.created) == (2, True)
    assert second.changes == [("russia-defense-minister", "Sergey Shoigu", "Andrei Belousov")]
    assert store.load_claims(db)["russia-defense-minister"]["value"] == "Andrei Belousov"
    assert store.load_claims(db, 1)["russia-defense-minister"]["value"] == "Sergey Shoigu"


def accept_value(db, claim: str, value: str, finding: str) -> None:
    """What `claimwatch accept` stores (review.accepted_claim's shape, trimmed): a version holding `value`."""
    claims = store.load_claims(db)
    claims[claim] = {**claims[claim], "value": value, "disputed": False, "sides": {},
                     "accepted": {"finding": finding, "previous": claims[claim]["value"], "at": "2026-12-02"}}
    store.save_version(db, claims, f"accepted {finding}", "d" * 16)


def test_a_rebuild_keeps_accepted_values_the_edited_sources_do_not_touch(tmp_path):
    catalogue = load_catalogue()
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    db = open_db(tmp_path / "c.db")
    store.build_and_save(db, catalogue, sources)
    accept_value(db, "sco-membership", "full member", "f00d")
    accept_value(db, "bilateral-trade", "$4.9 billion", "beef")
    seed = sources / "004_ef5c4b5407c8121f.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Sergey Shoigu", "Andrei Belousov"), encoding="utf-8")
    rebuilt = store.build_and_save(db, catalogue, sources)
    claims = store.load_claims(db)
    assert (claims["sco-membership"]["value"], claims["bilateral-trade"]["value"]) == ("full member", "$4.9 billion")
    assert rebuilt.kept == ["bilateral-trade", "sco-membership"] and rebuilt.overridden == []
    assert rebuilt.changes == [("russia-defense-minister", "Sergey Shoigu", "Andrei Belousov")]
    # An edit of a quote that leaves the built value as it was ("$3.5–4 billion (2021)"): the accepted value stays
    # (verify23 N1: it had been dropped, with a warning that the sources "now say" what they had said before).
    seed = sources / "000_3fa9429b42647ffa.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("$3.5bn in 2021", "$3.9bn in 2021"), encoding="utf-8")
    quoted = store.build_and_save(db, catalogue, sources)
    assert quoted.kept == ["bilateral-trade", "sco-membership"] and quoted.overridden == []
    assert store.load_claims(db)["bilateral-trade"]["value"] == "$4.9 billion"
    # An edit of what the sources say about an accepted claim: the sources win, and the build says so.
    seed = sources / "004_ef5c4b5407c8121f.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nTrade between Russia and Iran reached $5.0 billion in "
                    "2025, according to customs data.\n", encoding="utf-8")
    again = store.build_and_save(db, catalogue, sources)
    trade = store.load_claims(db)["bilateral-trade"]
    assert "accepted" not in trade and trade["value"] != "$4.9 billion"
    assert again.overridden == [("bilateral-trade", "$4.9 billion", "beef", trade["value"])]
    assert again.kept == ["sco-membership"]
    said = baseline_changes(again)  # what `claimwatch baseline build` prints and baseline.md lists
    assert any(line.startswith("  warning: bilateral-trade:") and "beef" in line for line in said)
    assert "  sco-membership: kept the accepted value (the sources give the same value as before)" in said


def test_editing_the_catalogue_makes_a_new_version(tmp_path):
    db = open_db(tmp_path / "c.db")
    store.build_and_save(db, load_catalogue())
    edited = tmp_path / "catalogue.toml"
    text = (Path(load_catalogue.__code__.co_filename).parent / "catalogue.toml").read_text(encoding="utf-8")
    edited.write_text(text.replace('note = "Vladimir Putin in the sources."', 'note = "Putin."'), encoding="utf-8")
    result = store.build_and_save(db, load_catalogue(edited))
    assert (result.version, result.created, result.changes) == (2, True, [])  # a note is not a value


@pytest.mark.parametrize("mutation, problem", [
    (('type = "person"\nparties = ["russia"]', 'type = "persona"\nparties = ["russia"]'), "'russia-president': type"),
    (('id = "s400-sale"\nquestion', 'id = "s400-sale"\nquestio'),
     "'s400-sale': unknown key 'questio' (did you mean 'question'?)"),
    (('parties = ["iran", "russia"]\ntopic = ["S-400"', 'parties = ["iran", "mars"]\ntopic = ["S-400"'),
     "'s400-sale': parties"),
])
def test_malformed_catalogue_entry_stops_with_one_line(tmp_path, capsys, mutation, problem):
    text = (Path(__file__).resolve().parents[1] / "baseline" / "catalogue.toml").read_text(encoding="utf-8")
    assert mutation[0] in text
    bad = tmp_path / "catalogue.toml"
    bad.write_text(text.replace(mutation[0], mutation[1], 1), encoding="utf-8")
    with pytest.raises(CatalogueError, match=re.escape(problem)):
        load_catalogue(bad)
    code = main(["baseline", "build", "--catalogue", str(bad), "--db", str(tmp_path / "c.db"),
                 "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "catalogue entry" in err[0] and str(bad) in err[0]  # names the file
    assert not (tmp_path / "c.db").exists()


def test_cli_build_and_claims(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["baseline", "build", "--db", db, "--out", str(tmp_path / "out")]) == 0
    assert "version 1 (new" in capsys.readouterr().out
    assert (tmp_path / "out" / "baseline.md").exists()
    assert main(["baseline", "build", "--db", db, "--out", str(tmp_path / "out")]) == 0
    assert "version 1 (unchanged" in capsys.readouterr().out
    assert main(["claims", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "iran-president\tEbrahim Raisi" in lines
    assert any(line.startswith("sco-membership\tobserver  [disputed:") for line in lines)
