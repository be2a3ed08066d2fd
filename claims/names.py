"""One person, one value: name variants (transliterations, a surname alone) mapped to the full name the run or
the baseline already knows for the same office.

Two renderings are one person when their transliteration-folded surnames (claims.values.person_key) are
equal, or start with the same letter and are close as strings (difflib ratio >= SIMILAR): "Pezhashyan" and
"Pezeshkian". Only names read for the same claim are compared, so two officials with similar names in
different offices stay apart.

Across scripts (issue 15) a name is first made Latin (`latin`): Cyrillic by anyascii (ISC; unidecode would do
the same but is GPL) after pymorphy3 (MIT) has put a declined Russian name back in the nominative
("Пезешкианом" → "Пезешкиан" → "Pezeshkian"); Persian and Arabic script by anyascii, which writes no short
vowels ("پزشکیان" → "Pzshkyn"). Such a name is compared with a Latin one by their consonant skeletons
(`skeleton`: "pzshkn" for both "Pzshkyn" and "Pezeshkian"), because the script does not write the vowels
the Latin spelling has. A name that matches none the baseline, the accepted findings or the run knows keeps
its transliteration: one stable Latin value whatever case or script it came in."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Iterable

from claims.values import person_key

SIMILAR = 0.72
MIN_SKELETON = 3  # consonants: shorter skeletons ("rs") are too common to name one person
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def script(text: str) -> str:
    """"cyrillic", "arabic" (Persian and Arabic) or "latin" (anything else) for the letters of `text`."""
    if ARABIC_SCRIPT.search(text):
        return "arabic"
    if CYRILLIC.search(text):
        return "cyrillic"
    return "latin"


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


# case endings a masculine name takes on a consonant stem ("Пезешкиан-ом", "Лаврова", "Мохберу"); -е and -и
# are left alone: many Persian names end so in the nominative and do not decline ("Каримзаде", "Раиси")
CASE_ENDINGS = ("ом", "ем", "ым", "им", "ой", "а", "я", "у", "ю")


@lru_cache(maxsize=4096)
def nominative(word: str) -> str:
    """A declined Russian name in the nominative, its capital kept: "Пезешкианом" → "Пезешкиан". pymorphy3's
    first noun parse decides: taken only when it is masculine, not nominative already, and only strips one of
    CASE_ENDINGS (its guesses for undeclined foreign names, "Раиси" → "раися", are not taken)."""
    lower = word.lower()
    for parse in _morph().parse(word):
        if "NOUN" not in parse.tag:
            continue
        form = parse.normal_form
        if "nomn" in parse.tag or not ({"masc", "ms-f"} & parse.tag.grammemes) or not lower.startswith(form) \
                or lower[len(form):] not in CASE_ENDINGS:
            return word
        return word[:len(form)]
    return word


@lru_cache(maxsize=4096)
def latin(name: str) -> str:
    """The name in Latin letters, each word capitalised: Cyrillic put in the nominative first (`nominative`),
    then every script transliterated by anyascii ("Масудом Пезешкианом" → "Masud Pezeshkian",
    "مسعود پزشکیان" → "Msud Pzshkyn"). A Latin name is returned unchanged."""
    kind = script(name)
    if kind == "latin":
        return name
    from anyascii import anyascii

    words = []
    for word in re.split(r"[\s\u200c]+", name.strip()):
        if kind == "cyrillic":
            word = "-".join(nominative(part) for part in word.split("-"))
        text = re.sub(r"[^A-Za-z\-]", "", anyascii(word))
        if text:
            words.append(text[:1].upper() + text[1:].lower())
    return " ".join(words)


def skeleton(key: str) -> str:
    """The consonants of a folded surname key, as Persian and Arabic script write it: vowels (and y, w, which
    the script uses for long vowels) dropped, p and b one letter (Arabic has no p)."""
    key = key.replace("p", "b")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw]", "", key))


# A page's capitalised words are compared with every known person's name, sentence by sentence
# (claims.languages.name_spans): a long page asks for the same word's key thousands of times, and folding it
# (person_key) was most of the engine's time on such a page (perf21). The key depends on the word alone.
@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name in any script: the transliteration-folded surname of its Latin form."""
    return person_key(latin(name))


def same_given(word: str, given: str) -> bool:
    """Does `word`, one word of a page in any script, write the given name `given` (Latin, as the catalogue
    writes a person's name)? Keys compared as same_keys does; in Persian or Arabic script "و" is a vowel as often
    as a v ("مسعود", Masoud; "ولادیمیر", Vladimir), so there both consonant skeletons are compared without it."""
    kw, kg = name_key(word), name_key(given)
    if script(word) != "arabic":
        return same_keys(kw, kg, False)
    sw, sg = skeleton(kw).replace("v", ""), skeleton(kg).replace("v", "")
    return bool(sw) and sw == sg


def same_name(a: str, b: str) -> bool:
    """Do two renderings, in any script, name one person (see the module docstring)?"""
    return same_keys(name_key(a), name_key(b), "arabic" in (script(a), script(b)))


@lru_cache(maxsize=1 << 16)
def same_keys(ka: str, kb: str, arabic: bool) -> bool:
    """same_name on two names' keys (name_key); `arabic`: one of the names is in Persian/Arabic script, so
    their consonant skeletons are compared. The answer depends on the three arguments alone (cached: a long
    page compares the same word with the same names many times, difflib's ratio each time)."""
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if arabic:
        sa, sb = skeleton(ka), skeleton(kb)
        return len(sa) >= MIN_SKELETON and sa == sb
    return ka[0] == kb[0] and min(len(ka), len(kb)) >= 5 and SequenceMatcher(None, ka, kb).ratio() >= SIMILAR


def known_names(readings: Iterable[Any], person_claims: set[str],
                baseline: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """claim → full names (two words or more) the baseline and this run's readings give its holders, most
    frequent first."""
    counts: dict[str, dict[str, int]] = {c: {} for c in person_claims}
    for claim in person_claims:
        value = str(baseline.get(claim, {}).get("value", ""))
        if len(value.split()) >= 2:
            counts[claim][value] = 1
    for r in readings:
        if r.claim in person_claims and len(r.value.split()) >= 2:
            value = latin(r.value)  # a name known from a page in another script is known in Latin letters
            counts[r.claim][value] = counts[r.claim].get(value, 0) + 1
    return {c: sorted(names, key=lambda n: -names[n]) for c, names in counts.items()}


def canonical(readings: list[Any], names: dict[str, list[str]]) -> list[Any]:
    """Readings of person claims with their value replaced by the known full name it is a variant of; a
    name in another script that matches no known name takes its Latin transliteration (`latin`)."""
    out = []
    for r in readings:
        full = next((n for n in names.get(r.claim, ()) if n != r.value and same_name(r.value, n)), None)
        if full and (len(r.value.split()) < 2 or name_key(r.value) != name_key(full) or script(r.value) != "latin"):
            out.append(replace(r, value=full))
        elif r.claim in names and script(r.value) != "latin":
            out.append(replace(r, value=latin(r.value)))
        else:
            out.append(r)
    return out
