/*
 * Reports cited by a document: "a report titled “T”", "The report, “T,”",
 * "released a study, “T,”", "The first, “T,”", "a study, T: Subtitle,",
 * "T, a report by O", "T published by O", and link lines ("Read the
 * report: T", "Download: T (PDF)").  Publisher and date come from the
 * sentence that releases them or, for "the report", the sentence that
 * introduced it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressroom.h"
#include "extract_int.h"

#define REPORT_NONE	((size_t)-1)

/* Words that introduce a report's quoted title. */
static const char *const intro[] = {
	"titled", "entitled", "called", "named", NULL
};

/* Ordinals that cite one of several reports: "The first, “T,”". */
static const char *const ordinal[] = {
	"first", "second", "third", "fourth", "fifth", NULL
};

/* Verbs that release a report (the sentence whose first organization publishes). */
static const char *const release[] = {
	"released", "releases", "issued", "issues", "published", "publishes",
	"unveiled", "made", NULL
};

/* Verbs whose object, a quoted title, is a report ("O published “T”"). */
static const char *const quote_verbs[] = {
	"released", "issued", "published", "unveiled", NULL
};

/* Verbs that release, send or produce a report, for subjects and dates. */
static const char *const release_ext[] = {
	"released", "releases", "release", "issued", "issues", "issue",
	"published", "publishes", "publish", "unveiled", "unveils", "made",
	"sent", "sends", "delivered", "delivers", "submitted", "submits",
	"launched", "launches", "produced", "produces", "conducted",
	"conducts", "filed", "files", "presented", "presents", "completed",
	"posted", "found", "finds", "authored", "wrote", "prepared",
	"compiled", "circulated", "signed", "commissioned", NULL
};

/* Verbs after which "by O" or "from O" names who made the report. */
static const char *const by_verbs[] = {
	"released", "issued", "published", "prepared", "conducted", "produced",
	"compiled", "authored", "written", "sent", "submitted", "delivered",
	"unveiled", "launched", "filed", "signed", "presented", "circulated",
	"led", "completed", "organized", "drafted", NULL
};

/* Nouns that mark a citation as a report. */
static const char *const report_nouns[] = {
	"report", "reports", "study", "studies", "analysis", "analyses",
	"audit", "audits", "survey", "surveys", "review", "paper", "papers",
	"letter", "letters", "petition", "petitions", "brief", "briefs",
	"assessment", "evaluation", "memo", "memorandum", "scorecard",
	"white paper", NULL
};

/* Nouns that introduce a report in an earlier sentence ("new research from O"). */
static const char *const intro_nouns[] = {
	"research", NULL
};

/* Small words allowed inside a title written without quotation marks. */
static const char *const title_small[] = {
	"of", "the", "by", "and", "on", "in", "for", "a", "an", "to", "at",
	"with", "from", "as", "or", "nor", "but", "vs", "via", "into", "over",
	"per", "up", "is", "are", NULL
};

/* Words that do not tell titles apart. */
static const char *const common[] = {
	"the", "a", "an", "of", "on", "in", "and", "for", "to", "by", "national",
	"report", "program", "s", NULL
};

/* Words that may stand between a report noun and its title's comma. */
static const char *const noun_links[] = {
	"to", "by", "from", "in", "on", "of", "for", "at", "with", "about",
	NULL
};

/* Words that say a quotation is speech, not a title. */
static const char *const say_verbs[] = {
	"said", "says", "say", "told", "tells", "stated", "added", "adds",
	"noted", "notes", "wrote", "writes", "according", "explained",
	"stressed", "argued", "warned", "concluded", "asked", NULL
};

/* Words that may stand between an organization and the verb it does. */
static const char *const subject_skip[] = {
	"today", "yesterday", "also", "recently", "jointly", "formally",
	"publicly", "has", "have", "had", "this", "last", "week", "month",
	"year", "earlier", "on", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "which", "who", "that", NULL
};

/* Prepositions that make an organization the object, not the subject. */
static const char *const preps[] = {
	"of", "at", "in", "for", "with", "from", "to", "on", "by", "and",
	"about", "than", "under", NULL
};

/* Prepositions that open a phrase, not a title ("In Greater Boston, a study by"). */
static const char *const lead_preps[] = {
	"in", "on", "at", "for", "by", "from", "after", "before", "during",
	"across", "throughout", "since", "under", "with", "last", "this", NULL
};

/* Adjectives that may stand between a possessive or an article and the noun. */
static const char *const noun_adjs[] = {
	"new", "latest", "annual", "full", "final", "recent", "earlier",
	"first", "second", "third", "own", "joint", "national", "landmark",
	"interim", "preliminary", "independent", "latest", "updated", "most",
	"statewide", "nationwide", NULL
};

/* Words that start a link line naming a report. */
static const char *const link_verbs[] = {
	"read", "download", "view", "see", "access", "get", NULL
};

/* Words of a link that names a kind of document, not a title ("Full Report (PDF)"). */
static const char *const generic_docs[] = {
	"full", "report", "reports", "fact", "sheet", "factsheet", "press",
	"release", "executive", "summary", "statement", "letter", "pdf",
	"here", "appendix", "appendices", "methodology", "data", "infographic",
	"slides", "toolkit", "english", "spanish", "version", "brief",
	"testimony", "annual", "study", "survey", "text", "document", "copy",
	"findings", "key", "chart", "charts", "map", "maps", "list", "the",
	NULL
};

/* Nouns that say the name after them is an organization ("the consulting firm O"). */
static const char *const org_kinds[] = {
	"firm", "company", "group", "nonprofit", "non-profit", "organization",
	"organisation", "agency", "institute", "consultancy", "tank", "center",
	"centre", "coalition", "union", "association", "lab", "laboratory",
	"foundation", "university", "office", "council", "contractor",
	"consultant", "consultants", "publisher", "network", "alliance", NULL
};

/* People who make a study for an organization ("researchers at O"). */
static const char *const researchers[] = {
	"researchers", "scientists", "economists", "analysts", "experts",
	"staff", "faculty", "students", "investigators", "auditors",
	"ecologists", "epidemiologists", "biologists", "physicians", "engineers",
	"psychologists", "sociologists", "historians", "statisticians", NULL
};

/* Documents that are not reports ("Read the full statement: T (PDF)"). */
static const char *const other_docs[] = {
	"statement", "release", "transcript", "speech", "remarks", "agenda",
	"flyer", "flier", "toolkit", "program", "programme", "bill", "invitation",
	"menu", "poster", "testimony", "op-ed", "oped", "video", "photos", NULL
};

/* Nouns that end a report's name written without marks ("the 2025 Labor Market Outlook"). */
static const char *const named_nouns[] = {
	"report", "study", "survey", "review", "audit", "assessment", "outlook",
	"index", "scorecard", "analysis", "evaluation", "forecast", "barometer",
	"atlas", "benchmark", "inventory", "estimate", "estimates", NULL
};

/* Verbs of what a report found, after its name ("the X Report, found that"). */
static const char *const find_verbs[] = {
	"found", "finds", "shows", "showed", "estimated", "estimates", "concluded",
	"documented", "identified", NULL
};

/* Verbs that release the report named after them ("released the 2025 Outlook"). */
static const char *const release_now[] = {
	"released", "releases", "issued", "issues", "published", "publishes",
	"unveiled", "unveils", "launched", "launches", NULL
};

/* Words that open a noun phrase before a report's name ("its", "the"). */
static const char *const name_lead[] = {
	"the", "a", "an", "this", "that", "its", "their", "our", "his", "her",
	"in", "on", "at", "for", "by", "from", "after", "before", "during",
	"since", "under", "with", "last", "new", "latest", "according", "to",
	NULL
};

/* Words after an appositive title's comma that go on a list, not a clause. */
static const char *const list_words[] = {
	"and", "or", "nor", "but", "who", "whose", "whom", NULL
};

/* Plural nouns of the other groups that join a release ("O and 41 other organizations sent"). */
static const char *const co_signers[] = {
	"organizations", "organisations", "groups", "partners", "allies",
	"unions", "nonprofits", "agencies", "coalitions", "associations", NULL
};

/* Last words of research and consulting firms' names. */
static const char *const firm_ends[] = {
	"research", "analytics", "economics", "consulting", "associates",
	"strategies", "advisors", "advisers", "insights", "solutions", NULL
};

/* Org name words that "the union" can refer to. */
static const char *const union_words[] = {
	"union", "workers", "nurses", "guild", "federation", "association",
	"brotherhood", "teamsters", NULL
};

/* Frees a report's strings. */
void
extract_report_free(struct ex_report *r)
{
	size_t	i;

	free(r->title);
	free(r->publisher);
	free(r->published);
	for (i = 0; i < r->naliases; i++)
		free(r->aliases[i]);
	memset(r, 0, sizeof(*r));
}

/* Returns the length of s up to its first colon, or through an inner "? " (len if none). */
static size_t
report_short_len(const char *s, size_t len)
{
	const char	*c = memchr(s, ':', len), *q = memchr(s, '?', len);

	if (q != NULL && (c == NULL || q < c) && (size_t)(q - s) + 2 < len && q[1] == ' ')
		return (size_t)(q - s) + 1;
	return c != NULL ? (size_t)(c - s) : len;
}

/* Returns the report going by s, or NULL. */
static struct ex_report *
report_find(struct ex_doc *d, const char *s, size_t len)
{
	size_t	i, k;

	for (i = 0; i < d->nreports; i++) {
		if (extract_lex_ieq(s, len, d->reports[i].title))
			return &d->reports[i];
		for (k = 0; k < d->reports[i].naliases; k++)
			if (extract_lex_ieq(s, len, d->reports[i].aliases[k]))
				return &d->reports[i];
	}
	return NULL;
}

/* Adds an alias (copied) to the report unless it goes by it already. */
static void
report_alias(struct ex_report *r, const char *s, size_t len)
{
	size_t	k;

	if (len == 0 || extract_lex_ieq(s, len, r->title))
		return;
	for (k = 0; k < r->naliases; k++)
		if (extract_lex_ieq(s, len, r->aliases[k]))
			return;
	if (r->naliases < EX_MAX_ALIASES)
		r->aliases[r->naliases++] = xstrndup(s, len);
}

static void report_code(struct ex_doc *, struct ex_report *, size_t);

/* Returns 1 if s (len bytes) has two or more words and each is a word of title. */
static int
report_words_within(const char *s, size_t len, const char *title)
{
	const char	*p;
	size_t		 i = 0, a, n = 0, tl = strlen(title);
	int		 found;

	while (i < len) {
		while (i < len && !extract_lex_alpha(s, len, i) && !extract_lex_digit(s, len, i))
			i++;
		a = i;
		while (i < len && s[i] != ' ' && s[i] != ',' && s[i] != ':')
			i++;
		if (i == a)
			continue;
		if (extract_lex_in(s + a, i - a, title_small))
			continue;
		for (p = title, found = 0; !found && p + (i - a) <= title + tl; p++)
			if ((p == title || p[-1] == ' ') && strncasecmp(p, s + a, i - a) == 0 &&
			    (p[i - a] == '\0' || p[i - a] == ' ' || p[i - a] == ',' ||
			    p[i - a] == ':'))
				found = 1;
		if (!found)
			return 0;
		n++;
	}
	return n >= 2;
}

/* Returns the report titled s, adding it with the context bytes [cs, ce) if new. */
static struct ex_report *
report_add(struct ex_doc *d, const char *s, size_t len, size_t cs, size_t ce)
{
	struct ex_report *r;
	const char	 *c;
	char		 *old;
	size_t		  sl, k;

	while (len > 0 && (s[len - 1] == ',' || s[len - 1] == '.' || s[len - 1] == ' '))
		len--;
	if (len < 3)
		return NULL;
	if ((r = report_find(d, s, len)) != NULL)
		return r;
	/* "Short: Long Subtitle" cited after "Short": one report, the long title. */
	sl = report_short_len(s, len);
	if (sl < len && sl > 0 && (r = report_find(d, s, sl)) != NULL) {
		old = r->title;
		r->title = extract_lex_norm(s, len);
		report_alias(r, old, strlen(old));
		free(old);
		return r;
	}
	/* A later shortened title: every word of it in a cited title. */
	for (k = 0; k < d->nreports; k++)
		if (report_words_within(s, len, d->reports[k].title)) {
			report_alias(&d->reports[k], s, len);
			return &d->reports[k];
		}
	if (d->nreports >= EX_MAX_REPORTS)
		return NULL;
	r = &d->reports[d->nreports++];
	memset(r, 0, sizeof(*r));
	r->title = extract_lex_norm(s, len);
	r->ctx_start = cs;
	r->ctx_end = ce;
	/*
	 * "Short Title: A Long Subtitle" also goes by its short title; "Some
	 * Agency: Review of Contracts" by what follows the organization's name.
	 */
	if ((sl = report_short_len(r->title, strlen(r->title))) < strlen(r->title) &&
	    r->title[sl - 1] == '?')
		report_alias(r, r->title, sl);	/* "Who Pays? Costs of X" */
	else if ((c = memchr(r->title, ':', strlen(r->title))) != NULL && c > r->title) {
		if (extract_org_find(d, r->title, (size_t)(c - r->title)) != NULL) {
			for (c++; *c == ' '; c++)
				;
			if (extract_lex_words(c, strlen(c)) >= 2)
				report_alias(r, c, strlen(c));
		} else
			report_alias(r, r->title, (size_t)(c - r->title));
	}
	return r;
}

/* Returns the end token of the sentence starting at token s. */
static size_t
report_sent_end(const struct ex_doc *d, size_t s)
{
	size_t	e = s + 1;

	while (e < d->ntoks && !(d->toks[e].flags & TK_SENT) && e - s < 400)
		e++;
	return e;
}

/* Returns 1 if the sentence [s, e) holds one of the words. */
static int
report_has(const struct ex_doc *d, size_t s, size_t e, const char *const *w)
{
	size_t	t;

	for (t = s; t < e; t++)
		if (extract_lex_tok_in(d, t, w))
			return 1;
	return 0;
}

/* Returns 1 if token t is the three-byte mark m (a curly quotation mark). */
static int
report_mark(const struct ex_doc *d, size_t t, const char *m)
{
	return t < d->ntoks && d->toks[t].end - d->toks[t].start == 3 &&
	    memcmp(d->body + d->toks[t].start, m, 3) == 0;
}

/* Returns 1 if token t is a word. */
static int
report_word(const struct ex_doc *d, size_t t)
{
	return t < d->ntoks && (d->toks[t].flags & TK_WORD);
}

/* Returns 1 if token t is the punctuation mark c. */
static int
report_punct(const struct ex_doc *d, size_t t, char c)
{
	return t < d->ntoks && !(d->toks[t].flags & TK_WORD) &&
	    d->toks[t].end - d->toks[t].start == 1 && d->body[d->toks[t].start] == c;
}

/* Returns 1 if token t is a month or weekday name. */
static int
report_calendar(const struct ex_doc *d, size_t t)
{
	static const char *const days[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", NULL
	};
	size_t	len = d->toks[t].end - d->toks[t].start;

	if (len > 1 && d->body[d->toks[t].end - 1] == '.')
		len--;		/* "Aug." */
	return extract_date_month(d->body + d->toks[t].start, len) != 0 ||
	    extract_lex_tok_in(d, t, days);
}

/* Returns 1 if token t is the mark of a plural possessive ("the Services’ “T”"). */
static int
report_plural_poss(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *w;

	if (t == 0 || !(report_punct(d, t, '\'') || report_mark(d, t, "\xe2\x80\x99")))
		return 0;
	w = &d->toks[t - 1];
	return (w->flags & TK_WORD) && w->end == d->toks[t].start &&
	    d->body[w->end - 1] == 's';
}

