/* common/mem.h — memory that held message text, growable buffers and JSON helpers: what every
 * stage uses before it frees or prints anything. Not installed. */
#ifndef ZASLON_COMMON_MEM_H
#define ZASLON_COMMON_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "zaslon.h"

/* Zeroes memory in a way the optimiser may not remove: every buffer that held text goes
 * through this before free. */
void zs_memzero(void *p, size_t n);
/* Zeroes the stack area the engine's calls use, below the caller's frame (their deepest path,
 * person names through the key code, is under 10 KiB: -fstack-usage; wasm/test/api.test.mjs checks
 * that no folded name survives a scan). Called by each public function that reads message text. */
#define ZS_STACK_WIPE_BYTES 16384
void zs_stack_wipe(void);
/* Frees p after zeroing n bytes. */
void zs_free_zero(void *p, size_t n);
/* Room for item n of an array of *cap items of `size` bytes that holds personal data (vault
 * entries, people): the array itself while n < *cap, else a copy twice as large (`first` items
 * when empty) and the old block zeroed and freed. NULL on out-of-memory, the array untouched. */
void *zs_array_room(void *items, size_t n, size_t *cap, size_t size, size_t first);
/* Grows a zaslon_buf so that `extra` more bytes fit; old contents are kept, the old block is
 * zeroed. Returns false on out-of-memory. */
bool zs_buf_reserve(zaslon_buf *b, size_t extra);
bool zs_buf_append(zaslon_buf *b, const void *data, size_t n);
void zs_buf_clear(zaslon_buf *b);

/* Makes cJSON zero every block it frees, by the block's real size (json_wipe.c): a string with
 * an escaped NUL is wiped past it, and print buffers are wiped when they grow. Idempotent; called
 * by every function that parses or prints JSON that may hold message text. */
void zs_json_init(void);
/* Adds an integer member to a cJSON object, printed as digits: cJSON's own numbers go through
 * printf("%1.15g") and a sscanf round trip each, which in wasm also compiles the soft-float
 * printf and strtod code on first use (milliseconds of start-up). Returns NULL on failure. */
struct cJSON *zs_json_add_int(struct cJSON *obj, const char *key, long long v);
/* v as decimal digits at out (room for 21 bytes), NUL-terminated; returns their count. Not snprintf: ~150 snprintf
 * calls in a policy compile made V8 compile musl's large printf_core with its optimising
 * compiler during a fresh wasm page's first compilePolicy() (docs/performance.md, branch
 * startup2). */
size_t zs_fmt_uint(char *out, unsigned long long v);
size_t zs_fmt_int(char *out, long long v);

#endif
