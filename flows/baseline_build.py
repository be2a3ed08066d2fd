"""The `baseline-build` Prefect flow: (re)build the baseline from baseline/sources, as
`claimwatch baseline build` does. A new version is stored only when the sources or the catalogue changed.

Not named flows/baseline.py on purpose: Prefect loads a file entrypoint (`prefect deploy
flows/monitor.py:monitor`) with flows/ first on sys.path, where such a module would shadow the `baseline`
package.
"""

from __future__ import annotations

from prefect import flow, get_run_logger

from baseline import store as baseline_store
from baseline.catalogue import load_catalogue
from settings.config import DEFAULT_DB
from claimwatch.store import open_db


@flow(name="baseline-build")
def baseline_build(db: str | None = None) -> int:
    """Build the baseline into the database at `db`. Returns the current baseline version."""
    catalogue = load_catalogue()
    version, created, _ = baseline_store.build_and_save(open_db(db or DEFAULT_DB), catalogue)
    state = "new" if created else "unchanged: same sources and catalogue"
    get_run_logger().info("baseline version %d (%s), %d claims", version, state, len(catalogue.claims))
    return version
