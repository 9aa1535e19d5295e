/*
 * Unit tests of the extractor: People, titles and the organizations they speak for, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

#define HEAD(org, title)	org "\n\nPRESS RELEASE\n\n" title "\n\nMarch 3, 2014\n\n"

/* Returns the organization of person n in the first document, or "(null)" so that a miss reads well. */
static const char *
porg(json_t *j, const char *n)
{
	json_t		*p = person(doc(j, 0), n);
	const char	*o;

	if (p == NULL)
		fail_msg("no person named \"%s\"", n);
	o = str(p, "organization");
	return o != NULL ? o : "(null)";
}

/* Returns quote i of the first document. */
static json_t *
quote(json_t *j, size_t i)
{
	json_t	*q = json_array_get(json_object_get(doc(j, 0), "quotes"), i);

	assert_non_null(q);
	return q;
}

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

/* A hyphenated surname used alone later makes a person; a player belongs to the publishing club. */
static void
test_people_surname_named_again(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Lakeside Rovers FC", "Rovers Add Striker")
	    "LAKESIDE, Iowa \xe2\x80\x94 Lakeside Rovers FC has signed striker Tobias Okonjo-Brandt "
	    "to a two-year contract.\n\n"
	    "Okonjo-Brandt, 24, joins from Port Ellery City.\n");
	assert_string_equal(porg(j, "Tobias Okonjo-Brandt"), "Lakeside Rovers FC");
	json_decref(j);
}

/* An honorific marks a person; "the museum's curator" belongs to the publishing museum. */
static void
test_people_honorific_and_head_noun(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Museum of the Dry Hills", "Museum Opens Map Show")
	    "DENVER \xe2\x80\x94 The Museum of the Dry Hills will open a map show.\n\n"
	    "The show was organized by Dr. Marta Ilves-Grant, the museum\xe2\x80\x99s curator of maps.\n");
	assert_string_equal(porg(j, "Marta Ilves-Grant"), "Museum of the Dry Hills");
	json_decref(j);
}

/* "the Harbor Ultras" is a group, not a person, and a group's name is no speaker. */
static void
test_people_group_not_person(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Lakeside Rovers FC", "Rovers Add Striker")
	    "LAKESIDE, Iowa \xe2\x80\x94 Lakeside Rovers FC has signed striker Tobias Okonjo-Brandt.\n\n"
	    "Okonjo-Brandt said he wanted to meet the supporters group, the Harbor Ultras. "
	    "\xe2\x80\x9cI have played in front of many crowds, but none like this one,\xe2\x80\x9d he said.\n");
	assert_null(person(doc(j, 0), "Harbor Ultras"));
	assert_string_equal(str(quote(j, 0), "speaker"), "Tobias Okonjo-Brandt");
	json_decref(j);
}

/* A short form after a title resolves to the organization named in full. */
static void
test_people_short_form(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Quill Grid Systems", "Quill Builds a Battery")
	    "SEATTLE \xe2\x80\x94 Quill Grid Systems today announced a battery project.\n\n"
	    "\xe2\x80\x9cUtilities here have a timing problem, not a supply problem,\xe2\x80\x9d said "
	    "Ravi Dunmore-Pace, chief executive officer of Quill.\n\n"
	    "Care will be offered with the Birchwood Medical Center. \xe2\x80\x9cWe will open the doors "
	    "to every family that needs us,\xe2\x80\x9d says Dr. Nell Achterfeld, chief of pediatrics at "
	    "Birchwood.\n");
	assert_string_equal(porg(j, "Ravi Dunmore-Pace"), "Quill Grid Systems");
	assert_string_equal(str(quote(j, 0), "organization"), "Quill Grid Systems");
	assert_string_equal(porg(j, "Nell Achterfeld"), "Birchwood Medical Center");
	assert_string_equal(str(quote(j, 1), "organization"), "Birchwood Medical Center");
	json_decref(j);
}

/* "CFA Deputy Administrator X" and "Birchwood President and CEO X": the organization before the title. */
static void
test_people_org_before_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Coastal Ferry Administration", "Ferry Grants Awarded")
	    "WASHINGTON \xe2\x80\x94 The Coastal Ferry Administration (CFA) awarded grants today.\n\n"
	    "CFA Deputy Administrator Lena Marsh said the agency checked every route.\n\n"
	    "The Birchwood Medical Center will run one route. Birchwood President and CEO "
	    "Alma Reyes said the hospital is ready.\n");
	assert_string_equal(porg(j, "Lena Marsh"), "Coastal Ferry Administration");
	assert_string_equal(porg(j, "Alma Reyes"), "Birchwood Medical Center");
	json_decref(j);
}

/* "a nurse and president of the HNA", "Orchard Fund's executive director", "who chairs the O". */
static void
test_people_appositives(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Harbor Nurses Association", "Nurses Vote")
	    "SALEM \xe2\x80\x94 The Harbor Nurses Association (HNA) voted today.\n\n"
	    "Greta Ollund-Vries, an intensive care nurse and president of the HNA, spoke first.\n\n"
	    "Paul Emery, the Orchard Relief Fund\xe2\x80\x99s executive director, spoke next.\n\n"
	    "State Sen. Ada Brightwater, who chairs the Joint Committee on Labor, spoke last.\n\n"
	    "Kenji Takeda, chair of Stony Brook Renters United, closed the meeting.\n");
	assert_string_equal(porg(j, "Greta Ollund-Vries"), "Harbor Nurses Association");
	assert_string_equal(porg(j, "Paul Emery"), "Orchard Relief Fund");
	assert_string_equal(porg(j, "Ada Brightwater"), "Joint Committee on Labor");
	assert_string_equal(porg(j, "Kenji Takeda"), "Stony Brook Renters United");
	json_decref(j);
}

/* "Its coordinator, X" is the organization of the sentence before; "our director, X" the publisher's. */
static void
test_people_pronoun_titles(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Valley Tenant Action Network", "Evictions Rise")
	    "BOSTON \xe2\x80\x94 Evictions rose again, the Valley Tenant Action Network said.\n\n"
	    "Court Watch Council, a volunteer group, gave data for the count. Its coordinator, "
	    "Hana Brill, said the numbers are low.\n\n"
	    "Join our policy director, Samir Okafor-Dunn, for a training.\n\n"
	    "A Keystone spokesperson, Colleen Varos, said the company is reviewing the count. "
	    "Keystone Bus Lines LLC runs the buses.\n");
	assert_string_equal(porg(j, "Hana Brill"), "Court Watch Council");
	assert_string_equal(porg(j, "Samir Okafor-Dunn"), "Valley Tenant Action Network");
	assert_string_equal(porg(j, "Colleen Varos"), "Keystone Bus Lines LLC");
	json_decref(j);
}

/* A name alone on its line with a title line under it is a person with that title. */
static void
test_people_contact_block(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Lakeshore Medical Center", "Home Visits Begin")
	    "CLEVELAND \xe2\x80\x94 Lakeshore Medical Center will visit new mothers at home.\n\n"
	    "Families may decline at any time.\n\n"
	    "Nadia Brenner\nSenior Policy Analyst\n\n"
	    "The program starts in May with six nurses.\n\n"
	    "About Lakeshore Medical Center\nLakeshore Medical Center is a teaching hospital.\n");
	p = person(doc(j, 0), "Nadia Brenner");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Senior Policy Analyst");
	assert_string_equal(str(p, "organization"), "Lakeshore Medical Center");
	json_decref(j);
}

/* A signature under a statement: the name, then "Title, Organization" on the next line. */
static void
test_people_signature_block(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Prairie Water Council", "Statement on the Permit")
	    "DES MOINES \xe2\x80\x94 The Prairie Water Council opposes the permit for the new "
	    "feedlot.\n\n"
	    "The permit ignores the county\xe2\x80\x99s own data on nitrate.\n\n"
	    "Ruth Ellingsen\nExecutive Director, Prairie Water Council\n\n"
	    "The Orchard Relief Fund\xe2\x80\x99s executive director Paul Emery backed the "
	    "appeal.\n");
	p = person(doc(j, 0), "Ruth Ellingsen");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Executive Director");
	assert_string_equal(str(p, "organization"), "Prairie Water Council");
	assert_string_equal(porg(j, "Paul Emery"), "Orchard Relief Fund");
	json_decref(j);
}

/* Titles that are the publisher's (a city's mayor), an office's or a council's; a legislator keeps none. */
static void
test_people_title_homes(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("City of Elm Falls", "Mayor Signs Order")
	    "ELM FALLS, Ore. \xe2\x80\x94 Mayor Lionel Bastide Jr. today signed an order.\n\n"
	    "The audit by State Auditor Rhea Dunmore found the gaps. The Office of the State "
	    "Auditor will check again.\n\n"
	    "Councilmember Alma Trujano, who represents District 4, backed the order. The "
	    "Elm Falls City Council votes next week.\n\n"
	    "Rep. Hal Kettering (D-Ore.) welcomed the order.\n\n"
	    "\xe2\x80\x9c" "Every resident of this city pays the same taxes,\xe2\x80\x9d said Mayor "
	    "Bastide.\n");
	assert_string_equal(porg(j, "Lionel Bastide Jr."), "City of Elm Falls");
	assert_string_equal(porg(j, "Rhea Dunmore"), "Office of the State Auditor");
	assert_string_equal(porg(j, "Alma Trujano"), "Elm Falls City Council");
	assert_string_equal(porg(j, "Hal Kettering"), "(null)");
	assert_string_equal(str(quote(j, 0), "speaker"), "Lionel Bastide Jr.");
	assert_string_equal(str(quote(j, 0), "organization"), "City of Elm Falls");
	json_decref(j);
}

