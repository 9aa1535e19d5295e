/*
 * A document's head and frame: page furniture, title, subtitle, date,
 * dateline, byline, media contact, site heading, trailing link lines and
 * "Founded in ..." boilerplate.  What is left is the body.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

enum furn { F_NONE, F_DROP, F_END, F_LINK };
enum fmatch { M_EXACT, M_PREFIX, M_CONTAINS, M_SUFFIX };

static int	meta_officey(const char *, size_t);
static int	meta_role_line(const char *, size_t);
static size_t	meta_contact_bilingual(const char *, size_t);
static size_t	meta_dash(const char *, size_t, size_t);
static size_t	meta_next_line(const struct ex_line *, size_t, size_t);

/* Lines that are page furniture, not release text. */
static const struct {
	const char	*pat;
	enum fmatch	 match;
	enum furn	 type;
} furniture[] = {
	{ "Sign up for", M_PREFIX, F_DROP },
	{ "Subscribe to", M_PREFIX, F_DROP },
	{ "Our mission", M_PREFIX, F_DROP },
	{ "Blog & Updates", M_EXACT, F_DROP },
	{ "Blog", M_EXACT, F_DROP },
	{ "News", M_EXACT, F_DROP },
	{ "Press Releases", M_EXACT, F_DROP },
	{ "Press Release", M_EXACT, F_DROP },
	{ "For Immediate Release", M_PREFIX, F_DROP },
	{ "Go to page", M_PREFIX, F_DROP },
	{ "From the Desk of", M_PREFIX, F_DROP },	/* a letterhead */
	{ "Share this", M_PREFIX, F_DROP },
	{ "Follow us", M_PREFIX, F_DROP },
	{ "Follow", M_EXACT, F_DROP },
	{ "Share", M_EXACT, F_DROP },
	{ "Skip to", M_PREFIX, F_DROP },
	{ "Print", M_EXACT, F_DROP },
	{ "Email", M_EXACT, F_DROP },
	{ "Tweet", M_EXACT, F_DROP },
	{ "Home", M_EXACT, F_DROP },
	{ "Donate", M_EXACT, F_DROP },
	{ "Read more", M_PREFIX, F_DROP },
	{ "Tags:", M_PREFIX, F_DROP },
	{ "Filed under", M_PREFIX, F_DROP },
	{ "Newsroom", M_EXACT, F_DROP },
	{ "Press Room", M_EXACT, F_DROP },
	{ "Pressroom", M_EXACT, F_DROP },
	{ "News Releases", M_EXACT, F_DROP },
	{ "Club News", M_EXACT, F_DROP },
	{ "Latest News", M_EXACT, F_DROP },
	{ "Media Center", M_EXACT, F_DROP },
	{ "For Release", M_PREFIX, F_DROP },
	{ "Embargoed", M_PREFIX, F_DROP },
	{ "Share:", M_PREFIX, F_DROP },
	{ "Facebook", M_EXACT, F_DROP },
	{ "Twitter", M_EXACT, F_DROP },
	{ "LinkedIn", M_EXACT, F_DROP },
	{ "Back to", M_PREFIX, F_DROP },
	{ "Was this page helpful", M_PREFIX, F_DROP },
	{ "Leave a Reply", M_PREFIX, F_END },
	{ "Comments (", M_PREFIX, F_END },
	{ "Related posts", M_PREFIX, F_END },
	{ "Related stories", M_PREFIX, F_END },
	{ "Related articles", M_PREFIX, F_END },
	{ "Related news", M_PREFIX, F_END },
	{ "Related:", M_PREFIX, F_END },
	{ "-###-", M_EXACT, F_END },
	{ "ENDS", M_EXACT, F_END },
	{ "\xc2\xa9", M_PREFIX, F_DROP },
	{ "Copyright ", M_PREFIX, F_DROP },
	{ "All rights reserved", M_CONTAINS, F_DROP },
	{ "Read the report", M_PREFIX, F_LINK },
	{ "Read the letter", M_PREFIX, F_LINK },
	{ "Download the", M_PREFIX, F_LINK },
	{ "# # #", M_EXACT, F_END },
	{ "###", M_EXACT, F_END },
	{ "-30-", M_EXACT, F_END },
	{ "- 30 -", M_EXACT, F_END },
	{ "View the ", M_PREFIX, F_LINK },
	{ "Read the full", M_PREFIX, F_LINK },
	{ "Download", M_PREFIX, F_LINK },
	{ "Click here", M_PREFIX, F_LINK },
	{ "Background information", M_PREFIX, F_LINK },
	{ "can be found here", M_SUFFIX, F_LINK },
	{ "is available at", M_CONTAINS, F_LINK },
	{ "An official website of", M_PREFIX, F_DROP },
	{ "Here's how you know", M_EXACT, F_DROP },
	{ "Here\xe2\x80\x99s how you know", M_EXACT, F_DROP },
	{ "| Site by ", M_CONTAINS, F_DROP },
	{ "Site by ", M_PREFIX, F_DROP },
	{ "Website by ", M_PREFIX, F_DROP },
	{ "Powered by ", M_PREFIX, F_DROP },
};

/* Words of a newspaper's page or byline: a news article, not a release. */
static const char *const news_cues[] = {
	"Obituaries", "Classifieds", "e-Edition", "Staff Writer", "Staff Reporter",
	"Correspondent", NULL
};

/* Words that make a titled item an event notice or schedule ("Webinar: X"). */
static const char *const event_words[] = {
	"Webinar", "Workshop", "Training", "Event", "Events", "Schedule",
	"Calendar", "Town Hall", "Open House", "Info Session", "Teach-In",
	"Livestream", NULL
};

/* Last words of a newspaper's name ("The Ridgeway Courier"). */
static const char *const paper_words[] = {
	"Gazette", "Courier", "Tribune", "Herald", "Times", "Chronicle", "Ledger",
	"Sentinel", "Dispatch", "Examiner", "Observer", "Journal", "Inquirer",
	"Post", "Bulletin", "Register", "Star-Ledger", "Courant", "Democrat",
	"Enquirer", "Daily", NULL
};

/* Openings of a title that invite to an event ("Join Us for", "Save the Date"). */
static const char *const invite_starts[] = {
	"Join Us ", "Join us ", "Save the Date", "RSVP", "Register Now", "Upcoming Event",
	NULL
};

/* Labels of a date that is an update, not the publication. */
static const char *const update_labels[] = {
	"Updated", "Last updated", "Last modified", "Modified", "Revised", NULL
};

/* Words that may follow a date on its line without making it text. */
static const char *const byline_cues[] = {
	"Posted by", "By", "Written by", "Story by", NULL
};

/* Offices a byline may put before the writer's name ("By Council Member Jo Roe"). */
static const char *const byline_offices[] = {
	"Council", "Member", "Councilmember", "Councilwoman", "Councilman",
	"Councilor", "Alderman", "Alderwoman", "Supervisor", "Commissioner",
	"Superintendent", "Senator", "Representative", "Assemblymember",
	"Delegate", "Mayor", "Trustee", "Principal", NULL
};

/* Words of a writer's role printed under a byline ("Staff Writer"). */
static const char *const role_words[] = {
	"Writer", "Reporter", "Editor", "Correspondent", "Columnist", "Contributor",
	"Director", "Manager", "Coordinator", "Officer", "Specialist", "Organizer",
	"Producer", "Associate", "Assistant", "Fellow", "Intern", "Chair", "President",
	"Staff", "Senior", "Contributing", "Communications", NULL
};

/* Prefixes of a media-contact line. */
static const char *const contact_cues[] = {
	"Media Contact:", "Media Contacts:", "Contact:", "Contacts:",
	"Press Contact:", "Press Contacts:", "Media inquiries:", "Media enquiries:",
	"Press inquiries:", "Media Relations:", "Contact Information:",
	"For more information, contact", "For more information:",
	"For more information contact", "For media inquiries, contact",
	"Media inquiries, contact", "Press:", "Media:", NULL
};

/* Phrases inside a sentence that introduce the media contact ("may be directed to X"). */
static const char *const contact_inner[] = {
	"may be directed to ", "should be directed to ", "can be directed to ",
	"Reporters may contact ", "Journalists may contact ", "Media may contact ",
	NULL
};

/* Phrases after the media contact's name in a sentence ("X can be reached at"). */
static const char *const contact_reach[] = {
	" can be reached at ", " may be reached at ", " can be reached by ",
	" may be reached by ", NULL
};

/* Words of a contact line that name an office, not a person. */
static const char *const office_words[] = {
	"Office", "Affairs", "Communications", "Relations", "Media", "Press",
	"Department", "Team", "Desk", "Call", "Email", "Phone", NULL
};

/* Labels of a page or its breadcrumb that make a statement ("Statement | Transit"). */
static const char *const statement_labels[] = {
	"Statement", "Statements", "Joint Statement", "Joint Statements",
	"Media Statement", "Press Statement", "Public Statement", NULL
};

/* Titles of courtesy, clergy and rank that stand before a contact's name, not in it. */
static const char *const contact_honorifics[] = {
	"Rev.", "Rev", "Reverend", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.",
	"Pastor", "Rabbi", "Imam", "Deputy", "Sgt.", "Sergeant", "Lt.", "Lieutenant",
	"Capt.", "Captain", "Det.", "Detective", "Cpl.", "Corporal", "Officer",
	"Sister", "Sr.", "Brother", "Br.", "Father", "Fr.", "Deacon", NULL
};

/* Returns 1 if the head line is a statement label, alone or first of a breadcrumb. */
static int
meta_statement_label(const char *s, size_t len)
{
	size_t	e = 0;

	if (len == 0 || strchr("SJMPsjmp", s[0]) == NULL)
		return 0;
	while (e < len && s[e] != '|')
		e++;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return extract_lex_in(s, e, statement_labels);
}

/*
 * Returns 1 if the line is a breadcrumb ending in a statement label
 * ("Newsroom » Statements", "News / Statements"); sets *a to the label.
 */
static int
meta_crumb_statement(const char *s, size_t len, size_t *a)
{
	size_t	i;

	if (len < 12 || (s[len - 1] != 's' && s[len - 1] != 't'))
		return 0;
	for (i = len; i > 2 && s[i - 1] != '/' && s[i - 1] != '>' &&
	    !((unsigned char)s[i - 2] == 0xc2 && (unsigned char)s[i - 1] == 0xbb) &&
	    !(i > 3 && (unsigned char)s[i - 3] == 0xe2 &&
	    (unsigned char)s[i - 2] == 0x80 && (unsigned char)s[i - 1] == 0xba); i--)
		;
	if (i <= 2 || s[i] != ' ')
		return 0;
	*a = extract_lex_skip_space(s, len, i);
	return extract_lex_in(s + *a, len - *a, statement_labels);
}

/* Returns 1 if the line is a menu, breadcrumb or pager ("Home | About", "A > B", "« Prev 1 2"). */
static int
meta_nav(const char *s, size_t len)
{
	size_t	i, bars = 0, gts = 0, words, pairs = 0;

	if (len >= 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xab)
		return 1;		/* « */
	if (memchr(s, '@', len) != NULL)
		return 0;		/* a contact line */
	for (i = 0; i < len; i++) {
		if (s[i] == '|')
			bars++;
		/* "Home   About   Donate": items set apart by runs of blanks. */
		else if (s[i] == ' ' && i + 2 < len && s[i + 1] == ' ' &&
		    s[i + 2] == ' ' && i > 0 && s[i - 1] != ' ' &&
		    strchr(".!?:;,|", s[i - 1]) == NULL) {
			while (i + 1 < len && s[i + 1] == ' ')
				i++;
			if (i + 1 < len && s[i + 1] != '|')
				bars++;
		}
		/* "Home  About  News  Contact": pairs of blanks, three at least. */
		else if (s[i] == ' ' && i + 2 < len && s[i + 1] == ' ' &&
		    s[i + 2] != ' ' && s[i + 2] != '|' && i > 0 && s[i - 1] != ' ' &&
		    strchr(".!?:;,|", s[i - 1]) == NULL)
			pairs++;
		else if (s[i] == '>' && i > 0 && s[i - 1] == ' ')
			gts++;
		/* "Newsroom » Press Releases", "News › Updates": a breadcrumb's guillemets. */
		else if (i > 0 && s[i - 1] == ' ' && (((unsigned char)s[i] == 0xc2 &&
		    i + 1 < len && (unsigned char)s[i + 1] == 0xbb) ||
		    ((unsigned char)s[i] == 0xe2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xba)))
			gts++;
		/* "News / Releases", middle dots and bullets: spaced separators. */
		else if (i > 0 && s[i - 1] == ' ' && (s[i] == '/' ||
		    ((unsigned char)s[i] == 0xc2 && i + 1 < len &&
		    (unsigned char)s[i + 1] == 0xb7) ||
		    ((unsigned char)s[i] == 0xe2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xa2)))
			bars++;
	}
	if (pairs >= 3)
		bars += pairs;
	if (bars + gts < 2 && !((bars == 1 || gts == 1) && len < 40 &&
	    !extract_lex_digit(s, len, len - 1)))
		return 0;
	words = extract_lex_words(s, len);
	/* Short items between the bars, not a sentence. */
	if (words > (bars + gts + 1) * 4 || (len > 0 && s[len - 1] == '.'))
		return 0;
	return 1;
}

/* Words that open a listing's result count ("Showing 1-4 of 212"). */
static const char *const pager_cues[] = {
	"Showing", "Displaying", "Viewing", "Results", "Items", "Entries", NULL
};

/* Reads a run of digits at *i; returns the number of digits. */
static size_t
meta_digits(const char *s, size_t len, size_t *i)
{
	size_t	n = 0;

	while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
		(*i)++;
		n++;
	}
	return n;
}

/*
 * Returns 1 if the line is a listing's result count: "Showing 1-4 of 212",
 * "Results 1 - 10 of 53", "Displaying 11–20 of 87 results".
 */
static int
meta_pager(const char *s, size_t len)
{
	size_t	i, w, n;

	if (len < 10 || len > 48 || strchr("SDVRIE", s[0]) == NULL)
		return 0;
	for (w = 0; w < len && extract_lex_alpha(s, len, w); w++)
		;
	if (w == 0 || w >= len || !extract_lex_in(s, w, pager_cues))
		return 0;
	i = extract_lex_skip_space(s, len, w);
	if (i < len && s[i] == ':')
		i = extract_lex_skip_space(s, len, i + 1);
	if (meta_digits(s, len, &i) == 0)
		return 0;
	i = extract_lex_skip_space(s, len, i);
	if ((n = extract_lex_dash(s, len, i)) > 0)
		i += n;
	else if (i + 3 < len && memcmp(s + i, "to ", 3) == 0)
		i += 3;
	else
		return 0;
	i = extract_lex_skip_space(s, len, i);
	if (meta_digits(s, len, &i) == 0 || i + 4 > len || memcmp(s + i, " of ", 4) != 0)
		return 0;
	i += 4;
	if (meta_digits(s, len, &i) == 0)
		return 0;
	/* Nothing but a noun after the total: "of 87 results". */
	return extract_lex_words(s + i, len - i) <= 1;
}

