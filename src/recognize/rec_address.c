/* rec_address.c — ADDRESS: Russian postal addresses and English street addresses.
 *
 * Russian: a run of components separated by commas or spaces, in any order — index (6 digits),
 * city ("г. Казань", "город Казань", a known city name), region ("Московская обл.", "респ.
 * Татарстан"), settlement ("пос. Ильинский", "с. Берёзовка"), street ("ул. Баумана", "Ленинский
 * пр-т", "пер. 1-й Лесной"), house ("д. 12", or the number right after the street), block
 * ("корп. 2", "стр. 1", "к2"), flat or office ("кв. 5", "офис 301"). It is an address only with a
 * street (or settlement) and a house number: a city or a street alone is not.
 * English: house number, one to three name words and a street suffix ("221B Baker Street",
 * "1600 Pennsylvania Ave NW"), then optional unit ("Apt 4B", "Suite 200", "#12"), city with
 * state and ZIP ("Springfield, IL 62704") or a UK postcode ("London NW1 6XE"); "PO Box 123".
 * Triggered by the street-type, house, city and settlement words; bounded to 12 components. */
#include "recognize/ling.h"
#include "recognize/tagger.h"

enum {
    A_STREET = 1,
    A_HOUSE,
    A_CITY,
    A_SETTLE,
    A_REGION,
    A_EN_SUFFIX,
    A_EN_BOX,
    A_FR_TYPE,
    A_LABEL, /* «Адрес: Ленина 5-12»: chat names the street without its type */
    A_ON, /* «живу на Ленина 5», «доставьте на Садовую 15, кв. 3» (not «по»: «оплатил по
                Сбербанку 500») */
    A_CITYNAME /* «Казань, Баумана 15»: a city the table knows, a comma, a street without type */
};

#define K(k, a)                                                                                    \
    { k, ZL_K_ADDR, ZL_M_EXACT, 0, a, NULL }
#define KN(k, a)                                                                                   \
    { k, ZL_K_ADDR, ZL_M_NOUN, 0, a, NULL }
const zl_kw zl_kw_address[] = {K("ул", A_STREET),
                               KN("улиц", A_STREET),
                               K("пр-т", A_STREET),
                               K("просп", A_STREET),
                               KN("проспект", A_STREET),
                               K("пр", A_STREET),
                               K("пер", A_STREET),
                               KN("переул", A_STREET),
                               K("пл", A_STREET),
                               KN("площад", A_STREET),
                               K("б-р", A_STREET),
                               KN("бульвар", A_STREET),
                               K("бул", A_STREET),
                               K("наб", A_STREET),
                               KN("набережн", A_STREET),
                               K("ш", A_STREET),
                               K("шоссе", A_STREET),
                               KN("проезд", A_STREET),
                               K("пр-д", A_STREET),
                               K("туп", A_STREET),
                               KN("тупик", A_STREET),
                               KN("алле", A_STREET),
                               K("мкр", A_STREET),
                               K("мкрн", A_STREET),
                               KN("микрорайон", A_STREET),
                               KN("лини", A_STREET),
                               KN("тракт", A_STREET),
                               K("д", A_HOUSE),
                               K("дом", A_HOUSE),
                               K("доме", A_HOUSE),
                               K("г", A_CITY),
                               K("город", A_CITY),
                               K("гор", A_CITY),
                               K("пос", A_SETTLE),
                               KN("посел", A_SETTLE),
                               K("п", A_SETTLE),
                               K("с", A_SETTLE),
                               K("село", A_SETTLE),
                               K("дер", A_SETTLE),
                               KN("деревн", A_SETTLE),
                               K("пгт", A_SETTLE),
                               K("снт", A_SETTLE),
                               KN("станиц", A_SETTLE),
                               K("респ", A_REGION),
                               K("адрес", A_LABEL),
                               K("адреса", A_LABEL),
                               K("адресу", A_LABEL),
                               K("адресом", A_LABEL),
                               K("адресе", A_LABEL),
                               K("на", A_ON),
                               KN("республик", A_REGION),
                               K("street", A_EN_SUFFIX),
                               K("st", A_EN_SUFFIX),
                               K("avenue", A_EN_SUFFIX),
                               K("ave", A_EN_SUFFIX),
                               K("road", A_EN_SUFFIX),
                               K("rd", A_EN_SUFFIX),
                               K("boulevard", A_EN_SUFFIX),
                               K("blvd", A_EN_SUFFIX),
                               K("lane", A_EN_SUFFIX),
                               K("ln", A_EN_SUFFIX),
                               K("drive", A_EN_SUFFIX),
                               K("dr", A_EN_SUFFIX),
                               K("court", A_EN_SUFFIX),
                               K("ct", A_EN_SUFFIX),
                               K("place", A_EN_SUFFIX),
                               K("pl", A_EN_SUFFIX),
                               K("way", A_EN_SUFFIX),
                               K("terrace", A_EN_SUFFIX),
                               K("parkway", A_EN_SUFFIX),
                               K("pkwy", A_EN_SUFFIX),
                               K("highway", A_EN_SUFFIX),
                               K("hwy", A_EN_SUFFIX),
                               K("square", A_EN_SUFFIX),
                               K("sq", A_EN_SUFFIX),
                               K("circle", A_EN_SUFFIX),
                               K("cir", A_EN_SUFFIX),
                               K("trail", A_EN_SUFFIX),
                               K("crescent", A_EN_SUFFIX),
                               K("close", A_EN_SUFFIX),
                               K("row", A_EN_SUFFIX),
                               K("mews", A_EN_SUFFIX),
                               K("alley", A_EN_SUFFIX),
                               K("gardens", A_EN_SUFFIX),
                               K("loop", A_EN_SUFFIX),
                               K("plaza", A_EN_SUFFIX),
                               K("pike", A_EN_SUFFIX),
                               K("grove", A_EN_SUFFIX),
                               K("approach", A_EN_SUFFIX),
                               K("hill", A_EN_SUFFIX),
                               K("rise", A_EN_SUFFIX),
                               K("parade", A_EN_SUFFIX),
                               K("walk", A_EN_SUFFIX),
                               K("vale", A_EN_SUFFIX),
                               K("quay", A_EN_SUFFIX),
                               K("wharf", A_EN_SUFFIX),
                               K("box", A_EN_BOX),
                               K("rue", A_FR_TYPE),
                               K("bd", A_FR_TYPE),
                               K("chemin", A_FR_TYPE),
                               K("impasse", A_FR_TYPE),
                               K("quai", A_FR_TYPE),
                               {NULL, 0, 0, 0, 0, NULL}};

/* ---- small readers ------------------------------------------------------------------------------
 */

static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

static size_t skip_sp(const unsigned char *s, size_t n, size_t i) {
    for (;;) {
        if (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0)
            i += 2;
        else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xAF)
            i += 3;
        else
            return i;
    }
}

/* One line break ("\n" or "\r\n") at i and the spaces after it: an address written on an
 * envelope's lines. A blank line ends it. Returns i if none. */
