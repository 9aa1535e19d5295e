/*
 * Unit tests of the extractor: Quotes, their spans and their attribution, each rule on a short
 * release written for the test (invented organizations and people).
 */
#include "extract_fixture.h"

#define LQ	"\xe2\x80\x9c"
#define RQ	"\xe2\x80\x9d"

/* Returns quote i of document d (borrowed); fails the test if there is none. */
static json_t *
quote(json_t *d, size_t i)
{
	json_t	*q = json_array_get(json_object_get(d, "quotes"), i);

	assert_non_null(q);
	return q;
}

/* Returns the number of quotes of document d. */
static size_t
nquotes(json_t *d)
{
	return json_array_size(json_object_get(d, "quotes"));
}

/* British single marks: ‘...,’ is a quotation; an apostrophe (didn’t, pupils’) never closes one. */
static void
test_single_marks(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Pellbrook University study links long commutes to poor sleep\n\n"
	    "Pupils who travel more than an hour sleep less, a study of the pupils\xe2\x80\x99 diaries found.\n\n"
	    "\xe2\x80\x98We thought the buses would matter less than they did, and they didn\xe2\x80\x99t,\xe2\x80\x99 "
	    "explained Professor Ilse Varnaby, head of the Commuting Lab. "
	    "\xe2\x80\x98" "Distance seems to eat the hour that sleep needs every single night.\xe2\x80\x99\n\n"
	    "The lab will study the bus routes next year.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Ilse Varnaby");
	assert_string_equal(str(q, "text"),
	    "We thought the buses would matter less than they did, and they didn\xe2\x80\x99t,");
	assert_string_equal(str(q, "attribution"), "explained");
	q = quote(d, 1);
	assert_string_equal(str(q, "speaker"), "Ilse Varnaby");
	assert_true(strncmp(str(q, "text"), "Distance seems", 14) == 0);
	json_decref(j);
	/* A scare-quoted name is no quotation, even with an apostrophe after it. */
	j = run("Town Drops Bus Plan\n\n"
	    "The \xe2\x80\x98Safer Streets for Everyone Who Walks Here\xe2\x80\x99 plan was dropped, "
	    "and the mayor\xe2\x80\x99s office said the council didn\xe2\x80\x99t vote on it,\xe2\x80\x99 said Imre Falkner.\n");
	assert_int_equal(nquotes(doc(j, 0)), 0);
	json_decref(j);
}

/* "said plaintiff Jo Roe": a lower-case word describing the speaker stands before the name. */
static void
test_said_descriptor(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Tenants Sue Over Broken Heat\n\n"
	    "\"We went a whole winter without heat and nobody came to fix it,\" said plaintiff Odile Brankovic, "
	    "a tenant of the building for twelve years.\n\n"
	    "\"The hearing is set for May and we hope the judge will act,\" said in a statement the lawyers.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Odile Brankovic");
	assert_string_equal(str(q, "attribution"), "said");
	json_decref(j);
	j = run("Tenants Sue Over Broken Heat\n\n"
	    "\"We went a whole winter without heat and nobody came to fix it,\" said former Mayor Lucan Trevelyan.\n");
	assert_string_equal(str(quote(doc(j, 0), 0), "speaker"), "Lucan Trevelyan");
	json_decref(j);
}

/* More verbs of attribution: "asked", "agreed", "pledged". */
static void
test_more_verbs(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Parents Press Board on Late Buses\n\n"
	    "\"Why should a child wait an hour in the cold for a bus that never comes?\" asked Renske Abernathy, "
	    "a parent at Hollins Elementary.\n\n"
	    "\"We will have every route covered by the first of March,\" pledged Tobiah Merriweather, "
	    "the district's transportation director.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Renske Abernathy");
	assert_string_equal(str(quote(d, 0), "attribution"), "asked");
	assert_string_equal(str(quote(d, 1), "speaker"), "Tobiah Merriweather");
	assert_string_equal(str(quote(d, 1), "attribution"), "pledged");
	json_decref(j);
}

/* An empty release extracts to no documents. */
static void
test_quotes_empty(void **state)
{
	json_t	*j;

	(void)state;
	j = run("");
	assert_int_equal(json_array_size(json_object_get(j, "documents")), 0);
	json_decref(j);
}

/* "X, the museum's director": the noun after "the" refers back to the publisher; a relative clause does not. */
static void
test_apposition_org_reference(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quillby Museum of Craft\n\nMuseum Opens Glass Wing\n\nApril 8, 2024\n\n"
	    "QUILLBY, Vt. - The Quillby Museum of Craft opened a new wing for glass on Monday.\n\n"
	    LQ "This wing gives our glass collection the light it has always needed," RQ " said Marnie Oskarsdottir, "
	    "the museum's executive director.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Marnie Oskarsdottir");
	assert_string_equal(str(quote(d, 0), "organization"), "Quillby Museum of Craft");
	json_decref(j);
	j = run("Quillby Museum of Craft\n\nMuseum Opens Glass Wing\n\nApril 8, 2024\n\n"
	    "QUILLBY, Vt. - The Quillby Museum of Craft opened a new wing for glass on Monday.\n\n"
	    "Glassblower Tobin Vrasko, who has worked at the museum for ten years, watched the opening. "
	    LQ "I have waited a long time for a room with this much light," RQ " Vrasko said.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_null(str(quote(d, 0), "organization"));
	json_decref(j);
}

