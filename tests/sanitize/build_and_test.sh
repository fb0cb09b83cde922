#!/bin/sh
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer,
# plus every libFuzzer target for NEWSGRAPH_FUZZ_SECONDS seconds (default 60),
# built with clang-14 in BUILD_DIR (default build-sanitize).
# Usage: tests/sanitize/build_and_test.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build-sanitize}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_CONSUMER_STRICT=ON \
      -DNEWSGRAPH_FUZZ_SECONDS="${NEWSGRAPH_FUZZ_SECONDS:-60}"
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
