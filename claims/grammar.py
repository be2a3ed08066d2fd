"""How a statement is stated, read from the dependency parse of its sentence: negated, hedged, attributed,
future (plans, modals, "ready to", "final stages of"), past (a recap). The words that signal each are
lemma sets per language: the parse gives their scope (the verb that governs the cue and the verbs above it),
not a character window.

Source of the scoping rules: Universal-Dependencies-style English parses as spaCy's en_core_web_sm labels
them (ClearNLP labels: neg, aux, xcomp, ccomp, advcl, acl, pcomp, pobj, prep, advmod, nsubj)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Per-language function words (issue 15 adds other languages as further entries).
LEXICON: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        # modal auxiliaries that make the verb a possibility or a plan, not a fact
        "modal": frozenset({"will", "shall", "would", "could", "can", "may", "might", "should", "must", "'ll", "wo",
                            "ca"}),
        # a predicate of an act at hand before its infinitive ("is about to take delivery"): the act is still to
        # come (claims.grammar.read_stance; en24)
        "imminent": frozenset({"about"}),
        # heads that put what they govern in the future: "plans to sign", "ready to sign", "set to be reimposed",
        # "in the final stages of signing", "the signing is scheduled"
        "plan": frozenset({"plan", "expect", "set", "aim", "intend", "prepare", "ready", "readiness", "hope", "want",
                           "seek", "schedule", "due", "propose", "intention", "expectation", "stage", "process",
                           "preparation", "wish", "desire", "willingness", "willing", "eager", "keen", "try", "attempt",
                           "effort", "bid", "goal", "target", "promise", "pledge", "vow", "consider", "discuss",
                           "negotiate", "agree", "able", "likely", "going", "possibility", "prospect", "need",
                           "call", "urge", "demand", "invite", "request", "hopeful", "threaten", "warn", "roadmap",
                           "plan", "proposal", "draft", "memorandum", "application", "request", "path", "step",
                           "road", "candidacy", "aspiration", "apply",
                           # "poised to receive", "on the verge of receiving": an act at hand is still to come (en24)
                           "poised", "verge", "brink",
                           # "arrangements for the delivery", "paving the way for the delivery": made ready, not done
                           "arrangement", "way",
                           # "recommended ratifying the treaty", "a recommendation to ratify": advised, not done
                           "recommend", "recommendation", "advise",
                           # "the procedures required for the entry into force": what a step is needed for is
                           # still to come (en18a)
                           "require", "requirement", "necessary", "prerequisite", "precondition",
                           # "waiting for ratification", "awaiting approval"
                           "wait", "await",
                           # "trade is projected to hit $6 billion", "forecast to grow": a forecast, not a count
                           "project", "forecast", "predict", "anticipate",
                           # "talks on the delivery": what is negotiated is not yet done
                           "talk", "negotiation", "discussion", "consultation",
                           # "delayed by disputes over the price and land acquisition": what is disputed is not settled
                           "dispute", "disagreement", "wrangling",
                           # "bringing the accord a step closer to taking effect", "close to signing": near, not there
                           "close", "closer", "near", "nearer"}),
        "negation": frozenset({"not", "n't", "never", "no", "nor", "neither", "without"}),
        # words of nearness that, as the object of a preposition, round a figure ("grew by close to a sixth", "stood
        # at close to $5 billion"): no act near its end (claims.grammar.approximates; en22)
        "approximator": frozenset({"close", "near"}),
        # verbs of finishing: what they say of a step or a round is that it was done, not the state of the whole
        # ("the fifth round … ended in Rome", "after land acquisition was completed";
        # claims.reader.subjects_of_other_cues)
        "finish": frozenset({"end", "conclude", "complete", "finish", "close", "wrap"}),
        # nouns of talks held between sides ("talks", "a round", "the meeting"), verbs of sides meeting ("met",
        # "negotiated with"), and verbs that hold talks ("held talks", "a round took place"): the words of a claim's
        # talks with its counterparts (claims.reader.counterpart_talks)
        "talk_noun": frozenset({"talk", "negotiation", "round", "meeting", "contact", "consultation", "session",
                                "discussion", "dialogue", "exchange"}),
        "meet": frozenset({"meet", "negotiate"}),
        "hold_talks": frozenset({"hold", "conduct", "begin", "start", "open", "resume", "continue"}),
        # negative pronouns as a verb's object or subject: "has received neither", "none has arrived" (en22)
        "negative_pronoun": frozenset({"neither", "none", "nothing", "nobody"}),
        # a thing "on its way", "en route", "in transit" has not arrived: its arrival is still to come (en22: "a first
        # batch of the jets was on its way"); the preposition, then the noun it governs
        "transit_prep": frozenset({"on", "en", "in"}),
        "transit": frozenset({"way", "route", "transit"}),
        # subordinators of a condition: what the clause says is supposed, not asserted ("unless one of the
        # parties triggers the snapback", "if the treaty enters into force")
        "condition": frozenset({"if", "unless"}),
        # subordinators of an indirect question: what the clause asks is not asserted ("disagree on whether they
        # have stopped", "asked whether the jets had arrived"; "if" as a verb's complement: "asked if …")
        "interrogative": frozenset({"whether"}),
        # verbs whose object is kept from happening or put off: "a draft to delay the return of UN sanctions",
        # "sought to prevent the reimposition", "to avert the snapback"
        "prevent": frozenset({"delay", "postpone", "prevent", "avert", "forestall", "block", "defer", "avoid",
                              "stave"}),
        # verbs whose direct object is the act intended, not one done: "Europeans threaten UN snapback", "Iran
        # seeks full membership", "Moscow expects delivery by March" (a verb of agreeing is none: "agreed a deal")
        "intent": frozenset({"threaten", "propose", "seek", "plan", "expect", "request", "demand", "urge", "promise",
                             "pledge", "consider", "want", "wish", "intend", "anticipate", "forecast", "predict",
                             "envisage", "mull", "weigh", "eye", "recommend", "advise",
                             # "still awaits ratification": what is waited for has not come
                             "await"}),
        # verbs whose clause says what ought to be done (the mandative subjunctive: "recommended that the house
        # ratify the treaty", "demanded that Russia deliver the jets"): a bare verb with a subject of its own
        # under one is asked for, not done
        "mandative": frozenset({"recommend", "urge", "demand", "request", "propose", "suggest", "insist", "ask",
                                "require", "advise", "order", "move"}),
        # verbs of putting a thing before a body: their "for" phrase names the act it is put there for ("submitted
        # the treaty to the Duma for ratification", "sent the bill to parliament for approval"): still to come
        "submit": frozenset({"submit", "send", "refer", "forward", "table", "introduce", "present", "transmit",
                             "bring", "put", "resubmit"}),
        # verbs whose direct object is only the subject of talk: "discussed the snapback", "debated the deal"
        # (claims.statements.talked_about)
        "talk_about": frozenset({"discuss", "debate", "negotiate", "examine", "review", "address"}),
        # prepositions of a framework: what happens under a deal's terms is the deal at work, not a state of the
        # deal ("restrictions expired under the timetable of the 2015 deal"; claims.statements.under_the_thing)
        "framework": frozenset({"under"}),
        # nouns of an act under way: "in the process of admitting", "in the final stages of signing", "on the
        # verge of delivering" — not done yet, but the step before it is (claims.statements.restate)
        "process": frozenset({"process", "stage", "verge", "brink", "midst", "threshold", "cusp"}),
        # nouns of a part of a whole: "completed the first section of the railway" is done with a part
        # (claims.statements.part_done)
        "part": frozenset({"section", "segment", "phase", "stage", "part", "stretch", "leg", "portion", "half",
                           "third", "quarter", "component"}),
        # modals of possibility: "the deal could collapse" is hedged as well as not yet a fact
        "possibility": frozenset({"could", "may", "might"}),
        # verbs whose infinitive complement happened: "voted to ratify", "began to deliver", "managed to sign"
        # (Karttunen's implicative verbs; a plan head such as "agreed to deliver" leaves it to come)
        "implicative": frozenset({"manage", "vote", "begin", "start", "continue", "resume", "proceed", "succeed",
                                  "go", "move", "rush", "hasten", "keep", "dare", "bother"}),
        # verbs whose subject is still to happen: "deliveries are expected", "the signing is scheduled"
        "scheduled": frozenset({"expect", "plan", "schedule", "due", "propose", "intend", "anticipate", "forecast",
                                "slate", "project"}),
        # verbs that negate what they govern: "failed to ratify", "refused to sell", "has yet to"
        "negating": frozenset({"fail", "refuse", "decline", "deny", "yet", "stop", "halt", "reject"}),
        # a reason given for a state not reached: the words of the cause are no statement of the state ("has not
        # begun, officials said, citing unresolved land acquisition", "no ground has been broken because of delays
        # in land acquisition", "held up by land acquisition disputes"; see reason_for_not())
        "reason_prep": frozenset({"because", "due", "owing", "pending", "amid", "over"}),
        "reason_verb": frozenset({"cite", "blame"}),
        # verbs of an act kept back; with a particle as "lemma particle" ("held up", "bogged down")
        "obstruct": frozenset({"hold up", "hold back", "stall", "hamper", "hinder", "obstruct", "impede", "stymie",
                               "bog down", "slow", "slow down", "set back"}),
        "hedge_adverb": frozenset({"reportedly", "allegedly", "purportedly", "possibly", "probably", "perhaps",
                                   "apparently", "supposedly", "seemingly", "maybe", "likely"}),
        # reporting verbs: what they govern is attributed to their subject
        # a parliament's committee approving: a step before the chamber's vote ("The Majlis national security
        # committee approved the treaty": not ratified), with the verbs of approving it is the subject of; not a
        # "commission", which in English is also a joint intergovernmental body acting ("a joint commission approved 20
        # new projects": done)
        # the nouns that speak for a state when they sign (claims.statements.signed_by_a_body): the countries, their
        # governments, leaders, officials and envoys; another body of a party ("the wrestling federations of Russia
        # and Iran") signs its own agreement, not a treaty between the states
        "state_voice": frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "partner", "ally",
                                  "government", "leader", "official", "delegation", "representative", "negotiator",
                                  "authority", "administration", "capital", "party", "signatory", "counterpart",
                                  "president", "minister", "head", "envoy", "ambassador", "diplomat"}),
        # nouns of a part of a country: what one of them trades or signs is its own, not the country's ("the southern
        # Russian region of Astrakhan did $620 million of trade with Iran"; claims.reader.verb_anchors)
        "subdivision": frozenset({"region", "province", "oblast", "krai", "governorate", "district", "county",
                                  "municipality", "city", "town", "port", "territory"}),
        # a subject pointing back at the figure the sentence before gave ("It grew by 15.5%", "That is 15.5% more
        # than a year earlier", "The figure was up 15.5 percent"): pronouns, and nouns for a figure with a
        # definite determiner (claims.reader.pronoun_anchors)
        "back_pronoun": frozenset({"it", "that", "this"}),
        "back_figure": frozenset({"figure", "total", "sum", "amount", "number", "tally", "value"}),
        "definite": frozenset({"the", "this", "that"}),
        # a grouping of states named by a common noun, as a trade partner no party is ("Iran's trade with the bloc",
        # "with the union's members"; claims.reader.third_country_near)
        "grouping": frozenset({"bloc", "union", "grouping", "alliance", "organisation", "organization", "community"}),
        "committee": frozenset({"committee", "subcommittee"}),
        "committee_act": frozenset({"approve", "ratify", "endorse", "back", "pass", "adopt", "clear"}),
        "say": frozenset({"say", "tell", "state", "announce", "add", "write", "report", "note", "declare", "confirm",
                          "stress", "explain", "assert", "insist", "quote", "cite", "reveal", "disclose"}),
        # verbs of appearance whose infinitive complement is an inference, not a fact: "Iran appears to have
        # received the jets", "deliveries seem to have stopped"
        "evidential": frozenset({"appear", "seem"}),
        # reporting verbs that also put the content in doubt
        "doubt": frozenset({"claim", "allege", "rumour", "rumor", "suggest", "speculate", "believe", "think",
                            "suspect", "accuse", "assume", "estimate", "fear"}),
        "denial": frozenset({"deny", "reject", "dismiss", "refute"}),
        # verbs of acceptance that deny what they govern when negated: "does not recognise the reimposition"
        "recognise": frozenset({"recognise", "recognize", "accept", "acknowledge"}),
        # verbs that scope a denial to a stretch of time: "denied continuing to supply", "denied resuming"
        "aspectual": frozenset({"continue", "resume", "keep", "still"}),
        # ordinals that make an infinitive relative an act done: "the last member to ratify" (see unfinished();
        # "the next member to ratify" is still to come)
        "ordinal": frozenset({"first", "last", "second", "third", "fourth", "fifth", "only", "latest"}),
        # words on a noun of an occurrence that take an earlier one for granted: "the next round of talks would take
        # place on Sunday", "a fourth round is due" (claims.statements.sequel_of_a_process: a round planned after one
        # held, so the process is under way now; "first" and "new" take none for granted)
        "sequel": frozenset({"next", "another", "further", "second", "third", "fourth", "fifth", "sixth", "seventh",
                             "eighth", "ninth", "tenth"}),
        # "a successful bid to join": a plan qualified as accomplished (see achieved())
        "achieved": frozenset({"successful", "accomplished", "completed", "fulfilled", "realised", "realized"}),
        # a statement's time that is the article's own date (claims.statements.statement_date)
        "today": frozenset({"today", "tonight", "this morning", "this evening"}),
        # "I can confirm …": a speaker asserting now (see performative())
        "performative_modal": frozenset({"can"}),
        "first_person": frozenset({"i", "we"}),
        # indefinite single sources: "an MP said", "one lawmaker", "a source"
        "indefinite": frozenset({"a", "an", "one", "some"}),
        "source_noun": frozenset({"source", "insider", "report", "media", "outlet", "rumour", "rumor", "lawmaker",
                                  "mp", "deputy", "official", "member", "analyst", "expert", "blogger", "channel"}),
        "according": frozenset({"according"}),
        # prepositions that place the event their noun names after the main clause's time: "ahead of the
        # expiry", "before the signing", "on the eve of the summit"
        "anterior": frozenset({"ahead", "before", "prior", "run-up", "eve"}),
        # subordinators of a clause whose past event is the starting point of the main clause's count: "the
        # first round of talks since Washington abandoned the deal" recounts the abandoning, it does not report it
        "starting_point": frozenset({"since"}),
        # subordinators of time whose clause in the present tells an event still to come ("transit times will fall
        # once Iran completes the railway", "when the line opens", "until the contract is signed"); in the past
        # they state it ("once the treaty entered into force, trade grew")
        "time_to_come": frozenset({"once", "when", "until", "till", "before", "after"}),
        # prepositions of place: a capital after one is the venue of an act, not its country acting ("talks
        # resumed in Vienna"; claims.reader.scope_score)
        "venue": frozenset({"in", "at"}),
        # what a figure "according to" them is not yet a count: "according to preliminary estimates"
        "estimate_noun": frozenset({"estimate", "estimation", "projection", "forecast", "extrapolation"}),
        # verbs whose figure is a guess, not a count: "trade is estimated at $4.5 billion", "an estimated $4.5
        # billion", "analysts put trade at $5 billion" is not one (a source's count)
        "estimate_verb": frozenset({"estimate", "approximate", "guess"}),
        # words that make a figure a correction of an earlier one for the same period: "customs revised the 2024
        # figure to $4.6 billion", "according to corrected data" (claims.statements.revised_figure)
        "revision": frozenset({"revise", "revised", "correct", "corrected", "restate", "restated", "amend",
                               "amended", "revision", "correction"}),
        # words that make a figure the wrong one a correction withdraws: "an earlier version misstated trade
        # as $5.8 billion", "incorrectly said trade was $5.8 billion" (claims.grammar.misstated)
        "misstatement": frozenset({"misstate", "misreport", "misquote", "misprint", "miscalculate",
                                   "misrepresent", "incorrectly", "wrongly", "erroneously", "mistakenly",
                                   "inaccurately"}),
        # a withdrawn text as the source ("an earlier version of this article said …"): a word of its earlier
        # state on a noun of a text's version; what it says is what a correction withdraws (claims.statements.withdrawn)
        "earlier_state": frozenset({"earlier", "previous", "prior", "original", "initial"}),
        "version_noun": frozenset({"version", "edition", "iteration"}),
        # labels opening a fact-check's sentence of the claim under check ("Claim: …", "Rumour: …"): what follows
        # is what is checked, nothing stated (claims.statements.withdrawn)
        "checked_label": frozenset({"claim", "rumour", "rumor", "myth", "the claim", "viral claim"}),
        # sources that name nobody: what only they say is unverified
        "unnamed": frozenset({"report", "source", "media", "medium", "rumour", "rumor", "insider", "speculation",
                              # pictures nobody vouches for: "according to images circulated online"
                              "image", "photo", "photograph", "picture", "video", "footage", "imagery"}),
        # words that make an outlet an institution's own voice: "state media", "official sources"
        "institutional": frozenset({"state", "official", "government", "governmental", "state-run", "ministry"}),
        # voices that speak for no institution: what they alone say is unverified
        "unverified": frozenset({"lawmaker", "legislator", "mp", "parliamentarian", "blogger", "commentator",
                                 "insider", "rumour", "rumor", "channel", "tabloid"}),
        # bodies whose single member speaks for no institution: "a member of the parliament's committee"
        # people a "dismissed" governs: then it ends a tenure, it denies nothing
        "person_noun": frozenset({"minister", "official", "chief", "head", "commander", "governor", "ambassador",
                                  "envoy", "director", "general", "deputy", "aide", "adviser", "advisor", "secretary",
                                  "president", "premier", "spokesman", "spokeswoman", "spokesperson", "staff"}),
        "assembly": frozenset({"parliament", "majlis", "duma", "legislature", "congress", "senate", "committee",
                               "commission", "parliamentary", "legislative"}),
        # nouns that carry a report without vouching for it: "reports that …", "claims that …"
        "rumour_noun": frozenset({"report", "claim", "allegation", "rumour", "rumor", "speculation", "suggestion",
                                  "accusation", "assertion"}),
        # raising verbs whose passive with an infinitive hedges it: "X is said / believed / reported to have …"
        "raising": frozenset({"say", "report", "believe", "think", "rumour", "rumor", "understand", "allege",
                              "suppose", "suspect", "reckon", "presume", "claim", "consider", "estimate"}),
        # nouns that name a media outlet: what it alone reports is one outlet's claim
        "outlet": frozenset({"agency", "newspaper", "daily", "outlet", "channel", "broadcaster", "television", "tv",
                             "website", "site", "magazine", "journal", "paper", "wire", "network", "radio",
                             "tabloid", "weekly", "publication", "press", "newswire"}),
        # the last word of a research institution's name: "a Valdai Club paper", "a report by the Carnegie
        # Endowment" is a named institution's work, not a news outlet's
        "institution": frozenset({"club", "institute", "institution", "council", "centre", "center", "endowment",
                                  "foundation", "university", "forum", "academy", "school", "bank", "fund",
                                  "commission", "office", "service"}),
        # people named by their kind, not their name: "diplomats said", "sources say"
        "generic_source": frozenset({"source", "diplomat", "people", "person", "insider", "observer", "analyst",
                                     "expert", "figure"}),
        # officials are a government's voice ("officials said") unless the words around them put them outside
        # the parties ("Western officials", "US intelligence officials": a place that is no party's alias)
        # of the generic sources, the ones that are also a count ("according to customs figures"): a person only
        # with a word of standing ("a senior figure in the ministry", "prominent figures")
        "data_or_person": frozenset({"figure"}),
        "standing": frozenset({"senior", "prominent", "leading", "key", "public", "political", "religious",
                               "influential", "top", "high-ranking", "well-known", "opposition", "military",
                               "conservative", "reformist", "hardline", "establishment"}),
        "official_noun": frozenset({"official", "officer"}),
        # verbs of the level a change comes to: "rose 16 percent to reach $4.8 billion" (claims.grammar.result_of_a_change)
        "level_verb": frozenset({"reach", "hit", "top", "total", "exceed", "stand", "touch", "surpass", "amount",
                                 "near", "approach"}),
        # verbs by which a report names whom it quotes ("IRNA reported, quoting the head of the customs office")
        "quoting": frozenset({"quote", "cite"}),
        "outside": frozenset({"western", "foreign", "intelligence", "outside", "independent", "regional"}),
        # a speaker who keeps his name back: "an official who declined to be named", "on condition of anonymity"
        "anonymous": frozenset({"anonymous", "anonymously", "unnamed", "unidentified", "anonymity", "nameless"}),
        "withhold": frozenset({"decline", "refuse", "ask", "wish", "want"}),
        "name_verb": frozenset({"name", "identify", "identified", "named"}),
        # what a party does not do when it leaves a report unconfirmed: "declined to comment", "would not confirm"
        "confirm_verb": frozenset({"comment", "confirm", "verify", "corroborate", "respond"}),
        # nouns of indication: a verb cue's word used as one of them is that other word ("a sign of the limits", "no
        # sign of S-400 sales": no signing; claims.grammar.indication_noun)
        "indication": frozenset({"sign", "signal", "indication", "hint"}),
        # nouns of what one party asks or offers another: rejecting one refuses it, denies no report ("rejected an
        # Iranian request for S-400s", "turned down an offer"; claims.statements.denied_content)
        "request_noun": frozenset({"request", "demand", "offer", "proposal", "bid", "application", "appeal", "plea",
                                   "approach", "overture"}),
        # nouns of a unit, formation or lot of a thing: the thing's name modifying one is still that thing ("the first
        # S-400 battalion", "a Su-35 squadron", "the second S-400 shipment"; claims.statements.modifies_another_thing)
        "unit": frozenset({"unit", "battalion", "battery", "batch", "regiment", "squadron", "division", "brigade",
                           "set", "consignment", "shipment", "lot", "tranche", "delivery", "fleet", "contingent"}),
    },
}


@dataclass(frozen=True)
class Voices:
    """Who speaks for a party, from the catalogue (claims.catalogue `officials` and the parties' aliases): a
    reporting verb's source carrying one of the `officials` words or a party's alias (folded, lower-case)
    is that party's own voice; an outlet, or people named only by their kind ("Western officials",
    "diplomats"), are not."""
    officials: frozenset[str] = frozenset()
    aliases: tuple[str, ...] = ()
MAX_CLIMB = 6


@dataclass(frozen=True)
class Stance:
    """How one statement is put: each flag with the words that set it (for the finding's evidence)."""
    negated: bool = False
    hedged: bool = False
    attributed: bool = False
    denied: bool = False
    future: bool = False
    words: tuple[str, ...] = field(default_factory=tuple)
    # the act is under way and all that puts it in the future: "in the process of admitting", "in the final
    # stages of signing", "on the verge of delivering" (claims.statements: the state before it holds)
    underway: bool = False
    # a recap: the act is the past starting point of the main clause's period ("the first talks since X
    # abandoned the deal")
    past: bool = False


def clipped(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word's end with an ellipsis: the evidence quotes it ("according to
    unnamed sources cited by a regional news…", not "…news channe")."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


def cue_token(sent: Any, start: int, end: int) -> Any | None:
    """The token that heads the characters [start, end) of the parsed sentence `sent` (offsets in it)."""
    inside = [t for t in sent if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    verbs = [t for t in inside if t.pos_ in ("VERB", "AUX")]
    pool = verbs or inside
    return min(pool, key=lambda t: (depth(t), t.i))


def in_other_clause(word: Any, cue: Any) -> bool:
    """Is `word` inside an adverbial clause with a subject of its own below the cue's verb, so that it tells
    of another act ("the sanctions were reimposed after the Council rejected a bid": "rejected" governs the
    bid, not the sanctions)? False when `word` governs the cue (is one of its heads) or shares its clause."""
    heads = chain(cue)
    if word in heads:
        return False
    token = word
    for _ in range(MAX_CLIMB + 1):
        if token.dep_ == "advcl" and token.head in heads:
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def depth(token: Any) -> int:
    """How many heads above `token` its sentence's root is (spaCy dependency tree; at most 50)."""
    d = 0
    while token.head.i != token.i and d < 50:
        token, d = token.head, d + 1
    return d


def own_past_clause(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is `verb` the head of an adverbial clause in the simple past of its own, opened by a word that is no condition
    ("tourists can now use their cards after the two systems were connected on Saturday", "… since Iran received
    the jets")? Its act is told as done, whatever modal the main clause carries; "once the systems are connected"
    (the present) and "if the systems were connected" (a condition) are not. Source: spaCy's English parse (VBD
    on the verb or its aux/auxpass)."""
    if verb.dep_ != "advcl":
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if not marks or any(c.lower_ in words["condition"] | words["interrogative"] for c in marks):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return False
    return (verb.tag_ == "VBD" and not auxiliaries) or any(c.tag_ == "VBD" for c in auxiliaries)


def chain(token: Any) -> list[Any]:
    """The cue token and the heads above it, up to the sentence root (at most MAX_CLIMB steps)."""
    out = [token]
    while token.head.i != token.i and len(out) <= MAX_CLIMB:
        token = token.head
        out.append(token)
    return out


def read_stance(sent: Any, start: int, end: int, lang: str = "en", voices: Voices | None = None) -> Stance | None:
    """The stance of the words at [start, end) (offsets in the parsed sentence `sent`), or None when the
    parse has no token there. `voices`: who speaks for a party (from the catalogue); without it only the
    lexicon's unverified voices (lawmakers, unnamed sources) make a report a single source's. Only the
    reporting verb nearest the statement says whose statement it is ("the minister said …, IRNA reported":
    the minister's)."""
    words = LEXICON.get(lang)
    token = cue_token(sent, start, end)
    if words is None or token is None:
        return None
    found: dict[str, list[str]] = {k: [] for k in ("negated", "hedged", "attributed", "denied", "future",
                                                   "underway", "past")}
    # "the signed document": an attributive participle presupposes the fact; what the sentence hedges is
    # the rest of it ("they claim the signed document covers trade").
    path = [token] if token.dep_ == "amod" and token.tag_ in ("VBN", "VBD", "VBG") else chain(token)
    # so does a phrase set off by commas on a noun ("the free trade agreement …, in force since May 15, 2025, and the
    # railway … will lift trade": the agreement is in force, the lifting is what they expect; en18a)
    aside = next((k for k, t in enumerate(path) if t.pos_ in ("VERB", "AUX")
                  or parenthetical_phrase(t)), None)
    if aside is not None and parenthetical_phrase(path[aside]):
        path = path[:aside + 1]
    own = governing_verb(path)
    for child in own.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "neg" or (lemma in words["negation"] and child.dep_ in ("advmod", "det", "preconj")):
            found["negated"].append(child.text)
        if child.dep_ == "aux" and (lemma in words["modal"] or child.tag_ == "MD") and not performative(own, words):
            found["future"].append(child.text)
            if lemma in words["possibility"] and own is token:
                found["hedged"].append(child.text)  # "the deal could collapse": the cue's own act is a possibility
        if child.dep_ == "advmod" and lemma in words["hedge_adverb"]:
            found["hedged"].append(child.text)
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma in words["negative_pronoun"]:
            found["negated"].append(child.text)  # "has received neither", "none of the jets has arrived"
        if child.dep_ == "prep" and child.lower_ in words["transit_prep"] and own.lemma_.lower() == "be" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words["transit"] for g in child.children):
            found["future"].append(" ".join(t.text for t in child.subtree))  # "the first batch was on its way"
        if child.dep_ == "parataxis" and child.i > own.i and child.lemma_.lower() in words["say"] | words["doubt"]:
            # "Iran took delivery of the jets, a Western official claimed": a reporting clause set after it
            found["attributed"].append(child.text)
            if child.lemma_.lower() in words["doubt"] or single_source(child, words, voices):
                found["hedged"].append(child.text if child.lemma_.lower() in words["doubt"] else "a single source")
        if child.dep_ == "prep" and child.lower_ in words["according"]:
            found["attributed"].append(clipped(" ".join(t.text for t in child.subtree), 60))
            if single_source(child, words, voices):
                found["hedged"].append("according to a single source")
            elif any(t.dep_ in ("pobj", "conj") and t.lemma_.lower() in words["estimate_noun"] for t in child.subtree):
                # "according to Iranian estimates": a figure not yet counted, whoever made it
                found["hedged"].append("according to estimates")
    after = own.doc[own.i + 1] if own.i + 1 < len(own.doc) and own.pos_ in ("VERB", "AUX") else None
    if after is not None and after.lower_ in words["negative_pronoun"] and after.dep_ in ("preconj", "det", "cc") \
            and after.head.i != own.i:
        # "has received neither the jets nor the S-400": the object's "neither" (the small model hangs it on the
        # object, or the object on another verb) denies the verb before it
        found["negated"].append(after.text)
    if own.tag_ in ("VB", "VBP") and own.dep_ == "ccomp" and own.head.lemma_.lower() in words["mandative"] \
            and any(c.dep_ in ("nsubj", "nsubjpass", "mark", "compound") and c.i < own.i for c in own.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in own.children):
        # "recommended that the lower house ratify the treaty" (the small model may take the subject for a
        # compound of the verb, and the bare verb after a singular subject for a plural present, VBP)
        found["future"].append(own.head.text)
    if own.lemma_.lower() in words.get("committee_act", ()) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in words["committee"] for c in own.children):
        found["future"].append("committee")  # the committee's approval: the chamber's vote is still to come
    if any(c.dep_ == "amod" and c.lemma_.lower() in words["estimate_verb"] for c in token.children):
        found["hedged"].append("estimated")  # "an estimated $4.5 billion"
    if any(cites_unnamed(t, words) for t in path):
        # "state television says Russia has agreed …, citing an unnamed military source": whoever passes it on,
        # the report is the unnamed source's
        found["hedged"].append("a single source")  # the why's "only from an unverified source"
        found["attributed"].append("a single source")
    voiced = bool(found["attributed"])  # the nearest reporting verb has spoken: those above only pass it on
    if own.dep_ in ("amod", "compound") and own.head.pos_ in ("NOUN", "PROPN"):
        pass  # "the signed treaty": an adjective states a fact
    # a finite relative clause asserts its act of its noun, whatever governs the noun ("consultations held under
    # the treaty, which entered into force last month": the talks are no plan of the treaty's entry into force):
    # the words of plan, negation and modality above it are not the cue's (its reporting verbs still are)
    relative = next((k for k, t in enumerate(path[:-1]) if finite_relative(t)), len(path))
    for token_ in path[:relative + 1]:
        if token_.pos_ in ("NOUN", "PROPN") and not achieved(token_, words) and any(
                c.dep_ in ("acl", "relcl") and c.i > token_.i and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in c.children)
                and not any(d.dep_ == "dobj" for d in c.children) for c in token_.children):
            # "the membership deal to be signed"; not "a contract to buy the systems", whose infinitive with
            # an object of its own says what the contract is for
            found["future"].append("to")
    if own.tag_ == "VB" and own.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in own.children) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in own.children) and not ordinal_relative(own, words) \
            and not result_of_a_change(own, words):
        found["future"].append("to")  # "triggered the process to restore UN sanctions": a purpose, still to come
    below_relative = {t.i for t in path[:relative + 1]}
    for lower in path:
        marks = [c for c in lower.children if c.dep_ == "mark"]
        if any(c.lower_ in words["interrogative"] or (c.lower_ in words["condition"] and lower.dep_ in ("ccomp", "pcomp"))
               for c in marks):
            # "officials disagree on whether they have stopped", "asked if Iran had received the jets": a question
            found["hedged"].extend(c.text for c in marks)
            if lower.pos_ == "VERB" and present_tense(lower):
                # "watch whether Moscow delivers the jets": a question in the present asks what is still to come
                found["future"].extend(c.text for c in marks)
        if lower.dep_ == "advcl" and lower.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "mark" and c.lower_ in words["starting_point"] for c in lower.children) and (any(
                c.dep_ in ("amod", "det") and counted_from(c, words) for c in lower.head.children)
                or (lower.head.dep_ in ("attr", "acomp") and counted_from(lower.head, words))):
            # "the first round of talks since Washington abandoned the deal", "the first time since …": an
            # ordinal or superlative counted from the clause's event puts a stretch of time after it, so the event
            # is the past the main clause counts from, not news ("Since the deal took effect, exports grew" still
            # states it); so too with the ordinal as the predicate the clause hangs on ("The talks were the first
            # between the two countries since the earlier effort collapsed")
            found["past"].extend(c.text for c in lower.children if c.dep_ == "mark")
        if lower.dep_ == "advcl" and lower.i in below_relative and present_tense(lower) and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in words["time_to_come"] for c in lower.children):
            # "… will fall once Iran completes the railway", "when the line opens", "once the treaty is signed": the
            # present of a clause of time tells a time to come (not a relative clause's own act below it: "once
            # Iran completes the railway, on which construction started in July")
            found["future"].extend(c.text for c in lower.children if c.dep_ in ("mark", "advmod"))
        if lower.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["condition"] for c in lower.children):
            # "unless one of the parties triggers the snapback": a condition, not a statement
            found["future"].extend(c.text for c in lower.children if c.dep_ == "mark")
            found["hedged"].extend(c.text for c in lower.children if c.dep_ == "mark")
    kept: dict[str, int] = {}
    for k, (lower, upper) in enumerate(zip(path, path[1:])):
        if k == relative + 1:
            kept = {key: len(found[key]) for key in ("future", "negated", "underway")}
        lemma = upper.lemma_.lower()
        if lemma in words["prevent"] and upper.pos_ == "VERB" and lower.dep_ in ("dobj", "nsubjpass", "prep", "pcomp"):
            found["future"].append(upper.text)  # "a draft to delay the return of UN sanctions": kept from happening
        if lower.dep_ in ("nsubj", "nsubjpass") and lemma in words["scheduled"]:
            found["future"].append(upper.text)  # "the first batch was expected by the summer"
        if lower.dep_ == "pobj" and lower.pos_ in ("NOUN", "PROPN") and (
                upper.lower_ in words["anterior"] or (upper.lower_ == "of" and upper.head.lower_ in words["anterior"])):
            found["future"].append(upper.text)  # "ahead of the expiry of the deal": an event still to come
        if lower.dep_ == "xcomp" and any(c.lower_ == "yet" for c in upper.children):
            found["negated"].append("yet")  # "has yet to deliver"
        if lower.dep_ == "ccomp" and upper.pos_ == "VERB" and lemma in words["confirm_verb"] \
                and kept_back(upper, words):
            # "neither government has confirmed that any jets were delivered": the report is left unconfirmed
            found["hedged"].append(upper.text)
        if reason_for_not(lower, upper, words):
            found["negated"].append(lower.text)  # "has not begun …, citing unresolved land acquisition"
        if upper.pos_ == "NOUN" and lower.dep_ in ("acl", "ccomp") and lower.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "det" and c.lemma_.lower() in words["negation"] for c in upper.children):
            found["negated"].append(upper.text)  # "holds no evidence that any jet has been handed over": none shown
        if upper.pos_ == "NOUN" and lemma in words["rumour_noun"] and lower.dep_ in ("acl", "ccomp", "relcl", "appos"):
            found["hedged"].append(upper.text)  # "reports that Russia had delivered"
            found["attributed"].append(upper.text)
            if upper.head.lemma_.lower() in words["denial"]:
                found["denied"].append(upper.head.text)
        if upper.lemma_.lower() in words["estimate_verb"] and lower.dep_ in ("prep", "dobj", "oprd", "attr") \
                and lower.i > upper.i:
            found["hedged"].append(upper.text)  # "trade is estimated at $4.5 billion": a guess at the figure
        if lower.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "advcl", "ccomp", "relcl", "dobj", "nsubjpass",
                          "nsubj", "attr", "amod"):
            # an infinitive with its own subject under a verb of planning ("they expect trade to reach $10
            # billion") is parsed as a clausal complement: a plan as much as "they plan to raise trade"
            infinitive = lower.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
            if lemma in words["plan"] | words["process"] and (infinitive or lower.dep_ in (
                    "xcomp", "acl", "pcomp", "pobj", "prep", "amod")) and not achieved(upper, words) \
                    and not approximates(upper, words) \
                    and not (start <= upper.idx < end and any(c.dep_ == "det" and c.lemma_.lower() in words["negation"]
                                                             for c in upper.children)):
                # (a cue made of a plan denied, "has no plans to supply", is a refusal now, no plan)
                found["future"].append(upper.text)
                if lemma in words["process"] and lower.dep_ in ("prep", "pcomp", "acl"):
                    found["underway"].append(upper.text)
            if lower.dep_ == "xcomp" and upper.dep_ == "acomp" and lemma in words["imminent"]:
                found["future"].append(upper.text)  # "Iran is about to take delivery": at hand, not done (en24)
            if lower.dep_ == "dobj" and upper.pos_ == "VERB" and lemma in words["intent"] and not achieved(upper, words):
                found["future"].append(upper.text)  # "Europeans threaten UN snapback": the object is intended
            if lower.dep_ == "prep" and lower.lower_ == "for" and upper.pos_ == "VERB" \
                    and lemma in words["submit"] and lower.i > upper.i:
                # "submitted the treaty to the Duma for ratification": the act it is put before a body for
                found["future"].append(upper.text)
            if lower.dep_ == "prep" and lower.lower_ == "for" and upper.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words["plan"] for c in upper.children):
                # "arrangements have been finalised for the delivery": the plan is the subject of the verb
                # the purpose phrase hangs on
                found["future"].append(lower.text)
            if lemma in words["negating"] and lower.dep_ in ("xcomp", "pcomp", "prep", "acl") \
                    and not is_figure_phrase(lower):
                found["negated"].append(upper.text)
            if lower.dep_ in ("ccomp", "xcomp") and lemma in words["denial"]:
                found["denied"].append(upper.text)
            # "the jets are being supplied, MP X told media": the small model often hangs a report set before
            # its reporting verb on it as an adverbial clause
            reported_before = lower.dep_ == "advcl" and lower.i < upper.i and lemma in words["say"] | words["doubt"]
            if lower.dep_ in ("ccomp", "parataxis") or reported_before or (lower.dep_ == "xcomp"
                                                                           and lemma in words["doubt"]):
                if lemma in words["doubt"]:
                    found["hedged"].append(upper.text)
                    found["attributed"].append(upper.text)
                elif lemma in words["say"]:
                    found["attributed"].append(upper.text)
                    # "…, the minister said, an agency reported" parsed with "said" hanging on "reported":
                    # the reporting verb between the statement and this one is the nearer voice
                    speaker = next((c for c in upper.children if c.dep_ == "parataxis" and lower.i < c.i < upper.i
                                    and c.lemma_.lower() in words["say"]), upper)
                    if single_source(speaker, words, None if voiced else voices):
                        found["hedged"].append("a single source")
                voiced = voiced or lemma in words["say"] | words["doubt"]
            if lower.dep_ == "xcomp" and lemma in words["evidential"] and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in lower.children):
                found["hedged"].append(upper.text)  # "Iran appears to have received the jets": an inference
            if lower.dep_ == "xcomp" and lemma in words["raising"] and any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in upper.children):
                # "Iran is said / believed / reported to have received the jets": a raising verb in the
                # passive with the statement as its infinitive complement puts it in unnamed mouths
                found["hedged"].append(upper.text)
                found["attributed"].append(upper.text)
        # a modal on a verb above, the clause holding the cue being its complement or its subject ("triggering
        # the snapback would lead to …")
        if upper.pos_ in ("VERB", "AUX") and upper.i != own.i and lower.dep_ in ("ccomp", "xcomp", "advcl", "csubj") \
                and not own_past_clause(lower, words):
            for child in upper.children:
                if child.dep_ == "aux" and child.tag_ == "MD" and lemma not in words["say"]:
                    found["future"].append(child.text)
    for key, n in kept.items():
        del found[key][n:]
    if own.pos_ == "VERB" and present_tense(own) and not found["future"]:
        # "patience will pay off once the treaty, still being negotiated, is signed": the small model may hang
        # "once" on the main verb and the clause's verb elsewhere; a word of time to come before the cue's own
        # verb in the present, with no other verb of its own between them, opens its clause all the same
        when = next((w for w in sent if w.i < own.i and w.lower_ in words["time_to_come"]
                     and w.dep_ in ("advmod", "mark") and not any(
                         t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "acl", "amod", "relcl")
                         for t in sent.doc[w.i + 1:own.i])), None)
        if when is not None:
            found["future"].append(when.text)
    if headline_infinitive(sent, own):
        found["future"].append("to")
    if sent.text.rstrip(" \"'”’»)").endswith("?"):
        found["hedged"].append("?")  # "Has Iran received the jets?": a question asserts nothing
    return Stance(negated=bool(found["negated"]), hedged=bool(found["hedged"]),
                  attributed=bool(found["attributed"]), denied=bool(found["denied"]),
                  future=bool(found["future"]), past=bool(found["past"]),
                  words=tuple(dict.fromkeys(w for ws in found.values() for w in ws)),
                  underway=bool(found["underway"]) and set(found["future"]) <= set(found["underway"]))


