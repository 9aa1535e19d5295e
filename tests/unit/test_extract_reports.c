/*
 * Unit tests of the extractor: Reports, studies and letters and their citations, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

#define LQ	"\xe2\x80\x9c"	/* “ */
#define RQ	"\xe2\x80\x9d"	/* ” */
#define AP	"\xe2\x80\x99"	/* ’ */
#define NDASH	"\xe2\x80\x93"	/* – */
#define MDASH	"\xe2\x80\x94"	/* — */

/* Returns the string field k of o, or "(null)" so that a failed match reads well. */
static const char *
sval(json_t *o, const char *k)
{
	const char	*v = str(o, k);

	return v != NULL ? v : "(null)";
}

/* Returns the reports array of document 0 (borrowed). */
static json_t *
reps(json_t *j)
{
	return json_object_get(doc(j, 0), "reports");
}

/* Returns the report of document 0 titled t, failing the test if none. */
static json_t *
rep(json_t *j, const char *t)
{
	json_t	*r = named(doc(j, 0), "reports", t);

	if (r == NULL)
		fail_msg("no report titled \"%s\"", t);
	return r;
}

/* Returns 1 if the report r goes by alias a. */
static int
has_alias(json_t *r, const char *a)
{
	json_t	*x;
	size_t	 i;

	json_array_foreach(json_object_get(r, "aliases"), i, x)
		if (strcmp(json_string_value(x), a) == 0)
			return 1;
	return 0;
}

/* An empty release extracts to no documents. */
static void
test_reports_empty(void **state)
{
	json_t	*j;

	(void)state;
	j = run("");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 0);
	json_decref(j);
}

/* "O today released a report titled “T: S,”": publisher, today's date, short-title alias. */
static void
test_reports_titled_today(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Renters Count\n\nMarch 12, 2024\n\n"
	    "SPRINGFIELD " MDASH " The Harbor Renters Alliance (HRA) today released a report titled "
	    LQ "Empty Halls: Vacancy and Speculation in Springfield, 2015" NDASH "2023," RQ " "
	    "documenting a rise in empty units.\n\n"
	    "The report found that one unit in nine stands empty.\n");
	r = rep(j, "Empty Halls: Vacancy and Speculation in Springfield, 2015" NDASH "2023");
	assert_string_equal(sval(r, "publisher"), "Harbor Renters Alliance");
	assert_string_equal(sval(r, "published"), "2024-03-12");
	assert_true(has_alias(r, "Empty Halls"));
	assert_int_equal(json_array_size(reps(j)), 1);
	json_decref(j);
}

/* "O released a study, “T,” on May 3": the appositive title and a year-less date. */
static void
test_reports_appositive_released(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Care Costs Climb\n\nSeptember 4, 2024\n\n"
	    "The numbers echo an earlier analysis by the Orchard Family Research Lab, which released a study, "
	    LQ "Priced Away: Parents and the Price of Daycare," RQ " on May 3. "
	    "That study found steep costs.\n");
	r = rep(j, "Priced Away: Parents and the Price of Daycare");
	assert_string_equal(sval(r, "publisher"), "Orchard Family Research Lab");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	json_decref(j);
}

/* "the agency's Office of X found in an audit, “T,”": the office publishes, no date stated. */
static void
test_reports_audit(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Grants Awarded\n\nJune 2, 2024\n\n"
	    "The Rural Water Agency awarded new grants on Tuesday.\n\n"
	    "Earlier this year the agency" AP "s Office of Program Integrity found in an audit, "
	    LQ "Review of Well Testing Records," RQ " that older records were incomplete.\n");
	r = rep(j, "Review of Well Testing Records");
	assert_string_equal(sval(r, "publisher"), "Office of Program Integrity");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "released two reports. The first, “A,” ... The second, “B,”": both, same publisher. */
static void
test_reports_first_second(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Two Audits Out\n\nApril 6, 2012\n\n"
	    "Today the Lakeside Water Authority released two reports on the reservoir. "
	    "The first, " LQ "Intake Safety at the North Reservoir," RQ " looks at pumps. "
	    "The second, " LQ "Billing Accuracy in Lakeside Water Districts," RQ " looks at bills.\n");
	assert_int_equal(json_array_size(reps(j)), 2);
	r = rep(j, "Intake Safety at the North Reservoir");
	assert_string_equal(sval(r, "publisher"), "Lakeside Water Authority");
	assert_string_equal(sval(r, "published"), "2012-04-06");
	r = rep(j, "Billing Accuracy in Lakeside Water Districts");
	assert_string_equal(sval(r, "publisher"), "Lakeside Water Authority");
	json_decref(j);
}

/* "O today sent a letter to Congress, “T,”" and a later "Read the full letter: T (PDF)". */
static void
test_reports_letter_sent(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Coalition Writes Congress\n\nJune 4, 2024\n\n"
	    "DULUTH, MN " NDASH " The Inland Ports Reform Coalition today sent a letter to Congress, "
	    LQ "Clean Our Harbors: End the Dredging Waiver," RQ " urging new rules. "
	    "The letter was signed by nine groups.\n\n"
	    "Read the full letter: Clean Our Harbors: End the Dredging Waiver (PDF)\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "Clean Our Harbors: End the Dredging Waiver");
	assert_string_equal(sval(r, "publisher"), "Inland Ports Reform Coalition");
	assert_string_equal(sval(r, "published"), "2024-06-04");
	json_decref(j);
}

/* A letter sent by members of a legislature names no organization as publisher. */
static void
test_reports_letter_members(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Broadband Grants\n\nJuly 1, 2024\n\n"
	    "The Rural Connect Agency announced grants today.\n\n"
	    "In March, Rep. Lena Marsh and 20 other members of the House sent a letter to Congress, "
	    LQ "Connect the Hollows: A Request to Restore Broadband Funds," RQ " asking for money.\n");
	r = rep(j, "Connect the Hollows: A Request to Restore Broadband Funds");
	assert_null(str(r, "publisher"));
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "a letter titled “T,” signed by O": the signer publishes. */
static void
test_reports_letter_signed(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Riders Write the Mayor\n\nJuly 1, 2024\n\n"
	    "Transit riders delivered a letter titled " LQ "Fund Our Buses Now," RQ " signed by "
	    "the Valley Transit Riders Union, to City Hall.\n");
	r = rep(j, "Fund Our Buses Now");
	assert_string_equal(sval(r, "publisher"), "Valley Transit Riders Union");
	json_decref(j);
}

/* "According to a survey released by the union in February, “T,”": "the union" is resolved; no day, no date. */
static void
test_reports_survey_by_the_union(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Nurses Vote\n\nApril 3, 2024\n\n"
	    "Nurses represented by the Fairview Nurses Association (FNA) voted Tuesday.\n\n"
	    "According to a survey released by the union in February, " LQ "Running on Empty: "
	    "Fairview Nurses on Staffing," RQ " most nurses skipped breaks.\n");
	r = rep(j, "Running on Empty: Fairview Nurses on Staffing");
	assert_string_equal(sval(r, "publisher"), "Fairview Nurses Association");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "The coalition's proposal ... is set out in its brief to council, “T.”": the coalition publishes. */
static void
test_reports_its_brief(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Tenants Want Licensing\n\nNovember 18, 2024\n\n"
	    "The Keep Westport Housed Coalition was formed in January by three tenant groups.\n\n"
	    "The coalition" AP "s proposal is set out in its brief to council, "
	    LQ "A Place to Return: Licensing Against Renoviction." RQ " Council will vote soon.\n");
	r = rep(j, "A Place to Return: Licensing Against Renoviction");
	assert_string_equal(sval(r, "publisher"), "Keep Westport Housed Coalition");
	json_decref(j);
}

/* "a new report from O" then "The report, “T,”": publisher and date from the earlier sentence. */
static void
test_reports_the_report_lookback(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("New Report on Rent\n\n09.17.2024\n\n"
	    "Rents now take half of income in 12 states, according to a new report from the Birchwood Policy Institute (BPI).\n\n"
	    "The report, " LQ "Half the Check: Rent and Family Budgets in 2024," RQ " found that rents rose.\n\n"
	    "Download the report: Half the Check: Rent and Family Budgets in 2024 (PDF, 40 pages)\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "Half the Check: Rent and Family Budgets in 2024");
	assert_string_equal(sval(r, "publisher"), "Birchwood Policy Institute");
	assert_string_equal(sval(r, "published"), "2024-09-17");
	assert_true(has_alias(r, "Half the Check"));
	json_decref(j);
}

/* "The study, “T,” was published on May 2" after "new research from O". */
static void
test_reports_study_published_on(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Heat and Work\n\n5 June 2024\n\n"
	    "Heat visits rose by half, according to new research from the Ashford University School of Nursing.\n\n"
	    "The study, " LQ "Hot Days: Heat Illness Among Roofers, 2014" NDASH "2023," RQ " "
	    "was published on May 2 in the Journal of Field Health.\n");
	r = rep(j, "Hot Days: Heat Illness Among Roofers, 2014" NDASH "2023");
	assert_string_equal(sval(r, "publisher"), "Ashford University School of Nursing");
	assert_string_equal(sval(r, "published"), "2024-05-02");
	json_decref(j);
}

/* "released a study, T: Subtitle, on May 3": a title without marks, subtitle kept. */
static void
test_reports_bare_colon_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Asthma and Buses\n\nJune 10, 2024\n\n"
	    "The Marlow Health Lab released a study, Breathing Easier: Asthma and Bus Routes in Two Cities, on May 3, 2024. "
	    "It found fewer attacks.\n");
	r = rep(j, "Breathing Easier: Asthma and Bus Routes in Two Cities");
	assert_string_equal(sval(r, "publisher"), "Marlow Health Lab");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	assert_true(has_alias(r, "Breathing Easier"));
	json_decref(j);
}

/* "T, a report by O released on May 3, 2024": title before the comma. */
static void
test_reports_title_then_report_by(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Parks Funding\n\nJune 10, 2024\n\n"
	    "The Greenway Parks Trust welcomed the vote.\n\n"
	    "The vote follows Shade for All: Trees and Heat in Older Suburbs, a report by the Greenway Parks Trust "
	    "released on May 3, 2024.\n");
	r = rep(j, "Shade for All: Trees and Heat in Older Suburbs");
	assert_string_equal(sval(r, "publisher"), "Greenway Parks Trust");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	json_decref(j);
}

