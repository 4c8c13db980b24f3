/* util.c — memory that is wiped before it is released, and small UTF-8 helpers. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "common/mem.h"
#include "common/text.h"

void zs_memzero(void *p, size_t n) {
    /* A volatile function pointer keeps the compiler from eliding the wipe of a buffer that is
     * about to be freed. */
    static void *(*volatile do_memset)(void *, int, size_t) = memset;
    if (p && n) do_memset(p, 0, n);
}

/* Not inlined, so that its array lies below the caller's frame — where the frames of the scan
 * that just returned held folded words, name keys and digit copies. A page's scripts can read a
 * wasm module's whole linear memory, stack included, so those copies must not outlive the call. */
__attribute__((noinline)) void zs_stack_wipe(void) {
    unsigned char area[ZS_STACK_WIPE_BYTES];
    zs_memzero(area, sizeof area);
}

void zs_free_zero(void *p, size_t n) {
    if (!p) return;
    zs_memzero(p, n);
    free(p);
}

void *zs_array_room(void *items, size_t n, size_t *cap, size_t size, size_t first) {
    if (n < *cap) return items;
    size_t c = *cap ? *cap : first;
    if (*cap && c > ((size_t)-1) / 2 / size) return NULL;
    if (*cap) c *= 2;
    /* Not realloc: the old block held personal data and must be wiped, not just released. */
    void *p = malloc(c * size);
    if (!p) return NULL;
    if (items) {
        memcpy(p, items, n * size);
        zs_free_zero(items, *cap * size);
    }
    *cap = c;
    return p;
}

bool zs_buf_reserve(zaslon_buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->capacity) return true;
    size_t cap = b->capacity ? b->capacity : 256;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) return false;
        cap *= 2;
    }
    /* Not realloc: the old block held message text and must be wiped, not just released. */
    char *p = malloc(cap);
    if (!p) return false;
    if (b->data) {
        memcpy(p, b->data, b->len);
        zs_free_zero(b->data, b->capacity);
    }
    b->data = p;
    b->capacity = cap;
    return true;
}

bool zs_buf_append(zaslon_buf *b, const void *data, size_t n) {
    if (!zs_buf_reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

void zs_buf_clear(zaslon_buf *b) {
    if (b->data) zs_memzero(b->data, b->len + 1 <= b->capacity ? b->len + 1 : b->capacity);
    b->len = 0;
}

void zaslon_buf_free(zaslon_buf *b) {
    if (!b) return;
    zs_free_zero(b->data, b->capacity);
    b->data = NULL;
    b->len = b->capacity = 0;
}

int32_t zs_decode(const unsigned char *s, size_t n, size_t i, size_t *len) {
    unsigned char c = s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) {
        *len = 1;
        return -1;
    }
    *len = (size_t)k;
    return cp;
}

size_t zs_prev_start(const unsigned char *s, size_t i) {
    size_t j = i - 1;
    /* At most three continuation bytes belong to one code point. */
    for (int k = 0; k < 3 && j > 0 && (s[j] & 0xC0) == 0x80; k++)
        j--;
    return j;
}

int zs_digit_at(const unsigned char *s, size_t n, size_t i, size_t *len) {
    unsigned char c = s[i];
    if (c >= '0' && c <= '9') {
        *len = 1;
        return c - '0';
    }
    /* Full-width digits U+FF10..U+FF19 are EF BC 90..99. */
    if (c == 0xEF && i + 2 < n && s[i + 1] == 0xBC && s[i + 2] >= 0x90 && s[i + 2] <= 0x99) {
        *len = 3;
        return s[i + 2] - 0x90;
    }
    /* Arabic-Indic U+0660..0669 (D9 A0..A9) and extended U+06F0..06F9 (DB B0..B9): a number
     * written in them reads the same to a person and to a model. */
    if (c == 0xD9 && i + 1 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xA9) {
        *len = 2;
        return s[i + 1] - 0xA0;
    }
    if (c == 0xDB && i + 1 < n && s[i + 1] >= 0xB0 && s[i + 1] <= 0xB9) {
        *len = 2;
        return s[i + 1] - 0xB0;
    }
    /* Mathematical digits U+1D7CE..1D7FF (F0 9D 9F 8E..BF): five styles of 0-9 in a row. */
    if (c == 0xF0 && i + 3 < n && s[i + 1] == 0x9D && s[i + 2] == 0x9F && s[i + 3] >= 0x8E) {
        *len = 4;
        return (s[i + 3] - 0x8E) % 10;
    }
    return -1;
}

bool zs_is_letter(int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

bool zs_is_alnum(int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND);
}

bool zs_is_invisible(int32_t cp) {
    if (cp < 0x80) return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_CF;
}

bool zs_is_number_filler(int32_t cp) {
    if (cp <= 0) return true; /* NUL, or a byte that is no UTF-8 */
    if (cp < 0x80) return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_CF || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME;
}

bool zs_is_space(int32_t cp) {
    if (cp == ' ') return true;
    if (cp < 0x80) return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool zs_is_dash(int32_t cp) {
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2013) || cp == 0x2212 || cp == 0xFE63 ||
           cp == 0xFF0D;
}

/* The folded form of the Cyrillic letters D0 80..BF and D1 80..BF: D0 90..AF (upper case) become
 * D0 B0..BF / D1 80..8F, Ё and ё become е, the rest stay. A table, not branches: lower-case
 * text alternates between D0 and D1 unpredictably. */
#define FOLD_D0(b)                                                                                 \
    ((b) == 0x81                  ? 0xD0B5                                                         \
     : (b) >= 0x90 && (b) <= 0x9F ? 0xD000 | ((b) + 0x20)                                          \
     : (b) >= 0xA0 && (b) <= 0xAF ? 0xD100 | ((b)-0x20)                                            \
                                  : 0xD000 | (b))
#define FOLD_D1(b) ((b) == 0x91 ? 0xD0B5 : 0xD100 | (b))
#define FOLD4(F, b) F(b), F((b) + 1), F((b) + 2), F((b) + 3)
#define FOLD16(F, b) FOLD4(F, b), FOLD4(F, (b) + 4), FOLD4(F, (b) + 8), FOLD4(F, (b) + 12)
#define FOLD64(F) FOLD16(F, 0x80), FOLD16(F, 0x90), FOLD16(F, 0xA0), FOLD16(F, 0xB0)
static const uint16_t cyr_fold[2][64] = {{FOLD64(FOLD_D0)}, {FOLD64(FOLD_D1)}};

/* Eight ASCII bytes at once: A-Z gain 0x20, every other byte below 0x80 stays. Each byte plus
 * either constant stays below 0x100, so no carry crosses into the next byte. */
static uint64_t fold_ascii8(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);
    return w | ((ge_a & ~gt_z & ones * 0x80) >> 2);
}

