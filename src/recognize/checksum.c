/* checksum.c — the check digits that tell a real identifier from a random number. */
#include "common/text.h"
#include "recognize/checksum.h"

bool zs_luhn(const char *d, size_t n) {
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        int v = d[n - 1 - i] - '0';
        if (i & 1) {
            v *= 2;
            if (v > 9) v -= 9;
        }
        sum += v;
    }
    return n > 1 && sum % 10 == 0;
}

static int weighted(const char *d, const int *w, int n) {
    int s = 0;
    for (int i = 0; i < n; i++)
        s += (d[i] - '0') * w[i];
    return s;
}

bool zs_inn_valid(const char *d, size_t n) {
    static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (d[0] == '0' && d[1] == '0') return false; /* region 00 does not exist */
    if (n == 10) return weighted(d, w10, 9) % 11 % 10 == d[9] - '0';
    if (n == 12)
        return weighted(d, w11, 10) % 11 % 10 == d[10] - '0' &&
               weighted(d, w12, 11) % 11 % 10 == d[11] - '0';
    return false;
}

bool zs_snils_valid(const char *d, size_t n) {
    if (n != 11) return false;
    /* Check digits were assigned only from 001-001-999 on. */
    long num = 0;
    for (int i = 0; i < 9; i++)
        num = num * 10 + (d[i] - '0');
    if (num <= 1001998) return false;
    int s = 0;
    for (int i = 0; i < 9; i++)
        s += (d[i] - '0') * (9 - i);
    int c;
    if (s < 100)
        c = s;
    else if (s == 100 || s == 101)
        c = 0;
    else {
        c = s % 101;
        if (c == 100) c = 0;
    }
    return c == (d[9] - '0') * 10 + (d[10] - '0');
}

static int mod_digits(const char *d, size_t n, int m) {
    int r = 0;
    for (size_t i = 0; i < n; i++)
        r = (r * 10 + (d[i] - '0')) % m;
    return r;
}

bool zs_ogrn_valid(const char *d, size_t n) {
    if (n == 13) return mod_digits(d, 12, 11) % 10 == d[12] - '0';
    if (n == 15) return mod_digits(d, 14, 13) % 10 == d[14] - '0';
    return false;
}

bool zs_bank_account_valid(const char *bik, const char *account) {
    /* Control key of the Bank of Russia: last three BIK digits + the account, weights 7-1-3. */
    static const int w[3] = {7, 1, 3};
    int s = 0;
    for (int i = 0; i < 3; i++)
        s += ((bik[6 + i] - '0') * w[i % 3]) % 10;
    for (int i = 0; i < 20; i++)
        s += ((account[i] - '0') * w[(i + 3) % 3]) % 10;
    return s % 10 == 0;
}

static const struct {
    char cc[3];
    unsigned char len;
} iban_lengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
};

int zs_iban_length(const char *cc) {
    for (size_t i = 0; i < sizeof iban_lengths / sizeof iban_lengths[0]; i++)
        if (iban_lengths[i].cc[0] == cc[0] && iban_lengths[i].cc[1] == cc[1])
            return iban_lengths[i].len;
    return 0;
}

bool zs_iban_valid(const char *s, size_t n) {
    if (n < 15 || (int)n != zs_iban_length(s)) return false;
    if (!(s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9')) return false;
    int r = 0;
    /* Rotate the first four characters to the end; letters count as 10..35. */
    for (size_t k = 0; k < n; k++) {
        char c = s[(k + 4) % n];
        if (c >= '0' && c <= '9')
            r = (r * 10 + (c - '0')) % 97;
        else if (c >= 'A' && c <= 'Z')
            r = (r * 100 + (c - 'A' + 10)) % 97;
        else
            return false;
    }
    return r == 1;
}

const char *const zs_validator_names[ZS_VALIDATOR_COUNT] = {"none",  "luhn", "inn",
                                                            "snils", "ogrn", "iban"};

bool zs_validate(int validator, const unsigned char *text, size_t n) {
    char buf[48];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof buf - 1;) {
        size_t len;
        if (validator == ZS_VALIDATOR_IBAN) {
            unsigned char c = text[i++];
            if (c >= 'a' && c <= 'z') c -= 32;
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) buf[k++] = (char)c;
            continue;
        }
        int d = zs_digit_at(text, n, i, &len);
        if (d >= 0) buf[k++] = (char)('0' + d);
        i += d >= 0 ? len : 1;
    }
    switch (validator) {
    case ZS_VALIDATOR_NONE:
        return true;
    case ZS_VALIDATOR_LUHN:
        return k >= 2 && zs_luhn(buf, k);
    case ZS_VALIDATOR_INN:
        return (k == 10 || k == 12) && zs_inn_valid(buf, k);
    case ZS_VALIDATOR_SNILS:
        return zs_snils_valid(buf, k);
    case ZS_VALIDATOR_OGRN:
        return zs_ogrn_valid(buf, k);
    case ZS_VALIDATOR_IBAN:
        return zs_iban_valid(buf, k);
    default:
        return false;
    }
}
