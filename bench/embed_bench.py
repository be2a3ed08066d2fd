"""Throughput benchmark for claims.embed (plain script).

    python bench/embed_bench.py

Prints the encoder load time and sentences/s for 2,000 ~20-token sentences at
batch size 32. Sentences are synthetic but deterministic, so runs are comparable.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

# Runnable as `python bench/embed_bench.py` from the repo root without installing.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.embed import Encoder  # noqa: E402

N_SENTENCES = 2_000
BATCH_SIZE = 32
WORDS = (
    "russia iran moscow tehran sanctions oil gas pipeline drone missile treaty "
    "president minister talks summit nuclear deal military exercise navy caspian "
    "bank payment rouble rial trade corridor railway agreement signed announced "
    "officials said on monday after week of meetings the a in to with over new "
    "defence cooperation report claims denied confirmed sources according"
).split()


def make_sentences(n: int, seed: int = 0) -> list[str]:
    """~20 tokens each: 14-18 common words plus [CLS]/[SEP] and a few word pieces."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(WORDS, k=rng.randint(14, 18))) + "." for _ in range(n)]


def main() -> None:
    sentences = make_sentences(N_SENTENCES)

    start = time.perf_counter()
    encoder = Encoder()
    load_s = time.perf_counter() - start

    n_tokens = sum(len(e.ids) for e in encoder.tokenizer.encode_batch(sentences))
    encoder.encode(sentences[:BATCH_SIZE], batch_size=BATCH_SIZE)  # warm-up (BLAS threads, caches)

    start = time.perf_counter()
    embeddings = encoder.encode(sentences, batch_size=BATCH_SIZE)
    encode_s = time.perf_counter() - start

    print(f"load time:   {load_s:.2f} s")
    print(f"sentences:   {len(sentences)} (mean {n_tokens / len(sentences):.1f} tokens incl. [CLS]/[SEP]), "
          f"batch {BATCH_SIZE}, output {embeddings.shape}")
    print(f"encode time: {encode_s:.2f} s")
    print(f"throughput:  {len(sentences) / encode_s:.0f} sentences/s")


if __name__ == "__main__":
    main()
