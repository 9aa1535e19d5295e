/*
 * People: names with their titles and organizations, from the forms press
 * releases use — "Director John Morton", "RCA Deputy Administrator X", "X of
 * the O", "X, executive director of O", "X, a nurse at O", "X, a O attorney",
 * "O's executive director, X", "its coordinator, X", "designed by X", a name
 * over a title line — and, when none names it, the organization the title
 * implies (a city's mayor, a council's member, the office a title heads).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressroom.h"
#include "extract_int.h"

/* Tokens searched for a later or earlier mention: a long release, bounded. */
#define PERSON_REACH	4000

/*
 * Words of a title that do not end one ("executive", "interim", "state"):
 * a title is made of these and of title_heads (person_title_word()).
 */
static const char *const title_parts[] = {
	"executive", "fellow", "district", "general", "policy", "staff",
	"associate", "senior", "legal", "campaign", "program", "head",
	"minister", "author", "vice", "assistant", "acting", "interim",
	"national", "communications", "media", "field", "organizing", "city",
	"county", "state", "federal", "medical", "public", "regional",
	"international", "board", "dean", "investigator", "majority",
	"minority",
	NULL
};

/* Role words that may end a title standing before a name. */
static const char *const title_heads[] = {
	"director", "directors", "president", "attorney", "attorneys", "governor",
	"governors", "senator", "senators", "representative", "mayor", "sheriff",
	"chief", "secretary", "commissioner", "judge", "spokesperson", "spokesman",
	"spokeswoman", "chair", "chairman", "chairwoman", "coordinator",
	"organizer", "manager", "counsel", "lawyer", "professor", "founder",
	"co-founder", "ceo", "analyst", "advocate", "officer", "superintendent",
	"pastor", "reverend", "bishop", "rabbi", "congressman", "congresswoman",
	"councilmember", "councilman", "researcher", "coach", "physician",
	"nurse", "curator", "midfielder", "defender", "goalkeeper", "striker",
	"economist", "scientist", "editor", "treasurer", "specialist", "auditor",
	"trustee", "member", "teacher", "student", "resident", "owner",
	"volunteer", "veteran", "worker", "mother", "tenant", "doctor",
	"pharmacist", "engineer", "activist", "retiree", "homeowner", "renter",
	"caregiver", "practitioner", "aide", "plaintiff", "plaintiffs",
	"petitioner", "defendant", "lecturer", "deputy", "undersheriff",
	"students", "researchers", "scientists", "secretary-treasurer",
	"president-elect", "co-chair", "co-director", "mechanic", "electrician",
	"machinist", "technician", "dispatcher", "custodian", "janitor", "welder",
	"firefighter", "paramedic", "librarian", "operator", "leader",
	"captain", "goaltender", "pitcher", "quarterback",
	"co-owner", "neonatologist", "pediatrician", "epidemiologist",
	"biologist", "ecologist", "hydrologist", "geologist", "botanist",
	"chemist", "toxicologist", "forester",
	"psychologist", "psychiatrist", "surgeon", "cardiologist", "oncologist",
	"consultant", "adviser", "advisor", "patient", "patients",
	"commander", "colonel", "admiral", "commandant",
	/* performers and makers of works: "violinist X", "soprano X", "composer X" */
	"violinist", "violist", "cellist", "pianist", "organist", "harpist",
	"flutist", "guitarist", "percussionist", "trumpeter", "soprano",
	"mezzo-soprano", "tenor", "baritone", "composer", "conductor",
	"choreographer", "playwright", "novelist", "poet", "sculptor",
	"photographer", "filmmaker", "vocalist", "singer-songwriter",
	"trustees", "commissioners", "councilmembers", "councilmen", "aldermen",
	"supervisors",
	NULL
};

/* Returns 1 if the word s is one that makes a title. */
static int
person_title_word(const char *s, size_t len)
{
	return extract_lex_in(s, len, title_heads) ||
	    extract_lex_in(s, len, title_parts);
}

/* Returns 1 if token t is a word that makes a title. */
static int
person_title_tok(const struct ex_doc *d, size_t t)
{
	return extract_lex_tok_in(d, t, title_heads) ||
	    extract_lex_tok_in(d, t, title_parts);
}

/* Words a title may start with that are not roles themselves. */
static const char *const title_mods[] = {
	"former", "then", "acting", "interim", "retired", NULL
};

/* Words that never belong to a person's name. */
static const char *const not_name[] = {
	"The", "A", "An", "This", "That", "Today", "In", "On",
	"National", "Program", "Report", "Reports", "Act",
	"Street", "County", "City", "State", "Congressional", "Federal",
	"Immigration", "Homeland", "Security", "Law", "Rights", "Justice",
	"Inspector", "General", "Director", "Governor", "Governors", "Senator",
	"President", "Mayor", "Sheriff", "Judge", "Chief", "Secretary", "Executive",
	"We", "It", "They", "He", "She", "Our", "His", "Her", "Their", "Its",
	"American", "United", "States", "New", "North", "South", "East", "West", "Greater",
	"Los", "San", "Santa", "Las", "Posted", "Published", "Published",
	"With", "Without", "For", "From", "At", "As", "After", "Under",
	"Within", "Into", "Beyond", "Behind", "Through", "Across", "Toward",
	"Towards", "Among", "Against", "Between", "Upon", "Beneath", "Beside",
	NULL
};

/* Academic and professional credentials written after a name ("X, MD, MPH"). */
static const char *const credentials[] = {
	"MD", "M.D.", "MPH", "M.P.H.", "RN", "PhD", "Ph.D.", "DrPH", "JD", "J.D.",
	"Esq.", "Esq", "DDS", "DMD", "DNP", "NP", "FNP", "APRN", "MSN", "BSN",
	"MSW", "LCSW", "LMSW", "MBA", "CPA", "FAAP", "FACP", "FACEP", "EdD",
	"Ed.D.", "PsyD", "PharmD", "DVM", "CNM", "LPN", "MSc", "PA-C", "RD", "B.S.",
	"B.A.", "M.S.", "M.A.", "Sc.D.", "D.O.", "Pharm.D.", "Dr.P.H.", "M.B.A.", NULL
};

/* Words of a contact block's label line ("Media", "Investor Contact:"). */
static const char *const contact_labels[] = {
	"media", "investor", "investors", "press", "contact", "contacts",
	"inquiries", "relations", "analyst", "analysts", "and", NULL
};

/* Honorifics and titles that stand before a name but are not part of it. */
static const char *const honorifics[] = {
	"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", "Rev.", "Rev", "Rabbi", "Imam",
	"Pastor", "Father", "Sister", "Brother", "Bishop", "Cantor", "Administrator",
	"Rep.", "Sen.", "Gov.", "Lt.", "Prof.", "Professor", "Councillor",
	"Councilmember", "Councilman", "Councilwoman", "Commissioner", "Coach",
	"Co-author", "Author", "Chair", "Chairman", "Chairwoman", "Chairperson",
	"Superintendent", "Officer", "Detective", "Captain", "Sergeant", "Deputy",
	"Trustee", "Alderman", "Alderwoman", "Supervisor", "Assemblymember",
	"Assemblyman", "Assemblywoman", "Delegate", "Justice", "Ambassador",
	"Minister", "Premier", "Elder", "Deacon", "Chaplain", "Sheikh", "Sir",
	"Dame", "Lord", "Lady", "Honorable", "Hon.", "CEO", "President", "Director",
	"Mayor", "Governor", "Gov", "Senator", "Representative", "Congressman",
	"Congresswoman", "Sheriff", "Judge", "Secretary", "Chief", "Parent", "Head",
	"Executive", "Senior", "Vice", "State", "Former", "Lieutenant", "General",
	"Sgt.", "Cpl.", "Capt.", "Det.", "Ofc.", "Insp.", "Col.", "Maj.", "Supt.",
	"Undersheriff", "Commander", "Colonel", "Admiral", "Commandant", NULL
};

/* Honorifics that mark the name after them as a person's ("Dr.", "Councillor"). */
static const char *const cue_honorifics[] = {
	"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", "Rev.", "Rabbi", "Imam", "Pastor",
	"Father", "Sister", "Bishop", "Cantor", "Administrator", "Rep.", "Sen.",
	"Gov.", "Prof.", "Professor", "Councillor", "Councilmember", "Councilman",
	"Councilwoman", "Commissioner", "Coach", "Superintendent", "Detective",
	"Captain", "Sergeant", "Trustee", "Alderman", "Alderwoman", "Supervisor",
	"Assemblymember", "Assemblyman", "Assemblywoman", "Ambassador", "Deacon",
	"Chaplain", "Sheikh", "Mayor", "Governor", "Senator", "Representative",
	"Congressman", "Congresswoman", "Sheriff", "Judge", "Chair", "Chairman",
	"Chairwoman", "Chairperson", "Sgt.", "Cpl.", "Capt.", "Det.", "Ofc.",
	"Insp.", "Col.", "Maj.", "Supt.", "Commander", "Colonel", "Admiral",
	"Commandant", NULL
};

/*
 * Words that end the names of places, works, programs, holidays ("Election
 * Day") and units of an office ("Consumer Protection Unit"), never a person's.
 */
static const char *const place_last[] = {
	"Boulevard", "Avenue", "Road", "Drive", "Parkway", "Highway", "Bridge",
	"Plaza", "Square", "Building", "Station", "Airport", "Trail", "Creek",
	"River", "Heights", "Island", "Harbor", "Harbour", "Canyon", "Classes",
	"Cities", "International", "Campaign", "Award", "Awards", "Prize",
	"Week", "Month", "Resort", "Resorts", "Hotel", "Hotels", "Casino",
	"Winery", "Brewery", "Vineyards", "Orchards", "Farms", "Study",
	"Survey", "Inventory", "Assessment", "Index", "Benchmark", "Day", "Unit",
	/* laws: "the Tenant Protection Ordinance" */
	"Ordinance", "Ordinances", "Amendment", "Statute",
	NULL
};

/* Words that end the names of companies, never a person's ("Corvane Logistics"). */
static const char *const company_last[] = {
	"Logistics", "Technologies", "Industries", "Holdings", "Enterprises",
	"Solutions", "Pharmaceuticals", "Therapeutics", "Analytics", "Robotics",
	"Dynamics", "Motors", "Airlines", "Foods", "Brands", "Ventures",
	"Energy", "Utilities", "Realty", "Properties", "Construction",
	"Manufacturing", "Communications", "Entertainment", "Insurance",
	"Healthcare", "Labs", "Studios", "Shipping", "Freight",
	"Transport", "Pharma", "Biotech", "Software", "Markets", "Outfitters",
	"Research", "Consulting", "Consultants", "Partners", "Associates",
	"Advisors", "Strategies", "Products", "Constructors", "Contractors",
	"Builders", "Supplies", "Services", "Systems", NULL
};

/* Last words of a byline that names a staff, not a person ("Newsroom Staff"). */
static const char *const byline_last[] = {
	"Staff", "Team", "Editors", "Desk", "Newsroom", "Writers", NULL
};

/* Words that open the names of places, never a person's. */
static const char *const place_first[] = {
	"Lake", "Mount", "Mt.", "Fort", "Ft.", "Port", "Cape", "Lakes", NULL
};

/* Verbs and words that follow a surname standing alone ("Okonjo said"). */
static const char *const surname_next[] = {
	"said", "says", "added", "adds", "told", "tells", "noted", "notes",
	"explained", "explains", "is", "was", "has", "had", "will", "would",
	"joined", "joins", "called", "calls", "led", "leads", "signed", "wrote",
	"writes", "argued", "argues", "stressed", "warned", "also", "who",
	"and", "agreed", "stated", "urged", "asked", "made", "began", "spent",
	"grew", "became", "helped", "did", "does", "could", "can", NULL
};

/* Places whose government a release speaks for ("the county's medical director"). */
static const char *const jurisdictions[] = {
	"county", "city", "town", "village", "borough", "township", "tribe",
	"nation", "band", "parish", NULL
};

/* Generation suffixes that end a name. */
static const char *const suffixes[] = {
	"II", "III", "IV", NULL
};

/* Ranks written before a name and never a first name ("Deputy Jo Roe"). */
static const char *const ranks[] = {
	"Deputy", "Sergeant", "Officer", "Detective", "Captain", "Lieutenant",
	"Undersheriff", "Trooper", "Corporal", "Constable", "Investigator",
	"Inspector", "Agent", "Commander", "Colonel", "Admiral", "Commandant",
	NULL
};

/* Religious titles written before a name, never part of it ("Sister Jo Roe"). */
static const char *const religious[] = {
	"Sister", "Brother", "Father", "Mother", "Pastor", "Reverend", "Rabbi",
	"Imam", "Bishop", "Deacon", "Elder", "Chaplain", "Cantor", "Sheikh",
	"Monsignor", "Archbishop", "Cardinal", "Friar", "Abbot", "Abbess", NULL
};

/* Kinship nouns that introduce a person in apposition ("her granddaughter, X"). */
static const char *const kin[] = {
	"daughter", "son", "granddaughter", "grandson", "wife", "husband",
	"widow", "widower", "mother", "father", "sister", "brother", "niece",
	"nephew", "grandmother", "grandfather", "cousin", "aunt", "uncle",
	"daughter-in-law", "son-in-law", "great-granddaughter",
	"great-grandson", NULL
};

/* Courtesy honorifics, which are no title. */
static const char *const courtesy[] = {
	"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", NULL
};

/* Possessive pronouns that stand for an organization before a title ("its director, X"). */
static const char *const org_pronouns[] = {
	"our", "its", "their", NULL
};

/* Verbs of leading an organization: "X, who chairs the O". */
static const char *const lead_verbs[] = {
	"chairs", "co-chairs", "leads", "heads", "directs", "runs", "founded",
	"co-founded", "oversees", "manages", "chaired", "led", "headed",
	"directed", "start", "started", "found", "organized", "formed",
	"coordinates", "coordinated", "oversaw", "managed", NULL
};

/* Verbs of holding a post: "X, who serves as director of O". */
static const char *const serve_verbs[] = {
	"serves", "served", "is", "was", "works", "worked", NULL
};

/* Passive verbs said only of people: "X was booked into the county jail". */
static const char *const person_passives[] = {
	"arrested", "booked", "charged", "cited", "sentenced", "convicted",
	"indicted", "detained", "jailed", "appointed", "elected", "sworn",
	"hired", NULL
};

/* Relative pronouns, which end a role ("a teacher who fishes"). */
static const char *const relatives[] = {
	"who", "whose", "which", "that", "whom", NULL
};

/* Small words that may sit inside an organization's name. */
static const char *const org_joins[] = {
	"of", "for", "on", "the", "&", NULL
};

/* Words inside a name that make it an organization's or a group's. */
static const char *const name_joins[] = {
	"of", "for", "and", "the", "&", NULL
};

/*
 * Roles that belong to the publisher when no organization is named, and the
 * head nouns the publisher's name must hold for it ("Mayor X" in a release of
 * the City of Y); "*" takes any publisher.
 */
static const struct {
	const char	*role;
	int		 unit;		/* a unit of the publisher is nearer */
	const char	*heads[6];
} home_roles[] = {
	{ "mayor", 0, { "City", "Town", "Village", "Borough", "Mayor", NULL } },
	{ "administrator", 0, { "Administration", "Agency", NULL } },
	{ "commissioner", 0, { "Commission", "Department", NULL } },
	{ "superintendent", 0, { "District", "Schools", "Department", NULL } },
	{ "professor", 1, { "University", "College", "School", "Institute", NULL } },
	{ "researcher", 1, { "University", "College", "School", "Institute", NULL } },
	{ "dean", 1, { "University", "College", "School", NULL } },
	{ "curator", 0, { "Museum", "Gallery", "Library", "Archives", "Zoo", NULL } },
	{ "conservator", 0, { "Museum", "Gallery", "Library", "Archives", NULL } },
	{ "archivist", 0, { "Museum", "Library", "Archives", "Society", NULL } },
	{ "epidemiologist", 0, { "Health", NULL } },
	{ "coach", 0, { "*", NULL } },
	{ "midfielder", 0, { "*", NULL } },
	{ "defender", 0, { "*", NULL } },
	{ "goalkeeper", 0, { "*", NULL } },
	{ "striker", 0, { "*", NULL } },
};

