"""The cost of a run measured plainly from outside, as issue 14 asked, to check bench/run_bench.py against.

Nothing of claimwatch is imported: the 181 pages of ../shared/data/articles are served as they are by the
standard library's http.server on 127.0.0.1 through one RSS feed; `claimwatch run` runs as a subprocess
(a warm-up run first on a throw-away database so Prefect's own database exists, then the timed run on a fresh
one, then its no-op rerun); bare extraction is `trafilatura.extract(html)` of the same HTML one page after
another, once with trafilatura's defaults and once with the options extractors/pages.py passes.

    .venv/bin/python bench/outside.py          # about two minutes on 2 cores; prints the figures

ratio = (run − no-op) / bare. The baseline is built into the timed run's database first (`claimwatch baseline
build`, timed apart), as bench/run_bench.py does: a run on an empty database builds it itself (1–3 s), which
is a one-time cost, not the cost of reading pages. This is a benchmark, not a test."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "articles" / "html"
CLAIMWATCH = Path(sys.executable).parent / "claimwatch"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # one line per request would drown the figures
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def write_site(folder: Path, base: str, pages: list[tuple[str, bytes]]) -> Path:
    items = "".join(f"<item><title>page {i}</title><link>{base}/{name}</link><guid>{base}/{name}</guid>"
                    "<pubDate>Sun, 01 Jun 2025 08:00:00 +0000</pubDate></item>" for i, (name, _) in enumerate(pages))
    (folder / "feed.xml").write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                     f"<title>outside</title><link>{base}/</link><description>d</description>"
                                     f"{items}</channel></rss>", encoding="utf-8")
    for name, body in pages:
        (folder / name).write_bytes(body)
    feeds = folder / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nurl = "{base}/feed.xml"\n', encoding="utf-8")
    return feeds


def timed_run(feeds: Path, db: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([str(CLAIMWATCH), "run", "--feeds", str(feeds), "--db", str(db), "--reports",
                           str(db.parent / "reports"), "--allow-loopback"], env=env, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"claimwatch run failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return time.perf_counter() - started


def bare(pages: list[str], **options: object) -> float:
    import trafilatura

    started = time.perf_counter()
    for html in pages:
        trafilatura.extract(html, **options)
    return time.perf_counter() - started


def main() -> int:
    if not ARTICLES.is_dir():
        print(f"outside skipped: {ARTICLES} is absent")
        return 0
    raw = [(p.name.removesuffix(".gz"), gzip.decompress(p.read_bytes())) for p in sorted(ARTICLES.glob("*.html.gz"))]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        site = work / "site"
        site.mkdir()
        server, base = serve(site)
        feeds = write_site(site, base, raw)
        env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "CLAIMWATCH_LOOPBACK_ONLY": "1"}
        print(f"{len(raw)} pages; load {os.getloadavg()}")
        print(f"warm-up run: {timed_run(feeds, work / 'warm.db', env):.1f} s")
        started = time.perf_counter()
        subprocess.run([str(CLAIMWATCH), "baseline", "build", "--db", str(work / "run.db")], env=env,
                       capture_output=True, check=True)
        print(f"baseline build (not timed in the run): {time.perf_counter() - started:.1f} s")
        run = timed_run(feeds, work / "run.db", env)
        noop = timed_run(feeds, work / "run.db", env)
        server.shutdown()
    html = [body.decode("utf-8", "replace") for _, body in raw]
    plain = bare(html)
    options = bare(html, with_metadata=True, include_comments=False,
                   date_extraction_params={"extensive_search": False, "original_date": True})
    print(f"run {run:.1f} s, no-op {noop:.1f} s; bare trafilatura.extract: defaults {plain:.1f} s, "
          f"the pipeline's options {options:.1f} s; load {os.getloadavg()}")
    print(f"(run − no-op) / bare: {(run - noop) / plain:.2f} against defaults, {(run - noop) / options:.2f} against "
          "the pipeline's options (bench/run_bench.py reports the latter)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
