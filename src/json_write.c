/*
 * A compact JSON encoder for jansson values.  Its output is byte for byte
 * what json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) gives (keys in insertion
 * order, UTF-8 kept, control characters escaped), in a fraction of the time:
 * it appends to one growable buffer instead of calling back per fragment.
 * Loads and responses encode every document, quote and edge through it.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "json_write.h"

/* Bytes that need an escape in a JSON string: controls, '"' and '\\'. */
static const unsigned char json_write_esc[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* Appends one byte; the common case stays inline. */
static inline void
json_write_c(struct buf *b, char c)
{
	if (b->len + 2 <= b->cap) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	} else
		buf_putc(b, c);
}

/* Returns nonzero if one of the eight bytes at p needs an escape. */
static inline uint64_t
json_write_esc8(const unsigned char *p)
{
	const uint64_t	ones = UINT64_C(0x0101010101010101);
	const uint64_t	high = UINT64_C(0x8080808080808080);
	uint64_t	w, q, bs;

	memcpy(&w, p, 8);
	q = w ^ (ones * '"');
	bs = w ^ (ones * '\\');
	/*
	 * A byte below 0x20, or one that the xor made zero ('"', '\\'),
	 * borrows into its top bit; bytes past 0x7f are ruled out by ~w.
	 */
	return ((w - ones * 0x20) | (q - ones) | (bs - ones)) & ~w & high;
}

/*
 * Appends s (n bytes) as a quoted, escaped JSON string, a bounded chunk at a
 * time so the worst case (every byte a \u00XX) never needs more than 24 KiB
 * beyond the text.
 */
void
json_write_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)s;
	char	*o, *start;
	size_t	 i = 0, end;

	json_write_c(b, '"');
	while (i < n) {
		end = n - i > 4096 ? i + 4096 : n;
		start = o = buf_reserve(b, (end - i) * 6);
		for (; i < end; i++) {
			if (!json_write_esc[p[i]]) {	/* a run to copy whole */
				size_t j = i + 1;

				while (j + 8 <= end && !json_write_esc8(p + j))
					j += 8;
				while (j < end && !json_write_esc[p[j]])
					j++;
				memcpy(o, p + i, j - i);
				o += j - i;
				i = j - 1;
				continue;
			}
			*o++ = '\\';
			switch (p[i]) {
			case '"': case '\\': *o++ = (char)p[i]; break;
			case '\b': *o++ = 'b'; break;
			case '\f': *o++ = 'f'; break;
			case '\n': *o++ = 'n'; break;
			case '\r': *o++ = 'r'; break;
			case '\t': *o++ = 't'; break;
			default:
				*o++ = 'u';
				*o++ = '0';
				*o++ = '0';
				*o++ = hex[p[i] >> 4];
				*o++ = hex[p[i] & 15];
				break;
			}
		}
		b->len += (size_t)(o - start);
		b->data[b->len] = '\0';
	}
	json_write_c(b, '"');
}

/* Appends the compact JSON text of v to b. */
void
json_write(struct buf *b, const json_t *v)
{
	const char	*key;
	json_t		*x;
	void		*it;
	size_t		 i, n;
	char		 num[32], *t;
	int		 len;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		json_write_c(b, '{');
		n = 0;
		for (it = json_object_iter((json_t *)v); it != NULL;
		    it = json_object_iter_next((json_t *)v, it)) {
			if (n++ > 0)
				json_write_c(b, ',');
			key = json_object_iter_key(it);
			json_write_string(b, key, json_object_iter_key_len(it));
			json_write_c(b, ':');
			json_write(b, json_object_iter_value(it));
		}
		json_write_c(b, '}');
		break;
	case JSON_ARRAY:
		json_write_c(b, '[');
		n = json_array_size(v);
		for (i = 0; i < n; i++) {
			if (i > 0)
				json_write_c(b, ',');
			x = json_array_get(v, i);
			json_write(b, x);
		}
		json_write_c(b, ']');
		break;
	case JSON_STRING:
		json_write_string(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		len = snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		buf_add(b, num, (size_t)len);
		break;
	case JSON_REAL:		/* rare: let jansson format it as it does */
		if ((t = json_dumps(v, JSON_ENCODE_ANY)) == NULL)
			fatalx("json: cannot encode a number");
		buf_puts(b, t);
		free(t);
		break;
	case JSON_TRUE:
		buf_add(b, "true", 4);
		break;
	case JSON_FALSE:
		buf_add(b, "false", 5);
		break;
	case JSON_NULL:
		buf_add(b, "null", 4);
		break;
	}
}

/* Returns a new string holding the compact JSON text of v. */
char *
json_write_str(const json_t *v)
{
	struct buf	b;

	buf_init(&b);
	json_write(&b, v);
	return buf_steal(&b);
}