static size_t skip_nl(const unsigned char *s, size_t n, size_t i) {
    size_t j = i < n && s[i] == '\r' ? i + 1 : i;
    if (j >= n || s[j] != '\n') return i;
    j = skip_sp(s, n, j + 1);
    return j < n && (s[j] == '\n' || s[j] == '\r') ? i : j;
}

/* A separator between components: spaces, at most one comma, at most one line break. Returns
 * the next component's start. */
static size_t skip_sep(const unsigned char *s, size_t n, size_t i, bool *comma) {
    i = skip_sp(s, n, i);
    *comma = false;
    if (i < n && s[i] == ',') {
        *comma = true;
        i = skip_sp(s, n, i + 1);
    }
    size_t j = skip_nl(s, n, i);
    if (j > i) *comma = true; /* a line break separates as a comma does */
    return j;
}

/* The word starting exactly at i (not inside a word; right after a digit is fine: "5к2"). */
static bool word_at(const zs_scan *z, size_t i, zl_tok *t) {
    if (i >= z->n || !zl_letter_at(z->s, z->n, i)) return false;
    if (i > 0 && !is_digit(z->s[i - 1]) && zl_letter_at(z->s, z->n, zs_prev_start(z->s, i)))
        return false;
    t->s = i;
    t->e = zl_word_end(z->s, z->n, i);
    zl_fold_word(z->s, z->n, t);
    return t->klen > 0;
}

/* After an abbreviation: an optional full stop. */
static size_t after_abbr(const zs_scan *z, size_t e) {
    return e < z->n && z->s[e] == '.' ? e + 1 : e;
}

/* The digits of a house number at i, for every language: 1 to maxd digits (a longer run is an
 * amount or an id, not a house), then an optional range or fraction ("12-14", "5/1"). Returns
 * their end or 0; what letter may follow differs by language. */
static size_t house_digits(const zs_scan *z, size_t i, size_t maxd) {
    const unsigned char *s = z->s;
    size_t n = z->n, j = i;
    while (j < n && is_digit(s[j]) && j - i < maxd)
        j++;
    if (j == i || (j < n && is_digit(s[j]))) return 0;
    if (j + 1 < n && (s[j] == '/' || s[j] == '-') && is_digit(s[j + 1])) {
        size_t k = ++j;
        while (j < n && is_digit(s[j]) && j - k < 4)
            j++;
    }
    return j;
}

/* A house number's digits at i (house_digits) and the word glued to them ("12А", "5к2", "12bis"),
 * folded into *t; t->e is 0 when no word is glued. Returns the digits' end or 0: what the glued
 * word may be is each language's own rule. */
static size_t house_glued(const zs_scan *z, size_t i, size_t maxd, zl_tok *t) {
    size_t j = house_digits(z, i, maxd);
    *t = (zl_tok){0};
    if (j && j < z->n && zl_letter_at(z->s, z->n, j)) {
        *t = (zl_tok){.s = j, .e = zl_word_end(z->s, z->n, j)};
        zl_fold_word(z->s, z->n, t);
    }
    return j;
}

/* A house, block or flat number at i: digits, optional "/digits", optional glued letter ("12А",
 * "12/1", "32а"; in "5к2" the "к2" is left for the block). Returns its end or 0. */
static size_t parse_num(const zs_scan *z, size_t i) {
    zl_tok t;
    size_t j = house_glued(z, i, 6, &t);
    if (!j || !t.e) return j;
    bool block = zl_is(&t, "к") || zl_is(&t, "корп") || zl_is(&t, "стр") || zl_is(&t, "k");
    if (block && t.e < z->n && is_digit(z->s[t.e])) return j; /* "5к2" */
    return t.nlet == 1 ? t.e : 0;                             /* not "12кг", "12марта" */
}

static const char *const street_types[] = {
    "ул",          "улица",    "улице",     "улицу",     "улицы",      "улицей",     "пр-т",
    "просп",       "проспект", "проспекта", "проспекте", "пр",         "пер",        "переулок",
    "переулка",    "переулке", "пл",        "площадь",   "площади",    "б-р",        "бульвар",
    "бульвара",    "бульваре", "бул",       "наб",       "набережная", "набережной", "ш",
    "шоссе",       "проезд",   "проезда",   "проезде",   "пр-д",       "туп",        "тупик",
    "тупике",      "аллея",    "аллее",     "аллеи",     "мкр",        "мкрн",       "микрорайон",
    "микрорайоне", "линия",    "линии",     "тракт",     "тракте",     NULL};
static const char *const house_kw[] = {"д",      "дом", "доме",    "вл",      "влад", "зд",
                                       "здание", "уч",  "участок", "участка", NULL};
static const char *const block_kw[] = {"к",   "корп",   "корпус", "стр", "строение",
                                       "лит", "литера", "литер",  NULL};
static const char *const flat_kw[] = {"кв",        "квартира", "оф",      "офис", "пом",
                                      "помещение", "комн",     "комната", "под",  "подъезд",
                                      "эт",        "этаж",     NULL};
static const char *const city_kw[] = {"г", "город", "гор", NULL};
static const char *const settle_kw[] = {"пос",  "поселок", "посёлок", "п", "с",
                                        "село", "дер",     "деревня", "д", "пгт",
                                        "снт",  "ст-ца",   "станица", NULL};
static const char *const region_post[] = {"обл",  "область", "области", "р-н", "район",
                                          "края", "край",    "ао",      NULL};
static const char *const region_pre[] = {"респ", "республика", "республики", NULL};

/* A place or street name: one to three words, each capitalised (or a number with an ordinal
 * ending, "1-я", "8", "50 лет"), or lower-case words when `lower` is set. Returns its end or 0. */
static size_t parse_name(const zs_scan *z, size_t i, bool lower, int maxw) {
    size_t end = 0, j = i;
    for (int k = 0; k < maxw; k++) {
        zl_tok w;
        if (j < z->n && is_digit(z->s[j])) {
            /* "8 Марта", "1-я Тверская-Ямская", "50 лет Октября": a number then a word */
            size_t d = j;
            while (d < z->n && is_digit(z->s[d]) && d - j < 3)
                d++;
            if (d < z->n && is_digit(z->s[d])) break;
            if (d < z->n && z->s[d] == '-' && word_at(z, d + 1, &w) && w.nlet <= 3) d = w.e;
            size_t nx = skip_sp(z->s, z->n, d);
            if (nx == d || !word_at(z, nx, &w)) break;
            if (w.kase == ZL_LOWER && !zl_is(&w, "лет")) break;
            j = nx;
            continue;
        }
        if (!word_at(z, j, &w)) break;
        if (zl_in(&w, street_types) || zl_in(&w, house_kw) || zl_in(&w, block_kw) ||
            zl_in(&w, flat_kw) || zl_in(&w, region_post) || zl_in(&w, city_kw))
            break;
        if (w.kase == ZL_LOWER && !lower && !zl_is(&w, "лет")) break;
        end = w.e;
        size_t nx = skip_sp(z->s, z->n, w.e);
        if (nx == w.e) break;
        j = nx;
    }
    return end;
}

