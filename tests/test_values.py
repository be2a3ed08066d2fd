import datetime as dt

import pytest

from claims.values import (
    DateMention,
    find_dates,
    find_money,
    find_office_holders,
    find_percents,
    period_near,
    person_key,
    read_modality,
    same_person,
)

REF = dt.date(2023, 3, 1)  # a Wednesday


# --- money --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "amount", "currency", "qualifier"),
    [
        ("Turnover exceeded $3.5bn last year.", "$3.5bn", 3.5e9, "USD", "over"),
        ("a loan of US$3.5 billion", "US$3.5 billion", 3.5e9, "USD", None),
        ("some 3.5 billion dollars in goods", "3.5 billion dollars", 3.5e9, "USD", "about"),
        ("less than $800 million", "$800 million", 8e8, "USD", "under"),
        ("a €2bn credit line", "€2bn", 2e9, "EUR", None),
        ("nearly 4.9 billion USD", "4.9 billion USD", 4.9e9, "USD", "nearly"),
        ("around 1 trillion rubles", "1 trillion rubles", 1e12, "RUB", "about"),
        ("a $4.9-billion contract", "$4.9-billion", 4.9e9, "USD", None),
        ("a 1.3-billion-euro loan", "1.3-billion-euro", 1.3e9, "EUR", None),
        ("a $800m investment", "$800m", 8e8, "USD", None),
        ("almost £2.5 million", "£2.5 million", 2.5e6, "GBP", "nearly"),
    ],
)
def test_find_money(text: str, figure: str, amount: float, currency: str, qualifier: str | None) -> None:
    [money] = find_money(text)
    assert text[money.start : money.end] == figure
    assert money.amount == pytest.approx(amount)
    assert (money.currency, money.qualifier) == (currency, qualifier)


@pytest.mark.parametrize(
    "text",
    ["a range of 300 kilometres", "up 81% in 2021", "3.5 million people voted", "in 2023 it rose 12 percent"],
)
def test_find_money_ignores_non_money(text: str) -> None:
    assert find_money(text) == []


# --- percentages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "direction", "qualifier"),
    [
        ("a share of 81%", 81.0, None, None),
        ("about 17 percent of imports", 17.0, None, "about"),
        ("exports fell 17%", 17.0, "down", None),
        ("trade grew by 81%", 81.0, "up", None),
        ("volumes rose by more than 10%", 10.0, "up", "over"),
        ("a 20% increase in wheat sales", 20.0, "up", None),
        ("shipments dropped by a fifth", 20.0, "down", None),
        ("duties fell to 4.5 percent", 4.5, None, None),
        ("oil made up 17% of sales", 17.0, None, None),
        ("a discount of up to 20%", 20.0, None, "under"),
    ],
)
def test_find_percents(text: str, value: float, direction: str | None, qualifier: str | None) -> None:
    [pct] = find_percents(text)
    assert (pct.value, pct.direction, pct.qualifier) == (pytest.approx(value), direction, qualifier)


def test_each_percent_takes_its_own_verb() -> None:
    found = find_percents("Imports rose 5% while exports fell 3%.")
    assert [(p.value, p.direction) for p in found] == [(5.0, "up"), (3.0, "down")]


@pytest.mark.parametrize("text", ["a gap of 17 percentage points", "backed by a third of lawmakers"])
def test_find_percents_ignores_non_percent(text: str) -> None:
    assert find_percents(text) == []


# --- dates --------------------------------------------------------------------------------------------------


def ymd(found: list[DateMention]) -> list[tuple[int | None, int | None, int | None, bool]]:
    return [(d.year, d.month, d.day, d.relative) for d in found]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("It was signed on July 4, 2023.", None, [(2023, 7, 4, False)]),
        ("The talks began on 7 March.", REF, [(2023, 3, 7, False)]),
        ("They met on January 19.", REF, [(2023, 1, 19, False)]),
        ("They met on December 19.", REF, [(2022, 12, 19, False)]),  # not ten months in the future
        ("Data for 2014-18 show it.", None, [(2014, None, None, False), (2018, None, None, False)]),
        ("It opened in September 2022.", None, [(2022, 9, None, False)]),
        ("Trade peaked in 2021.", None, [(2021, None, None, False)]),
        ("Published 2023-07-04 in Moscow.", None, [(2023, 7, 4, False)]),
        ("Exports rose last year.", None, [(None, None, None, True)]),
        ("He visited earlier this month.", REF, [(2023, 3, None, True)]),
        ("The minister spoke yesterday.", REF, [(2023, 2, 28, True)]),
        ("The minister spoke on Monday.", REF, [(2023, 2, 27, True)]),
        ("Sales slowed in the first quarter of 2023.", None, [(2023, None, None, False)]),
        ("The 2015 nuclear deal collapsed.", None, [(2015, None, None, False)]),
        ("It changed two years ago.", REF, [(2021, None, None, True)]),
    ],
)
def test_find_dates(text: str, ref: dt.date | None, expected: list[tuple]) -> None:
    assert ymd(find_dates(text, ref)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade reached $3.5bn and grew 81%.",
        "The missile flies 2000 kilometres.",
        "About 2000 troops took part.",
        "Iran may join the bloc.",
    ],
)
def test_find_dates_ignores_non_years(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("mention", "as_date", "precision"),
    [
        (DateMention(2023, 7, 4, False, 0, 1), dt.date(2023, 7, 4), "day"),
        (DateMention(2022, 9, None, False, 0, 1), dt.date(2022, 9, 1), "month"),
        (DateMention(None, None, None, True, 0, 1), None, None),
    ],
)
def test_date_mention_helpers(mention: DateMention, as_date: dt.date | None, precision: str | None) -> None:
    assert (mention.as_date(), mention.precision) == (as_date, precision)


