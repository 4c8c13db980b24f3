/* redact.c — writes the text with each span replaced according to its type's action. */
#include "common/codec.h"
#include "common/mem.h"
#include "common/text.h"
#include "pipeline/pipeline.h"
#include "recognize/person.h"
#include "recognize/recognize.h"
#include "redact/vault.h"
#include "resolve/resolve.h"
#include "scan/scan.h"

/* Here rather than beside the scan: the scratch also holds this stage's key buffer and vault,
 * which the pipeline stage, earlier, must not reach into. */
void zaslon_spans_free(zaslon_spans *spans) {
    if (!spans) return;
    zs_scratch *sc = spans->scratch;
    if (sc) {
        zaslon_buf_free(&sc->norm);
        zaslon_vault_free(sc->vault);
        sc->vault = NULL;
    }
    zs_spans_free_scan(spans);
}

static bool put_label(zaslon_buf *out, const char *name) {
    return zs_buf_append(out, "[", 1) && zs_buf_append(out, name, strlen(name)) &&
           zs_buf_append(out, "]", 1);
}

/* "<TYPE_N>", the pseudonym vault.c parses back (formatted by hand: snprintf cost more than the
 * rest of a short message's redaction). */
static bool put_token(zaslon_buf *out, const char *name, unsigned num) {
    char d[10];
    size_t k = sizeof d;
    do {
        d[--k] = (char)('0' + num % 10);
        num /= 10;
    } while (num);
    return zs_buf_append(out, "<", 1) && zs_buf_append(out, name, strlen(name)) &&
           zs_buf_append(out, "_", 1) && zs_buf_append(out, d + k, sizeof d - k) &&
           zs_buf_append(out, ">", 1);
}

/* Masks letters and digits, keeping the first keep_first and the last keep_last of them and
 * every separator, so the value keeps its shape: "+7 (***) ***-**-89". */
static bool put_mask(zaslon_buf *out, const zs_type *ty, const unsigned char *s, size_t n) {
    size_t total = 0, len;
    for (size_t i = 0; i < n; i += len)
        if (zs_is_alnum(zs_decode(s, n, i, &len))) total++;
    /* A value no longer than what is kept (a card's 3-digit security code under keep_last 4)
     * is masked whole: a mask never shows all of a value. */
    bool all = (size_t)ty->keep_first + (size_t)ty->keep_last >= total;
    size_t k = 0;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i += len) {
        int32_t cp = zs_decode(s, n, i, &len);
        if (zs_is_invisible(cp)) continue;
        if (!zs_is_alnum(cp)) {
            ok = zs_buf_append(out, s + i, len);
            continue;
        }
        bool keep = !all && (k < (size_t)ty->keep_first || k + (size_t)ty->keep_last >= total);
        k++;
        ok = keep ? zs_buf_append(out, s + i, len)
                  : zs_buf_append(out, ty->mask_char, strlen(ty->mask_char));
    }
    return ok;
}

static bool put_hash(zaslon_buf *out, const zaslon_policy *p, const zs_type *ty,
                     const zaslon_buf *key, zaslon_buf *tmp) {
    zs_buf_clear(tmp);
    unsigned char h[16];
    if (!zs_buf_append(tmp, ty->name, strlen(ty->name) + 1) ||
        !zs_buf_append(tmp, key->data ? key->data : "", key->len) ||
        !zs_keyed_hash(p->hash_key, p->hash_key_len, (const unsigned char *)tmp->data, tmp->len, h))
        return false;
    static const char digits[] = "0123456789abcdef";
    char hex[16];
    for (int i = 0; i < 8; i++) {
        hex[2 * i] = digits[h[i] >> 4];
        hex[2 * i + 1] = digits[h[i] & 15];
    }
    zs_memzero(h, sizeof h);
    return zs_buf_append(out, "[", 1) && zs_buf_append(out, ty->name, strlen(ty->name)) &&
           zs_buf_append(out, ":", 1) && zs_buf_append(out, hex, 16) && zs_buf_append(out, "]", 1);
}

