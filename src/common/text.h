/* common/text.h — UTF-8 and the folded context words around a position: the reading helpers of
 * every recognizer, of custom rules and of the comparison keys (util.c). Not installed. */
#ifndef ZASLON_COMMON_TEXT_H
#define ZASLON_COMMON_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>

/* Decodes the code point at s[i] (i < n). Sets *len to the sequence length (1 for an invalid
 * byte, which decodes as -1). */
int32_t zs_decode(const unsigned char *s, size_t n, size_t i, size_t *len);
/* The start of the code point that ends just before position i (i > 0). */
size_t zs_prev_start(const unsigned char *s, size_t i);
/* Decimal digit value 0–9 of an ASCII, full-width, Arabic-Indic or mathematical digit at s[i],
 * with its byte length; or -1. */
int zs_digit_at(const unsigned char *s, size_t n, size_t i, size_t *len);
/* True for a Unicode letter or mark (utf8proc categories L*, M*). */
bool zs_is_letter(int32_t cp);
/* True for a letter, mark or decimal digit. */
bool zs_is_alnum(int32_t cp);
/* True for format characters that are invisible inside a token (ZWSP, ZWJ, soft hyphen, word
 * joiner, BOM, bidi marks): utf8proc category Cf. */
bool zs_is_invisible(int32_t cp);
/* True for what may sit inside a number without ending it: invisible characters, combining
 * marks (U+FE0F, the keycap U+20E3, accents), NUL and bytes that are no UTF-8 (decoded as -1).
 * Each renders as nothing or on top of a digit, so the number still reads as one. */
bool zs_is_number_filler(int32_t cp);
/* True for a space separator (category Zs: space, NBSP, narrow NBSP, thin space, ...). */
bool zs_is_space(int32_t cp);
/* True for '-' and the Unicode hyphens and dashes used inside numbers. */
bool zs_is_dash(int32_t cp);

/* Folds text[start,end) for context matching: lower case (ASCII and Cyrillic), ё→е, invisible
 * characters dropped, other bytes copied. Writes at most cap-1 bytes and a NUL. Returns length. */
size_t zs_fold_ctx(const unsigned char *s, size_t start, size_t end, char *out, size_t cap);
/* True if any of the NULL-terminated stems (already folded) occurs in text[start,end) after
 * folding. */
bool zs_has_stem(const unsigned char *s, size_t start, size_t end, const char *const *stems);
/* A list of stems with the filter zs_has_stem builds on every call, for a caller that asks about
 * the same list many times (zs_stem_filter_init once, then zs_has_stem_f). */
typedef struct {
    const char *const *stems;
    uint32_t bits[8];  /* pair_hash of the stems' first two bytes */
    uint64_t first[4]; /* the stems' first bytes */
    bool has_short;    /* a stem of fewer than two bytes: looked for with strstr */
} zs_stem_filter;
void zs_stem_filter_init(zs_stem_filter *f, const char *const *stems);
bool zs_has_stem_f(const unsigned char *s, size_t start, size_t end, const zs_stem_filter *f);
/* Is s[0,len) one of the NULL-terminated words of list (lower case), ASCII letters compared
 * without case? */
bool zs_ascii_word_in(const unsigned char *s, size_t len, const char *const *list);
/* Just after the last '\n' of s[a,i), or a if there is none: where i's line starts, no earlier
 * than a. */
size_t zs_line_from(const unsigned char *s, size_t a, size_t i);
/* The two ends of zs_ctx_window, for a caller that needs only one side. */
size_t zs_ctx_from(const unsigned char *s, size_t n, size_t start, size_t back);
size_t zs_ctx_to(const unsigned char *s, size_t n, size_t end, size_t fwd);
/* The window [*pa, *pb) around [start,end): `back` bytes before and `fwd` after, stopped by line
 * breaks and aligned to characters. */
void zs_ctx_window(const unsigned char *s, size_t n, size_t start, size_t end, size_t back,
                   size_t fwd, size_t *pa, size_t *pb);
/* True if a stem occurs in the context window around [start,end) (zs_ctx_window). */
bool zs_context(const unsigned char *s, size_t n, size_t start, size_t end, size_t back, size_t fwd,
                const char *const *stems);

#endif