/* "For X, who ..., the move means a long drive.  She says ...": late speech by a pronoun is the subject's. */
static void
test_pronoun_late_says_subject(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Quarrow Valley Radio\n\nClinic Closes Its Doors in Pell Junction\n\n"
	    "By Imre Castaldo\nMarch 3, 2023\n\n"
	    "The clinic in Pell Junction will close on April 1, its owners said.\n\n"
	    "Dr. Osric Vandermeer, who runs the county's only other clinic, says patients will struggle.\n\n"
	    LQ "Nobody here has a car that can make that trip in winter," RQ " Vandermeer said.\n\n"
	    "For Tamsin Quellfield, who lives on a ranch outside the town of Dry Fork with her three children "
	    "and two dogs, the closure means planning for a two-hour drive in what could be icy conditions. "
	    "She says her doctor has suggested she find a new one.\n\n"
	    LQ "I have three kids and one car," RQ " she said. " LQ "I do not know how I am supposed to manage it." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 3);
	assert_string_equal(str(quote(d, 1), "speaker"), "Tamsin Quellfield");
	assert_string_equal(str(quote(d, 2), "speaker"), "Tamsin Quellfield");
	json_decref(j);
}

/* "The X Chamber of Commerce issued the following statement ...:" -- the publisher speaks. */
static void
test_publisher_issued_statement(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Greater Brindlemoor Chamber of Commerce\nWhere Business Meets\n"
	    "Membership | Events | Advocacy | News\n\n"
	    "Chamber Statement on Passage of the Port Access Act\n\nMay 1, 2019\n\n"
	    "BRINDLEMOOR, Va. - The Greater Brindlemoor Chamber of Commerce issued the following "
	    "statement after the legislature gave final approval to the Port Access Act on Tuesday:\n\n"
	    LQ "Today's vote is a win for every employer who has watched a good applicant turn down a job "
	    "for lack of a ride.\n\n"
	    LQ "We thank the members who stood together on this bill, and we urge the governor to sign it." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Greater Brindlemoor Chamber of Commerce");
	assert_string_equal(str(quote(d, 0), "speaker_type"), "organization");
	json_decref(j);
}

/* "said our executive director, X, in a call": the role set off by commas is the title; "our" the publisher. */
static void
test_said_role_comma_name(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Ravenmoor Water Law Project\n\nWhy We Sued Over the Dredging Permit\n\n"
	    "November 14, 2022\n\n"
	    "Last week we filed suit over a permit to dredge the channel during spawning season.\n\n"
	    "\"If the agency wants to call this routine, it should follow the routine rules,\" said our "
	    "executive director, Corvin Halloway-Pruett, in Friday's press call.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Corvin Halloway-Pruett");
	assert_string_equal(str(q, "speaker_title"), "executive director");
	assert_string_equal(str(q, "organization"), "Ravenmoor Water Law Project");
	json_decref(j);
}

/* "said Mayor Surname": a title before a surname named in full earlier. */
static void
test_title_surname_after(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Mayor Orders Street Repairs\n\nMarch 5, 2024\n\n"
	    "FENWICK, Ore. \xe2\x80\x94 Mayor Odile R. Quarrington Jr. today signed an order on street repairs.\n\n"
	    "\"Every family in this city deserves the same streets and the same care,\" said Mayor Quarrington. "
	    "\"When one side of town waits three years for a repair, that is a fairness problem.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Odile R. Quarrington Jr.");
	assert_string_equal(str(quote(d, 1), "speaker"), "Odile R. Quarrington Jr.");
	json_decref(j);
}

/* "At a news conference, Mayor X said:" and "Afterward she said,": the subject next to the verb. */
static void
test_subject_before_verb(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("City Plans to Replace Lead Pipes\n\nMarch 5, 2024\n\n"
	    "Mayor Lucinda Farrow-Pike announced a plan to replace every lead pipe in the city.\n\n"
	    "At a news conference at the Dunmore Recreation Center, Mayor Farrow-Pike said:\n\n"
	    LQ "No family in this city should have to wonder whether the water from the tap is safe." RQ "\n\n"
	    "Our director, Sister Orla Brannigan, closed the vigil by reading the names. "
	    "Afterward she said, \"We came here tonight because the people in our lines asked us to.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Lucinda Farrow-Pike");
	assert_string_equal(str(quote(d, 1), "speaker"), "Orla Brannigan");
	json_decref(j);
}

/* A statement over paragraphs in straight quotes, from "its executive director, the Rev. X:". */
static void
test_statement_from_its_director(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Tallow Valley Voters League\n\nNews\n\n"
	    "Statement of the Rev. Dr. Imogen P. Sarrazin on Polling Place Closures\n\nMarch 5, 2024\n\n"
	    "TALLOW, Ala. \xe2\x80\x94 The county board voted to close nine polling places. "
	    "The Tallow Valley Voters League issued the following statement from its executive director, the Rev. Dr. Imogen P. Sarrazin:\n\n"
	    "\"Yesterday the board told thousands of voters that their polling place will be farther away.\n\n"
	    "\"Our churches have driven voters to the polls for fifty years. We will find the poll workers.\n\n"
	    "\"We ask the board to reverse this vote at its next meeting.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Imogen P. Sarrazin");
	assert_string_equal(str(q, "organization"), "Tallow Valley Voters League");
	assert_string_equal(str(d, "kind"), "statement");
	json_decref(j);
}

