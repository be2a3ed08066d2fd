"""The claim catalogue's schema: parse and validate a catalogue file (the project's is baseline/catalogue.toml).

A state cue is one of three kinds (claims.cues):
- a lemma cue, the default for English: written once in lemma form ("deliver", "take delivery", "enter into
  force") and matched by lemma on the sentence's spaCy parse, so every inflection counts; whether the verb's
  act is done, to come, hedged or in progress is read from the parse (claims.grammar), not from the cue;
- an exact cue, written with a leading "=" ("=supplying"): matched as written on folded text, for a form
  whose inflection is the meaning;
- a phrase pattern, any cue with "*" ("halt*", "construction * began"): matched on folded text, a trailing
  "*" any word ending, a lone "*" up to six words. The other languages' cues are all matched this way.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claims.entities import NO_PLACES, Places
from claims.values import NO_NAME_WORDS, NameWords
from extractors.text import fold
from settings.errors import CatalogueError, unknown_key

TYPES = {"status", "event", "quantity", "person"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class State:
    """One value a status or event claim can take: its cues (lemma cues, "=exact" cues and "*" patterns: see
    the module docstring), sentences that `describe` it for the semantic fallback, the state a negated cue of
    another state means, and whether it is a `process` (an activity that goes on, "under construction",
    "negotiating") rather than an achievement reached at a moment ("signed", "delivered"): Vendler's aspect
    classes (Linguistics in Philosophy, 1957). More of a process still to come does not put its being under way
    in doubt. `presupposes`: the state a statement of this one takes for granted even when it puts it ahead
    or denies it ("the agreement will enter into force in May", "has not entered into force yet": the
    agreement is signed), after the presupposition of change-of-state verbs (Karttunen 1974, "Presupposition
    and linguistic context")."""
    value: str
    cues: tuple[str, ...]
    describe: tuple[str, ...]
    negative: str | None = None
    process: bool = False
    presupposes: str | None = None
    # cues naming the state by a noun of its event ("the expiry of", "the end of"): also in `cues`, but read
    # only where the sentence dates the event within a month of the article ("with the expiry of the deal on
    # Saturday"); undated, such a noun is as often a recap or a prospect ("since the collapse of the deal")
    dated: tuple[str, ...] = ()
    # cues of verbs any subject may have ("began to operate", "has applied since", "kicked in"): also in `cues`, but
    # read only where the verb's subject is the claim's thing, its name or a referent noun ("the agreement … began to
    # operate"; not "Iranian banks began to operate in the union"): claims.reader.thing_is_subject
    bound: tuple[str, ...] = ()
    # cues of a later step that takes this state for granted ("ratify" for a signed agreement whose claim has no state of
    # its own for the ratification): also in `cues`; the step in the progressive, under way ("the members are
    # ratifying the agreement"), still states this one (claims.statements.presupposed; en16)
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One tracked claim of baseline/catalogue.toml: what it asks, its type (status | event | quantity | person),
    parties, topic words and states or measure; the header comment of the catalogue file gives every field."""
    id: str
    question: str
    type: str
    parties: tuple[str, ...]
    topic: tuple[str, ...]
    note: str = ""
    ordered: bool = False
    states: tuple[State, ...] = ()
    measure: str = ""
    unit: str = ""
    period: str = ""
    cues: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    # (status and event claims) nouns that name the subject with no word of their own when the claim's parties
    # are the act's subject ("Russia and Iran signed a pact on Friday"; claims.reader.generic_named)
    generic: tuple[str, ...] = ()
    # a person claim's office told by what its holder runs (English): "X is running the government's affairs", "is
    # handling the ministry's work" (claims.offices.duty_holdings), phrases of the object of a verb of running
    duties: tuple[str, ...] = ()
    # words that, modifying the subject of a statement, make it another thing than the claim's ("the interim
    # agreement", "the protocol"): such statements are not about this claim
    others: tuple[str, ...] = ()
    # nouns that are the subject itself when its name modifies them ("Su-35 fighter jets"); the name modifying any
    # other noun ("Su-35 simulators", "S-400 components") is about that noun (claims.statements.modifies_another_thing)
    things: tuple[str, ...] = ()
    # countries that are part of the claim's subject (a bloc's members: "Kazakhstan's Senate ratified the
    # EAEU's agreement with Iran"): a clause naming one is not about another country (claims.reader.scope_score)
    members: tuple[str, ...] = ()
    # the other sides of the claim's talks: countries (any name claims.entities knows, or an ISO code of [places]) and
    # other names (a group, an envoy) whose talks, round or meeting with the claim's party are the claim's subject with
    # no topic word ("Iranian and US negotiators wrapped up a second round"; claims.reader.counterpart_talks)
    counterparts: tuple[str, ...] = ()
    # a quantity that measures a change over its period (growth): its figures carry a direction (+/−) and a
    # figure with none ("a 15% share") is not one of its statements
    change: bool = False
    # the topic is the proper name of a thing on the parties' own ground (a railway between two of its towns): a
    # sentence naming it names its parties, unless a clause names another country (claims.reader.scope_score)
    placed: bool = False
    # the topic names the two sides of a deal (two companies): a statement whose acting organisation, the subject of
    # the cue's verb, is neither of them nor shares a word of their names is another pair's deal ("Lukoil signed a
    # contract with NIOC"; claims.statements.signed_by_another_side)
    sides: bool = False
    # the state a statement implies when the claim's subject itself has done something ("the treaty has
    # created a framework for trade": it was at least signed); "" when acts say nothing of the state
    acting: str = ""
    # per-language vocabulary of this claim (issue 15): {"ru": {"topic": [...], "titles": [...], "cues": [...],
    # "others": [...], "states": {state value: [cues]}}}, read by claims.languages
    lang: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def negative_states(self) -> frozenset[str]:
        """The states that negated cues of another state mean ("has not received" → not delivered)."""
        return frozenset(s.negative for s in self.states if s.negative)

    def state(self, value: str) -> State | None:
        """The claim's state named `value`, None when it has none of that name."""
        return next((s for s in self.states if s.value == value), None)

    def rank(self, value: str) -> int:
        """Position of a state in an ordered claim (-1 when unknown)."""
        return next((i for i, s in enumerate(self.states) if s.value == value), -1)


@dataclass(frozen=True)
class Catalogue:
    """The whole catalogue (claims.catalogue.load_catalogue): parties and their names, the claims, and the vocabulary of
    context (field comments); `digest` identifies the file's content."""
    parties: dict[str, tuple[str, ...]]
    claims: tuple[Claim, ...]
    digest: str = ""
    # groupings whose figures are not a bilateral one ("trade between Iran and the EAEU")
    blocs: tuple[str, ...] = ()
    # sentences describing what a new development looks like, compared by meaning with candidates
    developments: tuple[str, ...] = ()
    # routine events (meetings, calls): a sentence reporting one is not a new development
    routine: tuple[str, ...] = ()
    # nouns that, after "this/these/those/the", point back at the subject named in the sentence before
    # ("these aircraft", "the deal")
    referents: tuple[str, ...] = ()
    # words that make a reporting verb's source a party's official voice ("the defence ministry said",
    # "Iranian officials said"); outlets and people named only by their kind are single sources
    officials: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)
    # names of other countries that no library gives, and library names that are no country here (claims.entities)
    places: Places = NO_PLACES
    # words that are no part of a person's name (honorifics, institutions), with `places` (claims.values)
    names: NameWords = NO_NAME_WORDS

    def get(self, claim_id: str) -> Claim:
        """The claim with id `claim_id`. Raises KeyError for an id the catalogue does not have."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)


CLAIM_KEYS = {"id", "question", "type", "parties", "topic", "note", "ordered", "change", "acting", "states", "measure", "unit",
              "period", "cues", "titles", "duties", "generic", "others", "things", "members", "placed", "sides",
              "counterparts", "lang"}
STATE_KEYS = {"value", "cues", "describe", "negative", "process", "presupposes", "dated", "bound", "after"}


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue file (TOML; its schema: baseline/catalogue.toml's header comment).
    Returns the parsed Catalogue, cached per path. Raises CatalogueError naming the file and the entry."""
    return _load(str(path))


