"""Trade figures read from the parse (claims.values change_direction / comparison_spans / figure_holder): a
figure's direction, what it is a figure of and which date is its period, through the engine's API with the
tests' own catalogue for two other countries (tests/two_countries.py). Sentences written for these tests in
the ways a wire, a ministry and a think tank put a figure."""

import pytest

import claims
from claims import nlp
from claims.values import change_direction, comparison_spans, figure_holder

needs_en = pytest.mark.skipif(not nlp.available("en"), reason="the English spaCy pipeline is not installed")


def changes(catalogue, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    """The trade-change readings of `text` as (value, negated), in text order."""
    read = claims.read([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue)
    return [(r.value, r.negated) for r in read.get(1, []) if r.claim == "trade-change"]


def at(text: str, figure: str) -> tuple[object, int, int]:
    [doc] = nlp.parse([text])
    start = text.index(figure)
    return doc, start, start + len(figure)


@needs_en
@pytest.mark.parametrize("text, figure, direction", [
    ("Trade rose 20% in 2023 and another 15% in 2024.", "15%", "up"),    # coordinated with the verb
    ("Trade grew 20% in 2023 and 15% in 2024.", "15%", "up"),
    ("Trade reached $4bn, an increase of 20 percent.", "20 percent", "up"),  # of a noun of change
    ("Despite a 15% drop in 2024, trade stays large.", "15%", "down"),   # compound on a noun of change
    ("Trade was $4bn in 2024, down 17 percent.", "17 percent", "down"),
    ("The growth of trade reached 20% in 2024.", "20%", "up"),            # the subject of a verb of level
    ("Trade fell to 4.5% of the total in 2024.", "4.5%", None),            # a level, not a change
    ("Japan accounted for 3% of India's trade.", "3%", None),              # a share
])
def test_change_direction_reads_the_governing_word(text: str, figure: str, direction: str | None) -> None:
    found, decided = change_direction(*at(text, figure))
    assert decided and found == direction


@needs_en
@pytest.mark.parametrize("text, base", [
    ("Trade grew by 12 percent in 2024 compared to 2023.", "2023"),
    ("Trade in 2024 was 8% higher than in 2023.", "2023"),
    ("Trade reached $4bn in 2024, up 20% from a year earlier.", "a year earlier"),
])
def test_comparison_spans_are_the_base_not_the_period(text: str, base: str) -> None:
    [doc] = nlp.parse([text])
    spans = [text[a:b] for a, b in comparison_spans(doc)]
    assert base in spans and "2024" not in spans


@needs_en
def test_figure_holder_is_the_subject_of_the_figures_verb() -> None:
    text = "Japanese exports to India rose 27% while total trade rose 3% in 2024."
    doc, start, end = at(text, "27%")
    assert text[slice(*figure_holder(doc, start, end))] == "Japanese exports to India"
    doc, start, end = at(text, "3%")
    assert text[slice(*figure_holder(doc, start, end))] == "total trade"
    # a share is of what its "of" names, whoever holds it
    text = "Japan accounted for 40 percent of India's imports of machinery in 2024."
    doc, start, end = at(text, "40 percent")
    assert text[slice(*figure_holder(doc, start, end))] == "of India's imports of machinery"
    # a relative clause's figure is the noun's it hangs on
    text = "Trade between India and Japan, which grew 81% in 2021, stalled."
    doc, start, end = at(text, "81%")
    assert "Trade" in text[slice(*figure_holder(doc, start, end))]


@needs_en
@pytest.mark.parametrize("text, expected", [
    # a second figure inherits the first one's direction; the latest period is the news
    ("Trade between India and Japan rose 20% in 2023 and another 15% in 2024, officials said.", "+15% (2024)"),
    ("Trade between India and Japan surged 30% in 2023, customs data show, and grew a further 9% in 2024.",
     "+9% (2024)"),
    # the year compared with is not the figure's period
    ("Trade between India and Japan reached $25 billion in 2024, an increase of 12 percent compared to 2023.",
     "+12% (2024)"),
    ("Trade between India and Japan in 2024 was 8% lower than in 2023.", "-8% (2024)"),
    # another thing's figure in the same sentence is not the trade's
    ("Japanese exports to India rose 27% while imports from India fell 4% in 2024, and total trade between "
     "India and Japan rose 3%.", "+3% (2024)"),
    ("The growth of trade between India and Japan reached 20% in 2024.", "+20% (2024)"),
    # the latest whole year's figure, not a later quarter's coordinated with it
    ("Trade between India and Japan jumped by 20% in 2024 compared to 2023, and rose another 10% in the first "
     "quarter of 2025.", "+20% (2024)"),
    # a dateline's day is no part of a year ("February 5" is a day, not a month's figure); the small model
    # takes the dateline for a second subject
    ("NEW DELHI, February 5 (IndoNews) - Trade turnover between India and Japan increased by 8 percent in 2024 "
     "and reached $25 billion, a deputy minister said on Thursday.", "+8% (2024)"),
    ("TOKYO, February 5 (NewsWire) - Trade turnover between India and Japan increased by 8 percent in 2024 "
     "and reached $25 billion, a deputy minister said on Thursday.", "+8% (2024)"),
    # the parties' own demonyms before "trade" name the bilateral trade, not one sector ("oil trade" does)
    ("Indian-Japanese trade grew 15% in 2024 to around $25 billion, the minister said.", "+15% (2024)"),
    ("Overall Indian-Japanese trade in 2024 was 3.8% higher than in 2023, customs data show.", "+3.8% (2024)"),
    # a pronoun's figure is not dropped for want of the noun it stands for
    ("Trade between India and Japan grew by 20% in the first nine months of 2024, while in 2023 it rose 15%.",
     "+15% (2023)"),
])
def test_trade_change_kinds(two_countries, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [value for value, _ in changes(two_countries, text)] == [expected]


@needs_en
def test_a_fall_by_a_figure_is_no_refusal(two_countries) -> None:  # type: ignore[no-untyped-def]
    # "declined" with a figure is a fall ("declined to comment" is a refusal, read as a negation)
    text = "Trade between India and Japan declined by 7.5% in 2024 amid weak demand."
    assert changes(two_countries, text) == [("-7.5% (2024)", False)]


@needs_en
@pytest.mark.parametrize("text", [
    "Trade between India and Japan rose 20% in the first half of 2024.",      # a partial year
    "Japan took a 12% share of trade with India in 2024.",                   # a share
    "Trade between India and Japan fell to 3% of India's total in 2024.",    # a level
    "Trade between India and Japan grew by 15% in the fiscal year that ended on March 31, 2024.",
])
def test_no_annual_change_is_read_from(two_countries, text: str) -> None:  # type: ignore[no-untyped-def]
    assert changes(two_countries, text) == []


@needs_en
def test_the_figure_reader_parses_each_sentence_once(two_countries, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.test_engine_speed import CountingPipeline

    parsed: list[str] = []
    counting = CountingPipeline(parsed)
    monkeypatch.setattr(nlp, "pipeline", lambda lang="en": counting)
    text = "Trade between India and Japan rose 20% in 2023 and another 15% in 2024, officials said."
    baseline = {"trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], two_countries,
                            baseline)
    assert parsed.count(text) == 1  # read for the figure, then for the stance, from one parse
    assert [f.value for f in result.findings if f.claim == "trade-change"] == ["+15% (2024)"]


def test_no_money_range_runs_downwards() -> None:
    from claims.values import find_money

    [money] = find_money("Trade increased by 20 percent in 2024 to 4.9 billion dollars.")
    assert (money.amount, money.qualifier) == (4.9e9, None)
    assert [m.amount for m in find_money("Trade was 4 to 5 billion dollars.")] == [4e9]  # a range still is one


def money_values(catalogue, text):  # type: ignore[no-untyped-def]
    read = claims.read([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue)
    return [r.value for r in read.get(1, []) if r.claim == "bilateral-trade"]


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Trade between India and Japan fell to $20 billion in 2024 from $23 billion a year earlier.",
     ["$20 billion (2024)"]),                                             # the base has no period of its own
    ("Trade between India and Japan stood at $20 billion in 2024, compared with $23 billion in 2023.",
     ["$20 billion (2024)", "$23 billion (2023)"]),                       # one with its own date keeps it
    ("Trade in farm products between India and Japan reached $1.2 billion in 2024.", []),  # one sector
    ("Japan's total foreign trade reached $1.5 trillion in 2024.", []),  # one country's trade with all
    ("India's exports to Japan, which make up a third of bilateral trade, reached $7 billion in 2024.", []),
    ("India's trade with Japan reached $22 billion in 2024.", ["$22 billion (2024)"]),
])
def test_annual_bilateral_money_kinds(two_countries, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert money_values(two_countries, text) == expected


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Trade between India and Japan increased 1.5 times in 2024.", ["+50% (2024)"]),   # a multiple
    ("Trade between India and Japan grew threefold in 2024.", ["+200% (2024)"]),
    ("Trade between India and Japan doubled in 2024 to $40 billion.", ["+100% (2024)"]),
    ("Trade between India and Japan has doubled since 2015, reaching $40 billion in 2024.", []),  # cumulative
    ("Trade between India and Japan was three times higher than in 2015.", []),       # no verb of rise
])
def test_growth_written_as_a_multiple(two_countries, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [value for value, _ in changes(two_countries, text)] == expected
