/*
 * Configuration: a table of settings read from a file, the environment and
 * flags, in that order of increasing precedence.
 */
#ifndef CONFIG_H
#define CONFIG_H

#include <stdio.h>

struct serve_config;

/* config.c */
void	config_defaults(struct serve_config *);
int	config_set(struct serve_config *, const char *, const char *,
	    const char *, char **);
int	config_load_file(struct serve_config *, const char *, int, char **);
int	config_load_env(struct serve_config *, char **);
int	config_is_key(const char *);
void	config_print(const struct serve_config *, FILE *);
void	config_help(FILE *);
void	config_free(void);

#endif