/* Straight quotes and "O's report": "the Delta Forum's new report, "T,"". */
static void
test_reports_straight_quotes_possessive(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Delta Forum Report\n\nMay 3, 2024\n\n"
	    "The Delta Forum" AP "s new report, \"Rising Tides, Falling Wages,\" was released on May 3, 2024.\n");
	r = rep(j, "Rising Tides, Falling Wages");
	assert_string_equal(sval(r, "publisher"), "Delta Forum");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	json_decref(j);
}

/* "Read the report: T" names a report the body only calls "the report"; shortened later citations stay one record. */
static void
test_reports_link_line_only(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Wages Lag\n\nMay 3, 2024\n\n"
	    "The Pinecrest Labor Center today released a report on wages in the valley.\n\n"
	    "The report found that wages lagged rents.\n\n"
	    "Read the report: Falling Behind: Wages and Rents in the Pinecrest Valley\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "Falling Behind: Wages and Rents in the Pinecrest Valley");
	assert_string_equal(sval(r, "publisher"), "Pinecrest Labor Center");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	json_decref(j);
}

/* A report cited by its full title, then by its short title in quotes, is one record. */
static void
test_reports_one_record(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Water Report\n\nMay 3, 2024\n\n"
	    "The Clearwater Institute today released a report titled " LQ "Deep Trouble: Aquifers Under Strain." RQ "\n\n"
	    "Lawmakers cited the report, " LQ "Deep Trouble," RQ " in a hearing.\n\n"
	    "Download: Deep Trouble: Aquifers Under Strain (PDF)\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	rep(j, "Deep Trouble: Aquifers Under Strain");
	json_decref(j);
}

/* Bill titles, slogans, event names, programs and quoted speech are not reports. */
static void
test_reports_not_reports(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Tenants Rally\n\nMay 3, 2024\n\n"
	    "The Eastside Tenants Union backed the bill, known as the " LQ "Fair Rent Act," RQ " on Monday.\n\n"
	    "Marchers chanted the slogan " LQ "Homes Not Hotels" RQ " outside the hall.\n\n"
	    "The union will hold its annual gala, " LQ "Night of Lights," RQ " in June.\n\n"
	    "The report calls for a program, " LQ "Safe Homes Now," RQ " to help families.\n\n"
	    LQ "This report gives us the evidence we need," RQ " said Ana Ruiz.\n\n"
	    "The report, Ruiz said, " LQ "shows what we knew all along." RQ "\n\n"
	    "In Greater Eastside, a study by the union found high rents.\n\n"
	    "The museum opened an exhibition titled " LQ "Rivers of Light" RQ " last week.\n");
	assert_int_equal(json_array_size(reps(j)), 0);
	json_decref(j);
}

/* "O has released “T,” a report on ...": the title before its noun, the subject publishes. */
static void
test_reports_title_then_noun(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Evictions Rise\n\nMay 3, 2024\n\n"
	    "The Northgate Housing Council has released " LQ "Notice to Quit: Evictions in Northgate," RQ
	    " a report on court filings, on May 1, 2024.\n");
	r = rep(j, "Notice to Quit: Evictions in Northgate");
	assert_string_equal(sval(r, "publisher"), "Northgate Housing Council");
	assert_string_equal(sval(r, "published"), "2024-05-01");
	json_decref(j);
}

/* "a new report, “T,” from O" and "its report “T”" without a comma. */
static void
test_reports_from_after_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Bus Study\n\nMay 3, 2024\n\n"
	    "Riders waited longer last year, according to a new report, " LQ "Left at the Curb," RQ
	    " from the Metro Riders Project.\n\n"
	    "The Harlan Transit Board answered in its report " LQ "Service Standards for 2025" RQ " last week.\n");
	r = rep(j, "Left at the Curb");
	assert_string_equal(sval(r, "publisher"), "Metro Riders Project");
	assert_string_equal(sval(r, "published"), "2024-05-03");
	r = rep(j, "Service Standards for 2025");
	assert_string_equal(sval(r, "publisher"), "Harlan Transit Board");
	json_decref(j);
}

/* Link lines that name only a kind of document ("Download: Fact Sheet (PDF)"), or a statement, are not reports. */
static void
test_reports_generic_links(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Parks Plan\n\nMay 3, 2024\n\n"
	    "The Riverside Parks Alliance today announced a plan for new parks.\n\n"
	    "Download: Fact Sheet (PDF)\n\n"
	    "Read more: New Parks Coming to Riverside\n\n"
	    "Read the full statement: Executive Summary\n\n"
	    "Read the full statement: Our Stand on Parks (PDF)\n\n"
	    "Download: Remarks by Director Lee (PDF)\n");
	assert_int_equal(json_array_size(reps(j)), 0);
	json_decref(j);
}

/* "The audit, “T,” released Aug. 8, 2011, by City Auditor X": the auditor's office the text names publishes. */
static void
test_reports_by_official(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Repairs Ordered\n\nAugust 15, 2011\n\n"
	    "Mayor Ana Ortiz ordered the Department of Streets to clear its backlog, a week after the City Auditor's Office "
	    "found delays.\n\n"
	    "The audit, \"Cracks in the System: How Fairhaven Picks Streets to Fix,\" released Aug. 8, 2011, by City Auditor "
	    "Rita Moreno-Vale, concluded that the Fairhaven Neighborhood Council was right.\n");
	r = rep(j, "Cracks in the System: How Fairhaven Picks Streets to Fix");
	assert_string_equal(sval(r, "publisher"), "City Auditor's Office");
	assert_string_equal(sval(r, "published"), "2011-08-08");
	json_decref(j);
}

/* "a 2021 review by O (ACR), “T,”", "the 2022 report “T” by O", "prepared by the consulting firm O". */
static void
test_reports_by_forms(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Care at Home\n\nMay 3, 2024\n\n"
	    "The program follows a 2021 review by the Indiana Birth Outcomes Collaborative (IBOC), "
	    LQ "Home First: Evidence on Newborn Visits," RQ " which found fewer readmissions.\n\n"
	    "Deaths fell, according to the 2022 report \"Lungs at Risk: Asthma in Rural Clinics\" by the "
	    "National Asthma Outcomes Registry (NAOR).\n\n"
	    "An independent review commissioned by the authority, the 2012 Fleet Review: Maintenance, Parts and "
	    "Reliability, prepared by the consulting firm Dunmore Transit Advisors Group, had found delays.\n");
	r = rep(j, "Home First: Evidence on Newborn Visits");
	assert_string_equal(sval(r, "publisher"), "Indiana Birth Outcomes Collaborative");
	assert_null(str(r, "published"));
	r = rep(j, "Lungs at Risk: Asthma in Rural Clinics");
	assert_string_equal(sval(r, "publisher"), "National Asthma Outcomes Registry");
	r = rep(j, "2012 Fleet Review: Maintenance, Parts and Reliability");
	assert_string_equal(sval(r, "publisher"), "Dunmore Transit Advisors Group");
	json_decref(j);
}

/* "A study released in May by O at College, “T,”": a long gap to the noun; a month alone is no date. */
static void
test_reports_released_in_month_by(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Fares and Riders\n\nJuly 1, 2023\n\n"
	    "A study released in May by the Institute for Fair Transit at Westbrook College, "
	    LQ "Riding on Less: Fares and Low-Income Riders," RQ " found that caps helped.\n\n"
	    "Read the study: Riding on Less: Fares and Low-Income Riders (Institute for Fair Transit, May 2023)\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "Riding on Less: Fares and Low-Income Riders");
	assert_string_equal(sval(r, "publisher"), "Institute for Fair Transit");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* A title sharing only place words with organizations' names gets no publisher, and no footer line as alias. */
static void
test_reports_place_words_not_publisher(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Road Audit\n\nMay 3, 2024\n\n"
	    "The Port Elsby Neighborhood Council and the Port Elsby City Council met on Monday.\n\n"
	    "The audit, " LQ "Roads and Priorities: How Port Elsby Fixes Streets," RQ " concluded that repairs lag.\n\n"
	    "###\n\nRelated Links\nReport a pothole\n\n"
	    "City of Port Elsby | 100 Main Street | Port Elsby, OR 97300\nAccessibility | Privacy Policy\n");
	r = rep(j, "Roads and Priorities: How Port Elsby Fixes Streets");
	assert_null(str(r, "publisher"));
	assert_int_equal(json_array_size(json_object_get(r, "aliases")), 1);
	json_decref(j);
}

/* "A 2022 review by the same office, “Agency: T,”": "the same office" is the office named before; T is an alias. */
static void
test_reports_same_office(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Bus Audit\n\nMay 3, 2024\n\n"
	    "The Lakeview Transit Board overpaid, according to an audit released Thursday by the Office of the State Comptroller.\n\n"
	    "A 2022 review by the same office, " LQ "Lakeview Transit Board: Contract Oversight," RQ " found similar gaps.\n");
	r = rep(j, "Lakeview Transit Board: Contract Oversight");
	assert_string_equal(sval(r, "publisher"), "Office of the State Comptroller");
	assert_true(has_alias(r, "Contract Oversight"));
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "the group released a report, “T,”" with no time stated is the day's news: the release's date. */
static void
test_reports_released_now(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Wages Campaign\n\nJune 11, 2024\n\n"
	    "At an event at the Capitol, the campaign released a report, " LQ "Short Shifts: Care Wages in Ohio, 2024," RQ
	    " with a partner.\n\n"
	    "Last year the campaign released a report, " LQ "Long Waits: Care Gaps in Ohio," RQ " with the same partner.\n");
	r = rep(j, "Short Shifts: Care Wages in Ohio, 2024");
	assert_string_equal(sval(r, "published"), "2024-06-11");
	r = rep(j, "Long Waits: Care Gaps in Ohio");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "Read the report: T (Publisher, June 2024)": the site's publisher in the parenthesis publishes. */
static void
test_reports_link_parenthesis_publisher(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Fair Pay Ohio\nHome | Who We Are | News\n\n"
	    "Campaign Launches Drive for Higher Care Wages\n\nJune 11, 2024\n\n"
	    "COLUMBUS, Ohio - Supporters of higher wages for care workers gathered downtown on Tuesday.\n\n"
	    "The campaign will ask lawmakers to act this year.\n\n"
	    "Read the report: Short Shifts: Care Wages in Ohio (Fair Pay Ohio, June 2024)\n\n###\n");
	r = rep(j, "Short Shifts: Care Wages in Ohio");
	assert_string_equal(sval(r, "publisher"), "Fair Pay Ohio");
	json_decref(j);
}