/* Returns the furniture kind of the line s. */
static enum furn
meta_furniture(const char *s, size_t len)
{
	size_t	i, pl;

	for (i = 0; i < sizeof(furniture) / sizeof(furniture[0]); i++) {
		/* Whole-line and prefix patterns: the first letter settles most. */
		if ((furniture[i].match == M_EXACT || furniture[i].match == M_PREFIX) &&
		    (len == 0 || (s[0] | 0x20) != (furniture[i].pat[0] | 0x20)))
			continue;
		switch (furniture[i].match) {
		case M_EXACT:
			if (extract_lex_ieq(s, len, furniture[i].pat))
				return furniture[i].type;
			break;
		case M_PREFIX:
			if (extract_lex_istarts(s, len, furniture[i].pat))
				return furniture[i].type;
			break;
		case M_CONTAINS:
			if (extract_lex_ifind(s, len, furniture[i].pat))
				return furniture[i].type;
			break;
		case M_SUFFIX:
			pl = strlen(furniture[i].pat);
			if (pl <= len && strncasecmp(s + len - pl, furniture[i].pat, pl) == 0)
				return furniture[i].type;
			break;
		}
	}
	if (meta_nav(s, len))
		return F_DROP;
	/* "Page 2 of 7" */
	if (extract_lex_istarts(s, len, "Page ") && len < 24 &&
	    extract_lex_ifind(s, len, " of ") && extract_lex_digit(s, len, 5))
		return F_DROP;
	if (meta_pager(s, len))
		return F_DROP;
	return F_NONE;
}

/* Returns 1 if the line is "Published in X" and sets *cat to X's bytes. */
int
extract_meta_published(const char *s, size_t len, struct ex_span *cat)
{
	if (!extract_lex_istarts(s, len, "Published in ") || len > 80)
		return 0;
	cat->start = strlen("Published in ");
	cat->end = len;
	while (cat->end > cat->start && (s[cat->end - 1] == '.' || s[cat->end - 1] == ' '))
		cat->end--;
	return cat->end > cat->start;
}

/* Returns the length of the byline cue at i ("Posted by "), or 0. */
static size_t
meta_byline_cue(const char *s, size_t len)
{
	size_t	i, n;

	for (i = 0; byline_cues[i] != NULL; i++) {
		n = strlen(byline_cues[i]);
		if (!extract_lex_istarts(s, len, byline_cues[i]) || n >= len)
			continue;
		/* "Posted by: Office of X" */
		if (s[n] == ':' && i == 0 && n + 1 < len && s[n + 1] == ' ')
			return n + 1 + extract_lex_space(s, len, n + 1);
		if (extract_lex_space(s, len, n))
			return n + extract_lex_space(s, len, n);
	}
	return 0;
}

/* Returns a new string: a byline's name (cut at " on ", a comma, or a date), or NULL. */
static char *
meta_byline_name(const char *s, size_t len)
{
	size_t	e = 0, w = 0, a;
	char	*r;

	while (e < len && s[e] != ',' && s[e] != '|' && s[e] != '(') {
		if (e + 4 <= len && memcmp(s + e, " on ", 4) == 0)
			break;
		if (s[e] == ' ')
			w++;
		e++;
	}
	if (w > 5)
		return NULL;
	while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ' '))
		e--;
	if (e == 0 || !extract_lex_upper(s, len, 0))
		return NULL;
	/* "By Sgt. Jo Roe": the rank is no part of the name. */
	for (a = 0; a < e && s[a] != ' '; a++)
		;
	if (a < e && w >= 2 && extract_lex_in(s, a, contact_honorifics)) {
		s += a + 1;
		e -= a + 1;
		w--;
	}
	/* "By Council Member Jo Roe": the office is no part of the name either. */
	while (w >= 2 && extract_lex_upper(s, e, 0)) {
		for (a = 0; a < e && s[a] != ' '; a++)
			;
		if (a >= e || !extract_lex_in(s, a, byline_offices))
			break;
		s += a + 1;
		e -= a + 1;
		w--;
	}
	r = extract_lex_norm(s, e);
	return r;
}

/*
 * Sets the author from the name after a byline cue; returns 1 (and sets
 * nothing) when "Posted by" names an office ("Posted by: Office of the Mayor")
 * or any byline names a team ("Written by X Communications"): no one signs.
 */
static int
meta_byline_author(struct ex_doc *d, const char *s, size_t len, int posted)
{
	char	*name = meta_byline_name(s, len), *sp;
	size_t	 nl = name != NULL ? strlen(name) : 0;

	/* "by ACLU Staff": the organization's staff, no one who signs. */
	if (nl > 6 && name[nl - 1] == 'f' && strcmp(name + nl - 6, " Staff") == 0) {
		free(name);
		return 1;
	}
	if (name != NULL && meta_officey(name, nl) && (posted ||
	    (sp = strchr(name, ' ')) == NULL || strncmp(sp, " of ", 4) != 0)) {
		free(name);
		return 1;
	}
	if (d->author == NULL)
		d->author = name;
	else
		free(name);
	return 0;
}

/*
 * Returns 1 if a byline names its writer's office after the name ("By Jo
 * Roe, University Communications"): the institution's own staff write.
 */
static int
meta_byline_office(const char *s, size_t len)
{
	const char	*c = memchr(s, ',', len);
	size_t		 a;

	if (c == NULL)
		return 0;
	a = (size_t)(c - s) + 1;
	return len - a < 60 && extract_lex_words(s + a, len - a) <= 5 &&
	    meta_officey(s + a, len - a);
}

/*
 * Returns 1 if a byline's name is followed by the writer's job title: "Jo
 * Roe, Director of Community Impact".
 */
static int
meta_byline_role(const char *s, size_t len)
{
	const char	*c = memchr(s, ',', len);
	size_t		 a;

	if (c == NULL || c == s || extract_lex_words(s, (size_t)(c - s)) > 4)
		return 0;
	a = extract_lex_skip_space(s, len, (size_t)(c - s) + 1);
	return a < len && meta_role_line(s + a, len - a);
}

/* Returns 1 if the line is a writer's role (or address) under a byline. */
static int
meta_role_line(const char *s, size_t len)
{
	size_t	i = 0, a;

	/* "jroe@example.com" or "@jroe" alone under the byline */
	if (len > 0 && len < 60 && memchr(s, '@', len) != NULL &&
	    memchr(s, ' ', len) == NULL)
		return 1;
	if (len == 0 || len > 60 || !extract_lex_upper(s, len, 0) ||
	    strchr(".!?:", s[len - 1]) != NULL || extract_lex_words(s, len) > 7 ||
	    memchr(s, '@', len) != NULL)
		return 0;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == ','))
			i++;
		a = i;
		while (i < len && s[i] != ' ' && s[i] != ',')
			i++;
		if (i > a && extract_lex_upper(s, len, a) &&
		    extract_lex_in(s + a, i - a, role_words))
			return 1;
	}
	return 0;
}

/* Returns 1 if the line could be an item of a menu printed one to a line. */
static int
meta_menu_item(const char *s, size_t len)
{
	size_t	i;

	if (len == 0 || len > 32 || !extract_lex_upper(s, len, 0) ||
	    strchr(".!?:,;\"", s[len - 1]) != NULL || extract_lex_words(s, len) > 4)
		return 0;
	for (i = 0; i < len; i++)
		if (extract_lex_digit(s, len, i) || s[i] == '@')
			return 0;
	return 1;
}

/* Returns the number of lines from i on that read as menu items. */
static size_t
meta_menu_run(const char *text, const struct ex_line *lines, size_t n, size_t i)
{
	size_t	k;

	for (k = i; k < n && k - i < 32 && meta_menu_item(text + lines[k].start,
	    lines[k].end - lines[k].start); k++)
		;
	return k - i;
}

/* Returns the length of a time of day at i ("12:51", "6:15 p.m.", "08:00 ET"), or 0. */
static size_t
meta_time(const char *s, size_t len, size_t i)
{
	static const char *const zones[] = {
		"a.m.", "p.m.", "am", "pm", "AM", "PM", "ET", "EST", "EDT", "CT",
		"CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT",
		"HST", "GMT", "UTC", "Eastern",
		"Central", "Mountain", "Pacific", "Standard", "Daylight", "Time", NULL
	};
	size_t	a = i, k, w;

	while (i < len && i - a < 2 && extract_lex_digit(s, len, i))
		i++;
	if (i == a || i + 2 >= len || s[i] != ':' || !extract_lex_digit(s, len, i + 1) ||
	    !extract_lex_digit(s, len, i + 2))
		return 0;
	i += 3;
	for (;;) {
		k = i;
		while (k < len && s[k] == ' ')
			k++;
		for (w = 0; k + w < len && s[k + w] != ' ' && s[k + w] != ',' &&
		    s[k + w] != '|'; w++)
			;
		if (w == 0 || !extract_lex_in(s + k, w, zones))
			return i - a;
		i = k + w;
	}
}

/* Last words of a listing item's category label ("Press Releases", "Events"). */
static const char *const category_words[] = {
	"Releases", "Statements", "Stories", "Updates", "Events",
	"Announcements", "Highlights", "Features", "Articles", "Spotlight",
	"Advisories", "Advisory", "Alerts", "Notices", "Testimony",
	"Exhibitions", "Exhibits", NULL
};

/* Returns 1 if the short label is a listing item's category ("Member Stories"). */
static int
meta_category_label(const char *s, size_t len)
{
	size_t	a;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0 || len > 40 || !extract_lex_upper(s, len, 0) ||
	    extract_lex_words(s, len) > 4 || memchr(s, ',', len) != NULL)
		return 0;
	for (a = len; a > 0 && s[a - 1] != ' '; a--)
		;
	if (extract_lex_in(s + a, len - a, category_words))
		return 1;
	/* "District News", "LOCAL NEWS": a section of news, not "News" alone. */
	return a > 0 && (s[a] == 'N' || s[a] == 'n') &&
	    extract_lex_ieq(s + a, len - a, "News");
}

/* Returns 1 if the label after an item's "D |" is its section ("Press Room", "Events"). */
static int
meta_item_section(const char *s, size_t len)
{
	size_t	a;

	if (meta_category_label(s, len))
		return 1;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	/* A page's own "News Room" heading is no category: only after a date. */
	if (len < 6 || len > 24 || s[len - 4] != 'R' || !extract_lex_upper(s, len, 0) ||
	    extract_lex_words(s, len) > 3)
		return 0;
	for (a = len; a > 0 && s[a - 1] != ' '; a--)
		;
	return a > 0 && extract_lex_ieq(s + a, len - a, "Room");
}

/* Returns 1 if the text at s opens with an update label ("Updated Feb. 3"). */
static int
meta_update_label(const char *s, size_t len)
{
	size_t	i, n;

	for (i = 0; update_labels[i] != NULL; i++) {
		n = strlen(update_labels[i]);
		if (extract_lex_istarts(s, len, update_labels[i]) && (n == len ||
		    s[n] == ' ' || s[n] == ':'))
			return 1;
	}
	return 0;
}

/*
 * Returns the length of a "Category: " label before a short capitalized
 * name of at most four words and no sentence end, or 0.
 */
static size_t
meta_category_prefix(const char *s, size_t len)
{
	size_t	n;

	if (len < 11 || (s[0] != 'C' && s[0] != 'c') ||
	    !extract_lex_istarts(s, len, "Category:"))
		return 0;
	n = extract_lex_skip_space(s, len, strlen("Category:"));
	if (n >= len || !extract_lex_upper(s, len, n) ||
	    extract_lex_words(s + n, len - n) > 4 || memchr(s + n, '|', len - n) != NULL ||
	    strchr(".!?,", s[len - 1]) != NULL)
		return 0;
	return n;
}

/* Returns 1 if the line holds a date and nothing but a time, byline or dateline. */
static int
meta_date_at(struct ex_doc *d, const char *s, size_t len, int apply)
{
	char	iso[11];
	size_t	used, i, n, e, t0 = 0;

	/* "6:15 PM EST Feb 2, 2024": a time before the date. */
	if ((n = meta_time(s, len, 0)) > 0) {
		t0 = n;
		while (t0 < len && (s[t0] == ' ' || s[t0] == ',' || s[t0] == '|'))
			t0++;
		if (!extract_date_parse(s + t0, len - t0, iso, &used))
			return 0;
		used += t0;
	} else if (!extract_date_parse(s, len, iso, &used))
		return 0;
	i = used;
	while (i < len && (extract_lex_space(s, len, i) || s[i] == ',' ||
	    s[i] == '.' || s[i] == '|'))
		i += extract_lex_space(s, len, i) ? extract_lex_space(s, len, i) : 1;
	if ((n = extract_lex_dash(s, len, i)) > 0) {
		i += n;
		i = extract_lex_skip_space(s, len, i);
	}
	if (i >= len) {
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		return 1;
	}
	/* A time: 12:51, 3:00 pm, at 6:15 p.m. | Updated Feb. 3, 2024 */
	if (i + 3 < len && memcmp(s + i, "at ", 3) == 0 && meta_time(s, len, i + 3) > 0)
		i += 3;
	if ((n = meta_time(s, len, i)) > 0 || meta_update_label(s + i, len - i)) {
		i += n;
		while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '|'))
			i++;
		if (i >= len || meta_update_label(s + i, len - i)) {
			if (apply && d->published == NULL)
				d->published = xstrdup(iso);
			return 1;
		}
	}
	/* A wire's "D 08:30 ET | Source: X": X publishes. */
	if (extract_lex_istarts(s + i, len - i, "Source:")) {
		i += strlen("Source:");
		while (i < len && s[i] == ' ')
			i++;
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		if (apply && d->publisher == NULL && i < len)
			d->publisher = extract_lex_norm(s + i, len - i);
		return 1;
	}
	/* "D | Filed under: A, B": a post's topics, no place nor category. */
	if (i < len && i > used && (s[i] == 'F' || s[i] == 'f') &&
	    extract_lex_istarts(s + i, len - i, "Filed under")) {
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		if (apply)
			d->is_blog = 1;
		return 1;
	}
	/*
	 * "D | Press Releases": the item's category.  "D | Category: X" names
	 * it with a label: any short capitalized X, a topic of the site.
	 */
	if (i < len && i > used && memchr(s + used, '|', i - used) != NULL &&
	    ((n = meta_category_prefix(s + i, len - i)) > 0 ||
	    meta_item_section(s + i, len - i))) {
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		if (apply && d->category == NULL) {
			d->category = extract_lex_norm(s + i + n, len - i - n);
			d->category_topic = n > 0;
		}
		return 1;
	}
	if ((n = meta_byline_cue(s + i, len - i)) > 0) {
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		if (apply && !meta_byline_author(d, s + i + n, len - i - n,
		    (s[i] | 0x20) == 'p'))
			d->is_blog = 1;
		return 1;
	}
	/* A dateline: "Washington, DC." */
	if (len - i < 40 && memchr(s + i, ',', len - i) != NULL &&
	    extract_lex_upper(s, len, i)) {
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		e = len;
		if (apply && d->dateline == NULL) {
			if (e > i && s[e - 1] == '.' && e >= 2 &&
			    !(e - i >= 3 && s[e - 3] == '.')) {
				/* "DC." loses its period, "Calif." and "D.C." keep it */
				size_t	k = e - 1;

				while (k > i && s[k - 1] != ' ' && s[k - 1] != ',')
					k--;
				if (!(extract_lex_upper(s, len, k) &&
				    extract_lex_lower(s, len, k + 1) && e - 1 - k <= 5))
					e--;
			}
			d->dateline = extract_lex_norm(s + i, e - i);
		}
		return 1;
	}
	return 0;
}

