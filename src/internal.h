/* internal.h — shared between the engine's translation units; not installed. */
#ifndef ZASLON_INTERNAL_H
#define ZASLON_INTERNAL_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stdbool.h>
#include <string.h>

#include "zaslon.h"

#define ZS_MAX_TYPES 96 /* built-ins plus custom types of one policy */
#define ZS_NAME_MAX 32  /* type names and rule ids */
#define ZS_RULE_CONTEXT_WINDOW 64

/* ---- memory helpers (util.c) ------------------------------------------------------------------ */

/* Zeroes memory in a way the optimiser may not remove: every buffer that held text goes
 * through this before free. */
void zs_memzero(void *p, size_t n);
/* Zeroes the stack area the engine's calls use, below the caller's frame (their deepest path,
 * person names through the key code, is under 10 KiB: -fstack-usage; wasm/test/api.test.mjs checks
 * that no folded name survives a scan). Called by each public function that reads message text. */
#define ZS_STACK_WIPE_BYTES 16384
void zs_stack_wipe(void);
/* The tagger's word-class cache (tagger.c), in the scratch; zeroed before it is freed. */
typedef struct zl_wcache zl_wcache;
void zl_wcache_free(zl_wcache *wc);
/* zaslon_scan without the stack wipe, for callers that wipe once at their own end. */
int zs_scan_text(const zaslon_policy *policy, const char *text, size_t len, zaslon_spans *spans);
/* Frees p after zeroing n bytes. */
void zs_free_zero(void *p, size_t n);
/* Grows a zaslon_buf so that `extra` more bytes fit; old contents are kept, the old block is
 * zeroed. Returns false on out-of-memory. */
bool zs_buf_reserve(zaslon_buf *b, size_t extra);
bool zs_buf_append(zaslon_buf *b, const void *data, size_t n);
void zs_buf_clear(zaslon_buf *b);

/* Makes cJSON zero every block it frees, by the block's real size (json_wipe.c): a string with
 * an escaped NUL is wiped past it, and print buffers are wiped when they grow. Idempotent; called
 * by every function that parses or prints JSON that may hold message text. */
void zs_json_init(void);

/* ---- UTF-8 helpers (util.c) ---------------------------------------------------------------------- */

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
/* Context window around [start,end): `back` bytes before and `fwd` after, clipped to the line
 * breaks' neighbourhood (a line break stops the window). */
bool zs_context(const unsigned char *s, size_t n, size_t start, size_t end, size_t back, size_t fwd,
                const char *const *stems);

/* ---- checksums (checksum.c) ----------------------------------------------------------------------- */

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

/* ---- policy ------------------------------------------------------------------------------------------- */

typedef struct {
    char name[ZS_NAME_MAX + 1];
    bool topic;
    bool enabled;
    int action;
    int keep_first, keep_last;
    char mask_char[8]; /* one UTF-8 character, NUL-terminated */
} zs_type;

typedef struct {
    char id[ZS_NAME_MAX + 1];
    int type;
    int validator;
    pcre2_code *re;
    char **context; /* folded stems, NULL-terminated; NULL when the rule needs no context */
} zs_rule;

struct zaslon_policy {
    int ntypes;
    zs_type types[ZS_MAX_TYPES];
    int nrules;
    zs_rule *rules;
    pcre2_code *deny_re; /* NULL without deny terms */
    uint32_t deny_terms;
    int deny_type;
    char **allow_keys; /* sorted normalised keys of allow values */
    size_t nallow;
    unsigned char hash_key[64];
    size_t hash_key_len;
    size_t max_input_bytes;
    uint32_t match_limit, depth_limit, heap_limit_kb; /* PCRE2's, per start position */
    uint64_t work_budget; /* for all the searches of one scan together (budget.c) */
    char *info_json;
};

/* ---- the work budget of a scan's regular-expression searches (budget.c) -------------------------- */

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

/* ---- candidates and scratch (scan.c) -------------------------------------------------------------------- */

typedef struct {
    size_t start, end;
    int32_t type;
    int32_t rule;
    int32_t prio; /* lower wins among equally long overlapping candidates */
} zs_cand;

typedef struct {
    zs_cand *v;
    size_t n, cap;
} zs_cands;

/* Bank-account candidates wait for the end of the pass: they are checked against every BIK
 * found in the same message. */
typedef struct {
    size_t start, end;
    char digits[21];
    bool context;
} zs_account;

typedef struct {
    zs_cands cands;
    zs_account *accounts;
    size_t naccounts, cap_accounts;
    char (*biks)[10];
    size_t nbiks, cap_biks;
    pcre2_match_data *md;
    zs_work work;
    zl_wcache *wc;       /* the word pass's word classes: zeroed when the pass ends */
    zaslon_buf norm;     /* key normalisation for redaction */
    zaslon_vault *vault; /* numbering of a redaction without a vault: wiped after each call */
} zs_scratch;