/* "titled “Sentence case title”" is a title; "“A” and “B”" cites two; "Full report: T" names one. */
static void
test_reports_loose_and_chained(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Two Papers\n\nMay 3, 2024\n\n"
	    "The Elm Street Policy Center today released a paper titled " LQ "Why rents keep rising in small towns," RQ
	    " along with two briefs, " LQ "Renters at Risk," RQ " and " LQ "Small Towns, Big Rents," RQ " on zoning.\n\n"
	    "Full report: Empty Porches: Housing Loss in Small Towns\n");
	rep(j, "Why rents keep rising in small towns");
	rep(j, "Renters at Risk");
	rep(j, "Small Towns, Big Rents");
	rep(j, "Empty Porches: Housing Loss in Small Towns");
	assert_int_equal(json_array_size(reps(j)), 4);
	json_decref(j);
}

/* Assorted citation forms in one release: each title, publisher and date, and no quoted phrase or statement. */
static void
test_reports_assorted_forms(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Harbor Justice Center\nHome | News\n\n"
	    "Center Releases Annual Report on Valley Housing\n\nMay 8, 2024\n\n"
	    "DENVER, Colo. - The Harbor Justice Center (HJC) released its annual report, " LQ "State of the Valley 2024," RQ
	    " on Wednesday, finding that rents rose again.\n\n"
	    "A new study from researchers at Bellview University, " LQ "Priced Out West: Rents and Wages in the Rockies," RQ
	    " finds similar trends.\n\n"
	    LQ "Left Behind: Rural Renters in Colorado," RQ " a report released today by the Colorado Tenants Network, "
	    "found that rural renters pay more.\n\n"
	    "The findings were published in " LQ "Cold Homes: Heating Costs in Colorado," RQ
	    " a peer-reviewed study in the journal Energy Policy.\n\n"
	    "Last year the Aurora Renters Union released a report titled Falling Behind: Wages and Rents in Aurora, "
	    "which found that wages lagged.\n\n"
	    "The center" AP "s new report, " LQ "Home Truths," RQ " will be released on Tuesday, May 14.\n\n"
	    "The center called the policy a " LQ "Band-Aid Solution" RQ " that would not help.\n\n"
	    "In a statement titled " LQ "We Stand With Tenants," RQ " the group urged action.\n\n###\n");
	assert_int_equal(json_array_size(reps(j)), 6);
	r = rep(j, "State of the Valley 2024");
	assert_string_equal(sval(r, "publisher"), "Harbor Justice Center");
	assert_null(str(r, "published"));
	r = rep(j, "Priced Out West: Rents and Wages in the Rockies");
	assert_string_equal(sval(r, "publisher"), "Bellview University");
	assert_string_equal(sval(r, "published"), "2024-05-08");
	r = rep(j, "Left Behind: Rural Renters in Colorado");
	assert_string_equal(sval(r, "publisher"), "Colorado Tenants Network");
	assert_string_equal(sval(r, "published"), "2024-05-08");
	r = rep(j, "Cold Homes: Heating Costs in Colorado");
	assert_null(str(r, "publisher"));
	r = rep(j, "Falling Behind: Wages and Rents in Aurora");
	assert_string_equal(sval(r, "publisher"), "Aurora Renters Union");
	assert_null(str(r, "published"));
	r = rep(j, "Home Truths");
	assert_string_equal(sval(r, "publisher"), "Harbor Justice Center");
	assert_string_equal(sval(r, "published"), "2024-05-14");
	json_decref(j);
}

/* "the coalition’s “T” report, which": the title before its noun; "“Slogan” report cards" is not one. */
static void
test_reports_title_before_noun(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Valley Renters Coalition\nHome | News\n\nCoalition Report Finds Rising Rents\n\nMay 8, 2024\n\n"
	    "DENVER, Colo. - The Valley Renters Coalition today released new figures on rents across the region.\n\n"
	    "The figures update the coalition" AP "s " LQ "Locked Out West" RQ " report, which was first published in 2022.\n\n"
	    "Supporters wore shirts reading " LQ "Homes Not Hotels" RQ " report cards in hand.\n\n###\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "Locked Out West");
	assert_string_equal(sval(r, "publisher"), "Valley Renters Coalition");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* ‘Single marks’ quote a title as double ones do; a later shortened title is the same report. */
static void
test_reports_single_marks_and_short_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Hostels Report\n\n8 May 2024\n\n"
	    "LEEDS - The Northern Housing Trust today published a report, \xe2\x80\x98No Place Like Home: "
	    "Hostel Stays in Yorkshire\xe2\x80\x99, on the rise in hostel stays.\n\n"
	    "Councillors said the \xe2\x80\x98Hostel Stays in Yorkshire\xe2\x80\x99 report, which the trust "
	    "wrote with tenants, should be read by ministers.\n");
	assert_int_equal(json_array_size(reps(j)), 1);
	r = rep(j, "No Place Like Home: Hostel Stays in Yorkshire");
	assert_string_equal(sval(r, "publisher"), "Northern Housing Trust");
	assert_string_equal(sval(r, "published"), "2024-05-08");
	assert_true(has_alias(r, "Hostel Stays in Yorkshire"));
	json_decref(j);
}

/* "O published “Q? Subtitle,”": a report by its subject, going by the question too. */
static void
test_reports_published_question(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Homes for Halvard\n\nBlog\n\nThe Rent Gap\n\nPosted by Ivo Stanek on May 3, 2023\n\n"
	    "Last fall the Halvard Planning Commission published " LQ "Who Can Stay Here? Rent "
	    "Burdens in the Halvard Region, 2022," RQ " and its numbers are hard to argue with.\n");
	r = rep(j, "Who Can Stay Here? Rent Burdens in the Halvard Region, 2022");
	assert_string_equal(sval(r, "publisher"), "Halvard Planning Commission");
	assert_true(has_alias(r, "Who Can Stay Here?"));
	json_decref(j);
	/* The question mark inside the title ends no sentence: "“Q? S,” a report by O". */
	j = run("Fenwick Veterans Project\n\nMay 3, 2023\n\nAppeals Lag\n\n"
	    "BRISTOW, Va. " MDASH " Appeals lag.\n\n"
	    LQ "Who Waits? The Cost of Delay in Appeals," RQ " a report by the Ormond Policy "
	    "Institute, found long waits.\n");
	r = rep(j, "Who Waits? The Cost of Delay in Appeals");
	assert_string_equal(sval(r, "publisher"), "Ormond Policy Institute");
	json_decref(j);
	/* A statement released under a quoted title is no report. */
	j = run("Halvard Tenants Union\n\nMay 3, 2023\n\nTenants Answer\n\n"
	    "HALVARD " MDASH " The Halvard Tenants Union released " LQ "We Will Not Move," RQ
	    " a statement on the plan, on Tuesday.\n");
	assert_int_equal(json_array_size(reps(j)), 0);
	json_decref(j);
}

/* "Researchers at O released a study, “T,” on June 2, 2022": O publishes. */
static void
test_reports_researchers_at(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Brill County Health Office\n\nMarch 14, 2023\n\nLead Cases Fall\n\n"
	    "BRILL, Ill. " MDASH " Cases fell by half.\n\n"
	    "Researchers at the Northern Institute for Family Health released a study, " LQ
	    "Pipes and Toddlers: Lead in Old Housing," RQ " on June 2, 2022, showing the risk.\n");
	r = rep(j, "Pipes and Toddlers: Lead in Old Housing");
	assert_string_equal(sval(r, "publisher"), "Northern Institute for Family Health");
	assert_string_equal(sval(r, "published"), "2022-06-02");
	json_decref(j);
	j = run("Brill County Health Office\n\nMarch 14, 2023\n\nLead Cases Fall\n\n"
	    "BRILL, Ill. " MDASH " Cases fell by half.\n\n"
	    "A team of scientists from Ostrava Lakes University published a study, " LQ
	    "Old Pipes, Young Lungs," RQ " in 2021.\n");
	r = rep(j, "Old Pipes, Young Lungs");
	assert_string_equal(sval(r, "publisher"), "Ostrava Lakes University");
	json_decref(j);
}

/* "released by the university on 27 February" in a dated release: the year is the release's. */
static void
test_reports_day_month(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("University of Kestrel Downs\n\nNews\n\nTeens Sleep Less\n\n2 March 2023\n\n"
	    "The study, " LQ "Short Nights: Sleep and Risk in Teenagers," RQ " released by the "
	    "university on 27 February, followed 2,000 pupils.\n");
	r = rep(j, "Short Nights: Sleep and Risk in Teenagers");
	assert_string_equal(sval(r, "published"), "2023-02-27");
	json_decref(j);
}

/* An undefined acronym spells the publisher; "the library system's survey" is the library's. */
static void
test_reports_acronym_and_system(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Orrin Bay Food Justice Network\n\nNews\n\nPantries Report Demand\n\nMarch 1, 2023\n\n"
	    "On February 9, OBFJN released its annual report, " LQ "Long Lines: The 2022 "
	    "Orrin Bay Pantry Survey," RQ " based on 38 pantries.\n");
	r = rep(j, "Long Lines: The 2022 Orrin Bay Pantry Survey");
	assert_string_equal(sval(r, "publisher"), "Orrin Bay Food Justice Network");
	json_decref(j);
	j = run("Dellwood County Library Workers Union\n\nOpen letter\n\nKeep Branches Open\n\n"
	    "June 5, 2023\n\n"
	    "Dear Supervisors: The Dellwood County Public Library plans to cut hours. "
	    "Members of the Dellwood County Library Workers Union oppose it. The Dellwood "
	    "County Library Workers Union represents 200 workers, and the Dellwood County "
	    "Library Workers Union will testify.\n\n"
	    "The library system" AP "s own survey, " LQ "Dellwood Library Users Survey 2023," RQ
	    " found that 44 percent of visitors have no internet at home.\n");
	r = rep(j, "Dellwood Library Users Survey 2023");
	assert_string_equal(sval(r, "publisher"), "Dellwood County Public Library");
	json_decref(j);
}

