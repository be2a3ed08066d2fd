"""The page stage on its own: fetch and extract in threads, transient failures tried again within the run,
and a caller that stops early leaves the pages not yet started unfetched."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from settings.config import FetchSettings
from settings.errors import FetchError
from claimwatch.pipeline import read_pages
from extractors.feeds import Entry
from extractors.http import make_client
from extractors.pages import extract_article
from extractors.pool import PROCESS_POOL_MIN_PAGES, Extraction, worker_count
from tests.conftest import article_html

PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor linking them.",
         "The Russian delegation said the talks covered rail freight, customs procedures and payment systems."]


def entry(url):
    return Entry(key=url, url=url, guid="", title="", published=None, feed_url="http://127.0.0.1/feed.xml")


def flaky(body, failures):
    """Answers 503 the first `failures` times, then the page."""
    seen = {"n": 0}
    lock = threading.Lock()

    def handler(h):
        with lock:
            seen["n"] += 1
            failing = seen["n"] <= failures
        if failing:
            h.send_plain(503, b"busy")
            return
        h.send_plain(200, body, "text/html; charset=utf-8")
    return handler


def test_transient_failures_are_retried_and_permanent_ones_are_not(server):
    recovers = server.add("/recovers", b"", handler=flaky(article_html("Back", ["Back."] + PARAS).encode(), 2))
    down = server.add("/down", b"busy", status=503)
    gone = server.add("/gone", b"gone", status=404)
    good = server.add("/good", article_html("Good", ["Good."] + PARAS))
    settings = FetchSettings(allow_loopback=True, max_workers=4)
    with make_client(settings) as client:
        results = {e.url: r for e, r in read_pages(client, settings, [entry(u) for u in (recovers, down, gone, good)])}
    assert results[recovers].title == "Back" and results[good].title == "Good"
    assert isinstance(results[down], FetchError) and results[down].transient
    assert isinstance(results[gone], FetchError) and not results[gone].transient
    assert {p: server.hits(p) for p in ("/recovers", "/down", "/gone", "/good")} == \
        {"/recovers": 3, "/down": 3, "/gone": 1, "/good": 1}


def test_a_caller_that_stops_early_leaves_unstarted_pages_unfetched(server):
    urls = [server.add(f"/n/{i}", article_html(f"Story {i}", [f"Story {i}."] + PARAS)) for i in range(40)]
    settings = FetchSettings(allow_loopback=True, max_workers=2)
    with make_client(settings) as client:
        pages = read_pages(client, settings, [entry(u) for u in urls])
        next(pages)
        pages.close()  # as when storing the first article raised
    fetched = sum(server.hits(f"/n/{i}") for i in range(40))
    assert 1 <= fetched < 40


def test_many_pages_are_extracted_in_worker_processes_with_the_same_result(server):
    bodies = {server.add(f"/m/{i}", article_html(f"Story {i}", [f"Story number {i} begins here."] + PARAS)): i
              for i in range(PROCESS_POOL_MIN_PAGES)}
    settings = FetchSettings(allow_loopback=True, max_workers=4)
    with make_client(settings) as client:
        results = {e.url: r for e, r in read_pages(client, settings, [entry(u) for u in bodies])}
    assert len(results) == PROCESS_POOL_MIN_PAGES
    for url, i in bodies.items():
        alone = extract_article(article_html(f"Story {i}", [f"Story number {i} begins here."] + PARAS), url)
        got = results[url]
        assert not isinstance(got, BaseException), got
        assert (got.title, got.text, got.language, got.content_hash) == \
            (alone.title, alone.text, alone.language, alone.content_hash)


@pytest.mark.skipif(worker_count() < 2, reason="worker processes are used only with two cores or more")
def test_a_worker_process_that_dies_is_replaced_and_the_page_still_extracted():
    html = article_html("Rail link", ["Story number 7 begins here."] + PARAS)
    with Extraction(2) as extraction:
        first = extraction(html, "http://127.0.0.1/a")
        workers = list(extraction._pool._processes.values())
        assert workers and all(w.pid != os.getpid() for w in workers)
        for worker in workers:  # as when the OS kills a worker, or a page crashes lxml in it
            os.kill(worker.pid, signal.SIGKILL)
        for worker in workers:
            worker.join(10)
        again = extraction(html, "http://127.0.0.1/b")
        replaced = [w.pid for w in extraction._pool._processes.values()]  # a new pool, not this process
    assert again.text == first.text and again.title == "Rail link"
    assert replaced and not set(replaced) & {w.pid for w in workers}


def test_few_pages_are_extracted_in_this_process():
    assert Extraction.for_pages(PROCESS_POOL_MIN_PAGES - 1).processes == 0
    with Extraction(0) as extraction:
        assert extraction._pool is None
        assert extraction(article_html("Short", ["Story number 1 begins here."] + PARAS), "http://x/1").title == "Short"


KILLED_RUN = """
import os, signal, sys
sys.path.insert(0, {root!r})
from extractors.pool import Extraction
from tests.conftest import article_html

