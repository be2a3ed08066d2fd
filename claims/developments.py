"""New developments: claim-like statements about the tracked parties that no tracked claim covers.

A development is an *event statement*, read from the dependency parse of its sentence:
- its predicate is a verb of an event kind the catalogue names (the verbs of its [context].developments
  examples and of its claims' cues: event_kinds); any other dynamic verb (not one of being, having, saying
  or thinking: the stative/reporting lemma sets below are English grammar, not domain vocabulary) must be
  closer in meaning to the examples (OPEN_THRESHOLD); the predicate has a subject the parse found;
- in the article's own time: past, present or present perfect; not a plan (modal, "expected to"), not negated,
  hedged or denied (claims.grammar.read_stance), not a recap (past perfect, "since 2022", "has long", or a
  date well before the article's);
- the tracked parties take part in it: a party is named among the predicate's own arguments (subject,
  object, passive agent, prepositional objects — not in a clause of its own), the other party in the sentence,
  the one before it or the headline, and no country outside the parties is its subject or passive agent
  ("Iran, Russia and China began …" is a multilateral event, "… was sanctioned by the U.S." another's act);
- not a routine contact (the catalogue's [context].routine: meetings, calls, visits);
- or an event named by a noun under a factive predicate ("confirmed the delivery of …": nominal_event), or
  a party's stated openness to something no tracked claim covers ("is open to building new nuclear power
  plants …": offer_event; words: [context.lang.xx] `offers` with an `untracked` thing named);
- on the sentence's own line of clauses, not inside a noun phrase ("the claim that …": asserted_clause);
- not a statement about a tracked claim: a sentence the claim reader read for a claim belongs to that claim
  (claims.analysis passes only sentences without such readings, semantic ones included), so does one that
  names a claim's topic or points back to it (reader.topic_score; "the treaty" in an article that states the
  treaty claim), and one as close in meaning to a claim's states as a restatement is (claims.embed) — unless
  it coordinates the claim's subject with a thing no claim covers ([context.lang.xx] `untracked`: "drones and
  ballistic missiles"): that conjunct is a statement of its own (untracked_conjunct), in every language; in
  English also a clause coordinated with the claim's that names no tracked subject and points back to none
  ("… delivered the jets and launched a satellite": own_clause), scored by its own words.
The candidates left are ranked by closeness in meaning to the catalogue's [context].developments examples;
an article lists at most one, a full sentence before a headline fragment.

Pages in other languages (no parser for them is installed: spaCy's registry has no Russian, Persian or Arabic
pipeline that ships its model, stanza and UDPipe download theirs at run time) are read by words, the same
way for every language (words_candidate): a sentence that names both parties itself (or "the two countries"
with both named around it), with an event word of the catalogue's [context.lang.xx] `events` (forms that say
it happened), asserted and in the article's own time by the language's function words (claims.languages.
stance: not negated, planned, hedged, denied or past; no `background` word; no date more than
WORDS_RECAP_DAYS before the article, a month named without its year included: recap_date), naming no third
country (one after a `location` word, "in der Ukraine", is the event's place: third_countries), not about a
tracked claim (the claim reader's topic words in that language; untracked_conjunct as above), and not the headline
of a page that states a tracked claim. It scores UNSCORED (the sentence encoder reads English only).
Document context in that reading: a place word ([context.lang.xx] `there`: "Dort", "là-bas") stands for the
party the sentence before names after a `location` word ("… genauer im Iran. Dort soll Russland …":
place_parties); in a language whose news implies a party (Persian: Iran), the other party named after a
`partner` word ("… با روسیه امضا شد": signed with Russia) names both (implied_partner). A reported past
([context.lang.xx] `reported`: "soll … bestellt haben", "aurait commandé") is listed as it stands, its modal in
its words; the same modal with an infinitive is a plan (reported_past). A line the splitter left holding more
than one sentence is judged by the event's own sentence (own_sentence), which is what is listed.
In English a hedge that is only the reporter ("…, Iranian media reported": source_only) or a raising verb with a
perfect ("is said to have ordered": reported_perfect) lists the development as reported; doubt ("claimed",
"reportedly") and possibility ("may") do not; a party acting with a third country in another clause ("Russia
and Turkey signed …, while Iran launched …") is not in the other party's event (others_with_third_country).
English sentences quoted inside such a page are parsed as above.
A party's standing in a bloc the other party belongs to (the catalogue's [context.members]: "Iran joined BRICS",
"Iran's new observer status in the EAEU") is an event of both parties when the article names the other one
(bloc_parties, standing_in_bloc); a membership lasts, so its date is no recap, but the article's own news ranks
before a standing dated earlier (Candidate.stale). Of two statements of one event, one naming a thing no claim
covers is listed first.
Whole pages (tests/development_articles): a wire's dateline opening the lead is blanked for the parse
(parsed_text); a past temporal clause ("after the link was launched") states its event whatever the main clause's
modal (presupposed); "can now" is a possibility that has just begun (newly_able), ranked after the act that made
it possible; a month after "from"/"until" with no year is no recap date (onset_month), years counted back and "last
year" are; several documents counted are no restatement of a claim about one thing (several_things); a party may
be named by its state company or agency ([context.bodies]: body_parties), which the encoder reads as the party;
the page's headline is read when none of its sentences states a development and the page states no tracked claim
(headline_candidate); Persian phrases match without their zero-width non-joiner (spellings).
An event noun is the statement's event under a factive predicate that hails, marks or confirms it, as its object,
passive subject or active subject ("The signing of … was hailed by …", "The launch of … marked …": nominal_event,
tried before the factive verb is read as an event of its own); a country after a preposition of a route ("…
through Azerbaijan") is the way a thing takes, not a party (acting); a party named around the sentence only
joined to a third country ("Russia and Kazakhstan began a drill. Iran sent an observer …") is not there as the
other party (partnered_elsewhere); a place entity the gazetteer does not know counts as a third party only among
the subject's actors, not in a phrase about it ("a line linking the port of Astrakhan with Bandar Anzali":
actor_tokens). Read by words, a routine word in the two words after the event word ([context.lang.xx] `routine`:
"договорились продолжить консультации", agreed to continue consultations) makes the event a routine contact. A present with "now" and no modal is a state that has just begun, like "can
now" ("Russian Mir cards are now accepted at …": newly_able); an event dated more than a month before the page
ranks after the page's own news ("The agreement was signed in Tehran in September" below "The Duma on Tuesday
ratified …": dated_before, Candidate.stale).
A party's city or port ([context.cities]) names it as the place of an event of the other party the sentence names
("La compagnie Aeroflot a repris … ses vols directs entre Moscou et Ispahan": body_parties), as does a city of the
other party (the two ends of a route: "three weekly flights between Mashhad and Kazan"); alone it names none.
A tracked claim's subject named only as what is made ("the drone's production stages now occur at Russian
facilities": made_only) is where the thing is made, no statement of the claim; an estimate over a figure is the
figure's, no hedge (estimated_figure). Read by words, a state's accusation of a party naming a thing no claim covers
([context.lang.xx] `accused`: "ont accusé … de") is listed, its accuser its source, a concessive clause before it
(languages.toml `concessive`) not its stance; an event's noun with the verb closing its clause after long titles
([context.lang.xx] `nominal`: "رزمایش … اجرا شد") is an event.
A party's state body beside the party's own name is the party's ("Russia's Rosatom and Iran Hormoz … signed": not
a third party the tagger took for a place; body_parties `named`); "until now", "so far", "to date" tell the state
before the news (LEXICON `hitherto`, background); a plain future ("will") fixed to a day or month ahead of the page,
within AHEAD_DAYS, is an announcement of a dated arrangement (announced_ahead: "The navies … will hold a joint
search-and-rescue exercise … in late July"), unlike "will … by 2030" or "could … in July"; a repeated act ("every
few months", "each year", "regularly": habitual) is no event. Read by words, a country within ROUTE_WORDS of a
[context.lang.xx] `route` word is the way a thing takes, not a third party ("از طریق جمهوری آذربایجان", "Kazakistan
ve Türkmenistan üzerinden": third_countries). A claim's topic word compounded with an office noun of the catalogue's
`officials` is that office's portfolio, not the claim's subject ("The house was inaugurated by … Iran's deputy trade
minister": portfolio_only); one carrying a field of its own after "on" or "about" is another document of its kind
("ratified a treaty with Iran on the extradition of …": own_field). A place a party owns ("The Astrakhan region of
Russia and Iran's Gilan province signed …": party_places) is no third country; a span of years reaching back to now
("over the past decade") is a recap.
The encoder also reads the event's own clause (event_core: its subject, verb and objects, no day, reporter or aside
set off by a comma; a party's institution named by the party read as the party: "the Iranian Fisheries Organization
and Russia's Federal Agency for Fishery signed …" as "Iran and Russia signed …"), which may lift a statement of a known
kind over the threshold while the page's statements still rank by their whole sentence; a date in the standard of a
comparison ("41 percent more than in the same period of last year", "up from about 5,000 three years ago":
comparison_spans) is the base the news is measured against, no recap, and a year or month named alone ends with its
period ("in the first nine months of 2025": period_end); a kind's habit in the simple present ("Iranians travel to
Moscow …, and Russians come to us …": generic_present) is no event; the catalogue's `[context.lang.en] events` are
English event verbs beyond the examples' ("has won a tender", "was selected", "docked"), known kinds whatever their tense.
A quantity claim is stated by a figure: a sentence naming its subject with none ("signed an agreement to settle their
trade in rials and roubles": with_figure) is about something done to it, which may be a development; a present
progressive ("Iran and Russia are building their payment links": ongoing) is a process under way, ranked after the
page's dated act.
Precision comes from demanding both parties in the sentence: the parse's argument structure is not there to
tell a participant from a mention.

Source of the grammar: spaCy's en_core_web_sm labels (ClearNLP dependency labels, Penn Treebank tags);
the stative/dynamic distinction is Vendler's (1957) aktionsart classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from claims.catalogue import Catalogue
from extractors.language import detect_language
from claims.compare import ArticleRef
from claims.embed import encode_fixed
from claims.grammar import LEXICON as STANCE_LEXICON, own_field, read_stance
from claims.entities import countries_in
from claims.languages import DIGITS, SOLAR_MONTHS, english_part, for_language, month_names, word_pattern, \
    stance as language_stance, \
    statement_date as language_date
from claims.nlp import PipelineUnavailable, parse
from claims.reader import ARABIC_LETTER, DATELINE, MARKS_OPTIONAL, Context, find_phrases, fold, topic_score
from claims.statements import statement_date
from claims.values import entity_dates, find_dates

# Per-language grammar of event statements (English; other languages join when a pipeline reads them).
LEXICON: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        # verbs of state, possession, perception, cognition and relation: they tell how things are, not
        # what happened (Vendler's states)
        "stative": frozenset({"be", "have", "remain", "seem", "appear", "look", "sound", "feel", "know",
                              "understand", "mean", "include", "contain", "consist", "comprise", "involve",
                              "represent", "reflect", "constitute", "concern", "depend", "belong", "lie",
                              "exist", "matter", "deserve", "need", "want", "wish", "hope", "like", "love",
                              "prefer", "see", "view", "regard", "consider", "continue", "keep", "stand",
                              "follow", "mark", "underline", "highlight", "show", "demonstrate", "illustrate",
                              "indicate", "signal", "suggest", "remind", "recall", "describe", "call", "term",
                              "name", "face", "welcome", "praise", "thank", "condemn", "criticize",
                              "criticise", "urge", "warn", "express", "emphasize", "emphasise", "reiterate",
                              "point", "do", "make", "get", "say",
                              # anticipation: what is expected or planned has not happened ("are expected
                              # to sign")
                              "expect", "plan", "intend", "anticipate", "predict", "forecast", "seek"}),
        "reporting": STANCE_LEXICON["en"]["say"] | STANCE_LEXICON["en"]["doubt"] | STANCE_LEXICON["en"]["denial"],
        # adjectives of a disposition to act: "is open to building …" (an offer)
        "offer": frozenset({"open"}),
        # factive predicates: their object's event is taken as given ("confirmed the delivery of …")
        "factive": frozenset({"confirm", "announce", "welcome", "hail", "praise", "celebrate", "mark",
                              "acknowledge", "note", "complete", "witness", "applaud", "commend", "salute",
                              "finalize", "finalise"}),
        # words that make a noun a new state of things ("Iran's new observer status"): under a factive
        # predicate an event, when the noun is a thing no tracked claim covers (Candidate.things)
        "novel": frozenset({"new", "newly", "fresh"}),
        # factive predicates that fix a prospect: "confirmed the upcoming delivery of …" (an arrangement made)
        "fixing": frozenset({"confirm", "finalize", "finalise"}),
        # words that make an event noun a prospect, not an event ("the upcoming delivery")
        "prospective": frozenset({"upcoming", "planned", "future", "expected", "possible", "proposed",
                                  "potential", "prospective", "imminent", "forthcoming", "scheduled", "likely",
                                  "anticipated", "intended", "eventual"}),
        # words joining two conjuncts ("drones and missiles")
        "and": frozenset({"and", "or", "as well as"}),
        # prepositions of a route: a country after one is a way through, not a party ("a power line linking the
        # grids of Iran and Russia through Azerbaijan was switched on")
        "route": frozenset({"through", "via", "across"}),
        # words that open the temporal clause of a fact the main clause builds on ("cards can now be used after
        # the link was launched"): its event is presupposed, whatever the main clause's modality
        "presupposing": frozenset({"after", "since", "once", "when", "as", "now"}),
        # a modal of ability with an adverb of the present: a possibility that has just begun ("Mir cards can now
        # be used at Iranian ATMs": a new state of things, not a plan)
        "ability": frozenset({"can"}),
        # the modal of a plain future: an announcement of what will happen on a day or in a month ahead ("the
        # navies will hold a joint exercise in late July": announced_ahead), not of what may, could or should
        "will": frozenset({"will", "'ll", "shall"}),
        # words of a repeated act: what happens "every few months", "each year" or "regularly" is a habit, the
        # way things go, not an event of the page's days (habitual)
        "habitual": frozenset({"every", "each", "often", "usually", "regularly", "routinely", "frequently",
                               "repeatedly", "always", "periodically", "habitually"}),
        "now": frozenset({"now"}),
        # verbs of a host receiving a visitor ("received the commander of Iran's navy"): with a person as the
        # object a contact of the routine kind (hosting), with a thing an event ("received the first jets")
        "hosting": frozenset({"receive", "host", "greet"}),
        # words that set when an arrangement starts or ends ("waive visas from December", "until March"): a
        # month after one of them with no year written is no date of the statement, which may be before it
        "onset": frozenset({"from", "starting", "beginning", "as of", "effective", "until", "till", "by"}),
        # nouns of making: a tracked claim's subject named only as what is made ("the drone's production stages
        # now occur at Russian facilities", "production of the Iranian drone has moved to a Russian plant") is the
        # subject of where and how it is made, which no claim about its transfer covers (made_only)
        "production": frozenset({"production", "manufacture", "manufacturing", "assembly", "output", "making",
                                 "fabrication"}),
        # markers of a recap: "since 2022", "has long supplied", "had signed"
        "background": frozenset({"since", "long", "formerly", "previously", "once", "traditionally",
                                 "historically"}),
        # phrases of the state of things up to the page's news, which the news ends or contrasts with ("Until now
        # Russian LPG reached Iran only by rail"): what held before, a recap
        "hitherto": frozenset({"until now", "till now", "up to now", "up until now", "until then", "so far",
                               "to date", "hitherto"}),
        # words that open the standard of a comparison ("41 percent more than in the same period of last year", "up
        # from about 5,000 three years ago"): a date there is the base the news is measured against, not its time
        "comparison": frozenset({"than", "up from", "down from", "compared with", "compared to", "versus"}),
        # adjectives of a first of its kind: a subject or object with one is the first result of a new thing
        # ("poured the first concrete", "the first train left": first_result)
        "first": frozenset({"first", "maiden", "inaugural"}),
        # prepositions of what came just before: the event noun after one is given (preceding_event)
        "preceding": frozenset({"after", "following"}),
        # spans of time that put what came before out of the page's days ("two years after the launch")
        "long_spans": frozenset({"year", "years", "month", "months", "decade", "decades"}),
    },
}
# the predicate's own arguments (ClearNLP labels); clauses of their own are not followed
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "prep", "attr", "oprd", "pobj",
                       "npadvmod", "pcomp", "xcomp", "acomp"})
OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "mark"})
# a predicate the parse puts under another verb that is still the statement's event: "said Iran signed",
# "signed and launched", "were made possible by linking"
EVENT_HEADS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "pcomp"})

NEW_DEV_THRESHOLD = 0.42
# an event of a kind the catalogue does not name needs to be this close in meaning to its examples
OPEN_THRESHOLD = 0.65
# the score of a statement no encoder reads (no encoder, or a language it was not trained on): above
# NEW_DEV_THRESHOLD, since the grammar alone admitted it
UNSCORED = 0.5
MAX_NEW_PER_ARTICLE = 1   # an article's development is its main event; more were elaborations of it
COVERED_SIMILARITY = 0.65
# A sentence dated this long before its article recounts background, not news.
BACKGROUND_DAYS = 183
# Characters between a tracked claim's subject and a thing coordinated with it ("drones and ballistic
# missiles", "Drohnen und neue Raketen aus eigener Produktion"): a conjunction and a few words.
CONJUNCT_REACH = 30
# Words after an event word read by words that say what it is about: a routine word there makes it a routine
# contact ("договорились продолжить консультации": agreed to continue consultations; [context.lang.xx] routine).
ROUTINE_REACH = 2
# A sentence read by words (no parse tells its tense) dated this long before its article is a recap.
WORDS_RECAP_DAYS = 31
# Words between an event's noun and the verb closing its clause ([context.lang.xx] `nominal`: "رزمایش … اجرا شد"):
# a verb-final clause holds the long titles of everyone who took part (a navy, a fleet, a day and a Solar Hijri
# date: 25 words in one clause), and the clause ends at a comma, semicolon or colon
NOMINAL_REACH = 30
MIN_CHARS, MAX_CHARS = 40, 400


@dataclass
class Candidate:
    """A sentence that may state a development: `sentence` is its index in the article's Context, `parties`
    the (start, end) offsets in it of each party's name, `near` the parties named around it."""
    statement: str
    article: ArticleRef
    sentence: int = 0
    parties: tuple[tuple[str, int, int], ...] = ()
    near: frozenset[str] = frozenset()
    ref: date | None = None
    lang: str = "en"
    span: tuple[int, int] = (0, 0)   # the event's predicate in the statement, once read
    verb: str = ""
    known: bool = True               # the predicate is of an event kind the catalogue names
    # head nouns of the tracked claims the article states ("treaty"): "the treaty" then points back to one
    covered: frozenset[str] = frozenset()
    # (start, end) of words naming both parties together ("the two countries"; [context.lang.en] pair)
    pairs: tuple[tuple[int, int], ...] = ()
    # read by words (a language with no parser: words_candidate), not from a parse; no encoder scores it
    by_words: bool = False
    # names a thing no tracked claim covers ([context.lang.xx] `untracked`, untracked_things): its closeness in
    # meaning to a tracked claim's states is no restatement of it ("trainer jets" beside "fighter jets")
    things: bool = False
    # (start, end) of a tracked claim's subject in the statement: only a clause of its own that names none of
    # them may state a development ("delivered the jets and launched a satellite"); `scored` is then that
    # clause's words, which the encoder reads instead of the statement
    tracked: tuple[tuple[int, int], ...] = ()
    scored: str = ""
    # (party, start, end) of place words standing for a party the sentence before names as a place
    # ("… to Iran. There, Moscow …": place_parties)
    places: tuple[tuple[str, int, int], ...] = ()
    # the sentence names a bloc of a party only the article names ("Iran joined BRICS": bloc_parties): a
    # party's standing in the other's bloc, which lasts, so its date is no recap
    standing: bool = False
    # a standing dated before the article's own days (listed all the same): the article's own news ranks first
    stale: bool = False
    # the event's object is counted, several of a kind ("signed eight cooperation documents"): no restatement of
    # a claim about one thing (a treaty, a contract) however close its words are (several_things)
    several: bool = False
    # the page's headline, read when no sentence of the page states a development of the parties
    headline: bool = False
    # names no party, right after a sentence naming both: only an agentless passive of an example's kind may
    # be their event ("A memorandum … was signed at the end of the meeting": implicit_event)
    implicit: bool = False
    # the event is a possibility that has just begun ("cards can now be used": newly_able), the consequence of
    # the development: the article's statement of the act that made it possible ranks first
    consequence: bool = False
    # the event's object is a bare definite noun ("took part in the drill"): a thing given before, so the sentence
    # elaborates an event the page told earlier, which ranks first (pointed_back)
    elaboration: bool = False
    # the event is a present progressive ("Iran and Russia are building their payment links"): a process under
    # way, the page's background, which ranks after an act the page dates (ongoing)
    ongoing: bool = False
    # the event's own clause (event_core: its subject, verb and what it is done to, without the adjuncts set off by
    # commas, the reporter or the day), a named institution of a party read as the party: the encoder reads it
    # beside the whole sentence, whose dates, sources and asides dilute what happened
    core: str = ""


