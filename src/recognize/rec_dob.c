/* rec_dob.c — DATE_OF_BIRTH: a date next to a birth cue.
 *
 * Cues: "дата рождения", "д.р.", "ДР", "родился/родилась", "г.р." (after the date), "born",
 * "DOB", "date of birth", "birthday". Dates: 12.03.1985, 12/03/1985, 12-03-1985, 1985-03-12,
 * «12 марта 1985 (г.)», "March 12, 1985", "12 Mar 1985", "12th of March 1985"; a day and month
 * alone after a cue ("родилась 12 марта", «ДР 12.03»); a year alone only as "1985 г.р.", "год
 * рождения 1985", «1985 года рождения» or «родился в 1985».
 * The date must follow the cue within a few words on the same line (or, for "г.р.", end right
 * before it). Any other date is left alone, and an age ("мне 34 года") is not a date. */
#include "recognize/ling.h"

enum { D_FWD = 1, D_BACK, D_YEAR_BACK };

#define F(k, m, x)                                                                                 \
    { k, ZL_K_DOB, m, x, D_FWD, NULL }
const zl_kw zl_kw_dob[] = {F("рожден", ZL_M_STEM, 3),
                           F("родил", ZL_M_STEM, 3),
                           {"д", ZL_K_DOB, ZL_M_EXACT, 0, D_FWD, "р"},
                           F("др", ZL_M_EXACT, 0),
                           F("рожд", ZL_M_EXACT, 0), /* «дата рожд. 12.03.85» */
                           {"г", ZL_K_DOB, ZL_M_EXACT, 0, D_YEAR_BACK, "р"},
                           {"гр", ZL_K_DOB, ZL_M_EXACT, 0, D_YEAR_BACK, NULL},
                           F("born", ZL_M_EXACT, 0),
                           F("dob", ZL_M_EXACT, 0),
                           {"d", ZL_K_DOB, ZL_M_EXACT, 0, D_FWD, "o"},
                           F("birth", ZL_M_EXACT, 0),
                           F("birthdate", ZL_M_EXACT, 0),
                           F("birthday", ZL_M_EXACT, 0),
                           {NULL, 0, 0, 0, 0, NULL}};

static bool dig(unsigned char c) {
    return c >= '0' && c <= '9';
}

/* Reads 1..max digits at *i into *v. */
static int num(const unsigned char *s, size_t n, size_t *i, int max, int *v) {
    int k = 0;
    *v = 0;
    while (*i < n && dig(s[*i]) && k < max)
        *v = *v * 10 + (s[*i] - '0'), (*i)++, k++;
    if (*i < n && dig(s[*i])) return 0;
    return k;
}

static const char *const ru_months[] = {"январ", "феврал", "март",   "апрел",   "ма",
                                        "июн",   "июл",    "август", "сентябр", "октябр",
                                        "ноябр", "декабр", NULL};
static const char *const ru_short[] = {"янв", "фев",  "мар", "апр", "мая",  "июн", "июл", "авг",
                                       "сен", "сент", "окт", "ноя", "нояб", "дек", NULL};
static const char *const en_months[] = {"january",  "february", "march",  "april",     "may",
                                        "june",     "july",     "august", "september", "october",
                                        "november", "december", NULL};
static const char *const en_short[] = {"jan", "feb",  "mar", "apr", "jun", "jul", "aug",
                                       "sep", "sept", "oct", "nov", "dec", NULL};

/* A month name at i: returns its end (after an abbreviation's full stop) or 0. */
static size_t month_at(const unsigned char *s, size_t n, size_t i) {
    if (!zl_letter_at(s, n, i)) return 0;
    zl_tok t = {.s = i, .e = zl_word_end(s, n, i)};
    zl_fold_word(s, n, &t);
    if (!t.klen) return 0;
    for (int k = 0; ru_months[k]; k++) {
        /* genitive: января .. декабря, мая, марта, августа */
        size_t l = strlen(ru_months[k]);
        if (t.klen > l && memcmp(t.key, ru_months[k], l) == 0 &&
            (zl_ends(&t, "я") || zl_ends(&t, "а") || zl_ends(&t, "е") || zl_ends(&t, "ь") ||
             zl_ends(&t, "й")) &&
            zl_nchars(t.key + l, t.klen - l) <= 1)
            return t.e;
    }
    for (int k = 0; ru_short[k]; k++)
        if (zl_is(&t, ru_short[k])) return t.e < n && s[t.e] == '.' ? t.e + 1 : t.e;
    for (int k = 0; en_months[k]; k++)
        if (zl_is(&t, en_months[k]) && t.kase != ZL_LOWER) return t.e;
    for (int k = 0; en_short[k]; k++)
        if (zl_is(&t, en_short[k]) && t.kase != ZL_LOWER)
            return t.e < n && s[t.e] == '.' ? t.e + 1 : t.e;
    return 0;
}

