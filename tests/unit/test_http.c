/*
 * Unit tests of the pure parts of the HTTP layer: query parameters, cursors,
 * entity tags, CSV, search highlights, route matching, XML escaping.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include "pressroom.h"
#include "http.h"
#include "api.h"

/* Returns the name of the i-th invalid parameter. */
static const char *
invalid_name(json_t *inv, size_t i)
{
	return json_string_value(json_object_get(json_array_get(inv, i), "name"));
}

/* Parameters outside the endpoint's list are refused, each by name. */
static void
test_query_unknown(void **state)
{
	struct query	 q;
	json_t		*inv = json_array();

	(void)state;
	http_query_init(&q);
	http_query_add(&q, "limit", "5");
	http_query_add(&q, "bogus", "1");
	assert_int_equal(http_query_check(&q, "limit offset", inv), 1);
	assert_string_equal(invalid_name(inv, 0), "bogus");
	http_query_free(&q);
	json_decref(inv);
}

/* A parameter given twice is refused even when allowed. */
static void
test_query_repeated(void **state)
{
	struct query	 q;
	json_t		*inv = json_array();

	(void)state;
	http_query_init(&q);
	http_query_add(&q, "limit", "5");
	http_query_add(&q, "limit", "6");
	http_query_add(&q, "pretty", NULL);
	assert_int_equal(http_query_check(&q, "limit pretty", inv), 1);
	assert_string_equal(invalid_name(inv, 0), "limit");
	assert_string_equal(http_query_get(&q, "limit"), "5");
	assert_string_equal(http_query_get(&q, "pretty"), "");
	assert_null(http_query_get(&q, "offset"));
	http_query_free(&q);
	json_decref(inv);
}

/* More than HTTP_MAX_PARAMS parameters is an error, not a truncation. */
static void
test_query_overflow(void **state)
{
	struct query	 q;
	json_t		*inv = json_array();
	int		 i;

	(void)state;
	http_query_init(&q);
	for (i = 0; i < HTTP_MAX_PARAMS + 3; i++)
		http_query_add(&q, "q", "x");
	assert_true(q.overflow);
	assert_true(http_query_check(&q, "q", inv) > 0);
	http_query_free(&q);
	json_decref(inv);
}

/* The allowed list matches whole words only. */
static void
test_list_contains(void **state)
{
	(void)state;
	assert_true(http_list_contains("limit offset", "offset", (size_t)-1));
	assert_false(http_list_contains("limit offset", "off", (size_t)-1));
	assert_false(http_list_contains("limit offset", "", (size_t)-1));
	assert_false(http_list_contains("", "limit", (size_t)-1));
	assert_true(http_list_contains("a  b ", "b", (size_t)-1));
}

/* limit and offset: digits only, inside their range. */
static void
test_parse_uint(void **state)
{
	unsigned long	v = 0;

	(void)state;
	assert_int_equal(http_parse_uint("20", 1, 200, &v), 0);
	assert_int_equal(v, 20);
	assert_int_equal(http_parse_uint("200", 1, 200, &v), 0);
	assert_int_equal(http_parse_uint("0", 1, 200, &v), -1);
	assert_int_equal(http_parse_uint("201", 1, 200, &v), -1);
	assert_int_equal(http_parse_uint("-1", 0, 200, &v), -1);
	assert_int_equal(http_parse_uint("+5", 0, 200, &v), -1);
	assert_int_equal(http_parse_uint("5 ", 0, 200, &v), -1);
	assert_int_equal(http_parse_uint("", 0, 200, &v), -1);
	assert_int_equal(http_parse_uint("0x10", 0, 200, &v), -1);
	assert_int_equal(http_parse_uint("99999999999999999999", 0, 200, &v), -1);
}

/* Dates are real calendar days written YYYY-MM-DD. */
static void
test_parse_date(void **state)
{
	(void)state;
	assert_int_equal(http_parse_date("2011-08-15"), 0);
	assert_int_equal(http_parse_date("2012-02-29"), 0);
	assert_int_equal(http_parse_date("2000-02-29"), 0);
	assert_int_equal(http_parse_date("2011-02-29"), -1);
	assert_int_equal(http_parse_date("1900-02-29"), -1);
	assert_int_equal(http_parse_date("2011-02-30"), -1);
	assert_int_equal(http_parse_date("2011-13-01"), -1);
	assert_int_equal(http_parse_date("2011-00-10"), -1);
	assert_int_equal(http_parse_date("2011-8-15"), -1);
	assert_int_equal(http_parse_date("20110815"), -1);
	assert_int_equal(http_parse_date("2011-08-15T00"), -1);
	assert_int_equal(http_parse_date("abcd-ef-gh"), -1);
}

