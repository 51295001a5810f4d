#!/usr/bin/python3
"""A fake GitLab REST API (v4) for Bootlace's tests and benchmarks.

Serves responses shaped like doc/api/*.md (see docs/../shared reference gitlab-api.md, section 6):
projects, pipelines (offset paging with x-* headers and Link), jobs of a pipeline, the
artifacts tree (18.8+, optional), the archive (with Range support) and single artifact files,
/personal_access_tokens/self and /user. Failure injection per test through a JSON config.

Two listeners on 127.0.0.1: the API, and a "CDN" on another port to which the archive
endpoint can 302 (another origin: the client must not send its token there).

Usage: fakegitlab.py CONFIG.json LOG.jsonl   -> prints "READY <api port> <cdn port>" on stdout.
Every request is appended to LOG.jsonl: {"listener", "method", "path", "token", "range"}.
"""
import hashlib
import io
import json
import re
import sys
import threading
import time
import urllib.parse
import zipfile
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONFIG = {}
LOG_PATH = None
LOG_LOCK = threading.Lock()
STATE = {"inflight": 0, "peak": 0, "rules_used": {}}
STATE_LOCK = threading.Lock()
CDN_PORT = 0

NIX_SCRIPT = (b"#!ipxe\n"
              b"# Netboot artifact of a NixOS system.\n"
              b"kernel bzImage init=/nix/store/3q1kdc3a2x4y5z6b7n8m9p0r1s2t3v4w-nixos-system-netboot/init "
              b"initrd=initrd nohibernate loglevel=4 ${cmdline}\n"
              b"initrd initrd\n"
              b"boot\n")