/* One component at i. Returns its end (0 if none) and its kind. A capitalised name that is no
 * city and has no type word is C_BARE, a street named without its type («Ленина» in «на Ленина
 * 5», «Казань, Баумана 15»), where `bare` says one may stand here, and C_NAME (no component of an
 * address) where not. */
enum {
    C_INDEX = 1,
    C_NUM,
    C_STREET,
    C_HOUSE,
    C_BLOCK,
    C_FLAT,
    C_CITY,
    C_SETTLE,
    C_REGION,
    C_NAME,
    C_BARE
};

/* An ordinal at i, as streets are numbered: "8-я", "5-й", "1-го" (one to three digits, a hyphen,
 * one to three lower-case Cyrillic letters). Returns its end or 0. */
static size_t ordinal_at(const zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, d = i;
    while (d < n && is_digit(s[d]) && d - i < 4)
        d++;
    if (d == i || d - i > 3 || d >= n || s[d] != '-') return 0;
    zl_tok w;
    if (!word_at(z, d + 1, &w) || w.script != ZL_CYR || w.kase != ZL_LOWER || w.nlet > 3) return 0;
    return w.e;
}

/* The ordinal right before the word at i ("8-я линия", "3-й Самотёчный пер."), or i. */
static size_t ordinal_before(const zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t j = i;
    while (j > 0 && s[j - 1] == ' ')
        j--;
    if (j == i) return i;
    size_t a = j;
    while (a > 0 && j - a < 8 && (s[a - 1] & 0xC0) != 0 && s[a - 1] != ' ') /* Cyrillic bytes */
        a--;
    if (a == j || a == 0 || s[a - 1] != '-') return i;
    size_t d = a - 1;
    while (d > 0 && is_digit(s[d - 1]) && a - 1 - d < 4)
        d--;
    if (d == a - 1 || (d > 0 && (is_digit(s[d - 1]) || zl_letter_at(s, z->n, zs_prev_start(s, d)))))
        return i;
    return ordinal_at(z, d) == j ? d : i;
}

static size_t parse_component(const zs_scan *z, size_t i, int *kind, bool lower, bool bare) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (i >= n) return 0;
    if (is_digit(s[i])) {
        size_t o = ordinal_at(z, i);
        zl_tok t2;
        if (o && skip_sp(s, n, o) > o && word_at(z, skip_sp(s, n, o), &t2) &&
            zl_in(&t2, street_types)) {
            /* the ordinal is the name: "8-я линия", "1-й проезд"; a name may follow the type
             * ("2-я улица Энтузиастов") */
            size_t e = after_abbr(z, t2.e), b = skip_sp(s, n, e);
            size_t e2 = b > e ? parse_name(z, b, false, 2) : 0;
            /* initials of a district: "9-я линия В.О." */
            while (e2 && e2 < n && s[e2] == '.') {
                zl_tok in;
                e2++;
                if (!word_at(z, e2, &in) || in.nlet != 1 || in.kase == ZL_LOWER) break;
                e2 = in.e;
            }
            *kind = C_STREET;
            return e2 ? e2 : e;
        }
        /* "3-й Самотёчный пер.", "2-я Тверская-Ямская ул." */
        size_t ne = o ? parse_name(z, i, lower, 3) : 0, k2 = ne ? skip_sp(s, n, ne) : 0;
        if (ne && k2 > ne && word_at(z, k2, &t2) && zl_in(&t2, street_types)) {
            *kind = C_STREET;
            return after_abbr(z, t2.e);
        }
        size_t j = i;
        while (j < n && is_digit(s[j]))
            j++;
        if (j - i == 6 && (j >= n || !zl_letter_at(s, n, j))) {
            *kind = C_INDEX;
            return j;
        }
        size_t e = parse_num(z, i);
        if (e) {
            *kind = C_NUM;
            return e;
        }
        return 0;
    }
    zl_tok w;
    if (!word_at(z, i, &w)) return 0;
    size_t a = after_abbr(z, w.e), b = skip_sp(s, n, a);
    if (zl_in(&w, street_types)) {
        size_t e = parse_name(z, b, lower, 3);
        if (!e) return 0;
        *kind = C_STREET;
        return e;
    }
    if (zl_in(&w, house_kw) && b < n && is_digit(s[b])) {
        size_t e = parse_num(z, b);
        if (!e) return 0;
        *kind = C_HOUSE;
        return e;
    }
    if (zl_in(&w, block_kw) && b < n && (is_digit(s[b]) || zl_letter_at(s, n, b))) {
        size_t e = is_digit(s[b]) ? parse_num(z, b) : 0;
        if (!e) {
            zl_tok l;
            if (word_at(z, b, &l) && l.nlet == 1) e = l.e;
        }
        if (!e) return 0;
        *kind = C_BLOCK;
        return e;
    }
    if (zl_in(&w, flat_kw) && b < n && is_digit(s[b])) {
        size_t e = parse_num(z, b);
        if (!e) return 0;
        *kind = C_FLAT;
        return e;
    }
    zl_tok cn;
    if (zl_in(&w, city_kw) &&
        (a > w.e || !zl_is(&w, "г") ||
         /* «г Екатеринбург» without the stop: only before a city the table knows */
         (b > a && word_at(z, b, &cn) && cn.kase != ZL_LOWER &&
          zl_flags(&zl_ru_city, cn.key, cn.klen) != 0))) {
        size_t e = parse_name(z, b, lower, 3);
        if (!e) return 0;
        *kind = C_CITY;
        return e;
    }
    if (zl_in(&w, settle_kw) && (a > w.e || w.nlet > 1) && b < n && !is_digit(s[b])) {
        size_t e = parse_name(z, b, false, 3);
        if (!e) return 0;
        *kind = C_SETTLE;
        return e;
    }
    if (zl_in(&w, region_pre)) {
        size_t e = parse_name(z, b, false, 3);
        if (!e) return 0;
        *kind = C_REGION;
        return e;
    }
    if (w.kase == ZL_LOWER && !lower) return 0;
    if (w.script != ZL_CYR) return 0;
    /* a name, then maybe its type: "Ленинский пр-т", "Московская обл." */
    size_t e = parse_name(z, i, lower, 3);
    if (!e) return 0;
    size_t k = skip_sp(s, n, e);
    zl_tok t2;
    if (k > e && word_at(z, k, &t2)) {
        if (zl_in(&t2, street_types)) {
            *kind = C_STREET;
            return after_abbr(z, t2.e);
        }
        if (zl_in(&t2, region_post)) {
            *kind = C_REGION;
            return after_abbr(z, t2.e);
        }
    }
    if (zl_flags(&zl_ru_city, w.key, w.klen) != 0 && e == w.e) {
        *kind = C_CITY;
        return e;
    }
    *kind = bare ? C_BARE : C_NAME;
    return e;
}

