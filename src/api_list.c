/*
 * Lists and items, shared by every resource: a collection row in api_*.c
 * says which filters, sorts, facets and CSV columns it has, and this file
 * turns a validated request into SQL built only from those fixed fragments,
 * with every value bound.  Paging is by offset or by keyset cursor:
 * WHERE (sort, key) > (?, ?) ORDER BY sort, key, which an index answers at
 * any depth.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <sqlite3.h>

#include "pressroom.h"
#include "http.h"
#include "api.h"

#define LIST_DEFAULT_LIMIT	20
#define LIST_MAX_LIMIT		200
#define LIST_MAX_OFFSET		1000000000UL
#define LIST_MAX_BINDS		32
#define LIST_TOTALS		1024	/* totals remembered, per process */

/*
 * A total once counted, or a facet once grouped.  The data is read-only
 * between loads and every load writes a new data_version, so an answer
 * keyed by the data version, the statement and its values holds until the
 * next load.
 */
struct list_total {
	uint64_t	 hash;
	char		*key;		/* data_version, SQL and values, NUL-separated */
	size_t		 keylen;
	json_int_t	 total;
	char		*text;		/* a facet's buckets as JSON, or NULL */
};

static struct list_total	 list_totals[LIST_TOTALS];
static pthread_mutex_t		 list_totals_lock = PTHREAD_MUTEX_INITIALIZER;

/* A value bound into a statement. */
struct bind {
	const char	*text;		/* or NULL: */
	json_t		*json;		/* string, integer or real */
};

/* A list request once validated. */
struct listreq {
	const struct collection	*c;
	const struct parent	*p;
	unsigned long		 limit, offset;
	int			 has_offset;
	struct cursor		 cur;
	int			 has_cursor;
	const struct sortkey	*sort;
	int			 desc;
	json_t			*fields;
	json_t			*facets;	/* array of facet indexes */
	enum api_format		 format;
	struct bind		 binds[LIST_MAX_BINDS];
	int			 nbinds;
};

/* Returns the row's JSON in column col, parsed; new reference or NULL. */
json_t *
api_row_json(sqlite3_stmt *st, int col)
{
	const char	*s = (const char *)sqlite3_column_text(st, col);

	if (s == NULL)
		return NULL;
	return json_loadb(s, (size_t)sqlite3_column_bytes(st, col), 0, NULL);
}

/*
 * Parses ?fields= against the keys a row has; returns a new object used as
 * a set, or NULL when absent or invalid (then r->invalid says why).
 */
json_t *
api_fields_parse(struct req *r, const char *const *known)
{
	const char	*v = http_query_get(&r->query, "fields"), *p, *e;
	json_t		*set;
	size_t		 i, n;
	char		*name;

	if (v == NULL)
		return NULL;
	set = json_object();
	for (p = v; ; p = e + 1) {
		e = strchr(p, ',');
		n = e ? (size_t)(e - p) : strlen(p);
		name = xstrndup(p, n);
		for (i = 0; known && known[i]; i++)
			if (strcmp(known[i], name) == 0)
				break;
		if (n == 0 || known == NULL || known[i] == NULL)
			http_invalid(r->invalid, "fields", "unknown field \"%s\"",
			    name);
		else
			json_object_set_new(set, name, json_true());
		free(name);
		if (e == NULL)
			break;
	}
	if (json_array_size(r->invalid)) {
		json_decref(set);
		return NULL;
	}
	return set;
}

/* Returns a new object with only the keys of row that are in fields; consumes row. */
json_t *
api_fields_apply(json_t *row, json_t *fields)
{
	json_t		*out, *v;
	const char	*k;

	if (fields == NULL || !json_is_object(row))
		return row;
	out = json_object();
	json_object_foreach(row, k, v)
		if (json_object_get(fields, k))
			json_object_set(out, k, v);
	json_decref(row);
	return out;
}

