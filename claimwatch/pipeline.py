"""The steps of one monitor run as plain functions; flows/monitor.py wires them into Prefect tasks.

Tasks do the network and CPU work (fetch, parse, extract) and return data; the flow thread records their
outcomes here, one SQLite transaction per article, so a crash loses at most the article in flight.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import sqlite_utils

from claimwatch import review, store
from settings.config import Config, FetchSettings
from claimwatch.store import rows, utcnow
from settings.errors import ExtractError, FetchError
from settings.redact import redact, redact_url
from extractors.feeds import Entry, FeedFetch, ParsedFeed, fetch_feed, parse_feed
from extractors.pages import (Article, article_from_entry, continue_article, decode_html, decode_page,
                              extract_article, fetch_page)
from extractors.pool import Extraction
import claims
from baseline import store as baseline_store
from baseline.builder import source_titles
from claims.analysis import Analysis, load_encoder_or_none
from claims.catalogue import Catalogue
from claims.reader import mentions_tracked_claim, statement_key
from claims.relevance import is_relevant
from claims import languages
from extractors.language import language_code
from reports.model import Finding, Report
from reports.baseline import write_baseline_report
from reports.render import build_report, plural


# report.json run.timings: the run's stages, in the order they run.
STAGES = ("setup", "feeds", "pages", "fetch", "extract", "store", "analyse", "report")


class Timings:
    """Seconds per stage of one run, on the wall clock (time.perf_counter), for report.json `run.timings`.

    setup (config, database, catalogue, baseline), feeds (fetch, parse and record every feed), pages (from the
    first page fetched to the last one stored), analyse and report (record the findings, build the report; the
    files and Prefect artifacts written after it are not counted) follow one another. Inside `pages`, fetch
    and extract are summed over the page threads and store is the flow thread recording each page: they
    overlap, so their sum may exceed `pages`. Safe to use from several threads."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self._lock = threading.Lock()
        self.started_at = utcnow()  # the run's started_at: its stages, setup included, lie after it

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Add the wall time of the block (also when it raises) to stage `name` (one of STAGES)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            with self._lock:
                self.seconds[name] += elapsed

    def to_json(self) -> dict[str, float]:
        """{stage: seconds}, every stage of STAGES, rounded to milliseconds."""
        with self._lock:
            return {name: round(seconds, 3) for name, seconds in self.seconds.items()}


@dataclass
class RunState:
    """One run in progress: its id, its feed URLs, its timings and the counts its report gives; `names` maps a feed
    URL to its name in the feeds file (absent when the file gives none)."""
    run_id: str
    feeds: list[str]
    timings: Timings = field(default_factory=Timings)
    counts: dict[str, int] = field(default_factory=lambda: {
        "entries_seen": 0, "articles_new": 0, "articles_relevant": 0, "errors": 0})
    seen_keys: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    # stored articles about the tracked claims whose page changed, stored as updates and analysed again in this
    # run: not new, so not in `counts` (report.json's four counts keep their meaning), but read
    articles_updated: int = 0
    # feeds that answered 304 Not Modified: nothing new published since the last run (report.json run.feeds_not_modified)
    feeds_not_modified: int = 0


@dataclass(frozen=True)
class FeedResult:
    """A feed fetched and, unless the server said 304, parsed."""
    fetched: FeedFetch
    parsed: ParsedFeed | None  # None when the server said 304 Not Modified


def read_feed(client: httpx.Client, settings: FetchSettings, url: str, etag: str | None,
              last_modified: str | None) -> FeedResult:
    """Fetch feed `url` conditionally (etag / last_modified of its last answer) and parse it: a FeedResult
    whose `parsed` is None when the server answered 304. At most settings.max_entries_per_feed entries;
    relative links resolve against the final URL after redirects. Raises FetchError / ExtractError (a body
    that is no feed)."""
    fetched = fetch_feed(client, url, settings, etag, last_modified)
    if fetched.not_modified:
        return FeedResult(fetched, None)
    # Relative item links resolve against where the feed was finally found, not the URL before a redirect.
    return FeedResult(fetched, parse_feed(fetched.content, fetched.content_type, url, settings.max_entries_per_feed,
                                          base_url=fetched.final_url or url))


# Continuation pages (rel="next") followed for one article at most; past that it is stored as partial.
MAX_CONTINUATION_PAGES = 4


