/* glue.c — the few helpers the JavaScript binding needs on top of the public C API (zaslon.h).
 *
 * The binding never hard-codes a struct layout: zw_layout() gives the offsets it reads from
 * zaslon_span / zaslon_spans / zaslon_buf / zaslon_error in linear memory, and the structs it
 * needs are allocated here (zeroed, as zaslon.h asks). Everything else — constants, names,
 * messages — comes from the library itself (zaslon_constants_json(), zaslon_strerror(), ...).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "zaslon.h"

#define ZW_LAYOUT_VERSION 1

/* The binding reads size_t fields as 32-bit words. */
_Static_assert(sizeof(size_t) == 4, "wasm32 only");
_Static_assert(sizeof(void *) == 4, "wasm32 only");

static const int32_t layout[] = {
    ZW_LAYOUT_VERSION,
    (int32_t)sizeof(zaslon_span),
    (int32_t)offsetof(zaslon_span, start),
    (int32_t)offsetof(zaslon_span, end),
    (int32_t)offsetof(zaslon_span, out_start),
    (int32_t)offsetof(zaslon_span, out_end),
    (int32_t)offsetof(zaslon_span, type),
    (int32_t)offsetof(zaslon_span, action),
    (int32_t)offsetof(zaslon_span, rule),
    (int32_t)offsetof(zaslon_spans, items),
    (int32_t)offsetof(zaslon_spans, count),
    (int32_t)offsetof(zaslon_buf, data),
    (int32_t)offsetof(zaslon_buf, len),
    (int32_t)offsetof(zaslon_error, code),
    (int32_t)offsetof(zaslon_error, offset),
    (int32_t)offsetof(zaslon_error, path),
    (int32_t)offsetof(zaslon_error, message),
    (int32_t)sizeof(((zaslon_error *)0)->path),
    (int32_t)sizeof(((zaslon_error *)0)->message),
};

/* Pointer to the int32 table above; see wasm/src/zaslon.js (LAYOUT_*) for the order. */
const int32_t *zw_layout(void);
const int32_t *zw_layout(void) {
    return layout;
}

zaslon_spans *zw_spans_new(void);
zaslon_spans *zw_spans_new(void) {
    return calloc(1, sizeof(zaslon_spans));
}

void zw_spans_free(zaslon_spans *s);
void zw_spans_free(zaslon_spans *s) {
    if (!s) return;
    zaslon_spans_free(s);
    free(s);
}

zaslon_buf *zw_buf_new(void);
zaslon_buf *zw_buf_new(void) {
    return calloc(1, sizeof(zaslon_buf));
}

void zw_buf_free(zaslon_buf *b);
void zw_buf_free(zaslon_buf *b) {
    if (!b) return;
    zaslon_buf_free(b);
    free(b);
}

zaslon_error *zw_error_new(void);
zaslon_error *zw_error_new(void) {
    return calloc(1, sizeof(zaslon_error));
}
