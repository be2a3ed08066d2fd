"""Faults and bad input against servers on 127.0.0.1: every run completes, every failure is recorded with URL,
stage and reason, transient failures are retried (by Prefect within the run, from the entries table next run),
and the good items of the same run are stored."""

import gzip
import json
import socket
import struct
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlite_utils
from prefect.task_runners import ThreadPoolTaskRunner

from claimwatch.cli import main
from settings.config import FetchSettings
from claimwatch.pipeline import read_feed
from extractors.feeds import parse_feed
from extractors.http import make_client
from flows.monitor import monitor
from reports.model import Report
from reports.render import headline
from tests.conftest import SHARED_DATA, article_html, atom, need_shared, rss

PARAS = ["Officials in Tehran and Moscow met on Tuesday to discuss a new transport corridor linking the two countries.",
         "The Russian delegation said the talks covered rail freight, customs procedures and payment systems.",
         "Iran's roads minister told reporters that both sides hoped to agree on a timetable before the summer."]
RETRIES = 2  # flows/monitor.py: transient failures get two more tries within the run
FAST = {"read_timeout": 1, "total_timeout": 1.5, "max_page_bytes": 1_000_000, "max_feed_bytes": 1_000_000}


@contextmanager
def peak_rss_growth():
    """Peak resident memory growth of this process during the block (Linux: VmHWM reset via clear_refs)."""
    def status(key):
        with open("/proc/self/status") as handle:
            return next(int(line.split()[1]) * 1024 for line in handle if line.startswith(key))
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pytest.skip("peak RSS cannot be reset here (/proc/self/clear_refs)")
    base, result = status("VmRSS"), {}
    yield lambda: result["growth"]
    result["growth"] = status("VmHWM") - base


def tally(record_property, cases, survived, lost=0):
    """Counts for docs/RELIABILITY.md, read back from `pytest --junitxml` (see there): faults and bad inputs
    tried, how many the run survived as specified, and good items lost."""
    record_property("cases", cases)
    record_property("survived", survived)
    record_property("data_lost", lost)


def run(tmp_path, feeds, **fetch):
    """One real monitor run over `feeds`, with [fetch] settings from a feeds file; returns report.json."""
    settings = {**FAST, **fetch}
    path = tmp_path / "feeds.toml"
    path.write_text("[fetch]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in settings.items()))
    flow = monitor.with_options(task_runner=ThreadPoolTaskRunner(max_workers=32))  # as the CLI does
    state = flow(feeds=feeds, feeds_file=str(path), db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"),
                 allow_loopback=True, return_state=True)
    folder = state.result(raise_on_failure=False)  # most feeds failing fails the run; its report is written
    return json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))


def table(tmp_path, sql):
    return list(sqlite_utils.Database(tmp_path / "c.db").query(sql))


def good_page(server, path, n=0):
    return server.add(path, article_html(f"Story {path}", [f"Story {path} number {n}."] + PARAS))


# Misbehaving servers, as handlers of tests.conftest.Handler.

def reset(h):
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST
    h.connection.close()
    h.close_connection = True


def truncated(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "10000")
    h.end_headers()
    h.wfile.write(b"<html><body><p>" + b"x" * 500)
    h.close_connection = True


def slow(h):
    time.sleep(2.5)  # longer than read_timeout = 1
    try:
        h.send_plain(200, article_html("Late", PARAS).encode())
    except OSError:
        pass


def dribble(h):
    """Headers one line every 0.3 s: no single read times out, the response never ends."""
    try:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(30):
            h.wfile.write(b"X-Wait: 1\r\n")
            h.wfile.flush()
            time.sleep(0.3)
    except OSError:
        pass
    h.close_connection = True


