"""Reading Russian, Persian, Arabic, German, French, Portuguese, Italian and Spanish reporting into the same
claims (issue 15).

    cat = for_language(catalogue, "ru")              # the catalogue with the language's words beside the English
    ctx = prepare_in(text, catalogue, "ru", ref, title)  # claims.reader.prepare with that view
    readings = read_sentence(ctx, i, cat, "ru")       # status/event cues, figures, office holders, dates

What is chosen and why:
- Vocabulary: each claim's words per language live in the catalogue (`[claims.lang.xx]`, one entry per
  claim), parties and officeholders' spellings in `[languages]`. They are matched as prefix patterns
  (`word*`) on folded text by the same matcher as the English (claims.reader.find_phrases). No lemmatiser
  is used: pymorphy3 would give Russian lemmas, but no packaged pipeline gives lemmas for Persian or Arabic,
  and a prefix pattern covers the inflected endings of all five languages (Russian cases, German and French
  endings, Persian and Arabic suffixes) with one mechanism, with no model to load.
- Persian and Arabic spelling: a phrase also matches written with a zero-width non-joiner, joined, and (for
  Persian) with the Arabic forms of yeh and kaf; Arabic phrases also match with a clitic conjunction or
  preposition in front (و، ب، ل).
- Digits: Persian and Arabic digits are read as ASCII digits (one character for one, offsets unchanged).
- How a statement is put (negated, future or planned, hedged, denied, an estimate, past), what an article
  denies (`denials`, for the disputes of claims.compare) and how figures are written (scale words, currency,
  percent, rise and fall) come from the per-language table claims/languages.toml.
- Names: a person's value is the canonical name of the names table (`people`: the catalogue's
  `[[languages.names]]` plus the holders the baseline and accepted findings record), found by a listed
  spelling or by transliteration (claims.names: pymorphy3 puts a declined Russian name in the nominative,
  anyascii makes it Latin; Persian and Arabic script compared by consonant skeleton), read where the name
  stands next to a word for an office that person is known to have held, or alone where nothing else can
  be meant (`named_alone`). An unknown Cyrillic name after an office's title is its Latin transliteration.
- Letters folding alike: a language's `keep_accents` words (Portuguese "irá", will go) are matched as
  written, since folded they read as a party's name ("Irã").
- Dates: Solar Hijri dates are converted by dateparser's Jalali calendar (convertdate); other dates in the
  language's words by dateparser.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from claims.catalogue import Catalogue, Claim, State
from claims.entities import ARABIC_MARKS, countries_in
from claims.names import latin, name_key, same_given, same_keys, same_name, script, skeleton
from claims.reader import (ARABIC_LETTER, MARKS_OPTIONAL, Context, Reading, clause_at, find_phrases, fold,
                            format_amount, is_stale, make_reading, prepare, presupposed_reading, read_state, scope_score,
                            topic_score)
from claims.values import IRANIAN_OFFSET, Modality, iranian_period, opening_year, same_person
from claims.relevance import parties_together
from extractors.text import split_sentences

LANGUAGES = ("ru", "fa", "ar", "de", "fr", "pt", "it", "es", "tr")
# the languages whose wire datelines are written as English ones ("ANKARA (AA) - ", "MOSCOU (AFP) - "): cut from
# their sentence as the English reader cuts them (claims.reader.DATELINE), so the place of filing is no country of the
# statement's (lang23)
DATELINES = ("en", "de", "fr", "pt", "it", "es", "tr")
WORDS_FILE = Path(__file__).with_name("languages.toml")
ZWNJ = "\u200c"
# Persian and Arabic-Indic digits → ASCII (one character for one: offsets stay valid); the Arabic decimal
# separator "٫" → ".", its thousands separator "٬" → a space, as "1 200" groups thousands
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789. ")
ARABIC_FORMS = str.maketrans("یک", "يك")
PERSIAN_FORMS = str.maketrans("يك", "یک")
CLITICS = ("و", "ب", "ل", "وب", "ول", "فـ")
NEGATION_REACH, FUTURE_REACH, HEDGE_REACH, PAST_REACH = 45, 50, 90, 40
NEXT_WORDS = 3  # the words after a preposition of negation that it negates ("sans avoir été ratifié")
FUTURE_AFTER = {"fa": 40, "de": 30, "tr": 40}  # verb-final languages: the auxiliary follows the cue
# Turkish puts the verb, with its negation or future suffix, after its object (the cue): the words it reads
SUFFIX_AFTER = 30
# where a negated verb after the cue negates it: Persian (verb-final, its negation a prefix of the verb)
NEGATION_AFTER = {"fa": 50}
LATE_NEGATION_REACH = 120  # characters after a verbal noun cue, its complement between, where its negated predicate (`negation_after`) stands
# where the word of the future may stand further before the cue: German puts the modal second and the
# infinitive last ("wollen den Vertrag bei einem Besuch in Moskau unterzeichnen"), Arabic opens with the word
# of waiting or plan and names the agreement after it ("مع ترقّب دخول اتفاق … حيز التنفيذ")
FUTURE_BEFORE = {"de": 90, "ar": 90}
VERB_SECOND, SUBJECT_OPENING, VERB_SECOND_REACH = ("de",), 2, 100
VERB_SECOND_END = re.compile(r"[,;:()]|\s(?:und|oder|aber|sondern)\s")
UPON_REACH = 14  # characters before a cue where a word of `upon` ("با", "после", "com a") stands right before it
FUTURE_AFTER_VERB = 60  # characters after a cue where a verb of `future_after` puts it in the future
# Russian: a verbal noun's predicate after its genitive complement ("Подписание полноформатного соглашения о зоне
# свободной торговли между Евразийским экономическим союзом и Ираном ожидается …"), lang18
FUTURE_AFTER_NOUN = {"ru": 120}
# a Persian verbal noun ("اجرایی شدن"): how far after the cue its infinitive stands, and how far its clause is read
VERBAL_NOUN_GAP, VERBAL_NOUN_REACH = 8, 120
FIGURE_REACH = 160


@lru_cache(maxsize=1)
def function_words() -> dict[str, dict[str, Any]]:
    """{lang: {"negation": [...], "future": [...], ..., "scale": {word: factor}}} from claims/languages.toml."""
    return tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))


def supported(lang: str) -> bool:
    """Does the engine read language `lang` (an ISO 639-1 code in LANGUAGES)?"""
    return lang in LANGUAGES


def variants(phrase: str, lang: str) -> tuple[str, ...]:
    """The spellings one catalogue phrase stands for in `lang` (see the module docstring)."""
    out = [phrase]
    if lang in ("fa", "ar") and " " in phrase:
        out += [phrase.replace(" ", ZWNJ), phrase.replace(" ", "")]
    if lang == "fa":
        out += [p.translate(ARABIC_FORMS) for p in out]
    if lang == "ar":
        # "ل" (to, for) before the article "ال" drops the article's alef: "التجارة" → "للتجارة", "وللتجارة"
        out += [c + p for p in out for c in CLITICS] + [c + p[1:] for p in out if p.startswith("ال")
                                                         for c in ("ل", "ول", "فل")]
    return tuple(dict.fromkeys(out))


def expand(phrases: Any, lang: str) -> tuple[str, ...]:
    """Every variant (languages.toml's forms) of each phrase in `phrases` for language `lang`, as one tuple.
    Every variant (languages.toml's forms) of each phrase in `phrases` for language `lang`, as one tuple."""
    return tuple(v for p in phrases or () for v in variants(p, lang))


_VIEWS: dict[tuple[str, str, int], Catalogue] = {}


def for_language(catalogue: Catalogue, lang: str) -> Catalogue:
    """The catalogue with `lang`'s vocabulary added beside the English one (English pages and unsupported
    languages get the catalogue itself). Cached per catalogue and language."""
    if not supported(lang):
        return catalogue
    key = (catalogue.digest, lang, id(catalogue))
    if key in _VIEWS:
        return _VIEWS[key]
    extra = dict(catalogue.extra.get("languages", {}).get(lang, {}))  # type: ignore[union-attr]
    parties = {name: aliases + expand(extra.get("parties", {}).get(name, ()), lang)
               for name, aliases in catalogue.parties.items()}
    claims = tuple(claim_for(c, lang) for c in catalogue.claims)
    view = replace(catalogue, parties=parties, claims=claims,
                   blocs=catalogue.blocs + tuple(extra.get("blocs", ())))
    _VIEWS[key] = view
    return view


@lru_cache(maxsize=None)
def accent_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's `keep_accents` words (claims/languages.toml) as one regex, None when it has none."""
    words = function_words().get(lang, {}).get("keep_accents", [])
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None


def keep_accents(original: str, folded: str, lang: str) -> str:
    """`folded` (= fold(original), offsets equal) with the language's `keep_accents` words (claims/languages.toml,
    as written, case included) put back as written: folded, Portuguese "irá" (will go) is "ira", which is how
    "Irã" (Iran) folds too."""
    pattern = accent_pattern(lang)
    if pattern is None:
        return folded
    for m in pattern.finditer(original):
        folded = folded[:m.start()] + m.group() + folded[m.end():]
    return folded


# Arabic letters after which the indefinite accusative writes no alef of its own ("رئيسًا" but "مهمةً", "مستشفى")
NO_ACCUSATIVE_ALEF = ("ة", "ا", "ى", "ء", "أ", "إ")


def accusative(phrase: str) -> tuple[str, ...]:
    """The Arabic office name `phrase` in the indefinite accusative a predicate of state takes ("أدى X اليمين
    رئيسًا لإيران", sworn in as president of Iran; "تعيين X وزيرًا للدفاع", X's appointment as defence minister),
    written with its alef: a bare noun "رئيس" → "رئيسا"; a noun before a definite one ("وزير الدفاع", the defence
    minister) → the noun with its alef and "ل" for the article ("وزيرا للدفاع"). () for a phrase that opens
    with the article, ends in a letter taking no alef, or is longer than two words."""
    words = phrase.split()
    if not words or len(words) > 2 or words[0].startswith("ال") or words[0].endswith(NO_ACCUSATIVE_ALEF) \
            or "*" in phrase:
        return ()
    if len(words) == 1:
        return (words[0] + "ا",)
    if not words[1].startswith("ال"):
        return ()
    return (f"{words[0]}ا ل{words[1][1:]}",)


# the accusative office forms `accusative` made: an office word ending in the accusative's alef (its "ل" phrase
# after it, if any), found in a reading's span by taking_stance
ACCUSATIVE_FORMS: set[str] = set()
ACCUSATIVE_WORD = re.compile(r"(?!)")


def note_accusatives(forms: tuple[str, ...]) -> None:
    """Add the first words of `forms` (accusative office names) to ACCUSATIVE_FORMS and its pattern."""
    global ACCUSATIVE_WORD
    words = {fold(f.split()[0]) for f in forms}
    if not ACCUSATIVE_FORMS.issuperset(words):
        ACCUSATIVE_FORMS.update(words)
        ACCUSATIVE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(ACCUSATIVE_FORMS))) + r")(?!\w)")


def inner_forms(phrases: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Office titles of several words with each of the language's `title_inner` words (an acting holder's) after
    the head noun, where Romance languages put it: "ministro dos Negócios Estrangeiros" → "ministro interino dos
    Negócios Estrangeiros", "ministre par intérim des Affaires étrangères"; () for a language without them."""
    inner = function_words().get(lang, {}).get("title_inner", ())
    return tuple(f"{head} {word} {rest}" for p in phrases if len(p.split(None, 1)) == 2
                 for head, rest in [p.split(None, 1)] for word in inner)


def claim_for(claim: Claim, lang: str) -> Claim:
    """The claim with the catalogue's words for language `lang` added to its topic, titles and state cues; the
    claim unchanged when the catalogue has none. An office's Arabic names also in the indefinite accusative
    (`accusative`): the office a person is sworn in or appointed as (lang20); its titles of several words also
    with an acting holder's word inside (`inner_forms`, lang24)."""
    words = claim.lang.get(lang) or {}
    if not words:
        return claim
    cues = words.get("states", {})
    states = tuple(replace(s, cues=s.cues + expand(cues.get(s.value, ()), lang)) for s in claim.states)
    topic = tuple(words.get("topic") or ())
    titles = tuple(words.get("titles") or ())
    if lang == "ar" and claim.type == "person":
        forms = tuple(a for p in topic for a in accusative(p) if a not in topic)
        topic += forms
        note_accusatives(forms)
    if claim.type == "person":
        topic, titles = topic + inner_forms(topic, lang), titles + inner_forms(titles, lang)
    return replace(claim, topic=claim.topic + expand(topic, lang),
                   titles=claim.titles + expand(titles, lang),
                   cues=claim.cues + expand(words.get("cues") or (words.get("topic") if claim.cues else ()), lang),
                   others=claim.others + expand(words.get("others"), lang), states=states)


# ---------------------------------------------------------------------------------------------------------
# Reading a sentence
# ---------------------------------------------------------------------------------------------------------

def prepare_in(text: str, catalogue: Catalogue, lang: str, ref: Any = None, title: str = "",
               matcher: Any = None, baseline: dict[str, dict[str, Any]] | None = None) -> Context:
    """claims.reader.prepare with the language's catalogue view; the parties a page in this language is
    about without naming them (the catalogue's `implied` for the language: Iranian domestic news in Persian
    need not say "Iran") count as named in its title. `baseline` ({claim: {"value": ...}}, accepted findings
    included) adds its office holders to the people the page's names are matched with (`people`)."""
    ctx = prepare(text, for_language(catalogue, lang), ref, title, matcher, datelines=lang in DATELINES)
    if function_words().get(lang, {}).get("keep_accents"):
        ctx.folded = [keep_accents(s.text, f, lang) for s, f in zip(ctx.sentences, ctx.folded)]
        ctx.parties = [{name for name, aliases in ctx.party_aliases.items() if find_phrases(f, aliases)}
                       for f in ctx.folded]
    ctx.lang = lang  # type: ignore[attr-defined]
    # the language's own words putting a cue ahead, for claims.reader.read_state's choice among cues (lang18)
    ctx.future_words = put_ahead(lang)
    ctx.talk_words = word_pattern(lang, "talks")
    ctx.after_event = after_event(lang)
    if lang in function_words():
        ctx.venue = frozenset(w.lower() for w in function_words()[lang].get("venue", ()))
    ctx.people = people(catalogue, baseline or {})  # type: ignore[attr-defined]
    implied = catalogue.extra.get("languages", {}).get(lang, {}).get("implied", ())  # type: ignore[union-attr]
    ctx.title_parties |= set(implied) & set(catalogue.parties)
    named = holders_parties(ctx.people, catalogue, lang)
    # the parties named by their own names: an office holder's own name must not put his office in scope
    ctx.alias_parties = (list(ctx.parties), set(ctx.title_parties))  # type: ignore[attr-defined]
    if named:
        ctx.parties = [found | {party for party, names in named if find_phrases(f, names)}
                       for found, f in zip(ctx.parties, ctx.folded)]
        ctx.title_parties |= {party for party, names in named if find_phrases(fold(title), names)}
    return ctx


# (id of the names table, id of the catalogue, language) → (the table, the catalogue, holders_parties' list); the
# table and catalogue are held so that their ids are not reused while the entry lives
_HOLDERS: dict[tuple[int, int, str], tuple[Any, Catalogue, list[tuple[str, tuple[str, ...]]]]] = {}


