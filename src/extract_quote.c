/*
 * Quotations: spans between quotation marks (a statement over several
 * paragraphs is one), filtered of scare quotes and titles, and attributed to
 * a speaker by the verb and name around them or by "The following is a
 * statement by X" / "can be attributed to O".
 */
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

#define QUOTE_MIN_WORDS	6

/* Attribution verbs, in every tense press releases use. */
static const char *const verbs[] = {
	"said", "says", "say", "adds", "added", "explains", "explained", "notes",
	"noted", "states", "stated", "continues", "continued", "urges", "urged",
	"warns", "warned", "stresses", "stressed", "argues", "argued", "remarks",
	"remarked", "told", "asserts", "asserted", "declares", "declared",
	"comments", "commented", "concludes", "concluded", "emphasizes",
	"emphasized", "observes", "observed", "insists", "insisted", "wrote",
	"writes", "according", "announced", "announces", "responded", "replied",
	"testified", "explain", "add", "put", "puts", "recalled", "recalls",
	"acknowledged", "acknowledges", "admitted", "cautioned", "predicted",
	"vowed", "recounted", "reflected", "agreed", "agrees", "asked", "asks",
	"answered", "confirmed", "confirms", "conceded", "reiterated",
	"maintained", "contended", "claimed", "lamented", "pledged", "promised",
	"shared", "elaborated", "underscored", "highlighted", "affirmed", NULL
};

/* Words just before a quotation that make it a title, not speech. */
static const char *const title_cues[] = {
	"titled", "entitled", "called", "named", "dubbed", "first", "second",
	"third", "report", "study", "poster", "slogan", "program", NULL
};

/* Pronouns that refer back to the last person named. */
static const char *const pronouns[] = { "he", "she", NULL };

/* Nouns by which a release refers back to an organization ("the coalition said"). */
static const char *const org_nouns[] = {
	"coalition", "group", "union", "organization", "association", "alliance",
	"campaign", "company", "department", "agency", "council", "foundation",
	"institute", "center", "network", "board", "district", "commission",
	"office", "society", "university", "hospital", "church", "league",
	"federation", "committee", "authority", "firm", "nonprofit", "museum",
	"club", "partnership", "collaborative", "fund", "orchestra", "symphony",
	NULL
};

/* Of those, the nouns that may name the publisher whatever its name. */
static const char *const org_generic[] = {
	"coalition", "group", "organization", "alliance", "campaign", "company",
	"nonprofit", "partnership", "collaborative", "firm", NULL
};

/* Words that never describe a speaker: "said in a statement", "said on Monday". */
static const char *const function_words[] = {
	"a", "an", "the", "in", "at", "on", "of", "to", "for", "from", "by", "with",
	"after", "before", "during", "when", "that", "this", "and", "but", "as",
	"about", "into", "over", "under", "while", "then", "also", "today",
	"yesterday", "recently", "later", "earlier", "last", "next", NULL
};

/* Cues of a statement attributed ahead of the quotation. */
static const char *const statement_cues[] = {
	"statement by", "statement from", "statement of", "attributed to", NULL
};

/* Frees a quote's strings. */
void
extract_quote_free(struct ex_quote *q)
{
	free(q->speaker);
	free(q->title);
	free(q->org);
	free(q->verb);
	memset(q, 0, sizeof(*q));
}


/*
 * Where a search for a closing mark ran without finding one: [from, to).
 * What stops a search depends only on the position it reaches, so a later
 * search starting on that stretch would end the same way; skipping it keeps
 * a long line of unclosed marks linear instead of quadratic.
 */
struct quote_miss {
	size_t	from, to;
};

/*
 * Returns 1 when a search from i is known to find no closing mark (not at
 * the stop itself: a search that begins there may find one).
 */
static int
quote_missed(const struct quote_miss *m, size_t i)
{
	return m->to != 0 && i >= m->from && i < m->to;
}

/* Finds the closing mark of the quotation opened at o (mark length ol); returns 1 and its span. */
static int
quote_close(const struct ex_doc *d, size_t o, size_t ol, size_t *cs, size_t *cl,
    struct quote_miss *miss)
{
	const char	*b = d->body;
	size_t		 len = d->body_len, i = o + ol, n;

	if (quote_missed(miss, i))
		return 0;
	miss->from = i;
	while (i < len) {
		if (b[i] == '\n' && i + 1 < len && b[i + 1] == '\n') {
			/* A statement goes on when the next paragraph opens with a mark. */
			i += 2;
			if (extract_lex_open_quote(b, len, i) == 0)
				break;
			i += extract_lex_open_quote(b, len, i);
			continue;
		}
		if ((n = extract_lex_close_quote(b, len, i)) > 0 &&
		    (n == 3 || (i > 0 && !extract_lex_space(b, len, i - 1)))) {
			*cs = i;
			*cl = n;
			miss->to = 0;
			return 1;
		}
		if (n == 0 && i + 2 < len && memcmp(b + i, "\xe2\x80\x9c", 3) == 0)
			break;	/* a new quotation opens before this one closed */
		i += extract_lex_charlen(b, len, i);
	}
	miss->to = i;
	return 0;
}

/* Returns the length of a single opening mark at i (British style: "‘We ..."), or 0. */
static size_t
quote_sopen(const char *b, size_t len, size_t i)
{
	if (i + 3 >= len || memcmp(b + i, "\xe2\x80\x98", 3) != 0 ||
	    !extract_lex_alpha(b, len, i + 3))
		return 0;
	if (i > 0 && b[i - 1] != ' ' && b[i - 1] != '\n' && b[i - 1] != '(')
		return 0;
	return 3;
}

/*
 * Finds the closing single mark of the quotation opened at o: a ’ after the
 * sentence's own punctuation ("didn’t,’") and before no letter, so that an
 * apostrophe never closes one; a next paragraph opening with ‘ goes on.
 * Returns 0 at a mark that closes a phrase without punctuation.
 */
static int
quote_sclose(const struct ex_doc *d, size_t o, size_t *cs, size_t *cl,
    struct quote_miss *miss)
{
	const char	*b = d->body;
	size_t		 len = d->body_len, i = o + 3;

	if (quote_missed(miss, i))
		return 0;
	miss->from = i;
	while (i < len) {
		if (b[i] == '\n') {
			if (i + 1 >= len || b[i + 1] != '\n' || quote_sopen(b, len, i + 2) == 0)
				break;
			i += 5;
			continue;
		}
		if (i + 2 < len && memcmp(b + i, "\xe2\x80\x99", 3) == 0 &&
		    !extract_lex_alpha(b, len, i + 3)) {
			if (strchr(",.!?", b[i - 1]) != NULL) {
				*cs = i;
				*cl = 3;
				miss->to = 0;
				return 1;
			}
			/* "pupils’ diaries" goes on; "the ‘Safe Routes’ plan" was a scare quote. */
			if (b[i - 1] != 's')
				break;
		}
		i += extract_lex_charlen(b, len, i);
	}
	miss->to = i;
	return 0;
}

/* Returns 1 if the quotation reads like a title (most words capitalized). */
static int
quote_titleish(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t, w = 0, cap = 0;

	for (t = a; t < b && t < d->ntoks; t++) {
		if (!(d->toks[t].flags & TK_WORD))
			continue;
		w++;
		if (d->toks[t].flags & (TK_CAP | TK_DIGIT))
			cap++;
	}
	return w > 0 && cap * 10 >= w * 6;
}