def undeclared_oversize(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    try:
        for _ in range(40):
            h.wfile.write(b"<p>" + b"y" * 50_000 + b"</p>")
    except OSError:
        pass
    h.close_connection = True


GZIP_BOMB = gzip.compress(b"<html><body>" + b"A" * 50_000_000, 9)  # ~50 KB that inflates to 50 MB
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

# path -> (route kwargs, stage, reason in the message, fetched again by the next run, requests the run makes)
PAGE_FAULTS = {
    "/p/500": (dict(body=b"oops", status=500), "fetch", "HTTP 500", True, 1 + RETRIES),
    "/p/503": (dict(body=b"busy", status=503), "fetch", "HTTP 503", True, 1 + RETRIES),
    "/p/429": (dict(body=b"slow down", status=429, headers={"Retry-After": "1"}), "fetch", "HTTP 429", True,
               1 + RETRIES),
    "/p/slow": (dict(body=b"", handler=slow), "fetch", "timeout", True, 1 + RETRIES),
    "/p/dribble": (dict(body=b"", handler=dribble), "fetch", "too slow", True, 1 + RETRIES),
    "/p/reset": (dict(body=b"", handler=reset), "fetch", "connection failed", True, 1 + RETRIES),
    "/p/truncated": (dict(body=b"", handler=truncated), "fetch", "body truncated", True, 1 + RETRIES),
    "/p/gzip-bomb": (dict(body=GZIP_BOMB, headers={"Content-Encoding": "gzip"}), "fetch", "too large", False, 1),
    "/p/stacked-gzip": (dict(body=gzip.compress(gzip.compress(b"<html></html>")),
                             headers={"Content-Encoding": "gzip, gzip"}),
                        "fetch", "stacked content-encoding", False, 1),
    "/p/corrupt-gzip": (dict(body=b"\x1f\x8b\x08\x00garbage-not-deflate" * 4, headers={"Content-Encoding": "gzip"}),
                        "fetch", "undecodable body", True, 1),  # a server glitch: next run, not this one
    "/p/oversized": (dict(body=b"<html>" + b"z" * 1_200_000), "fetch", "too large: 1200006 bytes declared", False, 1),
    "/p/oversized-undeclared": (dict(body=b"", handler=undeclared_oversize), "fetch", "too large: over", False, 1),
    "/p/pdf": (dict(body=PDF, content_type="application/pdf"), "fetch", "unexpected content-type application/pdf",
               False, 1),
    "/p/png": (dict(body=PNG, content_type="image/png"), "fetch", "unexpected content-type image/png", False, 1),
    "/p/pdf-as-html": (dict(body=PDF, content_type="text/html"), "extract", "not HTML: binary document", False, 1),
    "/p/empty": (dict(body=b""), "extract", "empty body", False, 1),
    "/p/no-text": (dict(body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>"), "extract",
                   "article text", False, 1),
    "/p/loop": (dict(body=b"", status=302, headers={"Location": "/p/loop"}), "fetch", "more than 5 redirects",
                False, 6),
    "/p/ping": (dict(body=b"", status=301, headers={"Location": "/p/pong"}), "fetch", "more than 5 redirects",
                False, 3),
    "/p/pong": (dict(body=b"", status=301, headers={"Location": "/p/ping"}), None, None, False, 3),
}


def test_page_faults_are_recorded_good_pages_stored_and_transient_ones_fetched_next_run(server, tmp_path,
                                                                                        prefect_harness,
                                                                                        record_property):
    good = [good_page(server, f"/good/{i}", i) for i in range(3)]
    for path, (route, *_) in PAGE_FAULTS.items():
        server.add(path, **route)
    listed = [p for p, spec in PAGE_FAULTS.items() if spec[1]]
    links = good + [server.url(p) for p in listed]
    feed = server.add("/feed.xml", rss([{"title": f"T {u}", "link": u} for u in links]))

    started = time.monotonic()
    report = run(tmp_path, [feed])
    elapsed = time.monotonic() - started

    assert report["run"]["counts"] == {"entries_seen": 3 + len(listed), "articles_new": 3, "articles_relevant": 3,
                                       "errors": len(listed)}
    errors = {e["url"]: e for e in report["errors"]}
    recorded = [p for p in listed if server.url(p) in errors and PAGE_FAULTS[p][2] in errors[server.url(p)]["message"]]
    assert set(errors) == {server.url(p) for p in listed}
    for path in listed:
        _, stage, reason, _, _ = PAGE_FAULTS[path]
        assert errors[server.url(path)]["stage"] == stage and reason in errors[server.url(path)]["message"], path
    assert {p: server.hits(p) for p in PAGE_FAULTS} == {p: spec[4] for p, spec in PAGE_FAULTS.items()}
    status = {r["url"]: r["status"] for r in table(tmp_path, "select url, status from entries")}
    assert all(status[u] == "stored" for u in good)
    for path in listed:  # transient: fetched again next run; permanent: left alone
        assert status[server.url(path)] == ("failed" if PAGE_FAULTS[path][3] else "rejected"), path
    # the slow and dribbling servers are bounded by read_timeout and total_timeout: their reasons above ("timeout",
    # "too slow") show it; the wall-clock time is a figure, not a pass mark (it varies with the machine's load)
    record_property("run_seconds", round(elapsed, 1))

    transient = [p for p in listed if PAGE_FAULTS[p][3]]
    for path in transient:  # the servers recover
        good_page(server, path)
    hits_before = {p: server.hits(p) for p in PAGE_FAULTS}
    second = run(tmp_path, [feed])
    assert second["run"]["counts"]["articles_new"] == len(transient) and second["errors"] == []
    assert {p: server.hits(p) - hits_before[p] for p in PAGE_FAULTS} == {p: int(p in transient) for p in PAGE_FAULTS}
    stored = table(tmp_path, "select url, count(*) n from articles group by url")
    expected = good + [server.url(p) for p in transient]
    tally(record_property, cases=len(listed) + 1, survived=len(recorded) + (second["errors"] == []),
          lost=len(set(expected) - {r["url"] for r in stored}))
    assert sorted(r["url"] for r in stored) == sorted(expected)
    assert all(r["n"] == 1 for r in stored)


def entity_feed(decls, ref, link):
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{decls}]>\n<rss version="2.0"><channel><title>{ref}</title>'
            f'<item><title>t</title><link>{link}</link><description>{ref}</description></item></channel></rss>')