def present_tense(verb: Any) -> bool:
    """Is `verb` in the simple present, active ("completes", "open") or passive ("is signed"): no auxiliary of
    another tense or a modal ("has been signed" is a perfect)?"""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return all(c.tag_ in ("VBZ", "VBP") for c in aux)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in aux) and all(
        c.tag_ in ("VBZ", "VBP") for c in aux)


def phrasal(verb: Any) -> set[str]:
    """The verb's lemma, and with each particle it has ("held up": "hold up")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def kept_back(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """Does `verb` say its act is not reached: negated ("has not begun", "no ground has been broken"), failed or
    refused, kept from happening or held back ("was delayed", "remains held up")?"""
    if phrasal(verb) & (words["prevent"] | words["obstruct"] | (words["negating"] - {"yet"})):
        return True
    for child in verb.children:
        if child.dep_ == "neg" or (child.lemma_.lower() in words["negation"] and child.dep_ in ("advmod", "preconj")):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lemma_.lower() in words["negation"] for d in child.children):
            return True
        if child.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.children):
            return True
    return False


def reason_for_not(lower: Any, upper: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is `lower` a reason given for `upper`'s act not being reached, so that a cue inside it states no state of
    its own? A causal phrase ("because of …", "pending …", "amid …") or a participle of citing or blaming on a
    verb kept back (kept_back), or on a reporting verb whose reported clause is kept back ("has not begun,
    officials said, citing …"); the agent of a verb of holding back ("held up by land acquisition disputes")."""
    if lower.dep_ == "agent" and upper.pos_ in ("VERB", "AUX") and phrasal(upper) & words["obstruct"]:
        return True
    reason = (lower.dep_ in ("prep", "advmod", "amod", "mark") and lower.lower_ in words["reason_prep"]) or (
        lower.dep_ in ("advcl", "xcomp") and lower.tag_ == "VBG" and lower.lemma_.lower() in words["reason_verb"])
    if not reason:
        return False
    # the phrase may hang on the verb's object ("will not start work … pending the acquisition of land")
    upper = governing_verb(chain(upper))
    if upper.pos_ not in ("VERB", "AUX"):
        return False
    if lower.lower_ == "over" and not phrasal(upper) & (words["prevent"] | words["obstruct"]):
        return False  # "over" is a cause only of a delay ("stalled over the price"), not of "talks over the deal"
    hosts = [upper]
    if upper.lemma_.lower() in words["say"]:
        hosts += [c for c in upper.children if c.dep_ in ("ccomp", "parataxis") and c.i < lower.i]
    return any(kept_back(h, words) for h in hosts)


