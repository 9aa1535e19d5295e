/*
 * Unit tests of the extractor: each rule on a short release written for the
 * test (invented organizations and people).
 */
#include "extract_fixture.h"

/* Every common date form comes out as ISO 8601. */
static void
test_date_forms(void **state)
{
	static const struct { const char *in, *out; } c[] = {
		{ "August 15, 2011", "2011-08-15" }, { "April 06, 2012", "2012-04-06" },
		{ "04.06.2012", "2012-04-06" }, { "2012-04-06", "2012-04-06" },
		{ "Saturday, 18 February 2012 12:51", "2012-02-18" },
		{ "Aug. 15, 2011", "2011-08-15" }, { "Sept. 3, 2010", "2010-09-03" },
		{ "15 August 2011", "2011-08-15" }, { "04/06/2012", "2012-04-06" },
		{ "3/5/12", "2012-03-05" }, { "Sept. 3, 2012", "2012-09-03" },
		{ "18 February 2012", "2012-02-18" },
		{ "Tuesday, 14 May 2024 10:22", "2024-05-14" },
	};
	char	iso[11];
	size_t	i, used;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		assert_true(extract_date_parse(c[i].in, strlen(c[i].in), iso, &used));
		assert_string_equal(iso, c[i].out);
	}
	assert_false(extract_date_parse("May we", 6, iso, &used));
	assert_false(extract_date_parse("February 30, 2012", 17, iso, &used));
	assert_false(extract_date_parse("3.5.12", 6, iso, &used));
}

/* Site heading, tagline, furniture and date line frame the title; contact and dateline are read. */
static void
test_head_and_furniture(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Riverbend Tenants Network\nSign up for email updates.\n\n"
	    "Our mission is to keep homes affordable.\n\n"
	    "Tenants Win Repairs at Elm Court\n\nMarch 3, 2014\n\n"
	    "Dana Ruiz, 555-201-3344,\n\n"
	    "PORTLAND, Ore. \xc2\xa0\xc2\xa0Today the Riverbend Tenants Network announced a settlement with the landlord.\n\n"
	    "Repairs begin next week.\n\n# # #\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Tenants Win Repairs at Elm Court");
	assert_string_equal(str(d, "published"), "2014-03-03");
	assert_string_equal(str(d, "publisher"), "Riverbend Tenants Network");
	assert_string_equal(str(d, "dateline"), "PORTLAND, Ore.");
	assert_string_equal(str(d, "kind"), "press_release");
	c = json_object_get(d, "contact");
	assert_string_equal(str(c, "name"), "Dana Ruiz");
	assert_string_equal(str(c, "phone"), "555-201-3344");
	assert_true(strncmp(str(d, "body"), "Today the Riverbend", 19) == 0);
	assert_null(strstr(str(d, "body"), "Sign up"));
	assert_null(strstr(str(d, "body"), "# # #"));
	assert_string_equal(str(person(d, "Dana Ruiz"), "title"), "media contact");
	json_decref(j);
}

/* "Published D at 5:14 PM MST": a date line with a time zone, not the title. */
static void
test_published_time_zone(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quarrow Valley Radio\nPublic radio for the high plains\n"
	    "Listen Live | Donate | News | Music | Schedule\n\n"
	    "Clinic in Pell Junction Will Close Its Doors This Spring\n\n"
	    "By Imre Castaldo\nPublished February 2, 2023 at 5:14 PM MST\n\n"
	    "The clinic in Pell Junction will close on April 1, its owners told staff last week.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Clinic in Pell Junction Will Close Its Doors This Spring");
	assert_string_equal(str(d, "published"), "2023-02-02");
	json_decref(j);
}

/* "Posted in: District News, Budget": a section's label opening the list files the post. */
static void
test_posted_in_colon_list(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Tamberly Unified School District\n\nBoard Delays Vote on Bus Routes\n\n"
	    "March 4, 2021\n\nTAMBERLY, Mich. - The board voted Monday to delay a vote on new bus routes.\n\n"
	    "Posted in: District News, Board of Education\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "category"), "District News");
	assert_null(strstr(str(d, "body"), "Posted in"));
	json_decref(j);
	/* A topic opening the list files nothing. */
	j = run("Tamberly Unified School District\n\nBoard Delays Vote on Bus Routes\n\n"
	    "March 4, 2021\n\nTAMBERLY, Mich. - The board voted Monday to delay a vote on new bus routes.\n\n"
	    "Posted in: Bargaining, Press Statements\n");
	d = doc(j, 0);
	assert_null(str(d, "category"));
	json_decref(j);
}

/* "QUILL COUNTY, OREGON" over "Board of Elections": the office the text names in full publishes. */
static void
test_place_over_unit_publisher(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("QUILL COUNTY, OREGON\nBoard of Elections\n\n"
	    "Voter Registration | Early Voting | Results | Contact\n\n"
	    "Early Voting Sites Set for November General Election\n\nOctober 3, 2022\n\n"
	    "FENWICK, Ore. - The Quill County Board of Elections has approved four early voting sites.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "publisher"), "Quill County Board of Elections");
	json_decref(j);
}

/* "CHICAGO —" alone over the text is the dateline; "Media: X, T, phone" the contact. */
static void
test_dash_dateline_line_media_contact(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Brackwater Nurses Association\n\nNurses Respond to Layoff Announcement\n\n"
	    "07.11.2018\n\nCHICAGO \xe2\x80\x94\n\n"
	    "The following is a statement by Odile Kerrigan, RN, President of the Brackwater Nurses Association:\n\n"
	    "\xe2\x80\x9c" "Cutting more nurses will not balance a budget. It will move the cost onto patients.\xe2\x80\x9d\n\n"
	    "Media: Pascal Wendt, BNA Communications, 312-555-0199\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "dateline"), "CHICAGO");
	assert_null(str(d, "subtitle"));
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Pascal Wendt");
	json_decref(j);
}

/* "BLOG" alone between blank lines over the title makes the page a blog post. */
static void
test_blog_section_line(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ravenmoor Water Law Project\nDefending the estuary through law\n"
	    "Our Work | Cases | Blog | Donate\n\nBLOG\n\n"
	    "Why We Are Challenging the Dredging Permit in Gull Bay\n\n"
	    "November 14th, 2022\nPosted by Nell Ashgrove, Staff Attorney\n\n"
	    "Last week we filed suit over a permit to dredge the channel during spawning season.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "author"), "Nell Ashgrove");
	json_decref(j);
}

/* A listing's featured teaser repeats an item: one document, published by "Town of X"'s department. */
static void
test_listing_featured_repeat_unit_site(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Town of Pellworth\nParks & Recreation Department\nPlay. Grow. Connect.\n\n"
	    "Home > Parks & Recreation > News & Announcements\n\nFEATURED\n\n"
	    "Wading Pools Open for the Season at Three Town Parks\n"
	    "Posted on 6/3/24 | Category: Facilities\n"
	    "Wading pools at three parks open Saturday.\nRead more \xc2\xbb\n\n"
	    "News & Announcements\n\n"
	    "Wading Pools Open for the Season at Three Town Parks\n"
	    "Posted on 6/3/24 | Category: Facilities\n\n"
	    "The department will open wading pools at Ash, Birch and Cedar parks on Saturday, June 8. "
	    "Hours are 10 a.m. to 8 p.m. daily through Labor Day.\n"
	    "Read more \xc2\xbb\n\n"
	    "Volunteers Needed for the Spring Creek Cleanup Day\n"
	    "Posted on 5/28/24 | Category: Volunteer\n\n"
	    "Volunteers should meet at the trailhead at 8:30 a.m. on Saturday, June 15.\n"
	    "Read more \xc2\xbb\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Wading Pools Open for the Season at Three Town Parks");
	assert_non_null(strstr(str(d, "body"), "Labor Day"));
	assert_string_equal(str(d, "publisher"), "Pellworth Parks & Recreation Department");
	assert_non_null(org(d, "Town of Pellworth"));
	d = doc(j, 1);
	assert_string_equal(str(d, "publisher"), "Pellworth Parks & Recreation Department");
	json_decref(j);
}

/* "Posted 10/27/23 | Volunteer": an item's date line and its category, so the listing splits. */
static void
test_posted_date_bar_label(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Brennick County Parks & Recreation\nExplore. Play. Protect.\n\n"
	    "Parks & Trails | Reservations | Programs | News | About\n\nNews\n\n"
	    "Hollow Creek Trail to Close for Bridge Repairs This Winter\nPosted 11/2/23 | Park Alerts\n\n"
	    "The Hollow Creek Trail will close on Monday while crews replace a bridge.\n\nRead more \xc2\xbb\n\n"
	    "Volunteers Needed for Fall Tree Planting at Mill Pond\nPosted 10/27/23 | Volunteer\n\n"
	    "Help us plant 200 native trees at Mill Pond on Saturday morning.\n\nRead more \xc2\xbb\n\n"
	    "Tell Us What You Think: Parks Survey Open Through Nov. 30\nPosted 10/19/23 | Planning\n\n"
	    "The commission is updating the county's parks plan and wants to hear from you.\n\n"
	    "Read more \xc2\xbb\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 3);
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Volunteers Needed for Fall Tree Planting at Mill Pond");
	assert_string_equal(str(d, "published"), "2023-10-27");
	assert_string_equal(str(d, "category"), "Volunteer");
	json_decref(j);
}

/* "Posted by" on the date line makes a blog post with an author. */
static void
test_byline_blog(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Harbor Justice Forum\n\nBlog & Updates\n\nWhy Ferries Matter\n\n"
	    "July 19, 2011 - Posted by Lena Okafor\n\n"
	    "The ferry is how most of the island gets to work every single day.\n\n"
	    "Crossroads Web Works");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "author"), "Lena Okafor");
	assert_string_equal(str(d, "title"), "Why Ferries Matter");
	assert_null(strstr(str(d, "body"), "Crossroads"));
	json_decref(j);
}

/* A listing page splits at "Published in" lines; an item printed twice is kept once. */
static void
test_listing_split(void **state)
{
	json_t	*j, *d;
	const char *s =
	    "Volunteers Plant Many Trees. Neighbors Cheer \xe2\x80\x9cGreen Streets.\xe2\x80\x9d\n\n"
	    "04.06.2012. Springfield, IL.\n\n"
	    "Today volunteers planted two hundred trees along Main Street in one morning.\n\n"
	    "Published in Press Releases\n"
	    "Monday, 13 February 2012 19:13\n\nMural Unveiled\n\nA mural went up on the library wall.\n"
	    "Published in Arts and Culture\n"
	    "Monday, 13 February 2012 19:13\n\nMural Unveiled\n\nA mural went up on the library wall.\n"
	    "Published in Arts and Culture\nGo to page:\nPage 2 of 7\n";

	(void)state;
	j = run(s);
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Volunteers Plant Many Trees");
	assert_string_equal(str(d, "category"), "Press Releases");
	assert_string_equal(str(d, "kind"), "press_release");
	assert_string_equal(str(d, "dateline"), "Springfield, IL");
	assert_int_equal(json_integer_value(json_object_get(d, "start")), 0);
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Mural Unveiled");
	assert_string_equal(str(d, "published"), "2012-02-13");
	assert_string_equal(str(d, "category"), "Arts and Culture");
	assert_string_equal(str(d, "kind"), "article");
	assert_true(strncmp(s + json_integer_value(json_object_get(d, "start")),
	    "Monday", 6) == 0);
	json_decref(j);
}

/* A statement over several paragraphs is one quote; "The following is a statement by" names its speaker. */
static void
test_statement_multi_paragraph(void **state)
{
	json_t	*j, *d, *q;
	const char *body;
	size_t	 s, e;

	(void)state;
	j = run("Lakeside Water Alliance\n\nTagline for the site here\n\nAlliance Responds to Audit\n\nMay 2, 2013\n\n"
	    "Washington, D.C. \xe2\x80\x94 Today the city released an audit of the water system. "
	    "The following is a statement by Omar Velez, Executive Director of the Lakeside Water Alliance:\n\n"
	    "\xe2\x80\x9cThe audit confirms what families have said for years about the pipes.\n\n"
	    "\xe2\x80\x9cWe expect the city to act on every finding before the summer begins.\xe2\x80\x9d\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(d, "dateline"), "Washington, D.C.");
	assert_int_equal(json_array_size(json_object_get(d, "quotes")), 1);
	q = json_array_get(json_object_get(d, "quotes"), 0);
	assert_string_equal(str(q, "speaker"), "Omar Velez");
	assert_string_equal(str(q, "speaker_title"), "Executive Director");
	assert_string_equal(str(q, "organization"), "Lakeside Water Alliance");
	assert_string_equal(str(q, "attribution"), "statement");
	assert_true(strncmp(str(q, "text"), "The audit confirms", 18) == 0);
	/* body[start:end] == text, in code points */
	body = str(d, "body");
	s = utf8_cp_to_byte(body, strlen(body), json_integer_value(json_object_get(q, "start")));
	e = utf8_cp_to_byte(body, strlen(body), json_integer_value(json_object_get(q, "end")));
	assert_int_equal(e - s, strlen(str(q, "text")));
	assert_memory_equal(body + s, str(q, "text"), e - s);
	json_decref(j);
}

/* “A,” explains X of O. “B.” is two quotes of X; "X of O says “…”" attributes before. */
static void
test_interrupted_and_before(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Parents Push Back on Closures\n\n"
	    "\xe2\x80\x9c" "Closing these schools would strand hundreds of children far from home,\xe2\x80\x9d explains Ana Ferreira of the Eastside Parents Council. "
	    "\xe2\x80\x9cThe board has not listened to a single family at its hearings.\xe2\x80\x9d\n\n"
	    "Tom Whitlock of the Valley Teachers Union says \xe2\x80\x9cWe will be at every meeting until the plan is withdrawn.\xe2\x80\x9d\n");
	d = doc(j, 0);
	assert_int_equal(json_array_size(json_object_get(d, "quotes")), 3);
	q = json_array_get(json_object_get(d, "quotes"), 0);
	assert_string_equal(str(q, "speaker"), "Ana Ferreira");
	assert_string_equal(str(q, "organization"), "Eastside Parents Council");
	assert_string_equal(str(q, "attribution"), "explains");
	q = json_array_get(json_object_get(d, "quotes"), 1);
	assert_string_equal(str(q, "speaker"), "Ana Ferreira");
	assert_true(strncmp(str(q, "text"), "The board has not", 17) == 0);
	q = json_array_get(json_object_get(d, "quotes"), 2);
	assert_string_equal(str(q, "speaker"), "Tom Whitlock");
	assert_string_equal(str(q, "organization"), "Valley Teachers Union");
	json_decref(j);
}

