/* rec_digits.c — one reader for every number-shaped identifier.
 *
 * A "run" is a sequence of digit groups joined by short separators (spaces of any width, dashes,
 * dots, slashes, parentheses), with invisible characters allowed anywhere. The run is read once;
 * then contiguous ranges of its groups are classified by digit count, grouping, checksum and
 * context. Every byte is visited a constant number of times: a run is capped at MAX_GROUPS and
 * resumes with an overlap of MAX_SPAN groups, and a group longer than any identifier ends it. */
#include <stdlib.h>

#include "common/mem.h"
#include "common/text.h"
#include "recognize/checksum.h"
#include "recognize/phone.h"
#include "recognize/recognize.h"

#define MAX_GROUPS 64
#define MAX_SPAN 12   /* groups one identifier may span (spaced-out phone: 11) */
#define MAX_DIGITS 20 /* the longest identifier: a bank account */
#define GROUP_CAP 24  /* a group longer than this is no identifier and ends the run */

enum { SEP_SPACE = 1, SEP_DASH = 2, SEP_DOT = 4, SEP_SLASH = 8, SEP_LPAR = 16, SEP_RPAR = 32 };

typedef struct {
    size_t bstart, bend; /* bytes of the group's first digit .. after its last digit */
    size_t pstart;       /* where a span starting at this group starts ('(' or '+' before it) */
    unsigned dstart;     /* index into run.d */
    unsigned char len;
    unsigned char sep; /* separator kinds before this group (0 for the first) */
} group;

typedef struct {
    group g[MAX_GROUPS];
    int ng;
    char d[MAX_GROUPS * GROUP_CAP];
    bool plus;      /* a '+' right before the first group */
    bool truncated; /* stopped at MAX_GROUPS: more groups follow */
    size_t end;     /* where reading stopped */
} run;

static const char *const ctx_passport[] = {"паспорт",      "серия",  "passport",
                                           "удостоверени", "загран", NULL};
/* nine digits are a passport for travel abroad only next to the word itself, not a «серия» */
static const char *const ctx_passport_abroad[] = {"паспорт", "passport", "загран", NULL};
static const char *const ctx_snils[] = {"снилс", "snils", "страхов", NULL};
static const char *const ctx_oms[] = {"полис", "омс", "oms", "медицинск", "страхован", NULL};
static const char *const ctx_phone[] = {"тел",   "номер",    "звон",  "whatsapp", "ватсап",
                                        "вацап", "telegram", "phone", "call",     "mobile",
                                        "моб",   "contact",  "sms",   "смс",      NULL};
static const char *const ctx_account[] = {"р/с", "р/сч",    "расч", "счет", "к/с",
                                          "л/с", "account", "acc.", "acct", NULL};
static const char *const ctx_inn[] = {"инн", "inn", " tin", "налог", " ип ", " ип,", " ип:", NULL};
static const char *const ctx_ogrn[] = {"огрн", "ogrn", NULL};
static const char *const ctx_card[] = {"карт", "card",     "visa", "виза", "mastercard", "maestro",
                                       "мир ", "unionpay", "jcb",  "humo", "uzcard",     NULL};
static const char *const ctx_not_card[] = {"подароч", "gift",   "сертификат", "certificat", "бонус",
                                           "bonus",   "лояльн", "loyalty",    NULL};
/* A US Social Security number's cues ("SSN#", "SS#", "social security number", "soc. sec."). */
static const char *const ctx_ssn[] = {"ssn", "ss#", "social security", "soc sec", "soc. sec", NULL};
static const char *const ctx_version[] = {"верси", "version", "release", "релиз",
                                          "сборк", "build",   NULL};
static const char *const ctx_not_id[] = {"заказ",       "order",     "трек",    "track", "артикул",
                                         "sku",         "накладн",   "invoice", "тикет", "ticket",
                                         "штрихкод",    "штрих-код", "barcode", "ean",   "лот",
                                         "transaction", "транзакц",  "id:",     NULL};

/* Separator between two groups starting at i: returns the length in bytes (0 if none) and the
 * kinds seen. A separator must be followed by a digit. (ends_run() below knows the bytes this
 * refuses at once; a new separator goes there too.) */
static size_t read_sep(const zs_scan *z, size_t i, unsigned char *kinds, size_t *lpar) {
    const unsigned char *s = z->s;
    int spaces = 0, dashes = 0, lp = 0, rp = 0, dots = 0, slashes = 0, visible = 0;
    unsigned char k = 0;
    size_t j = i;
    *lpar = (size_t)-1;
    while (j < z->n && visible <= 4) {
        size_t len;
        int32_t cp;
        if (s[j] < 0x80) { /* ASCII (most separators): its own code point, a digit if 0-9 */
            if (s[j] >= '0' && s[j] <= '9') break;
            cp = s[j];
            len = 1;
        } else {
            cp = zs_decode(s, z->n, j, &len);
            if (zs_digit_at(s, z->n, j, &len) >= 0) break;
        }
        if (cp == '\n' || cp == '\r') return 0;
        /* ASCII answered here: the Unicode tests are calls */
        bool ascii = cp >= 0 && cp < 0x80;
        if ((ascii ? cp == ' ' : zs_is_space(cp)) ||
            cp == '\t') { /* a tab: phones pasted from a table */
            if (++spaces > 2) return 0;
            k |= SEP_SPACE;
        } else if (ascii ? cp == '-' : zs_is_dash(cp)) {
            if (++dashes > 1) return 0;
            k |= SEP_DASH;
        } else if (cp == '.' || cp == 0xFF0E) {
            if (++dots > 1) return 0;
            k |= SEP_DOT;
        } else if (cp == '/' || cp == 0xFF0F) {
            if (++slashes > 1) return 0;
            k |= SEP_SLASH;
        } else if (cp == '(' || cp == 0xFF08) { /* full-width forms too */
            if (++lp > 1) return 0;
            k |= SEP_LPAR;
            *lpar = j;
        } else if (cp == ')' || cp == 0xFF09) {
            if (++rp > 1) return 0;
            k |= SEP_RPAR;
        } else if (!zs_is_number_filler(cp)) {
            return 0;
        } else {
            j += len;
            continue;
        }
        visible++;
        j += len;
    }
    if (j >= z->n || j == i || visible > 4) return 0;
    size_t len;
    if (zs_digit_at(s, z->n, j, &len) < 0) return 0;
    /* Dots and slashes join only digits directly (dates, IPs, "12/03"); mixed with others they
     * are punctuation ending a sentence. */
    if ((k & (SEP_DOT | SEP_SLASH)) && visible > 1) return 0;
    *kinds = k;
    return j - i;
}

/* Reads one group of digits at i (which holds a digit); invisible characters may sit between
 * digits. Returns false if the group is longer than GROUP_CAP (then *end is past all of it). */
static bool read_group(const zs_scan *z, run *r, size_t i, size_t *end) {
    const unsigned char *s = z->s;
    group *g = &r->g[r->ng];
    g->bstart = i;
    g->dstart = r->ng ? r->g[r->ng - 1].dstart + r->g[r->ng - 1].len : 0;
    unsigned len = 0;
    size_t j = i, last = i;
    const zs_marks *m = z->marks;
    while (j < z->n) {
        if (m && (unsigned)(s[j] - '0') < 10u && j >= m->base && j - m->base < m->n) {
            /* a whole run of ASCII digits at once, from the first stage's mask */
            size_t k = zs_marks_digit_run(m, j);
            for (size_t q = 0; q < k && len + q < GROUP_CAP; q++)
                r->d[g->dstart + len + q] = (char)s[j + q];
            len += (unsigned)k;
            j += k;
            last = j;
            continue;
        }
        size_t l;
        int d = zs_digit_at(s, z->n, j, &l);
        if (d >= 0) {
            if (len < GROUP_CAP) r->d[g->dstart + len] = (char)('0' + d);
            len++;
            j += l;
            last = j;
            continue;
        }
        if (s[j] >= 0x80 || s[j] == 0) {
            int32_t cp = zs_decode(s, z->n, j, &l);
            if (zs_is_number_filler(cp)) {
                j += l;
                continue;
            }
        }
        break;
    }
    *end = last;
    if (len > GROUP_CAP) return false;
    g->len = (unsigned char)len;
    g->bend = last;
    g->pstart = i;
    return true;
}

