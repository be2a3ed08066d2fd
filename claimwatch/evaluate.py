"""`claimwatch eval CORPUS_DIR`: serve a labeled corpus on 127.0.0.1 as feeds and pages, run the real
monitor flow over it, and score the report against the labels.

Scores: change recall and precision (a change counts when article, claim and value match), false alarms
(changed or disputed findings where the labels expect neither), disputed recall, new-development recall.
"""

from __future__ import annotations

import html
import json
import tempfile
import threading
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from claimwatch.errors import ConfigError
from extractors.values import same_person

AMOUNT_TOLERANCE = 0.03


@dataclass(frozen=True)
class Expectation:
    claim: str
    verdict: str
    value: Any
    period: str | None = None


@dataclass
class CorpusArticle:
    slug: str
    title: str
    outlet: str
    published: str
    split: str
    relevant: bool
    body: str
    expect: list[Expectation]
    new: list[str]


def load_corpus(folder: Path) -> list[CorpusArticle]:
    files = sorted((folder / "articles").glob("*.toml")) or sorted(folder.glob("*.toml"))
    if not files:
        raise ConfigError(f"{folder}: no corpus articles (*.toml) found")
    out = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            out.append(CorpusArticle(
                slug=path.stem, title=data["title"], outlet=data.get("outlet", ""), published=data["published"],
                split=data.get("split", "dev"), relevant=data.get("relevant", True), body=data["body"],
                expect=[Expectation(e["claim"], e["verdict"], e["value"], e.get("period")) for e in data.get("expect", [])],
                new=[n["phrase"] for n in data.get("new", [])]))
        except (tomllib.TOMLDecodeError, KeyError) as exc:
            raise ConfigError(f"{path}: malformed corpus article: {exc}") from None
    return out


def render_page(article: CorpusArticle) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in article.body.split("\n\n") if p.strip())
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(article.title)}"
            f"</title><meta property=\"article:published_time\" content=\"{article.published}T08:00:00+00:00\">"
            f"<meta property=\"og:site_name\" content=\"{html.escape(article.outlet)}\"></head><body>"
            f"<nav><a href=\"/\">Home</a> · <a href=\"/world\">World</a></nav><article><h1>{html.escape(article.title)}"
            f"</h1>{paragraphs}</article><footer>© {html.escape(article.outlet)}</footer></body></html>").encode()


def render_feed(base: str, articles: list[CorpusArticle], title: str) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{base}/a/{a.slug}</link><guid>{base}/a/{a.slug}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(a.published).replace(tzinfo=timezone.utc))}</pubDate></item>"
        for a in articles)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{html.escape(title)}"
            f"</title><link>{base}/</link><description>corpus</description>{items}</channel></rss>").encode()


class CorpusServer:
    """Serves one RSS feed per outlet and one page per article on 127.0.0.1."""

    def __init__(self, articles: list[CorpusArticle]) -> None:
        self.pages: dict[str, tuple[bytes, str]] = {}
        handler = type("H", (_Handler,), {"pages": self.pages})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base = base
        by_outlet: dict[str, list[CorpusArticle]] = defaultdict(list)
        for article in articles:
            self.pages[f"/a/{article.slug}"] = (render_page(article), "text/html; charset=utf-8")
            by_outlet[article.outlet or "corpus"].append(article)
        self.feeds = []
        for i, (outlet, items) in enumerate(sorted(by_outlet.items())):
            self.pages[f"/feed/{i}.xml"] = (render_feed(base, items, outlet), "application/rss+xml")
            self.feeds.append(f"{base}/feed/{i}.xml")
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "CorpusServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[bytes, str]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body, content_type = self.pages.get(self.path, (b"not found", "text/plain"))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def run_corpus(articles: list[CorpusArticle], workdir: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Run the real monitor flow over the served corpus; return the report and url → slug."""
    from flows.monitor import monitor

    with CorpusServer(articles) as server:
        folder = monitor(feeds=server.feeds, db=str(workdir / "eval.db"), reports=str(workdir / "reports"),
                         allow_loopback=True)
        urls = {f"{server.base}/a/{a.slug}": a.slug for a in articles}
    report = json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))
    report["unquoted"] = unquoted_findings(report, workdir / "eval.db")
    return report, urls


def unquoted_findings(report: dict[str, Any], db_path: Path) -> list[str]:
    """Findings whose quote does not occur verbatim in the stored article text (should be none)."""
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        texts = dict(conn.execute("select url, text from articles").fetchall())
    bad = []
    for finding in report["findings"]:
        for source in finding.get("sources", []):
            if source["quote"] not in texts.get(source["url"], ""):
                bad.append(f"{finding['claim']} {source['url']}: {source['quote'][:80]}")
    return bad


