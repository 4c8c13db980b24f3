/* rec_handle.c — a person's messenger or social-network handle: «напишите мне в телеграм
 * @ivan_petrov88», «мой инстаграм: @anna.kozlova», "ping me on Twitter @john_doe_92", «вк
 * vk.com/dkozlov». A handle reaches its owner as surely as a phone number, so it is masked as a
 * PERSON (restore puts it back as typed).
 *
 * '@' also starts decorators, CSS at-rules, npm scopes and shop accounts («Подписывайтесь на
 * @salon_krasoty»), so a handle needs the sentence to say whose it is: a messenger or network
 * named around it (or its profile link's own domain), and a person — «мой», «мне», «ник», "my",
 * "me", a request to write — and no business words («нам», «канал», "us", "official"). */
#include "common/text.h"
#include "recognize/phone.h"
#include "recognize/recognize.h"

enum { CUE_NET = 1, CUE_PERSON = 2, CUE_NICK = 4, CUE_BUSINESS = 8 };

typedef struct {
    const char *word; /* folded */
    unsigned char len, cue;
    bool stem; /* any word starting with it (Russian case forms) */
} handle_cue;
#define CUE(w, c, st)                                                                              \
    { w, sizeof w - 1, c, st }

static const handle_cue cues[] = {
    /* messengers and networks, in Russian as people spell them in chat */
    CUE("телег", CUE_NET, true),
    CUE("телеграм", CUE_NET, true),
    CUE("тг", CUE_NET, false),
    CUE("тгк", CUE_BUSINESS, false), /* a Telegram channel */
    CUE("инст", CUE_NET, true),
    CUE("твиттер", CUE_NET, true),
    CUE("твитер", CUE_NET, true),
    CUE("тикток", CUE_NET, true),
    CUE("вк", CUE_NET, false),
    CUE("вконтакт", CUE_NET, true),
    CUE("фейсбук", CUE_NET, true),
    CUE("дискорд", CUE_NET, true),
    CUE("скайп", CUE_NET, true),
    CUE("гитхаб", CUE_NET, true),
    CUE("ютуб", CUE_NET, true),
    CUE("threads", CUE_NET, false),
    CUE("telegram", CUE_NET, false),
    CUE("tg", CUE_NET, false),
    CUE("insta", CUE_NET, false),
    CUE("instagram", CUE_NET, false),
    CUE("ig", CUE_NET, false),
    CUE("twitter", CUE_NET, false),
    CUE("tiktok", CUE_NET, false),
    CUE("vk", CUE_NET, false),
    CUE("facebook", CUE_NET, false),
    CUE("fb", CUE_NET, false),
    CUE("discord", CUE_NET, false),
    CUE("skype", CUE_NET, false),
    CUE("snapchat", CUE_NET, false),
    CUE("snap", CUE_NET, false),
    CUE("github", CUE_NET, false),
    CUE("linkedin", CUE_NET, false),
    CUE("youtube", CUE_NET, false),
    CUE("mastodon", CUE_NET, false),
    CUE("bluesky", CUE_NET, false),
    /* the handle named as such: a person's by itself */
    CUE("ник", CUE_NICK | CUE_NET, false),
    CUE("ника", CUE_NICK | CUE_NET, false),
    CUE("нику", CUE_NICK | CUE_NET, false),
    CUE("ником", CUE_NICK | CUE_NET, false),
    CUE("никнейм", CUE_NICK | CUE_NET, true),
    CUE("юзернейм", CUE_NICK | CUE_NET, true),
    CUE("username", CUE_NICK | CUE_NET, false),
    CUE("handle", CUE_NICK | CUE_NET, false),
    CUE("nick", CUE_NICK | CUE_NET, false),
    CUE("nickname", CUE_NICK | CUE_NET, false),
    /* a person: the writer, someone they speak of, a request to get in touch */
    CUE("я", CUE_PERSON, false),
    CUE("мой", CUE_PERSON, false),
    CUE("моя", CUE_PERSON, false),
    CUE("мое", CUE_PERSON, false),
    CUE("мои", CUE_PERSON, false),
    CUE("моем", CUE_PERSON, false),
    CUE("моей", CUE_PERSON, false),
    CUE("моего", CUE_PERSON, false),
    CUE("мне", CUE_PERSON, false),
    CUE("меня", CUE_PERSON, false),
    CUE("его", CUE_PERSON, false),
    CUE("ее", CUE_PERSON, false),
    CUE("напиши", CUE_PERSON, true), /* напишите */
    CUE("пиши", CUE_PERSON, true),
    CUE("стучи", CUE_PERSON, true),
    CUE("стукни", CUE_PERSON, true),
    CUE("добавь", CUE_PERSON, true),
    CUE("найди", CUE_PERSON, true),
    CUE("my", CUE_PERSON, false),
    CUE("me", CUE_PERSON, false),
    CUE("i", CUE_PERSON, false),
    CUE("im", CUE_PERSON, false),
    CUE("his", CUE_PERSON, false),
    CUE("her", CUE_PERSON, false),
    CUE("dm", CUE_PERSON, false),
    CUE("ping", CUE_PERSON, false),
    CUE("text", CUE_PERSON, false),
    /* a business, a channel, a bot: published to be found */
    CUE("нам", CUE_BUSINESS, false),
    CUE("нас", CUE_BUSINESS, false),
    CUE("наш", CUE_BUSINESS, true),
    CUE("подписыва", CUE_BUSINESS, true),
    CUE("подпиш", CUE_BUSINESS, true),
    CUE("канал", CUE_BUSINESS, true),
    CUE("бот", CUE_BUSINESS, true),
    CUE("паблик", CUE_BUSINESS, true),
    CUE("сообществ", CUE_BUSINESS, true),
    CUE("групп", CUE_BUSINESS, true),
    CUE("официальн", CUE_BUSINESS, true),
    CUE("us", CUE_BUSINESS, false),
    CUE("our", CUE_BUSINESS, false),
    CUE("we", CUE_BUSINESS, false),
    CUE("subscribe", CUE_BUSINESS, false),
    CUE("channel", CUE_BUSINESS, false),
    CUE("bot", CUE_BUSINESS, false),
    CUE("group", CUE_BUSINESS, false),
    CUE("official", CUE_BUSINESS, false),
    CUE("community", CUE_BUSINESS, false),
    CUE("support", CUE_BUSINESS, false),
};

