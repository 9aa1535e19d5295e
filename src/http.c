/*
 * The request/response machinery: the route table, dispatch, the headers
 * every answer carries (CORS, ETag, Cache-Control, X-Request-Id, Vary),
 * conditional requests, preflight, problem details and the access log.
 *
 * Problem types are stable URIs under https://pressroom.invalid/problems/:
 * invalid-parameter (400), not-found (404), method-not-allowed (405),
 * internal-error (500) and unavailable (503).  They name the kind of
 * problem; "detail" says what exactly went wrong.
 *
 * A path with a trailing slash ("/v1/documents/") is not a route: 404.
 *
 * ETag: the first 128 bits of SHA-256 over the store's data_version, the
 * request target exactly as sent and the representation chosen (JSON, CSV,
 * NDJSON; plus the Host for feeds, whose links are absolute).  The data is
 * read-only between loads, and every load writes a new data_version, so this
 * identifies the bytes of a 200 answer without hashing them.
 *
 * The response cache keeps finished 200 answers (body, Content-Type, Link,
 * ETag) keyed by the data epoch (server_epoch(): a reload or a load into the
 * served file moves it), the request target as sent, and what else picks
 * the representation: Accept on collections, Host on feeds.  The headers
 * that depend on the request or the settings (CORS, X-Request-Id,
 * Cache-Control) are written for each answer.  A hit, and its 304, never
 * touch SQLite.  HTTP_CACHE_SHARDS shards, each with its own lock, hash
 * table and LRU list, share the byte budget; a shard that sees a newer epoch
 * drops what it holds.  Errors, answers to HEAD and nocache routes are never
 * stored.
 *
 * Streamed answers (CSV, NDJSON exports) are too large for memory: while one
 * is sent, its bytes are also written to an unnamed file in the spool
 * directory ($CACHE_DIRECTORY, else $TMPDIR, else /tmp), and once the whole
 * answer has gone out the entry keeps the file, read back with pread() for
 * the next request of that target in that epoch.  The files hold at most
 * export_cache_size MiB in all; they vanish when their entry goes (a new
 * epoch, eviction, exit), and with the process if it dies.
 */
#include <sys/random.h>
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <strings.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>
#include <sqlite3.h>

#include "pressroom.h"
#include "json_write.h"
#include "http.h"
#include "api.h"

#define PROBLEM_BASE	"https://pressroom.invalid/problems/"
#define ALLOW		"GET, HEAD, OPTIONS"

/* How a request is answered besides what struct req holds: the cache's part. */
struct answer {
	struct buf	 key;		/* cache key; empty: not cacheable */
	uint64_t	 epoch;
	struct cached	*hit;		/* the cached answer, referenced */
	int		 early;		/* 304 decided before the handler */
	char		 tag[36];
};

#define P_PAGE		"limit offset cursor sort fields pretty format "
#define P_DOCUMENTS	P_PAGE "facets q publisher kind category from to " \
			"mentions cites speaker"
#define P_ORGS		P_PAGE "q kind member_of"
#define P_COALITIONS	P_PAGE "q"
#define P_PEOPLE	P_PAGE "q organization role"
#define P_QUOTES	P_PAGE "facets q speaker organization document from to"
#define P_REPORTS	P_PAGE "q publisher"
#define P_XREFS		P_PAGE "relation source_type source target_type target " \
			"document"
#define P_ITEM		"pretty fields"

/* The routes: pattern, handler, allowed query parameters and what they serve. */
const struct route http_routes[] = {
	{ "/v1", api_meta_index, "pretty", NULL, NULL, NULL, 0 },
	{ "/v1/documents", api_list, P_DOCUMENTS, &api_documents, NULL, NULL, 0 },
	{ "/v1/documents/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT item FROM document_items WHERE id = ?", 0 },
	{ "/v1/documents/{id}/quotes", api_list, P_QUOTES, &api_quotes,
	  &api_document_quotes, NULL, 0 },
	{ "/v1/documents/{id}/cross-references", api_list, P_XREFS, &api_xrefs,
	  &api_document_xrefs, NULL, 0 },
	{ "/v1/organizations", api_list, P_ORGS, &api_organizations, NULL, NULL,
	  0 },
	{ "/v1/organizations/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT item FROM organizations WHERE id = ?", 0 },
	{ "/v1/organizations/{id}/members", api_list, P_ORGS,
	  &api_organizations, &api_organization_members, NULL, 0 },
	{ "/v1/organizations/{id}/documents", api_list, P_DOCUMENTS,
	  &api_documents, &api_organization_documents, NULL, 0 },
	{ "/v1/organizations/{id}/quotes", api_list, P_QUOTES, &api_quotes,
	  &api_organization_quotes, NULL, 0 },
	{ "/v1/organizations/{id}/people", api_list, P_PEOPLE, &api_people,
	  &api_organization_people, NULL, 0 },
	{ "/v1/coalitions", api_list, P_COALITIONS, &api_coalitions, NULL, NULL,
	  0 },
	{ "/v1/coalitions/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT item FROM organizations WHERE id = ? AND is_coalition = 1", 0 },
	{ "/v1/coalitions/{id}/members", api_list, P_ORGS, &api_organizations,
	  &api_coalition_members, NULL, 0 },
	{ "/v1/people", api_list, P_PEOPLE, &api_people, NULL, NULL, 0 },
	{ "/v1/people/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT item FROM people WHERE id = ?", 0 },
	{ "/v1/people/{id}/quotes", api_list, P_QUOTES, &api_quotes,
	  &api_person_quotes, NULL, 0 },
	{ "/v1/quotes", api_list, P_QUOTES, &api_quotes, NULL, NULL, 0 },
	{ "/v1/quotes/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT json FROM quotes WHERE id = ?", 0 },
	{ "/v1/reports", api_list, P_REPORTS, &api_reports, NULL, NULL, 0 },
	{ "/v1/reports/{id}", api_item, P_ITEM, NULL, NULL,
	  "SELECT item FROM reports WHERE id = ?", 0 },
	{ "/v1/reports/{id}/citations", api_list, P_PAGE, &api_citations,
	  &api_report_citations, NULL, 0 },
	{ "/v1/cross-references", api_list, P_XREFS, &api_xrefs, NULL, NULL, 0 },
	{ "/v1/search", api_search, "q type limit offset cursor pretty", NULL,
	  NULL, NULL, 0 },
	{ "/v1/feed.json", api_feed_json, "publisher speaker limit pretty", NULL,
	  NULL, NULL, 0 },
	{ "/v1/feed.atom", api_feed_atom, "publisher speaker limit", NULL, NULL,
	  NULL, 0 },
	{ "/openapi.yaml", api_meta_openapi, "", NULL, NULL, NULL, 0 },
	{ "/healthz", api_meta_healthz, "", NULL, NULL, NULL, 1 },
	{ "/readyz", api_meta_readyz, "", NULL, NULL, NULL, 1 },
	{ "/metrics", api_meta_metrics, "", NULL, NULL, NULL, 1 },
};
const size_t http_nroutes = sizeof(http_routes) / sizeof(http_routes[0]);

