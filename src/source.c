/*
 * Source files: finding them below directories, reading them and refusing the
 * ones the loader cannot take, with the file and the reason in the message.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pressroom.h"
#include "db.h"

/* Frees what source_read() filled in; accepts a zeroed struct. */
void
source_free(struct source *src)
{
	if (src == NULL)
		return;
	free(src->path);
	free(src->name);
	free(src->text);
	memset(src, 0, sizeof(*src));
}

/*
 * Sets real to the canonical form of path.  Files of one directory come in
 * a row, so the directory is resolved once and reused while the file itself
 * is not a symbolic link: one lstat instead of a readlink per component.
 */
static int
source_realpath(const char *path, char *real)
{
	static _Thread_local char dir[PATH_MAX], dirreal[PATH_MAX];
	struct stat	 st;
	const char	*base, *slash = strrchr(path, '/');
	size_t		 dlen;

	if (slash == NULL || slash == path || (size_t)(slash - path) >= PATH_MAX)
		return realpath(path, real) ? 0 : -1;
	base = slash + 1;
	if (*base == '\0' || strcmp(base, ".") == 0 || strcmp(base, "..") == 0 ||
	    lstat(path, &st) == -1 || S_ISLNK(st.st_mode))
		return realpath(path, real) ? 0 : -1;
	dlen = (size_t)(slash - path);
	if (strncmp(dir, path, dlen) != 0 || dir[dlen] != '\0') {
		memcpy(dir, path, dlen);
		dir[dlen] = '\0';
		if (realpath(dir, dirreal) == NULL) {
			dir[0] = '\0';
			return realpath(path, real) ? 0 : -1;
		}
	}
	if ((size_t)snprintf(real, PATH_MAX, "%s/%s", strcmp(dirreal, "/") == 0 ?
	    "" : dirreal, base) >= PATH_MAX)
		return realpath(path, real) ? 0 : -1;
	return 0;
}

/*
 * Checks the len bytes of text as the loader takes them: not empty, at most
 * 10 MiB, no NUL byte, UTF-8.  text need not end in a NUL.  On failure sets
 * *err to "NAME: reason" and returns -1.
 */
int
source_check(const char *name, const char *text, size_t len, char **err)
{
	const char	*nul;
	size_t		 bad;

	if (len == 0) {
		*err = xasprintf("%s: the file is empty", name);
		return -1;
	}
	if (len > PRESSROOM_MAX_FILE) {
		*err = xasprintf("%s: too large (%zu bytes; the limit is 10 MiB)",
		    name, len);
		return -1;
	}
	if ((nul = memchr(text, '\0', len)) != NULL) {
		*err = xasprintf("%s: holds a NUL byte at offset %zu: not a text "
		    "file", name, (size_t)(nul - text));
		return -1;
	}
	if (!utf8_valid(text, len, &bad)) {
		*err = xasprintf("%s: not UTF-8 (invalid byte 0x%02x at offset %zu)",
		    name, (unsigned char)text[bad], bad);
		return -1;
	}
	return 0;
}

/*
 * Reads path into src and checks it: it must exist, be a regular file of at
 * most 10 MiB, not be empty, hold no NUL byte and be UTF-8 (source_check()).
 * On failure sets *err to "PATH: reason" and leaves src empty.
 */
