/*
 * Full-text search over documents and quotes, ranked by bm25.  Hits carry a
 * plain-text snippet and the [start, end) code point ranges of the matched
 * terms in it: FTS5's snippet() marks them with two private bytes, which are
 * stripped here, so a front end never has to render markup from the data.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pressroom.h"
#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define SEARCH_OPEN	'\x01'
#define SEARCH_CLOSE	'\x02'

/*
 * A page is ranked over every hit, but only the hits on it get their JSON
 * and snippet: the ranking statements carry a hit's type and row, and
 * SEARCH_*_HIT makes the hit of one row (FTS5 seeks a MATCH to one rowid).
 */
#define SEARCH_DOCUMENTS \
	"SELECT 'document:' || d.id AS k, bm25(documents_fts) AS rank, " \
	"'[\"d\",' || d.rowid || ']' AS json FROM documents_fts JOIN documents d " \
	"ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
#define SEARCH_QUOTES \
	"SELECT 'quote:' || q.id AS k, bm25(quotes_fts) AS rank, " \
	"'[\"q\",' || q.rowid || ']' AS json FROM quotes_fts JOIN quotes q " \
	"ON q.rowid = quotes_fts.rowid WHERE quotes_fts MATCH ?"
#define SEARCH_DOCUMENTS_COUNT \
	"SELECT 1 FROM documents_fts JOIN documents d ON " \
	"d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
#define SEARCH_QUOTES_COUNT \
	"SELECT 1 FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid " \
	"WHERE quotes_fts MATCH ?"
#define SEARCH_DOCUMENTS_HIT \
	"SELECT json_object('type', 'document', 'id', d.id, 'url', " \
	"'/v1/documents/' || d.id, 'title', d.title, 'published', d.published, " \
	"'snippet', snippet(documents_fts, -1, char(1), char(2), '…', 32)) " \
	"FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid " \
	"WHERE documents_fts MATCH ? AND documents_fts.rowid = ?"
#define SEARCH_QUOTES_HIT \
	"SELECT json_object('type', 'quote', 'id', q.id, 'url', " \
	"'/v1/quotes/' || q.id, 'text', q.text, " \
	"'speaker', json_extract(q.json, '$.speaker'), " \
	"'document', json_extract(q.json, '$.document'), " \
	"'snippet', snippet(quotes_fts, 0, char(1), char(2), '…', 32)) " \
	"FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid " \
	"WHERE quotes_fts MATCH ? AND quotes_fts.rowid = ?"

/*
 * Strips the markers from an FTS5 snippet.  Sets *out to the plain text (a
 * new string) and *hl to a new array of [start, end] code point offsets into
 * it.  Returns 0, or -1 when markers do not pair (then nothing is set).
 */
int
api_search_highlights(const char *in, char **out, json_t **hl)
{
	struct buf	 b;
	json_t		*arr;
	size_t		 cp = 0, start = 0;
	int		 open = 0;
	const char	*p;

	buf_init(&b);
	buf_add(&b, "", 0);
	arr = json_array();
	for (p = in; *p; p++) {
		if (*p == SEARCH_OPEN) {
			if (open)
				goto fail;
			open = 1;
			start = cp;
		} else if (*p == SEARCH_CLOSE) {
			if (!open)
				goto fail;
			open = 0;
			json_array_append_new(arr, json_pack("[I, I]",
			    (json_int_t)start, (json_int_t)cp));
		} else {
			buf_putc(&b, *p);
			if (((unsigned char)*p & 0xc0) != 0x80)
				cp++;
		}
	}
	if (open)
		goto fail;
	*out = buf_steal(&b);
	*hl = arr;
	return 0;
fail:
	buf_free(&b);
	json_decref(arr);
	return -1;
}

