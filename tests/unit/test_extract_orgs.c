/*
 * Unit tests of the extractor: Organizations, their variants, and coalitions with their members, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

#define LQ	"\xe2\x80\x9c"	/* “ */
#define RQ	"\xe2\x80\x9d"	/* ” */
#define RSQ	"\xe2\x80\x99"	/* ’ */
#define MDASH	"\xe2\x80\x94"	/* — */

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

/*
 * A federal department ("U.S. Department of X") keeps its national prefix,
 * goes by the short form too, and is not merged into a state's.
 */
static void
test_orgs_variants_federal(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The U.S. Department of Wild Lands issued the rule, and the Delaware "
	    "Department of Wild Lands will enforce it. The suit was filed in the U.S. "
	    "District Court for the District of Lenape.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "U.S. Department of Wild Lands"), "Department of Wild Lands"));
	assert_non_null(org(d, "Delaware Department of Wild Lands"));
	assert_non_null(org(d, "U.S. District Court for the District of Lenape"));
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

/* Names closing in "Band", "Shelter", "Schools" or "LLP", and "X for Y Center". */
static void
test_orgs_more_heads(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Staff from the Heron Lake Band reviewed the plan with the Justice for "
	    "Elders Legal Center and the firm Pellow & Marsh LLP. The Dunmore Family Shelter "
	    "and Larkspur City Public Schools will host meetings.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Heron Lake Band"));
	assert_non_null(org(d, "Justice for Elders Legal Center"));
	assert_null(org(d, "Elders Legal Center"));
	assert_non_null(org(d, "Pellow & Marsh LLP"));
	assert_non_null(org(d, "Dunmore Family Shelter"));
	assert_non_null(org(d, "Larkspur City Public Schools"));
	json_decref(j);
}

/* A coalition named "X for Y Coalition" whose member list holds an alliance. */
static void
test_orgs_for_coalition(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Safe Water for Towns Coalition today wrote to the state board.\n\n"
	    "The coalition's members include Anglers for Clean Rivers, the Marsh Health "
	    "Network and Dover Bike Lanes Alliance.\n");
	d = doc(j, 0);
	assert_null(org(d, "Towns Coalition"));
	c = coalition(d, "Safe Water for Towns Coalition");
	assert_non_null(c);
	assert_true(has_member(c, "Dover Bike Lanes Alliance"));
	assert_true(has_member(c, "Marsh Health Network"));
	assert_null(coalition(d, "Dover Bike Lanes Alliance"));
	json_decref(j);
}

/* "X is a member of the Y Coalition." adds X, even when X is only the publisher. */
static void
test_orgs_member_of(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Dover Riders Union\n\nRiders Rally for Buses\n\nMarch 3, 2014\n\n"
	    "The Larkspur Transit Coalition, joined by the Dover Nurses Association and the "
	    "Kent Parents Council, rallied on Tuesday.\n\n"
	    "Dover Riders Union is a member of the Larkspur Transit Coalition.\n");
	d = doc(j, 0);
	c = coalition(d, "Larkspur Transit Coalition");
	assert_true(has_member(c, "Dover Riders Union"));
	assert_true(has_member(c, "Kent Parents Council"));
	json_decref(j);
}

/* Union locals: "A and B Local 12" in full, its short forms, and "ACR Local 12". */
static void
test_orgs_union_local(void **state)
{
	json_t	*j, *d, *o;

	(void)state;
	j = run("HARBOR AND DOCK WORKERS\n\nDockers Strike\n\nMarch 3, 2014\n\n"
	    "The strike was called by Harbor and Dock Workers Local 77, which won an "
	    "election in May. A rally by the Gulf Transit Workers Local 9 followed, and "
	    "GTW Local 9 members joined the picket line.\n");
	d = doc(j, 0);
	o = org(d, "Harbor and Dock Workers Local 77");
	assert_true(goes_by(o, "Harbor and Dock Workers"));
	assert_true(goes_by(o, "Local 77"));
	assert_null(org(d, "Dock Workers Local 77"));
	assert_null(org(d, "HARBOR AND DOCK WORKERS"));
	o = org(d, "Gulf Transit Workers Local 9");
	assert_true(goes_by(o, "GTW Local 9"));
	assert_string_equal(str(o, "acronym"), "GTW");
	assert_null(org(d, "GTW Local 9"));
	json_decref(j);
}

/* "Temple X of Place", and "The council represents ..., including A, B and C." */
static void
test_orgs_council_including(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Interfaith Council of Larkspur Valley\n\nStatement on Shelters\n\n"
	    "March 3, 2014\n\nThe Interfaith Council of Larkspur Valley urged the county "
	    "to act.\n\n"
	    "The council represents 20 congregations, including Temple Beth Or of Dover, "
	    "St. Agnes Catholic Parish, the Dover Islamic Center and First Baptist Church "
	    "of Lewes.\n\nFive hospitals, including Dover General Hospital and Kent "
	    "Medical Center, took part.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Temple Beth Or of Dover"));
	assert_null(org(d, "Temple Beth Or"));
	c = coalition(d, "Interfaith Council of Larkspur Valley");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 4);
	assert_true(has_member(c, "Temple Beth Or of Dover"));
	assert_true(has_member(c, "Dover Islamic Center"));
	assert_false(has_member(c, "Dover General Hospital"));
	json_decref(j);
}

/* A sign-on line "X Workers, Y Union Local 5" is one signer going by both parts. */
static void
test_orgs_sign_on_local(void **state)
{
	json_t	*j, *d, *c, *o;

	(void)state;
	j = run(HEAD "The Keep Our Branches Coalition urges you to keep the branches "
	    "open.\n\nSincerely,\n\n"
	    "Keep Our Branches Coalition\nFriends of the Dover Library\n"
	    "Dover Library Workers, Public Staff Union Local 5\nDover Literacy Council\n");
	d = doc(j, 0);
	o = org(d, "Dover Library Workers, Public Staff Union Local 5");
	assert_true(goes_by(o, "Dover Library Workers"));
	assert_true(goes_by(o, "Public Staff Union Local 5"));
	assert_null(org(d, "Public Staff Union Local 5"));
	c = coalition(d, "Keep Our Branches Coalition");
	assert_true(has_member(c, "Dover Library Workers, Public Staff Union Local 5"));
	json_decref(j);
}

/* A company named by its trade ("Larkspur Logistics") or a health plan, not by a head noun. */
static void
test_orgs_trades(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Workers at the depot run by Kestrel Logistics walked out. Crews from "
	    "Dover Shipbuilding helped. In a statement, Kestrel Logistics said the company "
	    "follows the rules. Support came from Brightwell Delaware Health Plan.\n\n"
	    "Regional Manufacturing\n\nPlants reopened.\n");
	d = doc(j, 0);
	assert_null(org(d, "Regional Manufacturing"));
	assert_non_null(org(d, "Brightwell Delaware Health Plan"));
	assert_non_null(org(d, "Kestrel Logistics"));
	assert_non_null(org(d, "Dover Shipbuilding"));
	json_decref(j);
}

/* A sentence-case title names the body it addresses; a title-case headline is not read. */
static void
test_orgs_title(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Keep Our Branches Coalition\n\nOpen letter to the Dover County Board of "
	    "Supervisors on library branch hours\n\nMarch 3, 2014\n\nWe write about the "
	    "budget.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Dover County Board of Supervisors"));
	json_decref(j);
	j = run("Dover News\n\nParents Urge State Board to Drop Diesel Buses\n\n"
	    "March 3, 2014\n\nParents wrote to the board.\n");
	d = doc(j, 0);
	assert_null(org(d, "Parents Urge State Board"));
	assert_null(org(d, "State Board"));
	json_decref(j);
}

