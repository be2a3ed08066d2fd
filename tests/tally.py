"""Print the reliability counts for docs/RELIABILITY.md: cases tried, survived and data lost, summed over
the tests that record them (tests/test_reliability.py, test_security.py, test_crash.py, test_field_faults.py
call `tally`).

    python -m tests.tally            # runs those tests with --junitxml and prints the table
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

FILES = ["tests/test_reliability.py", "tests/test_security.py", "tests/test_crash.py", "tests/test_field_faults.py"]


def read(junit: Path) -> list[tuple[str, str, dict[str, int]]]:
    """(test id, outcome, recorded properties) per test case of a junit XML file."""
    cases = []
    for case in ET.parse(junit).iter("testcase"):
        props = {p.get("name", ""): int(p.get("value", "0")) for p in case.iter("property")}
        outcome = next((child.tag for child in case if child.tag in ("failure", "error", "skipped")), "passed")
        cases.append((f"{case.get('classname')}::{case.get('name')}", outcome, props))
    return cases


def counted_cases(cases: list[tuple[str, str, dict[str, int]]]) -> list[tuple[str, str, dict[str, int]]]:
    """The test cases that recorded counts. A test records its counts before (or between) its asserts, so a
    case counts as survived only when the test that tried it passed: a failed test survived none of its cases."""
    return [(name, outcome, props if outcome == "passed" else {**props, "survived": 0})
            for name, outcome, props in cases if "cases" in props]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        code = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                f"--junitxml={junit}", *FILES])
        cases = read(junit)
    counted = counted_cases(cases)
    width = max((len(name) for name, _, _ in counted), default=10)
    print(f"\n{'test':<{width}}  outcome  cases  survived  lost")
    for name, outcome, props in counted:
        print(f"{name:<{width}}  {outcome:<7}  {props['cases']:>5}  {props['survived']:>8}  {props['data_lost']:>4}")
    total = {key: sum(p[key] for _, _, p in counted) for key in ("cases", "survived", "data_lost")}
    failed = sum(1 for _, outcome, _ in cases if outcome in ("failure", "error"))
    print(f"\ntotal: {total['cases']} cases tried, {total['survived']} survived as specified, "
          f"{total['data_lost']} good items lost; {len(cases)} tests, {failed} failed")
    return code


if __name__ == "__main__":
    sys.exit(main())
