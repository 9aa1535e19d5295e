/*
 * Query parameters: collecting them, refusing unknown and repeated ones,
 * parsing numbers, dates and flags, and the opaque keyset cursors (base64url
 * of a small JSON object).  Pure: no SQLite, no sockets.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pressroom.h"
#include "http.h"

/* Makes q empty. */
void
http_query_init(struct query *q)
{
	memset(q, 0, sizeof(*q));
}

/* Appends a parameter; value NULL (a bare "?name") counts as "".  Copies both. */
void
http_query_add(struct query *q, const char *name, const char *value)
{
	if (q->n == HTTP_MAX_PARAMS) {
		q->overflow = 1;
		return;
	}
	q->p[q->n].name = xstrdup(name);
	q->p[q->n].value = xstrdup(value ? value : "");
	q->n++;
}

/* Frees the parameters of q. */
void
http_query_free(struct query *q)
{
	size_t	i;

	for (i = 0; i < q->n; i++) {
		free(q->p[i].name);
		free(q->p[i].value);
	}
	q->n = 0;
}

/* Returns the value of parameter name, or NULL when absent; not copied. */
const char *
http_query_get(const struct query *q, const char *name)
{
	size_t	i;

	for (i = 0; i < q->n; i++)
		if (strcmp(q->p[i].name, name) == 0)
			return q->p[i].value;
	return NULL;
}

/* Appends {"name", "reason"} to the invalid_params array. */
void
http_invalid(json_t *invalid, const char *name, const char *fmt, ...)
{
	va_list	 ap;
	char	*reason, *fixed[2];

	va_start(ap, fmt);
	if (vasprintf(&reason, fmt, ap) == -1)
		fatal("http_invalid");
	va_end(ap);
	/* a value quoted back may be any bytes: JSON takes UTF-8 only */
	fixed[0] = utf8_repair(name);
	fixed[1] = utf8_repair(reason);
	json_array_append_new(invalid, json_pack("{s:s, s:s}", "name",
	    fixed[0], "reason", fixed[1]));
	free(fixed[0]);
	free(fixed[1]);
	free(reason);
}

/*
 * Returns 1 when word is one of the space-separated words of list (n: the
 * length of word, or (size_t)-1 for its strlen).
 */
int
http_list_contains(const char *list, const char *word, size_t n)
{
	const char	*p = list, *e;

	if (n == (size_t)-1)
		n = strlen(word);
	if (n == 0)
		return 0;
	while (*p) {
		while (*p == ' ')
			p++;
		e = p;
		while (*e && *e != ' ')
			e++;
		if ((size_t)(e - p) == n && memcmp(p, word, n) == 0)
			return 1;
		p = e;
	}
	return 0;
}

/*
 * Checks that every parameter is allowed (a space-separated list) and given
 * once; appends a reason per offending parameter.  Returns the number found.
 */
int
http_query_check(const struct query *q, const char *allowed, json_t *invalid)
{
	size_t	i, j;
	int	bad = 0;

	if (q->overflow) {
		http_invalid(invalid, "(query)", "more than %d parameters",
		    HTTP_MAX_PARAMS);
		bad++;
	}
	for (i = 0; i < q->n; i++) {
		if (!utf8_valid(q->p[i].name, strlen(q->p[i].name), NULL) ||
		    !utf8_valid(q->p[i].value, strlen(q->p[i].value), NULL)) {
			/* every later check may quote it: refused first */
			http_invalid(invalid, q->p[i].name, "not UTF-8 (after "
			    "percent-decoding)");
			bad++;
			continue;
		}
		if (!http_list_contains(allowed ? allowed : "", q->p[i].name,
		    (size_t)-1)) {
			http_invalid(invalid, q->p[i].name,
			    "unknown parameter; this endpoint takes: %s",
			    allowed && *allowed ? allowed : "none");
			bad++;
			continue;
		}
		for (j = 0; j < i; j++)
			if (strcmp(q->p[i].name, q->p[j].name) == 0)
				break;
		if (j < i) {
			http_invalid(invalid, q->p[i].name,
			    "given more than once");
			bad++;
		}
	}
	return bad;
}

