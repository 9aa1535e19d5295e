/*
 * Allocation that never returns NULL, growable strings, slugs and UTF-8 helpers.
 */
#include <sys/mman.h>
#include <sched.h>

#include <malloc.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pressroom.h"

/* Allocates or aborts: running out of memory is not an error we recover from. */
void *
xmalloc(size_t size)
{
	void	*p;

	if ((p = malloc(size == 0 ? 1 : size)) == NULL)
		fatal("xmalloc: %zu bytes", size);
	return p;
}

/* Allocates zeroed memory or aborts. */
void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		fatal("xcalloc: %zu x %zu bytes", n, size);
	return p;
}

/* Resizes or aborts. */
void *
xrealloc(void *p, size_t size)
{
	void	*q;

	if ((q = realloc(p, size == 0 ? 1 : size)) == NULL)
		fatal("xrealloc: %zu bytes", size);
	return q;
}

/* Returns a new copy of s that the caller frees. */
char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* Returns a new NUL-terminated copy of the first n bytes of s. */
char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Returns a new formatted string that the caller frees. */
char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) == -1)
		fatal("xasprintf");
	va_end(ap);
	return s;
}

/* Makes b an empty string. */
void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* Makes room for n more bytes and the terminating NUL. */
static void
buf_grow(struct buf *b, size_t n)
{
	size_t	cap;

	if (b->len + n + 1 <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + n + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

/*
 * Makes room for n more bytes and returns where they go; the caller writes
 * them and then advances b->len (and writes the NUL) itself.
 */
char *
buf_reserve(struct buf *b, size_t n)
{
	buf_grow(b, n);
	return b->data + b->len;
}

/* Appends n bytes of p. */
void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Appends a string. */
void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Appends one byte. */
void
buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

/* Appends formatted text; formats once when the buffer has room. */
void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	ap;
	int	n;

	buf_grow(b, 64);
	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal("buf_printf");
	if ((size_t)n >= b->cap - b->len) {
		buf_grow(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

/* Empties b, keeping its memory. */
void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* Returns b's string, which the caller now owns, and leaves b empty. */
char *
buf_steal(struct buf *b)
{
	char	*s;

	s = b->data ? b->data : xstrdup("");
	buf_init(b);
	return s;
}

/* Frees b's memory. */
void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

/* Decodes one UTF-8 sequence at s (len bytes left); returns its length or 0 if invalid. */
static size_t
utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t	c;
	size_t		n, i;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if ((s[0] & 0xe0) == 0xc0) {
		n = 2;
		c = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		n = 3;
		c = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) ||
	    (n == 4 && c < 0x10000) || c > 0x10ffff ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Returns 1 if s is valid UTF-8; else 0 and, if bad is set, the offset of the first bad byte. */
int
utf8_valid(const char *s, size_t len, size_t *bad)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;
	uint32_t		 cp;

	while (i < len) {
		/* runs of ASCII, eight bytes at a time */
		while (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, p + i, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((n = utf8_decode(p + i, len - i, &cp)) == 0) {
			if (bad)
				*bad = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

/*
 * Returns a new copy of the string s in which every byte that does not
 * begin valid UTF-8 is U+FFFD, so that it can go into JSON.
 */
char *
utf8_repair(const char *s)
{
	struct buf	 b;
	size_t		 len = strlen(s), bad;

	if (utf8_valid(s, len, NULL))
		return xstrdup(s);
	buf_init(&b);
	while (!utf8_valid(s, len, &bad)) {
		buf_add(&b, s, bad);
		buf_puts(&b, "\xef\xbf\xbd");
		s += bad + 1;
		len -= bad + 1;
	}
	buf_add(&b, s, len);
	return buf_steal(&b);
}

/* Returns the number of code points in the first len bytes of valid UTF-8 s. */
size_t
utf8_cplen(const char *s, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

/* Returns the byte offset of code point cp in s (len bytes), or len if past the end. */
size_t
utf8_cp_to_byte(const char *s, size_t len, size_t cp)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (n == cp)
				return i;
			n++;
		}
	}
	return len;
}

/* Folds a Latin letter with a diacritic to its ASCII base; 0 if there is none. */
static char
slug_fold(uint32_t cp)
{
	static const struct {
		uint32_t	 lo, hi;
		char		 base;
	} ranges[] = {
		{ 0xc0, 0xc5, 'a' }, { 0xc7, 0xc7, 'c' }, { 0xc8, 0xcb, 'e' },
		{ 0xcc, 0xcf, 'i' }, { 0xd0, 0xd0, 'd' }, { 0xd1, 0xd1, 'n' },
		{ 0xd2, 0xd6, 'o' }, { 0xd8, 0xd8, 'o' }, { 0xd9, 0xdc, 'u' },
		{ 0xdd, 0xdd, 'y' }, { 0xe0, 0xe5, 'a' }, { 0xe7, 0xe7, 'c' },
		{ 0xe8, 0xeb, 'e' }, { 0xec, 0xef, 'i' }, { 0xf0, 0xf0, 'd' },
		{ 0xf1, 0xf1, 'n' }, { 0xf2, 0xf6, 'o' }, { 0xf8, 0xf8, 'o' },
		{ 0xf9, 0xfc, 'u' }, { 0xfd, 0xfd, 'y' }, { 0xff, 0xff, 'y' },
		{ 0x100, 0x105, 'a' }, { 0x106, 0x10d, 'c' }, { 0x10e, 0x111, 'd' },
		{ 0x112, 0x11b, 'e' }, { 0x11c, 0x123, 'g' }, { 0x124, 0x127, 'h' },
		{ 0x128, 0x131, 'i' }, { 0x134, 0x135, 'j' }, { 0x136, 0x138, 'k' },
		{ 0x139, 0x142, 'l' }, { 0x143, 0x14b, 'n' }, { 0x14c, 0x151, 'o' },
		{ 0x154, 0x159, 'r' }, { 0x15a, 0x161, 's' }, { 0x162, 0x167, 't' },
		{ 0x168, 0x173, 'u' }, { 0x174, 0x175, 'w' }, { 0x176, 0x178, 'y' },
		{ 0x179, 0x17e, 'z' },
	};
	size_t	i;

	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		if (cp >= ranges[i].lo && cp <= ranges[i].hi)
			return ranges[i].base;
	return 0;
}

/*
 * Returns a new URL slug of text: lower-case ASCII letters and digits joined by
 * single hyphens, accents folded, apostrophes dropped ("Anne’s" → "annes"), cut
 * at a word boundary to at most maxlen bytes (0: no limit).  The caller frees it.
 */
char *
slugify(const char *text, size_t maxlen)
{
	const unsigned char	*p = (const unsigned char *)text;
	struct buf		 b;
	size_t			 len = strlen(text), i = 0, n, lastcut = 0;
	uint32_t		 cp;
	int			 pending = 0;
	char			 c;

	buf_init(&b);
	*buf_reserve(&b, len + 1) = '\0';	/* never longer than its text */
	while (i < len) {
		if (p[i] < 0x80) {	/* ASCII: no decoding */
			cp = p[i];
			i++;
		} else if ((n = utf8_decode(p + i, len - i, &cp)) == 0) {
			i++;
			continue;
		} else
			i += n;
		if (cp == '\'' || cp == 0x2019 || cp == 0x2018)
			continue;
		c = 0;
		if (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')))
			c = (char)cp;
		else if (cp >= 'A' && cp <= 'Z')
			c = (char)(cp - 'A' + 'a');
		else if (cp == 0xdf)
			c = 's';	/* ß: "ss" would be nicer, "s" is stable */
		else
			c = slug_fold(cp);
		if (c == 0) {
			pending = b.len > 0;
			continue;
		}
		if (pending) {
			if (maxlen && b.len + 2 > maxlen)
				break;
			lastcut = b.len;
			buf_putc(&b, '-');
			pending = 0;
		}
		if (maxlen && b.len + 1 > maxlen) {
			if (lastcut) {
				b.len = lastcut;
				b.data[b.len] = '\0';
			}
			break;
		}
		buf_putc(&b, c);
	}
	return buf_steal(&b);
}

/* Makes m an empty map. */
void
strmap_init(struct strmap *m)
{
	m->keys = NULL;
	m->vals = NULL;
	m->cap = 0;
	m->count = 0;
}

/* Returns the 64-bit FNV-1a hash of n bytes. */
uint64_t
hash_fnv1a(const void *p, size_t n)
{
	const unsigned char	*b = p;
	uint64_t		 h = 14695981039346656037ULL;

	while (n--) {
		h ^= *b++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* FNV-1a hash of a string. */
static uint64_t
strmap_hash(const char *s)
{
	return hash_fnv1a(s, strlen(s));
}

/* Returns the slot of key, or of the empty slot where it would go. */
static size_t
strmap_slot(const struct strmap *m, const char *key)
{
	size_t	i = (size_t)(strmap_hash(key) & (m->cap - 1));

	while (m->keys[i] != NULL && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Looks key up; returns 1 and sets *val if present, else 0. */
int
strmap_get(const struct strmap *m, const char *key, int *val)
{
	size_t	i;

	if (m->cap == 0)
		return 0;
	i = strmap_slot(m, key);
	if (m->keys[i] == NULL)
		return 0;
	if (val)
		*val = m->vals[i];
	return 1;
}

/* Sets key (copied) to val, replacing any earlier value. */
void
strmap_put(struct strmap *m, const char *key, int val)
{
	struct strmap	old = *m;
	size_t		i;

	if ((m->count + 1) * 2 > m->cap) {
		m->cap = old.cap ? old.cap * 2 : 64;
		m->keys = xcalloc(m->cap, sizeof(*m->keys));
		m->vals = xcalloc(m->cap, sizeof(*m->vals));
		for (i = 0; i < old.cap; i++)
			if (old.keys[i] != NULL) {
				size_t j = strmap_slot(m, old.keys[i]);
				m->keys[j] = old.keys[i];
				m->vals[j] = old.vals[i];
			}
		free(old.keys);
		free(old.vals);
	}
	i = strmap_slot(m, key);
	if (m->keys[i] == NULL) {
		m->keys[i] = xstrdup(key);
		m->count++;
	}
	m->vals[i] = val;
}

/* Frees the map's keys and memory. */
void
strmap_free(struct strmap *m)
{
	size_t	i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	strmap_init(m);
}

/*
 * Asks the kernel to back the heap grown since the last call with
 * transparent huge pages, where the system grants them on request.  A load
 * builds hundreds of megabytes of small structures; in 2 MiB pages they cost
 * one page fault per 2 MiB instead of one per 4 KiB (a tenth of a
 * 10,000-release load on a virtual machine).  The first call also makes the
 * heap grow in 32 MiB steps.  Best effort; call it from one thread.
 */
void
mem_hugepages(void)
{
	static uintptr_t done;
	uintptr_t	 cur = (uintptr_t)sbrk(0) & ~(uintptr_t)4095;

	if (done == 0) {
		mallopt(M_TOP_PAD, 32 << 20);
		mallopt(M_TRIM_THRESHOLD, 64 << 20);
		done = cur;
		return;
	}
	if (cur > done) {
		(void)madvise((void *)done, cur - done, MADV_HUGEPAGE);
		done = cur;
	}
}

/*
 * Sets malloc up for serving: blocks of 64 KiB and more (pages being built,
 * full-text doclists, exports' buffers) are mapped and unmapped on their
 * own, never carved from the heap.  glibc starts at 128 KiB but raises the
 * threshold to the size of each such block freed, so after a few large
 * answers they come from the heap too, and the heap grows with the large
 * answers in flight and keeps what it grew: under the soak the RSS crept
 * from 62 to 70 MiB.  Fixed, the heap holds small blocks only; the RSS
 * sits lower and moves with what is in flight.
 */
void
mem_serving(void)
{
	mallopt(M_MMAP_THRESHOLD, 64 << 10);
}

/*
 * Returns how many CPUs this process may run on (taskset, cgroup cpusets),
 * not how many the machine has; at least 1.
 */
unsigned
cpu_usable(void)
{
	cpu_set_t	set;
	long		ncpu;
	int		n;

	CPU_ZERO(&set);
	if (sched_getaffinity(0, sizeof(set), &set) == 0 &&
	    (n = CPU_COUNT(&set)) > 0)
		return (unsigned)n;
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	return ncpu > 0 ? (unsigned)ncpu : 1;
}

/*
 * An arena: blocks carved from chunks, each twice the last up to
 * ARENA_CHUNK_MAX, freed together.  One extraction's records live in one, so
 * that making them costs a pointer bump each and dropping them a few frees.
 */
#define ARENA_CHUNK_MIN	(4 << 10)
#define ARENA_CHUNK_MAX	(256 << 10)

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 size, used;
	max_align_t		 data[];
};

struct arena {
	struct arena_chunk	*head;
	size_t			 next_size;
};

/*
 * Returns a new, empty arena whose first chunk holds about hint bytes (0:
 * the smallest chunk): sized to what it will hold, most arenas need one.
 */
struct arena *
arena_new(size_t hint)
{
	struct arena	*a = xcalloc(1, sizeof(*a));

	a->next_size = hint > ARENA_CHUNK_MIN ? hint : ARENA_CHUNK_MIN;
	return a;
}

/* Returns n bytes of a, aligned for any type; never NULL. */
void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk	*c = a->head;
	size_t			 al = sizeof(max_align_t), size;
	void			*p;

	n = (n + al - 1) / al * al;
	if (c == NULL || c->size - c->used < n) {
		size = a->next_size;
		if (size < n)
			size = n;
		if (a->next_size < ARENA_CHUNK_MAX)
			a->next_size = a->next_size * 2 < ARENA_CHUNK_MAX ?
			    a->next_size * 2 : ARENA_CHUNK_MAX;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

/* Returns n zeroed elements of size bytes from a. */
void *
arena_calloc(struct arena *a, size_t n, size_t size)
{
	void	*p;

	if (size != 0 && n > SIZE_MAX / size)
		fatalx("arena_calloc: %zu x %zu bytes", n, size);
	p = arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

/* Returns a NUL-terminated copy of s's first n bytes, in a. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Returns how many bytes of a's chunks are handed out. */
size_t
arena_used(const struct arena *a)
{
	const struct arena_chunk *c;
	size_t			 n = 0;

	for (c = a->head; c != NULL; c = c->next)
		n += c->used;
	return n;
}

/* Frees a and everything handed out from it. */
void
arena_free(struct arena *a)
{
	struct arena_chunk	*c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}
