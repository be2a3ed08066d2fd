"""New-development probes written for the engine (issue 11): sentences a reporter would write about the two
parties in English, German, French, Russian, Arabic, Persian, Spanish, Portuguese and Turkish, in tests/development_probes.txt — developments
no tracked claim covers (payment-card links, nuclear power units, satellite launches, naval drills, visa waivers,
a shipping line, grain, arms other than the tracked ones, a reported order with its other party named as a place
the sentence before names) and non-developments (plans, recaps, negations, hedges, other countries' deals, a
tracked claim, routine talks). Each block is one article: "@lang YYYY-MM-DD", an optional "T: headline", the
text, and "=> listed" or "=> none". Run on the project's catalogue and baseline.

The probes measure generality, not a rule each: the test pins how many are read right (DEV_PROBE_FLOOR, raised as
kinds are fixed) and prints the misses."""

from __future__ import annotations

from pathlib import Path

import pytest

import claims
from claims.nlp import available
from tests.test_probes import blocks as probe_blocks

PROBES = Path(__file__).parent / "development_probes.txt"
# read right on 2026-12-01 (branch newdev8: 231 of 252; newdev9's 232 came from a rule fitted to the check split,
# left out at the merge: docs/ENGINE.md); on 2026-11-30 (branch newdev7: 228 of 252, of its 140 new probes in nine languages 123; branch
# newdev6: 105 of the first 112; main at 72bb193 reads 65 of the first 86 right); 232 on branch dev13 (the Arabic signing
# whose day stands between the verb and the contract it signed: [context.lang.ar] `nominal` "وقع* … عقد*"); 237 on
# branch dev14 (the first train arrived, in ar, de, fa, fr and ru: [context.lang.xx] `nominal` "first … arrived"); 238
# on branch dev16 (the event's own clause read by the encoder, a comparison's base date no recap); 240 on branch dev17
# (a quantity claim's topic with no figure: "… agreed on Tuesday to settle all mutual trade in rubles and rials";
# Amirabad's Persian name among Iran's cities); 241 with the Arabic plural adjective without its article
# ("أطلقت روسيا قمرين صناعيين إيرانيين إلى المدار")
DEV_PROBE_FLOOR = 241


def blocks() -> list[tuple[str, str, str, str, str]]:
    """(language, date, headline, text, expectation) per probe block (test_probes.blocks reads the file)."""
    return [(lang, date, title, text, expect[0]) for _, lang, date, title, text, expect in probe_blocks(PROBES)]


def test_development_probes_are_well_formed():
    found = blocks()
    assert len(found) >= 60
    assert {lang for lang, *_ in found} >= {"en", "de", "fr", "ru", "ar", "fa"}
    assert all(expect in ("listed", "none") for *_, expect in found)
    # both kinds in every language: developments and non-developments
    for lang in ("en", "de", "fr", "ru", "ar", "fa"):
        assert {e for code, *_, e in found if code == lang} == {"listed", "none"}, lang


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_development_probes_read_right(catalogue, baseline):
    from claims.analysis import load_encoder_or_none

    encoder = load_encoder_or_none()
    right, misses = 0, []
    found = blocks()
    # one run over every probe article (each article lists its own developments: one parse batch, not 100)
    result = claims.analyze([claims.Article(k + 1, f"http://127.0.0.1/{k}", title, text, date, lang=lang)
                             for k, (lang, date, title, text, _) in enumerate(found)],
                            catalogue, baseline, encoder=encoder)
    for k, (lang, date, title, text, expect) in enumerate(found):
        statements = [d.statement for d in result.new_developments if d.url == f"http://127.0.0.1/{k}"]
        got = "listed" if statements else "none"
        if got == expect:
            right += 1
        else:
            misses.append(f"{lang}: expected {expect}, got {statements} | {text[:100]!r}")
    print(f"development probes read right: {right}/{len(found)}")
    print("\n".join(misses))
    assert right >= DEV_PROBE_FLOOR, f"{right}/{len(found)} read right, floor {DEV_PROBE_FLOOR}:\n" + "\n".join(misses)
