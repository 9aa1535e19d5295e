/*
 * Cross-references: every edge of the graph between documents,
 * organizations, people and reports, with its evidence.
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const xrefs_relations[] = { "published", "authored",
    "quotes", "mentions", "cites", "member_of", "affiliated_with", "issued",
    NULL };

static const char *const xrefs_types[] = { "document", "organization",
    "person", "report", NULL };

static const struct filter xrefs_filters[] = {
	{ "relation", FILTER_ENUM, "t.relation = ?", 1, xrefs_relations },
	{ "source_type", FILTER_ENUM, "t.source_type = ?", 1, xrefs_types },
	{ "source", FILTER_ID, "t.source = ?", 1, NULL },
	{ "target_type", FILTER_ENUM, "t.target_type = ?", 1, xrefs_types },
	{ "target", FILTER_ID, "t.target = ?", 1, NULL },
	{ "document", FILTER_ID, "t.document_id = "
	  "(SELECT rowid FROM documents WHERE id = ?)", 1, NULL },
};

static const struct sortkey xrefs_sorts[] = {
	{ "id", "t.rowid", 0, 1 },
};

static const char *const xrefs_fields[] = { "relation", "source", "target",
    "evidence", NULL };

static const char *const xrefs_columns[] = { "relation", "source.type",
    "source.id", "source.name", "target.type", "target.id", "target.name",
    "evidence.document.id", "evidence.snippet", "evidence.start",
    "evidence.end", NULL };

const struct collection api_xrefs = {
	"cross-references", "cross_references t", NULL, "t.rowid", 1, "id",
	xrefs_sorts, NELEM(xrefs_sorts),
	xrefs_filters, NELEM(xrefs_filters),
	NULL, 0,
	xrefs_fields, xrefs_columns, NULL, NULL,
};