/* Chooses JSON, CSV or NDJSON from ?format= or else the Accept header. */
int
api_format(struct req *r, enum api_format *out)
{
	const char	*v = http_query_get(&r->query, "format"), *p, *e, *q;
	double		 best = 0, w;
	enum api_format	 f;
	size_t		 n;

	*out = FORMAT_JSON;
	if (v) {
		if (strcmp(v, "json") == 0)
			*out = FORMAT_JSON;
		else if (strcmp(v, "csv") == 0)
			*out = FORMAT_CSV;
		else if (strcmp(v, "ndjson") == 0)
			*out = FORMAT_NDJSON;
		else {
			http_invalid(r->invalid, "format",
			    "expected json, csv or ndjson");
			return -1;
		}
	} else if ((v = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    "Accept")) != NULL) {
		for (p = v; *p; p = *e ? e + 1 : e) {
			e = p + strcspn(p, ",");
			while (*p == ' ' || *p == '\t')
				p++;
			n = strcspn(p, ";, \t");
			if (n > (size_t)(e - p))
				n = (size_t)(e - p);
			w = 1;
			q = strstr(p, ";q=");
			if (q == NULL)
				q = strstr(p, "; q=");
			if (q && q < e)
				w = strtod(strchr(q, '=') + 1, NULL);
			if ((n == 8 && strncasecmp(p, "text/csv", n) == 0))
				f = FORMAT_CSV;
			else if (n == 20 && strncasecmp(p, "application/x-ndjson",
			    n) == 0)
				f = FORMAT_NDJSON;
			else if ((n == 16 && strncasecmp(p, "application/json",
			    n) == 0) || (n == 3 && strncmp(p, "*/*", 3) == 0) ||
			    (n == 13 && strncasecmp(p, "application/*", n) == 0))
				f = FORMAT_JSON;
			else
				continue;
			if (w > best) {
				best = w;
				*out = f;
			}
		}
	}
	snprintf(r->variant, sizeof(r->variant), "%s", *out == FORMAT_CSV ?
	    "csv" : *out == FORMAT_NDJSON ? "ndjson" : "json");
	return 0;
}

/*
 * Checks a full-text query against the filter's FTS5 table on its own, so
 * that a query SQLite cannot parse is refused whether or not the page's
 * statement would have reached the MATCH (an empty parent never does).
 * Returns -1 with the reason in r->invalid.
 */