/* pretty takes 1/0, true/false, yes/no; an empty value is not in the enum. */
static void
test_parse_bool(void **state)
{
	int	v = -1;

	(void)state;
	assert_int_equal(http_parse_bool("1", &v), 0);
	assert_int_equal(v, 1);
	assert_int_equal(http_parse_bool("", &v), -1);
	assert_int_equal(http_parse_bool("false", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(http_parse_bool("maybe", &v), -1);
}

/* base64url round-trips every length and refuses foreign characters. */
static void
test_base64url(void **state)
{
	const char	*src = "any carnal pleasure.";
	unsigned char	*out;
	size_t		 n, len;
	char		*enc;

	(void)state;
	for (n = 0; n <= strlen(src); n++) {
		enc = http_base64url_encode(src, n);
		assert_null(strchr(enc, '='));
		assert_int_equal(http_base64url_decode(enc, &out, &len), 0);
		assert_int_equal(len, n);
		assert_memory_equal(out, src, n);
		free(out);
		free(enc);
	}
	assert_int_equal(http_base64url_decode("ab+/", &out, &len), -1);
	assert_int_equal(http_base64url_decode("abcde", &out, &len), -1);
	assert_int_equal(http_base64url_decode("ab=", &out, &len), -1);
	/* non-zero padding bits: a second spelling of the same bytes */
	assert_int_equal(http_base64url_decode("QR", &out, &len), -1);
}

/* A cursor decodes to what was encoded, for text, integer and null values. */
static void
test_cursor_roundtrip(void **state)
{
	struct cursor	 c, d;
	json_t		*vals[3];
	char		*s;
	int		 i;

	(void)state;
	vals[0] = json_string("2011-08-15");
	vals[1] = json_integer(312);
	vals[2] = json_null();
	for (i = 0; i < 3; i++) {
		c.sort = "published";
		c.desc = i != 1;
		c.before = i == 2;
		c.value = vals[i];
		c.key = json_string("2011-08-15-nilc-calls-on-dhs");
		s = http_cursor_encode(&c);
		assert_int_equal(strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"
		    "nopqrstuvwxyz0123456789-_"), strlen(s));
		assert_int_equal(http_cursor_decode(s, &d), 0);
		assert_string_equal(d.sort, "published");
		assert_int_equal(d.desc, c.desc);
		assert_int_equal(d.before, c.before);
		assert_true(json_equal(d.value, vals[i]));
		assert_true(json_equal(d.key, c.key));
		http_cursor_free(&d);
		json_decref(c.key);
		free(s);
		json_decref(vals[i]);
	}
}

/* Garbage, foreign JSON and tampered fields are not cursors. */
static void
test_cursor_garbage(void **state)
{
	static const char *const bad[] = {
		"", "zzzz", "!!!!", "bm90IGpzb24",		/* "not json" */
		"W10",						/* [] */
		"eyJzIjoiYSJ9",					/* {"s":"a"} */
		/* {"s":"a","d":"x","v":1,"k":"b"} */
		"eyJzIjoiYSIsImQiOiJ4IiwidiI6MSwiayI6ImIifQ",
		/* {"s":"a","d":"+","v":[],"k":"b"} */
		"eyJzIjoiYSIsImQiOiIrIiwidiI6W10sImsiOiJiIn0",
		/* {"s":"a","d":"+","v":1,"k":null} */
		"eyJzIjoiYSIsImQiOiIrIiwidiI6MSwiayI6bnVsbH0",
		/* {"s":"a","d":"+","v":1,"k":"b","b":false} */
		"eyJzIjoiYSIsImQiOiIrIiwidiI6MSwiayI6ImIiLCJiIjpmYWxzZX0",
		NULL,
	};
	struct cursor	c;
	int		i;

	(void)state;
	for (i = 0; bad[i]; i++) {
		assert_int_equal(http_cursor_decode(bad[i], &c), -1);
		http_cursor_free(&c);
	}
}

/* If-None-Match: lists, weak tags, and "*" (RFC 9110 weak comparison). */
static void
test_etag_match(void **state)
{
	const char	*tag = "\"abc123\"";

	(void)state;
	assert_true(http_etag_match("\"abc123\"", tag));
	assert_true(http_etag_match("W/\"abc123\"", tag));
	assert_true(http_etag_match("\"x\", \"abc123\"", tag));
	assert_true(http_etag_match("\"x\",W/\"abc123\" ,\"y\"", tag));
	assert_true(http_etag_match("*", tag));
	assert_false(http_etag_match("\"abc12\"", tag));
	assert_false(http_etag_match("\"abc1234\"", tag));
	assert_false(http_etag_match("abc123", tag));
	assert_false(http_etag_match("", tag));
	assert_false(http_etag_match(NULL, tag));
	assert_false(http_etag_match("W/", tag));
	assert_false(http_etag_match("\"", tag));
}

/* Appends one field to a fresh buffer and compares. */
static void
assert_csv(const char *in, const char *want)
{
	struct buf	b;

	buf_init(&b);
	buf_add(&b, "", 0);
	http_csv_field(&b, in, strlen(in));
	assert_string_equal(b.data, want);
	buf_free(&b);
}

/* Fields with commas, quotes or line breaks are quoted, quotes doubled. */
static void
test_csv_escape(void **state)
{
	(void)state;
	assert_csv("plain", "plain");
	assert_csv("", "");
	assert_csv("a,b", "\"a,b\"");
	assert_csv("say \"hi\"", "\"say \"\"hi\"\"\"");
	assert_csv("two\nlines", "\"two\nlines\"");
	assert_csv("cr\r", "\"cr\r\"");
	assert_csv("café, “quoted”", "\"café, “quoted”\"");
}

/* Nested objects flatten to prefix_key columns; arrays join with "; ". */
static void
test_csv_flatten(void **state)
{
	static const char *const cols[] = { "id", "publisher.id",
	    "publisher.name", "contact.email", "aliases", "counts.quotes",
	    "people", "missing.key", "flag", NULL };
	struct buf	 b;
	json_t		*row;

	(void)state;
	row = json_loads("{\"id\": \"d1\", \"publisher\": {\"id\": \"nilc\", "
	    "\"name\": \"National, Center\"}, \"contact\": null, "
	    "\"aliases\": [\"NILC\", \"N.I.L.C.\"], \"counts\": {\"quotes\": 3}, "
	    "\"people\": [{\"id\": \"a\", \"name\": \"Ann\"}, {\"id\": \"b\"}], "
	    "\"flag\": true}", 0, NULL);
	assert_non_null(row);
	buf_init(&b);
	http_csv_header(&b, cols);
	assert_string_equal(b.data, "id,publisher_id,publisher_name,contact_email,"
	    "aliases,counts_quotes,people,missing_key,flag\r\n");
	buf_reset(&b);
	http_csv_row(&b, row, cols);
	assert_string_equal(b.data, "d1,nilc,\"National, Center\",,NILC; N.I.L.C.,"
	    "3,Ann; b,,true\r\n");
	buf_free(&b);
	assert_null(http_json_path(row, "publisher.id.x"));
	assert_string_equal(json_string_value(http_json_path(row,
	    "publisher.name")), "National, Center");
	json_decref(row);
}

/*
 * A CSV record read straight from the JSON text is the record of the parsed
 * row, byte for byte; text it cannot be sure of is declined, leaving the
 * output as it was.
 */
static void
test_csv_row_text(void **state)
{
	static const char *const cols[] = { "id", "publisher.id",
	    "publisher.name", "contact.email", "aliases", "counts.quotes",
	    "people", "missing.key", "flag", "deep.a.b", NULL };
	static const char *const same[] = {
		("{\"id\": \"d1\", \"publisher\": {\"id\": \"nilc\", \"name\": "
		"\"National, Center\"}, \"contact\": null, \"aliases\": [\"NILC\", "
		"\"N.I.L.C.\"], \"counts\": {\"quotes\": 3}, \"people\": [{\"id\": "
		"\"a\", \"name\": \"Ann\"}, {\"id\": \"b\"}, {\"x\": 1}, null, "
		"[{\"title\": \"T\", \"id\": \"t\"}]], \"flag\": true}"),
		("{\"id\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/ \\\\ \\b\\f\\n"
		"\\r\\t\",\"counts\":{\"quotes\":-12,\"quotes2\":0},\"flag\":false}"),
		("  {\"deep\":{\"a\":{\"b\":[1,2,\"x\"]},\"z\":{}},\"skip\":[{},[],"
		"{\"k\":[null,true]}],\"people\":[{\"name\":null,\"id\":\"i\"}]} "),
		("{\"publisher\": \"a string, not an object\", \"people\": [],"
		"\"id\": \"\", \"aliases\": [\"\", \"x\"]}"),
		"{\"people\":[{\"name\":\"first\",\"name\":\"last\"}]}",
		"{}",
	};
	static const char *const declined[] = {
		"{\"id\": 1.5}", "{\"id\": 1e3}", "{\"id\": -0}", "{\"id\": 01}",
		"{\"id\": 1234567890123456789}",
		"{\"publisher\": {\"a\": 1}, \"id\": {\"x\": 1}}",
		"{\"id\": \"a\\u0000b\"}",
		"{\"id\": \"\\udc00\"}", "{\"id\": \"\\ud800x\"}",
		"{\"i\\u0064\": 1}", "{\"id\": 1, \"id\": 2}",
		"{\"publisher\": {\"id\": \"a\"}, \"publisher\": null}",
		"[1]", "{\"id\": 1} x", "{\"id\": 1", "{\"id\": \"x}",
		"{\"id\": tru}", "{\"id\": \"tab\tinside\"}", "",
		"{\"people\": [{\"name\": {\"x\": 1}}]}",
	};
	struct buf	 b, f, want;
	json_t		*row;
	size_t		 i;

	(void)state;
	buf_init(&b);
	buf_init(&f);
	buf_init(&want);
	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		row = json_loads(same[i], 0, NULL);
		assert_non_null(row);
		buf_reset(&want);
		http_csv_row(&want, row, cols);
		json_decref(row);
		buf_reset(&b);
		assert_int_equal(http_csv_row_text(&b, &f, same[i],
		    strlen(same[i]), cols), 1);
		assert_int_equal(b.len, want.len);
		assert_memory_equal(b.data, want.data, want.len);
	}
	for (i = 0; i < sizeof(declined) / sizeof(declined[0]); i++) {
		buf_reset(&b);
		buf_puts(&b, "before");
		assert_int_equal(http_csv_row_text(&b, &f, declined[i],
		    strlen(declined[i]), cols), 0);
		assert_string_equal(b.data, "before");
	}
	{	/* under a step of 128 bytes http_json_path() finds nothing */
		char		 key[131], text[160];
		const char	*lcols[] = { key, NULL };

		memset(key, 'a', 130);
		key[130] = '\0';
		snprintf(text, sizeof(text), "{\"%s\": 1}", key);
		buf_reset(&b);
		assert_int_equal(http_csv_row_text(&b, &f, text, strlen(text),
		    lcols), 0);
		assert_int_equal(b.len, 0);
	}
	buf_free(&b);
	buf_free(&f);
	buf_free(&want);
}

