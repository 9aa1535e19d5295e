/*
 * The database: opening it, its schema migrations, the source files fed to it
 * and the store that turns extractions into rows.
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>
#include <sqlite3.h>

#define DB_OPEN_READONLY	0x01	/* serve: never write */
#define DB_OPEN_CREATE		0x02	/* load, migrate: create if missing */
#define DB_OPEN_RECOVER		0x04	/* check: writable file, read-only SQL */

/* A source file read into memory and checked: UTF-8, no NUL, not empty, <= 10 MiB. */
struct source {
	char	*path;		/* canonical path */
	char	*name;		/* base name */
	char	*text;		/* len bytes and a NUL */
	size_t	 len;
	char	 sha256[65];
};

/* What a load did. */
struct load_stats {
	size_t	files;		/* files given (after expanding directories) */
	size_t	added;		/* new files */
	size_t	replaced;	/* files whose content changed */
	size_t	unchanged;	/* files loaded before with the same content */
	size_t	documents;	/* documents in the database afterwards */
	double	read_ms;	/* reading, checking and extracting files */
	double	store_ms;	/* writing sources and rebuilding the tables */
};

/* db.c */
int	 db_open(const char *, int, sqlite3 **, char **);
int	 db_migrate(sqlite3 *, char **);
int	 db_fk_enabled(sqlite3 *);
int	 db_hot_journal(const char *);
int	 db_schema_version(sqlite3 *, int *, char **);
int	 db_latest_version(void);
int	 db_check(sqlite3 *, char **);
int	 db_exec(sqlite3 *, const char *, char **);

/* source.c */
int	 source_check(const char *, const char *, size_t, char **);
int	 source_read(const char *, struct source *, char **);
void	 source_free(struct source *);
int	 source_expand(char *const *, size_t, char ***, size_t *, char **);
void	 source_list_free(char **, size_t);

/* store.c */
int	 store_load(sqlite3 *, char *const *, size_t, struct load_stats *, char **);
int	 store_rebuild(sqlite3 *, char **);
int	 store_fk_check(sqlite3 *, char **);

#endif