static size_t sp(const unsigned char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0)))
        i += s[i] == ' ' ? 1 : 2;
    return i;
}

static bool year_ok(int y, int digits) {
    return digits == 2 || (digits == 4 && y >= 1900 && y <= 2099);
}

/* After a number: "th", "st", "nd", "rd". */
static size_t ordinal(const unsigned char *s, size_t n, size_t i) {
    if (i + 2 <= n) {
        char a = (char)(s[i] | 0x20), b = (char)(s[i + 1] | 0x20);
        if ((a == 't' && b == 'h') || (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
            (a == 'r' && b == 'd'))
            if (i + 2 >= n || !zl_letter_at(s, n, i + 2)) return i + 2;
    }
    return i;
}

/* A date at i. *partial is set when the year is missing (day and month only). */
static size_t parse_date_full(const unsigned char *s, size_t n, size_t i, bool *partial,
                              bool *year_only) {
    *partial = *year_only = false;
    if (i > 0 && (dig(s[i - 1]) || zl_letter_at(s, n, zs_prev_start(s, i)))) return 0;
    if (i < n && dig(s[i])) {
        size_t j = i;
        int a, b, c;
        int ka = num(s, n, &j, 4, &a);
        if (!ka) return 0;
        if (ka == 4 && j + 1 < n && (s[j] == '-' || s[j] == '.' || s[j] == '/') && dig(s[j + 1])) {
            /* 1985-03-12 */
            unsigned char sep = s[j++];
            if (num(s, n, &j, 2, &b) == 0 || j >= n || s[j] != sep) return 0;
            j++;
            if (num(s, n, &j, 2, &c) == 0) return 0;
            if (!year_ok(a, 4) || b < 1 || b > 12 || c < 1 || c > 31) return 0;
            return j;
        }
        if (ka <= 2 && j + 1 < n && (s[j] == '.' || s[j] == '/' || s[j] == '-') && dig(s[j + 1])) {
            unsigned char sep = s[j++];
            int kb = num(s, n, &j, 2, &b);
            if (kb == 2 && ka == 2 && sep == '.' && !(j + 1 < n && s[j] == sep && dig(s[j + 1])) &&
                !(j < n && (dig(s[j]) || zl_letter_at(s, n, j))) && a >= 1 && a <= 31 && b >= 1 &&
                b <= 12) {
                /* «ДР 12.03»: a day and a month of two digits each, after a cue only */
                *partial = true;
                return j;
            }
            if (!kb || j + 1 >= n || s[j] != sep || !dig(s[j + 1])) return 0;
            j++;
            int kc = num(s, n, &j, 4, &c);
            if (!(kc == 2 || kc == 4) || !year_ok(c, kc)) return 0;
            /* day.month or month/day */
            bool dm = a >= 1 && a <= 31 && b >= 1 && b <= 12,
                 md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
            if (!dm && !md) return 0;
            if (j < n && (dig(s[j]) || (s[j] == '.' && j + 1 < n && dig(s[j + 1])))) return 0;
            return j;
        }
        if (ka <= 2 && j + 1 < n && (s[j] == '-' || s[j] == '/') && !dig(s[j + 1])) {
            /* 14-Mar-1985, 14/Mar/85 */
            unsigned char sep = s[j];
            size_t m = month_at(s, n, j + 1);
            int yy, ky;
            size_t y = m + 1;
            if (!m || m >= n || s[m] != sep || a < 1 || a > 31) return 0;
            ky = num(s, n, &y, 4, &yy);
            if (!(ky == 2 || ky == 4) || !year_ok(yy, ky)) return 0;
            return y;
        }
        if (ka <= 2) {
            /* 12 марта 1985, 12th of March 1985, 12 Mar 1985 */
            size_t k = sp(s, n, ordinal(s, n, j));
            if (k + 3 < n && (s[k] | 0x20) == 'o' && (s[k + 1] | 0x20) == 'f' && s[k + 2] == ' ')
                k += 3;
            size_t m = month_at(s, n, k);
            if (!m || k == j || a < 1 || a > 31) return 0;
            size_t y0 = sp(s, n, m), y = y0;
            if (y < n && s[y] == ',') y = sp(s, n, y + 1);
            int yy, ky = y0 > m || y > m ? num(s, n, &y, 4, &yy) : 0;
            if (ky == 4 && year_ok(yy, 4)) return y;
            if (ky == 2) {
                /* «12 марта 85 г.», «12 марта 85 года»: a two-digit year only with its word */
                size_t g = sp(s, n, y);
                if (g + 1 < n && s[g] == 0xD0 && s[g + 1] == 0xB3) { /* «г» */
                    size_t w = g + 2;
                    if (w + 5 < n && memcmp(s + w, "\xd0\xbe\xd0\xb4\xd0\xb0", 6) == 0)
                        w += 6; /* «года» */
                    if (!(w < n && zl_letter_at(s, n, w)))
                        return w < n && s[w] == '.' && w == g + 2 ? w + 1 : w;
                }
            }
            *partial = true;
            return m;
        }
        if (ka == 4 && year_ok(a, 4)) {
            *year_only = true;
            return j;
        }
        return 0;
    }
    /* March 12, 1985 */
    size_t m = month_at(s, n, i);
    if (!m) return 0;
    size_t k = sp(s, n, m), j = k;
    int d, y;
    if (k == m || !num(s, n, &j, 2, &d) || d < 1 || d > 31) return 0;
    j = ordinal(s, n, j);
    size_t e = j;
    if (j < n && s[j] == ',') j++;
    j = sp(s, n, j);
    size_t y0 = j;
    if (num(s, n, &j, 4, &y) == 4 && year_ok(y, 4) && y0 > e) return j;
    *partial = true;
    return e;
}

size_t zl_parse_date(const unsigned char *s, size_t n, size_t i) {
    bool partial, year_only;
    size_t e = parse_date_full(s, n, i, &partial, &year_only);
    return partial || year_only ? 0 : e;
}

static bool date_start(const unsigned char *s, size_t n, size_t i) {
    if (i > 0 && (dig(s[i - 1]) || zl_letter_at(s, n, zs_prev_start(s, i)))) return false;
    return dig(s[i]) || month_at(s, n, i);
}

/* A table whose header has a birth column ("ФИО;Дата рождения;Город", "Name,DOB,City"): the dates
 * in that column of the rows below are dates of birth. Bounded by 256 rows. */
static void dob_column(zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    size_t n = z->n, ls = t->s, le = t->e;
    while (ls > 0 && s[ls - 1] != '\n' && t->s - ls < 512)
        ls--;
    if (ls > 0 && s[ls - 1] != '\n') return;
    while (le < n && s[le] != '\n' && le - t->e < 512)
        le++;
    if (le >= n || s[le] != '\n') return;
    static const char seps[] = ";\t|,";
    char sep = 0;
    int col = 0;
    for (int k = 0; seps[k] && !sep; k++) {
        int before = 0, all = 0;
        for (size_t i = ls; i < le; i++)
            if (s[i] == (unsigned char)seps[k]) all++, before += i < t->s;
        if (all) sep = seps[k], col = before;
    }
    if (!sep) return;
    size_t line = le + 1;
    for (int row = 0; row < 256 && line < n; row++) {
        size_t end = line;
        while (end < n && s[end] != '\n')
            end++;
        size_t c = line;
        int k = 0;
        while (k < col && c < end) {
            if (s[c] == (unsigned char)sep) k++;
            c++;
        }
        if (k < col || c >= end) break; /* the table ended */
        while (c < end && (s[c] == ' ' || s[c] == '"'))
            c++;
        bool partial, year_only;
        size_t e =
            c < end && date_start(s, n, c) ? parse_date_full(s, n, c, &partial, &year_only) : 0;
        if (!e || e > end || partial) break; /* a row without a date: the column ended */
        zs_add(z, c, e, ZASLON_DATE_OF_BIRTH, ZL_PRIO_DOB);
        line = end + 1;
    }
}

size_t zl_dob(zs_scan *z, const zl_tok *t, int cue) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (cue == D_YEAR_BACK) {
        /* "12.03.1985 г.р.", "1985 г.р.": the date ends right before the cue */
        size_t a = t->s > 40 ? t->s - 40 : 0;
        while (a < t->s && (s[a] & 0xC0) == 0x80)
            a++;
        for (size_t i = a; i < t->s; i++) {
            if (!date_start(s, n, i)) continue;
            bool partial, year_only;
            size_t e = parse_date_full(s, n, i, &partial, &year_only);
            if (!e || partial || sp(s, n, e) != t->s) continue;
            zs_add(z, i, e, ZASLON_DATE_OF_BIRTH, ZL_PRIO_DOB);
            return 0;
        }
        /* «г.р. 1985»: the year right after the cue, as forms are filled in (not «гр»: «200 гр
         * 2000 руб» weighs and costs) */
        size_t j = t->e;
        if (t->klen != 2 || memcmp(t->key, "г", 2) != 0) return 0;
        while (j < n && (s[j] == '.' || s[j] == ' '))
            j++;
        if (j + 2 > n ||
            !((s[j] == 0xD1 && s[j + 1] == 0x80) || (s[j] == 0xD0 && s[j + 1] == 0xA0)))
            return 0; /* р, Р */
        j += 2;
        while (j < n && (s[j] == '.' || s[j] == ' ' || s[j] == ':'))
            j++;
        size_t y = j;
        int v;
        if (num(s, n, &j, 4, &v) == 4 && year_ok(v, 4) && (j == n || !zl_letter_at(s, n, j)))
            zs_add(z, y, j, ZASLON_DATE_OF_BIRTH, ZL_PRIO_DOB);
        return 0;
    }
    /* «день рождения компании 12 марта»: a firm's, a town's or a shop's birthday is no one's */
    if (zl_starts(t, "рожден")) {
        static const char *const orgs[] = {"компании", "фирмы",  "магазина",    "салона", "бренда",
                                           "города",   "клуба",  "проекта",     "сайта",  "канала",
                                           "школы",    "кафе",   "ресторана",   "студии", "клиники",
                                           "центра",   "театра", "организации", NULL};
        zl_tok x;
        if (zl_next_word(s, n, t->e, t->e + 32 < n ? t->e + 32 : n, &x) && x.kase == ZL_LOWER &&
            zl_in(&x, orgs))
            return 0;
    }
    /* forward: within 48 bytes and three words, on the same line */
    bool year_cue = false;
    if (zl_starts(t, "рожден")) {
        zl_tok p;
        if (zl_prev_word(s, n, t->s, t->s > 12 ? t->s - 12 : 0, &p) &&
            (zl_is(&p, "год") || zl_is(&p, "года") || zl_is(&p, "г"))) {
            year_cue = true;
            /* «1987 года рождения», «1987 г. рождения»: the year right before its word */
            size_t y = p.s;
            while (y > 0 && s[y - 1] == ' ')
                y--;
            size_t d = y;
            while (d > 0 && dig(s[d - 1]) && y - d < 5)
                d--;
            int v = 0;
            for (size_t k = d; k < y; k++)
                v = v * 10 + (s[k] - '0');
            if (y - d == 4 && y < p.s && year_ok(v, 4) &&
                (d == 0 || !(dig(s[d - 1]) || zl_letter_at(s, n, zs_prev_start(s, d))))) {
                zs_add(z, d, y, ZASLON_DATE_OF_BIRTH, ZL_PRIO_DOB);
                return 0;
            }
        }
    }
    /* «родился в 1987 году», "born in 1985": a year alone after «в» or "in" */
    bool born_in = zl_starts(t, "родил") || zl_is(t, "born");
    size_t lim = t->e + 48 < n ? t->e + 48 : n;
    int words = 0;
    for (size_t i = t->e; i < lim; i++) {
        unsigned char c = s[i];
        if (c == '\n' || c == '\r' || c == '?' || c == '!' || c == ';') break;
        /* a full stop ending a sentence ("... родился. Заказ 12.03.2024") */
        if (c == '.' && i + 2 < n && s[i + 1] == ' ' &&
            ((s[i + 2] >= 'A' && s[i + 2] <= 'Z') ||
             (i + 3 < n && s[i + 2] == 0xD0 && s[i + 3] >= 0x90 && s[i + 3] <= 0xAF)))
            break;
        if ((c & 0xC0) == 0x80) continue;
        if (date_start(s, n, i)) {
            bool partial, year_only;
            size_t e = parse_date_full(s, n, i, &partial, &year_only);
            zl_tok pv;
            bool after_v = born_in && year_only && zl_prev_word(s, n, i, i > 8 ? i - 8 : 0, &pv) &&
                           (zl_is(&pv, "в") || zl_is(&pv, "in")) && sp(s, n, pv.e) == i;
            if (e && (!year_only || year_cue || after_v)) {
                zs_add(z, i, e, ZASLON_DATE_OF_BIRTH, ZL_PRIO_DOB);
                /* the words between the cue and the date are still read: a name stands there
                 * as often as not («день рождения Маши 5 мая») */
                return words ? 0 : e;
            }
            if (dig(c)) break; /* another number first: not a date of birth */
        }
        if (zl_letter_at(s, n, i) && (i == 0 || !zl_letter_at(s, n, zs_prev_start(s, i)))) {
            if (++words > 3) break;
            i = zl_word_end(s, n, i) - 1;
        }
    }
    dob_column(z, t);
    return 0;
}