/* "FDSA Administrator Dr. X said": the person speaks, for the organization. */
static void
test_people_quote_after_org_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Federal Levee Safety Administration", "Levee Reports Released")
	    "WASHINGTON \xe2\x80\x94 The Federal Levee Safety Administration (FLSA) released two "
	    "reports.\n\n"
	    "\xe2\x80\x9cThese reports tell us two things we did not want to hear,\xe2\x80\x9d said FLSA "
	    "Administrator Dr. Evelyn Castor-Pike.\n");
	assert_string_equal(str(quote(j, 0), "speaker"), "Evelyn Castor-Pike");
	assert_string_equal(str(quote(j, 0), "organization"),
	    "Federal Levee Safety Administration");
	json_decref(j);
}

/* Names that read as organizations or firms are no people. */
static void
test_people_orgish_names(void **state)
{
	json_t	*j;
	size_t	 i;
	json_t	*p;

	(void)state;
	j = run(HEAD("Catawba Clean Water Coalition", "Coal Ash Plan Opposed")
	    "RALEIGH \xe2\x80\x94 The coalition opposed the plan submitted by Piedmont Power & Light "
	    "Company for its basins.\n\n"
	    "Contact: Office of Public Affairs, press@ccwc.example.org\n");
	json_array_foreach(json_object_get(doc(j, 0), "people"), i, p) {
		assert_null(strstr(str(p, "name"), "Piedmont"));
		assert_null(strstr(str(p, "name"), "Office"));
	}
	json_decref(j);
}

/* A generation suffix ends the name and the surname alone still finds the person. */
static void
test_people_suffix(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("National Council of Levee Engineers", "Engineers Welcome Reports")
	    "DENVER \xe2\x80\x94 The National Council of Levee Engineers welcomed two reports.\n\n"
	    "\xe2\x80\x9cState programs have said this for a decade with too few staff,\xe2\x80\x9d said "
	    "Harold J. Whitcombe III, the council\xe2\x80\x99s president.\n\n"
	    "\xe2\x80\x9cWe will ask Congress to double the grants next year,\xe2\x80\x9d Whitcombe said.\n");
	assert_string_equal(porg(j, "Harold J. Whitcombe III"),
	    "National Council of Levee Engineers");
	assert_string_equal(str(quote(j, 1), "speaker"), "Harold J. Whitcombe III");
	json_decref(j);
}

/* "X is the policy director at O" and "X, coalition coordinator," introduce people. */
static void
test_people_role_after_name(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Riders for Fair Transit", "Fare Caps Now")
	    "LAKEPORT \xe2\x80\x94 Riders for Fair Transit asked the board to cap fares.\n\n"
	    "Questions may be directed to Anjali Whitmore-Rao, coalition coordinator, at "
	    "704-555-0153.\n\n"
	    "Teresa Villaverde-Marsh is the policy director at Riders for Fair Transit.\n");
	assert_non_null(person(doc(j, 0), "Anjali Whitmore-Rao"));
	assert_string_equal(porg(j, "Teresa Villaverde-Marsh"), "Riders for Fair Transit");
	json_decref(j);
}

/* "president and CEO of the food bank": a common noun for the publisher. */
static void
test_people_common_noun_org(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Tidewater Food Bank", "Food Bank Asks for Help")
	    "NORFOLK, Va. \xe2\x80\x94 The Tidewater Food Bank asked for donations today.\n\n"
	    "\xe2\x80\x9cOur partner pantries see new faces every single week,\xe2\x80\x9d said Charlene "
	    "Mbeko-Lawton, president and CEO of the food bank.\n");
	assert_string_equal(porg(j, "Charlene Mbeko-Lawton"), "Tidewater Food Bank");
	json_decref(j);
}

/* "the group", "the board" and "its" point back to the organization the text named with them. */
static void
test_people_coreference(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Cedar Bluff Gazette", "Bus Audit Finds Overcharges")
	    "CEDAR BLUFF \xe2\x80\x94 Parents had complained for months. Last spring the parent "
	    "group Marlow Families for Safer Routes collected 900 signatures.\n\n"
	    "Teresa Hollings-Diaz, who helped start the group, said the audit proved them right.\n\n"
	    "Last week the Lakeport Metropolitan Transit District board voted for the plan. "
	    "Board member Yolanda Pietrowska said she shared the concern.\n\n"
	    "The Southern Conference of Churches for Voting Rights issued a statement from its "
	    "executive director, the Rev. Dr. Josephine Marbury-Tate.\n");
	assert_string_equal(porg(j, "Teresa Hollings-Diaz"), "Marlow Families for Safer Routes");
	assert_string_equal(porg(j, "Yolanda Pietrowska"),
	    "Lakeport Metropolitan Transit District");
	assert_string_equal(porg(j, "Josephine Marbury-Tate"),
	    "Southern Conference of Churches for Voting Rights");
	json_decref(j);
}

/* "Local 1189 President X": the last words of the publisher's name stand for it. */
static void
test_people_local_number(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("ATWU Local 1189", "Members Ratify Contract")
	    "PITTSBURGH \xe2\x80\x94 Members of Local 1189 ratified a four-year agreement.\n\n"
	    "The following is a statement from Local 1189 President Darlene Kowalczyk-Boateng:\n\n"
	    "\xe2\x80\x9c" "For four years our members kept the buses running through everything,\xe2\x80\x9d "
	    "she said.\n");
	assert_string_equal(porg(j, "Darlene Kowalczyk-Boateng"), "ATWU Local 1189");
	json_decref(j);
}

/* "who serves as T of O" and ", O T," give the title and the organization. */
static void
test_people_serves_and_org_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Harbor Nurses Association", "Nurses Vote")
	    "SALEM \xe2\x80\x94 The Harbor Nurses Association (HNA) voted today with the Orchard "
	    "Relief Fund.\n\n"
	    "Greta Ollund, who serves as executive director of the Orchard Relief Fund, spoke "
	    "first.\n\n"
	    "Paul Emery, HNA executive director, spoke next.\n");
	assert_string_equal(porg(j, "Greta Ollund"), "Orchard Relief Fund");
	assert_string_equal(porg(j, "Paul Emery"), "Harbor Nurses Association");
	assert_string_equal(str(person(doc(j, 0), "Paul Emery"), "title"), "executive director");
	json_decref(j);
}

/* "The association ... Its spokesperson, X" and "University of Dorset economist Dr. X". */
static void
test_people_subject_and_joined_org(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Coalition for Fair Wages", "Workers Rally")
	    "SPRINGFIELD \xe2\x80\x94 Workers rallied on Wednesday with the Prairie Restaurant "
	    "Association watching.\n\n"
	    "The association represents 7,000 businesses. Its spokesperson, Kim Dwyer-Ross, "
	    "said members were surveyed.\n\n"
	    "The University of Dorset published the study. University of Dorset economist "
	    "Dr. Ravi Patelson said the research is mixed.\n");
	assert_string_equal(porg(j, "Kim Dwyer-Ross"), "Prairie Restaurant Association");
	assert_string_equal(porg(j, "Ravi Patelson"), "University of Dorset");
	json_decref(j);
}

/* "the county's medical director" is the county publisher's; "the Band's" the band the text names. */
static void
test_people_place_possessive(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Marlow County Department of Health", "Fewer Children Sick")
	    "MARLOW, Ore. \xe2\x80\x94 Cases fell again.\n\n"
	    "Dr. Petra Voskuijlen, the county\xe2\x80\x99s medical director, said the numbers "
	    "reflect years of work.\n\n"
	    "Staff from the Alder Rock Band (ARB) also reviewed the data, said Ansel Treadwater, "
	    "the Band\xe2\x80\x99s fisheries director.\n");
	assert_string_equal(porg(j, "Petra Voskuijlen"), "Marlow County Department of Health");
	assert_string_equal(porg(j, "Ansel Treadwater"), "Alder Rock Band");
	json_decref(j);
}

/* An acronym the item never defines spells the initials of the publisher. */
static void
test_people_undefined_acronym(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Dunmore Valley Legal Center", "Court Asked to Act")
	    "BRISTOW, Va. \xe2\x80\x94 Veterans sued the agency on Tuesday.\n\n"
	    "\"The courts can tell it to start again,\" said Oren Halvorsby, DVLC\xe2\x80\x99s "
	    "litigation director.\n\n"
	    "\"We will keep going,\" said Bea Quillfeather, a member of the DVLC board and a "
	    "retired nurse.\n");
	assert_string_equal(porg(j, "Oren Halvorsby"), "Dunmore Valley Legal Center");
	assert_string_equal(porg(j, "Bea Quillfeather"), "Dunmore Valley Legal Center");
	json_decref(j);
	/* "DVLC litigation director X": a field word between the organization and the title. */
	j = run(HEAD("Dunmore Valley Legal Center", "Court Asked to Act")
	    "BRISTOW, Va. \xe2\x80\x94 Veterans sued the agency on Tuesday.\n\n"
	    "DVLC litigation director Oren Halvorsby said the agency has stalled for years.\n");
	assert_string_equal(porg(j, "Oren Halvorsby"), "Dunmore Valley Legal Center");
	assert_string_equal(str(person(doc(j, 0), "Oren Halvorsby"), "title"),
	    "litigation director");
	json_decref(j);
}

/* "said plaintiff X" names a person; "the university's Centre for X" is the centre. */
static void
test_people_plaintiff_and_unit(void **state)
{
	json_t	*j;
	json_t	*p;

	(void)state;
	j = run(HEAD("University of Glenmoor", "Study of Sleep")
	    "GLENMOOR \xe2\x80\x94 The suit was filed Monday.\n\n"
	    "\"I waited three years,\" said plaintiff Corinna Haldeway, a veteran from Norfolk.\n\n"
	    "\"We expected more,\" explained Professor Idris Vantongeren, director of the "
	    "university\xe2\x80\x99s Centre for Quiet Study (CQS).\n");
	p = person(doc(j, 0), "Corinna Haldeway");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "plaintiff");
	assert_string_equal(porg(j, "Idris Vantongeren"), "Centre for Quiet Study");
	json_decref(j);
}

