/* scan/budget.h — the work budget of a scan's regular-expression searches (budget.c). Not
 * installed. */
#ifndef ZASLON_SCAN_BUDGET_H
#define ZASLON_SCAN_BUDGET_H

#include <stdbool.h>
#include <stdint.h>

#include "common/types.h"

/* Custom rules are compiled with PCRE2_AUTO_CALLOUT: a callout before every item counts the
 * work. The deny terms' pattern is a literal alternation (no backtracking to speak of) and
 * starts with the explicit callout ZS_CALLOUT_ATTEMPT, which charges attempt_cost, the number of
 * alternatives an attempt may try: one callout per attempt instead of one per character. */
#define ZS_CALLOUT_ATTEMPT 1

typedef struct {
    pcre2_match_context *mctx; /* the policy's limits and the counting callout */
    uint64_t left;
    uint64_t attempt_cost;
    size_t pos;
} zs_work;

/* The budget of a policy with this limits.match_limit (budget.c says how it is chosen). */
uint64_t zs_work_budget(uint32_t match_limit);
/* Sets the per-scan match context up (created on first use) with the policy's limits and a
 * full budget. NULL if out of memory. */
pcre2_match_context *zs_work_begin(zs_work *w, const zaslon_policy *p);
void zs_work_free(zs_work *w);
/* Charges work done outside the callouts; false once the budget is spent. */
bool zs_work_charge(zs_work *w, uint64_t units);

#endif
