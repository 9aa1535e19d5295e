#!/usr/bin/python3
"""Bounded queries: search pages, remembered totals, a document's
cross-references as a union, keyset sorts on indexes, streamed exports.

    test_query_cost.py PRESSROOMD DATA_DIR [OPENAPI_YAML]

Each test pins an answer that the cheaper query plans must keep: a page is
the same slice of the whole ranked or sorted set, a total is the size of
that set (also after the database changes under a running server).
"""
import json
import os
import shutil
import signal
import socket
import sqlite3
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
from prtest import check, eq  # noqa: E402


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary, self.data_dir = binary, data_dir
        self.server = prtest.Server(binary, data_dir)

    def json(self, path):
        r = self.server.get(path)
        eq(r.status, 200, "status of " + path)
        return r.json()

    def walk(self, path):
        """Every item of a collection, following links.next from path."""
        items, seen, first = [], 0, path
        while path:
            j = self.json(path)
            items += j["data"]
            path = j["links"]["next"]
            seen += 1
            check(seen < 500, "too many pages from " + first)
        return items


def q(s):
    return urllib.parse.quote(s)


def test_search_pages_are_slices_of_the_whole_ranking(ctx):
    for word in ("secure", "communities", "immigration", "ice"):
        whole = ctx.json("/v1/search?limit=200&q=" + word)
        eq(whole["meta"]["total"], len(whole["data"]), "total of q=%s" % word)
        for limit, offset in ((1, 0), (3, 2), (5, 4)):
            page = ctx.json("/v1/search?q=%s&limit=%d&offset=%d" % (word, limit, offset))
            eq(page["data"], whole["data"][offset:offset + limit],
               "q=%s limit=%d offset=%d" % (word, limit, offset))
            eq(page["meta"]["total"], whole["meta"]["total"], "total of a page")
        eq(ctx.walk("/v1/search?limit=2&q=" + word), whole["data"], "q=%s by cursor" % word)


def test_search_totals_add_up_over_types(ctx):
    for word in ("secure", "program", "said"):
        all_ = ctx.json("/v1/search?limit=1&q=" + word)["meta"]["total"]
        docs = ctx.json("/v1/search?limit=1&type=document&q=" + word)["meta"]["total"]
        quotes = ctx.json("/v1/search?limit=1&type=quote&q=" + word)["meta"]["total"]
        eq(all_, docs + quotes, "q=%s: all hits against documents + quotes" % word)
        check(all_ > 0, "q=%s finds nothing" % word)


def test_search_hits_keep_snippets_and_highlights(ctx):
    hits = ctx.json("/v1/search?limit=200&q=secure")["data"]
    check(hits, "no hits")
    for h in hits:
        check(h["snippet"] and "\x01" not in h["snippet"] and "\x02" not in h["snippet"],
              "snippet with markers: %r" % h["snippet"][:80])
        check(h["highlights"], "%s %s has no highlights" % (h["type"], h["id"]))
        for s, e in h["highlights"]:
            eq(h["snippet"][s:e].lower(), "secure", "highlighted text of %s" % h["id"])
        if h["type"] == "quote":
            check("speaker" in h and "document" in h and "text" in h, "quote hit keys")
        else:
            check("title" in h and "published" in h, "document hit keys")


def test_search_syntax_error_is_a_400(ctx):
    r = ctx.server.get("/v1/search?q=" + q('"unbalanced'))
    eq(r.status, 400, "status of an FTS5 syntax error")


def test_totals_are_the_size_of_the_filtered_set(ctx):
    speakers = sorted({x["speaker"]["id"] for x in ctx.json("/v1/quotes?limit=200")["data"]})
    check(speakers, "no speakers")
    paths = ["/v1/documents?limit=2", "/v1/quotes?limit=2", "/v1/cross-references?limit=7",
             "/v1/documents?limit=2&kind=statement", "/v1/organizations?limit=5"]
    paths += ["/v1/quotes?limit=1&speaker=" + q(s) for s in speakers]
    paths += ["/v1/documents?limit=1&speaker=" + q(s) for s in speakers]
    for p in paths:
        for _ in range(2):      # counted, then remembered
            total = ctx.json(p)["meta"]["total"]
            eq(total, len(ctx.walk(p)), "total of " + p)


def test_facets_count_the_whole_filtered_set(ctx):
    for base, facets, facet in (("/v1/documents?limit=200", "publisher,kind,year", "kind"),
                                ("/v1/quotes?limit=200", "speaker,organization,year", "speaker"),
                                ("/v1/documents?limit=200&kind=statement", "kind", "kind")):
        path = "%s&facets=%s" % (base, facets)
        first = ctx.json(path)["meta"]["facets"]
        eq(ctx.json(path)["meta"]["facets"], first, "facets asked twice: " + path)
        check(first[facet], "no %s buckets for %s" % (facet, path))
        for b in first[facet]:
            n = len(ctx.walk("%s&%s=%s" % (base.replace("&kind=statement", ""), facet,
                                           q(b["value"]))))
            eq(b["count"], n, "%s bucket %s" % (path, b["value"]))