def read_page(client: httpx.Client, settings: FetchSettings, entry: Entry,
              extract: Callable[..., Article] = extract_article, timings: Timings | None = None) -> Article:
    """Fetch and extract an entry's page, and the continuation pages it links with rel="next" (at most
    MAX_CONTINUATION_PAGES, each once); an entry without a link is its own text (no fetch). `extract` has
    extract_article's signature (read_pages passes an extractors.pool.Extraction); `timings` gets the fetch
    and extract seconds.

    Raises FetchError / ExtractError for the first page only: a continuation page that fails makes the
    article partial, with the reason in its notes."""
    timings = timings or Timings()
    fetched_at = utcnow()
    if entry.content is not None:
        with timings.stage("extract"):
            return article_from_entry(entry.content, entry.url, entry.title, entry.published, fetched_at)
    with timings.stage("fetch"):
        response = fetch_page(client, entry.url, settings)
    with timings.stage("extract"):
        html, charset_note = decode_page(response.content, response.charset)
        article = extract(html, response.final_url, entry.published, fetched_at)
    if charset_note:  # a warning of the run (pipeline.record_page), with the page's URL and stage extract
        article = replace(article, notes=(*article.notes, charset_note))
    pages: list[tuple[str, str]] = []
    visited = {entry.url, response.final_url}
    failure = ""
    next_url = article.next_url
    while next_url and next_url not in visited:
        if len(pages) == MAX_CONTINUATION_PAGES:
            failure = f"more than {MAX_CONTINUATION_PAGES} continuation pages: stored as partial"
            break
        visited.add(next_url)
        try:
            with timings.stage("fetch"):
                response = fetch_page(client, next_url, settings)
            with timings.stage("extract"):
                part = extract(decode_html(response.content, response.charset), response.final_url)
        except (FetchError, ExtractError) as exc:
            failure = f"continuation page {redact_url(next_url)} not read ({describe(exc)}): stored as partial"
            break
        pages.append((response.final_url, part.text))
        next_url = part.next_url
    return continue_article(article, pages, failure) if pages or failure else article


# A transient failure (timeout, reset, 429, 5xx) is tried again after these pauses, like the feed task's retries.
PAGE_RETRY_DELAYS = (1.0, 3.0)


def read_page_retrying(client: httpx.Client, settings: FetchSettings, entry: Entry,
                       extract: Callable[..., Article] = extract_article,
                       timings: Timings | None = None) -> Article:
    """read_page, tried again after each of PAGE_RETRY_DELAYS (seconds) while it fails transiently
    (FetchError.transient); raises the last FetchError / ExtractError."""
    for delay in PAGE_RETRY_DELAYS:
        try:
            return read_page(client, settings, entry, extract, timings)
        except FetchError as exc:
            if not exc.transient:
                raise
        time.sleep(delay)
    return read_page(client, settings, entry, extract, timings)


def read_pages(client: httpx.Client, settings: FetchSettings, entries: list[Entry],
               timings: Timings | None = None) -> Iterator[tuple[Entry, Article | BaseException]]:
    """Fetch pages in settings.max_workers threads and extract them (extractors.pool.Extraction: in worker
    processes when there are many, else one at a time in this process); yield each entry with its article
    or its error as soon as it is done.

    Plain threads, not a Prefect task per page: a task run costs ~30 ms of CPU between this process and the
    Prefect server, twice the extraction of a page (docs/PERFORMANCE.md)."""
    extraction = Extraction.for_pages(len(entries))
    pool = ThreadPoolExecutor(settings.max_workers, thread_name_prefix="page")
    try:
        futures = {pool.submit(read_page_retrying, client, settings, entry, extraction, timings): entry
                   for entry in entries}
        for future in as_completed(futures):
            entry = futures.pop(future)
            error = future.exception()
            yield entry, (error if error is not None else future.result())
    finally:  # the caller stopped early (a crash while storing): do not fetch the pages not started yet
        pool.shutdown(wait=True, cancel_futures=True)
        extraction.close()


def warm_engine() -> threading.Thread:
    """Start loading the claim engine's language pipeline (claims.warm_up) in a daemon thread and return it:
    the flow starts it once the first relevant article is stored, so the load (about a second) overlaps the
    pages still being fetched and extracted; join it before analysing."""
    thread = threading.Thread(target=claims.warm_up, name="warm-engine", daemon=True)
    thread.start()
    return thread


def begin(db: sqlite_utils.Database, config: Config, timings: Timings | None = None, logger: Any = None) -> RunState:
    """Start a run (a `runs` row, status running) over the configured feeds; `timings` measured since before,
    and the run started when they did (so that report.json's started_at to finished_at spans every stage). Runs
    that died before they finished are closed first (close_dead_runs; `logger` says so)."""
    feeds = [feed.url for feed in config.feeds]
    timings = timings or Timings()
    run = RunState(store.start_run(db, feeds, timings.started_at), feeds, timings,
                   names={feed.url: feed.name for feed in config.feeds if feed.name})
    close_dead_runs(db, run, logger)
    return run


