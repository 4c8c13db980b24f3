/* resolve/resolve.h — from candidates to spans: overlapping candidates resolved, values on the
 * policy's allow list dropped (resolve.c), compared by their normal form (norm.c), which the
 * vault's keys use too. Not installed. */
#ifndef ZASLON_RESOLVE_RESOLVE_H
#define ZASLON_RESOLVE_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "scan/scan.h"

/* Writes the comparison key of a value of `type` into out: digits only for numeric types
 * (a Russian phone as 7XXXXXXXXXX), case-folded NFKC for e-mails and everything else, without
 * invisible characters and spaces. */
bool zs_norm_key(int type, const unsigned char *s, size_t n, zaslon_buf *out);

/* Whether the policy's allow list holds this value of `type` (compared by zs_norm_key, written
 * into k, which the caller clears). */
bool zs_allowed(const zaslon_policy *p, int type, const unsigned char *s, size_t n, zaslon_buf *k);

/* Sorts the scan's candidates (the first pass_n came from the candidate pass, almost in order)
 * and writes the winners to out, sorted. Returns 0 or a negative ZASLON_E_* code. */
int zs_resolve(zs_scan *z, zaslon_spans *out, size_t pass_n);

#endif
