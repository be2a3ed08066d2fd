"""Readings restated with the stance the dependency parse gives them (claims.grammar): negation, hedging,
attribution, denial and plans scoped by the verbs that govern the cue, replacing what a character window
around the cue guessed about hedges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any, Sequence

from claims.cues import cue_groups, match_lemma_cues
from claims.grammar import (LEXICON, Voices, chain, cue_token, finite_relative, governing_verb, in_other_clause,
                            misstated, own_field, read_stance, revision_dates, revision_word, statement_subjects)
from claims.values import CURRENCY_WORDS, reported_clause, NEGATION_LABELS, entity_dates, find_dates, whole_year, whole_year_span
from claims.nlp import PipelineUnavailable, parse

# Claim types whose statements are read for stance (an office named next to a name is a fact whatever the
# verb does: "President X will visit").
STANCE_TYPES = ("status", "event", "quantity")
# Hedge labels of the character-window reader that the parse now decides.
WINDOW_HEDGES = {"according to sources", "sources said", "is said to", "is believed to", "appears to", "seems to",
                 "reportedly", "allegedly", "purportedly", "rumoured", "unconfirmed", "speculation", "claimed",
                 "suggested", "may", "might", "could", "possibly", "perhaps", "unlikely", "likely", "unclear",
                 "would", "if"}


def sentences_to_parse(readings: Sequence[Any], catalogue: Any) -> list[tuple[int, int]]:
    """(start, end) document offsets of the sentences whose readings need a stance: the prefilter that keeps
    the parse to the sentences that matter."""
    spans = {(r.start, r.end) for r in readings if catalogue.get(r.claim).type in STANCE_TYPES}
    return sorted(spans)


def statement_date(doc: Any, ref: dt.date | None, lang: str = "en",
                   span: tuple[int, int] | None = None) -> tuple[str | None, bool]:
    """The statement's own date from the DATE entities of its parsed sentence: a date that modifies a noun
    ("the 2015 nuclear deal") names the thing, not the time of the statement, and "today" is the article's
    date; with the cue's `span`, a date inside a finite relative clause that does not hold the cue dates that
    clause's act ("ratified the treaty, which the presidents signed in January": the ratification is not of
    January). (latest ISO date or None, whether the parse read anything the character reader could not)."""
    words = LEXICON.get(lang, {})
    found: list[dt.date] = []
    decided = False
    others = other_relative_clauses(doc, span) if span is not None else set()
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and ent.root.head.pos_ in ("NOUN", "PROPN") \
                and ent.root.head.i not in range(ent.start, ent.end):
            decided = True  # names the thing ("the 2015 deal")
            continue
        if ent.root.i in others:
            decided = True  # another act's date, told in a relative clause on a noun
            continue
        if ent.text.lower() in words.get("today", ()) and ref is not None:
            found.append(ref)
            decided = True
            continue
        dates = [d for m in entity_dates(ent, ref) if not m.relative and (d := m.as_date()) is not None]
        # a date only the entity tells (a bare "2023" with no word of time before it, "2022-09")
        decided = decided or (bool(dates) and not find_dates(ent.text, ref))
        found += dates
    return (max(found).isoformat() if found else None), decided


def conditioned(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Does the verb of the cue at `span` carry a clause of condition ("would not go ahead if the strikes
    continued", "unless …"): what it says is supposed, not told? Source: the advcl and mark relations of spaCy's
    English parse; the subordinators are claims.grammar LEXICON `condition`."""
    token = cue_token(doc[:], *span)
    words = LEXICON.get(lang, {}).get("condition", frozenset())
    if token is None or not words:
        return False
    verb = governing_verb(chain(token))
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words for m in c.children)
               for c in verb.children)


def other_relative_clauses(doc: Any, span: tuple[int, int]) -> set[int]:
    """The tokens of the sentence's relative clauses set off by a comma that do not hold the cue at `span`: a relcl
    on a noun opening after a comma, or the words from a relative pronoun after a comma (", which", ", who": tags
    WDT, WP, WP$) to the next comma or the end (the small model may hang ", which the two presidents signed in
    January" on the noun as an appositive). A restrictive clause ("the offer we made in August to extend the
    timeline of the snapback process") is left dating its sentence: a first form that took it too undated that
    sentence, whose extension then read as still to come and disputed the snapback an article reports done."""
    cue = cue_token(doc[:], *span)
    if cue is None:
        return set()
    mine = {t.i for t in chain(cue)}
    out = set()
    for clause in doc:
        if clause.dep_ == "relcl" and clause.i not in mine and clause.head.pos_ in ("NOUN", "PROPN"):
            first = min(t.i for t in clause.subtree)
            if first > 0 and doc[first - 1].text == ",":
                out |= {t.i for t in clause.subtree}
    for pronoun in doc:
        if pronoun.tag_ in ("WDT", "WP", "WP$") and pronoun.i > 0 and doc[pronoun.i - 1].text == ",":
            end = next((t.i for t in doc[pronoun.i + 1:] if t.is_punct and t.text in (",", ";", ".", ":")), len(doc))
            if not pronoun.i <= cue.i < end:
                out |= set(range(pronoun.i, end))
    return out


def restate(readings: list[Any], text: str, catalogue: Any, docs: dict[tuple[int, int], Any],
            lang: str = "en", ref: dt.date | None = None) -> list[Any]:
    """Each reading with negated / hedged / attributed / denied / future from the parse of its sentence
    (`docs`: parsed sentences by their document offsets), and its date read from the parse where the parse
    tells more (`ref`: the article's date). A reading whose sentence was not parsed is kept."""
    from claims.reader import fold, negated_modal
    from claims.values import read_modality

    out = []
    for reading in readings:
        doc = docs.get((reading.start, reading.end))
        if reading.gapped is not None and (doc is None or not gapped_in_parse(doc, reading)):
            continue  # a remnant the parse does not show to be gapped is another clause: not this claim's
        if reading.acting and (doc is None or not acts_in_parse(doc, reading, catalogue.get(reading.claim))):
            continue  # the subject is not the agent of a completed act: nothing said of its state
        if reading.needs_date and doc is None:
            continue  # a noun of the event, with no parse to date it
        if doc is None or catalogue.get(reading.claim).type not in STANCE_TYPES:
            out.append(reading)
            continue
        claim = catalogue.get(reading.claim)
        local = (reading.cue_start - reading.start, reading.cue_end - reading.start)
        if local == (0, len(doc.text)):
            local = reported_content(doc) or local  # a reading by meaning: the whole sentence is its cue
        if about_another_thing(doc, local, claim, reading.cue) or not whole_period(doc, local, claim, reading, lang) \
                or object_is_another_thing(doc, local, claim, getattr(catalogue, "referents", ())) \
                or names_a_set(doc, local, claim) \
                or modifies_another_thing(doc, claim) or on_another_claims_subject(doc, local, claim, catalogue) \
                or another_document_of_its_kind(doc, claim) \
                or (reading.value == getattr(claim, "acting", None) and signed_by_a_body(doc, local, claim, catalogue)) \
                or in_another_claims_clause(doc, local, claim, catalogue) \
                or under_the_thing(doc, local, claim, lang, reading.value) \
                or talked_about(doc, local, lang) or signed_by_another_side(doc, local, claim) \
                or denier_label(doc, local, lang) \
                or misstated(cue_token(doc[:], *local), lang) or withdrawn(doc, local, lang) \
                or (reading.gapped is None
                                                          and another_countrys_act(doc, local, claim, catalogue)):
            continue
        stance = read_stance(doc[:], *local, lang, voices_of(catalogue))
        if stance is None:
            out.append(reading)
            continue
        if reading.cue and negated_modal(read_modality(fold(reading.cue))) \
                and not conditioned(doc, local, lang):
            # the cue's own "would not" ("the round would not go ahead"): the parse's future on its verb is the cue's
            # meaning, a cancellation now, not a plan (claims.reader.negated_modal; en23)
            stance = replace(stance, future=False)
        unconfirmed = non_confirmation(doc, local, lang) or non_confirmation(next_doc(docs, text, reading.end), None,
                                                                            lang) \
            if claim.type in DENIABLE_TYPES and not (reading.negated or stance.negated) else None
        if unconfirmed:
            stance = replace(stance, hedged=True, words=stance.words + (unconfirmed,))
        cues = tuple(c for c in reading.cues if c not in WINDOW_HEDGES or stance.hedged) + stance.words
        before = state_before(claim, reading, stance)
        if before is not None:
            # "in the process of admitting Iran", "in the final stages of signing": the step before is a fact
            reading, stance = replace(reading, value=before), replace(stance, future=False)
            cues += ("under way",)
        during = part_done(doc, local, claim, reading, lang)
        if during is not None:
            # "completed the first section of the railway": the whole is still in its process state
            reading = replace(reading, value=during)
            cues += ("a part of it",)
        above_relative = negation_above_relative(doc, local, lang)
        positive = next((s.value for s in getattr(claim, "states", ()) if s.negative == reading.value), None) \
            if above_relative and not NEGATION_IN_CUE_WORDS.search(reading.cue) else None
        if positive is not None and any(c in NEGATION_LABELS for c in reading.cues):
            # the window read the negation above the relative clause into the state's negative: the clause's own
            # state is asserted
            reading = replace(reading, value=positive)
            cues = tuple(c for c in cues if c not in NEGATION_LABELS)
        dated, decided = statement_date(doc, ref, lang, local)
        if reading.needs_date and not dated_near(doc, ref):
            continue  # "since the collapse of the deal": a noun of the event, not dated near the article
        elsewhere = doubt_elsewhere(doc, local)
        # a gapped remnant ("X and Y joined in 2017, and Iran in 2023") has a date of its own, not its verb's
        own = own_date(doc, local, ref) if reading.gapped is None else None
        revised = claim.type == "quantity" and revised_figure(doc, local, lang) is not None
        if revised:
            # "revised the 2024 figure … in May": the revision's own date is when it was said (the figure's
            # period stays its object's)
            when = revision_date(doc, ref, lang)
            dated, decided = (when, True) if when else (dated, decided)
        if (reading.future or stance.future) and past_relative(doc, local):
            # "preparing for … under the agreement the two sides signed last December": the plan above is not the
            # relative clause's, whose act is done
            reading, stance = replace(reading, future=False), replace(stance, future=False)
        if reading.future and not stance.future and plan_only_in_relative(doc, local):
            reading = replace(reading, future=False)  # "a round that was due to be held … has been called off"
        read = replace(reading, dated=dated if decided else reading.dated, hedged=stance.hedged, own_dated=own,
                       revised=revised,
                       attributed=stance.attributed, denied=(reading.denied and not elsewhere) or stance.denied,
                       doubt_parsed=elsewhere, future=reading.future or stance.future,
                       past=reading.past or stance.past or (
                           (reading.denied or stance.denied) and denied_before(doc, local, lang)),
                       negated=(reading.negated and not above_relative)
                       or (stance.negated and not reading.negated and negatable(reading, claim)),
                       cues=tuple(dict.fromkeys(cues)))
        out.append(presupposed(claim, sequel_of_a_process(claim, not_yet(claim, read), doc, lang), doc, ref))
    return out


