"""New developments read on whole articles written for the engine (issue 11): tests/development_articles/*.txt
holds short articles the way a wire, a state agency or the trade press writes them — a headline, a lead with
its dateline, quotes and background paragraphs — in English, Persian, Russian, Arabic, German, French and
Turkish. Each block is one article: "@lang YYYY-MM-DD", "T: headline", its paragraphs one a line, and
"=> listed: WORDS" (a development is listed whose statement holds most of WORDS, the way `claimwatch eval`
matches a labelled one: claimwatch.evaluate.matches_development) or "=> none" (nothing is listed); an article
telling several developments (agreements signed at one meeting) has one "=> listed:" line for each. The
developments are ones no tracked claim covers (nuclear power units, gas swaps, payment cards, grain, satellite
launches, drills, visa waivers, freight trains, flights, banking links, arms other than the tracked ones,
joint commissions); the pages that list nothing are recaps, far-off plans, other countries' deals, routine
talks, opinion and a third country's sanctions.

The articles measure generality, not a rule each: the test pins how many are read right (ARTICLE_FLOOR,
raised as kinds are fixed) and prints the misses."""

from __future__ import annotations

from pathlib import Path

import pytest

import claims
from claims.nlp import available
from claimwatch.evaluate import matches_development
from tests.test_probes import blocks as probe_blocks

ARTICLES = Path(__file__).parent / "development_articles"
# read right on 2026-12-01 (branch newdev8: 92 of 102; main at 1993158 reads 72 of them right); branch newdev9
# added 45 articles (en_deep, en_nouns, en_alone, en_fields, en_neg9, lang9): main at d5e841a reads 128 of the 147
# right (91 of the first 102: the grain agreement of en.txt is missed since the merges of en8 and lang8); 131 with
# an event noun under a factive predicate, a country on a route and a party named around only beside a third country;
# 134 with a place in a phrase about the subject no actor and two development examples (a power line, a shipping line);
# 135 with routine contacts read by words ("договорились продолжить консультации"); 15 more in mixed9.txt (main
# reads 140 of the 162 right): 149 with a present with "now" a new state and an event dated months back ranked
# after the page's own; 11 more in en_others9.txt (main reads 149 of the 173 right); 9 negatives in other languages
# in lang_others9.txt, all read right on main and here; with a party named by its city beside the other party
# ([context.cities]): 170 of 182 (main 158). (The branch read 172 with a rule fitted to the check split, left out
# at the merge: docs/ENGINE.md); branch newdev10 added 24 Persian and Arabic articles in agency style (fa10.txt,
# ar10.txt): main reads 186 of the 206 right, 194 with the verbs of opening and going live, the Arabic passive with
# "تم" and an event's noun with the verb closing its clause ([context.lang.xx] `nominal`: "رزمایش … اجرا شد"); 5 more
# in kinds10.txt (main 188 of the 211): 199 with production moved onto the other party's soil (made_only) and a
# state's accusation read by words ([context.lang.xx] `accused`); 5 more Persian and Arabic (main 189 of the 216): 202
# with the passive in "گردید", a ceremony of signing held, "به امضای … رسید" and "جرى … التوقيع"; 203 with the comma of
# a list inside a long title ("وزیر میراث فرهنگی، گردشگری و صنایع دستی") no end of a `nominal` clause; round dev13
# added 38 articles written blind (dev13_en.txt, dev13_lang.txt: 20 English, 18 in nine languages): main reads 25
# of them right (228 of the 254), every miss a development not listed; 232 with event forms of Turkish, Persian, Italian
# and Arabic (passive past, plural, beginning, verb before a long subject); 233 with a Persian flight's noun; round
# dev14 added 58 articles written blind (dev14_en.txt, dev14_lang.txt: 36 English, 22 in eight languages; 40 telling
# a development, three of them several agreements of one meeting, and 18 that list nothing): main reads 31 of them
# right (264 of the 312): 16 of the 40 developments and 15 of the 18 pages that list nothing; 271 with a state body
# beside its party's name, "until now", a future dated ahead, like institutions as the pair, courtesies as routine and habits;
# 275 with a first result by words ("first … arrived", `nominal`) and founding or registering (tr, ru `events`); 277
# with a route's countries no third party by words ([context.lang.xx] `route`: "از طریق", "… üzerinden"); 278 with the
# Arabic "completed the linking of" (`nominal` "أتم* … ربط"); 279 with a claim's topic as an office's portfolio
# ("Iran's deputy trade minister": portfolio_only); lang14: a French "sans" before a noun no negation of the event
# after it (claims.languages.stance; one more on its own, 234 then); round dev15 added 39 articles written blind
# (dev15_en.txt, dev15_lang.txt: 19 English and 12 in eight languages telling one development each, told by a
# region, a port, a bank, a federation, a ministry, in culture, sport, science, media, space, justice; 8 that list
# nothing): main reads 30 of them right (310 of the 351): 23 of the 31 developments and 7 of the 8 pages; 316 with a
# party's own region no third country, a tracked word with a field of its own ("a treaty … on the extradition of"),
# "over the past decade" a recap, Arabic marks in `nominal` words and a Russian first ship's departure; 317 with an
# elaboration of an event told before ("took part in the drill": pointed_back) ranked after the event's own statement;
# round dev16 added 46 articles written blind (dev16_en.txt, dev16_lang.txt: 27 English, 19 in nine languages; 35
# telling a development, 11 that list nothing): main reads 25 of them right (342 of the 397): 350 with the event's own
# clause read by the encoder (event_core), a comparison's base date no recap, a year named alone ending with its
# period, a kind's habit in the simple present, the Spanish present perfect and the Turkish intransitive "başladı";
# 354 with English event verbs beyond the examples ([context.lang.en] `events`: win, select, beat, dock); 355 with an
# appositive set off by commas out of the event's clause; 356 with a tender won or a shortlist read by words in seven
# languages (it "è stato selezionato", "ha vinto", es "ganó", fr "a remporté", de "gewonnen", pt, tr, ru); 357 with
# cities of both parties naming both, the two ends of a route ("three weekly flights between Mashhad and Kazan"); 358
# with the Persian "برنده مناقصه … شد" (won the tender, `nominal`) and Ahvaz among Iran's cities; round dev17 added 47
# articles written blind in ordinary news shapes (dev17_en.txt, dev17_lang.txt: 30 English, 17 in seven languages; 35
# telling a development, 12 that list nothing): main reads 35 of them right (393 of the 444): 401 with a quantity
# claim's topic named with no figure no statement of that claim, a present progressive ranked after the page's dated
# act, permission granted an English event, a Persian body's name in every spelling of its non-joiner and event words
# of a ship docking (fa), a flight carried out (ru, tr) and the Arabic adjective without its article; 402 with its plural
# ("قمرين صناعيين إيرانيين", ar.txt's Soyuz launch); round lang21 added 7 Persian and Portuguese articles written blind
# (lang21.txt: 4 developments, 3 that list nothing): main d5f89a2 reads 6 of them; the branch reads 409 of 451 with the Portuguese
# passive as an event ("foram lançados", [context.lang.pt] events)
# round dev21 added 31 English articles written blind (dev21_en.txt:
# a development beside sentences about tracked claims in loose words, and pages that list nothing): main reads 22 of them
# right (424 of the 475): 427 with a host receiving a visitor a routine contact, "It" after a referent of a tracked
# thing the claim's, a bloc standing beside the other bloc's named claim that claim's and a passive infinitive still
# to come; 428 with "can now" before an active verb the page's present
# merged (lang21 and dev21 on main d5f89a2): 435 of 482, the two rounds' gains added up
# round dev22 added 32 English articles written blind (dev22_en.txt: 17 developments in every shape, 15 pages that
# list nothing): main 85c759a reads 25 of them right (460 of 514): 461 with an event noun after "after" or
# "following" given ("days after the connection of Iran's SEPAM … to Russia's SPFS": preceding_event); 465 with a
# first of its kind an event whatever its verb ("poured the first concrete": first_result)
ARTICLE_FLOOR = 465


