"""Is an article about Russia–Iran relations? Articles that are not get stored but not analysed."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=32)
def party_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """A regex of the party's aliases (longest first) as whole words, a possessive 's allowed; a hyphen is a
    boundary ("Russia-Iran")."""
    alternatives = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    # A hyphen is a boundary: "Russia-Iran" names both parties.
    return re.compile(rf"(?<![\w])(?:{alternatives})(?:'s|’s)?(?![\w])")


def party_mentions(text: str, aliases: tuple[str, ...]) -> list[int]:
    """The offsets in `text` where one of the aliases is named."""
    return [m.start() for m in party_pattern(aliases).finditer(text)]


def is_relevant(text: str, parties: dict[str, tuple[str, ...]], window: int = 400) -> bool:
    """Every party is mentioned, and either twice each or two of them close together (one paragraph)."""
    return parties_together([party_mentions(text, aliases) for aliases in parties.values()], window)


def parties_together(positions: list[list[int]], window: int = 400) -> bool:
    """Given each party's mention offsets (characters), is the text about all of them together: every party
    mentioned, and either twice each or all within `window` characters of the first party's mentions."""
    if not positions or not all(positions):
        return False
    if all(len(p) >= 2 for p in positions):
        return True
    first, *others = positions
    return all(any(abs(a - b) <= window for a in first for b in other) for other in others)
