/* policy.c — compiles a JSON policy into an immutable zaslon_policy. The built-in default is
 * itself JSON (DEFAULT_POLICY below, documented in the README), compiled by the same code; a
 * user policy starts from it and overrides what it names. Errors name the JSON path. */
#include <cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/error.h"
#include "common/mem.h"
#include "common/text.h"
#include "common/types.h"
#include "recognize/checksum.h"
#include "recognize/recognize.h"
#include "resolve/resolve.h"
#include "scan/budget.h"

static const char *const action_names[ZASLON_ACTION_COUNT] = {"label",  "pseudonym", "mask", "hash",
                                                              "remove", "allow",     "block"};

/* The built-in policy: contacts get pseudonyms (so replies can be restored), identifiers and
 * cards are labelled, secrets block the message, topics are reported and kept. */
static const char DEFAULT_POLICY[] =
    "{\"version\":1,\"types\":{"
    "\"PHONE_NUMBER\":{\"action\":\"pseudonym\",\"options\":{\"keep_first\":1,\"keep_last\":2}},"
    "\"EMAIL_ADDRESS\":{\"action\":\"pseudonym\",\"options\":{\"keep_first\":1,\"keep_last\":2}},"
    "\"CREDIT_CARD\":{\"action\":\"label\",\"options\":{\"keep_first\":0,\"keep_last\":4}},"
    "\"IBAN_CODE\":{\"action\":\"label\",\"options\":{\"keep_first\":2,\"keep_last\":4}},"
    "\"IP_ADDRESS\":{\"action\":\"label\"},"
    "\"RU_INN\":{\"action\":\"label\"},\"RU_SNILS\":{\"action\":\"label\"},"
    "\"RU_OGRN\":{\"action\":\"label\"},\"RU_OMS\":{\"action\":\"label\"},"
    "\"RU_PASSPORT\":{\"action\":\"label\"},\"RU_BANK_ACCOUNT\":{\"action\":\"label\"},"
    "\"RU_CAR_PLATE\":{\"action\":\"label\"},"
    "\"SECRET\":{\"action\":\"block\",\"options\":{\"keep_first\":0,\"keep_last\":0}},"
    "\"PERSON\":{\"action\":\"pseudonym\",\"options\":{\"keep_first\":1,\"keep_last\":0}},"
    "\"ADDRESS\":{\"action\":\"pseudonym\"},\"DATE_OF_BIRTH\":{\"action\":\"label\"},"
    "\"TOPIC_HEALTH\":{\"action\":\"allow\"},\"TOPIC_BELIEFS\":{\"action\":\"allow\"},"
    "\"TOPIC_POLITICS\":{\"action\":\"allow\"},\"TOPIC_ETHNICITY\":{\"action\":\"allow\"},"
    "\"TOPIC_INTIMATE_LIFE\":{\"action\":\"allow\"},"
    "\"TOPIC_CRIMINAL_RECORD\":{\"action\":\"allow\"}},"
    "\"limits\":{\"max_input_bytes\":16777216,\"match_limit\":1000000,\"depth_limit\":10000,"
    "\"heap_limit_kb\":20000}}";

const char *zaslon_action_name(int action) {
    return action >= 0 && action < ZASLON_ACTION_COUNT ? action_names[action] : NULL;
}

int zaslon_type_count(const zaslon_policy *p) {
    return p ? p->ntypes : ZASLON_TYPE_BUILTIN_COUNT;
}

const char *zaslon_type_name(const zaslon_policy *p, int type) {
    if (!p) return zs_builtin_name(type);
    return type >= 0 && type < p->ntypes ? p->types[type].name : NULL;
}

int zaslon_type_id(const zaslon_policy *p, const char *name) {
    if (!name) return -1;
    int n = p ? p->ntypes : ZASLON_TYPE_BUILTIN_COUNT;
    for (int t = 0; t < n; t++)
        if (strcmp(zaslon_type_name(p, t), name) == 0) return t;
    return -1;
}