/* Sets the quote's speaker from a person. */
static void
quote_person(struct ex_quote *q, struct ex_person *p)
{
	p->roles |= ROLE_SPOKESPERSON;
	p->roles &= ~(unsigned)ROLE_MENTIONED;
	q->speaker = xstrdup(p->name);
	q->speaker_org = 0;
}

/* Returns 1 if the name at token t is introduced as one of the publisher's own: "our organizer X". */
static int
quote_ours(const struct ex_doc *d, size_t t)
{
	size_t	k;

	for (k = t; k > 0 && t - k < 4; k--) {
		if (extract_lex_tok_is(d, k - 1, "our") ||
		    extract_lex_tok_is(d, k - 1, "Our"))
			return 1;
		if (!(d->toks[k - 1].flags & TK_WORD) || (d->toks[k - 1].flags & TK_CAP))
			return 0;
	}
	return 0;
}

static int	quote_named(const struct ex_doc *, size_t, size_t);
static const char *quote_org_short(const struct ex_doc *, size_t, size_t);

/*
 * Returns the token after a title in capitals between an organization and
 * the name that ends right at max ("MVTA General Manager Jo Roe said"), or t.
 */
static size_t
quote_cap_title(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	k, e;

	for (k = t + 1; k < max && k <= t + 4; k++) {
		/* "District 5 Engineer": a unit's number after its name. */
		if ((d->toks[k - 1].flags & TK_DIGIT) && k >= 2 &&
		    (d->toks[k - 2].flags & TK_CAP) &&
		    d->toks[k - 1].end - d->toks[k - 1].start <= 3)
			continue;
		if ((d->toks[k - 1].flags & (TK_WORD | TK_CAP)) != (TK_WORD | TK_CAP))
			return t;
		/* The name ends the clause: at max, or at its punctuation. */
		if ((e = extract_person_name(d, k, max)) > k && (e == max ||
		    !(d->toks[e].flags & TK_WORD)))
			return k;
	}
	return t;
}

static const char *const said_verbs[] = { "said", "says", "told", NULL };

/*
 * Returns the one person a paragraph [ps, pa) names ("I met Jo Roe, who
 * has farmed here for years."), or NULL if it names none or several.
 */
static struct ex_person *
quote_only_person(struct ex_doc *d, size_t ps, size_t pa)
{
	struct ex_person *p, *o;
	const char	 *at, *e;
	size_t		  nl;

	if ((p = extract_person_first(d, ps, pa)) == NULL)
		return NULL;
	nl = strlen(p->name);
	at = d->body + d->toks[ps].start;
	e = d->body + d->toks[pa].start;
	while ((at = memchr(at, p->name[0], e - at)) != NULL &&
	    (size_t)(e - at) >= nl && memcmp(at, p->name, nl) != 0)
		at++;
	if (at == NULL || (size_t)(e - at) < nl)
		return NULL;
	o = extract_person_first(d, extract_lex_tok_at(d,
	    (size_t)(at - d->body) + nl), pa);
	return o == NULL || o == p ? p : NULL;
}

/*
 * Returns the person who reports speech in the paragraph before the one
 * opening at token pa, when that paragraph quotes no one: "Jo Roe, who
 * voted no, said the board erred.\n\n"We moved too fast," she said."
 * The pronoun points at Roe, not at whoever was quoted last.  A paragraph
 * that only introduces its subject, quoting at most a phrase of theirs
 * ("Jo Roe called it "a good day" and thanked ..."), points at that subject.
 */
static struct ex_person *
quote_prev_sayer(struct ex_doc *d, size_t pa)
{
	struct ex_person *p;
	size_t	ps, t, i, v = (size_t)-1;
	int	marks = 0;

	if (pa == 0)
		return NULL;
	for (ps = pa - 1; ps > 0 && !(d->toks[ps].flags & TK_PARA) && pa - ps < 80; ps--)
		;
	if (!(d->toks[ps].flags & TK_PARA) && ps > 0)
		return NULL;
	for (t = ps; t < pa; t++) {
		const char	c = d->body[d->toks[t].start];

		if (c == '"' || extract_lex_open_quote(d->body, d->body_len,
		    d->toks[t].start) > 0 || quote_sopen(d->body, d->body_len,
		    d->toks[t].start) > 0)
			marks = 1;
		if (v == (size_t)-1 && t > ps && (c == 's' || c == 't') &&
		    extract_lex_tok_in(d, t, said_verbs))
			v = t;
	}
	if (marks) {
		/* A quotation of the paragraph's own: its speaker is no subject. */
		for (i = 0; i < d->nquotes; i++)
			if (d->quotes[i].start >= d->toks[ps].start &&
			    d->quotes[i].start < d->toks[pa].start)
				return NULL;
		if (v != (size_t)-1)
			return NULL;
	}
	/* No speech reported: the person opening the paragraph, as its subject. */
	if (v == (size_t)-1) {
		if ((p = extract_person_first(d, ps, pa < ps + 10 ? pa : ps + 10)) != NULL ||
		    marks)
			return p;
		return quote_only_person(d, ps, pa);
	}
	/*
	 * "For Jo Roe, who ..., the closure means a long drive.  She says
	 * ...": speech reported late, by a pronoun, is the subject's.
	 */
	if (v - ps > 30 && !(v > ps + 1 && extract_lex_tok_in(d, v - 1, pronouns) &&
	    (d->toks[v - 1].flags & TK_CAP)))
		return NULL;
	return extract_person_first(d, ps, v);
}

