/*
 * Characters, words, tokens and sentences: the lexical layer the other
 * extraction passes stand on.  Every function is bounded by the length it is
 * given and never reads past it.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

/* Abbreviations whose period does not end a sentence. */
static const char *const abbrevs[] = {
	"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Rev",
	"Prof", "Gen", "Lt", "Col", "Sgt", "Hon", "Inc", "Co", "Corp", "Ltd",
	"No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep",
	"Oct", "Nov", "Dec", "Calif", "Mass", "Ill", "Fla", "Tex", "Ariz",
	"Conn", "Penn", "Pa", "Va", "Wash", "Mich", "Minn", "Wis", "Ga", "Md",
	"Ore", "Colo", "Okla", "Nev", "Tenn", "Ky", "La", "Ala", "Miss", "Mo",
	"Neb", "Kan", "Del", "Ave", "Blvd", "Dept", "Assn", "Univ", "Mt", "Ft",
	NULL
};

/*
 * US states and territories: they may close an organization's name ("Housing
 * Watch Ohio") or follow a site's name after a comma ("City of X, Ohio").
 */
const char *const extract_us_states[] = {
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
	"Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
	"Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
	"Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
	"New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
	"Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
	"Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin",
	"Wyoming", "Puerto Rico", NULL
};

/* Returns the byte length of the white-space character at i, or 0. */
size_t
extract_lex_space(const char *s, size_t len, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;

	if (i >= len || (p[i] > ' ' && p[i] < 0x80))
		return 0;
	if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n' ||
	    p[i] == '\f' || p[i] == '\v')
		return 1;
	if (i + 1 < len && p[i] == 0xc2 && p[i + 1] == 0xa0)
		return 2;
	if (i + 2 < len && p[i] == 0xe2 && p[i + 1] == 0x80 &&
	    ((p[i + 2] >= 0x80 && p[i + 2] <= 0x8b) || p[i + 2] == 0xaf ||
	    p[i + 2] == 0xa8 || p[i + 2] == 0xa9))
		return 3;
	if (i + 2 < len && p[i] == 0xe2 && p[i + 1] == 0x81 && p[i + 2] == 0x9f)
		return 3;
	if (i + 2 < len && p[i] == 0xe3 && p[i + 1] == 0x80 && p[i + 2] == 0x80)
		return 3;
	if (i + 2 < len && p[i] == 0xef && p[i + 1] == 0xbb && p[i + 2] == 0xbf)
		return 3;
	return 0;
}

/* Returns the index of the first byte at or after i that is not white space. */
size_t
extract_lex_skip_space(const char *s, size_t len, size_t i)
{
	size_t	n;

	while (i < len && (n = extract_lex_space(s, len, i)) > 0)
		i += n;
	return i;
}

/* Returns 1 if an upper-case letter (ASCII or Latin-1) starts at i. */
int
extract_lex_upper(const char *s, size_t len, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;

	if (i >= len)
		return 0;
	if (p[i] >= 'A' && p[i] <= 'Z')
		return 1;
	if (i + 1 < len && p[i] == 0xc3 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9e &&
	    p[i + 1] != 0x97)
		return 1;
	return 0;
}

/* Returns 1 if a lower-case letter (ASCII or Latin-1) starts at i. */
int
extract_lex_lower(const char *s, size_t len, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;

	if (i >= len)
		return 0;
	if (p[i] >= 'a' && p[i] <= 'z')
		return 1;
	if (i + 1 < len && p[i] == 0xc3 && p[i + 1] >= 0x9f && p[i + 1] <= 0xbf &&
	    p[i + 1] != 0xb7)
		return 1;
	return 0;
}

/* Returns 1 if a letter starts at i (other scripts count as letters). */
int
extract_lex_alpha(const char *s, size_t len, size_t i)
{
	const unsigned char *p = (const unsigned char *)s;

	if (i >= len)
		return 0;
	if (extract_lex_upper(s, len, i) || extract_lex_lower(s, len, i))
		return 1;
	/* Letters past Latin-1: Latin Extended, Greek, Cyrillic... */
	if (p[i] >= 0xc4 && p[i] <= 0xdf)
		return 1;
	if (p[i] >= 0xe3 && p[i] <= 0xed)
		return 1;
	return 0;
}