/* Names ending in a report noun, with their year: "released the 2026 Rental Vacancy Outlook". */
static void
test_reports_named_with_year(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Lakemoor Housing Council\n\nApril 2, 2026\n\n"
	    "DUNMORE " MDASH " The Lakemoor Housing Council today released the 2026 Rental "
	    "Vacancy Outlook, its yearly forecast of empty units.\n\n"
	    "Rents also track the Fenwick Transit Index 2025, compiled by the Orchard Policy "
	    "Center, which rose again.\n\n"
	    "Prices rose, according to the Consumer Price Index and the 2023 Harbor Count "
	    "Survey.\n\n"
	    "The 2026 Outlook projects a tight market. The 2025 Annual Report will follow.\n\n"
	    "Use is up, says the 2024 National Survey on Drug Use.\n");
	r = rep(j, "2026 Rental Vacancy Outlook");
	assert_string_equal(sval(r, "publisher"), "Lakemoor Housing Council");
	assert_string_equal(sval(r, "published"), "2026-04-02");
	r = rep(j, "Fenwick Transit Index 2025");
	assert_string_equal(sval(r, "publisher"), "Orchard Policy Center");
	rep(j, "2023 Harbor Count Survey");
	assert_null(named(doc(j, 0), "reports", "Consumer Price Index"));
	assert_null(named(doc(j, 0), "reports", "2026 Outlook"));
	assert_null(named(doc(j, 0), "reports", "2025 Annual Report"));
	assert_null(named(doc(j, 0), "reports", "2024 National Survey"));
	assert_int_equal(json_array_size(reps(j)), 3);
	json_decref(j);
}

/* "The X Assessment, commissioned by A and carried out by B": B made it; "the port's 2025 Y Report, released". */
static void
test_reports_named_participle(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Port of Arden\n\nPort Will Dredge the River\n\nJune 20, 2025\n\n"
	    "ARDEN, Ore. " NDASH " The Port of Arden will dredge the river, port officials said.\n\n"
	    "The Millstone River Sediment Assessment, commissioned by the port and carried "
	    "out by Brightwater Analytics, measured lead at 30 sites.\n\n"
	    "The port" AP "s 2025 Harbor Emissions Report, released in June, set new goals.\n\n"
	    "The Arden Study Group met on Monday.\n");
	r = rep(j, "Millstone River Sediment Assessment");
	assert_string_equal(sval(r, "publisher"), "Brightwater Analytics");
	assert_non_null(org(doc(j, 0), "Brightwater Analytics"));
	r = rep(j, "2025 Harbor Emissions Report");
	assert_string_equal(sval(r, "publisher"), "Port of Arden");
	assert_int_equal(json_array_size(reps(j)), 2);
	json_decref(j);
}

/* "A 2019 report by O, Pipes Under Pressure, found": a title between commas, no colon. */
static void
test_reports_appositive_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Dunmore Water Institute\n\nMay 5, 2025\n\n"
	    "DUNMORE " MDASH " The city must replace its mains.\n\n"
	    "A 2019 report by the Dunmore Water Institute, Pipes Under Pressure, found "
	    "that one main in five leaks.\n\n"
	    "An audit by the accounting firm Fenner & Lowe, Paying for the Roads in Ashby, "
	    "concluded that repairs lag.\n\n"
	    "A survey by the firm, Quill Lane Associates, found the same. A letter from "
	    "the chair, Marta Ellen Quist, asked for patience.\n");
	r = rep(j, "Pipes Under Pressure");
	assert_string_equal(sval(r, "publisher"), "Dunmore Water Institute");
	r = rep(j, "Paying for the Roads in Ashby");
	assert_string_equal(sval(r, "publisher"), "Fenner & Lowe");
	assert_null(named(doc(j, 0), "reports", "Quill Lane Associates"));
	assert_null(named(doc(j, 0), "reports", "Marta Ellen Quist"));
	assert_int_equal(json_array_size(reps(j)), 2);
	json_decref(j);
}

/* "published Monday by O": the Monday of the document's week; a future one is no date. */
static void
test_reports_weekday_date(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Belmar Neighborhood Council\n\nMarch 13, 2025\n\n"
	    "BELMAR " MDASH " The council wants quieter streets.\n\n"
	    "The report, " LQ "Quiet Streets: Noise Complaints in Belmar," RQ " published "
	    "Monday by the Belmar Neighborhood Council, counts 4,000 calls.\n\n"
	    "A second report, " LQ "Loud Nights: Bars and Sleep in Belmar," RQ " will be "
	    "released Monday by the council.\n");
	r = rep(j, "Quiet Streets: Noise Complaints in Belmar");
	assert_string_equal(sval(r, "published"), "2025-03-10");
	r = rep(j, "Loud Nights: Bars and Sleep in Belmar");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* A journal article's study is made by the researchers named before it. */
static void
test_reports_journal_researchers(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Corliss University\n\nOctober 1, 2024\n\n"
	    "Night-shift nurses sleep two hours less than day-shift nurses, according to "
	    "researchers at the Corliss University School of Nursing.\n\n"
	    "The study, " LQ "Night Shifts and Sleep Debt in Hospital Nurses," RQ " was "
	    "published Sept. 30 in the Journal of Shift Work Health.\n");
	r = rep(j, "Night Shifts and Sleep Debt in Hospital Nurses");
	assert_string_equal(sval(r, "publisher"), "Corliss University School of Nursing");
	assert_string_equal(sval(r, "published"), "2024-09-30");
	json_decref(j);
}

/* "O and 30 other groups sent a letter, “T,”": O sent it; "O and others made" does not say. */
static void
test_reports_and_other_groups(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Tallgrass Clinic Network\n\nJuly 9, 2024\n\n"
	    "TOPEKA " MDASH " Rural clinics are closing.\n\n"
	    "On July 8, the Tallgrass Clinic Network and 30 other groups sent a letter, "
	    LQ "Keep the Clinics Open," RQ " to the governor.\n");
	r = rep(j, "Keep the Clinics Open");
	assert_string_equal(sval(r, "publisher"), "Tallgrass Clinic Network");
	assert_string_equal(sval(r, "published"), "2024-07-08");
	json_decref(j);
}

/* "The <publisher's office> today issued its annual report, T: S, 2023–2024, which": the publisher's. */
static void
test_reports_self_today(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Office of the Tenant Advocate\nCarver County\n\nNews Releases\n\n"
	    "Advocate Finds Lockouts Rising\n\nReleased: Tuesday, May 7, 2024\n\n"
	    "CARVER " MDASH " The Carver County Tenant Advocate today issued its annual "
	    "report, Locked Doors: Lockouts in Carver County, 2023" NDASH "2024, which "
	    "found that lockouts doubled.\n\n###\n");
	r = rep(j, "Locked Doors: Lockouts in Carver County, 2023" NDASH "2024");
	assert_string_equal(sval(r, "publisher"), "Office of the Tenant Advocate");
	assert_string_equal(sval(r, "published"), "2024-05-07");
	assert_true(has_alias(r, "Locked Doors"));
	json_decref(j);
}

/* "the 2025 Prairie Broadband Index, which O released today": O made it today. */
static void
test_reports_which_released(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Prairie Digital Project\n\nAugust 4, 2025\n\n"
	    "SALINA " MDASH " Rural homes still lack fast internet, according to the 2025 "
	    "Prairie Broadband Index, which the Tallgrass Digital Alliance released today.\n");
	r = rep(j, "2025 Prairie Broadband Index");
	assert_string_equal(sval(r, "publisher"), "Tallgrass Digital Alliance");
	assert_string_equal(sval(r, "published"), "2025-08-04");
	json_decref(j);
}

/* "the 2025 Lake Report Card, released today by O"; "In a policy brief, “T,” published in May, O estimated". */
static void
test_reports_card_and_in_brief(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Lakeshore Watch\n\nMarch 5, 2025\n\n"
	    "ERIE, Pa. " MDASH " The lake" AP "s health slipped, according to the 2025 Presque "
	    "Isle Report Card, released today by Lakeshore Watch.\n\n"
	    "In a policy brief, " LQ "Paying for Wetlands: Options for a State Fund," RQ
	    " published in May, the Keystone Farm Policy Institute estimated the cost.\n");
	r = rep(j, "2025 Presque Isle Report Card");
	assert_string_equal(sval(r, "publisher"), "Lakeshore Watch");
	assert_string_equal(sval(r, "published"), "2025-03-05");
	r = rep(j, "Paying for Wetlands: Options for a State Fund");
	assert_string_equal(sval(r, "publisher"), "Keystone Farm Policy Institute");
	json_decref(j);
}

/* "the Lab at the College, whose Sediment Budget for the Upper Lake, completed in 2023, traced": the lab's. */
static void
test_reports_whose_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Lakeshore Watch\n\nMarch 5, 2025\n\n"
	    "ERIE, Pa. " MDASH " The findings match research from the Erie Sediment Laboratory "
	    "at Bayfront State University, whose Sediment Budget for the Upper Lake, completed "
	    "in 2023, traced the silt to construction.\n\n"
	    "The group thanked the Erie Arts Council, whose Summer Music Series, led by "
	    "volunteers, drew crowds.\n");
	r = rep(j, "Sediment Budget for the Upper Lake");
	assert_string_equal(sval(r, "publisher"), "Erie Sediment Laboratory");
	assert_null(named(doc(j, 0), "reports", "Summer Music Series"));
	json_decref(j);
}

/* "published Monday ... under the title “T,” was led by ecologists at the O": T, O's, Monday's date. */
static void
test_reports_under_the_title(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Pinecrest University\n\nSmaller Fish in Warmer Lakes\n\nJune 5, 2025\n\n"
	    "DULUTH, Minn. " NDASH " Trout grow more slowly as lakes warm.\n\n"
	    "The research, published Monday in the journal Cold Water Letters under the title "
	    LQ "Warm Lakes, Small Fish: Trout Growth, 1980" NDASH "2020," RQ " was led by "
	    "ecologists at the University of Upper Wisconsin.\n");
	r = rep(j, "Warm Lakes, Small Fish: Trout Growth, 1980" NDASH "2020");
	assert_string_equal(sval(r, "publisher"), "University of Upper Wisconsin");
	assert_string_equal(sval(r, "published"), "2025-06-02");
	json_decref(j);
}

/* "its 2019 Integrated Report on Lake Health,": a title-case field after "on" is the name's. */
static void
test_reports_named_with_field(void **state)
{
	json_t	*j;
	json_t	*r;

	(void)state;
	j = run("Friends of Tolland Lake\n\nBLOG\n\nThe Lake Is Telling Us Something\n\nMay 3, 2014\n\n"
	    "Last month the Marrow State Department of Lakes (MSDL) posted its 2014 Integrated Report "
	    "on Lake Health, the review the state must file every two years.\n");
	r = rep(j, "2014 Integrated Report on Lake Health");
	assert_string_equal(sval(r, "publisher"), "Marrow State Department of Lakes");
	json_decref(j);
}

