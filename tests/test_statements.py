"""Statements set aside by the parse (claims.statements): another instrument than the claim's, partial-year
and one-sector figures for a yearly claim. Sentences written for these tests."""

from types import SimpleNamespace

import pytest

from claims.nlp import available, parse
import datetime as dt

from claims.statements import about_another_thing, statement_date, whole_period

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

FTA = SimpleNamespace(others=("interim", "temporary", "protocol"), type="status", period="")
TRADE = SimpleNamespace(others=(), type="quantity", period="year", topic=("trade",), cues=("trade", "turnover"))


def span(sentence, cue):  # type: ignore[no-untyped-def]
    return sentence.index(cue), sentence.index(cue) + len(cue)


@pytest.mark.parametrize("sentence, cue, other", [
    ("The protocol entered into force in October.", "entered into force", True),
    ("The temporary agreement that has been in force since 2019 helps trade.", "in force", True),
    ("The free-trade agreement entered into force in May.", "entered into force", False),
])
def test_a_statement_about_another_instrument_is_not_the_claims(sentence, cue, other):
    assert about_another_thing(parse([sentence])[0], span(sentence, cue), FTA, cue) is other


@pytest.mark.parametrize("sentence, period, whole", [
    ("Trade between the two countries reached $4.1 billion in 2024.", "2024", True),
    ("Trade between the two countries reached $3.3 billion over the first nine months of 2024.", "2024", False),
    ("Trade between the two countries reached $3.3 billion in January-September 2024.", "2024-9M", False),
    ("Agricultural trade between the two countries reached $1.2 billion in 2024.", "2024", False),
])
def test_yearly_figures_are_whole_years_of_the_whole_measure(sentence, period, whole):
    reading = SimpleNamespace(period=period)
    figure = sentence.index("$")
    assert whole_period(parse([sentence])[0], (figure, figure + 12), TRADE, reading) is whole


def test_the_statements_own_date_is_not_the_figures_period():
    sentence = "The speaker said in January that trade between the two countries grew to $4.6 billion last year."
    figure = sentence.index("$")
    assert whole_period(parse([sentence])[0], (figure, figure + 12), TRADE, SimpleNamespace(period="2022"))


@pytest.mark.parametrize("sentence, dated, decided", [
    # a year that names the thing ("the 2019 accord") is not when the statement happens; "today" is the article's date
    ("Curbs agreed under the 2019 accord are due to return today after the vote.", "2024-03-05", True),
    ("The 2019 accord ended on 2 February 2024.", "2024-02-02", True),
    ("The 2019 accord was discussed at length.", None, True),
    ("The accord was concluded in Oslo.", None, False),
])
def test_a_statements_date_comes_from_the_dates_that_time_it(sentence, dated, decided):
    assert statement_date(parse([sentence])[0], dt.date(2024, 3, 5)) == (dated, decided)
