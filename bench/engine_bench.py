"""Claim-engine throughput on relevant articles: sentences per second through analyze_articles
(reader, spaCy parse of the prefiltered sentences, comparison, grouping, new developments with the
sentence encoder loaded). The corpus is repeated --copies times, as syndicated copies are in real feeds.
Prints wall-clock and CPU figures of the analysis.

    .venv/bin/python bench/engine_bench.py [--copies N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from baseline.builder import build, load_sources  # noqa: E402
from baseline.catalogue import load_catalogue  # noqa: E402
from claims.analysis import analyze_articles, load_encoder_or_none  # noqa: E402
from claimwatch.evaluate import load_corpus  # noqa: E402
from claims.nlp import pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=5, help="how many times to repeat the corpus")
    args = parser.parse_args()
    catalogue = load_catalogue()
    baseline = {k: v.to_dict() for k, v in build(catalogue, load_sources()).items()}
    started = time.perf_counter()
    encoder = load_encoder_or_none()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    pipeline("en")  # loaded once per process, like the encoder
    nlp_s = time.perf_counter() - started
    corpus = [a for a in load_corpus(ROOT / "tests" / "corpus") if a.relevant]
    rows = [{"id": n * 1000 + i, "url": f"http://127.0.0.1/{n}/{a.slug}", "title": a.title,
             "published": a.published, "text": f"{a.title}\n{a.body.strip()}"}
            for n in range(args.copies) for i, a in enumerate(corpus)]
    started, cpu_started = time.perf_counter(), time.process_time()
    analysis = analyze_articles(rows, catalogue, baseline, encoder)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(rows)}, sentences {analysis.sentences}, findings {len(analysis.findings)}, "
          f"new developments {len(analysis.new_developments)}")
    print(f"encoder load {load_s:.2f} s; spaCy pipeline load {nlp_s:.2f} s; analysis {elapsed:.2f} s; {analysis.sentences / elapsed:,.0f} sentences/s; "
          f"{len(rows) / elapsed:,.1f} articles/s; peak RSS {rss:,.0f} MB")
    # CPU seconds of the analysis (all threads): on a machine shared with other work the wall-clock figure
    # moves with their load, the CPU figure much less
    print(f"analysis CPU {cpu:.2f} s; {analysis.sentences / cpu:,.0f} sentences per CPU-second")


if __name__ == "__main__":
    main()