BILLION_LAUGHS = "<!ENTITY lol0 \"lol\">\n" + "".join(
    f"<!ENTITY lol{i} \"{('&lol%d;' % (i - 1)) * 10}\">\n" for i in range(1, 10))


def test_feed_faults_are_recorded_and_the_other_feeds_are_read(server, tmp_path, prefect_harness, record_property):
    pages = [good_page(server, f"/good/{i}", i) for i in range(4)]
    ok = server.add("/f/good", rss([{"title": "one", "link": pages[0]}, {"title": "two", "link": pages[1]}]))
    hostile_links = ["http://[::1", server.url("/x").replace(str(server.httpd.server_address[1]), "99999"),
                     "javascript:alert(1)", "file:///etc/passwd", "", "   "]
    mixed = server.add("/f/hostile-links", rss([{"title": "bad", "link": link} for link in hostile_links]
                                              + [{"title": "fine", "link": pages[2]}]))
    laughs = server.add("/f/billion-laughs", entity_feed(BILLION_LAUGHS, "&lol9;", pages[3]))
    quadratic = server.add("/f/quadratic", entity_feed(f'<!ENTITY a "{"A" * 10_000}">\n', "&a;" * 5_000, pages[3]))
    bad = {
        server.add("/f/503", b"busy", status=503): ("HTTP 503", 1 + RETRIES),
        server.add("/f/404", b"gone", status=404): ("HTTP 404", 1),
        server.add("/f/not-a-feed", '<?xml version="1.0"?><note><to>Tove</to><body>Hi</body></note>',
                   content_type="application/xml"): ("not a feed", 1),
        server.add("/f/html", article_html("A page", PARAS)): ("not a feed", 1),
        server.add("/f/zero-bytes", b"", content_type="application/rss+xml"): ("not a feed", 1),
        server.add("/f/truncated", b"", handler=truncated): ("body truncated", 1 + RETRIES),
        server.add("/f/bomb", GZIP_BOMB, content_type="application/rss+xml",
                   headers={"Content-Encoding": "gzip"}): ("too large", 1),
        server.add("/f/loop", b"", status=307, headers={"Location": "/f/loop"}): ("more than 5 redirects", 6),
        server.add("/f/pdf", PDF, content_type="application/pdf"): ("unexpected content-type", 1),
        quadratic: ("internal entities would expand to 100,000,000 characters", 1),
    }
    empty = server.add("/f/empty", rss([]))

    # no fault here is a slow server: generous timeouts, so that a loaded machine does not turn a good feed's slow
    # answer into a retried timeout and change the request counts below
    report = run(tmp_path, [ok, mixed, laughs, empty, *bad], read_timeout=15, total_timeout=30)

    errors = {e["url"]: e for e in report["errors"]}
    stored = [a["url"] for a in table(tmp_path, "select url from articles")]
    recorded = [u for u, (reason, _) in bad.items() if u in errors and reason in errors[u]["message"]]
    tally(record_property, cases=len(bad) + len(hostile_links) + 2,  # + billion laughs, empty feed
          survived=len(recorded) + len(hostile_links) * (pages[2] in stored) + (pages[3] in stored)
          + (empty not in errors), lost=len(set(pages) - set(stored)))
    assert set(errors) == set(bad) and all(e["stage"] == "feed" for e in errors.values())
    for url, (reason, hits) in bad.items():
        assert reason in errors[url]["message"], url
        assert server.hits(url.replace(server.base, "")) == hits, url
    assert report["run"]["counts"]["errors"] == len(bad)
    assert sorted(a["url"] for a in table(tmp_path, "select url from articles")) == sorted(pages)
    assert any(w["url"] == laughs for w in report["warnings"])  # read, with the undefined entity as a warning
    failed_feeds = {r["url"]: r["last_error"] for r in table(tmp_path, "select url, last_error from feeds")}
    assert all(reason in failed_feeds[url] for url, (reason, _) in bad.items())
    assert failed_feeds[empty] is None and failed_feeds[ok] is None


