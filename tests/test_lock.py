"""requirements.lock (made by `make lock`) pins a version allowed by every requirement of pyproject.toml.

Catches a dependency added to or tightened in pyproject.toml without `make lock`: `make test` installs from the
lock, so such a change would otherwise be tested against packages it does not ask for.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def locked_pins(text: str) -> dict[str, str]:
    """{canonical name: version} of the `name==version` lines of a pip-compile output."""
    pins = {}
    for line in text.splitlines():
        match = PIN.match(line)
        if match:
            pins[canonicalize_name(match[1])] = match[2]
    return pins


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return [Requirement(name) for name in names]


def test_lock_pins_every_requirement_of_pyproject_at_an_allowed_version() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = locked_pins(lock)
    problems = []
    for requirement in project_requirements():
        version = pins.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement} is not in requirements.lock")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement}: requirements.lock pins {version}")
    assert not problems, "run `make lock` and commit requirements.lock: " + "; ".join(problems)


def test_every_pin_of_the_lock_carries_a_hash() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", lock)
    unhashed = [block.split()[0] for block in blocks if PIN.match(block) and "--hash=sha256:" not in block]
    assert not unhashed, f"pins without a hash (regenerate with `make lock`): {unhashed}"


def test_the_scheduler_and_api_pins_hold_in_the_lock() -> None:
    # The failures these pins avoid are named in pyproject.toml; the lock must not drift past them.
    pins = locked_pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    assert pins["sqlalchemy"].startswith("2.0."), pins["sqlalchemy"]
    assert pins["fastapi"] == "0.150.0", pins["fastapi"]


def test_locked_pins_reads_pip_compile_lines() -> None:
    sample = "Foo_Bar==1.2 \\\n    --hash=sha256:00\n    # via x\nbaz==3.0\n# comment==9\n"
    assert locked_pins(sample) == {"foo-bar": "1.2", "baz": "3.0"}
