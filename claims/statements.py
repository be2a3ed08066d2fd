"""Readings restated with the stance the dependency parse gives them (claims.grammar): negation, hedging,
attribution, denial and plans scoped by the verbs that govern the cue, replacing what a character window
around the cue guessed about hedges."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from claims.grammar import read_stance
from extractors.values import NEGATION_LABELS
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


def restate(readings: list[Any], text: str, catalogue: Any, docs: dict[tuple[int, int], Any],
            lang: str = "en") -> list[Any]:
    """Each reading with negated / hedged / attributed / denied / future from the parse of its sentence
    (`docs`: parsed sentences by their document offsets). A reading whose sentence was not parsed is kept."""
    out = []
    for reading in readings:
        doc = docs.get((reading.start, reading.end))
        if doc is None or catalogue.get(reading.claim).type not in STANCE_TYPES:
            out.append(reading)
            continue
        stance = read_stance(doc[:], reading.cue_start - reading.start, reading.cue_end - reading.start, lang)
        if stance is None:
            out.append(reading)
            continue
        cues = tuple(c for c in reading.cues if c not in WINDOW_HEDGES or stance.hedged) + stance.words
        out.append(replace(reading, hedged=stance.hedged, attributed=stance.attributed,
                           denied=reading.denied or stance.denied, future=reading.future or stance.future,
                           negated=reading.negated or (stance.negated and not reading.negated and negatable(reading)),
                           cues=tuple(dict.fromkeys(cues))))
    return out


def negatable(reading: Any) -> bool:
    """A negation the parse finds but the window did not ("has yet to deliver") negates the cue's state,
    unless the window already read one (and perhaps turned the state into its negative: "has not received"
    → not delivered)."""
    return not set(reading.cues) & NEGATION_LABELS


def parse_sentences(items: list[tuple[str, int, int]], lang: str = "en") -> dict[tuple[str, int, int], Any]:
    """Parse (key, start, end) sentence texts given as (text, start, end); {} when no pipeline is installed."""
    try:
        docs = parse([t for t, _, _ in items], lang)
    except PipelineUnavailable:
        return {}
    return {item: doc for item, doc in zip(items, docs)}
