#!/usr/bin/env bash
# Builds the WebAssembly package of salient into www/pkg/ (salient.js,
# salient_bg.wasm and TypeScript declarations), from a clean checkout.
#
#   scripts/build-wasm.sh           install what is missing, build, optimise, check the size
#   scripts/build-wasm.sh --setup   only install what is missing (wasm32 target,
#                                   wasm-bindgen-cli at the Cargo.lock version, npm packages)
#
# The gzipped .wasm must stay within the size budget (160 KiB); the build
# fails otherwise (SALIENT_STRICT_BUDGET=0 only reports it, e.g. to measure an
# experiment that is over). wasm-opt runs at -Oz and at -O3 and the smaller
# output is kept; both sizes are printed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
OUT_DIR=www/pkg
BUDGET=163840 # bytes, gzipped (160 KiB)
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
    if [ ! -d node_modules/binaryen ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/typescript ]; then
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

build() {
    cargo build -p salient-wasm --lib --target "$TARGET" --profile "$PROFILE"
    local raw_wasm="target/$TARGET/$PROFILE/salient_wasm.wasm"

    rm -rf "$OUT_DIR"
    wasm-bindgen "$raw_wasm" --out-dir "$OUT_DIR" --out-name salient --target web

    local wasm="$OUT_DIR/salient_bg.wasm"
    local before level best="" best_gz=""
    before=$(stat -c %s "$wasm")
    # The features rustc enables by default for wasm32-unknown-unknown; the
    # output must not use anything beyond them.
    for level in -Oz -O3; do
        node_modules/.bin/wasm-opt "$level" --strip-debug --strip-producers \
            --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
            --enable-mutable-globals --enable-reference-types --enable-multivalue \
            "$wasm" -o "$wasm$level"
        local gz
        gz=$(gz_size "$wasm$level")
        log "wasm-opt $level: $(stat -c %s "$wasm$level") bytes, $gz gzipped"
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

    local raw gz
    raw=$(stat -c %s "$wasm")
    gz=$(gz_size "$wasm")
    printf 'salient_bg.wasm: %d bytes (%d before wasm-opt %s), %d bytes gzipped (budget %d)\n' \
        "$raw" "$before" "$best" "$gz" "$BUDGET"
    if [ "$gz" -gt "$BUDGET" ]; then
        log "OVER BUDGET: the gzipped wasm is $gz bytes, over the budget of $BUDGET"
        if [ "${SALIENT_STRICT_BUDGET:-1}" != 0 ]; then
            exit 1
        fi
    fi
}

case "${1:-}" in
    --setup) setup ;;
    "") setup; build ;;
    *) log "usage: $0 [--setup]"; exit 2 ;;
esac