static int
api_fts_check(struct req *r, const struct filter *f, const char *v)
{
	sqlite3_stmt	*st;
	struct buf	 sql;
	const char	*from, *end;
	int		 rc;

	if ((from = strstr(f->sql, "FROM ")) == NULL ||
	    (end = strstr(from, " WHERE")) == NULL)
		return 0;	/* matched in the statement itself */
	from += 5;
	buf_init(&sql);
	buf_printf(&sql, "SELECT 1 FROM %.*s WHERE %.*s MATCH ? AND rowid = 0",
	    (int)(end - from), from, (int)(end - from), from);
	st = server_stmt(sql.data);
	buf_free(&sql);
	if (st == NULL)
		return 0;	/* the page's statement reports it */
	sqlite3_bind_text(st, 1, v, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE)
		http_fts_invalid(r->invalid, f->name,
		    sqlite3_errmsg(sqlite3_db_handle(st)));
	server_stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Checks every list parameter of r against its collection; 0 or -1 with r->invalid filled. */
static int
api_list_parse(struct req *r, struct listreq *lr)
{
	const struct collection	*c = lr->c;
	const char		*v, *s, *p, *e;
	size_t			 i, n;
	int			 found;

	lr->limit = LIST_DEFAULT_LIMIT;
	if ((v = http_query_get(&r->query, "limit")) &&
	    http_parse_uint(v, 1, LIST_MAX_LIMIT, &lr->limit) == -1)
		http_invalid(r->invalid, "limit", "expected an integer from 1 "
		    "to %d", LIST_MAX_LIMIT);
	if ((v = http_query_get(&r->query, "offset"))) {
		lr->has_offset = 1;
		if (http_parse_uint(v, 0, LIST_MAX_OFFSET, &lr->offset) == -1)
			http_invalid(r->invalid, "offset", "expected an integer "
			    ">= 0");
	}
	if ((v = http_query_get(&r->query, "cursor"))) {
		if (lr->has_offset)
			http_invalid(r->invalid, "cursor", "give offset or "
			    "cursor, not both");
		else if (http_cursor_decode(v, &lr->cur) == -1)
			http_invalid(r->invalid, "cursor", "not a cursor this "
			    "server made; use meta.next_cursor or links.next");
		else
			lr->has_cursor = 1;
	}
	s = http_query_get(&r->query, "sort");
	if (s == NULL)
		s = lr->p && lr->p->defsort ? lr->p->defsort : c->defsort;
	lr->desc = s[0] == '-';
	for (i = 0; i < c->nsorts; i++)
		if (strcmp(c->sorts[i].name, s + lr->desc) == 0)
			lr->sort = &c->sorts[i];
	if (lr->sort == NULL) {
		struct buf	b;

		buf_init(&b);
		for (i = 0; i < c->nsorts; i++)
			buf_printf(&b, "%s%s, -%s", i ? ", " : "",
			    c->sorts[i].name, c->sorts[i].name);
		http_invalid(r->invalid, "sort", "unknown sort field \"%s\"; "
		    "sortable: %s", s, b.data);
		buf_free(&b);
	} else if (lr->has_cursor && (strcmp(lr->cur.sort, lr->sort->name) ||
	    lr->cur.desc != lr->desc)) {
		http_invalid(r->invalid, "cursor", "the cursor belongs to "
		    "another sort order");
	} else if (lr->has_cursor && ((lr->sort->integer &&
	    json_is_string(lr->cur.value)) || (!lr->sort->integer &&
	    json_is_integer(lr->cur.value)) || (c->key_integer !=
	    json_is_integer(lr->cur.key)) || (!lr->sort->nullable &&
	    json_is_null(lr->cur.value)))) {
		http_invalid(r->invalid, "cursor", "not a cursor this server "
		    "made; use meta.next_cursor or links.next");
	}
	lr->fields = api_fields_parse(r, c->fields);
	if ((v = http_query_get(&r->query, "facets"))) {
		lr->facets = json_array();
		for (p = v; ; p = e + 1) {
			e = strchr(p, ',');
			n = e ? (size_t)(e - p) : strlen(p);
			found = 0;
			for (i = 0; i < c->nfacets; i++)
				if (strlen(c->facets[i].name) == n &&
				    memcmp(c->facets[i].name, p, n) == 0) {
					json_array_append_new(lr->facets,
					    json_integer((json_int_t)i));
					found = 1;
				}
			if (!found) {
				char	*bad = xstrndup(p, n);

				http_invalid(r->invalid, "facets", "unknown facet "
				    "\"%s\"", bad);
				free(bad);
			}
			if (e == NULL)
				break;
		}
	}
	api_format(r, &lr->format);
	if (c->columns == NULL && lr->format != FORMAT_JSON) {
		/* no flat form: Accept cannot ask for one */
		lr->format = FORMAT_JSON;
		snprintf(r->variant, sizeof(r->variant), "json");
	}
	for (i = 0; i < c->nfilters; i++) {
		const struct filter	*f = &c->filters[i];
		size_t			 k;
		int			 j;

		if ((v = http_query_get(&r->query, f->name)) == NULL)
			continue;
		if (*v == '\0') {
			http_invalid(r->invalid, f->name, "must not be empty");
			continue;
		}
		switch (f->type) {
		case FILTER_ID:
			if (http_check_id(r->invalid, f->name, v) == -1)
				continue;
			break;
		case FILTER_FTS:
			if (api_fts_check(r, f, v) == -1)
				continue;
			break;
		case FILTER_DATE:
			if (http_parse_date(v) == -1) {
				http_invalid(r->invalid, f->name, "expected a date "
				    "YYYY-MM-DD");
				continue;
			}
			break;
		case FILTER_ENUM:
			for (k = 0; f->values[k]; k++)
				if (strcmp(f->values[k], v) == 0)
					break;
			if (f->values[k] == NULL) {
				struct buf	b;

				buf_init(&b);
				for (k = 0; f->values[k]; k++)
					buf_printf(&b, "%s%s", k ? ", " : "",
					    f->values[k]);
				http_invalid(r->invalid, f->name, "expected one "
				    "of %s", b.data);
				buf_free(&b);
				continue;
			}
			break;
		default:
			break;
		}
		for (j = 0; j < f->nbind && lr->nbinds < LIST_MAX_BINDS; j++)
			lr->binds[lr->nbinds++].text = v;
	}
	return json_array_size(r->invalid) ? -1 : 0;
}

/* Appends the WHERE clause of the request (filters, parent, collection's own). */
static void
api_list_where(struct req *r, const struct listreq *lr, struct buf *sql,
    const char *extra)
{
	const struct collection	*c = lr->c;
	size_t			 i;
	int			 n = 0;

	if (c->where) {
		buf_printf(sql, " WHERE (%s)", c->where);
		n++;
	}
	if (lr->p) {
		buf_printf(sql, " %s (%s)", n++ ? "AND" : "WHERE", lr->p->sql);
	}
	for (i = 0; i < c->nfilters; i++)
		if (http_query_get(&r->query, c->filters[i].name))
			buf_printf(sql, " %s (%s)", n++ ? "AND" : "WHERE",
			    c->filters[i].sql);
	if (extra)
		buf_printf(sql, " %s (%s)", n++ ? "AND" : "WHERE", extra);
}

/* Binds the parent id and the filter values from index 1; returns the next index. */
static int
api_list_bind(struct req *r, const struct listreq *lr, sqlite3_stmt *st)
{
	int	i, k = 1;

	if (lr->p)
		for (i = 0; i < lr->p->nbind; i++)
			sqlite3_bind_text(st, k++, r->id, -1, SQLITE_STATIC);
	for (i = 0; i < lr->nbinds; i++)
		sqlite3_bind_text(st, k++, lr->binds[i].text, -1, SQLITE_STATIC);
	return k;
}

/* Binds a JSON scalar at index k. */
static void
api_list_bind_json(sqlite3_stmt *st, int k, json_t *v)
{
	if (json_is_integer(v))
		sqlite3_bind_int64(st, k, json_integer_value(v));
	else if (json_is_real(v))
		sqlite3_bind_double(st, k, json_real_value(v));
	else if (json_is_string(v))
		sqlite3_bind_text(st, k, json_string_value(v), -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, k);
}

/* Returns column col as a new JSON scalar. */
static json_t *
api_list_column(sqlite3_stmt *st, int col)
{
	switch (sqlite3_column_type(st, col)) {
	case SQLITE_INTEGER:
		return json_integer(sqlite3_column_int64(st, col));
	case SQLITE_FLOAT:
		return json_real(sqlite3_column_double(st, col));
	case SQLITE_NULL:
		return json_null();
	default:
		return json_stringn((const char *)sqlite3_column_text(st, col),
		    (size_t)sqlite3_column_bytes(st, col));
	}
}

/* Appends the request's path and query, minus offset and cursor, plus extra. */
static char *
api_list_link(struct req *r, const char *name, const char *value)
{
	struct buf	b;
	size_t		i;
	int		n = 0;

	buf_init(&b);
	buf_puts(&b, r->path);
	for (i = 0; i < r->query.n; i++) {
		if (name && (strcmp(r->query.p[i].name, "offset") == 0 ||
		    strcmp(r->query.p[i].name, "cursor") == 0))
			continue;
		buf_putc(&b, n++ ? '&' : '?');
		http_urlencode(&b, r->query.p[i].name);
		buf_putc(&b, '=');
		http_urlencode(&b, r->query.p[i].value);
	}
	if (name && value) {
		buf_putc(&b, n++ ? '&' : '?');
		buf_puts(&b, name);
		buf_putc(&b, '=');
		http_urlencode(&b, value);
	}
	return buf_steal(&b);
}

/* Returns a cursor string at row (a [sortvalue, key] pair). */
static char *
api_list_cursor(const struct listreq *lr, json_t *pos, int before)
{
	struct cursor	c;

	c.sort = (char *)lr->sort->name;
	c.desc = lr->desc;
	c.before = before;
	c.value = json_array_get(pos, 0);
	c.key = json_array_get(pos, 1);
	return http_cursor_encode(&c);
}

/* Builds the memo key of sql under r and lr into key; returns its hash. */
static uint64_t
api_list_memo_key(struct req *r, const struct listreq *lr, const char *sql,
    struct buf *key)
{
	int	i;

	buf_puts(key, r->data_version);
	buf_putc(key, '\0');
	buf_puts(key, sql);
	buf_putc(key, '\0');
	if (lr->p) {
		buf_puts(key, r->id);
		buf_putc(key, '\0');
	}
	for (i = 0; i < lr->nbinds; i++) {
		buf_puts(key, lr->binds[i].text);
		buf_putc(key, '\0');
	}
	return hash_fnv1a(key->data, key->len);
}

/*
 * Looks key up among the remembered answers; 1 when found, with *total and,
 * when text is not NULL, *text (a new string the caller frees).
 */
static int
api_list_memo_get(const struct buf *key, uint64_t h, json_int_t *total,
    char **text)
{
	struct list_total	*t = &list_totals[h % LIST_TOTALS];
	int			 found = 0;

	pthread_mutex_lock(&list_totals_lock);
	if (t->key && t->hash == h && t->keylen == key->len &&
	    memcmp(t->key, key->data, key->len) == 0 &&
	    (text == NULL || t->text != NULL)) {
		*total = t->total;
		if (text)
			*text = xstrdup(t->text);
		found = 1;
	}
	pthread_mutex_unlock(&list_totals_lock);
	return found;
}

/* Remembers an answer under key (text copied, or NULL), replacing its slot's. */
static void
api_list_memo_put(const struct buf *key, uint64_t h, json_int_t total,
    const char *text)
{
	struct list_total	*t = &list_totals[h % LIST_TOTALS];
	char			*k = xmalloc(key->len), *oldk, *oldt;
	char			*v = text ? xstrdup(text) : NULL;

	memcpy(k, key->data, key->len);
	pthread_mutex_lock(&list_totals_lock);
	oldk = t->key;
	oldt = t->text;
	t->key = k;
	t->keylen = key->len;
	t->hash = h;
	t->total = total;
	t->text = v;
	pthread_mutex_unlock(&list_totals_lock);
	free(oldk);
	free(oldt);
}

/*
 * Counts rows per facet value over the whole filtered set into meta.facets;
 * each facet is grouped once per data version and values, then remembered.
 */
static int
api_list_facets(struct req *r, const struct listreq *lr, json_t *meta)
{
	json_t		*all, *arr, *ix;
	struct buf	 sql, key;
	sqlite3_stmt	*st;
	size_t		 i;
	uint64_t	 h = 0;
	json_int_t	 unused;
	char		*text;
	int		 rc, cache = r->data_version != NULL;

	all = json_object();
	json_object_set_new(meta, "facets", all);
	json_array_foreach(lr->facets, i, ix) {
		const struct facet *f = &lr->c->facets[json_integer_value(ix)];

		buf_init(&sql);
		buf_printf(&sql, "SELECT %s, count(*) FROM %s %s", f->select,
		    lr->c->from, f->join);
		api_list_where(r, lr, &sql, f->where);
		buf_puts(&sql, " GROUP BY 1, 2 ORDER BY count(*) DESC, 1");
		buf_init(&key);
		if (cache) {
			h = api_list_memo_key(r, lr, sql.data, &key);
			if (api_list_memo_get(&key, h, &unused, &text)) {
				arr = json_loads(text, 0, NULL);
				free(text);
				if (arr != NULL) {
					json_object_set_new(all, f->name, arr);
					buf_free(&key);
					buf_free(&sql);
					continue;
				}
			}
		}
		st = server_stmt(sql.data);
		buf_free(&sql);
		if (st == NULL) {
			buf_free(&key);
			return http_sql_failed(r, NULL);
		}
		api_list_bind(r, lr, st);
		arr = json_array();
		json_object_set_new(all, f->name, arr);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			json_array_append_new(arr, json_pack("{s:o, s:o, s:I}",
			    "value", api_list_column(st, 0),
			    "name", api_list_column(st, 1),
			    "count", (json_int_t)sqlite3_column_int64(st, 2)));
		if (rc != SQLITE_DONE) {
			rc = http_sql_failed(r, st);
			server_stmt_done(st);
			buf_free(&key);
			return rc;
		}
		server_stmt_done(st);
		if (cache && (text = json_dumps(arr, JSON_COMPACT)) != NULL) {
			api_list_memo_put(&key, h, 0, text);
			free(text);
		}
		buf_free(&key);
	}
	return 0;
}

/*
 * Streams every row (no paging) as CSV or NDJSON.  The rows are ordered by
 * their rowids alone, each row's JSON fetched by rowid as it is sent: where
 * no index gives the order (a q= filter, say), SQLite sorts what the query
 * selects, and sorting the JSON of thousands of rows held megabytes per
 * export in flight.
 */
static int
api_list_stream(struct req *r, const struct listreq *lr)
{
	struct buf	 sql;
	sqlite3_stmt	*st = NULL, *fetch = NULL;
	const char	*dir = lr->desc ? "DESC" : "ASC";

	buf_init(&sql);
	buf_printf(&sql, "SELECT t.json FROM %s WHERE t.rowid = ?", lr->c->from);
	if (sqlite3_prepare_v2(r->db, sql.data, -1, &fetch, NULL) != SQLITE_OK) {
		buf_free(&sql);
		sqlite3_finalize(fetch);
		return http_sql_failed(r, NULL);
	}
	buf_reset(&sql);
	buf_printf(&sql, "SELECT t.rowid FROM %s", lr->c->from);
	api_list_where(r, lr, &sql, NULL);
	buf_printf(&sql, " ORDER BY %s %s, %s %s", lr->sort->expr, dir,
	    lr->c->key, dir);
	if (sqlite3_prepare_v2(r->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		buf_free(&sql);
		sqlite3_finalize(st);
		sqlite3_finalize(fetch);
		return http_sql_failed(r, NULL);
	}
	buf_free(&sql);
	api_list_bind(r, lr, st);
	/* a q= syntax error shows on the first step: check before streaming */
	if (http_query_get(&r->query, "q")) {
		int rc = sqlite3_step(st);

		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			rc = http_sql_failed(r, st);
			sqlite3_finalize(st);
			sqlite3_finalize(fetch);
			return rc;
		}
		sqlite3_reset(st);
	}
	return http_csv_stream(r, st, fetch, lr->format, lr->c->columns,
	    lr->fields);
}

/*
 * Reads the total of rows matching the filters: counted once per data
 * version, statement and values, then remembered, so that a page of a large
 * filtered set costs its page and not a count of the set.
 */
static int
api_list_total(struct req *r, const struct listreq *lr, json_int_t *total)
{
	struct buf	 sql, key;
	sqlite3_stmt	*st;
	uint64_t	 h = 0;
	int		 rc, cache = r->data_version != NULL;

	buf_init(&sql);
	buf_printf(&sql, "SELECT count(*) FROM %s", lr->c->count_from ?
	    lr->c->count_from : lr->c->from);
	api_list_where(r, lr, &sql, NULL);
	buf_init(&key);
	if (cache) {
		h = api_list_memo_key(r, lr, sql.data, &key);
		if (api_list_memo_get(&key, h, total, NULL)) {
			buf_free(&key);
			buf_free(&sql);
			return 0;
		}
	}
	st = server_stmt(sql.data);
	buf_free(&sql);
	if (st == NULL) {
		buf_free(&key);
		return http_sql_failed(r, NULL);
	}
	api_list_bind(r, lr, st);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		rc = http_sql_failed(r, st);
		server_stmt_done(st);
		buf_free(&key);
		return rc;
	}
	*total = sqlite3_column_int64(st, 0);
	server_stmt_done(st);
	if (cache)
		api_list_memo_put(&key, h, *total, NULL);
	buf_free(&key);
	return 0;
}