/* Reads a speaker starting at token t (up to max); returns the token after, or t if none. */
static size_t
quote_speaker(struct ex_doc *d, struct ex_quote *q, size_t t, size_t max, size_t *lastp)
{
	struct ex_person *p;
	const char	 *on;
	size_t		  e, oe, k;
	char		 *name;

	if (t >= max)
		return t;
	if (extract_lex_tok_in(d, t, pronouns)) {
		/* The person the paragraph is about, before the quotation. */
		size_t	pa = q->para, pe = extract_lex_tok_at(d, q->start);

		if (pa < pe && (p = extract_person_first(d, pa, pe)) != NULL) {
			quote_person(q, p);
			*lastp = (size_t)(p - d->people);
			return t + 1;
		}
		if (pe <= pa + 1 && (p = quote_prev_sayer(d, pa)) != NULL) {
			quote_person(q, p);
			*lastp = (size_t)(p - d->people);
			return t + 1;
		}
		if (*lastp != (size_t)-1) {
			quote_person(q, &d->people[*lastp]);
			return t + 1;
		}
		return t;
	}
	/* "Mayor X Y": the name after the title; a title alone is no name. */
	if ((e = extract_person_name(d, t, max)) == t &&
	    (k = extract_person_skip_title(d, t, max)) > t &&
	    extract_person_name(d, k, max) > k) {
		t = k;
		e = extract_person_name(d, k, max);
	}
	if (e > t) {
		/* "Acme Mutual said": a company named in full before, not a person. */
		if ((on = quote_org_short(d, d->toks[t].start, d->toks[e - 1].end)) != NULL) {
			q->speaker = xstrdup(on);
			q->speaker_org = 1;
			return e;
		}
		name = extract_lex_range(d, t, e);
		p = extract_person_add(d, name, strlen(name), ROLE_SPOKESPERSON,
		    d->toks[t].start);
		free(name);
		if (p == NULL)
			return t;
		e = extract_person_appositive(d, p, e, max);
		if (p->org == NULL && d->publisher != NULL && quote_ours(d, t))
			p->org = xstrdup(d->publisher);
		quote_person(q, p);
		*lastp = (size_t)(p - d->people);
		return e;
	}
	if ((on = extract_org_at(d, t, &oe)) != NULL) {
		/* "FDSA Administrator Dr. X": the person after the title speaks. */
		if ((k = extract_person_skip_title(d, oe, max)) == oe ||
		    extract_person_name(d, k, max) == k)
			k = quote_cap_title(d, oe, max);
		if (k > oe && extract_person_name(d, k, max) > k) {
			char	*onc = xstrdup(on);
			size_t	 te = k;

			e = quote_speaker(d, q, k, max, lastp);
			/* The organization and title before the name are the speaker's. */
			while (te > oe && d->body[d->toks[te - 1].end - 1] == '.')
				te--;
			if (q->speaker != NULL && !q->speaker_org && (p = extract_person_find(d,
			    q->speaker, strlen(q->speaker))) != NULL) {
				if (p->org == NULL)
					p->org = onc;
				else
					free(onc);
				if (p->title == NULL && te > oe)
					p->title = extract_lex_range(d, oe, te);
			} else
				free(onc);
			return e;
		}
		/* "said ITLP's director of litigation, Jo Roe": the person named after. */
		if (oe > t && (d->toks[oe - 1].flags & TK_POSS))
			for (k = oe; k + 1 < max && k - oe < 8 && (d->toks[k].flags & TK_WORD) &&
			    !(d->toks[k].flags & TK_CAP); k++)
				if (d->body[d->toks[k + 1].start] == ',' && k + 2 < max &&
				    quote_named(d, k + 2, max))
					return quote_speaker(d, q, k + 2, max, lastp);
		q->speaker = xstrdup(on);
		q->speaker_org = 1;
		return oe;
	}
	/*
	 * "said Attorney General Roe": capitalized title words, then the
	 * surname of a person named in full earlier.
	 */
	for (k = t; k < max && k - t < 4 && (d->toks[k].flags & TK_CAP) &&
	    (d->toks[k].flags & TK_WORD) && !(d->toks[k].flags & TK_POSS); k++)
		;
	if (k > t + 1 && k - t <= 3 && (k >= max || !(d->toks[k].flags & TK_WORD)) &&
	    (p = extract_person_find(d, d->body + d->toks[k - 1].start,
	    d->toks[k - 1].end - d->toks[k - 1].start)) != NULL) {
		quote_person(q, p);
		*lastp = (size_t)(p - d->people);
		return k;
	}
	/* A surname named earlier: "Hincapié said". */
	if ((d->toks[t].flags & TK_CAP) && (d->toks[t].flags & TK_WORD) &&
	    ((p = extract_person_find(d, d->body + d->toks[t].start,
	    d->toks[t].end - d->toks[t].start)) != NULL ||
	    (p = extract_person_surname(d, t)) != NULL)) {
		quote_person(q, p);
		*lastp = (size_t)(p - d->people);
		return t + 1;
	}
	return t;
}

/* Returns 1 if a person's name (after any title) starts at token t, before max. */
static int
quote_named(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	k;

	if (t >= max || !(d->toks[t].flags & TK_WORD))
		return 0;
	if (extract_person_name(d, t, max) > t)
		return 1;
	k = extract_person_skip_title(d, t, max);
	return k > t && extract_person_name(d, k, max) > k;
}

/* Returns 1 if the organization name o holds the word w (any case). */
static int
quote_has_word(const char *o, const char *w)
{
	size_t		 wl = strlen(w);
	const char	*p = o;

	while ((p = extract_lex_ifind(p, strlen(p), w)) != NULL) {
		if ((p == o || p[-1] == ' ') && (p[wl] == '\0' || p[wl] == ' ' ||
		    p[wl] == ',' || p[wl] == 's'))
			return 1;
		p += wl;
	}
	return 0;
}

/*
 * Returns the known organization that body bytes [a, e) name without its
 * legal suffix ("Acme Paper" for "Acme Paper LLC"), or NULL.
 */
static const char *
quote_org_short(const struct ex_doc *d, size_t a, size_t e)
{
	static const char *const legal[] = {
		"LLC", "L.L.C.", "Inc.", "Inc", "Corp.", "Corporation", "Co.",
		"Ltd.", "LLP", "LP", "PLLC", NULL
	};
	/* Nouns of a company's kind that close its full name. */
	static const char *const kinds[] = {
		"Company", "Companies", "Group", "Holdings", "Corporation",
		"Enterprises", "Industries", NULL
	};
	const char	*nm, *r, *sp;
	size_t		 i, n = e - a, w;

	if (n < 3 || n > 80)
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		if (nm[0] != d->body[a] || strncmp(nm, d->body + a, n) != 0 ||
		    (nm[n] != ' ' && nm[n] != ','))
			continue;
		r = nm + n + (nm[n] == ',' ? 1 : 0);
		if (*r == ' ')
			r++;
		if (extract_lex_in(r, strlen(r), legal))
			return nm;
		/* "Acme Mutual" for "Acme Mutual Insurance Company": capitalized words, then the kind. */
		for (w = 1, sp = r; *sp != '\0'; sp++)
			if (*sp == ' ') {
				w++;
				if (sp[1] < 'A' || sp[1] > 'Z')
					break;
			}
		if (*sp == '\0' && w <= 3 && r[0] >= 'A' && r[0] <= 'Z' &&
		    (sp = strrchr(r, ' ')) != NULL &&
		    extract_lex_in(sp + 1, strlen(sp + 1), kinds))
			return nm;
	}
	return NULL;
}

/* Attributes to an organization referred back to just before the verb at v: "the coalition said". */
static int
quote_orgref(struct ex_doc *d, struct ex_quote *q, size_t s, size_t v)
{
	const char	*on = NULL;
	char		 w[32];
	size_t		 i, wl;

	if (v < s + 2 || !extract_lex_tok_is(d, v - 2, "the"))
		return 0;
	/*
	 * "“...,” the letter states": the letter the release is about, the
	 * publisher's own, speaks for the publisher.
	 */
	if (v == s + 2 && extract_lex_tok_is(d, v - 1, "letter") &&
	    d->publisher != NULL && (d->kind == NULL ||
	    strcmp(d->kind, "article") != 0) &&
	    extract_org_find(d, d->publisher, strlen(d->publisher)) != NULL) {
		q->speaker = xstrdup(d->publisher);
		q->speaker_org = 1;
		return 1;
	}
	if (!extract_lex_tok_in(d, v - 1, org_nouns))
		return 0;
	wl = d->toks[v - 1].end - d->toks[v - 1].start;
	if (wl >= sizeof(w))
		return 0;
	memcpy(w, d->body + d->toks[v - 1].start, wl);
	w[wl] = '\0';
	if (d->publisher != NULL && quote_has_word(d->publisher, w))
		on = d->publisher;
	for (i = 0; on == NULL && i < d->norgs; i++)
		if (quote_has_word(d->orgs[i].name, w))
			on = d->orgs[i].name;
	/* A news article's publisher is the newspaper, never "the company". */
	if (on == NULL && d->publisher != NULL && extract_lex_in(w, wl, org_generic) &&
	    (d->kind == NULL || strcmp(d->kind, "article") != 0))
		on = d->publisher;
	if (on == NULL)
		return 0;
	q->speaker = xstrdup(on);
	q->speaker_org = 1;
	return 1;
}

/*
 * Attributes to the one person whose title a reference just before the
 * verb at v names: "the Commissioner said" for "Commissioner Jo Roe".
 */