/* A head noun inside a quoted study title is no name, unless the title opens with it. */
static void
test_orgs_quoted_title(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Results appeared in the study \"Faster Triage in the Intensive Care "
	    "Unit Department: A Multicenter Trial.\" An earlier review, \"Dover Transit "
	    "Authority: Contract Oversight,\" found gaps.\n");
	d = doc(j, 0);
	assert_null(org(d, "Intensive Care Unit Department"));
	assert_non_null(org(d, "Dover Transit Authority"));
	json_decref(j);
}

/* "New" inside a sentence opens a name; "United Way" is a head of two words. */
static void
test_orgs_new_united_way(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The New Larkspur Water Utilities Council met on Monday. \"We will "
	    "help,\" said Dana Roe, president of Greater Dover United Way.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "New Larkspur Water Utilities Council"));
	assert_null(org(d, "Larkspur Water Utilities Council"));
	assert_non_null(org(d, "Greater Dover United Way"));
	assert_null(org(d, "Greater Dover United"));
	json_decref(j);
	j = run(HEAD "New York Ferry Workers Union members voted. New Harbor Clinic "
	    "opened.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "New York Ferry Workers Union"));
	assert_non_null(org(d, "Harbor Clinic"));
	json_decref(j);
}

/* "City of X" acting, "Port of X" always, and "the Port" referring back. */
static void
test_orgs_of_bodies(void **state)
{
	json_t	*j, *d, *p;

	(void)state;
	j = run(HEAD "The Port of Alder Sound (the Port) will pay for shore power. "
	    "Residents of the City of Dunmore complained.\n\nThe agreement was signed "
	    "with the Town of Ashby on Monday.\n\nAna Ruiz, a spokeswoman for the Port, "
	    "said the berths would open in May.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Port of Alder Sound"));
	assert_non_null(org(d, "Town of Ashby"));
	assert_null(org(d, "City of Dunmore"));
	assert_string_equal(str(org(d, "Town of Ashby"), "kind"), "government");

	p = person(d, "Ana Ruiz");
	assert_non_null(p);
	assert_string_equal(str(p, "organization"), "Port of Alder Sound");
	json_decref(j);
	j = run(HEAD "Dover Cranes will work with the Port of Alder Sound on a pilot.\n\n"
	    "A spokesperson for the port, Jo Lindqvist, said the cranes would arrive "
	    "in May.\n");
	d = doc(j, 0);
	p = person(d, "Jo Lindqvist");
	assert_non_null(p);
	assert_string_equal(str(p, "organization"), "Port of Alder Sound");
	json_decref(j);
	/* "City Council" and "Dover City Council" are the same body, in either order. */
	j = run(HEAD "The City Council met at noon. Later the Dover City Council voted "
	    "on the plan.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Dover City Council"), "City Council"));
	assert_null(org(d, "City Council"));
	json_decref(j);
	j = run(HEAD "The Dover City Council voted on Monday. The City Council meets "
	    "again in May.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Dover City Council"), "City Council"));
	assert_null(org(d, "City Council"));
	json_decref(j);
}

/* A title and a name after a body, a unit in a job title, a place before a noun. */
static void
test_orgs_false_names(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Board of Education Vice President Tobin Marsh spoke first. "
	    "\"No,\" said Lena Voss, Water Quality Enforcement Manager at the agency. "
	    "Tenants of the Ashby Court apartments met, said Mo Diaz, who chairs the "
	    "Ashby Court tenant committee.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Board of Education"));
	assert_null(org(d, "Board of Education Vice President Tobin Marsh"));
	assert_null(org(d, "Water Quality Enforcement"));
	assert_null(org(d, "Ashby Court"));
	json_decref(j);
	j = run(HEAD "Dover County Human Services Director Ella Marsh spoke.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Dover County Human Services"));
	json_decref(j);
	j = run(HEAD "The Dover Institute of Chief Executive Officers met. The team "
	    "plays in the NCAA Division I league.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Dover Institute of Chief Executive Officers"));
	assert_null(org(d, "NCAA Division"));
	json_decref(j);
}

/* A university and its unit are one name; divisions, schools by level. */
static void
test_orgs_units_schools(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Researchers at Northern State University Great Ponds Observatory "
	    "counted fish. The Dover Falls Streets Division will sweep. Parents at "
	    "Hollins Elementary and at Dover Middle protested, as did Ashby Middle and "
	    "Ashby High School.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Northern State University Great Ponds Observatory"));
	assert_null(org(d, "Northern State University"));
	assert_non_null(org(d, "Dover Falls Streets Division"));
	assert_non_null(org(d, "Hollins Elementary"));
	assert_non_null(org(d, "Dover Middle"));
	assert_non_null(org(d, "Ashby Middle"));
	assert_non_null(org(d, "Ashby High School"));
	assert_null(org(d, "Ashby Middle and Ashby High School"));
	json_decref(j);
	/* A resort or ski area is a place unless a head noun follows. */
	j = run(HEAD "Skiers at Pine Crest Resort and Mount Dover Ski Area rode early. "
	    "The Pine Crest Resort Association objected.\n");
	d = doc(j, 0);
	assert_null(org(d, "Pine Crest Resort"));
	assert_null(org(d, "Mount Dover Ski Area"));
	assert_non_null(org(d, "Pine Crest Resort Association"));
	json_decref(j);
}

/* A short form merges into the one longer name of the document that holds it. */
static void
test_orgs_short_form_merge(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Dunmore County Sheriff's Office arrested two men on Monday. "
	    "The Sheriff's Office asked the public for tips.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Dunmore County Sheriff's Office"), "Sheriff's Office"));
	assert_null(org(d, "Sheriff's Office"));
	json_decref(j);
	/* "X's Office" for "Office of the X", with a place before it. */
	j = run(HEAD "The Alder State Office of the Attorney General sued a lender. "
	    "\"The Attorney General's Office is listening,\" said Mo Reyes, an "
	    "organizer.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Alder State Office of the Attorney General"),
	    "Attorney General's Office"));
	assert_null(org(d, "Attorney General's Office"));
	json_decref(j);
	j = run(HEAD "Researchers at the Ashby University School of Nursing counted "
	    "shifts.\n\nThe School of Nursing will publish the data. The Pell Valley "
	    "School District Board of Education voted Monday; minutes are on the "
	    "Board of Education page.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Ashby University School of Nursing"),
	    "School of Nursing"));
	assert_true(goes_by(org(d, "Pell Valley School District Board of Education"),
	    "Board of Education"));
	assert_null(org(d, "Board of Education"));
	json_decref(j);
	/* Two longer names fit and neither is the publisher: kept apart. */
	j = run(HEAD "The Dunmore County Sheriff's Office and the Ashby County Sheriff's "
	    "Office worked the case. The Sheriff's Office asked for tips.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Sheriff's Office"));
	assert_false(goes_by(org(d, "Dunmore County Sheriff's Office"), "Sheriff's Office"));
	json_decref(j);
}

/* "ACR LOCAL 9" in capitals is the "Long Union Name Local 9" it spells. */
static void
test_orgs_local_capitals(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("ABCU LOCAL 9\nAmalgamated Bus Carriers Union \xe2\x80\x94 Representing "
	    "drivers of Dover since 1950\n\nHome   News   Contact\n\nNews\n\n"
	    "Members Ratify Contract With Dover Transit\n\nThursday, January 9, 2020\n\n"
	    "DOVER \xe2\x80\x94 Members of Amalgamated Bus Carriers Union Local 9 voted "
	    "on Wednesday to ratify a contract with the Dover Transit Authority.\n\n"
	    "The vote was 80 to 20.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Amalgamated Bus Carriers Union Local 9"),
	    "ABCU LOCAL 9"));
	assert_null(org(d, "ABCU LOCAL 9"));
	json_decref(j);
}