/*
 * Matches path against a pattern whose "{id}" segment takes any one
 * non-empty segment, copied to id (at most idsize - 1 bytes).  Returns 1 on
 * a match.
 */
int
http_route_match(const char *pattern, const char *path, char *id,
    size_t idsize)
{
	const char	*p = pattern, *s = path, *e;
	size_t		 n;

	while (*p && *s) {
		if (strncmp(p, "{id}", 4) == 0) {
			e = strchr(s, '/');
			n = e ? (size_t)(e - s) : strlen(s);
			if (n == 0 || n >= idsize)
				return 0;
			memcpy(id, s, n);
			id[n] = '\0';
			p += 4;
			s += n;
			continue;
		}
		if (*p != *s)
			return 0;
		p++;
		s++;
	}
	return *p == '\0' && *s == '\0';
}

/* Returns 1 when an incoming X-Request-Id is short and of safe characters. */
int
http_request_id_ok(const char *s)
{
	size_t	n = 0;

	if (s == NULL)
		return 0;
	for (; s[n]; n++)
		if (n >= 128 || !(isalnum((unsigned char)s[n]) ||
		    strchr("-_.:", s[n])))
			return 0;
	return n > 0;
}

/* Returns the opaque part of one entity tag in [s, e), without W/. */
static void
http_etag_opaque(const char **s, const char **e)
{
	if (*e - *s >= 2 && (*s)[0] == 'W' && (*s)[1] == '/')
		*s += 2;
}

/*
 * Returns 1 when an If-None-Match value (a list of entity tags, or "*")
 * matches etag under the weak comparison of RFC 9110.
 */
int
http_etag_match(const char *header, const char *etag)
{
	const char	*p = header, *s, *e, *t = etag, *te;

	if (header == NULL || etag == NULL)
		return 0;
	te = etag + strlen(etag);
	http_etag_opaque(&t, &te);
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		if (*p == '*')
			return 1;
		s = p;
		if (p[0] == 'W' && p[1] == '/')
			p += 2;
		if (*p == '"') {
			p++;
			while (*p && *p != '"')
				p++;
			if (*p == '"')
				p++;
		} else
			while (*p && *p != ',' && *p != ' ')
				p++;
		e = p;
		http_etag_opaque(&s, &e);
		if (e - s == te - t && memcmp(s, t, (size_t)(e - s)) == 0)
			return 1;
		while (*p && *p != ',')
			p++;
	}
	return 0;
}

#define HTTP_CACHE_SHARDS	16
#define HTTP_CACHE_BUCKETS	1024	/* per shard, a power of two */

/* One shard of the response cache. */
struct cache_shard {
	pthread_mutex_t	 lock;
	uint64_t	 epoch;
	struct cached	*buckets[HTTP_CACHE_BUCKETS];
	struct cached	*head, *tail;	/* LRU: most recent first */
	size_t		 bytes;
	size_t		 entries;
};

static struct cache_shard	*http_cache_shards;
static size_t			 http_cache_budget;	/* per shard */
static size_t			 http_spool_budget;	/* bytes on disk */
static atomic_size_t		 http_spool_bytes;	/* kept and being written */

#define HTTP_SPOOL_WRITERS	8	/* exports spooled at once, at most */

/* The keys whose exports are being spooled: one writer per key. */
static pthread_mutex_t		 http_spool_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t			 http_spool_writing[HTTP_SPOOL_WRITERS];
static atomic_ullong		 http_cache_hits, http_cache_misses;
static atomic_ullong		 http_cache_evictions;

/* Returns the FNV-1a hash of key, mixed. */
static uint64_t
http_cache_hash(const char *key, size_t len)
{
	uint64_t	h = hash_fnv1a(key, len);

	/* FNV's high bits barely move on short keys: mix (splitmix64) */
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebull;
	return h ^ (h >> 31);
}

/*
 * Sets up an empty cache of about bytes in memory and spool bytes of exports
 * on disk; 0 bytes leaves it off, 0 spool leaves exports unkept.
 */
void
http_cache_init(size_t bytes, size_t spool)
{
	size_t	i;

	http_cache_free();
	if (bytes == 0)
		return;
	http_spool_budget = spool;
	http_cache_shards = xcalloc(HTTP_CACHE_SHARDS,
	    sizeof(*http_cache_shards));
	for (i = 0; i < HTTP_CACHE_SHARDS; i++)
		pthread_mutex_init(&http_cache_shards[i].lock, NULL);
	http_cache_budget = bytes / HTTP_CACHE_SHARDS;
}

