/* rec_text.c — recognizers triggered by a character other than a digit: '@' (e-mail, URL
 * credentials), brackets (obfuscated e-mail), ':' and '=' (password values, IPv6), '-' (PEM
 * private keys) and ASCII letters at a word start (API keys, IBAN).
 *
 * API keys are matched by anchored PCRE2 patterns run only where the key's literal prefix is
 * present: the candidate pass finds the place, the regex confirms the shape. */
#include <stdint.h>
#include <stdlib.h>

#include "common/mem.h"
#include "common/text.h"
#include "recognize/checksum.h"
#include "recognize/recognize.h"

/* ---- API keys ----------------------------------------------------------------------------------- */

/* Each key format is a literal prefix and up to three runs of a character class joined by
 * literals, e.g. a JWT: "eyJ" KEY{8,} ".eyJ" KEY{8,} "." KEY{0,}. Matching is a few loops at
 * the prefix — no regex engine in the default policy, so compiling it costs nothing at start-up
 * (the wasm module compiles PCRE2's code only when a policy brings custom rules). */
enum { CS_ALNUM = 1, CS_UPPER_DIGIT, CS_KEY, CS_ALNUM_US, CS_ALNUM_DASH };

static bool in_class(int cs, unsigned char c) {
    bool digit = c >= '0' && c <= '9', upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    switch (cs) {
    case CS_ALNUM:
        return digit || upper || lower;
    case CS_UPPER_DIGIT:
        return digit || upper;
    case CS_KEY:
        return digit || upper || lower || c == '_' || c == '-';
    case CS_ALNUM_US:
        return digit || upper || lower || c == '_';
    case CS_ALNUM_DASH:
        return digit || upper || lower || c == '-';
    default:
        return false;
    }
}

typedef struct {
    const char *join;           /* literal before this run ("" for the first) */
    unsigned char cs, min, max; /* max 0: unbounded */
} key_run;