if __name__ == "__main__":
    extraction = Extraction(2)
    extraction(article_html("Rail link", ["Story number 7 begins here and goes on for a while.",
                                          "Another paragraph of the same story, long enough to keep."]), "http://x/1")
    print(" ".join(str(p.pid) for p in extraction._pool._processes.values()), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # as the OS's out-of-memory killer would
"""


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(worker_count() < 2 or not os.path.isdir("/proc"), reason="needs two cores and /proc")
def test_worker_processes_end_when_the_run_is_killed(tmp_path):
    script = tmp_path / "killed_run.py"
    script.write_text(KILLED_RUN.format(root=str(Path(__file__).resolve().parents[1])))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    workers = [int(p) for p in done.stdout.split()]
    assert workers
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)


@pytest.mark.parametrize("lede", [
    ["Iran and Russia signed the treaty in Moscow on Friday, officials in both capitals said."],
    ["Iran and Russia signed the treaty in Moscow on Friday, officials in both capitals said.",
     "Parliaments are due to ratify it in the spring."],
])
def test_a_short_page_keeps_its_headline_and_paragraphs_on_lines_of_their_own(lede):
    """Under 250 characters trafilatura takes a fallback's text, which ran the headline, a <time> and the
    paragraphs into one line: the engine then read the headline into the first sentence."""
    paragraphs = "".join(f"<p>{p}</p>" for p in lede)
    page = (f"<html><head><title>Pact</title></head><body><article><h1>Talks on a pact to resume</h1>"
            f"<time datetime='2025-01-17'>17 January 2025</time>{paragraphs}</article></body></html>")
    article = extract_article(page, "http://127.0.0.1/pact")
    assert article.text.splitlines() == ["Talks on a pact to resume", *lede]
    assert article.published.startswith("2025-01-17")


def test_the_persian_zero_width_non_joiner_is_kept():
    # trafilatura drops it (not printable): "سه‌شنبه" (Tuesday) became "سهشنبه" and quotes were not verbatim
    from extractors.pages import JOINER_MARK, extract_article

    para = "روسیه و ایران روز سه\u200cشنبه درباره راه\u200cآهن رشت آستارا در تهران گفتگو کردند. " * 4
    html = (f"<html lang=\"fa\"><head><meta charset=\"utf-8\"><title>سه\u200cشنبه در تهران</title></head><body>"
            f"<article><h1>سه\u200cشنبه در تهران</h1><p>{para}</p></article></body></html>")
    article = extract_article(html, "http://127.0.0.1/fa")
    assert article.title == "سه\u200cشنبه در تهران"
    assert "روز سه\u200cشنبه درباره راه\u200cآهن رشت" in article.text and JOINER_MARK not in article.text
    # a page that already holds the mark character is read as the library reads it: the mark stays itself
    marked = html.replace("</p>", f" {JOINER_MARK}</p>")
    assert JOINER_MARK in extract_article(marked, "http://127.0.0.1/fa").text


def test_a_date_after_the_fetch_time_is_not_taken_as_the_publication_date():
    """A feed entry dated 2027 in a run of 2026 (a wrong clock or a typo) was reported as published in 2027."""
    page = article_html("Railway talks", ["Officials from Iran and Russia met on the railway project this week, "
                                          "a ministry statement said, and agreed on the next steps."])
    fetched = "2026-12-02T01:00:00+00:00"
    ahead = extract_article(page, "http://127.0.0.1/rail", "2027-06-10T08:00:00+00:00", fetched)
    assert (ahead.published, ahead.date_source) == (fetched, "fetched")
    assert ahead.notes == ("the feed entry's date 2027-06-10 is after the fetch time 2026-12-02: not used",)
    # a day ahead is a time zone, not an error: kept as the feed gives it
    tomorrow = extract_article(page, "http://127.0.0.1/rail", "2026-12-03T06:00:00+10:00", fetched)
    assert (tomorrow.published, tomorrow.date_source, tomorrow.notes) == ("2026-12-03T06:00:00+10:00", "feed", ())


def test_walkfix23e_a_page_dated_years_before_its_feed_entry_keeps_its_own_date_with_a_note():
    """A 2019 story put in a "most read" feed with a 2026 pubDate (walk23 E1): the page's own date is the one its
    statements are judged by, and the run's report says the two disagree."""
    page = article_html("Caspian summit", ["The presidents of Iran and Russia met at the Caspian summit on Friday, "
                                           "officials said, and talked about shipping and fishing quotas."],
                        published="2019-10-11T08:00:00+00:00")
    fetched = "2026-12-02T01:00:00+00:00"
    old = extract_article(page, "http://127.0.0.1/caspian", "2026-11-30T10:00:00+00:00", fetched)
    assert (old.published[:10], old.date_source) == ("2019-10-11", "page")
    assert old.notes == ("the page's date 2019-10-11 is more than a year before the feed entry's date 2026-11-30: "
                         "the page's date is used",)
    # a few days apart (a late feed, an updated story) is no note
    recent = extract_article(page.replace("2019-10-11", "2026-11-27"), "http://127.0.0.1/caspian",
                             "2026-11-30T10:00:00+00:00", fetched)
    assert (recent.published[:10], recent.notes) == ("2026-11-27", ())
