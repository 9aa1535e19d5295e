/*
 * Quotes: one continuous quotation each, with its speaker and document.
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct filter quotes_filters[] = {
	{ "q", FILTER_FTS, "t.rowid IN (SELECT rowid FROM quotes_fts "
	  "WHERE quotes_fts MATCH ?)", 1, NULL },
	{ "speaker", FILTER_ID, "t.person_id = (SELECT rowid FROM people "
	  "WHERE id = ?) OR (t.speaker_type = 'organization' AND "
	  "t.organization_id = (SELECT rowid FROM organizations WHERE id = ?))",
	  2, NULL },
	{ "organization", FILTER_ID, "t.organization_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?)", 1, NULL },
	{ "document", FILTER_ID, "t.document_id = "
	  "(SELECT rowid FROM documents WHERE id = ?)", 1, NULL },
	{ "from", FILTER_DATE, "t.published >= ?", 1, NULL },
	{ "to", FILTER_DATE, "t.published <= ?", 1, NULL },
};

static const struct sortkey quotes_sorts[] = {
	{ "published", "t.published", 1, 0 },
	{ "id", "t.id", 0, 0 },
	{ "seq", "t.seq", 0, 1 },
};

static const struct facet quotes_facets[] = {
	{ "speaker", "coalesce(p.id, o.id), coalesce(p.name, o.name)",
	  "LEFT JOIN people p ON p.rowid = t.person_id "
	  "LEFT JOIN organizations o ON t.person_id IS NULL AND "
	  "o.rowid = t.organization_id", NULL },
	{ "organization", "o.id, o.name",
	  "JOIN organizations o ON o.rowid = t.organization_id", NULL },
	{ "year", "substr(t.published, 1, 4), substr(t.published, 1, 4)", "",
	  "t.published IS NOT NULL" },
};

static const char *const quotes_fields[] = { "id", "url", "text", "speaker",
    "speaker_title", "organization", "document", "attribution",
    "attribution_line", "position", NULL };

static const char *const quotes_columns[] = { "id", "url", "text",
    "speaker.type", "speaker.id", "speaker.name", "speaker_title",
    "organization.id", "organization.name", "document.id", "document.title",
    "document.published", "attribution", "attribution_line",
    "position.start", "position.end", NULL };

const struct collection api_quotes = {
	"quotes", "quotes t", NULL, "t.id", 0, "-published",
	quotes_sorts, NELEM(quotes_sorts),
	quotes_filters, NELEM(quotes_filters),
	quotes_facets, NELEM(quotes_facets),
	quotes_fields, quotes_columns, NULL, NULL,
};