static int redact_text(const zaslon_policy *policy, zaslon_vault *vault, const char *text,
                       size_t len, zaslon_buf *out, zaslon_spans *spans) {
    if (!out || !spans) return ZASLON_E_ARG;
    zs_buf_clear(out);
    int rc = zs_scan_text(policy, text, len, spans);
    if (rc) return rc;
    /* the scratch scan left behind: its key buffer, and a vault for numbers local to this
     * message when the caller gives none (allocated once per spans object, not per call) */
    zs_scratch *sc = spans->scratch;
    zaslon_buf *key = &sc->norm;
    zaslon_vault *own = NULL;
    if (!vault) {
        if (!sc->vault) sc->vault = zaslon_vault_new();
        own = vault = sc->vault;
        if (!vault) return ZASLON_E_NOMEM;
    }
    const unsigned char *s = (const unsigned char *)text;
    zaslon_buf tmp = {0};
    zs_name name;
    bool ok = zs_buf_reserve(out, len), blocked = false;
    /* names of people the conversation already named (a message's own vault holds none yet) */
    if (ok && !own) ok = zs_vault_recall(zs_vault_people(vault), policy, s, len, spans, key);
    size_t pos = 0;
    for (size_t k = 0; k < spans->count && ok; k++) {
        zaslon_span *sp = &spans->items[k];
        const zs_type *ty = &policy->types[sp->type];
        ok = zs_buf_append(out, s + pos, sp->start - pos);
        sp->out_start = out->len;
        const unsigned char *v = s + sp->start;
        size_t vn = sp->end - sp->start;
        switch (sp->action) {
        case ZASLON_ACTION_BLOCK: /* a blocked message is still fully labelled */
            blocked = true;
            ok = ok && put_label(out, ty->name);
            break;
        case ZASLON_ACTION_LABEL:
            ok = ok && put_label(out, ty->name);
            break;
        case ZASLON_ACTION_MASK:
            ok = ok && put_mask(out, ty, v, vn);
            break;
        case ZASLON_ACTION_REMOVE:
            break;
        case ZASLON_ACTION_ALLOW:
            ok = ok && zs_buf_append(out, v, vn);
            break;
        case ZASLON_ACTION_PSEUDONYM:
        case ZASLON_ACTION_HASH: {
            if (sp->reserved > 0) { /* recall.c: a case form of a person the vault knows */
                unsigned num = zs_vault_people(vault)->p[sp->reserved - 1].num;
                sp->reserved = 0;
                ok = ok && put_token(out, ty->name, num);
                break;
            }
            /* a person's name is also linked to the person an earlier mention named */
            bool named = sp->type == ZASLON_PERSON && sp->action == ZASLON_ACTION_PSEUDONYM &&
                         zs_person_name(v, vn, &name, key);
            ok = ok && (named || zs_norm_key(sp->type, v, vn, key));
            const unsigned char *kd = (const unsigned char *)key->data;
            if (ok && sp->action == ZASLON_ACTION_HASH) {
                ok = put_hash(out, policy, ty, key, &tmp);
            } else if (ok) {
                unsigned num = named ? zs_vault_person(vault, ty->name, kd, key->len, &name, v, vn)
                                     : zs_vault_number(vault, ty->name, kd, key->len, v, vn);
                ok = num > 0 && put_token(out, ty->name, num);
            }
            break;
        }
        default:
            ok = false;
            break;
        }
        sp->out_end = out->len;
        pos = sp->end;
    }
    if (ok) ok = zs_buf_append(out, s + pos, len - pos);
    zs_buf_clear(key);
    zs_memzero(&name, sizeof name);
    zaslon_buf_free(&tmp);
    if (own && zaslon_vault_count(own) > 64) {
        /* a long text's numbering: not kept, so later short calls wipe small tables */
        zaslon_vault_free(own);
        sc->vault = NULL;
    } else {
        zaslon_vault_wipe(own);
    }
    if (!ok) {
        zs_buf_clear(out);
        spans->count = 0;
        return ZASLON_E_NOMEM;
    }
    return blocked ? ZASLON_BLOCKED : ZASLON_OK;
}

int zaslon_redact(const zaslon_policy *policy, zaslon_vault *vault, const char *text, size_t len,
                  zaslon_buf *out, zaslon_spans *spans) {
    int rc = redact_text(policy, vault, text, len, out, spans);
    zs_stack_wipe();
    return rc;
}