/* Returns the day of the week (0 Sunday .. 6 Saturday) of y-m-d. */
static int
meta_weekday(int y, int m, int d)
{
	static const int t[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/*
 * Returns 1 if the line is a date without its year ("Tuesday, Sept. 3") and
 * a year named in text[from, to) puts that day on that weekday; sets iso.
 * The first such year in the text settles it.
 */
static int
meta_date_noyear(const char *s, size_t len, const char *text, size_t from,
    size_t to, char iso[11])
{
	static const char *const days[7] = {
		"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
	};
	size_t	i, a, wd;
	int	m, day = 0, y;

	if (len < 8 || len > 32 || strchr("MTWFS", s[0]) == NULL)
		return 0;
	for (wd = 0; wd < 7 && strncmp(s, days[wd], 3) != 0; wd++)
		;
	if (wd == 7)
		return 0;
	for (i = 3; i < len && extract_lex_alpha(s, len, i); i++)
		;
	if (i + 1 >= len || s[i] != ',' || s[i + 1] != ' ')
		return 0;
	for (a = i = i + 2; i < len && extract_lex_alpha(s, len, i); i++)
		;
	if ((m = extract_date_month(s + a, i - a)) == 0)
		return 0;
	if (i < len && s[i] == '.')
		i++;
	if (i >= len || s[i++] != ' ')
		return 0;
	for (a = i; i < len && i - a < 2 && extract_lex_digit(s, len, i); i++)
		day = day * 10 + (s[i] - '0');
	if (i == a || (i < len && s[i] != '.') || i + 1 < len)
		return 0;
	for (i = from; i + 4 <= to; i++) {
		if ((text[i] != '1' && text[i] != '2') || (i > from &&
		    (extract_lex_alpha(text, to, i - 1) ||
		    extract_lex_digit(text, to, i - 1))) || !extract_lex_digit(text, to, i + 1) ||
		    !extract_lex_digit(text, to, i + 2) || !extract_lex_digit(text, to, i + 3) ||
		    (i + 4 < to && extract_lex_digit(text, to, i + 4)))
			continue;
		y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 +
		    (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
		if (y >= 1990 && y <= 2100 && meta_weekday(y, m, day) == (int)wd) {
			snprintf(iso, 11, "%04d-%02d-%02d", y, m, day);
			return 1;
		}
	}
	return 0;
}

/* Returns 1 if the line is "Updated: D" (or "Last updated D"), setting iso (if given) to D. */
static int
meta_update_date(const char *s, size_t len, char iso[11])
{
	char	tmp[11];
	size_t	i, used;

	if (!meta_update_label(s, len))
		return 0;
	for (i = 0; i < len && i < 16 && s[i] != ':' && s[i] != ' '; i++)
		;
	while (i < len && (s[i] == ':' || s[i] == ' ' || extract_lex_lower(s, len, i)))
		i++;
	if (!meta_date_at(NULL, s + i, len - i, 0) ||
	    !extract_date_parse(s + i, len - i, iso ? iso : tmp, &used))
		return 0;
	return 1;
}

/*
 * Returns 1 if the line lists the post's categories ("Categories: A, B");
 * the first one named is its category.
 */
static int
meta_categories(struct ex_doc *d, const char *s, size_t len)
{
	struct ex_span	cat;

	if (!extract_meta_category(s, len, &cat))
		return 0;
	if (d != NULL && d->category == NULL) {
		d->category = extract_lex_norm(s + cat.start, cat.end - cat.start);
		d->category_topic = 1;
	}
	return 1;
}

/* Returns 1 if the line is "Category: X" or "Categories: X, Y"; *cat gets X's bytes. */
int
extract_meta_category(const char *s, size_t len, struct ex_span *cat)
{
	size_t	n, e;

	if (len < 10 || s[0] != 'C' || len > 120)
		return 0;
	if ((n = extract_lex_ilead(s, len,
	    (const char *const[]){ "Categories:", "Category:", NULL })) == 0)
		return 0;
	n = extract_lex_skip_space(s, len, n);
	/* "Categories: All | News | Events" is a listing's filter. */
	if (memchr(s, '|', len) != NULL)
		return 0;
	for (e = n; e < len && s[e] != ',' && s[e] != ';'; e++)
		;
	while (e > n && s[e - 1] == ' ')
		e--;
	if (e == n || !extract_lex_upper(s, len, n) || extract_lex_words(s + n, e - n) > 4)
		return 0;
	cat->start = n;
	cat->end = e;
	return 1;
}

/* Labels that may stand before a date on its line. */
static const char *const date_labels[] = {
	"Posted on ", "Published on ", "Posted ", "Published ", "Updated ", "Date:",
	"Dated:", "Released:", NULL
};

/*
 * Returns 1 if the line is a byline ending in its date: "Posted by X on D",
 * "By X, D".  "Posted by" makes a blog post.
 */
static int
meta_byline_on(struct ex_doc *d, const char *s, size_t len, int apply)
{
	char	iso[11];
	size_t	n, i, used;

	if ((n = meta_byline_cue(s, len)) == 0)
		return 0;
	for (i = n; i < len && i < n + 60; i++) {
		if (s[i] == ',' && i + 1 < len && s[i + 1] == ' ')
			i += 1;
		else if (i + 4 <= len && memcmp(s + i, " on ", 4) == 0)
			i += 3;
		else
			continue;
		while (i < len && s[i] == ' ')
			i++;
		if (!extract_date_parse(s + i, len - i, iso, &used) || i + used != len)
			return 0;
		if (apply && d->published == NULL)
			d->published = xstrdup(iso);
		if (apply && !meta_byline_author(d, s + n, len - n, s[0] == 'P') &&
		    s[0] == 'P')
			d->is_blog = 1;
		return 1;
	}
	return 0;
}

/* Returns 1 if the line is "Posted on D in X" or "Posted on D | X": X is the post's category. */
static int
meta_posted_in_on(struct ex_doc *d, const char *s, size_t len, int apply)
{
	char	iso[11];
	size_t	n, used, i, k;
	int	topic = 0;

	if (len == 0 || s[0] != 'P')
		return 0;
	if ((n = extract_lex_ilead(s, len,
	    (const char *const[]){ "Posted on ", "Published on ", NULL })) == 0)
		return 0;
	if (!extract_date_parse(s + n, len - n, iso, &used))
		return 0;
	i = n + used;
	if (i + 4 < len && memcmp(s + i, " in ", 4) == 0)
		i += 4;
	else if (i + 3 < len && memcmp(s + i, " | ", 3) == 0) {
		/* "Posted on D | Community": one word, or a section's label, not a byline. */
		i += 3;
		topic = 1;
		/* "Posted on D | Category: Arrests": the label names it. */
		if (s[i] == 'C' && extract_lex_istarts(s + i, len - i, "Category:"))
			i = extract_lex_skip_space(s, len, i + strlen("Category:"));
		else if (extract_lex_words(s + i, len - i) > 1 &&
		    !meta_category_label(s + i, len - i) &&
		    memchr(s + i, '&', len - i) == NULL &&
		    extract_lex_ifind(s + i, len - i, " and ") == NULL)
			return 0;
		for (k = i; k < len; k++)
			if (extract_lex_digit(s, len, k) || s[k] == '|')
				return 0;
	} else
		return 0;
	if (!extract_lex_upper(s, len, i) || extract_lex_words(s + i, len - i) > 4 ||
	    strchr(".!?", s[len - 1]) != NULL)
		return 0;
	if (apply && d->published == NULL)
		d->published = xstrdup(iso);
	if (apply && d->category == NULL) {
		d->category = extract_lex_norm(s + i, len - i);
		d->category_topic = topic;
	}
	return 1;
}

/*
 * Returns 1 if the line is "Posted D | Label": an item's date and its
 * category, a short capitalized label ("Posted 10/27/23 | Volunteer").
 */
static int
meta_posted_bar(struct ex_doc *d, const char *s, size_t len, int apply)
{
	char	iso[11];
	size_t	i, used, e;

	if (len < 12 || len > 60 || !extract_lex_istarts(s, len, "Posted "))
		return 0;
	i = extract_lex_skip_space(s, len, strlen("Posted "));
	if (!extract_date_parse(s + i, len - i, iso, &used))
		return 0;
	i = extract_lex_skip_space(s, len, i + used);
	if (i >= len || s[i] != '|')
		return 0;
	i = extract_lex_skip_space(s, len, i + 1);
	for (e = len; e > i && s[e - 1] == ' '; e--)
		;
	if (e <= i || !extract_lex_upper(s, len, i) || extract_lex_words(s + i, e - i) > 3 ||
	    memchr(s + i, '|', e - i) != NULL || memchr(s + i, ',', e - i) != NULL ||
	    strchr(".!?:", s[e - 1]) != NULL)
		return 0;
	if (apply && d->published == NULL)
		d->published = xstrdup(iso);
	if (apply && d->category == NULL)
		d->category = extract_lex_norm(s + i, e - i);
	return 1;
}

/* Returns 1 if the line is a date line, with or without a label ("FOR RELEASE: D", "NEWS | D", "X | D"). */
static int
meta_date_line(struct ex_doc *d, const char *s, size_t len, int apply)
{
	const char	*bar;
	size_t		 i, n, w;

	if (meta_date_at(d, s, len, apply))
		return 1;
	/* "Updated: D" is a date line, but not the publication date. */
	if (meta_update_date(s, len, NULL))
		return 1;
	/* "Posted by X | Sep 12, 2023 | Blog, Fares | 3 comments" */
	if ((n = meta_byline_cue(s, len)) > 0 && (bar = memchr(s, '|', len)) != NULL) {
		char	iso[11];
		size_t	used;

		w = (size_t)(bar - s) + 1;
		while (w < len && s[w] == ' ')
			w++;
		if (extract_date_parse(s + w, len - w, iso, &used)) {
			if (apply && d->published == NULL)
				d->published = xstrdup(iso);
			if (apply && !meta_byline_author(d, s + n, len - n,
			    s[0] == 'P'))
				d->is_blog = 1;
			return 1;
		}
	}
	if (meta_byline_on(d, s, len, apply))
		return 1;
	for (i = 0; date_labels[i] != NULL; i++) {
		n = strlen(date_labels[i]);
		if (extract_lex_istarts(s, len, date_labels[i]) &&
		    meta_date_at(d, s + n, len - n, apply))
			return 1;
	}
	if (meta_posted_in_on(d, s, len, apply))
		return 1;
	if (s[0] == 'P' && meta_posted_bar(d, s, len, apply))
		return 1;
	/* A short label ending in ':' or '|' before the date. */
	for (i = 0; i < len && i < 48 && s[i] != ':' && s[i] != '|'; i++)
		;
	if (i == 0 || i >= len || i >= 48)
		return 0;
	w = extract_lex_words(s, i);
	if (w > 5 || !meta_date_at(d, s + i + 1, len - i - 1, apply))
		return 0;
	for (n = i; n > 0 && s[n - 1] == ' '; n--)
		;
	/* "Press Releases | April 3, 2024": the item's category. */
	if (s[i] == '|' && meta_category_label(s, n)) {
		if (apply && d->category == NULL)
			d->category = extract_lex_norm(s, n);
		return 1;
	}
	/* "Jane Roe | April 3, 2024": a byline. */
	if (apply && s[i] == '|' && w >= 2 && w <= 4 && d->author == NULL &&
	    extract_lex_upper(s, len, 0) && extract_lex_lower(s, len, 1))
		d->author = meta_byline_name(s, i);
	return 1;
}

/* Returns 1 if s holds a US phone number; sets its span. */
static int
meta_phone(const char *s, size_t len, struct ex_span *sp)
{
	size_t	i, j, digits;

	/* Most lines hold fewer than ten digits: count them first. */
	for (i = 0, digits = 0; i < len && digits < 10; i++)
		digits += (unsigned char)(s[i] - '0') < 10;
	if (digits < 10)
		return 0;
	for (i = 0; i < len; i++) {
		if (!extract_lex_digit(s, len, i) && s[i] != '(')
			continue;
		if (i > 0 && extract_lex_digit(s, len, i - 1))
			continue;
		digits = 0;
		for (j = i; j < len && j - i < 20; j++) {
			/* "555-0120 (24/7)": a parenthesis after the number is an aside. */
			if (s[j] == '(' && digits >= 10)
				break;
			if (extract_lex_digit(s, len, j))
				digits++;
			else if (s[j] != '-' && s[j] != '.' && s[j] != ' ' &&
			    s[j] != '(' && s[j] != ')')
				break;
		}
		while (j > i && !extract_lex_digit(s, len, j - 1))
			j--;
		if (digits == 10 || digits == 11) {
			sp->start = i;
			sp->end = j;
			return 1;
		}
	}
	return 0;
}

/*
 * Returns a new copy of the first e-mail address in the line, or NULL: the
 * run around the first "@" up to a blank, comma, bar or angle bracket.
 */
static char *
meta_email(const char *s, size_t len)
{
	const char	*at = memchr(s, '@', len);
	size_t		 i, a, b;

	if (at == NULL)
		return NULL;
	i = (size_t)(at - s);
	a = i;
	while (a > 0 && strchr(" ,|<", s[a - 1]) == NULL)
		a--;
	b = i;
	while (b < len && strchr(" ,|>", s[b]) == NULL)
		b++;
	while (b > i && s[b - 1] == '.')
		b--;
	return b > i + 1 && i > a ? xstrndup(s + a, b - a) : NULL;
}

/* Returns 1 if s reads as a person's name: two to five capitalized words, no office words. */
static int
meta_personish(const char *s, size_t len)
{
	size_t	i = 0, a, w = 0;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len)
			break;
		a = i;
		while (i < len && s[i] != ' ')
			i++;
		w++;
		if (!extract_lex_upper(s, len, a) || extract_lex_in(s + a, i - a, office_words) ||
		    extract_org_head(s + a, i - a))
			return 0;
	}
	for (i = 0; i < len; i++)
		if (extract_lex_digit(s, len, i) || s[i] == '@')
			return 0;
	return w >= 2 && w <= 5;
}

/*
 * Returns 1 if what follows a contact cue is a person's name, alone or with
 * a title: "Contact: Jo Roe, Communications Director" over its phone line.
 */
static int
meta_contact_named(const char *s, size_t len)
{
	size_t	i = 0, e;

	while (i < len && (s[i] == ' ' || s[i] == ':'))
		i++;
	if (i >= len || len - i > 80 || !extract_lex_upper(s, len, i))
		return 0;
	for (e = i; e < len && s[e] != ','; e++)
		;
	while (e > i && s[e - 1] == ' ')
		e--;
	return extract_lex_words(s + i, len - i) <= 10 && meta_personish(s + i, e - i);
}

/* Returns 1 if the section's label ends in "Statements": "Floor Statements". */
static int
meta_statement_section(const char *s)
{
	size_t	len = strlen(s);

	return len > 11 && len < 40 && (s[len - 10] == 'S' || s[len - 10] == 's') &&
	    s[len - 11] == ' ' && extract_lex_ieq(s + len - 10, 10, "Statements");
}

/*
 * Returns 1 if a site's heading is an elected official's title and name
 * ("U.S. Senator Jo Roe of Nevada", "Congresswoman Jo Roe").
 */
static int
meta_official_site(const char *s)
{
	static const char *const titles[] = {
		"Senator", "Sen.", "Congressman", "Congresswoman", "Congressmember",
		"Representative", "Rep.", "Assemblymember", "Assemblyman",
		"Assemblywoman", "Councilmember", "Councilman", "Councilwoman",
		"Delegate", NULL
	};
	const char	*sp;
	size_t		 len = strlen(s);

	if (strchr("USCRAD", s[0]) == NULL)
		return 0;
	if (strncmp(s, "U.S. ", 5) == 0)
		s += 5;
	else if (strncmp(s, "State ", 6) == 0)
		s += 6;
	if ((sp = strchr(s, ' ')) == NULL || !extract_lex_in(s, (size_t)(sp - s), titles))
		return 0;
	len = strlen(sp + 1);
	/* A name follows: two capitalized words at least, no office after it. */
	return extract_lex_upper(sp + 1, len, 0) && extract_lex_words(sp + 1, len) >= 2 &&
	    !meta_officey(sp + 1, len);
}

/* Returns 1 if the line is a media-contact line, filling the contact fields when apply is set. */
static int
meta_contact(struct ex_doc *d, const char *s, size_t len, int apply)
{
	struct ex_span	ph;
	size_t		i, n = 0, e, b;
	int		cue = 0;

	/* "Prensa / Press: X": the label in two languages. */
	if ((i = meta_contact_bilingual(s, len)) > 0) {
		s += i;
		len -= i;
	}
	for (i = 0; contact_cues[i] != NULL; i++) {
		if (extract_lex_istarts(s, len, contact_cues[i])) {
			n = strlen(contact_cues[i]);
			cue = 1;
			break;
		}
	}
	if (!meta_phone(s, len, &ph) && !(cue && memchr(s, '@', len)) &&
	    !(cue && meta_contact_named(s + n, len - n)))
		return 0;
	if (!cue && extract_lex_words(s, len) > 12)
		return 0;
	if (!apply)
		return 1;
	while (n < len && (extract_lex_space(s, len, n) || s[n] == ':'))
		n += s[n] == ':' ? 1 : extract_lex_space(s, len, n);
	e = n;
	while (e < len && s[e] != ',' && !extract_lex_digit(s, len, e) && s[e] != '(' &&
	    s[e] != '|' && s[e] != '+' && !(s[e] == ' ' && e + 1 < len && s[e + 1] == '-'))
		e++;
	/* An address is not a name. */
	if (memchr(s + n, '@', e - n) != NULL)
		e = n;
	b = e;
	while (b > n && (s[b - 1] == ' ' || s[b - 1] == '.' || s[b - 1] == ':'))
		b--;
	/* "contact Jo Roe at 555-0100": the name stops before "at". */
	if (b >= n + 3 && memcmp(s + b - 3, " at", 3) == 0)
		for (b -= 3; b > n && s[b - 1] == ' '; b--)
			;
	/* "Call 911 in an emergency": a hotline, no contact. */
	if (!cue && !meta_personish(s + n, b - n))
		return 1;
	if (b > n && extract_lex_upper(s, len, n) && d->contact_name == NULL)
		d->contact_name = extract_lex_norm(s + n, b - n);
	if (meta_phone(s, len, &ph) && d->contact_phone == NULL)
		d->contact_phone = extract_lex_norm(s + ph.start, ph.end - ph.start);
	if (d->contact_email == NULL)
		d->contact_email = meta_email(s, len);
	return 1;
}

/* Returns 1 if the line is a contact cue standing alone ("Media contact:"), its lines following. */
static int
meta_contact_label(const char *s, size_t len)
{
	size_t	i, n;

	for (i = 0; contact_cues[i] != NULL; i++) {
		n = strlen(contact_cues[i]);
		if (extract_lex_istarts(s, len, contact_cues[i]) && (n >= len ||
		    (len == n + 1 && s[n] == ':')))
			return 1;
		/* The cue without its colon: "Media Relations". */
		if (contact_cues[i][n - 1] == ':' && len == n - 1 &&
		    strncasecmp(s, contact_cues[i], len) == 0)
			return 1;
	}
	return extract_lex_ieq(s, len, "Media Contact") || extract_lex_ieq(s, len, "Contact");
}

/* Returns 1 if the line names an office: "Office of X", "Communications Department". */
static int
meta_officey(const char *s, size_t len)
{
	size_t	i = 0, a;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		a = i;
		while (i < len && s[i] != ' ')
			i++;
		if (i > a && (extract_lex_in(s + a, i - a, office_words) ||
		    extract_org_head(s + a, i - a)))
			return 1;
	}
	return 0;
}

