"""Office holders read from named entities and the document around them.

A PERSON entity holds a tracked office when the words before it name the office ("President", "Foreign
Minister", "President-elect"), an appositive does ("X, Iran's foreign minister"), or a counterpart phrase
does ("his Russian counterpart, X"). The office's country comes from the title's own modifier (a party's
alias or demonym: "Iranian President", "Iran's President"), from "the country's", or, for an untitled
"President X", from the document: the party the article is about, once the offices the document already
gives to other people are set aside. Tenure events are read from the parse: a holder who was killed, died,
resigned or was replaced is past; "Y replaced X as minister" / "X was replaced … by Y" makes Y the holder of
X's office. "former", "late", "ex-", "then-" put a holder in the past.

All vocabulary (office words, party aliases) comes from the catalogue; the function words below are English
grammar (per language, like claims.grammar)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import Any, Sequence

from claims.grammar import LEXICON as GRAMMAR
from claims.values import same_person

LEXICON: dict[str, dict[str, Any]] = {
    "en": {
        "past_modifier": frozenset({"former", "late", "ex", "previous", "erstwhile", "outgoing", "then", "deceased"}),
        # verbs whose subject leaves office ("X died", "X resigned") ...
        "tenure_end": frozenset({"die", "resign", "retire", "quit", "abdicate"}),
        # ... and verbs whose object (or passive subject) is made to leave it ("X was killed", "Putin dismissed X")
        # ("were martyred": the state press's word for killed)
        "tenure_ended_by": frozenset({"kill", "martyr", "dismiss", "oust", "remove", "sack", "fire", "assassinate",
                                      "depose", "impeach", "replace", "succeed", "relieve", "topple", "overthrow",
                                      # "we lost our president, X": the people's loss of him (not a headline's
                                      # "X lost", his own defeat: headline_passive leaves it out)
                                      "lose"}),
        # phrasal verbs that end a tenure: the verb's lemma and its particle or object ("step down", "left office")
        "tenure_phrasal": {"step": frozenset({"down", "aside"}), "leave": frozenset({"office", "post"})},
        # an appositive naming the office by who held it before or after ("X, Shoigu's successor as minister")
        "succession": ("successor", "predecessor"),
        # a government named after its head ("the Pezeshkian administration", "Pezeshkian's government")
        "government": frozenset({"administration", "government", "cabinet", "presidency"}),
        # nouns standing for an office named before ("named Y to the post")
        "post": frozenset({"post", "position", "job", "role"}),
        # a state that ends any tenure, said of the subject ("were confirmed dead", "was declared dead", "is dead")
        "tenure_state": frozenset({"dead"}),
        # nouns of an event that ended a tenure, said of the holder as their "of" or possessor ("after the death
        # of President X", "X's assassination", "the resignation of X")
        "tenure_noun": frozenset({"death", "killing", "assassination", "resignation", "dismissal", "ouster",
                                  "removal", "funeral", "passing", "impeachment", "overthrow", "martyrdom"}),
        "replace": frozenset({"replace", "succeed"}),
        # the noun of replacing, "the replacement of X by Y" (replacement_noun; en23), and the prepositions that put
        # such a noun's event in the past when it is their object ("since the replacement of X by Y")
        "replace_noun": frozenset({"replacement"}),
        "after_event": frozenset({"since", "after", "following"}),
        # prepositions a headline's removal may carry without an object of its own (headline_passive)
        "removed_from": frozenset({"as", "from", "after", "on", "amid", "over", "by"}),
        # verbs that give their subject (intransitive, passive) or object (active) an office named by "as" or a
        # predicate noun: "X was sworn in as president", "parliament approved X as foreign minister", "X became
        # president"; "be" only in the present ("X is Iran's president")
        "take_office": frozenset({"become", "swear", "inaugurate", "elect", "appoint", "name", "confirm", "approve",
                                  "install", "choose", "select", "be",
                                  # "the cabinet has assigned X to run the foreign ministry", "tasked X with …"
                                  "assign", "task", "entrust"}),
        # a phrasal verb of taking office that names the office by "as" (predicate_holdings): its lemma and the
        # particle or object it takes ("X took office as president in July", "X has taken over as acting
        # president", "X took up his duties as defence minister", "X assumed office as …")
        "take_office_phrasal": {"take": frozenset({"over", "office", "helm", "reins", "oath", "duty", "post"}),
                                "assume": frozenset({"office", "post", "duty", "presidency", "helm", "role"})},
        # a verb of holding an office named by "as", read in the present only ("X is serving as acting president",
        # "X serves as foreign minister", "X remains in charge as acting foreign minister"; "X served as ambassador" is
        # a past post; not "continues as acting president until the president-elect is sworn in", beside the winner
        # the page reads as holder: two holders would dispute each other)
        "serve_as": frozenset({"serve", "act", "remain"}),
        # a word opening a span from taking an office up to now ("Since taking office in July, X has sought …"):
        # with the main clause in the present perfect or the present, its subject holds the office now (tenure_since)
        "tenure_start": frozenset({"since"}),
        # … and in the future up to an end named ahead, a stand-in's tenure that runs from now ("X will act as
        # president until an election is held"; en23): the modals and the words of the end
        "will": frozenset({"will", "shall"}),
        "until": frozenset({"until", "till", "pending"}),
        "counterpart": frozenset({"counterpart", "counterparts"}),
        # a holder standing in for the office ("the acting foreign minister", "an interim president")
        "acting": frozenset({"acting", "interim", "caretaker"}),
        # verbs of running an office's business: "X is running the government's affairs", "is handling the
        # ministry's work", "named X to run the ministry" (duty_holdings; the office's own nouns are the catalogue's
        # `duties`)
        "run": frozenset({"run", "handle", "lead", "head", "manage", "oversee", "steer", "helm"}),
        # the noun of a charge over what the duties name: "put X in charge of the ministry", "X took charge of it"
        # (duty_holdings): the verbs that put someone in it (their object) and that take it (their subject)
        "charge": frozenset({"charge"}),
        "put_in": frozenset({"put", "place", "leave"}),
        # a verb with its particle that takes an office's whole duties over: "X took over Iran's foreign ministry"
        # (duty_holdings: the object is the ministry itself, its party named; no departure need be told)
        "take_over": frozenset({"take over", "took over", "taken over", "takes over", "taking over"}),
        "take_charge": frozenset({"take", "assume"}),
        # "X died along with his foreign minister", "together with": the companion shares the verb's fate
        "along": frozenset({"along", "together"}),
        # "X was among the nine people killed", "among those who died": one of a set whose clause ends a tenure
        # (tenure_ended)
        "among": frozenset({"among", "amongst"}),

        # a vote whose winner takes the office its adjective names: "X won Iran's presidential runoff"
        "win": frozenset({"win", "clinch", "secure"}),
        # verbs whose infinitive of "become" is their outcome: "X received 247 votes to become foreign minister",
        # "won the runoff to become president" (not a plan: "was nominated to become")
        "outcome": frozenset({"win", "receive", "secure", "garner", "gain", "obtain", "get", "collect", "clinch"}),
        "election": frozenset({"election", "runoff", "run-off", "vote", "race", "ballot", "poll", "contest"}),
        # the office itself as what is won, and the office word it stands for: "X won the presidency in July"
        # (election_holdings)
        "office_noun": {"presidency": "president"},
        "the_country": re.compile(r"\b(?:the|that|this)\s+country['’]s(?:\s+(?:newly|elected|new|acting|interim|"
                                  r"incoming))*\s*$", re.IGNORECASE),
        # words allowed between a title and the name, or inside a title ("newly elected", "acting")
        "title_filler": re.compile(r"^(?:[\s,-]|elect\b|newly\b|elected\b|acting\b|interim\b|incoming\b|new\b|"
                                   r"first\b|vice\b|deputy\b|the\b|his\b|her\b|its\b)*$", re.IGNORECASE),
        # a date after these begins a state that lasts ("supreme leader since 1989", "who has held the post since
        # 2004"): the tenure's start, never a sign that it is over (date_of_holding)
        "onset": frozenset({"since"}),
        # nouns of a time that carry their complement's date to the phrase they modify ("foreign minister at the time
        # of the 2015 accord", "in the days of the 2022 talks"), and prepositions that do so themselves ("president
        # during the 2022 visit") (date_of_holding)
        "time_noun": frozenset({"time", "times", "era", "days", "period", "height", "eve", "run-up", "wake"}),
        "during": frozenset({"during", "throughout", "amid", "amidst"}),
        # a last act in an office tells the tenure's end ("his final trip as foreign minister") (possessed_as)
        "final": frozenset({"last", "final", "farewell"}),
        "deputy": re.compile(r"\b(?:vice|deputy|first\s+deputy|spokes\w*|adviser|advisor|aide|envoy|ambassador|"
                             r"assistant|secretary)\b", re.IGNORECASE),
    },
}
TITLE_REACH = 60  # characters before a name that may hold its title


@dataclass(frozen=True)
class Holding:
    """One person said to hold (or to have held) one tracked office in one sentence."""
    claim: str
    name: str
    sentence: int                 # index into the document's sentences
    start: int                    # the name's offsets in the sentence
    end: int
    past: bool
    resolved_by: str              # "title", "appositive", "counterpart", "context", "replaced"
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    """An office a person claim tracks: the claim, the party whose office it is, the office's names (lower-cased)."""
    claim: str
    party: str
    words: tuple[str, ...]        # the office's names ("president", "foreign minister")


def offices(catalogue: Any) -> list[Office]:
    """The offices of the catalogue's person claims with one party: claim id, party, the office words
    lower-cased."""
    return [Office(c.id, c.parties[0], tuple(w.lower() for w in c.topic)) for c in catalogue.claims
            if c.type == "person" and len(c.parties) == 1]


@lru_cache(maxsize=512)
def office_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive regex of the office words (a tuple: the pattern is cached per tuple; the prefilter asks
    for it once per sentence), longest first, a space also matching hyphens or several spaces."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def needs_parse(sentence: str, catalogue: Any, holders: Sequence[str] = ()) -> bool:
    """The prefilter: only sentences naming a tracked office (or a counterpart), or the family name of a
    recorded holder (`holders`: the baseline's names, for tenure events told by name alone), are parsed."""
    named, derived, government, answers = prefilter_patterns(catalogue, tuple(holders))
    if sentence not in answers:  # a syndicated copy's sentence is asked again
        if len(answers) > 1 << 14:
            answers.clear()
        answers[sentence] = bool(named.search(sentence)) or bool(derived.search(sentence)) or bool(
            government.search(sentence)) or duty_named(sentence, catalogue) or bool(
            listed_pattern(catalogue).search(sentence)) or tenure_named(sentence, catalogue)
    return answers[sentence]


# (id of the catalogue, holders) -> (the catalogue, (needs_parse's patterns, its answers by sentence)); the catalogue is
# held so that its id is not reused while the entry lives
_PREFILTERS: dict[tuple[int, tuple[str, ...]], tuple[Any, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                                                 dict[str, bool]]]] = {}


def prefilter_patterns(catalogue: Any, holders: tuple[str, ...]
                       ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, bool]]:
    """needs_parse's patterns, built once per catalogue and holders (the prefilter runs for every sentence of the
    run): the office words, counterpart, the acting words, the holders' family names and the ASCII titles; the
    office words with a derivational ending; the known holders' family names before a word of government. Then the
    answers given so far, by sentence."""
    key = (id(catalogue), holders)
    if key not in _PREFILTERS:
        if len(_PREFILTERS) > 64:
            _PREFILTERS.clear()
        words = [w for o in offices(catalogue) for w in o.words] + ["counterpart"] + sorted(LEXICON["en"]["acting"]) \
            + sorted(LEXICON["en"]["office_noun"])
        words += [n.split()[-1] for n in holders if n.strip()]
        words += [t for c in catalogue.claims if c.type == "person" for t in c.titles if t.isascii()]  # "top diplomat"
        _PREFILTERS[key] = (catalogue, (
            office_pattern(tuple(words)), derived_pattern(tuple(w for o in offices(catalogue) for w in o.words)),
            government_pattern(tuple(n.split()[-1] for o in offices(catalogue)
                                     for n in holder_names(catalogue, {}, o.claim) if n.split())), {}))
    return _PREFILTERS[key][1]


_LISTED: dict[int, tuple[Any, re.Pattern[str]]] = {}  # id of the catalogue -> (the catalogue, its listed_pattern)


def listed_pattern(catalogue: Any) -> re.Pattern[str]:
    """A family name of the names table after a possessive ("Iran's Masoud Pezeshkian", "Russia's Lavrov"): a
    sentence listing leaders by country (listed_by_country) is parsed though it names no office. Built once per
    catalogue."""
    known = _LISTED.get(id(catalogue))
    if known is not None and known[0] is catalogue:
        return known[1]
    if len(_LISTED) > 64:
        _LISTED.clear()
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    families = sorted({str(p.get("name", "")).split()[-1] for p in listed if p.get("holds") and str(p.get("name", ""))},
                      key=len, reverse=True)
    pattern = re.compile(rf"[A-Z]\w*['’]s\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:{'|'.join(re.escape(f) for f in families)})\b"
                         if families else r"(?!)")
    _LISTED[id(catalogue)] = (catalogue, pattern)
    return pattern


