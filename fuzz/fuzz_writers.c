/*
 * Fuzz target: the writers of answers: the JSON encoder (json_write.c) and
 * the CSV and NDJSON export records (http_csv.c).
 *
 * Input: a little program that builds a jansson value, one opcode byte at
 * a time (opcode % 8):
 *   0 null   1 true   2 false
 *   3 integer: the next 8 bytes, little-endian
 *   4 real: the next 8 bytes as a double (NaN and infinities are skipped:
 *     JSON has none)
 *   5 string: a length byte, then that many bytes (invalid UTF-8: skipped)
 *   6 array: a count byte (% 8), then that many values
 *   7 object: a count byte (% 8), then that many string keys (as in 5;
 *     one holding a NUL is skipped: jansson cannot read it back) and values
 * nested at most FUZZ_MAX_DEPTH deep; a missing byte reads as 0.  The
 * value is an object (the export row); its keys, and the keys of the
 * objects under them ("a.b"), are the export's columns.
 *
 * Checks:
 *   - json_write() gives what json_dumps(JSON_COMPACT | JSON_ENCODE_ANY)
 *     gives, and it parses back to an equal value;
 *   - json_write_string() on the raw input bytes (a copy of exactly that
 *     length, no NUL after it) reads nothing past them, and its output, when
 *     the bytes are UTF-8, parses back to the same string;
 *   - an NDJSON export record is one line that parses back to the row;
 *   - a CSV export (header and two records of the row) parses with an RFC
 *     4180 reader into the column names and, per field, the row's value at
 *     that column as flat text (http_json_text()); http_csv_field() on the
 *     raw bytes reads nothing past them and round-trips them; the record
 *     read straight from the row's JSON text (http_csv_row_text()), when
 *     it reads it, is the same bytes.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pressroom.h"
#include "json_write.h"
#include "http.h"
#include "api.h"
#include "fuzz.h"

#define FUZZ_MAX_DEPTH	24
#define FUZZ_MAX_COLS	64

/* The input being read. */
struct prog {
	const uint8_t	*p;
	size_t		 n, i;
	size_t		 nodes;
};

static uint8_t
prog_byte(struct prog *g)
{
	return g->i < g->n ? g->p[g->i++] : 0;
}

static uint64_t
prog_u64(struct prog *g)
{
	uint64_t	v = 0;
	int		k;

	for (k = 0; k < 8; k++)
		v |= (uint64_t)prog_byte(g) << (8 * k);
	return v;
}

/* Reads a string (length byte, bytes); NULL when not UTF-8. */
static json_t *
prog_string(struct prog *g)
{
	size_t	len = prog_byte(g), avail = g->n - g->i;
	json_t	*s;

	if (len > avail)
		len = avail;
	s = json_stringn((const char *)g->p + g->i, len);
	g->i += len;
	return s;
}

/* Reads one value; NULL when the input gave none that JSON can hold. */
static json_t *
prog_value(struct prog *g, int depth)
{
	json_t		*v, *k, *e;
	uint64_t	 u;
	double		 d;
	int		 op, count, i;

	if (g->i >= g->n || ++g->nodes > 4096)
		return NULL;
	op = prog_byte(g) % 8;
	if (op >= 6 && depth >= FUZZ_MAX_DEPTH)
		op = 0;
	switch (op) {
	case 0:
		return json_null();
	case 1:
		return json_true();
	case 2:
		return json_false();
	case 3:
		return json_integer((json_int_t)prog_u64(g));
	case 4:
		u = prog_u64(g);
		memcpy(&d, &u, sizeof(d));
		return isfinite(d) ? json_real(d) : NULL;
	case 5:
		return prog_string(g);
	case 6:
		v = json_array();
		count = prog_byte(g) % 8;
		for (i = 0; i < count; i++)
			if ((e = prog_value(g, depth + 1)) != NULL)
				json_array_append_new(v, e);
		return v;
	default:
		v = json_object();
		count = prog_byte(g) % 8;
		for (i = 0; i < count; i++) {
			k = prog_string(g);
			e = prog_value(g, depth + 1);
			/* jansson reads no NUL in a key: none is written */
			if (k && e && strlen(json_string_value(k)) ==
			    json_string_length(k))
				json_object_setn(v, json_string_value(k),
				    json_string_length(k), e);
			json_decref(k);
			json_decref(e);
		}
		return v;
	}
}