int zaslon_policy_action(const zaslon_policy *p, int type) {
    if (!p || type < 0 || type >= p->ntypes || !p->types[type].enabled) return -1;
    return p->types[type].action;
}

const char *zaslon_policy_info_json(const zaslon_policy *p) {
    return p ? p->info_json : NULL;
}

/* ---- compile ------------------------------------------------------------------------------------ */

typedef struct {
    zaslon_policy *p;
    zaslon_error *err;
    char path[128];
} compiler;

#define FAIL(c, ...)                                                                               \
    do {                                                                                           \
        zs_error_set((c)->err, ZASLON_E_POLICY, (c)->path, 0, __VA_ARGS__);                        \
        return false;                                                                              \
    } while (0)

static bool valid_type_name(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > ZS_NAME_MAX || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

static int add_custom_type(zaslon_policy *p, const char *name) {
    int t = zaslon_type_id(p, name);
    if (t >= 0) return t;
    if (p->ntypes >= ZS_MAX_TYPES) return -1;
    zs_type *ty = &p->types[p->ntypes];
    memset(ty, 0, sizeof *ty);
    snprintf(ty->name, sizeof ty->name, "%s", name);
    ty->enabled = true;
    ty->action = ZASLON_ACTION_LABEL;
    ty->keep_last = 2;
    strcpy(ty->mask_char, "*");
    return p->ntypes++;
}

static bool check_keys(compiler *c, const cJSON *obj, const char *const *allowed) {
    for (const cJSON *it = obj->child; it; it = it->next) {
        bool ok = false;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = strcmp(it->string, *a) == 0;
        if (!ok) {
            size_t l = strlen(c->path);
            snprintf(c->path + l, sizeof c->path - l, ".%s", it->string);
            FAIL(c, "unknown key");
        }
    }
    return true;
}

static bool get_int(compiler *c, const cJSON *v, const char *key, long lo, long hi, long *out) {
    size_t l = strlen(c->path);
    snprintf(c->path + l, sizeof c->path - l, ".%s", key);
    if (!cJSON_IsNumber(v) || v->valuedouble != (double)(long)v->valuedouble)
        FAIL(c, "must be an integer");
    if (v->valuedouble < lo || v->valuedouble > hi) FAIL(c, "must be from %ld to %ld", lo, hi);
    *out = (long)v->valuedouble;
    c->path[l] = '\0';
    return true;
}

static bool compile_type(compiler *c, zs_type *ty, const cJSON *o) {
    static const char *const keys[] = {"enabled", "action", "options", NULL};
    static const char *const okeys[] = {"mask_char", "keep_first", "keep_last", NULL};
    if (!cJSON_IsObject(o)) FAIL(c, "must be an object");
    if (!check_keys(c, o, keys)) return false;
    size_t l = strlen(c->path);
    const cJSON *v;
    if ((v = cJSON_GetObjectItemCaseSensitive(o, "enabled"))) {
        snprintf(c->path + l, sizeof c->path - l, ".enabled");
        if (!cJSON_IsBool(v)) FAIL(c, "must be true or false");
        ty->enabled = cJSON_IsTrue(v);
        c->path[l] = '\0';
    }
    if ((v = cJSON_GetObjectItemCaseSensitive(o, "action"))) {
        snprintf(c->path + l, sizeof c->path - l, ".action");
        if (!cJSON_IsString(v)) FAIL(c, "must be a string");
        int a = -1;
        for (int k = 0; k < ZASLON_ACTION_COUNT; k++)
            if (strcmp(v->valuestring, action_names[k]) == 0) a = k;
        if (a < 0)
            FAIL(c, "unknown action \"%.40s\" (label, pseudonym, mask, hash, remove, allow, block)",
                 v->valuestring);
        ty->action = a;
        c->path[l] = '\0';
    }
    if ((v = cJSON_GetObjectItemCaseSensitive(o, "options"))) {
        snprintf(c->path + l, sizeof c->path - l, ".options");
        if (!cJSON_IsObject(v)) FAIL(c, "must be an object");
        if (!check_keys(c, v, okeys)) return false;
        long n;
        const cJSON *w;
        if ((w = cJSON_GetObjectItemCaseSensitive(v, "keep_first"))) {
            if (!get_int(c, w, "keep_first", 0, 64, &n)) return false;
            ty->keep_first = (int)n;
        }
        if ((w = cJSON_GetObjectItemCaseSensitive(v, "keep_last"))) {
            if (!get_int(c, w, "keep_last", 0, 64, &n)) return false;
            ty->keep_last = (int)n;
        }
        if ((w = cJSON_GetObjectItemCaseSensitive(v, "mask_char"))) {
            size_t l2 = strlen(c->path);
            snprintf(c->path + l2, sizeof c->path - l2, ".mask_char");
            size_t len;
            if (!cJSON_IsString(w) || !*w->valuestring ||
                (len = strlen(w->valuestring)) >= sizeof ty->mask_char ||
                zs_decode((const unsigned char *)w->valuestring, len, 0, &len) < 0 ||
                len != strlen(w->valuestring))
                FAIL(c, "must be one character");
            memcpy(ty->mask_char, w->valuestring, len + 1);
            c->path[l2] = '\0';
        }
        c->path[l] = '\0';
    }
    return true;
}

static bool compile_types(compiler *c, const cJSON *types, bool custom_allowed) {
    if (!cJSON_IsObject(types)) FAIL(c, "must be an object");
    for (const cJSON *it = types->child; it; it = it->next) {
        snprintf(c->path, sizeof c->path, "$.types.%.60s", it->string);
        int t = zaslon_type_id(c->p, it->string);
        if (t < 0 && custom_allowed) FAIL(c, "unknown type (custom types are declared by rules)");
        if (t < 0) FAIL(c, "unknown type");
        if (!compile_type(c, &c->p->types[t], it)) return false;
    }
    return true;
}

static char **string_list(compiler *c, const cJSON *a, bool fold, size_t *count) {
    size_t n = (size_t)cJSON_GetArraySize(a), k = 0;
    char **out = calloc(n + 1, sizeof *out);
    if (!out) {
        zs_error_set(c->err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    size_t l = strlen(c->path);
    for (const cJSON *it = a->child; it; it = it->next, k++) {
        snprintf(c->path + l, sizeof c->path - l, "[%zu]", k);
        if (!cJSON_IsString(it) || !*it->valuestring) {
            zs_error_set(c->err, ZASLON_E_POLICY, c->path, 0, "must be a non-empty string");
            for (size_t m = 0; m < k; m++)
                free(out[m]);
            free(out);
            return NULL;
        }
        size_t len = strlen(it->valuestring);
        out[k] = malloc(len * 2 + 8);
        if (!out[k]) {
            for (size_t m = 0; m < k; m++)
                free(out[m]);
            free(out);
            return NULL;
        }
        if (fold)
            zs_fold_ctx((const unsigned char *)it->valuestring, 0, len, out[k], len * 2 + 8);
        else
            memcpy(out[k], it->valuestring, len + 1);
    }
    c->path[l] = '\0';
    if (count) *count = k;
    return out;
}

static void free_list(char **l) {
    if (!l) return;
    for (char **p = l; *p; p++)
        free(*p);
    free(l);
}

static pcre2_code *compile_regex(compiler *c, const char *pattern, uint32_t flags,
                                 const char *rule_id) {
    int ec;
    PCRE2_SIZE off;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (!cc) return NULL;
    pcre2_set_max_pattern_length(cc, 16384);
    pcre2_set_parens_nest_limit(cc, 64);
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | flags, &ec, &off, cc);
    pcre2_compile_context_free(cc);
    if (!re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(ec, msg, sizeof msg);
        char m[256];
        if (rule_id)
            snprintf(m, sizeof m, "(rule \"%.32s\"): %s at offset %zu", rule_id, msg, (size_t)off);
        else
            snprintf(m, sizeof m, "%s at offset %zu", msg, (size_t)off);
        zs_error_set(c->err, ZASLON_E_POLICY, c->path, (size_t)off, "%s", m);
    }
    return re;
}

/* The work budget (budget.c) is charged by callouts between pattern items, so work done inside
 * one item is invisible to it: a repeat that must match at least N characters (\d{60000}) can
 * scan N-1 of them and fail at every start position, and a back reference compares as many
 * characters as its group captured, each time it is retried — a 1 MB text then takes minutes.
 * Rules are therefore refused with a minimum repeat above ZS_MAX_MIN_REPEAT or a back reference,
 * which bounds the uncounted work per counted unit. The scan below finds quantifiers the way
 * PCRE2 reads them; what it takes for one by mistake only refuses a pattern (never lets one
 * through): escapes and their braced arguments (\x{..}, \p{..}, \g{..}), character classes,
 * \Q..\E and (?#..) comments are skipped. */
#define ZS_MAX_MIN_REPEAT 256

static long largest_min_repeat(const char *p) {
    long best = 0;
    bool in_class = false;
    for (size_t i = 0; p[i];) {
        char ch = p[i];
        if (ch == '\\') {
            char e = p[i + 1];
            if (!e) break;
            if (e == 'Q') { /* literal up to \E */
                const char *end = strstr(p + i + 2, "\\E");
                if (!end) break;
                i = (size_t)(end - p) + 2;
                continue;
            }
            i += 2;
            if (p[i] == '{' && strchr("xopPgkNu", e)) {
                while (p[i] && p[i] != '}')
                    i++;
                if (p[i]) i++;
            }
            continue;
        }
        if (in_class) {
            if (ch == ']') in_class = false;
            i++;
            continue;
        }
        if (ch == '[') {
            in_class = true;
            i++;
            if (p[i] == '^') i++;
            if (p[i] == ']') i++; /* a ']' first in a class is a literal */
            continue;
        }
        if (ch == '(' && p[i + 1] == '?' && p[i + 2] == '#') {
            while (p[i] && p[i] != ')')
                i++;
            continue;
        }
        if (ch == '{' && p[i + 1] >= '0' && p[i + 1] <= '9') {
            size_t j = i + 1;
            long n = 0;
            while (p[j] >= '0' && p[j] <= '9') {
                if (n < 1000000) n = n * 10 + (p[j] - '0');
                j++;
            }
            if (p[j] == ',') {
                j++;
                while (p[j] >= '0' && p[j] <= '9')
                    j++;
            }
            if (p[j] == '}' && n > best) best = n;
        }
        i++;
    }
    return best;
}

static bool compile_rules(compiler *c, const cJSON *rules) {
    static const char *const keys[] = {"id",        "type",  "pattern", "context",
                                       "validator", "flags", NULL};
    snprintf(c->path, sizeof c->path, "$.rules");
    if (!cJSON_IsArray(rules)) FAIL(c, "must be an array");
    int n = cJSON_GetArraySize(rules);
    if (n > 256) FAIL(c, "at most 256 rules");
    zaslon_policy *p = c->p;
    p->rules = calloc((size_t)n + 1, sizeof *p->rules);
    if (!p->rules) FAIL(c, "out of memory");
    int k = 0;
    for (const cJSON *r = rules->child; r; r = r->next, k++) {
        snprintf(c->path, sizeof c->path, "$.rules[%d]", k);
        if (!cJSON_IsObject(r)) FAIL(c, "must be an object");
        if (!check_keys(c, r, keys)) return false;
        zs_rule *rule = &p->rules[k];
        p->nrules = k + 1;
        rule->type = -1;
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(r, "id");
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(r, "type");
        const cJSON *pat = cJSON_GetObjectItemCaseSensitive(r, "pattern");
        const cJSON *ctxw = cJSON_GetObjectItemCaseSensitive(r, "context");
        const cJSON *val = cJSON_GetObjectItemCaseSensitive(r, "validator");
        const cJSON *flags = cJSON_GetObjectItemCaseSensitive(r, "flags");
        snprintf(c->path, sizeof c->path, "$.rules[%d].id", k);
        if (!cJSON_IsString(id) || !*id->valuestring || strlen(id->valuestring) > ZS_NAME_MAX)
            FAIL(c, "required: a string of 1 to %d characters", ZS_NAME_MAX);
        snprintf(rule->id, sizeof rule->id, "%s", id->valuestring);
        for (int m = 0; m < k; m++)
            if (strcmp(p->rules[m].id, rule->id) == 0)
                FAIL(c, "duplicate rule id \"%s\"", rule->id);
        snprintf(c->path, sizeof c->path, "$.rules[%d].type", k);
        if (!cJSON_IsString(type) || !valid_type_name(type->valuestring))
            FAIL(c, "(rule \"%s\"): required: an upper-case name like EMPLOYEE_ID", rule->id);
        rule->type = add_custom_type(p, type->valuestring);
        if (rule->type < 0) FAIL(c, "too many types");
        snprintf(c->path, sizeof c->path, "$.rules[%d].flags", k);
        uint32_t f = 0;
        if (flags) {
            if (!cJSON_IsArray(flags)) FAIL(c, "(rule \"%s\"): must be an array", rule->id);
            for (const cJSON *it = flags->child; it; it = it->next) {
                const char *s = cJSON_IsString(it) ? it->valuestring : "";
                if (strcmp(s, "caseless") == 0)
                    f |= PCRE2_CASELESS;
                else if (strcmp(s, "multiline") == 0)
                    f |= PCRE2_MULTILINE;
                else if (strcmp(s, "dotall") == 0)
                    f |= PCRE2_DOTALL;
                else if (strcmp(s, "extended") == 0)
                    f |= PCRE2_EXTENDED;
                else
                    FAIL(c, "(rule \"%s\"): unknown flag (caseless, multiline, dotall, extended)",
                         rule->id);
            }
        }
        snprintf(c->path, sizeof c->path, "$.rules[%d].pattern", k);
        if (!cJSON_IsString(pat) || !*pat->valuestring)
            FAIL(c, "(rule \"%s\"): required: a PCRE2 pattern", rule->id);
        if (largest_min_repeat(pat->valuestring) > ZS_MAX_MIN_REPEAT)
            FAIL(c,
                 "(rule \"%s\"): a repeat with a minimum above %d is refused (the work budget "
                 "cannot count it); write {1,N} or split the rule",
                 rule->id, ZS_MAX_MIN_REPEAT);
        rule->re = compile_regex(c, pat->valuestring, f | PCRE2_AUTO_CALLOUT, rule->id);
        if (!rule->re) return false;
        uint32_t backrefs = 0;
        pcre2_pattern_info(rule->re, PCRE2_INFO_BACKREFMAX, &backrefs);
        if (backrefs)
            FAIL(c,
                 "(rule \"%s\"): back references are refused (the work budget cannot count "
                 "their comparisons)",
                 rule->id);
        snprintf(c->path, sizeof c->path, "$.rules[%d].validator", k);
        rule->validator = ZS_VALIDATOR_NONE;
        if (val && !cJSON_IsNull(val)) {
            int v = -1;
            if (cJSON_IsString(val))
                for (int m = 0; m < ZS_VALIDATOR_COUNT; m++)
                    if (strcmp(val->valuestring, zs_validator_names[m]) == 0) v = m;
            if (v < 0)
                FAIL(c, "(rule \"%s\"): unknown validator (none, luhn, inn, snils, ogrn, iban)",
                     rule->id);
            rule->validator = v;
        }
        if (ctxw) {
            snprintf(c->path, sizeof c->path, "$.rules[%d].context", k);
            if (!cJSON_IsArray(ctxw)) FAIL(c, "(rule \"%s\"): must be an array of words", rule->id);
            if (cJSON_GetArraySize(ctxw) > 0) {
                rule->context = string_list(c, ctxw, true, NULL);
                if (!rule->context) return false;
            }
        }
    }
    return true;
}

static bool compile_deny(compiler *c, const cJSON *deny) {
    snprintf(c->path, sizeof c->path, "$.deny");
    if (!cJSON_IsArray(deny)) FAIL(c, "must be an array of strings");
    if (cJSON_GetArraySize(deny) == 0) return true;
    zaslon_buf pat = {0};
    bool ok = zs_buf_append(&pat, "(?C1)(?:", 8);
    int k = 0;
    for (const cJSON *it = deny->child; it && ok; it = it->next, k++) {
        snprintf(c->path, sizeof c->path, "$.deny[%d]", k);
        if (!cJSON_IsString(it) || !*it->valuestring) {
            zaslon_buf_free(&pat);
            FAIL(c, "must be a non-empty string");
        }
        if (k) ok = zs_buf_append(&pat, "|", 1);
        /* Literal: escape every ASCII punctuation character. */
        for (const char *s = it->valuestring; *s && ok; s++) {
            unsigned char ch = (unsigned char)*s;
            bool alnum = (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') ||
                         ch >= 0x80;
            if (!alnum && ch != ' ') ok = zs_buf_append(&pat, "\\", 1);
            if (ok) ok = zs_buf_append(&pat, s, 1);
        }
    }
    if (ok) ok = zs_buf_append(&pat, ")(?![\\p{L}\\p{N}])", 18);
    if (!ok) {
        zaslon_buf_free(&pat);
        FAIL(c, "out of memory");
    }
    snprintf(c->path, sizeof c->path, "$.deny");
    c->p->deny_re = compile_regex(c, pat.data, PCRE2_CASELESS, NULL);
    zaslon_buf_free(&pat);
    if (!c->p->deny_re) return false;
    c->p->deny_terms = (uint32_t)k;
    c->p->deny_type = add_custom_type(c->p, "DENY_TERM");
    if (c->p->deny_type < 0) FAIL(c, "too many types");
    return true;
}

static int str_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool compile_allow(compiler *c, const cJSON *allow) {
    snprintf(c->path, sizeof c->path, "$.allow");
    if (!cJSON_IsArray(allow)) FAIL(c, "must be an array of strings");
    size_t n = (size_t)cJSON_GetArraySize(allow);
    zaslon_policy *p = c->p;
    /* Each value is stored under every normalisation a match may produce: digits-only (phones,
     * numbers), case-folded text (e-mails, words) and a person's name key. */
    p->allow_keys = calloc(3 * n + 1, sizeof *p->allow_keys);
    if (!p->allow_keys) FAIL(c, "out of memory");
    size_t k = 0;
    for (const cJSON *it = allow->child; it; it = it->next, k++) {
        snprintf(c->path, sizeof c->path, "$.allow[%zu]", k);
        if (!cJSON_IsString(it) || !*it->valuestring) FAIL(c, "must be a non-empty string");
        const unsigned char *v = (const unsigned char *)it->valuestring;
        size_t len = strlen(it->valuestring);
        /* a name matches in any case form: "Анна Петрова" allows "Анну Петрову" */
        int kinds[3] = {ZASLON_PHONE_NUMBER, ZASLON_EMAIL_ADDRESS, ZASLON_PERSON};
        for (int m = 0; m < 3; m++) {
            zaslon_buf b = {0};
            if (!zs_norm_key(kinds[m], v, len, &b) || !b.len) {
                zaslon_buf_free(&b);
                continue;
            }
            p->allow_keys[p->nallow++] = b.data; /* ownership moves to the policy */
        }
    }
    qsort(p->allow_keys, p->nallow, sizeof *p->allow_keys, str_cmp);
    return true;
}

static bool compile_hash_key(compiler *c, const cJSON *v) {
    snprintf(c->path, sizeof c->path, "$.hash_key");
    if (!cJSON_IsString(v)) FAIL(c, "must be a hex string");
    size_t n = strlen(v->valuestring);
    if (n < 32 || n > 128 || n % 2) FAIL(c, "must be 16 to 64 bytes in hex (32 to 128 hex digits)");
    for (size_t i = 0; i < n; i += 2) {
        unsigned int byte;
        char two[3] = {v->valuestring[i], v->valuestring[i + 1], 0};
        char *end;
        byte = (unsigned)strtoul(two, &end, 16);
        if (*end) FAIL(c, "must be hex digits");
        c->p->hash_key[i / 2] = (unsigned char)byte;
    }
    c->p->hash_key_len = n / 2;
    return true;
}

static bool compile_limits(compiler *c, const cJSON *v, long limits[4]) {
    static const char *const keys[] = {"max_input_bytes", "match_limit", "depth_limit",
                                       "heap_limit_kb", NULL};
    static const long hi[] = {1L << 30, 100000000L, 10000000L, 4000000L};
    snprintf(c->path, sizeof c->path, "$.limits");
    if (!cJSON_IsObject(v)) FAIL(c, "must be an object");
    if (!check_keys(c, v, keys)) return false;
    for (int k = 0; k < 4; k++) {
        const cJSON *w = cJSON_GetObjectItemCaseSensitive(v, keys[k]);
        if (w && !get_int(c, w, keys[k], 1, hi[k], &limits[k])) return false;
    }
    return true;
}

static bool apply_json(compiler *c, const char *json, size_t len, bool is_default, long limits[4]) {
    static const char *const keys[] = {"version", "name",  "description", "types",  "rules",
                                       "deny",    "allow", "hash_key",    "limits", NULL};
    const char *endp = NULL;
    zs_json_init();
    cJSON *root = cJSON_ParseWithLengthOpts(json, len, &endp, false);
    if (!root) {
        size_t off = endp && endp >= json ? (size_t)(endp - json) : 0;
        zs_error_set(c->err, ZASLON_E_POLICY, "$", off, "invalid JSON near byte %zu", off);
        return false;
    }
    bool ok = false;
    snprintf(c->path, sizeof c->path, "$");
    if (!cJSON_IsObject(root)) {
        zs_error_set(c->err, ZASLON_E_POLICY, "$", 0, "a policy is a JSON object");
        goto out;
    }
    if (!check_keys(c, root, keys)) goto out;
    const cJSON *v;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "version"))) {
        snprintf(c->path, sizeof c->path, "$.version");
        if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
            zs_error_set(c->err, ZASLON_E_POLICY, c->path, 0, "unsupported version (1 is current)");
            goto out;
        }
    }
    const cJSON *fields[] = {cJSON_GetObjectItemCaseSensitive(root, "name"),
                             cJSON_GetObjectItemCaseSensitive(root, "description")};
    for (int k = 0; k < 2; k++)
        if (fields[k] && !cJSON_IsString(fields[k])) {
            snprintf(c->path, sizeof c->path, "$.%s", k ? "description" : "name");
            zs_error_set(c->err, ZASLON_E_POLICY, c->path, 0, "must be a string");
            goto out;
        }
    /* Rules first: they declare custom types that "types" may then configure. */
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "rules")) && !compile_rules(c, v)) goto out;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "deny")) && !compile_deny(c, v)) goto out;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "types")) && !compile_types(c, v, !is_default))
        goto out;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "allow")) && !compile_allow(c, v)) goto out;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "hash_key")) && !compile_hash_key(c, v))
        goto out;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "limits")) && !compile_limits(c, v, limits))
        goto out;
    ok = true;
