/*
 * Reports cited by a document: "the report, titled “T”", "The first, “T,”",
 * "T published by O", and trailing link lines that name a report already
 * cited (kept as its aliases).  Publisher and date come from the sentence
 * that releases them.
 */
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

/* Words that introduce a report's quoted title. */
static const char *const intro[] = {
	"titled", "entitled", "called", "first", "second", "third", NULL
};

/* Verbs that release a report. */
static const char *const release[] = {
	"released", "releases", "issued", "issues", "published", "publishes",
	"unveiled", "made", NULL
};

/* Nouns that mark a citation as a report. */
static const char *const report_nouns[] = {
	"report", "reports", "study", "studies", "analysis", "audit", "survey",
	"review", "paper", NULL
};

/* Small words allowed inside a title written without quotation marks. */
static const char *const title_small[] = {
	"of", "the", "by", "and", "on", "in", "for", "a", "an", "to", "at", NULL
};

/* Words that do not tell titles apart. */
static const char *const common[] = {
	"the", "a", "an", "of", "on", "in", "and", "for", "to", "by", "national",
	"report", "program", "s", NULL
};

/* Frees a report's strings. */
void
extract_report_free(struct ex_report *r)
{
	size_t	i;

	free(r->title);
	free(r->publisher);
	free(r->published);
	for (i = 0; i < r->naliases; i++)
		free(r->aliases[i]);
	memset(r, 0, sizeof(*r));
}

/* Returns the report going by s, or NULL. */
static struct ex_report *
report_find(struct ex_doc *d, const char *s, size_t len)
{
	size_t	i, k;

	for (i = 0; i < d->nreports; i++) {
		if (extract_lex_ieq(s, len, d->reports[i].title))
			return &d->reports[i];
		for (k = 0; k < d->reports[i].naliases; k++)
			if (extract_lex_ieq(s, len, d->reports[i].aliases[k]))
				return &d->reports[i];
	}
	return NULL;
}

/* Adds an alias (copied) to the report unless it goes by it already. */
static void
report_alias(struct ex_report *r, const char *s, size_t len)
{
	size_t	k;

	if (len == 0 || extract_lex_ieq(s, len, r->title))
		return;
	for (k = 0; k < r->naliases; k++)
		if (extract_lex_ieq(s, len, r->aliases[k]))
			return;
	if (r->naliases < EX_MAX_ALIASES)
		r->aliases[r->naliases++] = xstrndup(s, len);
}

/* Returns the report titled s, adding it with the context sentence [cs, ce) if new. */
static struct ex_report *
report_add(struct ex_doc *d, const char *s, size_t len, size_t cs, size_t ce)
{
	struct ex_report *r;
	const char	 *c;

	while (len > 0 && (s[len - 1] == ',' || s[len - 1] == '.' || s[len - 1] == ' '))
		len--;
	if (len < 3)
		return NULL;
	if ((r = report_find(d, s, len)) != NULL)
		return r;
	if (d->nreports >= EX_MAX_REPORTS)
		return NULL;
	r = &d->reports[d->nreports++];
	memset(r, 0, sizeof(*r));
	r->title = extract_lex_norm(s, len);
	r->ctx_start = cs;
	r->ctx_end = ce;
	/* "Short Title: A Long Subtitle" also goes by its short title. */
	if ((c = memchr(r->title, ':', strlen(r->title))) != NULL && c > r->title)
		report_alias(r, r->title, (size_t)(c - r->title));
	return r;
}

/* Returns the end token of the sentence starting at token s. */
static size_t
report_sent_end(const struct ex_doc *d, size_t s)
{
	size_t	e = s + 1;

	while (e < d->ntoks && !(d->toks[e].flags & TK_SENT) && e - s < 400)
		e++;
	return e;
}

/* Returns 1 if the sentence [s, e) holds one of the words. */
static int
report_has(const struct ex_doc *d, size_t s, size_t e, const char *const *w)
{
	size_t	t;

	for (t = s; t < e; t++)
		if (extract_lex_tok_in(d, t, w))
			return 1;
	return 0;
}

