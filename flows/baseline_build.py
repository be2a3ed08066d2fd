"""The `baseline-build` Prefect flow: (re)build the baseline from baseline/sources, as
`claimwatch baseline build` does. A new version is stored only when the sources or the catalogue changed.

Not named flows/baseline.py on purpose: Prefect loads a file entrypoint (`prefect deploy
flows/monitor.py:monitor`) with flows/ first on sys.path, where such a module would shadow the `baseline`
package.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger

from baseline.catalogue import load_catalogue
from claimwatch.pipeline import build_baseline
from claimwatch.store import check_db_path, check_reports_path, open_db
from settings.config import DEFAULT_DB, reports_for


@flow(name="baseline-build")
def baseline_build(db: str | None = None, reports: str | None = None, catalogue: str | None = None) -> int:
    """Build the baseline into the database at `db` and write baseline.md/.json into `reports`/baseline (default:
    the reports folder beside the database, as `claimwatch baseline build`), from the claim catalogue at
    `catalogue` (default: baseline/catalogue.toml). Returns the current baseline version. Raises ConfigError
    (bad catalogue or unwritable path, nothing written) and BaselineError (bad sources)."""
    path = Path(db or DEFAULT_DB)
    folder = reports_for(path, reports) / "baseline"
    claims = load_catalogue(Path(catalogue) if catalogue else None)
    check_db_path(path)
    check_reports_path(folder)
    result, lines = build_baseline(open_db(path), claims, folder, Path(catalogue) if catalogue else None)
    logger = get_run_logger()
    for line in lines:
        (logger.warning if "warning:" in line else logger.info)(line.strip())
    return result.version