/* Are the eight bytes four lower-case Russian letters that the fold leaves as they are: D0 B0..BF
 * (а-п) or D1 80..8F (р-я)? Per 16-bit lane (lead byte low), the lead is D0 or D1 and the second
 * byte's high nibble is B after D0, 8 after D1: nibble + 3 * (lead & 1) == B. */
static bool cyr_lower4(uint64_t w) {
    const uint64_t lanes = 0x0001000100010001ull;
    return (w & lanes * 0xFE) == lanes * 0xD0 &&
           ((w >> 12) & lanes * 0xF) + 3 * (w & lanes) == lanes * 0xB;
}

size_t zs_fold_ctx(const unsigned char *s, size_t start, size_t end, char *out, size_t cap) {
    size_t o = 0, i = start;
    /* The fold never writes more bytes than it reads (ASCII and Cyrillic keep their length, any
     * other character is re-encoded from its own bytes or dropped), so while the whole window
     * fits the loop below never reaches the cap: it copies ASCII eight bytes a step. */
    if (end > start && end - start + 4 <= cap) {
        while (i < end) {
            unsigned char c = s[i];
            if (c < 0x80) {
                uint64_t w;
                if (end - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull))) {
                    w = fold_ascii8(w);
                    memcpy(out + o, &w, 8);
                    o += 8;
                    i += 8;
                    continue;
                }
                out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
                i++;
                continue;
            }
            if ((c & 0xFE) == 0xD0 && i + 1 < end && (s[i + 1] & 0xC0) == 0x80) {
                uint64_t w;
                if (end - i >= 8 && (memcpy(&w, s + i, 8), cyr_lower4(w))) {
                    memcpy(out + o, &w, 8);
                    o += 8;
                    i += 8;
                    continue;
                }
                unsigned v = cyr_fold[c & 1][s[i + 1] & 0x3F];
                out[o++] = (char)(v >> 8);
                out[o++] = (char)(v & 0xFF);
                i += 2;
                continue;
            }
            break; /* anything else: the general loop below */
        }
    }
    while (i < end && o + 3 < cap) {
        unsigned char c = s[i];
        if (c < 0x80) {
            out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        }
        if ((c & 0xFE) == 0xD0 && i + 1 < end && (s[i + 1] & 0xC0) == 0x80) {
            unsigned v = cyr_fold[c & 1][s[i + 1] & 0x3F];
            out[o++] = (char)(v >> 8);
            out[o++] = (char)(v & 0xFF);
            i += 2;
            continue;
        }
        size_t len;
        int32_t cp = zs_decode(s, end, i, &len);
        i += len;
        if (cp < 0 || zs_is_invisible(cp)) continue;
        if (cp >= 0x410 && cp <= 0x42F) cp += 0x20; /* А-Я -> а-я */
        if (cp == 0x401 || cp == 0x451) cp = 0x435; /* Ё, ё -> е */
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
        if (o + (size_t)k >= cap) break;
        memcpy(out + o, buf, (size_t)k);
        o += (size_t)k;
    }
    out[o] = '\0';
    return o;
}

static unsigned pair_hash(unsigned char a, unsigned char b) {
    return (a * 31u + b) & 255;
}

