"""Reports of findings read in another language: the quote as written, was → now in English, the language."""

from __future__ import annotations

from baseline.catalogue import load_catalogue
from claims import Article, analyze
from reports.render import _md_finding, html_finding

TEXT = "Президент Ирана Масуд Пезешкиан встретился с Путиным в Москве, сообщил Кремль."


def finding() -> dict:
    analysis = analyze([Article(7, "http://127.0.0.1/ru", "Встреча", TEXT, published="2025-01-17", lang="ru")],
                       load_catalogue(), {"iran-president": {"value": "Ebrahim Raisi", "quotes": []}})
    found = [f for f in analysis.findings if f.claim == "iran-president"]
    assert found, "the Russian sentence should be read"
    return found[0].to_report()


def test_report_json_has_the_original_quote_english_values_and_language() -> None:
    f = finding()
    assert f["observed"]["value"] == "Masoud Pezeshkian" and f["baseline"]["value"] == "Ebrahim Raisi"
    assert f["observed"]["quote"] == TEXT and f["observed"]["language"] == "ru"
    assert all(s["language"] == "ru" for s in f["sources"])


def test_markdown_and_html_show_the_language_of_the_quote() -> None:
    f = finding() | {"first_seen": "run-1"}
    md = _md_finding(f)
    assert "Ebrahim Raisi → **Masoud Pezeshkian**" in md and "quote in ru" in md and "Пезешкиан" in md
    page = html_finding(f)
    assert '<blockquote lang="ru" dir="auto">' in page and "quote in ru" in page


def test_a_finding_leads_with_the_quote_its_reader_can_read() -> None:
    """A later, equally sure Russian source would lead by date; the English one states the same value, so the
    finding shows it first and keeps the Russian one among its sources."""
    english = "Iranian President Masoud Pezeshkian met Vladimir Putin in Moscow, the Kremlin said."
    articles = [Article(7, "http://127.0.0.1/ru", "Встреча", TEXT, published="2025-01-18", lang="ru"),
                Article(8, "http://127.0.0.1/en", "Meeting", english, published="2025-01-17", lang="en")]
    analysis = analyze(articles, load_catalogue(), {"iran-president": {"value": "Ebrahim Raisi", "quotes": []}})
    f = next(f for f in analysis.findings if f.claim == "iran-president").to_report()
    assert (f["observed"]["language"], f["observed"]["quote"]) == ("en", english)
    assert sorted(s["language"] for s in f["sources"]) == ["en", "ru"]


def test_a_right_to_left_title_and_outlet_keep_the_meta_line_in_order() -> None:
    # "2026-12-01 · المرصد · [title]" was shown reordered: the title and outlet are isolated from the line
    f = finding() | {"first_seen": "run-1"}
    f["observed"] = f["observed"] | {"title": "روسيا وإيران", "outlet": "المرصد المشرقي", "published": "2025-01-17"}
    page = html_finding(f)
    meta = page.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert meta.startswith('<a href="http://127.0.0.1/ru" rel="noopener noreferrer"><bdi>روسيا وإيران</bdi></a> · '
                           '<bdi>المرصد المشرقي</bdi> · 2025-01-17 · ')
