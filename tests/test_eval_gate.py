"""Quality gate of the claim engine: `claimwatch eval` on ../shared/data/news-dev (real reporting nobody here
wrote) must stay at or above the floors pinned in tests/eval_floors.json, for the corpus whose digest is
pinned there. Re-pin with `python -m tests.eval_gate` after a measured gain."""

import json

import pytest

from tests.conftest import SHARED_DATA, need_shared
from tests.eval_gate import FLOORS_FILE, GATED, corpus_digest


def test_floors_file_pins_every_gated_figure():
    pinned = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    assert len(pinned["digest"]) == 64
    for bucket, metric in GATED:
        assert 0.0 <= pinned["floors"][bucket][metric] <= pinned["measured"][bucket][metric]


@pytest.mark.slow
def test_news_dev_figures_stay_above_their_floors(prefect_harness):
    folder = need_shared(SHARED_DATA / "news-dev")
    pinned = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    assert corpus_digest(folder) == pinned["digest"], \
        "../shared/data/news-dev differs from the corpus the floors were measured on: re-measure and re-pin"
    from claimwatch.evaluate import evaluate

    scores, text = evaluate(folder)
    print(text)
    below = [f"{bucket} {metric}: {getattr(scores[bucket]['overall'], metric):.3f} < floor {floor}"
             for bucket, metrics in pinned["floors"].items() for metric, floor in metrics.items()
             if getattr(scores[bucket]["overall"], metric) < floor]
    assert not below, below
    assert scores["all:all"]["overall"].unquoted == 0  # every quote occurs verbatim in its article


def test_verbose_lists_the_tune_pages_and_only_the_scores_of_the_check_split():
    from claimwatch.evaluate import Score, format_scores

    def bucket(page: str) -> dict[str, Score]:
        return {"overall": Score(expected_changes=1, misses=[f"{page} sco-membership: missed"])}

    scores = {"tune:all": bucket("tune-page"), "check:all": bucket("check-page"), "tune:en": bucket("tune-page"),
              "check:en": bucket("check-page")}
    quiet = format_scores(scores, verbose=True)
    assert "tune-page sco-membership" in quiet and "check-page" not in quiet
    assert "check-page sco-membership" in format_scores(scores, verbose=True, show_check=True)
