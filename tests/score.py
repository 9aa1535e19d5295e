#!/usr/bin/env python3
"""Score pressroom's extraction, read through its HTTP API, against gold annotations.

Usage:
  score.py --gold GOLD_DIR --base http://127.0.0.1:PORT [options]
  score.py --serve PRESSROOMD --data TXT_DIR [--gold GOLD_DIR] [options]

GOLD_DIR holds NNN.json gold files (or a gold/ folder holding them). In --serve mode
the texts of TXT_DIR are loaded into a temporary database, a server is started on a
free loopback port, scored and stopped; GOLD_DIR defaults to TXT_DIR/gold.

Options:
  --json OUT            also write the figures (and the misses) as JSON to OUT
  --verbose             list every miss and every false positive
  --min KEY=VALUE ...   exit 1 when a figure is below VALUE (e.g. quotes_f1=1.0)
  --max KEY=VALUE ...   exit 1 when a figure is above VALUE (e.g. orgs_split=0)
  --timeout SECONDS     per-request timeout (default 30)

Scoring (over the whole folder at once; texts compared after normalizing case,
accents, punctuation, curly/straight quotes, a leading "the" and whitespace):
  documents      matched one-to-one by title (or title_alt); P/R/F1, then date,
                 publisher (and, for information, kind, dateline, author, contact,
                 category) accuracy on the matched ones.
  quotes         an extracted quote matches a gold quote when its text holds the gold
                 quote's first five words (text_start) followed by its last four words
                 (text_end); one-to-one; P/R/F1. Attribution F1 counts a match only when
                 the speaker's name is right too; speaker-organization accuracy is
                 measured on those.
  organizations  gold organizations are merged across files by name/acronym/alias; an
                 extracted record matches when its name, acronym or an alias equals one
                 of the gold entity's; extras equal to an optional_organizations entry
                 are ignored; P/R/F1, gold entities split over several records, records
                 merging several gold entities.
  coalitions     F1 of the member names of each gold coalition (members_alt_merge
                 honoured), macro-averaged.
  reports        matched by title or alias (gold merged across files); optional_reports
                 ignored; P/R/F1 and publisher accuracy.
  people         recall of names (gold people marked optional are not required).

Exit status: 0 all minimums met, 1 a minimum missed, 2 usage or server error.
"""

import argparse
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

MAX_PAGES = 10000
PAGE_LIMIT = 200

# ---------------------------------------------------------------- normalization

_MARKS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u0060": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00a0": " ",
})


def norm_words(s):
    """Words of s: quotes unified, accents dropped, lower case, punctuation removed."""
    if not s:
        return []
    s = unicodedata.normalize("NFKD", str(s).translate(_MARKS))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=\w)'(?=\w)", "", s)       # it's -> its, O'Neil -> oneil
    s = re.sub(r"[^\w\s]|_", " ", s)
    return s.split()


def norm(s):
    """Normalized name: norm_words joined by one space, a leading 'the' dropped."""
    w = norm_words(s)
    if len(w) > 1 and w[0] == "the":
        w = w[1:]
    return " ".join(w)


def keys_of(*values):
    """Set of normalized non-empty keys of the given strings / lists of strings."""
    out = set()
    for v in values:
        if v is None:
            continue
        if isinstance(v, (list, tuple, set)):
            out |= keys_of(*v)
        else:
            k = norm(v)
            if k:
                out.add(k)
    return out


def ratio(num, den):
    return None if den == 0 else num / den


def f1(p, r):
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def prf(tp_pred, n_pred, tp_gold, n_gold):
    """Precision, recall, F1. Saying nothing is precise; having nothing to find is
    full recall; both empty is perfect."""
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    if n_pred and not n_gold:
        p = 0.0
    return p, r, f1(p, r)