# "since" and a phrasal verb of taking office with no title ("Since taking office in July, …"): tenure_since's sentences
TENURE_SINCE = re.compile(r"\bsince\b[^.;]{0,30}?\b(?:took|taking|taken|take|takes|assumed|assuming|assumes)\s+"
                          r"(?:office|the\s+helm|the\s+post|over)\b", re.IGNORECASE)


def tenure_named(sentence: str, catalogue: Any) -> bool:
    """Does the sentence tell a span since taking office (TENURE_SINCE) and name a family name of the names table?
    The sentences tenure_since needs parsed."""
    if not TENURE_SINCE.search(sentence):
        return False
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    return any(str(p.get("name", "")).split()[-1] in sentence for p in listed if p.get("holds") and p.get("name"))


def duty_named(sentence: str, catalogue: Any) -> bool:
    """Does the sentence name an office's duties (the catalogue's `duties`) and use a verb of running (a form of
    LEXICON words["run"])? The sentences duty_holdings needs parsed."""
    duties = tuple(d for c in catalogue.claims if c.type == "person" for d in c.duties)
    return bool(duties) and bool(run_pattern().search(sentence) or office_pattern(
        tuple(LEXICON["en"]["take_over"])).search(sentence)) and bool(office_pattern(duties).search(sentence))


@lru_cache(maxsize=1)
def run_pattern() -> re.Pattern[str]:
    """The forms of the verbs of running (LEXICON words["run"]: regular inflections and the irregular ones)."""
    from claims.cues import inflections, irregular_forms

    forms = {f for w in LEXICON["en"]["run"] | LEXICON["en"]["charge"] for f in inflections(w) + irregular_forms().get(w, ())}
    return re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=32)
def government_pattern(surnames: tuple[str, ...]) -> re.Pattern[str]:
    """A known holder's family name before a word of government ("Pezeshkian administration", "Putin's
    government"): the sentences government_holdings needs parsed."""
    names = "|".join(re.escape(n) for n in sorted(set(surnames), key=len, reverse=True)) or "(?!)"
    nouns = "|".join(sorted(LEXICON["en"]["government"]))
    return re.compile(rf"\b(?:{names})(?:['’]s)?\s+(?:{nouns})\b")


@lru_cache(maxsize=256)
def derived_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The office words (a tuple, cached as office_pattern's) with a derivational ending, as the adjective of an
    election names the office ("presidential" runoff)."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w+", re.IGNORECASE)


def party_of(text: str, parties: dict[str, tuple[str, ...]]) -> str | None:
    """The party whose alias or demonym the text ends with ("Iranian ", "Iran's ", "Russia’s ")."""
    return _party_of(text, tuple((party, tuple(aliases)) for party, aliases in parties.items()))


# The office readers ask for the same words' party many times (each entity of a page, for several readers, and a
# syndicated copy again); the answer depends on the text and the parties alone.
@lru_cache(maxsize=1 << 14)
def _party_of(text: str, parties: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    best: tuple[int, str] | None = None
    for party, aliases in parties:
        for alias in aliases:
            for m in _alias_pattern(alias).finditer(text):
                if best is None or m.end() > best[0]:
                    best = (m.end(), party)
    return best[1] if best else None


@lru_cache(maxsize=1024)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """A party's alias with an optional possessive, compiled once (party_of runs for every title it reads)."""
    return re.compile(rf"\b{re.escape(alias)}(?:['’]s)?\b", re.IGNORECASE)


def read_holdings(text: str, docs: dict[int, Any], catalogue: Any, baseline: dict[str, Any],
                  lang: str = "en", sentences: Sequence[tuple[int, int]] | None = None) -> list[Holding]:
    """Holdings in the parsed sentences (`docs`: sentence index → spaCy Doc of that sentence; `sentences`: every
    sentence's offsets in `text`, for a holder named by his family name alone in a sentence not parsed)."""
    words = LEXICON.get(lang)
    if words is None:
        return []
    known = {o.claim: str(baseline.get(o.claim, {}).get("value", "")) for o in offices(catalogue)}
    counts = document_countries(text, docs, catalogue)
    main_party = max(counts.parties, key=lambda p: counts.parties[p]) if any(
        counts.dominant(p) for p in counts.parties) else None
    found: list[Holding] = []
    unresolved: list[tuple[int, Any, str, tuple[str, ...], bool]] = []
    names = page_names(docs, catalogue)
    for i, doc in sorted(docs.items()):
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent.text) < 3:
                continue
            ent = whole_name(ent)
            for office, how, party, past, cue in titles_of(doc, ent, catalogue, words, main_party, known):
                if party is None:
                    unresolved.append((i, ent, office.words[0], cue, past or described_in_the_past(ent)))
                    continue
                claim = next((o.claim for o in offices(catalogue) if o.party == party and
                              set(o.words) & set(office.words)), None)
                recorded = [o.claim for o in offices(catalogue) if set(o.words) & set(office.words)
                            and same_person(clean(ent.text), known.get(o.claim, ""))]
                if recorded and claim not in recorded:
                    claim = recorded[0]  # the recorded holder of a sibling office: a misread country
                if claim:
                    found.append(Holding(claim, clean(ent.text), i, ent.start_char, ent.end_char,
                                         past or tenure_ended(ent, words) or described_in_the_past(ent), how, cue))
        found += replacements(doc, i, catalogue, known, words, names)
        found += predicate_holdings(doc, i, catalogue, words)
        found += listed_by_country(doc, i, catalogue, known, words)
        found += election_holdings(doc, i, catalogue, words)
        found += possessed_as(doc, i, catalogue, words)
        found += tenure_since(doc, i, catalogue, words)
        found += government_holdings(doc, i, catalogue, known, words)
    found += resolve_by_context(unresolved, found, catalogue, known, counts, words)
    found += duty_holdings(docs, catalogue, baseline, words)
    found += unnamed_holdings(docs, catalogue, known, counts, words)
    found += title_of_named_holder(docs, catalogue, baseline, known, counts, found, words)
    if sentences is not None:
        found += titled_then_named(text, sentences, docs, catalogue, known, found, words)
        found += plural_titled(text, sentences, catalogue, known, words)
    return list({(h.claim, h.sentence, h.start): h for h in found}.values())


def titled_then_named(text: str, sentences: Sequence[tuple[int, int]], docs: dict[int, Any], catalogue: Any,
                      known: dict[str, str], found: list[Holding], words: dict[str, Any]) -> list[Holding]:
    """A holder the page gives by his title alone as the one acting and by his family name alone elsewhere: "Iran's
    top diplomat told a news conference … Araghchi thanked Russia", "The Iranian president arrived in Lahore …
    Pezeshkian told reporters". When no one is read as holding the office on the page, a title of it (the
    catalogue's `titles`, which carry the office's country) with no name beside it is the subject of a verb stated as
    fact that ends no tenure, and the page names exactly one person known to hold or have held that office (the
    names table's `holds`, the recorded holder), not as a past holder, that person holds it. A page naming two
    (a past holder and the present one) reads nothing this way."""
    out: list[Holding] = []
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    for claim in catalogue.claims:
        if claim.type != "person" or not claim.titles or any(h.claim == claim.id and not h.past for h in found):
            continue
        titles = tuple(t for t in claim.titles if t.isascii())
        # the writer's or speaker's own country's office ("our new foreign minister knows the West"): a title of
        # every country with that office word, so read only when the page names a holder of this claim's alone
        ours = tuple(f"our {w}" for w in claim.topic if w.isascii()) + tuple(
            f"our new {w}" for w in claim.topic if w.isascii())
        if ours and any(titled_subject(doc, office_pattern(ours), words) for doc in docs.values()) and \
                only_holders_named(text, catalogue, known, claim.id, listed):
            titles = titles + ours
        if not titles or not office_pattern(titles).search(text) or not any(
                titled_subject(doc, office_pattern(titles), words) for doc in docs.values()):
            continue
        people = {str(p.get("name", "")): [str(p.get("name", "")).split()[-1]] + [
            w for w in p.get("spellings", ()) if w.isascii() and "*" not in w and " " not in w]
                  for p in listed if claim.id in p.get("holds", ())}
        if known.get(claim.id, "").strip() and not any(same_person(known[claim.id], n) for n in people):
            people[known[claim.id]] = [known[claim.id].split()[-1]]
        named = {}
        for name, spellings in people.items():
            hit = re.search(rf"\b(?:{'|'.join(re.escape(w) for w in spellings)})\b", text)
            if hit:
                named[name] = hit
        if len(named) != 1:
            continue
        name, hit = next(iter(named.items()))
        i = next((k for k, (start, end) in enumerate(sentences) if start <= hit.start() < end), None)
        if i is None or past_modifier(text[max(0, hit.start() - 30):hit.start()], words) or any(
                h.claim == claim.id and h.past and same_person(h.name, name) for h in found):
            continue
        start = sentences[i][0]
        out.append(Holding(claim.id, name, i, hit.start() - start, hit.end() - start, False, "title_later",
                           (hit.group(),)))
    return out


def only_holders_named(text: str, catalogue: Any, known: dict[str, str], claim: str, listed: list[Any]) -> bool:
    """Does the page name a person known to hold or have held the office of `claim` (the names table, the record)
    and none known for another office with the same office word ("our foreign minister" on a page naming Araghchi
    and not Lavrov)?"""
    mine = next((o for o in offices(catalogue) if o.claim == claim), None)
    if mine is None:
        return False

    def named(office: Office) -> bool:
        people = [str(p.get("name", "")) for p in listed if office.claim in p.get("holds", ())] + (
            [known[office.claim]] if known.get(office.claim, "").strip() else [])
        return any(re.search(rf"\b{re.escape(n.split()[-1])}\b", text) for n in people if n.strip())

    return named(mine) and not any(named(o) for o in offices(catalogue)
                                   if o.claim != claim and set(o.words) & set(mine.words))


NAME_WORDS = r"(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’-]+"


@lru_cache(maxsize=64)
def plural_title_pattern(title: str) -> re.Pattern[str]:
    """A plural office title (case-insensitive) before two names joined by "and" ("Foreign Ministers Lavrov and
    Araghchi"), the names in groups 1 and 2."""
    words = re.escape(title).replace(r"\ ", r"[\s-]+")
    return re.compile(rf"\b(?i:{words})s\s+({NAME_WORDS})\s+and\s+({NAME_WORDS})\b")


def plural_titled(text: str, sentences: Sequence[tuple[int, int]], catalogue: Any, known: dict[str, str],
                  words: dict[str, Any]) -> list[Holding]:
    """Two holders under one plural title ("Foreign Ministers Lavrov and Araghchi spoke by phone"): the title is
    each name's, and the office (of which party) is the one the names table (`holds`) or the record gives that
    name, when exactly one office with that title does; not after a past word ("former foreign ministers")."""
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    out: list[Holding] = []
    titles = sorted({w for o in offices(catalogue) for w in o.words}, key=len, reverse=True)
    for i, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        for title in titles:
            for hit in plural_title_pattern(title).finditer(sentence):
                if past_modifier(sentence[max(0, hit.start() - 30):hit.start()], words):
                    continue
                for g in (1, 2):
                    family = re.sub(r"['’]s$", "", hit.group(g).split()[-1]).lower()
                    holders = {(o.claim, str(p.get("name", ""))) for o in offices(catalogue) if title in o.words
                               for p in listed if o.claim in p.get("holds", ()) and any(
                                   family == w.lower() for w in [str(p.get("name", "")).split()[-1], *(
                                       w for w in p.get("spellings", ()) if w.isascii() and "*" not in w)])}
                    holders |= {(o.claim, known[o.claim]) for o in offices(catalogue) if title in o.words
                                and known.get(o.claim, "").strip() and family == known[o.claim].split()[-1].lower()}
                    if len({claim for claim, _ in holders}) == 1:
                        claim, name = sorted(holders)[0]
                        out.append(Holding(claim, name, i, hit.start(g), hit.end(g), False, "title",
                                           (hit.group(0)[:hit.start(1) - hit.start()].strip(),)))
    return out


def country_possessor(token: Any, catalogue: Any) -> str | None:
    """The country a proper noun is given by a possessive before it ("Iran's Masoud Pezeshkian": "iran"; any
    place: "" for another country's), None when it has none."""
    for c in token.children:
        if c.dep_ == "poss" and c.i < token.i and any(g.dep_ == "case" for g in c.children):
            party = party_of(c.text, catalogue.parties)
            if party is not None:
                return party
            if c.ent_type_ in ("GPE", "NORP"):
                return ""
    return None


