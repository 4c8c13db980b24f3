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
    "\"TOPIC_CRIMINAL_RECORD\":{\"action\":\"allow\"},"
    "\"US_SSN\":{\"action\":\"label\",\"options\":{\"keep_first\":0,\"keep_last\":4}}},"
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

/* path_fmt(dst, cap, fmt, ...) for the paths and names the compiler writes for every key it reads,
 * with only the conversions used here (%s, %.<n>s, %d, %zu). Not snprintf itself: the default
 * policy alone made ~150 calls, enough for V8 to compile musl's large printf_core with its
 * optimising compiler during a fresh wasm page's first compilePolicy() — 9-33 ms of compiler
 * work that the page's start waited on (docs/performance.md, branch startup2). */
__attribute__((format(printf, 3, 4))) static void path_fmt(char *dst, size_t cap, const char *fmt,
                                                           ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t o = 0;
    for (const char *f = fmt; *f;) {
        char num[24];
        const char *s = f;
        size_t n = 1;
        if (*f++ == '%') {
            size_t prec = (size_t)-1;
            if (*f == '.')
                for (prec = 0, f++; *f >= '0' && *f <= '9'; f++)
                    prec = prec * 10 + (size_t)(*f - '0');
            if (*f == 's') {
                s = va_arg(ap, const char *);
                n = strnlen(s, prec);
            } else if (*f == 'd') {
                n = zs_fmt_int(num, va_arg(ap, int));
                s = num;
            } else if (f[0] == 'z' && f[1] == 'u') {
                n = zs_fmt_uint(num, va_arg(ap, size_t));
                s = num;
                f++;
            } else {
                break; /* a conversion this file does not use */
            }
            f++;
        }
        for (size_t i = 0; i < n && o + 1 < cap; i++)
            dst[o++] = s[i];
    }
    if (cap) dst[o] = '\0';
    va_end(ap);
}

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
    path_fmt(ty->name, sizeof ty->name, "%s", name);
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
            path_fmt(c->path + l, sizeof c->path - l, ".%s", it->string);
            FAIL(c, "unknown key");
        }
    }
    return true;
}

