/*
 * The store: turns what the extractor found in every loaded file into the
 * database's rows.
 *
 * A load first reads and extracts every given file, before touching the
 * database, so that a bad file stops it with nothing changed.  Then, in one
 * transaction, it records the files in `sources` and rebuilds every derived
 * table from all sources at once.  Rebuilding from scratch, with sources taken
 * in the order of their content hashes, is what makes IDs and merges the same
 * whatever order files were loaded in, on any machine.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressroom.h"
#include "db.h"
#include "extract.h"
#include "json_write.h"

#define STORE_RELATED_MAX	20	/* related documents kept per document */
#define STORE_EVENT_SCAN	64	/* later documents compared for an event */

/* An organization: a cluster of the extractor's per-document records. */
struct org {
	char	*name;
	char	*acronym;
	char	*kind;
	char	*description;
	json_t	*aliases;		/* array of strings, not the name */
	struct strmap alias_keys;	/* their matching keys */
	int	 is_coalition;
	int	 rowid;
	char	*id;
	int	 n_documents, n_mentions, n_quotes, n_people, n_members;
	int	 n_memberships;
	char	*ref;			/* reference as JSON text, cached */
	char	*tref;			/* typed reference as JSON text, cached */
	int	 tref_row;		/* its row in refs, 0 until written */
};

struct person {
	char	*name;
	char	*title;
	int	 org;			/* index into orgs, or -1 */
	int	 roles;			/* bit set of XROLE_* */
	int	 rowid;
	char	*id;
	int	 n_quotes, n_documents;
	char	*ref;
	char	*tref;
	int	 tref_row;		/* its row in refs, 0 until written */
};

struct report {
	char	*title;
	json_t	*aliases;
	struct strmap alias_keys;	/* their matching keys */
	int	 publisher;		/* org index or -1 */
	char	*published;
	int	 rowid;
	char	*id;
	int	 n_citations;
	char	*ref;
	char	*tref;
	int	 tref_row;
};

struct doc {
	const struct xdoc *x;		/* the extractor's document (borrowed) */
	int	 source_rowid;
	const char *file, *sha256;
	char	*id;
	int	 rowid;
	int	 publisher;		/* org index or -1 */
	int	 author;		/* person index or -1 */
	int	 related[STORE_RELATED_MAX];	/* related documents */
	const char *why[STORE_RELATED_MAX];	/* and the reason of each */
	int	 nrelated;
	char	*tref;
	char	*dref;			/* document reference as JSON text */
	json_t	*ref;			/* and as JSON, shared (store_doc_ref) */
	int	 tref_row, dref_row;	/* their rows in refs, 0 until written */
};

/* Where an edge was seen: a span of a document's body, or only the document. */
struct evidence {
	int		 doc;
	int		 span;		/* 0: the extractor gave no span */
	const char	*snippet;
	json_int_t	 start, end;
};


/* A source and what was extracted from it. */
struct store_source {
	struct extraction *x;
	int		   rowid;
	char		  *name;
	char		  *sha256;
	int		   owned;	/* x read here, not handed in */
};

/* The statements a rebuild writes its rows with (see store_put). */
enum {
	STORE_ST_MEMBERSHIP, STORE_ST_ORG, STORE_ST_PERSON, STORE_ST_ROLE,
	STORE_ST_DOC, STORE_ST_QUOTE, STORE_ST_DOC_ORG, STORE_ST_DOC_PERSON,
	STORE_ST_CITATION, STORE_ST_REPORT, STORE_ST_REF, STORE_ST_XREF,
	STORE_NST
};

struct store_pipe;
struct store;

static int	store_put(struct store *, int, const char *, const char *,
		    char **, const char *, ...);

/* The whole derived state of a rebuild. */
struct store {
	sqlite3		*db;
	struct store_source *sources;	/* every source's extraction */
	size_t		 nsources;
	struct doc	*docs;
	size_t		 ndocs;
	struct org	*orgs;
	size_t		 norgs;
	struct person	*people;
	size_t		 npeople;
	struct report	*reports;
	size_t		 nreports;
	struct strmap	 org_keys;	/* normalized name/alias, "a:ACR" → org */
	struct strmap	 person_keys;	/* normalized name → person */
	struct strmap	 report_keys;	/* normalized title/alias → report */
	struct strmap	 ids;		/* "type:id" of every id handed out */
	sqlite3_stmt	*st[STORE_NST];	/* the rebuild's inserts, by STORE_ST_* */
	struct store_pipe *pipe;	/* where they go while rows are written */
	int		 ref_next;	/* rowid of the next row of refs */
	int		 span_doc;	/* the document span_off describes, or -1 */
	int		 span_ascii;	/* its body is ASCII: offsets are bytes */
	size_t		*span_off;	/* else byte offset of each character */
	size_t		 span_cap;	/* room in span_off */
	size_t		 span_n;	/* characters in its body */
	int		 ids_assigned;
};

/* Returns s, or NULL if it is NULL or empty. */
static const char *
store_str(const char *s)
{
	return s && *s ? s : NULL;
}

/* Returns a new JSON string for s, or JSON null when s is NULL. */
static json_t *
store_jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/*
 * Matching keys already computed, by name: a rebuild asks for the key of the
 * same few thousand names hundreds of thousands of times.  Per thread,
 * emptied by store_norm_reset() at the end of each rebuild.
 */
struct norm_memo {
	char	**keys, **vals;
	size_t	  cap, count;
};
static _Thread_local struct norm_memo store_memo;

/* Returns the memo slot of name (empty if absent). */
static size_t
store_memo_slot(const struct norm_memo *m, const char *name)
{
	size_t	h = (size_t)hash_fnv1a(name, strlen(name)) & (m->cap - 1);

	while (m->keys[h] != NULL && strcmp(m->keys[h], name) != 0)
		h = (h + 1) & (m->cap - 1);
	return h;
}

/* Forgets every memoized key. */
static void
store_norm_reset(void)
{
	size_t	i;

	for (i = 0; i < store_memo.cap; i++) {
		free(store_memo.keys[i]);
		free(store_memo.vals[i]);
	}
	free(store_memo.keys);
	free(store_memo.vals);
	memset(&store_memo, 0, sizeof(store_memo));
}

/* Remembers that name's key is key (both copied), growing the table. */
static void
store_memo_put(const char *name, const char *key)
{
	struct norm_memo	 old = store_memo;
	size_t			 i, h;

	if (store_memo.count + 1 > store_memo.cap / 2) {
		store_memo.cap = old.cap ? old.cap * 2 : 1024;
		store_memo.keys = xcalloc(store_memo.cap, sizeof(char *));
		store_memo.vals = xcalloc(store_memo.cap, sizeof(char *));
		for (i = 0; i < old.cap; i++) {
			if (old.keys[i] == NULL)
				continue;
			h = store_memo_slot(&store_memo, old.keys[i]);
			store_memo.keys[h] = old.keys[i];
			store_memo.vals[h] = old.vals[i];
		}
		free(old.keys);
		free(old.vals);
	}
	h = store_memo_slot(&store_memo, name);
	store_memo.keys[h] = xstrdup(name);
	store_memo.vals[h] = xstrdup(key);
	store_memo.count++;
}

static char	*store_norm_compute(const char *);

/* Returns a new matching key for name (see store_norm_compute). */
static char *
store_norm(const char *name)
{
	char	*k;
	size_t	 h;

	if (store_memo.cap > 0) {
		h = store_memo_slot(&store_memo, name);
		if (store_memo.keys[h] != NULL)
			return xstrdup(store_memo.vals[h]);
	}
	k = store_norm_compute(name);
	store_memo_put(name, k);
	return k;
}

/*
 * Returns a new matching key for a name: its slug without the words "the"
 * and without a leading "U.S."/"United States", so that case, accents,
 * punctuation and those variants all compare equal.
 */
static char *
store_norm_compute(const char *name)
{
	static const char *const prefixes[] = { "u-s-", "us-", "united-states-" };
	char	*slug = slugify(name, 0), *p, *out;
	size_t	 i, n;

	struct buf b;
	buf_init(&b);
	p = slug;
	while (*p) {
		n = strcspn(p, "-");
		if (!(n == 3 && strncmp(p, "the", 3) == 0)) {
			if (b.len)
				buf_putc(&b, '-');
			buf_add(&b, p, n);
		}
		p += n;
		if (*p == '-')
			p++;
	}
	free(slug);
	out = buf_steal(&b);
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		n = strlen(prefixes[i]);
		if (strncmp(out, prefixes[i], n) == 0 && out[n] != '\0') {
			memmove(out, out + n, strlen(out + n) + 1);
			break;
		}
	}
	return out;
}

/*
 * Appends s to the string array a unless an equal (normalized) one is
 * there; keys holds the matching keys of a's strings, so that the check
 * costs one lookup however many aliases a much-cited name has gathered.
 */
static void
store_alias_add(json_t *a, struct strmap *keys, const char *s,
    const char *except)
{
	char	*ns, *nx;
	int	 dup = 0;

	if (s == NULL || *s == '\0')
		return;
	ns = store_norm(s);
	if (except) {
		nx = store_norm(except);
		dup = strcmp(ns, nx) == 0 || strcmp(s, except) == 0;
		free(nx);
	}
	if (!dup && !strmap_get(keys, ns, NULL)) {
		strmap_put(keys, ns, 1);
		json_array_append_new(a, json_string(s));
	}
	free(ns);
}

