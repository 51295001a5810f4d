#!/bin/bash
# packaging_validate: the desktop integration files are valid.
#   validate.sh <source dir>
# desktop-file-validate (desktop-file-utils), appstreamcli validate --no-net (appstream),
# the SVG icon and MIME definition parse as XML (python3), the PNG renders exist at the
# right sizes. A missing tool is a failure that names its Debian package.
set -uo pipefail
src="${1:?usage: validate.sh <source dir>}"
id=org.bootlace.Bootlace
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { # need <command> <package>
    command -v "$1" >/dev/null && return 0
    fail "$1 not found: install the Debian package '$2' (scripts/install-deps.sh --test)"
    return 1
}

if need desktop-file-validate desktop-file-utils; then
    echo "== desktop-file-validate packaging/$id.desktop"
    desktop-file-validate "$src/packaging/$id.desktop" || fail "desktop-file-validate $id.desktop"
fi
if need appstreamcli appstream; then
    echo "== appstreamcli validate --no-net packaging/$id.metainfo.xml"
    appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml" || fail "appstreamcli validate $id.metainfo.xml"
fi
if need python3 python3; then
    echo "== icons and MIME type"
    python3 - "$src" "$id" <<'PY' || fail "icon/MIME checks"
import configparser, struct, sys, xml.etree.ElementTree as ET
src, app_id = sys.argv[1], sys.argv[2]
ok = True
def bad(msg):
    global ok
    ok = False
    print("  " + msg, file=sys.stderr)

svg = ET.parse(f"{src}/resources/icons/{app_id}.svg").getroot()
if svg.tag != "{http://www.w3.org/2000/svg}svg":
    bad(f"SVG root is {svg.tag}, not svg")
vb = svg.get("viewBox", "").split()
if len(vb) != 4 or float(vb[2]) != float(vb[3]):
    bad(f"SVG viewBox {vb} is not square")
print(f"  {app_id}.svg parses, viewBox {' '.join(vb)}")

for n in (16, 24, 32, 48, 64, 128, 256):
    path = f"{src}/resources/icons/hicolor/{n}x{n}/apps/{app_id}.png"
    try:
        head = open(path, "rb").read(26)
    except OSError as e:
        bad(f"{path}: {e.strerror}")
        continue
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        bad(f"{path}: not a PNG")
        continue
    w, h = struct.unpack(">II", head[16:24])
    if (w, h) != (n, n):
        bad(f"{path}: {w}x{h}, expected {n}x{n}")
    elif head[25] not in (4, 6):
        bad(f"{path}: no alpha channel (colour type {head[25]})")
    else:
        print(f"  {n}x{n}/apps/{app_id}.png {w}x{h} RGBA")

ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
mime = ET.parse(f"{src}/packaging/{app_id}.mime.xml").getroot()
types = {t.get("type"): t for t in mime.iter(f"{ns}mime-type")}
t = types.get("application/x-bootlace-project")
if t is None:
    bad("MIME XML does not define application/x-bootlace-project")
elif "*.bootlace.json" not in [g.get("pattern") for g in t.iter(f"{ns}glob")]:
    bad("application/x-bootlace-project has no *.bootlace.json glob")
else:
    print("  application/x-bootlace-project: *.bootlace.json")

desktop = configparser.ConfigParser(interpolation=None, strict=True)
desktop.optionxform = str
desktop.read(f"{src}/packaging/{app_id}.desktop")
entry = desktop["Desktop Entry"]
if entry.get("Icon") != app_id:
    bad(f"desktop Icon={entry.get('Icon')}, expected {app_id}")
if "application/x-bootlace-project" not in entry.get("MimeType", "").split(";"):
    bad("desktop MimeType lacks application/x-bootlace-project")
meta = ET.parse(f"{src}/packaging/{app_id}.metainfo.xml").getroot()
if meta.findtext("id") != app_id or meta.findtext("launchable") != f"{app_id}.desktop":
    bad("metainfo id/launchable do not match the application id")
sys.exit(0 if ok else 1)
PY
fi

if [ "$failures" -ne 0 ]; then
    echo "packaging_validate: $failures failure(s)" >&2
    exit 1
fi
echo "packaging_validate: OK"
