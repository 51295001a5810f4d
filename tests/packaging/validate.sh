#!/bin/bash
# packaging_validate: the desktop integration files and the Flatpak manifest are valid.
#   validate.sh <source dir>
# desktop-file-validate (desktop-file-utils), appstreamcli validate --no-net (appstream),
# the SVG icon and MIME definition parse as XML (python3), the PNG renders exist at the
# right sizes, the Flatpak manifest parses (python3-yaml) and has the runtime, modules and
# permissions Bootlace needs. A missing tool is a failure that names its Debian package.
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

if need python3 python3; then
    echo "== Flatpak manifest packaging/flatpak/$id.yml"
    if ! python3 -c 'import yaml' 2>/dev/null; then
        fail "python3 cannot import yaml: install the Debian package 'python3-yaml' (scripts/install-deps.sh --test)"
    else
        python3 - "$src" "$id" <<'PY' || fail "Flatpak manifest checks"
import configparser, os, sys, yaml
src, app_id = sys.argv[1], sys.argv[2]
path = f"{src}/packaging/flatpak/{app_id}.yml"
ok = True
def bad(msg):
    global ok
    ok = False
    print("  " + msg, file=sys.stderr)

try:
    m = yaml.safe_load(open(path))
except (OSError, yaml.YAMLError) as e:
    print(f"  {path}: {e}", file=sys.stderr)
    sys.exit(1)
if not isinstance(m, dict):
    print(f"  {path}: not a mapping", file=sys.stderr)
    sys.exit(1)
if m.get("id") != app_id:
    bad(f"id is {m.get('id')!r}, expected {app_id!r}")
if m.get("runtime") != "org.kde.Platform" or m.get("sdk") != "org.kde.Sdk":
    bad(f"runtime/sdk are {m.get('runtime')!r}/{m.get('sdk')!r}, expected org.kde.Platform/org.kde.Sdk")
version = m.get("runtime-version")
if not isinstance(version, str):
    bad(f"runtime-version {version!r} must be a quoted string ('6.9'), or YAML reads a number")
else:
    try:
        major, minor = (int(x) for x in version.split(".")[:2])
        if (major, minor) < (6, 4):
            bad(f"runtime-version {version}: Bootlace needs Qt 6.4 or newer (KDE runtime 6.x)")
    except ValueError:
        bad(f"runtime-version {version!r} is not MAJOR.MINOR")

desktop = configparser.ConfigParser(interpolation=None, strict=True)
desktop.optionxform = str
desktop.read(f"{src}/packaging/{app_id}.desktop")
exec_cmd = desktop["Desktop Entry"].get("Exec", "").split()[0]
if m.get("command") != exec_cmd:
    bad(f"command {m.get('command')!r} differs from the desktop file's Exec {exec_cmd!r}")

args = m.get("finish-args") or []
for needed in ("--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
               "--filesystem=home", "--talk-name=org.freedesktop.secrets"):
    if needed not in args:
        bad(f"finish-args lack {needed}")
for arg in args:
    if arg in ("--talk-name=org.freedesktop.Flatpak", "--filesystem=host", "--socket=session-bus"):
        bad(f"finish-args {arg} would let the app leave its sandbox")

modules = [mod for mod in m.get("modules") or [] if isinstance(mod, dict)]
names = [mod.get("name") for mod in modules]
for needed in ("libsecret", "qtkeychain"):
    if needed not in names:
        bad(f"no module {needed!r} (modules: {names})")
if names and names[-1] != "bootlace":
    bad(f"the last module is {names[-1]!r}, expected 'bootlace' (built after its dependencies)")
if any(n and "curl" in n for n in names):
    bad("a curl module: libcurl comes from the runtime")
if "libsecret" in names and "qtkeychain" in names and names.index("libsecret") > names.index("qtkeychain"):
    bad("libsecret must be built before qtkeychain")
for mod in modules:
    opts = mod.get("config-opts") or []
    if mod.get("name") == "qtkeychain":
        for needed in ("-DBUILD_WITH_QT6=ON", "-DBUILD_SHARED_LIBS=ON"):
            if needed not in opts:
                bad(f"qtkeychain config-opts lack {needed}")
    if mod.get("name") == "bootlace":
        if "-DBOOTLACE_BUILD_TESTS=OFF" not in opts:
            bad("bootlace config-opts lack -DBOOTLACE_BUILD_TESTS=OFF")
        dirs = [s for s in mod.get("sources") or [] if s.get("type") == "dir"]
        if not dirs or os.path.realpath(os.path.join(os.path.dirname(path), dirs[0].get("path", ""))) \
                != os.path.realpath(src):
            bad("the bootlace module's dir source is not the source tree")
    for source in mod.get("sources") or []:
        if source.get("type") == "git" and not (source.get("tag") or source.get("commit")):
            bad(f"module {mod.get('name')}: git source without a tag or commit")
if ok:
    print(f"  {app_id}.yml: {m['runtime']}//{version}, modules {', '.join(names)}, "
          f"{len(args)} finish-args")
sys.exit(0 if ok else 1)
PY
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "packaging_validate: $failures failure(s)" >&2
    exit 1
fi
echo "packaging_validate: OK"
