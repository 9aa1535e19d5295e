/*
 * The extractor's entry point: splits a file into documents (a listing page
 * holds several, each closed by a "Published in <Category>" line), runs the
 * passes over each and writes the JSON the store reads.
 */
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract.h"
#include "extract_int.h"

#define SUMMARY_MAX	300	/* code points */

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
 * Returns a new JSON string of s's n bytes, or null if there is none.  The
 * text was checked as it came in; a piece cut from it is checked again, once,
 * here, rather than by jansson in each call that copies it.
 */
static json_t *
extract_jstrn(const char *s, size_t n)
{
	if (s == NULL || !utf8_valid(s, n, NULL))
		return json_null();
	return json_stringn_nocheck(s, n);
}

/* Returns a new JSON string or null. */
static json_t *
extract_jstr(const char *s)
{
	return s != NULL ? extract_jstrn(s, strlen(s)) : json_null();
}

/* Sets o's key (an ASCII literal) to v, which it steals. */
static void
extract_set(json_t *o, const char *key, json_t *v)
{
	json_object_set_new_nocheck(o, key, v);
}

/* Returns a new evidence object for body bytes [s, e), or null if there is none. */
static json_t *
extract_evidence(const struct ex_doc *d, size_t s, size_t e)
{
	json_t	*o;

	if (e <= s || e > d->body_len)
		return json_null();
	o = json_object();
	extract_set(o, "snippet", extract_jstrn(d->body + s, e - s));
	extract_set(o, "start", json_integer((json_int_t)extract_cp(d, s)));
	extract_set(o, "end", json_integer((json_int_t)extract_cp(d, e)));
	return o;
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

/* Returns a new JSON array of a NULL-free string list. */
static json_t *
extract_jlist(char *const *v, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, extract_jstr(v[i]));
	return a;
}

/* Returns a new JSON object for the document. */
static json_t *
extract_doc_json(const struct ex_doc *d)
{
	json_t	*o, *a, *x;
	char	*sum;
	size_t	 i;

	sum = extract_summary(d);
	o = json_object();
	extract_set(o, "title", extract_jstr(d->title));
	extract_set(o, "subtitle", extract_jstr(d->subtitle));
	extract_set(o, "kind", json_string_nocheck(d->kind));
	extract_set(o, "published", extract_jstr(d->published));
	extract_set(o, "publisher", extract_jstr(d->publisher));
	extract_set(o, "author", extract_jstr(d->author));
	extract_set(o, "dateline", extract_jstr(d->dateline));
	if (d->contact_name || d->contact_phone || d->contact_email)
	{
		x = json_object();
		extract_set(x, "name", extract_jstr(d->contact_name));
		extract_set(x, "phone", extract_jstr(d->contact_phone));
		extract_set(x, "email", extract_jstr(d->contact_email));
		extract_set(o, "contact", x);
	} else
		extract_set(o, "contact", json_null());
	extract_set(o, "category", extract_jstr(d->category));
	extract_set(o, "summary", extract_jstr(sum));
	extract_set(o, "body", extract_jstrn(d->body, d->body_len));
	extract_set(o, "word_count",
	    json_integer((json_int_t)extract_lex_words(d->body, d->body_len)));
	extract_set(o, "start", json_integer((json_int_t)d->start));
	extract_set(o, "end", json_integer((json_int_t)d->end));
	free(sum);

	a = json_array();
	for (i = 0; i < d->norgs; i++) {
		const struct ex_org *g = &d->orgs[i];

		x = json_object();
		extract_set(x, "name", extract_jstr(g->name));
		extract_set(x, "acronym", extract_jstr(g->acronym));
		extract_set(x, "aliases", extract_jlist(g->aliases, g->naliases));
		if (g->acronym != NULL)
			json_array_append_new(json_object_get(x, "aliases"),
			    extract_jstr(g->acronym));
		extract_set(x, "kind", json_string_nocheck(extract_org_kind(d, i)));
		extract_set(x, "description", extract_jstr(g->description));
		extract_set(x, "mentions", json_integer(g->mentions));
		extract_set(x, "evidence", extract_evidence(d, g->ev_start, g->ev_end));
		json_array_append_new(a, x);
	}
	extract_set(o, "organizations", a);

	a = json_array();
	for (i = 0; i < d->npeople; i++) {
		const struct ex_person *p = &d->people[i];
		json_t	*r = json_array();

		if (p->roles & ROLE_SPOKESPERSON)
			json_array_append_new(r, json_string_nocheck("spokesperson"));
		if (p->roles & ROLE_AUTHOR)
			json_array_append_new(r, json_string_nocheck("author"));
		if (p->roles & ROLE_CONTACT)
			json_array_append_new(r, json_string_nocheck("contact"));
		if (json_array_size(r) == 0)
			json_array_append_new(r, json_string_nocheck("mentioned"));
		x = json_object();
		extract_set(x, "name", extract_jstr(p->name));
		extract_set(x, "title", extract_jstr(p->title));
		extract_set(x, "organization", extract_jstr(p->org));
		extract_set(x, "roles", r);
		extract_set(x, "evidence", extract_evidence(d, p->ev_start, p->ev_end));
		json_array_append_new(a, x);
	}
	extract_set(o, "people", a);

	a = json_array();
	for (i = 0; i < d->nquotes; i++) {
		const struct ex_quote *q = &d->quotes[i];

		if (q->speaker == NULL || q->end <= q->start || q->end > d->body_len)
			continue;
		x = json_object();
		extract_set(x, "text", extract_jstrn(d->body + q->start,
		    q->end - q->start));
		extract_set(x, "speaker", extract_jstr(q->speaker));
		extract_set(x, "speaker_type", json_string_nocheck(q->speaker_org ?
		    "organization" : "person"));
		extract_set(x, "speaker_title", extract_jstr(q->title));
		extract_set(x, "organization", extract_jstr(q->org));
		extract_set(x, "attribution", extract_jstr(q->verb));
		extract_set(x, "start", json_integer((json_int_t)extract_cp(d, q->start)));
		extract_set(x, "end", json_integer((json_int_t)extract_cp(d, q->end)));
		json_array_append_new(a, x);
	}
	extract_set(o, "quotes", a);

	a = json_array();
	for (i = 0; i < d->norgs; i++) {
		const struct ex_org *g = &d->orgs[i];

		if (!g->is_coalition)
			continue;
		x = json_object();
		extract_set(x, "name", extract_jstr(g->name));
		extract_set(x, "members", extract_jlist(g->members, g->nmembers));
		extract_set(x, "evidence", extract_evidence(d, g->co_start, g->co_end));
		json_array_append_new(a, x);
	}
	extract_set(o, "coalitions", a);

	a = json_array();
	for (i = 0; i < d->nreports; i++) {
		const struct ex_report *r = &d->reports[i];
		int	 has = r->ctx_end > r->ctx_start && r->ctx_end <= d->body_len;

		x = json_object();
		extract_set(x, "title", extract_jstr(r->title));
		extract_set(x, "aliases", extract_jlist(r->aliases, r->naliases));
		extract_set(x, "publisher", extract_jstr(r->publisher));
		extract_set(x, "published", extract_jstr(r->published));
		extract_set(x, "context", has ? extract_jstrn(d->body + r->ctx_start,
		    r->ctx_end - r->ctx_start) : json_string_nocheck(""));
		extract_set(x, "start", json_integer((json_int_t)extract_cp(d, r->ctx_start)));
		extract_set(x, "end", json_integer((json_int_t)extract_cp(d, r->ctx_end)));
		json_array_append_new(a, x);
	}
	extract_set(o, "reports", a);
	return o;
}

