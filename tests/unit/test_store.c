/*
 * Unit tests of db.c, source.c and store.c: migrations, refusing bad files,
 * one-transaction loads, and the cross-document resolution of the store
 * (merges, IDs, order independence), fed with hand-written extractions.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include "pressroom.h"
#include "db.h"

/* Opens a fresh in-memory database at the newest schema. */
static sqlite3 *
new_db(void)
{
	sqlite3	*db = NULL;
	char	*err = NULL;

	assert_int_equal(db_open(":memory:", DB_OPEN_CREATE, &db, &err), 0);
	assert_int_equal(db_migrate(db, &err), 0);
	return db;
}

/* Returns the first column of the first row of sql as a new string (NULL if none). */
static char *
query1(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	char		*out = NULL;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		out = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

/* Returns count(*) of a query. */
static int
count(sqlite3 *db, const char *sql)
{
	char	*s = query1(db, sql);
	int	 n = s ? atoi(s) : -1;

	free(s);
	return n;
}

/* Adds a source row holding an extraction given as JSON text. */
static void
add_source(sqlite3 *db, const char *path, const char *sha, const char *json)
{
	sqlite3_stmt	*st;

	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO sources (path, name, "
	    "sha256, bytes, extraction, loaded_at) VALUES (?, ?, ?, 1, ?, 'now')",
	    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, json, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

/* Rebuilds the derived tables, showing the reason if that fails. */
static void
rebuild(sqlite3 *db)
{
	char	*err = NULL;

	if (store_rebuild(db, &err) != 0) {
		print_error("store_rebuild: %s\n", err);
		free(err);
		fail();
	}
}

static const char doc_a[] =
    "{\"documents\":[{\"title\":\"Harbor Alliance Sues Over Dredging\","
    "\"kind\":\"press_release\",\"published\":\"2020-03-04\","
    "\"publisher\":\"Harbor Alliance\",\"body\":\"Body A.\",\"word_count\":2,"
    "\"start\":0,\"end\":10,"
    "\"organizations\":[{\"name\":\"Harbor Alliance\",\"acronym\":\"HA\","
    "\"aliases\":[],\"kind\":\"advocacy\",\"mentions\":2},"
    "{\"name\":\"U.S. Department of Ports\",\"acronym\":\"DOP\",\"aliases\":[],"
    "\"kind\":\"government\",\"mentions\":1},"
    "{\"name\":\"Tidewater Fund\",\"aliases\":[],\"kind\":\"advocacy\",\"mentions\":1}],"
    "\"people\":[{\"name\":\"Rosa Quill\",\"title\":\"director\","
    "\"organization\":\"Harbor Alliance\",\"roles\":[\"spokesperson\"]}],"
    "\"quotes\":[{\"text\":\"We will not let the harbor be dredged without a review.\","
    "\"speaker\":\"Rosa Quill\",\"speaker_type\":\"person\","
    "\"speaker_title\":\"director\",\"organization\":\"Harbor Alliance\","
    "\"attribution\":\"said\",\"start\":0,\"end\":5}],"
    "\"coalitions\":[{\"name\":\"Harbor Alliance\",\"members\":[\"Tidewater Fund\"]}],"
    "\"reports\":[{\"title\":\"Silt and Salt: Dredging on the Bay\","
    "\"aliases\":[\"Silt and Salt\"],\"publisher\":\"Harbor Alliance\","
    "\"published\":\"2020-03-04\",\"context\":\"A report.\",\"start\":0,\"end\":3}]}]}";

static const char doc_b[] =
    "{\"documents\":[{\"title\":\"Ports Office Answers Critics\","
    "\"kind\":\"statement\",\"published\":null,\"publisher\":null,"
    "\"body\":\"Body B.\",\"word_count\":2,\"start\":0,\"end\":10,"
    "\"organizations\":[{\"name\":\"Department of Ports\",\"aliases\":[],"
    "\"kind\":\"government\",\"mentions\":3},"
    "{\"name\":\"DOP\",\"aliases\":[],\"kind\":\"government\",\"mentions\":1},"
    "{\"name\":\"the harbor alliance\",\"aliases\":[],\"kind\":\"advocacy\",\"mentions\":1}],"
    "\"people\":[{\"name\":\"Rosa Quill\",\"title\":null,\"organization\":null,"
    "\"roles\":[\"spokesperson\"]}],"
    "\"quotes\":[{\"text\":\"The review is already under way and will be published.\","
    "\"speaker\":\"Rosa Quill\",\"speaker_type\":\"person\",\"speaker_title\":null,"
    "\"organization\":null,\"attribution\":\"added\",\"start\":0,\"end\":5}],"
    "\"coalitions\":[],"
    "\"reports\":[{\"title\":\"Silt and Salt\",\"aliases\":[],\"publisher\":null,"
    "\"published\":null,\"context\":\"As Silt and Salt showed.\",\"start\":0,\"end\":3}]}]}";

/* Variants of one organization's name across documents merge into one record. */
static void
test_store_merges_variants(void **state)
{
	sqlite3	*db = new_db();
	char	*s;

	(void)state;
	add_source(db, "a.txt", "aaaa", doc_a);
	add_source(db, "b.txt", "bbbb", doc_b);
	rebuild(db);
	/* "U.S. Department of Ports", "Department of Ports" and "DOP" are one. */
	assert_int_equal(count(db, "SELECT count(*) FROM organizations WHERE "
	    "name LIKE '%Ports%' OR acronym = 'DOP'"), 1);
	/* Case and a leading "the" do not split an organization. */
	assert_int_equal(count(db, "SELECT count(*) FROM organizations WHERE "
	    "lower(name) LIKE '%harbor alliance%'"), 1);
	s = query1(db, "SELECT id FROM organizations WHERE acronym = 'HA'");
	assert_string_equal(s, "harbor-alliance");
	free(s);
	/* One person however often named; title kept from where it was given. */
	assert_int_equal(count(db, "SELECT count(*) FROM people"), 1);
	s = query1(db, "SELECT json_extract(json, '$.title') FROM people");
	assert_string_equal(s, "director");
	free(s);
	assert_int_equal(count(db, "SELECT json_extract(json, '$.counts.quotes') "
	    "FROM people"), 2);
	/* One report, cited twice, under its full title. */
	assert_int_equal(count(db, "SELECT count(*) FROM reports"), 1);
	s = query1(db, "SELECT title FROM reports");
	assert_string_equal(s, "Silt and Salt: Dredging on the Bay");
	free(s);
	assert_int_equal(count(db, "SELECT count(*) FROM citations"), 2);
	/* The documents sharing the report and the speaker are related. */
	assert_int_equal(count(db, "SELECT json_array_length(item, '$.related') "
	    "FROM document_items WHERE id LIKE '2020-03-04-%'"), 1);
	/* Kinds are stored as given, as text, so kind= filters find them. */
	assert_int_equal(count(db, "SELECT count(*) FROM organizations WHERE "
	    "typeof(kind) != 'text'"), 0);
	s = query1(db, "SELECT kind FROM organizations WHERE acronym = 'DOP'");
	assert_string_equal(s, "government");
	free(s);
	/* Coalition membership, and the coalition flag. */
	assert_int_equal(count(db, "SELECT count(*) FROM memberships"), 1);
	assert_int_equal(count(db, "SELECT is_coalition FROM organizations "
	    "WHERE id = 'harbor-alliance'"), 1);
	sqlite3_close(db);
}

/* IDs: dated titles, quote IDs from speaker and words, and no dependence on load order. */
static void
test_store_ids_stable(void **state)
{
	sqlite3	*db1 = new_db(), *db2 = new_db();
	char	*s1, *s2;
	const char *q = "SELECT group_concat(id, ' ') FROM (SELECT id FROM "
	    "documents UNION ALL SELECT id FROM organizations UNION ALL SELECT id "
	    "FROM quotes UNION ALL SELECT id FROM reports ORDER BY 1)";

	(void)state;
	add_source(db1, "a.txt", "aaaa", doc_a);
	add_source(db1, "b.txt", "bbbb", doc_b);
	add_source(db2, "b.txt", "bbbb", doc_b);
	add_source(db2, "a.txt", "aaaa", doc_a);
	rebuild(db1);
	rebuild(db2);
	s1 = query1(db1, q);
	s2 = query1(db2, q);
	assert_string_equal(s1, s2);
	assert_non_null(strstr(s1, "2020-03-04-harbor-alliance-sues-over-dredging"));
	assert_non_null(strstr(s1, " ports-office-answers-critics"));
	assert_non_null(strstr(s1, "rosa-quill-we-will-not-let-the-harbor"));
	free(s1);
	free(s2);
	s1 = query1(db1, "SELECT value FROM meta WHERE key = 'data_version'");
	s2 = query1(db2, "SELECT value FROM meta WHERE key = 'data_version'");
	assert_string_equal(s1, s2);
	free(s1);
	free(s2);
	sqlite3_close(db1);
	sqlite3_close(db2);
}

/* The attribution line reads as a sentence fragment with the date. */
static void
test_store_attribution_line(void **state)
{
	sqlite3	*db = new_db();
	char	*s;

	(void)state;
	add_source(db, "a.txt", "aaaa", doc_a);
	rebuild(db);
	s = query1(db, "SELECT json_extract(json, '$.attribution_line') FROM quotes");
	assert_string_equal(s, "said Rosa Quill, director of Harbor Alliance, on March 4, 2020");
	free(s);
	s = query1(db, "SELECT json_extract(json, '$.speaker.type') FROM quotes");
	assert_string_equal(s, "person");
	free(s);
	sqlite3_close(db);
}

/* Two organizations defining the same acronym stay apart. */
static void
test_store_ambiguous_acronym(void **state)
{
	sqlite3	*db = new_db();
	const char *x =
	    "{\"documents\":[{\"title\":\"One\",\"body\":\"x\",\"word_count\":1,"
	    "\"organizations\":[{\"name\":\"Coastal Research Center\",\"acronym\":\"CRC\"}]}]}";
	const char *y =
	    "{\"documents\":[{\"title\":\"Two\",\"body\":\"y\",\"word_count\":1,"
	    "\"organizations\":[{\"name\":\"Civil Rights Coalition\",\"acronym\":\"CRC\"}]}]}";

	(void)state;
	add_source(db, "x.txt", "xxxx", x);
	add_source(db, "y.txt", "yyyy", y);
	rebuild(db);
	assert_int_equal(count(db, "SELECT count(*) FROM organizations"), 2);
	sqlite3_close(db);
}

/* A fresh database migrates to the newest version; a newer one is refused. */
static void
test_db_migrations(void **state)
{
	sqlite3	*db = new_db();
	char	*err = NULL;
	int	 v;

	(void)state;
	assert_int_equal(db_schema_version(db, &v, &err), 0);
	assert_int_equal(v, db_latest_version());
	assert_int_equal(db_migrate(db, &err), 0);	/* idempotent */
	assert_int_equal(db_check(db, &err), 0);
	assert_int_equal(db_exec(db, "INSERT INTO schema_migrations VALUES "
	    "(999, '999_future.sql', 'now')", &err), 0);
	assert_int_equal(db_migrate(db, &err), -1);
	assert_non_null(strstr(err, "newer"));
	free(err);
	sqlite3_close(db);
}

struct embedded {
	const char	*name;
	const char	*data;
	size_t		 len;
};
extern const struct embedded db_migrations[];

/* A database made by the first version is migrated in place, its data kept. */
static void
test_db_migrates_older(void **state)
{
	sqlite3	*db = NULL;
	char	*err = NULL;
	int	 v;

	(void)state;
	assert_int_equal(db_open(":memory:", DB_OPEN_CREATE, &db, &err), 0);
	assert_string_equal(db_migrations[0].name, "001_init.sql");
	assert_int_equal(db_exec(db, db_migrations[0].data, &err), 0);
	assert_int_equal(db_exec(db, "CREATE TABLE schema_migrations (version "
	    "INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
	    "INSERT INTO schema_migrations VALUES (1, '001_init.sql', 'then');"
	    "INSERT INTO meta VALUES ('data_version', 'kept')", &err), 0);
	assert_int_equal(db_schema_version(db, &v, &err), 0);
	assert_int_equal(v, 1);
	assert_int_equal(db_migrate(db, &err), 0);
	assert_int_equal(db_schema_version(db, &v, &err), 0);
	assert_int_equal(v, db_latest_version());
	assert_true(v >= 2);
	assert_int_equal(count(db, "SELECT count(*) FROM meta WHERE value = 'kept'"), 1);
	assert_int_equal(count(db, "SELECT count(*) FROM schema_migrations"), v);
	sqlite3_close(db);
}

/*
 * A version 2 database, whose edges carried their whole JSON, is migrated
 * to narrow edges and the view gives back every edge's JSON unchanged.
 */
static void
test_db_migrates_cross_references(void **state)
{
	static const char *const edges[] = {
	    "{\"relation\":\"mentions\",\"source\":{\"id\":\"d1\",\"url\":"
	    "\"/v1/documents/d1\",\"name\":\"Café Opens\",\"type\":\"document\"},"
	    "\"target\":{\"id\":\"o1\",\"url\":\"/v1/organizations/o1\",\"name\":"
	    "\"Harbor Alliance\",\"type\":\"organization\"},\"evidence\":{"
	    "\"document\":{\"id\":\"d1\",\"url\":\"/v1/documents/d1\",\"title\":"
	    "\"Café Opens\",\"published\":null},\"snippet\":\"Harbor Alliance\","
	    "\"start\":7,\"end\":22}}",
	    "{\"relation\":\"quotes\",\"source\":{\"id\":\"d1\",\"url\":"
	    "\"/v1/documents/d1\",\"name\":\"Café Opens\",\"type\":\"document\"},"
	    "\"target\":{\"id\":\"p1\",\"url\":\"/v1/people/p1\",\"name\":"
	    "\"Rosa Quill\",\"type\":\"person\"},\"evidence\":{\"document\":{"
	    "\"id\":\"d1\",\"url\":\"/v1/documents/d1\",\"title\":\"Café Opens\","
	    "\"published\":null},\"snippet\":\"not \\\"the\\\" body\\n\",\"start\":0,"
	    "\"end\":3}}",
	    "{\"relation\":\"member_of\",\"source\":{\"id\":\"o1\",\"url\":"
	    "\"/v1/organizations/o1\",\"name\":\"Harbor Alliance\",\"type\":"
	    "\"organization\"},\"target\":{\"id\":\"o2\",\"url\":"
	    "\"/v1/organizations/o2\",\"name\":\"Bay Coalition\",\"type\":"
	    "\"organization\"},\"evidence\":null}",
	};
	sqlite3		*db = NULL;
	sqlite3_stmt	*st;
	char		*err = NULL, *got;
	size_t		 i;

	(void)state;
	assert_int_equal(db_open(":memory:", DB_OPEN_CREATE, &db, &err), 0);
	assert_string_equal(db_migrations[1].name, "002_sort_indexes.sql");
	assert_int_equal(db_exec(db, db_migrations[0].data, &err), 0);
	assert_int_equal(db_exec(db, db_migrations[1].data, &err), 0);
	assert_int_equal(db_exec(db, "CREATE TABLE schema_migrations (version "
	    "INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
	    "INSERT INTO schema_migrations VALUES (1, '001_init.sql', 'then');"
	    "INSERT INTO schema_migrations VALUES (2, '002_sort_indexes.sql', 'then');"
	    "INSERT INTO sources VALUES (1, '/a.txt', 'a.txt', 'x', 1, '{}', 'then');"
	    "INSERT INTO documents (rowid, id, source_id, title, kind, body, "
	    "word_count, json, item) VALUES (1, 'd1', 1, 'Café Opens', 'other', "
	    "'Café – Harbor Alliance said so.', 6, '{}', '{}')", &err), 0);
	for (i = 0; i < sizeof(edges) / sizeof(edges[0]); i++) {
		assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO cross_references "
		    "(relation, source_type, source, target_type, target, document_id, "
		    "json) VALUES (json_extract(?2, '$.relation'), 't', 's', 't', "
		    "'t', ?1, ?2)", -1, &st, NULL),
		    SQLITE_OK);
		if (i < 2)
			sqlite3_bind_int(st, 1, 1);
		sqlite3_bind_text(st, 2, edges[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	assert_int_equal(db_migrate(db, &err), 0);
	assert_int_equal(db_check(db, &err), 0);
	for (i = 0; i < sizeof(edges) / sizeof(edges[0]); i++) {
		char *sql = xasprintf("SELECT json FROM cross_references WHERE "
		    "rowid = %zu", i + 1);
		got = query1(db, sql);
		assert_non_null(got);
		assert_string_equal(got, edges[i]);
		free(got);
		free(sql);
	}
	/* each reference once; only the snippet that is not the body's kept */
	assert_int_equal(count(db, "SELECT count(*) FROM refs"), 5);
	assert_int_equal(count(db, "SELECT count(*) FROM cross_reference_edges "
	    "WHERE snippet IS NOT NULL"), 1);
	sqlite3_close(db);
}

/*
 * A version 3 database, whose document items repeated the body, the quotes
 * and the related documents' references, is migrated to slim items and the
 * view document_items gives back every item unchanged.
 */
static void
test_db_migrates_document_items(void **state)
{
	static const char *const items[] = {
	    "{\"id\":\"d1\",\"title\":\"Café Opens\",\"body\":\"Line \\\"one\\\"\\n\\n"
	    "Rosa said so.\",\"quotes\":[{\"id\":\"q1\",\"text\":\"so\"},{\"id\":"
	    "\"q2\",\"text\":\"more\"}],\"organizations\":[{\"id\":\"o1\"}],"
	    "\"people\":[],\"reports\":[],\"related\":[{\"document\":{\"id\":\"d2\","
	    "\"url\":\"/v1/documents/d2\",\"title\":\"Bay Deal\",\"published\":"
	    "\"2020-01-02\"},\"reason\":\"same speaker\"}]}",
	    "{\"id\":\"d2\",\"title\":\"Bay Deal\",\"body\":\"\",\"quotes\":[],"
	    "\"organizations\":[],\"people\":[{\"id\":\"p1\"}],\"reports\":[],"
	    "\"related\":[]}",
	};
	sqlite3		*db = NULL;
	char		*err = NULL, *got, *sql;
	size_t		 i;

	(void)state;
	assert_int_equal(db_open(":memory:", DB_OPEN_CREATE, &db, &err), 0);
	assert_string_equal(db_migrations[2].name,
	    "003_narrow_cross_references.sql");
	for (i = 0; i < 3; i++)
		assert_int_equal(db_exec(db, db_migrations[i].data, &err), 0);
	assert_int_equal(db_exec(db, "CREATE TABLE schema_migrations (version "
	    "INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
	    "INSERT INTO schema_migrations VALUES (1, '001_init.sql', 'then');"
	    "INSERT INTO schema_migrations VALUES (2, '002_sort_indexes.sql', 'then');"
	    "INSERT INTO schema_migrations VALUES (3, "
	    "'003_narrow_cross_references.sql', 'then');"
	    "INSERT INTO sources VALUES (1, '/a.txt', 'a.txt', 'x', 1, '{}', 'then');"
	    "INSERT INTO documents (rowid, id, source_id, title, kind, body, "
	    "word_count, json, item) VALUES (1, 'd1', 1, 'Café Opens', 'other', "
	    "'Line \"one\"\n\nRosa said so.', 5, "
	    "'{\"id\":\"d1\",\"title\":\"Café Opens\"}', ''),"
	    "(2, 'd2', 1, 'Bay Deal', 'other', '', 0, "
	    "'{\"id\":\"d2\",\"title\":\"Bay Deal\"}', '');"
	    "UPDATE documents SET published = '2020-01-02' WHERE rowid = 2;"
	    "INSERT INTO quotes (id, document_id, seq, text, speaker_type, json) "
	    "VALUES ('q2', 1, 2, 'more', 'person', '{\"id\":\"q2\",\"text\":\"more\"}'),"
	    "('q1', 1, 1, 'so', 'person', '{\"id\":\"q1\",\"text\":\"so\"}')", &err), 0);
	for (i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		sqlite3_stmt *st;

		assert_int_equal(sqlite3_prepare_v2(db, "UPDATE documents SET item = ? "
		    "WHERE rowid = ?", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_text(st, 1, items[i], -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 2, (int)i + 1);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	assert_int_equal(db_migrate(db, &err), 0);
	assert_int_equal(db_check(db, &err), 0);
	for (i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		sql = xasprintf("SELECT item FROM document_items WHERE rowid = %zu",
		    i + 1);
		got = query1(db, sql);
		assert_non_null(got);
		assert_string_equal(got, items[i]);
		free(got);
		free(sql);
	}
	/* the body, the quotes and the related references are no longer copied */
	assert_int_equal(count(db, "SELECT count(*) FROM documents WHERE "
	    "instr(item, 'Rosa') OR instr(item, 'q1') OR instr(item, 'Bay')"), 0);
	got = query1(db, "SELECT related FROM documents WHERE rowid = 1");
	assert_string_equal(got, "[[2,\"same speaker\"]]");
	free(got);
	/*
	 * Version 6: ids are unique by indexes a load can drop and build
	 * again, the rows and their rowids as they were.
	 */
	assert_int_equal(count(db, "SELECT count(*) FROM sqlite_master WHERE "
	    "name LIKE 'sqlite_autoindex_%' AND tbl_name <> 'sources'"), 0);
	assert_int_equal(count(db, "SELECT count(*) FROM sqlite_master WHERE "
	    "type = 'index' AND name IN ('documents_id', 'quotes_id', "
	    "'organizations_id', 'people_id', 'reports_id') AND "
	    "sql LIKE 'CREATE UNIQUE INDEX%'"), 5);
	assert_int_equal(count(db, "SELECT count(*) FROM quotes WHERE rowid = 2 "
	    "AND id = 'q1' AND document_id = 1"), 1);
	assert_int_equal(db_exec(db, "INSERT INTO quotes (id, document_id, seq, "
	    "text, speaker_type, json) VALUES ('q1', 1, 2, 'again', 'person', "
	    "'{}')", &err), -1);
	assert_non_null(strstr(err, "UNIQUE constraint failed: quotes.id"));
	free(err);
	sqlite3_close(db);
}

/*
 * The reference check of bulk loads finds a row pointing past the end of a
 * table numbered 1 to n (checked by range) and one pointing at a missing
 * source (a table with gaps, checked by SQLite), and passes a sound database.
 */
static void
test_store_fk_check(void **state)
{
	sqlite3	*db = new_db();
	char	*err = NULL;

	(void)state;
	assert_int_equal(db_exec(db, "PRAGMA foreign_keys = OFF;"
	    "INSERT INTO sources VALUES (1, '/a.txt', 'a.txt', 'x', 1, '{}', 'then');"
	    "INSERT INTO sources VALUES (3, '/c.txt', 'c.txt', 'y', 1, '{}', 'then');"
	    "INSERT INTO documents (rowid, id, source_id, title, kind, body, "
	    "word_count, json, item) VALUES (1, 'd1', 1, 'A', 'other', '', 0, "
	    "'{}', '{}'), (2, 'd2', 3, 'B', 'other', '', 0, '{}', '{}');"
	    "INSERT INTO citations (report_id, document_id, json) VALUES "
	    "(1, 2, '{}');"
	    "INSERT INTO reports (rowid, id, title, search, json, item) VALUES "
	    "(1, 'r1', 'R', 'R', '{}', '{}')", &err), 0);
	assert_int_equal(store_fk_check(db, &err), 0);
	assert_int_equal(db_exec(db, "INSERT INTO citations (report_id, "
	    "document_id, json) VALUES (1, 3, '{}')", &err), 0);
	assert_int_equal(store_fk_check(db, &err), -1);
	assert_non_null(strstr(err, "citations"));
	free(err);
	err = NULL;
	assert_int_equal(db_exec(db, "DELETE FROM citations WHERE document_id = 3;"
	    "UPDATE documents SET source_id = 2 WHERE rowid = 2", &err), 0);
	assert_int_equal(store_fk_check(db, &err), -1);
	assert_non_null(strstr(err, "documents"));
	assert_non_null(strstr(err, "sources"));
	free(err);
	sqlite3_close(db);
}

static const char doc_accents[] =
    "{\"documents\":[{\"title\":\"Café Owners Join Harbor Alliance\","
    "\"kind\":\"press_release\",\"published\":\"2020-03-04\","
    "\"publisher\":null,\"body\":\"Café – owners joined Harbor Alliance.\","
    "\"word_count\":5,\"start\":0,\"end\":10,"
    "\"organizations\":[{\"name\":\"Harbor Alliance\",\"aliases\":[],"
    "\"kind\":\"advocacy\",\"mentions\":1,\"evidence\":{\"snippet\":"
    "\"Harbor Alliance\",\"start\":21,\"end\":36}},"
    "{\"name\":\"Bay Fund\",\"aliases\":[],\"kind\":\"advocacy\","
    "\"mentions\":1,\"evidence\":{\"snippet\":\"the Bay Fund\",\"start\":0,"
    "\"end\":4}}],"
    "\"people\":[],\"quotes\":[],\"coalitions\":[],\"reports\":[]}]}";

/*
 * An organization the extractor found no span for ("evidence": null) gives
 * a mentions edge with null evidence and no evidence document; one with a
 * span gives that span.
 */
static void
test_store_evidence_null(void **state)
{
	static const char doc[] =
	    "{\"documents\":[{\"title\":\"Port Board Meets\","
	    "\"kind\":\"press_release\",\"published\":\"2020-03-04\","
	    "\"publisher\":null,\"body\":\"The Harbor Alliance spoke.\","
	    "\"word_count\":4,\"start\":0,\"end\":10,"
	    "\"organizations\":[{\"name\":\"Harbor Alliance\",\"aliases\":[],"
	    "\"kind\":\"advocacy\",\"mentions\":1,\"evidence\":{\"snippet\":"
	    "\"Harbor Alliance\",\"start\":4,\"end\":19}},"
	    "{\"name\":\"Tide Fund\",\"aliases\":[],\"kind\":\"advocacy\","
	    "\"mentions\":1,\"evidence\":null}],"
	    "\"people\":[],\"quotes\":[],\"coalitions\":[],\"reports\":[]}]}";
	sqlite3	*db = new_db();
	char	*got;

	(void)state;
	add_source(db, "/a.txt", "s1", doc);
	rebuild(db);
	got = query1(db, "SELECT json_extract(json, '$.evidence') IS NULL FROM "
	    "cross_references WHERE target = 'tide-fund'");
	assert_string_equal(got, "1");
	free(got);
	assert_int_equal(count(db, "SELECT count(*) FROM cross_references WHERE "
	    "target = 'tide-fund' AND document_id IS NULL"), 1);
	got = query1(db, "SELECT json_extract(json, '$.evidence.snippet') FROM "
	    "cross_references WHERE target = 'harbor-alliance'");
	assert_string_equal(got, "Harbor Alliance");
	free(got);
	sqlite3_close(db);
}

/*
 * The store keeps an evidence snippet only when it is not the body's text
 * at its character offsets, which the view then cuts from the body.
 */
static void
test_store_snippets_from_body(void **state)
{
	sqlite3	*db = new_db();
	char	*got;

	(void)state;
	add_source(db, "/accents.txt", "s1", doc_accents);
	rebuild(db);
	assert_int_equal(count(db, "SELECT count(*) FROM cross_reference_edges "
	    "WHERE relation = 'mentions'"), 2);
	assert_int_equal(count(db, "SELECT count(*) FROM cross_reference_edges "
	    "WHERE snippet IS NOT NULL"), 1);
	got = query1(db, "SELECT json_extract(json, '$.evidence.snippet') FROM "
	    "cross_references WHERE target = 'harbor-alliance'");
	assert_non_null(got);
	assert_string_equal(got, "Harbor Alliance");
	free(got);
	got = query1(db, "SELECT json_extract(json, '$.evidence.snippet') FROM "
	    "cross_references WHERE target = 'bay-fund'");
	assert_non_null(got);
	assert_string_equal(got, "the Bay Fund");
	free(got);
	sqlite3_close(db);
}

/* Returns an extraction of one dated document naming two organizations. */
static char *
event_doc(const char *title, const char *date, const char *publisher,
    const char *other)
{
	return xasprintf("{\"documents\":[{\"title\":\"%s\",\"kind\":"
	    "\"press_release\",\"published\":\"%s\",\"publisher\":\"%s\","
	    "\"body\":\"Text.\",\"word_count\":1,\"start\":0,\"end\":5,"
	    "\"organizations\":[{\"name\":\"%s\",\"aliases\":[],\"kind\":"
	    "\"advocacy\",\"mentions\":1},{\"name\":\"%s\",\"aliases\":[],"
	    "\"kind\":\"government\",\"mentions\":1}],\"people\":[],"
	    "\"quotes\":[],\"coalitions\":[],\"reports\":[]}]}", title, date,
	    publisher, publisher, other);
}

/*
 * Documents a day apart naming the same body, not their publisher, are
 * related as the same event; a week apart, or sharing only a publisher,
 * they are not.
 */
static void
test_store_same_event(void **state)
{
	sqlite3	*db = new_db();
	char	*a, *b, *c, *e, *got;

	(void)state;
	a = event_doc("Alliance Responds to Port Board Vote", "2021-05-03",
	    "Harbor Alliance", "Port Board");
	b = event_doc("Fishers Decry Port Board Vote", "2021-05-04",
	    "Fishers Union", "Port Board");
	c = event_doc("Port Board Sets Budget", "2021-05-11", "Tenants Fund",
	    "Port Board");
	e = event_doc("Alliance Hires Director", "2021-05-03", "Harbor Alliance",
	    "Grange Hall");
	add_source(db, "/a.txt", "s1", a);
	add_source(db, "/b.txt", "s2", b);
	add_source(db, "/c.txt", "s3", c);
	add_source(db, "/e.txt", "s4", e);
	rebuild(db);
	got = query1(db, "SELECT json_extract(i.item, '$.related') FROM "
	    "document_items i JOIN documents d ON d.rowid = i.rowid WHERE d.title = "
	    "'Alliance Responds to Port Board Vote'");
	assert_non_null(got);
	assert_non_null(strstr(got, "Fishers Decry Port Board Vote"));
	assert_non_null(strstr(got, "\"same event\""));
	assert_null(strstr(got, "Port Board Sets Budget"));
	assert_null(strstr(got, "Alliance Hires Director"));
	free(got);
	free(a);
	free(b);
	free(c);
	free(e);
	sqlite3_close(db);
}

/* Writes a file into dir and returns its new path. */
static char *
write_file(const char *dir, const char *name, const void *data, size_t len)
{
	char	*path = xasprintf("%s/%s", dir, name);
	FILE	*f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

/* Each kind of bad file is refused with the file and the reason in the message. */
static void
test_source_refuses(void **state)
{
	struct source	 src;
	char		 dir[] = "/tmp/pr-test-XXXXXX", *p, *err = NULL, *big;
	static const struct {
		const char	*name, *data;
		size_t		 len;
		const char	*reason;
	} cases[] = {
		{ "latin1.txt", "caf\xe9", 4, "not UTF-8" },
		{ "nul.txt", "a\0b", 3, "NUL byte" },
		{ "empty.txt", "", 0, "empty" },
	};
	size_t	i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		p = write_file(dir, cases[i].name, cases[i].data, cases[i].len);
		assert_int_equal(source_read(p, &src, &err), -1);
		assert_non_null(strstr(err, cases[i].name));
		assert_non_null(strstr(err, cases[i].reason));
		free(err);
		unlink(p);
		free(p);
	}
	big = xmalloc(PRESSROOM_MAX_FILE + 1);
	memset(big, 'a', PRESSROOM_MAX_FILE + 1);
	p = write_file(dir, "big.txt", big, PRESSROOM_MAX_FILE + 1);
	free(big);
	assert_int_equal(source_read(p, &src, &err), -1);
	assert_non_null(strstr(err, "too large"));
	free(err);
	unlink(p);
	free(p);
	p = xasprintf("%s/missing.txt", dir);
	assert_int_equal(source_read(p, &src, &err), -1);
	assert_non_null(strstr(err, "missing.txt: no such file"));
	free(err);
	free(p);
	p = write_file(dir, "ok.txt", "caf\xc3\xa9\n", 6);
	assert_int_equal(source_read(p, &src, &err), 0);
	assert_string_equal(src.name, "ok.txt");
	assert_int_equal(src.len, 6);
	source_free(&src);
	unlink(p);
	free(p);
	rmdir(dir);
}

/* A load with one bad file stores nothing, even the good ones given before it. */
static void
test_store_load_all_or_nothing(void **state)
{
	struct load_stats st;
	sqlite3	*db = new_db();
	char	 dir[] = "/tmp/pr-test-XXXXXX", *good, *bad, *err = NULL;
	char	*paths[2];
	static const char release[] =
	    "Harbor Alliance\n\nHarbor Alliance Sues Over Dredging\n\n"
	    "March 4, 2020\n\nBAYTOWN, Calif. — Today the Harbor Alliance sued.\n";

	(void)state;
	assert_non_null(mkdtemp(dir));
	good = write_file(dir, "good.txt", release, sizeof(release) - 1);
	bad = write_file(dir, "bad.txt", "\xff\xfe", 2);
	paths[0] = good;
	paths[1] = bad;
	assert_int_equal(store_load(db, paths, 2, &st, &err), -1);
	assert_non_null(strstr(err, "bad.txt"));
	free(err);
	assert_int_equal(count(db, "SELECT count(*) FROM sources"), 0);
	assert_int_equal(count(db, "SELECT count(*) FROM documents"), 0);
	/* The good file alone loads; loading it again changes nothing. */
	assert_int_equal(store_load(db, paths, 1, &st, &err), 0);
	assert_int_equal(st.added, 1);
	assert_true(st.documents >= 1);
	assert_int_equal(store_load(db, paths, 1, &st, &err), 0);
	assert_int_equal(st.unchanged, 1);
	assert_int_equal(st.added + st.replaced, 0);
	unlink(good);
	unlink(bad);
	free(good);
	free(bad);
	rmdir(dir);
	sqlite3_close(db);
}

/*
 * Files are read and extracted by several threads ahead of the one that
 * writes: many files, more than are read ahead, still load all or nothing,
 * the first bad file in the list is the one named, and a second load of the
 * same files sorts them into unchanged, replaced and added.
 */
#define MANY	300

static void
many_release(char *buf, size_t len, int i, const char *extra)
{
	snprintf(buf, len, "Harbor Alliance %d\n\nHarbor Alliance %d Sues Over "
	    "Dredging\n\nMarch %d, 2020\n\nBAYTOWN, Calif. — Today the Harbor "
	    "Alliance %d sued the Port of Baytown.%s\n", i, i, 1 + i % 28, i,
	    extra);
}

/* Removes and frees the n files of paths. */
static void
many_remove(char **paths, int n)
{
	int	i;

	for (i = 0; i < n; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
}

static void
test_store_load_many(void **state)
{
	struct load_stats st;
	sqlite3	*db = new_db();
	char	 dir[] = "/tmp/pr-test-XXXXXX", name[32], text[512], *err = NULL;
	char	*paths[MANY + 1];
	int	 i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "r%03d.txt", i);
		many_release(text, sizeof(text), i, "");
		if (i == 150 || i == 250)
			text[10] = '\xff';
		paths[i] = write_file(dir, name, text, strlen(text));
	}
	assert_int_equal(store_load(db, paths, MANY, &st, &err), -1);
	assert_non_null(strstr(err, "r150.txt"));
	assert_null(strstr(err, "r250.txt"));
	free(err);
	err = NULL;
	assert_int_equal(count(db, "SELECT count(*) FROM sources"), 0);
	/* Mend the two; all load, in the order given. */
	for (i = 150; i <= 250; i += 100) {
		free(paths[i]);
		snprintf(name, sizeof(name), "r%03d.txt", i);
		many_release(text, sizeof(text), i, "");
		paths[i] = write_file(dir, name, text, strlen(text));
	}
	assert_int_equal(store_load(db, paths, MANY, &st, &err), 0);
	assert_int_equal(st.added, MANY);
	assert_int_equal(count(db, "SELECT count(*) FROM sources"), MANY);
	assert_int_equal(count(db, "SELECT count(*) FROM documents"), MANY);
	/* One changed, one new, the rest as they were. */
	free(paths[7]);
	many_release(text, sizeof(text), 7, " It also sued the county.");
	paths[7] = write_file(dir, "r007.txt", text, strlen(text));
	many_release(text, sizeof(text), MANY, "");
	paths[MANY] = write_file(dir, "new.txt", text, strlen(text));
	assert_int_equal(store_load(db, paths, MANY + 1, &st, &err), 0);
	assert_int_equal(st.unchanged, MANY - 1);
	assert_int_equal(st.replaced, 1);
	assert_int_equal(st.added, 1);
	assert_int_equal(count(db, "SELECT count(*) FROM sources"), MANY + 1);
	many_remove(paths, MANY + 1);
	rmdir(dir);
	sqlite3_close(db);
}

/*
 * Rows are written on a thread of their own while the next are built: a
 * statement failing there, with batches after it in flight, fails the load
 * with SQLite's reason, and the database is exactly as before it.
 */
static void
test_store_write_fails_midway(void **state)
{
	struct load_stats st;
	sqlite3	*db = new_db();
	char	 dir[] = "/tmp/pr-test-XXXXXX", name[32], text[512], *err = NULL;
	char	*paths[MANY + 1], *before, *after;
	int	 i, edges;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "r%03d.txt", i);
		many_release(text, sizeof(text), i, "");
		paths[i] = write_file(dir, name, text, strlen(text));
	}
	assert_int_equal(store_load(db, paths, MANY, &st, &err), 0);
	edges = count(db, "SELECT count(*) FROM cross_reference_edges");
	assert_true(edges > 200);
	before = query1(db, "SELECT value FROM meta WHERE key = 'data_version'");
	assert_non_null(before);
	assert_int_equal(sqlite3_exec(db, "CREATE TRIGGER edges_full BEFORE "
	    "INSERT ON cross_reference_edges WHEN (SELECT count(*) FROM "
	    "cross_reference_edges) >= 100 BEGIN SELECT RAISE(ABORT, 'no room "
	    "for more edges'); END", NULL, NULL, NULL), SQLITE_OK);
	many_release(text, sizeof(text), MANY, "");
	paths[MANY] = write_file(dir, "new.txt", text, strlen(text));
	assert_int_equal(store_load(db, paths, MANY + 1, &st, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "storing a cross-reference: no room for more "
	    "edges"));
	free(err);
	err = NULL;
	assert_int_equal(count(db, "SELECT count(*) FROM sources"), MANY);
	assert_int_equal(count(db, "SELECT count(*) FROM documents"), MANY);
	assert_int_equal(count(db, "SELECT count(*) FROM cross_reference_edges"),
	    edges);
	assert_int_equal(count(db, "SELECT count(*) FROM sqlite_master WHERE "
	    "type = 'index' AND name = 'cross_references_source'"), 1);
	after = query1(db, "SELECT value FROM meta WHERE key = 'data_version'");
	assert_string_equal(after, before);
	free(after);
	/* Room again: the same load goes through. */
	assert_int_equal(sqlite3_exec(db, "DROP TRIGGER edges_full", NULL, NULL,
	    NULL), SQLITE_OK);
	assert_int_equal(store_load(db, paths, MANY + 1, &st, &err), 0);
	assert_int_equal(st.added, 1);
	assert_int_equal(count(db, "SELECT count(*) FROM documents"), MANY + 1);
	many_remove(paths, MANY + 1);
	free(before);
	rmdir(dir);
	sqlite3_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_merges_variants),
		cmocka_unit_test(test_store_ids_stable),
		cmocka_unit_test(test_store_attribution_line),
		cmocka_unit_test(test_store_ambiguous_acronym),
		cmocka_unit_test(test_db_migrations),
		cmocka_unit_test(test_db_migrates_older),
		cmocka_unit_test(test_source_refuses),
		cmocka_unit_test(test_store_load_all_or_nothing),
		cmocka_unit_test(test_store_load_many),
		cmocka_unit_test(test_store_write_fails_midway),
		cmocka_unit_test(test_db_migrates_cross_references),
		cmocka_unit_test(test_db_migrates_document_items),
		cmocka_unit_test(test_store_fk_check),
		cmocka_unit_test(test_store_evidence_null),
		cmocka_unit_test(test_store_snippets_from_body),
		cmocka_unit_test(test_store_same_event),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
