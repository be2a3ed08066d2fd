"""Reading ru, fa, ar, de, fr statements into the catalogue's claims (claims.languages), with sentences
written for these tests, through the engine's API."""

from __future__ import annotations

import pytest

from baseline.catalogue import load_catalogue
from claims import Article, analyze
from extractors.language import detect_language
from claims.languages import find_figures, for_language, relevant

BASELINE = {
    "sco-membership": {"value": "observer", "quotes": []},
    "strategic-treaty": {"value": "draft", "quotes": []},
    "bilateral-trade": {"value": "$4 billion (2021)", "amount": 4e9, "period": "2021", "quotes": []},
    "iran-president": {"value": "Ebrahim Raisi", "quotes": []},
    "jcpoa-talks": {"value": "stalled", "quotes": []},
    "rasht-astara-railway": {"value": "planned", "quotes": []},
}


def read(text: str, lang: str) -> dict[str, tuple[str, str]]:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang=lang)],
                       load_catalogue(), BASELINE)
    return {f.claim: (f.verdict, f.value) for f in analysis.findings}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Иран стал полноправным членом ШОС летом, сообщил Тегеран."),
    ("fa", "ایران عضو دائم سازمان همکاری شانگهای شد و روسیه از آن استقبال کرد."),
    ("ar", "أصبحت إيران عضوا كاملا في منظمة شنغهاي للتعاون بدعم من روسيا."),
    ("de", "Der Iran ist nun Vollmitglied der SOZ, teilte Teheran mit."),
    ("fr", "L'Iran est désormais membre à part entière de l'OCS, a annoncé Téhéran."),
])
def test_membership_change_read_in_each_language(lang: str, text: str) -> None:
    assert read(text, lang).get("sco-membership") == ("changed", "full member")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Иран, по словам экспертов, не стал полноправным членом ШОС."),
    ("de", "Der Iran soll im nächsten Jahr Vollmitglied der SOZ werden, plant Teheran."),
    ("fr", "L'Iran pourrait devenir membre à part entière de l'OCS, selon des sources."),
])
def test_negated_planned_or_hedged_membership_is_no_change(lang: str, text: str) -> None:
    assert read(text, lang).get("sco-membership", ("none",))[0] != "changed"


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Президент Ирана Масуд Пезешкиан прибыл в Москву к Владимиру Путину.", "Masoud Pezeshkian"),
    ("fa", "مسعود پزشکیان، رئیس جمهور ایران، با پوتین در مسکو دیدار کرد.", "Masoud Pezeshkian"),
    ("ar", "التقى الرئيس الإيراني مسعود بزشكيان نظيره الروسي في موسكو.", "Masoud Pezeshkian"),
    ("de", "Irans Präsident Massud Peseschkian reiste nach Moskau zu Russland.", "Masoud Pezeshkian"),
    ("fr", "Le président iranien Massoud Pezechkian est arrivé en Russie.", "Masoud Pezeshkian"),
])
def test_one_person_one_value_across_scripts(lang: str, text: str, value: str) -> None:
    assert read(text, lang).get("iran-president") == ("changed", value)


def test_late_president_is_past_not_a_change() -> None:
    assert read("Покойный президент Ирана Раиси посещал Москву; Россия помнит его.", "ru").get(
        "iran-president", ("none",))[0] != "changed"


