#!/usr/bin/python3
"""Bad files for `pressroomd load` and `pressroomd extract`.

    test_bad_files.py PRESSROOMD DATA_DIR [OPENAPI_YAML]

A file that is not UTF-8, holds NUL bytes, is binary, empty, over 10 MiB,
cannot be read (a dangling symbolic link, a directory named *.txt, a FIFO, no
permission) or vanishes during the load is refused with a message naming it
and the reason, a non-zero exit, and the database byte for byte as it was
(its SHA-256 and its SQL dump).  CRLF, lone CR and a UTF-8 BOM are text like
any other: they load and extract exactly as the LF version of the same file.
A line of just under 10 MiB loads in bounded time.
"""
import ctypes
import hashlib
import json
import os
import random
import re
import select
import shutil
import sqlite3
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prtest  # noqa: E402
import test_cli  # noqa: E402
from prtest import Failure, check, eq  # noqa: E402

TEN_MIB = test_cli.TEN_MIB


class Ctx(test_cli.Ctx):
    """test_cli's, with a directory of its own for every path."""

    def path(self, name):
        self.n += 1
        p = os.path.join(self.tmp, str(self.n))
        os.mkdir(p)
        return os.path.join(p, name)

    def loaded_db(self):
        db = super().loaded_db()
        r = self.run("check", "--db", db)
        eq(r.returncode, 0, "check of the corpus database (%s)" % r.err)
        return db


def state(db):
    """The database file's SHA-256 and its SQL dump."""
    with open(db, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return digest, test_cli.dump(db)


def reason_of(err, verb):
    """The "PATH: reason" of a "pressroomd VERB: PATH: reason" message."""
    m = re.search(r"pressroomd %s: (.+)" % verb, err)
    return m.group(1).strip() if m else None


# (file name, how to make it, reason the message must give, extract's reason if other)
def make_bytes(data):
    def make(path):
        with open(path, "wb") as f:
            f.write(data)
    return make


def make_big(n):
    def make(path):
        with open(path, "wb") as f:
            f.write(b"x" * n)
    return make


def make_fifo(path):
    os.mkfifo(path)


def make_dangling(path):
    os.symlink(os.path.join(os.path.dirname(path), "nothing-here"), path)


def make_dir(path):
    os.mkdir(path)


def make_unreadable(path):
    with open(path, "w") as f:
        f.write("Title\n\nText.\n")
    os.chmod(path, 0)


RNG = random.Random(6)
BAD_FILES = [
    ("latin1.txt", make_bytes("Caf\xe9 statement\n\nThe caf\xe9 said so.\n".encode("latin-1")), r"not UTF-8", None),
    ("badutf8.txt", make_bytes(b"Title\n\nSome text \xff\xfe here.\n"), r"not UTF-8", None),
    ("overlong.txt", make_bytes(b"Title\n\nA slash \xc0\xaf here.\n"), r"not UTF-8", None),
    ("nul.txt", make_bytes(b"Title\n\nText\x00more text.\n"), r"NUL", None),
    ("random.txt", make_bytes(bytes(RNG.getrandbits(8) for _ in range(4096))), r"NUL|not UTF-8", None),
    ("image.txt", make_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), r"not UTF-8|NUL", None),
    ("empty.txt", make_bytes(b""), r"empty", None),
    ("over-10mib.txt", make_big(TEN_MIB + 1), r"too large.*10 MiB", None),
    ("dangling.txt", make_dangling, r"symbolic link to nothing", None),
    ("folder.txt", make_dir, r"directory", None),
    ("fifo.txt", make_fifo, r"not a regular file.*FIFO", None),
]
if os.geteuid() != 0:  # root reads a file of mode 000 all the same
    BAD_FILES.append(("mode000.txt", make_unreadable, r"permission denied", None))


