"""Probe sentences written for the engine outside English (issue 11): for every tracked claim, changes and
non-changes (restatements, plans, negations, hedges, unnamed sources, another country, recaps, questions,
denials) the way a Brazilian or Portuguese agency, an Iranian agency or a Turkish one would put them, in
tests/probes_lang/*.txt. Same block format as tests/test_probes.py: the first line "@xx YYYY-MM-DD" gives
the article's language (required here) and date, then optional "T: headline", the text, and one
"=> CLAIM VERDICT [VALUE]" line per expectation.

The test pins how many are read right per language (FLOORS, raised as kinds are fixed) and prints the
misses; run `python -m tests.test_lang_probes` to see them."""

from __future__ import annotations

from pathlib import Path

from claims.languages import LANGUAGES
from tests.test_probes import blocks, tally as probe_tally

PROBES = Path(__file__).parent / "probes_lang"
# read right on 2026-11-30 (branch xx6; main 72bb193 read pt 56, fa 50, tr 16, ar 2 of the same probes); then
# treaty_jcpoa.txt (main a036580 read a threat of the snapback as its collapse in seven languages, and "in Kraft"
# beside "zwischen Russland und dem Iran" as one side's step, and a figure for part of a year as the year's), and
# unconfirmed.txt (main read a lawmaker's report, confirmed by no one, as a change in eight languages), and
# railway.txt (two German plans read as begun are its known misses); with the office-holder probes of offices.txt
# (branch off7; main a036580 read 37 of its 55: pt 5/8, es 3/5, fr 4/6, de 4/6, ru 7/9, fa 5/7, ar 4/6, tr 4/6, it 1/2);
# with a recorded holder named as leaving office (offices.txt's last section: main 1e4f0e1 read 5 of its 16), and
# arrivals.txt (deliveries told as arrivals; German "bereits" read as the future word "bereit*": main f5acf95 read 7/12),
# agents.txt (who put someone forward; the UN sanctions back in German: main 71cac1b read 5/10)
# (branch lang8, 2026-12-01: a known person taking up an office, "Pezeshkian foi empossado presidente", and Persian
# "برجام به پایان رسیده است" read: pt 110, fa 100)
# (branch lang9, 2026-12-01: the German modal second after a long subject holding the cue, railway.txt's two
# known misses: de 33)
FLOORS: dict[str, int] = {"pt": 113, "fa": 101, "tr": 61, "ar": 25, "ru": 35, "fr": 25, "es": 20, "de": 33, "it": 6}


def tally(catalogue, baseline) -> tuple[dict[str, list[int]], list[str]]:
    """Per language [right, total], and the misses as printable lines (tests.test_probes.tally over PROBES)."""
    return probe_tally(catalogue, baseline, PROBES)


def test_probe_files_are_well_formed():
    found = blocks(PROBES)
    assert len(found) >= 40
    for name, lang, _, _, text, expect in found:
        assert lang in LANGUAGES, f"{name}: a block without a language read here"
        assert text and expect, f"{name}: a block without text or expectation"
        assert all(e.split()[1] in ("changed", "disputed", "confirmed", "nochange", "nothing") for e in expect)


def test_language_probes_read_right(catalogue, baseline):
    counts, misses = tally(catalogue, baseline)
    print(counts)
    print("\n".join(misses))
    low = {lang: c for lang, c in counts.items() if c[0] < FLOORS.get(lang, 0)}
    assert not low, f"below the floor: {low} (floors {FLOORS}):\n" + "\n".join(misses)


if __name__ == "__main__":
    from baseline.builder import build, load_sources
    from baseline.catalogue import load_catalogue

    cat = load_catalogue()
    counts, misses = tally(cat, {k: v.to_dict() for k, v in build(cat, load_sources()).items()})
    print("\n".join(misses))
    print(counts)