static unsigned word_cue(const char *w, size_t wl) {
    unsigned got = 0;
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t cl = cues[k].len;
        if (w[0] != cues[k].word[0] || (cues[k].stem ? wl < cl : wl != cl)) continue;
        if (memcmp(w, cues[k].word, cl) == 0) got |= cues[k].cue;
    }
    return got;
}

/* The cues of the words of s[a, b), folded. A word is a run of ASCII letters or of non-ASCII
 * bytes (Cyrillic after folding); "I'm" is one word "im". */
static unsigned cues_in(const unsigned char *s, size_t a, size_t b) {
    char f[256];
    size_t fl = zs_fold_ctx(s, a, b, f, sizeof f);
    unsigned got = 0;
    char w[64];
    size_t wl = 0;
    for (size_t k = 0; k <= fl; k++) {
        unsigned char c = k < fl ? (unsigned char)f[k] : ' ';
        if ((c >= 'a' && c <= 'z') || c >= 0x80) {
            if (wl < sizeof w) w[wl++] = (char)c;
        } else if (c == '\'' && wl) {
            continue;
        } else if (wl) {
            if (wl < sizeof w) got |= word_cue(w, wl);
            wl = 0;
        }
    }
    return got;
}

static bool handle_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

/* The end of a handle's name at s[i] (3-32 of [A-Za-z0-9_.], a letter among them, no dot at the
 * end, then no byte that would make it a call, an address, a longer word or — unless it ends a
 * link (`link`: vk.com/dkozlov/) — a path), or 0. */