/* Highlight offsets count code points of the snippet without its markers. */
static void
test_snippet_highlights(void **state)
{
	char	*text;
	json_t	*hl, *want;

	(void)state;
	assert_int_equal(api_search_highlights("the \x01" "café\x02 is \x01open\x02",
	    &text, &hl), 0);
	assert_string_equal(text, "the café is open");
	want = json_loads("[[4, 8], [12, 16]]", 0, NULL);
	assert_true(json_equal(hl, want));
	json_decref(want);
	json_decref(hl);
	free(text);

	assert_int_equal(api_search_highlights("…“\x01Ñandú\x02”", &text, &hl), 0);
	assert_string_equal(text, "…“Ñandú”");
	want = json_loads("[[2, 7]]", 0, NULL);
	assert_true(json_equal(hl, want));
	json_decref(want);
	json_decref(hl);
	free(text);

	assert_int_equal(api_search_highlights("no marks", &text, &hl), 0);
	assert_int_equal(json_array_size(hl), 0);
	json_decref(hl);
	free(text);

	assert_int_equal(api_search_highlights("\x01open", &text, &hl), -1);
	assert_int_equal(api_search_highlights("close\x02", &text, &hl), -1);
	assert_int_equal(api_search_highlights("\x01\x01x\x02\x02", &text, &hl), -1);
}