/* Returns 1 if token t is a year ("2024"). */
static int
report_year(const struct ex_doc *d, size_t t)
{
	const char	*w;
	size_t		 i;

	if (!report_word(d, t) || d->toks[t].end - d->toks[t].start != 4)
		return 0;
	w = d->body + d->toks[t].start;
	if (!((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')))
		return 0;
	for (i = 2; i < 4; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return 1;
}

/* Returns 1 if the tokens [a, b) read as a title: mostly capitalized words. */
static int
report_titlecase(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t, words = 0, content = 0, caps = 0;

	if (b <= a || b - a > 60 || !report_word(d, a) ||
	    !(d->toks[a].flags & (TK_CAP | TK_DIGIT)))
		return 0;
	for (t = a; t < b; t++) {
		if (!report_word(d, t))
			continue;
		words++;
		if (t > a && extract_lex_tok_in(d, t, title_small))
			continue;
		content++;
		if (d->toks[t].flags & (TK_CAP | TK_DIGIT))
			caps++;
	}
	return words >= 2 && content >= 2 && caps * 10 >= content * 8;
}

/* Returns 1 if some word of s (len bytes) is more than a kind of document. */
static int
report_specific_str(const char *s, size_t len)
{
	size_t	i = 0, a;

	while (i < len) {
		while (i < len && !extract_lex_alpha(s, len, i))
			i++;
		a = i;
		while (i < len && extract_lex_alpha(s, len, i))
			i++;
		if (i > a && !extract_lex_in(s + a, i - a, generic_docs) &&
		    !extract_lex_in(s + a, i - a, title_small))
			return 1;
	}
	return 0;
}

/* Returns 1 if the tokens [a, b) could be a sentence-case title after "titled". */
static int
report_titlelike(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	t, words = 0;

	if (b <= a || b - a > 40 || !report_word(d, a) ||
	    !(d->toks[a].flags & (TK_CAP | TK_DIGIT)))
		return 0;
	for (t = a; t < b; t++) {
		if (report_word(d, t))
			words++;
		else if (report_punct(d, t, '.') || report_punct(d, t, ';'))
			return 0;
	}
	return words >= 2;
}

/* Returns 1 if the words of s (len bytes) read as a title. */
static int
report_titlecase_str(const char *s, size_t len)
{
	size_t	i = 0, a, words = 0, content = 0, caps = 0;

	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == ':' || s[i] == ',' ||
		    s[i] == '(' || s[i] == ')'))
			i++;
		a = i;
		while (i < len && s[i] != ' ')
			i++;
		if (i == a)
			continue;
		if (!extract_lex_alpha(s, len, a) && !extract_lex_digit(s, len, a)) {
			if (words == 0 && (unsigned char)s[a] < 0x80)
				return 0;
			continue;
		}
		words++;
		if (words > 1 && extract_lex_in(s + a, i - a, title_small))
			continue;
		content++;
		if (extract_lex_upper(s, len, a) || extract_lex_digit(s, len, a))
			caps++;
		else if (words == 1)
			return 0;
	}
	return words >= 2 && content >= 2 && caps * 10 >= content * 8;
}

/*
 * Returns the organization whose initials the undefined acronym at t spells
 * (see extract_org_initials_at); NULL if none.
 */
static const char *
report_acronym(struct ex_doc *d, size_t t)
{
	const char	*on;
	int		 publisher;

	on = extract_org_initials_at(d, t, &publisher);
	if (on != NULL && publisher)
		return extract_org_ensure(d, on, strlen(on), (size_t)-1);
	return on;
}

/* Returns 1 if an organization's name opens with the word w and "of" ("the port": "Port of X"). */
static int
report_of_name(const struct ex_doc *d, const char *w, size_t wl)
{
	size_t	i;

	for (i = 0; i < d->norgs; i++)
		if (strncasecmp(d->orgs[i].name, w, wl) == 0 &&
		    strncmp(d->orgs[i].name + wl, " of ", 4) == 0)
			return 1;
	return d->publisher != NULL && strncasecmp(d->publisher, w, wl) == 0 &&
	    strncmp(d->publisher + wl, " of ", 4) == 0;
}

/* Last words of a government agency's name, which "the agency" stands for. */
static const char *const agency_heads[] = {
	"administration", "agency", "bureau", "department", "service",
	"commission", "authority", "office", "board", NULL
};

/*
 * Returns 1 if "the agency" (w) refers to the publisher, a government
 * agency by the last word of its name ("the Rural Water Administration").
 */
static int
report_agency_publisher(const struct ex_doc *d, const char *w, size_t wl)
{
	const char	*p, *l;

	if (wl != 6 || (w[0] != 'a' && w[0] != 'A') || !extract_lex_ieq(w, wl, "agency") ||
	    (p = d->publisher) == NULL)
		return 0;
	l = strrchr(p, ' ');
	l = l != NULL ? l + 1 : p;
	return extract_lex_in(l, strlen(l), agency_heads);
}

/* Returns the organization "the union" at t refers to, setting *end; or NULL. */
static const char *
report_anaphor(struct ex_doc *d, size_t t, size_t *end)
{
	const char	*w, *p;
	size_t		 i, wl, best = REPORT_NONE, x = t + 1;
	int		 ok, bm = -1;

	if (extract_lex_tok_is(d, x, "same"))
		x++;		/* "by the same office" */
	if (!extract_lex_tok_is(d, t, "the") || !report_word(d, x))
		return NULL;
	w = d->body + d->toks[x].start;
	wl = d->toks[x].end - d->toks[x].start;
	/* "The Authority's director": a head noun standing for the full name. */
	if ((d->toks[x].flags & TK_CAP) && (!extract_org_head(w, wl) ||
	    (report_word(d, x + 1) && (d->toks[x + 1].flags & TK_CAP) &&
	    !(d->toks[x].flags & TK_POSS)) || extract_lex_tok_is(d, x + 1, "of") ||
	    extract_org_find(d, w, wl) != NULL))
		return NULL;
	*end = x + 1;
	if (!extract_org_head(w, wl) && !extract_lex_in(w, wl, union_words) &&
	    !report_of_name(d, w, wl))
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		ok = 0;
		if (extract_lex_ieq(w, wl, "coalition") && d->orgs[i].is_coalition)
			ok = 1;
		for (p = d->orgs[i].name; !ok && *p; p++) {
			if (p != d->orgs[i].name && p[-1] != ' ')
				continue;
			if (strncasecmp(p, w, wl) == 0 && (p[wl] == ' ' || p[wl] == '\0'))
				ok = 1;
			else if (extract_lex_ieq(w, wl, "union")) {
				size_t	n = strcspn(p, " ");

				if (extract_lex_in(p, n, union_words))
					ok = 1;
			}
		}
		/* A name ending in the noun is the likelier one ("the library"). */
		if (ok) {
			size_t	nl = strlen(d->orgs[i].name);

			if (nl > wl && strncasecmp(d->orgs[i].name + nl - wl, w, wl) == 0)
				ok = 1 << 20;
		}
		/* "the hospital": a "Medical Center" is one, as a "Hospital" is. */
		if (extract_lex_ieq(w, wl, "hospital")) {
			size_t	nl = strlen(d->orgs[i].name);

			if (nl > 15 && strcmp(d->orgs[i].name + nl - 15, " Medical Center") == 0)
				ok = 1 << 20;
		}
		if (ok && d->orgs[i].mentions + ok > bm) {
			bm = d->orgs[i].mentions + ok;
			best = i;
		}
	}
	if (best == REPORT_NONE && d->publisher != NULL &&
	    strncasecmp(d->publisher, w, wl) == 0 && strncmp(d->publisher + wl, " of ", 4) == 0)
		return d->publisher;	/* "the port": the publishing "Port of X" */
	if (best == REPORT_NONE && report_agency_publisher(d, w, wl))
		return d->publisher;	/* "the agency": the publishing administration */
	if (best == REPORT_NONE && d->publisher != NULL && wl == 5 &&
	    extract_lex_ieq(w, wl, "union")) {
		/* "the union": the publisher, when a union word is in its name. */
		for (p = d->publisher; *p; p++)
			if ((p == d->publisher || p[-1] == ' ') &&
			    extract_lex_in(p, strcspn(p, " "), union_words))
				return d->publisher;
	}
	return best == REPORT_NONE ? NULL : d->orgs[best].name;
}

/* Returns the organization named, or referred to, at token t; sets *end past it. */
static const char *
report_org(struct ex_doc *d, size_t t, size_t *end)
{
	const char	*on;
	size_t		 e = t;

	if (t >= d->ntoks)
		return NULL;
	if ((on = extract_org_at(d, t, &e)) != NULL) {
		*end = e;
		return on;
	}
	if ((on = report_acronym(d, t)) != NULL) {
		*end = t + 1;
		return on;
	}
	return report_anaphor(d, t, end);
}

/* Returns 1 if the token before t (skipping "the") is a preposition. */
static int
report_after_prep(const struct ex_doc *d, size_t s, size_t t)
{
	if (t > s && extract_lex_tok_is(d, t - 1, "the"))
		t--;
	return t > s && extract_lex_tok_in(d, t - 1, preps);
}

/*
 * Returns 1 if the organization at t follows "researchers at" in the subject
 * opening the sentence at s ("Researchers at O", "A team of scientists from O").
 */
static int
report_researchers(const struct ex_doc *d, size_t s, size_t t)
{
	size_t	k;

	if (t > s && extract_lex_tok_is(d, t - 1, "the"))
		t--;
	if (t < s + 2 || !(extract_lex_tok_is(d, t - 1, "at") ||
	    extract_lex_tok_is(d, t - 1, "from") || extract_lex_tok_is(d, t - 1, "of")) ||
	    !extract_lex_tok_in(d, t - 2, researchers) || t - 2 - s > 4)
		return 0;
	for (k = s + 1; k < t - 2; k++)
		if (!report_word(d, k) || (d->toks[k].flags & TK_CAP))
			return 0;
	return 1;
}

/* Returns 1 if token t can be part of a date between a verb and "by" ("Aug. 8, 2011,"). */
static int
report_datey(const struct ex_doc *d, size_t t)
{
	static const char *const when[] = {
		"on", "in", "today", "yesterday", "this", "last", "week", "month",
		"year", "earlier", "late", "early", NULL
	};

	if (report_word(d, t))
		return (d->toks[t].flags & TK_DIGIT) || report_calendar(d, t) ||
		    extract_lex_tok_in(d, t, when);
	return report_punct(d, t, ',') || report_punct(d, t, '.');
}

/*
 * Returns the office the text names for the title opening the names [t, r)
 * ("by City Auditor Jane Roe" and elsewhere "the City Auditor's Office"),
 * adding it to the organizations; NULL if none.
 */
static const char *
report_office_text(struct ex_doc *d, size_t t, size_t r)
{
	static const char *const forms[][2] = {
		{ "", "'s Office" }, { "", "\xe2\x80\x99s Office" },
		{ "Office of the ", "" }, { "Office of ", "" }
	};
	const char	*hit, *on = NULL;
	char		*title, pat[160];
	size_t		 plen, f;
	int		 n;

	for (plen = r - t - 1 < 3 ? r - t - 1 : 3; plen > 0 && on == NULL; plen--) {
		title = extract_lex_range(d, t, t + plen);
		for (f = 0; f < sizeof(forms) / sizeof(forms[0]) && on == NULL; f++) {
			n = snprintf(pat, sizeof(pat), "%s%s%s", forms[f][0], title,
			    forms[f][1]);
			if (n <= 0 || (size_t)n >= sizeof(pat))
				continue;
			if ((hit = extract_lex_ifind(d->body, d->body_len, pat)) != NULL &&
			    extract_lex_upper(hit, (size_t)n, 0))
				on = extract_org_ensure(d, hit, (size_t)n,
				    (size_t)(hit - d->body));
		}
		free(title);
	}
	return on;
}

/*
 * Returns the office named for the title that opens the names at t ("by City
 * Auditor Jane Roe": "City Auditor's Office"), or NULL.
 */
static const char *
report_office(struct ex_doc *d, size_t t, size_t e)
{
	const char	*n, *w;
	size_t		 r, i, k, wl, hit, need;

	for (r = t; r < e && r - t < 8 && report_word(d, r) &&
	    (d->toks[r].flags & TK_CAP); r++)
		;
	if (r - t < 2)
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		n = d->orgs[i].name;
		hit = need = 0;
		while (*n) {
			while (*n == ' ')
				n++;
			w = n;
			wl = strcspn(w, " ");
			n += wl;
			/* A possessive "Auditor's" counts as "Auditor". */
			if (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's')
				wl -= 2;
			else if (wl > 4 && memcmp(w + wl - 4, "\xe2\x80\x99s", 4) == 0)
				wl -= 4;
			if (wl == 0 || extract_lex_in(w, wl, title_small) ||
			    extract_org_head(w, wl))
				continue;
			need++;
			for (k = t; k < r && k < t + 3; k++)
				if (d->toks[k].end - d->toks[k].start == wl &&
				    strncasecmp(d->body + d->toks[k].start, w, wl) == 0) {
					hit++;
					break;
				}
		}
		if (need > 0 && hit == need && need < r - t)
			return d->orgs[i].name;
	}
	return report_office_text(d, t, r);
}

/* Returns (adding it) the organization named after "the consulting firm" at t, or NULL. */
static const char *
report_run_org(struct ex_doc *d, size_t t, size_t e)
{
	size_t	r, last = t;

	for (r = t; r < e && r - t < 10; r++) {
		if (report_word(d, r) && (d->toks[r].flags & TK_CAP))
			last = r + 1;
		else if (!(report_word(d, r) && extract_lex_tok_in(d, r, title_small)) &&
		    !report_punct(d, r, '&'))
			break;
	}
	if (last <= t)
		return NULL;
	return extract_org_ensure(d, d->body + d->toks[t].start,
	    d->toks[last - 1].end - d->toks[t].start, d->toks[t].start);
}

/*
 * Returns the organization a capitalized name at t spells out before its
 * acronym ("the National Outcomes Registry (NOR)") or ending in an
 * organization word, adding it to the organizations; NULL if none.
 */
static const char *
report_named_org(struct ex_doc *d, size_t t, size_t e)
{
	char	 ini[16];
	size_t	 r, last = t, n = 0;

	if (extract_lex_tok_is(d, t, "the"))
		t++;
	for (r = t; r < e && r - t < 10 && report_word(d, r); r++) {
		if (d->toks[r].flags & TK_CAP) {
			if (n + 1 < sizeof(ini))
				ini[n++] = d->body[d->toks[r].start];
			last = r + 1;
		} else if (!extract_lex_tok_in(d, r, title_small))
			break;
		if (d->toks[r].flags & TK_POSS)
			return NULL;
	}
	ini[n] = '\0';
	if (last <= t + 1)
		return NULL;
	if ((report_punct(d, last, '(') && last + 2 < e && report_punct(d, last + 2, ')') &&
	    d->toks[last + 1].end - d->toks[last + 1].start == n &&
	    strncmp(d->body + d->toks[last + 1].start, ini, n) == 0) ||
	    extract_org_head(d->body + d->toks[last - 1].start,
	    d->toks[last - 1].end - d->toks[last - 1].start))
		return extract_org_ensure(d, d->body + d->toks[t].start,
		    d->toks[last - 1].end - d->toks[t].start, d->toks[t].start);
	return NULL;
}

/*
 * Returns (adding it) the firm a capitalized name at t ending in a word of
 * research firms' names spells ("by Ridgeline Economic Research"), or NULL.
 */
static const char *
report_firm(struct ex_doc *d, size_t t, size_t e)
{
	size_t	r, last = t;

	if (extract_lex_tok_is(d, t, "the"))
		t++;
	for (r = t; r < e && r - t < 8; r++) {
		if (report_word(d, r) && (d->toks[r].flags & TK_CAP) &&
		    !(d->toks[r].flags & TK_POSS))
			last = r + 1;
		else if (!report_punct(d, r, '&') &&
		    !(report_word(d, r) && extract_lex_tok_is(d, r, "and")))
			break;
	}
	if (last < t + 2 || !extract_lex_tok_in(d, last - 1, firm_ends))
		return NULL;
	return extract_org_ensure(d, d->body + d->toks[t].start,
	    d->toks[last - 1].end - d->toks[t].start, d->toks[t].start);
}

