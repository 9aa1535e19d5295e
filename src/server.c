/*
 * The daemon: opens (or builds) the database, starts libmicrohttpd with its
 * own pool of threads, and waits for signals.  Each worker thread gets its own
 * read-only SQLite connection and statement cache on first use.  Also keeps
 * the request counters that /metrics shows.
 */
#include <sys/socket.h>
#include <sys/types.h>

#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>
#include <sqlite3.h>

#include "build_config.h"
#include "pressroom.h"
#include "db.h"
#include "http.h"
#include "api.h"

#define SERVER_MAX_ROUTES	64
#define SERVER_DRAIN_SECONDS	10

/* A prepared statement kept for reuse by one thread. */
struct server_stmt {
	char		*sql;
	sqlite3_stmt	*st;
	int		 busy;
};

/* What one worker thread owns: its connection and its statements. */
struct worker {
	sqlite3			*db;
	struct server_stmt	*stmts;
	size_t			 nstmts;
	struct worker		*next;
};

static _Thread_local struct worker	*server_self;
static pthread_mutex_t			 server_lock = PTHREAD_MUTEX_INITIALIZER;
static struct worker			*server_workers;
static char				*server_uri;	/* what workers open */
static const struct serve_config	*server_cfg;
static uint64_t				 server_started_us;

/* Counters for /metrics. */
static const int	server_statuses[] = { 200, 204, 301, 304, 400, 404, 405,
    406, 414, 431, 500, 503, 0 };
#define SERVER_NSTATUS	(sizeof(server_statuses) / sizeof(server_statuses[0]))
static const double	server_buckets[] = { 0.0005, 0.001, 0.0025, 0.005, 0.01,
    0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5 };
#define SERVER_NBUCKETS	(sizeof(server_buckets) / sizeof(server_buckets[0]))

static atomic_ullong	server_requests[SERVER_MAX_ROUTES + 1][SERVER_NSTATUS];
static atomic_ullong	server_hist[SERVER_NBUCKETS + 1];
static atomic_ullong	server_hist_sum_us;
static atomic_ullong	server_hist_count;
static atomic_int	server_inflight;

