"""The review loop closed: ids on every finding, `claimwatch findings [--open|--accepted|--dismissed]`,
`claimwatch reopen` undoing an accept (a new baseline version, history kept) or a dismiss, a decided finding
refusing a second decision without changing anything (exit 0 for the same one, 2 for the other), and a first run counting "since the baseline"."""

from __future__ import annotations

import re
from pathlib import Path

import sqlite_utils

from claimwatch.cli import main
from tests.test_review import SCO, TRADE, by_claim, publish, run


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_review_loop_accept_refuse_list_reopen(server, tmp_path, prefect_harness, capsys):
    db = str(tmp_path / "c.db")
    first, folder = run(tmp_path, publish(server, {"a1": [SCO, TRADE]}))
    changed = by_claim(first, "changed")
    sco, trade = changed["sco-membership"]["id"], changed["bilateral-trade"]["id"]

    # A first run counts from the baseline; every finding shows its id outside any collapsed section.
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert re.search(r"\*\*\d+ changes since the baseline", markdown) and "since the last run" not in markdown
    html = (folder / "report.html").read_text(encoding="utf-8")
    shown = re.findall(r'<p class="claim">.*?<span class="fid">finding <code>([0-9a-f]+)</code>', html)
    assert set(shown) == {f["id"] for f in first["findings"] if f["verdict"] != "confirmed"}

    assert cli(capsys, "accept", sco, "--db", db)[0] == 0
    versions = lambda: [r["reason"] for r in sqlite_utils.Database(db).query(  # noqa: E731
        "select reason from baseline_versions order by version")]
    assert versions() == ["build", f"accepted {sco}"]
    # Deciding again says so and changes nothing: the same decision exit 0, the other one exit 1.
    code, out, _ = cli(capsys, "accept", sco, "--db", db)
    assert code == 0 and f"finding {sco} was already accepted on " in out and "nothing changed" in out
    code, _, err = cli(capsys, "dismiss", sco, "--db", db)
    assert code == 2 and "was accepted on" in err and f"claimwatch reopen {sco}" in err
    assert versions() == ["build", f"accepted {sco}"]
    assert list(sqlite_utils.Database(db).query("select * from dismissed")) == []

    assert cli(capsys, "dismiss", trade, "--db", db)[0] == 0
    listed = {}
    for status in ("open", "accepted", "dismissed"):
        code, out, _ = cli(capsys, "findings", f"--{status}", "--db", db)
        listed[status] = {line.split()[0] for line in out.splitlines() if line and not line.startswith("no ")}
        assert code == 0 and all(f"  {status}" in line for line in out.splitlines() if line[:1].isalnum()
                                 and not line.startswith("no "))
    assert sco in listed["accepted"] and trade in listed["dismissed"]
    assert not ({sco, trade} & listed["open"])
    code, out, _ = cli(capsys, "findings", "--db", db)
    assert {sco, trade} <= {line.split()[0] for line in out.splitlines()}

    # Reopen the accept: a new version gives the claim its earlier value back; history keeps all three.
    code, out, _ = cli(capsys, "reopen", sco, "--db", db)
    assert code == 0 and "no longer accepted" in out and "baseline version 3" in out
    assert versions() == ["build", f"accepted {sco}", f"reopened {sco}"]
    code, out, _ = cli(capsys, "claims", "--db", db)
    assert "sco-membership\tobserver" in out
    # Reopen the dismiss: its statements may be flagged again, and the next run does flag them.
    assert cli(capsys, "reopen", trade, "--db", db)[0] == 0
    assert list(sqlite_utils.Database(db).query("select * from dismissed")) == []
    code, out, _ = cli(capsys, "findings", "--open", "--db", db)
    assert {sco, trade} <= {line.split()[0] for line in out.splitlines()}
    code, _, err = cli(capsys, "reopen", sco, "--db", db)
    assert code == 2 and "is open" in err  # nothing to undo
    second, folder = run(tmp_path, publish(server, {"a1": [SCO, TRADE], "b1": [SCO, TRADE]}))
    assert {"sco-membership", "bilateral-trade"} <= set(by_claim(second, "changed"))
    assert "since the baseline" not in (folder / "report.md").read_text(encoding="utf-8")
    log = [(r["finding_id"], r["action"]) for r in sqlite_utils.Database(db).query(
        "select finding_id, action from reviews order by rowid")]
    assert log == [(sco, "accepted"), (trade, "dismissed"), (sco, "reopened"), (trade, "reopened")]


