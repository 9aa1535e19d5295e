/*
 * The settings of `pressroomd serve`.  One row per setting: adding a setting
 * is adding a row.  Sources, weakest first: defaults, the config file
 * (key = value lines), PRESSROOM_* environment variables, command-line flags.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "config.h"
#include "http.h"

enum config_type { CONFIG_STRING, CONFIG_UINT, CONFIG_BOOL, CONFIG_LEVEL };

struct config_entry {
	const char	*name;
	enum config_type type;
	size_t		 offset;	/* into struct serve_config; SIZE_MAX: log level */
	const char	*def;
	unsigned	 min, max;
	const char	*help;
};

#define OFF(f)	offsetof(struct serve_config, f)

static const struct config_entry config_table[] = {
	{ "listen", CONFIG_STRING, OFF(listen), "127.0.0.1:8080", 0, 0,
	  "address and port to listen on: ADDR:PORT, [IPv6]:PORT" },
	{ "db", CONFIG_STRING, OFF(db_path), NULL, 0, 0,
	  "database file to serve (opened read-only); unset: build one in memory "
	  "from the bundled corpus" },
	{ "threads", CONFIG_UINT, OFF(threads), "0", 0, 256,
	  "worker threads; 0: one per CPU" },
	{ "max_connections", CONFIG_UINT, OFF(max_connections), "1024", 1, 65536,
	  "most connections served at once" },
	{ "timeout", CONFIG_UINT, OFF(timeout), "30", 1, 3600,
	  "seconds an idle connection is kept" },
	{ "cors_origin", CONFIG_STRING, OFF(cors_origin), "*", 0, 0,
	  "value of Access-Control-Allow-Origin" },
	{ "max_age", CONFIG_UINT, OFF(max_age), "60", 0, 31536000,
	  "Cache-Control max-age of answers, seconds" },
	{ "access_log", CONFIG_BOOL, OFF(access_log), "yes", 0, 0,
	  "log one line per request (yes/no)" },
	{ "log_level", CONFIG_LEVEL, SIZE_MAX, "info", 0, 0,
	  "error, warning, info or debug" },
};

#define CONFIG_N	(sizeof(config_table) / sizeof(config_table[0]))

/* Strings the settings point at, kept for the life of the process. */
static char	**config_strings;
static size_t	  config_nstrings;
static char	 *config_origin[CONFIG_N];
static const char *config_level = "info";

/* Returns a copy of s kept until config_free(). */
static const char *
config_keep(const char *s)
{
	config_strings = xrealloc(config_strings,
	    (config_nstrings + 1) * sizeof(*config_strings));
	return config_strings[config_nstrings++] = xstrdup(s);
}

/* Returns the row of a setting, or NULL. */
static const struct config_entry *
config_find(const char *key)
{
	size_t	i;

	for (i = 0; i < CONFIG_N; i++)
		if (strcmp(config_table[i].name, key) == 0)
			return &config_table[i];
	return NULL;
}

/* Returns 1 if key names a setting. */
int
config_is_key(const char *key)
{
	return config_find(key) != NULL;
}

/*
 * Sets key to value, coming from origin (for messages and --check-config).
 * On a bad key or value sets *err to a message naming both.
 */
int
config_set(struct serve_config *cfg, const char *key, const char *value,
    const char *origin, char **err)
{
	const struct config_entry *e = config_find(key);
	enum log_level	 level;
	unsigned long	 n;
	char		*end;
	void		*field;

	if (e == NULL) {
		*err = xasprintf("%s: unknown setting \"%s\"", origin, key);
		return -1;
	}
	field = e->offset == SIZE_MAX ? NULL : (char *)cfg + e->offset;
	switch (e->type) {
	case CONFIG_STRING:
		*(const char **)field = *value ? config_keep(value) : NULL;
		break;
	case CONFIG_UINT:
		errno = 0;
		n = strtoul(value, &end, 10);
		if (!isdigit((unsigned char)*value) || *end != '\0' || errno ||
		    n < e->min || n > e->max) {
			*err = xasprintf("%s: %s must be a whole number from %u to "
			    "%u, not \"%s\"", origin, key, e->min, e->max, value);
			return -1;
		}
		*(unsigned *)field = (unsigned)n;
		break;
	case CONFIG_BOOL:
		if (strcmp(value, "yes") == 0 || strcmp(value, "true") == 0 ||
		    strcmp(value, "on") == 0 || strcmp(value, "1") == 0)
			*(int *)field = 1;
		else if (strcmp(value, "no") == 0 || strcmp(value, "false") == 0 ||
		    strcmp(value, "off") == 0 || strcmp(value, "0") == 0)
			*(int *)field = 0;
		else {
			*err = xasprintf("%s: %s must be yes or no, not \"%s\"",
			    origin, key, value);
			return -1;
		}
		break;
	case CONFIG_LEVEL:
		if (log_level_parse(value, &level) == -1) {
			*err = xasprintf("%s: %s must be error, warning, info or "
			    "debug, not \"%s\"", origin, key, value);
			return -1;
		}
		log_set_level(level);
		config_level = config_keep(value);
		break;
	}
	free(config_origin[e - config_table]);
	config_origin[e - config_table] = xstrdup(origin);
	return 0;
}