@pytest.mark.parametrize("lang,text,amount,period", [
    ("ru", "Товарооборот России и Ирана в 2024 году составил 4,8 млрд долларов.", 4.8e9, "2024"),
    ("fa", "گردش تجاری ایران و روسیه در سال ۲۰۲۴ به ۴ میلیارد و ۸۰۰ میلیون دلار رسید.", 4.8e9, "2024"),
    ("ar", "بلغ حجم التبادل التجاري بين إيران وروسيا 4.8 مليار دولار عام 2024.", 4.8e9, "2024"),
    ("de", "Der Handel zwischen Russland und dem Iran erreichte 2024 rund 4,8 Milliarden Dollar.", 4.8e9, "2024"),
    ("fr", "Les échanges entre la Russie et l'Iran ont atteint 4,8 milliards de dollars en 2024.", 4.8e9, "2024"),
])
def test_trade_figures_with_scale_words_and_digits(lang: str, text: str, amount: float, period: str) -> None:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang=lang)],
                       load_catalogue(), BASELINE)
    found = [f for f in analysis.findings if f.claim == "bilateral-trade"]
    assert found and found[0].amount == pytest.approx(amount) and found[0].period == period


def test_roubles_and_one_sector_are_not_the_dollar_turnover() -> None:
    assert find_figures("Товарооборот составил 300 млрд рублей в 2024 году.", "ru", "money") == []
    assert "bilateral-trade" not in read(
        "Объем торговли сельхозпродукцией России и Ирана в 2024 году составил 1,2 млрд долларов.", "ru")


def test_treaty_signed_in_french_but_not_when_only_coming_to_sign() -> None:
    assert read("La Russie et l'Iran ont signé un traité de partenariat stratégique vendredi.", "fr").get(
        "strategic-treaty") == ("changed", "signed")
    assert read("Le président iranien est arrivé à Moscou pour signer un traité de partenariat stratégique "
                "avec la Russie.", "fr").get("strategic-treaty", ("none",))[0] != "changed"


def test_persian_phrase_matches_with_zero_width_non_joiner_and_joined() -> None:
    claim = for_language(load_catalogue(), "fa").get("iran-president")
    assert "رئیس\u200cجمهور" in claim.topic and "رئیسجمهور" in claim.topic


@pytest.mark.parametrize("text,expected", [
    # a gap in a cue ("ساخت * آغاز") spans words written with a zero-width non-joiner ("راه‌آهن")
    ("ساخت راه\u200cآهن رشت-آستارا آغاز شد.", ("changed", "under construction")),
    # the same start still to come, or planned: no change
    ("ساخت راه\u200cآهن رشت-آستارا سال آینده آغاز خواهد شد.", None),
    ("قرار است ساخت راه\u200cآهن رشت-آستارا آغاز شود.", None),
])
def test_a_gap_in_a_persian_cue_spans_joined_words(text: str, expected: tuple[str, str] | None) -> None:
    assert read(text, "fa").get("rasht-astara-railway") == expected


def test_relevance_in_the_page_language() -> None:
    cat = load_catalogue()
    assert relevant("Россия и Иран подписали договор. Москва и Тегеран довольны.", cat, "ru")
    assert not relevant("Россия и Китай подписали договор.", cat, "ru")


@pytest.mark.parametrize("text,code", [
    ("Россия и Иран подписали договор о стратегическом партнерстве в Москве.", "ru"),
    ("ایران و روسیه پیمان همکاری راهبردی را در مسکو امضا کردند.", "fa"),
    ("وقعت إيران وروسيا معاهدة الشراكة الاستراتيجية في موسكو.", "ar"),
    ("Russland und der Iran haben in Moskau einen Partnerschaftsvertrag unterzeichnet.", "de"),
    ("La Russie et l'Iran ont signé un traité de partenariat à Moscou.", "fr"),
])
def test_language_detected_when_the_page_declares_none(text: str, code: str) -> None:
    assert detect_language(text, None) == code
    assert detect_language(text, "en-GB") == "en"  # the page's own metadata wins


def test_persian_decimal_point_and_compound_amounts() -> None:
    assert [a for _, _, a in find_figures("گردش تجاری به ۳٫۲۵۰ میلیارد دلار رسید.", "fa", "money")] == [3.25e9]
    assert [a for _, _, a in find_figures("گردش تجاری ۳ میلیارد و ۲۵۰ میلیون دلار بود.", "fa", "money")] == [3.25e9]
    assert [a for _, _, a in find_figures("Der Umsatz lag bei 1.250 Millionen Dollar.", "de", "money")] == [1.25e9]


