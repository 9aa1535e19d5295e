/*
 * CSV (RFC 4180) and NDJSON writers for collections, and the streamed answer
 * that feeds every row of a statement through them (and, when the response
 * cache spools exports, into a file it keeps for the next request).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>
#include <sqlite3.h>

#include "pressroom.h"
#include "json_write.h"
#include "http.h"
#include "api.h"

#define CSV_BLOCK	(32 * 1024)

/* Appends one CSV field (n bytes of s), quoted when it holds a comma, quote, CR or LF. */
void
http_csv_field(struct buf *b, const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			break;
	if (i == n) {
		buf_add(b, s, n);
		return;
	}
	buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			buf_putc(b, '"');
		buf_putc(b, s[i]);
	}
	buf_putc(b, '"');
}

/* Appends the header row: each column path with '.' written as '_'. */
void
http_csv_header(struct buf *b, const char *const *cols)
{
	size_t	i;
	char	*name, *p;

	for (i = 0; cols[i]; i++) {
		if (i)
			buf_putc(b, ',');
		name = xstrdup(cols[i]);
		for (p = name; *p; p++)
			if (*p == '.')
				*p = '_';
		http_csv_field(b, name, strlen(name));
		free(name);
	}
	buf_puts(b, "\r\n");
}

/* Returns the value at a dotted path ("publisher.id") in v, or NULL; borrowed. */
json_t *
http_json_path(json_t *v, const char *path)
{
	const char	*p = path, *e;
	char		 key[128];

	while (v && *p) {
		e = strchr(p, '.');
		if (e == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) >= sizeof(key))
			return NULL;
		memcpy(key, p, (size_t)(e - p));
		key[e - p] = '\0';
		v = json_is_object(v) ? json_object_get(v, key) : NULL;
		p = *e ? e + 1 : e;
	}
	return v;
}

/*
 * Appends v as flat text: strings as they are, numbers and booleans in JSON
 * spelling, null as nothing, arrays joined with "; " (objects in them by
 * their name, title or id).
 */
