/* resolve.c — from candidates to spans: candidates sorted, overlaps resolved (longest wins, then
 * the more specific recognizer), values on the policy's allow list dropped. */
#include <stdlib.h>
#include <string.h>

#include "common/mem.h"
#include "resolve/resolve.h"

static int cand_cmp(const void *pa, const void *pb) {
    const zs_cand *a = pa, *b = pb;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end > b->end ? -1 : 1;
    return a->prio - b->prio;
}

static int cluster_cmp(const void *pa, const void *pb) {
    const zs_cand *a = pa, *b = pb;
    size_t la = a->end - a->start, lb = b->end - b->start;
    if (la != lb) return la > lb ? -1 : 1;
    if (a->prio != b->prio) return a->prio - b->prio;
    return a->start < b->start ? -1 : a->start > b->start;
}

bool zs_allowed(const zaslon_policy *p, int type, const unsigned char *s, size_t n, zaslon_buf *k) {
    if (!p->nallow) return false;
    zs_buf_clear(k);
    if (!zs_norm_key(type, s, n, k)) return false;
    size_t lo = 0, hi = p->nallow;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(p->allow_keys[mid], k->data ? k->data : "");
        if (r == 0) return true;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static bool allowed_value(const zs_scan *z, const zs_cand *c) {
    return zs_allowed(z->policy, c->type, z->s + c->start, c->end - c->start, &z->sc->norm);
}

static bool hex_or_dash(unsigned char b) {
    return b == '-' || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'f');
}

/* A letter or a digit of any script, or '_', right beside an id makes it part of a longer word. */
static bool glue(unsigned char b) {
    return b >= 0x80 || b == '_' || (b >= '0' && b <= '9') ||
           ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

/* Whether [a, b) lies wholly inside a UUID (8-4-4-4-12 hex digits, not glued to a letter or a
 * digit). Logs, trace ids and chat sites' own request bodies carry them; one in ~650 random ones
 * holds something a recognizer reads as personal data («e211cb20-…» as a car plate, a phone in
 * the last group), and masking part of an id corrupts it and hides nothing of anyone. */
static bool inside_uuid(const unsigned char *s, size_t n, size_t a, size_t b) {
    size_t lo = a, hi = b;
    while (lo > 0 && a - lo < 36 && hex_or_dash(s[lo - 1]))
        lo--;
    while (hi < n && hi - b < 36 && hex_or_dash(s[hi]))
        hi++;
    for (size_t i = a; i < b; i++)
        if (!hex_or_dash(s[i])) return false;
    if (hi - lo != 36) return false;
    /* the run is maximal (neither walk reached its cap), so a neighbour is no hex digit or dash */
    if ((lo > 0 && glue(s[lo - 1])) || (hi < n && glue(s[hi]))) return false;
    for (size_t i = 0; i < 36; i++)
        if ((s[lo + i] == '-') != (i == 8 || i == 13 || i == 18 || i == 23)) return false;
    return true;
}

/* A stable insertion sort by cmp: linear for what is almost in order (the pass's candidates), and
 * cheaper than qsort's set-up for a cluster's two or three. */
static inline void insertion_sort(zs_cand *v, size_t n, int (*cmp)(const void *, const void *)) {
    for (size_t k = 1; k < n; k++) {
        if (cmp(&v[k - 1], &v[k]) <= 0) continue;
        zs_cand t = v[k];
        size_t j = k;
        while (j > 0 && cmp(&v[j - 1], &t) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = t;
    }
}

/* A cluster's candidates, longest first (cluster_cmp): stable up to 32, as glibc's merge sort
 * is, and the same order in wasm, whose qsort is not. */
static void sort_cluster(zs_cand *v, size_t n) {
    if (n > 32)
        qsort(v, n, sizeof *v, cluster_cmp);
    else
        insertion_sort(v, n, cluster_cmp);
}

/* The pass emits candidates almost in order (look-behind recognizers step back a few bytes):
 * insertion sort costs n plus those few steps. What came after the pass (deferred bank accounts,
 * custom rules, deny terms) is sorted on its own and merged in. Linear in practice. */
static int sort_candidates(zs_cands *c, size_t pass_n) {
    zs_cand *v = c->v;
    insertion_sort(v, pass_n, cand_cmp);
    size_t m = c->n - pass_n;
    if (m == 0) return ZASLON_OK;
    qsort(v + pass_n, m, sizeof *v, cand_cmp);
    if (pass_n == 0 || cand_cmp(&v[pass_n - 1], &v[pass_n]) <= 0) return ZASLON_OK;
    zs_cand *tail = malloc(m * sizeof *tail);
    if (!tail) return ZASLON_E_NOMEM;
    memcpy(tail, v + pass_n, m * sizeof *tail);
    size_t i = pass_n, j = m, o = c->n; /* merge from the back */
    while (j > 0) {
        if (i > 0 && cand_cmp(&v[i - 1], &tail[j - 1]) > 0)
            v[--o] = v[--i];
        else
            v[--o] = tail[--j];
    }
    free(tail);
    return ZASLON_OK;
}

/* Overlapping candidates form clusters; inside a cluster the longest (then the most specific)
 * wins, then the next longest that overlaps nothing kept, and so on. Clusters are small, so this
 * stays linear in practice. */
int zs_resolve(zs_scan *z, zaslon_spans *out, size_t pass_n) {
    zs_cands *c = &z->sc->cands;
    int rc = sort_candidates(c, pass_n);
    if (rc) return rc;
    out->count = 0;
    size_t i = 0;
    while (i < c->n) {
        size_t j = i + 1, reach = c->v[i].end;
        while (j < c->n && c->v[j].start < reach) {
            if (c->v[j].end > reach) reach = c->v[j].end;
            j++;
        }
        size_t first_kept = out->count;
        if (j - i > 1) sort_cluster(c->v + i, j - i);
        for (size_t k = i; k < j; k++) {
            zs_cand *cd = &c->v[k];
            bool clash = false;
            for (size_t m = first_kept; m < out->count && !clash; m++)
                clash = cd->start < out->items[m].end && out->items[m].start < cd->end;
            if (clash || allowed_value(z, cd)) continue;
            /* the built-in recognizers' only: a policy's own rule may look for ids on purpose */
            if (cd->rule == -1 && inside_uuid(z->s, z->n, cd->start, cd->end)) continue;
            zaslon_span *room =
                zs_array_room(out->items, out->count, &out->capacity, sizeof *room, 32);
            if (!room) return ZASLON_E_NOMEM;
            out->items = room;
            out->items[out->count++] = (zaslon_span){
                .start = cd->start,
                .end = cd->end,
                .out_start = 0,
                .out_end = 0,
                .type = cd->type,
                .action = z->policy->types[cd->type].action,
                .rule = cd->rule,
            };
        }
        /* keep the output sorted */
        for (size_t a = first_kept + 1; a < out->count; a++) {
            zaslon_span t = out->items[a];
            size_t b = a;
            while (b > first_kept && out->items[b - 1].start > t.start) {
                out->items[b] = out->items[b - 1];
                b--;
            }
            out->items[b] = t;
        }
        i = j;
    }
    return ZASLON_OK;
}