def close_dead_runs(db: sqlite_utils.Database, run: RunState, logger: Any = None) -> None:
    """Runs whose process died before they finished (store.close_dead_runs) are marked interrupted, with a warning
    of this run each; their stored articles that no run analysed are read by this run (not counted as new), an
    article every run died with is an error of this run instead (store.MAX_ATTEMPTS)."""
    marked, given_up = store.close_dead_runs(db, run.run_id)
    for dead in marked:
        adopted = dead["adopted"]
        note = (f"run {dead['id']} was interrupted: {dead['why']}; marked interrupted"
                + (f"; {plural(adopted, 'article')} it stored but never analysed {'is' if adopted == 1 else 'are'} read "
                   "by this run"
                   if adopted else ""))
        record_warning(db, run, "", "store", note, logger)
    for article in given_up:
        record_error(db, run, article["url"], "analyze", f"not analysed: {article['orphaned']} runs ended while "
                     f"analysing it (articles.id {article['id']})", logger)


def record_feed(db: sqlite_utils.Database, run: RunState, url: str, outcome: FeedResult | BaseException,
                logger: Any) -> list[Entry]:
    """Store validators and errors of one feed; return its entries never seen before."""
    shown = redact_url(url)  # feed URLs may carry credentials: never into logs or reports
    if isinstance(outcome, BaseException):
        message = describe(outcome)
        store.save_feed_state(db, url, status=getattr(outcome, "status", None), error=message)
        store.record_error(db, run.run_id, url, "feed", message)
        run.counts["errors"] += 1
        logger.warning("feed failed: %s: %s", shown, message)
        return []
    fetched = outcome.fetched
    if outcome.parsed is None:
        store.save_feed_state(db, url, status=fetched.status, etag=fetched.etag, last_modified=fetched.last_modified)
        run.feeds_not_modified += 1
        logger.info("feed not modified: %s", shown)
        return []
    if outcome.parsed.warning:
        store.record_error(db, run.run_id, url, "feed", outcome.parsed.warning, warning=True)
        logger.warning("feed %s: %s (entries still read)", shown, outcome.parsed.warning)
    entries = [e for e in outcome.parsed.entries if e.key not in run.seen_keys]
    run.seen_keys.update(e.key for e in entries)
    run.counts["entries_seen"] += len(entries)
    fresh = store.new_entries(db, entries, run.run_id)
    # Nothing dropped or corrected silently: skipped entries, the cut at the entry cap and dates dropped or
    # read differently from feedparser are warnings of the run (for new entries only, not every run again).
    for where, note in outcome.parsed.notes:
        store.record_error(db, run.run_id, where, "feed", note, warning=True)
        logger.warning("feed %s: %s", shown, note)
    for entry in fresh:
        for note in entry.notes:
            store.record_error(db, run.run_id, entry.url, "feed", note, warning=True)
    # Validators only after the entries are recorded: a run killed in between must not get a 304 next
    # time for entries it never wrote down. The feed's name (the feeds file's, else the feed's own title) is
    # the outlet of its articles whose pages name no site (store.ARTICLE_ROWS).
    store.save_feed_state(db, url, status=fetched.status, etag=fetched.etag, last_modified=fetched.last_modified,
                          name=run.names.get(url) or outcome.parsed.title.strip())
    logger.info("feed %s: %s, %d new", shown, plural(len(entries), "entry", "entries"), len(fresh))
    return fresh


def record_page(db: sqlite_utils.Database, run: RunState, entry: Entry, outcome: Article | BaseException,
                catalogue: Catalogue, logger: Any) -> int | None:
    """Record one page's outcome (the `store` stage of run.timings): the article stored, relevant or not,
    with its entry, or the failure with its URL, stage and whether a later run tries again. Returns the
    article's id, None for a failure (also a page refused as boilerplate)."""
    with run.timings.stage("store"):
        return _record_page(db, run, entry, outcome, catalogue, logger)