/* A branch named with its possessive owner; trades and firms; "-based" is no part of a name. */
static void
test_orgs_branch_trades(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The letter was co-signed by Bass Forever's Prairie Chapter. "
	    "A study came from Dover-based Kettle Environmental Consultants and "
	    "from the engineering firm Hale & Moss Associates. The Ashby Falls "
	    "Utilities board met, and leaders of the Alder General Assembly "
	    "listened.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Bass Forever's Prairie Chapter"), "Prairie Chapter"));
	assert_non_null(org(d, "Kettle Environmental Consultants"));
	assert_null(org(d, "Dover-based Kettle Environmental Consultants"));
	assert_non_null(org(d, "Hale & Moss Associates"));
	assert_non_null(org(d, "Ashby Falls Utilities"));
	assert_non_null(org(d, "Alder General Assembly"));
	json_decref(j);
}

/* A coalition listed among the members of a vertical list does not own it. */
static void
test_orgs_vlist_owner(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Alder Clean Water Coalition (ACWC), launched in March, wrote "
	    "to the governor.\n\nThe letter was organized by the Dover Nurses "
	    "Association and the Ashby River Network.\n\nThe coalition's founding "
	    "members include:\n\nDover Nurses Association\nAshby River Network\n"
	    "Pell Valley Anglers Club\n\nThe coalition meets again in May.\n");
	d = doc(j, 0);
	c = coalition(d, "Alder Clean Water Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 3);
	assert_true(has_member(c, "Ashby River Network"));
	assert_null(coalition(d, "Ashby River Network"));
	json_decref(j);
}

/* Small words of a title-case name ("a", "by") keep it whole after "the". */
static void
test_orgs_small_words(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Tenants joined the members of the Rent Is a Right Coalition "
	    "at the hearing.\n\nThe Counting by Five Network gave out grants. "
	    "A report by Dover Institute came out. He praised the Pell River Act "
	    "by Senate Finance Committee staff.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Rent Is a Right Coalition"));
	assert_null(org(d, "Right Coalition"));
	assert_non_null(org(d, "Counting by Five Network"));
	assert_null(org(d, "Five Network"));
	assert_non_null(org(d, "Dover Institute"));
	assert_null(org(d, "Pell River Act by Senate Finance Committee"));
	json_decref(j);
}

/* "Committee on A, B and C": a serial list of subjects closes the name. */
static void
test_orgs_serial_subjects(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Assembly Committee on Parks, Trails and Open Space voted "
	    "on Monday.\n\nThe Dover Committee on Parks, Mayor Jo Lund and Tom "
	    "Bell met later.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Assembly Committee on Parks, Trails and Open Space"));
	assert_null(org(d, "Assembly Committee on Parks"));
	assert_non_null(org(d, "Dover Committee on Parks"));
	json_decref(j);
}

/* Possessive plurals in "-men", "International", "Against", utilities, "Crime Stoppers". */
static void
test_orgs_name_shapes(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Ada Brill, president of the Harbor Lobstermen" RSQ "s "
	    "Association, spoke.\n\nThe Amalgamated Bakers and Millers "
	    "International backed the plan, as did Mothers Against Reckless "
	    "Boating.\n\nPower comes from Alder City Light (ACL). Tips go to "
	    "Crime Stoppers of East Dover at 555-0100.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Harbor Lobstermen" RSQ "s Association"));
	assert_null(org(d, "Harbor Lobstermen"));
	assert_non_null(org(d, "Amalgamated Bakers and Millers International"));
	assert_null(org(d, "Millers International"));
	assert_non_null(org(d, "Mothers Against Reckless Boating"));
	assert_non_null(org(d, "Alder City Light"));
	assert_string_equal(str(org(d, "Alder City Light"), "acronym"), "ACL");
	assert_non_null(org(d, "Crime Stoppers of East Dover"));
	json_decref(j);
}

/* "Port of X Commission" names the port and its board; "the Port" is the port. */
static void
test_orgs_port_commission(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Port of Alder Bay Commission voted 4-1 on Tuesday to "
	    "build a new dock.\n\nThe Port also plans a park.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Port of Alder Bay Commission"));
	assert_non_null(org(d, "Port of Alder Bay"));
	assert_null(org(d, "Alder Bay Commission"));
	json_decref(j);
}

/* Two companies joined by "and", the first named by its trade, stay two. */
static void
test_orgs_trade_and(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Dover Ledger is backed by Birch Lane Ventures and Keel Harbor "
	    "Partners.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Birch Lane Ventures"));
	assert_non_null(org(d, "Keel Harbor Partners"));
	assert_null(org(d, "Birch Lane Ventures and Keel Harbor Partners"));
	json_decref(j);
}

/* Head nouns inside a quoted title, and "Enforcement of ...", name no body. */
static void
test_orgs_title_fragments(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "A report by the Dover Housing Council, " LQ "Cold Rooms: "
	    "Enforcement of Housing Codes, 2010-2015," RQ " found delays.\n\n"
	    "The study, \"Heat and Hospital Emergency Department Visits in Ohio,\" "
	    "was published in May.\n\nEnforcement of the rule starts in June.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Dover Housing Council"));
	assert_null(org(d, "Enforcement of Housing Codes"));
	assert_null(org(d, "Hospital Emergency Department"));
	assert_null(org(d, "Enforcement of the rule"));
	json_decref(j);
}

/* A site named for a senator, or a headline, is no organization. */
static void
test_orgs_not_names(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Senator Ada Brill\n\nBrill statement on the budget\n\n"
	    "March 3, 2014\n\nALBANY " MDASH " Sen. Ada Brill said the budget "
	    "falls short.\n");
	d = doc(j, 0);
	assert_null(org(d, "Senator Ada Brill"));
	json_decref(j);
	j = run("Dock workers approve $5 million deal at Pier 9\n\nMarch 3, 2014\n\n"
	    "DOVER " MDASH " The Dover Dock Workers Union approved the deal.\n");
	d = doc(j, 0);
	assert_null(org(d, "Dock workers approve $5 million deal at Pier 9"));
	json_decref(j);
}

/* "X is joined by fellow members of the Y Coalition " MDASH " A, B and C " MDASH "". */
static void
test_orgs_fellow_members(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Dover Walking Alliance (DWA) spoke today.\n\nDWA is joined "
	    "by fellow members of the Safe Roads Coalition " MDASH " the Ashby "
	    "Cyclists Club, the Pell Street Institute, Parents Against Speeding and "
	    "the Union of Road Planners " MDASH " in urging action.\n");
	d = doc(j, 0);
	c = coalition(d, "Safe Roads Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 5);
	assert_true(has_member(c, "Dover Walking Alliance"));
	assert_true(has_member(c, "Ashby Cyclists Club"));
	assert_true(has_member(c, "Parents Against Speeding"));
	assert_true(has_member(c, "Union of Road Planners"));
	json_decref(j);
}

/* Signers "working together as the X Coalition" are its members. */
static void
test_orgs_together_as(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Dover Voters Project and four partner groups, working "
	    "together as the Fair Count Coalition, asked for a recount.\n\n"
	    "Signed,\n\nDover Voters Project\nAshby Civic League\nPell Valley "
	    "Tenants Union\nLarkspur Faith Network\nDover Student Council\n\n"
	    "Media Contact: Jo Lund\n");
	d = doc(j, 0);
	c = coalition(d, "Fair Count Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 5);
	assert_true(has_member(c, "Dover Voters Project"));
	assert_true(has_member(c, "Dover Student Council"));
	json_decref(j);
}

