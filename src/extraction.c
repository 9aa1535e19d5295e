/*
 * Extractions as JSON: written straight from the records into one buffer
 * (what the loader stores per file, and `pressroomd extract` prints), and
 * read back from it.  The text is the one the README describes: keys in a
 * fixed order, null for what was not found.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract.h"
#include "json_write.h"

const char *const xrole_names[4] = {
	"spokesperson", "author", "contact", "mentioned",
};

/* Appends ,"key": (or "key": first in its object when first is set). */
static void
extraction_key(struct buf *b, const char *key, int first)
{
	if (!first)
		buf_putc(b, ',');
	buf_putc(b, '"');
	buf_puts(b, key);
	buf_puts(b, "\":");
}

/* Appends "key": and s as a JSON string, or null. */
static void
extraction_str(struct buf *b, const char *key, const char *s, int first)
{
	extraction_key(b, key, first);
	if (s == NULL)
		buf_puts(b, "null");
	else
		json_write_string(b, s, strlen(s));
}

/* Appends "key": and an integer. */
static void
extraction_int(struct buf *b, const char *key, long long v)
{
	char	num[32];

	snprintf(num, sizeof(num), "%lld", v);
	extraction_key(b, key, 0);
	buf_puts(b, num);
}

/* Appends "key": and an array of n strings. */
static void
extraction_list(struct buf *b, const char *key, const char *const *v, size_t n)
{
	size_t	i;

	extraction_key(b, key, 0);
	buf_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		json_write_string(b, v[i], strlen(v[i]));
	}
	buf_putc(b, ']');
}

/* Appends "evidence": {...} or null. */
static void
extraction_evidence(struct buf *b, const struct xevidence *e)
{
	extraction_key(b, "evidence", 0);
	if (!e->present) {
		buf_puts(b, "null");
		return;
	}
	buf_putc(b, '{');
	extraction_str(b, "snippet", e->snippet, 1);
	extraction_int(b, "start", e->start);
	extraction_int(b, "end", e->end);
	buf_putc(b, '}');
}

