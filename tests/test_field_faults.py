"""Field faults (issue 13), one test per family, each through the real monitor flow against a server on
127.0.0.1 and a real SQLite file: what people who run feed readers and scrapers hit, rebuilt as fixtures
written here. Each test records its counts for docs/RELIABILITY.md (`make reliability`)."""

import gzip
import json

import pytest

from claimwatch.cli import main
from extractors.feeds import read_date
from extractors.pages import extract_article, is_consent_notice
from tests.conftest import article_html, atom, rss
from tests.test_reliability import PARAS, run, table, tally


def sequence(*answers):
    """A handler answering the n-th request with the n-th (status, body, headers); the last one repeats."""
    count = {"n": 0}

    def handle(h):
        status, body, headers = answers[min(count["n"], len(answers) - 1)]
        count["n"] += 1
        h.send_response(status)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            h.send_header(key, value)
        h.end_headers()
        h.wfile.write(body)
    return handle


def page(title, n=0, extra=()):
    return article_html(title, [f"{title}, report number {n}."] + PARAS + list(extra)).encode()


def errors_of(report):
    return {e["url"]: e["message"] for e in report["errors"]}


def warnings_of(report):
    return [(w["url"], w["message"]) for w in report.get("warnings", [])]


# Family 1: a temporary failure must not lose an article for good.

def test_refusals_and_glitches_are_retried_by_later_runs_with_back_off_and_permanent_ones_say_so(
        server, tmp_path, prefect_harness, record_property):
    blocked = (403, b"<html><body><h1>403</h1><p>Request blocked.</p></body></html>", {})
    corrupt = (200, b"\x1f\x8b\x08\x00not-really-gzip" * 4, {"Content-Encoding": "gzip"})
    later = {  # path -> the answers: refused or broken first, then the page
        "/p/403-once": [blocked, (200, page("Oil talks"), {})],
        "/p/401-once": [(401, b"login", {}), (200, page("Rail loan"), {})],
        "/p/404-once": [(404, b"not yet", {}), (200, page("Grain deal"), {})],
        "/p/gzip-glitch": [corrupt, (200, page("Gas hub"), {})],
    }
    for path, answers in later.items():
        server.add(path, b"", handler=sequence(*answers))
    # Said gzip, sent plain: read as it is, in the first run.
    server.add("/p/gzip-plain", b"", handler=sequence((200, page("Port visit"), {"Content-Encoding": "gzip"})))
    server.add("/p/410", b"", handler=sequence((410, b"gone", {})))
    server.add("/p/403-always", b"", handler=sequence(blocked))
    paths = [*later, "/p/gzip-plain", "/p/410", "/p/403-always"]
    feed = server.add("/feed.xml", rss([{"title": p, "link": server.url(p)} for p in paths]))
    db = str(tmp_path / "c.db")

    first = run(tmp_path, [feed])
    errors = errors_of(first)
    assert server.url("/p/gzip-plain") not in errors
    for path in later:
        assert "tried again by a later run" in errors[server.url(path)], path
    assert "permanent: not retried" in errors[server.url("/p/410")]
    assert {p: server.hits(p) for p in paths} == dict.fromkeys(paths, 1)  # none retried within the run

    second = run(tmp_path, [feed])
    stored = {r["url"] for r in table(tmp_path, "select url from articles")}
    assert {server.url(p) for p in [*later, "/p/gzip-plain"]} <= stored
    assert server.hits("/p/410") == 1 and server.hits("/p/403-always") == 2
    assert "attempt 2 of 3" in errors_of(second)[server.url("/p/403-always")]

    run(tmp_path, [feed])  # back-off: after a second failure the entry skips one run
    assert server.hits("/p/403-always") == 2
    fourth = run(tmp_path, [feed])
    assert server.hits("/p/403-always") == 3
    assert "rejected after 3 attempts" in errors_of(fourth)[server.url("/p/403-always")]
    run(tmp_path, [feed])
    assert server.hits("/p/403-always") == 3  # given up

    # The operator asks for a retry once the site lets us in again.
    server.add("/p/403-always", b"", handler=sequence((200, page("Arms talks"), {})))
    assert main(["retry", "--url", server.url("/p/403-always"), "--db", db]) == 0
    assert main(["retry", "--url", server.url("/p/never-seen"), "--db", db]) == 2
    last = run(tmp_path, [feed])
    assert last["run"]["counts"]["articles_new"] == 1 and last["errors"] == []
    recovered = {r["url"] for r in table(tmp_path, "select url from articles")}
    expected = {server.url(p) for p in [*later, "/p/gzip-plain", "/p/403-always"]}
    tally(record_property, cases=len(paths), survived=len(expected & recovered) + (server.hits("/p/410") == 1),
          lost=len(expected - recovered))
    assert expected == recovered