def test_baseline_build_writes_its_report_beside_the_database_it_was_given(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the project's data/reports would be ./data/reports
    other = tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()
    assert main(["baseline", "build", "--db", str(other)]) == 0
    assert (tmp_path / "elsewhere" / "reports" / "baseline" / "baseline.md").exists()
    assert not (tmp_path / "data").exists()
    assert main(["baseline", "build", "--db", str(other), "--reports", str(tmp_path / "r")]) == 0
    assert (tmp_path / "r" / "baseline" / "baseline.md").exists()
    assert str(tmp_path / "r" / "baseline") in capsys.readouterr().out


def test_report_and_run_write_beside_the_database_they_were_given(tmp_path, capsys, monkeypatch, server,
                                                                  prefect_harness):
    """One rule for every command (config.reports_for): reports beside --db unless --reports says where."""
    monkeypatch.chdir(tmp_path)  # the project's data/reports would be ./data/reports
    other = tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()
    assert main(["baseline", "build", "--db", str(other)]) == 0
    capsys.readouterr()
    assert main(["report", "--since", "7d", "--db", str(other)]) == 0
    digest = Path(capsys.readouterr().out.strip())
    assert digest.parent == tmp_path / "elsewhere" / "reports" and (digest / "digest.md").exists()
    assert main(["report", "--db", str(other), "--reports", str(tmp_path / "r")]) == 0
    assert Path(capsys.readouterr().out.strip()).parent == tmp_path / "r"
    feed = publish(server, {"a1": [SCO]})
    assert main(["run", "--feed", feed, "--allow-loopback", "--db", str(other)]) == 0
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert folder.parent == tmp_path / "elsewhere" / "reports" and (folder / "report.json").exists()
    assert not (tmp_path / "data").exists()


def test_a_finding_the_baseline_has_moved_past_is_not_accepted(server, tmp_path, prefect_harness, capsys):
    """Three figures for three years in one run: after the 2023 one is accepted, accepting the still-open 2022
    one would move the baseline back, so it is refused (exit 2, nothing written); accepting 2024 says what it
    replaces, the accepted 2023 figure, not the value the finding was first compared with."""
    db = str(tmp_path / "c.db")
    figures = {"a1": "Trade between Russia and Iran reached 4.6 billion dollars in 2022, according to customs data.",
               "b1": TRADE,
               "c1": "Trade between Russia and Iran reached 4.8 billion dollars in 2024, according to customs data."}
    report, _ = run(tmp_path, publish(server, {name: [text] for name, text in figures.items()}))
    changed = [f for f in report["findings"] if f["claim"] == "bilateral-trade" and f["verdict"] == "changed"]
    by_year = {year: next(f for f in changed if f"({year})" in f["observed"]["value"]) for year in ("2022", "2023",
                                                                                                   "2024")}

    assert cli(capsys, "accept", by_year["2023"]["id"], "--db", db)[0] == 0
    versions = lambda: [r["reason"] for r in sqlite_utils.Database(db).query(  # noqa: E731
        "select reason from baseline_versions order by version")]
    before = versions()
    code, out, err = cli(capsys, "accept", by_year["2022"]["id"], "--db", db)
    assert code == 2 and "moved past" in err and f"reopen {by_year['2023']['id']}" in err
    assert versions() == before
    assert f"bilateral-trade\t{by_year['2023']['observed']['value']}" in cli(capsys, "claims", "--db", db)[1]

    code, out, _ = cli(capsys, "accept", by_year["2024"]["id"], "--db", db)
    assert code == 0
    assert f"{by_year['2023']['observed']['value']!r} → {by_year['2024']['observed']['value']!r}" in out
