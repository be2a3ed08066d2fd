"""The engine's API (claims.analyze) with a catalogue this test writes for two other countries: no code
knows the parties, their countries, offices or blocs."""

import pytest

import claims
from claims.nlp import available

BASELINE = {
    "rail-pact": {"value": "draft", "quotes": [{"value": "draft", "quote": "a draft", "source": "s.txt"}]},
    "japan-prime-minister": {"value": "Taro Sato", "quotes": []},
    "india-apec": {"value": "observer", "quotes": []},
    "trade-change": {"value": "+5% (2022)", "period": "2022", "low": 5.0, "high": 5.0, "quotes": []},
    "tank-delivery": {"value": "not delivered", "quotes": []},
    "bilateral-trade": {"value": "$20 billion (2022)", "period": "2022", "low": 2.0e10, "high": 2.0e10, "quotes": []},
}


@pytest.fixture(scope="module")
def catalogue(two_countries):  # type: ignore[no-untyped-def]
    return two_countries


def findings(catalogue, text, published="2025-03-01"):  # type: ignore[no-untyped-def]
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, published)], catalogue, BASELINE)
    return {f.claim: f for f in result.findings}


def test_another_pair_of_countries_is_read_with_no_code_change(catalogue):
    text = ("India and Japan signed the high-speed rail agreement in Tokyo on Monday.\n"
            "Trade between India and Japan reached $23.5 billion in 2024.")
    found = findings(catalogue, text)
    assert (found["rail-pact"].verdict, found["rail-pact"].value) == ("changed", "signed")
    assert found["rail-pact"].evidence.cue == "signed" and not found["rail-pact"].evidence.future
    assert (found["bilateral-trade"].verdict, found["bilateral-trade"].period) == ("changed", "2024")
    assert found["bilateral-trade"].amount == pytest.approx(2.35e10)
    for finding in found.values():  # quotes stay verbatim
        assert all(s.quote in text and s.highlight in s.quote for s in finding.sources)
        # an article with no outlet of its own is cited by its URL's host, in report.json as in the reports
        assert [s.outlet for s in finding.sources] == ["127.0.0.1"]
    assert found["bilateral-trade"].evidence.cue == "$23.5 billion"  # a figure's cue is the figure as written


def test_a_third_country_and_a_plan_are_not_changes(catalogue):
    text = ("China and Japan signed a rail pact in Beijing.\n"
            "India and Japan are expected to sign the high-speed rail agreement next year.")
    assert "rail-pact" not in {c for c, f in findings(catalogue, text).items() if f.verdict == "changed"}


@pytest.mark.parametrize("text", [
    "Japan delivered Type-10 tanks to Korea while India is still waiting for its own.",
    "Japan delivered Type-10 tanks to Korea, while India is still waiting for its own.",
])
def test_another_countrys_delivery_beside_a_party_waiting_is_not_the_partys(catalogue, text):
    assert "tank-delivery" not in {c for c, f in findings(catalogue, text).items() if f.verdict != "confirmed"}


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_office_holders_and_another_instrument_with_the_written_catalogue(catalogue):
    text = ("Japanese Prime Minister Kenji Mori met Indian officials in New Delhi.\n"
            "The preliminary rail pact between India and Japan entered into force in May.")
    found = findings(catalogue, text)
    assert (found["japan-prime-minister"].verdict, found["japan-prime-minister"].value) == ("changed", "Kenji Mori")
    assert "rail-pact" not in found
    assert found["japan-prime-minister"].to_report()["evidence"]["cue"] == "Kenji Mori"