/* A surname after the full name resolves; an acronym defined in the text gives the person's organization. */
static void
test_surname_and_acronym(void **state)
{
	json_t	*j, *d, *q, *o;

	(void)state;
	j = run("Clinic Opens Downtown\n\n"
	    "Today the Northside Health Access Center (NHAC) opened a clinic. NHAC\xe2\x80\x99s medical director, Priya Raman, spoke at the opening.\n\n"
	    "\xe2\x80\x9c" "Every neighbor deserves care close to home and at a fair price,\xe2\x80\x9d Raman said.\n\n"
	    "\xe2\x80\x9cWe turned away nobody on the first day and we never will,\xe2\x80\x9d said Luis Ortega, a NHAC nurse.\n");
	d = doc(j, 0);
	o = org(d, "Northside Health Access Center");
	assert_non_null(o);
	assert_string_equal(str(o, "acronym"), "NHAC");
	assert_true(json_integer_value(json_object_get(o, "mentions")) >= 2);
	q = json_array_get(json_object_get(d, "quotes"), 0);
	assert_string_equal(str(q, "speaker"), "Priya Raman");
	assert_string_equal(str(q, "speaker_title"), "medical director");
	q = json_array_get(json_object_get(d, "quotes"), 1);
	assert_string_equal(str(q, "speaker"), "Luis Ortega");
	assert_string_equal(str(q, "speaker_title"), "nurse");
	assert_string_equal(str(q, "organization"), "Northside Health Access Center");
	json_decref(j);
}

/* Scare quotes, quoted titles and short phrases are not quotes. */
static void
test_not_quotes(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Program Criticized\n\n"
	    "The so-called \xe2\x80\x9cSafe Streets\xe2\x80\x9d program has drawn \xe2\x80\x9c" "concern\xe2\x80\x9d from residents. "
	    "A poster, \"Stop Unsafe Streets Now\" was made by volunteers. The city promised \xe2\x80\x9cways to improve the plan.\xe2\x80\x9d\n");
	d = doc(j, 0);
	assert_int_equal(json_array_size(json_object_get(d, "quotes")), 0);
	json_decref(j);
}

/* "The following statement can be attributed to O:" and "The commission includes:" make an organization's quote and a coalition. */
static void
test_org_statement_coalition(void **state)
{
	json_t	*j, *d, *q, *c;

	(void)state;
	j = run("Panel Finds Bus Cuts Harmful\n\nJune 1, 2015\n\n"
	    "Today the Regional Transit Fairness Commission released its findings.\n\n"
	    "The following statement can be attributed to the Regional Transit Fairness Commission:\n\n"
	    "\xe2\x80\x9c" "Cutting night buses leaves shift workers stranded and must be reversed now.\xe2\x80\x9d\n\n"
	    "The commission includes: Riders United Network, Metro Disability Caucus, Southside Workers Center, and Go-Ride!\n");
	d = doc(j, 0);
	q = json_array_get(json_object_get(d, "quotes"), 0);
	assert_non_null(q);
	assert_string_equal(str(q, "speaker"), "Regional Transit Fairness Commission");
	assert_string_equal(str(q, "speaker_type"), "organization");
	c = json_array_get(json_object_get(d, "coalitions"), 0);
	assert_non_null(c);
	assert_string_equal(str(c, "name"), "Regional Transit Fairness Commission");
	assert_int_equal(json_array_size(json_object_get(c, "members")), 4);
	assert_non_null(org(d, "Go-Ride!"));
	assert_non_null(org(d, "Metro Disability Caucus"));
	assert_string_equal(str(org(d, "Regional Transit Fairness Commission"), "kind"), "coalition");
	json_decref(j);
}

/* Titles, "released its report titled", dates, publishers and link-line aliases of reports. */
static void
test_reports(void **state)
{
	json_t	*j, *d, *r, *a;

	(void)state;
	j = run("Study of Rents\n\n"
	    "On March 3, 2014, the Hollis Institute on Housing and Urban Policy released its report titled "
	    "\xe2\x80\x9cPriced Out: Rents and Wages in Five Cities\xe2\x80\x9d on housing.\n\n"
	    "Evidence came from two reports; Empty Rooms published by a tenant group and Priced Out published by the Hollis Institute.\n\n"
	    "Priced Out \xe2\x80\x93 Hollis Institute Report\n");
	d = doc(j, 0);
	r = json_array_get(json_object_get(d, "reports"), 0);
	assert_non_null(r);
	assert_string_equal(str(r, "title"), "Priced Out: Rents and Wages in Five Cities");
	assert_string_equal(str(r, "published"), "2014-03-03");
	assert_string_equal(str(r, "publisher"), "Hollis Institute on Housing and Urban Policy");
	a = json_object_get(r, "aliases");
	assert_string_equal(json_string_value(json_array_get(a, 0)), "Priced Out");
	assert_int_equal(json_array_size(json_object_get(d, "reports")), 2);
	assert_non_null(org(d, "Hollis Institute on Housing and Urban Policy"));
	json_decref(j);
}

/* Titles before names, plural titles, and "Long Name (ACR) Director X". */
static void
test_people_titles(void **state)
{
	json_t	*j, *d, *p;

	(void)state;
	j = run("Governors Act\n\n"
	    "In Ohio and Utah, Governors Mara Lind and Joel Pratt ended the program. "
	    "The Bureau of Coastal Safety (BCS) Director Ina Vogel disagreed. "
	    "Testimony came from former Boston city attorney Karl Benning as well.\n");
	d = doc(j, 0);
	assert_string_equal(str(person(d, "Mara Lind"), "title"), "Governor");
	assert_string_equal(str(person(d, "Joel Pratt"), "title"), "Governor");
	p = person(d, "Ina Vogel");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Director");
	assert_string_equal(str(p, "organization"), "Bureau of Coastal Safety");
	assert_string_equal(str(person(d, "Karl Benning"), "title"), "former Boston city attorney");
	json_decref(j);
}

/* A capitalized common-noun phrase is not a person; a real name beside it is. */
static void
test_common_noun_not_person(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Program Review\n\n"
	    "The state expanded Healthier Communities last spring. Few communities "
	    "were asked before the launch.\n\n"
	    "\u201cNobody asked the families who live here what they need,\u201d "
	    "said Dana Fellings, a parent.\n");
	d = doc(j, 0);
	assert_null(person(d, "Healthier Communities"));
	/* A surname with a noun ending stays a name when the word is never lower case. */
	assert_non_null(person(d, "Dana Fellings"));
	json_decref(j);
}

/* "Founded in YEAR, ORG ..." becomes the organization's description, not body. */
static void
test_boilerplate(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Food Bank Expands\n\nToday the Greenway Food Bank Association (GFBA) opened a pantry.\n\n"
	    "Founded in 1990, GFBA feeds families across the county every week.\n");
	d = doc(j, 0);
	assert_null(strstr(str(d, "body"), "Founded in"));
	assert_non_null(str(org(d, "Greenway Food Bank Association"), "description"));
	assert_string_equal(str(d, "publisher"), "Greenway Food Bank Association");
	json_decref(j);
}

/* Arbitrary bytes of valid UTF-8 and odd shapes never crash; invalid UTF-8 is refused. */
static void
test_robust(void **state)
{
	static const char *const in[] = {
		"", "\n\n\n", "\xe2\x80\x9c", "\xe2\x80\x9c\n\n\xe2\x80\x9c", "\"\"\"\"",
		"Published in X\nPublished in Y\n", "The commission includes:",
		"A (B) C (DEF) the Office of", "titled \xe2\x80\x9c", "Posted by",
		"04.06.2012.", "\xc2\xa0\xc2\xa0", "Mr. . . . U.S. D.C. ...", "Founded in 1",
	};
	char	*err = NULL;
	json_t	*j;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		j = extract_text("x", in[i], strlen(in[i]), &err);
		assert_non_null(j);
		json_decref(j);
	}
	assert_null(extract_text("x", "a\xff", 2, &err));
	assert_non_null(err);
	free(err);
}


/* Menus, taglines and release labels are furniture; the title is the heading after them; a contact block at the foot is read. */
static void
test_head_groups_and_contact_block(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Lakeshore Food Alliance\nHome | About | News | Donate\nFeeding every neighbor.\n\n"
	    "FOR IMMEDIATE RELEASE\nNEWS | Jun. 4, 2024\n\n"
	    "Pantries Report Record Demand Across the County\n\n"
	    "Volunteers ask the county board for emergency funds\n\n"
	    "TOLEDO \xe2\x80\x94 The Lakeshore Food Alliance today said visits rose sharply this spring across its pantries.\n\n"
	    "Media contact:\nPat Ormond, Communications Lead\n419-555-0100\npat@example.org\n\n"
	    "###\n\nShare this: Facebook | X | Email\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Pantries Report Record Demand Across the County");
	assert_string_equal(str(d, "subtitle"), "Volunteers ask the county board for emergency funds");
	assert_string_equal(str(d, "published"), "2024-06-04");
	assert_string_equal(str(d, "publisher"), "Lakeshore Food Alliance");
	assert_string_equal(str(d, "dateline"), "TOLEDO");
	c = json_object_get(d, "contact");
	assert_string_equal(str(c, "name"), "Pat Ormond");
	assert_string_equal(str(c, "phone"), "419-555-0100");
	assert_string_equal(str(c, "email"), "pat@example.org");
	assert_null(strstr(str(d, "body"), "Media contact"));
	assert_null(strstr(str(d, "body"), "Home |"));
	json_decref(j);
}

/* A title, a lone date and a dek: the title stands before the date. */
static void
test_title_date_dek(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Orchard Growers Win Water Rights Ruling\n\nMarch 3, 2015\n\n"
	    "Judge Sides With Small Farms in Long Dispute\n\n"
	    "FRESNO, Calif. \xe2\x80\x93 Today a court sided with the growers in a dispute over water.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Orchard Growers Win Water Rights Ruling");
	assert_string_equal(str(d, "subtitle"), "Judge Sides With Small Farms in Long Dispute");
	json_decref(j);
}

/* Dates with labels and bylines, and dates inside the dateline. */
static void
test_date_labels_and_dated_datelines(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Hollow Creek Notes\nThe blog of the Hollow Creek Land Trust\nHome | Blog | Give\n\n"
	    "Volunteers Plant a Thousand Trees Along the Creek\n\n"
	    "Posted on September 10, 2024 by Ada Merritt\n\n"
	    "More than sixty volunteers planted trees on Saturday along the creek banks near the mill.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2024-09-10");
	assert_string_equal(str(d, "author"), "Ada Merritt");
	assert_string_equal(str(d, "publisher"), "Hollow Creek Land Trust");
	assert_string_equal(str(d, "kind"), "blog_post");
	json_decref(j);
	j = run("Fennel Labs Opens Plant\n\nA new plant for the valley\n\n"
	    "RENO (May 28, 2024) \xe2\x80\x93 Fennel Labs opened a plant on Tuesday in the valley near the river.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2024-05-28");
	assert_string_equal(str(d, "dateline"), "RENO");
	json_decref(j);
	j = run("Fennel Labs Opens Plant in the Valley\n\n"
	    "Boise, ID, August 20, 2024 \xe2\x80\x94 Fennel Labs opened a plant on Tuesday in the valley near the river.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2024-08-20");
	assert_string_equal(str(d, "dateline"), "Boise, ID");
	json_decref(j);
}

/* Honorifics stay out of speaker names; pronouns and bare surnames resolve to the person the paragraph names. */
static void
test_speaker_resolution(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Clinic Opens Doors\n\nMay 1, 2020\n\n"
	    "Today the Brookline Family Clinic opened a new wing for children and their parents.\n\n"
	    "\xe2\x80\x9cThis wing gives families a place to go at any hour of the night,\xe2\x80\x9d explained Dr. Ines Varga, the clinic director.\n\n"
	    "Tomas Bello, a nurse on the ward, described the first week. \xe2\x80\x9cWe saw more children in a week than we expected in a month,\xe2\x80\x9d he said.\n\n"
	    "Rosa Linde, a parent, joined the opening. \xe2\x80\x9cWe waited two years for a place like this in our town,\xe2\x80\x9d Linde said.\n\n"
	    "Mayor Hal Brecken said at the ribbon cutting:\n\n"
	    "\xe2\x80\x9cThis town owes the clinic staff a great debt for the work they do every day.\xe2\x80\x9d\n");
	d = doc(j, 0);
	q = json_object_get(d, "quotes");
	assert_int_equal(json_array_size(q), 4);
	assert_string_equal(str(json_array_get(q, 0), "speaker"), "Ines Varga");
	assert_string_equal(str(json_array_get(q, 1), "speaker"), "Tomas Bello");
	assert_string_equal(str(json_array_get(q, 2), "speaker"), "Rosa Linde");
	assert_string_equal(str(json_array_get(q, 3), "speaker"), "Hal Brecken");
	json_decref(j);
}

