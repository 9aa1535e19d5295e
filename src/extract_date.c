/*
 * Dates as press releases write them: "August 15, 2011", "Aug. 15, 2011",
 * "April 06, 2012", "Saturday, 18 February 2012 12:51", "04.06.2012", "14.07.2023",
 * "2012-04-06", "2012-04-06T12:51:00Z", "15 August 2011".  Output is ISO 8601.
 */
#include <string.h>

#include "pressroom.h"
#include "extract_int.h"

/* Month names and their abbreviations, in order. */
static const struct {
	const char	*name;
	const char	*abbr;
	const char	*abbr2;
} months[12] = {
	{ "January", "Jan", NULL }, { "February", "Feb", NULL },
	{ "March", "Mar", NULL }, { "April", "Apr", NULL },
	{ "May", "May", NULL }, { "June", "Jun", NULL },
	{ "July", "Jul", NULL }, { "August", "Aug", NULL },
	{ "September", "Sep", "Sept" }, { "October", "Oct", NULL },
	{ "November", "Nov", NULL }, { "December", "Dec", NULL },
};

/* Weekday names that may open a date. */
static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
	"Sat", "Sun", NULL
};

/* Returns the length of the ASCII letter run at i. */
static size_t
date_word(const char *s, size_t len, size_t i)
{
	size_t	n = 0;

	while (i + n < len && ((s[i + n] >= 'a' && s[i + n] <= 'z') ||
	    (s[i + n] >= 'A' && s[i + n] <= 'Z')))
		n++;
	return n;
}

/* Reads up to max digits at *i into *v; returns the number read. */
static size_t
date_num(const char *s, size_t len, size_t *i, size_t max, int *v)
{
	size_t	n = 0;

	*v = 0;
	while (*i < len && n < max && s[*i] >= '0' && s[*i] <= '9') {
		*v = *v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	if (*i < len && s[*i] >= '0' && s[*i] <= '9')
		return 0;		/* too many digits */
	return n;
}

/*
 * Returns the length of an ISO 8601 time after a date at i: "T14:30",
 * "T14:30:05", "T14:30:05.250Z", "T14:30-05:00", or 0.
 */
static size_t
date_iso_time(const char *s, size_t len, size_t i)
{
	size_t	j = i + 1, k;
	int	v;

	if (i >= len || s[i] != 'T')
		return 0;
	if (date_num(s, len, &j, 2, &v) != 2 || v > 23 || j >= len || s[j] != ':')
		return 0;
	j++;
	if (date_num(s, len, &j, 2, &v) != 2 || v > 59)
		return 0;
	if (j + 2 < len && s[j] == ':' && s[j + 1] >= '0' && s[j + 1] <= '9') {
		j++;
		if (date_num(s, len, &j, 2, &v) != 2 || v > 60)
			return 0;
		if (j + 1 < len && s[j] == '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
			j++;
			while (j < len && s[j] >= '0' && s[j] <= '9')
				j++;
		}
	}
	if (j < len && s[j] == 'Z')
		return j + 1 - i;
	if (j + 1 < len && (s[j] == '+' || s[j] == '-') &&
	    s[j + 1] >= '0' && s[j + 1] <= '9') {
		k = j + 1;
		if (date_num(s, len, &k, 2, &v) != 2 || v > 14)
			return j - i;
		if (k < len && s[k] == ':')
			k++;
		if (date_num(s, len, &k, 2, &v) == 2 && v <= 59)
			return k - i;
		return j - i;
	}
	return j - i;
}

/* Returns the month (1-12) named by the word s, or 0. */
int
extract_date_month(const char *s, size_t len)
{
	int	m;

	/* Month names and abbreviations are 3 to 9 letters and start with one of AD FJ MN OS. */
	if (len < 3 || len > 10 || strchr("ADFJMNOSadfjmnos", s[0]) == NULL)
		return 0;
	for (m = 0; m < 12; m++) {
		if (extract_lex_ieq(s, len, months[m].name) ||
		    extract_lex_ieq(s, len, months[m].abbr) ||
		    (months[m].abbr2 && extract_lex_ieq(s, len, months[m].abbr2)))
			return m + 1;
	}
	return 0;
}

/* Writes y-m-d as ISO into iso if it is a plausible date; returns 1 if so. */
static int
date_emit(int y, int m, int d, char iso[11])
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	iso[0] = (char)('0' + y / 1000);
	iso[1] = (char)('0' + y / 100 % 10);
	iso[2] = (char)('0' + y / 10 % 10);
	iso[3] = (char)('0' + y % 10);
	iso[4] = '-';
	iso[5] = (char)('0' + m / 10);
	iso[6] = (char)('0' + m % 10);
	iso[7] = '-';
	iso[8] = (char)('0' + d / 10);
	iso[9] = (char)('0' + d % 10);
	iso[10] = '\0';
	return 1;
}

