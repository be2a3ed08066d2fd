"""The `claimwatch` command line: a thin edge over the library. Errors become one line and an exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from claimwatch.config import DEFAULT_DB, DEFAULT_REPORTS, load_config
from claimwatch.db import check_db_path
from claimwatch.errors import ClaimwatchError, ConfigError

EXIT_FAILED, EXIT_CONFIG = 1, 2


def quiet_prefect_defaults() -> None:
    """Offline machines: no analytics calls; keep Prefect's own chatter at warning level on the console."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_SERVER_LEVEL", "WARNING")


def cmd_run(args: argparse.Namespace) -> int:
    config = load_config(Path(args.feeds) if args.feeds else None, args.feed, args.allow_loopback or None)
    if not config.feeds:
        raise ConfigError("no feeds configured: pass --feed URL or --feeds FILE")
    check_db_path(args.db)
    quiet_prefect_defaults()
    from flows.monitor import monitor

    folder = monitor.with_options(task_runner=_task_runner(config.fetch.max_workers))(
        feeds=args.feed, feeds_file=args.feeds, db=str(args.db), reports=str(args.reports),
        allow_loopback=bool(args.allow_loopback))
    summarize_run(Path(folder))
    print(folder)
    return 0


def _task_runner(max_workers: int):  # type: ignore[no-untyped-def]
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max_workers)


def summarize_run(folder: Path) -> None:
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    counts = report["run"]["counts"]
    changed = [f for f in report["findings"] if f["verdict"] == "changed"]
    fresh = sum(1 for f in changed if f.get("new", True))
    print(f"run {report['run']['id']}: {len(report['run']['feeds'])} feeds, {counts['entries_seen']} entries, "
          f"{counts['articles_new']} new articles ({counts['articles_relevant']} relevant), "
          f"{len(changed)} changed claims ({fresh} new), {counts['errors']} errors")
    feed_errors = [e for e in report["errors"] if e["stage"] == "feed"]
    if report["run"]["feeds"] and len(feed_errors) == len(report["run"]["feeds"]):
        print(f"no feed could be reached ({len(feed_errors)} feed errors, e.g. {feed_errors[0]['message']}); "
              f"see {folder / 'report.md'}")


