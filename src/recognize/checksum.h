/* recognize/checksum.h — check digits of cards, Russian identifiers and IBANs (checksum.c): the
 * recognizers' and the custom rules' validators. Not installed. */
#ifndef ZASLON_RECOGNIZE_CHECKSUM_H
#define ZASLON_RECOGNIZE_CHECKSUM_H

#include <stdbool.h>
#include <stddef.h>

/* All take ASCII digit strings of the given length. */
bool zs_luhn(const char *d, size_t n);
bool zs_inn_valid(const char *d, size_t n);
bool zs_snils_valid(const char *d, size_t n);
bool zs_ogrn_valid(const char *d, size_t n);
bool zs_bank_account_valid(const char *bik, const char *account);
/* IBAN of `n` upper-case alphanumerics (no spaces): country length and mod-97. */
bool zs_iban_valid(const char *s, size_t n);
/* The IBAN length of a country code (two upper-case letters), or 0 if unknown. */
int zs_iban_length(const char *cc);

typedef enum {
    ZS_VALIDATOR_NONE = 0,
    ZS_VALIDATOR_LUHN,
    ZS_VALIDATOR_INN,
    ZS_VALIDATOR_SNILS,
    ZS_VALIDATOR_OGRN,
    ZS_VALIDATOR_IBAN,
    ZS_VALIDATOR_COUNT
} zs_validator;
extern const char *const zs_validator_names[ZS_VALIDATOR_COUNT];
/* Runs a validator over the digits (or, for IBAN, the alphanumerics) of text[0,n). */
bool zs_validate(int validator, const unsigned char *text, size_t n);

#endif