/* The components before `start` that belong to the address: index, city, region. */
static size_t extend_left(const zs_scan *z, size_t start) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    for (int k = 0; k < 4; k++) {
        size_t j = start;
        while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
            j--;
        if (j > 0 && s[j - 1] == '\n') { /* the line above: "г. Москва,\nул. Тверская, д. 1" */
            j--;
            if (j > 0 && s[j - 1] == '\r') j--;
            while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
                j--;
        }
        if (j == 0 || s[j - 1] != ',') return start;
        j--;
        while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
            j--;
        if (j == 0) return start;
        if (is_digit(s[j - 1])) {
            size_t d = j;
            while (d > 0 && is_digit(s[d - 1]))
                d--;
            if (j - d == 6 && (d == 0 || !zl_letter_at(s, n, zs_prev_start(s, d)))) {
                start = d;
                continue;
            }
            /* the flat first: «кв. 14, дом 6 по ул. Мира» */
            size_t fe = d;
            while (fe > 0 && s[fe - 1] == ' ')
                fe--;
            if (fe > 0 && s[fe - 1] == '.') fe--;
            zl_tok f;
            if (j - d <= 4 && fe < d && zl_prev_word(s, n, fe, fe > 24 ? fe - 24 : 0, &f) &&
                f.e == fe && zl_in(&f, flat_kw))
                return f.s;
            return start;
        }
        size_t we = s[j - 1] == '.' ? j - 1 : j;
        zl_tok w;
        if (!zl_prev_word(s, n, we, we > 64 ? we - 64 : 0, &w) || w.e != we || w.script != ZL_CYR)
            return start;
        if (zl_in(&w, region_post)) {
            zl_tok r;
            if (zl_prev_word(s, n, w.s, w.s > 64 ? w.s - 64 : 0, &r) && r.kase != ZL_LOWER &&
                r.e < w.s && skip_sp(s, n, r.e) == w.s) {
                start = r.s;
                continue;
            }
            return start;
        }
        if (w.kase == ZL_LOWER) return start;
        zl_tok p;
        if (zl_prev_word(s, n, w.s, w.s > 16 ? w.s - 16 : 0, &p) && p.e < w.s &&
            skip_sp(s, n, after_abbr(z, p.e)) == w.s &&
            (zl_in(&p, city_kw) || zl_in(&p, region_pre) || zl_in(&p, settle_kw))) {
            start = p.s;
            continue;
        }
        if (zl_flags(&zl_ru_city, w.key, w.klen) != 0) {
            start = w.s;
            continue;
        }
        return start;
    }
    return start;
}

static const char *const label_words[] = {
    "доставки",    "проживания",   "регистрации", "прописки", "места",  "жительства",
    "фактический", "фактического", "офиса",       "магазина", "салона", "клиники",
    "новый",       "нашего",       "мой",         "наш",      NULL};

/* Where the address after «адрес» or «на» may start: «адрес доставки: », «адрес —», «на ».
 * Returns 0 if none. */
static size_t after_label(const zs_scan *z, const zl_tok *t, int comp) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = skip_sp(s, n, t->e);
    if (i == t->e && comp == A_ON) return 0;
    zl_tok w;
    /* «адрес доставки», «адрес места жительства» */
    for (int k = 0; comp == A_LABEL && k < 2 && word_at(z, i, &w) && zl_in(&w, label_words); k++)
        i = skip_sp(s, n, w.e);
    bool colon = false;
    if (comp == A_LABEL && i < n && (s[i] == ':' || s[i] == '-'))
        i = skip_sp(s, n, i + 1), colon = true;
    if (comp == A_LABEL && i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x94)
        i = skip_sp(s, n, i + 3), colon = true; /* «—» */
    if (!word_at(z, i, &w) || w.script != ZL_CYR) return 0;
    /* a street in lower case only after «адрес:» («адрес: ленина 5-12») */
    if (w.kase == ZL_LOWER && !colon) return 0;
    return i;
}

/* After «на Ленина 5» with nothing more: the house number ends a phrase («живу на Ленина 5.»),
 * not a count («на Пушкина 10 человек», «ставлю на Спартак 2:1»). */
static bool phrase_ends(const unsigned char *s, size_t n, size_t e) {
    size_t i = skip_sp(s, n, e);
    if (i >= n) return true;
    return s[i] == ',' || s[i] == '.' || s[i] == ';' || s[i] == '!' || s[i] == '?' || s[i] == ')' ||
           s[i] == '\n' || s[i] == '\r';
}

static size_t ru_address(zs_scan *z, const zl_tok *t, int comp) {
    const unsigned char *s = z->s;
    size_t n = z->n, start = t->s;
    /* after a label the first name with a number is the street: «Адрес: Садовая 15, кв 3» */
    bool named = comp == A_LABEL || comp == A_ON;
    if (named && !(start = after_label(z, t, comp))) return 0;
    if (comp == A_STREET) {
        /* "Ленинский пр-т": the name may come first */
        zl_tok p;
        if (zl_prev_word(s, n, t->s, t->s > 64 ? t->s - 64 : 0, &p) && p.kase != ZL_LOWER &&
            p.script == ZL_CYR && skip_sp(s, n, p.e) == t->s && p.e < t->s && !zl_in(&p, city_kw) &&
            !zl_in(&p, settle_kw)) {
            size_t b = skip_sp(s, n, after_abbr(z, t->e));
            zl_tok nx;
            bool name_after = word_at(z, b, &nx) && nx.kase != ZL_LOWER && !zl_in(&nx, house_kw);
            if (!name_after) start = p.s;
        }
        start = ordinal_before(z, start); /* "8-я линия", "3-й Самотёчный пер." */
    }
    bool street = false, house = false, settle = false, city = false, lower = false;
    size_t pos = start, end = 0, house_at = 0;
    /* How the trigger reads a street named without its type (C_BARE): after «на» only as the
     * first component (bare_first: «на Ленина 5»); after a label or a city or a settlement, until
     * a street is found. Found by «на» or by a city alone (bare_strict), it is a street only with
     * a house of at most three digits that ends the phrase unless a block or a flat follows
     * («на Ленина 1234» is a count or a year, «Москва, Спринт 2:1» a score). */
    bool bare_first = comp == A_ON, bare_strict = comp == A_ON || comp == A_CITYNAME;
    bool bare_taken = false;
    int last = 0, k0 = 0;
    if (comp == A_CITYNAME) {
        /* zl_address_city has read the city (in an oblique case too: «из Казани, Баумана 15»,
         * which parse_component does not know as a city) */
        city = true;
        last = C_CITY;
        end = t->e;
        pos = skip_sp(s, n, t->e + 1);
        k0 = 1;
    }
    for (int k = k0; k < 12 && pos < n; k++) {
        int kind = 0;
        /* the house first, then its street after «по» or «на»: «дом 7 по улице Гагарина,
         * квартира 3», «д. 15 на ул. Мира» */
        zl_tok pw;
        bool street_after = false;
        if (house && !street && !settle && word_at(z, pos, &pw) && pw.kase == ZL_LOWER &&
            (zl_is(&pw, "по") || zl_is(&pw, "на"))) {
            size_t q = skip_sp(s, n, pw.e),
                   qe = q > pw.e ? parse_component(z, q, &kind, false, true) : 0;
            if (!qe || (kind != C_STREET && kind != C_BARE)) break;
            pos = q;
            street_after = true; /* «дом 7 по Гагарина»: a street named without its type too */
        }
        bool bare =
            street_after || ((city || settle || named) && !street && (!bare_first || k == 0));
        size_t e = parse_component(z, pos, &kind, lower || street, bare);
        if (!e && k == 0) {
            /* chat style: "ул ленина 5" */
            lower = true;
            e = parse_component(z, pos, &kind, true, bare);
        }
        if (!e || kind == C_NAME || (bare_first && k == 0 && kind != C_BARE)) break;
        if (kind == C_NUM) {
            if (last == C_STREET || last == C_BARE) {
                kind = C_HOUSE;
                if (last == C_BARE) street = true;
            } else if (last == C_HOUSE) {
                kind = C_BLOCK;
            } else
                break;
        }
        /* a place after a place with no street yet ("г. Казань, г. Казань, ..."): not one address */
        if ((kind == C_CITY || kind == C_SETTLE || kind == C_REGION) &&
            (last == C_CITY || last == C_SETTLE) && k >= 2)
            break;
        switch (kind) {
        case C_STREET:
            street = true;
            break;
        case C_BARE:
            bare_taken = true;
            if (street_after) street = true;
            break;
        case C_HOUSE:
            house = true;
            house_at = pos;
            if (last == C_BARE && named) street = true; /* «на Ленина, д. 12» */
            break;
        case C_SETTLE:
            settle = true;
            break;
        case C_CITY:
            city = true;
            break;
        default:
            break;
        }
        end = e;
        last = kind;
        bool comma;
        size_t nx = skip_sep(s, n, e, &comma);
        /* components are separated, except a block glued to the number: "5к2" */
        if (nx == e && !(e < n && is_digit(s[e - 1]) && zl_letter_at(s, n, e))) break;
        pos = nx;
    }
    if (!house || !(street || settle)) return 0;
    /* «Горячая линия 8 800 555 35 35»: the "house" is the first group of a phone */
    size_t dg = 0;
    for (size_t d = house_at; d < n && dg < 10; d++) {
        if (is_digit(s[d]))
            dg++;
        else if (s[d] != ' ' && s[d] != '-' && s[d] != '(' && s[d] != ')')
            break;
    }
    if (dg >= 10) return 0;
    if (bare_strict && bare_taken) {
        size_t d = house_at;
        while (d < n && is_digit(s[d]))
            d++;
        if (d - house_at > 3 || (last == C_HOUSE && !phrase_ends(s, n, end))) return 0;
    }
    start = extend_left(z, start);
    zs_add(z, start, end, ZASLON_ADDRESS, ZL_PRIO_ADDRESS);
    return end;
}

