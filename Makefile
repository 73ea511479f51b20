# The two commands a newcomer needs: `make serve` and `make test`. Both install what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help
WASM := source scripts/env.sh &&
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120

.PHONY: help setup serve dist dist-subpath test test-native test-fhir test-wasm test-e2e test-bench-smoke bench \
	bench-plans lint fmt test-ics

help:
	@echo "make serve   set up, build and serve the app on http://127.0.0.1:8080"
	@echo "make test    set up and run every test (native, wasm in Chromium, end to end)"
	@echo "make dist    the static site in dist/, ready to upload"
	@echo "make bench   the performance benchmark in headless Chromium (table + bench/results.json)"

setup:
	@bash scripts/setup.sh

# Trunk rebuilds dist/ on every change; scripts/static_server.mjs serves it as a real host does
# (compressed copies, validators, index.html for deep links). Reload the page yourself.
serve: setup
	$(WASM) trunk build
	$(WASM) trap 'kill 0' EXIT; trunk watch & node scripts/static_server.mjs dist --port 8080

# Where the site will live: "/" at the root of a domain, or a sub-path such as
# PUBLIC_URL=/tools/careplan/ (README, Hosting). 404.html is for hosts such as GitHub Pages.
PUBLIC_URL ?= /
# Trunk's post-build hook writes a .br and a .gz copy beside each text and wasm file.
dist: setup
	$(WASM) trunk build --release --public-url "$(PUBLIC_URL)"
	for ext in "" .br .gz; do cp "dist/index.html$$ext" "dist/404.html$$ext"; done

# The same app built for a sub-path, for the hosting test (tests/e2e/hosting.test.mjs).
dist-subpath: setup
	$(WASM) trunk build --release --public-url /tools/careplan/ --dist target/dist-subpath

test: setup lint test-native test-fhir test-ics test-wasm test-e2e test-bench-smoke

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

# Exported FHIR Bundles checked by an independent R4 implementation (scripts/validate_fhir.py).
test-fhir: setup
	rm -rf target/fhir-export
	cargo run --quiet --example fhir_export -- target/fhir-export
	.venv-check/bin/python scripts/validate_fhir.py target/fhir-export/*.json

# Calendar files read back by an independent iCalendar parser, repeat rules expanded by
# dateutil, against what the app means (scripts/validate_ics.py).
test-ics: setup
	rm -rf target/ics-export
	cargo run --quiet --example ics_export -- target/ics-export
	.venv-check/bin/python scripts/validate_ics.py target/ics-export/*.ics

test-wasm: setup
	$(WASM) $(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test web

# End to end against the optimized release build, because a bad wasm-opt breaks only that.
# A test that hangs fails after 10 minutes, with its name, instead of using up CI's time.
test-e2e: dist dist-subpath
	node --test --test-concurrency=1 --test-timeout=600000 tests/e2e/

fmt:
	cargo fmt

# The stored plans the benchmark loads (20, 200 and 1,000 goals), written by the app's own
# storage code.
bench-plans:
	cargo run --quiet --example bench_plans -- bench/plans.json

# Sizes, startup, typing, saving and printing in headless Chromium (issue #11). Shrink a run
# with BENCH_SIZES=empty,20,200,1000 BENCH_THROTTLES=1,4 BENCH_REPEATS=3 BENCH_KEYSTROKES=100.
bench: dist bench-plans
	node bench/bench.mjs

# One small run of the benchmark, checking only that every figure is produced.
test-bench-smoke: dist bench-plans
	BENCH_SIZES=empty,20 BENCH_THROTTLES=1 BENCH_REPEATS=1 BENCH_KEYSTROKES=10 BENCH_CHECK=1 \
		BENCH_OUT=target/bench-smoke.json node bench/bench.mjs
