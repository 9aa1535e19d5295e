#!/usr/bin/python3
"""Bad input over HTTP: every query parameter openapi.yaml declares, given
every kind of bad value; oversized request lines and headers; path traversal;
methods the API does not allow.

    test_bad_input.py PRESSROOMD DATA_DIR OPENAPI_YAML

The operations and their parameters come from openapi.yaml, so a parameter
added there is covered here without a change.  What each value class must
give depends on the parameter's schema:

  class          integer, enum, array,   id (pattern)   free text: q       free text: other
                 date, cursor                                             (category)
  empty          400                     400            400 (minLength 1)  either
  16 KiB         400                     either         either             either
  negative "-5"  400                     400            either             either
  non-numeric    400                     2xx            2xx                2xx
  non-UTF-8      400                     400            400                400
  '"'            400                     400            400                either
  '*'            400                     400            either             either
  'NEAR('        400                     400            400                either
  "'; DROP ..."  400                     400            either             either
  repeated       400 for every parameter
  unknown name   400 on every operation

where 2xx means a well-formed answer (JSON where the type says so), either
one or the other, and 400 an application/problem+json problem whose
invalid_params (or detail) names the parameter.  Never a 5xx, never a dropped
connection.
"""
import http.client
import os
import re
import socket
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
import test_api  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402