/* Routes: exact segments, one {id} segment, no trailing slash. */
static void
test_route_match(void **state)
{
	char	id[16];

	(void)state;
	assert_true(http_route_match("/v1/documents", "/v1/documents", id,
	    sizeof(id)));
	assert_false(http_route_match("/v1/documents", "/v1/documents/", id,
	    sizeof(id)));
	assert_false(http_route_match("/v1/documents", "/v1/document", id,
	    sizeof(id)));
	assert_true(http_route_match("/v1/documents/{id}", "/v1/documents/abc-1",
	    id, sizeof(id)));
	assert_string_equal(id, "abc-1");
	assert_false(http_route_match("/v1/documents/{id}", "/v1/documents/", id,
	    sizeof(id)));
	assert_false(http_route_match("/v1/documents/{id}", "/v1/documents/a/b",
	    id, sizeof(id)));
	assert_true(http_route_match("/v1/documents/{id}/quotes",
	    "/v1/documents/x/quotes", id, sizeof(id)));
	assert_string_equal(id, "x");
	assert_false(http_route_match("/v1/documents/{id}/quotes",
	    "/v1/documents/x/quotes/", id, sizeof(id)));
	/* an id longer than the buffer is no match (a 404), never truncated */
	assert_false(http_route_match("/v1/documents/{id}",
	    "/v1/documents/0123456789abcdefXYZ", id, sizeof(id)));
}

