/*
 * Organizations: capitalized names ending in an organization head noun
 * ("... Center", "Department of ..."), acronym definitions "Long Name (ACR)",
 * later uses of the acronym, well-known agency acronyms, aliases for common
 * short forms, a kind for each, and coalitions with their member lists.
 */
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

/* Head nouns that end an organization's name. */
static const char *const heads[] = {
	"Center", "Centre", "Forum", "Network", "Coalition", "Caucus",
	"Committee", "Council", "Department", "Office", "Institute", "Clinic",
	"Association", "Project", "Group", "Guild", "Commission", "Enforcement",
	"Bureau", "Agency", "Administration", "Senate", "Congress", "House",
	"Representatives", "University", "School", "College", "Church",
	"Congregations", "Foundation", "Union", "Alliance", "Organization",
	"Organisation", "Force", "Fund", "Court", "Services", "Service",
	"Society", "Federation", "League", "Board", "Authority", "Ministry",
	"Partnership", "Collaborative", "Conference", "Corporation", "Inc.",
	"LLC", "Party", "Laboratory", "Lab", "Trust", "Museum", "Library",
	"Hospital", "System", "Systems", "Collective", "Watch", "Stewards",
	"Parish", "Consortium", "Aid", "Capital", "Bank", "Courier", "Press",
	"FC", "Cooperative", "Workers", "Academy", "Initiative", "Synagogue",
	"Mosque", "Temple", "Gazette", "Tribune", "Herald", "Company", "Co.",
	"Ltd.", "Caucus", "Legislature", "Corps", "United", "District",
	"Campaign", "Advocates", "Defenders", "Ministries", "Diocese",
	"Archdiocese", "Congregation", "Cathedral", "Club", "Partners", "Ledger",
	"Journal", "Times", "Chronicle", "Sentinel", "Inquirer", "Dispatch",
	"Observer", "Band", "Shelter", "Schools", "LLP", "Observatory",
	"Division", "Assembly", "International", "Stoppers", "Conservancy",
	"Nation", "Survey", "Fisheries", "Roasters", "Supply", "Products",
	"Hardware", "Constructors", "Contractors", "Centers", "Institutes",
	"Archives", "Clearinghouse", "Pantry", "Casualty", "Corp.", "Engineering",
	"Consulting", "Bakery", "Chorale", "Chorus", NULL
};

/* Heads of a trade or a shop, whose name takes no "of" or "on" after it ("Roe Bakery on Main"). */
static const char *const trade_heads[] = {
	"Corp.", "Engineering", "Consulting", "Bakery", NULL
};

/* Bodies named by one word, with no place or type before it ("Congress"). */
static const char *const lone_bodies[] = {
	"Congress", "Parliament", NULL
};

/* Carriers whose "Lines" is a firm ("Container Lines", "Cruise Lines"), not a pipe or a queue. */
static const char *const line_carriers[] = {
	"Container", "Cruise", "Shipping", "Steamship", "Bus", "Ferry", "Freight",
	"Air", "Coach", "Tanker", NULL
};

/* Sciences whose "Survey" is a public body, not a poll ("Geological Survey"). */
static const char *const survey_fields[] = {
	"Geological", "Geologic", "Biological", "Hydrological", "Hydrographic",
	"Ordnance", NULL
};

/* Plural trades that end a firm's name after partners joined by "&" ("Roe & Poe Architects"). */
static const char *const firm_nouns[] = {
	"Architects", "Engineers", "Associates", "Consultants", "Planners",
	"Surveyors", "Accountants", "Attorneys", "Builders", "Designers", NULL
};

/* Levels that end a school's short name ("Hollis Elementary", "Dover High"). */
static const char *const school_levels[] = {
	"Elementary", "Middle", "High", NULL
};

/* Public bodies named "X of Y" ("City of Dover", "Port of Alder Bay"). */
static const char *const of_bodies[] = {
	"City", "Town", "County", "Port", "Village", "Borough", "Township",
	"Pueblo", NULL
};

/* Words before "the City of Y" that make it an actor, not a place. */
static const char *const actor_before[] = {
	"with", "for", "by", "between", "and", "against", "sued", "told", "urged",
	"asked", "joined", NULL
};

/* Words after "City of Y" that make it an actor ("the City of Dover said"). */
static const char *const actor_after[] = {
	"said", "says", "announced", "will", "would", "has", "had", "is", "was",
	"plans", "approved", "signed", "agreed", "issued", "received", "awarded",
	"launched", "stated", "announces", "filed", "owns", "operates", NULL
};

/* Heads naming a function, which a job title may follow ("Enforcement Manager"). */
static const char *const function_heads[] = {
	"Enforcement", "Services", "Service", NULL
};

/* Job titles of a unit's staff ("Water Quality Enforcement Manager"). */
static const char *const unit_titles[] = {
	"Manager", "Coordinator", "Director", "Supervisor", "Specialist",
	"Officer", "Administrator", "Analyst", "Inspector", "Engineer", NULL
};

/* Heads that also name a place ("Corliss Court"). */
static const char *const place_heads[] = {
	"Court", "House", NULL
};

/* Lower-case nouns after a place name that show it is a place ("the X Court apartments"). */
static const char *const dwelling_nouns[] = {
	"apartments", "apartment", "tenant", "tenants", "residents", "complex",
	"building", "buildings", "homes", "towers", "units", "development",
	"property", "site", "campus", NULL
};

/* Days that end a name's "of" ("the Board of Health on Monday"). */
static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};

/* Words before "District" that make it a territory, not a body ("Congressional District"). */
static const char *const district_stop[] = {
	"Congressional", "Legislative", "Council", "Senate", "Assembly", "House",
	"Judicial", "Ward", "Election", "Historic", "Business", "Central",
	"Financial", "Downtown", "Arts", "Theater", "Garment", "Federal", "Police",
	NULL
};

/* Possessive words that may sit inside a name ("Children's Hospital", "Mayor's Office"). */
static const char *const poss_inner[] = {
	"Children", "Women", "Men", "People", "Mayor", "Governor", "Auditor",
	"Attorney", "Comptroller", "Controller", "Clerk", "Sheriff", "Treasurer",
	"Assessor", "Commissioner", "President", "Chancellor", "Provost", "Dean",
	"General", "Defender", "Manager", "Examiner", "Coroner", "Marshal",
	"Recorder", "Prosecutor", "Secretary", "Speaker", "Engineer", "Surveyor",
	NULL
};

/* Titles that may follow a name in a title-case run ("City Council President Jane Roe"). */
static const char *const after_titles[] = {
	"President", "Chair", "Chairman", "Chairwoman", "Chairperson", "Director",
	"Member", "Commissioner", "Secretary", "Spokesperson", "Spokesman",
	"Spokeswoman", "Vice", "Chief", "Manager", "Coordinator", "Leader",
	"Speaker", "Majority", "Minority", "Treasurer", "Clerk", "Executive",
	"Administrator", "Superintendent", "Councilmember", "Trustee", "CEO",
	"Founder", "Co-founder", "Head", "Coach", NULL
};

/* Nouns of houses of worship that open a name ("Temple Beth Shalom"). */
static const char *const worship[] = {
	"Temple", "Congregation", "Synagogue", "Masjid", "Mosque", "Church",
	"Cathedral", "Basilica", "Chapel", "Shul", NULL
};

/* Last words that make a run a place, not a name. */
static const char *const place_words[] = {
	"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.",
	"Square", "Drive", "Lane", "Hill", "Park", "Place", "Way", NULL
};

/* Words after a comma that belong to a company's name ("Acme Tools, Inc."). */
static const char *const corp_suffix[] = {
	"Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Corp.", "Co.", "PLC",
	"P.C.", "LLP", "PBC", NULL
};

/* Sporting fixtures, before "against the" and the opposing club. */
static const char *const fixtures[] = {
	"match", "game", "fixture", "derby", "clash", "matchup", "contest",
	"showdown", "opener", "final", NULL
};

/* Plural nouns that open a name with "of" ("Friends of the Park", "Knights of Y"). */
static const char *const of_groups[] = {
	"Friends", "Sisters", "Brothers", "Daughters", "Sons", "Knights",
	"Servants", "Missionaries", "Disciples", NULL
};

/* Plural nouns of people that open a name with "for" ("Parents for Safe Streets"). */
static const char *const group_nouns[] = {
	"Riders", "Families", "Parents", "Nurses", "Neighbors", "Neighbours",
	"Physicians", "Doctors", "Lawyers", "Students", "Teachers", "Scientists",
	"Veterans", "Mothers", "Moms", "Fathers", "Dads", "Citizens", "Residents",
	"Tenants", "Clergy", "Americans", "Voters", "Women", "Youth",
	"Businesses", "Farmers", "Communities", "Grandparents", "Artists",
	"Musicians", "Librarians", "Economists", "Educators", NULL
};

/* Verbs opening an advocacy name ("Save the Bay") when used as one. */
static const char *const cause_verbs[] = {
	"Save", "Protect", "Keep", "Stop", "Defend", "Restore", "Preserve", NULL
};

/* Trades that end a company's name ("Corvane Logistics", "Bayside Shipbuilding"). */
static const char *const trades[] = {
	"Logistics", "Shipbuilding", "Technologies", "Pharmaceuticals",
	"Therapeutics", "Biosciences", "Holdings", "Industries", "Robotics",
	"Analytics", "Airlines", "Motors", "Outfitters", "Manufacturing",
	"Enterprises", "Ventures", "Realty", "Shipyards", "Shipping", "Trucking",
	"Dairies", "Bakeries", "Breweries", "Refineries", "Utilities",
	"Consultants", "Associates", NULL
};

/* Speech verbs that make the run before them a speaker ("Save the Bay said"). */
static const char *const said_verbs[] = {
	"said", "says", "stated", "announced", "added", "warned", "noted", NULL
};

/* Words that may open a capitalized run but never an organization's name. */
static const char *const leading_stop[] = {
	"The", "A", "An", "This", "That", "These", "Those", "Today", "Yesterday",
	"In", "On", "At", "For", "But", "And", "Or", "Our", "Its", "Their",
	"His", "Her", "As", "After", "Before", "While", "When", "Since",
	"Despite", "Last", "Under", "Among", "Because", "If", "With", "Without",
	"Meanwhile", "Fortunately", "Instead", "Both", "Every", "Each", "Some",
	"Many", "Several", "New", "Current", "Former", "Then", "Now", "By",
	"From", "To", "Of", "Via", "Also", "Although", "However", "Contractor",
	"Subcontractor", "Vendor", NULL
};

/* Small words a title-case name keeps in lower case ("Heat Is a Right Coalition"). */
static const char *const name_small[] = {
	"a", "an", "by", NULL
};

/* Titles that open a person's name, never an organization's ("Senator Jo Roe"). */
static const char *const person_titles[] = {
	"Senator", "Sen.", "Representative", "Rep.", "Mayor", "Governor", "Gov.",
	"Councilmember", "Councilman", "Councilwoman", "Assemblymember",
	"Assemblyman", "Assemblywoman", "Congressman", "Congresswoman", NULL
};

/* Particles that may sit inside a capitalized name. */
static const char *const particles[] = {
	"de", "del", "y", "la", "da", "du", "van", "von", "der", NULL
};

/* Well-known acronyms of agencies, used when a document does not spell them out. */
static const struct {
	const char	*acr;
	const char	*name;
} agencies[] = {
	{ "FBI", "Federal Bureau of Investigation" },
	{ "DHS", "Department of Homeland Security" },
	{ "ICE", "Immigration and Customs Enforcement" },
	{ "DOJ", "Department of Justice" },
	{ "CBP", "Customs and Border Protection" },
	{ "USCIS", "U.S. Citizenship and Immigration Services" },
	{ "OIG", "Office of Inspector General" },
	{ "IG", "Office of Inspector General" },
	{ "GAO", "Government Accountability Office" },
	{ "ACLU", "American Civil Liberties Union" },
	{ "EPA", "Environmental Protection Agency" },
	{ "IRS", "Internal Revenue Service" },
	{ "CIA", "Central Intelligence Agency" },
	{ "HHS", "Department of Health and Human Services" },
	{ "DOL", "Department of Labor" },
	{ "EEOC", "Equal Employment Opportunity Commission" },
	{ "NAACP", "National Association for the Advancement of Colored People" },
};

/* Official titles that stand for their office ("the Inspector General issued"). */
static const struct {
	const char	*title;
	const char	*office;
} offices[] = {
	{ "Inspector General", "Office of Inspector General" },
};

/* Words that decide an organization's kind, first match wins. */
static const struct {
	const char	*word;
	const char	*kind;
} kinds[] = {
	{ "Church", "faith" }, { "Congregations", "faith" }, { "Unitarian", "faith" },
	{ "Catholic", "faith" }, { "Lutheran", "faith" }, { "Methodist", "faith" },
	{ "Presbyterian", "faith" }, { "Jewish", "faith" }, { "Islamic", "faith" },
	{ "Episcopal", "faith" }, { "Interfaith", "faith" }, { "Friends", "faith" },
	{ "Department", "government" }, { "Bureau", "government" },
	{ "Agency", "government" }, { "Enforcement", "government" },
	{ "Senate", "government" }, { "House", "government" },
	{ "Congressional", "government" }, { "Congress", "government" },
	{ "Administration", "government" }, { "Inspector", "government" },
	{ "Homeland", "government" }, { "Federal", "government" },
	{ "Ministry", "government" }, { "Court", "government" },
	{ "Office", "government" }, { "Police", "government" },
	{ "University", "academic" }, { "Institute", "academic" },
	{ "School", "academic" }, { "College", "academic" },
	{ "Clinic", "legal" }, { "Legal", "legal" }, { "Lawyers", "legal" },
	{ "Law", "legal" }, { "Coalition", "coalition" }, { "Alliance", "coalition" },
};

/* Words left out of an acronym's initials. */
static const char *const initials_skip[] = {
	"of", "the", "and", "for", "on", "in", "at", "de", "y", "&", "to", NULL
};

/* Acronyms that are not organizations even when undefined. */
static const char *const acr_stop[] = {
	"US", "U.S", "U.S.", "USA", "UK", "EU", "TV", "OK", "AM", "PM", "CEO",
	"ID", "FAQ", "PDF", "FOIA", "DC", "D.C", "D.C.", "NY", "LA", NULL
};

/* Returns 1 if the word s is an organization head noun. */
int
extract_org_head(const char *s, size_t len)
{
	return extract_lex_in(s, len, heads);
}

/* Returns 1 if token t is an organization head noun. */
static int
org_tok_head(const struct ex_doc *d, size_t t)
{
	if (t >= d->ntoks || !(d->toks[t].flags & TK_WORD))
		return 0;
	if (!(d->toks[t].flags & TK_CAP))
		return 0;
	/* "Works" heads a body only as "Public Works" ("Brindle Public Works"). */
	if (extract_lex_tok_is(d, t, "Works"))
		return t > 0 && extract_lex_tok_is(d, t - 1, "Public");
	/* "Lines" heads a firm only after its carrier ("Tern Container Lines"). */
	if (extract_lex_tok_is(d, t, "Lines"))
		return t > 0 && extract_lex_tok_in(d, t - 1, line_carriers);
	if (!extract_lex_tok_in(d, t, heads))
		return 0;
	/* "Survey" heads a body only after its science ("Kansas Geological Survey"). */
	if (extract_lex_tok_is(d, t, "Survey"))
		return t > 0 && extract_lex_tok_in(d, t - 1, survey_fields);
	return 1;
}

/* Returns 1 if token t can be part of a capitalized name. */
static int
org_tok_cap(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k;
	size_t	 len;

	if (t >= d->ntoks)
		return 0;
	k = &d->toks[t];
	if (!(k->flags & TK_WORD) || !(k->flags & TK_CAP))
		return 0;
	len = k->end - k->start;
	/* An abbreviated month keeps its period ("on Oct. 19"). */
	if ((len == 4 || len == 5) && d->body[k->end - 1] == '.')
		len--;
	return extract_date_month(d->body + k->start, len) == 0;
}

/* Returns 1 if the possessive token t may sit inside a name ("St. Mary's", "Children's"). */
static int
org_poss_inner(const struct ex_doc *d, size_t t)
{
	if (t + 1 >= d->ntoks || !org_tok_cap(d, t + 1) ||
	    (d->toks[t + 1].flags & TK_PARA))
		return 0;
	if (t > 0 && (extract_lex_tok_is(d, t - 1, "St.") ||
	    extract_lex_tok_is(d, t - 1, "Saint")))
		return 1;
	if (!(d->toks[t].flags & TK_CAP))
		return 0;
	/* A plural of people in "-men" ("Fishermen's Association"). */
	if (d->toks[t].end - d->toks[t].start > 5 &&
	    memcmp(d->body + d->toks[t].end - 3, "men", 3) == 0)
		return 1;
	return extract_lex_tok_in(d, t, poss_inner);
}

/* Verbs that grant a standing named after them ("certified as a Stroke Center"). */
static const char *const grant_verbs[] = {
	"certified", "designated", "accredited", "recognized", "recognised",
	"verified", "credentialed", "recertified", "redesignated", NULL
};

/*
 * Returns 1 if the name at token a follows "certified as (a|an)": a standing
 * granted, not a body ("certified as a Comprehensive Stroke Center").
 */
static int
org_granted(const struct ex_doc *d, size_t a)
{
	size_t	p = a;

	if (p < 2)
		return 0;
	if (extract_lex_tok_is(d, p - 1, "a") || extract_lex_tok_is(d, p - 1, "an"))
		p--;
	if (p < 2 || !extract_lex_tok_is(d, p - 1, "as"))
		return 0;
	return extract_lex_tok_in(d, p - 2, grant_verbs);
}

/* Returns 1 if token t is an en dash joining two capitalized words with no space. */
static int
org_campus_dash(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k = &d->toks[t];

	return k->end - k->start == 3 && memcmp(d->body + k->start, "\xe2\x80\x93", 3) == 0 &&
	    t > 0 && d->toks[t - 1].end == k->start && org_tok_cap(d, t - 1) &&
	    org_tok_cap(d, t + 1) && d->toks[t + 1].start == k->end;
}

/* Returns the end of the capitalized run starting at t (t itself if none). */
static size_t
org_run(const struct ex_doc *d, size_t t)
{
	size_t	e = t;

	while (e < d->ntoks && e - t < 16) {
		if (e > t && (d->toks[e].flags & TK_PARA))
			break;
		if (org_tok_cap(d, e)) {
			e++;
			if ((d->toks[e - 1].flags & TK_POSS) && !org_poss_inner(d, e - 1))
				break;
			continue;
		}
		if (e > t && (extract_lex_tok_in(d, e, particles) ||
		    extract_lex_tok_is(d, e, "&")) && org_tok_cap(d, e + 1)) {
			e++;
			continue;
		}
		/* "University of Vermont–Burlington": an en dash, unspaced, names a campus. */
		if (e > t && d->body[d->toks[e].start] == '\xe2' && org_campus_dash(d, e)) {
			e++;
			continue;
		}
		break;
	}
	return e;
}

/* Frees an organization's strings. */
void
extract_org_free(struct ex_org *o)
{
	size_t	i;

	free(o->name);
	free(o->acronym);
	free(o->description);
	for (i = 0; i < o->naliases; i++)
		free(o->aliases[i]);
	for (i = 0; i < o->nmembers; i++)
		free(o->members[i]);
	memset(o, 0, sizeof(*o));
}

/* Returns 1 if the organization goes by s (name, acronym or alias), case folded. */
static int
org_is(const struct ex_org *o, const char *s, size_t len)
{
	size_t	i;

	if (len > 4 && strncasecmp(s, "the ", 4) == 0) {
		s += 4;
		len -= 4;
	}
	if (extract_lex_ieq(s, len, o->name))
		return 1;
	if (o->acronym && strlen(o->acronym) == len && memcmp(o->acronym, s, len) == 0)
		return 1;
	for (i = 0; i < o->naliases; i++)
		if (extract_lex_ieq(s, len, o->aliases[i]))
			return 1;
	return 0;
}

/* Returns the organization going by s, or NULL. */
struct ex_org *
extract_org_find(struct ex_doc *d, const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < d->norgs; i++)
		if (org_is(&d->orgs[i], s, len))
			return &d->orgs[i];
	return NULL;
}

/* Adds an alias (copied) unless the organization already goes by it. */
static void
org_alias(struct ex_org *o, const char *s, size_t len)
{
	if (len == 0 || org_is(o, s, len) || o->naliases >= EX_MAX_ALIASES)
		return;
	o->aliases[o->naliases++] = xstrndup(s, len);
}

/* Sets the evidence of an organization to the sentence holding body byte at. */
static void
org_evidence(struct ex_doc *d, size_t at, size_t *es, size_t *ee)
{
	size_t	lo, a, b;

	*es = *ee = 0;
	if (d->ntoks == 0)
		return;
	lo = extract_lex_tok_at(d, at);
	if (lo >= d->ntoks)
		lo = d->ntoks - 1;
	a = extract_lex_sentence(d, lo);
	b = lo + 1;
	while (b < d->ntoks && !(d->toks[b].flags & TK_SENT) && b - lo < 400)
		b++;
	*es = d->toks[a].start;
	*ee = d->toks[b - 1].end;
}

static void org_short_forms(struct ex_org *);
static struct ex_org *org_add_as(struct ex_doc *, const char *, size_t, size_t, int);

/* Heads that may open a name and close its variant ("Department of X", "X Department"). */
static const char *const swap_heads[] = {
	"Department", "Office", "Bureau", "Division", "Board", "Agency", "Ministry",
	NULL
};

/* Type words a short form may drop from its end ("Dover Transit" for "Dover Transit Authority"). */
static const char *const tail_heads[] = {
	"Authority", "School", NULL
};

/* Nouns before a cause's name that make it a group ("the group Save the Bay"). */
static const char *const cause_groups[] = {
	"group", "campaign", "coalition", "movement", NULL
};