/* Folded context windows of the last candidate: one number is classified several ways, each
 * asking for context words; the windows are folded once. */
typedef struct {
    size_t b_key, b_back, a_key, a_fwd; /* SIZE_MAX when empty */
    char before[160], after[112];
} zs_ctx_cache;

/* The state of one scan: the text, the policy and where results go. */
typedef struct {
    const zaslon_policy *policy;
    const unsigned char *s;
    size_t n;
    zs_scratch *sc;
    int error; /* first error seen, 0 if none */
    zs_ctx_cache ctx;
} zs_scan;

/* zs_context() for a candidate of this scan, with the folded windows cached. */
bool zs_scan_context(zs_scan *z, size_t start, size_t end, size_t back, size_t fwd,
                     const char *const *stems);

/* Adds an integer member to a cJSON object, printed as digits: cJSON's own numbers go through
 * printf("%1.15g") and a sscanf round trip each, which in wasm also compiles the soft-float
 * printf and strtod code on first use (milliseconds of start-up). Returns NULL on failure. */
struct cJSON *zs_json_add_int(struct cJSON *obj, const char *key, long long v);

bool zs_enabled(const zs_scan *z, int type);
/* Adds a candidate span; records ZASLON_E_NOMEM in z->error on failure. */
void zs_add(zs_scan *z, size_t start, size_t end, int type, int prio);

/* ---- recognizers ------------------------------------------------------------------------------------- */

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
/* After the pass: e-mail addresses with the '@' spelt as a word without brackets («ivan собака
 * mail.ru», "ivan at mail dot ru"), which no byte of the pass triggers on. */
void zs_rec_spelled_email(zs_scan *z);
/* After the pass: German street addresses, "Hauptstraße 5, 10115 Berlin" (rec_address.c). The
 * street word ends a compound, so no keyword starts it; the house number after it does. */
void zs_rec_de_address(zs_scan *z);
/* Builds the recognizers' constant look-up tables (idempotent; called by policy compile). */
void zs_rec_text_init(void);
/* True if an API-key format starts with byte c (after zs_rec_text_init()). */
bool zs_rec_word_start(unsigned char c);

/* Linguistic recognizers (rec_ling.c): PERSON, ADDRESS, DATE_OF_BIRTH and the sensitive topics.
 * Runs after the candidate pass; adds candidates with zs_add(). */
void zs_rec_linguistic(zs_scan *z);
/* Whether the policy enables any of them (then its compilation builds their tables). */
bool zs_linguistic_wanted(const zaslon_policy *p);
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

/* ---- normalisation used for vault keys and allow values (norm.c) --------------------------------- */

/* Writes the comparison key of a value of `type` into out: digits only for numeric types
 * (a Russian phone as 7XXXXXXXXXX), case-folded NFKC for e-mails and everything else, without
 * invisible characters and spaces. */
bool zs_norm_key(int type, const unsigned char *s, size_t n, zaslon_buf *out);

/* ---- base64 (base64.c): vault values that hold a NUL, which a JSON string in cJSON cannot -------- */

/* Appends the standard base64 (with padding) of p[0,n) to out. */
bool zs_b64_encode(const unsigned char *p, size_t n, zaslon_buf *out);
/* Decodes standard padded base64 into out; false if s is not exactly that. */
bool zs_b64_decode(const char *s, size_t n, zaslon_buf *out);

/* ---- keyed hash (khash.c) ------------------------------------------------------------------------------ */
bool zs_keyed_hash(const unsigned char *key, size_t keylen, const unsigned char *msg, size_t n,
                   unsigned char out[16]);

/* ---- vault (vault.c) --------------------------------------------------------------------------------- */

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
bool zs_people_add(zs_people *t, unsigned num, const zs_name *m, bool closed);
/* Person `which` (that m fits) learns m's parts. */
bool zs_people_absorb(zs_people *t, size_t which, const zs_name *m);
bool zs_people_to_json(const zs_people *t, struct cJSON *root);
int zs_people_from_json(zs_people *t, const struct cJSON *arr, zaslon_error *err);
/* The pseudonym number of a PERSON span: its key's, else the person it fits, else a new one. */
unsigned zs_vault_person(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const zs_name *name, const unsigned char *orig, size_t origlen);

/* The pseudonym number for (type name, key); inserts with the original bytes if new.
 * Returns 0 on out-of-memory. */
unsigned zs_vault_number(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const unsigned char *orig, size_t origlen);

/* ---- policy internals (policy.c) ----------------------------------------------------------------------- */
void zs_error_set(zaslon_error *err, int code, const char *path, size_t offset, const char *fmt,
                  ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
const char *zs_builtin_name(int type);
bool zs_builtin_topic(int type);

#endif