static size_t handle_end(const unsigned char *s, size_t n, size_t i, bool link) {
    size_t j = i;
    bool letter = false;
    while (j < n && j - i <= 32 && handle_char(s[j])) {
        letter = letter || ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z');
        j++;
    }
    while (j > i && s[j - 1] == '.')
        j--;
    if (j - i < 3 || j - i > 32 || !letter || s[i] == '.') return 0;
    if (j < n && (s[j] == '@' || s[j] == '(' || s[j] == '-' || s[j] >= 0x80 || handle_char(s[j])))
        return 0;
    /* a link's handle ends its path: t.me/channel/123 is a post, github.com/google/protobuf code */
    if (j < n && s[j] == '/' && (!link || (j + 1 < n && handle_char(s[j + 1])))) return 0;
    /* "@mail.ru", "@example.com": a domain without its mailbox */
    const unsigned char *dot = NULL;
    for (size_t k = i; k < j; k++)
        if (s[k] == '.') dot = s + k;
    if (dot && zs_common_tld(s, (size_t)(dot - s) + 1, j)) return 0;
    /* a bot's account is published, not a person's */
    if (j - i >= 3 && (s[j - 3] | 0x20) == 'b' && (s[j - 2] | 0x20) == 'o' &&
        (s[j - 1] | 0x20) == 't')
        return 0;
    return j;
}

/* Whether the line around [start, end) names a network and a person, and no business since the
 * last handle (`near`: «Наш инстаграм @salon, мой личный @olga» is the salon's, then Olga's).
 * `net`: the handle's own link names the network. */
static bool personal(const zs_scan *z, size_t start, size_t end, size_t near, bool net) {
    const unsigned char *s = z->s;
    size_t a = zs_ctx_from(s, z->n, start, 96), b = zs_ctx_to(s, z->n, end, 48);
    /* within the sentence: "…on twitter ever. @radhallman and @foofmcewan kudos" */
    for (size_t k = start; k > a + 1; k--)
        if ((s[k - 2] == '.' || s[k - 2] == '!' || s[k - 2] == '?') && s[k - 1] == ' ') {
            a = k;
            break;
        }
    for (size_t k = end; k + 1 < b; k++)
        if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ') {
            b = k;
            break;
        }
    if (near < a || near > start) near = a;
    unsigned far = cues_in(z->s, a, near);
    unsigned got = cues_in(z->s, near, start) | cues_in(z->s, end, b);
    if (got & CUE_BUSINESS) return false;
    got |= far | (net ? CUE_NET : 0);
    return (got & CUE_NET) && (got & (CUE_PERSON | CUE_NICK));
}

/* The next byte c after p in s[0, n) (from the start when p is NULL), or NULL: each pass reads
 * the text once with memchr. */
static const unsigned char *after(const unsigned char *s, size_t n, const unsigned char *p, int c) {
    size_t from = p ? (size_t)(p - s) + 1 : 0;
    return from < n ? memchr(s + from, c, n - from) : NULL;
}

static void add_handle(zs_scan *z, size_t start, size_t end, size_t *last) {
    zs_add(z, start, end, ZASLON_PERSON, 3);
    *last = end;
}

/* A system's own folders and accounts, and placeholders: no person's login in a path or a shell
 * prompt (path_user_at, shell_prompt). */
static const char *const path_not_user[] = {
    "public",   "default",     "default user", "all users", "shared",    "administrator",
    "admin",    "guest",       "root",         "user",      "username",  "user_name",
    "yourname", "your_name",   "youruser",     "you",       "me",        "name",
    "ubuntu",   "ec2-user",    "centos",       "debian",    "fedora",    "vagrant",
    "runner",   "runneradmin", "pi",           "node",      "app",       "www-data",
    "jenkins",  "git",         "docker",       "circleci",  "travis",    "linuxbrew",
    "vscode",   "codespace",   "gitpod",       "deploy",    "postgres",  "test",
    "build",    "builder",     "worker",       "dev",       "developer", "ci",
    "lib",      "bin",         "local",        "share",     "src",       "home",
    "users",    NULL};