@lru_cache(maxsize=8)
def _load(path: str) -> Catalogue:
    try:
        return _parse(path)
    except CatalogueError as exc:  # every message names the file, whichever part of it found the problem
        text = str(exc)
        if path in text:
            raise
        text = text.removeprefix("catalogue: ")
        raise CatalogueError(f"catalogue {path}: {text}") from None


def _parse(path: str) -> Catalogue:
    import hashlib

    try:
        raw = Path(path).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"catalogue {path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"catalogue {path}: not valid TOML: {exc}") from None
    parties = parse_parties(data.get("parties"))
    claims = tuple(parse_claim(item, i, parties) for i, item in enumerate(data.get("claims", [])))
    if not claims:
        raise CatalogueError(f"catalogue {path}: no [[claims]] entries")
    seen: set[str] = set()
    for claim in claims:
        if claim.id in seen:
            raise CatalogueError(f"catalogue entry {claim.id!r}: duplicate id")
        seen.add(claim.id)
    context = data.get("context", {})
    keys = ("blocs", "developments", "routine", "referents", "officials")
    if not isinstance(context, dict) or set(context) - set(keys) - {"lang", "members", "bodies", "cities"} or not all(
            _str_list(context.get(k, [])) for k in keys):
        raise CatalogueError(f"catalogue {path}: [context] may hold only lists of strings 'blocs', 'developments', "
                             "'routine', 'referents' and 'officials', per-language tables [context.lang.xx] "
                             "and [context.members], [context.bodies] and [context.cities]")
    context_lang = parse_context_lang(context.get("lang", {}), path)
    members = context.get("members", {})
    if not isinstance(members, dict) or set(members) - set(parties) or not all(
            _str_list(blocs) for blocs in members.values()):
        raise CatalogueError(f"catalogue {path}: [context.members] maps a party of [parties] to a list of the "
                             "names of the blocs it belongs to")
    bodies = context.get("bodies", {})
    if not isinstance(bodies, dict) or set(bodies) - set(parties) or not all(
            _str_list(names) for names in bodies.values()):
        raise CatalogueError(f"catalogue {path}: [context.bodies] maps a party of [parties] to a list of the "
                             "names of its state companies and agencies")
    cities = context.get("cities", {})
    if not isinstance(cities, dict) or set(cities) - set(parties) or not all(
            _str_list(names) for names in cities.values()):
        raise CatalogueError(f"catalogue {path}: [context.cities] maps a party of [parties] to a list of the "
                             "names of its cities and ports")
    return Catalogue(parties=parties, claims=claims, digest=hashlib.sha256(raw).hexdigest()[:16],
                     blocs=tuple(context.get("blocs", ())), developments=tuple(context.get("developments", ())),
                     routine=tuple(context.get("routine", ())), referents=tuple(context.get("referents", ())),
                     officials=tuple(context.get("officials", ())),
                     extra={"languages": data.get("languages", {}),  # per-language parties, names (claims.languages)
                            # per-language words of new developments (claims.developments.development_words)
                            "context_lang": context_lang,
                            # the blocs each party belongs to (claims.developments.bloc_parties)
                            "members": {party: tuple(blocs) for party, blocs in members.items()},
                            # each party's state companies and agencies (claims.developments.body_parties)
                            "bodies": {party: tuple(names) for party, names in bodies.items()},
                            # each party's cities and ports, the places of its events (body_parties)
                            "cities": {party: tuple(names) for party, names in cities.items()}},
                     places=(places := parse_places(data.get("places", {}), path)),
                     names=parse_names(data.get("names", {}), places, path))


