/* rec_ling.c — the linguistic pass: one walk over the words of the text after the candidate pass.
 *
 * A word costs a few table look-ups: the codes of its first three and four letters find the run
 * of keywords (topic stems, cues, address and birth words) that could match it in a small hash
 * index, and only then is the word folded and compared; a bit set of the first letters of every
 * first name (and its case forms) decides whether a capitalised word is worth the person
 * recognizer, as are words after a cue and lower-case words shaped like a patronymic or a surname
 * next to a first name. Recognizers look around their word (a bounded number of words or bytes)
 * and return where the pass resumes, so every byte is read a constant number of times and nothing
 * is allocated per word. The look-up tables are made at build time (ling_index.h); the hash indexes
 * of the two big name tables are built once, thread-safely, by zl_init(). */
#include <stdlib.h>
#include <utf8proc.h>

#include "recognize/ling.h"
#include "recognize/ling_index.h"
#include "recognize/tagger.h"

#ifdef ZL_GENERATOR
static zl_index built; /* filled by zl_index_build() for tools/gen-ling-index.c */
static const zl_index *const ix = &built;
#else
static const zl_index *const ix = &zl_ix;
#endif

/* ---- dictionary look-up -----------------------------------------------------------------------
 */

static int key_cmp(const unsigned char *a, const unsigned char *k, size_t kl) {
    /* a is NUL-terminated; k has length kl. */
    for (size_t i = 0; i < kl; i++) {
        if (a[i] != k[i]) return a[i] == 0 ? -1 : (a[i] < k[i] ? -1 : 1);
    }
    return a[kl] == 0 ? 0 : 1;
}

