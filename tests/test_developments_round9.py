"""New-development kinds found by the whole articles of tests/development_articles written on 2026-12-01 (branch
newdev9): an event named by a noun as the subject of a factive predicate ("The signing of … was hailed", "The
launch of … marked …"), a country after a preposition of a route ("… through Korea"), a party named around the
sentence only beside a third country it acts with ("Japan and Korea began a drill. India sent …"), and a place
entity in a phrase about the subject ("a line linking the port of Kobe with Mumbai"). On the catalogue for two
other countries (India, Japan) of tests/test_developments_pages.py. The sentences are written here."""

import pytest

import claims
from claims.catalogue import load_catalogue
from claims.developments import acting, actor_tokens
from claims.nlp import available, parse
from tests.test_developments_pages import CATALOGUE, catalogue, listed  # noqa: F401 (catalogue: a fixture)

pytestmark = pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")


def test_an_event_noun_under_a_factive_predicate_is_the_event(catalogue):
    for sentence in ("The signing of a visa-waiver agreement by India and Japan in Tokyo on Tuesday was hailed by "
                     "travel agencies.",
                     "The launch of a joint satellite project by India and Japan on Tuesday marked the first such "
                     "venture this year."):
        assert listed(catalogue, sentence) == [sentence], sentence
    for sentence in ("The planned signing of a visa-waiver agreement by India and Japan was hailed by travel "
                     "agencies on Tuesday.",
                     "The signing of a visa-waiver agreement by India and Japan was postponed on Tuesday."):
        assert listed(catalogue, sentence) == [], sentence


def test_a_country_on_the_route_takes_no_part():
    doc = parse(["A gas pipeline linking India and Japan through Korea was launched on Tuesday."])[0]
    subject = next(t for t in doc if t.dep_ == "nsubjpass")
    assert "Korea" not in {t.text for t in acting(subject)}
    assert "India" in {t.text for t in acting(subject)}


def test_a_party_named_around_only_beside_a_third_country(catalogue):
    then = "India signed a letter of support for the drill on Tuesday, the ministry said."
    assert listed(catalogue, "Japan and Korea launched a joint naval drill on Tuesday. " + then,
                  title="Japan and Korea hold naval drill") == []
    assert listed(catalogue, "Japan launched a joint naval drill on Tuesday. " + then,
                  title="Japan holds naval drill") == [then]


def test_a_place_about_the_subject_is_no_actor():
    doc = parse(["A container line linking the port of Kobe with Mumbai was launched on Tuesday."])[0]
    subject = next(t for t in doc if t.dep_ == "nsubjpass")
    assert not {t.text for t in doc if t.i in actor_tokens(subject)} & {"Kobe", "Mumbai"}
    doc = parse(["India, Japan and Bhutan launched a joint satellite on Tuesday."])[0]
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert {"India", "Japan", "Bhutan"} <= {t.text for t in doc if t.i in actor_tokens(subject)}


def test_a_routine_contact_agreed_on_read_by_words():
    """[context.lang.xx] routine: a routine word in the two words after an event word read by words is what the
    event is about ("agreed to continue consultations"); before it, it is the occasion ("after the talks")."""
    from baseline.catalogue import load_catalogue as load_project

    project = load_project()
    lead = "МОСКВА, 5 июня. /ТАСС/. Вице-премьер России и министр нефти Ирана провели переговоры в Москве."
    routine = "Обе стороны договорились продолжить консультации по вопросам энергетики в следующем месяце."
    signed = "По итогам переговоров обе стороны подписали меморандум о сотрудничестве в области образования."
    for then, want in ((routine, []), (signed, [signed])):
        article = claims.Article(1, "http://127.0.0.1/a", "Россия и Иран", lead + "\n" + then, "2025-06-05", lang="ru")
        assert [d.statement for d in claims.analyze([article], project, {}).new_developments] == want, then


def test_a_present_with_now_is_a_state_that_has_just_begun():
    from claims.developments import newly_able

    for sentence, want in (("Indian cards are now accepted at all ATMs in Japan.", True),
                           ("Indian cards now work in Japan.", True),
                           ("Indian cards can now be used in Japan.", True),
                           ("Indian cards are accepted at all ATMs in Japan.", False),
                           ("Indian cards will now be accepted in Japan.", False),
                           ("Indian cards have now been accepted in Japan.", False)):
        doc = parse([sentence])[0]
        verb = next(t for t in doc if t.dep_ == "ROOT")
        assert newly_able(verb) is want, sentence


def test_an_event_dated_months_back_ranks_after_the_pages_own(catalogue):
    news = "Japan delivered the first batch of rail equipment to India on Tuesday, the ministry said."
    old = "India and Japan signed a new agreement to cooperate in Tokyo in March."
    assert listed(catalogue, old + " " + news, published="2025-06-03") == [news]
    assert listed(catalogue, news + " " + old, published="2025-06-03") == [news]


def test_a_city_names_its_party_beside_the_other_party(tmp_path):
    """[context.cities]: a city or port of a party is the place of an event of the other party the sentence names
    ("… between Tokyo and Mumbai": India); alone it names no party."""
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace("[context.bodies]", '[context.cities]\nindia = ["Mumbai", "Chennai"]\n'
                                      'japan = ["Osaka"]\n[context.bodies]'), encoding="utf-8")
    cities = load_catalogue(path)
    line = "Japan launched a freight shipping line between Tokyo and Mumbai on Tuesday."
    assert listed(cities, line) == [line]
    assert listed(cities, "Japan launched a freight shipping line between Tokyo and Osaka on Tuesday.") == []
    assert listed(cities, "A freight ship docked at the port of Mumbai on Tuesday after a long voyage.",
                  title="Japan, India trade grows") == []
    from claims.catalogue import CatalogueError

    wrong = tmp_path / "wrong.toml"
    wrong.write_text(CATALOGUE.replace("[context.bodies]", '[context.cities]\nkorea = ["Busan"]\n[context.bodies]'),
                     encoding="utf-8")
    with pytest.raises(CatalogueError):
        load_catalogue(wrong)
