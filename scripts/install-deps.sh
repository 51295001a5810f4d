#!/bin/bash
# Installs the Debian 12 (bookworm) packages Bootlace needs, and only those that are missing.
#   scripts/install-deps.sh          what building and running the app needs
#   scripts/install-deps.sh --test   plus what the test suite needs (QEMU + iPXE, clang/libFuzzer, Xvfb,
#                                    tftpd-hpa/nginx/sshd for the publish tests) and the package leg
#                                    (debootstrap, dpkg-dev)
# Works as root or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qtkeychain-qt6-dev
    libcurl4-openssl-dev libssl-dev libgl-dev fonts-dejavu-core
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n   # lupdate/lrelease, Qt's own translations
)
if [ "${1:-}" = "--test" ]; then
    packages+=(
        clang libclang-rt-14-dev                  # the CI build and the libFuzzer target
        qemu-system-x86 ipxe ipxe-qemu ovmf       # real iPXE boot tests (BIOS and UEFI)
        binutils python3                          # test kernels (as/ld) and the test HTTP server
        xvfb xauth                                # GUI smoke test in a real X server
        debootstrap                               # the Debian 13 leg (scripts/run-tests-trixie.sh)
        desktop-file-utils appstream              # packaging_validate (.desktop and metainfo)
        python3-yaml                              # packaging_validate (the Flatpak manifest)
        dpkg-dev file                             # cpack's dpkg-shlibdeps (scripts/test-deb.sh)
        tftpd-hpa nginx openssh-server openssl    # publish tests: real TFTP, WebDAV and SFTP servers
        dbus gnome-keyring                        # keychain tests against a real Secret Service
        openssl                                   # a throwaway certificate for the HTTPS GitLab test
        python3-gitlab                            # bench/gitlab_bench: the python-gitlab comparison
    )
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