def past_relative(doc: Any, span: tuple[int, int]) -> bool:
    """Is the cue at `span` the verb of a relative clause in the simple past of its own ("preparing for duty-free
    access under the agreement the two sides signed in St Petersburg last December": the signing is done, whatever
    plan the main clause tells; en23)? A subject of its own and no auxiliary but a past one: the small model tags
    such a verb VBN as often as VBD. Source: spaCy's English parse (relcl, nsubj, aux, MD)."""
    cue = cue_token(doc[:], *span)
    if cue is None:
        return False
    verb = governing_verb(chain(cue))
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ != "VBD" for c in auxiliaries):
        return False  # "will sign", "is to sign", "has signed", "would be signed": not the simple past
    return verb.tag_ == "VBD" or any(c.dep_ == "nsubj" for c in verb.children) or bool(auxiliaries)


def plan_only_in_relative(doc: Any, span: tuple[int, int]) -> bool:
    """Do the words of a plan the character window read before the cue at `span` (claims.values.read_modality over
    claims.languages FUTURE_REACH characters) lie only in a relative clause on a noun that does not hold the cue ("A
    sixth round of nuclear talks … that was due to be held in Muscat on Sunday has been called off": the round was
    planned, the calling off is done; en22)? The window is read again without such clauses' words."""
    from claims.languages import FUTURE_REACH
    from claims.reader import fold, negated_modal
    from claims.values import read_modality

    cue = cue_token(doc[:], *span)
    if cue is None:
        return False
    mine = {t.i for t in chain(cue)}
    start = max(0, span[0] - FUTURE_REACH)
    inside = {t.i for c in doc if c.dep_ in ("relcl", "acl") and c.i not in mine and c.head.pos_ in ("NOUN", "PROPN")
              for t in c.subtree}
    window = [t for t in doc if t.idx >= start and t.idx < span[0]]
    if not any(t.i in inside for t in window):
        return False
    own = doc.text[span[0]:span[1]]
    if negated_modal(read_modality(fold(own))):
        own = ""  # the cue's own "would not go ahead" is its meaning, no plan (restate; en23)
    rest = " ".join(t.text for t in window if t.i not in inside) + " " + own
    return not read_modality(rest).future


def negation_above_relative(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Is every negation before the cue in its sentence the negation of a verb above a finite relative clause
    that holds the cue ("The figures do not include the drones Iran has sent to Russia": "not" denies the
    including, and the relative clause asserts the sending)? The character reader's window then read another
    act's negation; read_stance already leaves the words above such a clause to their own act."""
    words = LEXICON.get(lang)
    cue = cue_token(doc[:], *span)
    if words is None or cue is None:
        return False
    path = chain(cue)
    k = next((k for k, t in enumerate(path[:-1]) if finite_relative(t)), None)
    if k is None:
        return False
    above = {t.i for t in path[k + 1:]}
    negations = [t for t in doc if t.i < cue.i and t.lemma_.lower() in words["negation"]]
    return bool(negations) and all(t.dep_ == "neg" and t.head.i in above for t in negations)


def revision_date(doc: Any, ref: dt.date | None, lang: str = "en") -> str | None:
    """The latest date of a revision in the parsed sentence `doc` (claims.grammar.revision_dates: "in May", "this
    week" on a verb of revision whose object names its period), resolved against the article's date `ref`; ISO
    or None."""
    spans = revision_dates(doc, lang)
    found = [d for ent in doc.ents if (ent.start_char, ent.end_char) in spans
             for m in entity_dates(ent, ref) if (d := m.as_date()) is not None]
    return max(found).isoformat() if found else None


def revised_figure(doc: Any, span: tuple[int, int], lang: str = "en") -> str | None:
    """The word that gives the figure at `span` (offsets in the parsed sentence `doc`) as a correction of an
    earlier figure: a word of LEXICON[lang]["revision"] (by lemma or as written) that governs the figure's
    words, modifies a noun that does or that is an argument of a verb that does ("revised figures show trade
    reached …"), or hangs from the figure's own verb ("according to corrected data, trade came to …"); not one
    negated ("did not revise"). None without."""
    token = cue_token(doc[:], *span)
    if not LEXICON.get(lang, {}).get("revision") or token is None:
        return None
    line = {token.i} | {t.i for t in token.ancestors}
    own = governing_verb(chain(token))
    for t in doc:
        if not revision_word(t, lang):
            continue
        if t.i in line or t.head.i in line or any(a.i == own.i for a in t.ancestors) \
                or (t.dep_ in ("amod", "compound") and t.head.head.i in line):
            return str(t.text)
    return None


RECENT_DAYS = 31
# the relations from a date up to the verb it dates: "signed in 2001", "four years ago … expired", "on Monday"
DATE_PATH = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "nummod", "compound", "pcomp"})


def own_date(doc: Any, span: tuple[int, int], ref: dt.date | None) -> str | None:
    """The date of the cue's own verb at `span` (offsets in the parsed sentence `doc`): the latest last day of
    the DATE entities that hang from that verb through prepositions and adverbials alone (DATE_PATH), not
    through another clause ("replacing the agreement in place since 2019" does not date "became effective");
    a date naming a thing ("the 2015 deal") dates nothing. ISO, or None."""
    verb = cue_verb(doc, span) or cue_token(doc[:], *span)
    if verb is None:
        return None
    found: list[dt.date] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        if root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
                and root.head.i not in range(ent.start, ent.end):
            continue  # names the thing
        token, steps = root, 0
        while token.i != verb.i and token.dep_ in DATE_PATH and token.head.i != token.i and steps < 6:
            token, steps = token.head, steps + 1
            if token.i != verb.i and token.pos_ in ("VERB", "AUX"):
                break
        if token.i != verb.i:
            continue
        found += [d for m in entity_dates(ent, ref) if (d := m.last_day()) is not None]
    return max(found).isoformat() if found else None




def dated_near(doc: Any, ref: dt.date | None) -> bool:
    """Does a DATE entity of the sentence `doc` name a day or month on the article's date `ref` or within
    RECENT_DAYS before it ("on Saturday", "October 18")? A bare year ("the 2015 deal") dates nothing so near."""
    if ref is None:
        return False
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        for mention in entity_dates(ent, ref):
            day = mention.as_date()
            if day is not None and mention.precision in ("day", "month") and 0 <= (ref - day).days <= RECENT_DAYS:
                return True
    return False


def not_yet(claim: Any, reading: Any) -> Any:
    """"The treaty has not yet entered into force": in an ordered claim a state negated with "yet" is expected,
    so the state the catalogue says it presupposes (`presupposes`) holds: the treaty is signed. A reading not so
    negated, of a state that presupposes none, or also put ahead or in doubt, is returned as it is. Source: the
    presupposition of "not yet" (its scope is expected to hold later; S. Löbner, "German schon - erst - noch",
    Linguistics and Philosophy 12, 1989)."""
    if not (claim.ordered and reading.negated) or reading.future or reading.hedged or reading.denied:
        return reading
    state = claim.state(reading.value)
    if state is None or not state.presupposes or not any("yet" in c.split() for c in reading.cues):
        return reading
    return replace(reading, value=state.presupposes, negated=False, cues=reading.cues + ("not yet",))


def reported_content(doc: Any) -> tuple[int, int] | None:
    """The words of what a sentence reports when its main verb is a reporting one ("MP X claimed the jets were
    en route": "were"), as offsets in the sentence, so that a reading of the whole sentence (by meaning) is
    read for stance where its statement is, under the reporting verb; None otherwise."""
    words = LEXICON["en"]
    root = doc[:].root
    if root.lemma_.lower() in words["evidential"]:
        # "deliveries appear to have dwindled": what appears is the statement, its verb under "appear"
        content = next((c for c in root.children if c.dep_ == "xcomp"), None)
        return (content.idx, content.idx + len(content.text)) if content is not None else None
    if root.lemma_.lower() not in words["say"] | words["doubt"]:
        return None
    content = next((c for c in root.children if c.dep_ == "ccomp"), None)
    return (content.idx, content.idx + len(content.text)) if content is not None else None