/* Union-find: returns the root of i. */
static size_t
store_find(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

/* Union-find: joins the sets of a and b, the earlier one becoming the root. */
static void
store_union(size_t *parent, size_t a, size_t b)
{
	a = store_find(parent, a);
	b = store_find(parent, b);
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

/* Returns 1 if s looks like an acronym: no lower-case letters, no spaces. */
static int
store_is_acronym(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || *s == ' ')
			return 0;
	return 1;
}

/*
 * Returns 1 if name a is a better display name than b: more words once
 * normalized (the fuller name), else capitalized and without a leading
 * article ("Harbor Alliance" over "the harbor alliance").
 */
static int
store_name_better(const char *a, const char *b)
{
	char	*na = store_norm(a), *nb = store_norm(b);
	size_t	 la = strlen(na), lb = strlen(nb);
	int	 clean_a, clean_b;

	free(na);
	free(nb);
	if (la != lb)
		return la > lb;
	clean_a = !(*a >= 'a' && *a <= 'z') && strncmp(a, "The ", 4) != 0;
	clean_b = !(*b >= 'a' && *b <= 'z') && strncmp(b, "The ", 4) != 0;
	return clean_a && !clean_b;
}

/* One organization record of one document, before clustering. */
struct org_entry {
	const struct xorg *o;
	size_t	 doc;
};

/* Joins in keys each (normalized) name the entry goes by, merging on clashes. */
static void
store_org_keys(struct strmap *keys, size_t *parent, size_t i,
    const struct xorg *o)
{
	const char	*s;
	char		*k;
	size_t		 j;
	int		 other;

	for (j = 0; j <= o->naliases; j++) {
		s = j == 0 ? store_str(o->name) : o->aliases[j - 1];
		if (s == NULL || store_is_acronym(s))
			continue;
		k = store_norm(s);
		if (*k) {
			if (strmap_get(keys, k, &other))
				store_union(parent, (size_t)other, i);
			else
				strmap_put(keys, k, (int)i);
		}
		free(k);
	}
}

/*
 * Clusters the organization records of all documents into organizations.
 * Records merge when a name or alias matches; an acronym joins the one
 * cluster whose long names define it (an acronym two clusters define stays
 * ambiguous and merges nothing).
 */
static void
store_orgs_cluster(struct store *s)
{
	struct org_entry *e;
	struct strmap	 keys, acr;
	size_t		 ne = 0, i, d, *parent, root, *cluster;
	const char	 *name, *a;
	char		 *k;
	int		 v, other;

	for (d = 0; d < s->ndocs; d++)
		ne += s->docs[d].x->norgs;
	e = xcalloc(ne + 1, sizeof(*e));
	ne = 0;
	for (d = 0; d < s->ndocs; d++) {
		for (i = 0; i < s->docs[d].x->norgs; i++) {
			if (store_str(s->docs[d].x->orgs[i].name) == NULL)
				continue;
			e[ne].o = &s->docs[d].x->orgs[i];
			e[ne].doc = d;
			ne++;
		}
	}
	parent = xmalloc((ne + 1) * sizeof(*parent));
	for (i = 0; i < ne; i++)
		parent[i] = i;
	strmap_init(&keys);
	strmap_init(&acr);
	for (i = 0; i < ne; i++)
		store_org_keys(&keys, parent, i, e[i].o);
	/* Acronyms: which cluster (by a representative entry) defines each. */
	for (i = 0; i < ne; i++) {
		name = store_str(e[i].o->name);
		if ((a = store_str(e[i].o->acronym)) == NULL || store_is_acronym(name))
			continue;
		k = xasprintf("a:%s", a);
		root = store_find(parent, i);
		if (!strmap_get(&acr, k, &v))
			strmap_put(&acr, k, (int)root);
		else if (v >= 0 && store_find(parent, (size_t)v) != root)
			strmap_put(&acr, k, -1);	/* ambiguous */
		free(k);
	}
	for (i = 0; i < ne; i++) {
		name = store_str(e[i].o->name);
		a = store_is_acronym(name) ? name : store_str(e[i].o->acronym);
		if (a == NULL)
			continue;
		k = xasprintf("a:%s", a);
		if (strmap_get(&acr, k, &v) && v >= 0)
			store_union(parent, (size_t)v, i);
		else if (store_is_acronym(name)) {
			/* An acronym nobody defines: records of it merge together. */
			if (strmap_get(&keys, k, &other))
				store_union(parent, (size_t)other, i);
			else
				strmap_put(&keys, k, (int)i);
		}
		free(k);
	}
	strmap_free(&acr);
	strmap_free(&keys);

	/* One org per cluster, in order of first appearance. */
	cluster = xmalloc((ne + 1) * sizeof(*cluster));
	for (i = 0; i < ne; i++)
		cluster[i] = (size_t)-1;
	for (i = 0; i < ne; i++) {
		root = store_find(parent, i);
		if (cluster[root] == (size_t)-1) {
			cluster[root] = s->norgs;
			s->orgs = xrealloc(s->orgs, (s->norgs + 1) * sizeof(*s->orgs));
			memset(&s->orgs[s->norgs], 0, sizeof(*s->orgs));
			s->orgs[s->norgs].aliases = json_array();
			s->norgs++;
		}
		cluster[i] = cluster[root];
	}
	/*
	 * The name: the longest non-acronym name the cluster's records use,
	 * earliest first on ties; the acronym and kind: the first given.
	 */
	for (i = 0; i < ne; i++) {
		struct org *g = &s->orgs[cluster[i]];
		name = store_str(e[i].o->name);
		if (!store_is_acronym(name) && (g->name == NULL ||
		    store_is_acronym(g->name) || store_name_better(name, g->name))) {
			free(g->name);
			g->name = xstrdup(name);
		} else if (g->name == NULL)
			g->name = xstrdup(name);
		if (g->acronym == NULL && (a = store_str(e[i].o->acronym)))
			g->acronym = xstrdup(a);
		if (g->acronym == NULL && store_is_acronym(name))
			g->acronym = xstrdup(name);
		if (g->kind == NULL && (a = store_str(e[i].o->kind)))
			g->kind = xstrdup(a);
		if (g->description == NULL && (a = store_str(e[i].o->description)))
			g->description = xstrdup(a);
	}
	for (i = 0; i < ne; i++) {
		struct org *g = &s->orgs[cluster[i]];
		size_t j;
		name = store_str(e[i].o->name);
		if (g->acronym == NULL || strcmp(name, g->acronym) != 0)
			store_alias_add(g->aliases, &g->alias_keys, name, g->name);
		for (j = 0; j < e[i].o->naliases; j++)
			if (g->acronym == NULL ||
			    strcmp(e[i].o->aliases[j], g->acronym) != 0)
				store_alias_add(g->aliases, &g->alias_keys,
				    e[i].o->aliases[j],
				    g->name);
		if (strcmp(store_str(e[i].o->kind) ? store_str(e[i].o->kind) :
		    "", "coalition") == 0)
			g->kind = (free(g->kind), xstrdup("coalition"));
	}
	/* Every name, alias and acronym of a cluster finds it. */
	for (i = 0; i < ne; i++) {
		size_t j;
		k = store_norm(store_str(e[i].o->name));
		strmap_put(&s->org_keys, k, (int)cluster[i]);
		free(k);
		for (j = 0; j < e[i].o->naliases; j++) {
			k = store_norm(e[i].o->aliases[j]);
			if (!strmap_get(&s->org_keys, k, NULL))
				strmap_put(&s->org_keys, k, (int)cluster[i]);
			free(k);
		}
		if ((a = s->orgs[cluster[i]].acronym) != NULL) {
			k = xasprintf("a:%s", a);
			strmap_put(&s->org_keys, k, (int)cluster[i]);
			free(k);
		}
	}
	free(cluster);
	free(parent);
	free(e);
}

static char	*store_unique_id(struct store *, const char *, const char *);

/* Returns the org a name refers to, or -1 if no record goes by it. */
static int
store_org_find(struct store *s, const char *name)
{
	char	*k, *ak;
	int	 v = -1;

	if (name == NULL)
		return -1;
	k = store_norm(name);
	if (!strmap_get(&s->org_keys, k, &v)) {
		v = -1;
		if (store_is_acronym(name)) {	/* "a:ACR" */
			ak = xasprintf("a:%s", name);
			if (!strmap_get(&s->org_keys, ak, &v))
				v = -1;
			free(ak);
		}
	}
	free(k);
	return v;
}

/* Returns the org a name refers to, creating one if no record goes by it; -1 for NULL. */
static int
store_org_lookup(struct store *s, const char *name)
{
	char	*k;
	int	 v;

	if (name == NULL || (v = store_org_find(s, name)) >= 0)
		return name == NULL ? -1 : v;
	k = store_norm(name);
	s->orgs = xrealloc(s->orgs, (s->norgs + 1) * sizeof(*s->orgs));
	memset(&s->orgs[s->norgs], 0, sizeof(*s->orgs));
	s->orgs[s->norgs].name = xstrdup(name);
	s->orgs[s->norgs].aliases = json_array();
	if (s->ids_assigned) {	/* too late to be stored: keep refs sane */
		char *base = slugify(name, 80);
		s->orgs[s->norgs].id = store_unique_id(s, "org", base);
		s->orgs[s->norgs].kind = xstrdup("other");
		s->orgs[s->norgs].rowid = (int)s->norgs + 1;
		free(base);
	}
	v = (int)s->norgs++;
	strmap_put(&s->org_keys, k, v);
	free(k);
	return v;
}

/* Returns the person of that name, creating one; records title, org and role. */
static int
store_person(struct store *s, const char *name, const char *title,
    const char *org, int role)
{
	struct person	*p;
	char		*k;
	int		 v;

	if (name == NULL)
		return -1;
	k = store_norm(name);
	if (!strmap_get(&s->person_keys, k, &v)) {
		s->people = xrealloc(s->people, (s->npeople + 1) * sizeof(*s->people));
		p = &s->people[s->npeople];
		memset(p, 0, sizeof(*p));
		p->name = xstrdup(name);
		p->org = -1;
		v = (int)s->npeople++;
		strmap_put(&s->person_keys, k, v);
	}
	free(k);
	p = &s->people[v];
	if (p->title == NULL && title)
		p->title = xstrdup(title);
	if (p->org == -1 && org)
		p->org = store_org_lookup(s, org);
	p->roles |= role;
	return v;
}

/* Returns the report a title (or alias) refers to, creating it; merges aliases. */
static int
store_report(struct store *s, const struct xreport *r)
{
	struct report	*rep;
	const char	*title = store_str(r->title), *al;
	char		*k;
	size_t		 i;
	int		 v = -1;

	if (title == NULL)
		return -1;
	for (i = 0; v == -1 && i <= r->naliases; i++) {
		al = i == 0 ? title : r->aliases[i - 1];
		k = store_norm(al);
		if (!strmap_get(&s->report_keys, k, &v))
			v = -1;
		free(k);
	}
	if (v == -1) {
		s->reports = xrealloc(s->reports, (s->nreports + 1) * sizeof(*s->reports));
		rep = &s->reports[s->nreports];
		memset(rep, 0, sizeof(*rep));
		rep->title = xstrdup(title);
		rep->aliases = json_array();
		rep->publisher = -1;
		v = (int)s->nreports++;
	}
	rep = &s->reports[v];
	/* The longest title is the full one; the others become aliases. */
	if (strlen(title) > strlen(rep->title)) {
		store_alias_add(rep->aliases, &rep->alias_keys, rep->title, title);
		free(rep->title);
		rep->title = xstrdup(title);
	} else
		store_alias_add(rep->aliases, &rep->alias_keys, title, rep->title);
	for (i = 0; i < r->naliases; i++)
		store_alias_add(rep->aliases, &rep->alias_keys, r->aliases[i],
		    rep->title);
	if (rep->publisher == -1 && store_str(r->publisher))
		rep->publisher = store_org_lookup(s, r->publisher);
	if (rep->published == NULL && store_str(r->published))
		rep->published = xstrdup(r->published);
	for (i = 0; i <= r->naliases; i++) {
		al = i == 0 ? title : r->aliases[i - 1];
		k = store_norm(al);
		if (!strmap_get(&s->report_keys, k, NULL))
			strmap_put(&s->report_keys, k, v);
		free(k);
	}
	return v;
}

/* Returns the report a record's title or aliases name, without merging; -1 if none. */
static int
store_report_find(struct store *s, const struct xreport *r)
{
	const char *t;
	char	*k;
	size_t	 i;
	int	 v;

	for (i = 0; i <= r->naliases; i++) {
		t = i == 0 ? store_str(r->title) : r->aliases[i - 1];
		if (t == NULL)
			continue;
		k = store_norm(t);
		if (strmap_get(&s->report_keys, k, &v)) {
			free(k);
			return v;
		}
		free(k);
	}
	return -1;
}

/* Hands out id, or id-2, id-3... if taken in that namespace; returns a new string. */
static char *
store_unique_id(struct store *s, const char *ns, const char *base)
{
	char	*key, *id;
	int	 n;

	id = xstrdup(*base ? base : "untitled");
	for (n = 2; ; n++) {
		key = xasprintf("%s:%s", ns, id);
		if (!strmap_get(&s->ids, key, NULL)) {
			strmap_put(&s->ids, key, 1);
			free(key);
			return id;
		}
		free(key);
		free(id);
		id = xasprintf("%s-%d", *base ? base : "untitled", n);
	}
}

/*
 * Returns a new reference {"id", "url": prefix + id, "name"}.  References
 * are made for every edge of every document: built directly, as json_pack()
 * would spend most of its time reading its format.
 */
static json_t *
store_new_ref(const char *prefix, const char *id, const char *name)
{
	json_t	*r = json_object();
	char	*url = xasprintf("%s%s", prefix, id);

	json_object_set_new_nocheck(r, "id", json_string(id));
	json_object_set_new_nocheck(r, "url", json_string(url));
	json_object_set_new_nocheck(r, "name", json_string(name));
	free(url);
	return r;
}

/* Returns a new reference {"id","url","name"} for an org, or null for -1. */
static json_t *
store_org_ref(struct store *s, int i)
{
	if (i < 0)
		return json_null();
	return store_new_ref("/v1/organizations/", s->orgs[i].id, s->orgs[i].name);
}

/*
 * Returns a document reference {"id","url","title","published"}: one
 * object per document, shared (a new reference to it) by every place that
 * points at the document, so it must not be changed.
 */
static json_t *
store_doc_ref(struct store *s, size_t d)
{
	json_t	*r;

	if (s->docs[d].ref == NULL) {
		r = store_new_ref("/v1/documents/", s->docs[d].id,
		    s->docs[d].x->title);
		/* the same keys, but "title" where the others have "name" */
		json_object_set_nocheck(r, "title", json_object_get(r, "name"));
		json_object_del(r, "name");
		json_object_set_new_nocheck(r, "published",
		    store_jstr(store_str(s->docs[d].x->published)));
		s->docs[d].ref = r;
	}
	return json_incref(s->docs[d].ref);
}

/* Returns kind if it is one of the API's document kinds, else "other". */
static const char *
store_kind(const char *kind)
{
	static const char *const kinds[] = {
		"press_release", "statement", "blog_post", "article", "other",
	};
	size_t	i;

	for (i = 0; kind != NULL && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kind, kinds[i]) == 0)
			return kinds[i];
	return "other";
}

/* Returns a new JSON text of j, compact, keys in insertion order. */
static char *
store_dump(json_t *j)
{
	return json_write_str(j);
}

/* Returns the cached JSON text of a document reference. */
static const char *
store_dref(struct store *s, size_t d)
{
	json_t	*r;

	if (s->docs[d].dref == NULL) {
		r = store_doc_ref(s, d);
		s->docs[d].dref = store_dump(r);
		json_decref(r);
	}
	return s->docs[d].dref;
}

/* Fills ev with a snippet of document d and its offsets; returns ev. */
static const struct evidence *
store_ev(struct evidence *ev, size_t d, const char *snippet, long long start,
    long long end)
{
	ev->doc = (int)d;
	ev->span = 1;
	ev->snippet = store_str(snippet);
	ev->start = start;
	ev->end = end;
	return ev;
}

/*
 * Fills ev from an extractor record's evidence; returns ev.  A record the
 * extractor found no span for (a name in a heading or a contact block)
 * gives an edge with "evidence": null, which a document's
 * cross-references then list only if the document is one of its ends.
 */
static const struct evidence *
store_evx(struct evidence *ev, size_t d, const struct xevidence *x)
{
	store_ev(ev, d, x->snippet, x->start, x->end);
	ev->span = x->present;
	return ev;
}

/* Returns the row in refs of a reference's JSON text, writing it the first time. */
static int
store_ref_row(struct store *s, int *row, const char *json, char **err)
{
	if (*row != 0)
		return *row;
	*row = s->ref_next++;
	if (store_put(s, STORE_ST_REF, "INSERT INTO refs (rowid, json) VALUES "
	    "(?, ?)", "storing a reference", err, "is", *row, json) == -1)
		return -1;
	return *row;
}

static char	*store_tref_text(struct store *, const char *, int);

/*
 * Returns the row in refs of an edge end's typed reference {"id", "url",
 * "name", "type"}, made and written the first time; *id is the end's id.
 */
static int
store_end_row(struct store *s, const char *type, int i, const char **id,
    char **err)
{
	char	**tref;
	int	 *row;

	if (strcmp(type, "organization") == 0) {
		*id = s->orgs[i].id;
		tref = &s->orgs[i].tref;
		row = &s->orgs[i].tref_row;
	} else if (strcmp(type, "person") == 0) {
		*id = s->people[i].id;
		tref = &s->people[i].tref;
		row = &s->people[i].tref_row;
	} else if (strcmp(type, "report") == 0) {
		*id = s->reports[i].id;
		tref = &s->reports[i].tref;
		row = &s->reports[i].tref_row;
	} else {
		*id = s->docs[i].id;
		tref = &s->docs[i].tref;
		row = &s->docs[i].tref_row;
	}
	if (*tref == NULL)
		*tref = store_tref_text(s, type, i);
	return store_ref_row(s, row, *tref, err);
}

/*
 * Returns 1 if the evidence's snippet is exactly document ev->doc's body
 * between its character offsets start and end, which the view
 * cross_references then cuts from the body instead of storing it twice.
 * The body's character offsets are worked out once per document.
 */
static int
store_ev_is_span(struct store *s, const struct evidence *ev)
{
	const char	*body = store_str(s->docs[ev->doc].x->body);
	const char	*snippet = ev->snippet ? ev->snippet : "";
	size_t		 len, i, a, b;

	if (body == NULL)
		body = "";
	/*
	 * A document's edges come together, so this runs about once per
	 * document; the offsets' room is kept, not reallocated (which copied
	 * the last document's offsets for nothing), and the body's length is
	 * not measured again for every edge.
	 */
	if (s->span_doc != ev->doc) {
		s->span_doc = ev->doc;
		len = strlen(body);
		for (i = 0; i < len; i++)
			if ((unsigned char)body[i] >= 0x80)
				break;
		s->span_ascii = i == len;
		s->span_n = len;
		if (!s->span_ascii) {
			if (len + 1 > s->span_cap) {
				free(s->span_off);
				s->span_cap = 2 * (len + 1);
				s->span_off = xcalloc(s->span_cap,
				    sizeof(*s->span_off));
			}
			for (i = 0, s->span_n = 0; i < len; i++)
				if (((unsigned char)body[i] & 0xc0) != 0x80)
					s->span_off[s->span_n++] = i;
			s->span_off[s->span_n] = len;
		}
	}
	if (ev->start < 0 || ev->end < ev->start || (size_t)ev->end > s->span_n)
		return 0;
	a = s->span_ascii ? (size_t)ev->start : s->span_off[ev->start];
	b = s->span_ascii ? (size_t)ev->end : s->span_off[ev->end];
	return strlen(snippet) == b - a && memcmp(snippet, body + a, b - a) == 0;
}

