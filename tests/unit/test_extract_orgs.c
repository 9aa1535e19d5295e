/*
 * Unit tests of the extractor: Organizations, their variants, and coalitions with their members, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

/* A release head: site heading, title, date; the body follows. */
#define HEAD	"Larkspur Valley News\n\nGroups Act on Larkspur Creek\n\nMarch 3, 2014\n\n"

/* Returns 1 if the organization record o goes by n (name or alias). */
static int
goes_by(json_t *o, const char *n)
{
	json_t	*a;
	size_t	 i;

	if (o == NULL)
		return 0;
	if (strcmp(str(o, "name"), n) == 0)
		return 1;
	json_array_foreach(json_object_get(o, "aliases"), i, a)
		if (strcmp(json_string_value(a), n) == 0)
			return 1;
	return 0;
}

/* Returns the coalition record of d named n, or NULL. */
static json_t *
coalition(json_t *d, const char *n)
{
	return named(d, "coalitions", n);
}

/* Returns 1 if coalition c lists member m. */
static int
has_member(json_t *c, const char *m)
{
	json_t	*a;
	size_t	 i;

	if (c == NULL)
		return 0;
	json_array_foreach(json_object_get(c, "members"), i, a)
		if (strcmp(json_string_value(a), m) == 0)
			return 1;
	return 0;
}

/* Returns how many members coalition c lists. */
static size_t
nmembers(json_t *c)
{
	return c == NULL ? 0 : json_array_size(json_object_get(c, "members"));
}

/* An empty release extracts to no documents. */
static void
test_orgs_empty(void **state)
{
	json_t	*j;

	(void)state;
	j = run("");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 0);
	json_decref(j);
}

/* A sign-on letter: one signer a line, a city after a comma, the coalition first. */
static void
test_orgs_sign_on(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Larkspur Water Coalition today sent a letter to the governor "
	    "urging a moratorium on new permits.\n\n"
	    "Signed,\n\nLarkspur Water Coalition\nHeron Bay Anglers Club\n"
	    "Friends of the Marsh, Dover, DE\nSave the Upper Larkspur\nTidewater Keepers Guild\n\n"
	    "The coalition will testify at the hearing next month in the state capital.\n");
	d = doc(j, 0);
	c = coalition(d, "Larkspur Water Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 4);
	assert_true(has_member(c, "Heron Bay Anglers Club"));
	assert_true(has_member(c, "Friends of the Marsh"));
	assert_true(has_member(c, "Save the Upper Larkspur"));
	assert_true(has_member(c, "Tidewater Keepers Guild"));
	assert_non_null(org(d, "Friends of the Marsh"));
	assert_null(org(d, "Friends of the Marsh, Dover, DE"));
	json_decref(j);
}

/* Signers at the end of the page, after "The undersigned organizations:". */
static void
test_orgs_sign_on_trailing(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Marsh Defense Alliance\n\nGroups Ask for Marsh Hearing\n\nMarch 3, 2014\n\n"
	    "The Marsh Defense Alliance asked the county for a public hearing.\n\n"
	    "The undersigned organizations:\n\nMarsh Defense Alliance\nQuarry Road Neighbors Association\n"
	    "Bluegill Lake Stewards\nOsprey Point Land Trust\n");
	d = doc(j, 0);
	c = coalition(d, "Marsh Defense Alliance");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 3);
	assert_true(has_member(c, "Bluegill Lake Stewards"));
	assert_non_null(org(d, "Osprey Point Land Trust"));
	json_decref(j);
}

/* "The coalition includes A, B and C" without a colon: the named alliance before it. */
static void
test_orgs_includes_prose(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "Residents have formed the Larkspur Creek Alliance to press for testing. "
	    "The coalition includes the Willow Flats Defense Fund, Dunmore Growers Union "
	    "and Friends of Larkspur Creek.\n\nThe alliance meets on May 20.\n");
	d = doc(j, 0);
	c = coalition(d, "Larkspur Creek Alliance");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 3);
	assert_true(has_member(c, "Willow Flats Defense Fund"));
	assert_true(has_member(c, "Dunmore Growers Union"));
	assert_true(has_member(c, "Friends of Larkspur Creek"));
	json_decref(j);
}

/* "was formed by A (ACR), the tenant union B and C, and was joined by D, E, and F". */
static void
test_orgs_formed_joined(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Fair Rent Larkspur Coalition was formed in May by the Larkspur Tenant "
	    "Law Clinic (LTLC), the tenant union Elm Street Renters United and the Dunmore "
	    "Housing Network, and was joined this week by the Larkspur Workers\xe2\x80\x99 Council, "
	    "Dunmore College Students\xe2\x80\x99 Association, and Grace Hill Baptist Parish.\n");
	d = doc(j, 0);
	c = coalition(d, "Fair Rent Larkspur Coalition");
	assert_int_equal(nmembers(c), 6);
	assert_true(has_member(c, "Larkspur Tenant Law Clinic"));
	assert_true(has_member(c, "Elm Street Renters United"));
	assert_true(has_member(c, "Dunmore Housing Network"));
	assert_true(has_member(c, "Grace Hill Baptist Parish"));
	assert_string_equal(str(org(d, "Larkspur Tenant Law Clinic"), "acronym"), "LTLC");
	json_decref(j);
}