def holders_parties(table: list[dict[str, Any]], catalogue: Catalogue, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """(party, the person's names) for each person of the names table (`people`) who holds or held an office
    of a party: "Putin and Pezeshkian signed" names Russia and Iran through their leaders, as a reader knows.
    The names are the person's catalogue spellings and the surname of the recorded name (three letters or
    more). Built once per names table (people() shares one per run) and language."""
    key = (id(table), id(catalogue), lang)
    if key not in _HOLDERS:
        if len(_HOLDERS) > 64:
            _HOLDERS.clear()
        _HOLDERS[key] = (table, catalogue, _holders_parties(table, catalogue, lang))
    return _HOLDERS[key][2]


def _holders_parties(table: list[dict[str, Any]], catalogue: Catalogue, lang: str
                     ) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    ids = {c.id: c for c in catalogue.claims}
    for person in table:
        parties = {ids[c].parties[0] for c in person.get("holds", ()) if c in ids and ids[c].parties}
        surname = str(person.get("name", "")).split()[-1:] or []
        names = tuple(expand(person.get("spellings", ()), lang)) + tuple(n for n in surname if len(n) >= 3)
        out += [(party, names) for party in parties if names]
    return out


def read_sentence(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> list[Reading]:
    """Readings of sentence `i` in `lang` (ctx prepared with `catalogue` = for_language(..., lang))."""
    out: list[Reading] = []
    named = {c.id for c in catalogue.claims if c.type != "person" and topic_score(ctx, i, c) > 0}
    # a sentence that names a status or event subject of its own goes on about no other one of the sentence before
    # by a cue alone ("…, e il ripristino dell'embargo dell'Onu sulle armi, in vigore da settembre" after a sentence
    # on the free-trade agreement: the embargo's "in vigore", not the agreement's), lang19
    own_subject = any(c.type in ("status", "event") and topic_score(ctx, i, c) >= 1.0
                      for c in catalogue.claims if c.id in named)
    for claim in catalogue.claims:
        if claim.type == "person":
            continue
        if own_subject and claim.id in named and claim.type in ("status", "event") and topic_score(ctx, i, claim) < 1.0:
            continue
        topic = topic_score(ctx, i, claim) if claim.id in named else continued(ctx, i, claim, named, catalogue)
        if topic <= 0:
            continue
        if claim.type == "quantity":
            out += read_quantity(ctx, i, claim, topic, lang, catalogue.blocs)
        else:
            if continues_about_third_country(ctx, i, claim):
                continue
            out += [presupposed_in(ctx, i, scheduled_in_force(
                        ctx, i, one_sides_step(ctx, i, restance(ctx, i, r, lang, claim), claim), claim, lang), claim)
                    for r in read_state(ctx, i, claim, catalogue, topic) if not about_other_thing(ctx, i, r, claim)]
    out = nearest_subject(ctx, i, out, catalogue)
    out += read_people(ctx, i, catalogue, lang)
    persons = frozenset(c.id for c in catalogue.claims if c.type == "person")
    return [dated(ctx, i, r, lang, persons) for r in out if not misstated(ctx, i, r, lang)]


def misstated(ctx: Context, i: int, reading: Reading, lang: str) -> bool:
    """Is the reading what a correction withdraws: a word of misstatement (languages.toml `misstated`: "به اشتباه
    آمده بود که مجلس … معاهده … را تصویب کرده است", "ошибочно говорилось, что …", "a indiqué par erreur que …") in
    its clause before the cue? As the English reader drops a figure under "misstated" or "incorrectly"
    (claims.grammar.misstated); the correct value is the one the correction then gives."""
    s = ctx.sentences[i]
    # its scope runs over the commas of its complement ("ошибочно говорилось, что …") up to a semicolon, a colon
    # or a word of contrast ("…; en realidad, …", "… اما …")
    before = re.split(r"[;:؛]", s.text[:max(0, reading.cue_start - s.start)])[-1]
    contrast = word_pattern(lang, "contrast")
    before = contrast.split(fold(before))[-1] if contrast else before
    return bool(has(lang, "misstated", before))


def scheduled_in_force(ctx: Context, i: int, reading: Reading, claim: Claim, lang: str) -> Reading:
    """An ordered claim's last step set for a day ("اتفاق التجارة الحرة الذي سيدخل حيز التنفيذ في 15 مايو": the
    agreement that enters into force on 15 May) says the instrument exists: it has been signed (the claim's
    second state), whatever is still to come. A plan with no day set ("should enter into force next year") or
    one put in doubt says nothing of the kind."""
    if not (claim.ordered and len(claim.states) > 2 and reading.future and reading.value == claim.states[-1].value
            and not (reading.negated or reading.hedged or reading.denied or reading.past)):
        return reading
    sentence = ctx.sentences[i].text
    s = ctx.sentences[i]
    after = sentence[reading.cue_end - s.start:].translate(DIGITS)
    from dateparser.search import search_dates

    hits = search_dates(after, languages=[lang], settings={"REQUIRE_PARTS": ["day", "month"]}) or []
    if not any(re.search(r"\d", words) for words, _ in hits):
        return reading
    return replace(reading, value=claim.states[1].value, future=False)


def presupposed_in(ctx: Context, i: int, reading: Reading, claim: Claim) -> Reading:
    """A state put ahead by a step taken before it (languages.toml `preliminary`: "внёс в Госдуму на ратификацию
    договор", submitted for ratification; "… کلیات لایحه … را تصویب کرد", approved the bill's outline) still takes
    for granted the state the catalogue says it `presupposes` (the treaty is signed), as the English reader takes
    it (claims.statements.presupposed): that state, stated as a fact, at 0.8 of the score. Not a state put ahead by
    a plan alone ("рассчитывают, что договор вступит в силу после ратификации": the text may not be signed yet),
    nor when the reading is negated, hedged, denied or a recap, nor when the sentence names the presupposed state
    itself (then it is the one still to come)."""
    state = next((st for st in claim.states if st.value == reading.value), None)
    if state is None or not state.presupposes or not reading.future or "preliminary" not in reading.cues \
            or reading.negated or reading.hedged or reading.denied or reading.past:
        return reading
    target = next(st for st in claim.states if st.value == state.presupposes)
    folded = ctx.folded[i]
    if find_phrases(folded, target.cues):
        return reading
    return presupposed_reading(reading, target.value)  # not negated: the guard above


def nearest_subject(ctx: Context, i: int, readings: list[Reading], catalogue: Catalogue) -> list[Reading]:
    """One word stating two claims' states ("O embargo de armas … expirou, segundo o acordo nuclear": expired)
    states the one whose subject stands nearest it: the other claim's reading of the same words is dropped.
    Figures are left as they are (claims.languages.read_quantity places them)."""
    spans: dict[tuple[int, int], list[Reading]] = {}
    for r in readings:
        if r.amount is None:
            spans.setdefault((r.cue_start, r.cue_end), []).append(r)
    dropped: set[int] = set()
    offset = ctx.sentences[i].start
    for (start, end), same in spans.items():
        if len({r.claim for r in same}) < 2:
            continue
        def distance(r: Reading) -> int:
            hits = find_phrases(ctx.folded[i], catalogue.get(r.claim).topic)
            return min((max(a - (end - offset), (start - offset) - b, 0) for a, b, _ in hits), default=10 ** 6)
        best = min(distance(r) for r in same)
        dropped |= {id(r) for r in same if distance(r) > best}
    return [r for r in readings if id(r) not in dropped]


def continues_about_third_country(ctx: Context, i: int, claim: Claim) -> bool:
    """Does sentence `i` go on about another country's instrument the sentence before named ("Moscow concluded
    a treaty of the same name with North Korea last year. This treaty, ratified in October, …")? So when the
    sentence names only some of a two-party claim's parties by their own names, and the one before names a
    third country and none of the missing parties."""
    if i == 0 or len(claim.parties) < 2:
        return False
    parties, _ = getattr(ctx, "alias_parties", (ctx.parties, ctx.title_parties))
    missing = set(claim.parties) - parties[i]
    if not missing or missing == set(claim.parties):
        return False
    before = ctx.sentences[i - 1].text
    return bool(countries_in(before, ctx.places) - ctx.party_countries) and not missing & parties[i - 1]


def continued(ctx: Context, i: int, claim: Claim, named: set[str], catalogue: Catalogue | None = None) -> float:
    """A sentence that names no tracked subject, right after one that names this claim's, in an article that
    names it in at least two sentences, continues about it (0.7, as the English reader's "this agreement"
    does): Russian, Persian and Arabic often drop the noun the English repeats. One that points back by a
    definite referent of its own (languages.toml `referent`: "این معاهده", "این سند", "O acordo", "O tratado")
    continues about the subject of the nearest sentence before it that names one, up to REFERENT_BACK
    sentences back, when that subject is this claim's alone: "O acordo foi assinado … em 17 de janeiro" two
    paragraphs after the treaty's bill was named."""
    if i == 0:
        return lead_referent(ctx, claim, named, catalogue)
    # a referent opening the sentence is its subject, whatever other subject the sentence names after it ("Договор,
    # вступивший в силу в октябре, пока не привёл к заметному росту товарооборота": the treaty, then the trade)
    opens = catalogue is not None and claim.type != "quantity" and claim.id not in named and bool(
        has(lang_of(ctx), "referent", " ".join(ctx.sentences[i].text.split()[:REFERENT_OPENING])))
    if named and not opens:
        return 0.0
    if catalogue is not None and claim.type != "quantity" and has(lang_of(ctx), "referent", ctx.sentences[i].text):
        for k in range(i - 1, max(-1, i - 1 - REFERENT_BACK), -1):
            # (an instrument's referent points at no figure: "تجارت" naming the trade claims beside the agreement
            # leaves the agreement the one meant, lang18)
            there = {c.id for c in catalogue.claims if c.type not in ("person", "quantity")
                     and find_phrases(ctx.folded[k], c.topic)}
            if there:
                return 0.7 if there == {claim.id} else 0.0
        return 0.0
    if not find_phrases(ctx.folded[i - 1], claim.topic):
        return 0.0
    if claim.type == "quantity":
        # a figure goes on about the one before only when the sentence says so at its start ("رقم مربوطه …",
        # "Этот показатель …": the figure in question): languages.toml's `back_figure`
        # — never another country's or bloc's figure ("Товарооборот между Россией и Китаем …. По его словам, это …")
        before = ctx.sentences[i - 1].text
        if countries_in(before, ctx.places) - ctx.party_countries or find_phrases(ctx.folded[i - 1], catalogue.blocs
                                                                                   if catalogue else ()):
            return 0.0
        return 0.7 if has(lang_of(ctx), "back_figure", ctx.sentences[i].text[:BACK_FIGURE_REACH]) else 0.0
    return 0.7 if sum(1 for f in ctx.folded if find_phrases(f, claim.topic)) >= 2 else 0.0


def lead_referent(ctx: Context, claim: Claim, named: set[str], catalogue: Catalogue | None) -> float:
    """A lead that names no subject but points at one by a bare referent (languages.toml `referent`: "« Le traité est
    désormais en vigueur », a déclaré …"), followed by a sentence that names this claim's subject and no other status
    or event subject, is about that subject (0.7, as `continued`): the quote opens the article, the next sentence
    says what it is about. lang19 (lang18's open kind: a quoted lead naming no party)."""
    if catalogue is None or claim.type == "quantity" or named or len(ctx.sentences) < 2 \
            or not has(lang_of(ctx), "referent", ctx.sentences[0].text):
        return 0.0
    there = {c.id for c in catalogue.claims if c.type not in ("person", "quantity")
             and find_phrases(ctx.folded[1], c.topic)}
    return 0.7 if there == {claim.id} else 0.0


BACK_FIGURE_REACH = 40  # a year or a time may open the sentence ("По итогам всего 2024 года показатель …", lang17)
REFERENT_BACK = 3  # sentences back where a referent ("این معاهده", "O acordo") finds the subject it points at
REFERENT_OPENING = 2  # the words opening a sentence where a referent is its subject


@lru_cache(maxsize=None)
def word_pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    """One regex for a list of function words of `lang` (folded, `*` = any ending, at word starts)."""
    words = function_words().get(lang, {}).get(kind, [])
    if not words:
        return None
    parts = []
    tail = r"(?![\w])"
    kept = set(function_words().get(lang, {}).get("keep_accents", []))
    for w in sorted(words, key=len, reverse=True):
        body = ""
        for token in (w if w in kept else fold(w)).split():
            if token == "*":
                body += r"(?:\S+\s+){0,4}?"
                continue
            # with or without the optional marks of Arabic script ("لكنّ", "لكن"), as claims.reader.phrase_pattern
            word = re.escape(ARABIC_MARKS.sub("", token.rstrip("*")))
            body += ARABIC_LETTER.sub(lambda m: m.group() + MARKS_OPTIONAL, word) + (
                r"\S*" if token.endswith("*") else "") + r"\s+"
        # a prefix written with its hyphen ("ex-", "экс-") runs into the next word: no word end after it
        parts.append(body[:-3] + ("" if w.endswith("-") else tail))
    # Arabic writes "and", "to", "by" onto the next word ("ونفت", "لمصادر", "ولكن"): words of a source, a denial
    # or a contrast take them; not the others ("فقد" is "indeed" + past, not the "قد" of "may")
    clitics = "(?:" + "|".join(sorted(CLITICS, key=len, reverse=True)) + ")?" if (
        lang == "ar" and kind in ARABIC_CLITIC_KINDS) else ""
    return re.compile(r"(?<![\w])" + clitics + "(?:" + "|".join(parts) + r")")


ARABIC_CLITIC_KINDS = ("hedge", "denial", "contrast")


@lru_cache(maxsize=None)
def suffix_pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    """One regex for a list of word endings of `lang` (languages.toml's `negation_suffix`, `future_suffix`:
    folded, `*` = more letters may follow), matched at the end of a word, two letters or more before it ("et-medi")."""
    endings = function_words().get(lang, {}).get(kind, [])
    if not endings:
        return None
    parts = []
    for e in sorted(endings, key=len, reverse=True):
        body = r"\s+".join(re.escape(t) for t in fold(e.rstrip("*")).split())
        parts.append(body + (r"\w*" if e.endswith("*") else ""))
    return re.compile(r"(?<![\w])\w{2,}?(?:" + "|".join(parts) + r")(?![\w])")


def has_suffix(lang: str, kind: str, text: str) -> list[str]:
    """The words of `text` that end in an ending of kind `kind` (suffix_pattern), in order; not inside a phrase of
    the kind's `<kind>_not` list, which only looks like one (a double negative: "aykırı bulunmadığını", not found
    contrary, approves)."""
    pattern = suffix_pattern(lang, kind)
    return [m.group() for m in pattern.finditer(without_lookalikes(lang, kind, fold(text)))] if pattern else []


def has(lang: str, kind: str, text: str) -> list[str]:
    """The words of kind `kind` (negation, hedge, future, ... in languages.toml) that occur in `text`
    (folded), in order; not inside a word of the kind's `<kind>_not` list, which only looks like one (Persian
    "می‌شود", "is", holds the "شود" of the future's subjunctive)."""
    pattern = word_pattern(lang, kind)
    if not pattern:
        return []
    folded = without_lookalikes(lang, kind, keep_accents(text, fold(text), lang))
    return [m.group() for m in pattern.finditer(folded)]


def without_lookalikes(lang: str, kind: str, folded: str) -> str:
    """`folded` with the words of the kind's `<kind>_not` list blanked (same length, offsets kept): words that
    only look like the kind's ("sans conteste", undoubtedly, holds the denial word "conteste")."""
    unlike = word_pattern(lang, kind + "_not")
    return unlike.sub(lambda m: " " * len(m.group()), folded) if unlike else folded


def is_question(sentence: str) -> bool:
    """Does the sentence end with a question mark (Latin "?", Arabic and Persian "؟"), closing quotes and
    brackets aside, or open with Spanish "¿"? As the English reader's parse does (claims.grammar), a
    question is read as hedged: it asserts nothing."""
    text = sentence.strip()
    return text.startswith("¿") or text.rstrip(" \"'”’»)]").endswith(("?", "؟"))


def negation_view(sentence: str, lang: str) -> str:
    """The folded sentence (offsets kept) with the language's denial words and the negation's `negation_not`
    lookalikes blanked: where a negation of a cue is looked for (stance)."""
    folded = keep_accents(sentence, fold(sentence), lang)
    for kind in ("denial", "negation_not"):
        pattern = word_pattern(lang, kind)
        if pattern:
            folded = pattern.sub(lambda m: " " * len(m.group()), folded)
    return folded


def stance(sentence: str, start: int, end: int, lang: str, cue: str = "") -> Modality:
    """How the words at [start, end) of `sentence` are put, from the language's function words."""
    # the negation is read where the denials are blanked: a denial holding a negation ("не признает
    # восстановление санкций", "به رسمیت نمی‌شناسد") denies what follows, it does not negate it; and where the
    # negation's lookalikes of the whole sentence are (the Guardian Council's "مغایر … تشخیص نداد" approves)
    plain = negation_view(sentence, lang)
    before = plain[max(0, start - NEGATION_REACH):start]
    # a clause joined by a comma and "and" is a clause of its own: a negation before it is the other clause's ("le
    # consegne … non sono mai state confermate, e il ripristino dell'embargo …", lang19)
    joined = word_pattern(lang, "and")
    if joined:
        cut = [m.end() for m in re.finditer(r",\s*", before) if joined.match(before, m.end())]
        before = " " * cut[-1] + before[cut[-1]:] if cut else before
    # a preposition of negation ("sans", "sem", "ohne": languages.toml `negation_next`) negates the words right after
    # it, not a cue further on ("se rendre en Iran sans visa, un accord … étant entré en vigueur")
    next_only = {fold(w) for w in function_words().get(lang, {}).get("negation_next", ())}
    tail = " ".join(before.split()[-NEXT_WORDS:])
    negation_before = [w for w in has(lang, "negation", before) if w not in next_only] + \
        [w for w in has(lang, "negation", tail) if w in next_only]
    # a cue that opens with a negation names a negative state itself ("не поставлял"); one that holds a
    # negation inside ("assinaram ainda nenhum contrato", matched across a gap) is negated, the negative
    # concord of these languages ("não … nenhum") counting once
    pattern = word_pattern(lang, "negation")
    opens_negative = bool(pattern and pattern.match(keep_accents(cue, fold(cue), lang)))
    # a verb negated or put in the future by a suffix ("imzalamadı", "teslim etmeyecek", "imzalanacak"): the cue's
    # own words and the verb after it
    verb = cue + " " + sentence[end:end + SUFFIX_AFTER]
    suffix_negation = has_suffix(lang, "negation_suffix", verb)
    # Persian puts the negated verb after its object ("… ارسال نکرده است": has not sent), in the cue's clause
    after_cue = CLAUSE_BREAK.split(plain[end:end + NEGATION_AFTER.get(lang, 0)])[0]
    contrast = word_pattern(lang, "contrast")
    after_cue = contrast.split(fold(after_cue))[0] if contrast and after_cue else after_cue
    # (not a word of "still", which negates what follows it only: "… به امضای روسای جمهور رسید و لایحه آن هنوز در
    # کمیسیون … در دست بررسی است", signed, and its bill still under review; languages.toml `negation_before`)
    before_only = {fold(w) for w in function_words().get(lang, {}).get("negation_before", ())}
    suffix_negation += [w for w in has(lang, "negation", after_cue) if w not in before_only] if after_cue.strip() else []
    # a verbal noun's negated predicate after it in its clause (languages.toml `negation_after`: "Ратификация договора
    # ещё не начиналась", the ratification has not begun), lang18
    late = CLAUSE_BREAK.split(plain[end:end + LATE_NEGATION_REACH])[0]
    suffix_negation += has(lang, "negation_after", late) if late.strip() else []
    negated = not opens_negative and bool(negation_before or has(lang, "negation", cue) or suffix_negation)
    # Persian and German put the auxiliary after the words ("… درخواهد آمد", "… beitreten wird")
    after = FUTURE_AFTER.get(lang, 0)
    future = has(lang, "future", sentence[max(0, start - FUTURE_BEFORE.get(lang, FUTURE_REACH)):end + after])
    # (not a subjunctive that bears on a verb's noun before it only, standing before the cue: another clause's,
    # "یک منبع … که نخواست نامش فاش شود، مدعی شد …"; languages.toml `future_after_only`), lang24
    after_only = {fold(w) for w in function_words().get(lang, {}).get("future_after_only", ())}
    if after_only and future:
        ahead = has(lang, "future", sentence[start:end + after])
        future = [w for w in future if w not in after_only or w in ahead]
    future += has_suffix(lang, "future_suffix", verb)
    # a noun cue in the dative (languages.toml `dative_suffix`: "… hattının inşaatına, arazi alımlarının
    # tamamlanmasının ardından başlanacak") is the object of the verb that ends a verb-final sentence: its future
    dative = suffix_pattern(lang, "dative_suffix")
    cue_words = fold(cue or sentence[start:end]).split()
    if dative and cue_words and dative.fullmatch(cue_words[-1]):
        last = fold(sentence[end:]).split()
        future += has_suffix(lang, "future_suffix", last[-1] if last else "")
    # German puts the finite verb second, after the whole subject: a cue in the subject that opens the sentence
    # ("Die Bauarbeiten an der iranischen Eisenbahnstrecke Rascht-Astara sollen im Sommer beginnen") takes the
    # modal of its clause, however long the subject (up to a comma or "und")
    if lang in VERB_SECOND and len(sentence[:start].split()) <= SUBJECT_OPENING:
        future += has(lang, "future", VERB_SECOND_END.split(sentence[end:end + VERB_SECOND_REACH])[0])
    # a verb of the future after the cue in its clause, up to a relative pronoun (Arabic `future_after`)
    clause = CLAUSE_BREAK.split(sentence[end:end + FUTURE_AFTER_NOUN.get(lang, FUTURE_AFTER_VERB)])[0]
    relative = word_pattern(lang, "relative")
    future += has(lang, "future_after", relative.split(fold(clause))[0] if relative else clause)
    future += has(lang, "future_after", sentence[max(0, start - FUTURE_BEFORE.get(lang, FUTURE_REACH)):start])
    # a cue made a verbal noun by the infinitive right after it (languages.toml `verbal_noun`: "اجرایی شدن موافقت‌نامه
    # … می‌تواند این رقم را افزایش دهد", the agreement's coming into effect could raise the figure) is the subject of
    # the clause's verb, however far: that verb's modal or future is the cue's (lang23)
    noun = word_pattern(lang, "verbal_noun")
    if noun and noun.match(fold(sentence[end:end + VERBAL_NOUN_GAP]).lstrip()):
        future += has(lang, "future", CLAUSE_BREAK.split(sentence[end:end + VERBAL_NOUN_REACH])[0])
    # a cue right after a word of "with" or "after" ("با اجرایی شدن موافقت‌نامه …، مبادلات رشد خواهد کرد", "после
    # вступления в силу …, товарооборот вырастет": languages.toml `upon`) is an event the next clause's verb waits
    # for: its future is the cue's
    upon = word_pattern(lang, "upon")
    prior = fold(sentence[max(0, start - UPON_REACH):start]).rstrip()
    if upon and any(m.end() == len(prior) for m in upon.finditer(prior)):
        rest = CLAUSE_BREAK.split(sentence[end:])
        future += has(lang, "future", rest[1]) if len(rest) > 1 else []
    # ... and in a postpositional language, a cue right before a word of "after" ("… yürürlüğe girmesinin ardından
    # ticaretin artmasını bekliyor": after its entry into force, trade is expected to grow; languages.toml
    # `upon_after`): the verb ending the sentence waits for it, its future or its future suffix is the cue's (lang23)
    upon_after = word_pattern(lang, "upon_after")
    if upon_after and upon_after.match(fold(sentence[end:end + SUFFIX_AFTER]).lstrip()):
        last = fold(sentence[end:]).split()
        future += has(lang, "future", sentence[end:]) + has_suffix(lang, "future_suffix", last[-1] if last else "")
    # a cue right after a noun of its cost ("هزینه آزادسازی اراضی را … برآورد کرد", "стоимость строительства
    # оценивается в …": languages.toml `priced`) names the act whose price is told, not an act done
    priced = word_pattern(lang, "priced")
    if priced and any(m.end() == len(prior) for m in priced.finditer(prior)):
        future += ["priced"]
    # ... or a noun of restoring named as a mechanism's ("آلية إعادة فرض العقوبات", the mechanism of reimposing the
    # sanctions, "el mecanismo de restablecimiento de las sanciones": languages.toml `procedure`, the mechanism's noun
    # and the act's first word): the act the mechanism may bring, not one done; not the mechanism's own name, which
    # this record reads as the act ("mecanismo de snapback", "آلية سناب باك"), lang25
    procedure = word_pattern(lang, "procedure")
    head = (prior + " " + (fold(sentence[start:end]).split() or [""])[0]).strip()
    if procedure and any(m.end() == len(head) for m in procedure.finditer(head)):
        future += ["procedure"]
    # ... or after a noun of a contract ("قرارداد تأمین مالی و احداث خط آهن", "контракт на строительство"): agreed, not done
    if contracted(fold(sentence[max(0, start - DEAL_REACH):start]).rstrip(), lang):
        future += ["contracted"]
    # a coming month or year right after the cue ("بعد دخول الاتفاقية حيز التنفيذ في أيار/مايو المقبل", "en vigueur en mai
    # prochain"; languages.toml `coming`): the act is ahead, a noun of it too
    if has(lang, "coming", CLAUSE_BREAK.split(sentence[end:end + COMING_REACH])[0]):
        future += ["coming"]
    # a word of putting the act off after it in its clause, or right before it ("بدء الأشغال قد يتأجل حتى 2026",
    # "Baubeginn verschoben"; languages.toml `postponed`): still to come
    if has(lang, "postponed", CLAUSE_BREAK.split(sentence[end:end + POSTPONED_REACH])[0]) or \
            ends_with(lang, "postponed", prior):
        future += ["postponed"]
    # a word of a step before the act in the cue's clause, from the clause's opening to just after the cue
    # (languages.toml `preliminary`: "کمیسیون … کلیات لایحه … را تصویب کرد", a committee approving a bill's
    # outline): the act itself is still to come
    clause_from = CLAUSE_BREAK.split(sentence[:start])[-1]
    clause_to = CLAUSE_BREAK.split(sentence[end:end + FUTURE_AFTER.get(lang, 0)])[0]
    step = has(lang, "preliminary", clause_from + sentence[start:end] + clause_to)
    future += ["preliminary"] if step else []
    # a cue right after a word of purpose ("… را برای تصویب به مجلس تقدیم کرد", "o projeto de lei para ratificar o
    # tratado", "den Gesetzentwurf zur Ratifizierung … vor": languages.toml `purpose`) is the aim of another act
    # (a bill tabled, a text sent), not an act done, as the English reader takes an infinitive of purpose
    purpose = word_pattern(lang, "purpose")
    if purpose and any(m.end() == len(prior) for m in purpose.finditer(prior)):
        future += ["purpose"]
    # ... or right after a word of purpose and an infinitive (languages.toml `infinitive_suffix`: "precisa ser
    # ratificado pelos parlamentos para entrar em vigor", it needs ratifying to enter into force), lang20
    infinitive = suffix_pattern(lang, "infinitive_suffix")
    verb_before = prior.rsplit(None, 1)
    if purpose and infinitive and len(verb_before) == 2 and infinitive.fullmatch(verb_before[1]) and any(
            m.end() == len(verb_before[0]) for m in purpose.finditer(verb_before[0])):
        future += ["purpose"]
    # a cue whose clause opens with a committee ("کمیسیون امنیت ملی مجلس لایحه … را تصویب کرد", "A comissão de
    # relações exteriores da Duma aprovou o tratado": languages.toml `committee`, first in its clause or after
    # an article) is a step before the chamber's vote: the instrument's state is still ahead
    if committee_opens(sentence, start, lang):
        future += ["committee"]
    hedged = has(lang, "hedge", sentence[max(0, start - HEDGE_REACH):min(len(sentence), end + HEDGE_REACH)])
    voice = has(lang, "lawmaker", sentence)
    if voice and not hedged:
        # "…, заявил иранский депутат": one lawmaker's word, as the English reader takes it (claims.grammar
        # single_source), is a single unverified source
        hedged = [f"a single source ({voice[0]})"]
    if is_question(sentence):
        hedged = ["?"] + hedged  # "La Russie a-t-elle livré des Su-35 ?": a question asserts nothing
    # a cue in a clause of condition ("Se o Irã receber os caças Su-35, …", "Если Иран получит …"): the clause
    # from its opening (the sentence's start or the last comma before the cue) opens with a `conditional` word
    condition = word_pattern(lang, "conditional")
    opening = CLAUSE_BREAK.split(sentence[:start])[-1].lstrip(" \"'«“„")
    if condition and condition.match(keep_accents(opening, fold(opening), lang)):
        hedged = ["conditional"] + hedged
    denied = [] if narrowed(sentence, lang, end) else has(lang, "denial", sentence)
    past = has(lang, "past", sentence[max(0, start - PAST_REACH):min(len(sentence), end + PAST_REACH)])
    cues = tuple(dict.fromkeys((negation_before + suffix_negation)[:1] + future[:1] + hedged[:1]
                               + denied[:1] + (["preliminary"] if step else [])))
    return Modality(negated, bool(denied), bool(hedged), bool(future), bool(past), cues)


POSTPONED_REACH = 60  # characters after a cue in which a word of putting it off is its own
COMING_REACH = 25  # characters after a cue in which a coming month or year is its own time


def ends_with(lang: str, kind: str, prior: str) -> bool:
    """Does the folded `prior` (the words right before a cue) end with a word of kind `kind`?"""
    pattern = word_pattern(lang, kind)
    return bool(pattern and any(m.end() == len(prior) for m in pattern.finditer(prior)))


def contracted(prior: str, lang: str) -> bool:
    """Do the folded words right before a cue end with a noun of a contract or agreement (languages.toml `deal`),
    or with one, at most DEAL_JOINED other words and an "and" (`and`: "قرارداد تأمین مالی و احداث", a contract of
    financing and construction)? The act the cue names is then what the contract is for."""
    if ends_with(lang, "deal", prior):
        return True
    words = prior.split()
    joined = {fold(w) for w in function_words().get(lang, {}).get("and", ())}
    return bool(words) and words[-1] in joined and any(
        ends_with(lang, "deal", " ".join(words[:-1 - k])) for k in range(1, DEAL_JOINED + 1) if len(words) > k + 1)


DEAL_JOINED = 2  # words of another act between a contract's noun and "and" before the cue
DEAL_REACH = 60  # characters before a cue read for a contract's noun


def after_event(lang: str) -> Any:
    """(sentence, start) → does a word of "after" (languages.toml `after_event`: "après", "после", "بعد") stand right
    before the cue at `start`, with at most two words (an article, a possessive) between ("après sa signature", "после его
    подписания")? The cue then names the event another came after, which claims.reader.read_state chooses last."""
    pattern = word_pattern(lang, "after_event")

    def prior(sentence: str, start: int) -> bool:
        if not pattern:
            return False
        words = fold(sentence[max(0, start - AFTER_EVENT_REACH):start]).split()
        # the word of "after" (of one or two words) last, or up to two words (an article, a possessive) after it
        return any(pattern.fullmatch(" ".join(words[len(words) - gap - size:len(words) - gap]))
                   for gap in (0, 1, 2) for size in (1, 2) if len(words) >= gap + size)
    return prior


AFTER_EVENT_REACH = 30  # characters before a cue read for a word of "after"


def put_ahead(lang: str) -> Any:
    """(sentence, start, end, cue) → the words of `lang` that put the cue at [start, end) ahead (its stance's words
    when it is in the future), () when none: claims.reader.read_state weighs a cue by them (Context.future_words)."""
    def ahead(sentence: str, start: int, end: int, cue: str) -> tuple[str, ...]:
        m = stance(sentence, start, end, lang, cue)
        return m.cues if m.future else ()
    return ahead


def committee_opens(sentence: str, start: int, lang: str) -> bool:
    """Does the clause of the cue at `start` open with a `committee` word of `lang` (its first word, or its second
    after an article of three letters at most), so that the committee is the one acting? "رئیس کمیسیون … گفت" (the
    committee's head said) and "O presidente da comissão disse" open with another noun: not the committee's act."""
    pattern = word_pattern(lang, "committee")
    if not pattern:
        return False
    opening = CLAUSE_BREAK.split(sentence[:start])[-1]
    # a joint intergovernmental commission acting is no parliament's committee (`committee_not`: "کمیسیون مشترک")
    folded = without_lookalikes(lang, "committee", keep_accents(opening, fold(opening), lang)).lstrip(" \"'«“„")
    m = pattern.search(folded)
    if not m:
        return False
    lead = folded[:m.start()].split()
    return not lead or (len(lead) == 1 and len(lead[0]) <= 3)


# a denial word right after a negation is none ("weder bestätigt noch dementiert", "n'a pas démenti")
DENIAL_NEGATED_REACH = 20
# a sentence after a statement that denies it without naming its subject again ("Téhéran a démenti ces
# informations.", "Vorwürfe vom Iran zurückgewiesen."): short, so that it can point back at nothing else
BACK_DENIAL_WORDS = 20
LEAD_WORDS = 5  # a lead has words; a dateline has a place, an agency and a date
DENIABLE = ("status", "event")


def denies(sentence: str, lang: str) -> bool:
    """Does `sentence` deny or reject something in `lang` (claims/languages.toml's `denial` words), a denial
    word that no negation stands right before?"""
    folded = without_lookalikes(lang, "denial", keep_accents(sentence, fold(sentence), lang))
    pattern = word_pattern(lang, "denial")
    for m in pattern.finditer(folded) if pattern else ():
        if not has(lang, "negation", folded[max(0, m.start() - DENIAL_NEGATED_REACH):m.start()]):
            return True
    return False


CLAUSE_BREAK = re.compile(r"[,;:،؛—–]")


def denied_after(rest: str, lang: str) -> bool:
    """Does `rest` (the sentence after a statement) deny it in a clause of its own: a denial word after a
    comma, semicolon or colon, or after a word opening an answering clause (languages.toml's `contrast`:
    "mais", "اما")? A denial verb with no break before it governs the statement itself in a verb-final
    language ("… را رد کرده است": has denied …)."""
    folded = without_lookalikes(lang, "denial", keep_accents(rest, fold(rest), lang))
    pattern = word_pattern(lang, "denial")
    for m in pattern.finditer(folded) if pattern else ():
        lead = folded[:m.start()]
        if (CLAUSE_BREAK.search(lead) or has(lang, "contrast", lead)) and denies(rest[m.start():], lang):
            return True
    return False


def narrowed(sentence: str, lang: str, end: int = 0) -> bool:
    """Does `sentence` admit something and then deny a part of it ("أقرّ … بأن بلاده زوّدت روسيا بعدد محدود من المسيرات
    قبل الحرب، لكنه نفى أن تكون أرسلت أي مسيرات بعدها", "يقر بإرسال مسيرات … وينفي استخدامها", "admitiu …, mas negou …")?
    A verb of admitting (languages.toml `admission`) with no negation right before it, then a denial after it (past a
    `contrast` word, an "and" or a comma): the denial narrows the admission (another time, another use), it puts the
    admitted statement in no doubt. With `end` (a cue's end in the sentence), the denial comes after it: the cue is in
    the admitted clause."""
    folded = keep_accents(sentence, fold(sentence), lang)
    admission = word_pattern(lang, "admission")
    if not admission:
        return False
    for m in admission.finditer(folded):
        if has(lang, "negation", folded[max(0, m.start() - DENIAL_NEGATED_REACH):m.start()]):
            continue
        if denies(sentence[max(m.end(), end):], lang):
            return True
    return False


def denials(title: str, text: str, catalogue: Catalogue, lang: str) -> dict[str, set[str]]:
    """What an article in `lang` (a LANGUAGES code) denies, in claims.statements.denials' shape: claim id →
    {"*"} for each status or event claim whose subject a denying sentence names (the headline included), or
    the sentence before a short denying sentence that names no subject of its own ("… en lui procurant des
    drones. Téhéran dément."). Read from the language's function words: no parser for these languages.
    {} for a language the engine does not read."""
    if not supported(lang):
        return {}
    own = for_language(catalogue, lang)
    deniable = [c for c in own.claims if c.type in DENIABLE and c.topic]
    sentences = [t for t in [title.strip(), *(s.text for s in split_sentences(text))] if t]
    folded = [keep_accents(t, fold(t), lang) for t in sentences]
    out: dict[str, set[str]] = {}
    for i, sentence in enumerate(sentences):
        if not denies(sentence, lang) or narrowed(sentence, lang):
            continue
        named = [c for c in deniable if find_phrases(folded[i], c.topic)]
        # short, or pointing back at an act by a demonstrative ("موسكو لا تعترف بشرعية هذه الخطوة ولن تلتزم بها، فيما
        # استدعت طهران سفراءها …", "این اقدام را «غیرقانونی» خواند و …": languages.toml `back_act`), however long
        if not named and i and (len(sentence.split()) <= BACK_DENIAL_WORDS or has(lang, "back_act", sentence)):
            # a short denial naming nothing ("A Rússia afirmou que não reconhece a decisão", "لا تعترف بشرعية هذه
            # الخطوة") points back at the sentence before and at the event the article reports, told in its lead:
            # the lead's things too. Not a denial naming an act of its own ("L'Iran dément avoir fourni des
            # armes": that act, found in the sentence before), nor one said before the lead's event
            # (languages.toml `anterior`: "پیش از این اعلام کرده بودند")
            lead = lead_of(sentences, 1 if title.strip() else 0)
            back = {i - 1}
            # (an act named by a demonstrative is the one told before, whatever cue the denial repeats: "این اقدام را
            # «غیرقانونی» خواند و … بازگشت تحریم‌ها را به رسمیت نمی‌شناسد")
            # (not a denial of "these accusations" or "these reports", languages.toml `back_claim`: it answers the
            # claim told right before it, "— Западные страны обвиняют Иран в передаче беспилотников. — Эти обвинения
            # беспочвенны.", in an interview whose lead is another topic, lang23)
            if lead < i - 1 and not has(lang, "anterior", sentence) and not has(lang, "back_claim", sentence) and (
                    has(lang, "back_act", sentence) or not any(
                    names_a_cue(folded[i], c) for c in own.claims if c.type in DENIABLE)):
                back.add(lead)
            named = [c for c in deniable if any(find_phrases(folded[k], c.topic) for k in back)]
        for claim in named:
            out.setdefault(claim.id, set()).add("*")
    return out


def lead_of(sentences: list[str], first: int) -> int:
    """The index of the article's lead among `sentences` from `first` on: the first sentence of LEAD_WORDS words
    or more, past a dateline or an agency's line of its own ("خبرگزاری تسنیم - ۶ مهر ۱۴۰۴", "МОСКВА, 2 октября.
    /ТАСС/."); `first` when there is none."""
    return next((k for k in range(first, len(sentences))
                 if sum(any(ch.isalpha() for ch in w) for w in sentences[k].split()) >= LEAD_WORDS), first)


def names_a_cue(folded: str, claim: Claim) -> bool:
    """Does the folded text hold a state cue of `claim` (as written or in its forms; no parse)?"""
    from claims.cues import find_lemma_cues_folded, is_lemma_cue

    return any(find_phrases(folded, tuple(c for c in state.cues if not is_lemma_cue(c)))
               or find_lemma_cues_folded(folded, state.cues) for state in claim.states)


def restance(ctx: Context, i: int, reading: Reading, lang: str, claim: Claim | None = None) -> Reading:
    """A reading of the cue reader with its stance read in the sentence's own language (the English markers
    it applied do not fit another language's words). A reading the cue reader already turned into a
    negative state of `claim` ("todavía no ha recibido": not delivered) is not negated again."""
    s = ctx.sentences[i]
    m = stance(s.text, reading.cue_start - s.start, reading.cue_end - s.start, lang, reading.cue)
    if m.negated and claim is not None and reading.value in claim.negative_states:
        m = replace(m, negated=False)
    doubt = unconfirmed_after(ctx, i, reading.cue_end - s.start, lang)
    if doubt and not m.hedged:
        m = replace(m, hedged=True, cues=m.cues + (doubt,))
    # English words quoted inside the page (a headline, an agency's line) keep the English markers too
    english = english_part(s.text, lang)
    return replace(reading, negated=m.negated or (english and reading.negated),
                   hedged=m.hedged or (english and reading.hedged), denied=m.denied or (english and reading.denied),
                   future=m.future or (english and reading.future), past=m.past or (english and reading.past),
                   attributed=m.hedged or reading.attributed, cues=m.cues or reading.cues)


def unconfirmed_after(ctx: Context, i: int, end: int, lang: str) -> str:
    """The words that leave a statement unconfirmed ("О Ministério não confirmou a informação", "وزارت دفاع
    آن را تایید نکرد": languages.toml's `unconfirmed`) in a clause of its sentence after the cue ending at
    `end` (a comma, colon or `contrast` word before them), or in a short next sentence (BACK_DENIAL_WORDS
    words at most, so that it can point back at nothing else); the words of a claim given without evidence
    (`unproven`) anywhere in its sentence or in that short next one; '' when there are none. As the English
    reader does (claims.compare.UNCONFIRMED), a report left unconfirmed by those concerned is in doubt."""
    # a claim given without evidence ("La inteligencia ucraniana afirmó, sin aportar pruebas, que …", "Доказательств
    # в Киеве не привели."; languages.toml `unproven`), before or after the statement in its sentence
    unproven = has(lang, "unproven", ctx.sentences[i].text)
    if unproven:
        return unproven[0].rstrip(".,;:!?؟")
    rest = ctx.sentences[i].text[end:]
    folded = keep_accents(rest, fold(rest), lang)
    pattern = word_pattern(lang, "unconfirmed")
    if not pattern:
        return ""
    for m in pattern.finditer(folded):
        lead = folded[:m.start()]
        if CLAUSE_BREAK.search(lead) or has(lang, "contrast", lead):
            return m.group().rstrip(".,;:!?؟")
    if i + 1 < len(ctx.sentences):
        after = ctx.sentences[i + 1].text
        if len(after.split()) <= BACK_DENIAL_WORDS:
            found = has(lang, "unconfirmed", after) + has(lang, "unproven", after)
            if found:
                return found[0].rstrip(".,;:!?؟")
    return ""


def english_part(text: str, lang: str = "") -> bool:
    """Is the sentence written in English words? Then the English reader's markers apply. Most letters ASCII,
    and, for a page in a language written in Latin letters (`lang`: pt, es, de, …, whose sentences are mostly
    ASCII too), more English-only function words than the language's own (spaCy's stop-word lists of both):
    Portuguese "no domingo" (on Sunday) is no English negation."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) <= 0.8 * len(letters):
        return False
    own = stop_words(lang)
    if not own:
        return True
    english = stop_words("en")
    words = WORDS.findall(text.lower())
    return sum(w in english and w not in own for w in words) > sum(w in own and w not in english for w in words)


WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of a language written in Latin letters (frozenset() for others or none)."""
    if lang not in LATIN_SCRIPT:
        return frozenset()
    import importlib

    return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


LATIN_SCRIPT = ("en", "de", "fr", "pt", "it", "es", "tr")


OTHER_REACH = 40
SIDE_REACH = 30
# where the one who takes a step is named: Arabic after its verb (verb-subject order), German and Persian
# before it (verb-final). Russian and French name it on either side (subject before, passive agent after),
# so a party next to the verb may be the other side or an object: no rule there (it cost a correct French
# reading on news-dev's check split when tried both ways).
SIDE_OF_AGENT = {"ar": (0, SIDE_REACH), "de": (SIDE_REACH, 0), "fa": (SIDE_REACH, 0), "tr": (SIDE_REACH, 0)}


def lang_of(ctx: Context) -> str:
    """The language of a reading context ("" when it has none: English contexts)."""
    return getattr(ctx, "lang", "")


def one_sides_step(ctx: Context, i: int, reading: Reading, claim: Claim) -> Reading:
    """A two-party claim's later step (past the second state of an ordered claim: ratification, entry into
    force) next to one party's name only, told after the state before it in the same sentence ("وقعت إيران
    وروسيا المعاهدة وصدقت عليها روسيا": Iran and Russia signed the treaty and Russia ratified it) is an aside on
    the instrument the sentence recaps: its state is the one told first, as the English reader takes the head
    of two coordinated verbs ("signed … in January and ratified by Russia in April": signed). One party's step
    told alone ("دومای دولتی روسیه معاهده … را تصویب کرد", "The State Duma ratified the treaty") is the claim's
    state itself, as in English and news-dev's labels (lang12; it had been read as the state before in every
    sentence naming one party)."""
    rank = claim.rank(reading.value)
    if len(claim.parties) < 2 or not claim.ordered or rank < 2:
        return reading
    s = ctx.sentences[i]
    start, end = reading.cue_start - s.start, reading.cue_end - s.start
    if lang_of(ctx) not in SIDE_OF_AGENT or not told_before(ctx.folded[i][:start], claim.states[rank - 1]):
        return reading
    before, after = SIDE_OF_AGENT[lang_of(ctx)]
    near = ctx.folded[i][max(0, start - before):end + after]
    named = [p for p in claim.parties
             if any(not partner(near, lo, hi, lang_of(ctx)) for lo, hi, _ in find_phrases(near, ctx.party_aliases.get(p, ())))]
    if len(named) != 1 or joined_by_and(ctx, i, claim.parties):
        return reading
    return replace(reading, value=claim.states[rank - 1].value)


def told_before(folded: str, state: State) -> bool:
    """Does the folded text (a sentence up to a cue) hold a cue of `state`?"""
    from claims.cues import find_lemma_cues_folded, is_lemma_cue

    return bool(find_phrases(folded, tuple(c for c in state.cues if not is_lemma_cue(c)))
                or find_lemma_cues_folded(folded, state.cues))


def partner(folded: str, start: int, end: int, lang: str) -> bool:
    """Is the party named at folded[start:end] the partner of the step, not the one taking it? A `partner` word
    of the language right before it, an article at most between ("mit dem Iran ratifiziert": ratified with
    Iran), or a `partner_after` word right after it ("İran ile … onayladı")."""
    words = function_words().get(lang, {})
    before = folded[:start].split()[-2:]
    after = folded[end:].split()[:1]
    with_before = {fold(w) for w in words.get("partner", ())}
    with_after = {fold(w) for w in words.get("partner_after", ())}
    return (bool(before) and (before[-1] in with_before or (len(before) == 2 and before[0] in with_before
                                                                and len(before[1]) <= 3))) or \
        (bool(after) and after[0].strip(".,;:") in with_after)


def joined_by_and(ctx: Context, i: int, parties: tuple[str, ...] | list[str]) -> bool:
    """Are two of the parties named side by side, joined by the language's "and" ("zwischen Russland und dem
    Iran", "بين روسيا وإيران")? The party next to a step is then one of both the sentence names together, not
    the one side that took it. At most one short word (an article) may stand beside the "and"."""
    folded = ctx.folded[i]
    ands = {fold(w) for w in function_words().get(lang_of(ctx), {}).get("and", ())}
    hits = [(start, end, p) for p in parties for start, end, _ in find_phrases(folded, ctx.party_aliases.get(p, ()))]
    for s1, e1, p1 in hits:
        for s2, e2, p2 in hits:
            gap = folded[e1:s2].split()
            if p1 != p2 and s2 >= e1 and 1 <= len(gap) <= 2 and gap[0] in ands:
                return True
    return False


def about_other_thing(ctx: Context, i: int, reading: Reading, claim: Claim) -> bool:
    """Is a word naming another instrument (the claim's `others`: "interim", "временное", "موقت") within
    OTHER_REACH characters of the cue, in its clause? Then the cue states that instrument's state."""
    if not claim.others:
        return False
    s = ctx.sentences[i]
    start, end = reading.cue_start - s.start, reading.cue_end - s.start
    near = ctx.folded[i][max(0, start - OTHER_REACH):end + OTHER_REACH]
    return bool(find_phrases(near, claim.others))


# ---------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------

# Solar Hijri months, in order (the Iranian calendar; its dates are converted with dateparser's Jalali
# calendar, which uses convertdate)
SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                "اسفند")
SOLAR_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(SOLAR_MONTHS) + r")(?:\s+ماه)?\s+(1[34]\d\d)(?!\d)")
EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# dateparser's settings for a statement's own date: absolute dates only, since its relative parser reads the
# Russian "в 2024 году" (in 2024) as "2024 years ago", the year 2; a year given alone stands for its first day,
# as in English (claims.values), not for the run's month and day.
STATEMENT_DATE_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first", "REQUIRE_PARTS": ["year"],
                           "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