/*
 * Returns the organization of "T, which O released" after the title's end
 * at b, or NULL.
 */
static const char *
report_which(struct ex_doc *d, size_t b, size_t e)
{
	const char	*on;
	size_t		 k = b + 2, end, n;

	if (!report_punct(d, b, ',') || !(extract_lex_tok_is(d, b + 1, "which") ||
	    extract_lex_tok_is(d, b + 1, "that")))
		return NULL;
	if ((on = report_org(d, k, &end)) == NULL)
		return NULL;
	for (k = end, n = 0; k < e && n < 3 && extract_lex_tok_in(d, k, subject_skip); n++)
		k++;
	/* "which O carried out with volunteers": who did the study made it. */
	if (k + 1 < e && (extract_lex_tok_is(d, k, "carried") ||
	    extract_lex_tok_is(d, k, "carries")) && extract_lex_tok_is(d, k + 1, "out"))
		return on;
	return k < e && extract_lex_tok_in(d, k, release_ext) ? on : NULL;
}

/*
 * Returns the last organization named in [s, t), the one that a described
 * kind stands for ("tested by O ... released today by the national group").
 */
static const char *
report_described(struct ex_doc *d, size_t s, size_t t)
{
	const char	*on, *last = NULL;
	size_t		 k, end;

	for (k = s; k < t; k++)
		if ((d->toks[k].flags & TK_CAP) && (on = extract_org_at(d, k, &end)) != NULL &&
		    end <= t) {
			last = on;
			k = end - 1;
		}
	return last;
}

/* Returns the organization that a "report by O" / "released by O" in [s, e) names. */
static const char *
report_by(struct ex_doc *d, size_t s, size_t e)
{
	const char	*on;
	size_t		 t, p, k, q, end;

	for (t = s + 1; t + 1 < e; t++) {
		if (!extract_lex_tok_is(d, t, "by") && !extract_lex_tok_is(d, t, "from"))
			continue;
		/* "released Aug. 8, 2011, by": back over the date. */
		for (p = t - 1; p > s && t - p < 8 && report_datey(d, p); p--)
			;
		/* "presented to the board on Feb. 2 by": back over to whom. */
		if (p > s + 3 && report_word(d, p) && !(d->toks[p].flags & TK_CAP) &&
		    extract_lex_tok_is(d, p - 1, "the") && extract_lex_tok_is(d, p - 2, "to") &&
		    extract_lex_tok_in(d, p - 3, by_verbs))
			p -= 3;
		/* "prepared for the village by": back over for whom. */
		else if (p > s + 3 && report_word(d, p) && !(d->toks[p].flags & TK_CAP) &&
		    extract_lex_tok_is(d, p - 1, "the") && extract_lex_tok_is(d, p - 2, "for") &&
		    extract_lex_tok_in(d, p - 3, by_verbs))
			p -= 3;
		if (!extract_lex_tok_in(d, p, report_nouns) &&
		    !extract_lex_tok_in(d, p, intro_nouns) &&
		    !extract_lex_tok_in(d, p, by_verbs) &&
		    !(extract_lex_tok_is(d, p, "commissioned") &&
		    extract_lex_tok_is(d, t, "by")) &&
		    !(p > s && extract_lex_tok_is(d, p, "out") &&
		    extract_lex_tok_is(d, p - 1, "carried")) &&
		    !(!report_word(d, p) && extract_lex_close_quote(d->body,
		    d->body_len, d->toks[p].start)))
			continue;
		k = t + 1;
		/* "commissioned by the county from O": O made it. */
		if (extract_lex_tok_is(d, p, "commissioned")) {
			for (k = t + 1; k < e && k < t + 8 && !extract_lex_tok_is(d, k, "from"); k++)
				;
			if (k >= e || k >= t + 8)
				continue;
			k++;
		}
		/* "from Raleigh-based O" */
		if (report_word(d, k) && d->toks[k].end - d->toks[k].start > 6 &&
		    strncasecmp(d->body + d->toks[k].end - 6, "-based", 6) == 0)
			k++;
		/* "by the consulting firm O" */
		if ((extract_lex_tok_is(d, k, "the") || extract_lex_tok_is(d, k, "a")) &&
		    report_word(d, k + 1) && !(d->toks[k + 1].flags & TK_CAP)) {
			for (p = k + 1; p < e && p < k + 4 && report_word(d, p) &&
			    !(d->toks[p].flags & TK_CAP); p++)
				;
			if (p < e && (d->toks[p].flags & TK_CAP)) {
				if (extract_org_at(d, p, &end) != NULL)
					k = p;
				else if (extract_lex_tok_in(d, p - 1, org_kinds) &&
				    (on = report_run_org(d, p, e)) != NULL)
					return on;
			} else if (extract_lex_tok_is(d, k, "the") && p > k + 2 &&
			    extract_lex_tok_in(d, p - 1, org_kinds) &&
			    (on = report_described(d, s, t)) != NULL)
				return on;	/* "by the national environmental group" */
		} else if ((q = extract_lex_tok_is(d, k, "the") ? k + 1 : k) < e &&
		    report_word(d, q) && (d->toks[q].flags & TK_CAP)) {
			/* "by (the) Denver consulting firm O": a place before the kind. */
			for (p = q + 1; p < e && p < q + 4 && report_word(d, p) &&
			    !(d->toks[p].flags & TK_CAP); p++)
				;
			if (p > q + 1 && p < e && report_word(d, p) &&
			    (d->toks[p].flags & TK_CAP) && extract_lex_tok_in(d, p - 1, org_kinds) &&
			    (on = report_run_org(d, p, e)) != NULL)
				return on;
		}
		/* "led by researchers at O" */
		if (extract_lex_tok_in(d, k, researchers) &&
		    (extract_lex_tok_is(d, k + 1, "at") || extract_lex_tok_is(d, k + 1, "from") ||
		    extract_lex_tok_is(d, k + 1, "of"))) {
			k += 2;
			if (extract_lex_tok_is(d, k, "the") && report_word(d, k + 1) &&
			    (d->toks[k + 1].flags & TK_CAP))
				k++;
		}
		if ((on = report_org(d, k, &end)) != NULL) {
			const char	*unit;
			size_t		 ue;

			/* "by the Department's Office of Inspector General": the unit. */
			if (end > k && end < e && (d->toks[end - 1].flags & TK_POSS) &&
			    (d->toks[end].flags & TK_CAP) &&
			    (unit = extract_org_at(d, end, &ue)) != NULL)
				return unit;
			return on;
		}
		if ((on = report_office(d, k, e)) != NULL)
			return on;
		if ((on = report_named_org(d, k, e)) != NULL)
			return on;
		if ((on = report_firm(d, k, e)) != NULL)
			return on;
	}
	return NULL;
}

/*
 * Returns the one organization whose name ends in the lower-case words of
 * tokens [a, b) ("medical center": "St. Jo Medical Center"), or NULL.
 */
static const char *
report_phrase_org(struct ex_doc *d, size_t a, size_t b)
{
	const char	*on = NULL, *nm;
	size_t		 i, nl, pl = d->toks[b - 1].end - d->toks[a].start;
	const char	*ph = d->body + d->toks[a].start;

	if (!extract_org_head(d->body + d->toks[b - 1].start,
	    d->toks[b - 1].end - d->toks[b - 1].start))
		return NULL;
	for (i = 0; i < d->norgs; i++) {
		nm = d->orgs[i].name;
		nl = strlen(nm);
		if (nl <= pl + 1 || nm[nl - pl - 1] != ' ' ||
		    strncasecmp(nm + nl - pl, ph, pl) != 0)
			continue;
		if (on != NULL)
			return NULL;
		on = nm;
	}
	return on;
}

/* Returns the organization whose report the noun at n is ("O's report", "its report"). */
static const char *
report_possessor(struct ex_doc *d, size_t s, size_t n)
{
	const char	*on, *own;
	size_t		 p = n, q, end;

	while (p > s && p + 3 > n && (extract_lex_tok_in(d, p - 1, noun_adjs) ||
	    (d->toks[p - 1].flags & TK_DIGIT)))
		p--;
	if (p <= s)
		return NULL;
	p--;
	/* "our report": the release speaks for its publisher. */
	if (d->publisher != NULL && extract_lex_tok_is(d, p, "our"))
		return d->publisher;
	if (extract_lex_tok_is(d, p, "its") || extract_lex_tok_is(d, p, "their")) {
		/* "O's release of its X": the possessive organization just before. */
		for (q = p; q > s && p - q < 6; q--)
			if ((d->toks[q - 1].flags & TK_POSS) && (d->toks[q - 1].flags & TK_CAP)) {
				size_t	o;

				for (o = q - 1; o > s && q - o < 10 &&
				    (d->toks[o - 1].flags & (TK_CAP | TK_WORD)); o--)
					if ((on = extract_org_at(d, o - 1, &end)) != NULL && end == q)
						return on;
				break;
			}
		/*
		 * The antecedent: the first organization the sentence names;
		 * "the Band's Department of X": the one the possessive owns.
		 */
		for (q = s; q < p; q++) {
			end = q + 1;
			if (!((d->toks[q].flags & TK_CAP) &&
			    ((on = extract_org_at(d, q, &end)) != NULL ||
			    (on = report_acronym(d, q)) != NULL)) &&
			    (on = report_anaphor(d, q, &end)) == NULL)
				continue;
			if (end > q && end < p && (d->toks[end - 1].flags & TK_POSS) &&
			    (d->toks[end].flags & TK_CAP) && (own = extract_org_at(d, end, &end)) != NULL)
				return own;
			return on;
		}
		return NULL;
	}
	/* "an earlier NARC analysis": the acronym before the noun. */
	if ((d->toks[p].flags & (TK_ACR | TK_POSS)) == TK_ACR && p + 1 == n) {
		if ((on = extract_org_at(d, p, &end)) != NULL && end == n)
			return on;
		return report_acronym(d, p);
	}
	/* "the Department of Health Services’ X": the organization before the mark. */
	if (p > s && report_plural_poss(d, p)) {
		for (q = p; q > s && p - q < 12; q--)
			if ((d->toks[q - 1].flags & TK_CAP) &&
			    (on = extract_org_at(d, q - 1, &end)) != NULL && end == p)
				return on;
		return NULL;
	}
	if (!(d->toks[p].flags & TK_POSS))
		return NULL;
	if (p > s && (on = report_anaphor(d, p - 1, &end)) != NULL)
		return on;
	/* "the library system's survey": the noun before names the organization. */
	if (p > s + 1 && !(d->toks[p].flags & TK_CAP) &&
	    (on = report_anaphor(d, p - 2, &end)) != NULL && end == p)
		return on;
	/* "the medical center's assessment": the one "X Medical Center" named. */
	if (p >= s + 2 && !(d->toks[p].flags & TK_CAP) && !(d->toks[p - 1].flags & TK_CAP) &&
	    extract_lex_tok_is(d, p - 2, "the") && (on = report_phrase_org(d, p - 1, p + 1)) != NULL)
		return on;
	if ((on = report_acronym(d, p)) != NULL)
		return on;
	for (q = p + 1; q > s && p + 1 - q < 12; q--)
		if ((d->toks[q - 1].flags & TK_CAP) &&
		    (on = extract_org_at(d, q - 1, &end)) != NULL && end == p + 1)
			return on;
	return NULL;
}

/* Returns the organization that is the subject of a releasing verb in [s, e). */
static const char *
report_subject(struct ex_doc *d, size_t s, size_t e)
{
	const char	*on, *own;
	size_t		 t, k, end, n;
	int		 its;

	for (t = s; t < e; t++) {
		if (!report_word(d, t))
			continue;
		if ((on = report_org(d, t, &end)) == NULL)
			continue;
		if (report_after_prep(d, s, t) && !report_researchers(d, s, t)) {
			t = end - 1;
			continue;
		}
		k = end;
		/* "O (ACR)", "O, which", "O today" */
		if (report_punct(d, k, '(')) {
			for (n = 0; k < e && n < 5 && !report_punct(d, k, ')'); n++)
				k++;
			k++;
		}
		if (report_punct(d, k, ','))
			k++;
		/* "O, an alliance of eleven groups, today sent": past the appositive. */
		if (k > end && k + 2 < e && !(d->toks[k].flags & TK_CAP) &&
		    (extract_lex_tok_is(d, k, "a") || extract_lex_tok_is(d, k, "an") ||
		    extract_lex_tok_is(d, k, "the"))) {
			for (n = k + 1; n + 2 < e && n < k + 24; n++)
				if (report_punct(d, n, ',') &&
				    (extract_lex_tok_in(d, n + 1, release_ext) ||
				    (extract_lex_tok_in(d, n + 1, subject_skip) &&
				    extract_lex_tok_in(d, n + 2, release_ext)))) {
					k = n + 1;
					break;
				}
		}
		/*
		 * "the union's Department of Research": a unit of a union or a
		 * group reports as its body; an agency's office in its own name.
		 */
		if (t >= s + 2 && (d->toks[t - 1].flags & (TK_POSS | TK_CAP)) == TK_POSS &&
		    extract_lex_tok_is(d, t - 2, "the") &&
		    !extract_lex_tok_in(d, t - 1, agency_heads) &&
		    (own = report_anaphor(d, t - 2, &n)) != NULL && n == t)
			on = d->publisher != NULL && strstr(d->publisher, own) != NULL ?
			    d->publisher : own;	/* the publishing union itself */
		/* "O and 41 other organizations sent", "O and 22 of its member banks sent" */
		if (extract_lex_tok_is(d, k, "and")) {
			for (n = k + 1, its = 0; n < e && n < k + 9 && report_word(d, n) &&
			    !(d->toks[n].flags & TK_CAP) &&
			    !extract_lex_tok_in(d, n, release_ext); n++)
				if (extract_lex_tok_is(d, n, "its"))
					its = 1;
			if (n > k + 1 && n < e && extract_lex_tok_in(d, n, release_ext) &&
			    (extract_lex_tok_in(d, n - 1, co_signers) || its))
				k = n;
		}
		for (n = 0; k < e && n < 3 && extract_lex_tok_in(d, k, subject_skip); n++)
			k++;
		if (k < e && extract_lex_tok_in(d, k, release_ext)) {
			if (k + 1 < e && !report_word(d, k + 1) &&
			    extract_lex_open_quote(d->body, d->body_len, d->toks[k + 1].start))
				return on;
			for (n = k + 1; n < e && n < k + 6; n++)
				if (extract_lex_tok_in(d, n, report_nouns))
					return on;
		}
		t = end - 1;
	}
	return NULL;
}

/* Returns the first organization in [s, e) before its releasing verb and no preposition's object. */
static const char *
report_first_org(struct ex_doc *d, size_t s, size_t e)
{
	const char	*on;
	size_t		 t, end;

	for (t = s; t < e && !extract_lex_tok_in(d, t, release); t++)
		if ((d->toks[t].flags & TK_CAP) &&
		    (on = extract_org_at(d, t, &end)) != NULL) {
			if (!report_after_prep(d, s, t))
				return on;
			t = end - 1;
		}
	return NULL;
}

/* Sets *iso to a year-less "Month D" date in [s, e) dated by the document; 1 if found. */
static int
report_short_date(const struct ex_doc *d, size_t s, size_t e, char iso[11])
{
	size_t	t, dl, k;
	int	m, day, dm, dd;
	long	y;

	if (d->published == NULL || strlen(d->published) != 10)
		return 0;
	for (t = s; t + 1 < e; t++) {
		dl = d->toks[t].end - d->toks[t].start;
		if (dl > 1 && d->body[d->toks[t].end - 1] == '.')
			dl--;		/* "Aug." */
		m = extract_date_month(d->body + d->toks[t].start, dl);
		if (m == 0)
			continue;
		/* "February 27" or "27 February" */
		if (d->toks[t + 1].flags & TK_DIGIT)
			k = t + 1;
		else if (t > s && (d->toks[t - 1].flags & TK_DIGIT))
			k = t - 1;
		else
			continue;
		dl = d->toks[k].end - d->toks[k].start;
		if (dl > 2)
			continue;
		day = atoi(d->body + d->toks[k].start);
		if (day < 1 || day > 31)
			continue;
		y = strtol(d->published, NULL, 10);
		dm = atoi(d->published + 5);
		dd = atoi(d->published + 8);
		/* A past release dated after the document is last year's. */
		if ((m > dm || (m == dm && day > dd)) && !report_has(d, s, e,
		    (const char *const[]){ "will", "next", "upcoming", "scheduled", NULL }))
			y--;
		snprintf(iso, 11, "%04ld-%02d-%02d", y, m, day);
		return 1;
	}
	return 0;
}