/* Returns a new string: the contact named in a sentence ("may be directed to X, title, at phone"), or NULL. */
static char *
meta_contact_inner(const char *s, size_t len)
{
	struct ex_span	 ph;
	const char	*p;
	size_t		 i, a, e;

	if (!meta_phone(s, len, &ph) && memchr(s, '@', len) == NULL)
		return NULL;
	for (i = 0; contact_inner[i] != NULL; i++) {
		if ((p = extract_lex_ifind(s, len, contact_inner[i])) == NULL)
			continue;
		a = (size_t)(p - s) + strlen(contact_inner[i]);
		for (e = a; e < len && s[e] != ',' && s[e] != '('; e++)
			if (e + 4 <= len && memcmp(s + e, " at ", 4) == 0)
				break;
		return e > a && meta_personish(s + a, e - a) ?
		    extract_lex_norm(s + a, e - a) : NULL;
	}
	/* "Its coordinator, Jo Roe, can be reached at": the name before the cue. */
	for (i = 0; contact_reach[i] != NULL; i++) {
		if ((p = extract_lex_ifind(s, len, contact_reach[i])) == NULL)
			continue;
		e = (size_t)(p - s);
		while (e > 0 && (s[e - 1] == ',' || s[e - 1] == ' '))
			e--;
		for (a = e; a > 0 && s[a - 1] != ',' && !(s[a - 1] == ' ' && a >= 2 &&
		    strchr(".!?", s[a - 2]) != NULL); a--)
			;
		while (a < e && s[a] == ' ')
			a++;
		return e > a && meta_personish(s + a, e - a) ?
		    extract_lex_norm(s + a, e - a) : NULL;
	}
	return NULL;
}

/* Returns 1 if the line goes on at e with a state and ZIP code: ", CA 95944". */
static int
meta_postal(const char *s, size_t len, size_t e)
{
	size_t	i = e;

	if (i + 9 > len || s[i] != ',' || s[i + 1] != ' ')
		return 0;
	i += 2;
	while (i < len && (extract_lex_alpha(s, len, i) || s[i] == '.' ||
	    (s[i] == ' ' && i + 1 < len && extract_lex_upper(s, len, i + 1))))
		i++;
	if (i == e + 2 || i + 6 > len || s[i] != ' ')
		return 0;
	for (i++, e = 0; i < len && extract_lex_digit(s, len, i); i++)
		e++;
	return e == 5;
}

/* Reads one line of a contact block: the first gives the name, the others phone and e-mail. */
static void
meta_contact_block(struct ex_doc *d, const char *s, size_t len, int first)
{
	struct ex_span	ph;
	size_t		e = 0;

	if (d->contact_name == NULL && extract_lex_upper(s, len, 0)) {
		while (e < len && s[e] != ',' && s[e] != '|' && !extract_lex_digit(s, len, e))
			e++;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		/* "Jo Roe | Communications | jo@example.org": the name before the address. */
		if (memchr(s, '@', e) != NULL)
			e = 0;
		/* "Cedar Bend, CA 95944": a postal line's town is no name. */
		if (e > 0 && meta_postal(s, len, e))
			e = 0;
		/* The first line names the contact, unless it is an office ("Office of Public Affairs"). */
		if (e > 0 && extract_lex_words(s, e) <= 5 && (meta_personish(s, e) ||
		    (first && !meta_officey(s, e))))
			d->contact_name = extract_lex_norm(s, e);
	}
	if (d->contact_phone == NULL && meta_phone(s, len, &ph))
		d->contact_phone = extract_lex_norm(s + ph.start, ph.end - ph.start);
	if (d->contact_email == NULL)
		d->contact_email = meta_email(s, len);
}

/* Returns 1 if a contact block's line opens with a person's name: "Jo Roe, Manager". */
static int
meta_block_person(const char *s, size_t len)
{
	size_t	e = 0;

	while (e < len && s[e] != ',' && s[e] != '|')
		e++;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e > 0 && meta_personish(s, e);
}

/*
 * Reads the contact block under the label on line i; returns the blank line
 * that ends it.  A blank line may part the label from a block of short
 * lines ("Contacts" / "" / "Media" / "Jo Roe" / "jo@example.com").
 */
static size_t
meta_contact_read(struct ex_doc *d, const char *text, const struct ex_line *lines,
    size_t n, size_t i)
{
	size_t	j = i + 1, a;
	int	org;

	if (j < n && lines[j].end == lines[j].start) {
		a = meta_next_line(lines, n, j);
		if (a >= n || a + 1 >= n || lines[a + 1].end == lines[a + 1].start ||
		    extract_lex_words(text + lines[a].start,
		    lines[a].end - lines[a].start) > 5 ||
		    extract_lex_words(text + lines[a + 1].start,
		    lines[a + 1].end - lines[a + 1].start) > 5)
			return j;
		j = a;
	}
	/* "Port of X" over "Jo Roe, Media Relations Manager": the person is the contact. */
	org = j + 1 < n && lines[j].end > lines[j].start &&
	    lines[j + 1].end > lines[j + 1].start &&
	    !meta_personish(text + lines[j].start, lines[j].end - lines[j].start) &&
	    meta_block_person(text + lines[j + 1].start,
	    lines[j + 1].end - lines[j + 1].start);
	for (a = j; j < n && lines[j].end > lines[j].start; j++)
		meta_contact_block(d, text + lines[j].start,
		    lines[j].end - lines[j].start, j == a && !org);
	return j;
}

/* Drops an honorific before the contact's name: "Rev. Jo Roe" is "Jo Roe". */
static void
meta_contact_honorific(struct ex_doc *d)
{
	char	*c = d->contact_name, *sp;
	size_t	 a = 0;

	if (c == NULL)
		return;
	if (strncmp(c, "The ", 4) == 0 || strncmp(c, "the ", 4) == 0)
		a = 4;
	if ((sp = strchr(c + a, ' ')) == NULL ||
	    !extract_lex_in(c + a, (size_t)(sp - c) - a, contact_honorifics))
		return;
	sp++;
	/* What is left must still be a full name. */
	if (strchr(sp, ' ') == NULL)
		return;
	d->contact_name = xstrdup(sp);
	free(c);
}

/* Returns 1 if the line opens with a contact cue ("Media contact: X, phone"). */
static int
meta_contact_cued(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; contact_cues[i] != NULL; i++)
		if (extract_lex_istarts(s, len, contact_cues[i]))
			return 1;
	if ((i = meta_contact_bilingual(s, len)) > 0)
		return meta_contact_cued(s + i, len - i);
	return 0;
}

/*
 * Returns the length of the first half of a label given in two languages,
 * "Prensa / " in "Prensa / Press: Jo Roe", or 0.
 */
static size_t
meta_contact_bilingual(const char *s, size_t len)
{
	const char	*p;
	size_t		 k;

	if (len < 12 || !extract_lex_upper(s, len, 0) ||
	    (p = memchr(s, '/', len < 24 ? len : 24)) == NULL)
		return 0;
	k = (size_t)(p - s);
	if (k < 2 || s[k - 1] != ' ' || k + 2 >= len || s[k + 1] != ' ' ||
	    extract_lex_words(s, k) > 2 || memchr(s, ':', k) != NULL ||
	    !extract_lex_upper(s, len, k + 2))
		return 0;
	return k + 2;
}

/* Returns 1 if the line reads like running text rather than a heading. */
static int
meta_texty(const char *s, size_t len)
{
	size_t	e = len, w = extract_lex_words(s, len), k;

	while (e > 0 && (extract_lex_close_quote(s, len, e >= 3 ? e - 3 : 0) == 3 ||
	    s[e - 1] == '"' || s[e - 1] == ')')) {
		if (s[e - 1] == '"' || s[e - 1] == ')')
			e--;
		else
			e -= 3;
	}
	if (w > 40)
		return 1;
	/* "CHICAGO —": a dateline whose text goes on under it. */
	if (len >= 3 && (s[len - 1] == '-' || (unsigned char)s[len - 1] >= 0x80))
		for (k = len - 1; k + 3 >= len && k > 1; k--)
			if (s[k - 1] == ' ' && meta_dash(s, len, k) == len - k)
				return 1;
	if (e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?' ||
	    s[e - 1] == ':') && w >= 6)
		return 1;
	return 0;
}

/*
 * Returns 1 if the line is a notice's field, "Affected area: X": a label of
 * two or three words in sentence case, then its value; no heading.
 */
static int
meta_field_line(const char *s, size_t len)
{
	size_t	i, w = 1, low = 0;

	if (len < 8 || !extract_lex_upper(s, len, 0))
		return 0;
	for (i = 1; i < len && i < 32 && s[i] != ':'; i++) {
		if (s[i] != ' ')
			continue;
		if (i + 1 >= len || ++w > 3)
			return 0;
		if (extract_lex_lower(s, len, i + 1))
			low = 1;
		else if (!extract_lex_upper(s, len, i + 1))
			return 0;
	}
	return low && w >= 2 && i + 2 < len && s[i] == ':' && s[i + 1] == ' ';
}

/* Returns 1 if the heading line looks like an organization's name (a site heading). */
static int
meta_org_line(const char *s, size_t len)
{
	size_t	e = len, a;

	if (extract_lex_words(s, len) > 8 || extract_lex_words(s, len) < 2 ||
	    !extract_lex_upper(s, len, 0))
		return 0;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	a = e;
	while (a > 0 && s[a - 1] != ' ')
		a--;
	return extract_org_head(s + a, e - a);
}

/* Taglines that name the publisher of a site ("The blog of the X"). */
static const char *const site_of[] = {
	"The blog of the ", "The blog of ", "A blog of the ", "A project of the ",
	"A project of ", "The newsletter of the ", "The newsletter of ",
	"A publication of the ", "A publication of ", NULL
};

/* Returns 1 if the words read as a name: two to eight, capitalized or joining. */
static int
meta_namey(const char *s, size_t len)
{
	static const char *const joins[] = { "of", "and", "for", "the", "on", "&", NULL };
	size_t	i = 0, a, w = 0;

	while (extract_lex_next_word(s, len, &i, &a)) {
		w++;
		if (!extract_lex_upper(s, len, a) && !extract_lex_in(s + a, i - a, joins))
			return 0;
	}
	return w >= 2 && w <= 8 && extract_lex_upper(s, len, 0);
}

/* Returns the length of a site heading without its tagline ("X - Protecting Y" is X). */
static size_t
meta_site_len(const char *s, size_t len)
{
	size_t	i, n, e;

	/* "City of Harlow, Ohio": the state places the site, it is not in its name. */
	for (i = len; i > 0 && s[i - 1] != ','; i--)
		;
	if (i > 1 && i + 1 < len && s[i] == ' ' &&
	    extract_lex_in(s + i + 1, len - i - 1, extract_us_states)) {
		for (e = i - 1; e > 0 && s[e - 1] == ' '; e--)
			;
		if (meta_org_line(s, e) || meta_namey(s, e))
			return e;
	}

	for (i = 1; i + 1 < len; i++) {
		if (s[i - 1] != ' ')
			continue;
		if ((n = extract_lex_dash(s, len, i)) == 0 && s[i] != '|')
			continue;
		if (n == 0)
			n = 1;
		if (!extract_lex_space(s, len, i + n))
			continue;
		for (e = i - 1; e > 0 && s[e - 1] == ' '; e--)
			;
		if (meta_org_line(s, e) || meta_namey(s, e))
			return e;
		return len;
	}
	return len;
}

/*
 * Returns the department a city's site heading stands over ("City of Harlow"
 * over "Fire Department" is "Harlow Fire Department", a new string), or NULL.
 */
static char *
meta_unit_site(const char *s, size_t len, const char *n, size_t nl)
{
	static const char *const of[] = {
		"City of ", "Town of ", "Village of ", "County of ", NULL
	};
	static const char *const units[] = {
		"Department", "Bureau", "Division", NULL
	};
	size_t	i, pl, a;

	if (len < 9 || nl < 10 || nl > 40 || strchr("CTV", s[0]) == NULL ||
	    (n[nl - 1] != 't' && n[nl - 1] != 'u' && n[nl - 1] != 'n'))
		return NULL;
	for (a = nl; a > 0 && n[a - 1] != ' '; a--)
		;
	if (a == 0 || extract_lex_words(n, nl) > 4 || !extract_lex_upper(n, nl, 0) ||
	    !extract_lex_in(n + a, nl - a, units))
		return NULL;
	for (i = 0; of[i] != NULL; i++) {
		pl = strlen(of[i]);
		if (extract_lex_istarts(s, len, of[i]) && len > pl &&
		    extract_lex_upper(s, len, pl) && extract_lex_words(s + pl,
		    len - pl) <= 3)
			return xasprintf("%.*s %.*s", (int)(len - pl), s + pl,
			    (int)nl, n);
	}
	return NULL;
}