void
http_json_text(struct buf *b, json_t *v)
{
	json_t	*e, *n;
	size_t	 i;
	char	*s;

	if (v == NULL)
		return;
	switch (json_typeof(v)) {
	case JSON_STRING:
		buf_add(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	case JSON_REAL:
	case JSON_TRUE:
	case JSON_FALSE:
		if ((s = json_dumps(v, JSON_ENCODE_ANY)) != NULL) {
			buf_puts(b, s);
			free(s);
		}
		break;
	case JSON_ARRAY:
		json_array_foreach(v, i, e) {
			if (i)
				buf_puts(b, "; ");
			if (json_is_object(e)) {
				if ((n = json_object_get(e, "name")) == NULL &&
				    (n = json_object_get(e, "title")) == NULL)
					n = json_object_get(e, "id");
				if (n)
					http_json_text(b, n);
			} else
				http_json_text(b, e);
		}
		break;
	case JSON_OBJECT:
		json_write(b, v);
		break;
	default:
		break;
	}
}

/*
 * Appends row as one CSV record of the given column paths; f is scratch
 * space the caller keeps from row to row, so a record allocates nothing
 * once f has grown to the widest field.
 */
static void
http_csv_record(struct buf *b, struct buf *f, json_t *row,
    const char *const *cols)
{
	size_t	i;

	for (i = 0; cols[i]; i++) {
		if (i)
			buf_putc(b, ',');
		buf_reset(f);
		http_json_text(f, http_json_path(row, cols[i]));
		if (f->len)
			http_csv_field(b, f->data, f->len);
	}
	buf_puts(b, "\r\n");
}

/*
 * A CSV record read straight from a row's JSON text, without building the
 * row: the scanner walks the text once and writes the value at each
 * column's path into that column's cell as it meets it.  An export spends
 * most of its time parsing rows into jansson values and freeing them; this
 * does the same record in a fraction of it.  It gives up (and the caller
 * parses the row) on whatever it is not sure to spell as http_json_text()
 * would: a number that is not a plain integer, an object at a column's
 * path, a key with an escape, "\u0000" or a lone surrogate (which jansson
 * refuses), a key with a column under it met twice in one object (a
 * parser keeps the last), text that is not one JSON object.  Bytes in
 * strings are taken as the UTF-8 that everything the store writes is.
 */
#define CSV_SCAN_DEPTH	32
#define CSV_SCAN_COLS	64

struct csv_scan {
	const char		*p, *end;
	const char *const	*cols;
	size_t			 ncols;
	struct buf		*f;		/* the cells' text, one after another */
	size_t			 off[CSV_SCAN_COLS], len[CSV_SCAN_COLS];
	unsigned char		 set[CSV_SCAN_COLS];
};

static void
csv_scan_ws(struct csv_scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' ||
	    *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static int
csv_scan_hex4(const char *p, unsigned *v)
{
	int	i, c;

	*v = 0;
	for (i = 0; i < 4; i++) {
		c = (unsigned char)p[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -1;
		*v = *v << 4 | (unsigned)c;
	}
	return 0;
}

/* Reads the string at s->p, appending its decoded bytes to out (if any). */
static int
csv_scan_string(struct csv_scan *s, struct buf *out)
{
	const char	*run;
	unsigned	 u, lo;
	char		 u8[4];

	if (s->p >= s->end || *s->p != '"')
		return -1;
	s->p++;
	for (;;) {
		run = s->p;
		while (s->p < s->end && *s->p != '"' && *s->p != '\\' &&
		    (unsigned char)*s->p >= 0x20)
			s->p++;
		if (out && s->p > run)
			buf_add(out, run, (size_t)(s->p - run));
		if (s->p >= s->end || (unsigned char)*s->p < 0x20)
			return -1;
		if (*s->p++ == '"')
			return 0;
		if (s->p >= s->end)
			return -1;
		switch (*s->p++) {
		case '"': u = '"'; break;
		case '\\': u = '\\'; break;
		case '/': u = '/'; break;
		case 'b': u = '\b'; break;
		case 'f': u = '\f'; break;
		case 'n': u = '\n'; break;
		case 'r': u = '\r'; break;
		case 't': u = '\t'; break;
		case 'u':
			if (s->end - s->p < 4 || csv_scan_hex4(s->p, &u) == -1 ||
			    u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
				return -1;
			s->p += 4;
			if (u >= 0xD800 && u <= 0xDBFF) {
				if (s->end - s->p < 6 || s->p[0] != '\\' ||
				    s->p[1] != 'u' || csv_scan_hex4(s->p + 2, &lo) == -1 ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return -1;
				s->p += 6;
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			}
			break;
		default:
			return -1;
		}
		if (out == NULL)
			continue;
		if (u < 0x80)
			buf_putc(out, (char)u);
		else if (u < 0x800) {
			u8[0] = (char)(0xC0 | u >> 6);
			u8[1] = (char)(0x80 | (u & 0x3F));
			buf_add(out, u8, 2);
		} else if (u < 0x10000) {
			u8[0] = (char)(0xE0 | u >> 12);
			u8[1] = (char)(0x80 | (u >> 6 & 0x3F));
			u8[2] = (char)(0x80 | (u & 0x3F));
			buf_add(out, u8, 3);
		} else {
			u8[0] = (char)(0xF0 | u >> 18);
			u8[1] = (char)(0x80 | (u >> 12 & 0x3F));
			u8[2] = (char)(0x80 | (u >> 6 & 0x3F));
			u8[3] = (char)(0x80 | (u & 0x3F));
			buf_add(out, u8, 4);
		}
	}
}

/*
 * Reads a number at s->p, appending it to out (if any) as jansson would
 * print it: only a plain integer of at most 18 digits is taken.
 */
static int
csv_scan_number(struct csv_scan *s, struct buf *out)
{
	const char	*start = s->p, *digits;

	if (s->p < s->end && *s->p == '-')
		s->p++;
	digits = s->p;
	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	if (s->p == digits || s->p - digits > 18 ||
	    (*digits == '0' && (s->p - digits > 1 || digits != start)))
		return -1;		/* none, too long, 01 or -0 */
	if (s->p < s->end && (*s->p == '.' || *s->p == 'e' || *s->p == 'E'))
		return -1;		/* a real */
	if (out)
		buf_add(out, start, (size_t)(s->p - start));
	return 0;
}

static int	csv_scan_value(struct csv_scan *, struct buf *, int);

/* Reads a literal word at s->p, appending it to out (if any) unless null. */
static int
csv_scan_word(struct csv_scan *s, struct buf *out)
{
	static const char *const words[] = { "true", "false", "null" };
	size_t	i, n;

	for (i = 0; i < 3; i++) {
		n = strlen(words[i]);
		if ((size_t)(s->end - s->p) >= n && memcmp(s->p, words[i], n) == 0) {
			s->p += n;
			if (out && i < 2)
				buf_add(out, words[i], n);
			return 0;
		}
	}
	return -1;
}

/*
 * Steps to the next member of the object at s->p (*first set for the
 * first call, with s->p at its '{').  Returns 1 with its key's raw text in
 * *key and *klen and s->p at its value, 0 past the object's end, -1 on
 * text the reader does not take (a key with an escape among it).
 */
static int
csv_scan_member(struct csv_scan *s, int *first, const char **key,
    size_t *klen)
{
	csv_scan_ws(s);
	if (s->p >= s->end)
		return -1;
	if (*first) {
		if (*s->p++ != '{')
			return -1;
		*first = 0;
		csv_scan_ws(s);
		if (s->p < s->end && *s->p == '}') {
			s->p++;
			return 0;
		}
	} else if (*s->p == '}') {
		s->p++;
		return 0;
	} else if (*s->p++ == ',')
		csv_scan_ws(s);
	else
		return -1;
	if (s->p >= s->end)
		return -1;
	*key = s->p + 1;
	if (csv_scan_string(s, NULL) == -1)
		return -1;
	*klen = (size_t)(s->p - 1 - *key);
	if (memchr(*key, '\\', *klen) != NULL)
		return -1;
	csv_scan_ws(s);
	if (s->p >= s->end || *s->p++ != ':')
		return -1;
	csv_scan_ws(s);
	return 1;
}

/*
 * Reads an object that is an element of an array shown as text: appends
 * its "name", else its "title", else its "id" (the last of each key, as a
 * parser keeps).
 */
static int
csv_scan_pick(struct csv_scan *s, struct buf *out, int depth)
{
	static const char *const keys[] = { "name", "title", "id" };
	const char	*at[3] = { NULL, NULL, NULL }, *key, *save;
	size_t		 i, n;
	int		 first = 1, rc;

	while ((rc = csv_scan_member(s, &first, &key, &n)) == 1) {
		for (i = 0; i < 3; i++)
			if (strlen(keys[i]) == n && memcmp(key, keys[i], n) == 0)
				at[i] = s->p;
		if (csv_scan_value(s, NULL, depth + 1) == -1)
			return -1;
	}
	if (rc == -1)
		return -1;
	for (i = 0; i < 3; i++)
		if (at[i] != NULL) {
			save = s->p;
			s->p = at[i];
			rc = csv_scan_value(s, out, depth + 1);
			s->p = save;
			return rc;
		}
	return 0;
}

/*
 * Reads any value at s->p, appending it to out as http_json_text() would
 * (out NULL: only reads past it).  An object is read past, never shown.
 */
static int
csv_scan_value(struct csv_scan *s, struct buf *out, int depth)
{
	const char	*key;
	size_t		 klen;
	int		 first = 1, rc;

	if (depth > CSV_SCAN_DEPTH || s->p >= s->end)
		return -1;
	switch (*s->p) {
	case '"':
		return csv_scan_string(s, out);
	case '[':
		s->p++;
		csv_scan_ws(s);
		if (s->p < s->end && *s->p == ']') {
			s->p++;
			return 0;
		}
		for (;; first = 0) {
			if (!first && out)
				buf_puts(out, "; ");
			csv_scan_ws(s);
			if (s->p < s->end && *s->p == '{' && out)
				rc = csv_scan_pick(s, out, depth + 1);
			else
				rc = csv_scan_value(s, out, depth + 1);
			if (rc == -1)
				return -1;
			csv_scan_ws(s);
			if (s->p >= s->end)
				return -1;
			if (*s->p++ == ']')
				return 0;
			if (s->p[-1] != ',')
				return -1;
		}
	case '{':
		if (out)
			return -1;	/* shown as JSON: the parser's to write */
		while ((rc = csv_scan_member(s, &first, &key, &klen)) == 1)
			if (csv_scan_value(s, NULL, depth + 1) == -1)
				return -1;
		return rc;
	case 't': case 'f': case 'n':
		return csv_scan_word(s, out);
	default:
		return csv_scan_number(s, out);
	}
}

/*
 * Reads the object at s->p whose path is path (plen bytes; empty at the
 * top), filling the cells of the columns under it.
 */
static int
csv_scan_object(struct csv_scan *s, char *path, size_t plen, int depth)
{
	const char	*key, *seen[16];	/* keys with a column under them */
	size_t		 klen, i, n, seenlen[16], nseen = 0;
	int		 cell, under, first = 1, rc;

	if (depth > CSV_SCAN_DEPTH)
		return -1;
	while ((rc = csv_scan_member(s, &first, &key, &klen)) == 1) {
		if (plen + klen + 2 > 256)
			return -1;
		cell = -1;
		under = 0;
		n = plen;
		/* no column path names an empty key or one with a '.' */
		if (klen > 0 && memchr(key, '.', klen) == NULL) {
			if (plen)
				path[n++] = '.';
			memcpy(path + n, key, klen);
			n += klen;
			for (i = 0; i < s->ncols; i++) {
				if (strncmp(s->cols[i], path, n) != 0)
					continue;
				if (s->cols[i][n] == '\0')
					cell = (int)i;
				else if (s->cols[i][n] == '.')
					under = 1;
			}
		}
		if (cell >= 0 || under) {	/* twice: a parser keeps the last */
			for (i = 0; i < nseen; i++)
				if (seenlen[i] == klen &&
				    memcmp(seen[i], key, klen) == 0)
					return -1;
			if (nseen == 16)
				return -1;
			seen[nseen] = key;
			seenlen[nseen++] = klen;
		}
		if (cell >= 0) {
			s->set[cell] = 1;
			s->off[cell] = s->f->len;
			rc = csv_scan_value(s, s->f, depth + 1);
			s->len[cell] = s->f->len - s->off[cell];
		} else if (under && s->p < s->end && *s->p == '{')
			rc = csv_scan_object(s, path, n, depth + 1);
		else
			rc = csv_scan_value(s, NULL, depth + 1);
		if (rc == -1)
			return -1;
	}
	return rc;
}

/* Returns whether a step of the dotted path c is 128 bytes or more. */
static int
http_csv_long_step(const char *c)
{
	size_t	n;

	for (;; c += n + 1) {
		n = strcspn(c, ".");
		if (n >= 128)
			return 1;
		if (c[n] == '\0')
			return 0;
	}
}

/*
 * Appends the CSV record of the row whose JSON text is json (n bytes) for
 * the column paths cols, read straight from the text (f: scratch space the
 * caller keeps).  Returns 1, or 0 having appended nothing when the text
 * is not one it reads (see above): then parse it and use http_csv_row().
 */
int
http_csv_row_text(struct buf *b, struct buf *f, const char *json, size_t n,
    const char *const *cols)
{
	struct csv_scan	 s;
	char		 path[256];
	size_t		 i;

	memset(&s, 0, sizeof(s));
	s.p = json;
	s.end = json + n;
	s.cols = cols;
	s.f = f;
	for (s.ncols = 0; cols[s.ncols]; s.ncols++) {
		const char *c = cols[s.ncols];

		/*
		 * an empty step ("", "a..b") is not a path the reader knows,
		 * and http_json_path() finds nothing under a step of 128 bytes
		 */
		if (s.ncols == CSV_SCAN_COLS || *c == '\0' || *c == '.' ||
		    c[strlen(c) - 1] == '.' || strstr(c, "..") != NULL ||
		    http_csv_long_step(c))
			return 0;
	}
	buf_reset(f);
	if (csv_scan_object(&s, path, 0, 0) == -1)
		return 0;
	csv_scan_ws(&s);
	if (s.p != s.end)
		return 0;
	for (i = 0; i < s.ncols; i++) {
		if (i)
			buf_putc(b, ',');
		if (s.set[i] && s.len[i])
			http_csv_field(b, f->data + s.off[i], s.len[i]);
	}
	buf_puts(b, "\r\n");
	return 1;
}

/* Appends row as one CSV record of the given column paths. */
void
http_csv_row(struct buf *b, json_t *row, const char *const *cols)
{
	struct buf	f;

	buf_init(&f);
	http_csv_record(b, &f, row, cols);
	buf_free(&f);
}

/*
 * Appends row to out as one record of an export in format: a CSV record of
 * the column paths cols (f is scratch space kept from row to row), or an
 * NDJSON line.
 */
void
http_export_row(struct buf *out, struct buf *f, json_t *row,
    enum api_format format, const char *const *cols)
{
	if (format == FORMAT_CSV)
		http_csv_record(out, f, row, cols);
	else {
		json_write(out, row);
		buf_putc(out, '\n');
	}
}

/* A streamed answer in progress. */
struct csv_stream {
	sqlite3_stmt		*st;
	sqlite3_stmt		*fetch;		/* a row's JSON by st's rowid */
	enum api_format		 format;
	const char *const	*cols;
	json_t			*fields;	/* fields= selection or NULL */
	const char		**sel;		/* owned column subset or NULL */
	struct buf		 out;
	struct buf		 field;		/* scratch of http_csv_record() */
	size_t			 pos;
	int			 done;

	/* the spool file the answer is copied to, and its cache entry */
	int			 spool;		/* -1: not spooled */
	size_t			 spooled;	/* bytes reserved for it */
	size_t			 spool_pos;	/* of out, written up to here */
	uint64_t		 epoch;
	char			*key;
	size_t			 keylen;
	const char		*ctype;
	char			*link;
	char			 etag[36];
};

/*
 * Makes the stream s copy its bytes to a spool file and hand it to the
 * response cache under key in epoch when the whole answer has gone out.
 */
void
http_csv_spool(struct csv_stream *s, uint64_t epoch, const char *key,
    size_t keylen, const char *etag, const char *link)
{
	if (s == NULL || s->spool != -1 ||
	    (s->spool = http_cache_spool_open(key, keylen)) == -1)
		return;
	s->epoch = epoch;
	s->key = xmalloc(keylen);
	memcpy(s->key, key, keylen);
	s->keylen = keylen;
	s->link = link ? xstrdup(link) : NULL;
	snprintf(s->etag, sizeof(s->etag), "%s", etag);
}

/* Stops spooling s: the file and what it held go. */
static void
http_csv_spool_drop(struct csv_stream *s)
{
	if (s->spool == -1)
		return;
	close(s->spool);
	s->spool = -1;
	http_cache_spool_end(s->key, s->keylen, s->spooled);
}

/* Copies the pending output not yet in the spool file into it. */
static void
http_csv_spool_write(struct csv_stream *s)
{
	size_t	n = s->out.len - s->spool_pos;
	ssize_t	w;

	if (http_cache_spool_reserve(n) == -1) {
		http_csv_spool_drop(s);	/* no room for it */
		return;
	}
	s->spooled += n;
	while (s->spool_pos < s->out.len) {
		w = write(s->spool, s->out.data + s->spool_pos,
		    s->out.len - s->spool_pos);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0) {
			log_debug("spooling an export: %s", strerror(errno));
			http_csv_spool_drop(s);
			return;
		}
		s->spool_pos += (size_t)w;
	}
}

/*
 * Appends the row's stored JSON (column 0 of st) to out as an NDJSON line
 * as it is, when it is one line; returns 0 when it is not, for the caller
 * to parse and write it.  What the store and the views hold is compact
 * JSON from a serializer, so the copy is the line json_write() would make
 * of it (at most an escape's hex digits in another case), at the cost of
 * a memcpy instead of a parse and a write: a large export is several
 * times faster.
 */
static int
http_ndjson_verbatim(struct buf *out, sqlite3_stmt *st)
{
	const char	*t = (const char *)sqlite3_column_text(st, 0);
	int		 n = sqlite3_column_bytes(st, 0);

	if (t == NULL || n < 2 || t[0] != '{' || t[n - 1] != '}' ||
	    memchr(t, '\n', (size_t)n) != NULL || memchr(t, '\r', (size_t)n) != NULL)
		return 0;
	buf_add(out, t, (size_t)n);
	buf_putc(out, '\n');
	return 1;
}

/* Adds the next rows of the statement to the pending output. */
static int
http_csv_fill(struct csv_stream *s)
{
	sqlite3_stmt	*cur;
	json_t		*row;
	int		 rc;

	while (!s->done && s->out.len - s->pos < CSV_BLOCK) {
		rc = sqlite3_step(s->st);
		if (rc == SQLITE_DONE) {
			s->done = 1;
			break;
		}
		cur = s->st;
		if (rc == SQLITE_ROW) {
			cur = s->fetch;
			sqlite3_reset(cur);
			sqlite3_bind_int64(cur, 1, sqlite3_column_int64(s->st, 0));
			if ((rc = sqlite3_step(cur)) == SQLITE_DONE)
				continue;	/* not in this snapshot: cannot be */
		}
		if (rc != SQLITE_ROW) {
			log_warnx("streaming rows: %s",
			    sqlite3_errmsg(sqlite3_db_handle(cur)));
			return -1;
		}
		if (s->format == FORMAT_NDJSON && s->fields == NULL &&
		    http_ndjson_verbatim(&s->out, cur))
			continue;
		if (s->format == FORMAT_CSV &&
		    sqlite3_column_type(cur, 0) == SQLITE_TEXT &&
		    sqlite3_column_text(cur, 0) != NULL &&
		    http_csv_row_text(&s->out, &s->field,
		    (const char *)sqlite3_column_text(cur, 0),
		    (size_t)sqlite3_column_bytes(cur, 0), s->cols))
			continue;
		if ((row = api_row_json(cur, 0)) == NULL)
			return -1;
		if (s->fields)
			row = api_fields_apply(row, s->fields);
		http_export_row(&s->out, &s->field, row, s->format, s->cols);
		json_decref(row);
	}
	return 0;
}

/* MHD content reader: hands out the next bytes of the stream. */
static ssize_t
http_csv_read(void *cls, uint64_t pos, char *dst, size_t max)
{
	struct csv_stream	*s = cls;
	size_t			 n;

	(void)pos;
	if (s->pos == s->out.len) {
		buf_reset(&s->out);
		s->pos = s->spool_pos = 0;
		if (http_csv_fill(s) == -1)
			return MHD_CONTENT_READER_END_WITH_ERROR;
		if (s->out.len == 0 && s->done) {
			if (s->spool != -1) {
				/* all of it went out: the cache keeps the file */
				http_cache_put_file(s->epoch, s->key, s->keylen,
				    s->spool, s->spooled, s->ctype, s->link,
				    s->etag);
				s->spool = -1;
			}
			return MHD_CONTENT_READER_END_OF_STREAM;
		}
	}
	if (s->spool != -1 && s->spool_pos < s->out.len)
		http_csv_spool_write(s);
	n = s->out.len - s->pos;
	if (n > max)
		n = max;
	memcpy(dst, s->out.data + s->pos, n);
	s->pos += n;
	return (ssize_t)n;
}

/* MHD free callback: the stream's statement and buffers go. */
static void
http_csv_free(void *cls)
{
	struct csv_stream	*s = cls;

	http_csv_spool_drop(s);
	free(s->key);
	free(s->link);
	sqlite3_finalize(s->st);
	sqlite3_finalize(s->fetch);
	json_decref(s->fields);
	free(s->sel);
	buf_free(&s->out);
	buf_free(&s->field);
	free(s);
}

/*
 * Makes req's answer a stream of every row of st, a fresh statement whose
 * column 0 is the row's rowid, which fetch (a fresh statement of one
 * parameter) turns into the row's JSON.  The stream finalizes both.
 * fields: a borrowed selection or NULL.
 */
int
http_csv_stream(struct req *r, sqlite3_stmt *st, sqlite3_stmt *fetch,
    enum api_format format, const char *const *cols, json_t *fields)
{
	struct csv_stream	*s;

	s = xcalloc(1, sizeof(*s));
	s->spool = -1;
	s->st = st;
	s->fetch = fetch;
	s->format = format;
	s->cols = cols;
	s->fields = fields ? json_incref(fields) : NULL;
	buf_init(&s->out);
	buf_init(&s->field);
	if (format == FORMAT_CSV) {
		if (fields) {
			/* only the columns under the selected keys */
			const char	**sel;
			size_t		  i, n = 0;

			for (i = 0; cols[i]; i++)
				;
			sel = xcalloc(i + 1, sizeof(*sel));
			for (i = 0; cols[i]; i++) {
				size_t	k = strcspn(cols[i], ".");
				char	*top = xstrndup(cols[i], k);

				if (json_object_get(fields, top))
					sel[n++] = cols[i];
				free(top);
			}
			s->cols = s->sel = sel;
			http_csv_header(&s->out, sel);
		} else
			http_csv_header(&s->out, cols);
	}
	r->stream = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN,
	    CSV_BLOCK, http_csv_read, s, http_csv_free);
	if (r->stream == NULL) {
		http_csv_free(s);
		return http_problem(r, 500, "cannot start the stream");
	}
	r->status = 200;
	r->ctype = format == FORMAT_CSV ? "text/csv; charset=utf-8; header=present" :
	    "application/x-ndjson";
	s->ctype = r->ctype;
	r->csv = s;
	return 0;
}