def sequel_of_a_process(claim: Any, reading: Any, doc: Any, lang: str = "en") -> Any:
    """A process state (the catalogue's `process`: talks under way) put ahead by a plan for a later occurrence of
    it ("the next round of talks would take place in Muscat on Sunday", "a fourth round will be held"): the noun of
    the cue carries a word (LEXICON `sequel`) that takes an earlier occurrence for granted, so the process is under
    way now, a fact (dates25). Not hedged, negated, denied, conditioned or a recap, nor with a word of negation or
    doubt the window read ("might not go ahead"); "the first round will be held" and "a new round" take none for
    granted. Source: the presupposition of "next" and of ordinals above one (an iterative trigger; S. Levinson,
    "Pragmatics", 1983, ch. 4)."""
    state = next((s for s in claim.states if s.value == reading.value), None)
    words = LEXICON.get(lang, {}).get("sequel", frozenset())
    if state is None or not state.process or not reading.future or not words \
            or reading.negated or reading.hedged or reading.denied or reading.past:
        return reading
    if any(c in NEGATION_LABELS or (c in WINDOW_HEDGES and c != "would") for c in reading.cues):
        return reading  # "the seventh round might not go ahead": the sentence asserts nothing of the talks now
    start, end = reading.cue_start - reading.start, reading.cue_end - reading.start
    if conditioned(doc, (start, end), lang):
        return reading  # "would not go ahead if the attacks went on"
    inside = {t.i for t in doc if start <= t.idx < end}
    word = next((t.lower_ for t in doc if t.lower_ in words and t.dep_ in ("amod", "det", "nummod")
                 and t.head.i in inside and t.head.pos_ == "NOUN"), None)
    return replace(reading, future=False, cues=reading.cues + (word,)) if word else reading


def presupposed(claim: Any, reading: Any, doc: Any, ref: dt.date | None = None) -> Any:
    """A statement that puts a state ahead ("the agreement will enter into force in May", "is expected to take
    effect once ratified") still takes for granted the state the catalogue says it `presupposes` (the
    agreement is signed): the reading of that state, stated as a fact, at 0.8 of the score. (A denied state presupposes less
    reliably — "has not delivered" takes no contract for granted — and is left as it is.) Not when the statement is hedged,
    denied or a recap, nor when the sentence names the presupposed state itself ("plans to sign an agreement
    that would enter into force": the signing is what is still to come). Source: the presupposition of
    change-of-state predicates, which survives negation and modals (L. Karttunen, "Presupposition and
    linguistic context", Theoretical Linguistics 1, 1974)."""
    state = next((s for s in claim.states if s.value == reading.value), None)
    if state is not None and state.after and reading.future and "in progress" in reading.cues \
            and not (reading.negated or reading.hedged or reading.denied or reading.past):
        token = cue_token(doc[:], reading.cue_start - reading.start, reading.cue_end - reading.start)
        if token is not None and token.lemma_.lower() in {a.lower() for a in state.after}:
            from claims.reader import presupposed_reading

            # "the union's members are ratifying the agreement": a later step under way takes this state for granted
            # (the catalogue's `after`; a plan for the step, "the next member to ratify", is left as it was)
            return presupposed_reading(reading, state.value)
    if state is None or not state.presupposes or not reading.future or reading.negated \
            or reading.hedged or reading.denied or reading.past:
        return reading
    if reading.dated and ref is not None and (reading.dated == ref.isoformat() or (
            reading.dated < ref.isoformat() and reading.dated[:4] in doc.text)):
        # a plan for the article's day, or for a day before it with its year written out: claims.compare
        # decides whether it happened (a month alone, "in June", is resolved to the past: not such a day)
        return reading
    target = next(s for s in claim.states if s.value == state.presupposes)
    from claims.reader import find_phrases, fold, presupposed_reading

    token = cue_token(doc[:], reading.cue_start - reading.start, reading.cue_end - reading.start)
    if token is None:
        return reading
    spans = [(s, e) for k, s, e, _ in match_lemma_cues(doc, cue_groups([claim])).get(claim.id, ())
             if claim.states[k] is target]
    spans += [(s, e) for s, e, _ in find_phrases(fold(doc.text), tuple(c for c in target.cues
                                                                      if "*" in c or c.startswith("=")))]
    for s, e in spans:
        named = cue_token(doc[:], s, e)
        if named is not None and named in token.ancestors:
            return reading  # the presupposed state governs this one: it is the one still to come
    # an inference: a statement of the state itself elsewhere in the article outranks it (claims.compare.observe)
    return presupposed_reading(reading, target.value)


def state_before(claim: Any, reading: Any, stance: Any) -> str | None:
    """The state an ordered claim is in while the act of the reading's state is under way and nothing else
    puts it in the future (claims.grammar Stance.underway: "in the process of admitting Iran" -> the state
    before "full member"), or None: not under way, not ordered, the first state, negated, or future for
    another reason too (the cue's own form, a modal, a plan)."""
    if not stance.underway or not claim.ordered or reading.future or reading.negated or stance.negated:
        return None
    rank = claim.rank(reading.value)
    return claim.states[rank - 1].value if rank > 0 else None


def part_done(doc: Any, span: tuple[int, int], claim: Any, reading: Any, lang: str = "en") -> str | None:
    """The process state an ordered claim is in when the act of the reading's state was done to a part of its
    subject only ("completed the first section of the railway", "opened a stretch of the line"): the verb's
    direct object is a part noun (the lexicon's `part` words) with the subject named under it. None when the
    object is the subject itself, the claim has no process state below the reading's, or the reading is not
    of a state after it. Source: mereology of telic predicates — completing a part of an accomplishment does
    not complete the whole (Krifka, "Thematic relations as links between nominal reference and temporal
    constitution", 1989)."""
    words = LEXICON.get(lang, {})
    if not claim.ordered or reading.negated or not words.get("part"):
        return None
    rank = claim.rank(reading.value)
    process = [s.value for s in claim.states[:max(rank, 0)] if s.process]
    if not process:
        return None
    token = cue_verb(doc, span)
    if token is None:
        return None
    named = {t.i for t in topic_tokens(doc, claim)}
    for obj in token.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in words["part"] and any(
                t.i in named for t in obj.subtree if t.i != obj.i):
            return process[-1]
    return None


def cue_verb(doc: Any, span: tuple[int, int]) -> Any:
    """The verb that states the cue at `span` (offsets in the parsed sentence `doc`): the cue's own token when
    it is a verb, else the verb that takes it ("took delivery of the trainers": "took"); None without one."""
    token = cue_token(doc[:], *span)
    if token is not None and token.pos_ != "VERB":
        token = governing_verb(chain(token))  # "took delivery of the trainers": the verb that takes the cue
    return token if token is not None and token.pos_ == "VERB" else None


def topic_tokens(doc: Any, claim: Any) -> list[Any]:
    """The tokens of the parsed sentence `doc` inside a mention of the claim's subject (its topic words)."""
    from claims.reader import find_phrases, fold

    topics = find_phrases(fold(doc.text), claim.topic)
    return [t for t in doc if any(t.idx < e and t.idx + len(t.text) > s for s, e, _ in topics)]


def another_document_of_its_kind(doc: Any, claim: Any) -> bool:
    """For a claim about a document of a kind (its catalogue `generic` nouns: "treaty", "pact"), does every mention
    of its subject in the parsed sentence carry a field of its own that names no word of the subject ("ratified a
    treaty with Iran on the extradition of …")? Then it is another treaty between the parties, not the tracked one.
    The test is claims.grammar.own_field, which also keeps such a sentence a new development (developments)."""
    from claims.reader import find_phrases, fold

    if not getattr(claim, "generic", ()) or not claim.topic:
        return False
    spans = tuple((s, e) for s, e, _ in find_phrases(fold(doc.text), claim.topic))
    return bool(spans) and own_field(doc, spans)


