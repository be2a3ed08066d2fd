"""The `claimwatch` command line: a thin edge over the library. Errors become one line and an exit code."""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from settings.config import DEFAULT_DB, DEFAULT_REPORTS, load_config, reports_for
from claimwatch.store import check_db_path, check_reports_path
from settings.errors import EXIT_CONFIG, EXIT_FAILED, ClaimwatchError, ConfigError
from claimwatch.prefect_env import own_prefect_home, start_temporary_server
from reports.render import plural



def quiet_prefect_defaults() -> None:
    """Offline machines: no analytics calls; keep Prefect's own chatter at warning level on the console."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_SERVER_LEVEL", "WARNING")


def cmd_run(args: argparse.Namespace) -> int:
    """`claimwatch run`: one monitor flow run (temporary Prefect server unless PREFECT_API_URL is set); prints
    the summary and the report folder. Exit 0 when the run completed (a run that failed as a whole too: its
    report says so)."""
    config = load_config(Path(args.feeds) if args.feeds else None, args.feed, args.allow_loopback or None)
    if not config.feeds:
        raise ConfigError(f"{args.feeds}: no [[feeds]] in this file: add one (url = \"https://…\") or pass "
                          "--feed URL" if args.feeds else "no feeds configured: pass --feed URL or --feeds FILE")
    check_db_path(args.db)
    check_reports_path(reports_for(args.db, args.reports))
    if "prefect" not in sys.modules:  # Prefect reads PREFECT_HOME at import
        own_prefect_home(args.db)
    quiet_prefect_defaults()
    from flows.monitor import monitor

    start_temporary_server()
    state = monitor.with_options(task_runner=_task_runner(config.fetch.max_workers))(
        feeds=args.feed, feeds_file=args.feeds, db=str(args.db),
        reports=str(reports_for(args.db, args.reports)),
        allow_loopback=bool(args.allow_loopback), return_state=True)
    folder = state.result(raise_on_failure=False)
    if isinstance(folder, BaseException):  # a crash, not a run that failed with its report written
        raise folder
    # A run that failed as a whole (claimwatch/outcome.py) is Failed in Prefect (red in the UI, failure
    # notification sent), but it completed and its report is written: DESIGN.md's contract for `claimwatch run`
    # is exit 0 then, and `make run` on a machine without internet must succeed. Its reason is said once on
    # each stream: on stdout by summarize_run, on stderr by the flow's one ERROR line (flows/monitor.py).
    summarize_run(Path(folder))
    print(folder)
    return 0


def _task_runner(max_workers: int):  # type: ignore[no-untyped-def]
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max_workers)


def summarize_run(folder: Path) -> None:
    """Print the run's summary line from its report.json ("…, 13 changes to 10 claims (13 new), 1 error": findings,
    then the claims they change, as the digest counts them) and, for a run that failed as a whole, why: once, with
    report.html, the report the run's log line, its notification and serve's links point to as well."""
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    counts = report["run"]["counts"]
    changed = [f for f in report["findings"] if f["verdict"] == "changed"]
    fresh = sum(1 for f in changed if f.get("new", True))
    new = counts["articles_new"]
    unchanged = report["run"].get("feeds_not_modified")
    print(f"run {report['run']['id']}: {plural(len(report['run']['feeds']), 'feed')}"
          + (f" ({unchanged} unchanged: HTTP 304)" if unchanged else "") + ", "
          f"{plural(counts['entries_seen'], 'entry', 'entries')}, {plural(new, 'new article')} "
          f"({counts['articles_relevant']} relevant)"
          + (f", {report['run']['articles_updated']} updated" if report["run"].get("articles_updated") else "")
          + f", {plural(len(changed), 'change')}"
          + (f" to {plural(len({f.get('claim') for f in changed}), 'claim')} ({fresh} new), " if changed else ", ")
          + plural(counts["errors"], "error"))
    if report["run"].get("failure"):
        print(f"run failed: {report['run']['failure']}; see {folder / 'report.html'}")


def cmd_baseline_build(args: argparse.Namespace) -> int:
    """`claimwatch baseline build`: build the baseline from the sources, store a new version when anything
    changed, write baseline.md/.json."""
    from baseline.catalogue import load_catalogue
    from claimwatch.pipeline import build_baseline
    from claimwatch.store import open_db

    catalogue = load_catalogue(Path(args.catalogue) if args.catalogue else None)
    check_db_path(args.db)
    check_reports_path(baseline_report_dir(args))
    _, lines = build_baseline(open_db(args.db), catalogue, baseline_report_dir(args),
                              Path(args.catalogue) if args.catalogue else None)
    print("\n".join(lines))
    return 0


def baseline_report_dir(args: argparse.Namespace) -> Path:
    """--out; else REPORTS/baseline with --reports; else beside the database: <db folder>/reports/baseline
    (the default database keeps the default reports folder, CLAIMWATCH_REPORTS included)."""
    if args.out:
        return Path(args.out)
    return reports_for(args.db, args.reports) / "baseline"


def cmd_claims(args: argparse.Namespace) -> int:
    """`claimwatch claims`: the current baseline, one claim a line (a claim no run tracks marked, a catalogue claim
    the baseline has no value for listed); --history: each claim's versions."""
    from baseline import store as baseline_store

    # the baseline alone is what `claims` reads: a build makes it without a run (prod23 left this open)
    db = open_existing_db(args.db, also=f"'claimwatch baseline build --db {args.db}', which makes the baseline alone")
    claims = baseline_store.load_claims(db)
    if not claims:
        raise ConfigError(f"no baseline in {args.db}: run 'claimwatch baseline build' first")
    version = baseline_store.current_version(db)
    print(f"# baseline version {version}")
    tracked = catalogue_claim_ids()
    if tracked is None:  # the baseline is still shown
        tracked = set(claims)
    for claim_id, data in claims.items():
        flag = "  [disputed: " + " / ".join(data.get("sides", {})) + "]" if data.get("disputed") else ""
        if claim_id not in tracked:  # the same case as a run's warning (pipeline.untracked_note)
            flag += "  [not tracked: not in baseline/catalogue.toml, the catalogue runs read]"
        print(f"{claim_id}\t{data['value']}{flag}")
    for claim_id in sorted(tracked - set(claims)):  # pipeline.unbuilt_note: added to the catalogue since the build
        print(f"{claim_id}\t(no value: added to baseline/catalogue.toml after this baseline was built; not tracked "
              "until `claimwatch baseline build`)")
    if args.history:
        print("# history: the versions where a claim's value changed, and why (build, accepted FINDING_ID or reopened "
              "FINDING_ID; for a build, the catalogue entry or seed edit that changed the claim when it is known)")
        print("# columns: claim, its version (numbered per claim), when recorded, why, value, when the value holds "
              "from (a figure's period and the day a source stated it, else the earliest date of its quotes), the "
              "baseline version that recorded it, then an accept's note and what a build changed")
        reasons = baseline_store.build_reasons(db)
        for row in numbered_per_claim(value_changes(baseline_store.history(db), reasons)):
            why = reasons.get((row["version"], row["claim"]))
            print(f"{row['claim']}\tv{row['number']}\t{row['created_at']}\t{row['reason']}\t{row['value']}\t"
                  f"{row['as_of'] or 'as of: unknown'}\tbaseline version {row['version']}"
                  + (f"\t{row['note']}" if row["note"] else "") + (f"\t{why}" if why else ""))
    return 0


