"""New developments (claims.developments) read from the parse, with a catalogue this test writes for two other
countries: an event the parties take part in is listed; a plan, a negation, a hedge, a recap, a routine
contact, a third country's event or a statement about a tracked claim is not. No encoder: every event of a
kind the catalogue names scores 0.5 (claims.developments.new_developments)."""

import pytest

import claims
from claims.nlp import available


pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    """tests/two_countries.py's catalogue with the English words naming both parties together."""
    from claims.catalogue import load_catalogue
    from tests.two_countries import CATALOGUE

    path = tmp_path_factory.mktemp("two-countries-pair") / "catalogue.toml"
    text = CATALOGUE.replace('others = ["preliminary"]', 'others = ["preliminary"]\ncues = ["discussing"]')
    path.write_text(text + '\n[context.lang.en]\npair = ["the two countries", "both countries"]\n', encoding="utf-8")
    return load_catalogue(path)


def listed(catalogue, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue, {})
    return [d.statement for d in result.new_developments]


@pytest.mark.parametrize("text", [
    "Japan delivered two coastal patrol vessels to India on Monday, the defence ministry said.",
    "India and Japan have launched a joint satellite project in Bengaluru this week.",
    "Officials said Japanese engineers launched a fibre cable project with India last month.",
])
def test_an_event_the_parties_take_part_in_is_listed(catalogue, text):
    assert listed(catalogue, text) == [text]


@pytest.mark.parametrize("text", [
    "Japan will deliver two coastal patrol vessels to India next year, the defence ministry said.",
    "Japan has not delivered the coastal patrol vessels to India, the defence ministry said.",
    "Japan reportedly delivered two coastal patrol vessels to India, a local newspaper claimed.",
    "Japan is expected to deliver two coastal patrol vessels to India before the monsoon season.",
])
def test_a_plan_a_negation_or_a_hedge_is_not_a_development(catalogue, text):
    assert listed(catalogue, text) == []


@pytest.mark.parametrize("text", [
    "Since 2019, Japan has delivered a dozen coastal patrol vessels to India under older contracts.",
    "Japan had delivered two coastal patrol vessels to India before the dispute began over fishing rights.",
    "Japan delivered two coastal patrol vessels to India in March 2021, the defence ministry said.",
])
def test_a_recap_is_not_a_development(catalogue, text):
    assert listed(catalogue, text, published="2025-03-01") == []


def test_a_routine_contact_is_not_a_development(catalogue):
    text = "Indian and Japanese ministers held talks in Tokyo on Monday about their cooperation in shipping."
    assert listed(catalogue, text) == []


def test_an_event_of_other_countries_that_names_the_parties_is_not_listed(catalogue):
    # Japan takes part, but India is only mentioned (not among the event's participants) and a third country
    # is the agent; a third country beside the parties in the subject makes the event multilateral
    assert listed(catalogue, "China delivered two coastal patrol vessels to Japan last week, officials "
                             "in India noted with concern.") == []
    assert listed(catalogue, "India, Japan and Australia launched a joint satellite project in Perth "
                             "this week.") == []


def test_a_statement_about_a_tracked_claim_belongs_to_the_claim(catalogue):
    text = "India and Japan signed the high-speed rail agreement in Tokyo on Monday, officials said."
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue,
                            {"rail-pact": {"value": "draft", "quotes": []}})
    assert [f.claim for f in result.findings] == ["rail-pact"]
    assert result.new_developments == []


def test_an_event_done_to_a_party_by_a_third_country_is_not_theirs(catalogue):
    text = "Japan's largest shipping line was delivered new port cranes by China last week, officials in India said."
    assert listed(catalogue, text) == []


def test_a_sentence_pointing_back_to_a_tracked_claim_belongs_to_the_claim(catalogue):
    # "the agreement" two sentences after the claim's name: no anaphora the character reader sees
    text = ("India and Japan signed the high-speed rail agreement in Tokyo on Monday. Officials in both capitals "
            "called it a milestone for the two economies. The text of the agreement was delivered to India's "
            "parliament by Japanese diplomats on Tuesday, officials said.")
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue,
                            {"rail-pact": {"value": "draft", "quotes": []}})
    assert result.new_developments == []


def test_a_participle_names_the_event_and_the_sentence_beats_the_headline(catalogue):
    text = ("India and Japan launch joint satellite project\n\n"
            "Newly delivered Japanese patrol vessels were seen off the coast of India on Monday, the navy said.")
    assert listed(catalogue, text) == [text.split("\n\n")[1]]


def test_one_development_per_article_and_each_article_lists_its_own(catalogue):
    first = ("Japan delivered two coastal patrol vessels to India on Monday, the defence ministry said. "
             "India and Japan also launched a joint satellite project in Bengaluru on Monday.")
    second = "Japan delivered two coastal patrol vessels to India on Monday, officials in New Delhi confirmed."
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", first, "2025-03-01"),
                             claims.Article(2, "http://127.0.0.1/b", "", second, "2025-03-01")], catalogue, {})
    assert sorted(d.url for d in result.new_developments) == ["http://127.0.0.1/a", "http://127.0.0.1/b"]


