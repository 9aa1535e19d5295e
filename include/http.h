/*
 * The HTTP server and the API it serves.
 */
#ifndef HTTP_H
#define HTTP_H

#include <stddef.h>

/* How to serve; filled by main.c from flags (and, later, config and environment). */
struct serve_config {
	const char	 *listen;	/* "ADDR:PORT", default "127.0.0.1:8080" */
	const char	 *db_path;	/* NULL: build an in-memory database */
	char		**load_paths;	/* --load PATH..., or the bundled corpus */
	size_t		  nload;
	unsigned	  threads;	/* worker threads, 0 = number of CPUs */
	unsigned	  max_connections;
	unsigned	  timeout;	/* seconds a connection may idle */
	const char	 *cors_origin;	/* Access-Control-Allow-Origin, default "*" */
	unsigned	  max_age;	/* Cache-Control max-age, seconds */
	int		  access_log;
};

/* server.c */
int	server_run(const struct serve_config *);

#endif
