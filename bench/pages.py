"""Pages for the whole-run benchmark: the 181 benchmark pages (and, for the relevant-heavy variant, the
labeled corpus articles rendered as pages), replicated under unique URLs with a unique sentence each.

Each replica carries one sentence of its own ("Bench copy 4711.") inside text that trafilatura keeps, so
the content-hash de-duplication stores every replica as a new article instead of skipping it. Where that
sentence goes is found once per page by extracting candidate placements; replicas then only differ in it.
"""

from __future__ import annotations

import dataclasses
import gzip
import html
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLES = ROOT.parent / "shared" / "data" / "articles"
CORPUS = ROOT / "tests" / "corpus"
PROBE = "zqbenchprobe"
MAX_ENTRIES_PER_FEED = 500  # the project's default [fetch] max_entries_per_feed


@dataclass(frozen=True)
class Template:
    """A page split where its unique sentence goes: prefix + marker + suffix."""
    name: str
    prefix: bytes
    suffix: bytes
    relevant: bool = False  # a corpus article about Russia–Iran
    anchored: bool = True   # False: no placement kept the marker in the extracted text


@dataclass(frozen=True)
class Page:
    path: str
    template: Template
    marker: bytes
    title: str

    def body(self) -> bytes:
        return self.template.prefix + self.marker + self.template.suffix

    def html(self) -> str:
        return self.body().decode("utf-8")


def marker(n: int) -> str:
    return f" Bench copy {n}."


def _keeps_probe(candidate: str) -> bool:
    from extractors.pages import extract_article

    try:
        return PROBE in extract_article(candidate, "http://127.0.0.1/probe").text
    except Exception:  # noqa: BLE001 - a page the pipeline cannot extract: try the next placement
        return False


def _placements(page: str) -> list[int]:
    """Candidate offsets: inside each of the first paragraphs, then after text the extractor kept."""
    ends = [m.start() for m in re.finditer(r"</p\s*>", page, re.IGNORECASE)][:40]
    try:
        from extractors.pages import extract_article

        lines = extract_article(page, "http://127.0.0.1/probe").text.splitlines()
    except Exception:  # noqa: BLE001 - no text to anchor on: only the paragraph ends are tried
        lines = []
    for line in lines:
        for k in (40, 25, 15):
            pos = page.find(line[-k:]) if len(line) >= k else -1
            if pos >= 0:
                ends.append(pos + k)
    return ends


def split_page(name: str, page: str) -> Template:
    for pos in _placements(page):
        if _keeps_probe(page[:pos] + " " + PROBE + "." + page[pos:]):
            return Template(name, page[:pos].encode(), page[pos:].encode())
    end = page.lower().rfind("</body")
    end = end if end >= 0 else len(page)
    return Template(name, page[:end].encode(), page[end:].encode(), anchored=False)


def benchmark_templates(folder: Path = SHARED_ARTICLES) -> list[Template]:
    """The 181 pages, each split where its unique sentence goes."""
    files = sorted((folder / "html").glob("*.html.gz"))
    if not files:
        raise SystemExit(f"{folder}/html has no *.html.gz pages (../shared/data/articles is needed)")
    return [split_page(path.name.removesuffix(".html.gz"),
                       IDENTITY_LINK.sub("", gzip.decompress(path.read_bytes()).decode("utf-8")))
            for path in files]


# A page's rel=canonical / amphtml names the story it is: every replica would be stored as one article (the
# store de-duplicates on every URL an article is known by), so replicas leave them out.
IDENTITY_LINK = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?(?:canonical|amphtml)\b[^>]*>", re.IGNORECASE)


def corpus_templates(folder: Path = CORPUS) -> list[Template]:
    """The labeled corpus articles marked relevant, rendered as the eval server renders them, with the
    unique sentence as a last paragraph."""
    from claimwatch.evaluate import load_corpus, render_page

    out = []
    for article in load_corpus(folder):
        if not article.relevant:
            continue
        body = render_page(dataclasses.replace(article, body=article.body.rstrip() + "\n\n" + PROBE)).decode()
        head, _, tail = body.partition(html.escape(PROBE))
        out.append(Template(article.slug, head.encode(), tail.encode(), relevant=True))
    return out


def build_pages(size: int, plain: list[Template], relevant: list[Template],
                relevant_share: float = 0.0) -> list[Page]:
    """`size` pages under unique URLs; a `relevant_share` of them (spread evenly) are corpus articles."""
    pages = []
    counts: dict[str, int] = {}
    used = {"plain": 0, "relevant": 0}
    for n in range(size):
        is_relevant = bool(relevant) and math.floor((n + 1) * relevant_share) > math.floor(n * relevant_share)
        pool, kind = (relevant, "relevant") if is_relevant else (plain, "plain")
        template = pool[used[kind] % len(pool)]
        used[kind] += 1
        copy = counts.get(template.name, 0)
        counts[template.name] = copy + 1
        pages.append(Page(f"/a/{template.name[:24]}/{copy}", template, marker(n).encode(), f"Page {n}"))
    return pages


def feed_count(size: int) -> int:
    return max(4, math.ceil(size / MAX_ENTRIES_PER_FEED))


def render_feeds(base: str, pages: list[Page]) -> list[bytes]:
    """Several RSS feeds of at most MAX_ENTRIES_PER_FEED entries; pages dealt round-robin."""
    n = feed_count(len(pages))
    date = format_datetime(datetime(2025, 6, 1, 8, 0, tzinfo=UTC))
    feeds = []
    for i in range(n):
        items = "".join(
            f"<item><title>{html.escape(p.title)}</title><link>{base}{p.path}</link>"
            f"<guid>{base}{p.path}</guid><pubDate>{date}</pubDate></item>" for p in pages[i::n])
        feeds.append((f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                      f"<title>bench feed {i}</title><link>{base}/</link><description>bench</description>"
                      f"{items}</channel></rss>").encode())
    return feeds
