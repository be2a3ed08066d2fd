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