def finite_relative(token: Any) -> bool:
    """Is `token` the verb of a finite relative clause ("the treaty, which entered into force", "the jets that
    Russia has delivered"), not an infinitive one ("the deal to be signed")?"""
    if token.dep_ != "relcl" or token.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in aux):
        return False
    return token.tag_ in ("VBD", "VBZ", "VBP") or bool(aux)


def counted_from(token: Any, words: dict[str, Any]) -> bool:
    """Is `token` an ordinal or a superlative ("first", "latest", "biggest"), from which a "since" clause counts?"""
    return token.tag_ in ("JJS", "RBS") or token.lower_ in words["ordinal"]


def ordinal_relative(token: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is the infinitive `token` a relative on a noun with an ordinal or a superlative ("the last member to
    ratify the agreement", "the first country to recognise it"), which tells what the noun did, not a plan?
    The small model hangs it on the noun (acl) or on the verb whose predicate the noun is (advcl)."""
    if token.dep_ in ("acl", "relcl"):
        nouns = [token.head]
    elif token.dep_ == "advcl":
        nouns = [c for c in token.head.children if c.dep_ in ("attr", "dobj", "nsubj") and c.i < token.i]
    else:
        return False
    return any(c.dep_ in ("amod", "det") and (c.tag_ in ("JJS", "RBS") or c.lower_ in words["ordinal"])
               for noun in nouns for c in noun.children)


def indication_noun(token: Any, lang: str = "en") -> bool:
    """Is `token` a noun of indication (`indication`: "sign", "signal") as the head of its own noun phrase, with a
    determiner or what it points to ("a sign of the limits", "no sign of sales", "signs that …")? A verb cue written
    with the same word ("sign" a treaty) is then not matched by it. A headline's verb the tagger calls a noun has
    neither ("Russia Signs Deal")."""
    words = LEXICON.get(lang)
    return words is not None and token.pos_ == "NOUN" and token.lemma_.lower() in words.get("indication", ()) and any(
        c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)) for c in token.children)


def unfinished(token: Any, lang: str = "en") -> str | None:
    """What the form of a cue's verb says about its act when the cue was matched by lemma (claims.cues): "in
    progress" for the progressive ("is delivering", "are being delivered": under way, not done), "to" for an
    infinitive that names an act still to come ("a decision to deliver", "Russia hopes to deliver"; not
    after an implicative verb: "voted to ratify" is done). None for a finite, perfect or past form, or a
    token that is no verb. Modals, plans and negation are read_stance's.
    Source: the PTB tags (VBG, VBN, VB) and the UD relations (aux, auxpass, xcomp, acl) of spaCy's English
    parse; the implicative verbs after L. Karttunen, "Implicative Verbs", Language 47 (1971)."""
    words = LEXICON.get(lang)
    if words is None or token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in aux):
        return "in progress"
    if token.tag_ == "VBN" and any(a.lower_ == "being" for a in aux):
        return "in progress"
    if token.tag_ == "VB" and any(a.lower_ == "to" for a in aux) and not any(a.tag_ == "MD" for a in aux):
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in words["implicative"]:
            return None
        if ordinal_relative(token, words):
            return None
        if token.dep_ in ("xcomp", "acl", "relcl", "ROOT", "advcl"):
            # an infinitive adverbial clause is a purpose ("completed the procedures for the agreement to take
            # effect"): what it names is still to come
            return "to"
    return None


def approximates(token: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is `token` a word of nearness rounding a figure, the object of a preposition ("grew by close to a sixth",
    "worth close to $5 billion"), not a predicate of an act near its end ("is close to signing")? Source: spaCy's
    English parse (pobj)."""
    return token.lemma_.lower() in words.get("approximator", ()) and token.dep_ == "pobj" and token.head.pos_ == "ADP"


def performative(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """"I can confirm the delivery", "we can say that …": a first-person speaker with a modal of ability on a
    reporting verb makes the assertion now; the modal puts nothing in the future (J. L. Austin's performatives)."""
    return verb.lemma_.lower() in words["say"] and any(
        c.dep_ == "aux" and c.lemma_.lower() in words["performative_modal"] for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in words["first_person"] for c in verb.children)


def achieved(plan: Any, words: dict[str, frozenset[str]]) -> bool:
    """"Its successful bid to become a member": a plan word qualified as accomplished states the outcome."""
    return plan.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() in words["achieved"]
                                       for c in plan.children)


def governing_verb(path: list[Any]) -> Any:
    """The first verb on the path from the cue upwards (the cue itself when it is one)."""
    for token in path:
        if token.pos_ in ("VERB", "AUX"):
            return token
    return path[0]


def statement_subjects(token: Any, through_xcomp: bool = False) -> list[Any]:
    """The nouns a statement at `token` is about: the subjects of the verb governing it (nsubj, nsubjpass),
    with `through_xcomp` those of the verb an open complement depends on when it has none ("began to operate"),
    and for a relative or participle clause the noun it hangs on instead of its relative pronoun ("the
    agreement, which has applied since May"). Source: spaCy's English dependency labels."""
    verb = governing_verb(chain(token))
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while through_xcomp and not nouns and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") or any(n.tag_ in ("WDT", "WP") for n in nouns):
        nouns = [n for n in nouns if n.tag_ not in ("WDT", "WP")] + [verb.head]
    return nouns


def single_source(verb: Any, words: dict[str, frozenset[str]], voices: Voices | None = None) -> bool:
    """Is the reporting verb's source one unverified voice: an unnamed person or outlet ("an MP said",
    "according to a source"), or a lawmaker or commentator speaking for no institution ("lawmaker X said")?
    With `voices` (the catalogue's): also a media outlet ("Tasnim reported", "a newspaper reported"),
    people named by their kind and no party ("Western officials say", "diplomats said") and anyone who
    keeps his name back ("officials who declined to be named")."""
    if voices is not None and any(unverified_voice(c, verb, words, voices) for c in sources_of(verb)):
        return True
    if verb.dep_ != "prep" and verb.i > 0 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "…, MP X told media" with the subject misparsed onto the clause before: the words between the
        # comma and the reporting verb are its subject
        k = verb.i - 1
        while k >= 0 and not verb.doc[k].is_punct and verb.i - k <= 5:
            k -= 1
        if any(t.lemma_.lower() in words["unverified"] for t in verb.doc[k + 1:verb.i]):
            return True
    for child in verb.subtree if verb.dep_ == "prep" else verb.children:
        if child.dep_ in ("nsubj", "pobj") and any(t.lemma_.lower() in words["unverified"]
                                                    for t in child.subtree if t.i <= child.i):
            return True
        if child.dep_ in ("nsubj", "pobj") and any(lone_member(a, words) for a in child.children if a.dep_ == "appos"):
            return True  # "said X, a lawmaker", "said X, a member of the parliament's security committee"
        if child.dep_ in ("nsubj", "pobj") and words["unnamed"] & {child.lemma_.lower(), child.lower_} and not any(
                t.ent_type_ in ("ORG", "PERSON") or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP"))
                or t.lower_ in words["institutional"] for t in child.subtree):
            # "according to reports", "Iranian media reported", "sources say": nobody named (a country's
            # name or demonym says where the outlet is, not which one it is)
            return True
        if child.dep_ in ("nsubj", "pobj") and child.lemma_.lower() in words["source_noun"]:
            if authored(child, words):
                continue  # "according to a report by Iran's Trade Promotion Organisation": its author's word
            dets = [d.lemma_.lower() for d in child.children if d.dep_ in ("det", "nummod")]
            if any(d in words["indefinite"] for d in dets) or (not dets and child.tag_ == "NN"
                                                               and child.lemma_.lower() in ("source", "report")):
                return True
    return False


def authored(noun: Any, words: dict[str, frozenset[str]]) -> bool:
    """Does the source noun `noun` ("a report") name its author through "by" or "from": an organisation or a
    person (spaCy's ORG and PERSON entities, a proper noun that is no place) or an institution's word ("a report
    by the trade ministry", "a report from Iran's Trade Promotion Organisation")? Source: spaCy's English parse
    (prep, pobj, entities)."""
    for prep in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")):
        for t in (t for g in prep.children if g.dep_ == "pobj" for t in g.subtree):
            if t.ent_type_ in ("ORG", "PERSON") or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP")) \
                    or t.lemma_.lower() in words["institutional"]:
                return True
    return False


def sources_of(verb: Any) -> list[Any]:
    """The source of a reporting verb (its subject) or of "according to" (the object of "to")."""
    if verb.dep_ == "prep":
        return [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"] + \
            [c for c in verb.children if c.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def unverified_voice(source: Any, verb: Any, words: dict[str, frozenset[str]], voices: Voices) -> bool:
    """Is `source` (a reporting verb's subject, or what "according to" names) a voice that does not speak
    for a party: anonymous, an outlet (a noun of `outlet`, or a proper name as the subject of "report",
    neither an official's nor "state"/"official" media), people named by their kind with neither a
    name nor a party's alias ("diplomats said"), or officials placed outside the parties ("Western officials",
    "US officials"; plain "officials said" is a government's voice)? Source of the distinction: the Associated
    Press' rule on anonymous sources and the single-outlet attribution the labels call disputed."""
    tree = list(source.subtree)
    lemmas = {t.lemma_.lower() for t in tree} | {t.lower_ for t in tree}
    if lemmas & words["anonymous"] or withholds_name(source, words):
        return True
    text = " ".join(t.lower_ for t in tree)
    official = bool(lemmas & voices.officials) or any(phrase in text for phrase in voices.officials if " " in phrase)
    party = any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) for a in voices.aliases)  # "officials in Tokyo"
    if source.lemma_.lower() in words["outlet"] or source.pos_ == "PROPN" and verb.lemma_.lower() == "report":
        if quotes_a_voice(verb, words, voices):
            return False  # "…, IRNA reported, quoting the head of the customs office": the official's word (en18a)
    if source.lemma_.lower() in words["outlet"]:
        if by_institution(source, words):
            return False  # "a Valdai Club paper", "a paper by the Carnegie Endowment": a named institution's
        # "state media", "the official news agency"; a "semi-official" one speaks for no institution; a legislature's
        # own outlet is its voice ("the parliament's news agency ICANA reported" its vote: en18a)
        return not any(t.lower_ in words["institutional"] and not semi(t) for t in tree) and not any(
            t.dep_ == "poss" and t.lemma_.lower() in words["assembly"] for t in tree)
    if verb.lemma_.lower() == "report" and source.pos_ == "PROPN" and source.ent_type_ not in ("GPE", "NORP") \
            and not official and not (party and text in voices.aliases) and not any(
                s.i < source.i and s.lemma_.lower() in words["outlet"] for s in sources_of(verb)):
        # "Tasnim reported": an outlet by name; a name after the outlet it names ("the parliament's news agency
        # ICANA reported", two subjects to the small model) is that outlet's, which is judged as above
        return True
    named = any(t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP"))
                for t in tree if t.i <= source.i) or any(
        # people of a kind named by the institution they work at ("analysts at the Carnegie Endowment wrote")
        g.ent_type_ == "ORG" for c in source.children if c.dep_ == "prep" and c.lower_ in ("at", "from")
        for g in c.subtree)
    if source.lemma_.lower() in words["generic_source"] or source.lower_ in words["generic_source"]:
        if source.lemma_.lower() in words["data_or_person"] and not any(
                c.dep_ == "amod" and c.lemma_.lower() in words["standing"] for c in source.children):
            return False  # "according to customs figures": the data, not "a senior figure" who speaks unnamed
        return not named and not party
    if source.lemma_.lower() in words["official_noun"] and not named and not party:
        return any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in words["outside"]
                   for t in tree if t.i < source.i)  # "Western officials say", "US officials said"
    return False


