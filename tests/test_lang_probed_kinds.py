"""Kinds of other-language reporting found by probing (tests/probes_lang/treaty_jcpoa.txt), read on the
project's catalogue through the engine's API with sentences written for this test: a threat of an event is no
event (claims/languages.toml `future`), a step beside two parties named together is both parties' step
(claims.languages.joined_by_and), a figure for part of a year is not the year's
(claims.languages.part_of_year), and a report those concerned leave unconfirmed is in doubt
(claims.languages.unconfirmed_after)."""

from __future__ import annotations

import pytest

from tests.reading import findings

BASELINE = {"jcpoa-talks": {"value": "stalled", "quotes": []},
            "strategic-treaty": {"value": "signed", "quotes": []},
            "su35-delivery": {"value": "not delivered", "quotes": []},
            "bilateral-trade": {"value": "$4 billion (2021)", "period": "2021", "low": 4e9, "high": 4e9, "quotes": []}}


def read(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return findings(text, BASELINE, lang, "2025-07-20")


@pytest.mark.parametrize("lang,text", [
    ("pt", "A França e a Alemanha ameaçaram acionar o snapback contra o Irã."),
    ("es", "Francia y Alemania amenazaron con activar el mecanismo snapback contra Irán."),
    ("fr", "La France et l'Allemagne ont menacé de déclencher le snapback contre l'Iran."),
    ("de", "Frankreich und Deutschland drohten, gegen den Iran den Snapback-Mechanismus auszulösen."),
    ("ru", "Франция и Германия пригрозили запустить механизм snapback против Ирана."),
    ("ar", "هددت فرنسا وألمانيا بتفعيل آلية الزناد ضد إيران."),
    ("it", "Francia e Germania hanno minacciato di attivare lo snapback contro l'Iran."),
])
def test_a_threat_of_the_snapback_is_no_collapse(lang: str, text: str) -> None:
    assert read(text, lang).get("jcpoa-talks", ("", ""))[0] != "changed"


def test_the_snapback_done_is_still_read_where_a_threat_word_is_listed() -> None:
    # "Drohnen" (drones) begins like "drohen" (threaten): the threat words are whole verb forms
    text = "Die UN-Sanktionen gegen den Iran sind seit Sonntag wieder in Kraft, nachdem der Snapback ausgelöst wurde."
    assert read(text, "de").get("jcpoa-talks") == ("changed", "collapsed")


@pytest.mark.parametrize("lang,text,expected", [
    # both parties named together beside the step: the treaty's own entry into force
    ("de", "Der Vertrag über die strategische Partnerschaft zwischen Russland und dem Iran ist am Donnerstag in "
           "Kraft getreten.", "in force"),
    # the other party named as the partner ("mit Russland": claims.languages.partner, lang9) is no side of its
    # own: the treaty's step, as the English reader and the whole-article probes read a step with a partner
    ("de", "Im Iran ist der Vertrag über die strategische Partnerschaft mit Russland am Donnerstag in Kraft "
           "getreten.", "in force"),
    # one party beside the step alone: its ratification is the treaty's state "ratified", as in English and
    # news-dev's labels (lang12; it had been that party's step only, the treaty left signed)
    ("de", "Russland und der Iran unterzeichneten im Januar einen Vertrag über die strategische Partnerschaft. Der "
           "Vertrag über die strategische Partnerschaft wurde am Donnerstag vom iranischen Parlament ratifiziert.",
     "ratified"),
])
def test_a_step_beside_both_parties_named_together_is_the_treatys(lang: str, text: str, expected: str) -> None:
    got = read(text, lang).get("strategic-treaty")
    assert got == ("changed", expected)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Товарооборот России и Ирана за девять месяцев 2024 года составил 3,5 млрд долларов."),
    ("ru", "Товарооборот России и Ирана в январе-сентябре 2024 года составил 3,5 млрд долларов."),
    ("pt", "O comércio entre a Rússia e o Irã somou 3,5 bilhões de dólares no primeiro semestre de 2024."),
    ("de", "Der Handel zwischen Russland und dem Iran erreichte im ersten Quartal 2024 1,1 Milliarden Dollar."),
    ("ar", "بلغ حجم التبادل التجاري بين روسيا وإيران 3.5 مليار دولار في الأشهر التسعة الأولى من عام 2024."),
    ("fa", "حجم تجارت ایران و روسیه در نه ماهه نخست سال ۲۰۲۴ به ۳.۵ میلیارد دلار رسید."),
    ("tr", "Rusya ile İran arasındaki ticaret hacmi 2024 yılının ilk dokuz ayında 3,5 milyar dolar oldu."),
])
def test_a_figure_for_part_of_a_year_is_not_the_years(lang: str, text: str) -> None:
    assert "bilateral-trade" not in read(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Товарооборот России и Ирана в январе-декабре 2024 года составил 4,8 млрд долларов."),
    ("ru", "В прошлом месяце министр сообщил, что товарооборот России и Ирана в 2024 году составил 4,8 млрд "
           "долларов."),
    ("pt", "O comércio entre a Rússia e o Irã chegou a 4,8 bilhões de dólares em 2024."),
])
def test_a_whole_years_figure_is_still_read(lang: str, text: str) -> None:
    assert read(text, lang).get("bilateral-trade") == ("changed", "$4.8 billion (2024)")


