"""The news-dev eval gate's floors: the pinned file, the corpus digest, and re-pinning after a measured gain.

`python -m tests.eval_gate` runs `claimwatch eval` on ../shared/data/news-dev and raises every floor to the
measured figure minus EPSILON; it refuses to lower one unless `--allow-lower` is given (lowering a floor is a
visible change, as in trafilatura's eval gate)."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).resolve().with_name("eval_floors.json")
EPSILON = 0.01
# (bucket, metric) pairs that are gated: English per split, the other languages, new developments.
GATED = [("tune:en", "recall"), ("tune:en", "precision"), ("check:en", "recall"), ("check:en", "precision"),
         ("all:other", "recall"), ("all:other", "precision"), ("all:all", "new_recall"),
         ("all:all", "new_precision")]


def corpus_digest(folder: Path) -> str:
    """sha256 over the page files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted((folder / "pages").glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def measured(scores: dict[str, Any]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for bucket, metric in GATED:
        out.setdefault(bucket, {})[metric] = round(getattr(scores[bucket]["overall"], metric), 3)
    return out


def pin(folder: Path, allow_lower: bool = False) -> dict[str, Any]:
    from claimwatch.evaluate import evaluate

    scores, text = evaluate(folder)
    print(text)
    old = json.loads(FLOORS_FILE.read_text(encoding="utf-8")) if FLOORS_FILE.exists() else {"floors": {}}
    floors: dict[str, dict[str, float]] = {}
    for bucket, metrics in measured(scores).items():
        for metric, value in metrics.items():
            new = round(max(0.0, value - EPSILON), 3)
            previous = old["floors"].get(bucket, {}).get(metric)
            if previous is not None and new < previous and not allow_lower:
                raise SystemExit(f"{bucket} {metric}: measured {value} would lower the floor {previous} "
                                 "(pass --allow-lower to do it on purpose)")
            floors.setdefault(bucket, {})[metric] = max(new, previous or 0.0) if not allow_lower else new
    pinned = {"corpus": "../shared/data/news-dev", "digest": corpus_digest(folder), "epsilon": EPSILON,
              "measured": measured(scores), "floors": floors}
    FLOORS_FILE.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
    return pinned


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/news-dev")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args()
    pin(args.corpus, args.allow_lower)