def parenthetical_phrase(token: Any) -> bool:
    """Is `token` a preposition opening a phrase set off by a comma on a noun ("the agreement, in force since May")?
    Source: spaCy's English parse (prep on a NOUN or PROPN, the token before it a comma)."""
    return token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN") and token.i > 0 \
        and token.doc[token.i - 1].text == "," and token.head.i < token.i


def result_of_a_change(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is the infinitive `verb` the level a change came to, not its purpose: a verb of level (LEXICON `level_verb`)
    after a verb of rise or fall in the past that it hangs on ("Trade rose 16 percent to reach $4.8 billion in 2024",
    "grew by 15.5 percent last year to hit $4.8 billion": en18a)? Source: spaCy's English parse (advcl, PTB tags);
    claims.values.CHANGE_WORDS."""
    from claims.values import CHANGE_WORDS

    head = verb.head
    change = CHANGE_WORDS["en"]["up"] | CHANGE_WORDS["en"]["down"]
    return verb.lemma_.lower() in words["level_verb"] and head.i < verb.i and head.tag_ in ("VBD", "VBN") \
        and head.lemma_.lower() in change


def quotes_a_voice(verb: Any, words: dict[str, frozenset[str]], voices: Voices) -> bool:
    """Does the reporting verb name whom the report quotes, a voice that speaks for an institution: "…, IRNA reported,
    quoting the head of the customs office", "…, the agency said, citing Deputy Foreign Minister X" (a person or an
    organisation by name, an official's or an office's word), none of them withheld ("quoting an informed source")?
    Source: spaCy's English parse (advcl, xcomp, dobj, entities)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.lemma_.lower() not in words["quoting"]:
            continue
        for quoted in (c for c in clause.children if c.dep_ == "dobj"):
            tree = list(quoted.subtree)
            lemmas = {t.lemma_.lower() for t in tree}
            if lemmas & (words["anonymous"] | words["unnamed"] | words["unverified"] | words["generic_source"]):
                return False
            if any(t.ent_type_ in ("PERSON", "ORG") for t in tree) or lemmas & (
                    words["person_noun"] | words["official_noun"] | words["institutional"] | voices.officials):
                return True
    return False


