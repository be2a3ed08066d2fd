"""Analysis of a run's relevant articles against the baseline (the claim engine plugs in here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from baseline.catalogue import Catalogue


@dataclass
class Analysis:
    findings: list[dict[str, Any]] = field(default_factory=list)
    new_developments: list[dict[str, Any]] = field(default_factory=list)


def analyze_run(db: sqlite_utils.Database, run_id: str, catalogue: Catalogue) -> Analysis:
    return Analysis()