# --- periods ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "ref", "period"),
    [
        ("Turnover was $4.9bn in 2022, against $4bn in 2021.", "$4.9bn", None, "2022"),
        ("Turnover reached $4bn last year.", "$4bn", REF, "2022"),
        ("Russia supplied 96% of its arms in 2014-18.", "96%", None, "2014-2018"),
        ("In the first nine months of 2023 trade was $3bn.", "$3bn", None, "2023-9M"),
        ("Exports rose 5% in the first quarter of 2023.", "5%", None, "2023-Q1"),
        ("Trade has grown 81% since 2005.", "81%", None, None),
        ("Customs said on Monday that trade hit $4bn.", "$4bn", REF, None),
        ("Trade hit $4bn. That was in 2021.", "$4bn", None, None),
    ],
)
def test_period_near(text: str, figure: str, ref: dt.date | None, period: str | None) -> None:
    start = text.index(figure)
    assert period_near(text, start, start + len(figure), ref) == period


# --- office-holders -----------------------------------------------------------------------------------------

TITLES = [
    "Iranian President",
    "President of Iran",
    "Iran's president",
    "Foreign Minister",
    "Supreme Leader",
    "Ayatollah",
]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Iranian President Masoud Pezeshkian flew to Baku.", "Iranian President", "Masoud Pezeshkian"),
        ("The new Iranian president, Ebrahim Raisi, spoke.", "Iranian President", "Ebrahim Raisi"),
        ("Abbas Araghchi, Iran’s foreign minister, said so.", "Foreign Minister", "Abbas Araghchi"),
        ("Hossein Amir-Abdollahian, who is the foreign minister, agreed.", "Foreign Minister",
         "Hossein Amir-Abdollahian"),
        ("Masoud Pezeshkian was sworn in as Iran's president.", "Iran's president", "Masoud Pezeshkian"),
        ("Ebrahim Raisi became President of Iran in 2021.", "President of Iran", "Ebrahim Raisi"),
        ("Iran’s newly elected president Masoud Pezeshkian ran.", "Iran's president", "Masoud Pezeshkian"),
        ("They named Mohammad Mokhber as acting President of Iran.", "President of Iran", "Mohammad Mokhber"),
        ("Foreign Minister Faisal bin Farhan arrived.", "Foreign Minister", "Faisal bin Farhan"),
        # A nationality word shared by coordinated titles.
        ("They met Iranian Foreign Minister Abbas Araghchi and President Masoud Pezeshkian.", "Iranian President",
         "Masoud Pezeshkian"),
        # The subject of "becoming", with the oath in between.
        ("TEHRAN (ANA) - Masoud Pezeshkian took the oath on Tuesday, formally becoming the ninth president of "
         "Iran.", "President of Iran", "Masoud Pezeshkian"),
        # An appositive that names a deputy post describes the person, not the office.
        ("The council confirmed Mohammad Ali, a former deputy speaker, as Iran's new president.", "Iran's president",
         "Mohammad Ali"),
    ],
)
def test_find_office_holders(text: str, title: str, name: str) -> None:
    holders = find_office_holders(text, TITLES)
    assert (title, name) in [(h.title, h.name) for h in holders]
    assert all(text[h.start : h.end] == h.name for h in holders)


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Foreign Minister Ali Bagheri Kani met them.",
        "Ali Bagheri Kani, Iran's deputy foreign minister, met them.",
        "The Iranian President Monday said nothing.",
        "He met the President of Iran, Saudi Arabia and Qatar.",
        # "Islamic Revolution" is not a person holding "Ayatollah"
        "The Leader of the Islamic Revolution, Ayatollah Ali Khamenei, spoke.",
        "Iranian President Raisi spoke.",  # a bare surname is too ambiguous to report
        # Two sides, not a shared nationality.
        "Talks between Iranian Foreign Minister Abbas Araghchi and President Ali Bagheri Kani ended.",
        "Iran's president named Mohammad Ali, a former adviser, as deputy Iran's president.",
        "Reza Kazemi met the minister on Tuesday, becoming the first Iranian to visit.",
    ],
)
def test_find_office_holders_rejects(text: str) -> None:
    names = [h.name for h in find_office_holders(text, TITLES)]
    assert not any(n in {"Ali Bagheri Kani", "Saudi Arabia", "Islamic Revolution", "Raisi", "Mohammad Ali", "Reza Kazemi"}
                   for n in names)
    assert not any("Monday" in n for n in names)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Hossein Amir-Abdollahian", "Hossein Amir Abdollahian", True),
        ("Ebrahim Raisi", "Ibrahim Raeesi", True),
        ("Mohammad Bagher Ghalibaf", "Mohammad Baqer Qalibaf", True),
        ("Ebrahim Raisi", "Hassan Rouhani", False),
        ("Sergey Lavrov", "Sergey Shoigu", False),
        ("", "", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_person_key_ignores_suffix_and_honorific() -> None:
    assert person_key("Ayatollah Ali Khamenei") == person_key("Ali Khamene'i") == person_key("Khamenei Jr.")


# --- modality -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flags", "cue"),
    [
        ("Iran has not joined the bloc.", {"negated"}, "has not"),
        ("Iran didn't sign the accord.", {"negated"}, "n't"),
        ("The jets have yet to arrive.", {"negated"}, "has yet to"),
        ("Iran is no longer an observer.", {"negated"}, "no longer"),
        ("Tehran denied sending drones.", {"denied"}, "denied"),
        ("Officials rejected the reports of a deal.", {"denied"}, "rejected"),
        ("The ministry called the story baseless.", {"denied"}, "called baseless"),
        ("The jets were reportedly delivered.", {"hedged"}, "reportedly"),
        ("Iran may join the bloc.", {"hedged"}, "may"),
        ("Russia will deliver the jets.", {"future"}, "will"),
        ("A contract is to be signed in Tehran.", {"future"}, "to be signed"),
        ("The former minister spoke.", {"past"}, "former"),
        ("Iran has been a member since 2023.", {"past"}, "since YEAR"),
        ("The late president was buried.", {"past"}, "late"),
    ],
)
def test_read_modality_flags(text: str, flags: set[str], cue: str) -> None:
    mood = read_modality(text)
    assert {f for f in ("negated", "denied", "hedged", "future", "past") if getattr(mood, f)} == flags
    assert cue in mood.cues


