"""The direct object of a verb of intent is the act intended, not one done (claims.grammar LEXICON `intent`):
"Europeans threaten UN snapback" is no snapback. Sentences written for this test, read on the project's
catalogue through the engine's API."""

from __future__ import annotations

import pytest

from claims.nlp import available
from tests.reading import findings

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

BASELINE = {"jcpoa-talks": {"value": "stalled", "quotes": []}}


def read(text: str) -> tuple[str, str] | None:
    return findings(text, BASELINE, published="2025-08-20").get("jcpoa-talks")


@pytest.mark.parametrize("text", [
    "Europeans threaten UN snapback unless Iran resumes cooperation with the IAEA.",
    "France and Germany weigh snapback of UN sanctions on Iran.",
])
def test_the_object_of_a_verb_of_intent_is_not_done(text: str) -> None:
    got = read(text)
    assert got is None or got[0] != "changed"


def test_the_object_of_a_verb_of_doing_is_done() -> None:
    assert read("Europeans trigger UN snapback as Iran refuses to resume cooperation with the IAEA.") == \
        ("changed", "collapsed")
