/*
 * zaslon.h — find and mask personal data on the user's own device.
 *
 * The header is the manual. Model of use (compile once, scan many):
 *
 *     zaslon_error err;
 *     zaslon_policy *p = zaslon_policy_compile(NULL, 0, &err);   // built-in default policy
 *     zaslon_vault *v = zaslon_vault_new();                       // one per conversation
 *     zaslon_spans spans = {0};                                   // reusable, grows as needed
 *     zaslon_buf out = {0};
 *     int rc = zaslon_redact(p, v, text, len, &out, &spans);
 *     if (rc < 0)  { ... zaslon_strerror(rc) ...; do not send anything }
 *     if (rc == ZASLON_BLOCKED) { ... the policy forbids sending this message ... }
 *     ... send out.data / out.len ...
 *     zaslon_buf_free(&out); zaslon_spans_free(&spans);
 *     zaslon_vault_free(v); zaslon_policy_free(p);
 *
 * Conventions:
 * - Text is UTF-8. Invalid sequences never crash anything: they are treated as opaque bytes
 *   that are never part of a match.
 * - Spans are half-open [start, end) BYTE offsets into the caller's text, sorted by start, never
 *   overlapping, and cover the original bytes exactly (invisible characters inside a phone number
 *   are inside its span).
 * - Functions returning int give ZASLON_OK (0), a positive status, or a negative ZASLON_E_* code;
 *   zaslon_strerror() turns any of them into a message.
 * - A compiled policy is immutable and may be shared by any number of threads. A vault, a
 *   zaslon_spans and a zaslon_buf belong to one thread at a time.
 * - Every *_free(NULL) is a no-op. Every buffer that held message text is zeroed before it is
 *   freed or reused.
 */
#ifndef ZASLON_H
#define ZASLON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ZASLON_VERSION "0.1.0"

/* ---- status and error codes ---------------------------------------------------------------- */

enum {
    ZASLON_OK = 0,
    ZASLON_BLOCKED = 1,        /* redact: a span's action is "block"; the caller must not send */
    ZASLON_E_NOMEM = -1,       /* out of memory */
    ZASLON_E_ARG = -2,         /* a NULL or otherwise invalid argument */
    ZASLON_E_POLICY = -3,      /* the policy JSON is invalid (details in zaslon_error) */
    ZASLON_E_TOO_BIG = -4,     /* input longer than the policy's limits.max_input_bytes */
    ZASLON_E_MATCH_LIMIT = -5, /* a custom rule hit its match/depth/heap limit, or the scan's
                                  custom rules and deny terms spent their work budget */
    ZASLON_E_REGEX = -6,       /* a custom rule failed at match time for another reason */
    ZASLON_E_VAULT = -7,       /* a serialised vault is malformed */
    ZASLON_E_INTERNAL = -8     /* a bug: please report */
};

/* Filled by functions that can fail with details. `code` is a ZASLON_E_* value; `message` names
 * what is wrong, e.g. "$.rules[1].pattern (rule \"employee_id\"): missing closing parenthesis
 * at offset 7"; `path` is the JSON path alone ("$.rules[1].pattern") or empty; `offset` is the
 * regex offset for a bad pattern, else 0. */
typedef struct {
    int code;
    size_t offset;
    char path[128];
    char message[320];
} zaslon_error;

/* A static, never-NULL English message for any status or error code. */
const char *zaslon_strerror(int code);

/* The library version, ZASLON_VERSION. */
const char *zaslon_version(void);

/* A static JSON document with every constant a binding needs, so that no binding hard-codes
 * them: {"version", "types":[{"id","name","kind":"entity"|"topic"}], "actions":[...],
 * "errors":{"ZASLON_E_NOMEM":-1,...}, "status":{...}, "validators":[...]}. Never free it. */
const char *zaslon_constants_json(void);

/* ---- entity types and actions ------------------------------------------------------------------ */

/* Built-in type ids. A policy may add custom types after ZASLON_TYPE_BUILTIN_COUNT; use
 * zaslon_type_name() to get any type's name. Topics are categories of a message (152-FZ art. 10
 * special categories): their spans mark trigger words and are reported, not masked, by default.
 * Types added after the topics (US_SSN) are entities again: see zs_builtin_topic(). */