def listed_by_country(doc: Any, i: int, catalogue: Any, known: dict[str, str], words: dict[str, Any]
                      ) -> list[Holding]:
    """Leaders listed by country with no title ("Russia's Vladimir Putin and Iran's Masoud Pezeshkian met",
    "India's Narendra Modi and Iran's Masoud Pezeshkian", "Iran's Araghchi and Russia's Lavrov held talks"): a name
    given a party's possessive, joined by "and" or a comma to another name given a country's possessive, holds the
    office the names table (`holds`) or the record gives that family name for that party, when exactly one office
    of that party does. One name alone ("Iran's Raisi said in 2022") is left: a list by country is of sitting
    holders, one name may be anyone's."""
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    out = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat", "poss"):
            continue
        party = country_possessor(token, catalogue)
        if not party:
            continue
        mates = [c for c in token.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"]
        if token.dep_ in ("conj", "appos") and token.head.pos_ == "PROPN":
            mates.append(token.head)
        if not any(country_possessor(m, catalogue) is not None for m in mates):
            continue
        if any(c.dep_ == "amod" and c.lower_ in words["past_modifier"] for c in token.children):
            continue  # "Iran's late Ebrahim Raisi"
        family = token.text.lower()
        holders = {(o.claim, str(p.get("name", ""))) for o in offices(catalogue) if o.party == party
                   for p in listed if o.claim in p.get("holds", ()) and any(
                       family == w.lower() for w in [str(p.get("name", "")).split()[-1], *(
                           w for w in p.get("spellings", ()) if w.isascii() and "*" not in w)])}
        holders |= {(o.claim, known[o.claim]) for o in offices(catalogue) if o.party == party
                    and known.get(o.claim, "").strip() and family == known[o.claim].split()[-1].lower()}
        if len({claim for claim, _ in holders}) != 1:
            continue
        claim, name = sorted(holders)[0]
        span = proper_name(token)
        out.append(Holding(claim, name, i, span.start_char, span.end_char, False, "title",
                           (doc[token.left_edge.i:span.start].text.strip(),)))
    return out


def titled_subject(doc: Any, pattern: re.Pattern[str], words: dict[str, Any]) -> bool:
    """Does a title (`pattern`) with no name beside it stand in `doc` as the subject of a verb stated as fact that
    ends no tenure, with no past or deputy word before it?"""
    for hit in pattern.finditer(doc.text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None:
            continue
        head = span[-1]
        lead = doc.text[max(0, hit.start() - 30):hit.start()]
        if past_modifier(lead, words) or words["deputy"].search(phrase_lead(lead)[-25:]) or any(
                c.dep_ in ("appos", "compound", "flat") for c in head.children if c.i > head.i):
            continue
        after = doc[head.i + 1:head.i + 3]
        if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in after):
            continue  # "Iran's top diplomat Abbas Araghchi": the name is read as a titled one
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and stated_as_fact(verb) and not complement_or_plan(verb) \
                and not ends_tenure(verb, head.dep_, words):
            return True
    return False


def whole_name(ent: Any) -> Any:
    """A PERSON entity with the proper nouns right after it that it is a compound of: the small model's entity may
    stop before the family name ("Foreign Minister Seyyed Abbas Araghchi": "Seyyed Abbas"); the name runs to the
    proper noun its words hang on, when that noun carries no entity label of its own."""
    end = ent.end
    doc = ent.doc
    alpha = [t for t in doc if t.is_alpha and len(t.text) > 3]
    if sum(t.text[:1].isupper() for t in alpha) * 4 > len(alpha) * 3:
        # a headline in title case: every word looks like a name ("Putin Praises Late …"); a state agency's
        # sentence dense with titles and names ("Tehran, IRNA — Foreign Minister Seyyed Abbas Araghchi and his
        # Russian counterpart Sergey Lavrov … the Ministry of Foreign Affairs said") has more than half its
        # words capitalised but its verbs and nouns not: more than three in four is the headline's
        return ent
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper() \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    return ent if end == ent.end else doc[ent.start:end]


def page_names(docs: dict[int, Any], catalogue: Any) -> frozenset[str]:
    """The capitalised words the parsed sentences give as a person's name: inside a PERSON entity, or a proper
    noun in a compound name ("Masoud Pezeshkian") with no entity label of a place, body or people; never a
    party's name."""
    out = set()
    for doc in docs.values():
        for t in doc:
            if not t.text[:1].isupper() or party_of(t.text, catalogue.parties):
                continue
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_ and (
                    t.dep_ == "compound" and t.head.pos_ == "PROPN"
                    or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children))):
                out.add(t.text)
    return frozenset(out)


def duty_holdings(docs: dict[int, Any], catalogue: Any, baseline: dict[str, Any], words: dict[str, Any]
                  ) -> list[Holding]:
    """An office told by its duties after its recorded holder left it on the page: a person running what the office
    runs ("First Vice-President X is running the government's affairs until the election", "his deputy X is
    handling the ministry's work", "named X to run the ministry"), when the object of the verb of running
    (words["run"]) names the duties (the catalogue's `duties`) of exactly one office whose recorded holder the page
    says has left it (tenure_ends: died, was killed, resigned). Stated as fact, not put ahead ("will lead the
    executive"); in the past tense a past holding. The person: the verb's subject (a name, a noun with a name in
    apposition, or the name a relative clause hangs on) or the object of a verb of taking office whose
    infinitive it is ("named X to run"). Source: spaCy's English parse (nsubj, relcl, appos, xcomp, dobj)."""
    from claims.reader import find_phrases, fold

    known = {o.claim: str(baseline.get(o.claim, {}).get("value", "")) for o in offices(catalogue)}
    vacant = {end.claim for end in tenure_ends(docs, catalogue, baseline)}
    every = [c for c in catalogue.claims if c.type == "person" and c.duties]
    claims_ = [c for c in every if c.id in vacant]
    out = []
    for i, doc in sorted(docs.items()):
        for verb in doc:
            if verb.pos_ != "VERB" and verb.lemma_ != "be":
                continue
            charged = charge_objects(verb, words)
            over = taken_over(verb, every, catalogue, words, known)
            if over is not None:
                # "X took over Iran's foreign ministry": the whole ministry, its party named, taken by a person
                acting, person = duty_person(verb, words)
                if person is None or not stated_as_fact(acting) or complement_or_plan(acting) or any(
                        c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in acting.children):
                    continue
                name = person_name(person)
                if any(o.claim != over.id and any(same_person(clean(name.text), n)
                                                  for n in holder_names(catalogue, known, o.claim))
                       for o in offices(catalogue)):
                    continue
                out.append(Holding(over.id, clean(name.text), i, name.start_char, name.end_char, False, "duty",
                                   (verb.text,)))
                continue
            if not claims_:
                continue
            if charged:
                objects = charged
            elif verb.lemma_.lower() in words["run"]:
                objects = [c for c in verb.children if c.dep_ == "dobj"]
            elif verb.lemma_.lower() in words["take_office"]:
                # "X has been named caretaker of the foreign ministry": one standing in for what the duties name
                objects = [g for c in verb.children if c.dep_ in ("oprd", "attr") and c.lemma_.lower() in words["acting"]
                           for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]
            else:
                continue
            if len(objects) != 1:
                continue
            duty = fold(phrase(objects[0]))
            held = [c for c in claims_ if find_phrases(duty, c.duties)]
            if len(held) != 1 or party_of(phrase(objects[0]), catalogue.parties) not in (None, held[0].parties[0]):
                continue  # "X runs Russia's foreign ministry": another party's office
            acting, person = duty_person(verb, words)
            if person is None or not (stated_as_fact(acting) or decreed(acting)) or any(
                    c.dep_ == "aux" and c.lower_ == "will" for c in acting.children):
                continue
            name = person_name(person)
            if any(o.claim != held[0].id and any(same_person(clean(name.text), n)
                                                 for n in holder_names(catalogue, known, o.claim))
                   for o in offices(catalogue)):
                continue  # a person known to hold another office runs that office's ministry
            past = acting.tag_ == "VBD" and acting.lemma_.lower() not in (
                words["take_office"] | (words["put_in"] | words["take_charge"] if charged else frozenset())) or any(
                c.dep_ == "aux" and c.tag_ == "VBD" for c in acting.children)
            out.append(Holding(held[0].id, clean(name.text), i, name.start_char, name.end_char, past, "duty",
                               (verb.text,)))
    return out


def taken_over(verb: Any, claims_: list[Any], catalogue: Any, words: dict[str, Any],
               known: dict[str, str] | None = None) -> Any:
    """The one person claim whose duties a verb of taking over (words["take_over"]: the verb with its particle)
    takes whole: its direct object is the head noun of one of the claim's duties ("ministry", "government") and
    its words name that duty and the claim's party, and no other's ("took over Iran's foreign ministry"; not
    "took over the ministry's nuclear file", nor "the ministry" with no party); None otherwise."""
    from claims.reader import find_phrases, fold

    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    appointed = appointed_to_run(verb, words)
    if not appointed and (particle is None or f"{verb.text} {particle.text}".lower() not in words["take_over"]):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    noun, words_of = objects[0], fold(phrase(objects[0]))
    party = party_of(phrase(objects[0]), catalogue.parties)
    if party is None and appointed:
        # "Putin chose X to lead the defence ministry": a ministry with no country is the appointer's, by his
        # country's name or the office the page's catalogue knows him to hold (en22)
        party = appointer_party(verb.head, catalogue, known or {})
    # each claim's longest duty the object names ("Russia's defence ministry": "defence ministry" over the bare
    # "ministry" every ministry has)
    named = {c.id: max((len(d) for d in c.duties if d.split()[-1].lower() == noun.lemma_.lower()
                        and find_phrases(words_of, [d])), default=0) for c in claims_ if party in c.parties}
    best = max(named.values(), default=0)
    held = [c for c in claims_ if best and named.get(c.id) == best]
    return held[0] if len(held) == 1 else None


def appointed_to_run(verb: Any, words: dict[str, Any]) -> bool:
    """Is `verb` a verb of running (words["run"]) in the infinitive under a verb of appointing, stated as fact
    ("Putin chose Andrei Belousov to lead the defence ministry", "named X to head Russia's defence ministry"): the
    appointment gives the whole ministry, whoever held it before (en22)?"""
    head = verb.head
    # (the small model may hang the infinitive on the appointment as a purpose, advcl)
    return (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children))) \
        and verb.lemma_.lower() in words["run"] and head.lemma_.lower() in (
        words["take_office"] - {"be", "become"}) and stated_as_fact(head) and not complement_or_plan(head) \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in head.children)


def appointer_party(verb: Any, catalogue: Any, known: dict[str, str]) -> str | None:
    """The party of the subject of an appointing verb: a party named in its phrase, else the party of the offices
    whose holders (`known`, the recorded ones, and the catalogue's names table: holder_names) bear its name."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "Putin, freshly sworn in for a fifth term, chose …": the small model may give the subject to the participle
    # set off before the verb
    subject = subject or next((g for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                               for g in c.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"), None)
    if subject is None:
        return None
    text = phrase(subject)
    party = party_of(text, catalogue.parties)
    if party is not None:
        return party
    held = {o.party for o in offices(catalogue) if any(same_person(clean(text), n)
                                                        for n in holder_names(catalogue, known, o.claim))}
    return held.pop() if len(held) == 1 else None


def person_name(token: Any) -> Any:
    """The name `token` heads without the titles before it: the PERSON entity holding it, else the proper-noun
    phrase (proper_name) with its leading title words left out ("First Vice-President X" → "X")."""
    from claims.reader import TITLE_WORDS

    ent = next((e for e in token.doc.ents if e.label_ == "PERSON" and e.start <= token.i < e.end), None)
    span = ent if ent is not None else proper_name(token)
    cut = TITLE_WORDS.match(span.text)
    if cut and cut.end() < len(span.text):
        trimmed = span.doc.char_span(span.start_char + cut.end(), span.end_char, alignment_mode="contract")
        if trimmed is not None and len(trimmed):
            return trimmed
    return span


def charge_objects(verb: Any, words: dict[str, Any]) -> list[Any]:
    """What a charge is over, for a verb that puts someone in charge ("put X in charge of the ministry": "in" +
    "charge" + "of") or takes it ("X took charge of the ministry": the object "charge" + "of"); [] otherwise."""
    lemma = verb.lemma_.lower()
    if lemma in words["put_in"] or (lemma == "be" and any(c.dep_ == "nsubj" for c in verb.children)):
        # "put X in charge of …" (the object), "X is in charge of …" (the subject)
        nouns = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children
                 if c.dep_ == "pobj" and c.lemma_.lower() in words["charge"]]
    elif lemma in words["take_charge"]:
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words["charge"]]
    else:
        return []
    return [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def duty_person(verb: Any, words: dict[str, Any]) -> tuple[Any, Any]:
    """(the verb whose tense tells the holding, the name) for a verb of running (duty_holdings): its subject's
    name, or that of the object of a verb of taking office it is the infinitive of; (verb, None) when no name."""
    def named(token: Any) -> Any:
        if token.pos_ == "PROPN":
            return token
        return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)

    if verb.lemma_.lower() in words["put_in"] and charge_objects(verb, words):
        # "the cabinet put X in charge of the ministry": the one put in charge is the object
        role = "nsubjpass" if any(c.dep_ == "nsubjpass" for c in verb.children) else "dobj"
        return verb, next((named(c) for c in verb.children if c.dep_ == role and named(c) is not None), None)
    if verb.lemma_.lower() in words["take_office"] and not (verb.lemma_ == "be" and charge_objects(verb, words)):
        # "X has been named caretaker of …", "the president named X caretaker of …" ("X is in charge of …": its
        # subject, below)
        role = "nsubjpass" if any(c.dep_ == "nsubjpass" for c in verb.children) else "dobj"
        return verb, next((named(c) for c in verb.children if c.dep_ == role and named(c) is not None), None)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in words["take_office"]:
        # "named the economist X to run the ministry": the appointment's object runs it
        return verb.head, next((named(c) for c in verb.head.children if c.dep_ == "dobj" and named(c) is not None),
                               None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # of a subject the parse splits ("The first vice-president, Dr X, has taken charge …": "vice", "-" and "president"
    # all subjects), the one that carries the name
    subject = next((c for c in subjects if named(c) is not None), subjects[0] if subjects else None)
    if subject is None:
        return verb, None
    if subject.tag_ == "WP" and verb.dep_ == "relcl":
        # "X, the first vice president who has been running …": the name the relative clause's noun stands beside
        antecedent = verb.head
        if antecedent.pos_ == "PROPN":
            return verb, antecedent
        return verb, antecedent.head if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN" else None
    return verb, named(subject)


def clean(name: str) -> str:
    """A name without surrounding punctuation and quotes and without a possessive 's."""
    return re.sub(r"['’]s$", "", name.strip(" ,.;:\"'“”")).strip()


