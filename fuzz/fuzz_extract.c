/*
 * Fuzz target: the extractor, on arbitrary bytes and on mutated releases.
 *
 * Input: the bytes of one source file, as `pressroomd load` and
 * `pressroomd extract` would read it (source_read(): the bytes and a NUL).  Each input goes through the loader's
 * own checks (source_check(): not empty, at most 10 MiB, no NUL, UTF-8) and
 * through the extractor directly, whatever the checks said.  Checks beyond
 * "no crash, no leak":
 *   - a file the loader accepts is one the extractor accepts;
 *   - every offset is inside what it points into: a document's bytes inside
 *     the file, a quote's, an evidence's and a report's characters inside
 *     the document's body;
 *   - the JSON the loader stores (extraction_write) reads back
 *     (extraction_read) into records that write the same bytes again.
 */
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "db.h"
#include "extract.h"
#include "fuzz.h"

#define NAME	"fuzz.txt"

/* Checks that [start, end) lies inside [0, max]. */
static void
check_span(const char *what, long long start, long long end, size_t max)
{
	FUZZ_CHECK(start >= 0 && start <= end && (unsigned long long)end <= max,
	    "%s [%lld, %lld) outside [0, %zu]", what, start, end, max);
}

static void
check_evidence(const char *what, const struct xevidence *e, size_t chars)
{
	if (e->present)
		check_span(what, e->start, e->end, chars);
}

/* Checks the offsets of every record of x, from a file of len bytes. */
static void
check_offsets(const struct extraction *x, size_t len)
{
	const struct xdoc	*d;
	size_t			 i, j, chars;

	FUZZ_CHECK(x->bytes == (long long)len, "bytes %lld, file %zu",
	    x->bytes, len);
	for (i = 0; i < x->ndocs; i++) {
		d = &x->docs[i];
		check_span("document", d->start, d->end, len);
		FUZZ_CHECK(d->body != NULL || d->body_len == 0, "no body");
		chars = d->body ? utf8_cplen(d->body, d->body_len) : 0;
		for (j = 0; j < d->nquotes; j++)
			check_span("quote", d->quotes[j].start,
			    d->quotes[j].end, chars);
		for (j = 0; j < d->norgs; j++)
			check_evidence("organization", &d->orgs[j].evidence,
			    chars);
		for (j = 0; j < d->npeople; j++)
			check_evidence("person", &d->people[j].evidence, chars);
		for (j = 0; j < d->ncoalitions; j++)
			check_evidence("coalition", &d->coalitions[j].evidence,
			    chars);
		for (j = 0; j < d->nreports; j++)
			check_span("report", d->reports[j].start,
			    d->reports[j].end, chars);
	}
}

/* Writes x, reads it back and checks the second writing is the first. */
static void
check_roundtrip(const struct extraction *x)
{
	struct extraction	*y;
	struct buf		 a, b;
	char			*err = NULL;

	buf_init(&a);
	buf_init(&b);
	extraction_write(&a, x);
	y = extraction_read(a.data, a.len, &err);
	FUZZ_CHECK(y != NULL, "the stored JSON does not read back: %s", err);
	extraction_write(&b, y);
	FUZZ_CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
	    "the extraction read back writes differently:\n%s\n%s", a.data,
	    b.data);
	extraction_free(y);
	buf_free(&a);
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct extraction	*x;
	char			*text, *err = NULL, sha[65];
	int			 accepted;

	/* what source_read() hands the extractor: the bytes and a NUL */
	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	accepted = source_check(NAME, text, size, &err) == 0;
	free(err);
	err = NULL;
	sha256_hex(data, size, sha);
	x = extract_run(NAME, text, size, sha, &err);
	FUZZ_CHECK(x != NULL || !accepted, "the loader accepts what the "
	    "extractor refuses: %s", err);
	FUZZ_CHECK((x == NULL) == (err != NULL), "an error without a message, "
	    "or a message without an error");
	free(err);
	if (x != NULL) {
		check_offsets(x, size);
		check_roundtrip(x);
		extraction_free(x);
	}
	free(text);
	return 0;
}
