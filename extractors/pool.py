"""Where a run extracts its pages: in worker processes when there are many, else in its own process.

trafilatura holds the GIL for nearly all of a page's extraction, so threads extract one page at a time, and in
a run they also compete with the page threads, the flow thread storing and Prefect's own threads: measured
in-run extraction took twice what the same pages take alone (docs/PERFORMANCE.md). Worker processes
(concurrent.futures.ProcessPoolExecutor) extract on every core at once and leave the run's GIL to the rest.

Start method "forkserver" (multiprocessing): the run has threads (Prefect, httpx) when the pool starts, and
forking a threaded process can copy a lock held by another thread; the fork server is a clean process that
imports extractors.pages once and forks the workers from itself.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from extractors.pages import Article, extract_article

# Fewer pages than this are extracted in the run's own process: starting the fork server and its workers
# costs ~1.5 s of CPU (importing the CLI's entry module and trafilatura once), about what 25 pages cost to
# extract.
PROCESS_POOL_MIN_PAGES = 25


def worker_count() -> int:
    """Cores this process may run on (os.sched_getaffinity where the platform has it, else os.cpu_count())."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def end_with(run_pid: int) -> None:
    """Worker initializer: end this worker process as soon as the run `run_pid` is gone. A run killed by the OS
    or by SIGKILL never shuts its pool down, and a worker waits on its call queue for ever (a
    multiprocessing queue holds both ends of its pipe, so it never sees end-of-file), keeping the fork server
    and multiprocessing's resource tracker alive too. Watches a pidfd (Linux 5.3+), else polls every second."""
    def watch() -> None:
        try:
            select.select([os.pidfd_open(run_pid)], [], [])
        except (AttributeError, OSError):  # no pidfd here, or the run already gone
            while True:
                try:
                    os.kill(run_pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="end-with-run", daemon=True).start()


class Extraction:
    """A callable with extract_article's signature, `extraction(html, url, feed_date, fetched_at) -> Article`,
    safe to call from many threads; a context manager that stops its worker processes on exit.

    `processes` 0 or 1: pages are extracted in this process, one at a time (a lock: concurrent extractions
    only add GIL switching). More: in that many worker processes. A worker that dies (the OS killed it, or a
    page crashed lxml) breaks the pool; the page is then tried once more in a new pool, and if that breaks too
    the rest of the run extracts in this process. Raises what extract_article raises (ExtractError)."""

    def __init__(self, processes: int = 0) -> None:
        self.processes = processes if processes > 1 else 0
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = self._start() if self.processes else None

    @classmethod
    def for_pages(cls, pages: int) -> "Extraction":
        """Worker processes (one per core) when `pages` reaches PROCESS_POOL_MIN_PAGES, else in-process."""
        # A daemonic process (multiprocessing's) may not start children of its own.
        many = pages >= PROCESS_POOL_MIN_PAGES and not multiprocessing.current_process().daemon
        return cls(worker_count() if many else 0)

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        # "__main__": the fork server imports the run's main module once, and the workers forked from it skip
        # their own import of it (multiprocessing.spawn._fixup_main_from_path); extractors.pages: trafilatura.
        context.set_forkserver_preload(["__main__", "extractors.pages"])
        return ProcessPoolExecutor(self.processes, mp_context=context, initializer=end_with,
                                   initargs=(os.getpid(),))

    def __call__(self, html: str | bytes, url: str, feed_date: str | None = None,
                 fetched_at: str | None = None) -> Article:
        if self._pool is None:
            with self._lock:
                return extract_article(html, url, feed_date, fetched_at)
        for _ in range(2):
            pool = self._pool
            if pool is None:
                break
            try:
                try:
                    future = pool.submit(extract_article, html, url, feed_date, fetched_at)
                except (OSError, AssertionError):  # workers cannot be started in this process
                    break
                return future.result()
            except BrokenProcessPool:  # a worker died: this pool is done (submit and result both raise it)
                with self._lock:  # the first thread to see the broken pool replaces it
                    if self._pool is pool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        self._pool = self._start()
        # Workers that die twice in a row or cannot be started (e.g. a __main__ module without the
        # `if __name__ == "__main__":` guard that multiprocessing needs): the rest of the run extracts here.
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            return extract_article(html, url, feed_date, fetched_at)

    def close(self) -> None:
        """Stop the worker processes (waits for extractions in flight)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "Extraction":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
