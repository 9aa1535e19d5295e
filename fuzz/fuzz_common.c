/*
 * What every target links: the failure path of FUZZ_CHECK, and the set-up
 * of the targets that need none of their own (a weak LLVMFuzzerInitialize
 * that quiets the log; fuzz_request.c has its own).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "pressroom.h"
#include "fuzz.h"

__attribute__((weak)) int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	log_init(LOG_LVL_ERR);
	return 0;
}

void
fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "%s:%d: check failed: %s: ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}
