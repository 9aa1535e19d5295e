/*
 * pressroomd: the command line.  One binary: serve the API, load releases
 * into a database, show what the extractor makes of a file, migrate and check
 * a database.
 */
#include <sys/stat.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "build_config.h"
#include "config.h"
#include "pressroom.h"
#include "db.h"
#include "extract.h"
#include "http.h"

#define DEFAULT_CONFIG	"/etc/pressroom/pressroomd.conf"

/* Prints how to call pressroomd. */
static void
usage(FILE *f)
{
	fprintf(f,
	    "usage: pressroomd serve [--db FILE] [--load PATH]... [--listen ADDR:PORT[,...]]\n"
	    "                        [--config FILE] [--set KEY=VALUE]... [--check-config]\n"
	    "       pressroomd load --db FILE PATH...\n"
	    "       pressroomd extract FILE...\n"
	    "       pressroomd migrate --db FILE\n"
	    "       pressroomd check --db FILE\n"
	    "       pressroomd --version | --help\n"
	    "\n"
	    "serve    answer the HTTP API.  With no db, builds an in-memory database\n"
	    "         from --load PATHs, or from the bundled corpus.\n"
	    "         --check-config (-n) prints the effective settings and exits.\n"
	    "load     create or migrate FILE, then load text files (a directory stands\n"
	    "         for every *.txt below it) in one transaction: all or nothing.\n"
	    "extract  print what the loader would extract, as JSON; touches no database.\n"
	    "migrate  bring FILE's schema to this version.\n"
	    "check    verify FILE: schema version, integrity, foreign keys.\n"
	    "\n"
	    "serve settings: defaults, then the config file (%s,\n"
	    "or --config FILE, or $PRESSROOM_CONFIG; lines of key = value), then\n"
	    "PRESSROOM_<KEY> environment variables, then flags (--db, --listen,\n"
	    "--set KEY=VALUE); a later source wins:\n", DEFAULT_CONFIG);
	config_help(f);
	fprintf(f,
	    "\n"
	    "signals: SIGTERM, SIGINT stop accepting, let requests in flight finish\n"
	    "(shutdown_timeout) and exit 0; SIGHUP reopens the database (or rebuilds\n"
	    "the in-memory one) and re-reads the config file, switching only if both\n"
	    "are good.  Under systemd: Type=notify, WatchdogSec=, journald priorities.\n"
	    "See pressroomd(8).\n");
}

/* Returns the bundled corpus directory: $PRESSROOM_DATA, the source tree's, or the installed one. */
static const char *
main_data_dir(void)
{
	struct stat	 st;
	const char	*env = getenv("PRESSROOM_DATA");

	if (env && *env)
		return env;
	if (stat(PRESSROOM_SOURCE_DATADIR, &st) == 0 && S_ISDIR(st.st_mode))
		return PRESSROOM_SOURCE_DATADIR;
	return PRESSROOM_DATADIR;
}

/* Parses the --db option of a subcommand; returns the path or NULL with a message. */
static const char *
main_db_option(int argc, char *argv[], int *first)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char	*db = NULL;
	int		 c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			db = optarg;
			break;
		case 'h':
			usage(stdout);
			exit(0);
		default:
			usage(stderr);
			exit(2);
		}
	}
	if (db == NULL) {
		fprintf(stderr, "pressroomd %s: --db FILE is required\n", argv[0]);
		exit(2);
	}
	*first = optind;
	return db;
}

/* pressroomd load --db FILE PATH... */
static int
cmd_load(int argc, char *argv[])
{
	struct load_stats	 st;
	sqlite3			*db = NULL;
	const char		*path;
	char			*err = NULL;
	int			 first;

	path = main_db_option(argc, argv, &first);
	if (first >= argc) {
		fprintf(stderr, "pressroomd load: no files to load\n");
		return 2;
	}
	if (db_open(path, DB_OPEN_CREATE, &db, &err) == -1 ||
	    db_migrate(db, &err) == -1 ||
	    store_load(db, argv + first, (size_t)(argc - first), &st, &err) == -1) {
		fprintf(stderr, "pressroomd load: %s\n", err);
		/* SQLite says "database or disk is full": say which, and where */
		if (strstr(err, sqlite3_errstr(SQLITE_FULL)))
			fprintf(stderr, "pressroomd load: the disk is full: no "
			    "space left for %s and its journal on the file "
			    "system that holds it\n", path);
		fprintf(stderr, "pressroomd load: nothing was changed in %s\n", path);
		free(err);
		sqlite3_close(db);
		return 1;
	}
	printf("%s: %zu files: %zu added, %zu replaced, %zu unchanged; "
	    "%zu documents (read and extract %.0f ms, store %.0f ms)\n", path,
	    st.files, st.added, st.replaced, st.unchanged, st.documents,
	    st.read_ms, st.store_ms);
	sqlite3_close(db);
	return 0;
}

