"""Kinds of English reporting found by probing the engine with wire, agency, think-tank and press-release
sentences written for it (issue 11, the probes of tests/probes/*_wire.txt), each read on a catalogue this test
writes for two other countries (Kenya, Brazil) and a bloc: a sentence stating two states, the article's lead
naming the party, a member of the bloc, forecasts for a year already over, estimated figures, forecast verbs,
purpose clauses, runs of months, a currency named by its country, "not yet" in an ordered claim, the later of
two figures, a growth written as a comparative, and an end named by a noun of the event dated near the
article."""

import pytest

import claims
from claims.nlp import available

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

CATALOGUE = '''
[parties]
kenya = ["Kenya", "Kenyan", "Nairobi"]
brazil = ["Brazil", "Brazilian", "Brasilia"]

[context]
officials = ["minister", "ministry", "government", "spokesman", "customs"]
blocs = ["Andean Union"]

[[claims]]
id = "andean-fta"
question = "Does Kenya have a free trade agreement with the Andean Union?"
type = "status"
ordered = true
parties = ["kenya"]
topic = ["Andean Union"]
others = ["interim"]
members = ["Peru", "Bolivia"]
  [[claims.states]]
  value = "negotiating"
  process = true
  cues = ["=negotiating", "interim agreement"]
  [[claims.states]]
  value = "signed"
  cues = ["sign", "ratify"]
  [[claims.states]]
  value = "in force"
  presupposes = "signed"
  cues = ["enter into force", "take effect", "become effective", "in force"]

[[claims]]
id = "reef-accord"
question = "Is the reef protection accord in force?"
type = "status"
ordered = false
parties = ["kenya"]
topic = ["reef accord"]
  [[claims.states]]
  value = "in force"
  cues = ["in force"]
  [[claims.states]]
  value = "ended"
  cues = ["expire", "run its course", "formally end"]
  dated = ["expiry of", "end of"]

[[claims]]
id = "trade-total"
question = "What is the annual trade between Kenya and Brazil?"
type = "quantity"
measure = "money"
unit = "USD"
period = "year"
parties = ["kenya", "brazil"]
topic = ["trade"]
cues = ["trade", "turnover"]

[[claims]]
id = "trade-change"
question = "By how much did Kenya-Brazil trade grow in a year?"
type = "quantity"
change = true
measure = "percent"
unit = "percent"
period = "year"
parties = ["kenya", "brazil"]
topic = ["trade"]
cues = ["trade", "turnover"]
'''

