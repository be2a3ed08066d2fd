"""Kinds of German, French, Spanish, Italian and Turkish reporting found with the whole-article probes
(tests/probe_articles/{de,fr,es,it,tr}_*, branch lang9), read on the project's catalogue through the engine's
API with sentences written for this test (docs/ENGINE.md "Whole articles in German, French, Spanish, Italian
and Turkish")."""

from __future__ import annotations

import pytest

from tests.reading import findings

BASELINE = {"iran-president": {"value": "Ebrahim Raisi", "quotes": []},
            "strategic-treaty": {"value": "draft", "quotes": []},
            "eaeu-free-trade": {"value": "negotiating", "quotes": []},
            "trade-growth": {"value": "+81% (2021)", "quotes": []},
            "jcpoa-talks": {"value": "stalled", "quotes": []},
            "un-arms-embargo": {"value": "lifted", "quotes": []}}


def read(text: str, lang: str, published: str) -> dict[str, tuple[str, str]]:
    return findings(text, BASELINE, lang, published)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Sanktionen der Vereinten Nationen gegen den Iran sind wieder in Kraft. Russland erkennt die "
           "Wiedereinsetzung der Sanktionen nicht an."),
    ("fr", "Les sanctions de l'ONU contre l'Iran ont été rétablies. La Russie a dit qu'elle ne reconnaissait pas "
           "ce retour des sanctions."),
    ("it", "Le sanzioni delle Nazioni Unite contro l'Iran sono state ripristinate. La Russia ha dichiarato di non "
           "riconoscere il ripristino."),
    ("tr", "BM'nin İran'a yönelik yaptırımları yeniden yürürlüğe girdi. Rusya bu kararı tanımadığını "
           "açıkladı."),
])
def test_the_un_sanctions_back_and_a_party_not_recognising_them(lang: str, text: str) -> None:
    # the UN's sanctions name the arms embargo (as in English, ru, fa, ar, pt); not recognising them disputes it
    assert read(text, lang, "2025-09-28").get("un-arms-embargo") == ("disputed", "in force")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Vertrag über die umfassende strategische Partnerschaft soll nach Angaben Moskaus im Herbst in Kraft "
           "treten; das Freihandelsabkommen dürfte im Mai in Kraft treten."),
    ("es", "Ambos países prevén que el acuerdo de libre comercio entre Irán y la Unión Económica Euroasiática "
           "entre en vigor en mayo."),
    ("tr", "Overçuk, serbest ticaret anlaşmasının mayıs ayında yürürlüğe girmesinin beklendiğini söyledi."),
])
def test_a_step_expected_is_not_taken(lang: str, text: str) -> None:
    # German "dürfte", the Spanish subjunctive after "prevén que", Turkish "beklendiğini" (that it is expected)
    got = read(text, lang, "2025-02-10")
    assert got.get("eaeu-free-trade", ("", ""))[1] != "in force"
    assert got.get("strategic-treaty", ("", ""))[1] != "in force"


def test_german_ratified_with_the_other_party_is_ratified() -> None:
    # "mit dem Iran" names the partner, not the side taking the step (claims.languages.partner)
    text = "Die russische Staatsduma hat den Vertrag über eine umfassende strategische Partnerschaft mit dem Iran ratifiziert."
    assert read(text, "de", "2025-04-08").get("strategic-treaty") == ("changed", "ratified")


def test_german_ratified_by_one_side_is_the_treaty_ratified() -> None:
    # one party's ratification is the treaty's state "ratified", as in English and news-dev's labels (lang12)
    text = "Der Vertrag über die strategische Partnerschaft mit Russland wurde vom iranischen Parlament ratifiziert."
    assert read(text, "de", "2025-05-21").get("strategic-treaty") == ("changed", "ratified")


def test_german_growth_told_as_zugelegt() -> None:
    text = "Der Warenaustausch zwischen Russland und dem Iran hat im Jahr 2024 um 16 Prozent zugelegt."
    assert read(text, "de", "2025-02-10").get("trade-growth") == ("changed", "+16% (2024)")


def test_french_interim_of_the_presidency() -> None:
    text = "Le premier vice-président Mohammad Mokhber assure l'intérim de la présidence en Iran."
    assert read(text, "fr", "2024-05-20").get("iran-president") == ("changed", "Mohammad Mokhber")