/*
 * Returns the length of a blog's name that opens its tagline ("Field Notes:
 * the blog of X", "River Notes: our blog"), or 0.
 */
static size_t
meta_blog_tagline(const char *s, size_t len)
{
	const char	*c, *r;
	size_t		 k, rl;

	if (len < 12 || len > 90 || !extract_lex_upper(s, len, 0) ||
	    (c = memchr(s, ':', len < 40 ? len : 40)) == NULL)
		return 0;
	k = (size_t)(c - s);
	r = c + 1;
	rl = len - k - 1;
	while (rl > 0 && *r == ' ') {
		r++;
		rl--;
	}
	if (k < 3 || extract_lex_words(s, k) > 4 || extract_lex_words(r, rl) > 8 ||
	    (!extract_lex_istarts(r, rl, "the ") && !extract_lex_istarts(r, rl, "our ") &&
	    !extract_lex_istarts(r, rl, "a ") && !extract_lex_istarts(r, rl, "an ")))
		return 0;
	/* "blog" is a whole word of the rest. */
	for (c = r; (c = extract_lex_ifind(c, rl - (size_t)(c - r), "blog")) != NULL;
	    c += 4)
		if (c[-1] == ' ' && (c + 4 == r + rl || c[4] == ' ' || c[4] == ','))
			return k;
	return 0;
}

/* Returns 1 if the heading is a blog's name: "Foundation Blog", "The Ledger Blog". */
static int
meta_blog_label(const char *s, size_t len)
{
	if (len < 6 || len > 40 || (s[len - 1] != 'g' && s[len - 1] != 'G') ||
	    !extract_lex_upper(s, len, 0) || extract_lex_words(s, len) > 4)
		return 0;
	return s[len - 5] == ' ' && strncasecmp(s + len - 4, "blog", 4) == 0;
}

/*
 * Returns 1 if the menu before the title names, as its blog ("The Ledger
 * (Blog)"), the section whose label stands over the title.
 */
static int
meta_blog_menu(const char *text, const struct ex_line *lines, const size_t *head,
    size_t ti)
{
	const char	*s, *b, *h;
	size_t		 i, k, len, a, e, hl;

	for (i = 0; i < head[ti] && i < 30; i++) {
		s = text + lines[i].start;
		len = lines[i].end - lines[i].start;
		if (len < 10 || (b = extract_lex_ifind(s, len, "(Blog)")) == NULL)
			continue;
		for (e = (size_t)(b - s); e > 0 && s[e - 1] == ' '; e--)
			;
		for (a = e; a > 0 && s[a - 1] != '|'; a--)
			;
		while (a < e && s[a] == ' ')
			a++;
		if (a == e)
			continue;
		for (k = 0; k < ti; k++) {
			h = text + lines[head[k]].start;
			hl = lines[head[k]].end - lines[head[k]].start;
			if (hl == e - a && strncasecmp(h, s + a, hl) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * Returns the last item of a breadcrumb after the blog's name ("Home >
 * Field Notes > Rivers & Salmon" is "Rivers & Salmon"), a new string, or NULL.
 */
static char *
meta_blog_crumb(const char *s, size_t len, const char *name, size_t nl)
{
	const char	*p;
	size_t		 i, a, t, item = 0;

	for (p = s; (p = memchr(p, name[0], len - (size_t)(p - s))) != NULL; p++)
		if ((size_t)(p - s) + nl <= len && memcmp(p, name, nl) == 0)
			break;
	if (p == NULL)
		return NULL;
	/* Tokens after the name: a separator ("›", ">", "/", "|") opens each item. */
	for (i = (size_t)(p - s) + nl; i < len; ) {
		while (i < len && s[i] == ' ')
			i++;
		for (a = i, t = 1; i < len && s[i] != ' '; i++)
			if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
			    (s[i] >= '0' && s[i] <= '9'))
				t = 0;
		if (t && i > a && i - a <= 3 && s[a] != '&')
			item = i;
	}
	if (item == 0)
		return NULL;
	item = extract_lex_skip_space(s, len, item);
	return item < len ? extract_lex_norm(s + item, len - item) : NULL;
}

/*
 * Returns the office a place's heading stands over, as the text names it
 * ("ASHBY COUNTY, NORTH CAROLINA" over "Board of Elections", and "the
 * Ashby County Board of Elections" in the text; a new string), or NULL.
 * The place is the heading s with its state trimmed (pl bytes).
 */
static char *
meta_place_unit(const char *s, size_t pl, const char *n, size_t nl,
    const char *body, size_t blen)
{
	static const char *const units[] = {
		"Board", "Office", "Department", "Division", "Bureau",
		"Commission", NULL
	};
	const char	*f;
	char		*cand, *r = NULL;
	size_t		 w;

	if (nl < 8 || nl > 48 || !extract_lex_upper(n, nl, 0) || pl < 4 ||
	    extract_lex_words(n, nl) > 6 || extract_lex_words(s, pl) > 4)
		return NULL;
	for (w = 0; w < nl && n[w] != ' '; w++)
		;
	if (!extract_lex_in(n, w, units) && !meta_org_line(n, nl))
		return NULL;
	cand = xasprintf("%.*s %.*s", (int)pl, s, (int)nl, n);
	if ((f = extract_lex_ifind(body, blen, cand)) != NULL)
		r = extract_lex_norm(f, strlen(cand));
	free(cand);
	return r;
}

/* Returns the publisher named by the site headings before head[ti] (a new string). */
static char *
meta_site(struct ex_doc *d, const char *text, const struct ex_line *lines,
    size_t nlines, const size_t *head, const size_t *hgroup, size_t ti)
{
	const char	*s, *n;
	char		*u;
	size_t		 len, nl, k, i, pl;

	for (k = 0; k < ti && hgroup[k] == hgroup[0]; k++) {
		s = text + lines[head[k]].start;
		len = lines[head[k]].end - lines[head[k]].start;
		for (i = 0; site_of[i] != NULL; i++) {
			pl = strlen(site_of[i]);
			if (extract_lex_istarts(s, len, site_of[i]) && len > pl)
				return extract_lex_norm(s + pl, len - pl);
		}
	}
	s = text + lines[head[0]].start;
	len = lines[head[0]].end - lines[head[0]].start;
	if (1 < ti && hgroup[1] == hgroup[0] && (u = meta_unit_site(s, len,
	    text + lines[head[1]].start, lines[head[1]].end -
	    lines[head[1]].start)) != NULL) {
		if (d->site_parent == NULL)
			d->site_parent = extract_lex_norm(s, len);
		return u;
	}
	/* "ASHBY COUNTY, N.C." over "Board of Elections": the office, named in full. */
	if (1 < ti && hgroup[1] == hgroup[0] && (pl = meta_site_len(s, len)) < len &&
	    s[pl] == ',' && (u = meta_place_unit(s, pl, text + lines[head[1]].start,
	    lines[head[1]].end - lines[head[1]].start, text + lines[head[1]].end,
	    lines[nlines - 1].end - lines[head[1]].end)) != NULL)
		return u;
	/* "UWLW" over "United Warehouse and Logistics Workers": the spelled-out name. */
	if (1 < ti && hgroup[1] == hgroup[0] && extract_lex_words(s, len) == 1 &&
	    len <= 8 && !extract_lex_lower(s, len, 1)) {
		n = text + lines[head[1]].start;
		nl = lines[head[1]].end - lines[head[1]].start;
		if (extract_lex_words(n, nl) <= 8 && extract_lex_upper(n, nl, 0) &&
		    n[nl - 1] != '.')
			return extract_lex_norm(n, nl);
	}
	return extract_lex_norm(s, meta_site_len(s, len));
}

/* Returns 1 if the site heading is a wire service's, which publishes others' news. */
static int
meta_wire_site(const char *s)
{
	static const char *const wires[] = {
		"Wire", "Newswire", "Presswire", "PRNewswire", "GlobeNewswire",
		"Accesswire", "ACCESSWIRE", "NEWSWIRE", NULL
	};
	const char	*w = strrchr(s, ' ');
	size_t		 len = strlen(s);

	w = w != NULL ? w + 1 : s;
	return len < 30 && extract_lex_words(s, len) <= 3 &&
	    extract_lex_in(w, strlen(w), wires);
}

/* Returns the length of the name opening a wire release's lede ("X, Inc. today"), or 0. */
static size_t
meta_lede_name(const char *s, size_t len)
{
	static const char *const joins[] = { "of", "and", "for", "the", "&", NULL };
	static const char *const suffixes[] = {
		"Inc.", "Inc", "LLC", "L.L.C.", "Corp.", "Corporation", "Ltd.", "Co.",
		"LP", "L.P.", "PLC", "plc", NULL
	};
	size_t	i = 0, a, e, good = 0, w = 0;

	while (i < len) {
		a = i;
		while (i < len && s[i] != ' ' && s[i] != '(')
			i++;
		e = i;
		if (e > a && s[e - 1] == ',')
			e--;
		if (e == a || (!extract_lex_upper(s, len, a) &&
		    !extract_lex_in(s + a, e - a, joins)))
			break;
		if (extract_lex_upper(s, len, a))
			good = e;
		w++;
		if (w > 8 || i >= len || s[i] == '(')
			break;
		/* "Foods, Inc.": the comma goes on only into a corporate suffix. */
		if (e < i) {
			size_t	k = i + 1, m = k;

			while (m < len && s[m] != ' ' && s[m] != ',')
				m++;
			if (!extract_lex_in(s + k, m - k, suffixes))
				break;
		}
		i++;
	}
	return w >= 1 ? good : 0;
}

/* Returns 1 if a trailing paragraph reads like a link or footer line. */
static int
meta_linky(const char *s, size_t len)
{
	size_t	w = extract_lex_words(s, len), e = len;

	if (meta_furniture(s, len) == F_LINK)
		return 1;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	/* The last paragraph of a quotation ("“We ask the board.”") is text. */
	if (extract_lex_open_quote(s, len, 0) > 0 && e >= 2 &&
	    ((s[e - 1] == '"' && strchr(".!?", s[e - 2]) != NULL) ||
	    (e >= 4 && extract_lex_close_quote(s, len, e - 3) == 3 &&
	    strchr(".!?", s[e - 4]) != NULL)))
		return 0;
	if (w <= 4)
		return 1;
	if (w <= 12 && e > 0 && s[e - 1] != '.' && s[e - 1] != '!' && s[e - 1] != '?')
		return 1;
	return 0;
}

/* Returns the length of a dateline opening the paragraph ("LOS ANGELES, Calif. – "), 0 if none; sets *dl to its end. */
static size_t
meta_dateline(const char *s, size_t len, size_t *dl)
{
	size_t	i = 0, words = 0, comma = 0, sp, n, caps = 1;
	int	inword = 0;

	while (i < len && i < 80) {
		if ((sp = extract_lex_space(s, len, i)) > 0) {
			size_t	j = i, nsp = 0;

			while (j < len && (n = extract_lex_space(s, len, j)) > 0) {
				j += n;
				nsp++;
			}
			/* "RALEIGH, N.C. -- Text": a typed double hyphen is a dash. */
			/* "CHICAGO —" alone over the text: a dateline too. */
			if ((n = meta_dash(s, len, j)) > 0 && (j + n == len ||
			    extract_lex_space(s, len, j + n)) && words > 0) {
				*dl = i;
				j += n;
				j = extract_lex_skip_space(s, len, j);
				return (comma || caps) ? j : 0;
			}
			if (nsp >= 2 && comma && s[i - 1] == '.' &&
			    extract_lex_upper(s, len, j)) {
				*dl = i;
				return j;
			}
			inword = 0;
			i = j;
			continue;
		}
		if (!inword) {
			words++;
			if (words > 7)
				return 0;
			if (!extract_lex_upper(s, len, i))
				return 0;
		}
		if (s[i] == ',') {
			if (++comma > 1)
				return 0;
		}
		if (extract_lex_lower(s, len, i) && comma == 0)
			caps = 0;
		inword = 1;
		i += extract_lex_charlen(s, len, i);
	}
	return 0;
}

/*
 * Returns 1 if the paragraph is an editor's note set before the dateline:
 * one short sentence ("This is an update to our earlier post."), or two
 * on a live page saying it will be updated ("This page will be updated
 * as information comes in. Sign up for alerts below.").
 */
static int
meta_note(const char *s, size_t len)
{
	size_t	i, nsent = 1;

	if (len < 10 || len > 200 || s[len - 1] != '.' || !extract_lex_upper(s, len, 0))
		return 0;
	for (i = 0; i + 2 < len; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
		    extract_lex_upper(s, len, i + 2))
			nsent++;
	if (nsent == 1)
		return len <= 120 && extract_lex_words(s, len) <= 16;
	return nsent == 2 && extract_lex_words(s, len) <= 32 &&
	    extract_lex_istarts(s, len, "This page ") &&
	    extract_lex_ifind(s, len, " updated") != NULL;
}

/* Returns the length of a dash at i, "--" counting as one. */
static size_t
meta_dash(const char *s, size_t len, size_t i)
{
	if (i + 1 < len && s[i] == '-' && s[i + 1] == '-')
		return 2;
	return extract_lex_dash(s, len, i);
}

/* Returns 1 if the line holds one of the words of list (case-sensitive, whole words). */
static int
meta_has_word(const char *s, size_t len, const char *const *list)
{
	size_t	i, n, k;

	for (i = 0; list[i] != NULL; i++) {
		n = strlen(list[i]);
		for (k = 0; k + n <= len; k++)
			if (s[k] == list[i][0] && memcmp(s + k, list[i], n) == 0 &&
			    (k == 0 || !extract_lex_alpha(s, len, k - 1)) &&
			    (k + n == len || !extract_lex_alpha(s, len, k + n)))
				return 1;
	}
	return 0;
}

/*
 * Returns the site heading of a listing page (a new string), or NULL: the
 * first line of the file when it names an organization and page furniture
 * or a date follows within a few lines.  Items after the first inherit it.
 */
static char *
meta_file_site(struct ex_doc *d, const char *text, size_t upto)
{
	size_t	 i = 0, e, a, b, nh = 0, first_a = 0, first_b = 0, lines = 0;
	size_t	 sec_a = 0, sec_b = 0;
	char	*u;

	while (i < upto && lines < 12) {
		for (e = i; e < upto && text[e] != '\n'; e++)
			;
		a = i;
		b = e;
		while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
			a++;
		while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' ||
		    text[b - 1] == '\r'))
			b--;
		i = e + 1;
		lines++;
		if (a == b)
			continue;
		if (meta_furniture(text + a, b - a) != F_NONE ||
		    meta_date_line(NULL, text + a, b - a, 0)) {
			if (nh == 0)
				return NULL;
			if (nh >= 2 && (u = meta_unit_site(text + first_a,
			    first_b - first_a, text + sec_a, sec_b - sec_a)) != NULL) {
				if (d->site_parent == NULL)
					d->site_parent = extract_lex_norm(text + first_a,
					    first_b - first_a);
				return u;
			}
			/* "UWLW" over "United Warehouse and Logistics Workers". */
			if (nh >= 2 && first_b - first_a <= 8 &&
			    extract_lex_words(text + first_a, first_b - first_a) == 1 &&
			    !extract_lex_lower(text, first_b, first_a + 1) &&
			    meta_org_line(text + sec_a, sec_b - sec_a))
				return extract_lex_norm(text + sec_a, sec_b - sec_a);
			/* An organization's name, or a short name over its tagline. */
			first_b = first_a + meta_site_len(text + first_a,
			    first_b - first_a);
			if (meta_org_line(text + first_a, first_b - first_a) ||
			    (nh == 2 && extract_lex_words(text + first_a, first_b - first_a) <= 6 &&
			    extract_lex_words(text + first_a, first_b - first_a) >= 2 &&
			    extract_lex_upper(text, first_b, first_a) &&
			    text[first_b - 1] != '.'))
				return extract_lex_norm(text + first_a, first_b - first_a);
			return NULL;
		}
		/* A motto under the name ("Nobody here goes hungry.") is its tagline. */
		if ((meta_texty(text + a, b - a) && !(nh == 1 &&
		    extract_lex_words(text + a, b - a) <= 10)) || ++nh > 3)
			return NULL;
		if (nh == 1) {
			first_a = a;
			first_b = b;
		} else if (nh == 2) {
			sec_a = a;
			sec_b = b;
		}
	}
	return NULL;
}

/*
 * Returns 1 if a heading names itself a statement within its first words:
 * "Senator Roe statement on X", "Local 9 Statement on the Vote".
 */
static int
meta_statement_head(const char *s, size_t len)
{
	static const char *const after[] = {
		"on", "from", "by", "regarding", "following", "after", NULL
	};
	size_t	i = 0, a, w = 0, n;

	while (i < len && w < 6) {
		a = i;
		while (i < len && s[i] != ' ')
			i++;
		w++;
		if (i - a == 9 && (s[a] | 0x20) == 's' &&
		    extract_lex_ieq(s + a, 9, "statement") && w > 1 && i < len) {
			for (n = i + 1; n < len && s[n] != ' '; n++)
				;
			return extract_lex_in(s + i + 1, n - i - 1, after);
		}
		while (i < len && s[i] == ' ')
			i++;
	}
	return 0;
}

/*
 * Returns 1 if the title opens with a statement's label: "Statement: X",
 * "Union statement: X", "Joint Statement: X".
 */
static int
meta_statement_prefix(const char *t, size_t tl)
{
	const char	*c;
	size_t		 k;

	if (tl < 12 || (c = memchr(t, ':', tl < 32 ? tl : 32)) == NULL)
		return 0;
	k = (size_t)(c - t);
	return k >= 9 && extract_lex_words(t, k) <= 3 &&
	    (k == 9 || t[k - 10] == ' ') && strncasecmp(c - 9, "statement", 9) == 0;
}

/* Sets the document's kind when its head or title tells: letter, event notice, news article. */
static void
meta_kind(struct ex_doc *d, int newsy)
{
	const char	*t = d->title, *c, *dear = NULL;
	size_t		 tl, k;

	if (t == NULL)
		return;
	tl = strlen(t);
	/* "Statement of the Rev. X on Y", "Statement by X" */
	if (extract_lex_istarts(t, tl, "Statement of ") ||
	    extract_lex_istarts(t, tl, "Statement by ") ||
	    extract_lex_istarts(t, tl, "Statement from ") ||
	    extract_lex_istarts(t, tl, "Statement on ") ||
	    extract_lex_istarts(t, tl, "Joint Statement") ||
	    meta_statement_head(t, tl) || meta_statement_prefix(t, tl) ||
	    (d->subtitle != NULL &&
	    meta_statement_head(d->subtitle, strlen(d->subtitle))))
		d->is_statement = 1;
	/*
	 * A letter made public is the signers' statement: "Open letter to X",
	 * "Coalition Letter to X" opening "Dear X".
	 */
	/*
	 * "Open Letter: X" names what the page is; "A Message from the
	 * Superintendent" is a letter one person signs.
	 */
	if (extract_lex_istarts(t, tl, "Open Letter:") ||
	    extract_lex_ifind(t, tl, "Message from ") != NULL ||
	    extract_lex_istarts(t, tl, "Letter from ") ||
	    extract_lex_istarts(t, tl, "A Letter from ")) {
		d->kind = "letter";
		return;
	}
	if (extract_lex_istarts(t, tl, "Open letter ") ||
	    ((c = extract_lex_ifind(t, tl, "Letter to ")) != NULL &&
	    extract_lex_words(t, (size_t)(c - t)) <= 2 && (c == t ||
	    (dear = extract_lex_ifind(d->body, d->body_len, "Dear ")) != NULL))) {
		/*
		 * A page that reports the letter ("X said") before printing it
		 * posts the letter; it is not the signers' own statement.
		 */
		if (dear == NULL)
			dear = extract_lex_ifind(d->body, d->body_len, "Dear ");
		/* ... or tells of its delivery: "delivered the following letter". */
		if (dear != NULL && (extract_lex_ifind(d->body,
		    (size_t)(dear - d->body), " said") != NULL ||
		    extract_lex_ifind(d->body, (size_t)(dear - d->body),
		    "the following letter") != NULL)) {
			d->kind = "other";
			return;
		}
		d->is_statement = 1;
		return;
	}
	/* "PUBLIC NOTICE: X", "Legal Notice: X": a notice, not a release. */
	c = memchr(t, ':', tl);
	k = c != NULL ? (size_t)(c - t) : 0;
	if ((k == 13 && extract_lex_istarts(t, tl, "Public Notice")) ||
	    (k == 12 && extract_lex_istarts(t, tl, "Legal Notice"))) {
		d->kind = "other";
		return;
	}
	/* "Webinar: X", "Mobile Pantry Schedule: November": an event notice. */
	c = memchr(t, ':', tl);
	k = c != NULL ? (size_t)(c - t) : 0;
	if (k > 0 && d->dateline == NULL && meta_has_word(t, k, event_words)) {
		d->kind = "other";
		return;
	}
	for (k = 0; invite_starts[k] != NULL; k++)
		if (d->dateline == NULL && extract_lex_istarts(t, tl, invite_starts[k])) {
			d->kind = "other";
			return;
		}
	/* A byline on a newspaper's site: "The Ridgeway Courier", "By X". */
	if (d->publisher != NULL && (c = strrchr(d->publisher, ' ')) != NULL &&
	    extract_lex_in(c + 1, strlen(c + 1), paper_words))
		newsy = 1;
	if (newsy && d->author != NULL && !d->is_statement)
		d->kind = "article";
}

/*
 * Returns the length of the place of a dateline "PLACE, Month D" that ends
 * at e (before its dash), the year left out and the place in capitals; 0 if
 * it is not one.
 */
static size_t
meta_dateline_day(const char *s, size_t e)
{
	size_t	i, m, c;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (i = e; i > 0 && extract_lex_digit(s, e, i - 1); i--)
		;
	if (i == e || e - i > 2 || i < 2 || s[i - 1] != ' ')
		return 0;
	for (m = i - 1; m > 0 && s[m - 1] != ' '; m--)
		;
	if (m < 3 || s[m - 2] != ',' || extract_date_month(s + m,
	    s[i - 2] == '.' ? i - 2 - m : i - 1 - m) == 0)
		return 0;
	c = m - 2;
	if (!extract_lex_upper(s, e, 0) || extract_lex_words(s, c) > 5 ||
	    memchr(s, ',', c) != NULL)
		return 0;
	/* The place in capitals ("CLEVEDON"), not a word of text ("Today"). */
	for (i = 0; i < c; i++)
		if (extract_lex_lower(s, c, i))
			return 0;
	return c;
}

/* Returns the length of a dateline holding a date ("DENVER (May 28, 2024) – ", "Seattle, WA, August 20, 2024 — "), 0 if none; sets *dl to the place's end and the date. */
static size_t
meta_dateline_dated(struct ex_doc *d, const char *s, size_t len, size_t *dl)
{
	char	iso[11];
	size_t	i, n, at, used, e, w, k;

	/* The dash closing the dateline ("--" too), within its first 80 bytes. */
	for (i = 1; i < len && i < 80; i++) {
		if (extract_lex_space(s, len, i - 1) && (n = meta_dash(s, len, i)) > 0 &&
		    extract_lex_space(s, len, i + n))
			break;
	}
	if (i >= len || i >= 80)
		return 0;
	/* "March 5, 2024 — ": a date alone opens the text. */
	if (extract_date_parse(s, i, iso, &used) && extract_lex_digit(s, len, used - 1)) {
		for (k = used; k < i && s[k] == ' '; k++)
			;
		if (k == i) {
			if (d->published == NULL)
				d->published = xstrdup(iso);
			*dl = 0;
			i += meta_dash(s, len, i);
			i = extract_lex_skip_space(s, len, i);
			return i;
		}
	}
	/* "CLEVEDON, March 5 — ": the place and the day, the year left out. */
	if ((e = meta_dateline_day(s, i)) > 0) {
		*dl = e;
		i += meta_dash(s, len, i);
		return extract_lex_skip_space(s, len, i);
	}
	/* "PORTLAND, Ore. – March 5, 2024 – ": the date between two dashes. */
	if (!extract_date_find(s, i, iso, &at, &used) || at == 0) {
		k = i + meta_dash(s, len, i);
		k = extract_lex_skip_space(s, len, k);
		if (!extract_date_parse(s + k, len - k, iso, &used))
			return 0;
		at = i;
		i = k + used;
		i = extract_lex_skip_space(s, len, i);
		if (i >= len || meta_dash(s, len, i) == 0)
			return 0;
	}
	e = at;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '('))
		e--;
	w = extract_lex_words(s, e);
	if (e == 0 || w > 5 || !extract_lex_upper(s, len, 0))
		return 0;
	if (d->published == NULL)
		d->published = xstrdup(iso);
	*dl = e;
	i += meta_dash(s, len, i);
	i = extract_lex_skip_space(s, len, i);
	return i;
}

