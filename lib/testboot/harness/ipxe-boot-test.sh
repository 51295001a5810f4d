#!/bin/bash
# ipxe-boot-test.sh - boot real iPXE (Debian's ipxe.lkrn, or under OVMF Debian's ipxe.efi)
# under QEMU/TCG against a loopback-only HTTP server; record what happened.
# Used by TestBootJob (lib/testboot, `bootlace-cli testboot`) and the test fixture
# tests/support/ipxevm.h; can be run by hand as well.
#
#   ipxe-boot-test.sh -w WWWDIR -o OUTDIR [options] [ACTION options...]
#     -w DIR    document root, served on 127.0.0.1:PORT (a free port); the guest sees it as
#               http://10.0.2.100 (slirp restrict=on + guestfwd -> relay.py -> 127.0.0.1:PORT)
#               and reaches nothing else: any other URL fails fast with "Connection reset"
#     -o DIR    output: serial.log access.log port qemu.rc bootstrap.ipxe qemu.out mon.sock
#     -e PATH   entry script relative to WWWDIR (default menu.ipxe), or a full URL
#     -m MODE   lkrn  -kernel ipxe.lkrn -initrd bootstrap.ipxe, static IP (default, ~2.5 s)
#               efi   OVMF boots Debian's ipxe.efi as EFI/BOOT/BOOTX64.EFI from a read-only
#                     vvfat disk (the removable-media path, so no reliance on OVMF's network
#                     boot order; the NIC has no option ROM); iPXE autoboots with slirp DHCP,
#                     whose filename is the bootstrap URL (${platform} = efi)
#     -d FILE   attach FILE as a raw IDE disk (snapshot=on: the guest never writes to FILE)
#     -t SECS   hard wall-clock limit for QEMU (default 30)
#   Actions, run in the given order once QEMU is up (through ipxe-mon.py):
#     -W TEXT   wait until TEXT is on the screen (lkrn: VGA text memory; efi: serial output
#               written since the previous -W, as OVMF has no VGA text mode)
#     -k KEYS   send keys via the QEMU monitor (HMP sendkey names, e.g. "down ret")
#     -K SECS   let the guest run for SECS (to show that nothing happens meanwhile)
#     -T FILE   save the screen text to OUTDIR/FILE (efi: the serial output so far)
#     -S FILE   save a PNG screendump to OUTDIR/FILE
#     -q        quit QEMU through the monitor (QEMU exits 0)
#   If a -W times out or QEMU exits first, the remaining actions are skipped
#   ("HARNESS-HOST: ..." lines on stderr say which).
# Exit status is QEMU's:
#   101 bztest.bin (bzImage) booted     103 efitest.efi (EFI app) booted
#   105 bootsector.bin booted (BIOS disk or SAN)   [the stubs write to isa-debug-exit]
#   0   iPXE gave up or returned: the bootstrap saw the entry script fail/return and ran
#       `reboot` (QEMU runs with -no-reboot); serial.log says which ("HARNESS: ..."); also
#       after -q
#   124/137 hard timeout: hang (shell, prompt, menu without timeout, ...)
#   2/3 usage error / the HTTP server did not start
set -u
WWW= OUT= ENTRY=menu.ipxe MODE=lkrn TMO=30 DISK=
ACTIONS=()
while getopts "w:o:e:m:d:t:W:k:K:T:S:q" o; do
  case $o in
    w) WWW=$OPTARG;; o) OUT=$OPTARG;; e) ENTRY=$OPTARG;; m) MODE=$OPTARG;;
    d) DISK=$OPTARG;; t) TMO=$OPTARG;;
    W) ACTIONS+=("wait=$OPTARG");; k) ACTIONS+=("keys=$OPTARG");; K) ACTIONS+=("sleep=$OPTARG");;
    T) ACTIONS+=("screen=@OUT@/$OPTARG");; S) ACTIONS+=("png=@OUT@/$OPTARG");; q) ACTIONS+=("quit");;
    *) exit 2;;
  esac
