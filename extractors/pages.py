"""Page stage: fetch an article page and extract its text and metadata with trafilatura."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from configparser import ConfigParser
from urllib.parse import urljoin, urlsplit

import httpx
from charset_normalizer import from_bytes
import trafilatura
from lxml.etree import Element
from lxml.html import HtmlElement
from trafilatura.metadata import META_URL
from trafilatura.settings import use_config
from trafilatura.utils import load_html
from trafilatura.xml import delete_element

from extractors.language import detect_language
from settings.config import FetchSettings
from settings.errors import ExtractError
from extractors.http import HTML_TYPES, SERVER_DEFAULT_CHARSETS, Response, fetch

MIN_TEXT_CHARS = 40
# A share of a flattened text that its lined version must cover to stand for it (see in_lines).
LINED_SHARE = 0.8
DEFAULT_CONFIG = use_config()
# On a page whose main text is shorter than trafilatura's MIN_EXTRACTED_SIZE (250 characters) trafilatura takes
# a fallback extractor's text, which runs the headline, a <time> and the paragraphs into one line (the engine
# then reads the headline into the first sentence). This configuration keeps its main extractor's lines for
# such a page; extract_article uses them only when they hold the same text (in_lines).
SHORT_PAGE_CONFIG = use_config()
SHORT_PAGE_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_TEXT_CHARS))


@dataclass(frozen=True)
class Article:
    """One extracted page: text and metadata for the articles table; field comments give formats."""
    url: str
    title: str
    text: str
    author: str
    site_name: str
    language: str
    published: str     # ISO date or datetime
    date_source: str   # "page" | "feed" | "fetched"
    content_hash: str
    canonical: str = ""   # the page's <link rel="canonical">, absolute; "" when absent or unusable
    amp_url: str = ""     # the page's <link rel="amphtml">, absolute: the same article in AMP
    next_url: str = ""    # a continuation page (rel="next" on the same article), "" when none
    partial: bool = False  # a continuation page could not be read: the text is not the whole article
    amp: bool = False      # an AMP page (<html amp> or ⚡, or an AMP URL: is_amp_page); reports link its canonical
    notes: tuple[str, ...] = ()  # warnings for the run's report (continuation pages, comments cut)


def fetch_page(client: httpx.Client, url: str, settings: FetchSettings) -> Response:
    """GET an article page with extractors.http.fetch's guards, HTML content types only and the size cap
    settings.max_page_bytes. Returns the Response (final URL after redirects, body bytes, declared
    charset). Raises FetchError (transient for timeouts, 429 and 5xx; a PDF or other type is permanent)."""
    return fetch(client, url, settings, accept=HTML_TYPES, max_bytes=settings.max_page_bytes, cap="max_page_bytes",
                 headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})


def decode_html(content: bytes, charset: str | None) -> str | bytes:
    """Decode the page; bytes are returned (trafilatura then detects) when no declared charset fits and the
    page's language names no fallback (decode_page)."""
    return decode_page(content, charset)[0]


