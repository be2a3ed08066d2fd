"""Shared test fixtures: a real HTTP server on 127.0.0.1 and a real Prefect test harness."""

from __future__ import annotations

import os
from email.utils import formatdate
from pathlib import Path

import pytest

from claimwatch.loopback import LoopbackServer  # shared with `claimwatch eval` and the benchmark

# No test may reach beyond 127.0.0.1: the fetcher refuses any other address before connecting.
os.environ["CLAIMWATCH_LOOPBACK_ONLY"] = "1"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHARED_DATA = SHARED / "data"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project in CI and development)")
    return path


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):  # type: ignore[no-untyped-def]
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def rss(items: list[dict[str, str]], title: str = "Test wire") -> str:
    """An RSS 2.0 document; items have link, title, and optionally guid, pubDate, description."""
    body = "".join(
        "<item>"
        f"<title>{i['title']}</title><link>{i['link']}</link>"
        + (f"<guid isPermaLink=\"false\">{i['guid']}</guid>" if "guid" in i else "")
        + (f"<pubDate>{i['pubDate']}</pubDate>" if "pubDate" in i else "")
        + f"<description>{i.get('description', '')}</description></item>"
        for i in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title>"
            f"<link>http://example.invalid/</link><description>test</description>{body}</channel></rss>")


def atom(items: list[dict[str, str]], title: str = "Test atom") -> str:
    body = "".join(
        f"<entry><title>{i['title']}</title><link href=\"{i['link']}\"/><id>{i.get('guid', i['link'])}</id>"
        + (f"<published>{i['published']}</published>" if "published" in i else "")
        + f"<updated>{i.get('updated', '2024-05-01T10:00:00Z')}</updated></entry>" for i in items)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>{title}</title><id>urn:test</id><updated>2024-05-01T10:00:00Z</updated>{body}</feed>")


def article_html(title: str, paragraphs: list[str], published: str | None = None) -> str:
    meta = f"<meta property=\"article:published_time\" content=\"{published}\">" if published else ""
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{meta}</head>"
            f"<body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
            f"<article><h1>{title}</h1>{paras}</article>"
            f"<footer><p>Copyright Test Wire. All rights reserved.</p></footer></body></html>")


def rfc822(days_ago: int = 0) -> str:
    import time

    return formatdate(time.time() - days_ago * 86400, usegmt=True)


# The project's catalogue and the baseline built from baseline/sources, for the claim-engine tests. Module
# scope: a test module may override `catalogue` with one it writes (tests/test_claims_api.py).
@pytest.fixture(scope="module")
def catalogue():  # type: ignore[no-untyped-def]
    from baseline.catalogue import load_catalogue

    return load_catalogue()


# The baseline is built once per catalogue file's content (its digest) in a test process and each module gets a
# copy of its own: built again for each of the ~17 modules that ask for it, it cost 1-2 s each time.
_BUILT: dict[str, dict] = {}


@pytest.fixture(scope="module")
def baseline(catalogue):  # type: ignore[no-untyped-def]
    import copy

    from baseline.builder import build, load_sources

    key = catalogue.digest
    built = _BUILT.get(key) if key else None
    if built is None:
        built = {k: v.to_dict() for k, v in build(catalogue, load_sources()).items()}
        if key:
            _BUILT[key] = built
    return copy.deepcopy(built)


@pytest.fixture(scope="module")
def two_countries(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The engine tests' own catalogue for two other countries (tests/two_countries.py), loaded from a file."""
    from baseline.catalogue import load_catalogue
    from tests.two_countries import CATALOGUE

    path = tmp_path_factory.mktemp("two-countries") / "catalogue.toml"
    path.write_text(CATALOGUE, encoding="utf-8")
    return load_catalogue(path)
