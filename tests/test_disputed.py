"""Who asserts a value and whether the article contests it (issue 11, document context and disputed
baselines): denials read from the parse across the article's sentences and its headline, single unverified
voices, talks and questions. Sentences and catalogue written for these tests (two other countries)."""

import pytest

import claims
from claims.nlp import available
from claims.statements import denials

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

BASELINE = {
    "rail-pact": {"value": "draft", "quotes": []},
    "tank-delivery": {"value": "not delivered", "quotes": []},
}


@pytest.fixture(scope="module")
def catalogue(two_countries):  # type: ignore[no-untyped-def]
    return two_countries


def verdict(catalogue, text, claim, title="", baseline=None):  # type: ignore[no-untyped-def]
    article = claims.Article(1, "http://127.0.0.1/a", title, text, "2025-03-01")
    found = {f.claim: f for f in claims.analyze([article], catalogue, baseline or BASELINE).findings}
    return (found[claim].verdict, found[claim].value) if claim in found else None


def test_a_restatement_in_an_article_whose_headline_rejects_reports_about_the_subject_is_disputed(catalogue):
    text = "The high-speed rail agreement between India and Japan is still a draft, the envoy said."
    assert verdict(catalogue, text, "rail-pact") == ("confirmed", "draft")
    title = "Envoy rejects India has pulled out of the rail pact"
    assert verdict(catalogue, text, "rail-pact", title) == ("disputed", "draft")


def test_a_change_denied_in_another_sentence_that_names_only_its_state_is_disputed(catalogue):
    text = "The high-speed rail agreement between India and Japan entered into force on Monday."
    assert verdict(catalogue, text, "rail-pact") == ("changed", "in force")
    text += "\nTokyo does not recognise that it is in force."
    assert verdict(catalogue, text, "rail-pact") == ("disputed", "in force")


def test_a_denial_of_a_stretch_of_time_or_a_dismissed_official_disputes_nothing(catalogue):
    assert denials("", "Japan denied supplying Type-10 tanks to India.", catalogue) == {"tank-delivery": {"*"}}
    assert denials("", "Japan denied that it has continued to supply Type-10 tanks to India after March 2024.",
                   catalogue) == {}
    assert denials("", "The prime minister dismissed the defence minister over the Type-10 tank order.",
                   catalogue) == {}
    assert denials("", "Japan did not deny supplying Type-10 tanks to India.", catalogue) == {}


@pytest.mark.parametrize("text", [
    "India took delivery of Type-10 tanks, said Ravi Kumar, a member of the parliament's defence committee.",
    "Indian media reported that the first Type-10 tanks had been delivered to India.",
    "Has India received Type-10 tanks from Japan?",
    # one outlet by name or by kind
    "India has received its first Type-10 tanks from Japan, Bharat Samachar reported.",
    "India has received its first Type-10 tanks from Japan, a Delhi newspaper reported.",
    "India has received its first Type-10 tanks from Japan, the semi-official Bharat news agency reported.",
    "India has received Type-10 tanks from Japan, according to images circulated online.",
    # people named by their kind and no party, or keeping their name back
    "Western officials say India has received Type-10 tanks from Japan.",
    "US intelligence officials say India has received Type-10 tanks from Japan.",
    "Japan has delivered Type-10 tanks to India, diplomats said.",
    "India has received Type-10 tanks from Japan, according to officials who declined to be named.",
    "India has received Type-10 tanks from Japan, an Indian official said on condition of anonymity.",
    # a raising verb in the passive: "is said / believed / reported to have"
    "India is said to have received its first Type-10 tanks from Japan.",
    "India is reported to have received Type-10 tanks from Japan.",
])
def test_a_single_unverified_voice_or_a_question_is_no_change(catalogue, text):
    assert verdict(catalogue, text, "tank-delivery") == ("disputed", "delivered")


@pytest.mark.parametrize("text", [
    "India took delivery of Type-10 tanks, the Indian defence ministry said.",
    "India received Type-10 tanks from Japan in January, Indian state media reported.",
    "Japan delivered Type-10 tanks to India in January, Indian officials said.",
    "Japan delivered Type-10 tanks to India in January, officials said.",
    "Japan delivered Type-10 tanks to India in January, senior officials said.",
    "India has received its first Type-10 tanks, the Japanese defence minister said, a news agency reported.",
])
def test_an_institutions_own_statement_is_a_change(catalogue, text):
    assert verdict(catalogue, text, "tank-delivery") == ("changed", "delivered")


