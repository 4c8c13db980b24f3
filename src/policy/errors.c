/* errors.c — messages for status codes, the version, and the constants every binding reads. */
#include <cJSON.h>
#include <stdlib.h>

#include "common/mem.h"
#include "common/types.h"
#include "recognize/checksum.h"

static const struct {
    int code;
    const char *name, *message;
} codes[] = {
    {ZASLON_OK, "ZASLON_OK", "success"},
    {ZASLON_BLOCKED, "ZASLON_BLOCKED", "the policy blocks this message: do not send it"},
    {ZASLON_E_NOMEM, "ZASLON_E_NOMEM", "out of memory"},
    {ZASLON_E_ARG, "ZASLON_E_ARG", "invalid argument"},
    {ZASLON_E_POLICY, "ZASLON_E_POLICY", "invalid policy"},
    {ZASLON_E_TOO_BIG, "ZASLON_E_TOO_BIG", "input is larger than the policy's max_input_bytes"},
    {ZASLON_E_MATCH_LIMIT, "ZASLON_E_MATCH_LIMIT",
     "a custom rule exceeded its match, depth or heap limit"},
    {ZASLON_E_REGEX, "ZASLON_E_REGEX", "a custom rule failed while matching"},
    {ZASLON_E_VAULT, "ZASLON_E_VAULT", "malformed serialised vault"},
    {ZASLON_E_INTERNAL, "ZASLON_E_INTERNAL", "internal error"},
};

const char *zaslon_strerror(int code) {
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        if (codes[k].code == code) return codes[k].message;
    return "unknown error code";
}

const char *zaslon_version(void) {
    return ZASLON_VERSION;
}

static char *constants;

const char *zaslon_constants_json(void) {
    /* Built on first use from the same tables the engine uses, so bindings can never drift. */
    if (constants) return constants;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "version", ZASLON_VERSION);
    cJSON *types = cJSON_AddArrayToObject(root, "types");
    for (int t = 0; t < ZASLON_TYPE_BUILTIN_COUNT; t++) {
        cJSON *o = cJSON_CreateObject();
        zs_json_add_int(o, "id", t);
        cJSON_AddStringToObject(o, "name", zs_builtin_name(t));
        cJSON_AddStringToObject(o, "kind", zs_builtin_topic(t) ? "topic" : "entity");
        cJSON_AddItemToArray(types, o);
    }
    cJSON *actions = cJSON_AddArrayToObject(root, "actions");
    for (int a = 0; a < ZASLON_ACTION_COUNT; a++)
        cJSON_AddItemToArray(actions, cJSON_CreateString(zaslon_action_name(a)));
    cJSON *errors = cJSON_AddObjectToObject(root, "errors");
    cJSON *status = cJSON_AddObjectToObject(root, "status");
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        zs_json_add_int(codes[k].code < 0 ? errors : status, codes[k].name, codes[k].code);
    cJSON *validators = cJSON_AddArrayToObject(root, "validators");
    for (int v = 0; v < ZS_VALIDATOR_COUNT; v++)
        cJSON_AddItemToArray(validators, cJSON_CreateString(zs_validator_names[v]));
    char *s = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    constants = s;
    return s ? s : "{}";
}
