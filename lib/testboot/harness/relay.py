#!/usr/bin/env python3
"""stdin/stdout <-> TCP relay for QEMU slirp `guestfwd=tcp:IP:PORT-cmd:...`
(QEMU starts one of these per guest TCP connection).  usage: relay.py HOST PORT"""
import os, selectors, socket, sys

s = socket.create_connection((sys.argv[1], int(sys.argv[2])))
sel = selectors.DefaultSelector()
sel.register(0, selectors.EVENT_READ)
sel.register(s, selectors.EVENT_READ)
while True:
    for key, _ in sel.select():
        if key.fileobj == 0:                  # guest -> server
            d = os.read(0, 65536)
            if d:
                s.sendall(d)
            else:                             # guest closed: half-close towards server
                sel.unregister(0)
                s.shutdown(socket.SHUT_WR)
        else:                                 # server -> guest
            d = s.recv(65536)
            if not d:
                sys.exit(0)
            os.write(1, d)
