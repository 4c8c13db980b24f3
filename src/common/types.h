/* common/types.h — the built-in types and what a compiled policy holds: policy/ fills it, every
 * stage reads it. Not installed. */
#ifndef ZASLON_COMMON_TYPES_H
#define ZASLON_COMMON_TYPES_H

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

/* Built-in type names (ZASLON_PHONE_NUMBER ... in zaslon.h) and which of them are topics
 * (types.c). */
const char *zs_builtin_name(int type);
bool zs_builtin_topic(int type);

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
    uint64_t work_budget; /* for all the searches of one scan together (scan/budget.c) */
    char *info_json;
};

#endif
