/* rec_ling.c — linguistic recognizers: PERSON, ADDRESS, DATE_OF_BIRTH, sensitive topics.
 * Placeholder until the dictionary- and morphology-based recognizers land: finds nothing. */
#include "internal.h"

void zs_rec_linguistic(zs_scan *z) { (void)z; }

bool zs_person_key(const unsigned char *s, size_t n, zaslon_buf *out) {
    (void)s;
    (void)n;
    (void)out;
    return false;
}