/* Drops a reference to an entry; the last one frees it.  Accepts NULL. */
void
http_cache_unref(void *p)
{
	struct cached	*e = p;

	if (e == NULL || atomic_fetch_sub(&e->refs, 1) != 1)
		return;
	if (e->fd != -1) {
		close(e->fd);
		atomic_fetch_sub(&http_spool_bytes, e->len);
	}
	free(e->key);
	free(e->body);
	free(e->link);
	free(e);
}

/* Takes e out of shard s's table and list; the caller holds the lock. */
static void
http_cache_unlink(struct cache_shard *s, struct cached *e)
{
	struct cached	**pp;

	pp = &s->buckets[e->hash & (HTTP_CACHE_BUCKETS - 1)];
	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	if (e->prev)
		e->prev->next = e->next;
	else
		s->head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		s->tail = e->prev;
	s->bytes -= e->cost;
	s->entries--;
	e->shard = -1;
	http_cache_unref(e);
}

/* Drops every entry of shard s older than epoch; the caller holds the lock. */
static void
http_cache_age(struct cache_shard *s, uint64_t epoch)
{
	if (s->epoch == epoch)
		return;
	if (s->epoch < epoch) {
		while (s->tail)
			http_cache_unlink(s, s->tail);
		s->epoch = epoch;
	}
}

/* Frees the cache and every entry no answer still holds. */
void
http_cache_free(void)
{
	size_t	i;

	if (http_cache_shards == NULL)
		return;
	for (i = 0; i < HTTP_CACHE_SHARDS; i++) {
		while (http_cache_shards[i].tail)
			http_cache_unlink(&http_cache_shards[i],
			    http_cache_shards[i].tail);
		pthread_mutex_destroy(&http_cache_shards[i].lock);
	}
	free(http_cache_shards);
	http_cache_shards = NULL;
	http_spool_budget = 0;
}

/*
 * Returns the entry for key answered in epoch, with a reference the caller
 * drops with http_cache_unref(), or NULL.  Counts a hit or a miss.
 */
struct cached *
http_cache_get(uint64_t epoch, const char *key, size_t keylen)
{
	struct cache_shard	*s;
	struct cached		*e;
	uint64_t		 h;

	if (http_cache_shards == NULL)
		return NULL;
	h = http_cache_hash(key, keylen);
	s = &http_cache_shards[(h >> 32) % HTTP_CACHE_SHARDS];
	pthread_mutex_lock(&s->lock);
	http_cache_age(s, epoch);
	for (e = s->buckets[h & (HTTP_CACHE_BUCKETS - 1)]; e; e = e->hnext)
		if (e->hash == h && e->epoch == epoch && e->keylen == keylen &&
		    memcmp(e->key, key, keylen) == 0)
			break;
	if (e) {
		if (e != s->head) {
			/* most recent first */
			e->prev->next = e->next;
			if (e->next)
				e->next->prev = e->prev;
			else
				s->tail = e->prev;
			e->prev = NULL;
			e->next = s->head;
			s->head->prev = e;
			s->head = e;
		}
		atomic_fetch_add(&e->refs, 1);
	}
	pthread_mutex_unlock(&s->lock);
	atomic_fetch_add(e ? &http_cache_hits : &http_cache_misses, 1);
	return e;
}

/* Makes an entry with one reference and no body yet. */
static struct cached *
http_cache_entry(uint64_t epoch, const char *key, size_t keylen, size_t len,
    const char *ctype, const char *link, const char *etag)
{
	struct cached	*e = xcalloc(1, sizeof(*e));

	e->epoch = epoch;
	e->hash = http_cache_hash(key, keylen);
	e->key = xmalloc(keylen ? keylen : 1);
	memcpy(e->key, key, keylen);
	e->keylen = keylen;
	e->fd = -1;
	e->len = len;
	e->ctype = ctype;
	e->link = link ? xstrdup(link) : NULL;
	snprintf(e->etag, sizeof(e->etag), "%s", etag ? etag : "");
	e->cost = sizeof(*e) + keylen + (link ? strlen(link) + 1 : 0);
	e->shard = -1;
	atomic_init(&e->refs, 1);
	return e;
}

/*
 * Files e in its shard unless it is older than what the shard holds or its
 * key is there already; the cache takes a reference of its own.
 */
static void
http_cache_keep(struct cached *e)
{
	struct cache_shard	*s;
	struct cached		*o, **pp;
	uint64_t		 epoch = e->epoch;
	const char		*key = e->key;
	size_t			 keylen = e->keylen;

	s = &http_cache_shards[(e->hash >> 32) % HTTP_CACHE_SHARDS];
	pthread_mutex_lock(&s->lock);
	http_cache_age(s, epoch);
	if (s->epoch != epoch)
		goto out;
	pp = &s->buckets[e->hash & (HTTP_CACHE_BUCKETS - 1)];
	for (o = *pp; o; o = o->hnext)
		if (o->hash == e->hash && o->keylen == keylen &&
		    memcmp(o->key, key, keylen) == 0)
			goto out;
	while (s->tail && s->bytes + e->cost > http_cache_budget) {
		http_cache_unlink(s, s->tail);
		atomic_fetch_add(&http_cache_evictions, 1);
	}
	e->hnext = *pp;
	*pp = e;
	e->next = s->head;
	if (s->head)
		s->head->prev = e;
	s->head = e;
	if (s->tail == NULL)
		s->tail = e;
	s->bytes += e->cost;
	s->entries++;
	e->shard = (int)(s - http_cache_shards);
	atomic_fetch_add(&e->refs, 1);	/* the cache's own */
out:
	pthread_mutex_unlock(&s->lock);
}

