/* tagger_en.c — the person-name tagger's English cues: where English text names a person with a
 * word the weights score under the threshold (chat's greetings and thanks, a role before a name, a
 * mail's display name, a list of people, a speech verb after it) and where it does not (a brand
 * addressed, a place after "in"). decide() in tagger.c asks them; tagger_rules.h lists them. */
#include <string.h>

#include "recognize/tagger_rules.h"

/* Latin capitals with no vowel right before a number ("MRN 12345678", "NHS 943 476 5919", "VRN: 44"):
 * an identifier's label. Not the letters alone: WNUT names people so ("JFK campaign", "MLK"). */
bool zt_caps_label(const zs_scan *z, const zl_tok *t) {
    if (t->script != ZL_LAT || t->kase != ZL_UPPER || t->nlet < 2 || t->nlet > 5 ||
        t->klen != t->nlet)
        return false;
    for (size_t i = 0; i < t->klen; i++)
        if (strchr("aeiouy", t->key[i])) return false;
    size_t i = t->e;
    if (i < z->n && (z->s[i] == ':' || z->s[i] == '#')) i++;
    while (i < z->n && z->s[i] == ' ')
        i++;
    return i < z->n && z->s[i] >= '0' && z->s[i] <= '9';
}

static bool en_word_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc, zl_tok *p,
                           bool *comma);

/* The chat cues a name follows ("Ask Kowalski", "thanks, priya"): verbs of asking and reaching,
 * greetings (en_greet, which may take a comma between: "Thanks, Okonkwo!"). */
static const char *const en_greet[] = {"thanks",          "thx",       "hi",       "hey",
                                       "hello",           "dear",      "birthday", "morning",
                                       "evening",         "afternoon", "night",    "congrats",
                                       "congratulations", "welcome",   "bye",      NULL};
static const char *const en_cues[] = {
    "ask",         "asked",        "thank",         "cc",      "ping",     "pinged",
    "email",       "emailed",      "call",          "called",  "tell",     "told",
    "text",        "texted",       "remind",        "invite",  "message",  "met",
    "meet",        "congratulate", "congratulated", "inform",  "informed", "notify",
    "notified",    "contact",      "contacted",     "promote", "promoted", "interview",
    "interviewed", "introduce",    "introduced",    "thanked", "reminded", "miss",
    "misses",      "missing",      "appreciate",    "invited", NULL};

/* A firm's offices written in capitals: before a name ("our CEO Satya") and as a signature's
 * job title ("Best,\nCTO\nKwame Mensah"). */
static const char *const en_execs[] = {"ceo", "cto", "cfo", "coo", "cio", "cmo", "vp", NULL};

/* Whether p, the word before a name (a comma between when comma), is a chat cue. */
static bool en_chat_cue(const zl_tok *p, bool comma) {
    return zl_in(p, en_greet) || (!comma && zl_in(p, en_cues));
}

/* A lone capitalised Latin word no name table knows, of zl_en_ordinary's everyday words and
 * brands, right after a chat cue ("Thanks, Jira!", "Hi Duolingo,", "Thanks, Zoom!"): the weights
 * learned that a word after "Thanks," is a name and take these at any score (+50, +10, -44); a
 * person no table knows after such a cue is the cue rule's (zt_en_cue_before) and passes. */
bool zt_en_addressed_brand(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 4 || !t->klen) return false;
    if (zt_wclass(wc, t) & NAME_CLASSES) return false;
    if (!zl_en_ordinary(t->key, t->klen)) return false;
    zl_tok p, x;
    bool comma;
    if (!en_word_before(z, t, wc, &p, &comma) || p.script != ZL_LAT || !en_chat_cue(&p, false))
        return false;
    if (zt_nb_word(wc, z->s, z->n, t->e, t->e + 64, false, &x) && x.s <= t->e + 1 &&
        x.kase != ZL_LOWER && x.script == ZL_LAT)
        return false;
    return true;
}

/* A product or brand name of simple-icons ("Redis", "Confluence", "NGINX") that no name table
 * knows, in capitals or title case. */
static bool en_brand_word(zl_wcache *wc, const zl_tok *x) {
    return x->script == ZL_LAT && x->kase != ZL_LOWER && x->nlet >= 3 && x->klen &&
           zl_en_brand(x->key, x->klen) && !(zt_wclass(wc, x) & NAME_CLASSES);
}

/* Spaces and exactly `signs` of ",", "/", "&" between a and b. */
static bool list_gap(const unsigned char *s, size_t a, size_t b, int signs) {
    for (size_t k = a; k < b; k++) {
        if (s[k] == ',' || s[k] == '/' || s[k] == '&')
            signs--;
        else if (s[k] != ' ')
            return false;
    }
    return signs == 0;
}

/* A neighbour joined by "and", "or", "vs" that no person is: a brand, or a place or body of
 * zl_en_notlone ("Lisbon and Porto"); after "with" a brand only ("Meeting with Okafor"). Not a
 * capitalised everyday word: a team's name lists people ("Marketing and Sandeep will join"), and
 * so "Baroque and Rococo" is left. */
static bool en_thing_word(zl_wcache *wc, const zl_tok *x, bool with) {
    if (en_brand_word(wc, x)) return true;
    if (with || x->script != ZL_LAT || x->kase != ZL_TITLE || x->nlet < 3 || !x->klen ||
        (zt_wclass(wc, x) & NAME_CLASSES))
        return false;
    return zl_flags(&zl_en_notlone, x->key, x->klen) != 0;
}

/* A lone capitalised Latin word listed with a product or a brand ("Kafka and Redis", "Jira and
 * Confluence", "Nginx with Certbot", "Redis, Kafka") or with a place ("Lisbon and Porto"): a chat
 * about software lists tools, a trip's plan towns, not people. The neighbour is joined by a comma,
 * "/", "&" (a brand then) or by "and", "or", "with", "vs" (en_thing_word). The word itself is no
 * first name ("Anna and Google's CEO" stays a name). */
bool zt_en_listed_brand(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    if (t->script != ZL_LAT || t->kase == ZL_LOWER || t->nlet < 3) return false;
    /* a name is a person beside a brand ("Haines and Burrow"), unless it is a product's name too
     * ("Jenkins and Redis") */
    if ((zt_wclass(wc, t) & NAME_CLASSES) && !zl_flags(&zl_en_brand_name, t->key, t->klen))
        return false;
    static const char *const joins[] = {"and", "or", "with", "vs", "versus", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n;
    zl_tok x, y;
    for (int back = 1; back >= 0; back--) {
        size_t from = back ? t->s : t->e;
        size_t lim = back ? (t->s > 64 ? t->s - 64 : 0) : t->e + 64;
        if (!zt_nb_word(wc, s, n, from, lim, back, &x)) continue;
        size_t a = back ? x.e : t->e, b = back ? t->s : x.s;
        if (x.kase == ZL_LOWER && zl_in(&x, joins) && list_gap(s, a, b, 0)) {
            size_t f2 = back ? x.s : x.e;
            size_t l2 = back ? (x.s > 64 ? x.s - 64 : 0) : x.e + 64;
            if (!zt_nb_word(wc, s, n, f2, l2, back, &y)) continue;
            if (!list_gap(s, back ? y.e : x.e, back ? x.s : y.s, 0)) continue;
            if (en_thing_word(wc, &y, zl_is(&x, "with"))) return true;
        } else if (list_gap(s, a, b, 1) && en_brand_word(wc, &x)) {
            return true;
        }
    }
    return false;
}

bool zl_tagger_listed_product(zs_scan *z, const zl_tok *t) {
    return t->script == ZL_LAT && t->klen && zl_flags(&zl_en_brand_name, t->key, t->klen) &&
           zt_en_listed_brand(z, t, z->sc ? z->sc->wc : NULL);
}

/* "LeBron", "DeAndre", "JaVale", "LaToya", "KeShawn", "TyQuan": zl_person_prefixed's given names. */
bool zt_prefixed_given(const unsigned char *base, const zl_tok *t) {
    static const char *const pre[] = {"la", "le", "de", "da", "ja", "ke", "ta", "ty", "sha", NULL};
    return zl_person_prefixed(base, t, pre);
}

/* Whether t is written as a name: title case, or a double name each of whose parts is
 * (zl_person_title_parts: "Adeyemi-Bello") or a given name of zt_prefixed_given ("LeBron"), which
 * the word reader calls mixed case. */
bool zt_title_like(const zs_scan *z, const zl_tok *t) {
    return t->kase == ZL_TITLE ||
           (t->kase == ZL_MIXED && (zl_person_title_parts(z->s, t) || zt_prefixed_given(z->s, t)));
}

/* A Korean given name of two romanised syllables joined by a hyphen, the second in lower case
 * ("Hyun-woo", "Min-ji", "Seo-yeon", "Ji-hoon"): each part one of the syllables such names are
 * made of (Revised Romanisation and the common older spellings). */
static bool korean_given(const zl_tok *t) {
    static const char *const syl[] = {
        "a",    "ae",   "ah",    "bin",   "bo",   "chan", "cheol", "chul", "da",  "dae",  "do",
        "dong", "eun",  "gi",    "gyu",   "ha",   "hae",  "han",   "hee",  "ho",  "hoon", "hun",
        "hwa",  "hwan", "hye",   "hyo",   "hyuk", "hyun", "in",    "jae",  "ji",  "jin",  "joo",
        "ju",   "jun",  "jung",  "kyung", "mi",   "min",  "na",    "rim",  "ri",  "sang", "seo",
        "seok", "seon", "seong", "seul",  "sik",  "so",   "soo",   "su",   "sun", "sung", "tae",
        "won",  "woo",  "yeon",  "yeong", "yong", "yoon", "young", "yu",   "yun", NULL};
    const unsigned char *k = t->key, *h = memchr(k, '-', t->klen);
    if (!h || t->klen > 12) return false;
    zl_tok a = *t, b = *t;
    a.klen = (uint8_t)(h - k);
    b.klen = (uint8_t)(t->klen - a.klen - 1);
    memcpy(b.key, h + 1, b.klen);
    a.key[a.klen] = b.key[b.klen] = 0; /* zl_in reads a key's second byte */
    return a.klen && b.klen && zl_in(&a, syl) && zl_in(&b, syl);
}

/* Whether a lone capitalised Latin word may be an unknown English name for the English rules below
 * (zt_en_said_after, zt_en_cue_before), which take it at any score: the weights learned English from
 * WNUT-17's tweets only, and score an unknown surname or foreign given name far under the threshold
 * ("Yeltsin" ~-370, "Priyanka" ~-440). Not an ALL CAPS word or one of two letters, not an everyday
 * English word (zl_en_ordinary: "Officials", "Police", "Team"), a month or weekday, a place, body
 * or brand of zl_en_notlone ("Moscow", "Reuters", "Google"), an ambiguous first name or a firm's head
 * noun. zt_en_lone_word adds: not inside Cyrillic text (the Russian rules' ground). */
static bool en_lone_word_of(const zs_scan *z, const zl_tok *t, zl_wcache *wc, unsigned min_len) {
    if (t->script != ZL_LAT || !zt_title_like(z, t) || t->nlet < min_len || !t->klen) return false;
    if (zl_en_ordinary(t->key, t->klen) || zl_person_calendar(t) || zl_en_org(t) ||
        zl_flags(&zl_en_notlone, t->key, t->klen) || zl_ends(t, "ever"))
        return false;
    static const ending contracted[] = {END("n't"), END("'ll"), END("'re"), END("'ve"),
                                        END("'d"),  END("'m"),  {NULL, 0}};
    if (ends_any(t, contracted)) return false; /* "Haven't tweeted", "We'll" */
    /* the same typed without the apostrophe: "Havent slept in days", "Didnt" */
    static const char *const bare[] = {
        "havent", "hasnt",  "hadnt", "didnt",  "doesnt",  "dont",    "cant",     "wont",
        "isnt",   "wasnt",  "arent", "werent", "wouldnt", "couldnt", "shouldnt", "aint",
        "youre",  "theyre", "ive",   "im",     "ill",     "youll",   "theyll",   "whats",
        "thats",  "theres", "hes",   "shes",   "mustnt",  "neednt",  NULL};
    if (zl_in(t, bare)) return false;
    /* zl_en_ordinary leaves -ed and -ly words out ("Automatically adds", "Fed"): such a word is a
     * name only when a name table knows it ("Ahmed", "Kelly"); "Aly", "Ely" are no adverbs */
    if ((zl_ends(t, "ed") || (t->nlet > 3 && zl_ends(t, "ly"))) &&
        !zl_flags(&zl_en_first, t->key, t->klen) && !zl_flags(&zl_en_last, t->key, t->klen))
        return false;
    /* a hyphenated name capitalises each part ("Jean-Pierre", "Al-Amin"), a demonym or a compound
     * does not ("Seattle-ites", "Covid-related"); a Korean given name does ("Hyun-woo", "Min-ji") */
    bool korean = false;
    for (size_t i = t->s; i + 1 < t->e && !korean; i++)
        if (z->s[i] == '-' && z->s[i + 1] >= 'a' && z->s[i + 1] <= 'z') {
            if (!korean_given(t)) return false;
            korean = true;
        }
    /* each part of a hyphenated or apostrophed word alone: "Haven't", "Man-United" ("O'Brien",
     * "Jean-Pierre" pass: "o" is no word; a Korean syllable may be one: "Hyun-woo") */
    for (size_t a = 0, i = 0; i <= t->klen && !korean; i++) {
        if (i < t->klen && t->key[i] != '-' && t->key[i] != '\'') continue;
        if (a > 0 || i < t->klen) {
            /* and no brand's word: "Coca-Cola", "Hewlett-Packard" */
            if (zl_en_ordinary(t->key + a, i - a) || zl_flags(&zl_en_notlone, t->key + a, i - a) ||
                zl_en_brand(t->key + a, i - a))
                return false;
        }
        a = i + 1;
    }
    return !(zt_wclass(wc, t) & C_AMBIG);
}

bool zt_en_lone_word(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    return en_lone_word_of(z, t, wc, 4) && zt_latin_only(z->s, z->n, t);
}

bool zt_lat_lone_word(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    return en_lone_word_of(z, t, wc, 4);
}

/* The word before t, when it is the only thing between them but spaces (or ", " when comma). */
static bool en_word_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc, zl_tok *p,
                           bool *comma) {
    if (!zt_nb_word(wc, z->s, z->n, t->s, t->s > 64 ? t->s - 64 : 0, true, p)) return false;
    *comma = false;
    size_t i = p->e;
    if (i < t->s && z->s[i] == ',') {
        *comma = true;
        i++;
    }
    if (i >= t->s) return false;
    for (; i < t->s; i++)
        if (z->s[i] != ' ') return false;
    return true;
}

/* Whether only spaces stand between t and its line's or the text's end. */
static bool line_end_after(const zs_scan *z, const zl_tok *t) {
    size_t i = t->e;
    while (i < z->n && (z->s[i] == ' ' || z->s[i] == '\r'))
        i++;
    return i >= z->n || z->s[i] == '\n';
}

/* Whether t ends its clause: a stop, a comma, a line break, an emoji or the text's end after it. */
static bool en_clause_end(const zs_scan *z, const zl_tok *t) {
    size_t i = t->e;
    while (i < z->n && z->s[i] == ' ')
        i++;
    /* or an emoji ("Love you Ngozi ❤", "Great work Olan 😂": a 4-byte letter or a symbol's E2),
     * a heart typed as "<3", a parenthesis's end */
    return i >= z->n || z->s[i] == ',' || z->s[i] == '.' || z->s[i] == '!' || z->s[i] == '?' ||
           z->s[i] == '\n' || z->s[i] == ';' || z->s[i] == ':' || z->s[i] == ')' ||
           z->s[i] >= 0xF0 || (z->s[i] == '<' && i + 1 < z->n && z->s[i + 1] == '3') ||
           (z->s[i] == 0xE2 && i + 1 < z->n &&
            (z->s[i + 1] == 0x9C || z->s[i + 1] == 0x9D || z->s[i + 1] == 0x99 ||
             z->s[i + 1] == 0xAD));
}

/* Whether t ends its sentence: the text's or the line's end, '!', '?', '.', an emoji or "<3"
 * after it (en_clause_end without its commas, colons and parentheses). */
static bool en_sentence_end(const zs_scan *z, const zl_tok *t) {
    size_t i = t->e;
    while (i < z->n && z->s[i] == ' ')
        i++;
    return en_clause_end(z, t) &&
           (i >= z->n || z->s[i] == '!' || z->s[i] == '?' || z->s[i] == '\n' ||
            (z->s[i] == '.' && !(i + 1 < z->n && z->s[i + 1] >= 'a' && z->s[i + 1] <= 'z')) ||
            z->s[i] >= 0xE2 || z->s[i] == '<');
}

/* Whether what stands before t is an attribution's comma: a comma (and a closing quote after
 * it: '"We will not back down," Erdogan said'), then spaces, after a word ("The talks would go
 * on, Kinkel told reporters", "According to Reuters, Putin said"). */
static bool attribution_gap(const zs_scan *z, const zl_tok *t) {
    size_t i = t->s;
    while (i > 0 && z->s[i - 1] == ' ')
        i--;
    if (i == t->s) return false;
    if (i > 0 && (z->s[i - 1] == '"' || z->s[i - 1] == '\''))
        i--;
    else if (i >= 3 && z->s[i - 3] == 0xE2 && z->s[i - 2] == 0x80 &&
             (z->s[i - 1] == 0x9D || z->s[i - 1] == 0x99)) /* ” ’ */
        i -= 3;
    return i > 1 && z->s[i - 1] == ',' && z->s[i - 2] != ' ';
}

/* News's speech verbs: past tenses, and "says"/"tells" of the present (a README's "Requizzle
 * adds", "X writes" name software). zt_en_said_after's and zt_en_suffix_lone's. */
static const char *const en_said_verbs[] = {
    "said",       "says",       "told",      "tells",      "added",      "wrote",        "tweeted",
    "explained",  "argued",     "insisted",  "admitted",   "replied",    "asked",        "recalled",
    "noted",      "warned",     "announced", "confirmed",  "denied",     "acknowledged", "conceded",
    "countered",  "urged",      "praised",   "criticised", "criticized", "thanked",      "stressed",
    "emphasised", "emphasized", "declared",  "suggested",  "responded",  "commented",    NULL};