/*
 * Sets *iso to the date of a weekday named within three words of a releasing
 * verb in [s, e) ("published Tuesday by O"): that day in the week up to the
 * document's date.  Returns 1 if found.
 */
static int
report_weekday_date(const struct ex_doc *d, size_t s, size_t e, char iso[11])
{
	static const char *const days[] = {
		"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", NULL
	};
	struct tm	tm;
	size_t		t, k;
	int		w, yest;

	if (d->published == NULL || strlen(d->published) != 10 ||
	    report_has(d, s, e, (const char *const[]){ "will", "next", NULL }))
		return 0;
	for (t = s; t < e; t++) {
		if (!report_word(d, t))
			continue;
		/* "its release yesterday of X": the day before the document's. */
		yest = extract_lex_tok_is(d, t, "yesterday");
		if (!yest && !(d->toks[t].flags & TK_CAP))
			continue;
		for (w = 0; !yest && days[w] != NULL && !extract_lex_tok_is(d, t, days[w]); w++)
			;
		if (!yest && days[w] == NULL)
			continue;
		for (k = t > s + 3 ? t - 3 : s; k < e && k <= t + 3; k++)
			if (k != t && extract_lex_tok_in(d, k, release_ext))
				break;
		if (k >= e || k > t + 3)
			continue;
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = atoi(d->published) - 1900;
		tm.tm_mon = atoi(d->published + 5) - 1;
		tm.tm_mday = atoi(d->published + 8);
		tm.tm_hour = 12;
		tm.tm_isdst = -1;
		if (mktime(&tm) == (time_t)-1)
			return 0;
		tm.tm_mday -= yest ? 1 : (tm.tm_wday - w + 7) % 7;
		tm.tm_isdst = -1;
		if (mktime(&tm) == (time_t)-1)
			return 0;
		return strftime(iso, 11, "%Y-%m-%d", &tm) == 10;
	}
	return 0;
}

/* Sets the report's date from a releasing sentence [s, e); 1 if set. */
static int
report_date(struct ex_doc *d, struct ex_report *r, size_t s, size_t e)
{
	char	iso[11];
	size_t	at, used;

	if (r->published != NULL)
		return 1;
	if (!report_has(d, s, e, release_ext))
		return 0;
	if (extract_date_find(d->body + d->toks[s].start,
	    d->toks[e - 1].end - d->toks[s].start, iso, &at, &used) ||
	    report_short_date(d, s, e, iso)) {
		r->published = xstrdup(iso);
		return 1;
	}
	if (d->published != NULL &&
	    report_has(d, s, e, (const char *const[]){ "today", NULL })) {
		r->published = xstrdup(d->published);
		return 1;
	}
	return 0;
}

/* Returns 1 if a report noun at n is "new" ("a new report from O"). */
static int
report_is_new(const struct ex_doc *d, size_t s, size_t n)
{
	return (n > s && extract_lex_tok_is(d, n - 1, "new")) ||
	    (n > s + 1 && extract_lex_tok_is(d, n - 2, "new"));
}

/*
 * Returns 1 if the sentence [s, e) releases the report at noun n ("the group
 * released a report, “T,”") and says nothing of when: the release is the
 * news of the day.
 */
static int
report_released_now(const struct ex_doc *d, size_t s, size_t e, size_t n)
{
	static const char *const when[] = {
		"today", "yesterday", "week", "month", "year", "years", "earlier",
		"last", "ago", "previously", "recently", "since", "spring",
		"summer", "fall", "autumn", "winter", "tonight", "morning",
		"afternoon", "evening", "once", "before", "after", "until", NULL
	};
	size_t	t, v = REPORT_NONE;
	int	inq = 0;

	for (t = n > s + 4 ? n - 4 : s; t < n; t++)
		if (extract_lex_tok_in(d, t, release) || extract_lex_tok_is(d, t, "launched"))
			v = t;
	if (v == REPORT_NONE)
		return 0;
	for (t = v + 1; t < n; t++)
		if (!report_word(d, t) || (d->toks[t].flags & TK_CAP))
			return 0;
	for (t = s; t < e; t++) {
		if (!report_word(d, t)) {
			/* Words of a quoted title do not count. */
			if (d->body[d->toks[t].start] == '"')
				inq = !inq;
			else if (extract_lex_open_quote(d->body, d->body_len, d->toks[t].start))
				inq = 1;
			else if (extract_lex_close_quote(d->body, d->body_len, d->toks[t].start))
				inq = 0;
			continue;
		}
		if (inq)
			continue;
		if (((d->toks[t].flags & TK_DIGIT) && d->toks[t].end - d->toks[t].start == 4) ||
		    report_calendar(d, t) || extract_lex_tok_in(d, t, when))
			return 0;
	}
	return 1;
}

/* Returns 1 if the nouns at a and b name the same kind of report. */
static int
report_same_noun(const struct ex_doc *d, size_t a, size_t b)
{
	if (a == REPORT_NONE || extract_lex_tok_in(d, b, intro_nouns))
		return 1;
	return d->toks[a].end - d->toks[a].start >= 4 &&
	    d->toks[b].end - d->toks[b].start >= 4 &&
	    strncasecmp(d->body + d->toks[a].start, d->body + d->toks[b].start, 4) == 0;
}

/* Returns 1 if the noun at n is the object of "today sent a [sign-on] letter" in [s, n). */
static int
report_today(const struct ex_doc *d, size_t s, size_t n)
{
	size_t	t, k;

	for (t = n > s + 6 ? n - 6 : s; t + 1 < n; t++) {
		if ((d->body[d->toks[t].start] | 0x20) != 't' || !extract_lex_tok_is(d, t, "today") ||
		    !extract_lex_tok_in(d, t + 1, release_ext))
			continue;
		for (k = t + 2; k < n; k++)
			if (!report_word(d, k) || (d->toks[k].flags & TK_CAP))
				return 0;
		return 1;
	}
	return 0;
}

/* Returns 1 if the tokens a (REPORT_NONE: none) and b are the same word. */
static int
report_same_word(const struct ex_doc *d, size_t a, size_t b)
{
	size_t	l;

	if (a == REPORT_NONE || a == b)
		return 0;
	l = d->toks[a].end - d->toks[a].start;
	return d->toks[b].end - d->toks[b].start == l &&
	    strncasecmp(d->body + d->toks[a].start, d->body + d->toks[b].start, l) == 0;
}

/*
 * Returns the lower-case noun that modifies the report noun at n right
 * after "the" ("the examination report"), or REPORT_NONE.
 */
static size_t
report_modifier(const struct ex_doc *d, size_t n)
{
	if (n == REPORT_NONE || n < 2 || !report_word(d, n - 1) ||
	    (d->toks[n - 1].flags & TK_CAP) || d->toks[n - 1].end - d->toks[n - 1].start < 5 ||
	    !extract_lex_tok_is(d, n - 2, "the") || extract_lex_tok_in(d, n - 1, noun_adjs) ||
	    extract_lex_tok_in(d, n - 1, report_nouns))
		return REPORT_NONE;
	return n - 1;
}

/*
 * "The report, “T,”": the publisher (and date) from the nearest earlier
 * sentence that introduces a report of the same kind by its maker, or the
 * thing it reports on ("The examination report": "an examination by O").
 */
static void
report_lookback(struct ex_doc *d, struct ex_report *r, size_t before, size_t noun)
{
	const char	*on;
	size_t		 s, e, t, n;
	size_t		 starts[64], ns = 0, i, mod;
	char		 iso[11];

	if (before == 0 || r->publisher != NULL)	/* a publisher is kept */
		return;
	mod = report_modifier(d, noun);
	/* Sentence starts before token `before`, nearest kept last. */
	for (s = 0; s < before; s = e) {
		e = report_sent_end(d, s);
		if (ns == 64) {
			memmove(starts, starts + 1, 63 * sizeof(*starts));
			ns--;
		}
		starts[ns++] = s;
	}
	for (i = ns; i > 0; i--) {
		s = starts[i - 1];
		e = report_sent_end(d, s);
		if (e > before)
			e = before;
		n = REPORT_NONE;
		for (t = s; t < e && n == REPORT_NONE; t++)
			if (((extract_lex_tok_in(d, t, report_nouns) ||
			    extract_lex_tok_in(d, t, intro_nouns)) &&
			    report_same_noun(d, noun, t)) || report_same_word(d, mod, t))
				n = t;
		if (n == REPORT_NONE)
			continue;
		/* "an examination by O" for "the examination report" */
		if (report_same_word(d, mod, n) && n + 2 < e &&
		    (extract_lex_tok_is(d, n + 1, "by") || extract_lex_tok_is(d, n + 1, "from")) &&
		    (on = report_org(d, n + 2, &t)) != NULL) {
			r->publisher = xstrdup(on);
			return;
		}
		if (report_same_word(d, mod, n))
			continue;
		if ((on = report_by(d, s, e)) == NULL &&
		    (on = report_possessor(d, s, n)) == NULL &&
		    (on = report_subject(d, s, e)) == NULL)
			continue;
		r->publisher = xstrdup(on);
		if (!report_date(d, r, s, e) && r->published == NULL &&
		    d->published != NULL && (report_is_new(d, s, n) || report_today(d, s, n)))
			r->published = xstrdup(d->published);
		/* "O sent a letter Tuesday": the weekday of the release's week. */
		if (r->published == NULL && report_has(d, s, e, release_ext) &&
		    report_weekday_date(d, s, e, iso))
			r->published = xstrdup(iso);
		/* "O today sent a letter" earlier: the letter is of the document's day. */
		for (; r->published == NULL && d->published != NULL && noun != REPORT_NONE && i > 1;
		    i--) {
			s = starts[i - 2];
			e = report_sent_end(d, s);
			for (t = s; t < e; t++)
				if (extract_lex_tok_in(d, t, report_nouns) &&
				    report_same_noun(d, noun, t) && report_today(d, s, t)) {
					r->published = xstrdup(d->published);
					break;
				}
		}
		return;
	}
}

/* Returns 1 if the word w (wl bytes) is in the name of an organization other than org i (REPORT_NONE: any). */
static int
report_shared_word(const struct ex_doc *d, size_t i, const char *w, size_t wl)
{
	const char	*p;
	size_t		 k;

	for (k = 0; k < d->norgs; k++) {
		if (k == i)
			continue;
		for (p = d->orgs[k].name; *p; p++)
			if ((p == d->orgs[k].name || p[-1] == ' ') &&
			    strncasecmp(p, w, wl) == 0 && (p[wl] == ' ' || p[wl] == '\0'))
				return 1;
	}
	return 0;
}

/* Returns how many words of organization oi's name, in no other's, appear in title. */
static size_t
report_overlap(const struct ex_doc *d, size_t oi, const char *title)
{
	const char	*name = d->orgs[oi].name;
	size_t		 i = 0, n = 0, a, len = strlen(name);

	while (i < len) {
		while (i < len && name[i] == ' ')
			i++;
		a = i;
		while (i < len && name[i] != ' ')
			i++;
		if (i - a < 3 || extract_lex_in(name + a, i - a, common) ||
		    extract_org_head(name + a, i - a) ||
		    report_shared_word(d, oi, name + a, i - a))
			continue;
		{
			char	*w = xstrndup(name + a, i - a);

			if (extract_lex_ifind(title, strlen(title), w))
				n++;
			free(w);
		}
	}
	return n;
}

/* Guesses a publisher: the organization whose distinctive words appear in the title. */
static void
report_publisher_by_name(struct ex_doc *d, struct ex_report *r)
{
	size_t	i, n, best = 0, bi = 0;

	if (r->publisher != NULL)
		return;
	for (i = 0; i < d->norgs; i++) {
		n = report_overlap(d, i, r->title);
		if (n > best) {
			best = n;
			bi = i;
		}
	}
	if (best >= 2)
		r->publisher = xstrdup(d->orgs[bi].name);
}

/* Returns 1 if the noun at n is definite: "the report", "this study", or none. */
static int
report_definite(const struct ex_doc *d, size_t s, size_t n)
{
	size_t	p = n;

	if (n == REPORT_NONE)
		return 1;
	/* "the August 14 letter": a date stands among the adjectives. */
	while (p > s && (extract_lex_tok_in(d, p - 1, noun_adjs) ||
	    (d->toks[p - 1].flags & TK_DIGIT) || report_calendar(d, p - 1)))
		p--;
	return p > s && (extract_lex_tok_is(d, p - 1, "the") ||
	    extract_lex_tok_is(d, p - 1, "this") || extract_lex_tok_is(d, p - 1, "that"));
}

/*
 * Returns the document's publisher when the sentence [s, e) opens with a
 * name ending in a word of it that releases something ("The Hollins County
 * Ombudsman today issued its annual report"); NULL otherwise.
 */
static const char *
report_self(const struct ex_doc *d, size_t s, size_t e)
{
	const char	*h, *p;
	size_t		 v, a, hl;

	if (d->publisher == NULL)
		return NULL;
	for (v = s + 1; v < e && !extract_lex_tok_in(d, v, release_now); v++)
		;
	if (v >= e)
		return NULL;
	while (v > s && extract_lex_tok_in(d, v - 1, subject_skip))
		v--;
	if (v < s + 2 || !report_word(d, v - 1) || !(d->toks[v - 1].flags & TK_CAP))
		return NULL;
	for (a = v - 1; a > s && report_word(d, a - 1) &&
	    (d->toks[a - 1].flags & TK_CAP) && !(d->toks[a - 1].flags & TK_POSS); a--)
		;
	if (a != s && !(a == s + 1 && extract_lex_tok_is(d, s, "the")))
		return NULL;
	if (v - a < 2)
		return NULL;
	h = d->body + d->toks[v - 1].start;
	hl = d->toks[v - 1].end - d->toks[v - 1].start;
	if (hl < 4)
		return NULL;
	for (p = d->publisher; *p; p++)
		if ((p == d->publisher || p[-1] == ' ') && strncasecmp(p, h, hl) == 0 &&
		    (p[hl] == ' ' || p[hl] == '\0'))
			return d->publisher;
	return NULL;
}

/*
 * Returns the subject of a sentence that opens "In a report, “T,” ..., O
 * found": the first organization after the noun at n, outside quotation
 * marks and no preposition's object; NULL if none.
 */
static const char *
report_in_subject(struct ex_doc *d, size_t s, size_t e, size_t n)
{
	const char	*on;
	size_t		 t, end;
	int		 inq = 0;

	if (n == REPORT_NONE || n < s + 2 || n > s + 5 || !extract_lex_tok_is(d, s, "in") ||
	    !(extract_lex_tok_is(d, s + 1, "a") || extract_lex_tok_is(d, s + 1, "an") ||
	    extract_lex_tok_is(d, s + 1, "its") || extract_lex_tok_is(d, s + 1, "their")))
		return NULL;
	for (t = n + 1; t < e; t++) {
		if (!report_word(d, t)) {
			if (extract_lex_open_quote(d->body, d->body_len, d->toks[t].start))
				inq = 1;
			else if (extract_lex_close_quote(d->body, d->body_len, d->toks[t].start) &&
			    !report_mark(d, t, "\xe2\x80\x99"))
				inq = 0;
			continue;
		}
		if (inq || !(d->toks[t].flags & TK_CAP))
			continue;
		if ((on = extract_org_at(d, t, &end)) == NULL)
			continue;
		if (!report_after_prep(d, s, t))
			return on;
		t = end - 1;
	}
	return NULL;
}

