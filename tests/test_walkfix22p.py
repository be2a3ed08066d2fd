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
from tests.test_review import SCO, SCO_AGAIN, add_run, by_claim, fake_finding, publish, run


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
    assert code == 0 and "warning: sco-status-mine: not in baseline/catalogue.toml" in out
    assert "no run will track it" in out
    assert "sco-status-mine\t" in cli(capsys, "claims", "--db", db)[1]

    report, folder = run(tmp_path, publish(server, {"a1": [SCO]}))
    notes = [w["message"] for w in report["warnings"]]
    assert len(notes) == 1 and "sco-status-mine" in notes[0] and "no run tracks it" in notes[0]
    assert "add that claim to baseline/catalogue.toml" in notes[0]
    assert "sco-status-mine" in (folder / "report.md").read_text(encoding="utf-8")
    # the project's own catalogue gives no such warning
    assert cli(capsys, "baseline", "build", "--db", str(tmp_path / "d.db"))[1].count("warning") == 0