/* Returns microseconds of a monotonic clock. */
uint64_t
server_now_us(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* Returns the settings the server runs with. */
const struct serve_config *
server_config(void)
{
	return server_cfg;
}

/* Returns this thread's database connection, opening it on first use; NULL on failure. */
sqlite3 *
server_db(void)
{
	struct worker	*w;
	char		*err = NULL;

	if (server_self)
		return server_self->db;
	w = xcalloc(1, sizeof(*w));
	if (db_open(server_uri, DB_OPEN_READONLY, &w->db, &err) == -1) {
		log_warnx("worker database: %s", err);
		free(err);
		free(w);
		return NULL;
	}
	pthread_mutex_lock(&server_lock);
	w->next = server_workers;
	server_workers = w;
	pthread_mutex_unlock(&server_lock);
	server_self = w;
	return w->db;
}

/*
 * Returns a statement for sql on this thread's connection: the cached one
 * (keyed by the SQL text) when it is free, else a new one.  Give it back with
 * server_stmt_done().  NULL when it does not prepare.
 */
sqlite3_stmt *
server_stmt(const char *sql)
{
	struct worker	*w;
	sqlite3_stmt	*st = NULL;
	size_t		 i;

	if (server_db() == NULL)
		return NULL;
	w = server_self;
	for (i = 0; i < w->nstmts; i++)
		if (!w->stmts[i].busy && strcmp(w->stmts[i].sql, sql) == 0) {
			w->stmts[i].busy = 1;
			return w->stmts[i].st;
		}
	if (sqlite3_prepare_v3(w->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
	    NULL) != SQLITE_OK) {
		log_warnx("preparing \"%s\": %s", sql, sqlite3_errmsg(w->db));
		sqlite3_finalize(st);
		return NULL;
	}
	w->stmts = xrealloc(w->stmts, (w->nstmts + 1) * sizeof(*w->stmts));
	w->stmts[w->nstmts].sql = xstrdup(sql);
	w->stmts[w->nstmts].st = st;
	w->stmts[w->nstmts].busy = 1;
	w->nstmts++;
	return st;
}

/* Returns a statement from server_stmt() to the cache; accepts NULL. */
void
server_stmt_done(sqlite3_stmt *st)
{
	struct worker	*w = server_self;
	size_t		 i;

	if (st == NULL)
		return;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (i = 0; w && i < w->nstmts; i++)
		if (w->stmts[i].st == st) {
			w->stmts[i].busy = 0;
			return;
		}
	sqlite3_finalize(st);
}

/* Closes every worker's statements and connection, after the daemon stopped. */
static void
server_workers_free(void)
{
	struct worker	*w, *next;
	size_t		 i;

	for (w = server_workers; w; w = next) {
		next = w->next;
		for (i = 0; i < w->nstmts; i++) {
			sqlite3_finalize(w->stmts[i].st);
			free(w->stmts[i].sql);
		}
		free(w->stmts);
		sqlite3_close_v2(w->db);
		free(w);
	}
	server_workers = NULL;
}

/* Counts one finished request for /metrics (route_index -1: no route). */
void
server_metrics_count(int route, int status, uint64_t us)
{
	size_t	s, b;

	if (route < 0 || route >= SERVER_MAX_ROUTES)
		route = SERVER_MAX_ROUTES;
	for (s = 0; s < SERVER_NSTATUS - 1; s++)
		if (server_statuses[s] == status)
			break;
	atomic_fetch_add(&server_requests[route][s], 1);
	for (b = 0; b < SERVER_NBUCKETS; b++)
		if ((double)us / 1e6 <= server_buckets[b])
			break;
	atomic_fetch_add(&server_hist[b], 1);
	atomic_fetch_add(&server_hist_sum_us, us);
	atomic_fetch_add(&server_hist_count, 1);
}

/* Moves the in-flight gauge by d. */
void
server_inflight_add(int d)
{
	atomic_fetch_add(&server_inflight, d);
}

/* Appends the Prometheus text exposition (format 0.0.4) of the counters. */
void
server_metrics(struct buf *b)
{
	unsigned long long	 n, cum = 0;
	size_t			 r, s;
	const char		*pat;

	buf_puts(b, "# HELP pressroom_http_requests_total HTTP requests answered, "
	    "by route pattern and status.\n"
	    "# TYPE pressroom_http_requests_total counter\n");
	for (r = 0; r <= SERVER_MAX_ROUTES; r++) {
		if (r < SERVER_MAX_ROUTES && r >= http_nroutes)
			continue;
		pat = r < http_nroutes ? http_routes[r].pattern : "unmatched";
		for (s = 0; s < SERVER_NSTATUS; s++) {
			if ((n = atomic_load(&server_requests[r][s])) == 0)
				continue;
			if (server_statuses[s])
				buf_printf(b, "pressroom_http_requests_total{route=\"%s\","
				    "status=\"%d\"} %llu\n", pat, server_statuses[s], n);
			else
				buf_printf(b, "pressroom_http_requests_total{route=\"%s\","
				    "status=\"other\"} %llu\n", pat, n);
		}
	}
	buf_puts(b, "# HELP pressroom_http_request_duration_seconds Time to answer "
	    "a request, until the last byte was queued.\n"
	    "# TYPE pressroom_http_request_duration_seconds histogram\n");
	for (s = 0; s < SERVER_NBUCKETS; s++) {
		cum += atomic_load(&server_hist[s]);
		buf_printf(b, "pressroom_http_request_duration_seconds_bucket"
		    "{le=\"%g\"} %llu\n", server_buckets[s], cum);
	}
	cum += atomic_load(&server_hist[SERVER_NBUCKETS]);
	buf_printf(b, "pressroom_http_request_duration_seconds_bucket{le=\"+Inf\"} "
	    "%llu\n", cum);
	buf_printf(b, "pressroom_http_request_duration_seconds_sum %.6f\n",
	    (double)atomic_load(&server_hist_sum_us) / 1e6);
	buf_printf(b, "pressroom_http_request_duration_seconds_count %llu\n",
	    atomic_load(&server_hist_count));
	buf_printf(b, "# HELP pressroom_http_requests_in_flight Requests being "
	    "answered.\n# TYPE pressroom_http_requests_in_flight gauge\n"
	    "pressroom_http_requests_in_flight %d\n", atomic_load(&server_inflight));
	buf_printf(b, "# HELP pressroom_uptime_seconds Seconds since the server "
	    "started.\n# TYPE pressroom_uptime_seconds gauge\n"
	    "pressroom_uptime_seconds %.3f\n",
	    (double)(server_now_us() - server_started_us) / 1e6);
	buf_printf(b, "# HELP pressroom_build_info Version of this pressroomd.\n"
	    "# TYPE pressroom_build_info gauge\n"
	    "pressroom_build_info{version=\"%s\",sqlite=\"%s\","
	    "microhttpd=\"%s\"} 1\n", PRESSROOM_VERSION, sqlite3_libversion(),
	    MHD_get_version());
}

/* Passes libmicrohttpd's messages to our log. */
static void
server_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char	msg[512];

	(void)cls;
	/* The format is libmicrohttpd's own, never a client's. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	vsnprintf(msg, sizeof(msg), fmt, ap);
#pragma GCC diagnostic pop
	msg[strcspn(msg, "\n")] = '\0';
	log_warnx("microhttpd: %s", msg);
}

/* Resolves "ADDR:PORT" or "[V6ADDR]:PORT" into ss; 0, or -1 with *err set. */
static int
server_parse_listen(const char *listen, struct sockaddr_storage *ss,
    socklen_t *sslen, char **err)
{
	struct addrinfo	 hints, *res = NULL;
	char		*host = NULL;
	const char	*port, *e;
	int		 rc;

	if (listen == NULL || *listen == '\0')
		listen = "127.0.0.1:8080";
	if (listen[0] == '[') {
		if ((e = strchr(listen, ']')) == NULL || e[1] != ':')
			goto bad;
		host = xstrndup(listen + 1, (size_t)(e - listen - 1));
		port = e + 2;
	} else {
		if ((e = strrchr(listen, ':')) == NULL)
			goto bad;
		host = xstrndup(listen, (size_t)(e - listen));
		port = e + 1;
	}
	if (*port == '\0' || strspn(port, "0123456789") != strlen(port))
		goto bad;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if ((rc = getaddrinfo(*host ? host : NULL, port, &hints, &res)) != 0) {
		*err = xasprintf("listen address \"%s\": %s", listen,
		    gai_strerror(rc));
		free(host);
		return -1;
	}
	memcpy(ss, res->ai_addr, res->ai_addrlen);
	*sslen = res->ai_addrlen;
	freeaddrinfo(res);
	free(host);
	return 0;
bad:
	free(host);
	*err = xasprintf("listen address \"%s\": expected ADDR:PORT or "
	    "[IPV6]:PORT", listen);
	return -1;
}

/*
 * Opens the database the workers will read: builds it in memory from the
 * load paths, or checks the file's schema.  *keep stays open while serving
 * (an in-memory database lives as long as one connection to it).
 */
static int
server_open_db(const struct serve_config *cfg, sqlite3 **keep, char **err)
{
	struct load_stats	 stats;
	sqlite3			*db = NULL;
	int			 version;
	char			*msg = NULL;

	if (cfg->db_path == NULL) {
		server_uri = xasprintf("file:/pressroom-%ld?vfs=memdb",
		    (long)getpid());
		if (db_open(server_uri, DB_OPEN_CREATE, &db, &msg) == -1 ||
		    db_migrate(db, &msg) == -1)
			goto fail;
		memset(&stats, 0, sizeof(stats));
		if (store_load(db, cfg->load_paths, cfg->nload, &stats,
		    &msg) == -1)
			goto fail;
		log_info("loaded %zu files, %zu documents, into memory",
		    stats.files, stats.documents);
	} else {
		server_uri = xstrdup(cfg->db_path);
		if (db_open(server_uri, DB_OPEN_READONLY, &db, &msg) == -1 ||
		    db_schema_version(db, &version, &msg) == -1)
			goto fail;
		if (version > db_latest_version()) {
			msg = xasprintf("%s has schema version %d, newer than this "
			    "pressroomd knows (%d): use a newer pressroomd",
			    cfg->db_path, version, db_latest_version());
			goto fail;
		}
		if (version != db_latest_version()) {
			msg = xasprintf("%s has schema version %d, this pressroomd "
			    "serves version %d: run `pressroomd migrate --db %s` "
			    "(or load it) first", cfg->db_path, version,
			    db_latest_version(), cfg->db_path);
			goto fail;
		}
	}
	*keep = db;
	return 0;
fail:
	*err = xasprintf("database: %s", msg ? msg : "cannot open");
	free(msg);
	sqlite3_close(db);
	free(server_uri);
	server_uri = NULL;
	return -1;
}

/* Starts libmicrohttpd with epoll, or poll where epoll is missing. */
static struct MHD_Daemon *
server_start(const struct serve_config *cfg, struct sockaddr_storage *ss)
{
	struct MHD_Daemon	*d = NULL;
	unsigned		 flags, threads = cfg->threads, pass;
	long			 ncpu;

	if (threads == 0) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		threads = ncpu > 0 ? (unsigned)ncpu : 4;
	}
	for (pass = 0; pass < 2 && d == NULL; pass++) {
		flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
		    MHD_USE_ERROR_LOG;
		if (pass == 0) {
			if (MHD_is_feature_supported(MHD_FEATURE_EPOLL) != MHD_YES)
				continue;
			flags |= MHD_USE_EPOLL;
		} else
			flags |= MHD_USE_POLL;
		if (ss->ss_family == AF_INET6)
			flags |= MHD_USE_IPv6;
		d = MHD_start_daemon(flags, 0, NULL, NULL,
		    (MHD_AccessHandlerCallback)http_access, NULL,
		    MHD_OPTION_EXTERNAL_LOGGER, server_mhd_log, NULL,
		    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)ss,
		    MHD_OPTION_THREAD_POOL_SIZE, threads,
		    MHD_OPTION_CONNECTION_LIMIT,
		    cfg->max_connections ? cfg->max_connections : 1024,
		    MHD_OPTION_CONNECTION_TIMEOUT,
		    cfg->timeout ? cfg->timeout : 30,
		    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 * 1024,
		    MHD_OPTION_URI_LOG_CALLBACK, http_uri_log, NULL,
		    MHD_OPTION_NOTIFY_COMPLETED,
		    (MHD_RequestCompletedCallback)http_completed, NULL,
		    MHD_OPTION_END);
		if (d == NULL && pass == 0)
			log_warnx("epoll unavailable, falling back to poll");
	}
	if (d)
		log_info("serving on %s with %u threads", cfg->listen ?
		    cfg->listen : "127.0.0.1:8080", threads);
	return d;
}