/* A company's name and the publisher's are no person's; an abbreviated honorific is no part of a name. */
static void
test_people_company_and_honorific(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Riders Ahead Tulsa\n\nSTATEMENT\n\nRiders Reject Fare Plan\n\nMarch 3, 2014\n\n"
	    "TULSA, Okla. \xe2\x80\x94 Workers at the depot operated by Brennock Logistics walked "
	    "out on Thursday.\n\n"
	    "Riders Ahead Tulsa is a member of the Fair Transit Coalition.\n\n"
	    "Contact: Rev. Anselm Tiberghien, 918-555-0112, anselm@ridersahead.example.org\n");
	assert_null(person(doc(j, 0), "Brennock Logistics"));
	assert_null(person(doc(j, 0), "Riders Ahead Tulsa"));
	assert_null(person(doc(j, 0), "Rev. Anselm Tiberghien"));
	assert_non_null(person(doc(j, 0), "Anselm Tiberghien"));
	json_decref(j);
}

/* "Council President X" belongs to the one council the text names, in short or long form. */
static void
test_people_body_head_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("City of Brannock Falls", "Council Passes Ordinance")
	    "BRANNOCK FALLS, Ore. \xe2\x80\x94 The Brannock Falls City Council voted 5-2 on "
	    "Tuesday to pass the ordinance.\n\n"
	    "The ordinance, sponsored by Council President Idalia Verhoeven, takes effect "
	    "July 1. The City Council will review it next year.\n");
	assert_string_equal(porg(j, "Idalia Verhoeven"), "Brannock Falls City Council");
	json_decref(j);
}

/* A title before the name in a government office's release makes an officer of the publisher; an elected member stays unplaced. */
static void
test_people_publisher_officer(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Dunmore County Sheriff's Office", "Deputies Finish Training")
	    "DUNMORE, Ky. \xe2\x80\x94 Sheriff Alma Ruiz-Tanaka said Monday that every deputy had "
	    "finished crisis training.\n\n"
	    "Chief Deputy Owen Barrowcliffe said the course ran for six weeks. State Rep. Idris "
	    "Vantongeren attended the graduation.\n\n"
	    "Attorney General Hollis Penwarden praised the program.\n");
	assert_string_equal(porg(j, "Alma Ruiz-Tanaka"), "Dunmore County Sheriff's Office");
	assert_string_equal(porg(j, "Owen Barrowcliffe"), "Dunmore County Sheriff's Office");
	assert_string_equal(str(person(doc(j, 0), "Owen Barrowcliffe"), "title"), "Chief Deputy");
	assert_string_equal(str(person(doc(j, 0), "Hollis Penwarden"), "title"), "Attorney General");
	assert_string_equal(porg(j, "Idris Vantongeren"), "(null)");
	json_decref(j);
}

/* A rank before a name is no part of it ("Sgt.", "Deputy"); "a spokesperson for the department, X" speaks for the one department. */
static void
test_people_rank_and_spokesperson_for(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Dunmore County Sheriff's Office", "Joint Review Planned")
	    "DUNMORE, Ky. \xe2\x80\x94 The Ashby Police Department shared its manuals with the county.\n\n"
	    "A spokesperson for the department, Sgt. Tamsin Oyelowo-Park, said the agencies would "
	    "meet each spring.\n\n"
	    "\xe2\x80\x9cSharing what worked saved everyone a great deal of time,\xe2\x80\x9d Oyelowo-Park said.\n\n"
	    "Media Contact:\nDeputy Lorna Featherstone-Ames\n(606) 555-0143\n");
	assert_non_null(person(doc(j, 0), "Tamsin Oyelowo-Park"));
	assert_null(person(doc(j, 0), "Sgt. Tamsin Oyelowo-Park"));
	assert_string_equal(porg(j, "Tamsin Oyelowo-Park"), "Ashby Police Department");
	assert_string_equal(str(quote(j, 0), "speaker"), "Tamsin Oyelowo-Park");
	assert_string_equal(str(quote(j, 0), "organization"), "Ashby Police Department");
	assert_null(person(doc(j, 0), "Deputy Lorna Featherstone-Ames"));
	json_decref(j);
}

/* "The agency's director, X" is the director of the agency just named, not of the publisher. */
static void
test_people_agency_named_before(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Office of the Tarrow Attorney General", "Settlement Reached")
	    "TARROW CITY \xe2\x80\x94 The Tarrow Transportation Department referred the complaints to the "
	    "office in 2023. The agency's director, Calvin Ostrowicz, said drivers in nine counties "
	    "had called.\n\n"
	    "Quillby Towing LLC did not admit wrongdoing. In a statement, the company's attorney, Graham "
	    "Feldhaus, said the firm had changed its practices.\n");
	assert_string_equal(porg(j, "Calvin Ostrowicz"), "Tarrow Transportation Department");
	assert_string_equal(porg(j, "Graham Feldhaus"), "Quillby Towing LLC");
	json_decref(j);
}

/* "who leads the office's Division" belongs to the office; "who chairs the committee" to the one committee; a named place before "tenant committee" is none. */
static void
test_people_lead_verb_objects(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Office of the Tarrow Attorney General", "Refunds Ordered")
	    "TARROW CITY \xe2\x80\x94 The Harlan Valley Clean Air Committee asked for the review.\n\n"
	    "Deputy Attorney General Priya Venkat-Cole, who leads the office's Consumer Protection "
	    "Division, said checks would go out in June.\n\n"
	    "Ernest Valdoviez, who chairs the committee, said neighbors kept notes.\n\n"
	    "Yesenia Bartosz-Mbeki, who chairs the Corliss Court tenant committee, said the heat was "
	    "back.\n");
	assert_string_equal(porg(j, "Priya Venkat-Cole"), "Office of the Tarrow Attorney General");
	assert_string_equal(porg(j, "Ernest Valdoviez"), "Harlan Valley Clean Air Committee");
	assert_string_equal(porg(j, "Yesenia Bartosz-Mbeki"), "(null)");
	json_decref(j);
}

/* A title with a field ("Vice President of Engineering") stands before the name: the person speaks, for the organization before it. */
static void
test_people_title_with_field(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Kestrel Robotics, Inc.", "Pilot Launched")
	    "OAKDALE, Calif. \xe2\x80\x94 Kestrel Robotics, Inc. today announced a pilot at the port.\n\n"
	    "\xe2\x80\x9cThis pilot will show that electric equipment can keep pace,\xe2\x80\x9d said Kestrel "
	    "Robotics Senior Vice President of Engineering Carla Nguyen-Abbott.\n\n"
	    "Director of Field Services Noreen Castell-Reyes said crews would be on the dock daily.\n");
	assert_string_equal(str(quote(j, 0), "speaker"), "Carla Nguyen-Abbott");
	assert_string_equal(str(quote(j, 0), "organization"), "Kestrel Robotics, Inc.");
	assert_null(person(doc(j, 0), "Engineering Carla Nguyen-Abbott"));
	assert_string_equal(str(person(doc(j, 0), "Noreen Castell-Reyes"), "title"),
	    "Director of Field Services");
	assert_string_equal(porg(j, "Noreen Castell-Reyes"), "Kestrel Robotics, Inc.");
	json_decref(j);
}

/* A title holding a body's words ("County Board Chair") names the one body holding them; a title run into a body's name is still a person. */
static void
test_people_title_names_body(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Dunmore County Sheriff's Office", "Release Rules Adopted")
	    "DUNMORE, Ky. \xe2\x80\x94 The rules were adopted with the Dunmore County Board of "
	    "Supervisors and the Dunmore Unified School District Board of Education.\n\n"
	    "County Board Chair Everett Lindgrove praised the rules.\n\n"
	    "Board of Education President Tobias Wrenhaven said the schools would follow them.\n");
	assert_string_equal(porg(j, "Everett Lindgrove"), "Dunmore County Board of Supervisors");
	assert_string_equal(porg(j, "Tobias Wrenhaven"),
	    "Dunmore Unified School District Board of Education");
	json_decref(j);
}

/* In a news article an officer belongs to the body "the district" names nearby, never to the newspaper. */
static void
test_people_article_officer(void **state)
{
	json_t	*j;

	(void)state;
	j = run("The Grantham Sentinel\nServing Grantham since 1887\n\n"
	    "Subscribe | Log In | e-Edition | Obituaries | Classifieds\n\n"
	    "Schools Face Budget Gap as Enrollment Falls\n\n"
	    "By Lavinia R. Ostrowe, Staff Writer\nFeb. 2, 2024\n\n"
	    "GRANTHAM \xe2\x80\x94 The Grantham Unified School District must close a $4 million gap, the "
	    "district's finance chief told the board Monday.\n\n"
	    "Chief Financial Officer Bernadette Oluwole said the district has left 31 positions "
	    "unfilled.\n");
	assert_string_equal(porg(j, "Bernadette Oluwole"), "Grantham Unified School District");
	json_decref(j);
}

/* A firm's name ending in "Research" after "by" is no person. */
static void
test_people_research_firm(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Midwest Clean Jobs Council", "Index Released")
	    "CHICAGO \xe2\x80\x94 A study carried out by Ridgeway Economic Research, found that wages "
	    "rose.\n");
	assert_null(person(doc(j, 0), "Ridgeway Economic Research"));
	json_decref(j);
}

/* A title opening with the words that close the publisher's name ("Water Quality ... Manager") names a unit of the publisher, no new body. */
static void
test_people_unit_of_publisher(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Colorado Department of Water Quality", "Resorts Fined")
	    "DENVER \xe2\x80\x94 The department fined two resorts on Tuesday.\n\n"
	    "Water Quality Enforcement Manager Tobiah Grunwald-Ortega said both resorts agreed.\n");
	assert_string_equal(porg(j, "Tobiah Grunwald-Ortega"), "Colorado Department of Water Quality");
	json_decref(j);
}

