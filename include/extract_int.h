/*
 * The extractor's insides: one document under analysis and the passes over
 * it.  Only the extract_*.c files include this header.
 */
#ifndef EXTRACT_INT_H
#define EXTRACT_INT_H

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

#define EX_MAX_ORGS	96
#define EX_MAX_ALIASES	8
#define EX_MAX_MEMBERS	64
#define EX_MAX_PEOPLE	48
#define EX_MAX_QUOTES	48
#define EX_MAX_REPORTS	16
#define EX_MAX_LINKS	32
#define EX_MAX_TOKS	200000

/* Token flags. */
#define TK_WORD		0x001	/* a word (letters, digits, inner - ' .) */
#define TK_CAP		0x002	/* starts with an upper-case letter */
#define TK_ACR		0x004	/* two or more letters, all upper case */
#define TK_POSS		0x008	/* followed by a possessive 's (not in the token) */
#define TK_PARA		0x010	/* first token of a paragraph */
#define TK_SENT		0x020	/* first token of a sentence */
#define TK_DIGIT	0x040	/* starts with a digit */

/* Marks of extract_meta_dated_items() on the lines of a listing page. */
#define ITEM_SPLIT	0x1	/* an item after the first starts here */
#define ITEM_LABEL	0x2	/* the line is an item's section label */

/* People roles (bits). */
#define ROLE_SPOKESPERSON	XROLE_SPOKESPERSON
#define ROLE_AUTHOR		XROLE_AUTHOR
#define ROLE_CONTACT		XROLE_CONTACT
#define ROLE_MENTIONED		XROLE_MENTIONED

/* A token of the body: bytes [start, end). */
struct ex_tok {
	size_t		start;
	size_t		end;
	unsigned	flags;
};

/* A byte range of the body. */
struct ex_span {
	size_t	start;
	size_t	end;
};

/* An organization named in a document; every string is owned. */
struct ex_org {
	char	*name;
	char	*acronym;
	char	*aliases[EX_MAX_ALIASES];
	size_t	 naliases;
	char	*description;
	int	 mentions;
	size_t	 ev_start, ev_end;		/* sentence of first mention */
	int	 is_coalition;
	char	*members[EX_MAX_MEMBERS];
	size_t	 nmembers;
	size_t	 co_start, co_end;		/* sentence listing members */
};

/* A person named in a document; every string is owned. */
struct ex_person {
	char		*name;
	char		*title;
	char		*org;
	unsigned	 roles;
	size_t		 ev_start, ev_end;
};

/* A quotation: body bytes [start, end) and who said it. */
struct ex_quote {
	size_t	 start, end;
	size_t	 para;			/* first token of its paragraph (scan only) */
	char	*speaker;
	int	 speaker_org;
	char	*title;
	char	*org;
	char	*verb;
};

/* A report cited by a document. */
struct ex_report {
	char	*title;
	char	*aliases[EX_MAX_ALIASES];
	size_t	 naliases;
	char	*publisher;
	char	*published;
	size_t	 ctx_start, ctx_end;
};

/* One document: metadata, body, and what was found in it. */
struct ex_doc {
	size_t		 start, end;		/* bytes of the file */
	char		*title;
	char		*subtitle;
	const char	*kind;
	char		*published;
	char		*publisher;
	char		*author;
	char		*dateline;
	char		*category;
	char		*contact_name;
	char		*contact_phone;
	char		*contact_email;
	int		 is_statement;
	int		 is_blog;
	int		 category_topic;	/* the category is a topic, no kind */
	char		*body;			/* paragraphs joined by "\n\n" */
	size_t		 body_len;
	char		*links[EX_MAX_LINKS];	/* trailing link lines */
	size_t		 nlinks;
	char		*boiler;		/* "Founded in ..." / "About" text */
	char		*boiler_org;		/* the "About X" name, if given */
	char		*site_parent;		/* "City of X" over the publishing department */

	struct ex_tok	*toks;
	size_t		 ntoks;
	struct ex_span	*sents;
	size_t		 nsents;

	struct ex_org	 orgs[EX_MAX_ORGS];
	size_t		 norgs;
	struct ex_person people[EX_MAX_PEOPLE];
	size_t		 npeople;
	struct ex_quote	 quotes[EX_MAX_QUOTES];
	size_t		 nquotes;
	struct ex_report reports[EX_MAX_REPORTS];
	size_t		 nreports;
};

/* A line of the file: bytes [start, end), trimmed. */
struct ex_line {
	size_t	start;
	size_t	end;
};