/*
 * Returns the organization of the researchers nearest before the end of the
 * sentence [s, e) ("researchers at O"), for a study in a journal; or NULL.
 */
static const char *
report_team(struct ex_doc *d, size_t s, size_t e)
{
	const char	*on;
	size_t		 k, x, end, lo = s, paras = (d->toks[s].flags & TK_PARA) ? 1 : 0;

	/* This paragraph and the one before. */
	while (lo > 0 && s - lo < 400 && paras < 2) {
		lo--;
		if (d->toks[lo].flags & TK_PARA)
			paras++;
	}
	for (k = e; k-- > lo; ) {
		if (!extract_lex_tok_in(d, k, researchers) ||
		    !(extract_lex_tok_is(d, k + 1, "at") || extract_lex_tok_is(d, k + 1, "from") ||
		    extract_lex_tok_is(d, k + 1, "of")))
			continue;
		x = k + 2;
		if (extract_lex_tok_is(d, x, "the"))
			x++;
		if ((on = report_org(d, x, &end)) != NULL)
			return on;
	}
	return NULL;
}

/*
 * Returns the journal a sentence [s, e) says an article was published in
 * ("published May 9 in the journal O"), or NULL; "published in the Journal
 * of O" only if named (a sentence-case article title is the journal's).
 */
static const char *
report_journal(struct ex_doc *d, size_t s, size_t e, int named)
{
	static const char *const appear_verbs[] = {
		"appears", "appeared", "appear", "is", "was", NULL
	};
	size_t	t, p, k;

	for (t = s + 3; t + 1 < e; t++) {
		if (!extract_lex_tok_is(d, t, "journal") || !extract_lex_tok_is(d, t - 1, "the") ||
		    !extract_lex_tok_is(d, t - 2, "in") || !report_word(d, t + 1))
			continue;
		/*
		 * "appears in the Journal of Coastal Ecology": the article is
		 * the journal's, the word opening its name.
		 */
		if ((d->toks[t].flags & TK_CAP) && extract_lex_tok_is(d, t + 1, "of") &&
		    report_word(d, t + 2) && (d->toks[t + 2].flags & TK_CAP)) {
			p = t;
			if (!named && !extract_lex_tok_in(d, t - 3, appear_verbs))
				continue;
		}
		else if (!(d->toks[t + 1].flags & TK_CAP))
			continue;
		else
			p = t + 1;
		/* "appears in the journal O" */
		if (extract_lex_tok_in(d, t - 3, appear_verbs))
			return report_run_org(d, p, e);
		/* "published" right before, but for a date: "published online May 9 in". */
		for (k = t - 3; k > s && t - k < 8 && (report_datey(d, k) ||
		    extract_lex_tok_is(d, k, "online")); k--)
			;
		if (extract_lex_tok_is(d, k, "published"))
			return report_run_org(d, p, e);
	}
	return NULL;
}

/*
 * Returns 1 if "in the journal O" in sentence [s, e) is followed at once by
 * "by": the authors named after the journal do not publish the article.
 */
static int
report_journal_by(const struct ex_doc *d, size_t s, size_t e)
{
	size_t	t, k;

	for (t = s + 2; t + 1 < e; t++) {
		if (!extract_lex_tok_is(d, t, "journal") || !extract_lex_tok_is(d, t - 1, "the") ||
		    !extract_lex_tok_is(d, t - 2, "in"))
			continue;
		for (k = t + 1; k < e && report_word(d, k) && ((d->toks[k].flags & TK_CAP) ||
		    extract_lex_tok_is(d, k, "of") || extract_lex_tok_is(d, k, "and")); k++)
			;
		return k > t + 1 && extract_lex_tok_is(d, k, "by");
	}
	return 0;
}

/*
 * Returns 1 if the sentence [s, e) has the release speak of sending a
 * document itself: "we sent the Corps a comment letter", "we filed".
 */
static int
report_we_sent(const struct ex_doc *d, size_t s, size_t e)
{
	/* verbs of making a document public, not of finding or doing */
	static const char *const sent_verbs[] = {
		"sent", "filed", "submitted", "wrote", "delivered", "released",
		"published", "issued", NULL
	};
	size_t	t;

	for (t = s; t + 1 < e && t < s + 12; t++)
		if (extract_lex_tok_is(d, t, "we") &&
		    extract_lex_tok_in(d, t + 1, sent_verbs))
			return 1;
	return 0;
}

/*
 * Sets publisher and date of a report cited in sentence [s, e) whose noun
 * is at n (REPORT_NONE if none).
 */
static void
report_release(struct ex_doc *d, struct ex_report *r, size_t sent, size_t e, size_t n)
{
	size_t		 s, para, pass;
	const char	*on;
	char		 iso[11];
	int		 old;

	/* "published ... in the journal O by researchers at U": the journal's. */
	if (r->publisher == NULL && report_journal_by(d, sent, e) &&
	    (on = report_journal(d, sent, e, 0)) != NULL)
		r->publisher = xstrdup(on);
	if (r->publisher == NULL &&
	    ((on = report_by(d, sent, e)) != NULL ||
	    (n != REPORT_NONE && (on = report_possessor(d, sent, n)) != NULL) ||
	    (on = report_subject(d, sent, e)) != NULL))
		r->publisher = xstrdup(on);
	/* "The study, T, was published in the journal O": the journal's. */
	if (r->publisher == NULL && (on = report_journal(d, sent, e,
	    !report_titlecase_str(r->title, strlen(r->title)))) != NULL)
		r->publisher = xstrdup(on);
	/* "we sent the Corps a comment letter, T": the release's own. */
	if (r->publisher == NULL && d->publisher != NULL && report_we_sent(d, sent, e))
		r->publisher = xstrdup(d->publisher);
	/* The document's own maker, or a journal article's researchers. */
	if (r->publisher == NULL && ((on = report_in_subject(d, sent, e, n)) != NULL ||
	    (on = report_self(d, sent, e)) != NULL ||
	    (report_has(d, sent, e, (const char *const[]){ "journal", NULL }) &&
	    (on = report_team(d, sent, e)) != NULL)))
		r->publisher = xstrdup(on);
	if (!report_date(d, r, sent, e) && report_has(d, sent, e, release_ext) &&
	    report_weekday_date(d, sent, e, iso))
		r->published = xstrdup(iso);
	if (r->published == NULL && d->published != NULL && n != REPORT_NONE &&
	    (report_is_new(d, sent, n) || report_released_now(d, sent, e, n)))
		r->published = xstrdup(d->published);
	if (r->publisher == NULL && (report_definite(d, sent, n) ||
	    report_modifier(d, n) != REPORT_NONE))
		report_lookback(d, r, sent, n);
	/* "A 2022 audit" in a 2024 release: an earlier report, not the day's. */
	old = n != REPORT_NONE && n > sent && report_year(d, n - 1) && d->published != NULL &&
	    strncmp(d->body + d->toks[n - 1].start, d->published, 4) != 0;
	para = sent;
	while (para > 0 && !(d->toks[para].flags & TK_PARA))
		para--;
	/* The paragraph's releasing sentence, then the lede's. */
	for (pass = 1; pass < 3; pass++) {
		s = pass == 1 ? para : 0;
		while (s < d->ntoks) {
			e = report_sent_end(d, s);
			if (report_has(d, s, e, release) && report_has(d, s, e, report_nouns)) {
				if (r->publisher == NULL && pass < 2 &&
				    (on = report_first_org(d, s, e)) != NULL)
					r->publisher = xstrdup(on);
				if (r->published == NULL && !old)
					report_date(d, r, s, e);
				return;
			}
			if (e >= d->ntoks || (d->toks[e].flags & TK_PARA))
				break;
			s = e;
		}
	}
}

/* Returns the report noun a title's comma at p follows ("a survey released in May,"), or REPORT_NONE. */
static size_t
report_noun_before(const struct ex_doc *d, size_t p)
{
	size_t	t, n;

	if (p == 0 || (!report_punct(d, p, ',') && !report_punct(d, p, ':')))
		return REPORT_NONE;
	for (t = p, n = 0; t > 0 && n < 16; t--, n++) {
		/* "a review by the Ohio Group (OG)," */
		if (report_punct(d, t - 1, ')') && t > 2 && report_punct(d, t - 3, '(') &&
		    (d->toks[t - 2].flags & TK_ACR)) {
			t -= 2;
			continue;
		}
		if (report_punct(d, t - 1, '&') && t > 1 && (d->toks[t - 2].flags & TK_CAP))
			continue;	/* "by Ashgrove & Teller," */
		if (!report_word(d, t - 1) || extract_lex_tok_in(d, t - 1, say_verbs))
			return REPORT_NONE;
		if (extract_lex_tok_in(d, t - 1, report_nouns)) {
			/* The noun is followed by the comma, a participle or a preposition. */
			if (t == p || extract_lex_tok_in(d, t, noun_links) ||
			    extract_lex_tok_in(d, t, by_verbs) ||
			    extract_lex_tok_in(d, t, release_ext))
				return t - 1;
			return REPORT_NONE;
		}
		if (d->toks[t - 1].flags & TK_SENT)
			return REPORT_NONE;
	}
	return REPORT_NONE;
}

/* Returns the noun of "a report by O" (unless strict, any "a report") at t, or REPORT_NONE. */
static size_t
report_article_noun(const struct ex_doc *d, size_t t, int strict)
{
	size_t	n;

	if (!(extract_lex_tok_is(d, t, "a") || extract_lex_tok_is(d, t, "an") ||
	    extract_lex_tok_is(d, t, "the")))
		return REPORT_NONE;
	for (n = 0, t++; n < 3 && report_word(d, t); n++, t++) {
		if (extract_lex_tok_in(d, t, report_nouns)) {
			if (!strict || extract_lex_tok_is(d, t + 1, "by") ||
			    extract_lex_tok_is(d, t + 1, "from") ||
			    extract_lex_tok_in(d, t + 1, by_verbs))
				return t;
			return REPORT_NONE;
		}
		if (d->toks[t].flags & TK_CAP)
			return REPORT_NONE;
	}
	return REPORT_NONE;
}

/* Returns the report noun of ", a report by O" after the comma at p, or REPORT_NONE. */
static size_t
report_noun_after(const struct ex_doc *d, size_t p)
{
	if (!report_punct(d, p, ','))
		return REPORT_NONE;
	return report_article_noun(d, p + 1, 1);
}

/* Returns 1 if the quote [o, c] names the report noun after it ("the group’s “T” report, which"). */
static int
report_noun_named(const struct ex_doc *d, size_t o, size_t c)
{
	static const char *const before[] = {
		"its", "their", "the", "a", "an", "this", "new", "latest",
		"annual", "recent", "landmark", NULL
	};
	static const char *const after[] = {
		"which", "that", "was", "is", "found", "finds", "shows", "showed",
		"released", "published", "issued", "by", "from", "on", "in", "of",
		"for", "and", "with", "says", "said", "to", "last", "this", NULL
	};

	if (o == 0 || !report_word(d, c + 1) || (d->toks[c + 1].flags & TK_CAP) ||
	    !extract_lex_tok_in(d, c + 1, report_nouns))
		return 0;
	if (!(d->toks[o - 1].flags & (TK_POSS | TK_DIGIT)) &&
	    !extract_lex_tok_in(d, o - 1, before))
		return 0;
	return !report_word(d, c + 2) || extract_lex_tok_in(d, c + 2, after);
}

/* Returns 1 if the ordinal before the quote at o cites one of several reports. */
static int
report_ordinal(const struct ex_doc *d, size_t o, size_t s, size_t e)
{
	size_t	t = o - 1, p;

	if (o == 0)
		return 0;
	if (report_punct(d, t, ',') && t > 0)
		t--;
	if (!extract_lex_tok_in(d, t, ordinal))
		return 0;
	if (report_has(d, s, e, report_nouns))
		return 1;
	p = s;
	while (p > 0 && !(d->toks[p].flags & TK_PARA))
		p--;
	return report_has(d, p, e, report_nouns);
}

/* Returns the noun before the "titled" at o - 1 ("a report titled"), or REPORT_NONE. */
static size_t
report_intro(const struct ex_doc *d, size_t o)
{
	size_t	t = o - 1, k;

	if (o == 0)
		return REPORT_NONE;
	if (report_punct(d, t, ',') && t > 0)
		t--;
	/* "the survey, published as “T”": a release verb names it too. */
	if (t > 0 && extract_lex_tok_is(d, t, "as") && extract_lex_tok_in(d, t - 1, quote_verbs))
		t--;
	else if (!extract_lex_tok_in(d, t, intro))
		return REPORT_NONE;
	for (k = 1; k <= 5 && k <= t; k++) {
		if (extract_lex_tok_in(d, t - k, report_nouns))
			return t - k;
		if (d->toks[t - k + 1].flags & TK_SENT)
			break;
	}
	return REPORT_NONE;
}

/* Last words of a quoted title that name it a report ("... Workload Survey"). */
static const char *const title_nouns[] = {
	"Report", "Survey", "Study", "Assessment", "Audit", "Analysis",
	"Evaluation", "Scorecard", "Census", "Trial", "Index", "Statement", NULL
};

/* Words of the period a report's title may end with ("Annual Report, Fiscal Year 2023"). */
static const char *const title_periods[] = {
	"fiscal", "year", "fy", NULL
};

/*
 * Returns 1 if the quoted title [a, b) opening after the mark o ends in a
 * report's noun and stands where a title does: after a possessor, "own", an
 * article or a comma ("the Board’s own “Supply and Demand Report”", "The
 * randomized trial, “X: A Randomized Controlled Trial”").
 */
static int
report_title_noun(const struct ex_doc *d, size_t o, size_t a, size_t b)
{
	static const char *const before[] = {
		"own", "the", "a", "an", "its", "their", "our", NULL
	};
	const struct ex_tok *k;

	if (o == 0 || b < a + 2)
		return 0;
	/* "Annual Report 2022", "Annual Report, Fiscal Year 2023": the period after the noun. */
	while (b > a + 2 && (report_year(d, b - 1) || report_punct(d, b - 1, ',') ||
	    extract_lex_tok_in(d, b - 1, title_periods)))
		b--;
	k = &d->toks[b - 1];
	if (!(k->flags & TK_WORD) || !(k->flags & TK_CAP) || k->end - k->start < 4 ||
	    !extract_lex_in(d->body + k->start, k->end - k->start, title_nouns))
		return 0;
	return report_punct(d, o - 1, ',') || (d->toks[o - 1].flags & TK_POSS) ||
	    report_plural_poss(d, o - 1) || extract_lex_tok_in(d, o - 1, before);
}

/* Verbs after which "in “T”" cites a report of the subject ("O reported in “T”"). */
static const char *const in_verbs[] = {
	"reported", "documented", NULL
};

/*
 * Returns the organization that is the subject of "O (ACR) reported in" just
 * before the quote opening at o, or NULL.
 */
static const char *
report_in_verb(struct ex_doc *d, size_t s, size_t o)
{
	const char	*on;
	size_t		 v, q, end;

	if (o < s + 3 || !extract_lex_tok_is(d, o - 1, "in") ||
	    !extract_lex_tok_in(d, o - 2, in_verbs))
		return NULL;
	v = o - 2;
	/* "O (ACR) reported": the initials in parentheses. */
	if (v >= s + 3 && report_punct(d, v - 1, ')') && report_punct(d, v - 3, '('))
		v -= 3;
	for (q = v; q > s && v - q < 12; q--)
		if ((d->toks[q - 1].flags & TK_CAP) &&
		    (on = extract_org_at(d, q - 1, &end)) != NULL && end == v)
			return on;
	return NULL;
}

