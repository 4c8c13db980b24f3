/*
 * zaslon_pg.c — the Zaslon engine as PostgreSQL functions (see pg/README.md).
 *
 * The engine allocates with malloc; PostgreSQL leaves a function by longjmp on any ERROR. So no
 * ereport() may run while an engine buffer that held message text is live, except inside the
 * PG_TRY blocks below, whose PG_FINALLY zeroes and frees those buffers on the way out.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "zaslon.h"

#include <string.h>

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(zaslon_pg_redact);
PG_FUNCTION_INFO_V1(zaslon_pg_redact_policy);
PG_FUNCTION_INFO_V1(zaslon_pg_scan);
PG_FUNCTION_INFO_V1(zaslon_pg_scan_policy);

/* ---- the per-backend policy cache ------------------------------------------------------------
 * Compiling a policy costs far more than redacting one chat message, and a query calls the
 * function once per row with the same policy: each backend (and each parallel worker, a process
 * of its own) keeps the policies it compiled, keyed by a 64-bit hash of the policy's canonical
 * jsonb text. The text itself is kept too, so a hash collision can never apply another policy.
 * A few policies per session are the norm; past POLICY_CACHE_MAX the oldest is dropped. */
#define POLICY_CACHE_MAX 16

typedef struct {
    uint64 hash;
    char *json; /* malloc'd copy, compared on a hash hit */
    size_t len;
    zaslon_policy *policy;
} cached_policy;

static cached_policy policy_cache[POLICY_CACHE_MAX];
static int policy_cache_next; /* slot the next new policy takes (round robin = oldest) */
static zaslon_policy *builtin_policy;

static void report_policy_error(const zaslon_error *err) pg_attribute_noreturn();

static void report_policy_error(const zaslon_error *err) {
    ereport(ERROR, (errcode(err->code == ZASLON_E_NOMEM ? ERRCODE_OUT_OF_MEMORY
                                                        : ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("zaslon: invalid policy: %s",
                           err->message[0] ? err->message : zaslon_strerror(err->code)),
                    /* the engine's message starts with the JSON path; say it when it does not */
                    (err->path[0] && strstr(err->message, err->path) == NULL)
                        ? errdetail("Policy path: %s", err->path)
                        : 0));
}

static const zaslon_policy *get_builtin_policy(void) {
    if (builtin_policy == NULL) {
        zaslon_error err;
        memset(&err, 0, sizeof err);
        builtin_policy = zaslon_policy_compile(NULL, 0, &err);
        if (builtin_policy == NULL) report_policy_error(&err);
    }
    return builtin_policy;
}

static const zaslon_policy *get_policy(Jsonb *jb) {
    char *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
    size_t len = strlen(json);
    uint64 hash = hash_bytes_extended((const unsigned char *)json, (int)len, 0);
    cached_policy *slot;
    zaslon_error err;
    zaslon_policy *policy;
    char *copy;

    for (int i = 0; i < POLICY_CACHE_MAX; i++) {
        cached_policy *c = &policy_cache[i];
        if (c->policy != NULL && c->hash == hash && c->len == len &&
            memcmp(c->json, json, len) == 0) {
            pfree(json);
            return c->policy;
        }
    }

    memset(&err, 0, sizeof err);
    policy = zaslon_policy_compile(json, len, &err);
    if (policy == NULL) {
        pfree(json);
        report_policy_error(&err);
    }
    copy = malloc(len + 1);
    if (copy == NULL) {
        zaslon_policy_free(policy);
        pfree(json);
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("zaslon: out of memory")));
    }
    memcpy(copy, json, len + 1);
    pfree(json);

    slot = &policy_cache[policy_cache_next];
    policy_cache_next = (policy_cache_next + 1) % POLICY_CACHE_MAX;
    zaslon_policy_free(slot->policy);
    free(slot->json);
    slot->hash = hash;
    slot->json = copy;
    slot->len = len;
    slot->policy = policy;
    return policy;
}

/* ---- message text in and out ------------------------------------------------------------------ */

static void require_utf8(void) {
    if (GetDatabaseEncoding() != PG_UTF8)
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("zaslon: the database encoding must be UTF8, not %s",
                               GetDatabaseEncodingName())));
}

/* The detoasted copy PostgreSQL may have made of a message is zeroed before it is freed; the
 * caller's own datum (a table's row) is not ours to touch. */