def signed_by_a_body(doc: Any, span: tuple[int, int], claim: Any, catalogue: Any) -> bool:
    """For a claim about a document of a kind (its catalogue `generic` nouns), is the signing act's subject (or passive
    agent; the caller asks for the claim's `acting` state alone) a body of a party that speaks for no state: a common noun that is none of the catalogue's `officials`
    nor LEXICON `state_voice` (the countries, their governments, leaders and delegations), with a party named
    on it ("The wrestling federations of Russia and Iran signed a cooperation agreement", "Iran's chamber of
    commerce signed an agreement with its Russian counterpart")? Then its agreement is that body's own, not the
    treaty between the states (en16). Source: spaCy's English parse (nsubj, agent, pobj)."""
    from claims.reader import find_phrases, fold

    if not getattr(claim, "generic", ()):
        return False
    cue = cue_token(doc[:], *span)
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    # the signer of a document named as the act's object: the subject beside a direct object, the agent beside a
    # passive subject ("was signed by the chambers of commerce of …")
    subjects = [c for c in cue.children if c.dep_ == "nsubj"] if any(c.dep_ == "dobj" for c in cue.children) else []
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        subjects += [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subjects:
        return False
    voices = voices_of(catalogue)
    state = LEXICON["en"]["state_voice"]
    for subject in subjects:
        head = subject
        if head.pos_ != "NOUN" or head.lemma_.lower() in state or fold(head.lemma_.lower()) in voices.officials \
                or fold(head.text.lower()) in voices.officials:
            return False
        rest = " ".join(t.text for t in head.subtree if t.i != head.i)
        if not any(find_phrases(fold(rest), aliases) for aliases in catalogue.parties.values()):
            return False
    return True


def voices_of(catalogue: Any) -> Voices:
    """Who speaks for a party, from the catalogue: its `officials` words and every party's aliases (folded),
    cached per catalogue digest."""
    from claims.reader import fold

    key = getattr(catalogue, "digest", "") or str(id(catalogue))
    if key not in _VOICES:
        aliases = tuple(fold(a) for names in catalogue.parties.values() for a in names)
        _VOICES[key] = Voices(frozenset(fold(w) for w in getattr(catalogue, "officials", ())), aliases)
    return _VOICES[key]


_VOICES: dict[str, Voices] = {}


def next_doc(docs: dict[tuple[int, int], Any], text: str, end: int) -> Any | None:
    """The parsed sentence right after the document offset `end` (only white space between), or None."""
    after = [key for key in docs if key[0] >= end and not text[end:key[0]].strip()]
    return docs[min(after)] if after else None


def non_confirmation(doc: Any, span: tuple[int, int] | None, lang: str = "en") -> str | None:
    """Does the parsed sentence `doc` leave a report unconfirmed: someone declined / refused / failed to
    comment or confirm, or did not confirm, verify or respond ("The ministry declined to comment", "Tehran
    would not confirm the delivery")? Its words, or None. With `span` (the statement's own cue, offsets in
    `doc`), a verb that governs the statement is left to read_stance (its negation is the statement's)."""
    words = LEXICON.get(lang)
    if doc is None or words is None:
        return None
    cue = cue_token(doc[:], *span) if span is not None else None
    own = {t.i for t in chain(cue)} if cue is not None else set()
    for token in doc:
        if token.lemma_.lower() not in words["confirm_verb"] or token.pos_ != "VERB" or token.i in own:
            continue
        if any(t.lemma_.lower() in words["rumour_noun"] and any(c.dep_ in ("prep", "acl", "relcl", "ccomp")
                                                                  for c in t.children) for t in token.subtree):
            continue  # "did not respond on whether reports about the change were accurate": other reports
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in words["negating"]:
            return f"{head.text} to {token.text}"
        if any(c.dep_ == "neg" for c in token.children) or (
                token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children)):
            return f"not {token.text}"
    return None


def followers_to_parse(sentences: Sequence[Any], readings: Sequence[Any], catalogue: Any,
                       lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) document offsets of the sentences right after a status or event statement that may leave
    it unconfirmed (a word of LEXICON `confirm_verb`: "The ministry declined to comment."), for
    non_confirmation; the rest are not parsed."""
    words = LEXICON.get(lang)
    if words is None:
        return []
    stems = re.compile(r"\b(?:" + "|".join(sorted(w[:-1] if w.endswith("e") else w for w in words["confirm_verb"]))
                       + r")", re.IGNORECASE)
    ends = {r.end for r in readings if catalogue.get(r.claim).type in DENIABLE_TYPES}
    out = []
    for before, sentence in zip(sentences, sentences[1:]):
        if before.end in ends and stems.search(sentence.text):
            out.append((sentence.start, sentence.end))
    return out


# The character reader's denials that UNCONFIRMED has no word for: left to the window.
WINDOW_DENIALS = re.compile(r"\b(?:no truth|fake news)\b", re.IGNORECASE)


def doubt_elsewhere(doc: Any, span: tuple[int, int]) -> bool:
    """Does the sentence have words of denial or doubt (the character reader's UNCONFIRMED and STRONG_DENIAL,
    which look across the sentence) and does every one of them sit in another act's clause (claims.grammar.
    in_other_clause)? Then the parse, not the window, decides whether the statement is disputed."""
    from claims.compare import UNCONFIRMED

    cue = cue_token(doc[:], *span)
    if cue is None or WINDOW_DENIALS.search(doc.text):
        return False
    words = []
    for match in UNCONFIRMED.finditer(doc.text):
        token = cue_token(doc[:], match.start(), match.end())
        if token is None:
            return False
        words.append(token)
    return bool(words) and all((in_other_clause(w, cue) or doubts_its_own_object(w, cue)) and not points_back(w)
                               for w in words)


def doubts_its_own_object(word: Any, cue: Any) -> bool:
    """Does the act of doubt that `word` belongs to name its own object, a noun phrase apart from the cue, on a
    verb that is none of the cue's heads ("declaring the deal terminated … and rejecting the return of the
    sanctions as illegal": the rejection is of the sanctions' return, not of the deal's end)? Not when the
    object holds the cue ("denied the delivery of the jets", "rejected reports that it had received them").
    Source: spaCy's English parse (dobj)."""
    verb = governing_verb(chain(word))
    if verb.pos_ != "VERB" or verb in chain(cue):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ in ("NOUN", "PROPN") and cue not in o.subtree for o in objects)


def points_back(word: Any) -> bool:
    """Is the act of doubt about the statement itself: its object a pronoun or a report noun pointing back
    ("…, though Tehran has never confirmed it", "… rejected the report")?"""
    verb = governing_verb(chain(word))
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in ("it", "this", "that")
                                                     or c.lemma_.lower() in LEXICON["en"]["rumour_noun"])
               for c in verb.children)


# a cue that carries its own negation ("not yet received"): claims.reader.NEGATION_IN_CUE
NEGATION_IN_CUE_WORDS = re.compile(r"\b(not|no|never|yet to|no longer|n't|refused|declined)\b")


def negatable(reading: Any, claim: Any = None) -> bool:
    """A negation the parse finds but the window did not ("has yet to deliver") negates the cue's state,
    unless the window already read one (and perhaps turned the state into its negative: "has not received"
    → not delivered). A word of negation the window only saw in the clause around, too far to negate the cue
    ("holds no evidence that any jet has been handed over"), turned nothing: the parse's negation stands."""
    if not set(reading.cues) & NEGATION_LABELS:
        return True
    # (the word before the cue: one after it, "The reimposition of UN sanctions is not the end of diplomacy", the
    # window saw too and it may negate another predicate than the cue's)
    after = reading.quote[reading.cue_end - reading.start:]
    return claim is not None and not reading.negated and not any(s.negative == reading.value for s in claim.states) \
        and not NEGATION_IN_CUE_WORDS.search(reading.cue.lower()) and not NEGATION_IN_CUE_WORDS.search(after.lower())


def parse_sentences(items: list[tuple[str, int, int]], lang: str = "en") -> dict[tuple[str, int, int], Any]:
    """Parse (key, start, end) sentence texts given as (text, start, end); {} when no pipeline is installed."""
    try:
        docs = parse([t for t, _, _ in items], lang)
    except PipelineUnavailable:
        return {}
    return {item: doc for item, doc in zip(items, docs)}


def about_another_thing(doc: Any, span: tuple[int, int], claim: Any, cue: str) -> bool:
    """Is the statement's subject something the catalogue says is not the claim's ("the interim agreement
    has been in force since…", "the Protocol entered into force")? The subject of the verb governing the
    cue, or the noun a relative clause hangs on, carrying one of the claim's `others` words."""
    if not claim.others or any(w.lower() in cue.lower() for w in claim.others):
        return False
    token = cue_token(doc[:], *span)
    if token is None:
        return False
    nouns = statement_subjects(token)  # a relative pronoun ("which") carries no `others` word
    others = {w.lower() for w in claim.others}
    return any(t.lower_ in others or t.lemma_.lower() in others
               for noun in nouns for t in [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))])


def signed_by_another_side(doc: Any, span: tuple[int, int], claim: Any) -> bool:
    """Is the statement's acting organisation another than the two sides the claim's topic names (catalogue
    `sides`)? A subject of the verb governing the cue (or one of its conjuncts) that is an organisation by the parse
    (an ORG entity), sharing no capitalised word with the topic's names, while no subject names a side: "Russia's
    Lukoil has signed a contract with the National Iranian Oil Company" is Lukoil's deal, not Gazprom's; "Gazprom and
    NIOC signed", "the National Iranian Gas Company signed" (a word of a side's name) stay the claim's."""
    if not getattr(claim, "sides", False):
        return False
    token = cue_token(doc[:], *span)
    if token is None:
        return False
    names = {w.lower() for t in claim.topic for w in t.split() if w[:1].isupper()}
    subjects = [n for s in statement_subjects(token) for n in [s, *s.conjuncts]]
    words = [{t.lower_ for t in n.subtree if t.text[:1].isupper()} for n in subjects]
    if any(w & names for w in words):
        return False
    return any(n.ent_type_ == "ORG" and n.pos_ == "PROPN" for n in subjects)


