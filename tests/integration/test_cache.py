#!/usr/bin/python3
"""The response cache and early revalidation: what a hit answers, what is
never stored, and when the cache lets go of what it holds.

    test_cache.py PRESSROOMD DATA_DIR [OPENAPI_YAML]

Every server listens on loopback only; every wait and loop is bounded.
"""
import os
import re
import shutil
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
from prtest import check, eq  # noqa: E402

LIST = "/v1/documents?limit=2"


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data_dir = data_dir
        self.server = prtest.Server(binary, data_dir)

    def restart(self):
        self.server.stop()
        self.server.start()

    def counters(self):
        """Returns (hits, misses) of the response cache from /metrics."""
        text = self.server.get("/metrics").body.decode()
        got = {}
        for res in ("hit", "miss"):
            m = re.search(r'^pressroom_cache_requests_total\{result="%s"\} (\d+)$' % res,
                          text, re.M)
            check(m, "pressroom_cache_requests_total{result=%s} in /metrics" % res)
            got[res] = int(m.group(1))
        return got["hit"], got["miss"]


def first_id(ctx):
    return ctx.server.get("/v1/documents?limit=1").json()["data"][0]["id"]


def test_hit_answers_same_body_and_headers(ctx):
    s = ctx.server
    a = s.get(LIST + "&pretty=0")
    h0, m0 = ctx.counters()
    b = s.get(LIST + "&pretty=0")
    h1, m1 = ctx.counters()
    eq(a.status, 200, "first status")
    eq(b.status, 200, "second status")
    eq(b.body, a.body, "body of the hit")
    for name in ("ETag", "Content-Type", "Link", "Cache-Control", "Vary",
                 "Access-Control-Allow-Origin", "Access-Control-Expose-Headers"):
        eq(b.header(name), a.header(name), name + " of the hit")
    check(a.header("X-Request-Id") != b.header("X-Request-Id"), "a request id per answer")
    eq(h1 - h0, 1, "hits counted")
    eq(m1 - m0, 0, "no miss for the second GET")


def test_hit_revalidates_to_304(ctx):
    s = ctx.server
    a = s.get("/v1/documents/" + first_id(ctx))
    h0, _ = ctx.counters()
    r = s.get("/v1/documents/" + first_id(ctx), {"If-None-Match": a.header("ETag")})
    eq(r.status, 304, "status")
    eq(r.body, b"", "no body")
    eq(r.header("ETag"), a.header("ETag"), "ETag on the 304")
    eq(r.header("Cache-Control"), a.header("Cache-Control"), "Cache-Control on the 304")
    check(r.header("Content-Type") is None, "no Content-Type on a 304")
    h1, _ = ctx.counters()
    check(h1 > h0, "the 304 came from the cache")


def test_304_after_restart_same_headers(ctx):
    s = ctx.server
    path = "/v1/documents?limit=3&sort=title"
    item = "/v1/documents/" + first_id(ctx)
    a = s.get(path)
    i = s.get(item)
    b = s.get("/v1")
    a304 = s.get(path, {"If-None-Match": a.header("ETag")})
    ctx.restart()
    h0, m0 = ctx.counters()
    r = s.get(path, {"If-None-Match": 'W/"x", ' + a.header("ETag")})
    eq(r.status, 304, "list revalidated on an empty cache")
    eq(r.header("ETag"), a.header("ETag"), "same ETag as before the restart")
    eq(r.header("Link"), a304.header("Link"), "same Link as a 304 from the cache")
    check(r.header("Link"), "a list's 304 carries Link")
    r = s.get(item, {"If-None-Match": i.header("ETag")})
    eq(r.status, 304, "item revalidated before its handler")
    eq(r.header("ETag"), i.header("ETag"), "item ETag")
    eq(r.header("Cache-Control"), i.header("Cache-Control"), "item Cache-Control")
    r = s.get("/v1", {"If-None-Match": b.header("ETag")})
    eq(r.status, 304, "index revalidated on an empty cache")
    r = s.get(path, {"If-None-Match": '"not-it"'})
    eq(r.status, 200, "a tag that does not match gets the answer")
    eq(r.body, a.body, "same body")
    r = s.get("/v1/documents/no-such-document", {"If-None-Match": "*"})
    eq(r.status, 404, "If-None-Match: * on nothing")
    h1, m1 = ctx.counters()
    eq(h1 - h0, 0, "no hits on an empty cache")
    check(m1 - m0 >= 3, "misses counted")


def test_accept_picks_the_variant(ctx):
    s = ctx.server
    path = "/v1/quotes?limit=2"
    j = s.get(path)
    c = s.get(path, {"Accept": "text/csv"})
    eq(c.status, 200, "CSV status")
    check(c.content_type.startswith("text/csv"), "CSV by Accept: %r" % c.content_type)
    check(c.header("ETag") != j.header("ETag"), "CSV has its own ETag")
    c2 = s.get(path, {"Accept": "text/csv"})
    check(c2.content_type.startswith("text/csv"), "CSV again")
    eq(c2.body, c.body, "same CSV")
    j2 = s.get(path)
    eq(j2.body, j.body, "JSON still JSON")
    check(j2.content_type.startswith("application/json"), "JSON type")
    r = s.get(path, {"Accept": "text/csv", "If-None-Match": c.header("ETag")})
    eq(r.status, 304, "CSV revalidates")