static bool get_int(compiler *c, const cJSON *v, const char *key, long lo, long hi, long *out) {
    size_t l = strlen(c->path);
    path_fmt(c->path + l, sizeof c->path - l, ".%s", key);
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
        path_fmt(c->path + l, sizeof c->path - l, ".enabled");
        if (!cJSON_IsBool(v)) FAIL(c, "must be true or false");
        ty->enabled = cJSON_IsTrue(v);
        c->path[l] = '\0';
    }
    if ((v = cJSON_GetObjectItemCaseSensitive(o, "action"))) {
        path_fmt(c->path + l, sizeof c->path - l, ".action");
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
        path_fmt(c->path + l, sizeof c->path - l, ".options");
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
            path_fmt(c->path + l2, sizeof c->path - l2, ".mask_char");
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
        path_fmt(c->path, sizeof c->path, "$.types.%.60s", it->string);
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
        path_fmt(c->path + l, sizeof c->path - l, "[%zu]", k);
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
    path_fmt(c->path, sizeof c->path, "$.rules");
    if (!cJSON_IsArray(rules)) FAIL(c, "must be an array");
    int n = cJSON_GetArraySize(rules);
    if (n > 256) FAIL(c, "at most 256 rules");
    zaslon_policy *p = c->p;
    p->rules = calloc((size_t)n + 1, sizeof *p->rules);
    if (!p->rules) FAIL(c, "out of memory");
    int k = 0;
    for (const cJSON *r = rules->child; r; r = r->next, k++) {
        path_fmt(c->path, sizeof c->path, "$.rules[%d]", k);
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
        path_fmt(c->path, sizeof c->path, "$.rules[%d].id", k);
        if (!cJSON_IsString(id) || !*id->valuestring || strlen(id->valuestring) > ZS_NAME_MAX)
            FAIL(c, "required: a string of 1 to %d characters", ZS_NAME_MAX);
        path_fmt(rule->id, sizeof rule->id, "%s", id->valuestring);
        for (int m = 0; m < k; m++)
            if (strcmp(p->rules[m].id, rule->id) == 0)
                FAIL(c, "duplicate rule id \"%s\"", rule->id);
        path_fmt(c->path, sizeof c->path, "$.rules[%d].type", k);
        if (!cJSON_IsString(type) || !valid_type_name(type->valuestring))
            FAIL(c, "(rule \"%s\"): required: an upper-case name like EMPLOYEE_ID", rule->id);
        rule->type = add_custom_type(p, type->valuestring);
        if (rule->type < 0) FAIL(c, "too many types");
        path_fmt(c->path, sizeof c->path, "$.rules[%d].flags", k);
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
        path_fmt(c->path, sizeof c->path, "$.rules[%d].pattern", k);
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
        path_fmt(c->path, sizeof c->path, "$.rules[%d].validator", k);
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
            path_fmt(c->path, sizeof c->path, "$.rules[%d].context", k);
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
    path_fmt(c->path, sizeof c->path, "$.deny");
    if (!cJSON_IsArray(deny)) FAIL(c, "must be an array of strings");
    if (cJSON_GetArraySize(deny) == 0) return true;
    zaslon_buf pat = {0};
    bool ok = zs_buf_append(&pat, "(?C1)(?:", 8);
    int k = 0;
    for (const cJSON *it = deny->child; it && ok; it = it->next, k++) {
        path_fmt(c->path, sizeof c->path, "$.deny[%d]", k);
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
    path_fmt(c->path, sizeof c->path, "$.deny");
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
    path_fmt(c->path, sizeof c->path, "$.allow");
    if (!cJSON_IsArray(allow)) FAIL(c, "must be an array of strings");
    size_t n = (size_t)cJSON_GetArraySize(allow);
    zaslon_policy *p = c->p;
    /* Each value is stored under every normalisation a match may produce: digits-only (phones,
     * numbers), case-folded text (e-mails, words) and a person's name key. */
    p->allow_keys = calloc(3 * n + 1, sizeof *p->allow_keys);
    if (!p->allow_keys) FAIL(c, "out of memory");
    size_t k = 0;
    for (const cJSON *it = allow->child; it; it = it->next, k++) {
        path_fmt(c->path, sizeof c->path, "$.allow[%zu]", k);
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
    path_fmt(c->path, sizeof c->path, "$.hash_key");
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
    path_fmt(c->path, sizeof c->path, "$.limits");
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
    path_fmt(c->path, sizeof c->path, "$");
    if (!cJSON_IsObject(root)) {
        zs_error_set(c->err, ZASLON_E_POLICY, "$", 0, "a policy is a JSON object");
        goto out;
    }
    if (!check_keys(c, root, keys)) goto out;
    const cJSON *v;
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "version"))) {
        path_fmt(c->path, sizeof c->path, "$.version");
        if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
            zs_error_set(c->err, ZASLON_E_POLICY, c->path, 0, "unsupported version (1 is current)");
            goto out;
        }
    }
    const cJSON *fields[] = {cJSON_GetObjectItemCaseSensitive(root, "name"),
                             cJSON_GetObjectItemCaseSensitive(root, "description")};
    for (int k = 0; k < 2; k++)
        if (fields[k] && !cJSON_IsString(fields[k])) {
            path_fmt(c->path, sizeof c->path, "$.%s", k ? "description" : "name");
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

/* Appends s as a JSON string, escaped as cJSON_PrintUnformatted does (the info JSON was printed by
 * cJSON before, and stays byte for byte the same). */
static bool info_str(zaslon_buf *b, const char *s) {
    static const char hex[] = "0123456789abcdef";
    if (!zs_buf_append(b, "\"", 1)) return false;
    for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
        char e[6] = {'\\', 0, '0', '0', 0, 0};
        size_t n = 2;
        switch (*q) {
        case '"':
            e[1] = '"';
            break;
        case '\\':
            e[1] = '\\';
            break;
        case '\b':
            e[1] = 'b';
            break;
        case '\f':
            e[1] = 'f';
            break;
        case '\n':
            e[1] = 'n';
            break;
        case '\r':
            e[1] = 'r';
            break;
        case '\t':
            e[1] = 't';
            break;
        default:
            if (*q < 32) {
                e[1] = 'u';
                e[4] = hex[*q >> 4];
                e[5] = hex[*q & 15];
                n = 6;
            } else {
                e[0] = (char)*q;
                n = 1;
            }
        }
        if (!zs_buf_append(b, e, n)) return false;
    }
    return zs_buf_append(b, "\"", 1);
}

