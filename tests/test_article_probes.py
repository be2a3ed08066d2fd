"""Whole articles written for the engine (issue 11): a headline, a lead, quotes and background paragraphs
the way an agency, a wire or a think tank writes them, in tests/probe_articles/*.txt, one article per
file. The sentence probes (tests/test_probes.py) read one paragraph at a time; a real page also has
document context that decides a reading: the headline, the article's parties and countries, old news in
the background, the date of each statement against the page's, who says what.

File format: the first line "@xx YYYY-MM-DD" (the article's language and date), a "T: headline" line,
paragraphs separated by blank lines, and one "=> CLAIM VERDICT [VALUE]" line per expectation anywhere
(VERDICT as in tests/test_probes.py). The test pins how many expectations are read right per language
(FLOORS, raised as kinds are fixed) and prints the misses; `python -m tests.test_article_probes` too."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.languages import LANGUAGES
from claims.nlp import available
from tests.test_probes import blocks, tally as probe_tally

ARTICLES = Path(__file__).parent / "probe_articles"

# English: read right on 2026-12-01 (main 1993158): 2 of 3; the miss is the title "presidents" before two names.
# en8 added 56 articles (wire, agency, think tank, explainer, timeline, live blog, op-ed; every tracked claim, changes
# and restatements): main read 93 of the first 113 expectations; after en8's kinds (docs/ENGINE.md "Whole
# articles"): 114 of 119; en9 added 52 (Iranian and Russian state press in English, Indian, Turkish and Gulf outlets,
# security reporting on drones and missiles, business and parliamentary reporting, a counterfactual analysis, Q&A
# interviews, corrections, briefs, roundups of other countries, officials contradicting each other) and one more: main
# read 191 of 211; after en9's kinds (docs/ENGINE.md "Whole articles, second round"): 202 of 211; en10 added 24 on
# document context (a thing carried to the next sentence by a referent or "it", or not; talks without a cue word; an
# office told by its duties or as vacant; a tenure in the past tense; the parties trading; a generic pact): main
# read 16 of their 28 as first written; after en10's kinds (docs/ENGINE.md "Whole articles, third round"): 225 of
# 239 (the new: 22 of 28); prec11 (docs/ENGINE.md "Precision kinds from whole articles"): 228; trade12 added 15 on
# trade figures (a year, the Iranian year, part-years, other pairs, targets, exports only, a correction): main read
# 251 of 266; after trade12's kinds (docs/ENGINE.md "Trade figures in every language"): 254
# prec12 added 27 on weapons deliveries and the treaty's stages, written blind: main read 253 of 269 (the new: 25 of
# 30); after prec12's kinds (docs/ENGINE.md "Precision on weapons deliveries and the treaty's stages"): 258; its
# second batch of 10: main 9/10, after the model kind 268 of 279; its third batch of 4: main 3/4, after 272 of 283;
# its fourth of 6: main 5/6, after 278 of 289
# the merge of trade12 and prec12 (their articles together): 304 of 316
# en12 wrote 34 articles
# blind (before reading this engine's record or the articles above; the EAEU agreement and the nuclear talks in every
# stage, in outlets and registers of their own): main read 22 of their 40 expectations, 250 of 279 in all; after
# en12's kinds (docs/ENGINE.md "Whole articles, fourth round: written blind"): 260 (the new: 31 of 40)
# the merge of trade12, prec12 and en12: 336 of 356
# off13 wrote 16 articles on the offices (the May 2024 crash and what followed, the change at Russia's defence
# ministry), blind: main read 34 of their 37 expectations; after off13's kinds (docs/ENGINE.md "Office holders in
# every language, written blind"): 35, 371 of 393 in all
# wire14 wrote 39 articles blind in registers not yet written (state media of both countries, Chinese and Indian wire
# English, a sanctions compliance newsletter, a defence-trade register entry, a logistics bulletin, a committee
# summary, a press-conference transcript, a digest, a correction, a five-year recap): main read 80 of their 102
# expectations, 451 of 495 in all; three relabelled to docs/ENGINE.md's conventions (talks under way "confirmed ongoing",
# a restored embargo Russia does not recognise "disputed", land acquisition on the railway "under construction"):
# main 82 of 102; after wire14's kinds (docs/ENGINE.md "Whole articles, fifth round"): 85 of 102, 456 of 495; with a
# replaced holder named without his relative clause and a charge over an office's duties: 86 of 102, 458 of 495 (off13's
# crash wire now right too); with the EAEU agreement "effective since" a date (catalogue `bound`): 87 of 102, 459 of 495;
# with a demonstrative date no object of the verb ("entered into force that October"): 88 of 102, 460 of 495; with "X,
# who replaced the late Y" giving X the office: 89 of 102, 461 of 495
# en15 wrote 34 articles blind on the office holders and the nuclear talks (every way a reporter tells a holder; the
# talks in every state, as news and as recap; hedges, plans, other countries): main 9b8c7d9 read 54 of their 67
# expectations as first written (four talks-under-way labels then turned to "confirmed ongoing", all four misses
# either way), 515 of 562 in all; after en15's kinds (docs/ENGINE.md "Whole articles, sixth round"): 60 of their 67,
# 521 of 562
# en16 wrote 41 articles blind on trade figures (the year's figure as news in every shape, and every way a figure is not
# it), the EAEU agreement and the nuclear talks in every state (54 expectations): main read 35 of them as first written,
# 556 of 616 in all; two "changed stalled" turned to the record's "confirmed stalled" (the record is "stalled"): 36,
# 557; after en16's kinds (docs/ENGINE.md "Whole articles, seventh round"): 43 of 54, 566 of 616
# wf16 wrote 34 articles on a fresh-user walk's three faults (a cue in a reason for a state not reached, the railway
# named without its country and its works in other words, an office given in the active voice and a holder named as
# the one leaving), with near-misses: main fc0a887 read 16 of them, 537 of 596 in all; after wf16's kinds
# (docs/ENGINE.md "Claim-side faults of a fresh-user walk"): 32 of 34, 554 of 596 (and wire14's Gilan railway article)
# merged with en16: 599 of 650
# en17a wrote 45 articles blind on the arms claims (Su-35 in every grammar, S-400 refusals and other buyers, drones in
# Ukraine, Alabuga, Tehran's denial and admission, Fath-360 missiles, the arms embargo's expiry, snapback and Russia's
# rejection, Iran's SCO path, the treaty at each stage, SIPRI's import shares, "Iran's top diplomat" named later by
# surname): main b337339 read 39 of their 56 expectations as first written, 638 of 706 in all; two "changed delivered"
# told by unnamed people or "reportedly" turned to news-dev's "disputed" (main 41); after en17a's kinds (docs/ENGINE.md
# "Whole articles, eighth round"): 45 of 56, 646 of 706 (and two older "top diplomat" articles of en15 and en16)
# en17b wrote 33 articles blind on the Rasht-Astara railway, the Gazprom-NIOC deal and the office holders in registers
# earlier rounds used little (a magazine feature with the news late, press releases, press-conference transcripts,
# Caucasus, Central Asian, Indian and Pakistani outlets, corrections, newsletter bullets, briefs): main b337339 read 31
# of their 46 expectations, 630 of 696 in all; after en17b's kinds (docs/ENGINE.md "Whole articles, eighth round"):
# 38 of 46, 640 of 696 (three older misses read too: the top diplomat named later by surname, twice, and o13's Kazan);
# with an appointee included among a counted object ("approved all nineteen of the nominees, including X as …"): 39, 641
# merged (en17a and en17b each read a title then a family name; en17b's reading kept, en17a's dropped: en17a's live
# blog's foreign minister lost, en17b's Lahore visit and off13's Kazan kept): 685 of 752
# en18b wrote 34 articles blind on pages about many claims at once (roundups, timelines, explainers, live blogs,
# years in review, briefs with background sections, op-eds reciting history, Q&As, transcripts, third countries'
# news with Russia-Iran background; 131 expectations, most restatements): main 211c9da read 109 of them as first
# written, with four false alarms; one expectation dropped (a name with no office on the page) and one turned to
# "disputed delivered" (unverified images of a delivery): 109 of 130, 794 of 882; after en18b's kinds
# (docs/ENGINE.md "Whole articles, tenth round"): 120 of 130, 805 of 882
# en18a wrote 36 articles blind on trade figures, the EAEU agreement and the nuclear talks in state-media and business
# registers (customs releases, chamber statements, TASS, IRNA, Press TV, Interfax, a Gulf daily, a commodity newsletter):
# main 211c9da read 37 of their 53 expectations as first written, 722 of 805 in all (four labels then turned to this
# record's conventions, misses either way); after en18a's kinds (docs/ENGINE.md "Whole articles, eleventh round"): 46 of
# 53, 732 of 805 (and en12's Muscat wire); with a state in a phrase set off on the noun ("…, in force since May 15, 2025,
# … will lift trade"): 47 of 53, 733 of 805
# merged with en18b (2026-12-02): 852 of 935, one less than the two rounds' sum; en18b's reading of "Russia and China
# reject the step as illegal" after a restoration made en18a's timeline read the deal's end disputed, as this record's
# convention has it (docs/ENGINE.md "The snapback contested"; en18a relabelled its other page to it): the timeline's
# expectation turned from changed to disputed: 853 of 935
# en19a wrote 39 articles blind on the arms claims, the treaty and the railway in defence-press, think-tank and
# government registers (48 expectations): main 7db493e read 35 of them as first written, 888 of 983 in all; four
# labels turned to this record's conventions (a recap's treaty "signed in January" is signed, sections handed to a
# contractor after land acquisition are under construction, two refusals told only by unnamed officials confirm
# nothing): 39 of 48, 892 of 983; after en19a's kinds (docs/ENGINE.md "Whole articles, twelfth round"): 44 of 48,
# 898 of 983 (and en17a's S-400 refusal brief)
# en19b wrote 36 articles blind on the office holders, the SCO and pages that name things loosely (election night, an
# obituary, a minister's profile, Kremlin and MFA readouts, transcripts, a podcast, an explainer, South Asian and
# Turkish dailies, a first-person op-ed, a summit declaration; 86 expectations): main 7db493e read 58 of them as first
# written, 911 of 1021 in all; two labels then turned (land acquisition "under construction", a proposal on the eve of
# the vote a plan): 60, 913; after en19b's kinds (docs/ENGINE.md "Whole articles, thirteenth round"): 72 of 86, 927 of
# 1021 (and two older articles: Pezeshkian listed by country)
# merged (lang19, en19a, en19b on main 400cf33): 972 of 1069, the two rounds' gains added up
# en20a wrote 39 articles blind on trade figures told across sentences, the EAEU agreement and the nuclear talks (a
# customs bulletin, an ambassador's Q&A, TV transcripts, a chamber newsletter, a think-tank brief, a committee summary,
# Caspian, Central Asian, Indian, Turkish and Gulf outlets, a correction; 67 expectations): main 95746e6 read 42 of
# them as first written, 1014 of 1136 in all; five labels turned to this record's conventions (talks under way
# "confirmed ongoing", a 2021 round dated before the record "nothing", a stall told by unnamed officials "nochange"):
# 44, 1016; after en20a's kinds (docs/ENGINE.md "Whole articles, fourteenth round"): 58 of 67, 1030 of 1136
# en20b wrote 38 articles blind on the office holders told with time phrases (a date on another noun than the holder,
# past holders told by dates, tenures told by their start) and on Su-35 reports that are no delivery (57 expectations):
# main 95746e6 read 41 of them as first written, 1013 of 1126 in all (every Su-35 one right); two of my labels dropped
# (a past holder's "nochange" on a page naming the current one): 41 of 55, 1013 of 1124; after en20b's kinds
# (docs/ENGINE.md "Whole articles, fifteenth round"): 51 of 55, 1023 of 1124
# merged (en20a, en20b, lang20, walkfix20 on main 95746e6): 1081 of 1191, the two English rounds' gains added up
# en22 wrote 43 articles blind on statements deep in long, tangled syntax (reduced relatives, noun phrases of the act,
# dashes and parentheses, key-facts boxes and bullet lists, captions, live blogs, timelines, Q&As; weighted to trade
# growth, the EAEU agreement, the nuclear talks and Su-35 near-misses; 75 expectations): main 85c759a read 51 of them
# as first written, 1132 of 1266 in all (two Su-35 false alarms); one label turned to this record's convention (Moscow
# calling the restored measures void disputes the deal's end; a miss either way); after en22's kinds (docs/ENGINE.md
# "Whole articles, sixteenth round"): 60 of 75, 1143 of 1266 (and en15's Rome round and en20b's Kazan readout)
# en23 wrote 39 articles blind in the registers of state media in English, Kremlin and MFA readouts, think tanks, trade
# and logistics press and short briefs (weighted to trade growth, the EAEU agreement, the nuclear talks and Su-35
# near-misses; 73 expectations): main e2d3852 read 53 of them as first written, 1196 of 1339 in all; one label turned
# to this record's convention (a halt told hedged is disputed): 54, 1197; after en23's kinds (docs/ENGINE.md "Whole
# articles, seventeenth round"): 61 of 73, 1209 of 1339 (and five older: en22's sixth round and Mokhber, three
# headline growths)
# talks24 wrote 23 articles blind on the nuclear talks told by their sides, place, mediator or envoys, with near-misses
# (Iran's talks with Russia, China, Saudi Arabia and Oman, US-Russia talks, a prisoner swap, the IAEA; en 15, ru 3, fa 3,
# ar 2; 25 expectations): main fe2517c read 9 of them as written (en 6/17), 1215 of 1356 in all; three labels turned to
# this record's convention (a round in a page dated before the record is "nothing"): 12 of 25; after talks24's kinds
# (docs/ENGINE.md "The nuclear talks told by their sides"): 20 of 25 (en 14/17), 1227 of 1356 (and five older: en19b's
# talks with no topic word, en22's Q&A of the fourth round, en23's five rounds, w14's third round, lang21's Shargh halt)
# en24 wrote 43 articles blind in regional and Asian English press, market wires, explainers, timelines, fact-checks and
# corrections (88 expectations): main fe2517c read 62 of them as first written, 1272 of 1428 in all; seven expectations
# dropped (a "nochange"/"nothing" beside a "changed" of the same claim in one article can never be met): 59 of 81, 1269
# of 1421; after en24's kinds (docs/ENGINE.md "Whole articles, eighteenth round"): 72 of 81, 1283 of 1421 (and en23's
# new team: Pezeshkian "since taking office")
# merge of talks24 and en24 (lead, 2026-12-02, fourth session): 1301 of 1438: main's 1209, talks24's 18 and en24's
# 74, so no article was lost to the two branches' interaction
# undated25 2026-12-02 (a page with no date of its own; no articles added): 1301 of 1438 as main 356af0e, the probe
# articles carry a date
# dates25 wrote 43 articles blind on a statement's date and tense against the article's (old dates in relative clauses,
# appositions and "since" phrases around a current holder, recaps in the pluperfect, part-years and the Iranian year,
# growth told as fell/doubled/up from, future in the past, "will not be held", a sentence dated only by its headline,
# fact-checks, timelines; 88 expectations): main 356af0e read 67 of them as first written, 1368 of 1526 in all; four
# of my labels dropped (three "nochange" beside a "changed" of the same claim, a president named without his office):
# 67 of 84, 1368 of 1522; after dates25's kinds (docs/ENGINE.md "Whole articles, nineteenth round: a statement's date
# against the article's"): 72 of 84, 1375 of 1522 (and en15's Moscow letter, wf16's replacer near-miss)
EN_FLOOR = 1375
# dev22 (new developments only, claim reading untouched): 1081 of 1191 and every FLOORS language as before
# walkfix22e 2026-12-02 (a fresh user's second trial, walk22 B, on main 85c759a; no articles added): 1081 of 1191, the
# same expectations read right and wrong as on main (docs/ENGINE.md "The engine readings a fresh user's second trial
# got wrong")

# the other languages
# lang8 2026-12-01 (main 048ac5d: 18, 16, 15, 24 of 56; pt 20 with the lead's holders_left)
# lang9 2026-12-01: 75 whole articles in German, French, Spanish, Italian and Turkish; main d5e841a read de 29/36,
# es 14/19, fr 19/25, it 10/15, tr 20/25 of them (docs/ENGINE.md "Whole articles in German, French, Spanish, Italian
# and Turkish")
# lang10 2026-12-01: 44 more articles in Persian, Portuguese and Russian; main 1c9911b read fa 44/52, pt 34/39, ru 36/42
# of all of them; with lang10's kinds fa 48, pt 37, ru 40, and de 36, es 19, it 15, tr 25 (docs/ENGINE.md "Whole
# articles in Persian, Portuguese and Russian, round three")
# prec11 2026-12-01: ar 21, fa 49, pt 38 (a cost's act, a short denial of the lead's event)
# trade12 2026-12-01: 16 articles on trade figures in ar, de, es, fa, fr, ru and tr; main 69771ce read ar 23/25,
# de 40/40, es 19/21, fa 53/58, fr 28/29, ru 47/49, tr 28/29 of all articles (docs/ENGINE.md "Trade figures in every
# language"); after its kinds ar 25, es 20, tr 29
# prec12 2026-12-01: 11 more (ru 3, fa 2, ar 2, de 2, fr 2), written blind: main read ar 23/23, de 38/38, fr 26/27,
# fa 50/54, ru 43/45 of all; after prec12's kinds fa 51, ru 44; its second batch (ru, fr, de, ar 1 each): ar 23/24,
# de 39, fr 27, ru 45; its third (ru 2, de, fr, ar, fa 1 each): main ru 2/2, ar 1/1, fa 1/1, de 0/1, fr 0/1; after
# ar 24, fa 52, ru 47, de 39, fr 28; its fifth (ru, de, fa, ar one each, no engine change): ar 25, de 40, fa 53, ru 47
# trade12 and prec12 merged: ar 29, de 44, es 20, fa 57, fr 32, pt 38, ru 53, tr 29 of all articles
# lang12 2026-12-01: 28 more articles in Persian and Portuguese, written blind; main 69771ce read fa 61/75, pt 50/54
# of all; with lang12's kinds fa 72, pt 52 (docs/ENGINE.md "One side's ratification in every language; Persian and
# Portuguese, round four")
# the merge of trade12, prec12, en12 and lang12 (the lead): a Majlis vote on a bill's outline (کلیات) is a first
# reading, before the act (prec12's `preliminary`), so lang12's article of that vote expects the signed treaty, not
# ratified; ar 29, de 44, es 20, fa 80, fr 32, pt 52, ru 53, tr 29 of all articles
# off13 2026-12-01: 24 articles on the offices in ar, de, es, fa, fr, it, pt, ru, tr, written blind (the values as
# the engine gives them, the catalogue's names in Latin script): main ddd328d read ar 3/4, de 4/4, es 4/4, fa 10/12,
# fr 3/5, it 3/4, pt 1/2, ru 6/7, tr 2/2 of them; after off13's kinds ar 4, fa 11, fr 4, it 4, pt 2 (docs/ENGINE.md
# "Office holders in every language, written blind"): of all articles ar 33, de 48, es 24, fa 91, fr 36, it 19,
# pt 54, ru 59, tr 31; with Russia's upper house named in Russian as in English (catalogue ru parties) ru 60; with an
# adverb inside the French compound past of dying ("a également péri") fr 37
# lang14 2026-12-01: 43 articles in ru, ar, tr, fa, pt and fr written blind (the treaty in every stage, the nuclear talks'
# rounds, suspension, snapback and end, ministers across sentences, corrections, plans, denials, Hijri datelines): main
# 30ed0e4 read 51 of their 71 expectations as first written, 53 of 75 after relabelling to this record's conventions
# (ar 10/15, fa 6/13, fr 9/10, pt 6/8, ru 14/17, tr 8/12); after lang14's kinds (docs/ENGINE.md "Other languages, blind
# round fourteen") 70 of 75, and one older Persian article: of all articles ar 48, fa 103, fr 46, pt 62, ru 76, tr 42;
# with a bare Russian referent opening a sentence (an older recap of the treaty) ru 77
# lang16 2026-12-01: 63 articles in fa, pt, es, de, it, ru, ar, tr written blind (every tracked claim as news and recap,
# plans, accusations, hedges, corrections, other countries): main f3a5e91 read 69 of their 85 expectations as written
# (ar 7/9, de 7/8, es 7/10, fa 16/20, it 5/6, pt 12/15, ru 7/8, tr 8/9; two talks-under-way labels turned to "confirmed
# ongoing" after, both read so); after lang16's kinds (docs/ENGINE.md "Other languages, blind round sixteen") 82 of 85:
# of all articles ar 57, de 56, es 34, fa 121, it 24, pt 77, ru 85, tr 51; the Iranian year as a period of its own
# was tried and dropped (tests/probes_lang/fa.txt pins it as no change)
# lang17 2026-12-01: 49 articles in ru, fa, ar, tr, fr, de, es, pt, it written blind (every tracked claim as news and
# recap, plans, accusations with the accuser after the verb, denials, hedges, other countries, the Iranian year, roubles):
# main b337339 read 51 of their 60 expectations as written (ar 9/11, de 3/3, es 2/2, fa 11/13, fr 1/2, it 2/3, pt 2/2,
# ru 15/17, tr 6/7; one talks-under-way label then turned to "confirmed ongoing", a miss either way); after lang17's
# kinds (docs/ENGINE.md "Other languages, blind round seventeen") 59 of 60, two older Persian articles of the
# Iranian year and an older French one of the talks; fa_trade_solar.txt now expects the 1403 figure changed (the
# Iranian year is a period of its own, a user expects its figure: it had pinned the old design "nothing"): of all
# articles ar 68, de 59, es 36, fa 136, fr 49, it 27, pt 79, ru 101, tr 58 (613 of 632); its second batch of 13 (ru 4,
# fa 4, ar 3, tr 2), written after reading this record: 16 of 19 as written, 17 after its kinds (the S-400's states in
# Russian, the figure after a year opening the sentence, the Persian deal ended "in effect"): ar 73, fa 140, ru 106, tr 61
# lang18 2026-12-01: 45 articles in fa, pt, ru, ar, tr written blind (every tracked claim as news and recap, plans,
# accusations, denials, hedges, a correction, a Telegram brief, Arabic letters and digits in Persian, a quoted lead,
# other countries): main 211c9da read 57 of their 67 expectations as written (ar 12/13, fa 17/19, pt 11/13, ru 9/12,
# tr 8/10; one talks-under-way label then turned to "confirmed ongoing", a miss either way); after lang18's kinds
# (docs/ENGINE.md "Other languages, blind round eighteen") 66 of 67, and an older Portuguese article of the FTA; its
# second batch of 8 (ru 3, fa 2, ar 1, pt 1, tr 1), written after reading this record: 7 of 9 as written, 9 after its
# kinds (a Russian verbal noun's plan after a long complement, "передала Ирану" for the Su-35s): ar 87, fa 161, pt 94,
# ru 121, tr 72
# lang19 2026-12-02: 48 articles in fr, de, es, it, ar, ru, tr written blind (every tracked claim as news and recap, the
# subjunctive of reported speech, plans, accusations, denials, hedges, other countries): main 7db493e read 94 of their 104
# expectations as written (ar 11/12, de 17/19, es 11/13, fr 25/27, it 16/18, ru 5/6, tr 9/9); five snapback labels were
# then turned to the record's convention (Moscow refusing the snapback disputes the embargo and the deal's end); after
# lang19's kinds (docs/ENGINE.md "Other languages, blind round nineteen") 101 of 104; its second batch of 7 (tr 3, fr, de,
# es, it), written after reading this record: 5 of 9 as written, 9 after its kinds (the Turkish subject set off by a
# comma, a quoted lead naming its subject by a referent), and an older Turkish article of the talks: ar 99, de 79, es 49,
# fr 76, it 45, ru 127, tr 86
# lang20 2026-12-02: 45 articles in fa, ar, ru, tr, pt written blind (the 2024 succession, the treaty's stages, the SCO,
# the EAEU agreement, the railway, the snapback, the arms claims, trade; other countries, denials, plans as near-misses):
# main 95746e6 read 52 of their 70 expectations as written (fa 15/19, ar 10/16, ru 12/14, tr 10/12, pt 5/9); four labels
# turned to the record's values and "reportedly" convention and six snapback labels to "The snapback contested": 54 of
# 70; after lang20's kinds (docs/ENGINE.md "Other languages, blind round twenty") 65 of 70: ar 114, fa 178, pt 103,
# ru 141, tr 96
# lang21 2026-12-02: 32 articles in fa and pt written blind (IRNA, ICANA, Tasnim, Etemad, Shargh, Kayhan, a ministry
# statement, an IRIB bulletin; Folha, G1, Agência Brasil, Valor, Público, Lusa, RTP): main d5f89a2 read 37 of their 42
# expectations as written (fa 24/28, pt 13/14); a railway label turned to the record's land-acquisition convention: 38;
# after lang21's kinds (docs/ENGINE.md "Persian and Portuguese, blind round twenty-one") 40 of 42: fa 204, pt 117
# lang22 2026-12-02: 40 articles in ru, fa, ar, fr, de, tr written blind (TASS, RIA, Kommersant, Interfax, Izvestia, a
# Caspian paper; IRNA, Tasnim, ISNA, Hamshahri, Donya-e-Eqtesad, ICANA, Mehr; Al Jazeera, Asharq Al-Awsat, Al Mayadeen,
# RT Arabic, Anadolu Arabic; Le Monde, AFP, RFI, L'Orient-Le Jour; FAZ, dpa, DW; Anadolu, Hürriyet): main 85c759a read 78
# of their 96 expectations as written (ru 15/16, fa 15/21, ar 15/23, fr 14/16, de 10/11, tr 9/9); three labels turned
# (a slip, two railway items to the land-acquisition convention): 80 of 93; after lang22's kinds (docs/ENGINE.md "Agency
# and press registers in six languages") 85 of 93, and an older Arabic admission (ar_lang20_drones): ar 135, de 89, fa 220, fr 91, ru 156,
# tr 105
# lang24 2026-12-02: 35 articles written blind (fa 11, ru 7, ar 6, pt 4, tr 3, fr 2, es 2: analysis, opinion and economy
# pages, Persian outside Iran's agencies and in official statements): main fe2517c read 50 of their 53 expectations as
# written (fa 15/17, pt 5/6, the rest all); after lang24's kinds (docs/ENGINE.md "Analysis, opinion and economy pages,
# blind round twenty-four") 52 of 53, and four older articles (lang23's Fars acting president, lang19's EFE and
# l14's Hürriyet successor, l16's Corriere "succede a"): ar 156, de 94, es 56, fa 251, fr 100, it 46, pt 123, ru 185,
# tr 117
# merge of talks24 and lang24 (lead, 2026-12-02, fourth session): ar 158, fa 254, ru 187, each the sum of both
# branches' gains over main; the rest as lang24's
# undated25 2026-12-02 (a page with no date of its own; no articles added): unchanged, as main 356af0e
# lang25 2026-12-02: 36 articles in fa, ar, ru, pt, tr, es written blind (the snapback told by its consequences,
# Termination Day, talks that will not be held, rounds in reported speech, IAEA and Russia consultations, the treaty's
# stages, offices told with old dates, "chanceler"/"canciller", acting ministers, titles far from names): main 356af0e
# read 40 of their 65 expectations as written (ar 5/13, es 5/7, fa 14/21, pt 4/7, ru 10/12, tr 2/5); four labels turned
# to the record's convention (a party calling the E3's step void disputes it and the deal's end) and one dropped (a
# name with no office on the page): 40 of 64; after lang25's kinds (docs/ENGINE.md "Other languages, blind round
# twenty-five") 60 of 64: ar 171, es 63, fa 271, pt 129, ru 199, tr 122 (every older article as main)
FLOORS: dict[str, int] = {"ar": 171, "fa": 271, "pt": 129, "ru": 199, "de": 94, "es": 63, "fr": 100, "it": 46,
                          "tr": 122}
# walkfix22e 2026-12-02 (walk22 B; no articles added): unchanged, the same misses as main 85c759a
# lang23 2026-12-02 wrote 36 articles blind (ru 9, fa 8, ar 7, tr 4, fr 3, de 3, es 2: broadcasters' and agencies' short
# items and interviews): main e2d3852 read 56 of their 70 expectations as written; six snapback labels turned to the
# record's convention (a contested snapback is disputed; main 60); after lang23's kinds (docs/ENGINE.md "Broadcasters'
# short items and interviews, blind round twenty-three"): 65 of 70; every language as main or above
# talks24 2026-12-02 wrote 8 of its articles in ru (3), fa (3) and ar (2): main fe2517c read ar 148, fa 235, ru 174 of all
# (1 of 2, 1 of 3, 1 of 3 of its own); after talks24's talks by their sides (languages.toml `talks`): ar 149 (2/2), fa 237
# (2/3, and lang21's Shargh halt), ru 175 (2/3)


def tally(catalogue, baseline, encoder=None, langs: set[str] | None = None) -> tuple[dict[str, list[int]], list[str]]:
    """Per language [right, total], and the misses as printable lines (tests.test_probes.tally, whole files);
    `langs`: only the articles in these languages."""
    return probe_tally(catalogue, baseline, ARTICLES, encoder=encoder, whole=True, langs=langs)


def test_article_files_are_well_formed():
    for name, lang, date, title, text, expect in blocks(ARTICLES, whole=True):
        assert lang == "en" or lang in LANGUAGES, f"{name}: an article without a language read here"
        assert title and "\n" in text, f"{name}: an article needs a headline and more than one paragraph"
        assert expect and all(e.split()[1] in ("changed", "disputed", "confirmed", "nochange", "nothing")
                              for e in expect), f"{name}: no or a malformed expectation"


# One test per language, so that the suite's workers (pytest-xdist, `make test`) share the articles out.
@pytest.mark.skipif(not available("en"), reason="the English spaCy pipeline is not installed")
@pytest.mark.parametrize("lang", ["en", *FLOORS])
def test_articles_read_right(catalogue, baseline, lang):
    from claims.analysis import load_encoder_or_none

    counts, misses = tally(catalogue, baseline, load_encoder_or_none(), {lang})
    print(counts)
    print("\n".join(misses))
    floor = EN_FLOOR if lang == "en" else FLOORS[lang]
    right, total = counts.get(lang, [0, 0])
    assert right >= floor, f"{lang}: {right} of {total} read right, below the floor {floor}:\n" + "\n".join(misses)


def test_every_article_language_has_a_floor():
    assert {lang for _, lang, *_ in blocks(ARTICLES, whole=True)} <= {"en", *FLOORS}


if __name__ == "__main__":
    from baseline.builder import build, load_sources
    from baseline.catalogue import load_catalogue
    from claims.analysis import load_encoder_or_none

    cat = load_catalogue()
    counts, misses = tally(cat, {k: v.to_dict() for k, v in build(cat, load_sources()).items()},
                           load_encoder_or_none())
    print("\n".join(misses))
    print(counts)
