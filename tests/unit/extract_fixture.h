/*
 * Shared fixture of the extractor's unit tests: run a short release written
 * for the test and look up what came out.  Included by each test_extract*.c.
 */
#ifndef EXTRACT_FIXTURE_H
#define EXTRACT_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pressroom.h"
#include "extract.h"
#include "extract_int.h"

/* Returns a new extraction of s; fails the test if there is none. */
static inline json_t *
run(const char *s)
{
	char	*err = NULL;
	json_t	*j = extract_text("t.txt", s, strlen(s), &err);

	assert_non_null(j);
	assert_null(err);
	return j;
}

/* Returns document i (borrowed). */
static inline json_t *
doc(json_t *j, size_t i)
{
	json_t	*d = json_array_get(json_object_get(j, "documents"), i);

	assert_non_null(d);
	return d;
}

/* Returns the string field k of o, or NULL. */
static inline const char *
str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* Returns the organization record of d named n, or NULL. */
static inline json_t *
org(json_t *d, const char *n)
{
	json_t	*o;
	size_t	 i;

	json_array_foreach(json_object_get(d, "organizations"), i, o)
		if (strcmp(str(o, "name"), n) == 0)
			return o;
	return NULL;
}

/* Returns the person record of d named n, or NULL. */
static inline json_t *
person(json_t *d, const char *n)
{
	json_t	*o;
	size_t	 i;

	json_array_foreach(json_object_get(d, "people"), i, o)
		if (strcmp(str(o, "name"), n) == 0)
			return o;
	return NULL;
}

/* Returns the first record of array field k of d whose "name" (or "title") is n, or NULL. */
static inline json_t *
named(json_t *d, const char *k, const char *n)
{
	json_t		*o;
	const char	*v;
	size_t		 i;

	json_array_foreach(json_object_get(d, k), i, o) {
		v = str(o, "name");
		if (v == NULL)
			v = str(o, "title");
		if (v != NULL && strcmp(v, n) == 0)
			return o;
	}
	return NULL;
}

#endif /* EXTRACT_FIXTURE_H */
