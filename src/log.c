/*
 * Logging to stderr, one line per event.  Under journald (JOURNAL_STREAM set)
 * each line starts with the syslog priority "<N>" so the journal files it right.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressroom.h"

static enum log_level	log_level = LOG_LVL_INFO;
static int		log_journal;

/* Sets the level and notices whether stderr goes to the journal. */
void
log_init(enum log_level level)
{
	log_level = level;
	log_journal = getenv("JOURNAL_STREAM") != NULL;
}

/* Changes the level. */
void
log_set_level(enum log_level level)
{
	log_level = level;
}

/* Parses "error", "warning", "info" or "debug"; 0 on success, -1 if unknown. */
int
log_level_parse(const char *s, enum log_level *out)
{
	static const struct {
		const char	*name;
		enum log_level	 level;
	} names[] = {
		{ "error", LOG_LVL_ERR }, { "warning", LOG_LVL_WARN },
		{ "warn", LOG_LVL_WARN }, { "info", LOG_LVL_INFO },
		{ "debug", LOG_LVL_DEBUG },
	};
	size_t	i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i].name) == 0) {
			*out = names[i].level;
			return 0;
		}
	return -1;
}

static void	log_vwrite(enum log_level, int, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));

/* Writes one line at level, with ": strerror" appended when err is non-zero. */
static void
log_vwrite(enum log_level level, int err, const char *fmt, va_list ap)
{
	static const int	prio[] = { 3, 4, 6, 7 };
	char			line[4096];

	if (level > log_level)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	if (log_journal)
		fprintf(stderr, "<%d>", prio[level]);
	if (err)
		fprintf(stderr, "pressroomd: %s: %s\n", line, strerror(err));
	else
		fprintf(stderr, "pressroomd: %s\n", line);
}

/* Logs a warning with the current errno's text. */
void
log_warn(const char *fmt, ...)
{
	va_list	ap;
	int	err = errno;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_WARN, err, fmt, ap);
	va_end(ap);
}

/* Logs a warning. */
void
log_warnx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_WARN, 0, fmt, ap);
	va_end(ap);
}

/* Logs information. */
void
log_info(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_INFO, 0, fmt, ap);
	va_end(ap);
}

/* Logs detail for debugging. */
void
log_debug(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_DEBUG, 0, fmt, ap);
	va_end(ap);
}

/* Logs an error with errno's text and exits. */
void
fatal(const char *fmt, ...)
{
	va_list	ap;
	int	err = errno;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_ERR, err, fmt, ap);
	va_end(ap);
	exit(1);
}

/* Logs an error and exits. */
void
fatalx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_LVL_ERR, 0, fmt, ap);
	va_end(ap);
	exit(1);
}
