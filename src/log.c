/*
 * Logging to stderr, one line per event, each line one write(2) so that lines
 * from several threads never interleave.  When stderr is the journal's stream
 * (JOURNAL_STREAM names its device and inode) each line starts with the
 * syslog priority "<N>" so the journal files it right, and without the
 * program name, which the journal adds itself.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pressroom.h"

static enum log_level	log_level = LOG_LVL_INFO;
static int		log_journal;

/* Returns 1 when JOURNAL_STREAM ("DEV:INODE") names the file stderr is. */
static int
log_is_journal(void)
{
	const char		*v = getenv("JOURNAL_STREAM");
	struct stat		 st;
	unsigned long long	 dev, ino;

	if (v == NULL || sscanf(v, "%llu:%llu", &dev, &ino) != 2)
		return 0;
	if (fstat(STDERR_FILENO, &st) == -1)
		return 0;
	return (unsigned long long)st.st_dev == dev &&
	    (unsigned long long)st.st_ino == ino;
}

/* Sets the level and notices whether stderr goes to the journal. */
void
log_init(enum log_level level)
{
	log_level = level;
	log_journal = log_is_journal();
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

/* Returns the name of a level, as log_level_parse() reads it. */
const char *
log_level_name(int level)
{
	static const char *const names[] = { "error", "warning", "info",
	    "debug" };

	return level >= 0 && level <= LOG_LVL_DEBUG ? names[level] : "info";
}

static void	log_vwrite(enum log_level, int, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));

/* Writes one line at level, with ": strerror" appended when err is non-zero. */
static void
log_vwrite(enum log_level level, int err, const char *fmt, va_list ap)
{
	static const int	prio[] = { 3, 4, 6, 7 };
	char			line[4096], msg[3900];
	int			n;
	ssize_t			w;
	size_t			off;

	if (level > log_level)
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	msg[strcspn(msg, "\n")] = '\0';
	if (log_journal)
		n = snprintf(line, sizeof(line), "<%d>%s%s%s\n", prio[level], msg,
		    err ? ": " : "", err ? strerror(err) : "");
	else
		n = snprintf(line, sizeof(line), "pressroomd: %s%s%s\n", msg,
		    err ? ": " : "", err ? strerror(err) : "");
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(line)) {
		n = sizeof(line) - 1;
		line[n - 1] = '\n';
	}
	off = 0;
	while (off < (size_t)n) {
		w = write(STDERR_FILENO, line + off, (size_t)n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		off += (size_t)w;
	}
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