/* "The following is a statement from Local 12 President X:" and other quotes after: still a release. */
static void
test_statement_in_release(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Drivers Ratify Contract\n\nMarch 5, 2024\n\n"
	    "DALBY, Pa. \xe2\x80\x94 Members of Local 412 voted today to ratify a contract.\n\n"
	    "The following is a statement from Local 412 President Wilhelmina T. Oyelowo-Barre:\n\n"
	    "\"For four years our members kept this city moving without a contract.\n\n"
	    "\"Starting in July, they will be paid for every hour they work.\"\n\n"
	    "Corwin Haldane, chief executive of the Dalby Transit Authority, welcomed the vote. "
	    "\"This agreement lets us keep the workforce we need,\" Haldane said.\n\n"
	    "The contract runs four years.\n\nThe authority will restore service in May.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Wilhelmina T. Oyelowo-Barre");
	assert_string_equal(str(quote(d, 1), "speaker"), "Corwin Haldane");
	assert_string_equal(str(d, "kind"), "press_release");
	json_decref(j);
}

/* "our organizer X put it this way:" is the publisher's own. */
static void
test_our_organizer_colon(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Quillon Riders Union\n\nNews\n\nFare Capping Is Coming to Quillon\n\nMarch 5, 2024\n\n"
	    "The transit board voted to adopt fare capping in January.\n\n"
	    "At the board meeting, our organizer Temperance Okoro-Vance put it this way: "
	    LQ "We fought for fare capping so that being poor would stop being expensive." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Temperance Okoro-Vance");
	assert_string_equal(str(q, "organization"), "Quillon Riders Union");
	json_decref(j);
}

/* "A," State Auditor X said. "Short." : the short second sentence is a quote too. */
static void
test_short_second_sentence(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Audit Finds Unpaid Routes\n\nMarch 5, 2024\n\n"
	    "The state audit found the district paid for routes that never ran.\n\n"
	    "\"The information needed to catch these charges was in the district's own inbox,\" "
	    "State Auditor Marisol Quennell-Dahl said in an interview. \"Nobody looked at it.\"\n\n"
	    "Board President Anselm Torvik said the board would meet. \"The board should have asked harder questions,\" "
	    "Torvik said. \"I include myself.\"\n\n"
	    "Parents called it \"a scandal.\" Officials called it \"a lapse.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 4);
	assert_string_equal(str(quote(d, 0), "speaker"), "Marisol Quennell-Dahl");
	assert_string_equal(str(quote(d, 1), "speaker"), "Marisol Quennell-Dahl");
	assert_string_equal(str(quote(d, 3), "speaker"), "Anselm Torvik");
	assert_string_equal(str(quote(d, 3), "text"), "I include myself.");
	json_decref(j);
}

/* "the coalition said": a statement of the organization, here the publisher. */
static void
test_org_reference(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Fair Wages Now Vermont\n\nNews\n\nCoalition Launches Wage Campaign\n\nMarch 5, 2024\n\n"
	    "MONTPELIER, Vt. \xe2\x80\x94 A coalition of twelve groups launched a campaign today.\n\n"
	    "In a statement, the campaign said its proposal would cost the state little. "
	    LQ "Vermont can pay care workers now, or it can pay for the crisis later," RQ " the coalition said. "
	    LQ "Later always costs more, and the people who can least afford it pay." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Fair Wages Now Vermont");
	assert_string_equal(str(q, "speaker_type"), "organization");
	assert_string_equal(str(quote(d, 1), "speaker"), "Fair Wages Now Vermont");
	json_decref(j);
}

/* Attribution verbs in every tense, and "according to", "told reporters". */
static void
test_verb_tenses(void **state)
{
	static const char *const verbs[] = {
		"says", "said", "adds", "added", "explains", "noted", "stated",
		"continued", "urged", "warned", "stressed", "recalled", "acknowledged",
	};
	char	 buf[1024];
	json_t	*j, *d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++) {
		snprintf(buf, sizeof(buf), "Clinic Opens\n\nMarch 5, 2024\n\n"
		    "The clinic opened today in the old mill.\n\n"
		    "\"We waited two years for a place like this in our town,\" %s Ferdinand Oakhollow, a parent.\n", verbs[i]);
		j = run(buf);
		d = doc(j, 0);
		assert_int_equal(nquotes(d), 1);
		assert_string_equal(str(quote(d, 0), "speaker"), "Ferdinand Oakhollow");
		json_decref(j);
	}
	j = run("Clinic Opens\n\nMarch 5, 2024\n\n"
	    "Ferdinand Oakhollow told reporters, \"We waited two years for a place like this in our town.\"\n\n"
	    "\"The clinic will see its first patients on Monday morning,\" according to Beatrix Lomond-Shaw, the director.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Ferdinand Oakhollow");
	assert_string_equal(str(quote(d, 1), "speaker"), "Beatrix Lomond-Shaw");
	json_decref(j);
}

/* Scare quotes, quoted titles and a short phrase not after a quote are not quotes. */
static void
test_short_not_quotes(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Board Adopts Plan\n\nMarch 5, 2024\n\n"
	    "The board called the plan a \"modernization.\" Critics said it was \"a cut by another name.\"\n\n"
	    "The report, \"Waiting for the Bus: Rural Transit in Five Counties,\" was released Monday.\n\n"
	    "Nobody expected the vote. \"It passed.\" The chair, Perpetua Nwosu-Hale, said nothing more.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 0);
	json_decref(j);
}

/* A paragraph that is all quotation, right after an attributed one, is the same speaker's. */
static void
test_next_paragraph(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Clinic Opens in Old Mill\n\nMarch 5, 2024\n\n"
	    "The clinic opened today in the old mill.\n\n"
	    LQ "We waited two years for a place like this in our town," RQ " said Ferdinand Oakhollow, the director.\n\n"
	    LQ "The clinic will see its first patients on Monday morning." RQ "\n\n"
	    "The clinic has twelve beds.\n\n"
	    LQ "Nobody here will be turned away for lack of money at the door." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 1), "speaker"), "Ferdinand Oakhollow");
	json_decref(j);
}