/* Waits for in-flight requests to finish, at most SERVER_DRAIN_SECONDS. */
static void
server_drain(void)
{
	int	i;

	for (i = 0; i < SERVER_DRAIN_SECONDS * 50; i++) {
		if (atomic_load(&server_inflight) <= 0)
			return;
		usleep(20000);
	}
	log_warnx("%d requests still in flight, stopping anyway",
	    atomic_load(&server_inflight));
}

/*
 * Serves the API until SIGINT or SIGTERM; returns 0 after a clean stop, -1
 * when the server cannot start (the reason is logged).
 */
int
server_run(const struct serve_config *cfg)
{
	struct sockaddr_storage	 ss;
	socklen_t		 sslen;
	struct MHD_Daemon	*d = NULL;
	sqlite3			*keep = NULL;
	sigset_t		 set;
	char			*err = NULL;
	MHD_socket		 ls;
	int			 sig;

	server_cfg = cfg;
	server_started_us = server_now_us();
	if (http_nroutes > SERVER_MAX_ROUTES)
		fatalx("route table larger than %d", SERVER_MAX_ROUTES);
	if (server_parse_listen(cfg->listen, &ss, &sslen, &err) == -1 ||
	    server_open_db(cfg, &keep, &err) == -1) {
		log_warnx("%s", err);
		free(err);
		return -1;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if ((d = server_start(cfg, &ss)) == NULL) {
		log_warnx("cannot listen on %s", cfg->listen ? cfg->listen :
		    "127.0.0.1:8080");
		goto fail;
	}
	sigdelset(&set, SIGPIPE);
	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			log_info("SIGHUP: reloading is not supported yet, ignored");
			continue;
		}
		log_info("%s: stopping", sig == SIGINT ? "SIGINT" : "SIGTERM");
		break;
	}
	if ((ls = MHD_quiesce_daemon(d)) != MHD_INVALID_SOCKET)
		close(ls);
	server_drain();
	MHD_stop_daemon(d);
	server_workers_free();
	sqlite3_close_v2(keep);
	free(server_uri);
	server_uri = NULL;
	return 0;
fail:
	server_workers_free();
	sqlite3_close_v2(keep);
	free(server_uri);
	server_uri = NULL;
	return -1;
}