def test_a_feed_with_10000_entries_is_capped_and_stays_fast(server, tmp_path, prefect_harness, record_property):
    items = [{"title": f"Story {i}", "link": server.url(f"/n/{i}"), "pubDate": "Tue, 04 Jul 2023 08:00:00 GMT",
              "description": "Words about the story. " * 8} for i in range(10_000)]
    feed = server.add("/big.xml", rss(items), content_type="application/rss+xml")
    for i in range(25):  # off-topic pages: stored, not analysed
        server.add(f"/n/{i}", article_html(f"Weather {i}", [f"Forecast number {i}: rain in the north, sun in the "
                                                             "south, and a cold front arriving by the weekend."]))
    settings = FetchSettings(allow_loopback=True, max_entries_per_feed=25)

    # CPU seconds of this process, not wall time: the bound is on the work of a capped parse, and another
    # process on a loaded machine (the suite runs beside other jobs on 2 cores) must not fail it
    started = time.process_time()
    with make_client(settings) as client, peak_rss_growth() as growth:
        result = read_feed(client, settings, feed, None, None)
    parse_seconds = time.process_time() - started
    assert len(result.parsed.entries) == 25
    assert growth() < 200_000_000, f"feed stage grew RSS by {growth() / 1e6:.0f} MB"
    assert parse_seconds < 10

    started = time.process_time()
    report = run(tmp_path, [feed], max_entries_per_feed=25, max_feed_bytes=10_000_000)
    assert time.process_time() - started < 30
    assert report["run"]["counts"]["entries_seen"] == 25 and report["run"]["counts"]["articles_new"] == 25
    assert report["run"]["counts"]["articles_relevant"] == 0
    assert len(table(tmp_path, "select key from entries")) == 25
    tally(record_property, cases=1, survived=1, lost=25 - len(table(tmp_path, "select id from articles")))
    assert sum(server.hits(f"/n/{i}") for i in range(25, 10_000)) == 0


# Shared feedparser test feeds served with wrong charsets: what a misconfigured server sends.
WRONG_CHARSETS = [
    ("euc-kr.xml", "text/xml; charset=iso-8859-1", "\ub144"),             # server default over the XML declaration
    ("bozo_http_i18n.xml", "application/xml; charset=koi8-r", "Iñtërnâtiônàlizætiøn"),  # UTF-8 bytes said koi8-r
    ("large_atom_feed_that_needs_css_sanitisation.xml", "text/xml; charset=koi8-r", "Все для Nokia"),
    ("utf-16le-bom.xml", "text/xml", ""),                                  # the BOM beats RFC 3023's us-ascii
    ("utf-16le-bom.xml", "application/rss+xml; charset=utf-8", ""),
    ("koi8r.xml", "text/xml", ""),                                         # undeclared: detected, with a warning
    ("shiftjis.xml", "text/xml; charset=utf-8", ""),
    ("demoronize-1.xml", "text/xml; charset=us-ascii", ""),
    ("bozo_encoding_mismatch_crash.xml", "text/xml; charset=utf-8", ""),
    ("koi8r.xml", "", ""),                                                # no Content-Type header at all
    ("shiftjis.xml", "", ""),
]