# The same, reading a year or month given alone as its last day ("в 2024 году" may be 31 December 2024).
LAST_DAY_SETTINGS = STATEMENT_DATE_SETTINGS | {"PREFER_DAY_OF_MONTH": "last", "PREFER_MONTH_OF_YEAR": "last"}


def statement_date(sentence: str, lang: str, last: bool = False) -> "date | None":
    """The latest explicit date (one that gives its year) in the sentence: Solar Hijri dates converted
    ("۱۰ مهر ۱۴۰۴" → 2025-10-02), others read by dateparser in the sentence's language ("17 января 2025
    года", "Am 17. Januar 2025"); a year or month given alone as its first day, or with `last` as its last.
    Relative words ("last year") are not dates here, as in English."""
    text = sentence.translate(DIGITS)
    found = []
    for m in SOLAR_DATE.finditer(text):
        from dateparser.calendars.jalali import JalaliCalendar

        parsed = JalaliCalendar(m.group(0)).get_date()
        if parsed and parsed.date_obj:
            found.append(parsed.date_obj.date())
    if EXPLICIT_YEAR.search(text):
        from dateparser.search import search_dates

        hits = search_dates(text, languages=[lang], settings=LAST_DAY_SETTINGS if last else STATEMENT_DATE_SETTINGS
                            ) or []
        # the year read must be one written there (a guard against any other reading of a number as time)
        found += [d.date() for words, d in hits if str(d.year) in EXPLICIT_YEAR.findall(words)]
    return max(found) if found else None


