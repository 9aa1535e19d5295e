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

enum config_type { CONFIG_STRING, CONFIG_UINT, CONFIG_BOOL, CONFIG_LEVEL,
	CONFIG_LISTEN, CONFIG_ORIGINS };

struct config_entry {
	const char	*name;
	enum config_type type;
	size_t		 offset;	/* into struct serve_config */
	const char	*def;
	unsigned	 min, max;
	const char	*help;
};

#define OFF(f)	offsetof(struct serve_config, f)

static const struct config_entry config_table[] = {
	{ "listen", CONFIG_LISTEN, OFF(listen), "127.0.0.1:8080", 0, 0,
	  "addresses to listen on, comma-separated: ADDR:PORT or [IPV6]:PORT, "
	  "e.g. 127.0.0.1:8080,[::1]:8080 (restart to change)" },
	{ "db", CONFIG_STRING, OFF(db_path), NULL, 0, 0,
	  "database file to serve, opened read-only; unset: build one in memory "
	  "from --load paths or the bundled corpus" },
	{ "threads", CONFIG_UINT, OFF(threads), "0", 0, 256,
	  "worker threads per listen address; 0: one per CPU (restart to change)" },
	{ "max_connections", CONFIG_UINT, OFF(max_connections), "1024", 1, 65536,
	  "most connections served at once, per address (restart to change)" },
	{ "timeout", CONFIG_UINT, OFF(timeout), "30", 1, 3600,
	  "seconds an idle connection is kept (restart to change)" },
	{ "cache_size", CONFIG_UINT, OFF(cache_size), "16", 1, 4096,
	  "MiB of finished answers kept in memory (restart to change)" },
	{ "export_cache_size", CONFIG_UINT, OFF(export_cache_size), "256", 0,
	  1048576, "MiB of finished CSV and NDJSON exports kept in unnamed "
	  "files on disk; 0: none (restart to change)" },
	{ "shutdown_timeout", CONFIG_UINT, OFF(shutdown_timeout), "10", 0, 3600,
	  "seconds requests in flight may take to finish after SIGTERM" },
	{ "cors_origin", CONFIG_ORIGINS, OFF(cors_origin), "*", 0, 0,
	  "origins allowed by CORS: * or a comma-separated list of "
	  "scheme://host[:port]" },
	{ "max_age", CONFIG_UINT, OFF(max_age), "60", 0, 31536000,
	  "Cache-Control max-age of answers, seconds" },
	{ "access_log", CONFIG_BOOL, OFF(access_log), "yes", 0, 0,
	  "log one line per request: yes or no" },
	{ "log_level", CONFIG_LEVEL, OFF(log_level), "info", 0, 0,
	  "error, warning, info or debug" },
};

#define CONFIG_N	(sizeof(config_table) / sizeof(config_table[0]))

_Static_assert(CONFIG_N <= CONFIG_MAX_SETTINGS, "CONFIG_MAX_SETTINGS too small");

/* Strings and arrays the settings point at, kept for the life of the process. */
static char	**config_strings;
static size_t	  config_nstrings;

/* Keeps p (from malloc) until config_free(); returns it. */
static void *
config_keep_ptr(void *p)
{
	config_strings = xrealloc(config_strings,
	    (config_nstrings + 1) * sizeof(*config_strings));
	return config_strings[config_nstrings++] = p;
}

/* Returns a copy of s kept until config_free(). */
static const char *
config_keep(const char *s)
{
	return config_keep_ptr(xstrdup(s));
}

/*
 * Copies the next address of a comma-separated listen list at *p into out
 * and advances *p.  Returns 1 with an address, 0 at the end, -1 when an
 * address is empty or too long.
 */
int
config_listen_next(const char **p, char *out, size_t outsize)
{
	const char	*s = *p, *e;
	size_t		 n;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0')
		return 0;
	e = s + strcspn(s, ",");
	n = (size_t)(e - s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || n >= outsize)
		return -1;
	memcpy(out, s, n);
	out[n] = '\0';
	*p = *e == ',' ? e + 1 : e;
	if (**p == '\0' && *e == ',')
		return -1;	/* a trailing comma */
	return 1;
}

/* Checks one "ADDR:PORT" or "[IPV6]:PORT"; 0 when it looks right. */
static int
config_listen_check(const char *a)
{
	const char	*e, *port;
	unsigned long	 n;
	char		*end;

	if (a[0] == '[') {
		if ((e = strchr(a, ']')) == NULL || e == a + 1 || e[1] != ':')
			return -1;
		port = e + 2;
	} else {
		if ((e = strrchr(a, ':')) == NULL || strchr(a, ']') ||
		    memchr(a, ':', (size_t)(e - a)))
			return -1;	/* IPv6 addresses need brackets */
		port = e + 1;
	}
	if (!isdigit((unsigned char)*port))
		return -1;
	n = strtoul(port, &end, 10);
	return *end == '\0' && n >= 1 && n <= 65535 ? 0 : -1;
}