/* Date lines with labels, times and updates: the publication date, not the update (unless alone) or a later event. */
static void
test_date_lines(void **state)
{
	static const struct { const char *line, *out; } c[] = {
		{ "Posted on 3/5/12", "2012-03-05" },
		{ "FOR IMMEDIATE RELEASE: March 5, 2024", "2024-03-05" },
		{ "Feb. 2, 2024, 6:15 p.m. | Updated Feb. 3, 2024", "2024-02-02" },
		{ "Jan 09, 2024, 08:00 ET", "2024-01-09" },
		{ "Updated: March 9, 2024\n\nMarch 5, 2024", "2024-03-05" },
		{ "Last updated: 03/09/2024", "2024-03-09" },
		{ "Published: Tuesday, March 5, 2024 - 10:00am", "2024-03-05" },
		{ "Date: 03/05/2024", "2024-03-05" },
		{ "March 5th, 2024", "2024-03-05" },
		{ "Published 6:15 PM EST Mar 5, 2024", "2024-03-05" },
		{ "Posted: Mar 5, 2024 at 6:15 PM", "2024-03-05" },
	};
	char	 buf[512];
	json_t	*j, *d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(buf, sizeof(buf), "Pellinore Trust\n\nNews\n\n"
		    "Trust Opens New Reading Room in Old Mill\n\n%s\n\n"
		    "The Pellinore Trust opened a reading room today. An open house follows on April 20, 2024.\n", c[i].line);
		j = run(buf);
		d = doc(j, 0);
		assert_string_equal(str(d, "title"), "Trust Opens New Reading Room in Old Mill");
		assert_string_equal(str(d, "published"), c[i].out);
		json_decref(j);
	}
}

/* Datelines in their common forms, with and without a date or a wire credit; "The X (TAF) —" is none. */
static void
test_dateline_forms(void **state)
{
	static const struct { const char *para, *dl, *date; } c[] = {
		{ "LOS ANGELES, Calif. \xe2\x80\x94 The", "LOS ANGELES, Calif.", NULL },
		{ "Washington, D.C. \xe2\x80\x94 The", "Washington, D.C.", NULL },
		{ "WASHINGTON \xe2\x80\x94 The", "WASHINGTON", NULL },
		{ "NEW YORK (March 5, 2024) \xe2\x80\x93 The", "NEW YORK", "2024-03-05" },
		{ "BOSTON, MA, March 5, 2024 /PRNewswire/ -- The", "BOSTON, MA", "2024-03-05" },
		{ "LOS ANGELES (BUSINESS WIRE) -- The", "LOS ANGELES", NULL },
		{ "ST. PAUL, Minn. (AP) \xe2\x80\x94 The", "ST. PAUL, Minn.", NULL },
		{ "PORTLAND, Ore. \xe2\x80\x93 March 5, 2024 \xe2\x80\x93 The", "PORTLAND, Ore.", "2024-03-05" },
		{ "March 5, 2024 \xe2\x80\x94 The", NULL, "2024-03-05" },
	};
	char	 buf[512];
	json_t	*j, *d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		snprintf(buf, sizeof(buf), "Trust Opens New Reading Room in Old Mill\n\n"
		    "%s Pellinore Trust opened a reading room in the old mill today.\n\n"
		    "It is open every day.\n", c[i].para);
		j = run(buf);
		d = doc(j, 0);
		if (c[i].dl != NULL)
			assert_string_equal(str(d, "dateline"), c[i].dl);
		else
			assert_null(str(d, "dateline"));
		if (c[i].date != NULL)
			assert_string_equal(str(d, "published"), c[i].date);
		assert_true(strncmp(str(d, "body"), "The Pellinore", 13) == 0);
		json_decref(j);
	}
	j = run("Trust Opens New Reading Room in Old Mill\n\n"
	    "The Pellinore Trust (TPT) \xe2\x80\x94 a charity \xe2\x80\x94 opened a reading room today.\n\n"
	    "It is open every day.\n");
	assert_null(str(doc(j, 0), "dateline"));
	json_decref(j);
}

/* A listing: items inherit the site's publisher, an event notice is 'other', the footer is no document. */
static void
test_listing_site_and_kinds(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Marsh Hollow Land Trust\nProtecting wetlands since 1971\n\nNews\n\n"
	    "Tuesday, 14 May 2024 10:22\n\nLand Trust Buys 300 Acres Along Cobble Creek\n\n"
	    "DOVER, Del. \xe2\x80\x94 The Marsh Hollow Land Trust today bought 300 acres of marsh.\n\n"
	    "Published in Press Releases\n\n"
	    "Monday, 06 May 2024 09:15\n\nVolunteers Plant 2,000 Trees\n\n"
	    "Thank you to everyone who came out to the spring planting!\n\n"
	    "Published in Stories\n\n"
	    "Wednesday, 17 April 2024 12:05\n\nWebinar: How to Read a Wetland Permit\n\n"
	    "Join our policy director for a one-hour online training. Registration is free.\n\n"
	    "Published in Events\n\n"
	    "Go to page:\nPage 1 of 6\n\n"
	    "Marsh Hollow Land Trust is a member of the Delmarva Conservation Network.\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 3);
	d = doc(j, 0);
	assert_string_equal(str(d, "publisher"), "Marsh Hollow Land Trust");
	assert_string_equal(str(d, "kind"), "press_release");
	d = doc(j, 1);
	assert_string_equal(str(d, "publisher"), "Marsh Hollow Land Trust");
	assert_string_equal(str(d, "kind"), "article");
	d = doc(j, 2);
	assert_string_equal(str(d, "publisher"), "Marsh Hollow Land Trust");
	assert_string_equal(str(d, "kind"), "other");
	assert_string_equal(str(d, "published"), "2024-04-17");
	json_decref(j);
}

/* A newspaper's page with a "By X, Staff Writer" byline is a news article. */
static void
test_news_article(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("The Grantham Sentinel\nServing Grantham since 1887\n\n"
	    "Subscribe | Log In | e-Edition | Obituaries | Classifieds\n\n"
	    "LOCAL NEWS | EDUCATION\n\n"
	    "State Audit Finds District Paid for Bus Routes That Did Not Run\n\n"
	    "District says fixes are under way\n\n"
	    "By Lavinia R. Ostrowe, Staff Writer\nFeb. 2, 2024, 6:15 p.m. | Updated Feb. 3, 2024\n\n"
	    "GRANTHAM \xe2\x80\x94 The Grantham School District paid a contractor for routes never driven, an audit found.\n\n"
	    "The district said it would recover the money.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "State Audit Finds District Paid for Bus Routes That Did Not Run");
	assert_string_equal(str(d, "kind"), "article");
	assert_string_equal(str(d, "author"), "Lavinia R. Ostrowe");
	assert_string_equal(str(d, "published"), "2024-02-02");
	assert_string_equal(str(d, "publisher"), "The Grantham Sentinel");
	json_decref(j);
}

/* A sign-on letter is a 'statement'; "Statement of X on Y" a 'statement'; its contact sentence is read. */
static void
test_letter_and_statement_kinds(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ferrous Creek Clean Water Coalition\nHome | Members | Letters | Contact\n\nLetters\n\n"
	    "Coalition Letter to the State Water Board on Ash Ponds\n\nMay 17, 2022\n\n"
	    "Dear Chair Ottoline Marsh and Members of the Board:\n\n"
	    "We write to urge the board to require the full removal of coal ash from the ponds.\n\n"
	    "Questions about this letter may be directed to Ysolde Karimi-Nash, coalition coordinator, at 704-555-0153.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Ysolde Karimi-Nash");
	json_decref(j);
	j = run("Statement of the Rev. Amos T. Quill on Polling Place Closures\n\nMay 17, 2022\n\n"
	    "The county closed nine polling places on Friday, and the Rev. Amos T. Quill spoke against it.\n\n"
	    "For more information contact: Bertram Oyelade, Communications, 334-555-0162\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Bertram Oyelade");
	json_decref(j);
}

/* A wire page: "News provided by" names the publisher; page banners and breadcrumbs are furniture. */
static void
test_wire_and_banners(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Newswire Central\nSend a Release | News | Resources | Blog | Contact\n\n"
	    "Corvane Diagnostics Receives Clearance for Rapid Blood Test\n\n"
	    "News provided by\nCorvane Diagnostics, Inc.\nJan 09, 2024, 08:00 ET\n\nShare this article\n\n"
	    "AUSTIN, Texas, Jan. 9, 2024 /PRNewswire/ -- Corvane Diagnostics, Inc. today announced a clearance.\n\n"
	    "The test will be used first at rural hospitals.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "publisher"), "Corvane Diagnostics, Inc.");
	assert_string_equal(str(d, "dateline"), "AUSTIN, Texas");
	assert_string_equal(str(d, "published"), "2024-01-09");
	json_decref(j);
	j = run("An official website of the United States government\nHere's how you know\n\n"
	    "Federal Levee Safety Office\nU.S. Department of Flood Works\n\n"
	    "About FLSO | Programs | Newsroom | Contact Us\n\n"
	    "Research  >  Levees\n\n"
	    "FLSO Releases Report on Condition of River Levees\n\n"
	    "Release Date: 2012-04-06\n\n"
	    "WASHINGTON \xe2\x80\x94 The Federal Levee Safety Office today released a report.\n\n"
	    "Media Contact\nOffice of Public Affairs\nHerminia Castellanos-Ruiz\n(202) 555-0169\n\n"
	    "Call 911 in an emergency. For the levee line call 216-555-0100.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "FLSO Releases Report on Condition of River Levees");
	assert_string_equal(str(d, "publisher"), "Federal Levee Safety Office");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Herminia Castellanos-Ruiz");
	json_decref(j);
}

/* "Posted by X | date | categories | comments" under a title that ends in a period: a blog post. */
static void
test_blog_byline_bars(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quillon Riders Union\nBecause the bus should not cost more when you have less\n\n"
	    "Home | Campaigns | Blog | Donate\n\nBlog\n\n"
	    "Fare Capping Is Coming to Quillon. Here's Why the Details Matter.\n\n"
	    "Posted by Rosalind Achebe-Marsh | Sep 12, 2023 | Blog, Fares | 3 comments\n\n"
	    "Last week the transit board voted to adopt fare capping.\n");
	d = doc(j, 0);
	assert_true(strncmp(str(d, "title"), "Fare Capping Is Coming to Quillon", 33) == 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "author"), "Rosalind Achebe-Marsh");
	assert_string_equal(str(d, "published"), "2023-09-12");
	assert_string_equal(str(d, "publisher"), "Quillon Riders Union");
	json_decref(j);
}

