#!/bin/bash
# packaging_deploy_configure: BOOTLACE_DEPLOY=ON configures, and `cmake --install` runs the deploy
# script Qt generates (qt_generate_deploy_app_script) right after installing the bootlace executable.
#   deploy_configure.sh <source dir> <cmake> <generator> <C++ compiler>
# Configures a scratch build directory only (a few seconds); with Qt 6.4 on Linux the script
# reports that Qt skips the runtime, with Qt 6.5+ it deploys it (the Debian 13 leg covers that).
set -uo pipefail
src=${1:?usage: deploy_configure.sh <source dir> <cmake> <generator> <C++ compiler>}
cmake=${2:?} generator=${3:?} cxx=${4:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! "$cmake" -S "$src" -B "$tmp" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx" \
        -DBOOTLACE_DEPLOY=ON -DBOOTLACE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >"$tmp.log" 2>&1; then
    cat "$tmp.log" >&2; rm -f "$tmp.log"
    fail "configuring with -DBOOTLACE_DEPLOY=ON failed (output above)"
fi
grep -E 'Qt  |BOOTLACE_DEPLOY' "$tmp.log" | sed 's/^/  /'
rm -f "$tmp.log"

scripts=("$tmp"/.qt/deploy_bootlace_*)
[ -f "${scripts[0]}" ] || fail "no deploy script for bootlace in $tmp/.qt (qt_generate_deploy_app_script did not run)"
script=${scripts[0]}
install_rules=$tmp/app/cmake_install.cmake
exe_line=$(grep -n 'TYPE EXECUTABLE FILES "[^"]*/app/bootlace"' "$install_rules" | head -1 | cut -d: -f1)
deploy_line=$(grep -nF "include(\"$script\")" "$install_rules" | head -1 | cut -d: -f1)
[ -n "$exe_line" ] || fail "app/cmake_install.cmake does not install the bootlace executable"
[ -n "$deploy_line" ] || fail "app/cmake_install.cmake does not run the deploy script $script"
[ "$deploy_line" -gt "$exe_line" ] || fail "the deploy script runs before bootlace is installed (lines $deploy_line, $exe_line)"
if grep -q 'qt6_deploy_runtime_dependencies\|qt_deploy_runtime_dependencies' "$script"; then
    echo "  the deploy script deploys the Qt runtime: $(basename "$script")"
elif grep -q '_qt_internal_show_skip_runtime_deploy_message' "$script"; then
    echo "  this Qt does not deploy on $(uname -s); the install step says so: $(basename "$script")"
else
    cat "$script" >&2
    fail "unexpected deploy script content (above)"
fi
echo "packaging_deploy_configure: OK"
