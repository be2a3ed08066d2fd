"""Catalogue cues matched on the parse of a sentence, by lemma (issue 11: "a catalogue cue is written once as a
lemma pattern, not once per inflection").

The syntax of an English state cue in baseline/catalogue.toml (claims.catalogue documents it too):

- ``"deliver"``, ``"take delivery"``, ``"enter into force"``: a lemma cue. Each word is matched by its lemma
  in the sentence's spaCy parse (``delivered``, ``delivers``, ``took delivery``, ``entered into force``) or
  by a form of the word as written: its regular inflections and the irregular forms of the lemmatizer's
  exception tables (``deadlocked`` when the tagger calls it an adjective, whose lemma is then the word
  itself; ``took`` in a headline the tagger misreads). A hyphen in the cue may be a space or nothing in the text ("snap-back").
  What the verb's form says (future, hedged, in progress, negated) is read from the parse, not from the cue:
  ``will deliver`` and ``is delivering`` match ``deliver`` but are not read as delivered
  (claims.grammar.unfinished, claims.grammar.read_stance).
- ``"=supplying"``: an exact cue (the leading ``=``): matched on the folded text as written (plural -s/-es
  allowed), for a form whose inflection is the meaning ("Iran is supplying drones" states the supply).
- ``"halt*"``, ``"construction * began"``: a phrase pattern (claims.reader.phrase_pattern), as before; the
  other languages' cues (claims.languages) are all of this kind, with no parser behind them.

One spaCy Matcher per claim (one pattern per cue, built once per catalogue), runs on the Doc the engine parsed for the
sentence anyway (claims.nlp.parse with the run's memo): the sentence is never parsed twice. Only sentences
where a lemma cue's forms occur are parsed for it (fallback_pattern); without a parse (no pipeline, a page in
another language) a lemma cue is matched by those forms on the folded text.

Source of the matching: spaCy 3.8 Matcher token patterns (LEMMA with IN, ORTH with OP "?"),
https://spacy.io/usage/rule-based-matching.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

EXACT = "="


def is_lemma_cue(cue: str) -> bool:
    """Is `cue` matched by lemma (neither exact, with a leading "=", nor a pattern with "*")?"""
    return not cue.startswith(EXACT) and "*" not in cue


def cue_text(cue: str) -> str:
    """The cue's words without the exact marker ("=supplying" -> "supplying")."""
    return cue[len(EXACT):].strip() if cue.startswith(EXACT) else cue


def inflections(word: str) -> tuple[str, ...]:
    """The regular English inflections of `word` (lower-cased): itself, -s/-es, -d/-ed, -ing, with the
    spelling rules for a final e (arrive → arrived, arriving), y after a consonant (supply → supplied,
    supplies) and a doubled final consonant (stop → stopped). Irregular forms (take → took) are the
    lemmatizer's. Source: the regular English inflection rules (e.g. Quirk et al., A Comprehensive Grammar
    of the English Language, 3.4-3.9)."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3:
        return (w,)
    out = [w, w + "s", w + "es", w + "ed", w + "ing"]
    if w.endswith("e"):
        out += [w + "d", w[:-1] + "ing"]
    if w.endswith("y") and w[-2] not in "aeiou":
        out += [w[:-1] + "ies", w[:-1] + "ied"]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", w):
        out += [w + w[-1] + "ed", w + w[-1] + "ing"]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> its irregular forms ("take" -> took, taken), inverted from the exception tables of the
    English pipeline's lemmatizer (spaCy's `lemma_exc` lookups for verbs, nouns and adjectives); {} when no
    pipeline is installed."""
    from claims.nlp import PipelineUnavailable, pipeline

    try:
        table = pipeline("en").get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    except (PipelineUnavailable, KeyError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    for pos in ("verb", "noun", "adj"):
        try:
            forms = table[pos]
        except KeyError:
            continue
        for form, lemmas in forms.items():
            for lemma in lemmas:
                out.setdefault(lemma, []).append(form)
    return {lemma: tuple(forms) for lemma, forms in out.items()}


@lru_cache(maxsize=4096)
def lemmas_of(word: str) -> tuple[str, ...]:
    """The lemmas the English lemmatizer may give `word` whatever its tag: its exception tables' entries and
    its suffix rules' candidates ("has" -> have; "finalized" -> finalize, finaliz; over-generation is
    harmless: no token has a lemma that is no word). () when no pipeline is installed. Source: spaCy's
    rule-based English lemmatizer tables (`lemma_exc`, `lemma_rules`)."""
    from claims.nlp import PipelineUnavailable, pipeline

    try:
        lookups = pipeline("en").get_pipe("lemmatizer").lookups
        exc, rules = lookups.get_table("lemma_exc"), lookups.get_table("lemma_rules")
    except (PipelineUnavailable, KeyError, ValueError):
        return ()
    w = word.lower()
    out: list[str] = []
    for pos in ("verb", "noun", "adj"):
        try:
            out += list(exc[pos].get(w, ()))
            out += [w[:-len(old)] + new for old, new in rules[pos] if w.endswith(old) and len(w) > len(old) + 1]
        except KeyError:
            continue
    return tuple(dict.fromkeys(out))


def word_forms(word: str) -> tuple[str, ...]:
    """Every form of `word` the engine knows without a parse: its regular inflections and the irregular forms
    the lemmatizer's exception tables give it."""
    return tuple(dict.fromkeys(inflections(word) + irregular_forms().get(word.lower(), ())))


def cue_tokens(cue: str) -> list[str]:
    """The words of a lemma cue as spaCy's English tokenizer splits them ("snap-back" -> snap, -, back),
    lower-cased; a plain split when no pipeline is installed."""
    from claims.nlp import PipelineUnavailable, pipeline

    try:
        return [t.text.lower() for t in pipeline("en").tokenizer(cue_text(cue))]
    except PipelineUnavailable:
        return cue_text(cue).lower().split()


def pattern(cue: str) -> list[dict[str, Any]]:
    """The Matcher pattern of one lemma cue: each word by its lemma, the lemma being the word, one of its
    forms (word_forms; capitalised too: the lemmatizer keeps a participle tagged as an adjective as it is,
    "deadlocked", and a title-case headline's words, "Signs") or, for a word written inflected, its own
    lemma (lemmas_of). A hyphen is optional."""
    out: list[dict[str, Any]] = []
    for word in cue_tokens(cue):
        if word == "-":
            out.append({"ORTH": "-", "OP": "?"})
            continue
        forms = word_forms(word) + lemmas_of(word)  # a word written inflected ("has not agreed") matches too
        out.append({"LEMMA": {"IN": list(dict.fromkeys(forms + tuple(f.capitalize() for f in forms)
                                                       + (word.upper(),)))}})
    return out


CueGroups = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]


