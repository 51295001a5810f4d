#!/bin/bash
# One command on a fresh Debian 12 machine: install what is missing, build with clang (the same
# build also makes the libFuzzer target), and run the whole test suite, including the real-iPXE
# boot tests under QEMU and a bounded fuzzing run. ctest's summary is the last thing printed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
