"""HTTP fetching with the guards a nightly job needs: timeouts, a deadline per request, a size cap that also
holds for compressed bodies, a redirect limit, a content-type check, and a refusal to connect to private,
link-local or loopback addresses (unless allowed).

The address check pins the connection: the host name is resolved once, every address is checked, and the
request goes to the checked IP (Host header and TLS SNI keep the original name), so a DNS answer cannot
change between check and connect.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import socket
import threading
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import httpx

from settings.config import FetchSettings
from settings.errors import FetchError
from settings.redact import redact, redact_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "text/html", "text/plain", "application/octet-stream")
REDIRECTS = (301, 302, 303, 307, 308)
# What servers send when nobody configured a charset: a page or feed's own declaration is more likely right.
SERVER_DEFAULT_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}
# NAT64 prefixes (RFC 6052, RFC 8215) carry an IPv4 address in their last 32 bits.
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


@dataclass(frozen=True)
class Response:
    """A fetched body: the URL asked and the one answered after redirects, HTTP status, the bytes (at most the
    size cap), Content-Type without parameters, its declared charset (None when absent) and the headers."""
    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str = ""
    charset: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def make_client(settings: FetchSettings) -> httpx.Client:
    """The httpx.Client for every feed and page fetch: connect/read timeouts from `settings` (seconds), no
    redirects followed by httpx (fetch follows them itself, checking each address), no keep-alive, no
    proxies from the environment, our own bounded decoding."""
    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=settings.connect_timeout)
    # No keep-alive: requests go to pinned IPs, and a pooled connection opened with one host's SNI would be
    # reused for another host behind the same IP; a fresh connection per request also lets the deadline
    # watchdog below find the socket to cut.
    limits = httpx.Limits(max_connections=settings.max_workers * 2, max_keepalive_connections=0)
    # trust_env=False: proxies from the environment would bypass the address pinning below.
    # The Accept-Encoding header is ours and so is the decoding (_Decoder): httpx would inflate without bound.
    return httpx.Client(timeout=timeout, limits=limits, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"})


def fetch(client: httpx.Client, url: str, settings: FetchSettings, *, accept: tuple[str, ...],
          max_bytes: int, headers: dict[str, str] | None = None, cap: str = "") -> Response:
    """GET `url`, following at most `settings.max_redirects` redirects, each hop address-checked. `cap`: the
    [fetch] key that set `max_bytes`, named in the "too large" error so that one knows what to raise."""
    current = url
    for _ in range(settings.max_redirects + 1):
        try:
            response = _get_once(client, current, settings, max_bytes, headers or {}, accept)
        except FetchError as exc:
            if not cap or not str(exc).startswith("too large"):
                raise
            raise FetchError(f"{exc}; to read it, raise [fetch] {cap} in the feeds file", status=exc.status,
                             transient=exc.transient) from None
        if response.status in REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without Location", status=response.status)
            try:
                current = urljoin(current, location.strip())
            except ValueError:
                raise FetchError(f"HTTP {response.status} redirect to an invalid URL") from None
            continue
        return Response(url, current, response.status, response.content, response.content_type,
                        response.charset, response.headers)
    raise FetchError(f"more than {settings.max_redirects} redirects")


def _check_status(status: int) -> None:
    if status in (200, 304) or status in REDIRECTS:
        return
    transient = status == 429 or status >= 500 or status == 408
    raise FetchError(f"HTTP {status}", transient=transient, status=status)


def _check_type(content_type: str, accept: tuple[str, ...]) -> None:
    if not content_type:
        return  # no header: let the parser decide
    if content_type not in accept and not content_type.endswith("+xml"):
        raise FetchError(f"unexpected content-type {content_type}")


def _target(url: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"refused: invalid URL {redact_url(url)!r}: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused: {redact_url(url)!r} is not an http(s) URL")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def _get_once(client: httpx.Client, url: str, settings: FetchSettings, max_bytes: int,
              headers: dict[str, str], accept: tuple[str, ...]) -> Response:
    scheme, hostname, port = _target(url)
    ip = resolve_allowed(hostname, port, settings.allow_loopback)  # before any connection is attempted
    parts = urlsplit(url)
    headers = {**headers, "Host": parts.netloc.rsplit("@", 1)[-1]}
    if parts.username is not None:
        # user:password@ in a feed URL means HTTP Basic auth (the pinned URL below drops it). A redirect to
        # another host drops it too, since the new URL has no userinfo.
        userpass = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode("utf-8")
        headers["Authorization"] = "Basic " + base64.b64encode(userpass).decode("ascii")
    pinned = urlunsplit((scheme, _netloc(ip, parts.port), parts.path or "/", parts.query, ""))
    deadline = _Deadline(settings.total_timeout)
    try:
        request = client.build_request("GET", pinned, headers=headers,
                                       extensions={"sni_hostname": hostname, "trace": deadline.trace})
    except (httpx.InvalidURL, ValueError) as exc:  # e.g. control characters in the path
        raise FetchError(f"refused: invalid URL {redact_url(url)!r}: {redact(str(exc))}") from None
    with deadline:
        try:
            raw = client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timeout: {type(exc).__name__}", transient=True) from None
        except httpx.RemoteProtocolError as exc:
            if "location header" in str(exc):  # httpx parses Location even when not following redirects
                raise FetchError(f"refused: redirect to an invalid URL ({redact(str(exc))})") from None
            raise deadline.error() or FetchError(f"connection failed: {type(exc).__name__}: "
                                                 f"{redact(str(exc))}", transient=True) from None
        except httpx.HTTPError as exc:
            raise deadline.error() or FetchError(f"connection failed: {type(exc).__name__}: "
                                                 f"{redact(str(exc))}", transient=True) from None
        try:
            _check_status(raw.status_code)
            mime, charset = _content_type(raw.headers.get("content-type", ""))
            if raw.status_code == 200:
                _check_type(mime, accept)  # before reading: a PDF or video is not downloaded
            content = _read_capped(raw, max_bytes, deadline) if raw.status_code == 200 else b""
        finally:
            raw.close()
    return Response(url, url, raw.status_code, content, mime, charset,
                    {k.lower(): v for k, v in raw.headers.items()})


class _Deadline:
    """A watchdog for one request: read timeouts apply per read, so a server that sends a byte every few
    seconds (headers or body) would hold a worker forever. At the deadline the socket is shut down, which
    wakes the blocked read; the caller then reports "too slow"."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._stream: Any = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            with self._lock:
                self._stream = info.get("return_value")
        if self.expired and event.endswith(".complete"):
            self._cut()  # connected after the deadline fired

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        self.expired = True
        self._cut()

    def _cut(self) -> None:
        with self._lock:
            sock = self._stream.get_extra_info("socket") if self._stream is not None else None
        if sock is not None:
            try:
                # The base class method: on a TLS socket it cuts the TCP stream without touching TLS state.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def error(self) -> FetchError | None:
        if not self.expired:
            return None
        return FetchError(f"too slow: response not complete after {self.seconds:g} s", transient=True)


