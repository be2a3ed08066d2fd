"""Trade reporting kinds found by probing (issue 11, en7; tests/probes/reporting_en7.txt), each read on the tests'
own catalogue for two other countries (tests/two_countries.py) with sentences written for these tests: the parties
as the subject of the verb "trade", a year not over yet ("so far this year"), the base year of a percentage
between a sum and its comparison."""

import pytest

import claims
from claims import nlp

needs_en = pytest.mark.skipif(not nlp.available("en"), reason="the English spaCy pipeline is not installed")


def values(catalogue, claim, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    """The readings' values of `claim` in `text`, in text order."""
    read = claims.read([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue)
    return [r.value for r in read.get(1, []) if r.claim == claim]


@needs_en
@pytest.mark.parametrize("text, growth, money", [
    # the measured thing named by the verb whose subject is the parties
    ("India and Japan traded $24bn worth of goods in 2024, up 16% from 2023.", ["+16% (2024)"],
     ["$24 billion (2024)"]),
    ("Last year India and Japan traded goods worth $24 billion, 20% more than in 2023.", ["+20% (2024)"],
     ["$24 billion (2024)"]),
    ("India traded goods worth $24 billion with Japan in 2024.", [], ["$24 billion (2024)"]),
    ("India and Japan opened a new shipping line. In 2024 the two countries traded goods worth $24 billion.", [],
     ["$24 billion (2024)"]),
])
def test_the_parties_as_the_subject_of_trade(two_countries, text, growth, money) -> None:  # type: ignore[no-untyped-def]
    assert values(two_countries, "trade-change", text) == growth
    assert values(two_countries, "bilateral-trade", text) == money


@needs_en
@pytest.mark.parametrize("text", [
    "India traded goods worth $24 billion with China in 2024.",           # a partner that is not the other party
    "Japan's traders said India traded $24 billion of rice in 2024.",     # one party alone
    "Traders in India and Japan said the market was booming in 2024, with $24 billion of shares traded.",
])
def test_no_bilateral_figure_from_trade_by_others(two_countries, text) -> None:  # type: ignore[no-untyped-def]
    assert values(two_countries, "bilateral-trade", text) == []


@needs_en
@pytest.mark.parametrize("text", [
    "Trade between India and Japan has jumped 18% so far this year, the deputy minister said.",
    "Trade between India and Japan is up 9% year-to-date.",
    "Trade between India and Japan has grown 12% since the start of the year.",
    "Trade between India and Japan rose 11% thus far in 2025.",
])
def test_a_year_not_over_is_no_annual_change(two_countries, text) -> None:  # type: ignore[no-untyped-def]
    baseline = {"trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-10-01")], two_countries,
                            baseline)
    assert [f.value for f in result.findings if f.claim == "trade-change" and f.verdict == "changed"] == []


@needs_en
def test_a_whole_year_still_changes(two_countries) -> None:  # type: ignore[no-untyped-def]
    baseline = {"trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []}}
    text = "Trade between India and Japan grew 18% in 2024, the deputy minister said."
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], two_countries,
                            baseline)
    assert [f.value for f in result.findings if f.claim == "trade-change" and f.verdict == "changed"] == ["+18% (2024)"]


@needs_en
@pytest.mark.parametrize("text, expected", [
    # a forecast beside the year's figure is no news of the year
    ("Trade between India and Japan rose 15.5% in 2024, the minister said, adding that he expected a 20% rise this "
     "year.", ["+15.5% (2024)"]),
    ("Trade between India and Japan rose 15.5% in 2024 and is expected to grow 20% this year.", ["+15.5% (2024)"]),
    # a share named in another phrase is not the measured thing
    ("Trade between India and Japan grew 15.5% in 2024, accounting for 6% of India's total foreign trade.",
     ["+15.5% (2024)"]),
    ("Trade between India and Japan rose 13% in 2024 in dollar terms.", ["+13% (2024)"]),
])
def test_the_years_change_beside_other_figures(two_countries, text, expected) -> None:  # type: ignore[no-untyped-def]
    baseline = {"trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-02-10")], two_countries,
                            baseline)
    assert [f.value for f in result.findings if f.claim == "trade-change" and f.verdict == "changed"] == expected


@needs_en
@pytest.mark.parametrize("text", [
    "In rupee terms, trade between India and Japan grew 25% in 2024.",          # another currency than the dollar
    "Trade between India and Japan in yen rose 25% in 2024.",
    "Trade between India and Japan grew 3.5 times between 2015 and 2024.",       # years, not a year
    "Trade between India and Japan via the Malacca Strait grew 20% in 2024.",    # one route
])
def test_no_annual_change_in_another_measure(two_countries, text) -> None:  # type: ignore[no-untyped-def]
    baseline = {"trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-02-10")], two_countries,
                            baseline)
    assert [f.value for f in result.findings if f.claim == "trade-change" and f.verdict == "changed"] == []