def dated(ctx: Context, i: int, reading: Reading, lang: str, persons: frozenset[str] = frozenset()) -> Reading:
    """The reading with its sentence's own date; an office holder named in a sentence dated more than a year
    before the article is history (as claims.reader.make_reading does for English dates)."""
    if reading.dated:
        return reading
    text = ctx.sentences[i].text
    # the replaced holder's span up to now after the new one ("… a nomeação de Andrei Belousov …, em substituição de
    # Serguei Shoigu, que ocupava o posto desde 2012": languages.toml `predecessor`, then `since`) dates no statement:
    # the appointment is today's news, not 2012's (lang18). A span of the reading's own holder ("Сергей Шойгу,
    # возглавлявший военное ведомство с 2012 года, назначен …") still dates his tenure, history.
    if reading.claim in persons:
        replaced = word_pattern(lang, "predecessor")
        folded = keep_accents(text, fold(text), lang)
        cut = next((m.end() for m in replaced.finditer(folded) if m.start() >= reading.cue_start - ctx.sentences[i].start),
                   None) if replaced and len(folded) == len(text) else None
        text = text if cut is None else text[:cut] + without_spans(text[cut:], lang)
    # the holder's own start told inside the sentence ("بزشكيان، الذي تولى منصبه في يوليو/تموز 2024، …", "Белоусов,
    # возглавивший ведомство в мае 2024 года, принял …", "Temmuz 2024'te göreve başlayan … Pezeşkiyan"): that date is
    # when his tenure began, which goes on, not the date of what the sentence tells (lang25); not an acting
    # holder's start, a stint that ended
    if reading.claim in persons and not reading.acting:
        started = without_tenure_starts(text, lang, reading.cue_start - ctx.sentences[i].start)
        # (only a start long before the article: a start told as the day's news dates that news)
        text = started if started != text and is_stale(ctx, statement_date(text, lang, last=True)) else text
    text = without_named_years(text, lang)
    when = statement_date(text, lang)
    if when is None:
        return reading
    # long before the article only when the last day the date can mean is (claims.reader.make_reading)
    history = reading.claim in persons and is_stale(ctx, when) \
        and is_stale(ctx, statement_date(text, lang, last=True))
    return replace(reading, dated=when.isoformat(), past=reading.past or history)


# ---------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------

NUMBER = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
# a year of the Iranian (Solar Hijri) calendar, 1350-1449 = 1971/72-2070/71: it runs from 21 March, so a
# figure for it is not a calendar year's
SOLAR_YEAR = re.compile(r"(?<!\d)(13[5-9]\d|14[0-4]\d)(?!\d)")
# a word for "year" right before such a number ("در سال ۱۴۰۲", "العام 1402", "im iranischen Jahr 1402") or right after
# it ("в 1402 году", "1402 yılında"): languages.toml `year_before` / `year_after`; then the number is that year,
# not a sum ("۱۴۰۰ میلیون")
YEAR_WORD_REACH = 30


SINCE_REACH = 30  # characters after a word of `since` where the year of its span's start stands


def without_spans(sentence: str, lang: str) -> str:
    """`sentence` with each span up to now blanked, from a word of `since` (languages.toml: "desde", "depuis", "с",
    "منذ") to the year that ends its start within SINCE_REACH characters ("desde 2012", "с 2012 года", "منذ عام
    2012"): that date is when a state began, not when the sentence's statement was made."""
    pattern = word_pattern(lang, "since")
    if not pattern:
        return sentence
    text = sentence.translate(DIGITS)
    folded = keep_accents(text, fold(text), lang)
    if len(folded) != len(text):
        return sentence
    out = text
    for m in pattern.finditer(folded):
        year = EXPLICIT_YEAR.search(text, m.end(), m.end() + SINCE_REACH) or SOLAR_YEAR.search(
            text, m.end(), m.end() + SINCE_REACH)
        if year:
            out = out[:m.start()] + " " * (year.end() - m.start()) + out[year.end():]
    return out


TENURE_START_REACH = 40  # characters between a word of a tenure's start and the year of that start


def without_tenure_starts(sentence: str, lang: str, after: int = 0) -> str:
    """`sentence` with the year of each tenure's start blanked (same length, offsets kept): the year within
    TENURE_START_REACH characters after a word of languages.toml's `tenure_start` at or after offset `after` (the
    holder's cue: "who took office in July 2024", "возглавивший ведомство в мае 2024 года", "que assumiu em agosto
    de 2024"), or before a word of `tenure_start_after` anywhere (a language putting the date before its verb:
    "Temmuz 2024'te göreve başlayan", "Ağustos 2024'ten bu yana", "که مرداد ۱۴۰۳ … سوگند یاد کرد"). The sentence
    unchanged in a language with no such words."""
    text = sentence.translate(DIGITS)
    forward, backward = word_pattern(lang, "tenure_start"), word_pattern(lang, "tenure_start_after")
    folded = keep_accents(text, fold(text), lang) if forward or backward else ""
    if not (forward or backward) or len(folded) != len(text):
        return sentence
    years: list[re.Match[str]] = []
    for m in forward.finditer(folded) if forward else ():
        if m.start() >= after:
            years += [y for y in (EXPLICIT_YEAR.search(text, m.end(), m.end() + TENURE_START_REACH),
                                  SOLAR_YEAR.search(text, m.end(), m.end() + TENURE_START_REACH)) if y]
    for m in backward.finditer(folded) if backward else ():
        window = max(0, m.start() - TENURE_START_REACH)
        before = [y for pattern in (EXPLICIT_YEAR, SOLAR_YEAR) for y in pattern.finditer(text, window, m.start())]
        years += sorted(before, key=lambda y: y.start())[-1:]
    out = text
    for y in years:
        out = out[:y.start()] + " " * (y.end() - y.start()) + out[y.end():]
    return out


