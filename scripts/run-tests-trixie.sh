#!/bin/bash
# The second CI leg: builds Bootlace and runs the whole test suite on Debian 13 (trixie: Qt 6.8,
# KF6 SyntaxHighlighting, QtKeychain 0.15) inside a debootstrap chroot, with the same presets as
# the Debian 12 leg (`cmake --preset ci`, build, `ctest --preset ci`). Extra arguments go to ctest.
#
# Needs root (debootstrap, chroot, mounts). The chroot is built from the mirror apt uses here and
# cached in $BOOTLACE_CI_CACHE (default /var/cache/bootlace-ci) under a key made from the package
# list, so a second run skips debootstrap and apt; the compiler cache (ccache) lives there too.
# Everything runs in a private mount and PID namespace: the mounts are undone on exit (trap), and
# even if this script is killed the kernel drops them together with every process left inside.
#
# Environment: BOOTLACE_CI_CACHE (cache directory), BOOTLACE_DEBIAN_MIRROR (overrides the mirror),
# BOOTLACE_TRIXIE_REBUILD=1 (rebuild the chroot even if a cached one exists).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
me="run-tests-trixie"
say() { echo "$me: $*"; }
die() { echo "$me: error: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    die "needs root (debootstrap, chroot and bind mounts); run: sudo $0 $*"
fi

# Re-run inside a private mount + PID namespace (see the header).
if [ -z "${BOOTLACE_TRIXIE_NS:-}" ]; then
    command -v unshare >/dev/null || die "unshare (util-linux) not found"
    export BOOTLACE_TRIXIE_NS=1
    exec unshare --mount --pid --fork --kill-child --propagation private -- "$0" "$@"
fi

suite=trixie
# What the Debian 13 build and the whole test suite need. Keep in step with
# scripts/install-deps.sh --test (Debian 12), plus KF6 SyntaxHighlighting, which Debian 12 lacks.
packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qtkeychain-qt6-dev
    libkf6syntaxhighlighting-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n   # lupdate/lrelease, Qt's own translations
    libcurl4-openssl-dev libssl-dev libgl-dev fonts-dejavu-core
    clang libclang-rt-dev                       # trixie's default clang and its libFuzzer runtime
    qemu-system-x86 ipxe ipxe-qemu ovmf         # real iPXE boot tests (BIOS and UEFI)
    binutils python3                            # test kernels (as/ld) and the test HTTP server
    xvfb xauth                                  # GUI smoke test in a real X server
    desktop-file-utils appstream                # packaging_validate: desktop file and AppStream checks
    python3-yaml                                # packaging_validate: the Flatpak manifest
    ca-certificates locales                     # TLS roots for libcurl tests; C.UTF-8 locale
    tftpd-hpa nginx openssh-server openssl      # publish tests: real TFTP, WebDAV and SFTP servers
    dbus gnome-keyring                          # keychain tests (Secret Service); openssl: HTTPS GitLab test
)
setup_version=1   # bump when the way the chroot is set up changes

# The mirror apt uses here for this host's own release (not security, not third-party repos).
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
mkdir -p "$cache/ccache"
key=$(printf '%s\n' "$suite" "$mirror" "$setup_version" "${packages[@]}" | sha256sum | cut -c1-16)
root=$cache/$suite-$key

# One run at a time per cache: a second run waits for the first.
exec 9>"$cache/lock"
if ! flock -n 9; then
    say "another run holds $cache/lock; waiting for it"
    flock 9
fi

now() { date +%s; }
t_start=$(now) t_debootstrap=- t_packages=- t_build=- t_tests=-