def test_the_articles_language_picks_the_pipeline():
    from claims.analysis import language_of
    from claims.nlp import available

    assert [language_of({"language": v}) for v in ("en-US", "EN", "", None, "fa_IR")] == ["en", "en", "en", "en", "fa"]
    assert not available("xx")  # no pipeline, no parse: the readings keep the window's stance


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, expected", [
    # the recorded holder's tenure ended, nobody named after him: "not <holder>", no successor invented
    ("Tokyo hosted a rail forum in June.\nSato would resign a few weeks after the forum.", ("changed", "not Taro Sato")),
    ("Prime Minister Taro Sato died on Sunday, officials in Tokyo said.", ("changed", "not Taro Sato")),
    # a successor named: the successor is the change, the ended tenure adds nothing
    ("Taro Sato resigned in May.\nPrime Minister Kenji Mori of Japan opened the forum.", ("changed", "Kenji Mori")),
    # not a tenure event stated as fact
    ("Taro Sato may resign if the rail pact fails.", None),
    ("Taro Sato refused to resign over the rail pact.", None),
    ("Taro Sato did not resign after the vote.", None),
    # someone else left office
    ("Hiro Tanaka, a minister, resigned on Friday.", None),
    # tenure events read from the parse by lemma and role, any inflection or phrasal verb
    ("Japanese Prime Minister Taro Sato stepped down on Friday.", ("changed", "not Taro Sato")),
    ("Japanese Prime Minister Taro Sato was assassinated in Osaka.", ("changed", "not Taro Sato")),
    ("The emperor dismissed Prime Minister Taro Sato on Friday.", ("changed", "not Taro Sato")),
    ("Japanese Prime Minister Taro Sato stepped down and was replaced by Kenji Mori.", ("changed", "Kenji Mori")),
    # the holder does the removing, or speaks of others' deaths: his tenure goes on
    ("Japanese Prime Minister Taro Sato dismissed the reports on Friday.", None),
    ("Japanese Prime Minister Taro Sato said two soldiers were killed in the flood.", None),
])
def test_a_tenure_ended_with_no_successor_named(catalogue, text, expected):
    found = findings(catalogue, text).get("japan-prime-minister")
    got = (found.verdict, found.value) if found is not None and found.verdict != "confirmed" else None
    assert got == expected


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_a_denial_about_another_act_does_not_put_the_statement_in_doubt(catalogue):
    text = "India and Japan signed the high-speed rail agreement on Monday after parliament rejected a motion to delay it."
    found = findings(catalogue, text)
    assert (found["rail-pact"].verdict, found["rail-pact"].value) == ("changed", "signed")
    text = "Tokyo rejected reports that India and Japan signed the high-speed rail agreement."
    assert findings(catalogue, text).get("rail-pact") is None or findings(catalogue, text)["rail-pact"].verdict != "changed"


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_a_plan_for_the_articles_own_day_is_what_it_reports(catalogue):
    text = "The high-speed rail agreement between India and Japan is set to be signed today in Osaka."
    assert (findings(catalogue, text, "2025-03-01")["rail-pact"].verdict,
            findings(catalogue, text, "2025-03-01")["rail-pact"].value) == ("changed", "signed")
    later = "The high-speed rail agreement between India and Japan is set to be signed on 20 March 2025 in Osaka."
    assert "rail-pact" not in {c for c, f in findings(catalogue, later, "2025-03-01").items() if f.verdict == "changed"}


def changed(catalogue, text, claim):  # type: ignore[no-untyped-def]
    found = findings(catalogue, text).get(claim)
    return (found.verdict, found.value) if found is not None and found.verdict != "confirmed" else None


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, expected", [
    # gapping: the remnant after the comma takes the first clause's verb and words
    ("Vietnam and Indonesia were admitted to APEC as full members in 1998, and India in 2024.",
     ("changed", "full member")),
    # the subject named in the sentence before, the state in several words in this one
    ("APEC was founded in 1989.\nVietnam and Indonesia were admitted as full members in 1998, and India in 2024.",
     ("changed", "full member")),
    # the cue right after another country's name is that country's step, and the remnant's too
    ("Vietnam joined APEC in 1998, and India in 2024.", ("changed", "full member")),
    ("Vietnam joined APEC in 1998, and Mongolia in 2024.", None),
    # the remnant names another country, or has a verb of its own: no statement about the party
    ("Vietnam and Indonesia were admitted to APEC as full members in 1998, and Mongolia in 2024.", None),
    ("Vietnam and Indonesia were admitted to APEC as full members in 1998, and India has asked to join.", None),
    # a sentence after the subject's that names another grouping is about that one
    ("APEC leaders met in Lima.\nIndia is a full member of the Quad.", None),
    # a plural cue naming a set of others ("leaders from the member states") is no plan of India's to join
    ("India was admitted to APEC as a full member in 2024.\nIndian ministers will meet officials from the APEC "
     "member states next week.", ("changed", "full member")),
    ("India is one of the APEC member states.", ("changed", "full member")),
])
def test_a_gapped_remnant_takes_the_first_clauses_statement(catalogue, text, expected):
    assert changed(catalogue, text, "india-apec") == expected


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, expected", [
    # the cue's verb has its own object: the subject sits under the coordinated verb
    ("India received armoured cars from Japan in May, and is awaiting Type-10 tanks.", None),
    # coordinated verbs sharing one object, and the plain case
    ("India received and deployed Type-10 tanks from Japan last month.", ("changed", "delivered")),
    ("India received its first Type-10 tanks from Japan last month.", ("changed", "delivered")),
])
def test_a_cue_verb_with_its_own_object_is_about_that_object(catalogue, text, expected):
    assert changed(catalogue, text, "tank-delivery") == expected