def without_named_years(sentence: str, lang: str) -> str:
    """`sentence` with each year that names a thing blanked: the year right after a word of languages.toml's
    `year_of` ("الاتفاق النووي لعام 2015", the 2015 nuclear deal), which dates the thing, not the statement
    (lang20). The sentence unchanged in a language with no such words."""
    pattern = word_pattern(lang, "year_of")
    text = sentence.translate(DIGITS)
    folded = keep_accents(text, fold(text), lang) if pattern else ""
    if not pattern or len(folded) != len(text):
        return sentence
    out = text
    for m in pattern.finditer(folded):
        year = EXPLICIT_YEAR.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
        if year:
            out = out[:m.start()] + " " * (year.end() - m.start()) + out[year.end():]
    return out


def iranian_years(digits: str, lang: str) -> list[tuple[int, str]]:
    """(offset, year) of each Iranian year the sentence names as a year (`digits`: its text with ASCII digits):
    a Solar Hijri number with a word for "year" right before or right after it."""
    before, after = word_pattern(lang, "year_before"), word_pattern(lang, "year_after")
    out = []
    for m in SOLAR_YEAR.finditer(digits):
        lead = fold(digits[max(0, m.start() - YEAR_WORD_REACH):m.start()]).rstrip()
        tail = fold(digits[m.end():m.end() + YEAR_WORD_REACH]).lstrip(" -")
        if (before and any(w.end() == len(lead) for w in before.finditer(lead))) or (after and after.match(tail)):
            out.append((m.start(), m.group(1)))
    return out


THOUSANDS_POINT = ("de", "pt", "it", "es", "tr")


def number_value(raw: str, lang: str = "") -> float:
    """"4,6" (decimal comma), "4.6", "1 200" (thousands) → float. A point groups thousands only in German,
    Portuguese, Italian and Spanish ("1.200"); Persian and Arabic write their decimal separator, read here as a point ("4.860" = 4.86).
    A number written in words ("پنج", "خمسة وعشرين") → its value (words_value)."""
    if not re.search(r"\d", raw):
        return words_value(raw, lang)
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", raw) or (lang in THOUSANDS_POINT and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw)):
        return float(re.sub(r"[ .]", "", raw))
    return float(raw.replace(" ", "").replace(",", "."))


@lru_cache(maxsize=None)
def number_words(lang: str) -> dict[str, float]:
    """Folded number words of `lang` below a thousand → value ("پنج" → 5.0), the words a scale word
    ("میلیارد", "مليار") or a percent word follows: languages.toml's `[xx.numbers]`, Persian letters in their
    Arabic forms too; {} for a language without. Our own table: persian-tools (MIT) has one for Persian but
    installs a top-level `tests` package that shadows this project's (`python -m tests.eval_gate` fails), and
    no permissively licensed library on PyPI reads Arabic number words (pyarabic's number module is GPL)."""
    out: dict[str, float] = {}
    for word, value in function_words().get(lang, {}).get("numbers", {}).items():
        for form in (word, word.translate(ARABIC_FORMS)):
            out[fold(form)] = float(value)
    return out


@lru_cache(maxsize=None)
def number_words_regex(lang: str) -> str:
    """The regex of a number written in words in `lang` ("بیست و پنج", "خمسة وعشرين", "چهار و نیم"): number
    words joined by the language's `and`, an optional `half` ("نیم", "نصف") last; "" when it has none."""
    words = number_words(lang)
    if not words:
        return ""
    fw = function_words()[lang]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    joiner = "|".join(re.escape(fold(w)) for w in fw["and"])
    half = "|".join(re.escape(fold(w)) for w in fw.get("half", ()))
    tail = rf"(?:\s+(?:{joiner})\s*(?:{half}))?" if half else ""
    # at a word start, or right after an "and" written onto it ("وثمانمئة": and eight hundred)
    glued = "|".join(rf"(?<=\s{re.escape(fold(w))})" for w in fw["and"] if len(fold(w)) == 1)
    start = rf"(?:(?<![\w])|{glued})" if glued else r"(?<![\w])"
    return rf"{start}(?:{alt})(?:\s+(?:{joiner})\s*(?:{alt}))*{tail}(?![\w])"


def words_value(raw: str, lang: str) -> float:
    """The value of a number written in words in `lang` (number_words_regex's match): the sum of its words
    below a thousand, in whichever order the language says them ("بیست و پنج" = 20 + 5, "خمسة وعشرين" =
    5 + 20); a `half` adds 0.5 ("چهار و نیم" = 4.5). 0.0 for words it does not know."""
    words = number_words(lang)
    fw = function_words().get(lang, {})
    joiners = sorted((fold(w) for w in fw.get("and", ())), key=len, reverse=True)
    halves = {fold(w) for w in fw.get("half", ())}
    known = words.keys() | halves
    total = 0.0
    for token in fold(raw).split():
        token = next((token[len(j):] for j in joiners if token.startswith(j) and token[len(j):] in known), token)
        total += 0.5 if token in halves else words.get(token, 0.0)
    return total


@lru_cache(maxsize=None)
def money_pattern(lang: str) -> re.Pattern[str]:
    """The regex of an amount with a scale word in language `lang` ("4 млрд", "3,5 Milliarden und 4
    Milliarden"): groups num, scale and, for a range, num2 and scale2."""
    words = function_words()[lang]
    scales = "|".join(re.escape(fold(w).rstrip("*")) + (r"\w*" if w.endswith("*") else r"\.?")
                      for w in sorted(words["scale"], key=len, reverse=True))
    conj = "|".join(re.escape(fold(w)) for w in words["and"])
    number = f"{NUMBER}|{number_words_regex(lang)}" if number_words_regex(lang) else NUMBER
    return re.compile(rf"(?P<num>{number})\s*(?P<scale>{scales})(?![\w])"
                      rf"(?:\s+(?:{conj})\s*(?P<num2>{number})\s*(?P<scale2>{scales})(?![\w]))?")


def scale_of(word: str, lang: str) -> float:
    """The factor of scale word `word` in language `lang` (1e9 for a billion word), the longest listed word
    first; 1.0 when it is none."""
    for w, factor in sorted(function_words()[lang]["scale"].items(), key=lambda kv: -len(kv[0])):
        stem = fold(w).rstrip("*").rstrip(".")
        if fold(word).rstrip(".") == stem or (w.endswith("*") and fold(word).startswith(stem)):
            return float(factor)
    return 1.0


def find_figures(sentence: str, lang: str, measure: str) -> list[tuple[int, int, float]]:
    """(start, end, amount) of USD amounts (measure "money") or percentages in the sentence."""
    text = fold(sentence.translate(DIGITS))
    if lang == "fa":
        # Persian text mixes in the Arabic letter forms, even inside a word ("میليارد"): read in the Persian ones
        text = text.translate(PERSIAN_FORMS)
    out = []
    if measure == "money":
        usd = word_pattern(lang, "currency_usd")
        for m in money_pattern(lang).finditer(text):
            after = text[m.end():m.end() + 25]
            dollar_before = "$" in text[max(0, m.start() - 3):m.start()]
            cur = usd.search(after[:16]) if usd else None  # "4,8 milliards de dollars": a word may come between
            if not dollar_before and not cur:
                continue  # roubles, rials, euros: not the claim's unit
            amount = number_value(m.group("num"), lang) * scale_of(m.group("scale"), lang)
            if m.group("num2"):
                amount += number_value(m.group("num2"), lang) * scale_of(m.group("scale2"), lang)
            out.append((m.start(), m.end() + (cur.end() if cur else 0), amount))
    else:
        pct = word_pattern(lang, "percent")
        before_words = function_words().get(lang, {}).get("percent_before", [])
        number = f"{NUMBER}|{number_words_regex(lang)}" if number_words_regex(lang) else NUMBER
        for m in re.finditer(rf"({number})\s*", text):
            rest = text[m.end():m.end() + 20]
            hit = re.match(r"[%٪]", rest) or (pct.match(rest) if pct else None)
            if hit:
                out.append((m.start(), m.end() + hit.end(), number_value(m.group(1), lang)))
                continue
            # Turkish writes the percent first ("%20", "yüzde 20")
            lead = re.search(r"(?:" + "|".join(re.escape(fold(w)) for w in before_words) + r")\s*$",
                             text[max(0, m.start() - 8):m.start()]) if before_words else None
            if lead:
                out.append((m.start() - len(lead.group()), m.end(), number_value(m.group(1), lang)))
    return out


def read_quantity(ctx: Context, i: int, claim: Claim, topic: float, lang: str,
                  blocs: tuple[str, ...] = ()) -> list[Reading]:
    """Figures near the measured thing, with their year, the parties in scope (claims.reader.scope_score).
    A figure after a bloc's name (the catalogue's `blocs` for the language), another country's (in any
    language: claims.entities) or a sector's word is not the parties' turnover."""
    sentence = ctx.sentences[i].text
    folded = ctx.folded[i]
    anchors = find_phrases(folded, claim.cues or claim.topic)
    if not anchors and topic < 1:
        anchors = [(0, 0, "")]  # continued(): the sentence's opening words point back to the subject
    if not anchors:
        return []
    out: list[Reading] = []
    ranks: list[int] = []
    for start, end, amount in find_figures(sentence, lang, claim.measure):
        anchor = min(anchors, key=lambda a: abs(a[0] - start))
        if abs(anchor[0] - start) > FIGURE_REACH:
            continue
        if find_phrases(folded[:start], blocs) or countries_in(sentence[:start], ctx.places) - ctx.party_countries \
                or has(lang, "sector", sentence[:end]):
            continue  # another grouping's or country's figure, or one sector's
        if one_way_figure(folded, start, anchors, lang):
            continue  # "Экспорт России в Иран вырос на 30%, а товарооборот — на 15,5%": the exports' figure
        # the base of a comparison ("un 16 % más que el año anterior", "по сравнению с 2023 годом") gives
        # neither the figure's year nor its tense
        plain = without_bases(sentence, lang)
        if base_figure(sentence, start, lang):
            continue  # the base's own figure ("frente a 4.100 millones en 2023"), as English drops it (is_base_figure)
        digits = plain.translate(DIGITS)
        years = [(abs(m.start() - start), m.group(1)) for m in YEAR.finditer(digits)]
        # an Iranian year named as a year is the figure's period, a period of its own (claims.values.IRANIAN_YEAR)
        solar = [(abs(at - start), iranian_period(y)) for at, y in iranian_years(digits, lang)]
        years = solar or years
        if not years and i and has(lang, "then_year", sentence[:start]):
            # "Тогда товарооборот составил …": the year the previous sentence names
            earlier = ctx.sentences[i - 1].text.translate(DIGITS)
            years = [(0, y) for y in sorted(YEAR.findall(earlier))[-1:]] if not SOLAR_YEAR.search(earlier) else []
        if not years and i and topic < 1 and plain != sentence:
            # a change against a base, with no year of its own, going on about the figure of the sentence before ("По
            # его словам, это на 15,5% больше, чем годом ранее", "Das sind 15,5 Prozent mehr als im Vorjahr"): that
            # figure's year, when it is a whole year's
            years = whole_year_before(ctx, i, lang)
        if not years and ctx.ref:
            # "no ano passado", "в прошлом году": the year before the article's (languages.toml `last_year`)
            years = [(0, str(ctx.ref.year + back)) for kind, back in (("last_year", -1), ("this_year", 0))
                     if has(lang, kind, plain)][:1]
        if not years or (SOLAR_YEAR.search(sentence.translate(DIGITS)) and not solar):
            continue  # a Solar Hijri number that is not named as a year: neither a year nor a sum of ours
        period = min(years)[1]
        if part_of_year(digits, start, period, lang):
            continue  # a figure for some months of the year, not the year's
        year = opening_year(period) or int(period)
        m = estimated(stance(plain, start, end, lang), sentence, lang, year, ctx.ref)
        distance = 0
        if claim.measure == "percent":
            direction = nearest_direction(folded, start, end, lang)
            if direction is None and has(lang, "by_rate", folded[max(0, start - RATE_REACH):start]):
                direction = earlier_direction(folded, start, lang)
            if direction is None:
                continue  # a share, or a direction we cannot tell
            if not claim.change:  # the catalogue says this quantity measures a change
                continue
            kind, distance = direction
            amount = -amount if kind == "down" else amount
        qualifier = qualifier_of(sentence, start, lang) or qualifier_elsewhere(ctx, i, amount, lang, claim.measure)
        scope = scope_score(ctx, i, claim, (start, end))
        if scope <= 0:
            continue
        out.append(make_reading(ctx, i, claim, format_amount(amount, claim, period),
                                sentence[min(anchor[0], start):max(anchor[1], end)], (start, end),
                                topic * scope * 0.9, m, amount=amount, period=period, qualifier=qualifier))
        ranks.append(distance)
    if claim.measure == "percent":  # the figure closest to its word of rise or fall
        return [r for _, r in sorted(zip(ranks, out), key=lambda p: p[0])][:1]
    return out


def whole_year_before(ctx: Context, i: int, lang: str) -> list[tuple[int, str]]:
    """[(0, year)]: the latest Gregorian year the sentence before `i` names, when it names no Solar Hijri year and
    gives no part of that year ("в январе–августе 2025 года"); [] otherwise."""
    earlier = ctx.sentences[i - 1].text.translate(DIGITS)
    found = list(YEAR.finditer(earlier))
    if not found or SOLAR_YEAR.search(earlier):
        return []
    last = max(found, key=lambda m: m.group(1))
    return [] if part_of_year(earlier, last.start(), last.group(1), lang) else [(0, last.group(1))]


def one_way_figure(folded: str, start: int, anchors: list[tuple[int, int, str]], lang: str) -> bool:
    """Is the figure at `start` one direction of trade's, not the measured thing's: the last measure word before
    it (a cue of the claim in `anchors`, or a word of the language's `one_way`: exports, imports) is a one-way
    word with no clause break between it and the figure ("ارتفعت الصادرات الروسية إلى إيران بنسبة 30%", "Rusya'nın
    İran'a ihracatı 2024'te yüzde 30 artarken")? A one-way word inside a cue ("imports and exports") is the cue's."""
    pattern = word_pattern(lang, "one_way")
    if not pattern:
        return False
    ways = [(m.start(), m.end()) for m in pattern.finditer(folded, 0, start)
            if not any(a <= m.start() < b for a, b, _ in anchors)]
    cues = [(a, b) for a, b, phrase in anchors if phrase and b <= start]
    if not ways or (cues and max(cues)[0] > max(ways)[0]):
        return False
    joiners = {fold(w) for w in function_words()[lang]["and"]}
    if len(ways) > 1 and folded[ways[-2][1]:ways[-1][0]].strip() in joiners:
        return False  # "صادرات و واردات", "экспорт и импорт": both directions, the whole trade
    return not CLAUSE_BREAK.search(folded, max(ways)[1], start)


PART_REACH = 40
BASE_WORDS = 3
# a clause break that is no decimal comma ("4,1 млрд")
BASE_END = re.compile(r"[;:؛—–]|[,،](?!\d)")


def without_bases(sentence: str, lang: str) -> str:
    """`sentence` with the base of each comparison blanked (same length, offsets kept): up to BASE_WORDS words
    after one of the language's `compared` words ("más que", "по сравнению с", "نسبت به", "gegenüber"), to
    the clause's end or a number that is no year ("un 16 % más que el año anterior": the year before is what
    the figure is compared with, not its year, and "anterior" there tells no past of the statement;
    "gegenüber dem Vorjahr um 16 Prozent" keeps the figure)."""
    pattern, after = word_pattern(lang, "compared"), word_pattern(lang, "compared_after")
    if not pattern and not after:
        return sentence
    folded = keep_accents(sentence, fold(sentence), lang)
    out = list(sentence)
    for m in pattern.finditer(folded) if pattern else ():
        stop = BASE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        for k, word in enumerate(re.finditer(r"\S+", sentence[m.end():end])):
            token = word.group().translate(DIGITS)
            if k >= BASE_WORDS or (re.search(r"\d", token) and not YEAR.search(token)):
                break
            for c in range(m.end() + word.start(), m.end() + word.end()):
                out[c] = " "
    # a postposition (Turkish "göre"): the base is the words before it
    for m in after.finditer(folded) if after else ():
        opening = max([0] + [b.end() for b in BASE_END.finditer(sentence, 0, m.start())])
        words = list(re.finditer(r"\S+", sentence[opening:m.start()]))
        last = words[-1].group() if words else ""
        if not (YEAR.search(last.translate(DIGITS)) or has(lang, "base_period", last)):
            continue  # "verilerine göre": according to, no comparison
        for k, word in enumerate(reversed(words)):
            token = word.group().translate(DIGITS)
            if k >= BASE_WORDS or (re.search(r"\d", token) and not YEAR.search(token)):
                break
            for c in range(opening + word.start(), opening + word.end()):
                out[c] = " "
    return "".join(out)


def base_figure(sentence: str, start: int, lang: str) -> bool:
    """Is the figure at `start` the base of a comparison, right after a `compared` word ("frente a 4.100
    millones de dólares en 2023", "по сравнению с 4,1 млрд долларов")?"""
    pattern = word_pattern(lang, "compared")
    before = keep_accents(sentence[:start], fold(sentence[:start]), lang).rstrip()
    return bool(pattern and any(m.end() >= len(before) for m in pattern.finditer(before + " ")))


