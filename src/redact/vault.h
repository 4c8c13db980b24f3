/* redact/vault.h — the vault's numbering of values and of the people behind PERSON pseudonyms
 * (vault.c, vault_person.c), used by redaction. Not installed. */
#ifndef ZASLON_REDACT_VAULT_H
#define ZASLON_REDACT_VAULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "recognize/person.h"
#include "zaslon.h"

struct cJSON;

/* The people behind a vault's PERSON pseudonyms (vault_person.c). */
typedef struct {
    unsigned num; /* the PERSON pseudonym's number */
    uint8_t sex;
    bool closed; /* made for a mention that fitted several people: reached by its key only */
    zs_name_part part[ZS_SLOTS];
} zs_person;
typedef struct {
    uint32_t hash, person; /* person index + 1; 0: empty */
} zs_people_slot;
typedef struct {
    zs_person *p;
    size_t n, cap;
    zs_people_slot *idx; /* (slot, full word) -> person, open addressing, at most half full */
    size_t icap, nidx;
} zs_people;
void zs_people_clear(zs_people *t);
void zs_people_free(zs_people *t);
/* The sexes (bits) under which mention m fits person r; 0 if it does not. */
uint8_t zs_people_fits(const zs_name *m, const zs_person *r);
/* Which open person mention m fits: 0 none, 1 one (*which), 2 several. */
int zs_people_link(const zs_people *t, const zs_name *m, size_t *which);
/* Folds the open people whose full word in `slot` is lem into found: -1 none yet, an index for
 * one, -2 for several (returned as soon as it is several). */
long zs_people_with(const zs_people *t, int slot, const unsigned char *lem, long found);
bool zs_people_add(zs_people *t, unsigned num, const zs_name *m, bool closed);
/* Person `which` (that m fits) learns m's parts. */
bool zs_people_absorb(zs_people *t, size_t which, const zs_name *m);
bool zs_people_to_json(const zs_people *t, struct cJSON *root);
int zs_people_from_json(zs_people *t, const struct cJSON *arr, zaslon_error *err);
/* The people of a vault (vault.c). */
const zs_people *zs_vault_people(const zaslon_vault *v);
/* When the policy pseudonymises PERSON: each capitalised word of s[0, n) that is a case form of a
 * first name or surname of exactly one open person of t becomes a PERSON span (sorted in; two such
 * words in a row, one span), and a lone-word PERSON span already there is linked to that person;
 * either way the span's `reserved` is the person's index + 1, for redaction to read and reset
 * (recall.c). key: scratch for the allow list. False on out-of-memory. */
bool zs_vault_recall(const zs_people *t, const zaslon_policy *p, const unsigned char *s, size_t n,
                     zaslon_spans *sp, zaslon_buf *key);
/* The pseudonym number of a PERSON span: its key's, else the person it fits, else a new one. */
unsigned zs_vault_person(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const zs_name *name, const unsigned char *orig, size_t origlen);

/* The pseudonym number for (type name, key); inserts with the original bytes if new.
 * Returns 0 on out-of-memory. */
unsigned zs_vault_number(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const unsigned char *orig, size_t origlen);

#endif
