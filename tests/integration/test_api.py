#!/usr/bin/python3
"""The HTTP API, over real HTTP, against API.md and openapi.yaml.

    test_api.py PRESSROOMD DATA_DIR OPENAPI_YAML

Loads DATA_DIR into a temporary database, serves it on a free loopback port and
checks every endpoint.  Every JSON answer (200s and problems) is validated with
jsonschema's Draft 2020-12 validator against the schema openapi.yaml declares
for its path, method and status.
"""
import collections
import copy
import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ET

import jsonschema
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402

COLLECTIONS = ["documents", "organizations", "coalitions", "people", "quotes", "reports",
               "cross-references"]
JSON_TYPES = ("application/json", "application/problem+json", "application/feed+json")
MAX_PAGES = 500


class Ctx:
    """What every test gets: the server, the spec and the validators."""

    def __init__(self, binary, data_dir, spec_path):
        self.binary, self.data_dir, self.spec_path = binary, data_dir, spec_path
        with open(spec_path, "rb") as f:
            self.spec_bytes = f.read()
        self.spec = yaml.safe_load(self.spec_bytes)
        self.resolver = jsonschema.RefResolver.from_schema(self.spec)
        fc = getattr(jsonschema.Draft202012Validator, "FORMAT_CHECKER", None)
        self.format_checker = fc or jsonschema.draft202012_format_checker
        self.templates = []
        for tmpl in self.spec["paths"]:
            rx = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(tmpl)) + "$"
            self.templates.append((tmpl.count("{"), tmpl, re.compile(rx)))
        self.templates.sort()
        self.validated = 0
        self.server = None
        self.cache = {}

    def after_test(self):
        """Fails the test that killed the server (and restarts it for the next ones)."""
        log = self.server.log_text()[-300:].replace("\n", " | ") if self.server else ""
        rc = self.server.revive() if self.server else None
        if rc is not None:
            self.cache.clear()
            raise Failure("the server died (exit status %d); log tail: %s" % (rc, log))

    # -- spec helpers --
    def deref(self, node):
        """Follows a local $ref inside the spec."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 10:
            node = self.resolver.resolve(node["$ref"])[1]
            seen += 1
        return node

    def template_for(self, path):
        for _n, tmpl, rx in self.templates:
            if rx.match(path):
                return tmpl
        return None

    def param(self, tmpl, name):
        """The parameter `name` declared on a path (path level or GET)."""
        item = self.spec["paths"][tmpl]
        for p in item.get("parameters", []) + item.get("get", {}).get("parameters", []):
            p = self.deref(p)
            if p["name"] == name:
                return p
        return None

    def declared_response(self, path, method, status):
        tmpl = self.template_for(path)
        if tmpl is None:
            if status == 404:
                return self.deref({"$ref": "#/components/responses/NotFound"})
            raise Failure("%s %s: no path in openapi.yaml matches" % (method, path))
        op = self.spec["paths"][tmpl].get(method.lower())
        if op is None:
            raise Failure("%s %s: openapi.yaml declares no %s operation on %s" % (method, path, method, tmpl))
        resp = op["responses"].get(str(status)) or op["responses"].get("default")
        if resp is None:
            raise Failure("%s %s answered %d, which openapi.yaml does not declare for %s %s"
                          % (method, path, status, method, tmpl))
        return self.deref(resp)

    def validate(self, schema, instance, what):
        v = jsonschema.Draft202012Validator(schema, resolver=self.resolver,
                                            format_checker=self.format_checker)
        errs = sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))
        if errs:
            e = errs[0]
            raise Failure("%s does not validate: %s at /%s (%d errors)" % (
                what, e.message[:300], "/".join(str(p) for p in e.absolute_path), len(errs)))
        self.validated += 1

    def relaxed(self, schema):
        """A collection schema whose item schema does not require keys (for fields=)."""
        s = self.deref(schema)
        out = copy.deepcopy(s)
        items = self.deref(s["properties"]["data"]["items"])
        items = copy.deepcopy(items)
        items.pop("required", None)
        out["properties"]["data"] = {"type": "array", "items": items}
        return out

    # -- HTTP --
    def req(self, method, path, headers=None, body=None, validate=True):
        """One request; checks the headers every answer carries and validates JSON bodies."""
        r = self.server.request(method, path, headers=headers, body=body)
        where = "%s %s -> %d" % (method, path, r.status)
        check(r.header("access-control-allow-origin"), "%s: no Access-Control-Allow-Origin" % where)
        check(r.header("x-request-id"), "%s: no X-Request-Id" % where)
        if method != "OPTIONS":
            expose = (r.header("access-control-expose-headers") or "").lower()
            check("etag" in expose and "link" in expose,
                  "%s: Access-Control-Expose-Headers %r lacks Link, ETag" % (where, expose))
        if method == "HEAD" or r.status == 304:
            check(r.body == b"", "%s: a body on HEAD/304" % where)
        if validate and method in ("GET", "POST", "PUT", "DELETE", "PATCH") and r.status != 304:
            self.validate_answer(method, path, r, where)
        return r

    def validate_answer(self, method, path, r, where):
        u = urllib.parse.urlsplit(path)
        resp = self.declared_response(u.path, method, r.status)
        content = resp.get("content", {})
        if not content:
            check(r.body == b"", "%s: a body where none is declared" % where)
            return
        ct = r.content_type
        check(ct in content, "%s: Content-Type %r, openapi.yaml declares %s" % (where, ct, sorted(content)))
        if ct in JSON_TYPES:
            check("charset=utf-8" in (r.header("content-type") or "").lower().replace(" ", "")
                  or ct != "application/json",
                  "%s: Content-Type %r lacks charset=utf-8" % (where, r.header("content-type")))
            schema = content[ct]["schema"]
            q = urllib.parse.parse_qs(u.query)
            if "fields" in q and r.status == 200:
                schema = self.relaxed(schema)
            self.validate(schema, r.json(), where)

    def get(self, path, **kw):
        return self.req("GET", path, **kw)

    def ok(self, path, **kw):
        r = self.get(path, **kw)
        eq(r.status, 200, "GET %s status (%r)" % (path, r.body[:300]))
        return r.json() if r.content_type in JSON_TYPES else r

    def all_items(self, path, cached=True):
        """Every item of a collection, in its order, via limit=200 pages."""
        if cached and path in self.cache:
            return self.cache[path]
        sep = "&" if "?" in path else "?"
        items, offset, total = [], 0, None
        for _ in range(MAX_PAGES):
            d = self.ok("%s%slimit=200&offset=%d" % (path, sep, offset))
            total = d["meta"]["total"]
            items += d["data"]
            offset += len(d["data"])
            if not d["data"] or offset >= total:
                break
        eq(len(items), total, "%s: items gathered vs meta.total" % path)
        if cached:
            self.cache[path] = items
        return items


def key_of(item):
    return item.get("id") or json.dumps(item, sort_keys=True)


def expect_problem(ctx, method, path, status, param=None, headers=None):
    r = ctx.req(method, path, headers=headers)
    eq(r.status, status, "%s %s status (body %r)" % (method, path, r.body[:200]))
    if method == "HEAD":
        return r
    eq(r.content_type, "application/problem+json", "%s %s Content-Type" % (method, path))
    p = r.json()
    eq(p["status"], status, "%s %s problem.status" % (method, path))
    if param is not None:
        names = [x["name"] for x in p.get("invalid_params", [])]
        params = param if isinstance(param, (list, tuple)) else [param]
        check(any(n in names for n in params),
              "%s %s: invalid_params %r does not name %r" % (method, path, names, param))
    return r


# ---------------------------------------------------------------- basics

def test_openapi_yaml_is_served_verbatim(ctx):
    r = ctx.req("GET", "/openapi.yaml")
    eq(r.status, 200, "status")
    check("yaml" in r.content_type, "Content-Type %r" % r.content_type)
    check(r.body == ctx.spec_bytes, "/openapi.yaml differs from the repository's openapi.yaml "
          "(%d vs %d bytes)" % (len(r.body), len(ctx.spec_bytes)))
    check(r.header("etag"), "no ETag")


def test_healthz_and_readyz(ctx):
    for p in ("/healthz", "/readyz"):
        r = ctx.get(p)
        eq(r.status, 200, p)
        h = ctx.req("HEAD", p)
        eq(h.status, 200, "HEAD " + p)


METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})?'
                    r' (\S+)( -?\d+)?$')


def test_metrics_prometheus_text(ctx):
    ctx.ok("/v1/documents")  # at least one counted request
    r = ctx.get("/metrics")
    eq(r.status, 200, "status")
    eq(r.content_type, "text/plain", "Content-Type")
    text = r.body.decode("utf-8")
    check(text.endswith("\n"), "exposition must end with a newline")
    typed, samples = {}, 0
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if line == "":
            continue
        if line.startswith("# HELP ") or line.startswith("# TYPE "):
            parts = line.split(" ", 3)
            check(len(parts) >= 3 and METRIC_NAME.match(parts[2]), "line %d: bad %r" % (n, line))
            if parts[1] == "TYPE":
                check(len(parts) == 4 and parts[3] in ("counter", "gauge", "histogram", "summary", "untyped"),
                      "line %d: bad TYPE %r" % (n, line))
                check(parts[2] not in typed, "line %d: second TYPE for %s" % (n, parts[2]))
                typed[parts[2]] = parts[3]
            continue
        if line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        check(m, "line %d: not a sample: %r" % (n, line))
        try:
            float(m.group(3))
        except ValueError:
            if m.group(3) not in ("+Inf", "-Inf", "NaN"):
                raise Failure("line %d: value %r is not a number" % (n, m.group(3)))
        name = m.group(1)
        base = re.sub(r"_(bucket|sum|count|total|created)$", "", name)
        check(name in typed or base in typed, "line %d: %s has no TYPE line before it" % (n, name))
        samples += 1
    check(samples > 0 and typed, "no metrics")


def test_index(ctx):
    d = ctx.ok("/v1")["data"]
    check(d["data_version"], "empty data_version")
    links = d["links"]
    for c in COLLECTIONS:
        check(any(v.rstrip("/").endswith("/v1/" + c) for v in links.values()),
              "index links lack /v1/%s: %r" % (c, links))
    for v in links.values():
        path = urllib.parse.urlsplit(v).path
        if path.startswith("/v1/") and "{" not in path and not path.endswith("/search"):
            eq(ctx.req("HEAD", path).status, 200, "HEAD " + path)
    for k, n in d["counts"].items():
        name = k.replace("_", "-")
        if name in COLLECTIONS:
            eq(ctx.ok("/v1/%s?limit=1" % name)["meta"]["total"], n, "index counts.%s" % k)
    dates = [x["published"] for x in ctx.all_items("/v1/documents") if x["published"]]
    if dates:
        eq(d["date_range"]["from"], min(dates), "date_range.from")
        eq(d["date_range"]["to"], max(dates), "date_range.to")


# ---------------------------------------------------------------- collections

def test_collections_nonempty_and_default_limit(ctx):
    for c in COLLECTIONS:
        d = ctx.ok("/v1/" + c)
        eq(d["meta"]["limit"], 20, c + " default limit")
        eq(d["meta"]["offset"], 0, c + " default offset")
        check(len(d["data"]) == min(20, d["meta"]["total"]), c + ": page size")
        check(d["meta"]["total"] > 0 or c == "coalitions", c + " is empty")
        eq(urllib.parse.urlsplit(d["links"]["self"]).path, "/v1/" + c, c + " links.self")
        eq(d["links"]["prev"], None, c + " links.prev on the first page")


def page_through(ctx, base, mode, limit):
    """Walks a collection in pages by offset, links.next or cursor; returns the items."""
    sep = "&" if "?" in base else "?"
    url = "%s%slimit=%d" % (base, sep, limit)
    items, total, offset = [], None, 0
    for n in range(MAX_PAGES):
        d = ctx.ok(url)
        if total is None:
            total = d["meta"]["total"]
        eq(d["meta"]["total"], total, "%s: total changed while paging" % url)
        eq(d["meta"]["limit"], limit, url + " meta.limit")
        if mode == "offset":
            eq(d["meta"]["offset"], offset, url + " meta.offset")
        check(len(d["data"]) <= limit, url + ": more items than limit")
        if n > 0:
            check(d["links"]["prev"] is not None, url + ": links.prev is null after the first page")
        items += d["data"]
        last = len(items) >= total
        if last:
            eq(d["links"]["next"], None, url + ": links.next on the last page")
            eq(d["meta"]["next_cursor"], None, url + ": meta.next_cursor on the last page")
            break
        check(d["data"], url + ": an empty page before the end")
        if mode == "offset":
            offset += len(d["data"])
            url = "%s%slimit=%d&offset=%d" % (base, sep, limit, offset)
        elif mode == "next":
            check(d["links"]["next"], url + ": links.next is null before the end")
            u = urllib.parse.urlsplit(d["links"]["next"])
            url = u.path + ("?" + u.query if u.query else "")
        else:
            check(d["meta"]["next_cursor"], url + ": meta.next_cursor is null before the end")
            url = "%s%slimit=%d&cursor=%s" % (base, sep, limit, urllib.parse.quote(d["meta"]["next_cursor"]))
    else:
        raise Failure(base + ": paging did not end")
    eq(len(items), total, base + " (%s): items seen vs total" % mode)
    return items


def test_paging_to_the_end_every_way(ctx):
    for c in COLLECTIONS:
        full = [key_of(x) for x in ctx.all_items("/v1/" + c)]
        if c != "cross-references":
            eq(len(set(full)), len(full), c + ": duplicate ids")
        for mode in ("offset", "next", "cursor"):
            for limit in (1, 3) if len(full) <= 60 else (7,):
                got = [key_of(x) for x in page_through(ctx, "/v1/" + c, mode, limit)]
                eq(got, full, "%s paged by %s, limit %d (gaps, duplicates or order)" % (c, mode, limit))


def test_limit_bounds(ctx):
    d = ctx.ok("/v1/quotes?limit=200")
    eq(d["meta"]["limit"], 200, "limit=200 accepted")
    d = ctx.ok("/v1/quotes?limit=1")
    eq(len(d["data"]), min(1, d["meta"]["total"]), "limit=1 page size")
    big = ctx.ok("/v1/documents?offset=100000")
    eq(big["data"], [], "offset past the end gives an empty page")
    eq(big["links"]["next"], None, "links.next past the end")


def test_link_headers(ctx):
    d1 = ctx.get("/v1/cross-references?limit=2")
    links = parse_link_header(d1.header("link") or "")
    body = d1.json()
    check("next" in links, "page 1: no Link rel=next: %r" % d1.header("link"))
    eq(same_url(links["next"]), same_url(body["links"]["next"]), "Link next vs links.next")
    d2 = ctx.get(same_url(links["next"]))
    links2 = parse_link_header(d2.header("link") or "")
    check("prev" in links2, "page 2: no Link rel=prev: %r" % d2.header("link"))
    eq(same_url(links2["prev"]), same_url(d2.json()["links"]["prev"]), "Link prev vs links.prev")
    last = ctx.get("/v1/documents?limit=200")
    check("next" not in parse_link_header(last.header("link") or ""), "Link rel=next on the last page")


def parse_link_header(value):
    out = {}
    for m in re.finditer(r'<([^>]*)>\s*((?:;\s*[^;,]+)*)', value):
        for rel in re.findall(r'rel="?([^";,]+)"?', m.group(2)):
            for r in rel.split():
                out[r] = m.group(1)
    return out


def same_url(u):
    s = urllib.parse.urlsplit(u)
    return s.path + ("?" + s.query if s.query else "")


# ---------------------------------------------------------------- items and sub-collections

ITEM_PATHS = {"documents": "documents", "organizations": "organizations", "coalitions": "organizations",
              "people": "people", "quotes": "quotes", "reports": "reports"}


def test_every_item_answers_and_matches_its_list_form(ctx):
    for c, res in ITEM_PATHS.items():
        for x in ctx.all_items("/v1/" + c):
            eq(x["url"], "/v1/%s/%s" % (res, x["id"]), "%s url" % x["id"])
            d = ctx.ok(x["url"])["data"]
            for k, v in x.items():
                eq(d.get(k), v, "%s: item %s vs list form" % (x["url"], k))
            if c == "coalitions":
                ctx.ok("/v1/coalitions/" + x["id"])


def test_document_items(ctx):
    for x in ctx.all_items("/v1/documents"):
        d = ctx.ok(x["url"])["data"]
        if x["published"]:
            check(x["id"].startswith(x["published"] + "-"), "%s: id lacks its date" % x["id"])
        eq(len(d["quotes"]), x["counts"]["quotes"], x["id"] + " counts.quotes")
        eq(len(d["organizations"]), x["counts"]["organizations"], x["id"] + " counts.organizations")
        eq(len(d["people"]), x["counts"]["people"], x["id"] + " counts.people")
        eq(len(d["reports"]), x["counts"]["reports"], x["id"] + " counts.reports")
        for q in d["quotes"]:
            eq(d["body"][q["position"]["start"]:q["position"]["end"]], q["text"],
               "%s: body[position] vs the quote's text" % q["id"])
            eq(q["document"]["id"], x["id"], q["id"] + " document")
        sub = ctx.all_items(x["url"] + "/quotes")
        eq([q["id"] for q in sub], [q["id"] for q in d["quotes"]], x["id"] + "/quotes vs embedded quotes")
        xr = ctx.all_items(x["url"] + "/cross-references")
        for e in xr:
            check(x["id"] in (e["source"]["id"], e["target"]["id"],
                              (e["evidence"] or {}).get("document", {}).get("id")),
                  "%s/cross-references: an edge not about it: %r" % (x["id"], e))


def test_sub_collections(ctx):
    for o in ctx.all_items("/v1/organizations"):
        item = ctx.ok(o["url"])["data"]
        members = ctx.all_items(o["url"] + "/members")
        eq(sorted(m["id"] for m in members), sorted(m["id"] for m in item["members"]), o["id"] + "/members")
        eq(len(members), o["counts"]["members"], o["id"] + " counts.members")
        docs = ctx.all_items(o["url"] + "/documents")
        eq(len(docs), o["counts"]["documents"], o["id"] + "/documents total vs counts.documents")
        for q in ctx.all_items(o["url"] + "/quotes"):
            check(o["id"] in (q["speaker"]["id"], (q["organization"] or {}).get("id")),
                  "%s/quotes holds %s" % (o["id"], q["id"]))
        affiliated = {e["source"]["id"] for e in ctx.all_items("/v1/cross-references?relation=affiliated_with&target="
                                                               + o["id"], cached=False)}
        for p in ctx.all_items(o["url"] + "/people"):
            check((p["organization"] or {}).get("id") == o["id"] or p["id"] in affiliated,
                  "%s/people holds %s (organization %r)" % (o["id"], p["id"], p["organization"]))
    for c in ctx.all_items("/v1/coalitions"):
        check(c["counts"]["members"] > 0, c["id"] + ": a coalition without members")
        eq([m["id"] for m in ctx.all_items("/v1/coalitions/%s/members" % c["id"])],
           [m["id"] for m in ctx.all_items("/v1/organizations/%s/members" % c["id"])],
           c["id"] + ": coalition members vs organization members")
    for p in ctx.all_items("/v1/people"):
        qs = ctx.all_items(p["url"] + "/quotes")
        eq(len(qs), p["counts"]["quotes"], p["id"] + "/quotes total vs counts.quotes")
        for q in qs:
            eq(q["speaker"]["id"], p["id"], p["id"] + "/quotes speaker")
    for r in ctx.all_items("/v1/reports"):
        cites = ctx.all_items(r["url"] + "/citations")
        eq(len(cites), r["counts"]["citations"], r["id"] + "/citations total vs counts.citations")
        eq(cites, ctx.ok(r["url"])["data"]["citations"], r["id"] + "/citations vs embedded citations")


# ---------------------------------------------------------------- filters

def ids(items):
    return [x["id"] for x in items]


def filtered(ctx, path):
    return ctx.all_items(path, cached=False)


def test_document_filters(ctx):
    docs = ctx.all_items("/v1/documents")
    for pub in {x["publisher"]["id"] for x in docs if x["publisher"]}:
        got = filtered(ctx, "/v1/documents?publisher=" + pub)
        eq(ids(got), [x["id"] for x in docs if x["publisher"] and x["publisher"]["id"] == pub], "publisher=" + pub)
    for kind in ctx.deref(ctx.param("/v1/documents", "kind"))["schema"]["enum"]:
        got = filtered(ctx, "/v1/documents?kind=" + kind)
        eq(ids(got), [x["id"] for x in docs if x["kind"] == kind], "kind=" + kind)
    for cat in {x["category"] for x in docs if x["category"]}:
        got = filtered(ctx, "/v1/documents?category=" + urllib.parse.quote(cat))
        eq(ids(got), [x["id"] for x in docs if x["category"] == cat], "category=" + cat)
    dates = sorted({x["published"] for x in docs if x["published"]})
    check(dates, "no dated documents")
    mid = dates[len(dates) // 2]
    eq(ids(filtered(ctx, "/v1/documents?from=" + mid)),
       [x["id"] for x in docs if x["published"] and x["published"] >= mid], "from=" + mid)
    eq(ids(filtered(ctx, "/v1/documents?to=" + mid)),
       [x["id"] for x in docs if x["published"] and x["published"] <= mid], "to=" + mid)
    eq(ids(filtered(ctx, "/v1/documents?from=%s&to=%s" % (mid, mid))),
       [x["id"] for x in docs if x["published"] == mid], "from=to=" + mid)
    items = {x["id"]: ctx.ok(x["url"])["data"] for x in docs}
    orgs = {o["id"] for d in items.values() for o in d["organizations"]}
    for org in sorted(orgs)[:12]:
        eq(ids(filtered(ctx, "/v1/documents?mentions=" + org)),
           [x["id"] for x in docs if org in [o["id"] for o in items[x["id"]]["organizations"]]], "mentions=" + org)
    for rep in {r["id"] for d in items.values() for r in d["reports"]}:
        eq(ids(filtered(ctx, "/v1/documents?cites=" + rep)),
           [x["id"] for x in docs if rep in [r["id"] for r in items[x["id"]]["reports"]]], "cites=" + rep)
    speakers = {q["speaker"]["id"] for d in items.values() for q in d["quotes"] if q["speaker"]["type"] == "person"}
    for sp in speakers:
        eq(ids(filtered(ctx, "/v1/documents?speaker=" + sp)),
           [x["id"] for x in docs if sp in [q["speaker"]["id"] for q in items[x["id"]]["quotes"]]], "speaker=" + sp)
    eq(filtered(ctx, "/v1/documents?publisher=no-such-organization"), [], "publisher of an unknown id")


def title_word(title):
    words = [w for w in re.findall(r"[A-Za-z]{5,}", title)]
    return max(words, key=len) if words else None


def test_q_filters(ctx):
    for c, key in (("documents", "title"), ("organizations", "name"), ("people", "name"),
                   ("reports", "title"), ("quotes", "text"), ("coalitions", "name")):
        for x in ctx.all_items("/v1/" + c)[:5]:
            w = title_word(x[key])
            if not w:
                continue
            got = ids(filtered(ctx, "/v1/%s?q=%s" % (c, w)))
            check(x["id"] in got, "%s?q=%s does not find %s" % (c, w, x["id"]))
            check(set(got) <= set(ids(ctx.all_items("/v1/" + c))), "%s?q=%s: items from elsewhere" % (c, w))
    eq(filtered(ctx, "/v1/documents?q=zzyzxqvw"), [], "q with no match")
    docs = ctx.all_items("/v1/documents")
    w = title_word(docs[0]["title"])
    got = ids(filtered(ctx, "/v1/documents?q=%s*" % w[:4]))
    check(docs[0]["id"] in got, "prefix query %s* misses %s" % (w[:4], docs[0]["id"]))
    phrase = " ".join(docs[0]["title"].split()[:2])
    if re.match(r"^[\w ]+$", phrase):
        got = ids(filtered(ctx, "/v1/documents?q=" + urllib.parse.quote('"%s"' % phrase)))
        check(docs[0]["id"] in got, "phrase query %r misses %s" % (phrase, docs[0]["id"]))


def test_organization_people_report_filters(ctx):
    orgs = ctx.all_items("/v1/organizations")
    for kind in ctx.deref(ctx.param("/v1/organizations", "kind"))["schema"]["enum"]:
        eq(ids(filtered(ctx, "/v1/organizations?kind=" + kind)),
           [x["id"] for x in orgs if x["kind"] == kind], "organizations kind=" + kind)
    for c in ctx.all_items("/v1/coalitions"):
        members = {m["id"] for m in ctx.ok(c["url"])["data"]["members"]}
        eq(ids(filtered(ctx, "/v1/organizations?member_of=" + c["id"])),
           [x["id"] for x in orgs if x["id"] in members], "member_of=" + c["id"])
    people = ctx.all_items("/v1/people")
    for org in {p["organization"]["id"] for p in people if p["organization"]}:
        eq(ids(filtered(ctx, "/v1/people?organization=" + org)),
           [p["id"] for p in people if p["organization"] and p["organization"]["id"] == org],
           "people organization=" + org)
    for role in ctx.deref(ctx.param("/v1/people", "role"))["schema"]["enum"]:
        eq(ids(filtered(ctx, "/v1/people?role=" + role)),
           [p["id"] for p in people if role in p["roles"]], "people role=" + role)
    reports = ctx.all_items("/v1/reports")
    for pub in {r["publisher"]["id"] for r in reports if r["publisher"]}:
        eq(ids(filtered(ctx, "/v1/reports?publisher=" + pub)),
           [r["id"] for r in reports if r["publisher"] and r["publisher"]["id"] == pub], "reports publisher=" + pub)


def test_quote_filters(ctx):
    quotes = ctx.all_items("/v1/quotes")
    for sp in {q["speaker"]["id"] for q in quotes}:
        eq(ids(filtered(ctx, "/v1/quotes?speaker=" + sp)),
           [q["id"] for q in quotes if q["speaker"]["id"] == sp], "quotes speaker=" + sp)
    for org in {q["organization"]["id"] for q in quotes if q["organization"]}:
        got = filtered(ctx, "/v1/quotes?organization=" + org)
        for q in got:
            check(org in ((q["organization"] or {}).get("id"), q["speaker"]["id"]),
                  "quotes organization=%s holds %s" % (org, q["id"]))
        check(set(q["id"] for q in quotes if q["organization"] and q["organization"]["id"] == org) <= set(ids(got)),
              "quotes organization=%s misses quotes" % org)
    for doc in {q["document"]["id"] for q in quotes}:
        eq(sorted(ids(filtered(ctx, "/v1/quotes?document=" + doc))),
           sorted(q["id"] for q in quotes if q["document"]["id"] == doc), "quotes document=" + doc)
    dates = sorted({q["document"]["published"] for q in quotes if q["document"]["published"]})
    if dates:
        d = dates[-1]
        eq(ids(filtered(ctx, "/v1/quotes?from=" + d)),
           [q["id"] for q in quotes if (q["document"]["published"] or "") >= d], "quotes from=" + d)
        d = dates[0]
        eq(ids(filtered(ctx, "/v1/quotes?to=" + d)),
           [q["id"] for q in quotes if q["document"]["published"] and q["document"]["published"] <= d],
           "quotes to=" + d)


def test_cross_reference_filters(ctx):
    edges = ctx.all_items("/v1/cross-references")
    keys = [key_of(e) for e in edges]
    total = 0
    for rel in ctx.deref(ctx.param("/v1/cross-references", "relation"))["schema"]["enum"]:
        got = filtered(ctx, "/v1/cross-references?relation=" + rel)
        eq([key_of(e) for e in got], [key_of(e) for e in edges if e["relation"] == rel], "relation=" + rel)
        total += len(got)
    eq(total, len(keys), "the relations partition the edges")
    for end in ("source", "target"):
        for t in ctx.deref(ctx.param("/v1/cross-references", end + "_type"))["schema"]["enum"]:
            got = filtered(ctx, "/v1/cross-references?%s_type=%s" % (end, t))
            eq([key_of(e) for e in got], [key_of(e) for e in edges if e[end]["type"] == t], "%s_type=%s" % (end, t))
        for rid in sorted({e[end]["id"] for e in edges})[:10]:
            got = filtered(ctx, "/v1/cross-references?%s=%s" % (end, rid))
            eq([key_of(e) for e in got], [key_of(e) for e in edges if e[end]["id"] == rid], "%s=%s" % (end, rid))
    for doc in sorted({e["evidence"]["document"]["id"] for e in edges if e["evidence"]})[:5]:
        got = [key_of(e) for e in filtered(ctx, "/v1/cross-references?document=" + doc)]
        evidenced = [key_of(e) for e in edges if e["evidence"] and e["evidence"]["document"]["id"] == doc]
        ends = [key_of(e) for e in edges if doc in (e["source"]["id"], e["target"]["id"])]
        check(set(evidenced) <= set(got), "document=%s misses edges it evidences" % doc)
        check(set(got) <= set(evidenced) | set(ends), "document=%s holds edges not from it" % doc)
        eq(got, [k for k in keys if k in set(got)], "document=%s order" % doc)
    e = edges[0]
    got = filtered(ctx, "/v1/cross-references?relation=%s&source=%s&target=%s" % (
        e["relation"], e["source"]["id"], e["target"]["id"]))
    check(key_of(e) in [key_of(x) for x in got], "combined filters lose the edge")


# ---------------------------------------------------------------- sorting

SORT_KEYS = {
    "published": lambda x: x.get("published", (x.get("document") or {}).get("published")),
    "title": lambda x: x["title"], "name": lambda x: x["name"], "id": lambda x: x["id"],
    "word_count": lambda x: x["word_count"],
    "documents": lambda x: x["counts"]["documents"], "mentions": lambda x: x["counts"]["mentions"],
    "members": lambda x: x["counts"]["members"], "quotes": lambda x: x["counts"]["quotes"],
    "citations": lambda x: x["counts"]["citations"],
}


def check_order(items, field, desc, what):
    f = SORT_KEYS[field]
    vals = [(f(x), x["id"]) for x in items]
    nonnull = [v for v in vals if v[0] is not None]
    nulls = [i for i, v in enumerate(vals) if v[0] is None]
    if nulls:  # nulls grouped at one end
        n = len(nulls)
        check(nulls == list(range(n)) or nulls == list(range(len(vals) - n, len(vals))),
              "%s: null values are not grouped at one end" % what)
    for a, b in zip(nonnull, nonnull[1:]):
        if a[0] != b[0]:
            check((a[0] > b[0]) if desc else (a[0] < b[0]), "%s: %r before %r" % (what, a, b))
    groups = collections.defaultdict(list)
    for v, i in vals:
        groups[json.dumps(v)].append(i)
    for v, g in groups.items():
        check(g == sorted(g) or g == sorted(g, reverse=True), "%s: ties (%s) not broken by id: %r" % (what, v, g))


def test_sorting_every_field_both_ways(ctx):
    for c in COLLECTIONS:
        p = ctx.param("/v1/" + c, "sort")
        if p is None:
            continue
        enum = p["schema"]["enum"]
        default = [x["id"] for x in ctx.all_items("/v1/" + c)]
        eq(default, [x["id"] for x in ctx.all_items("/v1/%s?sort=%s" % (c, p["schema"]["default"]))],
           c + ": the default order is not sort=" + p["schema"]["default"])
        for s in enum:
            field, desc = s.lstrip("-"), s.startswith("-")
            got = ctx.all_items("/v1/%s?sort=%s" % (c, s), cached=False)
            eq(sorted(ids(got)), sorted(default), "%s?sort=%s: not the same items" % (c, s))
            check_order(got, field, desc, "%s?sort=%s" % (c, s))
            paged = page_through(ctx, "/v1/%s?sort=%s" % (c, s), "cursor", 2 if len(got) < 40 else 9)
            eq(ids(paged), ids(got), "%s?sort=%s paged by cursor" % (c, s))
            rev = "-" + field if not desc else field
            if rev in enum:
                other = ctx.all_items("/v1/%s?sort=%s" % (c, rev), cached=False)
                vals = [SORT_KEYS[field](x) for x in got]
                if len(set(json.dumps(v) for v in vals)) == len(vals) and None not in vals:
                    eq(ids(other), list(reversed(ids(got))), "%s: sort=%s is not sort=%s reversed" % (c, rev, s))


# ---------------------------------------------------------------- search, facets, fields, pretty

def test_search(ctx):
    r = ctx.ok("/v1/search?q=secure")
    check(r["meta"]["total"] > 0, "search q=secure finds nothing")
    types = set()
    for h in r["data"]:
        types.add(h["type"])
        check(not re.search(r"</?(b|mark|em|strong|span)\b", h["snippet"]), "%s: HTML in the snippet" % h["id"])
        for s, e in h["highlights"]:
            check(0 <= s < e <= len(h["snippet"]), "%s: highlight %r outside the snippet" % (h["id"], [s, e]))
            check(h["snippet"][s:e].lower().startswith("secur"),
                  "%s: highlight %r is %r" % (h["id"], [s, e], h["snippet"][s:e]))
        check(ctx.get(h["url"]).status == 200, h["url"])
    for t in ("document", "quote"):
        got = ctx.all_items("/v1/search?q=secure&type=" + t, cached=False)
        check(all(h["type"] == t for h in got), "type=%s gives other types" % t)
    allhits = ctx.all_items("/v1/search?q=secure", cached=False)
    eq(len(allhits), len(ctx.all_items("/v1/search?q=secure&type=document", cached=False))
       + len(ctx.all_items("/v1/search?q=secure&type=quote", cached=False)), "type splits the hits")
    check(page_through(ctx, "/v1/search?q=secure", "next", 2) == allhits, "search paged by links.next")
    expect_problem(ctx, "GET", "/v1/search", 400, "q")
    expect_problem(ctx, "GET", "/v1/search?q=secure&type=bogus", 400, "type")
    expect_problem(ctx, "GET", "/v1/search?q=%22", 400, "q")


def test_facets(ctx):
    docs = ctx.all_items("/v1/documents")
    d = ctx.ok("/v1/documents?facets=publisher,kind,year&limit=1")
    f = d["meta"]["facets"]
    eq(sorted(f), ["kind", "publisher", "year"], "document facets")
    eq({b["value"]: b["count"] for b in f["kind"]}, dict(collections.Counter(x["kind"] for x in docs)), "kind facet")
    pubs = collections.Counter(x["publisher"]["id"] for x in docs if x["publisher"])
    eq({b["value"]: b["count"] for b in f["publisher"] if b["value"] is not None}, dict(pubs), "publisher facet")
    years = collections.Counter(x["published"][:4] for x in docs if x["published"])
    eq({str(b["value"]): b["count"] for b in f["year"] if b["value"] is not None}, dict(years), "year facet")
    sub = ctx.ok("/v1/documents?facets=kind&kind=press_release")["meta"]["facets"]
    eq(list(sub), ["kind"], "facets=kind only")
    eq([(b["value"], b["count"]) for b in sub["kind"]],
       [("press_release", sum(1 for x in docs if x["kind"] == "press_release"))], "kind facet of a filtered set")
    quotes = ctx.all_items("/v1/quotes")
    fq = ctx.ok("/v1/quotes?facets=speaker,organization,year")["meta"]["facets"]
    eq(sorted(fq), ["organization", "speaker", "year"], "quote facets")
    eq({b["value"]: b["count"] for b in fq["speaker"]}, dict(collections.Counter(q["speaker"]["id"] for q in quotes)),
       "speaker facet")
    check("facets" not in ctx.ok("/v1/documents")["meta"], "meta.facets without facets=")
    expect_problem(ctx, "GET", "/v1/documents?facets=bogus", 400, "facets")


def test_fields(ctx):
    for c in COLLECTIONS:
        p = ctx.param("/v1/" + c, "fields")
        if p is None:
            continue
        enum = p["schema"]["items"]["enum"]
        want = enum[:3] if c != "cross-references" else ["relation", "target"]
        d = ctx.ok("/v1/%s?fields=%s" % (c, ",".join(want)))
        for x in d["data"]:
            eq(sorted(x), sorted(want), "%s?fields=%s keys" % (c, ",".join(want)))
        full = ctx.all_items("/v1/" + c)
        eq(d["data"], [{k: x[k] for k in want} for x in full[:len(d["data"])]], c + " trimmed items")
        for k in enum:
            d = ctx.ok("/v1/%s?fields=%s&limit=2" % (c, k))
            check(all(list(x) == [k] for x in d["data"]), "%s?fields=%s" % (c, k))
        expect_problem(ctx, "GET", "/v1/%s?fields=id,bogus" % c, 400, "fields")


def test_pretty(ctx):
    for p in ("/v1", "/v1/documents?limit=2", "/v1/quotes?limit=1"):
        sep = "&" if "?" in p else "?"
        a = ctx.get(p)
        b = ctx.get(p + sep + "pretty=1")
        eq(b.status, 200, p + " pretty")
        ja, jb = a.json(), b.json()
        for d in (ja, jb):
            d.pop("links", None)
        eq(jb, ja, p + ": pretty=1 changes the data")
        check(b"\n  " in b.body, p + ": pretty=1 is not indented")
        check(b"\n  " not in a.body, p + ": indented without pretty=1")


# ---------------------------------------------------------------- errors

def test_bad_requests_400(ctx):
    cursor = ctx.ok("/v1/documents?limit=1")["meta"]["next_cursor"]
    check(cursor, "no next_cursor to test with")
    cases = [
        ("/v1/documents?foo=1", "foo"), ("/v1/documents?limit=0", "limit"), ("/v1/documents?limit=201", "limit"),
        ("/v1/documents?limit=-1", "limit"), ("/v1/documents?limit=abc", "limit"), ("/v1/documents?limit=", "limit"),
        ("/v1/documents?offset=-1", "offset"), ("/v1/documents?offset=x", "offset"),
        ("/v1/documents?from=2011-13-45", "from"), ("/v1/documents?to=yesterday", "to"),
        ("/v1/documents?sort=bogus", "sort"), ("/v1/documents?sort=-bogus", "sort"),
        ("/v1/documents?fields=bogus", "fields"), ("/v1/documents?kind=bogus", "kind"),
        ("/v1/documents?offset=1&cursor=" + urllib.parse.quote(cursor), ("offset", "cursor")),
        ("/v1/documents?cursor=garbage", "cursor"), ("/v1/documents?cursor=" + "A" * 40, "cursor"),
        ("/v1/documents?q=%22", "q"), ("/v1/documents?q=AND", "q"),
        ("/v1/quotes?from=2011-02-30", "from"), ("/v1/people?role=bogus", "role"),
        ("/v1/organizations?kind=bogus", "kind"), ("/v1/cross-references?relation=bogus", "relation"),
        ("/v1/cross-references?source_type=bogus", "source_type"),
        ("/v1/quotes?sort=title", "sort"), ("/v1/reports?limit=1.5", "limit"),
        ("/v1/documents?format=xml", "format"), ("/v1/documents?pretty=2", "pretty"),
        ("/v1?foo=1", "foo"), ("/v1/feed.json?foo=1", "foo"),
        # values and names that are not UTF-8 are quoted back with U+FFFD
        ("/v1/documents?sort=%FF", "sort"), ("/v1/organizations?kind=%C3", "kind"),
        ("/v1/documents?fields=id,%FE", "fields"), ("/v1/documents?%FF=1", "\ufffd"),
    ]
    docid = ctx.all_items("/v1/documents")[0]["id"]
    cases.append(("/v1/documents/%s?foo=1" % docid, "foo"))
    failures = []
    for path, param in cases:
        try:
            expect_problem(ctx, "GET", path, 400, param)
        except Failure as e:
            failures.append(str(e))
    check(not failures, "; ".join(failures))
    r = ctx.get("/v1/documents?limit=0")
    p = r.json()
    check(p["detail"] and p["title"], "problem lacks detail/title")
    check("limit" in p["instance"] or p["instance"].startswith("/v1/documents"), "problem.instance %r" % p["instance"])
    # a cursor made for one sort order is refused under another
    c2 = ctx.ok("/v1/documents?limit=1&sort=title")["meta"]["next_cursor"]
    expect_problem(ctx, "GET", "/v1/documents?sort=-word_count&cursor=" + urllib.parse.quote(c2), 400, "cursor")


def test_not_found_404(ctx):
    paths = ["/v1/documents/no-such-document", "/v1/organizations/no-such-org", "/v1/coalitions/no-such-org",
             "/v1/people/no-such-person", "/v1/quotes/no-such-quote", "/v1/reports/no-such-report",
             "/v1/documents/no-such-document/quotes", "/v1/documents/no-such-document/cross-references",
             "/v1/organizations/no-such-org/members", "/v1/organizations/no-such-org/documents",
             "/v1/organizations/no-such-org/quotes", "/v1/organizations/no-such-org/people",
             "/v1/coalitions/no-such-org/members", "/v1/people/no-such-person/quotes",
             "/v1/reports/no-such-report/citations", "/v1/nothing-here", "/nothing-here", "/v2/documents",
             "/v1/documents/x/y/z"]
    orgs = [o for o in ctx.all_items("/v1/organizations") if o["counts"]["members"] == 0]
    if orgs:
        paths.append("/v1/coalitions/" + orgs[0]["id"])  # an organization that is not a coalition
    failures = []
    for p in paths:
        try:
            r = expect_problem(ctx, "GET", p, 404)
            eq(r.json()["instance"].split("?")[0], p, p + " problem.instance")
            eq(ctx.req("HEAD", p).status, 404, "HEAD " + p)
        except Failure as e:
            failures.append(str(e))
    check(not failures, "; ".join(failures))


def test_methods_405(ctx):
    docid = ctx.all_items("/v1/documents")[0]["id"]
    for path in ("/v1/documents", "/v1/documents/" + docid, "/v1", "/healthz", "/v1/search?q=x"):
        for m in ("POST", "PUT", "DELETE", "PATCH"):
            r = expect_problem(ctx, m, path, 405, headers={"Content-Type": "application/json"})
            allow = {x.strip().upper() for x in (r.header("allow") or "").split(",")}
            check({"GET", "HEAD", "OPTIONS"} <= allow, "%s %s: Allow %r" % (m, path, r.header("allow")))
            check(not allow & {"POST", "PUT", "DELETE", "PATCH"}, "%s %s: Allow %r" % (m, path, r.header("allow")))


# ---------------------------------------------------------------- HTTP machinery

CONDITIONAL = ["/v1", "/v1/documents", "/v1/documents?limit=2&sort=title", "/v1/quotes?facets=year",
               "/v1/search?q=secure", "/v1/feed.json", "/v1/feed.atom", "/openapi.yaml"]


def test_etag_and_304(ctx):
    docid = ctx.all_items("/v1/documents")[0]["id"]
    tags = {}
    for p in CONDITIONAL + ["/v1/documents/" + docid, "/v1/documents?format=csv"]:
        r = ctx.get(p)
        eq(r.status, 200, p)
        tag = r.header("etag")
        check(tag and re.match(r'^"[\x21\x23-\x7e]+"$', tag), "%s: ETag %r is not a strong quoted tag" % (p, tag))
        check(r.header("cache-control") and "max-age=" in r.header("cache-control"),
              "%s: Cache-Control %r" % (p, r.header("cache-control")))
        eq(ctx.get(p).header("etag"), tag, p + ": ETag not stable")
        n = ctx.req("GET", p, headers={"If-None-Match": tag})
        eq(n.status, 304, p + " with If-None-Match")
        eq(n.header("etag"), tag, p + ": 304 ETag")
        n = ctx.req("GET", p, headers={"If-None-Match": '"x", ' + tag})
        eq(n.status, 304, p + " with a list in If-None-Match")
        n = ctx.req("GET", p, headers={"If-None-Match": '"not-it"'})
        eq(n.status, 200, p + " with another ETag")
        eq(ctx.req("HEAD", p, headers={"If-None-Match": tag}).status, 304, "HEAD %s with If-None-Match" % p)
        tags[p] = tag
    check(tags["/v1/documents"] != tags["/v1/documents?limit=2&sort=title"], "different answers share an ETag")
    check(tags["/v1/documents"] != tags["/v1/documents?format=csv"], "JSON and CSV share an ETag")


def test_head_matches_get(ctx):
    docid = ctx.all_items("/v1/documents")[0]["id"]
    for p in CONDITIONAL + ["/v1/documents/" + docid, "/healthz", "/metrics", "/v1/documents?format=ndjson",
                            "/v1/cross-references?limit=3"]:
        g, h = ctx.get(p), ctx.req("HEAD", p)
        eq(h.status, g.status, "HEAD %s status" % p)
        eq(h.body, b"", "HEAD %s body" % p)
        for k in ("content-type", "etag", "link", "cache-control", "access-control-allow-origin"):
            if p == "/metrics" and k == "etag":
                continue
            eq(h.header(k), g.header(k), "HEAD %s header %s" % (p, k))
        cl = h.header("content-length")
        if cl is not None and p != "/metrics" and g.header("transfer-encoding") is None:
            eq(int(cl), len(g.body), "HEAD %s Content-Length" % p)


def test_options_preflight_and_cors(ctx):
    for p in ("/v1/documents", "/v1/documents/x", "/v1", "/openapi.yaml"):
        r = ctx.req("OPTIONS", p, headers={"Origin": "https://newsroom.example",
                                           "Access-Control-Request-Method": "GET",
                                           "Access-Control-Request-Headers": "If-None-Match, Accept"})
        check(r.status in (200, 204), "OPTIONS %s: %d" % (p, r.status))
        eq(r.body, b"", "OPTIONS %s body" % p)
        eq(r.header("access-control-allow-origin"), "*", "OPTIONS %s Allow-Origin" % p)
        methods = {x.strip().upper() for x in (r.header("access-control-allow-methods") or "").split(",")}
        check({"GET", "HEAD"} <= methods, "OPTIONS %s: Access-Control-Allow-Methods %r"
              % (p, r.header("access-control-allow-methods")))
        allowh = (r.header("access-control-allow-headers") or "").lower()
        check("*" in allowh or ("if-none-match" in allowh and "accept" in allowh),
              "OPTIONS %s: Access-Control-Allow-Headers %r" % (p, allowh))
        allow = {x.strip().upper() for x in (r.header("allow") or "").split(",")}
        check({"GET", "HEAD", "OPTIONS"} <= allow, "OPTIONS %s: Allow %r" % (p, r.header("allow")))
    r = ctx.get("/v1/documents", headers={"Origin": "https://newsroom.example"})
    eq(r.header("access-control-allow-origin"), "*", "GET Access-Control-Allow-Origin")


def test_request_ids_differ(ctx):
    a, b = ctx.get("/healthz").header("x-request-id"), ctx.get("/healthz").header("x-request-id")
    check(a != b, "two requests share X-Request-Id %r" % a)


# ---------------------------------------------------------------- CSV and NDJSON

def test_csv_and_ndjson(ctx):
    for c in COLLECTIONS:
        full = ctx.all_items("/v1/" + c)
        for how in ("format", "accept"):
            if how == "format":
                r = ctx.get("/v1/%s?format=csv" % c)
            else:
                r = ctx.get("/v1/" + c, headers={"Accept": "text/csv"})
            eq(r.status, 200, "%s csv (%s)" % (c, how))
            eq(r.content_type, "text/csv", "%s csv Content-Type" % c)
            rows = list(csv.reader(io.StringIO(r.body.decode("utf-8"), newline="")))
            check(rows, c + ": empty CSV")
            header = rows[0]
            eq(len(set(header)), len(header), c + ": duplicate CSV columns")
            check(all(re.match(r"^[a-z][a-z0-9_]*$", h) for h in header), "%s: CSV header %r" % (c, header))
            eq(len(rows) - 1, len(full), "%s csv (%s): rows vs total" % (c, how))
            check(all(len(row) == len(header) for row in rows), c + ": ragged CSV rows")
            if "id" in header:
                i = header.index("id")
                eq([row[i] for row in rows[1:]], ids(full), c + ": CSV ids and order")
            if c == "documents":
                check("publisher_id" in header and "publisher_name" in header, "documents CSV lacks publisher_id/_name")
            if how == "format":
                r = ctx.get("/v1/%s?format=ndjson" % c)
            else:
                r = ctx.get("/v1/" + c, headers={"Accept": "application/x-ndjson"})
            eq(r.status, 200, "%s ndjson (%s)" % (c, how))
            eq(r.content_type, "application/x-ndjson", c + " ndjson Content-Type")
            lines = r.body.decode("utf-8").split("\n")
            eq(lines[-1], "", c + ": NDJSON does not end with a newline")
            objs = [json.loads(x) for x in lines[:-1]]
            check(all(isinstance(o, dict) for o in objs), c + ": NDJSON lines are not objects")
            eq(len(objs), len(full), "%s ndjson (%s): lines vs total" % (c, how))
            if c != "cross-references":
                eq([o["id"] for o in objs], ids(full), c + ": NDJSON ids and order")
    r = ctx.get("/v1/documents?format=csv&kind=press_release")
    n = sum(1 for x in ctx.all_items("/v1/documents") if x["kind"] == "press_release")
    eq(len(list(csv.reader(io.StringIO(r.body.decode("utf-8"))))) - 1, n, "filtered CSV rows")


# ---------------------------------------------------------------- feeds

def test_json_feed(ctx):
    r = ctx.get("/v1/feed.json")
    eq(r.status, 200, "status")
    eq(r.content_type, "application/feed+json", "Content-Type")
    f = r.json()
    eq(f["version"], "https://jsonfeed.org/version/1.1", "version")
    check(f["title"], "no title")
    check(f["items"], "no items")
    docs = ctx.all_items("/v1/documents")
    for it in f["items"]:
        check(it["id"] and ("content_text" in it or "content_html" in it), "item %r lacks id or content" % it.get("id"))
    dates = [it["date_published"] for it in f["items"] if it.get("date_published")]
    eq(dates, sorted(dates, reverse=True), "items not newest first")
    check(len(f["items"]) <= len(docs), "more items than documents")
    pubs = {x["publisher"]["id"] for x in docs if x["publisher"]}
    for pub in pubs:
        g = ctx.ok("/v1/feed.json?publisher=" + pub)
        n = sum(1 for x in docs if x["publisher"] and x["publisher"]["id"] == pub)
        check(0 < len(g["items"]) <= n, "feed publisher=%s: %d items, %d documents" % (pub, len(g["items"]), n))
    speakers = {q["speaker"]["id"] for q in ctx.all_items("/v1/quotes") if q["speaker"]["type"] == "person"}
    for sp in sorted(speakers)[:3]:
        g = ctx.ok("/v1/feed.json?speaker=" + sp)
        check(g["items"], "feed speaker=%s is empty" % sp)


ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed(ctx):
    r = ctx.get("/v1/feed.atom")
    eq(r.status, 200, "status")
    eq(r.content_type, "application/atom+xml", "Content-Type")
    root = ET.fromstring(r.body)
    eq(root.tag, ATOM + "feed", "root element")
    for k in ("id", "title", "updated"):
        check(root.find(ATOM + k) is not None and (root.find(ATOM + k).text or "").strip(), "feed lacks " + k)
    entries = root.findall(ATOM + "entry")
    check(entries, "no entries")
    for e in entries:
        for k in ("id", "title", "updated"):
            check(e.find(ATOM + k) is not None, "entry lacks " + k)
        check(e.find(ATOM + "link") is not None, "entry lacks a link")
        check(re.match(r"^\d{4}-\d{2}-\d{2}T", e.find(ATOM + "updated").text or ""), "entry updated not RFC 3339")
    jf = ctx.ok("/v1/feed.json")
    eq(len(entries), len(jf["items"]), "Atom entries vs JSON Feed items")
    pub = next(x["publisher"]["id"] for x in ctx.all_items("/v1/documents") if x["publisher"])
    g = ctx.get("/v1/feed.atom?publisher=" + pub)
    eq(g.status, 200, "atom publisher filter")
    ET.fromstring(g.body)


# ---------------------------------------------------------------- validation coverage, data changes, shutdown

def test_every_answer_was_validated(ctx):
    check(ctx.validated > 100, "only %d answers validated" % ctx.validated)


def test_etag_and_data_version_change_with_the_data(ctx):
    before = ctx.get("/v1")
    files = sorted(f for f in os.listdir(ctx.data_dir) if f.endswith(".txt"))
    check(len(files) >= 2, "need two corpus files")
    tmp = tempfile.mkdtemp(prefix="pressroom-it-subset-")
    try:
        for f in files[:-1]:
            shutil.copy(os.path.join(ctx.data_dir, f), tmp)
        other = prtest.Server(ctx.binary, tmp)
        try:
            saved, ctx.server = ctx.server, other
            try:
                after = ctx.get("/v1")
                docs = ctx.all_items("/v1/documents", cached=False)
            finally:
                ctx.server = saved
            check(before.header("etag") != after.header("etag"), "/v1 ETag unchanged with other data")
            check(before.json()["data"]["data_version"] != after.json()["data"]["data_version"],
                  "data_version unchanged with other data")
            check(len(docs) < len(ctx.all_items("/v1/documents")), "fewer files, not fewer documents")
        finally:
            eq(other.stop(), 0, "second server's exit status on SIGTERM")
            other.cleanup()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_sigterm_exits_zero(ctx):
    rc = ctx.server.stop()
    eq(rc, 0, "exit status on SIGTERM (log: %s)" % ctx.server.log_text()[-500:])


def main():
    binary, data_dir, spec_path = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir, spec_path)
    try:
        ctx.server = prtest.Server(binary, data_dir)
    except Exception as e:
        print("FAIL setup: %s" % e)
        return prtest.finish(0, 1)
    try:
        passed, failed = prtest.run_tests(globals(), ctx, time_budget=270)
    finally:
        ctx.server.cleanup()
    print("(%d JSON answers validated against openapi.yaml)" % ctx.validated)
    return prtest.finish(passed, failed)


if __name__ == "__main__":
    sys.exit(main())