def cmd_baseline_build(args: argparse.Namespace) -> int:
    from baseline import store as baseline_store
    from baseline.catalogue import load_catalogue
    from claimwatch.db import open_db
    from reports.baseline import write_baseline_report

    catalogue = load_catalogue(Path(args.catalogue) if args.catalogue else None)
    check_db_path(args.db)
    db = open_db(args.db)
    version, created, _ = baseline_store.build_and_save(db, catalogue)
    folder = write_baseline_report(baseline_store.load_claims(db, version), version, catalogue, Path(args.out))
    print(f"baseline version {version} ({'new' if created else 'unchanged: same sources and catalogue'}), "
          f"{len(catalogue.claims)} claims; report in {folder}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    from baseline import store as baseline_store
    from claimwatch.db import open_db

    db = open_db(args.db, create=False) if not args.db.exists() else open_db(args.db)
    claims = baseline_store.load_claims(db)
    if not claims:
        raise ConfigError(f"no baseline in {args.db}: run 'claimwatch baseline build' first")
    version = baseline_store.current_version(db)
    print(f"# baseline version {version}")
    for claim_id, data in claims.items():
        flag = "  [disputed: " + " / ".join(data.get("sides", {})) + "]" if data.get("disputed") else ""
        print(f"{claim_id}\t{data['value']}{flag}")
    if args.history:
        print("# history: the versions where a claim's value changed, and why (build, or accepted FINDING_ID)")
        for row in value_changes(baseline_store.history(db)):
            print(f"{row['claim']}\tv{row['version']}\t{row['created_at']}\t{row['reason']}\t{row['value']}"
                  + (f"\t{row['note']}" if row["note"] else ""))
    return 0


def value_changes(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each claim's first version and every later one where its value (or dispute) changed."""
    kept, last = [], {}
    for row in history:  # ordered by claim, then version
        state = (row["value"], row["disputed"])
        if last.get(row["claim"]) != state:
            kept.append(row)
        last[row["claim"]] = state
    return kept


def open_existing_db(path: Path):  # type: ignore[no-untyped-def]
    from claimwatch.db import open_db

    if not path.exists():
        raise ConfigError(f"database {path} does not exist: run 'claimwatch run' first (or pass --db)")
    return open_db(path)


def cmd_accept(args: argparse.Namespace) -> int:
    from baseline.catalogue import load_catalogue
    from claimwatch import review

    db = open_existing_db(args.db)
    version, finding = review.accept(db, args.finding_id, load_catalogue())
    claim, value = finding["claim"], finding["observed"]["value"]
    if version is None:
        print(f"{claim} is already {value!r} in the baseline: nothing to do")
    else:
        print(f"accepted {finding['id']}: {claim} {finding['baseline']['value']!r} → {value!r}; baseline version "
              f"{version} (earlier versions kept: claimwatch claims --history)")
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    from claimwatch import review

    db = open_existing_db(args.db)
    count, finding = review.dismiss(db, args.finding_id)
    print(f"dismissed {finding['id']}: {finding['claim']} {finding['observed']['value']!r}; "
          f"{count} statement{'s' if count != 1 else ''} will not be flagged again")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from reports.digest import build_digest, parse_since, write_digest

    now = datetime.now(timezone.utc)
    since = parse_since(args.since, now)
    db = open_existing_db(args.db)
    folder = write_digest(build_digest(db, since, now), args.reports, now)
    print(folder)
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    from claimwatch import store

    db = open_existing_db(args.db)
    entries = store.request_retry(db, args.url)
    if args.url and not entries:
        raise ConfigError(f"no rejected or failed entry with URL {args.url}")
    for entry in entries:
        print(f"{entry['status']}\t{entry['url']}\t{entry['last_error'] or ''}")
    print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} will be fetched again by the next run")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    quiet_prefect_defaults()
    os.environ.setdefault("CLAIMWATCH_LOOPBACK_ONLY", "1")
    from claimwatch.evaluate import evaluate

    folder = Path(args.corpus)
    if not folder.is_dir():
        raise ConfigError(f"corpus folder {folder} does not exist")
    _, text = evaluate(folder, verbose=args.verbose)
    print(text)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    config = load_config(Path(args.feeds) if args.feeds else None)
    check_db_path(args.db)
    quiet_prefect_defaults()
    from flows.serve import serve_deployments

    serve_deployments(config, args.db, args.reports, args.feeds)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimwatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="one monitor run: fetch feeds, store articles, write a report")
    run.add_argument("--feeds", metavar="FILE", help="feeds file (default: the project's feeds.toml)")
    run.add_argument("--feed", metavar="URL", action="append", help="a feed URL; repeatable")
    run.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default: {DEFAULT_DB})")
    run.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                     help=f"folder for run reports (default: {DEFAULT_REPORTS})")
    run.add_argument("--allow-loopback", action="store_true",
                     help="allow feeds and pages on 127.0.0.1 (local use and tests)")
    run.set_defaults(func=cmd_run)

    base = sub.add_parser("baseline", help="the baseline of claims built from baseline/sources")
    base_sub = base.add_subparsers(dest="baseline_command", required=True)
    build = base_sub.add_parser("build", help="(re)build the baseline; a new version only when something changed")
    build.add_argument("--db", type=Path, default=DEFAULT_DB)
    build.add_argument("--catalogue", metavar="FILE", help="claim catalogue (default: baseline/catalogue.toml)")
    build.add_argument("--out", default=str(DEFAULT_REPORTS / "baseline"), help="folder for baseline.md/json")
    build.set_defaults(func=cmd_baseline_build)

    claims = sub.add_parser("claims", help="the current baseline, one claim per line")
    claims.add_argument("--db", type=Path, default=DEFAULT_DB)
    claims.add_argument("--history", action="store_true", help="also every version of every claim")
    claims.set_defaults(func=cmd_claims)

    acc = sub.add_parser("accept", help="make a finding's observed value the claim's new baseline value")
    acc.add_argument("finding_id", metavar="FINDING_ID", help="the id shown in report.md / report.json")
    acc.add_argument("--db", type=Path, default=DEFAULT_DB)
    acc.set_defaults(func=cmd_accept)

    dis = sub.add_parser("dismiss", help="mark a finding a false alarm: its statements are not flagged again")
    dis.add_argument("finding_id", metavar="FINDING_ID", help="the id shown in report.md / report.json")
    dis.add_argument("--db", type=Path, default=DEFAULT_DB)
    dis.set_defaults(func=cmd_dismiss)

    rep = sub.add_parser("report", help="a digest across the runs of a period: digest.md, .json and .html")
    rep.add_argument("--since", default="7d", help="how far back: 24h, 7d (default), 2w, or an ISO date (2026-11-01)")
    rep.add_argument("--db", type=Path, default=DEFAULT_DB)
    rep.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                     help=f"the digest goes into REPORTS/digest-<time>/ (default: {DEFAULT_REPORTS})")
    rep.set_defaults(func=cmd_report)

    rty = sub.add_parser("retry", help="fetch rejected and failed entries again in the next run")
    rty.add_argument("--url", metavar="URL", help="only the entry with this link (default: every one)")
    rty.add_argument("--db", type=Path, default=DEFAULT_DB)
    rty.set_defaults(func=cmd_retry)

    ev = sub.add_parser("eval", help="score a labeled corpus through the real monitor flow")
    ev.add_argument("corpus", metavar="CORPUS_DIR")
    ev.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    ev.set_defaults(func=cmd_eval)

    srv = sub.add_parser("serve", help="serve the Prefect deployments: nightly, adhoc, baseline-build")
    srv.add_argument("--feeds", metavar="FILE", help="feeds file with [schedule] (default: feeds.toml)")
    srv.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default: {DEFAULT_DB})")
    srv.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                     help=f"folder for run reports (default: {DEFAULT_REPORTS})")
    srv.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ConfigError as exc:
        print(f"claimwatch: error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except ClaimwatchError as exc:
        print(f"claimwatch: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("claimwatch: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
