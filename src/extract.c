/*
 * The extractor's entry point: splits a file into documents (a listing page
 * holds several, each closed by a "Published in <Category>" line), runs the
 * passes over each and writes the JSON the store reads.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract.h"
#include "extract_int.h"

#define SUMMARY_MAX	300	/* code points */

/*
 * What an extraction's records take per byte of its text, times 256: a
 * running average over the extractions made so far, by every thread.  The
 * first chunk of the next arena is sized from it, with a quarter to spare,
 * so that most records fit in one chunk.  A fixed guess (twice the text)
 * fell just short on releases of a few KiB: each then took a second chunk,
 * twice the first, and half of what a large load kept in memory was slack.
 */
static atomic_uint extract_arena_ratio = 2 * 256;

/* Returns the size to start the arena of a len-byte text's records at. */
static size_t
extract_arena_hint(size_t len)
{
	size_t	r = atomic_load_explicit(&extract_arena_ratio,
		    memory_order_relaxed);

	return len / 256 * r * 5 / 4 + 1024;
}

/* Folds what the records of a len-byte text took into the average. */
static void
extract_arena_learn(size_t len, size_t used)
{
	unsigned	old = atomic_load_explicit(&extract_arena_ratio,
			    memory_order_relaxed);
	size_t		r;

	if (len < 1024)		/* too short to tell */
		return;
	r = used / (len / 256);
	if (r > 64 * 256)
		r = 64 * 256;
	/* racing threads may each lose the other's update: harmless */
	atomic_store_explicit(&extract_arena_ratio,
	    (unsigned)(((size_t)old * 7 + r) / 8), memory_order_relaxed);
}

/* Categories of listing pages that hold press releases rather than articles. */
static const char *const release_categories[] = {
	"Press", "Release", "Statement", "News", "Media", NULL
};

/* Returns 1 if the line is a listing item's "Read more" link. */
static int
extract_read_more(const char *s, size_t len)
{
	size_t	n;

	if (len == 0 || (s[0] != 'R' && s[0] != 'C'))
		return 0;
	if ((n = extract_lex_ilead(s, len,
	    (const char *const[]){ "Read more", "Continue reading", NULL })) == 0)
		return 0;
	/* Nothing but an arrow or an ellipsis may follow. */
	while (n < len && (s[n] == ' ' || s[n] == '.' || s[n] == '>' ||
	    (unsigned char)s[n] >= 0x80))
		n++;
	return n == len;
}

/* Returns the number of "Read more" lines that close an item holding a date line. */
static size_t
extract_read_more_items(const char *text, const struct ex_line *lines, size_t n)
{
	size_t	i, items = 0;
	int	dated = 0;

	for (i = 0; i < n; i++) {
		if (extract_read_more(text + lines[i].start,
		    lines[i].end - lines[i].start)) {
			items += dated;
			dated = 0;
		} else if (!dated && extract_meta_item_start(text + lines[i].start,
		    lines[i].end - lines[i].start))
			dated = 1;
	}
	return items;
}

/* Returns the index of the first non-blank line from i on, or n. */
static size_t
extract_next_line(const struct ex_line *lines, size_t n, size_t i)
{
	while (i < n && lines[i].end == lines[i].start)
		i++;
	return i;
}

/* Returns a new array of the file's lines, trimmed; *n is set to their count. */
static struct ex_line *
extract_lines(const char *text, size_t len, size_t *n)
{
	struct ex_line	*l;
	size_t		 cap = 64, i = 0, a, e, sp;

	l = xcalloc(cap, sizeof(*l));
	*n = 0;
	while (i <= len) {
		a = i;
		while (i < len && text[i] != '\n')
			i++;
		e = i;
		while (a < e && (sp = extract_lex_space(text, e, a)) > 0)
			a += sp;
		while (e > a) {
			if (text[e - 1] == '\r' || text[e - 1] == ' ' || text[e - 1] == '\t')
				e--;
			else if (e - a >= 2 && (unsigned char)text[e - 2] == 0xc2 &&
			    (unsigned char)text[e - 1] == 0xa0)
				e -= 2;
			else if (e - a >= 3 && extract_lex_space(text, e, e - 3) == 3)
				e -= 3;
			else
				break;
		}
		if (*n == cap) {
			cap *= 2;
			l = xrealloc(l, cap * sizeof(*l));
		}
		l[*n].start = a;
		l[*n].end = e;
		(*n)++;
		if (i >= len)
			break;
		i++;
	}
	return l;
}