/* A shell prompt's "login@host" opening a line of a pasted terminal session: "ivan@ivan-ThinkPad:~/app$
 * npm test", "[olga@localhost ~]$ ls", "mariagarcia@Marias-MacBook-Pro ~ %", "(venv)
 * ivan@box:/srv$": the login is the user's, and the host is often named after them. One PERSON
 * span over both. The '@' at i; the prompt's path ("~", "/…") and its sign ($, #, %) must follow
 * on the line. */
__attribute__((noinline)) static void shell_prompt(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = i, e = i + 1;
    /* the host (a machine's name, no domain: an address's stops at its first dot), then ":" or a
     * space and the path */
    while (e < n && e - i <= 64 && s[e] != '.' && (handle_char(s[e]) || s[e] == '-'))
        e++;
    if (e == i + 1 || e + 1 >= n || (s[e] != ':' && s[e] != ' ') ||
        (s[e + 1] != '~' && s[e + 1] != '/'))
        return;
    while (a > 0 && i - a <= 32 && (handle_char(s[a - 1]) || s[a - 1] == '-'))
        a--;
    /* the line's start, or "(venv) ", "[" before the login */
    size_t b = a;
    if (b > 0 && s[b - 1] == '[') b--;
    if (b > 0 && s[b - 1] == ' ' && b >= 2 && s[b - 2] == ')') {
        b -= 2;
        while (b > 0 && s[b - 1] != '(' && s[b - 1] != '\n' && a - b <= 32)
            b--;
        if (b > 0 && s[b - 1] == '(') b--;
    }
    if (a == i || (b > 0 && s[b - 1] != '\n') || zs_ascii_word_in(s + a, i - a, path_not_user))
        return;
    /* the prompt's sign after the path, on the line */
    size_t k = e + 1;
    for (; k < n && k - e <= 160 && s[k] != '\n'; k++)
        if ((s[k] == '$' || s[k] == '#' || s[k] == '%') &&
            (k + 1 == n || s[k + 1] == ' ' || s[k + 1] == '\n'))
            break;
    if (k >= n || k - e > 160 || s[k] == '\n') return;
    zs_add(z, a, e, ZASLON_PERSON, 3);
}