/* Returns 1 if the name s holds the word w (case folded). */
static int
person_has_word(const char *s, const char *w)
{
	size_t	wl = strlen(w);
	const char *e;

	while (*s != '\0') {
		for (e = s; *e != '\0' && *e != ' '; e++)
			;
		if ((size_t)(e - s) == wl && strncasecmp(s, w, wl) == 0)
			return 1;
		s = *e ? e + 1 : e;
	}
	return 0;
}

/* Frees a person's strings. */
void
extract_person_free(struct ex_person *p)
{
	free(p->name);
	free(p->title);
	free(p->org);
	memset(p, 0, sizeof(*p));
}

/*
 * Roles of local bodies, and the endings of the body's name: a council
 * member belongs to the one city council the text names.
 */
static const char *const councils[] = {
	"City Council", "Town Council", "County Council", "Village Council",
	"Board of Aldermen", NULL
};
static const char *const school_boards[] = {
	"School District", "Public Schools", "Schools", NULL
};
/* Elected boards named for their members ("Board of Commissioners"). */
static const char *const commissions[] = {
	"Board of Commissioners", "County Commission", "City Commission", NULL
};
static const char *const supervisors[] = {
	"Board of Supervisors", NULL
};
/* A trustee sits on the one board of trustees ("Village Board"). */
static const char *const trustee_boards[] = {
	"Board of Trustees", "Village Board", "Town Board", "Township Board", NULL
};
static const struct {
	const char		*role;
	const char *const	*ends;
} body_roles[] = {
	{ "commissioner", commissions }, { "supervisor", supervisors },
	{ "trustee", trustee_boards },
	{ "councillor", councils }, { "councilmember", councils },
	{ "councilman", councils }, { "councilwoman", councils },
	{ "council member", councils }, { "alderman", councils },
	{ "alderwoman", councils }, { "superintendent", school_boards },
	{ "school board", school_boards }, { "board of education", school_boards },
};

/* Returns 1 if token t is an organization head noun ("Council"), in any case. */
static int
person_head_tok(const struct ex_doc *d, size_t t)
{
	return t < d->ntoks && extract_org_head(d->body + d->toks[t].start,
	    d->toks[t].end - d->toks[t].start);
}

/* Returns the publisher's organization record's name, or NULL. */
static const char *
person_publisher(struct ex_doc *d)
{
	if (d->publisher == NULL)
		return NULL;
	return extract_org_ensure(d, d->publisher, strlen(d->publisher), (size_t)-1);
}

/* Returns 1 if token t may be part of a person's name. */
static int
person_tok(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k;
	size_t		     len;

	if (t >= d->ntoks)
		return 0;
	k = &d->toks[t];
	len = k->end - k->start;
	if (!(k->flags & TK_WORD) || !(k->flags & TK_CAP) || (k->flags & TK_ACR))
		return 0;
	if (extract_org_head(d->body + k->start, len) ||
	    extract_lex_in(d->body + k->start, len, not_name) ||
	    extract_lex_in(d->body + k->start, len, honorifics) ||
	    extract_lex_in(d->body + k->start, len, title_heads) ||
	    extract_date_month(d->body + k->start, len))
		return 0;
	return 1;
}

/* Endings of common nouns that surnames almost never have. */
static const char *const noun_endings[] = {
	"ies", "ions", "ments", "ness", "ities", "ships", "ings", "isms", NULL
};

/*
 * Returns 1 if token t is a common noun written with a capital: it has a
 * noun ending and the same word stands in lower case elsewhere in the text
 * ("Safer Communities" beside "our communities").
 */
static int
person_common_noun(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k = &d->toks[t];
	const char	    *w = d->body + k->start;
	size_t		     len = k->end - k->start, i, n;

	for (i = 0; noun_endings[i] != NULL; i++) {
		n = strlen(noun_endings[i]);
		if (len > n + 2 && memcmp(w + len - n, noun_endings[i], n) == 0)
			break;
	}
	if (noun_endings[i] == NULL)
		return 0;
	for (i = 0; i < d->ntoks; i++) {
		const struct ex_tok *o = &d->toks[i];
		if (i == t || (o->flags & TK_CAP) || o->end - o->start != len)
			continue;
		if (strncasecmp(d->body + o->start, w, len) == 0)
			return 1;
	}
	return 0;
}

/*
 * Returns 1 if the first two words of the name at t stand in lower case
 * elsewhere in the text: "Child Care Aware" beside "child care costs".
 */
static int
person_phrase_lower(const struct ex_doc *d, size_t t)
{
	size_t	i, l0, l1;

	if (t + 1 >= d->ntoks)
		return 0;
	l0 = d->toks[t].end - d->toks[t].start;
	l1 = d->toks[t + 1].end - d->toks[t + 1].start;
	for (i = 0; i + 1 < d->ntoks; i++)
		if (d->toks[i].end - d->toks[i].start == l0 && !(d->toks[i].flags & TK_CAP) &&
		    d->toks[i + 1].end - d->toks[i + 1].start == l1 &&
		    strncasecmp(d->body + d->toks[i].start, d->body + d->toks[t].start, l0) == 0 &&
		    strncasecmp(d->body + d->toks[i + 1].start, d->body + d->toks[t + 1].start,
		    l1) == 0)
			return 1;
	return 0;
}

/* Two-letter words written with a capital that are no surname. */
static const char *const short_words[] = {
	"of", "to", "at", "by", "in", "on", "or", "as", "an", "is", "it", "us",
	"we", "be", "do", "go", "no", "so", "up", "st", "mt", "ft", "jr", "sr",
	"me", "my", "he", "if", NULL
};

/* Returns 1 if token t, two letters, is a surname ("Ma", "Ng"): capital, small letter. */
static int
person_short_surname(const struct ex_doc *d, size_t t)
{
	const char	*w = d->body + d->toks[t].start;

	return d->toks[t].end - d->toks[t].start == 2 && w[0] >= 'A' && w[0] <= 'Z' &&
	    w[1] >= 'a' && w[1] <= 'z' && !extract_lex_in(w, 2, short_words);
}

/* Returns the end of a person's name (2-4 capitalized words) starting at t, or t. */
size_t
extract_person_name(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	e = t;

	while (e < d->ntoks && e - t < 4 && e < max && person_tok(d, e) &&
	    (e == t || !(d->toks[e].flags & TK_PARA))) {
		e++;
		if (d->toks[e - 1].flags & TK_POSS)
			break;
	}
	if (e - t < 2)
		return t;
	/* A generation suffix ends a name: "Harold Whitlock III". */
	if (e < d->ntoks && e < max && extract_lex_tok_in(d, e, suffixes))
		e++;
	/* "Lake Erie", "Jerry Brown Bridge": places and works. */
	if (extract_lex_tok_in(d, t, place_first) || extract_lex_tok_in(d, e - 1, place_last) ||
	    extract_lex_tok_in(d, e - 1, company_last))
		return t;
	/* "the Valley Ultras" is a group: a person's name takes no article. */
	if (t > 0 && extract_lex_tok_is(d, t - 1, "the"))
		return t;
	/* "Westbrook Fund for Clean Water": the rest of an organization's name. */
	if (t >= 2 && extract_lex_tok_in(d, t - 1, org_joins) && (d->toks[t - 2].flags & TK_CAP) &&
	    person_head_tok(d, t - 2))
		return t;
	/* "Piedmont Power & Light" */
	if (e < d->ntoks && d->body[d->toks[e].start] == '&')
		return t;
	/* A name is not followed by another capitalized word (its line may end). */
	if (e < d->ntoks && !(d->toks[e - 1].flags & TK_POSS) && !(d->toks[e].flags & TK_PARA) &&
	    (d->toks[e].flags & TK_WORD) && (d->toks[e].flags & TK_CAP))
		return t;
	/* A name followed by a head noun is an organization's ("Warren Institute"). */
	if (e < d->ntoks && (d->toks[e].flags & TK_CAP) && !(d->toks[e - 1].flags & TK_POSS) &&
	    !(d->toks[e].flags & TK_PARA) && person_head_tok(d, e))
		return t;
	/* An initial may not end a name; a two-letter surname may ("Wen-Li Ma"). */
	if (d->toks[e - 1].end - d->toks[e - 1].start <= 2 &&
	    !person_short_surname(d, e - 1))
		return t;
	if (person_common_noun(d, e - 1))
		return t;
	return e;
}

/* Returns 1 if the name s reads as an organization's ("Office of Public Affairs"). */
static int
person_orgish(const char *s, size_t len)
{
	size_t	a = 0, b;

	while (a < len) {
		for (b = a; b < len && s[b] != ' '; b++)
			;
		if ((b == len && a > 0 && extract_org_head(s + a, b - a)) ||
		    extract_lex_in(s + a, b - a, name_joins))
			return 1;
		a = b + 1;
	}
	return 0;
}

/* Returns 1 if the two names are the same person: equal, or one is the other's surname. */
static int
person_same(const char *full, const char *s, size_t len)
{
	size_t	fl = strlen(full);

	if (fl == len && memcmp(full, s, len) == 0)
		return 1;
	/* A surname of two words: "Red Cloud" of "Anna Red Cloud". */
	if (memchr(s, ' ', len) != NULL)
		return len < fl && full[fl - len - 1] == ' ' &&
		    memchr(full, ' ', fl) == full + fl - len - 1 &&
		    memcmp(full + fl - len, s, len) == 0;
	/* The surname stands before a generation suffix: "Whitlock" of "Harold Whitlock III". */
	if (fl > 4 && (strcmp(full + fl - 3, " Jr") == 0 || strcmp(full + fl - 3, " Sr") == 0 ||
	    strcmp(full + fl - 4, " Jr.") == 0 || strcmp(full + fl - 4, " Sr.") == 0 ||
	    strcmp(full + fl - 3, " II") == 0 || strcmp(full + fl - 4, " III") == 0 ||
	    strcmp(full + fl - 3, " IV") == 0)) {
		while (fl > 0 && full[fl - 1] != ' ')
			fl--;
		fl--;
		if (fl > 0 && full[fl - 1] == ',')
			fl--;
	}
	if (len < fl && full[fl - len - 1] == ' ' && memcmp(full + fl - len, s, len) == 0)
		return 1;
	return 0;
}

/* Returns the person called s (full name or surname), or NULL. */
struct ex_person *
extract_person_find(struct ex_doc *d, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < d->npeople; i++)
		if (person_same(d->people[i].name, s, len))
			return &d->people[i];
	return NULL;
}

/*
 * Returns s past a title that stands before a name of two words or more
 * ("Grants Manager Jo Roe" gives "Jo Roe"), setting *len; s itself if none.
 */
static const char *
person_strip_title(const char *s, size_t *len)
{
	size_t	a = 0, b, cut = 0, words = 0, n = *len;

	while (a < n) {
		for (b = a; b < n && s[b] != ' '; b++)
			;
		if (b - a > 3 && s[a] >= 'A' && s[a] <= 'Z' &&
		    extract_lex_in(s + a, b - a, title_heads))
			cut = b + 1, words = 0;
		else
			words++;
		a = b + 1;
	}
	if (cut == 0 || cut >= n || words < 2)
		return s;
	*len = n - cut;
	return s + cut;
}

/* Returns the person called s, adding them (mentioned at body byte at) if new; NULL if full. */
struct ex_person *
extract_person_add(struct ex_doc *d, const char *s, size_t len, unsigned roles, size_t at)
{
	struct ex_person *p;
	const char	 *sp;
	size_t		  e;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ','))
		len--;
	/* "Rev. Thomas Egan", "Ms. Jane Roe": an abbreviated honorific is no part of it. */
	while ((sp = memchr(s, ' ', len)) != NULL && memchr(sp + 1, ' ',
	    len - (size_t)(sp + 1 - s)) != NULL && (extract_lex_in(s, (size_t)(sp - s), courtesy) ||
	    extract_lex_in(s, (size_t)(sp - s), ranks) ||
	    extract_lex_in(s, (size_t)(sp - s), religious) ||
	    (sp[-1] == '.' && extract_lex_in(s, (size_t)(sp - s), honorifics)))) {
		len -= (size_t)(sp + 1 - s);
		s = sp + 1;
	}
	s = person_strip_title(s, &len);
	if (len == 0 || memchr(s, ' ', len) == NULL || person_orgish(s, len))
		return NULL;
	/* "Acme Communications": a company's last word ends no person's name. */
	for (e = len; e > 0 && s[e - 1] != ' '; e--)
		;
	if (s[e] >= 'A' && s[e] <= 'Z' && extract_lex_in(s + e, len - e, company_last))
		return NULL;
	/* "Posted by NRDC Staff": a staff byline names no one person. */
	if (s[e] >= 'A' && s[e] <= 'Z' && extract_lex_in(s + e, len - e, byline_last))
		return NULL;
	if ((p = extract_person_find(d, s, len)) != NULL) {
		p->roles |= roles;
		return p;
	}
	if (d->npeople >= EX_MAX_PEOPLE)
		return NULL;
	p = &d->people[d->npeople++];
	memset(p, 0, sizeof(*p));
	p->name = extract_lex_norm(s, len);
	p->roles = roles;
	p->ev_start = at;
	e = at;
	while (e < d->body_len && d->body[e] != '\n' && e - at < 300) {
		if ((d->body[e] == '.' || d->body[e] == '!' || d->body[e] == '?') &&
		    (e + 1 >= d->body_len || d->body[e + 1] == ' ' || d->body[e + 1] == '\n') &&
		    e > at + 3)
			break;
		e++;
	}
	p->ev_end = e;
	return p;
}

/* Returns a new title from tokens [a, b): lower-case role words kept as written. */
static char *
person_title(const struct ex_doc *d, size_t a, size_t b)
{
	char	*s = extract_lex_range(d, a, b);
	size_t	 l = strlen(s);

	/* "Governors" names one governor each. */
	if (b == a + 1 && l > 3 && s[l - 1] == 's' && person_title_word(s, l))
		s[l - 1] = '\0';
	return s;
}

static const char *person_org_by_head(struct ex_doc *, const char *, size_t, int);

/*
 * Returns the organization whose initials the acronym at token t spells
 * when the text never defines it (see extract_org_initials_at).
 */
static const char *
person_org_initials(struct ex_doc *d, size_t t)
{
	const char	*on;
	int		 publisher;

	on = extract_org_initials_at(d, t, &publisher);
	return on != NULL && publisher ? person_publisher(d) : on;
}

/* Returns 1 if the name a ends with the whole words of the name b. */
static int
person_ends_with(const char *a, const char *b)
{
	size_t	al = strlen(a), bl = strlen(b);

	return al > bl && a[al - bl - 1] == ' ' && strcmp(a + al - bl, b) == 0;
}

/* Returns 1 if the name a opens with the whole words of the shorter name b. */
static int
person_opens(const char *a, const char *b)
{
	size_t	bl = strlen(b);

	return strncmp(a, b, bl) == 0 && a[bl] == ' ';
}

/* Returns 1 if s opens with a possessive ending a word of a longer name ("'s Hospital"). */
static int
person_poss_word(const char *s)
{
	if (s[0] == '\'' && s[1] == 's' && s[2] == ' ')
		return 1;
	return strncmp(s, "\xe2\x80\x99s ", 5) == 0;
}

/*
 * Returns the organization a word before a possessive stands for ("the
 * Band's", "the county's"): the one organization named with that head noun
 * or ending in it, else, for a place, the publisher named for it.
 */