enum {
    ZASLON_PHONE_NUMBER = 0,
    ZASLON_EMAIL_ADDRESS,
    ZASLON_CREDIT_CARD,
    ZASLON_IBAN_CODE,
    ZASLON_IP_ADDRESS,
    ZASLON_RU_INN,
    ZASLON_RU_SNILS,
    ZASLON_RU_OGRN,
    ZASLON_RU_OMS,
    ZASLON_RU_PASSPORT,
    ZASLON_RU_BANK_ACCOUNT,
    ZASLON_RU_CAR_PLATE,
    ZASLON_SECRET,
    ZASLON_PERSON,
    ZASLON_ADDRESS,
    ZASLON_DATE_OF_BIRTH,
    ZASLON_TOPIC_HEALTH,
    ZASLON_TOPIC_BELIEFS,
    ZASLON_TOPIC_POLITICS,
    ZASLON_TOPIC_ETHNICITY,
    ZASLON_TOPIC_INTIMATE_LIFE,
    ZASLON_TOPIC_CRIMINAL_RECORD,
    ZASLON_US_SSN, /* after the topics: added later, no earlier id moves */
    ZASLON_TYPE_BUILTIN_COUNT
};

/* What redaction does with a span of a type. */
typedef enum {
    ZASLON_ACTION_LABEL = 0, /* "[PHONE_NUMBER]" */
    ZASLON_ACTION_PSEUDONYM, /* "<PHONE_NUMBER_1>", same value -> same token, via the vault */
    ZASLON_ACTION_MASK,      /* "+7 (***) ***-**-89": keeps the shape */
    ZASLON_ACTION_HASH,      /* "[PHONE_NUMBER:3f9a0c1b7d2e4a65]": keyed BLAKE2b, stable ID */
    ZASLON_ACTION_REMOVE,    /* "" */
    ZASLON_ACTION_ALLOW,     /* reported, kept as is */
    ZASLON_ACTION_BLOCK,     /* reported, labelled, and redact returns ZASLON_BLOCKED */
    ZASLON_ACTION_COUNT
} zaslon_action;

/* ---- policy --------------------------------------------------------------------------------------- */

typedef struct zaslon_policy zaslon_policy;

/* Compiles a policy from JSON (see README "Policy"); json == NULL gives the built-in default.
 * Returns NULL on failure and fills *err (err may be NULL). The caller frees the result with
 * zaslon_policy_free(). The policy is immutable: share it between scans and threads. The first
 * compile in a process that enables a name, address, birth-date or topic type also builds the
 * shared name tables (~1 ms native), so that no scan pays for them. */
zaslon_policy *zaslon_policy_compile(const char *json, size_t len, zaslon_error *err);

/* Frees a compiled policy. NULL is a no-op. */
void zaslon_policy_free(zaslon_policy *policy);

/* Number of types the policy knows (built-ins plus its custom types). */
int zaslon_type_count(const zaslon_policy *policy);

/* The name of a type id ("PHONE_NUMBER", or a custom type's name); NULL if out of range.
 * policy may be NULL for built-in ids. Owned by the policy (or static): never free. */
const char *zaslon_type_name(const zaslon_policy *policy, int type);

/* The type id for a name, or -1. */
int zaslon_type_id(const zaslon_policy *policy, const char *name);

/* The action the policy applies to a type, or -1 if the type is disabled or unknown. */
int zaslon_policy_action(const zaslon_policy *policy, int type);

/* The name of an action ("label", "pseudonym", ...); NULL if out of range. Static. */
const char *zaslon_action_name(int action);

/* A JSON description of the compiled policy (types with their actions and kinds, limits), for
 * bindings and UIs. Owned by the policy: never free. */
const char *zaslon_policy_info_json(const zaslon_policy *policy);

/* ---- spans and output buffers --------------------------------------------------------------------- */

typedef struct {
    size_t start, end;         /* input bytes, half-open */
    size_t out_start, out_end; /* after zaslon_redact: the replacement's bytes in the output */
    int32_t type;              /* type id; name via zaslon_type_name() */
    int32_t action;            /* zaslon_action the policy gives this type */
    int32_t rule;              /* -1 for a built-in recognizer, else the custom rule's index,
                                  or -2 for a policy "deny" term */
    int32_t reserved;
} zaslon_span;

/* Results of a scan or a redaction. Declare it zeroed ({0}), pass it to any number of calls
 * (each call replaces the previous contents and reuses the memory), then zaslon_spans_free(). */
typedef struct {
    zaslon_span *items;
    size_t count;
    size_t capacity;
    void *scratch; /* private per-call working memory, reused across calls */
} zaslon_spans;

/* Frees the spans' memory and scratch (zeroed first) and resets the struct. NULL is a no-op. */
void zaslon_spans_free(zaslon_spans *spans);

/* A growable output buffer. Declare it zeroed ({0}); data is NUL-terminated after a successful
 * call (the NUL is not counted in len). Free with zaslon_buf_free(), which zeroes it first. */