def _record_page(db: sqlite_utils.Database, run: RunState, entry: Entry, outcome: Article | BaseException,
                 catalogue: Catalogue, logger: Any) -> int | None:
    if isinstance(outcome, Article) and (twins := store.site_twins(db, entry, outcome)):
        refused = store.refused_as_boilerplate(db, entry, outcome)
        outcome = ExtractError(f"boilerplate: the same text as {len(twins)} other page{'s' if len(twins) > 1 else ''}"
                               f" of this site under other titles, not an article")
        if len(twins) + refused >= BOILERPLATE_PAGES:  # the first page that had it was stored before anyone knew
            store.set_not_relevant(db, [t["id"] for t in twins if t["relevant"]])
            for twin in twins:
                if twin["relevant"]:
                    store.record_error(db, run.run_id, twin["url"], "extract", f"boilerplate: {BOILERPLATE_PAGES} or "
                                       "more pages of this site share its text; kept, but not analysed", warning=True)
    if isinstance(outcome, BaseException):
        stage = "extract" if isinstance(outcome, ExtractError) else "fetch"
        later, max_attempts = retry_rule(outcome)
        status, attempts = store.mark_failed(db, entry, describe(outcome), retry=later, max_attempts=max_attempts)
        message = f"{describe(outcome)} ({retry_note(later, status, attempts, max_attempts)})"
        store.record_error(db, run.run_id, entry.url, stage, message)
        run.counts["errors"] += 1
        logger.warning("%s failed: %s: %s", stage, redact_url(entry.url), message)
        return None
    for note in outcome.notes:
        store.record_error(db, run.run_id, entry.url, "extract", note, warning=True)
    text = f"{outcome.title}\n{outcome.text}"
    relevant = is_relevant(text, catalogue.parties) or mentions_tracked_claim(text, catalogue) or \
        languages.relevant(text, catalogue, language_code(outcome.language))
    article_id, stored = store.store_article(db, entry, outcome, run.run_id, relevant)
    if stored == "created":  # the same story under another URL is not a new article
        run.counts["articles_new"] += 1
        run.counts["articles_relevant"] += int(relevant)
        if relevant and outcome.date_source == "fetched":  # its findings say "date unknown, first seen …"
            store.record_error(db, run.run_id, entry.url, "extract", "no publication date in the feed or on the page: "
                               f"dated by when it was first seen ({outcome.published[:10]}); its findings say "
                               "'date unknown'", warning=True)
    elif stored == "updated":
        run.articles_updated += int(relevant)
        store.record_error(db, run.run_id, entry.url, "store", "the page changed since it was first stored: stored as an "
                           f"update of that article (articles.id {article_id}), not as a new article", warning=True)
    return article_id


# A text this many pages of one site share is boilerplate even on the page where it was first seen. Two is
# not enough: a story republished under a corrected headline at a new URL has its old page's text.
BOILERPLATE_PAGES = 3


# Per reason: is a failure worth another try in a later run, and how many attempts in all. A refusal (401,
# 403: CDN rate limits and bot walls lift), a 404 (a link resolved wrongly, or announced before its page went
# live) and a body that does not decode (a server's transient encoding glitch) are tried again by later
# runs with back-off (store.mark_failed); what would fail the same way (410 Gone, a refused address, a PDF,
# too large, a page without text) is rejected at once. Timeouts, resets, 408, 429 and 5xx are transient:
# retried within the run too (read_page_retrying) and by later runs.
LATER_STATUSES = {401: 3, 403: 3, 404: 2}
LATER_MESSAGES = {"undecodable body": 3}


def retry_rule(exc: BaseException) -> tuple[bool, int]:
    """(worth retrying in a later run, attempts allowed in all) for a failed page."""
    if isinstance(exc, FetchError):
        if exc.transient:
            return True, store.MAX_ATTEMPTS
        if exc.status in LATER_STATUSES:
            return True, LATER_STATUSES[exc.status]
        reason = next((n for prefix, n in LATER_MESSAGES.items() if str(exc).startswith(prefix)), 0)
        return bool(reason), reason
    if isinstance(exc, ExtractError):
        return False, 0
    return True, store.MAX_ATTEMPTS  # unexpected: worth another try rather than lost


def worth_retrying(exc: BaseException) -> bool:
    """Whether a later run tries this failure again (see retry_rule)."""
    return retry_rule(exc)[0]


def retry_note(later: bool, status: str, attempts: int, max_attempts: int) -> str:
    """The fate of a failed entry, for the error's message in the report."""
    if status == "failed":
        return f"attempt {attempts} of {max_attempts}: tried again by a later run"
    if later:
        return f"rejected after {attempts} attempts; 'claimwatch retry --url URL' tries it again"
    return "permanent: not retried; 'claimwatch retry --url URL' tries it again"


def record_analysis_error(db: sqlite_utils.Database, run: RunState, url: str, message: str, logger: Any) -> None:
    """An article the engine could not read: recorded at stage `analyze` and counted like the other errors."""
    record_error(db, run, url, "analyze", message, logger)