def by_institution(source: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is the document `source` ("paper", "report") named as a research institution's: a name ending in an
    institution's word before it ("a Valdai Club paper", "the Brookings Institution's report") or after "by",
    "from" or "of" ("a paper by the Carnegie Endowment")?"""
    names = [c for c in source.children if c.dep_ in ("compound", "poss", "nmod")] + [
        g for c in source.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
        for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" and t.lower_ in words["institution"] for name in names for t in name.subtree)


def semi(token: Any) -> bool:
    """Is the word the second half of "semi-…" ("semi-official"), as spaCy's English tokenizer splits it?"""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "semi"


def cites_unnamed(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """Does the verb, or a reporting verb set beside it ("…, the agency reported, quoting …"), cite a source by no
    name: a clause of `quoting` ("citing", "quoting") whose object is anonymous ("an unnamed military source", "a
    source who asked not to be named") or a bare indefinite source ("citing a source")? Source: spaCy's English parse
    (advcl, parataxis, dobj)."""
    # (the small model may make the reporting verb after the statement a conjunct of it: "…, the broadcaster
    # reported, citing …")
    for head in [verb] + [c for c in verb.children if c.dep_ in ("parataxis", "conj") and c.i > verb.i
                          and c.lemma_.lower() in words["say"]]:
        for clause in head.children:
            if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.lemma_.lower() not in words["quoting"]:
                continue
            for quoted in (c for c in clause.children if c.dep_ == "dobj"):
                tree = list(quoted.subtree)
                if {t.lemma_.lower() for t in tree} & words["anonymous"] or withholds_name(quoted, words):
                    return True
                if quoted.lemma_.lower() == "source" and not any(
                        t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" for t in tree) and any(
                        d.dep_ == "det" and d.lemma_.lower() in words["indefinite"] for d in quoted.children):
                    return True
    return False


def withholds_name(source: Any, words: dict[str, frozenset[str]]) -> bool:
    """"officials who declined to be named", "a source who asked not to be identified": a clause on the
    source whose verb withholds the name."""
    for clause in source.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in words["withhold"] and any(
                c.lemma_.lower() in words["name_verb"] or c.lower_ in words["name_verb"]
                for c in clause.subtree if c.dep_ in ("xcomp", "ccomp")):
            return True
    return False


def lone_member(noun: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is `noun` (an apposition to a speaker) an unverified voice: a lawmaker, or a member of an assembly
    ("a member of the parliament's national security committee")?"""
    if noun.lemma_.lower() in words["unverified"]:
        return True
    return noun.lemma_.lower() == "member" and any(t.lemma_.lower() in words["assembly"] for t in noun.subtree)


def headline_infinitive(sent: Any, verb: Any) -> bool:
    """A headline's "Iran to join the bloc": an infinitive with no finite verb above it states a plan."""
    text = sent.text.rstrip()
    if text.endswith((".", "!", "?", '"', "”")):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ in ("ROOT", "acl", "relcl")


def is_figure_phrase(token: Any) -> bool:
    """Is `token` a preposition whose object is a figure ("declined by 7.5%", "declined to $4bn")? Then the verb
    is a fall, not a refusal ("declined to comment"). Source: the prep/pobj/nummod relations and like_num of
    spaCy's English parse (claims.values reads the figure's direction)."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.like_num or any(g.like_num for g in c.children)) for c in token.children)


def revision_word(token: Any, lang: str = "en", negated: bool = False) -> bool:
    """Is `token` a word of LEXICON[lang]["revision"] ("revised", "correction"), by lemma or as written, and not
    negated ("did not revise") unless `negated` allows it?"""
    words = LEXICON.get(lang, {}).get("revision") or frozenset()
    return (token.lemma_.lower() in words or token.lower_ in words) and (
        negated or not any(c.dep_ == "neg" for c in token.children))


def revision_verbs(doc: Any, lang: str = "en") -> list[Any]:
    """The verbs of LEXICON[lang]["revision"] in the parsed sentence `doc` ("revised", "corrected"), not negated."""
    return [t for t in doc if t.pos_ in ("VERB", "AUX") and revision_word(t, lang)]


def revision_dates(doc: Any, lang: str = "en") -> list[tuple[int, int]]:
    """Character spans (offsets in doc.text) of the DATE entities that date a revision, not the revised figure:
    a verb of revision whose object names its own period ("revised the 2024 figure …", "the figure for 2024 was
    revised …") makes the sentence's other dates below that verb when the revision was made or the old figure
    published ("… to $5.2 billion in May", "this week revised …", "from $4.8 billion published in February").
    Empty without such a verb. Source: spaCy's English parse (dobj, nsubjpass and DATE entities)."""
    out: list[tuple[int, int]] = []
    for verb in revision_verbs(doc, lang):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        inside = {t.i for o in objects for t in o.subtree}
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        if not any(e.root.i in inside for e in dates):
            continue  # the object names no period: the sentence's dates are the figure's, as before
        out += [(e.start_char, e.end_char) for e in dates
                if e.root.i not in inside and (e.root.i == verb.i or verb in e.root.ancestors)]
    return out


def revised_from(token: Any, lang: str = "en") -> bool:
    """Is the figure whose head is `token` the old one a revision replaced ("revised … to $5.2 billion, from $4.8
    billion"): the object of "from" on a verb of revision? Source: spaCy's English parse."""
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    return revision_word(token.head.head, lang, negated=True)


def misstated(token: Any, lang: str = "en") -> bool:
    """Is the figure whose head is `token` one a correction withdraws ("An earlier version of this article
    misstated the value of trade … as $5.8 billion", "… incorrectly said trade was $5.8 billion"): a word of
    LEXICON[lang]["misstatement"] as a verb above it, or as an adverb of one, not negated? Source: spaCy's
    English parse."""
    words = LEXICON.get(lang, {}).get("misstatement") or frozenset()
    if token is None or not words:
        return False
    for t in [token, *token.ancestors]:
        for w in [t, *(c for c in t.children if c.dep_ == "advmod")]:
            if w.lemma_.lower() in words and not any(c.dep_ == "neg" for c in t.children):
                return True
    return False


FIELD_PREPS = frozenset({"on", "about", "concerning", "regarding"})


def own_field(doc: Any, spans: tuple[tuple[int, int], ...]) -> bool:
    """Does every tracked claim's subject the sentence names (character spans `spans`) carry a field of its own, a
    noun after "on" or "about" hanging on its head that names no tracked subject ("ratified a treaty with Iran on the
    extradition of …", "a cooperation agreement on nuclear medicine")? It is another document of that kind than the
    claim's: the claim's own names its field in the claim's words ("a treaty on comprehensive strategic partnership")."""
    tokens = {t.i for s, e in spans for t in doc if t.idx < e and t.idx + len(t) > s}
    if not tokens:
        return False
    heads = {doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i}
    for head in heads:
        # the parse may hang the field on the verb whose object the document is ("ratified a treaty … on …")
        holders = [head] + ([head.head] if head.dep_ in ("dobj", "nsubjpass") else [])
        fields = [g for holder in holders for ch in holder.children if ch.dep_ == "prep" and ch.i > head.i
                  and ch.lower_ in FIELD_PREPS for g in ch.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                  and not g.ent_type_ in ("DATE", "TIME")]  # "on Friday" is when, not what about
        if not fields or any(t.i in tokens for g in fields for t in g.subtree):
            return False
    return True