/* A lone capitalised Latin word right before an English speech verb, in an attribution after a
 * comma: "The talks would go on, Kinkel told reporters", '"We will not back down," Erdogan said',
 * "According to Reuters, Putin said". News English names a person by the surname alone there,
 * where the weights, learned on tweets, are far under the threshold. Not at a sentence's start
 * nor after a lower-case word ("Yeltsin said on Tuesday", "while Zelensky said"): there firms,
 * services, bodies and clubs no list knows say things as often in the sentences tried ("Revolut
 * said my card was blocked", "Ryanair said", "Europol said", "In a statement Lufthansa said":
 * 35 such against 18 names, docs/names.md); but after "as", a quotation's author ("As Knuth
 * said, …"). */
bool zt_en_said_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    /* a body or a firm speaks of itself as "it", "they", "we": "Nasdaq said it would resume",
     * "Ukraine said its forces" */
    static const char *const org_self[] = {"it", "its", "it's", "they", "their", "we", "our", NULL};
    /* whom a person, not a body, tells things in news: "Scholz told reporters", "told a news
     * conference" (a body's spokesman tells them; the body "said") */
    static const char *const audience[] = {"reporters", "journalists", "lawmakers", "supporters",
                                           "a",         "the",         NULL};
    static const char *const event[] = {"news", "press", "rally", "crowd", "audience", NULL};
    zl_tok x, y;
    const unsigned char *s = z->s;
    /* "As Knuth said, …", "as Feynman put it": a quotation's author after "as" (from the bytes
     * first: "as " right before t, a word of its own) */
    if (t->s >= 3 && s[t->s - 1] == ' ' && (s[t->s - 3] | 0x20) == 'a' && s[t->s - 2] == 's' &&
        (t->s == 3 || !((s[t->s - 4] | 0x20) >= 'a' && (s[t->s - 4] | 0x20) <= 'z')))
        return zt_word_after(z, t, wc, &x) && x.script == ZL_LAT &&
               (zl_in(&x, en_said_verbs) || zl_is(&x, "put")) && zt_en_lone_word(z, t, wc);
    if (!attribution_gap(z, t)) {
        zl_tok v;
        /* " told " right after t, from the bytes first */
        if (t->e + 6 > z->n || memcmp(z->s + t->e, " told ", 6) != 0) return false;
        if (!zt_word_after(z, t, wc, &x) || !zl_is(&x, "told") || !zt_word_after(z, &x, wc, &y) ||
            !zl_in(&y, audience))
            return false;
        if ((zl_is(&y, "a") || zl_is(&y, "the")) &&
            !(zt_word_after(z, &y, wc, &v) && zl_in(&v, event)))
            return false;
        return zt_en_lone_word(z, t, wc);
    }
    if (!zt_word_after(z, t, wc, &x) || x.script != ZL_LAT || !zl_in(&x, en_said_verbs))
        return false;
    if (zt_word_after(z, &x, wc, &y) && zl_in(&y, org_self)) return false;
    return zt_en_lone_word(z, t, wc);
}

/* A chat cue right before a lone capitalised Latin word: a verb of asking, thanking, calling or
 * writing ("Ask Kowalski to send", "Thanks, Okonkwo!", "cc Jensen", "ping Okafor", "email
 * Priyanka"), and "to"/"with" after a verb or noun of talking or meeting ("talked to Priyanka",
 * "meeting with Dmitri", "reply to Kowalski"): what an English prompt or a colleague's message
 * says of a person. */
bool zt_only_space(const unsigned char *s, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (s[k] != ' ') return false;
    return a < b;
}

/* "loop in Tomasz", "bring in Okafor", "cc in Priya": p is "in" after a verb that takes it as
 * its particle, and what follows is whom the verb takes, no place. */
static bool let_in_before(const zs_scan *z, const zl_tok *p, zl_wcache *wc) {
    static const char *const verbs[] = {"loop",     "looped", "looping", "bring", "brought",
                                        "bringing", "rope",   "roped",   "cc",    "fill",
                                        "filled",   "keep",   "kept",    "let",   NULL};
    zl_tok pp;
    bool comma;
    return en_word_before(z, p, wc, &pp, &comma) && !comma && pp.script == ZL_LAT &&
           zl_in(&pp, verbs);
}

/* Verbs of handing a thing on, and the pronouns of the thing ("send it to", "show this to"). */
static const char *const en_hand[] = {"send",      "sent",   "give",   "gave",    "forward",
                                      "forwarded", "pass",   "show",   "hand",    "mail",
                                      "email",     "return", "resend", "deliver", NULL};
static const char *const en_handed[] = {"it", "this", "that", "them", "these", "those", NULL};
/* A document one hands to a person, not to a place ("send the contract to Jürgen Weiß"; a parcel
 * or a package may go to a town). */
static const char *const en_docs[] = {"contract",  "invoice",  "invoices",  "report", "file",
                                      "files",     "letter",   "email",     "draft",  "offer",
                                      "proposal",  "document", "documents", "slides", "deck",
                                      "agreement", "quote",    "details",   "form",   "notes",
                                      "minutes",   "link",     "cv",        "resume", NULL};

/* Whether "1:1 ", "1-1 ", "1-on-1 " or "1on1 " (a one-on-one meeting) ends right before byte i. */
static bool one_on_one_before(const unsigned char *s, size_t i) {
    static const char *const forms[] = {"1:1 ", "1-1 ", "1-on-1 ", "1on1 ", NULL};
    for (int k = 0; forms[k]; k++) {
        size_t l = strlen(forms[k]);
        if (i >= l && memcmp(s + i - l, forms[k], l) == 0 &&
            (i == l || s[i - l - 1] == ' ' || s[i - l - 1] == '('))
            return true;
    }
    return false;
}

/* Whether t stands between "let" and "know" ("Let Tomasz know", "let Anh know"): the bytes of
 * " know" after it first. */
static inline bool let_know_frame(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok p;
    bool comma;
    return t->e + 5 <= z->n && z->s[t->e + 1] == 'k' && memcmp(z->s + t->e, " know", 5) == 0 &&
           !(t->e + 5 < z->n && ascii_letter(z->s[t->e + 5])) &&
           en_word_before(z, t, wc, &p, &comma) && !comma && zl_is(&p, "let");
}

/* "Let Bob know", "let Will know": between "let" and "know" a first name the tables know is the
 * person even where it is an everyday word too (zt_en_lone_word refuses those: "Bob", "Mark",
 * "Grace"); a team there is no first name ("Let Support know"), nor a brand. */
bool zt_en_let_know(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    return t->script == ZL_LAT && t->kase == ZL_TITLE && t->klen && let_know_frame(z, t, wc) &&
           zl_flags(&zl_en_first, t->key, t->klen) && !zl_en_brand(t->key, t->klen) &&
           zt_latin_only(z->s, z->n, t);
}

/* Whether "I'm" or "I am" stands right before t. */
bool zt_en_i_am_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok p, pp;
    bool comma, comma2;
    if (!en_word_before(z, t, wc, &p, &comma) || comma || p.script != ZL_LAT) return false;
    return zl_is(&p, "i'm") || zl_is(&p, "im") || zl_is(&p, "i\xe2\x80\x99m") ||
           (zl_is(&p, "am") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
            zl_is(&pp, "i"));
}

/* A capitalised Latin word no first-name table knows that names a group, not a person: a
 * sensitive topic's word ("Muslim", "Catholic", "Jewish": zl_topic_word), or, with demonyms, a
 * nationality's shape ("Canadian", "Chinese", "Irish"; "Brian", "Julian" are names the tables
 * know; Armenian surnames end in -ian too, so only where a nationality is likely: "I'm …"). */
bool zt_en_group_word(const zl_tok *t, zl_wcache *wc, bool demonyms) {
    static const ending demonym[] = {END("ian"), END("ean"), END("ese"),
                                     END("ish"), END("can"), {NULL, 0}};
    if (t->script != ZL_LAT || !t->klen || (zt_wclass(wc, t) & NAME_CLASSES) ||
        zl_flags(&zl_en_first, t->key, t->klen))
        return false;
    return (demonyms && ends_any(t, demonym)) || zl_topic_word(t->key, t->klen, t->nlet);
}

/* Whether p, the word before an addressed name, closes a phrase of praise, a wish or a parting:
 * "Well done, Priya!", "Good luck Kwame!", "Great work Olan!", "Nice shooting, Tex!!!", "Love you
 * Ngozi", "proud of you Grace.", "Much love Miccoli", "Happy New Year Amber,". The caller wants
 * the name to end its clause ("Good luck Kwame!", not "good luck Charm bracelets"). */
static bool en_wish_before(const zs_scan *z, const zl_tok *p, zl_wcache *wc) {
    static const char *const praised[] = {"job",    "work",  "shot",   "shooting", "vid",  "video",
                                          "videos", "stuff", "effort", "one",      "game", NULL};
    static const char *const praise[] = {"good",    "great",     "nice",      "awesome",
                                         "amazing", "excellent", "brilliant", "fantastic",
                                         "superb",  "wonderful", NULL};
    static const char *const felt[] = {"love", "luv", "miss", "bless", "see", "thank", NULL};
    if (p->script != ZL_LAT || p->nlet < 3) return false;
    zl_tok pp, q;
    bool c2, c3;
    if (!en_word_before(z, p, wc, &pp, &c2) || c2 || pp.script != ZL_LAT) return false;
    if (zl_is(p, "luck")) return zl_is(&pp, "good") || zl_is(&pp, "best");
    if (zl_is(p, "done")) return zl_is(&pp, "well");
    if (zl_is(p, "love")) return zl_is(&pp, "much") || zl_is(&pp, "lots");
    if (zl_is(p, "year")) return zl_is(&pp, "new");
    if (zl_in(p, praised)) return zl_in(&pp, praise);
    if (!zl_is(p, "you")) return false;
    if (zl_in(&pp, felt)) return true;
    return zl_is(&pp, "of") && en_word_before(z, &pp, wc, &q, &c3) && !c3 && zl_is(&q, "proud");
}

/* Whether the sentence that ends with p speaks to someone: a wish's, a thanks' or a farewell's
 * word, or "you", among its last dozen words ("congrats on the new job, Tamika!", "good luck
 * tomorrow, Tamika", "thanks for everything, Tamika", "happy bday to the best sis ever,
 * Tamika!!"): the name after its comma closing the sentence is whom it addresses. */
static bool en_addressing_before(const zs_scan *z, const zl_tok *p, zl_wcache *wc) {
    static const char *const marks[] = {
        "you",   "u",      "ya",   "congrats", "congratulations", "thanks",
        "thank", "thx",    "luck", "bday",     "birthday",        "miss",
        "proud", "cheers", "bye",  "later",    "welcome",         NULL};
    zl_tok w = *p, q;
    bool comma;
    for (int k = 0; k < 12; k++) {
        if (w.script != ZL_LAT) return false;
        if (zl_in(&w, marks)) return true;
        if (!en_word_before(z, &w, wc, &q, &comma) ||
            (zl_gap(z->s, z->n, q.e, w.s) & (ZL_GAP_STOP | ZL_GAP_NL | ZL_GAP_QUOTE)))
            return false;
        w = q;
    }
    return false;
}

/* A first name the English table knows that is an everyday word too, addressed by praise, a
 * wish, a greeting or a parting that the clause ends with ("Well done, Grace!", "proud of you
 * Hope.", "Happy birthday Grace!", "Congrats Taylor", "Good night Will"): zt_en_lone_word refuses
 * everyday words, and the weights score these under the threshold after such a phrase. Not the
 * words of endearment the table holds as names too ("Good night Angel", "Thanks Buddy"). */
bool zt_en_wished_first(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const dear[] = {"angel",   "baby",  "buddy", "honey", "sugar",  "darling",
                                       "sweetie", "love",  "king",  "queen", "prince", "princess",
                                       "champ",   "sunny", "bunny", "doll",  "cookie", NULL};
    if (t->kase != ZL_TITLE || t->script != ZL_LAT || !en_clause_end(z, t) ||
        !zl_flags(&zl_en_first, t->key, t->klen))
        return false;
    zl_tok p;
    bool comma;
    return en_word_before(z, t, wc, &p, &comma) &&
           (en_wish_before(z, &p, wc) || (zl_in(&p, en_greet) && !zl_in(t, dear)));
}

/* A ticket's or a task's handing on to a person: "assigned to Okafor", "escalated to Nakamura". */
static const char *const en_assigned[] = {"assigned",  "reassigned", "escalated",
                                          "delegated", "handed",     NULL};

/* Whether a chat cue stands right before t (zt_en_cue_before without the test of t itself). */