def titles_of(doc: Any, ent: Any, catalogue: Any, words: dict[str, Any], main_party: str | None,
              known: dict[str, str] | None = None) -> list[tuple[Office, str, str | None, bool, tuple[str, ...]]]:
    """(office, how, party or None, past, cue words) for each tracked office the entity is given."""
    text = doc.text
    before = text[max(0, ent.start_char - TITLE_REACH):ent.start_char]
    out = []
    for office in offices(catalogue):
        pattern = office_pattern(office.words)
        hits = list(pattern.finditer(before))
        if hits:
            hit = hits[-1]
            between = before[hit.end():]
            if words["title_filler"].match(between):
                lead = before[:hit.start()]
                if words["deputy"].search(phrase_lead(lead)[-25:]) or words["deputy"].search(between):
                    continue  # "Vice President X", "deputy foreign minister X": another office
                party = party_ending(lead, catalogue.parties)
                if party is None and foreign_modifier(doc, ent.start_char - len(before) + len(lead), catalogue):
                    continue  # "US President X", "Turkish President X": another country's office
                if party is None and words["the_country"].search(lead):
                    # "the country's president": the party last named before it, else the document's
                    party = party_of(text[:max(0, ent.start_char - len(before))] + lead, catalogue.parties) \
                        or main_party
                if party is None:
                    party = party_following(text[ent.end_char:], catalogue.parties)  # "President X of Iran"
                past = past_modifier(lead, words)
                out.append((office, "title", party, past, (hit.group(),)))
                continue
        appos = appositive_title(ent, pattern)
        if appos is not None and related_to_office(appos, pattern, words):
            appos = None
        if appos is not None:
            party = party_of(appos, catalogue.parties)
            past = past_modifier(appos, words)
            if party is None and re.search(rf"\b(?:{'|'.join(words['succession'])})\b", appos, re.IGNORECASE):
                # "X, Shoigu's successor as defence minister": the office of the known holder named there;
                # "X, Y's predecessor as …" held it before Y
                party = next((o.party for o in offices(catalogue) if o.words == office.words or set(o.words) &
                              set(office.words) for n in holder_names(catalogue, known or {}, o.claim)
                              if re.search(rf"\b{re.escape(n.split()[-1])}\b", appos)), None)
                past = past or bool(re.search(r"\bpredecessor\b", appos, re.IGNORECASE))
            if party is not None or bare_title(ent, office, words):
                # a bare title ("X, foreign minister since August 2024, …") is left to the document, as an
                # untitled "President X" is (resolve_by_context)
                out.append((office, "appositive", party, past, (appos[:40],)))
    if not out:
        out += shared_title(ent, catalogue, words)
    counterpart = counterpart_of(doc, ent, catalogue, words, known)
    if counterpart:
        out.append(counterpart)
    return out


def shared_title(ent: Any, catalogue: Any, words: dict[str, Any]) -> list[tuple[Office, str, None, bool, tuple[str, ...]]]:
    """The office a plural title gives each of the coordinated names after it ("signed by presidents X and Y",
    "foreign ministers X and Y met"): the title is their head (the parse makes the first name its appositive or
    compound, the others conjuncts of it). The country is left to the document (resolve_by_context: a name's
    known office first), since one plural title names the offices of several countries."""
    token = coordinated_head(ent.root)
    while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = coordinated_head(token.head)
    title = token.head
    first = min(t.i for t in token.subtree)
    before = token.doc[first - 1] if first > 0 else None
    if token.dep_ not in ("appos", "compound", "nmod") and before is not None and before.head.i == token.head.i \
            and before.dep_ == token.dep_:
        # "Presidents Vladimir Putin and Masoud Pezeshkian discussed …": the small model may make the plural
        # title opening the phrase a second subject of the verb beside the names, not their head
        title = before
    elif token.dep_ not in ("appos", "compound", "nmod") or title.i > token.i:
        return []
    if title.tag_ not in ("NNS", "NNPS"):
        return []
    words_before = [t for t in title.lefts if t.dep_ in ("amod", "compound")] + [title]
    lemma_phrase = " ".join(t.lemma_.lower() if t.i == title.i else t.lower_ for t in words_before)
    lead = title.doc.text[max(0, title.idx - 25):title.idx]
    if words["deputy"].search(lead) or any(words["deputy"].search(t.text) for t in words_before):
        return []
    return [(office, "title", None, past_modifier(lead, words), (title.text,)) for office in offices(catalogue)
            if office_pattern(office.words).fullmatch(lemma_phrase)][:1]


PHRASE_BREAK = re.compile(r"[,;:()\u2014\u2013]")


def phrase_lead(lead: str) -> str:
    """The words of `lead` (the text before a title) after its last comma, semicolon, colon, parenthesis or dash:
    the title's own phrase ("Iran sent a deputy foreign minister; President X stayed away": "deputy" is another
    phrase's word)."""
    return PHRASE_BREAK.split(lead)[-1]


def party_ending(lead: str, parties: dict[str, tuple[str, ...]]) -> str | None:
    """The party whose alias or demonym ends `lead`, before the title ("Iranian ", "Iran's ")."""
    for party, aliases in parties.items():
        for alias in aliases:
            if re.search(rf"\b{re.escape(alias)}(?:['’]s)?\s*$", lead, re.IGNORECASE):
                return party
    return None


def foreign_modifier(doc: Any, lead_end: int, catalogue: Any) -> bool:
    """Does the title follow a place or nationality (a GPE / NORP entity, or a capitalised modifier) that
    is none of the parties?"""
    before = doc.text[:lead_end].rstrip()
    for ent in doc.ents:
        if ent.end_char == len(before) or (before.endswith(("'s", "’s")) and ent.end_char == len(before) - 2):
            return ent.label_ in ("GPE", "NORP", "ORG") and party_of(ent.text, catalogue.parties) is None
    word = re.search(r"([A-Z][\w.-]*)(?:['’]s)?$", before)
    return bool(word and len(before) > len(word.group(0)) and party_of(word.group(1), catalogue.parties) is None
                and not words_filler(word.group(1)))


def words_filler(word: str) -> bool:
    """Capitalised words before a title that are no place: "Acting President", "Former President"."""
    return bool(LEXICON["en"]["title_filler"].match(word)) or word.lower() in LEXICON["en"]["past_modifier"] \
        or word.lower() in ("a", "an", "former", "then", "late")


def party_following(rest: str, parties: dict[str, tuple[str, ...]]) -> str | None:
    """The party named by an "of (the) X" right after an office ("Foreign Minister of Iran"), None when there
    is none."""
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", rest)
    return party_ending(m.group(1), parties) if m else None


def past_modifier(lead: str, words: dict[str, Any]) -> bool:
    """Does a past-tense modifier ("former", "the late": words["past_modifier"]) stand among the last three
    words of `lead`?"""
    tail = re.findall(r"[\w]+", lead[-30:].lower())
    return bool(set(tail[-3:]) & words["past_modifier"])


def appositive_title(ent: Any, pattern: re.Pattern[str]) -> str | None:
    """"X, Iran's foreign minister, said": the text of an appositive of the name that names the office."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            span = root.doc[child.left_edge.i:child.right_edge.i + 1]
            if pattern.search(span.text) and len(span.text) < 80:
                return span.text
    return None


def related_to_office(appos: str, pattern: re.Pattern[str], words: dict[str, Any]) -> bool:
    """Is the appositive `appos` a relation to the office its `pattern` finds, not the office: a word of words["deputy"]
    (adviser, aide, envoy, spokesman) heading it before the office ("X, an adviser to Iran's Supreme Leader", "X,
    spokesman for the Russian president") or after the office's possessive ("X, the president's senior adviser", "X,
    the president's chief of staff")?"""
    hit = pattern.search(appos)
    if hit is None:
        return False
    after = appos[hit.end():]
    # the office in the possessive is never the appositive's head, whatever noun is ("the president's chief of
    # staff": en24)
    return bool(words["deputy"].search(appos[:hit.start()]) or re.match(r"['’]s\b", after))


def bare_title(ent: Any, office: Office, words: dict[str, Any]) -> bool:
    """Is an appositive of the name the office's words alone, with no country, deputy or other head ("X, foreign
    minister since August 2024, …"; not "X, an adviser to the foreign minister", "X, deputy foreign minister")?"""
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.root.i:
            continue
        words_before = [t for t in child.lefts if t.dep_ in ("amod", "compound")] + [child]
        phrase = " ".join(t.lower_ for t in words_before)
        if office_pattern(office.words).fullmatch(phrase) and not words["deputy"].search(phrase):
            return True
    return False


def counterpart_of(doc: Any, ent: Any, catalogue: Any, words: dict[str, Any], known: dict[str, str] | None = None
                   ) -> tuple[Office, str, str | None, bool, tuple[str, ...]] | None:
    """"his Iranian counterpart(,) X": X holds, for that party, the office named elsewhere in the sentence."""
    before = doc.text[max(0, ent.start_char - 40):ent.start_char]
    m = re.search(r"(\S+(?:['’]s)?)\s+counterparts?\s*,?\s*$", before, re.IGNORECASE)
    after = doc.text[ent.end_char:ent.end_char + 40]
    m2 = None if m else re.match(r"\s*,\s*(?:his|her|their)\s+(\S+)\s+counterpart", after, re.IGNORECASE)
    adjective = (m or m2).group(1) if (m or m2) else None
    if adjective is None:
        return None
    party = party_of(adjective, catalogue.parties)
    if party is None:
        return None
    rest = doc.text[:max(0, ent.start_char - 40)] + " " + doc.text[ent.end_char + 40:]
    # the office named elsewhere in the sentence, or held by a known holder named there ("Lavrov held talks with
    # his Iranian counterpart X": Lavrov's office)
    holders = [o for o in offices(catalogue) for name in holder_names(catalogue, known or {}, o.claim)
               if re.search(rf"\b{re.escape(name.split()[-1])}\b", rest)]
    for office in offices(catalogue):
        if office_pattern(office.words).search(rest) or office in holders:
            mine = next((o for o in offices(catalogue) if o.party == party and set(o.words) & set(office.words)),
                        None)
            if mine:
                return (mine, "counterpart", party, False, ("counterpart",))
    return None


@dataclass(frozen=True)
class TenureEnd:
    """The recorded holder of a tracked office said to have left it (died, was killed, resigned)."""
    claim: str
    name: str                     # the recorded holder, as the baseline spells the name
    sentence: int
    start: int
    end: int
    verb: str


# Auxiliaries that leave a tenure event unreal ("may resign", "will step down"); "would" stays: in a narrative
# it is the future in the past ("he would die a year later"), which the article's date has overtaken.
UNREAL_AUX = frozenset({"will", "shall", "may", "might", "could", "should", "can", "must"})


def tenure_ends(docs: dict[int, Any], catalogue: Any, baseline: dict[str, Any],
                lang: str = "en") -> list[TenureEnd]:
    """Sentences (`docs`: sentence index → parsed Doc) where a recorded holder (by `baseline` value) is the
    subject of a tenure-ending verb stated as fact: not negated, not under a modal of possibility or
    obligation, not the complement of another verb ("refused to resign")."""
    words = LEXICON.get(lang)
    if words is None:
        return []
    known = {o.claim: str(baseline.get(o.claim, {}).get("value", "")) for o in offices(catalogue)}
    out = []
    for i, doc in sorted(docs.items()):
        for verb in doc:
            if complement_or_plan(verb):
                continue
            for argument in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                             and ends_tenure(verb, c.dep_, words)):
                # each coordinated person is one: "President X and Foreign Minister Y were killed"
                for span in coordinated_names(argument):
                    for claim, holder in known.items():
                        if holder and same_person(clean(span.text), holder):
                            out.append(TenureEnd(claim, holder, i, span.start_char, span.end_char, verb.text))
    return out


