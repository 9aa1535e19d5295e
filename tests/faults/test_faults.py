#!/usr/bin/python3
"""Faults, abuse and safe defaults: kill -9 of a load, the database removed
or damaged under a running server, slow and idle connections, what the
server binds, serves and writes by default.

    test_faults.py PRESSROOMD DATA_DIR [OPENAPI_YAML]

Loopback only; every loop bounded in count and time.  Under AddressSanitizer
(detected from the binary) or a wrapper the counts are scaled down.
"""
import hashlib
import json
import os
import re
import resource
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))
sys.path.insert(0, HERE)
import prtest  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402
import kill9  # noqa: E402


def slow_build(binary):
    """True for a sanitizer build or a wrapped binary: scale counts down."""
    if os.environ.get("PRESSROOM_TEST_WRAPPER"):
        return True
    try:
        with open(binary, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data = data_dir
        self.slow = slow_build(binary)
        self.tmp = tempfile.mkdtemp(prefix="pressroom-faults-")
        self.conf = os.path.join(self.tmp, "empty.conf")
        open(self.conf, "w").close()
        self.servers = []

    def path(self, name):
        return os.path.join(self.tmp, name)

    def load(self, db, *paths):
        r = prtest.run(self.binary, "load", "--db", db, *paths, timeout=300)
        check(r.returncode == 0, "load failed: %s" % r.stderr.decode())

    def serve(self, db, *args, env=None, prefix=(), port=None, wait=True):
        s = Serve(self, db, args, env, prefix, port)
        self.servers.append(s)
        if wait:
            s.wait_up()
        return s

    def after_test(self):
        for s in self.servers:
            s.stop()
        self.servers = []

    def close(self):
        """Stops what a test left running and removes the scratch directory."""
        self.after_test()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Serve:
    """One `pressroomd serve --db` on a free loopback port."""

    def __init__(self, ctx, db, args, env, prefix, port):
        self.port = port or prtest.free_port()
        self.log_path = os.path.join(ctx.tmp, "serve-%d.log" % self.port)
        self.log = open(self.log_path, "wb")
        e = {k: v for k, v in os.environ.items()
             if not k.startswith("PRESSROOM_") and k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC")}
        e.update(env or {})
        cmd = list(prefix) + [ctx.binary, "serve", "--config", ctx.conf, "--db", db]
        if "--no-listen" not in args:
            cmd += ["--listen", "127.0.0.1:%d" % self.port]
        cmd += [a for a in args if a != "--no-listen"]
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, env=e)

    def wait_up(self, timeout=30):
        prtest.wait_up(self.proc, self.port, self.text, timeout)

    def request(self, method, path, timeout=30):
        return prtest.request(self.port, method, path, timeout=timeout)

    def get(self, path, timeout=30):
        return self.request("GET", path, timeout)

    def text(self):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        rc = prtest.terminate(self.proc)
        self.log.close()
        return rc


def wait_for(pred, timeout=15, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise Failure("timed out waiting for %s" % what)


def is_problem(r, status):
    eq(r.status, status, "status of %r" % r)
    eq(r.content_type, "application/problem+json", "content type")
    eq(r.json().get("status"), status, "problem status")


class Notify:
    """A NOTIFY_SOCKET for one server: collects what it tells systemd."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.setblocking(False)
        self.msgs = []

    def drain(self):
        for _ in range(1000):
            try:
                self.msgs.append(self.sock.recv(4096).decode("utf-8", "replace"))
            except BlockingIOError:
                break
        return self.msgs

    def statuses(self):
        return [ln[7:] for m in self.drain() for ln in m.split("\n") if ln.startswith("STATUS=")]

    def close(self):
        self.sock.close()


# ------------------------------------------------------------ kill -9 of a load

def test_kill9_during_load_leaves_old_or_new_state(ctx):
    """The campaign of tests/faults/kill9.py, short: 5 kills over a 1k load."""
    releases, base = (300, 30) if ctx.slow else (1000, 100)
    lines = []
    ok, results = kill9.campaign(ctx.binary, releases=releases, base=base, kills=5,
                                 seed=11, log=lines.append, tmp=ctx.path("kill9"))
    for ln in lines:
        print("  " + ln)
    eq(len(results), 5, "kills made")
    check(ok, "a kill left a database that fails check or is neither state")
    check(any(r["journal"] and not r["finished"] for r in results),
          "no kill landed inside the transaction")


# ------------------------------------------ the database removed or damaged

def serve_with_notify(ctx, name):
    db = ctx.path(name)
    ctx.load(db, ctx.data)
    sockpath = ctx.path(name + ".notify")
    n = Notify(sockpath)
    s = ctx.serve(db, env={"NOTIFY_SOCKET": sockpath})
    return db, s, n


def ready(s):
    return s.get("/readyz").status == 200


def test_db_removed_under_a_running_server(ctx):
    db, s, n = serve_with_notify(ctx, "removed.db")
    try:
        eq(s.get("/readyz").status, 200, "readyz before")
        total = s.get("/v1/documents?limit=1").json()["meta"]["total"]
        keep = ctx.path("removed.keep")
        os.rename(db, keep)
        for _ in range(5):
            r = s.get("/readyz")
            is_problem(r, 503)
            check("gone" in r.json().get("detail", ""), "readyz detail: %r" % r.json())
        eq(s.get("/healthz").status, 200, "healthz")
        # The open file still answers (a deleted file stays readable): other
        # endpoints go on serving it, or answer 503; never 500.
        for i in range(5):
            r = s.get("/v1/documents?limit=%d" % (i + 2))
            check(r.status in (200, 503), "documents while gone: %r" % r)
        lines = [ln for ln in s.text().splitlines() if "not ready" in ln]
        eq(len(lines), 1, "'not ready' log lines: %r" % lines)
        check("is gone" in lines[0], "log line: %r" % lines[0])
        if 'systemd="yes"' in s.get("/metrics").body.decode():
            wait_for(lambda: any(x.startswith("Not ready") for x in n.statuses()), 5,
                     "STATUS=Not ready")
        # a SIGHUP while it is gone is refused and keeps serving
        s.proc.send_signal(signal.SIGHUP)
        wait_for(lambda: "reload refused" in s.text(), 10, "reload refused")
        is_problem(s.get("/readyz"), 503)
        os.rename(keep, db)
        s.proc.send_signal(signal.SIGHUP)
        wait_for(lambda: ready(s), 10, "ready after restore and SIGHUP")
        eq(s.get("/readyz").json()["generation"], 2, "generation")
        eq(s.get("/v1/documents?limit=3").json()["meta"]["total"], total, "total after")
        check(s.alive(), "server alive")
        if 'systemd="yes"' in s.get("/metrics").body.decode():
            wait_for(lambda: any(x.startswith("Serving") for x in n.statuses()[-3:]), 5,
                     "STATUS=Serving again")
    finally:
        n.close()


def test_db_damaged_in_place_under_a_running_server(ctx):
    db, s, n = serve_with_notify(ctx, "damaged.db")
    try:
        total = s.get("/v1/documents?limit=1").json()["meta"]["total"]
        with open(db, "rb") as f:
            good = f.read()
        ino = os.stat(db).st_ino
        with open(db, "r+b") as f:      # garbage over the header and every 3rd page
            for off in range(0, len(good), 4096 * 3):
                f.seek(off)
                f.write(os.urandom(min(4096, len(good) - off)))
        eq(os.stat(db).st_ino, ino, "same inode")
        r = s.get("/readyz")
        is_problem(r, 503)
        check("damaged" in r.json().get("detail", "") or "answer" in r.json().get("detail", ""),
              "readyz detail: %r" % r.json())
        statuses = set()
        paths = ["/v1/documents?limit=%d", "/v1/organizations?limit=%d", "/v1/quotes?limit=%d",
                 "/v1/search?q=the&limit=%d", "/v1/reports?limit=%d", "/v1/people?limit=%d"]
        for i in range(30):
            r = s.get(paths[i % len(paths)] % (i // len(paths) + 5))
            check(r.status in (200, 503), "answer from a damaged file: %r" % r)
            if r.status == 503:
                is_problem(r, 503)
            statuses.add(r.status)
        check(503 in statuses, "no request noticed the damage: %r" % statuses)
        check(s.alive(), "server alive")
        text = s.text()
        eq(len(re.findall(r"not ready", text)), 1, "'not ready' log lines in %s" % text[:3000])
        check(len(re.findall(r"the database is not available", text)) <= 3,
              "unavailable lines not bounded: %d" % len(re.findall("not available", text)))
        check(" 500 " not in text and "status 500" not in text, "a 500 was logged")
        with open(db, "r+b") as f:      # restored in place
            f.write(good)
        s.proc.send_signal(signal.SIGHUP)
        wait_for(lambda: ready(s), 10, "ready after restore and SIGHUP")
        eq(s.get("/v1/documents?limit=7").json()["meta"]["total"], total, "total after")
        eq(s.get("/v1/people?limit=9").status, 200, "people after")
        wait_for(lambda: "ready again" in s.text(), 5, "'ready again' log line")
    finally:
        n.close()


# ----------------------------------------------- slow and idle connections

def raise_nofile(want):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def timed_requests(s, n, budget):
    """n GETs, each on a new connection; returns the latencies (seconds)."""
    lat = []
    paths = ["/v1/documents?limit=2", "/healthz", "/v1", "/v1/quotes?limit=1", "/readyz"]
    deadline = time.monotonic() + budget
    for i in range(n):
        if time.monotonic() > deadline:
            break
        t0 = time.monotonic()
        r = s.get(paths[i % len(paths)], timeout=5)
        lat.append(time.monotonic() - t0)
        check(r.status == 200, "normal request: %r" % r)
    return lat


def open_many(port, n, partial, budget=20):
    socks = []
    deadline = time.monotonic() + budget
    for i in range(n):
        if time.monotonic() > deadline:
            break
        c = socket.create_connection(("127.0.0.1", port), timeout=5)
        if partial:
            c.sendall(b"GET /v1/documents?limit=%d HTTP/1.1\r\nHost: 127.0.0.1\r\n" % (i % 50 + 1))
        socks.append(c)
    return socks


def trickle(socks, stop, every=1.0):
    """Sends one more header byte on each socket every `every` seconds."""
    k = 0
    while not stop.wait(every) and k < 120:
        k += 1
        for c in socks:
            try:
                c.send(b"X" if k % 2 else b"-")
            except OSError:
                pass


def test_slowloris_and_idle_connections_do_not_starve_others(ctx):
    n = 1000
    limit = raise_nofile(n + 256)
    check(limit >= n + 100, "RLIMIT_NOFILE %d too low for %d connections" % (limit, n))
    db = ctx.path("slow.db")
    ctx.load(db, ctx.data)
    s = ctx.serve(db)
    bound = 0.5 if ctx.slow else 0.1
    for partial in (True, False):
        socks = open_many(s.port, n, partial)
        stop = threading.Event()
        t = threading.Thread(target=trickle, args=(socks, stop), daemon=True)
        if partial:
            t.start()
        try:
            eq(len(socks), n, "connections opened")
            time.sleep(0.5)
            lat = timed_requests(s, 200, 25)
            eq(len(lat), 200, "requests made in time")
            lat.sort()
            print("  %d %s connections: 200 requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (n, "slow partial" if partial else "idle", lat[100] * 1e3,
                     lat[197] * 1e3, lat[-1] * 1e3))
            check(lat[-1] < bound, "slowest request took %.1f ms (bound %d ms)"
                  % (lat[-1] * 1e3, bound * 1e3))
        finally:
            stop.set()
            if partial:
                t.join(5)
            for c in socks:
                c.close()
    check(s.alive(), "server alive")


def test_connections_past_the_limit_are_refused_not_crashing(ctx):
    """max_connections is per address; past it new connections are closed at
    once, and served again when the others go."""
    db = ctx.path("limit.db")
    ctx.load(db, ctx.data)
    s = ctx.serve(db, "--set", "max_connections=40", "--set", "threads=2")
    socks = open_many(s.port, 60, False)
    try:
        time.sleep(0.3)
        refused = 0
        for _ in range(5):
            try:
                r = s.get("/healthz", timeout=3)
                check(r.status == 200, "answered %r" % r)
            except OSError:
                refused += 1
        check(refused > 0, "60 idle connections and no refusal with max_connections=40")
    finally:
        for c in socks:
            c.close()
    wait_for(lambda: ok_or_none(s), 10, "served again after the idle connections went")
    check(s.alive(), "server alive")


def ok_or_none(s):
    try:
        return s.get("/healthz", timeout=2).status == 200
    except OSError:
        return False


# ----------------------------------------------------------- safe defaults

def listening(pid):
    """(addr, port) of every TCP socket in LISTEN state in pid's network namespace."""
    out = []
    for name in ("tcp", "tcp6"):
        try:
            with open("/proc/%d/net/%s" % (pid, name)) as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            parts = row.split()
            if parts[3] != "0A":
                continue
            addr, port = parts[1].split(":")
            if len(addr) == 8:
                ip = socket.inet_ntop(socket.AF_INET, bytes.fromhex(addr)[::-1])
            else:
                raw = bytes.fromhex(addr)
                ip = socket.inet_ntop(socket.AF_INET6, b"".join(
                    raw[i:i + 4][::-1] for i in range(0, 16, 4)))
            out.append((ip, int(port, 16)))
    return out


def test_default_listen_is_loopback_only(ctx):
    db = ctx.path("defaults.db")
    ctx.load(db, ctx.data)
    r = prtest.run(ctx.binary, "serve", "--config", ctx.conf, "--db", db, "--check-config")
    check(re.search(r"^listen = 127\.0\.0\.1:8080\t# default$", r.stdout.decode(), re.M),
          "check-config: %s" % r.stdout.decode())
    # Serve with no --listen in a network namespace of its own, where the
    # default port is surely free, and read what it bound.
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True) if unshare else None
    if not probe or probe.returncode != 0:
        print("  (no network namespace: %s; only the configuration was checked)"
              % (probe.stderr.decode().strip() if probe else "no unshare"))
        return
    s = ctx.serve(db, "--no-listen", prefix=[unshare, "-n", "--"], wait=False)
    mine = os.readlink("/proc/self/ns/net")

    def bound():
        if s.proc.poll() is not None:
            return [("exited", 0)]
        try:     # in its own namespace yet (unshare has run)?
            if os.readlink("/proc/%d/ns/net" % s.proc.pid) == mine:
                return None
        except OSError:
            return None
        return listening(s.proc.pid)
    socks = wait_for(bound, 15, "a listening socket")
    check(s.alive(), "serve exited: %s" % s.text())
    eq(sorted(socks), [("127.0.0.1", 8080)], "listening sockets")


def test_nothing_but_the_api_is_served(ctx):
    db = ctx.path("paths.db")
    ctx.load(db, ctx.data)
    s = ctx.serve(db)
    first = sorted(os.listdir(ctx.data))[0]
    with open(os.path.join(ctx.data, first), "rb") as f:
        sample = f.read()[:60]
    for p in ["/", "/index.html", "/etc/passwd", "/../etc/passwd", "/v1/../../etc/passwd",
              "/%2e%2e/%2e%2e/etc/passwd", "/data/" + first, "/" + first,
              "/openapi.yaml/../../etc/passwd", "/meson.build", "/src/main.c",
              "/v1/documents/../../../etc/passwd", "//etc/passwd", "/.git/config",
              "/proc/self/environ", "/v1/%00", "/.."]:
        r = s.get(p)
        check(r.status in (400, 404), "%s answered %r" % (p, r))
        eq(r.content_type, "application/problem+json", "%s content type" % p)
        check(b"root:" not in r.body and sample not in r.body and b"[core]" not in r.body,
              "%s leaked file content: %r" % (p, r.body[:200]))


def test_no_method_writes(ctx):
    db = ctx.path("methods.db")
    ctx.load(db, ctx.data)
    s = ctx.serve(db)
    for p in ["/v1/documents", "/v1", "/readyz", "/v1/search?q=x", "/metrics", "/nowhere"]:
        for m in ("POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT"):
            r = s.request(m, p)
            if p == "/nowhere" and r.status == 404:
                continue
            eq(r.status, 405, "%s %s" % (m, p))
            check("GET" in (r.header("allow") or ""), "%s %s Allow: %r" % (m, p, r.header("allow")))


def test_head_of_an_export_leaves_no_stray_bytes(ctx):
    """HEAD of a streamed export: no body bytes that a keep-alive client
    would take for the start of its next answer."""
    import http.client
    db = ctx.path("head.db")
    ctx.load(db, ctx.data)
    s = ctx.serve(db)
    for path in ("/v1/documents?format=csv", "/v1/quotes?format=ndjson"):
        c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=10)
        try:
            c.request("HEAD", path)
            r = c.getresponse()
            r.read()
            eq(r.status, 200, "HEAD " + path)
            c.request("GET", "/healthz")
            r2 = c.getresponse()
            eq((r2.status, r2.read()), (200, b'{"status":"ok"}\n'), "the next answer")
        finally:
            c.close()


