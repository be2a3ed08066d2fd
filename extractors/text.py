"""Sentence splitting, typography folding and rough clause spans for news text.

Everything here works on offsets into the original string: quotes shown to users must occur verbatim in the
article, so the text itself is never altered. `fold` is the one exception and is for matching only.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = ["Sentence", "split_sentences", "fold", "clauses", "sentence_at", "LONG_SENTENCE"]

# Sentences longer than this are cut at semicolons: extracted pages sometimes glue lists or whole paragraphs
# into one "sentence", and a claim reader scoped to 2,000 characters sees far too much context.
LONG_SENTENCE = 600


@dataclass(frozen=True)
class Sentence:
    """One sentence; invariant: source[start:end] == text."""

    text: str
    start: int
    end: int


# Abbreviations that never end a sentence in news copy (titles, months, "vs.", "e.g."): a following capital
# is a name, a day number or the next word of the same sentence.
_NEVER_FINAL = frozenset(
    """mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. sgt. adm. brig. cmdr. sen. rep. gov. pres. amb. rev.
    hon. st. mt. ft. dept. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. vs. v. e.g. i.e.
    cf. approx. est. fig. no. nos. art. para. ch. vol. pp. p. ibid.""".split()
)
# Abbreviations that often end a sentence too ("...sanctions imposed by the U.S. The move..."): split only
# when the next word is a typical sentence opener, otherwise "U.S. Treasury" would be cut in two.
_MAYBE_FINAL = frozenset("etc. inc. ltd. co. corp. jr. sr. plc. llc. bros.".split())
_SENTENCE_OPENERS = frozenset(
    """the a an it he she they we i you in on at as after before but and or so yet this that these those
    there his her their its our however meanwhile also according when while if for since although though
    moscow tehran iran russia""".split()
)
_OPENING_MARKS = "\"'“‘«(["
_CLOSING_MARKS = "\"'”’»)]"
_TERMINAL = re.compile(r"[.!?…؟]+[\"'”’»)\]]*(?=\s+\S)")  # "؟": the Arabic-script question mark
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# A line that stops mid-sentence: it ends in a letter, digit or comma (no closing punctuation or colon).
_WRAPPED = re.compile(r"[\w,]\s*$")
# Hard-wrapped copy breaks lines at a fixed width (60-80 characters); a shorter line is a heading or a label.
_WRAP_WIDTH = 50
_ACRONYM = re.compile(r"(?:[a-z]\.){2,}")
# German writes a day as an ordinal with a point before the month ("am 17. Januar"): no sentence ends there.
_MONTHS_AFTER_ORDINAL = frozenset("januar jänner februar märz april mai juni juli august september oktober "
                                  "november dezember".split())


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; newlines are hard boundaries so headings stand alone, except a line
    break inside a sentence (hard-wrapped copy): a line of wrapping width ending without punctuation, followed
    by a line that starts in lower case, goes on with the same sentence. A new list each call (the sentences
    themselves are frozen)."""
    return list(_sentences_of(text))


