/* phone.c — is a digit string a number some country's plan allows? Table look-ups only; the
 * table (build/gen/zs_phone.c) is libphonenumber's metadata reduced to lengths and two-digit
 * prefixes, which is what separates a phone from an order number of the same length. */
#include "recognize/phone.h"

#include <string.h>

static bool nsn_ok(const zs_phone_region *r, const char *d, int n) {
    if (n < 2 || n > 17 || !(r->lengths & (1u << n))) return false;
    int p = (d[0] - '0') * 10 + (d[1] - '0');
    return (r->lead[p >> 3] >> (p & 7)) & 1;
}

bool zs_phone_intl_valid(const char *d, int n) {
    /* Country codes are a prefix code (ITU E.164): at most one of the 1-3 digit readings is
     * assigned, so the first one found is the only one. */
    for (int ccl = 1; ccl <= 3 && ccl < n; ccl++) {
        int cc = 0;
        for (int k = 0; k < ccl; k++)
            cc = cc * 10 + (d[k] - '0');
        bool known = false;
        for (int k = 0; k < zs_phone_nregions; k++) {
            const zs_phone_region *r = &zs_phone_regions[k];
            if (r->cc != cc) continue;
            known = true;
            if (nsn_ok(r, d + ccl, n - ccl)) return true;
        }
        if (known) return false;
    }
    return false;
}

bool zs_phone_national_valid(const char *d, int n) {
    for (int k = 0; k < zs_phone_nregions; k++) {
        const zs_phone_region *r = &zs_phone_regions[k];
        if (r->cc == 1 || r->cc == 7) continue;
        size_t pl = strlen(r->national_prefix);
        if (!pl || (int)pl >= n || memcmp(d, r->national_prefix, pl) != 0) continue;
        if (nsn_ok(r, d + pl, n - (int)pl)) return true;
    }
    return false;
}

bool zs_phone_region_valid(const char *id, const char *d, int n) {
    for (int k = 0; k < zs_phone_nregions; k++)
        if (strcmp(zs_phone_regions[k].id, id) == 0) return nsn_ok(&zs_phone_regions[k], d, n);
    return false;
}

bool zs_phone_bare_valid(const char *d, int n) {
    for (int k = 0; k < zs_phone_nregions; k++) {
        const zs_phone_region *r = &zs_phone_regions[k];
        if (r->cc != 1 && r->cc != 7 && nsn_ok(r, d, n)) return true;
    }
    return false;
}
