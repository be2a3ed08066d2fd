"""Another country's act beside a party (claims.statements.another_countrys_act): "Egypt and the bloc signed a
free trade agreement …, joining Vietnam and Iran among its partners" is Egypt's signing, not Iran's. Read on the
catalogue tests/test_reporting_kinds.py writes for two other countries (Kenya, Brazil) and a bloc, with
sentences written for this test."""

import pytest

import claims
from claims.nlp import available
from tests.reading import written_catalogue
from tests.test_reporting_kinds import BASELINE, CATALOGUE

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    return written_catalogue(tmp_path_factory, CATALOGUE, "kenya-brazil-bloc")


def found(catalogue, text):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue, BASELINE)
    return {f.claim: (f.verdict, f.value) for f in result.findings}.get("andean-fta")


@pytest.mark.parametrize("text", [
    "Chile and the Andean Union signed a free trade agreement on Monday, joining Mexico and Kenya among the bloc's "
    "partners.",
    "Ghana signed a free trade agreement with the Andean Union, following similar deals with Kenya and Mexico.",
])
def test_another_countrys_act_beside_a_party_is_not_the_partys(catalogue, text):  # type: ignore[no-untyped-def]
    got = found(catalogue, text)
    assert got is None or got[0] != "changed"


@pytest.mark.parametrize("text", [
    "Kenya and the Andean Union signed a free trade agreement on Monday, after Chile and Mexico did so last year.",
    # a member of the bloc acting is the bloc's step, not a third country's
    "Peru and Kenya signed the Andean Union free trade agreement in Lima on Monday.",
])
def test_a_partys_or_a_members_act_is_still_read(catalogue, text):  # type: ignore[no-untyped-def]
    assert found(catalogue, text) == ("changed", "signed")