/* "the company said" in a news article is not the newspaper speaking. */
static void
test_orgref_not_newspaper(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("The Grantham Sentinel\nServing Grantham since 1887\n\n"
	    "Subscribe | Obituaries | Classifieds\n\n"
	    "Plant to Close in June\n\nBy Lavinia R. Ostrowe, Staff Writer\nFeb. 2, 2024\n\n"
	    "GRANTHAM \xe2\x80\x94 The plant on River Road will close in June.\n\n"
	    LQ "We have made the difficult decision to close the River Road plant," RQ " the company said.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "article");
	assert_int_equal(nquotes(d), 0);
	json_decref(j);
}

/* "“...” — Name, Title, Org": a quotation signed after a dash. */
static void
test_dash_signed(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Plant Opens in Dover\n\nMarch 5, 2024\n\n"
	    "Acme Widgets opened a plant in Dover today.\n\n"
	    LQ "The workers of Dover built this company and we owe them this plant." RQ
	    " \xe2\x80\x94 Horatio Bellweather, President, Dover Machinists Union\n\n"
	    "The plant \xe2\x80\x94 the largest in the county \xe2\x80\x94 has 200 jobs.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Horatio Bellweather");
	json_decref(j);
}

/* "In a statement, X, president of O, said:": the name after the comma is the speaker. */
static void
test_subject_after_comma(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Plant Opens in Dover\n\nMarch 5, 2024\n\nAcme opened a plant in Dover today.\n\n"
	    "In a statement, Philippa Grantwell, president of the Dover Machinists Union, said: "
	    LQ "The workers of Dover built this company and we owe them this plant." RQ "\n\n"
	    "Later that day, after the ribbon cutting, Mayor Ivo Stanek said, "
	    LQ "This is the best day this town has had in twenty years." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Philippa Grantwell");
	assert_string_equal(str(quote(d, 1), "speaker"), "Ivo Stanek");
	json_decref(j);
}

/* A fragment quoted inside a sentence ("said it “deeply regrets ...”") is no quotation; one resumed after "said," is. */
static void
test_partial_quote(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Harwick County Parks Department\n\nPRESS RELEASE\n\nRiver Cleanup Ordered\n\n"
	    "March 3, 2014\n\n"
	    "HARWICK, Wis. \xe2\x80\x94 In a statement, Silverpine Mountain Resort said it " LQ "deeply "
	    "regrets the harm done to the river" RQ " and had begun repairs.\n\n"
	    LQ "Rivers in the high country are cold and clean," RQ " Director Odile Marchbank said, "
	    LQ "and they are unforgiving of every mistake we make." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Odile Marchbank");
	assert_string_equal(str(quote(d, 1), "speaker"), "Odile Marchbank");
	assert_null(person(d, "Silverpine Mountain Resort"));
	json_decref(j);
}

/* A short quotation that an attribution interrupts before the next one is a quotation too. */
static void
test_short_interrupted(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Harwick General Hospital\n\nPRESS RELEASE\n\nNurses Reach Deal\n\nMarch 3, 2014\n\n"
	    "HARWICK, Wis. \xe2\x80\x94 The hospital and its nurses reached a deal on Sunday.\n\n"
	    LQ "We listened, and we moved," RQ " Frederick Hallory-Pike said. " LQ "I am grateful "
	    "to our nurses for staying at the table." RQ "\n\n"
	    "The deal is " LQ "fair and final," RQ " officials said.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Frederick Hallory-Pike");
	assert_string_equal(str(quote(d, 0), "text"), "We listened, and we moved,");
	json_decref(j);
}

/* "said ITLP's director of litigation, X": the person named after the possessive title speaks, for the organization. */
static void
test_said_org_title_comma_name(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Northgate Housing Coalition\n\nPRESS RELEASE\n\nBudget Falls Short\n\nJune 3, 2014\n\n"
	    "SPRINGFIELD, Ill. \xe2\x80\x94 The Illinois Tenant Law Project (ITLP) called the budget a "
	    "missed opportunity.\n\n"
	    LQ "Legal aid is the cheapest homelessness prevention program there is," RQ " said "
	    "ITLP's director of litigation, Samuel Oduya-Penfold.\n");
	d = doc(j, 0);
	assert_string_equal(str(quote(d, 0), "speaker"), "Samuel Oduya-Penfold");
	assert_string_equal(str(quote(d, 0), "organization"), "Illinois Tenant Law Project");
	json_decref(j);
}

/* "said Parks Supervisor Jo Roe": a title of capitalized words the title list does not know, then the name. */
static void
test_said_title_run(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Camp Sign-Ups Open Friday\n\n"
	    "Registration for the Marrow Bay summer camps opens Friday at 8 a.m.\n\n"
	    LQ "Our camps always fill up fast, so we ask families to sign up early," RQ
	    " said Aquatics Program Supervisor Delphine Abernathy-Ruiz.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Delphine Abernathy-Ruiz");
	json_decref(j);
}