def test_bad_files_refused_database_unchanged(ctx):
    db = ctx.loaded_db()
    before = state(db)
    good = ctx.path("good-new.txt")  # a valid new file in the same load: all or nothing
    shutil.copy(ctx.files[0], good)
    failures = []
    for name, make, reason, _x in BAD_FILES:
        path = ctx.path(name)
        make(path)
        started = time.monotonic()
        try:
            r = ctx.run("load", "--db", db, good, path, timeout=30)
        except Exception as e:  # a hang is the failure a FIFO used to give
            failures.append("%s: load did not end: %s" % (name, e))
            continue
        took = time.monotonic() - started
        msg = reason_of(r.err, "load")
        try:
            check(r.returncode != 0, "%s: load exits 0" % name)
            check(msg and name in msg, "%s: the message does not name the file: %r" % (name, r.err))
            check(re.search(reason, msg or "", re.I), "%s: the message does not say why (%s): %r"
                  % (name, reason, r.err))
            check(took < 20, "%s: the refusal took %.1f s" % (name, took))
            check(state(db) == before, "%s: the database changed" % name)
        except Failure as e:
            failures.append(str(e))
        # extract: the same message for the same file
        try:
            x = ctx.run("extract", path, timeout=30)
        except Exception as e:
            failures.append("%s: extract did not end: %s" % (name, e))
            continue
        xmsg = reason_of(x.err, "extract")
        if x.returncode == 0 or not xmsg or name not in xmsg or not re.search(reason, xmsg, re.I):
            failures.append("%s: extract: %d %r" % (name, x.returncode, x.err))
        elif not os.path.isdir(path) and xmsg != msg:
            failures.append("%s: extract says %r, load %r" % (name, xmsg, msg))
    check(not failures, "; ".join(failures))


def test_bad_file_in_a_directory(ctx):
    """A directory holding good files and one bad one is refused as a whole."""
    db = ctx.loaded_db()
    before = state(db)
    d = ctx.path("dir")
    os.mkdir(d)
    for i, f in enumerate(ctx.files):
        shutil.copy(f, os.path.join(d, "%02d.txt" % i))
    for name, make, reason, _x in BAD_FILES:
        if name in ("folder.txt",):
            continue  # a directory below one is walked, not read
        path = os.path.join(d, "zz-" + name)
        make(path)
        try:
            r = ctx.run("load", "--db", db, d, timeout=30)
            check(r.returncode != 0 and "zz-" + name in r.err and re.search(reason, r.err, re.I),
                  "%s in a directory: %d %r" % (name, r.returncode, r.err))
            check(state(db) == before, "%s in a directory: the database changed" % name)
        finally:
            if os.path.isdir(path) and not os.path.islink(path):
                os.rmdir(path)
            elif os.path.lexists(path):
                os.unlink(path)


IN_CLOSE_NOWRITE = 0x10


