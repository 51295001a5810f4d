#!/usr/bin/env python3
"""Loopback-only HTTP server for iPXE tests (stdlib only).
usage: httpd.py DIR LOG PORTFILE [PORT [HARNESSDIR]]
Serves DIR on 127.0.0.1 (QEMU slirp guests reach it through relay.py) and appends
one line per request to LOG:   <monotonic_s> <METHOD> <path> <status>
Writes the chosen port to PORTFILE (PORT 0 or absent = pick a free one).
If HARNESSDIR is given, files in it are served under /__harness__/ and not logged.
With BOOTLACE_TESTBOOT_PROXY=1 in the environment, /__proxy__/<http|https>/<host>/<path> is
fetched from the host's network and passed on (the guest reaches nothing but this server);
TLS certificates are verified, errors come back as 502 with the reason in the log.
Supports HEAD and single byte ranges (`Range: bytes=A-B`, answered with 206): iPXE's
HTTP SAN device (`sanboot http://...`) reads the capacity with HEAD and then reads
blocks with ranged GETs."""
import functools, http.server, os, re, shutil, ssl, sys, time, urllib.error, urllib.parse, urllib.request

root, log_path, port_file = sys.argv[1], sys.argv[2], sys.argv[3]
port = int(sys.argv[4]) if len(sys.argv) > 4 else 0
harness = sys.argv[5] if len(sys.argv) > 5 else None
log = open(log_path, "a", buffering=1)
RANGE = re.compile(r"bytes=(\d*)-(\d*)")
PROXY = os.environ.get("BOOTLACE_TESTBOOT_PROXY") == "1"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are passed on to iPXE (which follows them through the proxy again)."""
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect, urllib.request.HTTPSHandler(context=ssl.create_default_context()))


class H(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"          # keep-alive, as iPXE would get from nginx

    def translate_path(self, path):
        if harness and path.startswith("/__harness__/"):
            return os.path.join(harness, os.path.basename(path.split("?")[0]))
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def proxy(self):
        rest = self.path[len("/__proxy__/"):]
        scheme, _, tail = rest.partition("/")
        if scheme not in ("http", "https") or not tail:
            self.send_error(400, "bad proxy path")
            return
        host, _, path = tail.partition("/")
        host = urllib.parse.unquote(host)       # iPXE URLs may carry "host%3Aport" here
        req = urllib.request.Request(f"{scheme}://{host}/{path}", method=self.command,
                                     headers={"User-Agent": "Bootlace-testboot-proxy"})
        if self.headers.get("Range"):
            req.add_header("Range", self.headers["Range"])
        try:
            up = OPENER.open(req, timeout=30)
        except urllib.error.HTTPError as e:
            up = e
        except (urllib.error.URLError, OSError) as e:
            self.send_error(502, "upstream unreachable")
            return
        with up:
            self.send_response(up.status if hasattr(up, "status") else up.code)
            for h in ("Content-Type", "Content-Length", "Content-Range", "Location"):
                v = up.headers.get(h)
                if v is not None:
                    if h == "Location" and re.match(r"https?://", v):
                        s, _, t = v.partition("://")
                        v = f"/__proxy__/{s}/{t}"
                    self.send_header(h, v)
            if up.headers.get("Content-Length") is None:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command != "HEAD":
                shutil.copyfileobj(up, self.wfile, 65536)

    def do_GET(self):
        if PROXY and self.path.startswith("/__proxy__/"):
            return self.proxy()
        return super().do_GET()

    def do_HEAD(self):
        if PROXY and self.path.startswith("/__proxy__/"):
            return self.proxy()
        return super().do_HEAD()

    def send_head(self):
        self.range_left = None
        spec = self.headers.get("Range")
        path = self.translate_path(self.path)
        if spec is None or not os.path.isfile(path):
            return super().send_head()
        m = RANGE.fullmatch(spec.strip())
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(404, "File not found")
            return None
        size = os.fstat(f.fileno()).st_size
        start = end = None
        if m and (m[1] or m[2]):
            if m[1]:
                start = int(m[1])
                end = min(int(m[2]), size - 1) if m[2] else size - 1
            else:                               # suffix range: the last N bytes
                start, end = max(0, size - int(m[2])), size - 1
        if start is None or start > end:
            f.close()
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        f.seek(start)
        self.range_left = end - start + 1
        return f

    def copyfile(self, source, outputfile):
        left = getattr(self, "range_left", None)
        if left is None:
            return super().copyfile(source, outputfile)
        while left > 0:
            chunk = source.read(min(65536, left))
            if not chunk:
                break
            outputfile.write(chunk)
            left -= len(chunk)

    def log_request(self, code="-", size="-"):
        if not self.path.startswith("/__harness__/"):
            try:
                code = int(code)                # HTTPStatus -> 200
            except (TypeError, ValueError):
                pass
            log.write(f"{time.monotonic():.3f} {self.command} {self.path} {code}\n")

    def log_message(self, *a):             # no stderr chatter
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(H, directory=root))
with open(port_file + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(port_file + ".tmp", port_file)   # atomic: readers never see a partial port
srv.serve_forever()
