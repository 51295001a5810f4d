#!/bin/bash
# Runs a command against a real, throwaway Secret Service: its own D-Bus session
# (dbus-run-session) with gnome-keyring-daemon unlocked by a throwaway password, and an
# isolated HOME and XDG directories that are removed afterwards. The command sees
# BOOTLACE_TEST_HOME (the isolated root) and BOOTLACE_SECRET_SERVICE=1.
#   with-secret-service.sh COMMAND [ARGS...]
set -euo pipefail
missing=()
command -v dbus-run-session >/dev/null || missing+=(dbus-daemon)
command -v gnome-keyring-daemon >/dev/null || missing+=(gnome-keyring)
if [ ${#missing[@]} -gt 0 ]; then
    echo "with-secret-service: missing ${missing[*]}: install the Debian packages dbus gnome-keyring" \
         "(scripts/install-deps.sh --test)" >&2
    exit 1
fi
root=$(mktemp -d /tmp/bootlace-keyring.XXXXXX)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home" "$root/config" "$root/data" "$root/cache" "$root/run"
chmod 700 "$root/run"
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
       XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/run" BOOTLACE_TEST_HOME="$root" \
       BOOTLACE_SECRET_SERVICE=1
unset DBUS_SESSION_BUS_ADDRESS
# The keyring daemon ends with the session bus when dbus-run-session returns.
dbus-run-session -- bash -c '
    printf "%s" "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$@"