/* json_write() against jansson's own encoder and decoder. */
static void
check_json(const json_t *v)
{
	struct buf	 b;
	json_error_t	 jerr;
	json_t		*back;
	char		*ref;

	buf_init(&b);
	json_write(&b, v);
	ref = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	FUZZ_CHECK(ref != NULL, "jansson cannot encode the value");
	FUZZ_CHECK(strlen(ref) == b.len && memcmp(ref, b.data, b.len) == 0,
	    "json_write differs from json_dumps:\n%s\n%s", b.data, ref);
	back = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL,
	    &jerr);
	FUZZ_CHECK(back != NULL, "json_write's output does not parse: %s: %s",
	    jerr.text, b.data);
	FUZZ_CHECK(json_equal(back, v), "json_write's output parses to "
	    "another value: %s", b.data);
	json_decref(back);
	free(ref);
	buf_free(&b);
}

/* json_write_string() on raw bytes, from a buffer of exactly len bytes. */
static void
check_json_string(const uint8_t *data, size_t len)
{
	struct buf	 b;
	json_t		*back;
	char		*copy = xmalloc(len ? len : 1);

	memcpy(copy, data, len);
	buf_init(&b);
	json_write_string(&b, copy, len);
	if (utf8_valid(copy, len, NULL)) {
		back = json_loadb(b.data, b.len, JSON_DECODE_ANY |
		    JSON_ALLOW_NUL, NULL);
		FUZZ_CHECK(back != NULL && json_is_string(back) &&
		    json_string_length(back) == len &&
		    memcmp(json_string_value(back), copy, len) == 0,
		    "a string does not come back from json_write_string");
		json_decref(back);
	}
	buf_free(&b);
	free(copy);
}

/* Adds row's column paths to cols: its keys, and "key.sub" under objects. */
static size_t
collect_cols(json_t *row, char **cols, size_t n)
{
	const char	*key, *sub;
	json_t		*v, *w;

	json_object_foreach(row, key, v) {
		/* a key with '.' or NUL cannot be named by a path */
		if (strchr(key, '.') || strlen(key) != json_object_iter_key_len(
		    json_object_key_to_iter(key)) || n + 1 >= FUZZ_MAX_COLS)
			continue;
		cols[n++] = xstrdup(key);
		if (!json_is_object(v))
			continue;
		json_object_foreach(v, sub, w) {
			if (strchr(sub, '.') || n + 1 >= FUZZ_MAX_COLS)
				continue;
			cols[n++] = xasprintf("%s.%s", key, sub);
		}
	}
	cols[n] = NULL;
	return n;
}

/*
 * Reads one RFC 4180 field at *p (before end) into f; returns 1 when a
 * record ends after it (CRLF), 0 when a comma follows.
 */
static int
csv_field(const char **p, const char *end, struct buf *f)
{
	const char	*s = *p;

	buf_reset(f);
	buf_add(f, "", 0);
	if (s < end && *s == '"') {
		for (s++;; s++) {
			FUZZ_CHECK(s < end, "a quoted CSV field never closes");
			if (*s == '"') {
				if (s + 1 < end && s[1] == '"') {
					buf_putc(f, '"');
					s++;
					continue;
				}
				s++;
				break;
			}
			buf_putc(f, *s);
		}
	} else
		for (; s < end && *s != ',' && *s != '\r' && *s != '\n'; s++) {
			FUZZ_CHECK(*s != '"', "a quote inside an unquoted field");
			buf_putc(f, *s);
		}
	FUZZ_CHECK(s < end, "a CSV record without its CRLF");
	if (*s == ',') {
		*p = s + 1;
		return 0;
	}
	FUZZ_CHECK(end - s >= 2 && s[0] == '\r' && s[1] == '\n',
	    "a field followed by neither ',' nor CRLF");
	*p = s + 2;
	return 1;
}

/* Checks the next record at *p has the n fields want[]. */
static void
csv_record(const char **p, const char *end, struct buf *want, size_t n,
    struct buf *f)
{
	size_t	i;
	int	last;

	for (i = 0; i < n; i++) {
		last = csv_field(p, end, f);
		FUZZ_CHECK(f->len == want[i].len && memcmp(f->data,
		    want[i].data ? want[i].data : "", f->len) == 0,
		    "CSV field %zu reads back as \"%s\", not \"%s\"", i, f->data,
		    want[i].data ? want[i].data : "");
		FUZZ_CHECK(last == (i + 1 == n), "CSV record of the wrong width "
		    "at field %zu of %zu", i, n);
	}
}