@pytest.mark.parametrize("name, content_type, title", WRONG_CHARSETS, ids=[f"{n}|{c}" for n, c, _ in WRONG_CHARSETS])
def test_feeds_with_wrong_declared_charsets_are_read(server, name, content_type, title, record_property):
    content = (need_shared(SHARED_DATA / "feeds") / name).read_bytes()
    url = server.add(f"/{name}", content, content_type=content_type)
    settings = FetchSettings(allow_loopback=True)
    with make_client(settings) as client:
        result = read_feed(client, settings, url, None, None)  # raises on failure ("not a feed" included)
    # The oracle: the same bytes read with no HTTP charset, where only the document's own declaration, BOM or
    # detection decide. A wrong server charset must not change the feed's title, any entry's title or text,
    # nor which entries are skipped.
    alone = parse_feed(content, "", url)
    assert result.parsed.title == alone.title
    assert [(e.title, e.content) for e in result.parsed.entries] == [(e.title, e.content) for e in alone.entries]
    assert [n for _, n in result.parsed.notes] == [n for _, n in alone.notes]
    assert "\ufffd" not in result.parsed.title + "".join(e.title + (e.content or "") for e in result.parsed.entries)
    assert result.parsed.title.startswith(title)
    if name == "large_atom_feed_that_needs_css_sanitisation.xml":
        assert len(result.parsed.entries) == 15
    tally(record_property, cases=1, survived=1)


RU = ("Министры иностранных дел России и Ирана встретились в Москве и обсудили строительство железной дороги "
      "Решт-Астара и расчёты в национальных валютах.")


def ru_page(meta_charset, n):
    return (f'<!doctype html><html><head><meta charset="{meta_charset}"><title>Россия и Иран</title></head><body>'
            f"<article><h1>Россия и Иран</h1><p>{RU}</p><p>Материал номер {n}.</p></article></body></html>")


def test_pages_and_feed_with_wrong_declared_encodings_are_stored_readable(server, tmp_path, prefect_harness,
                                                                          record_property):
    pages = {  # path -> (bytes, declared content type)
        "/utf8-said-koi8": (ru_page("utf-8", 1).encode("utf-8"), "text/html; charset=koi8-r"),
        "/cp1251-said-utf8": (ru_page("windows-1251", 2).encode("cp1251"), "text/html; charset=utf-8"),
        "/cp1251-said-latin1": (ru_page("windows-1251", 3).encode("cp1251"), "text/html; charset=iso-8859-1"),
        "/koi8-said-nothing": (ru_page("koi8-r", 4).encode("koi8-r"), "text/html"),
        "/cp1251-said-unknown": (ru_page("windows-1251", 5).encode("cp1251"), "text/html; charset=x-no-such"),
    }
    for path, (body, ctype) in pages.items():
        server.add(path, body, content_type=ctype)
    doc = rss([{"title": f"Новости {i}", "link": server.url(p)} for i, p in enumerate(pages)])
    doc = doc.replace('encoding="utf-8"', 'encoding="windows-1251"').encode("cp1251")
    feed = server.add("/ru.xml", doc, content_type="application/rss+xml; charset=iso-8859-1")

    report = run(tmp_path, [feed])
    readable = [a for a in table(tmp_path, "select text from articles") if RU in a["text"]]
    titles = [r["title"] for r in table(tmp_path, "select title from entries") if r["title"].startswith("Новости")]
    tally(record_property, cases=len(pages) + 1, survived=len(readable) + (len(titles) == len(pages)),
          lost=len(pages) - len(readable))
    assert report["errors"] == [] and report["run"]["counts"]["articles_new"] == len(pages)
    assert sorted(r["title"] for r in table(tmp_path, "select title from entries")) == [
        f"Новости {i}" for i in range(len(pages))]
    for article in table(tmp_path, "select url, title, text from articles"):
        assert RU in article["text"] and article["title"] == "Россия и Иран", article["url"]


