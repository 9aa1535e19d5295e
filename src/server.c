/*
 * The daemon: opens (or builds) the database, starts one libmicrohttpd
 * daemon with its own pool of threads per listen address, and waits for
 * signals in the main loop: SIGHUP reloads, SIGTERM and SIGINT stop after
 * the requests in flight.  Tells systemd how it is doing (READY, STATUS,
 * WATCHDOG, RELOADING, STOPPING) when built with libsystemd, and keeps the
 * counters that /metrics shows.
 *
 * Reloading works by generations.  The server holds the current database
 * generation (what to open, its number, data version and load time).  Each
 * worker thread has its own read-only connection and statement cache; at the
 * start of a request it compares its connection's generation with the
 * current one and, when stale, opens the new one.  The old connection is
 * retired rather than closed, because a streamed answer (CSV, NDJSON) may
 * still step a statement on it; it is closed at a later request on the same
 * thread once no statement is left.  So each request runs on one generation
 * from its first byte to its last, and a reload fails none.
 *
 * A file database is replaced by renaming a new file over it: a connection
 * opened on the old inode keeps reading the old file until it is reopened,
 * which is what makes the switch atomic.
 */
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
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
#ifdef HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif
#include "pressroom.h"
#include "db.h"
#include "http.h"
#include "api.h"

#define SERVER_MAX_ROUTES	64
#define SERVER_MAX_LISTEN	8
#define SERVER_WATCH_US		500000	/* how often to look for a load */

/*
 * Prepared statements kept per connection.  List queries build their SQL
 * from the filters, sort and fields a request names, so the texts are many:
 * kept without a bound, they grew memory and the linear lookup for as long
 * as new combinations came (a soak over random parameters showed it).
 */
#define SERVER_MAX_STMTS	128

/* A prepared statement kept for reuse by one thread. */
struct server_stmt {
	char		*sql;
	sqlite3_stmt	*st;
	int		 busy;
	uint64_t	 used;		/* the connection's clock at last use */
};

/* One worker thread's connection to one database generation. */
struct conn {
	sqlite3			*db;
	uint64_t		 gen;
	struct server_stmt	*stmts;
	size_t			 nstmts;
	uint64_t		 clock;		/* counts server_stmt() calls */
	struct conn		*next;		/* in the retired list */
};

/* What one worker thread owns: its connection, and retired ones. */
struct worker {
	struct conn	*cur;
	struct conn	*retired;
	struct worker	*next;
};

/* A database generation: what workers open, and what /metrics shows of it. */
struct gen {
	uint64_t	 number;
	char		*uri;		/* what workers open */
	char		*path;		/* the file; NULL in memory */
	dev_t		 dev;		/* the file's identity when opened */
	ino_t		 ino;
	sqlite3		*keep;		/* keeps an in-memory database alive */
	sqlite3		**pool;		/* opened for the workers to take */
	size_t		  npool;
	char		*data_version;
	int		 pragma_version; /* keep's PRAGMA data_version */
	long long	 documents;
	double		 loaded_at;	/* Unix time */
	double		 load_seconds;
};

static _Thread_local struct worker	*server_self;
static pthread_mutex_t			 server_lock = PTHREAD_MUTEX_INITIALIZER;
static struct worker			*server_workers;	/* under lock */
static struct gen			*server_gen;		/* under lock */
static char				*server_reload_error;	/* under lock */
static atomic_ullong			 server_gen_number;
static atomic_ullong			 server_data_epoch;	/* cache key */
static _Atomic(const struct serve_config *) server_cfg;
static struct serve_config		**server_cfgs;	/* built by reloads */
static size_t				 server_ncfgs;
static atomic_ullong			 server_reloads[2];	/* ok, failed */
static atomic_int			 server_stopping;
static atomic_int			 server_unready;
static size_t				 server_nworkers;	/* threads, all daemons */
static uint64_t				 server_started_us;
static double				 server_started_unix;

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
static atomic_int	server_inflight;

static void	server_notify(const char *, ...) PR_PRINTF(1, 2);
static void	server_notify_status(const char *);
static int	server_ready_probe(char **, int);

/* Returns microseconds of a monotonic clock. */
uint64_t
server_now_us(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* Returns the wall-clock time, seconds since the Unix epoch. */
static double
server_unix_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sends a state line to systemd when it started us with NOTIFY_SOCKET. */
static void
server_notify(const char *fmt, ...)
{
#ifdef HAVE_SYSTEMD
	va_list	 ap;
	char	*msg;
	int	 rc;

	va_start(ap, fmt);
	rc = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (rc == -1)
		return;
	if ((rc = sd_notify(0, msg)) < 0)
		log_debug("sd_notify: %s", strerror(-rc));
	free(msg);
#else
	(void)fmt;
#endif
}

/* Returns the settings the server runs with now; valid until it exits. */
const struct serve_config *
server_config(void)
{
	return atomic_load(&server_cfg);
}

/* Returns 1 once the server is stopping: answers then close their connection. */
int
server_is_stopping(void)
{
	return atomic_load(&server_stopping);
}

/* Closes a connection and its statements; accepts NULL. */
static void
server_conn_free(struct conn *c)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nstmts; i++) {
		sqlite3_finalize(c->stmts[i].st);
		free(c->stmts[i].sql);
	}
	free(c->stmts);
	sqlite3_close_v2(c->db);
	free(c);
}

