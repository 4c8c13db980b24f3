/* scan/marks.h — the first stage of a scan: one pass of byte masks over a chunk of the text
 * (SSE2 natively, SIMD128 in wasm, a scalar loop otherwise; all three give the same bits) and the
 * position lists made from them. Later stages walk these lists and bit sets instead of testing
 * every byte. The marks are derived from message text: they live in the scan's scratch and are
 * zeroed with it. Not installed. */
#ifndef ZASLON_SCAN_MARKS_H
#define ZASLON_SCAN_MARKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes a chunk covers: a power of two, a multiple of 64, small enough for uint16_t offsets and
 * for the chunk plus its marks to stay in L1/L2 while the recognizers read it. */
#define ZS_CHUNK 8192
#define ZS_CHUNK_WORDS (ZS_CHUNK / 64)
#define ZS_MARKS_GAP 3

/* Which bytes the caller (the candidate pass) wants marked; made once by zs_marks_cfg_init. */
typedef struct {
    bool any[256];     /* trigger bytes wherever they are ('@', ':', a UTF-8 lead byte...) */
    bool at_word[256]; /* trigger bytes only at a word start (letters that start a key) */
    /* How the SIMD code tests them: `any` as "ASCII punctuation" and a few ranges of bytes
     * >= 0x80 (gaps of up to ZS_MARKS_GAP bytes merged), a superset whose hits are checked
     * against any[]; at_word as "an ASCII letter", checked against at_word[] at word starts
     * only. simd is false when at_word holds
     * anything else or `any` an ASCII byte other than punctuation: then the scalar code runs. */
    bool simd;
    int n_ranges;
    unsigned char range_lo[16][16], range_span[16][16]; /* each byte repeated for a vector load */
    unsigned char cls[256];                             /* the scalar code's per-byte flags */
} zs_marks_cfg;

/* The marks of one chunk [base, base + n) of a text.
 *
 * Contracts (positions are offsets from base; bit k of word w is offset 64 w + k):
 * - digit: ASCII '0'-'9'.
 * - trig: a byte of cfg->any, or a byte of cfg->at_word that is a word start.
 * - word: word starts. A word byte is an ASCII letter or digit, '_', '-', '.', '/', or any byte
 *   >= 0x80 (so a UTF-8 character is all word bytes, and "ivan.petrov/x-1" is one word); a word
 *   start is a word byte at offset 0 of the text or after a byte that is not one. The byte before
 *   a chunk is looked at, so a word (or a UTF-8 character) across a chunk border starts once, in
 *   the chunk where it begins. A word start may be a digit or a UTF-8 lead byte; a continuation
 *   byte only in invalid UTF-8.
 * - line: '\n'.
 * Lists hold the same positions in increasing order (n_* entries each), made by zs_marks_lists
 * on first use (the candidate pass walks the bits; the lists are for passes that visit most marks). Bits past n in the last
 * word are zero; words after it keep an older chunk's bits (never read). */
typedef struct {
    size_t base, n;
    uint64_t digit[ZS_CHUNK_WORDS], trig[ZS_CHUNK_WORDS], word[ZS_CHUNK_WORDS],
        line[ZS_CHUNK_WORDS];
    uint16_t l_digit[ZS_CHUNK], l_trig[ZS_CHUNK], l_word[ZS_CHUNK], l_line[ZS_CHUNK];
    size_t n_digit, n_trig, n_word, n_line;
    bool has_lists;
} zs_marks;

void zs_marks_cfg_init(zs_marks_cfg *cfg, const bool any[256], const bool at_word[256]);

/* Marks the chunk of s[0, len) that starts at base (base < len, a multiple of ZS_CHUNK or any
 * offset): with SIMD where the build has it. */
void zs_marks_chunk(zs_marks *m, const zs_marks_cfg *cfg, const unsigned char *s, size_t len,
                    size_t base);
/* The same with the scalar code only: the reference the SIMD code is tested against. */
void zs_marks_chunk_scalar(zs_marks *m, const zs_marks_cfg *cfg, const unsigned char *s, size_t len,
                           size_t base);

/* Fills the chunk's lists from its bits, once per chunk. */
void zs_marks_lists(zs_marks *m);

/* The first position >= from (absolute, from >= m->base) set in digit | trig, or SIZE_MAX when
 * none is left in the chunk. */
static inline size_t zs_marks_next_cand(const zs_marks *m, size_t from) {
    size_t off = from - m->base;
    if (off >= m->n) return SIZE_MAX;
    size_t w = off >> 6;
    uint64_t bits = (m->digit[w] | m->trig[w]) & (~(uint64_t)0 << (off & 63));
    while (!bits) {
        if (++w >= ZS_CHUNK_WORDS || (w << 6) >= m->n) return SIZE_MAX;
        bits = m->digit[w] | m->trig[w];
    }
    return m->base + (w << 6) + (size_t)__builtin_ctzll(bits);
}

/* How many ASCII digits run from position p (absolute, inside the chunk), counted to the chunk's
 * end at most: the digit reader takes a whole group in one step. */
static inline size_t zs_marks_digit_run(const zs_marks *m, size_t p) {
    size_t off = p - m->base, run = 0;
    while (off < m->n) {
        /* the shift brings in zeros, and bits past n are zero: the run stops at both */
        size_t sh = off & 63;
        uint64_t bits = m->digit[off >> 6] >> sh;
        size_t k = ~bits ? (size_t)__builtin_ctzll(~bits) : 64;
        run += k;
        off += k;
        if (sh + k < 64) break; /* the run ends inside this word */
    }
    return run;
}

#endif
