#!/usr/bin/python3
"""The command line: --version, --help, load, extract, migrate, check.

    test_cli.py PRESSROOMD DATA_DIR [OPENAPI_YAML]
"""
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402

TEN_MIB = 10 * 1024 * 1024


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary, self.data_dir = binary, data_dir
        self.tmp = tempfile.mkdtemp(prefix="pressroom-cli-")
        self.files = sorted(os.path.join(data_dir, f) for f in os.listdir(data_dir) if f.endswith(".txt"))
        self.n = 0

    def path(self, name):
        self.n += 1
        return os.path.join(self.tmp, "%d-%s" % (self.n, name))

    def run(self, *args, timeout=120):
        r = prtest.run(self.binary, *args, timeout=timeout)
        r.out = r.stdout.decode("utf-8", "replace")
        r.err = r.stderr.decode("utf-8", "replace")
        return r

    def load(self, db, *paths, ok=True):
        r = self.run("load", "--db", db, *paths)
        if ok:
            eq(r.returncode, 0, "load %s: exit status (stderr: %s)" % (" ".join(map(os.path.basename, paths)), r.err))
        return r

    def loaded_db(self):
        db = self.path("corpus.db")
        self.load(db, self.data_dir)
        return db


def dump(db):
    """Every row of every table, as text: compares databases before and after."""
    con = sqlite3.connect(db)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def q(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def data_version(db):
    rows = q(db, "SELECT value FROM meta WHERE key = 'data_version'")
    check(rows and rows[0][0], "no data_version in meta")
    return rows[0][0]


def counts(db):
    return {t: q(db, "SELECT count(*) FROM " + t)[0][0]
            for t in ("sources", "documents", "organizations", "people", "quotes", "reports", "citations",
                      "memberships", "cross_references")}


def doc_ids(db):
    return sorted(r[0] for r in q(db, "SELECT id FROM documents"))


# ---------------------------------------------------------------- basics

def test_version(ctx):
    r = ctx.run("--version")
    eq(r.returncode, 0, "exit status")
    check(re.match(r"^pressroomd \d+\.\d+\.\d+", r.out), "--version prints %r" % r.out)
    meson = os.path.join(prtest.SOURCE_ROOT, "meson.build")
    if os.path.exists(meson):
        m = re.search(r"version\s*:\s*'([^']+)'", open(meson).read())
        if m:
            check(m.group(1) in r.out.split("\n")[0], "--version %r is not the project version %s" % (r.out, m.group(1)))


def test_help(ctx):
    r = ctx.run("--help")
    eq(r.returncode, 0, "exit status")
    for word in ("usage", "serve", "load", "extract", "migrate", "check", "--db", "--listen", "--version"):
        check(word in r.out, "--help does not mention %s" % word)
    r = ctx.run("no-such-command")
    check(r.returncode != 0, "an unknown command exits 0")
    check("no-such-command" in r.err, "the message does not name the unknown command: %r" % r.err)
    r = ctx.run()
    check(r.returncode != 0, "no arguments exits 0")
    r = ctx.run("load", ctx.data_dir)
    check(r.returncode != 0 and "--db" in r.err, "load without --db: %d %r" % (r.returncode, r.err))


# ---------------------------------------------------------------- load

def test_load_corpus_then_again_changes_nothing(ctx):
    db = ctx.path("twice.db")
    r = ctx.load(db, ctx.data_dir)
    c = counts(db)
    eq(c["sources"], len(ctx.files), "one sources row per file")
    check(c["documents"] >= len(ctx.files), "fewer documents than files: %r" % c)
    v, before = data_version(db), dump(db)
    time.sleep(1.1)  # a rewrite would show in loaded_at
    r = ctx.load(db, ctx.data_dir)
    eq(data_version(db), v, "data_version after an unchanged load")
    eq(counts(db), c, "row counts after an unchanged load")
    check(dump(db) == before, "an unchanged load changed the database")
    check("unchanged" in r.out, "the second load does not say the files were unchanged: %r" % r.out)
    r = ctx.load(db, *ctx.files)
    check(dump(db) == before, "loading the files by name changed the database")


def test_load_is_order_independent(ctx):
    a, b = ctx.path("fwd.db"), ctx.path("rev.db")
    ctx.load(a, *ctx.files)
    for f in reversed(ctx.files):
        ctx.load(b, f)
    eq(data_version(b), data_version(a), "data_version by load order")
    for t in ("documents", "organizations", "people", "quotes", "reports"):
        eq(sorted(r[0] for r in q(b, "SELECT id FROM " + t)), sorted(r[0] for r in q(a, "SELECT id FROM " + t)),
           t + " ids by load order")
    eq(sorted(q(b, "SELECT id, json FROM documents")), sorted(q(a, "SELECT id, json FROM documents")),
       "documents' JSON by load order")


def test_changed_file_replaces_what_it_gave(ctx):
    src = ctx.files[0]
    d = ctx.path("changed")
    os.mkdir(d)
    f = os.path.join(d, os.path.basename(src))
    shutil.copy(src, f)
    db = ctx.path("changed.db")
    ctx.load(db, f)
    old = doc_ids(db)
    check(old, "no documents from %s" % f)
    text = open(f, encoding="utf-8").read()
    title = q(db, "SELECT title FROM documents ORDER BY rowid LIMIT 1")[0][0]
    check(title in text, "the title %r is not in the file" % title)
    new_title = "Pressroom Test Headline About Community Safety"
    open(f, "w", encoding="utf-8").write(text.replace(title, new_title))
    r = ctx.load(db, f)
    check("replaced" in r.out, "the load does not say the file was replaced: %r" % r.out)
    new = doc_ids(db)
    eq(counts(db)["sources"], 1, "sources rows after replacing a file")
    check(not set(old) & set(new) or len(old) > 1, "the old document is still there: %r" % old)
    check(any("pressroom-test-headline-about-community-safety" in i for i in new),
          "the new document is missing: %r" % new)
    eq(q(db, "SELECT count(*) FROM documents WHERE title = ?", title)[0][0], 0, "documents with the old title")


BAD_INPUTS = [
    ("not-utf8.txt", b"Press release\n\nCaf\xe9 owners \xff said things.\n", r"utf-?8"),
    ("nul.txt", b"Press release\n\nSome text\x00 with a NUL byte.\n", r"nul"),
    ("empty.txt", b"", r"empty"),
    ("huge.txt", None, r"large|big|size|10 ?mib|limit"),
    ("missing.txt", "missing", r"no such|not found|missing|does not exist|cannot open"),
]


def test_bad_inputs_are_refused_and_change_nothing(ctx):
    db = ctx.loaded_db()
    before_dump, before_counts, before_v = dump(db), counts(db), data_version(db)
    d = ctx.path("bad")
    os.mkdir(d)
    good = os.path.join(d, "good.txt")  # a valid new file in the same load: all or nothing
    text = open(ctx.files[0], encoding="utf-8").read().replace("NILC Calls on DHS", "NILC Again Calls on DHS")
    open(good, "w", encoding="utf-8").write(text)
    failures = []
    for name, content, reason in BAD_INPUTS:
        path = os.path.join(d, name)
        if content is None:
            with open(path, "wb") as f:
                f.write((b"Lorem ipsum dolor sit amet.\n" * (TEN_MIB // 28 + 2)))
            check(os.path.getsize(path) > TEN_MIB, "test file not over 10 MiB")
        elif isinstance(content, bytes):
            with open(path, "wb") as f:
                f.write(content)
        r = ctx.run("load", "--db", db, good, path)
        try:
            check(r.returncode != 0, "%s: load exits 0" % name)
            check(name in r.err, "%s: the message does not name the file: %r" % (name, r.err))
            check(re.search(reason, r.err, re.I), "%s: the message does not give the reason (%s): %r"
                  % (name, reason, r.err))
            check(counts(db) == before_counts and data_version(db) == before_v, "%s: the database changed" % name)
            check(dump(db) == before_dump, "%s: the database changed" % name)
        except Failure as e:
            failures.append(str(e))
        if os.path.exists(path):
            os.unlink(path)
    check(not failures, "; ".join(failures))
    # a directory holding a bad file is refused as a whole
    shutil.copy(ctx.files[1], os.path.join(d, "ok.txt"))
    open(os.path.join(d, "zz-nul.txt"), "wb").write(b"text\x00more")
    r = ctx.run("load", "--db", db, d)
    check(r.returncode != 0 and "zz-nul.txt" in r.err, "a directory with a bad file: %d %r" % (r.returncode, r.err))
    check(dump(db) == before_dump, "a refused directory changed the database")


def test_load_into_a_fresh_db_refused_leaves_no_data(ctx):
    db = ctx.path("fresh.db")
    bad = ctx.path("empty.txt")
    open(bad, "wb").close()
    r = ctx.run("load", "--db", db, ctx.files[0], bad)
    check(r.returncode != 0, "load exits 0")
    if os.path.exists(db):
        tables = {t for (t,) in q(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" in tables:
            eq(q(db, "SELECT count(*) FROM documents")[0][0], 0, "documents after a refused load")


# ---------------------------------------------------------------- extract

def test_extract_prints_json(ctx):
    r = ctx.run("extract", ctx.files[0])
    eq(r.returncode, 0, "exit status (%s)" % r.err)
    x = json.loads(r.out)
    check(isinstance(x, dict) and isinstance(x.get("documents"), list) and x["documents"],
          "no documents array: %r" % r.out[:200])
    eq(x.get("file"), os.path.basename(ctx.files[0]), "file")
    check(re.match(r"^[0-9a-f]{64}$", x.get("sha256", "")), "sha256 %r" % x.get("sha256"))
    for d in x["documents"]:
        for k in ("title", "kind", "published", "publisher", "body", "start", "end", "quotes", "organizations",
                  "people", "reports", "coalitions"):
            check(k in d, "a document lacks %r" % k)
        check(0 <= d["start"] < d["end"] <= os.path.getsize(ctx.files[0]), "start/end %r" % [d["start"], d["end"]])
    r = ctx.run("extract", ctx.files[0], ctx.files[1])
    eq(r.returncode, 0, "two files: exit status")
    both = json.loads(r.out)
    check(isinstance(both, list) and len(both) == 2 and all("documents" in y for y in both),
          "two files: not an array of two extractions")
    bad = ctx.path("nul.txt")
    open(bad, "wb").write(b"a\x00b")
    r = ctx.run("extract", bad)
    check(r.returncode != 0 and "nul.txt" in r.err, "extract of a bad file: %d %r" % (r.returncode, r.err))


# ---------------------------------------------------------------- migrate and check

def test_migrate_and_check(ctx):
    db = ctx.loaded_db()
    before = dump(db)
    r = ctx.run("migrate", "--db", db)
    eq(r.returncode, 0, "migrate exit status (%s)" % r.err)
    eq(dump(db), before, "migrate of an up-to-date database changed it")
    r = ctx.run("check", "--db", db)
    eq(r.returncode, 0, "check exit status (%s)" % r.err)
    check("ok" in r.out.lower(), "check says %r" % r.out)
    fresh = ctx.path("migrated.db")
    r = ctx.run("migrate", "--db", fresh)
    eq(r.returncode, 0, "migrate of a new file (%s)" % r.err)
    check(q(fresh, "SELECT max(version) FROM schema_migrations")[0][0] >= 1, "no schema version recorded")
    eq(ctx.run("check", "--db", fresh).returncode, 0, "check of a freshly migrated database")
    r = ctx.run("check", "--db", ctx.path("absent.db"))
    check(r.returncode != 0, "check of a missing database exits 0")
    junk = ctx.path("junk.db")
    open(junk, "wb").write(b"this is not a database" * 100)
    r = ctx.run("check", "--db", junk)
    check(r.returncode != 0, "check of a non-database exits 0")


def test_newer_schema_is_refused(ctx):
    db = ctx.loaded_db()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                "VALUES (999, '999_future.sql', '2099-01-01T00:00:00Z')")
    con.commit()
    con.close()
    before = dump(db)
    failures = []
    for args in (["migrate", "--db", db], ["load", "--db", db, ctx.files[0]], ["check", "--db", db]):
        r = ctx.run(*args)
        try:
            check(r.returncode != 0, "%s exits 0 on a newer schema" % args[0])
            check("999" in r.err and re.search(r"newer", r.err, re.I),
                  "%s: the message does not say the schema is newer: %r" % (args[0], r.err))
            check(dump(db) == before, "%s changed the database" % args[0])
        except Failure as e:
            failures.append(str(e))
    port = prtest.free_port()
    p = subprocess.Popen([ctx.binary, "serve", "--db", db, "--listen", "127.0.0.1:%d" % port],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=15)
        if p.returncode == 0:
            failures.append("serve exits 0 on a newer schema")
        elif not re.search(r"newer", err.decode("utf-8", "replace"), re.I):
            failures.append("serve: the message does not say the schema is newer: %r" % err[-300:])
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate(timeout=10)
        failures.append("serve kept running on a database with a newer schema")
    check(not failures, "; ".join(failures))


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 240,
                       lambda: shutil.rmtree(ctx.tmp, ignore_errors=True))


if __name__ == "__main__":
    sys.exit(main())
