/* scan.c — one linear pass over the bytes finds candidate positions and hands each to its
 * recognizer; custom rules and deny terms run as PCRE2 searches with the policy's limits; then
 * overlapping candidates are resolved (resolve/resolve.c). It runs the stages in order and is
 * the only file that calls them all. */
#include <stdlib.h>

#include "common/mem.h"
#include "common/text.h"
#include "pipeline/pipeline.h"
#include "recognize/checksum.h"
#include "recognize/recognize.h"
#include "resolve/resolve.h"
#include "scan/scan.h"

enum { C_NONE = 0, C_DIGIT, C_AT, C_BRACKET, C_COLON, C_DASH, C_WORD, C_FULLWIDTH };

/* Byte classes of the candidate pass. Most bytes of chat text (Cyrillic letters, spaces,
 * punctuation) are C_NONE and cost one table look-up. */
static unsigned char byte_class(unsigned char c) {
    if (c >= '0' && c <= '9') return C_DIGIT;
    switch (c) {
    case '@':
        return C_AT;
    case '[':
    case '(':
    case '{':
    case '<': /* "ivan<at>mail.ru" */
        return C_BRACKET;
    case ':':
    case '=':
        return C_COLON;
    case '-':
        return C_DASH;
    case 0xEF: /* full-width digits */
    case 0xD9: /* Arabic-Indic digits */
    case 0xDB: /* extended Arabic-Indic digits */
    case 0xF0: /* mathematical digits */
        return C_FULLWIDTH;
    default:
        break;
    }
    /* Upper-case letters can start an IBAN; other letters only where an API-key format does
     * (the key table in rec_text.c decides, so a new format needs no change here). */
    if ((c >= 'A' && c <= 'Z') || zs_rec_word_start(c)) return C_WORD;
    return C_NONE;
}

static unsigned char classes[256];
static zs_marks_cfg marks_cfg; /* the byte classes as the first stage marks them */
static bool classes_ready;

static void init_classes(void) {
    if (classes_ready) return;
    zs_rec_text_init();
    bool any[256], at_word[256];
    for (int c = 0; c < 256; c++) {
        classes[c] = byte_class((unsigned char)c);
        any[c] = classes[c] != C_NONE && classes[c] != C_WORD && classes[c] != C_DIGIT;
        at_word[c] = classes[c] == C_WORD;
    }
    zs_marks_cfg_init(&marks_cfg, any, at_word);
    classes_ready = true;
}

static zs_scratch *scratch_get(zaslon_spans *spans) {
    if (!spans->scratch) {
        zs_scratch *sc = calloc(1, sizeof *sc);
        if (!sc) return NULL;
        sc->md = pcre2_match_data_create(32, NULL);
        if (!sc->md) {
            free(sc);
            return NULL;
        }
        spans->scratch = sc;
    }
    zs_scratch *sc = spans->scratch;
    sc->cands.n = 0;
    sc->naccounts = 0;
    sc->nbiks = 0;
    return sc;
}

void zs_spans_free_scan(zaslon_spans *spans) {
    zs_scratch *sc = spans->scratch;
    if (sc) {
        zs_free_zero(sc->cands.v, sc->cands.cap * sizeof *sc->cands.v);
        zs_free_zero(sc->accounts, sc->cap_accounts * sizeof *sc->accounts);
        zs_free_zero(sc->biks, sc->cap_biks * sizeof *sc->biks);
        pcre2_match_data_free(sc->md);
        zs_work_free(&sc->work);
        zs_free_zero(sc->marks, sizeof *sc->marks);
        zl_wcache_free(sc->wc);
        free(sc);
    }
    zs_free_zero(spans->items, spans->capacity * sizeof *spans->items);
    memset(spans, 0, sizeof *spans);
}

static int map_pcre2_error(int rc) {
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
        return ZASLON_E_MATCH_LIMIT;
    case PCRE2_ERROR_NOMEMORY:
        return ZASLON_E_NOMEM;
    default:
        return ZASLON_E_REGEX;
    }
}

static bool word_boundary_before(const zs_scan *z, size_t i) {
    if (i == 0) return true;
    size_t len, p = zs_prev_start(z->s, i);
    return !zs_is_alnum(zs_decode(z->s, z->n, p, &len));
}

