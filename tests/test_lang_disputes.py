"""Disputed statements outside English (issue 11): an accusation the article reports as denied, an estimate
of a year's figure, a forecast for a later year. Sentences written for these tests, read through the
engine's API with a real catalogue."""

from __future__ import annotations

import pytest

from baseline.catalogue import load_catalogue
from claims import Article, analyze

BASELINE = {
    "drone-transfers": {"value": "delivered", "quotes": []},
    "bilateral-trade": {"value": "$4 billion (2021)", "period": "2021", "low": 4e9, "high": 4e9, "quotes": []},
    "strategic-treaty": {"value": "draft", "quotes": []},
}


def read(text: str, lang: str, published: str = "2025-03-01") -> dict[str, str]:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published=published, lang=lang)],
                       load_catalogue(), BASELINE)
    return {f.claim: f.verdict for f in analysis.findings}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon des sources occidentales, l'Iran aurait livré des drones à la Russie, ce que Téhéran dément."),
    ("de", "Der Westen wirft Teheran vor, der russischen Armee seit Monaten Drohnen vom Typ Shahed für den Krieg "
           "geliefert zu haben. Teheran hat die Vorwürfe zurückgewiesen."),
    ("ar", "تتهم الولايات المتحدة إيران بتزويد روسيا بطائرات مسيرة، وهو ما تنفيه طهران."),
    ("pt", "Os Estados Unidos acusam o Irã de fornecer drones à Rússia, o que Teerã nega."),
    ("it", "Gli Stati Uniti accusano l'Iran di fornire droni alla Russia, accuse che Teheran respinge."),
])
def test_an_accusation_the_article_reports_denied_is_disputed(lang: str, text: str) -> None:
    assert read(text, lang).get("drone-transfers") == "disputed"


@pytest.mark.parametrize("lang,text", [
    # the statement is the denial's own content: nothing is asserted
    ("fr", "Téhéran a toujours nié avoir fourni des drones à la Russie pour la guerre."),
    # the accusation alone, with no denial: a hedged restatement adds nothing
    ("fr", "Selon des sources occidentales, l'Iran aurait livré des drones à la Russie."),
])
def test_a_denial_alone_or_an_accusation_alone_is_no_dispute(lang: str, text: str) -> None:
    assert read(text, lang).get("drone-transfers") is None


@pytest.mark.parametrize("lang,text", [
    ("ru", "По предварительным оценкам, товарооборот России и Ирана в 2024 году составил около 5 млрд долларов."),
    ("fr", "Selon les estimations, les échanges entre la Russie et l'Iran ont atteint 5 milliards de dollars en 2024."),
    ("ar", "من المتوقع أن يبلغ حجم التجارة بين إيران وروسيا عام 2024 نحو 5 مليارات دولار."),
])
def test_an_estimate_of_a_year_begun_is_disputed_not_changed(lang: str, text: str) -> None:
    assert read(text, lang, "2025-01-10").get("bilateral-trade") == "disputed"


@pytest.mark.parametrize("lang,text", [
    ("pt", "Espera-se que o comércio entre o Irã e a Rússia chegue a 10 bilhões de dólares até 2030."),
    ("es", "Se espera que el comercio entre Rusia e Irán alcance los 10.000 millones de dólares en 2030."),
    ("it", "L'interscambio tra Russia e Iran dovrebbe raggiungere 10 miliardi di dollari entro il 2030."),
])
def test_a_forecast_for_a_later_year_is_no_figure_of_the_year(lang: str, text: str) -> None:
    assert read(text, lang).get("bilateral-trade") is None


def test_the_same_figure_stated_as_fact_is_still_a_change() -> None:
    assert read("Товарооборот России и Ирана в 2024 году составил 4,8 млрд долларов.", "ru").get(
        "bilateral-trade") == "changed"


GROWTH = {"trade-growth": {"value": "+81% (2021)", "period": "2021", "low": 81.0, "high": 81.0, "quotes": []}}


@pytest.mark.parametrize("text", [
    # the rounded figure and its qualified form in two sentences, one without its year
    "Le commerce entre l'Iran et la Russie a augmenté de 70% en 2021. D'après les chiffres, notre "
    "commerce a augmenté de plus de 70 % sur les douze derniers mois.",
    "Le commerce entre l'Iran et la Russie a augmenté de 70% en 2021. Selon Moscou, le commerce avec l'Iran a "
    "augmenté de plus de 70 % en 2021.",
])
def test_a_figure_the_article_qualifies_elsewhere_restates(text: str) -> None:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2022-06-30", lang="fr")],
                       load_catalogue(), GROWTH)
    assert {f.claim: f.verdict for f in analysis.findings}.get("trade-growth") == "confirmed"


