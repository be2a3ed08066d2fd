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


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of `text`: the page's declared language when it gives one ("ru-RU" → "ru"), else
    lingua's answer; "" when the text is empty or lingua cannot tell."""
    code = language_code(declared)
    if code:
        return code
    if not text.strip():
        return ""
    found = detector().detect_language_of(text[:SAMPLE])
    return found.iso_code_639_1.name.lower() if found is not None else ""