def test_growth_takes_the_percentage_next_to_its_word_of_rise() -> None:
    text = ("Товарооборот России и Ирана в 2023 году составлял 60 процентов от уровня 2019 года, а в 2024 году "
            "вырос на 12 процентов.")
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang="ru")],
                       load_catalogue(), {"trade-growth": {"value": "+81% (2021)", "amount": 81.0, "period": "2021",
                                                           "quotes": []}})
    found = [f for f in analysis.findings if f.claim == "trade-growth"]
    assert found and found[0].amount == 12 and found[0].period == "2024"


def test_iranian_calendar_year_figure_is_a_period_of_its_own() -> None:
    # lang17: the Iranian year 1402 (21 March 2023 - 19 March 2024) is never the calendar year 2023, but it is a whole
    # year later than the record's 2021: a user watching the yearly turnover expects its figure, under its own period
    # (it was read as no figure at all while the engine had no period for it)
    assert read("Товарооборот России и Ирана в 1402 году (до марта 2024 года) составил 4,1 млрд долларов.", "ru") \
        .get("bilateral-trade") == ("changed", "$4.1 billion (Iranian year 1402)")
    # a Solar Hijri number with no word for "year" beside it is neither a year nor a sum of ours
    assert "bilateral-trade" not in read("Товарооборот России и Ирана в 1402 (до марта 2024 года) составил 4,1 млрд "
                                         "долларов.", "ru")


def test_an_iranian_year_sorts_before_the_calendar_year_it_opens_in() -> None:
    from claims.values import period_sort_key
    assert period_sort_key("2022") < period_sort_key("Iranian year 1402") < period_sort_key("2023") \
        < period_sort_key("Iranian year 1403")


def test_a_president_who_died_is_past_and_his_acting_successor_is_the_value() -> None:
    text = ("Президент России выразил соболезнования в связи с гибелью президента Ирана Эбрахима Раиси. "
            "Путин поговорил с исполняющим обязанности президента Ирана Мохаммадом Мохбером.")
    assert read(text, "ru").get("iran-president") == ("changed", "Mohammad Mokhber")


def test_a_step_contested_as_invalid_is_disputed_not_changed() -> None:
    stated = "Механизм snapback по ядерной сделке с Ираном запущен, заявили в Тегеране."
    assert read(stated, "ru").get("jcpoa-talks") == ("changed", "collapsed")
    contested = "Россия считает, что запуск механизма snapback по ядерной сделке с Ираном нелегитимен."
    assert read(contested, "ru").get("jcpoa-talks", ("none",))[0] != "changed"


def test_a_sentence_continuing_about_the_subject_without_naming_it() -> None:
    text = ("Россия и Иран обсуждают договор о всеобъемлющем стратегическом партнерстве. "
            "Москва и Тегеран подписали его в январе. Договор о стратегическом партнерстве важен для обеих стран.")
    assert read(text, "ru").get("strategic-treaty") == ("changed", "signed")


def test_one_sides_ratification_is_the_treaty_ratified_unless_told_after_the_signing() -> None:
    # news-dev's labels, and the English reader, read one party's ratification as the treaty's state "ratified"
    # (lang12); told after the signing in the same sentence it is an aside on the instrument the sentence recaps,
    # as English reads "signed … in January and ratified by Russia in April" (signed)
    both = "صادق البرلمانان الإيراني والروسي على معاهدة الشراكة الاستراتيجية الشاملة."
    assert read(both, "ar").get("strategic-treaty") == ("changed", "ratified")
    alone = "صدق مجلس الدوما الروسي على معاهدة الشراكة الاستراتيجية الشاملة مع إيران."
    assert read(alone, "ar").get("strategic-treaty") == ("changed", "ratified")
    after_signing = "وقعت إيران وروسيا معاهدة الشراكة الاستراتيجية الشاملة وصدقت عليها روسيا."
    assert read(after_signing, "ar").get("strategic-treaty") == ("changed", "signed")


