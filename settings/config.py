"""Configuration: defaults shipped here, a user's feeds.toml overrides only the keys it sets.

Bad configuration is a `ConfigError` with one line naming the problem; the CLI turns it into exit 2
before anything is written.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from settings.errors import ConfigError, unknown_key
from settings.redact import redact_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FEEDS_FILE = PROJECT_ROOT / "feeds.toml"
DEFAULT_DB = Path(os.environ.get("CLAIMWATCH_DB", "data/claimwatch.db"))
# Reports go beside the database unless CLAIMWATCH_REPORTS says otherwise (CLAIMWATCH_DB alone moves both).
DEFAULT_REPORTS = Path(os.environ.get("CLAIMWATCH_REPORTS") or DEFAULT_DB.parent / "reports")


def reports_for(db: Path | str | None, reports: Path | str | None = None) -> Path:
    """Where reports go: `reports` when given; else the reports folder beside the database: DEFAULT_REPORTS
    for the default database (CLAIMWATCH_REPORTS included), `<folder of db>/reports` for any other. One rule
    for run, serve, report and baseline build, so `--db X` alone never writes into the project's data/."""
    if reports:
        return Path(reports)
    if db is None or Path(db) == DEFAULT_DB:
        return DEFAULT_REPORTS
    return Path(db).parent / "reports"


@dataclass(frozen=True)
class Feed:
    """One feed of the feeds file: its URL and an optional display name."""
    url: str
    name: str = ""


@dataclass(frozen=True)
class FetchSettings:
    """The feeds file's [fetch] table: timeouts (seconds), size caps (bytes; characters for the text the engine
    reads), redirects, page threads, entries per feed, the share of failed feeds (0 < share <= 1) that fails a
    run, and the loopback switch."""
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    # Per request (one redirect hop): a server dribbling bytes never trips the read timeout.
    total_timeout: float = 60.0
    max_page_bytes: int = 5_000_000
    max_feed_bytes: int = 10_000_000
    # Characters of one article's text the claim engine reads (pipeline.analyze_run): a page longer than this
    # (a stray archive or comment thread; the longest real news story is some 40,000) is cut at a paragraph
    # before it, with a warning of the run. The engine's time grows with the text it reads.
    max_article_chars: int = 100_000
    max_redirects: int = 5
    max_workers: int = 8
    max_entries_per_feed: int = 500
    # A run in which a larger share of the feeds failed ends Failed (claimwatch/outcome.py); all failed always does.
    # 0 to 1 (SHARES): 0 fails a run on any failed feed.
    max_failed_feed_share: float = 0.5
    # Private, link-local and loopback targets are refused unless allowed (SSRF guard).
    allow_loopback: bool = False
    user_agent: str = "claimwatch/0.1 (news monitor; +https://example.invalid/claimwatch)"


@dataclass(frozen=True)
class ScheduleSettings:
    """The feeds file's [schedule] table: a cron expression in `timezone` (IANA name) and the missing-run alert."""
    cron: str = "0 2 * * *"
    timezone: str = "UTC"
    # The Prefect automation `serve` keeps (flows/serve.py, docs/OPERATIONS.md): it fires when no run of
    # monitor/nightly completed within the schedule's longest gap between two runs plus this grace.
    missing_run_grace_minutes: float = 60.0
    # "block-type-slug/block-name" of a Prefect notification block the automation sends through (e.g.
    # "custom-webhook/claimwatch-ops"); empty: it only shows in the UI (Events, the automation's page).
    missing_run_block: str = ""