/* Returns 1 if a short form may open with the word s ("Department ...", "City Council"). */
static int
org_short_open(const char *s, size_t len)
{
	return extract_org_head(s, len) || extract_lex_in(s, len, of_bodies);
}

/* Renames o to the longer form s of its name, keeping the old name as an alias. */
static struct ex_org *
org_rename(struct ex_org *o, const char *s, size_t len)
{
	char	*alt = o->name;

	o->name = xstrndup(s, len);
	org_alias(o, alt, strlen(alt));
	free(alt);
	return o;
}

/*
 * Returns the organization that s is a variant of, giving it s as an alias:
 * "Department of X" for "X Department" and back, and "Department of X" for the
 * one "State Department of X" the document names (renamed to the longer name
 * when it comes second).  NULL if none.
 */
static struct ex_org *
org_variant(struct ex_doc *d, const char *s, size_t len)
{
	struct ex_org	*o, *hit = NULL;
	const char	*sp, *nm;
	struct buf	 b;
	char		*alt;
	size_t		 i, nl, hits = 0;
	int		 tail;

	if (len > 4 && strncasecmp(s, "the ", 4) == 0) {
		s += 4;
		len -= 4;
	}
	buf_init(&b);
	if ((sp = memchr(s, ' ', len)) != NULL && extract_lex_in(s, (size_t)(sp - s),
	    swap_heads) && len > (size_t)(sp - s) + 4 && memcmp(sp, " of ", 4) == 0) {
		/* "Department of X" -> "X Department" */
		buf_add(&b, sp + 4, len - (size_t)(sp - s) - 4);
		buf_putc(&b, ' ');
		buf_add(&b, s, (size_t)(sp - s));
	} else {
		for (sp = s + len; sp > s && sp[-1] != ' '; sp--)
			;
		if (sp > s + 1 && extract_lex_in(sp, (size_t)(s + len - sp), swap_heads)) {
			/* "X Department" -> "Department of X" */
			buf_add(&b, sp, (size_t)(s + len - sp));
			buf_puts(&b, " of ");
			buf_add(&b, s, (size_t)(sp - s) - 1);
		}
	}
	alt = buf_steal(&b);
	if (alt != NULL && *alt != '\0' && (o = extract_org_find(d, alt, strlen(alt))) != NULL) {
		free(alt);
		org_alias(o, s, len);
		return o;
	}
	free(alt);
	/* The short form opens with a head noun; the long one adds a place before it. */
	if ((sp = memchr(s, ' ', len)) == NULL || !org_short_open(s, (size_t)(sp - s)))
		sp = NULL;
	/* Or it has three words or more, the long one a word more ("Alder Lung & Sleep Institute"). */
	tail = sp == NULL && extract_lex_words(s, len) >= 3;
	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		nl = strlen(nm);
		if ((sp != NULL || tail) && nl > len + 1 && nm[nl - len - 1] == ' ' &&
		    strncasecmp(nm + nl - len, s, len) == 0 &&
		    (sp != NULL || memchr(nm, ' ', nl - len - 1) == NULL)) {
			hit = &d->orgs[i];
			hits++;
		} else if (nl > len + 1 && nm[len] == ' ' && strncasecmp(nm, s, len) == 0 &&
		    memchr(s, ' ', len) != NULL && extract_lex_in(nm + len + 1,
		    nl - len - 1, tail_heads)) {
			/* "Dover Transit" after "Dover Transit Authority". */
			org_alias(&d->orgs[i], s, len);
			return &d->orgs[i];
		} else if (len > nl + 1 && s[nl] == ' ' && strncasecmp(s, nm, nl) == 0 &&
		    memchr(nm, ' ', nl) != NULL && extract_lex_in(s + nl + 1,
		    len - nl - 1, tail_heads) && d->orgs[i].naliases == 0) {
			/* "Dover Transit Authority" after "Dover Transit": the longer name wins. */
			return org_rename(&d->orgs[i], s, len);
		} else if (len > nl + 1 && s[len - nl - 1] == ' ' &&
		    strncasecmp(s + len - nl, nm, nl) == 0 && (nm = strchr(nm, ' ')) != NULL &&
		    org_short_open(d->orgs[i].name, (size_t)(nm - d->orgs[i].name)) &&
		    d->orgs[i].naliases == 0)
			return org_rename(&d->orgs[i], s, len);
	}
	if (hits != 1)
		return NULL;
	org_alias(hit, s, len);
	return hit;
}

/*
 * Returns 1 if s opens with a letter's greeting or a reader's possessive
 * ("Dear Council President", "YOUR COMPANY'S NEWS"): an address, no name.
 */
static int
org_salutation(const char *s, size_t len)
{
	if (s[0] != 'D' && s[0] != 'Y')
		return 0;
	return (len > 5 && strncmp(s, "Dear ", 5) == 0) ||
	    (len > 5 && strncasecmp(s, "your ", 5) == 0);
}

/* Returns the organization named s, adding it at body byte at if new; NULL if full. */
static struct ex_org *
org_add(struct ex_doc *d, const char *s, size_t len, size_t at)
{
	return org_add_as(d, s, len, at, 1);
}

/* As org_add(); variants are merged only if merge is set (not for "U.S. X" stripped to X). */
static struct ex_org *
org_add_as(struct ex_doc *d, const char *s, size_t len, size_t at, int merge)
{
	struct ex_org	*o;

	if (len == 0 || org_salutation(s, len))
		return NULL;
	if ((o = extract_org_find(d, s, len)) != NULL ||
	    (merge && (o = org_variant(d, s, len)) != NULL)) {
		o->mentions++;
		return o;
	}
	if (d->norgs >= EX_MAX_ORGS)
		return NULL;
	o = &d->orgs[d->norgs++];
	memset(o, 0, sizeof(*o));
	o->name = xstrndup(s, len);
	o->mentions = 1;
	org_short_forms(o);
	if (at != (size_t)-1)
		org_evidence(d, at, &o->ev_start, &o->ev_end);
	return o;
}

/*
 * Returns 1 if s reads as a headline or a person, not an organization's
 * name: two lower-case words other than a name's small ones ("Port
 * commissioners approve ..."), or a person's title opening a run without a
 * head noun ("Senator Jo Roe").
 */
static int
org_not_name(const char *s, size_t len)
{
	size_t	i = 0, a, lower = 0, heads_seen = 0, words = 0;
	int	titled = 0;

	while (extract_lex_next_word(s, len, &i, &a)) {
		if (s[a] == '$')
			return 1;
		if (words++ == 0)
			titled = extract_lex_in(s + a, i - a, person_titles) &&
			    s[a] >= 'A' && s[a] <= 'Z';
		if (s[a] >= 'a' && s[a] <= 'z' &&
		    !extract_lex_in(s + a, i - a, initials_skip) &&
		    !extract_lex_in(s + a, i - a, particles) &&
		    !extract_lex_in(s + a, i - a, name_small) && ++lower >= 2)
			return 1;
		if (s[a] >= 'A' && s[a] <= 'Z' && extract_org_head(s + a, i - a))
			heads_seen++;
	}
	return titled && heads_seen == 0 && words >= 3 && words <= 4;
}

static int	org_last_in(const char *, size_t, const char *const *);

/* Last words of a paper's title, never of a body's name ("Cost of Service Study"). */
static const char *const paper_nouns[] = {
	"Study", "Report", "Analysis", "Assessment", NULL
};

/*
 * Returns the one organization whose name is s, then sep, then more
 * ("St. Anselm" and " " of "St. Anselm Medical Center"); NULL if none or
 * several.
 */
static struct ex_org *
org_unique_prefix(struct ex_doc *d, const char *s, size_t len, const char *sep)
{
	struct ex_org	*hit = NULL;
	const char	*nm;
	size_t		 i, sl = strlen(sep);

	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		if (strncmp(nm, s, len) != 0 || strncmp(nm + len, sep, sl) != 0 ||
		    nm[len + sl] == '\0')
			continue;
		if (hit != NULL)
			return NULL;
		hit = &d->orgs[i];
	}
	return hit;
}

/*
 * Returns the organization going by s, or else the one organization whose
 * name opens with the words of s ("St. Anselm" for "St. Anselm Medical
 * Center"); NULL if none or several.
 */
static struct ex_org *
org_leading(struct ex_doc *d, const char *s, size_t len)
{
	struct ex_org	*o;

	if ((o = extract_org_find(d, s, len)) != NULL)
		return o;
	return org_unique_prefix(d, s, len, " ");
}

/* Ensures an organization named s exists; returns its name (owned by the document). */
const char *
extract_org_ensure(struct ex_doc *d, const char *s, size_t len, size_t at)
{
	struct ex_org	*o;
	size_t		 art;

	if ((o = extract_org_find(d, s, len)) != NULL)
		return o->name;
	/* "University of X" cut before the en dash of a known "University of X–Y". */
	if ((o = org_unique_prefix(d, s, len, "\xe2\x80\x93")) != NULL)
		return o->name;
	/* "An official website of ...": a phrase, not a name. */
	if ((len > 3 && strncmp(s, "An ", 3) == 0 && extract_lex_lower(s, len, 3)) ||
	    (len > 2 && strncmp(s, "A ", 2) == 0 && extract_lex_lower(s, len, 2)))
		return NULL;
	/* "A St. Anselm spokesperson": the article is no part of the name. */
	art = len > 3 && s[0] == 'A' && s[1] == ' ' ? 2 :
	    len > 4 && s[0] == 'A' && s[1] == 'n' && s[2] == ' ' ? 3 : 0;
	if (art > 0 && extract_lex_upper(s, len, art)) {
		s += art;
		len -= art;
		if ((o = org_leading(d, s, len)) != NULL)
			return o->name;
	}
	if (org_not_name(s, len) || org_last_in(s, len, paper_nouns))
		return NULL;
	if ((o = org_add(d, s, len, at)) == NULL)
		return NULL;
	return o->name;
}

/* Writes the initials of name (skipping small words) into out; returns their count. */
static size_t
org_initials(const char *name, char *out, size_t cap)
{
	size_t	i = 0, n = 0, len = strlen(name), a;

	while (i < len && n + 1 < cap) {
		while (i < len && (name[i] == ' ' || name[i] == '-'))
			i++;
		a = i;
		while (i < len && name[i] != ' ' && name[i] != '-')
			i++;
		if (i == a || extract_lex_in(name + a, i - a, initials_skip))
			continue;
		if (a + 4 <= i && memcmp(name + a, "U.S.", 4) == 0)
			continue;
		if (name[a] >= 'A' && name[a] <= 'Z')
			out[n++] = name[a];
	}
	out[n] = '\0';
	return n;
}

/* Returns the organization whose initials spell the acronym, or NULL. */
static struct ex_org *
org_by_initials(struct ex_doc *d, const char *acr, size_t len)
{
	char	ini[32];
	size_t	i;

	for (i = 0; i < d->norgs; i++) {
		if (d->orgs[i].acronym != NULL)
			continue;
		if (org_initials(d->orgs[i].name, ini, sizeof(ini)) == len &&
		    memcmp(ini, acr, len) == 0)
			return &d->orgs[i];
	}
	return NULL;
}

/* Gives the organization a name stripped of a national or parent prefix ("U.S.", "DHS"). */
static void
org_strip_prefix(struct ex_doc *d, size_t *a, size_t b)
{
	if (*a + 2 < b && (extract_lex_tok_is(d, *a, "U.S.") ||
	    extract_lex_tok_is(d, *a, "US")))
		(*a)++;
	else if (*a + 3 < b && extract_lex_tok_is(d, *a, "United") &&
	    extract_lex_tok_is(d, *a + 1, "States"))
		*a += 2;
	else if (*a + 2 < b && (d->toks[*a].flags & TK_ACR) &&
	    !(d->toks[*a].flags & TK_POSS))
		(*a)++;
}

/* Returns 1 if [s, e) of the body lies inside one of the spans. */
static int
org_in_spans(const struct ex_span *sp, size_t n, size_t s, size_t e)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s >= sp[i].start && e <= sp[i].end)
			return 1;
	return 0;
}

/* Gives o the short form in parentheses after its name [a, b): "Long Valley Water District (Long Valley WD)". */
static void
org_paren_alias(struct ex_doc *d, struct ex_org *o, size_t a, size_t b)
{
	size_t	k, e;
	char	*s;

	if (b + 3 >= d->ntoks || d->body[d->toks[b].start] != '(')
		return;
	for (e = b + 1; e < d->ntoks && e - b <= 5 && org_tok_cap(d, e); e++)
		;
	if (e >= d->ntoks || e < b + 3 || d->body[d->toks[e].start] != ')' ||
	    !(d->toks[e - 1].flags & TK_ACR))
		return;
	/* The words before the acronym open the name. */
	for (k = b + 1; k + 1 < e; k++) {
		const struct ex_tok	*p = &d->toks[k], *q = &d->toks[a + k - b - 1];

		if (a + k - b - 1 >= b || p->end - p->start != q->end - q->start ||
		    memcmp(d->body + p->start, d->body + q->start, p->end - p->start) != 0)
			return;
	}
	s = extract_lex_range(d, b + 1, e);
	org_alias(o, s, strlen(s));
	free(s);
}

/*
 * Gives o the name in another language and its acronym written in
 * parentheses after its name at b: "Valley Farmworkers Union (Unión de
 * Trabajadores del Valle, UTV)", the acronym spelling the other name.
 */
static void
org_paren_other(struct ex_doc *d, struct ex_org *o, size_t b)
{
	char	 ini[32], *s;
	size_t	 e, al;

	if (b + 5 >= d->ntoks || d->body[d->toks[b].start] != '(' ||
	    !org_tok_cap(d, b + 1))
		return;
	for (e = b + 2; e < d->ntoks && e - b <= 10 &&
	    d->body[d->toks[e].start] != ','; e++)
		if (!org_tok_cap(d, e) && !(d->body[d->toks[e].start] >= 'a' &&
		    d->body[d->toks[e].start] <= 'z' && d->toks[e].end - d->toks[e].start <= 3))
			return;
	if (e + 2 >= d->ntoks || e < b + 3 || d->body[d->toks[e].start] != ',' ||
	    !org_tok_cap(d, e - 1) || !(d->toks[e + 1].flags & TK_ACR) ||
	    d->body[d->toks[e + 2].start] != ')')
		return;
	al = d->toks[e + 1].end - d->toks[e + 1].start;
	s = extract_lex_range(d, b + 1, e);
	if (org_initials(s, ini, sizeof(ini)) == al &&
	    memcmp(ini, d->body + d->toks[e + 1].start, al) == 0) {
		org_alias(o, s, strlen(s));
		if (o->acronym == NULL)
			o->acronym = xstrndup(d->body + d->toks[e + 1].start, al);
	}
	free(s);
}

/* Registers the organization spanning tokens [a, b); full is the first token written. */
static struct ex_org *
org_register(struct ex_doc *d, size_t full, size_t a, size_t b)
{
	struct ex_org	*o;
	char		*name, *all;

	name = extract_lex_range(d, a, b);
	/* "U.S. X" is named in full unless X is known: the national prefix is part of it. */
	if (full < a && (extract_lex_tok_is(d, full, "U.S.") ||
	    extract_lex_tok_is(d, full, "US") || extract_lex_tok_is(d, full, "United")) &&
	    extract_org_find(d, name, strlen(name)) == NULL) {
		all = extract_lex_range(d, full, b);
		o = org_add_as(d, all, strlen(all), d->toks[full].start, 0);
		if (o != NULL)
			org_alias(o, name, strlen(name));
		free(all);
	} else {
		o = org_add_as(d, name, strlen(name), d->toks[full].start, full == a);
		if (o != NULL && full < a) {
			all = extract_lex_range(d, full, b);
			org_alias(o, all, strlen(all));
			free(all);
		}
	}
	free(name);
	/* Long Name (ACR) */
	if (o != NULL && b + 2 < d->ntoks && d->body[d->toks[b].start] == '(' &&
	    (d->toks[b + 1].flags & TK_ACR) && d->body[d->toks[b + 2].start] == ')' &&
	    o->acronym == NULL)
		o->acronym = xstrndup(d->body + d->toks[b + 1].start,
		    d->toks[b + 1].end - d->toks[b + 1].start);
	else if (o != NULL) {
		org_paren_alias(d, o, a, b);
		org_paren_other(d, o, b);
	}
	return o;
}

/* Returns 1 if "City of Y" at [a, r) acts in its sentence rather than names a place. */
static int
org_actor(const struct ex_doc *d, size_t a, size_t r)
{
	size_t	p = a;

	if (p > 0 && extract_lex_tok_is(d, p - 1, "the"))
		p--;
	if (d->toks[p].flags & (TK_SENT | TK_PARA))
		return 1;
	if (p > 0 && extract_lex_tok_in(d, p - 1, actor_before))
		return 1;
	return extract_lex_tok_in(d, r, actor_after);
}

/* Returns how many tokens (1 or 2) of a US state name start at token t, 0 if none. */
static size_t
org_state_len(const struct ex_doc *d, size_t t)
{
	const char	*st, *sp;
	size_t		 i;

	if (!org_tok_cap(d, t))
		return 0;
	if (extract_lex_tok_in(d, t, extract_us_states))
		return 1;
	if (!org_tok_cap(d, t + 1))
		return 0;
	for (i = 0; (st = extract_us_states[i]) != NULL; i++) {
		if ((sp = strchr(st, ' ')) == NULL)
			continue;
		if ((size_t)(sp - st) == d->toks[t].end - d->toks[t].start &&
		    strncmp(d->body + d->toks[t].start, st, (size_t)(sp - st)) == 0 &&
		    extract_lex_tok_is(d, t + 1, sp + 1))
			return 2;
	}
	return 0;
}

/* Registers [a, e) as org_register() does, with a short form lacking a trailing state. */
static struct ex_org *
org_register_state(struct ex_doc *d, size_t full, size_t a, size_t e)
{
	struct ex_org	*o;
	char		*s;
	size_t		 k;

	o = org_register(d, full, a, e);
	if (o == NULL || e < a + 3)
		return o;
	for (k = 1; k <= 2 && k + 2 <= e - a; k++) {
		if (org_state_len(d, e - k) == k && org_tok_head(d, e - k - 1)) {
			s = extract_lex_range(d, a, e - k);
			org_alias(o, s, strlen(s));
			free(s);
			break;
		}
	}
	return o;
}

/* Returns 1 if token t is "Local" followed by its number ("Local 418"). */
static int
org_local_at(const struct ex_doc *d, size_t t)
{
	return t + 1 < d->ntoks && extract_lex_tok_is(d, t, "Local") &&
	    (d->toks[t + 1].flags & TK_DIGIT) && !(d->toks[t + 1].flags & TK_PARA);
}

/*
 * For "ACR Local 902" at token a, returns the "Amalgamated Transit Workers
 * Local 902" named before whose initials spell ACR, giving it the acronym and
 * the short form as an alias; NULL if none.
 */
static struct ex_org *
org_local_acronym(struct ex_doc *d, size_t a)
{
	const struct ex_tok	*ac = &d->toks[a], *nu = &d->toks[a + 2];
	size_t			 al = ac->end - ac->start, nl = nu->end - nu->start, i, len;
	char			 pre[128], ini[32];
	char			*s;
	struct ex_org		*o;

	if (!(ac->flags & TK_ACR) || al >= sizeof(ini))
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		o = &d->orgs[i];
		len = strlen(o->name);
		/* "<prefix> Local <number>" */
		if (len < nl + 8 || len - nl - 7 >= sizeof(pre) ||
		    memcmp(o->name + len - nl, d->body + nu->start, nl) != 0 ||
		    memcmp(o->name + len - nl - 7, " Local ", 7) != 0)
			continue;
		memcpy(pre, o->name, len - nl - 7);
		pre[len - nl - 7] = '\0';
		if (org_initials(pre, ini, sizeof(ini)) != al ||
		    memcmp(ini, d->body + ac->start, al) != 0)
			continue;
		if (o->acronym == NULL)
			o->acronym = xstrndup(d->body + ac->start, al);
		s = extract_lex_range(d, a, a + 3);
		org_alias(o, s, strlen(s));
		free(s);
		return o;
	}
	return NULL;
}

/* Nouns of a branch of a larger body, named with its owner ("X's Hawkeye Chapter"). */
static const char *const branch_nouns[] = {
	"Chapter", "Branch", "Affiliate", NULL
};

/*
 * For the possessive owner [a, e) of a branch: "Trout Club's Hawkeye
 * Chapter" (a branch with a proper name) is named with its owner and known
 * by its own name.  Returns the token after the branch, 0 if none.
 */
static size_t
org_owned(struct ex_doc *d, size_t a, size_t e)
{
	struct ex_org	*o;
	char		*s;
	size_t		 r, k;

	if (e >= d->ntoks || (d->toks[e].flags & TK_PARA) ||
	    (r = org_run(d, e)) < e + 2 || r > e + 4 ||
	    (d->toks[r - 1].flags & TK_POSS) ||
	    !extract_lex_tok_in(d, r - 1, branch_nouns))
		return 0;
	for (k = e; k < r - 1 && !org_tok_head(d, k); k++)
		;
	if (k < r - 1)
		return 0;
	s = extract_lex_range(d, a, r);
	o = org_add(d, s, strlen(s), d->toks[a].start);
	free(s);
	if (o != NULL) {
		s = extract_lex_range(d, e, r);
		org_alias(o, s, strlen(s));
		free(s);
	}
	return r;
}

/*
 * Names without a head noun at their end: "UWLW Local 12", "Friends of the
 * Creek", "Temple Beth Am", and "Save the Bay" when used as a name (an acronym
 * or a speech verb follows).  Returns the token after the name, 0 if none.
 */