static void wipe_detoasted(text *t, Datum original) {
    if ((Pointer)t != DatumGetPointer(original)) {
        memset(t, 0, VARSIZE_ANY(t));
        pfree(t);
    }
}

static void report_engine_error(int rc) pg_attribute_noreturn();

static void report_engine_error(int rc) {
    ereport(ERROR, (errcode(rc == ZASLON_E_NOMEM     ? ERRCODE_OUT_OF_MEMORY
                            : rc == ZASLON_E_TOO_BIG ? ERRCODE_PROGRAM_LIMIT_EXCEEDED
                                                     : ERRCODE_DATA_EXCEPTION),
                    errmsg("zaslon: %s", zaslon_strerror(rc)),
                    errhint("Nothing was redacted; the message text is not shown.")));
}

static Datum redact_with(const zaslon_policy *policy, Datum arg) {
    text *in = PG_DETOAST_DATUM_PACKED(arg);
    zaslon_buf out = {0};
    zaslon_spans spans = {0};
    text *volatile result = NULL;
    int rc;

    rc = zaslon_redact(policy, NULL, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out, &spans);
    PG_TRY();
    {
        /* ZASLON_BLOCKED still gives fully redacted text: a stored row is not "sent", so the
         * redacted text is what the database keeps (pg/README.md). */
        if (rc < 0) report_engine_error(rc);
        result = cstring_to_text_with_len(out.data, (int)out.len);
    }
    PG_FINALLY();
    {
        zaslon_buf_free(&out);
        zaslon_spans_free(&spans);
        wipe_detoasted(in, arg);
    }
    PG_END_TRY();
    return PointerGetDatum(result);
}

Datum zaslon_pg_redact(PG_FUNCTION_ARGS) {
    require_utf8();
    return redact_with(get_builtin_policy(), PG_GETARG_DATUM(0));
}

Datum zaslon_pg_redact_policy(PG_FUNCTION_ARGS) {
    require_utf8();
    return redact_with(get_policy(PG_GETARG_JSONB_P(1)), PG_GETARG_DATUM(0));
}

/* ---- scan: spans in character offsets ----------------------------------------------------------- */

/* Characters in s[0..n): every byte that is not a UTF-8 continuation byte starts one (the text
 * is valid UTF-8: PostgreSQL checked it on the way in). */
static int32 utf8_chars(const char *s, size_t n) {
    int32 count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

static Datum scan_with(FunctionCallInfo fcinfo, const zaslon_policy *policy, Datum arg) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    text *in = PG_DETOAST_DATUM_PACKED(arg);
    const char *s = VARDATA_ANY(in);
    zaslon_spans spans = {0};
    int rc;

    InitMaterializedSRF(fcinfo, 0);
    rc = zaslon_scan(policy, s, VARSIZE_ANY_EXHDR(in), &spans);
    PG_TRY();
    {
        size_t byte = 0;
        int32 chr = 0;
        if (rc < 0) report_engine_error(rc);
        /* Spans are sorted and disjoint: one pass over the text turns bytes into characters. */
        for (size_t i = 0; i < spans.count; i++) {
            const zaslon_span *sp = &spans.items[i];
            Datum values[3];
            bool nulls[3] = {false, false, false};
            chr += utf8_chars(s + byte, sp->start - byte);
            values[0] = Int32GetDatum(chr);
            chr += utf8_chars(s + sp->start, sp->end - sp->start);
            values[1] = Int32GetDatum(chr);
            values[2] = CStringGetTextDatum(zaslon_type_name(policy, sp->type));
            byte = sp->end;
            tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
        }
    }
    PG_FINALLY();
    {
        zaslon_spans_free(&spans);
        wipe_detoasted(in, arg);
    }
    PG_END_TRY();
    return (Datum)0;
}

Datum zaslon_pg_scan(PG_FUNCTION_ARGS) {
    require_utf8();
    return scan_with(fcinfo, get_builtin_policy(), PG_GETARG_DATUM(0));
}

Datum zaslon_pg_scan_policy(PG_FUNCTION_ARGS) {
    require_utf8();
    return scan_with(fcinfo, get_policy(PG_GETARG_JSONB_P(1)), PG_GETARG_DATUM(0));
}