static int
quote_titleref(struct ex_doc *d, struct ex_quote *q, size_t s, size_t v, size_t *lastp)
{
	struct ex_person *p = NULL, *x = NULL;
	const char	*w, *tl;
	size_t		 i, wl, n;
	int		 nx = 0, np = 0;

	if (v < s + 2 || !(d->toks[v - 1].flags & TK_CAP) ||
	    !extract_lex_tok_is(d, v - 2, "the"))
		return 0;
	w = d->body + d->toks[v - 1].start;
	wl = d->toks[v - 1].end - d->toks[v - 1].start;
	for (i = 0; i < d->npeople; i++) {
		if ((tl = d->people[i].title) == NULL || (n = strlen(tl)) < wl ||
		    strncasecmp(tl + n - wl, w, wl) != 0 ||
		    (n > wl && tl[n - wl - 1] != ' '))
			continue;
		/* "Commissioner" before "Deputy Commissioner". */
		if (n == wl) {
			x = &d->people[i];
			nx++;
		}
		p = &d->people[i];
		np++;
	}
	if (nx == 1)
		p = x;
	else if (np != 1)
		return 0;	/* none, or several: which one is unsaid */
	quote_person(q, p);
	*lastp = (size_t)(p - d->people);
	return 1;
}

/*
 * Reads the subject of the verb at v in [s, v): a speaker where the clause
 * starts, else the name or pronoun just before the verb ("At the hearing,
 * Mayor X said", "Afterward she said"), else "the coalition".
 */
static int
quote_subject(struct ex_doc *d, struct ex_quote *q, size_t s, size_t v, size_t *lastp)
{
	size_t	k, t;

	if (s >= v)
		return 0;
	quote_speaker(d, q, s, v, lastp);
	if (q->speaker != NULL)
		return 1;
	if (extract_lex_tok_in(d, v - 1, pronouns)) {
		quote_speaker(d, q, v - 1, v, lastp);
		return q->speaker != NULL;
	}
	for (k = v; k > s && v - k < 8; k--) {
		const struct ex_tok *tk = &d->toks[k - 1];

		if ((tk->flags & TK_WORD) ? !(tk->flags & TK_CAP) :
		    d->body[tk->start] != '.')
			break;
	}
	for (t = k; t < v; t++) {
		if (t == s || !(d->toks[t].flags & TK_CAP))
			continue;
		quote_speaker(d, q, t, v, lastp);
		if (q->speaker != NULL)
			return 1;
	}
	/* "In a statement, Jane Roe, president of O, said": a name after a comma. */
	for (t = s + 1; t < v; t++) {
		if (d->body[d->toks[t - 1].start] != ',' || !quote_named(d, t, v))
			continue;
		quote_speaker(d, q, t, v, lastp);
		if (q->speaker != NULL)
			return 1;
	}
	/* "In a written statement, Acme Paper said": an organization after a comma. */
	for (t = v - 1; t > s && v - t < 10; t--) {
		const char	*on;
		size_t		 oe;

		if (d->body[d->toks[t - 1].start] != ',')
			continue;
		if (!(d->toks[t].flags & TK_CAP))
			break;
		if ((on = extract_org_at(d, t, &oe)) == NULL || oe != v)
			on = quote_org_short(d, d->toks[t].start, d->toks[v - 1].end);
		if (on != NULL) {
			q->speaker = xstrdup(on);
			q->speaker_org = 1;
			return 1;
		}
		break;
	}
	/*
	 * "The Acme Chamber of Commerce issued the following statement": an
	 * organization named in full as the subject, after its article.
	 */
	if (s + 1 < v && (d->toks[s + 1].flags & TK_CAP) &&
	    extract_lex_tok_is(d, s, "the")) {
		const char	*on;
		size_t		 oe;

		size_t		 pl, bl = d->toks[v - 1].end - d->toks[s + 1].start;

		if ((on = extract_org_at(d, s + 1, &oe)) != NULL && oe == v) {
			q->speaker = xstrdup(on);
			q->speaker_org = 1;
			return 1;
		}
		/* The publisher, whose name the scan may not have listed yet. */
		if (d->publisher != NULL && (pl = strlen(d->publisher)) == bl &&
		    memcmp(d->body + d->toks[s + 1].start, d->publisher, pl) == 0) {
			q->speaker = xstrdup(d->publisher);
			q->speaker_org = 1;
			return 1;
		}
	}
	if (quote_titleref(d, q, s, v, lastp))
		return 1;
	return quote_orgref(d, q, s, v);
}

/*
 * Returns the token after one or two lower-case words that describe the
 * speaker before the name ("said plaintiff Jo Roe", "said longtime tenant
 * Jo Roe", "said former Mayor Jo Roe"), or t if no name follows them.
 */
static size_t
quote_descriptor(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	k;

	for (k = t; k < max && k - t < 2; k++) {
		if (!(d->toks[k].flags & TK_WORD) || (d->toks[k].flags & (TK_CAP | TK_DIGIT)) ||
		    extract_lex_tok_in(d, k, function_words))
			return t;
		if (quote_named(d, k + 1, max))
			return k + 1;
	}
	return t;
}

/*
 * Returns the token where a name starts after a title in capitals that the
 * title list does not know ("said Recreation Supervisor Jo Roe"), or t.
 */
static size_t
quote_title_run(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	k;

	for (k = t; k < max && k - t < 4; k++) {
		if ((d->toks[k].flags & (TK_WORD | TK_CAP)) != (TK_WORD | TK_CAP) ||
		    (d->toks[k].flags & TK_POSS))
			return t;
		if (k > t && quote_named(d, k, max))
			return k;
	}
	return t;
}

/* Determiners that may open a role set off before a name ("our executive director, X"). */
static const char *const role_dets[] = {
	"our", "its", "the", "their", "his", "her", NULL
};

/*
 * Reads "said our executive director, Jo Roe,": lower-case words of a role,
 * a comma, then the name; the role is the person's title and "our" makes
 * them the publisher's.
 */
static void
quote_role_comma(struct ex_doc *d, struct ex_quote *q, size_t k, size_t max,
    size_t *lastp)
{
	struct ex_person *p;
	size_t		  c, r = k;

	if (k >= max || !(d->toks[k].flags & TK_WORD) || (d->toks[k].flags & TK_CAP))
		return;
	if (extract_lex_tok_in(d, k, role_dets))
		r = k + 1;
	for (c = r; c < max && c - r < 4 && (d->toks[c].flags & TK_WORD) &&
	    !(d->toks[c].flags & (TK_CAP | TK_DIGIT)) &&
	    !extract_lex_tok_in(d, c, function_words); c++)
		;
	if (c == r || c + 1 >= max || d->body[d->toks[c].start] != ',' ||
	    !quote_named(d, c + 1, max))
		return;
	quote_speaker(d, q, c + 1, max, lastp);
	if (q->speaker == NULL || q->speaker_org ||
	    (p = extract_person_find(d, q->speaker, strlen(q->speaker))) == NULL)
		return;
	if (p->title == NULL)
		p->title = extract_lex_range(d, r, c);
	if (p->org == NULL && d->publisher != NULL && r > k &&
	    extract_lex_tok_is(d, k, "our"))
		p->org = xstrdup(d->publisher);
}