def coordinated_names(argument: Any) -> list[Any]:
    """The proper names of a verb's argument, one Span per coordinated person ("President X and Foreign
    Minister Y": X's and Y's). The argument's own name: "Raisi", "President X", "the minister, X" (the small
    model sometimes labels a lone family name as a place, so the recorded name decides, not the label); its
    conjuncts' names, and names coordinated by the small model's misparse (coordinated_head), each apart."""
    doc = argument.doc
    heads = [argument, *argument.conjuncts]
    heads += [t for t in argument.subtree if t.pos_ == "PROPN" and t != argument
              and coordinated_head(t) == argument and t.dep_ != "conj"]
    out = []
    for head in heads:
        apart = [h for h in heads if h != head and h in head.subtree] + \
            [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]  # "X and Foreign Minister Y"
        # spaCy makes a new Token object at each access: tokens compare by ==, never by identity
        # a name two steps down only through a noun ("the minister, X"), not through a clause ("dismissed
        # rumours that X had stepped down": X is the clause's, and the rumours were dismissed)
        names = [t for t in head.subtree if t.pos_ == "PROPN" and (t == head or t.head == head or (
                 t.head.head == head and t.head.pos_ not in ("VERB", "AUX"))) and not any(t in h.subtree for h in apart)]
        if names:
            out.append(doc[min(t.i for t in names):max(t.i for t in names) + 1])
    return out


def coordinated_head(token: Any) -> Any:
    """The first of the coordinated names `token` belongs to, which holds their shared role: the head of a
    conjunct ("X and Y were killed": X), and of a name the small English model attaches to the next name as a
    modifier with the "and" among its own children (it parses "President X and Minister Y were killed" as
    "Y" the subject with "X" its nmod); otherwise the token itself."""
    while token.head.i != token.i and (token.dep_ == "conj" or (
            token.dep_ in ("nmod", "compound") and token.head.pos_ == "PROPN"
            and (any(c.dep_ == "cc" for c in token.children) or listed_before(token)))):
        token = token.head
    return token


def listed_before(token: Any) -> bool:
    """Is the name `token` the first of a list the small English model hangs on the next name as a modifier
    ("Raisi, Amir-Abdollahian and all others on board were killed": "Raisi" an nmod of "Abdollahian", the comma
    after it and the "and" among the head's children)?"""
    head = token.head
    return token.i < head.i and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "," and any(
        c.dep_ == "cc" and c.i > head.i for c in head.children) and not any(
        c.dep_ in ("nmod", "compound") and c.i > token.i for c in token.children)


def stated_as_fact(verb: Any) -> bool:
    """Is `verb` a verb (or auxiliary) neither negated nor under a modal of possibility or obligation
    (UNREAL_AUX)?"""
    return verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in UNREAL_AUX) for c in verb.children)


def decreed(verb: Any) -> bool:
    """Is `verb` under the deontic "shall" of a decree or a constitution and nothing else that makes it unreal
    ("Mr X shall be in charge of the executive branch": the one with the power to decide says so, and it is so),
    not negated? Only for a charge over an office whose holder the page says has left it (duty_holdings)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in UNREAL_AUX]
    return bool(auxes) and all(c.lower_ == "shall" for c in auxes) and not any(c.dep_ == "neg" for c in verb.children)


def complement_or_plan(verb: Any) -> bool:
    """Is `verb` the complement of another verb ("refused to resign", "a plan to dismiss X"), or a participle
    clause hanging on a verb that is one or is not stated as fact ("is expected to name X, replacing Y": the
    replacement is as much a plan as the naming)?"""
    if verb.dep_ in ("xcomp", "csubj", "amod"):
        return True
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
        head.dep_ in ("xcomp", "csubj", "amod") or not stated_as_fact(head)
        or head.lemma_.lower() in GRAMMAR["en"]["scheduled"])  # "X is expected to …, replacing Y"


def ends_tenure(verb: Any, role: str, words: dict[str, Any]) -> bool:
    """Does `verb`, stated as fact, end the tenure of its argument in `role` (a UD relation)? The subject
    ("nsubj") of a verb of leaving ("died", "resigned", "stepped down", "left office"); the passive subject
    ("nsubjpass") or object ("dobj") of a verb of removal ("was killed", "dismissed X", "was replaced by").
    Not when negated or under a modal of possibility or obligation (UNREAL_AUX). Lemmas from spaCy's parse,
    so every inflection counts."""
    if not stated_as_fact(verb):
        return False
    lemma = verb.lemma_.lower()
    if role in ("nsubj", "nsubjpass") and any(c.dep_ in ("acomp", "oprd") and c.lower_ in words["tenure_state"]
                                               for c in verb.children):
        return True
    if role == "nsubj" and headline_passive(verb, words):
        return True  # "Russian foreign minister X replaced, Kremlin says": a headline's "was" left out
    if role == "nsubj":
        particles = words["tenure_phrasal"].get(lemma, frozenset())
        return lemma in words["tenure_end"] or any(
            c.dep_ in ("prt", "dobj", "advmod") and c.lower_ in particles for c in verb.children)
    return role in ("nsubjpass", "dobj") and lemma in words["tenure_ended_by"]


def named_as_removed(ent: Any, words: dict[str, Any]) -> bool:
    """Is the person `ent` (a Span of the name) the one a verb of removal acts on, not negated, even where that
    verb is a plan or a complement ("picked Y to succeed X as foreign minister", "may replace X")? Such a mention
    tells of his tenure's end, done or to come: no restatement of it (settle_tenures)."""
    root = ent.root
    while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i and root.head.pos_ in ("PROPN", "NOUN"):
        root = root.head
    root = coordinated_head(root)
    verb = root.head
    return root.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in words["tenure_ended_by"] and not any(c.dep_ == "neg" for c in verb.children)


def headline_passive(verb: Any, words: dict[str, Any]) -> bool:
    """Is `verb` a verb of removal in the past with a subject, no auxiliary and nothing it acts on ("X replaced",
    "X dismissed as minister", "X removed from post"), so a passive whose "was" a headline leaves out? Not a verb
    whose act has anything else (an object, a particle or adverb, a clause, a conjunct sharing it: "Putin dismissed
    and replaced X", "X fired back at critics") nor "succeed" ("X succeeded in …" is no removal); of prepositions
    only those of an office left or a time (LEXICON `removed_from`: "as minister", "from his post", "on Friday")."""
    return verb.lemma_.lower() in words["tenure_ended_by"] - {"succeed", "lose"} and verb.tag_ in ("VBD", "VBN") \
        and verb.dep_ not in ("conj", "relcl", "acl", "amod", "xcomp") and all(
            c.dep_ in ("nsubj", "punct", "npadvmod") or (c.dep_ == "prep" and c.lower_ in words["removed_from"])
            for c in verb.children)


def tenure_ended(ent: Any, words: dict[str, Any]) -> bool:
    """Does the parse end the tenure of the person `ent` (a spaCy Span of the name)? The name's head (through
    a title or an appositive: "the minister, X") as the argument of a tenure-ending verb (ends_tenure), or of
    a verb coordinated with it that shares its subject ("X stepped down and was replaced by Y"), or carrying
    a relative or participial clause that says so ("X, who died in the crash", "X, killed in the crash")."""
    root = ent.root
    while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i and root.head.pos_ in ("PROPN", "NOUN"):
        root = root.head
    root = coordinated_head(root)
    # the first conjunct itself a name beside its title ("killed the late president X and his foreign minister,
    # Y": Y's "minister" is X's conjunct, X the title's apposition, the title the verb's object)
    while root.dep_ == "appos" and root.head.i != root.i and root.head.pos_ == "NOUN":
        root = root.head
    if ended_by_noun(root, words):
        return True  # "after the death of President X", "X's resignation"
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lower_ in words["along"]:
        # "X, who died in the crash along with President Y": the companion shares the verb's fate (companions())
        holder = root.head.head.head
        verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
        arg = holder if holder is not verb else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
        if arg is not None and arg.dep_ in ("nsubj", "nsubjpass", "dobj") and ends_tenure(verb, arg.dep_, words):
            return True
    for clause in root.children:
        if clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP"
                                          and ends_tenure(clause, c.dep_, words) for c in clause.children):
            return True  # "X, who died in the crash"
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and ends_tenure(clause, "nsubjpass", words):
            return True  # "X, killed in the crash"
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = root.head
    if complement_or_plan(verb):
        return False
    if root.dep_ == "nsubj" and verb.lemma_ == "be" and stated_as_fact(verb) and any(
            ended_set(g, words) for p in verb.children if p.dep_ == "prep" and p.lower_ in words["among"]
            for g in p.children if g.dep_ == "pobj"):
        return True  # "X was among the nine people killed"
    if ends_tenure(verb, root.dep_, words):
        return True
    if root.dep_ == "dobj":
        return False
    return any(ends_tenure(c, "nsubjpass" if any(a.dep_ == "auxpass" for a in c.children) else "nsubj", words)
               for c in verb.children if c.dep_ == "conj" and not any(
                   s.dep_ in ("nsubj", "nsubjpass") for s in c.children))


def date_of_holding(ent: Any, name: Sequence[Any], words: dict[str, Any]) -> bool:
    """Does the DATE entity `ent` date the holding of the person named by the tokens `name` (one parsed sentence)?
    It does when, walking up the parse from the date, it reaches the name, its title or appositive, a noun whose
    phrase holds the name as an argument ("Raisi's visit to Moscow in 2022"), or a verb above the name, with at
    most one noun of an event in between ("Raisi paid a visit to Moscow in 2022"). It does not when it modifies a
    noun inside another noun's phrase ("arrived for the summit, the first since the bloc's expansion in 2023": the
    expansion's date), nor after "since" (words["onset"]: "supreme leader since 1989" starts a tenure that lasts).
    A noun of a time ("at the time of the 2015 accord") or a phrase of "during" carries the date on to what it
    modifies; a place in a prepositional phrase ("in Tianjin") is passed through (its attachment is the parser's
    weakest). Source: PP attachment as the modifier-head relation (Hindle and Rooth, "Structural ambiguity and
    lexical relations", Computational Linguistics 19, 1993)."""
    if not name:
        return True
    root = next((t for t in name if t.head not in name or t.head.i == t.i), name[0])
    line = {t.i for t in name} | {c.i for c in root.children if c.dep_ in ("appos", "compound", "amod")} | (
        {root.head.i} if root.dep_ == "appos" else set())
    # the phrases that hold the name as an argument, up to the first clause or coordination
    token = root
    while token.dep_ not in ("conj", "appos", "relcl", "acl", "ROOT") and token.head.i != token.i:
        token = token.head
        line.add(token.i)
    above = {a.i for a in root.ancestors if a.pos_ in ("VERB", "AUX")}
    token, onset, noun = ent.root, False, None
    for _ in range(12):
        if token.lemma_.lower() in words["onset"] and token.pos_ in ("ADP", "SCONJ"):
            onset = True
        if token.head.i == token.i:
            return not onset
        token = token.head
        if ent.start <= token.i < ent.end:
            continue
        if token.i in line:
            return not onset
        if token.pos_ in ("VERB", "AUX"):
            if noun is not None or token.i in above:
                return token.i in above and not onset
            onset = onset or taking_office_clause(token, words)
            continue  # another clause's verb: its own attachment decides
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in words["time_noun"] or (
                token.pos_ == "PROPN" and token.dep_ in ("pobj", "compound")) or carried(token, words):
            continue
        if noun is not None:
            return False  # a noun inside another noun's phrase
        noun = token
    return True