/* ---- English
 * ------------------------------------------------------------------------------------------ */

static bool is_upper_ascii(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}

/* UK postcode at i ("SW1A 1AA", "NW1 6XE", "M1 1AE"): returns its end or 0. */
static size_t uk_postcode(const unsigned char *s, size_t n, size_t i) {
    size_t j = i;
    int letters = 0;
    while (j < n && is_upper_ascii(s[j]) && letters < 2)
        j++, letters++;
    if (!letters || j >= n || !is_digit(s[j])) return 0;
    j++;
    if (j < n && (is_digit(s[j]) || is_upper_ascii(s[j]))) j++;
    if (j >= n || s[j] != ' ') return 0;
    j++;
    if (j + 3 > n || !is_digit(s[j]) || !is_upper_ascii(s[j + 1]) || !is_upper_ascii(s[j + 2]))
        return 0;
    j += 3;
    if (j < n && (is_digit(s[j]) || (s[j] | 0x20) >= 'a')) {
        if (zl_letter_at(s, n, j) || is_digit(s[j])) return 0;
    }
    return j;
}

static size_t us_zip(const unsigned char *s, size_t n, size_t i) {
    size_t j = i;
    while (j < n && is_digit(s[j]) && j - i < 6)
        j++;
    if (j - i != 5) return 0;
    if (j + 5 <= n && s[j] == '-' && is_digit(s[j + 1]) && is_digit(s[j + 4])) j += 5;
    if (j < n && (is_digit(s[j]) || zl_letter_at(s, n, j))) return 0;
    return j;
}

static const char *const units[] = {"apt",   "apartment", "suite", "ste",  "unit", "fl",
                                    "floor", "room",      "rm",    "flat", NULL};

/* After the street: unit, then city with state/ZIP or a postcode. */
/* An Australian state and its four-digit postcode ("NSW 2000", "VIC 3000"), or a Canadian
 * province and its postal code ("ON M5V 3L9", "QC H2X1Y4"). Returns the end or 0. */