static size_t
org_special(struct ex_doc *d, size_t a, size_t e)
{
	struct ex_org	*o;
	char		*s;
	size_t		 c, r, k;

	/* A unit named with its possessive owner ("X's Hawkeye Chapter"). */
	if ((d->toks[e - 1].flags & TK_POSS) && (r = org_owned(d, a, e)) > 0)
		return r;
	/* A union local: "X Local 742", also known as "Local 742" and "X". */
	if (org_local_at(d, e - 1) && e >= a + 2) {
		if (e == a + 2 && (o = org_local_acronym(d, a)) != NULL) {
			o->mentions++;
			return e + 1;
		}
		if ((o = org_register(d, a, a, e + 1)) != NULL) {
			s = extract_lex_range(d, e - 1, e + 1);
			org_alias(o, s, strlen(s));
			free(s);
			/* The union the local belongs to, when named in words. */
			if (e >= a + 3) {
				s = extract_lex_range(d, a, e - 1);
				org_alias(o, s, strlen(s));
				free(s);
			}
		}
		return e + 1;
	}
	/* "Acme Diagnostics, Inc." */
	if (e >= a + 1 && extract_lex_tok_is(d, e, ",") && extract_lex_tok_in(d, e + 1,
	    corp_suffix) && (d->toks[e + 1].flags & TK_CAP) && !org_tok_cap(d, e + 2)) {
		c = a;
		org_strip_prefix(d, &c, e);
		if ((o = org_register(d, c, c, e + 2)) != NULL) {
			s = extract_lex_range(d, c, e);
			org_alias(o, s, strlen(s));
			free(s);
		}
		return e + 2;
	}
	/* "City of Dover" acting, "Port of Alder Bay" always. */
	if (e == a + 1 && extract_lex_tok_in(d, a, of_bodies) && extract_lex_tok_is(d, e, "of") &&
	    (r = org_run(d, e + 1)) > e + 1 && r <= e + 4 &&
	    !(d->toks[e + 1].flags & TK_PARA)) {
		for (k = e + 1; k < r && !org_tok_head(d, k) && !(d->toks[k].flags & TK_POSS);
		    k++)
			;
		/*
		 * "Port of Alder Bay Commission": the port's own board, and the port;
		 * "Port of Alder Bay Authority" is the port itself.
		 */
		if (k == r - 1 && k > e + 1 && extract_lex_tok_is(d, a, "Port") &&
		    !(d->toks[k].flags & TK_POSS)) {
			if (!extract_lex_tok_is(d, k, "Authority") &&
			    !extract_lex_tok_is(d, k, "District"))
				org_register(d, a, a, k);
			org_register(d, a, a, r);
			return r;
		}
		if (k < r)
			return 0;
		/* A place otherwise ("residents of the City of Dover"). */
		if (extract_lex_tok_is(d, a, "Port") || org_actor(d, a, r))
			org_register(d, a, a, r);
		return r;
	}
	/* A school named by its level ("Hollis Elementary"), not a heading line alone. */
	if (e >= a + 2 && e <= a + 4 && extract_lex_tok_in(d, e - 1, school_levels) &&
	    !(d->toks[e - 1].flags & TK_POSS) && !((d->toks[a].flags & TK_PARA) &&
	    (e >= d->ntoks || (d->toks[e].flags & TK_PARA)))) {
		for (k = a; k < e - 1 && !org_tok_head(d, k) &&
		    !extract_lex_tok_in(d, k, school_levels); k++)
			;
		if (k == e - 1) {
			org_register(d, a, a, e);
			return e;
		}
	}
	/* A company named by its trade ("Corvane Logistics"), not a heading line alone. */
	if (e >= a + 2 && e <= a + 4 && extract_lex_tok_in(d, e - 1, trades) &&
	    !(d->toks[e - 1].flags & TK_POSS) && !((d->toks[a].flags & TK_PARA) &&
	    (e >= d->ntoks || (d->toks[e].flags & TK_PARA)))) {
		for (k = a; k < e - 1 && !org_tok_head(d, k); k++)
			;
		if (k == e - 1) {
			org_register(d, a, a, e);
			return e;
		}
	}
	/* A public utility: "Alder City Light", "Alder Power & Light". */
	if (e >= a + 3 && extract_lex_tok_is(d, e - 1, "Light") &&
	    !(d->toks[e - 1].flags & TK_POSS) && (extract_lex_tok_is(d, e - 2, "City") ||
	    extract_lex_tok_is(d, e - 2, "&") || extract_lex_tok_is(d, e - 2, "Power"))) {
		for (k = a; k < e - 1 && !org_tok_head(d, k); k++)
			;
		if (k == e - 1) {
			org_register(d, a, a, e);
			return e;
		}
	}
	/* "Parents Against Speeding": people against a cause. */
	if (e >= a + 3 && e <= a + 5 && extract_lex_tok_in(d, a, group_nouns) &&
	    extract_lex_tok_is(d, a + 1, "Against") && !(d->toks[e - 1].flags & TK_POSS)) {
		for (k = a + 2; k < e && !org_tok_head(d, k); k++)
			;
		if (k == e) {
			org_register(d, a, a, e);
			return e;
		}
	}
	/* A health insurer: "Acme Ohio Health Plan". */
	if (e >= a + 3 && extract_lex_tok_is(d, e - 1, "Plan") &&
	    extract_lex_tok_is(d, e - 2, "Health") && !(d->toks[e - 1].flags & TK_POSS)) {
		org_register(d, a, a, e);
		return e;
	}
	/* "Parents for Safe Streets", "Physicians for a Healthy Town" */
	if (extract_lex_tok_in(d, e - 1, group_nouns) && extract_lex_tok_is(d, e, "for")) {
		c = e + 1;
		if (extract_lex_tok_is(d, c, "a") || extract_lex_tok_is(d, c, "the"))
			c++;
		if ((r = org_run(d, c)) > c && !extract_lex_tok_in(d, c, weekdays)) {
			org_register(d, a, a, r);
			return r;
		}
		return 0;
	}
	/* "Feeding the Coast Network": a verb opening a name that ends in a head. */
	if (e == a + 1 && !(d->toks[a].flags & TK_SENT) && extract_lex_tok_is(d, e, "the") &&
	    (extract_lex_tok_in(d, a, cause_verbs) || (d->toks[a].end - d->toks[a].start > 5 &&
	    memcmp(d->body + d->toks[a].end - 3, "ing", 3) == 0)) &&
	    (r = org_run(d, e + 1)) > e + 1 && org_tok_head(d, r - 1)) {
		org_register(d, a, a, r);
		return r;
	}
	/* A club named as an opponent: "the home match against the Harbor Gulls". */
	if (e >= a + 2 && a >= 3 && extract_lex_tok_is(d, a - 1, "the") &&
	    extract_lex_tok_is(d, a - 2, "against") &&
	    (extract_lex_tok_in(d, a - 3, fixtures) || (a >= 4 &&
	    extract_lex_tok_in(d, a - 4, fixtures)))) {
		org_register(d, a, a, e);
		return e;
	}
	/* "Friends of [the] X", "Sisters of St. Y" */
	if (e == a + 1 && extract_lex_tok_in(d, a, of_groups) &&
	    extract_lex_tok_is(d, e, "of")) {
		c = e + 1;
		if (extract_lex_tok_is(d, c, "the"))
			c++;
		if ((r = org_run(d, c)) > c && !(d->toks[c].flags & TK_PARA)) {
			org_register(d, a, a, r);
			return r;
		}
		return 0;
	}
	/* "Temple Beth Am": a house of worship and its proper name. */
	if (e >= a + 2 && extract_lex_tok_in(d, a, worship) &&
	    !extract_lex_tok_in(d, e - 1, place_words) &&
	    !(d->toks[e - 1].flags & TK_POSS)) {
		for (k = a + 1; k < e && !org_tok_head(d, k); k++)
			;
		if (k < e)
			return 0;
		/* "Temple Beth Shalom of Ashford": a short place after "of". */
		if (extract_lex_tok_is(d, e, "of") && (r = org_run(d, e + 1)) > e + 1 &&
		    r <= e + 3 && !(d->toks[e + 1].flags & TK_PARA)) {
			for (k = e + 1; k < r && !org_tok_head(d, k) &&
			    !(d->toks[k].flags & TK_POSS); k++)
				;
			if (k == r)
				e = r;
		}
		org_register(d, a, a, e);
		return e;
	}
	/* "Save the X" (ACR) / "Save the X said" */
	if (extract_lex_tok_in(d, a, cause_verbs) && (d->toks[a].flags & TK_CAP)) {
		r = e;
		if (e == a + 1 && extract_lex_tok_is(d, e, "the"))
			r = org_run(d, e + 1);
		if (r <= e && e == a + 1)
			return 0;
		for (k = a + 1; k < r; k++)
			if (org_tok_head(d, k))
				return 0;
		if ((r + 2 < d->ntoks && d->body[d->toks[r].start] == '(' &&
		    (d->toks[r + 1].flags & TK_ACR) &&
		    d->body[d->toks[r + 2].start] == ')') ||
		    extract_lex_tok_in(d, r, said_verbs) || (a > 0 &&
		    extract_lex_tok_in(d, a - 1, cause_groups)) ||
		    (extract_lex_tok_is(d, r, ",") && extract_lex_tok_in(d, r + 1,
		    said_verbs))) {
			org_register(d, a, a, r);
			return r;
		}
	}
	return 0;
}

/*
 * Returns 1 if a quotation opened earlier on the line (at most 2000 bytes
 * back) is still open where token a starts; *qe is set to the byte after
 * the last quotation mark seen open.
 */
static int
org_quote_open(const struct ex_doc *d, size_t a, size_t *qe)
{
	const char	*b = d->body;
	size_t		 i, p, n;
	int		 open = 0;

	*qe = 0;
	p = d->toks[a].start;
	for (i = p; i > 0 && b[i - 1] != '\n' && p - i < 2000; i--)
		;
	while (i < p) {
		if ((n = extract_lex_open_quote(b, p, i)) == 3)
			open = 1;
		else if ((n = extract_lex_close_quote(b, p, i)) == 3)
			open = 0;
		else if (n == 1 || b[i] == '"') {
			open = !open;
			n = 1;
		}
		i += n > 0 ? n : 1;
		if (open && n > 0)
			*qe = i;
	}
	return open;
}

/*
 * Returns 1 if the name [a, e) sits in a quoted title before its subtitle
 * ("... Detection in the Emergency Department: A Prospective Study"): a
 * colon and a capital follow, and a quotation opened in the paragraph
 * before the name's first word is still open.
 */
static int
org_quoted_title(const struct ex_doc *d, size_t a, size_t e)
{
	const char	*b = d->body;
	size_t		 p, qe;
	int		 open;

	if (e + 1 >= d->ntoks || !extract_lex_tok_is(d, e, ":") || !org_tok_cap(d, e + 1))
		return 0;
	p = d->toks[a].start;
	open = org_quote_open(d, a, &qe);
	/* A title that opens with the name is about it ("X Authority: Contract Review"). */
	if (qe + 4 == p && extract_lex_istarts(b + qe, 4, "the "))
		qe = p;
	return open && qe != p;
}

/*
 * Returns 1 if the run [a, e) may open a name continued by "for" ("Justice
 * for Veterans Legal Center"): it holds no head noun, title or possessive,
 * and follows "the" or has two words or more.
 */
static int
org_for_join(const struct ex_doc *d, size_t a, size_t e)
{
	size_t	k;

	for (k = a; k < e; k++)
		if (org_tok_head(d, k) || extract_lex_tok_in(d, k, after_titles) ||
		    (d->toks[k].flags & TK_POSS))
			return 0;
	return e >= a + 2 || (a > 0 && extract_lex_tok_is(d, a - 1, "the"));
}

/* Returns 1 if token t places what follows ("Raleigh-based"), so opens no name. */
static int
org_tok_based(const struct ex_doc *d, size_t t)
{
	const struct ex_tok	*k = &d->toks[t];

	return k->end - k->start > 6 &&
	    memcmp(d->body + k->end - 6, "-based", 6) == 0;
}

/*
 * Returns 1 if the comma at token c goes on a serial list of subjects that
 * "and" closes ("Committee on Housing, Construction and Community
 * Development"): each item a short capitalized run without a head noun.
 */
static int
org_serial(const struct ex_doc *d, size_t c)
{
	size_t	r, k, n;
	int	last;

	if (!extract_lex_tok_is(d, c, ","))
		return 0;
	for (n = 0; n < 4; n++) {
		last = 0;
		if (extract_lex_tok_is(d, c, ",") && extract_lex_tok_is(d, c + 1, "and")) {
			if (n == 0)
				return 0;
			c += 2;
			last = 1;
		} else if (extract_lex_tok_is(d, c, "and") && n > 0) {
			c++;
			last = 1;
		} else if (extract_lex_tok_is(d, c, ","))
			c++;
		else
			return 0;
		if (c >= d->ntoks || (d->toks[c].flags & TK_PARA) ||
		    (r = org_run(d, c)) <= c || r > c + 3)
			return 0;
		for (k = c; k < r; k++)
			if (org_tok_head(d, k) || (d->toks[k].flags & TK_POSS) ||
			    extract_lex_tok_in(d, k, after_titles) ||
			    extract_lex_tok_in(d, k, person_titles))
				return 0;
		if (last)
			return 1;
		c = r;
	}
	return 0;
}

/*
 * Returns 1 if a quotation opened earlier on the line is still open at
 * token a, and holds only title-case words before it: a quoted title
 * ("“Heat Rules and School Bus Routes, 2020”").
 */
static int
org_in_title(const struct ex_doc *d, size_t a)
{
	size_t		 n, qe, k;
	int		 open = org_quote_open(d, a, &qe);

	if (!open)
		return 0;
	for (k = a, n = 0; k > 0 && d->toks[k - 1].start >= qe && n < 24; k--, n++) {
		const struct ex_tok	*t = &d->toks[k - 1];

		if ((t->flags & TK_WORD) && !(t->flags & TK_CAP) &&
		    !(t->flags & TK_DIGIT) &&
		    !extract_lex_tok_in(d, k - 1, initials_skip) &&
		    !extract_lex_tok_in(d, k - 1, name_small))
			return 0;
	}
	return n < 24;
}

/*
 * Returns 1 if the name at token a opens the subtitle of a quoted title
 * ("“Cold Comfort: Enforcement of Heat Rules”"): a colon before it, inside
 * a quoted title.
 */
static int
org_subtitle(const struct ex_doc *d, size_t a)
{
	if (a == 0 || !extract_lex_tok_is(d, a - 1, ":"))
		return 0;
	return org_in_title(d, a);
}

/* Small words a quoted title keeps in lower case ("Supply and Demand Report"). */
static const char *const title_small[] = {
	"and", "&", "of", "the", "for", "in", "on", "to", "a", "an", "by", "at", NULL
};

/*
 * Returns 1 if the quotation the name opens goes on at body byte q with
 * "and" and title-case words up to its closing mark: the name is the head
 * of a quoted title ("“Tern Supply and Demand Report”").
 */
static int
org_quote_runs_on(const struct ex_doc *d, size_t q)
{
	const char	*b = d->body;
	size_t		 i, w, n;

	if (q + 5 >= d->body_len || (memcmp(b + q, " and ", 5) != 0 &&
	    memcmp(b + q, " & ", 3) != 0))
		return 0;
	for (i = q, n = 0; i < d->body_len && n < 10; n++) {
		while (i < d->body_len && b[i] == ' ')
			i++;
		for (w = i; w < d->body_len && b[w] != ' ' && b[w] != '\n' &&
		    extract_lex_close_quote(b, d->body_len, w) == 0 && b[w] != ','; w++)
			;
		if (w == i || (!extract_lex_upper(b, w, i) && !extract_lex_in(b + i, w - i,
		    title_small)))
			return 0;
		if (w < d->body_len && b[w] == ',')
			w++;
		if (extract_lex_close_quote(b, d->body_len, w) > 0)
			return n > 0;
		if (w >= d->body_len || b[w] != ' ')
			return 0;
		i = w;
	}
	return 0;
}

/*
 * Returns 1 if the name [a, e) names a thing, not a body, by its quotation
 * marks: a quoted name before a common noun ("the county's “Lake Watch”
 * map"), or a topic inside a quoted title, not opened by "the", "of" or "by"
 * ("“Failure Modes in Utility-Scale Battery Systems”").
 */
static int
org_quoted_thing(const struct ex_doc *d, size_t a, size_t e)
{
	const char	*b = d->body;
	size_t		 p, qe, q, n;

	p = d->toks[a].start;
	if (p == 0 || !org_quote_open(d, a, &qe))
		return 0;
	if (qe == p) {
		q = d->toks[e - 1].end;
		/* "our “X Campaign,” which": the comma sits inside the quotation. */
		if (q < d->body_len && b[q] == ',')
			q++;
		if (q < d->body_len && b[q] == '"')
			n = 1;
		else if ((n = extract_lex_close_quote(b, d->body_len, q)) != 3)
			return org_quote_runs_on(d, q);
		for (q += n; q < d->body_len && b[q] == ' '; q++)
			;
		return q < d->body_len && b[q] >= 'a' && b[q] <= 'z';
	}
	if (a == 0 || d->toks[a - 1].start < qe || !(d->toks[a - 1].flags & TK_WORD) ||
	    extract_lex_tok_is(d, a - 1, "the") || extract_lex_tok_is(d, a - 1, "of") ||
	    extract_lex_tok_is(d, a - 1, "by"))
		return 0;
	return org_in_title(d, a);
}

/* Returns 1 if a quotation mark sits just before or after the name [a, e): a cheap test. */
static int
org_quote_near(const struct ex_doc *d, size_t a, size_t e)
{
	const char	*b = d->body;
	size_t		 p = d->toks[a].start, q = d->toks[e - 1].end;

	if (p > 0 && (b[p - 1] == '"' || (p >= 3 && (unsigned char)b[p - 3] == 0xe2 &&
	    (unsigned char)b[p - 1] == 0x9c)))
		return 1;
	if (q < d->body_len && b[q] == ',')
		q++;
	return q < d->body_len && (b[q] == '"' || ((unsigned char)b[q] == 0xe2 &&
	    q + 2 < d->body_len && (unsigned char)b[q + 2] == 0x9d));
}

/* Nouns that end the name of a law or bill, never of a body. */
static const char *const law_nouns[] = {
	"Act", "Bill", "Amendment", "Ordinance", NULL
};

/*
 * Returns 1 if the run [c, r) after "and" is a person named with an
 * appositive title ("and Jo Roe, president of ..."): two to four words, no
 * head noun, then a comma and a lower-case job title.
 */
static int
org_and_person(const struct ex_doc *d, size_t c, size_t r)
{
	size_t	k;

	if (r - c < 2 || r - c > 4 || r + 1 >= d->ntoks || !extract_lex_tok_is(d, r, ",") ||
	    !(d->toks[r + 1].flags & TK_WORD) || d->body[d->toks[r + 1].start] < 'a' ||
	    d->body[d->toks[r + 1].start] > 'z' || !extract_lex_tok_in(d, r + 1, after_titles))
		return 0;
	for (k = c; k < r; k++)
		if (org_tok_head(d, k))
			return 0;
	return 1;
}

/*
 * Returns 1 if a capitalized word and a short number, each one space apart,
 * sit right before the run at t ("Terminal 3" of "the Terminal 3 Advisory
 * Group"): a numbered place that is part of the name.
 */
static int
org_numbered_at(const struct ex_doc *d, size_t t)
{
	const struct ex_tok	*w, *n;
	size_t			 i;

	if (t < 2 || !(d->toks[t - 1].flags & TK_DIGIT) || (d->toks[t].flags & TK_PARA))
		return 0;
	w = &d->toks[t - 2];
	n = &d->toks[t - 1];
	if (n->end - n->start > 4 || n->start != w->end + 1 || d->toks[t].start != n->end + 1 ||
	    (n->flags & TK_PARA))
		return 0;
	for (i = n->start; i < n->end; i++)
		if (d->body[i] < '0' || d->body[i] > '9')
			return 0;
	return org_tok_cap(d, t - 2) && !(w->flags & TK_ACR) &&
	    !extract_lex_tok_in(d, t - 2, leading_stop);
}

/* People who come from a body to help ("volunteers from X"). */
static const char *const from_people[] = {
	"volunteers", "staff", "representatives", "experts", "mentors", "tutors",
	"instructors", "trainers", "counselors", "coaches", NULL
};

/*
 * Returns 1 if the run [a, e), with no head noun, names a body by the people
 * who come from it ("volunteers from Tern Workforce"): two to five words, no
 * state, county or possessive among them.
 */
static int
org_from_people(const struct ex_doc *d, size_t a, size_t e)
{
	size_t	k;

	if (a < 2 || e < a + 2 || e > a + 5 || !extract_lex_tok_is(d, a - 1, "from") ||
	    !extract_lex_tok_in(d, a - 2, from_people) ||
	    extract_lex_tok_in(d, e - 1, of_bodies))
		return 0;
	for (k = a; k < e; k++)
		if (org_state_len(d, k) > 0 || (d->toks[k].flags & TK_POSS))
			return 0;
	return 1;
}

/*
 * Returns 1 if the body line [s, e) opens with a label and a dash ("Tech
 * Night — ..."), setting *named to 1 if the label ends in a head noun.
 */
static int
org_dash_label(const char *b, size_t s, size_t e, int *named)
{
	size_t	i, w;

	*named = 0;
	for (i = s; i + 4 < e && i < s + 80; i++) {
		if (b[i] != ' ' || extract_lex_dash(b, e, i + 1) != 3 || b[i + 4] != ' ')
			continue;
		for (w = i; w > s && b[w - 1] != ' '; w--)
			;
		*named = extract_org_head(b + w, i - w);
		return i > s;
	}
	return 0;
}

/*
 * Returns 1 if the name [a, e) labels one line of a listing of programs:
 * it opens its line before a dash, and of the dash labels on the lines
 * around it, two at least, none ends in a head noun ("Read to a Dog — ...").
 */
