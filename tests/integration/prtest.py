"""A small harness for pressroomd's integration tests.

Finds the binary, loads a corpus into a temporary database, serves it on a free
loopback port, talks HTTP to it and runs `test_*` functions, printing one line
per test and a closing "N passed, M failed".  Standard library only.
"""
import atexit
import http.client
import inspect
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))


class Failure(Exception):
    """A check that did not hold."""


def check(cond, msg="check failed"):
    """Fails the running test with msg unless cond holds."""
    if not cond:
        raise Failure(msg)


def eq(got, want, what="value"):
    """Fails unless got == want."""
    if got != want:
        raise Failure("%s: got %r, want %r" % (what, got, want))


def parse_args(argv):
    """Returns (pressroomd, data_dir, openapi_path) from argv or the environment."""
    args = argv[1:]
    binary = args[0] if len(args) > 0 else os.environ.get("PRESSROOMD")
    data = args[1] if len(args) > 1 else os.environ.get("PRESSROOM_DATA_DIR",
                                                       os.path.join(SOURCE_ROOT, "data"))
    spec = args[2] if len(args) > 2 else os.environ.get("PRESSROOM_OPENAPI",
                                                        os.path.join(SOURCE_ROOT, "openapi.yaml"))
    if not binary:
        for cand in ("build/pressroomd", "build-test/pressroomd"):
            p = os.path.join(SOURCE_ROOT, cand)
            if os.access(p, os.X_OK):
                binary = p
                break
    if not binary or not os.access(binary, os.X_OK):
        sys.stderr.write("usage: %s PRESSROOMD [DATA_DIR [OPENAPI_YAML]] "
                         "(or set PRESSROOMD)\n" % argv[0])
        sys.exit(2)
    binary = os.path.abspath(binary)
    wrapper = os.environ.get("PRESSROOM_TEST_WRAPPER")
    if wrapper:
        binary = wrapped(wrapper, binary)
    return binary, os.path.abspath(data), os.path.abspath(spec)


def wrapped(wrapper, binary):
    """A script that runs binary under wrapper (a command line, e.g. valgrind
    and its options), so that every pressroomd a test starts runs under it.
    %LOG in the wrapper becomes a file per process; whatever those files hold
    when the test ends (memcheck's errors) is printed and fails the test."""
    d = tempfile.mkdtemp(prefix="pressroom-wrap-")
    atexit.register(wrapper_verdict, d)
    path = os.path.join(d, "pressroomd")
    words = [w.replace("%LOG", os.path.join(d, "log.%p")) for w in shlex.split(wrapper)]
    with open(path, "w") as f:
        f.write("#!/bin/sh\nexec %s %s \"$@\"\n"
                % (" ".join(shlex.quote(w) for w in words), shlex.quote(binary)))
    os.chmod(path, 0o755)
    return path


def wrapper_verdict(d):
    """At exit: prints what the wrapper logged and fails the run if anything."""
    found = []
    for name in sorted(os.listdir(d)):
        if name.startswith("log."):
            with open(os.path.join(d, name), errors="replace") as f:
                text = f.read()
            if text.strip():
                found.append("%s:\n%s" % (name, text[-6000:]))
    shutil.rmtree(d, True)
    if found:
        sys.stdout.write("FAIL the wrapper reported (%d processes):\n%s\n"
                         % (len(found), "\n".join(found)))
        sys.stdout.write("0 passed, 1 failed\n")
        sys.stdout.flush()
        os._exit(1)


def run(binary, *args, timeout=60, input_bytes=None):
    """Runs pressroomd with args; returns CompletedProcess with text stdout/stderr."""
    return subprocess.run([binary] + list(args), input=input_bytes, capture_output=True,
                          timeout=timeout)


def free_port():
    """Returns a loopback TCP port that was free a moment ago."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


class Response:
    """An HTTP answer: status, headers (case-insensitive lookup), body bytes."""

    def __init__(self, status, reason, headers, body):
        self.status = status
        self.reason = reason
        self.header_list = headers
        self.headers = {}
        for k, v in headers:
            k = k.lower()
            self.headers[k] = self.headers[k] + ", " + v if k in self.headers else v
        self.body = body

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)

    @property
    def content_type(self):
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise Failure("body is not JSON (%s): %r" % (e, self.body[:200]))

    def __repr__(self):
        return "<%d %s %r>" % (self.status, self.content_type, self.body[:120])


def request(port, method, path, headers=None, body=None, timeout=30):
    """Sends one request to the server on a loopback port, on a fresh
    connection; returns a Response."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return Response(r.status, r.reason, r.getheaders(), r.read())
    finally:
        conn.close()


