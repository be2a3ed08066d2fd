"""Kinds of failure seen on real reporting, on sentences written for these tests, against the project's
catalogue and the baseline built from its sources (conftest fixtures)."""

import pytest

import claims
from claims.nlp import available

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


def verdicts(catalogue, baseline, text, published="2022-06-01"):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue, baseline)
    return {f.claim: (f.verdict, f.value) for f in result.findings}


@pytest.mark.parametrize("text, claim", [
    # an honorific or a patronymic inside the name: the entity reader's shorter span is the same mention
    ("Iranian President Seyed Ebrahim Raisi met Russian officials in Tehran on Tuesday.", "iran-president"),
    ("Russian Defense Minister Sergei Kuzhugetovich Shoigu met Iranian officials in Tehran on Tuesday.",
     "russia-defense-minister"),
    # one person spelled another way
    ("Iranian Foreign Minister Hossein Amirabdollahian met Russian officials in Moscow on Tuesday.",
     "iran-foreign-minister"),
])
def test_the_recorded_holder_under_a_longer_or_other_spelling_is_no_change(catalogue, baseline, text, claim):
    assert verdicts(catalogue, baseline, text).get(claim, ("confirmed",))[0] == "confirmed"


@pytest.mark.parametrize("text, expected", [
    # the recorded holder's tenure ends and an acting holder is named: the acting holder holds that office, and
    # no other country's office of the same name is given to him
    ("Iranian President Ebrahim Raisi was killed in a helicopter crash.\nActing President Mohammad Mokhber met "
     "Russian officials in Tehran.", {"iran-president": ("changed", "Mohammad Mokhber")}),
    # an acting holder or a vacancy without a name: no named holder is invented; an acting holder by title alone
    # says the recorded one is gone, its value the page's designation (claims.offices.unnamed_holdings)
    ("Russian Foreign Minister Sergei Lavrov met Iran's acting foreign minister in Moscow.",
     {"iran-foreign-minister": ("changed", "acting foreign minister")}),
    ("The post of Iranian foreign minister remains vacant.", {}),
])
def test_an_acting_or_vacant_office_names_no_one_else(catalogue, baseline, text, expected):
    # (in an article of 2024: one of June 2022 is older than the foreign minister recorded as of September 2023, and
    # is history, claims.compare.older_than_the_record)
    found = {c: v for c, v in verdicts(catalogue, baseline, text, "2024-06-01").items() if v[0] != "confirmed"}
    assert found == expected


def test_a_series_of_yearly_changes_is_read_at_its_latest_year(catalogue, baseline):
    text = "Iran-Russia trade jumped 81 percent in 2021 and rose a further 15 percent in 2022."
    assert verdicts(catalogue, baseline, text, "2023-02-01").get("trade-growth") == ("changed", "+15% (2022)")


@pytest.mark.parametrize("text, claim, expected", [
    # the tracked item's name modifying another noun names that other thing (catalogue `things`)
    ("Russia has delivered Su-35 flight simulators to Iran, the Iranian air force said on Monday.", "su35-delivery",
     None),
    ("Russia has delivered spare parts for the Su-35 to Iran, Iran's defence minister said.", "su35-delivery", None),
    ("Russia delivered S-400 radar components to Iran, Iran's defence minister said.", "s400-sale", None),
    # ... but not when the noun is what the item is, or the name stands alone
    ("The first Su-35 jets arrived in Iran on Monday, Iran's defence minister said.", "su35-delivery",
     ("changed", "delivered")),
    ("Russia has delivered Su-35s to Iran, Iran's defence minister said.", "su35-delivery", ("changed", "delivered")),
    ("Russia delivered the S-400 air defence system to Iran, Iran's defence minister said.", "s400-sale",
     ("changed", "delivered")),
])
def test_a_name_modifying_another_noun_is_about_that_noun(catalogue, baseline, text, claim, expected):
    # (an article of 2024: one of June 2023 is older than the Su-35's record, as of November 2023, and is history)
    assert verdicts(catalogue, baseline, text, "2024-06-01").get(claim) == expected
