/*
 * SHA-256 of a byte string, as lower-case hex: the identity of a source file
 * and of a data version.  Nettle does the hashing (with the CPU's SHA
 * instructions where it has them).
 */
#include <nettle/sha2.h>

#include "pressroom.h"

/* Writes the SHA-256 of data (len bytes) to out as 64 hex digits and a NUL. */
void
sha256_hex(const void *data, size_t len, char out[65])
{
	static const char	 hex[] = "0123456789abcdef";
	struct sha256_ctx	 ctx;
	uint8_t			 d[SHA256_DIGEST_SIZE];
	size_t			 i;

	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, sizeof(d), d);
	for (i = 0; i < sizeof(d); i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[64] = '\0';
}
