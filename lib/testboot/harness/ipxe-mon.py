#!/usr/bin/env python3
"""Drive a running QEMU through its HMP monitor socket (-monitor unix:SOCK,server=on,wait=off).
  ipxe-mon.py SOCK text                      print the 80x25 VGA text screen (BIOS/iPXE text mode)
  ipxe-mon.py SOCK wait-text STRING SECS     poll the VGA text screen until STRING shows (rc 1 on timeout)
  ipxe-mon.py SOCK keys KEY [KEY...]         HMP sendkey, e.g. down ret, ctrl-b, 2
  ipxe-mon.py SOCK png FILE                  screendump as PNG
  ipxe-mon.py SOCK quit                      stop QEMU
  ipxe-mon.py SOCK run [--serial LOG] [--timeout SECS] ACTION...
      runs the actions in order and stops at the first that fails:
        wait=TEXT     wait until TEXT is on the screen: the VGA text screen, or with --serial
                      (UEFI: no VGA text mode) the serial log written since the previous wait
        keys=K1 K2..  HMP sendkey names
        sleep=SECS    let the guest run (to show that nothing happens meanwhile)
        screen=FILE   save the screen text (VGA; with --serial: the serial log so far)
        png=FILE      screendump as PNG
        quit          stop QEMU (it exits with status 0)
      Progress and failures go to stderr as "HARNESS-HOST: ..." lines.
      rc 0 all done, 1 a wait timed out, 2 QEMU went away."""
import os, re, socket, sys, tempfile, time

sock_path, cmd, args = sys.argv[1], sys.argv[2], sys.argv[3:]
ANSI = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_]|.)")


class QemuGone(Exception):
    pass


def hmp(*lines, settle=0.1):
    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(sock_path)
    except (FileNotFoundError, ConnectionRefusedError) as e:
        s.close()
        raise QemuGone() from e
    s.settimeout(2)
    try:
        s.recv(4096)                                   # banner "QEMU ... monitor"
        for l in lines:
            s.sendall(l.encode() + b"\n"); time.sleep(settle)
        try: s.recv(65536)
        except socket.timeout: pass
    except (BrokenPipeError, ConnectionResetError) as e:
        raise QemuGone() from e
    finally:
        s.close()


def vga_text():
    fd, tmp = tempfile.mkstemp(suffix=".vga"); os.close(fd)
    try:
        hmp(f'pmemsave 0xb8000 4000 "{tmp}"', settle=0.05)
        for _ in range(40):                            # file is written asynchronously to us
            if os.path.getsize(tmp) >= 4000: break
            time.sleep(0.025)
        d = open(tmp, "rb").read()
    finally:
        os.unlink(tmp)
    return "\n".join("".join(chr(c) if 32 <= c < 127 else " " for c in d[r*160:(r+1)*160:2]).rstrip()
                     for r in range(25))


def serial_text(path):
    try:
        raw = open(path, "rb").read().decode("latin-1")
    except FileNotFoundError:
        return ""
    return ANSI.sub("", raw).replace("\r", "")


def run(actions, serial, deadline):
    seen = 0                                           # serial offset after the previous wait
    for a in actions:
        name, _, arg = a.partition("=")
        print(f"HARNESS-HOST: {a}", file=sys.stderr, flush=True)
        try:
            if name == "wait":
                while True:
                    if serial:
                        text = serial_text(serial)
                        pos = text.find(arg, seen)
                        if pos >= 0:
                            seen = pos + len(arg)
                            break
                        hmp("info status", settle=0)   # raises QemuGone once QEMU has exited
                    else:
                        try:
                            if arg in vga_text(): break
                        except (OSError, ValueError):
                            pass
                    if time.monotonic() > deadline:
                        print(f"HARNESS-HOST: timed out waiting for {arg!r}", file=sys.stderr, flush=True)
                        return 1
                    time.sleep(0.1)
            elif name == "keys":
                hmp(*[f"sendkey {k}" for k in arg.split()], settle=0.1)
            elif name == "sleep":
                time.sleep(float(arg))
            elif name == "screen":
                text = serial_text(serial) if serial else vga_text()
                with open(arg, "w") as f:
                    f.write(text + "\n")
            elif name == "png":
                hmp(f'screendump "{os.path.abspath(arg)}" -f png', settle=0.5)
            elif name == "quit":
                try:
                    hmp("quit")
                except QemuGone:                       # it may close the socket on us
                    pass
            else:
                print(f"HARNESS-HOST: unknown action {a!r}", file=sys.stderr, flush=True)
                return 2
        except QemuGone:
            print(f"HARNESS-HOST: QEMU exited before {a!r}", file=sys.stderr, flush=True)
            return 2
    return 0


if cmd == "text":
    print(vga_text())
elif cmd == "wait-text":
    sys.exit(run([f"wait={args[0]}"], None, time.monotonic() + float(args[1])))
elif cmd == "keys":
    hmp(*[f"sendkey {k}" for k in args], settle=0.1)
elif cmd == "png":
    hmp(f'screendump "{os.path.abspath(args[0])}" -f png', settle=0.5)
elif cmd == "quit":
    hmp("quit")
elif cmd == "run":
    serial, deadline = None, time.monotonic() + 3600
    while args and args[0].startswith("--"):
        if args[0] == "--serial": serial = args[1]
        elif args[0] == "--timeout": deadline = time.monotonic() + float(args[1])
        else: sys.exit(__doc__)
        args = args[2:]
    sys.exit(run(args, serial, deadline))
else:
    sys.exit(__doc__)
