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