static const char *
person_org_by_word(struct ex_doc *d, size_t t)
{
	const char	*w, *on = NULL, *nm;
	size_t		 wl, i, nl;

	if (t >= d->ntoks || !(d->toks[t].flags & TK_WORD))
		return NULL;
	w = d->body + d->toks[t].start;
	wl = d->toks[t].end - d->toks[t].start;
	if (extract_org_head(w, wl) && (on = person_org_by_head(d, w, wl, 0)) != NULL)
		return on;
	if (d->publisher != NULL) {
		nm = d->publisher;
		nl = strlen(nm);
		if (nl > wl && nm[nl - wl - 1] == ' ' && strncasecmp(nm + nl - wl, w, wl) == 0)
			return person_publisher(d);
	}
	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		nl = strlen(nm);
		if (nl > wl && nm[nl - wl - 1] == ' ' && strncasecmp(nm + nl - wl, w, wl) == 0) {
			/* "City Council" and "Harlow City Council" are one body: the longer. */
			if (on != NULL && strcmp(on, nm) != 0 && !person_ends_with(nm, on) &&
			    !person_ends_with(on, nm))
				return NULL;
			if (on == NULL || strlen(nm) > strlen(on))
				on = nm;
		}
	}
	if (on == NULL && extract_lex_in(w, wl, jurisdictions) && d->publisher != NULL &&
	    wl < 64) {
		char	word[64];

		memcpy(word, w, wl);
		word[wl] = '\0';
		if (person_has_word(d->publisher, word))
			on = person_publisher(d);
	}
	return on;
}

/* Returns 1 if token t may be a word of an organization's name. */
static int
person_org_tok(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k;

	if (t >= d->ntoks)
		return 0;
	k = &d->toks[t];
	return (k->flags & TK_WORD) && (k->flags & TK_CAP) &&
	    !extract_date_month(d->body + k->start, k->end - k->start);
}

/* Returns 1 if s (len bytes) is the dateline's place, which names no organization. */
static int
person_is_dateline(const struct ex_doc *d, const char *s, size_t len)
{
	const char	*c;

	if (d->dateline == NULL)
		return 0;
	c = strchr(d->dateline, ',');
	return extract_lex_ieq(s, len, d->dateline) || (c != NULL &&
	    (size_t)(c - d->dateline) == len && strncasecmp(d->dateline, s, len) == 0);
}

/*
 * Returns the one organization whose name holds the word w, or NULL if none
 * does or several do (then *several, if given, is set).
 */
static const char *
person_sole_org(const struct ex_doc *d, const char *w, int *several)
{
	const char	*on = NULL;
	size_t		 i;

	if (several != NULL)
		*several = 0;
	for (i = 0; i < d->norgs; i++)
		if (person_has_word(d->orgs[i].name, w)) {
			if (on != NULL) {
				if (several != NULL)
					*several = 1;
				return NULL;
			}
			on = d->orgs[i].name;
		}
	return on;
}

/*
 * Returns the one organization whose name holds the capitalized field word
 * at token t ("Recreation" of "X Parks and Recreation Department"), or NULL.
 */
static const char *
person_org_field(struct ex_doc *d, size_t t)
{
	const char	*w = d->body + d->toks[t].start;
	size_t		 wl = d->toks[t].end - d->toks[t].start;
	char		 word[32];

	if (!(d->toks[t].flags & TK_WORD) || wl < 4 || wl >= sizeof(word) ||
	    extract_org_head(w, wl) || extract_lex_in(w, wl, not_name) ||
	    extract_lex_in(w, wl, honorifics) || person_title_word(w, wl) ||
	    person_is_dateline(d, w, wl))
		return NULL;
	memcpy(word, w, wl);
	word[wl] = '\0';
	/* "Fire Chief X" in the fire department's release: the publisher, not its unit. */
	if (d->publisher != NULL && person_has_word(d->publisher, word))
		return person_publisher(d);
	return person_sole_org(d, word, NULL);
}

/*
 * Returns 1 if the name nm opens with the words s (len bytes) and goes on,
 * perhaps after "'s", a typographic apostrophe in either matching a straight one.
 */
static int
person_opens_word(const char *nm, const char *s, size_t len)
{
	size_t	i = 0, j = 0;

	while (j < len && nm[i] != '\0') {
		if (nm[i] == s[j]) {
			i++;
			j++;
		} else if (nm[i] == '\'' && j + 2 < len && memcmp(s + j, "\xe2\x80\x99", 3) == 0) {
			i++;
			j += 3;
		} else if (s[j] == '\'' && memcmp(nm + i, "\xe2\x80\x99", 3) == 0) {
			i += 3;
			j++;
		} else
			return 0;
	}
	if (j < len)
		return 0;
	/* "Fenwick Children" of a possessive run opens "Fenwick Children’s Hospital". */
	if (strncmp(nm + i, "'s ", 3) == 0 || strncmp(nm + i, "\xe2\x80\x99s ", 5) == 0)
		return 1;
	return nm[i] == ' ';
}

/*
 * Returns the organization named at token t (before max), setting *end to the
 * token after it: a known one, a short form of one ("Acme" for "Acme
 * Grid Systems"), or a capitalized run that reads as a name (it holds a head
 * noun or ends in an acronym, or, if weak, has three words), which is then
 * added; never a new one if weak is negative.
 */
static const char *
person_org_at(struct ex_doc *d, size_t t, size_t max, size_t *end, int weak)
{
	const char	*on;
	size_t		 e, j, oe, n = 0, len, i;
	int		 strong = 0, role = 0, amb = 0;
	char		*s;

	if (max > d->ntoks)
		max = d->ntoks;
	if (t >= max)
		return NULL;
	if ((on = extract_org_at(d, t, &oe)) != NULL && oe <= max) {
		*end = oe;
		return on;
	}
	if (extract_lex_tok_is(d, t, "the"))
		t++;
	/* "the university's Centre for X": the possessor is no part of the name. */
	if (t + 1 < max && (d->toks[t].flags & TK_WORD) && (d->toks[t].flags & TK_POSS) &&
	    !(d->toks[t].flags & TK_CAP) && person_org_tok(d, t + 1) &&
	    (on = extract_org_at(d, t + 1, &oe)) != NULL && oe <= max) {
		*end = oe;
		return on;
	}
	/* An acronym the text does not define: "the HCFJN board". */
	if (t < max && (on = person_org_initials(d, t)) != NULL) {
		*end = t + 1;
		return on;
	}
	for (e = t; e < max && e - t < 10; ) {
		if (e > t && (d->toks[e].flags & TK_SENT))
			break;
		if (person_org_tok(d, e)) {
			strong |= person_head_tok(d, e);
			role |= extract_lex_tok_in(d, e, title_heads);
			n++;
			if (d->toks[e++].flags & TK_POSS)
				break;
			continue;
		}
		for (j = e; j < max && j - e < 2 && extract_lex_tok_in(d, j, org_joins); j++)
			;
		if (e == t || j == e || j >= max || !person_org_tok(d, j))
			break;
		e = j;
	}
	if (n == 0)
		return NULL;
	/* A union's local keeps its number: "Workers United Local 88". */
	if (e < max && extract_lex_tok_is(d, e - 1, "Local") && (d->toks[e].flags & TK_DIGIT))
		e++;
	if (n >= 2 && (d->toks[e - 1].flags & TK_ACR))
		strong = 1;
	s = extract_lex_range(d, t, e);
	len = strlen(s);
	on = NULL;
	/* A short form: the first or last words of one known organization's name. */
	if (!person_is_dateline(d, s, len))
		for (i = 0; i < d->norgs; i++) {
			const char *nm = d->orgs[i].name, *hit = NULL;
			size_t	    nl = strlen(nm);

			/* The whole name, too, when its "&" kept it from the lookup. */
			if (strncmp(nm, s, len) == 0 && nm[len] == '\0' && e - t >= 2) {
				on = nm;
				break;
			}
			if (strncmp(nm, s, len) == 0 && (nm[len] == ' ' ||
			    ((d->toks[e - 1].flags & TK_POSS) && person_poss_word(nm + len))))
				hit = nm;
			else if (e - t >= 2 && nl > len && nm[nl - len - 1] == ' ' &&
			    strcmp(nm + nl - len, s) == 0)
				hit = nm;
			/* "the Port": "Port of X", not its "Port of X Commission". */
			if (hit != NULL && on != NULL && on != hit && !amb &&
			    (person_opens(hit, on) || person_opens(on, hit))) {
				if (strlen(hit) < strlen(on))
					on = hit;
			/* "Carver County" opens two offices' names: neither. */
			} else if (hit != NULL && on != NULL && on != hit) {
				on = NULL;
				amb = 1;
			} else if (hit != NULL && !amb)
				on = hit;
		}
	/* "Brookfield Children’s" opens two names, one the publisher's: the publisher's. */
	if (amb && d->publisher != NULL && person_opens_word(d->publisher, s, len))
		on = person_publisher(d);
	/* The publisher may not be in the list yet; if another opens so too, neither. */
	if (!amb && d->publisher != NULL && !person_is_dateline(d, s, len)) {
		size_t	nl = strlen(d->publisher);

		if (((nl > len && strncmp(d->publisher, s, len) == 0 && d->publisher[len] == ' ') ||
		    (e - t >= 2 && nl > len && d->publisher[nl - len - 1] == ' ' &&
		    strcmp(d->publisher + nl - len, s) == 0)) &&
		    (on == NULL || strcmp(on, d->publisher) == 0))
			on = extract_org_ensure(d, d->publisher, nl, (size_t)-1);
		else if (on != NULL && strcmp(on, d->publisher) != 0 && nl > len &&
		    strncmp(d->publisher, s, len) == 0 && d->publisher[len] == ' ')
			on = NULL;
	}
	/*
	 * One word that opens a unit's name and stands in the publisher's too:
	 * "Fire Chief X" of the fire department, not of its "Fire Marshal's Office".
	 */
	if (on != NULL && e - t == 1 && d->publisher != NULL && strcmp(on, d->publisher) != 0 &&
	    person_has_word(d->publisher, s))
		on = person_publisher(d);
	/* A new one: not a title ("Executive Director of the O"). */
	if (on == NULL && n >= 2 && weak >= 0 && (strong || (weak && n >= 3)) && !role &&
	    !extract_lex_tok_in(d, t, honorifics))
		on = extract_org_ensure(d, s, len, d->toks[t].start);
	free(s);
	if (on != NULL)
		*end = e;
	return on;
}

static const char *person_org_named(struct ex_doc *, const char *, size_t);
static const char *person_org_recent(struct ex_doc *, size_t);
static const char *person_org_described(struct ex_doc *, size_t);
static const char *person_pronoun_org(struct ex_doc *, size_t);
static const char *person_org_last_head(struct ex_doc *, size_t);

/*
 * Returns the organization a common noun at t stands for ("the group's",
 * "the museum's"): one named with it, else the one of its kind named just
 * before, else the publisher.
 */
static const char *
person_org_noun(struct ex_doc *d, size_t t)
{
	const char	*w = d->body + d->toks[t].start, *on;
	size_t		 wl = d->toks[t].end - d->toks[t].start;

	if ((on = person_org_by_head(d, w, wl, 0)) != NULL ||
	    (on = person_org_described(d, t)) != NULL ||
	    (on = person_org_recent(d, t)) != NULL ||
	    (on = person_org_last_head(d, t)) != NULL)
		return on;
	return person_org_by_head(d, w, wl, 1);
}

/*
 * Returns the organization named last before token t, within a few
 * sentences, whose name ends in the head noun at t ("the center's" after
 * "the Dale Business Center", though another center is named later), or NULL.
 */
static const char *
person_org_last_head(struct ex_doc *d, size_t t)
{
	const char	*w = d->body + d->toks[t].start, *on;
	size_t		 wl = d->toks[t].end - d->toks[t].start, j, s, oe;

	if (!extract_org_head(w, wl))
		return NULL;
	for (j = t; j > 0 && t - j < 80; j--) {
		if (!(d->toks[j - 1].flags & TK_CAP) ||
		    d->toks[j - 1].end - d->toks[j - 1].start != wl ||
		    strncasecmp(d->body + d->toks[j - 1].start, w, wl) != 0)
			continue;
		for (s = j - 1; s > 0 && j - s < 8 && person_org_tok(d, s - 1); s--)
			;
		for (; s < j; s++)
			if ((on = extract_org_at(d, s, &oe)) != NULL && oe == j)
				return on;
	}
	return NULL;
}

/* Returns the organization a noun phrase at t stands for ("the food bank"), setting *end. */
static const char *
person_org_common(struct ex_doc *d, size_t t, size_t max, size_t *end)
{
	const char	*on;
	size_t		 e;

	if (!extract_lex_tok_is(d, t, "the"))
		return NULL;
	/* "a spokeswoman for the agency": the publisher if so named, else the agency just named. */
	for (e = t + 1; e < max && e - t <= 3 && (d->toks[e].flags & TK_WORD) &&
	    !(d->toks[e].flags & TK_CAP); e++)
		if ((on = person_org_by_head(d, d->body + d->toks[e].start,
		    d->toks[e].end - d->toks[e].start, 0)) != NULL ||
		    (person_head_tok(d, e) && (on = person_org_recent(d, e)) != NULL) ||
		    (on = person_org_by_head(d, d->body + d->toks[e].start,
		    d->toks[e].end - d->toks[e].start, 1)) != NULL) {
			*end = e + 1;
			return on;
		}
	return NULL;
}

/* Returns 1 if token t is a preposition that may open a person's organization. */
static int
person_org_prep(const struct ex_doc *d, size_t t)
{
	return extract_lex_tok_is(d, t, "of") || extract_lex_tok_is(d, t, "at") ||
	    extract_lex_tok_is(d, t, "for") || extract_lex_tok_is(d, t, "with");
}

/* Returns 1 if token t is a role word ("director", "former"). */
static int
person_role_word(const struct ex_doc *d, size_t t)
{
	return person_title_tok(d, t) || extract_lex_tok_in(d, t, title_mods);
}

/*
 * Reads role words from token a (before max) until a preposition opens an
 * organization: "chief of pediatric psychiatry at O", "nurse and president
 * of O".  Without any, the words must be roles until an "of" phrase.  Returns
 * the token after the role words; sets *org (or NULL) and *oe after it.
 */
static size_t
person_role(struct ex_doc *d, size_t a, size_t max, int any, const char **org,
    size_t *oe)
{
	size_t	t = a, w = a;

	*org = NULL;
	while (t < max && t - a < 12 && (d->toks[t].flags & TK_WORD)) {
		if (t > a && person_org_prep(d, t)) {
			if ((*org = person_org_at(d, t + 1, max, oe, 1)) != NULL ||
			    (*org = person_org_common(d, t + 1, max, oe)) != NULL)
				return w;
			if (!extract_lex_tok_is(d, t, "of") || t + 1 >= max ||
			    (d->toks[t + 1].flags & TK_CAP))
				break;
			any = 1;	/* "of pediatric psychiatry" */
			t++;
			continue;
		}
		if ((d->toks[t].flags & TK_POSS) || extract_lex_tok_in(d, t, relatives))
			break;
		if (extract_lex_tok_is(d, t, "and") || extract_lex_tok_is(d, t, "the")) {
			t++;
			continue;
		}
		/* A place: "a wheelchair user from Duluth and board chair of O". */
		if (t > a && any && (extract_lex_tok_is(d, t, "in") || extract_lex_tok_is(d, t,
		    "from")) && person_org_tok(d, t + 1)) {
			for (t++; t < max && person_org_tok(d, t) && !person_head_tok(d, t); t++)
				;
			continue;
		}
		if ((d->toks[t].flags & TK_CAP) && !person_role_word(d, t))
			break;
		if (!any && !person_role_word(d, t)) {
			size_t	k;

			/* "chief financial officer": a modifier before the role. */
			for (k = t + 1; t > a && k < max && k - t < 3 &&
			    (d->toks[k].flags & TK_WORD) && !(d->toks[k].flags & TK_CAP) &&
			    !person_org_prep(d, k) && !person_role_word(d, k); k++)
				;
			if (t == a || k >= max || k - t >= 3 ||
			    !extract_lex_tok_in(d, k, title_heads))
				break;
			t = k;
		}
		w = ++t;
	}
	return w;
}