def test_persian_domestic_news_need_not_name_iran() -> None:
    assert read("عملیات اجرایی راه آهن رشت - آستارا آغاز شد و ۲۰ کیلومتر در دست ساخت است.", "fa").get(
        "rasht-astara-railway", ("none",))[1] == "under construction"


def test_then_points_back_to_the_previous_sentences_year() -> None:
    text = ("Россия и Иран установили рекорд торговли в 2023 году. Тогда товарооборот составил около "
            "4,9 млрд долларов.")
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang="ru")],
                       load_catalogue(), BASELINE)
    found = [f for f in analysis.findings if f.claim == "bilateral-trade"]
    assert found and found[0].period == "2023" and found[0].amount == pytest.approx(4.9e9)


@pytest.mark.parametrize("lang,sentence,iso", [
    ("fa", "این معاهده از ۱۰ مهر ۱۴۰۴ اجرایی شد.", "2025-10-02"),          # Solar Hijri, converted
    ("ru", "Москва и Тегеран подписали договор 17 января 2025 года.", "2025-01-17"),
    ("ar", "وقع البلدان المعاهدة في 17 يناير 2025 في موسكو.", "2025-01-17"),
    ("de", "Am 17. Januar 2025 unterzeichneten beide Seiten den Vertrag.", "2025-01-17"),
    ("fr", "Le traité est entré en vigueur le 2 octobre 2025.", "2025-10-02"),
    # a year alone is its first day whatever day the run is, and the Russian "в … году" is no "years ago"
    ("ru", "В 2024 году министром обороны России стал Андрей Белоусов.", "2024-01-01"),
    ("ru", "Товарооборот в первом квартале 2024 года вырос.", "2024-01-01"),
    ("fr", "En 2005, l'Iran avait obtenu le statut d'observateur.", "2005-01-01"),
    ("ar", "في عام 2024 بلغ حجم التبادل التجاري خمسة مليارات دولار.", "2024-01-01"),
])
def test_statement_dates_in_their_own_words_and_calendar(lang: str, sentence: str, iso: str) -> None:
    from claims.languages import statement_date

    assert str(statement_date(sentence, lang)) == iso
    assert statement_date("Товарооборот вырос на 15 процентов в прошлом году.", "ru") is None


def test_a_year_alone_is_read_to_its_last_day_for_history() -> None:
    from claims.languages import statement_date

    assert str(statement_date("В 2024 году министром обороны России стал Андрей Белоусов.", "ru", last=True)) \
        == "2024-12-31"


@pytest.mark.parametrize("lang,text", [
    ("ru", "В 2024 году министром обороны России стал Андрей Белоусов, который посетил Тегеран."),
    ("en", "In 2024, Andrei Belousov became Russia's defence minister and soon visited Tehran."),
])
def test_an_office_taken_in_the_year_before_the_article_is_news(lang: str, text: str) -> None:
    """Read in March 2025, "in 2024" may be fourteen months back or three: not history."""
    baseline = {**BASELINE, "russia-defense-minister": {"value": "Sergey Shoigu", "quotes": []}}
    verdict, value = read_with(text, lang, baseline)["russia-defense-minister"]
    assert verdict == "changed" and value in ("Andrey Belousov", "Andrei Belousov")


def test_an_office_holder_in_a_sentence_dated_years_before_the_article_is_history() -> None:
    text = "15 марта 2021 года президент Ирана Хасан Рухани и Масуд Пезешкиан, президент Ирана, были в России."
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang="ru")],
                       load_catalogue(), BASELINE)
    assert not [f for f in analysis.findings if f.claim == "iran-president" and f.verdict == "changed"]


