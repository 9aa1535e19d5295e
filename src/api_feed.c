/*
 * The newest documents as feeds: JSON Feed 1.1 and Atom (RFC 4287).  Feed
 * readers want absolute links, so they are made from the request's Host;
 * documents without a known date are left out (a feed entry needs one).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sqlite3.h>

#include "pressroom.h"
#include "api.h"

#define FEED_DEFAULT_LIMIT	20
#define FEED_MAX_LIMIT		200
#define FEED_TITLE		"pressroom: newest documents"

/* The newest documents for a feed, as list-form JSON objects. */
struct feed {
	json_t		*items;
	char		 base[300];	/* "http://host" */
	const char	*updated;	/* newest date or NULL */
};

/* Appends s with XML's special characters escaped and disallowed controls dropped. */
void
api_feed_xml_escape(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			buf_puts(b, "&amp;");
			break;
		case '<':
			buf_puts(b, "&lt;");
			break;
		case '>':
			buf_puts(b, "&gt;");
			break;
		case '"':
			buf_puts(b, "&quot;");
			break;
		case '\'':
			buf_puts(b, "&apos;");
			break;
		default:
			if ((unsigned char)*s >= 0x20 || *s == '\t' ||
			    *s == '\n' || *s == '\r')
				buf_putc(b, *s);
		}
	}
}

/* Sets base to "http://HOST" when the Host header is sane, else to "". */
static void
api_feed_base(struct req *r, struct feed *f)
{
	const char	*host;
	size_t		 i, n;

	f->base[0] = '\0';
	host = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Host");
	if (host == NULL || (n = strlen(host)) == 0 || n > 255)
		return;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)host[i]) && !strchr(".-:[]", host[i]))
			return;
	snprintf(f->base, sizeof(f->base), "http://%s", host);
	/* the links in the body depend on Host: so does the ETag */
	snprintf(r->variant, sizeof(r->variant), "feed %.55s", host);
}