/* Sets the person's organization if it has none. */
static void
person_set_org(struct ex_person *p, const char *on)
{
	if (p != NULL && on != NULL && p->org == NULL)
		p->org = xstrdup(on);
}

/* Sets the person's title from tokens [a, b) if it has none. */
static void
person_set_title(const struct ex_doc *d, struct ex_person *p, size_t a, size_t b)
{
	if (p != NULL && p->title == NULL && a < b)
		p->title = person_title(d, a, b);
}

/*
 * Returns the organization the text introduces with the common noun w ("the
 * parent group Elm County Families for Safe Routes"), or NULL.
 */
static const char *
person_org_named(struct ex_doc *d, const char *w, size_t wl)
{
	const char	*on;
	size_t		 k, oe;

	for (k = 0; k + 1 < d->ntoks && k < PERSON_REACH; k++) {
		if ((d->toks[k].flags & TK_CAP) || d->toks[k].end - d->toks[k].start != wl ||
		    strncasecmp(d->body + d->toks[k].start, w, wl) != 0 ||
		    !person_org_tok(d, k + 1))
			continue;
		if ((on = person_org_at(d, k + 1, d->ntoks, &oe, 1)) != NULL)
			return on;
	}
	return NULL;
}

/*
 * Returns the organization a common head noun stands for ("the museum's",
 * "the council's"): the publisher if its name holds the word, else the one
 * organization named with it, else (if fallback) the publisher.
 */
static const char *
person_org_by_head(struct ex_doc *d, const char *w, size_t wl, int fallback)
{
	const char	*on;
	char		 word[64];
	int		 several;

	if (!extract_org_head(w, wl) || wl >= sizeof(word))
		return NULL;
	memcpy(word, w, wl);
	word[wl] = '\0';
	if (d->publisher != NULL && person_has_word(d->publisher, word))
		return person_publisher(d);
	if ((on = person_sole_org(d, word, &several)) == NULL && several)
		return NULL;
	if (on == NULL)
		on = person_org_named(d, w, wl);
	/* No other one is named so: the release's own ("the hospital's president"), never a newspaper's. */
	if (on == NULL && fallback && (d->kind == NULL || strcmp(d->kind, "article") != 0))
		return person_publisher(d);
	return on;
}

/* Returns the end of a few lower-case words ending in a role at a ("litigation director"), or a. */
static size_t
person_role_end(const struct ex_doc *d, size_t a, size_t max)
{
	size_t	w, last = a;

	/* "research director and the report's author": the role ends the title. */
	for (w = a; w < max && w - a < 3 && (d->toks[w].flags & TK_WORD) &&
	    !(d->toks[w].flags & TK_CAP) && !person_org_prep(d, w) &&
	    !extract_lex_tok_in(d, w, relatives); w++)
		if (extract_lex_tok_in(d, w, title_heads))
			last = w + 1;
	return last;
}

/* Returns the token after a possessive organization name at t ("NILC's"), or t. */
static size_t
person_poss_end(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	e;

	for (e = t; e < max && e - t < 8 && person_org_tok(d, e); e++)
		if (d->toks[e].flags & TK_POSS)
			return e + 1;
	return t;
}

/* Units of a larger body: an officer heading one speaks for the body. */
static const char *const unit_last[] = {
	"Division", "Bureau", "Unit", "Section", "Branch", NULL
};

/* Returns 1 if the organization's name on ends in a unit's noun ("Fraud Division"). */
static int
person_unit_name(const char *on)
{
	const char	*w = strrchr(on, ' ');

	return w != NULL && w[1] >= 'B' && w[1] <= 'U' &&
	    extract_lex_in(w + 1, strlen(w + 1), unit_last);
}

/* Sets what the person lacks from an appositive after token e; returns the token after it. */
size_t
extract_person_appositive(struct ex_doc *d, struct ex_person *p, size_t e, size_t max)
{
	const char	*on;
	size_t		 t = e, a, oe, w, k;

	if (max > d->ntoks)
		max = d->ntoks;
	/* "X, M.D., M.P.H., assistant professor": the credentials are skipped. */
	while (t + 2 < max && d->body[d->toks[t].start] == ',' &&
	    (d->toks[t + 1].flags & TK_CAP) && extract_lex_tok_in(d, t + 1, credentials))
		t += 2;
	/* " of [the] ORG" */
	if (t < max && extract_lex_tok_is(d, t, "of") &&
	    (on = person_org_at(d, t + 1, max, &oe, 0)) != NULL) {
		person_set_org(p, on);
		return oe;
	}
	/* " is the policy director at ORG" */
	if (t + 2 < max && (extract_lex_tok_is(d, t, "is") || extract_lex_tok_is(d, t, "was")) &&
	    (extract_lex_tok_is(d, t + 1, "the") || extract_lex_tok_is(d, t + 1, "a") ||
	    extract_lex_tok_is(d, t + 1, "an")) && !(d->toks[t + 2].flags & TK_CAP)) {
		a = t + 2;
		w = person_role(d, a, max, 0, &on, &oe);
		for (k = a; k < w && !extract_lex_tok_in(d, k, title_heads); k++)
			;
		if (k == w)
			return e;
		person_set_title(d, p, a, w);
		person_set_org(p, on);
		return on != NULL ? oe : w;
	}
	/* "X of Amsterdam, a retired teacher": the place is skipped. */
	if (t + 2 < max && extract_lex_tok_is(d, t, "of") && person_org_tok(d, t + 1) &&
	    d->body[d->toks[t + 2].start] == ',')
		t += 2;
	if (t >= max || d->body[d->toks[t].start] != ',')
		return e;
	t++;
	/* ", now a postdoctoral researcher at ORG": the present post. */
	if (t + 1 < max && extract_lex_tok_is(d, t, "now") && (extract_lex_tok_is(d, t + 1, "a") ||
	    extract_lex_tok_is(d, t + 1, "an") || extract_lex_tok_is(d, t + 1, "the")))
		t++;
	/* ", who serves as executive director of ORG" */
	if (extract_lex_tok_is(d, t, "who") && t + 2 < max &&
	    extract_lex_tok_in(d, t + 1, serve_verbs)) {
		a = t + 2 + extract_lex_tok_is(d, t + 2, "as");
		a += extract_lex_tok_is(d, a, "the") || extract_lex_tok_is(d, a, "a") ||
		    extract_lex_tok_is(d, a, "an");
		w = person_role(d, a, max, 0, &on, &oe);
		if (w > a && on != NULL) {
			person_set_title(d, p, a, w);
			person_set_org(p, on);
			return oe;
		}
	}
	/* ", who chairs the ORG", ", who helped start the group" */
	a = t + 1 + extract_lex_tok_is(d, t + 1, "helped");
	if (extract_lex_tok_is(d, t, "who") && extract_lex_tok_in(d, a, lead_verbs)) {
		/* "who leads the office's Consumer Division": a unit of the office's. */
		on = NULL;
		if (a + 3 < max && extract_lex_tok_is(d, a + 1, "the") &&
		    (d->toks[a + 2].flags & TK_POSS) && !(d->toks[a + 2].flags & TK_CAP) &&
		    person_org_tok(d, a + 3) &&
		    (on = person_org_by_head(d, d->body + d->toks[a + 2].start,
		    d->toks[a + 2].end - d->toks[a + 2].start, 0)) == NULL)
			on = person_org_recent(d, a + 2);
		/* "who leads our property crimes unit": a unit of the publisher's. */
		if (on == NULL && a + 2 < max && extract_lex_tok_is(d, a + 1, "our"))
			on = person_pronoun_org(d, a + 1);
		if (on != NULL) {
			person_set_org(p, on);
			/* The unit is an organization too. */
			if (person_org_at(d, a + 3, max, &oe, 1) == NULL)
				for (oe = a + 3; oe < max && person_org_tok(d, oe); oe++)
					;
			return oe;
		}
		/* "the Corliss Court tenant committee": a place before a common noun. */
		w = a + 1 + extract_lex_tok_is(d, a + 1, "the");
		for (k = w; k < max && k < a + 10 && person_org_tok(d, k); k++)
			;
		if (k > w && k + 1 < max && (d->toks[k].flags & TK_WORD) &&
		    !(d->toks[k].flags & TK_CAP) && !person_org_prep(d, k) &&
		    (person_head_tok(d, k) || ((d->toks[k + 1].flags & TK_WORD) &&
		    !(d->toks[k + 1].flags & TK_CAP) && person_head_tok(d, k + 1))))
			on = NULL;
		else if ((on = person_org_at(d, a + 1, max, &oe, 1)) == NULL &&
		    extract_lex_tok_is(d, a + 1, "the") && a + 2 < max &&
		    !(d->toks[a + 2].flags & TK_CAP) && person_head_tok(d, a + 2)) {
			/* "who chairs the committee": the one committee named. */
			on = person_org_by_head(d, d->body + d->toks[a + 2].start,
			    d->toks[a + 2].end - d->toks[a + 2].start, 0);
			oe = a + 3;
		} else if (on == NULL)
			/* "who coordinates the seed library": the publisher's. */
			on = person_org_common(d, a + 1, max, &oe);
		/* "who heads the Fraud Division": the officer speaks for the publisher. */
		if (on != NULL && person_unit_name(on) && d->publisher != NULL &&
		    (d->kind == NULL || strcmp(d->kind, "article") != 0) &&
		    person_publisher(d) != NULL)
			on = person_publisher(d);
		if (on != NULL) {
			person_set_org(p, on);
			return oe;
		}
	}
	/* ", [the] ORG's executive director" */
	k = t + extract_lex_tok_is(d, t, "the");
	if ((a = person_poss_end(d, k, max)) > k && person_role_word(d, a)) {
		w = person_role(d, a, max, 0, &on, &oe);
		if (w > a && (on = person_org_at(d, k, a, &oe, 1)) != NULL) {
			person_set_title(d, p, a, w);
			person_set_org(p, on);
			return w;
		}
	}
	/* ", JVLC's litigation director", ", the Band's fisheries director" */
	if (a > k && (w = person_role_end(d, a, max)) > a &&
	    ((on = person_org_at(d, k, a, &oe, -1)) != NULL ||
	    (k > t && a == k + 1 && (on = person_org_by_word(d, k)) != NULL))) {
		person_set_title(d, p, a, w);
		person_set_org(p, on);
		return w;
	}
	/* ", Orchard Fund executive director" */
	if (t < max && (d->toks[t].flags & TK_CAP) &&
	    (on = person_org_at(d, t, max, &oe, -1)) != NULL && oe < max &&
	    !(d->toks[oe].flags & TK_CAP) && person_role_word(d, oe)) {
		const char *o2;

		w = person_role(d, oe, max, 0, &o2, &a);
		person_set_title(d, p, oe, w);
		person_set_org(p, on);
		return w;
	}
	/* ", a ORG attorney", ", an emergency physician at ORG", ", the museum's curator" */
	if (t < max && (extract_lex_tok_is(d, t, "a") || extract_lex_tok_is(d, t, "an") ||
	    extract_lex_tok_is(d, t, "the"))) {
		t++;
		on = NULL;
		if (t < max && extract_lex_tok_is(d, t - 1, "the") &&
		    (d->toks[t].flags & TK_POSS) && !(d->toks[t].flags & TK_CAP) &&
		    ((on = person_org_noun(d, t)) != NULL ||
		    (on = person_org_by_word(d, t)) != NULL))
			a = t + 1;
		else if ((on = extract_org_at(d, t, &oe)) != NULL && oe <= max)
			a = oe;
		else
			a = t;
		if (on != NULL) {
			/* After an organization any role noun will do ("a NILC attorney"). */
			for (w = a; w < max && w - a < 5 && (d->toks[w].flags & TK_WORD) &&
			    !(d->toks[w].flags & TK_CAP) && !person_org_prep(d, w); w++)
				;
			if (w == a)
				return e;
			person_set_title(d, p, a, w);
			person_set_org(p, on);
			return w;
		}
		w = person_role(d, a, max, 1, &on, &oe);
		if (w == a)
			return e;
		for (k = a; on == NULL && k < w && !person_role_word(d, k); k++)
			;
		if (on == NULL && k == w)
			return e;
		person_set_title(d, p, a, w);
		person_set_org(p, on);
		return on != NULL ? oe : w;
	}
	/* ", executive director of [the] ORG" */
	a = t;
	if (!person_role_word(d, t)) {
		/* ", coalition coordinator,": a few words ending in a role. */
		for (w = a; w < max && w - a < 3 && (d->toks[w].flags & TK_WORD) &&
		    !(d->toks[w].flags & TK_CAP) && !person_org_prep(d, w); w++)
			;
		if (w == a || !extract_lex_tok_in(d, w - 1, title_heads) ||
		    (w < max && (d->toks[w].flags & TK_WORD) && !person_org_prep(d, w)))
			return e;
		person_set_title(d, p, a, w);
		if (w < max && person_org_prep(d, w) &&
		    (on = person_org_at(d, w + 1, max, &oe, 1)) != NULL) {
			person_set_org(p, on);
			return oe;
		}
		return w;
	}
	w = person_role(d, a, max, 0, &on, &oe);
	if (w == a)
		return e;
	person_set_title(d, p, a, w);
	person_set_org(p, on);
	return on != NULL ? oe : w;
}

/* Returns the first token of a title ending before token t (headed: a role follows), or t. */
static size_t
person_title_before(const struct ex_doc *d, size_t t, int headed)
{
	size_t	a = t;

	while (a > 0 && t - a < 6) {
		size_t	p = a - 1;

		if (!(d->toks[p].flags & TK_WORD) || (d->toks[p].flags & TK_POSS))
			break;
		if (person_title_tok(d, p) || extract_lex_tok_in(d, p, title_mods)) {
			a = p;
			continue;
		}
		/* Place words inside a title: "former New York district attorney". */
		if ((d->toks[p].flags & TK_CAP) && a < t && p > 0 &&
		    !(d->toks[p].flags & TK_SENT) && !extract_org_head(d->body + d->toks[p].start,
		    d->toks[p].end - d->toks[p].start) &&
		    !extract_lex_tok_in(d, p, not_name)) {
			size_t	q = p;

			while (q > 0 && (d->toks[q - 1].flags & TK_CAP) &&
			    (d->toks[q - 1].flags & TK_WORD) && p - q < 3)
				q--;
			if (q > 0 && extract_lex_tok_in(d, q - 1, title_mods)) {
				a = q - 1;
				break;
			}
			break;
		}
		break;
	}
	if (a < t && !headed && !extract_lex_tok_in(d, t - 1, title_heads))
		return t;
	/* "School board President X": the body's head noun opens the title. */
	if (a < t && a > 0 && (d->toks[a - 1].flags & TK_CAP) &&
	    (d->toks[a - 1].flags & TK_SENT) && person_head_tok(d, a - 1))
		a--;
	/* A title needs a role word, not just "former". */
	while (a < t && extract_lex_tok_in(d, a, title_mods) && a + 1 == t)
		a++;
	return a;
}

/* Returns 1 if the capitalized run around [a, b) holds an organization head noun. */
static int
person_in_org(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t;

	/* An organization's name does not run across a line break. */
	for (t = b; t < d->ntoks && t < b + 3 && (d->toks[t].flags & TK_CAP) &&
	    (d->toks[t].flags & TK_WORD) && !(d->toks[t].flags & TK_PARA); t++)
		if (extract_org_head(d->body + d->toks[t].start, d->toks[t].end - d->toks[t].start))
			return 1;
	(void)a;
	return 0;
}