def talked_about(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Is the cue at `span` a noun that is only the subject of talk: the direct object of a verb of talking
    (LEXICON `talk_about`: "the ministers discussed the snapback", "debated the deal's expiry"), reached from
    the cue through nouns and prepositions alone? Such a statement says nothing of the state, neither done nor
    planned (a plan would put the same state stated elsewhere in doubt)."""
    words = LEXICON.get(lang)
    token = cue_token(doc[:], *span)
    if words is None or token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    while token.dep_ in ("compound", "pobj", "prep", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in words["talk_about"]


def on_another_claims_subject(doc: Any, span: tuple[int, int], claim: Any, catalogue: Any) -> bool:
    """Is the cue's verb a relative or participle clause on a noun that names another tracked claim's subject
    and not this claim's ("never delivered the S-400 systems Iran sought and … is still waiting for the Su-35
    fighters it ordered": the ordering is the Su-35's)? The noun's words are its own and its modifiers'."""
    token = cue_token(doc[:], *span)
    if token is None:
        return False
    verb = governing_verb(chain(token))
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = verb.head
    words = {t.i for t in noun.subtree if t.i <= noun.i}
    mine = {t.i for t in topic_tokens(doc, claim)}
    if words & mine:
        return False
    # a status or event claim's subject is a thing; a quantity's topic is a measure ("the free trade agreement"
    # names no trade figure)
    if any(words & {t.i for t in topic_tokens(doc, other)} for other in catalogue.claims
           if other.id != claim.id and other.type in ("status", "event")):
        return True
    # the noun itself one of another claim's things and none of this claim's ("There is no sign of S-400 sales, and
    # the fighters Iran ordered have trickled in": the fighters are the Su-35's things, not the air defence's)
    def things(c: Any) -> set[str]:
        return {w.lower() for w in getattr(c, "things", ())}
    own = things(claim)
    head = {noun.lower_, noun.lemma_.lower()}
    return bool(own) and not head & own and any(head & things(other) for other in catalogue.claims
                                                if other.id != claim.id and other.type in ("status", "event"))


def under_the_thing(doc: Any, span: tuple[int, int], claim: Any, lang: str = "en", value: str | None = None) -> bool:
    """Is the claim's subject named only inside a framework phrase (LEXICON `framework`: "under the timetable of the
    2015 nuclear deal") on the cue's verb, the cue being that verb with no object, whose own subject is another noun ("UN restrictions on Iran's missile
    programme expired on Wednesday under the timetable of the 2015 nuclear deal": the restrictions expired, by the
    deal's terms, which says the deal is at work, not ended)? The cue must lie outside that phrase ("sanctions
    returned under the snapback mechanism" keeps its cue inside it), and the phrase must name no cue of the state
    read, `value` (en22: "UN sanctions on Iran, including an embargo on conventional arms, were reimposed under the
    snapback mechanism of the 2015 nuclear deal": the framework is the mechanism of the deal's end, so an act under
    it is that end at work)."""
    words = LEXICON.get(lang, {}).get("framework")
    token = cue_token(doc[:], *span)
    if not words or token is None:
        return False
    verb = governing_verb(chain(token))
    # the cue is the verb itself, with no object of its own ("expired under …"; not "ended a decade of relief under
    # the deal", nor a noun of the act: "after the reimposition of UN sanctions under the snapback mechanism")
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i != token.i \
            or any(c.dep_ == "dobj" for c in verb.children):
        return False
    mine = {t.i for t in topic_tokens(doc, claim)}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not mine or not subjects or any(c.pos_ not in ("NOUN", "PROPN") for c in subjects) \
            or any(mine & {t.i for t in c.subtree} for c in subjects):
        return False
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in words]
    inside = {t.i for p in phrases for t in p.subtree}
    return bool(phrases) and mine <= inside and token.i not in inside \
        and not names_the_state(" ".join(doc[i].text for i in sorted(inside)), claim, value)


def names_the_state(text: str, claim: Any, value: str | None) -> bool:
    """Does `text` hold one of the cues of the claim's state `value` (lemma cues by their forms, the others as
    phrase patterns)?"""
    from claims.cues import find_lemma_cues_folded
    from claims.reader import find_phrases, fold

    cues = next((tuple(s.cues) for s in getattr(claim, "states", ()) if s.value == value), ())
    folded = fold(text)
    return bool(cues) and bool(find_lemma_cues_folded(folded, cues)
                               or find_phrases(folded, tuple(c for c in cues if "*" in c or c.startswith("="))))


def in_another_claims_clause(doc: Any, span: tuple[int, int], claim: Any, catalogue: Any) -> bool:
    """Is the cue in one of the sentence's coordinated clauses that names another tracked claim's subject and not
    this claim's, this claim's subject being named in another of them ("Russia never agreed to sell Tehran the
    S-400, …, and the Su-35 fighters Iran said it had ordered have still not been seen": the ordering is the
    Su-35's)? The cue's clause is the subtree of the verb that is the sentence's root or a verb's conjunct, without
    the clauses coordinated under it."""
    token = cue_token(doc[:], *span)
    if token is None:
        return False
    head = token
    while not (head.dep_ == "ROOT" or (head.dep_ == "conj" and head.pos_ in ("VERB", "AUX")
                                       and head.head.pos_ in ("VERB", "AUX"))):
        if head.head.i == head.i:
            break
        head = head.head
    inner = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if head.dep_ == "ROOT" and not inner:
        return False
    clause = {t.i for t in head.subtree} - {t.i for c in inner for t in c.subtree}
    mine = {t.i for t in topic_tokens(doc, claim)}
    if not mine or clause & mine:
        return False
    return any(clause & {t.i for t in topic_tokens(doc, other)} for other in catalogue.claims
               if other.id != claim.id and other.type in ("status", "event"))


# the entity labels of a figure (spaCy's English NER): a level reached, never a country receiving something
FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def appositive_noun(token: Any, head: Any) -> bool:
    """Is `token` inside an appositive common noun (and its conjuncts) on `head` or below it: what the head amounts
    to ("a record but still a fraction of either country's trade with China"), not who it is? A proper name in
    apposition is the thing itself ("the bloc's new partner, Egypt") and is not one. Source: the appos relation of
    spaCy's English parse."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "appos" and token.pos_ == "NOUN":
            return True
        token = token.head
    return False


def another_countrys_act(doc: Any, span: tuple[int, int], claim: Any, catalogue: Any) -> bool:
    """Is the act at `span` done by a country that is none of the claim's parties or a bloc's members ("Egypt
    and the Eurasian Economic Union signed a free trade agreement …, joining Vietnam, Serbia and Iran among the
    bloc's partners")? The subject of the verb governing the cue, its conjuncts included, names such a country
    and no party: the parties the sentence names elsewhere are not the actors. So does its recipient ("delivered
    Su-35 fighters to Algeria ahead of Iran"). (A gapped remnant, "India and
    Pakistan were admitted in 2017, and Iran in 2023", is its own act: the caller does not ask.) Countries as
    claims.entities names them (pycountry, the catalogue's places)."""
    from claims.entities import countries_in
    from claims.reader import find_phrases, fold, member_countries, party_countries

    token = cue_token(doc[:], *span)
    if token is None:
        return False
    verb = governing_verb(chain(token))
    aliases = tuple(a for p in claim.parties for a in catalogue.parties.get(p, ()))
    outside = party_countries(catalogue) | member_countries(claim, catalogue.places)
    # the recipient of the act ("delivered Su-35 fighters to Algeria ahead of Iran": Algeria's jets; the
    # dative, or the object of "to" on the verb) naming another country and no party: another buyer's act
    recipients = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i
                  for t in c.children if t.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dative"]
    # a level reached is no recipient ("grew … to some $4.9 billion, a record but still a fraction of either
    # country's trade with China": a figure and the comparison in apposition to it; en23)
    recipients = [r for r in recipients if not (r.like_num or r.ent_type_ in FIGURE_ENTITIES)]
    given = " ".join(t.text for r in recipients for t in r.subtree if not appositive_noun(t, r))
    if given and countries_in(given, catalogue.places) - outside and not find_phrases(fold(given), aliases):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    # a past participle set on the subject says who hosted or chaired it, not who acts ("the virtual summit chaired
    # by New Delhi admitted Iran as the organisation's ninth member": the summit's act)
    hosted = {t.i for s in subjects for c in s.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree}
    # a common noun in apposition says what the subject amounts to, not who acts ("bilateral trade grew 20% to $4.9
    # billion, a fraction of their trade with China": the small model hangs the appositive on the subject; en23); a
    # proper name in apposition is the actor itself ("the bloc's new partner, Egypt, signed …") and stays
    # the other side named by "with" on the subject is the claim's counterpart, not an actor ("the next round of
    # nuclear talks with the United States would take place in Muscat": Iran's talks; catalogue `counterparts`)
    partners = countries_in(" ; ".join(getattr(claim, "counterparts", ())), catalogue.places)
    hosted |= {t.i for s in subjects for w in s.subtree if w.dep_ == "prep" and w.lower_ == "with"
               and partners and countries_in(" ".join(t.text for t in w.subtree), catalogue.places) <= partners
               for t in w.subtree}
    words = " ".join(t.text for s in subjects for t in s.subtree if t.i not in hosted and not appositive_noun(t, s))
    # a capital after a preposition of place is where the act happens, not its actor ("Talks in Vienna on reviving
    # the 2015 nuclear deal have stalled": en18a)
    others = countries_in(words, catalogue.places, LEXICON["en"]["venue"]) - outside
    return bool(others) and not find_phrases(fold(words), aliases)


def acts_in_parse(doc: Any, reading: Any, claim: Any) -> bool:
    """Is the claim's subject (the reading's words) the subject of an active verb in the past or the
    perfect ("the treaty created / has created / had created a platform"), not negated, not modal, and not
    named as another instrument (a year or one of the claim's `others` words on it: "the 2001 treaty")?
    Source: PTB tags (VBD, VBN) and UD relations (nsubj, aux, neg) of spaCy's English parse."""
    start, end = reading.cue_start - reading.start, reading.cue_end - reading.start
    inside = [t for t in doc if start <= t.idx < end]
    noun = next((t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i), None)
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the comprehensive strategic partnership treaty": the phrase's own head noun
    if noun is None or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                             for c in verb.children))):
        return False
    others = {w.lower() for w in claim.others}
    return not any(c.like_num or c.lower_ in others or c.lemma_.lower() in others
                   for c in noun.children if c.dep_ in ("nummod", "compound", "amod"))


