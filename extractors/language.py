"""The language of an article whose page does not declare one (issue 15).

lingua-language-detector (Apache-2.0; its n-gram models ship inside the wheel, nothing is downloaded) is
restricted to the languages claimwatch reads (claims.languages.LANGUAGES and English) plus neighbours it must
not confuse with them (Ukrainian and Bulgarian beside Russian, Croatian, Turkish, Urdu beside Persian):
fewer candidates make it faster and keep, say, a Ukrainian page from being read with Russian words."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

CANDIDATES = ("ENGLISH", "RUSSIAN", "PERSIAN", "ARABIC", "GERMAN", "FRENCH", "UKRAINIAN", "BULGARIAN", "ITALIAN",
              "SPANISH", "PORTUGUESE", "TURKISH", "URDU", "CROATIAN")
SAMPLE = 2000  # characters read: enough for a confident answer, bounded cost on long pages


@lru_cache(maxsize=1)
def detector() -> Any:
    """lingua's detector over CANDIDATES, built once (lru_cache): building it loads the n-gram models
    (seconds)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in CANDIDATES)).build()


def language_code(value: str | None) -> str:
    """"ru" from "ru-RU", "RU", "ru_RU"; "" when unknown."""
    return str(value or "").strip().lower().replace("_", "-").split("-")[0]


def detect_language(text: str, declared: str | None = None, title: str = "", hint: str | None = None) -> str:
    """ISO 639-1 code of `text`: the page's declared language when its metadata gives one ("ru-RU" → "ru"), else
    lingua's answer; "" when the text is empty or lingua cannot tell. Where lingua's answer for the page's start
    differs from its answer for its headline (`title`, or the text's first line) and lead, the paragraphs vote, one
    vote each and the lead's language on a tie: a Russian page with one long English boilerplate paragraph is
    Russian (walk22 B6), an English page quoting one long Russian paragraph is English. `hint`: the page's <html
    lang> attribute, taken when it is the language of the lead or of the page's start (a template's stale
    lang="en" on a Russian page is neither)."""
    code = language_code(declared)
    if code:
        return code
    if not text.strip():
        return ""
    whole = _detected(text[:SAMPLE])
    paragraphs = [p for p in (line.strip() for line in text.split("\n")) if p]
    lead = _detected("\n".join(([title] if title.strip() and title.strip() != paragraphs[0] else [])
                                + paragraphs[:2]))
    hinted = language_code(hint)
    if hinted and hinted in (lead, whole):
        return hinted
    if not lead or lead == whole or len(paragraphs) < 3:
        return whole or lead
    votes: dict[str, int] = {}
    for paragraph in paragraphs[:VOTERS]:
        found = _detected(paragraph)
        if found:
            votes[found] = votes.get(found, 0) + 1
    return max(votes, key=lambda code: (votes[code], code == lead)) if votes else whole


VOTERS = 40  # paragraphs that vote on a page whose lead and start differ: bounded cost on long pages


def _detected(text: str) -> str:
    """lingua's ISO 639-1 code for `text` (its first SAMPLE characters), "" when it cannot tell."""
    found = detector().detect_language_of(text[:SAMPLE])
    return found.iso_code_639_1.name.lower() if found is not None else ""