#define STORE_XREF_SQL	"INSERT INTO cross_reference_edges (relation, " \
	"source_type, source, target_type, target, document_id, source_ref, " \
	"target_ref, evidence_ref, start, \"end\", snippet) VALUES " \
	"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

/*
 * Writes one cross-reference edge; ev may be NULL.  The edge points at the
 * references of its ends and of its evidence document, each written once
 * (migrations/003_narrow_cross_references.sql).
 */
static int
store_xref(struct store *s, const char *relation, const char *stype, int si,
    const char *ttype, int ti, const struct evidence *ev, char **err)
{
	const char	*sid, *tid;
	int		 srow, trow, drow = 0;

	if ((srow = store_end_row(s, stype, si, &sid, err)) == -1 ||
	    (trow = store_end_row(s, ttype, ti, &tid, err)) == -1 ||
	    (ev && ev->span && (drow = store_ref_row(s,
	    &s->docs[ev->doc].dref_row, store_dref(s, (size_t)ev->doc),
	    err)) == -1))
		return -1;
	if (ev && ev->span)	/* a snippet the body has at its span: null */
		return store_put(s, STORE_ST_XREF, STORE_XREF_SQL,
		    "storing a cross-reference", err, "sssssiiiiIIs", relation,
		    stype, sid, ttype, tid, s->docs[ev->doc].rowid, srow, trow,
		    drow, (long long)ev->start, (long long)ev->end,
		    store_ev_is_span(s, ev) ? NULL : ev->snippet ? ev->snippet :
		    "");
	return store_put(s, STORE_ST_XREF, STORE_XREF_SQL,
	    "storing a cross-reference", err, "sssss-ii----", relation, stype,
	    sid, ttype, tid, srow, trow);
}

/* Formats "Month D, YYYY" from an ISO date into buf; returns 0 if not a date. */
static int
store_long_date(const char *iso, char *out, size_t len)
{
	static const char *const months[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	int	y, m, d;

	if (iso == NULL || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
		return 0;
	snprintf(out, len, "%s %d, %d", months[m - 1], d, y);
	return 1;
}

/* Returns "the " when an organization's name reads better with it in running text. */
static const char *
store_article(const char *name)
{
	static const char *const words[] = { "National ", "American ", "Department ",
	    "Office ", "Center ", "Centre ", "Coalition ", "Council ", "Institute ",
	    "Committee ", "Commission ", "Association ", "Federation ", "Alliance ",
	    "University ", "Network ", "Bureau ", "Agency ", "Union ", "League ",
	    "Society ", "Foundation ", "Board ", "Ministry ", "International " };
	size_t	i;

	if (name == NULL || strncmp(name, "The ", 4) == 0 || store_is_acronym(name))
		return "";
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strncmp(name, words[i], strlen(words[i])) == 0)
			return "the ";
	return strstr(name, " of ") ? "the " : "";
}

/* Returns a new printable attribution line: "said X, Title of the O, on Month D, YYYY". */
static char *
store_attribution_line(const char *verb, const char *speaker, const char *title,
    const char *org, int speaker_is_org, const char *date)
{
	struct buf	b;
	char		when[64];

	buf_init(&b);
	if (verb && strcmp(verb, "statement") == 0)
		buf_puts(&b, "statement by ");
	else if (verb && strcmp(verb, "according to") == 0)
		buf_puts(&b, "according to ");
	else
		buf_printf(&b, "%s ", verb ? verb : "said");
	if (speaker_is_org)
		buf_printf(&b, "%s%s", store_article(speaker), speaker);
	else {
		buf_puts(&b, speaker);
		if (title && org)
			buf_printf(&b, ", %s of %s%s", title, store_article(org), org);
		else if (title)
			buf_printf(&b, ", %s", title);
		else if (org)
			buf_printf(&b, " of %s%s", store_article(org), org);
	}
	if (store_long_date(date, when, sizeof(when)))
		buf_printf(&b, ", on %s", when);
	return buf_steal(&b);
}

/*
 * Statements run as operations: the slot of a statement (prepared on first
 * use), its SQL, what a failure says, and the values to bind, packed into a
 * buffer.  They run at once, or, while a rebuild writes its rows, on a
 * thread of their own (the pipe, below).  Values are given as a format:
 * s text (NULL: null), i int, n int (negative: null), I long long, - null
 * (takes no argument).
 */
static void
store_op_pack(struct buf *b, sqlite3_stmt **st, const char *sql,
    const char *what, const char *fmt, va_list ap)
{
	const char	*sv;
	long long	 v;
	uint32_t	 len;
	unsigned char	 n = (unsigned char)strlen(fmt);
	char		 t;

	buf_add(b, &st, sizeof(st));
	buf_add(b, &sql, sizeof(sql));
	buf_add(b, &what, sizeof(what));
	buf_add(b, &n, 1);
	for (; *fmt; fmt++) {
		t = 'i';
		switch (*fmt) {
		case 's':
			if ((sv = va_arg(ap, const char *)) == NULL) {
				t = '-';
				break;
			}
			t = 't';
			len = (uint32_t)strlen(sv);
			buf_add(b, &t, 1);
			buf_add(b, &len, sizeof(len));
			buf_add(b, sv, len);
			continue;
		case 'i':
			v = va_arg(ap, int);
			break;
		case 'n':
			if ((v = va_arg(ap, int)) < 0)
				t = '-';
			break;
		case 'I':
			v = va_arg(ap, long long);
			break;
		case '-':
			t = '-';
			break;
		default:
			fatalx("store: \"%s\": no value type '%c'", sql, *fmt);
		}
		buf_add(b, &t, 1);
		if (t == 'i')
			buf_add(b, &v, sizeof(v));
	}
}

/* Runs the operation at *p and moves *p past it. */
static int
store_op_run(sqlite3 *db, const char **p, char **err)
{
	sqlite3_stmt	**st;
	const char	*sql, *what, *q = *p;
	long long	 v;
	uint32_t	 len;
	int		 n, i;

	memcpy(&st, q, sizeof(st));
	q += sizeof(st);
	memcpy(&sql, q, sizeof(sql));
	q += sizeof(sql);
	memcpy(&what, q, sizeof(what));
	q += sizeof(what);
	n = (unsigned char)*q++;
	if (*st == NULL && sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		goto fail;
	if (sqlite3_bind_parameter_count(*st) != n)
		fatalx("store: \"%s\" binds %d values, not %d", sql,
		    sqlite3_bind_parameter_count(*st), n);
	sqlite3_reset(*st);
	for (i = 1; i <= n; i++) {
		switch (*q++) {
		case 't':
			memcpy(&len, q, sizeof(len));
			q += sizeof(len);
			sqlite3_bind_text(*st, i, q, (int)len, SQLITE_STATIC);
			q += len;
			break;
		case 'i':
			memcpy(&v, q, sizeof(v));
			q += sizeof(v);
			sqlite3_bind_int64(*st, i, v);
			break;
		default:
			sqlite3_bind_null(*st, i);
		}
	}
	*p = q;
	i = sqlite3_step(*st);
	sqlite3_clear_bindings(*st);	/* they point into the buffer */
	if (i == SQLITE_DONE)
		return 0;
fail:
	*err = xasprintf("%s: %s", what, sqlite3_errmsg(db));
	return -1;
}

/* Runs a statement now; values as in store_op_pack(). */
static int
store_op_now(sqlite3 *db, sqlite3_stmt **st, const char *sql, const char *what,
    char **err, const char *fmt, va_list ap)
{
	struct buf	 b;
	const char	*q;
	int		 rc;

	buf_init(&b);
	store_op_pack(&b, st, sql, what, fmt, ap);
	q = b.data;
	rc = store_op_run(db, &q, err);
	buf_free(&b);
	return rc;
}

/* Runs a statement of the load itself (sources, meta) now. */
static int
store_insert(sqlite3 *db, sqlite3_stmt **st, const char *sql, char **err,
    const char *fmt, ...)
{
	va_list		 ap;
	int		 rc;

	va_start(ap, fmt);
	rc = store_op_now(db, st, sql, "storing", err, fmt, ap);
	va_end(ap);
	return rc;
}

/*
 * The pipe: while a rebuild writes its rows, building them (JSON, lookups)
 * and SQLite's storing them take about as long as each other, so the
 * operations go in batches to a thread that runs them in order while the
 * next rows are built.  The database is the thread's alone until the pipe
 * is stopped.  Once an operation fails, the later ones are dropped, and the
 * failure is what the next batch handed over, or the stop, returns.
 */
#define STORE_PIPE_DEPTH	8		/* batches in flight, at most */
#define STORE_PIPE_BATCH	(64 << 10)	/* bytes that make a batch */

struct store_pipe {
	sqlite3		*db;
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 more;		/* a batch was queued, or closing */
	pthread_cond_t	 room;		/* a batch was run */
	struct buf	 queue[STORE_PIPE_DEPTH];
	size_t		 head, count;
	struct buf	 cur;		/* the batch being filled */
	int		 closing;
	char		*err;		/* the first failure */
};

/* The pipe's thread: runs batches in order until closed. */
static void *
store_pipe_run(void *arg)
{
	struct store_pipe *p = arg;
	struct buf	 b;
	const char	*q;
	char		*err = NULL;
	int		 failed;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->count == 0 && !p->closing)
			pthread_cond_wait(&p->more, &p->lock);
		if (p->count == 0)
			break;
		b = p->queue[p->head];
		failed = p->err != NULL;
		pthread_mutex_unlock(&p->lock);
		for (q = b.data; !failed && q < b.data + b.len; )
			failed = store_op_run(p->db, &q, &err) == -1;
		buf_free(&b);
		pthread_mutex_lock(&p->lock);
		if (err != NULL && p->err == NULL)
			p->err = err;
		else
			free(err);
		err = NULL;
		p->head = (p->head + 1) % STORE_PIPE_DEPTH;
		p->count--;
		pthread_cond_signal(&p->room);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Hands the batch being filled to the pipe's thread, waiting for room. */
static int
store_pipe_push(struct store_pipe *p, char **err)
{
	int	rc = 0;

	pthread_mutex_lock(&p->lock);
	while (p->count == STORE_PIPE_DEPTH && p->err == NULL)
		pthread_cond_wait(&p->room, &p->lock);
	if (p->err != NULL) {
		*err = xstrdup(p->err);
		buf_reset(&p->cur);
		rc = -1;
	} else {
		p->queue[(p->head + p->count) % STORE_PIPE_DEPTH] = p->cur;
		p->count++;
		buf_init(&p->cur);
		pthread_cond_signal(&p->more);
	}
	pthread_mutex_unlock(&p->lock);
	return rc;
}

/*
 * Sends s's statements through a pipe from now on; with one usable CPU, or
 * no thread to be had, they keep running at once.
 */
static void
store_pipe_start(struct store *s)
{
	struct store_pipe *p;

	if (cpu_usable() < 2)
		return;
	p = xcalloc(1, sizeof(*p));
	p->db = s->db;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->more, NULL);
	pthread_cond_init(&p->room, NULL);
	buf_init(&p->cur);
	if (pthread_create(&p->thread, NULL, store_pipe_run, p) != 0) {
		pthread_cond_destroy(&p->room);
		pthread_cond_destroy(&p->more);
		pthread_mutex_destroy(&p->lock);
		free(p);
		return;
	}
	s->pipe = p;
}

/*
 * Runs what the pipe still holds and stops its thread: the database is the
 * caller's again.  Returns -1, setting *err, if an operation failed.
 */
static int
store_pipe_stop(struct store *s, char **err)
{
	struct store_pipe *p = s->pipe;
	int		 rc = 0;

	if (p == NULL)
		return 0;
	if (p->cur.len > 0)
		rc = store_pipe_push(p, err);
	pthread_mutex_lock(&p->lock);
	p->closing = 1;
	pthread_cond_signal(&p->more);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	if (rc == 0 && p->err != NULL) {
		*err = p->err;
		p->err = NULL;
		rc = -1;
	}
	free(p->err);
	buf_free(&p->cur);
	pthread_cond_destroy(&p->room);
	pthread_cond_destroy(&p->more);
	pthread_mutex_destroy(&p->lock);
	free(p);
	s->pipe = NULL;
	return rc;
}

/*
 * Stops the pipe of a rebuild that failed: the batches not yet run are
 * dropped, as the transaction is about to be rolled back.
 */
static void
store_pipe_cancel(struct store *s)
{
	struct store_pipe *p = s->pipe;
	char		*err = NULL;

	pthread_mutex_lock(&p->lock);
	if (p->err == NULL)
		p->err = xstrdup("cancelled");
	pthread_mutex_unlock(&p->lock);
	buf_reset(&p->cur);
	store_pipe_stop(s, &err);
	free(err);
}

/*
 * Runs, or queues to the pipe, one of the rebuild's statements (slot in
 * s->st); values as in store_op_pack().
 */
static int
store_put(struct store *s, int slot, const char *sql, const char *what,
    char **err, const char *fmt, ...)
{
	va_list		 ap;
	int		 rc;

	va_start(ap, fmt);
	if (s->pipe != NULL) {
		store_op_pack(&s->pipe->cur, &s->st[slot], sql, what, fmt, ap);
		va_end(ap);
		if (s->pipe->cur.len < STORE_PIPE_BATCH)
			return 0;
		return store_pipe_push(s->pipe, err);
	}
	rc = store_op_now(s->db, &s->st[slot], sql, what, err, fmt, ap);
	va_end(ap);
	return rc;
}

/* Frees everything a rebuild built. */
static void
store_free(struct store *s)
{
	size_t	i;

	for (i = 0; i < s->norgs; i++) {
		free(s->orgs[i].name);
		free(s->orgs[i].acronym);
		free(s->orgs[i].kind);
		free(s->orgs[i].description);
		free(s->orgs[i].id);
		free(s->orgs[i].tref);
		free(s->orgs[i].ref);
		json_decref(s->orgs[i].aliases);
		strmap_free(&s->orgs[i].alias_keys);
	}
	for (i = 0; i < s->npeople; i++) {
		free(s->people[i].name);
		free(s->people[i].title);
		free(s->people[i].id);
		free(s->people[i].tref);
		free(s->people[i].ref);
	}
	for (i = 0; i < s->nreports; i++) {
		free(s->reports[i].title);
		free(s->reports[i].published);
		free(s->reports[i].id);
		free(s->reports[i].tref);
		free(s->reports[i].ref);
		json_decref(s->reports[i].aliases);
		strmap_free(&s->reports[i].alias_keys);
	}
	for (i = 0; i < s->ndocs; i++) {
		free(s->docs[i].id);
		free(s->docs[i].tref);
		free(s->docs[i].dref);
		json_decref(s->docs[i].ref);
	}
	free(s->orgs);
	free(s->people);
	free(s->reports);
	free(s->docs);
	for (i = 0; i < s->nsources; i++) {
		if (s->sources[i].owned)
			extraction_free(s->sources[i].x);
		free(s->sources[i].name);
		free(s->sources[i].sha256);
	}
	free(s->sources);
	strmap_free(&s->org_keys);
	strmap_free(&s->person_keys);
	strmap_free(&s->report_keys);
	strmap_free(&s->ids);
	for (i = 0; i < STORE_NST; i++)
		sqlite3_finalize(s->st[i]);
	free(s->span_off);
}

/* Extractions made by a load, by the sha256 of their text. */
struct store_fresh {
	struct extraction	**x;
	size_t			  n;
	struct strmap		  sha;	/* sha256 → index in x */
};

/*
 * Reads every source's extraction, in content-hash order, into s->docs.
 * Extractions made by this load are in fresh and need no parsing.
 */
static int
store_read_sources(struct store *s, const struct store_fresh *fresh, char **err)
{
	sqlite3_stmt		*st = NULL, *get = NULL;
	struct store_source	*src;
	struct extraction	*x;
	const char		*prev = NULL, *sha;
	char			*msg = NULL;
	size_t			 i, j;
	int			 rc, k;

	/* Sorted without the extractions, which are fetched one by one. */
	if (sqlite3_prepare_v2(s->db, "SELECT rowid, name, sha256 FROM sources "
	    "ORDER BY sha256, path", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT extraction FROM sources WHERE "
	    "rowid = ?", -1, &get, NULL) != SQLITE_OK)
		goto sqlfail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sha = (const char *)sqlite3_column_text(st, 2);
		/* The same content under two names is one source. */
		if (prev && strcmp(prev, sha) == 0)
			continue;
		s->sources = xrealloc(s->sources, (s->nsources + 1) *
		    sizeof(*s->sources));
		src = &s->sources[s->nsources];
		memset(src, 0, sizeof(*src));
		if (fresh != NULL && strmap_get(&fresh->sha, sha, &k))
			x = fresh->x[k];
		else {
			sqlite3_reset(get);
			sqlite3_bind_int(get, 1, sqlite3_column_int(st, 0));
			if (sqlite3_step(get) != SQLITE_ROW)
				goto sqlfail;
			if ((x = extraction_read((const char *)sqlite3_column_text(get,
			    0), (size_t)sqlite3_column_bytes(get, 0), &msg)) == NULL) {
				*err = xasprintf("source %s: stored extraction "
				    "unreadable: %s",
				    (const char *)sqlite3_column_text(st, 1), msg);
				free(msg);
				goto fail;
			}
			src->owned = 1;
		}
		src->x = x;
		src->rowid = sqlite3_column_int(st, 0);
		src->name = xstrdup((const char *)sqlite3_column_text(st, 1));
		src->sha256 = xstrdup(sha);
		prev = src->sha256;
		s->nsources++;
	}
	if (rc != SQLITE_DONE)
		goto sqlfail;
	sqlite3_finalize(st);
	sqlite3_finalize(get);
	for (i = 0; i < s->nsources; i++) {
		src = &s->sources[i];
		for (j = 0; j < src->x->ndocs; j++) {
			if (store_str(src->x->docs[j].title) == NULL)
				continue;
			s->docs = xrealloc(s->docs, (s->ndocs + 1) * sizeof(*s->docs));
			memset(&s->docs[s->ndocs], 0, sizeof(*s->docs));
			s->docs[s->ndocs].x = &src->x->docs[j];
			s->docs[s->ndocs].source_rowid = src->rowid;
			s->docs[s->ndocs].file = store_str(src->name);
			s->docs[s->ndocs].sha256 = store_str(src->sha256);
			s->docs[s->ndocs].publisher = -1;
			s->docs[s->ndocs].author = -1;
			s->ndocs++;
		}
	}
	return 0;
sqlfail:
	*err = xasprintf("reading sources: %s", sqlite3_errmsg(s->db));
fail:
	sqlite3_finalize(st);
	sqlite3_finalize(get);
	return -1;
}

