"""Named exceptions. They become `claimwatch: error: …` and an exit code only at the CLI edge."""


class ClaimwatchError(Exception):
    """Base class for errors claimwatch raises on purpose."""


class ConfigError(ClaimwatchError):
    """Bad configuration or arguments: stop before writing anything (exit 2)."""


class FetchError(ClaimwatchError):
    """A feed or page could not be fetched. `transient` failures are worth retrying soon."""

    def __init__(self, message: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


class ExtractError(ClaimwatchError):
    """A fetched page or feed could not be turned into text or entries."""


class CatalogueError(ConfigError):
    """A claim catalogue entry is malformed."""


class BaselineError(ClaimwatchError):
    """The baseline cannot be built (e.g. a claim not found in the sources)."""


class ReviewError(ConfigError):
    """A finding to accept or dismiss is unknown, or its value cannot become the baseline (exit 2)."""