/* Frees a document and everything it holds. */
static void
extract_doc_free(struct ex_doc *d)
{
	size_t	i;

	if (d == NULL)
		return;
	free(d->title);
	free(d->subtitle);
	free(d->published);
	free(d->publisher);
	free(d->author);
	free(d->dateline);
	free(d->category);
	free(d->contact_name);
	free(d->contact_phone);
	free(d->contact_email);
	free(d->body);
	free(d->boiler);
	free(d->boiler_org);
	free(d->site_parent);
	for (i = 0; i < d->nlinks; i++)
		free(d->links[i]);
	free(d->toks);
	free(d->sents);
	for (i = 0; i < d->norgs; i++)
		extract_org_free(&d->orgs[i]);
	for (i = 0; i < d->npeople; i++)
		extract_person_free(&d->people[i]);
	for (i = 0; i < d->nquotes; i++)
		extract_quote_free(&d->quotes[i]);
	for (i = 0; i < d->nreports; i++)
		extract_report_free(&d->reports[i]);
	free(d);
}

/* Cuts a headline to its first sentence when it runs on into a second. */
static void
extract_title_first_sentence(struct ex_doc *d)
{
	char	*t = d->title;
	size_t	 len, i, a, words = 1;

	if (t == NULL)
		return;
	len = strlen(t);
	for (i = 1; i + 2 < len; i++) {
		if (t[i] == ' ')
			words++;
		if (t[i] != '.' || t[i + 1] != ' ' || !extract_lex_upper(t, len, i + 2))
			continue;
		a = i;
		while (a > 0 && t[a - 1] != ' ')
			a--;
		if (extract_lex_abbrev(t + a, i - a) || words < 4)
			continue;
		/* "Roe v. Acme Holdings", "Doe vs. Roe": a case name, one title. */
		if ((i - a == 1 && t[a] == 'v') || (i - a == 2 && t[a] == 'v' &&
		    t[a + 1] == 's'))
			continue;
		t[i] = '\0';
		return;
	}
}

/* Returns the code point offset of body byte b. */
static size_t
extract_cp(const struct ex_doc *d, size_t b)
{
	if (b > d->body_len)
		b = d->body_len;
	return utf8_cplen(d->body, b);
}

/*
 * Returns a's copy of s's n bytes, or NULL if there is none.  The text was
 * checked as it came in; a piece cut from it is checked again, once, here.
 */
static const char *
extract_rstrn(struct arena *a, const char *s, size_t n)
{
	if (s == NULL || !utf8_valid(s, n, NULL))
		return NULL;
	return arena_strndup(a, s, n);
}

/* Returns a's copy of s, or NULL. */
static const char *
extract_rstr(struct arena *a, const char *s)
{
	return s != NULL ? extract_rstrn(a, s, strlen(s)) : NULL;
}

/* Fills e with the evidence of body bytes [s, e), absent if there is none. */
static void
extract_evidence(struct arena *a, const struct ex_doc *d, size_t s, size_t e,
    struct xevidence *ev)
{
	memset(ev, 0, sizeof(*ev));
	if (e <= s || e > d->body_len)
		return;
	ev->present = 1;
	ev->snippet = extract_rstrn(a, d->body + s, e - s);
	ev->start = (long long)extract_cp(d, s);
	ev->end = (long long)extract_cp(d, e);
}