bool zt_en_cued(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok p, pp;
    bool comma, comma2;
    /* the cue before a name's initials is the name's: "Ask T. Nkemelu" */
    zl_tok ti = *t;
    if (t->s >= 3 && z->s[t->s - 1] == ' ' && z->s[t->s - 2] == '.') ti.s = zt_initials_start(z, t);
    if (!en_word_before(z, &ti, wc, &p, &comma) || p.script != ZL_LAT) return false;
    bool cue = en_chat_cue(&p, comma);
    if (!cue && !comma && zl_is(&p, "let")) cue = let_know_frame(z, t, wc);
    /* a greeting addresses the word when the clause ends with it ("Hi Okonkwo,", "Thanks,
     * Okonkwo!"), not "Hi Pac and check it out" */
    if (cue && zl_in(&p, en_greet) && !zl_is(&p, "thanks") && !en_clause_end(z, t)) cue = false;
    /* "Thanks so much, Chiara!", "Thanks a lot, Okafor", "Thank you so much, Chiara" */
    if (!cue && comma && (zl_is(&p, "much") || zl_is(&p, "lot"))) {
        zl_tok q;
        bool c3;
        cue = en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
              (zl_is(&pp, "so") || zl_is(&pp, "a")) && en_word_before(z, &pp, wc, &q, &c3) && !c3 &&
              (zl_is(&q, "thanks") || zl_is(&q, "thx") || zl_is(&q, "you"));
    }
    /* "Thank you Ayesha for the quick reply!", "thank you, Okafor" */
    if (!cue && zl_is(&p, "you") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2)
        cue = zl_is(&pp, "thank");
    /* praise, a wish or a parting addressing the word that ends the clause */
    if (!cue && en_clause_end(z, t)) cue = en_wish_before(z, &p, wc);
    /* the same anywhere in the sentence before the comma, the name ending the sentence */
    if (!cue && comma && en_sentence_end(z, t)) cue = en_addressing_before(z, &p, wc);
    if (!cue && !comma && zl_is(&p, "in")) cue = let_in_before(z, &p, wc);
    /* who stands in for a colleague: "cover for Priyanka", "fill in for Okafor" */
    if (!cue && !comma && zl_is(&p, "for") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
        pp.script == ZL_LAT) {
        static const char *const cover[] = {"cover",   "covering", "covered", "covers", "vouch",
                                            "vouched", "vouches",  "subbing", NULL};
        static const char *const stand[] = {"fill",  "filling", "filled",   "stand",   "standing",
                                            "stood", "step",    "stepping", "stepped", NULL};
        zl_tok q;
        bool c5;
        cue = zl_in(&pp, cover) ||
              (zl_is(&pp, "in") && en_word_before(z, &pp, wc, &q, &c5) && !c5 && zl_in(&q, stand));
    }
    /* "the thread between Nomvula and the vendor" */
    if (!cue && !comma &&
        (zl_is(&p, "to") || zl_is(&p, "with") || zl_is(&p, "from") || zl_is(&p, "for") ||
         zl_is(&p, "between")) &&
        en_word_before(z, &p, wc, &pp, &comma) && !comma && pp.script == ZL_LAT)
        cue = zl_in(&pp, zt_en_talk) || (zl_is(&p, "to") && zl_is(&pp, "according")) ||
              (zl_is(&p, "to") && zl_in(&pp, en_assigned));
    /* what a post dedicates to a person: "congrats to Adebayo", "shoutout to Wojciech", "happy
     * birthday to Thandiwe", "shout out to Okafor", "RIP to Okonjo" */
    static const char *const dedicated[] = {
        "congrats",    "congratulations", "birthday", "shoutout", "shoutouts", "props",   "kudos",
        "condolences", "farewell",        "goodbye",  "tribute",  "rip",       "respect", NULL};
    if (!cue && !comma && zl_is(&p, "to") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
        pp.script == ZL_LAT) {
        zl_tok q;
        bool c3;
        cue = zl_in(&pp, dedicated) || (zl_is(&pp, "out") && en_word_before(z, &pp, wc, &q, &c3) &&
                                        !c3 && zl_is(&q, "shout"));
        /* "Thanks to Oyelaran for the help": with its "for", not "Thanks to Brexit, prices…" */
        if (!cue && (zl_is(&pp, "thanks") || zl_is(&pp, "grateful")) &&
            zt_nb_word(wc, z->s, z->n, t->e, t->e + 4 < z->n ? t->e + 4 : z->n, false, &q) &&
            zt_only_space(z->s, t->e, q.s) && zl_is(&q, "for"))
            cue = true;
    }
    /* "rip Okonjo", "RIP Okonjo" opening the post */
    if (!cue && !comma && zl_is(&p, "rip")) {
        zl_tok q;
        cue = !zt_nb_word(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &q) ||
              (zl_gap(z->s, z->n, q.e, p.s) & (ZL_GAP_NL | ZL_GAP_STOP));
    }
    /* "my 1:1 with Thandeka", "a 1-on-1 with Kwame": a meeting written in digits, which no word
     * look-up reads */
    if (!cue && !comma && zl_is(&p, "with")) cue = one_on_one_before(z->s, p.s);
    /* "send it to Oluwadamilare", "forward this to Ngozi": a thing handed on, said by a pronoun
     * (a parcel's or a file's noun may go to a place: "send the package to Lagos") */
    if (!cue && !comma && zl_is(&p, "to") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
        pp.kase == ZL_LOWER && zl_in(&pp, en_handed)) {
        zl_tok v;
        bool c3;
        cue =
            en_word_before(z, &pp, wc, &v, &c3) && !c3 && v.script == ZL_LAT && zl_in(&v, en_hand);
    }
    /* "send the contract to Jürgen Weiß", "forward my CV to Okafor": a document after its
     * determiner */
    if (!cue && !comma && zl_is(&p, "to") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
        pp.kase != ZL_TITLE && zl_in(&pp, en_docs)) {
        static const char *const det[] = {"the", "this", "that",  "my", "our", "your",
                                          "his", "her",  "their", "a",  NULL};
        zl_tok d, v;
        bool c3, c4;
        cue = en_word_before(z, &pp, wc, &d, &c3) && !c3 && zl_in(&d, det) &&
              en_word_before(z, &d, wc, &v, &c4) && !c4 && v.script == ZL_LAT && zl_in(&v, en_hand);
    }
    /* "On behalf of Ngozi Okafor, thank you" */
    if (!cue && !comma && zl_is(&p, "of") && en_word_before(z, &p, wc, &pp, &comma) && !comma)
        cue = zl_is(&pp, "behalf");
    /* a credit: "Music by Sathya", "photo by Okafor", "directed by Mensah", and what one player
     * or a person does to another ("caught by Healy", "fouled by Ramos"); not the verbs a band
     * or a body takes too ("song by", "cover by", "shot by Wichita police") */
    static const char *const credit[] = {
        "music",       "lyrics",      "produced",   "directed",  "written",       "photo",
        "photos",      "photograph",  "painting",   "art",       "artwork",       "illustration",
        "illustrated", "edited",      "composed",   "drawn",     "story",         "poem",
        "novel",       "translated",  "narrated",   "hosted",    "choreographed", "portrait",
        "sketch",      "approved",    "signed",     "reviewed",  "submitted",     "requested",
        "assigned",    "authorized",  "authorised", "verified",  "countersigned", "referred",
        "reported",    "raised",      "filed",      "opened",    "fixed",         "resolved",
        "prepared",    "organized",   "organised",  "moderated", "chaired",       "supervised",
        "caught",      "fouled",      "tackled",    "bowled",    "stumped",       "coached",
        "mentored",    "interviewed", "voiced",     "sung",      "kissed",        "slapped",
        "punched",     "elbowed",     NULL};
    if (!cue && !comma && zl_is(&p, "by") && en_word_before(z, &p, wc, &pp, &comma) && !comma &&
        pp.script == ZL_LAT && zl_in(&pp, credit))
        cue = true;
    /* a self-introduction: "Hi, this is Priya from accounts", "this is Olumide here.", "Hey
     * it's Kateryna again" ("it's" right after a greeting: "it's Monday again"), or "It's" opening
     * a sentence before the name and "from", "here" or "again" ("Hey! It's Tanvir from the
     * dentist's office"; not "It's Monday.") */
    if (!cue && !comma && p.klen >= 2 && p.key[0] == 'i') {
        bool its = zl_is(&p, "it's") || zl_is(&p, "it\xe2\x80\x99s");
        bool greeted = (zl_is(&p, "is") && en_word_before(z, &p, wc, &pp, &comma) && !comma &&
                        zl_is(&pp, "this")) ||
                       ((its || zl_is(&p, "its")) && en_word_before(z, &p, wc, &pp, &comma2) &&
                        zl_in(&pp, en_greet) && !zl_is(&pp, "thanks") && !zl_is(&pp, "thx"));
        bool opening = !greeted && its && z->s[p.s] == 'I' && zl_opens_at(z->s, p.s);
        zl_tok x;
        if (greeted || opening)
            cue = (greeted && en_clause_end(z, t)) ||
                  (zt_nb_word(wc, z->s, z->n, t->e, t->e + 16, false, &x) &&
                   (zl_is(&x, "from") || zl_is(&x, "here") || zl_is(&x, "again")) &&
                   zt_only_space(z->s, t->e, x.s));
    }
    /* a self-introduction without a greeting: "I'm Olusegun, a data engineer", "I am Wanjiru
     * from accounts", "I'm Olumide and I lead the team" (not "I'm Canadian." at a clause's end:
     * a nationality, a faith or a mood is no name table's word either; nor a topic's word:
     * "I'm Muslim and I pray") */
    if (!cue && !comma && zt_en_i_am_before(z, t, wc)) {
        const unsigned char *s = z->s;
        size_t e = t->e, n = z->n;
        zl_tok x, y;
        cue = e + 4 < n && s[e] == ',' && s[e + 1] == ' ' && s[e + 2] == 'a' &&
              (s[e + 3] == ' ' || (s[e + 3] == 'n' && s[e + 4] == ' '));
        if (!cue && zt_nb_word(wc, s, n, e, e + 2 < n ? e + 2 : n, false, &x) &&
            zt_only_space(s, e, x.s)) {
            cue = zl_is(&x, "from") ||
                  (zl_is(&x, "and") &&
                   zt_nb_word(wc, s, n, x.e, x.e + 2 < n ? x.e + 2 : n, false, &y) &&
                   zt_only_space(s, x.e, y.s) && zl_is(&y, "i"));
        }
        if (cue && zt_en_group_word(t, wc, true)) cue = false;
    }
    /* a question of who someone is, the word ending it: "Who is Mbali?", "who's Okafor?" */
    if (!cue && !comma && en_clause_end(z, t)) {
        if (zl_is(&p, "who's") || zl_is(&p, "who\xe2\x80\x99s"))
            cue = true;
        else if ((zl_is(&p, "is") || zl_is(&p, "was")) && en_word_before(z, &p, wc, &pp, &comma))
            cue = !comma && zl_is(&pp, "who");
    }
    return cue;
}

bool zt_en_cue_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    return zt_en_cued(z, t, wc) && zt_en_lone_word(z, t, wc);
}

/* A capitalised Latin word of three letters that may be a name no table knows ("Anh", "Yaw",
 * "Ade"), for the cues that name a person (zt_en_cued) and a name found right before it and "and":
 * zt_en_lone_word's refusals ("All", "Sir", "Dev"), no brand, not inside Cyrillic text. */
bool zt_en_short_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet != 3 || t->klen != 3) return false;
    for (size_t i = 0; i < 3; i++)
        if (t->key[i] < 'a' || t->key[i] > 'z') return false;
    /* chat's words of address and abbreviations SCOWL lacks ("Dear Mam,", "Thanks, Bro!") */
    static const char *const chat[] = {
        "mam", "bro", "sis", "bud", "fam", "bae", "hun", "luv", "doc", "pal", "boo", "gal", "lol",
        "omg", "wtf", "btw", "fyi", "thx", "plz", "pls", "idk", "imo", "tbh", "irl", NULL};
    if (zl_en_brand(t->key, 3) || zl_in(t, chat)) return false;
    return en_lone_word_of(z, t, wc, 3) && zt_latin_only(z->s, z->n, t);
}

/* A person by the words around the name that only a person takes: "Farida here." opening a
 * clause ("Good afternoon team, Farida here."), "Olumide and I will be out", "me and Olumide",
 * "you and Bartek", "Call me Dapo". */
bool zt_en_self_words(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* from the bytes first: a space and a lower-case word after t ("here", "and", a verb), or
     * "me " / "and " right before it */
    bool after = t->e + 2 < n && s[t->e] == ' ' && s[t->e + 1] >= 'a' && s[t->e + 1] <= 'z';
    /* (chat's "n" and "&" for "and": "me n Olumide", "me & Olumide") */
    size_t amp = t->s >= 2 && s[t->s - 1] == ' ' ? zt_amp_before(s, t->s - 1) : 0;
    bool before = t->s >= 4 && s[t->s - 1] == ' ' &&
                  ((s[t->s - 2] == 'e' && (s[t->s - 3] | 0x20) == 'm') ||
                   (s[t->s - 2] == 'd' && s[t->s - 3] == 'n' && t->s >= 5 && s[t->s - 4] == 'a') ||
                   (s[t->s - 2] == 'n' && s[t->s - 3] == ' ') || amp);
    if (!after && !before) return false;
    zl_tok p, pp, x, y;
    bool comma;
    bool hp = zt_nb_word(wc, s, n, t->s, t->s > 64 ? t->s - 64 : 0, true, &p);
    bool hx = after && zt_nb_word(wc, s, n, t->e, t->e + 16 < n ? t->e + 16 : n, false, &x) &&
              zt_only_space(s, t->e, x.s);
    /* "Farida here": the clause opens with the name */
    if (hx && zl_is(&x, "here") && en_clause_end(z, &x) &&
        (!hp || (zl_gap(s, n, p.e, t->s) & (ZL_GAP_NL | ZL_GAP_STOP | ZL_GAP_COMMA))))
        return zt_en_lone_word(z, t, wc);
    /* "Babajide told me", "Efua texted us", "the contract Thandiwe sent me": a verb of telling,
     * reaching or giving with me/us after it */
    static const char *const reach[] = {"told",    "texted",  "emailed",  "messaged", "called",
                                        "asked",   "invited", "promised", "owes",     "pinged",
                                        "dmed",    "sent",    "gave",     "showed",   "forwarded",
                                        "offered", "wrote",   "paid",     "lent",     NULL};
    if (hx && x.kase == ZL_LOWER && zl_in(&x, reach) &&
        zt_nb_word(wc, s, n, x.e, x.e + 4 < n ? x.e + 4 : n, false, &y) &&
        zt_only_space(s, x.e, y.s) && (zl_is(&y, "me") || zl_is(&y, "us")))
        return zt_en_lone_word(z, t, wc);
    /* "Olumide and I", "Olumide and me", opening the clause ("FYI Olumide and I will be out";
     * not "in Vegas and I", "Im Irish and I") */
    bool opens = !hp || (zl_gap(s, n, p.e, t->s) & (ZL_GAP_NL | ZL_GAP_STOP | ZL_GAP_COMMA)) ||
                 (zl_gap(s, n, p.e, t->s) == ZL_GAP_SPACE && zl_in(&p, zt_en_clause_lead));
    if (opens && hx && (zl_is(&x, "and") || zl_is(&x, "n")) &&
        zt_nb_word(wc, s, n, x.e, x.e + 4 < n ? x.e + 4 : n, false, &y) &&
        zt_only_space(s, x.e, y.s) && (zl_is(&y, "i") || zl_is(&y, "me")) && y.nlet <= 2 &&
        (y.e >= n || s[y.e] == ' ' || s[y.e] == ',' || s[y.e] == '.' || s[y.e] == '!'))
        return zt_en_lone_word(z, t, wc);
    /* "me & Olumide", "you &amp; Bartek" (the ampersand is no word) */
    if (amp && hp && t->s - 1 - amp >= 3 && s[t->s - 2 - amp] == ' ' &&
        zt_nb_word(wc, s, n, t->s - 2 - amp, t->s > 64 ? t->s - 64 : 0, true, &p) &&
        p.e == t->s - 2 - amp && (zl_is(&p, "me") || zl_is(&p, "you")))
        return zt_en_lone_word(z, t, wc);
    /* "me and Olumide", "Could you and Bartek check it?", "call me Dapo" */
    if (before && hp && en_word_before(z, t, wc, &p, &comma) && !comma && p.kase == ZL_LOWER &&
        en_word_before(z, &p, wc, &pp, &comma) && !comma &&
        (((zl_is(&p, "and") || zl_is(&p, "n")) && (zl_is(&pp, "me") || zl_is(&pp, "you"))) ||
         (zl_is(&p, "me") && zl_is(&pp, "call"))))
        return zt_en_lone_word(z, t, wc);
    return false;
}

/* A capitalised given name of the English table that no product spells (zl_en_brand_name: "Ruby",
 * "Chase"): zt_en_from_team's and zt_en_cued_first's ambiguous names ("Dawn", "Summer"). */
static bool en_table_first(const zl_tok *t) {
    return t->kase == ZL_TITLE && t->klen && zl_flags(&zl_en_first, t->key, t->klen) &&
           !zl_flags(&zl_en_brand_name, t->key, t->klen);
}

/* A colleague by the team after the name: "Ngozi from accounting needs the receipts", "ask Tomasz
 * from HR", "Priya from the finance team", also a first name that is a word ("Dawn from HR"). A
 * firm's or a product's name comes from a place or a vendor, not from a firm's department; a
 * plural no name table knows is no name. */
bool zt_en_from_team(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const teams[] = {
        "accounting", "accounts",   "finance",    "hr",          "sales",      "marketing",
        "legal",      "it",         "support",    "procurement", "purchasing", "engineering",
        "ops",        "operations", "payroll",    "compliance",  "admin",      "reception",
        "logistics",  "billing",    "recruiting", "recruitment", "qa",         "devops",
        "facilities", "treasury",   "audit",      "comms",       "pr",         "management",
        NULL};
    const unsigned char *s = z->s;
    /* from the bytes first: " from " right after t */
    if (t->e + 7 > z->n || memcmp(s + t->e, " from ", 6) != 0) return false;
    size_t i = t->e + 6;
    zl_tok y;
    for (int k = 0; k < 2; k++) {
        if (!zt_nb_word(wc, s, z->n, i, i + 32 < z->n ? i + 32 : z->n, false, &y) || y.s != i ||
            y.script != ZL_LAT)
            return false;
        if (k == 0 && (zl_is(&y, "the") || zl_is(&y, "our")) && y.e < z->n && s[y.e] == ' ')
            i = y.e + 1; /* "from the finance team" */
        else
            break;
    }
    /* a plural the everyday words lack is what comes from a team too ("Apps from marketing") */
    if (!zl_in(&y, teams) || (zl_ends(t, "s") && !(zt_wclass(wc, t) & NAME_CLASSES))) return false;
    /* or a first name that is also a word ("Dawn from HR called") */
    return zt_en_lone_word(z, t, wc) || (en_table_first(t) && zt_latin_only(s, z->n, t));
}

/* A first name that is also a word right after a chat cue that names a person ("Can you ping
 * Summer?", "cc Hope", "email Will about it"): not a greeting's (zt_en_wished_first's), nor
 * en_cues' others ("I miss Summer" is the season's, "meet Joy" a feeling's). */
bool zt_en_cued_first(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const cues[] = {"ping",    "pinged", "cc",     "dm",     "email",
                                       "emailed", "text",   "texted", "remind", "tell",
                                       "told",    "ask",    "asked",  NULL};
    zl_tok p, x;
    bool comma;
    const unsigned char *s = z->s;
    /* from the bytes first: a space and a cue's last letter right before t, then t's class */
    if (t->kase != ZL_TITLE || t->script != ZL_LAT || t->s < 3 || s[t->s - 1] != ' ' ||
        !az_in(s[t->s - 2], AZ('g') | AZ('c') | AZ('m') | AZ('d') | AZ('l') | AZ('t') | AZ('k')) ||
        !(zt_wclass(wc, t) & C_EN_FIRST) || !en_word_before(z, t, wc, &p, &comma) || comma ||
        !zl_in(&p, cues) || !en_table_first(t) || zl_person_calendar(t))
        return false;
    return en_clause_end(z, t) || (zt_word_after(z, t, wc, &x) && x.script == ZL_LAT);
}

/* Whether a list's next item, a capitalised word (or a lower-case one in a lower-case list),
 * follows e: ", X", " and X", " or X". */
static bool list_goes_on(const unsigned char *s, size_t n, size_t e, bool lower) {
    size_t i = e;
    if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ')
        i += 2;
    else if (i + 5 < n && memcmp(s + i, " and ", 5) == 0)
        i += 5;
    else if (i + 4 < n && memcmp(s + i, " or ", 4) == 0)
        i += 4;
    else
        return false;
    /* a lower-case list goes on in lower case ("john, priya and wei") */
    return (s[i] >= 'A' && s[i] <= 'Z') || (lower && s[i] >= 'a' && s[i] <= 'z');
}

/* A name addressed at its sentence's or quote's start, a comma and "you" or "your" after it
 * ("Tomasz, your code broke prod again.", '"Okafor, you were right"'): a lone word no list holds
 * as an everyday word, a place or a brand ("Guys, your", "Team, you", "Docker, your" are none),
 * or a given name that is no everyday word (chat's interjections, "Yeah, you", are zl_chat_formula's
 * and never reach here). */
bool zt_en_vocative(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const you[] = {"you", "your", "you're", "you've", "you'll", "u", "ur", NULL};
    const unsigned char *s = z->s;
    /* from the bytes first: ", " right after t */
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 3 || !t->klen || t->e + 3 > z->n ||
        s[t->e] != ',' || s[t->e + 1] != ' ')
        return false;
    size_t b = t->s;
    if (b > 0 && s[b - 1] == '"')
        b--;
    else if (b >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80 && s[b - 1] == 0x9C)
        b -= 3; /* “ */
    if (!(zl_opens_at(s, b) || (b < t->s && b >= 2 && s[b - 1] == ' ' && s[b - 2] == ':')))
        return false;
    zl_tok x;
    if (!zt_nb_word(wc, s, z->n, t->e, t->e + 4 < z->n ? t->e + 4 : z->n, false, &x) ||
        x.s != t->e + 2 || !zl_in(&x, you))
        return false;
    /* interjections that are surnames too, so no chat formula's ("Heck, you", "Dang, you") */
    static const char *const also_surname[] = {"heck", "dang", NULL};
    if (zl_in(t, also_surname)) return false;
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    return zt_en_lone_word(z, t, wc) || (f && !(f & ZL_WORD));
}

/* A family's surname between "the" and a word for its members ("a call with the Nakamura
 * family", "the Okafor twins", "the Smith household"): a surname the tables know or a lone word no
 * list holds as an everyday word, a place or a brand ("the Linux family" is none), not a kind's
 * family ("the Corvid family of birds"). */