out:
    cJSON_Delete(root);
    return ok;
}

static char *build_info(const zaslon_policy *p, const long limits[4]) {
    cJSON *root = cJSON_CreateObject();
    cJSON *types = cJSON_AddArrayToObject(root, "types");
    for (int t = 0; t < p->ntypes; t++) {
        cJSON *o = cJSON_CreateObject();
        zs_json_add_int(o, "id", t);
        cJSON_AddStringToObject(o, "name", p->types[t].name);
        cJSON_AddStringToObject(o, "kind", p->types[t].topic ? "topic" : "entity");
        cJSON_AddBoolToObject(o, "enabled", p->types[t].enabled);
        cJSON_AddStringToObject(o, "action", action_names[p->types[t].action]);
        cJSON_AddItemToArray(types, o);
    }
    cJSON *rules = cJSON_AddArrayToObject(root, "rules");
    for (int r = 0; r < p->nrules; r++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", p->rules[r].id);
        cJSON_AddStringToObject(o, "type", p->types[p->rules[r].type].name);
        cJSON_AddItemToArray(rules, o);
    }
    zs_json_add_int(root, "deny_terms", p->deny_re ? 1 : 0);
    zs_json_add_int(root, "allow_values", (long long)p->nallow);
    cJSON_AddBoolToObject(root, "hash_key", p->hash_key_len > 0);
    cJSON *l = cJSON_AddObjectToObject(root, "limits");
    zs_json_add_int(l, "max_input_bytes", limits[0]);
    zs_json_add_int(l, "match_limit", limits[1]);
    zs_json_add_int(l, "depth_limit", limits[2]);
    zs_json_add_int(l, "heap_limit_kb", limits[3]);
    char *s = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    return s;
}

