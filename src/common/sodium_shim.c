/* sodium_shim.c — the two libsodium support functions its BLAKE2b files call. libsodium's own
 * utils.c and core.c would pull in randombytes, mmap and threads, which a wasm build of a
 * hash function does not need. */
#include <sodium/core.h>
#include <sodium/utils.h>
#include <stdlib.h>

#include "common/mem.h"

void sodium_memzero(void *const pnt, const size_t len) {
    zs_memzero(pnt, len);
}

void sodium_misuse(void) {
    abort();
}
