/* rec_lex.c — a Russian word's readings in the proper-name lexicon (zl_ru_lex: OpenCorpora's
 * first names, surnames, places and organisations, nominative singular only).
 *
 * The lexicon keeps no case forms (a sixth of the size), so a word is looked up as written and
 * after undoing each case ending it has: "Ивановой" -> Иванова, "Ковача" -> Ковач, "Марии" ->
 * Мария, "Москве" -> Москва. An undone masculine or feminine ending keeps only that sex's
 * readings. The ordinary words that an undone ending would turn into a name («Власти», «Найди»)
 * are in the lexicon as such (ZL_LX_NOTNAME): tools/gen-lexicon.mjs keeps its copy of the rules
 * below in step. Every comparison is bounded by the key's length (tail_is). */
#include "recognize/ling.h"

enum {
    KEEP_M = ZL_LX_NAME_M | ZL_LX_SURN_M | ZL_LX_PLACE | ZL_LX_COMMON,
    KEEP_F = ZL_LX_NAME_F | ZL_LX_SURN_F | ZL_LX_PLACE | ZL_LX_COMMON,
    KEEP_ALL = 0xFF
};

static const struct {
    const char *end, *rep;
    uint8_t el, rl, keep;
} rules[] = {
#define R(e, r, k)                                                                                 \
    { e, r, (uint8_t)(sizeof e - 1), (uint8_t)(sizeof r - 1), k }
    /* consonant stems: Ковача, Белоусову, Ковачем, Белоусовым, Ковальчуке */
    R("а", "", KEEP_M),
    R("у", "", KEEP_M),
    R("ом", "", KEEP_M),
    R("ем", "", KEEP_M),
    R("е", "", KEEP_M),
    R("ым", "", KEEP_M),
    R("им", "", KEEP_M),
    /* -а stems: Анны, Ольги, Анне, Анну, Анной, Ивановой */
    R("ы", "а", KEEP_ALL),
    R("и", "а", KEEP_ALL),
    R("е", "а", KEEP_ALL),
    R("у", "а", KEEP_ALL),
    R("ой", "а", KEEP_ALL),
    R("ою", "а", KEEP_ALL),
    R("ей", "а", KEEP_ALL),
    /* -я stems: Марии, Марию, Марией, Софии */
    R("и", "я", KEEP_ALL),
    R("е", "я", KEEP_ALL),
    R("ю", "я", KEEP_ALL),
    R("ей", "я", KEEP_ALL),
    R("ею", "я", KEEP_ALL),
    /* -й and -ь stems: Андрея, Андрею, Андреем, Игоря, Любови */
    R("я", "й", KEEP_M),
    R("ю", "й", KEEP_M),
    R("ем", "й", KEEP_M),
    R("е", "й", KEEP_M),
    R("я", "ь", KEEP_M),
    R("ю", "ь", KEEP_M),
    R("ем", "ь", KEEP_M),
    R("е", "ь", KEEP_M),
    R("и", "ь", KEEP_F),
    R("ью", "ь", KEEP_F),
    /* adjectival surnames: Достоевского, Толстому, Раневской */
    R("ого", "ий", KEEP_M),
    R("ому", "ий", KEEP_M),
    R("им", "ий", KEEP_M),
    R("ом", "ий", KEEP_M),
    R("ого", "ой", KEEP_M),
    R("ому", "ой", KEEP_M),
    R("ым", "ой", KEEP_M),
    R("ом", "ой", KEEP_M),
    R("ого", "ый", KEEP_M),
    R("ому", "ый", KEEP_M),
    R("ым", "ый", KEEP_M),
    R("ой", "ая", KEEP_F),
    R("ую", "ая", KEEP_F),
#undef R
};

/* The rules whose ending ends in a given letter, in the table's order (which decides whose lemma
 * is copied): a word tries only those, not all 45. Bucket: the last letter's two bytes (every
 * ending is Cyrillic, D0/D1 and a continuation byte). Built by zl_lex_init (zl_init, once). */
#define LB_MAX 16
static uint8_t by_last[128][LB_MAX], n_last[128];
static bool by_last_ok; /* false: a bucket overflowed, every rule is tried */

