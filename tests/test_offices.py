"""Office holders from entities and document context (claims.offices), on sentences written for these tests."""

import pytest

from claims.nlp import available, parse
from claims.offices import read_holdings

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")



def holdings(text, catalogue, baseline):  # type: ignore[no-untyped-def]
    sentences = [s for s in text.split("\n") if s]
    docs = dict(enumerate(parse(sentences)))
    return {(h.claim, h.name, h.past) for h in read_holdings("\n".join(sentences), docs, catalogue, baseline)}


@pytest.mark.parametrize("text, expected", [
    ("Iran's President-elect Darius Karimi phoned Russian President Vladimir Putin on Monday.",
     {("iran-president", "Darius Karimi", False), ("russia-president", "Vladimir Putin", False)}),
    ("On Friday, Russia's President Vladimir Putin and President Darius Karimi of Iran met in Moscow.",
     {("russia-president", "Vladimir Putin", False), ("iran-president", "Darius Karimi", False)}),
    ("Russian Foreign Minister Sergey Lavrov met his Iranian counterpart, Leyla Farahani, in Kazan.",
     {("russia-foreign-minister", "Sergey Lavrov", False), ("iran-foreign-minister", "Leyla Farahani", False)}),
    ("Sergey Shoigu was replaced as defence minister by Pavel Orlov in the spring.",
     {("russia-defense-minister", "Pavel Orlov", False)}),
    ("The late president Ebrahim Raisi was remembered in Tehran.\nTehran and Iran's people mourned.",
     {("iran-president", "Ebrahim Raisi", True)}),
])
def test_titles_appositives_counterparts_and_replacements(catalogue, baseline, text, expected):
    assert holdings(text, catalogue, baseline) == expected


def test_untitled_president_resolves_to_the_country_the_article_is_about(catalogue, baseline):
    text = ("Tehran hosted a conference on Iran's energy policy.\n"
            "President Darius Karimi opened it in Tehran, Iran's capital.")
    assert ("iran-president", "Darius Karimi", False) in holdings(text, catalogue, baseline)


def test_untitled_president_in_an_article_about_another_country_is_not_resolved(catalogue, baseline):
    text = ("Brazil and Argentina held talks in Brasilia on trade.\n"
            "President Tomas Ferreira said Brazil and Argentina would cooperate.")
    assert holdings(text, catalogue, baseline) == set()


def test_deputies_are_not_the_office_holder(catalogue, baseline):
    assert holdings("Iranian Vice President Darius Karimi visited Moscow.", catalogue, baseline) == set()


def test_another_countrys_titled_office_is_not_a_partys(catalogue, baseline):
    text = ("Tehran and Iran's leaders met in Tehran again.\n"
            "US President Joe Biden and Turkish President Recep Tayyip Erdogan were not invited to Tehran.")
    assert holdings(text, catalogue, baseline) == set()


def test_acting_before_the_title_is_no_place(catalogue, baseline):
    text = "Tehran mourned in Iran.\nActing President Darius Karimi spoke in Tehran on Iran's behalf."
    assert ("iran-president", "Darius Karimi", False) in holdings(text, catalogue, baseline)


def test_each_of_two_coordinated_holders_loses_office(catalogue):
    """Both holders of "President X and Foreign Minister Y were killed" lose office, however the small model
    attaches the first name (it makes it a modifier of the second), with fictional names."""
    from claims.offices import tenure_ends

    recorded = {"iran-president": {"value": "Darius Karimi"}, "iran-foreign-minister": {"value": "Leyla Farahani"}}
    for sentence in ("Iranian President Darius Karimi and Foreign Minister Leyla Farahani were killed in a crash.",
                     "Darius Karimi and Leyla Farahani resigned on Monday, Iranian state media said."):
        ends = tenure_ends(dict(enumerate(parse([sentence]))), catalogue, recorded)
        assert {(e.claim, e.name) for e in ends} == {("iran-president", "Darius Karimi"),
                                                     ("iran-foreign-minister", "Leyla Farahani")}, sentence


@pytest.mark.parametrize("text, expected", [
    ("Karimi was sworn in before parliament on Tuesday as Iran's ninth president.",
     {("iran-president", "Karimi", False)}),
    ("Iran's parliament approved Leyla Farahani as Iran's foreign minister on Wednesday.",
     {("iran-foreign-minister", "Leyla Farahani", False)}),
    ("Pavel Orlov became Russia's defence minister in May.", {("russia-defense-minister", "Pavel Orlov", False)}),
    ("Pavel Orlov is Russia's new defence minister.", {("russia-defense-minister", "Pavel Orlov", False)}),
    ("Darius Karimi is expected to become Iran's president.", set()),
    ("Darius Karimi was not elected president of Iran.", set()),
    ("Darius Karimi was appointed Iran's first vice president.", set()),
    ("Leyla Farahani, who served as Iran's foreign minister in the 1990s, wrote a book.", set()),
])
def test_an_office_given_by_a_verb_of_taking_office(catalogue, baseline, text, expected):
    assert holdings(text, catalogue, baseline) == expected


@pytest.mark.parametrize("text, expected", [
    # a government named after its head, in the present: the head holds his known office
    ("The Pezeshkian administration has pushed for closer ties with Moscow.", {("iran-president", "Pezeshkian", False)}),
    ("Pezeshkian's government says it wants the treaty ratified.", {("iran-president", "Pezeshkian", False)}),
    # in the past, or as a time ("under"): nobody's office now
    ("The Raisi government had begun the talks with Moscow.", set()),
    ("Under the Raisi administration, Tehran joined the bloc.", set()),
])
def test_a_government_named_after_its_head(catalogue, baseline, text, expected):
    assert {h for h in holdings(text, catalogue, baseline) if h[0] == "iran-president"} == expected