BIG = 16 * 1024
METHODS_ALLOWED = {"GET", "HEAD", "OPTIONS"}
METHODS_OTHER = ("POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "FOO")
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"


class Ctx(test_api.Ctx):
    """test_api's (the spec, $ref, a dead server caught), with raw requests."""

    def __init__(self, binary, data_dir, spec_path):
        super().__init__(binary, data_dir, spec_path)
        self.ids = {}

    def operations(self):
        """(template, [query parameter objects], [path parameter names]) per GET."""
        out = []
        for tmpl, item in self.spec["paths"].items():
            if "get" not in item:
                continue
            params = [self.deref(p) for p in item.get("parameters", []) + item["get"].get("parameters", [])]
            out.append((tmpl, [p for p in params if p["in"] == "query"],
                        [p["name"] for p in params if p["in"] == "path"]))
        return out

    def raw(self, data, timeout=10):
        """Sends raw bytes on a fresh connection; returns (status, headers dict, body)
        or raises Failure if the connection is dropped without an answer."""
        s = socket.create_connection(("127.0.0.1", self.server.port), timeout=timeout)
        try:
            s.sendall(data)
            chunks = []
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    b = s.recv(65536)
                except ConnectionResetError:
                    break
                if not b:
                    break
                chunks.append(b)
                if b"\r\n\r\n" in b"".join(chunks) and s.gettimeout():
                    s.settimeout(0.5)
        except (socket.timeout, TimeoutError):
            pass
        finally:
            s.close()
        resp = b"".join(chunks)
        if not resp:
            raise Failure("%r...: the connection closed without an answer" % data[:60])
        head, _, body = resp.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        m = re.match(rb"HTTP/1\.[01] (\d{3})", lines[0])
        check(m, "%r...: not an HTTP answer: %r" % (data[:60], lines[0][:80]))
        headers = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(b":")
            headers[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
        return int(m.group(1)), headers, body

    def request(self, method, target, headers=None):
        """One request with the target sent byte for byte as given."""
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            conn.putrequest(method, target, skip_accept_encoding=True)
            for k, v in (headers or {}).items():
                conn.putheader(k, v)
            conn.endheaders()
            r = conn.getresponse()
            return prtest.Response(r.status, r.reason, r.getheaders(), r.read())
        except (http.client.RemoteDisconnected, ConnectionError) as e:
            raise Failure("%s %s: the connection dropped (%s)" % (method, target[:120], e))
        finally:
            conn.close()

    def some_id(self, tmpl):
        """A real id for a path template's {id}, from the collection above it."""
        coll = tmpl.split("/{")[0]
        if coll not in self.ids:
            r = self.request("GET", coll + "?limit=1")
            eq(r.status, 200, "GET %s?limit=1" % coll)
            data = prtest.json.loads(r.body)["data"]
            check(data, "%s is empty: nothing to test its items with" % coll)
            self.ids[coll] = data[0]["id"]
        return self.ids[coll]

    def concrete(self, tmpl):
        return re.sub(r"\{[^}]+\}", lambda _m: self.some_id(tmpl), tmpl)


def kind_of(ctx, p):
    """The class of a parameter from its schema: integer, enum, array, id,
    cursor, date or text."""
    s = ctx.deref(p.get("schema", {}))
    if s.get("type") == "integer":
        return "integer"
    if s.get("type") == "array":
        return "array"
    if "enum" in s:
        return "enum"
    if s.get("pattern") == ID_PATTERN:
        return "id"
    if s.get("format") == "date" or "pattern" in s:
        return "date"
    if p["name"] == "cursor":
        return "cursor"
    return "text"


# (class, raw query value, outcome per parameter kind).  "400": a problem naming
# the parameter; "ok": a 2xx answer; "either": one or the other.
BAD_VALUES = [
    ("empty", "", {"text": "either"}),
    ("16 KiB", "a" * BIG, {"text": "either", "id": "either"}),
    ("negative", "-5", {"text": "either", "id": "400"}),
    ("non-numeric", "abc", {"text": "ok", "id": "ok"}),
    ("non-UTF-8", "%FF%FE", {}),
    ("double quote", "%22", {"text": "either"}),
    ("star", "*", {"text": "either"}),
    ("NEAR(", "NEAR(", {"text": "either"}),
    ("SQL", urllib.parse.quote("'; DROP TABLE documents;--"), {"text": "either"}),
]
# q is searched with FTS5: an empty or unbalanced query is an error of the
# client's, never of the server's.
Q_OUTCOME = {"empty": "400", "double quote": "400", "NEAR(": "400"}


def valid_value(ctx, p):
    """A value the schema of p allows (for required parameters beside the one tested)."""
    s = ctx.deref(p.get("schema", {}))
    if "enum" in s:
        return s["enum"][0]
    if s.get("type") == "integer":
        return str(s.get("minimum", 1))
    return "x"


def expected(cls, kind, p):
    for name, _v, by_kind in BAD_VALUES:
        if name == cls:
            want = by_kind.get(kind, "400")
            if kind == "text" and p["name"] == "q" and cls in Q_OUTCOME:
                want = Q_OUTCOME[cls]
            if kind == "text" and cls == "empty" and ctx_min_length(p):
                want = "400"
            return want
    raise KeyError(cls)


def ctx_min_length(p):
    return (p.get("schema") or {}).get("minLength", 0) > 0


def judge(ctx, target, r, want, name):
    """Checks r against the wanted outcome; returns an error text or None."""
    where = "GET %s -> %d" % (target[:100] + ("..." if len(target) > 100 else ""), r.status)
    if r.status >= 500:
        return "%s: a server error (%r)" % (where, r.body[:200])
    if r.status == 400:
        if want == "ok":
            return "%s: refused a valid value (%r)" % (where, r.body[:200])
        if r.content_type != "application/problem+json":
            return "%s: Content-Type %r, not a problem" % (where, r.content_type)
        try:
            p = prtest.json.loads(r.body)
        except ValueError:
            return "%s: the problem is not JSON" % where
        names = [x.get("name") for x in p.get("invalid_params", [])]
        named = name in names or re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(name),
                                               p.get("detail") or "")
        if p.get("status") != 400 or not named:
            return "%s: the problem does not name %r: %r" % (where, name, r.body[:200])
        return None
    if 200 <= r.status < 300:
        if want == "400":
            return "%s: accepted a bad value" % where
        if r.content_type in ("application/json", "application/feed+json", "application/problem+json"):
            try:
                prtest.json.loads(r.body)
            except ValueError:
                return "%s: the body is not JSON" % where
        return None
    return "%s: neither 400 nor 2xx (%r)" % (where, r.body[:200])


# ---------------------------------------------------------------- query parameters

def test_every_parameter_every_bad_value(ctx):
    failures, sent = [], 0
    started = time.monotonic()
    for tmpl, params, _path in ctx.operations():
        path = ctx.concrete(tmpl)
        for p in params:
            kind = kind_of(ctx, p)
            # the other required parameters get a valid value
            base = path + "?" + "".join("%s=%s&" % (o["name"], valid_value(ctx, o))
                                        for o in params if o.get("required") and o is not p)
            for cls, value, _k in BAD_VALUES:
                want = expected(cls, kind, p)
                target = "%s%s=%s" % (base, p["name"], value)
                try:
                    r = ctx.request("GET", target)
                except Failure as e:
                    failures.append(str(e))
                    continue
                sent += 1
                err = judge(ctx, target, r, want, p["name"])
                if err:
                    failures.append("%s [%s, %s: want %s]" % (err, p["name"], cls, want))
            # repeated: two values, each valid alone, are still ambiguous
            target = "%s%s=%s&%s=%s" % (base, p["name"], "1", p["name"], "2")
            r = ctx.request("GET", target)
            sent += 1
            err = judge(ctx, target, r, "400", p["name"])
            if err:
                failures.append(err + " [repeated]")
        # an unknown parameter, on every operation
        target = path + "?" + "".join("%s=%s&" % (o["name"], valid_value(ctx, o))
                                      for o in params if o.get("required")) + "no_such_parameter=1"
        r = ctx.request("GET", target)
        sent += 1
        err = judge(ctx, target, r, "400", "no_such_parameter")
        if err:
            failures.append(err + " [unknown]")
    print("# %d requests in %.1f s" % (sent, time.monotonic() - started))
    check(not failures, "%d failures:\n  %s" % (len(failures), "\n  ".join(failures[:60])))


# ---------------------------------------------------------------- path parameters

BAD_IDS = ["%22", "*", "NEAR(", urllib.parse.quote("'; DROP TABLE documents;--"), "%FF%FE", "-5", "A" * 200,
           "a" * BIG, "%00", "..", "%2e%2e", "no-such-id-at-all"]


def test_bad_path_ids(ctx):
    """Every path template with an {id}: a bad id is a 400 or 404 problem."""
    failures = []
    for tmpl, _params, path_params in ctx.operations():
        if not path_params:
            continue
        for bad in BAD_IDS:
            target = re.sub(r"\{[^}]+\}", lambda _m: bad, tmpl)
            try:
                r = ctx.request("GET", target)
            except Failure as e:
                failures.append(str(e))
                continue
            if r.status not in (400, 404) or r.content_type != "application/problem+json":
                failures.append("GET %s -> %d %s" % (target[:100], r.status, r.content_type))
                continue
            p = prtest.json.loads(r.body)
            if p.get("status") != r.status:
                failures.append("GET %s: problem.status %r" % (target[:100], p.get("status")))
    check(not failures, "%d failures:\n  %s" % (len(failures), "\n  ".join(failures[:40])))


# ---------------------------------------------------------------- request size limits

def test_request_line_too_long_414(ctx):
    """libmicrohttpd refuses a request line that does not fit its per-connection
    memory (64 KiB) with 414; a line that fits is served."""
    ok, _h, _b = ctx.raw(b"GET /v1/documents?q=" + b"a" * 16000 + b" HTTP/1.1\r\nHost: x\r\n"
                         b"Connection: close\r\n\r\n")
    eq(ok, 200, "a 16 KB request line")
    for n in (70 * 1024, 1024 * 1024):
        st, _h, _b = ctx.raw(b"GET /v1/documents?q=" + b"a" * n + b" HTTP/1.1\r\nHost: x\r\n"
                             b"Connection: close\r\n\r\n")
        eq(st, 414, "a request line of %d bytes" % n)
    eq(ctx.request("GET", "/healthz").status, 200, "healthz after oversized request lines")


def test_headers_too_large_431(ctx):
    for what, data in (
            ("one 70 KiB header", b"GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (70 * 1024)
             + b"\r\nConnection: close\r\n\r\n"),
            ("4,000 headers", b"GET /v1 HTTP/1.1\r\nHost: x\r\n"
             + b"".join(b"X-H%d: aaaaaaaaaaaaaaaaaaaa\r\n" % i for i in range(4000))
             + b"Connection: close\r\n\r\n")):
        st, _h, _b = ctx.raw(data)
        eq(st, 431, what)
    st, _h, _b = ctx.raw(b"GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 8000
                         + b"\r\nConnection: close\r\n\r\n")
    eq(st, 200, "an 8 KB header")
    eq(ctx.request("GET", "/healthz").status, 200, "healthz after oversized headers")


# ---------------------------------------------------------------- path traversal

TRAVERSAL = ["/v1/../etc/passwd", "/../../etc/passwd", "/%2e%2e/", "/%2e%2e/%2e%2e/etc/passwd",
             "/v1/%2e%2e/%2e%2e/etc/passwd", "/v1/documents/..%2F..%2Fetc", "/v1/documents/..%2f..%2fetc%2fpasswd",
             "/v1%2Fdocuments", "/v1%2fdocuments", "/v1/documents%2F", "/v1/./documents", "//v1/documents",
             "/v1/documents/%2e%2e", "/v1/documents/..", "/v1/documents/%00", "/v1/documents/x%2Fquotes",
             "/openapi.yaml/..", "/v1/%5c..%5c..%5cetc%5cpasswd"]


def test_path_traversal_404(ctx):
    failures = []
    for target in TRAVERSAL:
        try:
            st, h, body = ctx.raw(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                   % target).encode())
        except Failure as e:
            failures.append(str(e))
            continue
        ctype = h.get("content-type", "").split(";")[0]
        if st != 404 or ctype != "application/problem+json":
            failures.append("%s -> %d %s" % (target, st, ctype))
        elif b"root:" in body:
            failures.append("%s: a file of the system in the body" % target)
    check(not failures, "; ".join(failures))


