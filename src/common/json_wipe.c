/* json_wipe.c — cJSON's memory is zeroed when freed. Parsed input and printed vaults hold
 * message text, and cJSON strings may hold an escaped NUL (\u0000): wiping them with strlen()
 * left every byte after it in the heap. The free hook asks the allocator for the block's size
 * instead, so it works for any block, whoever allocated it and whenever the hooks were set. */
#include <cJSON.h>
#include <malloc.h>
#include <stdlib.h>

#include "common/mem.h"

static void wipe_free(void *p) {
    if (!p) return;
    zs_memzero(p, malloc_usable_size(p));
    free(p);
}

void zs_json_init(void) {
    static bool done;
    if (done) return;
    /* cJSON drops its realloc shortcut with a custom free, so a growing print buffer is copied
     * and the old block comes back through wipe_free */
    cJSON_Hooks h = {.malloc_fn = malloc, .free_fn = wipe_free};
    cJSON_InitHooks(&h);
    done = true;
}