done
[ -d "$WWW" ] && [ -n "$OUT" ] || { echo "usage: $0 -w WWWDIR -o OUTDIR ..." >&2; exit 2; }
[ -z "$DISK" ] || [ -f "$DISK" ] || { echo "disk image $DISK not found" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
# a plain interpreter: wrappers such as pyenv shims cost ~0.5 s per start (relay.py runs
# once per guest TCP connection) and would make $! a wrapper instead of the server
PY=${PYTHON:-/usr/bin/python3}; [ -x "$PY" ] || PY=$(command -v python3)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); WWW=$(cd "$WWW" && pwd)

# Firmware and iPXE binaries: the first that exists of the known locations (Debian 12 and 13;
# keep in step with TestBootJob::missingTools() and IpxeVm::missingTools()).
first() { local f; for f in "$@"; do [ -f "$f" ] && { echo "$f"; return 0; }; done; return 1; }
need() { echo "HARNESS-HOST: $1 not found (tried: ${*:2}); install Debian package(s): $PKGS" >&2; exit 2; }
PKGS="qemu-system-x86 ipxe ovmf"
case $MODE in
  lkrn)
    LKRN=$(first /usr/lib/ipxe/ipxe.lkrn) || need ipxe.lkrn /usr/lib/ipxe/ipxe.lkrn ;;
  efi)
    IPXE_EFI=$(first /usr/lib/ipxe/ipxe.efi /usr/lib/ipxe/ipxe-amd64.efi) \
      || need ipxe.efi /usr/lib/ipxe/ipxe.efi /usr/lib/ipxe/ipxe-amd64.efi
    # CODE and VARS must come from the same build (same flash size): probe them as pairs
    OVMF_CODE= OVMF_VARS=
    for pair in /usr/share/OVMF/OVMF_CODE_4M.fd:/usr/share/OVMF/OVMF_VARS_4M.fd \
                /usr/share/OVMF/OVMF_CODE.fd:/usr/share/OVMF/OVMF_VARS.fd; do
      [ -f "${pair%%:*}" ] && [ -f "${pair##*:}" ] && { OVMF_CODE=${pair%%:*} OVMF_VARS=${pair##*:}; break; }
    done
    [ -n "$OVMF_CODE" ] || need "OVMF_CODE/OVMF_VARS" /usr/share/OVMF/OVMF_{CODE,VARS}{_4M,}.fd ;;
  *) echo "bad mode $MODE" >&2; exit 2 ;;
esac
rm -rf "$OUT"/{serial.log,access.log,port,qemu.rc,mon.sock,bootstrap.ipxe,httpd.err,qemu.out,vars.fd,esp}
ACTIONS=("${ACTIONS[@]/@OUT@/$OUT}")

HTTPD_PID= QEMU_PID= MON_PID=
cleanup() {                     # only our own children, by PID
  [ -n "$MON_PID" ] && kill "$MON_PID" 2>/dev/null
  [ -n "$QEMU_PID" ] && kill "$QEMU_PID" 2>/dev/null
  [ -n "$HTTPD_PID" ] && kill "$HTTPD_PID" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
trap 'exit 143' INT TERM

# 1. loopback HTTP server on a free port; under `timeout` too, so that even if this script
#    is SIGKILLed (e.g. by a test runner) nothing outlives it by more than TMO+20 s
timeout -k 2 $((TMO + 20)) "$PY" "$HERE/httpd.py" "$WWW" "$OUT/access.log" "$OUT/port" 0 "$OUT" 2>"$OUT/httpd.err" &
HTTPD_PID=$!
for _ in $(seq 200); do [ -s "$OUT/port" ] && break; sleep 0.025; done
PORT=$(cat "$OUT/port" 2>/dev/null) || { echo "httpd did not start" >&2; cat "$OUT/httpd.err" >&2; exit 3; }
: > "$OUT/access.log"
BASE=http://10.0.2.100
SLIRP="user,id=n0,restrict=on,guestfwd=tcp:10.0.2.100:80-cmd:$PY $HERE/relay.py 127.0.0.1 $PORT"
case $ENTRY in *://*) URL=$ENTRY;; *) URL=$BASE/$ENTRY;; esac

# 2. bootstrap script: chain the entry; afterwards / on failure `reboot` => QEMU exits 0
case $MODE in
  lkrn) NETCFG="set net0/ip 10.0.2.15
set net0/netmask 255.255.255.0
set net0/gateway 10.0.2.2
set net0/dns 10.0.2.3
set next-server 10.0.2.100
ifopen net0" ;;
  *) NETCFG='' ;;                     # efi: autoboot already did DHCP