static int
org_program_label(const struct ex_doc *d, size_t a, size_t e)
{
	const char	*b = d->body, *p;
	size_t		 q = d->toks[e - 1].end, s, le, n = 0, k;
	int		 named;

	if (!(d->toks[a].flags & TK_PARA) || q + 4 >= d->body_len || b[q] != ' ' ||
	    extract_lex_dash(b, d->body_len, q + 1) != 3)
		return 0;
	/* The lines before, blank lines between them skipped. */
	for (s = d->toks[a].start, k = 0; k < 3 && s > 1 && b[s - 1] == '\n'; k++) {
		for (le = s - 1; le > 0 && b[le - 1] == '\n'; le--)
			;
		for (s = le; s > 0 && b[s - 1] != '\n'; s--)
			;
		if (!org_dash_label(b, s, le, &named))
			break;
		if (named)
			return 0;
		n++;
	}
	/* The lines after. */
	for (s = d->toks[a].start, k = 0; k < 3; k++) {
		if ((p = memchr(b + s, '\n', d->body_len - s)) == NULL)
			break;
		for (s = (size_t)(p - b) + 1; s < d->body_len && b[s] == '\n'; s++)
			;
		if ((p = memchr(b + s, '\n', d->body_len - s)) == NULL)
			p = b + d->body_len;
		le = (size_t)(p - b);
		if (!org_dash_label(b, s, le, &named))
			break;
		if (named)
			return 0;
		n++;
	}
	return n >= 2;
}

/*
 * Returns 1 if the run [a, e) after "with" joins capitalized words by "&"
 * ("worked with Dale Tire & Brake"): a business named for its trades.
 */
static int
org_amp_firm(const struct ex_doc *d, size_t a, size_t e)
{
	size_t	k;

	if (e < a + 3 || e - a > 6 || a == 0 || !extract_lex_tok_is(d, a - 1, "with") ||
	    org_quote_near(d, a, e))
		return 0;
	for (k = a + 1; k + 1 < e; k++)
		if (extract_lex_tok_is(d, k, "&"))
			return org_tok_cap(d, k - 1) && org_tok_cap(d, k + 1) &&
			    d->toks[k - 1].end - d->toks[k - 1].start > 1 &&
			    d->toks[k + 1].end - d->toks[k + 1].start > 1;
	return 0;
}

/* Finds the named organizations of the body; list spans are left to the coalition pass. */
static void
org_names(struct ex_doc *d, const struct ex_span *skip, size_t nskip)
{
	struct ex_org	*o;
	size_t		 t = 0, e, a, h, k, n = 0, ia, ie;
	int		 last_head, after_prep, serial;

	while (t < d->ntoks && n++ < d->ntoks + 1) {
		if (!org_tok_cap(d, t) || (t > 0 && org_tok_cap(d, t - 1) &&
		    !(d->toks[t - 1].flags & TK_POSS) && !(d->toks[t].flags & TK_PARA))) {
			t++;
			continue;
		}
		e = org_run(d, t);
		if (e <= t) {
			t++;
			continue;
		}
		a = t;
		while (a < e && (extract_lex_tok_in(d, a, leading_stop) ||
		    org_tok_based(d, a))) {
			/* "the New England Council": inside a sentence "New" opens a name. */
			if (a + 1 < e && extract_lex_tok_is(d, a, "New") &&
			    (!(d->toks[a].flags & (TK_SENT | TK_PARA)) ||
			    org_state_len(d, a) == 2))
				break;
			a++;
		}
		/* "the Pier 4 Neighbors Council": a numbered place opens the name. */
		if (a == t && org_numbered_at(d, t))
			a = t - 2;
		/* "Immigration and Customs Enforcement": a run, "and", a run ending in a head. */
		if (a < e && !org_tok_head(d, e - 1) && extract_lex_tok_is(d, e, "and") &&
		    !extract_lex_tok_in(d, e - 1, school_levels) &&
		    !extract_lex_tok_in(d, e - 1, trades) && org_tok_cap(d, e + 1)) {
			k = org_run(d, e + 1);
			if (k > e + 1 && (org_tok_head(d, k - 1) || org_local_at(d, k - 1)) &&
			    !(d->toks[e - 1].flags & TK_POSS))
				e = k;
		}
		/* "Clean Air for Kids Coalition": a run, "for", a run ending in a head. */
		if (a < e && extract_lex_tok_is(d, e, "for") && org_for_join(d, a, e) &&
		    (k = org_run(d, e + 1)) > e + 1 && org_tok_head(d, k - 1))
			e = k;
		/* "the Reading by Nine Network": a small word inside a name after "the". */
		if (a < e && e <= a + 3 && a > 0 && extract_lex_tok_is(d, a - 1, "the") &&
		    extract_lex_tok_in(d, e, name_small) && org_for_join(d, a, e) &&
		    (e == a + 1 || !extract_lex_tok_is(d, e, "by")) &&
		    (k = org_run(d, e + 1)) > e + 1 && k <= e + 4 && org_tok_head(d, k - 1))
			e = k;
		if (a < e && org_in_spans(skip, nskip, d->toks[a].start, d->toks[a].end)) {
			t = e;
			continue;
		}
		/* "Job Fair — ..." in a listing of programs labels no body. */
		if (a < e && org_program_label(d, a, e)) {
			t = e;
			continue;
		}
		if ((k = org_special(d, a, e)) > 0) {
			t = k;
			continue;
		}
		/* The name ends at its last head noun. */
		h = e;
		while (h > a && !org_tok_head(d, h - 1))
			h--;
		/* "Roe & Poe Architects": a firm of partners named for its trade. */
		if (h == a && e >= a + 4 && extract_lex_tok_in(d, e - 1, firm_nouns)) {
			for (k = a + 1; k + 2 < e && !extract_lex_tok_is(d, k, "&"); k++)
				;
			if (k + 2 < e)
				h = e;
		}
		if (h == a && org_from_people(d, a, e))
			h = e;
		/* "in partnership with Dale Tire & Brake": a firm of words joined by "&". */
		if (h == a && org_amp_firm(d, a, e))
			h = e;
		if (h == a || (extract_lex_tok_is(d, h - 1, "District") &&
		    (h - 1 == a || extract_lex_tok_in(d, h - 2, district_stop)))) {
			t = e;
			continue;
		}
		/* "Enforcement of the rules": an activity, not a body. */
		if (e == a + 1 && extract_lex_tok_in(d, a, function_heads) &&
		    extract_lex_tok_is(d, e, "of")) {
			t = e;
			continue;
		}
		/* "certified as a Level II Trauma Center": a standing, not a body. */
		if (org_granted(d, a)) {
			t = e;
			continue;
		}
		/* "Division I" is a sports tier, not a body. */
		if (extract_lex_tok_is(d, h - 1, "Division") && h < e &&
		    (extract_lex_tok_is(d, h, "I") || extract_lex_tok_is(d, h, "II") ||
		    extract_lex_tok_is(d, h, "III"))) {
			t = e;
			continue;
		}
		/* "Tull District 5 Engineer Jo Roe": a numbered unit inside a job title. */
		if (h == e && e + 2 < d->ntoks && extract_lex_tok_is(d, h - 1, "District") &&
		    (d->toks[e].flags & TK_DIGIT) && (d->toks[e + 1].flags & TK_CAP) &&
		    (extract_lex_tok_in(d, e + 1, unit_titles) ||
		    extract_lex_tok_in(d, e + 1, after_titles))) {
			t = e;
			continue;
		}
		/* "United Way": a head of two words. */
		if (h < e && extract_lex_tok_is(d, h - 1, "United") &&
		    extract_lex_tok_is(d, h, "Way"))
			h++;
		/*
		 * "Water Quality Enforcement Manager Jo Roe": a short unit name inside
		 * a job title; a body named with its place is kept.
		 */
		if (h < e && h <= a + 3 && extract_lex_tok_in(d, h - 1, function_heads) &&
		    extract_lex_tok_in(d, h, unit_titles)) {
			for (k = a; k < h && !extract_lex_tok_is(d, k, "and"); k++)
				;
			if (k == h) {
				t = e;
				continue;
			}
		}
		last_head = 1;
		/* A state closes the name ("... Watch Ohio"); a title follows it. */
		if ((k = org_state_len(d, h)) > 0 && h + k == e) {
			h = e;
			last_head = 0;
		} else if (e >= h + 2 && extract_lex_tok_in(d, h, after_titles) &&
		    (d->toks[h].flags & TK_CAP))
			e = h;
		/* A heading in title case runs on past the head noun: not a name. */
		if (e >= h + 2 && !(d->toks[h - 1].flags & TK_POSS)) {
			t = e;
			continue;
		}
		/* "“... Emergency Department Visits”": a head as a modifier in a quoted title. */
		if (e == h + 1 && !(d->toks[h - 1].flags & TK_POSS) &&
		    !(d->toks[h].flags & TK_ACR) && org_in_title(d, a)) {
			t = e;
			continue;
		}
		e = h;
		after_prep = serial = 0;
		ia = ie = 0;
		/* "Roe Engineering of Sheboygan": a firm's place, not its name. */
		k = extract_lex_tok_in(d, e - 1, trade_heads) ? 6 : 0;
		for (; k < 6 && !(d->toks[e - 1].flags & TK_POSS); k++) {
			size_t	c = e, r, q, p;
			int	of_the = 0, plural, titled;

			/* "of" may follow a plural too ("Association of Area Agencies on Aging"). */
			plural = k > 0 && after_prep && d->body[d->toks[e - 1].end - 1] == 's';
			if ((extract_lex_tok_is(d, c, "of") || extract_lex_tok_is(d, c, "for") ||
			    extract_lex_tok_is(d, c, "on")) && (last_head || plural)) {
				c++;
				if (extract_lex_tok_is(d, c, "the")) {
					c++;
					of_the = extract_lex_tok_is(d, c - 2, "of");
				}
				after_prep = 1;
			} else if (extract_lex_tok_is(d, c, "and") && after_prep)
				c++;
			else if (after_prep && !last_head && org_serial(d, c)) {
				c++;
				serial = 1;
			} else if (serial && !last_head && extract_lex_tok_is(d, c, ",") &&
			    extract_lex_tok_is(d, c + 1, "and"))
				/* "on Commerce, Science, and Transportation": the serial comma. */
				c += 2;
			else
				break;
			if (extract_lex_tok_in(d, c, weekdays))
				break;
			r = org_run(d, c);
			if (r <= c)
				break;
			/* "lobbied Congress for the X Act": a law ends no body's name. */
			if (extract_lex_tok_in(d, r - 1, law_nouns))
				break;
			/* "the X Council of Y and Jo Roe, president of Z": a person joins it. */
			if (extract_lex_tok_is(d, c - 1, "and") && org_and_person(d, c, r))
				break;
			/* "Board of Education President Jo Roe": the name ends at the title. */
			for (q = c + 1; q + 1 < r && !(extract_lex_tok_in(d, q, after_titles) &&
			    (d->toks[q].flags & TK_CAP)); q++)
				;
			titled = 0;
			if (q + 2 < r) {
				for (p = q + 1; p < r && !org_tok_head(d, p); p++)
					;
				if (p == r) {
					r = q;
					titled = 1;
				}
			}
			/* "X Fund of the Y Community Foundation", "A Center and B Hospital": two names. */
			if (r - c >= 3 && org_tok_head(d, r - 1) && (of_the ||
			    extract_lex_tok_is(d, c - 1, "and"))) {
				if (!of_the || !last_head || ia > 0)
					break;
				ia = c;
				ie = e;
			}
			e = r;
			last_head = org_tok_head(d, e - 1);
			if (titled)
				break;
		}
		/*
		 * "a study by the X Department, Tern Supply and Demand in Ohio,": a
		 * title set off by commas runs on past the head noun.
		 */
		if (a > 0 && d->body[d->toks[a - 1].start] == ',' &&
		    extract_lex_tok_is(d, e, "and") && org_tok_cap(d, e + 1) &&
		    (k = org_run(d, e + 1)) == e + 2 && !org_tok_head(d, e + 1) &&
		    (extract_lex_tok_is(d, k, "in") || extract_lex_tok_is(d, k, "of") ||
		    extract_lex_tok_is(d, k, "for")) && org_tok_cap(d, k + 1)) {
			t = e;
			continue;
		}
		/* "the Corliss Court apartments": a place, not a body. */
		if (extract_lex_tok_in(d, e - 1, place_heads) &&
		    extract_lex_tok_in(d, e, dwelling_nouns)) {
			t = e;
			continue;
		}
		if (org_in_spans(skip, nskip, d->toks[a].start, d->toks[e - 1].end) ||
		    org_quoted_title(d, a, e) || org_subtitle(d, a) ||
		    (org_quote_near(d, a, e) && org_quoted_thing(d, a, e))) {
			t = e;
			continue;
		}
		h = a;
		org_strip_prefix(d, &h, e);
		if (e - h >= 2 || (d->toks[h].flags & TK_ACR) ||
		    (e == h + 1 && extract_lex_tok_in(d, h, lone_bodies))) {
			o = org_register_state(d, a, h, e);
			/* The first name alone (not a bare "Office"), and the second on its own. */
			if (ia > 0 && ie >= h + 2 && o != NULL) {
				char	*first = extract_lex_range(d, h, ie);

				org_alias(o, first, strlen(first));
				free(first);
				org_register(d, ia, ia, e);
			}
		}
		t = e;
	}
}

/* Counts acronyms, agencies and offices the document uses without spelling them out here. */
static void
org_acronyms(struct ex_doc *d, const struct ex_span *skip, size_t nskip)
{
	struct ex_org	*o;
	const char	*w;
	size_t		 t, len, i;

	for (t = 0; t < d->ntoks; t++) {
		w = d->body + d->toks[t].start;
		len = d->toks[t].end - d->toks[t].start;
		if (org_in_spans(skip, nskip, d->toks[t].start, d->toks[t].end))
			continue;
		for (i = 0; i < sizeof(offices) / sizeof(offices[0]); i++) {
			size_t	tl = strlen(offices[i].title);

			if (d->toks[t].start + tl <= d->body_len &&
			    memcmp(d->body + d->toks[t].start, offices[i].title, tl) == 0 &&
			    !(t > 0 && (extract_lex_tok_is(d, t - 1, "of") ||
			    org_tok_cap(d, t - 1))) && !org_tok_cap(d, t + 2)) {
				if ((o = extract_org_find(d, offices[i].office,
				    strlen(offices[i].office))) != NULL) {
					o->mentions++;
					org_alias(o, offices[i].title, tl);
				} else if ((o = org_add(d, offices[i].office,
				    strlen(offices[i].office), d->toks[t].start)) != NULL)
					org_alias(o, offices[i].title, tl);
			}
		}
		if (!(d->toks[t].flags & TK_ACR) || len > 8 || extract_lex_in(w, len, acr_stop))
			continue;
		/* The "(ACR)" of a definition was counted with its name. */
		if (t > 0 && d->body[d->toks[t - 1].start] == '(' && t + 1 < d->ntoks &&
		    d->body[d->toks[t + 1].start] == ')')
			continue;
		/* An acronym opening a longer name was handled with the name. */
		if (org_tok_cap(d, t + 1) && !(d->toks[t].flags & TK_POSS) &&
		    org_tok_head(d, org_run(d, t) - 1))
			continue;
		if ((o = extract_org_find(d, w, len)) != NULL) {
			o->mentions++;
			continue;
		}
		if ((o = org_by_initials(d, w, len)) != NULL) {
			o->acronym = xstrndup(w, len);
			o->mentions++;
			continue;
		}
		for (i = 0; i < sizeof(agencies) / sizeof(agencies[0]); i++) {
			if (!extract_lex_ieq(w, len, agencies[i].acr) ||
			    strlen(agencies[i].acr) != len ||
			    memcmp(agencies[i].acr, w, len) != 0)
				continue;
			o = extract_org_find(d, agencies[i].name, strlen(agencies[i].name));
			if (o == NULL)
				o = org_add(d, agencies[i].name, strlen(agencies[i].name),
				    d->toks[t].start);
			else
				o->mentions++;
			if (o != NULL && o->acronym == NULL)
				o->acronym = xstrndup(w, len);
			else if (o != NULL)
				org_alias(o, w, len);
			break;
		}
	}
}

/* Cue words that introduce a member list; prose cues end with a space. */
static const char *const list_cues[] = {
	" includes the following:", " include the following:", " includes:",
	" include:", " members are:", " members include:", " members:",
	" is made up of", " consists of", " is composed of",
	" members are ", " members include ", " includes ", " include ",
	" are made up of ", " joined by ", " joined ", " by ", NULL
};

/* Verbs before "by" that make it introduce founders or joiners ("formed in May by"). */
static const char *const by_verbs[] = {
	"formed", "founded", "co-founded", "joined", "launched", "created",
	"organized", "organised", "established", "started", "convened", NULL
};

/* Last words of a coalition's name, and the nouns that refer back to one. */
static const char *const coalition_nouns[] = {
	"Coalition", "Alliance", "Network", "Campaign", "Partnership",
	"Collaborative", "Collective", "Consortium", "Federation", "Commission",
	NULL
};

/* Lines opening a sign-on list ("Signed,", "The undersigned organizations:"). */
static const char *const sign_cues[] = {
	"Signed", "Signed by", "Signers", "Signatories", "Signatory organizations",
	"Signing organizations", "Organizational signers", "Organizational signatories",
	"Sincerely", "Respectfully", "Respectfully submitted", "In solidarity",
	"In faith", "Yours in faith", "In peace", "Yours faithfully", "Yours truly",
	"The undersigned", "The undersigned organizations", "Undersigned organizations",
	"Endorsed by", "Endorsing organizations", "Endorsers", "Co-signers",
	"Cosigners", "Co-signed by", "Supporting organizations", NULL
};


/* A member list found in the body. */
struct org_list {
	size_t	cue;			/* byte where the cue begins */
	size_t	start, end;		/* the list's bytes */
	int	prose;			/* no colon: the list ends with its sentence */
};

/* A line of the body or of the trailing links: bytes and body offset (-1 if none). */
struct org_line {
	const char	*s;
	size_t		 len;
	size_t		 at;
};

/* A sign-on or member list: lines [first, last) of the lines, after its cue. */
struct org_sign {
	size_t	first, last;
	size_t	cue;			/* body byte of a member cue, -1 for sign-on */
};

/* Endings of a line that opens a member list, one member a line below it. */
static const char *const vlist_cues[] = {
	" includes:", " include:", " members are:", " members include:", " members:",
	" made up of:", " consists of:", " the following:", " following organizations:",
	" member organizations:", " member groups:", NULL
};

/*
 * Returns 1 if cue (which, like p, starts with a space) starts at p, case
 * folded.  Cues are tried at every space: the letter after the space is
 * compared first, which settles nearly every try.
 */
static int
org_cue_at(const char *p, size_t left, const char *cue)
{
	return left > 1 && (p[1] | 0x20) == (cue[1] | 0x20) &&
	    extract_lex_istarts(p, left, cue);
}

/* Returns the end of the sentence of the body starting at s (a period, or the line's end). */
static size_t
org_sentence_end(const struct ex_doc *d, size_t s)
{
	const char	*b = d->body;
	size_t		 i, w;

	for (i = s; i < d->body_len && b[i] != '\n'; i++) {
		if (b[i] != '.' || (i + 1 < d->body_len && b[i + 1] != ' ' &&
		    b[i + 1] != '\n'))
			continue;
		w = i;
		while (w > s && b[w - 1] != ' ' && b[w - 1] != '(')
			w--;
		if (!extract_lex_abbrev(b + w, i - w))
			return i;
	}
	return i;
}

/* Returns 1 if the word before body byte p (within 5 words) is a founding verb. */
static int
org_by_cue(const struct ex_doc *d, size_t p)
{
	const char	*b = d->body;
	size_t		 e = p, w, n;

	for (n = 0; n < 5 && e > 0; n++) {
		w = e;
		while (w > 0 && b[w - 1] != ' ' && b[w - 1] != '\n')
			w--;
		if (w == e)
			break;
		if (extract_lex_in(b + w, e - w, by_verbs))
			return 1;
		if (b[e - 1] == ',' || b[e - 1] == '.' || w == 0 || b[w - 1] == '\n')
			break;
		e = w - 1;
	}
	return 0;
}

/* Finds member lists in the body; returns how many (at most max). */
static size_t
org_lists(struct ex_doc *d, struct org_list *out, size_t max)
{
	const char	*p, *q;
	size_t		 n = 0, i, s, e, from = 0, cl;

	/* One pass: every cue starts with a space, so only spaces are tried. */
	while (from < d->body_len && n < max) {
		const char	*best = NULL;
		size_t		 bl = 0;
		int		 joined = 0;

		for (p = d->body + from; best == NULL &&
		    (p = memchr(p, ' ', d->body_len - (size_t)(p - d->body))) != NULL; p++) {
			for (i = 0; list_cues[i] != NULL; i++) {
				if (!org_cue_at(p, d->body_len - (size_t)(p - d->body),
				    list_cues[i]))
					continue;
				cl = strlen(list_cues[i]);
				/* "joined the campaign this week: A, B and C" */
				if (strcmp(list_cues[i], " joined ") == 0) {
					cl = d->body_len - (size_t)(p - d->body);
					q = memchr(p, ':', cl < 61 ? cl : 61);
					if (q == NULL ||
					    memchr(p, '.', (size_t)(q - p)) != NULL ||
					    memchr(p, '\n', (size_t)(q - p)) != NULL)
						continue;
					cl = (size_t)(q - p) + 1;
					if (cl < d->body_len - (size_t)(p - d->body) && p[cl] == ' ')
						cl++;
					if (!extract_lex_upper(p, d->body_len - (size_t)(p - d->body),
					    cl + (extract_lex_istarts(p + cl, d->body_len -
					    (size_t)(p - d->body) - cl, "the ") ? 4 : 0)))
						continue;
					best = p;
					bl = cl;
					out[n].prose = 1;
					joined = 1;
					break;
				}
				if (strcmp(list_cues[i], " by ") == 0 &&
				    !org_by_cue(d, (size_t)(p - d->body)))
					continue;
				/* A prose list opens with a capital ("includes the X Fund"). */
				if (list_cues[i][cl - 1] == ' ' &&
				    !extract_lex_upper(p, d->body_len - (size_t)(p - d->body),
				    cl + (extract_lex_istarts(p + cl, d->body_len -
				    (size_t)(p - d->body) - cl, "the ") ? 4 : 0)))
					continue;
				best = p;
				bl = cl;
				out[n].prose = list_cues[i][cl - 1] == ' ';
				break;
			}
		}
		if (best == NULL)
			break;
		s = (size_t)(best - d->body) + bl;
		if (out[n].prose)
			e = org_sentence_end(d, s);
		else {
			q = memchr(d->body + s, '\n', d->body_len - s);
			e = q ? (size_t)(q - d->body) : d->body_len;
		}
		out[n].cue = (size_t)(best - d->body);
		/* After "joined the campaign:" the colon stands for the cue. */
		if (joined && (q = memchr(best, ':', s - out[n].cue)) != NULL)
			out[n].cue = (size_t)(q - d->body);
		out[n].start = s;
		out[n].end = e;
		n++;
		/* Prose lists may hold a second cue ("formed by A and B, and joined by C"). */
		from = out[n - 1].prose ? s : e;
	}
	return n;
}

