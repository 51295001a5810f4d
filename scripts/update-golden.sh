#!/bin/bash
# Rewrites the writer's golden files on purpose after an intended change of the generated
# format. Review `git diff tests/ipxe/data/golden` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build/dev --target scriptwriter_test
BOOTLACE_UPDATE_GOLDEN=1 ./build/dev/tests/ipxe/scriptwriter_test golden
git --no-pager diff --stat -- tests/ipxe/data/golden