def record_error(db: sqlite_utils.Database, run: RunState, url: str, stage: str, message: str,
                 logger: Any = None) -> None:
    """A failure after the fetches (stage `analyze`): recorded with its URL and stage, counted in report.json's
    `errors` like the fetches' (../shared/docs/DESIGN.md), and one WARNING line in the log (with a `logger`),
    credentials redacted."""
    store.record_error(db, run.run_id, url, stage, message)
    run.counts["errors"] += 1
    if logger is not None:
        logger.warning("%s failed: %s: %s", stage, redact_url(url), message)


def record_warning(db: sqlite_utils.Database, run: RunState, url: str, stage: str, message: str,
                   logger: Any = None) -> None:
    """A note of the run (report.json `warnings`, not counted as an error) with its URL and stage, e.g. a
    notification not delivered (stage `notify`) or an article read only in part (`analyze`), and one WARNING line
    in the log (with a `logger`), credentials redacted."""
    store.record_error(db, run.run_id, url, stage, message, warning=True)
    if logger is not None:
        logger.warning("%s: %s", f"{stage}: {redact_url(url)}" if url else stage, message)  # a run's own note has no URL


def run_report(db: sqlite_utils.Database, run: RunState, analysis: Analysis, findings: list[Finding],
               baseline_version: int, folder: Path, catalogue: Catalogue | None = None) -> Report:
    """Close the run in the database and build its report; called again when an error comes after it
    (a failed notification), so the stored counts and the report agree. `findings`: the analysis' findings
    as claimwatch.review.record_run marked them (new / first_seen); `catalogue`: the run's, for the order of the
    timelines (claims and their lanes)."""
    with run.timings.stage("report"):
        finished = store.finish_run(db, run.run_id, run.counts, str(folder), feeds_not_modified=run.feeds_not_modified)
        report = build_report(finished, findings, analysis.new_developments, store.run_errors(db, run.run_id),
                              timelines=review.timelines(db, findings, catalogue), baseline_version=baseline_version)
    report.run.timings = run.timings.to_json()  # after the report stage: it is counted too
    report.run.articles_updated = run.articles_updated
    report.run.feeds_not_modified = run.feeds_not_modified
    report.source_titles = source_titles()  # report.html names the baseline's seed documents by their titles
    return report


def describe(exc: BaseException) -> str:
    """One line for an error record: the message for our own errors, the type too for anything else."""
    if isinstance(exc, (FetchError, ExtractError)):
        return redact(str(exc))
    return redact(f"{type(exc).__name__}: {exc}")[:500]


def report_dir(reports_root: Path, run_id: str) -> Path:
    """The folder of run `run_id`'s report: REPORTS_ROOT/<run id>."""
    return Path(reports_root) / run_id


def analyze_run(db: sqlite_utils.Database, run_id: str, catalogue: Catalogue,
                on_error: Callable[[str, str], None] | None = None, max_chars: int | None = None,
                on_warning: Callable[[str, str], None] | None = None, logger: Any = None) -> Analysis:
    """The run's relevant articles through the engine's API (claims.analyze); findings and new developments
    as report.json holds them.

    `max_chars` ([fetch] max_article_chars): a longer text is read up to its last paragraph break before it
    (cut_text), and `on_warning(url, message)` says so. `logger` gets one line before the engine starts (how
    many articles, the longest) and one a minute while it works, so a long analysis says what it is reading."""
    baseline = baseline_store.load_claims(db)
    articles = rows(db, f"{store.ARTICLE_ROWS} where run_id = ? and relevant = 1 order by id", [run_id])
    if not articles or not baseline:
        return Analysis()
    texts = []
    for r in articles:
        text = cut_text(r["text"], max_chars) if max_chars else r["text"]
        if len(text) < len(r["text"]) and on_warning is not None:
            on_warning(r["url"], f"text cut at {len(text):,} of {len(r['text']):,} characters for analysis "
                                 f"([fetch] max_article_chars = {max_chars:,}): the rest was not read")
        texts.append(text)
    with analysis_log(logger, articles, texts):
        result = claims.analyze([review.engine_article(r, text) for r, text in zip(articles, texts)], catalogue,
                                baseline, encoder=load_encoder_or_none(), dismissed=review.dismissed_statements(db),
                                on_error=on_error)
    listed = review.listed_developments(db, run_id)  # reported by an earlier run: not new
    undated = {r["url"]: r["published"] for r in articles if r["date_source"] == "fetched"}
    amp = {r["url"]: r["amp_canonical"] for r in articles if r.get("amp_canonical")}
    published = baseline_store.seed_dates(db).get(baseline_store.current_version(db) or 0, {})
    held = {claim: baseline_store.holds_from(record, published) for claim, record in baseline.items()}
    return Analysis([note_updated_source(db, with_canonical(with_copies(db, mark_undated(
                         with_holds_from(f.to_report(), held), undated)), amp))
                     for f in result.findings],
                    [d.to_report() for d in result.new_developments if statement_key(d.statement) not in listed],
                    result.sentences)


