/*
 * People: names with their titles and organizations, from the forms press
 * releases use — "Director John Morton", "X of the O", "X, executive director
 * of O", "X, a O attorney", "O's executive director, X", "designed by X".
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressroom.h"
#include "extract_int.h"

/* Role words that make a title. */
static const char *const titles[] = {
	"director", "directors", "president", "attorney", "attorneys", "governor",
	"governors", "senator", "senators", "representative", "mayor", "sheriff",
	"chief", "secretary", "commissioner", "judge", "spokesperson", "spokesman",
	"spokeswoman", "chair", "chairman", "chairwoman", "coordinator",
	"organizer", "manager", "counsel", "lawyer", "professor", "founder",
	"co-founder", "ceo", "deputy", "executive", "analyst", "advocate",
	"fellow", "officer", "superintendent", "district", "general", "policy",
	"staff", "associate", "senior", "legal", "campaign", "program", "head",
	"leader", "member", "pastor", "reverend", "bishop", "rabbi", "minister",
	"congressman", "congresswoman", "councilmember", "councilman",
	"researcher", "author", "vice", "assistant", "acting", "interim",
	"national", "communications", "media", "field", "organizing", "city",
	"county", "state", "federal", "medical", "public", "regional", NULL
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
	"councilmember", "councilman", "researcher", NULL
};

/* Words a title may start with that are not roles themselves. */
static const char *const title_mods[] = {
	"former", "then", "acting", "interim", NULL
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
	"American", "United", "States", "New", "North", "South", "East", "West",
	"Los", "San", "Santa", "Las", "Posted", "Published", "Published", NULL
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
	NULL
};

/* Frees a person's strings. */
void
extract_person_free(struct ex_person *p)
{
	free(p->name);
	free(p->title);
	free(p->org);
	memset(p, 0, sizeof(*p));
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

/* Returns the end of a person's name (2-4 capitalized words) starting at t, or t. */
size_t
extract_person_name(const struct ex_doc *d, size_t t, size_t max)
{
	size_t	e = t;

	while (e < d->ntoks && e - t < 4 && e < max && person_tok(d, e)) {
		e++;
		if (d->toks[e - 1].flags & TK_POSS)
			break;
	}
	if (e - t < 2)
		return t;
	/* A name is not followed by another capitalized word. */
	if (e < d->ntoks && !(d->toks[e - 1].flags & TK_POSS) &&
	    (d->toks[e].flags & TK_WORD) && (d->toks[e].flags & TK_CAP))
		return t;
	/* A name followed by a head noun is an organization's ("Warren Institute"). */
	if (e < d->ntoks && (d->toks[e].flags & TK_CAP) && !(d->toks[e - 1].flags & TK_POSS) &&
	    extract_org_head(d->body + d->toks[e].start, d->toks[e].end - d->toks[e].start))
		return t;
	/* An initial may not end a name. */
	if (d->toks[e - 1].end - d->toks[e - 1].start <= 2)
		return t;
	if (person_common_noun(d, e - 1))
		return t;
	return e;
}

/* Returns 1 if the two names are the same person: equal, or one is the other's surname. */
static int
person_same(const char *full, const char *s, size_t len)
{
	size_t	fl = strlen(full);

	if (fl == len && memcmp(full, s, len) == 0)
		return 1;
	if (len < fl && memchr(s, ' ', len) == NULL && full[fl - len - 1] == ' ' &&
	    memcmp(full + fl - len, s, len) == 0)
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

/* Returns the person called s, adding them (mentioned at body byte at) if new; NULL if full. */
struct ex_person *
extract_person_add(struct ex_doc *d, const char *s, size_t len, unsigned roles, size_t at)
{
	struct ex_person *p;
	size_t		  e;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ','))
		len--;
	if (len == 0)
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
	if (b == a + 1 && l > 3 && s[l - 1] == 's' && extract_lex_in(s, l, titles))
		s[l - 1] = '\0';
	return s;
}