/* Opens a connection to the current generation; NULL with *err on failure. */
static struct conn *
server_conn_open(char **err)
{
	struct conn	*c = xcalloc(1, sizeof(*c));
	int		 rc;

	/*
	 * A connection the generation opened when it was checked reads the very
	 * file that was checked, even if another was renamed over it since.
	 * Under the lock: an in-memory generation lives while it is current.
	 */
	pthread_mutex_lock(&server_lock);
	c->gen = server_gen->number;
	if (server_gen->npool > 0) {
		c->db = server_gen->pool[--server_gen->npool];
		rc = 0;
	} else
		rc = db_open(server_gen->uri, DB_OPEN_READONLY, &c->db, err);
	pthread_mutex_unlock(&server_lock);
	if (rc == -1) {
		free(c);
		return NULL;
	}
	return c;
}

/*
 * Retires this thread's connection: its cached statements go now, the
 * connection once no streamed answer steps a statement on it.
 */
static void
server_conn_retire(struct worker *w, struct conn *c)
{
	size_t	i;

	for (i = 0; i < c->nstmts; i++) {
		sqlite3_finalize(c->stmts[i].st);
		free(c->stmts[i].sql);
	}
	free(c->stmts);
	c->stmts = NULL;
	c->nstmts = 0;
	c->next = w->retired;
	w->retired = c;
}

/* Closes this thread's retired connections that no statement uses any more. */
static void
server_conn_sweep(struct worker *w)
{
	struct conn	**pp = &w->retired, *c;

	while ((c = *pp) != NULL) {
		if (sqlite3_next_stmt(c->db, NULL) == NULL) {
			*pp = c->next;
			server_conn_free(c);
		} else
			pp = &c->next;
	}
}

/*
 * Returns this thread's connection for a new request: opened on first use,
 * reopened when a reload made a new generation current (the old one keeps
 * serving if the new one does not open).  NULL when there is none.
 */
sqlite3 *
server_db(void)
{
	struct worker	*w = server_self;
	struct conn	*c;
	char		*err = NULL;

	if (w == NULL) {
		w = xcalloc(1, sizeof(*w));
		pthread_mutex_lock(&server_lock);
		w->next = server_workers;
		server_workers = w;
		pthread_mutex_unlock(&server_lock);
		server_self = w;
	}
	if (w->retired)
		server_conn_sweep(w);
	if (w->cur && w->cur->gen == atomic_load(&server_gen_number))
		return w->cur->db;
	if ((c = server_conn_open(&err)) == NULL) {
		log_warnx("worker database: %s", err);
		free(err);
		return w->cur ? w->cur->db : NULL;
	}
	if (w->cur)
		server_conn_retire(w, w->cur);
	w->cur = c;
	return c->db;
}

/*
 * Returns a statement for sql on this thread's connection: the cached one
 * (keyed by the SQL text) when it is free, else a new one.  Give it back with
 * server_stmt_done().  NULL when it does not prepare.
 */
sqlite3_stmt *
server_stmt(const char *sql)
{
	struct conn	*c;
	sqlite3_stmt	*st = NULL;
	size_t		 i;

	if ((server_self == NULL || server_self->cur == NULL) &&
	    server_db() == NULL)
		return NULL;
	if ((c = server_self->cur) == NULL)
		return NULL;
	c->clock++;
	for (i = 0; i < c->nstmts; i++)
		if (!c->stmts[i].busy && strcmp(c->stmts[i].sql, sql) == 0) {
			c->stmts[i].busy = 1;
			c->stmts[i].used = c->clock;
			return c->stmts[i].st;
		}
	if (sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
	    NULL) != SQLITE_OK) {
		/* a damaged file is logged, at most once a second, by the caller */
		if (!http_db_unavailable(sqlite3_errcode(c->db)))
			log_warnx("preparing \"%s\": %s", sql,
			    sqlite3_errmsg(c->db));
		sqlite3_finalize(st);
		return NULL;
	}
	if (c->nstmts < SERVER_MAX_STMTS) {
		c->stmts = xrealloc(c->stmts, (c->nstmts + 1) *
		    sizeof(*c->stmts));
		i = c->nstmts++;
	} else {
		/* the least recently used one that is free makes room */
		size_t	lru = SERVER_MAX_STMTS;

		for (i = 0; i < c->nstmts; i++)
			if (!c->stmts[i].busy && (lru == SERVER_MAX_STMTS ||
			    c->stmts[i].used < c->stmts[lru].used))
				lru = i;
		if (lru == SERVER_MAX_STMTS)
			return st;	/* all in use: server_stmt_done frees it */
		i = lru;
		sqlite3_finalize(c->stmts[i].st);
		free(c->stmts[i].sql);
	}
	c->stmts[i].sql = xstrdup(sql);
	c->stmts[i].st = st;
	c->stmts[i].busy = 1;
	c->stmts[i].used = c->clock;
	return st;
}

/* Returns a statement from server_stmt() to the cache; accepts NULL. */
void
server_stmt_done(sqlite3_stmt *st)
{
	struct conn	*c = server_self ? server_self->cur : NULL;
	size_t		 i;

	if (st == NULL)
		return;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (i = 0; c && i < c->nstmts; i++)
		if (c->stmts[i].st == st) {
			c->stmts[i].busy = 0;
			return;
		}
	sqlite3_finalize(st);
}

