/*
 * Documents: the releases, statements and articles themselves.  Also the
 * lists under one document (its quotes and its cross-references).
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const documents_kinds[] = { "press_release", "statement",
    "blog_post", "article", "other", NULL };

static const struct filter documents_filters[] = {
	{ "q", FILTER_FTS, "t.rowid IN (SELECT rowid FROM documents_fts "
	  "WHERE documents_fts MATCH ?)", 1, NULL },
	{ "publisher", FILTER_ID, "t.publisher_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?)", 1, NULL },
	{ "kind", FILTER_ENUM, "t.kind = ?", 1, documents_kinds },
	{ "category", FILTER_TEXT, "t.category = ?", 1, NULL },
	{ "from", FILTER_DATE, "t.published >= ?", 1, NULL },
	{ "to", FILTER_DATE, "t.published <= ?", 1, NULL },
	{ "mentions", FILTER_ID, "t.rowid IN (SELECT document_id FROM "
	  "document_organizations WHERE organization_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?))", 1, NULL },
	{ "cites", FILTER_ID, "t.rowid IN (SELECT document_id FROM citations "
	  "WHERE report_id = (SELECT rowid FROM reports WHERE id = ?))", 1, NULL },
	{ "speaker", FILTER_ID, "t.rowid IN (SELECT document_id FROM quotes "
	  "WHERE person_id = (SELECT rowid FROM people WHERE id = ?) OR "
	  "(speaker_type = 'organization' AND organization_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?)))", 2, NULL },
};

static const struct sortkey documents_sorts[] = {
	{ "published", "t.published", 1, 0 },
	{ "title", "t.title", 0, 0 },
	{ "word_count", "t.word_count", 0, 1 },
	{ "id", "t.id", 0, 0 },
};

static const struct facet documents_facets[] = {
	{ "publisher", "o.id, o.name",
	  "JOIN organizations o ON o.rowid = t.publisher_id", NULL },
	{ "kind", "t.kind, t.kind", "", NULL },
	{ "year", "substr(t.published, 1, 4), substr(t.published, 1, 4)", "",
	  "t.published IS NOT NULL" },
};

static const char *const documents_fields[] = { "id", "url", "title",
    "subtitle", "kind", "published", "publisher", "author", "dateline",
    "contact", "category", "summary", "word_count", "source", "counts", NULL };

static const char *const documents_columns[] = { "id", "url", "title",
    "subtitle", "kind", "published", "publisher.id", "publisher.name",
    "author.id", "author.name", "dateline", "contact.name", "contact.phone",
    "contact.email", "category", "summary", "word_count", "source.file",
    "source.sha256", "source.start", "source.end", "counts.quotes",
    "counts.organizations", "counts.people", "counts.reports", NULL };

const struct collection api_documents = {
	"documents", "documents t", NULL, "t.id", 0, "-published",
	documents_sorts, NELEM(documents_sorts),
	documents_filters, NELEM(documents_filters),
	documents_facets, NELEM(documents_facets),
	documents_fields, documents_columns, NULL, NULL,
};

/* /v1/documents/{id}/quotes: in the order they appear. */
const struct parent api_document_quotes = {
	"SELECT 1 FROM documents WHERE id = ?",
	"t.document_id = (SELECT rowid FROM documents WHERE id = ?)", 1, "seq",
};

/*
 * /v1/documents/{id}/cross-references: edges from, to or evidenced by it.
 * A union of three index lookups rather than an OR of them: the rows come
 * out as a set of rowids, which the page walks in order and stops at its
 * limit, instead of building and sorting every edge's JSON first.
 */
const struct parent api_document_xrefs = {
	"SELECT 1 FROM documents WHERE id = ?",
	"t.rowid IN (SELECT rowid FROM cross_reference_edges WHERE "
	"document_id = (SELECT rowid FROM documents WHERE id = ?) "
	"UNION SELECT rowid FROM cross_reference_edges WHERE source = ? AND "
	"source_type = 'document' "
	"UNION SELECT rowid FROM cross_reference_edges WHERE target = ? AND "
	"target_type = 'document')", 3, NULL,
};