/* Returns the lede: the first paragraph, cut to SUMMARY_MAX code points at a word boundary. */
static char *
extract_summary(const struct ex_doc *d)
{
	const char	*nl;
	size_t		 len, cut;

	nl = memchr(d->body, '\n', d->body_len);
	len = nl ? (size_t)(nl - d->body) : d->body_len;
	if (utf8_cplen(d->body, len) <= SUMMARY_MAX)
		return xstrndup(d->body, len);
	cut = utf8_cp_to_byte(d->body, len, SUMMARY_MAX);
	while (cut > 0 && d->body[cut] != ' ')
		cut--;
	while (cut > 0 && (d->body[cut - 1] == ',' || d->body[cut - 1] == ' '))
		cut--;
	return xstrndup(d->body, cut);
}

/* Returns the organization named by the boilerplate ("Founded in 1979, NILC ..."). */
static struct ex_org *
extract_boiler_org(struct ex_doc *d)
{
	const char	*s = d->boiler, *c, *e;

	if (d->boiler_org != NULL)
		return extract_org_find(d, d->boiler_org, strlen(d->boiler_org));
	if (s == NULL || (c = strchr(s, ',')) == NULL)
		return NULL;
	c++;
	while (*c == ' ')
		c++;
	if (strncmp(c, "the ", 4) == 0)
		c += 4;
	/* The longest prefix of capitalized words naming a known organization. */
	for (e = c; *e; e++) {
		if (*e == ' ' || *e == ',') {
			struct ex_org *o = extract_org_find(d, c, (size_t)(e - c));

			if (o != NULL)
				return o;
		}
		if (e - c > 120)
			break;
	}
	return NULL;
}

/* Returns 1 if the body's first sentence names the publisher (by name, acronym or alias). */
static int
extract_lede_names(struct ex_doc *d)
{
	const struct ex_org	*o;
	const char		*n[EX_MAX_ALIASES + 2], *s;
	size_t			 len, i, k = 0;

	if (d->publisher == NULL || d->ntoks == 0)
		return 0;
	for (i = 1; i < d->ntoks && !(d->toks[i].flags & (TK_SENT | TK_PARA)); i++)
		;
	s = d->body;
	len = i < d->ntoks ? d->toks[i].start : d->body_len;
	n[k++] = d->publisher;
	if ((o = extract_org_find(d, d->publisher, strlen(d->publisher))) != NULL) {
		if (o->acronym != NULL)
			n[k++] = o->acronym;
		for (i = 0; i < o->naliases && k < sizeof(n) / sizeof(n[0]); i++)
			n[k++] = o->aliases[i];
	}
	for (i = 0; i < k; i++)
		if (extract_lex_ifind(s, len, n[i]) != NULL)
			return 1;
	return 0;
}

/* Returns 1 if a byline names an office, not a person: "Office of X", "Bureau of X". */
static int
extract_author_org(const char *a)
{
	const char	*sp = strchr(a, ' ');

	return sp != NULL && strncmp(sp, " of ", 4) == 0 &&
	    extract_org_head(a, (size_t)(sp - a));
}

