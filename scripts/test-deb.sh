#!/bin/bash
# The third CI leg: builds the Debian package (`cmake --preset release`, build, `cpack` in
# build/release), installs it with apt on a CLEAN Debian 12 root (debootstrap --variant=minbase
# bookworm: nothing but the base system) so that apt has to resolve every Depends from the Debian
# archive, and runs the installed files there as an unprivileged user:
#   - bootlace-cli --version prints the package's version;
#   - bootlace-cli render of /usr/share/bootlace/examples/homelab.bootlace.json gives the same
#     bytes as the build tree's bootlace-cli, and bootlace-cli lint the same report and exit code;
#   - bootlace-cli testboot finds its installed harness (and names the missing QEMU packages);
#   - ldd finds every library of both executables and of the xcb/offscreen Qt platform plugins;
#   - QT_QPA_PLATFORM=offscreen bootlace --version, and the main window with the example project
#     stays up until it is stopped 3 s later (Qt Widgets, fonts and the platform plugin load).
# It also checks that the desktop files, icons, MIME type, metainfo, test-boot harness and example
# are in the package, and that every Recommends exists in Debian 12. The last line is the verdict.
#
# Needs root (debootstrap, chroot, mounts); under sudo the build runs as the calling user. The
# pristine root is built once from the mirror apt uses here and cached in $BOOTLACE_CI_CACHE
# (default /var/cache/bootlace-ci) as bookworm-<key>; each run works on an overlay of it (the
# cached root is never written) and keeps the .debs apt downloads in bookworm-<key>.debs. What apt
# installs to satisfy the Depends is cached as an overlay layer keyed by the exact Depends line
# (bookworm-<key>.deps-<hash>), so a warm run only installs the package itself; a new Depends
# line is resolved afresh on the clean root. Everything runs in a private mount and PID namespace,
# as in scripts/run-tests-trixie.sh: mounts are undone on exit, and by the kernel if killed.
#
# Environment: BOOTLACE_CI_CACHE (cache directory), BOOTLACE_DEBIAN_MIRROR (overrides the mirror),
# BOOTLACE_BOOKWORM_REBUILD=1 (rebuild the cached root even if one exists).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
me="test-deb"
say() { echo "$me: $*"; }
die() { echo "$me: error: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    die "needs root (debootstrap, chroot and mounts); run: sudo $0 $*"
fi

# Re-run inside a private mount + PID namespace (see the header).
if [ -z "${BOOTLACE_DEB_NS:-}" ]; then
    command -v unshare >/dev/null || die "unshare (util-linux) not found"
    export BOOTLACE_DEB_NS=1
    exec unshare --mount --pid --fork --kill-child --propagation private -- "$0" "$@"
fi

suite=bookworm
setup_version=1   # bump when the way the pristine root is set up changes

now() { date +%s; }
t_start=$(now) t_build=- t_root=- t_deps=- t_install=- t_checks=-

# Under sudo, build as the calling user so that build/release stays theirs.
as_user() {
    if [ -n "${SUDO_UID:-}" ] && [ "${SUDO_UID}" != 0 ]; then
        local home
        home=$(getent passwd "$SUDO_UID" | cut -d: -f6)
        setpriv --reuid="$SUDO_UID" --regid="$SUDO_GID" --init-groups env HOME="${home:-/tmp}" "$@"
    else
        "$@"
    fi
}

# --- mounts, always undone -----------------------------------------------------------------
mounted=()
mount_in() {  # mount_in <target> <mount args...>
    local target=$1; shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
mount_system() {  # mount_system <root dir>
    local r=$1
    mount_in "$r/proc" -t proc proc
    mount_in "$r/dev" --bind /dev
    mount_in "$r/dev/pts" --bind /dev/pts
    mount_in "$r/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev tmpfs
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    unmount_all
    [ -n "${run:-}" ] && [ -d "$run" ] && rm -rf --one-file-system "$run"
    [ -n "${ref:-}" ] && [ -d "$ref" ] && rm -rf "$ref"
    [ -n "${partial:-}" ] && [ -d "$partial" ] && rm -rf --one-file-system "$partial"
    say "times: build+cpack $t_build, clean root $t_root, Depends resolved $t_deps, apt install $t_install, checks $t_checks (total $(($(now) - t_start))s)"
    [ "$rc" -eq 130 ] || [ "$rc" -eq 143 ] && echo "$me: interrupted; mounts undone" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

in_root() {  # in_root <root dir> <command...>: as root, a clean environment like a fresh login
    local r=$1; shift
    chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "$@"
}
as_nobody() {  # as_nobody <root dir> <command...>: as an unprivileged user in the root
    local r=$1; shift
    chroot --userspec=65534:65534 "$r" /usr/bin/env -i HOME=/tmp/home LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        PATH=/usr/local/bin:/usr/bin:/bin XDG_RUNTIME_DIR=/tmp/home/run "$@"
}

# --- phase 1: the package (host) ---------------------------------------------------------------
t0=$(now)
ref=$(mktemp -d)   # logs and the build tree's reference output
scripts/install-deps.sh --test   # cmake, Qt, dpkg-dev (dpkg-shlibdeps), file, debootstrap, ...
say "cmake --preset release"
as_user cmake --preset release >"$ref/configure.log" 2>&1 \
    || { tail -30 "$ref/configure.log" >&2; die "cmake --preset release failed"; }
as_user cmake --build --preset release
rm -f build/release/bootlace_*.deb
(cd build/release && as_user cpack) || die "cpack failed in build/release"
debs=(build/release/bootlace_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || die "cpack made no single bootlace_*.deb in build/release"
deb=${debs[0]}
deb_name=$(basename "$deb")
deb_version=$(dpkg-deb -f "$deb" Version)
upstream_version=${deb_version%-*}
t_build=$(($(now) - t0))s
say "built $deb_name ($(du -k "$deb" | cut -f1) KiB)"
say "Depends: $(dpkg-deb -f "$deb" Depends)"
say "Recommends: $(dpkg-deb -f "$deb" Recommends)"

# What the installed files must reproduce: the build tree's output for the same example.
cli=$src/build/release/app/bootlace-cli
(cd examples && "$cli" render homelab.bootlace.json) >"$ref/render.ipxe"
set +e
(cd examples && "$cli" lint homelab.bootlace.json) >"$ref/lint.txt" 2>&1
ref_lint_rc=$?
set -e

# --- phase 2: the pristine Debian 12 root (cached) ---------------------------------------------
mirror=${BOOTLACE_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    host_codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    apt_mirror() {  # the configured URI of this release's "deb" entry, as apt sees it
        apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(TARGET_OF)' 2>/dev/null \
            | awk -v c="$host_codename" '$2 == c && $3 == "deb" && !n++ { print $1 }'
    }
    mirror=$(apt_mirror)
    if [ -z "$mirror" ]; then   # apt lists only targets it has downloaded lists for
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        mirror=$(apt_mirror)
    fi
    [ -n "$mirror" ] || die "could not tell which Debian mirror apt uses for $host_codename (set BOOTLACE_DEBIAN_MIRROR)"
fi
mirror=${mirror%/}

cache=${BOOTLACE_CI_CACHE:-/var/cache/bootlace-ci}
mkdir -p "$cache"
key=$(printf '%s\n' "$suite" "$mirror" "$setup_version" | sha256sum | cut -c1-16)
base=$cache/$suite-$key
debcache=$base.debs

# One run at a time per cache and suite: a second run waits for the first.
exec 9>"$cache/$suite.lock"
if ! flock -n 9; then
    say "another run holds $cache/$suite.lock; waiting for it"
    flock 9
fi
# Left over by a run that was killed (we hold the lock, so none is in use).
for old in "$cache/$suite-run."*; do
    [ -d "$old" ] && rm -rf --one-file-system "$old"
done

t0=$(now)
if [ -n "${BOOTLACE_BOOKWORM_REBUILD:-}" ] && [ -d "$base" ]; then
    say "BOOTLACE_BOOKWORM_REBUILD set: removing the cached root $base"
    rm -rf --one-file-system "$base"
fi
if [ -f "$base/.bootlace-ready" ]; then
    say "using the cached clean Debian 12 root $base"
    t_root=cached
else
    # Roots for another mirror or setup version are dropped, with their .deb caches.
    for old in "$cache/$suite"-*; do
        case $old in "$base" | "$debcache" | "$cache/$suite-run."*) continue ;; esac
        [ -e "$old" ] && { say "removing old root $old"; rm -rf --one-file-system "$old"; }
    done
    partial=$base.partial
    rm -rf --one-file-system "$partial" "$base"
    say "debootstrap --variant=minbase $suite from $mirror"
    if ! debootstrap --variant=minbase "$suite" "$partial" "$mirror" >"$cache/$suite-debootstrap.log" 2>&1; then
        tail -30 "$cache/$suite-debootstrap.log" >&2
        die "debootstrap of $suite from $mirror failed (log above, full log in $cache/$suite-debootstrap.log)"
    fi
    # A stock system, except that no maintainer script may start a daemon and dpkg skips fsync.
    printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
    chmod 755 "$partial/usr/sbin/policy-rc.d"
    echo force-unsafe-io >"$partial/etc/dpkg/dpkg.cfg.d/bootlace-ci"
    printf 'Acquire::Retries "3";\n' >"$partial/etc/apt/apt.conf.d/90bootlace-ci"
    cp -L /etc/resolv.conf "$partial/etc/resolv.conf" 2>/dev/null || true
    mount_system "$partial"
    in_root "$partial" apt-get update -qq   # the package lists stay in the cached root
    in_root "$partial" apt-get clean
    unmount_all
    touch "$partial/.bootlace-ready"
    mv "$partial" "$base"
    partial=
    t_root=$(($(now) - t0))s
    say "clean root ready in $t_root"
fi
mkdir -p "$debcache"

# --- phase 3: install the package on an overlay of the pristine root --------------------------
# apt resolves the package's Depends from the archive on the clean root (`apt-get satisfy`, the
# same resolution `apt-get install ./x.deb` does). What it installed is kept as an overlay layer
# keyed by the exact Depends line: a later run whose package has the same Depends reuses it, and
# a changed Depends (a new library found by dpkg-shlibdeps, an edited list) resolves afresh.
# Either way the package itself is then installed with apt on top, which fails if anything it
# depends on is missing, and the checks below run on the result.
apt_summary() { grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$1" | sed "s/^/$me: apt: /" || true; }
overlay_root() {  # overlay_root <mountpoint> <upper> <work> <lowerdirs>: a root with its mounts
    local m=$1
    mkdir -p "$2" "$3"
    mount_in "$m" -t overlay overlay -o "lowerdir=$4,upperdir=$2,workdir=$3"
    mount_system "$m"
    mount_in "$m/var/cache/apt/archives" --bind "$debcache"   # .debs kept across runs
    cp -L /etc/resolv.conf "$m/etc/resolv.conf" 2>/dev/null || true
}
depends=$(dpkg-deb -f "$deb" Depends)
dkey=$(printf '%s\n' "$depends" "$(dpkg-deb -f "$deb" Pre-Depends)" "$(dpkg-deb -f "$deb" Architecture)" \
    | sha256sum | cut -c1-16)
layer=$base.deps-$dkey
run=$(mktemp -d "$cache/$suite-run.XXXXXX")

t0=$(now)
if [ -f "$layer.ready" ]; then
    say "Depends resolved on the clean root before: reusing $(basename "$layer") (from $(date -r "$layer.ready" '+%F %R'))"
    t_deps=cached
else
    for old in "$base".deps-*; do   # layers for another Depends line
        [ -e "$old" ] && rm -rf --one-file-system "$old"
    done
    partial=$layer.partial
    say "apt-get satisfy --no-install-recommends on the clean root: $depends"
    overlay_root "$run/deps" "$partial" "$run/deps-work" "$base"
    satisfy() { in_root "$run/deps" apt-get satisfy -y --no-install-recommends "$depends" >"$run/satisfy.log" 2>&1; }
    if ! satisfy; then
        # The cached package lists may predate a Debian point release: refresh them and retry.
        say "apt-get satisfy failed; refreshing the package lists and retrying"
        in_root "$run/deps" apt-get update -qq
        satisfy || { tail -40 "$run/satisfy.log" >&2; die "apt could not resolve the Depends of $deb_name on a clean Debian 12 root (apt log above)"; }
    fi
    apt_summary "$run/satisfy.log"
    unmount_all
    mv "$partial" "$layer"
    partial=
    touch "$layer.ready"
    t_deps=$(($(now) - t0))s
fi

t0=$(now)
r=$run/root
overlay_root "$r" "$run/upper" "$run/work" "$layer:$base"
cp "$deb" "$r/tmp/$deb_name"
cp "$ref/render.ipxe" "$ref/lint.txt" "$r/tmp/"
say "apt-get install --no-install-recommends ./$deb_name"
if ! in_root "$r" apt-get install -y --no-install-recommends "/tmp/$deb_name" >"$run/apt.log" 2>&1; then
    tail -40 "$run/apt.log" >&2
    die "apt-get install of $deb_name failed on the clean Debian 12 root (apt log above)"
fi
apt_summary "$run/apt.log"
t_install=$(($(now) - t0))s

# --- phase 4: checks, as an unprivileged user -----------------------------------------------
t0=$(now)
checks=0 failures=()
# (No `grep -q` after a pipe: it would stop reading, and pipefail would report the SIGPIPE.)
check() {  # check <name> <command...>: runs the command on the host side, which inspects $r
    local name=$1; shift
    checks=$((checks + 1))
    local out
    if out=$("$@" 2>&1); then
        echo "  ok   $name"
    else
        echo "  FAIL $name"
        [ -n "$out" ] && sed 's/^/         /' <<<"$out" | head -20
        failures+=("$name")
    fi
}
mkdir -p "$r/tmp/home/run"
chmod 700 "$r/tmp/home/run"
chown -R 65534:65534 "$r/tmp/home"

installed_files() {
    local list
    list=$(in_root "$r" dpkg -L bootlace)
    local f missing=0
    for f in /usr/bin/bootlace /usr/bin/bootlace-cli \
             /usr/share/applications/org.bootlace.Bootlace.desktop \
             /usr/share/metainfo/org.bootlace.Bootlace.metainfo.xml \
             /usr/share/mime/packages/org.bootlace.Bootlace.xml \
             /usr/share/icons/hicolor/scalable/apps/org.bootlace.Bootlace.svg \
             /usr/share/icons/hicolor/48x48/apps/org.bootlace.Bootlace.png \
             /usr/share/icons/hicolor/256x256/apps/org.bootlace.Bootlace.png \
             /usr/share/bootlace/testboot/ipxe-boot-test.sh /usr/share/bootlace/testboot/httpd.py \
             /usr/share/bootlace/examples/homelab.bootlace.json /usr/share/bootlace/syntax/ipxe.xml \
             /usr/share/doc/bootlace/copyright; do
        grep -qxF "$f" <<<"$list" && [ -e "$r$f" ] || { echo "missing: $f"; missing=1; }
    done
    return "$missing"
}
recommends_exist() {  # every alternative of every Recommends has a candidate in Debian 12
    local names missing=0 p
    names=$(dpkg-deb -f "$r/tmp/$deb_name" Recommends | tr ',|' '\n\n' | sed 's/(.*)//; s/ //g' | grep .)
    for p in $names; do
        in_root "$r" apt-cache policy "$p" | grep 'Candidate: [^(]' >/dev/null || { echo "no package $p in $suite"; missing=1; }
    done
    return "$missing"
}
cli_version() {
    local v
    v=$(as_nobody "$r" bootlace-cli --version)
    [ "$v" = "bootlace-cli $upstream_version" ] || { echo "got '$v', expected 'bootlace-cli $upstream_version'"; return 1; }
}
cli_render() {
    as_nobody "$r" sh -c 'cd /usr/share/bootlace/examples && bootlace-cli render homelab.bootlace.json' >"$run/render.ipxe"
    diff -u "$r/tmp/render.ipxe" "$run/render.ipxe"
}
cli_lint() {
    local rc=0
    as_nobody "$r" sh -c 'cd /usr/share/bootlace/examples && bootlace-cli lint homelab.bootlace.json' >"$run/lint.txt" 2>&1 || rc=$?
    [ "$rc" -eq "$ref_lint_rc" ] || { echo "exit $rc, the build tree's bootlace-cli exits $ref_lint_rc"; cat "$run/lint.txt"; return 1; }
    diff -u "$r/tmp/lint.txt" "$run/lint.txt"
}
cli_testboot() {  # no QEMU in the clean root: exit 7, naming the packages, but the harness is found
    local rc=0 out
    out=$(as_nobody "$r" bootlace-cli testboot /usr/share/bootlace/examples/homelab.bootlace.json 2>&1) || rc=$?
    [ "$rc" -eq 7 ] || { echo "exit $rc, expected 7 (tools missing): $out"; return 1; }
    grep -q 'qemu-system-x86' <<<"$out" || { echo "does not name qemu-system-x86: $out"; return 1; }
    if grep -q 'helper scripts' <<<"$out"; then echo "the installed harness was not found: $out"; return 1; fi
}
libs_resolve() {
    local out plugin
    for plugin in libqxcb.so libqoffscreen.so; do
        compgen -G "$r/usr/lib/*/qt6/plugins/platforms/$plugin" >/dev/null || { echo "Qt platform plugin $plugin not installed"; return 1; }
    done
    in_root "$r" ldconfig -p | grep 'libsecret-1\.so\.0 ' >/dev/null || { echo "libsecret-1.so.0 (dlopened by QtKeychain) not installed"; return 1; }
    out=$(in_root "$r" sh -c 'ldd /usr/bin/bootlace /usr/bin/bootlace-cli /usr/lib/*/qt6/plugins/platforms/libqxcb.so /usr/lib/*/qt6/plugins/platforms/libqoffscreen.so')
    if grep 'not found' <<<"$out"; then return 1; fi
}
gui_version() {
    local v
    v=$(as_nobody "$r" env QT_QPA_PLATFORM=offscreen bootlace --version 2>/dev/null)
    [ "$v" = "Bootlace $upstream_version" ] || { echo "got '$v', expected 'Bootlace $upstream_version'"; return 1; }
}
gui_window() {  # the window with the example project stays up until timeout stops it (124)
    local rc=0
    as_nobody "$r" env QT_QPA_PLATFORM=offscreen timeout 3 bootlace /usr/share/bootlace/examples/homelab.bootlace.json \
        >"$run/gui.log" 2>&1 || rc=$?
    [ "$rc" -eq 124 ] || { echo "bootlace exited with $rc before it was stopped:"; cat "$run/gui.log"; return 1; }
}

say "checks on the installed package (as user nobody):"
check "the package installs the app, desktop files, icons, MIME type, harness and example" installed_files
check "every Recommends exists in Debian 12" recommends_exist
check "bootlace-cli --version prints $upstream_version" cli_version
check "bootlace-cli render of the installed example equals the build tree's" cli_render
check "bootlace-cli lint of the installed example equals the build tree's (exit $ref_lint_rc)" cli_lint
check "bootlace-cli testboot finds the installed harness and names the missing QEMU packages" cli_testboot
check "ldd resolves every library of bootlace, bootlace-cli and the xcb/offscreen plugins" libs_resolve
check "QT_QPA_PLATFORM=offscreen bootlace --version prints $upstream_version" gui_version
check "the main window opens the example and runs until stopped (offscreen, 3 s)" gui_window
t_checks=$(($(now) - t0))s

if [ ${#failures[@]} -eq 0 ]; then
    say "PASSED: $deb_name installs on a clean Debian 12 root and runs ($checks checks)"
    exit 0
fi
failed_list=$(printf '%s; ' "${failures[@]}")
say "FAILED: ${#failures[@]} of $checks checks on $deb_name: ${failed_list%; }"
exit 1
