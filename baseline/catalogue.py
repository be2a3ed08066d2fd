"""Where the project's catalogue lives: `baseline/catalogue.toml`, beside the seed sources it is read with.
The catalogue's schema and parser belong to the claim engine (claims/catalogue.py)."""

from __future__ import annotations

from pathlib import Path

from claims.catalogue import Catalogue
from claims.catalogue import load_catalogue as read_catalogue

CATALOGUE_FILE = Path(__file__).resolve().parent / "catalogue.toml"


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The catalogue at `path`, or the project's own (CATALOGUE_FILE). Raises CatalogueError."""
    return read_catalogue(path or CATALOGUE_FILE)
