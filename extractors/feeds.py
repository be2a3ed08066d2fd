"""Feed stage: fetch a feed with conditional GET, parse it with feedparser, normalise its entries."""

from __future__ import annotations

import calendar
import email.utils
import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import dateparser
import feedparser
import httpx
import lxml.html

from settings.config import FetchSettings
from settings.errors import ExtractError
from extractors.http import FEED_TYPES, SERVER_DEFAULT_CHARSETS, fetch

MAX_ENTITY_EXPANSION = 1_000_000
TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref_src",
                   "_ga", "igshid", "yclid", "at_medium", "at_campaign"}


@dataclass(frozen=True)
class Entry:
    """One feed entry to read: identity, link and date as the feed gives them (field comments)."""
    key: str          # canonical URL: the identity used for de-duplication
    url: str          # link as given by the feed (resolved against the feed's final URL)
    guid: str
    title: str
    published: str | None  # ISO-8601 UTC, from the feed; None when the feed gave no readable date
    feed_url: str
    # The text of an entry without a link (its description), stored as the article without a page fetch;
    # None for an entry with a link.
    content: str | None = None
    # Warnings about this entry (a feed date dropped or corrected), recorded in the run's report.
    notes: tuple[str, ...] = ()
    # When the feed says the entry was last edited (Atom <updated>, RFC 4287 4.2.15), ISO-8601 UTC; None when it
    # gives no readable one. A later one than stored means the page was edited: fetched again (claimwatch.store).
    updated: str | None = None


@dataclass(frozen=True)
class FeedFetch:
    """A feed's HTTP answer to a conditional GET: status (200 or 304), body, Content-Type and the validators to
    send next time (ETag, Last-Modified; None when the server gave none)."""
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    final_url: str = ""  # after redirects: relative links in the feed resolve against it

    @property
    def not_modified(self) -> bool:
        """The server answered 304 Not Modified to the conditional GET: no new entries."""
        return self.status == 304


@dataclass(frozen=True)
class ParsedFeed:
    """A feed read by feedparser: its title and entries (at most max_entries_per_feed), with warnings."""
    title: str
    entries: tuple[Entry, ...]
    warning: str | None  # feedparser's bozo reason: the feed was malformed but still read
    # Further warnings as (url, message): entries skipped and why, the cut at the entry cap.
    notes: tuple[tuple[str, str], ...] = ()


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
    """GET a feed with the guards of extractors.http.fetch (public address, deadline, size cap
    settings.max_feed_bytes, feed content types), conditional on `etag` / `last_modified` (RFC 9110
    If-None-Match / If-Modified-Since). Returns a FeedFetch (status 304: not modified, no content). Raises
    FetchError (transient for timeouts, 429 and 5xx)."""
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = fetch(client, url, settings, accept=FEED_TYPES, max_bytes=settings.max_feed_bytes, headers=headers,
                     cap="max_feed_bytes")
    full_type = response.headers.get("content-type", response.content_type)
    return FeedFetch(response.status, response.content, full_type,
                     response.headers.get("etag") or etag, response.headers.get("last-modified") or last_modified,
                     response.final_url)


