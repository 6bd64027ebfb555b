#!/usr/bin/env bash
# Builds the WebAssembly packages of salient into www/pkg/, from a clean
# checkout: the summariser (wasm/: salient.js, salient_bg.wasm and TypeScript
# declarations); the article extractor (wasm-extract/: salient_extract.js,
# salient_extract_bg.wasm), which pages load only when they have HTML to
# read; the stemmers of other languages than English (stem/: stem/), loaded
# when a text needs them; and the stopword list of every language
# (lang/<code>.txt).
#
#   scripts/build-wasm.sh           install what is missing, build, optimise, check the size
#   scripts/build-wasm.sh --setup   only install what is missing (wasm32 target,
#                                   wasm-bindgen-cli at the Cargo.lock version, npm packages)
#
# Each gzipped .wasm must stay within its size budget (160 KiB for the
# summariser, 64 KiB for the extractor and for the stemmers); the build
# fails otherwise (SALIENT_STRICT_BUDGET=0 only reports it, e.g. to measure an
# experiment that is over). wasm-opt runs at -Oz and at -O3 and the smaller
# output is kept; both sizes are printed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
OUT_DIR=www/pkg
BUDGET=163840 # bytes, gzipped (160 KiB)
EXTRACT_BUDGET=65536 # bytes, gzipped (64 KiB)
STEM_BUDGET=65536 # bytes, gzipped (64 KiB)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

log() { printf 'build-wasm: %s\n' "$*" >&2; }

# The wasm-bindgen version the crate is locked to; the CLI must match it exactly.
wasm_bindgen_version() {
    [ -f Cargo.lock ] || cargo generate-lockfile
    awk '/^name = "wasm-bindgen"$/ { found = 1; next }
         found && /^version = / { gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

ensure_target() {
    if ! rustup target list --installed | grep -qx "$TARGET"; then
        log "adding Rust target $TARGET"
        rustup target add "$TARGET"
    fi
}

# Another `cargo install wasm-bindgen-cli` (e.g. started by hand) must finish first.
wait_for_other_install() {
    local waited=0
    while pgrep -f 'cargo install wasm-bindgen-cli' >/dev/null; do
        if [ "$waited" -eq 0 ]; then log "waiting for a running 'cargo install wasm-bindgen-cli'"; fi
        sleep 10
        waited=$((waited + 10))
    done
}

ensure_wasm_bindgen() {
    local want have
    want=$(wasm_bindgen_version)
    if [ -z "$want" ]; then
        log "wasm-bindgen not found in Cargo.lock"
        exit 1
    fi
    wait_for_other_install
    have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
    if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
        log "installing wasm-bindgen-cli $want (found: ${have:-none})"
        # Not --locked: the CLI's own lock file may pin crates this toolchain rejects.
        cargo install wasm-bindgen-cli --version "$want"
    fi
}

ensure_npm() {
    local pkg missing=
    for pkg in binaryen playwright-core puppeteer-core selenium-webdriver terser axe-core typescript; do
        [ -d "node_modules/$pkg" ] || missing=1
    done
    if [ -n "$missing" ]; then
        log "installing npm packages (npm ci)"
        npm ci --no-audit --no-fund
    fi
}

setup() {
    ensure_target
    ensure_wasm_bindgen
    ensure_npm
}

gz_size() { gzip -9 -c "$1" | wc -c; }

# Optimises the .wasm FILE in place with wasm-opt at -Oz and at -O3, keeping
# the smaller, which it prints ("-Oz" or "-O3").
optimise() {
    local wasm=$1 level best="" best_gz="" gz
    # The features rustc enables by default for wasm32-unknown-unknown; the
    # output must not use anything beyond them.
    for level in -Oz -O3; do
        node_modules/.bin/wasm-opt "$level" --strip-debug --strip-producers \
            --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
            --enable-mutable-globals --enable-reference-types --enable-multivalue \
            "$wasm" -o "$wasm$level"
        gz=$(gz_size "$wasm$level")
        log "$(basename "$wasm"), wasm-opt $level: $(stat -c %s "$wasm$level") bytes, $gz gzipped"
        if [ -z "$best" ] || [ "$gz" -lt "$best_gz" ]; then
            best=$level
            best_gz=$gz
        fi
    done
    mv "$wasm$best" "$wasm"
    rm -f "$wasm"-O*
    if ! node -e 'process.exit(WebAssembly.validate(require("fs").readFileSync(process.argv[1])) ? 0 : 1)' "$wasm"; then
        log "$wasm does not validate"
        exit 1
    fi
    echo "$best"
}

# package CRATE DIR NAME BUDGET: the built CRATE through wasm-bindgen into
# DIR/NAME.js and DIR/NAME_bg.wasm, optimised, its gzipped size checked.
package() {
    local crate=$1 dir=$2 name=$3 budget=$4
    wasm-bindgen "target/$TARGET/$PROFILE/${crate//-/_}.wasm" --out-dir "$dir" \
        --out-name "$name" --target web
    local wasm="$dir/${name}_bg.wasm" before best raw gz
    before=$(stat -c %s "$wasm")
    best=$(optimise "$wasm")
    raw=$(stat -c %s "$wasm")
    gz=$(gz_size "$wasm")
    printf '%s_bg.wasm: %d bytes (%d before wasm-opt %s), %d bytes gzipped (budget %d)\n' \
        "$name" "$raw" "$before" "$best" "$gz" "$budget"
    if [ "$gz" -gt "$budget" ]; then
        log "OVER BUDGET: the gzipped $name wasm is $gz bytes, over the budget of $budget"
        if [ "${SALIENT_STRICT_BUDGET:-1}" != 0 ]; then
            exit 1
        fi
    fi
}

build() {
    cargo build -p salient-wasm -p salient-extract-wasm -p salient-stem --lib \
        --target "$TARGET" --profile "$PROFILE"
    rm -rf "$OUT_DIR"
    package salient-wasm "$OUT_DIR" salient "$BUDGET"
    package salient-extract-wasm "$OUT_DIR" salient_extract "$EXTRACT_BUDGET"
    package salient-stem "$OUT_DIR/stem" salient_stem "$STEM_BUDGET"
    # The stopword list of every language, one file each.
    cargo run -q --release --example export_stopwords -- "$OUT_DIR/lang"
}

case "${1:-}" in
    --setup) setup ;;
    "") setup; build ;;
    *) log "usage: $0 [--setup]"; exit 2 ;;
esac
