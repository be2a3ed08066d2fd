"""Status reporting kinds found by probing (issue 11, en7; tests/probes/reporting_en7.txt), read on the tests' own
catalogue for two other countries (tests/two_countries.py) with sentences written for these tests: a definite
referent ("the pact") as the object of the cue's verb points back to the subject the sentence names."""

import pytest

import claims
from claims import nlp

needs_en = pytest.mark.skipif(not nlp.available("en"), reason="the English spaCy pipeline is not installed")


def values(catalogue, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    read = claims.read([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue)
    return [r.value for r in read.get(1, []) if r.claim == "rail-pact"]


@needs_en
def test_a_definite_referent_is_the_subject(two_countries) -> None:  # type: ignore[no-untyped-def]
    text = "India's cabinet has endorsed the high-speed rail agreement with Japan, putting the pact in force."
    assert values(two_countries, text) == ["in force"]


@needs_en
def test_an_indefinite_other_thing_is_not(two_countries) -> None:  # type: ignore[no-untyped-def]
    text = "India's cabinet has endorsed the high-speed rail agreement with Japan, putting a tariff cut in force."
    assert values(two_countries, text) == []


def verdicts(catalogue, text):  # type: ignore[no-untyped-def]
    baseline = {"rail-pact": {"value": "draft", "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue, baseline)
    return [(f.verdict, f.value) for f in result.findings if f.claim == "rail-pact"]


@needs_en
def test_people_of_a_kind_named_by_their_institution_are_a_voice(two_countries) -> None:  # type: ignore[no-untyped-def]
    named = "India and Japan signed the high-speed rail agreement on Monday, analysts at the Brookings Institution wrote."
    unnamed = "India and Japan signed the high-speed rail agreement on Monday, analysts wrote."
    assert verdicts(two_countries, named) == [("changed", "signed")]
    assert verdicts(two_countries, unnamed) == [("disputed", "signed")]


@needs_en
def test_a_state_inferred_from_a_later_one_ahead_says_so_in_its_evidence(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """walk13: "submitted … for ratification" reads signed with the cue 'ratification', which looked like the
    later state; the evidence now says the value is inferred (report.json `evidence.presupposed`). On the tests'
    catalogue with the state in force presupposing the signature, as the project's catalogue has it."""
    from reports.render import evidence_line
    from tests.reading import written_catalogue
    from tests.two_countries import CATALOGUE

    presupposing = CATALOGUE.replace('cues = ["entered into force", "in force"]',
                                     'cues = ["entered into force", "in force"]\n  presupposes = "signed"', 1)
    catalogue = written_catalogue(tmp_path_factory, presupposing)

    def finding(text: str):  # type: ignore[no-untyped-def]
        result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue,
                                {"rail-pact": {"value": "draft", "quotes": []}})
        return next(f.to_report() for f in result.findings if f.claim == "rail-pact")

    for ahead in ("The high-speed rail agreement between India and Japan is expected to enter into force in May.",
                  "The high-speed rail agreement between India and Japan has not yet entered into force."):
        inferred = finding(ahead)
        assert (inferred["observed"]["value"], inferred["evidence"].get("presupposed")) == ("signed", True), ahead
        assert "inferred: the cue's later state is still ahead" in evidence_line(inferred)
    told = finding("India and Japan signed the high-speed rail agreement on Monday.")
    assert (told["observed"]["value"], "presupposed" in told["evidence"]) == ("signed", False)
    assert "inferred" not in evidence_line(told)
