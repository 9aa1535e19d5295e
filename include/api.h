/*
 * The API behind the HTTP server: one request being answered, the route
 * table, the collections (their filters, sorts and columns) and the handlers
 * of each resource.
 */
#ifndef API_H
#define API_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>
#include <microhttpd.h>
#include <sqlite3.h>

#include "pressroom.h"
#include "http.h"

struct req;

/* Representations a collection answers in. */
enum api_format { FORMAT_JSON, FORMAT_CSV, FORMAT_NDJSON };

/* What a handler does with a request; 0, or -1 after setting a problem. */
typedef int (*api_handler)(struct req *);

/* A query parameter that narrows a collection. */
enum filter_type { FILTER_TEXT, FILTER_ID, FILTER_DATE, FILTER_ENUM, FILTER_FTS };

struct filter {
	const char		*name;
	enum filter_type	 type;
	const char		*sql;	/* fragment; every '?' binds the value */
	int			 nbind;
	const char *const	*values; /* FILTER_ENUM: allowed, NULL-ended */
};

/* A field a collection sorts by. */
struct sortkey {
	const char	*name;		/* as in ?sort=, without '-' */
	const char	*expr;		/* column, e.g. "t.published" */
	int		 nullable;
	int		 integer;	/* values are integers */
};

/* A facet: a count of the filtered rows per value. */
struct facet {
	const char	*name;
	const char	*select;	/* "value, name" expressions */
	const char	*join;		/* joins after FROM, or "" */
	const char	*where;		/* extra condition, or NULL */
};

/* A collection: the rows of one table that a list endpoint pages through. */
struct collection {
	const char		*name;
	const char		*from;		/* "documents t" */
	const char		*where;		/* always applied, or NULL */
	const char		*key;		/* tie-break, "t.id" */
	int			 key_integer;
	const char		*defsort;	/* "-published" */
	const struct sortkey	*sorts;
	size_t			 nsorts;
	const struct filter	*filters;
	size_t			 nfilters;
	const struct facet	*facets;
	size_t			 nfacets;
	const char *const	*fields;	/* top-level keys of a row */
	const char *const	*columns;	/* CSV columns as JSON paths */
	/* rewrites a row (consumed), or NULL; returns NULL after a problem */
	json_t			*(*row)(struct req *, json_t *);
	const char		*count_from;	/* FROM of the total, or NULL: from */
};

/* A sub-resource list: the parent's existence check and the rows it owns. */
struct parent {
	const char	*exists;	/* SELECT returning a row when {id} exists */
	const char	*sql;		/* filter fragment; every '?' binds {id} */
	int		 nbind;
	const char	*defsort;	/* default order here, or NULL */
};

/* One row of the route table. */
struct route {
	const char		*pattern;
	api_handler		 handler;
	const char		*params;	/* allowed query parameters */
	const struct collection	*coll;		/* list routes */
	const struct parent	*parent;	/* sub-resource lists */
	const char		*sql;		/* item routes: SELECT item WHERE id = ? */
	int			 nocache;	/* health and metrics */
};

/* The answer being built for a request. */
struct req {
	struct MHD_Connection	*conn;
	const char		*method;
	const char		*path;
	char			*uri;		/* raw request target, for ETag and log */
	int			 head;
	const struct route	*route;
	int			 route_index;
	char			 id[256];	/* the {id} of the path */
	struct query		 query;
	sqlite3			*db;
	char			*data_version;
	int			 pretty;

	int			 status;
	struct buf		 body;
	const char		*ctype;
	char			*link;		/* Link header or NULL */
	json_t			*invalid;	/* invalid_params of a 400 */
	struct MHD_Response	*stream;	/* a streamed answer */
	struct csv_stream	*csv;		/* its state, while stream is set */
	char			 variant[64];	/* representation, for the ETag */
	char			 reqid[130];
	uint64_t		 start_us;
	size_t			 bytes;
	int			 counted;	/* in-flight gauge incremented */
	int			 seen;		/* the access handler ran once */
};

/* server.c */
struct sockaddr_storage;
struct MHD_Daemon *server_start(const struct serve_config *, const char *,
		    struct sockaddr_storage *);
sqlite3		*server_db(void);
sqlite3_stmt	*server_stmt(const char *);
void		 server_stmt_done(sqlite3_stmt *);
uint64_t	 server_now_us(void);
const struct serve_config *server_config(void);
void		 server_inflight_add(int);
void		 server_metrics(struct buf *);
void		 server_metrics_count(int, int, uint64_t);

/* http.c */
extern const struct route http_routes[];
extern const size_t http_nroutes;
int		 http_problem(struct req *, int, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
int		 http_invalid_params(struct req *);
int		 http_sql_failed(struct req *, sqlite3_stmt *);
void		 http_json(struct req *, json_t *);
enum MHD_Result	 http_access(void *, struct MHD_Connection *, const char *,
		    const char *, const char *, const char *, size_t *, void **);
void		*http_uri_log(void *, const char *, struct MHD_Connection *);
void		 http_completed(void *, struct MHD_Connection *, void **,
		    enum MHD_RequestTerminationCode);

/* http_csv.c */
void		 http_export_row(struct buf *, struct buf *, json_t *,
		    enum api_format, const char *const *);
int		 http_csv_stream(struct req *, sqlite3_stmt *, sqlite3_stmt *,
		    enum api_format, const char *const *, json_t *);
void		 http_csv_spool(struct csv_stream *, uint64_t, const char *,
		    size_t, const char *, const char *);

/* api_list.c */
int		 api_list(struct req *);
int		 api_list_run(struct req *, const struct collection *,
		    const struct parent *);
int		 api_item(struct req *);
json_t		*api_fields_parse(struct req *, const char *const *);
json_t		*api_fields_apply(json_t *, json_t *);
int		 api_format(struct req *, enum api_format *);
json_t		*api_row_json(sqlite3_stmt *, int);

/* collections, one per resource module */
extern const struct collection api_documents;
extern const struct collection api_organizations;
extern const struct collection api_coalitions;
extern const struct collection api_people;
extern const struct collection api_quotes;
extern const struct collection api_reports;
extern const struct collection api_citations;
extern const struct collection api_xrefs;

/* sub-resource parents */
extern const struct parent api_document_quotes, api_document_xrefs;
extern const struct parent api_organization_members, api_organization_documents,
	    api_organization_quotes, api_organization_people;
extern const struct parent api_coalition_members;
extern const struct parent api_person_quotes;
extern const struct parent api_report_citations;

/* api_search.c */
int		 api_search(struct req *);
int		 api_search_highlights(const char *, char **, json_t **);

/* api_feed.c */
int		 api_feed_json(struct req *);
int		 api_feed_atom(struct req *);
void		 api_feed_xml_escape(struct buf *, const char *);

/* api_meta.c */
int		 api_meta_index(struct req *);
int		 api_meta_openapi(struct req *);
int		 api_meta_healthz(struct req *);
int		 api_meta_readyz(struct req *);
int		 api_meta_metrics(struct req *);

#endif