int zl_find(const zl_table *t, const unsigned char *key, size_t len) {
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = key_cmp(t->blob + t->off[mid], key, len);
        if (c == 0) return (int)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* ---- characters and words ----------------------------------------------------------------------
 */

static bool is_hyphen(int32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
static bool is_apos(int32_t cp) {
    return cp == '\'' || cp == 0x2019;
}

/* A letter, a combining mark or an invisible character at i; *len gets its length. */
static inline bool wordchar_at(const unsigned char *s, size_t n, size_t i, size_t *len,
                               int32_t *cpo) {
    unsigned char c = s[i];
    if (c < 0x80) {
        *len = 1;
        *cpo = c;
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    if ((c == 0xD0 || c == 0xD1) && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        *len = 2;
        *cpo = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
        return true; /* U+0400..U+047F: all Cyrillic letters */
    }
    int32_t cp = zs_decode(s, n, i, len);
    *cpo = cp;
    return zs_is_letter(cp) || zs_is_invisible(cp);
}

bool zl_letter_at(const unsigned char *s, size_t n, size_t i) {
    if (i >= n) return false;
    /* ASCII and U+0400..U+047F (all letters, none invisible) without the call to
     * zs_is_invisible: the neighbour walks ask it of every byte of a gap and a word's start */
    unsigned char c = s[i];
    if (c < 0x80) return (unsigned char)((c | 0x20) - 'a') < 26;
    if ((c & 0xFE) == 0xD0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) return true;
    size_t len;
    int32_t cp;
    return wordchar_at(s, n, i, &len, &cp) && !zs_is_invisible(cp);
}

size_t zl_word_end(const unsigned char *s, size_t lim, size_t i) {
    size_t len;
    int32_t cp;
    while (i < lim) {
        /* Russian and ASCII letters, what wordchar_at says of them, without its branches on
         * each: the tagger and the person rules find the end of every word they read */
        while (i + 1 < lim && (s[i] & 0xFE) == 0xD0 && (s[i + 1] & 0xC0) == 0x80)
            i += 2;
        while (i < lim && (unsigned char)((s[i] | 0x20) - 'a') < 26)
            i++;
        if (i >= lim) break;
        if (wordchar_at(s, lim, i, &len, &cp)) {
            i += len;
            continue;
        }
        /* one hyphen or apostrophe between letters belongs to the word (not the possessive 's) */
        if ((is_hyphen(cp) || is_apos(cp)) && i + len < lim && zl_letter_at(s, lim, i + len) &&
            i > 0 &&
            !(is_apos(cp) && (s[i + len] | 0x20) == 's' && !zl_letter_at(s, lim, i + len + 1))) {
            i += len;
            continue;
        }
        break;
    }
    return i;
}

/* Latin letters that look like Cyrillic ones (upper, lower), for words that mix the scripts. */
static int32_t lookalike(int32_t cp) {
    switch (cp) {
    case 'A':
    case 'a':
        return 0x430;
    case 'B':
        return 0x432;
    case 'C':
    case 'c':
        return 0x441;
    case 'E':
    case 'e':
        return 0x435;
    case 'H':
        return 0x43D;
    case 'K':
    case 'k':
        return 0x43A;
    case 'M':
        return 0x43C;
    case 'O':
    case 'o':
        return 0x43E;
    case 'P':
    case 'p':
        return 0x440;
    case 'T':
        return 0x442;
    case 'X':
    case 'x':
        return 0x445;
    case 'Y':
    case 'y':
        return 0x443;
    default:
        return -1;
    }
}

/* Latin letters with diacritics: Latin-1, Extended-A/B, Extended Additional (Vietnamese). */
static bool latin_ext(int32_t cp) {
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

static bool cp_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return latin_ext(cp) && utf8proc_isupper(cp);
}

/* A Latin letter with a diacritic as the ASCII letters a key keeps, lower case («José» jose,
 * «Müller» muller, «Łukasz» lukasz, «Straße» strasse): names are written both ways, and the name
 * tables hold the plain spelling (tools/gen-names.mjs folds the same way). Returns how many
 * letters it wrote to out, 0 for a letter with no plain spelling. */
static int latin_plain(int32_t cp, int32_t out[2]) {
    switch (cp) {
    case 0xDF: /* ß */
    case 0x1E9E:
        out[0] = out[1] = 's';
        return 2;
    case 0xC6: /* Æ æ */
    case 0xE6:
        out[0] = 'a', out[1] = 'e';
        return 2;
    case 0x152: /* Œ œ */
    case 0x153:
        out[0] = 'o', out[1] = 'e';
        return 2;
    case 0xDE: /* Þ þ */
    case 0xFE:
        out[0] = 't', out[1] = 'h';
        return 2;
    case 0xD8: /* Ø ø */
    case 0xF8:
        out[0] = 'o';
        return 1;
    case 0x141: /* Ł ł */
    case 0x142:
        out[0] = 'l';
        return 1;
    case 0x110: /* Đ đ */
    case 0x111:
        out[0] = 'd';
        return 1;
    case 0x131: /* ı */
        out[0] = 'i';
        return 1;
    default:
        break;
    }
    utf8proc_int32_t d[4];
    int bc = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(
        cp, d, 4, UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE, &bc);
    if (k != 1 || d[0] < 'a' || d[0] > 'z') return 0;
    out[0] = d[0];
    return 1;
}

static bool put_utf8(zl_tok *t, size_t *o, int32_t cp) {
    unsigned char b[4];
    size_t k;
    if (cp < 0x80)
        b[0] = (unsigned char)cp, k = 1;
    else if (cp < 0x800)
        b[0] = (unsigned char)(0xC0 | (cp >> 6)), b[1] = (unsigned char)(0x80 | (cp & 0x3F)), k = 2;
    else
        return false; /* we never keep characters beyond U+07FF in a key */
    if (*o + k >= ZL_KEY_MAX) return false;
    memcpy(t->key + *o, b, k);
    *o += k;
    return true;
}

/* Eight bytes read little-endian (the first byte the lowest). */
static inline uint64_t load8(const unsigned char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
#else
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = v << 8 | p[k];
    return v;
#endif
}

/* Four lower-case Russian letters that fold to themselves (D0 B0..BF, D1 80..8F) in the eight
 * bytes at p (read little-endian: each letter is a 16-bit lane, its lead byte the low one). A lane
 * masked to F0FF must equal B0D0 or 80D1; a lane is zero exactly when adding 7FFF to its low 15
 * bits leaves its top bit clear and it had none of its own (no carry crosses a lane). */
static inline bool ru_lower4(uint64_t v) {
    const uint64_t lo = 0x7FFF7FFF7FFF7FFFull, hi = 0x8000800080008000ull;
    uint64_t m = v & 0xF0FFF0FFF0FFF0FFull;
    uint64_t a = m ^ 0xB0D0B0D0B0D0B0D0ull, b = m ^ 0x80D180D180D180D1ull;
    uint64_t za = ~(((a & lo) + lo) | a), zb = ~(((b & lo) + lo) | b);
    return ((za | zb) & hi) == hi;
}

/* The fast path of zl_fold_word: a word of Russian and ASCII letters only (no other Cyrillic
 * letters, no look-alike mixing, no invisible characters). Returns false to take the slow path. */
static bool fold_fast(const unsigned char *s, size_t n, zl_tok *t) {
    size_t o = 0, letters = 0, upper = 0;
    bool first_upper = false, cyr = false, lat = false;
    for (size_t i = t->s; i < t->e;) {
        unsigned char b = s[i];
        if (o + 2 >= ZL_KEY_MAX) return false;
        if (b < 0x80) {
            if (b >= 'A' && b <= 'Z') {
                upper++;
                if (!letters) first_upper = true;
                b |= 0x20;
            } else if (!(b >= 'a' && b <= 'z')) {
                if (b != '-' && b != '\'') return false;
                t->key[o++] = b;
                i++;
                continue;
            }
            lat = true;
            letters++;
            t->key[o++] = b;
            i++;
            /* the lower-case ASCII letters after it in a tight loop: for each, the loop's steps
             * above would answer the same (o + 2 < ZL_KEY_MAX, a letter a..z, copied as it is) */
            size_t i0 = i;
            while (i < t->e && o + 2 < ZL_KEY_MAX && (unsigned char)(s[i] - 'a') < 26)
                t->key[o++] = s[i++];
            letters += i - i0;
            continue;
        }
        /* four lower-case Russian letters that are their own fold: copied a step (the loop
         * refuses the key where o + 2 >= ZL_KEY_MAX at a letter: o + 8 < ZL_KEY_MAX covers all
         * four). Not for ASCII: English words are mostly shorter than eight bytes, and the test
         * at every ASCII letter cost more than the steps saved (wnut17 text +0.1 M). */
        if (i + 8 <= t->e && o + 8 < ZL_KEY_MAX && ru_lower4(load8(s + i))) {
            memcpy(t->key + o, s + i, 8);
            cyr = true;
            letters += 4;
            o += 8;
            i += 8;
            continue;
        }
        if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return false;
        unsigned char c = s[i + 1];
        if (b == 0xD0) {
            if (c >= 0x90 && c <= 0x9F) { /* А..П */
                upper++;
                if (!letters) first_upper = true;
                t->key[o++] = 0xD0, t->key[o++] = (unsigned char)(c + 0x20);
            } else if (c >= 0xA0 && c <= 0xAF) { /* Р..Я */
                upper++;
                if (!letters) first_upper = true;
                t->key[o++] = 0xD1, t->key[o++] = (unsigned char)(c - 0x20);
            } else if (c == 0x81) { /* Ё */
                upper++;
                if (!letters) first_upper = true;
                t->key[o++] = 0xD0, t->key[o++] = 0xB5;
            } else if (c >= 0xB0) {
                t->key[o++] = 0xD0, t->key[o++] = c;
            } else
                return false;
        } else if (b == 0xD1) {
            if (c <= 0x8F)
                t->key[o++] = 0xD1, t->key[o++] = c;
            else if (c == 0x91)
                t->key[o++] = 0xD0, t->key[o++] = 0xB5; /* ё */
            else
                return false;
        } else {
            return false;
        }
        cyr = true;
        letters++;
        i += 2;
    }
    if (cyr && lat) return false;
    t->key[o] = 0;
    t->klen = (uint8_t)o;
    t->nlet = (uint8_t)(letters > 255 ? 255 : letters);
    t->kase = !first_upper       ? ZL_LOWER
              : upper == letters ? (letters > 1 ? ZL_UPPER : ZL_TITLE)
              : upper == 1       ? ZL_TITLE
                                 : ZL_MIXED;
    t->script = (uint8_t)((cyr ? ZL_CYR : 0) | (lat ? ZL_LAT : 0));
    return true;
}

void zl_fold_word(const unsigned char *s, size_t n, zl_tok *t) {
    if (fold_fast(s, n, t)) return;
    zl_fold_word_general(s, n, t);
}

/* Not inlined: its 64-entry array and registers would make every call of zl_fold_word pay the
 * prologue (wnut17 text +0.1 M) for a path taken by a few words in a thousand. */
__attribute__((noinline)) void zl_fold_word_general(const unsigned char *s, size_t n, zl_tok *t) {
    int32_t cps[ZL_KEY_MAX];
    size_t m = 0, len, upper = 0, letters = 0;
    bool cyr = false, lat = false, first_upper = false, ok = true;
    for (size_t i = t->s; i < t->e && i < n; i += len) {
        int32_t cp;
        wordchar_at(s, n, i, &len, &cp);
        if (cp < 0 || zs_is_invisible(cp) || cp == 0x301) continue;
        if (is_hyphen(cp))
            cp = '-';
        else if (is_apos(cp))
            cp = '\'';
        else {
            bool up = cp_upper(cp);
            if (letters == 0) first_upper = up;
            upper += up;
            letters++;
            if (cp >= 0x400 && cp <= 0x4FF)
                cyr = true;
            else if (cp < 0x80)
                lat = true;
        }
        if (m < ZL_KEY_MAX)
            cps[m++] = cp;
        else
            ok = false;
    }
    t->nlet = (uint8_t)(letters > 255 ? 255 : letters);
    t->kase = !first_upper       ? ZL_LOWER
              : upper == letters ? (letters > 1 ? ZL_UPPER : ZL_TITLE)
              : upper == 1       ? ZL_TITLE
                                 : ZL_MIXED;
    size_t o = 0;
    bool mixed = cyr && lat;
    t->script = 0;
    for (size_t k = 0; k < m && ok; k++) {
        int32_t cp = cps[k];
        if (mixed && cp < 0x80 && cp != '-' && cp != '\'') {
            cp = lookalike(cp);
            if (cp < 0) ok = false;
        }
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') cp += 32;
            if (cp != '-' && cp != '\'') t->script |= ZL_LAT;
        } else if (cp >= 0x410 && cp <= 0x42F) {
            cp += 0x20;
        } else if (cp >= 0x400 && cp <= 0x40F) {
            cp += 0x50;
        }
        if (cp == 0x451) cp = 0x435; /* ё -> е */
        if (cp >= 0x430 && cp <= 0x45F) {
            t->script |= ZL_CYR;
        } else if (cp >= 0x80) {
            int32_t pl[2];
            int np = latin_ext(cp) ? latin_plain(cp, pl) : 0;
            ok = np > 0;
            for (int j = 0; j < np && ok; j++)
                ok = put_utf8(t, &o, pl[j]);
            if (ok) t->script |= ZL_LAT;
            continue;
        }
        if (ok) ok = put_utf8(t, &o, cp);
    }
    if (!ok) o = 0;
    t->key[o] = '\0';
    t->klen = (uint8_t)o;
}

bool zl_next_span(const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t) {
    if (lim > n) lim = n;
    while (i < lim && !zl_letter_at(s, n, i))
        i++;
    if (i >= lim) return false;
    t->s = i;
    t->e = zl_word_end(s, n, i);
    return true;
}

bool zl_next_word(const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t) {
    if (!zl_next_span(s, n, i, lim, t)) return false;
    zl_fold_word(s, n, t);
    return true;
}

/* zs_prev_start, with the one- and two-byte characters of chat text decided inline: the tagger
 * reads two words back from every capitalised word. */
static inline size_t prev_start(const unsigned char *s, size_t j) {
    unsigned char c = s[j - 1];
    if (c < 0x80) return j - 1;
    if (j >= 2 && (c & 0xC0) == 0x80 && (s[j - 2] & 0xC0) != 0x80) return j - 2;
    return zs_prev_start(s, j);
}

bool zl_prev_span(const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t) {
    /* back over non-letters, then over the word; then read it forwards */
    size_t j = i;
    while (j > lim) {
        size_t p = prev_start(s, j);
        if (zl_letter_at(s, n, p)) break;
        j = p;
    }
    if (j <= lim) return false;
    size_t e = j;
    while (j > lim) {
        /* a Russian or ASCII letter: what one step of the general case below does, without
         * decoding (the tagger reads back two words from every capitalised word) */
        if (j >= 2 && (s[j - 2] & 0xFE) == 0xD0 && (s[j - 1] & 0xC0) == 0x80) {
            j -= 2;
            continue;
        }
        if ((unsigned char)((s[j - 1] | 0x20) - 'a') < 26) {
            j--;
            continue;
        }
        size_t p = prev_start(s, j);
        size_t len;
        int32_t cp;
        if (wordchar_at(s, n, p, &len, &cp)) {
            j = p;
            continue;
        }
        if ((is_hyphen(cp) || is_apos(cp)) && p > lim && zl_letter_at(s, n, prev_start(s, p))) {
            j = p;
            continue;
        }
        break;
    }
    t->s = j;
    t->e = e;
    return true;
}

bool zl_prev_word(const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t) {
    if (!zl_prev_span(s, n, i, lim, t)) return false;
    zl_fold_word(s, n, t);
    return true;
}

bool zl_is(const zl_tok *t, const char *key) {
    /* one pass, no strlen: called for every entry of the word lists */
    const unsigned char *k = (const unsigned char *)key;
    for (size_t i = 0; i < t->klen; i++)
        if (k[i] != t->key[i] || k[i] == 0) return false;
    return k[t->klen] == 0;
}

bool zl_in(const zl_tok *t, const char *const *list) {
    /* the first two bytes filter: one Cyrillic letter (the first byte alone is D0 or D1 for all) */
    for (; *list; list++)
        if ((unsigned char)(*list)[0] == t->key[0] && (unsigned char)(*list)[1] == t->key[1] &&
            zl_is(t, *list))
            return true;
    return false;
}

bool zl_starts(const zl_tok *t, const char *prefix) {
    size_t l = strlen(prefix);
    return t->klen >= l && memcmp(t->key, prefix, l) == 0;
}

bool zl_starts_any(const zl_tok *t, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (zl_starts(t, list[i])) return true;
    return false;
}

bool zl_kw_next_ok(const unsigned char *s, size_t n, size_t e, const zl_kw *kw) {
    if (!kw->next) return true;
    zl_tok nx;
    size_t lim = e + 6 < n ? e + 6 : n;
    bool unless = kw->next[0] == '!';
    if (!zl_next_word(s, n, e, lim, &nx)) return unless;
    return unless ? !zl_is(&nx, kw->next + 1) : zl_starts(&nx, kw->next);
}

size_t zl_nchars(const unsigned char *key, size_t len) {
    size_t c = 0;
    for (size_t i = 0; i < len; i++)
        c += (key[i] & 0xC0) != 0x80;
    return c;
}

unsigned zl_gap(const unsigned char *s, size_t n, size_t a, size_t b) {
    unsigned g = 0;
    size_t len;
    for (size_t i = a; i < b && i < n; i += len) {
#ifndef ZL_GENERATOR /* the generator makes gap_ascii with this function */
        if (s[i] < 0x80) {
            g |= ix->gap_ascii[s[i]]; /* the same answer as below, from a table */
            len = 1;
            continue;
        }
#endif
        int32_t cp = zs_decode(s, n, i, &len);
        if (cp == '\n' || cp == '\r' || cp == 0x2028)
            g |= ZL_GAP_NL;
        else if (cp == '\t')
            g |= ZL_GAP_SPACE | ZL_GAP_CELL;
        else if (zs_is_space(cp))
            g |= ZL_GAP_SPACE;
        else if (zs_is_invisible(cp))
            continue;
        else if (cp == ',')
            g |= ZL_GAP_COMMA;
        else if (cp == ';' || cp == '|')
            g |= ZL_GAP_COMMA | ZL_GAP_CELL;
        else if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
            g |= ZL_GAP_STOP;
        else if (cp == ':' || cp == '=')
            g |= ZL_GAP_COLON;
        else if (cp >= '0' && cp <= '9')
            g |= ZL_GAP_DIGIT;
        else if (zs_is_dash(cp) || cp == 0x2014)
            g |= ZL_GAP_DASH;
        else if (cp == '"' || cp == '\'' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
                 cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x201E)
            g |= ZL_GAP_QUOTE;
        else
            g |= ZL_GAP_OTHER;
    }
    return g;
}

/* ---- keywords
 * ------------------------------------------------------------------------------------- */

/* Case endings of nouns and adjectives, for ZL_M_NOUN. */
static const char *const noun_endings[] = {
    "",   "а",  "я",   "у",   "ю",  "ом", "ем",  "е",   "и",   "ы",   "ой",  "ей",
    "ою", "ею", "ами", "ями", "ах", "ях", "ам",  "ям",  "ов",  "ев",  "ь",   "ью",
    "ый", "ий", "ая",  "яя",  "ое", "ее", "ые",  "ие",  "ого", "его", "ому", "ему",
    "ым", "им", "ую",  "юю",  "ых", "их", "ыми", "ими", "s",   "es",  "'s",  NULL};

static bool match_len(const zl_kw *kw, size_t kl, const unsigned char *key, size_t len) {
    if (len < kl || memcmp(key, kw->key, kl) != 0) return false;
    switch (kw->match) {
    case ZL_M_EXACT:
        return len == kl;
    case ZL_M_STEM:
        return kw->extra == 255 || zl_nchars(key + kl, len - kl) <= kw->extra;
    default:
        for (int k = 0; noun_endings[k]; k++) {
            size_t el = (size_t)ix->noun_len[k] - 1;
            if (len - kl == el && memcmp(key + kl, noun_endings[k], el) == 0) return true;
        }
        return false;
    }
}

bool zl_kw_match(const zl_kw *kw, const unsigned char *key, size_t len) {
    return match_len(kw, strlen(kw->key), key, len);
}

bool zl_kw_match_len(const zl_kw *kw, size_t kl, const unsigned char *key, size_t len) {
    return match_len(kw, kl, key, len);
}

/* Letter code of a folded key's character: а..я -> 1..32 (ё is е), a..z -> 33..58, else 0. */
static unsigned letter_code_cp(int32_t cp) {
    if (cp >= 'A' && cp <= 'Z') cp += 32;
    if (cp >= 'a' && cp <= 'z') return 33 + (unsigned)(cp - 'a');
    if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
    if (cp == 0x451 || cp == 0x401) cp = 0x435;
    if (cp >= 0x430 && cp <= 0x44F) return 1 + (unsigned)(cp - 0x430);
    return 0;
}

#ifdef ZL_GENERATOR
/* The keyword index: keywords of four letters or more are found by their first four letter codes,
 * shorter ones by their first three (padded with 0); each prefix maps to a run of kw_sorted. */
static uint32_t pack_prefix(const unsigned char *key, size_t l, int letters) {
    size_t i = 0, len;
    uint32_t p = 0;
    for (int j = 0; j < letters; j++) {
        unsigned c = 0;
        while (i < l && (key[i] == '-' || key[i] == '\''))
            i++; /* the pass skips them too */
        if (i < l) {
            c = letter_code_cp(zs_decode(key, l, i, &len));
            i += len;
        }
        p = p << 6 | c;
    }
    return p;
}

static bool kw_long(const zl_kw *k) {
    size_t letters = 0;
    for (const char *c = k->key; *c; c++)
        letters += ((*c & 0xC0) != 0x80) && *c != '-' && *c != '\'';
    return letters >= 4;
}

static uint32_t kw_prefix(const zl_kw *k) {
    const unsigned char *key = (const unsigned char *)k->key;
    return kw_long(k) ? pack_prefix(key, strlen(k->key), 4) | 0x80000000u
                      : pack_prefix(key, strlen(k->key), 3);
}
#endif

/* Hash indexes over the name tables and the lexicon (built by zl_init): one probe instead of a
 * binary search. Entries are table index + 1 (0: empty). They stay a run-time build (~2 M
 * instructions, 63 k keys): stored, a hash table's order does not compress. */
#define HX_BITS 13
/* the lexicon (zl_ru_lex, ~49 k keys) is probed up to a dozen times per capitalised word, once
 * per case ending undone: a quarter-full table of 2^17 keeps that a probe or two each */
#define HX_LEX_BITS 17
/* zl_en_first holds ~19,000 keys with Moby's and faker's other locales' names: its index must
 * stay under half full */
#define HX_EN_BITS 16
static uint16_t hx_ru[1 << HX_BITS], hx_en[1 << HX_EN_BITS], hx_lex[1 << HX_LEX_BITS];
/* the surname tables (~500 keys each) are probed for every new word the tagger classes: a
 * binary search cost ~300 instructions a word, a half-empty hash index (4 KB each) ~60; a table
 * grown past half the index keeps the binary search */
#define HX_SUR_BITS 11
#define HX_SUR_MAX (1u << (HX_SUR_BITS - 1))
/* with the surname tables, small tables the tagger and the rules ask of most capitalised words,
 * binary searches of ~9 steps (key comparisons) before: the English words never alone, East Asian
 * surnames, street suffixes, brands (~0.5 M instructions on 60 KB of tweets). Keys are unique in
 * every table (a sorted table's equal keys would be neighbours: test_small_tables_hashed checks),
 * so a probe finds the entry the binary search found. One list, so that building and probing
 * cannot name different tables. */
static const zl_table *const hx_small_tables[] = {&zl_ru_surname, &zl_en_last,     &zl_en_notlone,
                                                  &zl_ru_brand,   &zl_abroad_last, &zl_en_street,
                                                  &zl_ru_city};
#define HX_NSMALL (sizeof hx_small_tables / sizeof hx_small_tables[0])
static uint16_t hx_small[HX_NSMALL][1 << HX_SUR_BITS];
static int init_state; /* 0 not built, 1 building, 2 ready */

/* Eight bytes a step: FNV-1a's byte loop was 5.8 M of zl_init's 7.2 M instructions (63 k keys of
 * ~15 bytes), which every fresh page pays in its first compilePolicy(), and zl_flags hashes each
 * new key a dozen times. Any well-mixed hash will do: the index is built at run time, never
 * stored. */
static uint32_t hx_hash(const unsigned char *k, size_t l, int bits) {
    const uint64_t m = 0xff51afd7ed558ccdu;
    uint64_t h = 0x9e3779b97f4a7c15u ^ l;
    size_t i = 0;
    uint64_t w;
    for (; i + 8 <= l; i += 8) {
        memcpy(&w, k + i, 8);
        h = (h ^ w) * m;
        h ^= h >> 32;
    }
    if (i < l) {
        if (l >= 8) {
            memcpy(&w, k + l - 8, 8); /* the last eight bytes, overlapping the step before */
        } else {
            uint32_t a = 0;
            uint16_t b = 0;
            if (l & 4) memcpy(&a, k, 4);
            if (l & 2) memcpy(&b, k + (l & 4), 2);
            w = (uint64_t)a | (uint64_t)b << 32 | (uint64_t)(l & 1 ? k[l - 1] : 0) << 48;
        }
        h = (h ^ w) * m;
    }
    h ^= h >> 29;
    h *= 0xc4ceb9fe1a85ec53u;
    h ^= h >> 32;
    return (uint32_t)(h >> (64 - bits));
}

/* A key's length comes from the next key's offset (ling.h: the keys lie one after another), not
 * strlen: a fresh wasm page runs this once, in the engine's baseline code, where strlen was a
 * fifth of the build's instructions. */
static void hx_build(const zl_table *t, uint16_t *hx, int bits) {
    for (uint32_t i = 0; i < t->n && i < 0xFFFF; i++) {
        const unsigned char *k = t->blob + t->off[i];
        size_t l = i + 1 < t->n && t->off[i + 1] > t->off[i] ? t->off[i + 1] - t->off[i] - 1 : 0;
        if (!l || k[l] != 0) l = strlen((const char *)k);
        uint32_t h = hx_hash(k, l, bits);
        while (hx[h])
            h = (h + 1) & ((1u << bits) - 1);
        hx[h] = (uint16_t)(i + 1);
    }
}

static int hx_find(const zl_table *t, const uint16_t *hx, int bits, const unsigned char *key,
                   size_t len) {
    for (uint32_t h = hx_hash(key, len, bits);; h = (h + 1) & ((1u << bits) - 1)) {
        if (!hx[h]) return -1;
        const unsigned char *k = t->blob + t->off[hx[h] - 1];
        /* strncmp's test as a loop (the call cost more than the compare: most probes differ in
         * their first bytes); it stops at the entry's NUL: a shorter entry at the end of the blob
         * must not be read len bytes far (the fuzzer found that read past zl_ru_lex_blob) */
        size_t i = 0;
        while (i < len && k[i] == key[i] && k[i])
            i++;
        if ((i == len || (k[i] == key[i] && !k[i])) && k[len] == 0) return hx[h] - 1;
    }
}

int zl_flags(const zl_table *t, const unsigned char *key, size_t len) {
    int k = t == &zl_ru_first                         ? hx_find(t, hx_ru, HX_BITS, key, len)
            : t == &zl_en_first                       ? hx_find(t, hx_en, HX_EN_BITS, key, len)
            : t == &zl_ru_lex && zl_ru_lex.n < 0xFFFF ? hx_find(t, hx_lex, HX_LEX_BITS, key, len)
                                                      : -2;
    for (size_t i = 0; k == -2 && i < HX_NSMALL; i++)
        if (t == hx_small_tables[i] && t->n < HX_SUR_MAX)
            k = hx_find(t, hx_small[i], HX_SUR_BITS, key, len);
    if (k == -2) k = zl_find(t, key, len);
    return k < 0 ? 0 : (t->flags[k] | ZL_FOUND);
}

void zl_init(void) {
    if (__atomic_load_n(&init_state, __ATOMIC_ACQUIRE) == 2) return;
    int expected = 0;
    if (__atomic_compare_exchange_n(&init_state, &expected, 1, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        hx_build(&zl_ru_first, hx_ru, HX_BITS);
        hx_build(&zl_en_first, hx_en, HX_EN_BITS);
        hx_build(&zl_ru_lex, hx_lex, HX_LEX_BITS);
        for (size_t i = 0; i < HX_NSMALL; i++)
            if (hx_small_tables[i]->n < HX_SUR_MAX)
                hx_build(hx_small_tables[i], hx_small[i], HX_SUR_BITS);
        zl_lex_init();
        zl_person_init();
        __atomic_store_n(&init_state, 2, __ATOMIC_RELEASE);
        return;
    }
    while (__atomic_load_n(&init_state, __ATOMIC_ACQUIRE) != 2) {
    }
}

static unsigned kh_hash(uint32_t k) {
    return (k * 2654435761u) >> 21;
}

static const zl_kh_slot *kh_find(uint32_t key) {
    uint32_t k = key + 1;
    for (unsigned h = kh_hash(k);; h = (h + 1) & (ZL_KH_SIZE - 1)) {
        if (ix->kh[h].key == k) return &ix->kh[h];
        if (ix->kh[h].key == 0) return NULL;
    }
}

/* ---- the pass
 * ------------------------------------------------------------------------------------- */

/* Byte kinds of the word walk. */
enum { B_SEP = 0, B_LO, B_UP, B_D0, B_D1, B_LEAD, B_CONT };

static unsigned hash4(unsigned a, unsigned b, unsigned c, unsigned d) {
    return ((((a * 60 + b) * 60 + c) * 60 + d) * 2654435761u) >> 13;
}

static unsigned code3(unsigned a, unsigned b, unsigned c) {
    return (a * 60 + b) * 60 + c;
}

static bool kw3_maybe(const unsigned c[4]) {
    unsigned x = code3(c[0], c[1], c[2]);
    return (ix->kw3[x / 8] >> (x % 8)) & 1;
}

static bool name_bits(const unsigned c[4]) {
    if (c[3]) {
        unsigned h = hash4(c[0], c[1], c[2], c[3]);
        return (ix->name4[h / 8] >> (h % 8)) & 1;
    }
    unsigned x = code3(c[0], c[1], c[2]);
    return (ix->name3[x / 8] >> (x % 8)) & 1;
}

/* The letter codes of the first four characters of a folded key (0 past its end). */
static void key_codes_loop(const unsigned char *k, size_t l, unsigned c[4]) {
    size_t i = 0, len;
    for (int j = 0; j < 4; j++) {
        c[j] = 0;
        if (i >= l) continue;
        unsigned char b = k[i];
        if (b < 0x80) {
            /* a folded key's letters are lower case: letter_code_cp's answer without its tests */
            c[j] = (unsigned char)(b - 'a') < 26 ? 33 + (unsigned)(b - 'a') : letter_code_cp(b);
            i++;
        } else if ((b == 0xD0 || b == 0xD1) && i + 1 < l) {
            c[j] = ix->cyr2[b & 1][k[i + 1] & 0x3F] & 0x3F; /* built before any key is coded */
            i += 2;
        } else {
            c[j] = letter_code_cp(zs_decode(k, l, i, &len));
            i += len;
        }
    }
}

static void key_codes(const unsigned char *k, size_t l, unsigned c[4]) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* four Russian letters (D0/D1 and a continuation byte each), the loop's second branch four
     * times: zl_name_prefix codes every capitalised word the tagger classes */
    uint64_t w;
    if (l >= 8 && (memcpy(&w, k, 8), (w & 0xC0FEC0FEC0FEC0FEull) == 0x80D080D080D080D0ull)) {
        for (int j = 0; j < 4; j++)
            c[j] = ix->cyr2[k[2 * j] & 1][k[2 * j + 1] & 0x3F] & 0x3F;
        return;
    }
#endif
    key_codes_loop(k, l, c);
}

void zl_key_codes(const unsigned char *k, size_t l, unsigned c[4]) {
    key_codes(k, l, c);
}

void zl_key_codes_loop(const unsigned char *k, size_t l, unsigned c[4]) {
    key_codes_loop(k, l, c);
}

/* The keywords whose three-letter prefix (pass 0: short ones and those open to longer words) or
 * four-letter prefix (pass 1) a word of these letter codes has. */
static inline const zl_kh_slot *kw_bucket(const unsigned c[4], size_t nlet, int pass) {
    if (pass == 0) {
        const zl_kh_slot *h = kh_find((c[0] << 12) | (c[1] << 6) | c[2]);
        return h && nlet > 3 && !h->open ? NULL : h;
    }
    return nlet >= 4 ? kh_find(((c[0] << 18) | (c[1] << 12) | (c[2] << 6) | c[3]) | 0x80000000u)
                     : NULL;
}

bool zl_name_prefix(const unsigned char *key, size_t len) {
    unsigned c[4];
    key_codes(key, len, c);
    return name_bits(c);
}

bool zl_topic_word(const unsigned char *key, size_t len, size_t nlet) {
    unsigned c[4];
    key_codes(key, len, c);
    for (int pass = kw3_maybe(c) ? 0 : 2; pass < 2; pass++) {
        const zl_kh_slot *h = kw_bucket(c, nlet, pass);
        for (unsigned k = 0; h && k < h->count; k++) {
            const zl_kw *kw = ix->kw_sorted[h->start + k];
            if (kw->cls == ZL_K_TOPIC && match_len(kw, ix->kw_len[h->start + k], key, len))
                return true;
        }
    }
    return false;
}

/* ---- the builder of ling_index.h's tables (build time only)
 * ----------------------------------------------------------------------------------------- */
#ifdef ZL_GENERATOR
#include <stdio.h>

typedef struct {
    uint32_t prefix;
    const zl_kw *kw;
} kw_item;

static int kw_cmp(const void *a, const void *b) {
    const kw_item *x = a, *y = b;
    if (x->prefix != y->prefix) return x->prefix < y->prefix ? -1 : 1;
    return strcmp(x->kw->key, y->kw->key);
}

static void build_index(zl_index *w) {
    static const zl_kw *const lists[] = {zl_kw_person, zl_kw_topics, zl_kw_address, zl_kw_dob};
    static kw_item items[ZL_MAX_KW];
    size_t n = 0;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (const zl_kw *k = lists[l]; k->key; k++) {
            if (n == ZL_MAX_KW) {
                fprintf(stderr, "more than ZL_MAX_KW (%d) keywords: raise it\n", ZL_MAX_KW);
                exit(1);
            }
            items[n++] = (kw_item){kw_prefix(k), k};
        }
    qsort(items, n, sizeof items[0], kw_cmp);
    for (int k = 0; noun_endings[k]; k++)
        w->noun_len[k] = (uint8_t)(strlen(noun_endings[k]) + 1);
    for (size_t i = 0; i < n; i++) {
        w->kw_sorted[i] = items[i].kw;
        w->kw_len[i] = (uint8_t)strlen(items[i].kw->key);
    }
    size_t used = 0;
    for (size_t i = 0; i < n;) {
        uint32_t p = items[i].prefix;
        size_t j = i;
        bool open = false;
        while (j < n && items[j].prefix == p)
            open |= items[j++].kw->match != ZL_M_EXACT;
        if (j - i > 255 || ++used == ZL_KH_SIZE) {
            fprintf(stderr, "keyword index full (a run over 255 or %d prefixes): enlarge it\n",
                    ZL_KH_SIZE);
            exit(1);
        }
        unsigned h = kh_hash(p + 1);
        while (w->kh[h].key)
            h = (h + 1) & (ZL_KH_SIZE - 1);
        w->kh[h] = (zl_kh_slot){p + 1, (uint16_t)i, (uint8_t)(j - i), open};
        i = j;
    }
}

/* Sets the kw3 bit of every prefix in the keyword index. */
static void build_kw3(zl_index *w) {
    for (unsigned h = 0; h < ZL_KH_SIZE; h++) {
        if (!w->kh[h].key) continue;
        uint32_t p = w->kh[h].key - 1;
        if (p & 0x80000000u) p = (p & 0x7FFFFFFFu) >> 6; /* the first three of four codes */
        unsigned x = code3((p >> 12) & 63, (p >> 6) & 63, p & 63);
        w->kw3[x / 8] |= (uint8_t)(1u << (x % 8));
    }
}

static void set_name_bits(zl_index *w, const unsigned c[4]) {
    unsigned x = code3(c[0], c[1], c[2]);
    w->name3[x / 8] |= (uint8_t)(1u << (x % 8));
    if (c[3]) {
        unsigned h = hash4(c[0], c[1], c[2], c[3]);
        w->name4[h / 8] |= (uint8_t)(1u << (h % 8));
    }
}

/* Sets the bits of every name of t. With
 * `forms`, also of its short case forms: an ending added, or replacing the last letter (Анна ->
 * Анне, Ян -> Яну). Only the first four characters are coded, so the forms of longer names add
 * nothing, and the forms are made in code space. */
static void add_table3(zl_index *w, const zl_table *t, bool forms) {
    static const char *const endings[] = {"а", "у",  "ом", "е",  "я",  "ю",  "ем", "и",
                                          "ы", "ой", "ей", "ью", "ою", "ею", NULL};
    unsigned ec[16][4];
    size_t ne = 0;
    for (; endings[ne]; ne++)
        key_codes((const unsigned char *)endings[ne], strlen(endings[ne]), ec[ne]);
    for (uint32_t i = 0; i < t->n; i++) {
        const unsigned char *k = t->blob + t->off[i];
        size_t l = strlen((const char *)k), nc;
        unsigned c[4];
        key_codes(k, l, c);
        set_name_bits(w, c);
        if (!forms || (nc = zl_nchars(k, l)) > 4) continue;
        bool replace = l >= 4 && k[l - 2] >= 0xD0; /* the last letter is Cyrillic */
        for (size_t e = 0; e < ne; e++) {
            for (int r = 0; r < 1 + replace; r++) {
                unsigned f[4];
                size_t at = nc - (size_t)r; /* where the ending starts */
                for (size_t j = 0; j < 4; j++)
                    f[j] = j < at ? c[j] : ec[e][j - at];
                set_name_bits(w, f);
            }
        }
    }
}

/* The first letters of the lexicon's first names (Ласло, Джузеппe) and of their case forms. */
static void add_lex_names3(zl_index *w) {
    static const char *const endings[] = {"а",  "у", "ом", "е",  "я",  "ю",
                                          "ем", "и", "ы",  "ой", "ей", NULL};
    for (uint32_t i = 0; i < zl_ru_lex.n; i++) {
        if (!(zl_ru_lex.flags[i] & (ZL_LX_NAME_M | ZL_LX_NAME_F))) continue;
        const unsigned char *k = zl_ru_lex.blob + zl_ru_lex.off[i];
        size_t l = strlen((const char *)k);
        unsigned c[4];
        key_codes(k, l, c);
        set_name_bits(w, c);
        size_t nc = zl_nchars(k, l);
        if (nc > 4) continue;
        /* short names: their forms differ within the first four letters (Ли -> Ли, Яна -> Яну) */
        unsigned char buf[ZL_KEY_MAX + 8];
        for (int e = 0; endings[e]; e++)
            for (int r = 0; r < 2; r++) {
                size_t keepb = l;
                if (r == 1) {
                    if (l < 4 || k[l - 2] < 0xD0) continue;
                    keepb = l - 2; /* the last Cyrillic letter replaced */
                }
                size_t el = strlen(endings[e]);
                if (keepb + el >= sizeof buf) continue;
                memcpy(buf, k, keepb);
                memcpy(buf + keepb, endings[e], el);
                key_codes(buf, keepb + el, c);
                set_name_bits(w, c);
            }
    }
}

static void build_tables(zl_index *w) {
    for (int c = 0; c < 256; c++) {
        uint8_t k = B_SEP;
        if (c >= 'a' && c <= 'z')
            k = B_LO;
        else if (c >= 'A' && c <= 'Z')
            k = B_UP;
        else if (c == 0xD0)
            k = B_D0;
        else if (c == 0xD1)
            k = B_D1;
        else if (c >= 0xC2 && c <= 0xF4)
            k = B_LEAD;
        else if (c >= 0x80 && c <= 0xBF)
            k = B_CONT;
        w->bkind[c] = k;
        w->fastw[c] = k == B_LO || k == B_UP || k == B_D0 || k == B_D1 || k == B_CONT;
        /* C2 (Latin-1 punctuation: NBSP, «, »), E2 (punctuation and symbols: —, …, №, ₽) and
         * F0 (emoji) never start a word here: skipping them saves a decode per symbol */
        w->startb[c] = k == B_LO || k == B_UP || k == B_D0 || k == B_D1 ||
                       (k == B_LEAD && c != 0xC2 && c != 0xE2 && c != 0xF0);
    }
    for (int lead = 0; lead < 2; lead++)
        for (int b = 0; b < 64; b++) {
            int32_t cp = ((0xD0 + lead) & 0x1F) << 6 | b;
            w->cyr2[lead][b] = (uint8_t)(letter_code_cp(cp) | (cp_upper(cp) ? 0x40 : 0));
        }
    for (int c = 0; c < 128; c++) {
        unsigned char b = (unsigned char)c;
        w->gap_ascii[c] = (uint16_t)zl_gap(&b, 1, 0, 1);
    }
    build_kw3(w);
    add_table3(w, &zl_ru_first, true);
    add_table3(w, &zl_en_first, false);
    add_table3(w, &zl_abroad_last, false); /* "Wei Zhang": the surname draws the pair */
    add_table3(w, &zl_ru_irreg, false);
    add_lex_names3(w);
}

const zl_index *zl_index_build(void) {
    build_index(&built);
    build_tables(&built);
    return &built;
}
#endif

/* Lower-case words that may be a patronymic ("сергеевна", "ивановичу") or a surname
 * ("петрова", "иванову", and one that does not decline: «шевчук», «ковальчук»): the last two
 * letters decide whether the person recognizer looks. */
static bool lower_name_shape(const unsigned char *s, size_t st, size_t e) {
    if (e - st < 8 || s[e - 4] < 0xD0) return false; /* at least four Cyrillic letters */
    unsigned a = ((unsigned)s[e - 4] << 8 | s[e - 3]), b = ((unsigned)s[e - 2] << 8 | s[e - 1]);
    switch (a) {
    case 0xD0B2: /* в */
        return b == 0xD0BD || b == 0xD0B0 || b == 0xD183 || b == 0xD0B5 || b == 0xD18B;
    case 0xD0BD: /* н */
        return b == 0xD0B0 || b == 0xD18B || b == 0xD0B5 || b == 0xD183 || b == 0xD0BE;
    case 0xD0B8: /* и */
        return b == 0xD187 || b == 0xD0BD;
    case 0xD187: /* ч */
        return b == 0xD0B0 || b == 0xD183 || b == 0xD0B5;
    case 0xD0BE: /* о */
        return b == 0xD0B2 || b == 0xD0B9;
    case 0xD0B5: /* е */
        return b == 0xD0B2 || b == 0xD0BC;
    case 0xD18B: /* ы */
        return b == 0xD0BD || b == 0xD0BC;
    case 0xD0BA: /* к */
        return b == 0xD0B8 || b == 0xD0B0 || b == 0xD0BE;
    case 0xD183: /* у */
    case 0xD18E: /* ю */
        return b == 0xD0BA;
    default:
        return false;
    }
}

/* A lower-case Latin word whose first letters some English first name has: the tagger's
 * candidate test (zl_tagger_lower_name) is asked only of these, so other lower-case words keep
 * the fast path. */
static bool lower_latin_name(const unsigned c[4], unsigned nlet) {
    return c[0] >= 33 && c[0] <= 58 && nlet >= 3 && name_bits(c);
}

/* Whether «имени» (kw) follows «по» (1: «по имени Ольга», a name cue) or «от» (2: «от имени
 * Ольги», on her behalf) right before st; 0 otherwise. Out of line: the word pass's loop keeps
 * its registers. */
__attribute__((noinline)) static int name_preposition(const unsigned char *s, const zl_kw *kw,
                                                      const zl_ctx *cx, size_t st) {
    if (strcmp(kw->key, "имени") != 0 || !cx->prev.e || cx->prev.e + 1 != st ||
        s[cx->prev.e] != ' ' || cx->prev.e - cx->prev.s != 4)
        return 0;
    const unsigned char *p = s + cx->prev.s;
    if (memcmp(p, "по", 4) == 0 || memcmp(p, "По", 4) == 0) return 1;
    return memcmp(p, "от", 4) == 0 || memcmp(p, "От", 4) == 0 ? 2 : 0;
}

/* Whether « и » stands right before st (the word before it, cx->prev) and a PERSON span found
 * ends right before that. */
__attribute__((noinline)) static bool and_person_before(zs_scan *z, const zl_ctx *cx, size_t st) {
    const unsigned char *s = z->s;
    return cx->prev.e + 1 == st && cx->prev.e == cx->prev.s + 2 && cx->prev.s >= 2 &&
           s[cx->prev.s] == 0xD0 && s[cx->prev.s + 1] == 0xB8 && s[cx->prev.e] == ' ' &&
           s[cx->prev.s - 1] == ' ' && zl_tagger_person_before(z, cx->prev.s - 1);
}

/* Whether the word [st, e) in capitals is a field's "Last, First" value: a colon and a space
 * before it, ", " after it ("Patient: DOE, JANE"). */
__attribute__((noinline)) static bool field_last_first(const unsigned char *s, size_t n, size_t st,
                                                       size_t e) {
    return e + 2 < n && s[e] == ',' && s[e + 1] == ' ' && st >= 2 && s[st - 1] == ' ' &&
           s[st - 2] == ':';
}

/* Which ZL_CUE_CALLED cue word t is (ZL_CW_*), recorded with the cue for zl_person's
 * ZL_CUE_ANY. */
static uint8_t cue_word_of(const zl_tok *t) {
    /* «Моя фамилия Нургалиева», «по фамилии Кваме»: every case of «фамилия» names the word after
     * it (a lower-case one only with its owner, as «меня зовут»: owned_name in rec_person.c) */
    if (zl_is(t, "зовут") || zl_is(t, "звать") || zl_is(t, "name's") || zl_starts(t, "фамили") ||
        zl_is(t, "name\xe2\x80\x99"
                 "s"))
        return ZL_CW_ANY;
    return zl_is(t, "name") ? ZL_CW_NAME : ZL_CW_OTHER;
}

/* An invisible character between two letters («Пе\u00ADтр», a soft hyphen of web text, or a zero
 * width space): part of the word, as zl_word_end and the fold take it, not its end (the name was
 * cut there and its first part left in the clear). */
static __attribute__((noinline)) bool invisible_in_word(const unsigned char *s, size_t n,
                                                        size_t j) {
    size_t len;
    int32_t cp = zs_decode(s, n, j, &len);
    while (zs_is_invisible(cp) && j + len < n) {
        j += len;
        if (zl_letter_at(s, n, j)) return true;
        cp = zs_decode(s, n, j, &len);
    }
    return false;
}

/* A signature's «/Сидоров В.В./» (a word after '/' is a path's part otherwise): a capitalised
 * Cyrillic word at st after a slash that opens it (a space, a line or a blank's underscores
 * before), with no digit, '_' or '@' glued after it at e. Out of the word pass's loop: rare. */
static __attribute__((noinline)) bool signature_slash(const unsigned char *s, size_t n, size_t st,
                                                      size_t e) {
    return st + 1 < n && s[st] == 0xD0 &&
           ((s[st + 1] >= 0x90 && s[st + 1] <= 0xAF) || s[st + 1] == 0x81) &&
           (st == 1 || s[st - 2] == ' ' || s[st - 2] == '\n' || s[st - 2] == '_') &&
           !(e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '_' || s[e] == '@'));
}

/* Walks the word starting at i (a letter). Returns its end; fills the codes of its first four
 * letters, the number of letters (4 means four or more), and whether the first (and second) letter
 * is upper case. Cyrillic and ASCII letters take the fast path (the rest of the word is skipped by
 * a table look-up per byte, four at a time); anything else goes through the general reader. */
__attribute__((always_inline)) static inline size_t walk_word(const unsigned char *s, size_t n,
                                                              size_t i, unsigned c[4],
                                                              unsigned *nlet, bool *up1, bool *up2,
                                                              bool *slow) {
    size_t j = i;
    unsigned k = 0, ups = 0;
    bool apos1 = false; /* an apostrophe after the first letter ("O'Connor", "D'Angelo") */
    c[0] = c[1] = c[2] = c[3] = 0;
    *slow = false;
    if (ix->bkind[s[i]] == B_D0 || ix->bkind[s[i]] == B_D1) {
        /* Russian letters: two bytes each, no decoding; four at once when the next eight bytes
         * are four D0/D1 sequences (the common case) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint64_t w;
        if (j + 8 <= n &&
            (memcpy(&w, s + j, 8), (w & 0xC0FEC0FEC0FEC0FEull) == 0x80D080D080D080D0ull)) {
            for (k = 0; k < 4; k++, j += 2) {
                uint8_t v = ix->cyr2[s[j] & 1][s[j + 1] & 0x3F];
                c[k] = v & 0x3F;
                ups |= (unsigned)(v >> 6) << k;
            }
        }
#endif
        while (k < 4 && j + 1 < n && (s[j] & 0xFE) == 0xD0 && (s[j + 1] & 0xC0) == 0x80) {
            uint8_t v = ix->cyr2[s[j] & 1][s[j + 1] & 0x3F];
            c[k] = v & 0x3F;
            ups |= (unsigned)(v >> 6) << k;
            j += 2;
            k++;
        }
    } else {
        while (k < 4 && j < n && (ix->bkind[s[j]] == B_LO || ix->bkind[s[j]] == B_UP)) {
            c[k] = 33 + (unsigned)((s[j] | 0x20) - 'a');
            ups |= (unsigned)(ix->bkind[s[j]] == B_UP) << k;
            j++;
            k++;
        }
    }
    for (;;) {
        /* the rest of the word, or the first letters the loops above could not take */
        unsigned char b = j < n ? s[j] : 0;
        uint8_t kind = ix->bkind[b];
        if (j >= n) break;
        if (k >= 4 && ix->fastw[b] && kind != B_CONT) {
            while (j + 4 <= n && (ix->fastw[s[j]] & ix->fastw[s[j + 1]] & ix->fastw[s[j + 2]] &
                                  ix->fastw[s[j + 3]]))
                j += 4;
            while (j < n && ix->fastw[s[j]])
                j++;
            continue;
        }
        if (kind == B_LO || kind == B_UP) {
            if (k < 4)
                c[k] = 33 + (unsigned)((b | 0x20) - 'a'), ups |= (unsigned)(kind == B_UP) << k;
            k++;
            j++;
        } else if ((kind == B_D0 || kind == B_D1) && j + 1 < n && (s[j + 1] & 0xC0) == 0x80) {
            uint8_t v = ix->cyr2[kind - B_D0][s[j + 1] & 0x3F];
            if (k < 4) c[k] = v & 0x3F, ups |= (unsigned)(v >> 6) << k;
            k++;
            j += 2;
        } else if ((b == '-' || b == '\'') && k > 0 && j + 1 < n && ix->bkind[s[j + 1]] >= B_LO &&
                   ix->bkind[s[j + 1]] <= B_D1 &&
                   !(b == '\'' && (s[j + 1] | 0x20) == 's' &&
                     !(j + 2 < n && ix->fastw[s[j + 2]]))) {
            if (k == 1 && b == '\'') apos1 = true;
            j++;
        } else if (b == 0xE2 && k > 0 && j + 3 < n && s[j + 1] == 0x80 &&
                   (s[j + 2] == 0x99 || s[j + 2] == 0x90 || s[j + 2] == 0x91) &&
                   ix->bkind[s[j + 3]] >= B_LO && ix->bkind[s[j + 3]] <= B_D1 &&
                   !(s[j + 2] == 0x99 && (s[j + 3] | 0x20) == 's' &&
                     !(j + 4 < n && ix->fastw[s[j + 4]]))) {
            /* the typographic apostrophe and hyphens, as zl_word_end takes them: phones type
             * "O’Brien" */
            if (k == 1 && s[j + 2] == 0x99) apos1 = true;
            j += 3;
        } else if (kind == B_LEAD &&
                   (zl_letter_at(s, n, j) || (k > 0 && invisible_in_word(s, n, j)))) {
            *slow = true;
            return zl_word_end(s, n, i);
        } else {
            break;
        }
    }
    *nlet = k < 4 ? k : 4;
    *up1 = ups & 1;
    *up2 = (ups >> 1) & 1 && !apos1; /* "O'Connor" is no "INFO" */
    return j;
}

/* Is the previous word a verb of calling, telling or giving, or «пожалуйста» after one
 * (zl_person_gov_verb_before), read through the word cache. */
static bool gov_verb_prev(zs_scan *z, zl_wcache *wc, const zl_ctx *cx) {
    zl_tok p = cx->prev;
    if (p.e - p.s < 8) return false; /* «скажи» is the shortest: six letters */
    zl_wcache_fold(wc, z->s, z->n, &p);
    return zl_person_gov_verb_before(z, &p);
}

/* Does one space and a word ending in «л», «ла», «лся» or «лась» (a past tense) follow e? Bytes
 * only: two-byte Cyrillic letters up to the word's end. */
static bool past_after(const unsigned char *s, size_t n, size_t e) {
    if (e + 3 >= n || s[e] != ' ' || (s[e + 1] != 0xD0 && s[e + 1] != 0xD1)) return false;
    size_t i = e + 1;
    while (i + 1 < n && (s[i] == 0xD0 || s[i] == 0xD1) && s[i + 1] >= 0x80 && s[i + 1] < 0xC0)
        i += 2;
    if (i - (e + 1) < 8) return false; /* four letters at least */
    const unsigned char *w = s + i;
    if (w[-2] == 0xD0 && w[-1] == 0xBB) return true;                      /* -л */
    if (w[-4] == 0xD0 && w[-3] == 0xBB && w[-2] == 0xD0 && w[-1] == 0xB0) /* -ла */
        return true;
    /* -лся, -лась */
    return (memcmp(w - 6, "\xD0\xBB\xD1\x81\xD1\x8F", 6) == 0) ||
           (i - (e + 1) >= 10 && memcmp(w - 8, "\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C", 8) == 0);
}

/* Is the previous word «к», «ко», «у», «от», «для», «с» or «со» (bytes only): the prepositions
 * before a person's dative, genitive or instrumental in chat («к иванову», «у петровой», «с
 * петровым»). */
static bool person_prep_prev(const unsigned char *s, const zl_ctx *cx) {
    const unsigned char *p = s + cx->prev.s;
    switch (cx->prev.e - cx->prev.s) {
    case 2: /* к у с (a surname's instrumental after «с»: rec_person.c's surname_with) */
        return (p[0] == 0xD0 && p[1] == 0xBA) || (p[0] == 0xD1 && (p[1] == 0x83 || p[1] == 0x81));
    case 4:
        return (p[0] == 0xD0 && p[1] == 0xBA && p[2] == 0xD0 && p[3] == 0xBE) || /* ко */
               (p[0] == 0xD1 && p[1] == 0x81 && p[2] == 0xD0 && p[3] == 0xBE) || /* со */
               (p[0] == 0xD0 && p[1] == 0xBE && p[2] == 0xD1 && p[3] == 0x82) || /* от */
               /* на: after a word of booking only («оформите на петрову»: booked_for) */
               (p[0] == 0xD0 && p[1] == 0xBD && p[2] == 0xD0 && p[3] == 0xB0);
    case 6:
        return memcmp(p, "\xD0\xB4\xD0\xBB\xD1\x8F", 6) == 0; /* для */
    default:
        return false;
    }
}

/* Is the previous word a greeting and ", " all that stands between it and the word at st
 * («спасибо, гульнара»): bytes first, the word's fold only then. */
static bool greeted(const zs_scan *z, const zl_ctx *cx, size_t st) {
    return cx->prev.e + 2 == st && z->s[cx->prev.e] == ',' && z->s[cx->prev.e + 1] == ' ' &&
           cx->prev.e - cx->prev.s >= 6 && zl_person_greeting(z->s, cx->prev.s, cx->prev.e);
}

/* Does a lower-case word end like a patronymic: -вн[аыеуо]..., -вич..., -ичн...? */
static bool patronymic_tail(const unsigned char *s, size_t st, size_t e) {
    for (size_t k = 2; k <= 8 && e >= st + k + 4; k += 2) {
        unsigned a = ((unsigned)s[e - k - 4] << 8 | s[e - k - 3]),
                 b = ((unsigned)s[e - k - 2] << 8 | s[e - k - 1]);
        if ((a == 0xD0B2 && b == 0xD0BD) || (a == 0xD0B2 && b == 0xD0B8) ||
            (a == 0xD0B8 && b == 0xD187))
            return true;
    }
    return false;
}

/* Is the next word (after one space) a lower-case word that may be a first name? */
static bool next_is_name(const unsigned char *s, size_t n, size_t e) {
    if (e + 1 >= n || s[e] != ' ') return false;
    size_t j = e + 1;
    unsigned c[4] = {0, 0, 0, 0};
    for (int k = 0;
         k < 4 && j + 1 < n && (s[j] == 0xD0 || s[j] == 0xD1) && (s[j + 1] & 0xC0) == 0x80;
         k++, j += 2) {
        uint8_t v = ix->cyr2[s[j] - 0xD0][s[j + 1] & 0x3F];
        if (v & 0x40) return false;
        c[k] = v & 0x3F;
    }
    return c[0] && name_bits(c);
}

/* Does a word end like a Russian surname (-ов, -ев, -ин, -ын, -ий, -ая, -ко, -ян, -ук, -ич, -зе and
 * their forms) or a transliterated one (-ov, -ova, -ev, -in, -sky, -enko, -yan)? Raw bytes, cheap.
 */
static bool surname_tail(const unsigned char *s, size_t st, size_t e) {
    if (e - st < 4) return false;
    if (s[e - 1] < 0x80) {
        unsigned char a = s[e - 2] | 0x20, b = s[e - 1] | 0x20;
        return (a == 'o' && b == 'v') || (a == 'v' && b == 'a') || (a == 'e' && b == 'v') ||
               (a == 'i' && b == 'n') || (a == 'n' && b == 'a') || (a == 'k' && b == 'y') ||
               (a == 'k' && b == 'o') || (a == 'a' && b == 'n') || (a == 'y' && b == 'a');
    }
    if (e - st < 8 || s[e - 4] < 0xD0) return lower_name_shape(s, st, e);
    unsigned a = ((unsigned)s[e - 4] << 8 | s[e - 3]), b = ((unsigned)s[e - 2] << 8 | s[e - 1]);
    switch (b) {
    case 0xD0B2:
        return a == 0xD0BE || a == 0xD0B5; /* ов ев */
    case 0xD0BD:
        return a == 0xD0B8 || a == 0xD18B || a == 0xD18F; /* ин ын ян */
    case 0xD0B9:
        return a == 0xD0B8 || a == 0xD0BE; /* ий ой */
    case 0xD18F:
        return a == 0xD0B0; /* ая */
    case 0xD0BE:
        return a == 0xD0BA; /* ко */
    case 0xD0BA:
        return a == 0xD183; /* ук */
    case 0xD187:
        return a == 0xD0B8; /* ич */
    case 0xD0B5:
        return a == 0xD0B7; /* зе */
    default:
        return lower_name_shape(s, st, e);
    }
}

static unsigned quick_gap(const unsigned char *s, size_t n, size_t a, size_t b) {
    unsigned g = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] >= 0x80) return g | zl_gap(s, n, i, b);
        g |= ix->gap_ascii[s[i]];
    }
    return g;
}