/*
 * Makes an entry of an answer in epoch (body is taken; ctype is a string
 * constant; link and etag are copied) and keeps it unless it is too large,
 * older than what the shard holds, or already there.  Returns it with a
 * reference for the caller to drop with http_cache_unref().
 */
struct cached *
http_cache_put(uint64_t epoch, const char *key, size_t keylen, char *body,
    size_t len, const char *ctype, const char *link, const char *etag)
{
	struct cached	*e;

	e = http_cache_entry(epoch, key, keylen, len, ctype, link, etag);
	e->body = body;
	e->cost += len;
	if (http_cache_shards && e->cost <= http_cache_budget / 4)
		http_cache_keep(e);
	return e;
}

/*
 * Keeps a spooled export of len bytes in fd (taken) under key, like
 * http_cache_put(), unless the spool has no room for it: then fd is closed.
 */
void
http_cache_put_file(uint64_t epoch, const char *key, size_t keylen, int fd,
    size_t len, const char *ctype, const char *link, const char *etag)
{
	struct cached	*e;

	e = http_cache_entry(epoch, key, keylen, len, ctype, link, etag);
	e->fd = fd;	/* its len bytes were reserved while written */
	if (http_cache_shards)
		http_cache_keep(e);
	http_cache_unref(e);
	http_cache_spool_end(key, keylen, 0);
}

/*
 * Reserves n more bytes of the spool for an export being written; returns
 * 0, or -1 when the spool has no room for them.
 */
int
http_cache_spool_reserve(size_t n)
{
	if (atomic_fetch_add(&http_spool_bytes, n) + n <= http_spool_budget)
		return 0;
	atomic_fetch_sub(&http_spool_bytes, n);
	return -1;
}

/* Returns the hash of key as the spool's writer table files it: never 0. */
static uint64_t
http_cache_spool_hash(const char *key, size_t keylen)
{
	uint64_t	h = http_cache_hash(key, keylen);

	return h ? h : 1;
}

/*
 * Ends the spooling of key: its writer's slot is free and released bytes
 * (those of an export given up) go back to the spool.
 */
void
http_cache_spool_end(const char *key, size_t keylen, size_t released)
{
	uint64_t	h = http_cache_spool_hash(key, keylen);
	size_t		i;

	atomic_fetch_sub(&http_spool_bytes, released);
	pthread_mutex_lock(&http_spool_lock);
	for (i = 0; i < HTTP_SPOOL_WRITERS; i++)
		if (http_spool_writing[i] == h) {
			http_spool_writing[i] = 0;
			break;
		}
	pthread_mutex_unlock(&http_spool_lock);
}

/* Returns a new unnamed file in the spool directory, or -1. */
static int
http_cache_spool_file(void)
{
	const char	*dir;
	char		 path[4096];
	int		 fd;

	if ((dir = getenv("CACHE_DIRECTORY")) == NULL || *dir == '\0') {
		if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
			dir = "/tmp";
	} else if (strchr(dir, ':'))
		return -1;	/* several directories: not ours to pick */
	if ((fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600)) != -1)
		return fd;
	/* a file system without O_TMPFILE: a named file, unlinked at once */
	if ((size_t)snprintf(path, sizeof(path), "%s/pressroomd-export.XXXXXX",
	    dir) >= sizeof(path))
		return -1;
	if ((fd = mkostemp(path, O_CLOEXEC)) == -1) {
		log_debug("spooling an export in %s: %s", dir, strerror(errno));
		return -1;
	}
	unlink(path);
	return fd;
}

/*
 * Returns a new unnamed file for spooling the export answering key, or -1
 * when exports are not kept, another request is spooling the same key, too
 * many are being spooled, or no file can be made.  A file returned must end
 * with http_cache_put_file() or http_cache_spool_end().
 */
int
http_cache_spool_open(const char *key, size_t keylen)
{
	uint64_t	 h = http_cache_spool_hash(key, keylen);
	size_t		 i, slot = HTTP_SPOOL_WRITERS;
	int		 fd;

	if (http_cache_shards == NULL || http_spool_budget == 0)
		return -1;
	pthread_mutex_lock(&http_spool_lock);
	for (i = 0; i < HTTP_SPOOL_WRITERS; i++) {
		if (http_spool_writing[i] == h)
			break;
		if (http_spool_writing[i] == 0 && slot == HTTP_SPOOL_WRITERS)
			slot = i;
	}
	if (i < HTTP_SPOOL_WRITERS || slot == HTTP_SPOOL_WRITERS) {
		pthread_mutex_unlock(&http_spool_lock);
		return -1;	/* spooled already, or no writer free */
	}
	http_spool_writing[slot] = h;
	pthread_mutex_unlock(&http_spool_lock);
	if ((fd = http_cache_spool_file()) == -1)
		http_cache_spool_end(key, keylen, 0);
	return fd;
}

/*
 * Returns a response sending spooled entry e's file, or NULL.  It holds a
 * descriptor of its own, not e: MHD reads at explicit offsets (sendfile,
 * pread), so answers in flight share the file safely, and it stays readable
 * after e has gone from the cache.
 */
static struct MHD_Response *
http_cache_file_response(struct cached *e)
{
	struct MHD_Response	*resp;
	int			 fd;

	if ((fd = fcntl(e->fd, F_DUPFD_CLOEXEC, 0)) == -1) {
		log_warnx("answering from a spooled export: %s", strerror(errno));
		return NULL;
	}
	if ((resp = MHD_create_response_from_fd64(e->len, fd)) == NULL)
		close(fd);
	return resp;
}

/*
 * Reads the cache's counters: hits, misses, evictions, entries, bytes in
 * memory and bytes of spooled exports.
 */