# The engine splits a page several times (the reader, the office and denial readers, each after the run's other pages)
# and a syndicated copy's text again: the answer depends on the text alone. The sentences' texts are about the size of
# the pages themselves, which the run holds anyway.
@lru_cache(maxsize=1024)
def _sentences_of(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for start, end in _logical_lines(text):
        for start, end in _split_line(text, start, end):
            for piece_start, piece_end in _cut_long(text, start, end):
                sentences.append(Sentence(text[piece_start:piece_end], piece_start, piece_end))
    return tuple(sentences)


def _logical_lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if spans and spans[-1][1] - spans[-1][0] >= _WRAP_WIDTH and _ends_wrapped(text, spans[-1][1]) \
                and line.group().lstrip()[:1].islower() \
                and "\n\n" not in text[spans[-1][1]:line.start()].replace("\r", ""):
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append((line.start(), line.end()))
    return spans


def _ends_wrapped(text: str, end: int) -> bool:
    """Does `text[:end]` end mid-sentence (_WRAPPED)? Its last character that is not white space decides. (A
    search of _WRAPPED from the text's start read the whole text before each line: a long page took time that
    grew with the square of its length, perf21.)"""
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return last > 0 and _WRAPPED.match(text, last - 1, end) is not None


def sentence_at(text: str, offset: int) -> Sentence | None:
    """The sentence of `text` that contains `offset` (or the nearest one before it)."""
    found: Sentence | None = None
    for sentence in split_sentences(text):
        if sentence.start > offset:
            break
        found = sentence
    return found


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    piece_start = start
    for mark in _TERMINAL.finditer(text, start, end):
        if _is_boundary(text, mark.start(), mark.end(), end):
            spans.append((piece_start, mark.end()))
            piece_start = mark.end()
    spans.append((piece_start, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _is_boundary(text: str, mark_start: int, mark_end: int, line_end: int) -> bool:
    punct = text[mark_start:mark_end].rstrip(_CLOSING_MARKS)
    nxt = _next_word(text, mark_end, line_end)
    # a letter of a script without case (Persian, Arabic) may open a sentence too
    caseless = nxt[:1].isalpha() and not nxt[0].isupper() and not nxt[0].islower()
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in _OPENING_MARKS or caseless):
        return False
    unquoted = nxt.lstrip(_OPENING_MARKS)
    if unquoted and unquoted[0].islower():
        return False  # "denounced U.S. “unilateralism”." - a quoted word, not a new sentence
    # An ellipsis usually marks an elision inside a quoted sentence, not its end.
    if "…" in punct or punct.startswith(".."):
        return False
    if punct != ".":
        return True
    token = _token_before(text, mark_start + 1).lower()
    if token == "no." and nxt[0].isdigit():
        return False
    if token in _NEVER_FINAL - {"no."}:
        return False
    if re.fullmatch(r"\d{1,2}\.", token) and nxt.rstrip(",.;:").lower() in _MONTHS_AFTER_ORDINAL:
        return False  # "am 17. Januar": a German date
    if re.fullmatch(r"[a-z]\.", token):
        return False  # an initial, as in "J. Smith"
    if token in _MAYBE_FINAL or _ACRONYM.fullmatch(token):
        return _opens_sentence(nxt)
    return True


def _token_before(text: str, end: int) -> str:
    match = re.search(r"\S+$", text[max(0, end - 40) : end])
    return match.group().lstrip(_OPENING_MARKS) if match else ""


def _next_word(text: str, pos: int, line_end: int) -> str:
    match = re.compile(r"\s+(\S+)").match(text, pos, line_end)
    return match.group(1) if match else ""


def _opens_sentence(word: str) -> bool:
    if word[0] in _OPENING_MARKS:
        return True
    return re.sub(r"\W+$", "", word).lower() in _SENTENCE_OPENERS


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= LONG_SENTENCE:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    piece_start = start
    for semicolon in re.finditer(";", text[start:end]):
        cut = start + semicolon.end()
        spans.append((piece_start, cut))
        piece_start = cut
    spans.append((piece_start, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


_TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    }
)


def fold(text: str) -> str:
    """Matching form of `text`: lower-case, accents and typographic variants removed, whitespace collapsed.

    Offsets do not survive folding, so use this only to decide *whether* something matches.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.translate(_TYPOGRAPHY).lower()).strip()


# Clause separators. The conjunction stays with the clause it introduces. A bare " but " also splits, except
# in idioms such as "all but" and "not only ... but also".
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*"
    r"|\s+[–—]\s+|\s+-\s+"
    r"|,\s*(?=(?:but|while|although|though|whereas|which)\b)"
    r"|\s+(?=(?:while|although|whereas)\s)"
    r"|(?<!\ball)(?<!\bnothing)(?<!\banything)\s+(?=but\s+(?!also\b))",
    re.IGNORECASE,
)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Rough clause spans of `sentence`, used to keep a negation from leaking into a contrasting clause. A new
    list each call."""
    return list(_clauses_of(sentence))


# Asked for each cue and each reading of a sentence (and a syndicated copy's again): the answer depends on the
# sentence alone.
@lru_cache(maxsize=1 << 13)
def _clauses_of(sentence: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    piece_start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence):
        if brk.end() == brk.start():
            continue
        spans.append((piece_start, brk.start()))
        piece_start = brk.end()
    spans.append((piece_start, len(sentence)))
    return tuple(trimmed for span in spans if (trimmed := _trim(sentence, *span)))


def iso_span(value: str | None) -> tuple[date, date] | None:
    """The days an ISO-8601 date as a statement gives it covers, first and last: a day ("2025-01-17", or a
    date-time) is itself; a month ("2023-07") or a year ("2024") runs from its first day to its last. None for
    None, a range, a quarter or anything else. Serves the report's timeline and the date a figure's period
    stands for."""
    day = iso_day(value)
    if day is not None:
        return day, day
    text = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = date(int(text[:4]), int(text[5:]), 1)
            return first, date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def iso_day(value: str | None) -> date | None:
    """The day an ISO-8601 date or date-time string starts with ("2025-01-17", "2025-01-17T09:30:00+03:30");
    None for None, "" or anything else. The time and zone are ignored: the day as written, not converted."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def copy_key(sentence: str) -> str:
    """A sentence as its copies share it (a syndicated story, a wire copy): case and runs of whitespace ignored.
    claims.compare counts such copies as one source, reports.render says "(+1 copy)"."""
    return " ".join(sentence.split()).casefold()