/* Returns the first organization named in [s, e), or NULL. */
static const char *
report_first_org(struct ex_doc *d, size_t s, size_t e)
{
	const char	*on;
	size_t		 t;

	for (t = s; t < e; t++)
		if ((d->toks[t].flags & TK_CAP) && (on = extract_org_at(d, t, NULL)) != NULL)
			return on;
	return NULL;
}

/* Sets publisher and date from the releasing sentence of the paragraph or the lede. */
static void
report_release(struct ex_doc *d, struct ex_report *r, size_t sent)
{
	size_t	 s, e, para, pass;
	char	 iso[11];
	size_t	 at, used;
	const char *on;

	para = sent;
	while (para > 0 && !(d->toks[para].flags & TK_PARA))
		para--;
	/* This sentence, then the paragraph's sentences, then the lede's. */
	for (pass = 0; pass < 3; pass++) {
		s = pass == 0 ? sent : pass == 1 ? para : 0;
		while (s < d->ntoks) {
			e = report_sent_end(d, s);
			if (report_has(d, s, e, release) && (pass == 0 ||
			    report_has(d, s, e, report_nouns))) {
				if (r->publisher == NULL && pass < 2 &&
				    (on = report_first_org(d, s, e)) != NULL)
					r->publisher = xstrdup(on);
				if (r->published == NULL && extract_date_find(d->body +
				    d->toks[s].start, d->toks[e - 1].end - d->toks[s].start,
				    iso, &at, &used))
					r->published = xstrdup(iso);
				else if (r->published == NULL && d->published != NULL &&
				    report_has(d, s, e, (const char *const[]){ "today", NULL }))
					r->published = xstrdup(d->published);
				return;
			}
			if (pass == 0 || e >= d->ntoks || (d->toks[e].flags & TK_PARA))
				break;
			s = e;
		}
	}
}

/* Returns how many distinctive words of name appear in title. */
static size_t
report_overlap(const char *name, const char *title)
{
	size_t	i = 0, n = 0, a, len = strlen(name);

	while (i < len) {
		while (i < len && name[i] == ' ')
			i++;
		a = i;
		while (i < len && name[i] != ' ')
			i++;
		if (i - a < 3 || extract_lex_in(name + a, i - a, common) ||
		    extract_org_head(name + a, i - a))
			continue;
		{
			char	*w = xstrndup(name + a, i - a);

			if (extract_lex_ifind(title, strlen(title), w))
				n++;
			free(w);
		}
	}
	return n;
}

/* Guesses a publisher: the organization whose distinctive words appear in the title. */
static void
report_publisher_by_name(struct ex_doc *d, struct ex_report *r)
{
	size_t	i, n, best = 0, bi = 0;

	if (r->publisher != NULL)
		return;
	for (i = 0; i < d->norgs; i++) {
		n = report_overlap(d->orgs[i].name, r->title);
		if (n > best) {
			best = n;
			bi = i;
		}
	}
	if (best >= 2)
		r->publisher = xstrdup(d->orgs[bi].name);
}

/* Finds quoted titles introduced by "titled", "The first," and the like. */
static void
report_quoted(struct ex_doc *d)
{
	struct ex_report *r;
	size_t		  t, o, c, s, e;

	for (t = 0; t + 1 < d->ntoks; t++) {
		if (!extract_lex_tok_in(d, t, intro))
			continue;
		o = t + 1;
		if (o < d->ntoks && d->body[d->toks[o].start] == ',')
			o++;
		if (o >= d->ntoks || !extract_lex_open_quote(d->body, d->body_len,
		    d->toks[o].start))
			continue;
		for (c = o + 1; c < d->ntoks && c - o < 60; c++)
			if (extract_lex_close_quote(d->body, d->body_len, d->toks[c].start) &&
			    !(d->toks[c].flags & TK_WORD) &&
			    memcmp(d->body + d->toks[c].start, "\xe2\x80\x99", 3) != 0)
				break;
		if (c >= d->ntoks || c - o < 3)
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		/* "The first, “…”" counts only where reports are talked about. */
		if (!extract_lex_tok_in(d, t, (const char *const[]){ "titled",
		    "entitled", NULL }) && !report_has(d, s, e, report_nouns)) {
			size_t	p = s;

			while (p > 0 && !(d->toks[p].flags & TK_PARA))
				p--;
			if (!report_has(d, p, e, report_nouns))
				continue;
		}
		r = report_add(d, d->body + d->toks[o + 1].start,
		    d->toks[c - 1].end - d->toks[o + 1].start, d->toks[s].start,
		    d->toks[e - 1].end);
		if (r == NULL)
			continue;
		report_release(d, r, s);
		report_publisher_by_name(d, r);
		t = c;
	}
}