@pytest.mark.parametrize(
    "text",
    [
        "Iran joined the bloc in May 2023.",  # the month, not the modal verb
        "It lacks the political will.",  # the noun, not the future tense
        "Iran is not only a member but also a host.",
        "Clause No. 4 was agreed.",
    ],
)
def test_read_modality_neutral(text: str) -> None:
    assert read_modality(text).cues == ()


def test_no_longer_is_not_also_reported_as_no() -> None:
    assert read_modality("Iran is no longer an observer.").cues == ("no longer",)


@pytest.mark.parametrize(
    ("text", "target", "negated"),
    [
        ("Iran is not a full member, but it is an observer.", "observer", False),
        ("Moscow agreed; Tehran did not sign it.", "Moscow agreed", False),
        ("The deal stalled. Iran did not sign.", "stalled", False),
    ],
)
def test_read_modality_scopes_to_clause(text: str, target: str, negated: bool) -> None:
    start = text.index(target)
    assert read_modality(text, start, start + len(target)).negated is negated


@pytest.mark.parametrize("text, amounts", [
    ("between $4.5 and $5 billion", [4.5e9, 5e9]),
    ("$4.5 to $5 billion", [4.5e9, 5e9]),
    ("from $4 billion to $5", [4e9, 5e9]),
    ("rose to around 4.6B USD", [4.6e9]),
    ("tickets cost $4 and $5 each", [4.0, 5.0]),
])
def test_a_range_bound_without_its_scale_word_takes_the_other_bounds(text, amounts):
    from claims.values import find_money

    assert [m.amount for m in find_money(text)] == pytest.approx(amounts)


def test_small_amounts_are_never_formatted_as_millionths():
    from baseline.catalogue import load_catalogue
    from claims.reader import format_amount

    assert format_amount(4.0, load_catalogue().get("bilateral-trade"), "2024") == "$4.00 (2024)"


@pytest.mark.skipif(not __import__("claims.nlp").nlp.available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("text, entity, expected", [
    ("The figures for 2023 were published.", "2023", [(2023, None, None, False)]),   # a bare year, no context word
    ("Trade figures were published in January.", "January", [(2025, 1, None, True)]),  # dateparser, the past
    ("The plant was built in the first half of 2021.", "the first half of 2021", [(2021, None, None, False)]),
    ("The agreement will run for three years.", "three years", []),                 # a duration is no date
    ("The talks were held on September 15-16.", "September 15-16", []),            # no year made of "16"
])
def test_entity_dates(text: str, entity: str, expected: list[tuple]) -> None:
    from claims.nlp import parse
    from claims.values import entity_dates

    [doc] = parse([text])
    [ent] = [e for e in doc.ents if e.text == entity]
    found = entity_dates(ent, dt.date(2025, 3, 1))
    assert ymd(found) == expected
    assert all(text[m.start:m.end] in entity for m in found)  # offsets in the sentence
