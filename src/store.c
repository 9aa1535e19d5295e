/* store.c: placeholder */