/* pressroomd extract FILE...: one JSON object per file, an array if several. */
static int
cmd_extract(int argc, char *argv[])
{
	struct source	 src;
	json_t		*all, *x;
	char		*err = NULL;
	int		 i;

	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	all = json_array();
	for (i = 1; i < argc; i++) {
		if (source_read(argv[i], &src, &err) == -1 ||
		    (x = extract_text(src.name, src.text, src.len, &err)) == NULL) {
			fprintf(stderr, "pressroomd extract: %s\n", err);
			free(err);
			source_free(&src);
			json_decref(all);
			return 1;
		}
		json_object_set_new(x, "sha256", json_string(src.sha256));
		json_array_append_new(all, x);
		source_free(&src);
	}
	json_dumpf(argc == 2 ? json_array_get(all, 0) : all, stdout,
	    JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(all);
	return 0;
}

/* pressroomd migrate --db FILE */
static int
cmd_migrate(int argc, char *argv[])
{
	sqlite3		*db = NULL;
	const char	*path;
	char		*err = NULL;
	int		 first, before, after;

	path = main_db_option(argc, argv, &first);
	if (db_open(path, DB_OPEN_CREATE, &db, &err) == -1 ||
	    db_schema_version(db, &before, &err) == -1 ||
	    db_migrate(db, &err) == -1 ||
	    db_schema_version(db, &after, &err) == -1) {
		fprintf(stderr, "pressroomd migrate: %s\n", err);
		free(err);
		sqlite3_close(db);
		return 1;
	}
	if (before == after)
		printf("%s: schema version %d, up to date\n", path, after);
	else
		printf("%s: schema version %d -> %d\n", path, before, after);
	sqlite3_close(db);
	return 0;
}

/* pressroomd check --db FILE */
static int
cmd_check(int argc, char *argv[])
{
	sqlite3		*db = NULL;
	const char	*path;
	char		*err = NULL;
	int		 first;

	path = main_db_option(argc, argv, &first);
	if (access(path, R_OK) == -1) {
		fprintf(stderr, "pressroomd check: %s: no such database\n", path);
		return 1;
	}
	/*
	 * A load killed half-way leaves a hot journal; the first read rolls
	 * it back (the database is then exactly as before that load), which
	 * takes a writable file.  Said so, since check otherwise writes nothing.
	 */
	if (db_hot_journal(path))
		printf("%s: rolling back an interrupted load (%s-journal)\n",
		    path, path);
	if (db_open(path, DB_OPEN_RECOVER, &db, &err) == -1 ||
	    db_check(db, &err) == -1) {
		fprintf(stderr, "pressroomd check: %s: %s\n", path, err);
		free(err);
		sqlite3_close(db);
		return 1;
	}
	printf("%s: ok (schema version %d)\n", path, db_latest_version());
	sqlite3_close(db);
	return 0;
}

/* pressroomd serve [options] */
static int
cmd_serve(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "load", required_argument, NULL, 'l' },
		{ "listen", required_argument, NULL, 'L' },
		{ "config", required_argument, NULL, 'c' },
		{ "set", required_argument, NULL, 's' },
		{ "check-config", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct serve_config	 cfg;
	struct config_args	 args;
	const char		*cfgenv;
	char			*err = NULL;
	size_t			 i;
	int			 c, check = 0, rc;

	memset(&args, 0, sizeof(args));
	args.file = DEFAULT_CONFIG;
	args.data_dir = main_data_dir();
	args.build = config_build;
	optind = 1;
	while ((c = getopt_long(argc, argv, "d:l:L:c:s:nh", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			args.sets = xrealloc(args.sets, (args.nsets + 1) *
			    sizeof(*args.sets));
			args.sets[args.nsets++] = xasprintf("db=%s", optarg);
			break;
		case 'l':
			args.loads = xrealloc(args.loads, (args.nloads + 1) *
			    sizeof(*args.loads));
			args.loads[args.nloads++] = optarg;
			break;
		case 'L':
			args.sets = xrealloc(args.sets, (args.nsets + 1) *
			    sizeof(*args.sets));
			args.sets[args.nsets++] = xasprintf("listen=%s", optarg);
			break;
		case 'c':
			args.file = optarg;
			args.file_required = 1;
			break;
		case 's':
			args.sets = xrealloc(args.sets, (args.nsets + 1) *
			    sizeof(*args.sets));
			args.sets[args.nsets++] = xstrdup(optarg);
			break;
		case 'n':
			check = 1;
			break;
		case 'h':
			usage(stdout);
			rc = 0;
			goto out;
		default:
			usage(stderr);
			rc = 2;
			goto out;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "pressroomd serve: unexpected argument \"%s\"\n",
		    argv[optind]);
		rc = 2;
		goto out;
	}
	if (!args.file_required && (cfgenv = getenv("PRESSROOM_CONFIG")) != NULL &&
	    *cfgenv) {
		args.file = cfgenv;
		args.file_required = 1;
	}
	rc = 1;
	if (config_build(&cfg, &args, &err) == -1) {
		fprintf(stderr, "pressroomd serve: %s\n", err);
		free(err);
		goto out;
	}
	log_set_level((enum log_level)cfg.log_level);
	if (check) {
		printf("# pressroomd %s: effective configuration (config file %s%s)\n",
		    PRESSROOM_VERSION, args.file, access(args.file, R_OK) == 0 ?
		    "" : ", not present");
		config_print(&cfg, stdout);
		rc = 0;
		goto out;
	}
	rc = server_run(&cfg, &args) == 0 ? 0 : 1;
out:
	for (i = 0; i < args.nsets; i++)
		free(args.sets[i]);
	free(args.sets);
	free(args.loads);
	config_free();
	return rc;
}

static const struct {
	const char	*name;
	int		(*run)(int, char *[]);
} commands[] = {
	{ "serve", cmd_serve },
	{ "load", cmd_load },
	{ "extract", cmd_extract },
	{ "migrate", cmd_migrate },
	{ "check", cmd_check },
};

int
main(int argc, char *argv[])
{
	size_t	i;

	log_init(LOG_LVL_INFO);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("pressroomd %s (schema %d, SQLite %s)\n", PRESSROOM_VERSION,
		    db_latest_version(), sqlite3_libversion());
		return 0;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "pressroomd: unknown command \"%s\"\n", argv[1]);
	usage(stderr);
	return 2;
}