# Family 2: links and identity.

def test_links_resolve_after_redirects_and_one_story_is_one_article_by_any_of_its_urls(
        server, tmp_path, prefect_harness, record_property):
    server.add("/rss.xml", b"", status=301, headers={"Location": "/en/rss.xml"})
    server.add("/en/rss.xml", rss([{"title": "Wheat", "link": "world/wheat"}]).replace(
        "http://example.invalid/", "./"), content_type="application/rss+xml")
    server.add("/en/world/wheat", page("Wheat exports double"))
    # An aggregator's rotating links, each a redirect to the publisher's page with tracking parameters.
    server.add("/agg/A", b"", status=302, headers={"Location": "/world/loan?utm_source=agg"})
    server.add("/agg/B", b"", status=302, headers={"Location": "/world/loan?utm_source=agg&utm_medium=rss"})
    canonical = f'<link rel="canonical" href="{server.url("/world/loan")}">'
    loan = page("Russia lends Iran funds for the railway").decode()
    server.add("/world/loan", loan.replace("</head>", canonical + "</head>"))
    # The same story on its AMP page, which names its canonical page.
    amp = f'<link rel="amphtml" href="{server.url("/news/port/amp")}">'
    server.add("/news/port", page("Caspian port opens").decode().replace("</head>", amp + "</head>"))
    server.add("/news/port/amp", page("Caspian port opens").decode().replace(
        "</head>", f'<link rel="canonical" href="{server.url("/news/port")}"></head>'))
    # Two different stories of one site whose extracted text is the same notice.
    notice = ["Subscribe to read this story. Our reporting from Tehran and Moscow is funded by readers like you, "
              "and subscribers get every story, newsletter and archive page."]
    notices = {"/s/one": "Drone factory opens", "/s/two": "Trade corridor talks", "/s/three": "Summit in Baku"}
    for path, title in notices.items():
        server.add(path, article_html(title, notice).replace(f"<h1>{title}</h1>", ""))
    agg = server.add("/agg.xml", rss([{"title": "Loan", "link": server.url("/agg/A"), "guid": "g-1"},
                                      {"title": "Port", "link": server.url("/news/port"), "guid": "p-1"},
                                      *[{"title": t, "link": server.url(p)} for p, t in notices.items()]]))

    first = run(tmp_path, [server.url("/rss.xml"), agg])
    assert server.hits("/en/world/wheat") == 1 and server.hits("/world/wheat") == 0
    assert first["run"]["counts"]["articles_new"] == 4  # wheat, loan, port, the first notice
    # Pages finish in any order: whichever notice page came first was stored, the others were refused
    # (not merged into it), and at the third the first is known for boilerplate too: kept, not analysed.
    refused = [p for p in notices if "boilerplate" in errors_of(first).get(server.url(p), "")]
    kept = table(tmp_path, "select url, relevant from articles where text like 'Subscribe to read%'")
    assert len(refused) == 2 and len(kept) == 1 and kept[0]["relevant"] == 0
    assert any(u == kept[0]["url"] and "not analysed" in m for u, m in warnings_of(first))
    entries = {r["url"]: r for r in table(tmp_path, "select url, status, article_id from entries")}
    assert all(entries[server.url(p)]["article_id"] is None for p in refused)

    # Run 2: the same stories under a new aggregator link and guid (page updated) and under the AMP URL.
    server.add("/world/loan", loan.replace("</head>", canonical + "</head>").replace(
        "</article>", "<p>The first tranche is due in June, the roads minister added.</p></article>"))
    server.add("/agg.xml", rss([{"title": "Loan", "link": server.url("/agg/B"), "guid": "g-2"},
                                {"title": "Port", "link": server.url("/news/port/amp"), "guid": "p-2"}]))
    second = run(tmp_path, [agg])
    loans = table(tmp_path, "select id, text, canonical_url from articles where url like '%/world/loan%'")
    ports = table(tmp_path, "select id from articles where url like '%/news/port%'")
    checks = [second["run"]["counts"]["articles_new"] == 0, len(loans) == 1, len(ports) == 1,
              "first tranche" in loans[0]["text"], loans[0]["canonical_url"] == server.url("/world/loan"),
              any("update" in m for _, m in warnings_of(second))]
    tally(record_property, cases=len(checks), survived=sum(checks), lost=int(not loans) + int(not ports))
    assert all(checks), checks


