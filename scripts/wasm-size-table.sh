#!/usr/bin/env bash
# What each dependency costs in the .wasm, measured on built variants:
# the probe module in scripts/size-probes/ is built once per feature (each
# uses one dependency the way salient does), optimised and measured as
# scripts/build-wasm.sh does (wasm-bindgen, wasm-opt -Oz and -O3, the
# smaller kept, gzip -9), and compared with the probe built without
# features. The last row is the full salient module from www/pkg
# (`make wasm` first). Prints a markdown table.
#
#   scripts/wasm-size-table.sh          (make size-table)
#
# Costs do not quite add up: dependencies share code (the formatting
# machinery, the allocator, Unicode tables), which a variant pays for only
# once.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TARGET=wasm32-unknown-unknown
PROBES=scripts/size-probes
TARGET_DIR=target/size-probes
WORK=$TARGET_DIR/out

if [ ! -f www/pkg/salient_bg.wasm ]; then
    echo "wasm-size-table: www/pkg/salient_bg.wasm is missing: run \`make wasm\` first" >&2
    exit 1
fi

gz_size() { gzip -9 -c "$1" | wc -c; }

# Prints the gzipped size of the probe built with the features in $1.
build_variant() {
    local features=$1 name=$2 wasm level best=""
    cargo build --quiet --manifest-path "$PROBES/Cargo.toml" --lib --target "$TARGET" \
        --profile wasm-release --target-dir "$TARGET_DIR" --no-default-features \
        ${features:+--features "$features"}
    rm -rf "$WORK/$name"
    wasm-bindgen "$TARGET_DIR/$TARGET/wasm-release/size_probe.wasm" --out-dir "$WORK/$name" \
        --out-name probe --target web
    wasm="$WORK/$name/probe_bg.wasm"
    for level in -Oz -O3; do
        node_modules/.bin/wasm-opt "$level" --strip-debug --strip-producers \
            --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
            --enable-mutable-globals --enable-reference-types --enable-multivalue \
            "$wasm" -o "$wasm$level"
        local gz
        gz=$(gz_size "$wasm$level")
        if [ -z "$best" ] || [ "$gz" -lt "$best" ]; then best=$gz; fi
    done
    echo "$best"
}

#        features                  what it measures
rows=(
    "segmentation|unicode-segmentation: UAX #29 sentence and word boundaries"
    "lowercase|std: str::to_lowercase and char::is_alphanumeric (Unicode tables)"
    "floats|std: format! of an f64 (float formatting and the fmt machinery)"
    "hashbrown|hashbrown + rustc-hash: the interner's hash table"
    "serde|serde + serde-wasm-bindgen: results out"
    "talc|talc as the allocator instead of std's dlmalloc"
)

base=$(build_variant "" baseline)
printf '| variant | gzipped bytes | cost over the baseline |\n|---|---|---|\n'
printf '| baseline: wasm-bindgen, one function taking a string, std allocator | %d | |\n' "$base"
for row in "${rows[@]}"; do
    features=${row%%|*}
    label=${row#*|}
    size=$(build_variant "$features" "$features")
    printf '| %s | %d | %+d |\n' "$label" "$size" "$((size - base))"
done
full=$(gz_size www/pkg/salient_bg.wasm)
printf '| salient (www/pkg/salient_bg.wasm, everything above and the pipeline) | %d | %+d |\n' "$full" "$((full - base))"