def test_errors_not_stored(ctx):
    s = ctx.server
    h0, _ = ctx.counters()
    for _ in range(2):
        eq(s.get("/v1/documents/no-such-document").status, 404, "404")
        eq(s.get("/v1/documents?limit=0").status, 400, "400")
    h1, _ = ctx.counters()
    eq(h1 - h0, 0, "no hits for errors")


def spooled_bytes(s):
    m = re.search(r"^pressroom_cache_spooled_bytes (\d+)$",
                  s.get("/metrics").body.decode(), re.M)
    check(m, "pressroom_cache_spooled_bytes in /metrics")
    return int(m.group(1))


def test_exports_spooled_once_sent_whole(ctx):
    s = ctx.server
    path = "/v1/quotes?format=csv&sort=id"
    before = spooled_bytes(s)
    r = s.request("HEAD", path)
    eq(r.status, 200, "HEAD of an export")
    eq(spooled_bytes(s), before, "a HEAD spools nothing")
    h0, _ = ctx.counters()
    a = s.get(path)
    eq(a.status, 200, "first export")
    eq(a.header("Content-Length"), None, "the first answer is streamed")
    eq(spooled_bytes(s), before + len(a.body), "the whole export is spooled")
    b = s.get(path)
    h1, _ = ctx.counters()
    eq(h1 - h0, 1, "the second export is a hit")
    eq(b.body, a.body, "same bytes from the spool")
    eq(b.header("Content-Length"), str(len(a.body)), "the spooled answer has a length")
    for name in ("ETag", "Content-Type", "Cache-Control", "Vary",
                 "Access-Control-Allow-Origin"):
        eq(b.header(name), a.header(name), name + " of the spooled answer")
    r = s.get(path, {"If-None-Match": a.header("ETag")})
    eq(r.status, 304, "a spooled export revalidates")
    r = s.request("HEAD", path)
    eq(r.header("Content-Length"), str(len(a.body)), "HEAD from the spool")
    n = s.get(path.replace("csv", "ndjson"))
    check(n.content_type.startswith("application/x-ndjson"), "NDJSON is its own entry")


def test_exports_not_spooled_when_off(ctx):
    s = ctx.server
    s.stop()
    s.start(["--set", "export_cache_size=0"])
    try:
        h0, _ = ctx.counters()
        for _ in range(2):
            eq(s.get("/v1/quotes?format=csv").status, 200, "CSV")
        h1, _ = ctx.counters()
        eq(h1 - h0, 0, "no hits with export_cache_size=0")
        eq(spooled_bytes(s), 0, "nothing spooled")
    finally:
        s.stop()
        s.start()


def test_head_served_but_not_stored(ctx):
    s = ctx.server
    path = "/v1/organizations?limit=4"
    h0, _ = ctx.counters()
    r = s.request("HEAD", path)
    eq(r.status, 200, "HEAD")
    eq(r.body, b"", "no body on HEAD")
    g = s.get(path)
    h1, _ = ctx.counters()
    eq(h1 - h0, 0, "GET after HEAD is a miss")
    r = s.request("HEAD", path)
    eq(r.header("ETag"), g.header("ETag"), "HEAD from the cache")
    eq(r.header("Content-Length"), str(len(g.body)), "Content-Length of HEAD")
    h2, _ = ctx.counters()
    eq(h2 - h1, 1, "HEAD hit")


def test_feeds_keyed_by_host(ctx):
    s = ctx.server
    a = s.get("/v1/feed.json", {"Host": "a.example"})
    b = s.get("/v1/feed.json", {"Host": "b.example"})
    check(b"a.example" in a.body or a.json().get("items") == [], "links on a.example")
    check(b"a.example" not in b.body, "no a.example links for b.example")
    check(a.header("ETag") != b.header("ETag"), "one ETag per Host")


def test_nocache_routes_stay_live(ctx):
    s = ctx.server
    a = s.get("/metrics")
    b = s.get("/metrics")
    check(a.body != b.body, "metrics change between requests")
    eq(b.header("Cache-Control"), "no-store", "metrics not cacheable")


def test_reload_drops_cached_answers(ctx):
    s = ctx.server
    s.get(LIST)
    s.get(LIST)
    h0, m0 = ctx.counters()
    s.proc.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if s.get("/readyz").json().get("generation", 1) >= 2:
            break
        time.sleep(0.05)
    r = s.get(LIST)
    eq(r.status, 200, "status after reload")
    h1, m1 = ctx.counters()
    eq(h1 - h0, 0, "no hit after a reload")
    eq(m1 - m0, 1, "a miss after a reload")


def test_load_into_served_file_changes_etag(ctx):
    s = ctx.server
    a = s.get(LIST)
    s.get(LIST)
    more = os.path.join(s.tmp, "more")
    os.makedirs(more, exist_ok=True)
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev",
                             "101_eviction_filings_report.txt"), more)
    r = prtest.run(ctx.binary, "load", "--db", s.db, more, timeout=120)
    eq(r.returncode, 0, "load into the served file")
    deadline = time.monotonic() + 10
    tag = a.header("ETag")
    while time.monotonic() < deadline:
        tag = s.get(LIST).header("ETag")
        if tag != a.header("ETag"):
            break
        time.sleep(0.1)
    check(tag != a.header("ETag"), "new ETag within seconds of a load")
    r = s.get(LIST, {"If-None-Match": a.header("ETag")})
    eq(r.status, 200, "the old ETag no longer revalidates")


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 240, lambda: ctx.server.cleanup())


if __name__ == "__main__":
    sys.exit(main())