def max_matching(n_left, adj):
    """Maximum bipartite matching (Kuhn). adj[i] lists right nodes in preference
    order. Returns dict left -> right."""
    match_right = {}

    def augment(u, seen):
        for v in adj[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in match_right or augment(match_right[v], seen):
                match_right[v] = u
                return True
        return False

    sys.setrecursionlimit(max(1000, 4 * n_left + 100))
    for u in range(n_left):
        augment(u, set())
    return {u: v for v, u in match_right.items()}


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


# ---------------------------------------------------------------- gold

class Entities:
    """Gold records merged across files when any normalized key is shared."""

    def __init__(self, records):
        # records: list of (display_name, set_of_keys, payload)
        uf = UnionFind()
        for i, (_, keys, _) in enumerate(records):
            uf.find(("r", i))
            for k in keys:
                uf.union(("r", i), ("k", k))
        groups = {}
        for i, rec in enumerate(records):
            groups.setdefault(uf.find(("r", i)), []).append(rec)
        self.items = []
        self.by_key = {}
        for recs in groups.values():
            keys = set()
            for _, ks, _ in recs:
                keys |= ks
            ent = {"name": recs[0][0], "keys": keys, "records": [r[2] for r in recs]}
            idx = len(self.items)
            self.items.append(ent)
            for k in keys:
                self.by_key[k] = idx

    def lookup(self, keys):
        """Indices of the entities sharing a key with keys."""
        return sorted({self.by_key[k] for k in keys if k in self.by_key})

    def keys_for(self, name):
        """All keys of the entity a name belongs to (or the name's own key)."""
        k = norm(name)
        if not k:
            return set()
        if k in self.by_key:
            return self.items[self.by_key[k]]["keys"]
        return {k}


def gold_dir_of(path):
    if glob.glob(os.path.join(path, "*.json")):
        return path
    sub = os.path.join(path, "gold")
    if os.path.isdir(sub) and glob.glob(os.path.join(sub, "*.json")):
        return sub
    return path


def load_gold(path):
    files = sorted(glob.glob(os.path.join(gold_dir_of(path), "*.json")))
    if not files:
        raise SystemExit("score.py: no gold *.json in %s" % path)
    gold = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            g = json.load(fh)
        g.setdefault("file", os.path.basename(f))
        gold.append(g)
    return gold


# ---------------------------------------------------------------- API client

class Api:
    def __init__(self, base, timeout):
        self.base = base.rstrip("/") + "/"
        self.timeout = timeout
        # loopback only: never go through a proxy
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.warnings = []

    def get(self, path):
        url = urllib.parse.urljoin(self.base, path)
        req = urllib.request.Request(url, headers={"Accept": "application/json"})
        with self.opener.open(req, timeout=self.timeout) as r:
            return json.loads(r.read().decode("utf-8"))

    def get_all(self, path):
        """Every item of a collection: limit=200, follow links.next until null."""
        sep = "&" if "?" in path else "?"
        url = "%s%slimit=%d" % (path, sep, PAGE_LIMIT)
        items, seen_urls, total = [], set(), None
        for _ in range(MAX_PAGES):
            body = self.get(url)
            data = body.get("data")
            if not isinstance(data, list):
                raise RuntimeError("%s: 'data' is not a list" % url)
            items.extend(data)
            if total is None:
                total = (body.get("meta") or {}).get("total")
            nxt = (body.get("links") or {}).get("next")
            if not nxt or not data:
                break
            nxt = urllib.parse.urljoin(urllib.parse.urljoin(self.base, url), nxt)
            if nxt in seen_urls:
                raise RuntimeError("%s: links.next loops" % path)
            seen_urls.add(nxt)
            url = nxt
        else:
            raise RuntimeError("%s: more than %d pages" % (path, MAX_PAGES))
        out, ids = [], set()
        for it in items:
            i = it.get("id") if isinstance(it, dict) else None
            if i is not None and i in ids:
                self.warnings.append("%s: item %s served twice while paging" % (path, i))
                continue
            ids.add(i)
            out.append(it)
        if isinstance(total, int) and total != len(items):
            self.warnings.append("%s: meta.total=%d but %d items paged"
                                 % (path, total, len(items)))
        return out

    def members(self, coalition):
        cid = urllib.parse.quote(str(coalition.get("id", "")), safe="")
        for p in ("v1/coalitions/%s/members" % cid, "v1/organizations/%s/members" % cid):
            try:
                return self.get_all(p)
            except urllib.error.HTTPError as e:
                if e.code != 404:
                    raise
        try:
            return (self.get("v1/coalitions/%s" % cid).get("data") or {}).get("members") or []
        except urllib.error.HTTPError:
            return []


def fetch(api):
    ext = {}
    for name in ("documents", "quotes", "organizations", "coalitions", "reports", "people"):
        ext[name] = api.get_all("v1/" + name)
    # coalitions are organizations too; make sure none is missing from the org list
    ids = {o.get("id") for o in ext["organizations"]}
    for c in ext["coalitions"]:
        if c.get("id") not in ids:
            ext["organizations"].append(c)
    for c in ext["coalitions"]:
        c["_members"] = api.members(c)
    return ext


def ref_name(ref, field="name"):
    if isinstance(ref, dict):
        return ref.get(field) or ref.get("name") or ref.get("title")
    if isinstance(ref, str):
        return ref
    return None


def org_keys(rec):
    if not isinstance(rec, dict):
        return keys_of(rec)
    return keys_of(rec.get("name"), rec.get("acronym"), rec.get("aliases") or [])


# ---------------------------------------------------------------- scoring

def score_documents(gold, ext, orgs, res):
    gdocs = []
    for g in gold:
        for d in g.get("documents", []):
            gdocs.append(dict(d, _file=g["file"]))
    edocs = ext["documents"]
    gkeys = [keys_of(d.get("title"), d.get("title_alt") or []) for d in gdocs]
    adj = []
    for e in edocs:
        k = norm(e.get("title"))
        adj.append([j for j, ks in enumerate(gkeys) if k and k in ks])
    m = max_matching(len(edocs), adj)
    n = len(m)
    p, r, f = prf(n, len(edocs), n, len(gdocs))
    fig = res["figures"]
    fig.update(documents_precision=p, documents_recall=r, documents_f1=f)

    def same(a, b):
        return norm(a) == norm(b)

    acc = {k: [0, 0] for k in ("date", "publisher", "kind", "dateline", "author",
                               "contact", "category")}
    wrong = []
    for ei, gi in m.items():
        e, g = edocs[ei], gdocs[gi]
        title = g["title"]

        def tally(key, ok, got, want):
            acc[key][1] += 1
            if ok:
                acc[key][0] += 1
            else:
                wrong.append("%s of %r: got %r, want %r" % (key, title, got, want))

        tally("date", (e.get("published") or None) == (g.get("date") or None),
              e.get("published"), g.get("date"))
        pub = ref_name(e.get("publisher"))
        gp = g.get("publisher")
        if gp:
            ok = norm(pub) in orgs.keys_for(gp) if pub else bool(g.get("publisher_optional"))
        else:
            alts = g.get("publisher_alt") or []
            ok = pub is None or any(norm(pub) in orgs.keys_for(a) for a in alts)
        tally("publisher", ok, pub, gp if gp else (["null"] + alts))
        if "kind" in g:
            tally("kind", e.get("kind") == g.get("kind"), e.get("kind"), g.get("kind"))
        if "dateline" in g:
            tally("dateline", same(e.get("dateline"), g.get("dateline")),
                  e.get("dateline"), g.get("dateline"))
        tally("author", same(ref_name(e.get("author")), g.get("author")),
              ref_name(e.get("author")), g.get("author"))
        if "contact" in g:
            c = e.get("contact")
            cn = c.get("name") if isinstance(c, dict) else c
            tally("contact", same(cn, g.get("contact")), cn, g.get("contact"))
        tally("category", same(e.get("category"), g.get("category")),
              e.get("category"), g.get("category"))
    fig["dates_accuracy"] = ratio(*acc["date"])
    fig["documents_publisher_accuracy"] = ratio(*acc["publisher"])
    for k in ("kind", "dateline", "author", "contact", "category"):
        res["info"]["documents_%s_accuracy" % k] = ratio(*acc[k])
    res["counts"]["documents"] = {"gold": len(gdocs), "extracted": len(edocs), "matched": n}
    matched_g = set(m.values())
    res["misses"]["documents"] = ["%s: %s" % (d["_file"], d["title"])
                                  for i, d in enumerate(gdocs) if i not in matched_g]
    res["false_positives"]["documents"] = [e.get("title") for i, e in enumerate(edocs)
                                           if i not in m]
    res["wrong"]["documents"] = wrong


def find_seq(words, seq):
    """Start indices of seq inside words."""
    n = len(seq)
    if n == 0:
        return []
    return [i for i in range(len(words) - n + 1) if words[i:i + n] == seq]


def quote_holds(words, start, end):
    ss = find_seq(words, start)
    es = find_seq(words, end)
    return bool(ss and es and min(ss) <= max(es))


def speaker_ok(e, g, orgs):
    sp = e.get("speaker")
    name = ref_name(sp)
    if not name:
        return False
    if g.get("speaker_is_organization"):
        return norm(name) in orgs.keys_for(g.get("speaker"))
    return norm(name) == norm(g.get("speaker"))


def score_quotes(gold, ext, orgs, res):
    gq = []
    for g in gold:
        for q in g.get("quotes", []):
            gq.append(dict(q, _file=g["file"]))
    eq = ext["quotes"]
    gpat = [(norm_words(q.get("text_start"))[:5], norm_words(q.get("text_end"))[-4:])
            for q in gq]
    adj = []
    for e in eq:
        words = norm_words(e.get("text"))
        cands = [j for j, (s, t) in enumerate(gpat) if quote_holds(words, s, t)]
        cands.sort(key=lambda j: (not speaker_ok(e, gq[j], orgs), j))
        adj.append(cands)
    m = max_matching(len(eq), adj)
    n = len(m)
    p, r, f = prf(n, len(eq), n, len(gq))
    fig = res["figures"]
    fig.update(quotes_precision=p, quotes_recall=r, quotes_f1=f)
    attr = [(ei, gi) for ei, gi in m.items() if speaker_ok(eq[ei], gq[gi], orgs)]
    ap, ar, af = prf(len(attr), len(eq), len(attr), len(gq))
    fig.update(attribution_precision=ap, attribution_recall=ar, attribution_f1=af)
    ok_org, wrong = 0, []
    for ei, gi in attr:
        e, g = eq[ei], gq[gi]
        got = ref_name(e.get("organization"))
        want = g.get("organization")
        good = (norm(got) in orgs.keys_for(want)) if want else not got
        if good:
            ok_org += 1
        else:
            wrong.append("organization of %s's quote %r: got %r, want %r"
                         % (g.get("speaker"), g.get("text_start"), got, want))
    for ei, gi in m.items():
        if (ei, gi) not in attr:
            wrong.append("speaker of quote %r: got %r, want %r"
                         % (gq[gi].get("text_start"), ref_name(eq[ei].get("speaker")),
                            gq[gi].get("speaker")))
    fig["speaker_org_accuracy"] = ratio(ok_org, len(attr))
    res["counts"]["quotes"] = {"gold": len(gq), "extracted": len(eq), "matched": n,
                               "attributed": len(attr)}
    mg = set(m.values())
    res["misses"]["quotes"] = ["%s: %s: %s … %s" % (q["_file"], q.get("speaker"),
                                                   q.get("text_start"), q.get("text_end"))
                               for i, q in enumerate(gq) if i not in mg]
    res["false_positives"]["quotes"] = [
        "%s: %s" % (ref_name(e.get("speaker")), short(e.get("text")))
        for i, e in enumerate(eq) if i not in m]
    res["wrong"]["quotes"] = wrong


def short(s, n=90):
    s = " ".join(str(s or "").split())
    return s if len(s) <= n else s[:n - 1] + "…"


def score_organizations(gold, ext, orgs, optional_orgs, res):
    eorgs = ext["organizations"]
    matched_by = {}
    tp = fp = ignored = overmerged = 0
    fps = []
    for e in eorgs:
        ks = org_keys(e)
        hits = orgs.lookup(ks)
        if hits:
            tp += 1
            if len(hits) > 1:
                overmerged += 1
            for h in hits:
                matched_by.setdefault(h, []).append(e.get("name"))
        elif ks & optional_orgs:
            ignored += 1
        else:
            fp += 1
            fps.append("%s%s" % (e.get("name"), " (%s)" % e["acronym"] if e.get("acronym") else ""))
    n_gold = len(orgs.items)
    p, r, f = prf(tp, tp + fp, len(matched_by), n_gold)
    split = {i: names for i, names in matched_by.items() if len(names) > 1}
    res["figures"].update(orgs_precision=p, orgs_recall=r, orgs_f1=f, orgs_split=len(split),
                          orgs_overmerged=overmerged)
    res["counts"]["organizations"] = {"gold": n_gold, "extracted": len(eorgs), "matched": tp,
                                      "ignored_optional": ignored, "false_positive": fp}
    res["misses"]["organizations"] = sorted(orgs.items[i]["name"] for i in range(n_gold)
                                            if i not in matched_by)
    res["false_positives"]["organizations"] = sorted(fps)
    res["wrong"]["organizations"] = ["%s split over %s" % (orgs.items[i]["name"], names)
                                     for i, names in sorted(split.items())]


def member_f1(gold_members, ext_members, orgs):
    gk = [orgs.keys_for(mb) | keys_of(mb) for mb in gold_members]
    ek = [org_keys(e) for e in ext_members]
    adj = [[j for j, ks in enumerate(gk) if ks & eks] for eks in ek]
    m = max_matching(len(ek), adj)
    p, r, f = prf(len(m), len(ek), len(m), len(gk))
    mg = set(m.values())
    miss = [gold_members[j] for j in range(len(gk)) if j not in mg]
    extra = [ref_name(ext_members[i]) for i in range(len(ek)) if i not in m]
    return f, miss, extra


def score_coalitions(gold, ext, orgs, res):
    # merge gold coalitions across files by the organization entity they name
    merged = {}
    for g in gold:
        for c in g.get("coalitions", []):
            ks = orgs.keys_for(c["name"])
            key = min(ks) if ks else c["name"]
            cur = merged.setdefault(key, {"name": c["name"], "keys": set(ks), "members": [],
                                          "alt": []})
            for mb in c.get("members", []):
                if norm(mb) not in {norm(x) for x in cur["members"]}:
                    cur["members"].append(mb)
            cur["alt"].extend(c.get("members_alt_merge") or [])
    scores, misses, fps, details = [], [], [], {}
    ecoal = ext["coalitions"]
    for key, c in sorted(merged.items()):
        cands = [e for e in ecoal if org_keys(e) & (c["keys"] | keys_of(c["name"]))]
        best = (0.0, list(c["members"]), [], None)
        for e in cands:
            for mask in range(1 << len(c["alt"])):
                members = list(c["members"])
                for bit, grp in enumerate(c["alt"]):
                    if mask >> bit & 1:
                        gn = {norm(x) for x in grp}
                        members = [x for x in members if norm(x) not in gn]
                        members.append(", ".join(grp))
                f, miss, extra = member_f1(members, e.get("_members") or [], orgs)
                if best[3] is None or f > best[0]:
                    best = (f, miss, extra, e.get("name"))
        scores.append(best[0])
        details[c["name"]] = best[0]
        if best[3] is None:
            misses.append("coalition %s not found" % c["name"])
        else:
            misses.extend("%s: member %s" % (c["name"], x) for x in best[1])
            fps.extend("%s: member %s" % (c["name"], x) for x in best[2])
    allk = set()
    for c in merged.values():
        allk |= c["keys"] | keys_of(c["name"])
    extra_coal = [e.get("name") for e in ecoal if not (org_keys(e) & allk)]
    res["figures"]["coalition_f1"] = ratio(sum(scores), len(scores))
    res["info"]["coalitions_per_gold"] = details
    res["counts"]["coalitions"] = {"gold": len(merged), "extracted": len(ecoal),
                                   "extracted_not_in_gold": len(extra_coal)}
    res["misses"]["coalitions"] = misses
    res["false_positives"]["coalitions"] = fps + ["coalition %s (not in gold)" % x
                                                  for x in extra_coal]


def optional_report_keys(gold):
    out = []
    for g in gold:
        for s in g.get("optional_reports", []) or []:
            s = re.sub(r"\([^)]*\)", " ", s)
            w = [x[:-1] if len(x) > 3 and x.endswith("s") else x for x in norm_words(s)]
            if w:
                out.append(" ".join(w))
    return out


def is_optional_report(title, opt):
    w = [x[:-1] if len(x) > 3 and x.endswith("s") else x for x in norm_words(title)]
    t = " ".join(w)
    for o in opt:
        if t == o or (len(w) >= 3 and (t in o or o in t)):
            return True
    return False


def score_reports(gold, ext, orgs, res):
    recs = []
    for g in gold:
        for rp in g.get("reports", []):
            recs.append((rp["title"], keys_of(rp["title"], rp.get("aliases") or []),
                         dict(rp, _file=g["file"])))
    ents = Entities(recs)
    opt = optional_report_keys(gold)
    matched_by = {}
    tp = fp = ignored = 0
    fps = []
    for e in ext["reports"]:
        hits = ents.lookup(keys_of(e.get("title"), e.get("aliases") or []))
        if hits:
            tp += 1
            for h in hits:
                matched_by.setdefault(h, []).append(e)
        elif is_optional_report(e.get("title"), opt):
            ignored += 1
        else:
            fp += 1
            fps.append(e.get("title"))
    p, r, f = prf(tp, tp + fp, len(matched_by), len(ents.items))
    ok_pub = ok_date = n_date = 0
    wrong = []
    for i, es in matched_by.items():
        ent = ents.items[i]
        gp = next((x.get("publisher") for x in ent["records"] if x.get("publisher")), None)
        gd = next((x.get("date") for x in ent["records"] if x.get("date")), None)
        pubs = [ref_name(e.get("publisher")) for e in es]
        good = any((norm(pb) in orgs.keys_for(gp)) if gp else not pb for pb in pubs)
        if good:
            ok_pub += 1
        else:
            wrong.append("publisher of %r: got %r, want %r" % (ent["name"], pubs, gp))
        if gd:
            n_date += 1
            if any(e.get("published") == gd for e in es):
                ok_date += 1
            else:
                wrong.append("date of %r: got %r, want %r"
                             % (ent["name"], [e.get("published") for e in es], gd))
    res["figures"].update(reports_precision=p, reports_recall=r, reports_f1=f,
                          reports_publisher_accuracy=ratio(ok_pub, len(matched_by)))
    res["info"]["reports_date_accuracy"] = ratio(ok_date, n_date)
    res["info"]["reports_split"] = sum(1 for es in matched_by.values() if len(es) > 1)
    res["counts"]["reports"] = {"gold": len(ents.items), "extracted": len(ext["reports"]),
                                "matched": tp, "ignored_optional": ignored,
                                "false_positive": fp}
    res["misses"]["reports"] = [ents.items[i]["name"] for i in range(len(ents.items))
                                if i not in matched_by]
    res["false_positives"]["reports"] = fps
    res["wrong"]["reports"] = wrong


def score_people(gold, ext, orgs, res):
    required, optional = {}, set()
    for g in gold:
        for pp in g.get("people", []):
            k = norm(pp.get("name"))
            if not k:
                continue
            if pp.get("optional"):
                optional.add(k)
            else:
                required.setdefault(k, dict(pp, _file=g["file"]))
    optional -= set(required)
    names = {norm(p.get("name")) for p in ext["people"]}
    found = [k for k in required if k in names]
    res["figures"]["people_recall"] = ratio(len(found), len(required)) if required else 1.0
    extra = sorted(p.get("name") for p in ext["people"]
                   if norm(p.get("name")) not in required and norm(p.get("name")) not in optional)
    res["info"]["people_precision"] = ratio(len(ext["people"]) - len(extra), len(ext["people"]))
    res["counts"]["people"] = {"gold": len(required), "extracted": len(ext["people"]),
                               "found": len(found)}
    res["misses"]["people"] = ["%s: %s" % (v["_file"], v["name"])
                               for k, v in required.items() if k not in names]
    res["false_positives"]["people"] = extra


def score(gold, ext):
    recs, optional_orgs = [], set()
    for g in gold:
        for o in g.get("organizations", []):
            recs.append((o["name"], keys_of(o.get("name"), o.get("acronym"),
                                            o.get("aliases") or []), o))
        optional_orgs |= keys_of(g.get("optional_organizations") or [])
    orgs = Entities(recs)
    res = {"figures": {}, "info": {}, "counts": {}, "misses": {}, "false_positives": {},
           "wrong": {}}
    score_documents(gold, ext, orgs, res)
    score_quotes(gold, ext, orgs, res)
    score_organizations(gold, ext, orgs, optional_orgs, res)
    score_coalitions(gold, ext, orgs, res)
    score_reports(gold, ext, orgs, res)
    score_people(gold, ext, orgs, res)
    return res


# ---------------------------------------------------------------- output

TABLE = [
    ("documents", [("P", "documents_precision"), ("R", "documents_recall"),
                   ("F1", "documents_f1"), ("date", "dates_accuracy"),
                   ("publisher", "documents_publisher_accuracy")]),
    ("quotes", [("P", "quotes_precision"), ("R", "quotes_recall"), ("F1", "quotes_f1"),
                ("attr F1", "attribution_f1"), ("speaker org", "speaker_org_accuracy")]),
    ("organizations", [("P", "orgs_precision"), ("R", "orgs_recall"), ("F1", "orgs_f1"),
                       ("split", "orgs_split"), ("overmerged", "orgs_overmerged")]),
    ("coalitions", [("member F1", "coalition_f1")]),
    ("reports", [("P", "reports_precision"), ("R", "reports_recall"), ("F1", "reports_f1"),
                 ("publisher", "reports_publisher_accuracy")]),
    ("people", [("recall", "people_recall")]),
]


def fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return "%.3f" % v


def print_table(res, out):
    fig = res["figures"]
    for section, cols in TABLE:
        cnt = res["counts"].get(section, {})
        cs = ", ".join("%s %s" % (k, v) for k, v in cnt.items())
        line = "  ".join("%s %s" % (lab, fmt(fig.get(key))) for lab, key in cols)
        out.write("%-14s %s\n%14s (%s)\n" % (section, line, "", cs))
    info = ", ".join("%s %s" % (k, fmt(v)) for k, v in sorted(res["info"].items())
                     if not isinstance(v, dict))
    out.write("%-14s %s\n" % ("info", info))


def print_verbose(res, out):
    for title, part in (("MISS", "misses"), ("FALSE POSITIVE", "false_positives"),
                        ("WRONG", "wrong")):
        for section, items in res[part].items():
            for it in items:
                out.write("%s %s: %s\n" % (title, section, it))


def parse_limits(items, parser, flag):
    out = {}
    for it in items or []:
        if "=" not in it:
            parser.error("%s expects KEY=VALUE, got %r" % (flag, it))
        k, v = it.split("=", 1)
        try:
            out[k.strip()] = float(v)
        except ValueError:
            parser.error("%s %s: %r is not a number" % (flag, k, v))
    return out


def check_limits(fig, mins, maxs, out):
    failed = []
    for k, lim in mins.items():
        v = fig.get(k)
        if v is None:
            out.write("note: %s is n/a, minimum %s not checked\n" % (k, lim))
        elif v + 1e-9 < lim:
            failed.append("%s = %s < %s" % (k, fmt(v), lim))
    for k, lim in maxs.items():
        v = fig.get(k)
        if v is not None and v - 1e-9 > lim:
            failed.append("%s = %s > %s" % (k, fmt(v), lim))
    for f in failed:
        out.write("FAIL %s\n" % f)
    return not failed


# ---------------------------------------------------------------- serve mode

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """Loads a folder into a temporary database and serves it on loopback."""

    def __init__(self, binary, data, timeout):
        self.binary, self.data, self.timeout = binary, data, timeout
        self.tmp = self.proc = self.log = None

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="pressroom-score-")
        db = os.path.join(self.tmp, "score.db")
        r = subprocess.run([self.binary, "load", "--db", db, self.data],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=300)
        if r.returncode != 0:
            raise RuntimeError("load failed (exit %d):\n%s"
                               % (r.returncode, r.stdout.decode("utf-8", "replace")[-4000:]))
        self.port = free_port()
        self.log = open(os.path.join(self.tmp, "serve.log"), "w+b")
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--db", db, "--listen", "127.0.0.1:%d" % self.port],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.base = "http://127.0.0.1:%d" % self.port
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited with %d:\n%s"
                                   % (self.proc.returncode, self.tail()))
            try:
                with opener.open(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server not healthy after 30 s:\n" + self.tail())
            time.sleep(0.1)
        return self

    def tail(self):
        if not self.log:
            return ""
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-4000:]

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.log:
            self.log.close()
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False