/* "Roe stressed that X. “Y.”": the quotation after a sentence reporting what someone holds is theirs. */
static void
test_lead_in_sentence(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Study Links Noise to Poor Sleep\n\n"
	    "A study of 400 households in Tarrow found that traffic noise cut sleep by half an hour.\n\n"
	    "Lead author Dr. Quentin Astley-Moor, a professor at Tarrow College, said the effect was large.\n\n"
	    "Astley-Moor stressed that the study does not prove the noise caused every lost hour. "
	    LQ "What we can say is that the pattern holds across every street we looked at in the town." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Quentin Astley-Moor");
	assert_string_equal(str(quote(d, 0), "attribution"), "stressed");
	json_decref(j);
	/* A sentence that reports no speech ("X visited the site.") lends no speaker. */
	j = run("Study Links Noise to Poor Sleep\n\n"
	    "A study of 400 households in Tarrow found that traffic noise cut sleep by half an hour.\n\n"
	    "Quentin Astley-Moor visited the site in May. "
	    LQ "What we can say is that the pattern holds across every street we looked at in the town." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 0);
	json_decref(j);
}

/* "X released the following statement ...:" over a statement in several paragraphs, only the last closing. */
static void
test_released_statement(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Brisco statement on passage of the Clean Wells Act\n\n"
	    "SALEM \xe2\x80\x94 State Rep. Odalys Brisco-Hart, who sponsored the bill, released the "
	    "following statement after the House voted 40-19 to pass it:\n\n"
	    LQ "Families in my district have waited eleven years for water they can drink without boiling it first.\n\n"
	    LQ "This bill funds the testing and the repairs, and it passed because neighbors kept showing up." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Odalys Brisco-Hart");
	assert_non_null(strstr(str(quote(d, 0), "text"), "kept showing up"));
	json_decref(j);
	/* "released a report" issues no statement. */
	j = run("Agency Report on Wells\n\n"
	    "The Tarn Water Agency released its annual report on Monday, which found this:\n\n"
	    LQ "Most private wells in the county have never been tested for nitrates or for bacteria." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 0);
	json_decref(j);
}

/* "O General Manager Jo Roe said:": the person after the organization and an unknown title speaks. */
static void
test_org_title_name_said(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Ferry Workers Approve Contract\n\n"
	    "The Kestrel Bay Ferry District (KBFD) and its deckhands reached a deal in May.\n\n"
	    "KBFD Operations Chief Marguerite Olawale-Stein said: "
	    LQ "This agreement gives our crews the stability they need and our riders reliable sailings." RQ "\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Marguerite Olawale-Stein");
	assert_string_equal(str(quote(d, 0), "speaker_type"), "person");
	json_decref(j);
}

/* A quotation opening the paragraph after "X, T, said the gift was personal." is X's, over two paragraphs. */
static void
test_prev_para_report(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Gift Will Build New Children's Wing at Harrow Hospital\n\n"
	    "March 5, 2024\n\n"
	    "The Harrow Hospital Foundation today announced a $4 million gift from a local family.\n\n"
	    "Mara Veldt, a retired pediatric nurse who worked at Harrow Hospital for 30 years, said the gift was personal.\n\n"
	    LQ "I spent three decades watching families wait in our hallways with nowhere to go.\n\n"
	    LQ "This is for the parents sleeping in plastic chairs every single night.\xe2\x80\x9d\n\n"
	    "Construction begins next year.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Mara Veldt");
	assert_non_null(strstr(str(q, "text"), "plastic chairs"));
	json_decref(j);
	/* A sentence that is not its opening one names no new speaker. */
	j = run("Gift Will Build New Children's Wing at Harrow Hospital\n\n"
	    "March 5, 2024\n\n"
	    "The wing opens in 2026. Mara Veldt said the gift was personal.\n\n"
	    LQ "I spent three decades watching families wait in our hallways with nowhere to go.\xe2\x80\x9d\n\n"
	    "Construction begins next year.\n");
	assert_int_equal(nquotes(doc(j, 0)), 0);
	json_decref(j);
}

/* "In a written statement, Acme Paper said:" attributes to the company "Acme Paper LLC". */
static void
test_company_written_statement(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("State Fines Paper Mill for Wastewater Violations\n\n"
	    "AUGUSTA (Nov. 2, 2021) \xe2\x80\x94 The state today fined Corliss Fiber & Paper LLC for wastewater violations at its mill.\n\n"
	    "In a written statement, Corliss Fiber & Paper said: \"We regret these exceedances and have begun the work needed to correct them.\"\n\n"
	    "The agreement is open for comment for 30 days.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Corliss Fiber & Paper LLC");
	assert_string_equal(str(q, "speaker_type"), "organization");
	json_decref(j);
}

/* A pull quote repeating the words already quoted is no new quotation. */
static void
test_pull_quote_repeat(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Restoring the Tule River, One Logjam at a Time\n\n"
	    "June 14, 2019\n\n"
	    LQ "People think restoration means planting trees and walking away,\xe2\x80\x9d says Ines Marrow, a biologist with the Tule Basin Council. "
	    LQ "What we are doing is rebuilding the plumbing of an entire river.\xe2\x80\x9d\n\n"
	    "    " LQ "What we are doing is rebuilding the plumbing of an entire river.\xe2\x80\x9d\n\n"
	    "The council plans three more logjams next year.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	json_decref(j);
}

/* "said Attorney General Roe": title words, then the surname of a person named in full earlier. */
static void
test_said_title_words_surname(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Home | News | Contact\n\n"
	    "Attorney General Wins Settlement With Warranty Firm\n\n"
	    "March 3, 2022\n\n"
	    "SANTA FE, N.M. \xe2\x80\x94 Attorney General Jana Pellow today announced a settlement with Acme Warranty Group.\n\n"
	    LQ "Acme built its business on a maze of menus. Homeowners who tried to leave were put on hold,"
	    RQ " said Attorney General Pellow. " LQ "That is not a service problem. It is a violation of the law." RQ "\n\n"
	    "Refunds go out in April.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Jana Pellow");
	assert_string_equal(str(quote(d, 1), "speaker"), "Jana Pellow");
	json_decref(j);
}