/* Checks a listen list; 0 when every address looks right. */
static int
config_listen_valid(const char *v)
{
	char	a[256];
	int	rc, n = 0;

	while ((rc = config_listen_next(&v, a, sizeof(a))) == 1) {
		if (config_listen_check(a) == -1)
			return -1;
		n++;
	}
	return rc == 0 && n > 0 ? 0 : -1;
}

/* Checks a CORS allow-list: "*" or comma-separated scheme://host[:port]. */
static int
config_origins_valid(const char *v)
{
	char		 o[512];
	const char	*h;
	int		 rc, n = 0;

	if (strcmp(v, "*") == 0)
		return 0;
	while ((rc = config_listen_next(&v, o, sizeof(o))) == 1) {
		if (strncmp(o, "http://", 7) == 0)
			h = o + 7;
		else if (strncmp(o, "https://", 8) == 0)
			h = o + 8;
		else
			return -1;
		if (*h == '\0' || strpbrk(h, "/ \t*\"") != NULL)
			return -1;
		n++;
	}
	return rc == 0 && n > 0 ? 0 : -1;
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
	field = (char *)cfg + e->offset;
	switch (e->type) {
	case CONFIG_STRING:
		*(const char **)field = *value ? config_keep(value) : NULL;
		break;
	case CONFIG_LISTEN:
		if (config_listen_valid(value) == -1) {
			*err = xasprintf("%s: %s must be ADDR:PORT or [IPV6]:PORT, "
			    "comma-separated, not \"%s\"", origin, key, value);
			return -1;
		}
		*(const char **)field = config_keep(value);
		break;
	case CONFIG_ORIGINS:
		if (config_origins_valid(value) == -1) {
			*err = xasprintf("%s: %s must be * or comma-separated "
			    "origins like https://example.org, not \"%s\"",
			    origin, key, value);
			return -1;
		}
		*(const char **)field = config_keep(value);
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
		*(int *)field = (int)level;
		break;
	}
	cfg->origin[e - config_table] = config_keep(origin);
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

/*
 * Builds the configuration from its sources, weakest first: defaults, the
 * config file, PRESSROOM_* variables, flags.  Also fixes the load paths.
 * On failure sets *err to a message naming the source (file:line).
 */
int
config_build(struct serve_config *cfg, const struct config_args *a, char **err)
{
	char	*eq, *key;
	size_t	 i;
	int	 rc;

	config_defaults(cfg);
	if (config_load_file(cfg, a->file, a->file_required, err) == -1 ||
	    config_load_env(cfg, err) == -1)
		return -1;
	for (i = 0; i < a->nsets; i++) {
		if ((eq = strchr(a->sets[i], '=')) == NULL) {
			*err = xasprintf("--set %s: expected KEY=VALUE", a->sets[i]);
			return -1;
		}
		key = xstrndup(a->sets[i], (size_t)(eq - a->sets[i]));
		rc = config_set(cfg, key, eq + 1, "command line", err);
		free(key);
		if (rc == -1)
			return -1;
	}
	if (cfg->db_path && a->nloads) {
		*err = xasprintf("--load builds an in-memory database; it does not "
		    "go with db (use pressroomd load --db FILE instead)");
		return -1;
	}
	if (cfg->db_path == NULL) {
		cfg->load_paths = config_keep_ptr(xcalloc(a->nloads + 1,
		    sizeof(char *)));
		if (a->nloads == 0) {
			cfg->load_paths[0] = (char *)config_keep(a->data_dir);
			cfg->nload = 1;
		} else {
			for (i = 0; i < a->nloads; i++)
				cfg->load_paths[i] = (char *)config_keep(a->loads[i]);
			cfg->nload = a->nloads;
			cfg->load_flags = 1;
		}
	}
	return 0;
}

/* Prints the effective configuration as a config file, with where each value came from. */
void
config_print(const struct serve_config *cfg, FILE *f)
{
	const struct config_entry *e;
	const void	*field;
	const char	*s;
	size_t		 i;

	for (i = 0; i < CONFIG_N; i++) {
		e = &config_table[i];
		field = (const char *)cfg + e->offset;
		fprintf(f, "%s = ", e->name);
		switch (e->type) {
		case CONFIG_STRING:
		case CONFIG_LISTEN:
		case CONFIG_ORIGINS:
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
			fprintf(f, "%s", log_level_name(*(const int *)field));
			break;
		}
		fprintf(f, "\t# %s\n", cfg->origin[i] ? cfg->origin[i] : "default");
	}
	for (i = 0; i < cfg->nload; i++)
		fprintf(f, "# load = %s\t# %s\n", cfg->load_paths[i],
		    cfg->load_flags ? "command line" : "bundled corpus");
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
		fprintf(f, "  %-17s %s (default: %s; env %s)\n", config_table[i].name,
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
}
