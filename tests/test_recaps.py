"""A step back dated before the record (claims.compare.dated_before_the_record): after an analyst accepts a
later state, a recap of the earlier one is history, not a disputed step back. Sentences written for this test,
read on the project's catalogue through the engine's API."""

from __future__ import annotations

import pytest

from claims.nlp import available
from tests.reading import findings


def read(text: str, lang: str, claim: str, value: str, as_of: str) -> tuple[str, str] | None:
    """The (verdict, value) of `claim` read from `text` against a record of `value` as of `as_of`."""
    quote = {"value": value, "quote": "…", "source": "accepted", "as_of": as_of}
    return findings(text, {claim: {"value": value, "quotes": [quote]}}, lang, "2025-09-01").get(claim)


@pytest.mark.parametrize("lang,text", [
    ("fr", "En 2005, l'Iran avait obtenu le statut d'observateur au sein de l'Organisation de coopération de "
           "Shanghai."),
    pytest.param("en", "In 2005, Iran was granted observer status in the Shanghai Cooperation Organisation.",
                 marks=pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")),
])
def test_a_step_back_dated_before_the_record_is_history(lang: str, text: str) -> None:
    # full membership accepted from a 2025 article: the 2005 recap is no step back
    assert read(text, lang, "sco-membership", "full member", "2025-01-20") is None
    # against a record that holds from 2004, the same sentence still puts it in doubt
    assert read(text, lang, "sco-membership", "full member", "2004-06-01") == ("disputed", "observer")


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_a_step_forward_is_read_whatever_older_date_the_sentence_gives() -> None:
    # the sentence's latest date is 2019, before the record's 2024: a step forward is still news
    text = ("The free trade agreement between Iran and the Eurasian Economic Union became effective on Thursday, "
            "replacing the interim agreement that had been in place since 2019.")
    assert read(text, "en", "eaeu-free-trade", "negotiating", "2024-03-01") == ("changed", "in force")
