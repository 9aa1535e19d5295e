#!/usr/bin/python3
"""kill -9 of `pressroomd load` at random moments: the database must come out
exactly as it was before the load or exactly as the whole load makes it.

    kill9.py PRESSROOMD [--releases 10000] [--base 1000] [--kills 20] [--seed 7]

It generates RELEASES synthetic releases (bench/gen_corpus.py, seed 1), loads
BASE of them, every fifth one altered, as the old state; the new state is the
old database with all RELEASES loaded over it (the altered ones replaced, the
rest added).  A first, uninterrupted load gives the new state's digest and the
phase timings; then KILLS times a copy of the old database gets the same load
and a SIGKILL at a moment drawn (seeded) from one phase in turn: before the
transaction, while files are read and extracted, while the rows are rebuilt,
near the commit, or anywhere.  After each kill `pressroomd check` must pass
(it rolls back the journal the kill left) and the digest of every table must
equal the old state's or the new state's.  One line per kill and a summary;
exit 0 when every kill came out whole.  The full campaign takes ~10 minutes.
"""
import argparse
import hashlib
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
GEN = os.path.join(SOURCE_ROOT, "bench", "gen_corpus.py")
# Columns that hold the wall-clock time of a load or migration: two loads of
# the same files differ only there.
VOLATILE = {"loaded_at", "applied_at"}
PHASES = ("before", "extract", "rebuild", "commit", "anywhere")


def digest(path):
    """A canonical SHA-256 of every table's rows (ordered), without the
    load-time columns, and the row counts of the full-text shadow tables."""
    h = hashlib.sha256()
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for t in tables:
            cols = [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (t,))]
            q = '"%s"' % t.replace('"', '""')
            if "_fts" in t:     # the full-text index: derived, large; its size
                h.update(("%s %d\n" % (t, con.execute("SELECT count(*) FROM " + q)
                                       .fetchone()[0])).encode())
                continue
            keep = [c for c in cols if c not in VOLATILE]
            sel = ", ".join('"%s"' % c for c in keep)
            order = ", ".join(str(i + 1) for i in range(len(keep)))
            h.update(("table %s %s\n" % (t, ",".join(keep))).encode())
            for row in con.execute("SELECT %s FROM %s ORDER BY %s" % (sel, q, order)):
                if t == "meta" and row and row[0] in VOLATILE:
                    continue
                h.update(repr(row).encode())
                h.update(b"\n")
    finally:
        con.close()
    return h.hexdigest()[:16]


def run(cmd, timeout=600):
    return subprocess.run(cmd, capture_output=True, timeout=timeout)