/* A bulleted member list after "includes:", then "joined the campaign:"; the publisher is the coalition. */
static void
test_orgs_bullets_publisher(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Fair Wages Larkspur\n\nCampaign Launches for Care Workers\n\nMarch 3, 2014\n\n"
	    "A coalition of unions and advocates today launched Fair Wages Larkspur.\n\n"
	    "The coalition includes:\n\n\xe2\x80\xa2 Larkspur Disability Rights Collaborative\n\n"
	    "\xe2\x80\xa2 Dunmore Care Workers Local 17\n\n\xe2\x80\xa2 Centro de Cuidadoras del Valle\n\n"
	    "Two more groups joined the campaign this week: the Larkspur Nurses Guild and "
	    "the Dunmore Elders Council.\n\nThe campaign meets on Monday.\n");
	d = doc(j, 0);
	c = coalition(d, "Fair Wages Larkspur");
	assert_int_equal(nmembers(c), 5);
	assert_true(has_member(c, "Centro de Cuidadoras del Valle"));
	assert_true(has_member(c, "Dunmore Care Workers Local 17"));
	assert_true(has_member(c, "Larkspur Nurses Guild"));
	assert_true(has_member(c, "Dunmore Elders Council"));
	json_decref(j);
}

/* A list with no coalition to belong to makes no coalition. */
static void
test_orgs_list_no_owner(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The tour includes Dover, Milford and Lewes, with stops at each library.\n");
	d = doc(j, 0);
	assert_int_equal(json_array_size(json_object_get(d, "coalitions")), 0);
	assert_null(org(d, "Dover"));
	json_decref(j);
}

/* Possessives inside a name, curly and straight; no "Medical Center" left alone. */
static void
test_orgs_possessive(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Dr. Ana Reyes, a physician at St. Agatha\xe2\x80\x99s Medical Center in Dover, "
	    "said the clinic joined the Coastal Children's Health Network and the "
	    "City Auditor's Office agreed.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "St. Agatha\xe2\x80\x99s Medical Center"));
	assert_non_null(org(d, "Coastal Children's Health Network"));
	assert_non_null(org(d, "City Auditor's Office"));
	assert_null(org(d, "Medical Center"));
	assert_null(org(d, "Health Network"));
	json_decref(j);
}

/* A union local, a council before a title, a trailing state, a house of worship. */
static void
test_orgs_name_forms(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Most of the workers are members of DWLU Local 318. "
	    "City Council President Marta Ruiz said the vote is set. "
	    "Tenant Court Watch Ohio, a volunteer program, sent monitors. "
	    "Rabbi Eli Stern of Temple Beth Shalom spoke. The Bayview Public Utility District "
	    "and the Greenway Congressional District were named.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "DWLU Local 318"), "Local 318"));
	assert_non_null(org(d, "City Council"));
	assert_non_null(org(d, "Tenant Court Watch Ohio"));
	assert_null(org(d, "Tenant Court Watch"));
	assert_non_null(org(d, "Temple Beth Shalom"));
	assert_non_null(org(d, "Bayview Public Utility District"));
	assert_null(org(d, "Greenway Congressional District"));
	json_decref(j);
}

/* Advocacy names: "Save the X" as a speaker, "Parents for X", a gerund before "the". */
static void
test_orgs_advocacy_names(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Save the Lower Larkspur said the permit is unlawful. "
	    "Neighbors joined Parents for Safer Streets at the hearing. "
	    "The pantry is a member of Feeding the Shore Network.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Save the Lower Larkspur"));
	assert_non_null(org(d, "Parents for Safer Streets"));
	assert_non_null(org(d, "Feeding the Shore Network"));
	assert_null(org(d, "Shore Network"));
	json_decref(j);
}

/* Variants of one department are one record; a company keeps its "Inc.". */
static void
test_orgs_variants(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Department of Public Works (DPW) will repave Main Street. "
	    "Crews from the Public Works Department start in May. "
	    "The Delaware Department of Wild Lands approved it, and the Department of Wild Lands "
	    "will monitor the site. Harrow Sensors, Inc. will supply the gauges. "
	    "The Bayview Water District (Bayview WD) agreed.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Department of Public Works"), "Public Works Department"));
	assert_null(org(d, "Public Works Department"));
	assert_true(goes_by(org(d, "Delaware Department of Wild Lands"),
	    "Department of Wild Lands"));
	assert_null(org(d, "Department of Wild Lands"));
	assert_true(goes_by(org(d, "Harrow Sensors, Inc."), "Harrow Sensors"));
	assert_true(goes_by(org(d, "Bayview Water District"), "Bayview WD"));
	json_decref(j);
}

