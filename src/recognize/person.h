/* recognize/person.h — a person's name read into its parts (rec_person.c): what the comparison
 * keys and the vault's one-person-one-pseudonym linking use. Not installed. */
#ifndef ZASLON_RECOGNIZE_PERSON_H
#define ZASLON_RECOGNIZE_PERSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zaslon.h"

/* The vault key of a person's name: the same person in any grammatical case gives one key
 * (rec_ling.c). Falls back to case folding. */
bool zs_person_key(const unsigned char *s, size_t n, zaslon_buf *out);

/* A name split for linking later mentions of one person to one pseudonym (vault_person.c):
 * three slots, each a full word in its dictionary form for a male [0] and a female [1] person
 * ("" where that sex is ruled out) or an initial's letters. */
#define ZS_PART_MAX 64
enum { ZS_SLOT_FIRST = 0, ZS_SLOT_SECOND, ZS_SLOT_SURNAME, ZS_SLOTS };
enum { ZS_PART_NONE = 0, ZS_PART_FULL, ZS_PART_INITIAL };
typedef struct {
    uint8_t kind; /* ZS_PART_* */
    unsigned char lem[2][ZS_PART_MAX];
} zs_name_part;
typedef struct {
    uint8_t sex; /* possible sexes: 1 male, 2 female, 3 either */
    zs_name_part part[ZS_SLOTS];
} zs_name;
/* Reads s[0,n) as exactly one name: fills *name (may be NULL) and the vault key (may be NULL,
 * zs_person_key's). False when it is no name of one person; then neither is usable. */
bool zs_person_name(const unsigned char *s, size_t n, zs_name *name, zaslon_buf *key);

#endif