/* A later name of three words that ends an earlier one plus one word is its short form. */
static void
test_orgs_tail_short_form(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Doctors at Dover Lung & Sleep Institute began a trial.\n\n"
	    "Patients can call the Lung & Sleep Institute at 555-0100.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Dover Lung & Sleep Institute"));
	assert_true(goes_by(org(d, "Dover Lung & Sleep Institute"),
	    "Lung & Sleep Institute"));
	assert_null(org(d, "Lung & Sleep Institute"));
	json_decref(j);
}

/*
 * Sign-on sub-headings: "Member organizations of the X Coalition" heads the
 * members and names the coalition; the people under "Physicians (...)" sign
 * as individuals, their affiliations organizations but not members.  The
 * list runs past sixteen lines.
 */
static void
test_orgs_sign_sections(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Pell Valley Water Coalition sent the letter below to the governor.\n\n"
	    "Please act before the summer.\n\nSincerely,\n\n"
	    "Member organizations of the Pell Valley Water Coalition\n"
	    "Dover Anglers Club\nAshby Tenants Union\nLarkspur Faith Network\n"
	    "Heron Bay Garden Club\nMothers for Clean Water of Ashby County\n"
	    "Dover Student Council\nPell Valley Farmers Alliance\nWillow Flats Neighbors Association\n"
	    "Quarry Road Land Trust\nOsprey Point Rowing Club\n\n"
	    "Physicians (affiliations listed for identification only)\n"
	    "Jo Lund, MD, Chair of Medicine, Dover General Hospital\n"
	    "Dr. Ana Ruiz, Pediatrician, Ashby Community Health Center\n"
	    "Prof. Eli Voss, School of Nursing, Pell Valley University\n"
	    "Mara Quist, RN, School Nurse, Dover Unified School District\n"
	    "Dr. Tom Pryor, Family Physician, Larkspur Family Clinic\n"
	    "Ruth Amberly, PhD, Epidemiologist (retired)\n");
	d = doc(j, 0);
	c = coalition(d, "Pell Valley Water Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 10);
	assert_true(has_member(c, "Dover Anglers Club"));
	assert_true(has_member(c, "Osprey Point Rowing Club"));
	assert_false(has_member(c, "Dover General Hospital"));
	assert_false(has_member(c, "Larkspur Family Clinic"));
	assert_null(org(d, "Member organizations of the Pell Valley Water Coalition"));
	assert_null(org(d, "Physicians (affiliations listed for identification only)"));
	assert_null(org(d, "Ruth Amberly"));
	assert_non_null(org(d, "Dover General Hospital"));
	assert_non_null(org(d, "Larkspur Family Clinic"));
	json_decref(j);
}

/* A quoted name before a common noun, and a topic inside a quoted title, are not bodies. */
static void
test_orgs_quoted_things(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Residents can check the county's \"Pine Lake Watch\" map for updates.\n\n"
	    "A 2023 study by the Dover Grid Institute, \"Fault Patterns in Utility-Scale "
	    "Battery Systems,\" found most faults were detectable.\n");
	d = doc(j, 0);
	assert_null(org(d, "Pine Lake Watch"));
	assert_null(org(d, "Utility-Scale Battery Systems"));
	assert_non_null(org(d, "Dover Grid Institute"));
	json_decref(j);
}

/* A name cut before its "of"/"for" phrase, and a masthead in capitals, are short forms. */
static void
test_orgs_cut_forms(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("DOVER REGIONAL TRANSIT\n\nWeekend Closures on the Red Line\n\nMarch 3, 2014\n\n"
	    "The Greater Dover Regional Transit Authority will close the Red Line on "
	    "weekends. The Alder Institute for Civic Policy asked the State Board of "
	    "Education to change school start times.\n\n"
	    "\"We will work with the State Board,\" said Jo Lund, a fellow at the Alder "
	    "Institute.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "State Board of Education"), "State Board"));
	assert_null(org(d, "State Board"));
	assert_true(goes_by(org(d, "Alder Institute for Civic Policy"), "Alder Institute"));
	assert_null(org(d, "Alder Institute"));
	assert_null(org(d, "DOVER REGIONAL TRANSIT"));
	json_decref(j);
}

/* "Roe & Poe Architects" is a firm; a conservancy is a body; a trade alone is neither. */
static void
test_orgs_firms(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The study was prepared by Harlow & Penn Architects for the district. "
	    "Volunteers of the Birch Hollow Conservancy planted trees. "
	    "Licensed Landscape Architects reviewed the plan.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Harlow & Penn Architects"));
	assert_non_null(org(d, "Birch Hollow Conservancy"));
	assert_null(org(d, "Licensed Landscape Architects"));
	assert_null(org(d, "Landscape Architects"));
	json_decref(j);
}

/* "The undersigned members of the X Coalition:" opens a sign-on list the coalition owns. */
static void
test_orgs_sign_of_coalition(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Fair Ballot Coalition sent a letter to the county today.\n\n"
	    "Sincerely,\n\n"
	    "The undersigned members of the Fair Ballot Coalition:\n"
	    "Brindle Tenants Association (BTA)\n"
	    "Marlow Harbor Neighborhood Council\n"
	    "Riders for Justice, Marlow Chapter\n"
	    "Quill Student Voter Initiative at Marlow Community College\n"
	    "Young Readers League " MDASH " Marlow Chapter\n\n"
	    "cc: Marlow County Board of Elections\n");
	d = doc(j, 0);
	c = coalition(d, "Fair Ballot Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 5);
	assert_true(has_member(c, "Brindle Tenants Association"));
	assert_true(has_member(c, "Riders for Justice, Marlow Chapter"));
	assert_true(has_member(c, "Quill Student Voter Initiative at Marlow Community College"));
	assert_string_equal(str(org(d, "Brindle Tenants Association"), "acronym"), "BTA");
	assert_null(org(d, "Brindle Tenants Association (BTA)"));
	assert_null(org(d, "Riders for Justice"));
	json_decref(j);
}

/* A law, a person joined by "and", and a quoted campaign are not organizations. */
static void
test_orgs_law_person_campaign(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "\"We will keep pressing Congress for the Dara Quill Worker Safety Act,\" "
	    "said Jo Pell. She was joined by Rev. Ama Roe of the Interfaith Council of Brindle "
	    "County and Lena Ostrow, president of the Brindle Retired Nurses Association. "
	    "We are expanding our " LQ "Clean Creek Campaign," RQ " which maps the springs.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Interfaith Council of Brindle County"));
	assert_null(org(d, "Interfaith Council of Brindle County and Lena Ostrow"));
	assert_null(org(d, "Congress for the Dara Quill Worker Safety Act"));
	assert_null(org(d, "Clean Creek Campaign"));
	json_decref(j);
}

/* Tribal nations, science surveys, fisheries agencies, public works and trade names. */
static void
test_orgs_nations_surveys(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The state will consult the Quillan Nation and the Pueblo of Tesh. "
	    "Data came from the Marlow Geological Survey and from BRIX Fisheries. "
	    "The 2023 Brindle Renters Survey found high rents. "
	    "Coffee was donated by Dun Kettle Roasters, and Brindle Public Works crews "
	    "repaved the road. Ana Pell founded Harrow Marine Supply in 1990.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Quillan Nation"));
	assert_non_null(org(d, "Pueblo of Tesh"));
	assert_non_null(org(d, "Marlow Geological Survey"));
	assert_non_null(org(d, "BRIX Fisheries"));
	assert_null(org(d, "Brindle Renters Survey"));
	assert_non_null(org(d, "Dun Kettle Roasters"));
	assert_non_null(org(d, "Brindle Public Works"));
	assert_non_null(org(d, "Harrow Marine Supply"));
	json_decref(j);
}