@pytest.mark.parametrize("lang,text", [
    ("de", "Die UN-Sanktionen gegen den Iran sind wieder in Kraft. Russland erkennt die Wiedereinsetzung der "
           "Sanktionen nicht an."),
    ("fr", "Le mécanisme de snapback a été déclenché et les sanctions de l'ONU contre l'Iran ont été rétablies. La Russie a dit "
           "qu'elle ne reconnaissait pas ce retour des sanctions, qu'elle juge nul."),
    ("it", "Dopo l'attivazione dello snapback le sanzioni Onu contro l'Iran sono tornate in vigore. La Russia ha dichiarato di "
           "non riconoscere il ripristino delle sanzioni."),
    ("tr", "Snapback mekanizmasının ardından İran'a yönelik BM yaptırımları yeniden yürürlüğe girdi. Rusya, yaptırımların yeniden "
           "getirilmesini tanımadığını açıkladı."),
])
def test_the_sanctions_return_not_recognised_disputes_the_deals_end(lang: str, text: str) -> None:
    # the return of the sanctions named as a noun names the deal's end and the embargo (their topics)
    got = read(text, lang, "2025-09-28")
    assert got.get("jcpoa-talks") == ("disputed", "collapsed")
    assert got.get("un-arms-embargo") == ("disputed", "in force")


def test_french_a_president_who_perished_with_his_minister_and_the_interim() -> None:
    text = ("Le président iranien Ebrahim Raïssi et son ministre des Affaires étrangères ont péri dans l'accident. "
            "Le premier vice-président Mohammad Mokhber assure l'intérim de la présidence.")
    assert read(text, "fr", "2024-05-20").get("iran-president") == ("changed", "Mohammad Mokhber")


def test_french_sworn_in_as_president_of_the_islamic_republic() -> None:
    text = "Le réformateur Massoud Pezeshkian a prêté serment mardi devant le Parlement comme président de la République islamique."
    assert read(text, "fr", "2024-07-30").get("iran-president") == ("changed", "Masoud Pezeshkian")


def test_turkish_spelling_of_an_acting_minister() -> None:
    text = "İran'da Ali Bakıri Keni dışişleri bakanlığına vekaleten atandı."
    assert findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}},
                    "tr", "2024-05-20").get("iran-foreign-minister") == ("changed", "Ali Bagheri Kani")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vladimir Poutine a proposé dimanche de nommer l'économiste Andreï Belooussov ministre de la Défense."),
    ("es", "Putin propuso el domingo nombrar al economista Andréi Beloúsov ministro de Defensa de Rusia."),
])
def test_proposing_to_appoint_appoints_no_one(lang: str, text: str) -> None:
    # the infinitive of appointing ("de nommer", "nombrar") is a nominee's (`nominee`)
    got = findings(text, {"russia-defense-minister": {"value": "Sergey Shoigu", "quotes": []}}, lang, "2024-05-12")
    assert got.get("russia-defense-minister", ("", ""))[0] != "changed"


def test_italian_the_new_minister() -> None:
    text = "Abbas Araghchi è il nuovo ministro degli Esteri dell'Iran."
    got = findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}, "it", "2024-08-21")
    assert got.get("iran-foreign-minister") == ("changed", "Abbas Araghchi")


def test_italian_conditional_of_entry_into_force() -> None:
    text = "Secondo Overchuk, l'accordo di libero scambio tra l'Iran e l'Unione economica eurasiatica dovrebbe entrare in vigore a maggio."
    assert read(text, "it", "2025-02-10").get("eaeu-free-trade", ("", ""))[1] != "in force"


def test_spanish_works_begun_with_a_long_apposition() -> None:
    text = ("Las obras del ferrocarril Rasht-Astara, el tramo que falta del corredor Norte-Sur, comenzaron este martes "
            "en la provincia iraní de Guilán.")
    got = findings(text, {"rasht-astara-railway": {"value": "agreement signed", "quotes": []}}, "es", "2026-03-10")
    assert got.get("rasht-astara-railway") == ("changed", "under construction")


def test_a_past_word_in_an_apposition_between_name_and_office_is_not_the_offices() -> None:
    text = "Abbas Araghchi, ex negoziatore dell'accordo nucleare, è il nuovo ministro degli Esteri dell'Iran."
    got = findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}, "it", "2024-08-21")
    assert got.get("iran-foreign-minister") == ("changed", "Abbas Araghchi")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mohammad Javad Zarif, ancien ministre iranien des Affaires étrangères, a critiqué le traité."),
    ("it", "L'ex ministro degli Esteri iraniano Mohammad Javad Zarif ha criticato il trattato."),
])
def test_a_former_minister_stays_former(lang: str, text: str) -> None:
    got = findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}, lang, "2025-02-10")
    assert got.get("iran-foreign-minister", ("", ""))[0] != "changed"