/* Returns the length of a dateline with a wire credit ("LOS ANGELES (BUSINESS WIRE) -- ", "ST. PAUL, Minn. (AP) — "), 0 if none; sets *dl to the place's end. */
static size_t
meta_dateline_wire(const char *s, size_t len, size_t *dl)
{
	const char	*o, *c;
	size_t		 a, b, i, n, k;

	if ((o = memchr(s, '(', len < 60 ? len : 60)) == NULL ||
	    (c = memchr(o, ')', len - (size_t)(o - s))) == NULL || c - o > 30)
		return 0;
	a = (size_t)(o - s);
	b = (size_t)(c - s);
	/* The credit is a wire's: "AP", "BUSINESS WIRE", "PRNewswire". */
	for (k = a + 1; k < b; k++)
		if (extract_lex_digit(s, len, k) || (extract_lex_lower(s, len, k) &&
		    extract_lex_ifind(o, (size_t)(c - o), "wire") == NULL))
			return 0;
	/* The place: "LOS ANGELES" in capitals, or "St. Paul, Minn." with its comma. */
	if (memchr(s, ',', a) == NULL && (a < 3 || extract_lex_lower(s, len, 1) ||
	    extract_lex_lower(s, len, 2)))
		return 0;
	i = b + 1;
	i = extract_lex_skip_space(s, len, i);
	/* "OMAHA, Neb.--(BUSINESS WIRE)--Halden": the dashes may touch. */
	if ((n = meta_dash(s, len, i)) == 0 || !(extract_lex_space(s, len, i + n) ||
	    (i == b + 1 && extract_lex_upper(s, len, i + n))))
		return 0;
	while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '-'))
		a--;
	if (a == 0 || !extract_lex_upper(s, len, 0) || !extract_lex_upper(s, len, (size_t)(o - s) + 1) ||
	    extract_lex_words(s, a) > 5)
		return 0;
	*dl = a;
	i += n;
	i = extract_lex_skip_space(s, len, i);
	return i;
}

/* Returns the length of a "Posted in " or "Posted in: " cue, or 0. */
static size_t
meta_posted_in_cue(const char *s, size_t len)
{
	if (len < 12 || s[0] != 'P' || !extract_lex_istarts(s, len, "Posted in") ||
	    (s[9] != ' ' && s[9] != ':'))
		return 0;
	return extract_lex_skip_space(s, len, s[9] == ':' ? 10 : 9);
}

/*
 * Reads a post's "Posted in X | Tagged a, b" (under its title or in its
 * footer): X is the category when it is the only one named, or when it
 * opens a list as a section's label ("Posted in: District News, Budget"),
 * not in "A | B".  Returns 1: the line is no text.
 */
static int
meta_posted_in(struct ex_doc *d, const char *s, size_t len)
{
	size_t	a = meta_posted_in_cue(s, len), e, r;

	if (a == 0)
		return 0;
	for (e = a; e < len && s[e] != '|' && s[e] != ','; e++)
		;
	if (e < len && s[e] == ',') {
		if (d->category == NULL && meta_category_label(s + a, e - a))
			d->category = extract_lex_norm(s + a, e - a);
		return 1;
	}
	r = e;
	while (e > a && s[e - 1] == ' ')
		e--;
	if (r < len) {
		r++;
		while (r < len && s[r] == ' ')
			r++;
		if (!extract_lex_istarts(s + r, len - r, "Tagged ") &&
		    !extract_lex_istarts(s + r, len - r, "Tags") &&
		    !extract_lex_digit(s, len, r))
			return 1;
	}
	if (e > a && d->category == NULL)
		d->category = extract_lex_norm(s + a, e - a);
	return 1;
}

/* Returns 1 if the paragraph is "Founded in YEAR, X ..." boilerplate. */
static int
meta_boiler(const char *s, size_t len)
{
	return extract_lex_istarts(s, len, "Founded in ") && len > 16 &&
	    extract_lex_digit(s, len, 11);
}

/* Adds a paragraph to the body, or to the description if it is boilerplate. */
static void
meta_para(struct ex_doc *d, struct buf *body, const char *s, size_t len)
{
	char	*p = extract_lex_norm(s, len);

	if (*p == '\0') {
		free(p);
		return;
	}
	if (body->len > 0)
		buf_add(body, "\n\n", 2);
	buf_puts(body, p);
	free(p);
}

/* Returns 1 if the line is a kicker: up to five words in capitals after a label. */
static int
meta_kicker(const char *s, size_t len)
{
	static const char *const labels[] = {
		"STATEMENT", "UPDATE", "ADVISORY", "ALERT", "FROM", "BREAKING",
		"MEDIA", "PRESS", "NEWS", "SPECIAL", "EXCLUSIVE", "OPINION",
		"ANALYSIS", "FEATURE", "PROFILE", "SPOTLIGHT", "INSIDE", NULL
	};
	size_t	i, w = extract_lex_words(s, len);

	for (i = 0; i < len && s[i] != ' '; i++)
		;
	if (w == 0 || w > 5 || !extract_lex_in(s, i, labels))
		return 0;
	for (i = 0; i < len; i++)
		if (extract_lex_lower(s, len, i))
			return 0;
	return 1;
}

/* Returns 1 if the line is in title case: most longer words capitalized. */
static int
meta_title_case(const char *s, size_t len)
{
	size_t	i = 0, a, longw = 0, caps = 0, lower = 0;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		a = i;
		while (i < len && s[i] != ' ')
			i++;
		if (i - a >= 4) {
			longw++;
			caps += extract_lex_upper(s, len, a) != 0;
			lower += extract_lex_lower(s, len, a + 1) != 0;
		}
	}
	return longw > 0 && lower > 0 && caps * 4 >= longw * 3;
}

/* Returns the number of words of line j. */
static size_t
meta_head_words(const char *text, const struct ex_line *lines, size_t j)
{
	return extract_lex_words(text + lines[j].start, lines[j].end - lines[j].start);
}

/* Returns 1 if the bytes w (wl long) occur in text[from, to). */
static int
meta_recurs(const char *text, size_t from, size_t to, const char *w, size_t wl)
{
	size_t	p;

	if (wl == 0)
		return 0;
	for (p = from; p + wl <= to; p++)
		if (text[p] == w[0] && memcmp(text + p, w, wl) == 0)
			return 1;
	return 0;
}

/*
 * Returns 1 if the heading s names a blog or news section after the site
 * (site, sl): "The Beat: News from the Millbrook Police Department".
 */