/* Runs one unanchored PCRE2 search over the whole text, calling back for each match. */
static int search_all(zs_scan *z, const pcre2_code *re, int type, int rule, int prio,
                      const zs_rule *r, pcre2_match_context *mctx) {
    pcre2_match_data *md = z->sc->md;
    size_t pos = 0;
    while (pos <= z->n) {
        /* PCRE2_MATCH_INVALID_UTF makes every call check the UTF-8 of the text from pos to its
         * end: many matches in a long text are quadratic work that no callout sees */
        if (!zs_work_charge(&z->sc->work, 1 + ((z->n - pos) >> 6))) return ZASLON_E_MATCH_LIMIT;
        int rc = pcre2_match(re, z->s, z->n, pos, 0, md, mctx);
        if (rc == PCRE2_ERROR_NOMATCH) return 0;
        if (rc < 0) return map_pcre2_error(rc);
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t s = ov[0], e = ov[1];
        bool ok = e > s;
        if (ok && r && r->validator != ZS_VALIDATOR_NONE)
            ok = zs_validate(r->validator, z->s + s, e - s);
        if (ok && r && r->context)
            ok = zs_context(z->s, z->n, s, e, ZS_RULE_CONTEXT_WINDOW, 32,
                            (const char *const *)r->context);
        if (ok && !r) ok = word_boundary_before(z, s); /* deny terms are whole words */
        if (ok) {
            size_t before = z->sc->cands.n;
            zs_add(z, s, e, type, prio);
            if (z->error) return z->error;
            if (z->sc->cands.n > before) z->sc->cands.v[before].rule = rule;
        }
        if (e > pos)
            pos = e;
        else {
            /* empty match: step one whole character */
            size_t len;
            if (pos >= z->n) break;
            zs_decode(z->s, z->n, pos, &len);
            pos += len;
        }
    }
    return 0;
}

int zs_scan_text(const zaslon_policy *policy, const char *text, size_t len, zaslon_spans *spans) {
    if (!spans) return ZASLON_E_ARG;
    spans->count = 0;
    if (!policy || (!text && len)) return ZASLON_E_ARG;
    if (len > policy->max_input_bytes) return ZASLON_E_TOO_BIG;
    zs_scratch *sc = scratch_get(spans);
    if (!sc) return ZASLON_E_NOMEM;
    init_classes();
    zs_scan z = {.policy = policy,
                 .s = (const unsigned char *)(text ? text : ""),
                 .n = len,
                 .sc = sc,
                 .ctx = {.b_key = (size_t)-1, .a_key = (size_t)-1}};
    const unsigned char *s = z.s;
    if (len && !sc->marks && !(sc->marks = calloc(1, sizeof *sc->marks))) return ZASLON_E_NOMEM;
    /* The candidate pass visits the digits and trigger bytes the first stage marked, a chunk at
     * a time; a recognizer that reads past a chunk's end makes the pass skip to its chunk. */
    size_t i = 0;
    for (size_t base = 0; base < len && !z.error; base += ZS_CHUNK) {
        if (i >= base + ZS_CHUNK) continue;
        zs_marks_chunk(sc->marks, &marks_cfg, s, len, base);
        z.marks = sc->marks;
        size_t p;
        while (!z.error && (p = zs_marks_next_cand(sc->marks, i > base ? i : base)) != SIZE_MAX) {
            size_t next;
            switch (classes[s[p]]) {
            case C_DIGIT:
                next = zs_rec_digits(&z, p);
                break;
            case C_FULLWIDTH: {
                size_t l;
                if (zs_digit_at(s, len, p, &l) >= 0)
                    next = zs_rec_digits(&z, p);
                else if (p + 2 < len && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] == 0x9A)
                    next = zs_rec_colon(&z, p); /* U+FF1A, the full-width colon */
                else
                    next = p + 1;
                break;
            }
            case C_AT:
                next = zs_rec_at(&z, p);
                break;
            case C_BRACKET:
                next = zs_rec_bracket(&z, p);
                break;
            case C_COLON:
                next = zs_rec_colon(&z, p);
                break;
            case C_DASH:
                next = zs_rec_dash(&z, p);
                break;
            case C_WORD: /* marked only at a word start */
                next = zs_rec_word(&z, p);
                break;
            default:
                next = p + 1;
                break;
            }
            /* Recognizers may look back but never send the pass backwards. */
            i = next > p ? next : p + 1;
        }
    }
    z.marks = NULL;
    size_t pass_n = sc->cands.n;
    if (!z.error) zs_rec_digits_finish(&z);
    if (!z.error) zs_rec_spelled_email(&z);
    if (!z.error) zs_rec_linguistic(&z);
    if (!z.error) zs_rec_de_address(&z);
    if (!z.error) zs_rec_handles(&z);
    /* custom rules and deny terms share one budget (budget.c) */
    pcre2_match_context *mctx = NULL;
    if (!z.error && (policy->nrules || policy->deny_re) &&
        !(mctx = zs_work_begin(&sc->work, policy)))
        z.error = ZASLON_E_NOMEM;
    for (int r = 0; r < policy->nrules && !z.error; r++) {
        const zs_rule *rule = &policy->rules[r];
        if (!policy->types[rule->type].enabled) continue;
        int rc = search_all(&z, rule->re, rule->type, r, 0, rule, mctx);
        if (rc) z.error = rc;
    }
    if (policy->deny_re && !z.error && policy->types[policy->deny_type].enabled) {
        sc->work.attempt_cost = 1 + (uint64_t)policy->deny_terms;
        int rc = search_all(&z, policy->deny_re, policy->deny_type, -2, -1, NULL, mctx);
        if (rc) z.error = rc;
    }
    int rc = z.error ? z.error : zs_resolve(&z, spans, pass_n);
    if (rc) spans->count = 0;
    return rc;
}

int zaslon_scan(const zaslon_policy *policy, const char *text, size_t len, zaslon_spans *spans) {
    int rc = zs_scan_text(policy, text, len, spans);
    zs_stack_wipe();
    return rc;
}