def gapped_in_parse(doc: Any, reading: Any) -> bool:
    """Is the reading's remnant ("…, and Iran in 2023") a gapped conjunct of the cue's verb: no verb of its
    own and a word that the parse attaches as `conj` to the cue or a head above it? Source: the UD analysis
    of gapping as spaCy's English parse gives it (remnant as conj of the verb)."""
    start, end = reading.gapped[0] - reading.start, reading.gapped[1] - reading.start
    cue = cue_token(doc[:], reading.cue_start - reading.start, reading.cue_end - reading.start)
    if cue is None:
        return False
    remnant = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not remnant or any(t.pos_ in ("VERB", "AUX") for t in remnant):
        return False
    heads = {t.i for t in chain(cue)}
    return any(t.dep_ == "conj" and t.head.i in heads for t in remnant)


def names_a_set(doc: Any, span: tuple[int, int], claim: Any) -> bool:
    """Is the cue a plural noun in a prepositional phrase that names a set of others rather than stating
    a party's state ("met leaders from the member states", "officials of member countries")? Kept: "as"
    ("admitted as full members") and a part of the set ("one of the member states"). Source: the PTB tag
    NNS and the UD `pobj` relation of spaCy's English parse."""
    if claim.type not in ("status", "event"):
        return False
    token = cue_token(doc[:], *span)
    if token is None or token.tag_ != "NNS" or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ != "as" and not (prep.head.pos_ == "NUM" or prep.head.lower_ in ("one", "each", "all"))


# Relations by which a noun modifies another noun in spaCy's English parse (ClearNLP labels): "Su-35
# simulators" (compound), "the Su-35's engines" (poss), "simulators of the Su-35" is pobj under prep and handled
# by the preposition's head.
MODIFIER_RELATIONS = ("compound", "amod", "nmod", "npadvmod", "poss")


def modifies_another_thing(doc: Any, claim: Any) -> bool:
    """Does every mention of the claim's subject in the sentence `doc` only name another thing, modifying a
    noun that is neither what the subject is (the claim's `things`: "Su-35 fighter jets") nor a word of the
    claim's own cues ("Su-35 deliveries") nor a unit or lot of it (LEXICON `unit`: "the first S-400 battalion") nor
    the subject itself: "delivered Su-35 flight simulators", "the
    S-400's radar components", "spare parts for the Su-35"? Only for claims whose catalogue entry lists
    `things`. Source: the compound/amod/nmod/poss and prep/pobj relations of spaCy's English parse."""
    if not claim.things:
        return False
    from claims.reader import find_phrases, fold

    mentions = find_phrases(fold(doc.text), claim.topic)
    if not mentions:
        return False
    own = {fold(w).lower() for phrase in claim.things + claim.topic for w in phrase.split()}
    own |= {fold(w).lower().rstrip("*") for state in claim.states for cue in state.cues
            for w in cue.lstrip("=").split()}
    own |= LEXICON["en"]["unit"]  # a unit or lot of the subject is the subject ("the first S-400 battalion")
    for start, end, _ in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = _modified_noun(span.root)
        if head is None or head.i in range(span.start, span.end) \
                or {fold(head.lower_), fold(head.lemma_.lower())} & own:
            return False  # this mention is the subject itself, or names it as what it is
    return True


