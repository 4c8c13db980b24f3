/* marks.c — the first stage: byte masks over a chunk, 64 bytes a step, then position lists.
 * The SIMD and scalar paths only differ in how they make one 64-byte block's raw masks; word
 * starts, border handling and lists are shared, so they cannot drift apart there. */
#include "scan/marks.h"

#include <string.h>

#include "common/mem.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define ZS_MARKS_SIMD 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define ZS_MARKS_SIMD 1
#endif

enum { F_DIGIT = 1, F_ANY = 2, F_WORD = 4, F_WTRIG = 8, F_LINE = 16 };

/* Raw masks of one 64-byte block, bit k for byte k. */
typedef struct {
    uint64_t digit, any, word, wtrig, line;
} block;

static bool is_word_byte(int c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' ||
           c == '-' || c == '.' || c == '/' || c >= 0x80;
}

/* The SIMD code takes every ASCII punctuation byte as a possible `any` byte (few in text). */
static bool is_ascii_punct(int c) {
    return c >= 0x21 && c <= 0x7E && !(c >= '0' && c <= '9') &&
           !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

void zs_marks_cfg_init(zs_marks_cfg *cfg, const bool any[256], const bool at_word[256]) {
    memset(cfg, 0, sizeof *cfg);
    cfg->simd = true;
    int lo = -1, hi = -1;
    for (int c = 0; c <= 256; c++) {
        if (c < 256) {
            cfg->any[c] = any[c];
            cfg->at_word[c] = at_word[c];
            if (at_word[c] && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) cfg->simd = false;
            cfg->cls[c] = (unsigned char)((c >= '0' && c <= '9' ? F_DIGIT : 0) |
                                          (any[c] ? F_ANY : 0) | (is_word_byte(c) ? F_WORD : 0) |
                                          (at_word[c] ? F_WTRIG : 0) | (c == '\n' ? F_LINE : 0));
        }
        if (c < 128 && any[c] && !is_ascii_punct(c)) cfg->simd = false;
        if (c < 256 && (!any[c] || c < 128)) continue;
        if (c < 256 && lo >= 0 && c - hi <= ZS_MARKS_GAP + 1) {
            hi = c;
            continue;
        }
        if (lo >= 0) { /* close the range [lo, hi] */
            if (cfg->n_ranges == 16) {
                cfg->simd = false;
                break;
            }
            memset(cfg->range_lo[cfg->n_ranges], lo, 16);
            memset(cfg->range_span[cfg->n_ranges], hi - lo, 16);
            cfg->n_ranges++;
        }
        lo = hi = c;
    }
}

/* k bytes at p (k <= 64). */
static block block_scalar(const zs_marks_cfg *cfg, const unsigned char *p, size_t k) {
    block b = {0, 0, 0, 0, 0};
    for (size_t j = 0; j < k; j++) {
        unsigned f = cfg->cls[p[j]];
        uint64_t bit = (uint64_t)1 << j;
        if (f & F_DIGIT) b.digit |= bit;
        if (f & F_ANY) b.any |= bit;
        if (f & F_WORD) b.word |= bit;
        if (f & F_WTRIG) b.wtrig |= bit;
        if (f & F_LINE) b.line |= bit;
    }
    return b;
}

#if defined(__SSE2__)
/* SSE2 has only signed byte compares: a range test is min_epu8(x - lo, span) == x - lo. */
static inline __m128i in_range(__m128i v, int lo, int span) {
    __m128i d = _mm_sub_epi8(v, _mm_set1_epi8((char)lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((char)span)), d);
}

static inline uint64_t bits16(__m128i v) {
    return (uint64_t)(uint16_t)_mm_movemask_epi8(v);
}

static block block_simd(const zs_marks_cfg *cfg, const unsigned char *p) {
    block b = {0, 0, 0, 0, 0};
    for (int q = 0; q < 4; q++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * q));
        __m128i digit = in_range(v, '0', 9);
        __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 25);
        /* '-', '.', '/' and the digits are 0x2D..0x39; bytes >= 0x80 come from the sign bit */
        __m128i word = _mm_or_si128(_mm_or_si128(letter, in_range(v, '-', 12)),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
        /* 0x21..0x7E but letters and digits: ASCII punctuation */
        __m128i any = _mm_andnot_si128(_mm_or_si128(letter, digit), in_range(v, 0x21, 0x5D));
        for (int r = 0; r < cfg->n_ranges; r++) {
            __m128i d =
                _mm_sub_epi8(v, _mm_loadu_si128((const __m128i *)(const void *)cfg->range_lo[r]));
            __m128i span = _mm_loadu_si128((const __m128i *)(const void *)cfg->range_span[r]);
            any = _mm_or_si128(any, _mm_cmpeq_epi8(_mm_min_epu8(d, span), d));
        }
        int sh = 16 * q;
        b.digit |= bits16(digit) << sh;
        b.word |= (bits16(word) | bits16(v)) << sh;
        b.any |= bits16(any) << sh;
        b.wtrig |= bits16(letter) << sh;
        b.line |= bits16(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))) << sh;
    }
    return b;
}
#elif defined(__wasm_simd128__)
static inline v128_t in_range(v128_t v, int lo, int span) {
    return wasm_u8x16_le(wasm_i8x16_sub(v, wasm_i8x16_splat((int8_t)lo)),
                         wasm_u8x16_splat((uint8_t)span));
}