/* "LWHL Foundation" is the short form of "Lake Women's Hockey League Foundation". */
static void
test_orgs_acronym_head(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Lake Women's Hockey League Foundation gave $2 million today. "
	    "The LWHL Foundation will fund rinks in Brindle. "
	    "The ABC Foundation also gave.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Lake Women's Hockey League Foundation"), "LWHL Foundation") ||
	    org(d, "LWHL Foundation") == NULL);
	assert_null(org(d, "LWHL Foundation"));
	json_decref(j);
}

/* "The letter's signers include:" lists the members of the coalition behind the letter. */
static void
test_orgs_signers_include(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The open letter was organized by the Clergy Coalition for Fair Rent, "
	    "a statewide group of congregations.\n\n"
	    "The letter" RSQ "s signers include:\n\n"
	    "Bethel AME Church, Brindle\n"
	    "First Baptist Church of Tolland\n"
	    "Islamic Center of Marrow\n"
	    "Women of Faith in Action, Dover County\n\n"
	    "A full list is online.\n");
	d = doc(j, 0);
	c = coalition(d, "Clergy Coalition for Fair Rent");
	assert_non_null(c);
	assert_true(has_member(c, "Bethel AME Church"));
	assert_true(has_member(c, "First Baptist Church of Tolland"));
	assert_true(has_member(c, "Islamic Center of Marrow"));
	assert_true(has_member(c, "Women of Faith in Action"));
	assert_int_equal(nmembers(c), 4);
	json_decref(j);
}

/* Firms named for their goods or trade: "Products", "Hardware", "Constructors", "Container Lines". */
static void
test_orgs_trade_heads(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The warehouse was once used by Brindle Paper Products. "
	    "Work is led by Tolland-Roe Marine Constructors. "
	    "Marrow Container Lines said its ships are ready. "
	    "The award went to Diaz & Sons Hardware. "
	    "The city will replace lead service lines and the Water Service Lines map is online.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Brindle Paper Products"));
	assert_non_null(org(d, "Tolland-Roe Marine Constructors"));
	assert_non_null(org(d, "Marrow Container Lines"));
	assert_non_null(org(d, "Diaz & Sons Hardware"));
	assert_null(org(d, "Water Service Lines"));
	json_decref(j);
}

/* A name that opens a quoted title going on with "and" is no body ("“Tern Supply and Demand Report”"). */
static void
test_orgs_quoted_title_head(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The survey echoes the board" RSQ "s own " LQ "Teacher Supply and Demand Report,"
	    RQ " published in 2019. The " LQ "Brindle Housing Council" RQ " met too.\n");
	d = doc(j, 0);
	assert_null(org(d, "Teacher Supply"));
	json_decref(j);
}

/* "the Attorney General's Fraud Unit Division" and "the Fraud Unit Division" are one body. */
static void
test_orgs_possessive_unit(void **state)
{
	json_t	*j, *d, *o;

	(void)state;
	j = run(HEAD "The Office of the Attorney General's Tenant Protection Division opened the case. "
	    "Jo Roe, who oversees the Tenant Protection Division, spoke.\n");
	d = doc(j, 0);
	o = org(d, "Office of the Attorney General's Tenant Protection Division");
	if (o == NULL)
		o = org(d, "Tenant Protection Division");
	assert_non_null(o);
	assert_true(goes_by(o, "Tenant Protection Division"));
	assert_true(goes_by(o, "Office of the Attorney General's Tenant Protection Division"));
	assert_false(goes_by(o, "Office"));
	json_decref(j);
}

/* A numbered place opens the name after it ("the Pier 4 Neighbors Advisory Group"). */
static void
test_orgs_numbered_place(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "A new Pier 4 Neighbors Advisory Group will review truck routes. "
	    "In 2020 Brindle Housing Council met.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Pier 4 Neighbors Advisory Group"));
	assert_null(org(d, "Neighbors Advisory Group"));
	assert_null(org(d, "In 2020 Brindle Housing Council"));
	json_decref(j);
}

/* "volunteers from X Y": the people name the body they come from, a place excepted. */
static void
test_orgs_from_people(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Mock interviews are run by volunteers from Workforce Tolland. "
	    "Staff from Tolland County and volunteers from New Jersey helped.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Workforce Tolland"));
	assert_null(org(d, "Tolland County"));
	assert_null(org(d, "New Jersey"));
	json_decref(j);
}

/* The labels of a listing of programs ("Job Lab — ...") name no bodies; a listing of bodies does. */
static void
test_orgs_program_labels(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Highlights of the season include:\n\n"
	    "Read to a Cat " MDASH " Children read aloud to cats, Saturdays.\n"
	    "Tech Tuesdays " MDASH " Help with phones and email.\n"
	    "Job Hunters" RSQ " Lab " MDASH " Resume reviews and mock interviews.\n\n"
	    "Grants went to:\n\n"
	    "Brindle Tenants Union " MDASH " $5,000 for outreach.\n"
	    "Tolland Food Council " MDASH " $4,000 for a pantry.\n"
	    "Marrow Job Lab " MDASH " $3,000 for laptops.\n");
	d = doc(j, 0);
	assert_null(org(d, "Job Hunters" RSQ " Lab"));
	assert_non_null(org(d, "Marrow Job Lab"));
	json_decref(j);
}

/* Plural heads name bodies: "Centers for ...", "Institutes of ...", "Archives of ...", a "Clearinghouse". */
static void
test_orgs_plural_heads(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The department told the Federal Centers for Tick Control and "
	    "Prevention (FCTCP) about the cases. Papers at the Archives of Larkspur "
	    "Crafts and a survey by the National Institutes of Pond Studies (NIPS) "
	    "agree. The Larkspur Orchard Clearinghouse said it would comment.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Federal Centers for Tick Control and Prevention"),
	    "FCTCP"));
	assert_non_null(org(d, "Archives of Larkspur Crafts"));
	assert_non_null(org(d, "National Institutes of Pond Studies"));
	assert_non_null(org(d, "Larkspur Orchard Clearinghouse"));
	json_decref(j);
}

/* A numbered district in a job title, and a report title set off by commas, name no body. */
static void
test_orgs_title_cuts(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD LQ "The road is ready," RQ " said LRTA District 3 Engineer "
	    "Jo Pellman. A study by the Larkspur Pond Agency, Pond Supply and "
	    "Demand in Larkspur County, found a gap.\n");
	d = doc(j, 0);
	assert_null(org(d, "LRTA District"));
	assert_null(org(d, "Pond Supply"));
	assert_non_null(org(d, "Larkspur Pond Agency"));
	json_decref(j);
}

/*
 * Short forms merge into the long name: a firm less its legal suffix, a body
 * less the place before its name, and a name in another language given in
 * parentheses with its acronym.
 */
static void
test_orgs_short_form_kinds(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Larkspur Valley Gas\n\nGas Company Files Plan\n\nMarch 3, 2014\n\n"
	    "Larkspur Valley Gas Company filed a plan today. " LQ "We are ready," RQ
	    " said Jo Pellman, president of Larkspur Valley Gas. The plan names the "
	    "Dunmore Creek Land Trust as a partner; crews from the Land Trust will "
	    "help. The Valley Growers Union (Unión de Cultivadores del Valle, UCV) "
	    "backed it, and UCV members will plant trees.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Larkspur Valley Gas Company"), "Larkspur Valley Gas"));
	assert_null(org(d, "Larkspur Valley Gas"));
	assert_true(goes_by(org(d, "Dunmore Creek Land Trust"), "Land Trust"));
	assert_null(org(d, "Land Trust"));
	assert_string_equal(str(org(d, "Valley Growers Union"), "acronym"), "UCV");
	assert_true(goes_by(org(d, "Valley Growers Union"),
	    "Uni\xc3\xb3n de Cultivadores del Valle"));
	assert_null(org(d, "Uni\xc3\xb3n de Cultivadores del Valle"));
	json_decref(j);
}

