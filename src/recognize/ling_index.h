/* ling_index.h — the look-up tables of the linguistic pass (rec_ling.c).
 *
 * They depend only on the dictionaries and the keyword lists, so they are made at build time:
 * tools/gen-ling-index.c runs rec_ling.c's own builder (compiled in only with ZL_GENERATOR) and
 * writes them as the constant build/gen/zl_index.c that every build links. Building them at run
 * time cost every process ~3.7 M instructions in its first policy compile — 5–15 ms in a freshly
 * loaded (not yet optimised) wasm module, the largest part of the engine's start-up. */
#ifndef ZASLON_LING_INDEX_H
#define ZASLON_LING_INDEX_H

#include "recognize/ling.h"

#define ZL_MAX_KW 1024
#define ZL_KH_SIZE 2048
/* three letter codes of 0..59 each */
#define ZL_NAME3_BITS (60 * 60 * 60)

/* A run of keywords in kw_sorted that share a three- or four-letter prefix. */
typedef struct {
    uint32_t key; /* prefix + 1 (0: empty); bit 31 set for four-letter prefixes */
    uint16_t start;
    uint8_t count;
    uint8_t open; /* some keyword of the run matches longer words (stem or noun) */
} zl_kh_slot;

typedef struct {
    /* the keyword index: every keyword list sorted by prefix, and a hash of the prefixes */
    const zl_kw *kw_sorted[ZL_MAX_KW];
    uint8_t kw_len[ZL_MAX_KW]; /* strlen of each key */
    zl_kh_slot kh[ZL_KH_SIZE];
    uint8_t noun_len[64]; /* strlen + 1 of each noun ending */
    /* byte kinds of the word walk (B_* in rec_ling.c) */
    uint8_t bkind[256];
    /* second byte of a D0/D1 sequence: letter code (0: other Cyrillic letters) | 0x40 if upper */
    uint8_t cyr2[2][64];
    /* first three letter codes of every name and its short case forms */
    uint8_t name3[ZL_NAME3_BITS / 8 + 1];
    /* the same for the first four letters, hashed into 2^19 bits */
    uint8_t name4[1 << 16];
    /* first three letter codes of every keyword prefix */
    uint8_t kw3[ZL_NAME3_BITS / 8 + 1];
    uint16_t gap_ascii[128]; /* zl_gap of one ASCII character */
    uint8_t fastw[256];      /* bytes of a fast-path word: ASCII letters, D0, D1, continuations */
    uint8_t startb[256];     /* bytes that may start a word: ASCII letters, lead bytes */
} zl_index;

/* build/gen/zl_index.c */
extern const zl_index zl_ix;

#ifdef ZL_GENERATOR
/* Builds the tables from the dictionaries and keyword lists (tools/gen-ling-index.c only). */
const zl_index *zl_index_build(void);
#endif

#endif