/* Does a capitalised word (or an initial) follow right after e, separated by spaces? */
/* Does a capitalised first name (by its first letters) or an initial follow right after e,
 * separated by spaces? Then a capitalised word at e may be a surname before it ("Шевчук Анна",
 * "Ким А.С."). */
static bool name_follows(const unsigned char *s, size_t n, size_t e) {
    size_t j = e;
    if (j < n && s[j] == '.') j++;
    int sp = 0;
    while (j < n && s[j] == ' ' && sp < 3)
        j++, sp++;
    if (j >= n || sp == 0) return false;
    unsigned c[4] = {0, 0, 0, 0};
    size_t k0 = j;
    for (int k = 0; k < 4 && j < n; k++) {
        uint8_t kind = ix->bkind[s[j]];
        if (kind == B_LO || kind == B_UP) {
            if (k == 0 && kind != B_UP) return false;
            c[k] = 33 + (unsigned)((s[j] | 0x20) - 'a');
            j++;
        } else if ((kind == B_D0 || kind == B_D1) && j + 1 < n) {
            uint8_t v = ix->cyr2[kind - B_D0][s[j + 1] & 0x3F];
            if (k == 0 && !(v & 0x40)) return false;
            c[k] = v & 0x3F;
            j += 2;
        } else {
            break;
        }
    }
    if (j == k0) return false;
    if (!c[1] && j < n && s[j] == '.') return true; /* an initial */
    return name_bits(c);
}