/* Attributes from the text after the closing mark: ", said X" or "X said". */
static int
quote_after(struct ex_doc *d, struct ex_quote *q, size_t t, size_t *lastp)
{
	size_t	max = t, v, k;

	/* "“...” — Jane Roe, President of O": a signed quotation. */
	if (t < d->ntoks && !(d->toks[t].flags & TK_WORD) &&
	    extract_lex_dash(d->body, d->body_len, d->toks[t].start) > 0 &&
	    !(d->toks[t].flags & TK_PARA)) {
		max = t + 1;
		while (max < d->ntoks && max - t < 30 && !(d->toks[max].flags & TK_PARA) &&
		    !(max > t + 1 && (d->toks[max].flags & TK_SENT)))
			max++;
		if (quote_speaker(d, q, t + 1, max, lastp) == t + 1 || q->speaker == NULL)
			return 0;
		q->verb = xstrdup("said");
		return 1;
	}
	/* "“...?” asked X": a lower-case word after the mark goes on the sentence. */
	if (max < d->ntoks && (d->toks[max].flags & TK_WORD) &&
	    !(d->toks[max].flags & (TK_CAP | TK_DIGIT | TK_PARA)) &&
	    extract_lex_tok_in(d, max, verbs))
		max++;
	while (max < d->ntoks && max - t < 30 && !(d->toks[max].flags & TK_SENT) &&
	    !extract_lex_open_quote(d->body, d->body_len, d->toks[max].start))
		max++;
	if (t < max && d->body[d->toks[t].start] == ',')
		t++;
	if (t >= max)
		return 0;

	if (extract_lex_tok_in(d, t, verbs)) {
		v = t;
		k = t + 1 + extract_lex_tok_is(d, t + 1, "to");
		if (quote_speaker(d, q, k, max, lastp) == k && q->speaker == NULL &&
		    ((v = quote_descriptor(d, k, max)) > k ||
		    (v = quote_title_run(d, k, max)) > k))
			quote_speaker(d, q, v, max, lastp);
		if (q->speaker == NULL)
			quote_role_comma(d, q, k, max, lastp);
		v = t;
		if (q->speaker == NULL)
			return 0;
		q->verb = extract_lex_range(d, v, v + 1);
		return q->speaker != NULL;
	}
	for (v = t; v < max && v - t < 20; v++)
		if (extract_lex_tok_in(d, v, verbs))
			break;
	if (v >= max || v - t > 19)
		return 0;
	if (!quote_subject(d, q, t, v, lastp))
		return 0;
	q->verb = extract_lex_range(d, v, v + 1);
	return 1;
}

/* Attributes from the text before the opening mark: "X of O says “". */
static int
quote_before(struct ex_doc *d, struct ex_quote *q, size_t t, size_t *lastp)
{
	size_t	v, s;

	if (t == 0 || t > d->ntoks)
		return 0;
	v = t - 1;
	while (v > 0 && !(d->toks[v].flags & TK_WORD) && t - v < 3 &&
	    !(d->toks[v].flags & TK_PARA))
		v--;
	/* "X told reporters, “...”": the verb before a one-word object. */
	if (v > 0 && (d->toks[v].flags & TK_WORD) && !(d->toks[v].flags & TK_CAP) &&
	    !extract_lex_tok_in(d, v, verbs) && extract_lex_tok_in(d, v - 1, verbs))
		v--;
	if (!(d->toks[v].flags & TK_WORD) || !extract_lex_tok_in(d, v, verbs))
		return 0;
	s = extract_lex_sentence(d, v);
	if (s >= v)
		return 0;
	if (!quote_subject(d, q, s, v, lastp))
		return 0;
	q->verb = extract_lex_range(d, v, v + 1);
	return 1;
}

/*
 * Attributes a quotation that follows, in its paragraph, a sentence
 * reporting what its speaker holds: "Roe stressed that the data are early.
 * “We ...”".  The mark opens at byte o; no quotation may stand between.
 */
static int
quote_leadin(struct ex_doc *d, struct ex_quote *q, size_t o, size_t a,
    size_t prevq, size_t *lastp)
{
	size_t	p = a, s, v, k;

	k = o;
	while (k > 0 && extract_lex_space(d->body, o, k - 1))
		k--;
	if (k == 0 || d->body[k - 1] != '.' || (d->toks[a].flags & TK_PARA))
		return 0;
	while (p > 0 && d->toks[p - 1].start >= o)
		p--;
	if (p == 0)
		return 0;
	s = extract_lex_sentence(d, p - 1);
	if (s < q->para || (prevq != (size_t)-1 &&
	    d->quotes[prevq].end > d->toks[s].start))
		return 0;
	for (k = s + 1; k < a; k++)
		if (d->toks[k].flags & TK_PARA)
			return 0;
	/* "X stressed that ...", or a plain "X says the work ...". */
	for (v = s + 1; v + 1 < p && v - s < 30; v++)
		if ((v - s < 8 && extract_lex_tok_in(d, v, verbs) &&
		    extract_lex_tok_is(d, v + 1, "that")) ||
		    (!(d->toks[v].flags & TK_CAP) && extract_lex_tok_in(d, v, said_verbs)))
			break;
	if (v + 1 >= p || v - s >= 30 || !quote_subject(d, q, s, v, lastp))
		return 0;
	q->verb = extract_lex_range(d, v, v + 1);
	return 1;
}

/* Verbs of a paragraph that reports what its speaker said before the words follow. */
static const char *const report_verbs[] = {
	"said", "says", "added", "adds", "explained", "explains", "noted", "notes",
	"recalled", "recalls", "wrote", "writes", "told", NULL
};

/*
 * Attributes a quotation that opens a paragraph right after one whose last
 * sentence reports its speaker's words: "Jo Roe, a retired nurse, said the
 * gift was personal.\n\n“I spent ...”".  No quotation stands between.
 */
static int
quote_prev_para(struct ex_doc *d, struct ex_quote *q, size_t o, size_t a,
    size_t prevq, size_t *lastp)
{
	size_t	p = a, s, v, k;

	if (o < 2 || d->body[o - 1] != '\n' || d->body[o - 2] != '\n')
		return 0;
	while (p > 0 && d->toks[p - 1].start >= o)
		p--;
	if (p < 2 || d->body[d->toks[p - 1].start] != '.')
		return 0;
	s = extract_lex_sentence(d, p - 2);
	if (prevq != (size_t)-1 && d->quotes[prevq].end > d->toks[s].start)
		return 0;
	/* The sentence opens its paragraph: a new speaker is named there. */
	if (s > 0 && !(d->toks[s].flags & TK_PARA))
		return 0;
	for (v = s + 1; v + 1 < p && v - s < 30; v++)
		if (!(d->toks[v].flags & TK_CAP) && extract_lex_tok_in(d, v, report_verbs))
			break;
	if (v + 1 >= p || v - s >= 30)
		return 0;
	for (k = s; k < v; k++)
		if (d->body[d->toks[k].start] == '"' ||
		    extract_lex_open_quote(d->body, d->body_len, d->toks[k].start) > 0)
			return 0;
	if (!quote_subject(d, q, s, v, lastp))
		return 0;
	q->verb = extract_lex_range(d, v, v + 1);
	return 1;
}

/* Returns 1 if token a issues a statement: "released the following statement". */
static int
quote_issued(const struct ex_doc *d, size_t a, size_t k)
{
	static const char *const issue[] = { "released", "issued", NULL };
	size_t	i;

	if ((d->body[d->toks[a].start] | 0x20) != 'r' &&
	    (d->body[d->toks[a].start] | 0x20) != 'i')
		return 0;
	if (!extract_lex_tok_in(d, a, issue))
		return 0;
	for (i = a + 1; i < k && i <= a + 3; i++)
		if (extract_lex_tok_is(d, i, "statement"))
			return 1;
	return 0;
}