/* Runs every pass over a document whose metadata and body are set. */
static void
extract_analyze(struct ex_doc *d)
{
	extract_title_first_sentence(d);
	extract_lex_tokenize(d);
	extract_org_scan(d);
	extract_person_scan(d);
	extract_quote_scan(d);
	extract_report_scan(d);
	extract_finish(d);
}

/* Returns 1 if an earlier document has the same title and body. */
static int
extract_dup(struct ex_doc **docs, size_t n, const struct ex_doc *d)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(docs[i]->title, d->title) == 0 &&
		    strcmp(docs[i]->body, d->body) == 0)
			return 1;
	return 0;
}

/* Extracts the documents of one file (see extract.h). */
json_t *
extract_text(const char *name, const char *text, size_t len, char **err)
{
	return extract_text_sha(name, text, len, NULL, err);
}

/* As extract_text(), given the text's SHA-256 (hex) when the caller has it. */
json_t *
extract_text_sha(const char *name, const char *text, size_t len,
    const char *sha256, char **err)
{
	struct ex_line	 *lines = NULL;
	struct ex_doc	**docs = NULL, *d;
	struct ex_span	  cat;
	json_t		 *root = NULL, *arr;
	size_t		  nlines, ndocs = 0, i, seg, a, k, more, nitems, label, lab;
	size_t		  tail;
	unsigned char	 *items;
	int		  dated;
	char		  sha[65];

	*err = NULL;
	if (text == NULL || !utf8_valid(text, len, NULL)) {
		*err = xasprintf("%s: not valid UTF-8", name ? name : "input");
		return NULL;
	}
	if (memchr(text, '\0', len) != NULL) {
		*err = xasprintf("%s: holds a NUL byte", name ? name : "input");
		return NULL;
	}
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
		if ((d->body_len == 0 && (d->title == NULL || *d->title == '\0')) ||
		    extract_dup(docs, ndocs, d)) {
			extract_doc_free(d);
			continue;
		}
		extract_analyze(d);
		/* After the kind is settled: a topic ("Public Works") tells no kind. */
		if (lab != (size_t)-1 && d->category == NULL)
			d->category = extract_lex_norm(text + lines[lab].start,
			    lines[lab].end - lines[lab].start);
		docs[ndocs++] = d;
	}
	root = json_object();
	json_object_set_new(root, "file", json_string(name ? name : ""));
	if (sha256 == NULL) {
		sha256_hex(text, len, sha);
		sha256 = sha;
	}
	json_object_set_new(root, "sha256", json_string(sha256));
	json_object_set_new(root, "bytes", json_integer((json_int_t)len));
	arr = json_array();
	for (i = 0; i < ndocs; i++)
		json_array_append_new(arr, extract_doc_json(docs[i]));
	json_object_set_new(root, "documents", arr);
	for (i = 0; i < ndocs; i++)
		extract_doc_free(docs[i]);
	free(docs);
	free(items);
	free(lines);
	return root;
}