void zs_stem_filter_init(zs_stem_filter *f, const char *const *stems) {
    memset(f, 0, sizeof *f);
    f->stems = stems;
    for (const char *const *st = stems; *st; st++) {
        const unsigned char *k = (const unsigned char *)*st;
        if (!k[0] || !k[1]) {
            f->has_short = true;
            continue;
        }
        unsigned h = pair_hash(k[0], k[1]);
        f->bits[h >> 5] |= 1u << (h & 31);
        f->first[k[0] >> 6] |= 1ull << (k[0] & 63);
    }
}

bool zs_has_stem_f(const unsigned char *s, size_t start, size_t end, const zs_stem_filter *f) {
    /* A leading space lets a stem such as " ип " demand a word start. */
    char buf[256];
    buf[0] = ' ';
    size_t len = 1 + zs_fold_ctx(s, start, end, buf + 1, sizeof buf - 1);
    const char *const *stems = f->stems;
    if (f->has_short)
        for (const char *const *st = stems; *st; st++)
            if ((!(*st)[0] || !(*st)[1]) && strstr(buf, *st)) return true;
    /* One pass over the (short) window instead of a strstr per stem: a 256-bit filter of the
     * stems' first two bytes says where a comparison is worth making. */
    const uint32_t *bits = f->bits;
    const unsigned char *b = (const unsigned char *)buf;
    for (size_t p = 0; p + 1 < len; p++) {
        if (!((f->first[b[p] >> 6] >> (b[p] & 63)) & 1)) continue; /* one byte before the pair */
        unsigned h = pair_hash(b[p], b[p + 1]);
        if (!((bits[h >> 5] >> (h & 31)) & 1)) continue;
        for (const char *const *st = stems; *st; st++) {
            const unsigned char *k = (const unsigned char *)*st;
            if (k[0] == b[p] && k[1] == b[p + 1] && strncmp(buf + p, *st, strlen(*st)) == 0)
                return true;
        }
    }
    return false;
}

bool zs_has_stem(const unsigned char *s, size_t start, size_t end, const char *const *stems) {
    zs_stem_filter f;
    zs_stem_filter_init(&f, stems);
    return zs_has_stem_f(s, start, end, &f);
}

size_t zs_line_from(const unsigned char *s, size_t a, size_t i) {
    /* eight bytes a step while they hold no '\n' (a zero byte of w ^ "\n\n..." is one) */
    const uint64_t ones = 0x0101010101010101ull;
    while (i - a >= 8) {
        uint64_t w;
        memcpy(&w, s + i - 8, 8);
        w ^= ones * '\n';
        if ((w - ones) & ~w & ones * 0x80) break;
        i -= 8;
    }
    for (; i > a; i--)
        if (s[i - 1] == '\n') return i;
    return a;
}

size_t zs_ctx_from(const unsigned char *s, size_t n, size_t start, size_t back) {
    size_t a = zs_line_from(s, start > back ? start - back : 0, start);
    while (a > 0 && a < n && (s[a] & 0xC0) == 0x80)
        a++;
    return a;
}

size_t zs_ctx_to(const unsigned char *s, size_t n, size_t end, size_t fwd) {
    size_t b = end + fwd < n ? end + fwd : n;
    if (b > end) {
        const unsigned char *nl = memchr(s + end, '\n', b - end);
        if (nl) b = (size_t)(nl - s);
    }
    return b;
}

void zs_ctx_window(const unsigned char *s, size_t n, size_t start, size_t end, size_t back,
                   size_t fwd, size_t *pa, size_t *pb) {
    *pa = zs_ctx_from(s, n, start, back);
    *pb = zs_ctx_to(s, n, end, fwd);
}

bool zs_context(const unsigned char *s, size_t n, size_t start, size_t end, size_t back, size_t fwd,
                const char *const *stems) {
    size_t a, b;
    zs_ctx_window(s, n, start, end, back, fwd, &a, &b);
    return zs_has_stem(s, a, start, stems) || zs_has_stem(s, end, b, stems);
}

size_t zs_fmt_uint(char *out, unsigned long long v) {
    char rev[20];
    size_t n = 0;
    do {
        rev[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++)
        out[i] = rev[n - 1 - i];
    out[n] = '\0';
    return n;
}

size_t zs_fmt_int(char *out, long long v) {
    if (v >= 0) return zs_fmt_uint(out, (unsigned long long)v);
    out[0] = '-';
    /* the magnitude in unsigned arithmetic: -LLONG_MIN does not fit a long long */
    return 1 + zs_fmt_uint(out + 1, 0ull - (unsigned long long)v);
}

cJSON *zs_json_add_int(cJSON *obj, const char *key, long long v) {
    char digits[24];
    zs_fmt_int(digits, v);
    return cJSON_AddRawToObject(obj, key, digits);
}

bool zs_ascii_word_in(const unsigned char *s, size_t len, const char *const *list) {
    for (int k = 0; list[k]; k++) {
        if (strlen(list[k]) != len) continue;
        size_t j = 0;
        while (j < len &&
               (s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j]) == (unsigned char)list[k][j])
            j++;
        if (j == len) return true;
    }
    return false;
}