@pytest.mark.parametrize("after", [
    " The Japanese defence ministry declined to comment.",
    " Indian officials would not confirm the delivery.",
    ", though Tokyo did not respond to a request for comment.",
])
def test_a_change_the_party_leaves_unconfirmed_is_disputed(catalogue, after):
    text = "India has received its first Type-10 tanks from Japan"
    assert verdict(catalogue, text + ".", "tank-delivery") == ("changed", "delivered")
    assert verdict(catalogue, text + after, "tank-delivery") == ("disputed", "delivered")


def test_silence_about_other_reports_leaves_a_restatement_standing(catalogue):
    baseline = {**BASELINE, "india-apec": {"value": "observer", "quotes": []}}
    text = "India is still an APEC observer."
    assert verdict(catalogue, text, "india-apec", baseline=baseline) == ("confirmed", "observer")
    # silence about the statement itself leaves it unconfirmed: a restatement then adds nothing
    silent = text + " The forum's secretariat did not respond to a request for comment."
    assert verdict(catalogue, silent, "india-apec", baseline=baseline) is None
    # silence about other reports (with their own content) is not about this statement
    other = text + (" The forum's secretariat did not respond to a question on whether reports about a change of "
                    "India's status were accurate.")
    assert verdict(catalogue, other, "india-apec", baseline=baseline) == ("confirmed", "observer")


def test_a_confirmation_in_the_next_sentence_leaves_the_change_a_change(catalogue):
    text = "India has received its first Type-10 tanks from Japan. The Japanese defence ministry confirmed the delivery."
    assert verdict(catalogue, text, "tank-delivery") == ("changed", "delivered")


@pytest.mark.parametrize("text", [
    "India received trainer jets from Japan in May, a step ahead of the Type-10 tank delivery.",
    "India took delivery of trainer jets from Japan, and Type-10 tanks are expected later.",
])
def test_a_delivery_of_something_else_is_no_delivery_of_the_subject(catalogue, text):
    assert verdict(catalogue, text, "tank-delivery") is None


def test_talks_on_a_delivery_are_not_the_delivery(catalogue):
    text = "India and Japan are holding talks on the delivery of Type-10 tanks."
    assert verdict(catalogue, text, "tank-delivery") in (None, ("confirmed", "not delivered"))


def test_a_change_contradicted_by_a_firm_statement_elsewhere_in_the_article_is_disputed(catalogue):
    claim = "India took delivery of the first Type-10 tanks from Japan, a general said."
    assert verdict(catalogue, claim, "tank-delivery") == ("changed", "delivered")
    contrary = claim + " India has not yet received any Type-10 tanks, the defence ministry said."
    assert verdict(catalogue, contrary, "tank-delivery") == ("disputed", "delivered")
    # the negative told as history is no contradiction
    history = "India received Type-10 tanks from Japan this week. Until then India had not received any Type-10 tanks."
    assert verdict(catalogue, history, "tank-delivery") == ("changed", "delivered")


def test_the_reason_of_a_dispute_quotes_only_the_statements_own_words(catalogue):
    # "called baseless" names a pattern of the reader ("calling reports … groundless" was given as "denied:
    # 'denied', 'called baseless'"): the reason quotes no words the sentence does not hold
    for text in ["New Delhi denied on Wednesday that Japan had delivered Type-10 tanks to India, calling reports of a "
                 "handover groundless.",
                 "India took delivery of Type-10 tanks, a paper said, which New Delhi called baseless.",
                 "India has received the first Type-10 tanks, a newspaper reported; New Delhi dismissed it as baseless."]:
        article = claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")
        found = {f.claim: f for f in claims.analyze([article], catalogue, BASELINE).findings}
        why = found["tank-delivery"].report["evidence"]["why"]
        assert found["tank-delivery"].verdict == "disputed" and why.startswith("denied"), why
        assert all(word.casefold() in text.casefold() for word in why.split("'")[1::2]), why


def test_the_reason_of_a_dispute_cuts_a_long_attribution_at_a_word(catalogue):
    """A long "according to …" phrase is shortened for the reason at a word's end, with an ellipsis (walk19: cut
    mid-word, "…regional news channe")."""
    text = ("India took delivery of the first Type-10 tanks, according to anonymous officials quoted by a provincial "
            "television broadcaster.")
    article = claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")
    found = {f.claim: f for f in claims.analyze([article], catalogue, BASELINE).findings}
    why = found["tank-delivery"].report["evidence"]["why"]
    quoted = [w for w in why.split("'")[1::2] if w.startswith("according to")]
    assert quoted and quoted[0].endswith("…") and quoted[0][:-1] in text and text[text.index(quoted[0][:-1])
                                                                                   + len(quoted[0]) - 1] == " ", why