/* Returns 1 if the list item [s, e) reads like an organization's name. */
static int
org_item_ok(const char *s, size_t len)
{
	return len > 1 && extract_lex_upper(s, len, 0) && extract_lex_words(s, len) <= 12;
}

/* Returns 1 if the last word of name is in list (case folded). */
static int
org_last_in(const char *name, size_t len, const char *const *list)
{
	const char	*w = name + len;

	while (w > name && w[-1] != ' ')
		w--;
	return extract_lex_in(w, (size_t)(name + len - w), list);
}

/*
 * Trims a list item [*a, *e): "and", "the", a lower-case descriptor ("the tenant
 * union X"), trailing periods and "(ACR)", which is returned in [*ra, *re).
 * Returns 0 if what is left does not start a name.
 */
static int
org_item_trim(const char *b, size_t *a, size_t *e, size_t *ra, size_t *re, int prose)
{
	size_t	i, n;

	*ra = *re = 0;
	while (*a < *e && extract_lex_space(b, *e, *a))
		*a += extract_lex_space(b, *e, *a);
	if (*e - *a > 4 && strncmp(b + *a, "and ", 4) == 0)
		*a += 4;
	else if (*e - *a > 2 && strncmp(b + *a, "& ", 2) == 0)
		*a += 2;
	else if (*e - *a > 11 && strncmp(b + *a, "as well as ", 11) == 0)
		*a += 11;
	while (*e > *a && (b[*e - 1] == '.' || extract_lex_space(b, *e, *e - 1)))
		(*e)--;
	while (*e > *a + 1 && (unsigned char)b[*e - 1] == 0xa0 &&
	    (unsigned char)b[*e - 2] == 0xc2)
		*e -= 2;
	if (!prose)
		return 1;
	if (*e - *a > 4 && strncasecmp(b + *a, "the ", 4) == 0)
		*a += 4;
	/* Up to three lower-case words describing the name that follows. */
	for (n = 0, i = *a; n < 3 && i < *e && extract_lex_lower(b, *e, i); n++) {
		while (i < *e && b[i] != ' ')
			i++;
		while (i < *e && b[i] == ' ')
			i++;
	}
	if (i < *e && extract_lex_upper(b, *e, i))
		*a = i;
	/* "X (ACR)" */
	if (*e > *a + 3 && b[*e - 1] == ')') {
		for (i = *e - 1; i > *a && b[i] != '('; i--)
			;
		if (i > *a && b[i] == '(' && extract_lex_upper(b, *e, i + 1)) {
			*ra = i + 1;
			*re = *e - 1;
			*e = i;
			while (*e > *a && b[*e - 1] == ' ')
				(*e)--;
		}
	}
	return extract_lex_upper(b, *e, *a);
}

/* Returns 1 if [a, e) of the body ends with an organization's head noun or is known. */
static int
org_item_named(struct ex_doc *d, const char *b, size_t a, size_t e)
{
	const char	*w = b + e;

	if (extract_org_find(d, b + a, e - a) != NULL)
		return 1;
	while (w > b + a && w[-1] != ' ')
		w--;
	if (w < b + e && w[0] == '(')
		return 0;
	return extract_org_head(w, (size_t)(b + e - w)) ||
	    extract_lex_upper(b, e, e - 1);
}

/* Returns the coalition whose name ends in a coalition noun and appears in [s, e), or NULL. */
static struct ex_org *
org_named_in(struct ex_doc *d, size_t s, size_t e)
{
	size_t	i;

	for (i = 0; i < d->norgs; i++) {
		const char	*nm = d->orgs[i].name;
		size_t		 nl = strlen(nm);
		const char	*f;

		if (!org_last_in(nm, nl, coalition_nouns))
			continue;
		if ((f = extract_lex_ifind(d->body + s, e - s, nm)) != NULL &&
		    (size_t)(f - d->body) + nl <= e)
			return &d->orgs[i];
	}
	return NULL;
}

/* Returns 1 if o is a member of a coalition of the document. */
static int
org_is_member(const struct ex_doc *d, const struct ex_org *o)
{
	size_t	i, k;

	for (i = 0; i < d->norgs; i++)
		for (k = 0; k < d->orgs[i].nmembers; k++)
			if (strcmp(d->orgs[i].members[k], o->name) == 0)
				return 1;
	return 0;
}

/* Returns 1 if o is named inside the member list l, so cannot own it. */
static int
org_listed(const struct ex_doc *d, const struct org_list *l, const struct ex_org *o)
{
	return l->end > l->start && extract_lex_ifind(d->body + l->start,
	    l->end - l->start, o->name) != NULL;
}

/* Words before a member cue that say the list signs a letter ("The letter's signers include:"). */
static const char *const signer_words[] = {
	"signers", "signatories", "cosigners", "co-signers", "endorsers", NULL
};

/*
 * Returns 1 if the name is a coalition's: its last word is a coalition noun,
 * or one comes before its purpose ("Faith Coalition for Fair Lending").
 */
static int
org_coalition_span(const char *nm, size_t len)
{
	size_t	i = 0, a;

	if (org_last_in(nm, len, coalition_nouns))
		return 1;
	while (extract_lex_next_word(nm, len, &i, &a))
		if (extract_lex_upper(nm, len, a) && extract_lex_in(nm + a, i - a, coalition_nouns))
			return (i + 5 < len && memcmp(nm + i, " for ", 5) == 0) ||
			    (i + 4 < len && memcmp(nm + i, " to ", 4) == 0) ||
			    (i + 9 < len && memcmp(nm + i, " against ", 9) == 0);
	return 0;
}

/* As org_coalition_span() for the string nm. */
static int
org_coalition_name(const char *nm)
{
	return org_coalition_span(nm, strlen(nm));
}

/*
 * Returns the coalition whose letter a list of signers signs: one found
 * already, else the latest named before the list, else the publisher, if a
 * coalition's name; NULL if none.
 */
static struct ex_org *
org_signers_owner(struct ex_doc *d, const struct org_list *l)
{
	size_t	i, best = (size_t)-1;

	for (i = 0; i < d->norgs; i++)
		if (d->orgs[i].is_coalition && !org_listed(d, l, &d->orgs[i]))
			return &d->orgs[i];
	for (i = 0; i < d->norgs; i++)
		if (d->orgs[i].ev_start <= l->cue && !org_listed(d, l, &d->orgs[i]) &&
		    !org_is_member(d, &d->orgs[i]) && org_coalition_name(d->orgs[i].name) &&
		    (best == (size_t)-1 || d->orgs[i].ev_start >= d->orgs[best].ev_start))
			best = i;
	if (best != (size_t)-1)
		return &d->orgs[best];
	if (d->publisher == NULL || !org_coalition_name(d->publisher))
		return NULL;
	return org_add(d, d->publisher, strlen(d->publisher), (size_t)-1);
}

/*
 * Returns 1 if the text of o's first mention sentence calls it "the X
 * coalition": its name followed by a lowercase coalition noun.
 */
static int
org_called_coalition(const struct ex_doc *d, const struct ex_org *o)
{
	const char	*b = d->body, *p, *end;
	size_t		 nl = strlen(o->name), we;

	if (nl == 0 || o->ev_end <= o->ev_start || o->ev_end > d->body_len)
		return 0;
	end = b + o->ev_end;
	for (p = b + o->ev_start; (p = memmem(p, (size_t)(end - p), o->name, nl)) != NULL;
	    p += nl) {
		if (p + nl + 2 >= end || p[nl] != ' ' || p[nl + 1] < 'a' || p[nl + 1] > 'z')
			continue;
		for (we = (size_t)(p - b) + nl + 1; we < o->ev_end &&
		    extract_lex_alpha(b, o->ev_end, we); we++)
			;
		if (extract_lex_in(p + nl + 1, we - (size_t)(p - b) - nl - 1, coalition_nouns))
			return 1;
	}
	return 0;
}

/* Returns the organization a member list belongs to, or NULL. */
static struct ex_org *
org_list_owner(struct ex_doc *d, const struct org_list *l)
{
	const char	*b = d->body;
	size_t		 i, we, ws, best = (size_t)-1, ss;
	struct ex_org	*o;

	/* The word before the cue names it ("The commission includes"). */
	we = l->cue;
	ws = we;
	while (ws > 0 && b[ws - 1] != ' ' && b[ws - 1] != '\n')
		ws--;
	/* "The letter's signers include:" lists who signs the coalition's letter. */
	if (we > ws && extract_lex_in(b + ws, we - ws, signer_words))
		return org_signers_owner(d, l);
	for (i = 0; i < d->norgs && we > ws; i++) {
		const char	*nm = d->orgs[i].name, *last;
		size_t		 nl = strlen(nm);

		last = nm + nl;
		while (last > nm && last[-1] != ' ')
			last--;
		if (l->prose && !extract_lex_in(last, strlen(last), coalition_nouns))
			continue;
		if (extract_lex_ieq(b + ws, we - ws, last) &&
		    d->orgs[i].ev_start <= l->cue &&
		    (best == (size_t)-1 || d->orgs[i].ev_start >= d->orgs[best].ev_start))
			best = i;
	}
	if (best != (size_t)-1)
		return &d->orgs[best];
	/* The sentence names it ("The X Coalition was formed in May by"). */
	ss = d->toks[extract_lex_sentence(d, extract_lex_tok_at(d, l->cue) > 0 ?
	    extract_lex_tok_at(d, l->cue) - 1 : 0)].start;
	if (ss > l->cue)
		ss = 0;
	if ((o = org_named_in(d, ss, l->cue)) != NULL)
		return o;
	/* Or refers back to it ("The coalition includes"). */
	for (i = ss; i < l->cue; i++) {
		if (i > 0 && extract_lex_alpha(b, l->cue, i - 1))
			continue;
		for (we = i; we < l->cue && extract_lex_alpha(b, l->cue, we); we++)
			;
		if (we > i && (extract_lex_in(b + i, we - i, coalition_nouns) ||
		    extract_lex_ieq(b + i, we - i, "members")))
			break;
	}
	if (i >= l->cue)
		return NULL;
	/* A coalition already found, else the latest one named that is no member. */
	for (i = 0; i < d->norgs; i++)
		if (d->orgs[i].is_coalition && !org_listed(d, l, &d->orgs[i]))
			return &d->orgs[i];
	for (i = 0; i < d->norgs; i++) {
		const char	*nm = d->orgs[i].name;

		if ((org_last_in(nm, strlen(nm), coalition_nouns) ||
		    org_called_coalition(d, &d->orgs[i])) &&
		    !org_is_member(d, &d->orgs[i]) && !org_listed(d, l, &d->orgs[i]) &&
		    d->orgs[i].ev_start <= l->cue && (best == (size_t)-1 ||
		    d->orgs[i].ev_start >= d->orgs[best].ev_start))
			best = i;
	}
	if (best != (size_t)-1)
		return &d->orgs[best];
	/* None named: the coalition is the one issuing the release. */
	if (d->publisher == NULL || *d->publisher == '\0' ||
	    org_not_name(d->publisher, strlen(d->publisher)))
		return NULL;
	return org_add(d, d->publisher, strlen(d->publisher), (size_t)-1);
}

/* Makes co a coalition with member m, evidence at body byte at. */
static void
org_member(struct ex_doc *d, struct ex_org *co, const struct ex_org *m, size_t at)
{
	size_t	i;

	if (co == m)
		return;
	if (!co->is_coalition && at != (size_t)-1)
		org_evidence(d, at, &co->co_start, &co->co_end);
	co->is_coalition = 1;
	for (i = 0; i < co->nmembers; i++)
		if (strcmp(co->members[i], m->name) == 0)
			return;
	if (co->nmembers < EX_MAX_MEMBERS)
		co->members[co->nmembers++] = xstrdup(m->name);
}

/* Renames an organization first seen at body byte at whose name the list item completes. */
static void
org_widen(struct ex_doc *d, const char *item, size_t at)
{
	struct ex_org	*o;
	size_t		 i, nl;
	char		*old;

	if (extract_org_find(d, item, strlen(item)) != NULL)
		return;
	for (i = 0; i < d->norgs; i++) {
		o = &d->orgs[i];
		nl = strlen(o->name);
		if (o->ev_start > at || o->ev_end < at || strncmp(o->name, item, nl) != 0 ||
		    item[nl] != ' ' || strchr(o->name, ' ') == NULL)
			continue;
		old = o->name;
		o->name = xstrdup(item);
		org_alias(o, old, strlen(old));
		free(old);
		return;
	}
}

/* Finds coalitions: a member list of co, or if NULL of the body it belongs to. */
static void
org_coalition(struct ex_doc *d, const struct org_list *l, struct ex_org *co)
{
	struct ex_org	*m;
	const char	*b = d->body;
	size_t		 i, a, e, k, ra, re;
	char		*items[EX_MAX_MEMBERS];
	size_t		 nitems = 0, starts[EX_MAX_MEMBERS], acr[EX_MAX_MEMBERS][2];

	/* The items, split at commas and semicolons (and "and" in prose), "and" dropped. */
	i = l->start;
	while (i < l->end && nitems < EX_MAX_MEMBERS) {
		while (i < l->end && (extract_lex_space(b, l->end, i) || b[i] == ',' ||
		    b[i] == ';'))
			i += extract_lex_space(b, l->end, i) ? extract_lex_space(b, l->end, i) : 1;
		a = i;
		while (i < l->end && b[i] != ',' && b[i] != ';')
			i++;
		e = i;
		/* "A Union and the B Fund": split when the left part is a name. */
		for (k = a + 1; l->prose && k + 5 < e; k++) {
			if (memcmp(b + k, " and ", 5) != 0 || !extract_lex_upper(b, e,
			    k + 5 + (strncmp(b + k + 5, "the ", 4) == 0 ? 4 : 0)))
				continue;
			if (org_item_named(d, b, a, k) &&
			    !(k > a + 4 && strncmp(b + a, "and ", 4) == 0 && k - a < 6)) {
				e = k;
				i = k + 1;
				break;
			}
		}
		if (!org_item_trim(b, &a, &e, &ra, &re, l->prose)) {
			if (l->prose)
				break;
			continue;
		}
		if (!org_item_ok(b + a, e - a)) {
			if (l->prose)
				break;
			continue;
		}
		starts[nitems] = a;
		acr[nitems][0] = ra;
		acr[nitems][1] = re;
		items[nitems++] = extract_lex_norm(b + a, e - a);
	}
	if (nitems < (l->prose ? 2 : 3) || (co == NULL && (co = org_list_owner(d, l)) == NULL))
		goto done;
	for (i = 0; i < nitems; i++) {
		org_widen(d, items[i], starts[i]);
		if ((m = org_add(d, items[i], strlen(items[i]), starts[i])) == NULL)
			continue;
		if (acr[i][1] > acr[i][0] && acr[i][1] - acr[i][0] <= 8 &&
		    m->acronym == NULL)
			m->acronym = xstrndup(b + acr[i][0], acr[i][1] - acr[i][0]);
		org_member(d, co, m, l->cue);
	}
done:
	for (i = 0; i < nitems; i++)
		free(items[i]);
}

/* Words before ", including" that make the list a body's members ("represents 36 congregations"). */
static const char *const represents_words[] = {
	"represents", "represent", "members", "member", "affiliates", NULL
};

/*
 * Returns the organization "The council" (the word w of len wl) refers to: the
 * publisher if its name holds the word, else the one organization whose name does.
 */
static struct ex_org *
org_referent(struct ex_doc *d, const char *w, size_t wl)
{
	struct ex_org	*hit = NULL, *o;
	const char	*p;
	size_t		 i, n = 0;

	for (i = 0; i < d->norgs; i++) {
		o = &d->orgs[i];
		for (p = o->name; *p != '\0'; p++)
			if ((p == o->name || p[-1] == ' ') && strncasecmp(p, w, wl) == 0 &&
			    (p[wl] == ' ' || p[wl] == '\0'))
				break;
		if (*p == '\0')
			continue;
		if (d->publisher != NULL && extract_lex_ieq(d->publisher,
		    strlen(d->publisher), o->name))
			return o;
		hit = o;
		n++;
	}
	return n == 1 ? hit : NULL;
}

/*
 * Finds "The council represents 36 congregations, including A, B and C.": a
 * sentence opening with "The" and a lower-case head noun that refers to an
 * organization, a membership word, then ", including" and the members.
 */
static void
org_represents(struct ex_doc *d)
{
	const char	*b = d->body, *p, *w;
	struct org_list	 l;
	struct ex_org	*co;
	size_t		 k, s, t, wl;

	for (p = b; (p = memchr(p, ',', d->body_len - (size_t)(p - b))) != NULL; p++) {
		if (!extract_lex_istarts(p, d->body_len - (size_t)(p - b), ", including "))
			continue;
		k = extract_lex_tok_at(d, (size_t)(p - b));
		if (k == 0 || k >= d->ntoks)
			continue;
		s = extract_lex_sentence(d, k - 1);
		if (s + 2 >= k || !extract_lex_tok_is(d, s, "The") ||
		    (d->toks[s + 1].flags & TK_CAP))
			continue;
		w = d->body + d->toks[s + 1].start;
		wl = d->toks[s + 1].end - d->toks[s + 1].start;
		if (!extract_org_head(w, wl))
			continue;
		for (t = s + 2; t < k && !extract_lex_tok_in(d, t, represents_words); t++)
			;
		if (t >= k || (co = org_referent(d, w, wl)) == NULL)
			continue;
		memset(&l, 0, sizeof(l));
		l.cue = (size_t)(p - b);
		l.start = l.cue + 12;
		l.end = org_sentence_end(d, l.start);
		l.prose = 1;
		org_coalition(d, &l, co);
	}
}

/* Verbs between founders listed first and the coalition they form ("A and B formed the X"). */
static const char *const former_cues[] = {
	" formed the ", " launched the ", " founded the ", " created the ",
	" form the ", " launch the ", " make up the ", " are members of the ",
	" are the founding members of the ", NULL
};

/*
 * Returns the coalition named right after one of cues (each ends in "the ")
 * starting at p, a space of the body, and sets *cl to the cue's length; NULL
 * if no cue starts there or no known coalition follows it.
 */
static struct ex_org *
org_cue_coalition(struct ex_doc *d, const char *p, const char *const *cues,
    size_t *cl)
{
	const char	*on;
	size_t		 i, at = (size_t)(p - d->body);

	for (i = 0; cues[i] != NULL; i++)
		if (org_cue_at(p, d->body_len - at, cues[i]))
			break;
	if (cues[i] == NULL)
		return NULL;
	*cl = strlen(cues[i]);
	on = extract_org_at(d, extract_lex_tok_at(d, at + *cl - 4), NULL);
	if (on == NULL || !org_last_in(on, strlen(on), coalition_nouns))
		return NULL;
	return extract_org_find(d, on, strlen(on));
}

/* Finds "A, B and C have formed the X Coalition": members named before their coalition. */
static void
org_formers(struct ex_doc *d)
{
	const char	*b = d->body, *p;
	struct ex_org	*co, *m;
	size_t		 cl, ss, e, k, a, ie, ra, re, n, cut[EX_MAX_MEMBERS][2];

	for (p = b; (p = memchr(p, ' ', d->body_len - (size_t)(p - b))) != NULL; p++) {
		if ((co = org_cue_coalition(d, p, former_cues, &cl)) == NULL)
			continue;
		k = extract_lex_tok_at(d, (size_t)(p - b));
		ss = d->toks[extract_lex_sentence(d, k > 0 ? k - 1 : 0)].start;
		/* Drop "have", "today" and the like before the verb. */
		e = (size_t)(p - b);
		while (e > ss) {
			for (a = e; a > ss && b[a - 1] != ' '; a--)
				;
			if (!extract_lex_lower(b, e, a))
				break;
			e = a > ss ? a - 1 : ss;
		}
		/* The items, last first, while each reads as a name. */
		n = 0;
		while (e > ss && n < EX_MAX_MEMBERS) {
			for (a = e; a > ss && b[a - 1] != ','; a--)
				if (a - ss >= 5 && memcmp(b + a - 5, " and ", 5) == 0 &&
				    org_item_named(d, b, a, e))
					break;
			ie = e;
			k = a;
			if (!org_item_trim(b, &k, &ie, &ra, &re, 1) ||
			    !org_item_named(d, b, k, ie) || !org_item_ok(b + k, ie - k))
				break;
			cut[n][0] = k;
			cut[n++][1] = ie;
			if (a > ss && b[a - 1] == ',')
				e = a - 1;
			else if (a >= ss + 5)
				e = a - 5;
			else
				break;
		}
		if (n < 2)
			continue;
		while (n-- > 0) {
			char	*it = extract_lex_norm(b + cut[n][0], cut[n][1] - cut[n][0]);

			if ((m = org_add(d, it, strlen(it), cut[n][0])) != NULL)
				org_member(d, co, m, (size_t)(p - b));
			free(it);
		}
	}
}