static unsigned last_bucket(const unsigned char *e) {
    return (unsigned)(e[0] & 1) << 6 | (e[1] & 0x3F);
}

void zl_lex_init(void) {
    memset(n_last, 0, sizeof n_last);
    by_last_ok = false;
    for (unsigned r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        const unsigned char *e = (const unsigned char *)rules[r].end + rules[r].el - 2;
        if (rules[r].el < 2 || e[0] < 0xD0 || e[0] > 0xD1) return;
        unsigned b = last_bucket(e);
        if (n_last[b] == LB_MAX) return;
        by_last[b][n_last[b]++] = (uint8_t)r;
    }
    by_last_ok = true;
}

/* A loop, not memcmp: the endings are two to six bytes and a word tries every rule, so the call
 * cost more than the comparison (callgrind: half of this file's instructions). */
static bool tail_is(const unsigned char *k, size_t l, const char *suf, size_t sl) {
    if (l < sl) return false;
    const unsigned char *t = k + l - sl, *u = (const unsigned char *)suf;
    for (size_t i = sl; i-- > 0;)
        if (t[i] != u[i]) return false;
    return true;
}

static void copy_lemma(unsigned char *dst, const unsigned char *src, size_t l) {
    if (!dst || dst[0] || l >= ZL_KEY_MAX) return;
    memcpy(dst, src, l);
    dst[l] = 0;
}

static uint32_t ord_mix(uint32_t h) {
    h = (h ^ (h >> 16)) * 0x85ebca6bu;
    h = (h ^ (h >> 13)) * 0xc2b2ae35u;
    return h ^ (h >> 16);
}

/* Whether every one of the k positions of FNV-1a hash h (mixed, then double hashing) is set in
 * the bit set of 2^bits bits: tools/ordset.mjs's ordSet places them so (keep the two in step). */
static bool ord_probe(uint32_t h, const uint8_t *set, unsigned bits, unsigned k) {
    uint32_t a = ord_mix(h), b = ord_mix(a + 0x9e3779b9u) | 1u;
    for (unsigned i = 0; i < k; i++) {
        uint32_t p = (a + i * b) >> (32 - bits);
        if (!(set[p >> 3] & (1u << (p & 7)))) return false;
    }
    return true;
}

/* Whether FNV-1a hash h is a member of filter f: the fingerprints at its three positions XOR to
 * its own (tools/ordset.mjs's fuseSet: place() and has(); keep the two in step). */
static bool fuse_has(const zl_fuse *f, uint32_t h) {
    uint32_t a = ord_mix(h ^ f->seed), b = ord_mix(a + 0x9e3779b9u), c = ord_mix(b + 0x7f4a7c15u);
    uint32_t h0 = (uint32_t)(((uint64_t)a * f->seg_count_len) >> 32), m = f->seg_len - 1;
    uint32_t h1 = (h0 + f->seg_len) ^ ((b >> 16) & m), h2 = (h0 + 2 * f->seg_len) ^ (b & m);
    return (uint8_t)(f->fp[h0] ^ f->fp[h1] ^ f->fp[h2]) == (uint8_t)c;
}

bool zl_ru_ordinary(const unsigned char *k, size_t l) {
    if (l < 6 || l >= ZL_KEY_MAX || k[0] < 0xD0 || k[0] > 0xD1) return false;
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < l; i++)
        h = (h ^ k[i]) * 0x01000193u;
    return ord_probe(h, zl_ru_ord_set, zl_ru_ord_bits, zl_ru_ord_k);
}

/* The same over a Latin key (a-z only, three letters or more) and one of the English sets. */
static bool latin_probe(const unsigned char *k, size_t l, const zl_fuse *f) {
    if (l < 3 || l >= ZL_KEY_MAX) return false;
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < l; i++) {
        if (k[i] < 'a' || k[i] > 'z') return false;
        h = (h ^ k[i]) * 0x01000193u;
    }
    return fuse_has(f, h);
}

/* The generator leaves the English name tables' keys out of the set, so a key of theirs that the
 * bits call ordinary is one of the set's false positives ("Kwesi's manager" was refused as an
 * everyday word): the tables answer for their own keys. */
