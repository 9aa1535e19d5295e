/*
 * The extractor: press-release text in, what it holds out.  Pure: no
 * database, no network, no global state.
 *
 * What it finds is an extraction: C records that mirror, field for field,
 * the JSON described in the README ("What the loader extracts").  The loader
 * stores that JSON per file (extraction_write) and reads it back
 * (extraction_read); the store works on the records.  A string field is NULL
 * where the JSON has null.  Every record and string of an extraction lives in
 * its own arena and goes with extraction_free().
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <stddef.h>
#include <jansson.h>

struct buf;

/* Roles of a person in a document (bits, in the order the JSON lists them). */
#define XROLE_SPOKESPERSON	0x1
#define XROLE_AUTHOR		0x2
#define XROLE_CONTACT		0x4
#define XROLE_MENTIONED		0x8

/* Their names, in the order of their bits. */
extern const char *const xrole_names[4];

/* Where in the body something was seen; "evidence": null when !present. */
struct xevidence {
	int		 present;
	const char	*snippet;
	long long	 start, end;	/* characters of the body */
};

struct xorg {
	const char	 *name;
	const char	 *acronym;
	const char	**aliases;	/* the acronym last, when there is one */
	size_t		  naliases;
	const char	 *kind;
	const char	 *description;
	long long	  mentions;
	struct xevidence  evidence;
};

struct xperson {
	const char	*name;
	const char	*title;
	const char	*organization;
	unsigned	 roles;		/* XROLE_* */
	struct xevidence evidence;
};

struct xquote {
	const char	*text;
	const char	*speaker;
	const char	*speaker_type;	/* "person" or "organization" */
	const char	*speaker_title;
	const char	*organization;
	const char	*attribution;
	long long	 start, end;
};

struct xcoalition {
	const char	 *name;
	const char	**members;
	size_t		  nmembers;
	struct xevidence  evidence;
};

struct xreport {
	const char	 *title;
	const char	**aliases;
	size_t		  naliases;
	const char	 *publisher;
	const char	 *published;
	const char	 *context;
	long long	  start, end;
};

struct xdoc {
	const char		*title;
	const char		*subtitle;
	const char		*kind;
	const char		*published;
	const char		*publisher;
	const char		*author;
	const char		*dateline;
	int			 has_contact;	/* else "contact": null */
	const char		*contact_name;
	const char		*contact_phone;
	const char		*contact_email;
	const char		*category;
	const char		*summary;
	const char		*body;
	size_t			 body_len;
	long long		 word_count;
	long long		 start, end;	/* bytes of the file */
	struct xorg		*orgs;
	size_t			 norgs;
	struct xperson		*people;
	size_t			 npeople;
	struct xquote		*quotes;
	size_t			 nquotes;
	struct xcoalition	*coalitions;
	size_t			 ncoalitions;
	struct xreport		*reports;
	size_t			 nreports;
};

struct arena;

/* What one file holds. */
struct extraction {
	const char	*file;
	const char	*sha256;
	long long	 bytes;
	struct xdoc	*docs;
	size_t		 ndocs;
	struct arena	*arena;
};

/*
 * Extracts the documents of one file.  name is the file's base name, text its
 * len bytes followed by a NUL (text[len] == '\0', as source_read() leaves
 * it: the scanners read one byte past an empty last line), sha256 their
 * hash in hex or NULL.  Returns a new extraction, or
 * NULL with a new message in *err (the text is not UTF-8, holds a NUL).
 */
struct extraction *extract_run(const char *name, const char *text, size_t len,
	    const char *sha256, char **err);

/* As extract_run(), as the JSON the loader stores (a new reference). */
json_t	*extract_text(const char *name, const char *text, size_t len, char **err);

/* Appends x's JSON, compact, to b. */
void	 extraction_write(struct buf *b, const struct extraction *x);

/*
 * Reads an extraction from its JSON text (len bytes); NULL with a new
 * message in *err if it is not JSON.  Fields of the wrong type read as absent.
 */
struct extraction *extraction_read(const char *text, size_t len, char **err);

void	 extraction_free(struct extraction *x);

#endif
