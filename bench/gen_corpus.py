#!/usr/bin/env python3
"""Writes N synthetic press releases, deterministically from a seed.

    gen_corpus.py OUT_DIR N [--seed S]

Each release is an ordinary 2-6 KB page: a site heading, a title, a date, a
dateline, a lede, quotes with attributions in several styles, organizations
with acronyms, sometimes a coalition with its member list, a cited report,
a media contact and an "About" paragraph.  Names are drawn from word lists,
so a large corpus has many distinct organizations and people that recur
across releases, as in a real newsroom's feed.
"""
import argparse
import os
import random

FIRST = """Ana Ben Carla Dev Elena Farid Grace Hiro Imani Jonah Keiko Luis Maya Nadia
Omar Priya Quinn Rosa Samir Tara Uma Victor Wen Ximena Yusuf Zoe Adele Bruno
Chiara Dmitri Esther Felix Gloria Hector Ingrid Jamal Kofi Lena Marco Nia""".split()
LAST = """Abara Becker Castillo Dubois Eze Fischer Garza Haddad Ibsen Jensen Kowalski
Lindqvist Moreau Nakamura Okafor Petrov Quispe Rahman Silva Takahashi Usman Varga
Whitfield Xu Yilmaz Zhou Alvarez Brennan Costa Delgado Engel Fontaine""".split()
PLACES = """Harbor Valley Lakeshore Northern Southern Eastern Western Prairie Coastal
Mountain River Capital Metro Central Pacific Atlantic Gulf Delta Highland""".split()
TOPICS = """Housing Water Health Labor Transit Education Climate Justice Immigrant Tenant
Youth Veterans Farmworker Disability Energy Food Privacy Voting Wildlife Arts""".split()
HEADS = """Alliance Coalition Network Center Council Institute Fund Project Committee
Association Foundation Campaign League Collaborative Union""".split()
AGENCIES = ["Department of {t}", "Office of {t} Oversight", "{p} {t} Authority",
            "Bureau of {t} Statistics", "{p} County Board of Supervisors"]
TITLES = ["executive director", "president", "policy director", "staff attorney",
          "campaign manager", "senior fellow", "board chair", "organizer",
          "communications director", "research director"]
VERBS = ["said", "says", "added", "explained", "noted", "stated", "warned", "urged"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
CITIES = [("CHICAGO", None), ("Denver", "Colo."), ("BOSTON", None),
          ("Washington", "D.C."), ("Portland", "Ore."), ("AUSTIN", "Texas"),
          ("Sacramento", "Calif."), ("ATLANTA", None)]
WORDS = """community program policy families residents budget funding rule plan
state federal local public safety access oversight review data report year
month cost service workers schools neighborhoods council vote hearing law
proposal standards protections investment impact support concerns""".split()


def org_name(rng):
    if rng.random() < 0.25:
        return rng.choice(AGENCIES).format(t=rng.choice(TOPICS), p=rng.choice(PLACES))
    return "%s %s %s" % (rng.choice(PLACES), rng.choice(TOPICS), rng.choice(HEADS))


def acronym(name):
    return "".join(w[0] for w in name.split() if w[0].isupper())


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def sentence(rng, n=None):
    n = n or rng.randint(12, 26)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, k=None):
    return " ".join(sentence(rng) for _ in range(k or rng.randint(2, 4)))


def release(rng, i):
    pub = org_name(rng)
    acr = acronym(pub)
    others = [org_name(rng) for _ in range(rng.randint(1, 3))]
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    city, state = rng.choice(CITIES)
    dateline = city if state is None else "%s, %s" % (city, state)
    date_forms = ["%s %d, %d" % (MONTHS[m - 1], d, y), "%04d-%02d-%02d" % (y, m, d),
                  "%s. %d, %d" % (MONTHS[m - 1][:3], d, y), "%02d.%02d.%04d" % (m, d, y)]
    speakers = [(person(rng), rng.choice(TITLES), rng.choice([pub] + others))
                for _ in range(rng.randint(1, 3))]
    out = [pub, "", "Sign up for email updates.", ""]
    title = "%s %s %s %s" % (pub, rng.choice(["Calls for", "Welcomes",
            "Condemns", "Releases Report on", "Sues Over"]), rng.choice(TOPICS),
            rng.choice(["Reform", "Cuts", "Plan", "Rule", "Vote"]))
    out += [title, "", rng.choice(date_forms), ""]
    out.append("%s \u2014 Today the %s (%s) %s. %s" % (dateline, pub, acr,
               sentence(rng).lower().rstrip("."), paragraph(rng, 2)))
    out.append("")
    for j, (name, title_, org) in enumerate(speakers):
        q1, q2 = paragraph(rng, 2), paragraph(rng, 1)
        verb = rng.choice(VERBS)
        style = (i + j) % 3
        if style == 0:
            out.append("\u201c%s\u201d %s %s, %s of the %s." % (q1, verb, name, title_, org))
        elif style == 1:
            out.append("\u201c%s,\u201d %s %s, %s of the %s. \u201c%s\u201d"
                       % (q1.rstrip("."), verb, name, title_, org, q2))
        else:
            out.append("%s, %s of the %s, %s: \"%s\"" % (name, title_, org, verb, q1))
        out.append("")
        out.append(paragraph(rng))
        out.append("")
    if rng.random() < 0.3:
        members = [org_name(rng) for _ in range(rng.randint(3, 8))]
        out.append("The coalition includes: %s, and %s." % (", ".join(members[:-1]), members[-1]))
        out.append("")
    if rng.random() < 0.5:
        rep = "%s %s: %s" % (rng.choice(["Counting", "Beyond", "Inside", "Measuring"]),
                             rng.choice(TOPICS), sentence(rng, 6).rstrip("."))
        out.append("The report, titled \u201c%s,\u201d %s" % (rep, sentence(rng).lower()))
        out.append("")
    out.append(paragraph(rng))
    out.append("")
    out.append("Media contact: %s, %03d-%03d-%04d, press@example.org" % (
        person(rng), rng.randint(200, 999), rng.randint(200, 999), rng.randint(0, 9999)))
    out.append("")
    out.append("About %s" % pub)
    out.append("Founded in %d, %s %s" % (rng.randint(1950, 2010), acr, paragraph(rng, 2)))
    out.append("")
    out.append("# # #")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.n):
        with open(os.path.join(a.out, "r%06d.txt" % i), "w", encoding="utf-8") as f:
            f.write(release(rng, i))


if __name__ == "__main__":
    main()
