/*
 * Fuzz target: one HTTP request through the server, from its bytes on the
 * wire to the answer: libmicrohttpd's parsing, then the server's own
 * routing, parameter checks, conditional requests, CORS, the response
 * cache and the handlers, against the bundled corpus loaded once into
 * memory.  No network: the server's socketless daemon (server_start() with
 * no address) takes one end of a socketpair per request and is driven by
 * MHD_run() in this thread.
 *
 * Input, line by line ("\n"; a "\r" is dropped):
 *   line 1   the request target, path and query ("/v1/quotes?q=ice"),
 *            optionally after a method ("HEAD /v1", "OPTIONS /v1/people");
 *            GET otherwise.  Bytes that cannot stand in a request line
 *            (controls, space, DEL, non-ASCII) are sent percent-encoded,
 *            so every input reaches the server's code.
 *   line 2…  request headers, "Name: value" (Accept, If-None-Match, Origin,
 *            Accept-Encoding, Range, X-Request-Id, Host,
 *            Access-Control-Request-Headers…); lines that are not a
 *            token (RFC 9110) and ':' and
 *            Connection, Content-Length, Transfer-Encoding and Expect are
 *            left out (the request has no body and is the connection's
 *            last: "Connection: close" ends it).
 *
 * Checks beyond "no crash, no leak": an answer always comes, with a status
 * that is never 5xx; a JSON body (problem details too) parses, and so does
 * every line of an NDJSON export; a 304 has no body.  FUZZ_VERBOSE=1 in
 * the environment prints each answer's status line, FUZZ_VERBOSE=2 each
 * request and its whole answer.
 */
#include <sys/socket.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

#include "build_config.h"
#include "pressroom.h"
#include "http.h"
#include "api.h"
#include "fuzz.h"

#define FUZZ_MAX_ROUNDS	200000	/* MHD_run() rounds for one answer */

static struct MHD_Daemon	*daemon_;
static struct serve_config	 cfg;
static char			*loads[1];

static void
fuzz_close(void)
{
	MHD_stop_daemon(daemon_);
	server_close();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*err = NULL;

	(void)argc;
	(void)argv;
	log_init(LOG_LVL_ERR);
	loads[0] = PRESSROOM_SOURCE_DATADIR;
	cfg.listen = "127.0.0.1:0";
	cfg.load_paths = loads;
	cfg.nload = 1;
	cfg.threads = 1;
	cfg.cors_origin = "https://a.example, https://b.example";
	cfg.max_age = 60;
	cfg.cache_size = 1;
	cfg.export_cache_size = 1;
	cfg.log_level = LOG_LVL_ERR;
	if (server_open(&cfg, &err) == -1) {
		fprintf(stderr, "fuzz_request: %s\n", err);
		exit(1);
	}
	if ((daemon_ = server_start(&cfg, "socketless", NULL)) == NULL) {
		fprintf(stderr, "fuzz_request: cannot start the daemon\n");
		exit(1);
	}
	atexit(fuzz_close);
	return 0;
}

/* Returns 1 when header line [s, s + n) names one the request must not carry. */
static int
fuzz_header_dropped(const char *s, size_t n)
{
	static const char *const dropped[] = { "connection:",
	    "content-length:", "transfer-encoding:", "expect:", NULL };
	size_t	i, k;

	for (i = 0; dropped[i]; i++) {
		k = strlen(dropped[i]);
		if (n >= k && strncasecmp(s, dropped[i], k) == 0)
			return 1;
	}
	/* a name of RFC 9110 token characters, then ':' */
	for (i = 0; i < n && s[i] != ':'; i++)
		if (s[i] == '\0' || (!isalnum((unsigned char)s[i]) &&
		    strchr("!#$%&'*+-.^_`|~", s[i]) == NULL))
			return 1;
	return i == 0 || i == n;
}

/* Appends line [s, s + n) to b without CR and NUL. */
static void
fuzz_put_clean(struct buf *b, const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s[i] != '\r' && s[i] != '\0')
			buf_putc(b, s[i]);
}