static int
meta_blog_name(const char *s, size_t len, const char *site, size_t sl)
{
	size_t	a;

	if (sl < 4 || len <= sl + 5 || s[len - 1] != site[sl - 1] ||
	    memcmp(s + len - sl, site, sl) != 0 || extract_lex_istarts(s, len, "Statement"))
		return 0;
	a = len - sl;
	if (a >= 4 && memcmp(s + a - 4, "the ", 4) == 0)
		a -= 4;
	return (a >= 5 && memcmp(s + a - 5, "from ", 5) == 0) ||
	    (a >= 3 && memcmp(s + a - 3, "of ", 3) == 0);
}

/*
 * Returns the title's heading, moved from head[ti] past what only stands over
 * the title in its group: a site's name over short section and kicker lines,
 * the organization's name alone (named again below), a blog's name after
 * the site's ("News from X"), a labelled kicker in capitals
 * ("STATEMENT FROM THE PRESIDENT", which makes a statement).
 */
static size_t
meta_title_skip(struct ex_doc *d, const char *text, const struct ex_line *lines,
    size_t n, const size_t *head, const size_t *hgroup, size_t nhead, size_t ti)
{
	const char	*s;
	size_t		 g = hgroup[ti], k, len;

	if (ti == 0 && nhead > 2 && hgroup[1] == g &&
	    meta_head_words(text, lines, head[1]) < 4) {
		for (k = 2; k < nhead && hgroup[k] == g &&
		    meta_head_words(text, lines, head[k]) < 4; k++)
			;
		if (k < nhead && hgroup[k] == g)
			ti = k;
	}
	if (ti + 1 >= nhead || hgroup[ti + 1] != g ||
	    meta_head_words(text, lines, head[ti + 1]) < 4)
		return ti;
	s = text + lines[head[ti]].start;
	len = lines[head[ti]].end - lines[head[ti]].start;
	if (ti > 0 && meta_org_line(text + lines[head[0]].start,
	    lines[head[0]].end - lines[head[0]].start) && meta_blog_name(s, len,
	    text + lines[head[0]].start, lines[head[0]].end - lines[head[0]].start))
		return ti + 1;
	if (meta_org_line(s, len) &&
	    meta_recurs(text, lines[head[ti]].end, lines[n - 1].end, s, len))
		return ti + 1;
	/* A blog's masthead ("Field Notes: Our Blog") over the post's headline. */
	if (meta_blog_tagline(s, len) > 0)
		return ti + 1;
	if (meta_kicker(s, len) && meta_title_case(text + lines[head[ti + 1]].start,
	    lines[head[ti + 1]].end - lines[head[ti + 1]].start)) {
		if (extract_lex_istarts(s, len, "Statement"))
			d->is_statement = 1;
		return ti + 1;
	}
	return ti;
}

/*
 * Returns 1 if heading k stands under the name of the byline's writer in its
 * group ("Council Member Jo Roe" over "District 4 - A, B & C"): the writer's
 * masthead and its tagline, not a title.
 */
static int
meta_masthead(const struct ex_doc *d, const char *text, const struct ex_line *lines,
    const size_t *head, const size_t *hgroup, size_t k)
{
	const char	*s;
	size_t		 len, al;

	if (k == 0 || d->author == NULL || hgroup[k - 1] != hgroup[k])
		return 0;
	s = text + lines[head[k - 1]].start;
	len = lines[head[k - 1]].end - lines[head[k - 1]].start;
	al = strlen(d->author);
	return len >= al && len < al + 40 && meta_recurs(s, 0, len, d->author, al);
}

/*
 * Returns 1 if line i, under the site's name (under is set) and over the
 * page's menu (line j), is the site's tagline, however it is punctuated:
 * "Every Student. Every Day." over "About | Programs | Donate".
 */
static int
meta_tagline(const char *text, const struct ex_line *lines, size_t n, size_t i,
    size_t j, int under)
{
	if (!under || j >= n || extract_lex_words(text + lines[i].start,
	    lines[i].end - lines[i].start) > 12)
		return 0;
	return meta_furniture(text + lines[j].start,
	    lines[j].end - lines[j].start) == F_DROP ||
	    meta_menu_run(text, lines, n, j) >= 4;
}

/*
 * Returns the last item of the breadcrumb s (a new string) when the title
 * opens with its name as a label in capitals ("Newsroom > Service Changes"
 * over "SERVICE CHANGE: X"), or NULL.
 */
static char *
meta_crumb_label(const char *s, size_t len, const char *title)
{
	const char	*c = strchr(title, ':');
	size_t		 a, k, tl;

	if (c == NULL || (tl = (size_t)(c - title)) < 4 || tl > 40 ||
	    len <= tl + 1 || strchr("sS", s[len - 1]) == NULL)
		return NULL;
	for (k = 0; k < tl; k++)
		if (extract_lex_lower(title, tl, k))
			return NULL;
	a = len - tl - 1;
	if (s[a - 1] != ' ' || strncasecmp(s + a, title, tl) != 0)
		return NULL;
	/* The item stands after a separator: "> ", "» ", "/ ", "| ". */
	for (k = a - 1; k > 0 && s[k - 1] == ' '; k--)
		;
	if (k == 0 || strchr(">/|\xbb\xba", s[k - 1]) == NULL)
		return NULL;
	return extract_lex_norm(s + a, len - a);
}

/*
 * Returns the signer of a letter from one person (a new string), or NULL:
 * the name under its closing ("With gratitude," / "Dr. Jo Roe"), when the
 * title ends in that name's last word ("A Message from Superintendent Roe").
 */
static char *
meta_signer(const char *title, const char *text, const struct ex_line *lines,
    size_t n)
{
	const char	*s, *t;
	size_t		 i, j, len, a, tl = strlen(title), w;

	for (w = tl; w > 0 && title[w - 1] != ' '; w--)
		;
	for (i = n; i > 0 && n - i < 60; i--) {
		s = text + lines[i - 1].start;
		len = lines[i - 1].end - lines[i - 1].start;
		if (len < 4 || s[len - 1] != ',' || extract_lex_words(s, len) > 3 ||
		    !extract_lex_upper(s, len, 0))
			continue;
		if ((j = meta_next_line(lines, n, i)) >= n)
			return NULL;
		t = text + lines[j].start;
		len = lines[j].end - lines[j].start;
		while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == ','))
			len--;
		if (!meta_personish(t, len) || len <= tl - w ||
		    memcmp(t + len - (tl - w), title + w, tl - w) != 0 ||
		    t[len - (tl - w) - 1] != ' ')
			return NULL;
		for (a = 0; a < len && t[a] != ' '; a++)
			;
		if (extract_lex_in(t, a, contact_honorifics))
			return extract_lex_norm(t + a + 1, len - a - 1);
		return extract_lex_norm(t, len);
	}
	return NULL;
}