@pytest.mark.parametrize("lang,text", [
    ("pt", "O Irã recebeu os primeiros caças Su-35 da Rússia, disse um deputado. O ministério não confirmou a "
           "informação."),
    ("ru", "Иран получил первые истребители Су-35, заявил депутат, однако в министерстве это не подтвердили."),
    ("fa", "جنگنده‌های سوخو-۳۵ تحویل ایران شده است. وزارت دفاع این خبر را تایید نکرده است."),
    ("ar", "تسلمت إيران أولى مقاتلات سوخوي-35 من روسيا، لكن وزارة الدفاع لم تؤكد ذلك."),
    ("es", "Irán recibió los primeros cazas Su-35 de Rusia, afirmó un diputado. El ministerio no lo confirmó."),
])
def test_a_report_left_unconfirmed_is_disputed(lang: str, text: str) -> None:
    assert read(text, lang).get("su35-delivery") == ("disputed", "delivered")


def test_a_later_long_sentence_on_something_else_leaves_the_report_as_it_is() -> None:
    text = ("Der Iran hat die ersten Su-35-Kampfjets aus Russland erhalten. Moskau hat den Termin für weitere "
            "Lieferungen nicht bestätigt, weil die Produktion für die eigene Luftwaffe Vorrang habe und erst später "
            "im Jahr fortgesetzt werden solle.")
    assert read(text, "de").get("su35-delivery") == ("changed", "delivered")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Иран получил истребители Су-35 из России, заявил иранский депутат."),
    ("fr", "L'Iran a reçu des Su-35 russes, a déclaré un député iranien."),
    ("de", "Der Iran hat Su-35-Kampfjets aus Russland erhalten, sagte ein iranischer Abgeordneter."),
    ("ar", "تسلمت إيران مقاتلات سوخوي-35 من روسيا، بحسب نائب في البرلمان الإيراني."),
])
def test_one_lawmakers_word_is_a_single_unverified_source(lang: str, text: str) -> None:
    assert read(text, lang).get("su35-delivery") == ("disputed", "delivered")


def test_deputies_voting_are_parliament_acting() -> None:
    text = "Депутаты Госдумы единогласно ратифицировали договор о всеобъемлющем стратегическом партнерстве с Ираном."
    assert read(text, "ru").get("strategic-treaty") == ("changed", "ratified")


HOLDERS = {"iran-president": {"value": "Ebrahim Raisi", "quotes": []},
           "russia-president": {"value": "Vladimir Putin", "quotes": []}}