def decode_page(content: bytes, charset: str | None) -> tuple[str | bytes, str]:
    """(the page decoded, a note for the run's warnings: "" when its declared charset held).

    Order: valid UTF-8 (legacy text is practically never valid UTF-8, so a header saying koi8-r over UTF-8
    bytes is wrong), then the page's own <meta charset> when the header names a server-default single-byte
    charset, then the header's charset. When a charset was declared and none of them decodes the page, the HTML
    standard's fallback for the page's language (`<html lang>`: LANGUAGE_FALLBACK, windows-1252 for a Western
    language) is used when charset_normalizer finds it plausible, else charset_normalizer's best reading, with
    a note naming both; a page without a language is left to trafilatura's detection (bytes), with a note too. Raises ExtractError for an empty or binary body."""
    if not content.strip():
        raise ExtractError("empty body")
    if _is_binary(content):
        raise ExtractError("not HTML: binary document")
    try:
        return content.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    candidates = [charset] if charset else []
    meta = _meta_charset(content)
    if meta and (not charset or charset in SERVER_DEFAULT_CHARSETS):
        candidates.insert(0, meta)
    for candidate in candidates:
        try:
            return content.decode(candidate), ""
        except (LookupError, UnicodeDecodeError):
            continue  # a wrong or unknown declared charset: try the next, then the language's fallback
    declared = " or ".join(dict.fromkeys(candidates))
    lang = _html_lang(content)
    if lang:
        fallback = LANGUAGE_FALLBACK.get(lang, DEFAULT_FALLBACK)
        # charset_normalizer's readings of the bytes: the language's fallback when it is one of them (a French
        # page fits cp1250 as well as cp1252: the language decides), else the most plausible (a Russian page
        # whose lang attribute says "en" is still cp1251, never windows-1252 mojibake)
        found = from_bytes(content)
        plausible = {name for match in found for name in match.could_be_from_charset}
        used, why = ((fallback, f"the HTML standard's fallback for its language ({lang})")
                     if codecs.lookup(fallback).name in plausible else
                     (found.best().encoding, "detected") if found.best() is not None else (None, ""))
        if used:
            try:
                text = content.decode(used)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                return text, (f"the page declares {declared} but is not written in it: read as {used}, {why}"
                              if declared else "")
    return content, (f"the page declares {declared} but is not written in it: its charset was guessed"
                     if declared else "")


# The HTML standard's fallback encoding by language (WHATWG HTML, "determining the character encoding", the
# suggested defaults per locale); every other language: DEFAULT_FALLBACK.
LANGUAGE_FALLBACK = {
    "ar": "windows-1256", "fa": "windows-1256", "ur": "windows-1256",
    "be": "windows-1251", "bg": "windows-1251", "kk": "windows-1251", "ky": "windows-1251", "mk": "windows-1251",
    "ru": "windows-1251", "sr": "windows-1251", "tg": "windows-1251", "tt": "windows-1251", "uk": "windows-1251",
    "cs": "windows-1250", "hr": "windows-1250", "hu": "windows-1250", "pl": "windows-1250", "ro": "windows-1250",
    "sk": "windows-1250", "sl": "windows-1250",
    "et": "windows-1257", "lt": "windows-1257", "lv": "windows-1257",
    "el": "iso-8859-7", "he": "windows-1255", "th": "windows-874", "vi": "windows-1258",
    "az": "windows-1254", "ku": "windows-1254", "tr": "windows-1254",
    "ja": "shift_jis", "ko": "euc-kr", "zh": "gb18030",
}
DEFAULT_FALLBACK = "windows-1252"


def _html_lang(content: bytes) -> str | None:
    """The primary language subtag of the page's <html lang> ("fr" for "fr-FR"), lower case; None without one."""
    match = re.search(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", content[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii").lower() if match else None


BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")


