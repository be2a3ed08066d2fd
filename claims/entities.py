"""Named places: a compact gazetteer of countries (names, demonyms, capitals) used to tell when a
statement is about some other country — Russia's S-400 deal with India, Iran's treaty with China."""

from __future__ import annotations

import re
from functools import lru_cache

# country -> names, demonyms and capitals that stand for it in news prose
COUNTRIES: dict[str, tuple[str, ...]] = {
    "united states": ("United States", "U.S.", "US", "USA", "America", "American", "Americans", "Washington",
                      "White House", "Pentagon"),
    "china": ("China", "Chinese", "Beijing", "PRC"),
    "india": ("India", "Indian", "New Delhi", "Delhi"),
    "turkey": ("Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara"),
    "belarus": ("Belarus", "Belarusian", "Minsk"),
    "saudi arabia": ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    "israel": ("Israel", "Israeli", "Israelis", "Tel Aviv"),
    "united arab emirates": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"),
    "egypt": ("Egypt", "Egyptian", "Cairo"),
    "syria": ("Syria", "Syrian", "Damascus"),
    "iraq": ("Iraq", "Iraqi", "Baghdad"),
    "afghanistan": ("Afghanistan", "Afghan", "Kabul"),
    "pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "azerbaijan": ("Azerbaijan", "Azerbaijani", "Baku"),
    "armenia": ("Armenia", "Armenian", "Yerevan"),
    "georgia": ("Tbilisi",),
    "kazakhstan": ("Kazakhstan", "Kazakh", "Astana"),
    "uzbekistan": ("Uzbekistan", "Uzbek", "Tashkent"),
    "tajikistan": ("Tajikistan", "Tajik", "Dushanbe"),
    "kyrgyzstan": ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    "turkmenistan": ("Turkmenistan", "Turkmen", "Ashgabat"),
    "north korea": ("North Korea", "North Korean", "Pyongyang", "DPRK"),
    "south korea": ("South Korea", "South Korean", "Seoul"),
    "japan": ("Japan", "Japanese", "Tokyo"),
    "germany": ("Germany", "German", "Berlin"),
    "france": ("France", "French", "Paris"),
    "united kingdom": ("United Kingdom", "UK", "Britain", "British", "London"),
    "ukraine": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "venezuela": ("Venezuela", "Venezuelan", "Caracas"),
    "cuba": ("Cuba", "Cuban", "Havana"),
    "brazil": ("Brazil", "Brazilian", "Brasilia"),
    "south africa": ("South Africa", "South African", "Pretoria"),
    "qatar": ("Qatar", "Qatari", "Doha"),
    "oman": ("Oman", "Omani", "Muscat"),
    "kuwait": ("Kuwait", "Kuwaiti"),
    "bahrain": ("Bahrain", "Bahraini"),
    "jordan": ("Jordanian", "Amman"),
    "lebanon": ("Lebanon", "Lebanese", "Beirut"),
    "yemen": ("Yemen", "Yemeni", "Sanaa"),
    "serbia": ("Serbia", "Serbian", "Belgrade"),
    "algeria": ("Algeria", "Algerian", "Algiers"),
    "vietnam": ("Vietnam", "Vietnamese", "Hanoi"),
    "indonesia": ("Indonesia", "Indonesian", "Jakarta"),
    "malaysia": ("Malaysia", "Malaysian"),
    "myanmar": ("Myanmar", "Burmese"),
    "mongolia": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "greece": ("Greece", "Greek", "Athens"),
    "ethiopia": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "nicaragua": ("Nicaragua", "Nicaraguan"),
    "italy": ("Italy", "Italian", "Rome"),
    "canada": ("Canada", "Canadian", "Ottawa"),
    "poland": ("Poland", "Polish", "Warsaw"),
    "european union": ("European Union", "EU", "Brussels"),
}

# Acronyms that are also ordinary words when lower-cased must match case-sensitively.
_CASE_SENSITIVE = {"US", "UK", "EU", "UAE", "PRC", "DPRK", "U.S."}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    exact, folded = [], []
    for country, names in COUNTRIES.items():
        for name in names:
            lookup[name.lower()] = country
            (exact if name in _CASE_SENSITIVE else folded).append(re.escape(name))
    by_len = lambda xs: "|".join(sorted(xs, key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?<![\w.-])(?:{by_len(exact)})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{by_len(folded)})(?:'s|’s)?(?![\w-])", re.IGNORECASE), lookup)


def countries_in(text: str) -> set[str]:
    """Countries (canonical names) mentioned in `text`."""
    exact, folded, lookup = _patterns()
    found = {lookup[m.group().lower()] for m in exact.finditer(text)}
    for match in folded.finditer(text):
        name = re.sub(r"('s|’s)$", "", match.group()).lower()
        found.add(lookup.get(name, name))
    return found