/* "the X Assessment, completed in May 2022 by (the) Boise consulting firm O": O made it. */
static void
test_reports_completed_by_place_firm(void **state)
{
	json_t	*j;
	json_t	*r;

	(void)state;
	j = run("City of Fenwick\n\nNEWS\n\nCouncil Adopts Housing Plan\n\nMarch 3, 2024\n\n"
	    "FENWICK \xe2\x80\x94 The plan builds on the Fenwick Housing Needs Assessment, completed in "
	    "May 2022 by the Boise consulting firm Tarrow Planning Group, which found that rents rose.\n\n"
	    "It also draws on the 2023 Facilities Condition Assessment, a study completed in November "
	    "by Salem engineering firm Brask & Lowe Associates.\n");
	r = rep(j, "Fenwick Housing Needs Assessment");
	assert_string_equal(sval(r, "publisher"), "Tarrow Planning Group");
	r = rep(j, "2023 Facilities Condition Assessment");
	assert_string_equal(sval(r, "publisher"), "Brask & Lowe Associates");
	json_decref(j);
}

/* "The study, T, was published in the journal O": the journal publishes it. */
static void
test_reports_published_in_journal(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Westlake University\n\nNEWS\n\nTeens Sleep Less in Heat\n\nMay 11, 2023\n\n"
	    "WESTLAKE \xe2\x80\x94 Teens sleep less on hot nights, a Westlake University study finds.\n\n"
	    "The study, " LQ "Night Heat and Sleep Onset in Teens," RQ " was published May 9 in "
	    "the journal Sleep Medicine Letters. It followed 900 students.\n");
	assert_string_equal(sval(rep(j, "Night Heat and Sleep Onset in Teens"), "publisher"),
	    "Sleep Medicine Letters");
	json_decref(j);
}

/* "The Authority's ... its T": a capitalized head noun stands for the full name. */
static void
test_reports_capitalized_head_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Bus Riders Union\n\nSTATEMENT\n\nRiders Reject Fare Hike\n\nMarch 3, 2020\n\n"
	    "The Pell Valley Regional Transit Authority proposed a fare increase on Monday.\n\n"
	    "The Authority's chief financial officer told reporters that the agency faces a gap, "
	    "as projected in its Fiscal Year 2021 Budget Outlook.\n");
	assert_string_equal(sval(rep(j, "Fiscal Year 2021 Budget Outlook"), "publisher"),
	    "Pell Valley Regional Transit Authority");
	json_decref(j);
}

/* "An earlier KWA analysis, “T,”": the acronym before the noun publishes it. */
static void
test_reports_acronym_before_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Kettle Water Alliance\n\nPRESS RELEASE\n\nWells Still Failing\n\nMarch 3, 2020\n\n"
	    "The Kettle Water Alliance (KWA) today released " LQ "Dry Wells: Rural Water in 2020," RQ
	    " a report on rural wells.\n\n"
	    "The report also finds that maps published by the State Mapping Commission (SMC) "
	    "overstate coverage. An earlier KWA analysis, " LQ "Counting the Wells," RQ " published in "
	    "October 2018, first raised concerns about the SMC" AP "s methods.\n");
	assert_string_equal(sval(rep(j, "Counting the Wells"), "publisher"), "Kettle Water Alliance");
	json_decref(j);
}

/* "a study commissioned by A from Boise-based O": O made it, not A. */
static void
test_reports_commissioned_from(void **state)
{
	json_t	*j;

	(void)state;
	j = run("The Pell Valley Courier\n\nLOCAL NEWS\n\nQuarry Vote Delayed\n\nMarch 3, 2020\n\n"
	    "Much of the debate centered on a study commissioned by the Pell County Board from "
	    "Boise-based Tarrow Environmental Consultants. The study, titled "
	    LQ "Pell Quarry Groundwater Review," RQ " found high iron levels.\n");
	assert_string_equal(sval(rep(j, "Pell Quarry Groundwater Review"), "publisher"),
	    "Tarrow Environmental Consultants");
	json_decref(j);
}

/* "According to the X Benchmark 2023, published ... by O": a benchmark named with its year. */
static void
test_reports_according_to_benchmark(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Quillfeather Books\n\nPRESS RELEASE\n\nQuillfeather Launches Ledger\n\n"
	    "March 3, 2024\n\n"
	    "AUSTIN, Texas " MDASH " Quillfeather Books today launched a ledger for small shops.\n\n"
	    "According to the Small-Shop Bookkeeping Benchmark 2023, published in May 2023 by "
	    "Tarnwell Research Group, owners spend a median of six days closing their books.\n");
	assert_string_equal(sval(rep(j, "Small-Shop Bookkeeping Benchmark 2023"), "publisher"),
	    "Tarnwell Research Group");
	json_decref(j);
}

/* "the harbor's 2018 X Inventory", "O's own 2020 X Study", "the agency's 2021 X Assessment". */
static void
test_reports_possessor_forms(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Brantley Water Administration\n\nPRESS RELEASE\n\nAgency Awards Grants\n\n"
	    "March 3, 2024\n\n"
	    "OMAHA " MDASH " The Brantley Water Administration (BWA) today announced grants to 12 "
	    "towns.\n\n"
	    "According to the agency" AP "s 2021 Rural Pipe Needs Assessment, most towns lack a "
	    "map of their pipes.\n\n"
	    "The Dunmore Harbor Authority (DHA) backed the plan. DHA" AP "s own 2020 Dock Worker "
	    "Retention Study found that long shifts drove workers away.\n");
	assert_string_equal(sval(rep(j, "2021 Rural Pipe Needs Assessment"), "publisher"),
	    "Brantley Water Administration");
	assert_string_equal(sval(rep(j, "2020 Dock Worker Retention Study"), "publisher"),
	    "Dunmore Harbor Authority");
	json_decref(j);
}

/* "O's release of its Early Estimate of X for the First Half of 2023": O's, with the long field. */
static void
test_reports_estimate_with_long_field(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Safer Lanes Network\n\nSTATEMENT\n\nStatement on Crash Data\n\n"
	    "March 3, 2024\n\n"
	    "WASHINGTON " MDASH " The Safer Lanes Network today faulted the Federal Crash Data "
	    "Bureau" AP "s release yesterday of its Early Estimate of Bicycle Crash Deaths for "
	    "the First Half of 2023:\n\n"
	    "Every one of these deaths was preventable.\n");
	assert_string_equal(sval(rep(j,
	    "Early Estimate of Bicycle Crash Deaths for the First Half of 2023"), "publisher"),
	    "Federal Crash Data Bureau");
	json_decref(j);
}

/* "The study, “Sentence-case title,” appears in the Journal of X": the journal's article. */
static void
test_reports_appears_in_journal(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Fenmoor Marine Institute\n\nNEWS\n\nWarm Water Hurts Oysters\n\n"
	    "May 11, 2023\n\n"
	    "NEWPORT, Ore. " MDASH " Warm water cuts oyster growth, a Fenmoor Marine Institute "
	    "study finds.\n\n"
	    "The study, " LQ "Marine heat waves slow growth of juvenile oysters in the northern "
	    "estuaries," RQ " appears in the Journal of Shellfish Biology.\n");
	assert_string_equal(sval(rep(j, "Marine heat waves slow growth of juvenile oysters in "
	    "the northern estuaries"), "publisher"), "Journal of Shellfish Biology");
	json_decref(j);
}

/* "A study published DATE in the journal J by researchers at U, T": the journal publishes it. */
static void
test_reports_journal_before_researchers(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Ashgrove River Trust\n\nNEWS\n\nTrust Maps Warm Reaches\n\n"
	    "May 11, 2023\n\n"
	    "TACOMA, Wash. " MDASH " The trust mapped the river's warmest reaches this spring.\n\n"
	    "A study published March 3, 2020 in the journal Coldwater Fish Letters by researchers "
	    "at Pellmore University, " LQ "Heat Limits for Juvenile Chum Salmon," RQ " set the "
	    "limits the map uses.\n");
	assert_string_equal(sval(rep(j, "Heat Limits for Juvenile Chum Salmon"), "publisher"),
	    "Coldwater Fish Letters");
	json_decref(j);
}

/* "the medical center's 2019 X Assessment": the one "... Medical Center" the text names. */
static void
test_reports_definite_possessor(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Garnet Hill Health Foundation\n\nNEWS\n\nGift Funds New Clinic\n\n"
	    "March 3, 2024\n\n"
	    "BOISE " MDASH " Garnet Hill Health Foundation today announced a gift to Garnet Hill "
	    "Medical Center for a new dental clinic.\n\n"
	    "The medical center" AP "s 2019 Community Dental Needs Assessment found that one in three "
	    "adults had not seen a dentist in two years.\n");
	assert_string_equal(sval(rep(j, "2019 Community Dental Needs Assessment"), "publisher"),
	    "Garnet Hill Medical Center");
	json_decref(j);
}

/* "by the X Department's Office of Inspector General": the office, not its department. */
static void
test_reports_unit_of_possessor(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Corran Legal Aid Society\n\nPRESS RELEASE\n\nAudit Faults Shelter\n\n"
	    "March 3, 2024\n\n"
	    "TOLEDO " MDASH " A report released Friday by the Department of Coastal Affairs" AP "s "
	    "Office of Inspector General (OIG) found broken heaters in three shelters.\n\n"
	    "The report, " LQ "Urgent Notice " NDASH " Heating Failures at the Corran Shelter" RQ
	    " (OIG-22-14), found that staff had warned managers twice.\n");
	assert_string_equal(sval(rep(j,
	    "Urgent Notice " NDASH " Heating Failures at the Corran Shelter"), "publisher"),
	    "Office of Inspector General");
	json_decref(j);
}

/* "the union's Department of X released T": the publishing union's; an agency's office its own. */
static void
test_reports_union_department(void **state)
{
	json_t	*j;

	(void)state;
	j = run("United Guild of Bakery Workers\n\nSTATEMENT\n\nGuild on Oven Heat\n\n"
	    "March 3, 2024\n\n"
	    "CHICAGO " MDASH " The United Guild of Bakery Workers today faulted the state.\n\n"
	    "Last year, the union" AP "s Department of Research and Safety released " LQ "Hot "
	    "Ovens: Heat in America" AP "s Bakeries," RQ " a survey of 900 members.\n\n"
	    "The state" AP "s Bakery Safety Administration has not acted. Earlier this year the "
	    "agency" AP "s Office of Review and Audit found in an audit, " LQ "Review of Bakery "
	    "Inspection Records," RQ " that many visits were skipped.\n");
	assert_string_equal(sval(rep(j, "Hot Ovens: Heat in America" AP "s Bakeries"),
	    "publisher"), "United Guild of Bakery Workers");
	assert_string_equal(sval(rep(j, "Review of Bakery Inspection Records"), "publisher"),
	    "Office of Review and Audit");
	json_decref(j);
}