def _modified_noun(token: Any) -> Any | None:
    """The noun `token` (a name's head word) modifies, through compounds ("Su-35 flight simulators") or a
    preposition ("parts for the Su-35"); None when it modifies none (it is an argument of a verb itself)."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return token.head.head
    while token.dep_ in MODIFIER_RELATIONS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
        if token.dep_ not in MODIFIER_RELATIONS:
            return token
    return None


def object_is_another_thing(doc: Any, span: tuple[int, int], claim: Any, referents: tuple[str, ...] = ()) -> bool:
    """Is the cue a verb whose own direct object is something other than the claim's subject, the subject
    being named only under another verb coordinated with it ("received trainers in May, and is awaiting
    the jets": "received" is about the trainers; "took delivery of trainers, a step ahead of the jets'
    delivery")? The verb's own words are its arguments and clauses without its coordinated verbs; a verb with
    no object of its own ("received and deployed the jets") shares the next one's. Source: UD-style `dobj`/`conj` relations of spaCy's English parse."""
    if claim.type not in ("status", "event") or not claim.topic:
        return False
    token = cue_verb(doc, span)
    # an object that is a word of the cue itself and has none of its own ("take effect") is no other thing;
    # "took delivery of trainer jets" is about the jets. A verb without one is about its subject when that
    # names a model of its own ("MiG-29 fighters had arrived, and Su-35 jets would follow": "arrived" is
    # about the MiG-29s)
    # a lone determiner as the object is the small model's misparse of a demonstrative date ("entered into force
    # that October": "that" the object, "October" an adverbial), no other thing
    if token is None or not any(
            (c.dep_ == "dobj" and c.tag_ not in ("DT", "WDT", "IN")
             and not (span[0] <= c.idx < span[1] and not any(g.dep_ == "prep" for g in c.children)))
            or (c.dep_ in ("nsubj", "nsubjpass") and names_a_model(c)) for c in token.children):
        return False
    named = topic_tokens(doc, claim)
    if not named:
        return False  # the subject is named in another sentence: nothing here to bind it to
    model = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and names_a_model(c)), None)
    if model is not None and not any(c.dep_ == "dobj" for c in token.children):
        # a subject named by a model is that model, whatever its relative clause compares it to ("Iran's own
        # Bavar-373 system, which officials compare to the S-400, was deployed"): the claim's subject must be
        # the subject's own name (or one coordinated with it: "Su-35 and MiG-29 jets arrived")
        names = {model.i} | {t.i for c in model.children if c.dep_ in ("compound", "nmod", "nummod", "appos", "conj")
                             for t in c.subtree}
        return not any(t.i in names for t in named)
    # the verb's own words: its arguments and clauses (not its adverbs: "…, a step ahead of the jets'
    # delivery"), and, in a relative clause, the noun it hangs on ("the jets that Iran received"); never a
    # coordinated verb's
    own = {token.i} | ({t.i for t in token.head.subtree} if token.dep_ in ("relcl", "acl") else set())
    # an adverbial clause with a subject of its own and without the cue is another statement ("took delivery of
    # trainer jets, as Tehran awaits the Su-35 fighters"): not the verb's words
    todo = [c for c in token.children if c.dep_ in VERB_ARGUMENTS
            and not (c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                     and not any(span[0] <= t.idx < span[1] for t in c.subtree))]
    while todo:
        t = todo.pop()
        own.add(t.i)
        # a clause with a subject of its own below an argument is another statement, whoever says it ("…, fuelling
        # speculation that Su-35 fighters would follow": the jets are the subject of what is speculated, not of
        # "received"; en24)
        todo += [c for c in t.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                 and not own_clause_without(c, span)]
    if any(doc[i].lemma_.lower() in referents and any(c.lower_ in ("the", "this", "that") for c in doc[i].children)
           for i in own if doc[i].pos_ == "NOUN"):
        # "…, completing Iran's ratification of the pact": a definite referent (catalogue `referents`) points back
        # to the subject the sentence names
        return False
    if any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in token.children):
        # "began reviewing the agreement, six months after the two sides had signed it": a personal pronoun as the
        # object points back to the thing the sentence (or the one before) names, no other thing (dates25)
        return False
    return not any(t.i in own for t in named)


def own_clause_without(token: Any, span: tuple[int, int]) -> bool:
    """Is `token` the head of a clause (a noun's content clause, a complement or an adverbial one) with a subject of
    its own and none of the cue at `span` (character offsets) in it? A relative clause describes its noun, one of
    the verb's words ("signed a memorandum, the document that sets out the steps a country must take on its way to
    full membership"). Source: spaCy's English parse."""
    return token.dep_ in ("acl", "ccomp", "advcl") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and not any(
        span[0] <= t.idx < span[1] for t in token.subtree)


# a model's designation: letters, an optional hyphen, digits ("MiG-29", "Yak-130", "F-35", "Bavar-373"); no country's
# name is one
MODEL_DESIGNATION = re.compile(r"^[A-Za-z]{1,8}-?\d{1,4}[A-Za-z]{0,2}s?$")


def names_a_model(noun: Any) -> bool:
    """Is the noun `noun` named by a model's designation, itself ("the MiG-29s") or by a compound on it ("MiG-29
    fighters", "two Yak-130 trainers")?"""
    # the small model may tag a designation a number ("Yak-130/CD trainers", nummod)
    return noun.pos_ in ("NOUN", "PROPN") and any(
        t.pos_ in ("NOUN", "PROPN", "NUM") and MODEL_DESIGNATION.match(t.text)
        for t in [noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod", "nummod"))])


# The relations of a verb's arguments in spaCy's English parse (ClearNLP labels): what the verb is about.
VERB_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "attr", "oprd", "ccomp", "xcomp", "csubj",
                  "compound", "prt", "aux", "auxpass", "neg", "advcl", "acl")


def whole_period(doc: Any, span: tuple[int, int], claim: Any, reading: Any, lang: str = "en") -> bool:
    """A figure for a yearly claim must be for a whole year and for the whole of the measured thing: not
    "January-October 2022", "the first eight months", "agricultural trade"."""
    if claim.type != "quantity" or claim.period != "year":
        return True
    if reading.period and not whole_year(reading.period):
        return False
    if getattr(claim, "change", False) and reading.period and "-" in reading.period \
            and int(reading.period[5:]) - int(reading.period[:4]) > 1:
        return False  # "grew 3.5 times between 2015 and 2024": a change over years (an Iranian year spans two)
    words = PERIOD_WORDS.get(lang)
    if words is None:
        return True
    token = cue_token(doc[:], *span)
    path = chain(token) if token is not None else []
    verb = governing_verb(path) if token is not None else None
    if verb in path and path.index(verb) > 0:
        # "…, officials said this week, a rise of about 16%": the rise sums up the reported clause, whose dates are
        # the figure's ("this week" is the saying's; claims.values.reported_clause, en24)
        verb = reported_clause(verb, path[path.index(verb) - 1])
    scope = own_words(verb) if verb is not None else set(range(len(doc)))
    if words.get("so_far") and words["so_far"].search(" ".join(doc[i].lower_ for i in sorted(scope))):
        return False  # "has jumped 18% so far this year", "in the year to date": the year is not over
    if getattr(claim, "measure", "") == "percent" and other_currency(doc, scope, claim):
        return False  # "in ruble terms, trade grew 25%": a change measured in another currency than the claim's
    subject = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    revision = revision_dates(doc, lang)  # "revised the 2024 figure … this week": when it was revised
    for ent in doc.ents:  # the figure's own dates, not the statement's ("said in January that … last year")
        if ent.label_ == "DATE" and ent.root.i in scope and not of_the_source(ent.root, verb) \
                and (ent.start_char, ent.end_char) not in revision and any(
                t.lower_ in words["part"] or t.lemma_.lower() in words["part"] for t in ent) \
                and not is_a_day(ent) and not whole_year_span(ent.text):
            return False
    measured = [t for t in doc if t.lemma_.lower() in {c.lower() for c in claim.cues}]
    named = catalogue_phrase_tokens(doc, claim)
    # the measured thing as the figure's subject, where the parse names it so, not a noun in another phrase
    # ("grew 15.5%, accounting for 6% of Iran's total foreign trade")
    for token in [t for t in measured if t.i in subject] or measured:
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "NOUN") \
                    and not {child.lemma_.lower(), child.lower_} & words["whole"] and not nationality(child) \
                    and not {child.i, token.i} <= named:
                # "agricultural trade", "oil trade": one sector; a nationality is none ("Russian-Iranian
                # trade": the parties' own)
                return False
            if token.i in scope and child.dep_ == "prep" and child.lower_ in words["sector"] and any(
                    g.dep_ == "pobj" and (g.pos_ == "NOUN" or (g.pos_ == "PROPN" and child.lower_ in words["route"]))
                    and g.ent_type_ != "DATE" and not g.like_num
                    and g.lemma_.lower() not in words["whole"] for g in child.children):
                return False  # "trade in agricultural products", "trade via the North-South corridor": a part
        if token.i in scope and one_country_total(token, words):
            return False  # "Russia's total foreign trade": one country's trade with all
    return True


def catalogue_phrase_tokens(doc: Any, claim: Any) -> set[int]:
    """The tokens of `doc` inside a match of one of the claim's own phrases of several words (its `topic` and `cues`,
    as the catalogue writes them: "goods exchange", "trade turnover"): a modifier in such a phrase names the measured
    thing itself, no sector of it (whole_period; a user's alias works as written, walk22 B4)."""
    from claims.reader import find_phrases, fold

    phrases = tuple(p for p in (*claim.topic, *claim.cues) if len(p.split()) > 1)
    spans = find_phrases(fold(doc.text), phrases) if phrases else []
    return {t.i for t in doc for start, end, _ in spans if start <= t.idx < end}


def of_the_source(token: Any, verb: Any) -> bool:
    """Is `token` in the words that say where a figure comes from, not in the figure's own: "according to a
    paper published this month" (inside "according to", or a clause on a noun, below the verb `verb`)? A clause
    on the period itself ("the fiscal year that ended on March 31") gives the figure's own dates."""
    while verb is not None and token.i != verb.i and token.head.i != token.i:
        if token.lower_ == "according" or (token.dep_ in ("acl", "relcl") and token.pos_ == "VERB"
                                           and token.head.ent_type_ != "DATE"):
            return True
        token = token.head
    return False


def other_currency(doc: Any, scope: set[int], claim: Any) -> bool:
    """Is a change in the verb's own words measured in a currency named after "in" that is not the claim's
    ("in rubles", "in ruble terms", "in national currencies")? The claim's `unit` is its currency, or the dollar for
    a percentage (the unit in which trade between countries is compared). Currency names: claims.values'."""
    own = claim.unit if claim.measure == "money" else "USD"
    for token in doc:
        if token.i not in scope or token.dep_ != "prep" or token.lower_ != "in":
            continue
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            for word in [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]:
                code = CURRENCY_WORDS.get(word.lemma_.lower()) or CURRENCY_WORDS.get(word.lower_)
                if code is not None and code != own:
                    return True
    return False


def nationality(token: Any) -> bool:
    """Is the modifier a nationality or a name rather than a sector: a NORP or GPE entity, or a capitalised word
    that does not open the sentence ("Agricultural trade …" is capitalised only because it comes first)?"""
    return token.ent_type_ in ("NORP", "GPE") or (token.text[:1].isupper() and not token.is_sent_start)


def one_country_total(noun: Any, words: dict[str, frozenset[str]]) -> bool:
    """Is the measured noun one country's trade with everyone: a single proper-noun possessor and no partner
    ("Russia's foreign trade", not "Iran's trade with Russia")? Source: the poss, conj and prep relations of
    spaCy's English parse."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].pos_ != "PROPN" or any(c.dep_ == "conj" for c in owners[0].children):
        return False
    # the partner's phrase right after an object may hang on its verb ("data put Russia's trade with Iran in 2023
    # at $4.2 billion": the small model attaches "with Iran" to "put"; en18a)
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    return not any(t.dep_ == "prep" and t.lower_ in words["partner"] for t in [*noun.subtree, *after])


def is_a_day(ent: Any) -> bool:
    """Is the DATE entity one day named outside any prepositional phrase, as a dateline names it ("MOSCOW,
    February 5 (Agency) - …", which the small model hangs on the subject)? That is no reporting period; a day
    in a phrase may bound one ("in the Iranian year that ended on March 20, 2023")."""
    if not any(m.precision == "day" and m.start <= ent.start_char and m.end >= ent.end_char
               for m in entity_dates(ent)):
        return False
    token = ent.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("prep", "pobj", "pcomp"):
            return False
        token = token.head
    return True


def own_words(verb: Any) -> set[int]:
    """The token indices of `verb`'s subtree without the verbs coordinated with it: in "jumped 20% in 2022
    and rose another 10% in the first quarter of 2023" the quarter is the second verb's, not the first's.
    Source: the conj relation of spaCy's English parse."""
    others = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in verb.subtree} - others


# Words of partial periods and of whole measures, per language.
PERIOD_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "part": frozenset({"month", "months", "half", "quarter", "quarters", "week", "weeks", "january", "february",
                           "march", "april", "june", "july", "august", "september", "october", "november",
                           "december", "h1", "h2", "q1", "q2", "q3", "q4", "ytd"}),
        "whole": frozenset({"bilateral", "total", "overall", "annual", "mutual", "foreign", "two-way", "trade",
                            "yearly", "commodity", "goods", "economic", "reciprocal", "entire",
                            # "commercial exchanges" is the whole trade, a cue of its own (en20a)
                            "commercial"}),
        # a preposition naming what a measure is of ("trade in farm products") and one naming a partner
        "sector": frozenset({"in", "of", "via", "through"}),
        "route": frozenset({"via", "through"}),  # of those, the ones naming a route, which may be a proper name
        "partner": frozenset({"with", "between", "to", "from", "and"}),
        # an adverbial that ends the period now, in the verb's own words: the year is not over ("so far this
        # year", "thus far", "to date", "year-to-date", "since the start of the year")
        "so_far": re.compile(r"\b(?:so|thus) far\b|\b(?:to|till|until) date\b|\byear[- ]to[- ]date\b"
                             r"|\bsince the (?:start|beginning) of (?:the|this) year\b"),
    },
}


# Claim types whose subject an article can deny as a whole ("Tehran rejects reports of a withdrawal from the
# railway"); an office holder's name is no subject of that kind.
DENIABLE_TYPES = ("status", "event")
OBJECT_DEPS = ("dobj", "ccomp", "xcomp", "prep", "attr", "nsubjpass", "acomp", "oprd")


