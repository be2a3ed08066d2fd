"""report.md and report.html: hostile article text stays inert, a quiet run says so, the timeline is plain
SVG, and each run leaves its report, findings table and HTML link as Prefect artifacts."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import httpx
from prefect.settings import PREFECT_API_URL

from flows.monitor import monitor
from reports.render import render_html, render_markdown, write_report
from reports.timeline import timeline_svg
from tests.conftest import article_html, rss
from tests.test_review import FILLER, SCO
from reports.model import Report

ARTICLE = "http://127.0.0.1:8000/a/1"
HOSTILE = "<script>alert(1)</script> [click](javascript:alert(2)) ![x](http://evil.test/p.png) <img src=x onerror=y>"


class Page(HTMLParser):
    """Every tag, link target and attribute name of an HTML page, and the text inside <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.attrs: set[str] = set()
        self.marked: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.add(tag)
        self.attrs.update(k for k, _ in attrs)
        self.hrefs += [v for k, v in attrs if k in ("href", "src", "xlink:href")]
        self._in_mark = self._in_mark or tag == "mark"

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self._in_mark = self._in_mark and tag != "mark"

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_mark:
            self.marked.append(data)


def hostile_report() -> dict:
    observed = {"value": "full member", "quote": f"Iran became a full member, officials said {HOSTILE}.",
                "url": ARTICLE, "title": "Tom &amp; Jerry <b>join</b> [SCO](javascript:x)",
                "outlet": "<i>Wire</i>", "published": "2023-07-04", "highlight": "became a full member"}
    finding = {"id": "abc123def456", "claim": "sco-membership", "verdict": "changed", "new": True,
               "first_seen": "r1", "question": "What is Iran's status in the SCO?",
               "baseline": {"value": "observer", "quote": f"still an observer {HOSTILE}", "source": "001.txt",
                            "as_of": "2022-01-25"},
               "observed": observed, "confidence": 0.9,
               "sources": [dict(observed, confidence=0.9),
                           dict(observed, url="javascript:alert(5)", published="2023-07-05", confidence=0.5)]}
    disputed = copy.deepcopy(finding)
    disputed.update(id="fff000fff000", verdict="disputed", new=False)
    disputed["observed"]["value"] = f"<b>{HOSTILE}</b>"
    return {"schema": "claimwatch.report/1",
            "run": {"id": "r1", "started_at": "2026-01-01T00:00:00+00:00", "finished_at": "2026-01-01T00:01:05+00:00",
                    "feeds": [f"http://127.0.0.1:8000/feed?<script>"], "counts": {"errors": 1}},
            "findings": [finding, disputed],
            "new_developments": [{"statement": HOSTILE, "url": ARTICLE, "title": HOSTILE, "published": "", "score": 1}],
            "errors": [{"url": "http://127.0.0.1:8000/gone?<script>alert(4)</script>", "stage": "fetch",
                        "message": HOSTILE}], "warnings": []}


def test_html_escapes_hostile_article_text_and_highlights_the_changed_words():
    html_report = render_html(Report.from_json(hostile_report()))
    page = Page()
    page.feed(html_report)
    assert not page.tags & {"script", "img", "iframe", "object", "embed", "b", "i", "link", "form", "input"}
    assert not [a for a in page.attrs if a.startswith("on")]
    assert set(page.hrefs) == {ARTICLE}  # the javascript: source and every URL in the text stay text
    assert page.marked and set(page.marked) == {"became a full member"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_report
    assert "Tom &amp;amp; Jerry &lt;b&gt;join&lt;/b&gt;" in html_report  # an entity in a title is shown as written
    csp = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html_report)
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]


def test_markdown_escapes_hostile_article_text_and_bolds_the_changed_words():
    markdown = render_markdown(Report.from_json(hostile_report()))
    assert "<script" not in markdown.lower() and "<img" not in markdown.lower() and "<b>" not in markdown
    assert set(re.findall(r"(?<!\\)\]\(<?([^)>\s]*)", markdown)) == {ARTICLE}  # live links: the article only
    assert not re.search(r"(?<!\\)!\[", markdown)
    assert "Iran **became a full member**, officials said &lt;script&gt;" in markdown
    assert "Tom &amp;amp; Jerry" in markdown and r"\[SCO\]\(javascript:x\)" in markdown
    assert "javascript:alert(5)" not in markdown  # a source link that is not http(s) is never written