bool zt_en_family_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const members[] = {"family",  "families", "household", "twins", "brothers",
                                          "sisters", "kids",     "children",  "clan",  NULL};
    zl_tok p, x;
    bool comma;
    const unsigned char *s = z->s;
    /* from the bytes first: "the " right before t */
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 3 || !t->klen || t->s < 4 ||
        s[t->s - 1] != ' ' || s[t->s - 2] != 'e' || s[t->s - 3] != 'h' ||
        (s[t->s - 4] | 0x20) != 't' || !en_word_before(z, t, wc, &p, &comma) || comma ||
        !zl_is(&p, "the") || !zt_word_after(z, t, wc, &x) || !zt_only_space(z->s, t->e, x.s) ||
        !zl_in(&x, members))
        return false;
    /* a kind's: "the Corvid family of birds", "the Cortex family of chips" */
    zl_tok y;
    if (zt_word_after(z, &x, wc, &y) && zt_only_space(z->s, x.e, y.s) && zl_is(&y, "of"))
        return false;
    return zt_en_lone_word(z, t, wc) ||
           (zl_flags(&zl_en_last, t->key, t->klen) && !zl_en_brand(t->key, t->klen)) ||
           zl_flags(&zl_abroad_last, t->key, t->klen);
}

/* The head of a list of single capitalised words ended by "and" ("for Wanjiru, Kofi and
 * Amara"), one of which after t is a given name the tables know as no everyday word or brand:
 * zt_en_after_person takes the others once t is found, and t itself, no table's word, was left. */
bool zt_en_list_head(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = t->e;
    if (!z->sc || i + 2 >= n || s[i] != ',' || s[i + 1] != ' ') return false;
    bool known = false;
    for (int k = 0; k < 6; k++) {
        zl_tok x;
        bool last = false;
        if (i >= n) return false;
        if (s[i] == ',' && i + 1 < n && s[i + 1] == ' ')
            i += 2;
        else if (i + 5 < n && memcmp(s + i, " and ", 5) == 0)
            i += 5, last = true;
        else
            return false;
        if (i >= n || s[i] < 'A' || s[i] > 'Z' ||
            !zt_nb_word(wc, s, n, i, i + 2 < n ? i + 2 : n, false, &x) || x.s != i ||
            x.script != ZL_LAT || x.kase != ZL_TITLE || !x.klen)
            return false;
        int f = zl_flags(&zl_en_first, x.key, x.klen);
        if (zl_en_brand(x.key, x.klen) || zl_en_org(&x)) return false;
        known = known || (f && !(f & ZL_AMBIG));
        i = x.e;
        if (last) return known && zt_en_lone_word(z, t, wc);
    }
    return false;
}

/* A name joined by "and", "or" or "&" to a person's name found right before it ("discussed with Rutendo
 * and Kofi", "Ngozi Adeyemi & Kofi", "Nnamdi or Chukwuemeka"), or a list's word after it and a
 * comma: the pair names people. */
/* The length of an ampersand ending at b: "&", or "&amp;" as HTML and tweets escape it; 0. */
size_t zt_amp_before(const unsigned char *s, size_t b) {
    if (b >= 1 && s[b - 1] == '&') return 1;
    return b >= 5 && s[b - 1] == ';' && !memcmp(s + b - 5, "&amp;", 5) ? 5 : 0;
}

/* Whether a found name ends at b and another one ends at its own ", " before it. */
static bool names_listed_before(const zs_scan *z, size_t b) {
    const zs_cand *c = zt_person_ending_at(z, b);
    return c && c->start >= 3 && z->s[c->start - 1] == ' ' && z->s[c->start - 2] == ',' &&
           zt_person_ending_at(z, c->start - 2) != NULL;
}

bool zt_en_after_person(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    if (!z->sc) return false;
    const unsigned char *s = z->s;
    size_t b = t->s;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    if (b == t->s || b == 0) return false;
    /* a comma only inside a list of single words that goes on ("for Aarav, Vihaan and Ishaan"):
     * a list of events or places runs on past a name too ("Dave Matthews, Latin Music And More") */
    bool and_ = b >= 4 && s[b - 1] == 'd' && s[b - 2] == 'n' && s[b - 3] == 'a';
    bool or_ = b >= 3 && s[b - 1] == 'r' && s[b - 2] == 'o';
    size_t amp = zt_amp_before(s, b);
    if (amp) {
        b -= amp;
    } else if (s[b - 1] == ',') {
        /* or the list's last word, when two found names stand before it by commas and the
         * list ends with it ("…, Shaw, Rashford, Hojlund."; not "…, Latin Music And More") */
        /* (the text's end ends it too, and news's " ." after a space) */
        size_t j = t->e;
        while (j < z->n && s[j] == ' ')
            j++;
        bool ends = j >= z->n || (s[j] && strchr(".;)\r\n", s[j]));
        if (!list_goes_on(s, z->n, t->e, t->kase == ZL_LOWER) &&
            !(ends && names_listed_before(z, b - 1)))
            return false;
        b--;
    } else if (!and_ && !or_) {
        return false;
    } else {
        zl_tok p;
        bool comma;
        if (!en_word_before(z, t, wc, &p, &comma) || comma ||
            !(zl_is(&p, "and") || zl_is(&p, "or")))
            return false;
        b = p.s;
    }
    while (b > 0 && s[b - 1] == ' ')
        b--;
    /* a player's position or team in brackets after the name ("Walton (GK), Hughes", "Mina (c),
     * Digne"): up to 12 bytes on the line */
    if (b > 2 && s[b - 1] == ')') {
        size_t o = b - 1;
        while (o > 0 && b - o <= 13 && s[o - 1] != '(' && s[o - 1] != '\n' && s[o - 1] != ')')
            o--;
        if (o > 1 && s[o - 1] == '(' && b - o >= 2) {
            b = o - 1;
            while (b > 0 && s[b - 1] == ' ')
                b--;
        }
    }
    return zt_person_ending_at(z, b) != NULL;
}

/* A lower-case first name the tables know right after a chat cue ("can u tell priya im late",
 * "ask tomasz if", "thanks, priya!", "me and priya"): the weights never learned lower-case words,
 * and score these under the threshold. */
static bool en_kin_word(const zl_tok *p);

bool zt_en_lower_given(const zl_tok *t) {
    if (t->kase != ZL_LOWER || t->script != ZL_LAT || !t->klen) return false;
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    return f && (zl_tagger_lower_name(t) || ((f & (ZL_MOBY | ZL_ABROAD)) && !(f & ZL_AMBIG) &&
                                             !zl_en_ordinary(t->key, t->klen)));
}

bool zt_en_lower_cued(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    if (t->kase != ZL_LOWER || t->script != ZL_LAT || t->nlet < 4 || !t->klen || t->s < 3)
        return false;
    /* from the bytes first: a letter, '.' or ',' and a space right before t */
    unsigned char b = z->s[t->s - 2];
    if (z->s[t->s - 1] != ' ' ||
        !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '.' || b == ','))
        return false;
    /* a candidate, or a name of Moby's or another locale's list (flagged as a word in lower case
     * so that it is no candidate without a cue: "priya", "tomasz") that is no everyday word */
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    if (!f) return false;
    /* a name that is an everyday word too ("florence", "madison", "rose"): only addressed by a
     * greeting, a wish or a parting that the clause ends with ("happy birthday florence <3",
     * "hey madison!", "love you rose"; not "hi hope you're well") */
    bool word = !zt_en_lower_given(t);
    if (word && (!(f & ZL_WORD) || !en_clause_end(z, t))) return false;
    zl_tok p, pp;
    bool comma, comma2;
    if (!en_word_before(z, t, wc, &p, &comma) || p.script != ZL_LAT ||
        !zt_latin_only(z->s, z->n, t))
        return false;
    if (word && zl_in(&p, en_greet)) return true;
    /* the cues of a capitalised name too ("lunch with ngozi", "talked to priya"), and a person
     * found right before "and", "or", "&" ("meeting w/ dave and priya") */
    if (!word && (en_chat_cue(&p, comma) || zt_en_cued(z, t, wc))) return true;
    if (!word && zt_en_after_person(z, t, wc)) return true;
    /* "love u zayn", "miss you tomasz", "thank u priya" */
    static const char *const feel[] = {"love", "luv", "miss", "thank", "thanks", NULL};
    if (!comma && (zl_is(&p, "you") || zl_is(&p, "u") || zl_is(&p, "ya")))
        return en_word_before(z, &p, wc, &pp, &comma2) && !comma2 && zl_in(&pp, feel);
    if (word) return en_wish_before(z, &p, wc);
    /* "my boss priya", "our intern tomasz": one of en_kin's people after a possessive */
    static const char *const poss[] = {"my", "our", "your", "his", "her", "their", NULL};
    if (!comma && en_kin_word(&p))
        return en_word_before(z, &p, wc, &pp, &comma2) && !comma2 && zl_in(&pp, poss);
    return !comma && zl_is(&p, "and") && en_word_before(z, &p, wc, &pp, &comma2) && !comma2 &&
           zl_is(&pp, "me");
}

/* A word an English name table knows, even one that is also an everyday word ("Smith", "Bob"):
 * where the place already says a person stands. */
bool zt_en_table_name(const zl_tok *t) {
    return t->script == ZL_LAT && t->klen &&
           (zl_flags(&zl_en_first, t->key, t->klen) || zl_flags(&zl_en_last, t->key, t->klen) ||
            zl_flags(&zl_abroad_last, t->key, t->klen));
}

/* The verb of a document's or a ticket's two-word field: "Assigned to:", "Reported by:"
 * (en_person_field's one name, zt_en_people_field's list of them). */
static const char *const field_done_to[] = {"assigned", "reassigned", "escalated", "delegated",
                                            "handed",   "addressed",  "sent",      NULL};
static const char *const field_done_by[] = {
    "reported", "raised",  "requested", "submitted", "reviewed", "approved", "created",
    "opened",   "closed",  "owned",     "led",       "prepared", "signed",   "assigned",
    "filed",    "written", "checked",   "verified",  "updated",  "edited",   "entered",
    "recorded", "taken",   "authored",  NULL};

/* A name in a list after "cc:", "bcc:", "attendees:", "participants:", "reviewed by:" opening its
 * line ("cc: Ngozi, Tomasz"): t follows the colon, a comma, "and" or "&" of that line. */
bool zt_en_people_field(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const fields[] = {
        "cc",        "bcc",       "attendees", "participants", "invitees",   "present",
        "guests",    "speakers",  "panelists", "team",         "members",    "winners",
        "players",   "staff",     "employees", "authors",      "owners",     "assignees",
        "reviewers", "approvers", "contacts",  "people",       "candidates", "students",
        "patients",  "clients",   "customers", "recipients",   "finalists",  NULL};
    const unsigned char *s = z->s;
    /* from the bytes first: right before t (past spaces) the colon, a comma, "&", ";" or "and" */
    size_t e = t->s;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    /* or a numbered list's "1)", "2." */
    bool numbered =
        e >= 2 && (s[e - 1] == ')' || s[e - 1] == '.') && s[e - 2] >= '0' && s[e - 2] <= '9';
    if (e == t->s || e == 0 ||
        !(s[e - 1] == ':' || s[e - 1] == ',' || s[e - 1] == '&' || s[e - 1] == ';' || numbered ||
          s[e - 1] == '-' || (e >= 3 && s[e - 1] == 'd' && s[e - 2] == 'n' && s[e - 3] == 'a')))
        return false;
    /* back from t to the field's colon over the list's names and separators only: a lower-case
     * word other than "and" or a line break on the way means no list (most words stop at once) */
    size_t c = t->s;
    for (;; c--) {
        if (c == 0 || t->s - c >= 160 || s[c - 1] == '\n') return false;
        unsigned char b = s[c - 1];
        if (b == ':') break;
        /* or a dash with a space before it: "Attendees - Priya, Wei" (not "Jean-Pierre") */
        if (b == '-' && c >= 2 && s[c - 2] == ' ') break;
        if (b >= 'a' && b <= 'z' && (c == 1 || s[c - 2] == ' ') &&
            !(c + 2 < z->n && b == 'a' && s[c] == 'n' && s[c + 1] == 'd' && s[c + 2] == ' '))
            return false;
    }
    /* the field's word before the colon opens its line */
    size_t a = c - 1;
    while (a > 0 && s[a - 1] != '\n' && c - a < 24)
        a--;
    if (a > 0 && s[a - 1] != '\n') return false;
    zl_tok f;
    bool dash = s[c - 1] == '-';
    if (!zt_nb_word(wc, s, z->n, a, t->s, false, &f) || f.e >= z->n) return false;
    for (size_t i = a; i < f.s; i++)
        if (s[i] != ' ' && s[i] != '\t') return false;
    /* a field of two words: "Required Attendees:", "Optional attendees:", "Core team:" */
    static const char *const kind[] = {"required", "optional", "other",   "additional", "core",
                                       "key",      "meeting",  "project", "event",      NULL};
    /* and a document's "Reviewed by:", "Approved by:", "Assigned to:" */
    zl_tok g;
    bool by = false;
    if (f.e + 1 < c && s[f.e] == ' ' && zt_nb_word(wc, s, z->n, f.e, t->s, false, &g) &&
        g.s == f.e + 1) {
        if (zl_in(&f, kind)) {
            f = g;
        } else if ((zl_is(&g, "by") && zl_in(&f, field_done_by)) ||
                   (zl_is(&g, "to") && zl_in(&f, field_done_to))) {
            f = g;
            by = true;
        }
    }
    if ((dash ? f.e + 2 != c || s[f.e] != ' ' : s[f.e] != ':') || !(by || zl_in(&f, fields)))
        return false;
    /* what stands right before t: the field's colon, a comma, "and", "&" */
    size_t i = t->s;
    while (i > f.e && s[i - 1] == ' ')
        i--;
    if (i == c || s[i - 1] == ',' || s[i - 1] == '&' || s[i - 1] == ';' || numbered) return true;
    zl_tok p;
    bool comma;
    return en_word_before(z, t, wc, &p, &comma) && !comma && zl_is(&p, "and") && p.s > f.e;
}

/* The end of the run of capitalised words that t starts, at most four, one space apart: a name's
 * words up to what follows it. */
size_t zt_caps_run_end(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok w = *t, x;
    for (int k = 0; k < 3; k++) {
        if (!zt_nb_word(wc, z->s, z->n, w.e, w.e + 2 < z->n ? w.e + 2 : z->n, false, &x) ||
            !zt_only_space(z->s, w.e, x.s) || x.kase == ZL_LOWER)
            break;
        w = x;
    }
    return w.e;
}

/* A signature's job title on its own line, p its last word: "Senior Account Manager", "Head of
 * Sales", "VP, Engineering" end in a job's noun. Sets *w0 to the line's first word. */
static bool job_title_line(const zs_scan *z, const zl_tok *p, zl_wcache *wc, zl_tok *w0) {
    static const char *const jobs[] = {
        "manager",  "director",  "engineer",       "officer",       "specialist", "coordinator",
        "lead",     "head",      "assistant",      "consultant",    "analyst",    "developer",
        "designer", "executive", "representative", "administrator", "partner",    "associate",
        "advisor",  "adviser",   "recruiter",      "accountant",    "president",  "founder",
        "sales",    "marketing", "engineering",    "operations",    "support",    "hr",
        "team",     NULL};
    if (p->script != ZL_LAT || p->kase == ZL_LOWER || p->nlet < 2 ||
        !(zl_in(p, jobs) || zl_in(p, en_execs)))
        return false;
    zl_tok w = *p, q;
    for (int k = 0; k < 6; k++) {
        if (!zt_nb_word(wc, z->s, z->n, w.s, w.s > 48 ? w.s - 48 : 0, true, &q)) break;
        unsigned g = zl_gap(z->s, z->n, q.e, w.s);
        if (g & ZL_GAP_NL) break;
        if (g & ~(unsigned)(ZL_GAP_SPACE | ZL_GAP_COMMA)) return false;
        if (q.kase == ZL_LOWER && !zl_is(&q, "of") && !zl_is(&q, "and")) return false;
        w = q;
    }
    *w0 = w;
    return w.kase != ZL_LOWER;
}

/* A letter's closing and the name under it: "Best regards,\nNgozi Adeyemi", "Cheers,\nTomasz",
 * "Thanks, Oluwaseun" at a message's end. The closing opens its line (or follows a sentence's
 * end), a comma or a line break follows it, and the name runs to the line's end or a comma
 * ("Best, Tomasz, Head of Sales"). News and tweets have no such lines, so the weights score
 * these names far under the threshold ("Cheers,\nTomasz" -367). */