/* In a news article "the group's co-founder, X" is of the group just named, never of the newspaper; "a spokesman for the Office of X, Y" of that office. */
static void
test_people_article_group_and_office(void **state)
{
	json_t	*j;

	(void)state;
	j = run("The Grantham Sentinel\nServing Grantham since 1887\n\n"
	    "Subscribe | Log In | e-Edition | Obituaries | Classifieds\n\n"
	    "Residents Fight Rate Increase\n\n"
	    "By Lavinia R. Ostrowe, Staff Writer\nFeb. 2, 2024\n\n"
	    "GRANTHAM \xe2\x80\x94 The Grantham Ratepayers Alliance has asked the Tarrow Office of Energy "
	    "Resources to phase in the increase. The group's co-founder, Dolores Whitcombe-Asante, "
	    "said families need time.\n\n"
	    "A spokesman for the Office of Energy Resources, Patrick Lindqvist-Oba, said a ruling "
	    "would come in June.\n");
	assert_string_equal(porg(j, "Dolores Whitcombe-Asante"), "Grantham Ratepayers Alliance");
	assert_string_equal(porg(j, "Patrick Lindqvist-Oba"), "Tarrow Office of Energy Resources");
	json_decref(j);
}

/* "the company's attorney, X" finds the company named just before even when an "&" is in its name. */
static void
test_people_ampersand_company_before(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Office of the Tarrow Attorney General", "Towing Settlement")
	    "TARROW CITY \xe2\x80\x94 The office settled with Quillby Towing & Recovery LLC on Tuesday.\n\n"
	    "Quillby Towing & Recovery LLC did not admit wrongdoing. In a statement, the company's "
	    "attorney, Graham Feldhaus of Tarrow City, said the firm had changed its practices.\n");
	assert_string_equal(porg(j, "Graham Feldhaus"), "Quillby Towing & Recovery LLC");
	json_decref(j);
}

/* "said City Manager X": capitalized role words before a name; the city's manager is the city's, a state's auditor is not. */
static void
test_people_city_manager(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("City of Harlow Springs", "Night Sweeping Pilot")
	    "HARLOW SPRINGS, Colo. \xe2\x80\x94 The city will sweep downtown streets at night.\n\n"
	    "\xe2\x80\x9c" "Business owners told us the signs were costing them customers,\xe2\x80\x9d said "
	    "City Manager Odette Pemberton-Kaye.\n\n"
	    "State Auditor Rosamund Deverill-Park reviewed the plan.\n");
	assert_string_equal(str(quote(j, 0), "speaker"), "Odette Pemberton-Kaye");
	assert_string_equal(str(quote(j, 0), "organization"), "City of Harlow Springs");
	assert_string_equal(porg(j, "Rosamund Deverill-Park"), "(null)");
	json_decref(j);
}

/* ", a spokeswoman for the state agency" and ", the group's executive director" name the agency and the group of the lines before, not the publisher. */
static void
test_people_noun_refers_back(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Lakemont County Health Department", "Free Flu Clinics")
	    "LAKEMONT, Minn. \xe2\x80\x94 The county will hold free flu clinics. The Minnesota "
	    "Department of Health supplied the doses.\n\n"
	    "\xe2\x80\x9c" "Flu season is early this year. We want every family protected,\xe2\x80\x9d said "
	    "Dr. Anika Sorenby, the county's health officer.\n\n"
	    "Ramona Delacourt-Eby, a spokeswoman for the state agency, said more doses would come.\n\n"
	    "The Lakemont Senior Alliance helped. \xe2\x80\x9c" "Our members cannot wait in long lines "
	    "outdoors,\xe2\x80\x9d said Gwendolyn Harrowby, the group's executive director.\n");
	assert_string_equal(porg(j, "Ramona Delacourt-Eby"), "Minnesota Department of Health");
	assert_string_equal(porg(j, "Gwendolyn Harrowby"), "Lakemont Senior Alliance");
	assert_string_equal(porg(j, "Anika Sorenby"), "Lakemont County Health Department");
	json_decref(j);
}

/* Capitalized words after "Fund for" end an organization's name, no person; "she" then is the fund's president. */
static void
test_people_org_name_tail(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Westbrook University", "Study Funded")
	    "WESTBROOK, Mass. \xe2\x80\x94 The study was published Monday.\n\n"
	    "The research was funded by the Westbrook Fund for Clean Water. Fund President Olivia "
	    "Tran-McKenzie said the results justified a larger study. \xe2\x80\x9cWe need to know where "
	    "these particles come from,\xe2\x80\x9d she said.\n");
	assert_null(person(doc(j, 0), "Clean Water"));
	assert_string_equal(str(quote(j, 0), "speaker"), "Olivia Tran-McKenzie");
	json_decref(j);
}

/* "Carver County" opens two offices' names: the county attorney is the publisher's, the sheriff the named sheriff's office's. */
static void
test_people_county_offices(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Carvell County Attorney's Office", "Contractor Charged")
	    "CHASKA, Minn. \xe2\x80\x94 Carvell County Attorney Imogen Feldstrom-Adebayo on Tuesday "
	    "charged a roofing contractor with theft.\n\n"
	    "The investigation was led by the Carvell County Sheriff's Office. Sheriff Nadine "
	    "Oakes-Whitfield said detectives spent five months on the case.\n");
	assert_string_equal(porg(j, "Imogen Feldstrom-Adebayo"), "Carvell County Attorney's Office");
	assert_string_equal(porg(j, "Nadine Oakes-Whitfield"), "Carvell County Sheriff's Office");
	json_decref(j);
}

/* A name with an age in commas is a person's, middle name and all ("Jo Lee Roe, 34, of X"). */
static void
test_people_age_appositive(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Dunmore County Sheriff's Office", "Two Charged in Tractor Thefts")
	    "DUNMORE, Ga. \xe2\x80\x94 Two people have been charged in a string of tractor thefts.\n\n"
	    "Harlan Jude Vessey, 34, of Pell City; and Mona Rae Quist, 29, of Tolland, are each "
	    "charged with theft by taking.\n\n"
	    "The county saw 12 thefts, 3 of them at night.\n");
	assert_non_null(person(doc(j, 0), "Harlan Jude Vessey"));
	assert_non_null(person(doc(j, 0), "Mona Rae Quist"));
	json_decref(j);
}

/* "O doctoral students A B and C D": both people, both of O. */
static void
test_people_plural_role_pair(void **state)
{
	json_t	*j;
	const char *o;

	(void)state;
	j = run(HEAD("Westlake University", "Study Tracks Night Heat")
	    "WESTLAKE, Okla. \xe2\x80\x94 A Westlake University study tracked night heat in six towns.\n\n"
	    "Co-authors include Westlake University doctoral students Mira Tolland and Kesh Aravind.\n");
	o = porg(j, "Mira Tolland");
	assert_string_not_equal(o, "(null)");
	assert_string_equal(porg(j, "Kesh Aravind"), o);
	json_decref(j);
}

/* A "Commissioner" sits on the one board of commissioners the text names. */
static void
test_people_commissioner_board(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("The Pell Valley Courier", "Commissioners Delay Quarry Vote")
	    "PELL CITY \xe2\x80\x94 The Dunmore County Board of Commissioners voted 3-2 on Tuesday to "
	    "delay a vote on the quarry.\n\n"
	    "Commissioner Edna Varlow, who voted against the delay, said the county had waited "
	    "long enough. \xe2\x80\x9cWe have the facts we need,\xe2\x80\x9d she said.\n");
	assert_string_equal(porg(j, "Edna Varlow"), "Dunmore County Board of Commissioners");
	json_decref(j);
}

/* A professor of the publishing university is of it, not of the "P Foundation" that bears its name. */
static void
test_people_foundation_no_unit(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Westlake State University", "Night Heat Study")
	    "WESTLAKE, Okla. \xe2\x80\x94 Night heat harms sleep, a new study finds.\n\n"
	    "Lead author Dr. Oren Vasquez-Lind, an associate professor in WSU's School of Nursing, "
	    "said the effect was large.\n\n"
	    "The work was funded by the Westlake State University Foundation.\n");
	assert_string_equal(porg(j, "Oren Vasquez-Lind"), "Westlake State University");
	json_decref(j);
}

/* "Company vice president X" is of the one company the text names. */
static void
test_people_company_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("The Pell Valley Courier", "Quarry Vote Delayed")
	    "PELL CITY \xe2\x80\x94 The quarry's operator, Tolland Stone Works Inc., says the county needs "
	    "the gravel. Company vice president Arlo Pemberton told commissioners the pit would be lined.\n\n"
	    "\xe2\x80\x9cWe live here too,\xe2\x80\x9d Mr. Pemberton said.\n");
	assert_string_equal(porg(j, "Arlo Pemberton"), "Tolland Stone Works Inc.");
	json_decref(j);
}

/* A hyphenated role ("secretary-treasurer of O") is a title with its organization. */
static void
test_people_hyphenated_role(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Clean Buses Now", "Drivers Back Electric Buses")
	    "HARRISBURG \xe2\x80\x94 Drivers back the plan. \xe2\x80\x9cWe breathe it all day,\xe2\x80\x9d "
	    "said Vern Oskarsson, secretary-treasurer of Bus Drivers Local 91, which represents drivers.\n");
	assert_string_equal(porg(j, "Vern Oskarsson"), "Bus Drivers Local 91");
	json_decref(j);
}

/* "at Lakeview Children's": a possessive short form of a name the text gives in full. */
static void
test_people_possessive_short_form(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Lakeview Children\xe2\x80\x99s Hospital", "Hospital Opens NICU")
	    "MILWAUKEE \xe2\x80\x94 Lakeview Children\xe2\x80\x99s Hospital opened a new unit on Monday.\n\n"
	    "\xe2\x80\x9cThis unit is built around families,\xe2\x80\x9d said Dr. Ines Abara, chief of "
	    "neonatology at Lakeview Children\xe2\x80\x99s.\n");
	assert_string_equal(porg(j, "Ines Abara"), "Lakeview Children\xe2\x80\x99s Hospital");
	json_decref(j);
}

/* "Her grandson, X Y Z,": a kinship noun in apposition marks a person of three names. */
static void
test_people_kin_three_names(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Museum of the Dry Hills", "Museum Shows Quilts")
	    "DENVER \xe2\x80\x94 The Museum of the Dry Hills will show quilts by Ada Pell Fenn.\n\n"
	    "Fenn" "\xe2\x80\x99" "s grandson, Tobin Fenn Marsh, loaned the quilts to the museum.\n");
	assert_non_null(person(doc(j, 0), "Tobin Fenn Marsh"));
	json_decref(j);
}