/* Cues between one member, opening its sentence, and its coalition ("X is a member of the Y"). */
static const char *const member_of_cues[] = {
	" is a member of the ", " is a founding member of the ",
	" is a member organization of the ", " is joined by fellow members of the ",
	" is joined by other members of the ", NULL
};

/*
 * After "X is joined by fellow members of the Y Coalition" ending at token
 * t: the fellow members listed between dashes ("— A, B and C —"), each
 * read as a name, or none at all.
 */
static void
org_dash_members(struct ex_doc *d, struct ex_org *co, size_t t)
{
	const char	*b = d->body;
	size_t		 s, e, a, x, ia, ie, ra, re, n = 0, dl, cut[EX_MAX_MEMBERS][2];
	struct ex_org	*m;
	char		*it;

	if (t == 0 || t >= d->ntoks)
		return;
	s = d->toks[t - 1].end;
	while (s < d->body_len && b[s] == ' ')
		s++;
	if ((dl = extract_lex_dash(b, d->body_len, s)) == 0)
		return;
	s += dl;
	for (e = s; e < d->body_len && b[e] != '\n' && e - s < 600; e++)
		if (b[e - 1] == ' ' && extract_lex_dash(b, d->body_len, e) > 0)
			break;
	if (e >= d->body_len || b[e] == '\n' || e - s >= 600)
		return;
	for (a = s; a < e && n < EX_MAX_MEMBERS; a = x + (b[x] == ',' ? 1 : 5)) {
		while (a < e && b[a] == ' ')
			a++;
		for (x = a; x < e && b[x] != ','; x++)
			if (x + 5 <= e && memcmp(b + x, " and ", 5) == 0 &&
			    org_item_named(d, b, a, x))
				break;
		ia = a;
		ie = x;
		if (!org_item_trim(b, &ia, &ie, &ra, &re, 1) ||
		    !org_item_named(d, b, ia, ie) || !org_item_ok(b + ia, ie - ia))
			return;
		cut[n][0] = ia;
		cut[n++][1] = ie;
		if (x >= e)
			break;
	}
	if (n < 2)
		return;
	for (x = 0; x < n; x++) {
		it = extract_lex_norm(b + cut[x][0], cut[x][1] - cut[x][0]);
		if ((m = org_add(d, it, strlen(it), cut[x][0])) != NULL)
			org_member(d, co, m, s);
		free(it);
	}
}

/*
 * Finds "X is a member of the Y Coalition.": X opens its sentence and is a
 * name (or the publisher); Y is a known name ending in a coalition noun.
 */
static void
org_member_of(struct ex_doc *d)
{
	const char	*b = d->body, *p;
	struct ex_org	*co, *m;
	size_t		 cl, k, ss, e, ra, re;
	char		*it;

	for (p = b; (p = memchr(p, ' ', d->body_len - (size_t)(p - b))) != NULL; p++) {
		if ((co = org_cue_coalition(d, p, member_of_cues, &cl)) == NULL)
			continue;
		k = extract_lex_tok_at(d, (size_t)(p - b));
		if (k == 0)
			continue;
		ss = d->toks[extract_lex_sentence(d, k - 1)].start;
		e = (size_t)(p - b);
		if (!org_item_trim(b, &ss, &e, &ra, &re, 1) || !org_item_ok(b + ss, e - ss) ||
		    memchr(b + ss, ',', e - ss) != NULL)
			continue;
		if (!org_item_named(d, b, ss, e) && (d->publisher == NULL ||
		    !extract_lex_ieq(b + ss, e - ss, d->publisher)))
			continue;
		it = extract_lex_norm(b + ss, e - ss);
		if ((m = org_add(d, it, strlen(it), ss)) != NULL)
			org_member(d, co, m, (size_t)(p - b));
		free(it);
		if (p[4] == 'j' && extract_org_at(d, extract_lex_tok_at(d,
		    (size_t)(p - b) + cl - 4), &k) != NULL)
			org_dash_members(d, co, k);
	}
}

/* Cues naming the coalition that signers act as ("working together as the X Coalition"). */
static const char *const together_cues[] = {
	" together as the ", " jointly as the ", " collectively as the ", NULL
};

/* Returns the coalition named after a "together as the" cue before body byte lim, or NULL. */
static struct ex_org *
org_together(struct ex_doc *d, size_t lim)
{
	const char	*b = d->body, *p;
	struct ex_org	*co;
	size_t		 cl;

	if (lim > d->body_len)
		lim = d->body_len;
	for (p = b; (p = memchr(p, ' ', lim - (size_t)(p - b))) != NULL; p++)
		if (p[1] == 't' || p[1] == 'j' || p[1] == 'c')
			if ((co = org_cue_coalition(d, p, together_cues, &cl)) != NULL)
				return co;
	return NULL;
}

/* Returns the length of a bullet opening the line ("• ", "- "), 0 if none. */
static size_t
org_bullet(const char *s, size_t len)
{
	size_t	n;

	if (len > 4 && memcmp(s, "\xe2\x80\xa2", 3) == 0)
		n = 3;
	else if (len > 3 && memcmp(s, "\xc2\xb7", 2) == 0)
		n = 2;
	else if (len > 2 && (s[0] == '-' || s[0] == '*'))
		n = 1;
	else {
		/* "1." or "12)" */
		for (n = 0; n < len && n < 3 && s[n] >= '0' && s[n] <= '9'; n++)
			;
		if (n == 0 || n + 1 >= len || (s[n] != '.' && s[n] != ')'))
			return 0;
		n++;
	}
	if (s[n] != ' ')
		return 0;
	while (n < len && s[n] == ' ')
		n++;
	return n;
}

/*
 * Returns the offset of "Y Local 33" in "X, Y Local 33" (one comma, Y
 * capitalized, the local's number last), 0 if s is not of that form.
 */
static size_t
org_local_tail(const char *s, size_t len)
{
	const char	*c, *w;
	size_t		 t;

	if ((c = memchr(s, ',', len)) == NULL || c == s ||
	    memchr(c + 1, ',', len - (size_t)(c + 1 - s)) != NULL)
		return 0;
	t = (size_t)(c + 1 - s);
	while (t < len && s[t] == ' ')
		t++;
	if (t >= len || !extract_lex_upper(s, len, t))
		return 0;
	for (w = s + len; w > s + t && w[-1] >= '0' && w[-1] <= '9'; w--)
		;
	if (w == s + len || w - (s + t) < 8 || memcmp(w - 7, " Local ", 7) != 0)
		return 0;
	return t;
}

/* Nouns that end a branch's name after the body's ("Ohio Chapter"). */
static const char *const chapter_nouns[] = {
	"Chapter", "Branch", "Affiliate", NULL
};

/* Returns 1 if s, after a comma, is a capitalized chapter name of at most 4 words. */
static int
org_chapter_tail(const char *s, size_t len)
{
	size_t	i = 0;

	while (i < len && s[i] == ' ')
		i++;
	return len - i > 8 && extract_lex_upper(s, len, i) &&
	    memchr(s + i, ',', len - i) == NULL && extract_lex_words(s + i, len - i) <= 4 &&
	    org_last_in(s + i, len - i, chapter_nouns);
}

/* Honorifics that open a signer's name, never an organization's ("Rev. Ana Ruiz"). */
static const char *const sign_honorifics[] = {
	"Rev.", "Rev", "Reverend", "Rabbi", "Imam", "Pastor", "Father", "Sister",
	"Brother", "Bishop", "Deacon", "Elder", "Chaplain", "Cantor", "Sheikh",
	"Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", NULL
};

/* Returns 1 if s[0, len) opens with an honorific, so names a person ("Rabbi Jo Roe"). */
static int
org_sign_person(const char *s, size_t len)
{
	size_t	i = 0, a;

	if (len < 6 || s[0] < 'A' || s[0] > 'Z' || !extract_lex_next_word(s, len, &i, &a))
		return 0;
	return i < len && extract_lex_in(s + a, i - a, sign_honorifics);
}

/* Last words of a signer's title ("Senior Pastor", "Board Chair"). */
static const char *const sign_titles[] = {
	"Chair", "Chairman", "Chairwoman", "Chairperson", "Co-Chair", "Director",
	"President", "Pastor", "Bishop", "Founder", "Co-Founder", "Coordinator",
	"Organizer", "Secretary", "Treasurer", "Manager", "Officer", "Minister",
	"Trustee", "CEO", "Rector", "Priest", "Rabbi", "Imam", "Deacon", "Elder",
	"Chaplain", "Principal", "Superintendent", "Administrator", NULL
};

/*
 * Returns 1 if the part after the name at s[c] is a title of at most three
 * words ("Jo Roe, Board Chair, Acme Alliance").
 */
static int
org_sign_titled(const char *s, size_t len, size_t c)
{
	size_t	p, q;

	for (p = c + 1; p < len && s[p] == ' '; p++)
		;
	for (q = p; q < len && s[q] != ','; q++)
		;
	if (q >= len || q - p < 3 || !extract_lex_upper(s, len, p) ||
	    extract_lex_words(s + p, q - p) > 3)
		return 0;
	return org_last_in(s + p, q - p, sign_titles);
}

/* Returns 1 if the part s[0, len) is a post-nominal ("SSND", "PhD", "M.D."). */
static int
org_post_nominal(const char *s, size_t len)
{
	size_t	i, up = 0;

	if (len < 2 || len > 6)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			up++;
		else if (s[i] != '.' && (s[i] < 'a' || s[i] > 'z'))
			return 0;
	}
	return up >= 2;
}

/*
 * Sets [*ioff, *ioff + *ilen) to the body a person signs for after the name
 * ending at c: "Name, Body" or "Name, Title, Body[, Parent]", post-nominals
 * skipped; *ilen is 0 if there is none.
 */
static void
org_sign_body(const char *s, size_t len, size_t c, size_t *ioff, size_t *ilen)
{
	size_t	p, q, e, k = 0, off[2] = { 0, 0 }, ln[2] = { 0, 0 };

	for (p = c + 1; p < len && k < 2; p = q + 1) {
		while (p < len && s[p] == ' ')
			p++;
		for (q = p; q < len && s[q] != ','; q++)
			;
		for (e = q; e > p && s[e - 1] == ' '; e--)
			;
		if (e == p || org_post_nominal(s + p, e - p))
			continue;
		off[k] = p;
		ln[k++] = e - p;
	}
	/* One part: the body; two or more: a title, then the body. */
	k = k >= 2 ? 1 : 0;
	*ioff = off[k];
	*ilen = ln[k];
	/* A lone word after the name is a title ("Rev. Jo Roe, Pastor"). */
	if (*ilen == 0 || !extract_lex_upper(s, len, *ioff) ||
	    extract_lex_words(s + *ioff, *ilen) < 2)
		*ioff = *ilen = 0;
}

/*
 * Returns 1 if a sign-on line names an organization, setting [*ioff, *ioff +
 * *ilen) to its name: "Acme Fund, Dayton, OH" gives "Acme Fund", and
 * "Ana Ruiz, Director, Acme Fund" the last part ending in a head noun.
 */
static int
org_sign_item(const char *s, size_t len, size_t *ioff, size_t *ilen)
{
	size_t	i, c, w, p, q;

	*ioff = *ilen = 0;
	while (len > 0 && extract_lex_space(s, len, len - 1))
		len--;
	if (org_bullet(s, len) > 0)
		return 0;
	if (len < 2 || !extract_lex_upper(s, len, 0) || memchr(s, ':', len) != NULL ||
	    extract_lex_words(s, len) > 14)
		return 0;
	/* A sentence is not a name. */
	if (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?') {
		for (w = len - 1; w > 0 && s[w - 1] != ' '; w--)
			;
		if (!extract_lex_abbrev(s + w, len - 1 - w))
			return 0;
	}
	/* The name ends at a comma, unless "Inc." and the like follow it. */
	for (c = 0; c < len; c++) {
		if (s[c] != ',')
			continue;
		for (i = c + 1; i < len && s[i] == ' '; i++)
			;
		for (w = i; w < len && s[w] != ' ' && s[w] != ','; w++)
			;
		if (!extract_lex_in(s + i, w - i, corp_suffix))
			break;
		c = w - 1;
	}
	/* "Joined by 30 allied organizations": a note in words, not a name. */
	for (i = 0, p = 0, w = 0; extract_lex_next_word(s, c, &i, &q); )
		if (s[q] >= 'a' && s[q] <= 'z' && !extract_lex_in(s + q, i - q, particles) &&
		    !extract_lex_in(s + q, i - q, initials_skip) &&
		    !extract_lex_in(s + q, i - q, name_small) && ++w >= 2)
			return 0;
	/* "Rev. Ana Ruiz, Pastor, Acme Church": the signer is a person. */
	if (c < len && (org_sign_person(s, c) || org_sign_titled(s, len, c))) {
		org_sign_body(s, len, c, ioff, ilen);
		return 1;
	}
	*ilen = c;
	/* "X Library Workers, Y Union Local 33": a chapter and its local are one name. */
	if (c < len && org_last_in(s, c, heads) && org_local_tail(s, len) > 0) {
		*ilen = len;
		return 1;
	}
	/* "Veterans for Peace, Ohio Chapter": the chapter is part of the name. */
	if (c < len && org_chapter_tail(s + c + 1, len - c - 1)) {
		*ilen = len;
		return 1;
	}
	if (c >= len || org_last_in(s, c, heads))
		return 1;
	/* A person signing for an organization named later on the line. */
	for (p = c + 1; p < len; p = q + 1) {
		while (p < len && s[p] == ' ')
			p++;
		for (q = p; q < len && s[q] != ','; q++)
			;
		if (q > p && extract_lex_upper(s, len, p) && org_last_in(s + p, q - p, heads)) {
			*ioff = p;
			*ilen = q - p;
		}
	}
	return 1;
}

/* Returns 1 if the line opens a sign-on list ("Signed,", "Signatories:"). */
static int
org_sign_cue(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ',' ||
	    extract_lex_space(s, len, len - 1)))
		len--;
	return len > 0 && extract_lex_words(s, len) <= 4 && extract_lex_in(s, len, sign_cues);
}

/* Openings of a cue that names the coalition its members sign for ("Members of the X Coalition:"). */
static const char *const sign_of_cues[] = {
	"Members", "Member organizations", "Member groups", "The members",
	"The member organizations", "The undersigned members",
	"Undersigned members", "The undersigned member organizations",
	"The undersigned organizations", "Signed by the members",
	"Signed by members", NULL
};

/*
 * Returns the length of the name at s[i, len) less the lower-case words that
 * close it, a part of the body ("the X Coalition steering committee").
 */
static size_t
org_part_cut(const char *s, size_t i, size_t len)
{
	size_t	k;

	while (len > i + 2) {
		for (k = len; k > i && s[k - 1] != ' '; k--)
			;
		if (k <= i + 1 || s[k] < 'a' || s[k] > 'z')
			break;
		len = k - 1;
	}
	return len;
}

/*
 * Returns 1 if the line opens a sign-on list naming its coalition after "of"
 * ("The undersigned members of the X Coalition:").
 */
static int
org_sign_of_cue(const char *s, size_t len)
{
	size_t	i;

	while (len > 0 && extract_lex_space(s, len, len - 1))
		len--;
	if (len < 16 || s[len - 1] != ':' || !extract_lex_upper(s, len, 0))
		return 0;
	len--;
	for (i = 0; i + 4 < len; i++)
		if (s[i] == ' ' && s[i + 1] == 'o' && s[i + 2] == 'f' && s[i + 3] == ' ')
			break;
	if (i + 4 >= len || !extract_lex_in(s, i, sign_of_cues))
		return 0;
	i += 4;
	if (len - i > 4 && memcmp(s + i, "the ", 4) == 0)
		i += 4;
	len = org_part_cut(s, i, len);
	return extract_lex_upper(s, len, i) && org_coalition_span(s + i, len - i);
}

/* Splits the body into paragraphs and appends the trailing links; returns a new array. */
static struct org_line *
org_lines(const struct ex_doc *d, size_t *np)
{
	struct org_line	*l;
	const char	*p, *q;
	size_t		 n = 1, i;

	for (p = d->body; (p = memchr(p, '\n', d->body_len - (size_t)(p - d->body))) != NULL;
	    p++)
		n++;
	l = xmalloc((n + d->nlinks) * sizeof(*l));
	n = 0;
	for (p = d->body; p < d->body + d->body_len; p = q + 1) {
		q = memchr(p, '\n', d->body_len - (size_t)(p - d->body));
		if (q == NULL)
			q = d->body + d->body_len;
		if (q > p) {
			l[n].s = p;
			l[n].len = (size_t)(q - p);
			l[n].at = (size_t)(p - d->body);
			n++;
		}
	}
	for (i = 0; i < d->nlinks; i++) {
		l[n].s = d->links[i];
		l[n].len = strlen(d->links[i]);
		l[n].at = (size_t)-1;
		n++;
	}
	*np = n;
	return l;
}

/*
 * Returns the index in cues of the one that ends body line l (a line ending
 * in ':' at least min bytes long), or -1 if none does.
 */
static int
org_line_cue(const struct org_line *l, const char *const *cues, size_t min)
{
	size_t	i, cl;

	if (l->at == (size_t)-1 || l->len < min || l->s[l->len - 1] != ':')
		return -1;
	for (i = 0; cues[i] != NULL; i++) {
		cl = strlen(cues[i]);
		if (l->len > cl && extract_lex_ieq(l->s + l->len - cl, cl, cues[i]))
			return (int)i;
		/* The cue alone on its line ("Members:"). */
		if (l->len + 1 == cl && extract_lex_ieq(l->s, l->len, cues[i] + 1))
			return (int)i;
	}
	return -1;
}

/* Returns the length of the member cue ending the body line, 0 if none. */
static size_t
org_vlist_cue(const struct org_line *l)
{
	int	i = org_line_cue(l, vlist_cues, 2);

	if (i < 0)
		return 0;
	return strlen(vlist_cues[i]) > l->len ? l->len : strlen(vlist_cues[i]);
}

/* Returns 1 if line l names one organization; *a and *il get its start and length. */
static int
org_line_item(const struct org_line *l, size_t *a, size_t *il)
{
	size_t	off;
	int	ok;

	*a = org_bullet(l->s, l->len);
	ok = org_sign_item(l->s + *a, l->len - *a, &off, il);
	*a += off;
	return ok;
}

/* Endings of a line that opens a list of grant or award recipients, one a line. */
static const char *const grant_cues[] = {
	" awarded to:", " went to:", " granted to:", " given to:", " go to:",
	" recipients:", " recipients are:", " recipients include:", " grantees:",
	" grantees are:", " grantees include:", " organizations, including:",
	" organizations including:", " groups, including:", NULL
};

/*
 * Returns 1 if line l opens a list of recipients ("Grants were awarded to:",
 * "... went to 12 organizations, including:"); a cue that only counts
 * organizations needs a grant or award word on the line.
 */
static int
org_grant_cue(const struct org_line *l)
{
	int	i = org_line_cue(l, grant_cues, 10);

	if (i < 0)
		return 0;
	if (strstr(grant_cues[i], "including") == NULL)
		return 1;
	return memmem(l->s, l->len, "grant", 5) != NULL ||
	    memmem(l->s, l->len, "award", 5) != NULL ||
	    memmem(l->s, l->len, "Grant", 5) != NULL;
}

/* Registers the recipients listed one a line below a grant cue ("awarded to:"). */
static void
org_grantees(struct ex_doc *d, const struct org_line *l, size_t n)
{
	size_t	i, j, a, il;

	for (i = 0; i + 2 < n; i++) {
		if (!org_grant_cue(&l[i]))
			continue;
		for (j = i + 1; j < n && l[j].at != (size_t)-1 &&
		    org_line_item(&l[j], &a, &il); j++)
			;
		if (j - i - 1 < 2)
			continue;
		for (j = i + 1; j < n && l[j].at != (size_t)-1 &&
		    org_line_item(&l[j], &a, &il); j++)
			org_add(d, l[j].s + a, il, l[j].at + a);
		i = j - 1;
	}
}

/* Words of a sign-on sub-heading that say its lines are organizations. */
static const char *const sign_org_words[] = {
	"organizations", "organisations", "organizational", "organisational",
	"groups", "members", "businesses", "companies", "unions", "endorsers",
	"partners", NULL
};

/*
 * Returns the kind of a sub-heading inside a sign-on list, 0 if the line is
 * none: a sentence-case label ("Member organizations of the X Coalition",
 * "Health professionals (affiliations for identification only)") whose second
 * word is a lower-case common word, or opens a lower-case note in brackets.  2 if it heads organizations, which sign
 * as members, 1 if it heads individuals, whose affiliations are not members.
 */
static int
org_sign_heading(const char *s, size_t len)
{
	size_t	i = 0, a, words = 0;
	int	orgs = 0;

	while (len > 0 && extract_lex_space(s, len, len - 1))
		len--;
	if (len < 8 || !extract_lex_upper(s, len, 0) || s[len - 1] == '.' ||
	    memchr(s, ':', len) != NULL || memchr(s, ',', len) != NULL)
		return 0;
	while (extract_lex_next_word(s, len, &i, &a)) {
		words++;
		/* "Physicians (affiliations for identification only)" */
		if (words == 2 && s[a] == '(' && a + 1 < i)
			a++;
		if (words == 2 && (s[a] < 'a' || s[a] > 'z' ||
		    extract_lex_in(s + a, i - a, initials_skip) ||
		    extract_lex_in(s + a, i - a, particles) ||
		    extract_lex_in(s + a, i - a, name_small)))
			return 0;
		if (s[a] >= 'a' && s[a] <= 'z' && extract_lex_in(s + a, i - a, sign_org_words))
			orgs = 1;
	}
	if (words < 2 || words > 12)
		return 0;
	return orgs ? 2 : 1;
}

