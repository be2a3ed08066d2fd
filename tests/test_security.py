"""Hostile feeds and pages: no connection to private, link-local or (unless allowed) loopback addresses; no
entity expansion blow-up; article text stays inert in every report; no credential reaches a log or a report."""

import ipaddress
import json
import re
import socket
import time
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
import sqlite_utils
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import LogFilter, LogFilterTimestamp
from prefect.logging.handlers import APILogWorker
from prefect.settings import PREFECT_API_URL

from claimwatch.cli import main
from settings.config import FetchSettings
from settings.errors import FetchError
from claimwatch.pipeline import read_feed
from extractors.http import fetch, make_client, HTML_TYPES
from flows.monitor import monitor
from tests.conftest import article_html, rss
from tests.test_reliability import PARAS, entity_feed, peak_rss_growth, tally


@pytest.fixture
def connections(monkeypatch):
    """Every connect() and name lookup of this process, recorded; a non-loopback connect is blocked here too,
    so even a bug in the fetcher could not reach another machine."""
    seen = {"connect": [], "lookup": []}
    real_connect, real_lookup = socket.socket.connect, socket.getaddrinfo

    def connect(sock, address):
        seen["connect"].append(address)
        if isinstance(address, tuple) and not ipaddress.ip_address(address[0].split("%")[0]).is_loopback:
            raise ConnectionRefusedError(f"test guard: connect to {address[0]} blocked")
        return real_connect(sock, address)

    def lookup(host, *args, **kwargs):
        seen["lookup"].append(host)
        return real_lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return seen


def non_loopback(addresses):
    return [a for a in addresses if isinstance(a, tuple) and not ipaddress.ip_address(a[0].split("%")[0]).is_loopback]


def run(tmp_path, feeds, return_state=False):
    state = monitor(feeds=feeds, db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True,
                    return_state=True)
    folder = Path(state.result())
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return (report, folder, state.state_details.flow_run_id) if return_state else report


def entries(tmp_path):
    return {r["url"]: r for r in sqlite_utils.Database(tmp_path / "c.db").query("select * from entries")}


# Entry links at addresses a fetcher must never touch, with the reason it must give before connecting.
FORBIDDEN = {
    "http://10.0.0.1/admin": "non-public address 10.0.0.1",
    "http://169.254.169.254/latest/meta-data/": "non-public address 169.254.169.254",   # cloud metadata
    "http://192.168.1.1/": "non-public address 192.168.1.1",
    "http://100.100.100.200/latest/meta-data/": "non-public address 100.100.100.200",  # CGNAT (a metadata IP)
    "http://0.0.0.0:{port}/news/0": "non-public address 0.0.0.0",                    # reaches localhost on Linux
    "http://[::]:{port}/news/0": "non-public address ::",
    "http://[fd00::1]/": "non-public address fd00::1",
    "http://[fe80::1]/": "non-public address fe80::1",
    "http://[::ffff:10.0.0.1]/": "non-public address 10.0.0.1",                      # IPv4-mapped IPv6
    "http://[2002:a00:1::1]/": "non-public address 10.0.0.1",                        # 6to4 wrapping 10.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/": "non-public address 169.254.169.254",            # NAT64 wrapping metadata
    "http://224.0.0.1/": "non-public address 224.0.0.1",
    "http://8.8.8.8/": "only loopback is allowed here",  # public, but tests run loopback-only
    "http://news.example.com/story": "only loopback is allowed here",                # not even a DNS query
}