def cue_groups(claims: Any) -> CueGroups:
    """The state cues of `claims` as the matcher takes them: ((claim id, (cues of each state, ...)), ...)."""
    return tuple((c.id, tuple(tuple(s.cues) for s in c.states)) for c in claims if c.states)


@lru_cache(maxsize=512)
def matcher_for(groups: CueGroups) -> Any:
    """One spaCy Matcher of every lemma cue in `groups` (cue_groups), one pattern per cue, each labelled
    "<claim id>|<state index>|<cue>"; None when no pipeline is installed. Built once per set of cues (the
    engine builds one per claim of the catalogue)."""
    from claims.nlp import PipelineUnavailable, pipeline
    from spacy.matcher import Matcher

    try:
        nlp = pipeline("en")
    except PipelineUnavailable:
        return None
    matcher = Matcher(nlp.vocab)
    for claim, states in groups:
        for k, cues in enumerate(states):
            for cue in cues:
                if is_lemma_cue(cue):
                    matcher.add(f"{claim}|{k}|{cue}", [pattern(cue)])
    return matcher


def match_lemma_cues(doc: Any, groups: CueGroups) -> dict[str, list[tuple[int, int, int, str]]]:
    """The lemma cues of `groups` found in the parsed sentence `doc`: claim id -> [(state index, start, end,
    cue)], character offsets in the doc's text. {} when no pipeline is installed."""
    matcher = matcher_for(groups)
    if matcher is None:
        return {}
    out: dict[str, list[tuple[int, int, int, str]]] = {}
    for match_id, start, end in matcher(doc):
        claim, k, cue = doc.vocab.strings[match_id].split("|", 2)
        span = doc[start:end]
        out.setdefault(claim, []).append((int(k), span.start_char, span.end_char, cue))
    return out


@lru_cache(maxsize=2048)
def fallback_pattern(cue: str) -> re.Pattern[str]:
    """A lemma cue as a regex on folded text (claims.reader.fold) for a sentence without a parse: each word as
    written or in one of its forms (word_forms), words separated by white space, a hyphen inside a word
    optional. It finds every match the Matcher can make on a parse (the parser's lemmas of these words are
    those forms): claims.reader parses only the sentences where it finds one."""
    from extractors.text import fold

    parts = []
    for word in fold(cue_text(cue)).split():
        pieces = [p for p in word.split("-") if p]
        forms = [word_forms(p) if k == len(pieces) - 1 else (p,) for k, p in enumerate(pieces)]
        parts.append(r"[-\s]?".join("(?:" + "|".join(re.escape(f) for f in sorted(fs, key=len, reverse=True)) + ")"
                                     for fs in forms))
    return re.compile(r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])")


def find_lemma_cues_folded(folded: str, cues: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The lemma cues of `cues` in the folded text `folded` by their forms (no parse): (start, end, cue)."""
    out = []
    for cue in cues:
        if is_lemma_cue(cue):
            out += [(m.start(), m.end(), cue) for m in fallback_pattern(cue).finditer(folded)]
    return out


@lru_cache(maxsize=256)
def cue_word_forms(cues: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per lemma cue of `cues`, per word piece (a hyphenated word's parts apart), the set of its folded forms
    (word_forms), for has_lemma_cue."""
    from extractors.text import fold

    return tuple(tuple(frozenset(word_forms(piece)) for piece in re.split(r"[\s-]+", fold(cue_text(cue))) if piece)
                 for cue in cues if is_lemma_cue(cue))


WORD = re.compile(r"[\w']+")


def has_lemma_cue(folded: str, cues: tuple[str, ...]) -> bool:
    """Could the folded text hold one of the lemma cues of `cues`: does it have a form of each of some cue's
    words (in any order)? A quick test on the sentence's words (a superset of fallback_pattern's matches)."""
    words = set(WORD.findall(folded))
    return any(all(forms & words for forms in cue) for cue in cue_word_forms(cues))
