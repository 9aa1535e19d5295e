/*
 * The API's own resources: the /v1 index, the OpenAPI document, health,
 * readiness and metrics.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sqlite3.h>

#include "build_config.h"
#include "pressroom.h"
#include "db.h"
#include "api.h"

struct embedded {
	const char	*name;
	const char	*data;
	size_t		 len;
};
extern const struct embedded openapi_files[];

/* GET /v1: links to every collection, counts, the date range, the data version. */
int
api_meta_index(struct req *r)
{
	static const char *const names[] = { "documents", "organizations",
	    "coalitions", "people", "quotes", "reports", "cross_references" };
	sqlite3_stmt	*st;
	json_t		*counts, *links, *o;
	size_t		 i;
	int		 rc;

	st = server_stmt("SELECT (SELECT count(*) FROM documents), "
	    "(SELECT count(*) FROM organizations), "
	    "(SELECT count(*) FROM organizations WHERE is_coalition = 1), "
	    "(SELECT count(*) FROM people), (SELECT count(*) FROM quotes), "
	    "(SELECT count(*) FROM reports), "
	    "(SELECT count(*) FROM cross_references), "
	    "(SELECT min(published) FROM documents), "
	    "(SELECT max(published) FROM documents)");
	if (st == NULL)
		return http_sql_failed(r, NULL);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		rc = http_sql_failed(r, st);
		server_stmt_done(st);
		return rc;
	}
	counts = json_object();
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		json_object_set_new(counts, names[i],
		    json_integer(sqlite3_column_int64(st, (int)i)));
	links = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, "
	    "s:s, s:s, s:s, s:s}",
	    "self", "/v1",
	    "documents", "/v1/documents",
	    "organizations", "/v1/organizations",
	    "coalitions", "/v1/coalitions",
	    "people", "/v1/people",
	    "quotes", "/v1/quotes",
	    "reports", "/v1/reports",
	    "cross_references", "/v1/cross-references",
	    "search", "/v1/search",
	    "feed_json", "/v1/feed.json",
	    "feed_atom", "/v1/feed.atom",
	    "openapi", "/openapi.yaml",
	    "health", "/healthz",
	    "metrics", "/metrics");
	o = json_pack("{s:{s:s, s:s, s:s, s:o, s:o, s:{s:s?, s:s?}}}", "data",
	    "name", "pressroom", "version", PRESSROOM_VERSION,
	    "data_version", r->data_version ? r->data_version : "",
	    "links", links, "counts", counts, "date_range",
	    "from", (const char *)sqlite3_column_text(st, 7),
	    "to", (const char *)sqlite3_column_text(st, 8));
	server_stmt_done(st);
	if (o == NULL)
		return http_problem(r, 500, "cannot build the index");
	http_json(r, o);
	json_decref(o);
	return 0;
}

/* GET /openapi.yaml: the contract, as built into the binary. */
int
api_meta_openapi(struct req *r)
{
	const struct embedded	*e;

	for (e = openapi_files; e->name; e++)
		if (strcmp(e->name, "openapi.yaml") == 0)
			break;
	if (e->name == NULL)
		return http_problem(r, 404, "no OpenAPI document in this build");
	buf_reset(&r->body);
	buf_add(&r->body, e->data, e->len);
	r->status = 200;
	r->ctype = "application/yaml";
	return 0;
}

/* GET /healthz: the process answers. */
int
api_meta_healthz(struct req *r)
{
	buf_reset(&r->body);
	buf_puts(&r->body, "{\"status\":\"ok\"}\n");
	r->status = 200;
	r->ctype = "application/json; charset=utf-8";
	return 0;
}

/*
 * GET /readyz: the database answers and has this binary's schema, its file
 * is still there and the last reload did not fail.
 */
int
api_meta_readyz(struct req *r)
{
	sqlite3_stmt	*st;
	int		 version = -1, rc;
	json_t		*o;
	char		*why = NULL;

	if (server_ready(&why) == -1) {
		rc = http_problem(r, 503, "%s", why);
		free(why);
		return rc;
	}
	st = server_stmt("SELECT 1, (SELECT max(version) FROM schema_migrations)");
	if (st == NULL)
		return http_problem(r, 503, "the database does not answer");
	if (sqlite3_step(st) != SQLITE_ROW) {
		server_stmt_done(st);
		return http_problem(r, 503, "the database does not answer");
	}
	version = sqlite3_column_int(st, 1);
	server_stmt_done(st);
	if (version != db_latest_version())
		return http_problem(r, 503, "the database has schema version %d, "
		    "expected %d", version, db_latest_version());
	o = json_pack("{s:s, s:s, s:i, s:I}", "status", "ready", "data_version",
	    r->data_version ? r->data_version : "", "schema_version", version,
	    "generation", (json_int_t)server_generation());
	http_json(r, o);
	json_decref(o);
	return 0;
}

/* GET /metrics: Prometheus text format 0.0.4. */
int
api_meta_metrics(struct req *r)
{
	buf_reset(&r->body);
	server_metrics(&r->body);
	r->status = 200;
	r->ctype = "text/plain; version=0.0.4; charset=utf-8";
	return 0;
}