FINDING_PARAS = ["Iran became a full member of the Shanghai Cooperation Organisation on 4 July 2023, officials said.",
                 "Trade between Russia and Iran reached 5 billion dollars in 2023, according to customs data."]


def idempotence_feed(server, pages, order, tag):
    items = [{"title": f"T{i}", "link": f"{pages[i]}?utm_source={tag}#c{tag}", "guid": f"g{i}"} for i in order]
    return server.add("/feed.xml", rss(items))


def test_rerunning_unchanged_feeds_flags_nothing_and_stores_nothing_new(server, tmp_path, prefect_harness,
                                                                         record_property):
    pages = [server.add("/sco", article_html("SCO", FINDING_PARAS + PARAS, published="2023-07-05T08:00:00+00:00")),
             good_page(server, "/plain"),
             server.add("/copy", article_html("SCO", FINDING_PARAS + PARAS, published="2023-07-05T08:00:00+00:00")),
             server.add("/gone", b"gone", status=410),  # permanent (a 404 is tried once more by a later run)
             server.add("/doc.pdf", PDF, content_type="application/pdf")]
    feed = idempotence_feed(server, pages, range(5), "a")
    first = run(tmp_path, [feed])
    assert first["run"]["counts"] == {"entries_seen": 5, "articles_new": 2, "articles_relevant": 2, "errors": 2}
    assert first["findings"], "the SCO article should be flagged on first sight"
    snapshot = {t: table(tmp_path, f"select * from {t} order by 1") for t in ("articles", "entries", "feeds")}
    hits = list(server.requests)

    # Unchanged, then the same entries reordered with other tracking parameters and fragments.
    for order, tag in ((range(5), "a"), ((4, 2, 0, 3, 1), "b")):
        idempotence_feed(server, pages, order, tag)
        again = run(tmp_path, [feed])
        assert again["run"]["counts"] == {"entries_seen": 5, "articles_new": 0, "articles_relevant": 0, "errors": 0}
        assert again["findings"] == [] and again["new_developments"] == [] and again["errors"] == []
        assert table(tmp_path, "select * from articles order by 1") == snapshot["articles"]
        assert table(tmp_path, "select * from entries order by 1") == snapshot["entries"]
        assert [p for p, _ in server.requests[len(hits):] if not p.startswith("/feed.xml")] == []
        hits = list(server.requests)
    tally(record_property, cases=3, survived=3)  # two re-runs, one copy under another URL


SU35 = "Iran has taken delivery of its first Su-35 fighter jets from Russia, the Iranian air force said on Monday."
CORRECTED = ("Correction: Iran has not received any Su-35 fighter jets from Russia, the Iranian air force said on "
             "Tuesday, correcting an earlier statement.")