/* Nouns of a text printed after its lead-in: "Below are her remarks as prepared:". */
static const char *const text_nouns[] = {
	"remarks", "speech", "testimony", "statement", "comments", "address", NULL
};

/* Possessives that refer back to the person the text is about. */
static const char *const possessives[] = { "her", "his", NULL };

/*
 * Attributes a text printed after a lead-in with no verb of saying, tokens
 * [s, k) before the colon: "Below are her remarks as prepared for
 * delivery:" -- the person of the paragraph before; "The letter reads in
 * part:" -- the publisher, whose letter the release prints.
 */
static int
quote_text_leadin(struct ex_doc *d, struct ex_quote *q, size_t s, size_t k,
    size_t *lastp)
{
	struct ex_person *p = NULL;
	size_t		  a, pa, pb;

	if (k - s > 12)
		return 0;
	for (a = s; a + 1 < k; a++) {
		/* "The letter reads in part:" */
		if (extract_lex_tok_is(d, a, "letter") && (extract_lex_tok_is(d, a + 1,
		    "reads") || extract_lex_tok_is(d, a + 1, "states")) &&
		    d->publisher != NULL && extract_org_find(d, d->publisher,
		    strlen(d->publisher)) != NULL) {
			q->speaker = xstrdup(d->publisher);
			q->speaker_org = 1;
			q->verb = xstrdup("statement");
			return 1;
		}
		if (!extract_lex_tok_in(d, a, possessives) ||
		    !extract_lex_tok_in(d, a + 1, text_nouns))
			continue;
		/* "her remarks": the person the paragraph before is about. */
		for (pb = s; pb > 0 && !(d->toks[pb].flags & TK_PARA); pb--)
			;
		for (pa = pb; pa > 0 && !(d->toks[pa - 1].flags & TK_PARA); pa--)
			;
		if (pa > 0)
			pa--;
		if (pa < pb)
			p = extract_person_first(d, pa, pb);
		if (p == NULL && *lastp != (size_t)-1)
			p = &d->people[*lastp];
		if (p == NULL)
			return 0;
		quote_person(q, p);
		*lastp = (size_t)(p - d->people);
		q->verb = xstrdup("statement");
		return 1;
	}
	return 0;
}

/* Attributes a statement announced just before: "The following is a statement by X, T of O:". */
static int
quote_statement(struct ex_doc *d, struct ex_quote *q, size_t t, size_t *lastp)
{
	size_t		 s, i, k, a, e;
	const char	*p;
	char		*sent;
	struct ex_person *pp;

	if (t == 0 || t > d->ntoks)
		return 0;
	k = t - 1;
	if (d->body[d->toks[k].start] != ':')
		return 0;
	s = extract_lex_sentence(d, k);
	sent = extract_lex_range(d, s, k);
	for (i = 0; statement_cues[i] != NULL; i++)
		if ((p = extract_lex_ifind(sent, strlen(sent), statement_cues[i])) != NULL)
			break;
	if (statement_cues[i] == NULL) {
		free(sent);
		/* "Mayor X said at the opening:" before the quotation. */
		for (a = s; a < k; a++)
			if (extract_lex_tok_in(d, a, verbs) || quote_issued(d, a, k))
				break;
		if (a >= k || a == s)
			return quote_text_leadin(d, q, s, k, lastp);
		if (!quote_subject(d, q, s, a, lastp))
			return quote_text_leadin(d, q, s, k, lastp);
		q->verb = extract_lex_range(d, a, a + 1);
		return 1;
	}
	/* The token after the cue's last word. */
	a = s;
	e = strlen(statement_cues[i]);
	(void)p;
	for (; a < k; a++) {
		if (d->toks[a].start - d->toks[s].start >= (size_t)(p - sent) + e)
			break;
	}
	free(sent);
	quote_speaker(d, q, a, k, lastp);
	if (q->speaker == NULL || q->speaker_org) {
		/* "statement from its executive director, the Rev. X:": the person named. */
		for (e = a; e < k; e++)
			if ((e == a || !(d->toks[e - 1].flags & TK_CAP)) &&
			    quote_named(d, e, k))
				break;
		if (e < k) {
			free(q->speaker);
			q->speaker = NULL;
			quote_speaker(d, q, e, k, lastp);
		}
	}
	if (q->speaker == NULL)
		return 0;
	/* A statement a release issues from a person of no other organization is the publisher's. */
	if (!q->speaker_org && d->publisher != NULL &&
	    (pp = extract_person_find(d, q->speaker, strlen(q->speaker))) != NULL &&
	    pp->org == NULL)
		pp->org = xstrdup(d->publisher);
	q->verb = xstrdup("statement");
	if (q->speaker_org) {
		d->is_statement |= 0;
	}
	return 1;
}

/*
 * Returns 1 if a short quotation [ts, te) of w words is the second sentence
 * of an attributed one just before in its paragraph: "“A,” X said. “I include
 * myself in that.”"
 */
static int
quote_short_ok(const struct ex_doc *d, size_t prevq, size_t ts, size_t te, size_t w)
{
	const struct ex_quote *p;
	size_t		 k;

	if (w < 3 || prevq == (size_t)-1 || te <= ts)
		return 0;
	p = &d->quotes[prevq];
	if (p->speaker == NULL || p->end > ts || ts - p->end > 120 ||
	    !extract_lex_upper(d->body, te, ts) ||
	    strchr(".!?", d->body[te - 1]) == NULL)
		return 0;
	for (k = p->end; k < ts; k++)
		if (d->body[k] == '\n')
			return 0;
	return 1;
}

/*
 * Returns 1 if the quotation opened at o (text from ts) is a fragment run
 * into a sentence: it opens in lower case right after a word ("said it
 * “deeply regrets the harm”"), where a quotation resumed after its
 * attribution follows a comma ("X said, “but ...”").
 */
static int
quote_partial(const char *b, size_t o, size_t ts)
{
	if (b[ts] < 'a' || b[ts] > 'z')
		return 0;
	while (o > 0 && (b[o - 1] == ' ' || b[o - 1] == '\t'))
		o--;
	return o > 0 && ((b[o - 1] >= 'a' && b[o - 1] <= 'z') ||
	    (b[o - 1] >= 'A' && b[o - 1] <= 'Z'));
}

/*
 * Returns 1 if a short quotation of w words, closed by the mark at cs (the
 * text going on at byte at), opens an interrupted one: "“We listened,” X
 * said. “I am grateful ...”" -- a verb, then a new quotation close after it
 * in the same paragraph.
 */
static int
quote_short_lead(const struct ex_doc *d, size_t w, size_t cs, size_t at)
{
	size_t	i, t, e;
	int	verb = 0;

	if (w < 3 || cs == 0 || at >= d->body_len || d->body[cs - 1] != ',')
		return 0;
	for (i = at; i < d->body_len && i - at < 100 && d->body[i] != '\n'; i++)
		if (extract_lex_open_quote(d->body, d->body_len, i) > 0 && i > at + 2)
			break;
	if (i >= d->body_len || i - at >= 100 || d->body[i] == '\n')
		return 0;
	e = extract_lex_tok_at(d, i);
	for (t = extract_lex_tok_at(d, at); t < e && t < d->ntoks; t++)
		verb |= extract_lex_tok_in(d, t, verbs);
	return verb;
}