@dataclass(frozen=True)
class Config:
    """A checked feeds file (settings.config.load_config): feeds, [fetch], [schedule], [notify] Apprise URLs and
    where it was read from (`source`, for messages)."""
    feeds: tuple[Feed, ...] = ()
    fetch: FetchSettings = field(default_factory=FetchSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    notify: tuple[str, ...] = ()
    # [notify] disputes: a run whose only news is new disputes (a contested report of a tracked claim) sends a
    # short message too; false: only new changes and failed runs are sent (walk23 P4).
    notify_disputes: bool = True
    source: str = "(defaults)"


_SECTIONS = {"feeds", "fetch", "schedule", "notify"}


def load_config(path: Path | None = None, extra_feeds: list[str] | None = None,
                allow_loopback: bool | None = None) -> Config:
    """Read a feeds file (default: the project's feeds.toml) and add --feed URLs."""
    config = Config()
    if path is not None or not extra_feeds:
        config = read_config_file(path or DEFAULT_FEEDS_FILE)
    if extra_feeds:
        # named as the command line and as a Custom run in the Prefect UI give it
        added = tuple(Feed(url=check_url(u, "--feed (in the Prefect UI: a Custom run's feeds)")) for u in extra_feeds)
        feeds = added if path is None else config.feeds + added
        config = replace(config, feeds=dedupe_feeds(feeds))
    if allow_loopback is None:
        allow_loopback = os.environ.get("CLAIMWATCH_ALLOW_LOOPBACK", "") in {"1", "true", "yes"}
    if allow_loopback:
        config = replace(config, fetch=replace(config.fetch, allow_loopback=True))
    return config


def read_config_file(path: Path) -> Config:
    """Read a feeds file (TOML: [[feeds]] url/name, [fetch], [schedule], [notify]) into a Config; keys it does
    not set keep the package defaults. Raises ConfigError (one line naming the file and the key) for a
    missing, unreadable or invalid file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    check_keys(data, _SECTIONS, str(path))
    return Config(
        feeds=dedupe_feeds(parse_feeds(data.get("feeds", []), path)),
        fetch=parse_section(FetchSettings, data.get("fetch", {}), f"{path}: [fetch]"),
        schedule=parse_section(ScheduleSettings, data.get("schedule", {}), f"{path}: [schedule]"),
        notify=parse_notify(data.get("notify", {}), path),
        notify_disputes=parse_notify_disputes(data.get("notify", {}), path),
        source=str(path),
    )


def parse_feeds(items: object, path: Path) -> tuple[Feed, ...]:
    """The [[feeds]] tables of `path` as Feeds (url checked by check_url, name optional), in file order.
    Raises ConfigError naming the table (counted from 1) for anything but url and name."""
    if not isinstance(items, list):
        raise ConfigError(f"{path}: 'feeds' must be an array of tables ([[feeds]])")
    feeds = []
    for i, item in enumerate(items):
        where = f"{path}: [[feeds]] number {i + 1}"  # counted as a person reads the file, from 1
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be a table with url = \"…\"")
        check_keys(item, {"url", "name"}, where)
        if "url" not in item:
            raise ConfigError(f"{where}: missing 'url'")
        feeds.append(Feed(url=check_url(item["url"], f"{where}.url"), name=str(item.get("name", ""))))
    return tuple(feeds)


def parse_section(cls: type, values: object, where: str):  # type: ignore[no-untyped-def]
    """A settings dataclass `cls` with the keys of one TOML table applied over its defaults; an int is
    accepted for a float key. Raises ConfigError (`where`: the table) for an unknown key or a value of the
    wrong type."""
    if not isinstance(values, dict):
        raise ConfigError(f"{where}: must be a table")
    defaults = cls()
    check_keys(values, set(vars(defaults)), where)
    checked = {}
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: {key} must be {expected.__name__}, got {value!r}")
        if key in SHARES:
            if not 0 <= value <= 1:  # also refuses nan
                raise ConfigError(f"{where}: {key} must be a share from 0 to 1 ({SHARES[key]}), got {value!r}")
        elif expected in (int, float) and not 0 < value < math.inf:  # also refuses nan
            raise ConfigError(f"{where}: {key} must be positive and finite, got {value!r}")
        checked[key] = value  # an int given for a float setting kept as the float
    return replace(defaults, **checked)


# Settings that are a share (0..1, both ends allowed) rather than a positive amount, with what the ends mean.
SHARES = {"max_failed_feed_share": "0: any failed feed fails the run; 1: only a run whose every feed failed"}


def check_keys(table: dict, allowed: set[str], where: str) -> None:
    """A key the table may not hold is a ConfigError naming the place, the key and the nearest allowed key
    ("did you mean 'read_timeout'?", difflib's close matches), else the allowed keys."""
    for key in sorted(set(table) - allowed):
        raise ConfigError(f"{where}: {unknown_key(key, allowed)}")


def parse_notify(values: object, path: Path) -> tuple[str, ...]:
    """[notify] urls: Apprise URLs, or env:NAME read from the environment so secrets stay out of the file.
    Raises ConfigError naming the variable (never its value) when one is unset, or when the table has other
    keys."""
    if isinstance(values, dict):
        check_keys(values, {"urls", "disputes"}, f"{path}: [notify]")
    else:
        raise ConfigError(f"{path}: [notify] takes urls = [\"apprise://…\"] and disputes = true|false")
    urls = values.get("urls", [])
    if not isinstance(urls, list) or not all(isinstance(u, str) and ("://" in u or u.startswith("env:"))
                                             for u in urls):
        raise ConfigError(f"{path}: [notify] urls must be a list of Apprise URLs or env:NAME")
    # Apprise URLs may be given as env:NAME so secrets stay out of the file. Error messages name the
    # variable, never its value.
    resolved = []
    for url in urls:
        if url.startswith("env:"):
            value = os.environ.get(url[4:], "")
            if "://" not in value:
                raise ConfigError(f"{path}: [notify] {url}: environment variable {url[4:]!r} is not set to a URL")
            url = value
        resolved.append(url)
    return tuple(resolved)


def parse_notify_disputes(values: object, path: Path) -> bool:
    """[notify] disputes (default true): whether a run with new disputes but no new change sends a message.
    Raises ConfigError for anything but a boolean."""
    wanted = values.get("disputes", True) if isinstance(values, dict) else True
    if not isinstance(wanted, bool):
        raise ConfigError(f"{path}: [notify] disputes must be true or false")
    return wanted


def check_url(url: object, where: str) -> str:
    """`url` stripped, when it is an http(s) URL with a host and no whitespace or control characters. Raises
    ConfigError (`where`: the file and key; the URL redacted) otherwise."""
    if not isinstance(url, str):
        raise ConfigError(f"{where}: must be a string URL, got {url!r}")

    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise ConfigError(f"{where}: {redact_url(url)!r} is not a valid URL: {exc}") from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError(f"{where}: {redact_url(url)!r} is not an http(s) URL")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise ConfigError(f"{where}: {redact_url(url)!r} contains whitespace or control characters")
    return url


def dedupe_feeds(feeds: tuple[Feed, ...]) -> tuple[Feed, ...]:
    """`feeds` without repeated URLs, the first of each kept, order kept."""
    seen: dict[str, Feed] = {}
    for feed in feeds:
        seen.setdefault(feed.url, feed)
    return tuple(seen.values())