bool zt_en_signoff_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    static const char *const closing[] = {
        "regards",    "sincerely",    "cheers", "thanks", "best",  "wishes", "truly",
        "faithfully", "respectfully", "warmly", "love",   "yours", "you",    NULL};
    /* the words a closing of two may start with: "Kind regards", "Yours truly", "Thank you" */
    static const char *const lead[] = {"best", "kind",      "kindest",      "warm",       "warmest",
                                       "with", "yours",     "thank",        "many",       "all",
                                       "the",  "sincerely", "respectfully", "faithfully", NULL};
    const unsigned char *s = z->s;
    /* from the bytes first: a comma or a line break before t, past spaces (and a dash before
     * the name on its line: "Thanks!\n- Ngozi") */
    size_t b = t->s;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r' || s[b - 1] == '\t' || s[b - 1] == '-'))
        b--;
    if (b == 0 || (s[b - 1] != ',' && s[b - 1] != '\n')) return false;
    zl_tok p, pp;
    if (!zt_nb_word(wc, s, z->n, t->s, t->s > 64 ? t->s - 64 : 0, true, &p) || p.script != ZL_LAT)
        return false;
    /* a job title's line between the closing and the name ("Best regards,\nSenior Account
     * Manager\nPriyanka Venkataraman"): the closing is the word before that line */
    zl_tok w0;
    size_t to = t->s; /* where the closing's gap ends: t, or the title's line */
    if (s[b - 1] == '\n' && !zl_in(&p, closing) && job_title_line(z, &p, wc, &w0)) {
        if (!zt_nb_word(wc, s, z->n, w0.s, w0.s > 64 ? w0.s - 64 : 0, true, &pp) ||
            pp.script != ZL_LAT || !zl_in(&pp, closing))
            return false;
        p = pp;
        to = w0.s;
    }
    /* a comma and spaces, or a line break (with a comma, a '!' or nothing) between the closing
     * and t; a dash before the name on its line */
    size_t i = p.e;
    bool comma = i < to && s[i] == ',', bang = i < to && s[i] == '!';
    if (comma || bang) i++;
    int nl = 0;
    for (; i < to; i++) {
        if (s[i] == '\n')
            nl++;
        else if (s[i] != ' ' && s[i] != '\r' && s[i] != '\t' && !(s[i] == '-' && nl))
            return false;
    }
    if (nl > 1 || (!comma && !nl) || !zl_in(&p, closing)) return false;
    /* the closing's first word: p, or the one word of "Kind regards" before it */
    zl_tok first = p;
    if (zt_nb_word(wc, s, z->n, p.s, p.s > 32 ? p.s - 32 : 0, true, &pp) &&
        zt_only_space(s, pp.e, p.s) && pp.script == ZL_LAT && zl_in(&pp, lead)) {
        first = pp;
        if (zl_is(&p, "you") && !zl_is(&pp, "thank")) return false;
    } else if (zl_is(&p, "you") || zl_is(&p, "wishes") || zl_is(&p, "truly")) {
        return false;
    }
    if (first.kase == ZL_LOWER && nl == 0) return false; /* "all the best, guys" mid-sentence */
    /* it opens its line or follows a sentence's end */
    zl_tok q;
    if (zt_nb_word(wc, s, z->n, first.s, first.s > 64 ? first.s - 64 : 0, true, &q) &&
        !(zl_gap(s, z->n, q.e, first.s) & (ZL_GAP_NL | ZL_GAP_STOP)))
        return false;
    /* the name's words run to the line's end, the text's end or a comma */
    size_t e = zt_caps_run_end(z, t, wc), j = e;
    while (j < z->n && (s[j] == ' ' || s[j] == '\r' || s[j] == '!' || s[j] == '.' || s[j] == '"'))
        j++; /* a quoted letter's closing quote too */
    if (!(j >= z->n || s[j] == '\n' || s[j] == ',') ||
        !((zl_flags(&zl_en_first, t->key, t->klen) && !zl_person_calendar(t)) ||
          (t->nlet == 3 ? zt_en_short_name(z, t, wc) : zt_en_lone_word(z, t, wc))))
        return false; /* a first name that is also a word signs too: "Cheers, Bob" */
    *upto = e;
    return true;
}

static bool short_surname(const zs_scan *z, const zl_tok *x);

/* A byte of a name's run: an ASCII letter, a space, '-', '\'' or a byte of a UTF-8 letter. */
static inline bool name_byte(unsigned char b) {
    return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == ' ' || b == '-' || b == '\'' ||
           b >= 0x80;
}

/* The name after a role: zt_en_lone_word, or zt_en_short_name at three letters ("my coworker Raj"). */
static bool en_role_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    return t->nlet == 3 ? zt_en_short_name(z, t, wc) : zt_en_lone_word(z, t, wc);
}

/* A mailbox's display name: "Ngozi Okafor <ngozi@example.com>" in a mail's "From:" or "To:", a
 * commit's "Signed-off-by:" or "Co-authored-by:", a list of addresses. t opens a run of up to four
 * capitalised words that " <" and an address follow; each word is a name the tables know, an
 * unknown one zt_en_lone_word admits or a short surname, so that "GitHub <noreply@github.com>",
 * "Acme Billing <billing@acme.com>" stay. *upto: the run's end. */
bool zt_en_mailbox(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* from the bytes first: " <" ahead, and only the run's letters, spaces, hyphens and
     * apostrophes before it */
    size_t lim = n - t->e < 96 ? n - t->e : 96;
    const unsigned char *lt = memchr(s + t->e, '<', lim);
    if (!lt) return false; /* most words: no '<' near */
    size_t e = (size_t)(lt - s);
    if (e + 3 >= n || e == t->e || s[e - 1] != ' ') return false;
    /* a display name in quotes: "\"Okafor, Ngozi\" <no@example.com>" */
    bool quoted = e >= 2 && s[e - 2] == '"' && t->s > 0 && s[t->s - 1] == '"';
    size_t re = quoted ? e - 2 : e - 1; /* the run's end */
    /* "Okafor, Tomasz <…>": the surname first and a comma (Outlook's "Last, First") */
    zl_tok first = *t;
    bool last_first = t->e + 2 < re && s[t->e] == ',' && s[t->e + 1] == ' ';
    if (last_first && (!zt_nb_word(wc, s, n, t->e + 2, re, false, &first) || first.s != t->e + 2))
        return false;
    for (size_t i = first.e; i < re; i++)
        if (!name_byte(s[i])) return false;
    e = re;
    if (zt_caps_run_end(z, &first, wc) != e) return false;
    bool at = false;
    size_t li = (size_t)(lt - s);
    for (size_t i = li + 1; i < n && i < li + 160 && s[i] != '>'; i++) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '<') return false;
        at = at || s[i] == '@';
    }
    if (!at) return false;
    /* t opens the run: no capitalised word right before it (a quote's header's time may stand
     * there: "On Mon, Dec 1, 2026 at 10:02 AM Ngozi Okafor <…> wrote:") */
    zl_tok p;
    if (zt_nb_word(wc, s, n, t->s, t->s > 64 ? t->s - 64 : 0, true, &p) && p.kase != ZL_LOWER &&
        zt_only_space(s, p.e, t->s) && !zl_is(&p, "am") && !zl_is(&p, "pm"))
        return false;
    zl_tok w = *t;
    for (;;) {
        if (!((zt_wclass(wc, &w) & NAME_CLASSES) || en_role_name(z, &w, wc) ||
              ((w.s > t->s || last_first) && short_surname(z, &w))))
            return false;
        if (w.e >= e || !zt_nb_word(wc, s, n, w.e, e, false, &w)) break;
    }
    *upto = e;
    return true;
}

/* A chat app's message header copied with the thread: the sender's name alone on its line before
 * the time ("Ngozi Okafor  10:08 AM", "Wei Zhang 9:15", Slack's and Teams' copy); t opens the
 * line and each word of the run is a name the tables know, an unknown one zt_en_lone_word admits or
 * a short surname (one word alone: a name the tables know, not "Standup  09:30"). *upto: the
 * run's end. */
bool zt_en_chat_header(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (t->s > 0 && s[t->s - 1] != '\n') return false;
    size_t e = zt_caps_run_end(z, t, wc), i = e;
    /* Telegram's copy: "Ngozi Okafor, [06.12.2026 14:20]" */
    bool tg = e + 3 < n && s[e] == ',' && s[e + 1] == ' ' && s[e + 2] == '[';
    if (tg) {
        size_t k = e + 3;
        bool colon = false;
        while (k < n && k - e < 32 &&
               ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == '/' || s[k] == ':' ||
                s[k] == ' ' || s[k] == ','))
            colon |= s[k++] == ':';
        if (!colon || k >= n || s[k] != ']') return false;
        i = k + 1;
    }
    /* from the bytes first: spaces, then H:MM or HH:MM, an optional AM / PM, the line's end */
    while (!tg && i < n && s[i] == ' ' && i - e < 4)
        i++;
    if (!tg && (i == e || i + 4 > n)) return false;
    /* Discord's "Ngozi Okafor — Today at 10:08 AM", "— 03/12/2026 10:08" (i + 4 <= n here) */
    size_t d = i; /* after Telegram's stamp i may be n: no dash is looked for */
    if (!tg && s[d] == '-')
        d++;
    else if (!tg && d + 3 <= n && s[d] == 0xE2 && s[d + 1] == 0x80 &&
             (s[d + 2] == 0x94 || s[d + 2] == 0x93))
        d += 3;
    if (d > i && d < n && s[d] == ' ') {
        d++;
        if (d + 9 <= n && memcmp(s + d, "Today at ", 9) == 0)
            d += 9;
        else if (d + 13 <= n && memcmp(s + d, "Yesterday at ", 13) == 0)
            d += 13;
        else {
            size_t k = d;
            while (k < n && k - d < 10 &&
                   ((s[k] >= '0' && s[k] <= '9') || s[k] == '/' || s[k] == '.'))
                k++;
            if (k - d < 6 || k >= n || s[k] != ' ') return false;
            d = k + 1;
        }
        i = d;
    }
    if (tg) goto line_end;
    if (i + 4 > n || s[i] < '0' || s[i] > '9') return false;
    i += s[i + 1] >= '0' && s[i + 1] <= '9' ? 2 : 1;
    if (i + 3 > n || s[i] != ':' || s[i + 1] < '0' || s[i + 1] > '5' || s[i + 2] < '0' ||
        s[i + 2] > '9')
        return false;
    i += 3;
    if (i + 3 <= n && s[i] == ' ' && ((s[i + 1] | 0x20) == 'a' || (s[i + 1] | 0x20) == 'p') &&
        (s[i + 2] | 0x20) == 'm')
        i += 3;
line_end:
    while (i < n && (s[i] == ' ' || s[i] == '\r'))
        i++;
    if (i < n && s[i] != '\n') return false;
    /* one word alone must be a name the tables know: an agenda's "Standup  09:30" is not */
    if (e == t->e && !(t->script == ZL_LAT && t->klen && (zt_wclass(wc, t) & NAME_CLASSES)))
        return false;
    zl_tok w = *t;
    for (;;) {
        if (w.script != ZL_LAT || !((zt_wclass(wc, &w) & NAME_CLASSES) || en_role_name(z, &w, wc) ||
                                    (w.s > t->s && short_surname(z, &w))))
            return false;
        if (w.e >= e || !zt_nb_word(wc, s, n, w.e, e, false, &w)) break;
    }
    *upto = e;
    return true;
}

/* The people of one's own life: a relationship's noun before a name ("my colleague Chidinma") and
 * after a possessive ("Kemal's wife"). */
static const char *const en_kin[] = {
    "colleague",    "colleagues",    "coworker",      "co-worker",  "manager",    "boss",
    "intern",       "assistant",     "supervisor",    "mentor",     "mentee",     "teammate",
    "neighbor",     "neighbour",     "landlord",      "landlady",   "roommate",   "flatmate",
    "classmate",    "teacher",       "tutor",         "student",    "nanny",      "babysitter",
    "nurse",        "therapist",     "dentist",       "doctor",     "cousin",     "uncle",
    "aunt",         "nephew",        "niece",         "grandma",    "grandpa",    "grandmother",
    "grandfather",  "partner",       "fiance",        "fiancee",    "wife",       "stepson",
    "stepdaughter", "accountant",    "recruiter",     "realtor",    "plumber",    "contractor",
    "coach",        "lawyer",        "attorney",      "agent",      "friend",     "buddy",
    "son",          "daughter",      "husband",       "brother",    "sister",     "mom",
    "mum",          "dad",           "hire",          "trainee",    "apprentice", "receptionist",
    "caregiver",    "housekeeper",   "hairdresser",   "counselor",  "counsellor", "psychologist",
    "pediatrician", "paediatrician", "bestie",        "girlfriend", "boyfriend",  "mother",
    "father",       "grandson",      "granddaughter", "stepmom",    "stepdad",    NULL};

/* And chat's words for them ("shoutout to my girl Keisha", "my boy Dre", "my ex Brandon"). */
static const char *const en_kin_chat[] = {"girl",  "boy", "homie",      "sis", "bro",
                                          "ex",    "bae", "bf",         "gf",  "hubby",
                                          "wifey", "bff", "bestfriend", NULL};

/* Whether p is one of en_kin's people ("boss", "coworker", "sister"). */
static bool en_kin_word(const zl_tok *p) {
    return zl_in(p, en_kin) || zl_in(p, en_kin_chat);
}

/* A possessive before a noun of a person's own life ("proofread Wairimu's cover letter", "Dagny's
 * birthday", "Kemal's wife"): a firm's or a product's possessive goes before other nouns
 * ("Tesla's stock", "Zalando's return policy"). */
bool zt_en_possessive_personal(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    /* the events and belongings of a person's life, besides en_kin's people */
    static const char *const own[] = {
        "wedding", "birthday", "family", "kids", "children", "resume", "cv", "cover", "funeral",
        "graduation", "retirement", "farewell", "baby", "dog", "cat", "apartment", "flat", "visa",
        "passport", "salary", "thesis", "essay", "homework", "surgery", "diagnosis", "medication",
        "eulogy", "toast", "parents", "anniversary", "condition", "phone", "address", "number",
        "appointment", "medical", "mental", "request", "feedback", "availability",
        /* an employee's: what HR and a manager handle for a person ("approve Baraka's expense
         * claim", "Oyelaran's leave") */
        "expense", "expenses", "timesheet", "payslip", "paycheck", "leave", "vacation",
        "resignation", "promotion", "appraisal", "onboarding", "sick", "maternity", "paternity",
        "desk", "laptop",
        /* a colleague's work in a team's chat ("review Gaurav's PR", "Wanjiru's ticket") */
        "pr", "prs", "commit", "commits", "branch", "ticket", "tickets", "slides", "draft",
        "calendar", "shift", "shifts", "handwriting", "signature",
        /* a body's and a look's: a fan's comment ("Rihanna's voice", "Adele's face") */
        "voice", "face", "hair", "eyes", "smile", "laugh", "beard", "tattoo", "tattoos", "outfit",
        "makeup", "skin", "legs", "hips", "death", "girlfriend", "boyfriend",
        /* and of what one artist does ("Eminem's verse"; not "goal": a club scores them too),
         * a creator's channel ("Markiplier's video"; not "song": a band's too) */
        "verse", "acting", "dancing", "singing", "rapping", "vlog", "vlogs", "channel", "video",
        "videos", "stream", "streams", "podcast",
        /* news's: who speaks for a person, who outlives one ("Netanyahu's spokesman said") */
        "spokesman", "spokeswoman", "spokesperson", "widow", "widower", "bodyguard", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, i = t->e;
    if (i + 1 < n && s[i] == '\'' && s[i + 1] == 's')
        i += 2;
    else if (i + 3 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99 && s[i + 3] == 's')
        i += 4;
    else
        return false;
    zl_tok x;
    /* "PR" and "CV" are written in capitals */
    static const char *const caps[] = {"pr", "prs", "cv", NULL};
    if (i >= n || s[i] != ' ' || !zt_nb_word(wc, s, n, i, i + 2 < n ? i + 2 : n, false, &x) ||
        x.s != i + 1 || !(x.kase == ZL_LOWER || (x.kase == ZL_UPPER && zl_in(&x, caps))))
        return false;
    /* before any noun, a given name the tables know as no everyday word or brand ("Thiago's
     * presentation was great", "Ngozi's report is late") */
    if (!(zl_in(&x, own) || en_kin_word(&x))) {
        int f = t->klen ? zl_flags(&zl_en_first, t->key, t->klen) : 0;
        if (!f || (f & ZL_AMBIG) || zl_en_brand(t->key, t->klen) || zl_en_org(t)) return false;
    }
    /* a firm's rules for its people: "Zalando's leave policy", "Acme's expense process" */
    static const char *const rules[] = {"policy", "policies", "process", "system", "portal",
                                        "rules",  "app",      "tool",    "form",   NULL};
    zl_tok y;
    if (zt_word_after(z, &x, wc, &y) && zt_only_space(s, x.e, y.s) && zl_in(&y, rules))
        return false;
    return zt_en_lone_word(z, t, wc);
}

/* A quotation's attribution: a dash or a tilde after the quoted sentence's end, then the author's
 * name to the line's end ("Strike that, reverse it. -Roald Dahl", "\"Be kind.\" — Okafor").
 * t is the name's first word; at most three words follow it before the line ends. */
bool zt_en_attribution_dash(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    zl_tok p;
    if (!zt_nb_word(wc, s, z->n, t->s, t->s > 64 ? t->s - 64 : 0, true, &p)) return false;
    /* what stands between the quoted sentence's last word and the name: its end (a stop or a
     * closing quote) and a dash, or a tilde right before the name */
    unsigned g = zl_gap(s, z->n, p.e, t->s);
    bool tilde = t->s > 0 && s[t->s - 1] == '~';
    if (!(g & (ZL_GAP_STOP | ZL_GAP_QUOTE)) || !((g & ZL_GAP_DASH) || tilde) ||
        (g & (ZL_GAP_NL | ZL_GAP_COMMA | ZL_GAP_COLON | ZL_GAP_DIGIT | ZL_GAP_CELL)) ||
        ((g & ZL_GAP_OTHER) && !tilde))
        return false;
    size_t j = zt_caps_run_end(z, t, wc);
    while (j < z->n && (s[j] == ' ' || s[j] == '\r'))
        j++;
    return (j >= z->n || s[j] == '\n') && zt_en_lone_word(z, t, wc);
}

/* Whether " his", " her", " himself" or " herself" follows the word ending at e. */
static bool his_her_at(const zs_scan *z, size_t e) {
    const unsigned char *s = z->s;
    size_t i = e + 1, n = z->n;
    if (i + 3 > n || s[e] != ' ' || s[i] != 'h') return false;
    size_t l = 0;
    if (memcmp(s + i, "his", 3) == 0)
        l = 3;
    else if (memcmp(s + i, "her", 3) == 0)
        l = 3;
    if (l && i + 7 <= n && (memcmp(s + i, "himself", 7) == 0 || memcmp(s + i, "herself", 7) == 0))
        l = 7;
    return l && !(i + l < n && ((s[i + l] | 0x20) >= 'a' && (s[i + l] | 0x20) <= 'z'));
}

/* Whether " he" or " she" (or " that he", " that she") follows the word ending at e. */
static bool he_she_at(const zs_scan *z, size_t e) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = e + 1;
    if (i + 2 > n || s[e] != ' ') return false;
    if (i + 7 <= n && memcmp(s + i, "that ", 5) == 0) i += 5;
    size_t l = memcmp(s + i, "he", 2) == 0 ? 2 : i + 3 <= n && memcmp(s + i, "she", 3) == 0 ? 3 : 0;
    return l && !(i + l < n && ascii_letter(s[i + l]));
}