/* Returns the number of paragraphs of the body after byte at (a statement ends the release). */
static size_t
quote_paras_after(const struct ex_doc *d, size_t at)
{
	size_t	n = 0;

	for (; at + 1 < d->body_len; at++)
		if (d->body[at] == '\n' && d->body[at + 1] == '\n')
			n++;
	return n;
}

/*
 * Returns 1 if the quotation [o, c) is a whole paragraph right after the
 * paragraph of quotation prevq: "“A,” said X.\n\n“B.”" -- B is X's too.
 */
static int
quote_next_para(const struct ex_doc *d, size_t prevq, size_t o, size_t c)
{
	const char	*b = d->body;
	size_t		 k, breaks = 0;

	if (o < 2 || b[o - 1] != '\n' || b[o - 2] != '\n' ||
	    (c < d->body_len && b[c] != '\n'))
		return 0;
	for (k = d->quotes[prevq].end; k + 1 < o; k++)
		if (b[k] == '\n' && b[k + 1] == '\n')
			breaks++;
	return breaks == 1;
}

/* Returns where person p is first named within its evidence span, or NULL. */
static const char *
quote_name_at(const struct ex_doc *d, const struct ex_person *p)
{
	const char	*at;
	size_t		 nl = strlen(p->name);

	if (nl < 3 || p->ev_end <= p->ev_start || p->ev_end > d->body_len)
		return NULL;
	at = d->body + p->ev_start;
	while ((at = memchr(at, p->name[0], d->body + p->ev_end - at)) != NULL &&
	    (size_t)(d->body + p->ev_end - at) >= nl && memcmp(at, p->name, nl) != 0)
		at++;
	if (at == NULL || (size_t)(d->body + p->ev_end - at) < nl)
		return NULL;
	return at;
}

/*
 * Returns the token of the comma right after person p's name within its
 * evidence span ("Jo Roe, ..."), with two tokens at least after it; or 0.
 */
static size_t
quote_appos_comma(const struct ex_doc *d, const struct ex_person *p)
{
	const char	*at;
	size_t		 t;

	if ((at = quote_name_at(d, p)) == NULL)
		return 0;
	t = extract_lex_tok_at(d, (size_t)(at - d->body) + strlen(p->name));
	if (t == 0 || t + 2 >= d->ntoks || d->body[d->toks[t].start] != ',')
		return 0;
	return t;
}

/*
 * Returns the organization an organization noun at token k refers back to
 * ("the commission"): the publisher if its name holds the noun, else the
 * one organization named with it; NULL if none or several.
 */
static const char *
quote_noun_org(const struct ex_doc *d, size_t k)
{
	const char	*on = NULL;
	char		 w[32];
	size_t		 i, wl = d->toks[k].end - d->toks[k].start;

	if (wl >= sizeof(w))
		return NULL;
	memcpy(w, d->body + d->toks[k].start, wl);
	w[wl] = '\0';
	if (d->publisher != NULL && quote_has_word(d->publisher, w))
		return d->publisher;
	for (i = 0; i < d->norgs; i++) {
		if (!quote_has_word(d->orgs[i].name, w))
			continue;
		if (on != NULL)
			return NULL;	/* two of them: which one is unsaid */
		on = d->orgs[i].name;
	}
	return on;
}

/*
 * Returns the organization that a title word before the speaker's first
 * mention refers back to ("commission chair Jo Roe", "Board Vice President
 * Jo Roe"): the publisher if its name holds the noun, else the one
 * organization named with it; or NULL.
 */
static const char *
quote_title_org(const struct ex_doc *d, const struct ex_person *p)
{
	const char	*at, *on;
	size_t		 t, k;

	if ((at = quote_name_at(d, p)) == NULL)
		return NULL;
	t = extract_lex_tok_at(d, (size_t)(at - d->body));
	for (k = t; k > 0 && t - k < 8; k--) {
		if (!(d->toks[k - 1].flags & TK_WORD) &&
		    d->body[d->toks[k - 1].start] != '.' &&
		    d->body[d->toks[k - 1].start] != ',')
			return NULL;
		/* "Our president and CEO, Dr. Jo Roe": the publisher's own. */
		if (extract_lex_tok_is(d, k - 1, "our"))
			return d->publisher;
		if (t - k >= 5 || !(d->toks[k - 1].flags & TK_WORD) ||
		    !extract_lex_tok_in(d, k - 1, org_nouns))
			continue;
		/* "orchestra committee chair Jo Roe": the body the committee is of. */
		if ((on = quote_noun_org(d, k - 1)) != NULL)
			return on;
	}
	return NULL;
}

/* Verbs of a relative clause that tie a person to the body they run now. */
static const char *const appos_run_verbs[] = {
	"owns", "owned", "runs", "run", "leads", "led", "heads", "directs",
	"manages", "works", NULL
};

/* Words that put the body named after them in the speaker's past. */
static const char *const appos_past[] = {
	"retired", "former", "formerly", "onetime", "who", "until", "once", NULL
};

/*
 * Returns the organization named in full in an apposition or relative
 * clause after the speaker's first mention: "Jo Roe, a handler with the Acme
 * County Sheriff's Office", "Jo Roe, who has owned Acme Bakery for 20
 * years", "Jo Roe, who works at Acme Mills"; a new string, or NULL.
 */
static char *
quote_appos_named(struct ex_doc *d, const struct ex_person *p)
{
	size_t		 t, k, j, oe, e;
	int		 who, verb = 0;

	if ((t = quote_appos_comma(d, p)) == 0)
		return NULL;

	if (extract_lex_tok_is(d, t + 1, "a") || extract_lex_tok_is(d, t + 1, "an"))
		who = 0;
	else if (extract_lex_tok_is(d, t + 1, "who"))
		who = 1;
	else
		return NULL;
	for (k = t + 2; k < d->ntoks && k - t <= 8; k++) {
		if (!(d->toks[k].flags & TK_WORD) || (d->toks[k].flags & TK_SENT))
			return NULL;
		if (who && !verb) {
			/* "who has owned", "who now runs": the verb, at most two words in. */
			if (k - t > 3)
				return NULL;
			verb = extract_lex_tok_in(d, k, appos_run_verbs);
			if (verb && !extract_lex_tok_is(d, k, "works"))
				j = k + 1;
			else
				continue;
		} else if (extract_lex_tok_in(d, k, appos_past))
			return NULL;	/* "a retired nurse who worked at X": no longer */
		else if (extract_lex_tok_is(d, k, "with") || extract_lex_tok_is(d, k, "at") ||
		    extract_lex_tok_is(d, k, "for"))
			j = k + 1;
		else
			continue;
		if (j < d->ntoks && extract_lex_tok_is(d, j, "the"))
			j++;
		if (j >= d->ntoks || !(d->toks[j].flags & TK_CAP) ||
		    extract_org_at(d, j, &oe) == NULL)
			return NULL;
		/* "Acme Bakery on Fifth Street": the place is no part of it. */
		for (e = j + 1; e < oe; e++)
			if (!(d->toks[e].flags & TK_CAP) && (extract_lex_tok_is(d, e, "on") ||
			    extract_lex_tok_is(d, e, "in")))
				break;
		return extract_lex_range(d, j, e);
	}
	return NULL;
}

/*
 * Returns the organization an apposition after the speaker's name refers
 * back to with "the" and a noun ("Jo Roe, the museum's director", "Jo Roe,
 * director of the museum"): the publisher if its name holds the noun, else
 * the one organization named with it; or NULL.
 */
