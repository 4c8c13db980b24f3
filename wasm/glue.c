/* glue.c — the few helpers the JavaScript binding needs on top of the public C API (zaslon.h).
 *
 * The binding never hard-codes a struct layout: zw_layout() gives the offsets it reads from
 * zw_result / zaslon_buf / zaslon_error in linear memory and the columns of the span rows, and
 * the structs it needs are allocated here (zeroed, as zaslon.h asks). Everything else — constants, names,
 * messages — comes from the library itself (zaslon_constants_json(), zaslon_strerror(), ...).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zaslon.h"

#define ZW_LAYOUT_VERSION 2

/* One scan/redact result as the binding reads it. The spans are also written as rows of ZW_ROW
 * int32 (ZW_COL_* below) with their offsets in UTF-16 code units, so that JavaScript reads them
 * through one Int32Array view instead of walking zaslon_span structs and converting offsets
 * itself; rows is reused from call to call and only grows. */
enum {
    ZW_COL_START,
    ZW_COL_END,
    ZW_COL_OUT_START,
    ZW_COL_OUT_END,
    ZW_COL_TYPE,
    ZW_COL_ACTION,
    ZW_ROW
};

_Static_assert(ZW_COL_END == ZW_COL_START + 1 && ZW_COL_OUT_END == ZW_COL_OUT_START + 1,
               "zw_to_units() converts a column and the next");

typedef struct {
    zaslon_spans spans;
    zaslon_buf out; /* zw_redact's text */
    int32_t *rows;
    size_t count;
    size_t cap; /* rows allocated */
} zw_result;

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
    (int32_t)offsetof(zw_result, rows),
    (int32_t)offsetof(zw_result, count),
    (int32_t)offsetof(zw_result, out),
    ZW_ROW,
    ZW_COL_START,
    ZW_COL_END,
    ZW_COL_OUT_START,
    ZW_COL_OUT_END,
    ZW_COL_TYPE,
    ZW_COL_ACTION,
};

/* Pointer to the int32 table above; see wasm/src/zaslon.js (LAYOUT_*) for the order. */
const int32_t *zw_layout(void);
const int32_t *zw_layout(void) {
    return layout;
}

/* Which of the two release modules (wasm/wasm.mk) this is, as JSON: the binding shows it
 * (Zaslon#build) and the tests check that the module they asked for is the one that runs. */
const char *zw_build_info(void);
const char *zw_build_info(void) {
#ifdef __wasm_simd128__
    return "{\"variant\":\"simd128\",\"simd128\":true}";
#else
    return "{\"variant\":\"scalar\",\"simd128\":false}";
#endif
}

zaslon_buf *zw_buf_new(void);
zaslon_buf *zw_buf_new(void) {
    return calloc(1, sizeof(zaslon_buf));
}

zaslon_error *zw_error_new(void);
zaslon_error *zw_error_new(void) {
    return calloc(1, sizeof(zaslon_error));
}

zw_result *zw_result_new(void);
zw_result *zw_result_new(void) {
    return calloc(1, sizeof(zw_result));
}

void zw_result_free(zw_result *r);
void zw_result_free(zw_result *r) {
    if (!r) return;
    zaslon_spans_free(&r->spans);
    zaslon_buf_free(&r->out);
    if (r->rows) memset(r->rows, 0, r->cap * ZW_ROW * sizeof(int32_t));
    free(r->rows);
    free(r);
}

/* UTF-16 code units in s[0..n): one per UTF-8 sequence, two for a 4-byte one. Counting lead bytes
 * rather than walking sequences needs no branch per character, and an offset inside a character
 * counts that whole character, as wasm/src/zaslon.js toUnits() does. 8 bytes at a time. */
static size_t zw_units(const unsigned char *s, size_t n) {
    const uint64_t hi = 0x8080808080808080u;
    size_t u = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        if (!(x & hi)) {
            u += 8;
            continue;
        }
        uint64_t cont = x & ~(x << 1) & hi;                      /* 10xxxxxx */
        uint64_t four = x & (x << 1) & (x << 2) & (x << 3) & hi; /* 1111xxxx */
        u += 8 - (size_t)__builtin_popcountll(cont) + (size_t)__builtin_popcountll(four);
    }
    for (; i < n; i++)
        u += ((s[i] & 0xc0) != 0x80) + (s[i] >= 0xf0);
    return u;
}