def test_private_link_local_and_metadata_addresses_are_refused_before_any_connection(server, tmp_path,
                                                                                       prefect_harness, connections,
                                                                                       record_property):
    port = server.httpd.server_address[1]
    good = server.add("/news/0", article_html("Good", PARAS))
    redirects = {  # a hop from an allowed URL to a forbidden one is refused at that hop
        server.add("/r/metadata", b"", status=302,
                   headers={"Location": "http://169.254.169.254/latest/meta-data/iam/"}): "non-public address 169.254",
        server.add("/r/private", b"", status=301, headers={"Location": "http://10.0.0.1/admin"}): "non-public address",
        server.add("/r/file", b"", status=302, headers={"Location": "file:///etc/passwd"}): "not an http(s) URL",
        server.add("/r/gopher", b"", status=307,
                   headers={"Location": "gopher://127.0.0.1:6379/_INFO"}): "not an http(s) URL",
        server.add("/r/broken", b"", status=302, headers={"Location": "http://[::1/x"}): "invalid URL",
    }
    forbidden = {url.format(port=port): reason for url, reason in FORBIDDEN.items()}
    links = [good, *forbidden, *redirects]
    feed = server.add("/feed.xml", rss([{"title": f"t{i}", "link": link} for i, link in enumerate(links)]))

    report = run(tmp_path, [feed])

    assert non_loopback(connections["connect"]) == []
    assert "news.example.com" not in connections["lookup"]
    errors = {e["url"]: e["message"] for e in report["errors"]}
    refused = [u for u, reason in {**forbidden, **redirects}.items() if reason in errors.get(u, "")]
    tally(record_property, cases=len(forbidden) + len(redirects),
          survived=len(refused) * (non_loopback(connections["connect"]) == []),
          lost=int(entries(tmp_path)[good]["status"] != "stored"))
    assert set(errors) == set(forbidden) | set(redirects)
    for url, reason in {**forbidden, **redirects}.items():
        assert errors[url].startswith("refused") and reason in errors[url], (url, errors[url])
    assert all(server.hits(url.replace(server.base, "")) == 1 for url in redirects)  # never retried
    stored = entries(tmp_path)
    assert stored[good]["status"] == "stored"
    assert all(stored[url]["status"] == "rejected" for url in errors)
    assert server.hits("/news/0") == 1  # 0.0.0.0 and [::] never reached the page behind them


@pytest.mark.parametrize("loopback_only", ["1", ""], ids=["loopback-only", "normal"])
def test_loopback_is_refused_unless_allowed(server, monkeypatch, connections, loopback_only, record_property):
    monkeypatch.setenv("CLAIMWATCH_LOOPBACK_ONLY", loopback_only)
    port = server.httpd.server_address[1]
    server.add("/page", article_html("Local", PARAS))
    settings = FetchSettings()  # allow_loopback defaults to False
    hosts = ("127.0.0.1", "localhost", "[::1]", "127.0.0.2", "2130706433", "0x7f000001", "LocalHost")
    with make_client(settings) as client:
        for host in hosts:
            with pytest.raises(FetchError, match="^refused: .*(loopback|only loopback)") as refused:
                fetch(client, f"http://{host}:{port}/page", settings, accept=HTML_TYPES, max_bytes=10_000)
            assert not refused.value.transient
        # every refused URL is on the test server's port: no connect to it, and no request reached it. (The
        # recorder is process-wide: a background thread an earlier test left, a Prefect client talking to its
        # own loopback server, once connected elsewhere during this test under load.)
        assert [a for a in connections["connect"] if isinstance(a, tuple) and a[1] == port] == []
        assert non_loopback(connections["connect"]) == [] and server.requests == []
        allowed = FetchSettings(allow_loopback=True)
        assert b"Local" in fetch(client, f"http://localhost:{port}/page", allowed, accept=HTML_TYPES,
                                 max_bytes=10_000).content  # the setting, not the address, made the difference
    tally(record_property, cases=len(hosts), survived=len(hosts))


def test_feed_entity_expansion_is_inert(server, connections, record_property):
    """Billion laughs, a quadratic blow-up and external entities (XXE) in feeds fetched over HTTP."""
    secret = server.add("/secret", "TOP-SECRET-BODY")
    link = server.url("/story")
    feeds = {
        "billion": entity_feed("<!ENTITY lol0 \"lol\">\n" + "".join(
            f"<!ENTITY lol{i} \"{('&lol%d;' % (i - 1)) * 10}\">\n" for i in range(1, 10)), "&lol9;", link),
        "quadratic": entity_feed(f'<!ENTITY a "{"A" * 20_000}">\n', "&a;" * 10_000, link),  # 400 MB if expanded
        "quadratic-utf16": entity_feed(f'<!ENTITY a "{"A" * 20_000}">\n', "&a;" * 10_000, link).replace(
            '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>').encode("utf-16"),
        "xxe-file": entity_feed('<!ENTITY x SYSTEM "file:///etc/passwd">\n', "&x;", link),
        "xxe-http": entity_feed(f'<!ENTITY x SYSTEM "{secret}">\n', "&x;", link),
        "xxe-parameter": entity_feed(f'<!ENTITY % p SYSTEM "{secret}">\n%p;\n', "t", link),
    }
    settings = FetchSettings(allow_loopback=True)
    outcomes = {}
    with make_client(settings) as client:
        for name, body in feeds.items():
            url = server.add(f"/{name}.xml", body, content_type="application/rss+xml")
            started = time.monotonic()
            with peak_rss_growth() as growth:
                try:
                    outcomes[name] = read_feed(client, settings, url, None, None).parsed
                except Exception as exc:  # noqa: BLE001 - the outcome is what we assert on
                    outcomes[name] = exc
            assert growth() < 50_000_000, f"{name}: RSS grew by {growth() / 1e6:.0f} MB"
            assert time.monotonic() - started < 2, name
    for name in ("quadratic", "quadratic-utf16"):
        assert "refused: internal entities would expand to 400,000,000" in str(outcomes[name]), name
    assert len(outcomes["billion"].title) < 100 and [e.url for e in outcomes["billion"].entries] == [link]
    for name in ("xxe-file", "xxe-http", "xxe-parameter"):
        text = json.dumps([outcomes[name].title, [e.title for e in outcomes[name].entries]])
        assert "root:" not in text and "TOP-SECRET" not in text, name
    assert server.hits("/secret") == 0
    tally(record_property, cases=len(feeds), survived=len(feeds))


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src")]
        assert not [k for k, _ in attrs if k.startswith("on")], (tag, attrs)


SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"  # as it appears in page source: text, not markup
HOSTILE_PARAS = [
    f"Iran became a full member of the Shanghai Cooperation Organisation on 4 July 2023, officials said {SCRIPT} "
    "and [click here](javascript:alert(2)).",
    "Russia and Iran signed a new agreement on a gas pipeline through Azerbaijan, the ministers announced "
    "&lt;img src=x onerror=alert(3)&gt; ![pixel](http://evil.example/p.png) [more](http://evil.example/).",
    "Trade between Russia and Iran reached 5 billion dollars in 2023, according to customs data.",
]


def test_script_and_markdown_in_articles_are_inert_in_every_report_format(server, tmp_path, prefect_harness,
                                                                           record_property):
    page = server.add("/a", article_html(f"{SCRIPT} Iran joins [SCO](javascript:x)", HOSTILE_PARAS + PARAS,
                                         published="2023-07-05T08:00:00+00:00"))
    gone = server.url("/gone?q=<script>alert(4)</script>")
    feed = server.add("/feed.xml", rss([{"title": "x", "link": page},
                                        {"title": "y", "link": gone.replace("<", "&lt;").replace(">", "&gt;")}]))
    report, folder, flow_run_id = run(tmp_path, [feed], return_state=True)

    data = json.dumps(report, ensure_ascii=False)  # report.json keeps the text as data, unchanged
    assert "<script>alert(1)</script>" in data and "[click here](javascript:alert(2))" in data
    assert report["findings"] and report["new_developments"] and report["errors"][0]["url"] == gone

    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert "<script" not in markdown.lower() and "<img" not in markdown.lower()
    targets = re.findall(r"(?<!\\)\]\(<?([^)>\s]*)", markdown)  # every live link in the markdown
    assert targets and all(t.startswith(server.base + "/a") for t in targets), targets
    assert not re.search(r"(?<!\\)!\[", markdown)  # no live image
    autolinks = re.findall(r"(?<!\\)<([a-z]+:[^>]*)>", markdown)
    assert autolinks and all(a.startswith(server.base) and "<" not in a for a in autolinks), autolinks

    html_report = (folder / "report.html").read_text(encoding="utf-8")
    tags = Tags()
    tags.feed(html_report)
    assert tags.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li", "b",
                         "blockquote", "a", "code", "section", "div", "span", "table", "thead", "tbody", "tr", "td",
                         "th", "small", "em", "strong", "mark", "details", "summary", "bdi",
                         "svg", "g", "line", "polyline", "rect", "circle", "text", "title"}
    assert all(h.startswith(server.base + "/a") for h in tags.hrefs), tags.hrefs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_report  # shown as text

    # The REST filter, as the UI asks (the client's read_artifacts needs a task-run filter, which leaves out
    # artifacts the flow itself made).
    response = httpx.post(f"{PREFECT_API_URL.value()}/artifacts/filter",
                          json={"artifacts": {"flow_run_id": {"any_": [str(flow_run_id)]}}}, timeout=30)
    response.raise_for_status()
    artifacts = response.json()
    assert {a["key"] for a in artifacts} >= {"claimwatch-report", "claimwatch-findings"}
    for artifact in artifacts:  # markdown and tables render in the Prefect UI: the same rules apply
        text = artifact["data"] if isinstance(artifact["data"], str) else json.dumps(artifact["data"])
        assert "<script" not in text.lower() and "](javascript:" not in text, artifact["key"]
    # <script> in text, title and URL; a javascript: link; an image; <img onerror>
    tally(record_property, cases=6, survived=6)