/* Fills in what the passes leave: publisher, contact and author records, kind. */
static void
extract_finish(struct ex_doc *d)
{
	struct ex_person *p;
	struct ex_org	 *o;
	const char	 *pub = NULL;
	size_t		  i, k;

	if ((o = extract_boiler_org(d)) != NULL) {
		if (o->description == NULL)
			o->description = xstrdup(d->boiler);
		if (d->publisher == NULL)
			d->publisher = xstrdup(o->name);
	}
	if (d->publisher != NULL) {
		pub = extract_org_ensure(d, d->publisher, strlen(d->publisher), (size_t)-1);
		if (pub != NULL && strcmp(pub, d->publisher) != 0) {
			free(d->publisher);
			d->publisher = xstrdup(pub);
		}
	}
	/* "City of X" over its department: the city is named too. */
	if (d->site_parent != NULL)
		extract_org_ensure(d, d->site_parent, strlen(d->site_parent), (size_t)-1);
	if (d->contact_name != NULL && (p = extract_person_add(d, d->contact_name,
	    strlen(d->contact_name), ROLE_CONTACT, 0)) != NULL) {
		p->ev_end = 0;
		if (p->title == NULL)
			p->title = xstrdup("media contact");
		if (p->org == NULL && pub != NULL)
			p->org = xstrdup(pub);
	}
	/* "By Office of University Communications": an office writes. */
	if (d->author != NULL && extract_author_org(d->author))
		extract_org_ensure(d, d->author, strlen(d->author), (size_t)-1);
	else if (d->author != NULL && (p = extract_person_add(d, d->author,
	    strlen(d->author), ROLE_AUTHOR, 0)) != NULL) {
		p->ev_end = 0;
		if (p->org == NULL && pub != NULL)
			p->org = xstrdup(pub);
	}
	extract_person_finish(d);
	extract_quote_boards(d);
	/* Every organization named elsewhere is in the list under the same name. */
	for (i = 0; i < d->npeople; i++)
		if (d->people[i].org != NULL)
			extract_org_ensure(d, d->people[i].org, strlen(d->people[i].org),
			    (size_t)-1);
	for (i = 0; i < d->nquotes; i++)
		if (d->quotes[i].org != NULL)
			extract_org_ensure(d, d->quotes[i].org, strlen(d->quotes[i].org),
			    (size_t)-1);
	for (i = 0; i < d->nreports; i++)
		if (d->reports[i].publisher != NULL)
			extract_org_ensure(d, d->reports[i].publisher,
			    strlen(d->reports[i].publisher), (size_t)-1);
	extract_org_finish(d);
	if (d->kind != NULL)
		;	/* set from the head: letter, event notice, news article */
	else if (d->is_statement)
		d->kind = "statement";
	else if (d->is_blog)
		d->kind = "blog_post";
	else if (d->category != NULL && !d->category_topic) {
		d->kind = "article";
		for (k = 0; release_categories[k] != NULL; k++)
			if (extract_lex_ifind(d->category, strlen(d->category),
			    release_categories[k]))
				d->kind = "press_release";
		/* Under plain "News" a release speaks for the publisher: a dateline, a contact or its name in the lede. */
		if (extract_lex_ieq(d->category, strlen(d->category), "News") &&
		    d->dateline == NULL && d->contact_name == NULL && !extract_lede_names(d))
			d->kind = "article";
	} else
		d->kind = "press_release";
}

/* Returns a's copy of a string list, then extra if not NULL; *out_n its length. */
static const char **
extract_rlist(struct arena *a, char *const *v, size_t n, const char *extra,
    size_t *out_n)
{
	const char	**out = arena_calloc(a, n + 2, sizeof(*out));
	size_t		  i;

	*out_n = 0;
	for (i = 0; i < n; i++)
		if ((out[*out_n] = extract_rstr(a, v[i])) != NULL)
			(*out_n)++;
	if (extra != NULL && (out[*out_n] = extract_rstr(a, extra)) != NULL)
		(*out_n)++;
	return out;
}

