#!/bin/bash
# The whole test run, three legs, one command (this is what .ci/run runs):
#   1. Debian 12 natively:                 scripts/run-tests.sh        (built-in highlighter)
#   2. Debian 13 in a debootstrap chroot:  scripts/run-tests-trixie.sh (KSyntaxHighlighting)
#   3. the Debian package on a clean Debian 12 root: scripts/test-deb.sh (cpack, apt, run it)
# All legs always run; the exit status is non-zero if any failed. Extra arguments go to ctest in
# the first two legs (e.g. `scripts/ci.sh -L qemu`). The last line is "N passed, N failed",
# counting the ctest tests of the first two legs and the package leg as one test.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

root=()
[ "$(id -u)" -eq 0 ] || root=(sudo)   # the chroot legs need root (debootstrap, mounts)

names=("Debian 12 (native, Qt 6.4, built-in highlighter)"
       "Debian 13 (chroot, Qt 6.8, KSyntaxHighlighting)"
       "Debian 12 package (clean root)")
commands=("scripts/run-tests.sh" "scripts/run-tests-trixie.sh" "scripts/test-deb.sh")
kinds=(ctest ctest package)   # package: one test, no ctest arguments
results=()
passed=0 failed=0 tests_passed=0 tests_failed=0
for i in "${!names[@]}"; do
    echo "ci: ===== leg $((i + 1))/${#names[@]}: ${names[i]}: ${commands[i]} ====="
    start=$(date +%s)
    if [ "${kinds[i]}" = package ]; then
        "${root[@]}" "${commands[i]}" 2>&1 | tee "$logs/$i.log"
    elif [ "$i" -eq 1 ]; then
        "${root[@]}" "${commands[i]}" "$@" 2>&1 | tee "$logs/$i.log"
    else
        "${commands[i]}" "$@" 2>&1 | tee "$logs/$i.log"
    fi
    rc=${PIPESTATUS[0]}
    secs=$(($(date +%s) - start))
    if [ "${kinds[i]}" = package ]; then
        # One test: the package installs on a clean root and runs ("test-deb: PASSED: ...").
        verdict_line=$(grep -E '^test-deb: (PASSED|FAILED)' "$logs/$i.log" | tail -1)
        if [ "$rc" -eq 0 ]; then
            tests_passed=$((tests_passed + 1)); tests="1 test passed: ${verdict_line#test-deb: PASSED: }"
        else
            tests_failed=$((tests_failed + 1)); tests="1 test failed: ${verdict_line:-the leg stopped before its checks ran}"
        fi
    else
        tests=$(grep -E '^[0-9]+% tests passed' "$logs/$i.log" | tail -1)
        # "100% tests passed, 0 tests failed out of 28" -> count passed and failed tests
        if [[ $tests =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
            tests_failed=$((tests_failed + BASH_REMATCH[1]))
            tests_passed=$((tests_passed + BASH_REMATCH[2] - BASH_REMATCH[1]))
        fi
    fi
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1)); verdict="PASSED"
    else
        failed=$((failed + 1)); verdict="FAILED (exit $rc)"
    fi
    results+=("ci: ${names[i]}: $verdict in ${secs}s — ${tests:-no ctest summary (failed before the tests ran)}")
done
echo
printf '%s\n' "${results[@]}"
echo "ci: legs: $passed passed, $failed failed"
# The closing line counts tests over all legs; a leg that failed before its tests ran counts
# as one failure so that the line never looks green.
echo "$tests_passed passed, $((tests_failed + (failed > 0 && tests_failed == 0 ? failed : 0))) failed"
[ "$failed" -eq 0 ]
