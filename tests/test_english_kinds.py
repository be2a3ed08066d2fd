"""Kinds of English reporting found by probing the engine with sentences written for it (issue 11), each read
on a catalogue this test writes for two other countries (Kenya, Brazil): presuppositions of a state put
ahead, figures from estimates, events placed ahead of the main clause, an infinitive saying what
a contract is for, and a statement read by meaning under a reporting verb."""

import pytest

import claims
from claims.catalogue import CatalogueError
from claims.nlp import available

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")

CATALOGUE = '''
[parties]
kenya = ["Kenya", "Kenyan", "Nairobi"]
brazil = ["Brazil", "Brazilian", "Brasilia"]

[context]
officials = ["minister", "ministry", "government", "spokesman"]

[[claims]]
id = "port-treaty"
question = "Have Kenya and Brazil concluded their port cooperation treaty?"
type = "status"
ordered = true
parties = ["kenya", "brazil"]
topic = ["port treaty", "port cooperation treaty"]
  [[claims.states]]
  value = "draft"
  process = true
  cues = ["draft", "=negotiating"]
  [[claims.states]]
  value = "signed"
  cues = ["sign", "ink"]
  [[claims.states]]
  value = "in force"
  presupposes = "signed"
  cues = ["enter into force", "take effect", "in force"]

[[claims]]
id = "reef-accord"
question = "Is the reef protection accord in force?"
type = "status"
ordered = false
parties = ["kenya"]
topic = ["reef accord"]
  [[claims.states]]
  value = "in force"
  cues = ["in force"]
  [[claims.states]]
  value = "ended"
  cues = ["expire", "expiry of"]

[[claims]]
id = "jet-sale"
question = "Has Brazil agreed to sell jets to Kenya?"
type = "status"
ordered = true
parties = ["kenya", "brazil"]
topic = ["E-99 jets", "E-99"]
  [[claims.states]]
  value = "not agreed"
  cues = ["no deal"]
  [[claims.states]]
  value = "agreed"
  cues = ["contract", "agree to sell"]

[[claims]]
id = "coast-highway"
question = "What is the status of the Mombasa-Lamu coast highway Brazil is financing?"
type = "status"
ordered = true
parties = ["kenya"]
topic = ["Mombasa-Lamu highway"]
  [[claims.states]]
  value = "financing agreed"
  cues = ["loan agreement"]
  [[claims.states]]
  value = "under construction"
  process = true
  cues = ["under construction", "land acquisition", "paving"]
  [[claims.states]]
  value = "open"
  cues = ["=completed", "=opened", "open to traffic"]

[[claims]]
id = "trade-total"
question = "What is the annual trade between Kenya and Brazil?"
type = "quantity"
measure = "money"
unit = "USD"
period = "year"
parties = ["kenya", "brazil"]
topic = ["trade"]
cues = ["trade"]
'''