/* Returns the first token of the honorifics just before token t ("President and CEO", "Dr."). */
static size_t
person_honorifics_before(const struct ex_doc *d, size_t t)
{
	size_t	h = t;

	while (h > 0 && t - h < 5) {
		if (extract_lex_tok_in(d, h - 1, honorifics) &&
		    (d->toks[h - 1].flags & TK_CAP))
			h--;
		else if (h >= 2 && h < t && extract_lex_tok_is(d, h - 1, "and") &&
		    extract_lex_tok_in(d, h - 2, honorifics) && (d->toks[h - 2].flags & TK_CAP))
			h -= 2;
		else
			break;
	}
	/* ", the Rev. Dr. X" */
	if (h < t && h >= 2 && extract_lex_tok_is(d, h - 1, "the") &&
	    d->body[d->toks[h - 2].start] == ',')
		h--;
	return h;
}

/*
 * Returns 1 if the run [s, a) opens with two words that close the name of
 * the publisher or of a known organization: a unit of it, no new body
 * ("Water Quality Enforcement Manager" of the "Department of Water Quality").
 */
static int
person_unit_words(const struct ex_doc *d, size_t s, size_t a)
{
	char	*w;
	size_t	 i, wl, nl;
	int	 hit = 0;

	if (a < s + 3)
		return 0;
	w = extract_lex_range(d, s, s + 2);
	wl = strlen(w);
	if (d->publisher != NULL && (nl = strlen(d->publisher)) > wl &&
	    d->publisher[nl - wl - 1] == ' ' && strcmp(d->publisher + nl - wl, w) == 0)
		hit = 1;
	for (i = 0; i < d->norgs && !hit; i++)
		if ((nl = strlen(d->orgs[i].name)) > wl && d->orgs[i].name[nl - wl - 1] == ' ' &&
		    strcmp(d->orgs[i].name + nl - wl, w) == 0)
			hit = 1;
	free(w);
	return hit;
}

/* Returns the organization named just before the title at a ("RCA Deputy Administrator"). */
static const char *
person_org_before(struct ex_doc *d, size_t a)
{
	const char	*on;
	size_t		 s, oe;

	if (a == 0)
		return NULL;
	s = a - 1;
	/* "the museum's curator X" */
	if ((d->toks[s].flags & TK_POSS) && !(d->toks[s].flags & TK_CAP) && s > 0 &&
	    extract_lex_tok_is(d, s - 1, "the"))
		return person_org_noun(d, s);
	/* "Local 1189 President X" */
	if (s > 0 && (d->toks[s].flags & TK_DIGIT) && extract_lex_tok_is(d, s - 1, "Local"))
		s--;
	if (!person_org_tok(d, s))
		return NULL;
	/* Back over the capitalized run, joins and all ("University of Chicago"). */
	while (s > 0 && a - s < 8 && !(d->toks[s].flags & TK_SENT)) {
		if (person_org_tok(d, s - 1))
			s--;
		else if (s > 1 && extract_lex_tok_in(d, s - 1, org_joins) &&
		    person_org_tok(d, s - 2))
			s -= 2;
		else
			break;
	}
	if (person_unit_words(d, s, a))
		return NULL;
	for (; s < a; s++)
		if (person_org_tok(d, s) &&
		    (on = person_org_at(d, s, a, &oe, 1)) != NULL && oe == a)
			return on;
	/* "Council President X": the one body whose name ends in the head noun. */
	if (person_head_tok(d, a - 1) && (a < 2 || !person_org_tok(d, a - 2)))
		return person_org_by_word(d, a - 1);
	return NULL;
}

/*
 * Returns the first of one or two lower-case words before the title at a
 * that follow an organization's name ("DVLC litigation director"), setting
 * *on; a if none.
 */
static size_t
person_field_before(struct ex_doc *d, size_t a, const char **on)
{
	size_t	k, p;

	for (k = 1; k <= 2 && k < a; k++) {
		p = a - k;
		if (!(d->toks[p].flags & TK_WORD) || (d->toks[p].flags & (TK_CAP |
		    TK_POSS | TK_DIGIT | TK_SENT)) || extract_lex_tok_in(d, p, name_joins) ||
		    extract_lex_tok_in(d, p, relatives) || person_org_prep(d, p) ||
		    extract_lex_tok_in(d, p, org_pronouns) || extract_lex_tok_is(d, p, "a") ||
		    extract_lex_tok_is(d, p, "an"))
			return a;
		if ((*on = person_org_before(d, p)) != NULL)
			return p;
	}
	return a;
}

/* Returns the first organization named in tokens [a, b), by name or as "the association". */
static const char *
person_sentence_org(struct ex_doc *d, size_t a, size_t b)
{
	const char	*on;
	size_t		 t, oe;

	for (t = a; t < b; t++) {
		if ((on = extract_org_at(d, t, &oe)) != NULL)
			return on;
		if (t + 1 < b && extract_lex_tok_is(d, t, "the") &&
		    !(d->toks[t + 1].flags & TK_CAP) && person_head_tok(d, t + 1) &&
		    (on = person_org_by_head(d, d->body + d->toks[t + 1].start,
		    d->toks[t + 1].end - d->toks[t + 1].start, 0)) != NULL)
			return on;
	}
	return NULL;
}

/* Common nouns that refer back to an organization of a kind ("the agency's director"). */
static const struct {
	const char	*noun;
	const char	*kind;
} ref_nouns[] = {
	{ "agency", "government" }, { "department", "government" },
	{ "office", "government" }, { "bureau", "government" },
	{ "ministry", "government" }, { "administration", "government" },
	{ "university", "academic" }, { "institute", "academic" },
	{ "college", "academic" }, { "company", "advocacy" },
	{ "firm", "advocacy" }, { "nonprofit", "advocacy" },
	{ "group", "" }, { "organization", "" }, { "coalition", "" },
};

/*
 * Returns the organization an earlier appositive called by the noun at token
 * k ("the group's organizer" after "The X Union, a volunteer advocacy
 * group,"), or NULL.
 */
static const char *
person_org_described(struct ex_doc *d, size_t k)
{
	const struct ex_tok *n = &d->toks[k];
	const char	*on;
	size_t		 j, a, c, st, oe, len = n->end - n->start;

	for (j = k; j > 0 && k - j < 120; j--) {
		const struct ex_tok *o = &d->toks[j - 1];

		if (o->end - o->start != len || (o->flags & TK_CAP) ||
		    memcmp(d->body + o->start, d->body + n->start, len) != 0)
			continue;
		/* ", a[n] ... noun" within a few words */
		for (a = j - 1; a > 1 && j - 1 - a < 6 && !extract_lex_tok_is(d, a - 1, "a") &&
		    !extract_lex_tok_is(d, a - 1, "an"); a--)
			;
		if (a < 2 || j - 1 - a >= 6 || d->body[d->toks[a - 2].start] != ',')
			continue;
		c = a - 2;
		for (st = c; st > 0 && c - st < 8 && (d->toks[st - 1].flags & TK_WORD); st--)
			;
		for (; st < c; st++)
			if ((d->toks[st].flags & TK_CAP) &&
			    (on = extract_org_at(d, st, &oe)) != NULL && oe == c)
				return on;
	}
	return NULL;
}

/*
 * Returns the organization last named before token k, in its sentence or
 * the one before, when it is of the kind the noun at k refers to ("the
 * agency's director" after "the Idaho Transportation Department"), or NULL.
 */
static const char *
person_org_recent(struct ex_doc *d, size_t k)
{
	struct ex_org	*o;
	const char	*on, *last = NULL, *kind = NULL;
	size_t		 i, s, t, oe;

	for (i = 0; i < sizeof(ref_nouns) / sizeof(ref_nouns[0]); i++)
		if (extract_lex_tok_is(d, k, ref_nouns[i].noun))
			kind = ref_nouns[i].kind;
	if (kind == NULL || k >= d->ntoks)
		return NULL;
	/* Its sentence and the two before, or 60 tokens back if more (quotations break sentences). */
	s = extract_lex_sentence(d, k);
	for (i = 0; i < 2 && s > 0; i++)
		s = extract_lex_sentence(d, s - 1);
	if (k - s < 60)
		s = k > 60 ? k - 60 : 0;
	for (t = s; t < k; t++) {
		/* A name the lookup misses ("Quillan Towing & Recovery LLC") at a run's start. */
		if (!(d->toks[t].flags & TK_CAP) || (((on = extract_org_at(d, t, &oe)) == NULL ||
		    oe > k) && ((t > 0 && (d->toks[t - 1].flags & TK_CAP) &&
		    (d->toks[t - 1].flags & TK_WORD)) ||
		    (on = person_org_at(d, t, k, &oe, -1)) == NULL || oe > k)))
			continue;
		/* "" : a group of any kind but a government's or a school's. */
		if ((o = extract_org_find(d, on, strlen(on))) != NULL &&
		    (*kind == '\0' ? strcmp(extract_org_kind(d, (size_t)(o - d->orgs)),
		    "government") != 0 && strcmp(extract_org_kind(d, (size_t)(o - d->orgs)),
		    "academic") != 0 : strcmp(extract_org_kind(d, (size_t)(o - d->orgs)),
		    kind) == 0))
			last = on;
		t = oe - 1;
	}
	return last;
}

/* Returns the organization a possessive pronoun at token k stands for ("Our", "Its"), or NULL. */
static const char *
person_pronoun_org(struct ex_doc *d, size_t k)
{
	const char	*on;
	size_t		 s, ps;

	if (!extract_lex_tok_in(d, k, org_pronouns))
		return NULL;
	if (extract_lex_tok_is(d, k, "our"))
		return person_publisher(d);
	/* "its": the first organization of its sentence, else of the one before. */
	s = extract_lex_sentence(d, k);
	if ((on = person_sentence_org(d, s, k)) != NULL || s == 0)
		return on;
	ps = extract_lex_sentence(d, s - 1);
	return person_sentence_org(d, ps, s);
}

/*
 * Returns 1 if word w of a name ending before e stands alone later, as a
 * surname does, or a given name in a feature story ("Harold, now 81,").
 */
static int
person_word_again(const struct ex_doc *d, size_t w, size_t e)
{
	const struct ex_tok *l = &d->toks[w];
	size_t		     k, len = l->end - l->start;

	for (k = e + 1; k < d->ntoks && k - e < PERSON_REACH; k++) {
		const struct ex_tok *o = &d->toks[k];

		if (o->end - o->start != len || !(o->flags & TK_CAP) ||
		    memcmp(d->body + o->start, d->body + l->start, len) != 0)
			continue;
		if (person_org_tok(d, k - 1) || extract_lex_tok_is(d, k - 1, "the") ||
		    extract_lex_tok_in(d, k - 1, org_joins))
			continue;
		/* A surname is followed by its verb, a comma or a possessive. */
		if ((o->flags & TK_POSS) || (k + 1 < d->ntoks &&
		    (d->body[d->toks[k + 1].start] == ',' ||
		    extract_lex_tok_in(d, k + 1, surname_next))))
			return 1;
	}
	return 0;
}

/*
 * Returns 1 if the given name of the two-word name at t opens a later
 * sentence alone, set off by a comma, as feature stories name their
 * subject ("Harold, now 81, has farmed").
 */
static int
person_given_again(const struct ex_doc *d, size_t t, size_t e)
{
	const struct ex_tok *l = &d->toks[t];
	size_t		     k, len = l->end - l->start;

	for (k = e + 1; k + 1 < d->ntoks && k - e < PERSON_REACH; k++) {
		const struct ex_tok *o = &d->toks[k];

		if (o->end - o->start != len || !(o->flags & TK_SENT) ||
		    d->body[o->start] != d->body[l->start] ||
		    memcmp(d->body + o->start, d->body + l->start, len) != 0)
			continue;
		if (d->body[d->toks[k + 1].start] == ',' &&
		    d->toks[k + 1].end - d->toks[k + 1].start == 1)
			return 1;
	}
	return 0;
}

/* Returns 1 if the surname or, for a two-word name at t, the given name stands alone later. */
static int
person_named_again(const struct ex_doc *d, size_t t, size_t e)
{
	return person_word_again(d, e - 1, e) || (e - t == 2 && person_given_again(d, t, e));
}

/*
 * Returns 1 if an appositive after the name ending before token e gives it a
 * role: ", coalition coordinator,", ", a nurse and president of O", " is the
 * policy director at O".
 */
static int
person_role_after(struct ex_doc *d, size_t e)
{
	struct ex_person tmp;
	const char	*s, *w;
	int		 ok = 0;

	memset(&tmp, 0, sizeof(tmp));
	extract_person_appositive(d, &tmp, e, d->ntoks);
	for (s = tmp.title; s != NULL && *s != '\0' && !ok; s = *w ? w + 1 : w) {
		for (w = s; *w != '\0' && *w != ' '; w++)
			;
		ok = extract_lex_in(s, (size_t)(w - s), title_heads);
	}
	extract_person_free(&tmp);
	return ok;
}

/*
 * Returns 1 if an age stands in commas after the name ending before token e
 * ("Jo Lee Roe, 34, of Ashburn"), as news and police releases give it.
 */
static int
person_age_after(const struct ex_doc *d, size_t e)
{
	const struct ex_tok *k;
	size_t		     len;

	if (e + 2 >= d->ntoks || d->body[d->toks[e].start] != ',' ||
	    d->toks[e].end - d->toks[e].start != 1)
		return 0;
	k = &d->toks[e + 1];
	len = k->end - k->start;
	if (!(k->flags & TK_DIGIT) || len < 1 || len > 3 ||
	    !extract_lex_digit(d->body, d->body_len, k->start) ||
	    (len > 1 && !extract_lex_digit(d->body, d->body_len, k->start + 1)) ||
	    (len > 2 && (d->body[k->start] != '1' ||
	    !extract_lex_digit(d->body, d->body_len, k->start + 2))))
		return 0;
	/* The age closes its appositive: ", 34," or ", 34;" or ", 34)". */
	return d->toks[e + 2].end - d->toks[e + 2].start == 1 &&
	    memchr(",;.)", d->body[d->toks[e + 2].start], 4) != NULL;
}

/* Returns 1 if a passive verb said of people follows the name ending before e ("X was arrested"). */
static int
person_passive_after(const struct ex_doc *d, size_t e)
{
	if (e + 1 >= d->ntoks || d->body[d->toks[e].start] != 'w' ||
	    !extract_lex_tok_is(d, e, "was"))
		return 0;
	return extract_lex_tok_in(d, e + 1, person_passives);
}

/* Returns the end of the paragraph starting at token a. */
static size_t
person_para_end(const struct ex_doc *d, size_t a)
{
	size_t	e = a + 1;

	while (e < d->ntoks && !(d->toks[e].flags & TK_PARA) && e - a < 64)
		e++;
	return e;
}

/*
 * Reads a contact or signature block: the name alone on its line, a title
 * line under it ("Senior Communications Specialist", "Executive Director,
 * O", "Director of Policy at O"), perhaps the organization's line.  Returns 1
 * if [t, e) is such a name, and fills the person's title and organization.
 */