def test_the_two_countries_acting_together_after_both_are_named(catalogue):
    lead = "Indian and Japanese officials met in Osaka on Monday to review their shipping links."
    event = "The two countries launched a joint satellite project in Bengaluru on Tuesday."
    assert listed(catalogue, f"{lead} {event}") == [event]


def test_the_two_countries_acted_upon_by_others_is_not_their_development(catalogue):
    lead = "Indian and Japanese officials met in Osaka on Monday to review their shipping links."
    event = "A private shipping company delivered two new cargo cranes to both countries on Tuesday."
    assert listed(catalogue, f"{lead} {event}") == []


def test_the_two_countries_in_an_event_of_no_named_kind_is_not_listed(catalogue):
    lead = "Indian and Japanese officials met in Osaka on Monday to review their shipping links."
    # "discuss" is a kind the catalogue's cues name ("discussing"), not one of its development examples
    event = "The two countries are discussing the possibility of further purchases of patrol aircraft."
    assert listed(catalogue, f"{lead} {event}") == []


@pytest.mark.parametrize("text", [
    "The stir caused by the newspapers that Japan delivered two patrol vessels to India is overblown, the "
    "minister said.",
    "The allegation that Japan delivered two coastal patrol vessels to India was raised in parliament on Monday.",
])
def test_an_event_inside_a_noun_phrase_is_what_someone_claims_not_a_development(catalogue, text):
    # the same event as the sentence's own clause is listed (test_an_event_the_parties_take_part_in_is_listed)
    assert listed(catalogue, text) == []
    assert listed(catalogue, "Japan delivered two coastal patrol vessels to India on Monday, the minister said.")


@pytest.mark.parametrize("text", [
    "India confirmed the delivery of two coastal patrol vessels from Japan last week.",
    "New Delhi welcomed the launch of a joint Japanese-Indian satellite project on Tuesday.",
])
def test_an_event_named_by_a_noun_under_a_factive_predicate_is_listed(catalogue, text):
    assert listed(catalogue, text) == [text]


@pytest.mark.parametrize("text", [
    "India confirmed the upcoming delivery of two coastal patrol vessels from Japan.",   # a prospect
    "India denied the delivery of two coastal patrol vessels from Japan last week.",     # not factive
    "India has not confirmed the delivery of two coastal patrol vessels from Japan.",    # negated
    "India confirmed the delivery of two coastal patrol vessels from Japan to Vietnam.",  # another's delivery
])
def test_a_prospective_denied_or_anothers_event_noun_is_not_listed(catalogue, text):
    assert listed(catalogue, text) == []


def test_a_clause_of_its_own_beside_a_tracked_claims_clause_is_listed(catalogue):
    # the first clause states the tank claim (a finding); the clause coordinated with it names no tracked
    # subject and states a development of its own
    text = "Japan delivered the first Type-10 tanks to India on Monday and launched a joint satellite project."
    assert listed(catalogue, text) == [text]


@pytest.mark.parametrize("text", [
    # the tracked claim alone; a second clause about the same subject (a pronoun, the shared subject)
    "Japan delivered the first Type-10 tanks to India on Monday, the defence ministry said.",
    "Japan delivered the first Type-10 tanks to India on Monday and India deployed them in Rajasthan.",
    "The high-speed rail agreement was drafted in Tokyo and signed by India and Japan on Monday.",
    # a second clause naming a tracked subject again
    "India joined APEC as an observer on Monday and signed the high-speed rail agreement with Japan.",
])
def test_a_clause_about_the_tracked_claim_is_not_a_development(catalogue, text):
    assert listed(catalogue, text) == []


def test_a_reported_past_is_listed_a_plan_or_a_hedge_is_not(catalogue):
    # a raising verb in the passive with a perfect infinitive: someone reports the event happened
    text = "Japan is said to have delivered two coastal patrol vessels to India last week."
    assert listed(catalogue, text) == [text]
    for other in ("Japan is expected to deliver two coastal patrol vessels to India next year.",
                  "Japan could deliver two coastal patrol vessels to India, an adviser said."):
        assert listed(catalogue, other) == []


def test_a_party_acting_with_a_third_country_is_not_in_the_other_partys_event(catalogue):
    # the launch's own participant is India; Japan acts with Australia in another clause
    text = "Japan and Australia signed a deal on a new port terminal, while India launched a weather satellite."
    assert listed(catalogue, text) == []


def test_a_development_only_its_reporter_hedges_is_listed_with_its_source(catalogue):
    # an outlet as the only source makes a claim's change disputed; a development is listed as reported, its
    # source in its words; a possibility stays a hedge
    text = "Japan delivered two coastal patrol vessels to India last week, Japanese media reported."
    assert listed(catalogue, text) == [text]
    assert listed(catalogue, "Japan may have delivered two coastal patrol vessels to India, an analyst said.") == []


def test_a_hyphenated_pair_of_the_parties_names_no_third_country(catalogue):
    # spaCy keeps the hyphen inside the NORP entity "Indian-Japanese": it names no other country
    text = "A joint Indian-Japanese consortium launched a new port terminal project in Chennai on Monday."
    assert listed(catalogue, text) == [text]
    assert listed(catalogue, "A joint Indian-Japanese-Australian consortium launched a new port terminal "
                             "project in Chennai on Monday.") == []
