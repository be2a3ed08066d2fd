"""Per-stage timings of a real `claimwatch run`, recorded from inside the process without editing it.

bench/run_bench.py puts a generated `sitecustomize.py` on the run's PYTHONPATH that loads this file and
calls `install()`. When `flows.monitor` has been imported, the plain functions the flow calls are wrapped so
that every call records its stage, wall time and the CPU time of its own thread (time.thread_time: the fetch
and extract calls run in 8 worker threads on 2 cores, so their wall time includes waiting for the GIL and
the CPU; thread CPU time is what each stage costs). At exit the records go to $CLAIMWATCH_BENCH_STAGES
as JSON.

The run itself records no stage timings (report.json has counts only); see docs/PERFORMANCE.md.
"""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import importlib.util
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

# (module, attribute, stage): looked up by the flow at call time, so replacing the attribute is enough.
PATCHES = (
    ("flows.monitor", "load_config", "setup"), ("flows.monitor", "open_db", "setup"),
    ("flows.monitor", "load_catalogue", "setup"), ("baseline.store", "ensure_baseline", "setup"),
    ("claimwatch.pipeline", "begin", "setup"),
    ("claimwatch.pipeline", "read_feed", "feeds"), ("claimwatch.pipeline", "record_feed", "feeds"),
    ("claimwatch.store", "retry_entries", "feeds"), ("claimwatch.store", "feed_validators", "feeds"),
    ("claimwatch.pipeline", "fetch_page", "fetch"),
    ("claimwatch.pipeline", "decode_html", "extract"), ("claimwatch.pipeline", "extract_article", "extract"),
    ("claimwatch.pipeline", "record_page", "store"),
    ("flows.monitor", "analyze_run", "analyse"),
    ("claimwatch.review", "record_run", "report"), ("claimwatch.pipeline", "run_report", "report"),
    ("claimwatch.store", "finish_run", "report"),
    ("flows.monitor", "write_report", "report"), ("flows.monitor", "findings_table", "report"),
    ("flows.monitor", "create_markdown_artifact", "report"),
    ("flows.monitor", "create_table_artifact", "report"),
    ("flows.monitor", "create_link_artifact", "report"),
)
# Only the first of nested patched calls counts (pipeline.run_report calls store.finish_run).
_depth = threading.local()

_records: list[tuple[str, float, float, float]] = []  # stage, wall start (epoch s), wall s, thread CPU s
_lock = threading.Lock()
_started = time.time()


def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if getattr(_depth, "n", 0):
            return fn(*args, **kwargs)
        start, t0, c0 = time.time(), time.perf_counter(), time.thread_time()
        _depth.n = 1
        try:
            return fn(*args, **kwargs)
        finally:
            _depth.n = 0
            record = (stage, start, time.perf_counter() - t0, time.thread_time() - c0)
            with _lock:
                _records.append(record)
    return wrapper


_missing: list[str] = []  # functions the flow no longer has (the code moved on): reported, not fatal


def patch_all() -> None:
    for module, name, stage in PATCHES:
        mod = sys.modules.get(module)
        if mod is None or not callable(getattr(mod, name, None)):
            _missing.append(f"{module}.{name}")
            continue
        setattr(mod, name, timed(stage, getattr(mod, name)))


class _AfterImport(importlib.abc.MetaPathFinder):
    """Wraps the loader of `flows.monitor` so the patches go in right after the module has run."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "flows.monitor":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_and_patch(module: Any) -> None:
            exec_module(module)
            patch_all()

        spec.loader.exec_module = exec_and_patch  # type: ignore[method-assign]
        return spec


def dump() -> None:
    path = os.environ.get("CLAIMWATCH_BENCH_STAGES")
    if not path:
        return
    times = os.times()
    with _lock:
        records = list(_records)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"started": _started, "exited": time.time(), "process_cpu_s": times.user + times.system,
                   "missing": _missing, "records": records}, fh)


def install() -> None:
    sys.meta_path.insert(0, _AfterImport())
    atexit.register(dump)