# --- mounts, always undone -----------------------------------------------------------------
mounted=()
mount_in() {  # mount_in <target inside $1 chroot dir> <mount args...>
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
mount_system() {  # mount_system <chroot dir>
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
    say "times: debootstrap $t_debootstrap, packages $t_packages, configure+build $t_build, tests $t_tests (total $(($(now) - t_start))s)"
    [ "$rc" -eq 130 ] || [ "$rc" -eq 143 ] && echo "$me: interrupted; mounts undone" >&2
    [ -n "${partial:-}" ] && [ -d "$partial" ] && rm -rf --one-file-system "$partial"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

in_chroot() {  # in_chroot <chroot dir> <command...>: a clean environment, like a fresh login
    local r=$1; shift
    chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CI="${CI:-}" DEBIAN_FRONTEND=noninteractive CCACHE_DIR=/ccache CCACHE_MAXSIZE=2G \
        "$@"
}


# --- phase 1+2: the chroot (cached) ----------------------------------------------------------
if [ -n "${BOOTLACE_TRIXIE_REBUILD:-}" ] && [ -d "$root" ]; then
    say "BOOTLACE_TRIXIE_REBUILD set: removing the cached chroot $root"
    rm -rf --one-file-system "$root"
fi
if [ -f "$root/.bootlace-ready" ]; then
    say "using the cached Debian 13 chroot $root"
    t_debootstrap=cached t_packages=cached
else
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    fi
    # Chroots built for another package list are dropped (no run is using them: we hold the lock).
    for old in "$cache/$suite"-*; do
        [ -d "$old" ] && [ "$old" != "$root" ] && { say "removing old chroot $old"; rm -rf --one-file-system "$old"; }
    done
    partial=$root.partial
    rm -rf --one-file-system "$partial" "$root"

    say "debootstrap --variant=minbase $suite from $mirror"
    t0=$(now)
    if ! debootstrap --variant=minbase "$suite" "$partial" "$mirror" >"$cache/debootstrap.log" 2>&1; then
        tail -30 "$cache/debootstrap.log" >&2
        [ -f "$partial/debootstrap/debootstrap.log" ] && tail -30 "$partial/debootstrap/debootstrap.log" >&2
        die "debootstrap of $suite from $mirror failed (log above, full log in $cache/debootstrap.log)"
    fi
    t_debootstrap=$(($(now) - t0))s
    say "debootstrap took $t_debootstrap"

    t0=$(now)
    # No daemons started by maintainer scripts; no docs, man pages or translations (faster, smaller).
    printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
    chmod 755 "$partial/usr/sbin/policy-rc.d"
    cat >"$partial/etc/dpkg/dpkg.cfg.d/bootlace-ci" <<'EOF'
force-unsafe-io
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
EOF
    printf 'APT::Install-Recommends "false";\nAcquire::Retries "3";\n' >"$partial/etc/apt/apt.conf.d/90bootlace-ci"
    cp -L /etc/resolv.conf "$partial/etc/resolv.conf" 2>/dev/null || true
    mount_system "$partial"
    in_chroot "$partial" apt-get update -qq
    missing=()
    for p in "${packages[@]}"; do
        policy=$(in_chroot "$partial" apt-cache policy "$p" 2>/dev/null || true)
        grep -q 'Candidate: [^(]' <<<"$policy" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        die "Debian 13 ($suite) has no package named: ${missing[*]} — fix the package list in $0"
    fi
    say "installing ${#packages[@]} packages into the chroot"
    if ! in_chroot "$partial" apt-get install -y -q "${packages[@]}" >"$cache/apt.log" 2>&1; then
        tail -40 "$cache/apt.log" >&2
        die "installing the packages into the $suite chroot failed (log above, full log in $cache/apt.log)"
    fi
    in_chroot "$partial" apt-get clean
    unmount_all
    touch "$partial/.bootlace-ready"
    mv "$partial" "$root"
    partial=
    t_packages=$(($(now) - t0))s
    say "package install took $t_packages"
fi

in_chroot "$root" dpkg-query -W -f='${Package} ${Version}\n' \
    qt6-base-dev libkf6syntaxhighlighting-dev qtkeychain-qt6-dev clang cmake | sed "s/^/$me: /"

# --- the source tree: a fresh copy at /src (the host tree is never written) ------------------
rm -rf --one-file-system "$root/src"
mkdir -p "$root/src"
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and untracked-but-not-ignored files, as in the work tree (no build/, no .git).
    git -C "$src" ls-files -z --cached --others --exclude-standard \
        | tar -C "$src" --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$root/src" -xf -
else
    tar -C "$src" --exclude=./build --exclude=./.git -cf - . | tar -C "$root/src" -xf -
fi
mount_system "$root"
mount_in "$root/ccache" --bind "$cache/ccache"

# --- phase 3: configure + build ----------------------------------------------------------------
t0=$(now)
say "cmake --preset ci (Debian 13)"
in_chroot "$root" bash -c 'cd /src && cmake --preset ci' 2>&1 | tee "$root/configure.log"
if ! grep -Eq 'KF6SyntaxHighlighting [0-9][^ ]* \(used\)' "$root/configure.log"; then
    die "the configure step did not report KF6SyntaxHighlighting as found on Debian 13: the KF6 path would not be built (see the configure output above)"
fi
say "configure found $(grep -Eo 'KF6SyntaxHighlighting [0-9][^ ]*' "$root/configure.log")"
in_chroot "$root" ccache --zero-stats >/dev/null
in_chroot "$root" bash -c 'cd /src && cmake --build --preset ci'
t_build=$(($(now) - t0))s
say "ccache: $(in_chroot "$root" ccache --print-stats 2>/dev/null | awk '
    $1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { h += $2 }
    $1 == "cache_miss" { m += $2 }
    END { printf "%d hits, %d misses", h, m }')"

# --- phase 4: tests ----------------------------------------------------------------------------
t0=$(now)
set +e
in_chroot "$root" bash -c 'cd /src && ctest --preset ci "$@"' ctest "$@" 2>&1 | tee "$root/ctest.log"
rc=${PIPESTATUS[0]}
set -e
t_tests=$(($(now) - t0))s
exit "$rc"