CONTEXT_LANG_KEYS = ("events", "pair", "background", "untracked", "location", "offers", "there", "reported",
                     "partner", "announced", "routine", "nominal", "accused", "route")


def parse_context_lang(value: object, path: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """[context.lang.xx]: per language (an ISO 639-1 code), lists of phrases `events` (predicates of a
    development), `pair` (words naming both parties together), `background` (words of a recap), `untracked`
    (what the parties may trade or build that no tracked claim covers), `location` (words that make the
    country after them the place of an event, not a party to it), `offers` (words of a party's stated
    openness to something), `there` (place words pointing back to a country the sentence before names
    after a `location` word: "dort", "there") and `reported` (a reported past, "soll … haben": the words
    before and after "…" around the event word) and `partner` (words before the party an event is done with,
    "با روسیه": in a language whose news implies a party, that party is the other one) and `announced` (an
    event named by its noun inside an announcement, the words before and after "…": "از امضای … خبر داد",
    announced the signing of) and `routine` (a routine contact as what an event word is about, in the two words
    after it: "договорились продолжить консультации", agreed to continue consultations) and `nominal` (an event
    named by its noun with the verb that says it happened at the end of its clause, the words before and after
    "…": "رزمایش … اجرا شد", the exercise was carried out; Arabic "تم … افتتاح") and `accused` (a state's accusation
    of a party, the words before and after "…" around the accused: "ont accusé … de") and `route` (words of the way
    a thing takes, a country after them no party: "через", "از طریق"; a postposition after "…": "… üzerinden").
    Raises CatalogueError on any other shape."""
    if not isinstance(value, dict) or not all(
            isinstance(words, dict) and not set(words) - set(CONTEXT_LANG_KEYS)
            and all(_str_list(words.get(k, [])) for k in CONTEXT_LANG_KEYS) for words in value.values()):
        raise CatalogueError(f"catalogue {path}: [context.lang.xx] may hold only lists of strings "
                             "'events', 'pair', 'background', 'untracked', 'location', 'offers', 'there', "
                             "'reported', 'partner', 'announced', 'routine', 'nominal', 'accused' and 'route'")
    return {lang: {k: tuple(words.get(k, ())) for k in CONTEXT_LANG_KEYS} for lang, words in value.items()}


def parse_names(value: object, places: Places, path: str) -> NameWords:
    """[names]: `honorifics` and `not_names`, lists of words (compared folded). Raises CatalogueError."""
    if not isinstance(value, dict) or set(value) - {"honorifics", "not_names"} or not all(
            _str_list(value.get(k, [])) for k in ("honorifics", "not_names")):
        raise CatalogueError(f"catalogue {path}: [names] may hold only lists of words 'honorifics' and 'not_names'")
    words = {k: frozenset(fold(w) for w in value.get(k, [])) for k in ("honorifics", "not_names")}
    return NameWords(honorifics=words["honorifics"], not_names=words["not_names"], places=places)


def parse_places(value: object, path: str) -> Places:
    """[places]: `names` = {ISO 3166 code: [names]} of other countries no library gives, `ignore` = [names the
    libraries give that are no country in this beat's prose]. Raises CatalogueError naming the problem."""
    names = value.get("names", {}) if isinstance(value, dict) else None
    ignore = value.get("ignore", []) if isinstance(value, dict) else None
    if not isinstance(value, dict) or set(value) - {"names", "ignore"} or not isinstance(names, dict) \
            or not all(isinstance(k, str) and _str_list(v) for k, v in names.items()) or not _str_list(ignore):
        raise CatalogueError(f"catalogue {path}: [places] may hold only 'names' (a table of country code = list of "
                             "names) and 'ignore' (a list of names)")
    return Places(names=tuple((code, tuple(n)) for code, n in names.items()), ignore=tuple(ignore))


def parse_parties(value: object) -> dict[str, tuple[str, ...]]:
    """[parties]: party name -> its aliases. Raises CatalogueError when the table is missing or empty or a
    party has no list of strings."""
    if not isinstance(value, dict) or not value:
        raise CatalogueError("catalogue: [parties] must map party names to lists of aliases")
    out = {}
    for name, aliases in value.items():
        if not _str_list(aliases) or not aliases:
            raise CatalogueError(f"catalogue [parties] {name!r}: must be a non-empty list of strings")
        out[name] = tuple(aliases)
    return out


def parse_claim(item: object, index: int, parties: dict[str, tuple[str, ...]]) -> Claim:
    """One [[claims]] table (entry `index`, counted from 0) as a Claim, its parties checked against `parties`.
    Raises CatalogueError naming the entry and the problem (unknown key, wrong type, missing state, ...)."""
    if not isinstance(item, dict):
        raise CatalogueError(f"catalogue entry #{index + 1}: must be a table")
    name = repr(item.get("id")) if isinstance(item.get("id"), str) else f"#{index + 1}"

    def fail(problem: str) -> CatalogueError:
        return CatalogueError(f"catalogue entry {name}: {problem}")

    unknown = set(item) - CLAIM_KEYS
    if unknown:
        raise fail(unknown_key(sorted(unknown)[0], CLAIM_KEYS))
    for key in ("id", "question", "type"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise fail(f"missing or empty {key!r}")
    if not ID_RE.match(item["id"]):
        raise fail("id must be lowercase letters, digits and dashes")
    if item["type"] not in TYPES:
        raise fail(f"type {item['type']!r} is not one of {', '.join(sorted(TYPES))}")
    for key in ("parties", "topic", "cues", "titles", "duties", "generic", "others", "things", "members",
                "counterparts"):
        if key in item and not _str_list(item[key]):
            raise fail(f"{key!r} must be a list of strings")
    if not item.get("parties") or set(item["parties"]) - set(parties):
        raise fail(f"parties must name groups from [parties] ({', '.join(parties)})")
    if not item.get("topic"):
        raise fail("needs at least one topic alias")
    states = tuple(parse_state(s, fail) for s in item.get("states", []))
    kind = item["type"]
    if kind in ("status", "event"):
        if len(states) < 2:
            raise fail(f"a {kind} claim needs at least two [[claims.states]]")
        values = {s.value for s in states}
        if len(values) != len(states):
            raise fail("state values must be unique")
        bad = [s.negative for s in states if s.negative and s.negative not in values]
        if bad:
            raise fail(f"negative state {bad[0]!r} is not one of the claim's states")
        bad = [s.presupposes for s in states if s.presupposes and s.presupposes not in values]
        if bad:
            raise fail(f"presupposed state {bad[0]!r} is not one of the claim's states")
    elif kind == "quantity":
        if item.get("measure") not in ("money", "percent"):
            raise fail("a quantity claim needs measure = \"money\" or \"percent\"")
        if not item.get("unit"):
            raise fail("a quantity claim needs a unit")
    elif kind == "person" and not item.get("titles"):
        raise fail("a person claim needs titles naming the office")
    if "ordered" in item and not isinstance(item["ordered"], bool):
        raise fail("ordered must be true or false")
    if "change" in item and not isinstance(item["change"], bool):
        raise fail("change must be true or false")
    if "placed" in item and not isinstance(item["placed"], bool):
        raise fail("placed must be true or false")
    if "sides" in item and not isinstance(item["sides"], bool):
        raise fail("sides must be true or false")
    if "acting" in item and item["acting"] not in {s.value for s in states}:
        raise fail(f"acting {item['acting']!r} is not one of the claim's states")
    return Claim(id=item["id"], question=item["question"], type=kind, parties=tuple(item["parties"]),
                 topic=tuple(item["topic"]), note=str(item.get("note", "")), ordered=bool(item.get("ordered")),
                 change=bool(item.get("change")), placed=bool(item.get("placed")),
                 sides=bool(item.get("sides")), acting=str(item.get("acting", "")),
                 states=states, measure=str(item.get("measure", "")), unit=str(item.get("unit", "")),
                 period=str(item.get("period", "")), cues=tuple(item.get("cues", ())),
                 titles=tuple(item.get("titles", ())), duties=tuple(item.get("duties", ())),
                 generic=tuple(item.get("generic", ())),
                 others=tuple(item.get("others", ())),
                 things=tuple(item.get("things", ())), members=tuple(item.get("members", ())),
                 counterparts=tuple(item.get("counterparts", ())),
                 lang=dict(item.get("lang", {})))


def parse_state(item: object, fail) -> State:  # type: ignore[no-untyped-def]
    """One state table of a claim as a State (value, cues, describe, ...). Raises fail(problem) (a
    CatalogueError naming the claim) for a malformed state."""
    if not isinstance(item, dict):
        raise fail("each state must be a table")
    unknown = set(item) - STATE_KEYS
    if unknown:
        raise fail(f"state has {unknown_key(sorted(unknown)[0], STATE_KEYS)}")
    value = item.get("value")
    if not isinstance(value, str) or not value.strip():
        raise fail("a state needs a value")
    for key in ("cues", "describe", "dated", "bound", "after"):
        if not _str_list(item.get(key, [])):
            raise fail(f"state {value!r}: {key} must be a list of strings")
    if not item.get("cues") and not item.get("describe") and not item.get("dated"):
        raise fail(f"state {value!r} needs cues or describe")
    if not isinstance(item.get("process", False), bool):
        raise fail(f"state {value!r}: process must be true or false")
    if not isinstance(item.get("presupposes", ""), str):
        raise fail(f"state {value!r}: presupposes must be a state's value")
    dated, bound, after = tuple(item.get("dated", ())), tuple(item.get("bound", ())), tuple(item.get("after", ()))
    return State(value=value, cues=tuple(item.get("cues", ())) + dated + bound + after,
                 describe=tuple(item.get("describe", ())), negative=item.get("negative"),
                 process=item.get("process", False), presupposes=item.get("presupposes") or None, dated=dated,
                 bound=bound, after=after)


def _str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
