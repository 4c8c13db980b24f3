/* marks_test.c — the first stage's masks and lists (src/scan/marks.c): the SIMD code gives the
 * scalar code's results, and both give what the contract in marks.h says, byte by byte, on random
 * text and on the edges (chunk borders, UTF-8 split by a border, 0x00 bytes, short tails). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "scan/marks.h"

static zs_marks_cfg cfg;
static zs_marks simd, scalar;

/* The candidate pass's sets (pipeline/scan.c), spelled out again so this test does not lean on
 * the code it checks. */
static void make_cfg(void) {
    bool any[256] = {0}, at_word[256] = {0};
    const char *punct = "@[({<:=-";
    for (const char *p = punct; *p; p++)
        any[(unsigned char)*p] = true;
    any[0xEF] = any[0xD9] = any[0xDB] = any[0xF0] = true;
    for (int c = 'A'; c <= 'Z'; c++)
        at_word[c] = true;
    for (const char *p = "eglrstvxy"; *p; p++)
        at_word[(unsigned char)*p] = true;
    zs_marks_cfg_init(&cfg, any, at_word);
}

static bool word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' ||
           c == '-' || c == '.' || c == '/' || c >= 0x80;
}

/* The contract of marks.h for one position, from the bytes alone. */
static void expect_at(const unsigned char *s, size_t p, bool *digit, bool *trig, bool *word,
                      bool *line) {
    unsigned char c = s[p];
    *digit = c >= '0' && c <= '9';
    *word = word_byte(c) && (p == 0 || !word_byte(s[p - 1]));
    *trig = cfg.any[c] || (cfg.at_word[c] && *word);
    *line = c == '\n';
}

static bool bit(const uint64_t *b, size_t off) {
    return (b[off >> 6] >> (off & 63)) & 1;
}

static void check_list(const uint16_t *list, size_t n, const uint64_t *bits, size_t len) {
    size_t k = 0;
    for (size_t off = 0; off < len; off++)
        if (bit(bits, off)) {
            assert_true(k < n);
            assert_int_equal(list[k], off);
            k++;
        }
    assert_int_equal(k, n);
}

/* Every chunk of s: SIMD == scalar == the contract, and the lists follow the bits. */
static void check_text(const unsigned char *s, size_t len) {
    for (size_t base = 0; base < len; base += ZS_CHUNK) {
        memset(&simd, 0xA5, sizeof simd); /* stale bits must not leak into a shorter chunk */
        zs_marks_chunk(&simd, &cfg, s, len, base);
        zs_marks_chunk_scalar(&scalar, &cfg, s, len, base);
        zs_marks_lists(&simd);
        zs_marks_lists(&scalar);
        size_t n = len - base < ZS_CHUNK ? len - base : ZS_CHUNK, nw = (n + 63) / 64;
        assert_int_equal(simd.base, base);
        assert_int_equal(simd.n, n);
        assert_memory_equal(simd.digit, scalar.digit, nw * 8);
        assert_memory_equal(simd.trig, scalar.trig, nw * 8);
        assert_memory_equal(simd.word, scalar.word, nw * 8);
        assert_memory_equal(simd.line, scalar.line, nw * 8);
        assert_int_equal(simd.n_digit, scalar.n_digit);
        assert_int_equal(simd.n_trig, scalar.n_trig);
        assert_int_equal(simd.n_word, scalar.n_word);
        assert_int_equal(simd.n_line, scalar.n_line);
        assert_memory_equal(simd.l_digit, scalar.l_digit, simd.n_digit * 2);
        assert_memory_equal(simd.l_trig, scalar.l_trig, simd.n_trig * 2);
        assert_memory_equal(simd.l_word, scalar.l_word, simd.n_word * 2);
        assert_memory_equal(simd.l_line, scalar.l_line, simd.n_line * 2);
        for (size_t off = 0; off < nw * 64; off++) {
            bool d = false, t = false, w = false, l = false;
            if (off < n) expect_at(s, base + off, &d, &t, &w, &l);
            if (bit(simd.digit, off) != d || bit(simd.trig, off) != t || bit(simd.word, off) != w ||
                bit(simd.line, off) != l)
                fail_msg("chunk %zu offset %zu byte 0x%02X: digit %d/%d trig %d/%d word %d/%d "
                         "line %d/%d",
                         base, off, off < n ? s[base + off] : 0, bit(simd.digit, off), d,
                         bit(simd.trig, off), t, bit(simd.word, off), w, bit(simd.line, off), l);
        }
        check_list(simd.l_digit, simd.n_digit, simd.digit, n);
        check_list(simd.l_trig, simd.n_trig, simd.trig, n);
        check_list(simd.l_word, simd.n_word, simd.word, n);
        check_list(simd.l_line, simd.n_line, simd.line, n);
        /* the digit reader's runs: every ASCII digit, counted to the chunk's end */
        for (size_t off = 0; off < n; off++) {
            if (!bit(simd.digit, off)) continue;
            size_t want = 0;
            while (off + want < n && s[base + off + want] >= '0' && s[base + off + want] <= '9')
                want++;
            assert_int_equal(zs_marks_digit_run(&simd, base + off), want);
        }
        /* the candidate walk finds exactly digit | trig, in order */
        size_t p = base, seen = 0;
        while ((p = zs_marks_next_cand(&simd, p)) != SIZE_MAX) {
            assert_true(bit(simd.digit, p - base) || bit(simd.trig, p - base));
            seen++;
            p++;
        }
        size_t want = 0;
        for (size_t off = 0; off < n; off++)
            want += bit(simd.digit, off) || bit(simd.trig, off);
        assert_int_equal(seen, want);
    }
}