def test_the_bare_figure_alone_still_differs() -> None:
    text = "Le commerce entre l'Iran et la Russie a augmenté de 70% en 2021, selon Moscou."
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2022-06-30", lang="fr")],
                       load_catalogue(), GROWTH)
    assert {f.claim: f.verdict for f in analysis.findings}.get("trade-growth") == "disputed"


def test_a_treaty_the_sentence_before_gives_to_a_third_country_is_not_the_parties() -> None:
    from claims.languages import continues_about_third_country, prepare_in

    catalogue = load_catalogue()
    treaty = catalogue.get("strategic-treaty")
    text = ("Moskau hat im vergangenen Jahr einen gleichnamigen Vertrag mit Nordkorea geschlossen. Dieser Vertrag "
            "über die strategische Partnerschaft wurde im Oktober von russischen Abgeordneten ratifiziert. "
            "Der Vertrag zwischen Russland und Iran wurde im Januar unterzeichnet.")
    ctx = prepare_in(text, catalogue, "de")
    assert [continues_about_third_country(ctx, i, treaty) for i in range(3)] == [False, True, False]


STATES = {"gazprom-nioc": {"value": "memorandum signed", "quotes": []},
          "su35-delivery": {"value": "not delivered", "quotes": []},
          "strategic-treaty": {"value": "draft", "quotes": []},
          "sco-membership": {"value": "observer", "quotes": []}}


def read_states(text: str, lang: str) -> dict[str, str]:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-06-01", lang=lang)],
                       load_catalogue(), STATES)
    return {f.claim: f.verdict for f in analysis.findings}


@pytest.mark.parametrize("lang,text,claim", [
    # negative concord: "não … nenhum" is one negation, whichever part the cue's gap holds
    ("pt", "A Gazprom e a empresa nacional de petróleo do Irã não assinaram ainda nenhum contrato de gás.",
     "gazprom-nioc"),
    # "todavía no ha recibido": the negative state, not negated once more
    ("es", "Irán todavía no ha recibido los cazas Su-35 encargados a Rusia.", "su35-delivery"),
    # Persian passive subjunctive after the verb's noun: to be signed, not signed
    ("fa", "قرار است پیمان راهبردی ایران و روسیه در سفر رئیس جمهور به مسکو امضا شود.", "strategic-treaty"),
])
def test_a_negation_or_a_plan_in_the_languages_own_grammar_is_no_change(lang: str, text: str, claim: str) -> None:
    assert read_states(text, lang).get(claim) in (None, "confirmed")


@pytest.mark.parametrize("lang,text,claim", [
    ("de", "Russland und Iran unterzeichneten am 17. Januar in Moskau den Vertrag über eine strategische "
           "Partnerschaft.", "strategic-treaty"),
    ("fa", "پیمان راهبردی ایران و روسیه در مسکو امضا شد.", "strategic-treaty"),
    ("ar", "أصبحت إيران عضوا كامل العضوية في منظمة شنغهاي للتعاون بدعم من روسيا.", "sco-membership"),
])
def test_the_same_steps_stated_as_done_are_changes(lang: str, text: str, claim: str) -> None:
    assert read_states(text, lang).get(claim) == "changed"


def test_one_word_states_the_claim_whose_subject_stands_nearest() -> None:
    baseline = {"un-arms-embargo": {"value": "lifted", "quotes": []}, "jcpoa-talks": {"value": "stalled", "quotes": []}}
    text = "O embargo de armas da ONU ao Irã expirou em outubro de 2020, segundo o acordo nuclear."
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-06-01", lang="pt")],
                       load_catalogue(), baseline)
    assert "jcpoa-talks" not in {f.claim for f in analysis.findings}


FTA = {"eaeu-free-trade": {"value": "negotiating", "quotes": []}}


def read_fta(text: str, lang: str) -> tuple[str, str] | None:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-04-25", lang=lang)],
                       load_catalogue(), FTA)
    return next(((f.verdict, f.value) for f in analysis.findings if f.claim == "eaeu-free-trade"), None)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قال الوزير إن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي ستدخل حيز التنفيذ في 15 مايو."),
    ("ru", "Соглашение о свободной торговле между Ираном и ЕАЭС вступит в силу 15 мая, сообщили в Москве."),
])
def test_entry_into_force_set_for_a_day_says_the_agreement_is_signed(lang: str, text: str) -> None:
    assert read_fta(text, lang) == ("changed", "agreement signed")