# ---------------------------------------------------------------- main

def run(args, base):
    gold = load_gold(args.gold)
    api = Api(base, args.timeout)
    ext = fetch(api)
    res = score(gold, ext)
    res["warnings"] = api.warnings
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", help="folder of gold NNN.json files")
    ap.add_argument("--base", help="API base URL, e.g. http://127.0.0.1:8080")
    ap.add_argument("--serve", metavar="PRESSROOMD", help="pressroomd binary to run")
    ap.add_argument("--data", help="folder of *.txt to load (with --serve)")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    ap.add_argument("--min", nargs="+", action="extend", default=[], metavar="KEY=VALUE")
    ap.add_argument("--max", nargs="+", action="extend", default=[], metavar="KEY=VALUE")
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args(argv)
    mins = parse_limits(args.min, ap, "--min")
    maxs = parse_limits(args.max, ap, "--max")
    if bool(args.base) == bool(args.serve):
        ap.error("give exactly one of --base or --serve")
    if args.serve and not args.data:
        ap.error("--serve needs --data")
    if not args.gold:
        if not args.data:
            ap.error("--gold is required")
        args.gold = args.data
    known = {k for _, cols in TABLE for _, k in cols} | {
        "quotes_precision", "quotes_recall", "attribution_precision", "attribution_recall"}
    for k in list(mins) + list(maxs):
        if k not in known:
            ap.error("unknown figure %r (known: %s)" % (k, ", ".join(sorted(known))))

    try:
        if args.serve:
            with Server(args.serve, args.data, args.timeout) as srv:
                res = run(args, srv.base)
        else:
            res = run(args, args.base)
    except (RuntimeError, OSError, urllib.error.URLError, ValueError,
            subprocess.TimeoutExpired) as e:
        sys.stderr.write("score.py: %s\n" % e)
        return 2

    out = sys.stdout
    out.write("gold: %s\n" % gold_dir_of(args.gold))
    print_table(res, out)
    for w in res.get("warnings", []):
        out.write("warning: %s\n" % w)
    if args.verbose:
        print_verbose(res, out)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=2, sort_keys=True)
            fh.write("\n")
    return 0 if check_limits(res["figures"], mins, maxs, out) else 1


if __name__ == "__main__":
    sys.exit(main())