/* An abbreviated month with its period ends a name: "Board of Directors on Oct. 4". */
static void
test_orgs_month_abbrev(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The plan was approved by the Wrenfield Trust Board of Directors "
	    "on Oct. 4 and by the Wrenfield Trust Board of Governors on Sept. 9.\n");
	d = doc(j, 0);
	assert_null(org(d, "Wrenfield Trust Board of Directors on Oct."));
	assert_null(org(d, "Wrenfield Trust Board of Governors on Sept."));
	json_decref(j);
}

/* "certified as a X Center" names a standing granted, not a body. */
static void
test_orgs_granted_standing(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Larkspur General Hospital has been certified as a Comprehensive "
	    "Burn Care Center by the Western Burn Accreditation Board. The clinic was "
	    "designated as Primary Wound Center last year.\n");
	d = doc(j, 0);
	assert_null(org(d, "Comprehensive Burn Care Center"));
	assert_null(org(d, "Primary Wound Center"));
	assert_non_null(org(d, "Western Burn Accreditation Board"));
	json_decref(j);
}

/* Recipients one a line below "awarded to:" or "... organizations, including:". */
static void
test_orgs_grantees(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Larkspur Arts Fund today announced its spring grants.\n\n"
	    "Grants of $10,000 were awarded to:\n\n"
	    "Quillmoor Youth Orchestra\n"
	    "Old Mill Shadow Puppets\n"
	    "Fenwick Street Dance Troupe\n\n"
	    "Smaller grants went to nine organizations, including:\n\n"
	    "Tansy Hollow Chorale\n"
	    "Reading with Rovers\n\n"
	    "Our volunteers helped nine organizations, including:\n\n"
	    "Alder Bend Readers\n"
	    "Marsh Lane Walkers\n\n"
	    "A full list is online.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Quillmoor Youth Orchestra"));
	assert_non_null(org(d, "Old Mill Shadow Puppets"));
	assert_non_null(org(d, "Fenwick Street Dance Troupe"));
	assert_non_null(org(d, "Tansy Hollow Chorale"));
	assert_non_null(org(d, "Reading with Rovers"));
	/* No grant word on the cue: the lines are not taken as recipients. */
	assert_null(org(d, "Marsh Lane Walkers"));
	json_decref(j);
}

/* A generic "Head of X" is the one "Place Head of X" of the same release. */
static void
test_orgs_generic_of_form(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Wrenland Office of the Water Auditor released its review today. "
	    "The Office of the Water Auditor said the review took a year.\n\n"
	    "The Tull Department of Parks Planning and the Roe Department of Parks "
	    "Planning met. The Department of Parks Planning did not comment.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Wrenland Office of the Water Auditor"),
	    "Office of the Water Auditor"));
	assert_null(org(d, "Office of the Water Auditor"));
	/* Two qualified forms: the bare one is merged into neither. */
	assert_false(goes_by(org(d, "Tull Department of Parks Planning"),
	    "Department of Parks Planning"));
	assert_false(goes_by(org(d, "Roe Department of Parks Planning"),
	    "Department of Parks Planning"));
	json_decref(j);
}

/* "The members of the X Coalition for Y steering committee:" lists X's members. */
static void
test_orgs_members_of_part(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Wrenland Coalition for Clean Creeks sent a letter today.\n\n"
	    "Sincerely,\n\n"
	    "The members of the Wrenland Coalition for Clean Creeks steering committee:\n\n"
	    "Alder Creek Association\n"
	    "Fenwick River Council\n"
	    "Tansy Marsh League\n");
	d = doc(j, 0);
	c = coalition(d, "Wrenland Coalition for Clean Creeks");
	assert_non_null(c);
	assert_true(has_member(c, "Alder Creek Association"));
	assert_true(has_member(c, "Tansy Marsh League"));
	assert_int_equal(nmembers(c), 3);
	json_decref(j);
}

/* "Members:" alone on its line opens a member list of the coalition named before it. */
static void
test_orgs_members_line(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Brindle Creek Housing Coalition, an alliance of local groups, "
	    "asked the council for more funding.\n\n"
	    "Members:\nGrace Hollow Baptist Church\nBrindle Creek Tenants Union\n"
	    "Casa Luminosa Brindle\nEastside Renters Project\n\n"
	    "The coalition will meet again in May.\n");
	d = doc(j, 0);
	c = coalition(d, "Brindle Creek Housing Coalition");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 4);
	assert_true(has_member(c, "Casa Luminosa Brindle"));
	assert_non_null(org(d, "Casa Luminosa Brindle"));
	json_decref(j);
}

/* "Paid for by the X." under the text names the site's owner. */
static void
test_orgs_footer_owner(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Senator Jo Quill today filed a bill on rural clinics.\n\n"
	    "The bill goes to committee next week.\n\n###\n\n"
	    "Paid for by the Ardent State Senate. | 12 Capitol Way, Ardent City\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Ardent State Senate"));
	json_decref(j);
	j = run(HEAD "The Tallow Food Bank opened a second warehouse on Monday.\n\n"
	    "The warehouse doubles its storage.\n\n###\n\n"
	    "Tallow Food Bank is a member of Feeding the Brae Network.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Feeding the Brae Network"));
	json_decref(j);
}

/* "Congress" alone names a body; "Pantry" and "Casualty" end names; "&" joins a firm's trades. */
static void
test_orgs_lone_and_trades(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Advocates asked Congress to act before the funds run out.\n\n"
	    "Jo Marr, who runs the St. Odran Pantry in Dell, said demand doubled. "
	    "Three insurers, Fenwick Mutual Insurance Company and Ossory Harbor Casualty, "
	    "agreed to pay.\n\n"
	    "The county will hold the event in partnership with Dell Tire & Brake. "
	    "It also worked with L & I staff.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Congress"));
	assert_non_null(org(d, "St. Odran Pantry"));
	assert_non_null(org(d, "Ossory Harbor Casualty"));
	assert_non_null(org(d, "Dell Tire & Brake"));
	assert_null(org(d, "L & I"));
	assert_null(org(d, "L&I"));
	json_decref(j);
}

/* A title ending in "Study" names a paper, never a body, whatever pass offers it. */
static void
test_orgs_paper_not_body(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The increase is based on the Water and Sewer Cost of Service Study, "
	    "a 90-page analysis delivered to the town in May by Ossel & Pike Utility Advisors. "
	    "The study found the town needs new mains.\n");
	d = doc(j, 0);
	assert_null(org(d, "Service Study"));
	assert_null(org(d, "Water and Sewer Cost of Service Study"));
	json_decref(j);
}

/* "Port of X Authority" is the port itself: no separate "Port of X". */
static void
test_orgs_port_authority(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Port of Wrenna Bay Authority today opened a new cargo terminal.\n\n"
	    "The terminal doubles capacity, the Port of Wrenna Bay Authority said.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Port of Wrenna Bay Authority"));
	assert_null(org(d, "Port of Wrenna Bay"));
	json_decref(j);
}

/* "organized by the X coalition": a name before a lowercase coalition noun owns the list. */
static void
test_orgs_called_coalition(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Fenwick Unified School District Board of Education voted Monday "
	    "to delay its reopening plan.\n\n"
	    "The letter was organized by the Fenwick Parents for Open Schools coalition "
	    "and signed by four parent groups. The coalition includes:\n\n"
	    "Fenwick Council of PTAs\nEastbrook Elementary PTO\nFenwick Dads Club\n"
	    "Fenwick Band Boosters\n\n"
	    "The board will meet again on March 17.\n");
	d = doc(j, 0);
	c = coalition(d, "Fenwick Parents for Open Schools");
	assert_non_null(c);
	assert_true(has_member(c, "Fenwick Council of PTAs"));
	assert_true(has_member(c, "Fenwick Band Boosters"));
	assert_null(coalition(d, "Fenwick Unified School District"));
	assert_null(coalition(d, "Fenwick Unified School District Board of Education"));
	json_decref(j);
}