# ---------------------------------------------------------------- methods

def test_other_methods_405_everywhere(ctx):
    """Every path of openapi.yaml, every method but GET, HEAD and OPTIONS."""
    failures = []
    for tmpl, _params, _path in ctx.operations():
        target = ctx.concrete(tmpl)
        for m in METHODS_OTHER:
            data = ("%s %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 2\r\nConnection: close\r\n\r\n{}" % (m, target)).encode()
            try:
                st, h, body = ctx.raw(data)
            except Failure as e:
                failures.append(str(e))
                continue
            allow = {x.strip().upper() for x in h.get("allow", "").split(",") if x.strip()}
            if st != 405:
                failures.append("%s %s -> %d" % (m, target[:80], st))
            elif allow != METHODS_ALLOWED:
                failures.append("%s %s: Allow %r" % (m, target[:80], h.get("allow")))
            elif h.get("content-type", "").split(";")[0] != "application/problem+json":
                failures.append("%s %s: Content-Type %r" % (m, target[:80], h.get("content-type")))
    check(not failures, "%d failures: %s" % (len(failures), "; ".join(failures[:30])))


def test_still_serving(ctx):
    eq(ctx.request("GET", "/healthz").status, 200, "healthz at the end")


def main():
    binary, data_dir, spec_path = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir, spec_path)
    try:
        ctx.server = prtest.Server(binary, data_dir, extra_args=["--set", "access_log=no"])
    except Exception as e:
        print("FAIL setup: %s" % e)
        return prtest.finish(0, 1)
    try:
        passed, failed = prtest.run_tests(globals(), ctx, time_budget=50)
    finally:
        ctx.server.cleanup()
    return prtest.finish(passed, failed)


if __name__ == "__main__":
    sys.exit(main())