def predictions(report: dict[str, Any], urls: dict[str, str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(article slug, claim) → {verdict, value, amount, period} from the grouped findings."""
    out = {}
    for finding in report["findings"]:
        for source in finding.get("sources") or [finding["observed"]]:
            slug = urls.get(source["url"])
            if slug:
                out[(slug, finding["claim"])] = {"verdict": finding["verdict"], **finding["observed"]}
    return out


def value_matches(expect: Expectation, predicted: dict[str, Any]) -> bool:
    if isinstance(expect.value, (int, float)) and not isinstance(expect.value, bool):
        amount = predicted.get("amount")
        if amount is None or (expect.period and predicted.get("period") != expect.period):
            return False
        return abs(amount - expect.value) <= AMOUNT_TOLERANCE * max(abs(expect.value), 1e-9)
    value = str(predicted.get("value", ""))
    if value == expect.value:
        return True
    return " " in str(expect.value) and same_person(value, str(expect.value)) and value[:1].isupper()


@dataclass
class Score:
    expected_changes: int = 0
    found_changes: int = 0
    reported_changes: int = 0
    correct_reported: int = 0
    false_alarms: int = 0
    expected_disputed: int = 0
    found_disputed: int = 0
    expected_new: int = 0
    found_new: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found_changes / self.expected_changes if self.expected_changes else 1.0

    @property
    def precision(self) -> float:
        return self.correct_reported / self.reported_changes if self.reported_changes else 1.0

    @property
    def new_recall(self) -> float:
        return self.found_new / self.expected_new if self.expected_new else 1.0


def score(articles: list[CorpusArticle], report: dict[str, Any], urls: dict[str, str]) -> dict[str, Any]:
    predicted = predictions(report, urls)
    by_slug = {a.slug: a for a in articles}
    slug_by_url = {u: s for u, s in urls.items()}
    new_by_slug: dict[str, list[str]] = defaultdict(list)
    for dev in report["new_developments"]:
        if dev["url"] in slug_by_url:
            new_by_slug[slug_by_url[dev["url"]]].append(dev["statement"].lower())
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    for article in articles:
        labels = {e.claim: e for e in article.expect}
        for split in (article.split, "all"):
            for claim, expect in labels.items():
                got = predicted.get((article.slug, claim))
                for key in (claim, "overall"):
                    s = scores[split][key]
                    if expect.verdict == "changed":
                        s.expected_changes += 1
                        if got and got["verdict"] == "changed" and value_matches(expect, got):
                            s.found_changes += 1
                        else:
                            s.misses.append(f"{article.slug} {claim}: expected {expect.value!r}, got "
                                            f"{(got or {}).get('verdict')} {(got or {}).get('value')!r}")
                    elif expect.verdict == "disputed":
                        s.expected_disputed += 1
                        s.found_disputed += bool(got and got["verdict"] == "disputed")
                        if not (got and got["verdict"] == "disputed"):
                            s.misses.append(f"{article.slug} {claim}: expected disputed {expect.value!r}, got "
                                            f"{(got or {}).get('verdict')} {(got or {}).get('value')!r}")
            for phrase in article.new:
                s = scores[split]["overall"]
                s.expected_new += 1
                hit = any(phrase.lower() in st for st in new_by_slug.get(article.slug, []))
                s.found_new += hit
                if not hit:
                    s.misses.append(f"{article.slug} new development {phrase!r} not reported")
    for (slug, claim), got in predicted.items():
        article = by_slug[slug]
        expect = next((e for e in article.expect if e.claim == claim), None)
        for split in (article.split, "all"):
            for key in (claim, "overall"):
                s = scores[split][key]
                if got["verdict"] == "changed":
                    s.reported_changes += 1
                    if expect and expect.verdict == "changed" and value_matches(expect, got):
                        s.correct_reported += 1
                if got["verdict"] in ("changed", "disputed") and (not expect or expect.verdict == "confirmed"):
                    s.false_alarms += 1
                    s.alarms.append(f"{slug} {claim}: {got['verdict']} {got.get('value')!r} «{got.get('quote', '')[:120]}»")
    return {split: dict(claims) for split, claims in scores.items()}


def format_scores(scores: dict[str, dict[str, Score]], verbose: bool = False) -> str:
    lines = []
    for split in ("dev", "holdout", "all"):
        if split not in scores:
            continue
        lines.append(f"== {split} ==")
        lines.append(f"{'claim':26} {'recall':>8} {'precision':>9} {'changes':>8} {'false alarms':>12}")
        for claim, s in sorted(scores[split].items(), key=lambda kv: (kv[0] == "overall", kv[0])):
            lines.append(f"{claim:26} {s.recall:8.2f} {s.precision:9.2f} {s.found_changes:3}/{s.expected_changes:<4} "
                         f"{s.false_alarms:12}")
        o = scores[split]["overall"]
        lines.append(f"overall: change recall {o.recall:.3f}, precision {o.precision:.3f}, false alarms "
                     f"{o.false_alarms}, disputed recall {o.found_disputed}/{o.expected_disputed}, "
                     f"new-development recall {o.new_recall:.3f} ({o.found_new}/{o.expected_new})")
        if verbose:
            lines += ["  miss: " + m for m in o.misses] + ["  alarm: " + a for a in o.alarms]
    return "\n".join(lines)


def evaluate(folder: Path, verbose: bool = False) -> tuple[dict[str, dict[str, Score]], str]:
    articles = load_corpus(folder)
    with tempfile.TemporaryDirectory(prefix="claimwatch-eval-") as tmp:
        report, urls = run_corpus(articles, Path(tmp))
    scores = score(articles, report, urls)
    text = format_scores(scores, verbose)
    text += f"\nquotes not verbatim in their article: {len(report['unquoted'])}"
    scores["all"]["overall"].misses += [f"unquoted: {q}" for q in report["unquoted"]]
    for split in scores:
        scores[split]["overall"].unquoted = len(report["unquoted"])  # type: ignore[attr-defined]
    return scores, text