def cfg(key, default):
    return CONFIG.get(key, default)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def artifact_bytes(name, default):
    """An artifact's contents: from a file (artifact_files), or N pseudo-random bytes (artifact_sizes)."""
    if name in cfg("artifact_files", {}):
        with open(cfg("artifact_files", {})[name], "rb") as f:
            return f.read()
    if name in cfg("artifact_sizes", {}):
        size = cfg("artifact_sizes", {})[name]
        block = hashlib.sha256(name.encode()).digest() * 2048  # 64 KiB that do not compress away
        return (block * (size // len(block) + 1))[:size]
    return default


def build_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("results/", b"")
        z.writestr("results/bzImage", artifact_bytes("results/bzImage", b"K" * 4096))
        z.writestr("results/initrd", artifact_bytes("results/initrd", b"I" * 8192))
        z.writestr("results/netboot.ipxe", NIX_SCRIPT)
        for i in range(cfg("extra_files", 0)):
            z.writestr("extra/file-%04d.txt" % i, b"x" * 10)
    return buf.getvalue()


ZIP = b""
NOW = datetime.now(timezone.utc)
PROJECTS = []
PIPELINES = {}  # project id -> list (newest first)


def make_data():
    global ZIP
    ZIP = build_zip()
    PROJECTS.extend([
        {"id": 42, "name": "netboot", "path": "netboot", "path_with_namespace": "infra/netboot",
         "name_with_namespace": "infra / netboot", "visibility": "private", "default_branch": "main"},
        {"id": 7, "name": "public images", "path": "public-images", "path_with_namespace": "group/sub/public-images",
         "name_with_namespace": "group / sub / public images", "visibility": "public", "default_branch": "main"},
    ])
    for i, p in enumerate(PROJECTS):
        p["web_url"] = "https://gitlab.example/" + p["path_with_namespace"]
        p["last_activity_at"] = iso(NOW - timedelta(hours=i))
        p["description"] = None
        p["namespace"] = {"id": 1, "name": p["path_with_namespace"].split("/")[0],
                          "path": p["path_with_namespace"].split("/")[0], "kind": "group"}
    count = cfg("pipelines", 30)
    refs = cfg("refs", ["main", "feature/x"])
    for project in PROJECTS:
        lst = []
        for i in range(count, 0, -1):
            pid = 1000 + i
            status = "failed" if i % 5 == 0 else "success"
            created = NOW - timedelta(minutes=10 * (count - i) + 5)
            lst.append({"id": pid, "iid": i, "project_id": project["id"], "status": status, "source": "push",
                        "ref": refs[i % len(refs)], "sha": hashlib.sha1(b"%d" % pid).hexdigest(),
                        "name": "Build pipeline",
                        "web_url": "https://gitlab.example/%s/-/pipelines/%d" % (project["path_with_namespace"], pid),
                        "created_at": iso(created), "updated_at": iso(created + timedelta(minutes=4))})
        PIPELINES[project["id"]] = lst


def jobs_of(project, pipeline):
    jobs = []
    expired = set(cfg("expired_jobs", []))
    for k, (name, stage) in enumerate([("netboot", "build"), ("test", "test"), ("lint", "test")], start=1):
        jid = pipeline["id"] * 10 + k
        created = datetime.strptime(pipeline["created_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        status = pipeline["status"] if k == 2 else "success"
        job = {
            "commit": {"author_email": "admin@example.com", "author_name": "Administrator",
                       "created_at": pipeline["created_at"], "id": pipeline["sha"], "message": "Build it.",
                       "short_id": pipeline["sha"][:8], "title": "Build it."},
            "coverage": None, "allow_failure": False, "archived": False, "source": "push", "erased_at": None,
            "created_at": iso(created), "started_at": iso(created + timedelta(seconds=5)),
            "finished_at": iso(created + timedelta(seconds=95)), "duration": 90.25, "queued_duration": 0.5,
            "artifacts": [], "artifacts_expire_at": None,
            "tag_list": ["nix"], "id": jid, "name": name,
            "pipeline": {"id": pipeline["id"], "project_id": project["id"], "ref": pipeline["ref"],
                         "sha": pipeline["sha"], "status": pipeline["status"]},
            "ref": pipeline["ref"], "runner": None, "stage": stage, "status": status,
            "failure_reason": "script_failure" if status == "failed" else None, "tag": False,
            "web_url": "https://gitlab.example/%s/-/jobs/%d" % (project["path_with_namespace"], jid),
            "project": {"ci_job_token_scope_enabled": False},
            "user": {"id": 1, "name": "Administrator", "username": "root", "state": "active"},
        }
        if name == "netboot":
            job["artifacts_file"] = {"filename": "artifacts.zip", "size": len(ZIP)}
            job["artifacts"] = [
                {"file_type": "archive", "size": len(ZIP), "filename": "artifacts.zip", "file_format": "zip"},
                {"file_type": "metadata", "size": 186, "filename": "metadata.gz", "file_format": "gzip"},
                {"file_type": "trace", "size": 1500, "filename": "job.log", "file_format": "raw"}]
            exp = NOW + timedelta(days=cfg("expire_days", 30))
            if jid in expired or jid in set(cfg("kept_jobs", [])):
                exp = NOW - timedelta(days=1)  # kept: past expiry, still served (latest of a ref)
            if jid in set(cfg("soon_jobs", [])):
                exp = NOW + timedelta(days=3)
            job["artifacts_expire_at"] = iso(exp)
            if jid in set(cfg("erased_jobs", [])):  # erased jobs keep their JSON, lose artifacts
                job["artifacts"] = [a for a in job["artifacts"] if a["file_type"] == "trace"]
                job["artifacts_expire_at"] = None
                job["erased_at"] = iso(NOW)
        else:
            job["artifacts"] = [{"file_type": "trace", "size": 1500, "filename": "job.log", "file_format": "raw"}]
        jobs.append(job)
    jobs.sort(key=lambda j: -j["id"])  # the API sorts jobs by id descending
    return jobs


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    listener = "api"

    def log_message(self, fmt, *args):
        pass

    def log_request_line(self):
        entry = {"listener": self.listener, "method": self.command, "path": self.path,
                 "token": self.headers.get("PRIVATE-TOKEN") is not None,
                 "authorization": self.headers.get("Authorization") is not None,
                 "range": self.headers.get("Range"), "user_agent": self.headers.get("User-Agent"),
                 "inflight": STATE["inflight"]}
        with LOG_LOCK:
            with open(LOG_PATH, "a") as f:
                f.write(json.dumps(entry) + "\n")

    def send(self, status, body, headers=None, content_type="application/json"):
        if not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if cfg("ratelimit_limit", 0):  # the RateLimit-* set GitLab sends with every answer
            self.send_header("RateLimit-Limit", str(cfg("ratelimit_limit", 0)))
            self.send_header("RateLimit-Name", "throttle_authenticated_api")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command == "HEAD":
            return
        cut = getattr(self, "cut_after", None)
        if cut is not None and cut < len(body):
            # A connection that drops mid-body: the announced length never arrives.
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            import socket
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        rate = cfg("bytes_per_second", 0)
        if rate:  # a slow line, for progress and cancel tests
            step = max(1, rate // 20)
            for i in range(0, len(body), step):
                self.wfile.write(body[i:i + step])
                self.wfile.flush()
                time.sleep(0.05)
        else:
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self.cut_after = None  # one handler serves every request of a keep-alive connection
        with STATE_LOCK:
            STATE["inflight"] += 1
            STATE["peak"] = max(STATE["peak"], STATE["inflight"])
        try:
            self.log_request_line()
            latency = cfg("latency_ms", 0)
            if latency:
                time.sleep(latency / 1000.0)
            if self.listener == "cdn":
                return self.serve_cdn()
            self.route()
        finally:
            with STATE_LOCK:
                STATE["inflight"] -= 1

    def serve_cdn(self):
        if self.path.startswith("/__state"):
            return self.send(200, {"peak": STATE["peak"]})
        return self.serve_bytes(ZIP, "application/zip", ranges=True)

    def serve_bytes(self, data, content_type, ranges):
        rng = self.headers.get("Range")
        if ranges and rng:
            m = re.match(r"bytes=(\d*)-(\d*)$", rng.strip())
            if m:
                total = len(data)
                if m.group(1) == "":
                    start, end = max(0, total - int(m.group(2))), total - 1
                else:
                    start = int(m.group(1))
                    end = int(m.group(2)) if m.group(2) else total - 1
                if start >= total:  # as nginx and S3 answer a range past the end
                    return self.send(416, b"", {"Content-Range": "bytes */%d" % total}, content_type)
                end = min(end, total - 1)
                return self.send(206, data[start:end + 1],
                                 {"Content-Range": "bytes %d-%d/%d" % (start, end, total), "Accept-Ranges": "bytes"},
                                 content_type)
        headers = {"Accept-Ranges": "bytes"} if ranges else {}
        return self.send(200, data, headers, content_type)

    def injected(self, path):
        for i, rule in enumerate(cfg("rules", [])):
            if not re.search(rule["path"], path):
                continue
            with STATE_LOCK:
                used = STATE["rules_used"].get(i, 0)
                if used >= rule.get("times", 1 << 30):
                    continue
                STATE["rules_used"][i] = used + 1
            if rule.get("delay_ms"):
                time.sleep(rule["delay_ms"] / 1000.0)
            if "cut_after" in rule:
                self.cut_after = rule["cut_after"]
            if "status" not in rule:
                return False
            headers = dict(rule.get("headers", {}))
            if "location_cdn" in rule:
                headers["Location"] = "http://127.0.0.1:%d%s" % (CDN_PORT, rule["location_cdn"])
            body = rule.get("body", "")
            if isinstance(body, str):
                self.send(rule["status"], body.encode(), headers, rule.get("content_type", "text/plain"))
            else:
                self.send(rule["status"], body, headers)
            return True
        return False

    def paged(self, items, query, base_path):
        per_page = min(int(query.get("per_page", ["20"])[0]), 100)
        page = max(1, int(query.get("page", ["1"])[0]))
        total = len(items)
        pages = max(1, (total + per_page - 1) // per_page)
        chunk = items[(page - 1) * per_page: page * per_page]
        external = cfg("external_url", "http://%s" % self.headers.get("Host")) + cfg("prefix", "")

        def link(p):
            q = {k: v for k, v in query.items()}
            q["page"] = [str(p)]
            q["per_page"] = [str(per_page)]
            return "<%s/api/v4%s?%s>" % (external, base_path, urllib.parse.urlencode(q, doseq=True))

        headers = {"x-page": str(page), "x-per-page": str(per_page),
                   "x-next-page": str(page + 1) if page < pages else "",
                   "x-prev-page": str(page - 1) if page > 1 else ""}
        links = []
        if page > 1:
            links.append(link(page - 1) + '; rel="prev"')
        if page < pages:
            links.append(link(page + 1) + '; rel="next"')
        links.append(link(1) + '; rel="first"')
        mode = cfg("paging", "offset")
        if mode == "offset":
            headers["x-total"] = str(total)
            headers["x-total-pages"] = str(pages)
            links.append(link(pages) + '; rel="last"')
        if mode == "keyset":  # Link rel="next" only, no x-* headers
            headers = {}
            links = [l for l in links if 'rel="next"' in l]
        if mode == "headers_only":
            links = []
        if links:
            headers["Link"] = ", ".join(links)
        return self.send(200, chunk, headers)

    def project(self, ref):
        ref = urllib.parse.unquote(ref)
        for p in PROJECTS:
            if str(p["id"]) == ref or p["path_with_namespace"] == ref:
                return p
        return None

    def route(self):
        raw_path, _, raw_query = self.path.partition("?")
        query = urllib.parse.parse_qs(raw_query)
        prefix = cfg("prefix", "") + "/api/v4"
        if not raw_path.startswith(prefix + "/"):
            return self.send(404, {"error": "404 Not Found"})
        path = raw_path[len(prefix):]
        if self.injected(path):
            return
        token = self.headers.get("PRIVATE-TOKEN")
        if token != cfg("token", "glpat-test-token-0123456789"):
            if token is None and "/artifacts" in path:
                return self.send(404, {"message": "404 Project Not Found"})
            if cfg("token_expired", False):
                return self.send(401, {"error": "invalid_token",
                                       "error_description": "Token is expired. You can either do re-authorization or token refresh."})
            return self.send(401, {"message": "401 Unauthorized"})
        if cfg("scopes", ["read_api"]) == ["read_user"] and path != "/user" and path != "/personal_access_tokens/self":
            return self.send(403, {"error": "insufficient_scope",
                                   "error_description": "The request requires higher privileges than provided by the access token.",
                                   "scope": "read_api"})
        segs = path.split("/")[1:]  # raw segments, %2F kept inside a segment
        if path == "/personal_access_tokens/self":
            exp = cfg("token_expires_at", (NOW + timedelta(days=90)).strftime("%Y-%m-%d"))
            return self.send(200, {"id": 4, "name": "bootlace", "revoked": cfg("token_revoked", False),
                                   "created_at": "2020-07-23T14:31:47.729Z", "description": "Bootlace",
                                   "scopes": cfg("scopes", ["read_api"]), "user_id": 3,
                                   "last_used_at": "2021-10-06T17:58:37.550Z",
                                   "active": cfg("token_active", True), "expires_at": exp})
        if path == "/user":
            return self.send(200, {"id": 3, "username": "ada", "name": "Ada Lovelace", "state": "active",
                                   "avatar_url": "", "web_url": "https://gitlab.example/ada"})
        if segs == ["projects"]:
            items = PROJECTS
            if "search" in query:
                s = query["search"][0].lower()
                items = [p for p in items if s in p["name"].lower() or s in p["path_with_namespace"].lower()]
            return self.paged(items, query, "/projects")
        if len(segs) < 2 or segs[0] != "projects":
            return self.send(404, {"error": "404 Not Found"})
        project = self.project(segs[1])
        if project is None:
            return self.send(404, {"message": "404 Project Not Found"})
        rest = segs[2:]
        base = "/projects/%s" % segs[1]
        if rest == []:
            return self.send(200, project)
        if len(rest) == 2 and rest[0] == "jobs":
            for pl in PIPELINES[project["id"]]:
                for j in jobs_of(project, pl):
                    if str(j["id"]) == rest[1]:
                        return self.send(200, j)
            return self.send(404, {"message": "404 Not found"})
        if rest == ["pipelines"]:
            items = PIPELINES[project["id"]]
            with STATE_LOCK:
                STATE["pipeline_lists"] = STATE.get("pipeline_lists", 0) + 1
                lists = STATE["pipeline_lists"]
            # A new successful pipeline on main shows up after this many listings (watch tests).
            if cfg("new_pipeline_after", 0) and lists > cfg("new_pipeline_after", 0):
                newest = dict(items[0], id=2000, iid=999, status="success", ref="main")
                items = [newest] + items
            if "ref" in query:
                items = [p for p in items if p["ref"] == query["ref"][0]]
            if "status" in query:
                items = [p for p in items if p["status"] == query["status"][0]]
            if query.get("sort", ["desc"])[0] == "asc":
                items = list(reversed(items))
            return self.paged(items, query, base + "/pipelines")
        if len(rest) == 3 and rest[0] == "pipelines" and rest[2] == "jobs":
            pl = [p for p in PIPELINES[project["id"]] if str(p["id"]) == rest[1]]
            if not pl:
                return self.send(404, {"message": "404 Not found"})
            jobs = jobs_of(project, pl[0])
            scope = query.get("scope[]", []) + query.get("scope", [])
            if scope:
                jobs = [j for j in jobs if j["status"] in scope]
            return self.paged(jobs, query, base + "/" + "/".join(rest))
        if len(rest) >= 3 and rest[0] == "jobs" and rest[2] == "artifacts":
            jid = int(rest[1])
            job = None
            for pl in PIPELINES[project["id"]]:
                for j in jobs_of(project, pl):
                    if j["id"] == jid:
                        job = j
            if job is None or not any(a["file_type"] == "archive" for a in job["artifacts"]) \
                    or jid in set(cfg("expired_jobs", [])):
                return self.send(404, {"message": "404 Not found"})
            sub = rest[3:]
            if sub == ["tree"]:
                if not cfg("tree", True):
                    return self.send(404, {"error": "404 Not Found"})
                entries = []
                with zipfile.ZipFile(io.BytesIO(ZIP)) as z:
                    for info in z.infolist():
                        name = info.filename
                        if name.endswith("/"):
                            entries.append({"name": name.rstrip("/").split("/")[-1], "path": name,
                                            "type": "directory", "mode": "040755"})
                        else:
                            entries.append({"name": name.split("/")[-1], "path": name, "type": "file",
                                            "size": info.file_size, "mode": "100644"})
                if "path" in query:
                    prefix = query["path"][0].rstrip("/") + "/"
                    entries = [e for e in entries if e["path"].startswith(prefix) and e["path"] != prefix]
                    if not entries:
                        return self.send(404, {"message": "404 Not found"})
                return self.paged(entries, query, base + "/jobs/%d/artifacts/tree" % jid)
            if not sub:
                if cfg("archive_redirect", False):
                    return self.send(302, b"", {"Location": "http://127.0.0.1:%d/download/%d.zip" % (CDN_PORT, jid)},
                                     "text/html")
                return self.serve_bytes(ZIP, "application/zip", ranges=cfg("archive_ranges", True))
            name = "/".join(urllib.parse.unquote(s) for s in sub)
            with zipfile.ZipFile(io.BytesIO(ZIP)) as z:
                try:
                    data = z.read(name)
                except KeyError:
                    return self.send(404, {"message": "404 Not found"})
            if cfg("file_ranges", False):  # GitLab's single-file endpoint has no Range; object storage does
                return self.serve_bytes(data, "application/octet-stream", ranges=True)
            return self.send(200, data, {"Content-Disposition": 'attachment; filename="%s"' % name.split("/")[-1]},
                             "application/octet-stream")
        if rest == ["__state"]:
            return self.send(200, {"peak": STATE["peak"]})
        return self.send(404, {"error": "404 Not Found"})


class CdnHandler(Handler):
    listener = "cdn"


def main():
    global CONFIG, LOG_PATH, CDN_PORT
    with open(sys.argv[1]) as f:
        CONFIG = json.load(f)
    LOG_PATH = sys.argv[2]
    open(LOG_PATH, "w").close()
    make_data()
    api = ThreadingHTTPServer(("127.0.0.1", CONFIG.get("port", 0)), Handler)
    if "tls" in CONFIG:  # HTTPS for the API listener (the CDN stays plain HTTP)
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(CONFIG["tls"]["cert"], CONFIG["tls"]["key"])
        api.socket = context.wrap_socket(api.socket, server_side=True)
    cdn = ThreadingHTTPServer(("127.0.0.1", 0), CdnHandler)
    api.daemon_threads = cdn.daemon_threads = True
    CDN_PORT = cdn.server_address[1]
    threading.Thread(target=cdn.serve_forever, daemon=True).start()
    print("READY %d %d" % (api.server_address[1], CDN_PORT), flush=True)
    try:
        api.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
