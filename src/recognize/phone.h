/* phone.h — numbering facts of every country, generated at build time from libphonenumber's
 * metadata (tools/gen-phone-meta.mjs -> build/gen/zs_phone.c), and the checks made with them. */
#ifndef ZASLON_PHONE_H
#define ZASLON_PHONE_H

#include <stdbool.h>

typedef struct {
    unsigned short cc;       /* country calling code */
    char national_prefix[4]; /* digits dialled before a national number ("0", "8"), or "" */
    unsigned lengths;        /* bit L: a national significant number may have L digits */
    unsigned char lead[13];  /* bit p (0..99): the number may start with the two digits p */
    char id[5];              /* region code, or "+CC" for a non-geographic entity */
} zs_phone_region;

extern const zs_phone_region zs_phone_regions[]; /* sorted by cc */
extern const int zs_phone_nregions;

/* The n ASCII digits after a '+': a country code and a national significant number that one of
 * its regions allows (length and first two digits). */
bool zs_phone_intl_valid(const char *d, int n);
/* The n ASCII digits of a number in national form: a national prefix, then a national number
 * allowed by some region that dials that prefix, other than Russia and its +7 neighbours (their
 * national forms are read by rec_digits.c itself). */
bool zs_phone_national_valid(const char *d, int n);
/* The n ASCII digits of a national number as a country without a trunk prefix writes it, or with
 * the prefix left out: one that some region's plan allows (other than +7's and +1's, whose forms
 * rec_digits.c reads itself). */
bool zs_phone_bare_valid(const char *d, int n);
/* The n ASCII digits of a national significant number that the plan of region `id` ("KZ")
 * allows (length and first two digits). */
bool zs_phone_region_valid(const char *id, const char *d, int n);

#endif