/* "Below are her remarks as prepared for delivery:" over paragraphs that each open a mark. */
static void
test_remarks_as_prepared(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Home | News | Contact\n\n"
	    "Quillon Floor Remarks on the Rural Roads Act\n\n"
	    "March 3, 2022\n\n"
	    "WASHINGTON \xe2\x80\x93 Senator Dana Quillon today delivered remarks on the floor urging passage of the Rural Roads Act.\n\n"
	    "Below are her remarks as prepared for delivery:\n\n"
	    "\"Mr. President, I rise today to talk about a road that floods.\n\n"
	    "\"Last spring, a teacher wrote to tell me that her bus could not reach the school.\n\n"
	    "\"This is a rural problem, and we can fix it. I yield the floor.\"\n\n"
	    "The bill has eleven cosponsors.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Dana Quillon");
	assert_non_null(strstr(str(q, "text"), "I yield the floor."));
	json_decref(j);
}

/* "The letter reads in part:" prints the publisher's letter; no verb, no person. */
static void
test_letter_reads_in_part(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Harrow Valley Clergy Alliance\n"
	    "About | Members | Statements | Donate\n\n"
	    "Faith Leaders Ask Council to Cap Loan Rates\n\n"
	    "March 3, 2022\n\n"
	    "HARROW, Ohio \xe2\x80\x94 Forty congregations today sent a letter organized by the Harrow Valley Clergy Alliance to the city council.\n\n"
	    "The letter reads in part:\n\n"
	    LQ "Every tradition among us teaches that the lender owes a duty to the borrower.\n\n"
	    LQ "We ask you to close the loopholes that allow these loans to carry such rates." RQ "\n\n"
	    "The council meets Thursday.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Harrow Valley Clergy Alliance");
	json_decref(j);
}

/* "“...,” the letter states": the publisher's letter speaks for the publisher; "the report says" does not. */
static void
test_letter_states_after(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Harrow Valley Clergy Alliance\n\n"
	    "Forty Congregations Ask Council to Cap Loan Rates\n\n"
	    "March 3, 2022\n\n"
	    "HARROW, Ohio \xe2\x80\x94 The Harrow Valley Clergy Alliance and 39 congregations today sent a letter to the city council.\n\n"
	    LQ "We ask the council to act this spring," RQ " the letter states. "
	    LQ "Every month of delay costs our neighbors more." RQ "\n\n"
	    LQ "Borrowers pay four times the national average," RQ " the report says.\n\n"
	    "The council meets Thursday.\n");
	d = doc(j, 0);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Harrow Valley Clergy Alliance");
	assert_string_equal(str(q, "speaker_type"), "organization");
	assert_int_equal(nquotes(d), 2);
	json_decref(j);
}

/* "said ODOT District 4 Engineer Jo Roe.": the person after a title with a unit's number speaks. */
static void
test_cap_title_with_number_after(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Ohio Department of Roads\n\n"
	    "Work Begins on Route 9 Bridge\n\n"
	    "May 1, 2023\n\n"
	    "LIMA, Ohio \xe2\x80\x94 The Ohio Department of Roads (ODR) began work on the Route 9 bridge today.\n\n"
	    LQ "This bridge carries 9,000 cars a day," RQ " said ODR District 4 Engineer Marcus Pellegrino. "
	    LQ "We will keep one lane open." RQ "\n");
	d = doc(j, 0);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Marcus Pellegrino");
	json_decref(j);
}

/* A pronoun opening a paragraph points at who reported speech in the paragraph before, not the last one quoted. */
static void
test_pronoun_prev_sayer(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Orvale County Delays Vote on Quarry Permit\n\n"
	    "ORVALE, Mont. - The Orvale County Commission voted 3-2 on Tuesday to delay a vote on the quarry permit.\n\n"
	    "\"We have waited long enough for an answer from this board,\" said resident Wilma Trasker, whose farm borders the site.\n\n"
	    "Commission Chair Bertram Ossley, who voted to delay, said the board needed more study.\n\n"
	    "\"I will not vote on something this large with so many questions open,\" he said.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Wilma Trasker");
	q = quote(d, 1);
	assert_string_equal(str(q, "speaker"), "Bertram Ossley");
	json_decref(j);
}

/* A pronoun after a paragraph that introduces a new person, quoting only a phrase of theirs, points at that person. */
static void
test_pronoun_prev_subject(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Dunmore Harbor Opens Rebuilt Ferry Dock\n\n"
	    "DUNMORE, Maine - The Dunmore Harbor Board opened its rebuilt ferry dock on Friday.\n\n"
	    "\"This dock will serve the islands for fifty years,\" said board director Velma Orsted.\n\n"
	    "Harbor Board Chair Ansel Petrakis called the dock \"a promise kept\" and thanked the crews who built it.\n\n"
	    "\"We told the island families in 2019 that we would finish this dock on time. Today we have,\" he added.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Velma Orsted");
	q = quote(d, 1);
	assert_string_equal(str(q, "speaker"), "Ansel Petrakis");
	json_decref(j);
}

/* A company named in full, then by its short name, speaks as the company: "Acme Mutual said". */
static void
test_company_short_name_speaks(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("State Fines Two Insurers Over Flood Claims\n\n"
	    "DOVER, Del. - The state fined Brackwater Mutual Insurance Company and Tolland Home Insurance Co. on Monday.\n\n"
	    "Brackwater Mutual said in a written statement: \"We have already reopened every claim the review named and will pay each family in full.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Brackwater Mutual Insurance Company");
	assert_string_equal(str(q, "organization"), "Brackwater Mutual Insurance Company");
	json_decref(j);
}