/* Bytes drawn mostly from the ones the masks care about. */
static unsigned char pick(unsigned *seed) {
    static const unsigned char alphabet[] = "09aAzZ@[({<:=-_./ \n\t\x00\xEF\xD9\xDB\xF0\xD0\xD1"
                                            "\x80\xBF\x9A\xBC\x7F\xC0\xFFsgx`{|}~/:;?";
    *seed = *seed * 1103515245u + 12345u;
    unsigned r = (*seed >> 16) & 0x7FFF;
    if (r & 1) return (unsigned char)(r >> 1);
    return alphabet[(r >> 1) % (sizeof alphabet - 1)];
}

static void test_marks_random(void **state) {
    (void)state;
    static const size_t lens[] = {1,
                                  15,
                                  16,
                                  63,
                                  64,
                                  65,
                                  127,
                                  200,
                                  ZS_CHUNK - 1,
                                  ZS_CHUNK,
                                  ZS_CHUNK + 1,
                                  2 * ZS_CHUNK + 63,
                                  3 * ZS_CHUNK + 37};
    assert_true(cfg.simd); /* else both sides below would be the scalar code */
    unsigned seed = 12345;
    unsigned char *s = malloc(4 * ZS_CHUNK);
    assert_non_null(s);
    for (int round = 0; round < 4; round++)
        for (size_t k = 0; k < sizeof lens / sizeof *lens; k++) {
            for (size_t i = 0; i < lens[k]; i++)
                s[i] = pick(&seed);
            check_text(s, lens[k]);
        }
    free(s);
}

static void test_marks_edges(void **state) {
    (void)state;
    size_t len = 2 * ZS_CHUNK + 10;
    unsigned char *s = calloc(1, len); /* all 0x00: nothing marked */
    assert_non_null(s);
    check_text(s, len);
    /* "Ж" (D0 96) split by the border: the word starts once, in the first chunk */
    memset(s, ' ', len);
    s[ZS_CHUNK - 1] = 0xD0;
    s[ZS_CHUNK] = 0x96;
    s[ZS_CHUNK + 1] = 'X';
    check_text(s, len);
    zs_marks_chunk(&simd, &cfg, s, len, ZS_CHUNK);
    assert_false(bit(simd.word, 0));
    assert_false(bit(simd.trig, 1)); /* 'X' after a UTF-8 letter is inside the word */
    zs_marks_chunk(&simd, &cfg, s, len, 0);
    assert_true(bit(simd.word, ZS_CHUNK - 1));
    /* a word start right at the border, after a space, and one after a 0x00 */
    s[ZS_CHUNK - 1] = ' ';
    s[ZS_CHUNK] = 'A';
    s[2 * ZS_CHUNK - 1] = 0x00;
    s[2 * ZS_CHUNK] = 'g';
    check_text(s, len);
    zs_marks_chunk(&simd, &cfg, s, len, ZS_CHUNK);
    assert_true(bit(simd.word, 0) && bit(simd.trig, 0));
    zs_marks_chunk(&simd, &cfg, s, len, 2 * ZS_CHUNK);
    assert_true(bit(simd.word, 0) && bit(simd.trig, 0));
    /* digit runs that end at, cross and fill 64-byte words and the chunk */
    memset(s, ' ', len);
    memset(s + 60, '7', 4);
    memset(s + 130, '1', 200);
    memset(s + ZS_CHUNK - 64, '5', 80);
    memset(s + 2 * ZS_CHUNK - 3, '2', 13);
    check_text(s, len);
    /* every byte value, at every position of a 16-byte lane */
    for (size_t i = 0; i < len; i++)
        s[i] = (unsigned char)(i * 7 + i / 256);
    check_text(s, len);
    free(s);
}

int main(void) {
    make_cfg();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_marks_random),
        cmocka_unit_test(test_marks_edges),
    };
    return cmocka_run_group_tests_name("marks", tests, NULL, NULL);
}