/* Fills x, in arena a, with what was found in document d. */
static void
extract_doc_record(struct arena *a, const struct ex_doc *d, struct xdoc *x)
{
	char	*sum;
	size_t	 i, n;

	sum = extract_summary(d);
	x->title = extract_rstr(a, d->title);
	x->subtitle = extract_rstr(a, d->subtitle);
	x->kind = d->kind;
	x->published = extract_rstr(a, d->published);
	x->publisher = extract_rstr(a, d->publisher);
	x->author = extract_rstr(a, d->author);
	x->dateline = extract_rstr(a, d->dateline);
	if (d->contact_name || d->contact_phone || d->contact_email) {
		x->has_contact = 1;
		x->contact_name = extract_rstr(a, d->contact_name);
		x->contact_phone = extract_rstr(a, d->contact_phone);
		x->contact_email = extract_rstr(a, d->contact_email);
	}
	x->category = extract_rstr(a, d->category);
	x->summary = extract_rstr(a, sum);
	x->body = extract_rstrn(a, d->body, d->body_len);
	x->body_len = x->body ? d->body_len : 0;
	x->word_count = (long long)extract_lex_words(d->body, d->body_len);
	x->start = (long long)d->start;
	x->end = (long long)d->end;
	free(sum);

	x->orgs = arena_calloc(a, d->norgs + 1, sizeof(*x->orgs));
	for (i = 0; i < d->norgs; i++) {
		const struct ex_org *g = &d->orgs[i];
		struct xorg *o = &x->orgs[x->norgs++];

		o->name = extract_rstr(a, g->name);
		o->acronym = extract_rstr(a, g->acronym);
		o->aliases = extract_rlist(a, g->aliases, g->naliases, g->acronym,
		    &o->naliases);
		o->kind = extract_org_kind(d, i);
		o->description = extract_rstr(a, g->description);
		o->mentions = g->mentions;
		extract_evidence(a, d, g->ev_start, g->ev_end, &o->evidence);
	}

	x->people = arena_calloc(a, d->npeople + 1, sizeof(*x->people));
	for (i = 0; i < d->npeople; i++) {
		const struct ex_person *p = &d->people[i];
		struct xperson *o = &x->people[x->npeople++];

		o->name = extract_rstr(a, p->name);
		o->title = extract_rstr(a, p->title);
		o->organization = extract_rstr(a, p->org);
		o->roles = p->roles & (XROLE_SPOKESPERSON | XROLE_AUTHOR |
		    XROLE_CONTACT);
		if (o->roles == 0)
			o->roles = XROLE_MENTIONED;
		extract_evidence(a, d, p->ev_start, p->ev_end, &o->evidence);
	}

	x->quotes = arena_calloc(a, d->nquotes + 1, sizeof(*x->quotes));
	for (i = 0; i < d->nquotes; i++) {
		const struct ex_quote *q = &d->quotes[i];
		struct xquote *o;

		if (q->speaker == NULL || q->end <= q->start || q->end > d->body_len)
			continue;
		o = &x->quotes[x->nquotes++];
		o->text = extract_rstrn(a, d->body + q->start, q->end - q->start);
		o->speaker = extract_rstr(a, q->speaker);
		o->speaker_type = q->speaker_org ? "organization" : "person";
		o->speaker_title = extract_rstr(a, q->title);
		o->organization = extract_rstr(a, q->org);
		o->attribution = extract_rstr(a, q->verb);
		o->start = (long long)extract_cp(d, q->start);
		o->end = (long long)extract_cp(d, q->end);
	}

	for (i = 0, n = 0; i < d->norgs; i++)
		n += d->orgs[i].is_coalition != 0;
	x->coalitions = arena_calloc(a, n + 1, sizeof(*x->coalitions));
	for (i = 0; i < d->norgs; i++) {
		const struct ex_org *g = &d->orgs[i];
		struct xcoalition *o;

		if (!g->is_coalition)
			continue;
		o = &x->coalitions[x->ncoalitions++];
		o->name = extract_rstr(a, g->name);
		o->members = extract_rlist(a, g->members, g->nmembers, NULL,
		    &o->nmembers);
		extract_evidence(a, d, g->co_start, g->co_end, &o->evidence);
	}

	x->reports = arena_calloc(a, d->nreports + 1, sizeof(*x->reports));
	for (i = 0; i < d->nreports; i++) {
		const struct ex_report *r = &d->reports[i];
		struct xreport *o = &x->reports[x->nreports++];
		int	 has = r->ctx_end > r->ctx_start && r->ctx_end <= d->body_len;

		o->title = extract_rstr(a, r->title);
		o->aliases = extract_rlist(a, r->aliases, r->naliases, NULL,
		    &o->naliases);
		o->publisher = extract_rstr(a, r->publisher);
		o->published = extract_rstr(a, r->published);
		o->context = has ? extract_rstrn(a, d->body + r->ctx_start,
		    r->ctx_end - r->ctx_start) : "";
		o->start = (long long)extract_cp(d, r->ctx_start);
		o->end = (long long)extract_cp(d, r->ctx_end);
	}
}

/* Runs every pass over a document whose metadata, body and title are set. */
static void
extract_analyze(struct ex_doc *d)
{
	extract_lex_tokenize(d);
	extract_org_scan(d);
	extract_person_scan(d);
	extract_quote_scan(d);
	extract_report_scan(d);
	extract_finish(d);
}

