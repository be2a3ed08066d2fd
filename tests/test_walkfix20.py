"""The product faults a fresh user's trial found (walk20): a long page, a killed run, a page in another charset than
it declares, an undated entry, the run's summary line and the CLI's rough edges. Real SQLite, real HTTP on
127.0.0.1, the real monitor flow on Prefect's test harness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from claimwatch.pipeline import cut_text
from flows.monitor import monitor
from tests.conftest import rss

LEAD = ("Iranian contractors started building the Rasht-Astara railway on Monday, the roads ministry said. "
        "Russia is lending most of the money.")
FILLER = "A paragraph about the weather in the mountains, number {}, that says nothing of the railway. "


def page(title: str, paragraphs: list[str], lang: str = "en", charset: str = "utf-8",
         published: str | None = "2025-10-06") -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>{meta}'
            f'</head><body><article><h1>{title}</h1>{body}</article></body></html>')


def feeds_file(tmp_path: Path, feed: str, **fetch: object) -> str:
    lines = [f'[[feeds]]\nurl = "{feed}"\n', "[fetch]", "allow_loopback = true"]
    lines += [f"{key} = {value!r}" for key, value in fetch.items()]
    path = tmp_path / "feeds.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def report_of(folder: str) -> dict:
    return json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))


# --- P1: a long page is read up to [fetch] max_article_chars, with a warning; the stored text stays whole

def test_cut_text_stops_at_a_paragraph_break_before_the_cap() -> None:
    text = "First paragraph.\nSecond paragraph is here.\nThird one."
    assert cut_text(text, 100) == text
    assert cut_text(text, 30) == "First paragraph."
    assert cut_text("one two three four five six", 12) == "one two"


def test_a_long_relevant_page_is_cut_for_the_engine_and_still_read(server, tmp_path, prefect_harness) -> None:
    paragraphs = [LEAD] + [FILLER.format(i) * 10 for i in range(40)]
    link = server.add("/a/long", page("Rasht-Astara railway works begin", paragraphs))
    feed = server.add("/feed.xml", rss([{"title": "Rasht-Astara railway works begin", "link": link,
                                          "pubDate": "Mon, 06 Oct 2025 10:00:00 GMT"}]),
                      content_type="application/rss+xml")
    folder = monitor(feeds_file=feeds_file(tmp_path, feed, max_article_chars=5000), db=str(tmp_path / "c.db"),
                     reports=str(tmp_path / "r"))
    report = report_of(folder)
    assert [(f["claim"], f["verdict"]) for f in report["findings"]] == [("rasht-astara-railway", "changed")]
    cut = [w for w in report["warnings"] if w["stage"] == "analyze"]
    assert len(cut) == 1 and cut[0]["url"] == link and "cut at" in cut[0]["message"] \
        and "max_article_chars = 5,000" in cut[0]["message"]
    stored = sqlite_utils.Database(tmp_path / "c.db").execute("select length(text) from articles").fetchone()[0]
    assert stored > 30_000  # the article is stored whole; only the engine's reading is cut


# --- P2: a run whose process died is marked interrupted by the next run, which reads what it stored

def dead_pid() -> int:
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_dead_run_is_marked_interrupted_and_its_stored_article_is_read_by_the_next(server, tmp_path, prefect_harness,
                                                                                   capsys) -> None:
    import os

    from claimwatch.cli import main

    link = server.add("/a/rail", page("Rasht-Astara railway works begin", [LEAD]))
    feed = server.add("/feed.xml", rss([{"title": "Rasht-Astara railway works begin", "link": link,
                                          "pubDate": "Mon, 06 Oct 2025 10:00:00 GMT"}]), etag='"v1"',
                      content_type="application/rss+xml")
    path, db = feeds_file(tmp_path, feed), str(tmp_path / "c.db")
    first = report_of(monitor(feeds_file=path, db=db, reports=str(tmp_path / "r")))
    assert [f["claim"] for f in first["findings"]] == ["rasht-astara-railway"]
    # As a run killed after storing its article and before analysing it leaves the database: still running, under
    # a pid no process has; and a run that still lives (this process) beside it.
    conn = sqlite_utils.Database(db)
    conn.execute("update runs set status = 'running', finished_at = null, report_dir = null, pid = ?", [dead_pid()])
    conn.execute("delete from findings")
    conn.execute("insert into runs (id, started_at, status, feeds, counts, pid, host) values ('live', ?, 'running', "
                 "'[]', '{}', ?, ?)", [first["run"]["started_at"], os.getpid(), __import__("socket").gethostname()])
    conn.conn.commit()

    second = report_of(monitor(feeds_file=path, db=db, reports=str(tmp_path / "r")))
    assert second["run"]["counts"]["articles_new"] == 0  # the feed answered 304: nothing new fetched
    assert [f["claim"] for f in second["findings"]] == ["rasht-astara-railway"]  # yet the stored article is read
    notes = [w["message"] for w in second["warnings"] if w["stage"] == "store"]
    assert len(notes) == 1 and notes[0].startswith(f"run {first['run']['id']} was interrupted: its process (pid ")
    assert "1 article it stored but never analysed is read by this run" in notes[0]
    status = dict(conn.execute("select id, status from runs").fetchall())
    assert status[first["run"]["id"]] == "interrupted" and status["live"] == "running"  # a live run is left alone

    assert main(["report", "--since", "1d", "--db", db, "--reports", str(tmp_path / "d")]) == 0
    digest = (Path(capsys.readouterr().out.strip()) / "digest.md").read_text(encoding="utf-8")
    assert f"{first['run']['id']} — started" in digest and "interrupted: its process \\(pid" in digest
    assert "1 run interrupted" in digest



def test_a_run_stopped_by_sigterm_while_reading_exits_and_the_next_run_reads_its_article(server, tmp_path,
                                                                                         prefect_harness) -> None:
    """walk20's P2b: a `claimwatch run` stopped with SIGTERM while the engine reads (as `timeout`, systemd or
    `kill` stop it) must end, not log "Crash detected" and live on; the next run marks it interrupted and reads
    the article it stored. A real process with its own ephemeral Prefect server, a real signal."""
    import os
    import signal
    import subprocess
    import sys
    import time

    filler = [f"Officials in Moscow and Tehran met again, meeting number {i}, and talked about the railway works, "
              "the roads and the weather at length without any decision." for i in range(2500)]
    link = server.add("/a/long-rail", page("Rasht-Astara railway works begin", [LEAD] + filler))
    feed = server.add("/feed.xml", rss([{"title": "Rasht-Astara railway works begin", "link": link,
                                          "pubDate": "Mon, 06 Oct 2025 10:00:00 GMT"}]),
                      content_type="application/rss+xml")
    path = feeds_file(tmp_path, feed, max_article_chars=1_000_000)
    db = str(tmp_path / "c.db")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180",
               PREFECT_SERVER_ANALYTICS_ENABLED="false")
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", "run", "--feeds", path, "--db", db,
                                 "--reports", str(tmp_path / "r")], env=env, stdout=out, stderr=subprocess.STDOUT,
                                cwd=Path(__file__).resolve().parents[1])
        try:
            deadline = time.monotonic() + 240
            while "analysing 1 relevant article" not in log.read_text(errors="replace"):
                assert proc.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "the run never started reading:\n" + log.read_text(errors="replace")
                time.sleep(0.5)
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)  # one signal is enough
        finally:
            if proc.poll() is None:
                proc.kill()
    assert code != 0, log.read_text(errors="replace")
    status = sqlite_utils.Database(db).execute("select status from runs").fetchall()
    assert status == [("running",)]  # the killed run left its row as a dead process does

    second = report_of(monitor(feeds_file=feeds_file(tmp_path, feed), db=db, reports=str(tmp_path / "r")))
    notes = [w["message"] for w in second["warnings"] if w["stage"] == "store"]
    assert len(notes) == 1 and "was interrupted" in notes[0] and "read by this run" in notes[0]
    assert [f["claim"] for f in second["findings"]] == ["rasht-astara-railway"]

# --- P3: a page that declares utf-8 but is written in cp1252 is read as its language's fallback, with a warning

FRENCH = ["Le ministère iranien des Affaires étrangères a reçu jeudi, après la réunion de Moscou, la délégation "
          "russe à Téhéran.", "Les deux capitales ont évoqué la coopération économique."]


def test_decode_page_falls_back_by_the_page_language_and_says_so() -> None:
    from extractors.pages import decode_page

    wrong = page("Téhéran et Moscou", FRENCH, lang="fr", charset="utf-8").encode("cp1252")
    text, note = decode_page(wrong, None)
    assert "ministère" in text and "après" in text and "à Téhéran" in text
    assert note == ("the page declares utf-8 but is not written in it: read as windows-1252, the HTML standard's "
                    "fallback for its language (fr)")
    # declared right: no note; nothing declared: the detection as before, no note; no language: a note, bytes
    assert decode_page(page("Téhéran", FRENCH, lang="fr", charset="windows-1252").encode("cp1252"), None)[1] == ""
    # a lang attribute that does not fit the bytes: charset_normalizer's reading, not windows-1252 mojibake
    russian = "Президент России Владимир Путин принял в Москве министра иностранных дел Ирана."
    text, note = decode_page(page("Россия и Иран", [russian], lang="en").encode("cp1251"), None)
    assert russian in text and note.endswith("read as cp1251, detected")
    assert decode_page(wrong.replace(b' lang="fr"', b""), None) == (wrong.replace(b' lang="fr"', b""),
                                                                    "the page declares utf-8 but is not written in "
                                                                    "it: its charset was guessed")


def test_a_page_in_another_charset_than_declared_is_stored_right_with_a_warning(server, tmp_path,
                                                                               prefect_harness) -> None:
    link = server.add("/a/fr", page("Téhéran et Moscou", FRENCH, lang="fr").encode("cp1252"),
                      content_type="text/html")  # as python -m http.server sends it: no charset
    feed = server.add("/feed.xml", rss([{"title": "Téhéran et Moscou", "link": link,
                                          "pubDate": "Mon, 06 Oct 2025 10:00:00 GMT"}]),
                      content_type="application/rss+xml")
    report = report_of(monitor(feeds_file=feeds_file(tmp_path, feed), db=str(tmp_path / "c.db"),
                               reports=str(tmp_path / "r")))
    text = sqlite_utils.Database(tmp_path / "c.db").execute("select text from articles").fetchone()[0]
    assert "Le ministère iranien des Affaires étrangères a reçu jeudi, après la réunion" in text
    assert [(w["url"], w["stage"]) for w in report["warnings"] if "declares utf-8" in w["message"]] == [(link, "extract")]


# --- P4: an undated entry's findings say "date unknown, first seen …", with a warning; the digest too

def test_an_undated_article_is_shown_as_date_unknown_first_seen(server, tmp_path, prefect_harness, capsys) -> None:
    from datetime import datetime, timezone

    from claimwatch.cli import main

    link = server.add("/a/undated", page("Rasht-Astara railway works begin", [LEAD], published=None))
    feed = server.add("/feed.xml", rss([{"title": "Rasht-Astara railway works begin", "link": link}]),
                      content_type="application/rss+xml")
    db = str(tmp_path / "c.db")
    folder = monitor(feeds_file=feeds_file(tmp_path, feed), db=db, reports=str(tmp_path / "r"))
    report, today = report_of(folder), datetime.now(timezone.utc).date().isoformat()
    (finding,) = report["findings"]
    # the engine read it by no date of its own (its text gives none) and the report says so (undated25)
    seen = f"first seen {today}; no date on the page: a year named by relative words (\"last year\") is not known"
    assert finding["observed"]["date_unknown"] == seen
    assert [s.get("date_unknown") for s in finding["sources"]] == [seen]
    assert f"date unknown, first seen {today}" in (Path(folder) / "report.md").read_text(encoding="utf-8")
    assert f"date unknown, first seen {today}" in (Path(folder) / "report.html").read_text(encoding="utf-8")
    # the timeline's marker sits on the day it was first seen, and its tooltip says so (it said the day alone)
    assert f"<title>date unknown, first seen {today}; no date on the page" in (Path(folder) / "report.html").read_text(
        encoding="utf-8")
    assert [w["url"] for w in report["warnings"] if w["message"].startswith("no publication date")] == [link]
    assert main(["report", "--since", "1d", "--db", db, "--reports", str(tmp_path / "d")]) == 0
    digest = Path(capsys.readouterr().out.strip())
    assert f"date unknown, first seen {today}" in (digest / "digest.md").read_text(encoding="utf-8")


# --- P7, P8, P9: a share out of 0..1 refused, 0 meaning "any failed feed"; the size cap names its setting;
# --version; finding ids in any case

@pytest.mark.parametrize("share", ["1.5", "-0.1", "nan"])
def test_a_failed_feed_share_outside_0_to_1_is_a_configuration_error(tmp_path, capsys, share) -> None:
    from claimwatch.cli import main

    path = tmp_path / "feeds.toml"
    path.write_text(f'[[feeds]]\nurl = "https://a.example/f"\n[fetch]\nmax_failed_feed_share = {share}\n',
                    encoding="utf-8")
    assert main(["run", "--feeds", str(path), "--db", str(tmp_path / "c.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "max_failed_feed_share must be a share from 0 to 1 (0: any failed feed fails " \
        "the run" in err
    assert not (tmp_path / "c.db").exists()


def test_a_failed_feed_share_of_0_fails_a_run_on_any_failed_feed(tmp_path) -> None:
    from claimwatch.outcome import run_failure
    from reports.model import Report, Run
    from settings.config import load_config

    path = tmp_path / "feeds.toml"
    path.write_text('[[feeds]]\nurl = "https://a.example/f"\n[fetch]\nmax_failed_feed_share = 0\n', encoding="utf-8")
    share = load_config(path).fetch.max_failed_feed_share
    assert share == 0.0
    feeds = [f"https://{h}.example/f" for h in "abcd"]
    report = Report(run=Run(id="r", started_at="", finished_at="", feeds=feeds,
                            counts={"entries_seen": 3, "articles_new": 0, "articles_relevant": 0, "errors": 1}),
                    errors=[{"url": feeds[0], "stage": "feed", "message": "HTTP 404"}])
    assert run_failure(report, share).startswith("1 of 4 feeds failed")
    assert run_failure(report, 0.5) is None


def test_the_size_cap_error_names_the_setting_to_raise(server) -> None:
    from extractors.http import make_client
    from extractors.pages import fetch_page
    from settings.config import FetchSettings
    from settings.errors import FetchError

    url = server.add("/big", page("Big", ["x" * 5000]))
    settings = FetchSettings(allow_loopback=True, max_page_bytes=1000)
    with make_client(settings) as client, pytest.raises(FetchError) as caught:
        fetch_page(client, url, settings)
    assert str(caught.value).startswith("too large") and str(caught.value).endswith(
        "; to read it, raise [fetch] max_page_bytes in the feeds file")


def test_version_and_finding_ids_in_any_case(capsys) -> None:
    from claimwatch.cli import build_parser, main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("claimwatch ")
    for command in ("accept", "dismiss", "reopen"):
        assert build_parser().parse_args([command, "1A6B57F61D28"]).finding_id == "1a6b57f61d28"


def test_the_readme_lists_every_fetch_key() -> None:
    from dataclasses import fields

    from settings.config import FetchSettings

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("`[fetch]` keys and their defaults", 1)[1].split("\n\n", 2)[1]
    assert [f.name for f in fields(FetchSettings) if f"`{f.name}`" not in table] == []


# --- undated25: an undated page says what its text shows of its date, and a year named by relative words is not known

def test_undated25_an_undated_page_says_what_its_text_shows_of_its_date(server, tmp_path, prefect_harness) -> None:
    from datetime import datetime, timezone

    text = ["Trade between Russia and Iran grew to about $4.8 billion last year, officials in Moscow said.",
            "Russia's share of Iran's arms imports was about 60% in 2023, a think tank said.",
            "The partnership treaty the two presidents signed in January entered into force in October 2025."]
    link = server.add("/a/undated-trade", page("Russia-Iran trade grows", text, published=None))
    feed = server.add("/feed.xml", rss([{"title": "Russia-Iran trade grows", "link": link}]),
                      content_type="application/rss+xml")
    folder = monitor(feeds_file=feeds_file(tmp_path, feed), db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"))
    report, today = report_of(folder), datetime.now(timezone.utc).date().isoformat()
    # the fetch day stood for its date, and "last year" was the year before the run: the page shows only that it
    # was written in October 2025 or later, so its figure for "last year" is for no known year
    assert "bilateral-trade" not in {f["claim"] for f in report["findings"]}
    (share,) = [f for f in report["findings"] if f["claim"] == "arms-import-share"]
    assert share["observed"]["date_unknown"] == (f"first seen {today}; written on or after 2025-10-31 (the latest "
                                                 f"past date on the page, \"October 2025\")")