/* Sets what the person lacks from an appositive after token e; returns the token after it. */
size_t
extract_person_appositive(struct ex_doc *d, struct ex_person *p, size_t e, size_t max)
{
	const char	*on;
	size_t		 t = e, a, oe;

	if (max > d->ntoks)
		max = d->ntoks;
	/* " of [the] ORG" */
	if (t < max && extract_lex_tok_is(d, t, "of") &&
	    (on = extract_org_at(d, t + 1, &oe)) != NULL) {
		if (p != NULL && p->org == NULL)
			p->org = xstrdup(on);
		return oe;
	}
	if (t >= max || d->body[d->toks[t].start] != ',')
		return e;
	t++;
	/* ", a ORG attorney" */
	if (t < max && (extract_lex_tok_is(d, t, "a") || extract_lex_tok_is(d, t, "an") ||
	    extract_lex_tok_is(d, t, "the"))) {
		t++;
		on = extract_org_at(d, t, &oe);
		a = on ? oe : t;
		oe = a;
		/* After an organization any role noun will do ("a NILC attorney"). */
		while (oe < max && oe - a < 5 && (d->toks[oe].flags & TK_WORD) &&
		    !(d->toks[oe].flags & TK_CAP) && (on != NULL ||
		    extract_lex_tok_in(d, oe, titles)))
			oe++;
		if (oe > a) {
			if (p != NULL && p->title == NULL)
				p->title = person_title(d, a, oe);
			if (p != NULL && on != NULL && p->org == NULL)
				p->org = xstrdup(on);
			if (!on && extract_lex_tok_is(d, oe, "at") &&
			    (on = extract_org_at(d, oe + 1, &oe)) != NULL && p && !p->org)
				p->org = xstrdup(on);
			return oe;
		}
		return e;
	}
	/* ", executive director of [the] ORG" */
	a = t;
	while (t < max && t - a < 6 && (extract_lex_tok_in(d, t, titles) ||
	    extract_lex_tok_in(d, t, title_mods)))
		t++;
	if (t == a)
		return e;
	if (p != NULL && p->title == NULL)
		p->title = person_title(d, a, t);
	if ((extract_lex_tok_is(d, t, "of") || extract_lex_tok_is(d, t, "at") ||
	    extract_lex_tok_is(d, t, "for")) &&
	    (on = extract_org_at(d, t + 1, &oe)) != NULL) {
		if (p != NULL && p->org == NULL)
			p->org = xstrdup(on);
		return oe;
	}
	return t;
}

