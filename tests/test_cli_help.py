"""`claimwatch COMMAND --help` explains every option and shows examples, for every command."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from claimwatch.cli import build_parser, summarize_run

ROOT = Path(__file__).resolve().parents[1]


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[prefix + name] = sub
                found.update(commands(sub, prefix + name + " "))
    return found


def test_every_option_of_every_command_has_help_and_every_command_examples():
    found = commands(build_parser())
    assert {"run", "baseline build", "claims", "accept", "dismiss", "reopen", "findings", "report", "eval",
            "serve"} <= set(found)
    missing = [f"{name} {'/'.join(a.option_strings) or a.dest}" for name, sub in found.items()
               for a in sub._actions if not isinstance(a, argparse._SubParsersAction) and not a.help]
    assert not missing, f"options without help: {missing}"
    without = [name for name, sub in found.items() if "examples:" not in (sub.epilog or "")
               and "example:" not in (sub.epilog or "")]
    assert not without, f"commands without examples: {without}"


def test_one_hint_for_a_missing_database_and_plain_words_for_an_empty_feeds_file(tmp_path, capsys):
    from claimwatch.cli import main

    missing = tmp_path / "none.db"
    for command in (["claims"], ["findings"], ["accept", "abc"], ["dismiss", "abc"], ["reopen", "abc"],
                    ["report", "--since", "7d"]):
        assert main(command + ["--db", str(missing)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"claimwatch: error: database {missing} does not exist: run 'claimwatch run' first")
    assert not missing.exists()
    empty = tmp_path / "feeds.toml"
    empty.write_text("[fetch]\nmax_workers = 2\n", encoding="utf-8")
    assert main(["run", "--feeds", str(empty), "--db", str(tmp_path / "c.db")]) == 2
    assert f"{empty}: no [[feeds]] in this file" in capsys.readouterr().err
    empty.write_text('[[feeds]]\nurl = "https://example.org/a"\n[[feeds]]\nname = "no url"\n', encoding="utf-8")
    assert main(["run", "--feeds", str(empty), "--db", str(tmp_path / "c.db")]) == 2
    assert "[[feeds]] number 2: missing 'url'" in capsys.readouterr().err


def test_readme_lists_every_command_and_links_only_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("## Commands", 1)[1].split("```")[1]
    leaves = [name for name in commands(build_parser()) if name != "baseline"]
    assert [name for name in leaves if f"claimwatch {name} " not in listed and f"claimwatch {name}\n" not in listed] == []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        prose = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)  # not the sample reports
        for target in re.findall(r"\]\((?!<?https?://|#)([^)\s]+)\)", prose):
            path = (doc.parent / target.split("#")[0]).resolve()
            assert path.is_relative_to(ROOT) and path.exists(), f"{doc.name} links {target}"


def test_the_run_summary_counts_in_plain_english(tmp_path, capsys):
    report = {"run": {"id": "r1", "feeds": ["https://a.example/f"],
                      "counts": {"articles_new": 1, "entries_seen": 1, "articles_relevant": 0, "errors": 0}},
              "findings": [], "errors": []}
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    summarize_run(tmp_path)
    assert capsys.readouterr().out == ("run r1: 1 feed, 1 entry, 1 new article (0 relevant), 0 changes, "
                                       "0 errors\n")
    report["run"]["counts"].update(entries_seen=2, errors=1)
    report["findings"] = [{"verdict": "changed", "new": True, "claim": "a"}]
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    summarize_run(tmp_path)
    assert capsys.readouterr().out == ("run r1: 1 feed, 2 entries, 1 new article (0 relevant), 1 change to 1 claim "
                                       "(1 new), 1 error\n")
    # walk20 P5: three changes to two claims (a treaty signed, ratified, in force) are not "3 changed claims"
    report["findings"] = [{"verdict": "changed", "new": n < 2, "claim": c} for n, c in enumerate("aab")]
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    summarize_run(tmp_path)
    assert capsys.readouterr().out == ("run r1: 1 feed, 2 entries, 1 new article (0 relevant), 3 changes to 2 claims "
                                       "(2 new), 1 error\n")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`claimwatch claims | head -1`: the pipe closes while claims are still being printed."""
    from baseline.store import save_version
    from claimwatch.store import open_db

    many = {f"claim-{n:05d}": {"type": "status", "value": "a value long enough to fill the pipe " * 2,
                               "disputed": False} for n in range(4000)}  # ~350 KB: more than a pipe holds
    save_version(open_db(tmp_path / "c.db"), many, "build", "0" * 16)
    proc = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "claims", "--db", str(tmp_path / "c.db")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().startswith(b"# baseline version 1")
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode()) == (1, "")