static size_t other_region(const unsigned char *s, size_t n, size_t i) {
    static const char *const au[] = {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT", NULL};
    static const char *const ca[] = {"ON", "QC", "BC", "AB", "MB", "SK", "NS",
                                     "NB", "NL", "PE", "YT", "NT", "NU", NULL};
    size_t m = i;
    while (m < n && is_upper_ascii(s[m]) && m - i < 4)
        m++;
    if (m == i || m - i > 3 || (m < n && zl_letter_at(s, n, m))) return 0;
    size_t r = skip_sp(s, n, m);
    if (r == m) return 0;
    for (int k = 0; au[k]; k++) {
        if (strlen(au[k]) != m - i || memcmp(s + i, au[k], m - i) != 0) continue;
        size_t d = r;
        while (d < n && is_digit(s[d]) && d - r < 5)
            d++;
        if (d - r == 4 && (d >= n || !is_digit(s[d]))) return d;
    }
    for (int k = 0; ca[k]; k++) {
        if (strlen(ca[k]) != m - i || memcmp(s + i, ca[k], m - i) != 0) continue;
        /* A1A 1A1 */
        size_t d = r;
        if (d + 3 > n || !is_upper_ascii(s[d]) || !is_digit(s[d + 1]) || !is_upper_ascii(s[d + 2]))
            return 0;
        d += 3;
        if (d < n && s[d] == ' ') d++;
        if (d + 3 > n || !is_digit(s[d]) || !is_upper_ascii(s[d + 1]) || !is_digit(s[d + 2]))
            return 0;
        d += 3;
        return d < n && (zl_letter_at(s, n, d) || is_digit(s[d])) ? 0 : d;
    }
    return 0;
}

static size_t en_tail(zs_scan *z, size_t e) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    bool comma;
    size_t j = after_abbr(z, e);
    e = j;
    /* directional: NW, SE, N */
    size_t k = skip_sp(s, n, j);
    if (k > j && k + 1 <= n && is_upper_ascii(s[k])) {
        size_t m = k;
        while (m < n && is_upper_ascii(s[m]) && m - k < 2)
            m++;
        bool dir = true;
        for (size_t q = k; q < m; q++)
            dir = dir && strchr("NSEW", s[q]);
        if (dir && (m >= n || !zl_letter_at(s, n, m))) e = after_abbr(z, m);
        /* or spelt out: "55 Queen Street West, Toronto" */
        static const char *const dirs[] = {"north", "south", "east", "west", NULL};
        zl_tok dw;
        if (e == j && word_at(z, k, &dw) && dw.kase == ZL_TITLE && zl_in(&dw, dirs)) {
            bool cm;
            size_t after = skip_sep(s, n, dw.e, &cm);
            /* a direction, not the next name's word: a comma, a line's end or a unit after it */
            if (cm || after >= n) e = dw.e;
        }
    }
    /* unit */
    k = skip_sep(s, n, e, &comma);
    zl_tok w;
    if (k < n && s[k] == '#' && k + 1 < n && is_digit(s[k + 1])) {
        size_t m = k + 1;
        while (m < n && (is_digit(s[m]) || is_upper_ascii(s[m])))
            m++;
        e = m;
    } else if (word_at(z, k, &w) && zl_in(&w, units)) {
        size_t m = skip_sp(s, n, after_abbr(z, w.e));
        if (m < n && s[m] == '#') m++;
        size_t q = m;
        while (q < n && (is_digit(s[q]) || is_upper_ascii(s[q])) && q - m < 6)
            q++;
        if (q > m) e = q;
    }
    /* city (1-3 capitalised words), then state and/or ZIP, or a UK postcode */
    k = skip_sep(s, n, e, &comma);
    size_t ce = k, p = k;
    int words = 0;
    /* "Manchester M14 5TP": a postcode's outward code reads as a title-case word */
    while (words < 3 && !uk_postcode(s, n, p) && word_at(z, p, &w) && w.kase == ZL_TITLE &&
           w.script == ZL_LAT) {
        ce = w.e;
        words++;
        p = skip_sp(s, n, w.e);
        if (p == w.e) break;
    }
    size_t after_city = words ? ce : k;
    size_t q = skip_sep(s, n, after_city, &comma);
    size_t pc = uk_postcode(s, n, q);
    if (pc) return pc;
    zl_tok st;
    if (word_at(z, q, &st) && st.kase == ZL_UPPER && st.nlet == 2 &&
        zl_find(&zl_en_state, st.key, st.klen) >= 0 && (words || comma)) {
        size_t r = skip_sp(s, n, st.e);
        size_t zip = us_zip(s, n, r);
        return zip ? zip : st.e;
    }
    size_t zip = us_zip(s, n, q);
    if (zip && words) return zip;
    /* India's six-digit PIN after the city ("12 MG Road, Bengaluru 560001", "Mumbai - 400001") */
    size_t pq = q;
    if (words && pq + 2 < n && s[pq] == '-' && s[pq + 1] == ' ') pq += 2;
    size_t pe = pq;
    while (pe < n && is_digit(s[pe]) && pe - pq < 7)
        pe++;
    if (words && pe - pq == 6 && s[pq] != '0' && (pe >= n || !zl_letter_at(s, n, pe)) &&
        (pe >= n || !is_digit(s[pe])))
        return pe;
    if (words || comma) {
        size_t r = other_region(s, n, q);
        if (r) return r;
    }
    return e;
}

/* The flat or unit written before the house number, the British way: "Flat 3, 12 Baker
 * Street", "Apartment 4B\n221 Main St". Returns the new start (d if none). */
static size_t unit_before(const zs_scan *z, size_t d) {
    const unsigned char *s = z->s;
    size_t n = z->n, j = d;
    while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
        j--;
    if (j > 0 && s[j - 1] == '\n') {
        j--;
        if (j > 0 && s[j - 1] == '\r') j--;
    } else if (j > 0 && s[j - 1] == ',') {
        j--;
    } else if (j == d) {
        return d;
    }
    while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
        j--;
    size_t ne = j;
    while (j > 0 && ne - j < 5 && (is_digit(s[j - 1]) || is_upper_ascii(s[j - 1])))
        j--;
    if (j == ne || !is_digit(s[j])) return d;
    size_t ws = j;
    while (ws > 0 && s[ws - 1] == ' ')
        ws--;
    size_t we = ws > 0 && s[ws - 1] == '.' ? ws - 1 : ws; /* "Apt. 4" */
    if (we == j) return d;
    zl_tok w;
    if (!zl_prev_word(s, n, we, we > 16 ? we - 16 : 0, &w) || w.e != we || w.script != ZL_LAT ||
        w.kase == ZL_LOWER || !zl_in(&w, units))
        return d;
    return w.s;
}

static size_t en_address(zs_scan *z, const zl_tok *t, int comp) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (t->script != ZL_LAT) return 0;
    if (comp == A_EN_BOX) {
        /* PO Box 123 */
        zl_tok p;
        if (!zl_prev_word(s, n, t->s, t->s > 8 ? t->s - 8 : 0, &p)) return 0;
        if (!(zl_is(&p, "po") || zl_is(&p, "o"))) return 0;
        size_t st = p.s;
        if (zl_is(&p, "o") && st >= 2 && s[st - 1] == '.' && (s[st - 2] | 0x20) == 'p') st -= 2;
        size_t j = skip_sp(s, n, t->e);
        size_t e = j;
        while (e < n && is_digit(s[e]))
            e++;
        if (e == j) return 0;
        e = en_tail(z, e);
        zs_add(z, st, e, ZASLON_ADDRESS, ZL_PRIO_ADDRESS);
        return e;
    }
    /* back over 1-3 name words to the house number */
    size_t first = t->s;
    int words = 0;
    bool ordinal = false;
    size_t j = t->s;
    for (; words < 3;) {
        size_t k = j;
        while (k > 0 && s[k - 1] == ' ')
            k--;
        if (k == j || k == 0) break;
        zl_tok w;
        if (!zl_prev_word(s, n, k, k > 40 ? k - 40 : 0, &w) || w.e != k) break;
        if (w.s > 0 && is_digit(s[w.s - 1])) {
            /* "5th", "42nd", "221B" glued to the number */
            static const char *const ord_sfx[] = {"st", "nd", "rd", "th", NULL};
            ordinal = zl_in(&w, ord_sfx);
            first = w.s;
            j = w.s;
            words++;
            break;
        }
        if (w.script != ZL_LAT || w.kase == ZL_LOWER) {
            if (!(t->kase == ZL_LOWER && w.kase == ZL_LOWER && w.script == ZL_LAT)) break;
        }
        first = w.s;
        j = w.s;
        words++;
    }
    if (!words) return 0;
    /* the number */
    size_t k = first;
    if (k > 0 && is_digit(s[k - 1])) {
        /* glued ordinal or letter: the digits are right before */
    } else {
        while (k > 0 && s[k - 1] == ' ')
            k--;
        if (k == first) return 0;
    }
    size_t d = k;
    while (d > 0 && (is_digit(s[d - 1]) || s[d - 1] == '-'))
        d--;
    if (d == k || !is_digit(s[d]) || k - d > 8) return 0;
    /* "350 5th Ave": the number of an ordinal street follows the house number */
    if (ordinal && d >= 2 && s[d - 1] == ' ' && is_digit(s[d - 2])) {
        size_t h = d - 1;
        while (h > 0 && is_digit(s[h - 1]) && d - 1 - h < 5)
            h--;
        if (h == 0 || !zl_letter_at(s, n, zs_prev_start(s, h))) d = h;
    }
    if (d > 0 && (zl_letter_at(s, n, zs_prev_start(s, d)) || s[d - 1] == '.' || s[d - 1] == '$' ||
                  s[d - 1] == '#' || s[d - 1] == '/' || s[d - 1] == ':'))
        return 0;
    size_t e = en_tail(z, t->e);
    zs_add(z, unit_before(z, d), e, ZASLON_ADDRESS, ZL_PRIO_ADDRESS);
    return e;
}