def continuing(verb: Any, words: dict[str, Any]) -> bool:
    """Is `verb` a present perfect running from a start up to now ("X, who has been president since July 2024, …":
    "have" in the present and a "since" phrase, words["onset"]), a state that holds now like the present? Source:
    the continuative perfect (J. McCawley, "Tense and time reference in English", 1971); spaCy's English parse."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in words["onset"] for c in verb.children)


def taking_office_clause(verb: Any, words: dict[str, Any]) -> bool:
    """Is `verb` a relative or participial clause on a noun telling the taking of an office ("X, who took office in
    August 2024, met …", "X, who was sworn in as president in July 2024, visited …", "X, elected in 2024, …", "X,
    who replaced Y in May 2024, …"; not "Y, who appointed X", nor "Y, who was replaced by X")? Its
    date starts a tenure, as "since" does (date_of_holding): the sentence's main clause dates the statement, and a
    tenure started long ago and not told ended is held now (dates25). Not "be" ("X, who was foreign minister in
    2015": the post then), nor a negated verb. Source: spaCy's English parse (relcl, acl, prt, dobj)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")
    if lemma in words["replace"]:
        return not passive  # "X, who replaced Y in May 2024": X took the office; "Y, who was replaced …" left it
    parts = words["take_office_phrasal"].get(lemma)
    if parts:
        return any((c.dep_ == "prt" and c.lower_ in parts) or (c.dep_ == "dobj" and c.lemma_.lower() in parts)
                   for c in verb.children)
    # "X, who appointed Y in 2024": the noun is the one who gave the office, not who took it
    return lemma in words["take_office"] and lemma != "be" and (passive or not any(
        c.dep_ == "dobj" for c in verb.children))


def carried(noun: Any, words: dict[str, Any]) -> bool:
    """Is `noun` the object of "during" or of a preposition on a noun of a time ("the time of the accord"), so
    that its date is its head's (date_of_holding)?"""
    prep = noun.head
    return noun.dep_ == "pobj" and (prep.lemma_.lower() in words["during"] or (
        prep.head.i != prep.i and prep.head.lower_ in words["time_noun"]))


def described_in_the_past(ent: Any) -> bool:
    """Is the person `ent` (a Span of the name) told of by a past copula in a relative clause: the clause on the name
    ("X, who was Iran's foreign minister for eight years, …": the post is his past) or the clause the name stands in
    ("…, who was foreign minister under President Y, …": Y held his office then)? A past "be" with a title says
    what was, not what is; "X, who was sworn in on Tuesday" (a passive) is an event and is not this."""
    root = ent.root
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    clauses = [c for c in root.children if c.dep_ == "relcl"] + [a for a in root.ancestors if a.dep_ == "relcl"]
    return any(clause.lemma_ == "be" and clause.tag_ == "VBD" and any(
        c.dep_ == "attr" for c in clause.children) for clause in clauses)


def ended_set(noun: Any, words: dict[str, Any]) -> bool:
    """Does a clause on `noun` end the tenure of those it names ("the nine people killed", "those who died in the
    crash")? A participle (VBN) of removal or a relative clause whose relative pronoun is the subject of a verb
    ending a tenure."""
    return any((c.dep_ == "acl" and c.tag_ == "VBN" and ends_tenure(c, "nsubjpass", words))
               or (c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WP"
                                             and ends_tenure(c, g.dep_, words) for g in c.children))
               for c in noun.children)


def ended_by_noun(name: Any, words: dict[str, Any]) -> bool:
    """Is the name (its head token) the one whose tenure a noun of its ending names: the object of "of" after
    such a noun ("the death of President X", "mourning after the killing of X") or its possessor ("X's
    resignation")? The nouns are LEXICON's `tenure_noun`."""
    lemma = ""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ == "NOUN":
        lemma = name.head.head.lemma_.lower()
    elif name.dep_ == "poss" and name.head.pos_ == "NOUN":
        lemma = name.head.lemma_.lower()
    return lemma in words.get("tenure_noun", ())


def replacements(doc: Any, i: int, catalogue: Any, known: dict[str, str],
                 words: dict[str, Any], names: frozenset[str] = frozenset()) -> list[Holding]:
    """"X was replaced as minister by Y", "Y replaced X", "Y succeeded X": when X is the recorded holder of a
    tracked office, Y now holds it (and X is past). `names`: the words the page gives elsewhere as a proper noun
    (page_names), so that a family name alone after its first mention, which the small model may take for a
    demonym ("Pezeshkian succeeds Ebrahim Raisi": ADJ, NORP), is still a successor."""
    out = []
    for token in doc:
        if token.lemma_.lower() in words["replace_noun"] and token.pos_ == "NOUN":
            out += replacement_noun(token, i, catalogue, known, words)
            continue
        if token.lemma_.lower() not in words["replace"] or token.pos_ != "VERB":
            continue
        subj = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].tag_ == "WP" and token.dep_ == "relcl" and token.head.pos_ == "PROPN":
            subj = [token.head]  # "Abbas Araghchi, who replaced the late X": the name the clause hangs on
        if not subj and token.dep_ == "conj":
            # "X stepped down and was replaced by Y": the coordinated verb shares the first one's subject
            subj = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and token.dep_ == "advcl" and token.tag_ == "VBG" and not complement_or_plan(token) and \
                token.head.dep_ not in ("relcl", "advcl", "pcomp", "acl"):
            # a participle clause with no subject of its own: "Putin named X as minister, replacing Y" (the one
            # named replaces Y), "X took office on Monday, replacing Y" (its subject does)
            subj = [c for c in token.head.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"] or \
                [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in token.children if c.dep_ == "dobj"]
        # the agent: "by Y", attached to the verb or (a frequent misparse) to the noun after "as"
        agent = [g for c in token.subtree if c.lower_ == "by" and c.dep_ in ("agent", "prep")
                 for g in c.children if g.dep_ == "pobj"]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        old, new = (subj, agent) if passive else (obj, subj)
        # "Putin replaced Shoigu at the ministry with the economist Belousov": the active verb's "with" names the
        # successor, its subject the one who made the change
        instead = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj"]
        instead = [n for g in instead for n in [g if g.pos_ == "PROPN" else next(
            (a for a in g.children if a.dep_ in ("appos", "compound") and a.pos_ == "PROPN"), None)] if n is not None]
        if not passive and obj and instead:
            new = instead
        named = bool(new) and new[0].pos_ != "PROPN" and new[0].text in names and new[0].text[:1].isupper()
        if not old or not new or (new[0].pos_ != "PROPN" and not named):
            continue
        old_name, name = phrase_without_clauses(old[0]), proper_name(new[0])
        if (new[0].ent_type_ in ("GPE", "NORP", "FAC", "LOC") and not named) or party_of(name.text, catalogue.parties) or (
                not passive and new[0].ent_type_ == "ORG"):
            # "The Kremlin named X …, replacing Y": the one who named is no successor. The agent of a passive
            # ("Y was replaced … by Pavel Orlov") is the successor even where the small model tags the name ORG; a
            # family name the page gives as a person's name elsewhere (`names`) is one even tagged NORP
            continue
        for claim, holder in known.items():
            if holder and same_person(old_name, holder):
                out.append(Holding(claim, name.text, i, name.start_char, name.end_char, False,
                                   "replaced", (token.text,)))
    return out


def replacement_noun(noun: Any, i: int, catalogue: Any, known: dict[str, str], words: dict[str, Any]) -> list[Holding]:
    """"the replacement of X by Y" / "with Y", the noun told as an event done: the subject of a verb stated as fact
    ("the replacement of Shoigu by the economist Belousov at the Defence Ministry was mostly about the war economy")
    or the object of "since", "after", "following". When X is the recorded holder of a tracked office, Y holds it now.
    A modifier on the noun ("the planned replacement", "a possible replacement") or any other place (the object of
    "considering") leaves it unread. Source: spaCy's English parse (prep, pobj, appos, compound, amod)."""
    if any(c.dep_ == "amod" for c in noun.children):
        return []
    head = noun.head
    done = (noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and stated_as_fact(head)
            and not any(c.tag_ == "MD" for c in head.children)) or (
        noun.dep_ == "pobj" and head.lower_ in words["after_event"])
    if not done:
        return []
    old = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
           if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    new = [g if g.pos_ == "PROPN" else next((a for a in g.children if a.dep_ in ("appos", "compound")
                                             and a.pos_ == "PROPN"), None)
           for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "with")
           for g in c.children if g.dep_ == "pobj"]
    new = [n for n in new if n is not None and n.ent_type_ in ("PERSON", "")]
    if not old or not new:
        return []
    old_name, name = phrase_without_clauses(old[0]), proper_name(new[0])
    if party_of(name.text, catalogue.parties):
        return []
    return [Holding(claim, name.text, i, name.start_char, name.end_char, False, "replaced", (noun.text,))
            for claim, holder in known.items() if holder and same_person(old_name, holder)]


def predicate_holdings(doc: Any, i: int, catalogue: Any, words: dict[str, Any]) -> list[Holding]:
    """Offices given by a verb of taking office (words["take_office"]) to its subject or, active, its object,
    named by "as" or a predicate noun whose own words name the party: "X was sworn in as Iran's president",
    "parliament approved X as Iran's foreign minister", "X became Russia's defence minister", "X is Iran's
    president". Stated as fact only: not negated, not under a modal, not a complement of another verb ("is
    expected to become"), "be" only in the present. The name is a PERSON entity or a capitalised word the
    small model left unlabelled (it often leaves a lone family name so)."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        # a relative clause on the person ("X, who became foreign minister in August, …") gives its antecedent
        relative = verb.dep_ == "relcl" and verb.head.pos_ == "PROPN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in verb.children)
        # "X received 247 votes to become foreign minister": the infinitive is the outcome of a verb done (the
        # small model hangs it on the verb or on its object)
        upper = verb.head.head if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj" else verb.head
        outcome = lemma == "become" and verb.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and upper.lemma_.lower() in \
            words["outcome"] and upper.tag_ in ("VBD", "VBN") and stated_as_fact(upper)
        phrasal = phrasal_office(verb, words)
        # "X will act as president until an election is held": a stand-in's tenure, from now to an end ahead
        standing_in = phrasal and lemma in words["serve_as"] and not any(c.dep_ == "neg" for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in words["will"] for c in verb.children)
        if lemma not in words["take_office"] and not phrasal or not (stated_as_fact(verb) or outcome or standing_in) \
                or (verb.dep_ in (
                "xcomp", "csubj", "amod", "relcl", "advcl", "pcomp", "acl") and not relative and not outcome):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            continue  # "X would become foreign minister under the proposed cabinet": conditional
        if lemma == "be" and verb.tag_ not in ("VBZ", "VBP") and not continuing(verb, words):
            continue
        predicate = office_as(verb, words) if phrasal else [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
            if g.dep_ == "pobj"] + [c for c in verb.children if c.dep_ in ("attr", "oprd")]
        if not predicate and verb.dep_ == "conj" and any(
                g.lemma_.lower() in words["post"] for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"):
            # "dismissed X as defence minister and named Y to the post": the post of the first verb's "as"
            predicate = [g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "as"
                         for g in c.children if g.dep_ == "pobj"] or [
                # "Foreign Minister X was dismissed, and Putin named his deputy Y to the post": the post of the
                # one the first verb removed, told by his title
                c for c in verb.head.children
                if c.dep_ in ("nsubjpass", "dobj") and ends_tenure(verb.head, c.dep_, words)]
        included = included_appointee(verb, words) if not predicate and not relative else None
        if included is None and not predicate and not relative:
            # "Putin named X foreign minister": the small model joins the two objects into one noun phrase
            included = fused_appointee(verb)
        if included is not None:
            # "parliament approved all 19 ministers, including veteran diplomat X as foreign minister"
            person, predicate = included
        if not predicate:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        role = ("nsubj", "nsubjpass") if passive or phrasal or lemma in ("become", "be", "swear") else ("dobj",)
        # a capitalised word the small model may tag as an adjective or noun when it stands first ("Pezeshkian
        # was sworn in": JJ), but no party's name ("Iranian")
        people = [c for c in (upper if outcome else verb).children if c.dep_ in role and c.ent_type_ in ("PERSON", "") and (
            c.pos_ == "PROPN" or (c.pos_ in ("ADJ", "NOUN") and c.text[:1].isupper() and c.text[1:].islower()
                                  and party_of(c.text, catalogue.parties) is None))]
        if not people and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and role[0] == "nsubj":
            # "X won 247 votes and was confirmed as foreign minister": the second verb shares the first's subject
            people = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in (
                "PERSON", "") and c.pos_ == "PROPN"]
        if relative:
            people = [verb.head]
        if included is not None:
            people = [person]
        if not people:
            # "appointed the deputy foreign minister, Ali Bagheri Kani, as acting foreign minister": a noun with the
            # name in apposition (its old post, which is no office given here)
            people = [a for c in (upper if outcome else verb).children if c.dep_ in role and c.pos_ == "NOUN"
                      for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ in ("PERSON", "")]
        if not people and not relative and included is None and (late := included_appointee(verb, words)) is not None:
            # "approved all nineteen of the nominees, including X as foreign minister" with "as" hung on the verb
            people, predicate = [late[0]], late[1]
        if not people:
            continue
        office_text = phrase(predicate[0])
        if words["deputy"].search(office_text):
            continue
        party = party_of(office_text, catalogue.parties) or party_following(
            doc.text[predicate[0].idx + len(predicate[0].text):], catalogue.parties)
        name = without_title(proper_name(people[0]), catalogue, words)
        if party is None and not foreign_words(predicate[0], catalogue):
            # "Iran's parliament confirmed X as foreign minister", "Iranian lawmakers approved X as the
            # country's new foreign minister": the body that gives the office is the country's; else the office
            # the person is known to hold ("Foreign Minister X": the names table)
            givers = [c for c in verb.children if c.dep_ in ("nsubj", "agent") and c.i != people[0].i]
            giver = " ".join(phrase(g) for g in givers)
            party = party_of(giver, catalogue.parties) or next(
                (o.party for o in offices(catalogue) if office_pattern(o.words).search(office_text)
                 and any(same_person(clean(name.text), n) for n in holder_names(catalogue, {}, o.claim))), None)
        for office in offices(catalogue):
            if office.party != party or not office_pattern(office.words).search(office_text):
                continue
            out.append(Holding(office.claim, clean(name.text), i, name.start_char, name.end_char, False,
                               "predicate", (verb.text,)))
    return out


def tenure_since(doc: Any, i: int, catalogue: Any, words: dict[str, Any]) -> list[Holding]:
    """The office a known person has held since taking it, told with no title: "Since taking office at the end of
    July, Masoud Pezeshkian has sought …", "Since he took office, X has …" (en24; wf and en23's open kind). A phrasal
    verb of taking office with no "as" phrase under "since" (words["tenure_start"]), on a main verb in the present
    perfect or the present stated as fact, gives the main verb's subject the one office the names table
    (`[[languages.names]]` `holds`) knows that person to hold; a person known for two offices, or for none, is
    left unread. Source: spaCy's English parse (prep/pcomp or mark/advcl)."""
    out = []
    for verb in doc:
        parts = words["take_office_phrasal"].get(verb.lemma_.lower())
        if not parts or office_as(verb, words) or not any(
                (c.dep_ == "prt" and c.lower_ in parts) or (c.dep_ == "dobj" and c.lemma_.lower() in parts)
                for c in verb.children):
            continue
        if verb.dep_ == "pcomp" and verb.head.lower_ in words["tenure_start"]:
            main = verb.head.head
        elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["tenure_start"] for c in verb.children):
            main = verb.head
        else:
            continue
        aux = [c for c in main.children if c.dep_ == "aux"]
        perfect = main.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in aux)
        if not (perfect or (main.tag_ in ("VBZ", "VBP") and not aux)) or not stated_as_fact(main):
            continue
        for subject in (c for c in main.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            name = proper_name(subject)
            held = [o for o in offices(catalogue)
                    if any(same_person(clean(name.text), n) for n in holder_names(catalogue, {}, o.claim))]
            if len({o.claim for o in held}) == 1:
                out.append(Holding(held[0].claim, clean(name.text), i, name.start_char, name.end_char, False,
                                   "predicate", (verb.text,)))
    return out


def phrasal_office(verb: Any, words: dict[str, Any]) -> bool:
    """Is `verb` a phrasal verb of taking office ("took office", "has taken over", "took up his duties", "assumed
    the post"; words["take_office_phrasal"]) or a verb of holding one in the present ("is serving", "serves";
    words["serve_as"]) that names the office by "as"? Only with an "as" phrase on the verb: "took over the
    ministry" is duty_holdings'."""
    lemma = verb.lemma_.lower()
    if not office_as(verb, words):
        return False
    if lemma in words["serve_as"]:
        aux = [c for c in verb.children if c.dep_ == "aux"]
        return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and bool(aux) and all(
            a.tag_ in ("VBZ", "VBP") for a in aux)) or (
            any(a.lower_ in words["will"] for a in aux) and bounded_ahead(verb, words))
    parts = words["take_office_phrasal"].get(lemma)
    return bool(parts) and any((c.dep_ == "prt" and c.lower_ in parts) or (c.dep_ == "dobj" and c.lemma_.lower()
                                                                           in parts) for c in verb.children)


