#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the shared benchmark workloads (cached in BUILD_DIR/bench-workloads) and runs weft-bench
# on wl_small and wl_large; raw results go to bench/results/latest-{small,large}.json. Then, when
# it is built, weft-gui-bench (the workbench's budgets on the real widgets, offscreen, on
# projects it makes itself) writes bench/results/latest-gui.json.
#
#   cmake --build BUILD_DIR --target weft-bench weft-gui-bench   (builds weft-cli too)
#   bench/run.sh [BUILD_DIR] [weft-bench options, e.g. --repeat 5]
#
# --repeat and --keep also go to weft-gui-bench.
#
# BUILD_DIR defaults to build/ in the repository; use an optimised build (the default
# RelWithDebInfo or Release). The generator is not part of this repository:
# set WEFT_WORKLOAD_GENERATOR, else ../shared/benchmarks/gen_workload.py next to the repository.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
[ $# -gt 0 ] && shift
build=$(cd "$build" && pwd)
generator=${WEFT_WORKLOAD_GENERATOR:-$repo/../shared/benchmarks/gen_workload.py}
cache=$build/bench-workloads
results=$repo/bench/results

if [ ! -f "$generator" ]; then
    echo "run.sh: no workload generator at $generator; set WEFT_WORKLOAD_GENERATOR" >&2
    exit 2
fi

if [ ! -x "$build/bench/weft-bench" ]; then
    echo "run.sh: no $build/bench/weft-bench; build it first:" \
         "cmake --build $build --target weft-bench" >&2
    exit 2
fi

# name, then the generator's arguments (from /work/shared/benchmarks/README.md)
workloads=(
    "small --docs 20 --words 2000 --codes 100 --codings 2000 --seed 1"
    "large --docs 300 --words 10000 --codes 1000 --codings 60000 --big-chars 1000000 --big-codings 4000 --seed 1"
)
# sha256 prefix of wl_large's manifest.json the shared README documents
expected_large=8a2622e4984bde6d

generatorSum=$(sha256sum "$generator" | cut -c1-16)
mkdir -p "$cache" "$results"
for entry in "${workloads[@]}"; do
    read -r name args <<<"$entry"
    dir=$cache/wl_$name
    stamp="$generatorSum $args"
    if [ ! -f "$dir/stamp" ] || [ "$(cat "$dir/stamp")" != "$stamp" ]; then
        echo "generating wl_$name"
        rm -rf "$dir" "$dir.tmp"
        # shellcheck disable=SC2086 # args is a word list on purpose
        python3 "$generator" $args --out "$dir.tmp"
        echo "$stamp" >"$dir.tmp/stamp"
        mv "$dir.tmp" "$dir"
    fi
    if [ "$name" = large ]; then
        actual=$(sha256sum "$dir/manifest.json" | cut -c1-16)
        if [ "$actual" != "$expected_large" ]; then
            echo "run.sh: wl_large differs from the shared one (manifest $actual, expected" \
                 "$expected_large); numbers will not compare with the README table" >&2
        fi
    fi
done

for entry in "${workloads[@]}"; do
    read -r name _ <<<"$entry"
    echo "== weft-bench on wl_$name"
    "$build/bench/weft-bench" --workload "$cache/wl_$name" --scratch "$build/bench-scratch" \
        --out "$results/latest-$name.json" "$@"
done

if [ -x "$build/bench/gui/weft-gui-bench" ]; then
    guiOptions=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --repeat) guiOptions+=("$1" "${2-}"); shift $(($# > 1 ? 2 : 1)) ;;
            --keep) guiOptions+=("$1"); shift ;;
            *) shift ;;
        esac
    done
    echo "== weft-gui-bench"
    QT_QPA_PLATFORM=offscreen "$build/bench/gui/weft-gui-bench" --scratch "$build/bench-scratch" \
        --out "$results/latest-gui.json" "${guiOptions[@]}"
else
    echo "run.sh: no $build/bench/gui/weft-gui-bench (GUI not built); skipping the GUI budgets" >&2
fi