def build_states(binary, tmp, releases, base, log):
    """Makes the corpus directory (new state), old.db (old state) and new.db;
    returns (corpus_dir, timings) where timings come from the full load."""
    gen = os.path.join(tmp, "gen")
    r = run([sys.executable, GEN, "--seed", "1", gen, str(releases)])
    if r.returncode != 0:
        raise RuntimeError("gen_corpus failed: %s" % r.stderr.decode())
    names = sorted(os.listdir(gen))
    corpus = os.path.join(tmp, "corpus")
    os.mkdir(corpus)
    for i, n in enumerate(names[:base]):
        with open(os.path.join(gen, n), "rb") as f:
            text = f.read()
        if i % 5 == 0:     # changed in the new state: replaced by the load
            text += b"\nEditor's note: this release was corrected on a later date.\n"
        with open(os.path.join(corpus, n), "wb") as f:
            f.write(text)
    old = os.path.join(tmp, "old.db")
    r = run([binary, "load", "--db", old, corpus])
    if r.returncode != 0:
        raise RuntimeError("the base load failed: %s" % r.stderr.decode())
    for n in names:
        os.replace(os.path.join(gen, n), os.path.join(corpus, n))
    new = os.path.join(tmp, "new.db")
    shutil.copyfile(old, new)
    journal = new + "-journal"
    t0 = time.monotonic()
    p = subprocess.Popen([binary, "load", "--db", new, corpus],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = gone = None
    deadline = t0 + 900
    while p.poll() is None and time.monotonic() < deadline:
        now = time.monotonic() - t0
        if os.path.exists(journal):
            seen = seen if seen is not None else now
        elif seen is not None and gone is None:
            gone = now
        time.sleep(0.002)
    out, err = p.communicate(timeout=60)
    total = time.monotonic() - t0
    if p.returncode != 0:
        raise RuntimeError("the full load failed: %s" % err.decode())
    m = re.search(r"read and extract (\d+) ms, store (\d+) ms", out.decode() + err.decode())
    read_s, store_s = (int(m.group(1)) / 1000, int(m.group(2)) / 1000) if m else (0, 0)
    gone = gone if gone is not None else total
    before = max(0.0, total - read_s - store_s - max(0.0, total - gone))
    t = {"total": total, "before": before, "extract": (before, before + read_s),
         "journal": (seen, gone), "read": read_s, "store": store_s}
    log("full load: %.2f s (before the transaction %.2f s, read and extract %.2f s, "
        "rebuild and commit %.2f s; journal from %.2f s to %.2f s)"
        % (total, before, read_s, store_s, seen or 0, gone))
    return corpus, t


def moment(rng, phase, t):
    """A kill moment (seconds after exec) inside phase, from the timings."""
    b, (e0, e1), total = t["before"], t["extract"], t["total"]
    gone = t["journal"][1]
    commit_w = max(0.05, 0.04 * gone)
    if phase == "before":
        return rng.uniform(0.0, max(0.01, b))
    if phase == "extract":
        return rng.uniform(e0, max(e0 + 0.01, e1))
    if phase == "rebuild":
        return rng.uniform(e1, max(e1 + 0.01, gone - commit_w))
    if phase == "commit":
        return rng.uniform(gone - commit_w, gone + 0.02)
    return rng.uniform(0.0, total * 1.05)


def campaign(binary, releases=10000, base=1000, kills=20, seed=7, log=print, tmp=None):
    """Runs the campaign; returns (ok, results): results is a list of dicts."""
    own = tmp is None
    tmp = tmp or tempfile.mkdtemp(prefix="pressroom-kill9-")
    results = []
    try:
        corpus, t = build_states(binary, tmp, releases, base, log)
        old_db, new_db = os.path.join(tmp, "old.db"), os.path.join(tmp, "new.db")
        d_old, d_new = digest(old_db), digest(new_db)
        log("old state %s, new state %s (%d base releases, %d in the load)"
            % (d_old, d_new, base, releases))
        if d_old == d_new:
            raise RuntimeError("the old and new states have the same digest")
        rng = random.Random(seed)
        w = os.path.join(tmp, "w.db")
        for k in range(kills):
            phase = PHASES[k % len(PHASES)]
            at = moment(rng, phase, t)
            for f in (w, w + "-journal"):
                if os.path.exists(f):
                    os.unlink(f)
            shutil.copyfile(old_db, w)
            t0 = time.monotonic()
            p = subprocess.Popen([binary, "load", "--db", w, corpus],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while p.poll() is None and time.monotonic() - t0 < at:
                time.sleep(min(0.005, max(0.0, at - (time.monotonic() - t0))))
            journal = os.path.exists(w + "-journal")
            finished = p.poll() is not None
            if not finished:
                p.kill()
            p.wait(60)
            took = time.monotonic() - t0
            c = run([binary, "check", "--db", w], timeout=300)
            d = digest(w) if c.returncode == 0 else None
            state = "old" if d == d_old else "new" if d == d_new else "NEITHER"
            good = c.returncode == 0 and state != "NEITHER"
            rolled = b"rolling back" in c.stdout
            res = {"kill": k + 1, "phase": phase, "at": at, "finished": finished,
                   "journal": journal, "check": c.returncode, "state": state,
                   "rolled_back": rolled, "ok": good}
            results.append(res)
            log("kill %2d/%d %-8s at %6.3f s (%s, journal %s) -> check %s%s, %s state%s"
                % (k + 1, kills, phase, at,
                   "load had finished" if finished else "killed after %.3f s" % took,
                   "present" if journal else "absent",
                   "ok" if c.returncode == 0 else "FAILED",
                   " (rolled back)" if rolled else "", state,
                   "" if good else ": " + (c.stderr.decode("utf-8", "replace").strip()
                                           or "digest %s" % d)))
        n_old = sum(r["state"] == "old" for r in results)
        n_new = sum(r["state"] == "new" for r in results)
        bad = sum(not r["ok"] for r in results)
        log("summary: %d kills, %d old state, %d new state, %d neither or check failed; "
            "%d during the transaction (journal present), %d rolled back by check"
            % (len(results), n_old, n_new, bad, sum(r["journal"] for r in results),
               sum(r["rolled_back"] for r in results)))
        return bad == 0 and len(results) == kills, results
    finally:
        if own:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pressroomd")
    ap.add_argument("--releases", type=int, default=10000)
    ap.add_argument("--base", type=int, default=1000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    ok, _ = campaign(os.path.abspath(a.pressroomd), a.releases, a.base, a.kills, a.seed,
                     log=lambda s: print(s, flush=True))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