def sha_mtime(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest(), os.stat(path).st_mtime_ns


def test_database_is_opened_read_only(ctx):
    d = ctx.path("ro")
    os.mkdir(d)
    db = os.path.join(d, "ro.db")
    ctx.load(db, ctx.data)
    before = sha_mtime(db)
    names = set(os.listdir(d))
    s = ctx.serve(db)
    ids = [x["id"] for x in s.get("/v1/documents?limit=5").json()["data"]]
    for i in ids:
        eq(s.get("/v1/documents/" + i).status, 200, "document")
    for p in ["/v1/search?q=the", "/v1/quotes?format=csv", "/v1/feed.atom", "/v1?facets=x"]:
        s.get(p)
    s.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: s.get("/readyz").json().get("generation") == 2, 10, "reload")
    eq(s.stop(), 0, "exit status")
    eq(sha_mtime(db), before, "sha256 and mtime of the served file")
    eq(set(os.listdir(d)), names, "files beside the database (no journal, no -wal)")
    # A file it cannot write, in a directory it cannot write, serves.
    os.chmod(db, 0o444)
    os.chmod(d, 0o555)
    mounted = False
    try:
        if os.geteuid() == 0:   # root ignores the modes: a read-only bind mount
            mounted = subprocess.run(["mount", "--bind", d, d], capture_output=True).returncode == 0
            if mounted:
                mounted = subprocess.run(["mount", "-o", "remount,bind,ro", d],
                                         capture_output=True).returncode == 0 or mounted
            check(not os.access(db, os.W_OK) or not mounted or
                  subprocess.run(["touch", db], capture_output=True).returncode != 0,
                  "the read-only mount is writable")
        s2 = ctx.serve(db)
        eq(s2.get("/readyz").status, 200, "readyz on a read-only file")
        eq(len(s2.get("/v1/documents?limit=3").json()["data"]), min(3, len(ids) or 3),
           "documents from a read-only file")
        eq(s2.stop(), 0, "exit status")
    finally:
        if mounted:
            subprocess.run(["umount", d], capture_output=True)
        os.chmod(d, 0o755)
    eq(sha_mtime(db), before, "sha256 and mtime after serving read-only")


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 280, ctx.close)


if __name__ == "__main__":
    sys.exit(main())
