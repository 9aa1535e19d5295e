#!/usr/bin/python3
"""pressroomd as a service: systemd notification, reload, graceful stop,
configuration, logs, CORS allow-list, readiness and metrics.

    test_service.py PRESSROOMD DATA_DIR [OPENAPI_YAML]

Every server listens on loopback only; every wait and loop is bounded.
"""
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402


class Daemon:
    """One `pressroomd serve` with its own environment, log file and port."""

    def __init__(self, ctx, args=(), env=None, db=None, listen=None, wait=True):
        self.ctx = ctx
        self.port = prtest.free_port()
        self.log_path = ctx.path("serve.log")
        self.log = open(self.log_path, "wb")
        full_env = {k: v for k, v in os.environ.items()
                    if not k.startswith("PRESSROOM_") and k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC",
                                                                     "WATCHDOG_PID", "JOURNAL_STREAM")}
        full_env.update(env or {})
        cmd = [ctx.binary, "serve", "--config", ctx.empty_conf,
               "--listen", listen or "127.0.0.1:%d" % self.port]
        if db:
            cmd += ["--db", db]
        self.proc = subprocess.Popen(cmd + list(args), stdout=self.log, stderr=subprocess.STDOUT,
                                     env=full_env)
        if wait:
            self.wait_up()

    def wait_up(self, timeout=30):
        prtest.wait_up(self.proc, self.port, self.text, timeout)

    def request(self, method, path, headers=None, timeout=30):
        return prtest.request(self.port, method, path, headers, timeout=timeout)

    def get(self, path, headers=None, timeout=30):
        return self.request("GET", path, headers, timeout)

    def text(self):
        if not self.log.closed:
            self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def wait_log(self, pattern, timeout=15):
        """Waits until the log matches pattern (a regex); returns the match."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = re.search(pattern, self.text())
            if m:
                return m
            time.sleep(0.05)
        raise Failure("log never matched %r: %s" % (pattern, self.text()[-800:]))

    def hup(self):
        self.proc.send_signal(signal.SIGHUP)

    def stop(self, timeout=20):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
                return None
        self.log.close()
        return self.proc.returncode

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.log.close()


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary, self.data_dir = binary, data_dir
        self.tmp = tempfile.mkdtemp(prefix="pressroom-svc-")
        self.n = 0
        self.daemons = []
        self.empty_conf = self.path("empty.conf")
        open(self.empty_conf, "w").close()
        self.files = sorted(os.path.join(data_dir, f) for f in os.listdir(data_dir) if f.endswith(".txt"))

    def path(self, name):
        self.n += 1
        return os.path.join(self.tmp, "%d-%s" % (self.n, name))

    def run(self, *args, env=None, timeout=60):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSROOM_")}
        full_env.update(env or {})
        r = subprocess.run([self.binary] + list(args), capture_output=True, timeout=timeout, env=full_env)
        r.out = r.stdout.decode("utf-8", "replace")
        r.err = r.stderr.decode("utf-8", "replace")
        return r

    def load(self, db, *paths):
        r = self.run("load", "--db", db, *paths, timeout=120)
        eq(r.returncode, 0, "load exit status (%s)" % r.err)
        return db

    def db_full(self):
        return self.load(self.path("full.db"), *self.files)

    def db_less(self):
        return self.load(self.path("less.db"), *self.files[:-1])

    def serve(self, *args, **kw):
        d = Daemon(self, *args, **kw)
        self.daemons.append(d)
        return d

    def after_test(self):
        for d in self.daemons:
            d.kill()
        self.daemons = []

    def close(self):
        """Stops what a test left running and removes the scratch directory."""
        self.after_test()
        shutil.rmtree(self.tmp, ignore_errors=True)


def index(d):
    r = d.get("/v1")
    eq(r.status, 200, "/v1 status")
    j = r.json()["data"]
    return j["data_version"], j["counts"]


def publish(src, dst):
    """Replaces dst by src the way the scale-out recipe does: copy, then rename."""
    tmp = dst + ".new"
    shutil.copyfile(src, tmp)
    os.rename(tmp, dst)


def wait_for(pred, timeout=15, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise Failure("timed out waiting for %s" % what)


def built_with_systemd(d):
    return 'systemd="yes"' in d.get("/metrics").body.decode()


# ---------------------------------------------------------------- systemd

def test_notify_socket_gets_ready_status_watchdog_stopping(ctx):
    sock_path = os.path.join(ctx.tmp, "notify-%d.sock" % os.getpid())
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(sock_path)
    s.settimeout(0.2)
    try:
        d = ctx.serve(db=ctx.db_full(), env={"NOTIFY_SOCKET": sock_path, "WATCHDOG_USEC": "300000"})
        if not built_with_systemd(d):
            print("  (built without libsystemd: no notifications to check)")
            return
        got = []

        def drain(until, stop_when):
            deadline = time.monotonic() + until
            while time.monotonic() < deadline:
                try:
                    got.append(s.recv(4096).decode())
                except socket.timeout:
                    pass
                if stop_when():
                    return

        drain(5, lambda: sum("WATCHDOG=1" in m for m in got) >= 3 and any("READY=1" in m for m in got))
        ready = [m for m in got if "READY=1" in m]
        check(ready, "no READY=1 in %r" % got)
        check(re.search(r"STATUS=Serving 9 documents from .*full\.db .*generation 1\) on 127\.0\.0\.1:%d" % d.port,
                        ready[0]), "STATUS with READY: %r" % ready[0])
        check(sum("WATCHDOG=1" in m for m in got) >= 3, "fewer than 3 WATCHDOG=1 in 5 s at 300 ms: %r" % got)
        d.hup()
        drain(5, lambda: any("RELOADING=1" in m for m in got) and
              any("generation 2" in m and "READY=1" in m for m in got))
        check(any("RELOADING=1" in m for m in got), "no RELOADING=1 on SIGHUP: %r" % got)
        check(any("READY=1" in m and "generation 2" in m for m in got), "no READY=1 after reload: %r" % got)
        d.proc.send_signal(signal.SIGTERM)
        drain(5, lambda: any("STOPPING=1" in m for m in got))
        check(any("STOPPING=1" in m for m in got), "no STOPPING=1 on SIGTERM: %r" % got)
        eq(d.stop(), 0, "exit status")
    finally:
        s.close()
        os.unlink(sock_path)


# ---------------------------------------------------------------- reload

def test_sighup_under_load_fails_no_request(ctx):
    full, less = ctx.db_full(), ctx.db_less()
    live = ctx.path("live.db")
    shutil.copyfile(full, live)
    d = ctx.serve(db=live, args=["--set", "threads=2"])
    states = {}
    for k, src in enumerate((full, less)):
        publish(src, live)
        d.hup()
        # the reload done before the next publish, or it may find the file
        # replaced while it opens it (and rightly refuse it)
        wait_for(lambda: d.text().count("reloaded: generation") >= k + 1, what="reload")
        dv = wait_for(lambda: (lambda v: v[0] if v[0] not in states else None)(index(d)), what="reload")
        states[dv] = index(d)[1]
    check(len(states) == 2, "two corpora, two data versions: %r" % states)
    stop = threading.Event()
    result = {"ok": 0, "bad": [], "mixed": []}

    def client():
        deadline = time.monotonic() + 30
        n = 0
        while not stop.is_set() and time.monotonic() < deadline and n < 20000:
            n += 1
            path = "/v1" if n % 3 else "/v1/documents?limit=50&fields=id"
            try:
                r = d.get(path, timeout=10)
            except OSError as e:
                result["bad"].append("%s: %s" % (path, e))
                continue
            if r.status != 200:
                result["bad"].append("%s: %d %r" % (path, r.status, r.body[:200]))
                continue
            j = r.json()
            if path == "/v1":
                dv, counts = j["data"]["data_version"], j["data"]["counts"]
                if states.get(dv) != counts:
                    result["mixed"].append((dv, counts))
            elif j["meta"]["total"] not in {c["documents"] for c in states.values()}:
                result["mixed"].append(j["meta"])
            result["ok"] += 1

    threads = [threading.Thread(target=client) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        seen = set()
        for i in range(6):
            src = full if i % 2 == 0 else less
            publish(src, live)
            d.hup()
            wait_for(lambda: d.text().count("reloaded: generation") >= 3 + i, what="reload %d" % i)
            time.sleep(0.15)
            seen.add(index(d)[0])
    finally:
        stop.set()
        for t in threads:
            t.join(40)
    eq(result["bad"], [], "failed requests during reloads")
    eq(result["mixed"], [], "answers whose counts match neither corpus")
    check(result["ok"] > 50, "only %d requests answered" % result["ok"])
    eq(len(seen), 2, "data versions seen after reloads")
    eq(d.stop(), 0, "exit status")


def test_sighup_with_a_broken_db_keeps_the_old_one(ctx):
    full, less = ctx.db_full(), ctx.db_less()
    live = ctx.path("live.db")
    shutil.copyfile(full, live)
    d = ctx.serve(db=live)
    dv0, counts0 = index(d)
    broken = ctx.path("broken.db")
    with open(broken, "wb") as f:
        f.write(b"this is not an SQLite database\n" * 100)
    publish(broken, live)
    d.hup()
    d.wait_log(r"reload refused, still serving generation 1: database .*live\.db: .*not a database")
    for _ in range(20):
        eq(index(d), (dv0, counts0), "still the old data after a refused reload")
    r = d.get("/readyz")
    eq(r.status, 503, "/readyz after a refused reload")
    check("reload failed" in r.json()["detail"], "readyz detail: %r" % r.body)
    publish(less, live)
    d.hup()
    d.wait_log(r"reloaded: generation 2")
    r = d.get("/readyz")
    eq(r.status, 200, "/readyz after a good reload")
    eq(r.json()["generation"], 2, "generation")
    check(index(d)[0] != dv0, "the new data is served")
    eq(d.stop(), 0, "exit status")


def test_readyz_503_when_the_db_file_is_gone(ctx):
    live = ctx.path("live.db")
    shutil.copyfile(ctx.db_full(), live)
    d = ctx.serve(db=live)
    eq(d.get("/readyz").status, 200, "/readyz")
    os.unlink(live)
    r = d.get("/readyz")
    eq(r.status, 503, "/readyz with the file deleted")
    check("is gone" in r.json()["detail"], "detail: %r" % r.body)
    d.wait_log(r"not ready: the database .*live\.db is gone")
    eq(d.get("/healthz").status, 200, "/healthz: the process is alive")
    eq(d.get("/metrics").status, 200, "/metrics")
    eq(d.get("/v1").status, 200, "the open file still answers /v1")
    shutil.copyfile(ctx.db_less(), live)
    d.hup()
    d.wait_log(r"reloaded: generation 2")
    eq(d.get("/readyz").status, 200, "/readyz once a file is back and reloaded")
    d.wait_log(r"ready again")
    eq(d.stop(), 0, "exit status")


def test_sighup_rebuilds_the_in_memory_db(ctx):
    corpus = ctx.path("corpus")
    os.mkdir(corpus)
    for f in ctx.files[:-1]:
        shutil.copy(f, corpus)
    d = ctx.serve(args=["--load", corpus])
    dv0, c0 = index(d)
    shutil.copy(ctx.files[-1], corpus)
    d.hup()
    d.wait_log(r"reloaded: generation 2, in memory")
    dv1, c1 = index(d)
    check(dv1 != dv0 and c1["documents"] > c0["documents"], "new data: %r -> %r" % (c0, c1))
    eq(d.stop(), 0, "exit status")


def test_sighup_rereads_the_config_and_refuses_a_bad_one(ctx):
    conf = ctx.path("pressroomd.conf")
    with open(conf, "w") as f:
        f.write("max_age = 11\n")
    d = ctx.serve(db=ctx.db_full(), args=["--config", conf])
    eq(d.get("/v1").header("cache-control"), "public, max-age=11", "Cache-Control")
    with open(conf, "w") as f:
        f.write("max_age = 22\nthreads = 7\n")
    d.hup()
    d.wait_log(r"reloaded: generation 2")
    d.wait_log(r"threads, max_connections, timeout, cache_size and export_cache_size take a restart: changes ignored")
    eq(d.get("/v1").header("cache-control"), "public, max-age=22", "Cache-Control after reload")
    with open(conf, "w") as f:
        f.write("max_age = 33\n\nmax_age = soon\n")
    d.hup()
    d.wait_log(r"reload refused, still serving generation 2: configuration: .*pressroomd\.conf:3: "
               r"max_age must be a whole number")
    eq(d.get("/v1").header("cache-control"), "public, max-age=22", "Cache-Control after a refused reload")
    eq(d.stop(), 0, "exit status")


# ---------------------------------------------------------------- stop

def test_sigterm_lets_requests_in_flight_finish(ctx):
    # exports not spooled: every request streams its own answer
    d = ctx.serve(db=ctx.db_full(), args=["--set", "shutdown_timeout=20",
                                          "--set", "export_cache_size=0"])
    path = "/v1/cross-references?format=ndjson"
    whole = d.get(path).body
    check(len(whole) > 50000, "a large answer to export: %d bytes" % len(whole))
    socks = []
    for _ in range(4):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
        s.settimeout(20)
        s.connect(("127.0.0.1", d.port))
        s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path).encode())
        socks.append(s)
    first = [s.recv(1024) for s in socks]
    for f in first:
        check(f.startswith(b"HTTP/1.1 200"), "the exports started: %r" % f[:40])
    d.proc.send_signal(signal.SIGTERM)
    m = d.wait_log(r"SIGTERM: stopping; finishing (\d+) requests in flight")
    check(int(m.group(1)) > 0, "requests were in flight at SIGTERM")
    time.sleep(0.3)
    r = None
    try:
        r = d.get("/healthz", timeout=2)
    except OSError:
        pass
    check(r is None, "a new connection was accepted while stopping: %r" % r)
    for s, f in zip(socks, first):
        data, deadline = f, time.monotonic() + 20
        while time.monotonic() < deadline:
            chunk = s.recv(1024)
            if not chunk:
                break
            data += chunk
            time.sleep(0.002)
        s.close()
        head, _, body = data.partition(b"\r\n\r\n")
        check(b"transfer-encoding: chunked" in head.lower(), "a streamed answer: %r" % head[:300])
        decoded, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            n = int(size_line.split(b";")[0], 16)
            if n == 0:
                break
            decoded += rest[:n]
            rest = rest[n + 2:]
        eq(len(decoded), len(whole), "bytes of an export finished during shutdown")
        check(decoded == whole, "an export finished during shutdown is whole")
    eq(d.proc.wait(20), 0, "exit status after SIGTERM")
    d.wait_log(r"stopped")


# ---------------------------------------------------------------- configuration

def test_config_precedence_file_env_flag(ctx):
    conf = ctx.path("pressroomd.conf")
    with open(conf, "w") as f:
        f.write("# sample\nmax_age = 1\ntimeout = 5\nthreads = 3\ncors_origin = https://a.example\n")
    env = {"PRESSROOM_MAX_AGE": "2", "PRESSROOM_TIMEOUT": "6"}
    r = ctx.run("serve", "--config", conf, "--set", "max_age=3", "--check-config", env=env)
    eq(r.returncode, 0, "exit status (%s)" % r.err)
    lines = dict(re.findall(r"^(\w+) = (.*)$", r.out, re.M))
    eq(lines["max_age"], "3\t# command line", "flag beats environment and file")
    eq(lines["timeout"], "6\t# environment PRESSROOM_TIMEOUT", "environment beats file")
    eq(lines["threads"], "3\t# %s:4" % conf, "file beats default")
    eq(lines["listen"], "127.0.0.1:8080\t# default", "default")
    eq(lines["shutdown_timeout"], "10\t# default", "shutdown_timeout default")
    r = ctx.run("serve", "--check-config", env={"PRESSROOM_CONFIG": conf, "PRESSROOM_LOG_LEVEL": "debug"})
    eq(r.returncode, 0, "exit status with PRESSROOM_CONFIG")
    check(re.search(r"^threads = 3\t# %s:4$" % re.escape(conf), r.out, re.M), r.out)
    check(re.search(r"^log_level = debug\t# environment PRESSROOM_LOG_LEVEL$", r.out, re.M), r.out)
    r = ctx.run("serve", "--listen", "127.0.0.1:9,[::1]:9", "--check-config")
    check(re.search(r"^listen = 127\.0\.0\.1:9,\[::1\]:9\t# command line$", r.out, re.M), r.out)


def test_bad_config_is_refused_naming_file_and_line(ctx):
    cases = [
        ("listen = 127.0.0.1:8080\nbogus = 1\n", r":2: unknown setting \"bogus\""),
        ("threads = many\n", r":1: threads must be a whole number"),
        ("listen = ::1:8080\n", r":1: listen must be ADDR:PORT"),
        ("listen = 127.0.0.1:99999\n", r":1: listen must be ADDR:PORT"),
        ("cors_origin = example.org\n", r":1: cors_origin must be \*"),
        ("access_log = maybe\n", r":1: access_log must be yes or no"),
        ("just words\n", r":1: expected \"key = value\""),
    ]
    for text, want in cases:
        conf = ctx.path("bad.conf")
        with open(conf, "w") as f:
            f.write(text)
        for extra in ([], ["--check-config"]):
            r = ctx.run("serve", "--config", conf, *extra, timeout=20)
            check(r.returncode != 0, "%r %s: exit status 0" % (text, extra))
            check(re.search(re.escape(conf) + want, r.err), "%r: stderr %r lacks %r" % (text, r.err, want))
    r = ctx.run("serve", "--config", ctx.path("missing.conf"), "--check-config")
    check(r.returncode != 0 and "No such file" in r.err, "a missing --config file: %r" % r.err)
    r = ctx.run("serve", "--check-config", env={"PRESSROOM_THREADS": "-1"})
    check(r.returncode != 0 and "environment PRESSROOM_THREADS" in r.err, r.err)


def test_help_documents_every_setting(ctx):
    r = ctx.run("--help")
    eq(r.returncode, 0, "exit status")
    for key in ("listen", "db", "threads", "max_connections", "timeout", "shutdown_timeout", "cors_origin",
                "max_age", "access_log", "log_level"):
        check(re.search(r"^  %s +\S" % key, r.out, re.M), "--help lacks %s" % key)
        check("PRESSROOM_%s" % key.upper() in r.out, "--help lacks PRESSROOM_%s" % key.upper())
    check("SIGHUP" in r.out and "/etc/pressroom/pressroomd.conf" in r.out, "--help: signals and config file")


def test_two_listen_addresses_and_ipv6(ctx):
    port = prtest.free_port()
    try:
        s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        s6.bind(("::1", port))
        s6.close()
        have_v6 = True
    except OSError:
        have_v6 = False
    listen = "127.0.0.1:%d" % port + (",[::1]:%d" % port if have_v6 else "")
    d = ctx.serve(db=ctx.db_full(), listen=listen, wait=False)
    d.port = port
    d.wait_up()
    eq(d.get("/v1").status, 200, "IPv4")
    if have_v6:
        conn = http.client.HTTPConnection("::1", port, timeout=10)
        conn.request("GET", "/v1")
        eq(conn.getresponse().status, 200, "IPv6")
        conn.close()
    else:
        print("  (no IPv6 loopback here: IPv4 only)")
    eq(d.stop(), 0, "exit status")


# ---------------------------------------------------------------- logs, headers

def test_journald_priority_prefixes(ctx):
    log = ctx.path("journal.log")
    with open(log, "wb") as f:
        st = os.fstat(f.fileno())
        env = {"JOURNAL_STREAM": "%d:%d" % (st.st_dev, st.st_ino)}
        port = prtest.free_port()
        r = subprocess.Popen([ctx.binary, "serve", "--config", ctx.empty_conf, "--db", ctx.db_full(),
                              "--listen", "127.0.0.1:%d" % port, "--set", "log_level=debug"],
                             stdout=f, stderr=f, env=dict(os.environ, **env))
        try:
            wait_for(lambda: b"serving on" in open(log, "rb").read(), what="start")
            http.client.HTTPConnection("127.0.0.1", port, timeout=5).request("GET", "/nowhere")
            wait_for(lambda: b"/nowhere" in open(log, "rb").read(), what="access log")
        finally:
            r.send_signal(signal.SIGTERM)
            eq(r.wait(20), 0, "exit status")
    lines = open(log, "rb").read().decode().splitlines()
    check(lines, "no log lines")
    for line in lines:
        check(re.match(r"^<[3467]>", line), "a line without a priority prefix: %r" % line)
        check(not line[3:].startswith("pressroomd:"), "the journal adds the name itself: %r" % line)
    check(any(line.startswith("<6>GET /nowhere 404 ") for line in lines), "access log at info: %r" % lines)
    # a JOURNAL_STREAM that is not stderr (inherited by a child) means plain lines
    r = ctx.run("serve", "--config", ctx.empty_conf, "--db", ctx.path("none.db"),
                env={"JOURNAL_STREAM": "1:1"})
    check(r.err.startswith("pressroomd: "), "plain lines when stderr is not the journal: %r" % r.err)


def test_access_log_lines_and_switch(ctx):
    d = ctx.serve(db=ctx.db_full())
    r = d.get("/v1/documents?limit=1", headers={"X-Request-Id": "trace-42"})
    eq(r.header("x-request-id"), "trace-42", "a sane X-Request-Id is kept")
    other = d.get("/v1").header("x-request-id")
    check(re.match(r"^[0-9a-f]{16}$", other or ""), "a fresh request id: %r" % other)
    m = d.wait_log(r"pressroomd: GET /v1/documents\?limit=1 200 (\d+) (\d+)us trace-42\n")
    eq(int(m.group(1)), len(r.body), "bytes in the access log")
    d.wait_log(r"GET /v1 200 \d+ \d+us %s\n" % other)
    eq(d.stop(), 0, "exit status")
    d = ctx.serve(db=ctx.db_full(), env={"PRESSROOM_ACCESS_LOG": "no"})
    for _ in range(3):
        eq(d.get("/v1").status, 200, "/v1")
    eq(d.stop(), 0, "exit status")
    check("GET /" not in d.text(), "access_log = no still logs requests: %r" % d.text()[-500:])


def test_cors_allow_list(ctx):
    d = ctx.serve(db=ctx.db_full(), args=["--set", "cors_origin=https://a.example, https://b.example:8443"])
    for origin in ("https://a.example", "https://b.example:8443"):
        r = d.get("/v1", headers={"Origin": origin})
        eq(r.header("access-control-allow-origin"), origin, "allowed origin echoed")
        check("origin" in (r.header("vary") or "").lower(), "Vary: Origin")
        p = d.request("OPTIONS", "/v1/documents", headers={"Origin": origin,
                                                           "Access-Control-Request-Method": "GET"})
        eq(p.header("access-control-allow-origin"), origin, "preflight echoes an allowed origin")
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "https://a.example.evil"}, {}):
        r = d.get("/v1", headers=headers)
        eq(r.status, 200, "status")
        eq(r.header("access-control-allow-origin"), None, "no Allow-Origin for %r" % headers)
    eq(d.stop(), 0, "exit status")
    d = ctx.serve(db=ctx.db_full())
    eq(d.get("/v1", headers={"Origin": "https://x.example"}).header("access-control-allow-origin"), "*",
       "the default is *")
    eq(d.stop(), 0, "exit status")


# ---------------------------------------------------------------- metrics

METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
LABEL = r'[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*"'
SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(%s(?:,%s)*,?)?\})? (\S+)(?: (-?\d+))?$" % (LABEL, LABEL))


def check_exposition(text):
    """Checks Prometheus text format 0.0.4 line by line; returns {name: [(labels, value)]}."""
    check(text.endswith("\n"), "the exposition ends with a newline")
    helped, typed, samples, seen_families = set(), {}, {}, []
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if line.startswith("# HELP ") or line.startswith("# TYPE "):
            parts = line.split(" ", 3)
            check(len(parts) == 4 and METRIC_NAME.match(parts[2]), "line %d: %r" % (n, line))
            if parts[1] == "HELP":
                check(parts[2] not in helped, "line %d: a second HELP for %s" % (n, parts[2]))
                helped.add(parts[2])
            else:
                check(parts[3] in ("counter", "gauge", "histogram", "summary", "untyped"), "line %d" % n)
                check(parts[2] not in typed, "line %d: a second TYPE for %s" % (n, parts[2]))
                check(parts[2] not in samples, "line %d: TYPE after samples of %s" % (n, parts[2]))
                typed[parts[2]] = parts[3]
                seen_families.append(parts[2])
            continue
        check(not line.startswith("#") or line.startswith("# "), "line %d: %r" % (n, line))
        if line.startswith("#"):
            continue
        check(line != "", "line %d: an empty line" % n)
        m = SAMPLE.match(line)
        check(m, "line %d: not a sample: %r" % (n, line))
        value = m.group(3)
        check(re.match(r"^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+|Inf|NaN)$", value), "line %d: value %r" % (n, value))
        name = m.group(1)
        family = name
        if name not in typed:
            family = re.sub(r"_(bucket|sum|count)$", "", name)
        check(family in typed, "line %d: %s has no TYPE before it" % (n, name))
        check(family == seen_families[-1], "line %d: %s is not next to its family" % (n, name))
        if typed[family] == "counter":
            check(name.endswith("_total"), "line %d: counter %s lacks _total" % (n, name))
        labels = dict(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', m.group(2) or ""))
        samples.setdefault(name, []).append((labels, float(value)))
    for fam, t in typed.items():
        if t != "histogram":
            continue
        buckets = samples.get(fam + "_bucket", [])
        check(buckets and buckets[-1][0].get("le") == "+Inf", "%s: the last bucket is +Inf" % fam)
        les = [float(b[0]["le"]) for b in buckets]
        check(les == sorted(les), "%s: buckets in order" % fam)
        counts = [b[1] for b in buckets]
        check(counts == sorted(counts), "%s: buckets are cumulative: %r" % (fam, counts))
        eq(samples[fam + "_count"][0][1], counts[-1], "%s_count equals the +Inf bucket" % fam)
        check(fam + "_sum" in samples, "%s_sum" % fam)
    return samples


def test_metrics_exposition_format(ctx):
    d = ctx.serve(db=ctx.db_full())
    for p in ("/v1", "/v1/documents", "/v1/documents/nope", "/nowhere"):
        d.get(p)
    d.hup()
    d.wait_log(r"reloaded: generation 2")
    r = d.get("/metrics")
    eq(r.status, 200, "status")
    eq(r.header("content-type"), "text/plain; version=0.0.4; charset=utf-8", "Content-Type")
    text = r.body.decode()
    samples = check_exposition(text)
    for name in ("pressroom_http_requests_total", "pressroom_http_request_duration_seconds_bucket",
                 "pressroom_http_requests_in_flight", "pressroom_db_generation",
                 "pressroom_db_loaded_timestamp_seconds", "pressroom_db_load_duration_seconds",
                 "pressroom_uptime_seconds", "pressroom_build_info", "pressroom_reloads_total",
                 "pressroom_sqlite_memory_bytes", "pressroom_sqlite_memory_highwater_bytes"):
        check(name in samples, "no %s" % name)
    used = samples["pressroom_sqlite_memory_bytes"][0][1]
    high = samples["pressroom_sqlite_memory_highwater_bytes"][0][1]
    check(0 < used <= high, "SQLite memory %r within its high-water mark %r" % (used, high))
    eq(samples["pressroom_db_generation"][0][1], 2.0, "generation after one reload")
    routes = {(l["route"], l["status"]) for l, _ in samples["pressroom_http_requests_total"]}
    check(("/v1/documents/{id}", "404") in routes and ("unmatched", "404") in routes and ("/v1", "200") in routes,
          "requests by route and status: %r" % routes)
    eq(samples["pressroom_http_requests_in_flight"][0][1], 1.0, "in flight: this request")
    check(abs(samples["pressroom_db_loaded_timestamp_seconds"][0][1] - time.time()) < 600, "load time")
    try:
        from prometheus_client.parser import text_string_to_metric_families
    except ImportError:
        print("  (python3-prometheus-client missing: line-by-line check only)")
    else:
        fams = {f.name: f for f in text_string_to_metric_families(text)}
        check("pressroom_http_request_duration_seconds" in fams and
              fams["pressroom_http_request_duration_seconds"].type == "histogram", "parsed histogram")
        check("pressroom_http_requests" in fams, "parsed counter: %r" % sorted(fams))
    eq(d.stop(), 0, "exit status")


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 240, ctx.close)


if __name__ == "__main__":
    sys.exit(main())
