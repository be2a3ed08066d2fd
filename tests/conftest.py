"""Shared test fixtures: a real HTTP server on 127.0.0.1 and a real Prefect test harness."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

# No test may reach beyond 127.0.0.1: the fetcher refuses any other address before connecting.
os.environ["CLAIMWATCH_LOOPBACK_ONLY"] = "1"
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHARED_DATA = SHARED / "data"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project in CI and development)")
    return path


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    handler: Callable[["Handler"], None] | None = None


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 serving registered routes; it logs every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, **kwargs) -> str:  # type: ignore[no-untyped-def]
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass

    def do_GET(self) -> None:
        server: LocalServer = self.server.owner  # type: ignore[attr-defined]
        server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send_plain(404, b"not found")
            return
        if route.handler is not None:
            route.handler(self)
            return
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(route.status)
        if route.content_type:  # "" sends no Content-Type at all, as some servers do
            self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        if route.etag:
            self.send_header("ETag", route.etag)
        for key, value in route.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(route.body)

    def send_plain(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    srv = LocalServer()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


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
        f"<updated>{i.get('updated', '2024-05-01T10:00:00Z')}</updated></entry>" for i in items)
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


@pytest.fixture(scope="module")
def baseline(catalogue):  # type: ignore[no-untyped-def]
    from baseline.builder import build, load_sources

    return {k: v.to_dict() for k, v in build(catalogue, load_sources()).items()}
