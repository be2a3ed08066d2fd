"""Grammar of the languages read without a parser (claims.languages, issue 11, branch xx6): numbers written
in words, Arabic-script separators, years named relatively, sentences of caseless scripts, Turkish suffixes,
Portuguese that only looks English. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claims.languages import english_part, find_figures, has, has_suffix, stance
from extractors.text import split_sentences


@pytest.mark.parametrize("lang,text,amount", [
    ("fa", "حجم تجارت به پنج میلیارد دلار رسید", 5e9),
    ("fa", "حجم تجارت به چهار و نیم میلیارد دلار رسید", 4.5e9),
    ("fa", "حجم تجارت به سیصد و پنجاه میلیون دلار رسید", 3.5e8),
    ("fa", "حجم تجارت به يك ميليارد دلار رسید", 1e9),  # Arabic letter forms in Persian text
    ("ar", "بلغ حجم التبادل التجاري خمسة مليارات دولار", 5e9),
    ("ar", "بلغ حجم التبادل ٤٫٨ مليار دولار", 4.8e9),
    ("fa", "حجم تجارت ۱٬۲۰۰ میلیون دلار بود", 1.2e9),  # "٬" groups thousands
    ("tr", "ticaret hacmi 4,8 milyar dolara ulaştı", 4.8e9),
])
def test_money_in_words_and_digits(lang: str, text: str, amount: float) -> None:
    assert [a for _, _, a in find_figures(text, lang, "money")] == [amount]


@pytest.mark.parametrize("lang,text,value", [
    ("fa", "تجارت بیست و پنج درصد رشد کرد", 25.0),
    ("ar", "ارتفع التبادل بنسبة خمسة وعشرين بالمئة", 25.0),
    ("tr", "ticaret hacmi %20 arttı", 20.0),
    ("tr", "ticaret hacmi yüzde 15,5 arttı", 15.5),
])
def test_percent_in_words_and_before_the_number(lang: str, text: str, value: float) -> None:
    assert [v for _, _, v in find_figures(text, lang, "percent")] == [value]


def test_a_word_that_is_no_number_is_not_read_as_one() -> None:
    # "نه" is nine before a scale word only; elsewhere it is "no" and no figure is read
    assert find_figures("نه، این رقم درست نیست", "fa", "money") == []


def test_sentences_of_a_caseless_script_are_split() -> None:
    text = "کشورهای غربی ایران را متهم می\u200cکنند. تهران این اتهام را رد کرده است. هل وقعت إيران؟ نعم."
    assert len(split_sentences(text)) == 4


def test_portuguese_is_not_read_with_english_markers() -> None:
    # "no domingo" is "on Sunday": no English "no"
    assert not english_part("As sanções foram restabelecidas no domingo com o mecanismo.", "pt")
    assert english_part("Iran has not received the jets, the agency said.", "pt")


def test_turkish_negation_and_future_are_read_from_suffixes() -> None:
    assert has_suffix("tr", "negation_suffix", "anlaşmayı imzalamadı") == ["imzalamadı"]
    assert has_suffix("tr", "negation_suffix", "teslim etmedi") == ["etmedi"]
    assert has_suffix("tr", "future_suffix", "ay sonunda imzalayacak") == ["imzalayacak"]
    assert has_suffix("tr", "negation_suffix", "anlaşma imzalandı") == []
    sentence = "Rusya, İran'a S-400 sistemi teslim etmedi."
    start = sentence.index("teslim")
    assert stance(sentence, start, start + 6, "tr", "teslim").negated


def test_persian_negated_verb_after_its_object() -> None:
    sentence = "ایران هرگز پهپادی به روسیه برای استفاده در جنگ اوکراین ارسال نکرده است."
    start = sentence.index("ارسال")
    assert stance(sentence, start, start + 5, "fa", "ارسال").negated


def test_persian_present_passive_is_no_plan() -> None:
    assert has("fa", "future", "گفته می\u200cشود قرارداد امضا شده است") == []
    assert has("fa", "future", "قرارداد باید امضا شود") == ["شود"]


def test_arabic_source_and_denial_words_take_clitics() -> None:
    assert has("ar", "hedge", "وفقا لمصادر غربية")
    assert has("ar", "denial", "ونفت طهران ذلك")


def test_arabic_li_before_the_article_drops_its_alef() -> None:
    from claims.languages import variants

    # "للتجارة" (for the trade) is "ل" + "التجارة" with the article's alef dropped
    assert "للتجارة" in variants("التجارة", "ar") and "وللتجارة" in variants("التجارة", "ar")
