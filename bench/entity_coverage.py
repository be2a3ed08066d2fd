"""How far spaCy's entities (and dateparser) do the work of claims.values' own readers, on the English
tune-split pages of ../shared/data/news-dev: the sentences holding a digit, parsed with the engine's
pipeline. Prints counts only (never the pages' text; the check split is not read).

    .venv/bin/python bench/entity_coverage.py [--corpus ../shared/data/news-dev]

- money: sums find_money reads, MONEY entities, and those the entity covers with the same span;
- percent: percentages find_percents reads and PERCENT entities overlapping them;
- dates: DATE entities resolved by find_dates on the entity's text, by dateparser alone, by entity_dates,
  with the milliseconds each costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.nlp import parse  # noqa: E402
from claims.values import _parsed_date, entity_dates, find_dates, find_money, find_percents  # noqa: E402
from extractors.text import split_sentences  # noqa: E402

FIXED_DATE = dt.date(2024, 7, 1)  # the date `claimwatch eval` serves undated pages with


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "news-dev"))
    args = parser.parse_args()
    pages = sorted(Path(args.corpus, "pages").glob("*.json"))
    if not pages:
        sys.exit(f"no pages under {args.corpus}")
    sentences: list[tuple[str, dt.date]] = []
    for path in pages:
        page = json.loads(path.read_text(encoding="utf-8"))
        if page["split"] != "tune" or page["lang"] != "en":
            continue
        ref = dt.date.fromisoformat(page["published"]) if page["published"] else FIXED_DATE
        sentences += [(s.text, ref) for s in split_sentences(page["text"]) if re.search(r"\d", s.text)]
    docs = parse([text for text, _ in sentences])
    money = {"find_money": 0, "MONEY entities": 0, "covered": 0, "same span": 0}
    percent = {"find_percents": 0, "PERCENT entities": 0, "covered": 0}
    dates = {"DATE entities": 0, "find_dates": 0, "dateparser": 0, "entity_dates": 0}
    cost = {"find_dates": 0.0, "dateparser": 0.0, "entity_dates": 0.0}
    for (text, ref), doc in zip(sentences, docs):
        ents = {label: [(e.start_char, e.end_char) for e in doc.ents if e.label_ == label]
                for label in ("MONEY", "PERCENT")}
        money["MONEY entities"] += len(ents["MONEY"])
        for m in find_money(text):
            money["find_money"] += 1
            money["covered"] += any(overlaps((m.start, m.end), e) for e in ents["MONEY"])
            money["same span"] += (m.start, m.end) in ents["MONEY"]
        percent["PERCENT entities"] += len(ents["PERCENT"])
        for p in find_percents(text):
            percent["find_percents"] += 1
            percent["covered"] += any(overlaps((p.start, p.end), e) for e in ents["PERCENT"])
    # each date reader in a pass of its own, dateparser's cache emptied before it: every cost is a cold one
    readers = (("find_dates", lambda ent, ref: [m for m in find_dates(ent.text, ref) if m.year]),
               ("entity_dates", lambda ent, ref: [m for m in entity_dates(ent, ref) if m.year]),
               ("dateparser", lambda ent, ref: _parsed_date(ent.text, ref)))
    for name, read in readers:
        _parsed_date.cache_clear()
        for (text, ref), doc in zip(sentences, docs):
            for ent in doc.ents:
                if ent.label_ != "DATE":
                    continue
                dates["DATE entities"] += name == "find_dates"
                started = time.perf_counter()
                dates[name] += bool(read(ent, ref))
                cost[name] += time.perf_counter() - started
    print(f"English tune-split sentences with a digit: {len(sentences)}")
    print("money:", ", ".join(f"{k} {v}" for k, v in money.items()))
    print("percent:", ", ".join(f"{k} {v}" for k, v in percent.items()))
    print("dates resolved:", ", ".join(f"{k} {v}" for k, v in dates.items()))
    print("ms per DATE entity:", ", ".join(f"{k} {1000 * v / max(1, dates['DATE entities']):.2f}"
                                          for k, v in cost.items()))


if __name__ == "__main__":
    main()