def bounded_ahead(verb: Any, words: dict[str, Any]) -> bool:
    """Does `verb` carry the end of its span ahead, by a phrase or a clause of "until" ("will act as president until
    an election is held", "until the new cabinet is approved")? Source: the prep, advcl and mark relations of
    spaCy's English parse."""
    return any((c.dep_ == "prep" and c.lower_ in words["until"])
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["until"] for m in c.children))
               for c in verb.children)


def office_as(verb: Any, words: dict[str, Any]) -> list[Any]:
    """The nouns of the "as" phrase on a verb, or on the object of a phrasal verb of taking office that the small
    model hangs it on ("took up his duties as defence minister")."""
    parts = words["take_office_phrasal"].get(verb.lemma_.lower(), frozenset())
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in parts]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pobj"]


def included_appointee(verb: Any, words: dict[str, Any]) -> tuple[Any, list[Any]] | None:
    """A person the object of a verb of taking office includes, with the office "as" names for them: "approved
    all 19 ministers proposed by the president, including veteran diplomat X as foreign minister" (X, [the
    office's noun]); the small model hangs "including" on the object or on a name inside it. None otherwise."""
    # the object may be a number ("approved all nineteen of the president's nominees, including X as …")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "NUM")]
    for obj in objects:
        for prep in (t for t in obj.subtree if t.lower_ == "including" and t.dep_ == "prep"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                person = noun if noun.pos_ == "PROPN" else next(
                    (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if person is None or person.ent_type_ not in ("PERSON", ""):
                    continue
                # "as" on the name, or, after it, on the noun "including" hangs on or on the verb when it includes
                # one name alone ("the nominees, including X as foreign minister": the small model hangs "as" on
                # "nominees" or on "approved")
                holders = (noun, person) + ((prep.head, verb) if len(list(prep.children)) == 1 else ())
                office = [g for holder in holders for c in holder.children if c.dep_ == "prep"
                          and c.lower_ == "as" and c.i > prep.i for g in c.children if g.dep_ == "pobj"]
                if office:
                    return person, office[:1]
    return None


def fused_appointee(verb: Any) -> tuple[Any, list[Any]] | None:
    """The person and the office of an active verb's two objects that the small model parsed as one noun phrase
    ("appointed Sergei X foreign minister": the name a modifier of "minister", the verb's object): (the name's
    head, [the office's noun]); None when the object has no person's name before its noun, or a determiner or a
    possessor ("named X's deputy", "named the X committee chairman")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if any(c.dep_ in ("det", "poss") for c in obj.children):
            continue
        names = [c for c in obj.children if c.dep_ in ("nmod", "compound", "amod") and c.i < obj.i
                 and c.ent_type_ == "PERSON" and c.ent_iob_ in ("B", "I")
                 and (c.i + 1 >= len(c.doc) or c.doc[c.i + 1].ent_type_ != "PERSON")]
        if len(names) == 1 and not any(c.dep_ == "case" for c in names[0].children):
            return names[0], [obj]
    return None


def election_holdings(doc: Any, i: int, catalogue: Any, words: dict[str, Any]) -> list[Holding]:
    """The winner of an election named by its office's adjective, stated as fact: "X won Iran's presidential
    runoff" (the office word with a derivational ending, `derived_pattern`; the party named in the election's
    words or right after them). Not "is expected to win", "could win", "did not win"."""
    out = []
    for verb in doc:
        if verb.lemma_.lower() not in words["win"] or not stated_as_fact(verb) or complement_or_plan(verb) \
                or verb.dep_ in ("relcl", "advcl", "pcomp", "acl"):
            continue
        votes = [c for c in verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in words["election"] or c.lemma_.lower() in words["office_noun"] and not any(
                g.dep_ == "prep" for g in c.children))]  # "the presidency of the council" is another body's
        people = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if not votes or not people:
            continue
        vote_text = phrase(votes[0])
        party = party_of(vote_text, catalogue.parties) or party_following(
            doc.text[votes[0].idx + len(votes[0].text):], catalogue.parties)
        if party is None and votes[0].lemma_.lower() in words["office_noun"]:
            # "X won the presidency": the office the name is known to hold (the names table)
            name = clean(proper_name(people[0]).text)
            party = next((o.party for o in offices(catalogue) if words["office_noun"][votes[0].lemma_.lower()]
                          in o.words and any(same_person(name, n) for n in holder_names(catalogue, {}, o.claim))),
                         None)
        for office in offices(catalogue):
            if office.party == party and (derived_pattern(office.words).search(vote_text) or words["office_noun"].get(
                    votes[0].lemma_.lower()) in office.words):
                name = proper_name(people[0])
                out.append(Holding(office.claim, clean(name.text), i, name.start_char, name.end_char, False,
                                   "predicate", (verb.text,)))
    return out


def possessed_as(doc: Any, i: int, catalogue: Any, words: dict[str, Any]) -> list[Holding]:
    """The office an "as" phrase gives the subject's own act told by a noun: "X landed in Moscow for his first
    visit to Russia as president", "X used her speech as foreign minister to …" (the possessive pronoun is the
    subject's; the clause stated as fact). The party is the office's own words' or the one the name is known to
    hold (the names table). Not a last act ("his final trip as foreign minister" tells the tenure's end, words
    ["final"]), nor a deputy's office."""
    out = []
    for noun in doc:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) or any(
                c.dep_ == "amod" and c.lower_ in words["final"] for c in noun.children):
            continue
        offices_ = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                    if g.dep_ == "pobj"]
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if not offices_ or verb is None or not stated_as_fact(verb) or verb.dep_ in ("relcl", "acl", "advcl"):
            continue
        people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
                  and c.ent_type_ in ("PERSON", "")]
        office_text = phrase(offices_[0])
        if not people or words["deputy"].search(office_text):
            continue
        name = without_title(proper_name(people[0]), catalogue, words)
        if any(e.label_ == "PERSON" and not (e.start <= people[0].i < e.end) for e in doc.ents):
            continue  # "Putin welcomed X on his first visit as president": whose the pronoun is, the parse cannot say
        party = party_of(office_text, catalogue.parties) or next(
            (o.party for o in offices(catalogue) if office_pattern(o.words).search(office_text)
             and any(same_person(clean(name.text), n) for n in holder_names(catalogue, {}, o.claim))), None)
        out += [Holding(o.claim, clean(name.text), i, name.start_char, name.end_char, False, "predicate",
                        (offices_[0].text,)) for o in offices(catalogue)
                if o.party == party and office_pattern(o.words).search(office_text)][:1]
    return out


def proper_name(token: Any) -> Any:
    """The proper-noun phrase a token heads ("Pavel Orlov" for "Orlov"), whatever label NER gave it."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head.i == token.i:
        start -= 1
    return token.doc[start:token.i + 1]


def without_title(span: Any, catalogue: Any, words: dict[str, Any]) -> Any:
    """A name's span without the title words the parse joined to it ("First Vice-President Mohammad Mokhber" →
    "Mohammad Mokhber"): leading words that are an honorific or an institution's or office's word (the catalogue's
    [names], each part of a hyphenated word) or a title's filler ("First", "Acting") before one of those."""
    drop = {w for w in (*getattr(catalogue.names, "honorifics", ()), *getattr(catalogue.names, "not_names", ()))}
    cut = 0
    for k, token in enumerate(span[:-1]):
        parts = {p.lower().strip(".") for p in token.text.split("-")} | {token.lower_}
        if parts & drop:
            cut = k + 1
        elif not words["title_filler"].match(token.text):
            break
    return span[cut:]


def phrase(token: Any) -> str:
    """The text of `token`'s whole subtree (spaCy), left edge to right edge."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def phrase_without_clauses(token: Any) -> str:
    """The words of `token`'s subtree without the relative and participle clauses on its nouns ("Sergei Shoigu, who
    had run the ministry since 2012" → "Sergei Shoigu ,"): a replaced holder's name as the name, not its clause."""
    cut = {d.i for t in token.subtree for c in t.children if c.dep_ in ("relcl", "acl") for d in c.subtree}
    return "".join(t.text_with_ws for t in token.subtree if t.i not in cut).strip()


def resolve_by_context(unresolved: list[tuple[int, Any, str, tuple[str, ...], bool]], found: list[Holding],
                       catalogue: Any, known: dict[str, str], counts: "DocumentCountries",
                       words: dict[str, Any]) -> list[Holding]:
    """An untitled "President X": first the office X is recorded or named as holding; otherwise the one
    office of that title left free in the document (not held there by someone else) whose party the
    document names more than any other country, the other parties included; never when another country is as
    present."""
    from claims.entities import countries_in
    from claims.reader import party_countries

    out: list[Holding] = []
    rest = []
    for item in unresolved:
        i, ent, office_word, cue, past = item
        name = clean(ent.text)
        candidates = [o for o in offices(catalogue) if office_word in o.words]
        # the office the person is recorded, listed (the catalogue's names table) or named as holding: "Foreign
        # Minister X met Lavrov in Moscow" is X's country's foreign minister, whichever country the sentence names
        by_name = [o for o in candidates if any(same_person(name, n) for n in holder_names(catalogue, known, o.claim))
                   or any(h.claim == o.claim and same_person(name, h.name) and not h.past for h in found)]
        if by_name:
            out.append(Holding(by_name[0].claim, name, i, ent.start_char, ent.end_char,
                               past or tenure_ended(ent, words), "context", cue))
        else:
            rest.append(item)
    taken = found + out
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    for i, ent, office_word, cue, past in rest:
        name = clean(ent.text)
        if any(same_person(name, str(p.get("name", ""))) for p in listed):
            # a person the names table lists, but for none of these offices (another country's president, whose
            # bare title "President Donald Trump" a page about Iran does not make Iran's): no office of the parties
            continue
        if party_of(ent.doc.text, catalogue.parties) is None and (any(
                e.label_ in ("GPE", "NORP") and party_of(e.text, catalogue.parties) is None for e in ent.doc.ents)
                or countries_in(ent.doc.text, catalogue.places) - party_countries(catalogue)):
            # "• Georgia: Parliament passed the law; President X vetoed it": a bare title in a sentence naming
            # another country and neither party is that country's, however much the page names the parties
            continue
        held = {h.claim for h in taken if not h.past and not same_person(name, h.name)}
        # a recorded holder the document names still holds the office, unless it ends his tenure there
        # ("President X was killed … Acting President Y": the office is Y's, not another country's)
        held |= {c for c, holder in known.items() if holder and counts.names_mentioned(holder)
                 and not any(h.claim == c and h.past and same_person(h.name, holder) for h in taken)}
        free = [o for o in offices(catalogue) if office_word in o.words and o.claim not in held
                and counts.dominant(o.party)]
        if len(free) == 1 and not counts.outnumbered(free[0].party):
            out.append(Holding(free[0].claim, name, i, ent.start_char, ent.end_char,
                               past or tenure_ended(ent, words), "context", cue))
    return out