/* Closes every worker's connections, after the daemons stopped. */
static void
server_workers_free(void)
{
	struct worker	*w, *next;
	struct conn	*c, *cnext;

	for (w = server_workers; w; w = next) {
		next = w->next;
		server_conn_free(w->cur);
		for (c = w->retired; c; c = cnext) {
			cnext = c->next;
			server_conn_free(c);
		}
		free(w);
	}
	server_workers = NULL;
}

/* Frees a generation and closes what it kept open; accepts NULL. */
static void
server_gen_free(struct gen *g)
{
	if (g == NULL)
		return;
	while (g->npool > 0)
		sqlite3_close_v2(g->pool[--g->npool]);
	free(g->pool);
	sqlite3_close_v2(g->keep);
	free(g->uri);
	free(g->path);
	free(g->data_version);
	free(g);
}

/*
 * Opens generation n: the file db_path, checked to answer (schema version,
 * SELECT 1, data version), or, with no file, a new in-memory database built
 * from the load paths.  Also opens nconn connections for the worker threads
 * to take, all on the file that was checked.  Returns a new generation, or
 * NULL with *err set.
 */
static struct gen *
server_gen_open(const char *db_path, char *const *loads, size_t nload,
    uint64_t n, size_t nconn, char **err)
{
	struct load_stats	 stats;
	struct stat		 st;
	struct gen		*g = xcalloc(1, sizeof(*g));
	sqlite3_stmt		*q = NULL;
	const char		*dv;
	char			*msg = NULL;
	uint64_t		 t0 = server_now_us();
	int			 version;

	g->number = n;
	if (db_path == NULL) {
		g->uri = xasprintf("file:/pressroom-%ld-%llu?vfs=memdb",
		    (long)getpid(), (unsigned long long)n);
		if (db_open(g->uri, DB_OPEN_CREATE, &g->keep, &msg) == -1 ||
		    db_migrate(g->keep, &msg) == -1)
			goto fail;
		memset(&stats, 0, sizeof(stats));
		if (store_load(g->keep, loads, nload, &stats, &msg) == -1)
			goto fail;
		log_info("loaded %zu files, %zu documents, into memory",
		    stats.files, stats.documents);
	} else {
		g->path = xstrdup(db_path);
		g->uri = xstrdup(db_path);
		if (stat(db_path, &st) == -1) {
			msg = xasprintf("%s: %s", db_path, strerror(errno));
			goto fail;
		}
		g->dev = st.st_dev;
		g->ino = st.st_ino;
		if (db_open(g->uri, DB_OPEN_READONLY, &g->keep, &msg) == -1 ||
		    db_schema_version(g->keep, &version, &msg) == -1)
			goto fail;
		if (version > db_latest_version()) {
			msg = xasprintf("%s has schema version %d, newer than this "
			    "pressroomd knows (%d): use a newer pressroomd",
			    db_path, version, db_latest_version());
			goto fail;
		}
		if (version != db_latest_version()) {
			msg = xasprintf("%s has schema version %d, this pressroomd "
			    "serves version %d: run `pressroomd migrate --db %s` "
			    "(or load it) first", db_path, version,
			    db_latest_version(), db_path);
			goto fail;
		}
	}
	if (sqlite3_prepare_v2(g->keep, "SELECT 1, (SELECT value FROM meta "
	    "WHERE key = 'data_version'), (SELECT count(*) FROM documents)", -1,
	    &q, NULL) != SQLITE_OK || sqlite3_step(q) != SQLITE_ROW) {
		msg = xasprintf("%s does not answer: %s", db_path ? db_path :
		    "the in-memory database", sqlite3_errmsg(g->keep));
		goto fail;
	}
	dv = (const char *)sqlite3_column_text(q, 1);
	g->data_version = xstrdup(dv ? dv : "");
	g->documents = sqlite3_column_int64(q, 2);
	sqlite3_finalize(q);
	q = NULL;
	if (sqlite3_prepare_v2(g->keep, "PRAGMA data_version", -1, &q,
	    NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
		g->pragma_version = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	q = NULL;
	g->pool = xcalloc(nconn ? nconn : 1, sizeof(*g->pool));
	for (; g->npool < nconn; g->npool++)
		if (db_open(g->uri, DB_OPEN_READONLY, &g->pool[g->npool],
		    &msg) == -1)
			goto fail;
	if (db_path && (stat(db_path, &st) == -1 || st.st_dev != g->dev ||
	    st.st_ino != g->ino)) {
		msg = xasprintf("%s was replaced while it was being opened",
		    db_path);
		goto fail;
	}
	g->loaded_at = server_unix_now();
	g->load_seconds = (double)(server_now_us() - t0) / 1e6;
	return g;
fail:
	sqlite3_finalize(q);
	*err = xasprintf("database %s: %s%s", db_path ? db_path : "in memory",
	    msg ? msg : "cannot open", db_path && db_hot_journal(db_path) ?
	    " (a load was interrupted and left its journal: `pressroomd check "
	    "--db FILE` rolls it back)" : "");
	free(msg);
	server_gen_free(g);
	return NULL;
}

/* Makes g the current generation; workers move to it at their next request. */
static void
server_gen_switch(struct gen *g)
{
	struct gen	*old;

	pthread_mutex_lock(&server_lock);
	old = server_gen;
	server_gen = g;
	atomic_store(&server_gen_number, g->number);
	atomic_fetch_add(&server_data_epoch, 1);
	free(server_reload_error);
	server_reload_error = NULL;
	pthread_mutex_unlock(&server_lock);
	server_gen_free(old);
}

/*
 * Returns the data epoch: it moves with every generation, and when a load
 * commits into the file being served.  Cached answers belong to one epoch.
 */
uint64_t
server_epoch(void)
{
	return atomic_load(&server_data_epoch);
}

/* Returns the data_version served now, a new string; NULL when there is none. */
char *
server_data_version(void)
{
	char	*dv = NULL;

	pthread_mutex_lock(&server_lock);
	if (server_gen && server_gen->data_version)
		dv = xstrdup(server_gen->data_version);
	pthread_mutex_unlock(&server_lock);
	return dv;
}

/*
 * Notices a load that committed into the database file being served (the
 * workers' connections see it at once): takes its data_version and moves
 * the epoch, so that cached answers of the old data go.
 */
static void
server_watch(void)
{
	sqlite3_stmt	*st = NULL;
	const char	*dv;
	int		 v;

	pthread_mutex_lock(&server_lock);
	if (server_gen == NULL || server_gen->path == NULL ||
	    server_gen->keep == NULL)
		goto out;
	if (sqlite3_prepare_v2(server_gen->keep, "PRAGMA data_version", -1, &st,
	    NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
		goto out;
	v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	st = NULL;
	if (v == server_gen->pragma_version)
		goto out;
	server_gen->pragma_version = v;
	if (sqlite3_prepare_v2(server_gen->keep, "SELECT value FROM meta WHERE "
	    "key = 'data_version'", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW &&
	    (dv = (const char *)sqlite3_column_text(st, 0)) != NULL) {
		free(server_gen->data_version);
		server_gen->data_version = xstrdup(dv);
	}
	atomic_fetch_add(&server_data_epoch, 1);
	log_info("the database file changed: data version %s",
	    server_gen->data_version);
out:
	sqlite3_finalize(st);
	pthread_mutex_unlock(&server_lock);
}

/* Returns the number of the generation being served. */
uint64_t
server_generation(void)
{
	return atomic_load(&server_gen_number);
}

/*
 * Returns NULL when the file at path starts with SQLite's header, else why
 * not (a new string).  A cheap look at the first bytes, not an integrity
 * check: it catches a file overwritten or truncated in place, which the open
 * connections would otherwise notice only at their next query.
 */
static char *
server_header_bad(const char *path)
{
	static const char	 magic[16] = "SQLite format 3";
	char			 head[16];
	ssize_t			 n;
	int			 fd, e;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return xasprintf("the database %s cannot be opened: %s", path,
		    strerror(errno));
	n = pread(fd, head, sizeof(head), 0);
	e = errno;
	close(fd);
	if (n == -1)
		return xasprintf("the database %s cannot be read: %s", path,
		    strerror(e));
	if (n != (ssize_t)sizeof(head) || memcmp(head, magic, sizeof(head)) != 0)
		return xasprintf("the database %s is damaged: it no longer starts "
		    "with an SQLite header", path);
	return NULL;
}

/*
 * Says whether the server is ready: 0, or -1 with *why (a new string) when
 * the last reload failed, or the database file is gone: its path no longer
 * exists, a file that does not answer took its place, or the file itself no
 * longer looks like a database.  (A file renamed over it that does answer is
 * a reload waiting for SIGHUP: still ready.)  The first call that finds a
 * change logs it and tells systemd (STATUS=), once.
 */
int
server_ready(char **why)
{
	return server_ready_probe(why, 1);
}

/*
 * server_ready(), which with open_new 0 (the main loop's look twice a second)
 * does not open a file renamed over the path, only reads its header, and
 * leaves the state as it is when that is sound: a reload must not wait
 * behind it, and the two looks must not flip the state back and forth.
 */
static int
server_ready_probe(char **why, int open_new)
{
	const struct serve_config *cfg;
	struct stat	 st;
	struct gen	*g;
	char		*path = NULL, *reason = NULL, *err = NULL;
	dev_t		 dev = 0;
	ino_t		 ino = 0;
	uint64_t	 n;

	pthread_mutex_lock(&server_lock);
	n = server_gen->number;
	if (server_reload_error)
		reason = xasprintf("the last reload failed, still serving "
		    "generation %llu: %s", (unsigned long long)n,
		    server_reload_error);
	else if (server_gen->path) {
		path = xstrdup(server_gen->path);
		dev = server_gen->dev;
		ino = server_gen->ino;
	}
	pthread_mutex_unlock(&server_lock);
	if (reason == NULL && path) {
		if (stat(path, &st) == -1)
			reason = xasprintf("the database %s is gone: %s", path,
			    strerror(errno));
		else if ((st.st_dev != dev || st.st_ino != ino) && !open_new) {
			/* whether it answers, /readyz finds out: no change */
			if ((reason = server_header_bad(path)) == NULL) {
				free(path);
				return atomic_load(&server_unready) ? -1 : 0;
			}
		}
		else if (st.st_dev != dev || st.st_ino != ino) {
			if ((g = server_gen_open(path, NULL, 0, 0, 0, &err)) ==
			    NULL)
				reason = xasprintf("the database %s was replaced "
				    "by a file that does not answer: %s", path, err);
			server_gen_free(g);
			free(err);
		} else
			reason = server_header_bad(path);
	}
	free(path);
	if (reason) {
		if (atomic_exchange(&server_unready, 1) == 0) {
			log_warnx("not ready: %s", reason);
			server_notify("STATUS=Not ready: %s", reason);
		}
		if (why)
			*why = reason;
		else
			free(reason);
		return -1;
	}
	if (atomic_exchange(&server_unready, 0) == 1) {
		log_info("ready again, serving generation %llu",
		    (unsigned long long)n);
		cfg = atomic_load(&server_cfg);
		server_notify_status(cfg->listen);
	}
	return 0;
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
}

/* Moves the in-flight gauge by d. */
void
server_inflight_add(int d)
{
	atomic_fetch_add(&server_inflight, d);
}

/* Appends one metric's HELP and TYPE lines. */
static void
server_metric_head(struct buf *b, const char *name, const char *type,
    const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Appends the Prometheus text exposition (format 0.0.4) of the counters. */
void
server_metrics(struct buf *b)
{
	unsigned long long	 n, cum = 0, gen, hits, misses, evicted;
	double			 loaded_at, load_s;
	size_t			 entries, bytes, spooled;
	long long		 docs;
	size_t			 r, s;
	const char		*pat;

	server_metric_head(b, "pressroom_http_requests_total", "counter",
	    "HTTP requests answered, by route pattern and status.");
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
	server_metric_head(b, "pressroom_http_request_duration_seconds",
	    "histogram", "Time to answer a request, until the last byte was "
	    "queued.");
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
	    cum);
	server_metric_head(b, "pressroom_http_requests_in_flight", "gauge",
	    "Requests being answered.");
	buf_printf(b, "pressroom_http_requests_in_flight %d\n",
	    atomic_load(&server_inflight));

	pthread_mutex_lock(&server_lock);
	gen = server_gen ? server_gen->number : 0;
	loaded_at = server_gen ? server_gen->loaded_at : 0;
	load_s = server_gen ? server_gen->load_seconds : 0;
	docs = server_gen ? server_gen->documents : 0;
	pthread_mutex_unlock(&server_lock);
	server_metric_head(b, "pressroom_db_generation", "gauge",
	    "Database generation served; each successful reload adds one.");
	buf_printf(b, "pressroom_db_generation %llu\n", gen);
	server_metric_head(b, "pressroom_db_loaded_timestamp_seconds", "gauge",
	    "When the generation served was opened, seconds since the epoch.");
	buf_printf(b, "pressroom_db_loaded_timestamp_seconds %.3f\n", loaded_at);
	server_metric_head(b, "pressroom_db_load_duration_seconds", "gauge",
	    "Time it took to open (or build in memory) the generation served.");
	buf_printf(b, "pressroom_db_load_duration_seconds %.6f\n", load_s);
	server_metric_head(b, "pressroom_db_documents", "gauge",
	    "Documents in the generation served.");
	buf_printf(b, "pressroom_db_documents %lld\n", docs);
	server_metric_head(b, "pressroom_reloads_total", "counter",
	    "Reloads asked for with SIGHUP, by result.");
	buf_printf(b, "pressroom_reloads_total{result=\"ok\"} %llu\n"
	    "pressroom_reloads_total{result=\"failed\"} %llu\n",
	    atomic_load(&server_reloads[0]), atomic_load(&server_reloads[1]));
	http_cache_stats(&hits, &misses, &evicted, &entries, &bytes, &spooled);
	server_metric_head(b, "pressroom_cache_requests_total", "counter",
	    "Lookups in the response cache, by result.");
	buf_printf(b, "pressroom_cache_requests_total{result=\"hit\"} %llu\n"
	    "pressroom_cache_requests_total{result=\"miss\"} %llu\n", hits,
	    misses);
	server_metric_head(b, "pressroom_cache_evictions_total", "counter",
	    "Answers dropped from the response cache to make room.");
	buf_printf(b, "pressroom_cache_evictions_total %llu\n", evicted);
	server_metric_head(b, "pressroom_cache_entries", "gauge",
	    "Answers in the response cache.");
	buf_printf(b, "pressroom_cache_entries %zu\n", entries);
	server_metric_head(b, "pressroom_cache_bytes", "gauge",
	    "Bytes held by the response cache.");
	buf_printf(b, "pressroom_cache_bytes %zu\n", bytes);
	server_metric_head(b, "pressroom_cache_spooled_bytes", "gauge",
	    "Bytes of CSV and NDJSON exports the response cache keeps on disk.");
	buf_printf(b, "pressroom_cache_spooled_bytes %zu\n", spooled);
	server_metric_head(b, "pressroom_sqlite_memory_bytes", "gauge",
	    "Heap memory SQLite holds: page caches, statements, sorts.");
	buf_printf(b, "pressroom_sqlite_memory_bytes %lld\n",
	    (long long)sqlite3_memory_used());
	server_metric_head(b, "pressroom_sqlite_memory_highwater_bytes", "gauge",
	    "The most heap memory SQLite has held since the server started.");
	buf_printf(b, "pressroom_sqlite_memory_highwater_bytes %lld\n",
	    (long long)sqlite3_memory_highwater(0));
	server_metric_head(b, "pressroom_uptime_seconds", "gauge",
	    "Seconds since the server started.");
	buf_printf(b, "pressroom_uptime_seconds %.3f\n",
	    (double)(server_now_us() - server_started_us) / 1e6);
	server_metric_head(b, "pressroom_start_time_seconds", "gauge",
	    "When the server started, seconds since the epoch.");
	buf_printf(b, "pressroom_start_time_seconds %.3f\n", server_started_unix);
	server_metric_head(b, "pressroom_build_info", "gauge",
	    "Version of this pressroomd and its libraries.");
	buf_printf(b, "pressroom_build_info{version=\"%s\",sqlite=\"%s\","
	    "microhttpd=\"%s\",systemd=\"%s\"} 1\n", PRESSROOM_VERSION,
	    sqlite3_libversion(), MHD_get_version(),
#ifdef HAVE_SYSTEMD
	    "yes"
#else
	    "no"
#endif
	    );
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
 * Returns the worker threads of one daemon: the setting, or one per CPU this
 * process may run on (taskset, cgroup cpusets), not per CPU of the machine.
 */
static unsigned
server_threads(const struct serve_config *cfg)
{
	return cfg->threads ? cfg->threads : cpu_usable();
}

/* Returns how many addresses a listen list has. */
static unsigned
server_naddrs(const char *listen)
{
	unsigned	n = 1;

	for (; listen && *listen; listen++)
		n += *listen == ',';
	return n;
}

/*
 * Raises the soft limit on open files to what max_connections on every
 * address needs (each connection is a descriptor; the database connections
 * and exports take a few more), within the hard limit; warns when even that
 * is too low, since connections past it would be refused at accept().
 */
static void
server_raise_nofile(const struct serve_config *cfg)
{
	struct rlimit	 rl;
	rlim_t		 need;

	need = (rlim_t)(cfg->max_connections ? cfg->max_connections : 1024) *
	    server_naddrs(cfg->listen) + (rlim_t)server_nworkers * 4 + 64;
	if (getrlimit(RLIMIT_NOFILE, &rl) == -1 || rl.rlim_cur >= need)
		return;
	rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > need ?
	    need : rl.rlim_max;
	if (setrlimit(RLIMIT_NOFILE, &rl) == -1 || rl.rlim_cur < need)
		log_warnx("max_connections %u needs about %llu open files, the "
		    "limit is %llu (LimitNOFILE=)", cfg->max_connections ?
		    cfg->max_connections : 1024, (unsigned long long)need,
		    (unsigned long long)rl.rlim_cur);
}

/*
 * Starts libmicrohttpd on one address, with epoll, or poll where epoll is
 * missing.  With no address (ss NULL) it listens nowhere and runs no thread:
 * the caller hands it connected sockets (MHD_add_connection()) and drives it
 * with MHD_run(), and they are answered as any other request (the fuzz
 * target fuzz/fuzz_request.c does this).
 */
struct MHD_Daemon *
server_start(const struct serve_config *cfg, const char *addr,
    struct sockaddr_storage *ss)
{
	/* what every daemon does with a request, listening or not */
	struct MHD_OptionItem	 common[] = {
		{ MHD_OPTION_EXTERNAL_LOGGER, (intptr_t)server_mhd_log, NULL },
		{ MHD_OPTION_CONNECTION_MEMORY_LIMIT, 64 * 1024, NULL },
		{ MHD_OPTION_URI_LOG_CALLBACK, (intptr_t)http_uri_log, NULL },
		{ MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)http_completed, NULL },
		{ MHD_OPTION_END, 0, NULL },
	};
	struct MHD_Daemon	*d = NULL;
	unsigned		 flags, threads = server_threads(cfg), pass;

	if (ss == NULL)
		return MHD_start_daemon(MHD_USE_ERROR_LOG |
		    MHD_USE_NO_LISTEN_SOCKET, 0, NULL, NULL,
		    (MHD_AccessHandlerCallback)http_access, NULL,
		    MHD_OPTION_ARRAY, common, MHD_OPTION_END);
	for (pass = 0; pass < 2 && d == NULL; pass++) {
		/*
		 * A pool of threads each polling its share of the connections
		 * (epoll) serves many keep-alive connections with a thread per
		 * CPU; thread-per-connection would put 64 threads on one core.
		 * Turbo skips the checks a plain TCP listener does not need.
		 */
		flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
		    MHD_USE_ERROR_LOG | MHD_USE_TURBO;
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
		    MHD_OPTION_ARRAY, common,
		    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)ss,
		    MHD_OPTION_THREAD_POOL_SIZE, threads,
		    MHD_OPTION_CONNECTION_LIMIT,
		    cfg->max_connections ? cfg->max_connections : 1024,
		    MHD_OPTION_CONNECTION_TIMEOUT,
		    cfg->timeout ? cfg->timeout : 30,
		    MHD_OPTION_END);
		if (d == NULL && pass == 0)
			log_warnx("epoll unavailable, falling back to poll");
	}
	if (d)
		log_info("serving on %s with %u threads", addr, threads);
	return d;
}

/* Starts one daemon per listen address; returns how many, or -1 (logged). */
static int
server_listen(const struct serve_config *cfg, struct MHD_Daemon **ds)
{
	struct sockaddr_storage	 ss;
	socklen_t		 sslen;
	char			*list, *p, *addr, *err = NULL;
	int			 n = 0;

	/* config.c checked the syntax of the list */
	list = p = xstrdup(cfg->listen ? cfg->listen : "127.0.0.1:8080");
	while ((addr = strsep(&p, ",")) != NULL) {
		addr += strspn(addr, " \t");
		addr[strcspn(addr, " \t")] = '\0';
		if (*addr == '\0')
			continue;
		if (n == SERVER_MAX_LISTEN) {
			log_warnx("listen: more than %d addresses",
			    SERVER_MAX_LISTEN);
			goto fail;
		}
		if (server_parse_listen(addr, &ss, &sslen, &err) == -1) {
			log_warnx("%s", err);
			free(err);
			goto fail;
		}
		if ((ds[n] = server_start(cfg, addr, &ss)) == NULL) {
			log_warnx("cannot listen on %s", addr);
			goto fail;
		}
		n++;
	}
	if (n == 0) {
		log_warnx("listen \"%s\": expected ADDR:PORT[,ADDR:PORT...]",
		    cfg->listen);
		goto fail;
	}
	free(list);
	return n;
fail:
	free(list);
	while (n > 0)
		MHD_stop_daemon(ds[--n]);
	return -1;
}

/* Tells systemd what is served. */
static void
server_notify_status(const char *listen)
{
	unsigned long long	 gen;
	long long		 docs;
	char			*dv, *what;

	pthread_mutex_lock(&server_lock);
	gen = server_gen->number;
	docs = server_gen->documents;
	dv = xstrdup(server_gen->data_version);
	what = xstrdup(server_gen->path ? server_gen->path : "memory");
	pthread_mutex_unlock(&server_lock);
	server_notify("READY=1\nSTATUS=Serving %lld documents from %s (data "
	    "version %s, generation %llu) on %s", docs, what, dv, gen, listen);
	free(dv);
	free(what);
}

/* Records a refused reload: logged, shown by /readyz and systemd's status. */
static void
server_reload_refused(char *why)
{
	unsigned long long	 gen = atomic_load(&server_gen_number);

	log_warnx("reload refused, still serving generation %llu: %s", gen, why);
	atomic_fetch_add(&server_reloads[1], 1);
	server_notify("READY=1\nSTATUS=Reload refused, still serving generation "
	    "%llu: %s", gen, why);
	pthread_mutex_lock(&server_lock);
	free(server_reload_error);
	server_reload_error = why;
	pthread_mutex_unlock(&server_lock);
}

/* Returns 1 when a setting that only a restart changes differs between a and b. */
static int
server_fixed_changed(const struct serve_config *a, const struct serve_config *b)
{
	int	changed = 0;

	if (strcmp(a->listen, b->listen) != 0) {
		log_warnx("reload: listen changed to \"%s\", which takes a "
		    "restart: ignored", b->listen);
		changed = 1;
	}
	if (a->threads != b->threads || a->max_connections !=
	    b->max_connections || a->timeout != b->timeout ||
	    a->cache_size != b->cache_size ||
	    a->export_cache_size != b->export_cache_size) {
		log_warnx("reload: threads, max_connections, timeout, "
		    "cache_size and export_cache_size take a restart: changes "
		    "ignored");
		changed = 1;
	}
	return changed;
}

/*
 * SIGHUP: builds the configuration again and opens the database it names
 * as a new generation; switches to both only if both are good.
 */
static void
server_reload(const struct config_args *args)
{
	const struct serve_config	*old = server_config();
	struct serve_config		*cfg = xcalloc(1, sizeof(*cfg));
	struct gen			*g;
	char				*err = NULL;
	uint64_t			 n = atomic_load(&server_gen_number) + 1;

	log_info("SIGHUP: reloading the configuration and the database");
	server_notify("RELOADING=1\nSTATUS=Reloading");
	if (args->build(cfg, args, &err) == -1) {
		server_reload_refused(xasprintf("configuration: %s", err));
		free(err);
		free(cfg);
		return;
	}
	if (server_fixed_changed(old, cfg)) {
		cfg->listen = old->listen;
		cfg->threads = old->threads;
		cfg->max_connections = old->max_connections;
		cfg->timeout = old->timeout;
		cfg->cache_size = old->cache_size;
		cfg->export_cache_size = old->export_cache_size;
	}
	if ((g = server_gen_open(cfg->db_path, cfg->load_paths, cfg->nload, n,
	    server_nworkers, &err)) == NULL) {
		server_reload_refused(err);
		free(cfg);
		return;
	}
	server_cfgs = xrealloc(server_cfgs, (server_ncfgs + 1) *
	    sizeof(*server_cfgs));
	server_cfgs[server_ncfgs++] = cfg;
	log_set_level((enum log_level)cfg->log_level);
	atomic_store(&server_cfg, cfg);
	server_gen_switch(g);
	atomic_fetch_add(&server_reloads[0], 1);
	log_info("reloaded: generation %llu, %s, data version %s, %lld "
	    "documents, opened in %.3f s", (unsigned long long)n,
	    cfg->db_path ? cfg->db_path : "in memory", g->data_version,
	    g->documents, g->load_seconds);
	server_notify_status(cfg->listen);
}

/*
 * Waits up to seconds for the requests in flight to finish, keeping the
 * watchdog fed.  Returns how many are left.
 */
static int
server_drain(unsigned seconds, uint64_t watchdog_us)
{
	uint64_t	deadline = server_now_us() + (uint64_t)seconds * 1000000u;
	uint64_t	pinged = server_now_us(), now;
	int		left;

	while ((left = atomic_load(&server_inflight)) > 0) {
		now = server_now_us();
		if (now >= deadline)
			break;
		if (watchdog_us && now - pinged >= watchdog_us / 2) {
			server_notify("WATCHDOG=1");
			pinged = now;
		}
		usleep(10000);
	}
	return left;
}

/* Returns the interval systemd expects watchdog pings at, 0 for none. */
static uint64_t
server_watchdog_us(void)
{
#ifdef HAVE_SYSTEMD
	uint64_t	usec = 0;

	if (sd_watchdog_enabled(0, &usec) > 0)
		return usec;
#endif
	return 0;
}

/*
 * Sets up what answering needs under cfg: the response cache and the
 * database, opened (or built in memory) as generation 1.  Returns 0, or -1
 * with *err set.  Undone by server_close().
 */
int
server_open(const struct serve_config *cfg, char **err)
{
	struct gen	*g;

	atomic_store(&server_cfg, cfg);
	server_started_us = server_now_us();
	server_started_unix = server_unix_now();
	if (http_nroutes > SERVER_MAX_ROUTES)
		fatalx("route table larger than %d", SERVER_MAX_ROUTES);
	http_cache_init((size_t)(cfg->cache_size ? cfg->cache_size :
	    HTTP_CACHE_DEFAULT_MIB) << 20, (size_t)cfg->export_cache_size << 20);
	server_nworkers = server_threads(cfg) * server_naddrs(cfg->listen);
	if ((g = server_gen_open(cfg->db_path, cfg->load_paths, cfg->nload, 1,
	    server_nworkers, err)) == NULL) {
		http_cache_free();
		atomic_store(&server_cfg, NULL);
		return -1;
	}
	server_gen_switch(g);
	return 0;
}

/* Closes what server_open() and the requests since opened, once no daemon runs. */
void
server_close(void)
{
	struct gen	*g;
	size_t		 i;

	server_workers_free();
	pthread_mutex_lock(&server_lock);
	g = server_gen;
	server_gen = NULL;
	free(server_reload_error);
	server_reload_error = NULL;
	pthread_mutex_unlock(&server_lock);
	server_gen_free(g);
	for (i = 0; i < server_ncfgs; i++)
		free(server_cfgs[i]);
	free(server_cfgs);
	server_cfgs = NULL;
	http_cache_free();
	server_ncfgs = 0;
	atomic_store(&server_cfg, NULL);
}

/*
 * Serves the API until SIGINT or SIGTERM, reloading on SIGHUP; returns 0
 * after a clean stop, -1 when the server cannot start (the reason is logged).
 * args says how to build the configuration again on SIGHUP.
 */
int
server_run(const struct serve_config *cfg, const struct config_args *args)
{
	struct MHD_Daemon	*ds[SERVER_MAX_LISTEN];
	struct timespec		 ts;
	struct gen		*g;
	sigset_t		 set;
	char			*err = NULL;
	uint64_t		 watchdog_us, wait_us, pinged, now;
	MHD_socket		 ls;
	int			 sig, nd, i, left, rc = -1;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	server_notify("STATUS=Opening the database");
	if (server_open(cfg, &err) == -1) {
		log_warnx("%s", err);
		free(err);
		return -1;
	}
	mem_serving();
	g = server_gen;
	server_raise_nofile(cfg);
	if ((nd = server_listen(cfg, ds)) == -1)
		goto out;
	log_info("generation 1: %s, data version %s, %lld documents, opened in "
	    "%.3f s", cfg->db_path ? cfg->db_path : "in memory",
	    g->data_version, g->documents, g->load_seconds);
	server_notify_status(cfg->listen);
	sigdelset(&set, SIGPIPE);
	watchdog_us = server_watchdog_us();
	if (watchdog_us)
		server_notify("WATCHDOG=1");
	pinged = server_now_us();
	for (;;) {
		/* wake at least every SERVER_WATCH_US to look for a load */
		wait_us = watchdog_us && watchdog_us / 2 < SERVER_WATCH_US ?
		    watchdog_us / 2 : SERVER_WATCH_US;
		ts.tv_sec = (time_t)(wait_us / 1000000u);
		ts.tv_nsec = (long)(wait_us % 1000000u) * 1000;
		sig = sigtimedwait(&set, NULL, &ts);
		server_watch();
		if (sig == -1)		/* logs and tells systemd a change */
			(void)server_ready_probe(NULL, 0);
		now = server_now_us();
		if (watchdog_us && now - pinged >= watchdog_us / 2) {
			server_notify("WATCHDOG=1");
			pinged = now;
		}
		if (sig == -1)
			continue;	/* the timeout, or EINTR */
		if (sig == SIGHUP) {
			server_reload(args);
			continue;
		}
		break;
	}
	cfg = server_config();
	log_info("%s: stopping; finishing %d requests in flight (at most %u s)",
	    sig == SIGINT ? "SIGINT" : "SIGTERM", atomic_load(&server_inflight),
	    cfg->shutdown_timeout);
	server_notify("STOPPING=1\nSTATUS=Stopping: finishing requests in flight");
	atomic_store(&server_stopping, 1);
	for (i = 0; i < nd; i++)
		if ((ls = MHD_quiesce_daemon(ds[i])) != MHD_INVALID_SOCKET)
			close(ls);
	if ((left = server_drain(cfg->shutdown_timeout, watchdog_us)) > 0)
		log_warnx("%d requests still in flight after %u s, stopping "
		    "anyway", left, cfg->shutdown_timeout);
	for (i = 0; i < nd; i++)
		MHD_stop_daemon(ds[i]);
	log_info("stopped");
	rc = 0;
out:
	server_close();
	return rc;
}
