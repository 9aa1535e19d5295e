/*
 * Opening the database and migrating its schema.  Migrations are the numbered
 * SQL files of migrations/, compiled into the binary; the missing ones are
 * applied together in one transaction, each recorded in schema_migrations.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "db.h"

struct embedded {
	const char	*name;
	const char	*data;
	size_t		 len;
};
extern const struct embedded db_migrations[];

/* Returns the version number a migration's file name starts with ("001_x.sql" → 1). */
static int
db_migration_version(const char *name)
{
	return atoi(name);
}

/* Returns the newest schema version this binary knows. */
int
db_latest_version(void)
{
	int	i, v, latest = 0;

	for (i = 0; db_migrations[i].name != NULL; i++)
		if ((v = db_migration_version(db_migrations[i].name)) > latest)
			latest = v;
	return latest;
}

/* Runs SQL that returns no rows; on failure sets *err to a new message. */
int
db_exec(sqlite3 *db, const char *sql, char **err)
{
	char	*msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		*err = xasprintf("%s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/*
 * Opens path (a file name or a "file:" URI) for one thread at a time (a load
 * lends its connection to the thread that writes rows, then takes it back).
 * Read-only connections also refuse writes at the SQL level.  DB_OPEN_RECOVER
 * opens the file writable (read-only when its permissions say so) but refuses
 * writes at the SQL level: SQLite can then roll back the journal a load
 * killed half-way left behind, which a read-only connection cannot.  On
 * failure sets *err.
 */
int
db_open(const char *path, int flags, sqlite3 **out, char **err)
{
	sqlite3	*db = NULL;
	int	 oflags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;

	if (flags & DB_OPEN_READONLY)
		oflags |= SQLITE_OPEN_READONLY;
	else
		oflags |= SQLITE_OPEN_READWRITE;
	if (flags & DB_OPEN_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db, oflags, NULL) != SQLITE_OK) {
		*err = xasprintf("%s: %s", path,
		    db ? sqlite3_errmsg(db) : "cannot open database");
		goto fail;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 5000);
	if (db_exec(db, "PRAGMA foreign_keys = ON", err) == -1)
		goto fail;
	/*
	 * Documents and their JSON forms run to kilobytes: larger pages keep
	 * a row on one page and halve the B-tree work of a load.  Takes effect
	 * only when the file is new.
	 */
	if ((flags & DB_OPEN_CREATE) &&
	    db_exec(db, "PRAGMA page_size = 16384", err) == -1)
		goto fail;
	if ((flags & (DB_OPEN_READONLY | DB_OPEN_RECOVER)) &&
	    db_exec(db, "PRAGMA query_only = ON", err) == -1)
		goto fail;
	*out = db;
	return 0;
fail:
	sqlite3_close(db);
	return -1;
}

/*
 * Returns 1 when path has a journal beside it that is not empty: a load was
 * killed half-way, and the first writable connection rolls it back.
 */
int
db_hot_journal(const char *path)
{
	struct stat	 st;
	char		*j = xasprintf("%s-journal", path);
	int		 hot = stat(j, &st) == 0 && st.st_size > 0;

	free(j);
	return hot;
}

/* Sets *version to the newest migration applied to db (0 for an empty database). */
int
db_schema_version(sqlite3 *db, int *version, char **err)
{
	sqlite3_stmt	*st = NULL;
	int		 rc;

	*version = 0;
	rc = sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE "
	    "type = 'table' AND name = 'schema_migrations'", -1, &st, NULL);
	if (rc != SQLITE_OK)
		goto fail;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	st = NULL;
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		goto fail;
	if (sqlite3_prepare_v2(db, "SELECT coalesce(max(version), 0) FROM "
	    "schema_migrations", -1, &st, NULL) != SQLITE_OK)
		goto fail;
	if (sqlite3_step(st) != SQLITE_ROW)
		goto fail;
	*version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return 0;
fail:
	*err = xasprintf("reading the schema version: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return -1;
}

/* Applies one migration and records it, inside the caller's transaction. */
static int
db_apply(sqlite3 *db, const struct embedded *m, int version, char **err)
{
	sqlite3_stmt	*st = NULL;
	char		*msg = NULL;

	if (db_exec(db, m->data, &msg) == -1) {
		*err = xasprintf("migration %s: %s", m->name, msg);
		free(msg);
		return -1;
	}
	if (sqlite3_prepare_v2(db, "INSERT INTO schema_migrations (version, name, "
	    "applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
	    -1, &st, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_int(st, 1, version);
	sqlite3_bind_text(st, 2, m->name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	sqlite3_finalize(st);
	return 0;
fail:
	*err = xasprintf("migration %s: %s", m->name, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return -1;
}

/* Returns 1 if db enforces foreign keys (and if it cannot tell). */
int
db_fk_enabled(sqlite3 *db)
{
	sqlite3_stmt	*st;
	int		 on = 1;

	if (sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &st, NULL) ==
	    SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		on = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return on;
}

/* Fails, naming the table, if a row points at one that is not there. */
static int
db_fk_none_broken(sqlite3 *db, const char *what, char **err)
{
	sqlite3_stmt	*st = NULL;
	int		 rc;

	if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, NULL) !=
	    SQLITE_OK) {
		*err = xasprintf("%s: %s", what, sqlite3_errmsg(db));
		return -1;
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*err = xasprintf("%s: table %s has a row pointing nowhere", what,
		    (const char *)sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		*err = xasprintf("%s: %s", what, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Refuses a database from a newer pressroomd; returns -1. */
static int
db_too_new(int current, int latest, char **err)
{
	*err = xasprintf("the database has schema version %d, newer than this "
	    "pressroomd knows (%d): use a newer pressroomd", current, latest);
	return -1;
}

/*
 * Brings db's schema to the newest version, applying each missing migration in
 * order, all in one transaction: if one fails, the database stays exactly at
 * the version it had (and a new file is created with one sync, not one per
 * migration).  A migration may rebuild a table (copy it, drop it, rename the
 * copy), which enforced foreign keys would refuse half-way: they are off
 * while the migrations run, and every key is checked before the commit.  A
 * database from a newer pressroomd is refused, untouched.
 */
int
db_migrate(sqlite3 *db, char **err)
{
	int	current, latest = db_latest_version(), v, i, fk, rc = -1;

	/* Up to date, or too new: no write lock taken. */
	if (db_schema_version(db, &current, err) == -1)
		return -1;
	if (current == latest)
		return 0;
	if (current > latest)
		return db_too_new(current, latest, err);
	fk = db_fk_enabled(db);
	if (db_exec(db, "PRAGMA foreign_keys = OFF", err) == -1)
		return -1;
	if (db_exec(db, "BEGIN IMMEDIATE", err) == -1)
		goto out;
	if (db_exec(db, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
	    "applied_at TEXT NOT NULL)", err) == -1 ||
	    db_schema_version(db, &current, err) == -1)
		goto fail;
	if (current > latest) {
		db_too_new(current, latest, err);
		goto fail;
	}
	for (v = current + 1; v <= latest; v++)
		for (i = 0; db_migrations[i].name != NULL; i++)
			if (db_migration_version(db_migrations[i].name) == v &&
			    db_apply(db, &db_migrations[i], v, err) == -1)
				goto fail;
	if (db_fk_none_broken(db, "migrating", err) == -1 ||
	    db_exec(db, "COMMIT", err) == -1)
		goto fail;
	rc = 0;
	goto out;
fail:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
out:
	if (fk)
		sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	return rc;
}

/* Verifies the database: schema version, SQLite's integrity and foreign keys. */
int
db_check(sqlite3 *db, char **err)
{
	sqlite3_stmt	*st = NULL;
	const char	*res;
	int		 version;

	if (db_schema_version(db, &version, err) == -1)
		return -1;
	if (version != db_latest_version()) {
		if (version > db_latest_version())
			*err = xasprintf("schema version %d is newer than this "
			    "pressroomd knows (%d): use a newer pressroomd",
			    version, db_latest_version());
		else
			*err = xasprintf("schema version %d, this pressroomd "
			    "expects %d: run pressroomd migrate", version,
			    db_latest_version());
		return -1;
	}
	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) !=
	    SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
		goto sqlfail;
	res = (const char *)sqlite3_column_text(st, 0);
	if (res == NULL || strcmp(res, "ok") != 0) {
		*err = xasprintf("integrity check: %s", res ? res : "failed");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return db_fk_none_broken(db, "foreign key check", err);
sqlfail:
	*err = xasprintf("check: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return -1;
}