def test_an_entry_the_feed_says_was_edited_is_read_again(server, tmp_path, prefect_harness):
    # A correction published at the same URL under the same guid: the feed gives the item a new title and a
    # later date. The page is fetched again and stored as an update of its article, whose new text is analysed.
    page = server.add("/su35", article_html("Iran takes delivery of Su-35 jets", [SU35] + PARAS))
    other = server.add("/other", article_html("Corridor talks", PARAS))

    def publish(title, day, other_day):
        return server.add("/feed.xml", rss([
            {"title": title, "link": page, "guid": "su35-1", "pubDate": f"{day} Mar 2025 08:00:00 GMT"},
            {"title": "Corridor talks", "link": other, "guid": "other-1", "pubDate": f"{other_day} Mar 2025 08:00:00 GMT"}]))

    feed = publish("Iran takes delivery of Su-35 jets", "Mon, 03", "Mon, 03")
    first = run(tmp_path, [feed])
    assert [(f["claim"], f["observed"]["value"]) for f in first["findings"]] == [("su35-delivery", "delivered")]

    server.add("/su35", article_html("Correction: Iran has not received Su-35 jets", [CORRECTED] + PARAS))
    publish("Correction: Iran has not received Su-35 jets", "Tue, 04", "Mon, 03")
    hits = len(server.requests)
    second = run(tmp_path, [feed])
    fetched = [p for p, _ in server.requests[hits:] if not p.startswith("/feed.xml")]
    assert fetched == ["/su35"]  # the edited item only
    assert second["run"]["counts"]["articles_new"] == 0
    assert any("stored as an update" in w["message"] for w in second["warnings"]), second["warnings"]
    # read again, so the report does not say that nothing was read
    assert second["run"]["articles_updated"] == 1
    assert headline(Report.from_json(second)).startswith("No tracked claim changed in this run.")
    # the corrected text restates the baseline (not delivered): no change from it
    assert not [f for f in second["findings"] if f["verdict"] == "changed"]
    texts = [r["text"] for r in table(tmp_path, "select text from articles where url like '%/su35'")]
    assert len(texts) == 1 and "has not received" in texts[0]
    assert table(tmp_path, "select title, status from entries where guid = 'su35-1'") == [
        {"title": "Correction: Iran has not received Su-35 jets", "status": "stored"}]

    # A feed that stamps every item with the time of the fetch says nothing about edits: nothing fetched.
    publish("Correction: Iran has not received Su-35 jets", "Wed, 05", "Wed, 05")
    hits = len(server.requests)
    third = run(tmp_path, [feed])
    assert [p for p, _ in server.requests[hits:] if not p.startswith("/feed.xml")] == []
    assert third["run"]["counts"]["articles_new"] == 0 and third["findings"] == []


def test_an_atom_entry_whose_updated_date_moves_is_read_again(server, tmp_path, prefect_harness):
    # Atom gives both dates: <published> stays, <updated> says the entry was edited (RFC 4287 4.2.15)
    page = server.add("/su35", article_html("Iran takes delivery of Su-35 jets", [SU35] + PARAS))

    def publish(title, updated):
        return server.add("/atom.xml", atom([{"title": title, "link": page, "guid": "urn:su35-1",
                                              "published": "2025-03-03T08:00:00Z", "updated": updated}]))

    feed = publish("Iran takes delivery of Su-35 jets", "2025-03-03T08:00:00Z")
    run(tmp_path, [feed])
    server.add("/su35", article_html("Iran takes delivery of Su-35 jets", [CORRECTED] + PARAS))
    publish("Iran takes delivery of Su-35 jets", "2025-03-04T09:30:00Z")  # the title kept, as editors often do
    hits = len(server.requests)
    second = run(tmp_path, [feed])
    assert [p for p, _ in server.requests[hits:] if not p.startswith("/atom.xml")] == ["/su35"]
    assert second["run"]["articles_updated"] == 1
    texts = [r["text"] for r in table(tmp_path, "select text from articles where url like '%/su35'")]
    assert len(texts) == 1 and "has not received" in texts[0]
    hits = len(server.requests)
    third = run(tmp_path, [feed])  # the same <updated> again: nothing to fetch
    assert [p for p, _ in server.requests[hits:] if not p.startswith("/atom.xml")] == []
    assert "articles_updated" not in third["run"]


def feeds_toml(tmp_path, text):
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


# Cases beyond tests/test_config.py's: each is checked at the CLI edge for exit 2, one line, nothing written.
BAD_RUNS = [
    ("malformed", lambda p: ["--feeds", feeds_toml(p, '[[feeds]]\nurl = "https://x.example/f"\n[fetch\n')],
     "not valid TOML"),
    ("not-utf8", lambda p: ["--feeds", _latin1(p)], "cannot read"),
    ("unknown-feed-key", lambda p: ["--feeds", feeds_toml(p, '[[feeds]]\nurl = "https://x.example/f"\ncolour = 1\n')],
     "unknown key 'colour'"),
    ("unknown-notify-key", lambda p: ["--feeds", feeds_toml(p, '[notify]\nurl = "x"\n')],
     "[notify]: unknown key 'url' (did you mean 'urls'?)"),
    ("nan-timeout", lambda p: ["--feeds", feeds_toml(p, "[fetch]\nread_timeout = nan\n")], "positive and finite"),
    ("inf-timeout", lambda p: ["--feeds", feeds_toml(p, "[fetch]\ntotal_timeout = inf\n")], "positive and finite"),
    ("javascript-url", lambda p: ["--feeds", feeds_toml(p, '[[feeds]]\nurl = "javascript:alert(1)"\n')],
     "is not an http(s) URL"),
    ("space-in-host", lambda p: ["--feeds", feeds_toml(p, '[[feeds]]\nurl = "http://exa mple.com/rss"\n')],
     "whitespace or control characters"),
    ("broken-ipv6", lambda p: ["--feed", "http://[::1/rss"], "is not a valid URL"),
    ("port-out-of-range", lambda p: ["--feed", "https://news.example:99999/rss"], "is not a valid URL"),
    ("no-host", lambda p: ["--feed", "https:///rss"], "is not an http(s) URL"),
    ("db-is-a-directory", lambda p: ["--feed", "https://x.example/f", "--db", str(p)], "is a directory"),
    # Unwritable even for root (CI runs as root, where a mode-0500 directory is no obstacle).
    ("db-under-a-file", lambda p: ["--feed", "https://x.example/f", "--db", str(_file(p) / "c.db")],
     "cannot create it in"),
]