/* A lone capitalised word whose verb is followed by "his" or "her": a person's
 * ("Kowalski sent his report", "Yesterday Okonkwo lost her keys"); a firm or a body says "its" or
 * "their". The verb is the one lower-case word between, or an auxiliary or an adverb and the verb
 * ("Ifeoma will cover his shifts", "Okafor has lost her keys", "Mensah never answers his phone"). */
bool zt_en_pronoun_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const aux[] = {"will",  "would", "can",    "could", "should",  "must",
                                      "might", "did",   "does",   "has",   "had",     "just",
                                      "also",  "never", "always", "still", "already", NULL};
    zl_tok x, v;
    if (!zt_word_after(z, t, wc, &x) || x.script != ZL_LAT || x.kase != ZL_LOWER || x.nlet < 2 ||
        !zt_only_space(z->s, t->e, x.s))
        return false;
    /* a clause of its own about the word, opened by "he" or "she" ("I can't criticize Keenum
     * considering he hasn't thrown", "I get to see Seanzie if he goes"); a firm's is "it" */
    static const char *const conj[] = {"if",     "when",  "because",     "cause",  "cuz",
                                       "coz",    "since", "considering", "until",  "unless",
                                       "before", "after", "while",       "though", NULL};
    if (x.nlet < 3) return zl_is(&x, "if") && he_she_at(z, x.e) && zt_en_lone_word(z, t, wc);
    /* a verb of saying or thinking before "he" or "she": who says it of himself is a person
     * ("Guardiola said he was happy", "Merkel said that she would stay"); a firm or a body says
     * "it" or "they" */
    static const char *const say[] = {"said",     "says",      "added",     "explained", "insisted",
                                      "admitted", "replied",   "noted",     "warned",    "stressed",
                                      "argued",   "claimed",   "thinks",    "thought",   "believes",
                                      "believed", "hopes",     "hoped",     "felt",      "feels",
                                      "knew",     "announced", "confirmed", "denied",    "conceded",
                                      "recalled", "wrote",     "tweeted",   NULL};
    /* the pronoun read from the bytes: most verbs are followed by something else */
    bool found = his_her_at(z, x.e) || (he_she_at(z, x.e) && (zl_in(&x, say) || zl_in(&x, conj)));
    if (!found && zl_in(&x, aux) && zt_word_after(z, &x, wc, &v) && v.script == ZL_LAT &&
        v.nlet >= 3 && zt_only_space(z->s, x.e, v.s))
        found = his_her_at(z, v.e);
    /* an adverb before the verb of saying: "Nunez later said he was delighted" */
    static const char *const adv[] = {"later", "also",       "then",    "again",
                                      "once",  "previously", "earlier", NULL};
    if (!found && x.klen && x.nlet >= 4 && strchr("latope", x.key[0]) && zl_in(&x, adv) &&
        zt_word_after(z, &x, wc, &v) && v.script == ZL_LAT && zt_only_space(z->s, x.e, v.s) &&
        zl_in(&v, say))
        found = he_she_at(z, v.e);
    return found && zt_en_lone_word(z, t, wc);
}

/* Whether, read from the bytes, t is the second word of its sentence after a word of three to six
 * ASCII letters, and a question mark ends the sentence: most words fail the first test. */
static bool question_ahead(const zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    if (t->s < 3 || s[t->s - 1] != ' ') return false;
    size_t a = t->s - 1;
    while (a > 0 && a + 7 > t->s && (s[a - 1] | 0x20) >= 'a' && (s[a - 1] | 0x20) <= 'z')
        a--;
    /* "is" to "should": the auxiliaries' first letters (did, has, can, will, should, may, is) */
    size_t al = t->s - 1 - a;
    if (al < 2 || al > 6 ||
        !az_in(s[a] | 0x20, AZ('d') | AZ('h') | AZ('c') | AZ('w') | AZ('s') | AZ('m') | AZ('i')) ||
        (al == 2 && ((s[a] | 0x20) != 'i' || s[a + 1] != 's')))
        return false;
    size_t b = a;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"' || s[b - 1] == '\r'))
        b--;
    /* a question word before the auxiliary ("Why did", "When does"): its 3-5 letters, a space */
    if (b > 0 && b == a - 1 && s[a - 1] == ' ') {
        size_t w = b;
        while (w > 0 && b - w < 6 && (s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z')
            w--;
        if (b - w >= 3 && b - w <= 5 && ((s[w] | 0x20) == 'w' || (s[w] | 0x20) == 'h')) {
            b = w; /* which word it is, zl_person_question_aux reads */
            while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"' || s[b - 1] == '\r'))
                b--;
        }
    }
    if (b > 0 && s[b - 1] != '.' && s[b - 1] != '!' && s[b - 1] != '?' && s[b - 1] != '\n')
        return false;
    size_t lim = z->n - t->e < 200 ? z->n - t->e : 200;
    const unsigned char *q = memchr(z->s + t->e, '?', lim);
    if (!q) return false;
    for (const unsigned char *i = z->s + t->e; i < q; i++)
        if (*i == '.' || *i == '!' || *i == '\n') return false;
    return true;
}

/* Whether an auxiliary opens t's sentence right before it and a question mark ends the sentence
 * (zl_person_question_aux): "Has Oluwaseun replied yet?", "Did Ngozi Okafor sign the contract?". */
static bool en_question_aux(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok p;
    bool comma;
    return en_word_before(z, t, wc, &p, &comma) && !comma && zl_person_question_aux(z->s, z->n, &p);
}

/* What a colleague does (zt_en_question_subject, zt_en_unknown_pair after a question's auxiliary). */
static const char *const en_acts[] = {
    "join",      "send",      "sent",     "reply",   "replied",   "respond",  "responded",
    "call",      "called",    "email",    "emailed", "text",      "texted",   "sign",
    "signed",    "approve",   "approved", "review",  "reviewed",  "confirm",  "confirmed",
    "attend",    "come",      "help",     "cover",   "pick",      "meet",     "bring",
    "finish",    "finished",  "agree",    "agreed",  "accept",    "accepted", "read",
    "check",     "checked",   "ask",      "asked",   "tell",      "told",     "share",
    "shared",    "pay",       "paid",     "submit",  "submitted", "update",   "updated",
    "forward",   "forwarded", "leave",    "quit",    "know",      "think",    "mean",
    "marry",     "die",       "live",     "coming",  "joining",   "leaving",  "attending",
    "available", "around",    "back",     NULL};

/* The verbs a person's name opens a sentence before ("Wojciech Nowak sent the invoice", "Priya
 * wants a raise": zt_en_unknown_pair, zt_en_known_opener). */
static const char *const en_subject_verbs[] = {
    "will",     "would",     "can",   "could",  "should",   "must",    "said",      "says",
    "told",     "sent",      "asked", "wants",  "wanted",   "called",  "emailed",   "wrote",
    "joined",   "joins",     "left",  "signed", "approved", "replied", "mentioned", "thinks",
    "agreed",   "shared",    "needs", "needed", "just",     "also",    "already",   "works",
    "worked",   "confirmed", "sends", "calls",  "texted",   "paid",    "booked",    "owes",
    "promised", "forwarded", NULL};

/* A lone subject of such a question before what a colleague does: "Can Tendai join the call at
 * 3?", "Is Mehmet around?"; a city or a club "hosts" and "wins" ("Could Abuja win?"). */
bool zt_en_question_subject(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    /* a shift's day ("Is Chidi working on Saturday?", "working tomorrow"): software works too
     * ("Is Pihole working?") */
    static const char *const when[] = {"on", "today", "tomorrow", "tonight", "this", "next", NULL};
    zl_tok x, y;
    if (!question_ahead(z, t) || !zt_word_after(z, t, wc, &x) || x.script != ZL_LAT ||
        !zt_only_space(z->s, t->e, x.s))
        return false;
    if (!zl_in(&x, en_acts) &&
        !(zl_is(&x, "working") && zt_word_after(z, &x, wc, &y) && zl_in(&y, when)))
        return false;
    return en_question_aux(z, t, wc) && zt_en_lone_word(z, t, wc);
}

/* A first name the tables know, also an everyday word or an ambiguous one ("Pat", "Will",
 * "Dee"), capitalised inside its sentence after a lower-case word that is no determiner or
 * preposition (their noun is no subject: "The source code for Jasmine is available"), right
 * before an auxiliary or a speech verb: "so Pat will cover", "I think Will is right", "where is
 * Dee when"; or opening its sentence before a verb only a person's ("Grace said the report is
 * late"). Not a product or a firm that a first name spells ("if Ruby is installed", "when Chase
 * said"). */
bool zt_en_known_subject(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const det[] = {
        "the", "a",     "an",   "this",  "that", "these", "those", "my",   "your", "his", "her",
        "our", "their", "its",  "every", "each", "some",  "any",   "no",   "of",   "for", "in",
        "on",  "at",    "from", "by",    "with", "to",    "about", "than", "like", NULL};
    static const char *const aux[] = {
        "will",    "would",  "can",  "could",  "should", "is",    "was",   "has",   "had",
        "said",    "says",   "told", "does",   "did",    "won't", "can't", "isn't", "wasn't",
        "doesn't", "didn't", "when", "thinks", "wants",  "needs", NULL};
    /* at a line's or a sentence's start, what only a person does ("Grace said the report is
     * late", "Hope thinks so"): not the auxiliaries ("Hope is a good thing", "Will do") */
    static const char *const said[] = {"said",   "says",    "told",      "asked",
                                       "thinks", "replied", "emailed",   "called",
                                       "texted", "wrote",   "mentioned", NULL};
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 3 || !t->klen) return false;
    const unsigned char *s = z->s;
    bool opens = zl_opens_at(s, t->s);
    /* from the bytes first: a space and a lower-case ASCII letter on each side (or the start),
     * the word after one of the auxiliaries' first letters */
    if ((!opens && (t->s < 2 || s[t->s - 1] != ' ' || s[t->s - 2] < 'a' || s[t->s - 2] > 'z')) ||
        t->e + 2 > z->n || s[t->e] != ' ' || !s[t->e + 1] ||
        !az_in(s[t->e + 1],
               opens
                   ? AZ('s') | AZ('t') | AZ('a') | AZ('r') | AZ('e') | AZ('c') | AZ('w') | AZ('m')
                   : AZ('w') | AZ('c') | AZ('s') | AZ('i') | AZ('h') | AZ('t') | AZ('d') | AZ('n')))
        return false;
    /* the word's class first: the word cache has it from the features */
    if (!(zt_wclass(wc, t) & C_EN_FIRST)) return false;
    zl_tok p, x;
    bool comma;
    if (!zt_word_after(z, t, wc, &x) || !zt_only_space(s, t->e, x.s) ||
        !(opens ? zl_in(&x, said) : zl_in(&x, aux)))
        return false;
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    if (!f || (f & ZL_MOBY)) return false;
    if (!opens && (!en_word_before(z, t, wc, &p, &comma) || comma || p.script != ZL_LAT ||
                   p.kase != ZL_LOWER || zl_in(&p, det)))
        return false;
    return !zl_person_calendar(t) && !zl_en_brand(t->key, t->klen) &&
           !zl_flags(&zl_en_brand_name, t->key, t->klen) &&
           !zl_flags(&zl_en_notlone, t->key, t->klen) && zt_latin_only(s, z->n, t);
}

/* A lone capitalised word before a verb only a person's life takes: "Okonkwo resigned", "Mensah
 * was arrested", "Lindqvist was born in Oslo"; not the verbs clubs and firms take too ("scored",
 * "won", "was fined"). Also a mind's verbs and a person's state: "Wanjiru thinks", "Bartek is
 * out sick", "Kwame called in sick". */
bool zt_en_life_verb_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const life[] = {"resigned",   "died",      "married",   "retired",
                                       "testified",  "pleaded",   "confessed", "apologised",
                                       "apologized", "graduated", "starred",   "debuted",
                                       "divorced",   "wed",       "passed",    NULL};
    static const char *const done_to[] = {
        "arrested",  "sentenced",    "convicted",    "jailed",   "born",     "elected",
        "appointed", "hospitalized", "hospitalised", "knighted", "detained", "imprisoned",
        "acquitted", "extradited",   "deported",     "buried",   "murdered", "kidnapped",
        "wounded",   "stabbed",      "assassinated", "executed", NULL};
    static const char *const be[] = {"was", "is", "has", "had", "been", "got", NULL};
    /* a mind's verbs: a firm or a body "believes", "hopes" or "wants" in news ("Tehran hopes"),
     * it does not "think" or "miss" ("Wanjiru thinks we should refactor") */
    static const char *const mind[] = {"thinks", "feels", "misses", "wonders",
                                       "loves",  "hates", NULL};
    /* a body's and a voice's deeds, and a mind's in the past: no firm, country or team "tweeted",
     * "smiled", "sang" or "meant" ("Okafor tweeted last night", "what Feynman meant", "Mahomes
     * threw for 300 yards") */
    static const char *const deeds[] = {
        "tweeted", "tweets", "retweeted", "texted",    "meant",   "thought", "felt",
        "loved",   "hated",  "smiled",    "smiles",    "laughed", "laughs",  "cried",
        "cries",   "joked",  "jokes",     "winked",    "hugged",  "kissed",  "shrugged",
        "sighed",  "yelled", "screamed",  "whispered", "nodded",  "sang",    "sings",
        "danced",  "dances", "slept",     "threw",     "blushed", "frowned", NULL};
    /* a person's state in a colleague's message: "Bartek is out sick", "Mbali is on leave" */
    static const char *const unwell[] = {"sick", "ill", "unwell", "pregnant", NULL};
    static const char *const away[] = {"leave",     "vacation", "holiday", "maternity",
                                       "paternity", "sick",     NULL};
    zl_tok x, y, v;
    if (!zt_word_after(z, t, wc, &x) || x.script != ZL_LAT || x.kase != ZL_LOWER ||
        !zt_only_space(z->s, t->e, x.s))
        return false;
    /* (every word of both lists ends in d, s, t, g or w: most words are answered by that) */
    unsigned char last = x.klen ? x.key[x.klen - 1] : 0;
    if ((last == 'd' || last == 's' || last == 't' || last == 'g' || last == 'w') &&
        (zl_in(&x, mind) || zl_in(&x, deeds)))
        return zt_en_lone_word(z, t, wc);
    bool called = zl_is(&x, "called"), lived = zl_in(&x, life), been = zl_in(&x, be);
    if (!called && !lived && !been) return false; /* most verbs: no need of the words after */
    bool then = zt_word_after(z, &x, wc, &y) && zt_only_space(z->s, x.e, y.s);
    bool then2 = then && zt_word_after(z, &y, wc, &v) && zt_only_space(z->s, y.e, v.s);
    if (then2 && called && zl_is(&y, "in") && zl_is(&v, "sick")) return zt_en_lone_word(z, t, wc);
    if ((zl_is(&x, "is") || zl_is(&x, "was")) && then &&
        (zl_in(&y, unwell) ||
         (then2 && (zl_is(&y, "out") || zl_is(&y, "off")) && zl_is(&v, "sick")) ||
         (then2 && zl_is(&y, "on") && zl_in(&v, away))))
        return zt_en_lone_word(z, t, wc);
    if (lived) {
        /* "passed away", not "passed the test" */
        if (zl_is(&x, "passed") && !(then && zl_is(&y, "away"))) return false;
        return zt_en_lone_word(z, t, wc);
    }
    if (!been || !then) return false;
    if (zl_is(&y, "been")) {
        if (!then2) return false;
        y = v;
    }
    return zl_in(&y, done_to) && zt_en_lone_word(z, t, wc);
}

/* A first name the tables know and no other reading (no ambiguous name, everyday word, brand or
 * place: zt_en_lone_word) as the subject right before its verb, opening its sentence or inside
 * it: "Priya is underperforming", "Kwame said the server is down", "I think Tomasz merged it".
 * A chat prompt tells of a colleague so; the weights, trained on tweets, score such a name alone
 * under the threshold, and faker's other locales' and Moby's names need a cue alone (ZL_ABROAD,
 * ZL_MOBY). A firm or a body opens sentences before these verbs as often, but the first-name
 * tables hold few. */
bool zt_en_known_opener(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    /* besides en_subject_verbs and en_acts: being, having, a state of mind */
    static const char *const verbs[] = {
        "is", "was", "has", "had", "might", "did", "does", "asks", "thought", "missed", "misses",
        "keeps", "kept", "seems", "seemed", "never", "always", "still", "isn't", "wasn't", "hasn't",
        "doesn't", "didn't", "won't", "can't", "hasnt", "isnt", "doesnt", "didnt", "wont", "cant",
        "tells", "feels", "knows", "knew", "likes", "liked", "loves", "hates", "forgot", "quit",
        "made", "gave", "took", "started", "stopped",
        /* a colleague's work ("Tomasz merged it", "Sandeep leads the integration") */
        "merged", "pushed", "fixed", "deployed", "broke", "leads", "led", "runs", "ran", "manages",
        "managed", "owns", "handles", "handled", "explained", "suggested", "noticed", "found",
        "reported", "built", "created", "decided", "prefers", "recommended", NULL};
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || !t->klen) return false;
    /* from the bytes first: a space and a lower-case letter right after t */
    if (t->e + 2 >= z->n || z->s[t->e] != ' ' || z->s[t->e + 1] < 'a' || z->s[t->e + 1] > 'z')
        return false;
    /* Moby's and the other locales' names carry ZL_WORD to be no lower-case candidates; whether
     * such a name is an everyday word zt_en_lone_word asks (zl_en_ordinary) */
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    if (!f || (f & ZL_AMBIG) || ((f & ZL_WORD) && !(f & ZL_MOBY))) return false;
    /* or inside its sentence, after a lower-case word or a sentence's opening everyday word ("I
     * think Tomasz approved it", "Yesterday Priya said"): the subject of a clause all the same */
    zl_tok p, pp, x;
    bool hp = zt_nb_word(wc, z->s, z->n, t->s, t->s > 96 ? t->s - 96 : 0, true, &p);
    if (hp && !(zl_gap(z->s, z->n, p.e, t->s) & (ZL_GAP_NL | ZL_GAP_STOP)) &&
        !(p.script == ZL_LAT && zl_gap(z->s, z->n, p.e, t->s) == ZL_GAP_SPACE &&
          (p.kase == ZL_LOWER ||
           (p.kase == ZL_TITLE && zl_en_ordinary(p.key, p.klen) &&
            (!zt_nb_word(wc, z->s, z->n, p.s, p.s > 96 ? p.s - 96 : 0, true, &pp) ||
             (zl_gap(z->s, z->n, pp.e, p.s) & (ZL_GAP_NL | ZL_GAP_STOP)))))))
        return false;
    /* the last of two subjects takes the plural ("Kwame and Sandeep are out today") */
    static const char *const plural[] = {"are",     "were",    "have",  "aren't",
                                         "weren't", "haven't", "arent", "werent",
                                         "havent",  "both",    NULL};
    return zt_word_after(z, t, wc, &x) && x.script == ZL_LAT && zt_only_space(z->s, t->e, x.s) &&
           (zl_in(&x, verbs) || zl_in(&x, en_subject_verbs) || zl_in(&x, en_acts) ||
            (hp && zl_is(&p, "and") && zl_in(&x, plural))) &&
           zt_en_lone_word(z, t, wc);
}

