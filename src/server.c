/* server.c: placeholder */
