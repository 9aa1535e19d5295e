/*
 * json_write: a fast compact JSON encoder for jansson values.
 */
#ifndef JSON_WRITE_H
#define JSON_WRITE_H

#include <jansson.h>

#include "pressroom.h"

void	 json_write(struct buf *, const json_t *);
void	 json_write_string(struct buf *, const char *, size_t);
char	*json_write_str(const json_t *);

#endif
