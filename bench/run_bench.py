"""Whole-run benchmark: the real `claimwatch run` over pages served on 127.0.0.1, against bare extraction.

For each variant it serves the 181 benchmark pages of ../shared/data/articles, replicated under unique URLs
(each replica with a unique sentence, so content-hash de-duplication keeps it) and, in the relevant-heavy
variant, mixed with the labeled dev-corpus articles about Russia–Iran, through several RSS feeds. Then:

1. `claimwatch baseline build --db <tmp>`: the database a nightly run finds (timed, reported apart);
2. `claimwatch run --feeds <generated> --db <tmp> --reports <tmp> --allow-loopback` as a subprocess with
   CLAIMWATCH_LOOPBACK_ONLY=1, ephemeral Prefect included: wall time, articles/s, peak RSS of the process
   tree (polled from /proc), seconds per stage as the run records them (report.json `run.timings`);
3. a no-op run over the same feeds (they answer 304), and one where the feeds ignore validators and every
   entry is already known;
4. the reference limit: `trafilatura.extract` of the same HTML with the pipeline's options, one process,
   one page after another; ratio = (run − no-op) / bare.

    .venv/bin/python bench/run_bench.py                       # the full set (make bench): many minutes
    .venv/bin/python bench/run_bench.py --sizes 181           # one plain variant
    .venv/bin/python bench/run_bench.py --sizes 181 --relevant-share 0.2
    .venv/bin/python bench/run_bench.py --sizes 181 --profile # + one run under py-spy (--gil)
    .venv/bin/python bench/run_bench.py --sizes 1000 --src DIR # a changed copy of the packages, same CLI

Without --sizes and --relevant-share: plain at 181, 1,000 and 5,000 pages, and relevant-heavy (a fifth
about Russia–Iran) at 1,000. With either: every size × every share given. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pages import (
    SHARED_ARTICLES,
    Page,
    benchmark_templates,
    build_pages,
    corpus_templates,
    render_feeds,
)

BIN = Path(sys.executable).parent  # the venv's bin: claimwatch and py-spy live beside its python
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
DEFAULT_VARIANTS = ((181, 0.0), (1000, 0.0), (5000, 0.0), (1000, 0.2))
# report.json run.timings (claimwatch.pipeline.Timings): the flow's phases one after another, and inside
# `pages` the page threads' fetch and extract (summed over threads) and the flow thread's store, interleaved.
PHASES = ("setup", "feeds", "pages", "analyse", "report")
PAGE_STAGES = ("fetch", "extract", "store")
TARGETS = {"marginal_over_bare": 1.5, "per_article_drift": 0.20, "noop_s": 10.0, "peak_rss_mb": 1536}


# --------------------------------------------------------------------------- serving


class BenchServer:
    """Feeds and pages on 127.0.0.1. Feeds carry an ETag; `honor_validators` decides whether a matching
    If-None-Match gets 304 (a well-behaved server) or the whole feed again (one that ignores validators)."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.feeds: dict[str, tuple[bytes, str]] = {}
        self.honor_validators = True
        handler = type("H", (_Handler,), {"bench": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def publish(self, pages: list[Page]) -> list[str]:
        self.pages = {p.path: p for p in pages}
        self.feeds = {}
        for i, body in enumerate(render_feeds(self.base, pages)):
            self.feeds[f"/feed/{i}.xml"] = (body, f'"bench-{len(pages)}-{i}-{hash(body)}"')
        return [self.base + path for path in self.feeds]

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    bench: BenchServer
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers: httpx reuses its pooled connections

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path in self.bench.feeds:
            body, etag = self.bench.feeds[self.path]
            if self.bench.honor_validators and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._send(body, "application/rss+xml; charset=utf-8", {"ETag": etag})
        elif self.path in self.bench.pages:
            self._send(self.bench.pages[self.path].body(), "text/html; charset=utf-8")
        else:
            self._send(b"not found", "text/plain", status=404)

    def _send(self, body: bytes, content_type: str, headers: dict[str, str] | None = None,
              status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


# The default listen backlog (5) drops SYNs when 8 workers connect at once: 1 s retransmits, not our cost.
ThreadingHTTPServer.request_queue_size = 256


def write_feeds_file(path: Path, feeds: list[str]) -> Path:
    lines = ["# generated by bench/run_bench.py"]
    for i, url in enumerate(feeds):
        lines += ["[[feeds]]", f'name = "bench feed {i}"', f'url = "{url}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- running and measuring


class TreePoller(threading.Thread):
    """Samples RSS and CPU time of a process and all its descendants from /proc every `interval` s."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak_tree_rss = 0
        self.peak_rss: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    def sample(self) -> None:
        children: dict[int, list[int]] = defaultdict(list)
        stats: dict[int, list[str]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rpartition(")")[2].split()
            except OSError:
                continue
            stats[int(entry)] = fields
            children[int(fields[1])].append(int(entry))
        tree, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            if pid in stats:
                tree.append(pid)
                todo += children.get(pid, [])
        total = 0
        for pid in tree:
            fields = stats[pid]
            rss = int(fields[21]) * PAGE_SIZE
            total += rss
            self.peak_rss[pid] = max(self.peak_rss.get(pid, 0), rss)
            self.cpu[pid] = (int(fields[11]) + int(fields[12])) / TICKS
            if pid not in self.names:
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as fh:
                        cmdline = fh.read().replace(b"\0", b" ").decode(errors="replace")
                    self.names[pid] = cmdline.strip()[:120]
                except OSError:
                    self.names[pid] = "?"
        self.peak_tree_rss = max(self.peak_tree_rss, total)


@dataclass
class RunResult:
    wall_s: float
    exit_code: int
    cpu_s: float                 # user + system of the run and its reaped children (wait4)
    run_process_cpu_s: float     # the `claimwatch run` process alone (/proc, last sample before exit)
    children_cpu_s: float        # its subprocesses: the temporary Prefect server (uvicorn)
    maxrss_mb: float             # largest single process of the tree, sampled every 0.1 s. Not wait4's
                                 # ru_maxrss: that counts the bench's own RSS, copied at fork before exec
    peak_tree_rss_mb: float      # largest sum over the tree, sampled every 0.1 s
    processes: list[dict[str, Any]]
    timings: dict[str, float]    # report.json run.timings: seconds per stage, as the run measured them
    outside_s: float             # wall s outside the flow's phases: start (imports, temporary Prefect server,
                                 # flow run), report files and artifacts, exit
    bench_cpu_s: float           # CPU this process spent serving pages meanwhile (shares the 2 cores)
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    log: str
    counts: dict[str, Any] = field(default_factory=dict)


def bench_env(workdir: Path, src: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PREFECT_", "CLAIMWATCH_")) and k != "PYTHONPATH"}
    # Ephemeral Prefect (no PREFECT_API_URL), as `claimwatch run` runs by default; state kept apart.
    env.update(PREFECT_HOME=str(workdir / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               CLAIMWATCH_LOOPBACK_ONLY="1")
    # --src: try a changed copy of the packages with the same CLI (its folder is searched before the editable
    # install's finder).
    if src:
        env["PYTHONPATH"] = str(src.resolve())
    return env


def run_claimwatch(feeds_file: Path, db: Path, reports: Path, env: dict[str, str], log: Path,
                   profile: Path | None = None) -> RunResult:
    cmd = [str(BIN / "claimwatch"), "run", "--feeds", str(feeds_file), "--db", str(db),
           "--reports", str(reports), "--allow-loopback"]
    if profile:
        cmd = [str(BIN / "py-spy"), "record", "--subprocesses", "--gil", "--rate", "100", "--format", "raw",
               "--output", str(profile), "--"] + cmd
    load_before = os.getloadavg()
    own_cpu = sum(os.times()[:2])
    started = time.time()
    t0 = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=db.parent)
        poller = TreePoller(proc.pid)
        poller.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    poller.stop()
    stop_left_behind(poller, proc.pid)
    timings = run_timings(reports, started)
    processes = [{"pid": pid, "cmd": poller.names.get(pid, "?"), "peak_rss_mb": round(rss / 2**20, 1),
                  "cpu_s": round(poller.cpu.get(pid, 0.0), 2)} for pid, rss in poller.peak_rss.items()]
    return RunResult(wall_s=wall, exit_code=os.waitstatus_to_exitcode(status),
                     cpu_s=usage.ru_utime + usage.ru_stime,
                     run_process_cpu_s=poller.cpu.get(proc.pid, 0.0),
                     children_cpu_s=sum(c for pid, c in poller.cpu.items() if pid != proc.pid),
                     maxrss_mb=max(poller.peak_rss.values(), default=0) / 2**20,
                     peak_tree_rss_mb=poller.peak_tree_rss / 2**20,
                     processes=processes, timings=timings,
                     outside_s=round(max(wall - sum(timings.get(p, 0.0) for p in PHASES), 0.0), 2),
                     bench_cpu_s=sum(os.times()[:2]) - own_cpu,
                     load_before=load_before, load_after=os.getloadavg(), log=str(log))


def stop_left_behind(poller: TreePoller, root: int) -> None:
    """A run that dies (SIGABRT was seen once) leaves its temporary Prefect server running, orphaned: stop
    the processes of this run's tree that outlive it, by pid, once checked to still run the same command."""
    for pid, name in poller.names.items():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                alive = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()[:120] == name
        except OSError:
            continue
        if pid != root and alive:
            print(f"  stopping pid {pid} left behind by the run: {name}")
            os.kill(pid, signal.SIGTERM)


def run_timings(reports: Path, since: float) -> dict[str, float]:
    """run.timings of the report this run wrote (the newest report.json under `reports` written after
    `since`, epoch s); {} when the run wrote none."""
    written = [p for p in reports.glob("*/report.json") if p.stat().st_mtime >= since]
    if not written:
        return {}
    report = json.loads(max(written, key=lambda p: p.stat().st_mtime).read_text(encoding="utf-8"))
    return dict(report["run"].get("timings") or {})


def read_counts(reports: Path, db: Path) -> dict[str, Any]:
    import sqlite3

    folders = sorted(reports.glob("*/report.json"), key=lambda p: p.stat().st_mtime)
    counts: dict[str, Any] = {}
    if folders:
        report = json.loads(folders[-1].read_text(encoding="utf-8"))
        counts = dict(report["run"]["counts"])
        counts["findings"] = len(report["findings"])
        counts["new_developments"] = len(report["new_developments"])
        counts["run_id"] = report["run"]["id"]
        errors = Counter(e["stage"] + ": " + e["message"][:60] for e in report["errors"])
        counts["error_kinds"] = dict(errors.most_common(5))
    with sqlite3.connect(db) as conn:
        counts["articles_in_db"] = conn.execute("select count(*) from articles").fetchone()[0]
    return counts


class RunFailed(Exception):
    pass


def check_exit(run: RunResult) -> None:
    """A failed run stops the benchmark; the tail of its log says why (the work folder is kept)."""
    if run.exit_code != 0:
        tail = Path(run.log).read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        raise RunFailed(f"claimwatch run failed (exit {run.exit_code}), {run.log}:\n" + "\n".join(tail))


def build_baseline(db: Path, env: dict[str, str], folder: Path) -> float:
    """The database a nightly run finds: the baseline built once, before the timed runs."""
    t0 = time.perf_counter()
    cmd = [str(BIN / "claimwatch"), "baseline", "build", "--db", str(db),
           "--out", str(folder / "baseline-report")]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"claimwatch baseline build failed: {done.stderr.strip()[-500:]}")
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- the reference limit


def time_bare_extraction(pages: list[Page], base: str) -> float:
    """trafilatura.extract of the same HTML with the options extractors/pages.py passes, one process, one page
    after another: the work a run cannot avoid."""
    import trafilatura

    htmls = [(p.html(), base + p.path) for p in pages]
    t0 = time.perf_counter()
    for page, url in htmls:
        trafilatura.extract(page, url=url, with_metadata=True, include_comments=False,
                            date_extraction_params={"extensive_search": False, "original_date": True})
    return time.perf_counter() - t0


# --------------------------------------------------------------------------- profiles


BUCKETS = (("extract", ("extract_article", "bare_extraction")), ("fetch", ("fetch_page",)),
           ("feeds", ("read_feed", "record_feed")), ("store", ("record_page",)),
           ("analyse", ("analyze_run",)),
           ("report", ("record_run", "run_report", "write_report", "create_markdown_artifact")),
           ("setup", ("ensure_baseline", "load_catalogue", "open_db")))


def summarize_profile(path: Path, top: int = 15) -> dict[str, Any]:
    """py-spy raw stacks → per process: samples, share per stage, top functions (self, inclusive)."""
    procs: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = stack.split(";")
        # --subprocesses: a child's stacks start with its parent's process frame, then its own.
        proc = next((f for f in reversed(frames) if f.startswith("process ")), "process ?")
        frames = [f for f in frames if not f.startswith(("process ", "thread "))]
        n = int(count)
        p = procs[proc]
        p["total"]["samples"] += n
        names = [re.sub(r":\d+\)$", ")", f) for f in frames]
        p["self"][names[-1] if names else "?"] += n
        for name in set(names):
            p["inclusive"][name] += n
        bucket = next((b for b, keys in BUCKETS if any(f.split(" (")[0] in keys for f in names)), None)
        if bucket is None:
            bucket = "prefect/other" if any("prefect" in f for f in names) else "other"
        p["stage"][bucket] += n
    out = {}
    for proc, p in sorted(procs.items(), key=lambda kv: -kv[1]["total"]["samples"]):
        total = p["total"]["samples"]
        out[proc[:140]] = {"samples": total, **{f"{kind}_pct": shares(p[kind], total, top)
                                                for kind in ("stage", "self", "inclusive")}}
    return out


def shares(counts: Counter, total: int, top: int) -> list[tuple[str, float]]:
    return [(k, round(100 * v / total, 1)) for k, v in counts.most_common(top)]


def print_profile(profile: dict[str, Any], wall: float) -> None:
    print(f"profile (py-spy --gil, 100 Hz: samples of the thread holding the GIL; run took {wall:.1f} s "
          f"under the profiler):")
    for proc, p in list(profile.items())[:2]:
        print(f"  {proc}: {p['samples']} samples (~{p['samples'] / 100:.0f} s holding the GIL)")
        print("    by stage: " + ", ".join(f"{k} {v}%" for k, v in p["stage_pct"]))
        for k, v in p["self_pct"][:10]:
            print(f"    self {v:5.1f}%  {k}")
        for k, v in p["inclusive_pct"][:15]:
            print(f"    incl {v:5.1f}%  {k}")


# --------------------------------------------------------------------------- the benchmark


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    import trafilatura

    meminfo = Path("/proc/meminfo").read_text().splitlines()
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    mem = next((line.split()[1] for line in meminfo if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gib": round(int(mem) / 2**20, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "trafilatura": trafilatura.__version__, "prefect": version("prefect")}


def load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


def variant_name(size: int, share: float) -> str:
    return f"{size} pages" + (f", {share:.0%} relevant-heavy" if share else "")


def bench_variant(size: int, share: float, args: argparse.Namespace, server: BenchServer, templates: tuple,
                  env: dict[str, str], workdir: Path) -> dict[str, Any]:
    plain, relevant = templates
    pages = build_pages(size, plain, relevant, share)
    feeds = server.publish(pages)
    folder = workdir / f"n{size}-r{int(share * 100)}"
    folder.mkdir()
    feeds_file = write_feeds_file(folder / "feeds.toml", feeds)
    db, reports = folder / "claimwatch.db", folder / "reports"
    corpus_pages = sum(p.template.relevant for p in pages)
    print(f"\n== {variant_name(size, share)}: {len(feeds)} feeds of ≤{-(-size // len(feeds))} entries, "
          f"{corpus_pages} corpus pages ==", flush=True)
    baseline_s = build_baseline(db, env, folder)
    print(f"baseline build (before the timed runs): {baseline_s:.1f} s", flush=True)

    server.honor_validators = True
    run = run_claimwatch(feeds_file, db, reports, env, folder / "run.log")
    run.counts = read_counts(reports, db)
    check_exit(run)
    print(f"run: {run.wall_s:.1f} s [load {load(run.load_before)} → {load(run.load_after)}], "
          f"{run.counts.get('articles_new')} new articles ({run.counts.get('articles_relevant')} relevant), "
          f"{run.counts.get('findings')} findings, {run.counts.get('errors')} errors; peak RSS tree "
          f"{run.peak_tree_rss_mb:.0f} MB (largest process {run.maxrss_mb:.0f} MB)", flush=True)
    print(f"  run.timings (s): {run.timings}; outside the flow's phases {run.outside_s:.1f} s", flush=True)
    print(f"  run process CPU {run.run_process_cpu_s:.1f} s, Prefect server {run.children_cpu_s:.1f} s, "
          f"bench server {run.bench_cpu_s:.1f} s", flush=True)
    noop = run_claimwatch(feeds_file, db, reports, env, folder / "noop.log")
    noop.counts = read_counts(reports, db)
    print(f"no-op run (feeds answer 304): {noop.wall_s:.1f} s [load {load(noop.load_before)} → "
          f"{load(noop.load_after)}], {noop.counts.get('articles_new')} new; run.timings {noop.timings}",
          flush=True)
    result: dict[str, Any] = {"size": size, "relevant_share": share, "feeds": len(feeds),
                              "corpus_pages": corpus_pages, "baseline_build_s": baseline_s,
                              "run": asdict(run), "noop": asdict(noop)}
    if not args.quick:
        server.honor_validators = False
        full = run_claimwatch(feeds_file, db, reports, env, folder / "noop-full.log")
        full.counts = read_counts(reports, db)
        server.honor_validators = True
        print(f"no-op run (feeds ignore validators, all {full.counts.get('entries_seen')} entries known): "
              f"{full.wall_s:.1f} s [load {load(full.load_before)} → {load(full.load_after)}]; "
              f"run.timings {full.timings}", flush=True)
        result["noop_full"] = asdict(full)
    load_before = os.getloadavg()
    bare = time_bare_extraction(pages, server.base)
    result.update(bare_extract_s=bare, bare_load=(load_before, os.getloadavg()))
    stored = run.counts.get("articles_new") or 0
    result["stored"] = stored
    result["articles_per_s"] = stored / run.wall_s if run.wall_s else 0.0
    result["ratio_run_over_bare"] = run.wall_s / bare
    result["marginal_over_bare"] = (run.wall_s - noop.wall_s) / bare
    result["marginal_s_per_article"] = (run.wall_s - noop.wall_s) / stored if stored else None
    print(f"bare trafilatura.extract of the same {size} pages: {bare:.1f} s [load {load(load_before)} → "
          f"{load(os.getloadavg())}]; run/bare {result['ratio_run_over_bare']:.2f}; "
          f"(run − no-op)/bare {result['marginal_over_bare']:.2f}", flush=True)
    if args.profile:
        pdb, preports = folder / "profile.db", folder / "profile-reports"
        build_baseline(pdb, env, folder)
        prof = run_claimwatch(feeds_file, pdb, preports, env, folder / "profile.log",
                              profile=folder / "profile.txt")
        result["profile_run_s"] = prof.wall_s
        if (folder / "profile.txt").exists():
            result["profile"] = summarize_profile(folder / "profile.txt")
            print_profile(result["profile"], prof.wall_s)
        else:
            print(f"py-spy wrote no profile (see {folder / 'profile.log'})")
    return result


def warm_up(server: BenchServer, templates: tuple, env: dict[str, str], workdir: Path) -> float:
    """One small run first, so the timed runs do not pay for creating Prefect's database in PREFECT_HOME."""
    pages = build_pages(4, templates[0], templates[1], 0.0)
    folder = workdir / "warmup"
    folder.mkdir()
    feeds_file = write_feeds_file(folder / "feeds.toml", server.publish(pages))
    result = run_claimwatch(feeds_file, folder / "claimwatch.db", folder / "reports", env, folder / "run.log")
    check_exit(result)
    return result.wall_s


def summary(results: list[dict[str, Any]]) -> str:
    head = ("| pages | relevant share | stored (relevant) | run s | articles/s | no-op s (304) | "
            "no-op s (all known) | bare extract s | (run − no-op) / bare | marginal ms/article | "
            "peak RSS tree MB | load before run |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in results:
        run = r["run"]
        lines.append(
            f"| {r['size']} | {r['relevant_share']:.0%} | {r['stored']} "
            f"({run['counts'].get('articles_relevant')}) | "
            f"{run['wall_s']:.1f} | {r['articles_per_s']:.1f} | {r['noop']['wall_s']:.1f} | "
            f"{r.get('noop_full', {}).get('wall_s', float('nan')):.1f} | {r['bare_extract_s']:.1f} | "
            f"{r['marginal_over_bare']:.2f} | {(r['marginal_s_per_article'] or 0) * 1000:.1f} | "
            f"{run['peak_tree_rss_mb']:.0f} | {load(run['load_before'])} |")
    columns = ["outside", *PHASES, *PAGE_STAGES]
    lines += ["", ("Wall s per stage as the run recorded them (report.json run.timings); 'outside' is the rest of "
                   "the run's wall time (start with the temporary Prefect server, report files and artifacts, "
                   "exit); fetch and extract are summed over the page threads and interleave with store inside "
                   "'pages':"), "",
              "| pages | relevant share | " + " | ".join(columns) + " | run process CPU | Prefect server CPU |",
              "|" + "---|" * (len(columns) + 4)]
    for r in results:
        run = r["run"]
        lines.append(f"| {r['size']} | {r['relevant_share']:.0%} | {run['outside_s']:.1f} | "
                     + " | ".join(f"{run['timings'].get(s, 0.0):.1f}" for s in [*PHASES, *PAGE_STAGES])
                     + f" | {run['run_process_cpu_s']:.1f} | {run['children_cpu_s']:.1f} |")
    return "\n".join(lines)


def verdicts(results: list[dict[str, Any]]) -> list[str]:
    out = []
    plain = {r["size"]: r for r in results if not r["relevant_share"]}
    for r in results:
        name = variant_name(r["size"], r["relevant_share"])
        ok = r["marginal_over_bare"] <= TARGETS["marginal_over_bare"]
        out.append(f"{verdict(ok)} (run − no-op)/bare ≤ {TARGETS['marginal_over_bare']} at {name}: "
                   f"{r['marginal_over_bare']:.2f}")
        worst = max(r["noop"]["wall_s"], r.get("noop_full", {}).get("wall_s", 0.0))
        out.append(f"{verdict(worst <= TARGETS['noop_s'])} no-op run ≤ {TARGETS['noop_s']:.0f} s at "
                   f"{name}: {r['noop']['wall_s']:.1f} s (304)"
                   + (f", {r['noop_full']['wall_s']:.1f} s (all known)" if "noop_full" in r else ""))
        rss = r["run"]["peak_tree_rss_mb"]
        engine = "loaded" if r["run"]["timings"].get("analyse", 0.0) > 0.5 else "idle"
        out.append(f"{verdict(rss <= TARGETS['peak_rss_mb'])} peak RSS ≤ 1.5 GB at {name}: {rss:.0f} MB "
                   f"(claim engine {engine})")
    if 1000 in plain and 5000 in plain and plain[1000]["marginal_s_per_article"]:
        a, b = plain[1000]["marginal_s_per_article"], plain[5000]["marginal_s_per_article"]
        drift = b / a - 1
        out.append(f"{verdict(abs(drift) <= TARGETS['per_article_drift'])} cost per article at 5,000 "
                   f"within 20% of 1,000: {b * 1000:.1f} vs {a * 1000:.1f} ms ({drift:+.0%})")
    return out


def verdict(ok: bool) -> str:
    return "met " if ok else "MISS"


def variants_from(args: argparse.Namespace) -> list[tuple[int, float]]:
    if args.quick:
        return [(181, 0.0)]
    if args.sizes is None and args.relevant_share is None:
        return list(DEFAULT_VARIANTS)
    sizes = [int(s) for s in (args.sizes or "181,1000,5000").split(",") if s.strip()]
    shares = [float(s) for s in (args.relevant_share or "0").split(",") if s.strip()]
    return [(size, share) for share in shares for size in sizes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="page counts, comma-separated (default 181,1000,5000)")
    parser.add_argument("--relevant-share", help="shares of pages about Russia–Iran, e.g. 0,0.2")
    parser.add_argument("--quick", action="store_true", help="smoke use: 181 plain pages, one no-op run")
    parser.add_argument("--profile", action="store_true", help="one more run per variant under py-spy")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work folder: databases, logs, profiles")
    parser.add_argument("--src", type=Path, help="run a copy of the packages from this folder (experiments)")
    args = parser.parse_args()
    if not sorted((SHARED_ARTICLES / "html").glob("*.html.gz")):
        print(f"bench skipped: {SHARED_ARTICLES}/html has no *.html.gz pages (the 181 benchmark pages of "
              f"../shared/data/articles are only beside the project in CI and development)")
        return 0
    if args.profile and not (BIN / "py-spy").exists():
        raise SystemExit(f"--profile needs py-spy: {BIN / 'python'} -m pip install py-spy")
    variants = variants_from(args)
    info = machine()
    print(f"machine: {info}; load {load(os.getloadavg())}")
    t0 = time.perf_counter()
    templates = (benchmark_templates(), corpus_templates() if any(share for _, share in variants) else [])
    unanchored = [t.name for t in templates[0] if not t.anchored]
    print(f"pages: {len(templates[0])} benchmark pages ({len(unanchored)} without a unique-sentence "
          f"placement), {len(templates[1])} relevant corpus articles; "
          f"prepared in {time.perf_counter() - t0:.1f} s")
    workdir = Path(tempfile.mkdtemp(prefix="claimwatch-bench-"))
    env = bench_env(workdir, args.src)
    if args.src:
        print(f"packages from {args.src.resolve()} (not the checkout)")
    results: list[dict[str, Any]] = []
    failed: RunFailed | None = None
    try:
        with BenchServer() as server:
            warm = warm_up(server, templates, env, workdir)
            print(f"warm-up run (creates Prefect's database): {warm:.1f} s")
            for size, share in variants:
                results.append(bench_variant(size, share, args, server, templates, env, workdir))
    except RunFailed as exc:
        failed = exc
    finally:
        if args.json:
            args.json.write_text(json.dumps({"machine": info, "results": results}, indent=1, default=str))
        if args.keep or failed:
            print(f"work folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if failed:
        print(failed)
    if results:
        print("\n" + summary(results) + "\n")
        print("\n".join(verdicts(results)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