/* Returns 1 if an ASCII digit is at i. */
int
extract_lex_digit(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/* Returns the length of an opening quotation mark at i (curly “ ‘ or straight "), or 0. */
size_t
extract_lex_open_quote(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && memcmp(s + i, "\xe2\x80\x9c", 3) == 0)
		return 3;
	if (i < len && s[i] == '"')
		return 1;
	return 0;
}

/* Returns the length of a closing quotation mark at i (curly ” or straight "), or 0. */
size_t
extract_lex_close_quote(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && memcmp(s + i, "\xe2\x80\x9d", 3) == 0)
		return 3;
	if (i < len && s[i] == '"')
		return 1;
	return 0;
}

/* Returns the length of a dash (- – —) at i, or 0. */
size_t
extract_lex_dash(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && (memcmp(s + i, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(s + i, "\xe2\x80\x94", 3) == 0))
		return 3;
	if (i < len && s[i] == '-')
		return 1;
	return 0;
}

/* Returns a new string: s with white-space runs made one space, trimmed. */
char *
extract_lex_norm(const char *s, size_t len)
{
	char	*r = xmalloc(len + 1);
	size_t	 i = 0, o = 0, n;
	int	 pend = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		/* Plain ASCII other than white space is copied as is. */
		if (c > ' ' && c < 0x80) {
			if (pend)
				r[o++] = ' ';
			pend = 0;
			r[o++] = (char)c;
			i++;
			continue;
		}
		if ((n = extract_lex_space(s, len, i)) > 0) {
			pend = o > 0;
			i += n;
			continue;
		}
		if (pend)
			r[o++] = ' ';
		pend = 0;
		n = extract_lex_charlen(s, len, i);
		memcpy(r + o, s + i, n);
		o += n;
		i += n;
	}
	r[o] = '\0';
	return r;
}

/* Returns 1 if s (len bytes) starts with p, ASCII case folded. */
int
extract_lex_istarts(const char *s, size_t len, const char *p)
{
	size_t		k;
	unsigned char	a, b;

	/* Byte by byte: most calls end at the first or second byte. */
	for (k = 0; p[k] != '\0'; k++) {
		if (k >= len)
			return 0;
		a = (unsigned char)s[k];
		b = (unsigned char)p[k];
		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b)
			return 0;
	}
	return 1;
}

/* Returns the length of the first word of list that s starts with, case folded, or 0. */
size_t
extract_lex_ilead(const char *s, size_t len, const char *const *list)
{
	size_t	i;

	for (i = 0; list[i] != NULL; i++)
		if (extract_lex_istarts(s, len, list[i]))
			return strlen(list[i]);
	return 0;
}

/* Returns the first place in s (len bytes) where w occurs, case folded, or NULL. */
const char *
extract_lex_ifind(const char *s, size_t len, const char *w)
{
	const char	*p, *end, *nlo, *nup;
	size_t		 wl = strlen(w);
	char		 lo, up, c1;

	if (wl == 0 || wl > len)
		return NULL;
	/*
	 * Candidates are where the first letter is, in either case: found by
	 * memchr, each position of the two kept until passed.  The second
	 * letter is tested before a whole comparison.
	 */
	lo = (char)((w[0] >= 'A' && w[0] <= 'Z') ? w[0] + 32 : w[0]);
	up = (char)((lo >= 'a' && lo <= 'z') ? lo - 32 : lo);
	c1 = (char)(wl > 1 ? (w[1] | 0x20) : 0);
	end = s + len - wl + 1;		/* candidates start before end */
	nlo = memchr(s, lo, (size_t)(end - s));
	nup = lo == up ? NULL : memchr(s, up, (size_t)(end - s));
	while (nlo != NULL || nup != NULL) {
		if (nup == NULL || (nlo != NULL && nlo < nup)) {
			p = nlo;
			nlo = p + 1 < end ? memchr(p + 1, lo, (size_t)(end - p - 1)) : NULL;
		} else {
			p = nup;
			nup = p + 1 < end ? memchr(p + 1, up, (size_t)(end - p - 1)) : NULL;
		}
		if ((wl == 1 || (p[1] | 0x20) == c1) && strncasecmp(p, w, wl) == 0)
			return p;
	}
	return NULL;
}

/*
 * Steps to the next word of s separated by spaces: skips blanks from *i,
 * sets *a to the word's first byte and *i past its end.  Returns 0 at the
 * end of s.
 */