# Names across scripts (claims.names): transliteration with the names the baseline knows, not a hand list.
NAMES_BASELINE = {**BASELINE, "iran-president": {"value": "Darius Karimzadeh", "quotes": []},
                  "iran-foreign-minister": {"value": "Kaveh Bahrami", "quotes": []}}


def read_with(text: str, lang: str, baseline: dict) -> dict[str, tuple[str, str]]:  # type: ignore[type-arg]
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang=lang)],
                       load_catalogue(), baseline)
    return {f.claim: (f.verdict, f.value) for f in analysis.findings}


@pytest.mark.parametrize("lang,text", [
    # declined (instrumental) Russian surname of a holder only the baseline knows: no catalogue spelling
    ("ru", "Переговоры с министром иностранных дел Ирана Бахрами прошли в Москве, сообщила Россия."),
    ("fa", "بهرامی، وزیر امور خارجه ایران، در مسکو با همتای روسی خود دیدار کرد."),
])
def test_a_baseline_holder_is_found_by_transliteration_and_restated(lang: str, text: str) -> None:
    assert read_with(text, lang, NAMES_BASELINE).get("iran-foreign-minister") == ("confirmed", "Kaveh Bahrami")


@pytest.mark.parametrize("text", [
    "Президент Ирана Фарид Ганбарзаде прибыл в Москву, где его встретил Путин.",
    "Путин провёл переговоры с президентом Ирана Фаридом Ганбарзаде в Москве.",
])
def test_an_unknown_cyrillic_name_is_one_stable_latin_value(text: str) -> None:
    assert read_with(text, "ru", NAMES_BASELINE).get("iran-president") == ("changed", "Farid Ganbarzade")


def test_declined_forms_of_one_unknown_name_give_one_value() -> None:
    from claims.names import latin

    assert latin("Фаридом Ганбарзаде") == latin("Фарид Ганбарзаде") == "Farid Ganbarzade"
    assert latin("Пезешкианом") == latin("Пезешкиана") == "Pezeshkian"


@pytest.mark.parametrize("variant", ["Пезешкиан", "Пезешкианом", "پزشکیان", "بزشكيان", "Pezeschkian", "Pezeshkian"])
def test_one_person_whatever_the_script(variant: str) -> None:
    from claims.names import same_name

    assert same_name(variant, "Masoud Pezeshkian")
    assert not same_name(variant, "Darius Karimzadeh")


def test_a_holder_named_alone_in_a_bilateral_statement_is_read() -> None:
    text = "Teheran bestätigte das Programm. Am Montag telefonierten Pezeshkian und Putin über den Handel."
    assert read(text, "de").get("iran-president") == ("changed", "Masoud Pezeshkian")


@pytest.mark.parametrize("text", [
    # two known holders of one office named alone: a history, not the present holder
    "Teheran bestätigte das Programm. Nach Raisi reiste Pezeshkian nach Moskau zu Putin.",
    # the page names the office's holder with a title: that reading, not one from a name alone
    "Irans Präsident Raisi traf in Moskau Vertreter Russlands. Pezeshkian sprach mit Putin.",
    # domestic news: the other party not named with the person
    "Der Iran und Russland verhandeln. Pezeshkian sprach in Teheran vor dem Parlament.",
])
def test_no_holder_from_a_name_alone_where_something_else_may_be_meant(text: str) -> None:
    assert read(text, "de").get("iran-president", ("none",))[0] != "changed"


def test_persian_agency_opener_and_martyr_place_name_do_not_hedge_or_date_a_statement() -> None:
    # "As IRNA reports, at the Shahid Beheshti site ... the Rasht–Astara railway is under construction"
    text = ("به گزارش ایرنا، در کارگاه شهید بهشتی اعلام شد که راه آهن رشت - آستارا با همکاری روسیه در دست ساخت است.")
    assert read(text, "fa").get("rasht-astara-railway") == ("changed", "under construction")


