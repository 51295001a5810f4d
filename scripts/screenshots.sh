#!/bin/bash
# Renders the screenshots in docs/screenshots from a real window under Xvfb (light and dark
# main window, diagnostics, simulator, test boot; the main window in German). Look at them before
# committing.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
cmake --build --preset "$preset" --target bootlace_screenshots bootlace_gui_lrelease
export XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
xvfb-run -a -s "-screen 0 1600x1000x24" "build/$preset/tests/app/bootlace_screenshots" docs/screenshots examples/homelab.bootlace.json
xvfb-run -a -s "-screen 0 1600x1000x24" "build/$preset/tests/app/bootlace_screenshots" --language de docs/screenshots examples/homelab.bootlace.json
ls -l docs/screenshots
