"""One person, one value: name variants (transliterations, a surname alone) mapped to the full name the run or
the baseline already knows for the same office.

Two renderings are one person when their transliteration-folded surnames (claims.values.person_key) are
equal, or start with the same letter and are close as strings (difflib ratio >= SIMILAR): "Pezhashyan" and
"Pezeshkian". Only names read for the same claim are compared, so two officials with similar names in
different offices stay apart."""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any, Iterable

from claims.values import person_key

SIMILAR = 0.72


def same_name(a: str, b: str) -> bool:
    """Are `a` and `b` one person's name: the same name key, or keys with the same first letter, five or more
    letters and a SequenceMatcher ratio of at least SIMILAR (transliterations)."""
    ka, kb = person_key(a), person_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
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
            counts[r.claim][r.value] = counts[r.claim].get(r.value, 0) + 1
    return {c: sorted(names, key=lambda n: -names[n]) for c, names in counts.items()}


def canonical(readings: list[Any], names: dict[str, list[str]]) -> list[Any]:
    """Readings of person claims with their value replaced by the known full name it is a variant of."""
    out = []
    for r in readings:
        full = next((n for n in names.get(r.claim, ()) if n != r.value and same_name(r.value, n)), None)
        out.append(replace(r, value=full) if full and (len(r.value.split()) < 2 or person_key(r.value) !=
                                                       person_key(full)) else r)
    return out