static inline uint64_t bits16(v128_t v) {
    return (uint64_t)(uint16_t)wasm_i8x16_bitmask(v);
}

static block block_simd(const zs_marks_cfg *cfg, const unsigned char *p) {
    block b = {0, 0, 0, 0, 0};
    for (int q = 0; q < 4; q++) {
        v128_t v = wasm_v128_load(p + 16 * q);
        v128_t digit = in_range(v, '0', 9);
        v128_t letter = in_range(wasm_v128_or(v, wasm_i8x16_splat(0x20)), 'a', 25);
        v128_t word = wasm_v128_or(wasm_v128_or(letter, in_range(v, '-', 12)),
                                   wasm_i8x16_eq(v, wasm_i8x16_splat('_')));
        v128_t any = wasm_v128_andnot(in_range(v, 0x21, 0x5D), wasm_v128_or(letter, digit));
        for (int r = 0; r < cfg->n_ranges; r++)
            any =
                wasm_v128_or(any, wasm_u8x16_le(wasm_i8x16_sub(v, wasm_v128_load(cfg->range_lo[r])),
                                                wasm_v128_load(cfg->range_span[r])));
        int sh = 16 * q;
        b.digit |= bits16(digit) << sh;
        b.word |= (bits16(word) | bits16(v)) << sh;
        b.any |= bits16(any) << sh;
        b.wtrig |= bits16(letter) << sh;
        b.line |= bits16(wasm_i8x16_eq(v, wasm_i8x16_splat('\n'))) << sh;
    }
    return b;
}
#endif

static size_t list_of(const uint64_t *bits, size_t nwords, uint16_t *out) {
    size_t n = 0;
    for (size_t w = 0; w < nwords; w++)
        for (uint64_t b = bits[w]; b; b &= b - 1)
            out[n++] = (uint16_t)((w << 6) + (size_t)__builtin_ctzll(b));
    return n;
}

static void marks_run(zs_marks *m, const zs_marks_cfg *cfg, const unsigned char *s, size_t len,
                      size_t base, bool simd) {
    size_t n = len - base < ZS_CHUNK ? len - base : ZS_CHUNK;
    m->base = base;
    m->n = n;
    uint64_t carry = base > 0 && (cfg->cls[s[base - 1]] & F_WORD);
    size_t nwords = (n + 63) / 64;
    for (size_t w = 0; w < nwords; w++) {
        const unsigned char *p = s + base + 64 * w;
        size_t k = n - 64 * w < 64 ? n - 64 * w : 64;
        block b;
#ifdef ZS_MARKS_SIMD
        if (simd && cfg->simd && k == 64) {
            b = block_simd(cfg, p);
        } else if (simd && cfg->simd) {
            /* the last bytes go through the same SIMD code, padded: loads stay inside the text */
            unsigned char pad[64] = {0};
            memcpy(pad, p, k);
            b = block_simd(cfg, pad);
            zs_memzero(pad, sizeof pad);
            uint64_t keep = ((uint64_t)1 << k) - 1;
            b.digit &= keep;
            b.any &= keep;
            b.word &= keep;
            b.wtrig &= keep;
            b.line &= keep;
        } else
#endif
            b = block_scalar(cfg, p, k);
        uint64_t starts = b.word & ~((b.word << 1) | carry);
        carry = b.word >> 63;
#ifdef ZS_MARKS_SIMD
        if (simd && cfg->simd) {
            /* the SIMD masks are supersets: keep the bytes the sets really hold */
            for (uint64_t x = b.any; x; x &= x - 1)
                if (!cfg->any[p[__builtin_ctzll(x)]]) b.any &= ~(x & -x);
            b.wtrig &= starts;
            for (uint64_t x = b.wtrig; x; x &= x - 1)
                if (!cfg->at_word[p[__builtin_ctzll(x)]]) b.wtrig &= ~(x & -x);
        }
#endif
        m->digit[w] = b.digit;
        m->trig[w] = b.any | (starts & b.wtrig);
        m->word[w] = starts;
        m->line[w] = b.line;
    }
    (void)simd;
    m->has_lists = false;
}

void zs_marks_lists(zs_marks *m) {
    if (m->has_lists) return;
    size_t nwords = (m->n + 63) / 64;
    m->n_digit = list_of(m->digit, nwords, m->l_digit);
    m->n_trig = list_of(m->trig, nwords, m->l_trig);
    m->n_word = list_of(m->word, nwords, m->l_word);
    m->n_line = list_of(m->line, nwords, m->l_line);
    m->has_lists = true;
}

void zs_marks_chunk(zs_marks *m, const zs_marks_cfg *cfg, const unsigned char *s, size_t len,
                    size_t base) {
    marks_run(m, cfg, s, len, base, true);
}

void zs_marks_chunk_scalar(zs_marks *m, const zs_marks_cfg *cfg, const unsigned char *s, size_t len,
                           size_t base) {
    marks_run(m, cfg, s, len, base, false);
}