void
http_cache_stats(unsigned long long *hits, unsigned long long *misses,
    unsigned long long *evictions, size_t *entries, size_t *bytes,
    size_t *spooled)
{
	size_t	i;

	*spooled = atomic_load(&http_spool_bytes);
	*hits = atomic_load(&http_cache_hits);
	*misses = atomic_load(&http_cache_misses);
	*evictions = atomic_load(&http_cache_evictions);
	*entries = *bytes = 0;
	for (i = 0; http_cache_shards && i < HTTP_CACHE_SHARDS; i++) {
		pthread_mutex_lock(&http_cache_shards[i].lock);
		*entries += http_cache_shards[i].entries;
		*bytes += http_cache_shards[i].bytes;
		pthread_mutex_unlock(&http_cache_shards[i].lock);
	}
}

/* Returns the title of a status for problem documents. */
static const char *
http_status_title(int status, const char **type)
{
	switch (status) {
	case 400:
		*type = PROBLEM_BASE "invalid-parameter";
		return "Invalid parameter";
	case 404:
		*type = PROBLEM_BASE "not-found";
		return "Not found";
	case 405:
		*type = PROBLEM_BASE "method-not-allowed";
		return "Method not allowed";
	case 503:
		*type = PROBLEM_BASE "unavailable";
		return "Service unavailable";
	default:
		*type = PROBLEM_BASE "internal-error";
		return "Internal error";
	}
}

/* Makes req's answer a problem document; returns -1 for handlers to pass on. */
int
http_problem(struct req *r, int status, const char *fmt, ...)
{
	va_list		 ap;
	char		*raw, *detail, *instance;
	const char	*type;
	const char	*title = http_status_title(status, &type);
	json_t		*o;

	va_start(ap, fmt);
	if (vasprintf(&raw, fmt, ap) == -1)
		fatal("http_problem");
	va_end(ap);
	/* a detail or URI quoting the request may be any bytes: not JSON's */
	detail = utf8_repair(raw);
	instance = utf8_repair(r->uri ? r->uri : r->path ? r->path : "");
	o = json_pack("{s:s, s:s, s:i, s:s, s:s}", "type", type, "title", title,
	    "status", status, "detail", detail, "instance", instance);
	free(raw);
	free(detail);
	free(instance);
	if (o == NULL)
		fatalx("http_problem: cannot build a problem document");
	if (status == 400 && r->invalid && json_array_size(r->invalid))
		json_object_set(o, "invalid_params", r->invalid);
	if (r->stream) {
		MHD_destroy_response(r->stream);
		r->stream = NULL;
	}
	buf_reset(&r->body);
	http_json(r, o);
	json_decref(o);
	r->status = status;
	r->ctype = "application/problem+json";
	return -1;
}

/* Answers 400 naming every parameter collected in r->invalid. */
int
http_invalid_params(struct req *r)
{
	json_t		*e = json_array_get(r->invalid, 0);
	const char	*name = json_string_value(json_object_get(e, "name"));
	const char	*why = json_string_value(json_object_get(e, "reason"));

	if (json_array_size(r->invalid) == 1)
		return http_problem(r, 400, "%s: %s", name ? name : "?",
		    why ? why : "invalid");
	return http_problem(r, 400, "%zu query parameters are invalid; see "
	    "invalid_params", json_array_size(r->invalid));
}

/*
 * Returns 1 for an SQLite result code that says the database file is not
 * available (damaged, unreadable, replaced by something else, locked), as
 * opposed to a failed query.
 */
int
http_db_unavailable(int code)
{
	switch (code & 0xff) {
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_PROTOCOL:
		return 1;
	default:
		return 0;
	}
}

/* Logs that the database is not available, at most once a second. */
static void
http_log_unavailable(const char *path, const char *msg)
{
	static atomic_llong	last, quiet;
	long long		now = (long long)time(NULL), was;

	was = atomic_load(&last);
	if (now == was || !atomic_compare_exchange_strong(&last, &was, now)) {
		atomic_fetch_add(&quiet, 1);
		return;
	}
	log_warnx("the database is not available: %s (at %s; %lld more such "
	    "answers not logged)", msg, path, atomic_exchange(&quiet, 0));
}

/*
 * Answers a statement that failed: a full-text query that SQLite refuses is
 * the client's (400 naming q), anything else is ours (500, logged).
 */
int
http_sql_failed(struct req *r, sqlite3_stmt *st)
{
	sqlite3		*db = st ? sqlite3_db_handle(st) : r->db;
	const char	*msg = db ? sqlite3_errmsg(db) : "no database";
	int		 code = db ? sqlite3_errcode(db) : SQLITE_ERROR;

	if (http_query_get(&r->query, "q") && (code & 0xff) == SQLITE_ERROR) {
		http_fts_invalid(r->invalid, "q", msg);
		return http_invalid_params(r);
	}
	if (http_db_unavailable(code)) {
		/*
		 * The file went bad under the server (or is locked): not the
		 * request's fault nor a bug, and it passes when the file is
		 * restored and reloaded.  /readyz says so too; one line per
		 * second at most, however many requests fail.
		 */
		http_log_unavailable(r->path, msg);
		return http_problem(r, 503, "the database is not available; "
		    "see /readyz");
	}
	log_warnx("%s: %s", r->path, msg);
	return http_problem(r, 500, "the database could not answer");
}

/* Sets req's body to v as JSON, indented under ?pretty=1. */
void
http_json(struct req *r, json_t *v)
{
	char	*s;

	buf_reset(&r->body);
	if (r->pretty) {
		if ((s = json_dumps(v, JSON_INDENT(2))) == NULL)
			fatal("json_dumps");
		buf_puts(&r->body, s);
		buf_putc(&r->body, '\n');
		free(s);
	} else
		json_write(&r->body, v);
	r->status = 200;
	r->ctype = "application/json; charset=utf-8";
}