/* extract_lex.c */
extern const char *const extract_us_states[];
size_t	 extract_lex_space(const char *, size_t, size_t);
size_t	 extract_lex_skip_space(const char *, size_t, size_t);
int	 extract_lex_upper(const char *, size_t, size_t);
int	 extract_lex_lower(const char *, size_t, size_t);
int	 extract_lex_alpha(const char *, size_t, size_t);
int	 extract_lex_digit(const char *, size_t, size_t);
size_t	 extract_lex_open_quote(const char *, size_t, size_t);
size_t	 extract_lex_close_quote(const char *, size_t, size_t);
size_t	 extract_lex_dash(const char *, size_t, size_t);
char	*extract_lex_norm(const char *, size_t);
int	 extract_lex_istarts(const char *, size_t, const char *);
size_t	 extract_lex_ilead(const char *, size_t, const char *const *);
const char *extract_lex_ifind(const char *, size_t, const char *);
size_t	 extract_lex_words(const char *, size_t);
int	 extract_lex_next_word(const char *, size_t, size_t *, size_t *);
size_t	 extract_lex_tok_at(const struct ex_doc *, size_t);
int	 extract_lex_in(const char *, size_t, const char *const *);
void	 extract_lex_tokenize(struct ex_doc *);
size_t	 extract_lex_sentence(const struct ex_doc *, size_t);
char	*extract_lex_range(const struct ex_doc *, size_t, size_t);
int	 extract_lex_abbrev(const char *, size_t);

/*
 * The smallest and most called of the helpers, defined here so that every
 * scanner inlines them whatever the link-time optimizer decides.
 */

/* Returns the length of the UTF-8 sequence at i (1 for a stray byte, 0 at the end). */
static inline size_t
extract_lex_charlen(const char *s, size_t len, size_t i)
{
	unsigned char	c;
	size_t		n;

	if (i >= len)
		return 0;
	c = (unsigned char)s[i];
	if (c < 0x80)
		n = 1;
	else if ((c & 0xe0) == 0xc0)
		n = 2;
	else if ((c & 0xf0) == 0xe0)
		n = 3;
	else if ((c & 0xf8) == 0xf0)
		n = 4;
	else
		n = 1;
	if (i + n > len)
		n = len - i;
	return n;
}

/* Returns 1 if s (len bytes) equals the NUL-terminated w, ASCII case folded. */
static inline int
extract_lex_ieq(const char *s, size_t len, const char *w)
{
	/* Most candidates differ in the first letter: skip strlen for them. */
	if (len == 0 || w[0] == '\0')
		return len == 0 && w[0] == '\0';
	if ((s[0] | 0x20) != (w[0] | 0x20))
		return 0;
	return strlen(w) == len && strncasecmp(s, w, len) == 0;
}

/* Returns 1 if token t is the word w (case folded). */
static inline int
extract_lex_tok_is(const struct ex_doc *d, size_t t, const char *w)
{
	if (t >= d->ntoks)
		return 0;
	return extract_lex_ieq(d->body + d->toks[t].start,
	    d->toks[t].end - d->toks[t].start, w);
}

/* Returns 1 if token t is one of list (case folded). */
static inline int
extract_lex_tok_in(const struct ex_doc *d, size_t t, const char *const *list)
{
	if (t >= d->ntoks)
		return 0;
	return extract_lex_in(d->body + d->toks[t].start,
	    d->toks[t].end - d->toks[t].start, list);
}

/* extract_date.c */
int	 extract_date_parse(const char *, size_t, char[11], size_t *);
int	 extract_date_find(const char *, size_t, char[11], size_t *, size_t *);
int	 extract_date_month(const char *, size_t);

/* extract_meta.c */
int	 extract_meta_published(const char *, size_t, struct ex_span *);
int	 extract_meta_category(const char *, size_t, struct ex_span *);
int	 extract_meta_item_start(const char *, size_t);
size_t	 extract_meta_dated_items(const char *, const struct ex_line *, size_t,
	    unsigned char *);
void	 extract_meta_parse(struct ex_doc *, const char *, const struct ex_line *,
	    size_t, int);

/* extract_org.c */
void	 extract_org_scan(struct ex_doc *);
struct ex_org *extract_org_find(struct ex_doc *, const char *, size_t);
const char *extract_org_ensure(struct ex_doc *, const char *, size_t, size_t);
const char *extract_org_at(struct ex_doc *, size_t, size_t *);
void	 extract_org_finish(struct ex_doc *);
const char *extract_org_kind(const struct ex_doc *, size_t);
const char *extract_org_initials_at(const struct ex_doc *, size_t, int *);
int	 extract_org_head(const char *, size_t);
void	 extract_org_free(struct ex_org *);

/* extract_person.c */
struct ex_person *extract_person_add(struct ex_doc *, const char *, size_t,
	    unsigned, size_t);
struct ex_person *extract_person_find(struct ex_doc *, const char *, size_t);
size_t	 extract_person_name(const struct ex_doc *, size_t, size_t);
size_t	 extract_person_appositive(struct ex_doc *, struct ex_person *, size_t,
	    size_t);
void	 extract_person_scan(struct ex_doc *);
struct ex_person *extract_person_surname(struct ex_doc *, size_t);
size_t	 extract_person_skip_title(const struct ex_doc *, size_t, size_t);
struct ex_person *extract_person_first(struct ex_doc *, size_t, size_t);
void	 extract_person_finish(struct ex_doc *);
void	 extract_person_free(struct ex_person *);

/* extract_quote.c */
void	 extract_quote_scan(struct ex_doc *);
void	 extract_quote_free(struct ex_quote *);
void	 extract_quote_boards(struct ex_doc *);

/* extract_report.c */
void	 extract_report_scan(struct ex_doc *);
void	 extract_report_free(struct ex_report *);

#endif