/* Every route of the table is distinct and its handler set. */
static void
test_route_table(void **state)
{
	size_t	i, j;

	(void)state;
	assert_true(http_nroutes >= 30);
	for (i = 0; i < http_nroutes; i++) {
		assert_non_null(http_routes[i].handler);
		assert_non_null(http_routes[i].params);
		for (j = 0; j < i; j++)
			assert_string_not_equal(http_routes[i].pattern,
			    http_routes[j].pattern);
	}
}

/* Incoming request ids are echoed only when short and plain. */
static void
test_request_id(void **state)
{
	(void)state;
	assert_true(http_request_id_ok("abc-123_x.y:z"));
	assert_false(http_request_id_ok(""));
	assert_false(http_request_id_ok(NULL));
	assert_false(http_request_id_ok("a b"));
	assert_false(http_request_id_ok("a\r\nX-Evil: 1"));
	assert_false(http_request_id_ok("<script>"));
}

/* XML text escapes markup characters and drops forbidden controls. */
static void
test_xml_escape(void **state)
{
	struct buf	b;

	(void)state;
	buf_init(&b);
	buf_add(&b, "", 0);
	api_feed_xml_escape(&b, "<a href=\"x\">Tom & Jerry's</a>\x01\t");
	assert_string_equal(b.data,
	    "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;\t");
	buf_free(&b);
}

/* Query values are percent-encoded for links, unreserved bytes kept. */
static void
test_urlencode(void **state)
{
	struct buf	b;

	(void)state;
	buf_init(&b);
	buf_add(&b, "", 0);
	http_urlencode(&b, "\"a b\"&c=d,é~");
	assert_string_equal(b.data, "%22a%20b%22%26c%3Dd,%C3%A9~");
	buf_free(&b);
}

/* The response cache hands back what was put, by key and epoch only. */
static void
test_cache_get_put(void **state)
{
	struct cached	*e, *g;

	(void)state;
	http_cache_init((size_t)1 << 20, 0);
	assert_null(http_cache_get(1, "a\0\0", 3));
	e = http_cache_put(1, "a\0\0", 3, xstrdup("{}"), 2, "application/json",
	    "<x>; rel=\"next\"", "\"tag\"");
	assert_non_null(e);
	g = http_cache_get(1, "a\0\0", 3);
	assert_ptr_equal(g, e);
	assert_memory_equal(g->body, "{}", 2);
	assert_string_equal(g->etag, "\"tag\"");
	assert_string_equal(g->link, "<x>; rel=\"next\"");
	assert_null(http_cache_get(1, "a\0x", 3));	/* another variant */
	http_cache_unref(g);
	/* a newer epoch drops the old answers; the holder's copy lives on */
	assert_null(http_cache_get(2, "a\0\0", 3));
	assert_memory_equal(e->body, "{}", 2);
	http_cache_unref(e);
	http_cache_free();
}

