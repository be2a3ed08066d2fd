"""A tenure's end told as a rumour (claims.analysis.tenure_stance): "the Kremlin denied rumours that the
foreign minister had resigned" puts the holder's departure in doubt; it is no change. Sentences written for
this test, read on the project's catalogue with a baseline of holders of our own."""

from __future__ import annotations

import pytest

from claims.nlp import available
from tests.reading import findings

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

BASELINE = {"russia-foreign-minister": {"value": "Pavel Orlov", "quotes": []}}


def read(text: str) -> tuple[str, str] | None:
    return findings(text, BASELINE).get("russia-foreign-minister")


@pytest.mark.parametrize("text", [
    "The Kremlin on Wednesday denied rumours that Russian Foreign Minister Pavel Orlov had resigned.",
    "Moscow dismissed social media rumours that Russian Foreign Minister Pavel Orlov had stepped down.",
    "Russian Foreign Minister Pavel Orlov has resigned, a lawmaker claimed on Telegram.",
])
def test_a_rumoured_or_denied_end_of_tenure_is_no_change(text: str) -> None:
    got = read(text)
    assert got is None or got[0] != "changed"


def test_an_end_of_tenure_stated_as_fact_is_a_change() -> None:
    assert read("Russian Foreign Minister Pavel Orlov resigned on Wednesday, the Kremlin said.") == \
        ("changed", "not Pavel Orlov")