/* Sets every setting to its default. */
void
config_defaults(struct serve_config *cfg)
{
	char	*err = NULL;
	size_t	 i;

	memset(cfg, 0, sizeof(*cfg));
	for (i = 0; i < CONFIG_N; i++)
		if (config_table[i].def && config_set(cfg, config_table[i].name,
		    config_table[i].def, "default", &err) == -1)
			fatalx("%s", err);
}

/* Returns s with leading and trailing blanks removed, in place. */
static char *
config_trim(char *s)
{
	char	*e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/*
 * Reads a config file of "key = value" lines (# starts a comment).  A missing
 * file is an error only if required.  Errors name the file and line.
 */
int
config_load_file(struct serve_config *cfg, const char *path, int required,
    char **err)
{
	FILE	*f;
	char	 line[4096], *key, *value, *eq, *origin;
	int	 lineno = 0, rc = 0;

	if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOENT && !required)
			return 0;
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			*err = xasprintf("%s:%d: line too long", path, lineno);
			rc = -1;
			break;
		}
		if ((eq = strchr(line, '#')) != NULL)
			*eq = '\0';
		key = config_trim(line);
		if (*key == '\0')
			continue;
		if ((eq = strchr(key, '=')) == NULL) {
			*err = xasprintf("%s:%d: expected \"key = value\"", path,
			    lineno);
			rc = -1;
			break;
		}
		*eq = '\0';
		value = config_trim(eq + 1);
		key = config_trim(key);
		if (strlen(value) >= 2 && value[0] == '"' &&
		    value[strlen(value) - 1] == '"') {
			value[strlen(value) - 1] = '\0';
			value++;
		}
		origin = xasprintf("%s:%d", path, lineno);
		rc = config_set(cfg, key, value, origin, err);
		free(origin);
	}
	fclose(f);
	return rc;
}

/* Applies PRESSROOM_<SETTING> environment variables. */
int
config_load_env(struct serve_config *cfg, char **err)
{
	char	 name[64], *origin;
	const char *v;
	size_t	 i, j;
	int	 rc;

	for (i = 0; i < CONFIG_N; i++) {
		snprintf(name, sizeof(name), "PRESSROOM_%s", config_table[i].name);
		for (j = 0; name[j]; j++)
			name[j] = (char)toupper((unsigned char)name[j]);
		if ((v = getenv(name)) == NULL)
			continue;
		origin = xasprintf("environment %s", name);
		rc = config_set(cfg, config_table[i].name, v, origin, err);
		free(origin);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/* Prints the effective configuration as a config file, with where each value came from. */
void
config_print(const struct serve_config *cfg, FILE *f)
{
	const struct config_entry *e;
	const char	*s;
	size_t		 i;

	for (i = 0; i < CONFIG_N; i++) {
		e = &config_table[i];
		const void *field = e->offset == SIZE_MAX ? NULL :
		    (const char *)cfg + e->offset;
		fprintf(f, "%s = ", e->name);
		switch (e->type) {
		case CONFIG_STRING:
			s = *(const char *const *)field;
			fprintf(f, "%s", s ? s : "");
			break;
		case CONFIG_UINT:
			fprintf(f, "%u", *(const unsigned *)field);
			break;
		case CONFIG_BOOL:
			fprintf(f, "%s", *(const int *)field ? "yes" : "no");
			break;
		case CONFIG_LEVEL:
			fprintf(f, "%s", config_level);
			break;
		}
		fprintf(f, "\t# %s\n", config_origin[i] ? config_origin[i] : "default");
	}
}

/* Prints one line of help per setting. */
void
config_help(FILE *f)
{
	char	env[64];
	size_t	i, j;

	for (i = 0; i < CONFIG_N; i++) {
		snprintf(env, sizeof(env), "PRESSROOM_%s", config_table[i].name);
		for (j = 0; env[j]; j++)
			env[j] = (char)toupper((unsigned char)env[j]);
		fprintf(f, "  %-16s %s (default: %s; env %s)\n", config_table[i].name,
		    config_table[i].help, config_table[i].def ? config_table[i].def :
		    "unset", env);
	}
}

/* Frees the strings settings point at. */
void
config_free(void)
{
	size_t	i;

	for (i = 0; i < config_nstrings; i++)
		free(config_strings[i]);
	free(config_strings);
	config_strings = NULL;
	config_nstrings = 0;
	config_level = "info";
	for (i = 0; i < CONFIG_N; i++) {
		free(config_origin[i]);
		config_origin[i] = NULL;
	}
}
