/*
 * Reports, studies and letters that documents cite, and the citations of one.
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct filter reports_filters[] = {
	{ "q", FILTER_FTS, "t.rowid IN (SELECT rowid FROM reports_fts "
	  "WHERE reports_fts MATCH ?)", 1, NULL },
	{ "publisher", FILTER_ID, "t.publisher_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?)", 1, NULL },
};

static const struct sortkey reports_sorts[] = {
	{ "title", "t.title", 0, 0 },
	{ "id", "t.id", 0, 0 },
	{ "published", "t.published", 1, 0 },
	{ "citations", "t.n_citations", 0, 1 },
};

static const char *const reports_fields[] = { "id", "url", "title", "aliases",
    "publisher", "published", "counts", NULL };

static const char *const reports_columns[] = { "id", "url", "title",
    "aliases", "publisher.id", "publisher.name", "published",
    "counts.citations", NULL };

const struct collection api_reports = {
	"reports", "reports t", NULL, "t.id", 0, "title",
	reports_sorts, NELEM(reports_sorts),
	reports_filters, NELEM(reports_filters),
	NULL, 0,
	reports_fields, reports_columns, NULL, NULL,
};

static const struct sortkey citations_sorts[] = {
	{ "id", "t.rowid", 0, 1 },
};

static const char *const citations_fields[] = { "document", "context", NULL };

static const char *const citations_columns[] = { "document.id",
    "document.title", "document.published", "context", NULL };

/* Citations: {"document", "context"} rows, in the order they were stored. */
const struct collection api_citations = {
	"citations", "citations t", NULL, "t.rowid", 1, "id",
	citations_sorts, NELEM(citations_sorts),
	NULL, 0,
	NULL, 0,
	citations_fields, citations_columns, NULL, NULL,
};

/* /v1/reports/{id}/citations */
const struct parent api_report_citations = {
	"SELECT 1 FROM reports WHERE id = ?",
	"t.report_id = (SELECT rowid FROM reports WHERE id = ?)", 1, NULL,
};