/* Returns 1 if line j of n is a sign-on sub-heading followed by a signer. */
static int
org_sign_sub(const struct org_line *l, size_t j, size_t n)
{
	size_t	a, il;

	return j + 1 < n && org_sign_heading(l[j].s, l[j].len) &&
	    !org_sign_heading(l[j + 1].s, l[j + 1].len) && org_line_item(&l[j + 1], &a, &il);
}

/* Finds sign-on and member lists among the lines; returns how many (at most max). */
static size_t
org_signs(const struct org_line *l, size_t n, struct org_sign *out, size_t max)
{
	size_t	i, j, ns = 0, il, a, cl;

	for (i = 0; i + 2 < n && ns < max; i++) {
		cl = org_vlist_cue(&l[i]);
		if (cl == 0 && !org_sign_cue(l[i].s, l[i].len) &&
		    !org_sign_of_cue(l[i].s, l[i].len))
			continue;
		for (j = i + 1; j < n && ((cl == 0 && org_sign_sub(l, j, n)) ||
		    org_line_item(&l[j], &a, &il)); j++)
			;
		if (j - i - 1 < 2)
			continue;
		out[ns].first = i + 1;
		out[ns].last = j;
		out[ns].cue = cl > 0 ? l[i].at + l[i].len - cl : (size_t)-1;
		ns++;
		i = j - 1;
	}
	return ns;
}

/*
 * Returns the coalition a sign-on sub-heading names after "of" ("Member
 * organizations of the X Coalition"), registering it if new; NULL if none.
 */
static struct ex_org *
org_sign_owner(struct ex_doc *d, const char *s, size_t len)
{
	struct ex_org	*co;
	size_t		 i;

	while (len > 0 && extract_lex_space(s, len, len - 1))
		len--;
	for (i = 0; i + 4 < len; i++)
		if (s[i] == ' ' && s[i + 1] == 'o' && s[i + 2] == 'f' && s[i + 3] == ' ')
			break;
	if (i + 4 >= len)
		return NULL;
	i += 4;
	if (len - i > 4 && memcmp(s + i, "the ", 4) == 0)
		i += 4;
	len = org_part_cut(s, i, len);
	if (!extract_lex_upper(s, len, i) || !org_coalition_span(s + i, len - i))
		return NULL;
	if ((co = extract_org_find(d, s + i, len - i)) != NULL)
		return co;
	return org_add(d, s + i, len - i, (size_t)-1);
}

/*
 * Returns the length of name s without a closing acronym "(ACR)", setting
 * *ra to the acronym's offset (0 if there is none).
 */
static size_t
org_sign_acronym(const char *s, size_t len, size_t *ra)
{
	size_t	i;

	*ra = 0;
	if (len < 8 || s[len - 1] != ')')
		return len;
	for (i = len - 1; i > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z'; i--)
		;
	if (i < 4 || len - 1 - i < 2 || len - 1 - i > 10 || s[i - 1] != '(' || s[i - 2] != ' ')
		return len;
	*ra = i;
	return i - 2;
}

/* Registers the capitalized body of several words in s, a signer's parent body. */
static void
org_sign_parent(struct ex_doc *d, const char *s, size_t len, size_t at)
{
	char	*n;
	size_t	 i = 0;

	while (i < len && s[i] == ' ')
		i++;
	while (len > i && extract_lex_space(s, len, len - 1))
		len--;
	if (len - i < 6 || !extract_lex_upper(s, len, i) || memchr(s + i, ',', len - i) != NULL ||
	    extract_lex_words(s + i, len - i) < 2)
		return;
	n = extract_lex_norm(s + i, len - i);
	if (extract_org_find(d, n, strlen(n)) == NULL)
		org_add(d, n, strlen(n), at != (size_t)-1 ? at + i : at);
	free(n);
}

/* Appositives that call a body a coalition ("X (XC), a coalition of ..."). */
static const char *const apposed_coalition[] = {
	", a coalition ", ", an alliance ", ", a network ", ", a federation ", NULL
};

/* Returns 1 if the sentence first naming o calls it a coalition right after its name. */
static int
org_apposed_coalition(const struct ex_doc *d, const struct ex_org *o)
{
	const char	*s, *p, *q;
	size_t		 n, nl, i, cl;

	if (o->ev_end <= o->ev_start || o->ev_end > d->body_len)
		return 0;
	s = d->body + o->ev_start;
	n = o->ev_end - o->ev_start;
	nl = strlen(o->name);
	if ((p = memmem(s, n, o->name, nl)) == NULL)
		return 0;
	p += nl;
	if (p + 2 < s + n && p[0] == ' ' && p[1] == '(' &&
	    (q = memchr(p, ')', (size_t)(s + n - p))) != NULL)
		p = q + 1;
	for (i = 0; apposed_coalition[i] != NULL; i++) {
		cl = strlen(apposed_coalition[i]);
		if ((size_t)(s + n - p) > cl && memcmp(p, apposed_coalition[i], cl) == 0)
			return 1;
	}
	return 0;
}

/* Registers the organizations of a sign-on list, members of the coalition that sends it. */
static void
org_sign_add(struct ex_doc *d, const struct org_line *l, const struct org_sign *sg)
{
	struct ex_org	*co = NULL, *m;
	struct org_list	 ml;
	size_t		 i, il, a, k, ra, at0 = (size_t)-1;
	char		*s;
	int		 members = 1;

	if (sg->cue != (size_t)-1) {
		/* A member list: the coalition is named before its cue. */
		memset(&ml, 0, sizeof(ml));
		ml.cue = at0 = sg->cue;
		/* Its lines: a coalition listed there is a member, not the owner. */
		if (l[sg->first].at != (size_t)-1 && l[sg->last - 1].at != (size_t)-1) {
			ml.start = l[sg->first].at;
			ml.end = l[sg->last - 1].at + l[sg->last - 1].len;
		}
		co = org_list_owner(d, &ml);
	} else if (sg->first > 0 && org_sign_of_cue(l[sg->first - 1].s, l[sg->first - 1].len)) {
		/* "The undersigned members of the X Coalition:" */
		for (k = l[sg->first - 1].len; k > 0 && l[sg->first - 1].s[k - 1] != ':'; k--)
			;
		co = org_sign_owner(d, l[sg->first - 1].s, k - 1);
	}
	/* The coalition: a listed name known from the text before, or the publisher. */
	for (i = sg->first; i < sg->last && co == NULL; i++) {
		if (l[i].at != (size_t)-1 && at0 == (size_t)-1)
			at0 = l[i].at;
		if (sg->cue == (size_t)-1 && org_sign_heading(l[i].s, l[i].len)) {
			co = org_sign_owner(d, l[i].s, l[i].len);
			continue;
		}
		org_line_item(&l[i], &a, &il);
		if (il > 0 && (m = extract_org_find(d, l[i].s + a, il)) != NULL &&
		    m->ev_end > 0 && (org_coalition_span(l[i].s + a, il) ||
		    org_apposed_coalition(d, m)))
			co = m;
	}
	if (co == NULL && sg->cue == (size_t)-1 && d->publisher != NULL &&
	    org_last_in(d->publisher, strlen(d->publisher), coalition_nouns))
		co = org_add(d, d->publisher, strlen(d->publisher), (size_t)-1);
	/* The signers "working together as the X Coalition". */
	if (co == NULL)
		co = org_together(d, at0 != (size_t)-1 ? at0 : d->body_len);
	for (i = sg->first; i < sg->last; i++) {
		/* A sub-heading says whether the lines below sign as members. */
		if (sg->cue == (size_t)-1 && (k = (size_t)org_sign_heading(l[i].s, l[i].len)) > 0) {
			members = k == 2;
			continue;
		}
		org_line_item(&l[i], &a, &il);
		if (il == 0)
			continue;
		/* "Rev. Jo Roe, Bishop, X Synod, Y Church": the parent body is named too. */
		if (a > 0 && a + il + 2 < l[i].len && l[i].s[a + il] == ',' &&
		    org_sign_person(l[i].s, l[i].len))
			org_sign_parent(d, l[i].s + a + il + 1, l[i].len - a - il - 1,
			    l[i].at != (size_t)-1 ? l[i].at + a + il + 1 : (size_t)-1);
		/* Without a coalition, a member list keeps only what reads as a name. */
		if (co == NULL && sg->cue != (size_t)-1 && !org_last_in(l[i].s + a, il, heads))
			continue;
		/* An individual signer names an organization only as an affiliation. */
		if (!members && !org_last_in(l[i].s + a, il, heads))
			continue;
		il = org_sign_acronym(l[i].s + a, il, &ra);
		s = extract_lex_norm(l[i].s + a, il);
		m = extract_org_find(d, s, strlen(s));
		if (m == NULL && (m = org_add(d, s, strlen(s), l[i].at)) != NULL &&
		    (k = org_local_tail(s, strlen(s))) > 0) {
			/* Each part of "X, Y Local 33" names it too. */
			org_alias(m, s, (size_t)(strchr(s, ',') - s));
			org_alias(m, s + k, strlen(s + k));
		} else if (m != NULL && m != co)
			m->mentions++;
		free(s);
		/* "Acme Tenants Union (ATU)" */
		if (m != NULL && ra > 0 && m->acronym == NULL)
			m->acronym = xstrndup(l[i].s + a + ra, l[i].len - a - ra - 1);
		if (m != NULL && co != NULL && members)
			org_member(d, co, m, at0 != (size_t)-1 ? at0 : (size_t)-1);
	}
}

/* Generates aliases for common short forms of the organization's name. */
static void
org_short_forms(struct ex_org *o)
{
	const char	*n = o->name, *p, *q;
	size_t		 len = strlen(n), i;
	struct buf	 b;
	char		*s;

	/* "Office of the Inspector General" → "Office of Inspector General" */
	if ((p = strstr(n, " of the ")) != NULL) {
		buf_init(&b);
		buf_add(&b, n, (size_t)(p - n) + 4);
		buf_puts(&b, p + 8);
		s = buf_steal(&b);
		org_alias(o, s, strlen(s));
		free(s);
	}
	/* "X of the Benjamin N. Cardozo School of Law" → "Cardozo X" */
	if ((p = strstr(n, " of the ")) != NULL) {
		q = p + 8;
		/* First I. Last */
		const char *sp1 = strchr(q, ' ');
		if (sp1 && sp1[1] >= 'A' && sp1[1] <= 'Z' && sp1[2] == '.' && sp1[3] == ' ') {
			const char *ls = sp1 + 4, *le = strchr(ls, ' ');

			if (le != NULL) {
				buf_init(&b);
				buf_add(&b, ls, (size_t)(le - ls));
				buf_putc(&b, ' ');
				buf_add(&b, n, (size_t)(p - n));
				s = buf_steal(&b);
				org_alias(o, s, strlen(s));
				free(s);
			}
		}
	}
	/* "Chief Justice Earl Warren Institute on ..." → "Warren Institute" */
	if (strncmp(n, "Chief Justice ", 14) == 0 || strncmp(n, "President ", 10) == 0 ||
	    strncmp(n, "Senator ", 8) == 0 || strncmp(n, "Judge ", 6) == 0) {
		const char *w[8];
		size_t	    nw = 0;

		for (p = n; *p && nw < 8; ) {
			w[nw++] = p;
			q = strchr(p, ' ');
			if (q == NULL)
				break;
			p = q + 1;
		}
		for (i = 1; i < nw; i++) {
			size_t	wl = (i + 1 < nw ? (size_t)(w[i + 1] - w[i] - 1) : strlen(w[i]));

			if (extract_org_head(w[i], wl)) {
				size_t	pl = (size_t)(w[i] - w[i - 1]) + wl;

				org_alias(o, w[i - 1], pl);
				break;
			}
		}
	}
	/* "X Port Authority" is also called "Port of X" (its ports and terminals). */
	if (len > 16 && strcmp(n + len - 15, " Port Authority") == 0) {
		buf_init(&b);
		buf_puts(&b, "Port of ");
		buf_add(&b, n, len - 15);
		s = buf_steal(&b);
		org_alias(o, s, strlen(s));
		free(s);
	}
	/* "National DayLaborer ..." → "National Day Laborer ..." */
	for (i = 1; i + 1 < len; i++) {
		if (n[i] >= 'A' && n[i] <= 'Z' && n[i - 1] >= 'a' && n[i - 1] <= 'z') {
			buf_init(&b);
			buf_add(&b, n, i);
			buf_putc(&b, ' ');
			buf_puts(&b, n + i);
			s = buf_steal(&b);
			org_alias(o, s, strlen(s));
			free(s);
			break;
		}
	}
}

/* Returns the kind of the organization from the words of its name. */
static const char *
org_kind(const struct ex_org *o)
{
	const char	*of;
	size_t		 i;

	if (o->is_coalition)
		return "coalition";
	/* "City of Dover", "Port of Alder Bay": public bodies. */
	if ((of = strstr(o->name, " of ")) != NULL && of - o->name < 10 &&
	    extract_lex_in(o->name, (size_t)(of - o->name), of_bodies))
		return "government";
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const char	*p = o->name;
		size_t		 wl = strlen(kinds[i].word);

		while ((p = strstr(p, kinds[i].word)) != NULL) {
			if ((p == o->name || p[-1] == ' ') &&
			    (p[wl] == '\0' || p[wl] == ' '))
				return kinds[i].kind;
			p += wl;
		}
	}
	return "advocacy";
}

/* Gives organizations the acronyms the title uses for them ("NILC Calls on DHS"). */
static void
org_title_acronyms(struct ex_doc *d)
{
	const char	*t = d->title;
	struct ex_org	*o;
	size_t		 len, i = 0, a, k, up;

	if (t == NULL)
		return;
	len = strlen(t);
	while (i < len) {
		while (i < len && !extract_lex_upper(t, len, i))
			i++;
		a = i;
		up = 0;
		while (i < len && extract_lex_upper(t, len, i)) {
			i++;
			up++;
		}
		if (up < 2 || up > 8 || (i < len && extract_lex_alpha(t, len, i)) ||
		    (a > 0 && extract_lex_alpha(t, len, a - 1)))
			continue;
		for (k = 0; k < d->norgs; k++)
			if (org_is(&d->orgs[k], t + a, i - a))
				break;
		if (k < d->norgs)
			continue;
		if ((o = org_by_initials(d, t + a, i - a)) != NULL)
			o->acronym = xstrndup(t + a, i - a);
	}
}

/*
 * Returns 1 if the title is written as a sentence ("Open letter to the X
 * Board on branch hours"): two lower-case words of five letters or more.
 * Names in a title-case headline cannot be told from the words around them.
 */
static int
org_title_sentence(const char *t)
{
	size_t	i = 0, a, n = 0, len = strlen(t);

	while (i < len && n < 2) {
		while (i < len && t[i] == ' ')
			i++;
		a = i;
		while (i < len && t[i] != ' ')
			i++;
		if (i - a >= 5 && extract_lex_lower(t, len, a) &&
		    extract_lex_alpha(t, len, i - 1))
			n++;
	}
	return n >= 2;
}

/* Finds the organizations of text that is not in the body: the "About" boilerplate, a title. */
static void
org_boiler(struct ex_doc *d, char *text)
{
	char		*body = d->body;
	size_t		 body_len = d->body_len, ntoks = d->ntoks, n0 = d->norgs, i;
	struct ex_tok	*toks = d->toks;

	if (text == NULL || *text == '\0')
		return;
	d->body = text;
	d->body_len = strlen(text);
	extract_lex_tokenize(d);
	org_names(d, NULL, 0);
	free(d->toks);
	d->toks = toks;
	d->ntoks = ntoks;
	d->body = body;
	d->body_len = body_len;
	/* Their evidence would point into the boilerplate. */
	for (i = n0; i < d->norgs; i++)
		d->orgs[i].ev_start = d->orgs[i].ev_end = 0;
}

/* Footer cues naming the site's owner ("© 2019 X", "Paid for by the X."). */
static const char *const owner_cues[] = {
	"\xc2\xa9 ", "Copyright \xc2\xa9 ", "Copyright ", "(c) ", "Paid for by ", NULL
};

/*
 * Registers the owner a footer link line names after "©", "Copyright" or
 * "Paid for by" (a year and "the" skipped), or the body it is "a member of",
 * when the name ends in a head noun.
 */
static void
org_footer_owner(struct ex_doc *d, const char *s, size_t len)
{
	const char	*m;
	size_t		 i, e, w;

	if (len < 8)
		return;
	/* "X is a member of the Y Network." names Y too. */
	if ((m = extract_lex_ifind(s, len, " is a member of ")) != NULL)
		i = (size_t)(m - s) + 16;
	else if ((s[0] != '\xc2' && s[0] != 'C' && s[0] != '(' && s[0] != 'P') ||
	    (i = extract_lex_ilead(s, len, owner_cues)) == 0)
		return;
	while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == ' ' ||
	    s[i] == ','))
		i++;
	if (len - i > 4 && memcmp(s + i, "the ", 4) == 0)
		i += 4;
	/* The name ends at a bar, or at a period closing a sentence ("Inc." kept). */
	for (e = i; e < len && s[e] != '|'; e++) {
		if (s[e] != '.' || (e + 1 < len && s[e + 1] != ' '))
			continue;
		for (w = e; w > i && s[w - 1] != ' '; w--)
			;
		if (!extract_org_head(s + w, e + 1 - w))
			break;
	}
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	if (e > i && s[e - 1] == '.' && !org_last_in(s + i, e - i, heads))
		e--;
	if (e <= i + 3 || !extract_lex_upper(s, len, i) ||
	    extract_lex_words(s + i, e - i) > 10 || !org_last_in(s + i, e - i, heads) ||
	    org_not_name(s + i, e - i))
		return;
	org_add(d, s + i, e - i, (size_t)-1);
}

/* Finds the organizations and coalitions of the document. */
void
extract_org_scan(struct ex_doc *d)
{
	struct org_list	 lists[8];
	struct org_sign	 signs[4];
	struct ex_span	 skip[12];
	struct org_line	*lines;
	size_t		 nl, nlines, ns, nskip = 0, i;

	nl = org_lists(d, lists, 8);
	for (i = 0; i < nl; i++) {
		if (lists[i].prose)
			continue;
		skip[nskip].start = lists[i].start;
		skip[nskip++].end = lists[i].end;
	}
	lines = org_lines(d, &nlines);
	ns = org_signs(lines, nlines, signs, 4);
	for (i = 0; i < ns; i++) {
		if (lines[signs[i].first].at == (size_t)-1)
			continue;
		skip[nskip].start = lines[signs[i].first].at;
		skip[nskip].end = d->body_len;
		if (signs[i].last < nlines && lines[signs[i].last].at != (size_t)-1)
			skip[nskip].end = lines[signs[i].last].at;
		nskip++;
	}
	org_names(d, skip, nskip);
	org_acronyms(d, skip, nskip);
	for (i = 0; i < ns; i++)
		org_sign_add(d, lines, &signs[i]);
	org_grantees(d, lines, nlines);
	for (i = 0; i < nl; i++)
		org_coalition(d, &lists[i], NULL);
	org_represents(d);
	org_formers(d);
	org_member_of(d);
	for (i = 0; i < d->nlinks; i++)
		org_footer_owner(d, d->links[i], strlen(d->links[i]));
	free(lines);
	org_boiler(d, d->boiler);
	if (d->title != NULL && org_title_sentence(d->title))
		org_boiler(d, d->title);
	org_title_acronyms(d);
}

/* Returns 1 if token t is "Port", "City" or the like, in either case. */
static int
org_of_word(const struct ex_doc *d, size_t t)
{
	char	w[12];
	size_t	wl = d->toks[t].end - d->toks[t].start;

	if (!(d->toks[t].flags & TK_WORD) || wl < 3 || wl >= sizeof(w))
		return 0;
	memcpy(w, d->body + d->toks[t].start, wl);
	if (w[0] >= 'a' && w[0] <= 'z')
		w[0] = (char)(w[0] - 'a' + 'A');
	return extract_lex_in(w, wl, of_bodies);
}

/* Returns the name of the one organization "W of Y" for the word W at token t, else NULL. */
static const char *
org_of_body(const struct ex_doc *d, size_t t)
{
	const char	*w = d->body + d->toks[t].start, *hit = NULL;
	size_t		 wl = d->toks[t].end - d->toks[t].start, i;

	for (i = 0; i < d->norgs; i++) {
		const char	*nm = d->orgs[i].name;
		size_t		 hl;

		if (strncasecmp(nm, w, wl) != 0 || strncmp(nm + wl, " of ", 4) != 0)
			continue;
		/* "Port of Y" over its "Port of Y Commission". */
		if (hit != NULL && strncmp(nm, hit, (hl = strlen(hit))) == 0 &&
		    nm[hl] == ' ')
			continue;
		if (hit != NULL && strncmp(hit, nm, strlen(nm)) == 0 &&
		    hit[strlen(nm)] == ' ') {
			hit = nm;
			continue;
		}
		if (hit != NULL)
			return NULL;
		hit = nm;
	}
	return hit;
}