/* MHD: the first sight of a request; sets up its state. */
void *
http_uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
	struct req	*r;

	(void)cls;
	(void)conn;
	r = xcalloc(1, sizeof(*r));
	r->uri = xstrdup(uri ? uri : "");
	r->start_us = server_now_us();
	r->route_index = -1;
	r->counted = 1;
	buf_init(&r->body);
	http_query_init(&r->query);
	server_inflight_add(1);
	return r;
}

/* MHD iterator: collects each query parameter. */
static enum MHD_Result
http_collect(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	(void)kind;
	http_query_add(cls, key ? key : "", value);
	return MHD_YES;
}

/*
 * Returns 64 random bits for request ids: a per-thread xorshift generator
 * seeded from getrandom() once, not a system call per request.
 */
static uint64_t
http_random(void)
{
	static _Thread_local uint64_t	state;
	uint64_t			x;

	if (state == 0) {
		if (getrandom(&state, sizeof(state), 0) != (ssize_t)sizeof(state))
			state = server_now_us() ^ (uint64_t)(uintptr_t)&state;
		state |= 1;
	}
	x = state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	state = x;
	return x * 0x2545f4914f6cdd1dull;
}

/* Sets a fresh request id unless the client sent a sane one. */
static void
http_request_id(struct req *r)
{
	const char	*in;

	in = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    "X-Request-Id");
	if (http_request_id_ok(in)) {
		snprintf(r->reqid, sizeof(r->reqid), "%s", in);
		return;
	}
	snprintf(r->reqid, sizeof(r->reqid), "%016llx",
	    (unsigned long long)http_random());
}

/* Reads the store's data_version, which changes with every load. */
static int
http_data_version(struct req *r)
{
	sqlite3_stmt	*st;
	const char	*v;

	st = server_stmt("SELECT value FROM meta WHERE key = 'data_version'");
	if (st == NULL)
		return -1;
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		v = (const char *)sqlite3_column_text(st, 0);
		r->data_version = xstrdup(v ? v : "");
		break;
	case SQLITE_DONE:
		r->data_version = xstrdup("");
		break;
	default:
		server_stmt_done(st);
		return -1;
	}
	server_stmt_done(st);
	return 0;
}

/* Writes the strong ETag of req's representation into tag. */
static void
http_etag(struct req *r, char tag[36])
{
	struct buf	b;
	char		hex[65];

	buf_init(&b);
	buf_printf(&b, "%s\n%s\n%s", r->data_version ? r->data_version : "",
	    r->uri ? r->uri : "", r->variant);
	sha256_hex(b.data, b.len, hex);
	buf_free(&b);
	snprintf(tag, 36, "\"%.32s\"", hex);
}

/*
 * Returns the Access-Control-Allow-Origin for a request from origin (NULL:
 * none sent) under the allow-list: "*", or origin itself when listed (copied
 * into buf), or NULL when it is not allowed.
 */
const char *
http_cors_allow(const char *list, const char *origin, char *buf, size_t bufsize)
{
	const char	*p = list, *e;
	size_t		 n, olen;

	if (list == NULL || *list == '\0' || strcmp(list, "*") == 0)
		return "*";
	if (origin == NULL || (olen = strlen(origin)) == 0 || olen >= bufsize)
		return NULL;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		e = p + strcspn(p, ",");
		n = (size_t)(e - p);
		while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n == 1 && *p == '*')
			return "*";
		if (n == olen && strncasecmp(p, origin, n) == 0) {
			memcpy(buf, origin, olen + 1);
			return buf;
		}
		p = e;
	}
	return NULL;
}

/* Adds the headers every answer carries. */
static void
http_common_headers(struct req *r, struct MHD_Response *resp)
{
	const struct serve_config	*cfg = server_config();
	const char			*allow;
	char				 cc[64], origin[512];

	allow = http_cors_allow(cfg ? cfg->cors_origin : NULL,
	    MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Origin"),
	    origin, sizeof(origin));
	if (allow)
		MHD_add_response_header(resp, "Access-Control-Allow-Origin", allow);
	MHD_add_response_header(resp, "Access-Control-Expose-Headers",
	    "Link, ETag, X-Request-Id");
	MHD_add_response_header(resp, "Vary", "Accept, Origin");
	MHD_add_response_header(resp, "X-Request-Id", r->reqid);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	if ((r->status == 200 || r->status == 304) && !(r->route &&
	    r->route->nocache)) {
		snprintf(cc, sizeof(cc), "public, max-age=%u",
		    cfg ? cfg->max_age : 60);
		MHD_add_response_header(resp, "Cache-Control", cc);
	} else
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (server_is_stopping())
		MHD_add_response_header(resp, "Connection", "close");
}

/* Answers an OPTIONS preflight. */
static void
http_preflight(struct req *r, struct MHD_Response *resp)
{
	const char	*want;

	want = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    "Access-Control-Request-Headers");
	MHD_add_response_header(resp, "Access-Control-Allow-Methods", ALLOW);
	MHD_add_response_header(resp, "Access-Control-Allow-Headers",
	    want && *want && strcspn(want, "\r\n") == strlen(want) ? want :
	    "If-None-Match, Accept, Content-Type");
	MHD_add_response_header(resp, "Access-Control-Max-Age", "86400");
	MHD_add_response_header(resp, "Allow", ALLOW);
}

/* Returns 1 when req's answer comes from a feed, whose links depend on Host. */
static int
http_is_feed(const struct req *r)
{
	return r->route->handler == api_feed_json ||
	    r->route->handler == api_feed_atom;
}