def with_copies(db: sqlite_utils.Database, finding: dict[str, Any]) -> dict[str, Any]:
    """`finding` (report.json's form) with each source stored with syndicated copies (store.syndicated_group)
    led by the story's original, the first published (then first seen), and `copies` (an optional key: [{"url",
    "title", "outlet", "published"}]) naming the others; the observed value too when it is that source. The same
    text from three outlets is one stored article, so the report said "1 source" from whichever outlet was
    stored first (walk22 A6)."""
    observed = finding.get("observed") or {}
    for source in finding.get("sources") or []:
        group = store.syndicated_group(db, source["url"])
        if not group:
            continue
        lead, others = group[0], group[1:]
        is_observed = observed.get("url") == source["url"] and observed.get("quote") == source.get("quote")
        for item in [source] + ([observed] if is_observed else []):
            if lead["url"] != item["url"]:
                item.update(url=lead["url"], title=lead["title"] or item.get("title"),
                            outlet=lead["outlet"] or item.get("outlet"), published=lead["published"] or
                            item.get("published"))
            item["copies"] = others
    return finding


def with_holds_from(finding: dict[str, Any], held: dict[str, str]) -> dict[str, Any]:
    """`finding` (report.json's form) with `baseline.holds_from` (an optional key: when the baseline value holds
    from, in words, baseline.store.holds_from: "figure for 2021, stated 2022-01-24", "as of 2022-01-25"), which
    report.html shows; `baseline.as_of` stays the ISO day the timeline places the baseline at, which for a seed's
    figure for 2021 is 2021-01-01 (walk23 P5: the report said "as of 2021-01-01" of a source of 2022)."""
    base = finding.get("baseline") or {}
    if held.get(finding.get("claim") or "") and base.get("value"):
        base["holds_from"] = held[finding["claim"]]
    return finding


def with_canonical(finding: dict[str, Any], amp: dict[str, str]) -> dict[str, Any]:
    """`finding` (report.json's form) with `canonical` (an optional key: the publisher's page, which the reports,
    the digest and notifications link) on its observed value and each source fetched as an AMP page that names
    one (`amp`: fetched URL -> store's amp_canonical). `url` stays the page as fetched: the quote is read from
    it and the articles table keeps it so (DESIGN.md), and a scorer matches it (walk23 P7: the AMP URL was
    linked)."""
    for item in [finding.get("observed") or {}, *(finding.get("sources") or [])]:
        if amp.get(item.get("url") or ""):
            item["canonical"] = amp[item["url"]]
    return finding


def note_updated_source(db: sqlite_utils.Database, finding: dict[str, Any]) -> dict[str, Any]:
    """`finding` (report.json's form) with `baseline.source_updated` (an optional key: the day, YYYY-MM-DD, a run
    fetched the page again and found it changed; not a date the page gives) when
    its baseline value was accepted from an article (`source` a URL) whose page was since updated in place and no
    longer carries the baseline's quote: the report's link then opens a text that says something else (walk22
    A7)."""
    base = finding.get("baseline") or {}
    changed = store.page_changed(db, str(base.get("source") or ""), str(base.get("quote") or ""))
    if changed:
        base["source_updated"] = changed
    return finding


def mark_undated(finding: dict[str, Any], undated: dict[str, str]) -> dict[str, Any]:
    """`finding` (report.json's form) with `date_unknown: "first seen YYYY-MM-DD"` (an optional key) on its
    observed value and each source whose article gave no date (`undated`: URL → the fetch time that stands for
    its date), so the reports say "date unknown, first seen …" rather than passing the fetch day for the
    article's, and what the engine read of the date from the page's text (`date_inferred`, claims.dating: "written
    on or after 2025-10-31 (the latest past date on the page, …)", or that it gives none): "first seen 2026-12-02;
    written on or after 2025-10-31 (…)"."""
    for item in [finding.get("observed") or {}, *(finding.get("sources") or [])]:
        if item.get("url") in undated:
            inferred = f"; {item['date_inferred']}" if item.get("date_inferred") else ""
            item["date_unknown"] = f"first seen {undated[item['url']][:10]}{inferred}"
    return finding


