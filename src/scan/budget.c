/* budget.c — one work budget for every regular-expression search of a scan (custom rules and
 * deny terms together). PCRE2's match limit restarts at each start position, so a rule that
 * backtracks polynomially (\d{0,700}\d{0,700}\D) stays under it at every position of 16 KiB of
 * digits and still runs for ~20 s. Custom rules are compiled with PCRE2_AUTO_CALLOUT: the
 * callout before each pattern item charges one unit plus the distance the subject position moved
 * since the previous callout, so a backtracking step and a long run of one repeat both count.
 * PCRE2 gives no other way to see the work: its count is private and restarts at each start
 * position, so driving the start positions ourselves with a shrinking match_limit could only
 * charge every attempt its whole limit. Counted work, not the clock: a text and a policy end the same way on every machine,
 * natively and in wasm. */
#include "scan/budget.h"

/* One unit: a pattern item tried, a character the subject position moved over, a deny term
 * tried at a start position, or 64 bytes of UTF-8 checking. The budget is
 * WORK_PER_MATCH_LIMIT x limits.match_limit, at most WORK_MAX whatever the policy says (its
 * author is not trusted). WORK_MAX is set by the slowest pattern tried, (?:\d?){1,60}\D over
 * 16 KiB of digits, whose units are the dearest (~100 ns each natively): 2 000 000 units took
 * 0.19 s of CPU natively, and PCRE2 runs ~13x slower in the release wasm (node 20: 3.5 s where
 * native took 0.27 s), so 1 000 000 (~0.1 s natively, ~1.2 s in wasm at worst). */
#define WORK_PER_MATCH_LIMIT 1
#define WORK_MAX 1000000u

static int charge(pcre2_callout_block *cb, void *data) {
    zs_work *w = data;
    size_t pos = cb->current_position;
    uint64_t cost = 1;
    if (cb->callout_number == ZS_CALLOUT_ATTEMPT)
        cost = w->attempt_cost;
    else if (!(cb->callout_flags & PCRE2_CALLOUT_STARTMATCH)) /* not the previous attempt's work */
        cost += pos > w->pos ? pos - w->pos : w->pos - pos;
    w->pos = pos;
    if (cost > w->left) {
        w->left = 0;
        return PCRE2_ERROR_MATCHLIMIT;
    }
    w->left -= cost;
    return 0;
}

pcre2_match_context *zs_work_begin(zs_work *w, const zaslon_policy *p) {
    if (!w->mctx && !(w->mctx = pcre2_match_context_create(NULL))) return NULL;
    pcre2_set_match_limit(w->mctx, p->match_limit);
    pcre2_set_depth_limit(w->mctx, p->depth_limit);
    pcre2_set_heap_limit(w->mctx, p->heap_limit_kb);
    pcre2_set_callout(w->mctx, charge, w);
    w->left = p->work_budget;
    w->attempt_cost = 1;
    w->pos = 0;
    return w->mctx;
}

void zs_work_free(zs_work *w) {
    pcre2_match_context_free(w->mctx);
    w->mctx = NULL;
}

uint64_t zs_work_budget(uint32_t match_limit) {
    uint64_t b = (uint64_t)match_limit * WORK_PER_MATCH_LIMIT;
    return b < WORK_MAX ? b : WORK_MAX;
}

bool zs_work_charge(zs_work *w, uint64_t units) {
    if (units > w->left) {
        w->left = 0;
        return false;
    }
    w->left -= units;
    return true;
}
