"""New-development kinds found by the whole articles of tests/development_articles (2026-12-01, branch newdev8):
a wire's dateline opening the lead, a temporal clause whose event the main clause builds on, a possibility that
has just begun ("can now"), a month that only sets when an arrangement starts ("from December"), a span of years
counted back ("a decade ago"), several documents counted, a party named by its state company or agency
([context.bodies]), a lemma the small model cuts wrong ("hopes" → "hop"), and Persian words spelled without
their zero-width non-joiner. On a catalogue this test writes for two other countries (India, Japan) and, for
the Persian spellings, the project's catalogue. The sentences are written here."""

import pytest

import claims
from claims.catalogue import CatalogueError, load_catalogue
from claims.developments import parsed_text, several_things, single_claims, spellings, verb_forms
from claims.nlp import available, parse
from tests.reading import listed_developments, written_catalogue

CATALOGUE = '''
[parties]
india = ["India", "Indian", "New Delhi"]
japan = ["Japan", "Japanese", "Tokyo"]

[context]
routine = ["talks", "meeting", "visit"]
developments = ["India and Japan signed a new agreement to cooperate.", "Japan delivered new equipment to India.",
                "India and Japan launched a joint project.", "The two countries agreed to waive visas."]
[context.bodies]
india = ["ISRO", "Indian Railways"]
japan = ["JAXA", "Nippon Rail"]

[[claims]]
id = "rail-pact"
question = "Have India and Japan concluded their high-speed rail agreement?"
type = "status"
ordered = true
parties = ["india", "japan"]
topic = ["high-speed rail agreement", "rail pact"]
  [[claims.states]]
  value = "draft"
  cues = ["draft"]
  describe = ["The rail agreement is still a draft."]
  [[claims.states]]
  value = "signed"
  cues = ["signed"]
  describe = ["India and Japan signed the rail agreement."]

[[claims]]
id = "jet-sale"
question = "Has Japan delivered patrol jets to India?"
type = "status"
ordered = true
parties = ["india", "japan"]
topic = ["patrol jets"]
  [[claims.states]]
  value = "ordered"
  cues = ["ordered"]
  describe = ["India ordered patrol jets from Japan."]
  [[claims.states]]
  value = "delivered"
  cues = ["delivered"]
  describe = ["Japan delivered the patrol jets to India."]
'''

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    return written_catalogue(tmp_path_factory, CATALOGUE)


def listed(catalogue, text, published="2025-10-01", title="", lang="en"):  # type: ignore[no-untyped-def]
    return listed_developments(catalogue, text, lang, published, title)


def test_a_wire_dateline_is_no_subject_of_the_lead(catalogue):
    lead = "TOKYO, Oct 1 (Mehr) - India and Japan signed an agreement on Wednesday to build a deep-water port."
    n = len("TOKYO, Oct 1 (Mehr) - ")
    assert parsed_text(lead) == " " * n + lead[n:]  # blanked, every offset kept
    # an English page's sentences come without the dateline (claims.reader.without_dateline cuts it before every
    # reading): the statement listed is the lead's own words, verbatim
    assert listed(catalogue, lead) == [lead[n:]]
    for line, rest in (("NEW DELHI (PTI) -- India and", "India and"), ("MOSCOW/TEHRAN (dpa-AFX) - Russland", "Russland"),
                       ("TOKYO – The", "The"), ("MOSCOW, March 12. /TASS/. Japan", "Japan")):
        assert parsed_text(line).lstrip() == rest, line
    for line in ("US sanctions Japan", "IRAN AND JAPAN SIGN DEAL", "NATO - the alliance"):
        assert parsed_text(line) == line
    # one pattern serves both (claims.reader.DATELINE): a live blog's time stamp is blanked for a development's
    # parse, and TASS's "/TASS/." and a slash-joined place are cut from an English reading's sentence
    assert parsed_text("09:40 GMT - India and").lstrip() == "India and"
    from claims.reader import without_dateline
    from extractors.text import Sentence
    for line, rest in (("MOSCOW/TEHRAN (dpa-AFX) - India and", "India and"), ("MOSCOW, March 12. /TASS/. India and",
                                                                              "India and")):
        assert without_dateline(Sentence(line, 0, len(line))).text == rest, line