/* A newspaper known by its name ("The X Courier") with a byline is an article; "Join Us for" is an event notice. */
static void
test_paper_name_and_invite(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("The Wexbury Courier\n\nNews\n\nNurses Vote to Authorize Strike at Wexbury General\n\n"
	    "Ottilie Brandvold | April 3, 2024\n\n"
	    "Nurses at Wexbury General voted Tuesday to authorize a strike.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "article");
	assert_string_equal(str(d, "author"), "Ottilie Brandvold");
	json_decref(j);
	j = run("Wexbury Tenants Union\n\nNews\n\nJoin Us for a Town Hall on Water Rates\n\nApril 3, 2024\n\n"
	    "Come to the library on April 20 at 6 p.m. to talk about the new water rates.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "other");
	json_decref(j);
}

/* Listing items inherit a site name over its tagline, and an acronym's spelled-out name. */
static void
test_listing_site_forms(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Riders for Fair Fares\nBecause the bus should cost less\n\nNews\n\n"
	    "Monday, 06 May 2024 09:15\n\nRiders Rally at City Hall\n\nMore than 200 riders rallied today.\n\n"
	    "Published in Press Releases\n\n"
	    "Friday, 03 May 2024 09:15\n\nBoard Delays Fare Vote\n\nThe board delayed its vote on fares.\n\n"
	    "Published in Press Releases\n");
	assert_string_equal(str(doc(j, 1), "publisher"), "Riders for Fair Fares");
	json_decref(j);
	j = run("OBWU\nOrchard Bay Workers Union\n\nNews\n\n"
	    "Monday, 06 May 2024 09:15\n\nWorkers Rally at the Port\n\nMore than 200 workers rallied today.\n\n"
	    "Published in Press Releases\n\n"
	    "Friday, 03 May 2024 09:15\n\nUnion Files Grievance\n\nThe union filed a grievance over hours.\n\n"
	    "Published in Press Releases\n");
	assert_string_equal(str(doc(j, 1), "publisher"), "Orchard Bay Workers Union");
	json_decref(j);
}

/* "Posted by X on D" gives a blog post's author and date; "Posted on D" alone makes no blog post. */
static void
test_posted_by_on(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Lantern Street Housing Project\n\nBlog\n\nWhy Rents Outrun Wages in Our Valley\n\n"
	    "Posted by Imelda Sorokin-Pratt on March 9, 2023\n\n"
	    "Every spring the rents go up again, and every spring our wages stay where they were.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "author"), "Imelda Sorokin-Pratt");
	assert_string_equal(str(d, "published"), "2023-03-09");
	json_decref(j);
	j = run("Town of Quarrow Falls\n\nCouncil Adopts New Sidewalk Repair Plan\n\nPosted on 2023-05-02\n\n"
	    "QUARROW FALLS, Vt. - The Quarrow Falls Town Council voted Monday to repair every sidewalk by 2026.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "press_release");
	assert_string_equal(str(d, "published"), "2023-05-02");
	json_decref(j);
}

/* "Statement | Topic" over the title, and an open letter, make statements; contacts lose their honorifics. */
static void
test_statement_label_open_letter(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Orchard Riders Union\n\nStatement | Bus Service\n\nMay 16, 2023\n\n"
	    "Riders and Drivers Reject Route Cuts, Call for Stable Funding\n\n"
	    "The Orchard Riders Union on Tuesday called on the transit board to drop the route cuts.\n\n"
	    "Contact: Rev. Basil Okonkwo-Reyes, 555-201-0188\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Basil Okonkwo-Reyes");
	json_decref(j);
	j = run("Orchard Riders Union\n\nMedia Statement\n\nMay 16, 2023\n\n"
	    "Riders Respond to the Transit Board Vote on Fares\n\n"
	    "The Orchard Riders Union is disappointed by the vote of the transit board.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(d, "title"), "Riders Respond to the Transit Board Vote on Fares");
	json_decref(j);
	j = run("Keep Our Pools Open Coalition\n\n"
	    "Open letter to the Marren City Council on summer pool hours\n\nJune 5, 2023\n\n"
	    "Dear Members of the Council:\n\nWe write to ask you to keep every city pool open seven days a week.\n\n"
	    "Keep Our Pools Open is a coalition of swimmers and parents. Its coordinator, Ottilie Farrant, "
	    "can be reached at 301-555-0142.\n\n"
	    "Posted in Letters | Tagged pools, budget\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(d, "category"), "Letters");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Ottilie Farrant");
	json_decref(j);
	j = run("Keep Our Pools Open Coalition\n\nPool Hours Are a Budget Choice for the City\n\nJune 5, 2023\n\n"
	    "Summer is coming and the pools are still closed on Mondays and Tuesdays.\n\n"
	    "Posted in Pools, Budget | 2 Comments\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/* A "By X" byline over text without a dateline is a news story; under "News" a release names its publisher first. */
static void
test_byline_and_news_items(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Carrow Vale University\nNews and Events\n\nResearch news\n\nFriday, 3 March 2023 09:15\n\n"
	    "Night-shift parents sleep less than their children, study finds\n\nBy Petra Holloway-Sand\n\n"
	    "Parents who work at night sleep two hours less than others, according to researchers.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "article");
	assert_string_equal(str(d, "author"), "Petra Holloway-Sand");
	json_decref(j);
	j = run("Carrow Vale University\n\nNight-shift parents sleep less than their children, study finds\n\n"
	    "By Petra Holloway-Sand, March 3, 2023\n\n"
	    "Parents who work at night sleep two hours less than others, according to researchers.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "article");
	assert_string_equal(str(d, "author"), "Petra Holloway-Sand");
	assert_string_equal(str(d, "published"), "2023-03-03");
	json_decref(j);
	j = run("Dunmore Valley Food Network\nSign up for email updates.\n\n"
	    "Tuesday, 07 March 2023 14:02\n\nNetwork Opens Two New Pantries in Westvale\n\n"
	    "The Dunmore Valley Food Network (DVFN) today opened two pantries in the Westvale neighborhood.\n\n"
	    "Published in News\n"
	    "Monday, 30 January 2023 09:00\n\nCounty Budget Leaves Senior Meals Short\n\n"
	    "The county's proposed budget does not restore the cut to senior meals. \"Hunger does not take "
	    "a holiday, and neither should the county,\" said Arlo Pemberton, a member of the DVFN board.\n\n"
	    "Published in News\n");
	assert_string_equal(str(doc(j, 0), "kind"), "press_release");
	assert_string_equal(str(doc(j, 1), "kind"), "article");
	json_decref(j);
}

/* Section headers ("A / B") and dotted category bars are page furniture, not titles. */
static void
test_section_and_dot_bars(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Wirefield Releases\nNewsroom \xc2\xb7 Companies \xc2\xb7 Topics \xc2\xb7 Contact Us\n\n"
	    "Energy \xc2\xb7 Storage \xc2\xb7 Product Launch\n\n"
	    "Local / Schools\n\n"
	    "Tarnby Grid Opens Battery Plant Near Oakhill\n\nMarch 4, 2022\n\n"
	    "OAKHILL, Ore. - Tarnby Grid opened a battery plant on Monday near the town center.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Tarnby Grid Opens Battery Plant Near Oakhill");
	assert_null(str(d, "subtitle"));
	json_decref(j);
}

/* "Posted by: Office of X" names an office, not an author, and is no heading. */
static void
test_posted_by_office(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Town of Brisk Hollow\n\nTown News\n\n"
	    "Posted by: Office of Communications and Community Affairs\nPosted on: May 2, 2021\n\n"
	    "Town Opens New Skate Park on Fenn Street\n\n"
	    "BRISK HOLLOW, Vt. - The Town of Brisk Hollow opened a skate park on Saturday.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Town Opens New Skate Park on Fenn Street");
	assert_null(str(d, "author"));
	assert_string_equal(str(d, "published"), "2021-05-02");
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
	j = run("State of Ardenne\n\nGovernor Signs Bill Raising Teacher Pay Across the State\n\n"
	    "Posted by Office of the Governor on March 3, 2024\n\n"
	    "ARDENNE CITY - The governor signed the teacher pay bill on Monday.\n");
	d = doc(j, 0);
	assert_null(str(d, "author"));
	assert_string_equal(str(d, "published"), "2024-03-03");
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
	/* "By Office of X": the office writes, and is an organization, not a person. */
	j = run("Tamsworth University\n\nStudy Finds Campus Gardens Cut Food Costs for Students\n\n"
	    "By Office of Campus Communications\n\nMay 2, 2022\n\n"
	    "A study of campus gardens found they cut food costs for students.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "author"), "Office of Campus Communications");
	assert_non_null(org(d, "Office of Campus Communications"));
	assert_null(person(d, "Office of Campus Communications"));
	json_decref(j);
}

/* A writer's role or address under the byline ("Communications Director, Local 9") is no title. */
static void
test_byline_role_line(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Glassworkers Union Local 9\nHome | News | Join\n\n"
	    "Kilnmore Workers Win Heat Breaks in New Contract\n\n"
	    "By Odile Fenwick-Stroud\nCommunications Director, Local 9\nJune 3, 2020\n\n"
	    "Workers at the Kilnmore plant ratified a contract that adds paid heat breaks.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Kilnmore Workers Win Heat Breaks in New Contract");
	assert_string_equal(str(d, "author"), "Odile Fenwick-Stroud");
	assert_string_equal(str(d, "published"), "2020-06-03");
	json_decref(j);
	j = run("The Kestrel Bay Courier\nNews | Sports | Opinion\n\n"
	    "Harbor Dredging Will Close the Marina for Two Months\n\nBy Lionel Adeyemi-Roth\n"
	    "ladeyemi@courier.example.com\nApril 2, 2021\n\n"
	    "The marina will close in May while the harbor is dredged, officials said.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Harbor Dredging Will Close the Marina for Two Months");
	assert_string_equal(str(d, "author"), "Lionel Adeyemi-Roth");
	json_decref(j);
	/* A news agency's name under the byline is no title either. */
	j = run("The Kestrel Bay Courier\nNews | Sports | Opinion\n\n"
	    "Harbor Dredging Will Close the Marina for Two Months\n\nBy Jane Roe-Alvarez\nThe Associated Press\n\n"
	    "KESTREL BAY, Maine (AP) \xe2\x80\x94 The marina will close in May while the harbor is dredged.\n");
	assert_string_equal(str(doc(j, 0), "title"), "Harbor Dredging Will Close the Marina for Two Months");
	json_decref(j);
	/* The writer's own address at the foot of the story is no media contact. */
	j = run("The Kestrel Bay Courier\nNews | Sports | Opinion\n\n"
	    "Harbor Dredging Will Close the Marina for Two Months\n\nBy Lionel Adeyemi-Roth, Staff Writer\nApril 2, 2021\n\n"
	    "The marina will close in May while the harbor is dredged, officials said.\n\n"
	    "Lionel Adeyemi-Roth can be reached at ladeyemi@courier.example.com.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "author"), "Lionel Adeyemi-Roth");
	assert_true(json_is_null(json_object_get(d, "contact")));
	json_decref(j);
}

/* A menu printed one item to a line is dropped; the site's name over it stays. */
static void
test_vertical_menu(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quillon Wire\nTop Stories\nMoney & Markets\nHealth & Science\nPolicy & Public Affairs\n"
	    "Arts & Culture\n\nBrenna Library Adds Sunday Hours at Four Branches\n\n"
	    "News provided by\nBrenna County Library\nFeb 3, 2023, 09:00 ET\n\n"
	    "BRENNA, Kan., Feb. 3, 2023 /Quillon Wire/ -- Brenna County Library will open four branches on Sundays.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Brenna Library Adds Sunday Hours at Four Branches");
	assert_string_equal(str(d, "publisher"), "Brenna County Library");
	json_decref(j);
}

/* A first heading over short section and kicker lines is the site's name, not the title. */
static void
test_site_over_short_headings(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("United Loom and Mill Workers Local 77\nUnion News\n\nOrganizing Update\n\n"
	    "Tessaly Mill Workers Vote to Join the Union\n\nBy Ravi Quenneville\nApril 9, 2019\n\n"
	    "Workers at the Tessaly mill voted on Tuesday to join the union.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Tessaly Mill Workers Vote to Join the Union");
	assert_string_equal(str(d, "publisher"), "United Loom and Mill Workers Local 77");
	json_decref(j);
}

/* An organization's name alone over the title, named again in the text, is not the title. */
static void
test_org_name_above_title(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Patients | Visitors | Careers | Give\n\nNewsroom\n\n"
	    "Corvale Regional Medical Center\nCorvale Hospital Opens New Birth Center on Its East Campus\n\n"
	    "May 5, 2023\n\n"
	    "CORVALE, Ind. - Corvale Regional Medical Center opened a birth center on Friday.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "Corvale Hospital Opens New Birth Center on Its East Campus");
	assert_string_equal(str(d, "publisher"), "Corvale Regional Medical Center");
	json_decref(j);
}

/* A site heading's tagline after a dash is not part of the publisher's name. */
static void
test_site_tagline_dash(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ostrava County Department of Public Health \xe2\x80\x93 Keeping every neighborhood well\n\n"
	    "Home | Services | News\n\n"
	    "County Offers Free Flu Shots at Six Libraries\n\nOctober 1, 2019\n\n"
	    "OSTRAVA, Mich. - The county will give free flu shots at six libraries this month.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "publisher"), "Ostrava County Department of Public Health");
	json_decref(j);
}

/* A wire's "D 08:30 ET | Source: X" dates the release and names its publisher. */
static void
test_wire_source_date(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quillon Wire\n\nVarrow Pumps Opens Service Center in Tulsa\n\n"
	    "May 06, 2022 09:00 ET | Source: Varrow Pumps, Inc.\n\n"
	    "TULSA, May 06, 2022 (QUILLON WIRE) -- Varrow Pumps, Inc. today opened a service center.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2022-05-06");
	assert_string_equal(str(d, "publisher"), "Varrow Pumps, Inc.");
	assert_string_equal(str(d, "dateline"), "TULSA");
	json_decref(j);
}

/* "Contact Jo Roe at 555-..." names Jo Roe, without the "at" or a rank before the name. */
static void
test_contact_at(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Fennick Arts Council\n\nCouncil Names Three New Mural Sites Downtown\n\nJuly 7, 2018\n\n"
	    "The council named three mural sites on Tuesday.\n\n"
	    "For more information, contact Imre Baptiste-Lowe at 555-410-2231.\n");
	d = doc(j, 0);
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Imre Baptiste-Lowe");
	json_decref(j);
	/* A rank before the name is no part of it. */
	j = run("Orlen County Sheriff's Office\n\nMedia Contact:\nSgt. Piet Vanterpool-Ames, Public Information Officer\n"
	    "555-410-2290\n\nSheriff Adds Two Patrol Boats on Lake Orlen\n\nJuly 7, 2018\n\n"
	    "The sheriff added two boats to the lake patrol on Tuesday.\n");
	d = doc(j, 0);
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Piet Vanterpool-Ames");
	json_decref(j);
}

/* A listing whose items carry "MM.DD.YYYY | Press Room" under the headline splits, the section the category. */
static void
test_dotted_date_section_items(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Quillby Gallery of Craft\n\nVisit    Exhibitions    Shop\n\n"
	    "Woven Rivers: Baskets of the Tallow Basin\n\n04.08.2024 | Press Room\n\n"
	    "QUILLBY, Vt. - The Quillby Gallery of Craft will open Woven Rivers on May 2, with 60 baskets.\n\nRead more\n\n"
	    "Glass at Work: A Studio Season\n\n03.12.2024 | Exhibitions\n\n"
	    "Twelve glassblowers will work in the open studio through the summer, with demonstrations on Fridays.\n\nRead more\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	assert_string_equal(str(doc(j, 0), "title"), "Woven Rivers: Baskets of the Tallow Basin");
	assert_string_equal(str(doc(j, 0), "published"), "2024-04-08");
	assert_string_equal(str(doc(j, 0), "category"), "Press Room");
	assert_string_equal(str(doc(j, 1), "title"), "Glass at Work: A Studio Season");
	assert_string_equal(str(doc(j, 1), "category"), "Exhibitions");
	json_decref(j);
	/* The page's own "Press Room" heading, with no date beside it, is no category. */
	j = run("Quillby Gallery of Craft\n\nPress Room\n\nGallery Names New Curator\n\nApril 8, 2024\n\n"
	    "QUILLBY, Vt. - The Quillby Gallery of Craft named a new curator of glass on Monday.\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/* A listing whose items carry "Category | date" and end in "Read more" splits into items with categories. */
static void
test_category_labels_and_read_more(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Marrowdale Housing Alliance\nHomes for everyone in Marrowdale\n\nHome | About | News\n\n"
	    "Press Releases | March 2, 2021\n\nAlliance Wins Repairs at Orchard Flats\n\n"
	    "MARROWDALE, Me. - Tenants at Orchard Flats won boiler repairs on Tuesday.\n\nRead more\n\n"
	    "Events | February 20, 2021\n\nTenant Workshop: Leases and Deposits\n\n"
	    "Volunteers will explain leases and deposits at the library.\n\nRead more \xc2\xbb\n\n"
	    "February 2, 2021 | Member Stories\n\nHow Our Building Got Its Heat Back\n\n"
	    "When the boiler failed in January, the tenants filed a complaint together.\n\nRead more\n\n"
	    "\xc2\xab Previous  1  2  Next \xc2\xbb\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 3);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Alliance Wins Repairs at Orchard Flats");
	assert_string_equal(str(d, "category"), "Press Releases");
	assert_string_equal(str(d, "kind"), "press_release");
	assert_null(str(d, "author"));
	d = doc(j, 1);
	assert_string_equal(str(d, "category"), "Events");
	assert_string_equal(str(d, "kind"), "other");
	assert_string_equal(str(d, "publisher"), "Marrowdale Housing Alliance");
	d = doc(j, 2);
	assert_string_equal(str(d, "title"), "How Our Building Got Its Heat Back");
	assert_string_equal(str(d, "category"), "Member Stories");
	assert_string_equal(str(d, "published"), "2021-02-02");
	assert_string_equal(str(d, "kind"), "article");
	json_decref(j);
	/* "Posted on D in X" heads an item of category X. */
	j = run("Harlow Valley Literacy Council\nEvery adult a reader\n\nHome | Programs | News\n\n"
	    "Posted on March 3, 2024 in Press Releases\n\nLiteracy Council Opens Second Learning Center\n\n"
	    "EASTMOOR, Vt. - The council opened a second adult learning center on Monday.\n\nRead More \xc2\xbb\n\n"
	    "Posted on February 14, 2024 in Volunteer Stories\n\nMeet the Tutor Who Has Taught Forty Adults\n\n"
	    "A retired machinist has been tutoring with the council since 2011.\n\nRead More \xc2\xbb\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	assert_string_equal(str(doc(j, 0), "category"), "Press Releases");
	assert_string_equal(str(doc(j, 0), "title"), "Literacy Council Opens Second Learning Center");
	assert_string_equal(str(doc(j, 1), "category"), "Volunteer Stories");
	assert_string_equal(str(doc(j, 1), "published"), "2024-02-14");
	json_decref(j);
	/* Undated related stories ending in "Read more" split nothing. */
	j = run("Marrowdale Housing Alliance\n\nAlliance Wins Repairs at Orchard Flats\n\nMarch 2, 2021\n\n"
	    "Tenants won boiler repairs on Tuesday.\n\nMore Stories\n\nTenants Rally at City Hall\n\nRead more\n\n"
	    "Alliance Hires Two Organizers\n\nRead more\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 1);
	json_decref(j);
	/* One "Read more" on a single release splits nothing. */
	j = run("Marrowdale Housing Alliance\n\nAlliance Wins Repairs at Orchard Flats\n\nMarch 2, 2021\n\n"
	    "Tenants won boiler repairs on Tuesday.\n\nRead more\n\nMore tenants joined the alliance.\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 1);
	json_decref(j);
}

/* Business Wire: a date line in words of a time zone, glued dashes round the credit, the lede's company publishes. */
static void
test_business_wire(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Business Wire\nHome | Newsroom | Subscribe\n\n"
	    "Halden Foods Recalls Frozen Dumplings Over Undeclared Peanuts\n\n"
	    "March 04, 2024 09:00 AM Eastern Standard Time\n\n"
	    "OMAHA, Neb.--(BUSINESS WIRE)--Halden Foods, Inc. today recalled 12,000 bags of frozen dumplings.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Halden Foods Recalls Frozen Dumplings Over Undeclared Peanuts");
	assert_null(str(d, "subtitle"));
	assert_string_equal(str(d, "published"), "2024-03-04");
	assert_string_equal(str(d, "dateline"), "OMAHA, Neb.");
	assert_string_equal(str(d, "publisher"), "Halden Foods, Inc.");
	assert_true(strncmp(str(d, "body"), "Halden Foods, Inc. today", 24) == 0);
	json_decref(j);
}

/* A labelled kicker in capitals over a title-case headline is not the title; a statement kicker makes a statement. */
static void
test_kicker(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Kettleby Nurses Association\nAdvocating for nurses since 1952\n\nPress Releases\n\n"
	    "STATEMENT FROM THE PRESIDENT\n\n"
	    "Nurses Association Condemns Cuts to Hospital Staffing Rules\n\nJune 3, 2022\n\n"
	    "KETTLEBY, Pa. - The Kettleby Nurses Association on Friday condemned the cuts.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Nurses Association Condemns Cuts to Hospital Staffing Rules");
	assert_string_equal(str(d, "kind"), "statement");
	json_decref(j);
	/* A headline in capitals over its dek stays the title. */
	j = run("Ostrava Bridge Works\n\nOSTRAVA BRIDGE WORKS WINS STATE CONTRACT\n\n"
	    "Company Will Build Three New Bridges in Ostrava County\n\nJune 3, 2022\n\n"
	    "OSTRAVA, Mich. - Ostrava Bridge Works won a state contract on Friday.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "OSTRAVA BRIDGE WORKS WINS STATE CONTRACT");
	json_decref(j);
}

/*
 * Page furniture over the title: a punctuated tagline over the menu, a menu
 * set apart by runs of blanks, a section label alone over the title (its
 * category), a section label before the date over a title-case headline.
 */
static void
test_tagline_spaced_menu_section(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Tollbury Unified School District\nEvery Child. Every Day.\n\n"
	    "Skip to main content\nTranslate | Staff Login | Calendar\n\nDistrict News\n\n"
	    "Board Approves Plan to Replace Old Portables at Four Schools\n\nMarch 5th, 2024\n\n"
	    "Tollbury, Ore. \xe2\x80\x94 The Tollbury Unified School District board voted 4-1 on Monday to replace the portables.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Board Approves Plan to Replace Old Portables at Four Schools");
	assert_string_equal(str(d, "category"), "District News");
	assert_string_equal(str(d, "publisher"), "Tollbury Unified School District");
	json_decref(j);
	j = run("Wire Desk\nNews in Focus   Business & Money   Science & Tech   Policy & Public Interest\n\n"
	    "Builders Turn to Factory-Made Walls as Labor Runs Short, Survey Finds\n\n"
	    "Oct 03, 2017\n\n"
	    "OMAHA, Neb., Oct. 3, 2017 -- Most builders now use factory-made parts, a survey found.\n");
	assert_string_equal(str(doc(j, 0), "title"),
	    "Builders Turn to Factory-Made Walls as Labor Runs Short, Survey Finds");
	json_decref(j);
	j = run("Friends of the Marl River\nProtecting the Marl since 1990\n\n"
	    "HOME   ABOUT   PROGRAMS   BLOG   DONATE\n\nRiver Notes: the friends' blog\n\n"
	    "Tuesday, 07 May 2013 09:24\n\nState Data Show Nitrate Rising on the Upper Marl\n\n"
	    "Written by Edda Sorlie\n\nIf you have paddled the Marl this spring, the water looks fine. It is not.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "State Data Show Nitrate Rising on the Upper Marl");
	json_decref(j);
	/* Two labels stacked are a breadcrumb: no category. */
	j = run("Tollbury Unified School District\nFamilies | Staff | Calendar\n\nDistrict News\n\n"
	    "Board Highlights\n\nBoard Approves Later Start Times for High Schools\n\nMarch 5, 2024\n\n"
	    "TOLLBURY, Ore. - The board voted on Monday to start the high schools later.\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/*
 * A listing whose items each open with a date line under a section label,
 * then a headline and text: one document each, the label as category, an
 * item printed twice stored once; the site's ", State" is not its name.
 */
static void
test_dated_listing(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("City of Pellmoor, Colorado\nOfficial Website\n\nResidents | Business | Government\n\n"
	    "News Flash\n\nCity News\n\nPosted on: February 27, 2024\n\n"
	    "City Council Adopts Parking Plan\n\n"
	    "PELLMOOR, Colo. \xe2\x80\x93 The Pellmoor City Council voted 6-1 on Monday to adopt a parking plan for downtown.\n\n"
	    "Public Works\n\nPosted on: February 26, 2024\n\nOak Street Bridge to Close for Repairs\n\n"
	    "The Oak Street bridge will close to all traffic on Monday for about six weeks of repairs.\n\n"
	    "Public Works\n\nPosted on: February 26, 2024\n\nOak Street Bridge to Close for Repairs\n\n"
	    "The Oak Street bridge will close to all traffic on Monday for about six weeks of repairs.\n\n"
	    "Parks & Recreation\n\nPosted on: February 20, 2024\n\nRegistration Opens for Summer Camps\n\n"
	    "Registration for the summer day camps of the city opens Friday, March 1, at 8 a.m.\n\n"
	    "< Prev  1  2  3  Next >\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 3);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "City Council Adopts Parking Plan");
	assert_string_equal(str(d, "category"), "City News");
	assert_string_equal(str(d, "publisher"), "City of Pellmoor");
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Oak Street Bridge to Close for Repairs");
	assert_string_equal(str(d, "category"), "Public Works");
	assert_string_equal(str(d, "publisher"), "City of Pellmoor");
	assert_string_equal(str(d, "kind"), "press_release");
	assert_string_equal(str(d, "published"), "2024-02-26");
	d = doc(j, 2);
	assert_string_equal(str(d, "title"), "Registration Opens for Summer Camps");
	assert_string_equal(str(d, "category"), "Parks & Recreation");
	json_decref(j);
	/* One dated release, and dated headlines after its end, are one document. */
	j = run("Pellmoor Food Bank\n\nFebruary 27, 2024\n\nFood Bank Opens Second Pantry\n\n"
	    "The Pellmoor Food Bank opened its second pantry on Monday in the east end of the city.\n\n"
	    "###\n\nRelated stories\n\nFebruary 20, 2024\n\nVolunteers Pack Record Number of Boxes\n\n"
	    "Volunteers packed more boxes in one day than in any day in the history of the food bank.\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 1);
	assert_string_equal(str(doc(j, 0), "title"), "Food Bank Opens Second Pantry");
	json_decref(j);
}

/* "Posted on 3/5/24 | Topic" items closed by "Read more": the topic is the category and tells no kind. */
static void
test_posted_bar_topic_listing(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Fenwick Regional Medical Group\n"
	    "Find a Doctor | Locations | Careers\n\nNewsroom\n\n"
	    "Media inquiries: call 608-555-0142 (24/7 for urgent requests)\n\n"
	    "Posted on 4/2/24 | Community\n\n"
	    "Fenwick opens a free diabetes clinic in Old Mill\n\n"
	    "Adults in the Old Mill neighborhood can now see a diabetes educator without an appointment at the new clinic.\n\n"
	    "Read more\n\n"
	    "Posted on 3/19/24 | Research\n\n"
	    "Fenwick surgeons join national trial of a new knee implant\n\n"
	    "Surgeons at Fenwick Regional Medical Group have enrolled the first patient in a national trial of a knee implant.\n\n"
	    "Read more\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Fenwick opens a free diabetes clinic in Old Mill");
	assert_string_equal(str(d, "published"), "2024-04-02");
	assert_string_equal(str(d, "category"), "Community");
	assert_string_equal(str(d, "kind"), "press_release");
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Fenwick surgeons join national trial of a new knee implant");
	assert_string_equal(str(d, "category"), "Research");
	json_decref(j);
	/* After the date a person's name is a byline, no topic. */
	j = run("Trail Crew Finishes Ridge Loop\n\nPosted on 4/2/24 | Jo Ellen Marsh\n\n"
	    "The volunteer trail crew finished the ridge loop on Saturday after six weekends of work.\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/* A wire page's "Follow" and "Share" buttons under the date line are no headings. */
static void
test_follow_share_buttons(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Orbit Newswire\nHome | Newsroom | Search\n\n"
	    "Tessaline Labs Launches Quillmark 2 for Small Clinics\n\n"
	    "Early users report billing time cut by a third\n\n"
	    "May 7, 2024 08:00 ET | Source: Tessaline Labs\n\nFollow\nShare\n\n"
	    "DENVER, May 7, 2024 /Orbit Newswire/ -- Tessaline Labs today announced Quillmark 2, its billing software for small clinics.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Tessaline Labs Launches Quillmark 2 for Small Clinics");
	assert_string_equal(str(d, "subtitle"), "Early users report billing time cut by a third");
	json_decref(j);
}

/* A blog under "News from the X", "Categories: A, B" and a byline with a rank. */
static void
test_blog_name_categories_rank(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Dunmore Fire Department\nServing Dunmore Since 1902\n\n"
	    "Home   About   Stations   Blog\n\n"
	    "Hose Lines: News from the Dunmore Fire Department\n\n"
	    "Kitchen fires are down by half. Here is why.\n\n"
	    "Posted on March 4th, 2024 by Capt. Irina Vasquez-Holt, Public Information Officer\n"
	    "Categories: Fire Safety, Community\n\n"
	    "A year ago our crews answered three kitchen fires a week. Last month they answered five in all.\n");
	d = doc(j, 0);
	assert_true(strncmp(str(d, "title"), "Kitchen fires are down by half", 30) == 0);
	assert_string_equal(str(d, "category"), "Fire Safety");
	assert_string_equal(str(d, "author"), "Irina Vasquez-Holt");
	assert_string_equal(str(d, "kind"), "blog_post");
	json_decref(j);
}

/* The page's title printed above the site's heading and menu; the heading under the date is its dek. */
static void
test_title_above_site(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Harbor board approves $40 million ferry terminal upgrade\n\n"
	    "Port of Calloway\nGateway to the Sound\n\n"
	    "Cargo | Ferries | Community | News\n\nNews Releases\n\nMarch 2, 2023\n\n"
	    "The upgrade will let ferries plug in at the dock instead of idling their engines\n\n"
	    "CALLOWAY, Wash. \xe2\x80\x94 The Port of Calloway board voted 5-0 on Tuesday to upgrade the ferry terminal.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Harbor board approves $40 million ferry terminal upgrade");
	assert_string_equal(str(d, "subtitle"),
	    "The upgrade will let ferries plug in at the dock instead of idling their engines");
	assert_string_equal(str(d, "publisher"), "Port of Calloway");
	json_decref(j);
	/* A site's name over its tagline stays the site. */
	j = run("City of Brantley Falls\nOfficial Website\n\nResidents | Business | News\n\n"
	    "Council Approves New Library Hours\n\nMarch 2, 2023\n\n"
	    "The city council voted on Tuesday to keep the main library open until 9 p.m. on weeknights.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Council Approves New Library Hours");
	json_decref(j);
}

/* Statement kinds: "Joint Statement:", "X statement on Y", a dek "Local 9 Statement on ...", a "» Statements" breadcrumb. */
static void
test_statement_heads(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Gulf Voters Project\n\nNewsroom \xc2\xbb Statements\n\nMarch 2, 2023\n\n"
	    "Joint Statement: Groups Condemn Purge of Voter Rolls in Tarrant Parish\n\n"
	    "Written by GVP Communications\n\n"
	    "Nine voting rights groups today called on Tarrant Parish to restore the voters it removed.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	assert_string_equal(str(d, "category"), "Statements");
	assert_null(str(d, "author"));
	json_decref(j);
	j = run("Vasquez-Lunde statement on passage of the Well Water Act\n\nMarch 2, 2023\n\n"
	    "Senator Ines Vasquez-Lunde released a statement after the vote on the Well Water Act.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "statement");
	json_decref(j);
	j = run("MEMBERS APPROVE NEW CONTRACT WITH 9% RAISES\n\nLocal 77 Statement on Ratification Vote\n\n"
	    "TULSA, Okla. - Members of Local 77 voted on Thursday to ratify a three-year agreement.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "statement");
	json_decref(j);
	/* A statement named further on is no statement of the page's. */
	j = run("City Council Adopts Budget After Long Statement Debate\n\nMarch 2, 2023\n\n"
	    "The Kerrow City Council adopted its budget on Tuesday after four hours of debate.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "press_release");
	json_decref(j);
}

/* A team's byline ("Posted on D by X Public Information Office") signs no author and makes no blog post; "NEWS RELEASE" over the title is no category. */
static void
test_team_byline_and_kind_label(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("TARN COUNTY SHERIFF'S OFFICE\n\nHome  |  Divisions  |  News\n\n"
	    "Two Arrested in String of Boat Thefts at Tarn Lake\n\n"
	    "Posted on 3/12/24 by TCSO Public Information Office\n\n"
	    "TARN COUNTY, Ga. - Two people have been arrested in connection with eleven boat thefts.\n");
	d = doc(j, 0);
	assert_null(str(d, "author"));
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
	j = run("Rural Roads Administration\n\nNEWS RELEASE\n\n"
	    "Rural Roads Administration Awards $90 Million for Bridge Repairs\n\nMarch 2, 2023\n\n"
	    "WASHINGTON \xe2\x80\x94 The Rural Roads Administration today awarded $90 million to 40 counties.\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/* A breadcrumb with guillemets ("Newsroom » Press Releases") is furniture; a case name ("X v. Y") does not end the title. */
static void
test_guillemet_crumb_case_name(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Congressman Elias Brandvik\n\nHome  |  About  |  Newsroom\n\n"
	    "Newsroom \xc2\xbb Press Releases\n\n"
	    "Brandvik Asks Agency to Explain Delay in Bridge Grants\n\nMarch 2, 2023\n\n"
	    "WASHINGTON \xe2\x80\x93 Representative Elias Brandvik today asked the agency to explain its delay.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Brandvik Asks Agency to Explain Delay in Bridge Grants");
	json_decref(j);
	j = run("Orchard Tenants Union\n\nStatement on Court Ruling in Pellman v. Ashgrove Properties\n\n"
	    "March 5th, 2024\n\n"
	    "TORVIK, March 5 \xe2\x80\x94 The court ruled this morning that tenants must receive written notice.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Statement on Court Ruling in Pellman v. Ashgrove Properties");
	/* "PLACE, Month D — ": the year left out of the dateline. */
	assert_string_equal(str(d, "dateline"), "TORVIK");
	json_decref(j);
	j = run("Orchard Tenants Union\n\nTenants Rally at City Hall\n\nMarch 5th, 2024\n\n"
	    "Today, March 5 \xe2\x80\x94 tenants rallied at city hall for the third week running.\n");
	assert_null(str(doc(j, 0), "dateline"));
	json_decref(j);
}

/* "Posted on D by Council Member X" under the writer's masthead: X writes a post, the title follows the date, a salutation opens the text. */
static void
test_masthead_byline_office(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Town of Pell Harbor\nOfficial Website\n\n"
	    "Council Member Dario Venkel\nWard 2 \xe2\x80\x93 Eastbank, Millrace & Orchard Hill\n\n"
	    "Posted on 3/5/24 by Council Member Dario Venkel\n\n"
	    "Ward 2 Update: Paving, Pool Hours and a Budget Meeting\n\nNeighbors,\n\n"
	    "Spring is almost here, and so is paving season in Ward 2 this month.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Ward 2 Update: Paving, Pool Hours and a Budget Meeting");
	assert_string_equal(str(d, "author"), "Dario Venkel");
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_null(str(d, "subtitle"));
	json_decref(j);
}

/* A listing's "Posted in X" under the date is the item's category, and every item takes the site's name as publisher. */
static void
test_listing_posted_in_site(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Riverbend Pantry Network\nNo neighbor goes without a meal.\n\n"
	    "Donate   Volunteer   Find Food   About Us\n\n"
	    "Pantry Opens a Third Site in Northgate\n3 September 2019\nPosted in Announcements\n\n"
	    "Riverbend Pantry Network opened its third site on Monday, bringing groceries to Northgate families.\n\n"
	    "Read more \xc2\xbb\n\n"
	    "Volunteers Needed for the Fall Food Drive\n21 August 2019\nPosted in Events\n\n"
	    "The network needs sixty volunteers to sort and pack donations during the fall food drive.\n\n"
	    "Read more \xc2\xbb\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "category"), "Announcements");
	assert_string_equal(str(d, "kind"), "article");
	assert_null(str(d, "subtitle"));
	d = doc(j, 1);
	assert_string_equal(str(d, "category"), "Events");
	assert_string_equal(str(d, "publisher"), "Riverbend Pantry Network");
	json_decref(j);
}

/* "D | Filed under: A, B" dates a blog post; the topics are no dateline. */
static void
test_filed_under_date(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("SALMON CREEK TRUST\n\nBlog / Science\n\n"
	    "New Study: Salmon Creek Runs Warmer Every Summer\n\n"
	    "10.22.2021  |  Filed under: Science, Salmon, Water\n\n"
	    "TACOMA \xe2\x80\x94 Summer water temperatures in Salmon Creek have risen two degrees since 1980.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2021-10-22");
	assert_string_equal(str(d, "dateline"), "TACOMA");
	assert_string_equal(str(d, "kind"), "blog_post");
	json_decref(j);
}

/* A date without its year ("Tuesday, Sept. 3") takes the year the page names that fits the weekday; a message from one person is a letter signed by that person. */
static void
test_message_letter_noyear(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Larchmont Unified School District\n\n"
	    "Welcome Back: A Message from Superintendent Okonjo-Hale\n\nTuesday, Sept. 3\n\n"
	    "Dear Larchmont families,\n\n"
	    "Welcome to the 2019\xe2\x80\x93" "20 school year! Our 2018 survey asked what you wanted most.\n\n"
	    "With gratitude,\n\nDr. Miriam Okonjo-Hale\nSuperintendent\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "published"), "2019-09-03");
	assert_string_equal(str(d, "author"), "Miriam Okonjo-Hale");
	assert_string_equal(str(d, "kind"), "letter");
	json_decref(j);
	/* "Open Letter: X" names the page a letter; no one person signs it. */
	j = run("CLEAN AIR PARENTS\n\nOpen Letter: Replace Diesel Buses Before the Next School Year\n\n"
	    "09/03/2019\n\nToday the Clean Air Parents delivered the following letter to the governor.\n\n"
	    "Dear Governor Talbot:\n\nWe write as parents to urge you to fund electric school buses.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "letter");
	assert_null(str(d, "author"));
	json_decref(j);
	/* No year of the page fits the weekday: no date. */
	j = run("Larchmont Unified School District\n\nFall Sports Sign-Ups Open Next Week\n\n"
	    "Monday, Sept. 3\n\nSign-ups for the 2019 fall sports season open next week.\n");
	assert_null(str(doc(j, 0), "published"));
	json_decref(j);
}

/* A wire release's final "Contacts" block, set apart by a blank line, names the media contact under its "Media" label. */
static void
test_contacts_block_after_blank(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Harrow Battery Systems Selects Lumen Grid to Monitor Its Fleet\n\n"
	    "DENVER--(BUSINESS WIRE)--Harrow Battery Systems, Inc. today selected Lumen Grid to monitor its fleet.\n\n"
	    "Contacts\n\nMedia\nOlamide Varga\nHarrow Battery Systems\npress@harrow.example\n");
	d = doc(j, 0);
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Olamide Varga");
	json_decref(j);
}

/* "News > Service Changes" over "SERVICE CHANGE: X": the breadcrumb's section is the category, and no kind follows from it. */
static void
test_crumb_label_category(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("KESTON AREA TRANSIT\nPlan a Trip | Schedules | Fares | Newsroom\n\n"
	    "Newsroom > Service Changes\n\n"
	    "SERVICE CHANGE: Blue Line Closes Between Alder and Fenn for Track Work\n\n"
	    "Friday, 14 January 2022 09:15\n\n"
	    "KESTON \xe2\x80\x93 Beginning Saturday, the Keston Area Transit will suspend Blue Line service.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "category"), "Service Changes");
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
	j = run("KESTON AREA TRANSIT\n\nNewsroom > Press Releases\n\n"
	    "HEALTH ALERT: Smoke Expected Over Keston This Weekend\n\nMarch 2, 2023\n\n"
	    "KESTON \xe2\x80\x93 Smoke from fires to the north is expected to reach the city on Saturday.\n");
	assert_null(str(doc(j, 0), "category"));
	json_decref(j);
}

/* "Posted on D | Category: X" under a city's department heading: items split, dated, filed. */
static void
test_police_listing_category(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("City of Brindle Falls\nFire Department\n\n"
	    "Home > Departments > Fire > News\n\n"
	    "Smoke Alarm Drive Reaches 500 Homes in Westgate\n"
	    "Posted on 4/2/24 | Category: Community\n\n"
	    "Firefighters installed free smoke alarms in 500 homes across the Westgate neighborhood over the weekend.\n\n"
	    "Read more\n\n"
	    "Crews Contain Warehouse Fire on Mill Road Overnight\n"
	    "Posted on 3/28/24 | Category: Incidents\n\n"
	    "Three engine companies contained a two-alarm fire at a vacant warehouse on Mill Road early Thursday.\n\n"
	    "Read more\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Smoke Alarm Drive Reaches 500 Homes in Westgate");
	assert_string_equal(str(d, "published"), "2024-04-02");
	assert_string_equal(str(d, "category"), "Community");
	assert_string_equal(str(d, "publisher"), "Brindle Falls Fire Department");
	assert_string_equal(str(d, "kind"), "press_release");
	d = doc(j, 1);
	assert_string_equal(str(d, "published"), "2024-03-28");
	assert_string_equal(str(d, "category"), "Incidents");
	assert_string_equal(str(d, "publisher"), "Brindle Falls Fire Department");
	json_decref(j);
}

/* "Story by X, University Communications" is a byline, not the title. */
static void
test_story_by_byline(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("NORTHMARK STATE UNIVERSITY\nNews Center\n\n"
	    "Study: prairie bees travel farther than expected to find clover\n\n"
	    "2023-05-04\n\n"
	    "Story by Tamsin Vale-Orr, University Communications\n\n"
	    "A new study led by researchers at Northmark State University finds that prairie bees fly up to four miles for clover.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "Study: prairie bees travel farther than expected to find clover");
	assert_string_equal(str(d, "author"), "Tamsin Vale-Orr");
	assert_string_equal(str(d, "kind"), "article");
	json_decref(j);
}

/* "PUBLIC NOTICE: X" is a notice; a page that reports a letter before printing it posts it. */
static void
test_notice_and_posted_letter(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Lakeland Area Planning Board\n\n"
	    "PUBLIC NOTICE: Draft Bicycle Plan Open for Public Comment\n\n"
	    "June 1, 2023\n\n"
	    "The Lakeland Area Planning Board will accept public comments on the draft bicycle plan through July 31, 2023.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "other");
	json_decref(j);
	j = run("Fair Ballot Alliance\nAbout | Members | News\n\n"
	    "Letters & Testimony\n\n"
	    "Coalition Letter to Secretary of State Orwin on Early Voting Hours\n\n"
	    "Posted March 3, 2022\n\n"
	    "The Fair Ballot Alliance today delivered a letter signed by nine member groups.\n\n"
	    "\xe2\x80\x9c"
	    "Cutting hours now would shut out working families across the county,\xe2\x80\x9d said Pia Mornay, coordinator of the alliance.\n\n"
	    "The full text of the letter follows.\n\n"
	    "Dear Secretary Orwin:\n\n"
	    "We, the undersigned organizations, urge you to keep early voting hours as they are.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "other");
	assert_string_equal(str(d, "category"), "Letters & Testimony");
	json_decref(j);
	/* The page that is the letter stays its signers' statement. */
	j = run("Fair Ballot Alliance\n\n"
	    "Coalition Letter to Secretary of State Orwin on Early Voting Hours\n\n"
	    "March 3, 2022\n\n"
	    "Dear Secretary Orwin and Members of the Board of Elections:\n\n"
	    "We, the undersigned organizations, urge you to keep early voting hours as they are in every county this fall.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "statement");
	json_decref(j);
}

/* A blog's tagline ("X: the blog of Y") makes a post; its crumb's last section files it. */
static void
test_blog_tagline_crumb(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("HERON BAY KEEPERS\nTide Notes: the blog of Heron Bay Keepers\n\n"
	    "Home \xe2\x80\xba Tide Notes \xe2\x80\xba Marshes & Birds\n\n"
	    "The Marsh Returns: Inside the Long Fight to Restore Heron Bay\n\n"
	    "Friday, 14 June 2019 09:30\nBy Lena Ostrova-Hart\n\n"
	    "For most of the last century, the marsh at Heron Bay was treated as a place to dump fill and nothing more.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "category"), "Marshes & Birds");
	assert_string_equal(str(d, "author"), "Lena Ostrova-Hart");
	json_decref(j);
	/* No crumb: the blog's name files the post. */
	j = run("Friends of Pell Creek\n\n"
	    "Creek Notes: our blog\n\n"
	    "Tuesday, 07 May 2013 09:24\n\n"
	    "Sediment Levels Keep Rising on the Lower Pell\n\n"
	    "Written by Ada Rusk\n\n"
	    "If you have paddled the Lower Pell this spring, you may have noticed the water looks brown.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_string_equal(str(d, "category"), "Creek Notes");
	json_decref(j);
	/* The menu names the section over the title as the site's blog. */
	j = run("The Harwood Policy Institute\n"
	    "Research  |  Experts  |  The Margin (Blog)  |  Donate\n\n"
	    "THE MARGIN\n\n"
	    "Do Transit Passes Raise Rural Hiring? A New Paper Tests It\n\n"
	    "By Omar Feld-Risa, Senior Fellow\nNov 14, 2023\n\n"
	    "When a county pays for bus passes, do employers get workers who stay longer in their jobs?\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "blog_post");
	json_decref(j);
}

/* Contact lines: a cued name over its phone line is no title; "contact:" labels; an office over a person. */
static void
test_contact_forms_round9(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Office of the State Auditor\n\n"
	    "Home | About | Newsroom | Contact Us\n\n"
	    "Newsroom \xc2\xbb Press Releases\n\n"
	    "Auditor Finds Gaps in Fleet Records at Three Agencies\n\n"
	    "March 3, 2022\n\n"
	    "FOR IMMEDIATE RELEASE\n"
	    "Contact: Dara Wilkes, Communications Director\n"
	    "(505) 555-0142 | press@auditor.example\n\n"
	    "SANTA FE, N.M. \xe2\x80\x94 The State Auditor today released a review of fleet records.\n\n"
	    "The agencies have 60 days to respond.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Auditor Finds Gaps in Fleet Records at Three Agencies");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Dara Wilkes");
	json_decref(j);

	j = run("Pell County Library\n\n"
	    "Library Extends Evening Hours at Two Branches\n\n"
	    "March 3, 2022\n\n"
	    "For more information, contact:\n"
	    "Noor Castell, Marketing Manager\n"
	    "ncastell@pell.example | 555-310-4477\n\n"
	    "PELL, Colo. \xe2\x80\x94 The Pell County Library will stay open later.\n");
	d = doc(j, 0);
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Noor Castell");
	json_decref(j);

	j = run("Port of Ardent\n\n"
	    "Port Breaks Ground on New Cargo Berth\n\n"
	    "March 3, 2022\n\n"
	    "ARDENT, Wash. \xe2\x80\x94 The Port of Ardent broke ground today on a new berth.\n\n"
	    "Work ends in 2024.\n\n"
	    "Contacts\n\n"
	    "Port of Ardent\n"
	    "Lia Moravec, Media Relations Manager\n"
	    "360-555-0144\n");
	d = doc(j, 0);
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Lia Moravec");
	json_decref(j);

	j = run("Harrow Valley Clergy Alliance\n\n"
	    "Clergy Ask Council to Cap Loan Rates\n\n"
	    "March 3, 2022\n\n"
	    "HARROW, Ohio \xe2\x80\x94 Forty congregations today wrote to the city council.\n\n"
	    "The council meets Thursday.\n\n"
	    "MEDIA CONTACT\n"
	    "Ivo Brandt | Alliance Communications | 614-555-0109 | ivo@hvca.example\n\n"
	    "Press contact: Sister Mara Ellory, 614-555-0110, press@hvca.example\n");
	d = doc(j, 0);
	c = json_object_get(d, "contact");
	assert_string_equal(str(c, "name"), "Ivo Brandt");
	assert_string_equal(str(c, "email"), "ivo@hvca.example");
	json_decref(j);

	j = run("Harrow Valley Clergy Alliance\n\n"
	    "Clergy Ask Council to Cap Loan Rates\n\n"
	    "March 3, 2022\n\n"
	    "HARROW, Ohio \xe2\x80\x94 Forty congregations today wrote to the city council.\n\n"
	    "Press contact: Sister Mara Ellory, 614-555-0110, press@hvca.example\n");
	assert_string_equal(str(json_object_get(doc(j, 0), "contact"), "name"), "Mara Ellory");
	json_decref(j);
}

/* "D | Category: X" files a listing's item under X, a topic: it stays a release. */
static void
test_date_bar_category_label(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Dunmore County Sheriff's Office\n\n"
	    "Road Closure: Route 9 Culvert Repair\n\n"
	    "Monday, 04 March 2024 09:15 | Category: Traffic Advisories\n\n"
	    "The state will close Route 9 over Bell Creek on Wednesday for a culvert repair.\n\n"
	    "Read more \xc2\xbb\n\n"
	    "Deputies Launch Program to Protect Seniors From Scams\n\n"
	    "March 5th, 2024 | Category: Community Programs\n\n"
	    "The Dunmore County Sheriff's Office will hold free workshops on phone scams.\n\n"
	    "Read more \xc2\xbb\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "category"), "Traffic Advisories");
	assert_string_equal(str(d, "kind"), "press_release");
	assert_string_equal(str(d, "published"), "2024-03-04");
	d = doc(j, 1);
	assert_string_equal(str(d, "category"), "Community Programs");
	assert_string_equal(str(d, "published"), "2024-03-05");
	json_decref(j);
}

/* A one-sentence editor's note may stand before the dateline's paragraph. */
static void
test_note_before_dateline(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Corbin Fire Department\n\n"
	    "UPDATE: Two-Alarm Fire at Elm Street Warehouse\n\n"
	    "March 3, 2022\n\n"
	    "This is an update to our earlier post from 9:10 a.m.\n\n"
	    "CORBIN \xe2\x80\x94 Crews remained on scene Thursday at a two-alarm fire in a vacant warehouse.\n\n"
	    "No one was hurt.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "dateline"), "CORBIN");
	json_decref(j);

	/* A longer opening paragraph is text: no dateline is looked for after it. */
	j = run("Corbin Fire Department\n\n"
	    "Two-Alarm Fire at Elm Street Warehouse\n\n"
	    "March 3, 2022\n\n"
	    "Crews fought a fire at a warehouse on Elm Street. The building was vacant.\n\n"
	    "CORBIN \xe2\x80\x94 Crews remained on scene Thursday.\n");
	assert_null(str(doc(j, 0), "dateline"));
	json_decref(j);
}

/* An official's own page publishes for no organization; "Floor Statements" over the date files a statement. */
static void
test_official_site_floor_statements(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("U.S. Senator Dana Quillon of Nevada\n\n"
	    "About Dana | Services | Newsroom | Contact\n\n"
	    "Floor Statements\n\n"
	    "09.23.2021\n\n"
	    "Quillon Floor Remarks on the Rural Roads Act\n\n"
	    "WASHINGTON, D.C. \xe2\x80\x93 Senator Dana Quillon today spoke on the floor about the Rural Roads Act.\n\n"
	    "The bill has eleven cosponsors.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Quillon Floor Remarks on the Rural Roads Act");
	assert_null(str(d, "publisher"));
	assert_string_equal(str(d, "category"), "Floor Statements");
	assert_string_equal(str(d, "kind"), "statement");
	json_decref(j);

	/* A council's site is an organization's. */
	j = run("Senate Democratic Caucus\n\n"
	    "Caucus Backs the Rural Roads Act\n\n"
	    "March 3, 2022\n\n"
	    "WASHINGTON \xe2\x80\x94 The caucus today endorsed the Rural Roads Act.\n");
	assert_string_equal(str(doc(j, 0), "publisher"), "Senate Democratic Caucus");
	json_decref(j);
}

/* "By X, University Communications" over a page that closes with its media contact: a release. */
static void
test_office_byline_with_contact(void **state)
{
	json_t	*j;

	(void)state;
	j = run("PELLMAN STATE UNIVERSITY\n\n"
	    "Heat days linked to more emergency visits, PSU study finds\n\n"
	    "Research News | 2023-05-11\n\n"
	    "By Ona Kessler, University Communications\n\n"
	    "Outdoor workers visit emergency rooms more often on hot days, a new study finds.\n\n"
	    "MEDIA CONTACT\n"
	    "Ona Kessler | University Communications | 405-555-0175 | okessler@psu.example\n");
	assert_string_equal(str(doc(j, 0), "kind"), "press_release");
	json_decref(j);

	/* "Story by" credits a story. */
	j = run("PELLMAN STATE UNIVERSITY\n\n"
	    "Heat days linked to more emergency visits, PSU study finds\n\n"
	    "2023-05-11\n\n"
	    "Story by Ona Kessler, University Communications\n\n"
	    "Outdoor workers visit emergency rooms more often on hot days, a new study finds.\n\n"
	    "Media contact: Ona Kessler, okessler@psu.example, 405-555-0175\n");
	assert_string_equal(str(doc(j, 0), "kind"), "article");
	json_decref(j);
}

/* "Read more" over "Category: X": the label files the item it closes, as an article; the footer is no item. */
static void
test_read_more_category_after(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Pinecrest Unified School District\n\nBoard News\n\n"
	    "Board Adopts New Bell Schedule\nPosted on 3/5/24\n"
	    "The board voted on Monday to start the high school day at 8:30 a.m. next fall, after a year of study.\n"
	    "Read more \xc2\xbb\nCategory: Board Actions\n\n"
	    "Student Artists Honored at Spring Show\nPosted on 2/20/24\n"
	    "Forty students from six schools showed their work at the district office this week.\n"
	    "Read more \xc2\xbb\nCategory: Students\n\n"
	    "Board meetings are held the first Monday of each month at 6 p.m. at the district office. "
	    "All are welcome to attend.\n\n"
	    "The district does not discriminate in its programs and activities.\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Board Adopts New Bell Schedule");
	assert_string_equal(str(d, "category"), "Board Actions");
	assert_string_equal(str(d, "kind"), "article");
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Student Artists Honored at Spring Show");
	assert_string_equal(str(d, "category"), "Students");
	assert_string_equal(str(d, "kind"), "article");
	json_decref(j);
}

/* "By X, Director of Y" under a blog's label is a byline, not the title; footer categories are tags. */
static void
test_byline_with_role_blog(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Larchmont Valley Fund\n\nGive | Grants | Blog | About\n\n"
	    "Foundation Blog\n\n"
	    "What we heard on our listening tour of small towns\n\n"
	    "Feb. 6, 2024\nBy Nadia Ferrante, Director of Community Grants\n\n"
	    "Last fall we visited eleven towns to ask what residents need most from the fund.\n\n"
	    "Housing came up in every town we visited.\n\n"
	    "Categories: Housing, Grantmaking\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "What we heard on our listening tour of small towns");
	assert_string_equal(str(d, "author"), "Nadia Ferrante");
	assert_string_equal(str(d, "kind"), "blog_post");
	assert_null(str(d, "category"));
	json_decref(j);
}

/* "Union statement: X" files a statement; "Prensa / Press: X" names the contact. */
static void
test_statement_label_bilingual_contact(void **state)
{
	json_t	*j, *d, *c;

	(void)state;
	j = run("Valley Orchard Workers Union\n\n"
	    "Union statement: New break rule is overdue for orchard crews\n\n"
	    "Posted 6/2/23\n\n"
	    "WENATCHEE, Wash. \xe2\x80\x94 The Valley Orchard Workers Union today responded to the new rest break rule.\n\n"
	    "The union will train members to report violations.\n\n"
	    "Prensa / Press: Lucia Marquez-Doyle, (509) 555-0144, prensa@vowu.example\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	c = json_object_get(d, "contact");
	assert_non_null(c);
	assert_string_equal(str(c, "name"), "Lucia Marquez-Doyle");
	json_decref(j);
	/* A title with no statement label stays a release. */
	j = run("Valley Orchard Workers Union\n\n"
	    "Union Members Rally for Safer Ladders at Packing Sheds\n\n"
	    "Posted 6/2/23\n\n"
	    "WENATCHEE, Wash. \xe2\x80\x94 Members of the Valley Orchard Workers Union rallied today.\n");
	assert_string_equal(str(doc(j, 0), "kind"), "press_release");
	json_decref(j);
}

/* A menu set apart by pairs of blanks is furniture; the tagline over it stays out of the title. */
static void
test_two_space_menu_and_double_hyphen_dateline(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Riverside Clean Water Alliance\nClean water is a right, not a privilege.\n\n"
	    "Home  About  Members  Campaigns  News\n\nNEWS\n\n"
	    "TWELVE GROUPS ASK STATE TO TEST WELLS NEAR FERTILIZER PLANT\n\n"
	    "05.02.2023\n\n"
	    "DAYTON, Ohio -- The Riverside Clean Water Alliance and eleven other groups today asked the state to test private wells.\n\n"
	    "The plant has reported three spills since 2020.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "TWELVE GROUPS ASK STATE TO TEST WELLS NEAR FERTILIZER PLANT");
	assert_string_equal(str(d, "dateline"), "DAYTON, Ohio");
	assert_true(strncmp(str(d, "body"), "The Riverside", 13) == 0);
	json_decref(j);
}

/* A live page's two-sentence "This page will be updated" note stands before the dateline. */
static void
test_update_page_note_dateline(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Fenmoor Valley Water District\n\n"
	    "UPDATE 2: Boil Notice Lifted for the West Service Area\n\n"
	    "Last updated: 2024-03-07 09:15\n\n"
	    "This page will be updated as new information becomes available. Sign up for alerts at the bottom of this page.\n\n"
	    "BRANTLEY, Ore. \xe2\x80\x94 The Fenmoor Valley Water District lifted the boil notice for the West Service Area on Thursday after lab tests came back clean.\n\n"
	    "Crews flushed the mains overnight and will keep testing through the week.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "dateline"), "BRANTLEY, Ore.");
	assert_null(strstr(str(d, "body"), "BRANTLEY"));
	json_decref(j);
}

/* An e-mail address alone on its line is contact furniture, never the title. */
static void
test_email_line_not_title(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ostrava Valley Water Authority\n"
	    "Clean Water for Every Tap\n"
	    "Home | About | Customers | Newsroom | Contact\n\n"
	    "Authority Board Approves New Treatment Plant for Eastern Wards\n\n"
	    "March 3, 2025\n\n"
	    "Media Contact: Nella Brusk\n"
	    "nella.brusk@ovwa.example.org\n\n"
	    "OSTRAVA, Ohio -- The Ostrava Valley Water Authority board on Monday approved a new treatment plant.\n\n"
	    "The plant will open in 2027.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "Authority Board Approves New Treatment Plant for Eastern Wards");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Nella Brusk");
	assert_string_equal(str(json_object_get(d, "contact"), "email"),
	    "nella.brusk@ovwa.example.org");
	json_decref(j);
}

/* A blog's masthead ("Name: Our Blog") over the post's headline is no title. */
static void
test_blog_masthead_over_headline(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Tillbrook Community Pantry\n"
	    "Feeding neighbors in three counties\n\n"
	    "DONATE | VOLUNTEER | FIND FOOD | ABOUT | BLOG\n\n"
	    "Notes from the Dock: Our Blog\n\n"
	    "Spring Drive Beats Its Goal by a Mile\n\n"
	    "Posted 4/2/25 | Posted by Orla Vance, Communications Manager\n\n"
	    "Our spring drive collected 41,000 pounds of food, twice our goal.\n\n"
	    "Thank you to every volunteer who sorted cans.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Spring Drive Beats Its Goal by a Mile");
	json_decref(j);
}

/* In a listing, the section label over an item's date files it; the site's heading publishes it. */
static void
test_listing_section_label_not_publisher(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quenby Township Public Library\n"
	    "Read. Learn. Belong.\n\n"
	    "Catalog | My Account | Events | Locations | News\n\n"
	    "Library News\n\n"
	    "Branch News\n"
	    "03.04.2025\n\n"
	    "Northside Branch Adds Sunday Hours This Spring\n\n"
	    "The Northside Branch will open on Sundays from noon to 5 p.m. starting March 9. The hours are paid for by a township grant.\n\n"
	    "Read more »\n\n"
	    "Announcements\n"
	    "02.11.2025\n\n"
	    "Library Trustees Adopt New Meeting Room Policy\n\n"
	    "The Board of Trustees adopted a new policy for booking meeting rooms on Tuesday. Groups may now reserve rooms online up to 60 days ahead.\n\n"
	    "Read more »\n");
	d = doc(j, 1);
	assert_string_equal(str(d, "title"), "Library Trustees Adopt New Meeting Room Policy");
	assert_string_equal(str(d, "category"), "Announcements");
	assert_string_equal(str(d, "publisher"), "Quenby Township Public Library");
	json_decref(j);
}

/* An ISO 8601 date-time on its own line dates the release: "2024-05-14T09:45:30-05:00". */
static void
test_iso_datetime_line(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quillby Township Opens Cooling Center\n\n"
	    "2024-05-14T09:45:30-05:00\n\n"
	    "QUILLBY, Ore. - Quillby Township today opened a cooling center at its library.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Quillby Township Opens Cooling Center");
	assert_string_equal(str(d, "published"), "2024-05-14");
	json_decref(j);
	j = run("Quillby Township Closes Pool\n\n2024-06-02T16:05Z\n\n"
	    "QUILLBY, Ore. - Quillby Township today closed its pool for repairs.\n");
	assert_string_equal(str(doc(j, 0), "published"), "2024-06-02");
	json_decref(j);
}

/* A listing's "Showing 1-2 of 40" and a "From the Desk of X" letterhead are no titles. */
static void
test_pager_and_desk_letterhead(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Norvel Valley Water District\n\n"
	    "Showing 1-2 of 40\n\n"
	    "District Replaces Aging Main on Tarrow Street\n"
	    "Posted on 4/2/24 | Projects\n\n"
	    "Crews from the Norvel Valley Water District replaced 900 feet of main on Tarrow Street this week.\n\n"
	    "Read more \xc2\xbb\n\n"
	    "Board Adopts Drought Plan\n"
	    "Posted on 3/28/24 | Board News\n\n"
	    "The district board adopted a new drought plan on Monday after two public hearings.\n\n"
	    "Read more \xc2\xbb\n");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "District Replaces Aging Main on Tarrow Street");
	assert_string_equal(str(d, "published"), "2024-04-02");
	json_decref(j);
	j = run("Councilmember Odessa Pellham\n\n"
	    "From the Desk of Councilmember Pellham\n\n"
	    "Why I Support the Library Levy\n\n"
	    "Posted on 9/12/23 by Odessa Pellham\n\n"
	    "Neighbors,\n\n"
	    "Next week the council votes on the library levy, and I will vote yes.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"), "Why I Support the Library Levy");
	json_decref(j);
}

/* Day-first dates, notice fields, postal lines, staff bylines, letters and notices (round 16). */
static void
test_notice_letter_meta(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Brindle Hollow Water District\n\n"
	    "SERVICE NOTICE\n\n"
	    "Overnight Water Shutoffs Planned on Quillan Road Next Week\n\n"
	    "Issued: 21.03.2024\n"
	    "Notice No. 2024-007\n"
	    "Affected area: Quillan Road between 2nd Street and Mill Lane\n\n"
	    "The Brindle Hollow Water District will replace 600 feet of main on Quillan Road starting Monday.\n\n"
	    "CONTACT\n\n"
	    "Customer Service\n"
	    "Brindle Hollow Water District\n"
	    "18 Depot Street\n"
	    "Brindle Hollow, OR 97301\n"
	    "Phone: (541) 555-0100\n\n"
	    "Media inquiries:\n"
	    "Petra Valdane-Ross, Public Information Officer\n"
	    "(541) 555-0111 | pvr@bhwd.example\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "title"),
	    "Overnight Water Shutoffs Planned on Quillan Road Next Week");
	assert_string_equal(str(d, "published"), "2024-03-21");
	assert_string_equal(str(d, "kind"), "other");
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Petra Valdane-Ross");
	json_decref(j);
	j = run("Fenwick Covenant of Neighbors\n"
	    "Faith in action for a city where everyone has a home\n\n"
	    "About Us | Campaigns | Resources | Donate\n\n"
	    "Open Letter to the Orla City Council on Tenant Protections\n\n"
	    "Posted May 3, 2024 by FCN Staff\n\n"
	    "Today thirty clergy from the Fenwick Covenant of Neighbors delivered the following letter to City Hall.\n\n"
	    "Dear Members of the Council:\n\n"
	    "We write as pastors and lay leaders to ask you to fund the tenant protection program.\n\n"
	    "In faith,\n\n"
	    "Rev. Tobias Marrow, Pastor, Orla First Church\n\n"
	    "Reporters may contact Deacon Ilse Varga at 503-555-0190 or iv@fcn.example.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "other");
	assert_null(str(d, "author"));
	assert_string_equal(str(json_object_get(d, "contact"), "name"), "Ilse Varga");
	json_decref(j);
	j = run("Orla Valley Health District\n\n"
	    "Showing 1-2 of 40\n\n"
	    "Smoke Advisory: Air Quality Shelters Open in Orla\n"
	    "Posted: 8/2/2024 10:30 AM\n"
	    "Category: Public Notices\n\n"
	    "With smoke forecast through the weekend, clean air shelters will open at two libraries.\n\n"
	    "Read more \xc2\xbb\n\n"
	    "District Confirms Two Cases of Pertussis in Orla Schools\n"
	    "Posted: 8/1/2024 9:00 AM\n"
	    "Category: News Releases\n\n"
	    "ORLA, Ore. \xe2\x80\x93 The Orla Valley Health District confirmed two cases of pertussis on Thursday.\n\n"
	    "Read more \xc2\xbb\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "other");
	d = doc(j, 1);
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_forms),
		cmocka_unit_test(test_head_and_furniture),
		cmocka_unit_test(test_byline_blog),
		cmocka_unit_test(test_listing_split),
		cmocka_unit_test(test_statement_multi_paragraph),
		cmocka_unit_test(test_interrupted_and_before),
		cmocka_unit_test(test_surname_and_acronym),
		cmocka_unit_test(test_not_quotes),
		cmocka_unit_test(test_org_statement_coalition),
		cmocka_unit_test(test_reports),
		cmocka_unit_test(test_people_titles),
		cmocka_unit_test(test_common_noun_not_person),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_robust),
		cmocka_unit_test(test_head_groups_and_contact_block),
		cmocka_unit_test(test_title_date_dek),
		cmocka_unit_test(test_date_labels_and_dated_datelines),
		cmocka_unit_test(test_speaker_resolution),
		cmocka_unit_test(test_date_lines),
		cmocka_unit_test(test_dateline_forms),
		cmocka_unit_test(test_listing_site_and_kinds),
		cmocka_unit_test(test_news_article),
		cmocka_unit_test(test_letter_and_statement_kinds),
		cmocka_unit_test(test_wire_and_banners),
		cmocka_unit_test(test_blog_byline_bars),
		cmocka_unit_test(test_paper_name_and_invite),
		cmocka_unit_test(test_listing_site_forms),
		cmocka_unit_test(test_posted_by_on),
		cmocka_unit_test(test_statement_label_open_letter),
		cmocka_unit_test(test_byline_and_news_items),
		cmocka_unit_test(test_section_and_dot_bars),
		cmocka_unit_test(test_posted_by_office),
		cmocka_unit_test(test_byline_role_line),
		cmocka_unit_test(test_vertical_menu),
		cmocka_unit_test(test_site_over_short_headings),
		cmocka_unit_test(test_org_name_above_title),
		cmocka_unit_test(test_site_tagline_dash),
		cmocka_unit_test(test_wire_source_date),
		cmocka_unit_test(test_contact_at),
		cmocka_unit_test(test_category_labels_and_read_more),
		cmocka_unit_test(test_business_wire),
		cmocka_unit_test(test_kicker),
		cmocka_unit_test(test_tagline_spaced_menu_section),
		cmocka_unit_test(test_dated_listing),
		cmocka_unit_test(test_posted_bar_topic_listing),
		cmocka_unit_test(test_follow_share_buttons),
		cmocka_unit_test(test_blog_name_categories_rank),
		cmocka_unit_test(test_title_above_site),
		cmocka_unit_test(test_statement_heads),
		cmocka_unit_test(test_team_byline_and_kind_label),
		cmocka_unit_test(test_guillemet_crumb_case_name),
		cmocka_unit_test(test_masthead_byline_office),
		cmocka_unit_test(test_listing_posted_in_site),
		cmocka_unit_test(test_filed_under_date),
		cmocka_unit_test(test_message_letter_noyear),
		cmocka_unit_test(test_contacts_block_after_blank),
		cmocka_unit_test(test_crumb_label_category),
		cmocka_unit_test(test_police_listing_category),
		cmocka_unit_test(test_story_by_byline),
		cmocka_unit_test(test_notice_and_posted_letter),
		cmocka_unit_test(test_blog_tagline_crumb),
		cmocka_unit_test(test_contact_forms_round9),
		cmocka_unit_test(test_date_bar_category_label),
		cmocka_unit_test(test_note_before_dateline),
		cmocka_unit_test(test_official_site_floor_statements),
		cmocka_unit_test(test_office_byline_with_contact),
		cmocka_unit_test(test_read_more_category_after),
		cmocka_unit_test(test_byline_with_role_blog),
		cmocka_unit_test(test_statement_label_bilingual_contact),
		cmocka_unit_test(test_two_space_menu_and_double_hyphen_dateline),
		cmocka_unit_test(test_update_page_note_dateline),
		cmocka_unit_test(test_email_line_not_title),
		cmocka_unit_test(test_blog_masthead_over_headline),
		cmocka_unit_test(test_listing_section_label_not_publisher),
		cmocka_unit_test(test_dotted_date_section_items),
		cmocka_unit_test(test_published_time_zone),
		cmocka_unit_test(test_posted_in_colon_list),
		cmocka_unit_test(test_place_over_unit_publisher),
		cmocka_unit_test(test_dash_dateline_line_media_contact),
		cmocka_unit_test(test_blog_section_line),
		cmocka_unit_test(test_listing_featured_repeat_unit_site),
		cmocka_unit_test(test_posted_date_bar_label),
		cmocka_unit_test(test_iso_datetime_line),
		cmocka_unit_test(test_pager_and_desk_letterhead),
		cmocka_unit_test(test_notice_letter_meta),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