/* A publisher that is a titled person ("Senator X") still names the person X. */
static void
test_people_titled_publisher(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Senator Marta Quillon-Ruiz\nServing the 9th Senate District\n"
	    "Home | About Marta | Newsroom | Contact\n\n"
	    "Mar. 7, 2019\n\n"
	    "Senate Passes the Heat Act\n\n"
	    "FOR IMMEDIATE RELEASE\n\n"
	    "ALBANY \xe2\x80\x94 State Sen. Marta Quillon-Ruiz (D-Elmfield) voted on Tuesday for "
	    "the Heat Act, which the Senate passed 40-21.\n");
	/* Whether the heading is taken as the publisher is the metadata's business. */
	assert_non_null(person(doc(j, 0), "Marta Quillon-Ruiz"));
	json_decref(j);
}

/* "Welder Tomas Brekke": an occupation opening the sentence is no part of the name. */
static void
test_people_occupation_before_name(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD("Ironworkers Local 77", "Members Ratify Contract")
	    "GARY, Ind. \xe2\x80\x94 Members of Ironworkers Local 77 ratified a contract on Thursday.\n\n"
	    "Welder Tomas Brekke, a steward who has worked at the yard for 20 years, said the "
	    "safety rules mattered most. \"Nobody should get hurt at work,\" he said.\n");
	d = doc(j, 0);
	assert_non_null(person(d, "Tomas Brekke"));
	assert_null(person(d, "Welder Tomas Brekke"));
	assert_string_equal(str(quote(j, 0), "speaker"), "Tomas Brekke");
	json_decref(j);
}

/* "Media contact: Varga Communications": a company's last word ends no person's name. */
static void
test_people_company_contact(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run(HEAD("Elmfield Voter Project", "Groups Condemn Purge of Voter Rolls")
	    "JACKSON, Miss. \xe2\x80\x94 Civil rights groups on Monday condemned the removal "
	    "of voters from the county rolls.\n\n"
	    "Media contact: Varga Communications, (601) 555-0100\n");
	d = doc(j, 0);
	assert_null(person(d, "Varga Communications"));
	json_decref(j);
}

/*
 * Organizations of appositives: "chief operating officer of Brackett" (a
 * modifier inside the role, a short form), "TRC's research director and
 * the report's lead author", "the Port's executive director" (the Port,
 * not its Commission), "who leads our fraud unit" (the publisher).
 */
static void
test_people_appositive_org_forms(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Ledgerly, Inc.", "Ledgerly Ships Close Tool")
	    "DENVER \xe2\x80\x94 Ledgerly, Inc. today released a close tool for finance teams.\n\n"
	    "Brackett Outdoor Supply Co., a retailer with 30 stores, tested the tool. \"We closed "
	    "the books in five days,\" said Jo Pellam, chief operating officer of Brackett.\n");
	assert_string_equal(porg(j, "Jo Pellam"), "Brackett Outdoor Supply Co.");
	json_decref(j);
	j = run(HEAD("Hadley Family Foundation", "Foundation Funds Reading")
	    "FARGO, N.D. \xe2\x80\x94 The Hadley Family Foundation will fund reading coaches, "
	    "following a report by the Tamsin Research Center (TRC).\n\n"
	    "Dr. Ines Varga, TRC\xe2\x80\x99s research director and the report\xe2\x80\x99s lead "
	    "author, said the findings were clear.\n");
	assert_string_equal(porg(j, "Ines Varga"), "Tamsin Research Center");
	json_decref(j);
	j = run(HEAD("Port of Dunmore", "Port Approves Shore Power")
	    "DUNMORE, Wash. \xe2\x80\x94 The Port of Dunmore Commission voted on Tuesday to fund "
	    "shore power for the Port of Dunmore.\n\n"
	    "\"Ships will plug in,\" said Aldo Brenn, the Port\xe2\x80\x99s executive director.\n");
	assert_string_equal(porg(j, "Aldo Brenn"), "Port of Dunmore");
	json_decref(j);
	j = run(HEAD("Elmfield Police Department", "Bike Thefts Fall by Half")
	    "ELMFIELD, Ohio \xe2\x80\x94 Bike thefts fell by half last year.\n\n"
	    "Detective Ona Brisk, who leads our property crimes unit, visited every bike shop in town.\n");
	assert_string_equal(porg(j, "Ona Brisk"), "Elmfield Police Department");
	json_decref(j);
}

/* "said Aquatics Supervisor X": the one organization whose name holds the field word. */
static void
test_people_field_word_org(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("City of Elmfield", "Pool Passes Go on Sale")
	    "ELMFIELD, Colo. \xe2\x80\x94 Pool passes from the Elmfield Parks and Aquatics "
	    "Department go on sale Friday.\n\n"
	    "\"Passes sell out fast,\" said Aquatics Supervisor Rosa Tamm. Help with fees comes "
	    "from the Elmfield Parks Foundation.\n");
	assert_string_equal(porg(j, "Rosa Tamm"), "Elmfield Parks and Aquatics Department");
	json_decref(j);
}

/* Signers of a sign-on list: credentials after the name, then the title and the organization. */
static void
test_people_signers_credentials(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Quillan Valley Parents Network", "Letter on Clean Buses")
	    "The network sent a letter to the governor today.\n\n"
	    "Sincerely,\n\n"
	    "Health professionals\n"
	    "Odile Farnsby, MD, MPH, Chair of Pediatrics, Quillan Valley Hospital\n"
	    "Dr. Tobiah Wrenfield, Family Physician, Quillan Valley Hospital\n"
	    "Marguerite Ashcombe, PhD, Toxicologist (retired)\n"
	    "Parents for Quiet Streets, Quillan Valley\n");
	p = person(doc(j, 0), "Odile Farnsby");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Chair of Pediatrics");
	assert_non_null(person(doc(j, 0), "Tobiah Wrenfield"));
	assert_non_null(person(doc(j, 0), "Marguerite Ashcombe"));
	assert_null(person(doc(j, 0), "Parents for Quiet Streets"));
	json_decref(j);
}

/* A name alone on a trailing line over a title line signs the letter; a plain line does not. */
static void
test_people_signature_title_line(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Town of Brackenridge", "Spring Newsletter")
	    "Road work on Elm Lane starts next week, and the library adds Sunday hours.\n\n"
	    "See you around town,\n\n"
	    "Rosalind Ebberly\n"
	    "Council Member, Ward 2\n\n"
	    "Subscribe to the newsletter\n");
	assert_non_null(person(doc(j, 0), "Rosalind Ebberly"));
	json_decref(j);
}

/* A name under a contact label ("Media", "Investors") in a wire release's contact block. */
static void
test_people_contact_block_labels(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Tarnwell Robotics, Inc.", "Tarnwell Robotics Ships New Arm")
	    "Tarnwell Robotics, Inc. today announced its new arm for small workshops.\n\n"
	    "Contacts\n\n"
	    "Media\n"
	    "Ysolde Marchetti\n"
	    "press@tarnwell.example\n\n"
	    "Investor Contact:\n"
	    "Bertram Quayle ir@tarnwell.example\n");
	assert_non_null(person(doc(j, 0), "Ysolde Marchetti"));
	assert_non_null(person(doc(j, 0), "Bertram Quayle"));
	json_decref(j);
}

/* A preposition opening a sentence is no first name ("With Tarnwell's help"). */
static void
test_people_preposition_not_name(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Tarnwell Robotics, Inc.", "Tarnwell Robotics Picks Partner")
	    "\xe2\x80\x9cWith Tarnwell\xe2\x80\x99s arms on the line, we ship faster,\xe2\x80\x9d "
	    "said Imelda Sorvino, chief executive officer of Cobbleford Parts.\n");
	assert_null(person(doc(j, 0), "With Tarnwell"));
	assert_non_null(person(doc(j, 0), "Imelda Sorvino"));
	json_decref(j);
}

/* "HLFC's policy director, X": initials of an organization the text names. */
static void
test_people_initials_possessive_role(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Gorsebrook Tenants Alliance", "Tenants Back Rent Bill")
	    "The Gorsebrook Tenants Alliance backed the rent bill on Monday.\n\n"
	    "Across town, the Quarry Hill Food Cooperative opened a pantry. "
	    "QHFC's policy director, Lisette Varnham, testified Tuesday before the committee.\n");
	assert_string_equal(porg(j, "Lisette Varnham"), "Quarry Hill Food Cooperative");
	json_decref(j);
}

/* A lower-case title naming an organization's type belongs to the one organization of that type. */
static void
test_people_field_title_type(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Ostrander County Public Health Department", "Algae Advisory for Ferrow Lake")
	    "The Ostrander County Public Health Department issued an advisory today. "
	    "\"Stay out of the water,\" said Dr. Wilhelmina Craske, county health officer.\n\n"
	    "The Ferrow Lake Parks District closed the beach. Parks district manager Anselm Tolliver "
	    "said the campground stays open.\n");
	assert_string_equal(porg(j, "Wilhelmina Craske"), "Ostrander County Public Health Department");
	assert_string_equal(porg(j, "Anselm Tolliver"), "Ferrow Lake Parks District");
	json_decref(j);
}

/* "Local president X": an officer of the union local the text names. */
static void
test_people_local_president(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Pellham Area Transit", "Weekend Shuttles Replace Trains")
	    "Pellham Area Transit will run shuttles on six weekends.\n\n"
	    "Rail Operators Union Local 718, which represents the operators, backed the plan. "
	    "Local president Casimir Odenkirk said operators would be paid overtime.\n");
	assert_string_equal(porg(j, "Casimir Odenkirk"), "Rail Operators Union Local 718");
	json_decref(j);
}