/* Returns 1 if document x names, among its people or else its organizations, name. */
static int
store_among(const struct xdoc *x, int people, const char *name)
{
	const char	*other;
	char		*k, *kp;
	size_t		 i, n = people ? x->npeople : x->norgs;
	int		 found = 0;

	k = store_norm(name);
	for (i = 0; i < n && !found; i++) {
		other = store_str(people ? x->people[i].name : x->orgs[i].name);
		kp = store_norm(other ? other : "");
		found = strcmp(k, kp) == 0;
		free(kp);
	}
	free(k);
	return found;
}

/* Resolves people, publishers, authors and reports of every document. */
static void
store_resolve(struct store *s)
{
	size_t		 d, i, k;
	const char	*name;

	for (d = 0; d < s->ndocs; d++) {
		const struct xdoc *x = s->docs[d].x;
		s->docs[d].publisher = store_org_lookup(s, store_str(x->publisher));
		for (i = 0; i < x->npeople; i++) {
			const struct xperson *o = &x->people[i];
			int roles = (int)o->roles;
			store_person(s, store_str(o->name), store_str(o->title),
			    store_str(o->organization), roles ? roles : XROLE_MENTIONED);
		}
		/* A byline can name an office ("By Office of X"): not a person. */
		if ((name = store_str(x->author)) != NULL && !store_among(x, 0, name))
			s->docs[d].author = store_person(s, name, NULL,
			    store_str(x->publisher), XROLE_AUTHOR);
		/*
		 * A contact is a person only when the extractor found that name
		 * among the document's people: "Office of Public Affairs" is not.
		 */
		if (x->has_contact && (name = store_str(x->contact_name)) &&
		    store_among(x, 1, name))
			store_person(s, name, NULL, NULL, XROLE_CONTACT);
		for (i = 0; i < x->nquotes; i++) {
			const struct xquote *o = &x->quotes[i];
			if (strcmp(store_str(o->speaker_type) ?
			    o->speaker_type : "person", "person") == 0)
				store_person(s, store_str(o->speaker),
				    store_str(o->speaker_title),
				    store_str(o->organization), XROLE_SPOKESPERSON);
			else
				store_org_lookup(s, store_str(o->speaker));
			store_org_lookup(s, store_str(o->organization));
		}
		for (i = 0; i < x->nreports; i++)
			store_report(s, &x->reports[i]);
		for (i = 0; i < x->ncoalitions; i++) {
			const struct xcoalition *o = &x->coalitions[i];
			int ci = store_org_lookup(s, store_str(o->name));
			if (ci >= 0)
				s->orgs[ci].is_coalition = 1;
			for (k = 0; k < o->nmembers; k++)
				store_org_lookup(s, o->members[k]);
		}
	}
}

/* Gives every entity its ID and rowid, in a deterministic order. */
static void
store_assign_ids(struct store *s)
{
	char	*base, *slug, first[256];
	size_t	 i;

	for (i = 0; i < s->norgs; i++) {
		base = slugify(s->orgs[i].name, 80);
		s->orgs[i].id = store_unique_id(s, "org", base);
		s->orgs[i].rowid = (int)i + 1;
		if (s->orgs[i].kind == NULL)
			s->orgs[i].kind = xstrdup(s->orgs[i].is_coalition ?
			    "coalition" : "other");
		free(base);
	}
	for (i = 0; i < s->npeople; i++) {
		base = slugify(s->people[i].name, 80);
		s->people[i].id = store_unique_id(s, "person", base);
		s->people[i].rowid = (int)i + 1;
		free(base);
	}
	for (i = 0; i < s->nreports; i++) {
		base = slugify(s->reports[i].title, 80);
		s->reports[i].id = store_unique_id(s, "report", base);
		s->reports[i].rowid = (int)i + 1;
		free(base);
	}
	for (i = 0; i < s->ndocs; i++) {
		const char *pub = store_str(s->docs[i].x->published);
		slug = slugify(s->docs[i].x->title, 80);
		if (pub && strlen(pub) == 10) {
			snprintf(first, sizeof(first), "%s-%s", pub, slug);
			s->docs[i].id = store_unique_id(s, "doc", first);
		} else
			s->docs[i].id = store_unique_id(s, "doc", slug);
		s->docs[i].rowid = (int)i + 1;
		free(slug);
	}
	s->ids_assigned = 1;
}

/*
 * Returns a new slug of a quote's first six words, for its ID.  Quotes run
 * to hundreds of characters: the slug is made of a prefix ending at a blank,
 * doubled until it holds the six words (a blank never joins two words, so
 * they are the whole text's first six).
 */
static char *
store_quote_words(const char *text)
{
	size_t	 len = strlen(text), n = 96, hyphens;
	char	*slug, *cut, *p;
	int	 words = 0;

	for (;;) {
		while (n < len && text[n] != ' ' && text[n] != '\n')
			n++;
		if (n >= len) {
			slug = slugify(text, 0);
			break;
		}
		cut = xstrndup(text, n);
		slug = slugify(cut, 0);
		free(cut);
		for (p = slug, hyphens = 0; *p; p++)
			hyphens += *p == '-';
		if (hyphens >= 6)
			break;
		free(slug);
		n *= 2;
	}
	p = slug;
	while (*p && words < 6) {
		if (*p == '-' && ++words == 6)
			break;
		p++;
	}
	*p = '\0';
	return slug;
}

/* Adds a related document to d unless already there or the list is full. */
static void
store_relate(struct store *s, size_t d, size_t other, const char *reason)
{
	struct doc	*doc = &s->docs[d];
	int		 i;

	if (d == other || doc->nrelated >= STORE_RELATED_MAX)
		return;
	for (i = 0; i < doc->nrelated; i++)
		if (doc->related[i] == (int)other)
			return;
	doc->related[doc->nrelated] = (int)other;
	doc->why[doc->nrelated++] = reason;
}

/* Relates documents that share an entity; pairs is (entity, doc) sorted by entity. */
static void
store_relate_groups(struct store *s, int *pairs, size_t n, const char *reason)
{
	size_t	i, j, k;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && pairs[2 * j] == pairs[2 * i]; j++)
			;
		for (k = i; k < j && k < i + STORE_RELATED_MAX; k++) {
			size_t m;
			for (m = i; m < j && m < i + STORE_RELATED_MAX; m++)
				store_relate(s, (size_t)pairs[2 * k + 1],
				    (size_t)pairs[2 * m + 1], reason);
		}
	}
}

