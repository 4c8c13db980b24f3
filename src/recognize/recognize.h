/* recognize/recognize.h — the recognizers as the pipeline calls them: each is handed a position
 * of the scan (or the whole text after the pass) and adds candidates with zs_add. Not installed. */
#ifndef ZASLON_RECOGNIZE_RECOGNIZE_H
#define ZASLON_RECOGNIZE_RECOGNIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "scan/scan.h"

/* Digit runs (rec_digits.c): phones, cards, Russian IDs, IPv4, passports, plates, accounts.
 * Called at a position holding a digit; returns the position where scanning resumes. */
size_t zs_rec_digits(zs_scan *z, size_t i);
/* After the pass: resolves deferred bank accounts against BIKs. */
void zs_rec_digits_finish(zs_scan *z);

/* Text recognizers (rec_text.c). Each is called at its trigger and returns the resume position
 * (> i). */
size_t zs_rec_at(zs_scan *z, size_t i);      /* '@': e-mail, URL credentials */
size_t zs_rec_bracket(zs_scan *z, size_t i); /* '[', '(', '{': obfuscated e-mail */
size_t zs_rec_colon(zs_scan *z, size_t i);   /* ':' '=': password value, IPv6 */
size_t zs_rec_dash(zs_scan *z, size_t i);    /* '-': PEM private key */
size_t zs_rec_word(zs_scan *z, size_t i);    /* ASCII letter at a word start: keys, IBAN */
/* a key of no known format that starts with a digit, after its label («токен 8f14…») */
size_t zs_rec_label_token(zs_scan *z, size_t i);
/* After the pass: e-mail addresses with the '@' spelt as a word without brackets («ivan собака
 * mail.ru», "ivan at mail dot ru"), which no byte of the pass triggers on. */
void zs_rec_spelled_email(zs_scan *z);
/* After the pass: German street addresses, "Hauptstraße 5, 10115 Berlin" (rec_address.c). The
 * street word ends a compound, so no keyword starts it; the house number after it does. */
void zs_rec_de_address(zs_scan *z);
/* After the pass: a person's messenger or network handle (@ivan_petrov88, vk.com/dkozlov) where
 * the line names the network and whose it is, and a WhatsApp link's phone number (rec_handle.c). */
void zs_rec_handles(zs_scan *z);
/* '(' at i after "TODO", "FIXME", … : the owner's login in a code comment ("TODO(olga):"); the
 * owner's end, or 0. rec_handle.c. */
size_t zs_rec_todo_owner(zs_scan *z, size_t i);
/* '[' at i: VK's mention of a user, "[id12345|Иван]": the profile number's end, or 0.
 * rec_handle.c. */
size_t zs_rec_vk_mention(zs_scan *z, size_t i);
/* Whether the domain label ending at `end` (it starts at `from`) is a top-level domain mail
 * lives under ("ru", "com"; rec_text.c). */
bool zs_common_tld(const unsigned char *s, size_t from, size_t end);
/* Builds the recognizers' constant look-up tables (idempotent; called by policy compile). */
void zs_rec_text_init(void);
/* True if an API-key format starts with byte c (after zs_rec_text_init()). */
bool zs_rec_word_start(unsigned char c);

/* Linguistic recognizers (rec_ling.c): PERSON, ADDRESS, DATE_OF_BIRTH and the sensitive topics.
 * Runs after the candidate pass; adds candidates with zs_add(). */
void zs_rec_linguistic(zs_scan *z);
/* Whether the policy enables any of them (then its compilation builds their tables). */
bool zs_linguistic_wanted(const zaslon_policy *p);
/* Builds the hash indexes of the two big name tables once (thread-safe); every entry point calls
 * it. The other tables of the pass are made at build time (ling_index.h). */
void zl_init(void);

/* Frees the tagger's word-class cache (tagger.c) of a scratch after zeroing it; NULL is a no-op. */
void zl_wcache_free(zl_wcache *wc);

#endif