/* A song's guest artist: "ft. Beyonce", "feat Okafor", "featuring Kwame Mensah". */
bool zt_en_featuring(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const feat[] = {"ft", "feat", "featuring", NULL};
    zl_tok p;
    if (!zt_nb_word(wc, z->s, z->n, t->s, t->s > 16 ? t->s - 16 : 0, true, &p) ||
        p.script != ZL_LAT || p.kase != ZL_LOWER || !zl_in(&p, feat))
        return false;
    size_t i = p.e;
    if (i < t->s && z->s[i] == '.' && !zl_is(&p, "featuring")) i++;
    return zt_only_space(z->s, i, t->s) && zt_en_lone_word(z, t, wc);
}

/* Whether a field's colon stands on the line before byte i (within 160 bytes): the line is a row
 * of fields. */
static bool line_has_colon_before(const unsigned char *s, size_t i) {
    for (size_t k = i; k > 0 && i - k < 160 && s[k - 1] != '\n'; k--)
        if (s[k - 1] == ':' && k < i && s[k] == ' ') return true;
    return false;
}

/* t right after "Word: " where Word is one of `party` and opens its line, or follows an earlier
 * field of the line. */
static bool field_of_party(const zs_scan *z, const zl_tok *t, zl_wcache *wc,
                           const char *const *party, const char *const *more) {
    const unsigned char *s = z->s;
    size_t i = t->s;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i == t->s || i == 0 || s[i - 1] != ':') return false;
    zl_tok p, q;
    if (!zt_nb_word(wc, s, z->n, t->s, t->s > 32 ? t->s - 32 : 0, true, &p) || p.e != i - 1 ||
        p.script != ZL_LAT || !(zl_in(&p, party) || (more && zl_in(&p, more))))
        return false;
    /* or after an earlier field of the line and its comma, semicolon or bar ("Assignee: @tomasz.k,
     * Reporter: Ngozi Okafor", "contact: Petrova A.S.; manager: Sidorov") */
    size_t b = p.s;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    if (b > 0 && b < p.s && (s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == '|') &&
        line_has_colon_before(s, b - 1))
        return true;
    return !zt_nb_word(wc, s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &q) ||
           (zl_gap(s, z->n, q.e, p.s) & ZL_GAP_NL);
}

/* A form's or a ticket's field of one person opening its line, its value t after the colon: a
 * party's ("Patient: Nkechi Obi", zt_en_role_before's list), "Manager: Okafor", "Assigned to:
 * Okafor", "Reported by: Nakamura". */
static bool en_person_field(const zs_scan *z, const zl_tok *t, zl_wcache *wc,
                            const char *const *party) {
    static const char *const fields[] = {
        "requestor",  "submitter",   "manager",     "interviewer", "interviewee", "agent",
        "contact",    "lead",        "author",      "host",        "presenter",   "speaker",
        "organizer",  "organiser",   "coordinator", "supervisor",  "sponsor",     "recruiter",
        "teacher",    "doctor",      "physician",   "landlord",    "buyer",       "seller",
        "guarantor",  "beneficiary", "caller",      "sender",      "instructor",  "therapist",
        "advisor",    "adviser",     "mentor",      "student",     "nurse",       "guest",
        "member",     "dri",         "poc",         "rep",         "chair",       "moderator",
        "creator",    "maintainer",  "tester",      "developer",   "designer",    "analyst",
        "consultant", "trainer",     "trainee",     "intern",      "mentee",      "referee",
        "witness",    NULL};
    if (field_of_party(z, t, wc, party, fields)) return true;
    const unsigned char *s = z->s;
    size_t i = t->s;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i == t->s || i < 4 || s[i - 1] != ':') return false;
    zl_tok p, q, r;
    if (!zt_nb_word(wc, s, z->n, i - 1, i > 40 ? i - 40 : 0, true, &p) || p.e != i - 1 ||
        !(zl_is(&p, "to") || zl_is(&p, "by")) ||
        !zt_nb_word(wc, s, z->n, p.s, p.s > 24 ? p.s - 24 : 0, true, &q) ||
        !zt_only_space(s, q.e, p.s) || !zl_in(&q, zl_is(&p, "to") ? field_done_to : field_done_by))
        return false;
    return !zt_nb_word(wc, s, z->n, q.s, q.s > 64 ? q.s - 64 : 0, true, &r) ||
           (zl_gap(s, z->n, r.e, q.s) & ZL_GAP_NL);
}

/* The trades and roles news and social text put before a name ("the striker Haaland", "rapper
 * Eminem"): zt_en_role_before's cues. */
static const char *const en_roles[] = {
    "singer",       "rapper",     "actor",        "actress",     "golfer",        "striker",
    "midfielder",   "defender",   "goalkeeper",   "goalie",      "quarterback",   "pitcher",
    "coach",        "guitarist",  "drummer",      "bassist",     "pianist",       "violinist",
    "dancer",       "comedian",   "comic",        "producer",    "author",        "novelist",
    "poet",         "painter",    "photographer", "journalist",  "reporter",      "columnist",
    "blogger",      "youtuber",   "streamer",     "chef",        "athlete",       "boxer",
    "fighter",      "wrestler",   "skater",       "swimmer",     "sprinter",      "cyclist",
    "teammate",     "captain",    "lawyer",       "attorney",    "spokesman",     "spokeswoman",
    "spokesperson", "founder",    "cofounder",    "co-founder",  "legend",        "great",
    "veteran",      "rookie",     "frontman",     "vocalist",    "songwriter",    "filmmaker",
    "director",     "sculptor",   "composer",     "conductor",   "winger",        "forward",
    "playmaker",    "batsman",    "bowler",       "jockey",      "tennis",        "star",
    "superstar",    "icon",       "diva",         "drag",        "influencer",    "designer",
    "stylist",      "model",      "anchor",       "host",        "presenter",     "detective",
    "leader",       "prosecutor", "billionaire",  "businessman", "businesswoman", "tycoon",
    "oligarch",     "activist",   "dissident",    "economist",   "historian",     "astronaut",
    "entrepreneur", "officer",    "sergeant",     "lieutenant",  "constable",     "corporal",
    "trooper",      "nurse",      "priest",       "firefighter", "paramedic",     NULL};
/* offices written with a capital before the name ("Prime Minister Mensah", "Mayor Okafor");
 * the trades above may be capitalised too ("Coach Vrabel", "Defender Okoro") */
static const char *const en_offices[] = {"minister",     "mayor",      "ambassador", "secretary",
                                         "chairman",     "chairwoman", "premier",    "chancellor",
                                         "commissioner", "envoy",      "deputy",     NULL};

bool zl_en_role_word(const zl_tok *t) {
    return t->script == ZL_LAT && (zl_in(t, en_roles) || zl_in(t, en_offices));
}

/* A person's role or trade right before a lone capitalised Latin word, as news and social text
 * name people: "the striker Haaland", "rapper Eminem", "top-ranked golfer, Mensah", "jazz great
 * Caliman". The word must pass zt_en_lone_word (no everyday word, place, body or brand). */
bool zt_en_role_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    /* the people of one's own life (en_kin), after "my", "our", "your", "his", "her", "their"
     * ("my colleague Chidinma", "our intern, Oluwaseun,"): without it "the intern Database" */
    static const char *const poss[] = {"my", "our", "your", "his", "her", "their", NULL};
    /* the party a record or a case is about, capitalised where a form or a note starts with it
     * ("Patient Nkechi Obi, 34", "Candidate Thandiwe Mokoena", "tenant Okafor"), and a ticket's
     * people ("Owner: Babatunde", "Assignee: Okafor") */
    static const char *const party[] = {
        "patient",  "client",    "customer",  "tenant",    "employee", "candidate", "applicant",
        "claimant", "defendant", "plaintiff", "witness",   "suspect",  "owner",     "assignee",
        "reporter", "reviewer",  "approver",  "requester", NULL};
    zl_tok p, pp;
    bool comma, comma2;
    /* a form's field: "Customer: Priyanka Venkataraman", "Patient: Nkechi Obi" */
    if (en_person_field(z, t, wc, party)) return en_role_name(z, t, wc);
    /* an office written in capitals: en_execs ("our CEO Satya announced") */
    if (!en_word_before(z, t, wc, &p, &comma) || p.script != ZL_LAT ||
        !(p.kase == ZL_LOWER || p.kase == ZL_TITLE || (p.kase == ZL_UPPER && zl_in(&p, en_execs))))
        return false;
    /* the possessive may open the sentence: "My colleague Wanjiru thinks so" */
    bool own = p.kase == ZL_LOWER && en_kin_word(&p) && en_word_before(z, &p, wc, &pp, &comma2) &&
               !comma2 && (pp.kase == ZL_LOWER || (pp.kase == ZL_TITLE && zl_in(&pp, poss)));
    /* one word may stand between: "my former intern", "our new nanny" */
    if (own && !zl_in(&pp, poss)) {
        zl_tok q;
        own = en_word_before(z, &pp, wc, &q, &comma2) && !comma2 && zl_in(&q, poss);
    }
    bool is_party = !own && zl_in(&p, party);
    if (!own && !is_party &&
        !(zl_in(&p, en_roles) ||
          (!comma && (zl_in(&p, en_offices) || (p.kase == ZL_UPPER && zl_in(&p, en_execs))))))
        return false;
    /* a party's name ends its clause, goes on with a surname or comes before its verb; a
     * compound's noun does not ("Client Portal is down", "Customer Support will reply") */
    /* a heading or a list's item of two words: "- Client Interceptors" */
    if (is_party && p.kase == ZL_TITLE && line_end_after(z, t) &&
        (!zt_nb_word(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &pp) ||
         (zl_gap(z->s, z->n, pp.e, p.s) & ZL_GAP_NL)))
        return false;
    if (is_party && !en_clause_end(z, t)) {
        static const char *const verb[] = {
            "was",     "is",       "has",       "had",        "will",   "would", "said",
            "says",    "reported", "presented", "complained", "called", "needs", "wants",
            "arrived", "left",     "died",      "denied",     NULL};
        zl_tok x;
        if (!zt_nb_word(wc, z->s, z->n, t->e, t->e + 2 < z->n ? t->e + 2 : z->n, false, &x) ||
            !zt_only_space(z->s, t->e, x.s) ||
            !(x.kase == ZL_TITLE || (x.kase == ZL_LOWER && zl_in(&x, verb))))
            return false;
    }
    /* a word a feed cut short: "Email the author Direc..." */
    const unsigned char *e = z->s + t->e;
    size_t left = z->n - t->e;
    if ((left >= 3 && memcmp(e, "...", 3) == 0) || (left >= 3 && memcmp(e, "\xE2\x80\xA6", 3) == 0))
        return false;
    return en_role_name(z, t, wc);
}

/* A given name of the English table, Moby's or another locale's list, no ambiguous one, as a
 * capitalised word: another locale's name is flagged as a word in lower case ("Tomasz", "Petr"),
 * not written so (a chat's speaker label, a record's "Last, First"). */
bool zt_en_given_written(const zl_tok *x) {
    int f = x->klen ? zl_flags(&zl_en_first, x->key, x->klen) : 0;
    return f && !(f & ZL_AMBIG) &&
           (!(f & ZL_WORD) || ((f & (ZL_MOBY | ZL_ABROAD)) && !zl_en_ordinary(x->key, x->klen)));
}

/* A capitalised Latin word of a Slavic surname's shape (zl_en_surname_suffix: -ova, -ski, -enko,
 * -vich, -shvili …) inside an English sentence, after a lower-case word: "Send the contract to
 * Ivanova", "a reminder for Kowalski"; or opening its line before a speech verb or a first name
 * after a comma ("Ivanov said", "Ivanov, Petr"). English has few such words that are not surnames;
 * not -in, -ina ("Tipitina's", a venue). */
bool zt_en_suffix_lone(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    zl_tok p, x;
    bool comma;
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 5 || !t->klen ||
        !zl_en_surname_suffix(t->key, t->klen) || zl_ends(t, "in") || zl_ends(t, "ina"))
        return false;
    if (en_word_before(z, t, wc, &p, &comma))
        return p.kase == ZL_LOWER && p.script == ZL_LAT && zt_en_lone_word(z, t, wc);
    /* or opening its line or sentence before a speech verb or a first name after a comma
     * ("Ivanov said", "Ivanov, Petr": a form's last name first); a country of that shape is a
     * place the tables know ("Moldova": zt_en_lone_word) */
    /* (or after a number's comma: a record's "ID 4432, Sokolova, Irina") */
    size_t b = t->s;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    if (!zl_opens_at(s, t->s) && !(b >= 2 && s[b - 1] == ',' && s[b - 2] >= '0' && s[b - 2] <= '9'))
        return false;
    bool said = zt_word_after(z, t, wc, &x) && zl_in(&x, en_said_verbs);
    bool first = false;
    if (!said && t->e + 2 < z->n && s[t->e] == ',' && s[t->e + 1] == ' ' &&
        zt_nb_word(wc, s, z->n, t->e, t->e + 3 < z->n ? t->e + 3 : z->n, false, &x) &&
        x.s == t->e + 2 && x.kase == ZL_TITLE && x.script == ZL_LAT && x.klen) {
        first = zt_en_given_written(&x);
    }
    return (said || first) && zt_en_lone_word(z, t, wc);
}

/* Trades only a person has (not zt_en_role_before's "model", "host", "producer", "designer":
 * "Gemma is a small model"): zt_en_role_predicate's and the apposition's. */
static const char *const en_person_trades[] = {
    "singer",     "rapper",      "actor",      "actress",    "golfer",   "striker", "pianist",
    "guitarist",  "drummer",     "bassist",    "dancer",     "comedian", "boxer",   "vocalist",
    "songwriter", "quarterback", "goalkeeper", "footballer", "genius",   "queen",   NULL};

/* News's offices and professions that only a person holds, besides en_person_trades: the head of
 * an apposition ("Lagarde, the ECB president,", "Okafor, a senior nurse,"). Not "leader"
 * ("Arsenal, the league leader"), "boss", "owner", "maker" or "giant" (a firm is each). */
static const char *const en_person_offices[] = {
    "president",     "minister",      "chancellor",  "premier",     "spokesman",     "spokeswoman",
    "spokesperson",  "ceo",           "founder",     "co-founder",  "chairman",      "chairwoman",
    "coach",         "midfielder",    "defender",    "author",      "novelist",      "journalist",
    "lawyer",        "senator",       "governor",    "mayor",       "ambassador",    "envoy",
    "congressman",   "congresswoman", "billionaire", "businessman", "businesswoman", "entrepreneur",
    "paediatrician", "pediatrician",  "surgeon",     "physician",   "professor",     "economist",
    "historian",     "scientist",     "researcher",  "activist",    "teacher",       "nurse",
    "doctor",        "pilot",         "widow",       "grandmother", "grandfather",   NULL};

/* ", the ECB president", ", a Democrat senator", ", the former prime minister": after the
 * apposition's article (at i), up to three capitalised words or adjectives of office, then a
 * person's office or trade. */
static bool role_apposition_at(const zs_scan *z, size_t i, zl_wcache *wc) {
    static const char *const adjs[] = {"former", "new",    "current", "outgoing", "incoming",
                                       "late",   "deputy", "vice",    "acting",   "interim",
                                       "prime",  "chief",  "head",    "veteran",  "retired",
                                       "first",  "then",   "senior",  "junior",   NULL};
    const unsigned char *s = z->s;
    size_t n = z->n;
    size_t l = i + 4 <= n && memcmp(s + i, "the ", 4) == 0  ? 4
               : i + 3 <= n && memcmp(s + i, "an ", 3) == 0 ? 3
               : i + 2 <= n && memcmp(s + i, "a ", 2) == 0  ? 2
                                                            : 0;
    if (!l) return false;
    i += l;
    zl_tok x;
    for (int k = 0; k < 4 && zt_nb_word(wc, s, n, i, i + 2 < n ? i + 2 : n, false, &x) && x.s == i;
         k++) {
        if (x.script != ZL_LAT) return false;
        if (x.kase == ZL_LOWER && (zl_in(&x, en_person_offices) || zl_in(&x, en_person_trades)))
            return true;
        if (x.kase == ZL_LOWER && !zl_in(&x, adjs)) return false;
        if (x.e >= n || s[x.e] != ' ') return false;
        i = x.e + 1;
    }
    return false;
}

/* English news's appositions that only a person takes: a relative clause with "who" ("Nadal, who
 * lost to Djokovic", "Kowalski, who paid"), an age between commas ("Okonkwo, 52, a teacher") and a
 * person's role ("Lagarde, the ECB president, warned"). The word must pass zt_en_lone_word (no
 * everyday word, place, body or brand: "Microsoft, who"). */
