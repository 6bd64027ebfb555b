# salient: build, serve and test.
#
#   make wasm    build the WebAssembly package into www/pkg/ (fails over the size budget)
#   make serve   build it, then serve www/ on http://localhost:8000/
#   make npm-package   the npm package: dist/npm/salient-summarizer-<version>.tgz
#   make test    install what is missing, then run every check CI runs
#   make clean   remove build output

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
# The other engines of tests/engines/ (scripts/engines.mjs): Firefox, and
# WebKitGTK's MiniBrowser through WebKitWebDriver on an Xvfb display.
FIREFOX := /usr/bin/firefox-esr
WEBKIT_DRIVER := /usr/bin/WebKitWebDriver
MINIBROWSER := /usr/lib/$(shell gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)/webkit2gtk-4.1/MiniBrowser
XVFB := /usr/bin/Xvfb
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# How `cargo test --target wasm32-unknown-unknown` runs the tests: through
# wasm-bindgen-test-runner, in headless Chromium (webdriver.json adds the
# flags this machine needs) or in Node.
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=$(CHROMEDRIVER) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=120

.PHONY: all wasm site serve test setup browser browsers lint test-native test-wasm test-e2e test-engines size-check \
	npm-package test-npm size-table bench bench-native bench-browser bench-batch bench-page \
	test-hostile-release fuzz-smoke clean

all: wasm

wasm:
	scripts/build-wasm.sh

# The precache list of the service worker and the single-file build (dist/).
site: wasm
	node scripts/build-site.mjs

# The npm package, from the same wasm-bindgen output as www/pkg (README,
# "JavaScript package").
npm-package: wasm
	node scripts/build-npm.mjs

# Packs it, installs the tarball into an empty folder and uses it from plain
# Node, TypeScript and Chromium (needs `make wasm` first).
test-npm:
	node --test tests/npm/

serve: site
	@echo "Open http://127.0.0.1:8000/?sample (the page with the sample article loaded)"
	node scripts/serve.mjs --port 8000 --root www

# Fails when the gzipped wasm is over its budget (160 KiB), as every build does
# (`SALIENT_STRICT_BUDGET=0 make wasm` only reports it).
size-check:
	SALIENT_STRICT_BUDGET=1 scripts/build-wasm.sh

# Tools the tests need: wasm32 target, wasm-bindgen-cli (Cargo.lock's
# version), npm packages, Debian's Chromium with its WebDriver, and Firefox
# and WebKitGTK for tests/engines/.
setup: browser browsers
	scripts/build-wasm.sh --setup

browser:
	if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
		$(SUDO) apt-get update; \
		$(SUDO) apt-get install -y chromium chromium-driver; \
	fi

browsers:
	if [ ! -x $(FIREFOX) ] || [ ! -x $(WEBKIT_DRIVER) ] || [ ! -x $(MINIBROWSER) ] || [ ! -x $(XVFB) ]; then \
		$(SUDO) apt-get update; \
		$(SUDO) apt-get install -y firefox-esr webkit2gtk-driver xvfb; \
	fi

# The wasm binding (wasm/) and its tests build for wasm32 only: lint them there.
lint:
	cargo fmt --all --check
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --all-features --document-private-items --quiet
	cargo clippy --all-targets --all-features -- -D warnings
	cargo clippy -p salient-wasm --target $(WASM_TARGET) --all-targets -- -D warnings
	cargo clippy -p salient-extract-wasm --target $(WASM_TARGET) --all-targets -- -D warnings

test-native:
	cargo test --all-features

test-wasm:
	$(WASM_TEST_ENV) WASM_BINDGEN_USE_BROWSER=1 cargo test -p salient-wasm --target $(WASM_TARGET) --test wasm
	$(WASM_TEST_ENV) cargo test -p salient-wasm --target $(WASM_TARGET) --test wasm
	$(WASM_TEST_ENV) WASM_BINDGEN_USE_BROWSER=1 cargo test -p salient-extract-wasm --target $(WASM_TARGET) --test extract

# The end-to-end tests start their own server on www/ (needs `make wasm` first).
test-e2e:
	node --test tests/e2e/

# The page and the bookmarklet in Firefox and WebKit (Chromium: test-e2e).
test-engines:
	FIREFOX_PATH=$(FIREFOX) WEBKIT_DRIVER_PATH=$(WEBKIT_DRIVER) MINIBROWSER_PATH=$(MINIBROWSER) XVFB_PATH=$(XVFB) \
		node --test tests/engines/

# Benchmarks (results and the machine they ran on: README, "Speed and size").
bench: bench-native bench-browser bench-page

bench-native:
	cargo bench --profile bench-native --features internals --bench pipeline -- --algorithms

bench-browser: wasm
	node scripts/bench-browser.mjs

# The CLI's --jsonl batch on one core and on all, against sumy's LexRank
# (pip install sumy; scripts/bench-batch.py) on 400 generated stories.
bench-batch:
	cargo build --release -p salient-cli
	mkdir -p target
	cargo bench --profile bench-native --features internals --bench pipeline -- --dump-batch 400 > target/batch.jsonl
	python3 scripts/bench-batch.py target/batch.jsonl --salient target/release/salient

# What each dependency costs in the .wasm (README, "Speed and size").
size-table: wasm
	scripts/wasm-size-table.sh

# The page as a reader uses it: paste to summary, a 5 MB paste, first visits, bytes.
bench-page: site
	node scripts/bench-page.mjs

# The 10 MB hostile-input case, which is too slow unoptimised for `cargo test`.
# (The bench-native profile is release with unwinding: under `--release` the
# CLI, which aborts on panic, and the test build of the library collide.)
test-hostile-release:
	cargo test --profile bench-native -p salient --test hostile -- --include-ignored

# A bounded fuzz run: libFuzzer when a nightly toolchain with cargo-fuzz is at
# hand, else the stable driver with the same invariant checks (fuzz/README.md).
FUZZ_SECONDS ?= 30
fuzz-smoke:
	if rustup toolchain list | grep -q '^nightly' && cargo +nightly fuzz --version >/dev/null 2>&1; then \
		for t in clean_segment summarize extract_html; do mkdir -p target/fuzz-corpus/$$t; \
			cargo +nightly fuzz run $$t target/fuzz-corpus/$$t fuzz/corpus/$$t -- \
				-max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 -rss_limit_mb=2048; done; \
	else \
		cargo run --manifest-path fuzz/Cargo.toml --release --no-default-features --target-dir target \
			--bin smoke -- --seconds $(FUZZ_SECONDS); \
	fi

test: setup
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-hostile-release
	$(MAKE) fuzz-smoke
	$(MAKE) test-wasm
	$(MAKE) site
	$(MAKE) test-e2e
	$(MAKE) test-engines
	$(MAKE) test-npm

clean:
	rm -rf www/pkg test-output dist/npm
	cargo clean