def parse_feed(content: bytes, content_type: str, feed_url: str, limit: int = 500,
               max_expansion: int = MAX_ENTITY_EXPANSION, base_url: str | None = None) -> ParsedFeed:
    """Parse feed bytes; a malformed (bozo) feed still yields its entries plus a warning.

    `base_url` is where the feed was finally fetched from (after redirects; default `feed_url`): relative
    links resolve against it, as a browser resolves them against the address it shows. A feed with more than
    `limit` entries keeps the newest `limit` by date (undated ones last, in document order) and says so in
    `notes`; an entry that cannot be used is skipped with its reason in `notes`, never silently."""
    check_entity_expansion(content, max_expansion)
    base = base_url or feed_url
    headers = {"content-location": base}
    content_type = effective_content_type(content, content_type)
    if content_type:
        headers["content-type"] = content_type
    # feedparser resolves entities itself without fetching external ones; sanitize off saves time.
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=False)
    warning = f"malformed feed: {_bozo_reason(parsed)}" if parsed.get("bozo") else None
    if not parsed.entries and not parsed.feed.get("title") and parsed.get("version", "") == "":
        raise ExtractError(not_a_feed(content, content_type, warning, base))
    notes: list[tuple[str, str]] = []
    raws = list(parsed.entries)
    if len(raws) > limit:
        raws = newest(raws, limit)
        notes.append((feed_url, f"feed has {len(parsed.entries)} entries, more than the cap of {limit} "
                                f"(max_entries_per_feed): the newest {limit} kept, "
                                f"{len(parsed.entries) - limit} older "
                                f"{'one' if len(parsed.entries) - limit == 1 else 'ones'} not read"))
    entries = []
    for raw in raws:
        entry, reason = read_entry(raw, feed_url, base)
        if entry is not None:
            entries.append(entry)
        else:
            notes.append((feed_url, f"entry {_entry_label(raw)} skipped: {reason}"))
    return ParsedFeed(parsed.feed.get("title", ""), tuple(dedupe_entries(entries)), warning, tuple(notes))


def newest(raws: list[feedparser.FeedParserDict], limit: int) -> list[feedparser.FeedParserDict]:
    """The `limit` newest entries, in feed order. Feeds are not always newest-first (archives, some CMSs
    list oldest-first): cutting in document order would drop exactly the entries a monitor is for."""
    def when(item: tuple[int, feedparser.FeedParserDict]) -> float:
        published, _ = entry_date(item[1])
        return datetime.fromisoformat(published).timestamp() if published else float("-inf")
    ranked = sorted(enumerate(raws), key=lambda item: (when(item), -item[0]), reverse=True)[:limit]
    return [raw for _, raw in sorted(ranked, key=lambda item: item[0])]


def _entry_label(raw: feedparser.FeedParserDict) -> str:
    label = str(raw.get("id") or raw.get("title") or "(no guid, no title)")
    return repr(label[:120])


BOMS = ((b"\x00\x00\xfe\xff", "utf-32be"), (b"\xff\xfe\x00\x00", "utf-32le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16be"), (b"\xff\xfe", "utf-16le"))
_XML_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def effective_content_type(content: bytes, content_type: str) -> str:
    """The content type to hand feedparser, with a charset that fits the bytes. feedparser lets the HTTP
    charset override everything: a UTF-16 feed with a BOM served as text/xml became "not a feed", and a
    UTF-8 feed served as iso-8859-1 came out garbled. A BOM wins; a declared charset loses to valid UTF-8
    with non-ASCII bytes, and a server-default one (latin-1, ascii) to the document's XML declaration.
    No content type at all is application/xml without a charset: feedparser otherwise applies HTTP's
    text default (iso-8859-1) and garbles a koi8-r or Shift_JIS feed; for application/xml, RFC 7303 lets
    the BOM, the XML declaration and detection decide."""
    if not content_type.strip():
        content_type = "application/xml"
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


HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
HTML_TAG = re.compile(rb"<(?:html|head|body|div|p|title)\b", re.IGNORECASE)
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml")


def not_a_feed(content: bytes, content_type: str, warning: str | None, base_url: str) -> str:
    """The reason a body is no feed, in plain words first: an HTML page says so (a user gave a page's address
    for its feed), with the feed the page itself names (<link rel="alternate" type="application/rss+xml">)
    when it names one; the parser's own detail comes last."""
    detail = warning or "no feed elements found"
    head = content[:4096].lstrip(b"\xef\xbb\xbf")
    served_as_html = content_type.lower().startswith(("text/html", "application/xhtml"))
    if not (HTML_START.match(head) or served_as_html and HTML_TAG.search(head)):
        return f"not a feed ({detail})"
    named = ""
    try:
        links = lxml.html.fromstring(content).xpath("//link[@rel='alternate'][@href]")
        feeds = [link.get("href") for link in links if (link.get("type") or "").lower() in FEED_LINK_TYPES]
        if feeds:
            named = f"; the page names a feed: {httpx.URL(base_url).join(feeds[0].strip())}"
    except (ValueError, lxml.etree.ParserError, httpx.InvalidURL):
        pass
    return f"not a feed: the URL returned an HTML page, not an RSS or Atom feed{named} (parser: {detail})"