/* The cache stays within its budget, dropping the least recently used. */
static void
test_cache_lru(void **state)
{
	unsigned long long	 hits, misses, evicted;
	size_t			 entries, bytes, spooled, i;
	char			 key[32];
	struct cached		*e;

	(void)state;
	http_cache_init((size_t)64 * 1024, 0);
	for (i = 0; i < 4000; i++) {
		snprintf(key, sizeof(key), "/k/%zu", i);
		e = http_cache_put(1, key, strlen(key), xstrdup("0123456789"),
		    10, "text/plain", NULL, "\"t\"");
		http_cache_unref(e);
		/* key 0 stays recently used */
		http_cache_unref(http_cache_get(1, "/k/0", 4));
	}
	http_cache_stats(&hits, &misses, &evicted, &entries, &bytes, &spooled);
	assert_true(bytes <= 64 * 1024);
	assert_true(evicted > 0);
	assert_true(entries < 4000);
	e = http_cache_get(1, "/k/0", 4);
	assert_non_null(e);
	http_cache_unref(e);
	assert_non_null(e = http_cache_get(1, "/k/3999", 7));
	http_cache_unref(e);
	assert_null(http_cache_get(1, "/k/1", 4));
	/* too large for a shard: answered, not kept */
	e = http_cache_put(1, "big", 3, xcalloc(1, 60000), 60000, "text/plain",
	    NULL, "\"b\"");
	assert_int_equal(e->shard, -1);
	http_cache_unref(e);
	assert_null(http_cache_get(1, "big", 3));
	http_cache_free();
}

/* Exports are kept in spool files, one writer a key, within their budget. */
static void
test_cache_spool(void **state)
{
	unsigned long long	 hits, misses, evicted;
	size_t			 entries, bytes, spooled;
	struct cached		*e;
	char			 got[8];
	int			 fd, fd2;

	(void)state;
	http_cache_init((size_t)1 << 20, 10);
	assert_int_not_equal(fd = http_cache_spool_open("/x", 2), -1);
	assert_int_equal(http_cache_spool_open("/x", 2), -1);	/* one writer */
	assert_int_equal(http_cache_spool_reserve(5), 0);
	assert_int_equal(write(fd, "a,b\r\n", 5), 5);
	http_cache_put_file(1, "/x", 2, fd, 5, "text/csv", NULL, "\"s\"");
	assert_non_null(e = http_cache_get(1, "/x", 2));
	assert_null(e->body);
	assert_int_equal(pread(e->fd, got, sizeof(got), 0), 5);
	assert_memory_equal(got, "a,b\r\n", 5);
	assert_string_equal(e->etag, "\"s\"");
	http_cache_stats(&hits, &misses, &evicted, &entries, &bytes, &spooled);
	assert_int_equal(spooled, 5);
	/* past the budget: the writer gives up and its bytes come back */
	assert_int_not_equal(fd2 = http_cache_spool_open("/y", 2), -1);
	assert_int_equal(http_cache_spool_reserve(3), 0);
	assert_int_equal(http_cache_spool_reserve(4), -1);
	close(fd2);
	http_cache_spool_end("/y", 2, 3);
	http_cache_stats(&hits, &misses, &evicted, &entries, &bytes, &spooled);
	assert_int_equal(spooled, 5);
	assert_int_not_equal(fd2 = http_cache_spool_open("/y", 2), -1);
	close(fd2);
	http_cache_spool_end("/y", 2, 0);
	/* a newer epoch drops the file from the cache; its holder reads on */
	assert_null(http_cache_get(2, "/x", 2));
	assert_int_equal(pread(e->fd, got, sizeof(got), 0), 5);
	http_cache_unref(e);
	http_cache_stats(&hits, &misses, &evicted, &entries, &bytes, &spooled);
	assert_int_equal(spooled, 0);
	http_cache_free();
	/* no budget: no spool files */
	http_cache_init((size_t)1 << 20, 0);
	assert_int_equal(http_cache_spool_open("/x", 2), -1);
	http_cache_free();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query_unknown),
		cmocka_unit_test(test_query_repeated),
		cmocka_unit_test(test_query_overflow),
		cmocka_unit_test(test_list_contains),
		cmocka_unit_test(test_parse_uint),
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_parse_bool),
		cmocka_unit_test(test_base64url),
		cmocka_unit_test(test_cursor_roundtrip),
		cmocka_unit_test(test_cursor_garbage),
		cmocka_unit_test(test_etag_match),
		cmocka_unit_test(test_csv_escape),
		cmocka_unit_test(test_csv_flatten),
		cmocka_unit_test(test_csv_row_text),
		cmocka_unit_test(test_snippet_highlights),
		cmocka_unit_test(test_route_match),
		cmocka_unit_test(test_route_table),
		cmocka_unit_test(test_request_id),
		cmocka_unit_test(test_xml_escape),
		cmocka_unit_test(test_urlencode),
		cmocka_unit_test(test_cache_get_put),
		cmocka_unit_test(test_cache_lru),
		cmocka_unit_test(test_cache_spool),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