int
extract_lex_next_word(const char *s, size_t len, size_t *i, size_t *a)
{
	while (*i < len && s[*i] == ' ')
		(*i)++;
	*a = *i;
	while (*i < len && s[*i] != ' ')
		(*i)++;
	return *i > *a;
}

/* Returns the number of white-space separated words in s. */
size_t
extract_lex_words(const char *s, size_t len)
{
	size_t	i = 0, n = 0, sp;
	int	in = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c > ' ' && c < 0x80)
			sp = 0;			/* printable ASCII: no call */
		else if (c == ' ' || c == '\n')
			sp = 1;			/* nor for the common blanks */
		else
			sp = extract_lex_space(s, len, i);
		if (sp > 0) {
			in = 0;
			i += sp;
			continue;
		}
		if (!in)
			n++;
		in = 1;
		i += (unsigned char)s[i] < 0x80 ? 1 : extract_lex_charlen(s, len, i);
	}
	return n;
}

/*
 * Word lists are looked up for nearly every token, so each list gets a hash
 * set of its ASCII-folded words the first time it is used.  Only lists in
 * the program image (static arrays) get one, known by their address, which
 * never holds another list; a list built on the stack or the heap is
 * scanned.  The sets are per thread and freed when it exits.
 */
#define LEX_SETS	256		/* lists with a set, at most */

struct lex_set {
	const char *const	*list;
	size_t			 mask;
	unsigned short		*slot;		/* list index + 1, or 0 */
};

/* The program image's first and past-the-end bytes, from the linker. */
extern const char	 lex_image_start[] __asm__("__executable_start");
extern const char	 lex_image_end[] __asm__("end");
static pthread_key_t	 lex_key;
static pthread_once_t	 lex_once = PTHREAD_ONCE_INIT;
static _Thread_local struct lex_set *lex_sets;

/* Frees a thread's sets when it exits. */
static void
lex_sets_free(void *p)
{
	struct lex_set	*sets = p;
	size_t		 i;

	for (i = 0; i < LEX_SETS; i++)
		free(sets[i].slot);
	free(sets);
}

/* Creates the key whose destructor frees each thread's sets. */
static void
lex_key_init(void)
{
	if (pthread_key_create(&lex_key, lex_sets_free) != 0)
		fatalx("extract: cannot create a thread key");
}

/* Returns the hash of s (len bytes), ASCII case folded. */
static size_t
lex_hash(const char *s, size_t len)
{
	size_t	h = 14695981039346656037ULL, i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)(s[i] | ((s[i] >= 'A' && s[i] <= 'Z') ? 0x20 : 0));
		h *= 1099511628211ULL;
	}
	return h;
}

/* Returns the hash set of list, building it on first use; NULL to scan it. */
static struct lex_set *
lex_set(const char *const *list)
{
	struct lex_set	*set;
	size_t		 n, i, h, at, probe;

	if ((const char *)list < lex_image_start ||
	    (const char *)list >= lex_image_end)
		return NULL;
	if (lex_sets == NULL) {
		pthread_once(&lex_once, lex_key_init);
		lex_sets = xcalloc(LEX_SETS, sizeof(*lex_sets));
		pthread_setspecific(lex_key, lex_sets);
	}
	at = ((size_t)list >> 3) & (LEX_SETS - 1);
	for (probe = 0; probe < LEX_SETS; probe++) {
		set = &lex_sets[(at + probe) & (LEX_SETS - 1)];
		if (set->list == list)
			return set;
		if (set->list == NULL)
			break;
	}
	if (probe == LEX_SETS)
		return NULL;
	for (n = 0; list[n] != NULL; n++)
		;
	if (n >= 0xffff)
		return NULL;
	set->mask = 15;
	while (set->mask + 1 < n * 2)
		set->mask = set->mask * 2 + 1;
	set->slot = xcalloc(set->mask + 1, sizeof(*set->slot));
	for (i = 0; i < n; i++) {
		h = lex_hash(list[i], strlen(list[i])) & set->mask;
		while (set->slot[h] != 0)
			h = (h + 1) & set->mask;
		set->slot[h] = (unsigned short)(i + 1);
	}
	set->list = list;
	return set;
}