/* "said commission chair Jo Roe": the title's noun refers back to the one commission named. */
static void
test_title_noun_org(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Fenwick County Parks Seeks Comments on Trail Plan\n\n"
	    "FENWICK, Ore. - The Fenwick Trails and Open Space Commission will hold three hearings on the county's trail plan this month.\n\n"
	    "\"We heard from 2,000 people last time and we want to hear from more,\" said commission chair Osric Delamere.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Osric Delamere");
	assert_string_equal(str(q, "organization"), "Fenwick Trails and Open Space Commission");
	json_decref(j);
}

/* "Our president and CEO, Dr. Jo Roe": the publisher's own speaks for it. */
static void
test_our_title_org(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Brindle Valley Food Bank\n\n"
	    "Winter Need Outpaces Holiday Giving\n\n"
	    "January 8, 2025\n\n"
	    "Our pantries served more families in December than in any month on record.\n\n"
	    "Our president and CEO, Dr. Imelda Kostova, put it plainly when she spoke to the county board last week: "
	    "\"Hunger does not end when the holidays do, and neither can our response.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Imelda Kostova");
	assert_string_equal(str(q, "organization"), "Brindle Valley Food Bank");
	json_decref(j);
}

/* "the Commissioner said": the one person titled Commissioner, not the deputy. */
static void
test_title_reference_said(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Regulator Orders Refunds for Flood Policyholders\n\n"
	    "SALEM, Ore. - Insurance Commissioner Odalys Fenwright today ordered two insurers to refund 900 policyholders.\n\n"
	    "Tobias Grell, Deputy Commissioner for Market Conduct, led the review.\n\n"
	    "Fenwright also urged families to read their policies before the rainy season.\n\n"
	    "\"Read your policy now, not after the river rises,\" the Commissioner said.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Odalys Fenwright");
	json_decref(j);
}

/* "X, a volunteer here, says the work keeps him going. “...”": the quotation after is X's. */
static void
test_says_leadin_without_that(void **state)
{
	json_t	*j, *d, *q;

	(void)state;
	j = run("Volunteers Keep the Warehouse Running\n\n"
	    "January 20, 2025\n\n"
	    "Our warehouse packed 9,000 boxes last month.\n\n"
	    "Dorian Vasquez-Mell, a retired welder who volunteers in our warehouse every Thursday, says the work keeps him busy. "
	    "\"I spent 30 years welding ship hulls. Now I pack boxes for my neighbors and I like it better.\"\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	q = quote(d, 0);
	assert_string_equal(str(q, "speaker"), "Dorian Vasquez-Mell");
	json_decref(j);
}

/* "Maria Two Feathers", later "Two Feathers said": a surname of two words is hers. */
static void
test_two_word_surname(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Clinic in Perrow Will Stop Deliveries\n\n"
	    "PERROW, S.D. - The birthing unit at Perrow Community Hospital will close in May.\n\n"
	    "That does not reassure Maria Two Feathers, a labor and delivery nurse who has worked at the hospital for a decade.\n\n"
	    "\"Families here already drive an hour to reach us,\" Two Feathers said. \"Now it will be two.\"\n");
	d = doc(j, 0);
	assert_true(nquotes(d) >= 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Maria Two Feathers");
	json_decref(j);
}

/* "X, a handler with the Acme Sheriff's Office", "X, who has owned Acme Bakery": X's body. */
static void
test_appositive_named_org(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Merchants Oppose Meter Plan\n\n"
	    "ORLIN, N.M. - Shop owners on Vell Street asked the city on Monday to drop a plan for new parking meters.\n\n"
	    "\"We lose customers every time parking gets harder here,\" said Benedikt Osterhaus, who has owned Corvale Hardware for 30 years.\n\n"
	    "Deputy Lyra Quintero, a patrol officer with the Orlin County Sheriff's Office who was not involved in the plan, said traffic is not a problem there. "
	    "\"We have had no complaints about parking on Vell Street in years,\" Quintero said.\n\n"
	    "Hester Dunmore, a retired teacher who worked at Orlin High School for 30 years, spoke too. "
	    "\"I have walked this street every day since 1980,\" Dunmore said.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 3);
	assert_string_equal(str(quote(d, 0), "organization"), "Corvale Hardware");
	assert_string_equal(str(quote(d, 1), "organization"), "Orlin County Sheriff's Office");
	assert_null(str(quote(d, 2), "organization"));
	json_decref(j);
}

/* "Board Chair X" of the publisher's "Board of Directors": the quote is the publisher's. */
static void
test_board_chair_publisher(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Belloc Regional Transit Authority\n\n"
	    "Board Approves New Bus Garage\n\n"
	    "March 4, 2024\n\n"
	    "BELLOC, Tex. - The agency's Board of Directors on Monday approved a $40 million bus garage.\n\n"
	    "\"This garage lets us run more buses more often,\" said Board Chair Imogen Halvarsen.\n\n"
	    "About Belloc Regional Transit Authority\n\n"
	    "Belloc Regional Transit Authority runs buses in Belloc County.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 1);
	assert_string_equal(str(quote(d, 0), "speaker"), "Imogen Halvarsen");
	assert_string_equal(str(quote(d, 0), "organization"), "Belloc Regional Transit Authority");
	json_decref(j);
}

/* A bare "Board of Commissioners" speaks for its publisher; "may be attributed to" makes a statement (round 16). */
static void
test_commissioners_and_attributed(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Tarrow Sound Port Authority\n\n"
	    "Tarrow Sound Port Authority Opens New Cruise Terminal\n\n"
	    "May 3, 2024\n\n"
	    "TARROW SOUND, Wash. \xe2\x80\x94 The Tarrow Sound Port Authority opened its new cruise terminal on Friday.\n\n"
	    "Board President Odile Marchetti-Vance of the Board of Commissioners said the terminal had been the board's top priority.\n\n"
	    LQ "This terminal is the answer to years of waiting," RQ " Marchetti-Vance said.\n");
	d = doc(j, 0);
	assert_true(nquotes(d) >= 1);
	assert_string_equal(str(d, "publisher"), "Tarrow Sound Port Authority");
	assert_string_equal(str(quote(d, 0), "organization"), "Tarrow Sound Port Authority");
	json_decref(j);
	j = run("Quillan County Growers Guild\n\n"
	    "Growers Guild Responds to State Water Allocation Cut\n\n"
	    "Posted on 7/14/24\n\n"
	    "The following statement may be attributed to the Quillan County Growers Guild:\n\n"
	    LQ "The allocation cut will leave many orchards without water in August. We urge the state to reconsider." RQ "\n\n"
	    "The state announced the cut on Monday.\n");
	d = doc(j, 0);
	assert_string_equal(str(d, "kind"), "statement");
	json_decref(j);
}