/*
 * A quoted title ending in a report's noun is a report where a title stands:
 * after "O’s own" (the possessor made it) or ", the" after "a study by O".
 */
static void
test_reports_title_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Quarry County Teachers Union\n\nPRESS RELEASE\n\nTeachers Report Longer Weeks\n\n"
	    "March 3, 2014\n\n"
	    "TORVILLE \xe2\x80\x94 Teachers said their weeks keep growing. The findings echo the "
	    "Torville School Board" AP "s own " LQ "Classroom Staffing Gap Report," RQ
	    " published in November 2012.\n\n"
	    "A 2011 study by the Eastbay Clean Air Collaborative, the \"Torville Harbor Air "
	    "Quality Assessment,\" found that ships caused much of the soot.\n\n"
	    "The randomized trial, " LQ "Tutoring After School: A Randomized Controlled Trial," RQ
	    " followed 400 pupils.\n");
	assert_string_equal(sval(rep(j, "Classroom Staffing Gap Report"), "publisher"),
	    "Torville School Board");
	assert_string_equal(sval(rep(j, "Torville Harbor Air Quality Assessment"), "publisher"),
	    "Eastbay Clean Air Collaborative");
	rep(j, "Tutoring After School: A Randomized Controlled Trial");
	json_decref(j);
}

/*
 * Publishers: initials in the title ("The 2013 QCTU Workload Survey"), a
 * letter "organized by" O, and "released today by the national group" for the
 * organization named before in the sentence.
 */
static void
test_reports_title_initials_and_described(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Quarry County Teachers Union\n\nPRESS RELEASE\n\nTeachers Report Longer Weeks\n\n"
	    "March 3, 2014\n\n"
	    "TORVILLE \xe2\x80\x94 Schools tested by the Marrow Lake Water Trust (MLWT) had lead "
	    "above limits, according to a report released today by the regional conservation "
	    "group.\n\n"
	    "The report, " LQ "Lead in the Line: Testing Rural Schools," RQ " covers 80 schools.\n\n"
	    "The Quarry County Teachers Union (QCTU) also released " LQ "Running on Empty: The "
	    "2013 QCTU Workload Survey." RQ "\n\n"
	    "The letter, titled " LQ "A Compact for Fair Schools," RQ " was organized by the "
	    "Torville Parents Alliance.\n");
	assert_string_equal(sval(rep(j, "Lead in the Line: Testing Rural Schools"), "publisher"),
	    "Marrow Lake Water Trust");
	assert_string_equal(sval(rep(j, "Running on Empty: The 2013 QCTU Workload Survey"),
	    "publisher"), "Quarry County Teachers Union");
	assert_string_equal(sval(rep(j, "A Compact for Fair Schools"), "publisher"),
	    "Torville Parents Alliance");
	json_decref(j);
}

/*
 * A report's publisher, once found, is kept when a later line cites the
 * same report again: the look-back for its maker no longer replaces it
 * (and leaked the first), as a mutated release showed under LeakSanitizer.
 */
static void
test_reports_publisher_kept_on_second_citation(void **state)
{
	json_t	*j;
	size_t	 i, n = 0;
	json_t	*r;

	(void)state;
	j = run("The Harbor Water Board's own pump data, summarized in its 2021 audit, "
	    "\"Review of said  Pump Station Records, 2016\xe2\x80\x93" "2020,\" show that "
	    "overflow levels exceeded state standards in 31 of 40 sampling events. "
	    "Repairs alone will not stop the overflows.\n"
	    "Read the board audit: Review of Pump Station Records, 2016\xe2\x80\x93" "2020 "
	    "(Harbor Water Board of the , March 2021)\n");
	json_array_foreach(reps(j), i, r) {
		assert_string_equal(sval(r, "publisher"), "Harbor Water Board");
		n++;
	}
	assert_true(n >= 1);
	json_decref(j);
}

/* A named report followed by a release verb or by what it found, and a place in its name. */
static void
test_reports_named_found_presented(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Groups Object to Permit\n\nJune 2, 2023\n\n"
	    "BATON FALLS " MDASH " A state analysis released in 2021, the Regional Ozone Screening "
	    "Report for the Upper Tallis River Valley, found that risk was high near the plants.\n\n"
	    "Parents responded to the survey, according to a Principal Search Profile Report "
	    "presented to the board on May 3 by Corbel Search Group.\n");
	assert_non_null(rep(j, "Regional Ozone Screening Report for the Upper Tallis River Valley"));
	assert_string_equal(sval(rep(j, "Principal Search Profile Report"), "publisher"),
	    "Corbel Search Group");
	json_decref(j);
}

/* A quoted title ending in a report's noun and a period counts; a plural possessor publishes it. */
static void
test_reports_title_period_plural_possessor(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Clinic Expands Hours\n\nJune 2, 2023\n\n"
	    "ODELL, Minn. " MDASH " Demand is rising. According to the Minnesota Department of "
	    "Rural Services' " LQ "Rural Clinic Access Annual Report 2022," RQ " wait times doubled.\n\n"
	    "The county" AP "s " LQ "Tax Relief Program Annual Report, Fiscal Year 2023," RQ
	    " found more claims.\n");
	assert_string_equal(sval(rep(j, "Rural Clinic Access Annual Report 2022"), "publisher"),
	    "Minnesota Department of Rural Services");
	assert_non_null(rep(j, "Tax Relief Program Annual Report, Fiscal Year 2023"));
	json_decref(j);
}

/* "the Agency's impact statement, “T Statement,”": a statement titled so is a report of the possessor. */
static void
test_reports_statement_after_possessed_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Tribe Welcomes Deal\n\nJune 2, 2023\n\n"
	    "KELSO, Wash. " MDASH " The Federal Canal Authority signed the deal today.\n\n"
	    "The deal follows the Authority" AP "s final impact statement, " LQ "Upper Kelso Canal "
	    "Final Environmental Impact Statement," RQ " issued on May 2, 2023.\n");
	assert_string_equal(sval(rep(j, "Upper Kelso Canal Final Environmental Impact Statement"),
	    "publisher"), "Federal Canal Authority");
	json_decref(j);
}

/* "O (ACR) reported in “T”": a report of the subject, dated only by its own sentence; "as reported in" is not. */
static void
test_reports_reported_in(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Council Backs Wage Bill\n\nJune 2, 2023\n\n"
	    "TAVIS, Neb. " MDASH " A study by the Plains Labor Institute, " LQ "Short Shifts," RQ
	    " published May 4, 2021, found high turnover. In March 2022, the Federation of Prairie "
	    "Employers (FPE) reported in " LQ "The Hands Behind the Harvest" RQ " that pay fell.\n\n"
	    "As reported in " LQ "The Morning Bugle" RQ ", prices rose.\n");
	assert_string_equal(sval(rep(j, "The Hands Behind the Harvest"), "publisher"),
	    "Federation of Prairie Employers");
	assert_null(str(rep(j, "The Hands Behind the Harvest"), "published"));
	assert_null(named(doc(j, 0), "reports", "The Morning Bugle"));
	json_decref(j);
}

/* "the T Study, which O carried out": O made it; "our letter" then "The May 3 letter, “T,”": the publisher's. */
static void
test_reports_carried_out_and_our_letter(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Alliance for Fair Transit\n\nPRESS RELEASE\n\nTransit Riders Respond\n\nJune 2, 2023\n\n"
	    "DORNE, Ohio " MDASH " The routes were identified in the 2021 Rider Crowding Study, which "
	    "Dorne Valley State University carried out with volunteers.\n\n"
	    LQ "In May more than forty groups signed our letter to the mayor asking for buses,"
	    RQ " said Lena Farrow-Quist.\n\n"
	    "The May 3 letter, " LQ "Fair Fares Now: A Letter to Mayor Oduya on Bus Service," RQ
	    " was signed by 41 groups.\n");
	assert_string_equal(sval(rep(j, "2021 Rider Crowding Study"), "publisher"),
	    "Dorne Valley State University");
	assert_string_equal(sval(rep(j, "Fair Fares Now: A Letter to Mayor Oduya on Bus Service"),
	    "publisher"), "Alliance for Fair Transit");
	json_decref(j);
}

/* "its release yesterday of its T": the day before the document; "today sent a letter": the document's day. */
static void
test_reports_yesterday_and_today_letter(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Riverside Tenants Union\n\nPRESS RELEASE\n\nUnion Responds to Data\n\nOctober 17, 2023\n\n"
	    "The following is a statement on the Federal Housing Bureau" AP "s release yesterday of its "
	    "report, " LQ "Eviction Filings in the Second Quarter," RQ " which counts cases:\n\n"
	    "The Riverside Tenants Union and 20 other groups today sent a sign-on letter asking the "
	    "city to act.\n\n"
	    "The union" AP "s letter asks for a moratorium.\n\n"
	    "Read the full letter: Sign-on Letter on Riverside Evictions (PDF)\n");
	assert_string_equal(sval(rep(j, "Eviction Filings in the Second Quarter"), "published"),
	    "2023-10-16");
	assert_string_equal(sval(rep(j, "Sign-on Letter on Riverside Evictions"), "published"),
	    "2023-10-17");
	json_decref(j);
}

/* "Our own 2022 Harbor Pulse report": an unmarked title between a possessive and the noun; not an organization's name. */
static void
test_reports_possessed_unmarked_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Lakemont Community Fund\n\nPRESS RELEASE\n\nFund Backs Child Care\n\nJune 2, 2023\n\n"
	    "We knew the valley had a problem. Our own 2022 Harbor Pulse report had found two "
	    "children for every slot.\n\n"
	    "Advocates cited their Lakemont Policy Institute report as well.\n");
	assert_string_equal(sval(rep(j, "2022 Harbor Pulse"), "publisher"), "Lakemont Community Fund");
	assert_null(named(doc(j, 0), "reports", "Lakemont Policy Institute"));
	json_decref(j);
}