/* ---- French and German
 * ------------------------------------------------------------------------------- */

/* A house number: 1-4 digits, then an optional letter ("12a"), range or fraction ("12-14", "5/1")
 * or French "bis"/"ter". Returns its end or 0. */
static size_t eu_house(const zs_scan *z, size_t i) {
    zl_tok t;
    size_t j = house_glued(z, i, 4, &t);
    if (!j) return 0;
    if (t.e) {
        if (t.nlet != 1 && !zl_is(&t, "bis") && !zl_is(&t, "ter")) return 0;
        j = t.e;
    }
    const unsigned char *s = z->s;
    if (j < z->n && (is_digit(s[j]) || s[j] == '.' || s[j] == '%')) return 0;
    return j;
}

/* A Latin word at i, letters beyond ASCII allowed ("München", "Élysées", which the folded keys
 * do not hold): its end, or 0; *cap tells whether it starts with a capital. */
static size_t latin_word(const zs_scan *z, size_t i, bool *cap) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (i >= n || !zl_letter_at(s, n, i)) return 0;
    if (i > 0 && zl_letter_at(s, n, zs_prev_start(s, i))) return 0;
    unsigned char c = s[i];
    if (c >= 0x80 && c != 0xC3 && c != 0xC5) return 0; /* Latin-1 and Latin Extended-A only */
    *cap = (c >= 'A' && c <= 'Z') ||
           (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E && s[i + 1] != 0x97);
    return zl_word_end(s, n, i);
}

/* Does s[ws,we) end with suf (lower case; ASCII letters compared without case)? */
static bool ends_ci(const unsigned char *s, size_t ws, size_t we, const char *suf) {
    size_t l = strlen(suf);
    if (we - ws < l) return false;
    for (size_t k = 0; k < l; k++) {
        unsigned char c = s[we - l + k];
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != (unsigned char)suf[k]) return false;
    }
    return true;
}

/* After the street and house: a postcode of four or five digits and a capitalised town ("10115
 * Berlin", "75001 Paris", "1010 Wien"), on the same line after a comma or on the next line.
 * Returns the town's end, or e. */
static size_t eu_town(const zs_scan *z, size_t e) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    bool comma, cap = false;
    size_t j = skip_sep(s, n, e, &comma), d = j;
    while (d < n && is_digit(s[d]) && d - j < 6)
        d++;
    if (d - j < 4 || d - j > 5 || d >= n || s[d] != ' ') return e;
    size_t we = latin_word(z, d + 1, &cap);
    return we && cap ? we : e;
}

/* French: number, type, name — "12 rue de Rivoli", "5, avenue des Champs-Élysées", "3 bd
 * Saint-Michel" — then "75001 Paris". The name is capitalised words and the particles between
 * them. t is the street type. */
