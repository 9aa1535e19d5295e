/*
 * The extractor: press-release text in, JSON of what it holds out.  Pure: no
 * database, no network, no global state.  The output format is described in
 * the README ("What the loader extracts") and consumed by store.c.
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <stddef.h>
#include <jansson.h>

/*
 * Extracts the documents of one file.  name is the file's base name, text its
 * len bytes of valid UTF-8 (no NUL).  Returns a new reference, or NULL with a
 * new message in *err that the caller frees.
 */
json_t	*extract_text(const char *name, const char *text, size_t len, char **err);

/* As extract_text(), with the text's SHA-256 in hex already computed (or NULL). */
json_t	*extract_text_sha(const char *name, const char *text, size_t len,
	    const char *sha256, char **err);

#endif