BASELINE = {
    "port-treaty": {"value": "draft", "quotes": []},
    "reef-accord": {"value": "in force", "quotes": []},
    "jet-sale": {"value": "not agreed", "quotes": []},
    "coast-highway": {"value": "financing agreed", "quotes": []},
    "trade-total": {"value": "$1 billion (2021)", "period": "2021", "low": 1.0e9, "high": 1.0e9, "quotes": []},
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tests.reading import written_catalogue

    return written_catalogue(tmp_path_factory, CATALOGUE, "kenya-brazil")


def found(catalogue, text, published="2025-03-01", title=""):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", title, text, published)], catalogue, BASELINE)
    return {f.claim: (f.verdict, f.value) for f in result.findings}


@pytest.mark.parametrize("text, expected", [
    # entry into force put ahead takes the signed treaty for granted
    ("The port treaty between Kenya and Brazil will enter into force in June, the ministry said.",
     ("changed", "signed")),
    ("The port cooperation treaty between Kenya and Brazil is expected to take effect once parliaments approve it.",
     ("changed", "signed")),
    # the signing itself is what is still to come: nothing is taken for granted
    ("Kenya and Brazil plan to sign a port treaty that would enter into force next year.", None),
    # hedged: nothing taken for granted either
    ("The port treaty between Kenya and Brazil could take effect next year if talks succeed.", None),
    # stated as done: the state itself, not what it presupposes
    ("The port treaty between Kenya and Brazil entered into force on Monday.", ("changed", "in force")),
])
def test_a_state_put_ahead_states_what_it_presupposes(catalogue, text, expected):
    assert found(catalogue, text).get("port-treaty") == expected or (
        expected is None and found(catalogue, text).get("port-treaty", ("", ""))[0] != "changed")


def test_a_plan_for_the_articles_own_day_is_left_to_the_comparison(catalogue):
    # dated on the article's day: the plan is what the article reports happening, not a presupposition
    text = "The port treaty between Kenya and Brazil will enter into force on 1 March 2025."
    assert found(catalogue, text, published="2025-03-01").get("port-treaty") == ("changed", "in force")


def test_a_presupposed_state_must_be_one_of_the_claims(tmp_path):
    from claims.catalogue import load_catalogue

    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('presupposes = "signed"', 'presupposes = "ratified"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match="presupposed state 'ratified'"):
        load_catalogue(path)


@pytest.mark.parametrize("text, expected", [
    ("An event ahead of the expiry of the reef accord in Kenya drew divers.", None),
    ("Before the expiry of the reef accord, Kenya tightened fishing rules.", None),
    ("Kenya said the reef accord expired on Monday.", ("changed", "ended")),
])
def test_an_event_placed_ahead_of_the_main_clause_is_still_to_come(catalogue, text, expected):
    assert found(catalogue, text).get("reef-accord") == expected


def test_a_figure_from_estimates_is_in_doubt(catalogue):
    text = "Trade between Kenya and Brazil reached $2.5 billion in 2024, according to preliminary estimates."
    assert found(catalogue, text).get("trade-total", ("",))[0] == "disputed"
    firm = "Trade between Kenya and Brazil reached $2.5 billion in 2024, according to the customs service."
    assert found(catalogue, firm).get("trade-total", ("",))[0] == "changed"


@pytest.mark.parametrize("text, expected", [
    # an infinitive with its own object says what the contract is for: the contract is signed
    ("Kenya has signed a contract with Brazil to buy E-99 jets, the defence ministry said.", ("changed", "agreed")),
    # a passive infinitive on the noun: the contract is still to be signed
    ("Kenya and Brazil discussed the E-99 contract to be signed in May.", None),
])
def test_a_contract_to_buy_is_a_contract(catalogue, text, expected):
    got = found(catalogue, text).get("jet-sale")
    assert got == expected or (expected is None and (got is None or got[0] != "changed"))


def test_reported_content_of_a_sentence(catalogue):
    from claims.nlp import parse
    from claims.statements import reported_content

    doc = parse(["A lawmaker claimed the jets were already on their way to Kenya."], "en")[0]
    span = reported_content(doc)
    assert span is not None and doc.text[span[0]:span[1]] == "were"
    assert reported_content(parse(["Kenya received the jets in May."], "en")[0]) is None


@pytest.mark.parametrize("text, figure, direction", [
    ("Trade between Kenya and Brazil slipped by 12 percent in 2024, customs data showed.", "12 percent", "down"),
    ("Trade between Kenya and Brazil eased 4% in 2024.", "4%", "down"),
    ("Trade between Kenya and Brazil leapt 30% in 2024.", "30%", "up"),
    ("Trade between Kenya and Brazil slipped to 4% of their total trade.", "4%", None),
])
def test_more_words_of_rise_and_fall(text, figure, direction):
    from claims.nlp import parse
    from claims.values import change_direction

    doc = parse([text], "en")[0]
    start = text.index(figure)
    assert change_direction(doc, start, start + len(figure))[0] == direction


def test_a_modal_over_a_clausal_subject_puts_the_cue_ahead(catalogue):
    text = "Kenya warned that letting the reef accord expire would hurt its fishermen."
    assert found(catalogue, text).get("reef-accord", ("",))[0] != "changed"


@pytest.mark.parametrize("text, expected", [
    # a participle clause with no subject: the one named replaces the recorded holder
    ("Parliament on Monday named Kenji Mori as prime minister of Japan, replacing Taro Sato.", ("changed", "Kenji Mori")),
    ("Kenji Mori took office in Tokyo on Monday, replacing Taro Sato.", ("changed", "Kenji Mori")),
    # the naming is a plan: so is the replacement, and no tenure ends
    ("The emperor is expected to name Kenji Mori as prime minister of Japan, replacing Taro Sato.", None),
])
def test_a_successor_named_in_a_participle_clause(two_countries, text, expected):
    from tests.test_claims_api import BASELINE as JAPAN

    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], two_countries, JAPAN)
    got = next(((f.verdict, f.value) for f in result.findings
                if f.claim == "japan-prime-minister" and f.verdict != "confirmed"), None)
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the winner of an election named by the office's adjective holds the office
    ("Kenji Mori won Japan's prime ministerial election on Sunday.", ("changed", "Kenji Mori")),
    ("Kenji Mori is expected to win Japan's prime ministerial election on Sunday.", None),
    ("Kenji Mori did not win Japan's prime ministerial election.", None),
    # another party's election
    ("Arjun Rao won India's prime ministerial election on Sunday.", None),
])
def test_the_winner_of_an_election_named_by_its_office(two_countries, text, expected):
    from tests.test_claims_api import BASELINE as JAPAN

    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], two_countries, JAPAN)
    got = next(((f.verdict, f.value) for f in result.findings
                if f.claim == "japan-prime-minister" and f.verdict != "confirmed"), None)
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # an infinitive with its own subject under a verb of planning: a target, not the year's figure
    ("Kenya and Brazil expect bilateral trade to reach $5 billion by 2030.", None),
    ("The two governments want trade between Kenya and Brazil to hit $5 billion next year.", None),
    # the same figure stated as reached is the year's own
    ("Trade between Kenya and Brazil reached $2.5 billion in 2024, the customs service said.",
     ("changed", "$2.5 billion (2024)")),
])
def test_a_target_set_by_a_verb_of_planning_is_no_figure(catalogue, text, expected):
    assert found(catalogue, text).get("trade-total") == expected