/* Builds a document from the segment's lines: metadata, then body. */
void
extract_meta_parse(struct ex_doc *d, const char *text, const struct ex_line *lines,
    size_t n, int first)
{
	struct buf	 body;
	const char	*s;
	size_t		 i, j, len, head[16], hgroup[16], nhead = 0, nbefore = 0, bstart = n;
	size_t		 group = 0, ti = 0;
	int		 lastdate = 0, soledate[16] = { 0 };
	size_t		 paras[512][2], npara = 0, k, dl, skip, last;
	int		 seen_date = 0, ended = 0, newsy = 0, byline = 0;
	int		 after_byline = 0, role_ok, wire = 0, staff = 0, notice = 0;
	size_t		 menu_end = 0, menu_keep = (size_t)-1, r, crumb = (size_t)-1;
	char		 upd[11] = "", upd2[11];
	char		*site = NULL;

	buf_init(&body);
	/* The head: furniture, headings, date, byline, contact; markers split the headings into groups. */
	for (i = 0; i < n; i++) {
		s = text + lines[i].start;
		len = lines[i].end - lines[i].start;
		if (len == 0)
			continue;
		role_ok = after_byline;
		after_byline = 0;
		/* An update's date stands in only if no publication date is given. */
		if (meta_update_date(s, len, upd)) {
			seen_date = 1;
			group++;
			lastdate = 1;
			continue;
		}
		if (meta_date_line(d, s, len, 1)) {
			if (s[0] == 'B' && meta_byline_cue(s, len) > 0)
				byline = after_byline = 1;	/* "By X, D" */
			seen_date = 1;
			group++;
			lastdate = 1;
			continue;
		}
		/* "Tuesday, Sept. 3": the year is the one the page names that fits. */
		if (d->published == NULL && nhead > 0 && meta_date_noyear(s, len, text,
		    lines[0].start, lines[n - 1].end, upd2)) {
			d->published = xstrdup(upd2);
			seen_date = 1;
			group++;
			lastdate = 1;
			continue;
		}
		if (meta_has_word(s, len, news_cues))
			newsy = 1;
		if (meta_contact_label(s, len)) {
			i = meta_contact_read(d, text, lines, n, i);
			group++;
			lastdate = 0;
			continue;
		}
		/* A wire service's "News provided by" names the publisher on the next line. */
		if (extract_lex_ieq(s, len, "News provided by") ||
		    extract_lex_ieq(s, len, "Provided by") ||
		    extract_lex_ieq(s, len, "Source:")) {
			for (j = i + 1; j < n && lines[j].end == lines[j].start; j++)
				;
			if (j < n && d->publisher == NULL)
				d->publisher = extract_lex_norm(text + lines[j].start,
				    lines[j].end - lines[j].start);
			i = j;
			group++;
			lastdate = 0;
			continue;
		}
		if (meta_contact(d, s, len, 1)) {
			group++;
			lastdate = 0;
			continue;
		}
		/* An address alone on its line ("jo@example.org") is contact, no heading. */
		if (len < 80 && memchr(s, ' ', len) == NULL && memchr(s, '@', len) != NULL) {
			if (d->contact_email == NULL)
				d->contact_email = meta_email(s, len);
			group++;
			lastdate = 0;
			continue;
		}
		if (meta_categories(d, s, len) || (len < 60 && meta_posted_in(d, s, len))) {
			group++;
			lastdate = 0;
			continue;
		}
		/* "Newsroom » Statements": the page is filed as a statement. */
		if (meta_crumb_statement(s, len, &k)) {
			d->is_statement = 1;
			if (d->category == NULL)
				d->category = extract_lex_norm(s + k, len - k);
			group++;
			lastdate = 0;
			continue;
		}
		if (meta_furniture(s, len) != F_NONE || (memchr(s, '|', len) == NULL &&
		    meta_statement_label(s, len))) {
			if (meta_statement_label(s, len))
				d->is_statement = 1;
			/* "BLOG" alone between blank lines, no menu item: the page is a post. */
			if (len == 4 && (s[0] | 0x20) == 'b' && strncasecmp(s, "blog", 4) == 0 &&
			    i > 0 && lines[i - 1].end == lines[i - 1].start &&
			    i + 1 < n && lines[i + 1].end == lines[i + 1].start)
				d->is_blog = 1;
			crumb = i;
			group++;
			lastdate = 0;
			continue;
		}
		if ((k = meta_byline_cue(s, len)) > 0 && (extract_lex_words(s, len) <= 6 ||
		    (extract_lex_words(s, len) <= 12 &&
		    (meta_officey(s + k, len - k) || meta_byline_role(s + k, len - k))))) {
			/* "By X" and "Story by X" sign a story; "Posted by X" a post. */
			byline = s[0] == 'B' || s[0] == 'S';
			/* "Story by X" credits a story, whoever writes it. */
			staff = s[0] == 'B' && meta_byline_office(s + k, len - k);
			meta_byline_author(d, s + k, len - k, s[0] == 'P');
			after_byline = 1;
			group++;
			lastdate = 0;
			continue;
		}
		/* "By X" over "Staff Writer": the writer's role is no heading. */
		if (role_ok && (meta_role_line(s, len) || meta_org_line(s, len))) {
			after_byline = 1;
			group++;
			lastdate = 0;
			continue;
		}
		/* A menu printed one item to a line; the site's name over it stays. */
		if (i >= menu_end && meta_menu_item(s, len) &&
		    (r = meta_menu_run(text, lines, n, i)) >= 4) {
			menu_end = i + r;
			if (nhead == 0 && r >= 5)
				menu_keep = i;
		}
		if (i < menu_end && i != menu_keep) {
			group++;
			lastdate = 0;
			continue;
		}
		/* "SERVICE NOTICE", "Notice No. 41": a notice to customers. */
		if (len >= 10 && (s[0] | 0x20) == 'n' && extract_lex_istarts(s, len, "Notice No. "))
			notice = 1;
		else if (extract_lex_ieq(s, len, "Service Notice"))
			notice = 1;
		/* "Affected area: X" under a notice's date is a field, no heading. */
		if (seen_date && nhead > 0 && meta_field_line(s, len)) {
			group++;
			lastdate = 0;
			continue;
		}
		/* A salutation ("Neighbors,", "Dear Jo Roe,") opens the text. */
		if (nhead > 0 && s[len - 1] == ',' && extract_lex_words(s, len) <= 5) {
			bstart = i;
			break;
		}
		/* A heading, unless it reads like text and no date follows it. */
		if (meta_texty(s, len) || nhead >= 16) {
			for (j = i + 1; j < n; j++)
				if (lines[j].end > lines[j].start)
					break;
			if ((seen_date || j >= n || nhead >= 16 ||
			    !meta_date_line(d, text + lines[j].start,
			    lines[j].end - lines[j].start, 0)) &&
			    !meta_tagline(text, lines, n, i, j, nhead == 1 &&
			    hgroup[0] == group && !seen_date)) {
				bstart = i;
				break;
			}
		}
		/* A heading right after a lone date line may be the dek of the heading before it. */
		soledate[nhead] = nhead > 0 && group == hgroup[nhead - 1] + 1 && lastdate;
		hgroup[nhead] = group;
		head[nhead++] = i;
	}
	/* The title: in the last group of headings, the first line of four words or more. */
	if (nhead > 0) {
		size_t	g = hgroup[nhead - 1], gf = nhead - 1;

		while (gf > 0 && hgroup[gf - 1] == g)
			gf--;
		/* In a page without markers a site heading may open the group. */
		if (gf == 0 && nhead > 1 && meta_org_line(text + lines[head[0]].start,
		    lines[head[0]].end - lines[head[0]].start) &&
		    extract_lex_words(text + lines[head[1]].start,
		    lines[head[1]].end - lines[head[1]].start) >= 4) {
			gf = 1;
			/* A tagline follows the site heading when more headings follow it. */
			if (nhead > 2 && hgroup[2] == g && !(bstart >= n && nhead == 3))
				gf = 2;
		}
		ti = gf;
		while (ti < nhead && hgroup[ti] == g && extract_lex_words(text +
		    lines[head[ti]].start, lines[head[ti]].end - lines[head[ti]].start) < 4)
			ti++;
		if (ti >= nhead || hgroup[ti] != g)
			ti = gf;
		ti = meta_title_skip(d, text, lines, n, head, hgroup, nhead, ti);
		/*
		 * "Title / date / dek": the title stands before the date, unless
		 * only the line after it is set as a headline ("River Notes: our
		 * blog / date / A Headline in Title Case").
		 */
		if (ti == gf && gf > 0 && soledate[gf] &&
		    !meta_masthead(d, text, lines, head, hgroup, gf - 1) &&
		    extract_lex_words(text +
		    lines[head[gf - 1]].start, lines[head[gf - 1]].end -
		    lines[head[gf - 1]].start) >= 4 &&
		    !(meta_title_case(text + lines[head[gf]].start,
		    lines[head[gf]].end - lines[head[gf]].start) &&
		    strchr(":.,;", text[lines[head[gf]].end - 1]) == NULL &&
		    !meta_title_case(text + lines[head[gf - 1]].start,
		    lines[head[gf - 1]].end - lines[head[gf - 1]].start))) {
			ti = gf - 1;
			g = hgroup[ti];
			if (bstart < n)
				hgroup[gf] = g;
		}
		/*
		 * "Title" over "Site / tagline / menu": the page's title printed
		 * above its site's heading; the lone heading left under the
		 * furniture is its dek.
		 */
		if (first && head[0] == 0 && ti > 1 && hgroup[1] == hgroup[0] &&
		    g > hgroup[0] && (ti + 1 >= nhead || hgroup[ti + 1] != g) &&
		    meta_head_words(text, lines, 0) >= 4 &&
		    !meta_texty(text + lines[0].start, lines[0].end - lines[0].start) &&
		    !meta_org_line(text + lines[0].start, lines[0].end - lines[0].start) &&
		    !meta_namey(text + lines[0].start, lines[0].end - lines[0].start) &&
		    meta_head_words(text, lines, 0) > meta_head_words(text, lines, head[1]) &&
		    (meta_org_line(text + lines[head[1]].start,
		    lines[head[1]].end - lines[head[1]].start) ||
		    meta_namey(text + lines[head[1]].start,
		    lines[head[1]].end - lines[head[1]].start))) {
			d->title = extract_lex_norm(text + lines[0].start,
			    lines[0].end - lines[0].start);
			j = head[ti];
			d->subtitle = extract_lex_norm(text + lines[j].start,
			    lines[j].end - lines[j].start);
			s = text + lines[head[1]].start;
			len = lines[head[1]].end - lines[head[1]].start;
			site = extract_lex_norm(s, meta_site_len(s, len));
			ti = nhead;
		}
	}
	if (nhead > 0 && ti < nhead) {
		size_t	g = hgroup[ti];

		j = head[ti];
		d->title = extract_lex_norm(text + lines[j].start, lines[j].end - lines[j].start);
		/*
		 * A section's label alone right over the title ("District News")
		 * is its category; two labels stacked are a breadcrumb.
		 */
		if (ti > 0 && hgroup[ti - 1] == g && d->category == NULL &&
		    (ti == 1 || hgroup[ti - 2] != g) &&
		    meta_category_label(text + lines[head[ti - 1]].start,
		    lines[head[ti - 1]].end - lines[head[ti - 1]].start))
			d->category = extract_lex_norm(text + lines[head[ti - 1]].start,
			    lines[head[ti - 1]].end - lines[head[ti - 1]].start);
		/* "Floor Statements / 09.23.2021 / Title": the label over the date files it too. */
		else if (ti > 0 && d->category == NULL && hgroup[ti - 1] + 1 == g &&
		    (ti == 1 || hgroup[ti - 2] != hgroup[ti - 1]) &&
		    (j = meta_next_line(lines, n, head[ti - 1] + 1)) < head[ti] &&
		    meta_next_line(lines, n, j + 1) == head[ti] &&
		    meta_date_line(d, text + lines[j].start, lines[j].end - lines[j].start, 0) &&
		    meta_category_label(text + lines[head[ti - 1]].start,
		    lines[head[ti - 1]].end - lines[head[ti - 1]].start))
			d->category = extract_lex_norm(text + lines[head[ti - 1]].start,
			    lines[head[ti - 1]].end - lines[head[ti - 1]].start);
		/* A section of statements ("Floor Statements") files statements. */
		if (d->category != NULL && meta_statement_section(d->category))
			d->is_statement = 1;
		if (ti + 1 < nhead && bstart < n && hgroup[ti + 1] == g) {
			j = head[ti + 1];
			d->subtitle = extract_lex_norm(text + lines[j].start,
			    lines[j].end - lines[j].start);
		} else if (ti + 1 < nhead && bstart >= n)
			bstart = head[ti + 1];
		/* The site heading: the first heading before the title's group. */
		if (ti > 0 && hgroup[0] < g)
			site = meta_site(d, text, lines, n, head, hgroup, ti);
		else if (ti > 0)
			site = extract_lex_norm(text + lines[head[0]].start,
			    lines[head[0]].end - lines[head[0]].start);
	}
	(void)nbefore;
	/* "News > Service Changes" over "SERVICE CHANGE: X": the section is the category. */
	if (crumb != (size_t)-1 && d->category == NULL && d->title != NULL &&
	    (d->category = meta_crumb_label(text + lines[crumb].start,
	    lines[crumb].end - lines[crumb].start, d->title)) != NULL)
		d->category_topic = 1;	/* a kind of notice, not of document */
	/* A blog's tagline over the title: its crumb's section, or its name, files the post. */
	for (k = 0; nhead > 0 && ti < nhead && k < ti; k++) {
		s = text + lines[head[k]].start;
		len = lines[head[k]].end - lines[head[k]].start;
		if ((r = meta_blog_tagline(s, len)) == 0)
			continue;
		d->is_blog = 1;
		for (j = 0; j < head[ti] && j < 30 && d->category == NULL; j++)
			if (j != head[k])
				d->category = meta_blog_crumb(text + lines[j].start,
				    lines[j].end - lines[j].start, s, r);
		if (d->category == NULL)
			d->category = extract_lex_norm(s, r);
		d->category_topic = 1;
		break;
	}
	if (nhead > 0 && ti < nhead && !d->is_blog && meta_blog_menu(text, lines,
	    head, ti))
		d->is_blog = 1;
	/* "Foundation Blog" right over the title: the section is a blog. */
	if (nhead > 0 && ti > 0 && ti < nhead && !d->is_blog &&
	    meta_blog_label(text + lines[head[ti - 1]].start,
	    lines[head[ti - 1]].end - lines[head[ti - 1]].start))
		d->is_blog = 1;
	if (site != NULL && meta_wire_site(site))
		wire = 1;
	else if (site != NULL && meta_official_site(site))
		;	/* "Senator Jo Roe": an official's own page; no organization publishes */
	/* The section's label that files the item ("Announcements") publishes nothing. */
	else if (site != NULL && d->category != NULL && strcmp(site, d->category) == 0)
		;
	/* A listing's section ("News & Announcements") over an item: the file's site publishes. */
	else if (site != NULL && !first && meta_category_label(site, strlen(site)))
		;
	else if (site != NULL && d->publisher == NULL) {
		d->publisher = site;
		site = NULL;
	}
	/* The body: paragraphs (hard-wrapped lines joined), furniture dropped. */
	for (i = bstart; i < n && npara < 512; i++) {
		s = text + lines[i].start;
		len = lines[i].end - lines[i].start;
		if (len == 0)
			continue;
		/* The media contact, wherever it stands, is not body. */
		if (meta_contact_label(s, len)) {
			i = meta_contact_read(d, text, lines, n, i);
			continue;
		}
		if (meta_contact_cued(s, len)) {
			meta_contact(d, s, len, 1);
			continue;
		}
		/* "Jo Roe can be reached at ...": unless Jo Roe wrote the story. */
		if (d->contact_name == NULL &&
		    (d->contact_name = meta_contact_inner(s, len)) != NULL &&
		    d->author != NULL && strcmp(d->contact_name, d->author) == 0) {
			free(d->contact_name);
			d->contact_name = NULL;
		}
		if (meta_posted_in(d, s, len))
			continue;
		/* Under the text, beside the tags, the categories are tags too. */
		if (meta_categories(npara > 0 ? NULL : d, s, len))
			continue;
		switch (meta_furniture(s, len)) {
		case F_DROP:
			continue;
		case F_END:
			ended = 1;
			continue;
		default:
			break;
		}
		if (ended) {
			if (d->nlinks < EX_MAX_LINKS)
				d->links[d->nlinks++] = extract_lex_norm(s, len);
			continue;
		}
		if (npara > 0 && i > 0 && lines[i - 1].end > lines[i - 1].start &&
		    extract_lex_lower(s, len, 0) && paras[npara - 1][1] == lines[i - 1].end) {
			paras[npara - 1][1] = lines[i].end;
			continue;
		}
		paras[npara][0] = lines[i].start;
		paras[npara][1] = lines[i].end;
		npara++;
	}
	/* Trailing link and footer lines. */
	last = npara;
	while (last > 1) {
		s = text + paras[last - 1][0];
		len = paras[last - 1][1] - paras[last - 1][0];
		if (!meta_linky(s, len))
			break;
		last--;
	}
	for (k = last; k < npara && d->nlinks < EX_MAX_LINKS; k++)
		d->links[d->nlinks++] = extract_lex_norm(text + paras[k][0],
		    paras[k][1] - paras[k][0]);
	for (k = 0; k < last; k++) {
		s = text + paras[k][0];
		len = paras[k][1] - paras[k][0];
		if (k > 0 && meta_boiler(s, len) && d->boiler == NULL) {
			d->boiler = extract_lex_norm(s, len);
			continue;
		}
		if (k > 0 && extract_lex_istarts(s, len, "About ") &&
		    extract_lex_words(s, len) <= 8 && !meta_texty(s, len) &&
		    k + 1 < last && d->boiler == NULL) {
			d->boiler_org = extract_lex_norm(s + 6, len - 6);
			d->boiler = extract_lex_norm(text + paras[k + 1][0],
			    paras[k + 1][1] - paras[k + 1][0]);
			k++;
			continue;
		}
		if ((k == 0 && ((skip = meta_dateline_dated(d, s, len, &dl)) > 0 ||
		    (skip = meta_dateline_wire(s, len, &dl)) > 0 ||
		    (skip = meta_dateline(s, len, &dl)) > 0)) ||
		    (k == 1 && d->dateline == NULL && meta_note(text + paras[0][0],
		    paras[0][1] - paras[0][0]) && (skip = meta_dateline(s, len, &dl)) > 0)) {
			size_t	e = dl;

			/* "DC." loses its period; "Calif." and "D.C." keep it. */
			if (e > 1 && s[e - 1] == '.' && !(e >= 3 && s[e - 3] == '.')) {
				size_t	w = e - 1;

				while (w > 0 && s[w - 1] != ' ' && s[w - 1] != ',')
					w--;
				if (!(extract_lex_upper(s, len, w) &&
				    extract_lex_lower(s, len, w + 1) && e - 1 - w <= 5))
					e--;
			}
			if (d->dateline == NULL && e > 0)
				d->dateline = extract_lex_norm(s, e);
			/* On a wire's page the company opening the lede publishes. */
			if (wire && d->publisher == NULL &&
			    (e = meta_lede_name(s + skip, len - skip)) > 0)
				d->publisher = extract_lex_norm(s + skip, e);
			if (skip < len)
				meta_para(d, &body, s + skip, len - skip);
			continue;
		}
		meta_para(d, &body, s, len);
	}
	d->body_len = body.len;
	d->body = body.data ? buf_steal(&body) : xstrdup("");
	/*
	 * A listing's footer after its last item: no document.  Text under
	 * no heading and no date is the page's footer however long it runs.
	 */
	if (!first && d->category == NULL && !seen_date && (last <= 1 ||
	    d->title == NULL)) {
		free(d->title);
		d->title = xstrdup("");
		free(d->body);
		d->body = xstrdup("");
		d->body_len = 0;
		free(site);
		return;
	}
	/* An item of a listing names no publisher: the site's heading does. */
	if (!first && d->publisher == NULL && d->boiler == NULL && lines[0].start > 0)
		d->publisher = meta_file_site(d, text, lines[0].start);
	if (d->title == NULL) {
		/* No heading at all: the first sentence of the body stands in. */
		len = d->body_len < 120 ? d->body_len : 120;
		while (len > 0 && len < d->body_len && d->body[len] != ' ')
			len--;
		d->title = extract_lex_norm(d->body, len);
	}
	if (d->published == NULL && upd[0] != '\0')
		d->published = xstrdup(upd);
	/* A "By X" byline over text with no dateline: a news story, not a release. */
	/*
	 * Unless the writer is of the institution's own office and a media
	 * contact closes the page: "By Jo Roe, University Communications".
	 */
	if (byline && d->dateline == NULL && !d->is_blog &&
	    !(staff && d->contact_name != NULL))
		newsy = 1;
	meta_kind(d, newsy);
	/* A numbered notice or an item filed under notices: no release. */
	if (!d->is_statement && (notice || (d->category != NULL &&
	    (extract_lex_ieq(d->category, strlen(d->category), "Public Notices") ||
	    extract_lex_ieq(d->category, strlen(d->category), "Service Notices")))))
		d->kind = "other";
	if (d->kind != NULL && strcmp(d->kind, "letter") == 0 && d->author == NULL)
		d->author = meta_signer(d->title, text, lines, n);
	meta_contact_honorific(d);
	free(site);
}

/* Returns the index of the first non-blank line from i on, or n. */
static size_t
meta_next_line(const struct ex_line *lines, size_t n, size_t i)
{
	while (i < n && lines[i].end == lines[i].start)
		i++;
	return i;
}

/* Returns 1 if the short line is a listing item's section label ("Public Works"). */
static int
meta_item_label(const char *s, size_t len)
{
	size_t	i;

	if (len == 0 || len > 40 || !extract_lex_upper(s, len, 0) ||
	    strchr(".!?:,;|", s[len - 1]) != NULL || extract_lex_words(s, len) > 4 ||
	    meta_furniture(s, len) != F_NONE)
		return 0;
	for (i = 0; i < len; i++)
		if (extract_lex_digit(s, len, i))
			return 0;
	return 1;
}

/*
 * Marks the items of a listing page that has no "Published in" or "Read
 * more" lines: each item a date line, a headline, then text, the date
 * under its section's label or not.  start[i] gets ITEM_SPLIT where an item
 * after the first begins and ITEM_LABEL on a label line.  Returns the number
 * of items; under two, the page is one document and start[] means nothing.
 * The page must open with its head: text before the first item, or an item
 * after the end of the text ("Related stories", "###"), is no listing.
 */
size_t
extract_meta_dated_items(const char *text, const struct ex_line *lines, size_t n,
    unsigned char *start)
{
	struct ex_span	 cat;
	const char	*s;
	size_t		 i, j, k, p, len, items = 0, prev = 0;

	memset(start, 0, n);
	for (i = 0; i < n; i++) {
		s = text + lines[i].start;
		len = lines[i].end - lines[i].start;
		if (len == 0)
			continue;
		/* The end of the text ("###", "Related stories") is a short line. */
		if (extract_meta_published(s, len, &cat) ||
		    (len <= 40 && meta_furniture(s, len) == F_END))
			break;
		if (len > 64 || !meta_date_line(NULL, s, len, 0)) {
			if (items == 0 && meta_texty(s, len))
				return 0;
			continue;
		}
		/* The headline, then a paragraph of text. */
		j = meta_next_line(lines, n, i + 1);
		if (j >= n)
			break;
		s = text + lines[j].start;
		len = lines[j].end - lines[j].start;
		if (meta_texty(s, len) || extract_lex_words(s, len) < 2 ||
		    extract_lex_words(s, len) > 25 || meta_furniture(s, len) != F_NONE ||
		    meta_date_line(NULL, s, len, 0))
			continue;
		k = meta_next_line(lines, n, j + 1);
		if (k >= n || !meta_texty(text + lines[k].start,
		    lines[k].end - lines[k].start) || extract_lex_words(text +
		    lines[k].start, lines[k].end - lines[k].start) < 8)
			continue;
		/* The section's label over the date opens the item. */
		for (p = i; p > prev && lines[p - 1].end == lines[p - 1].start; p--)
			;
		if (p > prev && meta_item_label(text + lines[p - 1].start,
		    lines[p - 1].end - lines[p - 1].start)) {
			start[p - 1] |= ITEM_LABEL;
			p--;
		} else
			p = i;
		if (items > 0)
			start[p] |= ITEM_SPLIT;
		items++;
		prev = k;
		i = k;
	}
	return items;
}

/* Returns 1 if the line could open a listing item (a date line). */
int
extract_meta_item_start(const char *s, size_t len)
{
	return meta_date_line(NULL, s, len, 0);
}