int
source_read(const char *path, struct source *src, char **err)
{
	struct stat	 st;
	char		 real[PATH_MAX];
	const char	*slash;
	size_t		 off = 0;
	ssize_t		 n;
	int		 fd = -1;

	memset(src, 0, sizeof(*src));
	/* non-blocking: opening a FIFO must not wait for a writer */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) == -1) {
		if (errno == ENOENT && lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
			*err = xasprintf("%s: a symbolic link to nothing", path);
		else
			*err = xasprintf("%s: %s", path, errno == ENOENT ?
			    "no such file" : strerror(errno));
		goto fail;
	}
	if (fstat(fd, &st) == -1) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xasprintf("%s: not a regular file (%s)", path,
		    S_ISDIR(st.st_mode) ? "a directory" : S_ISFIFO(st.st_mode) ?
		    "a FIFO" : S_ISSOCK(st.st_mode) ? "a socket" :
		    S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" :
		    "not a file");
		goto fail;
	}
	if ((unsigned long long)st.st_size > PRESSROOM_MAX_FILE) {
		*err = xasprintf("%s: too large (%lld bytes; the limit is 10 MiB)",
		    path, (long long)st.st_size);
		goto fail;
	}
	src->len = (size_t)st.st_size;
	src->text = xmalloc(src->len + 1);
	while (off < src->len) {
		n = read(fd, src->text + off, src->len - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*err = xasprintf("%s: %s", path, strerror(errno));
			goto fail;
		}
		if (n == 0) {
			*err = xasprintf("%s: the file shrank while being read",
			    path);
			goto fail;
		}
		off += (size_t)n;
	}
	src->text[src->len] = '\0';
	if (source_check(path, src->text, src->len, err) == -1)
		goto fail;
	if (source_realpath(path, real) == -1) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		goto fail;
	}
	close(fd);
	src->path = xstrdup(real);
	slash = strrchr(real, '/');
	src->name = xstrdup(slash ? slash + 1 : real);
	sha256_hex(src->text, src->len, src->sha256);
	return 0;
fail:
	if (fd != -1)
		close(fd);
	source_free(src);
	return -1;
}

/* Orders strings for qsort. */
static int
source_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Returns 1 if name ends in ".txt". */
static int
source_is_txt(const char *name)
{
	size_t	len = strlen(name);

	return len > 4 && strcmp(name + len - 4, ".txt") == 0;
}

/* Appends every *.txt below dir, in name order, to the list. */
static int
source_walk(const char *dir, char ***list, size_t *n, int depth, char **err)
{
	struct dirent	 *de;
	struct stat	  st;
	DIR		 *d;
	char		**names = NULL, *p;
	size_t		  nnames = 0, i;
	int		  rc = 0;

	if (depth > 32) {
		*err = xasprintf("%s: directories nested too deep", dir);
		return -1;
	}
	if ((d = opendir(dir)) == NULL) {
		*err = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xrealloc(names, (nnames + 1) * sizeof(*names));
		names[nnames++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (nnames > 1)		/* qsort(NULL, 0, ...) is undefined */
		qsort(names, nnames, sizeof(*names), source_cmp);
	for (i = 0; i < nnames; i++) {
		p = xasprintf("%s/%s", dir, names[i]);
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (rc == 0 && source_walk(p, list, n, depth + 1, err) == -1)
				rc = -1;
			free(p);
		} else if (source_is_txt(names[i])) {
			*list = xrealloc(*list, (*n + 1) * sizeof(**list));
			(*list)[(*n)++] = p;
		} else
			free(p);
		free(names[i]);
	}
	free(names);
	return rc;
}

/*
 * Expands paths into the list of files to load: a directory stands for every
 * *.txt below it, anything else for itself (missing files are reported when
 * read; a directory with none is refused).  The caller frees the list with
 * source_list_free().
 */
int
source_expand(char *const *paths, size_t npaths, char ***out, size_t *nout,
    char **err)
{
	struct stat	  st;
	char		**list = NULL;
	size_t		  n = 0, i;

	for (i = 0; i < npaths; i++) {
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			size_t	before = n;

			if (source_walk(paths[i], &list, &n, 0, err) == -1)
				goto fail;
			if (n == before) {
				/* a mistyped or emptied directory loads nothing */
				*err = xasprintf("%s: a directory with no *.txt "
				    "file below it", paths[i]);
				goto fail;
			}
		} else {
			list = xrealloc(list, (n + 1) * sizeof(*list));
			list[n++] = xstrdup(paths[i]);
		}
	}
	*out = list;
	*nout = n;
	return 0;
fail:
	source_list_free(list, n);
	return -1;
}

/* Frees a list from source_expand(). */
void
source_list_free(char **list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}