/* Reads the newest documents, filtered by publisher and speaker. */
static int
api_feed_read(struct req *r, struct feed *f)
{
	const char	*pub = http_query_get(&r->query, "publisher");
	const char	*spk = http_query_get(&r->query, "speaker");
	const char	*lim = http_query_get(&r->query, "limit");
	unsigned long	 limit = FEED_DEFAULT_LIMIT;
	struct buf	 sql;
	sqlite3_stmt	*st;
	json_t		*row;
	int		 k = 1, rc;

	if (lim && http_parse_uint(lim, 1, FEED_MAX_LIMIT, &limit) == -1)
		http_invalid(r->invalid, "limit", "expected an integer from 1 "
		    "to %d", FEED_MAX_LIMIT);
	http_check_id(r->invalid, "publisher", pub);
	http_check_id(r->invalid, "speaker", spk);
	if (json_array_size(r->invalid))
		return http_invalid_params(r);
	buf_init(&sql);
	buf_puts(&sql, "SELECT t.json FROM documents t WHERE "
	    "t.published IS NOT NULL");
	if (pub)
		buf_puts(&sql, " AND t.publisher_id = "
		    "(SELECT rowid FROM organizations WHERE id = ?)");
	if (spk)
		buf_puts(&sql, " AND t.rowid IN (SELECT document_id FROM quotes "
		    "WHERE person_id = (SELECT rowid FROM people WHERE id = ?) OR "
		    "(speaker_type = 'organization' AND organization_id = "
		    "(SELECT rowid FROM organizations WHERE id = ?)))");
	buf_puts(&sql, " ORDER BY t.published DESC, t.id DESC LIMIT ?");
	st = server_stmt(sql.data);
	buf_free(&sql);
	if (st == NULL)
		return http_sql_failed(r, NULL);
	if (pub)
		sqlite3_bind_text(st, k++, pub, -1, SQLITE_STATIC);
	if (spk) {
		sqlite3_bind_text(st, k++, spk, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, spk, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, k, (sqlite3_int64)limit);
	f->items = json_array();
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if ((row = api_row_json(st, 0)) != NULL)
			json_array_append_new(f->items, row);
	if (rc != SQLITE_DONE) {
		rc = http_sql_failed(r, st);
		server_stmt_done(st);
		return rc;
	}
	server_stmt_done(st);
	f->updated = json_string_value(json_object_get(json_array_get(f->items,
	    0), "published"));
	api_feed_base(r, f);
	return 0;
}

/* GET /v1/feed.json: JSON Feed 1.1. */
int
api_feed_json(struct req *r)
{
	struct feed	 f;
	json_t		*items, *o, *it, *v, *pub;
	size_t		 i;
	char		*s;

	memset(&f, 0, sizeof(f));
	if (api_feed_read(r, &f) == -1)
		return -1;
	items = json_array();
	json_array_foreach(f.items, i, v) {
		const char	*url = json_string_value(json_object_get(v, "url"));
		const char	*sum = json_string_value(json_object_get(v, "summary"));

		s = xasprintf("%s%s", f.base, url ? url : "");
		it = json_pack("{s:s, s:s, s:O, s:s}", "id", s, "url", s,
		    "title", json_object_get(v, "title"), "content_text",
		    sum ? sum : "");
		free(s);
		if (it == NULL)
			continue;
		if (sum)
			json_object_set_new(it, "summary", json_string(sum));
		s = xasprintf("%sT00:00:00Z", json_string_value(json_object_get(v,
		    "published")));
		json_object_set_new(it, "date_published", json_string(s));
		free(s);
		if ((pub = json_object_get(v, "publisher")) && json_is_object(pub))
			json_object_set_new(it, "authors", json_pack("[{s:O}]",
			    "name", json_object_get(pub, "name")));
		if (json_is_string(json_object_get(v, "kind")))
			json_object_set_new(it, "tags", json_pack("[O]",
			    json_object_get(v, "kind")));
		json_array_append_new(items, it);
	}
	o = json_pack("{s:s, s:s, s:s+, s:s+, s:s, s:o}",
	    "version", "https://jsonfeed.org/version/1.1",
	    "title", FEED_TITLE,
	    "home_page_url", f.base, "/v1/documents",
	    "feed_url", f.base, "/v1/feed.json",
	    "description", "The newest press releases, statements and articles.",
	    "items", items);
	json_decref(f.items);
	http_json(r, o);
	json_decref(o);
	r->ctype = "application/feed+json; charset=utf-8";
	return 0;
}

/* Appends one <tag>text</tag> line. */
static void
api_feed_element(struct buf *b, const char *indent, const char *tag,
    const char *text)
{
	buf_printf(b, "%s<%s>", indent, tag);
	api_feed_xml_escape(b, text);
	buf_printf(b, "</%s>\n", tag);
}

/* GET /v1/feed.atom: an Atom feed. */
int
api_feed_atom(struct req *r)
{
	struct feed	 f;
	struct buf	*b = &r->body;
	json_t		*v, *pub;
	size_t		 i;
	char		*s;

	memset(&f, 0, sizeof(f));
	if (api_feed_read(r, &f) == -1)
		return -1;
	buf_reset(b);
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
	api_feed_element(b, "  ", "title", FEED_TITLE);
	s = xasprintf("%s/v1/feed.atom", f.base);
	api_feed_element(b, "  ", "id", s);
	buf_puts(b, "  <link rel=\"self\" type=\"application/atom+xml\" href=\"");
	api_feed_xml_escape(b, s);
	buf_puts(b, "\"/>\n  <link rel=\"alternate\" type=\"application/json\" "
	    "href=\"");
	free(s);
	s = xasprintf("%s/v1/documents", f.base);
	api_feed_xml_escape(b, s);
	free(s);
	buf_puts(b, "\"/>\n");
	s = xasprintf("%sT00:00:00Z", f.updated ? f.updated : "1970-01-01");
	api_feed_element(b, "  ", "updated", s);
	free(s);
	buf_puts(b, "  <author><name>pressroom</name></author>\n"
	    "  <generator>pressroom</generator>\n");
	json_array_foreach(f.items, i, v) {
		const char *url = json_string_value(json_object_get(v, "url"));
		const char *date = json_string_value(json_object_get(v, "published"));
		const char *sum = json_string_value(json_object_get(v, "summary"));
		const char *kind = json_string_value(json_object_get(v, "kind"));

		buf_puts(b, "  <entry>\n");
		api_feed_element(b, "    ", "title",
		    json_string_value(json_object_get(v, "title")));
		s = xasprintf("%s%s", f.base, url ? url : "");
		api_feed_element(b, "    ", "id", s);
		buf_puts(b, "    <link rel=\"alternate\" href=\"");
		api_feed_xml_escape(b, s);
		buf_puts(b, "\"/>\n");
		free(s);
		s = xasprintf("%sT00:00:00Z", date ? date : "1970-01-01");
		api_feed_element(b, "    ", "published", s);
		api_feed_element(b, "    ", "updated", s);
		free(s);
		if ((pub = json_object_get(v, "publisher")) && json_is_object(pub)) {
			buf_puts(b, "    <author>\n");
			api_feed_element(b, "      ", "name",
			    json_string_value(json_object_get(pub, "name")));
			buf_puts(b, "    </author>\n");
		}
		if (sum)
			api_feed_element(b, "    ", "summary", sum);
		if (kind) {
			buf_puts(b, "    <category term=\"");
			api_feed_xml_escape(b, kind);
			buf_puts(b, "\"/>\n");
		}
		buf_puts(b, "  </entry>\n");
	}
	buf_puts(b, "</feed>\n");
	json_decref(f.items);
	r->status = 200;
	r->ctype = "application/atom+xml; charset=utf-8";
	return 0;
}
