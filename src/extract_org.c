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
	"Ltd.", "Caucus", "Legislature", NULL
};

/* Words that may open a capitalized run but never an organization's name. */
static const char *const leading_stop[] = {
	"The", "A", "An", "This", "That", "These", "Those", "Today", "Yesterday",
	"In", "On", "At", "For", "But", "And", "Or", "Our", "Its", "Their",
	"His", "Her", "As", "After", "Before", "While", "When", "Since",
	"Despite", "Last", "Under", "Among", "Because", "If", "With", "Without",
	"Meanwhile", "Fortunately", "Instead", "Both", "Every", "Each", "Some",
	"Many", "Several", "New", "Current", "Former", "Then", "Now", "By",
	"From", "To", "Of", "Via", "Also", "Although", "However", NULL
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
	return extract_lex_tok_in(d, t, heads) && (d->toks[t].flags & TK_CAP);
}

/* Returns 1 if token t can be part of a capitalized name. */
static int
org_tok_cap(const struct ex_doc *d, size_t t)
{
	const struct ex_tok *k;

	if (t >= d->ntoks)
		return 0;
	k = &d->toks[t];
	if (!(k->flags & TK_WORD) || !(k->flags & TK_CAP))
		return 0;
	return extract_date_month(d->body + k->start, k->end - k->start) == 0;
}