/* Finds quoted titles: "a report titled “T”", "The report, “T,”", "“T,” a study by O". */
static void
report_quoted(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *on;
	size_t		  o, c, s, e, a, b, n, k, lastc = REPORT_NONE, lastn = REPORT_NONE;
	int		  ok, loose, single, pub;

	for (o = 0; o + 1 < d->ntoks; o++) {
		if (d->toks[o].flags & TK_WORD)
			continue;
		/* ‘Single marks’ pair with each other, double with double. */
		single = report_mark(d, o, "\xe2\x80\x98");
		if (!single && !extract_lex_open_quote(d->body, d->body_len, d->toks[o].start))
			continue;
		for (c = o + 1; c < d->ntoks && c - o < 2000; c++) {
			if (d->toks[c].flags & TK_WORD)
				continue;
			if (single ? report_mark(d, c, "\xe2\x80\x99") :
			    (extract_lex_close_quote(d->body, d->body_len, d->toks[c].start) &&
			    !report_mark(d, c, "\xe2\x80\x99")))
				break;
		}
		if (c >= d->ntoks)
			continue;
		if (c - o < 3) {
			o = c;		/* a straight closing mark opens nothing */
			continue;
		}
		/*
		 * A long quotation is a statement: a title may stand inside
		 * it when curly marks keep its ends apart from the title's.
		 */
		if (c - o > 60) {
			if (!report_mark(d, o, "\xe2\x80\x9c"))
				o = c;
			continue;
		}
		a = o + 1;
		b = c;
		while (b > a && (report_punct(d, b - 1, ',') || report_punct(d, b - 1, '.')))
			b--;
		s = extract_lex_sentence(d, o);
		/* "“Who Pays? The Cost of X,” a report": the title's mark ends no sentence. */
		for (e = report_sent_end(d, s); e <= c && e < d->ntoks; )
			e = report_sent_end(d, e);
		ok = loose = 0;
		if ((n = report_intro(d, o)) != REPORT_NONE)
			ok = loose = 1;
		else if (o >= 3 && extract_lex_tok_is(d, o - 1, "title") &&
		    extract_lex_tok_is(d, o - 2, "the") && (extract_lex_tok_is(d, o - 3, "under") ||
		    extract_lex_tok_is(d, o - 3, "with")) && (report_has(d, s, o, report_nouns) ||
		    report_has(d, s, o, intro_nouns))) {
			n = REPORT_NONE;	/* "published under the title “T”" */
			ok = loose = 1;
		}
		else if (lastc != REPORT_NONE && o > 1 && extract_lex_tok_is(d, o - 1, "and") &&
		    (o - 2 == lastc || (report_punct(d, o - 2, ',') && o - 3 == lastc))) {
			n = lastn;		/* "“A” and “B”" */
			ok = 1;
		} else if (report_ordinal(d, o, s, e))
			ok = 1;
		else if ((n = report_noun_before(d, o - 1)) != REPORT_NONE)
			ok = 1;
		else if (o > 0 && extract_lex_tok_in(d, o - 1, report_nouns) &&
		    (d->toks[o - 1].flags & TK_WORD)) {
			n = o - 1;		/* "its report “T”" */
			ok = 1;
		}
		else if (report_noun_named(d, o, c)) {
			n = o;			/* "the coalition’s “T” report" */
			ok = 1;
		} else if ((report_punct(d, c + 1, ',') &&
		    (n = report_article_noun(d, c + 2, 0)) != REPORT_NONE) ||
		    (report_punct(d, c - 1, ',') &&
		    (n = report_article_noun(d, c + 1, 0)) != REPORT_NONE))
			ok = 1;
		else if (report_title_noun(d, o, a, b)) {
			/* "the Board’s own “Supply and Demand Report,”", "a study by O, the “T Assessment”" */
			n = REPORT_NONE;
			if (o >= 2 && extract_lex_tok_is(d, o - 1, "the"))
				n = report_noun_before(d, o - 2);
			/* The possessor stands where the noun's would: "O’s [own] “T”". */
			else if (d->toks[o - 1].flags & TK_POSS)
				n = o;
			else if (report_plural_poss(d, o - 1))
				n = o;
			/* "the Bureau's final impact statement, “T”": the possessor of the words before. */
			else if (report_punct(d, o - 1, ',')) {
				for (k = o - 1; k > 0 && o - 1 - k < 6 && report_word(d, k - 1) &&
				    !(d->toks[k - 1].flags & (TK_CAP | TK_POSS)); k--)
					;
				if (k < o - 1 && k > 0 && (d->toks[k - 1].flags & TK_POSS))
					n = k;
			}
			else if (o >= 2 && extract_lex_tok_is(d, o - 1, "own") &&
			    (d->toks[o - 2].flags & TK_POSS))
				n = o - 1;
			ok = 1;
		} else if ((on = report_in_verb(d, s, o)) != NULL) {
			n = REPORT_NONE;	/* "O reported in “T”" */
			ok = 1;
		} else if (o > s && extract_lex_tok_in(d, o - 1, quote_verbs) &&
		    !report_has(d, s, e, other_docs) && report_subject(d, s, e) != NULL) {
			n = REPORT_NONE;	/* "the commission published “T,”" */
			ok = 1;
		}
		/* "The study, “Sentence-case title,” appears in the journal O." */
		if (ok && !loose && report_journal(d, c, e, 1) != NULL)
			loose = 1;
		if (!ok || !(report_titlecase(d, a, b) ||
		    (loose && report_titlelike(d, a, b)))) {
			o = c;
			continue;
		}
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		o = c;
		if (r == NULL)
			continue;
		lastc = c;
		lastn = n;
		/* "“T” (GAO-25-106731)": the agency whose initials open the number. */
		if (r->publisher == NULL)
			report_code(d, r, c + 1);
		/* "O reported in “T”": the subject published it; the date is the sentence's own. */
		if (r->publisher == NULL && (on = report_in_verb(d, s, a - 1)) != NULL) {
			r->publisher = xstrdup(on);
			if (r->published == NULL)
				report_date(d, r, s, e);
		} else
			report_release(d, r, s, e, n);
		if (report_definite(d, s, n))
			report_publisher_by_name(d, r);
		/* "Stretched Thin: The 2021 PSEA Workload Survey": the publisher's initials. */
		for (k = a; r->publisher == NULL && k < b; k++)
			if ((d->toks[k].flags & (TK_ACR | TK_POSS)) == TK_ACR &&
			    (on = extract_org_initials_at(d, k, &pub)) != NULL && pub)
				r->publisher = xstrdup(report_acronym(d, k));
	}
}

/*
 * Parses a report number in parentheses at token t ("(GAO-25-106731)",
 * "(Report No. OIG-24-A-003)"): sets *code to the number, *pre to the
 * letters that open it and *len to its length (each if not NULL); returns
 * the parenthesis's contents' length, or 0 if none.
 */
static size_t
report_code_parse(const struct ex_doc *d, size_t t, const char **code, size_t *pre,
    size_t *len)
{
	const char	*s;
	size_t		 n, l, k, skip = 0;

	if (t >= d->ntoks || d->body[d->toks[t].start] != '(')
		return 0;
	s = d->body + d->toks[t].end;
	n = d->body_len - d->toks[t].end;
	if (n > 11 && strncmp(s, "Report No. ", 11) == 0)
		skip = 11;
	else if (n > 4 && strncmp(s, "No. ", 4) == 0)
		skip = 4;
	for (l = skip; l < n && l - skip < 8 && s[l] >= 'A' && s[l] <= 'Z'; l++)
		;
	if (l - skip < 2 || l + 1 >= n || s[l] != '-' || s[l + 1] < '0' || s[l + 1] > '9')
		return 0;
	for (k = l + 1; k < n && k < 48 && s[k] != ')' && s[k] != ' '; k++)
		;
	if (k >= n || s[k] != ')')
		return 0;
	if (code != NULL)
		*code = s + skip;
	if (pre != NULL)
		*pre = l - skip;
	if (len != NULL)
		*len = k - skip;
	return k;
}

/* Returns 1 if the capitalized words of name abbreviate to the l letters of p. */
static int
report_initials_of(const char *name, const char *p, size_t l)
{
	const char	*w;
	size_t		 i = 0;

	for (w = name; *w != '\0'; w++) {
		if (w != name && w[-1] != ' ')
			continue;
		if (*w < 'A' || *w > 'Z')
			continue;
		if (i >= l || *w != p[i])
			return 0;
		i++;
	}
	return i == l;
}

/*
 * Returns 1 if the initials of name, with or without an "Office of" that
 * opens it, are the l letters of p: "Office of the Special Inspector
 * General for Harbor Dredging" is SIGHD, "Office of Inspector General" OIG.
 */
static int
report_initials(const char *name, const char *p, size_t l)
{
	if (strncmp(name, "Office of ", 10) == 0 &&
	    report_initials_of(name + 10, p, l))
		return 1;
	return report_initials_of(name, p, l);
}

/*
 * Reads a report number in parentheses at token t ("(GAO-25-106731)"): an
 * alias, and the publisher when its letters are a known body's acronym or
 * the initials of its name.
 */
static void
report_code(struct ex_doc *d, struct ex_report *r, size_t t)
{
	const char	*s;
	size_t		 i, k, l, all;

	if ((all = report_code_parse(d, t, &s, &l, &k)) == 0)
		return;
	report_alias(r, s, k);
	if (all > k)
		report_alias(r, d->body + d->toks[t].end, all);
	for (i = 0; i < d->norgs; i++)
		if (d->orgs[i].acronym != NULL && strlen(d->orgs[i].acronym) == l &&
		    strncmp(d->orgs[i].acronym, s, l) == 0) {
			r->publisher = xstrdup(d->orgs[i].name);
			return;
		}
	if (d->publisher != NULL && report_initials(d->publisher, s, l)) {
		r->publisher = xstrdup(d->publisher);
		return;
	}
	for (i = 0; i < d->norgs; i++)
		if (d->orgs[i].name != NULL && report_initials(d->orgs[i].name, s, l)) {
			r->publisher = xstrdup(d->orgs[i].name);
			return;
		}
}

/* Returns the end of an unmarked title at a (with a colon unless colon_opt), or a. */
static size_t
report_bare_title(const struct ex_doc *d, size_t a, size_t lim, int colon_opt)
{
	size_t	t, colon = 0;

	for (t = a; t < lim && t - a < 40; t++) {
		if (t > a && (d->toks[t].flags & TK_SENT)) {
			lim = t;
			break;
		}
		if (report_word(d, t)) {
			if ((d->toks[t].flags & (TK_CAP | TK_DIGIT)) ||
			    extract_lex_tok_in(d, t, title_small))
				continue;
			break;
		}
		if (report_punct(d, t, ':') && t > a && report_word(d, t + 1) &&
		    (d->toks[t + 1].flags & (TK_CAP | TK_DIGIT))) {
			colon = 1;
			continue;
		}
		if (extract_lex_dash(d->body, d->body_len, d->toks[t].start) &&
		    t > a && (d->toks[t - 1].flags & TK_DIGIT))
			continue;
		/* "Title: Scheduling, Overtime and Reliability" */
		if (colon && report_punct(d, t, ',') && report_word(d, t + 1) &&
		    (((d->toks[t + 1].flags & TK_CAP) && !report_calendar(d, t + 1)) ||
		    report_year(d, t + 1)))
			continue;
		break;
	}
	/* It ends at punctuation or the sentence's end, not mid-clause. */
	if ((!colon && !colon_opt) || (t < lim && report_word(d, t)))
		return a;
	while (t > a && report_punct(d, t - 1, ','))
		t--;
	/* "... Rents on Monday": the day is not the title's. */
	while (t > a + 2 && report_calendar(d, t - 1) &&
	    extract_lex_tok_in(d, t - 2, title_small))
		t -= 2;
	while (t > a && (!report_word(d, t - 1) ||
	    extract_lex_tok_in(d, t - 1, title_small)))
		t--;
	return t;
}

/*
 * Returns the end of a title written without marks or colon between commas
 * at a ("a report by O, Closing the Trades Gap, found"): three or more words
 * of a title, then a comma and a clause; a if none.
 */
static size_t
report_appos_title(struct ex_doc *d, size_t a)
{
	size_t	t, q, end;

	for (t = a; t < d->ntoks && t - a < 16; t++) {
		if (t > a && (d->toks[t].flags & TK_SENT))
			return a;
		if (!report_word(d, t))
			break;
		if (!(d->toks[t].flags & (TK_CAP | TK_DIGIT)) &&
		    !extract_lex_tok_in(d, t, title_small))
			return a;
	}
	/* After a name or a report noun ("by O, T," "its report, T,"), not "the chair, N,". */
	if (a < 2 || (!(d->toks[a - 2].flags & (TK_CAP | TK_DIGIT)) &&
	    !extract_lex_tok_in(d, a - 2, report_nouns)))
		return a;
	/* "T (Report No. OIG-24-A-003), reviewed": the number stands before the comma. */
	q = t;
	if (report_code_parse(d, t, NULL, NULL, NULL) > 0)
		for (q = t + 1; q < d->ntoks && q - t < 16 && !report_punct(d, q - 1, ')'); q++)
			;
	if (t - a < 3 || !report_punct(d, q, ',') || !report_word(d, q + 1) ||
	    (d->toks[q + 1].flags & (TK_CAP | TK_DIGIT)) ||
	    extract_lex_tok_in(d, q + 1, list_words) ||
	    extract_lex_tok_in(d, t - 1, title_small) ||
	    extract_org_head(d->body + d->toks[t - 1].start,
	    d->toks[t - 1].end - d->toks[t - 1].start) ||
	    extract_lex_tok_in(d, t - 1, org_kinds) ||
	    extract_lex_tok_is(d, t - 1, "associates") ||
	    (a >= 2 && report_punct(d, a - 1, ',') && extract_lex_tok_in(d, a - 2, org_kinds) &&
	    !(d->toks[a - 2].flags & TK_CAP)))
		return a;	/* "a survey by the firm, Baker Lane Associates, found" */
	/* A person's or an organization's name is no title. */
	if (extract_person_find(d, d->body + d->toks[a].start,
	    d->toks[t - 1].end - d->toks[a].start) != NULL ||
	    extract_org_at(d, a, &end) != NULL)
		return a;
	return t;
}

/* Finds "a report titled T, which" written without quotation marks. */
static void
report_bare_titled(struct ex_doc *d)
{
	struct ex_report *r;
	size_t		  t, n, a, b, s, e;

	for (t = 1; t + 2 < d->ntoks; t++) {
		if (!extract_lex_tok_is(d, t, "titled") && !extract_lex_tok_is(d, t, "entitled"))
			continue;
		a = t + 1;
		if (!report_word(d, a) || !(d->toks[a].flags & (TK_CAP | TK_DIGIT)) ||
		    (n = report_intro(d, a)) == REPORT_NONE)
			continue;
		b = report_bare_title(d, a, d->ntoks, 1);
		if (b <= a || !report_titlecase(d, a, b))
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		if (r != NULL)
			report_release(d, r, s, e, n);
		t = b;
	}
}

/* Finds "a study, T: Subtitle," and "T, a report by O" written without quotation marks. */
static void
report_bare(struct ex_doc *d)
{
	struct ex_report *r;
	size_t		  p, a, b, s, e, n, k, content;

	for (p = 1; p + 2 < d->ntoks; p++) {
		if (!report_punct(d, p, ','))
			continue;
		a = b = 0;
		k = p + 1;
		if (extract_lex_tok_is(d, k, "the") && !(d->toks[k].flags & TK_CAP))
			k++;		/* "a review, the 2012 Operations Review: ..." */
		if ((n = report_noun_before(d, p)) != REPORT_NONE &&
		    report_word(d, k) && (d->toks[k].flags & (TK_CAP | TK_DIGIT))) {
			a = k;
			if ((b = report_bare_title(d, a, d->ntoks, 0)) == a)
				b = report_appos_title(d, a);
		} else if ((n = report_noun_after(d, p)) != REPORT_NONE &&
		    report_word(d, p - 1)) {
			/* Back over the capitalized run before the comma. */
			a = p;
			while (a > 0 && !(d->toks[a].flags & TK_SENT) && p - a < 25 &&
			    (report_word(d, a - 1) ?
			    ((d->toks[a - 1].flags & (TK_CAP | TK_DIGIT)) ||
			    extract_lex_tok_in(d, a - 1, title_small)) :
			    report_punct(d, a - 1, ':')))
				a--;
			while (a < p && (!report_word(d, a) ||
			    !(d->toks[a].flags & (TK_CAP | TK_DIGIT))))
				a++;
			b = p;
			for (k = a, content = 0; k < b; k++)
				if (report_word(d, k) && (d->toks[k].flags & TK_CAP) &&
				    !extract_lex_tok_in(d, k, title_small) &&
				    !report_calendar(d, k))
					content++;
			if (content < 2 || (extract_lex_tok_in(d, a, lead_preps) &&
			    report_bare_title(d, a, p + 1, 0) == a))
				b = a;
		}
		if (b <= a || !report_titlecase(d, a, b))
			continue;
		s = extract_lex_sentence(d, p);
		e = report_sent_end(d, s);
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		if (r == NULL)
			continue;
		report_release(d, r, s, e, n);
		/* "T (Report No. OIG-24-A-003)": the office whose initials open the number. */
		if (r->publisher == NULL)
			report_code(d, r, b);
		if (b > p)
			p = b;
	}
}

