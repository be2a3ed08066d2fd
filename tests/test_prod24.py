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
        f"  seed 000_3fa9429b42647ffa.txt retitled in sources.toml ({old_title!r} → "
        "'Mehr on the January 2022 visit'): not a new version, as a title is only what the reports call the seed; "
        "reports written from now on use the new one"]
    # said once: the next build with nothing edited says nothing more of it, and the version's reasons stay
    reasons = baseline_store.build_reasons(db)
    third = baseline_store.build_and_save(db, load_catalogue(cued), sources, cued)
    assert not third.created and third.version == result.version and baseline_changes(third) == []
    assert baseline_store.build_reasons(db) == reasons


# --- walk23 P7: a finding from an AMP page links the canonical page it names; `url` stays the page as fetched

def test_a_finding_from_an_amp_page_links_its_canonical_url(server, tmp_path, prefect_harness, capsys) -> None:
    import json
    from pathlib import Path

    from claimwatch import notify
    from claimwatch.store import open_db
    from tests.conftest import article_html, rss
    from tests.test_prod23 import digest_of
    from tests.test_review import FILLER, SCO, TRADE, by_claim, run

    canonical = f"{server.base}/news/sco-full-member"
    amp = server.add("/amp/news/sco-full-member",
                     article_html("Iran joins the SCO", [SCO] + FILLER["a"], published="2025-01-10T08:00:00+00:00")
                     .replace('<html lang="en">', '<html amp lang="en">')
                     .replace("</head>", f'<link rel="canonical" href="{canonical}"></head>'))
    # not an AMP page: its canonical (here another path) is no reason to link anything but the page fetched
    plain = server.add("/news/trade-2023",
                       article_html("Trade grows", [TRADE] + FILLER["b"], published="2025-01-10T08:00:00+00:00")
                       .replace("</head>", f'<link rel="canonical" href="{server.base}/story/4411"></head>'))
    feed = server.add("/feed.xml", rss([{"title": "Iran joins the SCO", "link": amp},
                                        {"title": "Trade grows", "link": plain}]),
                      content_type="application/rss+xml")
    report, folder = run(tmp_path, feed)
    sco, trade = by_claim(report, "changed")["sco-membership"], by_claim(report, "changed")["bilateral-trade"]
    assert sco["observed"]["url"] == amp and sco["observed"]["canonical"] == canonical  # fetched, and linked
    assert [(s["url"], s["canonical"]) for s in sco["sources"]] == [(amp, canonical)]
    assert "canonical" not in trade["observed"] and trade["observed"]["url"] == plain
    markdown, html = ((folder / name).read_text(encoding="utf-8") for name in ("report.md", "report.html"))
    assert f"(<{canonical}>)" in markdown and f"(<{amp}>)" not in markdown and f"(<{plain}>)" in markdown
    assert f'href="{canonical}"' in html and f'href="{amp}"' not in html
    # found while testing (walk23 P5): the baseline of a seed's figure was "as of 2021-01-01" in report.html
    assert trade["baseline"]["holds_from"] == "figure for 2021, stated 2022-01-24"
    assert trade["baseline"]["as_of"] == "2021-01-01"  # the ISO day the timeline places it at, as before
    assert "(000_3fa9429b42647ffa.txt), figure for 2021, stated 2022-01-24</p>" in html
    assert "as of 2021-01-01" not in html
    # the database keeps the page as fetched (DESIGN.md: articles.url)
    assert {r["url"] for r in open_db(tmp_path / "c.db").query("select url from articles")} == {amp, plain}
    listed = cli(capsys, "findings", "--claim", "sco-membership", "--db", str(tmp_path / "c.db"))[1]
    assert listed.split()[-1] == canonical
    markdown, digest, html = digest_of(capsys, tmp_path)
    assert f"(<{canonical}>)" in markdown and f'href="{canonical}"' in html and f'href="{amp}"' not in html
    [entry] = next(c["findings"] for c in digest["claims"] if c["claim"] == "sco-membership")
    assert entry["url"] == amp and entry["canonical"] == canonical and entry["sources"][0]["canonical"] == canonical
    assert f"  {canonical}" in notify.finding_lines(sco)
    assert json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))["schema"] == "claimwatch.report/1"
    # accepted, the baseline quotes the canonical page as its source, as the finding linked it (it kept the AMP URL)
    from baseline import store as baseline_store
    from claimwatch.store import page_changed
    assert cli(capsys, "accept", sco["id"], "--db", str(tmp_path / "c.db"))[0] == 0
    db = open_db(tmp_path / "c.db")
    [quote] = baseline_store.load_claims(db)["sco-membership"]["quotes"]
    assert quote["source"] == canonical
    # and a later fetch that finds the AMP page changed is still told against the baseline's source
    assert page_changed(db, canonical, quote["quote"]) is None
    db.execute("update articles set text = 'rewritten', updated_at = '2025-02-03T08:00:00+00:00' where url = ?", [amp])
    db.conn.commit()
    assert page_changed(db, canonical, quote["quote"]) == "2025-02-03"