/* A byte before the word at i (past spaces and an opening quote) that opens a table's cell; a
 * comma only right before its value or quote (", " is prose's). */
static inline bool cell_start(const unsigned char *s, size_t i) {
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '"' || s[i - 1] == '\''))
        i--;
    return i > 0 && (s[i - 1] == '|' || s[i - 1] == '\t' || s[i - 1] == ';' ||
                     (s[i - 1] == ',' && s[i] != ' ') || s[i - 1] == '\n');
}

static bool only_space_between(const unsigned char *s, size_t a, size_t b) {
    return b == a + 1 && s[a] == ' ';
}

static inline bool ascii_alpha(unsigned char b) {
    return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

/* Whether the word [st, e) is code's identifier by the bytes around it: called or constructed
 * ("new Delta()", "Delta(1)"), an object whose member is read ("Object.keys", "Delta.insert"), or
 * one word in backticks ("`Delta`"). Pasted code is common in prompts and an identifier masked
 * there breaks the code the assistant is asked about. A name in running text has a space or a
 * punctuation mark around it: "Anna (34)", "Anna." */
static bool code_identifier(const unsigned char *s, size_t n, size_t st, size_t e) {
    if (st > 0 && s[st - 1] == '`' && e < n && s[e] == '`') return true;
    if (!ascii_alpha(s[st])) return false;
    if (e < n && s[e] == '(') return true;
    return e + 1 < n && s[e] == '.' && s[e + 1] >= 'a' && s[e + 1] <= 'z';
}

/* A byte before '@' that makes it an e-mail's or a path's, not a handle's. */
static bool handle_glued(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c >= 0x80;
}

bool zs_linguistic_wanted(const zaslon_policy *p) {
    for (int t = 0; t < ZASLON_TYPE_BUILTIN_COUNT; t++)
        if (p->types[t].enabled && (zs_builtin_topic(t) || t == ZASLON_PERSON ||
                                    t == ZASLON_ADDRESS || t == ZASLON_DATE_OF_BIRTH))
            return true;
    return false;
}

/* Turkic patronymics: «Мамедова Севиль Рауф кызы», «Алиев Эльчин Рауф оглы», "Karimov Aziz
 * Rustam o'g'li": the father's name and the particle close the person's name. A PERSON
 * candidate found since `from` that ends right before " Рауф кызы" (or before " оглы" itself)
 * gets a longer twin over them; resolve/ keeps the longer of overlapping candidates. */
static void turkic_patronymic(zs_scan *z, size_t from) {
    static const char *const particles[] = {"оглы", "кызы", "гызы", "улы",    "уулу",
                                            "кизи", "угли", "oglu", "ogly",   "qizi",
                                            "kyzy", "ugli", "uly",  "o'g'li", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, count = z->sc->cands.n;
    for (size_t k = from; k < count && !z->error; k++) {
        zs_cand c = z->sc->cands.v[k];
        if (c.type != ZASLON_PERSON || c.end >= n || s[c.end] != ' ') continue;
        zl_tok x;
        if (!zl_next_word(s, n, c.end, c.end + 48 < n ? c.end + 48 : n, &x) || x.s != c.end + 1)
            continue;
        size_t end = 0;
        if (zl_in(&x, particles)) {
            end = x.e;
        } else if (x.kase == ZL_TITLE && x.e < n && s[x.e] == ' ') {
            zl_tok y;
            if (zl_next_word(s, n, x.e, x.e + 24 < n ? x.e + 24 : n, &y) && y.s == x.e + 1 &&
                y.kase == ZL_LOWER && zl_in(&y, particles))
                end = y.e;
        }
        if (end) zs_add(z, c.start, end, ZASLON_PERSON, c.prio);
    }
}

const char *const zl_name_particles[] = {
    "von", "van", "de",  "der",  "den", "da",  "di",  "del", "della", "la",  "le",
    "du",  "dos", "das", "ter",  "ten", "bin", "ibn", "al",  "фон",   "ван", "де",
    "дер", "да",  "ди",  "дель", "ла",  "ле",  "бен", "бин", "ибн",   "аль", NULL};

/* A word's first letter as a bit of a 64-bit set: the byte (ASCII) or a two-byte letter's second
 * byte, modulo 64. */
static inline unsigned lead_bit(const unsigned char *w) {
    return (w[0] < 0x80 ? w[0] : w[1]) & 63u;
}

/* Whether the bytes of a word ending at `at` (back) or starting there (forward), as written, are
 * one of words (lower case, as listed, at most 8 bytes; lead: the lead_bit set of their first
 * letters): a test of bytes before any word is read and folded. The word's bytes (lower-case
 * ASCII letters or UTF-8) run to a space or the text's edge; most words fail on their length or
 * their first letter. */
static bool raw_word_in(const unsigned char *s, size_t n, size_t at, bool back,
                        const char *const *words, uint64_t lead) {
    size_t a = at, e = at;
    if (back) {
        while (a > 0 && at - a <= 8 && ((s[a - 1] >= 'a' && s[a - 1] <= 'z') || s[a - 1] >= 0x80))
            a--;
        if (a == at || at - a > 8 || (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')) return false;
    } else {
        while (e < n && e - at <= 8 && ((s[e] >= 'a' && s[e] <= 'z') || s[e] >= 0x80))
            e++;
        if (e == at || e - at > 8 || (e < n && s[e] != ' ')) return false;
    }
    size_t l = (back ? at : e) - a;
    /* the first letter must open one of the words (most words fail here); a letter's two bytes
     * must both be in the word */
    if ((s[a] >= 0x80 && l < 2) || !(lead >> lead_bit(s + a) & 1)) return false;
    for (int k = 0; words[k]; k++) {
        /* a byte loop: its NUL test keeps a shorter word's end from being read past */
        const unsigned char *w = (const unsigned char *)words[k];
        size_t j = 0;
        while (j < l && w[j] && w[j] == s[a + j])
            j++;
        if (j == l && !w[l]) return true;
    }
    return false;
}

/* "Virgil van Dijk was injured", «Анна фон Берг»: a given name the person rules took alone and
 * the surname after a nobiliary or Arabic particle. A PERSON candidate found since `from`, one
 * space, one or two lower-case particles, one space and a capitalised word of the same script
 * that is no everyday word, place or body: a twin over all of it (resolve/ keeps the longer). */
static void particle_bridge(zs_scan *z, size_t from) {
    const char *const *particles = zl_name_particles;
    static const char *const determiners[] = {"the", "a",  "an",  "this",  "that", "his",
                                              "her", "my", "our", "their", "your", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, count = z->sc->cands.n;
    uint64_t lead = 0;
    for (int k = 0; particles[k]; k++)
        lead |= 1ull << lead_bit((const unsigned char *)particles[k]);
    for (size_t k = from; k < count && !z->error; k++) {
        zs_cand c = z->sc->cands.v[k];
        /* a name that opens with its particle where no given name stands before it ("Klopp said
         * van Dijk would miss two weeks"): the particle joins (not "the van Smith bought") */
        zl_tok q, r;
        if (c.type == ZASLON_PERSON && c.start >= 4 && s[c.start - 1] == ' ' &&
            raw_word_in(s, n, c.start - 1, true, particles, lead) &&
            zl_prev_word(s, n, c.start, c.start > 12 ? c.start - 12 : 0, &q) &&
            q.e + 1 == c.start && q.nlet >= 2 && q.kase == ZL_LOWER && zl_in(&q, particles) &&
            !(zl_prev_word(s, n, q.s, q.s > 16 ? q.s - 16 : 0, &r) && r.e + 1 == q.s &&
              (r.kase != ZL_LOWER || zl_in(&r, determiners) || zl_in(&r, particles))))
            zs_add(z, q.s, c.end, ZASLON_PERSON, c.prio);
        /* from the bytes first: a space and a particle's bytes after the candidate */
        if (c.type != ZASLON_PERSON || c.end + 4 >= n || s[c.end] != ' ' ||
            !raw_word_in(s, n, c.end + 1, false, particles, lead))
            continue;
        zl_tok x, y;
        size_t at = c.end;
        int parts = 0;
        while (parts < 2 && zl_next_word(s, n, at, at + 8 < n ? at + 8 : n, &x) && x.s == at + 1 &&
               x.kase == ZL_LOWER && zl_in(&x, particles) && x.e < n && s[x.e] == ' ') {
            at = x.e;
            parts++;
        }
        if (!parts || !zl_next_word(s, n, at, at + 64 < n ? at + 64 : n, &y) || y.s != at + 1 ||
            y.kase != ZL_TITLE || y.nlet < 3 || !y.klen || y.script != x.script)
            continue;
        if (y.script == ZL_LAT
                ? zl_en_ordinary(y.key, y.klen) || zl_flags(&zl_en_notlone, y.key, y.klen)
                : zl_ru_ordinary(y.key, y.klen) ||
                      (zl_lex_flags(y.key, y.klen, NULL, NULL) & ZL_LX_PLACE))
            continue;
        /* to the end of a name found from that word on («Салман бин Ибрагим Аль Халифа»), among
         * the few candidates after this one (the pass appends them in the text's order) */
        size_t end = y.e;
        for (size_t j = k + 1; j < count && j < k + 8; j++)
            if (z->sc->cands.v[j].type == ZASLON_PERSON && z->sc->cands.v[j].start == y.s &&
                z->sc->cands.v[j].end > end)
                end = z->sc->cands.v[j].end;
        zs_add(z, c.start, end, ZASLON_PERSON, c.prio);
    }
}

/* "Signed: Ngozi Okafor", "Please add Ngozi Okafor": the weights take the surname and leave the
 * given name no table knows outside the span, in the clear. A PERSON candidate found since `from`
 * that starts with a capitalised Latin word gets a twin from the capitalised Latin word right
 * before it (one space between) when that word is no everyday word (cues, titles, verbs: "Ask",
 * "Dear", "Professor"), no place, body or brand, month or weekday. */
static void given_before(zs_scan *z, size_t from) {
    const unsigned char *s = z->s;
    size_t n = z->n, count = z->sc->cands.n;
    for (size_t k = from; k < count && !z->error; k++) {
        zs_cand c = z->sc->cands.v[k];
        if (c.type != ZASLON_PERSON || c.start < 2 || s[c.start - 1] != ' ' || s[c.start] < 'A' ||
            s[c.start] > 'Z')
            continue;
        /* the candidate: one surname-like word, no given name itself ("Hotel Elegante Steve",
         * "Lockheed Martin"), no place or everyday word ("Islamic America") */
        zl_tok w, p;
        if (!zl_next_word(s, n, c.start, c.end, &w) || w.e != c.end || w.script != ZL_LAT ||
            !w.klen || zl_flags(&zl_en_first, w.key, w.klen) || zl_en_ordinary(w.key, w.klen) ||
            zl_flags(&zl_en_notlone, w.key, w.klen))
            continue;
        if (!zl_prev_word(s, n, c.start, c.start > 32 ? c.start - 32 : 0, &p) ||
            p.e + 1 != c.start || p.script != ZL_LAT || p.kase != ZL_TITLE || p.nlet < 3 ||
            !p.klen || zl_en_ordinary(p.key, p.klen) || zl_flags(&zl_en_notlone, p.key, p.klen) ||
            zl_person_calendar(&p) || zl_person_cue_word(&p) || zl_en_chat_cue_word(&p) ||
            zl_en_role_word(&p) || zl_person_question_aux(s, n, &p) ||
            memchr(s + p.s, '\'', p.e - p.s) ||
            (p.s > 0 && (s[p.s - 1] == '_' || s[p.s - 1] == '@' || s[p.s - 1] == '.')))
            continue;
        /* already a name's part: a candidate that covers it, among the few found just before
         * or after this one (the pass appends them in the text's order; a bounded look keeps a
         * text of many names linear) */
        bool covered = false;
        size_t j0 = k > from + 8 ? k - 8 : from, j1 = k + 8 < count ? k + 8 : count;
        for (size_t j = j0; j < j1 && !covered; j++)
            covered = z->sc->cands.v[j].type == ZASLON_PERSON && z->sc->cands.v[j].start <= p.s &&
                      z->sc->cands.v[j].end >= p.e;
        if (!covered) zs_add(z, p.s, c.end, ZASLON_PERSON, c.prio);
    }
}

/* Whether the cue t is "name" after "the"/"a" or «имя» after «означает», «значит», «значение»,
 * «происхождение», «красивое», «редкое»: a question about a name, not a person's name. */
static bool name_asked_about(const unsigned char *s, size_t n, const zl_ctx *cx, const zl_tok *t) {
    static const char *const before[] = {
        "the", "a", "означает", "значит", "значение", "происхождение", "красивое", "редкое", NULL};
    if (!(zl_is(t, "name") || zl_is(t, "имя")) || !cx->prev.e || cx->prev.e + 1 != t->s ||
        s[cx->prev.e] != ' ')
        return false;
    char f[32];
    size_t fl = zs_fold_ctx(s, cx->prev.s, cx->prev.e, f, sizeof f);
    bool asked = false;
    for (int k = 0; before[k] && !asked; k++)
        asked = strlen(before[k]) == fl && memcmp(f, before[k], fl) == 0;
    /* one word named: "the name Grace Hopper" names a person */
    zl_tok x, y;
    size_t lim = t->e + 64 < n ? t->e + 64 : n;
    if (asked && zl_next_word(s, n, t->e, lim, &x) &&
        zl_next_word(s, n, x.e, x.e + 2 < n ? x.e + 2 : n, &y) && y.s == x.e + 1 &&
        y.kase != ZL_LOWER)
        asked = false;
    return asked;
}

void zs_rec_linguistic(zs_scan *z) {
    if (!zs_linguistic_wanted(z->policy)) return;
    size_t cands_from = z->sc ? z->sc->cands.n : 0;
    bool person = zs_enabled(z, ZASLON_PERSON), addr = zs_enabled(z, ZASLON_ADDRESS),
         dob = zs_enabled(z, ZASLON_DATE_OF_BIRTH);
    zl_init();
    if (person && z->sc && !z->sc->wc) z->sc->wc = zl_wcache_new(); /* none: slower, same result */
    /* the tagger and the person rules read the words this pass folds (and it the words they read
     * as neighbours): each is folded once through the cache */
    zl_wcache *wc = person && z->sc ? z->sc->wc : NULL;
    const unsigned char *s = z->s;
    size_t n = z->n, i = 0;
    zl_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.cue_end = cx.block_end = (size_t)-1;
    size_t prev_e = 0;
    bool have_prev = false, prev_up = false, prev_blocked = false;
    unsigned prev_c[4] = {0, 0, 0, 0};
    while (i < n && !z->error) {
        /* skip to a letter: ASCII letters and lead bytes (four bytes a step) */
        while (i + 4 <= n && !(ix->startb[s[i]] | ix->startb[s[i + 1]] | ix->startb[s[i + 2]] |
                               ix->startb[s[i + 3]]))
            i += 4;
        while (i < n && !ix->startb[s[i]])
            i++;
        if (i >= n) break;
        uint8_t kind = ix->bkind[s[i]];
        unsigned c[4], nlet = 0;
        bool up1, up2, slow;
        size_t st = i, e;
        if (kind == B_LEAD) {
            if (!zl_letter_at(s, n, i)) {
                size_t len;
                zs_decode(s, n, i, &len);
                i += len;
                continue;
            }
        }
        e = walk_word(s, n, i, c, &nlet, &up1, &up2, &slow);
        if (e == st) {
            i++;
            continue;
        }
        if (!slow && !up1 && cx.cue_end == (size_t)-1) {
            /* the common case, a lower-case word with no cue pending: unless it may start a keyword
             * or be part of a lower-case name, it only becomes the previous word */
            const zl_kh_slot *h3 = NULL, *h4 = NULL;
            if (kw3_maybe(c)) {
                h3 = kh_find((c[0] << 12) | (c[1] << 6) | c[2]);
                if (h3 && nlet > 3 && !h3->open) h3 = NULL;
                if (nlet >= 4)
                    h4 = kh_find(((c[0] << 18) | (c[1] << 12) | (c[2] << 6) | c[3]) | 0x80000000u);
            }
            if (!h3 && !h4 &&
                !(person && c[0] >= 1 && c[0] <= 32 && nlet >= 4 && lower_name_shape(s, st, e)) &&
                !(person && c[0] >= 1 && c[0] <= 32 && nlet >= 3 && name_bits(c)) &&
                !(person && lower_latin_name(c, nlet))) {
                /* a lower-case handle no rule above reads is a colleague's mention or nothing
                 * ("ping @okafor"): the tagger's weights are not asked */
                size_t r = e;
                if (person && st > 0 && s[st - 1] == '@' && (st == 1 || !handle_glued(s[st - 2]))) {
                    zl_tok h = {.s = st, .e = e};
                    size_t m = zl_tagger_mention(z, &h);
                    if (m > r) r = m;
                }
                cx.cue_words++;
                cx.prev.s = st;
                cx.prev.e = e;
                memcpy(prev_c, c, sizeof prev_c);
                prev_up = false;
                prev_blocked = false;
                have_prev = true;
                prev_e = r;
                i = r;
                continue;
            }
        }
        if (slow) {
            /* letters outside the fast path: take the codes from the folded key */
            zl_tok tmp = {.s = st, .e = e};
            zl_fold_word(s, n, &tmp);
            key_codes(tmp.key, tmp.klen, c);
            nlet = tmp.nlet;
            up1 = tmp.kase != ZL_LOWER;
            up2 = tmp.kase == ZL_UPPER;
        }
        /* a word glued to a digit, '_' or '@' is an identifier ("x86", "a_b", "user@"): skipped */
        bool glued = (st > 0 && ((s[st - 1] >= '0' && s[st - 1] <= '9') || s[st - 1] == '_' ||
                                 s[st - 1] == '@' || s[st - 1] == '/' || s[st - 1] == '\\')) ||
                     (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '_' || s[e] == '@'));
        if (glued && st > 0 && s[st - 1] == '/' && signature_slash(s, n, st, e)) glued = false;
        /* a lower-case Latin word after a dot glued to a letter is a member or a domain's label
         * ("import.meta", "user.name"); not a Cyrillic one: «г.москва» */
        if (!glued && st > 1 && s[st - 1] == '.' && s[st] >= 'a' && s[st] <= 'z' &&
            (((s[st - 2] | 0x20) >= 'a' && (s[st - 2] | 0x20) <= 'z') ||
             (s[st - 2] >= '0' && s[st - 2] <= '9')))
            glued = true;
        if (!glued && code_identifier(s, n, st, e)) glued = true;
        zl_tok t;
        t.s = st;
        t.e = e;
        t.klen = 0;
        bool folded = false;
        size_t resume = e;
        /* the gap from the previous word: needed only while a cue is pending, or for a name */
        unsigned gap = 0;
        bool gap_known = false;
        if (cx.cue_end != (size_t)-1) {
            gap = have_prev ? quick_gap(s, n, prev_e, st) : ZL_GAP_NL;
            gap_known = true;
            /* a cue reaches across a line break only to the next word ("С уважением,\nАнна") */
            if (((gap & ZL_GAP_STOP) && !(cx.cue_words == 0 && (cx.cue_kind & ZL_CUE_TITLE))) ||
                ((gap & ZL_GAP_NL) && cx.cue_words > 0)) {
                if (!(gap & ZL_GAP_COLON)) cx.cue_end = (size_t)-1; /* "Dr. Patel", "Имя:\nАнна" */
            }
        }
        bool cue_here = false, prev_blocked_now = false;
        if (person && st > 0 && s[st - 1] == '@' && (st == 1 || !handle_glued(s[st - 2]))) {
            /* "@anna_k": a handle, which social text uses for people as often as names */
            zl_wcache_fold(wc, s, n, &t);
            folded = true;
            zl_wcache_hint(wc, cx.prev.s, cx.prev.e);
            size_t r = zl_tagger_at(z, &t);
            if (r > resume) resume = r;
        }
        if (!glued) {
            /* keywords: the run of their three- or four-letter prefix */
            for (int pass = kw3_maybe(c) ? 0 : 2; pass < 2; pass++) {
                const zl_kh_slot *h = kw_bucket(c, nlet, pass);
                if (!h) continue;
                unsigned kn = h->count, k0 = h->start;
                if (!folded) {
                    zl_wcache_fold(wc, s, n, &t);
                    folded = true;
                }
                for (unsigned k = 0; k < kn && !z->error; k++) {
                    const zl_kw *kw = ix->kw_sorted[k0 + k];
                    if (!match_len(kw, ix->kw_len[k0 + k], t.key, t.klen)) continue;
                    if (!zl_kw_next_ok(s, n, e, kw)) continue;
                    size_t r = 0;
                    switch (kw->cls) {
                    case ZL_K_TOPIC:
                        if (zs_enabled(z, kw->arg)) r = zl_topic(z, &t, kw);
                        break;
                    case ZL_K_CUE:
                        /* "the name Grace", «что означает имя Вера»: a name asked about is no
                         * person; the next word is blocked as after «школа имени» */
                        if (name_asked_about(s, n, &cx, &t)) {
                            cx.block_end = e;
                            cx.block_soft = false;
                            cx.block_word = false;
                            break;
                        }
                        cx.cue_end = e;
                        cx.cue_kind = kw->arg;
                        cx.cue_words = 0;
                        cx.cue_word = (kw->arg & ZL_CUE_CALLED) ? cue_word_of(&t) : ZL_CW_OTHER;
                        cue_here = true;
                        break;
                    case ZL_K_NOTNAME: {
                        /* «по имени Бенджамин» names a person the way «имя» does; «от имени Ольги
                         * Смирновой» is on her behalf (a person's or a body's name follows as it
                         * would anywhere); «школа имени Пушкина», «ул. Ленина» name a place
                         * after one */
                        int by = name_preposition(s, kw, &cx, st);
                        if (by == 1) {
                            cx.cue_end = e;
                            cx.cue_kind = ZL_CUE_NAME | ZL_CUE_CALLED;
                            cx.cue_words = 0;
                            cx.cue_word = ZL_CW_OTHER;
                            cue_here = true;
                            break;
                        }
                        if (by == 2) break;
                        cx.block_end = e;
                        cx.block_soft = kw->arg >= 1;
                        cx.block_word = kw->arg == 2;
                        break;
                    }
                    case ZL_K_ADDR:
                        /* "с", "п", "г", "д", "ш" are mostly prepositions and letters: only as
                         * abbreviations ("г.", "д. 5", "д 5") are they address words */
                        if (addr &&
                            (nlet > 1 || (e < n && s[e] == '.') ||
                             (e + 1 < n && s[e] == ' ' && s[e + 1] >= '0' && s[e + 1] <= '9')))
                            r = zl_address(z, &t, kw->arg);
                        break;
                    case ZL_K_DOB:
                        if (dob) r = zl_dob(z, &t, kw->arg);
                        break;
                    default:
                        break;
                    }
                    if (r > resume) resume = r;
                }
            }
            if (addr && up1 && resume == e && e + 2 < n && s[e] == ',' && nlet >= 3) {
                /* «Казань, Баумана 15» */
                if (!folded) {
                    zl_wcache_fold(wc, s, n, &t);
                    folded = true;
                }
                size_t r = zl_address_city(z, &t);
                if (r > resume) resume = r;
            }
            size_t tagged = 0;
            bool named = false; /* by zl_person */
            /* right after "ул.", "имени", "ООО": a street, a school, a company (as zl_person) */
            bool blocked = cx.block_end != (size_t)-1 && cx.block_end == cx.prev.e &&
                           !(person && zl_block_lifted(z, &cx, &t)) &&
                           !(cx.block_word && (zl_gap(s, n, cx.block_end, st) & ZL_GAP_STOP));
            /* and the second word of such a name («улице Льва Толстого») */
            if (prev_blocked && cx.prev.e && only_space_between(s, cx.prev.e, st)) blocked = true;
            prev_blocked_now = blocked && up1;
            /* a block word itself is no name either: «Услуги Салона оплачены» (as zl_person) */
            if (person && (up1 || lower_latin_name(c, nlet)) && resume == e && !cue_here &&
                !blocked && cx.block_end != e) {
                if (!folded) {
                    zl_wcache_fold(wc, s, n, &t);
                    folded = true;
                }
                zl_wcache_hint(wc, cx.prev.s, cx.prev.e);
                tagged = zl_tagger_at(z, &t);
            }
            if (person && resume == e && !cue_here && cx.block_end != e) {
                bool cued = cx.cue_end != (size_t)-1 && !cue_here && cx.cue_words <= 1;
                bool try_person = false;
                if (up1) {
                    if (up2 && (c[0] >= 33 || nlet <= 3) &&
                        !(cued && (cx.cue_kind & ZL_CUE_NAME) && nlet >= 3 && name_bits(c)))
                        /* "INFO", "ИНН", "ООО"; not "Name: MARIA GARCIA"; but a field's "Last,
                         * First" value ("Patient: DOE, JANE": try_at asks the given name) */
                        try_person = field_last_first(s, n, st, e);
                    else if (cued &&
                             (cx.cue_kind != ZL_CUE_WEAK || name_bits(c) || surname_tail(s, st, e)))
                        try_person = true;
                    else {
                        try_person =
                            name_bits(c) || (nlet == 1 && e < n && s[e] == '.'); /* "А.С." */
                        if (!try_person) try_person = name_follows(s, n, e);
                        if (!try_person && surname_tail(s, st, e)) {
                            if (!gap_known) {
                                gap = have_prev ? quick_gap(s, n, prev_e, st) : ZL_GAP_NL;
                                gap_known = true;
                            }
                            if (gap & (ZL_GAP_NL | ZL_GAP_CELL)) try_person = true; /* "Иванов;" */
                        }
                        if (!try_person && !up2 && c[0] >= 1 && c[0] <= 32 && nlet >= 3) {
                            /* a capitalised Russian word inside a sentence is a proper noun: the
                             * person recognizer asks the lexicon which kind ("уточнил Белоусов");
                             * at a sentence's start only one shaped like a surname */
                            if (!gap_known) {
                                gap = have_prev ? quick_gap(s, n, prev_e, st) : ZL_GAP_NL;
                                gap_known = true;
                            }
                            /* (and after a dash right after a cue: «Ваш менеджер — Гончар») */
                            unsigned inside = ZL_GAP_SPACE | ZL_GAP_COMMA |
                                              (cued && cx.cue_words == 0 ? ZL_GAP_DASH : 0);
                            try_person = surname_tail(s, st, e) || (have_prev && !(gap & ~inside));
                        }
                    }
                } else if (cued && cx.cue_kind == ZL_CUE_WEAK && cx.cue_words == 0 && c[0] >= 1 &&
                           c[0] <= 32 && nlet >= 4 && surname_tail(s, st, e)) {
                    try_person = true; /* «это петров из бухгалтерии» (match asks self_intro) */
                } else if (cued && cx.cue_kind == ZL_CUE_WEAK && cx.cue_words == 0 && c[0] >= 1 &&
                           c[0] <= 32 && nlet >= 3 && name_bits(c) && zl_person_lower_name(z, &t)) {
                    /* «мастер гульнара», «моя дочка амина» (the lexicon's reading asked first:
                     * «я хочу», «это было» are the common case) */
                    folded = true;
                    try_person = true;
                } else if (cued && (cx.cue_kind & ZL_CUE_CALLED) &&
                           (name_bits(c) || (c[0] >= 1 && nlet >= 3))) {
                    /* "меня зовут ольга"; "my name is okafor" (match takes an unknown word only
                     * where the cue names anything: "name is", «зовут») */
                    try_person = true;
                } else if (cued && (cx.cue_kind & ZL_CUE_TITLE) && c[0] >= 33 && nlet >= 3) {
                    try_person = true; /* lower-case chat: "ask mr. smith", "what dr. patel said" */
                } else if (cued && (cx.cue_kind & ZL_CUE_TITLE) && cx.cue_words == 0 && c[0] >= 1 &&
                           c[0] <= 32 && nlet >= 4 && surname_tail(s, st, e)) {
                    try_person = true; /* «господин закиев», «госпожи смирновой» */
                } else if (cued && (cx.cue_kind & (ZL_CUE_NAME | ZL_CUE_SAID)) && c[0] >= 1 &&
                           c[0] <= 32 && nlet >= 3 && (name_bits(c) || surname_tail(s, st, e))) {
                    try_person = true; /* chat in lower case: «позовите машу», «звонил петров» */
                } else if (cued && (cx.cue_kind & ZL_CUE_ROLE) && cx.cue_words == 0 && c[0] >= 1 &&
                           c[0] <= 32 && nlet >= 3 &&
                           (lower_name_shape(s, st, e) ||
                            (name_bits(c) && zl_person_lower_name(z, &t)))) {
                    /* «министр лавров», «канцлер ангела меркель», right after the role; not a
                     * people's plural there («голкипера россиян константина барулина») */
                    folded = folded || t.klen; /* zl_person_lower_name folded it */
                    try_person = true;
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 4 && lower_name_shape(s, st, e) &&
                           (patronymic_tail(s, st, e) || next_is_name(s, n, e) ||
                            (cx.prev.e && cx.prev.e + 1 == st && s[cx.prev.e] == ' ' && !prev_up &&
                             name_bits(prev_c)))) {
                    /* "анна сергеевна", "петрова анна", "иванову марию петровну" */
                    try_person = true;
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 4 && lower_name_shape(s, st, e) &&
                           zl_person_lower_initials(s, n, e) > e) {
                    try_person = true; /* «иванова о.п.» */
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 4 && lower_name_shape(s, st, e) &&
                           past_after(s, n, e) &&
                           (!have_prev ||
                            (quick_gap(s, n, prev_e, st) & (ZL_GAP_STOP | ZL_GAP_NL)))) {
                    try_person = true; /* «петров звонил вчера», «иванова заболела» */
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 4 && have_prev && !prev_up &&
                           cx.prev.e + 1 == st && s[cx.prev.e] == ' ' &&
                           lower_name_shape(s, st, e) &&
                           (gov_verb_prev(z, wc, &cx) || person_prep_prev(s, &cx) ||
                            (cx.prev.e == cx.prev.s + 2 && and_person_before(z, &cx, st)))) {
                    /* «скажи иванову», «позвони петровой», «запишите к иванову», «у кузнецовой
                     * выходной», «была у шевчук»; «позвони петрову и хасанову» (match asks the
                     * case) */
                    try_person = true;
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 3 && have_prev && name_bits(c) &&
                           greeted(z, &cx, st)) {
                    try_person = true; /* «спасибо, гульнара!» */
                } else if (c[0] >= 1 && c[0] <= 32 && nlet >= 3 && name_bits(c)) {
                    uint8_t fl;
                    folded = true; /* zl_person_lower_name_flags folds it */
                    if (zl_person_lower_name_flags(z, &t, &fl)) {
                        try_person = true; /* messenger chat: «мы с олей придём», «жду сергея» */
                    } else if (cued && (cx.cue_kind & ZL_CUE_WEAK) && cx.cue_words == 0 &&
                               (fl & (ZL_LX_NAME_M | ZL_LX_NAME_F)) && !(fl & ZL_LX_NOTNAME)) {
                        /* right after a person's noun, a form an ordinary word shares too:
                         * «администратору кате» (match asks that the cases agree) */
                        try_person = true;
                    } else {
                        size_t r = zl_person_lower_pair(z, &t, fl); /* «барак обама» */
                        if (r > resume) resume = r;
                        named = named || r;
                        /* «скажи диме и саше» (match asks the case) */
                        if (!r && have_prev && cx.prev.e == cx.prev.s + 2)
                            try_person = and_person_before(z, &cx, st);
                    }
                }
                if (!try_person && st > 0 && (s[st - 1] == '"' || s[st - 1] == '\'') &&
                    zl_person_field_value(s, n, st))
                    try_person = true; /* `"firstName": "Мария"` */
                /* a cell under a name's column: "Name,Score\nIvanov,5" (from the bytes first: a
                 * delimiter, a line's start or a quote right before, past spaces) */
                if (!try_person && st > 0 && cell_start(s, st) && zl_person_name_cell(z, st))
                    try_person = true;
                if (try_person) {
                    if (!folded) {
                        zl_wcache_fold(wc, s, n, &t);
                        folded = true;
                    }
                    if (!gap_known) gap = have_prev ? quick_gap(s, n, prev_e, st) : ZL_GAP_NL;
                    cx.prev_gap = gap;
                    size_t r = zl_person(z, &cx, &t);
                    if (r > resume) resume = r;
                    named = named || r;
                }
            }
            if (tagged > resume) resume = tagged;
            /* a capitalised word nothing named at a sentence's start, where a capital says
             * nothing: a name later in the text may name it (inside a sentence the weights have
             * read its capital already) */
            if (!tagged && !named && folded && resume == e && !blocked) {
                if (!gap_known) gap = have_prev ? quick_gap(s, n, prev_e, st) : ZL_GAP_NL;
                gap_known = true;
                if (gap & (ZL_GAP_STOP | ZL_GAP_NL)) zl_tagger_later_note(z, &t);
            }
        }
        if (!cue_here) cx.cue_words++;
        /* "King of Spain", "President of France": after a title, "of" names a place next */
        if (cx.cue_end != (size_t)-1 && (cx.cue_kind & (ZL_CUE_TITLE | ZL_CUE_ROLE)) &&
            e - st == 2 && s[st] == 'o' && s[st + 1] == 'f')
            cx.cue_end = (size_t)-1;
        prev_blocked = prev_blocked_now;
        cx.prev.s = st;
        cx.prev.e = resume > e ? 0 : e; /* words a recognizer consumed are not "previous" */
        memcpy(prev_c, c, sizeof prev_c);
        prev_up = up1;
        have_prev = true;
        prev_e = resume;
        i = resume;
    }
    if (person) zl_tagger_later(z, true);
    if (person && z->sc) turkic_patronymic(z, cands_from);
    if (person && z->sc) given_before(z, cands_from);
    if (person && z->sc) particle_bridge(z, cands_from);
    if (z->sc) zl_wcache_wipe(z->sc->wc);
}