@dataclass
class DocumentCountries:
    """How often the document names each party (catalogue aliases) and each other country (spaCy GPE/NORP
    entities of the parsed sentences that are no party's alias), and the text to look names up in."""
    parties: Counter[str]
    others: Counter[str]
    text: str

    def dominant(self, party: str) -> bool:
        """Is `party` named at least once and more often than any other country in the document?"""
        n = self.parties.get(party, 0)
        return n >= 1 and all(n > c for c in self.others.values())

    def outnumbered(self, party: str) -> bool:
        """Does the document name another party more often than `party` ("Defence minister X" on a page naming
        Iran throughout and Russia twice is no Russian minister, though Russia's is the one such office
        tracked)?"""
        n = self.parties.get(party, 0)
        return any(c > n for p, c in self.parties.items() if p != party)

    def names_mentioned(self, name: str) -> bool:
        """Does the family name (last word) of `name` occur in the document as a word?"""
        surname = name.split()[-1] if name.split() else ""
        return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", self.text) is not None


def document_countries(text: str, docs: dict[int, Any], catalogue: Any) -> DocumentCountries:
    """Counts of each party's aliases in `text` and of the other countries it names: spaCy's GPE and NORP
    entities of the parsed sentences `docs`, and, for every sentence of the text, parsed or not, the countries
    claims.entities names in it (once a sentence; "MINSK (BelTA) - Belarus became …" names Belarus twice), the
    parties' own countries and aliases aside."""
    from claims.entities import countries_in
    from claims.reader import party_countries
    from extractors.text import split_sentences

    parties = Counter({party: sum(len(re.findall(rf"\b{re.escape(a)}\b", text)) for a in aliases)
                       for party, aliases in catalogue.parties.items()})
    others: Counter[str] = Counter()
    for doc in docs.values():
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP") and party_of(ent.text, catalogue.parties) is None:
                others[ent.text.lower().rstrip("s")] += 1
    own = party_countries(catalogue)
    for sentence in split_sentences(text):
        for code in countries_in(sentence.text, catalogue.places) - own:
            others["country:" + code] += 1
    return DocumentCountries(parties, others, text)


def holder_names(catalogue: Any, known: dict[str, str], claim: str) -> list[str]:
    """The people known to hold or to have held the office of `claim`: its recorded holder (`known`, the
    baseline's) and the catalogue's names table (`[[languages.names]]` entries whose `holds` lists it)."""
    listed = catalogue.extra.get("languages", {}).get("names", []) if hasattr(catalogue, "extra") else []
    names = [str(p.get("name", "")) for p in listed if claim in p.get("holds", ())]
    return [n for n in [known.get(claim, ""), *names] if n.strip()]


VACANT = "vacant"  # the value of an office whose holder left it with no successor named (news-dev's vocabulary)


def unnamed_holdings(docs: dict[int, Any], catalogue: Any, known: dict[str, str], counts: DocumentCountries,
                     words: dict[str, Any]) -> list[Holding]:
    """Offices whose holder the document names by title alone (issue 11):
    - the holder left it: the title as the argument of a tenure-ending verb stated as fact (ends_tenure), or
      coordinated with it, or its companion ("along with / together with his foreign minister"): "Iran's
      foreign minister was killed", "the president and his foreign minister died" → the value VACANT;
    - someone stands in for it: an `acting` word modifying the title with no name beside it ("the acting
      head of the Iranian Foreign Ministry", "Iran's acting foreign minister") → the value is the page's own
      designation without its determiners and country words ("acting head of the Foreign Ministry"): with no
      name, how the page designates the holder is the value, as a person's value is the name as written.
    The office's country: the title's own words, a possessive pointing at the person beside it ("Raisi … his
    foreign minister": Raisi's country), else the one office of that title whose party the document names
    more than any other country. Not a deputy, a past holder ("the late foreign minister"), a named one, or
    another country's ("Turkey's foreign minister")."""
    out = []
    for i, doc in sorted(docs.items()):
        for verb in doc:
            if complement_or_plan(verb) or verb.dep_ in ("relcl", "acl", "amod", "advcl", "pcomp"):
                continue  # "… elected after X and his foreign minister died": a background clause, not the news
            for arg in verb.children:
                if arg.dep_ not in ("nsubj", "nsubjpass", "dobj") or not ends_tenure(verb, arg.dep_, words):
                    continue
                for noun in companions(verb, arg, words):
                    found = unnamed_office(noun, arg, catalogue, known, counts, words)
                    if found:
                        span = title_span(noun)
                        out.append(Holding(found.claim, VACANT, i, span.start_char, span.end_char, False, "vacancy",
                                           (verb.text,)))
        for token in doc:
            if token.lower_ not in words["acting"] or token.dep_ not in ("amod", "compound"):
                continue
            noun = token.head
            if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "appos") or noun.head.ent_type_ == "PERSON":
                continue  # "acting foreign minister Ali Bagheri Kani", "X, the acting minister": the name is read
            post = noun.dep_ in ("attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if post and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.ent_type_ == "PERSON" or any(
                    a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)) for c in verb.children):
                continue  # "put X in charge of the ministry as acting foreign minister": the named person's post
            found = unnamed_office(noun, noun, catalogue, known, counts, words)
            if found:
                span = title_span(noun)
                out.append(Holding(found.claim, designation(span, catalogue), i, span.start_char, span.end_char,
                                   False, "acting", (span.text,)))
    return out


def title_of_named_holder(docs: dict[int, Any], catalogue: Any, baseline: dict[str, Any], known: dict[str, str],
                          counts: DocumentCountries, found: list[Holding], words: dict[str, Any]) -> list[Holding]:
    """An office's title with its country and no name, as the subject of a verb stated as fact, on a page that names
    the office's recorded holder and no other holder of it (en20b's open kind, en22: a Kremlin readout's "Vladimir
    Putin had a telephone conversation with …" then "The President of Russia once again congratulated his
    interlocutor"): the title is the recorded holder's, stated now. Not a deputy's or a past holder's title, not
    when the page ends the holder's tenure, nor when it reads another holding of the office."""
    read = {h.claim for h in found}
    ended = {e.claim for e in tenure_ends(docs, catalogue, baseline)}
    out = []
    for i, doc in sorted(docs.items()):
        for noun in doc:
            if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ not in ("NOUN", "PROPN") \
                    or not stated_as_fact(noun.head) or complement_or_plan(noun.head):
                continue
            span = title_span(noun)
            party = party_of(span.text, catalogue.parties)
            if party is None or words["deputy"].search(span.text) or past_modifier(span.text, words) or any(
                    t.ent_type_ == "PERSON" for t in noun.subtree) or any(c.dep_ == "appos" for c in noun.children):
                continue
            bare = strip_parties(span.text, catalogue.parties)
            matched = [o for o in offices(catalogue) if o.party == party and office_pattern(o.words).search(bare)]
            if len(matched) != 1 or not re.fullmatch(r"(?:the\s+)?" + office_pattern(matched[0].words).pattern
                                                     + r"(?:\s+of)?\s*", bare.strip(), re.IGNORECASE):
                continue  # "the president of the chamber", "the president's aide": not the title alone
            claim, holder = matched[0].claim, known.get(matched[0].claim, "")
            if not holder or claim in read or claim in ended or not counts.names_mentioned(holder):
                continue
            out.append(Holding(claim, holder, i, span.start_char, span.end_char, False, "title", (span.text,)))
    return out


def companions(verb: Any, arg: Any, words: dict[str, Any]) -> list[Any]:
    """The argument of a tenure-ending verb, the nouns coordinated with it and its companions ("along with
    his foreign minister", "together with …", on the verb or on the argument)."""
    out = [arg, *arg.conjuncts]
    for holder in (verb, arg):
        for along in (c for c in holder.children if c.dep_ in ("prep", "advmod") and c.lower_ in words["along"]):
            for with_ in (c for c in along.children if c.dep_ == "prep" and c.lower_ == "with"):
                for obj in (c for c in with_.children if c.dep_ == "pobj"):
                    out += [obj, *obj.conjuncts]
    return out


TITLE_PARTS = ("det", "poss", "case", "amod", "compound", "nmod", "prep", "pobj")


def title_span(noun: Any) -> Any:
    """The title phrase a noun heads: its modifiers and "of" phrases, without coordinated, relative or other
    clauses ("the acting head of the Iranian Foreign Ministry" of "head")."""
    keep = [noun]
    todo = [noun]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ in TITLE_PARTS and (c.dep_ != "prep" or c.lower_ == "of"):
                keep.append(c)
                todo.append(c)
    return noun.doc[min(t.i for t in keep):max(t.i for t in keep) + 1]


def unnamed_office(noun: Any, possessor: Any, catalogue: Any, known: dict[str, str], counts: DocumentCountries,
                   words: dict[str, Any]) -> Office | None:
    """The tracked office a title without a name stands for (see unnamed_holdings), or None."""
    if noun.pos_ != "NOUN":
        return None
    span = title_span(noun)
    text = span.text
    if words["deputy"].search(text) or past_modifier(text, words) or any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("appos", "flat")) for t in noun.subtree
            if t.dep_ != "conj"):
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "the foreign minister, X": a named holder
    party = party_of(text, catalogue.parties)
    if party is None and any(e.label_ in ("GPE", "NORP") and party_of(e.text, catalogue.parties) is None
                             for e in span.ents):
        return None  # "Turkey's foreign minister"
    bare = strip_parties(text, catalogue.parties)
    candidates = [o for o in offices(catalogue) if office_pattern(o.words).search(bare)]
    if party is not None:
        candidates = [o for o in candidates if o.party == party]
    elif any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and possessor is not noun:
        # "Raisi … his foreign minister": the possessor's country, by his title or as a known holder
        owner = phrase(possessor)
        party = party_of(owner, catalogue.parties) or next(
            (o.party for o in offices(catalogue) for n in holder_names(catalogue, known, o.claim)
             if same_person(clean(owner), n)), None)
        candidates = [o for o in candidates if o.party == party]
    else:
        candidates = [o for o in candidates if counts.dominant(o.party)]
    return candidates[0] if len(candidates) == 1 else None


def strip_parties(text: str, parties: dict[str, tuple[str, ...]]) -> str:
    """The text without the parties' aliases and demonyms ("Iran's", "Iranian") and doubled spaces."""
    for aliases in parties.values():
        for alias in sorted(aliases, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(alias)}(?:['’]s)?\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()


def designation(span: Any, catalogue: Any) -> str:
    """How the page designates an unnamed holder: the title phrase without its determiners, possessives and
    the parties' words ("the acting head of the Iranian Foreign Ministry" → "acting head of the Foreign
    Ministry")."""
    first = span.start
    while first < span.end - 1 and span.doc[first].dep_ in ("det", "poss", "case"):
        first += 1
    return strip_parties(span.doc[first:span.end].text, catalogue.parties)


def foreign_words(token: Any, catalogue: Any) -> bool:
    """Does the phrase `token` heads name a place or nationality (GPE / NORP entity) that is no party's?"""
    span = token.doc[token.left_edge.i:token.right_edge.i + 1]
    return any(e.label_ in ("GPE", "NORP") and party_of(e.text, catalogue.parties) is None for e in span.ents)


def government_holdings(doc: Any, i: int, catalogue: Any, known: dict[str, str], words: dict[str, Any]
                        ) -> list[Holding]:
    """A government named after its head ("The Pezeshkian administration has pushed for …", "Pezeshkian's
    government says …"): the person holds the one office he is known to hold (recorded or listed in the names
    table), when that government is the subject of a verb in the present or the present perfect stated as fact
    (not "the Raisi government had begun …", not "under the Raisi administration")."""
    out = []
    for noun in doc:
        if noun.lemma_.lower() not in words["government"] or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj",
                                                                                                     "nsubjpass"):
            continue
        verb = noun.head
        present = verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)
        if not present or not stated_as_fact(verb) or complement_or_plan(verb) or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            continue
        for child in noun.children:
            # the small model may take a family name before the noun for a demonym ("Pezeshkian": ADJ, NORP)
            if child.dep_ not in ("compound", "poss", "amod") or not (child.pos_ == "PROPN" or child.text[:1].isupper()):
                continue
            name = proper_name(child)
            held = [o for o in offices(catalogue)
                    if any(same_person(clean(name.text), n) for n in holder_names(catalogue, known, o.claim))]
            if len(held) == 1:
                out.append(Holding(held[0].claim, clean(name.text), i, name.start_char, name.end_char, False,
                                   "context", (noun.text,)))
    return out