def articles() -> list[tuple[str, str, str, str, str, str]]:
    """(file, language, date, headline, text, expectation) per article block (test_probes.blocks reads the
    files); the expectation is "none" or "listed: WORDS" (lines of them, one per development)."""
    return [(name, lang, date, title, text, "\n".join(expect)) for name, lang, date, title, text, expect
            in probe_blocks(ARTICLES)]


def read_right(expectation: str, statements: list[str]) -> bool:
    """Does what was listed for an article meet its expectation ("none", or lines "listed: WORDS": exactly one
    statement listed per line, each line's WORDS mostly held by a statement of its own)?"""
    if expectation == "none":
        return not statements
    wanted = [line.partition(":")[2].strip() for line in expectation.split("\n")]
    left = list(statements)
    for words in wanted:
        match = next((s for s in left if matches_development(s, words)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def test_development_articles_are_well_formed():
    found = articles()
    assert len(found) >= 30
    assert all(e == "none" or all(line.startswith("listed:") and line[7:].strip() for line in e.split("\n"))
               for *_, e in found)
    assert all(title for _, _, _, title, _, _ in found), "every article has its headline"
    assert all(len(text.splitlines()) >= 2 for *_, text, _ in found), "every article has a lead and more"
    langs = {lang for _, lang, *_ in found}
    assert langs >= {"en", "fa", "ru", "ar", "de", "fr", "tr"}
    for lang in ("en", "fa"):
        kinds = {e.split(":")[0] for _, code, *_, e in found if code == lang}
        assert kinds == {"listed", "none"}, lang


@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
def test_development_articles_read_right(catalogue, baseline):
    from claims.analysis import load_encoder_or_none

    encoder = load_encoder_or_none()
    found = articles()
    # one run over every article (each article lists its own developments)
    result = claims.analyze([claims.Article(k + 1, f"http://127.0.0.1/{k}", title, text, date, lang=lang)
                             for k, (_, lang, date, title, text, _) in enumerate(found)],
                            catalogue, baseline, encoder=encoder)
    right, misses = 0, []
    for k, (name, lang, _, title, _, expect) in enumerate(found):
        statements = [d.statement for d in result.new_developments if d.url == f"http://127.0.0.1/{k}"]
        if read_right(expect, statements):
            right += 1
        else:
            misses.append(f"{name} {lang} {title[:60]!r}: expected {expect[:60]!r}, got {statements}")
    print(f"development articles read right: {right}/{len(found)}")
    print("\n".join(misses))
    assert right >= ARTICLE_FLOOR, f"{right}/{len(found)} read right, floor {ARTICLE_FLOOR}:\n" + "\n".join(misses)
