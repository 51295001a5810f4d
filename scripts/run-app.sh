#!/bin/bash
# One command on a fresh Debian 12 machine: install what is missing, build, and open the
# bundled example project in Bootlace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-app: no display (DISPLAY/WAYLAND_DISPLAY unset). Start it from a desktop session," >&2
    echo "         or try it headless: xvfb-run -a scripts/run-app.sh" >&2
    exit 1
fi
exec build/release/app/bootlace examples/homelab.bootlace.json "$@"