/* Builds the keyset condition after (or, paging back, before) the cursor. */
static void
api_list_keyset(const struct listreq *lr, struct buf *cond, int *nvals,
    int forward_asc)
{
	const char	*e = lr->sort->expr, *k = lr->c->key;
	int		 null = json_is_null(lr->cur.value);

	if (!lr->sort->nullable || !null) {
		*nvals = 2;
		if (forward_asc)
			buf_printf(cond, "(%s, %s) > (?, ?)", e, k);
		else if (lr->sort->nullable)
			buf_printf(cond, "(%s, %s) < (?, ?) OR %s IS NULL", e, k, e);
		else
			buf_printf(cond, "(%s, %s) < (?, ?)", e, k);
	} else {
		*nvals = 1;
		if (forward_asc)
			buf_printf(cond, "(%s IS NULL AND %s > ?) OR %s IS NOT NULL",
			    e, k, e);
		else
			buf_printf(cond, "%s IS NULL AND %s < ?", e, k);
	}
}

/* Runs the page query; fills data (items) and pos (their [sort, key]). */
static int
api_list_page(struct req *r, struct listreq *lr, json_t *data, json_t *pos,
    int *more)
{
	struct buf	 sql, cond;
	sqlite3_stmt	*st;
	const char	*dir;
	int		 asc, nvals = 0, k, rc;
	json_t		*row;
	size_t		 n = 0;

	/* the order rows are read in: the sort's, or reversed to page back */
	asc = !lr->desc;
	if (lr->has_cursor && lr->cur.before)
		asc = !asc;
	dir = asc ? "ASC" : "DESC";
	buf_init(&sql);
	buf_init(&cond);
	if (lr->has_cursor)
		api_list_keyset(lr, &cond, &nvals, asc);
	buf_printf(&sql, "SELECT t.json, %s, %s FROM %s", lr->sort->expr,
	    lr->c->key, lr->c->from);
	api_list_where(r, lr, &sql, lr->has_cursor ? cond.data : NULL);
	buf_printf(&sql, " ORDER BY %s %s, %s %s LIMIT ? OFFSET ?",
	    lr->sort->expr, dir, lr->c->key, dir);
	st = server_stmt(sql.data);
	buf_free(&sql);
	buf_free(&cond);
	if (st == NULL)
		return http_sql_failed(r, NULL);
	k = api_list_bind(r, lr, st);
	if (nvals == 2)
		api_list_bind_json(st, k++, lr->cur.value);
	if (nvals)
		api_list_bind_json(st, k++, lr->cur.key);
	sqlite3_bind_int64(st, k++, (sqlite3_int64)lr->limit + 1);
	sqlite3_bind_int64(st, k++, (sqlite3_int64)lr->offset);
	*more = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n++ == lr->limit) {
			*more = 1;
			continue;
		}
		if ((row = api_row_json(st, 0)) == NULL) {
			server_stmt_done(st);
			return http_problem(r, 500, "a stored row is not JSON");
		}
		if (lr->c->row && (row = lr->c->row(r, row)) == NULL) {
			server_stmt_done(st);
			return -1;
		}
		row = api_fields_apply(row, lr->fields);
		json_array_append_new(data, row);
		json_array_append_new(pos, json_pack("[o, o]",
		    api_list_column(st, 1), api_list_column(st, 2)));
	}
	if (rc != SQLITE_DONE) {
		rc = http_sql_failed(r, st);
		server_stmt_done(st);
		return rc;
	}
	server_stmt_done(st);
	if (lr->has_cursor && lr->cur.before) {
		size_t	i, m = json_array_size(data);

		for (i = 0; i < m / 2; i++) {
			json_t	*a = json_incref(json_array_get(data, i));
			json_t	*b = json_incref(json_array_get(pos, i));

			json_array_set(data, i, json_array_get(data, m - 1 - i));
			json_array_set_new(data, m - 1 - i, a);
			json_array_set(pos, i, json_array_get(pos, m - 1 - i));
			json_array_set_new(pos, m - 1 - i, b);
		}
	}
	return 0;
}

