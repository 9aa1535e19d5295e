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

/* Adds the next rows of the statement to the pending output. */
static int
http_csv_fill(struct csv_stream *s)
{
	json_t	*row;
	int	 rc;

	while (!s->done && s->out.len - s->pos < CSV_BLOCK) {
		rc = sqlite3_step(s->st);
		if (rc == SQLITE_DONE) {
			s->done = 1;
			break;
		}
		if (rc != SQLITE_ROW) {
			log_warnx("streaming rows: %s",
			    sqlite3_errmsg(sqlite3_db_handle(s->st)));
			return -1;
		}
		if ((row = api_row_json(s->st, 0)) == NULL)
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
	json_decref(s->fields);
	free(s->sel);
	buf_free(&s->out);
	buf_free(&s->field);
	free(s);
}

/*
 * Makes req's answer a stream of every row of st (a fresh statement whose
 * column 0 is the row's JSON; the stream finalizes it).  fields: a borrowed
 * selection or NULL.
 */
int
http_csv_stream(struct req *r, sqlite3_stmt *st, enum api_format format,
    const char *const *cols, json_t *fields)
{
	struct csv_stream	*s;

	s = xcalloc(1, sizeof(*s));
	s->spool = -1;
	s->st = st;
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