/*
 * Returns the end of the capitalized field at a ("Water Quality") when a
 * comma, a sentence's end or a parenthesis follows it, or a.
 */
static size_t
report_field_end(const struct ex_doc *d, size_t a)
{
	size_t	b;

	for (b = a; b < d->ntoks && b - a < 12 && report_word(d, b) &&
	    ((d->toks[b].flags & TK_CAP) || (b > a && extract_lex_tok_in(d, b, title_small))) &&
	    (b == a || !(d->toks[b].flags & (TK_SENT | TK_PARA))); b++)
		;
	/* "... for the First Half of 2023": a year closes a long field after "of". */
	if (b < d->ntoks && b - a >= 4 && report_year(d, b) && extract_lex_tok_is(d, b - 1, "of"))
		b++;
	else if (b > a + 6)
		return a;
	if (b == a || (extract_lex_tok_in(d, b - 1, title_small)) ||
	    (report_year(d, b - 1) && b - a < 5))
		return a;
	if (b < d->ntoks && !(d->toks[b].flags & (TK_SENT | TK_PARA)) &&
	    !report_punct(d, b, ',') && !report_punct(d, b, '.') && !report_punct(d, b, '(') &&
	    !report_punct(d, b, ';') && !report_punct(d, b, ':'))
		return a;
	return b;
}

/*
 * Returns 1 if [a, b), ending in the report noun at t, names a report: its
 * year or two specific words, and its year, a releasing participle after
 * it ("the Harbor Survey, released by O") or a releasing verb before it.
 */
static int
report_named_ok(const struct ex_doc *d, size_t a, size_t t, size_t b)
{
	size_t	k, spec = 0;
	int	year = 0;

	for (k = a; k < b; k++) {
		if (report_year(d, k))
			year = 1;
		else if (k != t && report_word(d, k) && (d->toks[k].flags & TK_CAP) &&
		    !extract_lex_tok_in(d, k, title_small) &&
		    !extract_lex_tok_in(d, k, generic_docs) && !report_calendar(d, k))
			spec++;
	}
	if (spec < (year ? 1u : 2u) && !(year && t - a >= 2))
		return 0;
	if (year && spec > 0)
		return 1;
	/* "the 2024 Annual Report, released Monday" */
	if (report_punct(d, b, ',') && (extract_lex_tok_in(d, b + 1, by_verbs) ||
	    extract_lex_tok_is(d, b + 1, "commissioned") ||
	    extract_lex_tok_is(d, b + 1, "completed")))
		return 1;
	/* "a Staffing Needs Report presented to the board", "the X Report, found that" */
	if (a >= 1 && (extract_lex_tok_is(d, a - 1, "the") || extract_lex_tok_is(d, a - 1, "a")) &&
	    b < d->ntoks && ((report_word(d, b) && !(d->toks[b].flags & TK_CAP) &&
	    extract_lex_tok_in(d, b, by_verbs)) || (report_punct(d, b, ',') &&
	    extract_lex_tok_in(d, b + 1, find_verbs))))
		return 1;
	/* "The study he cited, the X Assessment, was": in apposition to a report noun. */
	if (a >= 3 && report_punct(d, b, ',') && extract_lex_tok_is(d, a - 1, "the") &&
	    report_punct(d, a - 2, ',') &&
	    report_has(d, extract_lex_sentence(d, a), a - 2, report_nouns))
		return 1;
	return a >= 2 && (extract_lex_tok_is(d, a - 1, "the") ||
	    extract_lex_tok_is(d, a - 1, "its") || extract_lex_tok_is(d, a - 1, "their")) &&
	    extract_lex_tok_in(d, a - 2, release_now);
}

/*
 * Finds names of reports written without marks that end in a report noun:
 * "released the 2025 Regional Labor Market Outlook", "the port's 2024
 * Sustainability Report", "the Household Energy Burden Index 2024".
 */
static void
report_named(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *on;
	size_t		  t, a, b, x, s, e, n, end, low;
	int		  field;

	for (t = 1; t < d->ntoks; t++) {
		field = 0;
		if (!report_word(d, t) || (d->toks[t].flags & (TK_CAP | TK_SENT)) != TK_CAP ||
		    !(extract_lex_tok_in(d, t, named_nouns) || (extract_lex_tok_is(d, t, "card") &&
		    extract_lex_tok_is(d, t - 1, "report"))))
			continue;
		b = t + 1;
		if (report_year(d, b))
			b++;
		/*
		 * "the 2012 Integrated Report on Water Quality,": a title-case
		 * field after "on" or "of" that ends the clause is the name's.
		 */
		else if (b + 1 < d->ntoks && (extract_lex_tok_is(d, b, "on") ||
		    extract_lex_tok_is(d, b, "of")) && (x = report_field_end(d, b + 1)) > b + 1) {
			b = x;
			field = 1;
		}
		/* "the X Screening Report for the Dale River Corridor, found": a place in the name. */
		else if (b + 2 < d->ntoks && (extract_lex_tok_is(d, b, "for") ||
		    extract_lex_tok_is(d, b, "on") || extract_lex_tok_is(d, b, "of")) &&
		    extract_lex_tok_is(d, b + 1, "the") && !(d->toks[b + 1].flags & TK_CAP) &&
		    (x = report_field_end(d, b + 2)) > b + 2 && report_punct(d, x, ',') &&
		    extract_lex_tok_in(d, x + 1, find_verbs))
			b = x;
		/* The name ends here. */
		if (b < d->ntoks && report_word(d, b) &&
		    (((d->toks[b].flags & TK_CAP) && !(d->toks[b].flags & TK_SENT)) ||
		    extract_lex_tok_is(d, b, "of") ||
		    ((extract_lex_tok_is(d, b, "on") || extract_lex_tok_is(d, b, "for")) &&
		    report_word(d, b + 1) && (d->toks[b + 1].flags & TK_CAP))))
			continue;	/* "the 2024 National Survey on Drug Use" */
		for (a = t; a > 0 && t - a < 12 && !(d->toks[a].flags & TK_SENT); a--) {
			x = a - 1;
			/* "the X Survey and the Y Index": two names. */
			if (x > 0 && (extract_lex_tok_is(d, x, "the") || extract_lex_tok_is(d, x, "a") ||
			    extract_lex_tok_is(d, x, "an")) && (extract_lex_tok_is(d, x - 1, "and") ||
			    extract_lex_tok_is(d, x - 1, "or") || report_punct(d, x - 1, ',')))
				break;
			if (report_word(d, x) && !(d->toks[x].flags & TK_POSS) &&
			    ((d->toks[x].flags & (TK_CAP | TK_DIGIT)) ||
			    extract_lex_tok_in(d, x, title_small)))
				continue;
			if (x > 0 && extract_lex_dash(d->body, d->body_len, d->toks[x].start) &&
			    report_year(d, x - 1) && report_year(d, x + 1))
				continue;	/* "2024–2025" */
			break;
		}
		while (a < t && (!report_word(d, a) || extract_lex_tok_in(d, a, name_lead) ||
		    !(d->toks[a].flags & (TK_CAP | TK_DIGIT))))
			a++;
		/* A field-named report is an owner's: "posted its 2012 X Report on Y". */
		if (field && a < t && (a < 1 || !((d->toks[a - 1].flags & TK_POSS) ||
		    extract_lex_tok_is(d, a - 1, "its") || extract_lex_tok_is(d, a - 1, "their"))))
			continue;
		if (a >= t || !report_named_ok(d, a, t, b) ||
		    (a > 0 && !report_word(d, a - 1) &&
		    extract_lex_open_quote(d->body, d->body_len, d->toks[a - 1].start)))
			continue;
		/* An organization's name is no report's. */
		if ((extract_org_at(d, a, &end) != NULL && end > t) ||
		    extract_org_find(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start) != NULL)
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		/* In a sentence, not a menu line ("Home | 2024 Impact Report"). */
		for (x = s, low = 0; x < e && low < 3; x++)
			if (report_word(d, x) && !(d->toks[x].flags & (TK_CAP | TK_DIGIT)))
				low++;
		if (low < 3)
			continue;
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		n = t;
		t = b;
		if (r == NULL)
			continue;
		/* "MVTA's own 2021 X Study": the owner stands before "own". */
		for (x = a; x > s && a - x < 2 && extract_lex_tok_in(d, x - 1, noun_adjs) &&
		    !(d->toks[x - 1].flags & TK_CAP); x--)
			;
		if (r->publisher == NULL && ((on = report_by(d, s, e)) != NULL ||
		    (on = report_which(d, b, e)) != NULL ||
		    (x > s && ((d->toks[x - 1].flags & TK_POSS) ||
		    extract_lex_tok_is(d, x - 1, "its") ||
		    extract_lex_tok_is(d, x - 1, "their")) &&
		    (on = report_possessor(d, s, a)) != NULL) ||
		    (a >= s + 2 && extract_lex_tok_in(d, a - 2, release_now) &&
		    (on = report_first_org(d, s, a - 2)) != NULL)))
			r->publisher = xstrdup(on);
		report_release(d, r, s, e, n);
	}
}

/*
 * Finds "O, whose T, completed in 2023, traced": a capitalized title the
 * organization before "whose" made ("O1 at O2, whose": O1).
 */