# Family 3: dates never invented.

@pytest.mark.parametrize("raw, expected", [
    ("2025/3/4 15:07:41", "2025-03-04T15:07:41+00:00"),          # feedparser: 2025-<this month>-01
    ("Tue, 04 Mar 2025 15:07:41 MSK", "2025-03-04T12:07:41+00:00"),   # feedparser: read as UTC
    ("Tue, 04 Mar 2025 15:07:41 IRST", "2025-03-04T11:37:41+00:00"),
    ("Tue, 04 Mar 2025 15:07:41 +0330", "2025-03-04T11:37:41+00:00"),
    ("2025-03-04T15:07:41+03:00", "2025-03-04T12:07:41+00:00"),
    ("Di, 04 Mär 2025 15:07:41 +0100", "2025-03-04T14:07:41+00:00"),
    ("Tue, 04 Mar 2025 15:07:41 XYZ", None),                      # an unknown zone is not UTC
    ("04.03.2025 15:07", None),                                   # 4 March or 3 April
    ("yesterday", None), ("March 2025", None), ("not a date", None),
])
def test_a_date_is_read_from_its_raw_string_or_refused(raw, expected):
    when, problem = read_date(raw)
    assert (when.isoformat() if when else None) == expected
    assert expected is not None or problem


def test_feed_dates_are_checked_and_an_unreadable_one_gives_way_to_the_next_source(
        server, tmp_path, prefect_harness, record_property):
    cases = {  # path -> (pubDate, the article's published date)
        "/d/slashes": ("2025/3/4 15:07:41", "2025-03-04T15:07:41+00:00"),
        "/d/msk": ("Tue, 04 Mar 2025 15:07:41 MSK", "2025-03-04T12:07:41+00:00"),
        "/d/unknown-zone": ("Tue, 04 Mar 2025 15:07:41 XYZ", None),
        "/d/ambiguous": ("04.03.2025", None),
    }
    for path in cases:  # pages without date markup: the feed's date is the article's
        server.add(path, page(f"Story {path}"))
    server.add("/d/atom-page", page("Atom story"))
    feed = server.add("/dates.xml", rss([{"title": p, "link": server.url(p), "pubDate": d}
                                         for p, (d, _) in cases.items()]))
    # Atom: an unreadable <published> gives way to <updated>.
    entry = atom([{"title": "Atom", "link": server.url("/d/atom-page"), "updated": "2025-03-05T10:00:00Z"}])
    atom_feed = server.add("/dates.atom", entry.replace("<updated>2025-03-05", "<published>2025/13/45 99:99</published>"
                                                        "<updated>2025-03-05"), content_type="application/atom+xml")
    report = run(tmp_path, [feed, atom_feed])
    stored = {r["url"]: r for r in table(tmp_path, "select url, published, date_source from articles")}
    warnings = warnings_of(report)
    good = 0
    for path, (_, expected) in cases.items():
        row = stored[server.url(path)]
        if expected:
            good += row["published"] == expected and row["date_source"] == "feed"
        else:  # dropped with a warning: the fetch time is the date, said so by date_source
            good += row["date_source"] == "fetched" and any(u == server.url(path) and "dropped" in m
                                                           for u, m in warnings)
    atom_row = stored[server.url("/d/atom-page")]
    good += atom_row["published"] == "2025-03-05T10:00:00+00:00" and any("dropped" in m for u, m in warnings
                                                                         if u == server.url("/d/atom-page"))
    tally(record_property, cases=len(cases) + 1, survived=good, lost=len(cases) + 1 - len(stored))
    assert good == len(cases) + 1, (stored, warnings)
    assert any("feedparser had" in m for u, m in warnings if u == server.url("/d/slashes"))