/* Builds the HTTP/1.1 request the input describes; sets *head for HEAD. */
static void
fuzz_request(struct buf *b, const char *in, size_t len, int *head)
{
	static const char *const methods[] = { "GET ", "HEAD ", "OPTIONS ",
	    "POST ", "DELETE ", NULL };
	const char	*method = "GET", *e, *end = in + len;
	size_t		 i, k;
	unsigned char	 c;
	int		 host = 0;

	e = memchr(in, '\n', len);
	if (e == NULL)
		e = end;
	for (i = 0; methods[i]; i++) {
		k = strlen(methods[i]);
		if ((size_t)(e - in) >= k && memcmp(in, methods[i], k) == 0) {
			method = methods[i];
			in += k;
			break;
		}
	}
	*head = strcmp(method, "HEAD ") == 0;
	buf_printf(b, "%.*s ", (int)strcspn(method, " "), method);
	if (in == e || *in != '/')
		buf_putc(b, '/');
	for (; in < e; in++) {
		c = (unsigned char)*in;
		if (c <= ' ' || c >= 0x7f)
			buf_printf(b, "%%%02X", c);
		else
			buf_putc(b, (char)c);
	}
	buf_puts(b, " HTTP/1.1\r\n");
	for (in = e < end ? e + 1 : end; in < end; in = e < end ? e + 1 : end) {
		if ((e = memchr(in, '\n', (size_t)(end - in))) == NULL)
			e = end;
		if (fuzz_header_dropped(in, (size_t)(e - in)))
			continue;
		host |= (size_t)(e - in) >= 5 && strncasecmp(in, "host:", 5) == 0;
		fuzz_put_clean(b, in, (size_t)(e - in));
		buf_puts(b, "\r\n");
	}
	if (!host)
		buf_puts(b, "Host: localhost\r\n");
	buf_puts(b, "Connection: close\r\n\r\n");
}

/* Sends req through the daemon and reads the whole answer into resp. */
static void
fuzz_exchange(const struct buf *req, struct buf *resp)
{
	struct sockaddr_in	 sin;
	char			 chunk[16384];
	size_t			 sent = 0, rounds;
	ssize_t			 n;
	int			 fds[2];

	FUZZ_CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0,
	    "socketpair: %s", strerror(errno));
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sin.sin_port = htons(40000);
	FUZZ_CHECK(MHD_add_connection(daemon_, fds[1], (struct sockaddr *)&sin,
	    sizeof(sin)) == MHD_YES, "MHD_add_connection failed");
	for (rounds = 0; rounds < FUZZ_MAX_ROUNDS; rounds++) {
		if (sent < req->len) {
			n = write(fds[0], req->data + sent, req->len - sent);
			if (n > 0)
				sent += (size_t)n;
		}
		MHD_run(daemon_);
		n = read(fds[0], chunk, sizeof(chunk));
		if (n == 0)
			break;
		if (n > 0)
			buf_add(resp, chunk, (size_t)n);
		else if (errno != EAGAIN && errno != EINTR)
			break;	/* ECONNRESET: the daemon dropped it */
	}
	close(fds[0]);
	FUZZ_CHECK(rounds < FUZZ_MAX_ROUNDS, "no end of the answer after %d "
	    "rounds", FUZZ_MAX_ROUNDS);
}

/* Returns the value of header name in the head [p, end), or NULL (copied to v). */
static const char *
fuzz_header(const char *p, const char *end, const char *name, char *v,
    size_t vsize)
{
	size_t		 k = strlen(name), n;
	const char	*e;

	for (; p < end; p = e + 2) {
		if ((e = memmem(p, (size_t)(end - p), "\r\n", 2)) == NULL)
			e = end;
		if ((size_t)(e - p) > k && strncasecmp(p, name, k) == 0 &&
		    p[k] == ':') {
			p += k + 1;
			while (p < e && *p == ' ')
				p++;
			n = (size_t)(e - p) < vsize - 1 ? (size_t)(e - p) :
			    vsize - 1;
			memcpy(v, p, n);
			v[n] = '\0';
			return v;
		}
		if (e == end)
			break;
	}
	return NULL;
}

