"""Feed stage: fetch a feed with conditional GET, parse it with feedparser, normalise its entries."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import httpx

from claimwatch.config import FetchSettings
from claimwatch.errors import ExtractError
from extractors.http import FEED_TYPES, fetch

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


def parse_feed(content: bytes, content_type: str, feed_url: str, limit: int = 500) -> ParsedFeed:
    """Parse feed bytes; a malformed (bozo) feed still yields its entries plus a warning."""
    headers = {"content-location": feed_url}
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


def _bozo_reason(parsed: feedparser.FeedParserDict) -> str:
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}"[:300] if exc else "unknown"


def normalise_entry(raw: feedparser.FeedParserDict, feed_url: str) -> Entry | None:
    link = raw.get("link") or _guid_link(raw)
    if not link or urlsplit(link).scheme not in ("http", "https"):
        return None
    return Entry(key=canonical_url(link), url=link.strip(), guid=str(raw.get("id") or ""),
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
