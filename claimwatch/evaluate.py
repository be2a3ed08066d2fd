"""`claimwatch eval CORPUS_DIR`: serve a labeled corpus on 127.0.0.1 as feeds and pages, run the real
monitor flow over it, and score the report against the labels.

Two corpus formats are read: news-dev (`pages/*.json`, real reporting labelled per claim, see its README)
and the self-written unit fixtures (`articles/*.toml`).

Scores, per split (tune / check, or dev / holdout), per language group (en / other / each language) and per
claim: change recall and precision (a change counts when article, claim and value match), false alarms
(changed or disputed findings where the labels expect neither), disputed recall, new-development recall
(pages labelled with one that got one listed), the share of listed developments that match a labelled one,
and listings on distractor pages (every label `none`).
"""

from __future__ import annotations

import html
import json
import re
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from claimwatch.loopback import LoopbackServer
from settings.errors import ConfigError
from claims.values import same_person
from reports.timeline import plural

AMOUNT_TOLERANCE = 0.03
# news-dev pages whose excerpt shows no date (`published: null`) are served as the product meets such a page: no
# date in page metadata or feed. The pipeline dates them by their fetch time (date_source "fetched") and the engine
# reads them by the latest past date their text gives, or by none (claims.dating): that path is what is measured
# (README, "Measured figures"). A fixed stand-in (2024-07-01 until undated25) measured a date no run ever has.
UNDATED_NOTE = "pages served undated (no date in page or feed: dated by the fetch, read by what their text shows of the date)"
# A listed new development matches a labelled one when it holds this share of the label's evidence words
# (of three letters or more): a headline and a body sentence about one event share about half their words.
NEW_MATCH_SHARE = 0.4


@dataclass(frozen=True)
class Expectation:
    """One label of a corpus page: a claim, the verdict expected (changed | disputed | none) and the value."""
    claim: str
    verdict: str
    value: Any
    period: str | None = None