@pytest.mark.parametrize("lang,text", [
    ("es", "El intercambio comercial entre Rusia e Irán se redujo un 17 % en 2023, hasta unos 4.000 millones de dólares."),
    ("it", "L'interscambio commerciale tra Russia e Iran si è ridotto del 17% nel 2023."),
    ("de", "Der Handel zwischen Russland und dem Iran ist 2023 um 17 Prozent zurückgegangen."),
])
def test_a_fall_in_trade_told_by_a_verb_of_shrinking(lang: str, text: str) -> None:
    assert read(text, lang, "2024-02-20").get("trade-growth") == ("changed", "-17% (2023)")


def test_german_appointed_told_verb_last_after_the_name_and_a_minister_said_dead() -> None:
    # the office before the name, "ernannt" after it at the clause's end (claims.languages.taking_office,
    # VERB_LAST); the recorded holder "tot" (dead), so the new one is no dispute of him
    text = ("Auch Außenminister Hussein Amir-Abdollahian sei tot, meldete das iranische Staatsfernsehen. "
            "Zum geschäftsführenden Außenminister wurde der bisherige Vize Ali Bagheri Kani ernannt.")
    got = findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}, "de", "2024-05-20")
    assert got.get("iran-foreign-minister") == ("changed", "Ali Bagheri Kani")


@pytest.mark.parametrize("text", [
    "Zum Außenminister soll der bisherige Vize Ali Bagheri Kani ernannt werden.",
    "Zum Vize-Außenminister wurde Ali Bagheri Kani ernannt.",
])
def test_german_appointed_verb_last_planned_or_a_deputys_post(text: str) -> None:
    got = findings(text, {"iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}, "de", "2024-05-20")
    assert got.get("iran-foreign-minister", ("", ""))[0] != "changed"


RAILWAY = {"rasht-astara-railway": {"value": "agreement signed", "quotes": []}}


@pytest.mark.parametrize("text,verdict", [
    # the modal second, after a long subject that holds the cue: a plan
    ("Die Bauarbeiten an der iranischen Eisenbahnstrecke Rascht-Astara sollen nach Angaben des iranischen "
     "Verkehrsministeriums im Sommer beginnen.", "nochange"),
    # begun, and a modal only in the clause after the comma
    ("Die Bauarbeiten an der iranischen Eisenbahnstrecke Rascht-Astara haben im Mai begonnen, sie sollen 2028 "
     "abgeschlossen sein.", "changed"),
])
def test_german_modal_second_after_a_long_subject(text: str, verdict: str) -> None:
    got = findings(text, RAILWAY, "de", "2025-06-01").get("rasht-astara-railway", ("", ""))
    assert (got[0] == "changed") == (verdict == "changed")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Massoud Pezeshkian doit prêter serment comme président de la République islamique la semaine prochaine."),
    ("es", "Masud Pezeshkian debe tomar posesión como presidente de Irán a finales de julio."),
    ("it", "Masoud Pezeshkian dovrà giurare come presidente dell'Iran la prossima settimana."),
])
def test_a_plan_to_take_the_oath_is_no_holder(lang: str, text: str) -> None:
    # the infinitive of taking office is a verb of taking it (`took_office`), so the plan before it is read
    got = findings(text, {"iran-president": {"value": "Ebrahim Raisi", "quotes": []}}, lang, "2024-07-20")
    assert got.get("iran-president", ("", ""))[0] != "changed"


def test_a_word_that_only_looks_like_a_denial_denies_nothing() -> None:
    # "sans conteste" (undoubtedly) holds the denial word "conteste": languages.toml's denial_not blanks it
    text = "Sans conteste, les sanctions de l'ONU contre l'Iran sont de nouveau en vigueur."
    assert read(text, "fr", "2025-09-28").get("un-arms-embargo") == ("changed", "in force")
    denied = "Les sanctions de l'ONU contre l'Iran ont été rétablies. La Russie conteste cette décision."
    assert read(denied, "fr", "2025-09-28").get("un-arms-embargo") == ("disputed", "in force")
