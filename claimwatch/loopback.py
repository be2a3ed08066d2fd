"""One HTTP server on 127.0.0.1 for everything that serves feeds and pages to a real run: `claimwatch eval`
(the labeled corpus as feeds), the benchmark (bench/run_bench.py) and the tests (the `server` fixture).

Routes are registered by path (the query string is ignored when matching); every request is logged with its
headers. A route with an ETag answers a matching If-None-Match with 304 while `honor_validators` is true (a
well-behaved server) and with the whole body when it is false (a server that ignores validators). Standard
library only (http.server): nothing here is a production server, it never listens beyond 127.0.0.1.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Route:
    """What one path answers: `body` (bytes, or a function making them per request: large generated pages),
    its Content-Type ("" sends none, as some servers do), status, extra headers, an ETag, or a `handler`
    that answers the request itself (faults, delays, sequences)."""
    body: bytes | Callable[[], bytes]
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    handler: Callable[["Handler"], None] | None = None


class LoopbackServer:
    """A threaded HTTP/1.1 server (keep-alive, as real servers: httpx reuses its pooled connections) on
    127.0.0.1 at a free port. Use as a context manager, or start() / stop()."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path with query, lower-cased headers)
        self.honor_validators = True
        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self
        # A stop waits for the loop to see it: at the default poll of 0.5 s a test's server took 0.25 s on
        # average to stop (27 s of `make test` in all).
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        """The full URL of `path` on this server."""
        return self.base + path

    def add(self, path: str, body: bytes | str | Callable[[], bytes], **kwargs) -> str:  # type: ignore[no-untyped-def]
        """Serve `body` (str is sent as UTF-8) at `path` with Route's options; returns the full URL."""
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def hits(self, path: str) -> int:
        """How many requests asked for exactly `path` (query included)."""
        return sum(1 for p, _ in self.requests if p == path)

    def start(self) -> LoopbackServer:
        """Serve in a daemon thread; returns the server."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    # The default listen backlog (5) drops SYNs when 8 page threads connect at once: 1 s retransmits.
    request_queue_size = 256
    owner: LoopbackServer


class Handler(BaseHTTPRequestHandler):
    """Answers GET from the server's routes (path → Route), honouring If-None-Match against a route's ETag."""
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: object) -> None:
        """Silent: the server keeps its own request log (LoopbackServer.requests)."""
        pass

    def do_GET(self) -> None:
        """Log the request; answer from the route of its path (query ignored): its handler, 304 for a matching
        ETag while validators are honoured, else the body; 404 without a route."""
        owner = self.server.owner
        owner.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send_plain(404, b"not found")
            return
        if route.handler is not None:
            route.handler(self)
            return
        if route.etag and owner.honor_validators and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = route.body() if callable(route.body) else route.body
        self.send_response(route.status)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(body)))
        if route.etag:
            self.send_header("ETag", route.etag)
        for key, value in route.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def send_plain(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        """Answer with `body` as it is (handlers of faulty servers use this)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