@pytest.mark.parametrize("lang,text", [
    ("de", "Der iranische Präsident Ebrahim Raisi ist bei einem Hubschrauberabsturz ums Leben gekommen."),
    ("fr", "Le président iranien Ebrahim Raïssi est mort dans l'accident de son hélicoptère."),
    ("ru", "Президент Ирана Эбрахим Раиси погиб при крушении вертолета."),
    ("ar", "توفي الرئيس الإيراني إبراهيم رئيسي في تحطم مروحية."),
    ("tr", "İran Cumhurbaşkanı İbrahim Reisi helikopter kazasında hayatını kaybetti."),
    ("pt", "O presidente iraniano Ebrahim Raisi morreu na queda do helicóptero."),
])
def test_a_recorded_holder_named_as_leaving_office_is_no_longer_the_holder(lang: str, text: str) -> None:
    # as the English parse reads "President Ebrahim Raisi died" (claims.languages.holders_left)
    assert findings(text, HOLDERS, lang, "2024-05-20").get("iran-president") == ("changed", "not Ebrahim Raisi")


@pytest.mark.parametrize("lang,text,expected", [
    # a word of the past by the name (the prefix "ex-" runs into its word: claims.languages.word_pattern)
    ("pt", "O ex-presidente iraniano Ebrahim Raisi morreu na queda de um helicóptero.", None),
    ("de", "Der ehemalige iranische Präsident Ebrahim Raisi starb bei einem Absturz.", None),
    # the sentence names his successor
    ("fr", "Massoud Pezeshkian, élu après la mort du président Ebrahim Raïssi, a prêté serment.", None),
    # another person's death
    ("es", "El presidente ruso Vladímir Putin lamentó la muerte de Raisi.", None),
    # a report denied
    ("de", "Berichte, wonach der iranische Präsident Ebrahim Raisi gestorben sei, wurden von Teheran dementiert.",
     "disputed"),
])
def test_a_past_holder_a_successor_or_a_denial_is_no_end_of_tenure(lang: str, text: str, expected: str | None
                                                                   ) -> None:
    got = findings(text, HOLDERS, lang, "2024-05-20")
    assert got.get("iran-president", (None, ""))[0] in (expected, "confirmed" if expected is None else expected)
    assert got.get("russia-president", (None, ""))[0] in (None, "confirmed")


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le Parlement iranien a approuvé l'ensemble du gouvernement proposé par le président Massoud Pezeshkian.",
     ("changed", "Masoud Pezeshkian")),
    ("de", "Das iranische Parlament billigte das Kabinett, das von Präsident Massud Peseschkian vorgeschlagen worden "
           "war.", ("changed", "Masoud Pezeshkian")),
    ("pt", "O Parlamento iraniano aprovou os ministros propostos pelo presidente Masoud Pezeshkian.",
     ("changed", "Masoud Pezeshkian")),
    # the one put forward is still a nominee
    ("fr", "Le président Massoud Pezeshkian a été proposé comme candidat.", None),
])
def test_the_one_who_puts_others_forward_is_no_nominee(lang: str, text: str, expected: tuple[str, str] | None
                                                       ) -> None:
    # claims.languages.proposer: a word of the agent ("par", "von", "pelo") before the holder
    assert findings(text, HOLDERS, lang, "2024-08-21").get("iran-president") == expected


@pytest.mark.parametrize("text,expected", [
    ("Die Sanktionen der Vereinten Nationen gegen den Iran sind in der Nacht zum Sonntag wieder in Kraft getreten.",
     "changed"),
    ("Die UN-Sanktionen gegen den Iran könnten Ende September wieder in Kraft treten.", None),
    ("Die US-Sanktionen gegen den Iran sind seit 2018 wieder in Kraft.", None),
])
def test_the_un_sanctions_back_in_force_name_the_deals_end_in_german(text: str, expected: str | None) -> None:
    assert read(text, "de").get("jcpoa-talks", (None, ""))[0] == expected