def _is_binary(content: bytes) -> bool:
    head = content[:1024]
    return head.startswith(BINARY_MAGIC) or (head.count(b"\x00") > len(head) // 4 and not _utf16(head))


def _utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")


def _meta_charset(content: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", content[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii").lower() if match else None


# Readers' comments and consent banners are not the article. trafilatura's include_comments=False knows the
# usual comment markup but not every site's ("discussion", "reader-comments"), and it takes a cookie banner
# for the text when the story sits in an <aside>; these go to its prune_xpath option. Whole class tokens
# only: a substring test would also prune "commentary" and "consent-decree" article bodies.
COMMENT_CLASSES = ("comments", "comment-list", "commentlist", "comments-area", "comments-section",
                   "comment-section", "comment-thread", "discussion", "discussions", "reader-comments",
                   "readers-comments", "user-comments", "reader-discussion", "disqus", "replies")
CONSENT_CLASSES = ("cookie", "cookies", "cookie-consent", "cookie-banner", "cookie-notice", "cookie-bar",
                   "cookie-policy", "consent", "consent-banner", "cmp-banner", "gdpr", "gdpr-banner",
                   "cc-banner", "cc-window", "privacy-banner")
# "Page 1 of 2 · Next page" is navigation, not text; it would also be repeated in every joined page.
NAVIGATION_CLASSES = ("pagination", "pager", "page-nav", "page-numbers")
BOILERPLATE_IDS = ("comments", "disqus_thread", "respond", "discussion", "cookie-banner", "cookie-consent",
                   "cookie-notice", "cmp-banner", "consent-banner", "onetrust-banner-sdk",
                   "CybotCookiebotDialog", "usercentrics-root", "didomi-host", "gdpr-banner")


PRUNE_CLASSES = frozenset(COMMENT_CLASSES + CONSENT_CLASSES + NAVIGATION_CLASSES)


def prune(tree: HtmlElement) -> HtmlElement:
    """Delete from `tree` (in place; returned) every element whose class attribute holds one of
    PRUNE_CLASSES as a whole token, or whose id is one of BOILERPLATE_IDS; the tail text after each stays
    (trafilatura's delete_element, as its own prune_xpath option does).

    Why not trafilatura's prune_xpath: the same test written as XPath (contains(concat(' ',
    normalize-space(@class), ' '), ' token ') for 30 tokens) cost 12 ms per page in libxml2, 60% of a page's
    extraction; this one pass over the elements costs under 1 ms (docs/PERFORMANCE.md)."""
    doomed = [element for element in tree.iter(Element)
              if element.get("id") in BOILERPLATE_IDS
              or not PRUNE_CLASSES.isdisjoint((element.get("class") or "").split())]
    for element in doomed:
        delete_element(element)
    return tree


# A heading that opens the readers' part of a page, when the markup did not give it away.
COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:reader(?:s'?|'s)?\s+)?(?:comments?|discussion|responses|replies)(?:\s*\(\d+\))?:?$"
    r"|^(?:join|start)\s+the\s+(?:discussion|conversation)\b|^(?:leave|post|add)\s+a\s+(?:comment|reply)\b"
    r"|^(?:show|view|load)\s+(?:all\s+)?(?:\d+\s+)?comments\b|^what\s+(?:our\s+)?readers\s+say\b",
    re.IGNORECASE)
CONSENT_WORDS = ("cookie", "consent", "privacy", "partners", "accept", "personalise", "personalize")


def named_site(sitename: str | None, *urls: str | None) -> str:
    """The site's name as the page gives it (og:site_name, JSON-LD, a publisher tag), "" when there is none.
    trafilatura's extract_metadata, finding none, falls back to the host of the page's URL (its META_URL
    pattern): that is no name, and the outlet is then the feed's name (claimwatch.store.ARTICLE_ROWS)."""
    hosts = {match[1] for u in urls if u and (match := META_URL.match(u))}
    return "" if not sitename or sitename in hosts else sitename


def extract_article(html: str | bytes, url: str, feed_date: str | None = None,
                    fetched_at: str | None = None) -> Article:
    """Extract text and metadata. Date precedence: page metadata, else the feed's date, else fetch time.

    Raises ExtractError when the page holds no article text: nothing, too little, or only a consent notice.
    trafilatura runs with comments off on the tree after prune(); when that finds no text (the story in an <aside>,
    which trafilatura's default pass drops) it runs again with favor_recall."""
    try:
        tree = load_html(html)
        joined = carries_joiners(tree)
        if joined:
            tree = _tree(html, joined)
    except Exception as exc:  # lxml raises many types on hostile markup; record, do not crash
        raise ExtractError(f"extraction failed: {type(exc).__name__}: {exc}"[:300]) from None
    if tree is None:
        raise ExtractError("no article text found")
    links = page_links(tree, url)
    doc = _extract(tree, url, favor_recall=False)
    text = clean_text(doc.text) if doc is not None and doc.text else ""
    if len(text) < MIN_TEXT_CHARS or is_consent_notice(text):
        recalled = _extract(_tree(html, joined), url, favor_recall=True)
        recalled_text = clean_text(recalled.text) if recalled is not None and recalled.text else ""
        if len(recalled_text) >= MIN_TEXT_CHARS and not is_consent_notice(recalled_text):
            doc, text = recalled, recalled_text
    if doc is None or not text:
        raise ExtractError("no article text found")
    if "\n" not in text:
        lined = _extract(_tree(html, joined), url, favor_recall=False, config=SHORT_PAGE_CONFIG)
        if lined is not None and lined.text and in_lines(clean_text(lined.text), text):
            doc, text = lined, clean_text(lined.text)
    if is_consent_notice(text):
        raise ExtractError("no article text found: only a cookie/consent notice")
    text, cut = cut_comments(text)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractError(f"article text too short ({len(text)} characters)")
    published, source, notes = choose_date(doc.date, feed_date, fetched_at)
    notes += ("readers' comments cut from the text",) if cut else ()
    back = joiners_back if joined else str
    text = back(text)
    return Article(url=url, title=back((doc.title or "").strip()), text=text,
                   author=back(doc.author or ""), site_name=back(named_site(doc.sitename, url, doc.url)),
                   language=detect_language(text, doc.language, doc.title or "", _html_lang(
                       html if isinstance(html, bytes) else html[:4096].encode("utf-8", "replace"))),
                   published=published,
                   date_source=source, content_hash=content_hash(text), canonical=links.get("canonical", ""),
                   amp_url=links.get("amphtml", ""), next_url=links.get("next", ""), notes=notes,
                   amp=is_amp_page(tree, url))