@pytest.mark.parametrize("text, expected", [
    # an act done to a part of the subject: the whole is in its process state
    ("Kenya said it had completed the first section of the Mombasa-Lamu highway.", ("changed", "under construction")),
    ("Kenyan engineers opened a short stretch of the Mombasa-Lamu highway on Monday.",
     ("changed", "under construction")),
    # a work named by its kind is the process too, whatever verb ends it
    ("Kenya has completed land acquisition for the Mombasa-Lamu highway, the ministry said.",
     ("changed", "under construction")),
    # the act done to the whole is the whole's state
    ("Kenya completed the Mombasa-Lamu highway in March, the ministry said.", ("changed", "open")),
])
def test_an_act_done_to_a_part_leaves_the_whole_in_its_process(catalogue, text, expected):
    assert found(catalogue, text).get("coast-highway") == expected


def test_lang12_a_committees_approval_is_no_ratification() -> None:
    # a parliament's committee approving (LEXICON committee, committee_act as the subject's verb): the chamber's vote
    # is still to come, as the other languages read it (languages.toml `committee`); the chamber's own act is read
    from tests.reading import findings

    base = {"strategic-treaty": {"value": "draft", "quotes": []}}
    committee = "The Majlis national security committee approved the strategic partnership treaty with Russia."
    head = ("The head of the Majlis national security committee said parliament ratified the strategic partnership "
            "treaty with Russia.")
    assert findings(committee, base, "en", "2025-05-21").get("strategic-treaty", ("", ""))[1] != "ratified"
    assert findings(head, base, "en", "2025-05-21").get("strategic-treaty") == ("changed", "ratified")


TALKS = '''
[parties]
kenya = ["Kenya", "Kenyan", "Nairobi"]

[[claims]]
id = "border-talks"
question = "Where do Kenya's border talks stand?"
type = "status"
parties = ["kenya"]
topic = ["border talks"]
counterparts = ["Ethiopia", "IGAD"]
  [[claims.states]]
  value = "ongoing"
  process = true
  cues = ["round of talks"]
  [[claims.states]]
  value = "stalled"
  cues = ["call off", "suspend"]
'''


@pytest.mark.parametrize("text, expected", [
    ("Kenyan and Ethiopian negotiators wrapped up a second round in Addis Ababa on Monday.", ("changed", "ongoing")),
    ("Kenya suspended its meetings with IGAD envoys on Friday.", ("changed", "stalled")),
    # another country's talks with Kenya, and the counterpart's talks on another subject, stay unread
    ("Kenyan and Somali negotiators wrapped up a second round in Mogadishu on Monday.", None),
    ("Kenyan and Ethiopian officials held trade talks in Nairobi on Monday.", None),
])
def test_talks24_a_claims_counterparts_name_its_talks(tmp_path_factory, text, expected):
    # the catalogue's `counterparts`, with no code naming a country (claims.reader.counterpart_talks)
    from tests.reading import written_catalogue

    catalogue = written_catalogue(tmp_path_factory, TALKS, "talks")
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], catalogue,
                            {"border-talks": {"value": "ongoing" if expected == ("changed", "stalled") else "stalled",
                                              "quotes": []}})
    got = {f.claim: (f.verdict, f.value) for f in result.findings}.get("border-talks")
    assert got == expected or (expected is None and got is None)