/*
 * The CSV record read straight from the row's JSON text, when the reader
 * takes the text, is the record of the parsed row, byte for byte.
 */
static void
check_row_text(json_t *row, const char *const *cols)
{
	struct buf	 want, got, f;
	char		*text;

	if ((text = json_dumps(row, JSON_COMPACT)) == NULL)
		return;
	buf_init(&want);
	buf_init(&got);
	buf_init(&f);
	http_csv_row(&want, row, cols);
	if (http_csv_row_text(&got, &f, text, strlen(text), cols))
		FUZZ_CHECK(got.len == want.len && memcmp(got.data, want.data,
		    want.len) == 0, "the CSV record read from the text differs: "
		    "%s", text);
	else
		FUZZ_CHECK(got.len == 0, "a declined text left output behind");
	free(text);
	buf_free(&want);
	buf_free(&got);
	buf_free(&f);
}

/* The CSV and NDJSON export of row, and http_csv_field() on raw bytes. */
static void
check_exports(json_t *row, const uint8_t *data, size_t len)
{
	char		*cols[FUZZ_MAX_COLS], *copy, *name;
	struct buf	 out, f, want[FUZZ_MAX_COLS];
	const char	*p, *end;
	json_t		*back;
	size_t		 n, i;

	/* NDJSON: one line holding the row */
	buf_init(&out);
	buf_init(&f);
	http_export_row(&out, &f, row, FORMAT_NDJSON, NULL);
	FUZZ_CHECK(out.len > 0 && out.data[out.len - 1] == '\n' &&
	    memchr(out.data, '\n', out.len - 1) == NULL,
	    "an NDJSON record that is not one line");
	back = json_loadb(out.data, out.len - 1, JSON_ALLOW_NUL, NULL);
	FUZZ_CHECK(back && json_equal(back, row), "an NDJSON record that "
	    "does not read back: %s", out.data);
	json_decref(back);

	/* CSV: the header and two records, read back field by field */
	if ((n = collect_cols(row, cols, 0)) > 0) {
		buf_reset(&out);
		http_csv_header(&out, (const char *const *)cols);
		http_export_row(&out, &f, row, FORMAT_CSV,
		    (const char *const *)cols);
		http_export_row(&out, &f, row, FORMAT_CSV,
		    (const char *const *)cols);
		p = out.data;
		end = out.data + out.len;
		for (i = 0; i < n; i++) {
			buf_init(&want[i]);
			name = xstrdup(cols[i]);
			for (copy = name; *copy; copy++)
				if (*copy == '.')
					*copy = '_';
			buf_puts(&want[i], name);
			free(name);
		}
		csv_record(&p, end, want, n, &f);
		for (i = 0; i < n; i++) {
			buf_reset(&want[i]);
			http_json_text(&want[i], http_json_path(row, cols[i]));
		}
		csv_record(&p, end, want, n, &f);
		csv_record(&p, end, want, n, &f);
		FUZZ_CHECK(p == end, "bytes after the last CSV record");
		check_row_text(row, (const char *const *)cols);
		for (i = 0; i < n; i++) {
			buf_free(&want[i]);
			free(cols[i]);
		}
	}

	/* one field of raw bytes, from a buffer of exactly len bytes */
	copy = xmalloc(len ? len : 1);
	memcpy(copy, data, len);
	buf_reset(&out);
	http_csv_field(&out, copy, len);
	buf_puts(&out, "\r\n");
	p = out.data;
	csv_field(&p, out.data + out.len, &f);
	FUZZ_CHECK(f.len == len && memcmp(f.data, copy, len) == 0 &&
	    p == out.data + out.len, "a raw CSV field does not read back");
	free(copy);
	buf_free(&f);
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct prog	 g = { data, size, 0, 0 };
	json_t		*v, *row;

	v = prog_value(&g, 0);
	if (v != NULL)
		check_json(v);
	check_json_string(data, size);
	if (json_is_object(v))
		row = json_incref(v);
	else {
		row = json_object();
		if (v)
			json_object_set(row, "value", v);
	}
	check_exports(row, data, size);
	json_decref(row);
	json_decref(v);
	return 0;
}