def _read_capped(raw: httpx.Response, max_bytes: int, deadline: _Deadline) -> bytes:
    declared = raw.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large: {declared} bytes declared (cap {max_bytes})")
    decoder = _Decoder(raw.headers.get("content-encoding", ""), max_bytes)
    chunks, size = [], 0
    try:
        for chunk in raw.iter_raw():
            for piece in decoder.decode(chunk):
                size += len(piece)
                if size > max_bytes:
                    raise FetchError(f"too large: over {max_bytes} bytes")
                chunks.append(piece)
            if deadline.expired:
                raise deadline.error()  # type: ignore[misc]
        chunks.extend(decoder.flush())
    except httpx.TimeoutException:
        raise FetchError("timeout while reading the body", transient=True) from None
    except httpx.HTTPError as exc:
        raise deadline.error() or FetchError(f"body truncated: {type(exc).__name__}: {redact(str(exc))}",
                                             transient=True) from None
    if deadline.expired:
        raise deadline.error()  # type: ignore[misc]
    return b"".join(chunks)


class _Decoder:
    """Content-Encoding decoding whose output is bounded per step (zlib's max_length), so a small gzip
    "bomb" cannot inflate past the cap in memory. httpx's own decoders inflate a whole network chunk at
    once and stack encodings ("gzip, gzip"): a 500-byte body grew to 450 MB there."""

    def __init__(self, header: str, max_bytes: int) -> None:
        codings = [c.strip().lower() for c in header.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1:
            raise FetchError(f"refused: stacked content-encoding {header!r}")
        if codings and codings[0] not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content-encoding {codings[0]!r}")
        self.coding = codings[0] if codings else ""
        self.step = max_bytes + 1
        self._zlib: Any = None
        self._first = True
        self._done = False

    def _new(self, raw_deflate: bool = False) -> Any:
        if self.coding == "deflate":
            return zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS)
        return zlib.decompressobj(zlib.MAX_WBITS | 16)

    def decode(self, data: bytes):  # type: ignore[no-untyped-def]
        if self._first and self.coding in ("gzip", "x-gzip") and _plain_markup(data):
            # "Content-Encoding: gzip" over a body that was never compressed (a misconfigured cache or
            # proxy): every gzip stream starts with 1f 8b, markup with "<". Read it as it is instead of
            # losing the page; a body that starts like gzip and then breaks is still "undecodable".
            self.coding = ""
        if not self.coding:
            yield data
            return
        if self._zlib is None:
            self._zlib = self._new()
        first, self._first = self._first, False
        try:
            yield from self._inflate(data)
        except zlib.error as exc:
            if not (first and self.coding == "deflate"):
                raise FetchError(f"undecodable body: {exc}") from None
            self._zlib = self._new(raw_deflate=True)  # "deflate" without the zlib header, as some servers send
            try:
                yield from self._inflate(data)
            except zlib.error as exc2:
                raise FetchError(f"undecodable body: {exc2}") from None

    def _inflate(self, data: bytes):  # type: ignore[no-untyped-def]
        while data and not self._done:
            if self._zlib.eof:
                if self.coding == "deflate" or not b"\x1f\x8b".startswith(data[:2]):
                    self._done = True  # trailing bytes after the stream: ignored, as httpx does
                    return
                self._zlib = self._new()  # a further gzip member
            yield self._zlib.decompress(data, self.step)
            data = self._zlib.unconsumed_tail or (self._zlib.unused_data if self._zlib.eof else b"")

    def flush(self) -> list[bytes]:
        return [self._zlib.flush(self.step)] if self._zlib is not None and not self._zlib.eof else []