# trafilatura drops every character that is not printable (utils.remove_control_characters), among them the
# zero-width non-joiner (U+200C) that Persian writes inside words ("سه‌شنبه", "می‌شود"): the quotes were no
# longer verbatim and the words ran together. It has no setting for that, so the joiner is carried through as a
# printable character that does not occur on the page (JOINER_MARK, a rare symbol; pages holding it keep the
# library's behaviour) and put back in the title, text, author and site name.
ZWNJ = "\u200c"
JOINER_MARK = "\u2bd1"


def carries_joiners(tree: HtmlElement | None) -> bool:
    """Does the page's text hold a zero-width non-joiner and not JOINER_MARK (so the mark can carry it)?"""
    if tree is None:
        return False
    texts = list(tree.itertext()) + [v for e in tree.iter() for v in e.attrib.values()]
    return any(ZWNJ in t for t in texts) and not any(JOINER_MARK in t for t in texts)


def _tree(html: str | bytes, joined: bool) -> HtmlElement | None:
    """trafilatura's load_html; with `joined`, each zero-width non-joiner of the page's text and attributes
    replaced by JOINER_MARK."""
    tree = load_html(html)
    if tree is None or not joined:
        return tree
    for element in tree.iter():
        if isinstance(element.text, str) and ZWNJ in element.text:
            element.text = element.text.replace(ZWNJ, JOINER_MARK)
        if isinstance(element.tail, str) and ZWNJ in element.tail:
            element.tail = element.tail.replace(ZWNJ, JOINER_MARK)
        for name, value in element.attrib.items():  # <meta content>: the title and site name
            if ZWNJ in value:
                element.set(name, value.replace(ZWNJ, JOINER_MARK))
    return tree


def joiners_back(text: str) -> str:
    """`text` with the zero-width non-joiners _tree carried through put back."""
    return text.replace(JOINER_MARK, ZWNJ)