@dataclass(frozen=True)
class Event:
    """The event a statement reports: its predicate (lemma, offsets in the statement) and the parties
    named among the predicate's arguments."""
    lemma: str
    start: int
    end: int
    participants: frozenset[str]
    known: bool = True   # of an event kind the catalogue names
    consequence: bool = False  # a possibility that has just begun (newly_able)
    made: bool = False  # about where or how a tracked claim's subject is made, not the claim (made_only)


def development_candidate(ctx: Context, i: int, article: ArticleRef, catalogue: Catalogue,
                          lang: str = "en", read: bool = False) -> Candidate | None:
    """The cheap character-level prefilter: a sentence naming a party (or "the two countries"), with every
    party named in it, the sentence before or the headline; of a statement's length; not a question; not
    dated as background. The parse decides the rest (read_events). A sentence of another language than
    English goes to words_candidate. `read`: the claim reader read the sentence for a tracked claim; then
    only an untracked conjunct ("drones and missiles") or, in English, a clause naming no tracked subject
    beside the one that does (Candidate.tracked) may state a development."""
    text = ctx.sentences[i].text
    blocs = bloc_parties(ctx, i, catalogue)
    bodies = body_parties(ctx, i, catalogue)
    own = ctx.parties[i] | set(bodies)
    near = own | (ctx.parties[i - 1] if i else set()) | ctx.title_parties | set(blocs)
    near -= partnered_elsewhere(ctx, i, catalogue, own | set(blocs), lang)
    # a sentence of another language is read by words (no parser for it); an English one quoted in the page
    # is parsed (the language detector runs only on what could be an English candidate: ~0.4 ms a sentence)
    english = lang == "en" or (own and set(catalogue.parties) <= near
                               and MIN_CHARS <= len(text) <= MAX_CHARS
                               and english_part(text) and detect_language(text) == "en")
    if not english:
        if read and not untracked_conjunct(ctx, i, for_language(catalogue, lang), lang):
            return None
        return words_candidate(ctx, i, article, catalogue, lang)
    folded = ctx.folded[i]
    # "the two countries" ([context.lang.en] pair) names both parties when both are named around it
    pair = find_phrases(folded, development_words(catalogue, "en")["pair"]) \
        if set(catalogue.parties) <= near else []
    # a sentence naming no party right after one that names both ("Iranian and Russian officials met in Tehran.
    # A memorandum on rail freight was signed at the end of the meeting."): a passive with no agent there is
    # theirs (event_of)
    implicit = not (own or pair) and bool(i) and set(catalogue.parties) <= ctx.parties[i - 1]
    if not (own or pair or implicit) or not set(catalogue.parties) <= near:
        return None
    if len(text) < MIN_CHARS or len(text) > MAX_CHARS or text.rstrip().endswith("?"):
        return None
    if is_background(ctx, i) and not blocs:
        return None
    tracked: tuple[tuple[int, int], ...] = ()
    if (read or about_tracked_claim(ctx, i, catalogue)) and not untracked_conjunct(ctx, i, catalogue, "en"):
        tracked = tuple(sorted((s, e) for claim in catalogue.claims if claim.type != "person"
                               for s, e, _ in find_phrases(folded, claim.topic)))
        if not tracked or pointed_claim(ctx, i, catalogue):
            # about a claim its words do not name ("these jets"; "It came into effect …" after "The pact was
            # signed …"): all of it is the claim's, whatever other claim's words it names besides
            return None
    spans = tuple(sorted((name, s, e) for name, aliases in ctx.party_aliases.items()
                         for s, e, _ in find_phrases(folded, aliases))
                   + [(name, s, e) for found_by in (blocs, bodies, body_parties(ctx, i, catalogue, named=True))
                      for name, found in found_by.items() for s, e in found])
    places = tuple(sorted((name, s, e) for name, found in place_parties(ctx, i, catalogue, "en").items()
                          for s, e in found))
    # the encoder knows countries, not their companies: it reads the party's name for a body's ("Russia and the
    # AEOI signed …" for "Rosatom and the AEOI …")
    scored = text
    for name, s, e in sorted(((n, s, e) for n, found in bodies.items() for s, e in found), key=lambda x: -x[1]):
        scored = scored[:s] + catalogue.parties[name][0] + scored[e:]
    if implicit:  # the parties of the sentence before, named for the encoder as the sentence's own
        scored = " and ".join(catalogue.parties[name][0] for name in sorted(catalogue.parties)) + ": " + scored
    return Candidate(text, article, i, spans, frozenset(near), ctx.ref, lang,
                     scored=scored if bodies or implicit else "",
                     pairs=tuple(sorted((s, e) for s, e, _ in pair)),
                     things=untracked_things(ctx, i, catalogue, "en") or standing_in_bloc(ctx, i, catalogue, "en"),
                     tracked=tracked, places=places, implicit=implicit,
                     standing=bool(blocs), stale=bool(blocs) and is_background(ctx, i))


def headline_candidate(ctx: Context, article: ArticleRef, catalogue: Catalogue, lang: str = "en") -> Candidate | None:
    """The page's English headline as a statement that may state a development ("Russia delivers first Mi-28
    attack helicopters to Iran", its lead naming neither party: "The first batch … landed at an air base …"),
    or None: both parties named in it (by name or state body), no tracked claim's topic named, not a question.
    Headline grammar (a present for the past, "to" for the future) is the parse's; the page's sentences rank
    before it (a fragment), and a page that states a tracked claim does not list its headline (read_events)."""
    title = (article.title or "").strip()
    if lang != "en" or not title or len(title) > MAX_CHARS or title.endswith("?"):
        return None
    folded = fold(title)
    spans = [(name, s, e) for name, aliases in ctx.party_aliases.items() for s, e, _ in find_phrases(folded, aliases)]
    bodies = catalogue.extra.get("bodies", {})  # type: ignore[union-attr]
    if isinstance(bodies, dict):
        spans += [(name, s, e) for name, names in bodies.items() for s, e, _ in find_phrases(folded, tuple(names))]
    named = {name for name, _, _ in spans}
    if not set(catalogue.parties) <= named:
        return None
    if any(find_phrases(folded, claim.topic) for claim in catalogue.claims if claim.type != "person"):
        return None  # the headline of a tracked claim's news
    # a thing no claim covers ("attack helicopters"; the headline names no claim's topic)
    things = bool(find_phrases(folded, development_words(catalogue, lang)["untracked"]))
    return Candidate(title, article, -1, tuple(sorted(spans)), frozenset(named), ctx.ref, lang, things=things,
                     headline=True)


def partnered_elsewhere(ctx: Context, i: int, catalogue: Catalogue, own: set[str], lang: str) -> set[str]:
    """The parties the sentence does not name whose every mention around it (the sentence before, the headline)
    is joined by a conjunction to a third country ("Russia and Kazakhstan hold a joint naval drill … Iran sent
    an observer to the drill"): there that party acts with another country, which is no event of the two
    parties'."""
    joined = conjunctions(lang)
    out = set()
    for name in set(catalogue.parties) - own:
        sources = ([ctx.sentences[i - 1].text] if i and name in ctx.parties[i - 1] else []) + (
            [ctx.title] if name in ctx.title_parties else [])
        if sources and all(partnered(text, ctx.party_aliases[name], joined, ctx) for text in sources):
            out.add(name)
    return out


def partnered(text: str, aliases: tuple[str, ...], joined: re.Pattern[str], ctx: Context) -> bool:
    """Is every mention of a party in `text` joined by a conjunction to a third country's name right before
    or after it ("Russia and Kazakhstan", "Kazakhstan and Russia")?"""
    folded = fold(text)
    spans = find_phrases(folded, aliases)
    if not spans:
        return False
    after_pattern, before_pattern, ends_joined = joined_neighbours(joined.pattern)
    for start, end, _ in spans:
        after = after_pattern.match(folded[end:])
        # the words before a conjunction that ends the text: searching for them costs a scan that retries one to
        # three words at every position, so only when the text does end with a conjunction
        before = before_pattern.search(folded[:start]) if ends_joined.search(folded[:start]) else None
        # the words themselves, as written (the gazetteer reads names with their capitals)
        words = " ".join(([text[end + after.start(1):end + after.end(1)]] if after else [])
                         + ([text[before.start(1):before.end(1)]] if before else []))
        if not (words and countries_in(words, ctx.places) - ctx.party_countries):
            return False
    return True


