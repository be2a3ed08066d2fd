"""`claimwatch eval`'s reading of labels: news-dev's text values, figures, alternatives, buckets."""

import json

import pytest

from settings.errors import ConfigError
from claimwatch.evaluate import (CorpusArticle, Expectation, group_keys, load_corpus,
                                 matches_development, render_feed, render_page, split_note,
                                 value_matches)


@pytest.mark.parametrize("label, predicted, ok", [
    ("Masoud Pezeshkian (president-elect; predecessor killed)", {"value": "Masoud Pezeshkian"}, True),
    ("Hossein Amir-Abdollahian", {"value": "Hossein Amir Abdollahian"}, True),
    ("Masoud Pezeshkian", {"value": "Ebrahim Raisi"}, False),
    ("draft (text agreed; 'will soon be signed')", {"value": "draft"}, True),
    ("draft (text agreed)", {"value": "signed"}, False),
    ("delivered (Western accusation) vs. not delivered (Iranian denial)", {"value": "not delivered"}, True),
    ("$4.8 billion (2024)", {"value": "$4.8 billion (2024)", "amount": 4.8e9, "period": "2024"}, True),
    ("$4.8 billion (2024)", {"value": "$4.8 billion (2023)", "amount": 4.8e9, "period": "2023"}, False),
    ("about $5 billion (2022)", {"value": "", "amount": 4.8e9, "period": "2022"}, True),
    ("$4.5-5 billion (2024, expected)", {"value": "", "amount": 4.7e9, "period": "2024"}, True),
    ("$4.86 billion (2022)", {"value": "", "amount": 4.0e9, "period": "2022"}, False),
    ("+22% (2025); +13% (2024)", {"value": "", "amount": 13.0, "period": "2024"}, True),
    ("decline (2023, 'slight')", {"value": "", "amount": -2.0, "period": "2023"}, True),
    ("decline (2023, 'slight')", {"value": "", "amount": 2.0, "period": "2023"}, False),
])
def test_labels_match_by_head_alternatives_and_figures(label, predicted, ok):
    assert value_matches(Expectation("c", "changed", label), predicted) is ok


def test_news_dev_pages_load_undated_as_the_product_meets_them(tmp_path):
    (tmp_path / "pages").mkdir()
    page = {"url": "https://example.org/a", "outlet": "Wire", "published": None, "title": "T", "lang": "de",
            "split": "check", "text": "Erster Absatz.\nZweiter Absatz.",
            "expected": [{"claim": "sco-membership", "verdict": "none", "value": "", "evidence": ""}],
            "new_developments": [], "notes": ""}
    (tmp_path / "pages" / "001_x.json").write_text(json.dumps(page), encoding="utf-8")
    [article] = load_corpus(tmp_path)
    assert article.published == "" and article.undated and article.distractor
    # served with no date in page or feed: the pipeline dates it by the fetch, the engine by its text (undated25)
    assert b"published_time" not in render_page(article)
    assert b"<pubDate>" not in render_feed("http://127.0.0.1:1", [article], "Wire")
    assert article.paragraphs == ["Erster Absatz.", "Zweiter Absatz."]
    assert group_keys(article) == ["check:all", "check:other", "check:de", "all:all", "all:other", "all:de"]
    (tmp_path / "pages" / "002_y.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="002_y.json"):
        load_corpus(tmp_path)


def test_a_listed_development_matches_a_label_by_its_evidence_words():
    evidence = "Russia will build four nuclear power units in Hormozgan under a 25 billion dollar contract"
    assert matches_development("Tehran and Moscow agreed that Russia will build four nuclear power units in "
                               "Hormozgan under a contract worth 25 billion dollars.", evidence)
    assert not matches_development("Russia and Iran signed a treaty on Friday.", evidence)


def test_english_article_buckets():
    article = CorpusArticle("s", "t", "o", "2024-01-01", "tune", True, "b", [], [])
    assert group_keys(article) == ["tune:all", "tune:en", "all:all", "all:en"]


def test_the_output_says_where_split_names_other_than_tune_and_check_come_from():
    """walk19: `claimwatch eval tests/corpus` printed dev / holdout where README speaks of tune / check."""
    pages = [CorpusArticle(f"s{n}", "t", "o", "2024-01-01", split, True, "b", [], [])
             for n, split in enumerate(["holdout", "dev", "dev"])]
    assert split_note(pages) == ("splits dev (2 pages), holdout (1 page): as this corpus's pages name them (each "
                                 "page's `split`; its README says what they mean)")
    assert split_note([CorpusArticle("s", "t", "o", "2024-01-01", "tune", True, "b", [], [])]) == ""