static const struct {
    const char *prefix;
    key_run runs[3];
    unsigned char stop; /* class the next character must not belong to (0: any) */
} key_formats[] = {
    {"sk-ant-", {{"", CS_KEY, 20, 0}}, 0},    /* Anthropic */
    {"sk-", {{"", CS_KEY, 20, 0}}, 0},        /* OpenAI, incl. sk-proj- */
    {"sk_live_", {{"", CS_ALNUM, 16, 0}}, 0}, /* Stripe */
    {"sk_test_", {{"", CS_ALNUM, 16, 0}}, 0},
    {"rk_live_", {{"", CS_ALNUM, 16, 0}}, 0},
    {"rk_test_", {{"", CS_ALNUM, 16, 0}}, 0},
    {"AKIA", {{"", CS_UPPER_DIGIT, 16, 16}}, CS_ALNUM}, /* AWS access key id */
    {"ASIA", {{"", CS_UPPER_DIGIT, 16, 16}}, CS_ALNUM},
    {"ghp_", {{"", CS_ALNUM, 30, 0}}, 0}, /* GitHub */
    {"gho_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"ghu_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"ghs_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"ghr_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"github_pat_", {{"", CS_ALNUM_US, 22, 0}}, 0},
    {"glpat-", {{"", CS_KEY, 20, 0}}, 0},       /* GitLab */
    {"xoxa-", {{"", CS_ALNUM_DASH, 10, 0}}, 0}, /* Slack */
    {"xoxb-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"xoxp-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"xoxo-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"xoxr-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"xoxs-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"xapp-", {{"", CS_ALNUM_DASH, 10, 0}}, 0},
    {"AIza", {{"", CS_KEY, 35, 35}}, CS_KEY},                /* Google API key */
    {"AQVN", {{"", CS_KEY, 30, 0}}, 0},                      /* Yandex Cloud API key */
    {"y0_", {{"", CS_KEY, 30, 0}}, 0},                       /* Yandex OAuth */
    {"t1.", {{"", CS_KEY, 10, 0}, {".", CS_KEY, 20, 0}}, 0}, /* Yandex Cloud IAM token */
    {"YC", {{"", CS_KEY, 38, 0}}, 0},                        /* Yandex Cloud static key */
    /* JWT; amoCRM's long-lived tokens and its OAuth access tokens are JWTs too */
    {"eyJ", {{"", CS_KEY, 8, 0}, {".eyJ", CS_KEY, 8, 0}, {".", CS_KEY, 0, 0}}, 0},
    /* VK user, community and service access tokens since 2022: "vk1.a." and some 200
     * base64url characters (the VK ID token page; 150 keeps clear of identifiers) */
    {"vk1.a.", {{"", CS_KEY, 150, 0}}, 0},
    /* T-Bank (Tinkoff) Invest API tokens: "t." and 86 base64url characters, 64 bytes. The
     * length is exact, so "t.me/..." and abbreviations stay text */
    {"t.", {{"", CS_KEY, 86, 86}}, CS_KEY},
    /* YooKassa secret keys: live_/test_ and 43 base64url characters */
    {"live_", {{"", CS_KEY, 40, 0}}, 0},
    {"test_", {{"", CS_KEY, 40, 0}}, 0},
    /* AI and developer services' tokens, by the prefixes their docs give (the same prefixes
     * gitleaks' rules use): Hugging Face, Groq, Replicate, Perplexity, xAI, npm, PyPI, SendGrid,
     * DigitalOcean, Shopify, Linear, Notion, Google OAuth client secrets */
    {"hf_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"gsk_", {{"", CS_ALNUM, 40, 0}}, 0},
    {"r8_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"pplx-", {{"", CS_ALNUM, 40, 0}}, 0},
    {"xai-", {{"", CS_ALNUM, 40, 0}}, 0},
    {"npm_", {{"", CS_ALNUM, 36, 36}}, CS_ALNUM},
    {"pypi-AgEIcHlwaS5vcmc", {{"", CS_KEY, 50, 0}}, 0},
    {"SG.", {{"", CS_KEY, 22, 22}, {".", CS_KEY, 43, 43}}, CS_KEY},
    {"dop_v1_", {{"", CS_ALNUM, 64, 64}}, CS_ALNUM},
    {"shpat_", {{"", CS_ALNUM, 32, 32}}, CS_ALNUM},
    {"shpss_", {{"", CS_ALNUM, 32, 32}}, CS_ALNUM},
    {"lin_api_", {{"", CS_ALNUM, 30, 0}}, 0},
    {"ntn_", {{"", CS_ALNUM, 40, 0}}, 0},
    {"secret_", {{"", CS_ALNUM, 43, 43}}, CS_ALNUM},
    {"GOCSPX-", {{"", CS_KEY, 24, 0}}, 0},
    /* incoming webhooks: whoever has the URL posts to the channel */
    {"https://hooks.slack.com/services/",
     {{"", CS_UPPER_DIGIT, 8, 0}, {"/", CS_UPPER_DIGIT, 8, 0}, {"/", CS_ALNUM, 20, 0}},
     0},
    {"https://discord.com/api/webhooks/", {{"", CS_UPPER_DIGIT, 17, 20}, {"/", CS_KEY, 60, 0}}, 0},
    {"https://discordapp.com/api/webhooks/",
     {{"", CS_UPPER_DIGIT, 17, 20}, {"/", CS_KEY, 60, 0}},
     0},
};
#define NKEYS (sizeof key_formats / sizeof key_formats[0])

/* Which formats a first byte can start: most word starts are rejected by one look-up. */
static uint64_t first_byte[256];
static unsigned char prefix_len[NKEYS];
static bool tables_ready;
_Static_assert(NKEYS <= 64, "first_byte is a 64-bit mask");

void zs_rec_text_init(void) {
    if (tables_ready) return;
    for (size_t k = 0; k < NKEYS; k++) {
        prefix_len[k] = (unsigned char)strlen(key_formats[k].prefix);
        first_byte[(unsigned char)key_formats[k].prefix[0]] |= (uint64_t)1 << k;
    }
    tables_ready = true;
}

bool zs_rec_word_start(unsigned char c) {
    return first_byte[c] != 0;
}

/* Real keys are random: mixed case with digits. "sk-this-is-not-a-real-key" is not a key. */
static bool looks_random(const unsigned char *s, size_t n) {
    int digits = 0, upper = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c >= 'A' && c <= 'Z')
            upper++;
        else if (c >= 'a' && c <= 'z')
            lower++;
    }
    return digits >= 2 || (upper >= 2 && lower >= 2) ||
           (digits >= 1 && (upper + lower) >= 8 && upper >= 1);
}

/* The end of the key of format k at s[i], or 0. */
static size_t match_key(const zs_scan *z, size_t k, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, j = i + prefix_len[k];
    for (int r = 0; r < 3 && key_formats[k].runs[r].cs; r++) {
        const key_run *run = &key_formats[k].runs[r];
        size_t jl = strlen(run->join);
        if (jl && (j + jl > n || memcmp(s + j, run->join, jl) != 0)) return 0;
        j += jl;
        size_t st = j;
        while (j < n && in_class(run->cs, s[j]) && (!run->max || j - st < run->max))
            j++;
        if (j - st < run->min) return 0;
    }
    if (key_formats[k].stop && j < n && in_class(key_formats[k].stop, s[j])) return 0;
    return j;
}

static size_t match_secret(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t best = 0;
    uint64_t cand = first_byte[s[i]];
    /* the formats of this first byte, lowest first; the second byte before the call: most
     * words starting with 'h', 's' or 'p' are no key */
    for (; cand; cand &= cand - 1) {
        size_t k = (size_t)__builtin_ctzll(cand), pl = prefix_len[k];
        if (i + pl > z->n || s[i + 1] != (unsigned char)key_formats[k].prefix[1] ||
            memcmp(s + i, key_formats[k].prefix, pl) != 0)
            continue;
        size_t end = match_key(z, k, i);
        if (end > best && looks_random(s + i + pl, end - i - pl)) best = end;
    }
    return best;
}

/* ---- IBAN ------------------------------------------------------------------------------------------ */

/* An IBAN at i, in capitals or, as chat types it, all in lower case ("de89 3704 …"): the
 * country's length and mod-97 decide either way. */
static size_t match_iban(const zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (i + 4 > n || !(s[i + 2] >= '0' && s[i + 2] <= '9') || !(s[i + 3] >= '0' && s[i + 3] <= '9'))
        return 0;
    bool lower = s[i] >= 'a' && s[i] <= 'z';
    if (lower ? !(s[i + 1] >= 'a' && s[i + 1] <= 'z') : !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
        return 0;
    char cc[2] = {(char)(s[i] & ~0x20), (char)(s[i + 1] & ~0x20)};
    int want = zs_iban_length(cc);
    if (!want) return 0;
    char buf[40];
    int k = 0;
    int32_t sep_cp = 0;
    size_t j = i;
    while (j < n && k < want) {
        unsigned char c = s[j];
        if (lower && c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 32); /* one case throughout */
        else if (lower && c >= 'A' && c <= 'Z')
            return 0;
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            buf[k++] = (char)c;
            j++;
        } else if (k % 4 == 0 && k > 0) {
            /* grouped by four, with any one space character (NBSP too) or a dash, the same
             * one throughout */
            size_t len;
            int32_t cp = zs_decode(s, n, j, &len);
            if (!(zs_is_space(cp) || cp == '-') || j + len >= n || s[j + len] == ' ') return 0;
            if (!sep_cp)
                sep_cp = cp;
            else if (cp != sep_cp)
                return 0;
            j += len;
        } else {
            return 0;
        }
    }
    if (k != want) return 0;
    if (j < n && ((s[j] >= '0' && s[j] <= '9') || ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
        return 0;
    return zs_iban_valid(buf, (size_t)k) ? j : 0;
}

static size_t password_after_label(zs_scan *z, size_t i);

/* An AWS access key id is pasted with its secret: the next run of exactly 40 base64 characters
 * on its line (within 200 bytes) that looks random is the secret access key, whatever labels it
 * ("secret wJalrXUt…", "/ wJalrXUt…", a CSV's next cell). */
static void aws_secret(zs_scan *z, size_t from) {
    const unsigned char *s = z->s;
    size_t n = z->n, lim = from + 200 < n ? from + 200 : n;
    for (size_t j = from; j < lim && s[j] != '\n';) {
        size_t k = j;
        while (k < n &&
               ((s[k] >= '0' && s[k] <= '9') || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') ||
                s[k] == '/' || s[k] == '+'))
            k++;
        /* not a piece of a URL's path or of a longer identifier */
        if (k - j == 40 && (j == 0 || !strchr("_-.:/=", s[j - 1])) &&
            (k == n || !(s[k] == '_' || s[k] == '-' || s[k] >= 0x80)) && looks_random(s + j, 40)) {
            zs_add(z, j, k, ZASLON_SECRET, 2);
            return;
        }
        j = k > j ? k : j + 1;
    }
}
static size_t token_after_label(zs_scan *z, size_t i);

size_t zs_rec_word(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    if (i > 0 && s[i - 1] == ' ' && zs_enabled(z, ZASLON_SECRET)) {
        size_t end = password_after_label(z, i);
        if (end) return end;
    }
    if (i > 0) {
        unsigned char p = s[i - 1];
        if ((p >= '0' && p <= '9') || ((p | 0x20) >= 'a' && (p | 0x20) <= 'z') || p == '_' ||
            p == '-' || p == '.' || p == '/' || p >= 0x80)
            return i + 1;
    }
    if (first_byte[s[i]] && zs_enabled(z, ZASLON_SECRET)) {
        size_t end = match_secret(z, i);
        if (end) {
            zs_add(z, i, end, ZASLON_SECRET, 2);
            if (end - i == 20 && s[i] == 'A' && (s[i + 1] == 'K' || s[i + 1] == 'S') &&
                s[i + 2] == 'I' && s[i + 3] == 'A')
                aws_secret(z, end);
            return end;
        }
    }
    /* a key of no known format after its label («токен …», "secret …") */
    if (i > 0 && s[i - 1] == ' ' && zs_enabled(z, ZASLON_SECRET)) {
        size_t end = token_after_label(z, i);
        if (end) return end;
    }
    if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') && zs_enabled(z, ZASLON_IBAN_CODE)) {
        size_t end = match_iban(z, i);
        if (end) {
            zs_add(z, i, end, ZASLON_IBAN_CODE, 4);
            return end;
        }
    }
    return i + 1;
}

/* ---- e-mail -------------------------------------------------------------------------------------- */

static bool local_char(int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
               cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-' || cp == '\'';
    return zs_is_alnum(cp);
}

static bool label_char(int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '-';
    return zs_is_alnum(cp);
}

/* Case-insensitive ASCII/Cyrillic match of a folded word at s[i]; returns bytes consumed. */
static size_t match_word(const unsigned char *s, size_t n, size_t i, const char *word) {
    size_t wl = strlen(word), take = wl + wl / 2 + 2;
    char buf[64];
    size_t end = i + take < n ? i + take : n;
    zs_fold_ctx(s, i, end, buf, sizeof buf);
    if (strncmp(buf, word, wl) != 0) return 0;
    /* Walk the original bytes until `wl` folded bytes are consumed (case changes keep length for
     * ASCII and for Cyrillic, both 1:1 or 2:2). */
    return wl;
}

/* An obfuscated '@' or '.': "[at]", "(at)", "{at}", "[собака]", "[dot]", "(точка)", "[.]" with
 * optional spaces around. Returns the bytes consumed from i, 0 if none. */
static size_t obfuscated(const unsigned char *s, size_t n, size_t i, bool at) {
    size_t j = i;
    while (j < n && s[j] == ' ')
        j++;
    if (j >= n) return 0;
    char open = (char)s[j], close;
    if (open == '[')
        close = ']';
    else if (open == '(')
        close = ')';
    else if (open == '{')
        close = '}';
    else if (open == '<')
        close = '>';
    else
        return 0;
    j++;
    while (j < n && s[j] == ' ')
        j++;
    static const char *const ats[] = {"at", "собака", "@", NULL};
    static const char *const dots[] = {"dot", "точка", ".", NULL};
    const char *const *words = at ? ats : dots;
    size_t used = 0;
    for (int k = 0; words[k] && !used; k++)
        used = match_word(s, n, j, words[k]);
    if (!used) return 0;
    j += used;
    while (j < n && s[j] == ' ')
        j++;
    if (j >= n || s[j] != (unsigned char)close) return 0;
    j++;
    while (j < n && s[j] == ' ')
        j++;
    return j - i;
}

/* " точка ru", " dot com": a dot spelt out without brackets, taken only before a top-level
 * domain (2-6 ASCII letters, then no letter), so "mail точка зрения" stays prose. Returns the
 * bytes up to the TLD, 0 if none. */
static size_t bare_dot(const unsigned char *s, size_t n, size_t i) {
    static const char *const words[] = {" точка ", " dot ", NULL};
    for (int k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        if (i + wl > n || memcmp(s + i, words[k], wl) != 0) continue;
        size_t j = i + wl, t = j;
        while (t < n && (s[t] | 0x20) >= 'a' && (s[t] | 0x20) <= 'z' && t - j <= 6)
            t++;
        if (t - j < 2 || t - j > 6) return 0;
        size_t len;
        if (t < n && zs_is_alnum(zs_decode(s, n, t, &len))) return 0;
        return wl;
    }
    return 0;
}

/* Parses a domain starting at i; returns its end (after the TLD), or 0. */
static size_t parse_domain(const unsigned char *s, size_t n, size_t i) {
    size_t j = i, end = 0;
    int labels = 0;
    for (;;) {
        size_t ls = j, len;
        bool alpha = true;
        while (j < n) {
            int32_t cp = zs_decode(s, n, j, &len);
            if (zs_is_invisible(cp) && j > ls) { /* inside a label: part of it */
                j += len;
                continue;
            }
            if (!label_char(cp)) break;
            if (!zs_is_letter(cp)) alpha = false;
            j += len;
        }
        if (j == ls || s[ls] == '-' || s[j - 1] == '-') break;
        labels++;
        if (labels >= 2 && alpha && j - ls >= 2) end = j;
        if (j >= n) break;
        size_t sep = 0;
        if (s[j] == '.')
            sep = 1;
        else
            sep = obfuscated(s, n, j, false);
        if (!sep && labels >= 1) sep = bare_dot(s, n, j);
        if (!sep || j + sep >= n) break;
        int32_t next = zs_decode(s, n, j + sep, &len);
        if (!label_char(next) || next == '-') break;
        j += sep;
    }
    return labels >= 2 ? end : 0;
}

/* Start of the local part that ends at `at` (exclusive), or `at` if empty. */
static size_t local_start(const unsigned char *s, size_t n, size_t at) {
    size_t j = at, len;
    while (j > 0 && at - j < 128) {
        size_t p = zs_prev_start(s, j);
        int32_t cp = zs_decode(s, n, p, &len);
        /* a zero-width character inside the address must not cut it in two */
        if (!local_char(cp) && !zs_is_invisible(cp)) break;
        j = p;
    }
    for (;;) { /* no leading dot, dash, quote or invisible character */
        if (j < at && (s[j] == '.' || s[j] == '-' || s[j] == '\''))
            j++;
        else if (j < at && zs_is_invisible(zs_decode(s, n, j, &len)))
            j += len;
        else
            break;
    }
    return j;
}

static void add_email(zs_scan *z, size_t start, size_t end) {
    if (zs_enabled(z, ZASLON_EMAIL_ADDRESS)) zs_add(z, start, end, ZASLON_EMAIL_ADDRESS, 6);
}

/* The spaced form's domain ends in a top-level domain mail lives under: "x @ self.weight" and "A
 * @ B.T" are matrix products in pasted Python, not addresses. */
bool zs_common_tld(const unsigned char *s, size_t from, size_t end) {
    static const char *const tlds[] = {
        "com", "net", "org", "ru", "su", "ua",  "by",  "kz",  "uz",     "am",
        "ge",  "az",  "kg",  "tj", "md", "de",  "uk",  "fr",  "it",     "es",
        "nl",  "pl",  "cz",  "eu", "io", "ai",  "co",  "me",  "info",   "biz",
        "edu", "gov", "us",  "ca", "au", "ch",  "se",  "no",  "fi",     "dk",
        "il",  "tr",  "in",  "cn", "jp", "app", "dev", "pro", "online", "\xd1\x80\xd1\x84" /* рф */,
        NULL};
    size_t d = end;
    while (d > from && s[d - 1] != '.')
        d--;
    char t[16];
    size_t l = end - d;
    if (l == 0 || l >= sizeof t) return false;
    for (size_t k = 0; k < l; k++)
        t[k] = (char)(s[d + k] >= 'A' && s[d + k] <= 'Z' ? s[d + k] + 32 : s[d + k]);
    t[l] = 0;
    for (int k = 0; tlds[k]; k++)
        if (strcmp(t, tlds[k]) == 0) return true;
    return false;
}

/* "gmail,com", "mail,ru": a comma typed for the dot, only after a mail service's own name and
 * before its TLD ("x@y,z" stays). Returns the TLD's end, or 0. */
static size_t mail_comma(const unsigned char *s, size_t n, size_t d) {
    static const char *const services[] = {"gmail",   "mail",    "yandex", "ya",         "yahoo",
                                           "outlook", "hotmail", "icloud", "bk",         "list",
                                           "inbox",   "rambler", "proton", "protonmail", NULL};
    static const char *const tlds[] = {"com", "ru", "net", NULL};
    size_t j = d;
    while (j < n && (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z' && j - d < 12)
        j++;
    if (j == d || j + 1 >= n || s[j] != ',' || !zs_ascii_word_in(s + d, j - d, services)) return 0;
    size_t k = j + 1;
    while (k < n && (s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z' && k - j <= 4)
        k++;
    if (k < n && (zs_is_alnum(s[k]) || s[k] >= 0x80)) return 0;
    return zs_ascii_word_in(s + j + 1, k - j - 1, tlds) ? k : 0;
}

/* Words that stand before '@' or a spelt "at" in English sentences and are no mailbox: "email us
 * @ x.com", "write to me at @gmail.com", "look at google dot com" (a site said aloud). */
static const char *const not_mailbox[] = {
    "me",    "us",    "him",   "her",   "them",    "it",     "you",       "one",  "home",
    "here",  "there", "at",    "to",    "on",      "in",     "or",        "and",  "by",
    "via",   "from",  "look",  "looks", "looking", "arrive", "arrived",   "stay", "stayed",
    "work",  "works", "meet",  "met",   "is",      "are",    "was",       "be",   "live",
    "lives", "reach", "email", "mail",  "write",   "found",  "available", "find", "online",
    "news",  "read",  "see",   "check", "booked",  "sale",   "sold",      NULL};

/* A Latin mailbox name that is none of not_mailbox: the spaced forms' local part. */
static bool mailbox_word(const unsigned char *s, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (s[k] >= 0x80) return false;
    return a < b && !zs_ascii_word_in(s + a, b - a, not_mailbox);
}

/* The spaced forms' domain at d: a dot and a TLD mail lives under ("x @ self.weight" and "A @ B.T"
 * are matrix products in pasted Python); or a mail service's name, a comma typed for the dot and
 * its TLD ("gmail,com"). Its end, or 0. */
static size_t spaced_domain(const unsigned char *s, size_t n, size_t d) {
    size_t end = parse_domain(s, n, d);
    if (end && memchr(s + d, '.', end - d) && zs_common_tld(s, d, end)) return end;
    return mail_comma(s, n, d);
}

size_t zs_rec_at(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* scheme://user:password@host — the credentials are a secret. */
    size_t u = i;
    while (u > 0 && i - u < 256 && s[u - 1] > ' ' && s[u - 1] != '/' && s[u - 1] != '@')
        u--;
    if (u >= 3 && memcmp(s + u - 3, "://", 3) == 0) {
        const void *colon = memchr(s + u, ':', i - u);
        if (colon && (const unsigned char *)colon > s + u &&
            (const unsigned char *)colon + 1 < s + i) {
            if (zs_enabled(z, ZASLON_SECRET)) zs_add(z, u, i, ZASLON_SECRET, 2);
        }
        return i + 1;
    }
    size_t ls = local_start(s, n, i);
    if (ls == i) {
        /* a space before the '@' (and maybe one after), as phones' keyboards and people wary of
         * bots write it: "ivan.petrov @ gmail.com", "ivan @gmail.com" */
        if (i >= 2 && i + 2 < n && s[i - 1] == ' ' && s[i - 2] != ' ') {
            size_t ls2 = local_start(s, n, i - 1);
            size_t d = s[i + 1] == ' ' ? i + 2 : i + 1, end = spaced_domain(s, n, d);
            if (ls2 < i - 1 && mailbox_word(s, ls2, i - 1) && end) {
                add_email(z, ls2, end);
                return end;
            }
        }
        return i + 1;
    }
    /* "ivan@ gmail.com": the space after it only */
    if (i + 2 < n && s[i + 1] == ' ' && s[i + 2] != ' ' && mailbox_word(s, ls, i)) {
        size_t end = spaced_domain(s, n, i + 2);
        if (end) {
            add_email(z, ls, end);
            return end;
        }
    }
    /* "kate.smith@@gmail.com": a doubled '@' is a typo the address still reaches its owner by */
    size_t d = i + 1 < n && s[i + 1] == '@' ? i + 2 : i + 1;
    size_t end = parse_domain(s, n, d);
    if (!end) end = mail_comma(s, n, d);
    if (end) add_email(z, ls, end);
    return end ? end : d;
}

size_t zs_rec_bracket(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* a code comment's owner: the tags' last letters (TODO, FIXME, XXX, HACK, NOTE, BUG) are
     * capitals from E to X */
    if (s[i] == '(' && i >= 3 && s[i - 1] >= 'E' && s[i - 1] <= 'X') {
        size_t owner = zs_rec_todo_owner(z, i);
        if (owner) return owner;
    }
    if (s[i] == '[' && i + 1 < n && s[i + 1] == 'i') {
        size_t vk = zs_rec_vk_mention(z, i);
        if (vk) return vk;
    }
    size_t used = obfuscated(s, n, i, true);
    if (!used) return i + 1;
    size_t at = i;
    while (at > 0 && s[at - 1] == ' ')
        at--;
    size_t ls = local_start(s, n, at);
    if (ls == at) return i + 1;
    size_t end = parse_domain(s, n, i + used);
    if (end) add_email(z, ls, end);
    return end ? end : i + 1;
}

/* ---- the '@' spelt as a word, without brackets -------------------------------------------------- */

/* The next occurrence of `word` in s[from, n), found by memchr on its byte `key` (a byte rare in
 * ordinary text: memchr runs wide, so the text is read once more at little cost). */
static size_t find_word_from(const unsigned char *s, size_t n, size_t from, const char *word,
                             size_t key) {
    size_t wl = strlen(word);
    for (size_t k = from + key; k + wl - key <= n;) {
        const unsigned char *p = memchr(s + k, (unsigned char)word[key], n - k - (wl - key) + 1);
        if (!p) return n;
        size_t at = (size_t)(p - s) - key;
        if (memcmp(s + at, word, wl) == 0) return at;
        k = (size_t)(p - s) + 1;
    }
    return n;
}

/* A mail service's domain said in Russian letters: «мейл ру», «яндекс точка ру», «джимейл.ком».
 * Only the services people name so (a closed list), then a top-level domain: «собака мейл» alone
 * is no address. Returns the end of the top-level domain, 0 if none. */
static size_t spelt_domain(const unsigned char *s, size_t n, size_t i) {
    static const char *const names[] = {
        "мейл",    "майл",   "мэйл",   "яндекс",  "джимейл", "джимэйл", "гмейл",  "гмайл",
        "рамблер", "бк",     "инбокс", "лист",    "хотмейл", "аутлук",  "иклауд", "ukr",
        "mail",    "yandex", "gmail",  "rambler", "bk",      "inbox",   "list",   NULL};
    static const char *const tlds[] = {"ру", "ком", "рф", "нет", "орг", NULL};
    static const char *const latin_tlds[] = {"ru", "com", "net", "org", NULL};
    size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '.' && j - i < 24)
        j++;
    char f[32];
    size_t fl = zs_fold_ctx(s, i, j, f, sizeof f);
    bool known = false;
    for (int k = 0; names[k] && !known; k++)
        known = strlen(names[k]) == fl && memcmp(f, names[k], fl) == 0;
    /* a Latin name with a Latin TLD is parse_domain's; here it needs a Russian TLD */
    bool latin = fl && (unsigned char)f[0] < 0x80;
    if (!known || j >= n) return 0;
    if (s[j] == '.') {
        j++;
    } else {
        j++; /* the space */
        static const char tochka[] = "точка ";
        if (j + sizeof tochka - 1 <= n && memcmp(s + j, tochka, sizeof tochka - 1) == 0)
            j += sizeof tochka - 1;
    }
    size_t t = j;
    while (t < n && (((s[t] | 0x20) >= 'a' && (s[t] | 0x20) <= 'z') || s[t] >= 0x80) && t - j < 8)
        t++;
    if (t == j || (t < n && s[t] >= 0x80)) return 0;
    fl = zs_fold_ctx(s, j, t, f, sizeof f);
    for (int k = 0; tlds[k]; k++)
        if (strlen(tlds[k]) == fl && memcmp(f, tlds[k], fl) == 0) return t;
    if (!latin)
        for (int k = 0; latin_tlds[k]; k++)
            if (strlen(latin_tlds[k]) == fl && memcmp(f, latin_tlds[k], fl) == 0) return t;
    return 0;
}

/* An address with the '@' spelt at `w` (the word is wl bytes, a space on either side). The local
 * part must be Latin letters and digits (a mailbox name), so «у меня собака точка в точка» stays
 * prose; the domain must have two labels and a Latin top-level domain (parse_domain). With
 * "at", the dot must be spelt too ("dot"), since "at example.com" is how English names a site. */
static void spelled_at(zs_scan *z, size_t w, size_t wl, bool english) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (w < 2 || w + wl + 1 >= n || s[w - 1] != ' ' || s[w + wl] != ' ') return;
    size_t at = w - 1, ls = local_start(s, n, at);
    if (ls == at) return;
    bool letter = false;
    for (size_t k = ls; k < at; k++) {
        if (s[k] >= 0x80) return;
        letter = letter || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z');
    }
    if (!letter) return;
    size_t ds = w + wl + 1;
    if (!english) {
        size_t sd = spelt_domain(s, n, ds);
        if (sd) {
            add_email(z, ls, sd);
            return;
        }
    }
    if (!((s[ds] | 0x20) >= 'a' && (s[ds] | 0x20) <= 'z') && !(s[ds] >= '0' && s[ds] <= '9'))
        return;
    size_t end = parse_domain(s, n, ds);
    if (!end) return;
    if (english) {
        if (zs_ascii_word_in(s + ls, at - ls, not_mailbox)) return;
        if (find_word_from(s, end, ds, " dot ", 1) == end) return;
    }
    add_email(z, ls, end);
}

void zs_rec_spelled_email(zs_scan *z) {
    if (!zs_enabled(z, ZASLON_EMAIL_ADDRESS)) return;
    const unsigned char *s = z->s;
    size_t n = z->n;
    static const char sobaka[] = "собака";
    /* byte 5 is the second byte of 'б', a letter of 1.6 % of Russian text */
    for (size_t w = find_word_from(s, n, 0, sobaka, 5); w < n;
         w = find_word_from(s, n, w + 1, sobaka, 5))
        spelled_at(z, w, sizeof sobaka - 1, false);
    /* "at" only where "dot" is spelt somewhere: most English text has the one, few the other */
    if (find_word_from(s, n, 0, " dot ", 1) == n) return;
    for (size_t w = find_word_from(s, n, 0, " at ", 1); w < n;
         w = find_word_from(s, n, w + 1, " at ", 1))
        spelled_at(z, w + 1, 2, true);
}

/* ---- ':' and '=': passwords and IPv6 ---------------------------------------------------------------- */

static const char *const ctx_password[] = {"парол",      "password", "passwd", "pwd",     "пасс",
                                           "secret",     "api_key",  "apikey", "api-key", "api key",
                                           "access_key", "token",    NULL};

static bool ascii_is_word(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

static bool is_hex(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* RFC 4291 text form: up to eight groups of 1–4 hex digits, one "::", optional dotted IPv4 tail. */
static bool ipv6_valid(const unsigned char *s, size_t n) {
    int groups = 0;
    bool dbl = false;
    size_t i = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        dbl = true;
        i = 2;
        if (i == n) return false; /* "::" alone says nothing */
    } else if (n && s[0] == ':') {
        return false;
    }
    while (i < n) {
        size_t st = i;
        while (i < n && is_hex(s[i]) && i - st < 5)
            i++;
        size_t hl = i - st;
        if (hl == 0 || hl > 4) return false;
        if (i < n && s[i] == '.') {
            /* embedded IPv4: the rest must be a dotted quad */
            int parts = 0, v = -1;
            for (size_t k = st; k <= n; k++) {
                if (k == n || s[k] == '.') {
                    if (v < 0 || v > 255) return false;
                    parts++;
                    v = -1;
                } else if (s[k] >= '0' && s[k] <= '9') {
                    /* stop at once: a long digit run would overflow v and wrap into range */
                    v = (v < 0 ? 0 : v * 10) + (s[k] - '0');
                    if (v > 255) return false;
                } else
                    return false;
            }
            if (parts != 4) return false;
            groups += 2;
            i = n;
            break;
        }
        groups++;
        if (i == n) break;
        if (s[i] != ':') return false;
        i++;
        if (i < n && s[i] == ':') {
            if (dbl) return false;
            dbl = true;
            i++;
            if (i == n) break;
        } else if (i == n) {
            return false;
        }
    }
    return dbl ? groups <= 7 : groups == 8;
}

/* What may follow an address and belongs to it: a zone id ("fe80::a1%wlan0") or a prefix length
 * ("2001:db8::/64"). Returns the new end. */
static size_t ipv6_suffix(const unsigned char *s, size_t n, size_t b) {
    if (b + 1 < n && s[b] == '%' && ascii_is_word(s[b + 1])) {
        size_t e = b + 1;
        while (e < n && e - b <= 16 && (ascii_is_word(s[e]) || s[e] == '.' || s[e] == '-'))
            e++;
        while (e > b + 1 && (s[e - 1] == '.' || s[e - 1] == '-'))
            e--;
        return e;
    }
    if (b + 1 < n && s[b] == '/' && s[b + 1] >= '0' && s[b + 1] <= '9') {
        size_t e = b + 1;
        int v = 0;
        while (e < n && s[e] >= '0' && s[e] <= '9' && e - b <= 3)
            v = v * 10 + (s[e++] - '0');
        if (v <= 128 && !(e < n && (ascii_is_word(s[e]) || s[e] == '/'))) return e;
    }
    return b;
}

/* The ASCII form of an address character at s[j] (hex digit, ':' or '.') written in ASCII or
 * in full width (U+FF10-FF19, U+FF21-FF26, U+FF41-FF46, U+FF1A, U+FF0E): an IME or a copy from
 * a PDF turns "fe80::1" into "ｆｅ８０：：１", which a person still reads as the address. 0 if
 * none; *len is its byte length. */
static unsigned char v6_char(const unsigned char *s, size_t n, size_t j, size_t *len) {
    unsigned char c = s[j];
    *len = 1;
    if (c < 0x80) return is_hex(c) || c == ':' || c == '.' ? c : 0;
    if (c != 0xEF || j + 2 >= n) return 0;
    unsigned char b = s[j + 1], t = s[j + 2];
    *len = 3;
    if (b == 0xBC && t >= 0x90 && t <= 0x99) return (unsigned char)('0' + (t - 0x90));
    if (b == 0xBC && t == 0x9A) return ':';
    if (b == 0xBC && t == 0x8E) return '.';
    if (b == 0xBC && t >= 0xA1 && t <= 0xA6) return (unsigned char)('A' + (t - 0xA1));
    if (b == 0xBD && t >= 0x81 && t <= 0x86) return (unsigned char)('a' + (t - 0x81));
    return 0;
}

/* An invisible character or combining mark inside the address, as in the IPv4 path: it renders
 * as nothing, so the address still reads as one. */
static bool v6_filler(const unsigned char *s, size_t n, size_t j, size_t *len) {
    if (s[j] < 0x80) return false;
    int32_t cp = zs_decode(s, n, j, len);
    return cp > 0 && zs_is_number_filler(cp);
}

enum { V6_SPAN = 48 }; /* characters read each way from the colon */

static size_t add_ipv6(zs_scan *z, size_t a, size_t b) {
    b = ipv6_suffix(z->s, z->n, b);
    if (zs_enabled(z, ZASLON_IP_ADDRESS)) zs_add(z, a, b, ZASLON_IP_ADDRESS, 8);
    return b;
}

static size_t try_ipv6_wide(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, len;
    /* the address read backwards from the colon, then forwards from it, in ASCII */
    unsigned char back[V6_SPAN], fwd[V6_SPAN + 1];
    size_t nb = 0, nf = 0, a = i, b = i;
    for (size_t j = i; j > 0 && nb < V6_SPAN;) {
        size_t p = s[j - 1] < 0x80 ? j - 1 : zs_prev_start(s, j);
        unsigned char c = v6_char(s, n, p, &len);
        if (c && p + len == j) {
            back[nb++] = c;
            a = j = p;
        } else if (v6_filler(s, n, p, &len) && p + len == j) {
            j = p;
        } else {
            break;
        }
    }
    for (size_t j = i; j < n && nf < V6_SPAN + 1;) {
        unsigned char c = v6_char(s, n, j, &len);
        if (c) {
            fwd[nf++] = c;
            b = j += len;
        } else if (v6_filler(s, n, j, &len)) {
            j += len;
        } else {
            break;
        }
    }
    while (nf > 0 && fwd[nf - 1] == '.') { /* sentence end */
        nf--;
        b = s[b - 1] == '.' ? b - 1 : b - 3;
        while (b > i && v6_filler(s, n, zs_prev_start(s, b), &len))
            b = zs_prev_start(s, b);
    }
    if (a > 0 && (ascii_is_word(s[a - 1]))) return 0;
    if (b < n && ascii_is_word(s[b])) return 0;
    unsigned char addr[2 * V6_SPAN + 1];
    size_t m = 0;
    int colons = 0;
    while (nb > 0)
        addr[m++] = back[--nb];
    for (size_t k = 0; k < nf; k++)
        addr[m++] = fwd[k];
    for (size_t k = 0; k < m; k++)
        colons += addr[k] == ':';
    if (colons < 2 || !ipv6_valid(addr, m)) return 0;
    return add_ipv6(z, a, b);
}

/* At a colon: an address in plain ASCII is read in place; one with a full-width character or
 * an invisible one next to its ASCII part goes through try_ipv6_wide, which copies it. */
static size_t try_ipv6(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = i, b = i;
    if (s[i] != ':') return try_ipv6_wide(z, i);
    /* A label's colon ("Телефон: ...", "Итого: ...", "name: x"): an ASCII byte that is no address
     * character after it, and before it one too or a Russian letter (two bytes, D0/D1 lead: no
     * address character or filler either way), leave the colon alone, and an address needs two. */
    bool stop_after =
        i + 1 >= n || (s[i + 1] < 0x80 && !is_hex(s[i + 1]) && s[i + 1] != ':' && s[i + 1] != '.');
    if (stop_after &&
        (i == 0 || (s[i - 1] < 0x80 && !is_hex(s[i - 1]) && s[i - 1] != ':' && s[i - 1] != '.') ||
         (i >= 2 && (s[i - 2] == 0xD0 || s[i - 2] == 0xD1) && (s[i - 1] & 0xC0) == 0x80)))
        return 0;
    while (a > 0 && i - a < 48 && (is_hex(s[a - 1]) || s[a - 1] == ':' || s[a - 1] == '.'))
        a--;
    while (b < n && b - i < 48 && (is_hex(s[b]) || s[b] == ':' || s[b] == '.'))
        b++;
    if ((a > 0 && s[a - 1] >= 0x80) || (b < n && s[b] >= 0x80)) return try_ipv6_wide(z, i);
    while (b > a && s[b - 1] == '.')
        b--; /* sentence end */
    if (a > 0 && (ascii_is_word(s[a - 1]))) return 0;
    if (b < n && ascii_is_word(s[b])) return 0;
    int colons = 0;
    for (size_t k = a; k < b; k++)
        colons += s[k] == ':';
    if (colons < 2 || !ipv6_valid(s + a, b - a)) return 0;
    return add_ipv6(z, a, b);
}

/* Is the value after a password label possibly the password? Not a mask ("********",
 * "••••••••": what a screen shows in its place) and not an ordinary lower-case Russian word
 * ("пароль: забыл", "пароль: сменил вчера"): people say those about a password far more often
 * than they choose one, and a real one has a digit, a capital or a sign somewhere. */
/* What English speakers write after "password:" instead of one: its state or a placeholder. A
 * list rather than "any lower-case word", since "password: sunshine" is a (weak) password. */
static const char *const not_password[] = {
    "reset",     "forgot",  "forgotten", "changed",  "expired", "required", "incorrect",
    "invalid",   "wrong",   "none",      "null",     "empty",   "hidden",   "redacted",
    "masked",    "unknown", "same",      "optional", "updated", "change",   "sent",
    "required",  "blank",   "undefined", "removed",  "n/a",     "tbd",      "todo",
    "secret",    "your",    "yours",     "mine",     "here",    "below",    "above",
    "encrypted", "not",     "no",        "yes",      "ok",      "true",     "false",
    NULL};

static bool placeholder_word(const unsigned char *s, size_t vs, size_t ve) {
    while (vs < ve && (s[vs] == '<' || s[vs] == '[' || s[vs] == '(' || s[vs] == '{'))
        vs++;
    while (ve > vs && (s[ve - 1] == '>' || s[ve - 1] == ']' || s[ve - 1] == ')' ||
                       s[ve - 1] == '}' || s[ve - 1] == '!' || s[ve - 1] == '?'))
        ve--;
    return ve > vs && zs_ascii_word_in(s + vs, ve - vs, not_password);
}

static bool secret_like(const unsigned char *s, size_t vs, size_t ve) {
    bool mask = true, word = true;
    int letters = 0;
    for (size_t j = vs; j < ve;) {
        size_t len;
        int32_t cp = zs_decode(s, ve, j, &len);
        j += len;
        if (!(cp == '*' || cp == 0xB7 || cp == 0x2022 || cp == 0x2219 || cp == 0x25CF ||
              cp == 0x2981))
            mask = false;
        if ((cp >= 0x430 && cp <= 0x44F) || cp == 0x451)
            letters++;
        else
            word = false;
        if (!mask && !word) return true; /* neither can come back */
    }
    return !mask && !(word && letters <= 12);
}

static size_t try_password(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* A label ends right before the sign ("пароль:", "\"password\": ", "PWD="): a digit there
     * is a time or a ratio, so most ':' in logs cost nothing more. */
    size_t p = i;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '"' || s[p - 1] == '\'' || s[p - 1] == ')'))
        p--;
    if (p == 0 || (s[p - 1] < 0x80 && !((s[p - 1] | 0x20) >= 'a' && (s[p - 1] | 0x20) <= 'z') &&
                   s[p - 1] != '_'))
        return 0;
    /* the value first: most labels in chat ("Телефон: 8 912...", "Итого: 1 990 ₽") are followed by
     * something too short for a password, and that is cheaper to see than the label's words */
    size_t j = i + 1;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    unsigned char quote = 0;
    if (j < n && (s[j] == '"' || s[j] == '\'' || s[j] == '`')) quote = s[j++];
    size_t vs = j;
    while (j < n && j - vs < 256) {
        unsigned char c = s[j];
        if (quote ? c == quote || c == '\n' : (c == ' ' || c == '\t' || c == '\n' || c == '\r'))
            break;
        if (c == 0xC2 && j + 1 < n && s[j + 1] == 0xA0) break; /* NBSP */
        j++;
    }
    size_t ve = j;
    if (!quote)
        while (ve > vs &&
               (s[ve - 1] == '.' || s[ve - 1] == ',' || s[ve - 1] == ';' || s[ve - 1] == ')'))
            ve--;
    if (ve - vs < 4) return 0;
    bool same = true;
    for (size_t k = vs + 1; k < ve; k++)
        same = same && s[k] == s[vs];
    if (same || !secret_like(s, vs, ve)) return 0;
    size_t a = zs_line_from(s, i > 40 ? i - 40 : 0, i);
    while (a < i && (s[a] & 0xC0) == 0x80)
        a++;
    zs_stem_filter *f = &z->ctx.password;
    if (f->stems != ctx_password) zs_stem_filter_init(f, ctx_password);
    if (!zs_has_stem_f(s, a, i, f) || placeholder_word(s, vs, ve)) return 0;
    if (zs_enabled(z, ZASLON_SECRET)) zs_add(z, vs, ve, ZASLON_SECRET, 1);
    return ve;
}

/* A password after its label without a colon: «пароль Zx8!kq2p», «Мой пароль — Tr0ub4dor&3», "My
 * password is CorrectHorse7". Without the colon a label is mostly talk about a password («пароль
 * от почты», "password reset"), so the value must look like one: six characters or more with a
 * digit and a letter, a sign, or capitals inside ("CorrectHorseBattery"), and no e-mail or link. */
/* Whether one of `labels` (folded) ends right before position i, spaces between, as a word of
 * its own: not the tail of a longer word ("mypassword is"; `underscore`: "aws_token" counts).
 * Looks `back` bytes back. */
static bool label_before(const unsigned char *s, size_t i, size_t back, const char *const *labels,
                         bool underscore) {
    char buf[40];
    size_t w = i > back ? i - back : 0;
    while (w < i && (s[w] & 0xC0) == 0x80)
        w++;
    size_t fl = zs_fold_ctx(s, w, i, buf, sizeof buf);
    while (fl > 0 && buf[fl - 1] == ' ')
        fl--;
    size_t l = 0;
    for (int k = 0; labels[k]; k++) {
        size_t m = strlen(labels[k]);
        if (m <= fl && m > l && memcmp(buf + fl - m, labels[k], m) == 0) l = m;
    }
    if (!l) return false;
    unsigned char b = l < fl ? (unsigned char)buf[fl - l - 1] : ' ';
    if (ascii_is_word(b) && !(underscore && b == '_')) return false;
    if (b >= 0x80 && fl - l >= 2) {
        size_t len;
        int32_t cp = zs_decode((const unsigned char *)buf, fl - l,
                               zs_prev_start((const unsigned char *)buf, fl - l), &len);
        if (zs_is_alnum(cp)) return false;
    }
    return true;
}

static size_t password_after_label(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, j = i;
    /* what a label ends with, before anything else is read: "password" (rd), "passwd", "pwd"
     * (wd), "is" alone, «пароль» (ль), «это» (то), «будет» (ет), a dash (- or the end of —) */
    size_t lend = i;
    while (lend > 0 && s[lend - 1] == ' ')
        lend--;
    if (lend < 3) return 0;
    unsigned char lb = s[lend - 1], pb = s[lend - 2] | 0x20;
    bool cyr2 = lend >= 4 && (s[lend - 4] == 0xD0 || s[lend - 4] == 0xD1);
    unsigned char c1 = cyr2 ? s[lend - 3] : 0; /* the letter before the last Cyrillic one */
    if (!(lb == '-' || (lb == 0x94 && s[lend - 2] == 0x80) ||
          ((lb | 0x20) == 'd' && (pb == 'r' || pb == 'w')) ||
          ((lb | 0x20) == 's' && pb == 'i' && s[lend - 3] == ' ') ||
          (s[lend - 2] == 0xD1 && lb == 0x8C && c1 == 0xBB) || /* ль */
          (s[lend - 2] == 0xD0 && lb == 0xBE && c1 == 0x82) || /* то */
          (s[lend - 2] == 0xD1 && lb == 0x82 && c1 == 0xB5)))  /* ет */
        return 0;
    bool digit = false, letter = false, sign = false, inner_cap = false, lower = false;
    for (; j < n && j - i < 64; j++) {
        unsigned char c = s[j];
        if (c <= ' ' || c >= 0x80) break;
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c >= 'a' && c <= 'z')
            letter = lower = true;
        else if (c >= 'A' && c <= 'Z') {
            letter = true;
            inner_cap = inner_cap || j > i;
        } else if (c == '@' || c == '/' || c == ':')
            return 0; /* an e-mail, a path or a link */
        else if (strchr("!#$%^&*?~+=_", c))
            sign = true;
    }
    if (j < n && s[j] >= 0x80) return 0; /* a word that goes on in another script */
    size_t ve = j;
    while (ve > i && (s[ve - 1] == '.' || s[ve - 1] == ',' || s[ve - 1] == ';' ||
                      s[ve - 1] == ')' || s[ve - 1] == '!' || s[ve - 1] == '?'))
        ve--;
    if (ve - i < 6 || !((digit && letter) || (sign && (digit || letter)) || (inner_cap && lower)))
        return 0;
    /* the label: «пароль», "password" and an optional «—», «это», "is" before the value */
    static const char *const labels[] = {"пароль",       "пароль -", "пароль —",   "пароль это",
                                         "пароль будет", "password", "password -", "password —",
                                         "password is",  "passwd",   "pwd",        NULL};
    if (!label_before(s, i, 32, labels, false)) return 0;
    if (placeholder_word(s, i, ve)) return 0;
    zs_add(z, i, ve, ZASLON_SECRET, 1);
    return ve;
}

/* A token named by the word before it, without a colon: "Bearer Xk9…", "secret wJalrXUt…",
 * «токен …», "api key …" (token_value's shape: "the secret sauce", "token ring" and "the key
 * AB12" stay). Called where the candidate pass stops (a capital or a key's first letter). */
/* The end of a token's value at s[i]: one run of base64, base64url or hex characters of 16 or
 * more that looks random (digits, or mixed case), not a path; 0 if none. */
static size_t token_value(const unsigned char *s, size_t n, size_t i) {
    size_t j = i;
    bool slash = false;
    while (j < n && j - i < 8192) {
        unsigned char c = s[j];
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' ||
            c == '_' || c == '.' || c == '~' || c == '+' || c == '=')
            j++;
        else if (c == '/') {
            slash = true;
            j++;
        } else
            break;
    }
    if (j < n && (s[j] >= 0x80 || s[j] == '@' || s[j] == ':')) return 0;
    size_t ve = j;
    while (ve > i && (s[ve - 1] == '.' || s[ve - 1] == '-'))
        ve--;
    if (ve - i < 16 || !looks_random(s + i, ve - i)) return 0;
    /* a path, not a key: "token /usr/local/bin/x", "https://…" */
    for (size_t k = i; slash && k < ve; k++)
        if (s[k] == '/' && (k == i || s[k - 1] == '/')) return 0;
    return ve;
}

static size_t token_after_label(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    size_t lend = i;
    while (lend > 0 && s[lend - 1] == ' ')
        lend--;
    if (lend < 3 || lend == i) return 0;
    /* the label's last letter: bearer, basic, secret, token, key, токен (н) */
    unsigned char lb = s[lend - 1] | 0x20;
    if (!(lb == 'r' || lb == 'c' || lb == 't' || lb == 'n' || lb == 'y' ||
          (lb == (0xBD | 0x20) && s[lend - 2] == 0xD0)))
        return 0;
    size_t ve = token_value(s, n, i);
    if (!ve) return 0;
    static const char *const labels[] = {
        "bearer",  "basic",  "secret", "secret key", "access key", "token",    "access token",
        "api key", "apikey", "токен",  "секрет",     "ключ api",   "api-ключ", NULL};
    if (!label_before(s, i, 24, labels, true)) return 0;
    zs_add(z, i, ve, ZASLON_SECRET, 1);
    return ve;
}

size_t zs_rec_label_token(zs_scan *z, size_t i) {
    if (i == 0 || z->s[i - 1] != ' ' || !zs_enabled(z, ZASLON_SECRET)) return 0;
    return token_after_label(z, i);
}

/* "Authorization: Bearer 8f14e45f…", "Basic dXNlcjpw…" (a user and password in base64), "Token
 * …": an HTTP credential after a header's colon, whatever its first letter. */
static size_t auth_scheme(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, j = i + 1;
    while (j < n && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
        j++;
    unsigned char c0 = j < n ? s[j] | 0x20 : 0;
    if (c0 != 'b' && c0 != 't' && c0 != 'd') return 0; /* most colons: a time, a label's value */
    static const char *const schemes[] = {"bearer ", "basic ", "token ", "digest ", NULL};
    for (int k = 0; schemes[k]; k++) {
        size_t l = strlen(schemes[k]), m = 0;
        while (m < l && j + m < n && (s[j + m] | 0x20) == (unsigned char)schemes[k][m])
            m++;
        if (m < l) continue;
        size_t vs = j + l;
        while (vs < n && s[vs] == ' ')
            vs++;
        size_t ve = token_value(s, n, vs);
        if (!ve) return 0;
        zs_add(z, vs, ve, ZASLON_SECRET, 1);
        return ve;
    }
    return 0;
}

size_t zs_rec_colon(zs_scan *z, size_t i) {
    if (z->s[i] == 0xEF) { /* a full-width colon: only an address has one */
        size_t e = zs_enabled(z, ZASLON_IP_ADDRESS) ? try_ipv6(z, i) : 0;
        return e ? e : i + 3;
    }
    if (zs_enabled(z, ZASLON_SECRET)) {
        size_t e = try_password(z, i);
        if (!e && z->s[i] == ':') e = auth_scheme(z, i);
        if (e) return e;
    }
    if (z->s[i] == ':' && zs_enabled(z, ZASLON_IP_ADDRESS)) {
        size_t e = try_ipv6(z, i);
        if (e) return e;
    }
    return i + 1;
}

/* ---- PEM private keys ---------------------------------------------------------------------------- */

static const unsigned char *find(const unsigned char *h, size_t hn, const char *needle) {
    size_t nl = strlen(needle);
    for (size_t k = 0; k + nl <= hn; k++) {
        const unsigned char *p = memchr(h + k, needle[0], hn - k - nl + 1);
        if (!p) return NULL;
        k = (size_t)(p - h);
        if (memcmp(p, needle, nl) == 0) return p;
    }
    return NULL;
}

size_t zs_rec_dash(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    static const char begin[] = "-----BEGIN ";
    if (i + sizeof begin - 1 > n || memcmp(s + i, begin, sizeof begin - 1) != 0) return i + 1;
    size_t lim = n - i < 64 ? n - i : 64;
    const unsigned char *hdr_end = find(s + i + 11, lim > 11 ? lim - 11 : 0, "-----");
    if (!hdr_end) return i + 1;
    const unsigned char *key = find(s + i, (size_t)(hdr_end - (s + i)), "PRIVATE KEY");
    if (!key) return i + 5;
    size_t from = (size_t)(hdr_end - s) + 5;
    size_t win = n - from < 16384 ? n - from : 16384; /* a key block is a few KB at most */
    const unsigned char *end = find(s + from, win, "-----END ");
    if (!end) return i + 5;
    size_t e = (size_t)(end - s) + 9;
    size_t lim2 = n - e < 64 ? n - e : 64;
    const unsigned char *close = find(s + e, lim2, "-----");
    if (!close) return i + 5;
    e = (size_t)(close - s) + 5;
    if (zs_enabled(z, ZASLON_SECRET)) zs_add(z, i, e, ZASLON_SECRET, 1);
    return e;
}