static int
person_block(struct ex_doc *d, size_t t, size_t e, struct ex_person *p)
{
	const char	*on = NULL;
	size_t		 a, b, k, r, oe, te;
	int		 role = 0;

	if (!(d->toks[t].flags & TK_PARA) || e >= d->ntoks || !(d->toks[e].flags & TK_PARA))
		return 0;
	a = e;
	b = person_para_end(d, a);
	if (b - a > 16)
		return 0;
	for (r = a; r < b && (d->toks[r].flags & TK_WORD) && ((d->toks[r].flags & TK_CAP) ||
	    extract_lex_tok_in(d, r, name_joins) || person_org_prep(d, r)); r++)
		if (extract_lex_tok_in(d, r, title_heads))
			role = 1;
	if (!role || (r < b && d->body[d->toks[r].start] != ','))
		return 0;
	te = r;
	if (r < b && ((on = person_org_at(d, r + 1, b, &oe, 1)) == NULL || oe != b))
		return 0;
	/* "Director of Policy at O" */
	for (k = a + 1; on == NULL && k < r; k++)
		if (person_org_prep(d, k) && (on = person_org_at(d, k + 1, b, &oe, 0)) != NULL) {
			if (oe == b)
				te = k;
			else
				on = NULL;
		}
	if (p == NULL)
		return 1;
	person_set_title(d, p, a, te);
	if (on == NULL && b < d->ntoks && (on = extract_org_at(d, b, &oe)) != NULL &&
	    oe != person_para_end(d, b))
		on = NULL;
	if (on == NULL)
		on = person_publisher(d);
	person_set_org(p, on);
	return 1;
}

/*
 * Returns the end of role words at k that a preposition and an organization
 * follow up to e ("spokesperson for the department"), setting *on; k if none.
 */
static size_t
person_role_for(struct ex_doc *d, size_t k, size_t e, const char **on)
{
	size_t	j, oe;

	for (j = k; j < e && person_role_word(d, j) && !person_org_prep(d, j); j++)
		;
	if (j == k || j + 1 >= e || !extract_lex_tok_in(d, j - 1, title_heads) ||
	    !person_org_prep(d, j))
		return k;
	if ((*on = person_org_at(d, j + 1, e, &oe, -1)) != NULL && oe == e)
		return j;
	*on = NULL;
	if (j + 3 != e || !extract_lex_tok_is(d, j + 1, "the") ||
	    (d->toks[j + 2].flags & (TK_CAP | TK_POSS)))
		return k;
	if ((*on = person_org_by_head(d, d->body + d->toks[j + 2].start,
	    d->toks[j + 2].end - d->toks[j + 2].start, 0)) == NULL)
		*on = person_org_recent(d, j + 2);
	return *on != NULL ? j : k;
}

/*
 * Returns 1 if the organization's name nm holds the name after a title, at its
 * end or before "of" or a comma ("Board of Education President Jo Roe", "U.S.
 * Senator Jo Roe of Nevada"): a person run into a body's or an office's name.
 */
static int
person_titled_in(const char *nm, const char *name)
{
	const char	*at;
	size_t		 l = strlen(name), nl, w;

	if ((at = strstr(nm, name)) == NULL || at - nm < 3 || at[-1] != ' ')
		return 0;
	if (at[l] != '\0' && strncmp(at + l, " of ", 4) != 0 && at[l] != ',')
		return 0;
	nl = (size_t)(at - nm) - 1;
	for (w = nl; w > 0 && nm[w - 1] != ' '; w--)
		;
	return extract_lex_in(nm + w, nl - w, title_heads);
}

/*
 * Returns the first role word of "a spokesperson for O" ending at the comma
 * c before a name, setting *on and *re (the end of the role words); c if none.
 */
static size_t
person_role_for_before(struct ex_doc *d, size_t c, const char **on, size_t *re)
{
	size_t	k;

	for (k = c > 10 ? c - 10 : 1; k + 1 < c; k++) {
		if (!extract_lex_tok_is(d, k - 1, "a") && !extract_lex_tok_is(d, k - 1, "an") &&
		    !extract_lex_tok_is(d, k - 1, "the"))
			continue;
		if ((*re = person_role_for(d, k, c, on)) > k)
			return k;
	}
	*on = NULL;
	return c;
}

/* Returns 1 if a word of tokens [a, b) is a role that may end a title ("director of litigation"). */
static int
person_has_head(const struct ex_doc *d, size_t a, size_t b)
{
	for (; a < b; a++)
		if (extract_lex_tok_in(d, a, title_heads))
			return 1;
	return 0;
}

/* Returns 1 if token t is the "of" or "for" of a title ("Vice President of Engineering"). */
static int
person_field_prep(const struct ex_doc *d, size_t t)
{
	return t >= 1 && t < d->ntoks && (extract_lex_tok_is(d, t, "of") ||
	    extract_lex_tok_is(d, t, "for")) && (d->toks[t - 1].flags & TK_CAP) &&
	    extract_lex_tok_in(d, t - 1, title_heads);
}

/*
 * Returns where the name ends the capitalized run [t, e) after a title's
 * field ("Vice President of Engineering Carla Roe": "Carla"): its last two
 * words, or three with a middle initial; t if the run follows no title.
 */
static size_t
person_after_field(const struct ex_doc *d, size_t t, size_t e)
{
	size_t	n;

	if (t < 2 || e < t + 3 || !person_field_prep(d, t - 1))
		return t;
	n = e - 2;
	if (d->toks[n].end - d->toks[n].start <= 2 && n > t + 1)
		n--;
	return n;
}

/*
 * Returns the first token of a title with a field ending before the name at
 * t ("Assistant Superintendent for Business Services X"), or t.
 */
static size_t
person_field_title(const struct ex_doc *d, size_t t)
{
	size_t	k = t, a;

	while (k > 0 && t - k < 4 && (d->toks[k - 1].flags & TK_CAP) &&
	    (d->toks[k - 1].flags & TK_WORD) && !(d->toks[k - 1].flags & TK_POSS) &&
	    !extract_lex_tok_in(d, k - 1, title_heads) && !(d->toks[k].flags & TK_SENT))
		k--;
	if (k == t || k < 2 || !person_field_prep(d, k - 1))
		return t;
	a = person_title_before(d, k - 1, 1);
	return a < k - 1 ? a : t;
}

/* Returns the one organization named as a union's local ("X Union Local 311"), or NULL. */
static const char *
person_local(const struct ex_doc *d)
{
	const char	*on = NULL;
	size_t		 i;

	for (i = 0; i < d->norgs; i++)
		if (strstr(d->orgs[i].name, "Local ") != NULL &&
		    person_has_word(d->orgs[i].name, "Local")) {
			if (on != NULL && strstr(on, d->orgs[i].name) == NULL &&
			    strstr(d->orgs[i].name, on) == NULL)
				return NULL;
			if (on == NULL || strlen(d->orgs[i].name) > strlen(on))
				on = d->orgs[i].name;
		}
	return on;
}

/* Returns 1 if the line [a, b) is a contact block's label ("Media", "Investor Contact:"). */
static int
person_contact_label(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t;
	char	c;
	int	words = 0;

	if (b - a > 4 || !(d->toks[a].flags & TK_CAP))
		return 0;
	for (t = a; t < b; t++) {
		c = d->body[d->toks[t].start];
		if (d->toks[t].flags & TK_WORD) {
			if (!extract_lex_tok_in(d, t, contact_labels))
				return 0;
			words++;
		} else if (c != ':' && c != '&' && c != '/')
			return 0;
	}
	return words > 0;
}

/* Returns 1 if the line [a, b) opens with a title: a role among its first capitalized words. */
static int
person_title_line(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t;

	for (t = a; t < b && t < a + 5 && (d->toks[t].flags & TK_WORD) &&
	    (d->toks[t].flags & TK_CAP); t++)
		if (extract_lex_tok_in(d, t, title_heads))
			return 1;
	return 0;
}

/* Returns 1 if the tokens [e, b) after a contact's name are an address: an e-mail or a phone. */
static int
person_address_rest(const struct ex_doc *d, size_t e, size_t b)
{
	if (e == b)
		return 1;
	for (; e < b; e++)
		if (d->body[d->toks[e].start] == '@' || (d->toks[e].flags & TK_DIGIT))
			return 1;
	return 0;
}

/* Returns the end of the field at a: the next comma or parenthesis of the line, or b. */
static size_t
person_field_end(const struct ex_doc *d, size_t a, size_t b)
{
	while (a < b && d->body[d->toks[a].start] != ',' && d->body[d->toks[a].start] != '(')
		a++;
	return a;
}

/*
 * Adds the person [t, e) of a trailing line with title [ta, tb) and
 * organization [oa, ob); returns them, or NULL if none.
 */
static struct ex_person *
person_line_add(struct ex_doc *d, size_t t, size_t e, unsigned role, size_t ta, size_t tb,
    size_t oa, size_t ob)
{
	struct ex_person *p;
	size_t		  n = d->npeople, i;
	char		 *name, *o;

	name = extract_lex_range(d, t, e);
	p = extract_person_add(d, name, strlen(name), role, 0);
	free(name);
	if (p == NULL)
		return NULL;
	/* Its evidence would point into the trailing lines. */
	if (d->npeople > n)
		p->ev_start = p->ev_end = 0;
	if (p->title == NULL && tb > ta)
		p->title = person_title(d, ta, tb);
	if (p->org == NULL && ob > oa) {
		o = extract_lex_range(d, oa, ob);
		for (i = 0; i < d->norgs; i++)
			if (strcmp(d->orgs[i].name, o) == 0) {
				p->org = xstrdup(o);
				break;
			}
		free(o);
	}
	return p;
}

/*
 * Reads the lines after the body's end (signatures, sign-on lists, contact
 * blocks) in the tokens of those lines: a signer with credentials or an
 * honorific and a title ("X, MD, MPH, Chair of Pediatrics, O", "Dr. X,
 * Family Physician, O"), a name alone over a title line ("X" / "Council
 * Member, District 4"), a name under a contact label ("Media" / "X").
 */
static void
person_lines(struct ex_doc *d)
{
	struct ex_person *p;
	size_t		  a, b, c, h, e, k, f, creds, pa = (size_t)-1;
	int		  cue, label;

	for (a = 0; a < d->ntoks; pa = a, a = b) {
		b = person_para_end(d, a);
		if (!(d->toks[a].flags & TK_CAP) || !(d->toks[a].flags & TK_WORD))
			continue;
		/* "Media: X, 555-0100": a contact label opening the line. */
		for (h = a; h < b && h < a + 3 && (d->toks[h].flags & TK_WORD) &&
		    extract_lex_tok_in(d, h, contact_labels); h++)
			;
		label = h > a && h + 1 < b && d->body[d->toks[h].start] == ':';
		h = label ? h + 1 : a;
		for (cue = 0; h < b && (d->toks[h].flags & TK_CAP) &&
		    extract_lex_tok_in(d, h, honorifics); h++)
			cue = 1;
		if ((e = extract_person_name(d, h, b)) == h)
			continue;
		if (label) {
			if (!person_address_rest(d, e, b))
				continue;
			p = person_line_add(d, h, e, ROLE_CONTACT, 0, 0, 0, 0);
			/* The release's own contact speaks for its publisher. */
			if (p != NULL && p->org == NULL && d->publisher != NULL)
				p->org = xstrdup(d->publisher);
			continue;
		}
		/* "X, MD, MPH, Title, O" */
		for (k = e, creds = 0; k + 1 < b && d->body[d->toks[k].start] == ',' &&
		    (d->toks[k + 1].flags & TK_CAP) && extract_lex_tok_in(d, k + 1, credentials) &&
		    (k + 2 == b || d->body[d->toks[k + 2].start] == ','); k += 2)
			creds++;
		if ((creds > 0 || cue) && k + 1 < b && d->body[d->toks[k].start] == ',' &&
		    (d->toks[k + 1].flags & TK_CAP) && (d->toks[k + 1].flags & TK_WORD)) {
			f = person_field_end(d, k + 1, b);
			c = f < b && d->body[d->toks[f].start] == ',' ? f + 1 : f;
			person_line_add(d, h, e, ROLE_MENTIONED, k + 1, f, c,
			    person_field_end(d, c, b));
			continue;
		}
		if (creds > 0 && k == b) {
			person_line_add(d, h, e, ROLE_MENTIONED, 0, 0, 0, 0);
			continue;
		}
		/* "Media" / "X" / "press@..." */
		if (pa != (size_t)-1 && person_contact_label(d, pa, a) &&
		    person_address_rest(d, e, b)) {
			person_line_add(d, h, e, ROLE_CONTACT, 0, 0, 0, 0);
			continue;
		}
		/* "X" / "Superintendent" */
		if (e == b && b < d->ntoks && person_title_line(d, b, person_para_end(d, b)))
			person_line_add(d, h, e, ROLE_MENTIONED, b,
			    person_field_end(d, b, person_para_end(d, b)), 0, 0);
	}
}

/* Finds the people of the trailing lines in their own tokens. */
static void
person_links(struct ex_doc *d)
{
	struct ex_tok	*toks = d->toks;
	char		*body = d->body, *buf;
	size_t		 body_len = d->body_len, ntoks = d->ntoks, i, n = 0, l;

	for (i = 0; i < d->nlinks; i++)
		n += strlen(d->links[i]) + 2;
	if (n == 0)
		return;
	buf = xmalloc(n + 1);
	for (i = 0, n = 0; i < d->nlinks; i++) {
		l = strlen(d->links[i]);
		memcpy(buf + n, d->links[i], l);
		n += l;
		buf[n++] = '\n';
		buf[n++] = '\n';
	}
	buf[n] = '\0';
	d->body = buf;
	d->body_len = n;
	extract_lex_tokenize(d);
	person_lines(d);
	free(d->toks);
	free(buf);
	d->toks = toks;
	d->ntoks = ntoks;
	d->body = body;
	d->body_len = body_len;
}

/*
 * After an appositive that ends at k ("pastor of O in Columbus"), a second
 * role of the publisher's "and chair of the coalition," makes the person speak
 * for the publisher.
 */
static void
person_also_chairs(struct ex_doc *d, struct ex_person *p, size_t k)
{
	const char	*on, *pub;
	size_t		 t, r;

	if (p == NULL || p->org == NULL || d->publisher == NULL || k >= d->ntoks)
		return;
	for (t = k; t < d->ntoks && t < k + 4 && !extract_lex_tok_is(d, t, "and"); t++)
		if (!(d->toks[t].flags & TK_WORD) || (d->toks[t].flags & TK_SENT))
			return;
	if (t + 4 >= d->ntoks || !extract_lex_tok_is(d, t, "and"))
		return;
	for (r = t + 1; r < t + 3 && (d->toks[r].flags & TK_WORD) &&
	    !(d->toks[r].flags & TK_CAP) && extract_lex_tok_in(d, r, title_heads); r++)
		;
	if (r == t + 1 || !extract_lex_tok_is(d, r, "of") || !extract_lex_tok_is(d, r + 1, "the") ||
	    (d->toks[r + 2].flags & TK_CAP) || !person_head_tok(d, r + 2))
		return;
	on = person_org_by_head(d, d->body + d->toks[r + 2].start,
	    d->toks[r + 2].end - d->toks[r + 2].start, 0);
	if (on == NULL || (pub = person_publisher(d)) == NULL || strcmp(on, pub) != 0 ||
	    strcmp(p->org, pub) == 0)
		return;
	free(p->org);
	p->org = xstrdup(pub);
}