_MARKUP_START = (b"<", b"\xef\xbb\xbf<")


def _plain_markup(data: bytes) -> bool:
    return not data.startswith(b"\x1f\x8b") and data.lstrip(b" \t\r\n").startswith(_MARKUP_START)


def _content_type(value: str) -> tuple[str, str | None]:
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip('"').lower()
    return mime.strip().lower(), charset


def resolve_allowed(host: str, port: int, allow_loopback: bool) -> str:
    """Resolve `host` and return an address we may connect to, or raise FetchError."""
    literal = _ip_literal(host)
    if literal is not None:
        check_address(literal, allow_loopback, host)
        return literal
    if not _public_allowed() and not _loopback_name(host):
        # Tests: not even a DNS query may leave the machine.
        raise FetchError(f"refused: {host} is not loopback and only loopback is allowed here")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"DNS lookup failed for {host}: {exc.strerror}", transient=True) from None
    except UnicodeError as exc:  # an over-long or malformed IDNA label
        raise FetchError(f"refused: invalid host name {host!r}: {exc}") from None
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        check_address(address, allow_loopback, host)
    return addresses[0]


def _ip_literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None


def _loopback_name(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == "localhost" or host.endswith(".localhost")


def check_address(address: str, allow_loopback: bool, host: str = "") -> None:
    """Refuse every address that is not globally routable, including IPv4 hidden in IPv6 (mapped, 6to4,
    NAT64, Teredo). Only loopback can be allowed, and with CLAIMWATCH_LOOPBACK_ONLY only loopback is."""
    ip = _embedded_ipv4(ipaddress.ip_address(address.split("%", 1)[0]))
    name = host or address
    if ip.is_loopback:
        if allow_loopback:
            return
        raise FetchError(f"refused: {name} resolves to loopback address {ip} (local tests only: "
                         f"{loopback_switch()})")
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        raise FetchError(f"refused: {name} resolves to non-public address {ip}")
    if not _public_allowed():
        raise FetchError(f"refused: {name} is not loopback and only loopback is allowed here")


# Set by `claimwatch serve` (flows/serve.py) in its process, so its flow runs inherit it: a served run's switches
# are its `allow_loopback` parameter and the environment, not the `run` command's flag (walk23 P6).
SERVED_ENV = "CLAIMWATCH_SERVED"


def loopback_switch() -> str:
    """How to allow loopback where this process runs: a served run's `allow_loopback` parameter (the UI's
    checkbox) or CLAIMWATCH_ALLOW_LOOPBACK=1 for serve; else `run --allow-loopback`; [fetch] in both."""
    if os.environ.get(SERVED_ENV, "") == "1":
        return ("tick the run's allow_loopback parameter, or start serve with CLAIMWATCH_ALLOW_LOOPBACK=1, or set "
                "allow_loopback = true under [fetch] of the feeds file")
    return "pass --allow-loopback, or set allow_loopback = true under [fetch]"


def _embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if isinstance(ip, ipaddress.IPv4Address):
        return ip
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if any(ip in net for net in NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def _public_allowed() -> bool:
    """Tests set CLAIMWATCH_LOOPBACK_ONLY=1 so that no connection can leave 127.0.0.1."""
    return os.environ.get("CLAIMWATCH_LOOPBACK_ONLY", "") not in {"1", "true", "yes"}


def _netloc(ip: str, port: int | None) -> str:
    host = f"[{ip}]" if ":" in ip else ip
    return f"{host}:{port}" if port else host