bool zt_person_apposition(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = t->e;
    if (t->script != ZL_LAT || t->kase != ZL_TITLE || t->nlet < 3) return false;
    if (i < n && s[i] == ' ') i++; /* WNUT's re-joined tokens: "Grimm , who" */
    if (i + 2 >= n || s[i] != ',' || s[i + 1] != ' ') return false;
    i += 2;
    bool who = i + 3 <= n && memcmp(s + i, "who", 3) == 0 &&
               (i + 3 == n || !((s[i + 3] | 0x20) >= 'a' && (s[i + 3] | 0x20) <= 'z'));
    if (!who && role_apposition_at(z, i, wc)) return zt_en_lone_word(z, t, wc);
    if (!who) {
        size_t d = i;
        while (d < n && d - i < 3 && s[d] >= '0' && s[d] <= '9')
            d++;
        if (d == i || d - i > 2 || s[i] == '0') return false;
        if (d < n && s[d] == ' ') d++;
        if (d >= n || s[d] != ',') return false;
    }
    return zt_en_lone_word(z, t, wc);
}

/* Whether t's line (up to 160 bytes either side) capitalises most of its words: a headline, a
 * title or a tweet in Title Case ("Watching Space Jam Is A Good Way To Spend A Sunday"), where a
 * capital tells nothing ("Teenage Dream", "Club Penguin", "January Sale"). At least six Latin
 * words of two letters or more, not handles, tags or links' parts, of which 70 % or more begin
 * with a capital, and other scripts' words under a quarter of them (a Russian text's list of Latin
 * titles is no such line). */
bool zt_capitalised_line(const zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = t->s, b = t->e;
    while (a > 0 && t->s - a < 160 && s[a - 1] != '\n')
        a--;
    while (b < n && b - t->e < 160 && s[b] != '\n')
        b++;
    unsigned words = 0, caps = 0, other = 0;
    zl_tok w;
    for (size_t i = a; i < b && zl_next_word(s, n, i, b, &w); i = w.e > i ? w.e : i + 1) {
        if (w.script != ZL_LAT) other += w.nlet >= 2;
        if (w.script != ZL_LAT || w.nlet < 2) continue;
        if (w.s > 0 && (s[w.s - 1] == '@' || s[w.s - 1] == '#' || s[w.s - 1] == '/' ||
                        s[w.s - 1] == '.' || s[w.s - 1] == '_'))
            continue;
        words++;
        caps += w.kase != ZL_LOWER;
    }
    return words >= 6 && other * 4 < words && caps * 10 >= words * 7;
}

bool zl_tagger_title_filler(const zs_scan *z, const zl_tok *t, const zl_tok *x) {
    return x->script == ZL_LAT && x->kase == ZL_TITLE && x->klen &&
           zl_en_ordinary(x->key, x->klen) && !zl_flags(&zl_en_first, x->key, x->klen) &&
           !zl_flags(&zl_en_last, x->key, x->klen) && zt_capitalised_line(z, t);
}

/* Where an age right before t starts ("year" of "a 3-year-old Penny", "my 5 year old Kwame",
 * "our 7 yr old Liam"), or 0. */
static size_t en_age_before(const zs_scan *z, const zl_tok *t) {
    static const char *const ages[] = {"year old", "year-old", "yr old", "yr-old", NULL};
    const unsigned char *s = z->s;
    for (int k = 0; ages[k]; k++) {
        size_t l = strlen(ages[k]);
        if (t->s < l + 3 || s[t->s - 1] != ' ') continue;
        size_t a = t->s - 1 - l;
        bool same = true;
        for (size_t j = 0; j < l && same; j++)
            same = (s[a + j] | 0x20) == (unsigned char)ages[k][j];
        if (same && (s[a - 1] == ' ' || s[a - 1] == '-') && s[a - 2] >= '0' && s[a - 2] <= '9')
            return a;
    }
    return 0;
}

/* Whether an age stands right before t (en_age_before). */
bool zt_en_age_before(const zs_scan *z, const zl_tok *t) {
    return en_age_before(z, t) != 0;
}

/* "a 5-year-old Kwame", "my 3 yr old Liam": after an age, a word the name tables know, or an
 * unknown one after a lower-case age ("Has A 14-Year-Old Stalker" is a headline's) that no
 * lower-case noun follows ("a 19-year-old Syrian woman"). */
bool zt_en_age_named(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    size_t a = en_age_before(z, t);
    if (!a || !zt_en_lone_word(z, t, wc)) return false;
    if (zl_flags(&zl_en_first, t->key, t->klen) || zl_flags(&zl_en_last, t->key, t->klen) ||
        zl_flags(&zl_abroad_last, t->key, t->klen))
        return true;
    const unsigned char *s = z->s;
    bool noun_after = t->e + 1 < z->n && s[t->e] == ' ' && s[t->e + 1] >= 'a' && s[t->e + 1] <= 'z';
    return s[a] == 'y' && !noun_after;
}

/* A person as the first of a verb's two objects: "give Wojciech a bad review", "send Okafor the
 * file", "tell Thandiwe the truth", "buy Saoirse a gift" (one gives a thing to someone). The word
 * passes zt_en_lone_word or is a name a table knows and no list calls ambiguous. */
bool zt_en_first_object(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const verbs[] = {
        "give",     "gives", "gave",    "giving",  "send",   "sends", "sent",    "show",
        "showed",   "shown", "offer",   "offered", "pay",    "paid",  "buy",     "bought",
        "tell",     "tells", "told",    "owe",     "owes",   "lend",  "lent",    "teach",
        "taught",   "ask",   "asked",   "wish",    "wished", "hand",  "handed",  "promise",
        "promised", "email", "emailed", "text",    "texted", "grant", "granted", NULL};
    static const char *const det[] = {"a",     "an",    "the",  "some", "my",   "his",
                                      "her",   "their", "our",  "your", "this", "that",
                                      "these", "those", "more", "any",  NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, e = t->e;
    /* from the bytes first: a space after t, then a lower-case word of five letters or fewer
     * that starts as one of det's does, and a space */
    if (e + 3 > n || s[e] != ' ') return false;
    unsigned char c = s[e + 1];
    if (c != 'a' && c != 't' && c != 's' && c != 'm' && c != 'h' && c != 'o' && c != 'y')
        return false;
    size_t j = e + 1;
    while (j < n && j - e <= 6 && s[j] >= 'a' && s[j] <= 'z')
        j++;
    if (j >= n || s[j] != ' ' || j - e - 1 > 5) return false;
    zl_tok p, x;
    bool comma;
    if (!zt_word_after(z, t, wc, &x) || x.s != e + 1 || !zl_in(&x, det)) return false;
    if (!en_word_before(z, t, wc, &p, &comma) || comma || p.kase != ZL_LOWER || !zl_in(&p, verbs))
        return false;
    /* what one does with a thing: "give Xanax a try", "give Rust a go" */
    static const char *const trial[] = {"try",  "shot",  "go",   "whirl",  "spin", "listen",
                                        "read", "watch", "test", "chance", NULL};
    zl_tok y;
    if (zt_word_after(z, &x, wc, &y) && zt_only_space(s, x.e, y.s) && zl_in(&y, trial))
        return false;
    if (zt_en_lone_word(z, t, wc)) return true;
    int f = t->kase == ZL_TITLE && t->klen ? zl_flags(&zl_en_first, t->key, t->klen) : 0;
    return f && !(f & ZL_AMBIG) && zt_latin_only(s, n, t);
}

/* A person between a verb and its particle: "pick Thandiwe up from school", "drop Kowalczyk off",
 * "call Okafor back" (a thing between them is "it"). The word is one zt_en_lone_word admits (a
 * name the tables know is the weights' and the other cues'). */
bool zt_en_phrasal_object(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const verbs[] = {
        "pick",  "picks",   "picked",  "picking", "drop",   "drops",   "dropped", "dropping",
        "wake",  "wakes",   "woke",    "waking",  "call",   "calls",   "called",  "calling",
        "text",  "texted",  "texting", "cheer",   "cheers", "cheered", "hook",    "hooked",
        "bring", "brought", "walk",    "walked",  "drive",  "drove",   NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, e = t->e;
    /* from the bytes first: " up", " off" or " back" and no letter after it */
    if (e + 3 > n || s[e] != ' ') return false;
    size_t l = !memcmp(s + e + 1, "up", 2)                   ? 2
               : e + 4 <= n && !memcmp(s + e + 1, "off", 3)  ? 3
               : e + 5 <= n && !memcmp(s + e + 1, "back", 4) ? 4
                                                             : 0;
    if (!l || (e + 1 + l < n && ascii_letter(s[e + 1 + l]))) return false;
    zl_tok p;
    bool comma;
    if (!en_word_before(z, t, wc, &p, &comma) || comma || p.kase != ZL_LOWER || !zl_in(&p, verbs))
        return false;
    return zt_en_lone_word(z, t, wc);
}

/* "Eminem is the best rapper", "Adele was a great singer": a lone unknown word, then "is",
 * "was" or "'s" and, within five lower-case words, a trade only a person has (not
 * zt_en_role_before's "model", "host", "producer", "designer": "Gemma is a small model"). */
bool zt_en_role_predicate(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = t->e;
    if (i + 4 < n && memcmp(s + i, " is ", 4) == 0)
        i += 4;
    else if (i + 5 < n && memcmp(s + i, " was ", 5) == 0)
        i += 5;
    else if (i + 3 < n && memcmp(s + i, "'s ", 3) == 0)
        i += 3;
    else
        return false;
    zl_tok x;
    for (int k = 0; k < 5 && zt_nb_word(wc, s, n, i, i + 2 < n ? i + 2 : n, false, &x) && x.s == i;
         k++) {
        if (x.kase != ZL_LOWER || x.script != ZL_LAT) return false;
        if (zl_in(&x, en_person_trades)) return zt_en_lone_word(z, t, wc);
        if (x.e >= n || s[x.e] != ' ') return false;
        i = x.e + 1;
    }
    return false;
}

/* Whether a lone Latin word stands where English puts a place: right after "in", or after "to",
 * "from" that follow a word of going or being away ("time in Harrison", "back to Kent", "headed
 * to Davidson", "back from Verona"). A person after them has a cue of its own ("talked to Kent"). */
bool zt_en_place_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const away[] = {
        "back",   "headed",     "heading",   "going",   "went",    "moving",   "moved", "trip",
        "flight", "flying",     "flew",      "drive",   "driving", "drove",    "road",  "way",
        "travel", "travelling", "traveling", "welcome", "return",  "returned", "home",  "bus",
        "train",  "visit",      "move",      "get",     "got",     "arrived",  NULL};
    zl_tok p, pp;
    bool comma;
    /* "in Harrison's office": a possessive is a person's */
    if (zl_ends(t, "'s") || (t->e < z->n && (z->s[t->e] == '\'' || z->s[t->e] == 0xE2)))
        return false;
    if (!en_word_before(z, t, wc, &p, &comma) || comma || p.script != ZL_LAT || p.kase != ZL_LOWER)
        return false;
    if (zl_is(&p, "in")) return !let_in_before(z, &p, wc);
    if (!zl_is(&p, "to") && !zl_is(&p, "from")) return false;
    return en_word_before(z, &p, wc, &pp, &comma) && !comma && zl_in(&pp, away);
}

/* "won an Oscar", "we need an Alexa", "ask a Karen": a name after the indefinite article is a
 * thing or a kind named after someone, not someone. */
bool zt_en_article_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    zl_tok p;
    bool comma;
    return en_word_before(z, t, wc, &p, &comma) && !comma && p.script == ZL_LAT &&
           (zl_is(&p, "a") || zl_is(&p, "an"));
}

bool zl_en_chat_cue_word(const zl_tok *t) {
    return t->script == ZL_LAT && en_chat_cue(t, false);
}

bool zl_en_article_before(zs_scan *z, const zl_tok *t) {
    return t->script == ZL_LAT && zt_en_article_before(z, t, z->sc ? z->sc->wc : NULL);
}

bool zl_en_place_before(zs_scan *z, const zl_tok *t) {
    return t->script == ZL_LAT && zt_en_place_before(z, t, z->sc ? z->sc->wc : NULL);
}

/* Whether a name table knows some word of [a, b) as a name that is no everyday word. */
bool zt_known_name_in(const zs_scan *z, size_t a, size_t b) {
    zl_tok w;
    for (size_t i = a; i < b && zl_next_word(z->s, z->n, i, b, &w); i = w.e > i ? w.e : i + 1) {
        if (!w.klen || w.script != ZL_LAT) continue;
        int f = zl_flags(&zl_en_first, w.key, w.klen), l = zl_flags(&zl_en_last, w.key, w.klen);
        if ((f && !(f & (ZL_WORD | ZL_AMBIG))) || (l && !(l & (ZL_WORD | ZL_AMBIG)))) return true;
    }
    return false;
}

/* A word of the -ing form no everyday list holds ("Photoshopping Kerri"); not "Ming", "Ying". */
static bool gerund(const zl_tok *t) {
    return t->nlet > 4 && zl_ends(t, "ing");
}

/* Two capitalised Latin words that no table knows, side by side in English text, where a
 * person's full name stands: "I met Ngozi Okafor yesterday", "Wojciech Nowak sent the invoice".
 * The weights learned English from tweets and score such a pair far under the threshold. Each word
 * must pass zt_en_lone_word (no everyday word, place, body, brand or month), the pair stands alone
 * (no third capitalised word, nothing glued), and either a lower-case word that is no article or
 * place preposition comes right before it ("in Buenos Aires", "the Esprima Parser" are not
 * persons) or a chat cue of zt_en_cue_before does ("talked to", `cued`), or it opens its sentence
 * before a verb a person does ("will join", "sent"). Sets *x to the second word. */
/* A surname of two or three letters after an unknown first name ("Chidinma Eze", "Wei Li",
 * "Kenji Ito"), which zt_en_lone_word leaves to longer words: ASCII letters only (not "I'm"), no
 * everyday word, body, month or street word ("Chidinma And", "Acme Inc", "Main St"). */
static bool short_surname(const zs_scan *z, const zl_tok *x) {
    return x->script == ZL_LAT && x->kase == ZL_TITLE && x->nlet >= 2 && x->nlet <= 3 && x->klen &&
           x->nlet == x->klen && !zl_en_ordinary(x->key, x->klen) && !zl_en_org(x) &&
           !zl_flags(&zl_en_notlone, x->key, x->klen) && !zl_person_calendar(x) &&
           zl_find(&zl_en_street, x->key, x->klen) < 0 && zt_latin_only(z->s, z->n, x);
}

bool zt_en_unknown_pair(const zs_scan *z, const zl_tok *t, zl_wcache *wc, bool cued, zl_tok *x) {
    static const char *const not_before[] = {
        "the",    "a",       "an",      "in",        "at",      "to",       "from",    "near",
        "via",    "into",    "of",      "around",    "across",  "visit",    "visited", "visiting",
        "toward", "towards", "on",      "onto",      "through", "flew",     "fly",     "moved",
        "move",   "live",    "lives",   "lived",     "living",  "downtown", "like",    "use",
        "using",  "used",    "install", "installed", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n;
    /* a region's or a place's first word ("West Nile", "East Timor", "Upper Volta"), which the
     * name tables keep as surnames */
    static const char *const region[] = {"north",    "south",   "east",    "west",    "northern",
                                         "southern", "eastern", "western", "central", "upper",
                                         "lower",    "great",   "greater", "new",     "old",
                                         "saint",    "little",  "grand",   NULL};
    /* from the bytes first: most words have no capitalised word right after them */
    if (t->script != ZL_LAT || !zt_title_like(z, t) || t->e + 1 >= n || s[t->e] != ' ' ||
        !((s[t->e + 1] >= 'A' && s[t->e + 1] <= 'Z') || s[t->e + 1] >= 0xC3))
        return false;
    if (!zt_nb_word(wc, s, n, t->e, t->e + 2 < n ? t->e + 2 : n, false, x) ||
        !zt_only_space(s, t->e, x->s) || x->s - t->e != 1 || x->script != ZL_LAT ||
        !zt_title_like(z, x) || gerund(x) || zl_in(t, region) || gerund(t))
        return false;
    /* glued on: "Foo-Bar", "Foo.js", "Foo's" is fine only as a possessive (zt_en_lone_word) */
    if (x->e < n && (s[x->e] == '-' || s[x->e] == '@' || s[x->e] == '_' ||
                     (s[x->e] == '.' && x->e + 1 < n && s[x->e + 1] != ' ' && s[x->e + 1] != '\n')))
        return false;
    zl_tok p, y;
    bool comma;
    bool after = cued || (en_word_before(z, t, wc, &p, &comma) && !comma && p.script == ZL_LAT &&
                          p.kase == ZL_LOWER && !zl_in(&p, not_before));
    /* a list of full names: "Chen Wei, Olafur Arnalds" after a found name of two words or more */
    if (!after && t->s >= 2 && s[t->s - 1] == ' ' && s[t->s - 2] == ',') {
        const zs_cand *c = zt_person_ending_at(z, t->s - 2);
        after = c && memchr(s + c->start, ' ', c->end - c->start) != NULL;
    }
    /* "Did Ngozi Okafor sign the contract?"; not "Will Buenos Aires host the games?" */
    bool asked = !after && question_ahead(z, t) && en_question_aux(z, t, wc);
    bool opens = false;
    if (!after && !asked) {
        size_t plim = t->s > 96 ? t->s - 96 : 0;
        unsigned g =
            zt_nb_word(wc, s, n, t->s, plim, true, &p) ? zl_gap(s, n, p.e, t->s) : ZL_GAP_NL;
        opens = (g & (ZL_GAP_NL | ZL_GAP_STOP)) != 0;
    }
    if (!after && !opens && !asked) return false;
    bool next = zt_nb_word(wc, s, n, x->e, x->e + 96 < n ? x->e + 96 : n, false, &y);
    if (next && y.script == ZL_LAT && y.kase != ZL_LOWER && zt_only_space(s, x->e, y.s))
        return false;
    if (asked && !(next && zt_only_space(s, x->e, y.s) && zl_in(&y, en_acts))) return false;
    if (!asked && opens &&
        !(next && zt_only_space(s, x->e, y.s) && y.kase == ZL_LOWER && zl_in(&y, en_subject_verbs)))
        return false;
    return zt_en_lone_word(z, t, wc) && (zt_en_lone_word(z, x, wc) || short_surname(z, x));
}