def wait_up(proc, port, log_text, timeout=30):
    """Waits until the pressroomd proc serving on port answers /healthz
    with 200; a Failure quoting the end of log_text() if it exits first or
    does not come up in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Failure("pressroomd exited %s at start: %s" % (proc.returncode, log_text()[-800:]))
        try:
            if request(port, "GET", "/healthz", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise Failure("pressroomd did not come up: %s" % log_text()[-800:])


class Server:
    """A pressroomd serving a database built from a data directory."""

    def __init__(self, binary, data_dir, extra_args=(), startup_timeout=30):
        self.binary = binary
        self.tmp = tempfile.mkdtemp(prefix="pressroom-it-")
        self.db = os.path.join(self.tmp, "x.db")
        self.port = None
        self.proc = None
        self.log_path = os.path.join(self.tmp, "server.log")
        r = run(binary, "load", "--db", self.db, data_dir, timeout=120)
        if r.returncode != 0:
            raise RuntimeError("pressroomd load failed (%d): %s" %
                               (r.returncode, r.stderr.decode("utf-8", "replace")))
        self.start(extra_args, startup_timeout)

    def start(self, extra_args=(), startup_timeout=30):
        """Starts serve on a free port and waits until /healthz answers 200."""
        last = None
        for _attempt in range(3):
            self.port = free_port()
            self.log = open(self.log_path, "ab")
            self.proc = subprocess.Popen(
                [self.binary, "serve", "--db", self.db, "--listen", "127.0.0.1:%d" % self.port]
                + list(extra_args), stdout=self.log, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    r = self.request("GET", "/healthz", timeout=2)
                    if r.status == 200:
                        return
                    last = "healthz answered %d" % r.status
                except OSError as e:
                    last = str(e)
                time.sleep(0.1)
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(10)
            self.log.close()
        raise RuntimeError("pressroomd serve did not come up (%s); log:\n%s" % (last, self.log_text()))

    def revive(self):
        """If the server died, restarts it and returns how it ended, else None."""
        if self.proc is None or self.proc.poll() is None:
            return None
        rc = self.proc.returncode
        self.log.close()
        self.proc = None
        self.start()
        return rc

    def log_text(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")[-4000:]
        except OSError:
            return ""

    def request(self, method, path, headers=None, body=None, timeout=30):
        """Sends one request on a fresh connection; returns a Response."""
        return request(self.port, method, path, headers, body, timeout)

    def get(self, path, headers=None):
        return self.request("GET", path, headers)

    def stop(self, timeout=15):
        """Sends SIGTERM and returns the exit status (None if it had to be killed)."""
        if self.proc is None:
            return 0
        rc = self.proc.poll()
        if rc is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                rc = self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
                rc = None
        self.log.close()
        self.proc = None
        return rc

    def cleanup(self):
        if self.proc is not None:
            self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


def terminate(proc, timeout=20):
    """SIGTERM to proc, SIGKILL if it is still there after timeout seconds;
    returns its exit status."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    return proc.returncode


def run_tests(module_globals, context, time_budget=280):
    """Runs every test_* function of a module (in file order) with context.

    Prints `ok NAME` or `FAIL NAME: reason` per test and closes with
    `N passed, M failed`; returns the exit status (1 if anything failed).
    """
    tests = [(name, fn) for name, fn in module_globals.items()
             if name.startswith("test_") and callable(fn)]
    tests.sort(key=lambda t: inspect.getsourcelines(t[1])[1])
    only = os.environ.get("PRTEST_ONLY")
    passed = failed = 0
    started = time.monotonic()
    for name, fn in tests:
        if only and only not in name:
            continue
        if time.monotonic() - started > time_budget:
            print("FAIL %s: not run, the time budget (%ds) is spent" % (name, time_budget))
            failed += 1
            continue
        try:
            try:
                fn(context)
            finally:
                after = getattr(context, "after_test", None)
                if after:
                    after()
        except Failure as e:
            print("FAIL %s: %s" % (name, e))
            failed += 1
        except Exception as e:  # a crash in a test is a failure too
            tb = traceback.extract_tb(e.__traceback__)
            where = "%s:%d" % (os.path.basename(tb[-1].filename), tb[-1].lineno) if tb else "?"
            print("FAIL %s: %s: %s (at %s)" % (name, type(e).__name__, e, where))
            failed += 1
        else:
            print("ok %s" % name)
            passed += 1
        sys.stdout.flush()
    return passed, failed


def finish(passed, failed):
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def main(module_globals, context, time_budget, cleanup):
    """Runs the module's tests (run_tests), then cleanup() however they
    end; prints the closing line and returns the exit status (finish)."""
    try:
        passed, failed = run_tests(module_globals, context, time_budget)
    finally:
        cleanup()
    return finish(passed, failed)