static bool ascii_word_char(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

/* Reads the run whose first digit is at i. */
static void read_run(const zs_scan *z, size_t i, run *r) {
    r->ng = 0;
    r->plus = false;
    r->truncated = false;
    size_t pos = i;
    unsigned char sep = 0;
    size_t lpar = (size_t)-1;
    for (;;) {
        size_t end;
        bool ok = read_group(z, r, pos, &end);
        if (!ok) { /* an over-long digit string: nothing here, and it ends the run */
            r->end = end;
            return;
        }
        group *g = &r->g[r->ng];
        g->sep = sep;
        if (lpar != (size_t)-1) g->pstart = lpar;
        r->ng++;
        r->end = end;
        if (r->ng == MAX_GROUPS) {
            r->truncated = true;
            return;
        }
        size_t sl = read_sep(z, end, &sep, &lpar);
        if (!sl) return;
        pos = end + sl;
    }
}

typedef struct {
    zs_scan *z;
    const run *r;
    const char *d; /* the range's digits: a slice of run.d, not NUL-terminated */
    int n;
    int a, b;           /* group range */
    unsigned char seps; /* union of separator kinds inside the range */
    bool plus;
} range;

static bool all_seps_are(const range *x, unsigned char kind) {
    for (int k = x->a + 1; k <= x->b; k++)
        if (x->r->g[k].sep != kind) return false;
    return true;
}

static bool lens_are(const range *x, const int *lens, int count) {
    if (x->b - x->a + 1 != count) return false;
    for (int k = 0; k < count; k++)
        if (x->r->g[x->a + k].len != lens[k]) return false;
    return true;
}

/* A type the policy switched off is not considered at all, so that a reading it would have won
 * does not hide another one ("полис" next to a card number with RU_OMS off is still a card). */
static bool on(const range *x, int type) {
    return zs_enabled(x->z, type);
}

static bool ctx(const range *x, const char *const *stems) {
    const group *ga = &x->r->g[x->a], *gb = &x->r->g[x->b];
    return zs_scan_context(x->z, ga->pstart, gb->bend, 64, 40, stems);
}

static bool card_prefix(const char *d, int n) {
    int p2 = (d[0] - '0') * 10 + (d[1] - '0');
    int p4 = p2 * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    if (d[0] == '4') return n == 13 || n == 16 || n == 19;   /* Visa */
    if (p2 >= 51 && p2 <= 55) return n == 16;                /* Mastercard */
    if (p4 >= 2221 && p4 <= 2720) return n == 16;            /* Mastercard 2-series */
    if (p4 >= 2200 && p4 <= 2204) return n >= 16 && n <= 19; /* Mir */
    if (p2 == 34 || p2 == 37) return n == 15;                /* Amex */
    if (p2 == 36 || p2 == 38 || (p4 >= 3000 && p4 <= 3059)) return n == 14;   /* Diners */
    if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;                  /* JCB */
    if (p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16; /* Discover */
    if (p2 == 62) return n >= 16 && n <= 19;                                  /* UnionPay */
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19;        /* Maestro */
    return false;
}

static bool card_grouping(const range *x) {
    if (x->a == x->b) return true;
    unsigned char s = x->r->g[x->a + 1].sep;
    if (!(s == SEP_SPACE || s == SEP_DASH) || !all_seps_are(x, s)) return false;
    static const int amex[] = {4, 6, 5}, diners[] = {4, 6, 4};
    if (lens_are(x, amex, 3) || lens_are(x, diners, 3)) return true;
    for (int k = x->a; k < x->b; k++)
        if (x->r->g[k].len != 4) return false;
    return x->r->g[x->b].len >= 1 && x->r->g[x->b].len <= 4;
}

/* Russian area codes start with 3, 4, 8 or 9 (and 7 for Kazakhstan's +7 7xx). */
static bool ru_area(char c, bool plus) {
    return c == '3' || c == '4' || c == '8' || c == '9' || (plus && c == '7');
}

static bool phone_seps_ok(const range *x) {
    return !(x->seps & (SEP_DOT | SEP_SLASH));
}

static bool phone_groups_ok(const range *x) {
    /* Groups of 1–4 digits, or the common "+7 912 3456789" / "8 9123456789" forms. */
    int ng = x->b - x->a + 1;
    for (int k = x->a; k <= x->b; k++) {
        int l = x->r->g[k].len;
        if (l <= 4) continue;
        if (l == 7 && k == x->b && ng >= 2) continue;
        if (l == 10 && k == x->b && ng == 2) continue;
        return false;
    }
    return true;
}

/* A number in another country's national form: a trunk prefix '0' and a national number its
 * plan allows (libphonenumber's lengths and prefixes), written the way people write phones —
 * "07911 123456", "03-6123456", "020 7946 0958", "01 42 68 53 00" — or anything phone-shaped
 * next to a phone word. Dates, prices and order numbers have neither the shape nor the plan. */
static bool national_phone(const range *x) {
    const char *d = x->d;
    int n = x->n, ng = x->b - x->a + 1, first = x->r->g[x->a].len;
    /* the whole run: the middle of a longer digit sequence (an IBAN's groups) is no phone */
    if (x->a != 0 || x->b != x->r->ng - 1) return false;
    if (d[0] != '0' || d[1] == '0' || n < 9 || n > 13) return false;
    if ((ng == 1 && n < 10) || !zs_phone_national_valid(d, n)) return false; /* a BIK is 04 + 7 */
    bool shaped = false;
    if (ng == 2 && first >= 2 && first <= 5 && x->r->g[x->b].len >= 6 && x->r->g[x->b].len <= 8)
        shaped = true; /* "07911 123456", "03-6123456", "030 12345678" */
    else if (ng >= 3 && ng <= 4 && first >= 3 && first <= 5 && n >= 10) {
        shaped = true; /* "020 7946 0958", "0161 496 0000" */
        for (int k = x->a + 1; k <= x->b; k++)
            if (x->r->g[k].len < 3 || x->r->g[k].len > 4) shaped = false;
    } else if (ng == 5 && n == 10) {
        static const int fr[] = {2, 2, 2, 2, 2}; /* "01 42 68 53 00" */
        shaped = lens_are(x, fr, 5);
    }
    if (ng > 1 && !all_seps_are(x, x->r->g[x->a + 1].sep)) shaped = false;
    /* next to a phone word an area code and a number of five digits do too: Ukraine's "03112
     * 34567" */
    if (!shaped &&
        !((ng == 1 || phone_groups_ok(x) || (ng == 2 && first <= 5)) && ctx(x, ctx_phone)))
        return false;
    return !ctx(x, ctx_not_id) && !ctx(x, ctx_version);
}

/* Kazakhstan and Belarus dial 8 before a national number as Russia does: «8 (727) 258-34-34»,
 * «8 771 000 99 98» (KZ, +7 7xx: an area Russia has not) and «8 029 491-19-11», «8 (0152)
 * 45-09-11» (BY, +375 after 8 and the old trunk 0). Their plans decide; the form must be a
 * phone's groups or a phone word must be near, as for a bare 7XXXXXXXXXX. */
static bool trunk8_neighbour(const range *x) {
    const char *d = x->d;
    if (x->plus || x->n != 11 || d[0] != '8') return false;
    if (!(d[1] == '7' ? zs_phone_region_valid("KZ", d + 1, 10)
                      : d[1] == '0' && zs_phone_region_valid("BY", d + 2, 9)))
        return false;
    if (x->a != 0 || x->b != x->r->ng - 1 || ctx(x, ctx_not_id)) return false;
    return (x->a != x->b && phone_groups_ok(x)) || ctx(x, ctx_phone);
}

/* A sum of money: a currency sign right before the digits or a currency word right after them
 * («долг 12 345 678 рублей», "costs 12 345 678 dollars", "$12 345 678"). */
static bool money_around(const range *x) {
    static const char *const cur[] = {"руб",   "р.",  "₽",    "$",    "€",    "£",    "сум",
                                      "тенге", "тг",  "usd",    "eur",  "rub",  "kzt",  "uzs",
                                      "uah",   "byn", "dollar", "euro", "евро", "долл", "грн",
                                      "тыс",   "млн", "млрд",   NULL};
    const unsigned char *s = x->z->s;
    size_t n = x->z->n, i = x->r->g[x->b].bend, p = x->r->g[x->a].pstart;
    if (p > 0 && (s[p - 1] == '$' || (p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x82 &&
                                      (s[p - 1] == 0xAC || s[p - 1] == 0xBD)))) /* € ₽ */
        return true;
    if (p >= 2 && s[p - 2] == '$' && s[p - 1] == ' ') return true;
    while (i < n && s[i] == ' ')
        i++;
    char w[24]; /* the word after the number, folded («Руб», "USD" too) */
    size_t l = zs_fold_ctx(s, i, i + 16 < n ? i + 16 : n, w, sizeof w);
    for (int k = 0; cur[k]; k++) {
        size_t cl = strlen(cur[k]);
        if (cl <= l && memcmp(w, cur[k], cl) == 0) return true;
    }
    return false;
}

/* A national number of a country that dials no trunk prefix, in a phone's groups, next to a
 * phone word: «Мой номер 91 234 56 78» (Uzbekistan), "Phone: 612 34 56 78" (Spain), "512 345
 * 678" (Poland). Eight to ten digits in three groups or more of one to four parted by spaces, the
 * first of two or three (not a date's year, "2024-03-21 03", nor an SSN's "555-12-3456"), no
 * order word near. */
static bool bare_national(const range *x) {
    int ng = x->b - x->a + 1, first = x->r->g[x->a].len;
    if (x->plus || x->n < 8 || x->n > 10 || x->d[0] == '0') return false;
    if (x->a != 0 || x->b != x->r->ng - 1) return false;
    if (!all_seps_are(x, SEP_SPACE)) return false;
    /* India's mobiles as Indians write them, two groups of five: "Phone: 98765 43210" */
    bool in_mobile = ng == 2 && x->n == 10 && first == 5 && x->d[0] >= '6';
    if (!in_mobile && (ng < 3 || first < 2 || first > 3)) return false;
    for (int k = x->a; k <= x->b && !in_mobile; k++)
        if (x->r->g[k].len > 4) return false;
    static const char *const doc[] = {"договор", "contract", "полис", "policy",
                                      "квитанц", "receipt",  NULL};
    return zs_phone_bare_valid(x->d, x->n) && ctx(x, ctx_phone) && !ctx(x, ctx_not_id) &&
           !ctx(x, ctx_account) && !ctx(x, doc) && !money_around(x);
}

/* A checksummed identifier written in groups of its owner's choosing, its name right before it:
 * «ИНН: 5001 0073 2259», «инн 500-100-732-259», «снилс: 112-233-44595». Groups of two digits or
 * more, one kind of separator. */
static bool id_grouped(const range *x, const char *const *cue) {
    if (x->a != 0 || x->b != x->r->ng - 1 || !all_seps_are(x, x->r->g[x->a + 1].sep)) return false;
    for (int k = x->a; k <= x->b; k++)
        if (x->r->g[k].len < 2) return false;
    return ctx(x, cue);
}

static int classify_phone(const range *x) {
    if (!on(x, ZASLON_PHONE_NUMBER)) return -1;
    const char *d = x->d;
    int n = x->n;
    bool single = x->a == x->b;
    if (!single && !phone_seps_ok(x)) {
        /* North American "415.555.2671" */
        static const int nanp[] = {3, 3, 4};
        if (n == 10 && all_seps_are(x, SEP_DOT) && lens_are(x, nanp, 3) && d[0] >= '2' &&
            d[3] >= '2')
            return ZASLON_PHONE_NUMBER;
        /* "01.42.68.53.00" */
        if (n == 10 && all_seps_are(x, SEP_DOT) && x->b - x->a == 4 && national_phone(x))
            return ZASLON_PHONE_NUMBER;
        /* "8.912.345.67.89", "+7.912.345.67.89": dots throughout, phone-like groups */
        if (n == 11 && all_seps_are(x, SEP_DOT) && (d[0] == '8' || d[0] == '7') &&
            ru_area(d[1], x->plus) && phone_groups_ok(x) && x->r->g[x->a].len == 1)
            return ZASLON_PHONE_NUMBER;
        return -1;
    }
    /* 8/7 + ten digits with a Russian area code is specific enough in any grouping (digits
     * joined by invisible characters make odd groups); other forms need phone-like groups. */
    if (!x->plus && (national_phone(x) || trunk8_neighbour(x) || bare_national(x)))
        return ZASLON_PHONE_NUMBER;
    bool ru11 = n == 11 && (d[0] == '8' || d[0] == '7') && ru_area(d[1], x->plus);
    if (!single && !ru11 && !phone_groups_ok(x) && !x->plus) return -1;
    if (x->plus) {
        if (d[0] == '7') return (n == 11 && ru_area(d[1], true)) ? ZASLON_PHONE_NUMBER : -1;
        if (n >= 8 && n <= 15 && d[0] != '0' && (zs_phone_intl_valid(d, n) || !single))
            return ZASLON_PHONE_NUMBER;
        return -1;
    }
    if (n == 11 && (d[0] == '8' || d[0] == '7') && ru_area(d[1], false)) {
        /* A bare 7XXXXXXXXXX (wa.me style) needs a phone word nearby. */
        if (single && d[0] == '7' && !ctx(x, ctx_phone)) return -1;
        return ZASLON_PHONE_NUMBER;
    }
    if (single) return -1;
    int first = x->r->g[x->a].len;
    if (n == 10 && d[0] == '9' && first == 3) return ZASLON_PHONE_NUMBER;
    /* a Russian city number with its area code and no trunk prefix, the code in brackets or a
     * phone word near: «тел (495) 123-45-67», «(4012) 12-34-56», «тел. 812 555-12-34» */
    if (n == 10 && ru_area(d[0], false) && first >= 3 && first <= 5 &&
        ((x->r->g[x->a + 1].sep & SEP_RPAR) || ctx(x, ctx_phone)) && !ctx(x, ctx_not_id)) {
        bool small = true;
        for (int k = x->a + 1; k <= x->b; k++)
            small = small && x->r->g[k].len <= 3;
        if (small) return ZASLON_PHONE_NUMBER;
    }
    static const int nanp[] = {3, 3, 4}, nanp1[] = {1, 3, 3, 4};
    if (n == 10 && lens_are(x, nanp, 3) && d[0] >= '2' && d[3] >= '2') return ZASLON_PHONE_NUMBER;
    if (n == 11 && d[0] == '1' && lens_are(x, nanp1, 4) && d[1] >= '2') return ZASLON_PHONE_NUMBER;
    return -1;
}

/* SSA's structure of a Social Security number: area 001-899 except 666, group 01-99, serial
 * 0001-9999. */
static bool ssn_valid(const char *d) {
    int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    return area != 0 && area != 666 && area < 900 && !(d[3] == '0' && d[4] == '0') &&
           memcmp(d + 5, "0000", 4) != 0;
}

/* The numbers printed on sample cards and in examples, which people quote as such. */
static bool ssn_famous(const char *d) {
    return memcmp(d, "078051120", 9) == 0 || memcmp(d, "219099999", 9) == 0 ||
           memcmp(d, "123456789", 9) == 0;
}

/* US_SSN: nine digits with a cue nearby, or 3-2-4 joined by dashes or by spaces alone, neither
 * group beside them joined the same way (the middle of a longer number is none). Without a cue
 * a phone word, an order word or a famous example number says it is something else. */
/* The shape alone (no context read): 0 none, 1 nine digits in one group, 2 grouped 3-2-4. */
static int ssn_shape(const range *x) {
    if (x->n != 9 || !on(x, ZASLON_US_SSN) || !ssn_valid(x->d)) return 0;
    static const int lens[] = {3, 2, 4};
    if (lens_are(x, lens, 3)) {
        unsigned char s = x->r->g[x->a + 1].sep;
        if ((s == SEP_DASH || s == SEP_SPACE) && all_seps_are(x, s) &&
            (x->a == 0 || x->r->g[x->a].sep != s) &&
            (x->b == x->r->ng - 1 || x->r->g[x->b + 1].sep != s))
            return 2;
    }
    return x->a == x->b ? 1 : 0;
}

static bool us_ssn(const range *x) {
    int shape = ssn_shape(x);
    if (!shape) return false;
    if (ctx(x, ctx_ssn)) return true;
    return shape == 2 && !ssn_famous(x->d) && !ctx(x, ctx_phone) && !ctx(x, ctx_not_id);
}

static bool spaced_digits(const range *x) {
    for (int k = x->a; k <= x->b; k++)
        if (x->r->g[k].len != 1) return false;
    return x->b > x->a;
}

/* Returns the type of the group range, or -1. Also files deferred bank accounts. */
static int classify(zs_scan *z, range *x) {
    const char *d = x->d;
    int n = x->n;
    bool single = x->a == x->b;

    /* IPv4: exactly four dot-joined groups, octets 0–255 without leading zeros. */
    if (x->b - x->a == 3 && all_seps_are(x, SEP_DOT)) {
        bool ok = (x->a == 0 || x->r->g[x->a].sep != SEP_DOT) &&
                  (x->b + 1 >= x->r->ng || x->r->g[x->b + 1].sep != SEP_DOT);
        for (int k = x->a; ok && k <= x->b; k++) {
            const group *g = &x->r->g[k];
            const char *o = x->r->d + g->dstart;
            /* the length first: a group may hold up to GROUP_CAP digits, past any int */
            if (g->len > 3 || (g->len > 1 && o[0] == '0')) {
                ok = false;
                break;
            }
            int v = 0;
            for (int t = 0; t < g->len; t++)
                v = v * 10 + (o[t] - '0');
            if (v > 255) ok = false;
        }
        return ok && on(x, ZASLON_IP_ADDRESS) ? ZASLON_IP_ADDRESS : -1;
    }
    /* A '+' and a country code make a phone, whatever checksum its digits happen to pass, and
     * whatever the local habit of grouping ("+687 20.12.34"). */
    if (x->plus && on(x, ZASLON_PHONE_NUMBER) && n >= 7 && !(x->seps & SEP_SLASH) &&
        zs_phone_intl_valid(d, n) && (single || phone_groups_ok(x)))
        return ZASLON_PHONE_NUMBER;
    if (x->seps & SEP_DOT && !(n == 10 && x->b - x->a == 2))
        return all_seps_are(x, SEP_DOT) ? classify_phone(x) : -1;
    if (x->seps & SEP_SLASH) return -1;

    if (on(x, ZASLON_PHONE_NUMBER) && spaced_digits(x) && n == 11 && (d[0] == '8' || d[0] == '7') &&
        ru_area(d[1], false))
        return ZASLON_PHONE_NUMBER;

    static const int p27[] = {2, 7};
    switch (n) {
    case 9:
        /* A cue makes nine digits an SSN before anything else; without one a phone reading
         * keeps its place and the 3-2-4 grouping alone decides. */
        if (ssn_shape(x) && ctx(x, ctx_ssn)) return ZASLON_US_SSN;
        /* a Russian passport for travel abroad: «загранпаспорт 75 1234567» (two and seven) */
        if (on(x, ZASLON_RU_PASSPORT) && (single || lens_are(x, p27, 2)) &&
            ctx(x, ctx_passport_abroad) && !ctx(x, ctx_not_id))
            return ZASLON_RU_PASSPORT;
        {
            int t = classify_phone(x);
            if (t >= 0) return t;
        }
        return us_ssn(x) ? ZASLON_US_SSN : -1;
    case 10: {
        static const int p46[] = {4, 6}, p226[] = {2, 2, 6};
        if (on(x, ZASLON_RU_PASSPORT) && (single || lens_are(x, p46, 2) || lens_are(x, p226, 3)) &&
            ctx(x, ctx_passport))
            return ZASLON_RU_PASSPORT;
        /* «мой номер 9161234567»: a mobile's shape next to a phone word is the phone, though one
         * such number in ten passes the INN's check digit too; «ИНН» beside it says otherwise */
        bool mobile = on(x, ZASLON_PHONE_NUMBER) && single && d[0] == '9' && ctx(x, ctx_phone);
        if (on(x, ZASLON_RU_INN) && zs_inn_valid(d, 10) &&
            (single ? ctx(x, ctx_inn) || (!mobile && !ctx(x, ctx_not_id)) : id_grouped(x, ctx_inn)))
            return ZASLON_RU_INN;
        if (mobile) return ZASLON_PHONE_NUMBER;
        return classify_phone(x);
    }
    case 11: {
        static const int snils[] = {3, 3, 3, 2};
        bool snils_ok = on(x, ZASLON_RU_SNILS) && zs_snils_valid(d, 11);
        if (snils_ok && lens_are(x, snils, 4)) return ZASLON_RU_SNILS;
        if (snils_ok && (single ? ctx(x, ctx_snils) : id_grouped(x, ctx_snils)))
            return ZASLON_RU_SNILS;
        int t = classify_phone(x);
        if (t >= 0) return t;
        if (snils_ok && single && !ctx(x, ctx_not_id)) return ZASLON_RU_SNILS;
        return -1;
    }
    case 12: {
        if (on(x, ZASLON_RU_INN) && zs_inn_valid(d, 12) &&
            (single ? ctx(x, ctx_inn) || !ctx(x, ctx_not_id) : id_grouped(x, ctx_inn)))
            return ZASLON_RU_INN;
        int t = classify_phone(x);
        if (t >= 0) return t;
        break;
    }
    case 13:
    case 15:
        if (on(x, ZASLON_RU_OGRN) && single && zs_ogrn_valid(d, (size_t)n) &&
            ((n == 13 && (d[0] == '1' || d[0] == '5')) || (n == 15 && d[0] == '3')) &&
            (ctx(x, ctx_ogrn) || !ctx(x, ctx_not_id)))
            return ZASLON_RU_OGRN;
        break;
    case 16:
        if (on(x, ZASLON_RU_OMS) && (single || card_grouping(x)) && zs_luhn(d, 16) &&
            ctx(x, ctx_oms))
            return ZASLON_RU_OMS;
        break;
    case 20:
        if (!on(x, ZASLON_RU_BANK_ACCOUNT)) break;
        {
            zs_scratch *sc = z->sc;
            if (sc->naccounts == sc->cap_accounts) {
                size_t cap = sc->cap_accounts ? sc->cap_accounts * 2 : 8;
                zs_account *p = realloc(sc->accounts, cap * sizeof *p);
                if (!p) {
                    z->error = ZASLON_E_NOMEM;
                    return -1;
                }
                sc->accounts = p;
                sc->cap_accounts = cap;
            }
            zs_account *acc = &sc->accounts[sc->naccounts++];
            acc->start = x->r->g[x->a].pstart;
            acc->end = x->r->g[x->b].bend;
            memcpy(acc->digits, d, 20);
            acc->digits[20] = '\0';
            acc->context = ctx(x, ctx_account);
        }
        return -2; /* decided later; the range is taken */
    default:
        break;
    }
    if (on(x, ZASLON_CREDIT_CARD) && n >= 13 && n <= 19 && card_grouping(x) && card_prefix(d, n) &&
        zs_luhn(d, (size_t)n))
        return ZASLON_CREDIT_CARD;
    /* Issuers the table above does not know (Humo 9860, Uzcard 8600, private-label cards): a
     * Luhn-valid 12-19 digits in a card's grouping with a card word nearby. */
    if (on(x, ZASLON_CREDIT_CARD) && n >= 12 && n <= 19 && x->a == 0 && x->b == x->r->ng - 1 &&
        card_grouping(x) && zs_luhn(d, (size_t)n) && ctx(x, ctx_card) && !ctx(x, ctx_not_id) &&
        !ctx(x, ctx_not_card))
        return ZASLON_CREDIT_CARD;
    if (n >= 8) return classify_phone(x);
    /* a city number without its area code, next to a phone word: «тел.: 345-67-89». Only the
     * whole run, in the 3-2-2 grouping of such numbers (a date is 2-2-2 or 2-2-4) */
    static const int local7[] = {3, 2, 2};
    if (n == 7 && on(x, ZASLON_PHONE_NUMBER) && x->a == 0 && x->b == x->r->ng - 1 &&
        lens_are(x, local7, 3) && (all_seps_are(x, SEP_DASH) || all_seps_are(x, SEP_SPACE)) &&
        d[0] != '0' && ctx(x, ctx_phone) && !ctx(x, ctx_not_id))
        return ZASLON_PHONE_NUMBER;
    return -1;
}

static bool plate_letter(int32_t cp) {
    /* А В Е К М Н О Р С Т У Х and their Latin lookalikes, either case. */
    static const int32_t cyr[] = {0x410, 0x412, 0x415, 0x41A, 0x41C, 0x41D,
                                  0x41E, 0x420, 0x421, 0x422, 0x423, 0x425};
    if (cp < 0x80) {
        switch (cp & ~0x20) {
        case 'A':
        case 'B':
        case 'E':
        case 'K':
        case 'M':
        case 'H':
        case 'O':
        case 'P':
        case 'C':
        case 'T':
        case 'Y':
        case 'X':
            return true;
        default:
            return false;
        }
    }
    if (cp >= 0x430 && cp <= 0x44F) cp -= 0x20;
    for (size_t k = 0; k < sizeof cyr / sizeof cyr[0]; k++)
        if (cyr[k] == cp) return true;
    return false;
}

/* "А123ВС77", "а 123 вс 777": a letter, three digits, two letters, a 2–3 digit region. */
static void try_plate(zs_scan *z, const group *g) {
    const unsigned char *s = z->s;
    size_t n = z->n, len;
    if (g->len != 3 || g->bstart == 0) return;
    size_t p = zs_prev_start(s, g->bstart);
    if (s[p] == ' ' && p > 0) p = zs_prev_start(s, p);
    if (!plate_letter(zs_decode(s, n, p, &len))) return;
    if (p > 0) {
        size_t q = zs_prev_start(s, p);
        if (zs_is_alnum(zs_decode(s, n, q, &len))) return;
    }
    size_t j = g->bend;
    if (j < n && s[j] == ' ') j++;
    for (int k = 0; k < 2; k++) {
        if (j >= n || !plate_letter(zs_decode(s, n, j, &len))) return;
        j += len;
    }
    if (j < n && (s[j] == ' ' || s[j] == '|')) j++;
    int digits = 0;
    while (j < n && s[j] >= '0' && s[j] <= '9' && digits < 4) {
        j++;
        digits++;
    }
    if (digits < 2 || digits > 3) return;
    /* the flag's letters glued to the region, as plates print them: «М123ОР77RUS» */
    if (j + 3 <= n && (s[j] | 0x20) == 'r' && (s[j + 1] | 0x20) == 'u' &&
        (s[j + 2] | 0x20) == 's' && !(j + 3 < n && zs_is_alnum(zs_decode(s, n, j + 3, &len))))
        j += 3;
    if (j < n && zs_is_alnum(zs_decode(s, n, j, &len))) return;
    if (zs_enabled(z, ZASLON_RU_CAR_PLATE)) zs_add(z, p, j, ZASLON_RU_CAR_PLATE, 5);
}

/* "серия 4510 № 123456": the series run is followed by a number sign or word and six digits. */
static void try_passport_split(zs_scan *z, const run *r) {
    int last = r->ng - 1, first = last;
    int digits = r->g[last].len;
    if (digits == 2 && last > 0 && r->g[last - 1].len == 2) {
        first = last - 1;
        digits = 4;
    }
    if (digits != 4) return;
    const unsigned char *s = z->s;
    size_t n = z->n, j = r->g[last].bend;
    while (j < n && s[j] == ' ')
        j++;
    static const char *const marks[] = {"\xE2\x84\x96", "номер", "No.", "No", "N", "н.", NULL};
    bool mark = false;
    for (int k = 0; marks[k]; k++) {
        size_t l = strlen(marks[k]);
        if (j + l <= n && memcmp(s + j, marks[k], l) == 0) {
            j += l;
            mark = true;
            break;
        }
    }
    if (!mark) return;
    while (j < n && (s[j] == ' ' || s[j] == ':'))
        j++;
    size_t k = j;
    int cnt = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9') {
        k++;
        cnt++;
    }
    size_t l2;
    if (cnt != 6 || (k < n && zs_is_alnum(zs_decode(s, n, k, &l2)))) return;
    if (!zs_scan_context(z, r->g[first].bstart, k, 64, 0, ctx_passport)) return;
    if (zs_enabled(z, ZASLON_RU_PASSPORT)) zs_add(z, r->g[first].bstart, k, ZASLON_RU_PASSPORT, 3);
}

static bool left_boundary_ok(const zs_scan *z, size_t start) {
    if (start == 0) return true;
    unsigned char c = z->s[start - 1];
    /* Digits glued to ASCII letters are codes (RA123456789RU, SKU-...), not identifiers; a
     * Cyrillic label glued on ("ИНН7707083893") still counts. */
    if (c == ':') /* "Телефон:8912..." yes; "12:30", "::ffff:1.2.3.4" no */
        return !(start >= 2 &&
                 ((z->s[start - 2] >= '0' && z->s[start - 2] <= '9') || z->s[start - 2] == ':'));
    /* an abbreviation's stop right before the digits: «тел.89123456789», «т.8912…», «д.5»; not
     * "1.5", "v.123", "file.123" */
    if (c == '.' && start >= 3 && z->s[start - 2] >= 0x80 && (z->s[start - 3] & 0xE0) == 0xC0)
        return true;
    return !(ascii_word_char(c) || c == '.' || c == '/' || c == '@' || c == '#');
}

static bool right_boundary_ok(const zs_scan *z, size_t end) {
    if (end >= z->n) return true;
    unsigned char c = z->s[end];
    if (ascii_word_char(c) || c == '@' || c == '/') return false;
    /* "12.5" continues a number; "... 89.", a sentence end, does not. */
    if (c == '.' && end + 1 < z->n && z->s[end + 1] >= '0' && z->s[end + 1] <= '9') return false;
    return true;
}

/* An extension after a phone: "x565", " ext. 12", ", доб. 345", " (добавочный 12)", " (доб. 7)",
 * " вн. 12". Returns where the extension ends, or 0. A bare "x" needs two digits: "+7912... x2
 * пачки" is a quantity. */
static size_t phone_extension(const zs_scan *z, size_t i) {
    static const char *const marks[] = {"добавочный", "доб.", "доб", "внутр.", "вн.",
                                        "extension",  "ext.", "ext", "x",      NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, j = i;
    bool paren = false;
    while (j < n && s[j] == ' ' && j - i < 2)
        j++;
    if (j < n && (s[j] == ',' || s[j] == '(')) paren = s[j++] == '(';
    while (j < n && s[j] == ' ' && j - i < 4)
        j++;
    /* every mark starts with x, e, д or в: most numbers end before anything else */
    if (j >= n || !((s[j] | 0x20) == 'x' || (s[j] | 0x20) == 'e' ||
                    (j + 1 < n && (s[j] == 0xD0 && (s[j + 1] == 0xB4 || s[j + 1] == 0x94 ||
                                                    s[j + 1] == 0xB2 || s[j + 1] == 0x92)))))
        return 0;
    char buf[24];
    size_t m = 0, fl = zs_fold_ctx(s, j, j + 20 < n ? j + 20 : n, buf, sizeof buf);
    for (int k = 0; marks[k] && !m; k++) {
        size_t l = strlen(marks[k]);
        /* folding keeps the length of ASCII and Cyrillic, so l bytes of the text are the mark */
        if (l <= fl && memcmp(buf, marks[k], l) == 0) m = l;
    }
    if (!m) return 0;
    bool bare_x = m == 1;
    j += m;
    while (j < n && s[j] == ' ')
        j++;
    size_t ds = j;
    while (j < n && s[j] >= '0' && s[j] <= '9' && j - ds < 7)
        j++;
    if (j == ds || j - ds > 6 || (bare_x && j - ds < 2)) return 0;
    if (j < n && (ascii_word_char(s[j]) || s[j] >= 0xD0)) return 0;
    if (paren && !(j < n && s[j] == ')')) return 0;
    return paren ? j + 1 : j;
}

/* Does byte c, right after a group's last digit, keep any other group from joining it (what
 * read_sep() would refuse at once): an ASCII byte other than a digit, a space and the separators
 * "-./()", or the lead byte of a Cyrillic letter (D0/D1)? */
static bool ends_run(unsigned char c) {
    if (c == 0xD0 || c == 0xD1) return true;
    return c < 0x80 && !(c >= '0' && c <= '9') && c != ' ' && c != '-' && c != '.' && c != '/' &&
           c != '(' && c != ')' && c != '\t' && c != 0;
}

/* The common number of a chat, "в 18:00", "2 шт", "к 5 часам": one group of at most three ASCII
 * digits that nothing can join to another. No identifier has fewer than four digits; three may
 * still be a car plate's. dl: the ASCII digits at i (counted up to 11). Returns the group's end,
 * or 0 to read the run in full. */
static size_t short_number(zs_scan *z, size_t i, size_t dl) {
    const unsigned char *s = z->s;
    size_t n = z->n, k = i + (dl < 4 ? dl : 4);
    if (k - i > 3) return 0;
    if (k < n && !ends_run(s[k]) && !(s[k] == ' ' && (k + 1 == n || ends_run(s[k + 1])))) return 0;
    if (k - i == 3) {
        group g = {.bstart = i, .bend = k, .pstart = i, .len = 3};
        try_plate(z, &g);
    }
    return k;
}

static bool token_char(unsigned char c) {
    return ascii_word_char(c) || c == '-';
}

/* A Telegram Bot API token, "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw": the bot's id (8-10
 * digits), ':', then 34-35 characters of [A-Za-z0-9_-] that start with "AA". dl: the ASCII digits
 * at i (counted up to 11). Returns its end or 0. */
static size_t telegram_token(const zs_scan *z, size_t i, size_t dl) {
    const unsigned char *s = z->s;
    size_t n = z->n, k = i + dl;
    /* in the Bot API's URLs the token follows "/bot": "api.telegram.org/bot110201543:AAH…" */
    bool url = i >= 4 && memcmp(s + i - 4, "/bot", 4) == 0;
    if (i > 0 && token_char(s[i - 1]) && !url) return 0;
    if (k - i < 8 || k - i > 10 || k + 36 > n || s[k] != ':' || s[k + 1] != 'A' || s[k + 2] != 'A')
        return 0;
    size_t e = k + 1;
    while (e < n && token_char(s[e]) && e - k <= 36)
        e++;
    size_t len = e - k - 1; /* 35 today; Telegram's own example has 34 */
    return (len == 34 || len == 35) && !(e < n && token_char(s[e])) ? e : 0;
}

/* A Bitrix24 incoming webhook, "https://x.bitrix24.ru/rest/1/abc123secret/": at the user id after
 * "/rest/" of a Bitrix24 host, the id and the secret code that follows are the key to the portal.
 * Returns the secret's end or 0. */
static size_t bitrix_webhook(const zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (i < 6 || memcmp(s + i - 6, "/rest/", 6) != 0) return 0;
    size_t h = i - 6, lim = h > 120 ? h - 120 : 0;
    bool host = false;
    while (h > lim && s[h - 1] > ' ' && !host) {
        h--;
        host = h + 9 <= i && memcmp(s + h, "bitrix24.", 9) == 0;
    }
    if (!host) return 0;
    size_t k = i;
    while (k < n && s[k] >= '0' && s[k] <= '9' && k - i < 10)
        k++;
    if (k == i || k >= n || s[k] != '/') return 0;
    size_t c = ++k;
    while (k < n && ascii_word_char(s[k]) && k - c <= 64)
        k++;
    if (k - c < 8 || k - c > 64) return 0;
    return k;
}

/* The separators a cue may leave before its code (spaces, ':', dashes, closing quotes), walked
 * back from i: returns where they start, *seps their count (more than 6: none of ours). */
static size_t cue_seps_before(const unsigned char *s, size_t n, size_t i, int *seps) {
    size_t ce = i, len;
    *seps = 0;
    while (ce > 0 && *seps <= 6) {
        size_t p = zs_prev_start(s, ce);
        int32_t cp = zs_decode(s, n, p, &len);
        if (!(zs_is_space(cp) || cp == ':' || zs_is_dash(cp) || cp == 0x2014 || cp == 0x2013 ||
              cp == '"' || cp == 0xBB || cp == 0x201D))
            break;
        ce = p;
        (*seps)++;
    }
    return ce;
}

/* Whether the folded text before a matched cue (fl bytes of buf) ends a word, so that the cue is
 * a word of its own: "acid 123", "spin 1234", «шпинкод» are none. */
static bool cue_starts_word(const char *buf, size_t fl) {
    unsigned char b = fl ? (unsigned char)buf[fl - 1] : ' ';
    if (!(ascii_word_char(b) || b >= 0x80)) return true;
    if (b < 0x80 || fl < 2) return false;
    size_t len;
    int32_t cp = zs_decode((const unsigned char *)buf, fl,
                           zs_prev_start((const unsigned char *)buf, fl), &len);
    return !zs_is_alnum(cp);
}

/* A PIN or a one-time code, named right before it: "pin 1234", «пин-код от карты 4821», «код из
 * смс 4521», «Код подтверждения: 739104», "The verification code is 482913". Four to eight digits,
 * the whole number. Whoever holds one can pay with the card or sign in as its owner, so it is a
 * SECRET. A bare «код» or "code" is not a cue (a region's, a product's, a zip code). dl: the ASCII
 * digits at i (counted up to 11). Returns the code's end, its span added, or 0. */
static size_t auth_code(zs_scan *z, size_t i, size_t dl) {
    static const char *const cues[] = {"pin",
                                       "пин",
                                       "пин-код",
                                       "пинкод",
                                       "pin code",
                                       "pin-code",
                                       "pin is",
                                       "пин-код от карты",
                                       "пин от карты",
                                       "пин-код карты",
                                       "код из смс",
                                       "код из sms",
                                       "смс-код",
                                       "sms-код",
                                       "смс код",
                                       "sms code",
                                       "код подтверждения",
                                       "проверочный код",
                                       "одноразовый код",
                                       "код для входа",
                                       "код доступа",
                                       "verification code",
                                       "verification code is",
                                       "confirmation code",
                                       "confirmation code is",
                                       "one-time code",
                                       "otp",
                                       "otp is",
                                       "otp code",
                                       "2fa code",
                                       "auth code",
                                       "login code",
                                       "security pin",
                                       "passcode",
                                       "passcode is",
                                       NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, ce = i;
    if (dl < 4 || dl > 8 || i < 4 || !zs_enabled(z, ZASLON_SECRET)) return 0;
    unsigned char pb = s[i - 1];
    if (!(pb == ' ' || pb == ':' || pb == '-' || pb == '"' || pb == '\t' || pb >= 0x80)) return 0;
    size_t de = i + dl;
    if (de < n && (ascii_word_char(s[de]) || s[de] == 0xD0 || s[de] == 0xD1)) return 0;
    /* part of a longer number ("1234 5678", "12.03") is read as such */
    size_t q = de;
    while (q < n && q - de < 2 && (s[q] == ' ' || s[q] == '-' || s[q] == '.' || s[q] == '/'))
        q++;
    if (q > de && q < n && s[q] >= '0' && s[q] <= '9') return 0;
    int seps;
    ce = cue_seps_before(s, n, i, &seps);
    if (seps == 0 || seps > 6 || ce == 0) return 0;
    /* the cue's last word, before the window is folded: most numbers follow «в», «на», «руб» */
    static const char *const finals[] = {
        "pin", "пин",   "код",   "code",    "смс",      "sms",           "otp",
        "is",  "карты", "входа", "доступа", "passcode", "подтверждения", NULL};
    size_t ws = ce;
    while (ws > 0 && ce - ws < 30 &&
           (((s[ws - 1] | 0x20) >= 'a' && (s[ws - 1] | 0x20) <= 'z') || s[ws - 1] >= 0x80))
        ws--;
    if (ws == ce || ce - ws >= 30) return 0;
    char lw[40];
    size_t ll = zs_fold_ctx(s, ws, ce, lw, sizeof lw);
    bool final = false;
    for (int k = 0; finals[k] && !final; k++)
        final = strncmp(lw, finals[k], ll) == 0 && finals[k][ll] == 0; /* no strlen per number */
    if (!final) return 0;
    char buf[48];
    size_t w = ce > 40 ? ce - 40 : 0;
    while (w < ce && (s[w] & 0xC0) == 0x80)
        w++;
    size_t fl = zs_fold_ctx(s, w, ce, buf, sizeof buf), l = 0;
    for (int k = 0; cues[k]; k++) {
        size_t m = strlen(cues[k]);
        if (m <= fl && m > l && memcmp(buf + fl - m, cues[k], m) == 0) l = m;
    }
    if (!l) return 0;
    if (!cue_starts_word(buf, fl - l)) return 0;
    zs_add(z, i, de, ZASLON_SECRET, 10);
    return de;
}

/* A card's security code, named right before it: "CVV 321", "CVC2: 123", "security code -
 * 4821", «CVV-код» 512, «код безопасности» 512; "CID 1234" (Amex's name for it) only near a card
 * word, as a CID is also a caller's or a customer's id. Three or four digits, the whole number.
 * i holds a digit: the code's first, or the "2" of "CVV2"/"CVC2". Returns the code's end, its
 * span added, or 0. dl: the ASCII digits at i (counted up to 11). */
static size_t card_code(zs_scan *z, size_t i, size_t dl) {
    static const char *const cues[] = {
        "cvv",     "cvc",      "cid",      "cvv-код",       "cvc-код",          "cvv код",
        "cvc код", "cvv code", "cvc code", "security code", "код безопасности", NULL};
    static const char *const ctx_cid[] = {"amex", "american express", "card", "карт", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, ce = i, ds = i, len;
    if (i < 3 || !zs_enabled(z, ZASLON_CREDIT_CARD)) return 0;
    bool two = s[i] == '2' && ((s[i - 1] | 0x20) == 'v' || (s[i - 1] | 0x20) == 'c');
    if (!two) {
        /* what most numbers fail, before anything is decoded: three or four digits after a
         * separator's byte */
        unsigned char pb = s[i - 1];
        if (!(pb == ' ' || pb == ':' || pb == '-' || pb == '"' || pb == '\t' || pb >= 0x80))
            return 0;
        if (dl < 3 || dl > 4) return 0;
    }
    /* the separators between the cue and the code: spaces, ':', dashes, closing quotes */
    int seps = 0;
    if (two) {
        ce = ds = i + 1;
        while (ds < n && seps <= 6) {
            int32_t cp = zs_decode(s, n, ds, &len);
            if (!(zs_is_space(cp) || cp == ':' || zs_is_dash(cp) || cp == 0x2014 || cp == 0x2013))
                break;
            ds += len;
            seps++;
        }
    } else {
        ce = cue_seps_before(s, n, i, &seps);
    }
    if (seps == 0 || seps > 6 || ds >= n) return 0;
    if (!two) {
        /* a cue's last letter before the separators (v c d e; «д», «и»), before anything is
         * folded: most short numbers have none */
        unsigned char lb = ce > 0 ? s[ce - 1] : 0;
        bool ascii = lb && strchr("vVcCdDeE", lb) != NULL;
        bool cyr = ce >= 2 && s[ce - 2] == 0xD0 &&
                   (lb == 0xB8 || lb == 0xB4 || lb == 0x98 || lb == 0x94); /* и д И Д */
        if (!ascii && !cyr) return 0;
    }
    size_t de = ds;
    while (de < n && s[de] >= '0' && s[de] <= '9' && de - ds < 5)
        de++;
    if (de - ds < 3 || de - ds > 4) return 0;
    if (de < n && (ascii_word_char(s[de]) || s[de] == 0xD0 || s[de] == 0xD1)) return 0;
    /* "321-45", "123.45", "CVV 4276 3800 ...": part of a longer number, which is read as such */
    size_t q = de;
    while (q < n && q - de < 2 && (s[q] == ' ' || s[q] == '-' || s[q] == '.' || s[q] == '/'))
        q++;
    if (q > de && q < n && s[q] >= '0' && s[q] <= '9') return 0;
    char buf[48];
    size_t w = ce > 40 ? ce - 40 : 0;
    while (w < ce && (s[w] & 0xC0) == 0x80)
        w++;
    size_t fl = zs_fold_ctx(s, w, ce, buf, sizeof buf);
    if (two) { /* "cvv2" / "cvc2": the cue ends with the digit at i */
        if (fl < 4 ||
            (memcmp(buf + fl - 4, "cvv2", 4) != 0 && memcmp(buf + fl - 4, "cvc2", 4) != 0))
            return 0;
        fl -= 4;
    } else {
        size_t l = 0;
        bool cid = false;
        for (int k = 0; cues[k] && !l; k++) {
            size_t m = strlen(cues[k]);
            if (m <= fl && memcmp(buf + fl - m, cues[k], m) == 0) {
                l = m;
                cid = k == 2;
            }
        }
        if (!l) return 0;
        fl -= l;
        if (cid && !zs_scan_context(z, ds, de, 64, 40, ctx_cid)) return 0;
    }
    if (!cue_starts_word(buf, fl)) return 0;
    zs_add(z, ds, de, ZASLON_CREDIT_CARD, 10);
    return de;
}

size_t zs_rec_digits(zs_scan *z, size_t i) {
    if (zs_enabled(z, ZASLON_SECRET) && i >= 6 && z->s[i - 1] == '/') {
        size_t e = bitrix_webhook(z, i);
        if (e) {
            zs_add(z, i, e, ZASLON_SECRET, 2);
            return e;
        }
    }
    /* the ASCII digits at i, counted once for the quick tests below (a bot id's 10, plus one) */
    size_t dl = 0;
    while (dl < 11 && i + dl < z->n && z->s[i + dl] >= '0' && z->s[i + dl] <= '9')
        dl++;
    /* digits glued to ASCII letters after a token's label: "token 8f14e45f…" (the word pass
     * reads keys that start with a letter) */
    if (dl < 11 && i + dl < z->n &&
        ((z->s[i + dl] | 0x20) >= 'a' && (z->s[i + dl] | 0x20) <= 'z')) {
        size_t e = zs_rec_label_token(z, i);
        if (e) return e;
    }
    size_t code = card_code(z, i, dl);
    if (!code) code = auth_code(z, i, dl);
    if (code) return code;
    size_t quick = short_number(z, i, dl);
    if (quick) return quick;
    if (zs_enabled(z, ZASLON_SECRET) && z->n - i > 44) {
        size_t e = telegram_token(z, i, dl);
        if (e) {
            zs_add(z, i, e, ZASLON_SECRET, 2);
            return e;
        }
    }
    run r;
    read_run(z, i, &r);
    if (r.ng == 0) return r.end > i ? r.end : i + 1;
    if (i > 0 && z->s[i - 1] == '+') {
        r.plus = true;
        r.g[0].pstart = i - 1;
    } else if (i >= 3 && memcmp(z->s + i - 3, "\xEF\xBC\x8B", 3) == 0) { /* full-width plus */
        r.plus = true;
        r.g[0].pstart = i - 3;
    } else if (i > 0 && z->s[i - 1] == '(') {
        /* "(912) 345-67-89", "(06 1) 234 5678": the bracket closes inside the number, around the
         * area code; "(89123456789)" brackets it all and stays outside the span */
        for (int k = 1; k < r.ng && k <= 3; k++)
            if (r.g[k].sep & SEP_RPAR) r.g[0].pstart = i - 1;
    }
    /* Collect BIKs (9 digits starting 04) for the bank-account check. */
    for (int k = 0; k < r.ng; k++) {
        const group *g = &r.g[k];
        if (g->len == 9 && r.d[g->dstart] == '0' && r.d[g->dstart + 1] == '4' &&
            z->sc->nbiks < 256) {
            zs_scratch *sc = z->sc;
            bool seen = false;
            for (size_t b = 0; b < sc->nbiks && !seen; b++)
                seen = memcmp(sc->biks[b], r.d + g->dstart, 9) == 0;
            if (seen) continue;
            if (sc->nbiks == sc->cap_biks) {
                size_t cap = sc->cap_biks ? sc->cap_biks * 2 : 4;
                char(*p)[10] = realloc(sc->biks, cap * sizeof *p);
                if (!p) {
                    z->error = ZASLON_E_NOMEM;
                    return r.end;
                }
                sc->biks = p;
                sc->cap_biks = cap;
            }
            memcpy(sc->biks[sc->nbiks], r.d + g->dstart, 9);
            sc->biks[sc->nbiks++][9] = '\0';
        }
    }
    try_plate(z, &r.g[0]);

    size_t first = r.g[0].pstart;
    bool left_ok = left_boundary_ok(z, first);
    /* An address may follow "user@" or "http://". */
    bool left_ok_ip =
        left_ok || (first > 0 && (z->s[first - 1] == '@' ||
                                  (first > 1 && z->s[first - 1] == '/' && z->s[first - 2] == '/')));
    /* "SS#536228512", "SSN#536228512": only an SSN with its cue may follow '#' */
    bool hash_left = first > 0 && z->s[first - 1] == '#' && zs_enabled(z, ZASLON_US_SSN);
    int limit = r.truncated ? r.ng - MAX_SPAN : r.ng;
    int a = 0;
    while (a < limit) {
        int found = -1, fb = -1;
        size_t ext_end = 0;
        /* After a dot or a slash a range is the tail of a dotted code ("::ffff:1.2.3.4294967300",
         * "v1.2.7707083893"), never an identifier of its own. */
        bool tail = a > 0 && (r.g[a].sep & (SEP_DOT | SEP_SLASH));
        if (!tail && (a > 0 || left_ok || left_ok_ip || hash_left)) {
            range x = {.z = z, .r = &r, .a = a, .plus = (a == 0 && r.plus)};
            /* Try the longest range first: the longest identifier wins. */
            int bmax = a + MAX_SPAN - 1 < r.ng - 1 ? a + MAX_SPAN - 1 : r.ng - 1;
            int total = 0, bcap = a;
            for (int b = a; b <= bmax && total + r.g[b].len <= MAX_DIGITS; b++) {
                total += r.g[b].len;
                bcap = b;
            }
            /* Groups are stored back to back, so every range's digits are a prefix of the
             * longest range's: no copying. */
            x.d = r.d + r.g[a].dstart;
            for (int b = bcap; b >= a; b--) {
                x.b = b;
                x.n = (int)(r.g[b].dstart + r.g[b].len - r.g[a].dstart);
                x.seps = 0;
                for (int k = a + 1; k <= b; k++)
                    x.seps |= r.g[k].sep;
                if (x.n < 4) continue;
                if (a == 0 && !left_ok && !left_ok_ip && x.n != 9)
                    continue; /* only '#' let it in */
                size_t ext = b == r.ng - 1 ? phone_extension(z, r.g[b].bend) : 0;
                if (b == r.ng - 1 && !ext && !right_boundary_ok(z, r.g[b].bend)) continue;
                if (b < r.ng - 1 && (r.g[b + 1].sep & (SEP_DOT | SEP_SLASH)) && b - a != 3 &&
                    r.g[b].len <= 4 && r.g[b + 1].len <= 4)
                    continue; /* part of a date or a dotted code */
                int t = classify(z, &x);
                /* "SSN#536228512": the number sign is the cue's own */
                bool hash_ok = hash_left && t == ZASLON_US_SSN && ctx(&x, ctx_ssn);
                if (t >= 0 && a == 0 && !left_ok && !(t == ZASLON_IP_ADDRESS && left_ok_ip) &&
                    !hash_ok)
                    t = -1;
                if (ext && t != ZASLON_PHONE_NUMBER && !right_boundary_ok(z, r.g[b].bend)) t = -1;
                if (t == ZASLON_PHONE_NUMBER) ext_end = ext;
                if (z->error) return r.end;
                if (t == -2) {
                    /* A 20-digit account is decided at the end of the pass; a shorter range may
                     * still be a card followed by an amount. Both compete in resolution. */
                    if (found == -1) {
                        found = -2;
                        fb = b;
                    }
                    continue;
                }
                if (t >= 0) {
                    found = t;
                    fb = b;
                    break;
                }
            }
        }
        if (found >= 0 && zs_enabled(z, found)) {
            size_t end = found == ZASLON_PHONE_NUMBER && ext_end ? ext_end : r.g[fb].bend;
            zs_add(z, r.g[a].pstart, end, found, 10);
        }
        a = found != -1 ? fb + 1 : a + 1;
    }
    if (!r.truncated) {
        try_passport_split(z, &r);
        return r.end;
    }
    /* Resume at the first group not decided yet; the overlap keeps every identifier whole. */
    return a < r.ng ? r.g[a].bstart : r.end;
}

void zs_rec_digits_finish(zs_scan *z) {
    zs_scratch *sc = z->sc;
    if (!zs_enabled(z, ZASLON_RU_BANK_ACCOUNT)) return;
    for (size_t k = 0; k < sc->naccounts; k++) {
        zs_account *acc = &sc->accounts[k];
        /* With a BIK in the same text the account must pass its control key against one;
         * without one (or past the 256 distinct BIKs kept) a context word decides. */
        bool ok = sc->nbiks == 0 || sc->nbiks >= 256 ? acc->context : false;
        for (size_t b = 0; b < sc->nbiks && !ok; b++)
            ok = zs_bank_account_valid(sc->biks[b], acc->digits);
        if (ok) zs_add(z, acc->start, acc->end, ZASLON_RU_BANK_ACCOUNT, 10);
        zs_memzero(acc->digits, sizeof acc->digits);
    }
}