/* "he told me" after a paragraph naming one person; a title's body past a committee. */
static void
test_told_me_and_committee_body(void **state)
{
	json_t	*j, *d;

	(void)state;
	j = run("Brask County Commissioner Pell Andersby\n\n"
	    "Why the Culvert Comes First\n\n"
	    "June 3, 2024\n\n"
	    "When I drove out to the creek crossing in May, I met Orrin Valtkamp, who has farmed along the river road for thirty years. He showed me where the water came over the road.\n\n"
	    "\"We don't need another survey,\" he told me. \"We need somebody to come fix the pipe before it floods again.\"\n\n"
	    "He's right.\n");
	d = doc(j, 0);
	assert_int_equal(nquotes(d), 2);
	assert_string_equal(str(quote(d, 0), "speaker"), "Orrin Valtkamp");
	assert_string_equal(str(quote(d, 1), "speaker"), "Orrin Valtkamp");
	json_decref(j);
	j = run("Dellmoor Philharmonic Orchestra\n\n"
	    "Dellmoor Philharmonic Orchestra Expands Free Concerts\n\n"
	    "May 3, 2024\n\n"
	    "DELLMOOR, Ohio \xe2\x80\x94 The Dellmoor Philharmonic Orchestra today announced four free neighborhood concerts.\n\n"
	    "Principal violist and orchestra committee chair Fenna Ruisdael said players had pushed for the concerts. "
	    LQ "Some of the best audiences we have played for sat on folding chairs," RQ " she said.\n");
	d = doc(j, 0);
	assert_true(nquotes(d) >= 1);
	assert_string_equal(str(quote(d, 0), "organization"), "Dellmoor Philharmonic Orchestra");
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_empty),
		cmocka_unit_test(test_title_surname_after),
		cmocka_unit_test(test_subject_before_verb),
		cmocka_unit_test(test_statement_from_its_director),
		cmocka_unit_test(test_statement_in_release),
		cmocka_unit_test(test_our_organizer_colon),
		cmocka_unit_test(test_short_second_sentence),
		cmocka_unit_test(test_org_reference),
		cmocka_unit_test(test_verb_tenses),
		cmocka_unit_test(test_short_not_quotes),
		cmocka_unit_test(test_next_paragraph),
		cmocka_unit_test(test_orgref_not_newspaper),
		cmocka_unit_test(test_dash_signed),
		cmocka_unit_test(test_subject_after_comma),
		cmocka_unit_test(test_single_marks),
		cmocka_unit_test(test_partial_quote),
		cmocka_unit_test(test_short_interrupted),
		cmocka_unit_test(test_said_org_title_comma_name),
		cmocka_unit_test(test_said_descriptor),
		cmocka_unit_test(test_more_verbs),
		cmocka_unit_test(test_said_title_run),
		cmocka_unit_test(test_lead_in_sentence),
		cmocka_unit_test(test_released_statement),
		cmocka_unit_test(test_org_title_name_said),
		cmocka_unit_test(test_prev_para_report),
		cmocka_unit_test(test_company_written_statement),
		cmocka_unit_test(test_pull_quote_repeat),
		cmocka_unit_test(test_said_title_words_surname),
		cmocka_unit_test(test_remarks_as_prepared),
		cmocka_unit_test(test_letter_reads_in_part),
		cmocka_unit_test(test_letter_states_after),
		cmocka_unit_test(test_cap_title_with_number_after),
		cmocka_unit_test(test_pronoun_prev_sayer),
		cmocka_unit_test(test_pronoun_prev_subject),
		cmocka_unit_test(test_company_short_name_speaks),
		cmocka_unit_test(test_title_noun_org),
		cmocka_unit_test(test_our_title_org),
		cmocka_unit_test(test_title_reference_said),
		cmocka_unit_test(test_says_leadin_without_that),
		cmocka_unit_test(test_apposition_org_reference),
		cmocka_unit_test(test_pronoun_late_says_subject),
		cmocka_unit_test(test_publisher_issued_statement),
		cmocka_unit_test(test_said_role_comma_name),
		cmocka_unit_test(test_two_word_surname),
		cmocka_unit_test(test_appositive_named_org),
		cmocka_unit_test(test_board_chair_publisher),
		cmocka_unit_test(test_commissioners_and_attributed),
		cmocka_unit_test(test_told_me_and_committee_body),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