def cut_text(text: str, max_chars: int) -> str:
    """`text` when it has at most `max_chars` characters; else its first `max_chars` cut back to the last
    paragraph break (else sentence end, else space) in their second half, so no sentence is read half."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for mark in ("\n", ". ", " "):
        at = head.rfind(mark)
        if at >= max_chars // 2:
            return head[:at + (1 if mark == ". " else 0)].rstrip()
    return head


# While the engine works, a line this often (seconds) says it still does and what it reads.
ANALYSIS_HEARTBEAT = 60.0


@contextmanager
def analysis_log(logger: Any, articles: list[dict[str, Any]], texts: list[str],
                 every: float = ANALYSIS_HEARTBEAT) -> Iterator[None]:
    """Log the analysis of `articles` (rows with url; `texts` as the engine reads them): one line at the start
    (how many, how many characters, the longest article's URL) and, from a daemon thread, one every `every`
    seconds until the block ends. Nothing without a logger."""
    if logger is None:
        yield
        return
    longest = max(range(len(texts)), key=lambda i: len(texts[i]))
    what = (f"{plural(len(texts), 'relevant article')}, {sum(map(len, texts)):,} characters; the longest "
            f"{redact_url(articles[longest]['url'])} ({len(texts[longest]):,})")
    logger.info("analysing %s", what)
    done = threading.Event()
    started = time.perf_counter()

    def beat() -> None:
        while not done.wait(every):
            logger.info("still analysing after %d s: %s", time.perf_counter() - started, what)

    thread = threading.Thread(target=beat, name="analysis-log", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()


def build_baseline(db: sqlite_utils.Database, catalogue: Catalogue, folder: Path,
                   catalogue_file: Path | None = None) -> tuple[baseline_store.BuildResult, list[str]]:
    """`claimwatch baseline build` and the baseline-build flow alike: build from baseline/sources, store a new
    version when anything changed, write baseline.md/.json into `folder`. `catalogue_file`: where `catalogue`
    was read from (default: the project's baseline/catalogue.toml), kept with the version. Returns (what the
    build did, the lines that say it: the version, then each claim whose value changed and why, each claim whose
    catalogue entry or seeds changed, each accepted value kept, each accepted value the sources replaced).
    Raises BaselineError for bad sources, OSError when the report cannot be written."""
    from baseline.catalogue import CATALOGUE_FILE

    catalogue_file = catalogue_file or CATALOGUE_FILE
    result = baseline_store.build_and_save(db, catalogue, catalogue_file=catalogue_file)
    changes = baseline_changes(result)
    records, published = baseline_store.load_claims(db, result.version), \
        baseline_store.seed_dates(db).get(result.version, {})
    written = write_baseline_report(records, result.version, catalogue, folder, changes=changes, titles=source_titles(),
                                    held={claim: baseline_store.holds_from(record, published)
                                          for claim, record in records.items()}, published=published)
    state = "new" if result.created else "unchanged: no claim's value, quotes or catalogue entry changed" \
        if result.general else "unchanged: same sources and catalogue"
    return result, [f"baseline version {result.version} ({state}), {plural(len(catalogue.claims), 'claim')}; "
                    f"report in {written}", *changes, *other_catalogue_note(catalogue, catalogue_file)]


def untracked_claims(db: sqlite_utils.Database, catalogue: Catalogue) -> list[str]:
    """Ids of the claims the current baseline holds that `catalogue` lacks, sorted: a baseline built with
    `baseline build --catalogue FILE` from a catalogue other than the one a run reads (walk22 A1). A run compares
    articles with its own catalogue's claims only, so these are not tracked: the run says so (untracked_note)."""
    known = {claim.id for claim in catalogue.claims}
    return sorted(set(baseline_store.load_claims(db)) - known)


def unbuilt_claims(db: sqlite_utils.Database, catalogue: Catalogue) -> list[str]:
    """Ids of the claims of `catalogue` that the current baseline has no value for, in the catalogue's order: claims
    added to the catalogue since the last build. A run compares only claims with a baseline value (the engine
    skips the others: claims.compare), so these are not tracked until a build: the run says so (unbuilt_note)."""
    held = baseline_store.load_claims(db)
    return [claim.id for claim in catalogue.claims if claim.id not in held]


def unbuilt_note(claims_missing: list[str], version: int) -> str:
    """The warning a run gives when its catalogue has claims the baseline has no value for (unbuilt_claims)."""
    them, n = ("it" if len(claims_missing) == 1 else "them"), len(claims_missing)
    return (f"this run did not track {plural(n, 'claim')} of baseline/catalogue.toml that baseline version "
            f"{version} has no value for: {', '.join(claims_missing)} ({'it was' if n == 1 else 'they were'} added "
            f"to the catalogue after the baseline was built): run `claimwatch baseline build` to track {them}")


def untracked_note(claims_missing: list[str], version: int, built_from: tuple[bool, str | None] = (False, None)) -> str:
    """The warning a run gives when the baseline holds claims its catalogue lacks (untracked_claims): what this
    run did (not track them), how it came about, and what to do. `built_from`: (known, catalogue file) of the
    newest build (baseline.store.built_from): built from another file, the claims are to be added to the
    project's catalogue; built from the project's, they were removed or renamed in it since, and a build drops
    them; not known, both are said (prod23: the note said `--catalogue FILE` of a claim removed from the catalogue)."""
    from baseline.catalogue import CATALOGUE_FILE

    them, n = ("it" if len(claims_missing) == 1 else "them"), len(claims_missing)
    said = (f"this run did not track {plural(n, 'claim')} that baseline version {version} holds: "
            f"{', '.join(claims_missing)}: baseline/catalogue.toml, the catalogue every run reads, lacks {them}. ")
    known, path = built_from
    track = (f"to track {them}, add {'its entry' if n == 1 else 'their entries'} to baseline/catalogue.toml and run "
             "`claimwatch baseline build`")
    drop = f"to stop tracking {them}, run `claimwatch baseline build`, which drops {them} from the baseline"
    if known and path and Path(path).resolve() != CATALOGUE_FILE.resolve():
        return said + f"The baseline was built from another catalogue ({path}, `baseline build --catalogue`): " + track
    if known and path:
        return said + (f"{'It was' if n == 1 else 'They were'} removed or renamed in baseline/catalogue.toml after "
                       f"the baseline was built: {drop}")
    return said + (f"Either the baseline was built from another catalogue (`baseline build --catalogue FILE`): "
                   f"{track}; or {'it was' if n == 1 else 'they were'} removed from baseline/catalogue.toml since "
                   f"the build: {drop}")


def other_catalogue_note(catalogue: Catalogue, catalogue_file: Path | None = None) -> list[str]:
    """`baseline build --catalogue FILE` with a FILE whose claims the project's catalogue lacks: a warning line
    naming them, since run, serve and eval read only baseline/catalogue.toml and would not track them (walk22
    A1); [] when the project's catalogue has every claim of FILE."""
    from baseline.catalogue import load_catalogue

    known = {claim.id for claim in load_catalogue().claims}
    missing = [claim.id for claim in catalogue.claims if claim.id not in known]
    if not missing:
        return []
    them = "it" if len(missing) == 1 else "them"
    where = f"another catalogue ({catalogue_file})" if catalogue_file else "another catalogue"
    return [f"  warning: built from {where}, which has {plural(len(missing), 'claim')} that baseline/catalogue.toml "
            f"lacks: {', '.join(missing)}: this baseline holds {them}, but run, serve and eval read only "
            f"baseline/catalogue.toml, so no run will track {them}; to track {them}, add {them} to "
            f"baseline/catalogue.toml and run `claimwatch baseline build` (without --catalogue)"]


def baseline_changes(result: baseline_store.BuildResult) -> list[str]:
    """One line per claim whose value the build changed, accepted value it kept and accepted value it replaced."""
    lines = [f"  {claim}: {old if old is not None else '(new claim)'} → {new}"
             + (f", {result.why[claim]}" if claim in result.why else "") for claim, old, new in result.changes]
    changed = {claim for claim, _, _ in result.changes} | set(result.kept) | {o[0] for o in result.overridden}
    # a catalogue or seed edit that changed no value (walk22 A10: a rebuild said "(new)" and not why)
    lines += [f"  {claim}: {why}; value unchanged" for claim, why in result.why.items() if claim not in changed]
    lines += [f"  {claim}: removed from the catalogue, so no longer in the baseline" for claim in result.removed]
    lines += [f"  {line}" for line in result.general]
    lines += [f"  {claim}: kept the accepted value (the sources give the same value as before)"
              for claim in result.kept]
    lines += [f"  warning: {claim}: the edited sources now say {new!r}, replacing {accepted!r} accepted from finding "
              f"{finding} (it stays accepted in the history; if it still holds, accept it again: claimwatch accept {finding})"
              for claim, accepted, finding, new in result.overridden]
    return lines