/*
 * Returns the index of an earlier document that d repeats, or n: one with
 * the same title and body, or with the same title of 20 bytes or more (a
 * featured item's teaser and the item in full).
 */
static size_t
extract_dup(struct ex_doc **docs, size_t n, const struct ex_doc *d)
{
	size_t	i, tl;

	if (d->title == NULL)
		return n;
	tl = strlen(d->title);
	for (i = 0; i < n; i++)
		if (docs[i]->title != NULL && strcmp(docs[i]->title, d->title) == 0 &&
		    (tl >= 20 || strcmp(docs[i]->body, d->body) == 0))
			return i;
	return n;
}

/* Extracts the documents of one file, as the JSON the loader stores (see extract.h). */
json_t *
extract_text(const char *name, const char *text, size_t len, char **err)
{
	struct extraction	*x;
	struct buf		 b;
	json_t			*j;

	if ((x = extract_run(name, text, len, NULL, err)) == NULL)
		return NULL;
	buf_init(&b);
	extraction_write(&b, x);
	extraction_free(x);
	if ((j = json_loadb(b.data, b.len, 0, NULL)) == NULL)
		*err = xasprintf("%s: cannot read back its extraction", name ? name : "input");
	buf_free(&b);
	return j;
}

/*
 * Returns a copy of text with every lone CR (old Mac line ends) made LF, or
 * NULL when it has none.  The length stays, and so do all byte offsets.
 */
static char *
extract_lone_cr(const char *text, size_t len)
{
	const char	*p = text, *e = text + len;
	char		*out = NULL;

	while ((p = memchr(p, '\r', (size_t)(e - p))) != NULL) {
		if (p + 1 == e || p[1] != '\n') {
			if (out == NULL) {
				out = xmalloc(len + 1);
				memcpy(out, text, len);
				out[len] = '\0';
			}
			out[p - text] = '\n';
		}
		p++;
	}
	return out;
}