typedef struct {
    char *data;
    size_t len;
    size_t capacity;
} zaslon_buf;

/* Zeroes and frees the buffer and resets the struct. NULL is a no-op. */
void zaslon_buf_free(zaslon_buf *buf);

/* ---- scanning and redaction ----------------------------------------------------------------------- */

/* Finds personal data in text[0..len) with the policy's enabled types and rules. On success
 * spans->items[0..count) are sorted, non-overlapping (the longest / most specific match wins)
 * and returns ZASLON_OK; on failure returns a ZASLON_E_* code and spans->count is 0.
 *
 * Work budget: PCRE2's limits.match_limit, depth_limit and heap_limit_kb hold for each start
 * position of each custom rule; on top of them, all the custom rules and deny terms of one call
 * share one budget of match_limit units, at most 1 000 000 (the default policy's match_limit
 * gives the maximum). A unit is one pattern item tried, one character
 * the match position moved over, one deny term tried at a start position, or 64 bytes of UTF-8
 * checking before each search. Past the budget the call returns ZASLON_E_MATCH_LIMIT (redact:
 * nothing to send). The count is deterministic: the same text and policy give the same result
 * on every machine, natively and in wasm. The maximum is set for wasm, where PCRE2 runs ~13x
 * slower than natively: the slowest pattern tried, (?:\d?){1,60}\D over 16 KiB of digits,
 * spends it in ~0.1 s of CPU natively; the rule \d{0,700}\d{0,700}\D (~20 s natively without
 * the budget) ends sooner.
 * Ordinary rules on chat text spend a few units per byte at most; a very long text with many
 * matches of one rule can reach the budget: split it. Work inside one pattern item is not seen
 * by the count, so zaslon_policy_compile refuses rules whose repeats need more than 256
 * characters at least (\d{257}) or that use back references. */
int zaslon_scan(const zaslon_policy *policy, const char *text, size_t len, zaslon_spans *spans);

typedef struct zaslon_vault zaslon_vault;

/* Scans, then writes the text with each span replaced according to its type's action into
 * *out. vault gives pseudonyms (it may be NULL: a throwaway vault is used for this call). Spans
 * have out_start/out_end set. Returns ZASLON_OK, ZASLON_BLOCKED (output is still fully redacted,
 * but the policy says not to send it), or a ZASLON_E_* code (then out->len is 0: send nothing). */
int zaslon_redact(const zaslon_policy *policy, zaslon_vault *vault, const char *text, size_t len,
                  zaslon_buf *out, zaslon_spans *spans);

/* ---- vault: the pseudonyms of one conversation ---------------------------------------------------- */
/* One person keeps one PERSON token across the vault's redactions: after "Петрова Анна Сергеевна",
 * "Петровой", "Анна Сергеевна" and "А. С. Петрова" get its token; a mention that fits two
 * people ("Анна" after Анна Петрова and Анна Смирнова) gets one of its own (docs/pseudonyms.md). */

/* A new empty vault. Free with zaslon_vault_free(). NULL if out of memory. */
zaslon_vault *zaslon_vault_new(void);

/* Zeroes and frees the vault. NULL is a no-op. */
void zaslon_vault_free(zaslon_vault *vault);

/* Zeroes every stored value and empties the vault; it stays usable. */
void zaslon_vault_wipe(zaslon_vault *vault);

/* Number of distinct values the vault holds. */
size_t zaslon_vault_count(const zaslon_vault *vault);

/* Writes text with every known pseudonym token (also "< PERSON_1 >", "\<PERSON\_1\>",
 * "&lt;PERSON_1&gt;", or a bare PERSON_1 between word boundaries) replaced by the exact original
 * bytes into *out. A value typed several ways ("8 912..." and "+7 912...") has one token, which
 * restores to its first spelling. Unknown tokens stay as they are. Returns ZASLON_OK or a
 * ZASLON_E_* code. */
int zaslon_restore(const zaslon_vault *vault, const char *text, size_t len, zaslon_buf *out);

/* Serialises the vault (JSON; it contains the original values: protect it) into *out. */
int zaslon_vault_serialize(const zaslon_vault *vault, zaslon_buf *out);

/* Rebuilds a vault from zaslon_vault_serialize() output. NULL on failure with *err filled
 * (ZASLON_E_VAULT). The caller frees the result with zaslon_vault_free(). */
zaslon_vault *zaslon_vault_load(const char *data, size_t len, zaslon_error *err);

#ifdef __cplusplus
}
#endif
#endif /* ZASLON_H */