/* A federal department ("U.S. Department of X") is not merged into a state's. */
static void
test_orgs_variants_federal(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The U.S. Department of Wild Lands issued the rule, and the Delaware "
	    "Department of Wild Lands will enforce it.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Department of Wild Lands"));
	assert_non_null(org(d, "Delaware Department of Wild Lands"));
	json_decref(j);
}

/* "X Fund of the Y Foundation" and "A Center of P and B Hospital" name two bodies each. */
static void
test_orgs_two_names(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The grant came from the Harbor Families Fund of the Greater Dover Community "
	    "Foundation. The study ran at University Medical Center of Lewes and Sussex Basin "
	    "Community Hospital.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d,
	    "Harbor Families Fund of the Greater Dover Community Foundation"),
	    "Harbor Families Fund"));
	assert_non_null(org(d, "Greater Dover Community Foundation"));
	assert_non_null(org(d, "University Medical Center of Lewes"));
	assert_non_null(org(d, "Sussex Basin Community Hospital"));
	json_decref(j);
}

/* Organizations named only in the "About" boilerplate are found too. */
static void
test_orgs_boilerplate(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Dover Harbor Clinic opened a new wing today.\n\n"
	    "About Dover Harbor Clinic\n\nDover Harbor Clinic is a founding partner of the "
	    "Coastal Region Women\xe2\x80\x99s Health Network.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Coastal Region Women\xe2\x80\x99s Health Network"));
	json_decref(j);
}

/* Numbered signers, and a person signing for an organization named after the title. */
static void
test_orgs_sign_on_people(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Dunmore Clean Air Coalition asked the state to deny the permit.\n\n"
	    "Signatories:\n\n1. Dunmore Clean Air Coalition\n2. Harbor Lung Health Association\n"
	    "3. Ana Ruiz, Executive Director, Lewes Asthma Project\n\n"
	    "The state will rule in June after a public comment period closes.\n");
	d = doc(j, 0);
	c = coalition(d, "Dunmore Clean Air Coalition");
	assert_int_equal(nmembers(c), 2);
	assert_true(has_member(c, "Harbor Lung Health Association"));
	assert_true(has_member(c, "Lewes Asthma Project"));
	assert_null(org(d, "Ana Ruiz"));
	json_decref(j);
}

/* Members named before their coalition: "A, B and the C formed the X Coalition". */
static void
test_orgs_formers(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "On Monday, the Willow Flats Defense Fund, Dunmore Growers Union and the "
	    "Heron Bay Anglers Association formed the Larkspur Creek Coalition. "
	    "Residents of Alden Falls and Dunmore formed the Larkspur River Alliance.\n");
	d = doc(j, 0);
	c = coalition(d, "Larkspur Creek Coalition");
	assert_int_equal(nmembers(c), 3);
	assert_true(has_member(c, "Heron Bay Anglers Association"));
	assert_null(coalition(d, "Larkspur River Alliance"));
	assert_null(org(d, "Residents of Alden Falls"));
	json_decref(j);
}

/* Religious orders ("Sisters of St. X") and a club named as an opponent. */
static void
test_orgs_orders_clubs(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The hospital was founded in 1890 by the Sisters of St. Agatha. "
	    "He should be fit for the home match against the Tri-Valley Herons.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Sisters of St. Agatha"));
	assert_non_null(org(d, "Tri-Valley Herons"));
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_orgs_empty),
		cmocka_unit_test(test_orgs_sign_on),
		cmocka_unit_test(test_orgs_sign_on_trailing),
		cmocka_unit_test(test_orgs_includes_prose),
		cmocka_unit_test(test_orgs_formed_joined),
		cmocka_unit_test(test_orgs_bullets_publisher),
		cmocka_unit_test(test_orgs_list_no_owner),
		cmocka_unit_test(test_orgs_possessive),
		cmocka_unit_test(test_orgs_name_forms),
		cmocka_unit_test(test_orgs_advocacy_names),
		cmocka_unit_test(test_orgs_variants),
		cmocka_unit_test(test_orgs_variants_federal),
		cmocka_unit_test(test_orgs_two_names),
		cmocka_unit_test(test_orgs_boilerplate),
		cmocka_unit_test(test_orgs_sign_on_people),
		cmocka_unit_test(test_orgs_formers),
		cmocka_unit_test(test_orgs_orders_clubs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