def _bozo_reason(parsed: feedparser.FeedParserDict) -> str:
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}"[:300] if exc else "unknown"


def normalise_entry(raw: feedparser.FeedParserDict, feed_url: str) -> Entry | None:
    """An Entry, or None when the entry cannot be used (see read_entry for the reason)."""
    return read_entry(raw, feed_url)[0]


def read_entry(raw: feedparser.FeedParserDict, feed_url: str,
               base_url: str | None = None) -> tuple[Entry | None, str]:
    """(Entry, "") or (None, why it was skipped).

    A hostile or broken link ("http://[::1", a port out of range, javascript:) skips that entry, not the
    whole feed. An entry without any link but with text in its description (ministry briefings, wire
    flashes) becomes an Entry whose `content` is that text and whose key is the feed's final URL with the
    entry's guid (or a digest of its title and text) as fragment: it is stored without fetching a page."""
    link = str(raw.get("link") or _guid_link(raw) or "").strip()
    published, notes = entry_date(raw)
    common = dict(guid=str(raw.get("id") or ""), title=str(raw.get("title") or "").strip(), published=published,
                  feed_url=feed_url, notes=tuple(notes), updated=entry_updated(raw))
    if not link:
        return _linkless_entry(raw, base_url or feed_url, common)
    try:
        if urlsplit(link).scheme not in ("http", "https") or not urlsplit(link).hostname:
            return None, f"link {link[:200]!r} is not an http(s) URL"
        key = canonical_url(link)
    except ValueError as exc:
        return None, f"link {link[:200]!r} is not a valid URL ({exc})"
    return Entry(key=key, url=link, **common), ""  # type: ignore[arg-type]


MIN_ENTRY_TEXT = 40  # characters; as pages.MIN_TEXT_CHARS: less is a headline, not a statement to read


def _linkless_entry(raw: feedparser.FeedParserDict, base: str,
                    common: dict[str, object]) -> tuple[Entry | None, str]:
    text = entry_text(raw)
    if len(text) < MIN_ENTRY_TEXT:
        return None, "no link, and no text in its description to store"
    anchor = str(common["guid"]) or hashlib.sha256(f"{common['title']}\n{text}".encode()).hexdigest()[:16]
    try:
        key = f"{canonical_url(base)}#entry-{quote(anchor, safe='')}"
    except ValueError as exc:
        return None, f"no link, and the feed URL is unusable ({exc})"
    return Entry(key=key, url=key, content=text, **common), ""  # type: ignore[arg-type]


def entry_text(raw: feedparser.FeedParserDict) -> str:
    """Plain text of an entry's content or description (markup removed, whitespace collapsed)."""
    parts = [c.get("value", "") for c in raw.get("content") or []] or [raw.get("summary") or ""]
    html = "\n".join(p for p in parts if p).strip()
    if not html:
        return ""
    try:
        text = lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    except (ValueError, lxml.etree.ParserError):
        text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\s*\n\s*", "\n", text)).strip()


def _guid_link(raw: feedparser.FeedParserDict) -> str | None:
    guid = raw.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) and raw.get("guidislink", True) else None


DATE_FIELDS = ("published", "updated", "created")