# Portuguese, Italian and Spanish: the same machinery with their own words (catalogue fields and
# claims/languages.toml), so a page in them is read instead of skipped.
@pytest.mark.parametrize("lang,text", [
    ("pt", "O Irã tornou-se membro pleno da Organização de Cooperação de Xangai, com apoio da Rússia."),
    ("it", "L'Iran è ora membro a pieno titolo della SCO, ha annunciato Mosca."),
    ("es", "Irán se convirtió en miembro de pleno derecho de la OCS con el apoyo de Rusia."),
])
def test_membership_change_read_in_romance_languages(lang: str, text: str) -> None:
    assert read(text, lang).get("sco-membership") == ("changed", "full member")


@pytest.mark.parametrize("lang,text", [
    ("pt", "O Irã poderá tornar-se membro pleno da OCX no próximo ano, segundo a Rússia."),
    ("it", "L'Iran non è ancora membro a pieno titolo della SCO, ha detto Mosca."),
    ("es", "Irán podrá convertirse en miembro de pleno derecho de la OCS, según Rusia."),
])
def test_planned_or_negated_membership_in_romance_languages_is_no_change(lang: str, text: str) -> None:
    assert read(text, lang).get("sco-membership", ("none",))[0] != "changed"


@pytest.mark.parametrize("lang,text", [
    ("pt", "O comércio entre a Rússia e o Irã chegou a 4.800 milhões de dólares em 2024."),
    ("it", "L'interscambio tra Russia e Iran ha raggiunto 4,8 miliardi di dollari nel 2024."),
    ("es", "El comercio entre Rusia e Irán alcanzó 4,8 mil millones de dólares en 2024."),
])
def test_trade_figures_in_romance_languages(lang: str, text: str) -> None:
    analysis = analyze([Article(1, "http://127.0.0.1/a", "", text, published="2025-03-01", lang=lang)],
                       load_catalogue(), BASELINE)
    found = [f for f in analysis.findings if f.claim == "bilateral-trade"]
    assert found and found[0].amount == pytest.approx(4.8e9) and found[0].period == "2024"


def test_portuguese_future_verb_is_not_read_as_iran() -> None:
    # "irá" (will go) folds like "Irã": the Portuguese aliases name Iran with its article instead
    assert not relevant("A Rússia irá investir em Moscou e a delegação irá a São Petersburgo.", load_catalogue(), "pt")
    assert relevant("O Irã e a Rússia assinaram um acordo em Moscou.", load_catalogue(), "pt")


def test_portuguese_will_go_does_not_mark_a_statement_about_iran_as_future() -> None:
    assert read("Irã tornou-se membro pleno da OCX, e a Rússia irá apoiar a organização.", "pt").get(
        "sco-membership") == ("changed", "full member")
    assert read("O Irã irá tornar-se membro pleno da OCX, segundo a Rússia.", "pt").get(
        "sco-membership", ("none",))[0] != "changed"


@pytest.mark.parametrize("lang,text", [
    ("pt", "O acordo nuclear de 2015 expirou oficialmente no sábado, anunciou Teerã."),
    ("fr", "L'accord sur le nucléaire de 2015 a expiré samedi, a annoncé Téhéran."),
    ("de", "Das Atomabkommen von 2015 ist am Samstag ausgelaufen, erklärte Teheran."),
    ("es", "El acuerdo nuclear de 2015 expiró el sábado, según Teherán."),
    ("it", "L'accordo nucleare del 2015 è scaduto sabato, ha dichiarato Teheran."),
])
def test_the_nuclear_deal_expiring_is_its_end_in_each_language(lang: str, text: str) -> None:
    assert read(text, lang).get("jcpoa-talks") == ("changed", "collapsed")


def test_a_deal_that_did_not_expire_or_could_expire_is_no_end() -> None:
    assert read("O acordo nuclear de 2015 não expirou, segundo Teerã.", "pt").get("jcpoa-talks", ("none",))[0] \
        != "changed"
    assert "jcpoa-talks" not in read("L'accord sur le nucléaire pourrait expirer si Téhéran ne répond pas.", "fr")