@pytest.mark.parametrize("lang,text", [
    # no day set: a plan, nothing done
    ("ru", "Соглашение о свободной торговле между Ираном и ЕАЭС может вступить в силу в следующем году."),
    # waiting for it, the word of waiting far before the words of force
    ("ar", "تتوقع روسيا وإيران ارتفاعا في المبادلات مع ترقّب دخول اتفاق للتجارة الحرة بين البلدين الحليفين حيز التنفيذ."),
])
def test_entry_into_force_planned_or_awaited_is_no_step(lang: str, text: str) -> None:
    assert read_fta(text, lang) is None


def test_the_free_trade_agreement_with_iran_named_without_the_bloc() -> None:
    text = "Он напомнил, что в прошлом году вступило в силу соглашение о свободной торговле с Ираном."
    assert read_fta(text, "ru") == ("changed", "in force")


def test_a_german_modal_far_before_the_infinitive_is_a_plan() -> None:
    text = "Russland und Iran wollen den Partnerschaftsvertrag bei einem Besuch in Moskau unterzeichnen."
    assert read(text, "de").get("strategic-treaty") is None


def test_persian_according_to_a_named_official_is_attribution_not_doubt() -> None:
    text = "به گفته سفیر ایران در مسکو، حجم مبادلات تجاری ایران و روسیه در سال ۲۰۲۴ به ۴.۸ میلیارد دلار رسید."
    assert read(text, "fa").get("bilateral-trade") == "changed"


@pytest.mark.parametrize("lang,text", [
    # the denial verb after its own content (verb-final): only a denial
    ("fa", "ایران همواره ارسال پهپاد به روسیه برای استفاده در جنگ اوکراین را رد کرده است."),
])
def test_a_verb_final_denial_of_its_own_content_is_no_dispute(lang: str, text: str) -> None:
    assert read(text, lang).get("drone-transfers") is None


def test_a_persian_accusation_answered_by_a_denial_is_disputed() -> None:
    text = "آمریکا ایران را به ارسال پهپاد به روسیه متهم می‌کند اما تهران این ادعا را تکذیب کرده است."
    assert read(text, "fa").get("drone-transfers") == "disputed"


@pytest.mark.parametrize("lang,text", [
    ("fa", "روسیه سال گذشته پیمان مشارکت راهبردی جامع با کره شمالی امضا کرد."),
    ("ar", "وقعت روسيا معاهدة الشراكة الاستراتيجية الشاملة مع كوريا الشمالية العام الماضي."),
])
def test_the_same_treaty_with_north_korea_is_not_irans(lang: str, text: str) -> None:
    assert read(text, lang).get("strategic-treaty") is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Washington accused Iran of supplying Shahed drones to Russia for its war in Ukraine. Tehran denied the "
           "accusation."),
    ("de", "Die Ukraine sagt, Iran habe erneut Drohnen an Russland geliefert. Teheran bestreitet das."),
])
def test_a_statement_answered_by_a_short_denial_after_it_is_disputed(lang: str, text: str) -> None:
    assert read(text, lang).get("drone-transfers") == "disputed"


def test_a_short_denial_of_another_subject_answers_nothing() -> None:
    text = ("Iran has supplied Russia with Shahed drones used against Ukrainian cities. Moscow denied that the "
            "treaty was signed.")
    assert read(text, "en").get("drone-transfers") == "confirmed"


def test_the_death_after_whom_the_holder_replaced_is_the_predecessors() -> None:
    baseline = {"iran-president": {"value": "Ebrahim Raisi", "quotes": []}}
    text = ("Pezeshkian, eleito presidente do Irã em julho de 2024, substituiu Ebrahim Raisi, morto num acidente de "
            "helicóptero, e visitou a Rússia.")
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-06-01", lang="pt")],
                       load_catalogue(), baseline)
    assert {f.claim: (f.verdict, f.value) for f in analysis.findings}.get("iran-president") == (
        "changed", "Masoud Pezeshkian")


@pytest.mark.parametrize("lang,question,statement", [
    ("fr", "La Russie a-t-elle livré des Su-35 à l'Iran ?", "La Russie a livré des Su-35 à l'Iran."),
    ("de", "Hat Russland Su-35-Kampfjets an den Iran geliefert?", "Russland hat Su-35-Kampfjets an den Iran geliefert."),
    ("es", "¿Ha entregado Rusia los Su-35 a Irán?", "Rusia ha entregado los Su-35 a Irán."),
])
def test_a_question_asserts_nothing_in_any_language(lang: str, question: str, statement: str) -> None:
    baseline = {"su35-delivery": {"value": "not delivered", "quotes": []}}

    def verdict(text: str) -> str | None:
        analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang=lang)],
                           load_catalogue(), baseline)
        return {f.claim: f.verdict for f in analysis.findings}.get("su35-delivery")

    # read as the English reader reads "Has Russia delivered the jets?": hedged, so disputed, never changed
    assert verdict(question) == "disputed"
    assert verdict(statement) == "changed"
