/* source.c: placeholder */