def test_each_finding_shows_its_evidence_escaped_in_both_reports():
    report = hostile_report()
    report["findings"][0]["evidence"] = {"cue": "became a full member", "negated": False, "hedged": False,
                                         "attributed": True, "future": False, "past": False, "dated": "2023-07-04"}
    report["findings"][1]["evidence"] = {"cue": f"<b>{HOSTILE}</b>", "negated": False, "hedged": True,
                                         "attributed": False, "future": True, "past": False, "dated": None,
                                         "why": f"hedged: '<i>{HOSTILE}</i>'"}
    report["findings"][1]["new"] = True  # a new finding is shown in full in both reports
    markdown, html_report = render_markdown(Report.from_json(report)), render_html(Report.from_json(report))
    assert "evidence: cue 'became a full member'; attributed; dated 2023-07-04" in markdown
    assert "Evidence: cue &#x27;became a full member&#x27;; attributed; dated 2023-07-04" in html_report
    assert "hedged; future; no date of its own, so the article's date stands" in markdown
    assert "hedged; future; no date of its own, so the article&#x27;s date stands; disputed because hedged" in html_report
    assert "; disputed because hedged:" in markdown and "<i>" not in markdown and "<i>" not in html_report
    assert "<script" not in markdown.lower() and "<b>" not in markdown
    page = Page()
    page.feed(html_report)
    assert not page.tags & {"script", "img", "b"}
    # a report without evidence (written before the second engine) renders without the line
    assert "Evidence:" not in render_html(Report.from_json(hostile_report())) and "evidence:" not in render_markdown(Report.from_json(hostile_report()))


def test_timeline_is_plain_svg_with_escaped_labels_in_date_order():
    timeline = {"claim": "sco-membership", "question": "?",
                "baseline": {"value": "observer", "as_of": "2022-01-25", "source": "001.txt"},
                "points": [{"date": "2023-07-05", "value": "<b>full</b> member", "verdict": "changed", "url": ARTICLE,
                            "title": HOSTILE},
                           {"date": "2022-09-16", "value": "accession", "verdict": "disputed",
                            "url": "javascript:alert(1)", "title": "t"},
                           {"date": "", "value": "undated", "verdict": "changed", "url": ARTICLE, "title": "t"}]}
    svg = timeline_svg(timeline)
    root = ET.fromstring(svg)  # well-formed XML: every label escaped
    names = {el.tag.split("}")[1] for el in root.iter()}
    assert names <= {"svg", "line", "polyline", "rect", "circle", "text", "title", "a"}
    circles = [el for el in root.iter() if el.tag.endswith("circle")]
    assert [c.get("fill") for c in circles] == ["#d97706", "#dc2626"]  # disputed then changed, by date
    assert float(circles[0].get("cx")) < float(circles[1].get("cx"))
    diamond = next(el for el in root.iter() if el.tag.endswith("rect"))
    assert float(diamond.get("x")) < float(circles[0].get("cx"))  # the baseline comes first
    links = [el.get("href") for el in root.iter() if el.tag.endswith("}a")]
    assert links == [ARTICLE]
    assert "<b>" not in svg and "&lt;b&gt;full&lt;/b&gt; member" in svg and "undated" not in svg
    assert "2 observations" in root.get("aria-label")
    one = timeline_svg(dict(timeline, points=timeline["points"][:1]))
    assert ET.fromstring(one).get("aria-label").endswith("1 observation")  # walk13: "1 observations"


def run(server, tmp_path: Path, paragraphs: list[str]):
    link = server.add("/a/quiet", article_html("Corridor talks", paragraphs, published="2025-01-10T08:00:00+00:00"))
    feed = server.add("/feed.xml", rss([{"title": "Corridor talks", "link": link}]))
    state = monitor(feeds=[feed], db=str(tmp_path / "c.db"), reports=str(tmp_path / "r"), allow_loopback=True,
                    return_state=True)
    folder = Path(state.result())
    return json.loads((folder / "report.json").read_text(encoding="utf-8")), folder, state.state_details.flow_run_id