/* Finds the people named with a cue: a title, an honorific, an organization, or "by". */
void
extract_person_scan(struct ex_doc *d)
{
	struct ex_person *p;
	size_t		  t, e, ta, k, oe, h, te;
	const char	 *on;
	char		 *name, *title;
	int		  cue;

	for (t = 0; t < d->ntoks; t++) {
		if (!person_tok(d, t) || (t > 0 && person_tok(d, t - 1) &&
		    !(d->toks[t - 1].flags & TK_POSS) && !(d->toks[t].flags & TK_PARA)))
			continue;
		e = extract_person_name(d, t, d->ntoks);
		if (e == t || person_in_org(d, t, e))
			continue;
		/* "Vice President of Engineering Carla Roe": the name is the run's end. */
		if ((k = person_after_field(d, t, e)) > t)
			t = k;
		/* Honorifics: "Dr.", "Sister", "Deputy Administrator", "President and CEO". */
		h = person_honorifics_before(d, t);
		cue = 0;
		for (k = h; k < t; k++)
			if (extract_lex_tok_in(d, k, cue_honorifics))
				cue = 1;
		te = t;
		while (te > h && extract_lex_tok_in(d, te - 1, courtesy))
			te--;
		ta = person_title_before(d, h, te > h &&
		    extract_lex_tok_in(d, te - 1, title_heads));
		title = NULL;
		on = NULL;
		if (ta < h || (te > h && (cue || extract_lex_tok_in(d, te - 1, title_heads)))) {
			/* "Clinic director Prof. X": the title stops before the honorific. */
			/* "Attorney General X": a rank that is no cue stays in it. */
			title = person_title(d, ta, ta < h && !(te > h &&
			    (extract_lex_tok_in(d, te - 1, title_heads) || !cue)) ? h :
			    (te > h ? te : h));
			/* "Enforcement (ICE) Director John Morton" */
			if (ta >= 3 && d->body[d->toks[ta - 1].start] == ')' &&
			    (d->toks[ta - 2].flags & TK_ACR))
				on = extract_org_at(d, ta - 2, NULL);
			/* "RCA Deputy Administrator X", "City Council President X" */
			else if ((on = person_org_before(d, ta)) == NULL && ta < h &&
			    (k = person_field_before(d, ta, &on)) < ta) {
				/* "DVLC litigation director X": the field is part of the title. */
				char	*full = extract_lex_range(d, k, ta);
				size_t	 fl = strlen(full), tl = strlen(title);

				full = xrealloc(full, fl + tl + 2);
				full[fl] = ' ';
				memcpy(full + fl + 1, title, tl + 1);
				free(title);
				title = full;
				ta = k;
			}
			/* "Clinic director X": the one clinic the text names. */
			if (on == NULL && ta < h && (d->toks[ta].flags & TK_CAP) &&
			    (d->toks[ta].flags & TK_SENT) && person_head_tok(d, ta))
				on = person_org_by_head(d, d->body + d->toks[ta].start,
				    d->toks[ta].end - d->toks[ta].start, 0);
			/* "Local president X": an officer of the one union local named. */
			if (on == NULL && ta < h && ta > 0 && (d->toks[ta - 1].flags & TK_CAP) &&
			    extract_lex_tok_is(d, ta - 1, "Local"))
				on = person_local(d);
			/* "Recreation Supervisor X": the one organization named with the field. */
			if (on == NULL && ta == h && h > 0 && (d->toks[h - 1].flags & TK_CAP) &&
			    !(d->toks[h - 1].flags & (TK_POSS | TK_ACR | TK_PARA)))
				on = person_org_field(d, h - 1);
		}
		/* "Assistant Superintendent for Business Services X", "Secretary of State X" */
		if (title == NULL && (h == t || (h >= 2 && person_field_prep(d, h - 1))) &&
		    (k = person_field_title(d, t)) < t) {
			ta = k;
			title = person_title(d, ta, t);
			on = person_org_before(d, ta);
		}
		/* "our organizer X" */
		if (title != NULL && on == NULL && ta > 0 &&
		    extract_lex_tok_in(d, ta - 1, org_pronouns))
			on = person_pronoun_org(d, ta - 1);
		if (ta == h && te == h)
			ta = t;
		/* "NILC's executive director, X", "our policy director, X" */
		if ((title == NULL || (on == NULL && ta == h)) && h >= 3 &&
		    d->body[d->toks[h - 1].start] == ',') {
			k = h - 1;
			while (k > 0 && h - k < 6 && (d->toks[k - 1].flags & TK_WORD) &&
			    !(d->toks[k - 1].flags & TK_CAP) && !(d->toks[k - 1].flags & TK_POSS) &&
			    !extract_lex_tok_in(d, k - 1, org_pronouns))
				k--;
			/* "ITLP's director of litigation, X": a role among the words. */
			if (k < h - 1 && k > 0 && person_has_head(d, k, h - 1) &&
			    (d->toks[k - 1].flags & TK_POSS)) {
				size_t	s = k - 1;

				while (s > 0 && (d->toks[s - 1].flags & TK_CAP) && k - s < 8)
					s--;
				while (s < k && (on = extract_org_at(d, s, &oe)) == NULL)
					s++;
				/* "HLFC's policy director, X": the initials of an organization named. */
				if (on == NULL && (d->toks[k - 1].flags & TK_ACR))
					on = person_org_initials(d, k - 1);
				/* "The agency's director, X": the agency named just before. */
				if (on == NULL && (!(d->toks[k - 1].flags & TK_CAP) ||
				    extract_lex_tok_is(d, k - 2, "the")) &&
				    (on = person_org_by_head(d, d->body + d->toks[k - 1].start,
				    d->toks[k - 1].end - d->toks[k - 1].start, 0)) == NULL &&
				    (on = person_org_described(d, k - 1)) == NULL &&
				    (on = person_org_recent(d, k - 1)) == NULL)
					on = person_org_by_head(d, d->body + d->toks[k - 1].start,
					    d->toks[k - 1].end - d->toks[k - 1].start, 1);
				free(title);
				title = person_title(d, k, h - 1);
			} else if (k < h - 1 && k > 0 && extract_lex_tok_in(d, h - 2, title_heads) &&
			    extract_lex_tok_in(d, k - 1, org_pronouns)) {
				on = person_pronoun_org(d, k - 1);
				if (extract_lex_tok_is(d, k, "own"))
					k++;
				free(title);
				title = person_title(d, k, h - 1);
			} else if (k == h - 2 && k > 1 && extract_lex_tok_in(d, k, title_heads) &&
			    person_org_tok(d, k - 1) && (on = person_org_before(d, k)) != NULL) {
				/* "A Keystone spokesperson, X" */
				free(title);
				title = person_title(d, k, h - 1);
			} else if ((k = person_role_for_before(d, h - 1, &on, &oe)) < h - 1) {
				/* "A spokesperson for the department, X" */
				free(title);
				title = person_title(d, k, oe);
			}
		}
		/* "Jo Roe, Ph.D., of the institute": a credential marks a person. */
		if (e + 1 < d->ntoks && d->body[d->toks[e].start] == ',' &&
		    (d->toks[e + 1].flags & TK_CAP) && extract_lex_tok_in(d, e + 1, credentials))
			cue = 1;
		/* "Lofton's granddaughter, X": a kinship noun in apposition. */
		if (h >= 2 && d->body[d->toks[h - 1].start] == ',' &&
		    extract_lex_tok_in(d, h - 2, kin))
			cue = 1;
		/* "the agency's Regional Director, X, said": a role in apposition, set off both sides. */
		if (h >= 2 && h == t && d->body[d->toks[h - 1].start] == ',' && e < d->ntoks &&
		    d->body[d->toks[e].start] == ',' && (d->toks[h - 2].flags & TK_WORD) &&
		    extract_lex_tok_in(d, h - 2, title_heads))
			cue = 1;
		/* "should contact X, Title VI Coordinator, at": whom readers reach. */
		if (h >= 1 && h == t && !(d->toks[h - 1].flags & TK_CAP) &&
		    extract_lex_tok_is(d, h - 1, "contact") && e < d->ntoks &&
		    (d->body[d->toks[e].start] == ',' || extract_lex_tok_is(d, e, "at")))
			cue = 1;
		/* "For more information contact: X", "Media: X, 555-0100" */
		if (h >= 2 && d->body[d->toks[h - 1].start] == ':' &&
		    (extract_lex_tok_is(d, h - 2, "contact") ||
		    ((d->toks[h - 2].flags & TK_PARA) && (d->toks[h - 2].flags & TK_CAP) &&
		    extract_lex_tok_in(d, h - 2, contact_labels))))
			cue = ROLE_CONTACT;
		name = extract_lex_range(d, t, e);
		k = e;
		/*
		 * Words of an organization's name are not a person ("Law and
		 * Social Policy"), unless a role follows them: the founder of
		 * the "Jo Roe Family Foundation" is "Jo Roe, a retired nurse".
		 */
		for (oe = 0; oe < d->norgs; oe++)
			if (strstr(d->orgs[oe].name, name) != NULL &&
			    !person_titled_in(d->orgs[oe].name, name))
				break;
		if (oe < d->norgs && e < d->ntoks && d->body[d->toks[e].start] == ',' &&
		    person_role_after(d, e))
			oe = d->norgs;
		/* A publisher that is a titled person ("Senator X") still names X. */
		if (oe < d->norgs || (d->publisher != NULL && strstr(d->publisher, name) != NULL &&
		    !person_titled_in(d->publisher, name))) {
			free(title);
			free(name);
			t = e - 1;
			continue;
		}
		if (title != NULL || cue || (h > 0 && extract_lex_tok_is(d, h - 1, "by") &&
		    !person_phrase_lower(d, t)) ||
		    (extract_lex_tok_is(d, e, "of") && extract_org_at(d, e + 1, NULL)) ||
		    extract_person_find(d, name, strlen(name)) || person_role_after(d, e) ||
		    (e + 1 < d->ntoks && d->body[d->toks[e].start] == ',' &&
		    extract_lex_tok_is(d, e + 1, "who")) ||
		    person_block(d, t, e, NULL) || person_named_again(d, t, e) ||
		    person_age_after(d, e) || person_passive_after(d, e)) {
			p = extract_person_add(d, name, strlen(name), cue == ROLE_CONTACT ?
			    ROLE_CONTACT : ROLE_MENTIONED, d->toks[t].start);
			if (p != NULL && cue == ROLE_CONTACT && p->org == NULL && d->publisher)
				p->org = xstrdup(d->publisher);
			if (p != NULL && person_block(d, t, e, p))
				k = e;
			if (p != NULL) {
				if (title != NULL && p->title == NULL) {
					p->title = title;
					title = NULL;
				}
				if (on != NULL && p->org == NULL)
					p->org = xstrdup(on);
				k = extract_person_appositive(d, p, e, d->ntoks);
				person_also_chairs(d, p, k);
			}
			/* "Governors A B and C D": the title covers both. */
			if (p != NULL && p->title != NULL && extract_lex_tok_is(d, e, "and") &&
			    ta < t && person_title_tok(d, t - 1)) {
				size_t	e2 = extract_person_name(d, e + 1, d->ntoks);

				if (e2 > e + 1) {
					struct ex_person *q;
					char		 *n2 = extract_lex_range(d, e + 1, e2);

					q = extract_person_add(d, n2, strlen(n2), ROLE_MENTIONED,
					    d->toks[e + 1].start);
					if (q != NULL && q->title == NULL)
						q->title = xstrdup(d->people[p - d->people].title);
					/* "O students A B and C D": both of O. */
					if (q != NULL && q->org == NULL && p->org != NULL)
						q->org = xstrdup(p->org);
					free(n2);
				}
			}
		}
		free(title);
		free(name);
		if (k > t)
			t = k - 1;
	}
	person_links(d);
}

/* Returns the person whose full name, written before token t, ends in the surname at token t. */
struct ex_person *
extract_person_surname(struct ex_doc *d, size_t t)
{
	const char	*w;
	size_t		 wl, k, a, e;
	char		*name;
	struct ex_person *p;

	/* "Mayor Baptiste": the honorific is no part of the surname. */
	while (t + 1 < d->ntoks && extract_lex_tok_in(d, t, honorifics) &&
	    person_tok(d, t + 1))
		t++;
	if (t >= d->ntoks || !(d->toks[t].flags & TK_CAP))
		return NULL;
	w = d->body + d->toks[t].start;
	wl = d->toks[t].end - d->toks[t].start;
	if ((p = extract_person_find(d, w, wl)) != NULL)
		return p;
	for (k = 1; k < t; k++) {
		if (d->toks[k].end - d->toks[k].start != wl ||
		    memcmp(d->body + d->toks[k].start, w, wl) != 0)
			continue;
		for (a = k > 3 ? k - 3 : 0; a < k; a++) {
			if ((e = extract_person_name(d, a, k + 1)) != k + 1)
				continue;
			name = extract_lex_range(d, a, e);
			p = extract_person_add(d, name, strlen(name), ROLE_MENTIONED,
			    d->toks[a].start);
			free(name);
			if (p != NULL)
				extract_person_appositive(d, p, e, d->ntoks);
			return p;
		}
	}
	return NULL;
}

/* Returns the first person named in tokens [a, b) (the paragraph's subject), adding them. */
struct ex_person *
extract_person_first(struct ex_doc *d, size_t a, size_t b)
{
	struct ex_person *p;
	size_t		  t, e;
	char		 *name;

	for (t = a; t < b && t < d->ntoks; t++) {
		if (t > a && person_tok(d, t - 1))
			continue;
		/* A surname alone: "Asante-Boateng called the move". */
		if ((e = extract_person_name(d, t, b)) == t) {
			if (person_tok(d, t) && !person_tok(d, t + 1) &&
			    (p = extract_person_find(d, d->body + d->toks[t].start,
			    d->toks[t].end - d->toks[t].start)) != NULL)
				return p;
			continue;
		}
		name = extract_lex_range(d, t, e);
		p = extract_person_add(d, name, strlen(name), ROLE_MENTIONED, d->toks[t].start);
		free(name);
		if (p != NULL)
			extract_person_appositive(d, p, e, b);
		return p;
	}
	return NULL;
}

/* Returns the token after the honorifics and role words opening a name at t ("The Rev.", "head coach", "Dr."). */
size_t
extract_person_skip_title(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	a = t;

	while (t < max && t < d->ntoks && t - a < 4) {
		if (extract_lex_tok_in(d, t, honorifics) ||
		    (!(d->toks[t].flags & TK_CAP) && person_title_tok(d, t)) ||
		    (t == a && extract_lex_tok_is(d, t, "the") &&
		    extract_lex_tok_in(d, t + 1, honorifics)))
			t++;
		else
			break;
	}
	/* "City Manager X": capitalized role words ending in a role. */
	if (t == a) {
		size_t	k;

		for (k = a; k < max && k < d->ntoks && k - a < 5 &&
		    (d->toks[k].flags & TK_CAP) && (d->toks[k].flags & TK_WORD) &&
		    person_role_word(d, k); k++)
			;
		if (k > a && extract_lex_tok_in(d, k - 1, title_heads) &&
		    extract_person_name(d, k, max) > k)
			return k;
	}
	/* "Vice President of Engineering X": the field is the title's too. */
	if (t > a && t + 1 < max && person_field_prep(d, t)) {
		size_t	r, n;

		for (r = t + 1; r < max && r < d->ntoks && r - t < 7 &&
		    (d->toks[r].flags & TK_WORD) && (d->toks[r].flags & TK_CAP) &&
		    !(d->toks[r].flags & TK_POSS); r++)
			;
		if (r < max && r < d->ntoks && (d->toks[r].flags & TK_POSS))
			r++;
		n = person_after_field(d, t + 1, r);
		if (n > t + 1 && extract_person_name(d, n, max) == r)
			return n;
	}
	return t;
}

/* Last words of bodies that bear an institution's name but stand apart from it. */
static const char *const apart_words[] = {
	"Foundation", "Association", "Alumni", "Alliance", "Fund", "Trust",
	"Society", "Press", "Federation", "Union", NULL
};

/* Returns 1 if the name's last word makes it a body apart ("P Foundation"), not a unit of P. */
static int
person_apart(const char *s)
{
	const char	*w = strrchr(s, ' ');

	w = w != NULL ? w + 1 : s;
	return extract_lex_in(w, strlen(w), apart_words);
}

/*
 * Returns the publisher's organization (or its unit named in the text, "P
 * School of Public Health") when the title is a role of the publisher's kind
 * ("Mayor" of a city, "professor" of a university), or NULL.
 */
