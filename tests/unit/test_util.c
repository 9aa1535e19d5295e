/*
 * Unit tests of util.c and sha256.c: slugs, UTF-8 checks, strings, hashes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "pressroom.h"
#include "json_write.h"

static void
assert_slug(const char *text, size_t max, const char *want)
{
	char	*s = slugify(text, max);

	assert_string_equal(s, want);
	free(s);
}

/* Slugs are lower-case ASCII words joined by hyphens, accents folded. */
static void
test_slug_basic(void **state)
{
	(void)state;
	assert_slug("National Immigration Law Center", 0, "national-immigration-law-center");
	assert_slug("Marielena Hincapié", 0, "marielena-hincapie");
	assert_slug("Sarahí Uribe", 0, "sarahi-uribe");
	assert_slug("NILC Calls on DHS to End “Secure Communities” Now", 0,
	    "nilc-calls-on-dhs-to-end-secure-communities-now");
	assert_slug("  --We-Count!--  ", 0, "we-count");
	assert_slug("St. Anne’s Residential Facility", 0, "st-annes-residential-facility");
	assert_slug("", 0, "");
	assert_slug("“”", 0, "");
}

/* A length limit cuts at a word boundary, never mid-word or on a hyphen. */
static void
test_slug_limit(void **state)
{
	(void)state;
	assert_slug("alpha beta gamma", 10, "alpha-beta");
	assert_slug("alpha beta gamma", 11, "alpha-beta");
	assert_slug("alpha beta gamma", 16, "alpha-beta-gamma");
	assert_slug("alphabetagamma", 5, "alpha");
}

/* Valid UTF-8 passes; bad bytes are found at their offset. */
static void
test_utf8(void **state)
{
	size_t	bad = 99;

	(void)state;
	assert_true(utf8_valid("plain", 5, NULL));
	assert_true(utf8_valid("caf\xc3\xa9", 5, NULL));
	assert_false(utf8_valid("ab\xff", 3, &bad));
	assert_int_equal(bad, 2);
	assert_false(utf8_valid("\xc0\xaf", 2, &bad));		/* overlong */
	assert_int_equal(bad, 0);
	assert_false(utf8_valid("\xed\xa0\x80", 3, NULL));	/* surrogate */
	assert_false(utf8_valid("x\xe2\x80", 3, &bad));		/* truncated */
	assert_int_equal(bad, 1);
	assert_int_equal(utf8_cplen("caf\xc3\xa9!", 6), 5);
	assert_int_equal(utf8_cp_to_byte("caf\xc3\xa9!", 6, 4), 5);
	assert_int_equal(utf8_cp_to_byte("caf\xc3\xa9!", 6, 9), 6);
}

/* Bytes that do not begin valid UTF-8 become U+FFFD; the rest stays. */
static void
test_utf8_repair(void **state)
{
	char	*s;

	(void)state;
	s = utf8_repair("caf\xc3\xa9");
	assert_string_equal(s, "caf\xc3\xa9");
	free(s);
	s = utf8_repair("a\xff" "b\xc3");
	assert_string_equal(s, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
	free(s);
	s = utf8_repair("\xe2\x80\xe2\x80\x99");	/* truncated, then whole */
	assert_string_equal(s, "\xef\xbf\xbd\xef\xbf\xbd" "\xe2\x80\x99");
	free(s);
	s = utf8_repair("");
	assert_string_equal(s, "");
	free(s);
}

/* buf grows as needed and keeps its string NUL-terminated. */
static void
test_buf(void **state)
{
	struct buf	 b;
	char		*s;
	int		 i;

	(void)state;
	buf_init(&b);
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 2000);
	assert_int_equal(b.data[b.len], '\0');
	buf_reset(&b);
	buf_puts(&b, "x");
	buf_putc(&b, 'y');
	s = buf_steal(&b);
	assert_string_equal(s, "xy");
	assert_null(b.data);
	free(s);
	buf_free(&b);
}