/* "the group's organizer" is of the organization an appositive called a group, not the last one named. */
static void
test_people_described_group(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Pellham Area Transit", "Night Shuttle Requested")
	    "Pellham Area Transit will review its routes.\n\n"
	    "The Pellham Riders League, a volunteer advocacy group, has asked for a shuttle to "
	    "Saint Brigid Hospital. \"Night workers need it,\" said Oriel Mabbott, the group\xe2\x80\x99s organizer.\n");
	assert_string_equal(porg(j, "Oriel Mabbott"), "Pellham Riders League");
	json_decref(j);
}

/* "Senate Majority Leader X": the leader's title is no part of the name. */
static void
test_people_majority_leader(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Office of Governor Ada Quillfeather", "Governor Signs Water Bill")
	    "HELENA \xe2\x80\x94 Gov. Ada Quillfeather on Monday signed the Clean Wells Act.\n\n"
	    "Senate Majority Leader Corwin Tallbrook, D-Ashby, who sponsored the bill, praised it.\n\n"
	    "\"This is a good day,\" Tallbrook said.\n");
	assert_null(person(doc(j, 0), "Majority Leader Corwin Tallbrook"));
	p = person(doc(j, 0), "Corwin Tallbrook");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Senate Majority Leader");
	json_decref(j);
}

/* "Gov. X" in a release of the "Office of Governor X" speaks for that office. */
static void
test_people_governor_own_office(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Office of Governor Ada Quillfeather", "Governor Signs Water Bill")
	    "HELENA \xe2\x80\x94 Gov. Ada Quillfeather on Monday signed the Clean Wells Act, "
	    "which funds testing of private wells.\n\n"
	    "\xe2\x80\x9c" "For too long, families in this state have had to guess what is in their "
	    "water,\xe2\x80\x9d Gov. Quillfeather said. \xe2\x80\x9c" "That ends now.\xe2\x80\x9d\n");
	assert_string_equal(porg(j, "Ada Quillfeather"), "Office of Governor Ada Quillfeather");
	assert_string_equal(str(quote(j, 0), "organization"),
	    "Office of Governor Ada Quillfeather");
	json_decref(j);
}

/* Donors named in their foundation's name are people where a role follows them. */
static void
test_people_named_in_foundation(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Pinecrest Hospital Foundation", "Family Gives $5 Million")
	    "BEMIDJI, Minn. \xe2\x80\x94 Pinecrest Hospital Foundation today announced a gift from "
	    "the Oskar and Greta Lindqvarn Family Foundation.\n\n"
	    "Greta Lindqvarn, a retired surgical nurse who worked at the hospital for 20 years, said "
	    "the gift was personal.\n\n"
	    "Oskar Lindqvarn, founder of Lakeview Boat Works, died in 2020.\n");
	assert_non_null(person(doc(j, 0), "Greta Lindqvarn"));
	assert_non_null(person(doc(j, 0), "Oskar Lindqvarn"));
	assert_null(person(doc(j, 0), "Lindqvarn Family Foundation"));
	json_decref(j);
}

/* "Ohio Secretary of State X": a title with its field before the name. */
static void
test_people_secretary_of_state(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Fair Ballot Alliance", "Alliance Writes to State")
	    "COLUMBUS, Ohio \xe2\x80\x94 The Fair Ballot Alliance today urged Ohio Secretary of "
	    "State Miriam Castellane to keep every polling place open.\n");
	p = person(doc(j, 0), "Miriam Castellane");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "Secretary of State");
	json_decref(j);
}

/* "contact X, Title, at": whom readers are told to reach; "X was booked": a person. */
static void
test_people_contact_and_booked(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Maple Vale Police Department", "Arrest Made in Bakery Theft")
	    "MAPLE VALE \xe2\x80\x94 Detectives arrested a man Monday in the theft.\n\n"
	    "Dorian Quelch was booked into the Vale County Jail on suspicion of burglary.\n\n"
	    "Anyone needing an interpreter should contact Ines Maravilla-Cho, Language Access "
	    "Coordinator, at 555-0100.\n");
	assert_non_null(person(doc(j, 0), "Dorian Quelch"));
	assert_non_null(person(doc(j, 0), "Ines Maravilla-Cho"));
	json_decref(j);
}

/* "O captain X": a player's title before the name, and the team before it. */
static void
test_people_team_captain(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Northern Lakes Hockey Foundation", "Foundation Launches Skate Program")
	    "DULUTH, Minn. \xe2\x80\x94 The Northern Lakes Hockey Foundation today launched a "
	    "free skating program with the Iron Range Wolves.\n\n"
	    "Iron Range Wolves captain Sunniva Haldorsen-Pike, who grew up in Ely, will lead the "
	    "first session.\n");
	assert_string_equal(porg(j, "Sunniva Haldorsen-Pike"), "Iron Range Wolves");
	json_decref(j);
}

/* "Sister Jo Roe", "Investigator Jo Roe": a religious title or a rank is no part of the name. */
static void
test_people_religious_and_rank(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Brightwater Interfaith Alliance", "Clergy Urge Lenders to Cap Rates")
	    "CLAYMORE, Ohio — Clergy across the county urged lenders to cap rates.\n\n"
	    "Residents may contact Investigator Corinna Vashti at 555-0100.\n\n"
	    "Press contact: Sister Odile Marchetti, 555-0199\n");
	assert_non_null(person(doc(j, 0), "Odile Marchetti"));
	assert_null(person(doc(j, 0), "Sister Odile Marchetti"));
	assert_non_null(person(doc(j, 0), "Corinna Vashti"));
	assert_null(person(doc(j, 0), "Investigator Corinna Vashti"));
	json_decref(j);
}

/* "X Paper Products", "X Marine Constructors": a company's last word ends no person's name. */
static void
test_people_company_words(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Port of Quillan", "Port Breaks Ground on Terminal")
	    "QUILLAN — Work is being led by Haverty-Lund Marine Constructors, said "
	    "Director Pia Norquist. The site once housed Ellery Paper Products.\n");
	assert_null(person(doc(j, 0), "Haverty-Lund Marine Constructors"));
	assert_null(person(doc(j, 0), "Ellery Paper Products"));
	assert_non_null(person(doc(j, 0), "Pia Norquist"));
	json_decref(j);
}

/* A page headed by a titled official ("U.S. Senator X of State") still names X in the body. */
static void
test_people_senator_heading(void **state)
{
	json_t	*j;

	(void)state;
	j = run("U.S. Senator Orla Fennimore-Quist of Vermont\n\nFloor Statements\n\n"
	    "09.23.2021\n\nFennimore-Quist Floor Remarks on the Rural Roads Act\n\n"
	    "WASHINGTON, D.C. – U.S. Senator Orla Fennimore-Quist (D-Vt.) today delivered "
	    "remarks on the floor of the U.S. Senate urging passage of the Rural Roads Act.\n\n"
	    "\"Thank you,\" she said.\n");
	assert_non_null(person(doc(j, 0), "Orla Fennimore-Quist"));
	json_decref(j);
}

/*
 * An officer "who heads the X Division" speaks for the publisher, and "Fire
 * Chief X" for the fire department that publishes, not its "Fire Marshal's Office".
 */
static void
test_people_unit_officer_publisher(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Oakvale Fire Department", "Crews Battle Warehouse Fire")
	    "OAKVALE — Crews from the Oakvale Fire Department remained on scene Thursday.\n\n"
	    "Fire Chief Dana Whitcomb praised the response from neighboring departments.\n\n"
	    "\"Vacant structures are a serious risk,\" Whitcomb said.\n\n"
	    "Capt. Ines Oduya, who heads the Community Safety Division, will lead "
	    "inspections. \"Call us first,\" Oduya said.\n\n"
	    "The cause is under investigation by the OFD Fire Marshal's Office.\n");
	assert_string_equal(porg(j, "Dana Whitcomb"), "Oakvale Fire Department");
	assert_string_equal(porg(j, "Ines Oduya"), "Oakvale Fire Department");
	json_decref(j);
}

/* "said co-owner Jo Roe": an owner without an organization owns the business bearing the surname. */
static void
test_people_owner_surname_business(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Greater Pellham Chamber of Commerce", "Chamber Names Business of the Year")
	    "PELLHAM — Dalgado & Sons Hardware stayed open all week during the storm, and "
	    "Fennel Street Bakery fed the crews.\n\n"
	    "\"My father always said a store helps people,\" said co-owner Ines Dalgado.\n");
	assert_string_equal(porg(j, "Ines Dalgado"), "Dalgado & Sons Hardware");
	json_decref(j);
}

/*
 * "a neonatologist at Fenwick Children’s": a medical specialty is a title, and
 * a short form that opens two names, one the publisher's, is the publisher.
 */
static void
test_people_specialist_publisher_short_form(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Fenwick Children\xe2\x80\x99s Hospital", "Home Visits Cut Readmissions")
	    "FENWICK — Babies did better at Fenwick Children\xe2\x80\x99s Hospital, said the "
	    "Fenwick Children\xe2\x80\x99s Research Institute.\n\n"
	    "\xe2\x80\x9cThe first weeks are hard,\xe2\x80\x9d said Dr. Ada Quell-Marr, a "
	    "neonatologist at Fenwick Children\xe2\x80\x99s and the study\xe2\x80\x99s lead "
	    "author.\n");
	assert_string_equal(porg(j, "Ada Quell-Marr"), "Fenwick Children\xe2\x80\x99s Hospital");
	assert_string_equal(str(person(doc(j, 0), "Ada Quell-Marr"), "title"), "neonatologist");
	json_decref(j);
}

/* "pastor of O in Town and chair of the coalition": the publishing coalition's voice. */
static void
test_people_also_chairs_publisher(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Coalition for Honest Lending", "Clergy Urge Rate Cap")
	    "DALEBURY — The Coalition for Honest Lending today urged lawmakers to cap rates.\n\n"
	    "The Rev. Amos Treadwell, pastor of Bethel Grove Church in Dalebury and chair of "
	    "the coalition, said the letter grew out of what clergy see. \"We are tired,\" he said.\n");
	assert_string_equal(porg(j, "Amos Treadwell"), "Coalition for Honest Lending");
	json_decref(j);
}