esac
{
  echo '#!ipxe'
  echo "$NETCFG"
  echo "echo HARNESS: chaining $URL"
  echo "chain $URL || goto harness_failed"
  echo 'echo HARNESS: entry script returned ok'
  echo 'echo HARNESS: end'              # padding: sercon may drop the last char before a reset
  echo 'reboot'
  echo ':harness_failed'
  echo 'echo HARNESS: chain failed errno=${errno}'
  echo 'echo HARNESS: end'
  echo 'reboot'
} > "$OUT/bootstrap.ipxe"
BOOTSTRAP_URL=$BASE/__harness__/bootstrap.ipxe

MACHINE=pc NIC="virtio-net-pci,netdev=n0" SERIALWAIT=()
case $MODE in
  lkrn)
    BOOT=(-kernel "$LKRN" -initrd "$OUT/bootstrap.ipxe")
    NETDEV="$SLIRP" ;;
  efi)
    # ipxe.efi as the removable-media boot loader on a read-only FAT disk (QEMU vvfat):
    # OVMF boots it whatever its network boot options are (OVMF 2025.02 in Debian 13 never
    # tries the NIC ROM). ipxe.efi drives virtio-net with its own driver and autoboots:
    # DHCP from slirp, whose filename is the bootstrap URL.
    mkdir -p "$OUT/esp/EFI/BOOT"
    cp "$IPXE_EFI" "$OUT/esp/EFI/BOOT/BOOTX64.EFI"
    cp "$OVMF_VARS" "$OUT/vars.fd"
    MACHINE=q35
    BOOT=(-drive "if=pflash,format=raw,readonly=on,file=$OVMF_CODE"
          -drive "if=pflash,format=raw,file=$OUT/vars.fd"
          -drive "if=none,id=esp,format=raw,readonly=on,file=fat:$OUT/esp"
          -device virtio-blk-pci,drive=esp,bootindex=0)
    NETDEV="$SLIRP,bootfile=$BOOTSTRAP_URL"
    SERIALWAIT=(--serial "$OUT/serial.log") ;;
esac
NIC="$NIC,romfile="                   # no option ROM: the booted iPXE drives virtio-net itself
DISKOPT=(); [ -n "$DISK" ] && DISKOPT=(-drive "file=$DISK,format=raw,if=ide,snapshot=on")

# 3. QEMU/TCG. -nographic makes SeaBIOS mirror the text console to COM1 (sercon);
#    -no-reboot turns any reset into an exit; isa-debug-exit lets the stubs exit.
timeout -k 5 "$TMO" qemu-system-x86_64 -machine "$MACHINE,accel=tcg" -m 256 -smp 1 \
  -nographic -serial "file:$OUT/serial.log" -monitor "unix:$OUT/mon.sock,server=on,wait=off" \
  -no-reboot -boot reboot-timeout=0 \
  -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
  -netdev "$NETDEV" -device "$NIC" "${DISKOPT[@]}" "${BOOT[@]}" </dev/null >"$OUT/qemu.out" 2>&1 &
QEMU_PID=$!

# 4. interaction through the monitor, in the background so that a TERM reaches the trap
if [ ${#ACTIONS[@]} -gt 0 ]; then
  for _ in $(seq 200); do [ -S "$OUT/mon.sock" ] && break; sleep 0.025; done
  "$PY" "$HERE/ipxe-mon.py" "$OUT/mon.sock" run "${SERIALWAIT[@]}" --timeout "$TMO" "${ACTIONS[@]}" &
  MON_PID=$!
  wait "$MON_PID"; MON_PID=
fi

wait "$QEMU_PID"; RC=$?; QEMU_PID=
echo "$RC" > "$OUT/qemu.rc"
exit "$RC"