/* "(ABC-24-1234)" after a title: the agency whose acronym opens the report number. */
static void
test_reports_number_acronym(void **state)
{
	json_t	*j;
	json_t	*r;

	(void)state;
	j = run("Harbor Pilots League\n\nSTATEMENTS\n\nLeague Statement on Audit of Port "
	    "Safety\n\nMarch 3, 2024\n\n"
	    "The Harbor Pilots League today responded to a Federal Audit Bureau (FAB) report on "
	    "the Maritime Safety Administration (MSA).\n\n"
	    "The report, \"MSA Inspections: Better Records Needed to Track Pier Repairs\" "
	    "(FAB-24-10077), was released Friday.\n");
	r = rep(j, "MSA Inspections: Better Records Needed to Track Pier Repairs");
	assert_string_equal(sval(r, "publisher"), "Federal Audit Bureau");
	assert_true(has_alias(r, "FAB-24-10077"));
	json_decref(j);
}

/* "an examination by O ... The examination report, T": the examiner publishes it. */
static void
test_reports_modifier_lookback(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Ferrow County Tenants Union\n\nNEWS\n\nLandlord Pays Back Deposits\n\n"
	    "March 3, 2024\n\n"
	    "The refunds follow a compliance inspection by the Ferrow County Housing Authority "
	    "(FCHA), which found deposits withheld. The inspection report, \"Deposit Handling "
	    "at Larkspur Court Apartments, 2023,\" was released Thursday.\n");
	assert_string_equal(sval(rep(j, "Deposit Handling at Larkspur Court Apartments, 2023"),
	    "publisher"), "Ferrow County Housing Authority");
	json_decref(j);
}

/* "O, an alliance of ..., today delivered a letter ... The letter, titled T": O's, of the day. */
static void
test_reports_subject_appositive_letter(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Fair Rents Alliance of Dunmore\n\nNEWS\n\nAlliance Asks Council for Rent "
	    "Board\n\nMarch 3, 2024\n\n"
	    "DUNMORE, Pa. -- The Fair Rents Alliance of Dunmore, a network of nine tenant, faith "
	    "and legal groups, today delivered a letter signed by 800 residents to the Dunmore "
	    "City Council.\n\n"
	    "The letter, titled \"A Fair Hearing for Every Renter,\" was handed to the clerk.\n");
	r = rep(j, "A Fair Hearing for Every Renter");
	assert_string_equal(sval(r, "publisher"), "Fair Rents Alliance of Dunmore");
	assert_string_equal(sval(r, "published"), "2024-03-03");
	json_decref(j);
}

/* "O's Title Words 2024" NDASH "2030, published in May,": an unmarked title, O's. */
static void
test_reports_possessed_bare_published(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Tarrow Valley Dental Society\n\nNEWS\n\nDentists Warn of Shortage\n\n"
	    "March 3, 2024\n\n"
	    "The numbers match the Institute for Oral Health Planning" AP "s Rural Dentist "
	    "Workforce Projections 2024" NDASH "2030, published in May, which projects a shortfall.\n\n"
	    "The Institute for Oral Health Planning is based in Omaha.\n");
	assert_string_equal(sval(rep(j, "Rural Dentist Workforce Projections 2024" NDASH "2030"),
	    "publisher"), "Institute for Oral Health Planning");
	json_decref(j);
}

/* "prepared for the town by O": the firm after the one it served made the study. */
static void
test_reports_prepared_for_by(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Orchard Bend Town Hall\n\nNEWS RELEASE\n\nTown Sets New Sewer Rates\n\n"
	    "March 3, 2014\n\n"
	    "ORCHARD BEND, Vt. " MDASH " The rates follow the 2023 Sewer Utility Rate Study "
	    "prepared for the town by Halden Water Consulting Group, which recommended an "
	    "increase of 12 percent.\n");
	assert_string_equal(sval(rep(j, "2023 Sewer Utility Rate Study"), "publisher"),
	    "Halden Water Consulting Group");
	json_decref(j);
}

/* "published as 'T: Subtitle'" inside a statement: the whole title, colon and all. */
static void
test_reports_published_as_in_quote(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Harwick Nurses Union\n\nSTATEMENT\n\nUnion Responds to Layoffs\n\n"
	    "March 3, 2014\n\n"
	    "HARWICK, Ill. " MDASH " Union president Dela Amsworth said:\n\n"
	    LQ "Last spring our union surveyed more than 800 nurses across the system. In that "
	    "survey, published as " "\xe2\x80\x98" "Short Shifts: The 2013 Harwick Staffing "
	    "Survey," AP " six in ten nurses said they had been assigned more patients than they "
	    "could safely care for during the previous month, and most said the problem had "
	    "grown worse over the year before it." RQ "\n");
	assert_non_null(rep(j, "Short Shifts: The 2013 Harwick Staffing Survey"));
	json_decref(j);
}

/* "the hospital's most recent Community Needs Assessment": unmarked, the possessor's. */
static void
test_reports_possessed_title_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Ashgrove Hospital Foundation\n\nNEWS RELEASE\n\nGift Funds New Unit\n\n"
	    "March 3, 2014\n\n"
	    "ASHGROVE, Calif. " MDASH " The Ashgrove Hospital Foundation today announced a gift "
	    "to Ashgrove Valley Medical Center. Children wait four days for a bed, according to "
	    "the hospital" AP "s most recent Regional Child Health Needs Assessment.\n");
	assert_string_equal(sval(rep(j, "Regional Child Health Needs Assessment"), "publisher"),
	    "Ashgrove Valley Medical Center");
	assert_true(json_is_null(json_object_get(rep(j,
	    "Regional Child Health Needs Assessment"), "published")));
	json_decref(j);
}

/* "we sent the agency a comment letter, 'T'": the release's publisher filed it. */
static void
test_reports_we_sent_letter(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Marrowby Coast Law Project\n\nBLOG\n\nWhy We Sued Over the Dredging Permit\n\n"
	    "March 3, 2014\n\n"
	    "On September 2, 2013, we sent the Corps a 12-page comment letter, \"Comments on "
	    "Public Notice NWS-2013-0112, Marrowby Harbor Dredging,\" laying out the problem. "
	    "The Corps never responded.\n");
	assert_string_equal(sval(rep(j,
	    "Comments on Public Notice NWS-2013-0112, Marrowby Harbor Dredging"), "publisher"),
	    "Marrowby Coast Law Project");
	json_decref(j);
}

/*
 * "the union's statewide report, 'T'": a nurses' organization is "the union";
 * the boilerplate sentence after the body is no alias of it.
 */
static void
test_reports_union_statewide(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Allied Registered Nurses of the Plains\n\nNEWS RELEASE\n\nNurses Set Strike Date\n\n"
	    "March 3, 2014\n\n"
	    "WICHITA, Kan. " MDASH " Nurses at Prairie Mercy Medical Center voted to strike, "
	    "Allied Registered Nurses of the Plains announced today.\n\n"
	    "The findings match the union" AP "s statewide report, "
	    LQ "Running Short: Nurse Staffing in Kansas Hospitals," RQ " published in June 2013.\n\n"
	    "###\n\n"
	    "Allied Registered Nurses of the Plains represents more than 9,000 registered nurses "
	    "in Kansas, Nebraska and Oklahoma.\n");
	assert_string_equal(sval(rep(j, "Running Short: Nurse Staffing in Kansas Hospitals"),
	    "publisher"), "Allied Registered Nurses of the Plains");
	assert_int_equal(json_array_size(json_object_get(rep(j,
	    "Running Short: Nurse Staffing in Kansas Hospitals"), "aliases")), 1);
	json_decref(j);
}

/*
 * "The study, \"sentence-case title,\" was published online Feb. 7 in the
 * Journal of O": a journal article in straight marks; the journal's, dated.
 */
static void
test_reports_published_online_journal_of(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Tamsin University\n\nNEWS RELEASE\n\nStudy links dust to cough in goats\n\n"
	    "March 3, 2023\n\n"
	    "BELLVALE, Ore. " MDASH " Goats kept in dusty barns cough more, according to a study "
	    "led by researchers at Tamsin University.\n\n"
	    "The study, \"Barn dust exposure and chronic cough in dairy goats: a cohort study,\" "
	    "was published online Feb. 7 in the Journal of Small Ruminant Health. It reviewed "
	    "the records of 900 goats.\n");
	r = rep(j, "Barn dust exposure and chronic cough in dairy goats: a cohort study");
	assert_string_equal(sval(r, "publisher"), "Journal of Small Ruminant Health");
	assert_string_equal(sval(r, "published"), "2023-02-07");
	json_decref(j);
}

/*
 * "The audit report, T (Report No. ABC-24-A-003), reviewed": a title with
 * no marks before a report number; the office whose initials open the
 * number (less "Office of") publishes it; "A 2022 audit" is not dated to
 * the release.
 */
static void
test_reports_number_initials(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Office of the Inspector General for Ferry Safety\n\nPress Room\n\n"
	    "Audit Finds Gaps in Ferry Inspections\n\nRelease Date: 03/14/2024\n\n"
	    "WASHINGTON " MDASH " The Office of the Inspector General for Ferry Safety today "
	    "released an audit of ferry inspections.\n\n"
	    "The audit report, Review of the Harbor Agency" AP "s Oversight of Ferry Inspections "
	    "Under the Safe Crossings Program (Report No. IGFS-24-A-003), reviewed 40 ferries.\n\n"
	    "A 2022 audit, Safe Crossings Program: Early Warning Signs (Report No. IGFS-22-A-007), "
	    "found similar gaps.\n");
	r = rep(j, "Review of the Harbor Agency" AP "s Oversight of Ferry Inspections Under the "
	    "Safe Crossings Program");
	assert_string_equal(sval(r, "publisher"),
	    "Office of the Inspector General for Ferry Safety");
	assert_true(has_alias(r, "IGFS-24-A-003"));
	assert_true(has_alias(r, "Report No. IGFS-24-A-003"));
	r = rep(j, "Safe Crossings Program: Early Warning Signs");
	assert_string_equal(sval(r, "publisher"),
	    "Office of the Inspector General for Ferry Safety");
	assert_null(str(r, "published"));
	json_decref(j);
}

/* "(Report No. OIG-24-A-011)": the initials of "Office of Inspector General" in full. */
static void
test_reports_number_initials_office_of(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Office of Inspector General\n\nPress Room\n\n"
	    "Audit Finds Gaps in Lock Repairs\n\nRelease Date: 04/09/2024\n\n"
	    "WASHINGTON " MDASH " The Office of Inspector General today released an audit of "
	    "canal lock repairs.\n\n"
	    "The audit report, Review of the Canal Board" AP "s Oversight of Lock Repairs Under "
	    "the Safe Locks Program (Report No. OIG-24-A-011), reviewed 32 locks.\n");
	r = rep(j, "Review of the Canal Board" AP "s Oversight of Lock Repairs Under the Safe "
	    "Locks Program");
	assert_string_equal(sval(r, "publisher"), "Office of Inspector General");
	assert_true(has_alias(r, "OIG-24-A-011"));
	json_decref(j);
}