def entry_date(raw: feedparser.FeedParserDict) -> tuple[str | None, list[str]]:
    """(ISO-8601 UTC date of the entry or None, warnings).

    feedparser's parsed tuples are not trusted alone: for a string it cannot read it may keep the year and
    invent the rest ("2025/3/4 15:07:41" became 2025-11-01), and it reads an unknown zone name (MSK, IRST)
    as UTC. Each field's raw string is read again by read_date; an unreadable one is dropped with a warning
    and the next field in the precedence (published, updated, created) is used."""
    notes: list[str] = []
    for field in DATE_FIELDS:
        # dict.get: FeedParserDict maps a missing "updated" to "published" (with a DeprecationWarning), which
        # would read the same raw string twice.
        value = str(dict.get(raw, field) or "").strip()
        if not value:
            continue
        when, problem = read_date(value)
        if when is None:
            notes.append(f"{field} date {value[:80]!r} dropped: {problem}")
            continue
        if problem:
            notes.append(f"{field} date {value[:80]!r}: {problem}")
        guessed = dict.get(raw, f"{field}_parsed")
        try:
            theirs = calendar.timegm(guessed) if guessed else None
        except (OverflowError, ValueError, TypeError):
            theirs = None
        if theirs is not None and abs(theirs - when.timestamp()) > 60:
            notes.append(f"{field} date {value[:80]!r} read as {when.isoformat(timespec='seconds')} "
                         f"(feedparser had {datetime.fromtimestamp(theirs, timezone.utc).isoformat()})")
        return when.isoformat(timespec="seconds"), notes
    return None, notes


def entry_updated(raw: feedparser.FeedParserDict) -> str | None:
    """ISO-8601 UTC of the entry's `updated` date (Atom <updated>), or None when it has none or it cannot be read
    (entry_date has already warned about an unreadable one)."""
    value = str(dict.get(raw, "updated") or "").strip()
    when = read_date(value)[0] if value else None
    return when.isoformat(timespec="seconds") if when else None


_ZONE_NAME = re.compile(r"\s([A-Za-z][A-Za-z_/+-]*)$")
_AMBIGUOUS = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\b")
# Relative phrases ("yesterday", "2 hours ago") have no place in a feed: which day they meant is unknown.
DATEPARSER_SETTINGS = {"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "STRICT_PARSING": True}


@functools.lru_cache(maxsize=4096)  # feeds repeat their dates; dateparser costs about a millisecond a call
def read_date(value: str) -> tuple[datetime | None, str]:
    """Read one date string; (aware UTC datetime, "" or a note) or (None, why it is unreadable).

    RFC 822 (RSS) through email.utils, ISO 8601 (Atom) through datetime.fromisoformat, anything else through
    dateparser with relative dates off and day, month and year required. A zone name neither knows
    ("XYZ", "Europe/Moscow" in an RFC 822 date) makes the date unreadable rather than silently UTC; a date
    with no zone at all is read as UTC and noted. Day and month that could be swapped (04.03.2025) are
    refused: feeds from either convention exist."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        when = None
    if when is not None and when.tzinfo is not None:
        return _utc(when), ""
    if when is not None:
        zone = _ZONE_NAME.search(value)
        if zone is None:
            note = "" if value.rstrip().endswith("-0000") else "no time zone given: read as UTC"
            return when.replace(tzinfo=timezone.utc), note
        return _dateparser(value, f"unknown time zone {zone.group(1)!r}")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        when = None
    if when is not None:
        return (_utc(when), "") if when.tzinfo else (when.replace(tzinfo=timezone.utc),
                                                     "no time zone given: read as UTC")
    ambiguous = _AMBIGUOUS.match(value)
    if ambiguous and int(ambiguous.group(1)) <= 12 and int(ambiguous.group(2)) <= 12 \
            and ambiguous.group(1) != ambiguous.group(2):
        return None, "day and month could be either way round"
    return _dateparser(value, "not a date dateparser can read")


def _dateparser(value: str, problem: str) -> tuple[datetime | None, str]:
    try:
        when = dateparser.parse(value, settings=DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        when = None
    if when is None:
        return None, problem
    if when.tzinfo is None:
        if _ZONE_NAME.search(value) and not re.search(r"\d$", value.strip()):
            return None, problem  # a zone name dateparser skipped over: not UTC
        return when.replace(tzinfo=timezone.utc), "no time zone given: read as UTC"
    return _utc(when), ""


def _utc(when: datetime) -> datetime:
    try:
        return when.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return when.replace(tzinfo=timezone.utc) - (when.utcoffset() or timedelta(0))


def dedupe_entries(entries: list[Entry]) -> list[Entry]:
    """`entries` without repeated keys (canonical URL or guid), the first of each kept, order kept."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            out.append(entry)
    return out