@needs_en
def test_a_headline_line_gives_the_years_change(two_countries) -> None:  # type: ignore[no-untyped-def]
    # the extractor keeps the page's <h1> as its first line; the small model parses a headline's "trade" as the
    # verb the figure hangs on
    text = ("India-Japan trade up 16% in 2024\n"
            "Japan's ambassador in New Delhi said trade between the two countries reached $24 billion last year.")
    assert values(two_countries, "trade-change", text) == ["+16% (2024)"]


@needs_en
@pytest.mark.parametrize("text, verdict", [
    # a figure the sentence gives as a correction of the recorded one, for the same year: a change
    ("Customs officials revised the figure for trade between India and Japan in 2024 to $22 billion.", "changed"),
    ("Revised customs data show that trade between India and Japan came to $22 billion in 2024.", "changed"),
    # the revision's own date is when it was made, not the figure's period (walkfix11); the old figure after "from"
    # is no value of its own
    ("Japanese customs revised the 2024 figure for trade between India and Japan to $22 billion, from $19.5 billion "
     "announced in March, once delayed declarations had been added.", "changed"),
    ("Japanese customs revised the 2024 figure for trade between India and Japan to $22 billion in August.",
     "changed"),
    ("Japanese customs revised the 2024 figure for trade between India and Japan to $22 billion this week.",
     "changed"),
    ("Japanese customs last week revised the 2024 figure for trade between India and Japan to $22 billion.",
     "changed"),
    # another figure for that year with no word of a correction: a dispute, as before
    ("Trade between India and Japan came to $22 billion in 2024, the trade ministry said.", "disputed"),
    ("Customs officials did not revise the figure: trade between India and Japan was $22 billion in 2024.",
     "disputed"),
])
def test_a_revised_figure_for_the_recorded_year_is_a_revision_not_a_dispute(two_countries, text, verdict) -> None:  # type: ignore[no-untyped-def]
    baseline = {"bilateral-trade": {"value": "$24 billion (2024)", "period": "2024", "low": 2.4e10, "high": 2.4e10,
                                    "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-04-03")], two_countries,
                            baseline)
    found = [f for f in result.findings if f.claim == "bilateral-trade"]
    assert [(f.verdict, f.value) for f in found] == [(verdict, "$22 billion (2024)")]
    assert found[0].report["evidence"].get("revision", False) is (verdict == "changed")


@needs_en
@pytest.mark.parametrize("text, verdict", [
    # within the 3% that lets one figure rounded two ways confirm the record, a correction is still a change
    ("Japanese customs revised the 2024 figure for trade between India and Japan to $24.5 billion.", "changed"),
    ("Trade between India and Japan came to $24.5 billion in 2024, the trade ministry said.", "confirmed"),
    ("Japanese customs revised the 2024 figure for trade between India and Japan to $24 billion.", "confirmed"),
])
def test_a_small_revision_of_the_recorded_figure_is_a_change(two_countries, text, verdict) -> None:  # type: ignore[no-untyped-def]
    baseline = {"bilateral-trade": {"value": "$24 billion (2024)", "period": "2024", "low": 2.4e10, "high": 2.4e10,
                                    "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-04-03")], two_countries,
                            baseline)
    assert [f.verdict for f in result.findings if f.claim == "bilateral-trade"] == [verdict]


@needs_en
def test_the_figure_a_revision_replaced_is_no_value_of_its_own(two_countries) -> None:  # type: ignore[no-untyped-def]
    text = "Japanese customs revised the 2024 figure for trade between India and Japan to $22 billion, from $19.5 billion."
    assert values(two_countries, "bilateral-trade", text) == ["$22 billion (2024)"]


@needs_en
@pytest.mark.parametrize("text", [
    "An earlier version of this report misstated trade between India and Japan in 2024 as $29 billion.",
    "An earlier version of this story wrongly said trade between India and Japan was $29 billion in 2024.",
])
def test_a_figure_a_correction_withdraws_is_no_value(two_countries, text):  # type: ignore[no-untyped-def]
    # trade12: the wrong figure of a correction notice (claims.grammar.misstated, LEXICON "misstatement")
    assert values(two_countries, "bilateral-trade", text) == []
    right = text + " Trade between India and Japan came to $24 billion in 2024."
    assert values(two_countries, "bilateral-trade", right) == ["$24 billion (2024)"]