def denial_stems(lang: str = "en") -> re.Pattern[str] | None:
    """A cheap prefilter for sentences that may hold a denial: the word stems of the lexicon's denial and
    non-recognition lemmas (the parse decides; this only spares parsing the rest)."""
    words = LEXICON.get(lang)
    if words is None:
        return None
    stems = sorted({lemma[:-1] if lemma.endswith(("y", "e")) else lemma
                    for lemma in words["denial"] | words["recognise"]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")", re.IGNORECASE)


def denial_sentences(title: str, text: str, catalogue: Any, lang: str = "en",
                     only: set[str] | None = None) -> list[str]:
    """The headline and sentences of the article that `denials` needs parsed: a denial word's stem and a
    topic phrase or distinctive cue of a claim in `only` (all deniable claims when None)."""
    from claims.reader import find_cues, find_phrases, fold
    from extractors.text import split_sentences

    stems = denial_stems(lang)
    wanted = [c for c in catalogue.claims if c.type in DENIABLE_TYPES and c.topic and (only is None or c.id in only)]
    if stems is None or not wanted:
        return []
    texts = [t for t in [title.strip(), *(s.text for s in split_sentences(text))] if t and stems.search(t)]
    return [t for t in dict.fromkeys(texts) if any(
        find_phrases(fold(t), c.topic) or find_cues(fold(t), distinctive_cues(catalogue, c)) for c in wanted)]


def denials(title: str, text: str, catalogue: Any, lang: str = "en", only: set[str] | None = None,
            parsed: dict[str, Any] | None = None) -> dict[str, set[str]]:
    """What the article (its headline and each sentence) denies or refuses to recognise, read from the
    parse: claim id → the claim's state values whose own distinctive cue is the denied content, with "*"
    when the content names the claim's subject (a topic phrase) itself. Denied content is what a denial
    lemma (`denial`: deny, reject, dismiss, refute) governs, or what a negated recognition verb
    (`recognise`: "does not recognise the reimposition") governs: its object, clause or prepositional
    phrase. A dismissed person ("the president dismissed the minister") is a tenure event, no denial.
    {} when no pipeline is installed for `lang`. `only`: the claims to report (those the article has
    statements of; the others are still read, so that content naming another claim is not this one's).
    `parsed`: Docs already parsed for the texts `denial_sentences` gives (one batch for a run).

    Document context (issue 11): a value asserted in one sentence and denied in another, or a headline
    rejecting reports about the subject of an article that restates the baseline, is disputed."""
    from claims.reader import find_cues, find_phrases, fold

    words = LEXICON.get(lang)
    claims_ = [c for c in catalogue.claims if c.type in DENIABLE_TYPES and c.topic]
    wanted = [c for c in claims_ if only is None or c.id in only]
    texts = denial_sentences(title, text, catalogue, lang, only) if words is not None else []
    if not texts:
        return {}
    try:
        docs = [parsed[t] for t in texts] if parsed is not None and all(t in parsed for t in texts) \
            else parse(texts, lang)
    except PipelineUnavailable:
        return {}
    distinct = {c.id: distinctive_cues(catalogue, c) for c in claims_}
    out: dict[str, set[str]] = {}
    for doc in docs:
        for token in doc:
            content = denied_content(token, words)
            if not content or superseded(token, lang):
                continue
            start, end = content[0].idx, content[-1].idx + len(content[-1].text)
            folded = fold(doc.text[start:end])
            named = [c for c in claims_ if find_phrases(folded, c.topic)]
            for claim in wanted:
                if claim in named:
                    out.setdefault(claim.id, set()).add("*")
                elif not named and not another_object(token, content, claim, claims_):
                    hits = {phrase.lower() for _, _, phrase in find_cues(folded, distinct[claim.id])}
                    for state in claim.states:
                        if hits & {c.lower() for c in state.cues}:
                            out.setdefault(claim.id, set()).add(state.value)
    return out


def another_object(denial: Any, content: list[Any], claim: Any, claims_: Sequence[Any] = ()) -> bool:
    """Does the denied content, naming no claim's subject, give its act a direct object that is one of another
    claim's things and none of this claim's ("rejected reports that Iran was sending missiles to Russia": the
    missiles, things of the air-defence claim, not the drones whose delivery cue "sending" is)? The denial is
    then about that object."""
    def things(c: Any) -> set[str]:
        return {w.lower() for w in getattr(c, "things", ())}

    own = things(claim)
    others = set().union(*(things(c) for c in claims_ if c is not claim)) - own
    objects = [t for t in content if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") and t.head.i != denial.i]
    return any(t.lower_ in others or t.lemma_.lower() in others for t in objects) and not any(
        t.lower_ in own or t.lemma_.lower() in own for t in objects)


def denied_before(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Is the statement at `span` the content of a denial told in the past perfect ("Iran had earlier denied
    sending any drones", after the page's admission)? A denial replaced by the page's news is history."""
    words = LEXICON.get(lang)
    cue = cue_token(doc[:], *span)
    return words is not None and cue is not None and any(
        t.lemma_.lower() in words["denial"] and superseded(t, lang) for t in chain(cue)[1:])


def superseded(token: Any, lang: str = "en") -> bool:
    """Is the denial verb `token` told in the past perfect ("Iran had previously denied supplying any drones",
    after the lead's admission that it sent some)? The denial held before the page's news, which replaced it:
    history, as a contrary state told in the past perfect is (claims.compare.contested)."""
    return lang == "en" and token.pos_ == "VERB" and token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in token.children)


def withdrawn(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Is the cue at `span` what a page states only to withdraw or to check: the sentence opens with a fact-check's
    label of the claim under check ("Claim: A post says Iran has halted …", LEXICON `checked_label`), or a verb above
    the cue has for its subject a text's earlier version ("An earlier version of this article said Iran had taken
    delivery …", LEXICON `earlier_state` on `version_noun`)? Either way the page does not say it; a correction's or a
    verdict's own sentence is read as any other. Source: spaCy's English parse."""
    words = LEXICON.get(lang)
    cue = cue_token(doc[:], *span)
    if words is None or cue is None:
        return False
    label = re.match(r"\s*([^\W\d][\w ]{0,20}?)\s*:", doc.text)
    if label and label.group(1).lower() in words["checked_label"] and cue.idx > label.end():
        return True
    for token in chain(cue)[1:]:
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in words["version_noun"] and any(
                    c.dep_ == "amod" and c.lower_ in words["earlier_state"] for c in subject.children):
                return True
    return False


def denier_label(doc: Any, span: tuple[int, int], lang: str = "en") -> bool:
    """Is the cue at `span` inside the "as" phrase of a denial verb or of its object ("Russia and Iran reject the
    step as null and void")? It is the denier's word for what it rejects, no statement of the claim's state."""
    words = LEXICON.get(lang)
    cue = cue_token(doc[:], *span)
    if words is None or cue is None:
        return False
    for token in chain(cue):
        if token.dep_ == "prep" and token.lower_ == "as":
            verb = token.head if token.head.pos_ == "VERB" else token.head.head
            return verb.pos_ == "VERB" and verb.lemma_.lower() in words["denial"] and (
                verb is token.head or token.head.dep_ == "dobj")
    return False


def denied_content(token: Any, words: dict[str, frozenset[str]]) -> list[Any]:
    """The tokens (in order) a denial word governs, or [] when `token` denies nothing."""
    lemma = token.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.lemma_.lower() in words["negation"] for c in token.children)
    if token.pos_ not in ("VERB", "NOUN") or not (lemma in words["denial"]
                                                  or (lemma in words["recognise"] and negated)):
        return []
    if lemma in words["denial"] and negated:
        return []  # "did not deny": no denial
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if any(o.ent_type_ == "PERSON" or o.lemma_.lower() in words["person_noun"] for o in objects if o.dep_ == "dobj"):
        return []  # "dismissed the minister": a tenure event
    if any(o.lemma_.lower() in words.get("request_noun", ()) for o in objects if o.dep_ == "dobj"):
        return []  # "rejected an Iranian request for S-400s": a refusal of what was asked, no report denied
    if token.pos_ == "NOUN":
        # a verb form the small model tags a noun (the nouns are "denial", "rejection": other lemmas), as in a
        # headline's "Envoy rejects Russia has withdrawn …": what follows it is what it denies
        content = [t for t in token.doc[token.i + 1:] if not t.is_punct]
    else:
        # "rejected the step as null and void", "dismissed the reports as baseless": the "as" phrase is the
        # denier's own word for what it rejects, not what is denied
        described = {t.i for o in [token, *objects] for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                     for t in c.subtree}
        content = sorted((t for o in objects if o.i not in described for t in o.subtree if t.i not in described),
                         key=lambda t: t.i)
    if not content:
        return []
    if any(t.ent_type_ == "DATE" or t.lemma_.lower() in words["aspectual"] for t in content):
        return []  # "denied that it has continued to supply them after the war began": a part of the time denied
    return content


def distinctive_cues(catalogue: Any, claim: Any) -> tuple[str, ...]:
    """The claim's state cues that no other claim of the catalogue uses: a denied cue names this claim's
    state only when no other claim could be meant ("the reimposition", not "the delivery"). Cached per
    catalogue digest."""
    key = (getattr(catalogue, "digest", "") or str(id(catalogue)), claim.id)
    if key not in _DISTINCTIVE:
        others = {cue.lower() for c in catalogue.claims if c.id != claim.id for s in c.states for cue in s.cues}
        _DISTINCTIVE[key] = tuple(dict.fromkeys(cue for s in claim.states for cue in s.cues
                                                if cue.lower() not in others and "*" not in cue))
    return _DISTINCTIVE[key]


_DISTINCTIVE: dict[tuple[str, str], tuple[str, ...]] = {}