/* Columns col and col + 1 of every row, byte offsets into s, become UTF-16 units of s in place:
 * one walk over s when they ascend (spans come sorted); an offset below the one before walks
 * again from 0. */
static void zw_to_units(const char *s, size_t len, int32_t *rows, size_t count, int col) {
    size_t b = 0, u = 0;
    for (size_t i = 0; i < 2 * count; i++) {
        int32_t *cell = &rows[(i / 2) * ZW_ROW + col + (int)(i % 2)];
        size_t t = (size_t)*cell < len ? (size_t)*cell : len;
        if (t < b) b = u = 0;
        u += zw_units((const unsigned char *)s + b, t - b);
        b = t;
        *cell = (int32_t)u;
    }
}

static int zw_rows_fill(zw_result *r, const char *text, size_t len, size_t units, int with_out) {
    const zaslon_spans *sp = &r->spans;
    r->count = 0;
    if (sp->count > r->cap) {
        size_t cap = r->cap ? r->cap : 16;
        while (cap < sp->count)
            cap *= 2;
        if (cap > SIZE_MAX / (ZW_ROW * sizeof(int32_t))) return ZASLON_E_NOMEM;
        int32_t *rows = calloc(cap, ZW_ROW * sizeof(int32_t));
        if (!rows) return ZASLON_E_NOMEM;
        if (r->rows) memset(r->rows, 0, r->cap * ZW_ROW * sizeof(int32_t));
        free(r->rows);
        r->rows = rows;
        r->cap = cap;
    }
    for (size_t i = 0; i < sp->count; i++) {
        const zaslon_span *s = &sp->items[i];
        int32_t *row = &r->rows[i * ZW_ROW];
        row[ZW_COL_START] = (int32_t)s->start;
        row[ZW_COL_END] = (int32_t)s->end;
        row[ZW_COL_TYPE] = s->type;
        row[ZW_COL_ACTION] = s->action;
        row[ZW_COL_OUT_START] = (int32_t)s->out_start;
        row[ZW_COL_OUT_END] = (int32_t)s->out_end;
    }
    /* All-ASCII input (as many UTF-16 units as bytes) needs no conversion. */
    if (units != len) zw_to_units(text, len, r->rows, sp->count, ZW_COL_START);
    if (with_out && r->out.data)
        zw_to_units(r->out.data, r->out.len, r->rows, sp->count, ZW_COL_OUT_START);
    r->count = sp->count;
    return 0;
}

/* zaslon_scan, then the rows. units: the UTF-16 length of the text the bytes were encoded from. */
int zw_scan(const zaslon_policy *p, const char *text, size_t len, size_t units, zw_result *r);
int zw_scan(const zaslon_policy *p, const char *text, size_t len, size_t units, zw_result *r) {
    r->count = 0;
    int rc = zaslon_scan(p, text, len, &r->spans);
    if (rc < 0) return rc;
    int e = zw_rows_fill(r, text, len, units, 0);
    return e < 0 ? e : rc;
}

/* zaslon_redact into r->out, then the rows (output offsets in units of the output text). */
int zw_redact(const zaslon_policy *p, zaslon_vault *v, const char *text, size_t len, size_t units,
              zw_result *r);
int zw_redact(const zaslon_policy *p, zaslon_vault *v, const char *text, size_t len, size_t units,
              zw_result *r) {
    r->count = 0;
    int rc = zaslon_redact(p, v, text, len, &r->out, &r->spans);
    if (rc < 0) return rc;
    int e = zw_rows_fill(r, text, len, units, 1);
    if (e < 0 && r->out.data) memset(r->out.data, 0, r->out.len); /* fail closed: no half result */
    return e < 0 ? e : rc;
}