# Family 4: nothing dropped silently.

def test_linkless_items_long_feeds_and_continued_articles_are_kept_or_reported(
        server, tmp_path, prefect_harness, record_property):
    statement = ("The defence ministry said on Friday that Iran has received the first batch of Su-35 fighter jets "
                 "from Russia, and that its pilots finished their training last year.")
    items = [{"title": f"Archive {i}", "link": server.url(f"/old/{i}"), "pubDate": f"Mon, {i + 1:02d} Jan 2024 09:00:00 GMT"}
             for i in range(27)]  # oldest first, as some archives list them
    for i in range(27):
        server.add(f"/old/{i}", page(f"Archive {i}", i))
    items.append({"title": "Newest", "link": server.url("/news/newest"), "pubDate": "Thu, 15 May 2025 09:00:00 GMT"})
    server.add("/news/newest", page("Newest story"))
    dated = "<pubDate>Fri, 14 Mar 2025 12:00:00 GMT</pubDate>"
    linkless = (f'<item><title>Statement on deliveries</title><guid isPermaLink="false">brief-31</guid>{dated}'
                f'<description><![CDATA[<p>{statement}</p>]]></description></item>'
                f'<item><title>Empty</title><guid isPermaLink="false">brief-32</guid>{dated}'
                '<description></description></item>')
    long_feed = server.add("/long.xml", rss(items).replace("</channel>", linkless + "</channel>"))
    # An article over three pages; another whose third page fails; a rel=next to the next story is no page 2.
    nxt = lambda url: f'<link rel="next" href="{url}">'  # noqa: E731
    server.add("/long/a", b"", handler=lambda h: h.send_plain(200, _pages_a(h, server, nxt), "text/html"))
    server.add("/long/b", b"", handler=lambda h: _pages_b(h, server, nxt))
    server.add("/long/c", page("Rail", 1).decode().replace("</head>", nxt(server.url("/other/story")) + "</head>"))
    server.add("/other/story", page("Other"))
    pages_feed = server.add("/pages.xml", rss([{"title": t, "link": server.url(p)}
                                               for t, p in [("Arms", "/long/a"), ("Gas", "/long/b"), ("Rail", "/long/c")]]))

    report = run(tmp_path, [long_feed, pages_feed], max_entries_per_feed=25)
    stored = {r["url"]: r for r in table(tmp_path, "select url, text, partial from articles")}
    warnings = warnings_of(report)
    linkless = [r for u, r in stored.items() if "#entry-brief-31" in u]
    checks = {
        "linkless stored": len(linkless) == 1 and statement in linkless[0]["text"],
        "empty linkless reported": any("brief-32" in m and "no link" in m for _, m in warnings),
        "newest kept": server.url("/news/newest") in stored,
        "oldest not read": sum(server.hits(f"/old/{i}") for i in range(5)) == 0 and server.hits("/old/5") == 1,
        "cut reported": any("newest 25 kept" in m for _, m in warnings),
        "pages joined": "S-400 order" in stored[server.url("/long/a")]["text"]
                        and "deliveries begin" in stored[server.url("/long/a")]["text"]
                        and not stored[server.url("/long/a")]["partial"],
        "partial marked": stored[server.url("/long/b")]["partial"] == 1
                          and any(u == server.url("/long/b") and "partial" in m for u, m in warnings),
        "next story not joined": server.hits("/other/story") == 0,
    }
    tally(record_property, cases=len(checks), survived=sum(checks.values()),
          lost=int(not checks["linkless stored"]) + int(not checks["newest kept"]))
    assert all(checks.values()), checks


def _pages_a(h, server, nxt):
    if "page=2" in h.path:
        body = page("Arms", 2, ["Page two says the S-400 order was signed."]).decode()
        return body.replace("</head>", nxt(server.url("/long/a?page=3")) + "</head>").encode()
    if "page=3" in h.path:
        return page("Arms", 3, ["Page three says deliveries begin next year."])
    return page("Arms", 1).decode().replace("</head>", nxt(server.url("/long/a?page=2")) + "</head>").encode()