/* Appends one document's JSON. */
static void
extraction_doc(struct buf *b, const struct xdoc *d)
{
	size_t	i, r;

	extraction_str(b, "title", d->title, 1);
	extraction_str(b, "subtitle", d->subtitle, 0);
	extraction_str(b, "kind", d->kind, 0);
	extraction_str(b, "published", d->published, 0);
	extraction_str(b, "publisher", d->publisher, 0);
	extraction_str(b, "author", d->author, 0);
	extraction_str(b, "dateline", d->dateline, 0);
	extraction_key(b, "contact", 0);
	if (d->has_contact) {
		buf_putc(b, '{');
		extraction_str(b, "name", d->contact_name, 1);
		extraction_str(b, "phone", d->contact_phone, 0);
		extraction_str(b, "email", d->contact_email, 0);
		buf_putc(b, '}');
	} else
		buf_puts(b, "null");
	extraction_str(b, "category", d->category, 0);
	extraction_str(b, "summary", d->summary, 0);
	extraction_key(b, "body", 0);
	if (d->body == NULL)
		buf_puts(b, "null");
	else
		json_write_string(b, d->body, d->body_len);
	extraction_int(b, "word_count", d->word_count);
	extraction_int(b, "start", d->start);
	extraction_int(b, "end", d->end);

	extraction_key(b, "organizations", 0);
	buf_putc(b, '[');
	for (i = 0; i < d->norgs; i++) {
		const struct xorg *o = &d->orgs[i];

		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_str(b, "name", o->name, 1);
		extraction_str(b, "acronym", o->acronym, 0);
		extraction_list(b, "aliases", o->aliases, o->naliases);
		extraction_str(b, "kind", o->kind, 0);
		extraction_str(b, "description", o->description, 0);
		extraction_int(b, "mentions", o->mentions);
		extraction_evidence(b, &o->evidence);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');

	extraction_key(b, "people", 0);
	buf_putc(b, '[');
	for (i = 0; i < d->npeople; i++) {
		const struct xperson *p = &d->people[i];
		const char *roles[4];
		size_t n = 0;

		for (r = 0; r < 4; r++)
			if (p->roles & (1u << r))
				roles[n++] = xrole_names[r];
		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_str(b, "name", p->name, 1);
		extraction_str(b, "title", p->title, 0);
		extraction_str(b, "organization", p->organization, 0);
		extraction_list(b, "roles", roles, n);
		extraction_evidence(b, &p->evidence);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');

	extraction_key(b, "quotes", 0);
	buf_putc(b, '[');
	for (i = 0; i < d->nquotes; i++) {
		const struct xquote *q = &d->quotes[i];

		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_str(b, "text", q->text, 1);
		extraction_str(b, "speaker", q->speaker, 0);
		extraction_str(b, "speaker_type", q->speaker_type, 0);
		extraction_str(b, "speaker_title", q->speaker_title, 0);
		extraction_str(b, "organization", q->organization, 0);
		extraction_str(b, "attribution", q->attribution, 0);
		extraction_int(b, "start", q->start);
		extraction_int(b, "end", q->end);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');

	extraction_key(b, "coalitions", 0);
	buf_putc(b, '[');
	for (i = 0; i < d->ncoalitions; i++) {
		const struct xcoalition *c = &d->coalitions[i];

		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_str(b, "name", c->name, 1);
		extraction_list(b, "members", c->members, c->nmembers);
		extraction_evidence(b, &c->evidence);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');

	extraction_key(b, "reports", 0);
	buf_putc(b, '[');
	for (i = 0; i < d->nreports; i++) {
		const struct xreport *rp = &d->reports[i];

		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_str(b, "title", rp->title, 1);
		extraction_list(b, "aliases", rp->aliases, rp->naliases);
		extraction_str(b, "publisher", rp->publisher, 0);
		extraction_str(b, "published", rp->published, 0);
		extraction_str(b, "context", rp->context, 0);
		extraction_int(b, "start", rp->start);
		extraction_int(b, "end", rp->end);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

/* Appends x's JSON, compact, to b (see extract.h). */
void
extraction_write(struct buf *b, const struct extraction *x)
{
	size_t	i;

	buf_putc(b, '{');
	extraction_str(b, "file", x->file, 1);
	extraction_str(b, "sha256", x->sha256, 0);
	extraction_int(b, "bytes", x->bytes);
	extraction_key(b, "documents", 0);
	buf_putc(b, '[');
	for (i = 0; i < x->ndocs; i++) {
		buf_puts(b, i > 0 ? ",{" : "{");
		extraction_doc(b, &x->docs[i]);
		buf_putc(b, '}');
	}
	buf_puts(b, "]}");
}

/* Returns a's copy of the string value of key in o, or NULL if it is no string. */
static const char *
extraction_get_str(struct arena *a, const json_t *o, const char *key)
{
	const json_t	*v = json_object_get(o, key);

	if (!json_is_string(v))
		return NULL;
	return arena_strndup(a, json_string_value(v), json_string_length(v));
}

/* Returns the integer value of key in o, or 0. */
static long long
extraction_get_int(const json_t *o, const char *key)
{
	return json_integer_value(json_object_get(o, key));
}

/* Reads the strings of the array under key in o; *n gets their count. */
static const char **
extraction_get_list(struct arena *a, const json_t *o, const char *key, size_t *n)
{
	const json_t	 *arr = json_object_get(o, key), *v;
	const char	**out;
	size_t		  i;

	*n = 0;
	out = arena_calloc(a, json_array_size(arr) + 1, sizeof(*out));
	json_array_foreach(arr, i, v)
		if (json_is_string(v))
			out[(*n)++] = arena_strndup(a, json_string_value(v),
			    json_string_length(v));
	return out;
}

/* Reads "evidence" of o. */
static void
extraction_get_evidence(struct arena *a, const json_t *o, struct xevidence *e)
{
	const json_t	*v = json_object_get(o, "evidence");

	memset(e, 0, sizeof(*e));
	if (v == NULL || json_is_null(v))
		return;
	e->present = 1;
	e->snippet = extraction_get_str(a, v, "snippet");
	e->start = extraction_get_int(v, "start");
	e->end = extraction_get_int(v, "end");
}

/* Reads one document's records from its JSON. */
static void
extraction_get_doc(struct arena *a, const json_t *j, struct xdoc *d)
{
	const json_t	*arr, *o, *c, *r;
	size_t		 i, k, n;

	d->title = extraction_get_str(a, j, "title");
	d->subtitle = extraction_get_str(a, j, "subtitle");
	d->kind = extraction_get_str(a, j, "kind");
	d->published = extraction_get_str(a, j, "published");
	d->publisher = extraction_get_str(a, j, "publisher");
	d->author = extraction_get_str(a, j, "author");
	d->dateline = extraction_get_str(a, j, "dateline");
	if (json_is_object(c = json_object_get(j, "contact"))) {
		d->has_contact = 1;
		d->contact_name = extraction_get_str(a, c, "name");
		d->contact_phone = extraction_get_str(a, c, "phone");
		d->contact_email = extraction_get_str(a, c, "email");
	}
	d->category = extraction_get_str(a, j, "category");
	d->summary = extraction_get_str(a, j, "summary");
	d->body = extraction_get_str(a, j, "body");
	d->body_len = d->body ? strlen(d->body) : 0;
	d->word_count = extraction_get_int(j, "word_count");
	d->start = extraction_get_int(j, "start");
	d->end = extraction_get_int(j, "end");

	arr = json_object_get(j, "organizations");
	d->orgs = arena_calloc(a, json_array_size(arr) + 1, sizeof(*d->orgs));
	json_array_foreach(arr, i, o) {
		struct xorg *g = &d->orgs[d->norgs++];

		g->name = extraction_get_str(a, o, "name");
		g->acronym = extraction_get_str(a, o, "acronym");
		g->aliases = extraction_get_list(a, o, "aliases", &g->naliases);
		g->kind = extraction_get_str(a, o, "kind");
		g->description = extraction_get_str(a, o, "description");
		g->mentions = extraction_get_int(o, "mentions");
		extraction_get_evidence(a, o, &g->evidence);
	}
	arr = json_object_get(j, "people");
	d->people = arena_calloc(a, json_array_size(arr) + 1, sizeof(*d->people));
	json_array_foreach(arr, i, o) {
		struct xperson *p = &d->people[d->npeople++];

		p->name = extraction_get_str(a, o, "name");
		p->title = extraction_get_str(a, o, "title");
		p->organization = extraction_get_str(a, o, "organization");
		json_array_foreach(json_object_get(o, "roles"), k, r)
			for (n = 0; n < 4; n++)
				if (json_is_string(r) && strcmp(json_string_value(r),
				    xrole_names[n]) == 0)
					p->roles |= 1u << n;
		extraction_get_evidence(a, o, &p->evidence);
	}
	arr = json_object_get(j, "quotes");
	d->quotes = arena_calloc(a, json_array_size(arr) + 1, sizeof(*d->quotes));
	json_array_foreach(arr, i, o) {
		struct xquote *q = &d->quotes[d->nquotes++];

		q->text = extraction_get_str(a, o, "text");
		q->speaker = extraction_get_str(a, o, "speaker");
		q->speaker_type = extraction_get_str(a, o, "speaker_type");
		q->speaker_title = extraction_get_str(a, o, "speaker_title");
		q->organization = extraction_get_str(a, o, "organization");
		q->attribution = extraction_get_str(a, o, "attribution");
		q->start = extraction_get_int(o, "start");
		q->end = extraction_get_int(o, "end");
	}
	arr = json_object_get(j, "coalitions");
	d->coalitions = arena_calloc(a, json_array_size(arr) + 1,
	    sizeof(*d->coalitions));
	json_array_foreach(arr, i, o) {
		struct xcoalition *co = &d->coalitions[d->ncoalitions++];

		co->name = extraction_get_str(a, o, "name");
		co->members = extraction_get_list(a, o, "members", &co->nmembers);
		extraction_get_evidence(a, o, &co->evidence);
	}
	arr = json_object_get(j, "reports");
	d->reports = arena_calloc(a, json_array_size(arr) + 1, sizeof(*d->reports));
	json_array_foreach(arr, i, o) {
		struct xreport *rp = &d->reports[d->nreports++];

		rp->title = extraction_get_str(a, o, "title");
		rp->aliases = extraction_get_list(a, o, "aliases", &rp->naliases);
		rp->publisher = extraction_get_str(a, o, "publisher");
		rp->published = extraction_get_str(a, o, "published");
		rp->context = extraction_get_str(a, o, "context");
		rp->start = extraction_get_int(o, "start");
		rp->end = extraction_get_int(o, "end");
	}
}

/* Reads an extraction from its JSON text (see extract.h). */
struct extraction *
extraction_read(const char *text, size_t len, char **err)
{
	struct extraction	*x;
	json_error_t		 jerr;
	json_t			*j, *docs, *d;
	size_t			 i;

	if ((j = json_loadb(text, len, 0, &jerr)) == NULL) {
		*err = xasprintf("line %d: %s", jerr.line, jerr.text);
		return NULL;
	}
	x = xcalloc(1, sizeof(*x));
	x->arena = arena_new(len + len / 4);
	x->file = extraction_get_str(x->arena, j, "file");
	x->sha256 = extraction_get_str(x->arena, j, "sha256");
	x->bytes = extraction_get_int(j, "bytes");
	docs = json_object_get(j, "documents");
	x->docs = arena_calloc(x->arena, json_array_size(docs) + 1, sizeof(*x->docs));
	json_array_foreach(docs, i, d)
		if (json_is_object(d))
			extraction_get_doc(x->arena, d, &x->docs[x->ndocs++]);
	json_decref(j);
	return x;
}

/* Frees x and all its records. */
void
extraction_free(struct extraction *x)
{
	if (x == NULL)
		return;
	arena_free(x->arena);
	free(x);
}