/* "The study he cited, the X Assessment, was prepared by O": a name in apposition. */
static void
test_reports_named_appositive(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Dunmore Fire Fighters Union\n\nNEWS RELEASE\n\nFirefighters Urge Council Vote\n\n"
	    "May 2, 2024\n\n"
	    "DUNMORE, Ohio " MDASH " Firefighters asked the council to add an engine company.\n\n"
	    "The study the union cited, the Dunmore Fire Department Standards of Cover and "
	    "Station Location Assessment, was prepared for the city by Quillon Safety Partners "
	    "and delivered in 2022.\n");
	r = rep(j, "Dunmore Fire Department Standards of Cover and Station Location Assessment");
	assert_string_equal(sval(r, "publisher"), "Quillon Safety Partners");
	json_decref(j);
}

/* "The Tribe's Department of Water submitted comments, citing its own X Survey 2023": the department's. */
static void
test_reports_its_possessed_department(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Heron Lake Tribe\n\nSTATEMENT\n\nTribe Comments on Mine Permit\n\n"
	    "October 9, 2023\n\n"
	    "HERON LAKE, Minn. " MDASH " The Heron Lake Tribe opposes the draft permit.\n\n"
	    "The Tribe" AP "s Department of Water Resources submitted technical comments on "
	    "Thursday, citing its own Heron Lake Waters Survey 2023, which documented a decline "
	    "in rice stands.\n");
	assert_string_equal(sval(rep(j, "Heron Lake Waters Survey 2023"), "publisher"),
	    "Department of Water Resources");
	json_decref(j);
}

/*
 * "O (ACR) and 12 of its member groups sent a letter Tuesday ... The
 * letter, titled “T,”": the lead organization's letter, of that Tuesday.
 */
static void
test_reports_letter_its_members_weekday(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Bramble Valley Shelter Network\n\nNews\n\nShelters Urge Lawmakers to Act\n\n"
	    "Published 2024-04-11\n\n"
	    "DOVER, Del. " MDASH " The Bramble Valley Shelter Network (BVSN) and 12 of its member "
	    "shelters sent a letter Tuesday to state lawmakers urging them to fund winter beds.\n\n"
	    "The letter, titled " LQ "No Door Left Closed," RQ " warns that shelters are full.\n");
	r = rep(j, "No Door Left Closed");
	assert_string_equal(sval(r, "publisher"), "Bramble Valley Shelter Network");
	assert_string_equal(sval(r, "published"), "2024-04-09");
	json_decref(j);
}

/*
 * "An Open Letter to the X on Y" on a line of its own heads the letter the
 * release prints: a report of the publisher, dated by the date line under
 * it, else by the release; the phrase inside a sentence is no title.
 */
static void
test_reports_open_letter_heading(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Dunmere Renters Alliance\n\nNews\n\nGroups Urge Council to Act\n\n"
	    "Published 2024-04-11\n\n"
	    "DUNMERE, Vt. " MDASH " The Dunmere Renters Alliance delivered a letter to the council.\n\n"
	    "Open letter to the mayor is also planned for the fall.\n\n"
	    "An Open Letter to the Dunmere Town Council on Heating Standards\n\n"
	    "April 9, 2024\n\n"
	    "Dear Members of the Council:\n\n"
	    "We write to urge you to act.\n");
	r = rep(j, "An Open Letter to the Dunmere Town Council on Heating Standards");
	assert_string_equal(sval(r, "publisher"), "Dunmere Renters Alliance");
	assert_string_equal(sval(r, "published"), "2024-04-09");
	assert_int_equal(json_array_size(json_object_get(doc(j, 0), "reports")), 1);
	json_decref(j);
	j = run("Dunmere Renters Alliance\n\nNews\n\nGroups Urge Council to Act\n\n"
	    "Published 2024-04-11\n\n"
	    "DUNMERE, Vt. " MDASH " The Dunmere Renters Alliance delivered a letter to the council "
	    "today. The full text follows.\n\n"
	    "Open Letter to the Dunmere Town Council in Support of Heating Standards\n\n"
	    "Dear Members of the Council:\n\n"
	    "We write to urge you to act.\n");
	r = rep(j, "Open Letter to the Dunmere Town Council in Support of Heating Standards");
	assert_string_equal(sval(r, "published"), "2024-04-11");
	json_decref(j);
}

/* "O, whose analysis “T” found": the quoted title is O's. */
static void
test_reports_whose_quoted(void **state)
{
	json_t	*j, *r;

	(void)state;
	j = run("Ostrander Policy Center\n\nNews\n\nCenter Issues Brief\n\n"
	    "Published 2024-04-11\n\n"
	    "SALEM, Ore. " MDASH " The brief responds to findings by the Bank of Tarrow Valley, "
	    "whose analysis " LQ "Rural Wages and the Cost of Care" RQ " found similar patterns.\n");
	r = rep(j, "Rural Wages and the Cost of Care");
	assert_string_equal(sval(r, "publisher"), "Bank of Tarrow Valley");
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reports_empty),
		cmocka_unit_test(test_reports_titled_today),
		cmocka_unit_test(test_reports_appositive_released),
		cmocka_unit_test(test_reports_audit),
		cmocka_unit_test(test_reports_first_second),
		cmocka_unit_test(test_reports_letter_sent),
		cmocka_unit_test(test_reports_letter_members),
		cmocka_unit_test(test_reports_letter_signed),
		cmocka_unit_test(test_reports_survey_by_the_union),
		cmocka_unit_test(test_reports_its_brief),
		cmocka_unit_test(test_reports_the_report_lookback),
		cmocka_unit_test(test_reports_study_published_on),
		cmocka_unit_test(test_reports_bare_colon_title),
		cmocka_unit_test(test_reports_title_then_report_by),
		cmocka_unit_test(test_reports_straight_quotes_possessive),
		cmocka_unit_test(test_reports_link_line_only),
		cmocka_unit_test(test_reports_one_record),
		cmocka_unit_test(test_reports_title_then_noun),
		cmocka_unit_test(test_reports_from_after_title),
		cmocka_unit_test(test_reports_generic_links),
		cmocka_unit_test(test_reports_by_official),
		cmocka_unit_test(test_reports_by_forms),
		cmocka_unit_test(test_reports_released_in_month_by),
		cmocka_unit_test(test_reports_place_words_not_publisher),
		cmocka_unit_test(test_reports_same_office),
		cmocka_unit_test(test_reports_released_now),
		cmocka_unit_test(test_reports_link_parenthesis_publisher),
		cmocka_unit_test(test_reports_loose_and_chained),
		cmocka_unit_test(test_reports_assorted_forms),
		cmocka_unit_test(test_reports_title_before_noun),
		cmocka_unit_test(test_reports_single_marks_and_short_title),
		cmocka_unit_test(test_reports_not_reports),
		cmocka_unit_test(test_reports_published_question),
		cmocka_unit_test(test_reports_researchers_at),
		cmocka_unit_test(test_reports_day_month),
		cmocka_unit_test(test_reports_acronym_and_system),
		cmocka_unit_test(test_reports_named_with_year),
		cmocka_unit_test(test_reports_named_participle),
		cmocka_unit_test(test_reports_appositive_title),
		cmocka_unit_test(test_reports_weekday_date),
		cmocka_unit_test(test_reports_journal_researchers),
		cmocka_unit_test(test_reports_and_other_groups),
		cmocka_unit_test(test_reports_self_today),
		cmocka_unit_test(test_reports_which_released),
		cmocka_unit_test(test_reports_card_and_in_brief),
		cmocka_unit_test(test_reports_whose_title),
		cmocka_unit_test(test_reports_under_the_title),
		cmocka_unit_test(test_reports_named_with_field),
		cmocka_unit_test(test_reports_completed_by_place_firm),
		cmocka_unit_test(test_reports_published_in_journal),
		cmocka_unit_test(test_reports_capitalized_head_noun),
		cmocka_unit_test(test_reports_acronym_before_noun),
		cmocka_unit_test(test_reports_commissioned_from),
		cmocka_unit_test(test_reports_according_to_benchmark),
		cmocka_unit_test(test_reports_possessor_forms),
		cmocka_unit_test(test_reports_estimate_with_long_field),
		cmocka_unit_test(test_reports_appears_in_journal),
		cmocka_unit_test(test_reports_journal_before_researchers),
		cmocka_unit_test(test_reports_definite_possessor),
		cmocka_unit_test(test_reports_unit_of_possessor),
		cmocka_unit_test(test_reports_union_department),
		cmocka_unit_test(test_reports_title_noun),
		cmocka_unit_test(test_reports_title_initials_and_described),
		cmocka_unit_test(test_reports_publisher_kept_on_second_citation),
		cmocka_unit_test(test_reports_named_found_presented),
		cmocka_unit_test(test_reports_title_period_plural_possessor),
		cmocka_unit_test(test_reports_statement_after_possessed_noun),
		cmocka_unit_test(test_reports_reported_in),
		cmocka_unit_test(test_reports_carried_out_and_our_letter),
		cmocka_unit_test(test_reports_yesterday_and_today_letter),
		cmocka_unit_test(test_reports_possessed_unmarked_title),
		cmocka_unit_test(test_reports_number_acronym),
		cmocka_unit_test(test_reports_modifier_lookback),
		cmocka_unit_test(test_reports_subject_appositive_letter),
		cmocka_unit_test(test_reports_possessed_bare_published),
		cmocka_unit_test(test_reports_prepared_for_by),
		cmocka_unit_test(test_reports_published_as_in_quote),
		cmocka_unit_test(test_reports_possessed_title_noun),
		cmocka_unit_test(test_reports_we_sent_letter),
		cmocka_unit_test(test_reports_union_statewide),
		cmocka_unit_test(test_reports_published_online_journal_of),
		cmocka_unit_test(test_reports_number_initials),
		cmocka_unit_test(test_reports_number_initials_office_of),
		cmocka_unit_test(test_reports_named_appositive),
		cmocka_unit_test(test_reports_its_possessed_department),
		cmocka_unit_test(test_reports_letter_its_members_weekday),
		cmocka_unit_test(test_reports_open_letter_heading),
		cmocka_unit_test(test_reports_whose_quoted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