def _extract(tree: HtmlElement, url: str, favor_recall: bool,  # type: ignore[no-untyped-def]
             config: ConfigParser | None = None):
    try:
        return trafilatura.bare_extraction(
            prune(tree), url=url, with_metadata=True, include_comments=False, favor_recall=favor_recall,
            # Only dates from the page's markup: trafilatura otherwise guesses from body text.
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=config or DEFAULT_CONFIG,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup; record, do not crash
        raise ExtractError(f"extraction failed: {type(exc).__name__}: {exc}"[:300]) from None


def in_lines(lined: str, flat: str) -> bool:
    """Is `lined` the text of `flat` kept in its lines: every line of it found, in order, in `flat` (whitespace
    aside), covering at least LINED_SHARE of it? (A dateline or byline the flat text has and the lined one
    leaves out is the rest.)"""
    lines = [" ".join(line.split()) for line in lined.splitlines() if line.strip()]
    rest, covered = " ".join(flat.split()), 0
    for line in lines:
        at = rest.find(line)
        if at < 0:
            return False
        rest, covered = rest[at + len(line):], covered + len(line)
    return len(lines) > 1 and covered >= LINED_SHARE * len(" ".join(flat.split()))


def is_consent_notice(text: str) -> bool:
    """A short text made of the vocabulary of cookie and consent banners, not an article."""
    folded = text.lower()
    return len(text) < 1500 and sum(word in folded for word in CONSENT_WORDS) >= 3


def cut_comments(text: str) -> tuple[str, bool]:
    """The text before a readers' comments heading ("Reader discussion", "12 comments", "Leave a reply"),
    and whether one was cut: a statement in a comment must never become the outlet's."""
    lines = text.split("\n")
    for index, line in enumerate(lines[1:], start=1):
        if len(line) <= 60 and COMMENT_HEADING.match(line.strip()):
            return "\n".join(lines[:index]), True
    return text, False


# An AMP page's URL by the conventions publishers use: an "amp" path segment (/amp, /amp/), a last segment whose
# name ends in "-amp", ".amp" or "_amp" (story-amp.html), an "amp" query key (?amp, ?amp=1, outputType=amp), an
# "amp." host, or Google's AMP cache.
AMP_PATH = re.compile(r"(?:^|/)amp(?:/|$)|[-._]amp(?:\.html?)?/?$", re.IGNORECASE)
AMP_QUERY = re.compile(r"(?:^|&)(?:amp(?:=[^&]*)?|outputtype=amp)(?:&|$)", re.IGNORECASE)


def is_amp_url(url: str) -> bool:
    """Is `url` an AMP page's by its form (AMP_PATH, AMP_QUERY, an amp. host, cdn.ampproject.org)?"""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return bool(AMP_PATH.search(parts.path) or AMP_QUERY.search(parts.query) or host.startswith("amp.")
                or host.endswith(".cdn.ampproject.org") or host == "cdn.ampproject.org")


def is_amp_page(tree: HtmlElement, url: str) -> bool:
    """Is the page an AMP page: its <html> carries the `amp` or `⚡` attribute (the AMP specification's marker), or
    its URL has an AMP form (is_amp_url)?"""
    root = tree.getroottree().getroot()
    return any(name in ("amp", "⚡") for name in (root.attrib if root is not None else {})) or is_amp_url(url)


def amp_canonical(article: Article) -> str:
    """The URL the reports link for an AMP page (walk23 P7): the canonical it names (<link rel="canonical">, the
    publisher's page of the same article), when that is not itself an AMP URL nor the fetched page; "" for any
    other page, which is linked as fetched."""
    if not article.amp or not article.canonical or is_amp_url(article.canonical):
        return ""
    return article.canonical if article.canonical.rstrip("/") != article.url.rstrip("/") else ""


def page_links(tree: HtmlElement, url: str) -> dict[str, str]:
    """The page's canonical, amphtml and continuation (rel="next") URLs, absolute.

    A canonical pointing at the site's front page (a common CMS misconfiguration) is no identity and is
    left out; a rel="next" counts only when it continues this article (same host, same path with another
    query, or a sub-path of it) rather than leading to the next story."""
    found: dict[str, str] = {}
    for element in tree.iterfind(".//link[@href]"):
        rels = (element.get("rel") or "").lower().split()
        for rel in ("canonical", "amphtml", "next"):
            if rel in rels and rel not in found:
                found[rel] = _absolute(url, element.get("href", ""))
    if "next" not in found:
        for element in tree.iterfind(".//a[@href]"):
            if "next" in (element.get("rel") or "").lower().split():
                found["next"] = _absolute(url, element.get("href", ""))
                break
    if found.get("canonical") and urlsplit(found["canonical"]).path.strip("/") == "":
        del found["canonical"]
    if found.get("next") and not is_continuation(url, found["next"]):
        del found["next"]
    return {k: v for k, v in found.items() if v}


def _absolute(base: str, href: str) -> str:
    try:
        joined = urljoin(base, href.strip())
        return joined if urlsplit(joined).scheme in ("http", "https") else ""
    except ValueError:
        return ""


def is_continuation(url: str, candidate: str) -> bool:
    """Is `candidate` (a rel="next" link of `url`) a further page of the same article: same scheme and host,
    another URL, and the same path or one below it? Pagination to other stories (a section's next page) is
    not."""
    try:
        here, there = urlsplit(url), urlsplit(candidate)
    except ValueError:
        return False
    if (here.scheme, here.netloc) != (there.scheme, there.netloc) or candidate.split("#")[0] == url.split("#")[0]:
        return False
    path, other = here.path.rstrip("/"), there.path.rstrip("/")
    return other == path or (bool(path) and other.startswith(path + "/"))


def continue_article(article: Article, pages: list[tuple[str, str]], failure: str = "") -> Article:
    """`article` with the text of its continuation pages [(url, text)] appended, lines already in the text
    (a repeated headline, the byline) left out; `failure` says why the pages stopped early (the article is
    then marked partial, with the reason in its notes)."""
    seen = set(article.text.split("\n"))
    parts = [article.text]
    for _, text in pages:
        lines = [line for line in text.split("\n") if line not in seen]
        seen.update(lines)
        parts.append("\n".join(lines))
    text = "\n".join(part for part in parts if part)
    notes = article.notes + ((failure,) if failure else ())
    return Article(**{**article.__dict__, "text": text, "content_hash": content_hash(text), "next_url": "",
                      "partial": bool(failure), "notes": notes})


def article_from_entry(text: str, url: str, title: str, feed_date: str | None, fetched_at: str | None) -> Article:
    """The article of a feed entry that has no link: its description is the text (see feeds.read_entry)."""
    text = clean_text(text)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractError(f"entry text too short ({len(text)} characters)")
    published, source, notes = choose_date(None, feed_date, fetched_at)
    return Article(url=url, title=title, text=text, author="", site_name="",
                   language=detect_language(text, None, title), published=published,
                   date_source=source, content_hash=content_hash(text), notes=notes)


def choose_date(page_date: str | None, feed_date: str | None,
                fetched_at: str | None) -> tuple[str, str, tuple[str, ...]]:
    """(published, source, notes): the page's own date (trafilatura's metadata) first, then the feed entry's date,
    then the fetch time (ISO-8601 UTC); source is "page", "feed" or "fetched". trafilatura guesses from the
    body text when a page has no date metadata, hence the feed's date before the fetch time. A date more than a
    day after the fetch time (a wrong clock, a typo, an embargoed story) is not a publication date: the next one
    is used and a note for the run's report says so, so that nothing is re-dated silently. A page's date more than
    a year before its feed entry's (an old story in a feed again) is used, with a note saying so."""
    now = fetched_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    latest = (datetime.fromisoformat(now[:10]) + timedelta(days=1)).date().isoformat()
    notes = []
    for given, source, name in ((page_date, "page", "the page's date"), (feed_date, "feed", "the feed entry's date")):
        if not given:
            continue
        if given[:10] > latest:
            notes.append(f"{name} {given[:10]} is after the fetch time {now[:10]}: not used")
            continue
        if source == "page" and feed_date and feed_date[:10] <= latest and far_apart(given, feed_date):
            # an old story put in a feed again ("from the archive", a most-read list): its own date is the one
            # its statements are judged by (claims.compare.older_than_the_record), and the report says so
            notes.append(f"the page's date {given[:10]} is more than a year before the feed entry's date "
                         f"{feed_date[:10]}: the page's date is used")
        return given, source, tuple(notes)
    return now, "fetched", tuple(notes)


def far_apart(page_date: str, feed_date: str) -> bool:
    """Is the page's own date more than a year (366 days) before the feed entry's? Dates that do not parse are
    not."""
    try:
        page, feed = date.fromisoformat(page_date[:10]), date.fromisoformat(feed_date[:10])
    except ValueError:
        return False
    return (feed - page).days > 366


def clean_text(text: str) -> str:
    """`text` with runs of spaces, tabs and no-break spaces made one space, lines trimmed and empty lines
    dropped."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def content_hash(text: str) -> str:
    """A 32-hex-digit SHA-256 of `text` with whitespace collapsed and lower-cased: the same story re-fetched
    with other spacing or case has the same hash."""
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]