/* Returns the first token of a title ending just before token t, or t if none. */
static size_t
person_title_before(const struct ex_doc *d, size_t t)
{
	size_t	a = t;

	while (a > 0 && t - a < 6) {
		size_t	p = a - 1;

		if (!(d->toks[p].flags & TK_WORD) || (d->toks[p].flags & TK_POSS))
			break;
		if (extract_lex_tok_in(d, p, titles) || extract_lex_tok_in(d, p, title_mods)) {
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
	if (a < t && !extract_lex_tok_in(d, t - 1, title_heads))
		return t;
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

	for (t = b; t < d->ntoks && t < b + 3 && (d->toks[t].flags & TK_CAP) &&
	    (d->toks[t].flags & TK_WORD); t++)
		if (extract_org_head(d->body + d->toks[t].start, d->toks[t].end - d->toks[t].start))
			return 1;
	(void)a;
	return 0;
}

/* Finds the people named with a cue: a title, an organization, or "by". */
void
extract_person_scan(struct ex_doc *d)
{
	struct ex_person *p;
	size_t		  t, e, ta, k, oe;
	const char	 *on;
	char		 *name, *title;

	for (t = 0; t < d->ntoks; t++) {
		if (!person_tok(d, t) || (t > 0 && person_tok(d, t - 1) &&
		    !(d->toks[t - 1].flags & TK_POSS)))
			continue;
		e = extract_person_name(d, t, d->ntoks);
		if (e == t || person_in_org(d, t, e))
			continue;
		ta = person_title_before(d, t);
		title = NULL;
		on = NULL;
		if (ta < t) {
			title = person_title(d, ta, t);
			/* "Enforcement (ICE) Director John Morton" */
			if (ta >= 3 && d->body[d->toks[ta - 1].start] == ')' &&
			    (d->toks[ta - 2].flags & TK_ACR))
				on = extract_org_at(d, ta - 2, NULL);
			else if (ta >= 1 && (d->toks[ta - 1].flags & TK_POSS))
				on = NULL;
		}
		/* "NILC's executive director, X" */
		if (title == NULL && t >= 3 && d->body[d->toks[t - 1].start] == ',') {
			k = t - 1;
			while (k > 0 && t - k < 5 && (d->toks[k - 1].flags & TK_WORD) &&
			    !(d->toks[k - 1].flags & TK_CAP) && !(d->toks[k - 1].flags & TK_POSS))
				k--;
			if (k < t - 1 && k > 0 && (d->toks[k - 1].flags & TK_POSS) &&
			    extract_lex_tok_in(d, t - 2, title_heads)) {
				size_t	s = k - 1;

				while (s > 0 && (d->toks[s - 1].flags & TK_CAP) && k - s < 8)
					s--;
				while (s < k && (on = extract_org_at(d, s, &oe)) == NULL)
					s++;
				title = person_title(d, k, t - 1);
			}
		}
		name = extract_lex_range(d, t, e);
		k = e;
		/* Words of an organization's name are not a person ("Law and Social Policy"). */
		for (oe = 0; oe < d->norgs; oe++)
			if (strstr(d->orgs[oe].name, name) != NULL)
				break;
		if (oe < d->norgs) {
			free(title);
			free(name);
			t = e - 1;
			continue;
		}
		if (title != NULL || (t > 0 && (extract_lex_tok_is(d, t - 1, "by"))) ||
		    (extract_lex_tok_is(d, e, "of") && extract_org_at(d, e + 1, NULL)) ||
		    extract_person_find(d, name, strlen(name))) {
			p = extract_person_add(d, name, strlen(name), ROLE_MENTIONED,
			    d->toks[t].start);
			if (p != NULL) {
				if (title != NULL && p->title == NULL) {
					p->title = title;
					title = NULL;
				}
				if (on != NULL && p->org == NULL)
					p->org = xstrdup(on);
				k = extract_person_appositive(d, p, e, d->ntoks);
			}
			/* "Governors A B and C D": the title covers both. */
			if (p != NULL && p->title != NULL && extract_lex_tok_is(d, e, "and") &&
			    ta < t && extract_lex_tok_in(d, t - 1, titles)) {
				size_t	e2 = extract_person_name(d, e + 1, d->ntoks);

				if (e2 > e + 1) {
					struct ex_person *q;
					char		 *n2 = extract_lex_range(d, e + 1, e2);

					q = extract_person_add(d, n2, strlen(n2), ROLE_MENTIONED,
					    d->toks[e + 1].start);
					if (q != NULL && q->title == NULL)
						q->title = xstrdup(d->people[p - d->people].title);
					free(n2);
				}
			}
		}
		free(title);
		free(name);
		if (k > t)
			t = k - 1;
	}
}

/* Returns the person whose full name, written before token t, ends in the surname at token t. */
struct ex_person *
extract_person_surname(struct ex_doc *d, size_t t)
{
	const char	*w;
	size_t		 wl, k, a, e;
	char		*name;
	struct ex_person *p;

	if (t >= d->ntoks || !(d->toks[t].flags & TK_CAP))
		return NULL;
	w = d->body + d->toks[t].start;
	wl = d->toks[t].end - d->toks[t].start;
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
		if ((e = extract_person_name(d, t, b)) == t)
			continue;
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
		    (!(d->toks[t].flags & TK_CAP) && extract_lex_tok_in(d, t, titles)) ||
		    (t == a && extract_lex_tok_is(d, t, "the") &&
		    extract_lex_tok_in(d, t + 1, honorifics)))
			t++;
		else
			break;
	}
	return t;
}
