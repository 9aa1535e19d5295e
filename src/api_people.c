/*
 * People: spokespeople, authors, contacts and people mentioned; and the
 * quotes of one person.
 */
#include <stddef.h>

#include "api.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const people_roles[] = { "spokesperson", "author",
    "contact", "mentioned", NULL };

static const struct filter people_filters[] = {
	{ "q", FILTER_FTS, "t.rowid IN (SELECT rowid FROM people_fts "
	  "WHERE people_fts MATCH ?)", 1, NULL },
	{ "organization", FILTER_ID, "t.organization_id = "
	  "(SELECT rowid FROM organizations WHERE id = ?)", 1, NULL },
	{ "role", FILTER_ENUM, "t.rowid IN (SELECT person_id FROM person_roles "
	  "WHERE role = ?)", 1, people_roles },
};

static const struct sortkey people_sorts[] = {
	{ "name", "t.name", 0, 0 },
	{ "id", "t.id", 0, 0 },
	{ "quotes", "t.n_quotes", 0, 1 },
	{ "documents", "t.n_documents", 0, 1 },
};

static const char *const people_fields[] = { "id", "url", "name", "title",
    "organization", "roles", "counts", NULL };

static const char *const people_columns[] = { "id", "url", "name", "title",
    "organization.id", "organization.name", "roles", "counts.quotes",
    "counts.documents", NULL };

const struct collection api_people = {
	"people", "people t", NULL, "t.id", 0, "name",
	people_sorts, NELEM(people_sorts),
	people_filters, NELEM(people_filters),
	NULL, 0,
	people_fields, people_columns, NULL, NULL,
};

/* /v1/people/{id}/quotes */
const struct parent api_person_quotes = {
	"SELECT 1 FROM people WHERE id = ?",
	"t.person_id = (SELECT rowid FROM people WHERE id = ?)", 1, NULL,
};