def test_a_temporal_clause_states_its_past_event_whatever_the_main_clause_says(catalogue):
    assert listed(catalogue, "Indian travellers will save hours after India and Japan launched a joint visa "
                             "centre in Mumbai on Monday, the embassy said.")
    # the clause's own event still planned, or negated: no event
    assert not listed(catalogue, "Indian travellers will save hours once India and Japan launch a joint visa "
                                 "centre in Mumbai.")
    assert not listed(catalogue, "Indian travellers will save hours after India and Japan would launch a joint "
                                 "visa centre in Mumbai.")


def test_a_possibility_that_has_just_begun_is_news(catalogue):
    assert listed(catalogue, "Japanese bank cards can now be used at Indian ATMs, India's central bank said.")
    assert not listed(catalogue, "Japanese bank cards could be used at Indian ATMs next year, an adviser said.")
    assert not listed(catalogue, "Japanese bank cards can be used at Indian ATMs under the rules, an adviser said.")


def test_a_month_that_sets_when_an_arrangement_starts_is_no_recap(catalogue):
    # read in October: "from December" is the coming one, not ten months back
    assert listed(catalogue, "India and Japan agreed on Wednesday to waive visa requirements for tourist groups "
                             "from December, the ministry said.")
    assert not listed(catalogue, "India and Japan agreed to waive visa requirements for tourist groups in "
                                 "December 2024, the ministry said.")


def test_years_counted_back_are_a_recap(catalogue):
    assert not listed(catalogue, "India and Japan signed an agreement to build a deep-water port more than a "
                                 "decade ago.")
    assert not listed(catalogue, "India and Japan launched a joint project two years ago.")


def test_several_documents_counted_are_no_claim_about_one(catalogue):
    assert single_claims(catalogue) == frozenset({"rail-pact"})  # "patrol jets" are several
    doc = parse(["India and Japan signed eight cooperation documents on Wednesday."])[0]
    from claims.developments import Event
    sign = next(t for t in doc if t.lower_ == "signed")
    assert several_things(doc, Event("sign", sign.idx, sign.idx + len(sign), frozenset({"india", "japan"})))
    doc = parse(["India and Japan signed a cooperation document on Wednesday."])[0]
    sign = next(t for t in doc if t.lower_ == "signed")
    assert not several_things(doc, Event("sign", sign.idx, sign.idx + len(sign), frozenset({"india", "japan"})))


def test_a_party_named_by_its_state_body(catalogue):
    assert listed(catalogue, "ISRO and Nippon Rail signed a contract on Tuesday to build a satellite ground station.")
    assert listed(catalogue, "Nippon Rail signed a contract with India on Tuesday to build a freight terminal.")
    # a body acting with a third country is not the parties' event
    assert not listed(catalogue, "Nippon Rail and Vietnam signed a contract on Tuesday to build a freight terminal.")