/* Parses a date at the start of s; returns 1 and the ISO date and bytes used, else 0. */
int
extract_date_parse(const char *s, size_t len, char iso[11], size_t *used)
{
	size_t	i = 0, w, j, k;
	int	y, m, d;

	i = extract_lex_skip_space(s, len, i);
	w = date_word(s, len, i);
	if (w > 0 && extract_lex_in(s + i, w, weekdays)) {
		i += w;
		if (i < len && (s[i] == ',' || s[i] == '.'))
			i++;
		i = extract_lex_skip_space(s, len, i);
		w = date_word(s, len, i);
	}
	if (w > 0) {
		/* Month D, YYYY */
		if ((m = extract_date_month(s + i, w)) == 0)
			return 0;
		i += w;
		if (i < len && s[i] == '.')
			i++;
		i = extract_lex_skip_space(s, len, i);
		if (date_num(s, len, &i, 2, &d) == 0)
			return 0;
		if (i + 1 < len && (memcmp(s + i, "st", 2) == 0 ||
		    memcmp(s + i, "nd", 2) == 0 || memcmp(s + i, "rd", 2) == 0 ||
		    memcmp(s + i, "th", 2) == 0))
			i += 2;
		if (i < len && s[i] == ',')
			i++;
		i = extract_lex_skip_space(s, len, i);
		if (date_num(s, len, &i, 4, &y) != 4)
			return 0;
		if (!date_emit(y, m, d, iso))
			return 0;
		*used = i;
		return 1;
	}
	j = i;
	if (date_num(s, len, &j, 4, &y) == 4) {
		/* YYYY-MM-DD */
		if (j >= len || (s[j] != '-' && s[j] != '/'))
			return 0;
		j++;
		if (date_num(s, len, &j, 2, &m) == 0 || j >= len ||
		    (s[j] != '-' && s[j] != '/'))
			return 0;
		j++;
		if (date_num(s, len, &j, 2, &d) == 0 || !date_emit(y, m, d, iso))
			return 0;
		*used = j + date_iso_time(s, len, j);
		return 1;
	}
	j = i;
	if (date_num(s, len, &j, 2, &d) == 0)
		return 0;
	if (j < len && (s[j] == '.' || s[j] == '/' || s[j] == '-')) {
		/* MM.DD.YYYY, US order */
		char	sep = s[j];

		m = d;
		j++;
		if (date_num(s, len, &j, 2, &d) == 0 || j >= len || s[j] != sep)
			return 0;
		j++;
		k = date_num(s, len, &j, 4, &y);
		/* "3/5/12": a two-digit year, slashes only. */
		if (k == 2 && sep == '/')
			y += y < 70 ? 2000 : 1900;
		else if (k != 4)
			return 0;
		/* "14.07.2023": a first number above 12 can only be a day. */
		if (m > 12 && d >= 1 && d <= 12) {
			k = (size_t)m;
			m = d;
			d = (int)k;
		}
		if (!date_emit(y, m, d, iso))
			return 0;
		*used = j;
		return 1;
	}
	/* D Month YYYY */
	j = extract_lex_skip_space(s, len, j);
	w = date_word(s, len, j);
	if (w == 0 || (m = extract_date_month(s + j, w)) == 0)
		return 0;
	j += w;
	if (j < len && s[j] == '.')
		j++;
	if (j < len && s[j] == ',')
		j++;
	j = extract_lex_skip_space(s, len, j);
	if (date_num(s, len, &j, 4, &y) != 4 || !date_emit(y, m, d, iso))
		return 0;
	*used = j;
	return 1;
}

/* Finds the first date in s; returns 1 with its ISO form, offset and length. */
int
extract_date_find(const char *s, size_t len, char iso[11], size_t *at, size_t *used)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (i > 0 && (extract_lex_alpha(s, len, i - 1) ||
		    extract_lex_digit(s, len, i - 1)))
			continue;
		if (!extract_lex_alpha(s, len, i) && !extract_lex_digit(s, len, i))
			continue;
		if (extract_date_parse(s + i, len - i, iso, used)) {
			*at = i;
			return 1;
		}
	}
	return 0;
}