/* '@' at a word start (or after a link's '/': tiktok.com/@anna). */
static void at_handles(zs_scan *z) {
    size_t last = 0;
    const unsigned char *s = z->s;
    size_t n = z->n;
    for (const unsigned char *p = after(s, n, NULL, '@'); p; p = after(s, n, p, '@')) {
        size_t i = (size_t)(p - s);
        if (i + 1 >= n) break;
        if (i > 0 && s[i - 1] != '/' &&
            (handle_char(s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '+' || s[i - 1] >= 0x80)) {
            if (handle_char(s[i - 1])) shell_prompt(z, i);
            continue;
        }
        size_t end = handle_end(s, n, i + 1, false);
        if (end && personal(z, i, end, last, i > 0 && s[i - 1] == '/'))
            add_handle(z, i, end, &last);
        else if (end)
            last = end;
    }
}

/* A profile link: the network's domain, then '/' and the handle. Paths that name no person
 * (a post, a group, a search, an invite) are not handles. */
static const struct {
    const char *domain;
    size_t len;
    const char *const *not_handle;
} sites[] = {
    {"t.me", 4,
     (const char *const[]){"joinchat", "addstickers", "share", "proxy", "iv", "s", "c", NULL}},
    {"telegram.me", 11, (const char *const[]){"joinchat", "share", "s", "c", NULL}},
    {"vk.com", 6,
     (const char *const[]){"feed", "im", "wall", "video", "audio", "photo", "search", "groups",
                           "friends", "club", "public", "event", "app", "market", "music", "away",
                           NULL}},
    {"vk.ru", 5, (const char *const[]){"feed", "im", "wall", "video", "club", "public", NULL}},
    {"instagram.com", 13,
     (const char *const[]){"p", "reel", "reels", "explore", "stories", "tv", "accounts", NULL}},
    {"twitter.com", 11,
     (const char *const[]){"i", "home", "search", "hashtag", "intent", "share", "explore",
                           "settings", NULL}},
    {"x.com", 5,
     (const char *const[]){"i", "home", "search", "hashtag", "intent", "share", "explore",
                           "settings", NULL}},
    {"facebook.com", 12,
     (const char *const[]){"groups", "pages", "events", "watch", "marketplace", "profile.php",
                           "share", "sharer", NULL}},
    {"github.com", 10,
     (const char *const[]){"orgs", "topics", "search", "settings", "features", "marketplace",
                           "sponsors", "login", NULL}},
    {"tiktok.com", 10, (const char *const[]){"tag", "discover", "music", NULL}},
};

/* The vk.com paths that are a group's number: club123, public123, event123, app123. */
static bool numbered(const unsigned char *s, size_t i, size_t end, const char *word) {
    size_t wl = strlen(word);
    if (end - i <= wl || memcmp(s + i, word, wl) != 0) return false;
    for (size_t k = i + wl; k < end; k++)
        if (s[k] < '0' || s[k] > '9') return false;
    return true;
}

/* "www." or "m." before the domain whose dot is at s[dot]: no other subdomain
 * (stars.github.com is a site, not a profile). */
static bool www(const unsigned char *s, size_t dot) {
    size_t w = dot;
    while (w > 0 && (s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z')
        w--;
    if (w > 0 && (handle_char(s[w - 1]) || s[w - 1] == '-')) return false;
    return zs_ascii_word_in(s + w, dot - w, (const char *const[]){"www", "m", "mobile", NULL});
}

/* A Reddit user's name, "u/throwaway_jenny", "/u/Okafor_Ngozi" (also the path of reddit.com/u/…):
 * the prefix says it is a person's, so no cue is asked. u at a word's start, then a name of
 * handle_end's (3-20 characters on Reddit); not a unit of measure ("45 U/L", "5 u/min", "u/day"). */
static size_t reddit_user(const unsigned char *s, size_t n, size_t slash) {
    static const char *const units[] = {"min",  "day", "hour", "hr", "week", "kg", "mg",
                                        "mmol", "mcl", "ml",   "dl", "year", NULL};
    if (slash == 0 || (s[slash - 1] | 0x20) != 'u') return 0;
    size_t u = slash - 1, w = u;
    /* "/u/name" as Reddit writes it; in a link only Reddit's own (saucelabs.com/u/… is a site's
     * page) */
    if (w > 0 && s[w - 1] == '/') {
        w--;
        if (w >= 10 && (s[w - 10] | 0x20) == 'r' && memcmp(s + w - 9, "eddit.com", 9) == 0) w = 0;
    }
    if (w > 0 && s[w - 1] != ' ' && s[w - 1] != '(' && s[w - 1] != '\n' && s[w - 1] != '\t' &&
        s[w - 1] != '"' && s[w - 1] != '\'' && s[w - 1] != ',')
        return 0;
    size_t end = handle_end(s, n, slash + 1, true);
    if (!end || end - slash - 1 > 20 || zs_ascii_word_in(s + slash + 1, end - slash - 1, units))
        return 0;
    return end;
}

/* A home folder's name in a path: "/home/john.smith/app.py", "/Users/mariagarcia/dev",
 * "C:\Users\ivan.petrov\Documents" (or with doubled backslashes, as a JSON or a source string
 * writes them). A stack trace, a build log or a shell session pasted into an assistant carries the
 * user's login there, which is mostly their name. Not the system's own folders and accounts, nor a
 * placeholder ("Public", "Default", "runner", "ubuntu", "<user>", "$USER", "%USERNAME%"), nor a
 * web route ("site.com/home/about": "/home" after a letter; "/users/42": lower case after '/'). */

/* Whether the bytes at s[i, n) are word (ASCII, case as given) followed by a path separator; the
 * separator's end (past one '/', one '\' or two) or 0. */
static size_t path_word(const unsigned char *s, size_t n, size_t i, const char *word) {
    size_t l = strlen(word);
    if (i + l >= n || memcmp(s + i, word, l) != 0) return 0;
    i += l;
    if (s[i] == '/') return i + 1;
    if (s[i] != '\\') return 0;
    return i + 1 < n && s[i + 1] == '\\' ? i + 2 : i + 1;
}

/* A home folder's segment after the separator [i, j) that opens a path ("/", "\\" or "\\\\"). */
static void path_user_at(zs_scan *z, size_t i, size_t j) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* the path starts here, or at a drive's colon ("C:\Users"): no word or domain before it */
    unsigned char b = i > 0 ? s[i - 1] : ' ';
    bool drive = b == ':' && i >= 2 && (s[i - 2] | 0x20) >= 'a' && (s[i - 2] | 0x20) <= 'z';
    if (!drive &&
        (handle_char(b) || b == '.' || b == '-' || b == '/' || b == '\\' || b == '~' || b >= 0x80))
        return;
    size_t u = path_word(s, n, j, "Users");
    if (!u && (s[i] == '\\' || drive)) u = path_word(s, n, j, "users");
    if (!u && !drive && s[i] == '/') u = path_word(s, n, j, "home");
    if (!u) return;
    size_t v = u;
    while (v < n && v - u <= 64 && s[v] != '/' && s[v] != '\\' && s[v] > ' ' &&
           !strchr("\"'<>|:;,()[]{}*?$%`", s[v]))
        v++;
    if (v - u < 2 || v - u > 64 || (v < n && strchr("<$%{", s[v]))) return;
    if (zs_ascii_word_in(s + u, v - u, path_not_user)) return;
    zs_add(z, u, v, ZASLON_PERSON, 3);
}

/* Whether the `dl` bytes before s[slash] are `domain` (ASCII, any case) and start the link: a
 * scheme, "www." or a word boundary before them. */
static bool domain_before(const unsigned char *s, size_t slash, const char *domain, size_t dl) {
    if (slash < dl) return false;
    size_t d = slash - dl;
    for (size_t m = 0; m < dl; m++)
        if ((s[d + m] | 0x20) != (unsigned char)domain[m] && s[d + m] != (unsigned char)domain[m])
            return false;
    if (d == 0) return true;
    unsigned char b = s[d - 1];
    return b == '.' ? www(s, d - 1)
                    : b == '/' || b == ' ' || b == '(' || b == ':' || b == '\n' || b == '\t' ||
                          b == '"' || b == '\'';
}

/* Links whose path says whose they are without any cue: a WhatsApp chat's phone number
 * ("wa.me/79161234567"), a LinkedIn member's page ("linkedin.com/in/anna-kowalska-12345"), an
 * Odnoklassniki or a Facebook profile's number ("ok.ru/profile/571234567890",
 * "facebook.com/profile.php?id=100012345678"). Returns the end, or 0. */
static size_t owned_link(zs_scan *z, size_t slash) {
    const unsigned char *s = z->s;
    size_t n = z->n, h = slash + 1, v = h;
    if (domain_before(s, slash, "wa.me", 5)) {
        char d[16];
        while (v < n && v - h < 15 && s[v] >= '0' && s[v] <= '9')
            d[v - h] = (char)s[v], v++;
        if (v - h < 8 || (v < n && ((s[v] >= '0' && s[v] <= '9') || handle_char(s[v])))) return 0;
        if (!zs_phone_intl_valid(d, (int)(v - h))) return 0;
        if (zs_enabled(z, ZASLON_PHONE_NUMBER)) zs_add(z, h, v, ZASLON_PHONE_NUMBER, 3);
        return v;
    }
    size_t p = 0;
    if (!zs_enabled(z, ZASLON_PERSON)) return 0;
    if (domain_before(s, slash, "linkedin.com", 12) && h + 3 < n && memcmp(s + h, "in/", 3) == 0)
        p = h + 3;
    else if (domain_before(s, slash, "ok.ru", 5) && h + 8 < n && memcmp(s + h, "profile/", 8) == 0)
        p = h + 8;
    else if (domain_before(s, slash, "facebook.com", 12) && h + 15 < n &&
             memcmp(s + h, "profile.php?id=", 15) == 0)
        p = h + 15;
    if (!p) return 0;
    v = p;
    while (v < n && v - p <= 100 && (handle_char(s[v]) || s[v] == '-' || s[v] == '%'))
        v++;
    if (v - p < 3 || v - p > 100) return 0;
    zs_add(z, p, v, ZASLON_PERSON, 3);
    return v;
}

/* The links' pass over the slashes: PERSON's handles and home folders, and the WhatsApp link's
 * phone number (owned_link), which is asked for with PERSON off too. */
static void link_handles(zs_scan *z) {
    size_t last = 0;
    const unsigned char *s = z->s;
    size_t n = z->n;
    bool person = zs_enabled(z, ZASLON_PERSON);
    for (const unsigned char *p = after(s, n, NULL, '/'); p; p = after(s, n, p, '/')) {
        size_t slash = (size_t)(p - s);
        /* a home folder in a path: "/home/…", "/Users/…" */
        if (person && slash + 1 < n &&
            (s[slash + 1] == 'h' || s[slash + 1] == 'U' || s[slash + 1] == 'u'))
            path_user_at(z, slash, slash + 1);
        /* every domain ends in "me", "com" or "ru": most slashes stop here */
        unsigned char tail = slash ? s[slash - 1] | 0x20 : 0;
        if (person && tail == 'u') {
            size_t end = reddit_user(s, n, slash);
            if (end) {
                add_handle(z, slash - 1, end, &last);
                continue;
            }
        }
        if (tail != 'e' && tail != 'm' && tail != 'u') continue;
        size_t owned = owned_link(z, slash);
        if (owned) {
            last = owned;
            continue;
        }
        if (!person) continue;
        for (size_t k = 0; k < sizeof sites / sizeof sites[0]; k++) {
            if (!domain_before(s, slash, sites[k].domain, sites[k].len)) continue;
            size_t d = slash - sites[k].len;
            size_t h = slash + 1;
            if (h < n && s[h] == '@') continue; /* at_handles takes it */
            size_t end = handle_end(s, n, h, true);
            if (!end) break;
            bool skip = zs_ascii_word_in(s + h, end - h, sites[k].not_handle) ||
                        numbered(s, h, end, "club") || numbered(s, h, end, "public") ||
                        numbered(s, h, end, "event") || numbered(s, h, end, "app");
            if (!skip && personal(z, d, end, last, true))
                add_handle(z, h, end, &last);
            else
                last = end;
            break;
        }
    }
}

/* The word before position i (skipping spaces, ':', dashes and one "is" or «это»): its cues. */
static unsigned cue_before(const unsigned char *s, size_t i) {
    for (int hop = 0; hop < 2; hop++) {
        while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == ':' || s[i - 1] == '-'))
            i--;
        if (i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 &&
            (s[i - 1] == 0x93 || s[i - 1] == 0x94)) {
            i -= 3; /* – — */
            continue;
        }
        size_t w = i;
        while (w > 0 &&
               ((s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z' ? true : s[w - 1] >= 0x80))
            w--;
        if (w == i || i - w > 40) return 0;
        unsigned got = cues_in(s, w, i);
        if (got) return got;
        char f[16];
        size_t fl = zs_fold_ctx(s, w, i, f, sizeof f);
        if (!((fl == 2 && memcmp(f, "is", 2) == 0) || (fl == 6 && memcmp(f, "это", 6) == 0)))
            return 0;
        i = w;
    }
    return 0;
}

/* A handle without '@' or a link, with an underscore in it, right after the network's or the
 * nickname's word: «Мой ник в дискорде: Zoomer_2000», "my insta is anna_k". */
static void bare_handles(zs_scan *z) {
    size_t last = 0;
    const unsigned char *s = z->s;
    size_t n = z->n;
    for (const unsigned char *p = after(s, n, NULL, '_'); p; p = after(s, n, p, '_')) {
        size_t i = (size_t)(p - s), ts = i, te = i;
        /* each token is read once: the search goes on after its end (a megabyte of "a_a_a_"
         * must not be walked back from every underscore) */
        while (te < n && handle_char(s[te]))
            te++;
        p = s + te - 1;
        while (ts > 0 && i - ts <= 32 && handle_char(s[ts - 1]))
            ts--;
        if (ts == 0 || (s[ts - 1] != ' ' && s[ts - 1] != ':' && s[ts - 1] != '\t')) continue;
        size_t end = handle_end(s, n, ts, false);
        if (!end || end <= i) continue;
        if (!(cue_before(s, ts) & CUE_NET)) continue;
        if (personal(z, ts, end, last, false)) add_handle(z, ts, end, &last);
    }
}

/* Windows's paths ("C:\\Users\\…"); the slashes' paths are link_handles' (one pass over the
 * slashes, which tweets' links are full of). */
static void path_users_backslash(zs_scan *z) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    for (const unsigned char *p = after(s, n, NULL, '\\'); p; p = after(s, n, p, '\\')) {
        size_t i = (size_t)(p - s), j = i + 1;
        if (j < n && s[j] == '\\') p++, j++;
        if (j < n && (s[j] | 0x20) == 'u') path_user_at(z, i, j);
    }
}

/* Google's style of a code comment's owner: "TODO(olga): fix", "FIXME(jsmith)", "XXX(ivan.p)" —
 * the login of whoever is to do it. Not a bug's number or link ("TODO(#123)", "TODO(b/4567)"),
 * which starts with no letter or holds a '/'. */
size_t zs_rec_todo_owner(zs_scan *z, size_t i) {
    static const char *const tags[] = {"TODO", "FIXME", "XXX", "HACK", "NOTE", "BUG", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (!zs_enabled(z, ZASLON_PERSON)) return 0;
    bool tagged = false;
    for (int k = 0; tags[k] && !tagged; k++) {
        size_t l = strlen(tags[k]);
        tagged = i >= l && memcmp(s + i - l, tags[k], l) == 0 &&
                 (i == l || !(handle_char(s[i - l - 1]) || s[i - l - 1] >= 0x80));
    }
    size_t u = i + 1, v = u;
    if (!tagged || u >= n) return 0;
    if (s[u] == '@') u++, v++;
    if (v >= n || !((s[v] | 0x20) >= 'a' && (s[v] | 0x20) <= 'z')) return 0;
    while (v < n && v - u <= 32 && (handle_char(s[v]) || s[v] == '-'))
        v++;
    if (v >= n || s[v] != ')' || v - u < 2 || zs_ascii_word_in(s + u, v - u, path_not_user))
        return 0;
    zs_add(z, i + 1, v, ZASLON_PERSON, 3);
    return v;
}

/* VK's mention of a user, "[id12345|Иван]" (a wall's, a comment's, an export's): the profile's
 * number is the person's handle, as vk.com/id12345 is; the name after '|' is the name rules'.
 * Not a community's "[club123|…]", "[public123|…]". */
size_t zs_rec_vk_mention(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, v = i + 3;
    if (!zs_enabled(z, ZASLON_PERSON) || v >= n || s[i + 1] != 'i' || s[i + 2] != 'd' ||
        s[v] < '1' || s[v] > '9')
        return 0;
    while (v < n && v - i <= 14 && s[v] >= '0' && s[v] <= '9')
        v++;
    if (v >= n || s[v] != '|' || v - i > 14) return 0;
    zs_add(z, i + 1, v, ZASLON_PERSON, 3);
    return v;
}

void zs_rec_handles(zs_scan *z) {
    bool person = zs_enabled(z, ZASLON_PERSON);
    if (person || zs_enabled(z, ZASLON_PHONE_NUMBER)) link_handles(z);
    if (!person) return;
    at_handles(z);
    bare_handles(z);
    path_users_backslash(z);
}