def _pages_b(h, server, nxt):
    if "page=2" in h.path:
        h.send_plain(200, page("Gas", 2).decode().replace("</head>", nxt(server.url("/long/b?page=3")) + "</head>")
                     .encode(), "text/html")
    elif "page=3" in h.path:
        h.send_plain(503, b"busy")
    else:
        h.send_plain(200, page("Gas", 1).decode().replace("</head>", nxt(server.url("/long/b?page=2")) + "</head>")
                     .encode(), "text/html")


# Family 5: the text is the article, not the page.

COMMENT = ("Not true. The free trade agreement between Iran and the Eurasian Economic Union has entered into force, "
           "and Iran is now a full member of the union.")
STORY = ["Iran and the Eurasian Economic Union are still negotiating the details of a full free-trade agreement, "
         "officials in Tehran said on Monday.",
         "The interim deal that cut tariffs on about half of traded goods remains in place, they said.",
         "Economists expect Iranian farm exports to gain most from a full agreement."]
BANNER = ('<div class="cookie-consent"><h2>We value your privacy</h2><p>We and our partners use cookies to store '
          'and access information on your device, to personalise content and ads and to measure audiences. '
          'You can accept or manage your choices at any time.</p><button>Accept all</button></div>')


def _with_comments(markup):
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Free trade talks</title></head>"
            f"<body><main><h1>Free trade talks</h1>{body}{markup}</main></body></html>")


def _in_aside(title, paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>{BANNER}"
            f"<div class='page'><aside class='content-area'><h1>{title}</h1>{body}</aside></div></body></html>")


@pytest.mark.parametrize("markup", [
    f'<div class="discussion"><h3>Reader discussion</h3><p><b>reader_one</b> wrote:</p><p>{COMMENT}</p></div>',
    f'<section class="reader-comments"><p>{COMMENT}</p></section>',
    f'<div><h3>12 comments</h3><div><p>{COMMENT}</p></div></div>',    # no class names: cut at the heading
])
def test_readers_comments_are_not_the_article_text(markup):
    article = extract_article(_with_comments(markup), "http://127.0.0.1/analysis/fta")
    assert "still negotiating" in article.text and "entered into force" not in article.text


def test_a_consent_banner_is_not_an_article():
    assert is_consent_notice("We value your privacy. We and our partners use cookies; accept or manage choices.")
    assert not is_consent_notice(" ".join(STORY))


def test_comments_and_banners_never_become_the_outlets_findings_nor_merge_two_stories(
        server, tmp_path, prefect_harness, record_property):
    links = {
        "/a/fta": _with_comments(f'<div class="discussion"><h3>Reader discussion</h3><p>{COMMENT}</p></div>'),
        "/a/fta-plain": _with_comments(f'<div><h3>Comments (2)</h3><p>{COMMENT}</p></div>').replace(
            "Free trade talks", "Free trade talks go on"),
        "/a/helicopters": _in_aside("Iran receives Russian helicopters", [
            "Iran has taken delivery of Russian attack helicopters, the Iranian army said on Tuesday.",
            "The delivery is the first confirmed transfer of Russian combat aircraft in years, analysts said."]),
        "/a/grain": _in_aside("Russia and Iran open a grain hub", [
            "A grain terminal built with Russian money opened at the Caspian port of Amirabad on Wednesday.",
            "The terminal can store 200,000 tonnes of wheat, Iranian state media reported."]),
    }
    for path, html in links.items():
        server.add(path, html)
    feed = server.add("/feed.xml", rss([{"title": p, "link": server.url(p)} for p in links]))
    report = run(tmp_path, [feed])
    stored = {r["url"]: r["text"] for r in table(tmp_path, "select url, text from articles")}
    eaeu = [f for f in report["findings"] if f["claim"] == "eaeu-free-trade" and f["verdict"] != "confirmed"]
    checks = [
        all("entered into force" not in stored.get(server.url(p), "") for p in ("/a/fta", "/a/fta-plain")),
        eaeu == [],
        "helicopters" in stored.get(server.url("/a/helicopters"), ""),
        "grain terminal" in stored.get(server.url("/a/grain"), ""),
        all("cookies" not in text for text in stored.values()),
        report["run"]["counts"]["articles_new"] == len(links),
    ]
    tally(record_property, cases=len(checks), survived=sum(checks), lost=len(links) - len(stored))
    assert all(checks), (checks, eaeu, stored)
