"""The layer plan (README, "How it works") holds: import-linter's contracts in pyproject.toml pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "lint-imports"
    return subprocess.run([str(exe), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_no_import_runs_back_up() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    # The same contracts over a copy of the packages in which the claim engine imports the pipeline.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    for package in config["root_packages"]:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    with (tmp_path / "claims" / "nlp.py").open("a") as f:
        f.write("\nimport claimwatch.pipeline  # noqa: E402\n")
    done = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "claims.nlp -> claimwatch.pipeline" in done.stdout


def test_readme_lists_the_contract_layers() -> None:
    layers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"][0]["layers"]
    readme = (ROOT / "README.md").read_text()
    plan = readme[readme.index("## How it works"):]
    for layer in layers:
        for module in layer.split("|"):
            assert f"`{module.strip()}`" in plan, f"README's layer plan does not name {module.strip()}"


def test_no_import_cycle() -> None:
    import grimp  # import-linter's own graph library

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    graph = grimp.build_graph(*config["root_packages"], cache_dir=None)
    cycles = {tuple(sorted((a, b))) for a in graph.modules for b in graph.find_modules_directly_imported_by(a)
              if a != b and graph.chain_exists(importer=b, imported=a)}
    assert not cycles, f"modules that import each other (directly or through others): {sorted(cycles)}"
