"""Named exceptions. They become `claimwatch: error: …` and an exit code only at the CLI edge."""

import difflib

# The exit codes at the CLI edge: ClaimwatchError (a failure) and ConfigError (bad configuration, nothing written).
EXIT_FAILED, EXIT_CONFIG = 1, 2


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


class NotInSources(BaselineError, ConfigError):
    """A catalogue claim that no seed document states: the catalogue and the seeds disagree, a configuration
    problem (exit 2), fixed by a seed document that states it, the claim's cues, or removing the claim."""


class ReviewError(ConfigError):
    """A finding to accept or dismiss is unknown, or its value cannot become the baseline (exit 2)."""


def unknown_key(key: str, allowed: set[str] | frozenset[str]) -> str:
    """"unknown key 'qestion' (did you mean 'question'?)" with difflib's closest allowed key, else the allowed
    keys: the words of every unknown-key error of a configuration file (feeds file, catalogue)."""
    close = difflib.get_close_matches(key, sorted(allowed), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(sorted(allowed))}"
    return f"unknown key {key!r} ({hint})"
