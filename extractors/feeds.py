"""Feed stage: fetch a feed with conditional GET, parse it with feedparser, normalise its entries."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import httpx

from claimwatch.config import FetchSettings
from claimwatch.errors import ExtractError
from extractors.http import FEED_TYPES, SERVER_DEFAULT_CHARSETS, fetch

MAX_ENTITY_EXPANSION = 1_000_000
TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref_src",
                   "_ga", "igshid", "yclid", "at_medium", "at_campaign"}


@dataclass(frozen=True)
class Entry:
    key: str          # canonical URL: the identity used for de-duplication
    url: str          # link as given by the feed
    guid: str
    title: str
    published: str | None  # ISO-8601 UTC, from the feed
    feed_url: str


@dataclass(frozen=True)
class FeedFetch:
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: tuple[Entry, ...]
    warning: str | None  # feedparser's bozo reason: the feed was malformed but still read


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters (utm_* etc.)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def fetch_feed(client: httpx.Client, url: str, settings: FetchSettings, etag: str | None = None,
               last_modified: str | None = None) -> FeedFetch:
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = fetch(client, url, settings, accept=FEED_TYPES, max_bytes=settings.max_feed_bytes, headers=headers)
    full_type = response.headers.get("content-type", response.content_type)
    return FeedFetch(response.status, response.content, full_type,
                     response.headers.get("etag") or etag, response.headers.get("last-modified") or last_modified)


def parse_feed(content: bytes, content_type: str, feed_url: str, limit: int = 500,
               max_expansion: int = MAX_ENTITY_EXPANSION) -> ParsedFeed:
    """Parse feed bytes; a malformed (bozo) feed still yields its entries plus a warning."""
    check_entity_expansion(content, max_expansion)
    headers = {"content-location": feed_url}
    content_type = effective_content_type(content, content_type)
    if content_type:
        headers["content-type"] = content_type
    # feedparser resolves entities itself without fetching external ones; sanitize off saves time.
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=False)
    warning = f"malformed feed: {_bozo_reason(parsed)}" if parsed.get("bozo") else None
    if not parsed.entries and not parsed.feed.get("title") and parsed.get("version", "") == "":
        raise ExtractError(f"not a feed ({warning or 'no feed elements found'})")
    entries = []
    for raw in parsed.entries[:limit]:
        entry = normalise_entry(raw, feed_url)
        if entry is not None:
            entries.append(entry)
    return ParsedFeed(parsed.feed.get("title", ""), tuple(dedupe_entries(entries)), warning)


BOMS = ((b"\x00\x00\xfe\xff", "utf-32be"), (b"\xff\xfe\x00\x00", "utf-32le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16be"), (b"\xff\xfe", "utf-16le"))
_XML_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def effective_content_type(content: bytes, content_type: str) -> str:
    """The content type to hand feedparser, with a charset that fits the bytes. feedparser lets the HTTP
    charset override everything: a UTF-16 feed with a BOM served as text/xml became "not a feed", and a
    UTF-8 feed served as iso-8859-1 came out garbled. A BOM wins; a declared charset loses to valid UTF-8
    with non-ASCII bytes, and a server-default one (latin-1, ascii) to the document's XML declaration."""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    charset = next((v.strip().strip('"\'').lower() for k, _, v in (p.partition("=") for p in params.split(";"))
                    if k.strip().lower() == "charset" and v.strip()), None)
    chosen = next((name for bom, name in BOMS if content.startswith(bom)), None)
    if chosen is None and charset:
        chosen = _fitting_charset(content, charset)
    if chosen is None or chosen == charset:
        return content_type
    return f"{mime or 'application/xml'}; charset={chosen}"


def _fitting_charset(content: bytes, charset: str) -> str | None:
    if not content.isascii():
        try:
            content.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    declared = _XML_DECL_ENCODING.match(content[:200])
    if charset in SERVER_DEFAULT_CHARSETS and declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            content.decode(name)
            return name
        except (LookupError, UnicodeDecodeError):
            return None
    return None


def check_entity_expansion(content: bytes, limit: int) -> None:
    """Refuse a feed whose internal entities would expand past `limit` characters. feedparser strips nested
    entities (so "billion laughs" stays inert) but keeps simple ones, and when expat stops at its
    amplification limit, feedparser's fallback parser expands them anyway: an 80 KB feed defining one
    20,000-character entity and using it 20,000 times took 820 MB and 10 s."""
    text = _ascii_view(content)
    if b"<!ENTITY" not in text:
        return
    head = text[:_first_element(text)]  # where feedparser looks for declarations
    entities = {m.group(1): len(m.group(2) or m.group(3) or b"") for m in _ENTITY_DECL.finditer(head)}
    total = sum(size * text.count(b"&" + name + b";") for name, size in entities.items())
    if total > limit:
        raise ExtractError(f"refused: internal entities would expand to {total:,} characters (limit {limit:,})")


_ENTITY_DECL = re.compile(rb"<!ENTITY\s+([\w.:-]+)\s+(?:\"([^\"]*)\"|'([^']*)')")


def _first_element(text: bytes) -> int:
    match = re.search(rb"<[A-Za-z_]", text)
    return match.start() if match else len(text)


_WIDE = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\x00<", "utf-32-be"),
         (b"<\x00\x00\x00", "utf-32-le"), (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"),
         (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"))


def _ascii_view(content: bytes) -> bytes:
    """Markup in UTF-16/32 as ASCII-compatible bytes, so declarations can be searched for."""
    codec = next((name for prefix, name in _WIDE if content.startswith(prefix)), None)
    return content.decode(codec, errors="ignore").encode("utf-8") if codec else content


def _bozo_reason(parsed: feedparser.FeedParserDict) -> str:
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}"[:300] if exc else "unknown"


def normalise_entry(raw: feedparser.FeedParserDict, feed_url: str) -> Entry | None:
    """An Entry, or None when the entry has no usable http(s) link (a hostile or broken link such as
    "http://[::1" or a port out of range skips that entry, not the whole feed)."""
    link = str(raw.get("link") or _guid_link(raw) or "").strip()
    try:
        if not link or urlsplit(link).scheme not in ("http", "https") or not urlsplit(link).hostname:
            return None
        key = canonical_url(link)
    except ValueError:
        return None
    return Entry(key=key, url=link, guid=str(raw.get("id") or ""),
                 title=str(raw.get("title") or "").strip(), published=entry_date(raw), feed_url=feed_url)


def _guid_link(raw: feedparser.FeedParserDict) -> str | None:
    guid = raw.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) and raw.get("guidislink", True) else None


def entry_date(raw: feedparser.FeedParserDict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), timezone.utc).isoformat(timespec="seconds")
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def dedupe_entries(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            out.append(entry)
    return out
