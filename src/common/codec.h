/* common/codec.h — base64 of vault values that hold a NUL, which a JSON string in cJSON cannot
 * (base64.c), and the keyed hash of the hash action (khash.c). Not installed. */
#ifndef ZASLON_COMMON_CODEC_H
#define ZASLON_COMMON_CODEC_H

#include <stdbool.h>
#include <stddef.h>

#include "zaslon.h"

/* Appends the standard base64 (with padding) of p[0,n) to out. */
bool zs_b64_encode(const unsigned char *p, size_t n, zaslon_buf *out);
/* Decodes standard padded base64 into out; false if s is not exactly that. */
bool zs_b64_decode(const char *s, size_t n, zaslon_buf *out);

bool zs_keyed_hash(const unsigned char *key, size_t keylen, const unsigned char *msg, size_t n,
                   unsigned char out[16]);

#endif
