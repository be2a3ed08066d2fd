"""What the engine reads in a text written for a test: one helper for the tests that ask it of the project's
catalogue (or another) through the engine's API, one article at a time."""

from __future__ import annotations

from typing import Any

from baseline.catalogue import load_catalogue
from claims import Article, analyze


def findings(text: str, baseline: dict[str, Any], lang: str = "en", published: str = "2025-06-01",
             catalogue: Any = None) -> dict[str, tuple[str, str]]:
    """claim → (verdict, observed value) of the findings read from `text`, as one article in `lang` of the day
    `published`, against `baseline` (claim → record), on `catalogue` (the project's by default)."""
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published=published, lang=lang)],
                       catalogue if catalogue is not None else load_catalogue(), baseline)
    return {f.claim: (f.verdict, f.value) for f in analysis.findings}