/* Undoes chunked transfer coding of [p, end) into out. */
static void
fuzz_dechunk(const char *p, const char *end, struct buf *out)
{
	unsigned long	 n;
	char		*e;

	while (p < end) {
		n = strtoul(p, &e, 16);
		FUZZ_CHECK(e > p && e + 2 <= end && memcmp(e, "\r\n", 2) == 0,
		    "a bad chunk header");
		p = e + 2;
		if (n == 0)
			return;
		FUZZ_CHECK((size_t)(end - p) >= n + 2, "a chunk past the end");
		buf_add(out, p, n);
		p += n + 2;
	}
	FUZZ_CHECK(0, "chunked answer without its last chunk");
}

/* Checks the answer in resp to a request (HEAD when head). */
static void
fuzz_check_answer(const struct buf *resp, int head)
{
	const char	*p = resp->data, *hend;
	struct buf	 body;
	json_error_t	 jerr;
	json_t		*j;
	char		 ctype[128], te[64], *line, *next;
	int		 status;

	FUZZ_CHECK(resp->len > 12 && strncmp(p, "HTTP/1.1 ", 9) == 0,
	    "no answer, or not HTTP/1.1: %.40s", p ? p : "");
	status = atoi(p + 9);
	if (getenv("FUZZ_VERBOSE"))
		fprintf(stderr, "%.*s (%zu bytes)\n", (int)strcspn(p, "\r"), p,
		    resp->len);
	FUZZ_CHECK(status >= 200 && status < 500, "status %d", status);
	hend = memmem(p, resp->len, "\r\n\r\n", 4);
	FUZZ_CHECK(hend != NULL, "no end of the headers");
	buf_init(&body);
	if (fuzz_header(p, hend, "Transfer-Encoding", te, sizeof(te)) &&
	    strcasecmp(te, "chunked") == 0)
		fuzz_dechunk(hend + 4, resp->data + resp->len, &body);
	else
		buf_add(&body, hend + 4, (size_t)(resp->data + resp->len -
		    (hend + 4)));
	if (status == 304 || status == 204 || head)
		FUZZ_CHECK(body.len == 0, "a body of %zu bytes on a %d%s",
		    body.len, status, head ? " to HEAD" : "");
	else if (fuzz_header(p, hend, "Content-Type", ctype, sizeof(ctype))) {
		if (strncmp(ctype, "application/json", 16) == 0 ||
		    strncmp(ctype, "application/problem+json", 24) == 0) {
			j = json_loadb(body.data ? body.data : "", body.len, 0,
			    &jerr);
			FUZZ_CHECK(j != NULL, "%d %s that does not parse: %s",
			    status, ctype, jerr.text);
			json_decref(j);
		} else if (strncmp(ctype, "application/x-ndjson", 20) == 0 &&
		    body.len > 0) {
			for (line = body.data; *line; line = next) {
				next = strchr(line, '\n');
				FUZZ_CHECK(next != NULL, "an NDJSON line without "
				    "its newline");
				*next++ = '\0';
				j = json_loads(line, 0, &jerr);
				FUZZ_CHECK(j != NULL, "an NDJSON line that does "
				    "not parse: %s", jerr.text);
				json_decref(j);
			}
		}
	}
	buf_free(&body);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf	 req, resp;
	const char	*v;
	int		 head;

	buf_init(&req);
	buf_init(&resp);
	fuzz_request(&req, (const char *)data, size, &head);
	fuzz_exchange(&req, &resp);
	if ((v = getenv("FUZZ_VERBOSE")) && strcmp(v, "2") == 0)
		fprintf(stderr, "%s%.*s\n", req.data, (int)resp.len,
		    resp.data ? resp.data : "");
	fuzz_check_answer(&resp, head);
	buf_free(&req);
	buf_free(&resp);
	return 0;
}