def basic_auth_feed(expected, body):
    import base64

    def handler(h):
        if h.headers.get("Authorization") != "Basic " + base64.b64encode(expected.encode()).decode():
            h.send_plain(401, b"auth required")
            return
        h.send_plain(200, body, "application/rss+xml")
    return handler


SECRETS = ("apprise-secret", "env-hook-secret", "feed-secret", "gone-secret", "key-secret", "tok-secret")


def test_credentials_never_reach_logs_or_reports(server, tmp_path, prefect_harness, capfd, monkeypatch,
                                                 record_property):
    port = server.httpd.server_address[1]
    page = server.add("/story", article_html("Private story", PARAS))
    server.add("/private.xml", b"", handler=basic_auth_feed("reader:feed-secret",
                                                           rss([{"title": "p", "link": page}]).encode()))
    monkeypatch.setenv("CW_TEST_HOOK", "json://hook:env-hook-secret@127.0.0.1/x")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        '[fetch]\nmax_failed_feed_share = 0.8\n'  # 3 of 4 feeds fail here on purpose: not a failed run
        '[notify]\nurls = ["mailtos://bob:apprise-secret@mail.example.invalid", "env:CW_TEST_HOOK"]\n'
        f'[[feeds]]\nurl = "http://reader:feed-secret@127.0.0.1:{port}/private.xml"\n'
        f'[[feeds]]\nurl = "http://reader:gone-secret@127.0.0.1:{port}/missing.xml"\n'
        f'[[feeds]]\nurl = "http://127.0.0.1:{port}/tok.xml?api_key=key-secret&edition=int"\n'
        f'[[feeds]]\nurl = "http://127.0.0.1:{port}/x.xml?access_token=tok-secret#frag"\n', encoding="utf-8")
    started = datetime.now(timezone.utc)
    code = main(["run", "--feeds", str(feeds), "--allow-loopback", "--db", str(tmp_path / "c.db"),
                 "--reports", str(tmp_path / "r")])
    out, err = capfd.readouterr()
    assert code == 0, err[-500:]
    folder = Path(out.strip().splitlines()[-1])
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert report["run"]["counts"]["articles_new"] == 1  # user:password@ worked as Basic auth
    errors = {e["url"]: e["message"] for e in report["errors"]}
    assert set(errors) == {f"http://***@127.0.0.1:{port}/missing.xml",
                           f"http://127.0.0.1:{port}/tok.xml?api_key=***&edition=int",
                           f"http://127.0.0.1:{port}/x.xml?access_token=***#frag"}  # recorded, with the secret cut out

    APILogWorker.drain_all(timeout=10)
    with get_client(sync_client=True) as client:
        logs = client.read_logs(LogFilter(timestamp=LogFilterTimestamp(after_=started)), limit=200, offset=0)
    assert logs, "the run's logs should reach the Prefect API"
    db = sqlite_utils.Database(tmp_path / "c.db")
    places = {"stdout": out, "stderr": err, "prefect logs": "\n".join(log.message for log in logs)}
    places.update({f"{table} table": json.dumps(list(db[table].rows), default=str) for table in db.table_names()})
    places.update({name: (folder / name).read_text(encoding="utf-8")
                   for name in ("report.json", "report.md", "report.html")})
    leaks = {(where, secret) for where, text in places.items() for secret in SECRETS if secret in text}
    tally(record_property, cases=len(SECRETS), survived=len(SECRETS) - len({s for _, s in leaks}))
    assert leaks == set()


def test_errors_and_warnings_after_the_fetches_keep_credentials_out_of_the_log(tmp_path, caplog):
    """An analysis error and a run note (e.g. a notification not delivered) name their URL with its credentials
    redacted, in the database and in the log line; only the error is counted in the run's errors."""
    import logging

    from claimwatch import pipeline, store

    db = store.open_db(tmp_path / "claimwatch.db")
    url = "https://analyst:hunter2@127.0.0.1:9/feed?token=hunter2"
    run = pipeline.RunState(store.start_run(db, [url]), [url])
    logger = logging.getLogger("claimwatch.test_record")
    with caplog.at_level(logging.WARNING, logger="claimwatch.test_record"):
        pipeline.record_error(db, run, url, "analyze", "the engine could not read it", logger)
        pipeline.record_warning(db, run, url, "notify", "the webhook answered 500", logger)
    recorded = store.run_errors(db, run.run_id)
    assert [(r["stage"], r["warning"]) for r in recorded] == [("analyze", 0), ("notify", 1)]
    assert run.counts["errors"] == 1
    said = caplog.text + json.dumps(recorded)
    assert "hunter2" not in said and "127.0.0.1" in said