def test_a_change_quantity_and_a_referent_come_from_the_catalogue(catalogue):
    # `change = true`, not a claim id or question word, makes a percent a signed change; a figure with no
    # direction (a share) is not one
    found = findings(catalogue, "Trade between India and Japan fell 7% in 2024.")
    assert (found["trade-change"].verdict, found["trade-change"].value) == ("changed", "-7% (2024)")
    found = findings(catalogue, "Trade between India and Japan rose 12% in 2024.")
    assert found["trade-change"].value == "+12% (2024)"
    assert "trade-change" not in findings(catalogue, "Japan took a 12% share of trade with India in 2024.")
    # the catalogue's referent "pact" points back at the rail pact named in the sentence before
    text = "India and Japan agreed on the text of the rail pact in April.\nThe pact was signed in Tokyo on Monday."
    assert (findings(catalogue, text)["rail-pact"].verdict, findings(catalogue, text)["rail-pact"].value) == \
        ("changed", "signed")
    text = "India and Japan agreed on the text of the rail pact in April.\nThe memo was signed in Tokyo on Monday."
    assert "rail-pact" not in {c for c, f in findings(catalogue, text).items() if f.verdict == "changed"}


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, expected", [
    # the subject itself did something: it exists, so it is at least in the catalogue's `acting` state
    ("The high-speed rail agreement between India and Japan has created thousands of jobs.", ("changed", "signed")),
    ("Officials in Tokyo said the rail pact between India and Japan had opened new markets.", ("changed", "signed")),
    # no completed act of its own: a modal, a plan, a negation, a passive, another instrument
    ("The high-speed rail agreement between India and Japan would create thousands of jobs.", None),
    ("The high-speed rail agreement between India and Japan is expected to create jobs.", None),
    ("The high-speed rail agreement between India and Japan has not created any jobs.", None),
    ("The 2008 high-speed rail agreement between India and Japan created jobs.", None),
    ("The preliminary rail pact between India and Japan created jobs.", None),
])
def test_a_subject_that_acts_is_at_least_in_its_acting_state(catalogue, text, expected):
    assert changed(catalogue, text, "rail-pact") == expected


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text", [
    # the tenure verb's subject is the predecessor, not the person named with the title
    "Kenji Mori became Japan's interim prime minister after Taro Sato resigned.",
    # the person replaced is the recorded holder: the successor is no dispute of him
    "Kenji Mori replaced Taro Sato as Japan's prime minister in May.",
])
def test_the_parse_tells_whose_tenure_ended(catalogue, text):
    assert changed(catalogue, text, "japan-prime-minister") == ("changed", "Kenji Mori")


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text", [
    # the report first, its single unverified source after it (parsed as an adverbial clause of "told")
    "Type-10 tanks were delivered to India, MP Ravi Kumar told local media.",
    # a reporting clause of doubt set after the statement (parataxis), and a denial that follows
    "India took delivery of Type-10 tanks from Japan, a foreign official claimed.",
    "India took delivery of Type-10 tanks from Japan in May, officials in Tokyo said, though New Delhi has never "
    "confirmed it.",
])
def test_a_report_set_before_its_source_is_attributed_to_it(catalogue, text):
    assert changed(catalogue, text, "tank-delivery") == ("disputed", "delivered")


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_a_disputed_finding_says_why_and_a_change_does_not(catalogue):
    hearsay = findings(catalogue, "India and Japan reportedly signed the high-speed rail agreement on Monday.")
    why = hearsay["rail-pact"].to_report()["evidence"]["why"]
    assert hearsay["rail-pact"].verdict == "disputed" and "'reportedly'" in why
    unconfirmed = findings(catalogue, "India and Japan signed the high-speed rail agreement on Monday. "
                                      "The Japanese foreign ministry declined to confirm the report.")
    assert "'declined to confirm'" in unconfirmed["rail-pact"].to_report()["evidence"]["why"]
    figure = findings(catalogue, "Trade between India and Japan reached $31 billion in 2022.")
    assert figure["bilateral-trade"].verdict == "disputed"
    assert "(2022)" in figure["bilateral-trade"].to_report()["evidence"]["why"]
    plain = findings(catalogue, "India and Japan signed the high-speed rail agreement in Tokyo on Monday.")
    assert plain["rail-pact"].verdict == "changed" and "why" not in plain["rail-pact"].to_report()["evidence"]


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_why_tells_a_hedge_from_an_unverified_source_and_names_no_bare_reporting_verb(catalogue):
    hedge = findings(catalogue, "India and Japan reportedly signed the high-speed rail agreement on Monday.")
    assert hedge["rail-pact"].to_report()["evidence"]["why"].startswith("hedged: ")
    outlet = findings(catalogue, "India and Japan signed the high-speed rail agreement on Monday, the Daily Wire "
                                 "reported, citing unnamed sources.")
    why = outlet["rail-pact"].to_report()["evidence"]["why"]
    assert why.startswith("only from an unverified source") and "'reported'" not in why
    unconfirmed = findings(catalogue, "India and Japan signed the high-speed rail agreement on Monday. "
                                      "The Japanese foreign ministry declined to confirm the report.")
    assert unconfirmed["rail-pact"].to_report()["evidence"]["why"].startswith("not confirmed by those concerned")


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, expected", [
    # the holder named by title alone left the office, nobody named after him: the office is vacant
    ("Japan's prime minister was killed in an attack in Osaka on Sunday.", ("changed", "vacant")),
    ("The Indian envoy and the Japanese prime minister died when their plane crashed.", ("changed", "vacant")),
    ("An Indian envoy died in the crash along with Japan's prime minister.", ("changed", "vacant")),
    # not stated as fact, another country's, a past holder
    ("Japan's prime minister did not resign on Friday, officials in Tokyo said.", None),
    ("Japan's prime minister could resign over the rail scandal, Tokyo papers said.", None),
    ("Korea's prime minister resigned on Friday, Japanese media said.", None),
    ("Japan's former prime minister died in Tokyo on Friday.", None),
    # someone stands in, unnamed: the page's designation; named: the name
    ("Indian officials met Japan's acting prime minister in Tokyo on Monday.", ("changed", "acting prime minister")),
    ("Indian officials met Japan's acting prime minister, Kenji Mori, in Tokyo.", ("changed", "Kenji Mori")),
    # taking office: in a relative clause, given by the country's parliament; not a conditional
    ("Kenji Mori, who became Japan's prime minister in February, met Indian officials.", ("changed", "Kenji Mori")),
    ("Japan's parliament confirmed Kenji Mori as prime minister on Friday.", ("changed", "Kenji Mori")),
    ("Kenji Mori would become Japan's prime minister under the coalition deal.", None),
    # an appositive naming the office by the recorded holder it passed from
    ("Kenji Mori, Taro Sato's successor as prime minister, met Indian officials in Tokyo.", ("changed", "Kenji Mori")),
])
def test_offices_named_by_title_alone_and_tenure_events(catalogue, text, expected):
    assert changed(catalogue, text, "japan-prime-minister") == expected
