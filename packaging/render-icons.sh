#!/bin/bash
# Renders resources/icons/org.bootlace.Bootlace.svg into the committed PNG sizes
# (resources/icons/hicolor/<N>x<N>/apps/org.bootlace.Bootlace.png). Run after editing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/resources/icons/org.bootlace.Bootlace.svg"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for n in 16 24 32 48 64 128 256; do
    out="$root/resources/icons/hicolor/${n}x${n}/apps/org.bootlace.Bootlace.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "$out"
    echo "$out"
done