static void
report_whose(struct ex_doc *d)
{
	static const char *const made[] = {
		"released", "issued", "published", "prepared", "conducted",
		"produced", "compiled", "authored", "written", "completed",
		"updated", NULL
	};
	struct ex_report *r;
	const char	 *on = NULL, *o1;
	size_t		  w, a, b, k, s, e, end;

	for (w = 2; w + 3 < d->ntoks; w++) {
		if (!extract_lex_tok_is(d, w, "whose") || !report_punct(d, w - 1, ','))
			continue;
		a = w + 1;
		/* "O, whose analysis “T” found": a quoted title after a report noun. */
		if (extract_lex_tok_in(d, a, report_nouns) && report_mark(d, a + 1,
		    "\xe2\x80\x9c")) {
			for (b = a + 2; b < d->ntoks && b - a < 30 &&
			    !report_mark(d, b, "\xe2\x80\x9d"); b++)
				;
			a += 2;
			/* The closing mark may follow the title's own comma. */
			k = b;
			if (k > a && report_punct(d, k - 1, ','))
				k--;
			if (b >= d->ntoks || b - a >= 28 || k - a < 3 ||
			    !report_word(d, a) || !(d->toks[a].flags & (TK_CAP | TK_DIGIT)) ||
			    !report_titlecase(d, a, k))
				continue;
			b = k;
		} else {
			if (!report_word(d, a) || !(d->toks[a].flags & TK_CAP))
				continue;
			for (b = a; b < d->ntoks && b - a < 14 && report_word(d, b) &&
			    ((d->toks[b].flags & (TK_CAP | TK_DIGIT)) ||
			    extract_lex_tok_in(d, b, title_small)); b++)
				;
			if (!report_punct(d, b, ',') || !extract_lex_tok_in(d, b + 1, made) ||
			    extract_lex_tok_in(d, b - 1, title_small) ||
			    !report_titlecase(d, a, b) || b - a < 3)
				continue;
		}
		/* The organization ending right before the comma. */
		s = extract_lex_sentence(d, w);
		on = NULL;
		for (k = w - 1; k-- > s && w - 1 - k < 12; )
			if ((d->toks[k].flags & TK_CAP) &&
			    (o1 = extract_org_at(d, k, &end)) != NULL && end == w - 1) {
				on = o1;
				/* "the Lab at the College, whose" */
				if (k > s + 1 && extract_lex_tok_is(d, k - 1, "at"))
					for (; k-- > s && w - 1 - k < 24; )
						if ((d->toks[k].flags & TK_CAP) &&
						    (o1 = extract_org_at(d, k, &end)) != NULL) {
							if (extract_lex_tok_is(d, end, "at"))
								on = o1;
							break;
						}
				break;
			}
		if (on == NULL)
			continue;
		e = report_sent_end(d, s);
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[b - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		if (r != NULL && r->publisher == NULL)
			r->publisher = xstrdup(on);
		w = b;
	}
}

/* Finds "T published by O": a capitalized title written without marks. */
static void
report_published_by(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *on;
	size_t		  t, a, s, e;
	char		 *title;

	for (t = 1; t + 2 < d->ntoks; t++) {
		if (!extract_lex_tok_is(d, t, "published") || !extract_lex_tok_is(d, t + 1, "by"))
			continue;
		a = t;
		while (a > 0 && t - a < 12 && (d->toks[a - 1].flags & TK_WORD) &&
		    ((d->toks[a - 1].flags & TK_CAP) || extract_lex_tok_in(d, a - 1, title_small)))
			a--;
		while (a < t && !(d->toks[a].flags & TK_CAP))
			a++;
		if (t - a < 2)
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		title = extract_lex_range(d, a, t);
		r = report_add(d, title, strlen(title), d->toks[s].start, d->toks[e - 1].end);
		free(title);
		if (r == NULL)
			continue;
		if (r->publisher == NULL && (on = extract_org_at(d, t + 2, NULL)) != NULL)
			r->publisher = xstrdup(on);
	}
}

/* Returns the report noun token of a line's prefix, or REPORT_NONE (searches the whole body). */
static size_t
report_body_noun(const struct ex_doc *d, const char *pre, size_t len)
{
	size_t	t, i = 0, a;

	while (i < len) {
		while (i < len && pre[i] == ' ')
			i++;
		a = i;
		while (i < len && pre[i] != ' ')
			i++;
		if (i > a && extract_lex_in(pre + a, i - a, report_nouns)) {
			for (t = 0; t < d->ntoks; t++)
				if (extract_lex_tok_in(d, t, report_nouns) &&
				    d->toks[t].end - d->toks[t].start >= 4 &&
				    strncasecmp(d->body + d->toks[t].start, pre + a, 4) == 0)
					return t;
			return REPORT_NONE;
		}
	}
	return REPORT_NONE;
}

/* Returns the name of the document's organization (or publisher) called s (len bytes), or NULL. */
static const char *
report_known_org(struct ex_doc *d, const char *s, size_t len)
{
	struct ex_org	*o;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return NULL;
	if ((o = extract_org_find(d, s, len)) != NULL)
		return o->name;
	if (d->publisher != NULL && extract_lex_ieq(s, len, d->publisher))
		return d->publisher;
	return NULL;
}

/*
 * A link line naming a report: "Read the report: T", "Download the letter:
 * T (PDF)", "Download: T (PDF)", "T (PDF)".  Returns 1 if it was one.
 */
static int
report_link_line(struct ex_doc *d, const char *l, size_t len, size_t cs, size_t ce)
{
	struct ex_report *r;
	const char	 *c, *t, *p, *par = NULL, *on;
	size_t		  tl, wl, noun = 0, pdf = 0, n, parl = 0, pw;
	int		  verb;

	while (len > 0 && l[len - 1] == ' ')
		len--;
	if (len == 0 || len > 300)
		return 0;
	t = l;
	tl = len;
	wl = strcspn(l, " :");
	verb = wl <= len && extract_lex_in(l, wl, link_verbs);
	if ((c = memchr(l, ':', len)) != NULL && (pw = extract_lex_words(l,
	    (size_t)(c - l))) <= 5) {
		/* "Read the full report: T", "Full report: T" */
		for (p = l; p < c; p += wl + 1) {
			while (p < c && *p == ' ')
				p++;
			wl = strcspn(p, " :");
			if (p + wl > c)
				wl = (size_t)(c - p);
			if (extract_lex_in(p, wl, report_nouns))
				noun = 1;
			if (extract_lex_in(p, wl, other_docs))
				return 0;
		}
		if (!verb && !(noun && pw <= 4))
			return 0;
		t = c + 1;
		tl = len - (size_t)(t - l);
	} else if (c != NULL && verb)
		return 0;
	while (tl > 0 && *t == ' ') {
		t++;
		tl--;
	}
	/* A trailing "(PDF, 48 pages)", "[PDF]" or "(Publisher, May 2023)". */
	if (tl > 0 && (t[tl - 1] == ')' || t[tl - 1] == ']')) {
		for (n = tl; n > 0 && t[n - 1] != '(' && t[n - 1] != '['; n--)
			;
		if (n > 1) {
			if (extract_lex_istarts(t + n, tl - n, "pdf"))
				pdf = 1;
			par = t + n;
			parl = strcspn(par, ",)]");
			if (parl > tl - n)
				parl = tl - n;
			tl = n - 1;
			while (tl > 0 && t[tl - 1] == ' ')
				tl--;
		}
	}
	if ((!noun && !pdf) || tl < 3 || memchr(t, '/', tl) != NULL ||
	    extract_lex_in(t, strcspn(t, " :"), other_docs) ||
	    !report_titlecase_str(t, tl) || !report_specific_str(t, tl))
		return 0;
	if ((r = report_find(d, t, tl)) == NULL &&
	    (r = report_find(d, t, report_short_len(t, tl))) == NULL) {
		size_t	i;

		for (i = 0; i < d->nreports && r == NULL; i++)
			if (extract_lex_istarts(t, tl, d->reports[i].title) &&
			    strlen(d->reports[i].title) > tl / 2)
				r = &d->reports[i];
	}
	if (r != NULL)
		report_alias(r, t, tl);
	else {
		if ((r = report_add(d, t, tl, cs, ce)) == NULL)
			return 1;
		/* Made by whoever the body says released such a report. */
		n = noun ? report_body_noun(d, l, (size_t)(c - l)) : REPORT_NONE;
		if (n != REPORT_NONE || !noun)
			report_lookback(d, r, d->ntoks, n);
	}
	/* "(Harbor Policy Institute, May 2023)": a known organization publishes. */
	if (r->publisher == NULL && par != NULL && parl > 0 &&
	    (on = report_known_org(d, par, parl)) != NULL)
		r->publisher = xstrdup(on);
	return 1;
}

/* Returns how well the link line matches the report's title (0: not at all). */
static size_t
report_link_score(const struct ex_doc *d, const char *line, const struct ex_report *r)
{
	size_t	i = 0, n = 0, a, len = strlen(r->title), first = 1, lead = 0;
	const char *l = line;

	while (*l && (unsigned char)*l >= 0x80)
		l++;		/* an opening mark */
	while (i < len) {
		while (i < len && (r->title[i] == ' ' || r->title[i] == ':'))
			i++;
		a = i;
		while (i < len && r->title[i] != ' ' && r->title[i] != ':')
			i++;
		if (i == a)
			continue;
		if (first && strncasecmp(l, r->title + a, i - a) == 0)
			lead = 1;
		first = 0;
		/* Place words shared with organizations' names tell nothing. */
		if (i - a < 3 || extract_lex_in(r->title + a, i - a, common) ||
		    report_shared_word(d, REPORT_NONE, r->title + a, i - a))
			continue;
		{
			char	*w = xstrndup(r->title + a, i - a);

			if (extract_lex_ifind(line, strlen(line), w))
				n++;
			free(w);
		}
	}
	if (!lead && n < 2)
		return 0;
	return n + lead * 2;
}

/* Makes link lines naming reports reports or aliases; body lines of that form too. */
static void
report_links(struct ex_doc *d)
{
	size_t	i, k, sc, best, bi, t, a, b;
	const char *l, *c;
	char	done[EX_MAX_LINKS];

	/* Body paragraphs of one line that read "Read the report: T". */
	for (t = 0; t < d->ntoks; t++) {
		if (!(d->toks[t].flags & TK_PARA))
			continue;
		if (!extract_lex_tok_in(d, t, link_verbs)) {
			/* "Full report: T" */
			for (k = t; k < d->ntoks && k < t + 5 && report_word(d, k) &&
			    !extract_lex_tok_in(d, k, report_nouns); k++)
				;
			if (k >= d->ntoks || k >= t + 5 || !report_word(d, k) ||
			    !report_punct(d, k + 1, ':'))
				continue;
		}
		a = d->toks[t].start;
		for (k = t + 1; k < d->ntoks && !(d->toks[k].flags & TK_PARA); k++)
			;
		b = d->toks[k - 1].end;
		report_link_line(d, d->body + a, b - a, a, b);
	}
	for (i = 0; i < d->nlinks; i++)
		done[i] = (char)report_link_line(d, d->links[i], strlen(d->links[i]), 0, 0);
	for (i = 0; i < d->nlinks; i++) {
		if (done[i])
			continue;
		l = d->links[i];
		best = 0;
		bi = 0;
		for (k = 0; k < d->nreports; k++) {
			if ((sc = report_link_score(d, l, &d->reports[k])) > best) {
				best = sc;
				bi = k;
			}
		}
		/* A sentence ("O represents 41,000 nurses in ...") names no report. */
		k = strlen(l);
		if (best == 0 || (k > 60 && l[k - 1] == '.'))
			continue;
		report_alias(&d->reports[bi], l, k);
		/* "“Restoring Trust” A National Report": the quoted part too. */
		if (strncmp(l, "\xe2\x80\x9c", 3) == 0 &&
		    (c = strstr(l + 3, "\xe2\x80\x9d")) != NULL)
			report_alias(&d->reports[bi], l + 3, (size_t)(c - l - 3));
	}
}

/*
 * A heading line of its own that opens "[An] Open Letter to ..." is the
 * title of the letter the release prints in full: its publisher is the
 * release's, its date the date line under it or else the release's.
 */
static void
report_letter_heading(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *l;
	char		  iso[11];
	size_t		  t, k, a, b, at, used;

	for (t = 0; t + 3 < d->ntoks; t++) {
		if (!(d->toks[t].flags & TK_PARA) || !(d->toks[t].flags & TK_CAP))
			continue;
		k = t;
		if (extract_lex_tok_is(d, k, "An") || extract_lex_tok_is(d, k, "A"))
			k++;
		if (!extract_lex_tok_is(d, k, "Open") || !(d->toks[k].flags & TK_CAP) ||
		    !extract_lex_tok_is(d, k + 1, "Letter") || !(d->toks[k + 1].flags & TK_CAP) ||
		    !extract_lex_tok_is(d, k + 2, "to"))
			continue;
		/* The heading is the whole line, a short one with no sentence's end. */
		a = d->toks[t].start;
		for (b = a; b < d->body_len && b - a < 200 && d->body[b] != '\n'; b++)
			;
		while (b > a && (d->body[b - 1] == ' ' || d->body[b - 1] == '\r'))
			b--;
		if (b - a >= 200 || b - a < 20 || d->body[b - 1] == '.' ||
		    d->body[b - 1] == ':' || d->body[b - 1] == ',')
			continue;
		if ((r = report_add(d, d->body + a, b - a, a, b)) == NULL)
			continue;
		if (r->publisher == NULL && d->publisher != NULL)
			r->publisher = xstrdup(d->publisher);
		if (r->published == NULL) {
			/* "March 4, 2024" alone on the next line dates the letter. */
			for (at = b; at < d->body_len && (d->body[at] == '\n' ||
			    d->body[at] == '\r' || d->body[at] == ' '); at++)
				;
			l = d->body + at;
			for (k = 0; at + k < d->body_len && l[k] != '\n' && k < 40; k++)
				;
			if (k > 0 && k < 40 && extract_date_find(l, k, iso, &at, &used) &&
			    at == 0 && used + 1 >= k)
				r->published = xstrdup(iso);
			else if (d->published != NULL)
				r->published = xstrdup(d->published);
		}
	}
}

/* Possessive words before an unmarked title and its noun ("our own 2022 Vital Signs report"). */
static const char *const own_dets[] = {
	"our", "its", "their", "own", NULL
};

/*
 * Reads an unmarked title between a possessive and the comma at c before a
 * releasing participle ("the Center's Workforce Projections 2025–2037,
 * published in December"): the possessor publishes it.
 */
static void
report_possessed_bare(struct ex_doc *d, size_t c)
{
	static const char *const joins[] = {
		"of", "and", "for", "the", "in", "on", "to", NULL
	};
	struct ex_report *r;
	const char	 *on;
	size_t		  a, s, e, content = 0;

	for (a = c; a > 0 && c - a < 12; a--) {
		if (d->toks[a - 1].flags & (TK_POSS | TK_SENT | TK_PARA))
			break;
		if (report_word(d, a - 1) && (d->toks[a - 1].flags & TK_CAP))
			content++;
		else if (!(d->toks[a - 1].flags & TK_DIGIT) &&
		    !(report_word(d, a - 1) && a < c && extract_lex_tok_in(d, a - 1, joins)) &&
		    !(!report_word(d, a - 1) &&
		    extract_lex_dash(d->body, d->body_len, d->toks[a - 1].start)))
			return;
	}
	if (a == 0 || !(d->toks[a - 1].flags & TK_POSS) || content < 2 ||
	    !(d->toks[a].flags & TK_CAP) || extract_lex_tok_in(d, c - 1, joins) ||
	    extract_org_at(d, a, NULL) != NULL)
		return;
	s = extract_lex_sentence(d, a);
	if ((on = report_possessor(d, s, a)) == NULL)
		return;
	e = report_sent_end(d, s);
	r = report_add(d, d->body + d->toks[a].start, d->toks[c - 1].end - d->toks[a].start,
	    d->toks[s].start, d->toks[e - 1].end);
	if (r == NULL)
		return;
	if (r->publisher == NULL)
		r->publisher = xstrdup(on);
	report_date(d, r, s, e);
}

/*
 * Reads an unmarked title of three capitalized words or more ending at t in
 * a report's noun, after a possessive and its adjectives ("the hospital's
 * most recent Community Health Needs Assessment."): the possessor publishes.
 */
static void
report_possessed_title(struct ex_doc *d, size_t t)
{
	static const char *const joins[] = { "of", "and", "for", "on", NULL };
	struct ex_report *r;
	const char	 *on;
	size_t		  a, p, s, e, content = 0;

	if (t + 1 < d->ntoks && report_word(d, t + 1) && (d->toks[t + 1].flags & TK_CAP) &&
	    !(d->toks[t + 1].flags & TK_PARA))
		return;
	for (a = t + 1; a > 0 && t + 1 - a < 10 && report_word(d, a - 1) &&
	    !(d->toks[a - 1].flags & (TK_POSS | TK_ACR)); a--) {
		if (d->toks[a - 1].flags & TK_CAP)
			content++;
		else if (!(d->toks[a - 1].flags & TK_DIGIT) &&
		    !extract_lex_tok_in(d, a - 1, joins))
			break;
		if (d->toks[a - 1].flags & (TK_SENT | TK_PARA))
			return;
	}
	while (a <= t && !(d->toks[a].flags & TK_CAP))
		a++;
	if (content < 3 || a == 0 || a > t)
		return;
	for (p = a; p > 0 && a - p < 3 && !(d->toks[p - 1].flags & (TK_CAP | TK_POSS)) &&
	    extract_lex_tok_in(d, p - 1, noun_adjs); p--)
		;
	if (p == 0 || !(d->toks[p - 1].flags & TK_POSS) || extract_org_at(d, a, NULL) != NULL)
		return;
	s = extract_lex_sentence(d, a);
	if ((on = report_possessor(d, s, a)) == NULL)
		return;
	e = report_sent_end(d, s);
	r = report_add(d, d->body + d->toks[a].start, d->toks[t].end - d->toks[a].start,
	    d->toks[s].start, d->toks[e - 1].end);
	if (r == NULL)
		return;
	/* No date: a standing assessment, not one released on the sentence's day. */
	if (r->publisher == NULL)
		r->publisher = xstrdup(on);
}

/*
 * Finds titles written without quotation marks between a possessive and a
 * report noun in lower case: "Our own 2022 Vital Signs report", "the
 * council's Quiet Streets Scorecard study".  The possessor publishes.
 */
static void
report_possessed(struct ex_doc *d)
{
	struct ex_report *r;
	const char	 *on;
	size_t		  t, a, p, s, e, content;

	for (t = 3; t < d->ntoks; t++) {
		/* "O's Title Words 2025–2037, published in December" */
		if ((d->toks[t].flags & (TK_WORD | TK_CAP)) == TK_WORD &&
		    report_punct(d, t - 1, ',') &&
		    (extract_lex_tok_is(d, t, "published") || extract_lex_tok_is(d, t, "released") ||
		    extract_lex_tok_is(d, t, "issued"))) {
			report_possessed_bare(d, t - 1);
			continue;
		}
		/* "O's most recent Community Health Needs Assessment." */
		if ((d->toks[t].flags & (TK_WORD | TK_CAP)) == (TK_WORD | TK_CAP) &&
		    (d->toks[t - 1].flags & TK_CAP) && !(d->toks[t].flags & TK_POSS) &&
		    extract_lex_tok_in(d, t, title_nouns)) {
			report_possessed_title(d, t);
			continue;
		}
		/* Cheap tests first: a lower-case word after a capitalized one. */
		if ((d->toks[t].flags & (TK_WORD | TK_CAP)) != TK_WORD ||
		    !(d->toks[t - 1].flags & TK_CAP) || (d->toks[t - 1].flags & TK_POSS) ||
		    !extract_lex_tok_in(d, t, report_nouns))
			continue;
		for (a = t, content = 0; a > 0 && t - a < 8 && report_word(d, a - 1) &&
		    (d->toks[a - 1].flags & (TK_CAP | TK_DIGIT)) &&
		    !(d->toks[a - 1].flags & (TK_POSS | TK_ACR)); a--) {
			if (d->toks[a - 1].flags & TK_CAP)
				content++;
			if (d->toks[a - 1].flags & TK_SENT)
				break;
		}
		if (content < 2 || a == 0 || t - a < 2 || (d->toks[a].flags & TK_SENT))
			continue;
		p = a - 1;
		if (!(d->toks[p].flags & TK_POSS) && !extract_lex_tok_in(d, p, own_dets))
			continue;
		/* "the Acme Institute report": an organization's name is no title. */
		if (extract_org_at(d, a, NULL) != NULL || report_calendar(d, a))
			continue;
		s = extract_lex_sentence(d, t);
		e = report_sent_end(d, s);
		r = report_add(d, d->body + d->toks[a].start,
		    d->toks[t - 1].end - d->toks[a].start, d->toks[s].start,
		    d->toks[e - 1].end);
		if (r == NULL)
			continue;
		if (r->publisher == NULL) {
			if (extract_lex_tok_is(d, p, "own") && p > s)
				p--;
			on = extract_lex_tok_is(d, p, "our") ? d->publisher :
			    report_possessor(d, s, p + 1);
			if (on != NULL)
				r->publisher = xstrdup(on);
		}
		report_date(d, r, s, e);
	}
}

/* Finds the reports the document cites. */
void
extract_report_scan(struct ex_doc *d)
{
	report_quoted(d);
	report_bare(d);
	report_bare_titled(d);
	report_possessed(d);
	report_published_by(d);
	report_named(d);
	report_whose(d);
	report_links(d);
	report_letter_heading(d);
}