/*
 * Builds req's cache key in a->key: the request target as sent, then the
 * headers that choose the representation (Accept on collections, Host on
 * feeds).  The method is not in it: HEAD is served what GET stored.
 */
static void
http_cache_key(struct req *r, struct answer *a)
{
	const char	*v;

	buf_reset(&a->key);
	buf_puts(&a->key, r->uri);
	buf_putc(&a->key, '\0');
	if (r->route->coll && (v = MHD_lookup_connection_value(r->conn,
	    MHD_HEADER_KIND, "Accept")))
		buf_puts(&a->key, v);
	buf_putc(&a->key, '\0');
	if (http_is_feed(r) && (v = MHD_lookup_connection_value(r->conn,
	    MHD_HEADER_KIND, "Host")))
		buf_puts(&a->key, v);
}

/*
 * Answers If-None-Match before the handler runs when the ETag and every
 * header of the 304 can be known up front: not on collections (their Link
 * comes from the page the handler reads), not on feeds (Host picks the
 * variant), and not for "*", which only the handler can answer (is there
 * anything?).  Returns 1 when req is a 304.
 */
static int
http_early_304(struct req *r, struct answer *a)
{
	const char	*inm;

	inm = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    "If-None-Match");
	if (inm == NULL || strchr(inm, '*') || r->route->coll ||
	    http_is_feed(r) || r->route->handler == api_meta_readyz)
		return 0;
	if ((r->data_version = server_data_version()) == NULL)
		return 0;
	http_etag(r, a->tag);
	if (!http_etag_match(inm, a->tag)) {
		free(r->data_version);
		r->data_version = NULL;
		return 0;
	}
	a->early = 1;
	r->status = 304;
	r->ctype = NULL;
	return 1;
}

/* Returns 1 when the path of the raw request target holds %2F. */
static int
http_encoded_slash(const char *uri)
{
	const char	*p;

	for (p = uri; *p && *p != '?'; p++)
		if (p[0] == '%' && p[1] == '2' && (p[2] == 'F' || p[2] == 'f'))
			return 1;
	return 0;
}

/* Runs the route's handler with everything checked that can be checked up front. */
static void
http_dispatch(struct req *r, struct answer *a)
{
	size_t		 i;
	const char	*v;
	char		*why = NULL;

	for (i = 0; i < http_nroutes; i++)
		if (http_route_match(http_routes[i].pattern, r->path, r->id,
		    sizeof(r->id))) {
			r->route = &http_routes[i];
			r->route_index = (int)i;
			break;
		}
	if (r->route == NULL) {
		http_problem(r, 404, "no resource at %s", r->path);
		return;
	}
	if (http_encoded_slash(r->uri)) {
		/* MHD decoded it: "/v1%2Fdocuments" must not be "/v1/documents" */
		http_problem(r, 404, "no resource at %s: an encoded slash is not "
		    "a path separator", r->path);
		return;
	}
	if (strcmp(r->method, "OPTIONS") == 0) {
		r->status = 204;
		return;
	}
	if (strcmp(r->method, "GET") != 0 && !r->head) {
		http_problem(r, 405, "%s is not allowed here; use " ALLOW,
		    r->method);
		return;
	}
	if (!r->route->nocache) {
		/* the same target in the same epoch was valid then: still is */
		a->epoch = server_epoch();
		http_cache_key(r, a);
		if ((a->hit = http_cache_get(a->epoch, a->key.data,
		    a->key.len)) != NULL) {
			r->status = 200;
			r->ctype = a->hit->ctype;
			return;
		}
	}
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, http_collect,
	    &r->query);
	if (http_query_check(&r->query, r->route->params, r->invalid)) {
		http_invalid_params(r);
		return;
	}
	if ((v = http_query_get(&r->query, "pretty")) &&
	    http_parse_bool(v, &r->pretty) == -1) {
		http_invalid(r->invalid, "pretty", "expected 1 or 0");
		http_invalid_params(r);
		return;
	}
	snprintf(r->variant, sizeof(r->variant), "json");
	if (!r->route->nocache && http_early_304(r, a))
		return;
	if (r->route->handler == api_meta_healthz ||
	    r->route->handler == api_meta_metrics) {
		/* the process answers, whatever the database does */
		r->route->handler(r);
		return;
	}
	if ((r->db = server_db()) == NULL) {
		http_problem(r, 503, "the database is not available");
		return;
	}
	/*
	 * One read transaction per request, so that the data version behind
	 * the ETag and the data in the body come from the same snapshot even
	 * while a load commits to the file.
	 */
	sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL);
	if (http_data_version(r) == -1) {
		http_log_unavailable(r->path, sqlite3_errmsg(r->db));
		sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
		if (r->route->handler == api_meta_readyz &&
		    server_ready(&why) == -1) {
			http_problem(r, 503, "%s", why);
			free(why);
		} else
			http_problem(r, 503, "the database does not answer; "
			    "see /readyz");
		return;
	}
	r->route->handler(r);
	if (!sqlite3_get_autocommit(r->db))
		sqlite3_exec(r->db, "COMMIT", NULL, NULL, NULL);
}

/*
 * Builds the MHD response for what the handler left in req, or for the
 * cached answer a->hit (whose reference the response takes over).  Stores
 * a fresh 200 in the cache when it may be.
 */
