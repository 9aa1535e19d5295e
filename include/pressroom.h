/*
 * pressroom: shared helpers used by every part of the daemon.
 */
#ifndef PRESSROOM_H
#define PRESSROOM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define PRESSROOM_MAX_FILE (10u * 1024u * 1024u)   /* largest input file, bytes */

#if defined(__GNUC__)
#define PR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define PR_NORETURN __attribute__((noreturn))
#else
#define PR_PRINTF(f, a)
#define PR_NORETURN
#endif

/* util.c */

/* Growable byte string; data is always NUL-terminated once anything is added. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

/* String-keyed map to int values; keys are copied. */
struct strmap {
	char	**keys;
	int	 *vals;
	size_t	  cap;
	size_t	  count;
};

/* Memory handed out in chunks and given back all at once (util.c). */
struct arena;

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) PR_PRINTF(1, 2);
void	 buf_init(struct buf *);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
char	*buf_reserve(struct buf *, size_t);
void	 buf_printf(struct buf *, const char *, ...) PR_PRINTF(2, 3);
void	 buf_reset(struct buf *);
char	*buf_steal(struct buf *);
void	 buf_free(struct buf *);
void	 mem_hugepages(void);
void	 mem_serving(void);
unsigned cpu_usable(void);
struct arena *arena_new(size_t);
void	*arena_alloc(struct arena *, size_t);
void	*arena_calloc(struct arena *, size_t, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
size_t	 arena_used(const struct arena *);
void	 arena_free(struct arena *);
char	*slugify(const char *, size_t);
uint64_t hash_fnv1a(const void *, size_t);
int	 utf8_valid(const char *, size_t, size_t *);
char	*utf8_repair(const char *);
size_t	 utf8_cplen(const char *, size_t);
size_t	 utf8_cp_to_byte(const char *, size_t, size_t);
void	 strmap_init(struct strmap *);
int	 strmap_get(const struct strmap *, const char *, int *);
void	 strmap_put(struct strmap *, const char *, int);
void	 strmap_free(struct strmap *);

/* log.c */
enum log_level { LOG_LVL_ERR, LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };

void	 log_init(enum log_level);
void	 log_set_level(enum log_level);
int	 log_level_parse(const char *, enum log_level *);
const char *log_level_name(int);
void	 log_warn(const char *, ...) PR_PRINTF(1, 2);
void	 log_warnx(const char *, ...) PR_PRINTF(1, 2);
void	 log_info(const char *, ...) PR_PRINTF(1, 2);
void	 log_debug(const char *, ...) PR_PRINTF(1, 2);
void	 fatal(const char *, ...) PR_PRINTF(1, 2) PR_NORETURN;
void	 fatalx(const char *, ...) PR_PRINTF(1, 2) PR_NORETURN;

/* sha256.c */
void	 sha256_hex(const void *, size_t, char[65]);

#endif