def test_which_pages_are_amp_and_which_canonical_is_linked() -> None:
    from dataclasses import replace

    from extractors.pages import Article, amp_canonical, is_amp_url

    for url in ("https://e.test/amp/news/story", "https://e.test/news/story/amp", "https://e.test/s/story-amp.html",
                "https://e.test/story?amp", "https://e.test/story?id=4&amp=1", "https://amp.e.test/story",
                "https://e-test.cdn.ampproject.org/c/s/e.test/story"):
        assert is_amp_url(url), url
    for url in ("https://e.test/amplify/story", "https://e.test/news/amp-up-output", "https://e.test/story?camp=1",
                "https://e.test/example"):
        assert not is_amp_url(url), url
    page = Article("https://e.test/amp/story", "T", "text", "", "", "en", "2025-01-01", "page", "h",
                   canonical="https://e.test/story", amp=True)
    assert amp_canonical(page) == "https://e.test/story"
    assert amp_canonical(replace(page, amp=False)) == ""  # not an AMP page: linked as fetched
    assert amp_canonical(replace(page, canonical="https://e.test/amp/story/")) == ""  # names itself
    assert amp_canonical(replace(page, canonical="https://amp.e.test/story")) == ""  # names another AMP page


# --- found while testing (prod23 left it open): `claims` of a missing database names the build, which is enough

def test_claims_of_a_missing_database_names_baseline_build(tmp_path, capsys) -> None:
    missing = tmp_path / "none.db"
    code, _, err = cli(capsys, "claims", "--db", str(missing))
    assert code == 2 and f"or 'claimwatch baseline build --db {missing}', which makes the baseline alone" in err
    assert not missing.exists()


# --- found while testing (verify23's caveat on P2): `findings` lists a claim's values of one run in date order

def test_findings_lists_a_claims_values_of_one_run_in_the_order_they_hold(tmp_path, capsys) -> None:
    from datetime import datetime, timedelta, timezone

    from claimwatch.store import open_db
    from tests.test_review import add_run
    from tests.test_walkfix23p import trade

    db = tmp_path / "c.db"
    add_run(open_db(db), "20261201T000000-aaaaaa", datetime.now(timezone.utc) - timedelta(hours=1),
            [trade("2024", 4.8), trade("2025", 5.4), trade("2023", 4.0)])
    out = cli(capsys, "findings", "--db", str(db))[1].splitlines()
    assert [line.split("figure for ")[1][:4] for line in out] == ["2023", "2024", "2025"]


# --- found while testing (walk23 P5): baseline.md said "as of 2021-01-01" of a seed's figure for 2021

def test_baseline_md_says_when_each_value_holds_and_a_year_as_a_year(tmp_path, capsys) -> None:
    assert cli(capsys, "baseline", "build", "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "b"))[0] == 0
    text = (tmp_path / "b" / "baseline.md").read_text(encoding="utf-8")
    trade = text[text.index("## bilateral-trade"):text.index("\n## ", text.index("## bilateral-trade") + 1)]
    assert "Value holds: figure for 2021, stated 2022-01-24" in trade
    assert "as of 2021-01-01" not in trade and "(000\\_3fa9429b42647ffa.txt\\), as of 2021: >" in trade
    assert "Value holds: as of 2022-01-25" in text[text.index("## sco-membership"):]  # a day stays a day


# --- found while testing: the digest called a settled dispute closed by supersede just "superseded"

def test_the_digest_says_why_supersede_closed_a_finding(tmp_path, capsys) -> None:
    from reports.render import md_escape
    from tests.test_prod23 import digest_of

    db, found = month_of_news(tmp_path)
    assert cli(capsys, "accept", found["elected"]["id"], "--db", db)[0] == 0
    assert cli(capsys, "supersede", found["rumour"]["id"], "--db", db)[0] == 0
    markdown, digest, html = digest_of(capsys, tmp_path)
    entry = next(f for c in digest["claims"] for f in c["findings"] if f["id"] == found["rumour"]["id"])
    said = ("the dispute is settled: iran-president is Masoud Pezeshkian (accepted from finding "
            f"{found['elected']['id']})")
    assert entry["status"] == "superseded" and entry["superseded_why"] == said
    assert md_escape(f"closed as history: {said}") in markdown
    assert cli(capsys, "reopen", found["rumour"]["id"], "--db", db)[0] == 0  # reopened: no reason left
    assert "superseded_why" not in next(f for c in digest_of(capsys, tmp_path)[1]["claims"] for f in c["findings"]
                                        if f["id"] == found["rumour"]["id"])