def numbered_per_claim(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of `history` (by claim, then version) with `number`: the claim's own version number, 1 for its
    first listed version (walk23 P5: the baseline's version numbers are global, so bilateral-trade went v1 → v3);
    the global one stays `version`, the key of the database's baseline_versions."""
    seen: dict[str, int] = {}
    for row in history:
        seen[row["claim"]] = seen.get(row["claim"], 0) + 1
        row["number"] = seen[row["claim"]]
    return history


def value_changes(history: list[dict[str, Any]],
                  reasons: dict[tuple[int, str], str] | None = None) -> list[dict[str, Any]]:
    """Each claim's first version and every later one where its value (or dispute) changed, or where a build
    changed its catalogue entry or quotes (`reasons`: baseline.store.build_reasons)."""
    kept, last = [], {}
    for row in history:  # ordered by claim, then version
        state = (row["value"], row["disputed"])
        if last.get(row["claim"]) != state or (row["version"], row["claim"]) in (reasons or {}):
            kept.append(row)
        last[row["claim"]] = state
    return kept


def open_existing_db(path: Path, also: str = ""):  # type: ignore[no-untyped-def]
    """open_db for a command that reads what runs wrote. Raises ConfigError when the database does not exist,
    naming `claimwatch run` and `also` (another command that makes what this one reads)."""
    from claimwatch.store import open_db

    if not path.exists():
        raise ConfigError(f"database {path} does not exist: run 'claimwatch run' first"
                          + (f", or {also}" if also else "") + " (or pass --db)")
    return open_db(path)


def cmd_accept(args: argparse.Namespace) -> int:
    """`claimwatch accept FINDING_ID`: the observed value becomes the claim's baseline (a new version). Exit 2
    when the finding was dismissed (reopen first)."""
    from baseline.catalogue import load_catalogue
    from claimwatch import review

    db = open_existing_db(args.db)
    try:
        version, finding = review.accept(db, args.finding_id, load_catalogue())
    except review.AlreadyDecided as exc:
        return already_decided(exc, "accepted")
    claim, value = finding["claim"], finding["observed"]["value"]
    if args.note:
        review.add_note(db, finding["id"], args.note)
    steps = review.earlier_steps(db, load_catalogue(), claim)
    if version is None:
        print(f"{claim} is already {value!r} in the baseline: nothing to do")
    elif finding.get("again"):
        print(f"accepted {finding['id']} again (a build from the edited sources had replaced it): {claim} "
              f"{finding['previous']!r} → {value!r}; baseline version {version}")
    else:
        print(f"accepted {finding['id']}: {claim} {finding['previous']!r} → {value!r}; baseline version "
              f"{version} (earlier versions kept: claimwatch claims --history)")
    if steps:
        print(f"{len(steps)} open finding{'s' if len(steps) != 1 else ''} of {claim} the baseline has moved past "
              f"(true earlier steps): close {'them' if len(steps) != 1 else 'it'} as history with `claimwatch "
              f"supersede {steps[0]}`" + (f" (and {', '.join(steps[1:])})" if steps[1:] else ""))
    return 0


def cmd_supersede(args: argparse.Namespace) -> int:
    """`claimwatch supersede FINDING_ID`: close a true earlier step of a claim that the baseline has moved past as
    history (not a false alarm: its statements stay flaggable). Exit 2 when the baseline has not moved past it or
    it was decided otherwise."""
    from baseline.catalogue import load_catalogue
    from claimwatch import review

    db = open_existing_db(args.db)
    try:
        why, finding = review.supersede(db, args.finding_id, load_catalogue())
    except review.AlreadyDecided as exc:
        return already_decided(exc, "superseded")
    if args.note:
        review.add_note(db, finding["id"], args.note)
    print(f"superseded {finding['id']}: {finding['claim']} {finding['observed']['value']!r} closed as history; {why}")
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    """`claimwatch dismiss FINDING_ID`: a false alarm; its statements are never flagged again. Exit 2 when the
    finding was accepted (reopen first)."""
    from claimwatch import review

    db = open_existing_db(args.db)
    try:
        count, finding = review.dismiss(db, args.finding_id)
    except review.AlreadyDecided as exc:
        return already_decided(exc, "dismissed")
    if args.note:
        review.add_note(db, finding["id"], args.note)
    print(f"dismissed {finding['id']}: {finding['claim']} {finding['observed']['value']!r}; "
          f"{count} statement{'s' if count != 1 else ''} will not be flagged again")
    return 0


def already_decided(exc: Exception, wanted: str) -> int:
    """The same decision again is no error (exit 0); the other one is refused like any bad review request
    (exit 2, as an unknown id). Neither changes a thing."""
    if getattr(exc, "status", None) == wanted:
        print(exc)
        return 0
    print(f"claimwatch: error: {exc}", file=sys.stderr)
    return EXIT_CONFIG


def cmd_reopen(args: argparse.Namespace) -> int:
    """`claimwatch reopen FINDING_ID`: undo an accept (a new baseline version with the value from before) or a
    dismiss."""
    from claimwatch import review

    db = open_existing_db(args.db)
    undone, version, finding = review.reopen(db, args.finding_id)
    if args.note:
        review.add_note(db, finding["id"], args.note)
    after = f"; baseline version {version} restores {finding['claim']}'s earlier value" if version else ""
    print(f"reopened {finding['id']} ({finding['claim']} {finding['observed']['value']!r}): no longer "
          f"{undone}{after}")
    return 0


def cmd_findings(args: argparse.Namespace) -> int:
    """`claimwatch findings`: every changed or disputed finding with its id, review status and was -> now."""
    from claimwatch import review

    db = open_existing_db(args.db)
    status = args.status
    if args.claim:  # a typo must not read as "nothing found" (verify23 N2): the claim ids the catalogue, the
        from baseline.store import load_claims  # baseline and the findings know

        known = {row["claim"] for row in db.query("select distinct claim from findings")} | set(load_claims(db)) \
            | (catalogue_claim_ids() or set())
        if args.claim not in known:
            raise ConfigError(f"--claim {args.claim!r}: no such claim in {args.db}; claim ids: "
                              + ", ".join(sorted(known)) + " (claimwatch claims lists them)")
    found = [f for f in review.list_findings(db, status) if (not args.claim or f["claim"] == args.claim)
             and (not args.verdict or f["verdict"] == args.verdict)]
    if not found:
        print(" ".join(word for word in ("no", status, args.verdict, "findings",
                                         f"of {args.claim}" if args.claim else "") if word))
        return 0
    for f in found:
        print(f"{f['id']}  {f['status']:<10}  {f['claim']}: {f['was']} → {f['now']} ({f['verdict']}; "
              f"{f['dated']}; {f['runs']} run{'s' if f['runs'] != 1 else ''}, last {f['last_run']})  {f['url']}"
              + finding_tail(f))
    return 0


def catalogue_claim_ids() -> set[str] | None:
    """The claim ids of baseline/catalogue.toml, the catalogue every run reads; None when it cannot be read (a
    broken catalogue is the build's and the run's error to report, not that of a command that only lists)."""
    from baseline.catalogue import load_catalogue

    try:
        return {claim.id for claim in load_catalogue().claims}
    except ConfigError:
        return None


def finding_tail(finding: dict[str, Any]) -> str:
    """The end of a `findings` line: that an open finding was dismissed before and came back (review.record_run),
    and the analyst's latest note, the dismissal's for such a finding: "  dismissed before, came back; note when
    dismissed: a rumour", "  note: customs data"; "" when neither."""
    said = ["dismissed before, came back"] if finding.get("dismissed_before") else []
    if finding.get("note"):
        said.append(f"note{' when dismissed' if finding.get('dismissed_before') else ''}: {finding['note']}")
    return "  " + "; ".join(said) if said else ""


def cmd_report(args: argparse.Namespace) -> int:
    """`claimwatch report --since`: the digest of the runs of the period into REPORTS/digest-<time>/; prints
    that folder."""
    from datetime import datetime, timezone

    from claimwatch import review, store
    from reports.digest import build_digest, parse_since, write_digest

    now = datetime.now(timezone.utc)
    since = parse_since(args.since, now)
    check_reports_path(reports_for(args.db, args.reports))
    db = open_existing_db(args.db)
    runs = review.runs_between(db, since, now)
    ids = [r["id"] for r in runs]
    digest = build_digest(runs, review.findings_of(db, ids), review.developments_of(db, ids), since, now)
    for finding in (f for claim in digest["claims"] for f in claim["findings"]):
        changed = store.page_changed(db, finding["url"], finding["quote"])
        if changed:  # its quote's page said something else when fetched again (digest.json, added; walk22 A7)
            finding["page_changed"] = changed
        note = review.latest_note(db, finding["id"])
        if note:  # the analyst's `--note` beside its finding, as `findings` shows it (digest.json, added)
            finding["note"] = note
        why = review.superseded_why(db, finding["id"]) if finding.get("status") == "superseded" else None
        if why:  # why `supersede` closed it, as the command said (digest.json, added)
            finding["superseded_why"] = why
    folder = write_digest(digest, reports_for(args.db, args.reports), now)
    print(folder)
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    """`claimwatch retry`: rejected and failed entries (or the one with --url) are fetched again by the next
    run."""
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
    """`claimwatch eval CORPUS_DIR`: score a labeled corpus through the real monitor flow and print the
    tables."""
    quiet_prefect_defaults()
    os.environ.setdefault("CLAIMWATCH_LOOPBACK_ONLY", "1")
    from claimwatch.evaluate import evaluate

    folder = Path(args.corpus)
    if not folder.is_dir():
        raise ConfigError(f"corpus folder {folder} does not exist")
    if args.keep:
        from claimwatch.evaluate import check_keep

        check_keep(Path(args.keep))  # before a Prefect server is started for nothing
    # eval runs the monitor flow as `run` does: the same start of Prefect's temporary server, retried once when
    # slow and one line when it does not come up (a loaded machine gave a 51-line traceback without it)
    start_temporary_server()
    _, text = evaluate(folder, verbose=args.verbose, show_check=args.show_check,
                       keep=Path(args.keep) if args.keep else None)
    print(text)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """`claimwatch serve`: serve the Prefect deployments (nightly schedule, ad hoc, baseline-build) against a
    running server, and the reports folder over HTTP."""
    config = load_config(Path(args.feeds) if args.feeds else None)
    check_db_path(args.db)
    check_reports_path(reports_for(args.db, args.reports))
    quiet_prefect_defaults()
    from flows.serve import serve_deployments

    serve_deployments(config, args.db, reports_for(args.db, args.reports), args.feeds, args.reports_host,
                      args.reports_port)
    return 0


# Every command's help ends with examples laid out as written: its parser keeps the epilog's line breaks.
EXAMPLES_FORMAT = argparse.RawDescriptionHelpFormatter
CommandParser = functools.partial(argparse.ArgumentParser, formatter_class=EXAMPLES_FORMAT)


# The --reports default of every command (config.reports_for): beside the database it was given.
REPORTS_DEFAULT = (f"(default: the reports folder beside the database: {DEFAULT_REPORTS} for the default "
                   "database, DB_FOLDER/reports for another --db)")


def add_db(parser: argparse.ArgumentParser) -> None:
    """The --db option every command that touches the database takes (DESIGN.md: one default for all)."""
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default: {DEFAULT_DB})")


def add_review_command(sub: Any, name: str, func: Callable[[argparse.Namespace], int], help: str, epilog: str,
                       shown_in: str = "report.md / report.json") -> None:
    """A command taking one FINDING_ID and --db: accept, dismiss, reopen."""
    cmd = sub.add_parser(name, help=help, epilog=epilog)
    # ids are lower-case hex: one copied from a table that upper-cased it is the same id
    cmd.add_argument("finding_id", metavar="FINDING_ID", type=lambda text: text.strip().lower(),
                     help=f"the id shown in {shown_in} (any case)")
    cmd.add_argument("--note", metavar="TEXT", help="why: kept with the decision in the reviews table and shown by "
                                                     "`claimwatch findings`")
    add_db(cmd)
    cmd.set_defaults(func=func)


def installed_version() -> str:
    """The installed package's version (pyproject.toml's, through importlib.metadata); "unknown" when the
    project runs without being installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimwatch")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The `claimwatch` argument parser: every command with its options, help and examples."""
    parser = argparse.ArgumentParser(
        prog="claimwatch", description="Watch Russia–Iran news and report, with evidence, when a tracked claim "
        "changes.", epilog="examples:\n  claimwatch run\n  claimwatch findings --open\n  claimwatch accept "
        "FINDING_ID\n  claimwatch COMMAND --help", formatter_class=EXAMPLES_FORMAT)
    parser.add_argument("--version", action="version", version=f"claimwatch {installed_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=CommandParser)

    run = sub.add_parser("run", help="one monitor run: fetch feeds, store articles, write a report",
        epilog="examples:\n  claimwatch run\n  claimwatch run --feeds my-feeds.toml --db /srv/cw/claimwatch.db --reports /srv/cw/reports\n  claimwatch run --feed https://example.org/rss --feed https://example.net/atom.xml")
    run.add_argument("--feeds", metavar="FILE", help="feeds file (default: the project's feeds.toml)")
    run.add_argument("--feed", metavar="URL", action="append",
                     help="a feed URL; repeatable. Without --feeds, the default feeds file is not read (neither "
                          "its feeds nor its settings); with --feeds, adds to that file's feeds")
    add_db(run)
    run.add_argument("--reports", type=Path, metavar="DIR", help=f"folder for run reports {REPORTS_DEFAULT}")
    run.add_argument("--allow-loopback", action="store_true",
                     help="allow feeds and pages on 127.0.0.1 (local use and tests)")
    run.set_defaults(func=cmd_run)

    base = sub.add_parser("baseline", help="the baseline of claims built from baseline/sources",
        epilog="examples:\n  claimwatch baseline build\n  claimwatch baseline build --help")
    base_sub = base.add_subparsers(dest="baseline_command", metavar="build", required=True,
                                   parser_class=CommandParser)
    build = base_sub.add_parser("build", help="(re)build the baseline; a new version only when something changed",
        epilog="examples:\n  claimwatch baseline build\n  claimwatch baseline build --db /srv/cw/claimwatch.db   # report in /srv/cw/reports/baseline")
    add_db(build)
    build.add_argument("--catalogue", metavar="FILE", help="claim catalogue (default: baseline/catalogue.toml)")
    build.add_argument("--reports", type=Path, metavar="DIR",
                       help=f"reports folder: baseline.md/json go into DIR/baseline {REPORTS_DEFAULT}")
    build.add_argument("--out", metavar="DIR", help="exact folder for baseline.md/json (overrides --reports)")
    build.set_defaults(func=cmd_baseline_build)

    claims = sub.add_parser("claims", help="the current baseline, one claim per line",
        epilog="examples:\n  claimwatch claims\n  claimwatch claims --history --db /srv/cw/claimwatch.db")
    add_db(claims)
    claims.add_argument("--history", action="store_true",
                        help="also each claim's first version and every later one where its value changed, numbered "
                             "per claim, with when it was recorded, why (build, accepted FINDING_ID, reopened "
                             "FINDING_ID), the date its value holds from and the baseline version that recorded it")
    claims.set_defaults(func=cmd_claims)

    add_review_command(sub, "accept", cmd_accept, "make a finding's observed value the claim's new baseline value",
                       "examples:\n  claimwatch findings --open          # the ids\n  claimwatch accept 1a6b57f61d28")
    add_review_command(sub, "dismiss", cmd_dismiss, "mark a finding a false alarm: its statements are not flagged again",
                       "examples:\n  claimwatch findings --open          # the ids\n  claimwatch dismiss bbf01d9e3ef2")

    add_review_command(sub, "supersede", cmd_supersede,
                       "close a true earlier step the baseline has moved past as history (not a false alarm)",
                       "examples:\n  claimwatch accept 3784b3bc4863       # Pezeshkian: it names the earlier steps\n"
                       "  claimwatch supersede 625d48cf4e4b    # Mokhber, acting before him: history")

    fnd = sub.add_parser("findings", help="every changed or disputed finding with its id and review status",
                         epilog="examples:\n  claimwatch findings --open\n  claimwatch findings --open --claim "
                                "bilateral-trade --verdict changed\n  claimwatch findings --accepted "
                                "--db /srv/claimwatch/data/claimwatch.db")
    which = fnd.add_mutually_exclusive_group()
    for flag, status, text in (("--open", "open", "only findings neither accepted, dismissed nor superseded"),
                               ("--accepted", "accepted", "only accepted findings"),
                               ("--dismissed", "dismissed", "only dismissed findings"),
                               ("--superseded", "superseded", "only findings closed as history (supersede)")):
        which.add_argument(flag, dest="status", action="store_const", const=status, help=text)
    fnd.add_argument("--claim", metavar="ID", help="only findings of this claim (ids: claimwatch claims)")
    fnd.add_argument("--verdict", choices=("changed", "disputed"), help="only changes, or only disputes")
    add_db(fnd)
    fnd.set_defaults(func=cmd_findings, status=None)

    add_review_command(sub, "reopen", cmd_reopen,
                       "undo an accept (new baseline version), a dismiss or a supersede: the finding is open again",
                       "example:\n  claimwatch reopen 3f2a9c1d0b7e", "report.md / report.html / findings")

    rep = sub.add_parser("report", help="a digest across the runs of a period: digest.md, .json and .html",
        epilog="examples:\n  claimwatch report --since 7d\n  claimwatch report --since 2026-11-01 --reports /srv/cw/reports")
    rep.add_argument("--since", default="7d", help="how far back: 24h, 7d (default), 2w, or an ISO date (2026-11-01)")
    add_db(rep)
    rep.add_argument("--reports", type=Path, metavar="DIR",
                     help=f"the digest goes into DIR/digest-<time>/ {REPORTS_DEFAULT}")
    rep.set_defaults(func=cmd_report)

    rty = sub.add_parser("retry", help="fetch rejected and failed entries again in the next run",
        epilog="examples:\n  claimwatch retry\n  claimwatch retry --url https://example.org/news/story-1")
    rty.add_argument("--url", metavar="URL", help="only the entry with this link (default: every one)")
    add_db(rty)
    rty.set_defaults(func=cmd_retry)

    ev = sub.add_parser("eval", help="score a labeled corpus through the real monitor flow",
        epilog="examples:\n  claimwatch eval ../shared/data/news-dev\n  claimwatch eval ../shared/data/news-dev --verbose\n"
               "  claimwatch eval tests/corpus")
    ev.add_argument("corpus", metavar="CORPUS_DIR",
                    help="a folder of labeled pages (news-dev's pages/*.json) or articles (tests/corpus)")
    ev.add_argument("--verbose", action="store_true",
                    help="list every miss and false alarm of the tune split (the check split: scores only)")
    ev.add_argument("--show-check", action="store_true",
                    help="with --verbose, list the check split's misses too (not while tuning: it measures "
                         "generalisation)")
    ev.add_argument("--keep", metavar="DIR",
                    help="keep the run's database and report in DIR, a new or empty folder (default: a temporary "
                         "folder, removed at the end)")
    ev.set_defaults(func=cmd_eval)

    srv = sub.add_parser("serve", help="serve the Prefect deployments: nightly, adhoc, baseline-build",
        epilog="examples:\n  export PREFECT_API_URL=http://127.0.0.1:4200/api   # after `prefect server start`\n  claimwatch serve\n  claimwatch serve --feeds my-feeds.toml --db /srv/cw/claimwatch.db --reports /srv/cw/reports")
    srv.add_argument("--feeds", metavar="FILE", help="feeds file with [schedule] (default: feeds.toml)")
    add_db(srv)
    srv.add_argument("--reports", type=Path, metavar="DIR", help=f"folder for run reports {REPORTS_DEFAULT}")
    srv.add_argument("--reports-host", default="127.0.0.1", metavar="HOST",
                     help="address to serve the reports folder on, read-only (default: 127.0.0.1)")
    srv.add_argument("--reports-port", type=int, default=4280, metavar="PORT",
                     help="port for the reports folder; the UI's report.html links point there (default: 4280)")
    srv.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: run the command of `argv` (default: sys.argv). Returns the exit code: 0 done, 1
    another failure, 2 bad configuration (nothing written), 130 interrupted; errors as one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except BrokenPipeError:
        # The reader of stdout went away (`claimwatch claims | head -1`): as the Python docs' "Note on SIGPIPE"
        # advises, point stdout at devnull so the interpreter's final flush cannot raise again, and exit quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
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
