/*
 * What the fuzz targets share: libFuzzer's entry points (fuzz_*.c define
 * them; replay.c or libFuzzer calls them) and a check that aborts with a
 * message, so that a broken invariant is a crash the fuzzer keeps.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Aborts with where and why when cond is false. */
#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);	\
} while (0)

void	fuzz_fail(const char *, int, const char *, const char *, ...)
	    __attribute__((format(printf, 4, 5), noreturn));

#endif
