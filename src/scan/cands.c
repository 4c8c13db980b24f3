/* cands.c — the candidates of a scan and the context words around them, shared by every
 * recognizer. */
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "scan/scan.h"

void zs_add(zs_scan *z, size_t start, size_t end, int type, int prio) {
    zs_cands *c = &z->sc->cands;
    if (end <= start) return;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        zs_cand *p = realloc(c->v, cap * sizeof *p);
        if (!p) {
            z->error = ZASLON_E_NOMEM;
            return;
        }
        c->v = p;
        c->cap = cap;
    }
    c->v[c->n++] = (zs_cand){start, end, type, -1, prio};
}

static bool any_stem(const char *buf, const char *const *stems) {
    for (; *stems; stems++)
        if (strstr(buf, *stems)) return true;
    return false;
}

/* s[a, b) folded into buf after a leading space (a stem may then match at the window's start). */
static void fold_side(const zs_scan *z, size_t a, size_t b, char *buf, size_t size) {
    buf[0] = ' ';
    zs_fold_ctx(z->s, a, b, buf + 1, size - 1);
}

bool zs_scan_context(zs_scan *z, size_t start, size_t end, size_t back, size_t fwd,
                     const char *const *stems) {
    zs_ctx_cache *c = &z->ctx;
    /* Each side is folded only when asked: the window after is not read when a stem already
     * stands before (the ranges of one run share the window before and differ after). */
    if (c->b_key != start || c->b_back != back) {
        fold_side(z, zs_ctx_from(z->s, z->n, start, back), start, c->before, sizeof c->before);
        c->b_key = start;
        c->b_back = back;
    }
    if (any_stem(c->before, stems)) return true;
    if (c->a_key != end || c->a_fwd != fwd) {
        fold_side(z, end, zs_ctx_to(z->s, z->n, end, fwd), c->after, sizeof c->after);
        c->a_key = end;
        c->a_fwd = fwd;
    }
    return any_stem(c->after, stems);
}