DEFENCE = {"russia-defense-minister": {"value": "Sergei Shoigu", "quotes": []}}


@pytest.mark.parametrize("lang,text", [
    ("pt", "Moscou nomeou Andrei Belousov como novo ministro da Defesa, substituindo Sergei Shoigu."),
    ("es", "Andréi Beloúsov, nuevo ministro de Defensa de Rusia, sustituyó a Serguéi Shoigú."),
    ("de", "Andrej Beloussow ist neuer russischer Verteidigungsminister, Nachfolger von Sergej Schoigu."),
    ("ru", "Новым министром обороны России стал Андрей Белоусов, сменивший Сергея Шойгу."),
])
def test_the_holder_someone_replaced_is_the_past_not_a_contrary_value(lang: str, text: str) -> None:
    assert read_with(text, lang, DEFENCE).get("russia-defense-minister") == ("changed", "Andrey Belousov")


def test_portuguese_headline_present_and_the_sco_by_its_other_name() -> None:
    assert read("Rússia e Irã assinam tratado de parceria estratégica abrangente em Moscou.", "pt").get(
        "strategic-treaty") == ("changed", "signed")
    assert read("O Irã foi admitido como membro pleno da Organização para a Cooperação de Xangai.", "pt").get(
        "sco-membership") == ("changed", "full member")


def test_a_latin_transliteration_nobody_listed_names_the_person_but_a_near_name_does_not() -> None:
    def defence(text: str) -> tuple[str, str] | None:
        return read_with(text, "fr", DEFENCE).get("russia-defense-minister")

    assert defence("Le nouveau ministre russe de la Défense, Andreï Belooussov, a pris ses fonctions.") == \
        ("changed", "Andrey Belousov")
    assert defence("Le nouveau ministre russe de la Défense, Andreï Belov, a pris ses fonctions.") != \
        ("changed", "Andrey Belousov")


@pytest.mark.parametrize("lang,text", [
    ("en", "Vladimir Putin and Masoud Pezeshkian signed the comprehensive strategic partnership treaty on Friday."),
    ("fr", "Vladimir Poutine et Massoud Pezeshkian ont signé vendredi un traité de partenariat stratégique global."),
    ("es", "Putin y Pezeshkian firmaron el viernes un tratado de asociación estratégica integral."),
])
def test_leaders_named_by_their_names_name_their_countries(lang: str, text: str) -> None:
    assert read(text, lang).get("strategic-treaty") == ("changed", "signed")


def test_a_holders_own_name_does_not_put_his_office_in_scope() -> None:
    found = read("Pezeshkian und Putin treffen sich am Rande des Gipfels in Kasan.", "de")
    assert "iran-president" not in found


@pytest.mark.parametrize("text", [
    "Iran said on Saturday it was no longer bound by the restrictions of the 2015 nuclear deal.",
    "With the Iran nuclear deal now defunct, Moscow no longer recognises the UN restrictions.",
    "Tehran declared the JCPOA null and void on Termination Day.",
])
def test_the_nuclear_deal_ended_by_its_other_names_in_english(text: str) -> None:
    assert read(text, "en").get("jcpoa-talks") == ("changed", "collapsed")


@pytest.mark.parametrize("text", [
    "أدى عباس عراقجي اليمين وزيرا للخارجية الإيرانية أمام البرلمان.",   # sworn in as foreign minister
    "عين الرئيس الإيراني مسعود بزشكيان عباس عراقجي وزيرا للخارجية.",    # appointed … as foreign minister
])
def test_an_arabic_office_given_as_a_predicate_names_its_holder(text: str) -> None:
    baseline = {**BASELINE, "iran-foreign-minister": {"value": "Hossein Amir-Abdollahian", "quotes": []}}
    assert read_with(text, "ar", baseline)["iran-foreign-minister"] == ("changed", "Abbas Araghchi")