/* Parses a decimal in [min, max], digits only; returns 0 or -1. */
int
http_parse_uint(const char *s, unsigned long min, unsigned long max,
    unsigned long *out)
{
	unsigned long	v = 0;
	const char	*p;

	if (s == NULL || *s == '\0' || strlen(s) > 12)
		return -1;
	for (p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (unsigned long)(*p - '0');
	}
	if (v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Returns 0 when s is a real calendar date YYYY-MM-DD, else -1. */
int
http_parse_date(const char *s)
{
	static const int	 mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	int			 y, m, d, i;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return -1;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return -1;
	if (m == 2 && d == 29 &&
	    !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return -1;
	return 0;
}

/* Parses 1/true/yes and 0/false/no; anything else, empty too, is -1. */
int
http_parse_bool(const char *s, int *out)
{
	if (strcmp(s, "1") == 0 || strcmp(s, "true") == 0 ||
	    strcmp(s, "yes") == 0)
		*out = 1;
	else if (strcmp(s, "0") == 0 || strcmp(s, "false") == 0 ||
	    strcmp(s, "no") == 0)
		*out = 0;
	else
		return -1;
	return 0;
}

/*
 * Returns 0 when s has the form of an id (a slug: lower-case letters and
 * digits in runs joined by single hyphens), else -1.
 */
int
http_parse_id(const char *s)
{
	const char	*p;

	if (*s == '\0' || *s == '-')
		return -1;
	for (p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    (*p == '-' && p[1] != '-' && p[1] != '\0')))
			return -1;
	return 0;
}

/*
 * Appends the reason an id parameter is refused, if it is (NULL: absent);
 * returns -1 when it is, else 0.
 */
int
http_check_id(json_t *invalid, const char *name, const char *v)
{
	if (v == NULL)
		return 0;
	if (*v == '\0')
		http_invalid(invalid, name, "must not be empty");
	else if (http_parse_id(v) == -1)
		http_invalid(invalid, name, "expected an id: lower-case letters "
		    "and digits joined by single hyphens");
	else
		return 0;
	return -1;
}

/* Appends the reason a full-text query parameter is refused: SQLite's msg. */
void
http_fts_invalid(json_t *invalid, const char *name, const char *msg)
{
	http_invalid(invalid, name, "not a valid full-text query: %s (words, "
	    "\"phrases\", prefix*, AND, OR, NOT)", msg);
}

static const char b64url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* Returns a new unpadded base64url string of n bytes of p. */
char *
http_base64url_encode(const void *p, size_t n)
{
	const unsigned char	*s = p;
	struct buf		 b;
	size_t			 i;
	uint32_t		 v;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i + 2 < n; i += 3) {
		v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
		buf_putc(&b, b64url[v >> 18 & 63]);
		buf_putc(&b, b64url[v >> 12 & 63]);
		buf_putc(&b, b64url[v >> 6 & 63]);
		buf_putc(&b, b64url[v & 63]);
	}
	if (n - i == 1) {
		v = (uint32_t)s[i] << 16;
		buf_putc(&b, b64url[v >> 18 & 63]);
		buf_putc(&b, b64url[v >> 12 & 63]);
	} else if (n - i == 2) {
		v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
		buf_putc(&b, b64url[v >> 18 & 63]);
		buf_putc(&b, b64url[v >> 12 & 63]);
		buf_putc(&b, b64url[v >> 6 & 63]);
	}
	return buf_steal(&b);
}

/* Decodes unpadded base64url into a new buffer the caller frees; 0 or -1. */
int
http_base64url_decode(const char *s, unsigned char **out, size_t *outlen)
{
	size_t		 n = strlen(s), i, o = 0;
	unsigned char	*d;
	uint32_t	 v = 0;
	int		 bits = 0;
	const char	*c;

	if (n % 4 == 1)
		return -1;
	d = xmalloc(n * 3 / 4 + 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '\0' || (c = strchr(b64url, s[i])) == NULL)
			goto fail;
		v = v << 6 | (uint32_t)(c - b64url);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			d[o++] = (unsigned char)(v >> bits);
		}
	}
	/* leftover bits must be zero, so each cursor has one spelling */
	if (bits && (v & ((1u << bits) - 1)) != 0)
		goto fail;
	d[o] = '\0';
	*out = d;
	*outlen = o;
	return 0;
fail:
	free(d);
	return -1;
}

/* Returns a new opaque cursor string for c. */
char *
http_cursor_encode(const struct cursor *c)
{
	json_t	*o;
	char	*s, *r;

	o = json_pack("{s:s, s:s, s:O, s:O}", "s", c->sort, "d",
	    c->desc ? "-" : "+", "v", c->value ? c->value : json_null(),
	    "k", c->key ? c->key : json_null());
	if (c->before)
		json_object_set_new(o, "b", json_true());
	if ((s = json_dumps(o, JSON_COMPACT)) == NULL)
		fatal("http_cursor_encode");
	json_decref(o);
	r = http_base64url_encode(s, strlen(s));
	free(s);
	return r;
}

/* Decodes a cursor from the client; 0, or -1 when it is not one of ours. */
int
http_cursor_decode(const char *s, struct cursor *c)
{
	unsigned char	*raw = NULL;
	size_t		 len;
	json_t		*o = NULL, *sort, *dir, *val, *key, *before;

	memset(c, 0, sizeof(*c));
	if (strlen(s) > 4096 || http_base64url_decode(s, &raw, &len) == -1)
		return -1;
	o = json_loadb((const char *)raw, len, JSON_REJECT_DUPLICATES, NULL);
	free(raw);
	if (o == NULL || !json_is_object(o) || json_object_size(o) < 4 ||
	    json_object_size(o) > 5)
		goto fail;
	sort = json_object_get(o, "s");
	dir = json_object_get(o, "d");
	val = json_object_get(o, "v");
	key = json_object_get(o, "k");
	before = json_object_get(o, "b");
	if (!json_is_string(sort) || !json_is_string(dir) || val == NULL ||
	    key == NULL)
		goto fail;
	if (json_object_size(o) == 5 && !json_is_true(before))
		goto fail;
	if (strcmp(json_string_value(dir), "-") != 0 &&
	    strcmp(json_string_value(dir), "+") != 0)
		goto fail;
	if (!json_is_string(val) && !json_is_integer(val) &&
	    !json_is_real(val) && !json_is_null(val))
		goto fail;
	if (!json_is_string(key) && !json_is_integer(key))
		goto fail;
	c->sort = xstrdup(json_string_value(sort));
	c->desc = json_string_value(dir)[0] == '-';
	c->before = json_is_true(before);
	c->value = json_incref(val);
	c->key = json_incref(key);
	json_decref(o);
	return 0;
fail:
	json_decref(o);
	return -1;
}

/* Frees what a cursor holds; accepts a zeroed cursor. */
void
http_cursor_free(struct cursor *c)
{
	free(c->sort);
	json_decref(c->value);
	json_decref(c->key);
	memset(c, 0, sizeof(*c));
}

/* Appends s percent-encoded for a query string (RFC 3986 unreserved kept). */
void
http_urlencode(struct buf *b, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' ||
		    *p == '~' || *p == ',')
			buf_putc(b, (char)*p);
		else {
			buf_putc(b, '%');
			buf_putc(b, hex[*p >> 4]);
			buf_putc(b, hex[*p & 15]);
		}
	}
}