def unlink_when_closed(watched, victim, timeout=30):
    """Starts a thread that deletes victim as soon as watched is closed after
    a read (inotify); returns (thread, done-event, inotify fd)."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_CLOEXEC | os.O_NONBLOCK)
    check(fd >= 0, "inotify_init1: errno %d" % ctypes.get_errno())
    wd = libc.inotify_add_watch(fd, watched.encode(), IN_CLOSE_NOWRITE)
    check(wd >= 0, "inotify_add_watch: errno %d" % ctypes.get_errno())
    done = threading.Event()

    def watch():
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not done.is_set():
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            data = os.read(fd, 4096)
            while len(data) >= 16:
                _wd, mask, _cookie, size = struct.unpack("iIII", data[:16])
                data = data[16 + size:]
                if mask & IN_CLOSE_NOWRITE:
                    os.unlink(victim)
                    done.set()
                    return

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    return t, done, fd


def test_file_deleted_during_the_load(ctx):
    """The list of a directory is made first, then each file is read and
    extracted in name order: the last file is deleted the moment the first
    has been read, while the ones between are being extracted."""
    db = ctx.loaded_db()
    before = state(db)
    d = ctx.path("dir")
    os.mkdir(d)
    first = os.path.join(d, "00-first.txt")
    shutil.copy(ctx.files[0], first)
    for rep in range(2):
        for i, f in enumerate(ctx.files):
            shutil.copy(f, os.path.join(d, "%d%d-between.txt" % (rep + 1, i)))
    last = os.path.join(d, "zz-last.txt")
    shutil.copy(ctx.files[-1], last)
    t, done, fd = unlink_when_closed(first, last)
    try:
        r = ctx.run("load", "--db", db, d, timeout=60)
    finally:
        done.set()
        t.join(5)
        os.close(fd)
    check(not os.path.exists(last), "the file was not deleted during the load")
    check(r.returncode != 0, "load exits 0 with a file deleted after it was listed (stderr %r)" % r.err)
    check("zz-last.txt" in r.err and re.search(r"no such file", r.err, re.I),
          "the message does not name the deleted file and why: %r" % r.err)
    check(state(db) == before, "the database changed")


# ---------------------------------------------------------------- legitimate text

def variants(text):
    return {
        "crlf": text.replace(b"\n", b"\r\n"),
        "cr": text.replace(b"\n", b"\r"),
        "bom": b"\xef\xbb\xbf" + text,
        "bom-crlf": b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"),
    }


def without_offsets(extraction):
    """The documents of an extraction without their byte offsets in the file
    (a BOM or CR LF moves those; positions inside the body must not move)."""
    docs = []
    for d in extraction["documents"]:
        d = dict(d)
        d.pop("start", None)
        d.pop("end", None)
        docs.append(d)
    return docs


def test_crlf_cr_and_bom_extract_as_lf(ctx):
    failures = []
    for f in ctx.files:
        with open(f, "rb") as fh:
            text = fh.read()
        r = ctx.run("extract", f)
        eq(r.returncode, 0, "extract %s" % f)
        want = without_offsets(json.loads(r.out))
        check(want and want[0]["quotes"] is not None, "no documents in %s" % f)
        for kind, data in variants(text).items():
            p = ctx.path("%s-%s" % (kind, os.path.basename(f)))
            with open(p, "wb") as fh:
                fh.write(data)
            r = ctx.run("extract", p)
            if r.returncode != 0:
                failures.append("%s %s: extract: %s" % (kind, os.path.basename(f), r.err))
                continue
            got = without_offsets(json.loads(r.out))
            if got != want:
                diff = [k for k in want[0] if not got or got[0].get(k) != want[0].get(k)]
                failures.append("%s %s: extraction differs from LF (%s)" % (kind, os.path.basename(f), diff))
    check(not failures, "; ".join(failures))


def documents_of(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, title, published, body, json FROM documents ORDER BY id").fetchall()
    finally:
        con.close()


def test_crlf_cr_and_bom_load_as_lf(ctx):
    """Loaded, each variant of the corpus gives the same documents (ids,
    titles, dates, bodies, and the JSON served) as the LF corpus, bar the
    source's byte offsets, hash and file name."""
    db = ctx.path("lf.db")
    d = os.path.dirname(db)
    r = ctx.run("load", "--db", db, ctx.data_dir)
    eq(r.returncode, 0, "LF load")
    want = documents_of(db)
    for kind in ("crlf", "cr", "bom"):
        vd = ctx.path(kind)
        os.mkdir(vd)
        for f in ctx.files:
            with open(f, "rb") as fh:
                data = variants(fh.read())[kind]
            with open(os.path.join(vd, os.path.basename(f)), "wb") as fh:
                fh.write(data)
        vdb = os.path.join(os.path.dirname(vd), "v.db")
        r = ctx.run("load", "--db", vdb, vd)
        eq(r.returncode, 0, "%s load (%s)" % (kind, r.err))
        got = documents_of(vdb)
        eq([g[:4] for g in got], [w[:4] for w in want], "%s: ids, titles, dates and bodies" % kind)
        for g, w in zip(got, want):
            gj, wj = json.loads(g[4]), json.loads(w[4])
            for j in (gj, wj):
                j.pop("source", None)
            eq(gj, wj, "%s: document %s as served" % (kind, g[0]))
    shutil.rmtree(d, ignore_errors=True)


def test_one_line_just_under_10_mib_loads_in_bounded_time(ctx):
    """The limit is 10 MiB; a file of one line just under it, made of the
    marks that once made the quotation scan quadratic, loads in seconds."""
    p = ctx.path("one-line.txt")
    unit = b'"Quote, " said Bob Smith. \xe2\x80\x9cWord \xe2\x80\x98Word, '
    with open(p, "wb") as f:
        f.write(b"A title\n\n" + unit * ((TEN_MIB - 16) // len(unit)))
    check(TEN_MIB - 64 < os.path.getsize(p) <= TEN_MIB, "size %d" % os.path.getsize(p))
    db = ctx.path("one-line.db")
    started = time.monotonic()
    r = ctx.run("load", "--db", db, p, timeout=120)
    took = time.monotonic() - started
    eq(r.returncode, 0, "load of a 10 MiB line (%s)" % r.err)
    print("# a %d-byte line loaded in %.1f s" % (os.path.getsize(p), took))
    check(took < 60, "a 10 MiB line took %.1f s to load" % took)


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    return prtest.main(globals(), ctx, 240,
                       lambda: shutil.rmtree(ctx.tmp, ignore_errors=True))


if __name__ == "__main__":
    sys.exit(main())