@dataclass
class CorpusArticle:
    """One labelled page of an evaluation corpus (its README gives the format): metadata, split (tune | check),
    whether it is about the tracked parties, its text, the labels and the new developments it states."""
    slug: str
    title: str
    outlet: str
    published: str
    split: str
    relevant: bool
    body: str
    expect: list[Expectation]
    new: list[str]
    lang: str = "en"
    new_evidence: list[str] = field(default_factory=list)
    undated: bool = False

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs: split at blank lines, or at line breaks when it has none; empty ones
        dropped."""
        separator = "\n\n" if "\n\n" in self.body else "\n"
        return [p.strip() for p in self.body.split(separator) if p.strip()]

    @property
    def distractor(self) -> bool:
        """A page about the same topics for other countries: every label says the page states nothing."""
        return bool(self.expect) and all(e.verdict == "none" for e in self.expect) and not self.new_evidence


def load_corpus(folder: Path) -> list[CorpusArticle]:
    """The corpus articles of `folder`: news-dev pages (pages/*.json) or fixtures (articles/*.toml).

    Raises ConfigError for an empty folder or a malformed file (naming it)."""
    pages = sorted((folder / "pages").glob("*.json"))
    if pages:
        return [load_page(path) for path in pages]
    files = sorted((folder / "articles").glob("*.toml")) or sorted(folder.glob("*.toml"))
    if not files:
        raise ConfigError(f"{folder}: no corpus articles (pages/*.json or *.toml) found")
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


def load_page(path: Path) -> CorpusArticle:
    """One news-dev page (format: the corpus README)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return CorpusArticle(
            slug=path.stem, title=data["title"], outlet=data.get("outlet") or "", split=data["split"],
            published=(data.get("published") or "")[:10], relevant=True, body=data["text"],
            expect=[Expectation(e["claim"], e["verdict"], e.get("value", "")) for e in data.get("expected", [])],
            new=[n["summary"] for n in data.get("new_developments", [])], lang=data.get("lang") or "en",
            new_evidence=[n.get("evidence") or n["summary"] for n in data.get("new_developments", [])],
            undated=not data.get("published"))
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: malformed corpus page: {exc}") from None


def render_page(article: CorpusArticle) -> bytes:
    """The article as a plain news page (UTF-8 bytes): title, published date (none for an undated page) and outlet
    as metadata trafilatura reads, paragraphs escaped, navigation and footer boilerplate around it."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    dated = f"<meta property=\"article:published_time\" content=\"{article.published}T08:00:00+00:00\">" \
        if article.published else ""
    return (f"<!doctype html><html lang=\"{html.escape(article.lang)}\"><head><meta charset=\"utf-8\"><title>{html.escape(article.title)}"
            f"</title>{dated}"
            f"<meta property=\"og:site_name\" content=\"{html.escape(article.outlet)}\"></head><body>"
            f"<nav><a href=\"/\">Home</a> · <a href=\"/world\">World</a></nav><article><h1>{html.escape(article.title)}"
            f"</h1>{paragraphs}</article><footer>© {html.escape(article.outlet)}</footer></body></html>").encode()


def render_feed(base: str, articles: list[CorpusArticle], title: str) -> bytes:
    """An RSS 2.0 feed (UTF-8 bytes) of `articles` at `base` (http://127.0.0.1:PORT), one item per article
    with its page link and date (RFC 822; no pubDate for an undated page)."""
    items = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{base}/a/{a.slug}</link><guid>{base}/a/{a.slug}</guid>"
        + (f"<pubDate>{format_datetime(datetime.fromisoformat(a.published).replace(tzinfo=timezone.utc))}</pubDate>"
           if a.published else "") + "</item>"
        for a in articles)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{html.escape(title)}"
            f"</title><link>{base}/</link><description>corpus</description>{items}</channel></rss>").encode()


class CorpusServer(LoopbackServer):
    """Serves one RSS feed per outlet and one page per article on 127.0.0.1 (claimwatch.loopback)."""

    def __init__(self, articles: list[CorpusArticle]) -> None:
        super().__init__()
        by_outlet: dict[str, list[CorpusArticle]] = defaultdict(list)
        for article in articles:
            self.add(f"/a/{article.slug}", render_page(article))
            by_outlet[article.outlet or "corpus"].append(article)
        self.feeds = [self.add(f"/feed/{i}.xml", render_feed(self.base, items, outlet),
                               content_type="application/rss+xml")
                      for i, (outlet, items) in enumerate(sorted(by_outlet.items()))]


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
    """(article slug, claim) → {verdict, value, amount, period, quote, semantic} from the grouped findings."""
    out = {}
    for finding in report["findings"]:
        for source in finding.get("sources") or [finding["observed"]]:
            slug = urls.get(source["url"])
            if slug:
                out[(slug, finding["claim"])] = {
                    "verdict": finding["verdict"], **finding["observed"], "quote": source.get("quote", ""),
                    # read by meaning alone: the engine's "cue" is the whole sentence (the semantic fallback)
                    "semantic": bool(source.get("quote")) and source.get("highlight") == source.get("quote")}
    return out


def value_matches(expect: Expectation, predicted: dict[str, Any]) -> bool:
    """Does the predicted value state the expected one? Numbers (fixtures) within AMOUNT_TOLERANCE and the
    same period; news-dev's text values ("$4.8 billion (2024)", "Masoud Pezeshkian (president-elect)",
    "draft (text agreed)", "+13% (2024); +8% (2025)") by their head, any of the alternatives."""
    if isinstance(expect.value, (int, float)) and not isinstance(expect.value, bool):
        amount = predicted.get("amount")
        if amount is None or (expect.period and predicted.get("period") != expect.period):
            return False
        return abs(amount - expect.value) <= AMOUNT_TOLERANCE * max(abs(expect.value), 1e-9)
    return any(alternative_matches(alt, predicted) for alt in alternatives(str(expect.value)))


def alternatives(raw: str) -> list[str]:
    """The values a label accepts: split at ';', 'vs' and 'or' before a figure."""
    return [a.strip() for a in re.split(r";|\bvs\.?\s|\bor\s(?=[$+\-\d])", raw) if a.strip()]


def alternative_matches(alt: str, predicted: dict[str, Any]) -> bool:
    """Does the predicted value match one accepted value: the figure for quantities, else the same text or the
    same person's name."""
    head = re.split(r"\s*\(", alt, maxsplit=1)[0].strip().strip("'\"")
    value = str(predicted.get("value", ""))
    if predicted.get("amount") is not None:
        return figure_matches(alt, predicted)
    if value == head:
        return True
    return " " in head and head[:1].isupper() and value[:1].isupper() and same_person(value, head)


FIGURE = re.compile(r"(?P<sign>[+\-−])?\$?\s*(?P<low>\d[\d,]*(?:\.\d+)?)(?:\s*[-–]\s*\$?(?P<high>\d[\d,]*(?:\.\d+)?))?"
                    r"\s*(?P<scale>billion|bn|million|mln|%)?", re.IGNORECASE)
SCALES = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6}


def figure_matches(alt: str, predicted: dict[str, Any]) -> bool:
    """A labelled figure ("about $5 billion (2022)", "$4.5-5 billion (2024)", "+13% (2024)", "decline (2023)")
    against a predicted amount (USD or percent) and period (its year must be the labelled year)."""
    year = re.search(r"\((?:[^)]*?)?(\d{4})", alt)
    period = str(predicted.get("period") or "")
    if year and year.group(1) not in period.split("-")[:1] + [period]:
        return False
    amount = float(predicted["amount"])
    head = re.split(r"\s*\(", alt, maxsplit=1)[0]
    if head.strip().lower().startswith("decline"):
        return amount < 0
    match = next((m for m in FIGURE.finditer(head) if m.group("low")), None)
    if match is None:
        return False
    scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
    low = float(match.group("low").replace(",", "")) * scale
    high = float(match.group("high").replace(",", "")) * scale if match.group("high") else low
    if match.group("sign") in ("-", "−"):
        low, high = -high, -low
    slack = AMOUNT_TOLERANCE + (0.05 if re.search(r"about|around|roughly|nearly|more than|over", head) else 0)
    return low * (1 - slack) - 1e-9 <= amount <= high * (1 + slack) + 1e-9 if low >= 0 else \
        low * (1 + slack) <= amount <= high * (1 - slack)


@dataclass
class Score:
    """Counts for one split × language group of `claimwatch eval`; the properties give the ratios (0..1)."""
    expected_changes: int = 0
    found_changes: int = 0
    reported_changes: int = 0
    correct_reported: int = 0
    false_alarms: int = 0
    expected_disputed: int = 0
    found_disputed: int = 0
    expected_new: int = 0
    found_new: int = 0
    listed_new: int = 0
    matching_new: int = 0
    distractor_pages: int = 0
    distractor_listed: int = 0
    semantic_reported: int = 0
    semantic_correct: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """found / expected changes (0..1); 1 when none was expected."""
        return self.found_changes / self.expected_changes if self.expected_changes else 1.0

    @property
    def precision(self) -> float:
        """correct / reported changes (0..1); 1 when none was reported."""
        return self.correct_reported / self.reported_changes if self.reported_changes else 1.0

    @property
    def new_recall(self) -> float:
        """found / expected new developments (0..1); 1 when none was expected."""
        return self.found_new / self.expected_new if self.expected_new else 1.0

    @property
    def new_precision(self) -> float:
        """listed new developments that match a labelled one / all listed (0..1); 1 when none was listed."""
        return self.matching_new / self.listed_new if self.listed_new else 1.0


def language_groups(article: CorpusArticle) -> list[str]:
    """The score buckets an article counts in: all and en, or all, other and its language."""
    return ["all", "en"] if article.lang == "en" else ["all", "other", article.lang]


def group_keys(article: CorpusArticle) -> list[str]:
    """Score buckets of an article: `split:language group` for its split and for all splits together."""
    return [f"{split}:{lang}" for split in (article.split, "all") for lang in language_groups(article)]


def words(text: str) -> set[str]:
    """The lower-cased words of three or more letters in `text`."""
    return {w for w in re.findall(r"\w{3,}", text.lower())}


def matches_development(statement: str, evidence: str) -> bool:
    """Does a listed statement cover a labelled new development: at least NEW_MATCH_SHARE of the evidence's
    words."""
    wanted = words(evidence)
    return bool(wanted) and len(wanted & words(statement)) >= NEW_MATCH_SHARE * len(wanted)


def score(articles: list[CorpusArticle], report: dict[str, Any], urls: dict[str, str]) -> dict[str, dict[str, Score]]:
    """Scores by bucket (`split:language group`, see group_keys) and claim ("overall" for the bucket)."""
    predicted = predictions(report, urls)
    by_slug = {a.slug: a for a in articles}
    new_by_slug: dict[str, list[str]] = defaultdict(list)
    for dev in report["new_developments"]:
        if dev["url"] in urls:
            new_by_slug[urls[dev["url"]]].append(dev["statement"])
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    for article in articles:
        for bucket in group_keys(article):
            score_labels(article, predicted, scores[bucket])
            score_developments(article, new_by_slug.get(article.slug, []), scores[bucket]["overall"])
    for (slug, claim), got in predicted.items():
        article = by_slug[slug]
        for bucket in group_keys(article):
            score_prediction(article, claim, got, scores[bucket])
    return {bucket: dict(claims) for bucket, claims in scores.items()}


def describe(got: dict[str, Any] | None) -> str:
    """A prediction in one line for --verbose: verdict, value and the start of its quote; "nothing"."""
    if not got:
        return "nothing"
    return f"{got['verdict']} {got.get('value')!r} «{(got.get('quote') or '')[:140]}»"


def score_labels(article: CorpusArticle, predicted: dict[tuple[str, str], dict[str, Any]],
                 bucket: dict[str, Score]) -> None:
    """Count the article's labelled changes and disputes, found or missed, into its claim's and the overall
    Score of `bucket`."""
    for expect in article.expect:
        got = predicted.get((article.slug, expect.claim))
        for key in (expect.claim, "overall"):
            s = bucket[key]
            if expect.verdict == "changed":
                s.expected_changes += 1
                if got and got["verdict"] == "changed" and value_matches(expect, got):
                    s.found_changes += 1
                else:
                    s.misses.append(f"{article.slug} {expect.claim}: expected changed {expect.value!r}, got "
                                    f"{describe(got)}")
            elif expect.verdict == "disputed":
                s.expected_disputed += 1
                s.found_disputed += bool(got and got["verdict"] == "disputed")
                if not (got and got["verdict"] == "disputed"):
                    s.misses.append(f"{article.slug} {expect.claim}: expected disputed {expect.value!r}, got "
                                    f"{describe(got)}")


def score_developments(article: CorpusArticle, listed: list[str], s: Score) -> None:
    """Count the article's labelled new developments, found or missed, and the statements listed for it, into
    `s`."""
    labelled = article.new_evidence or article.new
    if article.new and not article.new_evidence:  # fixtures: the listed statement must hold the phrase
        s.expected_new += len(article.new)
        for phrase in article.new:
            hit = any(phrase.lower() in st.lower() for st in listed)
            s.found_new += hit
            if not hit:
                s.misses.append(f"{article.slug} new development {phrase!r} not reported")
    elif labelled:
        s.expected_new += 1
        s.found_new += bool(listed)
        if not listed:
            s.misses.append(f"{article.slug} new development not listed: {labelled[0][:140]!r}")
    s.listed_new += len(listed)
    for statement in listed:
        if any(matches_development(statement, ev) for ev in labelled) or any(
                phrase.lower() in statement.lower() for phrase in article.new if not article.new_evidence):
            s.matching_new += 1
        else:
            s.alarms.append(f"{article.slug} new development listed, no label matches: «{statement[:140]}»")
    if article.distractor:
        s.distractor_pages += 1
        s.distractor_listed += bool(listed)


def score_prediction(article: CorpusArticle, claim: str, got: dict[str, Any], bucket: dict[str, Score]) -> None:
    """Count one reported finding as correct, a false alarm or a dispute into its claim's and the overall
    Score of `bucket`."""
    expect = next((e for e in article.expect if e.claim == claim), None)
    for key in (claim, "overall"):
        s = bucket[key]
        if got["verdict"] == "changed":
            s.reported_changes += 1
            right = bool(expect and expect.verdict == "changed" and value_matches(expect, got))
            s.correct_reported += right
            s.semantic_reported += got["semantic"]
            s.semantic_correct += got["semantic"] and right
            if not right and expect and expect.verdict == "changed":
                continue  # a wrong value for a labelled change is already listed as a miss
            if not right:
                s.alarms.append(f"{article.slug} {claim}: expected "
                                f"{expect.verdict + ' ' + repr(expect.value) if expect else 'nothing'}, got "
                                f"{describe(got)}")
        if got["verdict"] in ("changed", "disputed") and (not expect or expect.verdict in ("confirmed", "none")):
            s.false_alarms += 1
            if got["verdict"] == "disputed":
                s.alarms.append(f"{article.slug} {claim}: expected "
                                f"{expect.verdict + ' ' + repr(expect.value) if expect else 'nothing'}, got "
                                f"{describe(got)}")


BUCKET_ORDER = ("tune", "check", "dev", "holdout", "all")


def bucket_sort_key(bucket: str) -> tuple[int, int, str]:
    """The order of score buckets ("split:languages") in the tables: splits as BUCKET_ORDER, then en, other,
    each language, all."""
    split, lang = bucket.split(":")
    return (BUCKET_ORDER.index(split) if split in BUCKET_ORDER else 9,
            {"en": 0, "other": 1, "all": 9}.get(lang, 2), lang)


def shown(value: float, denominator: int, width: int, digits: int) -> str:
    """A ratio for the tables; "-" where nothing was counted (0/0 scores 1.0 for the gate, not for a reader)."""
    return f"{value:{width}.{digits}f}" if denominator else f"{'-':>{width}}"


def format_summary(scores: dict[str, dict[str, Score]]) -> list[str]:
    """The eval table's lines: per bucket recall, precision, false alarms, disputes, new developments,
    distractors, semantic findings ('-' where nothing was counted)."""
    lines = [f"{'split:languages':18} {'recall':>14} {'precision':>15} {'false alarms':>12} {'disputed':>9} "
             f"{'new dev':>9} {'new listed ok':>13} {'distractor':>10} {'semantic':>9}"]
    for bucket in sorted(scores, key=bucket_sort_key):
        o = scores[bucket]["overall"]
        lines.append(f"{bucket:18} {shown(o.recall, o.expected_changes, 6, 3)} {o.found_changes:3}/{o.expected_changes:<4} "
                     f"{shown(o.precision, o.reported_changes, 6, 3)} {o.correct_reported:3}/{o.reported_changes:<4} {o.false_alarms:12} "
                     f"{o.found_disputed:4}/{o.expected_disputed:<4} {o.found_new:4}/{o.expected_new:<4} "
                     f"{o.matching_new:6}/{o.listed_new:<6} {o.distractor_listed:4}/{o.distractor_pages:<5} "
                     f"{o.semantic_correct:4}/{o.semantic_reported:<4}")
    return lines


def format_claims(scores: dict[str, dict[str, Score]], bucket: str) -> list[str]:
    """The per-claim table's lines of one bucket: recall, changes, precision, reported, false alarms,
    disputes."""
    lines = [f"-- per claim, {bucket} --",
             f"{'claim':26} {'recall':>8} {'changes':>8} {'precision':>9} {'reported':>8} {'false alarms':>12} "
             f"{'disputed':>8}"]
    for claim, s in sorted(scores[bucket].items(), key=lambda kv: (kv[0] == "overall", kv[0])):
        lines.append(f"{claim:26} {shown(s.recall, s.expected_changes, 8, 2)} {s.found_changes:3}/{s.expected_changes:<4} "
                     f"{shown(s.precision, s.reported_changes, 9, 2)} "
                     f"{s.correct_reported:3}/{s.reported_changes:<4} {s.false_alarms:12} "
                     f"{s.found_disputed:3}/{s.expected_disputed:<4}")
    return lines


def format_scores(scores: dict[str, dict[str, Score]], verbose: bool = False, show_check: bool = False) -> str:
    """The summary table (every bucket), the per-claim tables of each split for English and for all
    languages, and with `verbose` every miss and false alarm per page of the tune split (and of the check split
    too with `show_check`)."""
    lines = ["== change recall / precision by split and language group ==",
             "(new dev: pages labelled with a development that got one listed; new listed ok: listed ones matching a "
             "label; distractor: distractor pages with a listing; semantic: changes read by meaning alone, correct/"
             "reported; false alarms: changes or disputes reported for a claim the page restates or does not state; "
             "-: nothing to count)"]
    lines += format_summary(scores)
    for bucket in sorted(scores, key=bucket_sort_key):
        if bucket.split(":")[1] in ("en", "all") and (bucket.split(":")[0] != "all" or bucket == "all:all"):
            lines += [""] + format_claims(scores, bucket)
    if verbose:
        for bucket in sorted(scores, key=bucket_sort_key):
            split, lang = bucket.split(":")
            if split == "all" or lang != "all":
                continue
            o = scores[bucket]["overall"]
            if split == "check" and not show_check:
                # The check split measures generalisation: its scores are read, its pages are not (news-dev's
                # README). Listing them only on request keeps a tuning session from reading them by accident.
                lines += ["", "-- check split: scores only; --show-check lists its misses and false alarms --"]
                continue
            lines += ["", f"-- misses and false alarms, {split} --"]
            lines += sorted("  miss:  " + m for m in o.misses) + sorted("  alarm: " + a for a in o.alarms)
    return "\n".join(lines)


def split_note(articles: list[CorpusArticle]) -> str:
    """Where the split names come from when they are not news-dev's tune / check (tests/corpus has dev / holdout):
    each page's own `split`, as the corpus's README defines it. Empty for tune / check."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.split] = counts.get(article.split, 0) + 1
    if set(counts) <= {"tune", "check"}:
        return ""
    named = ", ".join(f"{split} ({plural(n, 'page')})" for split, n in sorted(counts.items(), key=lambda kv: bucket_sort_key(
        f"{kv[0]}:all")))
    return f"splits {named}: as this corpus's pages name them (each page's `split`; its README says what they mean)"


def check_keep(keep: Path) -> None:
    """Return when `keep` (eval's --keep) is a new or empty folder; raise ConfigError otherwise."""
    if keep.exists() and (not keep.is_dir() or any(keep.iterdir())):
        raise ConfigError(f"--keep {keep}: not an empty folder (eval writes eval.db and reports/ there)")


def evaluate(folder: Path, verbose: bool = False, show_check: bool = False,
             keep: Path | None = None) -> tuple[dict[str, dict[str, Score]], str]:
    """Serve the corpus at `folder` on 127.0.0.1, run the monitor flow over it and score its report.

    `keep`: a folder (new or empty) to keep the run's database and report in (eval.db, reports/<run id>/);
    without it they go into a temporary folder, removed at the end, and a log line after the run's own says so:
    the run's "see …/report.html" pointed at a folder that no longer existed (walk22 A9).
    Returns (scores by bucket and claim, the printed text). Raises ConfigError for a malformed corpus or a
    `keep` folder that holds files."""
    articles = load_corpus(folder)
    if keep is not None:
        check_keep(keep)
        keep.mkdir(parents=True, exist_ok=True)
        report, urls = run_corpus(articles, keep)
    else:
        with tempfile.TemporaryDirectory(prefix="claimwatch-eval-") as tmp:
            report, urls = run_corpus(articles, Path(tmp))
        from prefect.logging import get_logger

        get_logger("claimwatch.eval").info("the run's database and report were in %s, now removed: pass --keep DIR "
                                           "to keep them", tmp)
    scores = score(articles, report, urls)
    text = format_scores(scores, verbose, show_check)
    text += f"\nquotes not verbatim in their article: {len(report['unquoted'])}"
    undated = sum(a.undated for a in articles)
    if undated:
        text += f"\n{UNDATED_NOTE}: {undated}"
    if split_note(articles):
        text += f"\n{split_note(articles)}"
    for bucket in scores:
        scores[bucket]["overall"].unquoted = len(report["unquoted"])  # type: ignore[attr-defined]
        if report["unquoted"]:
            scores[bucket]["overall"].misses += [f"unquoted: {q}" for q in report["unquoted"]]
    return scores, text