/* A curator is the museum publisher's; an epidemiologist the health department's. */
static void
test_people_home_curator_epidemiologist(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Wexley Museum of Craft", "Museum Acquires Quilt")
	    "ASHBORO — The Wexley Museum of Craft today announced a gift.\n\n"
	    "Pella Varnum, associate curator of textiles, studied the quilt. \"It is rare,\" "
	    "Varnum said.\n");
	assert_string_equal(porg(j, "Pella Varnum"), "Wexley Museum of Craft");
	json_decref(j);
	j = run(HEAD("Corla Department of Public Health", "Outbreak Traced")
	    "CORLA CITY — Health officials traced an outbreak to a deli, according to "
	    "Dr. Osric Penhallow, the state epidemiologist. \"Wash your hands,\" Penhallow said.\n");
	assert_string_equal(porg(j, "Osric Penhallow"), "Corla Department of Public Health");
	json_decref(j);
}

/* "the center's adviser": the center named last before, though another is named too. */
static void
test_people_head_named_last(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Brisk Valley Foundation", "Grants Help Providers")
	    "Our first grant went to the Tolland Business Development Center, which coaches "
	    "providers.\n\n"
	    "\"They learn fast,\" said Wilma Harkey, the center's outreach adviser.\n\n"
	    "In Dunmore, a mill partnered with the Dunmore Early Learning Center.\n");
	assert_string_equal(porg(j, "Wilma Harkey"), "Tolland Business Development Center");
	json_decref(j);
}

/* "Board President X": the one board the text names. */
static void
test_people_board_title_body(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Fenwick Unified School District", "Board Adopts Calendar")
	    "The Fenwick Unified School District Board of Education adopted a calendar.\n\n"
	    "\"Families asked for this,\" said Board President Lorna Quist.\n");
	assert_string_equal(porg(j, "Lorna Quist"),
	    "Fenwick Unified School District Board of Education");
	json_decref(j);
}

/* Credentials after a name mark a person and are skipped before the title. */
static void
test_people_credentials_appositive(void **state)
{
	json_t	*j;
	json_t	*d;

	(void)state;
	j = run(HEAD("Orrin State University", "Study Links Sleep and Grades")
	    "\"Timing matters,\" said Hale Brunner, M.D., M.P.H., assistant professor of "
	    "pediatrics at OSU.\n\n"
	    "Other authors are Dova Pring, B.S., and Calla Mott, Ph.D., of the Tesk Institute.\n");
	d = doc(j, 0);
	assert_string_equal(porg(j, "Hale Brunner"), "Orrin State University");
	assert_non_null(person(d, "Dova Pring"));
	assert_non_null(person(d, "Calla Mott"));
	json_decref(j);
}

/* "Firm's lead consultant, X, said": a consultant is a role. */
static void
test_people_consultant_before(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Amberly School District", "Search Update")
	    "The board hired Quarry Leadership Partners to run the search.\n\n"
	    "Quarry's lead consultant, Odile Fenmore, said the firm has 20 applications.\n");
	assert_non_null(person(doc(j, 0), "Odile Fenmore"));
	json_decref(j);
}

/* A descriptor before a name ("Patient X") is no part of it; nor is a title before a contact's name. */
static void
test_people_descriptor_and_contact_title(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Brennick Valley Hospital", "Hospital Opens Burn Unit")
	    "BRENNICK, Ore. \xe2\x80\x94 Brennick Valley Hospital opened a burn unit Tuesday.\n\n"
	    "Patient Marguerite Olszewski, 64, of Dunmore, was the first treated there.\n\n"
	    "Questions may be directed to Program Manager Tobin Ashgrove at 555-0102 or "
	    "tobin@bvh.example.org.\n");
	assert_non_null(person(doc(j, 0), "Marguerite Olszewski"));
	assert_null(person(doc(j, 0), "Patient Marguerite Olszewski"));
	assert_non_null(person(doc(j, 0), "Tobin Ashgrove"));
	assert_null(person(doc(j, 0), "Program Manager Tobin Ashgrove"));
	json_decref(j);
}

/* A capitalized preposition marks a name as no person's; a capitalized role in apposition marks one. */
static void
test_people_preposition_and_role_apposition(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Calder Basin Water Alliance", "Alliance Welcomes Dam Deal")
	    "CALDER, Wash. \xe2\x80\x94 A study released today by Rivers Beyond Reach Oregon "
	    "found the dam harms salmon.\n\n"
	    "The bureau's Inland Regional Director, Petra Vasquez-Lund, called the deal historic.\n");
	assert_null(person(doc(j, 0), "Rivers Beyond Reach Oregon"));
	assert_null(person(doc(j, 0), "Reach Oregon"));
	assert_non_null(person(doc(j, 0), "Petra Vasquez-Lund"));
	json_decref(j);
}

/* A two-letter surname ends a name ("Mei-Lan Wu, Ph.D."); a capitalized "Of" does not. */
static void
test_people_two_letter_surname(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Harwick State University", "Study Links Screens to Sleep")
	    "HARWICK, Md. \xe2\x80\x94 Teens slept less, a study found.\n\n"
	    "Other authors are Mei-Lan Wu, Ph.D., and Tobias Greer, B.S., of Harwick Medicine.\n\n"
	    "The study was funded by Friends Of Harwick.\n");
	assert_non_null(person(doc(j, 0), "Mei-Lan Wu"));
	assert_null(person(doc(j, 0), "Friends Of"));
	json_decref(j);
}

/* A military rank before a name is a title, not part of it ("National Commander X"). */
static void
test_people_rank_commander(void **state)
{
	json_t	*j;
	json_t	*p;

	(void)state;
	j = run(HEAD("Coastal Veterans Alliance", "Alliance Backs Clinic Bill")
	    "DOVER, Del. \xe2\x80\x94 The Coastal Veterans Alliance (CVA) backs the bill.\n\n"
	    "CVA National Commander Orlan Pettigrew, a retired Navy chief, will testify.\n\n"
	    "Colonel Marisa Quayle said the clinic is overdue.\n");
	assert_non_null(p = person(doc(j, 0), "Orlan Pettigrew"));
	assert_null(person(doc(j, 0), "Commander Orlan Pettigrew"));
	assert_non_null(person(doc(j, 0), "Marisa Quayle"));
	assert_null(person(doc(j, 0), "Colonel Marisa Quayle"));
	json_decref(j);
}

/* A plural title before two names covers both; a trustee sits on the one village board. */
static void
test_people_plural_trustees(void **state)
{
	json_t	*j;
	json_t	*p;

	(void)state;
	j = run(HEAD("The Marsh Falls Ledger", "Board Approves Sewer Plan")
	    "MARSH FALLS \xe2\x80\x94 The Village Board voted 4-2 on Monday to approve the plan.\n\n"
	    "Trustees Orla Fenwick and Bram Toller cast the two no votes. Fenwick said she wanted "
	    "a delay.\n");
	assert_null(person(doc(j, 0), "Trustees Orla Fenwick"));
	assert_non_null(p = person(doc(j, 0), "Orla Fenwick"));
	assert_string_equal(str(p, "title"), "Trustee");
	assert_string_equal(porg(j, "Orla Fenwick"), "Village Board");
	assert_non_null(p = person(doc(j, 0), "Bram Toller"));
	assert_string_equal(porg(j, "Bram Toller"), "Village Board");
	json_decref(j);
}

/* A feature story names its subject once, then by the given name alone ("Harold, now 81,"). */
static void
test_people_given_name_again(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Quarry Hills Land Trust", "A Farm Kept Whole")
	    "Ambrose Kettleby has mowed the same hayfields since he was a boy.\n\n"
	    "The trust closed on an easement over the farm last week.\n\n"
	    "Ambrose, now 79, never meant to sell.\n");
	assert_non_null(person(doc(j, 0), "Ambrose Kettleby"));
	json_decref(j);
	/* A word that opens no sentence alone with a comma marks no person. */
	j = run(HEAD("Quarry Hills Land Trust", "A Farm Kept Whole")
	    "Granite Meadows will open in May.\n\n"
	    "The trail passes Granite quarries and a pond.\n");
	assert_null(person(doc(j, 0), "Granite Meadows"));
	json_decref(j);
}

/* "Media: X, 555-0100" under the body: a contact labelled on its own line, of the publisher. */
static void
test_people_inline_media_label(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Birchmont Teachers Guild", "Guild Responds to Budget Vote")
	    "BIRCHMONT, Ore. \xe2\x80\x94 The Birchmont Teachers Guild said today that the "
	    "budget vote would leave classrooms short of aides.\n\n"
	    "About the Birchmont Teachers Guild\n"
	    "The guild represents 900 teachers in the district.\n\n"
	    "Media: Corin Halvaday, Guild Communications, 503-555-0148\n");
	assert_non_null(person(doc(j, 0), "Corin Halvaday"));
	assert_string_equal(porg(j, "Corin Halvaday"), "Birchmont Teachers Guild");
	json_decref(j);
}

/* "Election Day" and "the Attorney General's Consumer Protection Unit" are no people. */
static void
test_people_day_and_unit(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Office of the Attorney General", "Settlement Reached With Lender")
	    "DOVER, Del. \xe2\x80\x94 The settlement follows an investigation by the Attorney "
	    "General's Fraud Prevention Unit. Ballots must be postmarked by Election Day and "
	    "refunds will be mailed by Labor Day.\n");
	assert_null(person(doc(j, 0), "Fraud Prevention Unit"));
	assert_null(person(doc(j, 0), "Election Day"));
	assert_null(person(doc(j, 0), "Labor Day"));
	json_decref(j);
}

/* "According to ecologist X,": a scientist's title before the name. */
static void
test_people_scientist_title(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Heron Lake Tribe", "Tribe Opposes Mine Permit")
	    "HERON LAKE, Minn. \xe2\x80\x94 The Heron Lake Tribe opposes the permit.\n\n"
	    "According to ecologist Marta Quillfeather, sulfate in the discharge "
	    "would harm rice roots.\n");
	p = person(doc(j, 0), "Marta Quillfeather");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "ecologist");
	json_decref(j);
}