def test_bodies_must_belong_to_a_party(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('japan = ["JAXA"', 'korea = ["JAXA"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"\[context.bodies\]"):
        load_catalogue(path)


def test_a_lemma_cut_wrong_is_still_a_verb_of_state(catalogue):
    doc = parse(["India hopes Japan will help."])[0]
    assert "hope" in verb_forms(doc[1])
    assert not listed(catalogue, "India plans to build new ports by 2040 and hopes Japan will help it reach that "
                                 "goal, an official said.")


def test_persian_words_without_their_non_joiner():
    assert spellings(("راه\u200cاندازی شد",)) == ("راه\u200cاندازی شد", "راهاندازی شد", "راه اندازی شد")
    assert spellings(("امضا شد",)) == ("امضا شد",)


def test_a_persian_page_without_non_joiners(catalogue_project=None):  # type: ignore[no-untyped-def]
    from baseline.catalogue import load_catalogue as load_project

    project = load_project()
    text = ("به گزارش ایرنا، مرحله نهایی اتصال شبکه شتاب به سامانه میر روسیه روز چهارشنبه راهاندازی شد و "
            "دارندگان کارتهای ایرانی اکنون میتوانند در روسیه خرید کنند.")
    article = claims.Article(1, "http://127.0.0.1/fa", "", text, "2025-05-21", lang="fa")
    assert [d.statement for d in claims.analyze([article], project, {}).new_developments] == [text]


def test_last_year_is_a_recap_after_january(catalogue):
    text = "Last year, India and Japan launched a joint shipping line across the Bay of Bengal."
    assert not listed(catalogue, text, published="2025-06-10")
    # in January "last year" may be last month
    assert listed(catalogue, text, published="2025-01-10")


def test_the_article_of_a_party_entity_names_no_third_country(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('japan = ["Japan", "Japanese", "Tokyo"]',
                                      'japan = ["Japan", "Japanese", "Tokyo", "Japanese Federation"]'),
                    encoding="utf-8")
    # spaCy takes "the" into the place entity of "the Japanese Federation"; the entity is Japan's
    assert listed(load_catalogue(path), "India and the Japanese Federation signed an agreement on Tuesday to "
                                        "build a deep-water port.")


def test_a_headline_states_the_development_its_lead_does_not_name(catalogue):
    lead = "The first batch of the ships docked at a naval base on Monday, an official said.\nMore will follow."
    assert listed(catalogue, lead, title="Japan delivers first patrol boats to India") == [
        "Japan delivers first patrol boats to India"]
    # headline grammar: "to" is the future, "discuss" a routine contact
    assert not listed(catalogue, lead, title="Japan to deliver first patrol boats to India")
    assert not listed(catalogue, lead, title="India, Japan discuss patrol boats")
    # a sentence of the page that states a development ranks first; a headline naming a tracked claim is its own
    body = "India and Japan launched a joint shipping line on Monday, an official said.\nMore will follow."
    assert listed(catalogue, body, title="Japan delivers first patrol boats to India") == [body.split("\n")[0]]
    assert not listed(catalogue, lead, title="India, Japan sign rail pact")


def test_an_event_named_inside_an_announcement_read_by_words():
    from baseline.catalogue import load_catalogue as load_project
    from claims.developments import announced_events, plan_date

    project = load_project()

    def listed_fa(text):  # type: ignore[no-untyped-def]
        article = claims.Article(1, "http://127.0.0.1/fa", "", text, "2025-02-11", lang="fa")
        return [d.statement for d in claims.analyze([article], project, {}).new_developments]

    # the minister announced the signing of a contract with Russia (Iran implied by Persian news)
    text = "وزیر نیرو از امضای قرارداد ساخت نیروگاه حرارتی سیریک با روسیه خبر داد."
    assert listed_fa(text) == [text]
    # ... did not announce; ... announced it for next month or "soon": no event
    assert not listed_fa(text.replace("خبر داد", "خبر نداد"))
    assert not listed_fa(text.replace("با روسیه", "با روسیه در ماه آینده"))
    assert not listed_fa(text.replace("با روسیه", "با روسیه به زودی"))
    # the whole announcement is the event's span; a comma ends it
    found = announced_events("از امضای قرارداد با روسیه خبر داد", ("از امضای … خبر داد*",))
    assert found and found[0][:2] == (0, len("از امضای قرارداد با روسیه خبر داد"))
    assert not announced_events("از امضای قرارداد، با روسیه خبر داد", ("از امضای … خبر داد*",))
    # a time to come in words, not a figure
    from datetime import date
    assert plan_date("gelecek ay imzalanacak", "tr", date(2025, 6, 5))
    assert not plan_date("2030 yılına kadar", "tr", date(2025, 6, 5))


def test_an_agentless_passive_after_a_sentence_naming_both_parties(catalogue):
    meeting = "Indian and Japanese officials met in Tokyo on Tuesday to review economic ties.\n"
    signed = "A memorandum on cooperation in higher education was signed at the end of the meeting."
    assert listed(catalogue, meeting + signed) == [signed]
    assert not listed(catalogue, meeting + "A memorandum on cooperation in higher education could be signed soon.")
    assert not listed(catalogue, meeting + "A similar memorandum was signed by Vietnam and Korea on Monday.")
    # no party in the sentence before either: nobody's event
    assert not listed(catalogue, "Officials met in Tokyo on Tuesday.\n" + signed)