/* Orders (entity, doc) pairs. */
static int
store_pair_cmp(const void *a, const void *b)
{
	const int *x = a, *y = b;

	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* Returns the day number of an ISO date (days since 1970-01-01), or -1. */
static long
store_day(const char *iso)
{
	int	y, m, d;
	long	era, yoe, doy, doe;

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return -1;
	/* days from civil, proleptic Gregorian (H. Hinnant's algorithm) */
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* A document's place in time and the organizations it names, for events. */
struct store_dayorgs {
	long	 day;
	size_t	 doc;
	int	*orgs;			/* sorted organization indexes */
	size_t	 n;
};

/* Orders documents by day. */
static int
store_day_cmp(const void *a, const void *b)
{
	const struct store_dayorgs *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Orders ints. */
static int
store_int_cmp(const void *a, const void *b)
{
	int	x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/*
 * Returns 1 if two documents share an organization that published neither
 * of them: the body they both report on.
 */
static int
store_share_org(const struct store *s, const struct store_dayorgs *a,
    const struct store_dayorgs *b)
{
	size_t	i = 0, j = 0;

	while (i < a->n && j < b->n) {
		if (a->orgs[i] < b->orgs[j])
			i++;
		else if (a->orgs[i] > b->orgs[j])
			j++;
		else {
			if (a->orgs[i] != s->docs[a->doc].publisher &&
			    a->orgs[i] != s->docs[b->doc].publisher)
				return 1;
			i++;
			j++;
		}
	}
	return 0;
}

/*
 * Relates documents about the same event: dated at most a day apart and
 * naming a same organization other than their publishers (the hearing, the
 * agency's move or the report's release that each responds to).  Only
 * STORE_EVENT_SCAN neighbours in time are compared, so a day with many
 * documents costs a bounded amount each.
 */
static void
store_relate_events(struct store *s)
{
	struct store_dayorgs	*v;
	size_t			 n = 0, d, i, j, k;
	int			 x;

	v = xcalloc(s->ndocs + 1, sizeof(*v));
	for (d = 0; d < s->ndocs; d++) {
		const struct xdoc *xd = s->docs[d].x;
		long day = store_day(store_str(xd->published));
		if (day < 0)
			continue;
		v[n].day = day;
		v[n].doc = d;
		for (i = 0; i < xd->norgs; i++) {
			if ((x = store_org_find(s, store_str(xd->orgs[i].name))) < 0)
				continue;
			v[n].orgs = xrealloc(v[n].orgs, (v[n].n + 1) * sizeof(int));
			v[n].orgs[v[n].n++] = x;
		}
		if (v[n].n == 0)
			continue;
		qsort(v[n].orgs, v[n].n, sizeof(int), store_int_cmp);
		n++;
	}
	qsort(v, n, sizeof(*v), store_day_cmp);
	for (i = 0; i < n; i++)
		for (j = i + 1, k = 0; j < n && v[j].day - v[i].day <= 1 &&
		    k < STORE_EVENT_SCAN; j++, k++)
			if (store_share_org(s, &v[i], &v[j])) {
				store_relate(s, v[i].doc, v[j].doc, "same event");
				store_relate(s, v[j].doc, v[i].doc, "same event");
			}
	for (i = 0; i <= s->ndocs; i++)
		free(v[i].orgs);
	free(v);
}

/* Finds documents related by a shared report, speaker or event. */
static void
store_related(struct store *s)
{
	int	*rp = NULL, *sp = NULL;
	size_t	 nr = 0, ns = 0, d, i;
	int	 v;

	for (d = 0; d < s->ndocs; d++) {
		const struct xdoc *x = s->docs[d].x;
		for (i = 0; i < x->nreports; i++) {
			if ((v = store_report_find(s, &x->reports[i])) < 0)
				continue;
			rp = xrealloc(rp, (nr + 1) * 2 * sizeof(*rp));
			rp[2 * nr] = v;
			rp[2 * nr + 1] = (int)d;
			nr++;
		}
		for (i = 0; i < x->nquotes; i++) {
			const struct xquote *o = &x->quotes[i];
			char *k;
			if (strcmp(store_str(o->speaker_type) ?
			    o->speaker_type : "person", "person") != 0 ||
			    store_str(o->speaker) == NULL)
				continue;
			k = store_norm(o->speaker);
			if (strmap_get(&s->person_keys, k, &v)) {
				sp = xrealloc(sp, (ns + 1) * 2 * sizeof(*sp));
				sp[2 * ns] = v;
				sp[2 * ns + 1] = (int)d;
				ns++;
			}
			free(k);
		}
	}
	if (nr)
		qsort(rp, nr, 2 * sizeof(*rp), store_pair_cmp);
	if (ns)
		qsort(sp, ns, 2 * sizeof(*sp), store_pair_cmp);
	store_relate_groups(s, rp, nr, "same report cited");
	store_relate_groups(s, sp, ns, "same speaker");
	free(rp);
	free(sp);
	store_relate_events(s);
}

/* Counts per entity, from all documents. */
static void
store_count(struct store *s)
{
	int	*seen_org = xcalloc(s->norgs + 1, sizeof(int));
	int	*seen_person = xcalloc(s->npeople + 1, sizeof(int));
	size_t	 d, i;
	int	 v;

	for (d = 0; d < s->ndocs; d++) {
		const struct xdoc *x = s->docs[d].x;
		for (i = 0; i < x->norgs; i++) {
			const struct xorg *o = &x->orgs[i];
			if ((v = store_org_lookup(s, store_str(o->name))) < 0)
				continue;
			s->orgs[v].n_mentions += (int)(o->mentions > 0 ? o->mentions : 1);
			if (seen_org[v] != (int)d + 1) {
				seen_org[v] = (int)d + 1;
				s->orgs[v].n_documents++;
			}
		}
		for (i = 0; i < x->nquotes; i++) {
			const struct xquote *o = &x->quotes[i];
			const char *type = store_str(o->speaker_type);
			int org = store_org_lookup(s, store_str(o->organization));
			if (type && strcmp(type, "organization") == 0)
				org = store_org_lookup(s, store_str(o->speaker));
			else {
				char *k = store_norm(store_str(o->speaker) ?
				    o->speaker : "");
				if (strmap_get(&s->person_keys, k, &v))
					s->people[v].n_quotes++;
				free(k);
			}
			if (org >= 0)
				s->orgs[org].n_quotes++;
		}
		for (i = 0; i < x->npeople; i++) {
			const char *name = store_str(x->people[i].name);
			char *k = store_norm(name ? name : "");
			if (strmap_get(&s->person_keys, k, &v) &&
			    seen_person[v] != (int)d + 1) {
				seen_person[v] = (int)d + 1;
				s->people[v].n_documents++;
			}
			free(k);
		}
	}
	for (i = 0; i < s->npeople; i++)
		if (s->people[i].org >= 0)
			s->orgs[s->people[i].org].n_people++;
	free(seen_org);
	free(seen_person);
}

/* Appends s as a JSON string, or null. */
static void
store_put_str(struct buf *b, const char *s)
{
	if (s == NULL)
		buf_puts(b, "null");
	else
		json_write_string(b, s, strlen(s));
}

/* Appends ,"key": to b. */
static void
store_put_key(struct buf *b, const char *key)
{
	buf_puts(b, ",\"");
	buf_puts(b, key);
	buf_puts(b, "\":");
}

/* Returns the cached JSON text {"id","url","name"} of a reference. */
static const char *
store_ref_text(char **cache, const char *prefix, const char *id,
    const char *name)
{
	struct buf	b;
	char		*url;

	if (*cache == NULL) {
		url = xasprintf("%s%s", prefix, id);
		buf_init(&b);
		buf_puts(&b, "{\"id\":");
		store_put_str(&b, id);
		store_put_key(&b, "url");
		store_put_str(&b, url);
		store_put_key(&b, "name");
		store_put_str(&b, name);
		buf_putc(&b, '}');
		free(url);
		*cache = buf_steal(&b);
	}
	return *cache;
}

/* Returns a new JSON text of an edge end's typed reference {"id","url","name","type"}. */
static char *
store_tref_text(struct store *s, const char *type, int i)
{
	struct buf	 b;
	const char	*ref;
	char		*doc = NULL;

	if (strcmp(type, "organization") == 0)
		ref = store_ref_text(&s->orgs[i].ref, "/v1/organizations/",
		    s->orgs[i].id, s->orgs[i].name);
	else if (strcmp(type, "person") == 0)
		ref = store_ref_text(&s->people[i].ref, "/v1/people/",
		    s->people[i].id, s->people[i].name);
	else if (strcmp(type, "report") == 0)
		ref = store_ref_text(&s->reports[i].ref, "/v1/reports/",
		    s->reports[i].id, s->reports[i].title);
	else
		ref = store_ref_text(&doc, "/v1/documents/", s->docs[i].id,
		    s->docs[i].x->title);
	buf_init(&b);
	buf_add(&b, ref, strlen(ref) - 1);
	store_put_key(&b, "type");
	store_put_str(&b, type);
	buf_putc(&b, '}');
	free(doc);
	return buf_steal(&b);
}

/* Appends the reference of organization i, or null. */
static void
store_put_org(struct buf *b, struct store *s, int i)
{
	if (i < 0)
		buf_puts(b, "null");
	else
		buf_puts(b, store_ref_text(&s->orgs[i].ref, "/v1/organizations/",
		    s->orgs[i].id, s->orgs[i].name));
}

/* Appends the reference of person i, or null. */
static void
store_put_person(struct buf *b, struct store *s, int i)
{
	if (i < 0)
		buf_puts(b, "null");
	else
		buf_puts(b, store_ref_text(&s->people[i].ref, "/v1/people/",
		    s->people[i].id, s->people[i].name));
}

/* Appends the reference of report i. */
static void
store_put_report(struct buf *b, struct store *s, int i)
{
	buf_puts(b, store_ref_text(&s->reports[i].ref, "/v1/reports/",
	    s->reports[i].id, s->reports[i].title));
}

/* Appends ,"key": and an integer. */
static void
store_put_int(struct buf *b, const char *key, long long v)
{
	store_put_key(b, key);
	buf_printf(b, "%lld", v);
}

/* Appends org i's reference to a JSON list's items (no brackets). */
static void
store_org_list_add(struct store *s, struct buf *list, int i)
{
	struct org	*g = &s->orgs[i];

	if (list->len > 0)
		buf_putc(list, ',');
	buf_puts(list, store_ref_text(&g->ref, "/v1/organizations/", g->id,
	    g->name));
}

/*
 * Gives the lists of members and memberships (*n of each) one per
 * organization, for those a lookup has just made too.
 */
static void
store_org_lists_grow(struct store *s, struct buf **members,
    struct buf **member_of, size_t *n)
{
	if (*n >= s->norgs && *members != NULL)
		return;
	*members = xrealloc(*members, (s->norgs + 1) * sizeof(**members));
	*member_of = xrealloc(*member_of, (s->norgs + 1) * sizeof(**member_of));
	for (; *n < s->norgs; (*n)++) {
		buf_init(&(*members)[*n]);
		buf_init(&(*member_of)[*n]);
	}
}

/* Appends ,"key":[items] to b. */
static void
store_put_list(struct buf *b, const char *key, const struct buf *items)
{
	store_put_key(b, key);
	buf_putc(b, '[');
	buf_add(b, items->data, items->len);
	buf_putc(b, ']');
}

/*
 * Writes the organizations, memberships and their JSON.  A coalition's
 * members, and an organization's coalitions, are gathered as JSON text
 * from each organization's cached reference; built as objects, the
 * 160,000 memberships of a 100,000-release load made and freed 320,000.
 */
static int
store_write_orgs(struct store *s, char **err)
{
	struct strmap	 pairs;
	struct evidence	 ev;
	struct buf	*members, *member_of;	/* items of JSON lists */
	struct buf	 list, item;
	char		*key;
	size_t		 d, i, k, nlists;
	int		 rc = -1, ci, mi;

	members = member_of = NULL;
	nlists = 0;
	store_org_lists_grow(s, &members, &member_of, &nlists);
	strmap_init(&pairs);
	for (d = 0; d < s->ndocs; d++) {
		for (i = 0; i < s->docs[d].x->ncoalitions; i++) {
			const struct xcoalition *o = &s->docs[d].x->coalitions[i];
			if ((ci = store_org_lookup(s, store_str(o->name))) < 0)
				continue;
			for (k = 0; k < o->nmembers; k++) {
				mi = store_org_lookup(s, o->members[k]);
				if (mi < 0 || mi == ci)
					continue;
				store_org_lists_grow(s, &members, &member_of, &nlists);
				key = xasprintf("%d:%d", ci, mi);
				if (!strmap_get(&pairs, key, NULL)) {
					strmap_put(&pairs, key, 1);
					store_org_list_add(s, &members[ci], mi);
					store_org_list_add(s, &member_of[mi], ci);
					s->orgs[ci].n_members++;
					s->orgs[mi].n_memberships++;
					if (store_put(s, STORE_ST_MEMBERSHIP, "INSERT INTO "
					    "memberships (coalition_id, member_id) VALUES "
					    "(?, ?)", "storing", err, "ii", s->orgs[ci].rowid,
					    s->orgs[mi].rowid) == -1) {
						free(key);
						goto out;
					}
					if (store_xref(s, "member_of", "organization", mi,
					    "organization", ci, store_evx(&ev, d,
					    &o->evidence), err) == -1) {
						free(key);
						goto out;
					}
				}
				free(key);
			}
		}
	}
	store_org_lists_grow(s, &members, &member_of, &nlists);
	for (i = 0; i < s->norgs; i++) {
		struct org *g = &s->orgs[i];
		struct buf search;
		json_t *al;
		if (g->n_members > 0)
			g->is_coalition = 1;
		const char *ref = store_ref_text(&g->ref, "/v1/organizations/",
		    g->id, g->name);
		buf_init(&list);
		buf_add(&list, ref, strlen(ref) - 1);
		store_put_key(&list, "acronym");
		store_put_str(&list, g->acronym);
		store_put_key(&list, "aliases");
		json_write(&list, g->aliases);
		store_put_key(&list, "kind");
		store_put_str(&list, g->kind);
		store_put_key(&list, "description");
		store_put_str(&list, g->description);
		buf_printf(&list, ",\"counts\":{\"documents\":%d,\"mentions\":%d,"
		    "\"quotes\":%d,\"people\":%d,\"members\":%d,\"memberships\":%d}}",
		    g->n_documents, g->n_mentions, g->n_quotes, g->n_people,
		    g->n_members, g->n_memberships);
		buf_init(&item);
		buf_add(&item, list.data, list.len - 1);
		store_put_list(&item, "members", &members[i]);
		store_put_list(&item, "member_of", &member_of[i]);
		buf_putc(&item, '}');
		buf_init(&search);
		buf_puts(&search, g->name);
		if (g->acronym)
			buf_printf(&search, " %s", g->acronym);
		json_array_foreach(g->aliases, k, al)
			buf_printf(&search, " %s", json_string_value(al));
		rc = store_put(s, STORE_ST_ORG, "INSERT INTO organizations (rowid, id, "
		    "name, acronym, kind, is_coalition, n_documents, n_mentions, "
		    "n_quotes, n_members, search, json, item) VALUES "
		    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "storing", err,
		    "issssiiiiisss",
		    g->rowid, g->id, g->name, g->acronym, g->kind, g->is_coalition,
		    g->n_documents, g->n_mentions, g->n_quotes, g->n_members,
		    search.data, list.data, item.data);
		buf_free(&search);
		buf_free(&list);
		buf_free(&item);
		if (rc == -1)
			goto out;
	}
	rc = 0;
out:
	for (i = 0; i < nlists; i++) {
		buf_free(&members[i]);
		buf_free(&member_of[i]);
	}
	free(members);
	free(member_of);
	strmap_free(&pairs);
	return rc;
}

/* Writes people with their roles and documents. */
static int
store_write_people(struct store *s, json_t **person_docs, char **err)
{
	struct buf	 roles, list, item;
	size_t		 i, r;
	int		 rc = 0;

	buf_init(&roles);
	buf_init(&list);
	buf_init(&item);
	for (i = 0; rc == 0 && i < s->npeople; i++) {
		struct person *p = &s->people[i];
		const char *ref = store_ref_text(&p->ref, "/v1/people/", p->id,
		    p->name);
		buf_reset(&roles);
		buf_putc(&roles, '[');
		for (r = 0; r < sizeof(xrole_names) / sizeof(xrole_names[0]); r++)
			if (p->roles & (1 << r)) {
				if (roles.len > 1)
					buf_putc(&roles, ',');
				store_put_str(&roles, xrole_names[r]);
			}
		buf_putc(&roles, ']');
		buf_reset(&list);
		buf_add(&list, ref, strlen(ref) - 1);
		store_put_key(&list, "title");
		store_put_str(&list, p->title);
		store_put_key(&list, "organization");
		store_put_org(&list, s, p->org);
		store_put_key(&list, "roles");
		buf_puts(&list, roles.data);
		buf_printf(&list, ",\"counts\":{\"quotes\":%d,\"documents\":%d}}",
		    p->n_quotes, p->n_documents);
		buf_reset(&item);
		buf_add(&item, list.data, list.len - 1);
		store_put_key(&item, "documents");
		json_write(&item, person_docs[i]);
		buf_putc(&item, '}');
		rc = store_put(s, STORE_ST_PERSON, "INSERT INTO people (rowid, id, name, "
		    "title, organization_id, roles, n_quotes, n_documents, search, json, "
		    "item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "storing", err,
		    "isssnsiisss",
		    p->rowid, p->id, p->name, p->title,
		    p->org >= 0 ? s->orgs[p->org].rowid : -1, roles.data, p->n_quotes,
		    p->n_documents, p->name, list.data, item.data);
		for (r = 0; rc == 0 && r < sizeof(xrole_names) /
		    sizeof(xrole_names[0]); r++)
			if (p->roles & (1 << r))
				rc = store_put(s, STORE_ST_ROLE, "INSERT INTO person_roles "
				    "(person_id, role) VALUES (?, ?)", "storing", err, "is",
				    p->rowid, xrole_names[r]);
	}
	buf_free(&roles);
	buf_free(&list);
	buf_free(&item);
	return rc;
}

/* Appends a quote in its API form to b. */
static void
store_put_quote(struct buf *b, struct store *s, size_t d, const struct xquote *q,
    const char *id, int person, int org, int speaker_org)
{
	const char	*ref = NULL, *name = NULL;
	char		*line, *url;

	if (speaker_org >= 0) {
		ref = store_ref_text(&s->orgs[speaker_org].ref, "/v1/organizations/",
		    s->orgs[speaker_org].id, s->orgs[speaker_org].name);
		name = s->orgs[speaker_org].name;
	} else if (person >= 0) {
		ref = store_ref_text(&s->people[person].ref, "/v1/people/",
		    s->people[person].id, s->people[person].name);
		name = s->people[person].name;
	}
	buf_puts(b, "{\"id\":");
	store_put_str(b, id);
	url = xasprintf("/v1/quotes/%s", id);
	store_put_key(b, "url");
	store_put_str(b, url);
	free(url);
	store_put_key(b, "text");
	store_put_str(b, store_str(q->text));
	store_put_key(b, "speaker");
	if (ref != NULL) {
		buf_add(b, ref, strlen(ref) - 1);
		buf_puts(b, speaker_org >= 0 ? ",\"type\":\"organization\"}" :
		    ",\"type\":\"person\"}");
	} else
		buf_puts(b, "null");
	store_put_key(b, "speaker_title");
	store_put_str(b, store_str(q->speaker_title));
	store_put_key(b, "organization");
	store_put_org(b, s, org);
	store_put_key(b, "document");
	buf_puts(b, store_dref(s, d));
	store_put_key(b, "attribution");
	store_put_str(b, store_str(q->attribution));
	line = store_attribution_line(store_str(q->attribution), name ? name : "",
	    store_str(q->speaker_title), org >= 0 ? s->orgs[org].name : NULL,
	    speaker_org >= 0, store_str(s->docs[d].x->published));
	store_put_key(b, "attribution_line");
	store_put_str(b, line);
	free(line);
	store_put_key(b, "position");
	buf_printf(b, "{\"start\":%lld,\"end\":%lld}}", q->start, q->end);
}

/* Writes one document with its quotes, links, citations and edges. */
static int
store_write_doc(struct store *s, size_t d, json_t **person_docs,
    json_t **report_cites, char **err)
{
	struct evidence	 ev;
	const struct xdoc *x;
	struct buf	 list, item, q, rel;
	json_t		*c;
	char		*text, *key, *qid, *slug, *words;
	int		*orgs, *people, *reports;
	long long	*mentions;
	size_t		 i, k, norgs = 0, npeople = 0, nreports = 0;
	int		 v, rc = -1, nq = 0;
	const char	*name;

	x = s->docs[d].x;
	buf_init(&list);
	buf_init(&item);
	buf_init(&q);
	buf_init(&rel);
	orgs = xcalloc(x->norgs + 1, sizeof(*orgs));
	mentions = xcalloc(x->norgs + 1, sizeof(*mentions));
	people = xcalloc(x->npeople + 1, sizeof(*people));
	reports = xcalloc(x->nreports + 1, sizeof(*reports));

	/* Organizations mentioned, merged per cluster. */
	for (i = 0; i < x->norgs; i++) {
		const struct xorg *g = &x->orgs[i];
		if ((v = store_org_lookup(s, store_str(g->name))) < 0)
			continue;
		for (k = 0; k < norgs && orgs[k] != v; k++)
			;
		mentions[k] += g->mentions > 0 ? g->mentions : 1;
		if (k < norgs)
			continue;
		orgs[norgs++] = v;
		if (store_xref(s, "mentions", "document", (int)d, "organization", v,
		    store_evx(&ev, d, &g->evidence), err) == -1)
			goto out;
	}
	/* People named. */
	for (i = 0; i < x->npeople; i++) {
		const struct xperson *p = &x->people[i];
		char *nk = store_norm(store_str(p->name) ? p->name : "");
		int found = strmap_get(&s->person_keys, nk, &v);
		free(nk);
		if (!found)
			continue;
		for (k = 0; k < npeople && people[k] != v; k++)
			;
		if (k < npeople)
			continue;
		people[npeople++] = v;
		json_array_append_new(person_docs[v], store_doc_ref(s, d));
		if (store_put(s, STORE_ST_DOC_PERSON, "INSERT OR IGNORE INTO "
		    "document_people (document_id, person_id) VALUES (?, ?)",
		    "storing", err, "ii", s->docs[d].rowid,
		    s->people[v].rowid) == -1 ||
		    store_xref(s, "mentions", "document", (int)d, "person", v,
		    store_evx(&ev, d, &p->evidence), err) == -1)
			goto out;
		if (s->people[v].org >= 0 && store_xref(s, "affiliated_with",
		    "person", v, "organization", s->people[v].org,
		    store_evx(&ev, d, &p->evidence), err) == -1)
			goto out;
	}
	/* Reports cited. */
	for (i = 0; i < x->nreports; i++) {
		const struct xreport *r = &x->reports[i];
		if ((v = store_report_find(s, r)) < 0)
			continue;
		for (k = 0; k < nreports && reports[k] != v; k++)
			;
		if (k < nreports)
			continue;
		reports[nreports++] = v;
		s->reports[v].n_citations++;
		c = json_pack("{s:o, s:s}", "document", store_doc_ref(s, d),
		    "context", store_str(r->context) ? r->context : "");
		json_array_append(report_cites[v], c);
		text = store_dump(c);
		json_decref(c);
		rc = store_put(s, STORE_ST_CITATION, "INSERT INTO citations "
		    "(report_id, document_id, json) VALUES (?, ?, ?)", "storing",
		    err, "iis",
		    s->reports[v].rowid, s->docs[d].rowid, text);
		free(text);
		if (rc == -1 || store_xref(s, "cites", "document", (int)d,
		    "report", v, store_ev(&ev, d, r->context, r->start, r->end),
		    err) == -1) {
			rc = -1;
			goto out;
		}
		rc = -1;
	}
	/* Quotes. */
	for (i = 0; i < x->nquotes; i++) {
		const struct xquote *xq = &x->quotes[i];
		const char *type = store_str(xq->speaker_type);
		int person = -1, org, speaker_org = -1;
		if (store_str(xq->text) == NULL || (name = store_str(xq->speaker)) == NULL)
			continue;
		org = store_org_lookup(s, store_str(xq->organization));
		if (type && strcmp(type, "organization") == 0) {
			speaker_org = store_org_lookup(s, name);
			if (org < 0)
				org = speaker_org;
		} else {
			char *nk = store_norm(name);
			if (!strmap_get(&s->person_keys, nk, &person))
				person = store_person(s, name, NULL, NULL, XROLE_SPOKESPERSON);
			free(nk);
		}
		slug = slugify(name, 40);
		words = store_quote_words(xq->text);
		key = xasprintf("%s-%s", slug, words);
		qid = store_unique_id(s, "quote", key);
		free(slug);
		free(words);
		free(key);
		buf_reset(&q);
		store_put_quote(&q, s, d, xq, qid, person, org, speaker_org);
		nq++;
		rc = store_put(s, STORE_ST_QUOTE, "INSERT INTO quotes (id, "
		    "document_id, seq, text, speaker_type, person_id, "
		    "organization_id, published, json) VALUES (?, ?, ?, ?, ?, ?, "
		    "?, ?, ?)", "storing", err, "siissnnss", qid,
		    s->docs[d].rowid, nq, xq->text,
		    speaker_org >= 0 ? "organization" : "person",
		    person >= 0 ? s->people[person].rowid : -1,
		    speaker_org >= 0 ? s->orgs[speaker_org].rowid :
		    (org >= 0 ? s->orgs[org].rowid : -1),
		    store_str(x->published), q.data);
		if (rc == -1 || store_xref(s, "quotes", "document", (int)d,
		    speaker_org >= 0 ? "organization" : "person",
		    speaker_org >= 0 ? speaker_org : person,
		    store_ev(&ev, d, xq->text, xq->start, xq->end), err) == -1) {
			free(qid);
			rc = -1;
			goto out;
		}
		rc = -1;
		free(qid);
	}
	/* The document itself, in its list form. */
	buf_puts(&list, "{\"id\":");
	store_put_str(&list, s->docs[d].id);
	text = xasprintf("/v1/documents/%s", s->docs[d].id);
	store_put_key(&list, "url");
	store_put_str(&list, text);
	free(text);
	store_put_key(&list, "title");
	store_put_str(&list, store_str(x->title));
	store_put_key(&list, "subtitle");
	store_put_str(&list, store_str(x->subtitle));
	store_put_key(&list, "kind");
	store_put_str(&list, store_kind(store_str(x->kind)));
	store_put_key(&list, "published");
	store_put_str(&list, store_str(x->published));
	store_put_key(&list, "publisher");
	store_put_org(&list, s, s->docs[d].publisher);
	store_put_key(&list, "author");
	store_put_person(&list, s, s->docs[d].author);
	store_put_key(&list, "dateline");
	store_put_str(&list, store_str(x->dateline));
	store_put_key(&list, "contact");
	if (x->has_contact) {
		buf_puts(&list, "{\"name\":");
		store_put_str(&list, store_str(x->contact_name));
		store_put_key(&list, "phone");
		store_put_str(&list, store_str(x->contact_phone));
		store_put_key(&list, "email");
		store_put_str(&list, store_str(x->contact_email));
		buf_putc(&list, '}');
	} else
		buf_puts(&list, "null");
	store_put_key(&list, "category");
	store_put_str(&list, store_str(x->category));
	store_put_key(&list, "summary");
	store_put_str(&list, store_str(x->summary));
	store_put_int(&list, "word_count", x->word_count);
	store_put_key(&list, "source");
	buf_puts(&list, "{\"file\":");
	store_put_str(&list, s->docs[d].file);
	store_put_key(&list, "sha256");
	store_put_str(&list, s->docs[d].sha256);
	store_put_int(&list, "start", x->start);
	store_put_int(&list, "end", x->end);
	buf_putc(&list, '}');
	buf_printf(&list, ",\"counts\":{\"quotes\":%d,\"organizations\":%zu,"
	    "\"people\":%zu,\"reports\":%zu}}", nq, norgs, npeople, nreports);
	/*
	 * The item keeps only the lists stored nowhere else; the view
	 * document_items adds the body, the quotes and the related documents.
	 */
	buf_puts(&item, "{\"organizations\":[");
	for (k = 0; k < norgs; k++) {
		const char *ref = store_ref_text(&s->orgs[orgs[k]].ref,
		    "/v1/organizations/", s->orgs[orgs[k]].id, s->orgs[orgs[k]].name);
		if (k > 0)
			buf_putc(&item, ',');
		buf_add(&item, ref, strlen(ref) - 1);
		buf_printf(&item, ",\"mentions\":%lld}", mentions[k]);
	}
	buf_puts(&item, "],\"people\":[");
	for (k = 0; k < npeople; k++) {
		if (k > 0)
			buf_putc(&item, ',');
		store_put_person(&item, s, people[k]);
	}
	buf_puts(&item, "],\"reports\":[");
	for (k = 0; k < nreports; k++) {
		if (k > 0)
			buf_putc(&item, ',');
		store_put_report(&item, s, reports[k]);
	}
	buf_puts(&item, "]}");
	buf_putc(&rel, '[');
	for (i = 0; i < (size_t)s->docs[d].nrelated; i++) {
		buf_printf(&rel, "%s[%d,", i > 0 ? "," : "",
		    s->docs[(size_t)s->docs[d].related[i]].rowid);
		store_put_str(&rel, s->docs[d].why[i]);
		buf_putc(&rel, ']');
	}
	buf_putc(&rel, ']');
	rc = store_put(s, STORE_ST_DOC, "INSERT INTO documents (rowid, id, "
	    "source_id, title, kind, category, published, publisher_id, "
	    "author_id, body, word_count, json, item, related) VALUES (?, ?, ?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "storing", err, "isissssnnsisss",
	    s->docs[d].rowid, s->docs[d].id,
	    s->docs[d].source_rowid, store_str(x->title),
	    store_kind(store_str(x->kind)),
	    store_str(x->category), store_str(x->published),
	    s->docs[d].publisher >= 0 ? s->orgs[s->docs[d].publisher].rowid : -1,
	    s->docs[d].author >= 0 ? s->people[s->docs[d].author].rowid : -1,
	    store_str(x->body) ? x->body : "",
	    (int)x->word_count, list.data, item.data, rel.data);
	if (rc == -1)
		goto out;
	rc = -1;
	for (k = 0; k < norgs; k++)
		if (store_put(s, STORE_ST_DOC_ORG, "INSERT OR IGNORE INTO "
		    "document_organizations (document_id, organization_id, mentions) "
		    "VALUES (?, ?, ?)", "storing", err, "iii", s->docs[d].rowid,
		    s->orgs[orgs[k]].rowid, (int)mentions[k]) == -1)
			goto out;
	if (s->docs[d].publisher >= 0 && store_xref(s, "published", "organization",
	    s->docs[d].publisher, "document", (int)d, NULL, err) == -1)
		goto out;
	if (s->docs[d].author >= 0 && store_xref(s, "authored", "person",
	    s->docs[d].author, "document", (int)d, NULL, err) == -1)
		goto out;
	rc = 0;
out:
	buf_free(&list);
	buf_free(&item);
	buf_free(&q);
	buf_free(&rel);
	free(orgs);
	free(mentions);
	free(people);
	free(reports);
	return rc;
}

/* Writes reports with their citations, and who issued them. */
static int
store_write_reports(struct store *s, json_t **report_cites, char **err)
{
	json_t		*list, *item, *a;
	char		*json, *itemtext;
	struct buf	 search;
	size_t		 i, k;
	int		 rc = 0;

	for (i = 0; rc == 0 && i < s->nreports; i++) {
		struct report *r = &s->reports[i];
		list = json_pack("{s:s, s:s+, s:s, s:O, s:o, s:o, s:{s:i}}",
		    "id", r->id, "url", "/v1/reports/", r->id, "title", r->title,
		    "aliases", r->aliases, "publisher", store_org_ref(s, r->publisher),
		    "published", store_jstr(r->published),
		    "counts", "citations", r->n_citations);
		item = json_deep_copy(list);
		json_object_set(item, "citations", report_cites[i]);
		json = store_dump(list);
		itemtext = store_dump(item);
		buf_init(&search);
		buf_puts(&search, r->title);
		json_array_foreach(r->aliases, k, a)
			buf_printf(&search, " %s", json_string_value(a));
		rc = store_put(s, STORE_ST_REPORT, "INSERT INTO reports (rowid, id, "
		    "title, publisher_id, published, n_citations, search, json, "
		    "item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "storing", err,
		    "issnsisss", r->rowid, r->id,
		    r->title, r->publisher >= 0 ? s->orgs[r->publisher].rowid : -1,
		    r->published, r->n_citations, search.data, json, itemtext);
		if (rc == 0 && r->publisher >= 0)
			rc = store_xref(s, "issued", "organization", r->publisher,
			    "report", (int)i, NULL, err);
		buf_free(&search);
		free(json);
		free(itemtext);
		json_decref(list);
		json_decref(item);
	}
	return rc;
}

/* The page cache of a load (see store_load). */
#define STORE_LOAD_CACHE	"PRAGMA cache_size = -16384"

/* Derived tables, emptied before a rebuild (children first). */
static const char *const store_derived[] = {
	"cross_reference_edges", "refs", "memberships", "citations", "quotes",
	"document_people", "document_organizations", "documents",
	"person_roles", "people", "reports", "organizations",
};

/*
 * Tables whose secondary indexes a rebuild drops and recreates from the
 * sorted rows, rather than updating each at every insert: the edge tables,
 * and since document items no longer carry bodies and quotes, the entity
 * tables too (a 10,000-release load spends a tenth less in the store).
 * The unique indexes of ids go too (migrations/006_unique_id_indexes.sql):
 * ids arrive in no order, and building the index at the end checks them
 * all the same.  Constraints SQLite makes itself (sources' paths) stay.
 */
static const char *const store_reindexed[] = {
	"cross_reference_edges", "memberships", "citations", "quotes",
	"document_people", "document_organizations", "person_roles",
	"organizations", "documents", "people", "reports",
};

/*
 * Drops the indexes of the tables above, keeping their definitions in
 * *defs (NULL-terminated) to rebuild them once the rows are in: building an
 * index from sorted rows is several times cheaper than inserting into it
 * row by row.
 */
static int
store_indexes_drop(sqlite3 *db, char ***defs, char **err)
{
	sqlite3_stmt	*st = NULL;
	struct buf	 drop;
	char		**v = NULL, *q;
	size_t		 n = 0, i, j;
	int		 rc = -1;

	buf_init(&drop);
	if (sqlite3_prepare_v2(db, "SELECT name, tbl_name, sql FROM sqlite_master "
	    "WHERE type = 'index' AND sql IS NOT NULL", -1, &st, NULL) != SQLITE_OK)
		goto fail;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *tbl = (const char *)sqlite3_column_text(st, 1);

		for (j = 0; j < sizeof(store_reindexed) / sizeof(store_reindexed[0]); j++)
			if (strcmp(tbl, store_reindexed[j]) == 0)
				break;
		if (j == sizeof(store_reindexed) / sizeof(store_reindexed[0]))
			continue;
		v = xrealloc(v, (n + 2) * sizeof(*v));
		v[n++] = xstrdup((const char *)sqlite3_column_text(st, 2));
		v[n] = NULL;
		q = sqlite3_mprintf("DROP INDEX \"%w\";",
		    (const char *)sqlite3_column_text(st, 0));
		buf_puts(&drop, q);
		sqlite3_free(q);
	}
	if (sqlite3_finalize(st) != SQLITE_OK) {
		st = NULL;
		goto fail;
	}
	st = NULL;
	if (drop.len > 0 && db_exec(db, drop.data, err) == -1)
		goto out;
	*defs = v;
	v = NULL;
	rc = 0;
	goto out;
fail:
	*err = xasprintf("listing indexes: %s", sqlite3_errmsg(db));
out:
	sqlite3_finalize(st);
	for (i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
	buf_free(&drop);
	return rc;
}

/* Frees index definitions saved by store_indexes_drop(). */
static void
store_indexes_free(char **defs)
{
	size_t	i;

	for (i = 0; defs && defs[i]; i++)
		free(defs[i]);
	free(defs);
}

/*
 * Recreates the indexes store_indexes_drop() dropped and frees defs.
 * SQLite sorts an index's rows in runs as large as the page cache, each
 * sorted by a helper thread while the table is read on: with a 4 MiB cache
 * instead of the load's 16 MiB, the sorting overlaps the reading better,
 * and the largest indexes of a 100,000-release load were built in 0.8 s
 * where they took 1.0-1.35 s.  The load's cache is set back after.
 */
static int
store_indexes_create(sqlite3 *db, char **defs, char **err)
{
	size_t	i;
	int	rc = 0;

	if (defs == NULL || defs[0] == NULL) {
		store_indexes_free(defs);
		return 0;
	}
	rc = db_exec(db, "PRAGMA cache_size = -4096", err);
	for (i = 0; defs[i] && rc == 0; i++)
		rc = db_exec(db, defs[i], err);
	if (rc == 0)
		rc = db_exec(db, STORE_LOAD_CACHE, err);
	store_indexes_free(defs);
	return rc;
}

/* Runs sql, a query of one integer; returns it, or -1 with *err set. */
static long long
store_query_int(sqlite3 *db, const char *sql, char **err)
{
	sqlite3_stmt	*st = NULL;
	long long	 v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		*err = xasprintf("checking references: %s", sqlite3_errmsg(db));
	else
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/*
 * Returns n if the rows of table are numbered 1 to n without a gap (the
 * store numbers every entity it writes so), 0 if not, -1 on error.
 */
static long long
store_dense(sqlite3 *db, const char *table, char **err)
{
	char		*sql;
	long long	 v;

	sql = sqlite3_mprintf("SELECT CASE WHEN count(*) = coalesce(max(rowid), 0) "
	    "THEN count(*) ELSE 0 END FROM \"%w\"", table);
	v = store_query_int(db, sql, err);
	sqlite3_free(sql);
	return v;
}

/*
 * Checks every foreign key of the database, for loads that ran with
 * enforcement off; names the first violation.  A key whose parent table
 * is numbered 1 to n (see store_dense) is checked by its range, in one
 * scan of the child table; the others by SQLite's own check, table by
 * table.  On a large load that is a tenth of the time of the full check,
 * which looks up the parent of every edge's four keys one by one.
 */
int
store_fk_check(sqlite3 *db, char **err)
{
	sqlite3_stmt	*tables = NULL, *keys = NULL, *st = NULL;
	struct strmap	 dense;		/* parent table → store_dense() */
	struct buf	 where;
	char		*sql;
	long long	 n;
	int		 rc = -1, pragma, v;

	buf_init(&where);
	strmap_init(&dense);
	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = "
	    "'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &tables,
	    NULL) != SQLITE_OK)
		goto sqlfail;
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(tables, 0);

		buf_reset(&where);
		pragma = 0;
		sql = sqlite3_mprintf("SELECT \"table\", \"from\" FROM "
		    "pragma_foreign_key_list(%Q)", table);
		rc = sqlite3_prepare_v2(db, sql, -1, &keys, NULL);
		sqlite3_free(sql);
		if (rc != SQLITE_OK)
			goto sqlfail;
		while (sqlite3_step(keys) == SQLITE_ROW) {
			const char *parent = (const char *)sqlite3_column_text(keys, 0);
			const char *col = (const char *)sqlite3_column_text(keys, 1);

			if (strmap_get(&dense, parent, &v))
				n = v;
			else if ((n = store_dense(db, parent, err)) == -1) {
				rc = -1;
				goto out;
			} else
				strmap_put(&dense, parent, n > INT32_MAX ? 0 : (int)n);
			if (n == 0) {
				pragma = 1;
				continue;
			}
			sql = sqlite3_mprintf("%s(\"%w\" IS NOT NULL AND \"%w\" NOT "
			    "BETWEEN 1 AND %lld)", where.len ? " OR " : "", col, col, n);
			buf_puts(&where, sql);
			sqlite3_free(sql);
		}
		sqlite3_finalize(keys);
		keys = NULL;
		if (where.len > 0) {
			sql = sqlite3_mprintf("SELECT count(*) FROM (SELECT 1 FROM "
			    "\"%w\" WHERE %s LIMIT 1)", table, where.data);
			n = store_query_int(db, sql, err);
			sqlite3_free(sql);
			if (n != 0) {
				if (n > 0)
					*err = xasprintf("internal error: a row of %s "
					    "refers to a missing row", table);
				rc = -1;
				goto out;
			}
		}
		if (!pragma)
			continue;
		sql = sqlite3_mprintf("PRAGMA foreign_key_check(%Q)", table);
		rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
		sqlite3_free(sql);
		if (rc != SQLITE_OK)
			goto sqlfail;
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*err = xasprintf("internal error: a row of %s refers to a "
			    "missing row of %s", (const char *)sqlite3_column_text(st, 0),
			    (const char *)sqlite3_column_text(st, 2));
			rc = -1;
			goto out;
		}
		if (rc != SQLITE_DONE)
			goto sqlfail;
		sqlite3_finalize(st);
		st = NULL;
	}
	rc = 0;
	goto out;
sqlfail:
	*err = xasprintf("checking references: %s", sqlite3_errmsg(db));
	rc = -1;
out:
	sqlite3_finalize(tables);
	sqlite3_finalize(keys);
	sqlite3_finalize(st);
	buf_free(&where);
	strmap_free(&dense);
	return rc;
}

/*
 * Rebuilds every derived table from the sources, inside the caller's
 * transaction.  Also records the data version: a hash of the sources'
 * content, so replicas loaded with the same files agree on it (and on ETags).
 */
static int
store_rebuild_fresh(sqlite3 *db, const struct store_fresh *fresh, char **err)
{
	struct store	 s;
	json_t		**person_docs = NULL, **report_cites = NULL;
	struct buf	 all;
	char		 version[65], *sql, **indexes = NULL;
	size_t		 i;
	int		 rc = -1;

	memset(&s, 0, sizeof(s));
	s.db = db;
	s.span_doc = -1;
	strmap_init(&s.org_keys);
	strmap_init(&s.person_keys);
	strmap_init(&s.report_keys);
	strmap_init(&s.ids);
	/*
	 * Rows point at each other both ways (a document at its publisher, a
	 * quote at its document), so foreign keys are checked at the end:
	 * deferred when the caller enforces them, or in one pass by
	 * store_fk_check() when it turned enforcement off for a bulk load, in
	 * which case the edge tables' indexes are also rebuilt in bulk.
	 */
	if (db_exec(db, "SAVEPOINT rebuild; PRAGMA defer_foreign_keys = ON", err) == -1)
		return -1;
	for (i = 0; i < sizeof(store_derived) / sizeof(store_derived[0]); i++) {
		sql = xasprintf("DELETE FROM %s", store_derived[i]);
		rc = db_exec(db, sql, err);
		free(sql);
		if (rc == -1)
			goto out;
	}
	rc = -1;
	if (!db_fk_enabled(db) && store_indexes_drop(db, &indexes, err) == -1)
		goto out;
	if (store_read_sources(&s, fresh, err) == -1)
		goto out;
	store_orgs_cluster(&s);
	store_resolve(&s);
	store_assign_ids(&s);
	store_count(&s);
	store_related(&s);
	s.ref_next = 1;			/* refs is empty */
	store_pipe_start(&s);
	if (store_write_orgs(&s, err) == -1)
		goto out;
	person_docs = xcalloc(s.npeople + 1, sizeof(*person_docs));
	report_cites = xcalloc(s.nreports + 1, sizeof(*report_cites));
	for (i = 0; i < s.npeople; i++)
		person_docs[i] = json_array();
	for (i = 0; i < s.nreports; i++)
		report_cites[i] = json_array();
	/*
	 * Documents before the people and reports they point at (the keys are
	 * checked at the end): their item forms list the documents, known only
	 * once every document is written.
	 */
	for (i = 0; i < s.ndocs; i++) {
		mem_hugepages();
		if (store_write_doc(&s, i, person_docs, report_cites, err) == -1)
			goto out;
	}
	if (store_write_people(&s, person_docs, err) == -1 ||
	    store_write_reports(&s, report_cites, err) == -1 ||
	    store_pipe_stop(&s, err) == -1)
		goto out;
	rc = store_indexes_create(db, indexes, err);
	indexes = NULL;
	if (rc == -1 || (!db_fk_enabled(db) && store_fk_check(db, err) == -1)) {
		rc = -1;
		goto out;
	}
	rc = -1;
	/*
	 * A full-text index gathers terms in memory and writes them out as a
	 * new segment each time they outgrow "hashsize" (1 MiB unless set),
	 * merging segments as they pile up.  Given 64 MiB, the documents'
	 * index of a 100,000-release load ends in one segment, not nine, and
	 * these two are rebuilt in 3.3-3.5 s where they took 5.3-5.8 s.  The
	 * setting is stored with each index and bears only on writing it.
	 */
	if (db_exec(db, "INSERT INTO documents_fts(documents_fts, rank) "
	    "VALUES('hashsize', 67108864);"
	    "INSERT INTO quotes_fts(quotes_fts, rank) "
	    "VALUES('hashsize', 67108864);", err) == -1)
		goto out;
	if (db_exec(db, "INSERT INTO documents_fts(documents_fts) VALUES('rebuild');"
	    "INSERT INTO quotes_fts(quotes_fts) VALUES('rebuild');"
	    "INSERT INTO organizations_fts(organizations_fts) VALUES('rebuild');"
	    "INSERT INTO people_fts(people_fts) VALUES('rebuild');"
	    "INSERT INTO reports_fts(reports_fts) VALUES('rebuild');", err) == -1)
		goto out;
	buf_init(&all);
	for (i = 0; i < s.nsources; i++)
		buf_printf(&all, "%s\n", s.sources[i].sha256);
	buf_printf(&all, "schema %d\n", db_latest_version());
	sha256_hex(all.data ? all.data : "", all.len, version);
	buf_free(&all);
	version[16] = '\0';
	{
		sqlite3_stmt *st = NULL;
		rc = store_insert(db, &st, "INSERT OR REPLACE INTO meta (key, value) "
		    "VALUES ('data_version', ?)", err, "s", version);
		sqlite3_finalize(st);
		st = NULL;
		if (rc == 0)
			rc = store_insert(db, &st, "INSERT OR REPLACE INTO meta (key, value) "
			    "VALUES ('loaded_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
			    err, "");
		sqlite3_finalize(st);
	}
out:
	if (s.pipe != NULL)	/* failed with rows in the pipe: drop them */
		store_pipe_cancel(&s);
	if (rc == 0 && db_exec(db, "RELEASE rebuild", err) == -1)
		rc = -1;
	if (rc == -1) {
		sqlite3_exec(db, "ROLLBACK TO rebuild", NULL, NULL, NULL);
		sqlite3_exec(db, "RELEASE rebuild", NULL, NULL, NULL);
	}
	store_indexes_free(indexes);
	store_norm_reset();
	for (i = 0; person_docs && i < s.npeople; i++)
		json_decref(person_docs[i]);
	for (i = 0; report_cites && i < s.nreports; i++)
		json_decref(report_cites[i]);
	free(person_docs);
	free(report_cites);
	store_free(&s);
	return rc;
}

/* Rebuilds every derived table from the stored sources (see above). */
int
store_rebuild(sqlite3 *db, char **err)
{
	return store_rebuild_fresh(db, NULL, err);
}

/* Returns a monotonic clock reading in milliseconds. */
static double
store_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/*
 * Reading, checking and extracting the files is most of a load's work, and
 * each file's is its own: reader threads, one per usable CPU, do it ahead of
 * the one thread that stores them.  It takes their results in the order of
 * the list, so the first bad file in it is the one reported and the rows
 * are written as a single thread would write them (the rebuild then builds
 * rows on that thread and has the pipe's write them, still in order).  A
 * file whose path and content hash the database already holds is read and
 * hashed, not extracted.
 */
#define STORE_READ_AHEAD	64	/* files done ahead of the writer, at most */
#define STORE_TAKE_BATCH	16	/* files the writer waits for at once */
#define STORE_READERS_MAX	16

struct store_item {
	struct source	 src;		/* its text freed once extracted */
	struct extraction *x;
	char		*json;		/* the extraction as JSON */
	char		*err;
	int		 known;		/* 0 new, 1 changed, 2 unchanged */
	int		 done;
};

struct store_readers {
	pthread_mutex_t	 lock;
	pthread_cond_t	 done;		/* an item is done */
	pthread_cond_t	 room;		/* the writer took one */
	char *const	*list;
	size_t		 nlist, next, taken;
	size_t		 want;		/* the item the writer waits for, + 1 */
	int		 full;		/* readers waiting for room */
	int		 stop;
	struct strmap	 paths;		/* stored path -> index into sha */
	char		**sha;
	size_t		 nsha;
	struct store_item *items;
	pthread_t	 threads[STORE_READERS_MAX];
	unsigned	 nthreads;
};

/* Reads, checks and extracts item i; what went wrong goes in its err. */
static void
store_read_item(struct store_readers *r, size_t i)
{
	struct store_item *it = &r->items[i];
	struct buf	 json;
	char		*msg = NULL;
	int		 k;

	if (source_read(r->list[i], &it->src, &it->err) == -1)
		return;
	if (strmap_get(&r->paths, it->src.path, &k))
		it->known = strcmp(r->sha[k], it->src.sha256) == 0 ? 2 : 1;
	if (it->known == 2)
		return;
	if ((it->x = extract_run(it->src.name, it->src.text, it->src.len,
	    it->src.sha256, &msg)) == NULL) {
		it->err = xasprintf("%s: %s", r->list[i], msg ? msg :
		    "cannot extract");
		free(msg);
		return;
	}
	free(it->src.text);
	it->src.text = NULL;
	buf_init(&json);
	extraction_write(&json, it->x);
	it->json = buf_steal(&json);
}

/* A reader thread: takes the next file until none is left or told to stop. */
static void *
store_reader(void *arg)
{
	struct store_readers *r = arg;
	size_t		 i;

	pthread_mutex_lock(&r->lock);
	for (;;) {
		while (!r->stop && r->next < r->nlist &&
		    r->next - r->taken >= STORE_READ_AHEAD) {
			r->full++;
			pthread_cond_wait(&r->room, &r->lock);
			r->full--;
		}
		if (r->stop || r->next == r->nlist)
			break;
		i = r->next++;
		pthread_mutex_unlock(&r->lock);
		store_read_item(r, i);
		pthread_mutex_lock(&r->lock);
		r->items[i].done = 1;
		if (r->want == i + 1)
			pthread_cond_signal(&r->done);
	}
	pthread_mutex_unlock(&r->lock);
	return NULL;
}

/*
 * Starts the readers over list, knowing the paths and hashes db already
 * holds (read inside the load's transaction).
 */
static int
store_readers_start(struct store_readers *r, sqlite3 *db, char *const *list,
    size_t nlist, char **err)
{
	sqlite3_stmt	*st;
	unsigned	 n;
	int		 rc;

	memset(r, 0, sizeof(*r));
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->done, NULL);
	pthread_cond_init(&r->room, NULL);
	strmap_init(&r->paths);
	r->list = list;
	r->nlist = nlist;
	r->items = xcalloc(nlist + 1, sizeof(*r->items));
	if (sqlite3_prepare_v2(db, "SELECT path, sha256 FROM sources", -1, &st,
	    NULL) != SQLITE_OK) {
		*err = xasprintf("reading sources: %s", sqlite3_errmsg(db));
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->sha = xrealloc(r->sha, (r->nsha + 1) * sizeof(*r->sha));
		r->sha[r->nsha] = xstrdup((const char *)sqlite3_column_text(st, 1));
		strmap_put(&r->paths, (const char *)sqlite3_column_text(st, 0),
		    (int)r->nsha++);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = xasprintf("reading sources: %s", sqlite3_errmsg(db));
		return -1;
	}
	n = cpu_usable();
	if (n > STORE_READERS_MAX)
		n = STORE_READERS_MAX;
	if (n > nlist)
		n = nlist > 0 ? (unsigned)nlist : 1;
	for (; r->nthreads < n; r->nthreads++)
		if (pthread_create(&r->threads[r->nthreads], NULL, store_reader,
		    r) != 0)
			break;
	if (r->nthreads == 0) {
		*err = xstrdup("cannot start a reader thread");
		return -1;
	}
	return 0;
}

