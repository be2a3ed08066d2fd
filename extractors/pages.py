"""Page stage: fetch an article page and extract its text and metadata with trafilatura."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
import trafilatura

from claims.detect import detect_language
from claimwatch.config import FetchSettings
from claimwatch.errors import ExtractError
from extractors.http import HTML_TYPES, SERVER_DEFAULT_CHARSETS, Response, fetch

MIN_TEXT_CHARS = 40


@dataclass(frozen=True)
class Article:
    url: str
    title: str
    text: str
    author: str
    site_name: str
    language: str
    published: str     # ISO date or datetime
    date_source: str   # "page" | "feed" | "fetched"
    content_hash: str


def fetch_page(client: httpx.Client, url: str, settings: FetchSettings) -> Response:
    return fetch(client, url, settings, accept=HTML_TYPES, max_bytes=settings.max_page_bytes,
                 headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})


def decode_html(content: bytes, charset: str | None) -> str | bytes:
    """Decode the page; bytes are returned (trafilatura then detects) when no declared charset fits.

    Order: valid UTF-8 (legacy text is practically never valid UTF-8, so a header saying koi8-r over UTF-8
    bytes is wrong), then the page's own <meta charset> when the header names a server-default single-byte
    charset, then the header's charset."""
    if not content.strip():
        raise ExtractError("empty body")
    if _is_binary(content):
        raise ExtractError("not HTML: binary document")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [charset] if charset else []
    meta = _meta_charset(content)
    if meta and (not charset or charset in SERVER_DEFAULT_CHARSETS):
        candidates.insert(0, meta)
    for candidate in candidates:
        try:
            return content.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue  # a wrong or unknown declared charset: try the next, then detection
    return content


BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")


def _is_binary(content: bytes) -> bool:
    head = content[:1024]
    return head.startswith(BINARY_MAGIC) or (head.count(b"\x00") > len(head) // 4 and not _utf16(head))


def _utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")


def _meta_charset(content: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", content[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii").lower() if match else None


def extract_article(html: str | bytes, url: str, feed_date: str | None = None,
                    fetched_at: str | None = None) -> Article:
    """Extract text and metadata. Date precedence: page metadata, else the feed's date, else fetch time."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            # Only dates from the page's markup: trafilatura otherwise guesses from body text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup; record, do not crash
        raise ExtractError(f"extraction failed: {type(exc).__name__}: {exc}"[:300]) from None
    if doc is None or not (doc.text or "").strip():
        raise ExtractError("no article text found")
    text = clean_text(doc.text)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractError(f"article text too short ({len(text)} characters)")
    published, source = choose_date(doc.date, feed_date, fetched_at)
    return Article(url=url, title=(doc.title or "").strip(), text=text, author=doc.author or "",
                   site_name=doc.sitename or "", language=detect_language(text, doc.language), published=published,
                   date_source=source, content_hash=content_hash(text))


def choose_date(page_date: str | None, feed_date: str | None, fetched_at: str | None) -> tuple[str, str]:
    if page_date:
        return page_date, "page"
    if feed_date:
        return feed_date, "feed"
    return fetched_at or datetime.now(timezone.utc).isoformat(timespec="seconds"), "fetched"


def clean_text(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def content_hash(text: str) -> str:
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]