zaslon_policy *zaslon_policy_compile(const char *json, size_t len, zaslon_error *err) {
    if (err) memset(err, 0, sizeof *err);
    if (json && len > (1u << 24)) {
        zs_error_set(err, ZASLON_E_POLICY, "$", 0, "policy larger than 16 MiB");
        return NULL;
    }
    zaslon_policy *p = calloc(1, sizeof *p);
    if (!p) {
        zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    for (int t = 0; t < ZASLON_TYPE_BUILTIN_COUNT; t++) {
        zs_type *ty = &p->types[t];
        snprintf(ty->name, sizeof ty->name, "%s", zs_builtin_name(t));
        ty->topic = zs_builtin_topic(t);
        ty->enabled = true;
        ty->keep_last = 2;
        strcpy(ty->mask_char, "*");
    }
    p->ntypes = ZASLON_TYPE_BUILTIN_COUNT;
    long limits[4] = {0};
    compiler c = {.p = p, .err = err};
    bool ok = apply_json(&c, DEFAULT_POLICY, sizeof DEFAULT_POLICY - 1, true, limits);
    if (ok && json) ok = apply_json(&c, json, len, false, limits);
    if (ok) {
        snprintf(c.path, sizeof c.path, "$.types");
        for (int t = 0; t < p->ntypes && ok; t++)
            if (p->types[t].enabled && p->types[t].action == ZASLON_ACTION_HASH &&
                !p->hash_key_len) {
                zs_error_set(err, ZASLON_E_POLICY, "$.hash_key", 0,
                             "required because %s uses the hash action", p->types[t].name);
                ok = false;
            }
    }
    if (ok) {
        p->max_input_bytes = (size_t)limits[0];
        p->match_limit = (uint32_t)limits[1];
        p->depth_limit = (uint32_t)limits[2];
        p->heap_limit_kb = (uint32_t)limits[3];
        p->work_budget = zs_work_budget(p->match_limit);
        zs_rec_text_init();
        /* the hash indexes of the name tables are built here, once per process, rather than in
         * the first scan: compile once, scan many */
        if (zs_linguistic_wanted(p)) zl_init();
        p->info_json = build_info(p, limits);
        ok = p->info_json != NULL;
        if (!ok) zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
    }
    if (!ok) {
        if (err && err->code == 0) zs_error_set(err, ZASLON_E_POLICY, NULL, 0, "invalid policy");
        zaslon_policy_free(p);
        return NULL;
    }
    return p;
}

void zaslon_policy_free(zaslon_policy *p) {
    if (!p) return;
    for (int r = 0; r < p->nrules; r++) {
        pcre2_code_free(p->rules[r].re);
        free_list(p->rules[r].context);
    }
    free(p->rules);
    pcre2_code_free(p->deny_re);
    for (size_t k = 0; k < p->nallow; k++)
        zs_free_zero(p->allow_keys[k], strlen(p->allow_keys[k]));
    free(p->allow_keys);
    free(p->info_json);
    zs_memzero(p->hash_key, sizeof p->hash_key);
    free(p);
}