/*
 * Waits for item i, the next in the list, and hands it to the writer.
 * Storing a file takes a fraction of reading it, so the writer mostly
 * waits.  Woken for every item, it would cost a system call and a
 * cross-CPU interrupt per file (a tenth of the readers' time on a large
 * load); it sleeps instead until the end of a batch of items is done (the
 * readers take items in order, so those before it mostly are), and readers
 * held back by the read-ahead limit are let go once half of it is free.
 */
static struct store_item *
store_readers_take(struct store_readers *r, size_t i)
{
	size_t	last;

	pthread_mutex_lock(&r->lock);
	last = i + STORE_TAKE_BATCH < r->nlist ? i + STORE_TAKE_BATCH - 1 :
	    r->nlist - 1;
	while (!r->items[i].done) {
		r->want = (r->items[last].done ? i : last) + 1;
		pthread_cond_wait(&r->done, &r->lock);
	}
	r->want = 0;
	r->taken = i + 1;
	if (r->full && r->next - r->taken <= STORE_READ_AHEAD / 2)
		pthread_cond_broadcast(&r->room);
	pthread_mutex_unlock(&r->lock);
	return &r->items[i];
}

/* Frees what an item still holds. */
static void
store_item_free(struct store_item *it)
{
	source_free(&it->src);
	if (it->x != NULL)
		extraction_free(it->x);
	free(it->json);
	free(it->err);
	memset(it, 0, sizeof(*it));
}