/* Returns the organization whose name starts at token t, setting *end to the token after it. */
const char *
extract_org_at(struct ex_doc *d, size_t t, size_t *end)
{
	struct ex_org	*o;
	size_t		 e, best = 0, k;
	const char	*bn = NULL;
	char		*s;

	if (t >= d->ntoks)
		return NULL;
	if (extract_lex_tok_is(d, t, "the"))
		t++;
	/* "the Port", "the port" refer back to the one "Port of Y" named. */
	if (t > 0 && t < d->ntoks && extract_lex_tok_is(d, t - 1, "the") &&
	    org_of_word(d, t) && !(d->toks[t].flags & TK_POSS) &&
	    !extract_lex_tok_is(d, t + 1, "of") && !org_tok_cap(d, t + 1) &&
	    (bn = org_of_body(d, t)) != NULL) {
		if (end != NULL)
			*end = t + 1;
		return bn;
	}
	if (t >= d->ntoks || !(d->toks[t].flags & TK_CAP))
		return NULL;
	/* Cheap test first: some name, alias or acronym starts with this word. */
	{
		const char	*w = d->body + d->toks[t].start;
		size_t		 wl = d->toks[t].end - d->toks[t].start, i, a;
		int		 any = 0;

		for (i = 0; i < d->norgs && !any; i++) {
			o = &d->orgs[i];
			if (strncasecmp(o->name, w, wl) == 0 &&
			    (o->name[wl] == ' ' || o->name[wl] == '\0'))
				any = 1;
			if (o->acronym && strlen(o->acronym) == wl &&
			    memcmp(o->acronym, w, wl) == 0)
				any = 1;
			for (a = 0; a < o->naliases && !any; a++)
				if (strncasecmp(o->aliases[a], w, wl) == 0 &&
				    (o->aliases[a][wl] == ' ' || o->aliases[a][wl] == '\0'))
					any = 1;
		}
		if (!any)
			return NULL;
	}
	/* The longest span of up to 14 tokens that names a known organization. */
	for (e = t + 1; e <= d->ntoks && e - t <= 14; e++) {
		if (!(d->toks[e - 1].flags & TK_WORD))
			break;
		s = extract_lex_range(d, t, e);
		if ((o = extract_org_find(d, s, strlen(s))) != NULL) {
			best = e;
			bn = o->name;
		}
		free(s);
		if ((d->toks[e - 1].flags & TK_POSS) && !org_poss_inner(d, e - 1))
			break;
	}
	if (bn == NULL)
		return NULL;
	k = best;
	if (end != NULL)
		*end = k;
	return bn;
}

/* Returns 1 if nm is w or ends with a space and w, case folded. */
static int
org_ends_in(const char *nm, const char *w, size_t wl)
{
	size_t	nl = strlen(nm);

	if (wl == 0 || nl < wl || strncasecmp(nm + nl - wl, w, wl) != 0)
		return 0;
	return nl == wl || nm[nl - wl - 1] == ' ';
}

/* Returns 1 if o's name or an alias is w or ends with it as whole words. */
static int
org_goes_by_end(const struct ex_org *o, const char *w, size_t wl)
{
	size_t	i;

	if (org_ends_in(o->name, w, wl))
		return 1;
	for (i = 0; i < o->naliases; i++)
		if (org_ends_in(o->aliases[i], w, wl))
			return 1;
	return 0;
}

/* Returns the length of a possessive "'s" (straight or curly) at s, 0 if none. */
static size_t
org_poss_len(const char *s, size_t len)
{
	if (len >= 2 && s[0] == '\'' && s[1] == 's')
		return 2;
	if (len >= 4 && memcmp(s, "\xe2\x80\x99s", 4) == 0)
		return 4;
	return 0;
}

/*
 * Writes into b the other spelling of a short form: "Attorney General's
 * Office" for "Office of the Attorney General" and back.  Returns 0 if the
 * name has neither form.  The possessive holder must be an office-holder
 * ("Sheriff", "Mayor"), as in names like "Sheriff's Office".
 */
static int
org_swap_poss(const char *n, struct buf *b)
{
	const char	*sp, *p, *w;
	size_t		 len = strlen(n), pl;

	/* "Office of the Mayor" -> "Mayor's Office" */
	if ((sp = strchr(n, ' ')) != NULL && extract_lex_in(n, (size_t)(sp - n),
	    swap_heads) && strncmp(sp, " of the ", 8) == 0 && sp[8] != '\0') {
		for (w = n + len; w > sp + 8 && w[-1] != ' '; w--)
			;
		if (!extract_lex_in(w, (size_t)(n + len - w), poss_inner))
			return 0;
		buf_puts(b, sp + 8);
		buf_puts(b, "'s ");
		buf_add(b, n, (size_t)(sp - n));
		return 1;
	}
	/* "Attorney General's Office" -> "Office of the Attorney General" */
	for (p = n; (p = strchr(p, ' ')) != NULL; p++) {
		for (w = p; w > n && w[-1] != ' '; w--)
			;
		/* [w, p) is a word; "'s" may end it. */
		pl = 0;
		if (p - w > 3 && org_poss_len(p - 2, 2) == 2)
			pl = 2;
		else if (p - w > 5 && org_poss_len(p - 4, 4) == 4)
			pl = 4;
		if (pl == 0)
			continue;
		if (!extract_lex_in(w, (size_t)(p - pl - w), poss_inner) ||
		    strchr(p + 1, ' ') != NULL || !extract_lex_in(p + 1, strlen(p + 1),
		    swap_heads))
			return 0;
		buf_puts(b, p + 1);
		buf_puts(b, " of the ");
		buf_add(b, n, (size_t)(p - pl - n));
		return 1;
	}
	return 0;
}

/*
 * Returns 1 if o's name is "ACR Local 12" in any case and f is the
 * "Amalgamated Riders Union Local 12" whose initials spell ACR.
 */
static int
org_local_caps(const struct ex_org *o, const struct ex_org *f)
{
	const char	*n = o->name, *sp, *num;
	char		 ini[32];
	size_t		 al, fl, nl;

	if ((sp = strchr(n, ' ')) == NULL || (size_t)(sp - n) >= sizeof(ini) ||
	    strncasecmp(sp, " local ", 7) != 0)
		return 0;
	al = (size_t)(sp - n);
	num = sp + 7;
	nl = strlen(num);
	if (al < 2 || nl == 0 || strspn(num, "0123456789") != nl ||
	    strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != al)
		return 0;
	fl = strlen(f->name);
	if (fl < nl + 8 || strcmp(f->name + fl - nl, num) != 0 ||
	    memcmp(f->name + fl - nl - 7, " Local ", 7) != 0 || fl - nl - 7 >= 128)
		return 0;
	{
		char	pre[128];

		memcpy(pre, f->name, fl - nl - 7);
		pre[fl - nl - 7] = '\0';
		return org_initials(pre, ini, sizeof(ini)) == al &&
		    memcmp(ini, n, al) == 0;
	}
}

/* Returns 1 if the organization's name is a short form that a longer name may hold. */
static int
org_is_short(const struct ex_org *o)
{
	const char	*sp = strchr(o->name, ' ');
	size_t		 wl;

	if (sp == NULL || o->is_coalition || o->nmembers > 0)
		return 0;
	wl = (size_t)(sp - o->name);
	if (org_short_open(o->name, wl))
		return 1;
	/* "Sheriff's Office", "Attorney General's Office" */
	if (wl > 2 && org_poss_len(sp - 2, 2) == 2)
		wl -= 2;
	else if (wl > 4 && org_poss_len(sp - 4, 4) == 4)
		wl -= 4;
	return extract_lex_in(o->name, wl, poss_inner);
}

/* Replaces the owned string *sp by a copy of to if it reads from. */
static void
org_rename_ref(char **sp, const char *from, const char *to)
{
	if (*sp != NULL && strcmp(*sp, from) == 0) {
		free(*sp);
		*sp = xstrdup(to);
	}
}

/* Merges organization s into f (both of d) and drops s from the list. */
static void
org_merge(struct ex_doc *d, struct ex_org *f, struct ex_org *s)
{
	size_t	i, k;

	org_alias(f, s->name, strlen(s->name));
	for (i = 0; i < s->naliases; i++)
		org_alias(f, s->aliases[i], strlen(s->aliases[i]));
	f->mentions += s->mentions;
	if (f->acronym == NULL && s->acronym != NULL) {
		f->acronym = s->acronym;
		s->acronym = NULL;
	}
	if (f->ev_end == 0 && s->ev_end > 0) {
		f->ev_start = s->ev_start;
		f->ev_end = s->ev_end;
	}
	for (i = 0; i < d->norgs; i++)
		for (k = 0; k < d->orgs[i].nmembers; k++)
			org_rename_ref(&d->orgs[i].members[k], s->name, f->name);
	for (i = 0; i < d->npeople; i++)
		org_rename_ref(&d->people[i].org, s->name, f->name);
	for (i = 0; i < d->nquotes; i++)
		org_rename_ref(&d->quotes[i].org, s->name, f->name);
	for (i = 0; i < d->nreports; i++)
		org_rename_ref(&d->reports[i].publisher, s->name, f->name);
	i = (size_t)(s - d->orgs);
	extract_org_free(s);
	memmove(&d->orgs[i], &d->orgs[i + 1], (d->norgs - i - 1) * sizeof(d->orgs[0]));
	d->norgs--;
	memset(&d->orgs[d->norgs], 0, sizeof(d->orgs[0]));
}

static int	org_spells(const char *, const char *, size_t);

/*
 * Returns 1 if o is "ACR Head" and f is the name with that head whose
 * other words ACR spells ("LWHL Foundation" for "Lake Women's Hockey League
 * Foundation").
 */
static int
org_acr_head(const struct ex_org *o, const struct ex_org *f)
{
	const char	*n = o->name, *fn = f->name;
	char		 pre[256];
	size_t		 al, nl, fl, hl;

	al = strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	if (al < 3 || n[al] != ' ' || strchr(n + al + 1, ' ') != NULL)
		return 0;
	nl = strlen(n);
	hl = nl - al - 1;
	fl = strlen(fn);
	if (fl <= nl || fl - hl >= sizeof(pre) || fn[fl - hl - 1] != ' ' ||
	    strcmp(fn + fl - hl, n + al + 1) != 0 || !extract_org_head(n + al + 1, hl))
		return 0;
	memcpy(pre, fn, fl - hl - 1);
	pre[fl - hl - 1] = '\0';
	return org_spells(pre, n, al);
}

/* Suffixes of a firm's legal name that its short form drops ("Roe Power Company"). */
static const char *const firm_suffixes[] = {
	" Company", " Corporation", " Incorporated", " Co.", " Inc.", ", Inc.",
	" LLC", ", LLC", NULL
};

/* Returns 1 if s is exactly one of the firm suffixes. */
static int
org_firm_suffix(const char *s)
{
	size_t	i;

	for (i = 0; firm_suffixes[i] != NULL; i++)
		if (strcmp(s, firm_suffixes[i]) == 0)
			return 1;
	return 0;
}

/* Returns 1 if s[0, len) is one to three words, each capitalized ("Port Alder"). */
static int
org_cap_words(const char *s, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++) {
		if (i > 0 && s[i] != ' ')
			continue;
		if (s[i] == ' ')
			i++;
		if (i >= len || s[i] < 'A' || s[i] > 'Z' || ++n > 3)
			return 0;
	}
	return n > 0;
}

/*
 * Returns 1 if o is f cut short: f's name less its "of", "for" or "on"
 * phrase ("State Board" of "State Board of Education", "Alder Institute"
 * of "The Alder Institute for Policy"), or o a line in capitals that f's
 * name holds word for word ("DOVER REGIONAL TRANSIT" of "Greater Dover
 * Regional Transit Authority").
 */
static int
org_cut_form(const struct ex_org *o, const struct ex_org *f)
{
	const char	*n = o->name, *fn = f->name, *sp, *p;
	size_t		 nl = strlen(n), fl, i;

	if (o->is_coalition || o->nmembers > 0 || (sp = strrchr(n, ' ')) == NULL)
		return 0;
	if (n[0] == fn[0] && org_acr_head(o, f))
		return 1;
	if (strncmp(fn, "The ", 4) == 0)
		fn += 4;
	fl = strlen(fn);
	if (fl > nl + 4 && fn[0] == n[0] && strncmp(fn, n, nl) == 0 &&
	    extract_org_head(sp + 1, strlen(sp + 1)) &&
	    (strncmp(fn + nl, " of ", 4) == 0 || strncmp(fn + nl, " for ", 5) == 0 ||
	    strncmp(fn + nl, " on ", 4) == 0))
		return 1;
	/* "Office of the Inspector General" of "... for Rural Aid": a head opens it. */
	if (fl > nl + 5 && fn[0] == n[0] && strncmp(n, "Office of ", 10) == 0 &&
	    strncmp(fn, n, nl) == 0 && (strncmp(fn + nl, " for ", 5) == 0 ||
	    strncmp(fn + nl, " of ", 4) == 0))
		return 1;
	/* "State Treasurer" of "Office of the State Treasurer": the office of an officer. */
	if (strncmp(fn, "Office of ", 10) == 0) {
		p = fn + 10;
		if (strncmp(p, "the ", 4) == 0)
			p += 4;
		if (strcasecmp(p, n) == 0)
			return 1;
	}
	/* "Roe Lakes Power" of "Roe Lakes Power Company": the legal suffix dropped. */
	if (fl > nl + 2 && fn[0] == n[0] && strncmp(fn, n, nl) == 0 &&
	    org_firm_suffix(fn + nl))
		return 1;
	/* "Tree Trust" of "Port Alder Tree Trust": the place before the name dropped. */
	if (fl > nl + 2 && fn[fl - nl - 1] == ' ' && strcmp(fn + fl - nl, n) == 0 &&
	    extract_org_head(sp + 1, strlen(sp + 1)) && org_cap_words(fn, fl - nl - 1))
		return 1;
	/*
	 * "Office of the Attorney General" of "New Mexico Office of the Attorney
	 * General": a generic "Head of X" with its place dropped.
	 */
	if (fl > nl + 2 && fn[fl - nl - 1] == ' ' && (p = strchr(n, ' ')) != NULL &&
	    strncmp(p, " of ", 4) == 0 && extract_org_head(n, (size_t)(p - n)) &&
	    strcmp(fn + fl - nl, n) == 0 && org_cap_words(fn, fl - nl - 1))
		return 1;
	/* Capitals only: letters upper case, at least two words. */
	for (i = 0; i < nl; i++)
		if (n[i] >= 'a' && n[i] <= 'z')
			return 0;
	if (nl < 8 || fl <= nl || strspn(fn, "ABCDEFGHIJKLMNOPQRSTUVWXYZ &-.'") == fl)
		return 0;
	for (p = fn; (p = strcasestr(p, n)) != NULL; p++)
		if ((p == fn || p[-1] == ' ') && (p[nl] == '\0' || p[nl] == ' '))
			return 1;
	return 0;
}

/*
 * Returns 1 if o is the unit f names after a possessive, standing alone
 * ("Consumer Protection Division" of "the Attorney General's Consumer
 * Protection Division"): two words or more ending in a head noun.
 */
static int
org_poss_unit(const struct ex_org *o, const struct ex_org *f)
{
	const char	*n = o->name, *fn = f->name, *sp;
	size_t		 nl = strlen(n), fl = strlen(fn);

	if (fl < nl + 4 || fn[fl - nl - 1] != ' ' || strcmp(fn + fl - nl, n) != 0 ||
	    (sp = strrchr(n, ' ')) == NULL || !extract_org_head(sp + 1, strlen(sp + 1)))
		return 0;
	return org_poss_len(fn + fl - nl - 3, 2) == 2 ||
	    (fl >= nl + 6 && org_poss_len(fn + fl - nl - 5, 4) == 4);
}

/*
 * Returns the one longer organization of the document that the short form
 * o stands for ("the Sheriff's Office" for "Elm County Sheriff's
 * Office", "UTWU LOCAL 12" for "United Transit Workers Union Local 12"),
 * the publisher when several fit; NULL if none.
 */
static struct ex_org *
org_long_form(struct ex_doc *d, const struct ex_org *o)
{
	struct ex_org	*f, *hit = NULL;
	struct buf	 b;
	char		*alt = NULL;
	size_t		 i, n = 0, nl = strlen(o->name), altl = 0;
	int		 pub = 0, shrt;

	shrt = org_is_short(o);
	if (shrt) {
		buf_init(&b);
		if (org_swap_poss(o->name, &b))
			alt = buf_steal(&b);
		else
			free(buf_steal(&b));
		altl = alt != NULL ? strlen(alt) : 0;
	}
	for (i = 0; i < d->norgs; i++) {
		f = &d->orgs[i];
		if (f == o || strlen(f->name) <= nl)
			continue;
		if (!org_local_caps(o, f) && (!shrt || (!org_goes_by_end(f, o->name, nl) &&
		    (alt == NULL || !org_goes_by_end(f, alt, altl)))) && !org_cut_form(o, f) &&
		    !org_poss_unit(o, f))
			continue;
		if (d->publisher != NULL && extract_lex_ieq(d->publisher,
		    strlen(d->publisher), f->name)) {
			hit = f;
			pub = 1;
		} else if (!pub)
			hit = f;
		n++;
	}
	free(alt);
	return n == 1 || pub ? hit : NULL;
}

/* Returns the other organization with o's name among its aliases, or NULL. */
static struct ex_org *
org_alias_owner(struct ex_doc *d, const struct ex_org *o)
{
	size_t	i, k;

	if (o->is_coalition || o->nmembers > 0)
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		if (&d->orgs[i] == o || d->orgs[i].naliases == 0)
			continue;
		for (k = 0; k < d->orgs[i].naliases; k++)
			if (strcmp(d->orgs[i].aliases[k], o->name) == 0)
				return &d->orgs[i];
	}
	return NULL;
}

/*
 * For a union local o ("IAFF Local 12") set off by commas after a
 * capitalized run ("Roe Professional Fire Fighters, IAFF Local 12, said"),
 * returns the organization the run names, added if new: the union's own
 * name.  NULL if none.
 */
static struct ex_org *
org_local_owner(struct ex_doc *d, const struct ex_org *o)
{
	const char	*n = o->name, *p, *sp;
	size_t		 nl = strlen(n), t, a, e, at;
	char		*run;
	struct ex_org	*f;

	/* "ACR Local 12": an acronym, then the local's number. */
	if ((sp = strrchr(n, ' ')) == NULL || sp - n < 8 ||
	    strncmp(sp - 6, " Local ", 7) != 0 || strspn(sp + 1, "0123456789") !=
	    strlen(sp + 1) || strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
	    (size_t)(sp - 6 - n) || d->ntoks == 0)
		return NULL;
	for (p = d->body; (p = memmem(p, d->body_len - (size_t)(p - d->body), n, nl)) != NULL;
	    p += nl) {
		at = (size_t)(p - d->body);
		if (at < 4 || d->body[at - 1] != ' ' || d->body[at - 2] != ',')
			continue;
		t = extract_lex_tok_at(d, at - 2);
		if (t == 0 || t >= d->ntoks || !extract_lex_tok_is(d, t, ","))
			continue;
		for (a = t; a > 0 && t - a < 8 && org_tok_cap(d, a - 1) &&
		    !(d->toks[a - 1].flags & TK_POSS); a--)
			if (d->toks[a - 1].flags & TK_PARA) {
				a--;
				break;
			}
		/* Not an item of a list: nothing listed before, a verb after. */
		if (t - a < 2 || t - a >= 8 || (a > 0 && (org_tok_cap(d, a - 1) ||
		    extract_lex_tok_is(d, a - 1, ","))))
			continue;
		e = extract_lex_tok_at(d, at + nl);
		if (e + 1 >= d->ntoks || !extract_lex_tok_is(d, e, ",") ||
		    org_tok_cap(d, e + 1))
			continue;
		run = extract_lex_range(d, a, t);
		f = NULL;
		if (!org_not_name(run, strlen(run)))
			f = org_add(d, run, strlen(run), d->toks[a].start);
		free(run);
		if (f != NULL && f != o)
			return f;
	}
	return NULL;
}

/* Finishes the organizations: short-form aliases, short forms merged into their long names. */
void
extract_org_finish(struct ex_doc *d)
{
	struct ex_org	*f;
	size_t		 i;

	for (i = 0; i < d->norgs; i++)
		org_short_forms(&d->orgs[i]);
	/* "Roe Fire Fighters, IAFF Local 12": the local goes by the union's name. */
	for (i = 0; i < d->norgs; ) {
		if ((f = org_local_owner(d, &d->orgs[i])) != NULL) {
			org_merge(d, f, &d->orgs[i]);
			continue;
		}
		i++;
	}
	/* A name that another organization goes by is that organization. */
	for (i = 0; i < d->norgs; ) {
		if ((f = org_alias_owner(d, &d->orgs[i])) != NULL) {
			org_merge(d, f, &d->orgs[i]);
			continue;
		}
		i++;
	}
	for (i = 0; i < d->norgs; ) {
		if ((f = org_long_form(d, &d->orgs[i])) != NULL) {
			org_merge(d, f, &d->orgs[i]);
			continue;
		}
		i++;
	}
}

/* Returns the kind of organization i of the document. */
const char *
extract_org_kind(const struct ex_doc *d, size_t i)
{
	return org_kind(&d->orgs[i]);
}

/* Small words an acronym leaves out of a name's initials. */
static const char *const org_initial_skip[] = {
	"of", "for", "the", "and", "&", "on", "in", "at", NULL
};

/* Returns 1 if the acronym s (len bytes, at least 3) spells the initials of the name nm. */
static int
org_spells(const char *nm, const char *s, size_t len)
{
	size_t	i = 0, n = 0, wl;

	while (nm[i] != '\0') {
		while (nm[i] == ' ')
			i++;
		wl = strcspn(nm + i, " ");
		if (wl > 0 && !extract_lex_in(nm + i, wl, org_initial_skip)) {
			if (n >= len || nm[i] != s[n])
				return 0;
			n++;
		}
		i += wl;
	}
	return n == len && n >= 3;
}

/*
 * Returns the name whose initials the acronym at token t spells when the
 * text never defines it ("HCFJN" in a later item of the publisher's
 * listing): the publisher first (setting *publisher), else the one
 * organization of the document that fits; NULL if none or several.
 */
const char *
extract_org_initials_at(const struct ex_doc *d, size_t t, int *publisher)
{
	const char	*s, *on = NULL;
	size_t		 len, i;

	*publisher = 0;
	if (t >= d->ntoks || !(d->toks[t].flags & TK_ACR))
		return NULL;
	s = d->body + d->toks[t].start;
	len = d->toks[t].end - d->toks[t].start;
	if (len < 3 || len > 12)
		return NULL;
	if (d->publisher != NULL && org_spells(d->publisher, s, len)) {
		*publisher = 1;
		return d->publisher;
	}
	for (i = 0; i < d->norgs; i++)
		if (org_spells(d->orgs[i].name, s, len)) {
			if (on != NULL)
				return NULL;
			on = d->orgs[i].name;
		}
	return on;
}
