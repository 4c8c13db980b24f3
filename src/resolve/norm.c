/* norm.c — the comparison key of a value: the same phone typed two ways, or an e-mail in upper
 * case, gets one pseudonym and matches one allow-list entry. */
#include <stdlib.h>
#include <utf8proc.h>

#include "common/mem.h"
#include "common/text.h"
#include "recognize/person.h"
#include "resolve/resolve.h"

static bool numeric_type(int type) {
    switch (type) {
    case ZASLON_PHONE_NUMBER:
    case ZASLON_CREDIT_CARD:
    case ZASLON_RU_INN:
    case ZASLON_RU_SNILS:
    case ZASLON_RU_OGRN:
    case ZASLON_RU_OMS:
    case ZASLON_RU_PASSPORT:
    case ZASLON_RU_BANK_ACCOUNT:
    case ZASLON_US_SSN:
        return true;
    default:
        return false;
    }
}

static void replace_all(zaslon_buf *b, const char *from, const char *to) {
    size_t fl = strlen(from), tl = strlen(to);
    char *p;
    while ((p = strstr(b->data, from)) != NULL) {
        memmove(p + tl, p + fl, b->len - (size_t)(p - b->data) - fl + 1);
        memcpy(p, to, tl);
        b->len -= fl - tl;
    }
}

/* "ivan[at]mail[dot]ru" is the address ivan@mail.ru. */
static void email_forms(int type, zaslon_buf *out) {
    if (type != ZASLON_EMAIL_ADDRESS || !out->data) return;
    static const char *const at[] = {"[at]", "(at)", "{at}", "[собака]", "(собака)", NULL};
    static const char *const dot[] = {"[dot]", "(dot)", "{dot}", "[.]", "[точка]", "(точка)", NULL};
    for (int k = 0; at[k]; k++)
        replace_all(out, at[k], "@");
    for (int k = 0; dot[k]; k++)
        replace_all(out, dot[k], ".");
}

bool zs_norm_key(int type, const unsigned char *s, size_t n, zaslon_buf *out) {
    zs_buf_clear(out);
    if (numeric_type(type)) {
        char d[64];
        size_t k = 0;
        for (size_t i = 0; i < n && k < sizeof d;) {
            size_t len;
            int v = zs_digit_at(s, n, i, &len);
            if (v >= 0) d[k++] = (char)('0' + v);
            i += v >= 0 ? len : 1;
        }
        if (type == ZASLON_PHONE_NUMBER) {
            /* 8 912 ... and +7 912 ... are one number; so is 912 ... without a code. */
            if (k == 11 && d[0] == '8') d[0] = '7';
            if (k == 10 && d[0] == '9') {
                if (!zs_buf_append(out, "7", 1)) return false;
            }
        }
        bool ok = zs_buf_append(out, d, k);
        zs_memzero(d, sizeof d);
        return ok;
    }
    if (type == ZASLON_PERSON) {
        /* one person in any grammatical case: "Петровой Анне" -> "анна петрова" (rec_person.c) */
        if (zs_person_key(s, n, out)) return true;
        zs_buf_clear(out);
    }
    /* ASCII (most e-mails, URLs, logins): NFKC and the default-ignorables change nothing, case
     * folding is tolower, and control characters and spaces go -- the result of the general path
     * below, without its two passes over code points (tests/unit_test.c checks they agree). One
     * pass: the first non-ASCII byte hands the value to the general path. */
    if (!zs_buf_reserve(out, n)) return false;
    size_t a = 0;
    for (; a < n && s[a] < 0x80; a++) {
        unsigned char c = s[a];
        if (c <= ' ' || c == 0x7F) continue;
        out->data[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out->data[out->len] = 0;
    if (a == n) {
        email_forms(type, out);
        return true;
    }
    zs_buf_clear(out);
    /* NFKC + case fold + drop default-ignorables, as utf8proc_map does, but into a buffer we
     * own (sized up front, retried once if a compatibility mapping expands further). */
    const utf8proc_option_t opts =
        UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_STRIPCC;
    utf8proc_ssize_t cap = (utf8proc_ssize_t)n + 16, got;
    utf8proc_int32_t *cps = malloc((size_t)cap * sizeof *cps);
    if (!cps) return false;
    got = utf8proc_decompose(s, (utf8proc_ssize_t)n, cps, cap, opts);
    if (got > cap) {
        zs_free_zero(cps, (size_t)cap * sizeof *cps);
        cap = got;
        cps = malloc((size_t)cap * sizeof *cps);
        if (!cps) return false;
        got = utf8proc_decompose(s, (utf8proc_ssize_t)n, cps, cap, opts);
    }
    if (got < 0) {
        /* invalid UTF-8 cannot be folded: compare the bytes as they are */
        zs_free_zero(cps, (size_t)cap * sizeof *cps);
        return zs_buf_append(out, s, n);
    }
    utf8proc_ssize_t fl = utf8proc_reencode(cps, got, opts);
    const utf8proc_uint8_t *folded = (const utf8proc_uint8_t *)cps;
    bool ok = fl >= 0;
    for (utf8proc_ssize_t i = 0; i < fl && ok;) {
        size_t len;
        int32_t cp = zs_decode(folded, (size_t)fl, (size_t)i, &len);
        if (!zs_is_space(cp)) ok = zs_buf_append(out, folded + i, len);
        i += (utf8proc_ssize_t)len;
    }
    zs_free_zero(cps, (size_t)cap * sizeof *cps);
    if (!ok) return false;
    email_forms(type, out);
    return true;
}
