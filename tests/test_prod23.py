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
from tests.test_review import add_run, fake_finding


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
