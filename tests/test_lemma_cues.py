"""Catalogue cues matched by lemma on the sentence's parse (claims.cues), with the verb's form read from the
parse (claims.grammar.unfinished, read_stance): sentences written here with inflections the per-inflection
cue lists never listed are read, and future, hedged, in-progress and negated forms are not read as done."""

import pytest

from baseline.catalogue import load_catalogue
from claims.analysis import read_articles
from claims.cues import cue_text, fallback_pattern, find_lemma_cues_folded, inflections, is_lemma_cue
from claims.nlp import available
from claims.reader import fold

needs_parser = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


def readings(text, claim):
    """(value, firm, negated) of every reading of `claim` in `text`, through the reading stage with the parse."""
    row = {"id": 1, "url": "http://127.0.0.1/a", "title": "", "published": "2025-06-01", "text": text}
    restated, _, _ = read_articles([row], load_catalogue(), {})
    return [(r.value, r.firm, r.negated) for _, _, rs in restated for r in rs if r.claim == claim]


@needs_parser
@pytest.mark.parametrize("text, claim, value", [
    # "has come into force": the old list had "came" / "comes into force" only
    ("The Iran-Russia comprehensive strategic partnership treaty has come into force.", "strategic-treaty", "in force"),
    ("Iran's air force inducts its first Su-35 fighter jets from Russia.", "su35-delivery", "delivered"),
    ("Su-35 fighter jets from Russia enter service with the Iranian air force.", "su35-delivery", "delivered"),
    ("Russia transfers S-400 air defence systems to Iran.", "s400-sale", "delivered"),
    ("The UN Security Council reinstates the arms embargo on Iran.", "un-arms-embargo", "in force"),
    ("Iran and Russia break ground on the Rasht-Astara railway.", "rasht-astara-railway", "under construction"),
    ("Russia acquires hundreds of Iranian Shahed drones.", "drone-transfers", "delivered"),
    # an irregular past the lemmatizer knows: "took" is "take"
    ("Iran has taken delivery of Su-35 fighter jets from Russia.", "su35-delivery", "delivered"),
])
def test_an_inflection_no_list_held_is_read_as_done(text, claim, value):
    assert (value, True, False) in readings(text, claim)


@needs_parser
@pytest.mark.parametrize("text, claim, value", [
    ("The Iran-Russia comprehensive strategic partnership treaty will come into force next month.",
     "strategic-treaty", "in force"),
    ("Russia is delivering Su-35 fighter jets to Iran.", "su35-delivery", "delivered"),
    ("The Su-35 fighter jets are being delivered to Iran.", "su35-delivery", "delivered"),
    ("Moscow made a decision to transfer S-400 air defence systems to Iran.", "s400-sale", "delivered"),
    ("The Iran nuclear deal could collapse, the JCPOA talks could stall.", "jcpoa-talks", "stalled"),
    ("Iran hopes to take delivery of Su-35 fighter jets from Russia.", "su35-delivery", "delivered"),
])
def test_future_hedged_and_in_progress_forms_are_not_done(text, claim, value):
    found = readings(text, claim)
    assert found, "the cue is matched by its lemma"
    assert not any(v == value and firm for v, firm, _ in found)


@needs_parser
def test_a_negated_lemma_cue_is_negated():
    found = readings("The Iran-Russia comprehensive strategic partnership treaty has not come into force.",
                     "strategic-treaty")
    assert ("in force", True, True) in found or all(not firm for _, firm, _ in found)
    assert not any(v == "in force" and firm and not neg for v, firm, neg in found)


@needs_parser
def test_hedged_modal_is_hedged_and_not_a_fact():
    row = {"id": 1, "url": "http://127.0.0.1/a", "title": "", "published": "2025-06-01",
           "text": "The JCPOA talks between Iran and the world powers could stall again."}
    restated, _, _ = read_articles([row], load_catalogue(), {})
    found = [r for _, _, rs in restated for r in rs if r.claim == "jcpoa-talks" and r.value == "stalled"]
    assert found and all(r.hedged and r.future for r in found)


@needs_parser
def test_an_exact_cue_keeps_its_form():
    # "=supplying": the progressive of this verb states the supply (an activity), unlike "is delivering"
    assert ("delivered", True, False) in readings("Iran is supplying Shahed drones to Russia.", "drone-transfers")


def test_cue_kinds():
    assert is_lemma_cue("take delivery") and not is_lemma_cue("=supplying") and not is_lemma_cue("halt*")
    assert cue_text("=supplying") == "supplying"


def test_regular_inflections():
    assert {"delivered", "delivers", "delivering"} <= set(inflections("deliver"))
    assert {"arrived", "arriving"} <= set(inflections("arrive"))
    assert {"supplied", "supplies"} <= set(inflections("supply"))
    assert {"stopped", "stopping"} <= set(inflections("stop"))


def test_without_a_parse_a_lemma_cue_matches_its_regular_inflections_on_folded_text():
    folded = fold("Sanctions snap back; the treaty entered into force and Russia delivered the jets.")
    found = {cue for _, _, cue in find_lemma_cues_folded(folded, ("snap-back", "enter into force", "deliver"))}
    assert found == {"snap-back", "enter into force", "deliver"}
    assert not fallback_pattern("sign").search("a significant step")


@needs_parser
@pytest.mark.parametrize("text, claim, value", [
    ("Iran is in the process of joining the Shanghai Cooperation Organisation.", "sco-membership",
     "accession in progress"),
    ("Iran and Russia are in the final stages of signing their comprehensive strategic partnership treaty.",
     "strategic-treaty", "draft"),
    ("Russia is on the verge of delivering Su-35 fighter jets to Iran.", "su35-delivery", "not delivered"),
])
def test_an_act_under_way_states_the_step_before_it(text, claim, value):
    found = readings(text, claim)
    assert (value, True, False) in found
    assert not any(firm for v, firm, _ in found if v != value)


@needs_parser
def test_an_act_under_way_in_an_unordered_claim_is_only_to_come():
    found = readings("Iran is in the process of supplying Shahed drones to Russia.", "drone-transfers")
    assert found and not any(firm for _, firm, _ in found)


@needs_parser
def test_an_act_under_way_and_planned_is_to_come():
    # a modal as well: nothing is stated as a fact
    found = readings("Iran will soon be in the final stages of joining the Shanghai Cooperation Organisation.",
                     "sco-membership")
    assert not any(firm for _, firm, _ in found)
