/*
 * Unit tests of the extractor: People, titles and the organizations they speak for, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

/* An empty release extracts to no documents. */
static void
test_people_empty(void **state)
{
	json_t	*j;

	(void)state;
	j = run("");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 0);
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