static struct MHD_Response *
http_response(struct req *r, struct answer *a)
{
	struct MHD_Response	*resp = NULL;
	struct cached		*e;
	const char		*inm, *link = r->link;
	char			*tag = a->tag;
	int			 etag;

	etag = (r->status == 200 || a->early) && r->route && !r->route->nocache;
	if (a->hit)
		tag = a->hit->etag;
	else if (etag && !a->early)
		http_etag(r, tag);
	if (etag && !a->early) {
		inm = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
		    "If-None-Match");
		if (inm && http_etag_match(inm, tag)) {
			if (r->stream) {
				MHD_destroy_response(r->stream);
				r->stream = NULL;
				r->csv = NULL;
			}
			buf_reset(&r->body);
			r->status = 304;
			r->ctype = NULL;
		}
	}
	if (a->hit) {
		e = a->hit;
		link = e->link;
		if (r->status == 200) {
			if (e->fd != -1)
				resp = http_cache_file_response(e);
			else if ((resp = MHD_create_response_from_buffer_with_free_callback_cls(
			    e->len, e->body, http_cache_unref, e)) != NULL)
				a->hit = NULL;	/* the response holds it now */
			if (resp == NULL)
				return NULL;
			r->bytes = e->len;
		}
	} else if (r->stream) {
		if (r->status == 200 && etag && !r->head && a->key.len > 0)
			http_csv_spool(r->csv, a->epoch, a->key.data,
			    a->key.len, tag, link);
		resp = r->stream;
		r->stream = NULL;
		r->csv = NULL;
		/*
		 * libmicrohttpd (0.9.75) ends a chunked answer to HEAD with the
		 * last chunk, "0" CRLF CRLF, a body HEAD must not have: a
		 * keep-alive client would read it as the start of its next
		 * answer.  Closing the connection after it makes it harmless.
		 */
		if (r->head)
			MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION,
			    "close");
	} else if (r->status == 200 && etag && !r->head && a->key.len > 0 &&
	    r->ctype) {
		r->bytes = r->body.len;
		e = http_cache_put(a->epoch, a->key.data, a->key.len,
		    buf_steal(&r->body), r->bytes, r->ctype, r->link, tag);
		resp = MHD_create_response_from_buffer_with_free_callback_cls(
		    e->len, e->body ? e->body : (void *)"", http_cache_unref, e);
		if (resp == NULL) {
			http_cache_unref(e);
			return NULL;
		}
	}
	if (resp == NULL) {
		resp = MHD_create_response_from_buffer(r->body.len,
		    r->body.data ? r->body.data : (void *)"", MHD_RESPMEM_MUST_COPY);
		r->bytes = r->body.len;
	}
	if (resp == NULL)
		return NULL;
	http_common_headers(r, resp);
	if (r->ctype && r->status != 304)
		MHD_add_response_header(resp, "Content-Type", r->ctype);
	if (etag)
		MHD_add_response_header(resp, "ETag", tag);
	if (link && (r->status == 200 || r->status == 304))
		MHD_add_response_header(resp, "Link", link);
	if (r->status == 405)
		MHD_add_response_header(resp, "Allow", ALLOW);
	if (r->status == 204)
		http_preflight(r, resp);
	return resp;
}

/* MHD access handler: answers a request on its first call. */
enum MHD_Result
http_access(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **con_cls)
{
	struct req		*r = *con_cls;
	struct MHD_Response	*resp;
	struct answer		 a;
	enum MHD_Result		 ret;

	(void)cls;
	(void)version;
	(void)upload;
	if (r == NULL) {
		/* no URI callback ran: make the state now */
		r = *con_cls = http_uri_log(NULL, url, conn);
	}
	if (!r->seen) {
		/* headers only so far: answer once any body has gone by */
		r->seen = 1;
		return MHD_YES;
	}
	if (r->status != 0 || *upload_size != 0) {
		/* a request body is read and dropped */
		*upload_size = 0;
		return MHD_YES;
	}
	r->conn = conn;
	r->method = method;
	r->path = url;
	r->head = strcmp(method, "HEAD") == 0;
	r->invalid = json_array();
	http_request_id(r);
	memset(&a, 0, sizeof(a));
	buf_init(&a.key);
	http_dispatch(r, &a);
	if (r->status == 0)
		http_problem(r, 500, "no answer");
	resp = http_response(r, &a);
	http_cache_unref(a.hit);
	buf_free(&a.key);
	if (resp == NULL)
		return MHD_NO;
	ret = MHD_queue_response(conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	if (upload_size)
		*upload_size = 0;
	return ret;
}

/* Appends s to b with control characters and spaces escaped, for the log. */
static void
http_log_escape(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		if ((unsigned char)*s <= ' ' || *s == 0x7f || *s == '\\')
			buf_printf(b, "\\x%02x", (unsigned char)*s);
		else
			buf_putc(b, *s);
	}
}

/* MHD: the request is over; counts it, logs it and frees its state. */
void
http_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
    enum MHD_RequestTerminationCode code)
{
	struct req			*r = *con_cls;
	const struct serve_config	*cfg = server_config();
	struct buf			 line;
	uint64_t			 us;

	(void)cls;
	(void)conn;
	if (r == NULL)
		return;
	us = server_now_us() - r->start_us;
	server_metrics_count(r->route_index, r->status, us);
	if (cfg == NULL || cfg->access_log) {
		buf_init(&line);
		http_log_escape(&line, r->method ? r->method : "-");
		buf_putc(&line, ' ');
		http_log_escape(&line, r->uri);
		buf_printf(&line, " %d %zu %lluus %s%s", r->status, r->bytes,
		    (unsigned long long)us, r->reqid[0] ? r->reqid : "-",
		    code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" :
		    " (aborted)");
		log_info("%s", line.data);
		buf_free(&line);
	}
	if (r->counted)
		server_inflight_add(-1);
	if (r->stream)
		MHD_destroy_response(r->stream);
	http_query_free(&r->query);
	buf_free(&r->body);
	json_decref(r->invalid);
	free(r->link);
	free(r->data_version);
	free(r->uri);
	free(r);
	*con_cls = NULL;
}