bool zl_en_ordinary(const unsigned char *k, size_t l) {
    return latin_probe(k, l, &zl_en_ord_fuse) && !zl_flags(&zl_en_first, k, l) &&
           !zl_flags(&zl_en_last, k, l) && !zl_flags(&zl_abroad_last, k, l);
}

/* Which case-ending rules may apply to key k: all of them (by_last unbuilt: *only NULL) or the
 * bucket of the key's last letter (*only lists their indexes). Returns how many. */
static size_t rules_for(const unsigned char *k, size_t l, const uint8_t **only) {
    *only = NULL;
    if (!by_last_ok) return sizeof rules / sizeof rules[0];
    bool cyr = k[l - 2] >= 0xD0 && k[l - 2] <= 0xD1 && (k[l - 1] & 0xC0) == 0x80;
    *only = by_last[cyr ? last_bucket(k + l - 2) : 0];
    return cyr ? n_last[last_bucket(k + l - 2)] : 0;
}

uint8_t zl_lex_flags(const unsigned char *k, size_t l, unsigned char *name_lem,
                     unsigned char *surn_lem) {
    uint8_t all = 0;
    unsigned char buf[ZL_KEY_MAX];
    if (l < 4 || l >= ZL_KEY_MAX || k[0] < 0xD0) return 0; /* two Cyrillic letters at least */
    const uint8_t *only;
    size_t tries = rules_for(k, l, &only);
    for (size_t i = 0; i <= tries; i++) {
        size_t r = i == 0 ? 0 : (only ? only[i - 1] + 1u : i);
        const unsigned char *cand = k;
        size_t cl = l;
        uint8_t keep = KEEP_ALL;
        if (r > 0) {
            size_t el = rules[r - 1].el, rl = rules[r - 1].rl;
            /* the stem keeps two letters at least */
            if (l < el + 4 || !tail_is(k, l, rules[r - 1].end, el) || l - el + rl >= ZL_KEY_MAX)
                continue;
            memcpy(buf, k, l - el);
            memcpy(buf + l - el, rules[r - 1].rep, rl);
            cand = buf;
            cl = l - el + rl;
            keep = rules[r - 1].keep;
        }
        int f = zl_flags(&zl_ru_lex, cand, cl);
        if (!f) continue;
        bool named = f & (ZL_LX_NAME_M | ZL_LX_NAME_F | ZL_LX_SURN_M | ZL_LX_SURN_F);
        if (r == 0 && (f & ZL_LX_NOTNAME) && !named) /* «Власти» is not Власта's */
            return ZL_LX_COMMON | ZL_LX_NOTNAME;
        uint8_t x = (uint8_t)(f & keep & 0x7F);
        if (named) x &= (uint8_t)~ZL_LX_NOTNAME; /* there: possessive adjectives (ling.h) */
        if (x & (ZL_LX_NAME_M | ZL_LX_NAME_F)) copy_lemma(name_lem, cand, cl);
        if (x & (ZL_LX_SURN_M | ZL_LX_SURN_F)) copy_lemma(surn_lem, cand, cl);
        all |= x;
    }
    return all;
}

int zl_brand_flags(const unsigned char *k, size_t l) {
    unsigned char buf[ZL_KEY_MAX];
    if (l < 4 || l >= ZL_KEY_MAX || k[0] < 0xD0 || k[0] > 0xD1) return 0;
    int f = zl_flags(&zl_ru_brand, k, l);
    if (f) return f;
    /* a case form of a brand's nominative: the same endings as names («Ладу», «Сбера»,
     * «Мегафоне», «Вайбером»); only the rules of the key's last letter, as zl_lex_flags */
    const uint8_t *only;
    size_t tries = rules_for(k, l, &only);
    for (size_t i = 0; i < tries; i++) {
        size_t r = only ? only[i] : i;
        size_t el = rules[r].el, rl = rules[r].rl;
        if (l < el + 4 || !tail_is(k, l, rules[r].end, el) || l - el + rl >= ZL_KEY_MAX) continue;
        memcpy(buf, k, l - el);
        memcpy(buf + l - el, rules[r].rep, rl);
        f = zl_flags(&zl_ru_brand, buf, l - el + rl);
        if (f) return f;
    }
    return 0;
}

bool zl_en_brand(const unsigned char *k, size_t l) {
    return latin_probe(k, l, &zl_en_brand_fuse);
}