@lru_cache(maxsize=64)
def joined_neighbours(joined: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For partnered, compiled once per conjunctions pattern: a conjunction and one to three words after it (at
    the start of a text); one to three words and a conjunction ending the text; a conjunction ending the text."""
    return (re.compile(rf"\s*(?:{joined})\s*((?:[\w'’-]+\s*){{1,3}})"),
            re.compile(rf"((?:[\w'’-]+\s*){{1,3}})(?:{joined})\s*$"),
            re.compile(rf"(?:{joined})\s*$"))


def development_words(catalogue: Catalogue, lang: str) -> dict[str, tuple[str, ...]]:
    """The catalogue's [context.lang.xx] words for `lang`: {"events", "pair", "background": phrases}, each
    empty when the catalogue has none for the language."""
    table = catalogue.extra.get("context_lang", {})  # type: ignore[union-attr]
    words = table.get(lang, {}) if isinstance(table, dict) else {}
    return {k: spellings(tuple(words.get(k, ()))) for k in ("events", "pair", "background", "untracked", "location",
                                                           "offers", "there", "reported", "partner", "announced",
                                                           "routine", "nominal", "accused", "route")}


_ZWNJ = "\u200c"


@lru_cache(maxsize=None)
def spellings(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases with each one's other spellings of a zero-width non-joiner (Persian "راه‌اندازی"): pages often
    drop it, gluing the parts ("راهاندازی"), or write a space. Unicode's ZWNJ (U+200C) joins nothing visible, so
    the three spellings are one word."""
    out = list(phrases)
    for phrase in phrases:
        if _ZWNJ in phrase:
            out += [phrase.replace(_ZWNJ, ""), phrase.replace(_ZWNJ, " ")]
    return tuple(dict.fromkeys(out))


def body_parties(ctx: Context, i: int, catalogue: Catalogue, named: bool = False) -> dict[str, list[tuple[int, int]]]:
    """The parties sentence `i` names by one of their state companies or agencies (the catalogue's
    [context.bodies]: "Rosatom and Iran's AEOI signed …" names Russia) or by one of their cities or ports as the
    place of an event of another party the sentence names ([context.cities]: "Aeroflot resumed its flights between
    Moscow and Isfahan" names Iran), and not by name. Returns {party: [(start, end) of those names in the folded sentence]}; {} when the catalogue
    lists none. `named`: the state bodies of the parties the sentence does name ("Russia's Rosatom and Iran Hormoz
    … signed": Rosatom is Russia's as much as its name is, not a third party the tagger took for a place)."""
    out: dict[str, list[tuple[int, int]]] = {}
    cities: dict[str, list[tuple[int, int]]] = {}
    for key in ("bodies",) if named else ("bodies", "cities"):
        table = catalogue.extra.get(key, {})  # type: ignore[union-attr]
        if not isinstance(table, dict):
            continue
        for party, names in table.items():
            if (party in ctx.parties[i]) != named:
                continue
            # Persian names with or without their zero-width non-joiner ("روس‌کاسموس", "روسکاسموس": spellings)
            found = [(s, e) for s, e, _ in find_phrases(ctx.folded[i], spellings(tuple(names)))]
            if found:
                (out if key == "bodies" else cities).setdefault(party, []).extend(found)
    # a city is the place of an event the sentence's other party takes part in: it names its party only beside
    # another party the sentence names, by name, state body or a city of its own ("three weekly flights between
    # Mashhad and Kazan": the two ends of a route); "The first batch landed at an air base near Isfahan" names none
    for party, found in cities.items():
        if (ctx.parties[i] | set(out) | set(cities)) - {party}:
            out.setdefault(party, []).extend(found)
    return out


def article_parties(ctx: Context) -> frozenset[str]:
    """The parties the article names in its headline or any sentence. Asked for every sentence (bloc_parties):
    computed once per page (the union over all sentences each time made a long page's reading grow with the
    square of its sentences, perf21), again when the page's parties were set anew."""
    title = frozenset(ctx.title_parties)
    cached = getattr(ctx, "_article_parties", None)
    if cached is None or cached[0] is not ctx.parties or cached[1] != title:
        cached = (ctx.parties, title, title.union(*ctx.parties))
        ctx._article_parties = cached  # type: ignore[attr-defined]
    return cached[2]


def bloc_parties(ctx: Context, i: int, catalogue: Catalogue) -> dict[str, list[tuple[int, int]]]:
    """The parties sentence `i` stands for by naming a bloc they belong to (the catalogue's [context.members]:
    "Iran joined BRICS", "Iran's observer status in the EAEU"): a party the sentence does not name itself but
    the article does (its sentences or headline: document context), so the sentence relates the other party
    to that party's bloc. Returns {party: [(start, end) of the bloc's names in the folded sentence]}; {} when
    the catalogue lists no blocs."""
    members = catalogue.extra.get("members", {})  # type: ignore[union-attr]
    if not isinstance(members, dict) or not members:
        return {}
    in_article = article_parties(ctx)
    out: dict[str, list[tuple[int, int]]] = {}
    for party, blocs in members.items():
        if party in ctx.parties[i] or party not in in_article:
            continue
        found = [(s, e) for s, e, _ in find_phrases(ctx.folded[i], tuple(blocs))]
        if found:
            out[party] = found
    return out


# what may stand between a `location` word and the country after it: an article ("in the", "au", "der")
_LOCATION_GAP = re.compile(r"\s+(?:\w{1,3}\s+)?$")


def place_parties(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> dict[str, list[tuple[int, int]]]:
    """The parties a place word of sentence `i` stands for (document context: "… genauer im Iran. Dort soll
    Russland …", "… turned to Iran. There, Moscow …"): a word of the catalogue's [context.lang.xx] `there`
    in the sentence points back to the party the sentence before names right after one of its `location`
    words ("im Iran", "in Iran", "en Iran"). Returns {party: [(start, end) of the place words in sentence
    `i`'s folded text]}; {} when the sentence has no place word or the one before names no party as a place.
    An English "there" is a place only as an adverb of the verb (the parse decides: event_of), not the
    "there" of "there is"."""
    if not i:
        return {}
    words = development_words(catalogue, lang)
    if not words["there"] or not words["location"]:
        return {}
    here = [(s, e) for s, e, _ in find_phrases(ctx.folded[i], words["there"])]
    if not here:
        return {}
    before = ctx.folded[i - 1]
    places = [e for _, e, _ in find_phrases(before, words["location"])]
    out: dict[str, list[tuple[int, int]]] = {}
    for name, aliases in ctx.party_aliases.items():
        for s, _, _ in find_phrases(before, aliases):
            if any(e <= s and _LOCATION_GAP.search(before[e:s]) for e in places):
                out[name] = here
    return out


def implied_partner(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> set[str]:
    """The parties the language's news implies (the catalogue's [languages.xx] `implied`: Persian news is
    Iranian news) when sentence `i` names another party as the one an event is done with, right after one of
    [context.lang.xx] `partner` ("قرارداد … با روسیه امضا شد": signed with Russia, by the implied party);
    set() otherwise. A sentence naming the other party as the actor ("روسیه … پرتاب کرد") implies nothing."""
    languages = catalogue.extra.get("languages", {})  # type: ignore[union-attr]
    implied = set(languages.get(lang, {}).get("implied", ())) & set(catalogue.parties) \
        if isinstance(languages, dict) else set()
    partner = development_words(catalogue, lang)["partner"]
    if not implied or not partner:
        return set()
    folded = ctx.folded[i]
    ends = [e for _, e, _ in find_phrases(folded, partner)]
    for name, aliases in ctx.party_aliases.items():
        if name in implied:
            continue
        if any(e <= s and _LOCATION_GAP.search(folded[e:s]) for s, _, _ in find_phrases(folded, aliases)
               for e in ends):
            return implied
    return set()


def reported_past(folded: str, start: int, end: int, patterns: tuple[str, ...]) -> str:
    """The words of a reported past around the event word at [start, end) of a folded sentence, or "": one of
    the catalogue's [context.lang.xx] `reported` patterns ("soll … haben", "aurai* …": the words before and
    after "…", a "*" any ending) matched within the event's clause (no comma, semicolon or colon between),
    its first words before the event word or at its start, its last ones after it. A reportative modal with
    a perfect says someone reports that it happened ("Dort soll Russland … bestellt haben", "elle aurait
    commandé"), unlike the same modal with an infinitive, a plan ("soll … unterzeichnen")."""
    left = max((m.end() for m in re.finditer(r"[,;:]", folded[:start])), default=0)
    right = next((m.start() + end for m in re.finditer(r"[,;:]", folded[end:])), len(folded))
    clause = folded[left:right]
    for pattern in patterns:
        head, _, tail = (part.strip() for part in pattern.partition("…"))
        parts = [rf"(?<!\w){phrase_regex(head)}(?!\w)", r"(?:\W+\w+){0,12}?"]
        if tail:
            parts.append(rf"\W+{phrase_regex(tail)}(?!\w)")
        for m in re.finditer("".join(parts), clause):
            if m.start() + left <= start and (not tail or m.end() + left >= end):
                return m.group(0)
    return ""


# the Arabic-script comma of a list inside a long title ("وزیر میراث فرهنگی، گردشگری و صنایع دستی": a word or three
# after it, then "و", and): no end of the clause a `nominal` pattern spans (replaced by a space, offsets kept)
_LISTED_COMMA = re.compile(r"،(?=\s*\w+(?:\s+\w+){0,2}\s+و\s)")


def announced_events(folded: str, patterns: tuple[str, ...], reach: int = 12) -> list[tuple[int, int, str]]:
    """The events a folded sentence names inside an announcement: one of the catalogue's [context.lang.xx]
    `announced` patterns ("از امضای … خبر داد*": the words before and after "…", a "*" any ending) with at most
    `reach` words between (twelve; NOMINAL_REACH for `nominal` patterns), in one clause (no comma, semicolon or colon between, Latin or Arabic). Returns [(start, end, words)] of
    the whole announcement (so the stance read around it sees a plan's words inside it: "… به زودی خبر داد"),
    first match first."""
    out = []
    for pattern in patterns:
        head, _, tail = (part.strip() for part in pattern.partition("…"))
        if not tail:
            continue
        regex = rf"(?<!\w)({phrase_regex(head)})(?!\w)(?:[^\w,;:،؛]+\w+){{0,{reach}}}?[^\w,;:،؛]+{phrase_regex(tail)}(?!\w)"
        out += [(m.start(), m.end(), m.group(1)) for m in re.finditer(regex, folded)]
    return sorted(out)


def phrase_regex(phrase: str) -> str:
    """A pattern of a folded phrase whose "*" stands for any ending of its word; an Arabic or Persian letter with or
    without the optional marks writers add ("وقّعت" is "وقعت", signed: claims.reader.phrase_pattern)."""
    return r"\s+".join(ARABIC_LETTER.sub(lambda m: m.group() + MARKS_OPTIONAL, re.escape(fold(w)))
                       .replace(r"\*", r"\w*") for w in phrase.split())


def untracked_conjunct(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> bool:
    """Does the sentence coordinate a tracked claim's subject with a thing no tracked claim covers ("drones
    and cruise missiles arrived", "des drones et des missiles")? One of the catalogue's
    [context.lang.xx] `untracked` named within CONJUNCT_REACH characters of a non-office claim's topic words,
    overlapping none of them. That conjunct is a statement of its own, listed beside the claim's finding.
    `catalogue`: the language's view (claims.languages.for_language), whose topics are in that language."""
    if standing_in_bloc(ctx, i, catalogue, lang):
        return True
    free, topics = free_untracked(ctx, i, catalogue, lang)
    if not free:
        return False
    folded = ctx.folded[i]
    joins = conjunctions(lang)
    for s, e in free:
        gaps = [folded[te:s] for ts, te in topics if 0 <= s - te <= CONJUNCT_REACH] + \
               [folded[e:ts] for ts, te in topics if 0 <= ts - e <= CONJUNCT_REACH]
        if any(joins.search(gap) for gap in gaps):
            return True
    return False


def standing_in_bloc(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> bool:
    """Does the sentence name a standing in a bloc that the bloc's own claim has no state for ("Iran's new
    observer status in the EAEU": a state word of another bloc's claim, the SCO's "observer", right before a
    `location` word and the topic of a claim about a bloc of [context.members], the EAEU's free-trade claim, the
    other bloc not named: "joined the SCO as a full member and holds observer status in the EAEU" states the SCO's
    claim)?
    That standing is no statement about the bloc's claim: a development of its own, as an untracked conjunct
    is. `catalogue`: the language's view (claims.languages.for_language)."""
    folded = ctx.folded[i]
    blocs = catalogue.extra.get("members", {})  # type: ignore[union-attr]
    names = tuple(b for found in blocs.values() for b in found) if isinstance(blocs, dict) else ()
    location = development_words(catalogue, lang)["location"]
    if not names or not location or not find_phrases(folded, names):
        return False
    claims = [c for c in catalogue.claims if c.type != "person"]
    for claim in claims:
        own = tuple(cue for state in claim.states for cue in state.cues) + tuple(claim.cues)
        for ts, te, _ in find_phrases(folded, claim.topic):
            if not any(s <= ts < e or ts <= s < te for s, e, _ in find_phrases(folded, names)):
                continue  # the topic is no bloc's name
            for other in claims:
                if other is claim:
                    continue
                for s, e, _ in find_phrases(folded, tuple(cue for state in other.states for cue in state.cues)):
                    gap = folded[e:ts]
                    if e <= ts and len(gap) <= CONJUNCT_REACH and any(
                            g.strip() == fold(w) or g.strip().startswith(fold(w) + " ") for w in location
                            for g in [gap]) and not find_phrases(folded[s:e], own) \
                            and not find_phrases(folded, other.topic):
                        # with the other bloc's own name the state word is that claim's ("a full member of the
                        # SCO and an observer in the EAEU"): the sentence states the claim, the standing its context
                        return True
    return False


def free_untracked(ctx: Context, i: int, catalogue: Catalogue, lang: str
                   ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) spans in sentence `i`'s folded text of the catalogue's [context.lang.xx] `untracked`
    whose words are no tracked claim's subject's ("short-range missiles", not "S-400 missile systems": the
    thing's words overlap or touch a topic's), and the spans of the non-office claims' topics."""
    things = development_words(catalogue, lang)["untracked"]
    folded = ctx.folded[i]
    found = find_phrases(folded, things) if things else []
    if not found:
        return [], []
    topics = [(s, e) for claim in catalogue.claims if claim.type != "person"
              for s, e, _ in find_phrases(folded, claim.topic)]
    return [(s, e) for s, e, _ in found
            if not any(s < te and ts < e or not folded[min(e, te):max(s, ts)].strip(" -") for ts, te in topics)
            ], topics


@lru_cache(maxsize=None)
def conjunctions(lang: str) -> re.Pattern[str]:
    """The words that join two conjuncts in `lang` (claims/languages.toml `and`; English: LEXICON), as a
    pattern of whole words, and the comma of a list."""
    from claims.languages import function_words

    words = LEXICON["en"]["and"] if lang == "en" else function_words().get(lang, {}).get("and", ())
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    # a comma joins the items of a list ("the jets, attack helicopters and trainers")
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)|,")


def untracked_things(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> bool:
    """Does the sentence name one of the catalogue's [context.lang.xx] `untracked` whose words are no tracked
    claim's subject's ("short-range missiles", not "S-400 missile systems")?"""
    return bool(free_untracked(ctx, i, catalogue, lang)[0])


# Words of a route after its preposition (or before its postposition): a country, or two joined by "and", with a
# word of their names between ("از طریق جمهوری آذربایجان", "Kazakistan ve Türkmenistan üzerinden")
ROUTE_WORDS = 4


def third_countries(text: str, folded: str, catalogue: Catalogue, party_countries: frozenset[str] | set[str],
                    location: tuple[str, ...], route: tuple[str, ...] = ()) -> frozenset[str]:
    """The countries `text` names beside the parties' (claims.entities.countries_in), less those named only
    as the place of an event: right after one of the language's `location` words ("in der Ukraine", "en
    Syrie"): where a thing happens takes no part in it; and less those named as the way a thing takes, within
    ROUTE_WORDS words of a `route` word, after a preposition ("از طریق جمهوری آذربایجان": through Azerbaijan) or
    before a postposition (written "… üzerinden": "Kazakistan ve Türkmenistan üzerinden"), in its clause."""
    chars = list(text)
    for _, end, _ in find_phrases(folded, location) if location else ():
        word = re.match(r"\W*[\w-]+", text[end:])
        if word:
            chars[end:end + word.end()] = " " * word.end()
    before = tuple(w.replace("…", "").strip() for w in route if w.strip().startswith("…"))
    after = tuple(w for w in route if not w.strip().startswith("…"))
    for start, end, _ in find_phrases(folded, after) if after else ():
        words = re.match(rf"(?:[^\w,;:،؛]*[\w'’-]+){{1,{ROUTE_WORDS}}}", text[end:])
        if words:
            chars[end:end + words.end()] = " " * words.end()
    for start, end, _ in find_phrases(folded, before) if before else ():
        words = re.search(rf"(?:[\w'’-]+[^\w,;:،؛]*){{1,{ROUTE_WORDS}}}$", text[:start])
        if words:
            chars[words.start():start] = " " * (start - words.start())
    text = "".join(chars)
    return countries_in(text, catalogue.places) - frozenset(party_countries)


def words_candidate(ctx: Context, i: int, article: ArticleRef, catalogue: Catalogue,
                    lang: str) -> Candidate | None:
    """A development read by words in a language with no parser (module docstring), or None. `ctx` is
    prepared with the language's catalogue view (claims.languages.prepare_in); the candidate carries the
    event word's span in the sentence and needs no parse (read_events keeps it as it is)."""
    words = development_words(catalogue, lang)
    text = ctx.sentences[i].text
    # a line over MAX_CHARS may hold more than one sentence the splitter left joined: own_sentence below
    if not words["events"] or len(text) < MIN_CHARS or text.rstrip().endswith("?"):
        return None
    parties = set(catalogue.parties)
    folded = ctx.folded[i]
    near = ctx.parties[i] | (ctx.parties[i - 1] if i else set()) | ctx.title_parties
    # both parties named in the sentence itself (a place word standing for one: place_parties); or together
    # ("the two countries") with both named around it
    blocs = bloc_parties(ctx, i, catalogue)
    bodies = body_parties(ctx, i, catalogue)
    near |= set(bodies)
    named = ctx.parties[i] | set(place_parties(ctx, i, catalogue, lang)) | implied_partner(ctx, i, catalogue, lang) \
        | set(blocs) | set(bodies)
    if not (named >= parties or (near >= parties and find_phrases(folded, words["pair"]))):
        return None
    # the event words as written: read with Arabic script's optional marks left out, they listed a development on a
    # news-dev page labelled with none (lang14, measured)
    events = sorted(find_phrases(folded, words["events"], marks=False))
    own = for_language(catalogue, lang)
    if not events and words["offers"] and untracked_things(ctx, i, own, lang):
        # a party's stated openness to something no tracked claim covers ("ist offen für den Bau neuer
        # Kernkraftwerke"): an offer made now is news of its own
        events = sorted(find_phrases(folded, words["offers"]))
    announced = False
    if not events and words["announced"]:
        # an event named by its noun inside an announcement ("وزیر نیرو از امضای قرارداد … با روسیه خبر داد": the
        # minister announced the signing of a contract with Russia): the announcement asserts it
        events = announced_events(folded, words["announced"])
        announced = bool(events)
    if not events and words["nominal"]:
        # an event named by its noun, the verb that says it happened closing its clause after the long names of
        # who took part ("رزمایش مشترک … نیروی دریایی ارتش جمهوری اسلامی ایران و ناوگان خزر فدراسیون روسیه … اجرا
        # شد": the joint exercise … was carried out): the verb's tense and modal are read as the event word's
        events = announced_events(_LISTED_COMMA.sub(" ", folded), words["nominal"], NOMINAL_REACH)
    accused = False
    if words["accused"] and not (events and announced):
        # a state's accusation that one party did something with the other ("les États-Unis ont accusé l'Iran … de
        # livraisons de missiles à Moscou"): the accusation is news, attributed to its accuser, when what it accuses
        # the party of names a thing no tracked claim covers after it (accusations about a tracked claim are that
        # claim's disputes)
        found = announced_events(folded, words["accused"])
        things = free_untracked(ctx, i, own, lang)[0]
        # an event word inside what it accuses the party of ("haben Iran vorgeworfen, … Raketen … geliefert zu haben")
        # is the accusation's content, not the sentence's event
        accusations = [(s, e, w) for s, e, w in found if any(ts >= s for ts, _ in things)
                       and not any(es < s for es, _, _ in events)]
        if accusations:
            events, accused = accusations, True
    if not events:
        return None
    start, end, word = events[0]
    # the event's own sentence: a sentence the splitter left joined to a quote after it ("… bestellt haben.
    # „Ich glaube nicht, dass sie schon versandt wurden …“") is judged by the words of the event's part
    a, b = own_sentence(text, start, end)
    part, part_folded = text[a:b], folded[a:b]
    # an accusation is read in its own clause: its accuser (a third country, before the accusing verb) is its
    # source, not a party to what it accuses, and a clause before it that concedes a denial ("Bien que Téhéran ait
    # nié …, les États-Unis ont accusé …") is the accused's answer, not the accusation's negation
    c0 = max((m.end() for m in re.finditer(r"[,;:،؛]", part_folded[:start - a])), default=0) if accused else 0
    conceding = word_pattern(lang, "concessive")
    if not (c0 and conceding and conceding.match(part_folded[:c0].lstrip(" \"'«“„"))):
        c0 = 0  # only a clause opened by a concessive word is left out: "Téhéran a démenti …, X ayant accusé …" denies
    clause, clause_folded = part[c0:], part_folded[c0:]
    if not MIN_CHARS <= len(part.strip()) <= MAX_CHARS or part.rstrip().endswith("?"):
        return None
    if find_phrases(part_folded, words["background"]):
        return None
    if words["routine"] and find_phrases(" ".join(part_folded[end - a:].split()[:ROUTINE_REACH]), words["routine"]):
        return None  # "договорились продолжить консультации": what was agreed is a routine contact
    # (an accuser is read from the accusing words on: start - a - c0)
    if third_countries(clause[start - a - c0:] if accused else part, clause_folded[start - a - c0:] if accused
                       else part_folded, catalogue, ctx.party_countries, words["location"], words["route"]):
        return None  # a third country takes part: multilateral, or another's act
    if about_tracked_claim(ctx, i, own) and not untracked_conjunct(ctx, i, own, lang):
        return None
    if announced and plan_date(part, lang, ctx.ref):
        # a noun has no tense: the signing announced "for next month" is a plan (a verb's past, "agreed that flights
        # resume from next month", is an event whatever the time of what was agreed)
        return None
    # a standing in the other party's bloc lasts (a membership holds until it ends): its date is no recap, but
    # the article's own news ranks before it (Candidate.stale)
    stale = recap_date(part, lang, ctx.ref)
    # an accusation's words carry their tense (the compound past "ont accusé", as `events` forms do): dated within
    # BACKGROUND_DAYS, the window of a parsed statement, it is listed as the parsed one is, after the page's own
    # news (Candidate.stale); an older one is a recap
    if stale and not blocs and not (accused and not recap_date(part, lang, ctx.ref, BACKGROUND_DAYS)):
        return None
    if accused:
        # the accusing word is no hedge of its own accusation (Arabic "يتهم", Turkish "suçla*" hedge a claim's
        # statement): blanked, the rest of the clause is read for a denial, a plan or a hedge of its own
        k = start - a - c0
        clause = clause[:k] + " " * len(word) + clause[k + len(word):]
    modality = language_stance(clause, start - a - c0, end - a - c0, lang, "" if accused else word)
    reported = reported_past(part_folded, start - a, end - a, words["reported"])
    if modality.negated or modality.denied or modality.past:
        return None
    if (modality.future or modality.hedged) and not (reported and all(
            fold(cue) in fold(reported) for cue in modality.cues if cue != "?")):
        return None  # a plan or a hedge, not a reported past ("soll … bestellt haben": reported, listed)
    spans = tuple(sorted((name, s, e) for name, aliases in ctx.party_aliases.items()
                         for s, e, _ in find_phrases(part_folded, aliases)))
    # the statement listed is the event's own sentence, verbatim
    return Candidate(part.strip() if b - a < len(text) else text, article, i, spans, frozenset(near), ctx.ref,
                     lang, span=(start - a, end - a), verb=word, known=True, by_words=True, standing=bool(blocs),
                     stale=stale)


# the end of a sentence inside a line the splitter kept whole: a full stop, an opening quote or a capital after it
# (not the full stop of a day's ordinal number: "am 1. Januar", "le 1. mars")
_SENTENCE_END = re.compile(r"(?<!(?<!\w)\d)(?<!(?<!\w)\d\d)[.!?…][\"'”’»)]*\s+(?=[\"'“„«(]*[^\W\d_])")


def own_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) offsets in `text` of the sentence holding the words at [start, end): from the end of
    the sentence before them to the end of theirs (the whole text when it holds one sentence)."""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return a, (m.start() + 1 if m else len(text))


def recap_date(text: str, lang: str, ref: date | None, days: int = WORDS_RECAP_DAYS) -> bool:
    """Is the sentence (in `lang`, read by words) dated more than WORDS_RECAP_DAYS before its article `ref`?
    Its explicit dates (claims.languages.statement_date: a year given, Solar Hijri converted) and the dates
    dateparser finds relative to `ref` ("en juillet", "im Juni": a month without its year is the last one
    before the article, read as its first day). Without a parse the sentence's tense is not known, so an
    event of an earlier month is taken for a recap (the English reading's window is BACKGROUND_DAYS)."""
    if ref is None:
        return False
    found = [d for d in [language_date(text, lang)] if d] + solar_periods(text)
    from dateparser.search import search_dates

    base = datetime(ref.year, ref.month, ref.day)
    try:
        hits = search_dates(text, languages=[lang], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}) or []
    except Exception:  # dateparser has no data for the language: no date read
        hits = []
    # a month named (dateparser's own names of the language's months): a weekday or a number word alone
    # ("am Montag ein") is no date of an earlier month
    # an abbreviation ("mar" of "marzo") is a month only beside a number ("3 mar 2025"): alone it is a word
    # ("el mar Caspio": the sea)
    months, abbreviations = month_words(lang), month_abbreviations(lang)
    found += [d.date() for words, d in hits
              if any(w.lower() in months and (w.lower() not in abbreviations or re.search(r"\d", words))
                     for w in re.findall(r"\w+", words))]
    return bool(found) and (ref - max(found)).days > days


def plan_date(text: str, lang: str, ref: date | None) -> bool:
    """Does the sentence (in `lang`, read by words) name a time still to come in words, with no figure ("в
    следующем году", "le mois prochain": dateparser resolves them after the article `ref`, more than a week on)?
    An event dated then is a plan. A date with a figure ("до 2030 года") may be the end of what was agreed, so
    only words count."""
    if ref is None:
        return False
    from dateparser.search import search_dates

    base = datetime(ref.year, ref.month, ref.day)
    try:
        hits = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    except Exception:  # dateparser has no data for the language: no date read
        return False
    return any(not re.search(r"\d", words.translate(DIGITS)) and (d.date() - ref).days > 7 for words, d in hits)


@lru_cache(maxsize=None)
def month_words(lang: str) -> frozenset[str]:
    """The names of the months (lower-cased, abbreviations of three letters or more) in dateparser's data
    for `lang` (claims.languages.month_names); empty when dateparser has none."""
    return frozenset(w for names in month_names(lang).values() for w in names if len(w) >= 3)


# a Solar Hijri month with its year and no day ("مهر ۱۴۰۲"), or a year alone after "سال" (year)
_SOLAR_MONTH_YEAR = re.compile(r"(?<![\d\w])(" + "|".join(SOLAR_MONTHS) + r")(?:\s+ماه)?\s+(1[34]\d\d)(?!\d)")
_SOLAR_YEAR_ALONE = re.compile(r"سال\s+(1[34]\d\d)(?!\d)")


def solar_periods(text: str) -> list[date]:
    """The last days of the Solar Hijri periods a sentence names without a day: a month with its year ("مهر
    ۱۴۰۲" → the month's last day) or a year alone ("سال ۱۴۰۲" → its last day); claims.languages.statement_date
    reads only dates with their day. The last day, so a period is a recap only when all of it is."""
    from dateparser.calendars.jalali import JalaliCalendar

    digits = text.translate(DIGITS)
    starts = [(f"1 {m.group(1)} {m.group(2)}", 30) for m in _SOLAR_MONTH_YEAR.finditer(digits)]
    starts += [(f"1 {SOLAR_MONTHS[0]} {int(m.group(1)) + 1}", -1) for m in _SOLAR_YEAR_ALONE.finditer(digits)]
    out = []
    for start, days in starts:
        parsed = JalaliCalendar(start).get_date()
        if parsed and parsed.date_obj:
            out.append(parsed.date_obj.date() + timedelta(days=days))
    return out


@lru_cache(maxsize=None)
def month_abbreviations(lang: str) -> frozenset[str]:
    """The names in month_words(lang) that are the start of a longer name of the same month ("mar" of
    "marzo", "sept" of "septembre"): abbreviations."""
    return frozenset(w for names in month_names(lang).values() for w in names
                     if any(n != w and n.startswith(w) for n in names))


def about_tracked_claim(ctx: Context, i: int, catalogue: Catalogue) -> bool:
    """Does the claim reader take the sentence to be about a tracked claim's subject (its topic named here,
    or pointed back to: reader.topic_score)? Then what it says belongs to that claim. Office claims are not
    counted: an office holder acting is no statement about who holds the office. A quantity claim is stated by a
    figure: a sentence naming its subject with no figure at all ("signed an agreement to settle their trade in
    rials and roubles") tells something done to that subject, not its amount (with_figure)."""
    return any(claim.type != "person" and topic_score(ctx, i, claim) > 0
               and (claim.type != "quantity" or with_figure(ctx.sentences[i].text, ctx.ref))
               for claim in catalogue.claims)


def pointed_claim(ctx: Context, i: int, catalogue: Catalogue) -> bool:
    """Is the sentence about a tracked claim (about_tracked_claim) whose subject it does not name, only points back
    to ("the systems", "It" for the treaty the sentence before names: reader.topic_score 0.7)? Then the sentence
    is that claim's, though it names another claim's words ("It came into effect days after the reimposition of
    UN sanctions")."""
    return any(claim.type != "person" and 0 < topic_score(ctx, i, claim) < 1
               and (claim.type != "quantity" or with_figure(ctx.sentences[i].text, ctx.ref))
               for claim in catalogue.claims)


# words of an amount or its change written out ("$4.9 billion", "doubled", "a third"): with a digit, a figure
_FIGURE_WORDS = re.compile(r"\b(?:[mbtr]illion|bn|percent|per cent|doubl\w*|tripl\w*|halv\w*|half|third|quarter|"
                           r"\w+fold)\b", re.I)


def with_figure(text: str, ref: date | None) -> bool:
    """Does the sentence hold a figure: a digit outside its dates ("on Dec. 10", "in 2022" are when, not how
    much; in any script) or a word of an amount ("billion", "doubled")? Conservative: a date the English date
    reader does not read counts as a figure."""
    blanked = text
    for m in find_dates(text, ref):
        blanked = blanked[:m.start] + " " * (m.end - m.start) + blanked[m.end:]
    return bool(re.search(r"\d", blanked) or _FIGURE_WORDS.search(blanked))


def comparison_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each standard of a comparison in `text`: from a word of LEXICON["en"]["comparison"] to the
    next comma, semicolon or the end ("than in the same period of last year", "up from about 5,000 three years ago").
    A date there is the base the news is measured against, no date of the statement."""
    out = []
    for s, _, _ in find_phrases(fold(text), tuple(sorted(LEXICON["en"]["comparison"]))):
        stop = re.search(r"[,;](?:\s|$)|\.(?:\s|$)", text[s:])  # not the comma of "5,000"
        out.append((s, s + stop.start() if stop else len(text)))
    return out


def period_end(mention: Any) -> date | None:
    """The last day of the period a date names: a year alone ("the first nine months of 2025") ends on 31 December,
    a month on its last day; a sentence of a page dated within that period is not dated before the page."""
    if mention.year is None:
        return mention.as_date()
    if mention.month is None:
        return date(mention.year, 12, 31)
    if mention.day is None:
        return date(mention.year + mention.month // 12, mention.month % 12 + 1, 1) - timedelta(days=1)
    return mention.as_date()


def in_comparison(spans: list[tuple[int, int]], start: int) -> bool:
    """Does a date starting at `start` stand in one of the comparison standards `spans` (comparison_spans)?"""
    return any(s <= start < e for s, e in spans)


def is_background(ctx: Context, i: int) -> bool:
    """Does the sentence carry a date more than BACKGROUND_DAYS before its article (not a month that only
    sets when an arrangement starts or ends: onset_month, nor the base of a comparison: comparison_spans)?"""
    if not ctx.ref:
        return False
    text = ctx.sentences[i].text
    base = comparison_spans(text)
    found = [period_end(d) for d in find_dates(text, ctx.ref) if not d.relative
             and not onset_month(text, d.start, d.end) and not in_comparison(base, d.start)]
    return any(d and (ctx.ref - d).days > BACKGROUND_DAYS for d in found)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEARS_AGO = re.compile(r"\b(?:years?|decades?)\b.*\bago\b", re.I)
_LAST_YEAR = re.compile(r"\blast year\b|\ba year ago\b", re.I)
_YEARS_SPAN = re.compile(r"\b(?:past|last|recent|previous)\b(?:\s+[\w-]+){0,2}?\s+(?:years|decades?)\b", re.I)


def onset_month(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) of `text` a month or day with no year written, right after a word of LEXICON
    `onset` ("waive visas from December", "until 1 March", "effective January")? It says when an arrangement
    starts or ends, which may be after the statement: a reader that takes the last such month before the
    article ("from December" in October: ten months back) would call the statement a recap."""
    if _YEAR.search(text[start:end]):
        return False
    before = fold(text[:start]).rstrip()
    return any(before.endswith(" " + w) or before == w for w in LEXICON["en"]["onset"])


def read_events(candidates: list[Candidate], catalogue: Catalogue,
                memo: dict[tuple[str, str], Any] | None = None) -> list[Candidate]:
    """The candidates whose sentence the parse reads as an event statement of the parties (module
    docstring), each with its predicate's span and lemma set, after the candidates read by words (kept as
    words_candidate read them, less a headline of a page that states a tracked claim). Without an English
    pipeline only those: without a parse nothing tells an English event from a mention. `memo`: the run's
    parses (claims.nlp.parse), so a sentence the statement reader parsed is not parsed again."""
    # read by words already (no parser for their language); a headline of an article that states a tracked
    # claim (c.covered: its head nouns) is that claim's headline, which words alone cannot tell from a
    # separate event (for a parsed sentence refers_to_claim can)
    read = [c for c in candidates if c.by_words and not (c.covered and fragment(c.statement))]
    # a headline after its page's sentences: it is read only when none of them states a development
    candidates = sorted((c for c in candidates if not c.by_words), key=lambda c: c.headline)
    texts = list(dict.fromkeys(parsed_text(c.statement) for c in candidates))
    try:
        docs = dict(zip(texts, parse(texts, memo=memo)))
    except PipelineUnavailable:
        return read
    routine = routine_words(catalogue)
    others = party_free_countries(catalogue)
    kinds = event_kinds(catalogue)
    out = []
    offices = frozenset(fold(o) for o in catalogue.officials if " " not in o.strip())
    for c in candidates:
        if c.headline and (c.covered or any(o.article.id == c.article.id and not o.headline for o in out)):
            continue  # a page that states a tracked claim, or one whose sentences state a development
        if c.tracked and portfolio_only(docs[parsed_text(c.statement)], c.tracked, offices):
            c.tracked = ()  # "Iran's deputy trade minister": an office's portfolio, not the claim's subject
        if c.tracked and own_field(docs[parsed_text(c.statement)], c.tracked):
            c.tracked = ()  # "a treaty with Iran on the extradition of …": another treaty than the claim's
        event = event_of(docs[parsed_text(c.statement)], c, routine, others, kinds, c.covered, example_kinds(catalogue),
                         offices)
        if event is not None:
            c.span, c.verb, c.known = (event.start, event.end), event.lemma, event.known
            c.several = several_things(docs[parsed_text(c.statement)], event)
            # an event dated more than a month before the page ranks after the page's own news ("The agreement was
            # signed in Tehran in September" below "The Duma on Tuesday ratified …"); listed only without it
            c.stale = c.stale or dated_before(docs[parsed_text(c.statement)], c.ref)
            c.consequence = event.consequence
            c.elaboration = pointed_back(docs[parsed_text(c.statement)], event)
            c.ongoing = ongoing(docs[parsed_text(c.statement)], event)
            if event.known and not c.tracked and not c.implicit:
                c.core = event_core(docs[parsed_text(c.statement)], event, c, catalogue)
            # where a tracked thing is made ("the drone's production stages now occur in Russia") is a thing no
            # claim covers: its closeness to the claim about the thing's transfer is no restatement
            c.things = c.things or event.made
            out.append(c)
    return read + out


_KINDS: dict[str, frozenset[str]] = {}


def example_kinds(catalogue: Catalogue) -> frozenset[str]:
    """The lemmas of the predicates of the catalogue's [context].developments examples alone ("signed",
    "launched", "delivered"): events that happened, not the states of a tracked claim its cues also name
    ("discussing", "awaiting"). Parsed once per catalogue."""
    key = "examples:" + (catalogue.digest or str(id(catalogue)))
    if key not in _KINDS:
        docs = parse(list(catalogue.developments))
        lemmas = {t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "VERB"}
        _KINDS[key] = frozenset(lemmas) & event_kinds(catalogue)
    return _KINDS[key]


def event_kinds(catalogue: Catalogue) -> frozenset[str]:
    """The lemmas of the event verbs the catalogue knows: the predicates of its [context].developments
    examples and of its claims' cues ("signed", "entered into force", "delivered"), less verbs of state, of
    plans and of routine contacts. Parsed once per catalogue (keyed by its digest)."""
    key = catalogue.digest or str(id(catalogue))
    if key not in _KINDS:
        phrases = [p.replace("*", "") for claim in catalogue.claims for state in claim.states for p in state.cues]
        phrases += [p.replace("*", "") for claim in catalogue.claims for p in claim.cues]
        texts = list(dict.fromkeys(list(catalogue.developments) + [f"They {p}" for p in phrases]))
        lemmas = {t.lemma_.lower() for doc in parse(texts) for t in doc if t.pos_ == "VERB"}
        # the catalogue's English event verbs beyond the examples' ([context.lang.en] `events`, lemmas: "win" a
        # tender, "select", "dock"): known kinds without moving the examples' meaning the encoder compares with
        lemmas |= {fold(w).strip() for w in development_words(catalogue, "en")["events"] if " " not in w.strip()}
        plans = STANCE_LEXICON["en"]["scheduled"] | STANCE_LEXICON["en"]["negating"]
        _KINDS[key] = frozenset(lemmas - LEXICON["en"]["stative"] - plans - routine_words(catalogue)[0])
    return _KINDS[key]


def claim_heads(catalogue: Catalogue, claims: set[str]) -> frozenset[str]:
    """The head nouns (last words) of the topic phrases of `claims` (non-office ones), folded."""
    out = set()
    for claim in catalogue.claims:
        if claim.id in claims and claim.type != "person":
            out |= {fold(p).replace("*", "").split()[-1] for p in claim.topic if p.strip()}
    return frozenset(out)


def routine_words(catalogue: Catalogue) -> tuple[frozenset[str], tuple[str, ...]]:
    """The catalogue's routine contacts: single words (compared with lemmas) and longer phrases."""
    single = frozenset(fold(r) for r in catalogue.routine if " " not in r.strip())
    phrases = tuple(r for r in catalogue.routine if " " in r.strip())
    return single, phrases


def party_free_countries(catalogue: Catalogue) -> frozenset[str]:
    """The countries the parties' names stand for (a subject naming any other country is multilateral)."""
    return frozenset(c for aliases in catalogue.parties.values() for alias in aliases for c in countries_in(alias))


def event_of(doc: Any, c: Candidate, routine: tuple[frozenset[str], tuple[str, ...]],
             party_countries: frozenset[str], kinds: frozenset[str],
             covered: frozenset[str] = frozenset(),
             examples: frozenset[str] = frozenset(), offices: frozenset[str] = frozenset()) -> Event | None:
    """The predicate of `doc` that reports an event the parties take part in, or None: one of the
    catalogue's event kinds first; else any other dynamic verb (Event.known False: the ranking then asks
    for more semantic evidence). `covered`: head nouns that point back to a tracked claim the article
    states ("the treaty"): a sentence acting on one is about that claim. `examples`: the predicates of the
    catalogue's development examples, the only kinds "the two countries" alone may do (example_kinds). `offices`:
    the catalogue's one-word `officials` ("commander", "minister"): receiving one is hosting a visitor (hosting)."""
    words = LEXICON["en"]
    party_tokens: dict[int, set[str]] = {}  # a token of "the two countries" names both parties
    spans = list(c.parties) + [(name, s, e) for s, e in c.pairs for name in c.near]  # near: every party
    for name, s, e in spans:
        for t in doc:
            if t.idx < e and t.idx + len(t) > s and not t.is_space:  # not a blanked dateline (parsed_text)
                party_tokens.setdefault(t.i, set()).add(name)
    pair_tokens = {t.i for s, e in c.pairs for t in doc if t.idx < e and t.idx + len(t) > s}
    # "there" standing for a party the sentence before names as a place (place_parties): an adverb of the
    # verb only, not the "there" of "there is"
    place_tokens: dict[int, set[str]] = {}
    for name, s, e in c.places:
        for t in doc:
            if t.idx < e and t.idx + len(t) > s and t.dep_ == "advmod":
                place_tokens.setdefault(t.i, set()).add(name)
    if background(doc, None if c.standing else c.ref) or (not c.tracked and refers_to_claim(doc, covered)):
        return None
    tracked = {t.i for s, e in c.tracked for t in doc if t.idx < e and t.idx + len(t) > s}
    found: list[Event] = []
    for verb in predicates(doc):
        lemma = verb.lemma_.lower()
        known = lemma in kinds
        if lemma in words["factive"] and not c.tracked:
            # "The signing of … was hailed by …", "confirmed the delivery of …": the event is the noun the
            # factive predicate takes as given, not the hailing or confirming
            nominal = nominal_event(verb, kinds, covered, party_tokens, party_countries, routine, c.things)
            if nominal is not None:
                found.append(nominal)
                continue
        if not known and verb_forms(verb) & (words["stative"] | words["reporting"]):
            continue
        participle = verb.dep_ == "amod"
        if participle and not known:
            continue  # "Tehran-based": an adjective, not an event
        ahead = None if participle else announced_ahead(verb, c.ref)
        if not participle and not (in_own_time(verb) and asserted_clause(verb)) and not (
                ahead is not None and asserted_clause(ahead)):
            continue
        clause = clause_verb(verb.head) if participle else verb
        if not has_subject(clause):
            continue  # the parse found no one the event happens to or by: no statement to list
        args = arguments(clause) + (list(verb.head.subtree) if participle else [])
        named = frozenset(n for t in args if t.i in party_tokens for n in party_tokens[t.i]) | frozenset(
            n for t in clause.children if t.dep_ == "advmod" and t.i in place_tokens for n in place_tokens[t.i])
        implied = not named and c.implicit and lemma in examples and agentless_passive(clause)
        if implied:
            named = frozenset(c.near)
        if not named:
            continue  # the parties are only mentioned, not taking part
        if not implied and not any(t.i in party_tokens and t.i not in pair_tokens for t in args) and not (
                lemma in examples and acts_together(clause, pair_tokens)):
            # named only as "the two countries": they must be the ones acting, not acted upon, in an event
            # of a kind the development examples name ("are discussing" is no event to list on so little)
            continue
        if multilateral(clause, party_countries, party_tokens) or routine_event(clause, args, routine) or habitual(
                clause) or hosting(clause, offices):
            continue
        if not (c.headline or fragment(c.statement)) and generic_present(clause):
            continue  # a kind's habit in a sentence ("Iranians travel to Moscow …"); a headline's present is its past
        if set(c.near) - named and others_with_third_country(doc, set(c.near) - named, party_countries,
                                                              party_tokens):
            continue  # "Russia and Turkey signed …, while Iran watched": the other party acts with another
        stance = None if presupposed(clause) else read_stance(doc[:], clause.idx, clause.idx + len(clause))
        # a hedge that is only who reports it ("…, Iranian media reported", "is said to have ordered") leaves
        # a development as reported: listed as it stands, its source in its words; doubt ("claimed",
        # "reportedly") or a possibility ("may") is still a hedge
        if stance is not None and ((stance.future and not newly_able(clause) and ahead is None)
                                   or stance.negated or stance.denied or (
                stance.hedged and not (source_only(doc, stance) or reported_perfect(clause)
                                       or estimated_figure(doc, clause, stance)))):
            continue
        if stance is None and presupposed(clause) and any(
                ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in clause.children):
            continue  # "after the link was not launched", "once it would be launched": its own clause says no
        made = bool(tracked) and made_only(doc, tracked)
        if c.tracked and not made:
            if not own_clause(clause, args, tracked, covered):
                continue
            c.scored = " ".join(t.text for t in sorted(set(args) | {clause}, key=lambda t: t.i))
        # a possibility that has just begun ("can now be used": newly_able) is the news whatever its verb, and so
        # is a first of a new thing ("poured the first concrete", "The first train left …": first_result)
        found.append(Event(lemma, verb.idx, verb.idx + len(verb), named,
                           known or newly_able(clause) or first_result(clause, offices),
                           consequence=not known and newly_able(clause), made=made))
    if not found and not c.tracked:
        found = [e for e in (nominal_event(verb, kinds, covered, party_tokens, party_countries, routine, c.things)
                             for verb in predicates(doc)) if e is not None]
    if not any(e.known for e in found) and not c.tracked:
        # "…, days after the connection of Iran's SEPAM system to Russia's SPFS": the event noun a temporal
        # preposition takes as given, whatever its host clause says (before a predicate of no known kind)
        found += [e for e in (preceding_event(prep, kinds, covered, party_tokens, party_countries, routine)
                             for prep in doc if prep.dep_ == "prep") if e is not None]
    if not found and c.things and not c.tracked:
        found = [e for e in (offer_event(t, party_tokens, party_countries) for t in doc) if e is not None]
    return max(found, key=lambda e: (e.known, not e.consequence)) if found else None


def first_result(verb: Any, offices: frozenset[str]) -> bool:
    """Is the predicate's subject or object a first of its kind, a noun with "first" (LEXICON "first": "Iranian
    and Russian engineers poured the first concrete for …", "The first car ferry on a new route … left Astrakhan",
    "its maiden voyage")? The first result of a new thing is an event whatever its verb (the catalogue's kinds
    need not know "pour" or "leave"). A first owned by a possessive ("their first exam", "his first visit") is one
    of the owner's own series; a person or an office ("Russia's first deputy prime minister": the catalogue's
    `officials`, `offices`) is no result; the caller has already set routine contacts ("held their first
    meeting") aside."""
    firsts = LEXICON["en"]["first"]
    for noun in (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if noun.pos_ != "NOUN" or noun.ent_type_ == "PERSON" or noun.lemma_.lower() in offices or any(
                c.dep_ == "compound" and c.lemma_.lower() in offices for c in noun.children):
            continue
        if any(ch.dep_ == "poss" for ch in noun.children):
            continue  # "their first exam", "his first visit": a first of the owner's own series, not a new thing's
        if any(ch.dep_ == "amod" and ch.lower_ in firsts for ch in noun.children):
            return True
    return False


def several_things(doc: Any, event: Event) -> bool:
    """Is the object of the event's predicate (or its passive subject) a counted plural ("signed eight
    cooperation documents", "four memoranda were signed"): a plural noun with a number of its own? A session
    that signs several documents states no claim about one of them."""
    verb = next((t for t in doc if t.idx == event.start), None)
    if verb is None:
        return False
    objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    objects += [c for n in objects for c in n.conjuncts]
    return any(n.tag_ in ("NNS", "NNPS") and any(ch.dep_ == "nummod" and ch.like_num for ch in n.children)
               for n in objects)


def single_claims(catalogue: Catalogue) -> frozenset[str]:
    """The ids of the non-office claims whose subject is one thing: none of their topic phrases ends in a
    plural noun (a treaty, a railway, a contract; not "drones", "Su-35s", "sanctions"). Parsed once per
    catalogue."""
    key = "single:" + (catalogue.digest or str(id(catalogue)))
    if key not in _KINDS:
        claims = [c for c in catalogue.claims if c.type != "person"]
        phrases = [(c.id, p.replace("*", "")) for c in claims for p in c.topic if p.strip()]
        plural = {cid for (cid, _), doc in zip(phrases, parse([p for _, p in phrases]))
                  if len(doc) and doc[-1].tag_ in ("NNS", "NNPS")}
        _KINDS[key] = frozenset(c.id for c in claims) - frozenset(plural)
    return _KINDS[key]


def newly_able(verb: Any) -> bool:
    """Is the predicate a possibility or a state that has just begun: its only modal one of ability with "now"
    beside it ("Mir cards can now be used at Iranian ATMs", "Iranian tourists can now visit Russia without visas"),
    or a present with "now" and no modal ("Russian Mir cards are now accepted at all ATMs of Iran's state banks",
    "Iranian cards now work in Russia")? It is a new state of things, the news; "can" alone, or "could", "will",
    is not."""
    modals = [ch for ch in verb.children if ch.dep_ == "aux" and ch.tag_ == "MD"]
    now = any(ch.dep_ == "advmod" and ch.lower_ in LEXICON["en"]["now"] for ch in verb.children)
    if not modals:
        auxes = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
        present = verb.tag_ in ("VBZ", "VBP") if not auxes else (
            verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
            and not any(a.dep_ == "aux" for a in auxes))
        return now and present
    return len(modals) == 1 and modals[0].lower_ in LEXICON["en"]["ability"] and now


# how far ahead of its page a written date may be for a future stated of it to be an announcement, not a far plan
AHEAD_DAYS = 366


def announced_ahead(verb: Any, ref: date | None) -> Any:
    """Is the predicate a plain future ("will": LEXICON `will`, on it or on the verb it completes: "will be able
    to enter") fixed to a day or month ahead of the article ("will hold a joint exercise in late July", "will be
    able to enter … without visas from January 15"): a DATE entity under that verb naming a month, with no year
    written (a month a future names is the coming one) or a written date after the article and within
    AHEAD_DAYS of it? The announcement of a dated arrangement is news of the page's days; "will … by 2030", "in
    the coming years", "next year" or "could … in July" are plans. Returns the verb the "will" is on (whose
    clause must be asserted), or None."""
    if ref is None:
        return None
    token = verb
    for _ in range(3):
        if any(ch.dep_ == "aux" and ch.lower_ in LEXICON["en"]["will"] for ch in token.children):
            break
        if token.dep_ not in ("xcomp", "acomp") or token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    if any(t.lemma_.lower() in STANCE_LEXICON["en"]["scheduled"] for t in (verb, token)):
        return None
    inside = {t.i for t in token.subtree}
    for ent in verb.doc.ents:
        if ent.label_ != "DATE" or ent.root.i not in inside:
            continue
        written = _YEAR.search(ent.text) is not None
        for m in entity_dates(ent, ref):
            when = m.as_date()
            if m.month is None or when is None:
                continue
            if not written or 0 <= (when - ref).days <= AHEAD_DAYS:
                return token
    return None


def verb_forms(verb: Any) -> set[str]:
    """The lemma of a verb and the stems its inflection may hide when the small model's lemmatizer cuts the
    wrong ending ("hopes" → "hop"; "hoped", "likes"): the word less its -s, -es, -d, -ed or -ing (+ e)."""
    word = verb.lower_
    forms = {verb.lemma_.lower(), word}
    for ending in ("s", "es", "d", "ed"):
        if word.endswith(ending):
            forms.add(word[:-len(ending)])
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


def presupposed(verb: Any) -> bool:
    """Is the predicate the past or perfect event of a temporal clause the main clause builds on ("cards can
    now be used after the link was launched", "since Russia opened …", "once the two banks have connected
    …": a word of LEXICON `presupposing` marks it)? Its event is taken as given, whatever the main clause's
    modality; the clause's own negation or modal still counts (the caller checks them). A present ("as the link
    goes live") or future clause is not."""
    if verb.dep_ != "advcl" or not any(ch.dep_ in ("mark", "advmod") and ch.lower_ in LEXICON["en"]["presupposing"]
                                       for ch in verb.children):
        return False
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or (
        verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in aux))


# dependencies inside a noun phrase, from a word up to the noun it belongs to ("the drone's production", "production
# of the Iranian drone", "drone assembly")
NOUN_PHRASE = frozenset({"compound", "poss", "pobj", "prep", "amod", "nmod", "appos", "case", "det", "nummod"})


def made_only(doc: Any, tracked: set[int]) -> bool:
    """Is every tracked claim's subject the sentence names (tokens `tracked`) named only as what is made: inside a
    noun phrase, up to a noun of making (LEXICON `production`) or a noun compounded with one ("the drone's
    production stages", "production of Iran's Shahed drone", "drone manufacture")? Then the sentence is about
    where and how the thing is made, not about the claim (its transfer, its sale)."""
    making = LEXICON["en"]["production"]
    for i in tracked:
        token, found = doc[i], False
        for _ in range(6):
            if token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in making or any(
                    ch.dep_ == "compound" and ch.lemma_.lower() in making for ch in token.children)):
                found = True
                break
            if token.dep_ not in NOUN_PHRASE or token.head is token:
                break
            token = token.head
        if not found:
            return False
    return bool(tracked)


def own_clause(verb: Any, args: list[Any], tracked: set[int], covered: frozenset[str]) -> bool:
    """In a sentence about a tracked claim, is the predicate's clause one of its own: coordinated with
    another ("… and launched a satellite"), naming no tracked subject (tokens `tracked`) and no noun or
    pronoun that points back to one ("the jets", "them") among its arguments?"""
    if verb.dep_ != "conj" and not any(ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") for ch in verb.children):
        return False
    for t in args:
        if t.i in tracked or (t.pos_ == "NOUN" and t.lemma_.lower() in covered):
            return False
        if t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
            return False
    return True


def offer_event(word: Any, party_tokens: dict[int, set[str]], party_countries: frozenset[str]) -> Event | None:
    """A party's stated openness, now, to something no tracked claim covers ("Moscow is open to building new
    nuclear power plants with Tehran"; the caller has checked Candidate.things): an adjective of disposition
    (LEXICON "offer") complementing an asserted predicate in the article's own time, with a party its subject
    or in its complement, no third country its subject, not negated, hedged, denied or planned."""
    if word.lemma_.lower() not in LEXICON["en"]["offer"] or word.dep_ != "acomp":
        return None
    verb = word.head
    if not (in_own_time(verb) and asserted_clause(verb) and has_subject(verb)):
        return None
    args = arguments(verb) + list(word.subtree)
    named = frozenset(n for t in args if t.i in party_tokens for n in party_tokens[t.i])
    if not named or multilateral(verb, party_countries, party_tokens):
        return None
    stance = read_stance(verb.doc[:], verb.idx, word.idx + len(word))
    if stance is not None and (stance.future or stance.negated or stance.hedged or stance.denied):
        return None
    return Event("open", word.idx, word.idx + len(word), named, True)


def nominal_event(verb: Any, kinds: frozenset[str], covered: frozenset[str], party_tokens: dict[int, set[str]],
                  party_countries: frozenset[str], routine: tuple[frozenset[str], tuple[str, ...]],
                  things: bool = False) -> Event | None:
    """An event named by a noun, the object of an asserted predicate in the article's own time ("Tehran
    confirmed the delivery of trainer jets from Russia", "welcomed the launch of …"; a factive predicate, one
    that takes its object's event as given: Kiparsky & Kiparsky 1970): a noun derived from
    one of the catalogue's event kinds (English derivation adds a suffix to the verb: deliver-y, launch,
    sign-ing, establish-ment; a kind of four letters or more), not one that points back to a tracked claim
    (`covered`), not prospective ("the upcoming delivery"), with a party named in it or as the predicate's
    subject, no third country acting, not negated, hedged, denied or planned. `things`: the sentence names a
    thing no tracked claim covers (Candidate.things); then a noun of a new state ("welcomed Iran's new observer
    status in the EAEU", an adjective of LEXICON "novel") is an event too: a state that began."""
    if verb.lemma_.lower() not in LEXICON["en"]["factive"] or not (
            in_own_time(verb) and asserted_clause(verb) and has_subject(verb)):
        return None  # "discussed the delivery", "denied the delivery": no event the writer asserts
    prospective = LEXICON["en"]["prospective"]
    objects = [n for n in verb.children if n.dep_ in ("dobj", "nsubjpass")]
    # an event noun as the subject of an active factive predicate is taken as given too ("The launch of a joint
    # drill … marked the first such exercise this year")
    if not any(ch.dep_ == "auxpass" for ch in verb.children):
        objects += [n for n in verb.children if n.dep_ == "nsubj"]
    # the conjuncts of the object are objects too ("welcomed the agreement's implementation and Iran's new …")
    objects += [c for n in objects for c in n.conjuncts]
    for noun in objects:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma in covered:
            continue
        kind = next((k for k in kinds if len(k) >= 4 and lemma.startswith(k)), None)
        if kind is None and things and any(a.dep_ == "amod" and a.lower_ in LEXICON["en"]["novel"]
                                           for a in noun.children):
            kind = lemma
        # a prospect ("the upcoming delivery") is no event, unless a predicate that fixes it confirms a thing no
        # claim covers ("confirmed the upcoming delivery of … attack helicopters and jet trainers": the
        # arrangement is the news)
        if kind is None or (any(t.lower_ in prospective for t in noun.subtree) and not (
                things and verb.lemma_.lower() in LEXICON["en"]["fixing"])):
            continue
        args = list(noun.subtree) + [t for ch in verb.children if ch.dep_ in ("nsubj", "agent") for t in ch.subtree]
        named = frozenset(n for t in args if t.i in party_tokens for n in party_tokens[t.i])
        if not named or multilateral(verb, party_countries, party_tokens) or routine_event(verb, args, routine):
            continue
        if countries_in(" ".join(t.text for t in noun.subtree)) - party_countries:
            continue  # another country's delivery, launch, signing
        # the predicate and its noun, in either order ("a deal … would be finalised": the noun first)
        stance = read_stance(verb.doc[:], min(verb.idx, noun.idx),
                             max(verb.idx + len(verb), noun.idx + len(noun)))
        if stance is not None and (stance.future or stance.negated or stance.hedged or stance.denied):
            continue
        return Event(kind, noun.idx, noun.idx + len(noun), named, True)
    return None


def preceding_event(prep: Any, kinds: frozenset[str], covered: frozenset[str], party_tokens: dict[int, set[str]],
                    party_countries: frozenset[str], routine: tuple[frozenset[str], tuple[str, ...]]) -> Event | None:
    """An event named by a noun after a preposition of what came just before (LEXICON "preceding": "…, days after
    the connection of Iran's SEPAM system to Russia's SPFS", "Following the launch of a Mir–Shetab link between
    Russia and Iran, …"): the host clause builds on it, so it is given, whatever that clause says (as a past
    temporal clause is: presupposed). The noun is derived from one of the catalogue's event kinds (as in
    nominal_event), not one that points back to a tracked claim (`covered`), not prospective ("after the planned
    launch"), not a routine contact ("after the talks"); a party is named inside it (the event's own participant,
    not the host's subject: "trade grew after the start of the war" names none) and no third country; the time
    since is no span of months or years ("two years after the launch": LEXICON "long_spans"), and the host clause
    is on the sentence's own line (asserted_clause)."""
    words = LEXICON["en"]
    if prep.lower_ not in words["preceding"] or prep.head.pos_ not in ("VERB", "AUX") or not asserted_clause(prep.head):
        return None
    if any(ch.dep_ == "npadvmod" and ch.lemma_.lower() in words["long_spans"] for ch in prep.children):
        return None
    for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
        lemma = noun.lemma_.lower()
        kind = next((k for k in kinds if len(k) >= 4 and lemma.startswith(k)), None)
        if kind is None or lemma in covered or any(t.lower_ in words["prospective"] for t in noun.subtree):
            continue
        inside = list(noun.subtree)
        named = frozenset(n for t in inside if t.i in party_tokens for n in party_tokens[t.i])
        if not named or lemma in routine[0] or noun.lower_ in routine[0] or (routine[1] and find_phrases(
                fold(" ".join(t.text for t in inside)), routine[1])):
            continue
        if countries_in(" ".join(t.text for t in inside)) - party_countries:
            continue  # another country's launch, signing, war
        return Event(kind, noun.idx, noun.idx + len(noun), named, True)
    return None


def portfolio_only(doc: Any, spans: tuple[tuple[int, int], ...], offices: frozenset[str]) -> bool:
    """Is every tracked claim's subject the sentence names (character spans `spans`) only the portfolio of an office:
    a word compounded with an office noun of the catalogue's `officials` ("Iran's deputy trade minister", "the
    province's trade department said")? The office is who acts or speaks; the claim's subject is not stated."""
    tokens = [t for s, e in spans for t in doc if t.idx < e and t.idx + len(t) > s]
    return bool(tokens) and all(t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in offices
                                for t in tokens)


# dependents of the predicate that tell what happened (who, to what, where) rather than when, who says so or an
# aside: the rest (npadvmod "on Tuesday", advcl, parataxis, the verb of saying above) is left out of the core
CORE_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "oprd", "xcomp", "acomp",
                             "prep", "aux", "auxpass", "neg", "prt", "compound"})
# a phrase set off by a comma inside the core's phrases: an aside, not what happened
ASIDES = frozenset({"prep", "advcl", "appos", "npadvmod", "acl", "relcl", "advmod", "conj"})


def event_core(doc: Any, event: Event, c: Candidate, catalogue: Catalogue) -> str:
    """The event's own clause for the encoder: the predicate with its subject and objects (their whole phrases)
    and its prepositional arguments, not an adjunct set off by a comma (", with a first sailing carrying …",
    ", sharing data …"), nor the time, the reporter or a clause of its own; a subject conjunct that is a party's
    institution, named by the party ("the Iranian Fisheries Organization", "Russia's Federal Agency for Fishery"),
    is read as the party's name, as a state body of the catalogue is (body_parties): the encoder knows countries,
    not their agencies. "" when the core is the sentence itself."""
    verb = next((t for t in doc if t.idx == event.start), None)
    if verb is None:
        return ""
    spans = list(c.parties)
    party_of = {t.i: name for name, s, e in spans for t in doc if t.idx < e and t.idx + len(t) > s}
    keep: set[int] = {verb.i}
    for ch in verb.children:
        if ch.dep_ not in CORE_DEPENDENTS or any(e.label_ in ("DATE", "TIME") for e in doc.ents
                                                  if e.start <= ch.i < e.end):
            continue
        if ch.i > verb.i and any(t.text == "," for t in doc[verb.i + 1:ch.left_edge.i]):
            continue  # set off by a comma after the verb: an aside
        keep |= {t.i for t in ch.subtree}
    if verb.dep_ == "conj" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return ""  # its subject is its head's: the sentence reads whole
    # inside those phrases too: an aside after a comma (", with shared tagging …", ", the capital of …") and the
    # time ("every year")
    for t in list(doc):
        if t.i in keep and (t.i > verb.i or t.dep_ in ("appos", "relcl", "acl")) and (
                (t.dep_ in ASIDES and after_comma(doc, t))
                or (t.dep_ == "npadvmod" and any(e.label_ in ("DATE", "TIME") for e in doc.ents if e.start <= t.i < e.end))):
            keep -= {d.i for d in t.subtree}
    # a comma left beside a gap (the one closing an aside: "An Iranian feature film, … , has been selected")
    for _ in range(2):
        keep -= {i for i in keep if (doc[i].text == "," or doc[i].is_quote) and (i - 1 not in keep or i + 1 not in keep)}
    replaced: dict[int, tuple[int, str]] = {}  # first token of a subject conjunct -> (its last token, the party)
    for subj in (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")):
        for conj in [subj, *subj.conjuncts]:
            if conj.pos_ != "PROPN" or conj.i in party_of:
                continue
            others = {t.i for ch in conj.children if ch.dep_ in ("conj", "cc", "punct") for t in ch.subtree}
            own = [t for t in conj.subtree if t.i not in others]
            names = {party_of[t.i] for t in own if t.i in party_of}
            if len(names) == 1:
                first, last = min(t.i for t in own), max(t.i for t in own)
                replaced[first] = (last, catalogue.parties[names.pop()][0])
    words: list[str] = []
    skip_to = -1
    order = sorted(keep)
    for n, i in enumerate(order):
        if i <= skip_to:
            continue
        last, text = replaced.get(i, (i, doc[i].text))
        skip_to = last
        after = next((j for j in order[n + 1:] if j > last), None)
        words.append(text + (doc[last].whitespace_ if after == last + 1 else " "))
    core = "".join(words).strip().rstrip(",;:")
    if countries_in(core) - party_free_countries(catalogue):
        return ""  # a third country in what happened ("a stake in an Iraqi oil field"): the sentence reads whole
    return "" if core == doc.text.strip() else core


def after_comma(doc: Any, token: Any) -> bool:
    """Does the phrase of `token` follow a comma (quotation marks between allowed: ', "The Salt Road" by …')?"""
    j = token.left_edge.i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    return j >= 0 and doc[j].text == ","


def pointed_back(doc: Any, event: Event) -> bool:
    """Is what the event is done to or in only a bare definite noun ("Two Russian missile ships and three Iranian
    vessels took part in the drill", "The agreement covers …" is no event): the thing is one the reader was told of
    before, and the sentence elaborates that earlier event rather than telling its own?"""
    verb = next((t for t in doc if t.idx == event.start), None)
    if verb is None:
        return False
    objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    things = objects + [g for h in [verb] + objects for ch in h.children if ch.dep_ == "prep"
                        for g in ch.children if g.dep_ == "pobj"]
    # a relative clause after it says more of the same thing ("the drill, which practised …")
    return any(t.pos_ == "NOUN" and [ch.lower_ for ch in t.children if ch.dep_ not in ("relcl", "punct")]
               in (["the"], ["this"], ["that"], ["these"], ["those"]) for t in things)


def ongoing(doc: Any, event: Event) -> bool:
    """Is the event's predicate a present progressive ("Iran and Russia are building their payment links", "are
    expanding …"): a process under way with no point in time, which the page tells as the setting of its news, not
    an act of its days (a past or perfect: "VTB has opened an office")?"""
    verb = next((t for t in doc if t.idx == event.start), None)
    return verb is not None and verb.tag_ == "VBG" and any(
        a.dep_ == "aux" and a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in verb.children)


def habitual(verb: Any) -> bool:
    """Is the predicate, or a verb it depends on, a repeated act: an adverb of frequency on it ("regularly",
    "often") or a time noun counted by "every"/"each" ("Every few months a new communiqué announces that the
    partnership … has reached a new height", "signs new deals each year")? A habit is how things go, no event."""
    words = LEXICON["en"]["habitual"]
    for v in [verb, *verb.ancestors]:
        for ch in v.children:
            if ch.dep_ == "advmod" and ch.lower_ in words:
                return True
            if ch.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in words for d in ch.children):
                return True
    return False


def generic_present(verb: Any) -> bool:
    """Is the predicate a simple present (no auxiliary, no "now") whose subject is a bare plural, a kind of people or
    things and not some of them ("Iranians travel to Moscow for business, and Russians come to us for Mashhad":
    no determiner, possessive or number on it)? Said of a kind in the simple present, a verb tells what its members
    do as a rule, a habit like "every year", no event of the page's days."""
    if verb.tag_ not in ("VBP", "VBZ") or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    if any(ch.dep_ == "advmod" and ch.lower_ in LEXICON["en"]["now"] for ch in verb.children):
        return False
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    return bool(subjects) and all(
        n.tag_ in ("NNS", "NNPS") and not any(ch.dep_ in ("det", "poss", "nummod") for ch in n.children)
        for n in subjects)


def agentless_passive(verb: Any) -> bool:
    """Is the predicate a passive with no agent ("a memorandum … was signed"), whose doer the sentence before
    may name?"""
    return any(ch.dep_ == "nsubjpass" for ch in verb.children) and not any(ch.dep_ == "agent" for ch in verb.children)


def acts_together(verb: Any, pair_tokens: set[int]) -> bool:
    """Is "the two countries" (tokens `pair_tokens`) the active subject or the passive agent of the
    predicate ("the two countries signed", "… was launched by both countries"), not what the event is done
    to ("sanctions on both countries")?"""
    for ch in verb.children:
        if ch.dep_ in ("nsubj", "agent") and any(t.i in pair_tokens for t in ch.subtree):
            return True
    # "the two countries announced that they had launched …": the pronoun stands for them
    if any(t.i in pair_tokens for ch in reporters(verb) for t in ch.subtree):
        return True
    if verb.dep_ == "conj" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return acts_together(verb.head, pair_tokens)
    return False


def has_subject(verb: Any) -> bool:
    """Does the predicate have a subject, its own or (a conjoined or non-finite verb) the one of the verb it
    depends on ("signed … and launched", "by linking")? Verbs of a clause the parse could not analyse
    (no subject anywhere above) state nothing a reader can check."""
    token = verb
    for _ in range(4):
        if any(ch.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for ch in token.children):
            return True
        if token.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "prep", "acomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def refers_to_claim(doc: Any, covered: frozenset[str]) -> bool:
    """Does a noun of the sentence point back to a tracked claim's subject the article names ("the treaty",
    "the text of this agreement": a definite determiner on the claim's head noun)?"""
    for t in doc:
        if t.pos_ == "NOUN" and t.lemma_.lower() in covered and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in t.children):
            return True
    return False


def clause_verb(token: Any) -> Any:
    """The verb of the clause a word belongs to (the word itself when it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def predicates(doc: Any) -> list[Any]:
    """The verbs that can carry the statement's event, the sentence's main verb first; a participle that
    tells what happened to a participant counts too ("newly delivered helicopters were seen")."""
    verbs = [t for t in doc if (t.pos_ == "VERB" and t.dep_ in EVENT_HEADS)
             or (t.dep_ == "amod" and t.tag_ == "VBN")]
    return sorted(verbs, key=lambda t: (t.dep_ != "ROOT", t.i))


def asserted_clause(verb: Any) -> bool:
    """Is the predicate on the sentence's own line of clauses (each head above it reached through a clause
    or preposition label up to the root: "said Iran signed", "signed … and launched"), not inside a noun
    phrase ("the claim that Iran provided missiles", "the stir caused by reports that Iran sent …" as a
    subject): a noun's content clause says what someone claims, not what the writer asserts."""
    token = verb
    for _ in range(12):
        if token.head.i == token.i:
            return True
        if token.dep_ not in EVENT_HEADS and token.dep_ != "prep":
            return False
        token = token.head
    return True