static size_t fr_address(zs_scan *z, const zl_tok *t) {
    static const char *const particles[] = {"de", "du",  "des", "la", "le",  "les",  "l",
                                            "d",  "aux", "au",  "en", "sur", "sous", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, k = t->s;
    while (k > 0 && s[k - 1] == ' ')
        k--;
    if (k == t->s) return 0;
    if (k > 0 && s[k - 1] == ',') k--;
    size_t ne = k;
    /* the number, maybe with bis/ter or a letter: walk back over its word and digits */
    while (k > 0 && (zl_letter_at(s, n, zs_prev_start(s, k)) && ne - k < 3))
        k = zs_prev_start(s, k);
    while (k > 0 && s[k - 1] == ' ' && ne - k < 4)
        k--;
    while (k > 0 && (is_digit(s[k - 1]) || s[k - 1] == '-' || s[k - 1] == '/'))
        k--;
    if (k == ne || !is_digit(s[k])) return 0;
    if (k > 0 && (zl_letter_at(s, n, zs_prev_start(s, k)) || is_digit(s[k - 1]) || s[k - 1] == '.'))
        return 0;
    size_t he = eu_house(z, k);
    if (!he || skip_sp(s, n, he) < ne) return 0;
    size_t j = skip_sp(s, n, after_abbr(z, t->e)), end = 0;
    for (int words = 0; words < 6; words++) {
        bool cap = false;
        size_t we = latin_word(z, j, &cap);
        if (!we) break;
        bool particle = zs_ascii_word_in(s + j, we - j, particles);
        if (!particle && !cap) break;
        if (!particle) end = we;
        size_t nx = we < n && s[we] == '\'' ? we + 1 : skip_sp(s, n, we);
        if (nx == we) break;
        j = nx;
    }
    if (!end) return 0;
    end = eu_town(z, end);
    zs_add(z, k, end, ZASLON_ADDRESS, ZL_PRIO_ADDRESS);
    return end;
}

/* German street words: compounds ("Hauptstraße", "Birkenweg", "Marienplatz") or separate after
 * a name ("Berliner Straße", "Karl-Marx-Str."). "str" only before its full stop. */
static const char *const de_suffixes[] = {"stra\xc3\x9f"
                                          "e",
                                          "strasse",
                                          "str",
                                          "platz",
                                          "allee",
                                          "gasse",
                                          "chaussee",
                                          "ufer",
                                          "damm",
                                          "weg",
                                          "steig",
                                          NULL};

/* Capitalised at a sentence start, no street name: "Die Straße 5 Jahre lang gebaut". */
static const char *const articles[] = {"die",  "der",   "das", "den",  "dem",  "des",   "ein",
                                       "eine", "einer", "the", "this", "jede", "diese", NULL};

/* Is s[ws,we) (a capitalised Latin word) a German street name? Sets *start to where the name
 * begins. */
static bool de_street(const zs_scan *z, size_t ws, size_t we, bool dot, size_t *start) {
    const unsigned char *s = z->s;
    for (int k = 0; de_suffixes[k]; k++) {
        size_t sl = strlen(de_suffixes[k]);
        if ((strcmp(de_suffixes[k], "str") == 0) != dot || !ends_ci(s, ws, we, de_suffixes[k]))
            continue;
        *start = ws;
        size_t pre = we - ws - sl;
        if (pre >= 3 && s[we - sl - 1] != '-') return true; /* a compound */
        if (pre > 0 && s[we - sl - 1] != '-') return false; /* "Spweg" */
        if (pre > 0) return true;                           /* "Karl-Marx-Str." */
        /* the street word alone: the name before it ("Berliner Straße") */
        zl_tok p;
        bool cap = false;
        if (!zl_prev_word(s, z->n, ws, ws > 40 ? ws - 40 : 0, &p) || p.e == ws ||
            skip_sp(s, z->n, p.e) != ws || latin_word(z, p.s, &cap) != p.e || !cap ||
            zs_ascii_word_in(s + p.s, p.e - p.s, articles))
            return false;
        *start = p.s;
        return true;
    }
    return false;
}

/* 0x80 in each byte of v that is zero, exactly (no carry crosses a byte). */
static inline uint64_t zero_bytes(uint64_t v) {
    const uint64_t m = 0x7F7F7F7F7F7F7F7Full;
    return ~(((v & m) + m) | v | m);
}

/* The first space in [k, n - 1) with a digit after it, SIZE_MAX if none (k >= 1): eight places
 * at once (a digit's byte: high nibble 3, low nibble under 10; the byte before it a space), where
 * a memchr call per space was most of zs_rec_de_address's cost. */
static inline size_t space_digit(const unsigned char *s, size_t n, size_t k) {
    size_t j = k + 1; /* where the digit would be */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; j + 8 <= n; j += 8) {
        uint64_t x, y;
        memcpy(&x, s + j, 8);
        /* most blocks hold no byte 0x30..0x3F: the usual zero-byte test (never misses one) */
        uint64_t h3 = (x & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull;
        if (!((h3 - 0x0101010101010101ull) & ~h3 & 0x8080808080808080ull)) continue;
        memcpy(&y, s + j - 1, 8);
        uint64_t digit =
            zero_bytes(h3) & ~(((x & 0x0F0F0F0F0F0F0F0Full) + 0x0606060606060606ull) << 3);
        uint64_t m = digit & zero_bytes(y ^ 0x2020202020202020ull);
        if (m) return j + (size_t)__builtin_ctzll(m) / 8 - 1;
    }
#endif
    for (; j < n; j++)
        if (is_digit(s[j]) && s[j - 1] == ' ') return j - 1;
    return SIZE_MAX;
}

size_t zl_space_digit(const unsigned char *s, size_t n, size_t k) {
    return space_digit(s, n, k);
}

void zs_rec_de_address(zs_scan *z) {
    if (!zs_enabled(z, ZASLON_ADDRESS)) return;
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* every house number follows a space: space_digit finds the spaces before a digit, one byte
     * test keeps those after a lower-case letter, the 'ß' or the full stop of "Str." */
    for (size_t k = 1; k + 1 < n;) {
        size_t sp = space_digit(s, n, k);
        if (sp == SIZE_MAX) break;
        k = sp + 1;
        unsigned char c = s[sp - 1];
        if (!((c >= 'a' && c <= 'z') || c == '.')) continue;
        size_t we = c == '.' ? sp - 1 : sp, start;
        zl_tok w;
        bool cap = false;
        if (we == 0 || !zl_prev_word(s, n, we, we > 48 ? we - 48 : 0, &w) || w.e != we ||
            latin_word(z, w.s, &cap) != we || !cap)
            continue;
        if (!de_street(z, w.s, we, c == '.', &start)) continue;
        size_t he = eu_house(z, sp + 1);
        if (!he) continue;
        size_t end = eu_town(z, he);
        zs_add(z, start, end, ZASLON_ADDRESS, ZL_PRIO_ADDRESS);
        if (z->error) return;
        k = end;
    }
}

/* «на» is one of the commonest words: only one right before a capital letter is read further. */
static bool capital_after(const zs_scan *z, size_t e) {
    const unsigned char *s = z->s;
    return e + 2 < z->n && s[e] == ' ' && s[e + 1] == 0xD0 &&
           ((s[e + 2] >= 0x90 && s[e + 2] <= 0xAF) || s[e + 2] == 0x81);
}

/* A city the table knows in an oblique case right after a preposition or «города»: «из Казани»,
 * «в Москве», «до Ярославля», «под Омском». The case endings of a one-word city's name and the
 * nominative endings they come from (the lexicon's rules, rec_lex.c, cut to nouns). */
static bool city_oblique(const zs_scan *z, const zl_tok *t) {
    static const struct {
        const char *end, *nom;
        uint8_t el, nl;
    } ends[] = {
#define E(e, r) {e, r, (uint8_t)(sizeof e - 1), (uint8_t)(sizeof r - 1)}
        E("а", ""),   E("у", ""),  E("е", ""),  E("ом", ""),  E("ы", "а"),
        E("и", "а"),  E("е", "а"), E("у", "а"), E("ой", "а"), E("и", "ь"),
        E("ью", "ь"), E("я", "ь"), E("ю", "ь"), E("е", "ь"),  E("ем", "ь"),
        E("и", "я"),  E("е", "я"), E("ю", "я"), E("ей", "я")
#undef E
    };
    static const char *const before[] = {"в",     "во",    "из",     "до",     "под",
                                         "около", "через", "города", "городе", NULL};
    /* the preposition first: most capitalised words before a comma have none */
    zl_tok p;
    if (t->klen < 8 ||
        !zl_tagger_neighbour(z->sc ? z->sc->wc : NULL, z->s, z->n, t->s, t->s > 24 ? t->s - 24 : 0,
                             true, &p) ||
        p.e >= t->s || skip_sp(z->s, z->n, p.e) != t->s || !zl_in(&p, before))
        return false;
    unsigned char k[ZL_KEY_MAX];
    bool any = false;
    for (size_t r = 0; r < sizeof ends / sizeof ends[0] && !any; r++) {
        size_t el = ends[r].el, rl = ends[r].nl;
        if (t->klen < el + 6 || memcmp(t->key + t->klen - el, ends[r].end, el) != 0 ||
            t->klen - el + rl >= sizeof k)
            continue;
        memcpy(k, t->key, t->klen - el);
        memcpy(k + t->klen - el, ends[r].nom, rl);
        any = zl_flags(&zl_ru_city, k, t->klen - el + rl) != 0;
    }
    zs_memzero(k, sizeof k);
    return any;
}

/* «Казань, Баумана 15», «Москва, Тверская 12, кв. 5»: a city the table knows, then a comma: the
 * street may come without its type (the components' loop takes a name and a number after a city). */
size_t zl_address_city(zs_scan *z, const zl_tok *t) {
    if (t->script != ZL_CYR || t->kase == ZL_LOWER || t->e + 2 >= z->n || z->s[t->e] != ',' ||
        (zl_flags(&zl_ru_city, t->key, t->klen) == 0 && !city_oblique(z, t)))
        return 0;
    return ru_address(z, t, A_CITYNAME);
}

size_t zl_address(zs_scan *z, const zl_tok *t, int component) {
    if (component == A_ON && !capital_after(z, t->e)) return 0;
    if (component == A_FR_TYPE) return t->script == ZL_LAT ? fr_address(z, t) : 0;
    if (component == A_EN_SUFFIX && t->kase == ZL_LOWER && t->script == ZL_LAT) {
        /* "5 avenue des Champs-Élysées", "2 place de la Concorde": French order */
        size_t r = fr_address(z, t);
        if (r) return r;
    }
    if (component == A_EN_SUFFIX || component == A_EN_BOX) return en_address(z, t, component);
    if (t->script != ZL_CYR) return 0;
    return ru_address(z, t, component);
}
