#!/usr/bin/python3
"""A load that does not fit on the disk: a clear error naming the full disk,
a non-zero exit and the old data intact, whether the database file or its
journal is what runs out of room.  The disk is a small tmpfs; without the
right to mount one the test is skipped (exit 77) and says why.

    test_diskfull.py PRESSROOMD DATA_DIR [OPENAPI_YAML]
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))
sys.path.insert(0, HERE)
import prtest  # noqa: E402
from prtest import check, eq  # noqa: E402
import kill9  # noqa: E402

GEN = os.path.join(prtest.SOURCE_ROOT, "bench", "gen_corpus.py")


class Ctx:
    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data = data_dir
        self.tmp = tempfile.mkdtemp(prefix="pressroom-diskfull-")
        self.mounts = []

    def mount(self, name, size):
        d = os.path.join(self.tmp, name)
        os.mkdir(d)
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%d" % size, "tmpfs", d],
                           capture_output=True)
        if r.returncode != 0:
            return None, (r.stderr.decode().strip() or "mount failed")
        self.mounts.append(d)
        return d, None

    def load(self, db, *paths):
        return prtest.run(self.binary, "load", "--db", db, *paths, timeout=300)

    def corpus(self, name, n, seed):
        d = os.path.join(self.tmp, name)
        r = subprocess.run([sys.executable, GEN, "--seed", str(seed), d, str(n)],
                           capture_output=True, timeout=120)
        check(r.returncode == 0, "gen_corpus: %s" % r.stderr.decode())
        return d

    def cleanup(self):
        for d in self.mounts:
            subprocess.run(["umount", d], capture_output=True)
        shutil.rmtree(self.tmp, ignore_errors=True)


def expect_full_and_intact(ctx, db, before, r):
    err = r.stderr.decode("utf-8", "replace")
    check(r.returncode != 0, "load exited 0 on a full disk: %s" % r.stdout.decode())
    check("the disk is full" in err and db in err, "error does not name the full disk: %r" % err)
    check("nothing was changed in %s" % db in err, "error does not say nothing changed: %r" % err)
    c = prtest.run(ctx.binary, "check", "--db", db)
    eq(c.returncode, 0, "check after the failed load: %s" % c.stderr.decode())
    eq(kill9.digest(db), before, "digest after the failed load")
    return [ln for ln in err.splitlines() if "disk is full" in ln][-1]


def test_database_outgrows_the_disk(ctx):
    """The database file grows past the room the disk has."""
    mnt, why = ctx.mount("small", 4 << 20)
    db = os.path.join(mnt, "x.db")
    r = ctx.load(db, ctx.data)
    eq(r.returncode, 0, "first load: %s" % r.stderr.decode())
    before = kill9.digest(db)
    big = ctx.corpus("big", 400, 3)
    first = expect_full_and_intact(ctx, db, before, ctx.load(db, big))
    print("  %s" % first)
    r = ctx.load(db, ctx.data)       # the disk is usable again after the failure
    eq(r.returncode, 0, "reload of the unchanged corpus: %s" % r.stderr.decode())
    eq(kill9.digest(db), before, "digest after loading the same files again")


def test_journal_fills_the_disk(ctx):
    """A load that rewrites pages in place: the rollback journal, which holds
    their old contents, is what does not fit."""
    stage = os.path.join(ctx.tmp, "stage.db")
    base = ctx.corpus("base", 150, 4)
    r = ctx.load(stage, base)
    eq(r.returncode, 0, "staging load: %s" % r.stderr.decode())
    size = os.path.getsize(stage)
    mnt, why = ctx.mount("tight", size + (256 << 10))
    db = os.path.join(mnt, "x.db")
    shutil.copyfile(stage, db)
    before = kill9.digest(db)
    # Every file changed, same names: the rebuild rewrites the tables it has.
    for n in os.listdir(base):
        with open(os.path.join(base, n), "ab") as f:
            f.write(b"\nThe organization later added a correction to this release.\n")
    r = ctx.load(db, base)
    journal = db + "-journal"
    check(not os.path.exists(journal) or os.path.getsize(journal) == 0,
          "a journal was left behind")
    print("  %s" % expect_full_and_intact(ctx, db, before, r))


def main():
    binary, data_dir, _spec = prtest.parse_args(sys.argv)
    ctx = Ctx(binary, data_dir)
    try:
        d, why = ctx.mount("probe", 1 << 20)
        if d is None:
            print("SKIP: cannot mount a tmpfs to fill (%s); run as root to test a full disk" % why)
            return 77
        passed, failed = prtest.run_tests(globals(), ctx, time_budget=200)
    finally:
        ctx.cleanup()
    return prtest.finish(passed, failed)


if __name__ == "__main__":
    sys.exit(main())