/* Checks that the parent of a sub-resource list exists. */
static int
api_list_parent(struct req *r, const struct parent *p)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = server_stmt(p->exists)) == NULL)
		return http_sql_failed(r, NULL);
	sqlite3_bind_text(st, 1, r->id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	server_stmt_done(st);
	if (rc == SQLITE_DONE)
		return http_problem(r, 404, "nothing with id \"%s\" here", r->id);
	if (rc != SQLITE_ROW)
		return http_sql_failed(r, NULL);
	return 0;
}

/* Handler of every list route: a page of the collection in the envelope. */
int
api_list(struct req *r)
{
	return api_list_run(r, r->route->coll, r->route->parent);
}

/* Answers a page of collection c (under parent p, or NULL) in the envelope. */
int
api_list_run(struct req *r, const struct collection *c, const struct parent *p)
{
	struct listreq	 lr;
	json_t		*data = NULL, *pos = NULL, *meta, *links, *env;
	json_int_t	 total = 0;
	char		*next = NULL, *prev = NULL, *nextc = NULL, *s;
	int		 more = 0, rc = -1;
	size_t		 n;

	memset(&lr, 0, sizeof(lr));
	lr.c = c;
	lr.p = p;
	if (api_list_parse(r, &lr) == -1) {
		rc = http_invalid_params(r);
		goto out;
	}
	if (lr.p && api_list_parent(r, lr.p) == -1)
		goto out;
	if (lr.format != FORMAT_JSON) {
		rc = api_list_stream(r, &lr);
		goto out;
	}
	if (api_list_total(r, &lr, &total) == -1)
		goto out;
	data = json_array();
	pos = json_array();
	if (api_list_page(r, &lr, data, pos, &more) == -1)
		goto out;
	n = json_array_size(data);
	if (lr.has_cursor && lr.cur.before) {
		if (n)
			nextc = api_list_cursor(&lr, json_array_get(pos, n - 1), 0);
		if (more)
			prev = api_list_cursor(&lr, json_array_get(pos, 0), 1);
	} else {
		if (more)
			nextc = api_list_cursor(&lr, json_array_get(pos, n - 1), 0);
		if (lr.has_cursor && n)
			prev = api_list_cursor(&lr, json_array_get(pos, 0), 1);
	}
	meta = json_pack("{s:I, s:I, s:o, s:o}", "total", total,
	    "limit", (json_int_t)lr.limit,
	    "offset", lr.has_cursor ? json_null() :
	    json_integer((json_int_t)lr.offset),
	    "next_cursor", nextc ? json_string(nextc) : json_null());
	if (lr.facets && api_list_facets(r, &lr, meta) == -1) {
		json_decref(meta);
		goto out;
	}
	links = json_object();
	s = api_list_link(r, NULL, NULL);
	json_object_set_new(links, "self", json_string(s));
	free(s);
	if (nextc)
		next = api_list_link(r, "cursor", nextc);
	if (prev) {
		s = api_list_link(r, "cursor", prev);
		free(prev);
		prev = s;
	} else if (!lr.has_cursor && lr.offset > 0) {
		char	off[32];

		snprintf(off, sizeof(off), "%lu", lr.offset > lr.limit ?
		    lr.offset - lr.limit : 0);
		prev = api_list_link(r, lr.offset > lr.limit ? "offset" : "",
		    lr.offset > lr.limit ? off : NULL);
	}
	json_object_set_new(links, "next", next ? json_string(next) : json_null());
	json_object_set_new(links, "prev", prev ? json_string(prev) : json_null());
	if (next || prev) {
		struct buf	lh;

		buf_init(&lh);
		if (next)
			buf_printf(&lh, "<%s>; rel=\"next\"", next);
		if (prev)
			buf_printf(&lh, "%s<%s>; rel=\"prev\"", next ? ", " : "",
			    prev);
		r->link = buf_steal(&lh);
	}
	env = json_pack("{s:O, s:o, s:o}", "data", data, "meta", meta,
	    "links", links);
	http_json(r, env);
	json_decref(env);
	rc = 0;
out:
	json_decref(data);
	json_decref(pos);
	json_decref(lr.fields);
	json_decref(lr.facets);
	http_cursor_free(&lr.cur);
	free(next);
	free(prev);
	free(nextc);
	return rc;
}