/* Stops and joins the readers and frees every item not handed over. */
static void
store_readers_stop(struct store_readers *r)
{
	size_t		 i;
	unsigned	 t;

	pthread_mutex_lock(&r->lock);
	r->stop = 1;
	pthread_cond_broadcast(&r->room);
	pthread_mutex_unlock(&r->lock);
	for (t = 0; t < r->nthreads; t++)
		pthread_join(r->threads[t], NULL);
	for (i = 0; r->items != NULL && i < r->nlist; i++)
		store_item_free(&r->items[i]);
	free(r->items);
	for (i = 0; i < r->nsha; i++)
		free(r->sha[i]);
	free(r->sha);
	strmap_free(&r->paths);
	pthread_cond_destroy(&r->room);
	pthread_cond_destroy(&r->done);
	pthread_mutex_destroy(&r->lock);
	memset(r, 0, sizeof(*r));
}

/*
 * Loads files (directories stand for every *.txt below them) into db in one
 * transaction.  Each file is read, checked and extracted (by the readers,
 * above) and its extraction stored in the order given; if any file is
 * refused, the message names the first such and why, and the transaction is
 * rolled back: the database is exactly as it was.
 * Unchanged files change nothing; a changed file replaces what it gave.
 */
int
store_load(sqlite3 *db, char *const *paths, size_t npaths,
    struct load_stats *stats, char **err)
{
	struct store_readers readers;
	struct store_item *it;
	struct strmap	 seen;
	struct store_fresh fresh;
	sqlite3_stmt	*find = NULL, *ins = NULL;
	char		**list = NULL, threads[32];
	size_t		 nlist = 0, i;
	int		 rc = -1, changed = 0;
	double		 t0, t1;