/* Returns 1 if s (len bytes) equals w, ASCII case folded unless exact. */
static int
lex_eq(const char *s, size_t len, const char *w, int exact)
{
	if (!exact)
		return extract_lex_ieq(s, len, w);
	return strlen(w) == len && memcmp(w, s, len) == 0;
}

/*
 * Returns 1 if s (len bytes) is a word of the NULL-ended list: through the
 * list's hash set (its hash folds case, so it serves both kinds of match)
 * or, for a list without one, by scanning it.
 */
static int
lex_lookup(const char *s, size_t len, const char *const *list, int exact)
{
	struct lex_set	*set;
	size_t		 i, h;

	if ((set = lex_set(list)) == NULL) {
		for (i = 0; list[i] != NULL; i++)
			if (lex_eq(s, len, list[i], exact))
				return 1;
		return 0;
	}
	for (h = lex_hash(s, len) & set->mask; set->slot[h] != 0;
	    h = (h + 1) & set->mask)
		if (lex_eq(s, len, list[set->slot[h] - 1], exact))
			return 1;
	return 0;
}

/* Returns 1 if s (len bytes) equals a word of the NULL-ended list, ASCII case folded. */
int
extract_lex_in(const char *s, size_t len, const char *const *list)
{
	return lex_lookup(s, len, list, 0);
}

/* Returns 1 if the word s is an abbreviation whose period stays with it. */
int
extract_lex_abbrev(const char *s, size_t len)
{
	size_t	i;

	if (len == 1 && extract_lex_upper(s, len, 0))
		return 1;		/* an initial */
	for (i = 0; i < len; i++)
		if (s[i] == '.')
			return 1;	/* U.S, D.C */
	return lex_lookup(s, len, abbrevs, 1);
}

/* Returns 1 if the byte at i may continue a word. */
static int
lex_wordchar(const char *s, size_t len, size_t i)
{
	unsigned char	c;

	if (i >= len)
		return 0;
	c = (unsigned char)s[i];
	if (c < 0x80)		/* the common case, without a call */
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return extract_lex_alpha(s, len, i);
}

/* Appends a token, growing the array; past EX_MAX_TOKS tokens are dropped. */
static void
lex_push(struct ex_doc *d, size_t *cap, size_t start, size_t end, unsigned fl)
{
	if (d->ntoks >= *cap) {
		if (*cap >= EX_MAX_TOKS)
			return;
		*cap = *cap * 2 < EX_MAX_TOKS ? *cap * 2 : EX_MAX_TOKS;
		d->toks = xrealloc(d->toks, *cap * sizeof(*d->toks));
	}
	d->toks[d->ntoks].start = start;
	d->toks[d->ntoks].end = end;
	d->toks[d->ntoks].flags = fl;
	d->ntoks++;
}

/* Sets the flags that depend on a word's letters. */
static unsigned
lex_word_flags(const char *s, size_t len, size_t a, size_t b)
{
	unsigned	fl = TK_WORD;
	size_t		i, up = 0, low = 0;

	if (extract_lex_upper(s, len, a))
		fl |= TK_CAP;
	if (extract_lex_digit(s, len, a))
		fl |= TK_DIGIT;
	for (i = a; i < b; ) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			up += c >= 'A' && c <= 'Z';
			low += c >= 'a' && c <= 'z';
			i++;
			continue;
		}
		if (extract_lex_upper(s, len, i))
			up++;
		else if (extract_lex_lower(s, len, i))
			low++;
		i += extract_lex_charlen(s, len, i);
	}
	if (up >= 2 && low == 0)
		fl |= TK_ACR;
	return fl;
}