BASELINE = {
    "andean-fta": {"value": "negotiating", "quotes": []},
    "reef-accord": {"value": "in force", "quotes": []},
    "trade-total": {"value": "$1 billion (2021)", "period": "2021", "low": 1.0e9, "high": 1.0e9, "quotes": []},
    "trade-change": {"value": "+10% (2021)", "period": "2021", "low": 10.0, "high": 10.0, "quotes": []},
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tests.reading import written_catalogue

    return written_catalogue(tmp_path_factory, CATALOGUE, "kenya-brazil-bloc")


def found(catalogue, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue, BASELINE)
    return {f.claim: (f.verdict, f.value) for f in result.findings}


@pytest.mark.parametrize("text, expected", [
    # the longer cue is put ahead; what the sentence asserts of another state is read too
    ("Kenya and the Andean Union signed a free trade agreement on Monday, which will take effect after "
     "ratification.", ("changed", "signed")),
    ("The Kenya-Andean Union free trade agreement, signed in December 2023, is due to enter into force in May.",
     ("changed", "signed")),
    # the main clause's state outranks the one in the clause below it
    ("The free trade agreement between Kenya and the Andean Union became effective on Thursday, replacing the "
     "interim agreement that had been in place since 2019.", ("changed", "in force")),
    # nothing asserted beside the plan: still nothing
    ("Kenya and the Andean Union plan to sign a free trade agreement that will take effect next year.", None),
])
def test_a_sentence_stating_two_states_is_read_for_both(catalogue, text, expected):
    got = found(catalogue, text).get("andean-fta")
    assert got == expected or (expected is None and (got is None or got[0] != "changed"))


def test_a_second_reading_of_a_sentence_contests_nothing(catalogue):
    # the second sentence's first reading is the end set for the article's own day; its second, the limits
    # "in force" until then, does not put the first sentence's report in doubt
    text = ("Kenya's reef accord formally ends today, officials said.\n"
            "Fishing limits in force under the reef accord are set to formally end today.")
    assert found(catalogue, text, published="2025-03-01").get("reef-accord") == ("changed", "ended")


@pytest.mark.parametrize("text, expected", [
    # the party is named in the lead only; the statement comes two sentences later
    ("NAIROBI - Kenya's coastal communities marked a decade of marine protection on Saturday. Divers gathered "
     "at the harbour for a ceremony.\nThe reef accord formally expired at midnight, officials said.",
     ("changed", "ended")),
    # no party named anywhere: nothing to bind the statement to
    ("Divers gathered at the harbour for a ceremony on Saturday.\nThe reef accord formally expired at midnight.",
     None),
    # another country in the statement's clause: that country's accord
    ("NAIROBI - Kenya's coastal communities marked a decade of marine protection.\nDivers gathered on Saturday."
     "\nTanzania's reef accord expired at midnight.", None),
])
def test_the_lead_names_the_party_the_article_is_about(catalogue, text, expected):
    assert found(catalogue, text).get("reef-accord") == expected


def test_the_end_named_by_its_course(catalogue):
    text = "Kenya said the reef accord had run its course and would not be renewed."
    assert found(catalogue, text).get("reef-accord") == ("changed", "ended")


@pytest.mark.parametrize("text, published, verdict", [
    # a forecast for a year already over, said after it: an estimate of what it came to
    ("Trade between Kenya and Brazil was expected to reach $2 billion in 2024, the ambassador said.",
     "2025-03-01", "disputed"),
    # the same forecast said before the year was over: a plan, nothing to report
    ("Trade between Kenya and Brazil is expected to reach $2 billion in 2024, the ambassador said.",
     "2024-03-01", None),
    # an estimated figure is a guess, not a count
    ("Kenya-Brazil trade is estimated at $1.8-2 billion in 2024.", "2025-03-01", "disputed"),
    ("Kenya and Brazil traded goods worth an estimated $1.9 billion in 2024, the ministry said.", "2025-03-01",
     None),
    # a counted figure from the state's customs: a change
    ("Trade between Kenya and Brazil reached $1.9 billion in 2024, the Federal Customs Service reported.",
     "2025-03-01", "changed"),
    # a forecast verb puts the figure ahead
    ("Trade between Kenya and Brazil is projected to hit $3 billion in 2025.", "2025-03-01", None),
    ("Trade between Kenya and Brazil is forecast to reach $3 billion in 2025.", "2025-03-01", None),
])
def test_forecasts_and_estimates_are_no_count(catalogue, text, published, verdict):
    got = found(catalogue, text, published).get("trade-total")
    if verdict is None:
        assert got is None or got[0] != "changed"
    else:
        assert got is not None and got[0] == verdict


@pytest.mark.parametrize("text, expected", [
    # January to December is the year
    ("Trade turnover between Kenya and Brazil in January-December 2024 increased by 15.5% year-on-year, "
     "the ministry said.", ("changed", "+15.5% (2024)")),
    # January to September is part of it
    ("Trade turnover between Kenya and Brazil in January-September 2024 increased by 11% year-on-year.", None),
    ("Trade between Kenya and Brazil from January to June 2024 rose 8%.", None),
])
def test_a_run_of_months(catalogue, text, expected):
    got = found(catalogue, text).get("trade-change")
    assert got == expected or (expected is None and (got is None or got[0] != "changed"))


def test_a_run_of_months_labels_its_period():
    from claims.values import period_near, whole_year_span

    text = "Trade in January-September 2024 rose 11%."
    assert period_near(text, text.index("11%"), text.index("11%") + 3) == "2024-9M"
    text = "Trade from March to June 2024 rose 11%."
    assert period_near(text, text.index("11%"), text.index("11%") + 3) == "2024-03-06"
    assert whole_year_span("in January-December 2024") and not whole_year_span("in January-November 2024")


def test_a_currency_named_by_its_country_is_no_country():
    from claims.entities import countries_in

    assert countries_in("trade totalled US$4.8 billion") == frozenset()
    assert countries_in("paid in US dollars") == frozenset()
    assert countries_in("the United States imposed sanctions") == {"US"}


def test_a_growth_beside_a_figure_in_us_dollars(catalogue):
    text = ("In 2024, trade turnover between Kenya and Brazil totalled US$1.9 billion, an increase of 16% "
            "compared with 2023.")
    got = found(catalogue, text)
    assert got.get("trade-change") == ("changed", "+16% (2024)")
    assert got.get("trade-total") == ("changed", "$1.9 billion (2024)")


@pytest.mark.parametrize("text, expected", [
    # not yet in force: the agreement is signed (the catalogue's `presupposes`)
    ("The Kenya-Andean Union free trade agreement has not yet entered into force because parliament has not "
     "ratified it.", ("changed", "signed")),
    # not yet signed: a state that presupposes none, still short of the baseline's next step: no change
    ("The free trade agreement between Kenya and the Andean Union has not yet been signed.", None),
    # a plain negation says nothing of the state before
    ("The free trade agreement between Kenya and the Andean Union has not entered into force.", None),
])
def test_not_yet_in_an_ordered_claim_holds_the_state_before(catalogue, text, expected):
    got = found(catalogue, text).get("andean-fta")
    assert got == expected or (expected is None and (got is None or got[0] != "changed"))


def test_an_infinitive_of_purpose_is_still_to_come(catalogue):
    text = ("Kenya has completed all legal procedures for the free trade agreement with the Andean Union to take "
            "effect, the ministry said.")
    got = found(catalogue, text).get("andean-fta")
    assert got is None or got != ("changed", "in force")


def test_the_later_of_two_figures_is_the_news(catalogue):
    text = "Trade between Kenya and Brazil, which stood at $1.5 billion in 2023, climbed to $1.9 billion in 2024."
    assert found(catalogue, text).get("trade-total") == ("changed", "$1.9 billion (2024)")


@pytest.mark.parametrize("text, expected", [
    # a member of the bloc acts on the bloc's agreement: not another country's statement
    ("Peru's Congress ratified the Andean Union's free trade agreement with Kenya on Thursday.",
     ("changed", "signed")),
    ("From today, Kenyan goods enter the markets of Peru and Bolivia duty-free under the free trade agreement with "
     "the Andean Union, which entered into force on Thursday.", ("changed", "in force")),
    # a country outside the bloc: its own agreement
    ("Chile's Congress ratified a free trade agreement with the Andean Union on Thursday.", None),
])
def test_a_member_of_the_bloc_is_no_other_country(catalogue, text, expected):
    assert found(catalogue, text).get("andean-fta") == expected


def test_members_must_be_a_list_of_names(tmp_path):
    from claims.catalogue import CatalogueError, load_catalogue

    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('members = ["Peru", "Bolivia"]', 'members = "Peru"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match="'members' must be a list of strings"):
        load_catalogue(path)


@pytest.mark.parametrize("text, change, total", [
    # a growth as a comparative on the sum, in a clause on it: the sum's period is not the base year
    ("In 2024, trade turnover between Kenya and Brazil amounted to $1.9 billion, which is 15.5% more than in 2023.",
     ("changed", "+15.5% (2024)"), ("changed", "$1.9 billion (2024)")),
    ("Trade between Kenya and Brazil came to $1.2 billion in 2024, 20% less than in 2023.",
     ("changed", "-20% (2024)"), ("changed", "$1.2 billion (2024)")),
    # a base year that comes with a sum of its own stays that sum's period
    ("Trade between Kenya and Brazil reached $1.9 billion in 2024 compared to $1.5 billion in 2023.",
     None, ("changed", "$1.9 billion (2024)")),
])
def test_a_growth_by_comparison(catalogue, text, change, total):
    got = found(catalogue, text)
    assert got.get("trade-change") == change
    assert got.get("trade-total") == total


@pytest.mark.parametrize("text, expected", [
    # a noun of the event dated near the article: the event happened
    ("With the expiry of the reef accord on Saturday, Kenya lifted its fishing limits.", ("changed", "ended")),
    ("March 1 marks the end of the reef accord, Kenya's environment minister wrote.", ("changed", "ended")),
    # undated, dated years back, or ahead: a recap or a prospect
    ("Since the expiry of the reef accord, Kenya has lifted its fishing limits.", None),
    ("The end of the reef accord in 2018 changed Kenya's coast.", None),
    ("Kenya prepared new rules ahead of the expiry of the reef accord on 1 April.", None),
])
def test_a_noun_of_the_event_is_read_when_dated_near_the_article(catalogue, text, expected):
    assert found(catalogue, text, published="2025-03-03").get("reef-accord") == expected