def _file(tmp_path):
    path = tmp_path / "not-a-directory"
    path.write_text("a file where the database folder should be\n")
    return path


def _latin1(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('[[feeds]]\nurl = "https://x.example/f"\nname = "Caf\xe9"\n'.encode("latin-1"))
    return str(path)


@pytest.mark.parametrize("name, args, problem", BAD_RUNS, ids=[b[0] for b in BAD_RUNS])
def test_bad_configuration_stops_with_one_line_exit_2_and_writes_nothing(tmp_path, capsys, name, args, problem,
                                                                         record_property):
    work = tmp_path / "work"
    work.mkdir()
    argv = ["run", *args(work)]
    if "--db" not in argv:
        argv += ["--db", str(work / "data" / "c.db")]
    before = sorted(work.rglob("*"))
    code = main(argv + ["--reports", str(work / "reports")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and problem in err[0], err
    assert sorted(work.rglob("*")) == before  # no database, no report folder
    tally(record_property, cases=1, survived=1)


@pytest.mark.parametrize("where", ["reports-under-a-file", "reports-in-sys", "reports-is-sys", "db-in-sys"])
def test_a_reports_folder_or_database_that_cannot_be_made_stops_the_run_before_any_fetch(tmp_path, capsys, where,
                                                                                       record_property):
    # A reports folder under a file was found only after the run had fetched, stored and analysed its articles:
    # the run failed with a traceback and the changes it had found were never shown. Root may write anywhere
    # os.access looks, yet no file can be made in /sys: the check tries one.
    from claimwatch.store import _can_create_in

    if "sys" in where and (not Path("/sys/kernel").is_dir() or _can_create_in(Path("/sys"))):
        pytest.skip("no read-only /sys on this machine")
    work = tmp_path / "work"
    work.mkdir()
    reports = {"reports-under-a-file": _file(work) / "r", "reports-is-sys": Path("/sys/kernel")}.get(
        where, Path("/sys/claimwatch-reports"))
    db = Path("/sys/claimwatch.db") if where == "db-in-sys" else work / "data" / "c.db"
    before = sorted(work.rglob("*"))
    code = main(["run", "--feed", "https://x.example/f", "--db", str(db), "--reports",
                 str(work / "reports" if where == "db-in-sys" else reports)])
    err = capsys.readouterr().err.strip().splitlines()
    what = "database path" if where == "db-in-sys" else "reports folder"
    # an existing folder that takes no file is named as such, not as one to create
    words = "/sys/kernel is not writable" if where == "reports-is-sys" else "cannot create it in"
    assert code == 2 and len(err) == 1 and what in err[0] and words in err[0], err
    assert sorted(work.rglob("*")) == before  # no database, no report folder, no Prefect home
    tally(record_property, cases=1, survived=1)


def test_an_unwritable_database_directory_stops_the_run(tmp_path, capsys, record_property):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write into read-only directories")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    code = main(["run", "--feed", "https://x.example/f", "--db", str(locked / "c.db"),
                 "--reports", str(tmp_path / "r")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "database path" in err[0]
    assert list(locked.iterdir()) == [] and not (tmp_path / "r").exists()
    tally(record_property, cases=1, survived=1)