/* "A St. Ansel spokesperson": the article is no part of the body's name. */
static void
test_orgs_article_not_name(void **state)
{
	json_t	*j, *d;
	size_t	 i;
	json_t	*o;

	(void)state;
	j = run(HEAD "St. Ansel Regional Medical Center said Tuesday it will cut 40 nursing "
	    "positions.\n\n"
	    "A St. Ansel spokesperson, Dana Pruitt, told reporters the positions are "
	    "mostly vacant.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "St. Ansel Regional Medical Center"));
	json_array_foreach(json_object_get(d, "organizations"), i, o)
		assert_true(strncmp(str(o, "name"), "A ", 2) != 0);
	json_decref(j);
}

/* "University of Tennessee–Knoxville": an unspaced en dash names a campus. */
static void
test_orgs_campus_dash(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Lead author Orla Brandvik, now a researcher at the University of "
	    "Tennessee\xe2\x80\x93Knoxville, sampled the creek for two years.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "University of Tennessee\xe2\x80\x93Knoxville"));
	assert_null(org(d, "University of Tennessee"));
	json_decref(j);
}

/* A firm's trade ends its name: "X Engineering", "X Bakery", "X Corp."; no place after. */
static void
test_orgs_trade_ends(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The board hired Ashgrove Tull Engineering of Dunmore to design the "
	    "bridge. Marta Quill, who runs Pico Verde Bakery on Elm Street, objected. "
	    "The mine belongs to Corvane Metals Corp. and its partners.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Ashgrove Tull Engineering"));
	assert_null(org(d, "Ashgrove Tull Engineering of Dunmore"));
	assert_non_null(org(d, "Pico Verde Bakery"));
	assert_null(org(d, "Pico Verde Bakery on Elm Street"));
	assert_non_null(org(d, "Corvane Metals Corp."));
	json_decref(j);
}

/* "Committee on A, B, and C": the serial comma before "and" keeps the name whole. */
static void
test_orgs_serial_comma(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Dana Pell testified before the Senate Committee on Farming, Forests, "
	    "and Water last week about the creek.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Senate Committee on Farming, Forests, and Water"));
	assert_null(org(d, "Senate Committee on Farming, Forests"));
	json_decref(j);
}

/* "Office of the X" is X's office; "Office of the X" cut before "for Y" is the same. */
static void
test_orgs_office_of(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ashby County Treasurer\n\nTreasurer Returns Lost Funds\n\nMarch 3, 2014\n\n"
	    "The Office of the Ashby County Treasurer returned $2 million in lost funds "
	    "this year, Treasurer Lena Voss said.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Office of the Ashby County Treasurer"),
	    "Ashby County Treasurer"));
	json_decref(j);
	j = run("Office of the Special Counsel for River Claims\nIndependent Review of River "
	    "Claims\n\nReports | Hotline | Press Room | About\n\nCounsel Finds No Errors\n\n"
	    "March 3, 2014\n\nThe Office of the Special Counsel found no errors in the "
	    "claims, Counsel Lena Voss said.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Office of the Special Counsel for River Claims"),
	    "Office of the Special Counsel"));
	json_decref(j);
}

/* "Dunmore Fire Fighters, IAFF Local 88, said": the local goes by the union's name. */
static void
test_orgs_local_owner(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Dunmore Professional Fire Fighters, IAFF Local 88, today urged the "
	    "Dunmore City Council to keep Engine 4 open.\n\n"
	    "The Pell Tenants Union, Ashby Legal Aid Society, SEIU Local 9, and Dover "
	    "Renters Alliance back the plan.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Dunmore Professional Fire Fighters"), "IAFF Local 88"));
	assert_false(goes_by(org(d, "Ashby Legal Aid Society"), "SEIU Local 9"));
	json_decref(j);
}

/* A letter's greeting or a reader's "your" opens no organization's name. */
static void
test_orgs_salutation(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "Dear Council President Roe and Members of the Council:\n\n"
	    "We write about the creek.\n\n"
	    "WANT YOUR COMPANY'S NEWS FEATURED ON THIS SITE?\n");
	d = doc(j, 0);
	assert_null(org(d, "Dear Council"));
	assert_null(org(d, "YOUR COMPANY"));
	json_decref(j);
}

/* "Joined by 30 allied organizations" after the signers is a note, not a signer. */
static void
test_orgs_sign_note(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "The Larkspur Water Coalition today sent a letter to the governor.\n\n"
	    "Signed,\n\nLarkspur Water Coalition\nHeron Bay Anglers Club\n"
	    "Legal Aid of the Marsh, Dover\nTidewater Keepers Guild\n\n"
	    "Joined by 30 allied organizations (full list at example.org/letter)\n\n"
	    "Media contact: Jo Roe, jo@example.org\n");
	d = doc(j, 0);
	c = coalition(d, "Larkspur Water Coalition");
	assert_non_null(c);
	assert_true(has_member(c, "Legal Aid of the Marsh"));
	assert_true(has_member(c, "Tidewater Keepers Guild"));
	assert_int_equal(nmembers(c), 3);
	assert_null(org(d, "Joined by 30 allied organizations (full list at example.org/letter)"));
	json_decref(j);
}

/*
 * Clergy sign a letter one a line, "Name, Title, Body[, Parent]", closing
 * "In faith,": the body is the member, the parent an organization too.
 */
static void
test_orgs_sign_clergy(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run(HEAD "Clergy from the Brannock Interfaith Alliance for Fair Rent delivered "
	    "a letter to the council today.\n\n"
	    "In faith,\n\n"
	    "Rev. Dr. Ada Quenby, Senior Pastor, Orchard Hill Baptist Church\n"
	    "Rabbi Tobin Marsh, Congregation Beth Orvel\n"
	    "Rev. Ilse Vantongeren, Bishop, Northern Brannock Synod, Reformed Lutheran Church in Brannock\n"
	    "Sister Rue Calloway, SSND, Director, St. Odila Outreach\n"
	    "Rev. Paco Ilunga, Pastor, Iglesia Unida La Buena Semilla\n"
	    "Mina Folke, Board Chair, Brannock Interfaith Alliance for Fair Rent\n\n"
	    "The council meets on Tuesday to vote on the budget.\n");
	d = doc(j, 0);
	c = coalition(d, "Brannock Interfaith Alliance for Fair Rent");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 5);
	assert_true(has_member(c, "Orchard Hill Baptist Church"));
	assert_true(has_member(c, "Congregation Beth Orvel"));
	assert_true(has_member(c, "Northern Brannock Synod"));
	assert_true(has_member(c, "St. Odila Outreach"));
	assert_true(has_member(c, "Iglesia Unida La Buena Semilla"));
	assert_non_null(org(d, "Reformed Lutheran Church in Brannock"));
	assert_null(org(d, "Rabbi Tobin Marsh"));
	assert_null(org(d, "Mina Folke"));
	assert_null(org(d, "SSND"));
	json_decref(j);
}

/* "Port of X", the site name, is the short form of "X Port Authority": one record. */
static void
test_orgs_port_of(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Port of Vellmoor Sound\n\nPort Buys Two Electric Tugs\n\nMay 2, 2022\n\n"
	    "The Vellmoor Sound Port Authority today bought two electric tugboats for its "
	    "container terminal.\n\n"
	    "(c) 2022 Port of Vellmoor Sound. All rights reserved.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Vellmoor Sound Port Authority"));
	assert_null(org(d, "Port of Vellmoor Sound"));
	json_decref(j);
}