def test_a_report_without_changes_says_so_plainly(server, tmp_path, prefect_harness):
    report, folder, _ = run(server, tmp_path, FILLER["a"] + FILLER["b"])
    assert report["run"]["counts"]["articles_relevant"] == 1
    assert not [f for f in report["findings"] if f["verdict"] == "changed"]
    markdown = (folder / "report.md").read_text(encoding="utf-8")
    assert markdown.splitlines()[2].startswith("**No tracked claim changed in this run.")
    assert markdown.count("No tracked claim changed in this run.") == 2  # the headline and the Changed section
    html_report = (folder / "report.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="headline">No tracked claim changed in this run\.', html_report)


def test_each_run_leaves_the_report_a_findings_table_and_a_link_as_artifacts(server, tmp_path, prefect_harness):
    report, folder, flow_run_id = run(server, tmp_path, [SCO] + FILLER["a"])
    # The REST filter, as the UI asks: the client's read_artifacts needs a task-run filter, which leaves out
    # artifacts made by the flow itself.
    response = httpx.post(f"{PREFECT_API_URL.value()}/artifacts/filter",
                          json={"artifacts": {"flow_run_id": {"any_": [str(flow_run_id)]}}}, timeout=30)
    found = {a["key"]: a for a in response.json()}
    # Prefect stores a link artifact as markdown: [text](link).
    assert {k: a["type"] for k, a in found.items()} == {
        "claimwatch-report": "markdown", "claimwatch-findings": "table", "claimwatch-report-html": "markdown"}
    assert found["claimwatch-report"]["data"] == (folder / "report.md").read_text(encoding="utf-8")
    table = found["claimwatch-findings"]["data"]
    rows = json.loads(table) if isinstance(table, str) else table
    sco = next(r for r in rows if r["claim"] == "sco-membership")
    assert (sco["verdict"], sco["was"], sco["now"], sco["new"]) == ("changed", "observer", "full member", True)
    assert sco["id"] == next(f["id"] for f in report["findings"] if f["claim"] == "sco-membership")
    assert found["claimwatch-report-html"]["data"].endswith(f"]({(folder / 'report.html').resolve().as_uri()})")


def test_report_json_is_written_from_the_typed_report_key_for_key(tmp_path):
    # report.json keeps the contract's keys in their order (DESIGN.md); optional keys appear only when set.
    data = hostile_report()
    data["run"].update(baseline_version=3, failure="no feed could be reached", first_run=True)
    data["timelines"] = []
    report = Report.from_json(data)
    assert json.dumps(report.to_json()) == json.dumps(data)
    write_report(report, tmp_path)
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    plain = Report.from_json(hostile_report()).to_json()
    assert list(plain["run"]) == ["id", "started_at", "finished_at", "feeds", "counts"] and "timelines" not in plain


def test_a_run_that_read_nothing_about_the_claims_gives_no_all_clear():
    from reports.model import Report, Run
    from reports.render import headline, render_html, render_markdown

    failed = Report(run=Run(id="r1", counts={"entries_seen": 0, "articles_new": 0, "articles_relevant": 0,
                                             "errors": 12}, failure="no feed could be reached"))
    for text in (headline(failed), render_markdown(failed), render_html(failed)):
        assert "No tracked claim changed" not in text
        assert "so no change could be seen" in text
    assert headline(failed).startswith("Run failed: no feed could be reached. No new article about the tracked")
    read = Report(run=Run(id="r2", counts={"entries_seen": 3, "articles_new": 3, "articles_relevant": 2, "errors": 0}))
    assert headline(read).startswith("No tracked claim changed in this run.")


def test_a_statement_date_is_shown_as_precisely_as_the_statement_gives_it():
    """"in 2024" is the year 2024, not 2024-01-01: report.json keeps `dated` (the full ISO day, as the contract
    has it) and adds `dated_as_given` and `date_precision`; the evidence line shows the date as given."""
    from claims.compare import date_as_given

    assert date_as_given("Trade reached 5 billion dollars in 2024.", "2024-01-01") == ("2024", "year")
    assert date_as_given("Iran became a full member in July 2023.", "2023-07-01") == ("2023-07", "month")
    assert date_as_given("Iran became a full member on 1 July 2023.", "2023-07-01") == ("2023-07-01", "day")
    assert date_as_given("Товарооборот в 2024 году составил 5 миллиардов долларов.", "2024-01-01", "ru") == \
        ("2024", "year")
    assert date_as_given("No date here.", None) is None
    report = hostile_report()
    report["findings"][0]["evidence"] = {"cue": "became a full member", "negated": False, "hedged": False,
                                         "attributed": False, "future": False, "past": False, "dated": "2024-01-01",
                                         "dated_as_given": "2024", "date_precision": "year"}
    markdown, html_report = render_markdown(Report.from_json(report)), render_html(Report.from_json(report))
    assert "evidence: cue 'became a full member'; dated 2024\n" in markdown and "2024-01-01" not in markdown
    assert "dated 2024</p>" in html_report and "2024-01-01" not in html_report


def test_a_figure_with_no_other_date_is_dated_by_its_own_period(two_countries):
    """"revised the 2024 figure …" and "erreichte im Jahr 2024 …" give the year as the figure's period and no other
    date: that period is the date the statement gives (evidence and timeline), not the article's; a revision's own
    date ("in August") is when it was said (walkfix11)."""
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze

    def evidence(catalogue, claim, text, lang="en"):  # type: ignore[no-untyped-def]
        base = {claim: {"value": "$15 billion (2023)", "period": "2023", "low": 1.5e10, "high": 1.5e10, "quotes": []}}
        found = analyze([Article(1, "http://127.0.0.1/a", "", text, "2025-04-03", lang=lang)], catalogue, base)
        report = next(f.to_report() for f in found.findings if f.claim == claim)
        return report["observed"]["period"], report["evidence"].get("dated_as_given")

    assert evidence(two_countries, "bilateral-trade", "Japanese customs revised the 2024 figure for trade between "
                    "India and Japan to $22 billion.") == ("2024", "2024")
    assert evidence(two_countries, "bilateral-trade", "Japanese customs revised the 2024 figure for trade between "
                    "India and Japan to $22 billion in August.") == ("2024", "2024-08")
    assert evidence(load_catalogue(), "bilateral-trade", "Nach Angaben des Zolls erreichte der Warenaustausch "
                    "zwischen Russland und Iran im Jahr 2024 insgesamt 4,8 Milliarden Dollar.", "de") == ("2024", "2024")


def test_a_value_the_headline_states_is_quoted_from_the_dated_sentence():
    """The headline "… treaty enters into force" and the lead "… entered into force on Thursday, October 2" state
    one value with equal confidence: the dated lead is the quote and its day the evidence's date (walkfix11)."""
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze

    title = "Russia-Iran strategic partnership treaty enters into force"
    lead = ("The strategic partnership treaty between Russia and Iran entered into force on Thursday, October 2, the "
            "foreign ministry in Moscow announced.")
    found = analyze([Article(1, "http://127.0.0.1/a", title, f"{title}\n{lead}\nBoth parliaments had approved it.",
                             "2025-10-03")], load_catalogue(), {"strategic-treaty": {"value": "ratified", "quotes": []}})
    report = next(f.to_report() for f in found.findings if f.claim == "strategic-treaty")
    assert (report["verdict"], report["observed"]["value"]) == ("changed", "in force")
    assert report["observed"]["quote"] == lead and report["evidence"]["dated"] == "2025-10-02"


def test_the_run_statistics_and_the_headline_count_confirmations_so_they_can_be_reconciled():
    from reports.render import headline, statistics

    data = hostile_report()
    confirmed = data["findings"][0]
    confirmed.update(verdict="confirmed", new=False)  # one claim restated by its 2 sources
    report = Report.from_json(data)
    assert "2 confirming statements" in headline(report)
    assert dict(statistics(report))["Findings"].endswith("1 confirmed (2 statements)")
    confirmed["sources"] = confirmed["sources"][:1]
    assert dict(statistics(Report.from_json(data)))["Findings"].endswith("1 disputed, 1 confirmed")


def test_a_syndicated_copy_is_not_a_second_source_and_the_original_leads():
    """Two outlets carrying one wire sentence were "2 sources agree" at 0.99, linked to the later copy."""
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze
    from reports.render import sources_agree

    line = "Iran became a full member of the Shanghai Cooperation Organisation at the bloc's summit on Tuesday."
    copy = f"{line}\nThis story was first published by Harbour Wire."
    pages = [Article(1, "http://127.0.0.1/copy", "SCO", copy, "2023-07-05T11:45:00", "Hill Daily"),
             Article(2, "http://127.0.0.1/wire", "SCO", line, "2023-07-05T08:10:00", "Harbour Wire")]
    base = {"sco-membership": {"value": "observer", "quotes": []}}
    alone = analyze(pages[1:], load_catalogue(), base)
    both = analyze(pages, load_catalogue(), base)
    one = next(f.to_report() for f in alone.findings if f.claim == "sco-membership")
    two = next(f.to_report() for f in both.findings if f.claim == "sco-membership")
    assert (two["verdict"], two["observed"]["value"]) == ("changed", "full member")
    assert two["observed"]["url"] == "http://127.0.0.1/wire" and len(two["sources"]) == 2
    assert two["confidence"] == one["confidence"] < 0.99
    assert sources_agree(two) == "1 source (+1 copy)"


def test_a_figure_is_highlighted_without_the_comma_after_it():
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze

    text = "Товарооборот между Россией и Ираном в 2024 году составил 4,8 млрд долларов, сообщил посол."
    found = analyze([Article(1, "http://127.0.0.1/ru", "", text, "2025-02-10", "", "ru")], load_catalogue(),
                    {"bilateral-trade": {"value": "$3.5–4 billion (2021)", "quotes": []}})
    report = next(f.to_report() for f in found.findings if f.claim == "bilateral-trade")
    assert report["sources"][0]["highlight"] == report["evidence"]["cue"] == "4,8 млрд долларов"


def test_the_baseline_source_is_named_by_its_title_in_report_html_and_stays_a_file_name_in_report_json(tmp_path):
    """walk19: report.html named the baseline's source by the seed's hashed file name only."""
    from baseline.builder import source_titles

    titles = source_titles()
    assert set(titles) == {p.name for p in (Path(__file__).resolve().parents[1] / "baseline" / "sources").glob("*.txt")}
    report = Report.from_json(hostile_report())
    report.source_titles = {"001.txt": "A wire's analysis of the January summit"}
    page = render_html(report)
    assert "Baseline: observer — A wire&#x27;s analysis of the January summit (001.txt), as of 2022-01-25" in page
    assert json.loads(json.dumps(report.to_json()))["findings"][0]["baseline"]["source"] == "001.txt"
    assert "source_titles" not in json.dumps(report.to_json())
    assert "Baseline: observer — 001.txt, as of" in render_html(Report.from_json(hostile_report()))  # no title
    from baseline.catalogue import load_catalogue
    from reports.baseline import render_baseline_md

    quote = {"value": "observer", "quote": "Iran is an observer.", "source": "001.txt", "as_of": "2022-01-25"}
    markdown = render_baseline_md({"sco-membership": {"value": "observer", "disputed": False, "quotes": [quote]}}, 1,
                                  load_catalogue(), titles=report.source_titles)
    assert "— A wire's analysis of the January summit \\(001.txt\\), as of 2022-01-25" in markdown


def test_the_first_report_of_a_change_leads_over_a_later_mention_in_the_report_language():
    """A later English passing mention led over the Russian article of the day itself, and the report dated the
    change a year late (two fresh users' trials). The earliest day's report leads; on one day, one in English."""
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze

    ru = "Иран стал полноправным членом Шанхайской организации сотрудничества на саммите во вторник, сообщили в МИД."
    en = "Tehran, a full member of the Shanghai Cooperation Organisation, hosted the bloc's ministers on Monday."
    base = {"sco-membership": {"value": "observer", "quotes": []}}

    def lead(*pages: Article) -> tuple[str, str]:
        found = next(f.to_report() for f in analyze(list(pages), load_catalogue(), base).findings)
        assert (found["verdict"], found["observed"]["value"], len(found["sources"])) == ("changed", "full member", 2)
        return found["observed"]["url"], found["observed"]["published"]

    first = Article(1, "http://127.0.0.1/ru", "ШОС", ru, "2023-07-05T08:00:00", "Vesti", lang="ru")
    assert lead(first, Article(2, "http://127.0.0.1/en", "SCO", en, "2024-08-12T09:00:00", "Gulf Daily",
                               lang="en")) == ("http://127.0.0.1/ru", "2023-07-05")
    assert lead(first, Article(2, "http://127.0.0.1/en", "SCO", en, "2023-07-05T17:00:00", "Gulf Daily",
                               lang="en")) == ("http://127.0.0.1/en", "2023-07-05")


def test_a_claim_changed_twice_in_one_run_says_which_change_is_the_latest(baseline):
    """One run read the treaty "signed", then "in force", and Iran's president "not Raisi" (killed), then
    Pezeshkian (sworn in): four changes, none marked as the latest (a fresh user's trial). The earlier change of
    each claim now names the later one (report.json `superseded_by`), in report.md and report.html."""
    from baseline.catalogue import load_catalogue
    from claims import Article, analyze
    from reports.render import render_html, render_markdown

    pages = [Article(1, "http://127.0.0.1/1", "Treaty", "Iran and Russia signed a comprehensive strategic "
                     "partnership treaty in Moscow on Friday, January 17.", "2025-01-17T10:00:00", "A"),
             Article(2, "http://127.0.0.1/2", "Treaty", "The strategic partnership treaty between Iran and Russia "
                     "entered into force on Thursday, the Russian foreign ministry said.", "2025-10-02T10:00:00", "B"),
             Article(3, "http://127.0.0.1/3", "Crash", "Iranian President Ebrahim Raisi was killed in a helicopter "
                     "crash on Sunday, state media said.", "2024-05-20T10:00:00", "C"),
             Article(4, "http://127.0.0.1/4", "Oath", "Masoud Pezeshkian was sworn in as Iran's president before "
                     "parliament on Tuesday.", "2024-07-30T10:00:00", "D")]
    found = [f.to_report() for f in analyze(pages, load_catalogue(), baseline).findings]
    by_value = {f["observed"]["value"]: f for f in found if f["verdict"] == "changed"}
    assert set(by_value) == {"signed", "in force", "not Ebrahim Raisi", "Masoud Pezeshkian"}
    assert by_value["signed"]["superseded_by"] == by_value["in force"]["id"]
    assert by_value["not Ebrahim Raisi"]["superseded_by"] == by_value["Masoud Pezeshkian"]["id"]
    assert "superseded_by" not in by_value["in force"] and "superseded_by" not in by_value["Masoud Pezeshkian"]
    alone = [f.to_report() for f in analyze(pages[:1], load_catalogue(), baseline).findings]
    assert [f.get("superseded_by") for f in alone] == [None]
    report = hostile_report()
    report["findings"] = found
    markdown, html_report = render_markdown(Report.from_json(report)), render_html(Report.from_json(report))
    said = f"a later change in this run: in force \\(finding {by_value['in force']['id']}\\)"
    assert said in markdown and "A later change in this run: in force (finding" in html_report
    from reports.digest import change_entry, change_md

    signed = by_value["signed"]
    row = {"id": signed["id"], "status": "new", "verdict": "changed", "first_seen": "r1"}
    assert change_md(change_entry(signed, row, ["r1"])).endswith(
        f"(changed; new in this period; superseded by finding {by_value['in force']['id']}, a later change in its run)")
