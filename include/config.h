/*
 * Configuration: a table of settings read from a file, the environment and
 * flags, in that order of increasing precedence.
 */
#ifndef CONFIG_H
#define CONFIG_H

#include <stdio.h>

struct serve_config;
struct config_args;

/* config.c */
void	config_defaults(struct serve_config *);
int	config_set(struct serve_config *, const char *, const char *,
	    const char *, char **);
int	config_load_file(struct serve_config *, const char *, int, char **);
int	config_load_env(struct serve_config *, char **);
int	config_build(struct serve_config *, const struct config_args *,
	    char **);
int	config_is_key(const char *);
int	config_listen_next(const char **, char *, size_t);
void	config_print(const struct serve_config *, FILE *);
void	config_help(FILE *);
void	config_free(void);

#endif
