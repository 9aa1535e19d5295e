/*
 * The HTTP server and the pure pieces of its request machinery: query
 * parameters, cursors, entity tags, CSV and route matching.  The API
 * resources behind it are declared in api.h.
 */
#ifndef HTTP_H
#define HTTP_H

#include <stddef.h>
#include <stdatomic.h>
#include <stdint.h>

#include <jansson.h>

#include "pressroom.h"

#define CONFIG_MAX_SETTINGS	16	/* rows of config.c's table, at most */

/*
 * How to serve: built by config_build() from defaults, the config file, the
 * environment and flags.  Strings live until config_free(); a reload builds
 * a new one and the old stays valid, so a request may keep reading it.
 */
struct serve_config {
	const char	 *listen;	/* "ADDR:PORT[,ADDR:PORT...]" */
	const char	 *db_path;	/* NULL: build an in-memory database */
	char		**load_paths;	/* --load PATH..., or the bundled corpus */
	size_t		  nload;
	int		  load_flags;	/* the load paths came from --load */
	unsigned	  threads;	/* worker threads per address, 0 = CPUs */
	unsigned	  max_connections;
	unsigned	  timeout;	/* seconds a connection may idle */
	unsigned	  shutdown_timeout; /* seconds to finish requests on stop */
	const char	 *cors_origin;	/* "*" or a comma-separated allow-list */
	unsigned	  max_age;	/* Cache-Control max-age, seconds */
	unsigned	  cache_size;	/* MiB of answers cached; 0: default */
	unsigned	  export_cache_size; /* MiB of exports spooled; 0: off */
	int		  access_log;
	int		  log_level;	/* enum log_level */
	const char	 *origin[CONFIG_MAX_SETTINGS]; /* where each value came from */
};

/*
 * What config_build() reads; kept by the server to build the configuration
 * again on SIGHUP with build (config_build(), which lives with main.c).
 */
struct config_args {
	int		(*build)(struct serve_config *, const struct config_args *,
			    char **);
	const char	 *file;		/* config file */
	int		  file_required; /* named by --config or PRESSROOM_CONFIG */
	char		**sets;		/* "key=value" from flags */
	size_t		  nsets;
	char		**loads;	/* --load paths */
	size_t		  nloads;
	const char	 *data_dir;	/* the bundled corpus */
};

#define HTTP_MAX_PARAMS	32	/* query parameters in one request */
#define HTTP_CACHE_DEFAULT_MIB	16	/* cache_size when unset */

/* One query parameter as received (already percent-decoded). */
struct qparam {
	char	*name;
	char	*value;
};

/* The query string of a request. */
struct query {
	struct qparam	 p[HTTP_MAX_PARAMS];
	size_t		 n;
	int		 overflow;	/* more than HTTP_MAX_PARAMS were sent */
};

/* A decoded keyset cursor: where the previous page stopped. */
struct cursor {
	char	*sort;		/* sort field name, without '-' */
	int	 desc;		/* sort direction */
	int	 before;	/* 1: page backwards (a "prev" cursor) */
	json_t	*value;		/* last sort value (string, integer, real or null) */
	json_t	*key;		/* last tie-break key (string or integer) */
};

/*
 * A finished 200 answer kept by the response cache (http.c), with what it
 * depends on in its key.  Shared by the requests that serve it: counted
 * references, the last one frees it.
 */
struct cached {
	uint64_t	 epoch;		/* data epoch it was answered in */
	uint64_t	 hash;
	char		*key;		/* request target and variant inputs */
	size_t		 keylen;
	char		*body;		/* NULL when spooled to fd */
	int		 fd;		/* a spooled export's file, or -1 */
	size_t		 len;
	const char	*ctype;		/* a string constant */
	char		*link;		/* Link header or NULL */
	char		 etag[36];
	size_t		 cost;		/* bytes it holds */
	atomic_int	 refs;
	int		 shard;		/* -1: not in the cache */
	struct cached	*prev, *next;	/* LRU, most recent first */
	struct cached	*hnext;		/* hash chain */
};

/* server.c */
int	 server_open(const struct serve_config *, char **);
void	 server_close(void);
int	 server_run(const struct serve_config *, const struct config_args *);
int	 server_is_stopping(void);
int	 server_ready(char **);
int	 http_db_unavailable(int);
uint64_t server_generation(void);
uint64_t server_epoch(void);
char	*server_data_version(void);

/* http_query.c */
void	 http_query_init(struct query *);
void	 http_query_add(struct query *, const char *, const char *);
void	 http_query_free(struct query *);
const char *http_query_get(const struct query *, const char *);
int	 http_query_check(const struct query *, const char *, json_t *);
void	 http_invalid(json_t *, const char *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
int	 http_parse_uint(const char *, unsigned long, unsigned long,
	    unsigned long *);
int	 http_parse_date(const char *);
int	 http_parse_bool(const char *, int *);
int	 http_parse_id(const char *);
int	 http_check_id(json_t *, const char *, const char *);
void	 http_fts_invalid(json_t *, const char *, const char *);
int	 http_list_contains(const char *, const char *, size_t);
char	*http_base64url_encode(const void *, size_t);
int	 http_base64url_decode(const char *, unsigned char **, size_t *);
char	*http_cursor_encode(const struct cursor *);
int	 http_cursor_decode(const char *, struct cursor *);
void	 http_cursor_free(struct cursor *);
void	 http_urlencode(struct buf *, const char *);

/* http_csv.c */
void	 http_csv_field(struct buf *, const char *, size_t);
void	 http_csv_header(struct buf *, const char *const *);
void	 http_csv_row(struct buf *, json_t *, const char *const *);
int	 http_csv_row_text(struct buf *, struct buf *, const char *, size_t,
	    const char *const *);
json_t	*http_json_path(json_t *, const char *);
void	 http_json_text(struct buf *, json_t *);

/* http.c */
int	 http_etag_match(const char *, const char *);
int	 http_route_match(const char *, const char *, char *, size_t);
int	 http_request_id_ok(const char *);
const char *http_cors_allow(const char *, const char *, char *, size_t);
void	 http_cache_init(size_t, size_t);
void	 http_cache_free(void);
struct cached *http_cache_get(uint64_t, const char *, size_t);
struct cached *http_cache_put(uint64_t, const char *, size_t, char *, size_t,
	    const char *, const char *, const char *);
void	 http_cache_put_file(uint64_t, const char *, size_t, int, size_t,
	    const char *, const char *, const char *);
int	 http_cache_spool_open(const char *, size_t);
int	 http_cache_spool_reserve(size_t);
void	 http_cache_spool_end(const char *, size_t, size_t);
void	 http_cache_unref(void *);
void	 http_cache_stats(unsigned long long *, unsigned long long *,
	    unsigned long long *, size_t *, size_t *, size_t *);

#endif