/* SHA-256 matches the FIPS 180-4 test vectors. */
static void
test_sha256(void **state)
{
	char	 hex[65];
	char	*million;

	(void)state;
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	million = malloc(1000000);
	memset(million, 'a', 1000000);
	sha256_hex(million, 1000000, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}

/* Asserts that json_write gives exactly jansson's compact text of v. */
static void
json_same(json_t *v)
{
	char	*want, *got;

	want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	got = json_write_str(v);
	assert_non_null(want);
	assert_string_equal(got, want);
	free(want);
	free(got);
	json_decref(v);
}

/* The fast encoder agrees with jansson on every kind of value. */
static void
test_json_write(void **state)
{
	char	 ctl[64], big[10000];
	size_t	 i;
	json_t	*o;

	(void)state;
	json_same(json_null());
	json_same(json_true());
	json_same(json_false());
	json_same(json_integer(0));
	json_same(json_integer(-9007199254740993LL));
	json_same(json_real(3.25));
	json_same(json_real(1e300));
	json_same(json_object());
	json_same(json_array());
	json_same(json_string(""));
	json_same(json_string("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d / \"q\" \\ end"));
	for (i = 0; i < 32; i++)		/* every control byte but NUL... */
		ctl[i] = (char)(i + 1);
	ctl[31] = 0x7f;
	json_same(json_stringn(ctl, 32));
	json_same(json_stringn("a\0b", 3));	/* ...and NUL itself */
	/* Escapes on both sides of the encoder's 4 KiB chunk boundary. */
	for (i = 0; i < sizeof(big) - 1; i++)
		big[i] = i % 97 == 0 ? '\n' : i % 89 == 0 ? '"' : 'x';
	big[sizeof(big) - 1] = '\0';
	json_same(json_string(big));
	/*
	 * Every byte that needs an escape, at every place in a word the
	 * encoder scans eight bytes at a time, among bytes past 0x7f.
	 */
	for (i = 0; i < 34; i++) {
		unsigned char	 c = i < 32 ? (unsigned char)i : i == 32 ? '"' : '\\';
		size_t		 at;
		char		 run[24];

		for (at = 0; at < 17; at++) {
			memcpy(run, "caf\xc3\xa9 \xe2\x80\x9cxyzxyzxyzxyzxyzx", 24);
			run[at] = (char)c;
			if (c >= 0x80 || (at != 3 && at != 4 && at != 6 && at != 7 &&
			    at != 8))		/* keep the UTF-8 whole */
				json_same(json_stringn(run, sizeof(run)));
		}
	}
	/* Keys in insertion order, nested containers, escaped keys. */
	o = json_pack("{s:i, s:[s, n, {s:b}], s:{}, s:[], s:s}", "z", 1,
	    "a", "x", "k", 1, "m", "e", "li\"ne\n", "v");
	json_same(o);
}

/* buf_printf formats past its first guess of room. */
/* An arena hands out aligned blocks across chunks and counts what it handed out. */
static void
test_arena(void **state)
{
	struct arena	*a = arena_new(0);
	char		*p, *q;
	size_t		 i, want = 0;

	(void)state;
	assert_int_equal(arena_used(a), 0);
	for (i = 1; i <= 200; i++) {	/* past the first chunks */
		p = arena_alloc(a, i * 7);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
		memset(p, 'x', i * 7);
		want += (i * 7 + sizeof(max_align_t) - 1) / sizeof(max_align_t) *
		    sizeof(max_align_t);
	}
	assert_int_equal(arena_used(a), want);
	q = arena_strndup(a, "press release", 5);
	assert_string_equal(q, "press");
	p = arena_calloc(a, 10, sizeof(int));
	for (i = 0; i < 10; i++)
		assert_int_equal(((int *)p)[i], 0);
	assert_true(arena_used(a) > want);
	arena_free(a);
}

static void
test_buf_printf_long(void **state)
{
	struct buf	b;
	char		want[3001];

	(void)state;
	memset(want, 'y', 3000);
	want[3000] = '\0';
	buf_init(&b);
	buf_puts(&b, "x");
	buf_printf(&b, "%s%d", want, 42);
	assert_int_equal(b.len, 3003);
	assert_memory_equal(b.data + 1, want, 3000);
	assert_string_equal(b.data + 3001, "42");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slug_basic),
		cmocka_unit_test(test_slug_limit),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_utf8_repair),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_buf_printf_long),
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_json_write),
		cmocka_unit_test(test_sha256),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