static bool info_raw(zaslon_buf *b, const char *s) {
    return zs_buf_append(b, s, strlen(s));
}

static bool info_int(zaslon_buf *b, long long v) {
    char d[24];
    return zs_buf_append(b, d, zs_fmt_int(d, v));
}

/* The policy's description (zaslon_policy_info_json), written directly: printed by cJSON, the
 * default policy's ~150 values (after the constants' ~90 at load) made V8 compile cJSON's large
 * print_value with its optimising compiler during a fresh wasm page's first compilePolicy()
 * (docs/performance.md, branch startup2). */
static char *build_info(const zaslon_policy *p, const long limits[4]) {
    zaslon_buf b = {0};
    bool ok = info_raw(&b, "{\"types\":[");
    for (int t = 0; t < p->ntypes && ok; t++) {
        const zs_type *ty = &p->types[t];
        ok = info_raw(&b, t ? ",{\"id\":" : "{\"id\":") && info_int(&b, t) &&
             info_raw(&b, ",\"name\":") && info_str(&b, ty->name) &&
             info_raw(&b, ty->topic ? ",\"kind\":\"topic\"" : ",\"kind\":\"entity\"") &&
             info_raw(&b, ty->enabled ? ",\"enabled\":true" : ",\"enabled\":false") &&
             info_raw(&b, ",\"action\":") && info_str(&b, action_names[ty->action]) &&
             info_raw(&b, "}");
    }
    ok = ok && info_raw(&b, "],\"rules\":[");
    for (int r = 0; r < p->nrules && ok; r++)
        ok = info_raw(&b, r ? ",{\"id\":" : "{\"id\":") && info_str(&b, p->rules[r].id) &&
             info_raw(&b, ",\"type\":") && info_str(&b, p->types[p->rules[r].type].name) &&
             info_raw(&b, "}");
    ok = ok && info_raw(&b, "],\"deny_terms\":") && info_int(&b, p->deny_re ? 1 : 0) &&
         info_raw(&b, ",\"allow_values\":") && info_int(&b, (long long)p->nallow) &&
         info_raw(&b, p->hash_key_len > 0 ? ",\"hash_key\":true" : ",\"hash_key\":false") &&
         info_raw(&b, ",\"limits\":{\"max_input_bytes\":") && info_int(&b, limits[0]) &&
         info_raw(&b, ",\"match_limit\":") && info_int(&b, limits[1]) &&
         info_raw(&b, ",\"depth_limit\":") && info_int(&b, limits[2]) &&
         info_raw(&b, ",\"heap_limit_kb\":") && info_int(&b, limits[3]) && info_raw(&b, "}}");
    if (!ok) {
        zaslon_buf_free(&b);
        return NULL;
    }
    b.data[b.len] = '\0';
    return b.data;
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
        path_fmt(ty->name, sizeof ty->name, "%s", zs_builtin_name(t));
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
        path_fmt(c.path, sizeof c.path, "$.types");
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