/* Finds "T published by O": a capitalized title written without marks. */
static void
report_published_by(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *on;
	size_t		  t, a, s, e;
	char		 *title;

	for (t = 1; t + 2 < d->ntoks; t++) {
		if (!extract_lex_tok_is(d, t, "published") || !extract_lex_tok_is(d, t + 1, "by"))
			continue;
		a = t;
		while (a > 0 && t - a < 12 && (d->toks[a - 1].flags & TK_WORD) &&
		    ((d->toks[a - 1].flags & TK_CAP) || extract_lex_tok_in(d, a - 1, title_small)))
			a--;
		while (a < t && !(d->toks[a].flags & TK_CAP))
			a++;
		if (t - a < 2)
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		title = extract_lex_range(d, a, t);
		r = report_add(d, title, strlen(title), d->toks[s].start, d->toks[e - 1].end);
		free(title);
		if (r == NULL)
			continue;
		if (r->publisher == NULL && (on = extract_org_at(d, t + 2, NULL)) != NULL)
			r->publisher = xstrdup(on);
	}
}

/* Returns how well the link line matches the report's title (0: not at all). */
static size_t
report_link_score(const char *line, const struct ex_report *r)
{
	size_t	i = 0, n = 0, a, len = strlen(r->title), first = 1, lead = 0;
	const char *l = line;

	while (*l && (unsigned char)*l >= 0x80)
		l++;		/* an opening mark */
	while (i < len) {
		while (i < len && (r->title[i] == ' ' || r->title[i] == ':'))
			i++;
		a = i;
		while (i < len && r->title[i] != ' ' && r->title[i] != ':')
			i++;
		if (i == a)
			continue;
		if (first && strncasecmp(l, r->title + a, i - a) == 0)
			lead = 1;
		first = 0;
		if (i - a < 3 || extract_lex_in(r->title + a, i - a, common))
			continue;
		{
			char	*w = xstrndup(r->title + a, i - a);

			if (extract_lex_ifind(line, strlen(line), w))
				n++;
			free(w);
		}
	}
	if (!lead && n < 2)
		return 0;
	return n + lead * 2;
}

/* Makes trailing link lines that name a cited report its aliases. */
static void
report_links(struct ex_doc *d)
{
	size_t	i, k, sc, best, bi;
	const char *l, *c;

	for (i = 0; i < d->nlinks; i++) {
		l = d->links[i];
		best = 0;
		bi = 0;
		for (k = 0; k < d->nreports; k++) {
			if ((sc = report_link_score(l, &d->reports[k])) > best) {
				best = sc;
				bi = k;
			}
		}
		if (best == 0)
			continue;
		report_alias(&d->reports[bi], l, strlen(l));
		/* "“Restoring Trust” A National Report": the quoted part too. */
		if (strncmp(l, "\xe2\x80\x9c", 3) == 0 &&
		    (c = strstr(l + 3, "\xe2\x80\x9d")) != NULL)
			report_alias(&d->reports[bi], l + 3, (size_t)(c - l - 3));
	}
}

/* Finds the reports the document cites. */
void
extract_report_scan(struct ex_doc *d)
{
	size_t	i;

	report_quoted(d);
	report_published_by(d);
	report_links(d);
	for (i = 0; i < d->nreports; i++)
		if (d->reports[i].publisher != NULL)
			d->reports[i].publisher = d->reports[i].publisher;
}