def test_totals_follow_a_reload_to_new_data(ctx):
    tmp = tempfile.mkdtemp(prefix="pressroom-qc-")
    try:
        files = sorted(f for f in os.listdir(ctx.data_dir) if f.endswith(".txt"))
        os.mkdir(os.path.join(tmp, "some"))
        for f in files[:2]:
            shutil.copy(os.path.join(ctx.data_dir, f), os.path.join(tmp, "some", f))
        paths = ["/v1/documents?limit=1", "/v1/quotes?limit=1", "/v1/search?limit=1&q=secure",
                 "/v1/cross-references?limit=1"]
        before = {p: ctx.json(p)["meta"]["total"] for p in paths}
        small = os.path.join(tmp, "small.db")
        r = prtest.run(ctx.binary, "load", "--db", small, os.path.join(tmp, "some"), timeout=120)
        eq(r.returncode, 0, "load of two files")
        gen = ctx.json("/readyz")["generation"]
        os.replace(small, ctx.server.db)
        ctx.server.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 20
        while ctx.json("/readyz")["generation"] == gen:
            check(time.monotonic() < deadline, "no reload within 20 s")
            time.sleep(0.1)
        after = {p: ctx.json(p)["meta"]["total"] for p in paths}
        for p in paths:
            eq(after[p], len(ctx.walk(p.replace("limit=1", "limit=200"))), "total after reload: " + p)
        check(after != before, "two files give the totals of five: %r" % after)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        ctx.server.stop()
        ctx.server.cleanup()
        ctx.server = prtest.Server(ctx.binary, ctx.data_dir)


def test_document_cross_references_are_its_edges_in_order(ctx):
    docs = [d["id"] for d in ctx.json("/v1/documents?limit=200&fields=id")["data"]]
    for d in docs:
        mine = ctx.walk("/v1/documents/%s/cross-references?limit=200" % q(d))
        want = {}
        for p in ("document=" + q(d), "source=" + q(d), "target=" + q(d)):
            for x in ctx.walk("/v1/cross-references?limit=200&" + p):
                if p.startswith("document") or x[p.split("=")[0]]["type"] == "document":
                    want[json.dumps(x, sort_keys=True)] = x
        eq(sorted(json.dumps(x, sort_keys=True) for x in mine), sorted(want), "edges of " + d)
        eq(ctx.walk("/v1/documents/%s/cross-references?limit=3" % q(d)), mine,
           "edges of %s by cursor" % d)
        page = ctx.json("/v1/documents/%s/cross-references?limit=1" % q(d))
        eq(page["meta"]["total"], len(mine), "total of the edges of " + d)


def test_keyset_sorts_page_like_the_whole(ctx):
    for path in ("/v1/quotes?sort=seq", "/v1/quotes?sort=-seq", "/v1/coalitions?sort=name",
                 "/v1/coalitions?sort=-name", "/v1/organizations?sort=name"):
        whole = ctx.json(path + "&limit=200")["data"]
        eq(ctx.walk(path + "&limit=2"), whole, path + " by cursor")


def test_sort_indexes_exist(ctx):
    db = sqlite3.connect("file:%s?mode=ro" % ctx.server.db, uri=True)
    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        plan = " ".join(str(r) for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT json FROM quotes ORDER BY seq DESC, id DESC LIMIT 21"))
    finally:
        db.close()
    for n in ("quotes_seq", "quotes_document_seq", "organizations_coalition_name"):
        check(n in names, "index %s is missing" % n)
    check("TEMP B-TREE" not in plan, "quotes by seq sort every row: " + plan)


def test_csv_export_streams_every_row(ctx):
    total = ctx.json("/v1/quotes?limit=1")["meta"]["total"]
    r = ctx.server.get("/v1/quotes?format=csv")
    eq(r.status, 200, "status")
    lines = r.body.decode("utf-8").split("\r\n")
    eq(lines[-1], "", "the CSV ends with CRLF")
    ids = [x["id"] for x in ctx.walk("/v1/quotes?limit=200")]
    eq(len(ids), total, "quotes listed")
    nd = ctx.server.get("/v1/quotes?format=ndjson").body.decode("utf-8").splitlines()
    eq([json.loads(x)["id"] for x in nd], ids, "NDJSON rows in the order of the list")


def test_csv_client_going_away_does_not_stop_the_server(ctx):
    for _ in range(20):
        s = socket.create_connection(("127.0.0.1", ctx.server.port))
        s.sendall(b"GET /v1/quotes?format=csv HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(10)
        s.close()
    eq(ctx.server.get("/v1/quotes?format=csv&fields=id").status, 200, "CSV after clients left")
    eq(ctx.server.get("/healthz").status, 200, "healthz after clients left")


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 240, lambda: ctx.server.cleanup())


if __name__ == "__main__":
    sys.exit(main())