/* Splits the body into word and punctuation tokens and marks sentence starts. */
void
extract_lex_tokenize(struct ex_doc *d)
{
	const char	*s = d->body;
	size_t		 len = d->body_len, i = 0, cap, a, n, sp;
	int		 para = 1, sent = 1;
	unsigned	 fl;

	/* About one token in five bytes of English; grown when short. */
	cap = len / 4 + 16 < EX_MAX_TOKS ? len / 4 + 16 : EX_MAX_TOKS;
	d->toks = xmalloc(cap * sizeof(*d->toks));
	d->ntoks = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c > ' ' && c < 0x80)
			sp = 0;			/* printable ASCII: no call */
		else if (c == ' ' || c == '\n')
			sp = 1;			/* nor for the common blanks */
		else
			sp = extract_lex_space(s, len, i);
		if (sp > 0) {
			if (s[i] == '\n' && i + 1 < len && s[i + 1] == '\n') {
				para = 1;
				sent = 1;
			}
			i += sp;
			continue;
		}
		a = i;
		if (lex_wordchar(s, len, i)) {
			while (i < len) {
				if (lex_wordchar(s, len, i) && (unsigned char)s[i] < 0x80) {
					i++;
					continue;
				}
				n = extract_lex_charlen(s, len, i);
				if (lex_wordchar(s, len, i)) {
					i += n;
					continue;
				}
				/* Inner hyphen, apostrophe or period joins letters. */
				if ((s[i] == '-' || s[i] == '.' || s[i] == '\'' ||
				    (n == 3 && memcmp(s + i, "\xe2\x80\x99", 3) == 0)) &&
				    lex_wordchar(s, len, i + n)) {
					if ((s[i] == '\'' || n == 3) &&
					    (s[i + n] == 's' || s[i + n] == 'S') &&
					    !lex_wordchar(s, len, i + n + 1))
						break;		/* possessive */
					i += n;
					continue;
				}
				break;
			}
			fl = lex_word_flags(s, len, a, i);
			/* Possessive 's stays out of the token. */
			n = extract_lex_charlen(s, len, i);
			if (i < len && (s[i] == '\'' || (n == 3 &&
			    memcmp(s + i, "\xe2\x80\x99", 3) == 0)) &&
			    i + n < len && (s[i + n] == 's' || s[i + n] == 'S') &&
			    !lex_wordchar(s, len, i + n + 1)) {
				fl |= TK_POSS;
				if (para)
					fl |= TK_PARA;
				if (sent)
					fl |= TK_SENT;
				lex_push(d, &cap, a, i, fl);
				i += n + 1;
				para = sent = 0;
				continue;
			}
			/* A plural possessive keeps its mark inside a name ("Workers’ Council"). */
			n = extract_lex_charlen(s, len, i);
			if (i > a && (s[i - 1] == 's') && (s[i] == '\'' || (n == 3 &&
			    memcmp(s + i, "\xe2\x80\x99", 3) == 0)) &&
			    extract_lex_space(s, len, i + n) && extract_lex_upper(s, len,
			    i + n + extract_lex_space(s, len, i + n)) && (fl & TK_CAP))
				i += n;
			/* An abbreviation keeps its period. */
			if (i < len && s[i] == '.' && extract_lex_abbrev(s + a, i - a))
				i++;
			if (para)
				fl |= TK_PARA;
			if (sent)
				fl |= TK_SENT;
			lex_push(d, &cap, a, i, fl);
			para = sent = 0;
			continue;
		}
		n = extract_lex_charlen(s, len, i);
		fl = 0;
		if (para)
			fl |= TK_PARA;
		if (sent)
			fl |= TK_SENT;
		lex_push(d, &cap, a, a + n, fl);
		para = 0;
		if (s[a] == '.' || s[a] == '!' || s[a] == '?')
			sent = 1;
		else if (!(sent && (extract_lex_close_quote(s, len, a) ||
		    (n == 3 && memcmp(s + a, "\xe2\x80\x99", 3) == 0))))
			sent = 0;
		i += n;
	}
}

/* Returns the index of the first token of the sentence holding token t. */
size_t
extract_lex_sentence(const struct ex_doc *d, size_t t)
{
	size_t	n = 0;

	if (t >= d->ntoks)
		return d->ntoks;
	while (t > 0 && !(d->toks[t].flags & TK_SENT) && n++ < 400)
		t--;
	return t;
}

/* Returns a new string of the body from token a to token b (exclusive), spaces normalized. */
char *
extract_lex_range(const struct ex_doc *d, size_t a, size_t b)
{
	if (a >= b || b > d->ntoks)
		return xstrdup("");
	return extract_lex_norm(d->body + d->toks[a].start,
	    d->toks[b - 1].end - d->toks[a].start);
}

/* Returns the index of the first token starting at or after body byte at (ntoks if none). */
size_t
extract_lex_tok_at(const struct ex_doc *d, size_t at)
{
	size_t	lo = 0, hi = d->ntoks, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->toks[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