/* Returns the end of the capitalized run starting at t (t itself if none). */
static size_t
org_run(const struct ex_doc *d, size_t t)
{
	size_t	e = t;

	while (e < d->ntoks && e - t < 16) {
		if (org_tok_cap(d, e)) {
			e++;
			if (d->toks[e - 1].flags & TK_POSS)
				break;
			continue;
		}
		if (e > t && extract_lex_tok_in(d, e, particles) && org_tok_cap(d, e + 1)) {
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

/* Returns the organization named s, adding it at body byte at if new; NULL if full. */
static struct ex_org *
org_add(struct ex_doc *d, const char *s, size_t len, size_t at)
{
	struct ex_org	*o;

	if (len == 0)
		return NULL;
	if ((o = extract_org_find(d, s, len)) != NULL) {
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

/* Ensures an organization named s exists; returns its name (owned by the document). */
const char *
extract_org_ensure(struct ex_doc *d, const char *s, size_t len, size_t at)
{
	struct ex_org	*o;

	if ((o = extract_org_find(d, s, len)) != NULL)
		return o->name;
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

/* Registers the organization spanning tokens [a, b); full is the first token written. */
static struct ex_org *
org_register(struct ex_doc *d, size_t full, size_t a, size_t b)
{
	struct ex_org	*o;
	char		*name, *all;

	name = extract_lex_range(d, a, b);
	o = org_add(d, name, strlen(name), d->toks[full].start);
	if (o != NULL && full < a) {
		all = extract_lex_range(d, full, b);
		org_alias(o, all, strlen(all));
		free(all);
	}
	free(name);
	/* Long Name (ACR) */
	if (o != NULL && b + 2 < d->ntoks && d->body[d->toks[b].start] == '(' &&
	    (d->toks[b + 1].flags & TK_ACR) && d->body[d->toks[b + 2].start] == ')' &&
	    o->acronym == NULL)
		o->acronym = xstrndup(d->body + d->toks[b + 1].start,
		    d->toks[b + 1].end - d->toks[b + 1].start);
	return o;
}

/* Finds the named organizations of the body; list spans are left to the coalition pass. */
static void
org_names(struct ex_doc *d, const struct ex_span *skip, size_t nskip)
{
	size_t	t = 0, e, a, h, k, n = 0;
	int	last_head, after_prep;

	while (t < d->ntoks && n++ < d->ntoks + 1) {
		if (!org_tok_cap(d, t) || (t > 0 && org_tok_cap(d, t - 1) &&
		    !(d->toks[t - 1].flags & TK_POSS))) {
			t++;
			continue;
		}
		e = org_run(d, t);
		if (e <= t) {
			t++;
			continue;
		}
		a = t;
		while (a < e && extract_lex_tok_in(d, a, leading_stop))
			a++;
		/* "Immigration and Customs Enforcement": a run, "and", a run ending in a head. */
		if (a < e && !org_tok_head(d, e - 1) && extract_lex_tok_is(d, e, "and") &&
		    org_tok_cap(d, e + 1)) {
			k = org_run(d, e + 1);
			if (k > e + 1 && org_tok_head(d, k - 1) &&
			    !(d->toks[e - 1].flags & TK_POSS))
				e = k;
		}
		/* The name ends at its last head noun. */
		h = e;
		while (h > a && !org_tok_head(d, h - 1))
			h--;
		if (h == a) {
			t = e;
			continue;
		}
		/* A heading in title case runs on past the head noun: not a name. */
		if (e >= h + 2 && !(d->toks[h - 1].flags & TK_POSS)) {
			t = e;
			continue;
		}
		e = h;
		last_head = 1;
		after_prep = 0;
		for (k = 0; k < 6 && !(d->toks[e - 1].flags & TK_POSS); k++) {
			size_t	c = e, r;

			if ((extract_lex_tok_is(d, c, "of") || extract_lex_tok_is(d, c, "for") ||
			    extract_lex_tok_is(d, c, "on")) && last_head) {
				c++;
				if (extract_lex_tok_is(d, c, "the"))
					c++;
				after_prep = 1;
			} else if (extract_lex_tok_is(d, c, "and") && after_prep)
				c++;
			else
				break;
			r = org_run(d, c);
			if (r <= c)
				break;
			e = r;
			last_head = org_tok_head(d, e - 1);
		}
		if (org_in_spans(skip, nskip, d->toks[a].start, d->toks[e - 1].end)) {
			t = e;
			continue;
		}
		h = a;
		org_strip_prefix(d, &h, e);
		if (e - h >= 2 || (d->toks[h].flags & TK_ACR))
			org_register(d, a, h, e);
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

/* Cue words that introduce a member list. */
static const char *const list_cues[] = {
	" includes:", " include:", " members are:", " members include:",
	" members:", " is made up of", " consists of", " includes the following:",
	" include the following:", " is composed of", NULL
};

/* A member list found in the body. */
struct org_list {
	size_t	cue;			/* byte where the cue begins */
	size_t	start, end;		/* the list's bytes */
};

/* Finds member lists in the body; returns how many (at most max). */
static size_t
org_lists(struct ex_doc *d, struct org_list *out, size_t max)
{
	const char	*p, *q;
	size_t		 n = 0, i, s, e, from = 0;

	/* One pass: every cue starts with a space, so only spaces are tried. */
	while (from < d->body_len && n < max) {
		const char	*best = NULL;
		size_t		 bl = 0;

		for (p = d->body + from; best == NULL &&
		    (p = memchr(p, ' ', d->body_len - (size_t)(p - d->body))) != NULL; p++) {
			for (i = 0; list_cues[i] != NULL; i++) {
				if (extract_lex_istarts(p, d->body_len - (size_t)(p - d->body),
				    list_cues[i])) {
					best = p;
					bl = strlen(list_cues[i]);
					break;
				}
			}
		}
		if (best == NULL)
			break;
		s = (size_t)(best - d->body) + bl;
		q = memchr(d->body + s, '\n', d->body_len - s);
		e = q ? (size_t)(q - d->body) : d->body_len;
		out[n].cue = (size_t)(best - d->body);
		out[n].start = s;
		out[n].end = e;
		n++;
		from = e;
	}
	return n;
}

/* Returns 1 if the list item [s, e) reads like an organization's name. */
static int
org_item_ok(const char *s, size_t len)
{
	return len > 1 && extract_lex_upper(s, len, 0) && extract_lex_words(s, len) <= 12;
}

/* Finds coalitions: a member list named by the body it belongs to. */
static void
org_coalition(struct ex_doc *d, const struct org_list *l)
{
	struct ex_org	*co = NULL, *m;
	const char	*b = d->body;
	size_t		 i, a, e, we, ws, best = (size_t)-1, cnt = 0;
	char		*items[EX_MAX_MEMBERS];
	size_t		 nitems = 0, starts[EX_MAX_MEMBERS];

	/* The items, split at commas and semicolons, "and" dropped. */
	i = l->start;
	while (i < l->end && nitems < EX_MAX_MEMBERS) {
		while (i < l->end && (extract_lex_space(b, l->end, i) || b[i] == ',' ||
		    b[i] == ';'))
			i += extract_lex_space(b, l->end, i) ? extract_lex_space(b, l->end, i) : 1;
		a = i;
		while (i < l->end && b[i] != ',' && b[i] != ';')
			i++;
		e = i;
		if (e - a > 4 && strncmp(b + a, "and ", 4) == 0)
			a += 4;
		else if (e - a > 2 && strncmp(b + a, "& ", 2) == 0)
			a += 2;
		while (e > a && (b[e - 1] == '.' || extract_lex_space(b, e, e - 1)))
			e--;
		while (e > a + 1 && (unsigned char)b[e - 1] == 0xa0 && (unsigned char)b[e - 2] == 0xc2)
			e -= 2;
		if (!org_item_ok(b + a, e - a))
			continue;
		starts[nitems] = a;
		items[nitems++] = extract_lex_norm(b + a, e - a);
	}
	if (nitems < 3)
		goto done;
	/* The coalition: the word before the cue names it ("The commission includes"). */
	we = l->cue;
	ws = we;
	while (ws > 0 && b[ws - 1] != ' ' && b[ws - 1] != '\n')
		ws--;
	for (i = 0; i < d->norgs; i++) {
		const char	*nm = d->orgs[i].name, *last;
		size_t		 nl = strlen(nm);

		last = nm + nl;
		while (last > nm && last[-1] != ' ')
			last--;
		if (we > ws && extract_lex_ieq(b + ws, we - ws, last) &&
		    d->orgs[i].ev_start <= l->cue &&
		    (best == (size_t)-1 || d->orgs[i].ev_start >= d->orgs[best].ev_start))
			best = i;
	}
	if (best != (size_t)-1)
		co = &d->orgs[best];
	if (co == NULL)
		goto done;
	co->is_coalition = 1;
	org_evidence(d, l->cue, &co->co_start, &co->co_end);
	for (i = 0; i < nitems; i++) {
		if ((m = org_add(d, items[i], strlen(items[i]), starts[i])) == NULL)
			continue;
		cnt++;
		if (co->nmembers < EX_MAX_MEMBERS)
			co->members[co->nmembers++] = xstrdup(m->name);
	}
done:
	for (i = 0; i < nitems; i++)
		free(items[i]);
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
	size_t	i;

	if (o->is_coalition)
		return "coalition";
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

/* Finds the organizations and coalitions of the document. */
void
extract_org_scan(struct ex_doc *d)
{
	struct org_list	lists[8];
	struct ex_span	skip[8];
	size_t		nl, i;

	nl = org_lists(d, lists, 8);
	for (i = 0; i < nl; i++) {
		skip[i].start = lists[i].start;
		skip[i].end = lists[i].end;
	}
	org_names(d, skip, nl);
	org_acronyms(d, skip, nl);
	for (i = 0; i < nl; i++)
		org_coalition(d, &lists[i]);
	org_title_acronyms(d);
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
		if (d->toks[e - 1].flags & TK_POSS)
			break;
	}
	if (bn == NULL)
		return NULL;
	k = best;
	if (end != NULL)
		*end = k;
	return bn;
}

/* Finishes the organizations: short-form aliases, kinds are left to the writer. */
void
extract_org_finish(struct ex_doc *d)
{
	size_t	i;

	for (i = 0; i < d->norgs; i++)
		org_short_forms(&d->orgs[i]);
}

/* Returns the kind of organization i of the document. */
const char *
extract_org_kind(const struct ex_doc *d, size_t i)
{
	return org_kind(&d->orgs[i]);
}