/* Handler of every item route: {"data": item}, or 404. */
int
api_item(struct req *r)
{
	sqlite3_stmt	*st;
	json_t		*item, *fields, *env;
	int		 rc;

	if ((st = server_stmt(r->route->sql)) == NULL)
		return http_sql_failed(r, NULL);
	sqlite3_bind_text(st, 1, r->id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		server_stmt_done(st);
		return http_problem(r, 404, "nothing with id \"%s\" here", r->id);
	}
	if (rc != SQLITE_ROW) {
		rc = http_sql_failed(r, st);
		server_stmt_done(st);
		return rc;
	}
	item = api_row_json(st, 0);
	server_stmt_done(st);
	if (item == NULL)
		return http_problem(r, 500, "a stored item is not JSON");
	if (http_query_get(&r->query, "fields")) {
		/* the item's own keys are the known fields */
		const char	**known, *k;
		json_t		 *v;
		size_t		  i = 0;

		known = xcalloc(json_object_size(item) + 1, sizeof(*known));
		json_object_foreach(item, k, v)
			known[i++] = k;
		fields = api_fields_parse(r, known);
		free(known);
		if (fields == NULL) {
			json_decref(item);
			return http_invalid_params(r);
		}
		item = api_fields_apply(item, fields);
		json_decref(fields);
	}
	env = json_pack("{s:o}", "data", item);
	http_json(r, env);
	json_decref(env);
	return 0;
}