@needs_en
def test_business_done_by_the_parties_is_their_trade() -> None:
    # trade12: "do business" in the catalogue's cues, the verb with its object noun (claims.reader.light_object)
    from baseline.catalogue import load_catalogue

    catalogue = load_catalogue()
    done = "Russian and Iranian companies did $4.8 billion of business with each other in 2024."
    assert values(catalogue, "bilateral-trade", done) == ["$4.8 billion (2024)"]
    worth = "Iran and Russia did business worth $4.8 billion in 2024."
    assert values(catalogue, "bilateral-trade", worth) == ["$4.8 billion (2024)"]
    other = "Iranian firms did $4.8 billion of business with China in 2024."
    assert values(catalogue, "bilateral-trade", other) == []


@needs_en
@pytest.mark.parametrize("source, verdict", [
    # trade12: a report whose author is named is that author's word (claims.grammar.authored)
    ("according to a report by the trade ministry", "changed"),
    ("according to a report by the Japan External Trade Organization", "changed"),
    # nobody named, or a voice of no institution: unverified, as before
    ("according to a report", "disputed"),
    ("according to a report by a Telegram channel", "disputed"),
])
def test_a_report_by_a_named_author(two_countries, source, verdict):  # type: ignore[no-untyped-def]
    baseline = {"bilateral-trade": {"value": "$20 billion (2021)", "period": "2021", "low": 2e10, "high": 2e10,
                                    "quotes": []}}
    text = f"Trade between India and Japan reached $24 billion in 2024, {source}."
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-04-03")], two_countries,
                            baseline)
    assert [(f.verdict, f.value) for f in result.findings if f.claim == "bilateral-trade"] == [
        (verdict, "$24 billion (2024)")]


@needs_en
@pytest.mark.parametrize("text, growth", [
    # trade12: a change over a span of several years is no year's (claims.values.is_cumulative, span_of_time)
    ("Trade between India and Japan has grown 30% over the past three years, reaching $24 billion in 2024.", []),
    ("Trade between India and Japan rose 60% in recent years, to $24 billion in 2024.", []),
    # a plural time noun on another noun is no span of the change
    ("Trade between India and Japan grew 16% in 2024, the fastest pace in years.", ["+16% (2024)"]),
])
def test_a_change_over_several_years_is_no_years(two_countries, text, growth):  # type: ignore[no-untyped-def]
    assert values(two_countries, "trade-change", text, published="2025-11-10") == growth


@needs_en
def test_figures_of_one_period_in_one_run_are_related_a_revision_supersedes(two_countries) -> None:  # type: ignore[no-untyped-def]
    # a fresh-user walk: "$24 billion" on one page and "revised … to $22 billion" on a later one were two changes
    from reports.model import Report, Run
    from reports.render import render_html, render_markdown

    baseline = {"bilateral-trade": {"value": "$20 billion (2023)", "period": "2023", "low": 2e10, "high": 2e10,
                                    "quotes": []}}
    first = claims.Article(1, "http://127.0.0.1/a", "", "Trade between India and Japan reached $24 billion in 2024, "
                           "the customs service said.", "2025-02-10")
    revision = claims.Article(2, "http://127.0.0.1/b", "", "Japanese customs revised the 2024 figure for trade "
                              "between India and Japan to $22 billion.", "2025-04-03")
    other = claims.Article(3, "http://127.0.0.1/c", "", "Trade between India and Japan came to $21 billion in 2024, "
                           "the trade ministry said.", "2025-03-01")

    def changed(articles):  # type: ignore[no-untyped-def]
        found = claims.analyze(articles, two_countries, baseline).findings
        return {f.value: f.report for f in found if f.claim == "bilateral-trade" and f.verdict == "changed"}

    found = changed([first, revision])
    assert set(found) == {"$24 billion (2024)", "$22 billion (2024)"}
    assert found["$24 billion (2024)"]["superseded_by"] == found["$22 billion (2024)"]["id"]
    assert "superseded_by" not in found["$22 billion (2024)"] and "conflicts_with" not in found["$22 billion (2024)"]
    report = Report(run=Run(id="r", started_at="", finished_at="", feeds=[], counts={}), findings=list(found.values()))
    line = f"superseded by a revised figure for 2024 in this run: $22 billion (2024) (finding {found['$22 billion (2024)']['id']})"
    assert line in render_markdown(report).replace("\\", "")
    assert "Superseded by a revised figure for 2024" in render_html(report)

    # two figures with no word of a revision: neither supersedes, each names the other
    found = changed([first, other])
    assert found["$24 billion (2024)"]["conflicts_with"] == [found["$21 billion (2024)"]["id"]]
    assert found["$21 billion (2024)"]["conflicts_with"] == [found["$24 billion (2024)"]["id"]]
    # one figure alone: nothing added
    found = changed([first])
    assert set(found["$24 billion (2024)"]) & {"superseded_by", "conflicts_with"} == set()