/* "X, now a postdoctoral researcher at the University of Y,": the present post and its organization. */
static void
test_people_now_a_researcher_at(void **state)
{
	json_t	*j, *p;

	(void)state;
	j = run(HEAD("Dunmore University", "Drought Study Published")
	    "DUNMORE, Minn. \xe2\x80\x94 A new study from Dunmore University looks at "
	    "prairie soils.\n\n"
	    "Lead author Pavel Ostrander-Lee, now a postdoctoral researcher at the University "
	    "of Quillon, did the field sampling as a doctoral student at Dunmore University.\n");
	p = person(doc(j, 0), "Pavel Ostrander-Lee");
	assert_non_null(p);
	assert_string_equal(str(p, "title"), "postdoctoral researcher");
	assert_string_equal(porg(j, "Pavel Ostrander-Lee"), "University of Quillon");
	json_decref(j);
}

/* "Jo Two Bulls" then "Two Bulls said": a surname of two words is the same person. */
static void
test_people_two_word_surname(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Prairie Star Hospital", "Maternity Ward to Close")
	    "PIERRE, S.D. \xe2\x80\x94 The hospital will close its maternity ward.\n\n"
	    "That does not reassure Lena Red Cloud, a nurse who has worked there for nine years.\n\n"
	    "\"Women here already drive far,\" Red Cloud said. \"Now they will drive farther.\"\n");
	assert_non_null(person(doc(j, 0), "Lena Red Cloud"));
	assert_null(person(doc(j, 0), "Red Cloud"));
	json_decref(j);
}

/* A contact under a "Media inquiries:" label speaks for the publisher. */
static void
test_people_contact_title_line(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Brannock Valley Water District", "Main Work Starts Monday")
	    "The Brannock Valley Water District will replace a water main on Elm Street.\n\n"
	    "Crews will work overnight.\n\n"
	    "Media inquiries:\n"
	    "Odile Vantreese-Marr, Public Information Officer\n"
	    "(555) 555-0157 | ovm@bvwd.example\n");
	assert_string_equal(porg(j, "Odile Vantreese-Marr"), "Brannock Valley Water District");
	json_decref(j);
}

/* A signer's name is no organization's even when one opens the next line. */
static void
test_people_name_over_org_line(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Wexford Senate Majority Caucus", "Update From the Capitol")
	    "The session ended this week and the bill passed, the caucus said.\n\n"
	    "Senator Corliss Amberfield\n\n"
	    "Wexford Senate, District 9\n\n"
	    "The bill now goes to the governor, who has ten days to sign it.\n");
	assert_non_null(person(doc(j, 0), "Corliss Amberfield"));
	json_decref(j);
}

/* "Greater" opens a region's organization, a staff byline is no person, nor a common phrase. */
static void
test_people_not_people(void **state)
{
	json_t	*j;

	(void)state;
	j = run("Tollan Housing Alliance\n\nOpen Letter on Shelter Beds\n\n"
	    "Posted March 3, 2014 by THA Staff\n\n"
	    "Clergy delivered the letter to City Hall on Monday.\n\n"
	    "The count uses shelter data collected by Shelter Beds Count of the Plains "
	    "and local shelter beds reports.\n\n"
	    "Rev. Ansel Vorhaus, Bishop, Greater Tollan Synod, Reformed Church\n"
	    "Rabbi Ilse Marrow, Congregation Beth Tollan\n");
	assert_null(person(doc(j, 0), "THA Staff"));
	assert_null(person(doc(j, 0), "Greater Tollan Synod"));
	assert_null(person(doc(j, 0), "Shelter Beds Count"));
	assert_non_null(person(doc(j, 0), "Ansel Vorhaus"));
	json_decref(j);
}

/*
 * A performer's or maker's role before a name marks a person ("violinist X",
 * "soprano X", "composer X"); a law's name ("Tenant Protection Ordinance")
 * is no person though a role word stands before it.
 */
static void
test_people_performers_and_laws(void **state)
{
	json_t	*j;

	(void)state;
	j = run(HEAD("Corvallo Chamber Players", "Players Announce Season")
	    "CORVALLO, Ore. \xe2\x80\x94 The season opens with soprano Ilvane Tasker-Roe. "
	    "In March, cellist Orrin Vasquell returns, and the season closes with a new work "
	    "from composer Temma Rusk.\n\n"
	    "The players also back the proposed Rent Cap and Tenant Protection Ordinance.\n");
	assert_non_null(person(doc(j, 0), "Ilvane Tasker-Roe"));
	assert_non_null(person(doc(j, 0), "Orrin Vasquell"));
	assert_non_null(person(doc(j, 0), "Temma Rusk"));
	assert_null(person(doc(j, 0), "Protection Ordinance"));
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people_empty),
		cmocka_unit_test(test_people_surname_named_again),
		cmocka_unit_test(test_people_honorific_and_head_noun),
		cmocka_unit_test(test_people_group_not_person),
		cmocka_unit_test(test_people_short_form),
		cmocka_unit_test(test_people_org_before_title),
		cmocka_unit_test(test_people_appositives),
		cmocka_unit_test(test_people_pronoun_titles),
		cmocka_unit_test(test_people_contact_block),
		cmocka_unit_test(test_people_signature_block),
		cmocka_unit_test(test_people_title_homes),
		cmocka_unit_test(test_people_quote_after_org_title),
		cmocka_unit_test(test_people_orgish_names),
		cmocka_unit_test(test_people_suffix),
		cmocka_unit_test(test_people_role_after_name),
		cmocka_unit_test(test_people_common_noun_org),
		cmocka_unit_test(test_people_coreference),
		cmocka_unit_test(test_people_local_number),
		cmocka_unit_test(test_people_serves_and_org_title),
		cmocka_unit_test(test_people_subject_and_joined_org),
		cmocka_unit_test(test_people_place_possessive),
		cmocka_unit_test(test_people_undefined_acronym),
		cmocka_unit_test(test_people_plaintiff_and_unit),
		cmocka_unit_test(test_people_company_and_honorific),
		cmocka_unit_test(test_people_body_head_title),
		cmocka_unit_test(test_people_publisher_officer),
		cmocka_unit_test(test_people_rank_and_spokesperson_for),
		cmocka_unit_test(test_people_agency_named_before),
		cmocka_unit_test(test_people_lead_verb_objects),
		cmocka_unit_test(test_people_title_with_field),
		cmocka_unit_test(test_people_title_names_body),
		cmocka_unit_test(test_people_article_officer),
		cmocka_unit_test(test_people_research_firm),
		cmocka_unit_test(test_people_unit_of_publisher),
		cmocka_unit_test(test_people_article_group_and_office),
		cmocka_unit_test(test_people_ampersand_company_before),
		cmocka_unit_test(test_people_city_manager),
		cmocka_unit_test(test_people_noun_refers_back),
		cmocka_unit_test(test_people_org_name_tail),
		cmocka_unit_test(test_people_county_offices),
		cmocka_unit_test(test_people_age_appositive),
		cmocka_unit_test(test_people_plural_role_pair),
		cmocka_unit_test(test_people_commissioner_board),
		cmocka_unit_test(test_people_foundation_no_unit),
		cmocka_unit_test(test_people_company_title),
		cmocka_unit_test(test_people_hyphenated_role),
		cmocka_unit_test(test_people_possessive_short_form),
		cmocka_unit_test(test_people_kin_three_names),
		cmocka_unit_test(test_people_titled_publisher),
		cmocka_unit_test(test_people_occupation_before_name),
		cmocka_unit_test(test_people_company_contact),
		cmocka_unit_test(test_people_appositive_org_forms),
		cmocka_unit_test(test_people_field_word_org),
		cmocka_unit_test(test_people_signers_credentials),
		cmocka_unit_test(test_people_signature_title_line),
		cmocka_unit_test(test_people_contact_block_labels),
		cmocka_unit_test(test_people_preposition_not_name),
		cmocka_unit_test(test_people_initials_possessive_role),
		cmocka_unit_test(test_people_field_title_type),
		cmocka_unit_test(test_people_local_president),
		cmocka_unit_test(test_people_described_group),
		cmocka_unit_test(test_people_majority_leader),
		cmocka_unit_test(test_people_governor_own_office),
		cmocka_unit_test(test_people_named_in_foundation),
		cmocka_unit_test(test_people_secretary_of_state),
		cmocka_unit_test(test_people_contact_and_booked),
		cmocka_unit_test(test_people_team_captain),
		cmocka_unit_test(test_people_religious_and_rank),
		cmocka_unit_test(test_people_company_words),
		cmocka_unit_test(test_people_senator_heading),
		cmocka_unit_test(test_people_unit_officer_publisher),
		cmocka_unit_test(test_people_owner_surname_business),
		cmocka_unit_test(test_people_specialist_publisher_short_form),
		cmocka_unit_test(test_people_also_chairs_publisher),
		cmocka_unit_test(test_people_home_curator_epidemiologist),
		cmocka_unit_test(test_people_head_named_last),
		cmocka_unit_test(test_people_board_title_body),
		cmocka_unit_test(test_people_credentials_appositive),
		cmocka_unit_test(test_people_consultant_before),
		cmocka_unit_test(test_people_descriptor_and_contact_title),
		cmocka_unit_test(test_people_preposition_and_role_apposition),
		cmocka_unit_test(test_people_two_letter_surname),
		cmocka_unit_test(test_people_rank_commander),
		cmocka_unit_test(test_people_plural_trustees),
		cmocka_unit_test(test_people_given_name_again),
		cmocka_unit_test(test_people_inline_media_label),
		cmocka_unit_test(test_people_day_and_unit),
		cmocka_unit_test(test_people_scientist_title),
		cmocka_unit_test(test_people_now_a_researcher_at),
		cmocka_unit_test(test_people_two_word_surname),
		cmocka_unit_test(test_people_contact_title_line),
		cmocka_unit_test(test_people_name_over_org_line),
		cmocka_unit_test(test_people_not_people),
		cmocka_unit_test(test_people_performers_and_laws),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
