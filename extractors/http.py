"""HTTP fetching with the guards a nightly job needs: timeouts, a size cap, a redirect limit, a content-type
check, and a refusal to connect to private, link-local or loopback addresses (unless allowed).

The address check pins the connection: the host name is resolved once, every address is checked, and the
request goes to the checked IP (Host header and TLS SNI keep the original name), so a DNS answer cannot
change between check and connect.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from claimwatch.config import FetchSettings
from claimwatch.errors import FetchError

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "text/html", "text/plain", "application/octet-stream")
TOTAL_DEADLINE_S = 60.0


@dataclass(frozen=True)
class Response:
    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str = ""
    charset: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def make_client(settings: FetchSettings) -> httpx.Client:
    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=settings.connect_timeout)
    limits = httpx.Limits(max_connections=settings.max_workers * 2, max_keepalive_connections=settings.max_workers)
    # trust_env=False: proxies from the environment would bypass the address pinning below.
    return httpx.Client(timeout=timeout, limits=limits, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"})


def fetch(client: httpx.Client, url: str, settings: FetchSettings, *, accept: tuple[str, ...],
          max_bytes: int, headers: dict[str, str] | None = None) -> Response:
    """GET `url`, following at most `settings.max_redirects` redirects, each hop address-checked."""
    current = url
    for _ in range(settings.max_redirects + 1):
        response = _get_once(client, current, settings, max_bytes, headers or {})
        if response.status in (301, 302, 303, 307, 308):
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without Location", status=response.status)
            current = urljoin(current, location)
            continue
        _check_status(response)
        if response.status == 200:
            _check_type(response, accept)
        return Response(url, current, response.status, response.content, response.content_type,
                        response.charset, response.headers)
    raise FetchError(f"more than {settings.max_redirects} redirects")


def _check_status(response: Response) -> None:
    status = response.status
    if status in (200, 304):
        return
    transient = status == 429 or status >= 500 or status == 408
    raise FetchError(f"HTTP {status}", transient=transient, status=status)


def _check_type(response: Response, accept: tuple[str, ...]) -> None:
    if not response.content_type:
        return  # no header: let the parser decide
    if response.content_type not in accept and not response.content_type.endswith("+xml"):
        raise FetchError(f"unexpected content-type {response.content_type}")


def _get_once(client: httpx.Client, url: str, settings: FetchSettings, max_bytes: int,
              headers: dict[str, str]) -> Response:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused: {url!r} is not an http(s) URL")
    ip = resolve_allowed(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                         settings.allow_loopback)
    host_header = parts.netloc.rsplit("@", 1)[-1]
    pinned = urlunsplit((parts.scheme, _netloc(ip, parts.port), parts.path or "/", parts.query, ""))
    request = client.build_request("GET", pinned, headers={**headers, "Host": host_header},
                                   extensions={"sni_hostname": parts.hostname})
    started = time.monotonic()
    try:
        raw = client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timeout: {type(exc).__name__}", transient=True) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"connection failed: {type(exc).__name__}: {exc}", transient=True) from None
    try:
        content = _read_capped(raw, max_bytes, started) if raw.status_code == 200 else b""
    finally:
        raw.close()
    mime, charset = _content_type(raw.headers.get("content-type", ""))
    return Response(url, url, raw.status_code, content, mime, charset,
                    {k.lower(): v for k, v in raw.headers.items()})


def _read_capped(raw: httpx.Response, max_bytes: int, started: float) -> bytes:
    declared = raw.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in raw.headers:
        raise FetchError(f"too large: {declared} bytes declared (cap {max_bytes})")
    chunks, size = [], 0
    try:
        # iter_bytes yields decoded bytes, so the cap also stops a gzip bomb.
        for chunk in raw.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"too large: over {max_bytes} bytes")
            if time.monotonic() - started > TOTAL_DEADLINE_S:
                raise FetchError(f"too slow: body not complete after {TOTAL_DEADLINE_S:.0f} s", transient=True)
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise FetchError("timeout while reading the body", transient=True) from None
    except httpx.DecodingError as exc:
        raise FetchError(f"undecodable body: {exc}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"body truncated: {type(exc).__name__}: {exc}", transient=True) from None
    return b"".join(chunks)


def _content_type(value: str) -> tuple[str, str | None]:
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip('"').lower()
    return mime.strip().lower(), charset


def resolve_allowed(host: str, port: int, allow_loopback: bool) -> str:
    """Resolve `host` and return an address we may connect to, or raise FetchError (never transient)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"DNS lookup failed for {host}: {exc.strerror}", transient=True) from None
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        check_address(address, allow_loopback, host)
    return addresses[0]


def check_address(address: str, allow_loopback: bool, host: str = "") -> None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.is_loopback:
        if allow_loopback:
            return
        raise FetchError(f"refused: {host or address} resolves to loopback address {ip} (set allow_loopback)")
    if ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        raise FetchError(f"refused: {host or address} resolves to non-public address {ip}")
    if allow_loopback and not _public_allowed():
        raise FetchError(f"refused: {host or address} is not loopback and only loopback is allowed here")


def _public_allowed() -> bool:
    """Tests set CLAIMWATCH_LOOPBACK_ONLY=1 so that no connection can leave 127.0.0.1."""
    import os

    return os.environ.get("CLAIMWATCH_LOOPBACK_ONLY", "") not in {"1", "true", "yes"}


def _netloc(ip: str, port: int | None) -> str:
    host = f"[{ip}]" if ":" in ip else ip
    return f"{host}:{port}" if port else host
