/*
 * Runs every file of the directories (or files) named on the command line
 * through a fuzz target's LLVMFuzzerTestOneInput, as libFuzzer would, in a
 * normal build: the checked-in seeds and every input that once crashed stay
 * tested by `meson test --suite fuzz`.  Exits 0 when all of them ran, 1 when
 * a file cannot be read; a broken check aborts.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Reads path into a new buffer of *len bytes; NULL on failure (reported). */
static unsigned char *
replay_read(const char *path, size_t *len)
{
	FILE		*f;
	unsigned char	*data = NULL;
	size_t		 cap = 0, n;

	*len = 0;
	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		if (*len == cap) {
			cap = cap ? cap * 2 : 4096;
			if ((data = realloc(data, cap)) == NULL)
				abort();
		}
		if ((n = fread(data + *len, 1, cap - *len, f)) == 0)
			break;
		*len += n;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: read error\n", path);
		free(data);
		data = NULL;
	}
	fclose(f);
	return data;
}

/* Runs one file; returns 0, or -1 when it cannot be read. */
static int
replay_file(const char *path, size_t *runs)
{
	unsigned char	*data;
	size_t		 len;

	if ((data = replay_read(path, &len)) == NULL)
		return -1;
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	(*runs)++;
	return 0;
}

static int
replay_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of dir, in name order; a missing dir is empty. */
static int
replay_dir(const char *dir, size_t *runs)
{
	struct stat	 st;
	DIR		*d;
	struct dirent	*de;
	char		**names = NULL, *path;
	size_t		 n = 0, i;
	int		 rc = 0;

	if ((d = opendir(dir)) == NULL)
		return errno == ENOENT ? 0 : -1;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if ((names = realloc(names, (n + 1) * sizeof(*names))) == NULL ||
		    (names[n] = strdup(de->d_name)) == NULL)
			abort();
		n++;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), replay_cmp);
	for (i = 0; i < n; i++) {
		if ((path = malloc(strlen(dir) + strlen(names[i]) + 2)) == NULL)
			abort();
		sprintf(path, "%s/%s", dir, names[i]);
		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
			;	/* a subdirectory: not an input */
		else if (replay_file(path, runs) == -1)
			rc = -1;
		free(path);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct stat	st;
	size_t		runs = 0;
	int		i, rc = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (replay_dir(argv[i], &runs) == -1)
				rc = 1;
		} else if (replay_file(argv[i], &runs) == -1)
			rc = 1;
	}
	printf("%zu inputs ran\n", runs);
	if (runs == 0) {
		fprintf(stderr, "no inputs: every target has seeds\n");
		rc = 1;
	}
	return rc;
}
