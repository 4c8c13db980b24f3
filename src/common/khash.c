/* khash.c — the keyed hash behind the "hash" action: BLAKE2b from libsodium, never our own. */
#include <sodium/crypto_generichash_blake2b.h>

#include "common/codec.h"

bool zs_keyed_hash(const unsigned char *key, size_t keylen, const unsigned char *msg, size_t n,
                   unsigned char out[16]) {
    return crypto_generichash_blake2b(out, 16, msg, n, key, keylen) == 0;
}
