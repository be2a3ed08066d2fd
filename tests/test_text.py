import pytest

from extractors.text import LONG_SENTENCE, clauses, fold, sentence_at, split_sentences


def texts(source: str) -> list[str]:
    return [s.text for s in split_sentences(source)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Talks ended. A deal followed!", ["Talks ended.", "A deal followed!"]),
        ("The U.S. Treasury acted. Tehran objected.", ["The U.S. Treasury acted.", "Tehran objected."]),
        ("It came from the U.S. The rouble fell.", ["It came from the U.S.", "The rouble fell."]),
        ("Mr. Ivanov and Dr. Karimi met Gen. Petrov.", ["Mr. Ivanov and Dr. Karimi met Gen. Petrov."]),
        ("It was signed by J. Karimi yesterday.", ["It was signed by J. Karimi yesterday."]),
        ("Exports hit $3.5bn and grew 4.9 percent.", ["Exports hit $3.5bn and grew 4.9 percent."]),
        ("The U.S.-Iran standoff continued. Oil rose.", ["The U.S.-Iran standoff continued.", "Oil rose."]),
        ("He paused... Then he went on.", ["He paused... Then he went on."]),
        ("See clause No. 4 of the accord.", ["See clause No. 4 of the accord."]),
        ("“The door is open.” The minister left.", ["“The door is open.”", "The minister left."]),
        ("He blamed U.S. “hegemony”. Then he left.", ["He blamed U.S. “hegemony”.", "Then he left."]),
        ("Corridor Opens\nThe first train left.", ["Corridor Opens", "The first train left."]),
        ("First paragraph ends\n\n  Second one starts.  ", ["First paragraph ends", "Second one starts."]),
        ("Sie unterzeichneten am 17. Januar den Vertrag. Er gilt ab 1. Mai.",
         ["Sie unterzeichneten am 17. Januar den Vertrag.", "Er gilt ab 1. Mai."]),
        ("The score was 17. Kazan won.", ["The score was 17.", "Kazan won."]),
    ],
)
def test_split_sentences(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


@pytest.mark.parametrize(
    "source",
    ["  Lead-in. Next one!\n\n Heading\nLast “quoted.” Done.  ", "\n\n", "One sentence without a stop"],
)
def test_offsets_point_into_source(source: str) -> None:
    for sentence in split_sentences(source):
        assert source[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


def test_long_sentence_is_cut_at_semicolons() -> None:
    part = "the delegation discussed grain, rail links and banking " * 4
    source = f"{part}; {part}; {part}."
    assert len(source) > LONG_SENTENCE
    pieces = split_sentences(source)
    assert len(pieces) == 3 and pieces[0].text.endswith(";")


def test_short_sentence_keeps_semicolons() -> None:
    assert texts("Moscow agreed; Tehran did not.") == ["Moscow agreed; Tehran did not."]


def test_sentence_at_finds_containing_sentence() -> None:
    source = "Talks ended. A deal followed."
    sentence = sentence_at(source, source.index("deal"))
    assert sentence is not None and sentence.text == "A deal followed."


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Iran’s “Deal”", "iran's \"deal\""),
        ("Téhéran  and\tMoscow", "teheran and moscow"),
        ("2014–18 — now − here ‑ there", "2014-18 - now - here - there"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran is not a member, but it is an observer.", ["Iran is not a member", "but it is an observer."]),
        ("The treaty – long delayed – was signed.", ["The treaty", "long delayed", "was signed."]),
        ("The jets, which were ordered in 2021, came.", ["The jets", "which were ordered in 2021, came."]),
        ("Iran is not a full member but an observer.", ["Iran is not a full member", "but an observer."]),
        ("A deal is all but certain.", ["A deal is all but certain."]),
        ("It is not only a partner but also an ally.", ["It is not only a partner but also an ally."]),
        # a contrasting clause with no comma before it
        ("Jets went to Peru while Chile is still waiting for its tanks.",
         ["Jets went to Peru", "while Chile is still waiting for its tanks."]),
    ],
)
def test_clauses(sentence: str, expected: list[str]) -> None:
    assert [sentence[a:b] for a, b in clauses(sentence)] == expected


@pytest.mark.parametrize("source, expected", [
    # hard-wrapped copy: a full-width line stopping mid-sentence goes on with the next, lower-case line
    ("The minister said the new rail agreement between the two countries\nhad opened markets. Trade rose.",
     ["The minister said the new rail agreement between the two countries\nhad opened markets.", "Trade rose."]),
    # a heading, a short label, a finished line or a capitalised line stays a sentence of its own
    ("Rail Talks Resume\nofficials met on Monday.", ["Rail Talks Resume", "officials met on Monday."]),
    ("The minister said the new rail agreement between the two countries was ready.\nit rained.",
     ["The minister said the new rail agreement between the two countries was ready.", "it rained."]),
    ("The minister said the new rail agreement between the two countries and\nTrade Rose", 
     ["The minister said the new rail agreement between the two countries and", "Trade Rose"]),
    # a blank line ends the paragraph whatever follows
    ("The minister said the new rail agreement between the two countries\n\nhad opened markets.",
     ["The minister said the new rail agreement between the two countries", "had opened markets."]),
])
def test_a_wrapped_line_goes_on_with_the_next(source: str, expected: list[str]) -> None:
    found = split_sentences(source)
    assert [s.text for s in found] == expected
    assert all(source[s.start:s.end] == s.text for s in found)


def test_iso_day_reads_the_day_an_iso_string_starts_with():
    from datetime import date

    from extractors.text import iso_day

    assert iso_day("2025-01-17T09:30:00+03:30") == date(2025, 1, 17) == iso_day("2025-01-17")
    assert [iso_day(v) for v in (None, "", "17 January 2025", "2025-13-01")] == [None, None, None, None]


def test_iso_span_covers_a_day_a_month_or_a_year_and_the_period_date_is_its_first_day():
    from datetime import date

    from claims.compare import period_as_date
    from extractors.text import iso_span

    assert iso_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert iso_span("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert iso_span("2025-01-17T09:30:00+03:30") == (date(2025, 1, 17),) * 2
    assert [iso_span(v) for v in (None, "", "2024-Q1", "2023-13", "2022/2023")] == [None] * 5
    # a figure's period stands for one date only when it is a month or a year
    assert [period_as_date(v) for v in ("2024", "2024-02", "2024-02-10", "2024-Q1", None)] == [
        "2024-01-01", "2024-02-01", None, None, None]
