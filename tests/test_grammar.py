"""Stance from the dependency parse (claims.grammar) on sentences written for these tests."""

import pytest

from claims.grammar import read_stance
from claims.nlp import available, parse

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


def stance(sentence: str, cue: str):  # type: ignore[no-untyped-def]
    start = sentence.index(cue)
    return read_stance(parse([sentence])[0][:], start, start + len(cue))


@pytest.mark.parametrize("sentence, cue, flags", [
    ("Moscow and Tehran signed the accord on Tuesday.", "signed", set()),
    ("The minister voiced Tehran's readiness to sign the accord in March.", "sign", {"future"}),
    ("A full trade pact with the bloc can be signed next year, says the envoy", "signed", {"future", "attributed"}),
    ("The two governments are in the final stages of signing the accord.", "signing", {"future"}),
    ("Tehran to join the bloc at the summit", "join", {"future"}),
    ("Officials said the jets would arrive soon.", "arrive", {"future", "attributed"}),
    ("A lawmaker said Tehran is receiving the systems from Moscow.", "receiving", {"hedged", "attributed"}),
    ("The jets have reportedly arrived at the air base.", "arrived", {"hedged"}),
    ("The jets are said to have arrived at the air base.", "arrived", {"hedged", "attributed"}),
    ("The jets are believed to have arrived at the air base.", "arrived", {"hedged", "attributed"}),
    ("The jets are known to have arrived at the air base.", "arrived", set()),
    ("According to a source, the jets arrived at the air base.", "arrived", {"hedged", "attributed"}),
    ("According to the ministry, the jets arrived at the air base.", "arrived", {"attributed"}),
    ("According to media reports, the jets arrived at the air base.", "arrived", {"hedged", "attributed"}),
    ("According to Tasnim, the jets arrived at the air base.", "arrived", {"attributed"}),
    ("The ministry denied reports that the jets had arrived.", "arrived", {"hedged", "attributed", "denied"}),
    ("Moscow has yet to deliver the jets.", "deliver", {"negated"}),
    ("Arrangements have been finalised for the delivery of the jets.", "delivery", {"future"}),
    ("Preparations are under way for the signing of the accord.", "signing", {"future"}),
    ("The trainer jets arrived, paving the way for the delivery of fighters.", "delivery", {"future"}),
    ("Tehran thanked Moscow for the delivery of the jets.", "delivery", set()),
    ("The railway's construction began last month, the minister said.", "began", {"attributed"}),
    ("Opponents claim that the signed accord covers arms sales.", "signed", set()),
    ("Sanctions are set to be reimposed today.", "reimposed", {"future"}),
    ("The first batch was expected by the summer.", "batch", {"future"}),
    ("Tehran's full membership deal to be signed at the summit", "full membership", {"future"}),
    ("Tehran signed a memorandum of obligations for full membership.", "full membership", {"future"}),
    ("Lawmaker Karim Nouri said the systems are being delivered to Tehran.", "delivered", {"hedged", "attributed"}),
    ("Deputy Minister Karim Nouri said the systems were delivered to Tehran.", "delivered", {"attributed"}),
    ("\"We can confirm the delivery of the trainer jets,\" the general told reporters.", "delivery", {"attributed"}),
    ("The general can confirm the delivery of the trainer jets next week.", "delivery", {"future"}),
    ("We could confirm the delivery of the trainer jets later.", "delivery", {"future"}),
    ("Both capitals backed Tehran's successful bid to become a member of the bloc.", "become", set()),
    ("Both capitals backed Tehran's bid to become a member of the bloc.", "become", {"future"}),
])
def test_stance_flags_come_from_the_verbs_that_govern_the_cue(sentence, cue, flags):
    found = stance(sentence, cue)
    assert {k for k in ("negated", "hedged", "attributed", "denied", "future") if getattr(found, k)} == flags


def test_no_token_under_the_span_gives_no_stance():
    doc = parse(["Short one."])[0]
    assert read_stance(doc[:], 100, 105) is None


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("sentence, cue, doubt, expected", [
    # a denial in a clause about another act does not govern the statement
    ("The tariffs were restored on Monday after the court rejected an appeal by the importers.",
     "restored", "rejected", True),
    # a denial that governs the statement does
    ("The ministry rejected reports that the tariffs were restored.", "restored", "rejected", False),
    ("The tariffs were restored, officials denied.", "restored", "denied", False),
])
def test_a_denial_in_another_acts_clause(sentence, cue, doubt, expected):
    from claims.grammar import cue_token, in_other_clause
    from claims.nlp import parse

    doc = parse([sentence])[0]
    at = sentence.index(cue)
    word = sentence.index(doubt)
    assert in_other_clause(cue_token(doc[:], word, word + len(doubt)), cue_token(doc[:], at, at + len(cue))) is expected
