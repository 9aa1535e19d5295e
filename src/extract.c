/* extract.c: placeholder */