	memset(stats, 0, sizeof(*stats));
	memset(&readers, 0, sizeof(readers));
	memset(&fresh, 0, sizeof(fresh));
	strmap_init(&fresh.sha);
	strmap_init(&seen);
	t0 = store_now_ms();
	if (source_expand(paths, npaths, &list, &nlist, err) == -1)
		return -1;
	/*
	 * A rebuild rewrites every derived row.  Foreign keys are checked
	 * once, in bulk, at its end (see store_rebuild_fresh), which lets it
	 * build the edge tables' indexes from sorted rows; reads of pages
	 * already written go through a memory map instead of a read() each;
	 * a 16 MiB page cache measured as fast as larger ones; the indexes are
	 * sorted by a thread per usable CPU, as the files are read.
	 */
	snprintf(threads, sizeof(threads), "PRAGMA threads = %u", cpu_usable());
	if (db_exec(db, "PRAGMA foreign_keys = OFF", err) == -1 ||
	    db_exec(db, STORE_LOAD_CACHE, err) == -1 ||
	    db_exec(db, "PRAGMA mmap_size = 1073741824", err) == -1 ||
	    db_exec(db, threads, err) == -1 ||
	    db_exec(db, "BEGIN IMMEDIATE", err) == -1)
		goto out;
	mem_hugepages();	/* its first call sets malloc's trim threshold */
	if (store_readers_start(&readers, db, list, nlist, err) == -1)
		goto rollback;
	for (i = 0; i < nlist; i++) {
		mem_hugepages();
		it = store_readers_take(&readers, i);
		if (it->err != NULL) {
			*err = it->err;
			it->err = NULL;
			goto rollback;
		}
		if (strmap_get(&seen, it->src.path, NULL)) {	/* named twice */
			store_item_free(it);
			continue;
		}
		strmap_put(&seen, it->src.path, 1);
		stats->files++;
		if (it->known == 2) {
			stats->unchanged++;
			store_item_free(it);
			continue;
		}
		strmap_put(&fresh.sha, it->src.sha256, (int)fresh.n);
		fresh.x = xrealloc(fresh.x, (fresh.n + 1) * sizeof(*fresh.x));
		fresh.x[fresh.n++] = it->x;
		it->x = NULL;
		rc = store_insert(db, &ins, "INSERT INTO sources (path, name, sha256, "
		    "bytes, extraction, loaded_at) VALUES (?, ?, ?, ?, ?, "
		    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(path) DO "
		    "UPDATE SET name = excluded.name, sha256 = excluded.sha256, "
		    "bytes = excluded.bytes, extraction = excluded.extraction, "
		    "loaded_at = excluded.loaded_at", err, "sssis", it->src.path,
		    it->src.name, it->src.sha256, (int)it->src.len, it->json);
		if (rc == -1)
			goto rollback;
		rc = -1;
		if (it->known)
			stats->replaced++;
		else
			stats->added++;
		store_item_free(it);
		changed = 1;
	}
	store_readers_stop(&readers);
	t1 = store_now_ms();
	stats->read_ms = t1 - t0;
	if (!changed) {			/* nothing to write: leave it untouched */
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		rc = 0;
		goto count;
	}
	if (store_rebuild_fresh(db, &fresh, err) == -1)
		goto rollback;
	if (db_exec(db, "COMMIT", err) == -1)
		goto rollback;
	stats->store_ms = store_now_ms() - t1;
	rc = 0;
count:
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &find,
	    NULL) == SQLITE_OK && sqlite3_step(find) == SQLITE_ROW)
		stats->documents = (size_t)sqlite3_column_int64(find, 0);
	goto out;
rollback:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
out:
	if (readers.items != NULL)
		store_readers_stop(&readers);
	sqlite3_finalize(find);
	sqlite3_finalize(ins);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	for (i = 0; i < fresh.n; i++)
		extraction_free(fresh.x[i]);
	free(fresh.x);
	strmap_free(&fresh.sha);
	strmap_free(&seen);
	source_list_free(list, nlist);
	return rc;
}