def part_of_year(digits: str, start: int, year: str, lang: str) -> bool:
    """Does the sentence (`digits`: its text with ASCII digits) give the figure at `start` for part of
    `year`: a word of the language's `part_of_year` (months, a quarter, a half) within PART_REACH characters
    of the year nearest the figure ("за девять месяцев 2024 года", "nos primeiros nove meses de 2024",
    "2024 yılının ilk dokuz ayında") or, for a year given by words ("this year"), of the figure; or a run of
    two months named there (dateparser's month names) other than January to December?"""
    # an Iranian year's period ("Iranian year 1403") stands at its number ("در هشت ماه نخست سال ۱۴۰۳")
    number = str(opening_year(year) - IRANIAN_OFFSET) if opening_year(year) else year
    at = min((m for m in (SOLAR_YEAR if number != year else YEAR).finditer(digits) if m.group(1) == number),
             key=lambda m: abs(m.start() - start), default=None)
    # a year given by words, not digits ("bu yılın ilk yarısında", "في النصف الأول من العام الجاري": this
    # year's first half): the part is named next to the figure itself
    where = (at.start(), at.end()) if at is not None else (start, start)
    near = digits[max(0, where[0] - PART_REACH):where[1] + PART_REACH]
    if has(lang, "part_of_year", near):
        return True
    named = months_named(near, lang)
    return len(named) >= 2 and not {1, 12} <= named


MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")


@lru_cache(maxsize=None)
def month_names(lang: str) -> dict[int, tuple[str, ...]]:
    """Month number (1–12) → the month's names, lower-cased, in dateparser's data for `lang` (full names and
    abbreviations); {} when dateparser has none."""
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(lang).info
    except Exception:
        return {}
    return {n: tuple(w.lower() for w in info.get(key, ())) for n, key in enumerate(MONTH_KEYS, 1)}


@lru_cache(maxsize=None)
def month_stems(lang: str) -> tuple[tuple[str, int], ...]:
    """(stem, month number) of the month names (month_names) of four letters or more, less a last letter for
    case endings: Russian "сентябрь" → "сентяб", matching "сентябре"."""
    return tuple((fold(w)[:-1] if len(w) > 4 else fold(w), n) for n, names in month_names(lang).items()
                 for w in names if len(w) >= 4)


def months_named(text: str, lang: str) -> set[int]:
    """The numbers of the months `text` names (month_stems)."""
    words = re.findall(r"\w+", fold(text))
    return {n for w in words for stem, n in month_stems(lang) if w.startswith(stem)}


def estimated(m: Modality, sentence: str, lang: str, year: int, ref: Any) -> Modality:
    """How a figure for `year` is put, given the whole sentence: an estimate or forecast (languages.toml's
    `estimate` words: "по предварительным оценкам", "من المتوقع", "espera-se") of a year that has begun by the
    article's date `ref` is a figure in doubt, not the year's own (hedged: "trade is expected to reach $4.5-5
    billion in 2024; final statistics are not yet released"); a figure for a year after the article's, in a
    sentence with an estimate or a word of the future, is a target or a forecast (future), however far
    the word stands from the figure ("Espera-se que o comércio … chegue a 10 bilhões até 2030")."""
    words = has(lang, "estimate", sentence)
    later = bool(ref and year > ref.year)
    if later and (words or has(lang, "future", sentence)):
        return replace(m, future=True, cues=m.cues + tuple(words[:1]))
    if words and not later and not m.past:
        return replace(m, future=False, hedged=True, cues=tuple(dict.fromkeys(tuple(words[:1]) + m.cues)))
    return m


QUALIFIER_REACH = 25


def qualifier_of(sentence: str, start: int, lang: str) -> str | None:
    """"about" or "over" when a word of the language says so right before the figure at `start`."""
    lead = sentence[max(0, start - QUALIFIER_REACH):start]
    return "about" if has(lang, "about", lead) else ("over" if has(lang, "over", lead) else None)


