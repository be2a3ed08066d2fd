"""What the engine reads in a text written for a test: helpers for the tests that ask it of the project's
catalogue (or one the test writes) through the engine's API, one article at a time."""

from __future__ import annotations

from typing import Any

from baseline.catalogue import load_catalogue
from claims import Article, analyze
from claims import catalogue as claims_catalogue


def findings(text: str, baseline: dict[str, Any], lang: str = "en", published: str = "2025-06-01",
             catalogue: Any = None) -> dict[str, tuple[str, str]]:
    """claim → (verdict, observed value) of the findings read from `text`, as one article in `lang` of the day
    `published`, against `baseline` (claim → record), on `catalogue` (the project's by default)."""
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published=published, lang=lang)],
                       catalogue if catalogue is not None else load_catalogue(), baseline)
    return {f.claim: (f.verdict, f.value) for f in analysis.findings}


def written_catalogue(factory: Any, text: str, folder: str = "catalogue") -> Any:
    """The catalogue a test writes (`text`, TOML) loaded from a new folder of pytest's `tmp_path_factory`.
    Raises CatalogueError as claims.catalogue.load_catalogue does."""
    path = factory.mktemp(folder) / "catalogue.toml"
    path.write_text(text, encoding="utf-8")
    return claims_catalogue.load_catalogue(path)


def listed_developments(catalogue: Any, text: str, lang: str = "en", published: str = "2025-10-01", title: str = "",
                        baseline: dict[str, Any] | None = None) -> list[str]:
    """The statements listed as new developments when `text` is one article in `lang` of the day `published`."""
    article = Article(1, "http://127.0.0.1/a", title, text, published, lang=lang)
    return [d.statement for d in analyze([article], catalogue, baseline or {}).new_developments]