static const char *
quote_appos_org(const struct ex_doc *d, const struct ex_person *p)
{
	size_t		 t, k;

	if ((t = quote_appos_comma(d, p)) == 0)
		return NULL;
	/* "Jo Roe, who worked at the museum": a relative clause, no title. */
	if (extract_lex_tok_is(d, t + 1, "who") || extract_lex_tok_is(d, t + 1, "whose"))
		return NULL;
	for (k = t + 2; k < d->ntoks && k - t <= 8; k++) {
		if (!(d->toks[k].flags & TK_WORD) || (d->toks[k].flags & TK_SENT))
			return NULL;
		/* The noun follows "the": a known one, not "a museum". */
		if ((d->body[d->toks[k - 1].start] | 0x20) != 't' ||
		    !extract_lex_tok_is(d, k - 1, "the") ||
		    !extract_lex_tok_in(d, k, org_nouns))
			continue;
		/* "the museum's board": the board is someone else's. */
		if (k + 1 < d->ntoks && !(d->toks[k].flags & TK_POSS) &&
		    (d->toks[k + 1].flags & TK_CAP))
			return NULL;
		return quote_noun_org(d, k);
	}
	return NULL;
}

/* The members a governing board is named for: "Board of Trustees". */
static const char *const board_members[] = {
	"Directors", "Trustees", "Governors", "Regents", "Visitors", "Managers",
	"Commissioners", NULL
};

/*
 * Returns 1 if the organization is a bare governing board ("Board of
 * Directors"): it speaks for the body it governs, the publisher.
 */
static int
quote_board_only(const char *o)
{
	size_t	n = strlen(o);

	if (n < 15 || o[0] != 'B' || strncmp(o, "Board of ", 9) != 0)
		return 0;
	return extract_lex_in(o + 9, n - 9, board_members);
}

/* Credits to the publisher the quotes of its bare board ("Board of Trustees"). */
void
extract_quote_boards(struct ex_doc *d)
{
	size_t	i;

	if (d->publisher == NULL)
		return;
	for (i = 0; i < d->nquotes; i++)
		if (d->quotes[i].org != NULL && !d->quotes[i].speaker_org &&
		    quote_board_only(d->quotes[i].org)) {
			free(d->quotes[i].org);
			d->quotes[i].org = xstrdup(d->publisher);
		}
}

/* Finds and attributes the quotations of the body. */
void
extract_quote_scan(struct ex_doc *d)
{
	const char	*b = d->body;
	size_t		 len = d->body_len, i = 0, ol, cs, cl, ts, te, a, z, w;
	size_t		 last = (size_t)-1, prevq = (size_t)-1, para, n = 0;
	size_t		 stmt = (size_t)-1, k;
	int		 single;
	struct ex_quote	*q;
	struct ex_person *p;
	struct quote_miss dmiss = { 0, 0 }, smiss = { 0, 0 };
	const char	*on;

	while (i < len && d->nquotes < EX_MAX_QUOTES && n++ < len) {
		single = 0;
		if ((ol = extract_lex_open_quote(b, len, i)) == 0 &&
		    (ol = quote_sopen(b, len, i)) > 0)
			single = 1;
		if (ol == 0 || (i > 0 && ol == 1 && !extract_lex_space(b, len, i - 1) &&
		    b[i - 1] != '(')) {
			i += extract_lex_charlen(b, len, i);
			continue;
		}
		if (single ? !quote_sclose(d, i, &cs, &cl, &smiss) :
		    !quote_close(d, i, ol, &cs, &cl, &dmiss)) {
			i += ol;
			continue;
		}
		ts = i + ol;
		te = cs;
		while (ts < te && extract_lex_space(b, te, ts))
			ts += extract_lex_space(b, te, ts);
		while (te > ts && extract_lex_space(b, te, te - 1))
			te--;
		a = extract_lex_tok_at(d, ts);
		z = extract_lex_tok_at(d, te);
		w = 0;
		for (size_t t = a; t < z; t++)
			if (d->toks[t].flags & TK_WORD)
				w++;
		/* Scare quotes, titles and short phrases are not quotations. */
		if ((w < QUOTE_MIN_WORDS && !quote_short_ok(d, prevq, ts, te, w) &&
		    !quote_short_lead(d, w, cs, cs + cl)) ||
		    quote_partial(b, i, ts) ||
		    quote_titleish(d, a, z) ||
		    (a >= 2 && extract_lex_tok_in(d, a - 2, title_cues)) ||
		    (a >= 3 && extract_lex_tok_in(d, a - 3, title_cues) &&
		    d->body[d->toks[a - 2].start] == ',')) {
			i = cs + cl;
			continue;
		}
		/* A pull quote repeats words the text has already quoted. */
		for (k = 0; k < d->nquotes; k++)
			if (d->quotes[k].end - d->quotes[k].start == te - ts &&
			    memcmp(b + d->quotes[k].start, b + ts, te - ts) == 0)
				break;
		if (k < d->nquotes) {
			i = cs + cl;
			continue;
		}
		q = &d->quotes[d->nquotes];
		memset(q, 0, sizeof(*q));
		q->start = ts;
		q->end = te;
		para = a;
		while (para > 0 && !(d->toks[para].flags & TK_PARA))
			para--;
		q->para = para;
		if (!quote_after(d, q, extract_lex_tok_at(d, cs + cl), &last) &&
		    !quote_before(d, q, a - 1, &last) &&
		    !quote_statement(d, q, a - 1, &last) &&
		    !quote_leadin(d, q, i, a, prevq, &last) &&
		    !quote_prev_para(d, q, i, a, prevq, &last)) {
			/* The rest of an interrupted quotation: the speaker of the one before. */
			extract_quote_free(q);
			q->start = ts;
			q->end = te;
			if (prevq == (size_t)-1 || (d->quotes[prevq].start < d->toks[para].start &&
			    !quote_next_para(d, prevq, i, cs + cl))) {
				i = cs + cl;
				continue;
			}
			q->speaker = xstrdup(d->quotes[prevq].speaker);
			q->speaker_org = d->quotes[prevq].speaker_org;
			q->verb = d->quotes[prevq].verb ? xstrdup(d->quotes[prevq].verb) : NULL;
		}
		if (!q->speaker_org && (p = extract_person_find(d, q->speaker,
		    strlen(q->speaker))) != NULL) {
			if (p->title)
				q->title = xstrdup(p->title);
			if (p->org)
				q->org = xstrdup(p->org);
			else if ((on = quote_title_org(d, p)) != NULL ||
			    (on = quote_appos_org(d, p)) != NULL)
				q->org = xstrdup(on);
			else
				q->org = quote_appos_named(d, p);
		} else if (q->speaker_org)
			q->org = xstrdup(q->speaker);
		if (stmt == (size_t)-1 && q->verb != NULL &&
		    strcmp(q->verb, "statement") == 0 &&
		    (extract_lex_ifind(b, len, "is a statement") != NULL ||
		    extract_lex_ifind(b, len, "statement may be attributed to") != NULL))
			stmt = d->nquotes;
		prevq = d->nquotes++;
		i = cs + cl;
	}
	/* "The following is a statement by X:" makes a statement, unless others speak after it. */
	if (stmt != (size_t)-1) {
		for (k = stmt + 1; k < d->nquotes; k++)
			if (strcmp(d->quotes[k].speaker, d->quotes[stmt].speaker) != 0)
				break;
		if (k >= d->nquotes && quote_paras_after(d, d->quotes[stmt].end) <= 4)
			d->is_statement = 1;
	}
}