/* Replaces a hit's marked snippet by plain text and highlights; consumes hit. */
static json_t *
api_search_plain(json_t *hit)
{
	const char	*snip = json_string_value(json_object_get(hit, "snippet"));
	char		*text;
	json_t		*hl;

	if (snip == NULL)
		return hit;
	if (api_search_highlights(snip, &text, &hl) == -1) {
		text = xstrdup(snip);
		hl = json_array();
	}
	json_object_set_new(hit, "snippet", json_string(text));
	json_object_set_new(hit, "highlights", hl);
	free(text);
	return hit;
}

/*
 * Makes the hit of a ranked row (["d"|"q", rowid], consumed): its JSON with
 * a plain snippet and highlights.  Returns NULL after setting a problem.
 */
static json_t *
api_search_row(struct req *r, json_t *row)
{
	const char	*type = json_string_value(json_array_get(row, 0));
	json_t		*hit = NULL;
	sqlite3_stmt	*st;
	int		 rc;

	if (type == NULL || (st = server_stmt(*type == 'd' ?
	    SEARCH_DOCUMENTS_HIT : SEARCH_QUOTES_HIT)) == NULL) {
		json_decref(row);
		http_sql_failed(r, NULL);
		return NULL;
	}
	sqlite3_bind_text(st, 1, http_query_get(&r->query, "q"), -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, json_integer_value(json_array_get(row, 1)));
	json_decref(row);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			http_problem(r, 500, "a search hit went missing");
		else
			http_sql_failed(r, st);
		server_stmt_done(st);
		return NULL;
	}
	hit = api_row_json(st, 0);
	server_stmt_done(st);
	if (hit == NULL) {
		http_problem(r, 500, "a search hit is not JSON");
		return NULL;
	}
	return api_search_plain(hit);
}

/* q is bound into the FROM of the union; this fragment only marks it present. */
static const struct filter search_filters1[] = {
	{ "q", FILTER_FTS, "1", 1, NULL },
};
static const struct filter search_filters2[] = {
	{ "q", FILTER_FTS, "1", 2, NULL },
};

static const struct sortkey search_sorts[] = {
	{ "rank", "t.rank", 0, 0 },
};

static const char *const search_fields[] = { "type", "id", "url", "title",
    "text", "published", "speaker", "document", "snippet", "highlights",
    NULL };

static const struct collection search_all = {
	"search", "(" SEARCH_DOCUMENTS " UNION ALL " SEARCH_QUOTES ") t", NULL,
	"t.k", 0, "rank", search_sorts, NELEM(search_sorts),
	search_filters2, NELEM(search_filters2), NULL, 0, search_fields, NULL,
	api_search_row,
	"(" SEARCH_DOCUMENTS_COUNT " UNION ALL " SEARCH_QUOTES_COUNT ") t",
};

static const struct collection search_documents = {
	"search", "(" SEARCH_DOCUMENTS ") t", NULL,
	"t.k", 0, "rank", search_sorts, NELEM(search_sorts),
	search_filters1, NELEM(search_filters1), NULL, 0, search_fields, NULL,
	api_search_row, "(" SEARCH_DOCUMENTS_COUNT ") t",
};

static const struct collection search_quotes = {
	"search", "(" SEARCH_QUOTES ") t", NULL,
	"t.k", 0, "rank", search_sorts, NELEM(search_sorts),
	search_filters1, NELEM(search_filters1), NULL, 0, search_fields, NULL,
	api_search_row, "(" SEARCH_QUOTES_COUNT ") t",
};

/* GET /v1/search?q=...&type=document|quote: ranked hits, paged like a list. */
int
api_search(struct req *r)
{
	const char			*type = http_query_get(&r->query, "type");
	const struct collection		*c = &search_all;

	if (http_query_get(&r->query, "q") == NULL)
		http_invalid(r->invalid, "q", "required: the words to search for");
	if (type && strcmp(type, "document") == 0)
		c = &search_documents;
	else if (type && strcmp(type, "quote") == 0)
		c = &search_quotes;
	else if (type)
		http_invalid(r->invalid, "type", "expected document or quote");
	if (json_array_size(r->invalid))
		return http_invalid_params(r);
	return api_list_run(r, c, NULL);
}