def qualifier_elsewhere(ctx: Context, i: int, amount: float, lang: str, measure: str) -> str | None:
    """The qualifier another sentence of the article puts on the same figure: "le commerce a augmenté de
    70% en 2021 … notre commerce a augmenté de plus de 70 %" states one figure, more than 70%, once
    rounded off. None unless the article qualifies it one way only."""
    found = {qualifier_of(s.text, start, lang) for j, s in enumerate(ctx.sentences) if j != i
             for start, _, other in find_figures(s.text, lang, measure) if other == abs(amount)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


DIRECTION_REACH = 40


def nearest_direction(folded: str, start: int, end: int, lang: str) -> tuple[str, int] | None:
    """("up" | "down", distance) of the word of rise or fall nearest the figure at [start, end)."""
    best: tuple[int, str] | None = None
    for kind in ("up", "down"):
        pattern = word_pattern(lang, kind)
        for m in pattern.finditer(folded) if pattern else ():
            d = max(m.start() - end, start - m.end(), 0)
            if d <= DIRECTION_REACH and (best is None or d < best[0]):
                best = (d, kind)
    return (best[1], best[0]) if best else None


RATE_REACH = 12


def earlier_direction(folded: str, start: int, lang: str) -> tuple[str, int] | None:
    """("up" | "down", distance) of the last word of rise or fall before the figure at `start` in its clause
    (claims.reader.clause_at), as far as FIGURE_REACH: for a percentage given as the rate of a change ("ارتفع
    حجم التبادل التجاري بين روسيا وإيران بنسبة 16%", the verb first, its subject between)."""
    lo = max(clause_at(folded, (start, start))[0], start - FIGURE_REACH)
    best: tuple[int, str] | None = None
    for kind in ("up", "down"):
        pattern = word_pattern(lang, kind)
        for m in pattern.finditer(folded, lo, start) if pattern else ():
            if best is None or start - m.end() < best[0]:
                best = (start - m.end(), kind)
    return (best[1], best[0]) if best else None


# ---------------------------------------------------------------------------------------------------------
# Office holders
# ---------------------------------------------------------------------------------------------------------

def known_people(catalogue: Catalogue) -> list[dict[str, Any]]:
    """The catalogue's people with their names in other scripts (languages.names), as listed."""
    return list(catalogue.extra.get("languages", {}).get("names", []))  # type: ignore[union-attr]


# (id of the catalogue, its digest, the recorded holders in baseline order) → (the catalogue, its table);
# the catalogue is held so that its id is not reused by another one while the entry lives
_PEOPLE: dict[tuple[Any, ...], tuple[Catalogue, list[dict[str, Any]]]] = {}


def people(catalogue: Catalogue, baseline: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The names table: the catalogue's `[[languages.names]]` (name, offices held, spellings) plus every
    office holder the baseline records (accepted findings included) that it does not list, each holding
    that claim's office. A page's name is matched with these by its spellings or by transliteration.
    Built once per catalogue and set of recorded holders (every article of a run asks for it; building it
    compares names by transliteration, ~2 ms); the table is shared, callers must not change it."""
    persons = {c.id for c in catalogue.claims if c.type == "person"}
    holders = tuple((c, str(b.get("value", "") or "")) for c, b in baseline.items() if c in persons)
    key = (id(catalogue), catalogue.digest, holders)
    if key not in _PEOPLE:
        if len(_PEOPLE) > 64:
            _PEOPLE.clear()
        _PEOPLE[key] = (catalogue, _people(catalogue, baseline, persons))
    return _PEOPLE[key][1]


def _people(catalogue: Catalogue, baseline: dict[str, dict[str, Any]], persons: set[str]) -> list[dict[str, Any]]:
    table = [dict(p) for p in known_people(catalogue)]
    for claim_id, base in baseline.items():
        value = str(base.get("value", "") or "")
        if claim_id not in persons or len(value.split()) < 2:
            continue
        entry = next((p for p in table if same_name(p["name"], value)), None)
        if entry is None:
            table.append({"name": value, "holds": [claim_id], "spellings": []})
        elif claim_id not in entry.get("holds", ()):
            entry["holds"] = list(entry.get("holds", ())) + [claim_id]
    return table


# a word in Cyrillic or Persian/Arabic script, or a capitalised Latin word of five letters or more (a
# transliteration nobody listed: French "Belooussov", German "Peseschkian")
FOREIGN_WORD = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u200c\-]+|(?<![\w-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{4,}")
SCAN_SKELETON = 4  # consonants an Arabic-script word needs before transliteration alone may name a person


def name_spans(sentence: str, folded: str, person: dict[str, Any], lang: str) -> list[tuple[int, int]]:
    """Where `sentence` names `person`: one of its catalogue spellings, or a word in Cyrillic (capitalised),
    Persian/Arabic script or a capitalised Latin word whose transliteration is the person's name
    (claims.names.same_name), so a declined Russian form or a spelling nobody listed still finds the person."""
    spans = [(a, b) for a, b, _ in find_phrases(folded, expand(person.get("spellings", ()), lang))]
    name = person["name"]
    key, arabic = name_key(name), script(name) == "arabic"
    for start, end, kind, word_key in foreign_words(sentence):
        # a Latin word only when its transliteration-folded key is as long as the name's, give or take a letter:
        # shorter near spellings in Latin script are often other people ("Belov" is not "Belousov")
        if same_keys(word_key, key, arabic or kind == "arabic") and (kind != "latin" or abs(len(word_key)
                                                                                          - len(key)) <= 1):
            spans.append((start, end))
    return sorted(set(spans))


# name_spans is asked for every known person in turn about the same sentence (titled_holders, named_alone,
# unknown_holders, ...): the sentence's words are found and keyed once, not once per person (perf21)
@lru_cache(maxsize=1024)
def foreign_words(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, script, name_key) of each word of `sentence` that name_spans compares with a person's name
    (FOREIGN_WORD): four letters or more, a Cyrillic one capitalised, a Persian/Arabic one of SCAN_SKELETON
    consonants or more."""
    out = []
    for m in FOREIGN_WORD.finditer(sentence):
        word = m.group().strip("-\u200c")
        kind = script(word)
        if len(word) < 4 or (kind == "cyrillic" and not word[:1].isupper()):
            continue
        key = name_key(word)
        if kind == "arabic" and len(skeleton(key)) < SCAN_SKELETON:
            continue
        out.append((m.start(), m.end(), kind, key))
    return tuple(out)


NAME_REACH = 45
TENURE_REACH = 140
# "replacing X": the word names the holder right after it (an article or a title may stand between)
PREDECESSOR_REACH = 30
# … or a few words before the title that opens the holder's span, an "acting" between ("сменит исполняющего
# обязанности главы МИД X")
PREDECESSOR_WORDS = 3


def read_people(ctx: Context, i: int, catalogue: Catalogue, lang: str) -> list[Reading]:
    """Office holders: a known person's spelling within NAME_REACH characters of one of the words naming an
    office they are known to have held (its title or its plain name, "президент", "Außenminister"), not
    preceded by a deputy's or another office's word. The value is the person's canonical name. A page that
    names the holder of an office by name alone is read by `named_alone`."""
    sentence = ctx.sentences[i].text
    titled = titled_holders(ctx, i, catalogue, lang)
    # where the other known people's names start, titled or not: a word of a tenure's end before one of them is that
    # one's ("پس از درگذشت حسین امیرعبداللهیان …، محمد مخبر، سرپرست ریاست جمهوری، …": the minister's death, lang24)
    starts = [(p, a) for p in (getattr(ctx, "people", None) or known_people(catalogue)) if titled
              for a, _ in name_spans(sentence, ctx.folded[i], p, lang)]
    out = [make_reading(ctx, i, claim, person["name"], sentence[span[0]:span[1]], span, 0.9,
                        taking_stance(sentence, span, lang, tenure(sentence, span, lang, name, tuple(
                            a for p, a in starts if p is not person and p.get("name") != person.get("name")))))
           for person, claim, span, name in titled]
    out += unknown_holders(ctx, i, catalogue, lang, {r.claim for r in out})
    # a titled holder whose tenure the sentence ends ("… l'accident qui a coûté la vie au président X") leaves the
    # office to the one the sentence says takes it up ("Y a été chargé d'assurer l'intérim de la présidence"), lang19
    out += taking_office(ctx, i, catalogue, lang, {r.claim for r in out if not r.past})
    out += vacancies(ctx, i, catalogue, lang, {r.claim for r in out})
    out += successions(ctx, i, catalogue, lang, {r.claim for r in out if not r.past})
    for claim, person, span in named_alone(ctx, catalogue, lang).get(i, ()):
        out.append(make_reading(ctx, i, claim, person["name"], ctx.sentences[i].text[span[0]:span[1]], span,
                                ALONE_SCORE, tenure(ctx.sentences[i].text, span, lang)))
    return out


SUCCESSION_REACH = 80  # characters between the successor's name and the word of replacing (appositions not counted)
REPLACED_NEXT = 4  # characters between the word of replacing and the replaced person's name ("sustituye a X")


def successions(ctx: Context, i: int, catalogue: Catalogue, lang: str, read: set[str]) -> list[Reading]:
    """A known person said to replace another who held an office both are known to hold ("Araghchi, que obtuvo 247
    votos a favor, sustituye a Ali Bagheri Kani", "Arakçi, … Ali Bakıri Keni'nin yerini alıyor"): the successor
    holds that office, where no title stands beside either name. The replaced one is named right after a word of
    `predecessor` or right before one of `predecessor_after` (Turkish, the case ending between); the successor
    before it in its clause (appositions between commas not counted, at most SUCCESSION_REACH characters), or,
    in a verb-final language, as the sentence's first name. The stance is the word's (a future suffix: "yerini
    alacak"), past with a word of the past before the successor (history). Offices in `read` are not read again."""
    folded, sentence = ctx.folded[i], ctx.sentences[i].text
    marks = [(m.start(), m.end(), kind) for kind in ("predecessor", "predecessor_after")
             for m in (word_pattern(lang, kind).finditer(folded) if word_pattern(lang, kind) else ())]
    if not marks:
        return []
    people = getattr(ctx, "people", None) or known_people(catalogue)
    named = [(p, spans) for p in people for spans in [name_spans(sentence, folded, p, lang)] if spans]
    out: list[Reading] = []
    for w0, w1, kind in marks:
        replaced = [(p, b) for p, spans in named for a, b in spans
                    if (w1 <= given_start(sentence, a, p) <= w1 + REPLACED_NEXT if kind == "predecessor"
                        else b <= w0 <= b + REPLACED_NEXT + 2)]
        if not replaced:
            continue
        old, old_end = replaced[0]
        first = min(named, key=lambda n: n[1][0][0])[0] if lang in VERB_FINAL else None
        for person, spans in named:
            n0, n1 = spans[0]
            if person is old or person.get("name") == old.get("name") or n1 > w0:
                continue
            gap = APPOSITION.sub(" ", sentence[n1:w0])
            if not (person is first or (len(gap) <= SUCCESSION_REACH and not CLAUSE_BREAK.search(gap))):
                continue
            for claim_id in [c for c in person.get("holds", ()) if c in old.get("holds", ())]:
                if claim_id in read or any(r.claim == claim_id for r in out):
                    continue
                claim = catalogue.get(claim_id)
                m = stance(sentence, w0, w1, lang)
                # a word of the past before the successor or between him and the word ("the former minister X");
                # the ends told after it are the replaced one's ("…, quien ocupaba el cargo … desde la muerte de …")
                past = has(lang, "past", sentence[max(0, n0 - PAST_REACH):w0])
                span = (n0, max(w1, old_end))
                out.append(make_reading(ctx, i, claim, person["name"], sentence[span[0]:span[1]], span, 0.85,
                                        Modality(m.negated, m.denied, m.hedged, m.future, bool(past),
                                                 m.cues + tuple(past[:1]))))
    return out


def in_scope(ctx: Context, i: int, party: str) -> bool:
    """Is `party` named by one of its names (not through an office holder's name: see holders_parties) in
    sentence `i`, the one before it, or the article's title?"""
    parties, title = getattr(ctx, "alias_parties", (ctx.parties, ctx.title_parties))
    return party in parties[i] | title or bool(i and party in parties[i - 1])


def titled_holders(ctx: Context, i: int, catalogue: Catalogue, lang: str
                   ) -> list[tuple[dict[str, Any], Claim, tuple[int, int], int]]:
    """(person, claim, span, start of the name) for each known person sentence `i` names next to a word for an
    office they are known to hold (see read_people)."""
    folded = ctx.folded[i]
    sentence = ctx.sentences[i].text
    out = []
    people = getattr(ctx, "people", None) or known_people(catalogue)
    named = [(person, name_spans(sentence, folded, person, lang)) for person in people]
    for person, spells in named:
        if not spells:
            continue
        n_start, n_end = spells[0]
        for claim_id in person.get("holds", ()):
            try:
                claim = catalogue.get(claim_id)
            except KeyError:
                continue
            offices = [h for h in find_phrases(folded, claim.topic + claim.titles)
                       if abs(h[0] - n_start) <= NAME_REACH or abs(h[1] - n_end) <= NAME_REACH
                       or h[0] <= n_start <= h[1]] or counterpart_office(folded, claim, n_start, lang)
            if not offices:
                continue
            office = min(offices, key=lambda h: min(abs(h[0] - n_start), abs(h[1] - n_end)))
            if titles_another(sentence, office, (n_start, n_end), person, named, lang):
                continue
            lead = sentence[max(0, office[0] - 25):office[0]]
            between = sentence[min(office[1], n_end):max(office[0], n_start)]
            if has(lang, "deputy", lead + " " + between + " " + sentence[office[0]:office[1]]):
                continue
            if not in_scope(ctx, i, claim.parties[0]) and not titled_by_name(ctx, i, claim, office, (n_start, n_end), lang):
                continue
            # the span from the given name when the name stands first ("مسعود پزشکیان، رئیس جمهور", where the
            # surname alone is found): the whole name and its title are what a reader highlights
            first = given_start(sentence, n_start, person) if n_start < office[0] else office[0]
            out.append((person, claim, (first, max(office[1], n_end)), n_start))
    return out


def given_start(sentence: str, start: int, person: dict[str, Any]) -> int:
    """Where the person's given names written right before their surname at `start` begin (each word before it,
    a space apart, that writes the given name in the same place of `person`'s name: claims.names.same_given);
    `start` when none does. A spelling of two words ("Bagheri Kani") holds the name's last given word already."""
    givens = str(person.get("name", "")).split()[:-1]
    opening = re.match(r"\w+", sentence[start:])
    if givens and opening and same_given(opening.group(), givens[-1]):
        givens = givens[:-1]
    for given in reversed(givens):
        m = re.search(r"(\w+)\s+$", sentence[:start])
        if not m or not same_given(m.group(1), given):
            break
        start = m.start(1)
    return start


def counterpart_office(folded: str, claim: Claim, n_start: int, lang: str) -> list[tuple[int, int, str]]:
    """The counterpart word right before a name ("… مع نظيره الإيراني عباس عراقجي", "… et son homologue iranien, Abbas
    Araghchi": languages.toml `counterpart`, at most COUNTERPART_GAP words before the name), as its office's span,
    when the words of `claim`'s office (its topic: "وزير الخارجية", "ministre des Affaires étrangères") stand before
    it in the sentence: the one met holds the office of the one named with it, as the English reader's "his Iranian
    counterpart" (claims.offices.counterpart_of). [] otherwise; the party's check is the caller's."""
    pattern = word_pattern(lang, "counterpart")
    if not pattern:
        return []
    for m in pattern.finditer(folded, 0, n_start):
        gap = re.findall(r"\w+", folded[m.end():n_start])
        if len(gap) <= COUNTERPART_GAP and any(h[1] <= m.start() for h in find_phrases(folded[:m.start()], claim.topic)):
            return [(m.start(), m.end(), m.group())]
    return []


COUNTERPART_GAP = 2  # words between a counterpart word and the name (the party's adjective, "son", a given name)


def titles_another(sentence: str, office: tuple[int, int], name: tuple[int, int], person: dict[str, Any],
                   named: list[tuple[dict[str, Any], list[tuple[int, int]]]], lang: str) -> bool:
    """Does the office word at `office` title another known person named between it and the name at `name` ("Il
    presidente russo Vladimir Putin ha definito Raisi …": the title is Putin's, not Raisi's)? Not when the two names
    are joined by the language's `and` ("les présidents Vladimir Poutine et Massoud Pezeshkian": one title for
    both) or the other is the one replaced (`predecessor`, `predecessor_after`). lang19."""
    lo, hi = (office[1], name[0]) if office[1] <= name[0] else (name[1], office[0])
    for other, spells in named:
        if other is person or other.get("name") == person.get("name"):
            continue
        for a, b in spells:
            if lo <= a and b <= hi:
                gap = sentence[b:name[0]] if office[1] <= name[0] else sentence[name[1]:a]
                # (nor when the other is the one replaced: "Rusya Savunma Bakanı Sergey Şoygu'nun yerine Andrey
                # Belousov atandı")
                if not any(has(lang, kind, gap) for kind in ("and", "predecessor", "predecessor_after")):
                    return True
    return False


TITLE_GAP_WORDS = 2  # words a given name may put between a bare title and a known surname ("chanceler Abbas Araghchi")


def titled_by_name(ctx: Context, i: int, claim: Claim, office: tuple[int, int, str], name: tuple[int, int],
                   lang: str = "") -> bool:
    """A title without its country right beside a known holder of that office ("O chanceler Abbas Araghchi se
    reuniu em Moscou com Serguei Lavrov", "Außenminister Abbas Araghtschi traf … Lawrow"): the person decides the
    office's country, as a reader does. Only when the title and the name stand together (at most
    TITLE_GAP_WORDS words between them), and nothing around the title names another party or a third country
    ("o chanceler russo …", "US Secretary of State …")"""
    sentence = ctx.sentences[i].text
    lo, hi = (office[1], name[0]) if office[1] <= name[0] else (name[1], office[0])
    filler = word_pattern(lang, "title_filler")
    between = filler.sub(" ", fold(sentence[lo:hi])) if filler else sentence[lo:hi]
    gap = [w for w in re.findall(r"\w+", sentence[lo:hi]) if fold(w) in between.split()]
    if hi < lo or len(gap) > TITLE_GAP_WORDS or re.search(r"[,;:()]", sentence[lo:hi]):
        return False
    if any(script(w) != "arabic" and not w[:1].isupper() for w in gap):
        return False  # "indicou X para chanceler", "X als Außenminister": a predicate, not a title
    around = sentence[max(0, min(office[0], name[0]) - 25):max(office[1], name[1])]
    folded = fold(around)
    if any(find_phrases(folded, ctx.party_aliases.get(p, ())) for p in ctx.party_aliases if p not in claim.parties):
        return False
    return not countries_in(around, ctx.places) - ctx.party_countries


ALONE_SCORE = 0.6  # below a titled reading's 0.9: the office is inferred from who the person is


def named_alone(ctx: Context, catalogue: Catalogue, lang: str
                ) -> dict[int, list[tuple[Claim, dict[str, Any], tuple[int, int]]]]:
    """Office holders a page names by name alone ("the meeting between Pezeshkian and Putin"), as reporting
    in every language does once the office is known: {sentence index: [(claim, person, span)]}. Read only
    where nothing else can be meant: the person is known for one office only; the sentence names the other
    party (a bilateral statement, not domestic politics); no office or deputy word stands near the name (the
    titled reading or nothing); no sentence of the page names a holder of that office with a title; and the
    page names exactly one known person of that office alone (two would be a history: "after Raisi,
    Pezeshkian"). Computed once per page."""
    cached = getattr(ctx, "_named_alone", None)
    if cached is not None:
        return cached
    persons = [c for c in catalogue.claims if c.type == "person"]
    office_words = tuple(w for c in persons for w in c.topic + c.titles)
    titled: set[str] = set()
    alone: dict[str, dict[str, tuple[int, dict[str, Any], tuple[int, int]]]] = {}
    for i in range(len(ctx.sentences)):
        holders = titled_holders(ctx, i, catalogue, lang)
        titled |= {claim.id for _, claim, _, _ in holders}
        # an office word that titles another holder ("رئیس جمهور روسیه ولادیمیر پوتین … با مسعود پزشکیان") is
        # that holder's, not a title of this name
        taken = [span for _, _, span, _ in holders]
        folded, sentence = ctx.folded[i], ctx.sentences[i].text
        for person in getattr(ctx, "people", None) or known_people(catalogue):
            holds = [c for c in persons if c.id in person.get("holds", ())]
            if len(holds) != 1 or person["name"] in alone.get(holds[0].id, {}):
                continue
            spells = name_spans(sentence, folded, person, lang)
            if not spells:
                continue
            claim, (start, end) = holds[0], spells[0]
            if has(lang, "predecessor", sentence[max(0, start - PREDECESSOR_REACH):start]):
                continue  # the one replaced ("تولى الوزارة خلفا لسيرغي شويغو"), no holder named alone (lang25)
            near = (max(0, start - NAME_REACH), end + NAME_REACH)
            if any(near[0] <= a < near[1] or near[0] < b <= near[1] for a, b, _ in find_phrases(folded, office_words)
                   if not any(t0 <= a and b <= t1 for t0, t1 in taken)):
                continue
            if has(lang, "deputy", sentence[near[0]:near[1]]) or not in_scope(ctx, i, claim.parties[0]):
                continue
            others = set(claim.parties[1:]) or set(catalogue.parties) - {claim.parties[0]}
            if not others & ctx.parties[i] and not titled_before(ctx, i, claim, lang, catalogue):
                continue
            alone.setdefault(claim.id, {})[person["name"]] = (i, person, (start, end))
    out: dict[int, list[tuple[Claim, dict[str, Any], tuple[int, int]]]] = {}
    for claim_id, named in alone.items():
        if claim_id in titled or len(named) != 1:
            continue
        (i, person, span), = named.values()
        out.setdefault(i, []).append((catalogue.get(claim_id), person, span))
    ctx._named_alone = out  # type: ignore[attr-defined]
    return out


def titled_before(ctx: Context, i: int, claim: Claim, lang: str, catalogue: Catalogue) -> bool:
    """Does a sentence before the i-th name the claim's office by one of its titles, which name the office's country
    ("وزیر امور خارجه کشورمان و رافائل گروسی … سندی امضا کردند. عراقچی پس از امضای این سند گفت …"), or by a word of
    the office with its country named ("أكد وزير الدفاع الروسي …"), and no known holder of it (a bare title)? The
    page then tells of that office's holder, whom a later sentence names alone, whatever party that sentence names
    (named_alone), lang25. Not where the title's sentence names a holder ("… آندری بلوسوف … به عنوان وزیر دفاع
    روسیه منصوب شد. … سرگئی شویگو را به دبیری شورای امنیت … منصوب کرده بود": the later name is another's)."""
    parties = getattr(ctx, "alias_parties", (ctx.parties, ctx.title_parties))[0]
    holders = [p for p in getattr(ctx, "people", None) or known_people(catalogue) if claim.id in p.get("holds", ())]
    return any((find_phrases(ctx.folded[j], claim.titles) or (
        claim.parties[0] in parties[j] and find_phrases(ctx.folded[j], claim.topic))) and not any(
        name_spans(ctx.sentences[j].text, ctx.folded[j], p, lang) for p in holders) for j in range(i))


TAKE_REACH = 80  # characters between a known person's name and the office they take up, a verb between them
VERB_LAST = ("de",)  # languages whose clause ends with its verb after the name (claims.languages.taking_office)
# languages whose verb of taking office follows the office it names (claims.languages.taking_stance)
VERB_FINAL = ("tr",)
ADJACENT = 3  # characters between a name and the office's word right after it ("Mohammad Mokhber as funções de")
TAKE_NEXT = 30  # characters between an office's word and a verb of taking it that follows ("سرپرست ریاست جمهوری شد")
DEPUTY_BEFORE = 15  # characters before an office's word a deputy's word makes it the deputy's office


def taking_stance(sentence: str, span: tuple[int, int], lang: str, held: Modality) -> Modality:
    """A titled holder's tenure `held` with the stance of a verb of taking office inside the reading's `span`
    ("Masoud Pezeshkian deverá tomar posse como presidente do Irã": a plan, not the holder yet), or, for an office
    named in the Arabic accusative of a predicate (`accusative`: "من المقرر أن يؤدي X اليمين رئيسا لإيران", he is
    to be sworn in as president), the stance of the span itself: what he becomes, not a title he has (lang20)."""
    pattern = word_pattern(lang, "took_office")
    # a verb-final language's verb after the office that ends the span, in its clause ("X'in cumhurbaşkanlığı
    # görevini üstlenmesi bekleniyor": he is expected to take on the presidency), lang20
    reach = span[1] + len(CLAUSE_BREAK.split(sentence[span[1]:span[1] + TAKE_NEXT])[0]) if lang in VERB_FINAL \
        else span[1]
    verb = pattern.search(fold(sentence), span[0], reach) if pattern else None
    if verb is None and lang == "ar" and ACCUSATIVE_WORD.search(fold(sentence), span[0], span[1]) is not None:
        m = stance(sentence, span[0], span[1], lang)
        return Modality(held.negated or m.negated, held.denied, held.hedged or m.hedged, held.future or m.future,
                        held.past, held.cues + m.cues)
    if verb is None:
        return held
    m = stance(sentence, verb.start(), verb.end(), lang)
    return Modality(held.negated or m.negated, held.denied, held.hedged or m.hedged, held.future or m.future,
                    held.past, held.cues + m.cues)


def taking_office(ctx: Context, i: int, catalogue: Catalogue, lang: str, read: set[str]) -> list[Reading]:
    """Known people (the names table, `people`) said to take up an office they are known to hold, where the
    title reader (titled_holders) finds no title beside the name: the office named further away, past the
    person's former post, or as a post ("a Presidência", "وزارت امور خارجه"). "Masoud Pezeshkian tomou posse
    nesta terça-feira como presidente do Irã", "Исполняющим обязанности президента стал первый вице-президент
    Мохаммад Мохбер", "محمد مخبر معاون اول رئیس جمهور، سرپرست ریاست جمهوری شد", "به عباس عراقچی برای وزارت امور
    خارجه رای اعتماد داد". Read when a verb of taking office (languages.toml `took_office`) stands between the name
    and one of the office's words (its topic, titles or the catalogue's per-language `posts`), at most TAKE_REACH
    characters apart, or within TAKE_NEXT characters after the office's word (Persian puts it last); no deputy's
    word right before the office's word in its clause (that is the post the person held: "first vice-president"),
    no other party named by it ("presidente russo"), the office's party in scope. The stance is the verb's
    (negated, planned, hedged) with the name's tenure (past, nominee)."""
    pattern = word_pattern(lang, "took_office")
    folded, sentence = ctx.folded[i], ctx.sentences[i].text
    verbs = [m.span() for m in pattern.finditer(folded)] if pattern else []
    if not verbs:
        return []
    out: list[Reading] = []
    approve = word_pattern(lang, "approved")
    approving = [m.span() for m in approve.finditer(folded)] if approve else []
    people = getattr(ctx, "people", None) or known_people(catalogue)
    named = [(person, name_spans(sentence, folded, person, lang)) for person in people]
    for person, spells in named:
        if not spells:
            continue
        n0, n1 = spells[0]
        for claim_id in person.get("holds", ()):
            if claim_id in read or any(r.claim == claim_id for r in out):
                continue
            try:
                claim = catalogue.get(claim_id)
            except KeyError:
                continue
            # a sentence naming no party by its own names takes the office's country from the person, who is
            # known to hold it ("Pezeshkian foi empossado presidente"); one naming only another party does not
            if not in_scope(ctx, i, claim.parties[0]) and getattr(ctx, "alias_parties", (ctx.parties,))[0][i]:
                continue
            # an office's duties named for it ("Die Amtsgeschäfte übernahm vorläufig der Erste Vizepräsident X",
            # "ha affidato l'interim al primo vicepresidente X": languages.toml `duties`) are the office the person
            # is known to hold, as its post is
            words = (claim.topic + claim.titles + expand((claim.lang.get(lang) or {}).get("posts", ()), lang)
                     + tuple(function_words().get(lang, {}).get("duties", ())))
            others = tuple(a for p, aliases in ctx.party_aliases.items() if p not in claim.parties for a in aliases)
            offices = sorted((o for o in find_phrases(folded, words) if o[1] <= n0 or o[0] >= n1),
                             key=lambda o: o[0] - n1 if o[0] >= n1 else n0 - o[1])
            for o0, o1, _ in offices:
                lo, hi = (n1, o0) if o0 >= n1 else (o1, n0)
                if hi - lo > TAKE_REACH:
                    break
                first = min(o0, n0)
                # German ends its clause with the verb after the name ("Zum Außenminister wurde der bisherige Vize
                # Ali Bagheri Kani ernannt"): a verb right after the name, the office before it, in the clause
                last = max(o1, n1)
                took = [v for v in verbs if (lo <= v[0] and v[1] <= hi) or o1 <= v[0] <= o1 + TAKE_NEXT
                        # the verb right before both, the name and the office in one clause (not "chargé d'assurer
                        # l'intérim de la présidence, après la mort d'X": X is the other clause's)
                        # (an apposition on the name is no break: "a nomeação de X, um economista sem passado
                        # militar, para ministro da Defesa", lang20)
                        or (first - TAKE_NEXT <= v[0] and v[1] <= first
                            and not CLAUSE_BREAK.search(APPOSITION.sub(" ", sentence[lo:hi])))
                        # the verb further before a name the office follows at once, in one clause ("confiou …
                        # ao primeiro vice-presidente Mohammad Mokhber as funções de chefe do Executivo")
                        or (o0 >= n1 and o0 - n1 <= ADJACENT and first - TAKE_REACH <= v[0] and v[1] <= first
                            and not CLAUSE_BREAK.search(sentence[v[1]:first]))
                        or (lang in VERB_LAST and last <= v[0] <= last + TAKE_NEXT
                            and not CLAUSE_BREAK.search(sentence[last:v[0]]))
                        # a verb approving a nominee (`approved`) closes the clause further on, after a date
                        # and a count ("X پیشنهادی رئیس‌جمهور برای وزارت امور خارجه امروز چهارشنبه … با ۲۴۷
                        # رأی موافق از مجلس رأی اعتماد گرفت", lang21)
                        or (last <= v[0] <= last + TAKE_REACH
                            and any(a[0] <= v[0] < a[1] for a in approving)
                            and not CLAUSE_BREAK.search(sentence[last:v[0]]))]
                lead = CLAUSE_BREAK.split(sentence[max(0, o0 - DEPUTY_BEFORE):o0])[-1]
                if not took or has(lang, "deputy", lead + " " + sentence[o0:o1]):
                    continue
                if others and find_phrases(fold(sentence[max(0, o0 - 25):o1 + 25]), others):
                    continue
                verb = took[0]
                m = stance(sentence, verb[0], verb[1], lang)
                if verb[1] <= first:
                    # a verb or verbal noun before the name and the office: a word of the future after them in
                    # their clause is its stance too ("A nomeação de X para ministro da Defesa ainda precisa do aval
                    # do Conselho", the appointment still needs approval), lang20
                    rest = CLAUSE_BREAK.split(APPOSITION.sub(" ", sentence[last:]))[0]
                    ahead = has(lang, "future", rest)
                    m = replace(m, future=m.future or bool(ahead), cues=m.cues + tuple(ahead[:1]))
                elsewhere = tuple(a for p, sp in named if p is not person for a, _ in sp)
                t = tenure(sentence, (min(o0, n0), max(o1, n1)), lang, n0, elsewhere, taking=True)
                span = (min(o0, n0), max(o1, n1, verb[1]))
                out.append(make_reading(ctx, i, claim, person["name"], sentence[span[0]:span[1]], span, 0.85,
                                        Modality(m.negated, m.denied, m.hedged, m.future or t.future, t.past,
                                                 m.cues + t.cues)))
                break
    return out


def tenure(sentence: str, span: tuple[int, int], lang: str, name: int | None = None,
           others: tuple[int, ...] = (), taking: bool = False) -> Modality:
    """Past when a word of the past or of a tenure that ended is near the office holder at `span` ("the crash
    that killed President X", "condolences on the death of X"), or a word naming who comes next stands right
    before the name, which starts at `name` (default: the span's start) ("replacing X", "substituindo X": the
    `predecessor` words); else a plain present statement. `others`: where the sentence names other known people
    (tenure_ended); `taking`: the holder is said to take the office up (taking_office), so an end told before him
    after a word of `upon` is his predecessor's (tenure_ended)."""
    name = span[0] if name is None else name
    # an apposition between the name and the office tells another post ("Abbas Araghchi, ex negoziatore
    # dell'accordo nucleare, è il nuovo ministro"): its word of the past is not the office's
    inner = APPOSITION.sub(",", sentence[span[0]:span[1]])
    near = sentence[max(0, span[0] - PAST_REACH):span[0]] + inner + sentence[span[1]:span[1] + PAST_REACH]
    past = bool(has(lang, "past", near) or tenure_ended(sentence, span, lang, others, name if taking else None)
                # right before the name or before the title that opens the span ("сменит исполняющего обязанности
                # главы МИД Али Багери Кани": the acting minister is replaced)
                or has(lang, "predecessor", " ".join(sentence[:min(name, span[0])].split()[-PREDECESSOR_WORDS:]))
                or has(lang, "predecessor", sentence[max(0, name - PREDECESSOR_REACH):name])
                or replaced_after(sentence, span[1], lang))
    # put forward for the office, not yet in it ("indicou X para chanceler", "кандидатуру X на пост"): a plan;
    # not the one who put others forward ("le gouvernement proposé par le président X")
    # after the office holder, his own clause only ("aprovou X como novo ministro, numa votação em que os 19 nomes
    # propostos pelo Presidente foram confirmados": the others were proposed)
    own = (sentence[max(0, span[0] - PAST_REACH):span[0]] + inner
           + CLAUSE_BREAK.split(sentence[span[1]:span[1] + PAST_REACH])[0])
    # a verb approving him right after his name and title ("به عباس عراقچی، وزیر پیشنهادی امور خارجه، رأی اعتماد
    # دادند": languages.toml `approved`, past and asserted) puts the nominee in office; or closing his own clause
    # further on, where a verb-final language puts it after a date and a count ("X پیشنهادی رئیس‌جمهور برای وزارت
    # امور خارجه امروز … با ۲۴۷ رأی موافق از مجلس رأی اعتماد گرفت", lang21)
    approved = has(lang, "approved", sentence[span[1]:span[1] + APPROVED_REACH]) or has(
        lang, "approved", CLAUSE_BREAK.split(sentence[span[1]:span[1] + APPROVED_CLAUSE_REACH])[0])
    nominee = not past and bool(has(lang, "nominee", own)) and not proposer(sentence, span, name, lang) \
        and not approved
    return Modality(False, False, False, nominee, past, ("past",) if past else ("nominee",) if nominee else ())


APPOSITION = re.compile(r",[^,]*,")
APPROVED_REACH = 50  # characters after an office holder's span where a verb approving a nominee stands
APPROVED_CLAUSE_REACH = 160  # characters after it where his own clause (up to a comma) may close with that verb


def proposer(sentence: str, span: tuple[int, int], name: int, lang: str) -> bool:
    """Is the office holder at `span` (his title or name starting at `name`) the one who put someone forward: a
    word of the agent (languages.toml's `agent`: "par", "von", "por") right before him, with a word of putting
    forward (`nominee`) right before that ("proposé par le président X") or after him in the clause ("das von
    Präsident X vorgeschlagen wurde")?"""
    nominee, agent = word_pattern(lang, "nominee"), word_pattern(lang, "agent")
    if nominee is None or agent is None:
        return False
    before = fold(sentence[max(0, name - PAST_REACH):name]).split()
    # the agent word, then at most the title's words ("par le président X", "von Präsident X")
    at = next((k for k in range(len(before) - 1, max(-1, len(before) - 5), -1) if agent.fullmatch(before[k])), None)
    if at is None:
        return False
    if nominee.search(" ".join(before[max(0, at - 2):at])):
        return True
    after = CLAUSE_BREAK.split(sentence[span[1]:span[1] + PAST_REACH])[0]
    return bool(nominee.search(fold(after)))


def replaced_after(sentence: str, end: int, lang: str) -> bool:
    """Does a word naming whom someone replaced follow the name ending at `end`, its case ending attached
    ("Şoygu'nun yerine": in Shoigu's place; languages.toml's `predecessor_after`)? Then that person held the
    office before."""
    pattern = word_pattern(lang, "predecessor_after")
    after = re.sub(r"^['’]\w+", "", sentence[end:end + PREDECESSOR_REACH]).lstrip()
    return bool(pattern and pattern.match(fold(after)))


def tenure_ended(sentence: str, span: tuple[int, int], lang: str, others: tuple[int, ...] = (),
                 name: int | None = None) -> bool:
    """Is a word of a tenure that ended (languages.toml's `tenure_end`: died, crash, resigned) within
    TENURE_REACH characters of the office holder at `span`, and not after a word naming whom the holder
    replaced ("Pezeshkian … substituiu Ebrahim Raisi, morto num acidente": the one who died is the
    predecessor), nor another person's end told after the holder: the word followed by another name
    ("tras la muerte de Raisi"; in any script, a known person whose name starts at one of `others`, a title
    between: "بعد مقتل الرئيس إبراهيم رئيسي") and that end's circumstances after it ("… in the crash"), nor an end
    after a word of `upon` in a clause of its own before the name of a holder said to take the office up (which
    starts at `name`; None: not such a holder), nor an end told before the holder of another person, or that
    end's circumstances after it ("پس از شهادت حسین امیرعبداللهیان در حادثه سقوط بالگرد، … محمد مخبر …")?"""
    start = max(0, span[0] - TENURE_REACH)
    window = keep_accents(sentence, fold(sentence), lang)[start:span[1] + TENURE_REACH]
    pattern = word_pattern(lang, "tenure_end")
    upon = word_pattern(lang, "upon")
    other = None  # where another person's end, after the holder, was told
    told_before = False  # another person's end was told before the holder
    for m in pattern.finditer(window) if pattern else ():
        at = start + m.start()
        if at > span[1] and has(lang, "predecessor", sentence[span[1]:at]):
            continue
        end = start + m.end()
        if at > span[1] and (OTHERS_NAME.match(sentence[end:end + 30])
                             or any(end <= o <= end + OTHER_REACH and not CLAUSE_BREAK.search(sentence[end:o])
                                    for o in others)):
            other = at
            continue  # "tras la muerte de Raisi", "condolências de Putin": another person's death or words
        if other is not None and at > other:
            continue  # that death's own circumstances ("após a morte de Raisi na queda do helicóptero")
        if end <= span[0] and any(end <= o < span[0] for o in others):
            told_before = True
            continue  # another person's end told before the holder ("l'accident qui a coûté la vie au président X
            # …, a annoncé le guide suprême Y": X's, not Y's), lang19
        if told_before and end <= span[0]:
            continue  # ... and its circumstances after that name ("پس از شهادت حسین امیرعبداللهیان در حادثه سقوط
            # بالگرد …، با حکم محمد مخبر، سرپرست ریاست جمهوری، …": the crash is the minister's end), lang24
        before = window[:m.start()].rstrip()
        if name is not None and end <= span[0] and CLAUSE_BREAK.search(sentence[end:max(span[0], name)]) \
                and upon and any(u.end() == len(before) for u in upon.finditer(before)):
            continue  # the end after which the holder came, in a clause of its own before him ("در پی شهادت
            # رئیس‌جمهور، محمد مخبر …": following the president's death, X …; languages.toml `upon`), lang20
        return True
    return False


def holders_left(ctx: Context, catalogue: Catalogue, baseline: dict[str, dict[str, Any]],
                 readings: list[Reading]) -> list[Reading]:
    """A recorded holder named as leaving office, in a language read by words ("O presidente iraniano Ebrahim
    Raisi morreu", "Der iranische Präsident Ebrahim Raisi ist ums Leben gekommen", "Президент Ирана Эбрахим Раиси
    погиб"): the reading of the holder negated, reported as "not <holder>", as the English parse reads it
    (claims.analysis.vacated). The holder's reading was made past by a verb of leaving office (languages.toml's
    `left_office`, not the nouns of `tenure_end` such as "crash" or "condolences") within TENURE_REACH characters
    of the name, not followed by another person's name nor after a word naming whom he replaced; not where a word
    of the past or a deputy stands near the name ("the former president … died"), where the sentence names
    another known holder of the office (told of the successor), nor where the article names another holder of
    the office in the present (who says more than "not X"). A word of hedge or denial in the
    sentence keeps the end in doubt. [] for English (the parse reads it) and languages not read here."""
    lang = getattr(ctx, "lang", "en")
    pattern = word_pattern(lang, "left_office") if supported(lang) else None
    if pattern is None:
        return []
    out: list[Reading] = []
    for r in readings:
        claim = catalogue.get(r.claim)
        if claim.type != "person" or not r.past or r.negated or r.future or any(o.claim == r.claim for o in out):
            continue
        if not same_person(r.value, str(baseline.get(r.claim, {}).get("value", "") or "")):
            continue
        if any(o.claim == r.claim and not (o.past or o.future or o.negated) and not same_person(o.value, r.value)
               for o in readings):
            continue
        i = next((k for k, s in enumerate(ctx.sentences) if s.start == r.start), None)
        if i is None:
            continue
        s = ctx.sentences[i]
        sentence, span = s.text, (r.cue_start - s.start, r.cue_end - s.start)
        near = sentence[max(0, span[0] - PAST_REACH):span[1] + PAST_REACH]
        if has(lang, "past", near) or has(lang, "deputy", sentence[max(0, span[0] - 25):span[0]]):
            continue
        if any(r.claim in person.get("holds", ()) and not same_person(person["name"], r.value)
               and name_spans(sentence, ctx.folded[i], person, lang) for person in getattr(ctx, "people", ())):
            continue  # "Pezeshkian, élu après la mort du président Raïssi, …": told of his successor
        verb = left_office_verb(sentence, span, lang, pattern)
        if verb is None:
            continue
        hedged, denied = bool(has(lang, "hedge", sentence)), bool(has(lang, "denial", sentence))
        out.append(make_reading(ctx, i, claim, r.value, sentence[verb[0]:verb[1]], verb, 0.75,
                                Modality(True, denied, hedged, False, False, (fold(sentence[verb[0]:verb[1]]),))))
    return out


def left_office_verb(sentence: str, span: tuple[int, int], lang: str, pattern: re.Pattern[str]
                     ) -> tuple[int, int] | None:
    """The span of the verb of leaving office (`pattern`) nearest the name at `span` within TENURE_REACH, not
    followed by another person's name ("tras la muerte de Raisi") nor standing after a word naming whom the
    holder replaced; None when there is none."""
    start = max(0, span[0] - TENURE_REACH)
    window = keep_accents(sentence, fold(sentence), lang)[start:span[1] + TENURE_REACH]
    found = []
    for m in pattern.finditer(window):
        at, to = start + m.start(), start + m.end()
        if at > span[1] and has(lang, "predecessor", sentence[span[1]:at]):
            continue
        if OTHERS_NAME.match(sentence[to:to + 30]):
            continue
        found.append((at, to))
    return min(found, key=lambda v: abs(v[0] - span[0])) if found else None


# a word of death or mourning followed by a person's name ("de Raisi", "von Raisi", "of Raisi"): that person's,
# in a script with capitals
OTHER_REACH = 30  # characters between a word of a tenure's end and another known person's name it tells of (a title and
# a given name between: "a coûté la vie au président Ebrahim Raïssi", lang19)
OTHERS_NAME = re.compile(r"\s*(?:(?:de|do|da|dos|del|des|di|du|of|von|der)\s+|d['’])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")


VACANT = "vacant"  # as claims.offices.VACANT
VACANCY_REACH = 80  # characters between an office's word and the verb that says its holder left it
VACANCY_SCORE = 0.7  # below a named holder's 0.9: a name says who holds the office now


def vacancies(ctx: Context, i: int, catalogue: Catalogue, lang: str, read: set[str]) -> list[Reading]:
    """Offices whose holder sentence `i` names by title alone as having left them ("o presidente iraniano X e o
    chanceler morreram", "глава МИД страны погиб", "رئیس جمهور و وزیر امور خارجه … جان باختند"): the office's word
    (its `topic` or `titles`) within VACANCY_REACH characters of a verb of leaving office (languages.toml's
    `left_office`: died, were killed, resigned; not the nouns of `tenure_end` such as "crash" or "condolences"),
    the value VACANT. Only where one office of that word has its party in scope (named in the sentence, the one
    before or the title, or implied by the language), no name stands right after the word (a capitalised word
    in a script with capitals), nothing marks it past or another country's or a deputy's, and no holder of
    that office is read in the sentence; a verb followed by a known person's name ("پس از جان باختن سید ابراهیم
    رئیسی، رهبر …", "la mort de Raisi") tells that person's end and vacates no office by itself (lang24)."""
    pattern = word_pattern(lang, "left_office")
    folded, sentence = ctx.folded[i], ctx.sentences[i].text
    if pattern is None or not pattern.search(folded):
        return []
    # a verb or verbal noun followed by a known person's name tells that person's end ("پس از جان باختن سید ابراهیم
    # رئیسی، رهبر … اعلام کرد": after Raisi's death, the Leader announced; "la mort de Raisi"), not the office word's
    named = [a for person in getattr(ctx, "people", ()) for a, _ in name_spans(sentence, folded, person, lang)]
    verbs = [m.span() for m in pattern.finditer(folded)
             if not OTHERS_NAME.match(sentence[m.end():m.end() + 30])
             and not any(m.end() <= a <= m.end() + OTHER_REACH and not CLAUSE_BREAK.search(sentence[m.end():a])
                         for a in named)]
    if not verbs:
        return []
    out: list[Reading] = []
    persons = [c for c in catalogue.claims if c.type == "person" and c.id not in read]
    by_word: dict[tuple[int, int], list[Claim]] = {}
    for claim in persons:
        for start, end, _ in find_phrases(folded, claim.topic + claim.titles):
            if any(abs(v0 - end) <= VACANCY_REACH or abs(start - v1) <= VACANCY_REACH for v0, v1 in verbs):
                if claim not in by_word.setdefault((start, end), []):
                    by_word[(start, end)].append(claim)
    # the longest office word at a place only ("глава МИД страны", not also "глава")
    spans = [k for k in by_word if not any(o != k and o[0] <= k[0] and k[1] <= o[1] for o in by_word)]
    for start, end in spans:
        claims_here = [c for c in by_word[(start, end)] if in_scope(ctx, i, c.parties[0])]
        if len(claims_here) != 1:
            continue
        claim = claims_here[0]
        after = sentence[end:end + 30].lstrip(" ,")
        if re.match(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+", after) and not find_phrases(fold(after[:20]), tuple(
                a for p in claim.parties for a in ctx.party_aliases.get(p, ()))):
            continue  # a name after the title: read as a holder, not a vacancy
        near = sentence[max(0, start - 25):end + 25]
        if has(lang, "past", near) or has(lang, "deputy", near) or countries_in(near, ctx.places) - ctx.party_countries:
            continue
        out.append(make_reading(ctx, i, claim, VACANT, sentence[start:end], (start, end), VACANCY_SCORE,
                                Modality(False, False, False, False, False, ("vacant",))))
    return out


# two or three capitalised Cyrillic words (a first name and a surname, hyphenated parts allowed) right after
# an office's title: "президент Ирана Дарий Каримзаде"
CYRILLIC_NAME = re.compile(r"\s+((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")


def unknown_holders(ctx: Context, i: int, catalogue: Catalogue, lang: str, read: set[str]) -> list[Reading]:
    """Office holders nobody listed, in a script with capitals (Cyrillic): the full name written right after
    a title that names the office and its country ("президент Ирана", the claim's `titles`), its value the
    Latin transliteration of the name in the nominative (claims.names.latin), which claims.names.canonical
    then joins with a name the baseline or the run knows. Persian and Arabic write no capitals, so a name
    there cannot be told from the words around it without a parser for the language: only known people
    (`people`) are read in those scripts."""
    if lang != "ru":
        return []
    folded, sentence = ctx.folded[i], ctx.sentences[i].text
    out: list[Reading] = []
    for claim in catalogue.claims:
        if claim.type != "person" or claim.id in read:
            continue
        for start, end, _ in find_phrases(folded, claim.titles):
            m = CYRILLIC_NAME.match(sentence, end)
            if not m or has(lang, "deputy", sentence[max(0, start - 25):end]):
                continue
            words = m.group(1).split()
            if any(find_phrases(fold(w), ctx.party_aliases.get(p, ())) for w in words for p in claim.parties):
                continue  # "президент России Путин" is not a name "России Путин"
            span = (start, m.end())
            out.append(make_reading(ctx, i, claim, latin(m.group(1)), sentence[span[0]:span[1]], span, 0.85,
                                    tenure(sentence, span, lang)))
            break
    return out


def relevant(text: str, catalogue: Catalogue, lang: str, window: int = 400) -> bool:
    """Is a page in `lang` about the parties (claims.relevance.is_relevant, with the language's aliases):
    every party named twice, or all named within `window` characters of each other; or does it name a tracked
    claim's subject (or office) in `lang` with each of that claim's parties named or implied by the language
    (the catalogue's `implied`: Iranian domestic news in Persian need not say "Iran"), as
    claims.reader.mentions_tracked_claim does for English."""
    if not supported(lang):
        return False
    own = for_language(catalogue, lang)
    folded = keep_accents(text, fold(text), lang)
    mentions = {name: [s for s, _, _ in find_phrases(folded, aliases)] for name, aliases in own.parties.items()}
    if parties_together(list(mentions.values()), window):
        return True
    implied = set(catalogue.extra.get("languages", {}).get(lang, {}).get("implied", ()))  # type: ignore[union-attr]
    present = {name for name, found in mentions.items() if found} | implied
    return any(set(claim.parties) <= present and find_phrases(folded, claim.titles if claim.type == "person"
                                                              else claim.topic)
               for claim in own.claims)