static const char *
person_home(struct ex_doc *d, const char *title)
{
	const char	*pub = d->publisher, *on = NULL;
	size_t		 i, k, pl;

	if (pub == NULL)
		return NULL;
	for (i = 0; i < sizeof(home_roles) / sizeof(home_roles[0]); i++)
		if (person_has_word(title, home_roles[i].role))
			break;
	if (i == sizeof(home_roles) / sizeof(home_roles[0]))
		return NULL;
	for (k = 0; home_roles[i].heads[k] != NULL; k++)
		if (strcmp(home_roles[i].heads[k], "*") == 0 ||
		    person_has_word(pub, home_roles[i].heads[k]))
			break;
	if (home_roles[i].heads[k] == NULL)
		return NULL;
	pl = strlen(pub);
	if (home_roles[i].unit)
		for (k = 0; k < d->norgs; k++)
			if (strncmp(d->orgs[k].name, pub, pl) == 0 &&
			    d->orgs[k].name[pl] == ' ' && !person_apart(d->orgs[k].name + pl + 1)) {
				if (on != NULL)
					return pub;
				on = d->orgs[k].name;
			}
	return on != NULL ? on : pub;
}

/* Returns the one local body the text names whose member the title names ("Councillor"). */
static const char *
person_body(const struct ex_doc *d, const char *title)
{
	const char	*on = NULL, *const *ends;
	size_t		 i, k, nl, cl;

	for (i = 0; i < sizeof(body_roles) / sizeof(body_roles[0]); i++)
		if (extract_lex_ifind(title, strlen(title), body_roles[i].role) != NULL)
			break;
	if (i == sizeof(body_roles) / sizeof(body_roles[0]))
		return NULL;
	ends = body_roles[i].ends;
	for (i = 0; i < d->norgs; i++) {
		nl = strlen(d->orgs[i].name);
		for (k = 0; ends[k] != NULL; k++) {
			cl = strlen(ends[k]);
			if (nl >= cl && strcmp(d->orgs[i].name + nl - cl, ends[k]) == 0 &&
			    (nl == cl || d->orgs[i].name[nl - cl - 1] == ' '))
				break;
		}
		if (ends[k] == NULL)
			continue;
		if (on != NULL && strcmp(on, d->orgs[i].name) != 0)
			return NULL;
		on = d->orgs[i].name;
	}
	return on;
}

/*
 * Returns the one office the text names with a place before the title
 * ("Sheriff": "Carver County Sheriff's Office"; "Attorney General": "Office
 * of the Idaho Attorney General"), or NULL.
 */
static const char *
person_office_named(struct ex_doc *d, const char *title)
{
	const char	*on = NULL, *nm;
	size_t		 i, tl = strlen(title), nl, e;

	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		nl = strlen(nm);
		e = nl;
		if (nl > 9 && strcmp(nm + nl - 9, "'s Office") == 0)
			e = nl - 9;
		else if (nl > 11 && strcmp(nm + nl - 11, "\xe2\x80\x99s Office") == 0)
			e = nl - 11;
		else if (strncmp(nm, "Office of ", 10) != 0)
			continue;
		if (e <= tl || nm[e - tl - 1] != ' ' || strncasecmp(nm + e - tl, title, tl) != 0)
			continue;
		if (on != NULL && strcmp(on, nm) != 0)
			return NULL;
		on = nm;
	}
	return on;
}

/* Returns the publisher if it is the office named for the person ("Office of Governor X"). */
static const char *
person_own_office(struct ex_doc *d, const char *name)
{
	const char	*pub = d->publisher;
	size_t		 pl, nl;

	if (pub == NULL || pub[0] != 'O' || strncmp(pub, "Office of ", 10) != 0)
		return NULL;
	pl = strlen(pub);
	nl = strlen(name);
	if (nl >= pl || pub[pl - nl - 1] != ' ' || strcmp(pub + pl - nl, name) != 0)
		return NULL;
	return person_publisher(d);
}

/* Returns the office the title heads if the text names it ("Office of the State Auditor"). */
static const char *
person_office(struct ex_doc *d, const char *title)
{
	static const struct {
		const char	*pre, *post;
	} forms[] = {
		{ "Office of the ", "" }, { "Office of ", "" }, { "", "'s Office" },
		{ "", "\xe2\x80\x99s Office" },
	};
	/* "Gov. X" heads the "Office of the Governor": the role written out. */
	static const char *const abbrevs[][2] = {
		{ "Gov.", "Governor" }, { "Lt. Gov.", "Lieutenant Governor" },
		{ "Atty. Gen.", "Attorney General" }, { "Supt.", "Superintendent" },
	};
	struct ex_org	*o;
	char		 buf[256];
	size_t		 i, pl, tl, sl;

	if (title[0] == 'G' || title[0] == 'L' || title[0] == 'A' || title[0] == 'S')
		for (i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++)
			if (strcmp(title, abbrevs[i][0]) == 0) {
				title = abbrevs[i][1];
				break;
			}
	tl = strlen(title);
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		pl = strlen(forms[i].pre);
		sl = strlen(forms[i].post);
		if (pl + tl + sl >= sizeof(buf))
			continue;
		memcpy(buf, forms[i].pre, pl);
		memcpy(buf + pl, title, tl);
		memcpy(buf + pl + tl, forms[i].post, sl);
		if ((o = extract_org_find(d, buf, pl + tl + sl)) != NULL)
			return o->name;
	}
	return person_office_named(d, title);
}

/* Returns, for a board title, the organization whose board the text names ("the O board"). */
static const char *
person_board(struct ex_doc *d, const char *title)
{
	const char	*on;
	size_t		 k, s, oe;

	if (!person_has_word(title, "board"))
		return NULL;
	for (k = 1; k < d->ntoks && k < PERSON_REACH; k++) {
		if ((d->toks[k].flags & TK_CAP) || !extract_lex_tok_is(d, k, "board") ||
		    !person_org_tok(d, k - 1))
			continue;
		for (s = k - 1; s > 0 && k - s < 8 && person_org_tok(d, s - 1); s--)
			;
		for (; s < k; s++)
			if ((on = extract_org_at(d, s, &oe)) != NULL && oe == k)
				return on;
	}
	return NULL;
}

/*
 * Keeps in *on the longer of *on and name when one holds the other (a
 * body's short and full names); returns -1 if they are two bodies.
 */
static int
person_keep_longer(const char **on, const char *name)
{
	if (*on != NULL && strstr(name, *on) == NULL && strstr(*on, name) == NULL)
		return -1;
	if (*on == NULL || strlen(name) > strlen(*on))
		*on = name;
	return 0;
}

/*
 * Returns the one organization whose name holds a title's words up to its
 * head noun ("County Board Chair": "Harwick County Board of Supervisors").
 */
static const char *
person_title_body(struct ex_doc *d, const char *title)
{
	const char	*w, *s, *on = NULL, *m;
	size_t		 i, l;

	for (s = title; *s != '\0'; s = *w ? w + 1 : w) {
		for (w = s; *w != '\0' && *w != ' '; w++)
			;
		if (*s >= 'A' && *s <= 'Z' && extract_org_head(s, (size_t)(w - s)))
			break;
	}
	/* "Board President": the head noun alone, before the role, names the body. */
	if (*s == '\0' || (s == title && *w == '\0'))
		return NULL;
	l = (size_t)(w - title);
	for (i = 0; i < d->norgs; i++) {
		for (m = d->orgs[i].name; *m != '\0'; m++)
			if ((m == d->orgs[i].name || m[-1] == ' ') && strncmp(m, title, l) == 0 &&
			    (m[l] == '\0' || m[l] == ' '))
				break;
		if (*m == '\0')
			continue;
		/* "County Board" and "X County Board of Supervisors" are one body: the longer. */
		if (person_keep_longer(&on, d->orgs[i].name) == -1)
			return NULL;
	}
	return on;
}

/* Last words of a company's name ("Corvane Waste Inc."). */
static const char *const corp_ends[] = {
	"Inc.", "Inc", "LLC", "L.L.C.", "Corp.", "Corp", "Corporation", "Co.",
	"Company", "Ltd.", "Ltd", "LLP", NULL
};

/*
 * Returns the one organization a lower-case title names by its type: the
 * words before the role hold an organization noun or a jurisdiction, and one
 * organization's name holds them all ("district manager" of the "X Parks
 * District", "county health officer" of the "X County Public Health
 * Department"); NULL if none or several.
 */
static const char *
person_field_org(const struct ex_doc *d, const char *title)
{
	const char	*w[4], *s, *e, *on = NULL, *m, *x;
	size_t		 wl[4], n = 0, i, k;
	int		 typed = 0;

	for (s = title; *s != '\0'; s = *e ? e + 1 : e) {
		for (e = s; *e != '\0' && *e != ' '; e++)
			if (*e >= 'A' && *e <= 'Z')
				return NULL;
		if (extract_lex_in(s, (size_t)(e - s), title_heads))
			break;
		if (n == 4)
			return NULL;
		w[n] = s;
		wl[n] = (size_t)(e - s);
		if (extract_org_head(s, wl[n]) || extract_lex_in(s, wl[n], jurisdictions))
			typed = 1;
		n++;
	}
	if (*s == '\0' || n == 0 || !typed)
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		for (k = 0; k < n; k++) {
			for (m = d->orgs[i].name; *m != '\0'; m = *x ? x + 1 : x) {
				for (x = m; *x != '\0' && *x != ' '; x++)
					;
				if ((size_t)(x - m) == wl[k] && strncasecmp(m, w[k], wl[k]) == 0)
					break;
			}
			if (*m == '\0')
				break;
		}
		if (k < n)
			continue;
		if (person_keep_longer(&on, d->orgs[i].name) == -1)
			return NULL;
	}
	return on;
}

/*
 * Returns, for a title opening with "Company" ("Company vice president"),
 * the one company the text names, or NULL.
 */
static const char *
person_company(const struct ex_doc *d, const char *title)
{
	const char	*on = NULL, *w;
	size_t		 i;

	if (strncmp(title, "Company ", 8) != 0)
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		w = strrchr(d->orgs[i].name, ' ');
		if (w == NULL || !extract_lex_in(w + 1, strlen(w + 1), corp_ends))
			continue;
		if (on != NULL && strcmp(on, d->orgs[i].name) != 0)
			return NULL;
		on = d->orgs[i].name;
	}
	return on;
}

/* Title words of an officer a release's publisher employs ("Chief Deputy", "Attorney General"). */
static const char *const officer_words[] = {
	"sheriff", "undersheriff", "deputy", "attorney", "superintendent",
	"director", "president", "chief", "officer", "secretary", "treasurer",
	"commissioner", "administrator", "manager", "auditor", "clerk",
	"assessor", "comptroller", "controller", "prosecutor", "warden",
	"provost", "chancellor", "ceo", "spokesperson", "spokesman",
	"spokeswoman", "coordinator", NULL
};

/* Title words of elected members and outsiders, whom no publisher employs. */
static const char *const outsider_words[] = {
	"rep.", "rep", "sen.", "sen", "gov.", "gov", "senator", "representative",
	"congressman", "congresswoman", "assemblymember", "assemblyman",
	"assemblywoman", "delegate", "councilmember", "councilman",
	"councilwoman", "council", "alderman", "alderwoman", "mayor",
	"governor", "former", "student", "board", "plaintiff", "u.s.", "federal",
	"national", NULL
};

/* Place words of a title that the publisher's name must hold too ("City Manager" of a city). */
static const char *const title_places[] = {
	"state", "county", "city", "town", "village", "borough", "township", NULL
};

/*
 * Returns 1 if the title, written before a name in a release (capitalized:
 * "Chief Deputy", "Assistant Superintendent for Business"), names an
 * officer of the publisher: an officer's word and no elected office's.
 */
static int
person_officer(const struct ex_doc *d, const char *title)
{
	const char	*s, *w;
	char		 word[16];
	int		 ok = 0;

	if (*title < 'A' || *title > 'Z')
		return 0;
	for (s = title; *s != '\0'; s = *w ? w + 1 : w) {
		for (w = s; *w != '\0' && *w != ' '; w++)
			;
		if (extract_lex_in(s, (size_t)(w - s), outsider_words))
			return 0;
		/* "State Auditor" in a city's release is the state's. */
		if (extract_lex_in(s, (size_t)(w - s), title_places)) {
			if (d->publisher == NULL || (size_t)(w - s) >= sizeof(word))
				return 0;
			memcpy(word, s, (size_t)(w - s));
			word[w - s] = '\0';
			if (!person_has_word(d->publisher, word))
				return 0;
		}
		ok |= extract_lex_in(s, (size_t)(w - s), officer_words);
	}
	return ok;
}

/*
 * Returns the organization a possessive "the district's" refers to in the
 * sentence naming the person or the one before ("the district's finance
 * chief told the board.  Chief Financial Officer X said"), or NULL.
 */
static const char *
person_ref_near(struct ex_doc *d, const struct ex_person *p)
{
	const char	*on;
	size_t		 s, e, t;

	if ((t = extract_lex_tok_at(d, p->ev_start)) >= d->ntoks)
		return NULL;
	s = extract_lex_sentence(d, t);
	if (s > 0)
		s = extract_lex_sentence(d, s - 1);
	e = extract_lex_tok_at(d, p->ev_end);
	for (; s + 1 < e && s + 1 < d->ntoks; s++) {
		if (!extract_lex_tok_is(d, s, "the") || (d->toks[s + 1].flags & TK_CAP) ||
		    !(d->toks[s + 1].flags & TK_POSS) || !person_head_tok(d, s + 1))
			continue;
		if ((on = person_org_by_head(d, d->body + d->toks[s + 1].start,
		    d->toks[s + 1].end - d->toks[s + 1].start, 0)) != NULL)
			return on;
	}
	return NULL;
}

/*
 * Returns the one organization named for an owner or founder without one: the
 * business that bears their surname ("co-owner Jo Roe" of "Roe & Sons Hardware").
 */
static const char *
person_owned(const struct ex_doc *d, const struct ex_person *p)
{
	const char	*sn;

	if (strstr(p->title, "owner") == NULL && strstr(p->title, "founder") == NULL &&
	    strstr(p->title, "proprietor") == NULL)
		return NULL;
	if ((sn = strrchr(p->name, ' ')) == NULL || strlen(++sn) < 3)
		return NULL;
	return person_sole_org(d, sn, NULL);
}

/* Gives titled people without an organization the publisher's, and their quotes the person's. */
void
extract_person_finish(struct ex_doc *d)
{
	struct ex_person *p;
	struct ex_quote	 *q;
	const char	 *on;
	size_t		  i;

	for (i = 0; i < d->npeople; i++) {
		p = &d->people[i];
		if (p->org == NULL && (on = person_own_office(d, p->name)) != NULL)
			p->org = xstrdup(on);
		if (p->org != NULL || p->title == NULL)
			continue;
		if ((on = person_owned(d, p)) != NULL ||
		    (on = person_company(d, p->title)) != NULL ||
		    (on = person_office(d, p->title)) != NULL ||
		    (on = person_home(d, p->title)) != NULL ||
		    (on = person_body(d, p->title)) != NULL ||
		    (on = person_board(d, p->title)) != NULL ||
		    (on = person_title_body(d, p->title)) != NULL ||
		    (on = person_field_org(d, p->title)) != NULL)
			p->org = xstrdup(on);
		else if (!person_officer(d, p->title))
			continue;
		else if (d->kind != NULL && strcmp(d->kind, "article") == 0) {
			if ((on = person_ref_near(d, p)) != NULL)
				p->org = xstrdup(on);
		} else if ((on = person_publisher(d)) != NULL)
			p->org = xstrdup(on);
	}
	for (i = 0; i < d->nquotes; i++) {
		q = &d->quotes[i];
		if (q->speaker_org || q->speaker == NULL ||
		    (p = extract_person_find(d, q->speaker, strlen(q->speaker))) == NULL)
			continue;
		if (q->org == NULL && p->org != NULL)
			q->org = xstrdup(p->org);
		if (q->title == NULL && p->title != NULL)
			q->title = xstrdup(p->title);
	}
}