/* Extracts the documents of one file (see extract.h). */
struct extraction *
extract_run(const char *name, const char *text, size_t len, const char *sha256,
    char **err)
{
	struct ex_line	 *lines = NULL;
	struct ex_doc	**docs = NULL, *d;
	struct ex_span	  cat;
	struct extraction *x;
	size_t		  nlines, ndocs = 0, i, seg, a, k, more, nitems, label, lab;
	size_t		  tail;
	unsigned char	 *items;
	int		  dated;
	char		  sha[65], *lf;
	const char	 *orig = text;

	*err = NULL;
	if (text == NULL || !utf8_valid(text, len, NULL)) {
		*err = xasprintf("%s: not valid UTF-8", name ? name : "input");
		return NULL;
	}
	if (memchr(text, '\0', len) != NULL) {
		*err = xasprintf("%s: holds a NUL byte", name ? name : "input");
		return NULL;
	}
	/* CR LF ends are trimmed line by line; a lone CR ends a line too */
	if ((lf = extract_lone_cr(text, len)) != NULL)
		text = lf;
	lines = extract_lines(text, len, &nlines);
	docs = xcalloc(nlines + 1, sizeof(*docs));
	/* A listing whose dated items each end in "Read more" splits there too. */
	for (i = 0, more = 0; i < nlines && more < 2; i++)
		more += extract_read_more(text + lines[i].start,
		    lines[i].end - lines[i].start);
	if (more >= 2)
		more = extract_read_more_items(text, lines, nlines);
	/* A listing whose items each open with a date line, under a label or not. */
	items = xcalloc(nlines + 1, 1);
	nitems = more < 2 ? extract_meta_dated_items(text, lines, nlines, items) : 0;
	seg = 0;
	dated = 0;
	label = (size_t)-1;
	for (i = 0; i <= nlines; i++) {
		int	closes = 0;

		if (i < nlines) {
			if (nitems >= 2 && (items[i] & ITEM_SPLIT) && i > seg)
				closes = 3;
			else if (nitems >= 2 && (items[i] & ITEM_LABEL))
				label = i;
			if (!closes)
				closes = extract_meta_published(text + lines[i].start,
				    lines[i].end - lines[i].start, &cat);
			if (!closes && more >= 2 && !dated && extract_meta_item_start(
			    text + lines[i].start, lines[i].end - lines[i].start))
				dated = 1;
			if (!closes && more >= 2 && dated && extract_read_more(text +
			    lines[i].start, lines[i].end - lines[i].start))
				closes = 2;
			if (!closes)
				continue;
			dated = 0;
		}
		/* Lines [seg, i) form one document; line i ("Published in X") closes it. */
		d = xcalloc(1, sizeof(*d));
		if (closes == 1)
			d->category = extract_lex_norm(text + lines[i].start + cat.start,
			    cat.end - cat.start);
		/* "Read more" over "Category: X": the item's own label files it. */
		tail = i;
		if (closes == 2 && (tail = extract_next_line(lines, nlines, i + 1)) <
		    nlines && extract_meta_category(text + lines[tail].start,
		    lines[tail].end - lines[tail].start, &cat))
			d->category = extract_lex_norm(text + lines[tail].start +
			    cat.start, cat.end - cat.start);
		else
			tail = i;
		/* A dated item's section label names its topic, not the publisher. */
		lab = label != (size_t)-1 && label >= seg && label < i ? label : (size_t)-1;
		k = lab == seg && seg > 0 ? seg + 1 : seg;
		extract_meta_parse(d, text, lines + k, i - k, seg == 0);
		a = seg;
		while (a < i && lines[a].end == lines[a].start)
			a++;
		d->start = a < nlines ? lines[a].start : len;
		d->end = closes && closes != 3 ? lines[tail].end : (i > 0 ? lines[i - 1].end : 0);
		for (k = i; (!closes || closes == 3) && k > seg &&
		    lines[k - 1].end == lines[k - 1].start; k--)
			d->end = k >= 2 ? lines[k - 2].end : 0;
		if (d->end < d->start)
			d->end = d->start;
		/* A dated item's first line opens the next document. */
		seg = closes == 3 ? i : i + 1;
		if (tail > i) {
			i = tail;
			seg = tail + 1;
		}
		if (closes == 3 && (items[i] & ITEM_LABEL))
			label = i;
		if (d->body_len == 0 && (d->title == NULL || *d->title == '\0')) {
			extract_doc_free(d);
			continue;
		}
		extract_title_first_sentence(d);
		/* A repeat, or a featured item's teaser: the fuller one stays. */
		if ((k = extract_dup(docs, ndocs, d)) < ndocs &&
		    docs[k]->body_len >= d->body_len) {
			extract_doc_free(d);
			continue;
		}
		extract_analyze(d);
		/* After the kind is settled: a topic ("Public Works") tells no kind. */
		if (lab != (size_t)-1 && d->category == NULL)
			d->category = extract_lex_norm(text + lines[lab].start,
			    lines[lab].end - lines[lab].start);
		if (k < ndocs) {
			extract_doc_free(docs[k]);
			docs[k] = d;
		} else
			docs[ndocs++] = d;
	}
	x = xcalloc(1, sizeof(*x));
	x->arena = arena_new(extract_arena_hint(len));
	x->file = extract_rstr(x->arena, name ? name : "");
	if (sha256 == NULL) {
		sha256_hex(orig, len, sha);
		sha256 = sha;
	}
	x->sha256 = arena_strndup(x->arena, sha256, strlen(sha256));
	x->bytes = (long long)len;
	x->docs = arena_calloc(x->arena, ndocs + 1, sizeof(*x->docs));
	for (i = 0; i < ndocs; i++) {
		extract_doc_record(x->arena, docs[i], &x->docs[x->ndocs++]);
		extract_doc_free(docs[i]);
	}
	extract_arena_learn(len, arena_used(x->arena));
	free(docs);
	free(items);
	free(lines);
	free(lf);
	return x;
}