def in_own_time(verb: Any) -> bool:
    """Past, present, present perfect or progressive, not past perfect ("had signed": a recap) nor a bare
    infinitive or gerund outside a finite clause ("to sign", "signing"), nor a passive infinitive ("are to be
    shipped"); a bare verb under "can now" (newly_able) is the page's present. A past perfect reported by a verb of
    saying in the past is the reported present perfect, backshifted ("the banks said they had integrated
    their systems": the sequence of tenses of reported speech, Quirk et al. 1985 §14.31), in its own time."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in aux):
        # (a verb of saying the tagger took for a participle with no auxiliary of its own is a past all the same)
        head = verb.head
        past = head.tag_ == "VBD" or (head.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in head.children))
        return verb.dep_ == "ccomp" and past and head.lemma_.lower() in STANCE_LEXICON["en"]["say"]
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if verb.tag_ == "VB" and newly_able(verb):
        return True  # "cards can now withdraw cash …": a possibility that has just begun, the page's present
    if verb.tag_ in ("VBN", "VBG"):
        if any(a.lower_ == "to" for a in aux) and any(a.dep_ == "auxpass" for a in aux) and not any(
                a.lemma_.lower() == "have" for a in aux):
            # a passive infinitive ("the containers are to be shipped on to India"): still to come; a perfect one
            # is a reported past ("is said to have delivered": reported_perfect)
            return False
        if aux:
            return True
        # "…, linking X with Y" / "was made possible by linking": the event of a clause a finite verb carries
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        return verb.dep_ in ("pcomp", "advcl", "xcomp", "conj") and head.pos_ in ("VERB", "AUX")
    return False


def arguments(verb: Any) -> list[Any]:
    """The tokens of the predicate's own arguments (not of clauses with their own predicate); a conjoined
    predicate shares its head's subject ("Iran and Russia signed … and launched …")."""
    out: list[Any] = []
    stack = [ch for ch in verb.children if ch.dep_ in ARGUMENTS]
    if verb.dep_ == "conj" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        stack += [ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    stack += reporters(verb)
    if verb.dep_ in ("xcomp", "pcomp", "advcl") and not any(ch.dep_ in ("nsubj", "nsubjpass")
                                                           for ch in verb.children):
        head = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
        stack += [ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [ch for ch in token.children if ch.dep_ not in OWN_CLAUSE]
    return out


def reporters(verb: Any) -> list[Any]:
    """The subject of the verb of saying a reported clause's pronoun subject stands for ("the central banks said
    they had integrated …", "Tehran said it has received …", "the two countries announced that they had
    launched …"): a pronoun "it" or "they" agreeing in number with that subject; [] otherwise (not "They
    exchanged views, the ministry said")."""
    if verb.dep_ != "ccomp":
        return []
    sayers = [ch for ch in verb.head.children if ch.dep_ == "nsubj"]
    pronouns = [ch.lower_ for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "PRON"]
    if sayers and pronouns and pronouns[0] in ("it", "they") and (pronouns[0] == "they") == plural(sayers[0]):
        return sayers
    return []


def plural(token: Any) -> bool:
    """Does the noun phrase headed by `token` name more than one (a plural noun, or coordinated nouns)?"""
    return token.tag_ in ("NNS", "NNPS") or any(ch.dep_ == "conj" for ch in token.children)


def background(doc: Any, ref: date | None) -> bool:
    """A recap: "since <date>", "has long …", "formerly", or the sentence's own date (from its DATE
    entities, claims.statements) more than BACKGROUND_DAYS before the article."""
    words = LEXICON["en"]["background"]
    if any(t.lower_ in words and t.dep_ in ("prep", "advmod") for t in doc):
        return True
    if find_phrases(fold(doc.text), tuple(sorted(LEXICON["en"]["hitherto"]))):
        return True
    base = comparison_spans(doc.text)  # a date in a comparison's standard is its base, not the statement's time
    ents = [ent for ent in doc.ents if ent.label_ == "DATE" and not in_comparison(base, ent.start_char)]
    # a span of years counted back from now ("more than a decade ago", "two years ago"): a relative date the
    # dated reading leaves out, well before any article's own days
    if any(_YEARS_AGO.search(ent.text) for ent in ents):
        return True
    # a span of years reaching back to now ("over the past decade", "in recent years", "the last three years"): what
    # happened across it is a recap of many acts, not the page's news
    if any(_YEARS_SPAN.search(ent.text) for ent in ents):
        return True
    # "last year" in an article after January: all of that year ended more than a month before the page (the
    # dated reading leaves relative dates out)
    if ref and ref.month > 1 and any(_LAST_YEAR.search(ent.text) for ent in ents):
        return True
    when, _ = statement_date(doc, ref)
    if not (when and ref and (ref - date.fromisoformat(when)).days > BACKGROUND_DAYS):
        return False
    # the old date is only the start or end of an arrangement ("from December": onset_month)? then no recap
    text = doc.text
    return not all(onset_month(text, ent.start_char, ent.end_char) or in_comparison(base, ent.start_char)
                   for ent in doc.ents if ent.label_ == "DATE" and any(
        d is not None and (ref - d).days > BACKGROUND_DAYS for d in (period_end(m) for m in entity_dates(ent, ref))))


def dated_before(doc: Any, ref: date | None) -> bool:
    """Is the sentence dated more than WORDS_RECAP_DAYS before the article: its latest date (its DATE entities,
    a month named alone read as the last one up to the page: "signed in Tehran in September" in December), a date
    that only names a thing ("the 2015 deal") or sets when an arrangement starts or ends ("from December":
    onset_month) left out? A ranking, not a veto: such an event is listed only when the page has no news of its
    own days."""
    if ref is None:
        return False
    found = [d for ent in doc.ents if ent.label_ == "DATE"
             and not (ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and ent.root.head.pos_ in ("NOUN", "PROPN")
                      and ent.root.head.i not in range(ent.start, ent.end))
             and not onset_month(doc.text, ent.start_char, ent.end_char)
             and not in_comparison(comparison_spans(doc.text), ent.start_char)
             for m in entity_dates(ent, ref) if (d := period_end(m)) is not None]
    return bool(found) and (ref - max(found)).days > WORDS_RECAP_DAYS


def reported_perfect(verb: Any) -> bool:
    """Is the predicate a perfect infinitive under a passive verb of saying or believing ("Russia is said /
    reported / believed to have ordered …")? Someone reports the event happened: a development as reported
    (the statement is listed as it stands, with its reporting verb), not a plan ("is expected to deliver")."""
    head = verb.head
    return (verb.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ == "VB"
                                          for a in verb.children)
            and any(a.dep_ == "auxpass" for a in head.children)
            and head.lemma_.lower() in STANCE_LEXICON["en"]["say"] | STANCE_LEXICON["en"]["doubt"])


def estimated_figure(doc: Any, clause: Any, stance: Any) -> bool:
    """Is the statement hedged only by a verb of estimation whose clause's subject is a figure ("Analysts estimate
    that around 90% of the stages now occur in Russia", "… that most of the parts are now made there")? The
    estimate is the figure's, a share read off by someone, not doubt about the event; the other words of doubt
    ("claimed", "reportedly", "may") still hedge it."""
    lex = STANCE_LEXICON["en"]
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in lex["estimate_verb"]:
        return False
    doubtful = (lex["doubt"] | lex["hedge_adverb"] | lex["possibility"]) - lex["estimate_verb"]
    said = {w.lower() for w in stance.words}
    if stance.negated or stance.denied or any(t.lower_ in said and (t.lemma_.lower() in doubtful or t.lower_ in doubtful)
                                              for t in doc):
        return False
    subject = [ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(t.like_num or t.text == "%" or t.lower_ in ("most", "all", "much", "half") or t.tag_ == "CD"
               for sub in subject for t in sub.subtree)


def source_only(doc: Any, stance: Any) -> bool:
    """Is the statement hedged only by who reports it ("…, Iranian media reported": a single source saying
    so), with no word of doubt ("claimed", "alleged"), hedging adverb ("reportedly") or possibility ("may")
    among the stance's words (claims.grammar.LEXICON)?"""
    lex = STANCE_LEXICON["en"]
    doubtful = lex["doubt"] | lex["hedge_adverb"] | lex["possibility"]
    said = {w.lower() for w in stance.words}
    return stance.attributed and not any(t.lower_ in said and (t.lemma_.lower() in doubtful or t.lower_ in doubtful)
                                         for t in doc)


def others_with_third_country(doc: Any, parties: set[str], party_countries: frozenset[str],
                              party_tokens: dict[int, set[str]]) -> bool:
    """Does a predicate of the sentence have one of `parties` acting with a third country ("Russia and
    Turkey signed …": a country claims.entities names in its subject or agent)? Then that party's part in the
    sentence is with the other country, not in an event of the other party's."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [t for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass", "agent") for t in acting(ch)]
        # a country of the gazetteer, not any place entity: "a Soyuz launcher from Vostochny" is the party's own
        if any(parties & party_tokens.get(t.i, set()) for t in subjects) and \
                countries_in(" ".join(t.text for t in subjects)) - party_countries:
            return True
    return False


def multilateral(verb: Any, party_countries: frozenset[str], party_tokens: dict[int, set[str]]) -> bool:
    """Does the predicate's subject, passive agent or partner ("with") name a country beside the parties
    ("Iran, Russia and China began …", "… was sanctioned by the U.S.", "… drills with China, Iran"): a place
    or nationality entity (GPE, NORP) that is no party's name, or a country of claims.entities' gazetteer
    that is not a party's (a partner: the gazetteer's only)?"""
    # a third country as the party's partner in the act ("conducts drills with China, Iran", "signed a deal on
    # ports with China and India": the parse may hang "with" on the object)
    for prep in arguments(verb):
        if prep.dep_ == "prep" and prep.lower_ == "with" and countries_in(
                " ".join(t.text for t in prep.subtree)) - party_countries:
            return True
    for ch in verb.children:
        if ch.dep_ not in ("nsubj", "nsubjpass", "agent"):
            continue
        if ch.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in verb.children):
            continue  # a passive's subject is what the event happens to; its agent is who does it
        tokens = acting(ch)
        if countries_in(" ".join(t.text for t in tokens)) - party_countries:
            return True
        # the hyphen of "Iranian-Russian" is inside the entity, naming no country, and so is the article of "the
        # Islamic Republic": a word of an entity that names a party is that party's; a place the gazetteer does
        # not know counts only among the actors themselves ("Iran, Russia and Belarus", "Belarusian and Russian
        # forces"), not in a phrase about the subject ("a line linking the port of Astrakhan with Bandar Anzali")
        actors = actor_tokens(ch)
        own = party_places(ch, party_tokens)
        if any(t.ent_type_ in ("GPE", "NORP") and t.i not in party_tokens and not t.is_punct
               and not names_party(t, party_tokens) and t.i not in own for t in tokens if t.i in actors):
            return True
    return False


def party_places(head: Any, party_tokens: dict[int, set[str]]) -> set[int]:
    """The tokens of places inside a party ("The Astrakhan region of Russia and Iran's Gilan province signed …"):
    a name compounded with a common noun (a region, a province, a port) that a party owns, by its possessive or by
    "of" and the party's name. The place is the party's, not a third country; a proper noun owned so ("Iran's
    neighbour Turkmenistan") is another state and stays one."""
    out: set[int] = set()
    for h in [head] + list(head.conjuncts):
        if h.pos_ != "NOUN":
            continue
        owner = [g for ch in h.children if ch.dep_ == "poss" for g in [ch]] + [
            g for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
        if not any(t.i in party_tokens for g in owner for t in g.subtree):
            continue
        names = {ch.i for ch in h.children if ch.dep_ in ("compound", "nmod") and ch.pos_ == "PROPN"}
        for ent in h.doc.ents:
            if any(ent.start <= i < ent.end for i in names):
                names |= set(range(ent.start, ent.end))
        out |= names - {h.i}
    return out


def actor_tokens(head: Any) -> set[int]:
    """The tokens that name the actors of a subject or agent: its head and the heads coordinated with it, with
    the words that make up their names (compound, modifier, possessive), each whole entity they touch; not a
    phrase hanging under them ("the port of Astrakhan", "linking … with Bandar Anzali")."""
    heads = [head] + list(head.conjuncts)
    words = [t for h in heads for t in [h] + [ch for ch in h.children if ch.dep_ in ("compound", "amod", "poss", "nmod")]]
    out = {t.i for t in words}
    for ent in head.doc.ents:
        if any(ent.start <= i < ent.end for i in out):
            out |= set(range(ent.start, ent.end))
    return out


def acting(head: Any) -> list[Any]:
    """The subtree of a subject or agent less what hangs under a preposition of a route (LEXICON "route": "a
    power line … through Azerbaijan", "a swap via Turkmenistan"): a country there is the way the thing takes, not
    one taking part."""
    route = {t.i for p in head.subtree if p.dep_ == "prep" and p.lower_ in LEXICON["en"]["route"] for t in p.subtree}
    return [t for t in head.subtree if t.i not in route]


def names_party(token: Any, party_tokens: dict[int, set[str]]) -> bool:
    """Is the token part of an entity another token of which names a party ("the" of "the Islamic Republic")?"""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and any(t.i in party_tokens for t in ent)


def routine_event(verb: Any, args: list[Any], routine: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Is the event a routine contact: its predicate or its object is one of the catalogue's routine words
    ("met", "held talks", "a visit"), or a routine phrase is among its arguments ("a phone call")?"""
    single, phrases = routine
    objects = [t for t in verb.children if t.dep_ in ("nsubj", "dobj", "nsubjpass", "attr")]
    if verb.lemma_.lower() in single or any(t.lemma_.lower() in single or t.lower_ in single for t in objects):
        return True
    text = fold(" ".join(t.text for t in sorted(args, key=lambda t: t.i)))
    return bool(phrases and find_phrases(text, phrases))


def hosting(verb: Any, offices: frozenset[str]) -> bool:
    """Is the event a host receiving a visitor ("Belousov received the commander of Iran's navy, Rear Admiral …",
    "hosts Iranian military chief"): a verb of hosting (LEXICON "hosting") whose object is a person, named (a PERSON
    entity heading it or set beside it) or by an office (`offices`, the catalogue's one-word `officials`)? A contact
    of the routine kind, like a meeting; receiving a thing ("received the first trainer jets") is an event."""
    if verb.lemma_.lower() not in LEXICON["en"]["hosting"]:
        return False
    for obj in (t for t in verb.children if t.dep_ == "dobj"):
        if obj.lemma_.lower() in offices or obj.lower_ in offices or obj.ent_type_ == "PERSON" or any(
                t.ent_type_ == "PERSON" for c in obj.children if c.dep_ == "appos" for t in c.subtree):
            return True
    return False


def parsed_text(statement: str) -> str:
    """The statement as the parse reads it: a wire's dateline at its start ("TEHRAN (Mehr) - Iran and Russia
    signed …") blanked with spaces, so its place and agency are no subject of the sentence's verb (the small
    model takes "TEHRAN" for one, and "Mehr" for a third country) and every offset stays that of the statement,
    which is listed verbatim, dateline and all."""
    m = DATELINE.match(statement)
    if not m or m.end() >= len(statement) or not (statement[m.end()].isupper() or statement[m.end()].isdigit()):
        return statement
    return " " * m.end() + statement[m.end():]


def fragment(statement: str) -> bool:
    """A line with no closing punctuation (a headline or caption) rather than a sentence."""
    return not statement.rstrip().rstrip("\"'”’)»").endswith((".", "!", "…"))


def new_developments(candidates: list[Candidate], catalogue: Catalogue, encoder: Any) -> list[dict[str, Any]]:
    """report.json's `new_developments` (DESIGN.md): the event statements as close in meaning to the
    catalogue's development examples as NEW_DEV_THRESHOLD, none as close to a tracked claim's states as a
    restatement (COVERED_SIMILARITY) unless it names a thing no claim covers (Candidate.things), at most
    MAX_NEW_PER_ARTICLE per article. Each article lists its own:
    two outlets reporting one development are two sources of it, as findings keep every source.
    Without an encoder every event statement scores UNSCORED, and so does one read by words (the encoder is
    English: its closeness for another language's sentence measures nothing)."""
    if not candidates:
        return []
    if encoder is None:
        scores = np.full(len(candidates), UNSCORED)
        lifted = scores
        vectors = None
    else:
        # syndicated copies of a statement are embedded once (the encoder costs ~10 ms a sentence)
        # a statement whose parties the sentence before names is read with them for its kind (c.scored) and
        # without them for what it is about (its closeness to a claim: the parties' names alone are close to
        # every claim about them)
        unique = list(dict.fromkeys([c.scored or c.statement for c in candidates if not c.by_words]
                                    + [c.statement for c in candidates if c.implicit]
                                    + [c.core for c in candidates if c.core and not c.by_words])) or [""]
        row = {text: n for n, text in enumerate(unique)}
        encoded = encoder.encode(unique)
        vectors = encoded[[row.get(c.scored or c.statement, 0) for c in candidates]]
        about = encoded[[row.get(c.statement if c.implicit else c.scored or c.statement, 0) for c in candidates]]
        rows = [(claim.id, d) for claim in catalogue.claims for s in claim.states for d in s.describe] \
            + [(claim.id, claim.question) for claim in catalogue.claims]
        covered = encode_fixed(encoder, [text for _, text in rows])
        protos = encode_fixed(encoder, list(catalogue.developments or [c.question for c in catalogue.claims]))
        near = about @ covered.T
        closeness = near.max(axis=1)
        # several things counted ("eight cooperation documents") are no restatement of the claim about one thing
        # they come closest to (a treaty): named as a thing no claim covers is
        single = single_claims(catalogue)
        things = np.array([c.things or (c.several and rows[int(k)][0] in single)
                           for c, k in zip(candidates, near.argmax(axis=1))], dtype=bool)
        # closeness to a tracked claim costs (a statement half about a claim), except for one naming a thing no
        # claim covers: its closeness to the claim is that of its kind ("trainer jets" beside "fighter jets")
        scores = (vectors @ protos.T).max(axis=1) - 0.5 * np.clip(closeness - 0.6, 0, None) * ~things
        # as close in meaning to a tracked claim's states as a restatement is: it belongs to that claim
        # the event's own clause (event_core) read alone: what happened, without the sentence's day, source and
        # asides; it counts when it is no closer to a tracked claim than a restatement, and not below the sentence
        cores = encoded[[row.get(c.core, 0) for c in candidates]]
        core_near = (cores @ covered.T).max(axis=1)
        core_scores = (cores @ protos.T).max(axis=1) - 0.5 * np.clip(core_near - 0.6, 0, None) * ~things
        use = np.array([bool(c.core) and not c.by_words for c in candidates], dtype=bool) & (
            (core_near < COVERED_SIMILARITY) | things)
        scores[(closeness >= COVERED_SIMILARITY) & ~things] = -1.0
        scores[[k for k, c in enumerate(candidates) if c.by_words]] = UNSCORED
        # the core lifts a statement over the threshold; the page's statements still rank by their whole sentence
        # (a core cut from a recap's "since …" is no better news than the page's dated event)
        lifted = np.where(use & (scores > -1.0), np.maximum(scores, core_scores), scores)
    picked: list[int] = []
    per_article: dict[int, int] = {}
    # a full sentence before a headline-like fragment of the same score band: it carries the evidence
    # and one naming a thing no claim covers before one that does not: it names what the event is about
    # and a standing dated before the article's days after the article's own news
    # and the consequence of a development ("cards can now be used") after the act that made it possible
    # and an elaboration of an event told before ("took part in the drill") after the event's own statement
    order = sorted(range(len(candidates)), key=lambda k: (fragment(candidates[k].statement), candidates[k].stale,
                                                         candidates[k].consequence, candidates[k].elaboration,
                                                         candidates[k].ongoing,
                                                         not candidates[k].things,
                                                         -scores[k]))
    for idx in order:
        cand = candidates[int(idx)]
        floor = NEW_DEV_THRESHOLD if cand.known else OPEN_THRESHOLD
        if lifted[idx] < floor or per_article.get(cand.article.id, 0) >= MAX_NEW_PER_ARTICLE:
            continue
        picked.append(int(idx))
        per_article[cand.article.id] = per_article.get(cand.article.id, 0) + 1
    return [{"statement": candidates[i].statement, "url": candidates[i].article.url,
             "title": candidates[i].article.title, "published": candidates[i].article.published[:10],
             "score": round(float(lifted[i]), 3)} for i in picked]
