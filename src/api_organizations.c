/*
 * Organizations and coalitions (organizations with listed members), and the
 * lists under one of them: members, documents, quotes, people.
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const organizations_kinds[] = { "advocacy", "government",
    "academic", "legal", "coalition", "faith", "other", NULL };

static const struct filter organizations_filters[] = {
	{ "q", FILTER_FTS, "t.rowid IN (SELECT rowid FROM organizations_fts "
	  "WHERE organizations_fts MATCH ?)", 1, NULL },
	{ "kind", FILTER_ENUM, "t.kind = ?", 1, organizations_kinds },
	{ "member_of", FILTER_ID, "t.rowid IN (SELECT member_id FROM "
	  "memberships WHERE coalition_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?))", 1, NULL },
};

static const struct sortkey organizations_sorts[] = {
	{ "name", "t.name", 0, 0 },
	{ "id", "t.id", 0, 0 },
	{ "documents", "t.n_documents", 0, 1 },
	{ "mentions", "t.n_mentions", 0, 1 },
	{ "quotes", "t.n_quotes", 0, 1 },
	{ "members", "t.n_members", 0, 1 },
};

static const char *const organizations_fields[] = { "id", "url", "name",
    "acronym", "aliases", "kind", "description", "counts", NULL };

static const char *const organizations_columns[] = { "id", "url", "name",
    "acronym", "aliases", "kind", "description", "counts.documents",
    "counts.mentions", "counts.quotes", "counts.people", "counts.members",
    "counts.memberships", NULL };

const struct collection api_organizations = {
	"organizations", "organizations t", NULL, "t.id", 0, "name",
	organizations_sorts, NELEM(organizations_sorts),
	organizations_filters, NELEM(organizations_filters),
	NULL, 0,
	organizations_fields, organizations_columns, NULL, NULL,
};

const struct collection api_coalitions = {
	"coalitions", "organizations t", "t.is_coalition = 1", "t.id", 0,
	"name",
	organizations_sorts, NELEM(organizations_sorts),
	organizations_filters, 1,	/* q only */
	NULL, 0,
	organizations_fields, organizations_columns, NULL, NULL,
};

#define ORG_EXISTS	"SELECT 1 FROM organizations WHERE id = ?"
#define ORG_ROWID	"(SELECT rowid FROM organizations WHERE id = ?)"

/* /v1/organizations/{id}/members */
const struct parent api_organization_members = {
	ORG_EXISTS, "t.rowid IN (SELECT member_id FROM memberships WHERE "
	"coalition_id = " ORG_ROWID ")", 1, NULL,
};

/* /v1/coalitions/{id}/members: the same, for coalitions only. */
const struct parent api_coalition_members = {
	ORG_EXISTS " AND is_coalition = 1", "t.rowid IN (SELECT member_id FROM "
	"memberships WHERE coalition_id = " ORG_ROWID ")", 1, NULL,
};

/* /v1/organizations/{id}/documents: those it published or that name it. */
const struct parent api_organization_documents = {
	ORG_EXISTS, "t.publisher_id = " ORG_ROWID " OR t.rowid IN (SELECT "
	"document_id FROM document_organizations WHERE organization_id = "
	ORG_ROWID ")", 2, NULL,
};

/* /v1/organizations/{id}/quotes: said by it or by its people. */
const struct parent api_organization_quotes = {
	ORG_EXISTS, "t.organization_id = " ORG_ROWID, 1, NULL,
};

/* /v1/organizations/{id}/people */
const struct parent api_organization_people = {
	ORG_EXISTS, "t.organization_id = " ORG_ROWID, 1, NULL,
};
