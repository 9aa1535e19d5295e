/* db.c: placeholder */