/* A county officer's office, a chorus, a role word before a firm, the group of a cause. */
static void
test_orgs_role_and_cause(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD "The Tarvin County Surveyor's Office mapped the site. The Orlen Hills "
	    "Chorale will sing. Contractor Pell-Amsel Bridge Constructors will do the work. "
	    "Members of the group Keep Dunmore presented a petition. Save Lakes Day is in May.\n");
	d = doc(j, 0);
	assert_non_null(org(d, "Tarvin County Surveyor's Office"));
	assert_non_null(org(d, "Orlen Hills Chorale"));
	assert_non_null(org(d, "Pell-Amsel Bridge Constructors"));
	assert_null(org(d, "Contractor Pell-Amsel Bridge Constructors"));
	assert_non_null(org(d, "Keep Dunmore"));
	assert_null(org(d, "Save Lakes Day"));
	json_decref(j);
}

/* A short form dropping its last type word ("Authority", "School") joins the long one. */
static void
test_orgs_dropped_type(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Kelso Bay Transit\nPlan a Trip \xc2\xb7 Schedules \xc2\xb7 Fares\n\n"
	    "Buses Replace Trains\n\nMarch 3, 2014\n\n"
	    "Riders of the Kelso Bay Transit Authority were warned. Parents at Orrin "
	    "Elementary were told. The Orrin Elementary School board met.\n");
	d = doc(j, 0);
	assert_true(goes_by(org(d, "Kelso Bay Transit Authority"), "Kelso Bay Transit"));
	assert_null(org(d, "Kelso Bay Transit"));
	assert_true(goes_by(org(d, "Orrin Elementary School"), "Orrin Elementary"));
	assert_null(org(d, "Orrin Elementary"));
	json_decref(j);
}

/* A sign-on list opened by the sender, which the text calls "a coalition of ...". */
static void
test_orgs_sign_apposed(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Neighbors United for Fair Rent\nHome \xc2\xb7 Members \xc2\xb7 Contact\n\n"
	    "Groups Urge Council to Act\n\nMarch 3, 2014\n\n"
	    "Neighbors United for Fair Rent (NUFR), a coalition of tenant unions and "
	    "churches, sent a letter to the council.\n\n"
	    "Sincerely,\n\nNeighbors United for Fair Rent\nWestside Tenants Union\n"
	    "Harlen Legal Aid Society\nOrchard Street Neighborhood Association\n\n"
	    "The council meets in May.\n");
	d = doc(j, 0);
	c = coalition(d, "Neighbors United for Fair Rent");
	assert_non_null(c);
	assert_int_equal(nmembers(c), 3);
	assert_true(has_member(c, "Westside Tenants Union"));
	assert_true(has_member(c, "Orchard Street Neighborhood Association"));
	json_decref(j);
	j = run("Neighbors United for Fair Rent\nHome \xc2\xb7 Members \xc2\xb7 Contact\n\n"
	    "Groups Urge Council to Act\n\nMarch 3, 2014\n\n"
	    "Neighbors United for Fair Rent (NUFR) sent a letter to the council.\n\n"
	    "Sincerely,\n\nNeighbors United for Fair Rent\nWestside Tenants Union\n"
	    "Harlen Legal Aid Society\nOrchard Street Neighborhood Association\n\n"
	    "The council meets in May.\n");
	assert_null(coalition(doc(j, 0), "Neighbors United for Fair Rent"));
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
		cmocka_unit_test(test_orgs_more_heads),
		cmocka_unit_test(test_orgs_for_coalition),
		cmocka_unit_test(test_orgs_member_of),
		cmocka_unit_test(test_orgs_union_local),
		cmocka_unit_test(test_orgs_council_including),
		cmocka_unit_test(test_orgs_sign_on_local),
		cmocka_unit_test(test_orgs_trades),
		cmocka_unit_test(test_orgs_title),
		cmocka_unit_test(test_orgs_quoted_title),
		cmocka_unit_test(test_orgs_new_united_way),
		cmocka_unit_test(test_orgs_of_bodies),
		cmocka_unit_test(test_orgs_false_names),
		cmocka_unit_test(test_orgs_units_schools),
		cmocka_unit_test(test_orgs_short_form_merge),
		cmocka_unit_test(test_orgs_local_capitals),
		cmocka_unit_test(test_orgs_branch_trades),
		cmocka_unit_test(test_orgs_vlist_owner),
		cmocka_unit_test(test_orgs_small_words),
		cmocka_unit_test(test_orgs_serial_subjects),
		cmocka_unit_test(test_orgs_name_shapes),
		cmocka_unit_test(test_orgs_port_commission),
		cmocka_unit_test(test_orgs_trade_and),
		cmocka_unit_test(test_orgs_title_fragments),
		cmocka_unit_test(test_orgs_not_names),
		cmocka_unit_test(test_orgs_fellow_members),
		cmocka_unit_test(test_orgs_together_as),
		cmocka_unit_test(test_orgs_tail_short_form),
		cmocka_unit_test(test_orgs_sign_sections),
		cmocka_unit_test(test_orgs_quoted_things),
		cmocka_unit_test(test_orgs_cut_forms),
		cmocka_unit_test(test_orgs_firms),
		cmocka_unit_test(test_orgs_sign_of_coalition),
		cmocka_unit_test(test_orgs_law_person_campaign),
		cmocka_unit_test(test_orgs_nations_surveys),
		cmocka_unit_test(test_orgs_acronym_head),
		cmocka_unit_test(test_orgs_signers_include),
		cmocka_unit_test(test_orgs_trade_heads),
		cmocka_unit_test(test_orgs_quoted_title_head),
		cmocka_unit_test(test_orgs_possessive_unit),
		cmocka_unit_test(test_orgs_numbered_place),
		cmocka_unit_test(test_orgs_from_people),
		cmocka_unit_test(test_orgs_program_labels),
		cmocka_unit_test(test_orgs_plural_heads),
		cmocka_unit_test(test_orgs_title_cuts),
		cmocka_unit_test(test_orgs_short_form_kinds),
		cmocka_unit_test(test_orgs_month_abbrev),
		cmocka_unit_test(test_orgs_granted_standing),
		cmocka_unit_test(test_orgs_grantees),
		cmocka_unit_test(test_orgs_generic_of_form),
		cmocka_unit_test(test_orgs_members_of_part),
		cmocka_unit_test(test_orgs_members_line),
		cmocka_unit_test(test_orgs_footer_owner),
		cmocka_unit_test(test_orgs_lone_and_trades),
		cmocka_unit_test(test_orgs_paper_not_body),
		cmocka_unit_test(test_orgs_port_authority),
		cmocka_unit_test(test_orgs_called_coalition),
		cmocka_unit_test(test_orgs_article_not_name),
		cmocka_unit_test(test_orgs_campus_dash),
		cmocka_unit_test(test_orgs_trade_ends),
		cmocka_unit_test(test_orgs_serial_comma),
		cmocka_unit_test(test_orgs_office_of),
		cmocka_unit_test(test_orgs_local_owner),
		cmocka_unit_test(test_orgs_salutation),
		cmocka_unit_test(test_orgs_sign_note),
		cmocka_unit_test(test_orgs_sign_clergy),
		cmocka_unit_test(test_orgs_port_of),
		cmocka_unit_test(test_orgs_role_and_cause),
		cmocka_unit_test(test_orgs_dropped_type),
		cmocka_unit_test(test_orgs_sign_apposed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
