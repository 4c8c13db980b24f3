/* tagger_chat.c — the person-name tagger's forms of pasted text: a chat log's speaker labels and
 * its apps' message headers, a mail's header block («От:», "From:"), a Russian letter's closing,
 * @mentions in a work chat or a tracker. decide() in tagger.c asks them; tagger_rules.h lists
 * them. */
#include <string.h>

#include "recognize/tagger_rules.h"

/* The roles a transcript labels its other speakers with: only people talk under them, so the
 * capitalised label no table knows beside them is a person's ("Interviewer: Hello.\nJansen:
 * Thanks for having me."). Not "Host:" or "Agent:", a config's and a log's keys. */
static const char *const transcript_roles[] = {
    "interviewer",   "interviewee", "moderator",  "reporter", "journalist",
    "customer",      "client",      "patient",    "doctor",   "therapist",
    "caller",        "interpreter", "интервьюер", "ведущий",  "ведущая",
    "корреспондент", "журналист",   "клиент",     "клиентка", "пациент",
    "пациентка",     "врач",        "доктор",     "оператор", "покупатель",
    "следователь",   "психолог",    NULL};

/* The label of a line "Label: text": 1-3 capitalised words of one script from the line's start
 * (spaces before them only) to a colon, a space and more text. *end is the last word's end;
 * *known: a first-name table knows its first word (no ambiguous name: not "Swift", "Will");
 * *plain: that word is an everyday word or a brand ("User", "Note", «Клиент», "Redis"); *role: a
 * plain one of transcript_roles ("Interviewer", «Врач»). */
static bool label_line(const zs_scan *z, size_t at, zl_wcache *wc, size_t *end, bool *known,
                       bool *plain, bool *role) {
    const unsigned char *s = z->s;
    size_t n = z->n, i = at;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    zl_tok w;
    if (!zt_nb_word(wc, s, n, i, i + 64 < n ? i + 64 : n, false, &w) || w.s != i ||
        w.kase != ZL_TITLE || w.nlet < 2 || !w.klen)
        return false;
    uint32_t c = zt_wclass(wc, &w);
    *known = (c & (ZL_LX_NAME_M | ZL_LX_NAME_F | C_RU_FIRST | C_EN_FIRST)) && !(c & C_AMBIG);
    if (!*known &&
        w.script == ZL_LAT) { /* Moby's names too ("Priya"), which zt_wclass leaves out */
        *known = zt_en_given_written(&w);
    }
    *plain =
        !*known && (zt_ordinary_word(&w) || (w.script == ZL_LAT && zl_en_ordinary(w.key, w.klen)) ||
                    zl_brand_flags(w.key, w.klen));
    *role = *plain && zl_in(&w, transcript_roles);
    for (int k = 0; k < 3; k++) {
        if (w.e < n && s[w.e] == ':') {
            /* what the speaker said follows on the same line (not a heading: "Transcript:") */
            *end = w.e;
            return w.e + 2 < n && s[w.e + 1] == ' ' && s[w.e + 2] != '\n' && s[w.e + 2] != '\r';
        }
        zl_tok x;
        if (!zt_nb_word(wc, s, n, w.e, w.e + 2 < n ? w.e + 2 : n, false, &x) || x.s != w.e + 1 ||
            s[w.e] != ' ' || x.kase != ZL_TITLE || x.script != w.script)
            return false;
        w = x;
    }
    return false;
}

/* The bytes' test before label_line: a capital (ASCII or Cyrillic) opens the line at i and a colon
 * comes before its end within 64 bytes. */
static bool colon_soon(const unsigned char *s, size_t i, size_t hi) {
    if (i >= hi || !((s[i] >= 'A' && s[i] <= 'Z') || s[i] == 0xD0)) return false;
    size_t lim = i + 64 < hi ? i + 64 : hi;
    for (size_t j = i; j < lim && s[j] != '\n'; j++)
        if (s[j] == ':') return true;
    return false;
}

/* A speaker's label in a transcript or a chat log ("Okafor: I think we should ship it.\nPriya:
 * Agreed."): t opens a label line, and within 2 KB around it at least one other label line has a
 * different label, and t's own or another label is a name the tables know (a log of "Kotlin:",
 * "Swift:" names no person). The label is taken whatever it scores; a field's label ("From:",
 * "Subject:"), an everyday word, an assistant's name or a brand is not. *upto: the label's end. */
/* Whether bytes hold «ё» (D1 91): «Тёма» is Артём's short name, «Тема» a mail's subject. */
static bool has_yo(const unsigned char *p, size_t len) {
    for (size_t i = 0; i + 1 < len; i++)
        if (p[i] == 0xD1 && p[i + 1] == 0x91) return true;
    return false;
}

/* Where a chat log's line, starting at i, has its speaker's label: past a time stamp ("[10:02]
 * ", "[04.03.24, 10:02:11] ", "04/03/2024, 10:02 - ", "10:02 "), or i itself if none. */
static size_t after_stamp(const unsigned char *s, size_t n, size_t i) {
    size_t k = i;
    bool colon = false, digit = false, bracket = k < n && s[k] == '[';
    if (bracket) k++;
    while (k < n && k - i < 32 &&
           ((s[k] >= '0' && s[k] <= '9') || s[k] == ':' || s[k] == '.' || s[k] == '/' ||
            s[k] == ',' || s[k] == ' ' || (bracket && s[k] && strchr("-APMapm", s[k])))) {
        colon = colon || s[k] == ':';
        digit = digit || (s[k] >= '0' && s[k] <= '9');
        k++;
    }
    if (!colon || !digit) return i;
    if (bracket) {
        if (k >= n || s[k] != ']') return i;
        k++;
    } else if (k + 1 < n && s[k] == '-' && s[k + 1] == ' ') {
        k += 2; /* "04/03/2024, 10:02 - " */
    } else if (s[k - 1] != ' ') {
        return i;
    }
    while (k < n && s[k] == ' ')
        k++;
    return k;
}

bool zt_speaker_label(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = t->s, end;
    bool known, plain, role;
    while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
        a--;
    if (a > 0 && s[a - 1] != '\n' &&
        (s[a - 1] == ']' || s[a - 1] == '-' || (s[a - 1] >= '0' && s[a - 1] <= '9'))) {
        /* a chat export's line: a time stamp before the label ("[10:02] Tomasz: …") */
        size_t ls = a;
        while (ls > 0 && s[ls - 1] != '\n' && a - ls < 40)
            ls--;
        if ((ls == 0 || s[ls - 1] == '\n') && ls < a && after_stamp(s, n, ls) == t->s) a = t->s;
    }
    /* a mail header's and a form's labels, some of which are names too («Тема», Артём's) */
    static const char *const fields[] = {"от",      "кому", "тема", "копия", "дата",
                                         "subject", "from", "to",   "cc",    "date",
                                         "sent",    "re",   "fw",   "fwd",   NULL};
    if ((a > 0 && s[a - 1] != '\n' && a != t->s) || !colon_soon(s, t->s, n) ||
        !label_line(z, a, wc, &end, &known, &plain, &role) || plain || zl_ai_name(t) ||
        zl_person_calendar(t) || (zl_in(t, fields) && !has_yo(s + t->s, t->e - t->s)))
        return false; /* «Тёма:» is Артём, «Тема:» a subject */
    /* a label no first-name table knows needs a log of names or of a transcript's roles, and no
     * other everyday word or brand among the other labels ("Redis: cache\nPostgres: db\nAnna:
     * owner") */
    bool other = false, named = known, mixed = false;
    size_t lo = a > 2048 ? a - 2048 : 0, hi = end + 2048 < n ? end + 2048 : n;
    for (size_t i = lo; i < hi && !(known && other);) {
        size_t e2;
        bool k2, p2, r2;
        size_t li = i == 0 || s[i - 1] == '\n' ? after_stamp(s, hi, i) : i;
        if (li != a && (i == 0 || s[i - 1] == '\n') && colon_soon(s, li, hi) &&
            label_line(z, li, wc, &e2, &k2, &p2, &r2) &&
            (e2 - li != end - a || memcmp(s + li, s + a, end - a) != 0)) {
            other = true;
            named = named || k2 || r2;
            mixed = mixed || (p2 && !r2);
        }
        const unsigned char *nl = memchr(s + i, '\n', hi - i);
        if (!nl) break;
        i = (size_t)(nl - s) + 1;
    }
    if (!other || !named || (!known && mixed)) return false;
    *upto = end;
    return true;
}

/* The name under a Russian letter's closing: «С уважением,\nНгози Окафор», «Спасибо,\nТомаш
 * Ковальски», «С уважением, Окафор Н.»: t opens the run after the closing, its comma and a line
 * break (or the comma and a space); the run of capitalised Cyrillic words (and initials) ends its
 * line or a comma follows it, and no word of it is an ordinary word, a place or a brand the
 * tables know as no name («С уважением,\nКоманда Яндекса», «Администрация»). The weights score a
 * foreign name no table knows far under the threshold there. *upto: the run's end. */
bool zt_ru_signoff_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    static const char *const closing[] = {"уважением", "пожеланиями", "благодарностью",   "спасибо",
                                          "доброго",   "приветом",    "признательностью", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, b = t->s;
    /* from the bytes first: a line break or ", " right before t */
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r' || s[b - 1] == '\t'))
        b--;
    if (t->script != ZL_CYR || b == 0 || (s[b - 1] != '\n' && s[b - 1] != ',')) return false;
    if (s[b - 1] == '\n') {
        b--;
        while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r'))
            b--;
    }
    if (b > 0 && s[b - 1] == ',') b--;
    /* the closing's last letter first: «м», «и», «ю», «о» */
    if (b < 2 ||
        !((s[b - 2] == 0xD0 && (s[b - 1] == 0xBC || s[b - 1] == 0xB8 || s[b - 1] == 0xBE)) ||
          (s[b - 2] == 0xD1 && s[b - 1] == 0x8E)))
        return false;
    zl_tok p;
    if (!zt_nb_word(wc, s, n, b, b > 48 ? b - 48 : 0, true, &p) || p.e != b || !zl_in(&p, closing))
        return false;
    size_t e = zt_caps_run_end(z, t, wc);
    /* initials after the surname: «Окафор Н.», «Окафор Н. Б.» */
    for (int k = 0; k < 2 && e + 3 < n && s[e] == ' ' && (s[e + 1] == 0xD0 || s[e + 1] == 0xD1) &&
                    s[e + 3] == '.';
         k++)
        e += 4;
    if (e < n && s[e] == '.' && e >= 3 && s[e - 3] == ' ') e++; /* the run's own last initial */
    size_t i = e;
    while (i < n && (s[i] == ' ' || s[i] == '\r'))
        i++;
    if (i < n && s[i] != '\n' && s[i] != ',') return false;
    zl_tok w = *t;
    for (;;) {
        if (w.script != ZL_CYR) return false;
        uint32_t c = zt_wclass(wc, &w);
        bool known = c & NAME_CLASSES;
        if (!known && (zt_ordinary_word(&w) || (c & (ZL_LX_PLACE | ZL_LX_COMMON | ZL_LX_NOTNAME)) ||
                       zl_brand_flags(w.key, w.klen) || zt_org_compound(&w)))
            return false;
        if (!zt_nb_word(wc, s, n, w.e, e, false, &w) || w.nlet < 2) break;
    }
    *upto = e;
    return true;
}

/* Whether the line at i opens (past spaces) with one of the labels (each with its colon; ASCII
 * letters in either case, Cyrillic ones as listed): a mail header block's "Subject:", «Тема:». */
static bool line_label(const unsigned char *s, size_t n, size_t i, const char *const *labels) {
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    for (int k = 0; labels[k]; k++) {
        const unsigned char *l = (const unsigned char *)labels[k];
        size_t j = 0;
        while (l[j] && i + j < n &&
               (s[i + j] == l[j] || (l[j] >= 'a' && l[j] <= 'z' && (s[i + j] | 0x20) == l[j])))
            j++;
        if (!l[j]) return true;
    }
    return false;
}

/* Whether a first-name table knows w (another locale's and Moby's Latin names too). */
static bool first_name_word(const zl_tok *w, zl_wcache *wc) {
    if (zt_wclass(wc, w) & (C_RU_FIRST | C_EN_FIRST | ZL_LX_NAME_M | ZL_LX_NAME_F)) return true;
    return w->script == ZL_LAT && w->klen && zl_flags(&zl_en_first, w->key, w->klen);
}

/* A name in a mail's header block pasted with the mail: "From: Okafor, Ngozi", "To: Nakamura,
 * Yuki; Okafor, Ngozi", «От: Окафор Нгози»: t follows the colon, a comma or a semicolon of a line
 * opening with From, To, Cc, Bcc, «От», «Кому», «Копия», and a line of the block within 512 bytes
 * opens with Subject, Sent, Date, «Тема», «Отправлено», «Дата». The name is t's run of
 * capitalised words, each a name the tables know or no everyday word or brand ("From: Microsoft
 * Outlook", «От: Служба поддержки» stay); *upto: its end. */
bool zt_mail_header_name(zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    static const char *const fields[] = {"from", "to", "cc", "bcc", "от", "кому", "копия", NULL};
    static const char *const block[] = {"subject:",    "sent:",       "date:", "тема:", "Тема:",
                                        "отправлено:", "Отправлено:", "дата:", "Дата:", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, b = t->s;
    /* from the bytes first: a colon, a comma, a semicolon or a quote before t */
    while (b > 0 && s[b - 1] == ' ')
        b--;
    if (b == 0 || !(s[b - 1] == ':' || s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == '"'))
        return false;
    /* then the text's lines, once a scan: most texts have no mail header block */
    if (!z->mail_block) {
        z->mail_block = 1;
        for (size_t i = 0; i < n && z->mail_block == 1;) {
            /* a line's first letter first: S, D, «Т», «О», «Д» in either case */
            unsigned char c = s[i], d = i + 1 < n ? s[i + 1] : 0;
            bool maybe =
                (c | 0x20) == 's' || (c | 0x20) == 'd' || c == ' ' || c == '\t' ||
                (c == 0xD0 && (d == 0xA2 || d == 0x9E || d == 0xBE || d == 0x94 || d == 0xB4)) ||
                (c == 0xD1 && d == 0x82);
            if (maybe && line_label(s, n, i, block)) z->mail_block = 2;
            const unsigned char *nl = memchr(s + i, '\n', n - i);
            if (!nl) break;
            i = (size_t)(nl - s) + 1;
        }
    }
    if (z->mail_block != 2) return false;
    /* the line: read once for all its words (the word pass asks in the text's order) */
    if (!(z->mail_le > t->s && z->mail_ls <= t->s)) {
        size_t ls = b;
        while (ls > 0 && s[ls - 1] != '\n' && b - ls < 256)
            ls--;
        const unsigned char *nl = memchr(s + t->s, '\n', n - t->s);
        z->mail_ls = ls;
        z->mail_le = nl ? (size_t)(nl - s) : n;
        z->mail_line = false;
        zl_tok f;
        bool field = (ls == 0 || s[ls - 1] == '\n') && zt_nb_word(wc, s, n, ls, t->s, false, &f) &&
                     zl_in(&f, fields) && f.e < n && s[f.e] == ':';
        for (size_t i = ls; field && i < f.s; i++)
            field = s[i] == ' ' || s[i] == '\t';
        /* the block's other lines: up to 512 bytes around */
        size_t lo = ls > 512 ? ls - 512 : 0, hi = ls + 512 < n ? ls + 512 : n;
        for (size_t i = lo; field && i < hi && !z->mail_line;) {
            if ((i == 0 || s[i - 1] == '\n') && i != ls) z->mail_line = line_label(s, n, i, block);
            const unsigned char *q = memchr(s + i, '\n', hi - i);
            if (!q) break;
            i = (size_t)(q - s) + 1;
        }
    }
    if (!z->mail_line) return false;
    size_t e = zt_caps_run_end(z, t, wc);
    zl_tok w = *t;
    for (;;) {
        bool known = (zt_wclass(wc, &w) & NAME_CLASSES) ||
                     (w.script == ZL_LAT && w.klen && zl_flags(&zl_en_first, w.key, w.klen));
        bool plain = w.script == ZL_LAT
                         ? w.klen && (zl_en_ordinary(w.key, w.klen) || zl_en_brand(w.key, w.klen) ||
                                      zl_flags(&zl_en_notlone, w.key, w.klen))
                         : zt_ordinary_word(&w) || zl_brand_flags(w.key, w.klen);
        if (!known && plain) return false;
        if (w.e >= e || !zt_nb_word(wc, s, n, w.e, e, false, &w)) break;
    }
    /* Outlook's "Okafor, Ngozi": a surname alone, its comma and a first name the tables know,
     * then the item's end, are one person ("Ngozi, Tomasz" are two) */
    zl_tok g;
    if (e == t->e && e + 2 < n && s[e] == ',' && s[e + 1] == ' ' &&
        zt_nb_word(wc, s, n, e, e + 4 < n ? e + 4 : n, false, &g) && g.s == e + 2 &&
        g.kase == ZL_TITLE && g.script == t->script && zt_caps_run_end(z, &g, wc) == g.e &&
        (g.e >= n || s[g.e] == ';' || s[g.e] == '\n' || s[g.e] == '\r' ||
         (s[g.e] == ' ' && g.e + 1 < n && s[g.e + 1] == '<')) &&
        !first_name_word(t, wc) && first_name_word(&g, wc))
        e = g.e;
    *upto = e;
    return true;
}

static bool ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Where a handle that starts at i ends: letters, digits, '_', and '.' or '-' between them
 * ("@tomasz.k", "@ngozi-o"; not a sentence's full stop after it). */
size_t zt_handle_end(const unsigned char *s, size_t n, size_t i) {
    while (i < n && (ascii_alnum(s[i]) || s[i] == '_' ||
                     ((s[i] == '.' || s[i] == '-') && i + 1 < n && ascii_alnum(s[i + 1]))))
        i++;
    return i;
}

/* A colleague's mention in a work chat or a tracker, whatever the weights say of the word
 * ("ping @okafor", "Reviewer: @okafor", "@okafor can you review?", "Hey @okafor, …"): the '@'
 * word after a work chat's cue or a tracker's field, or opening its line before a comma, a colon,
 * a possessive or a request. Not a decorator's, an at-rule's or a doc tag's word ("@media
 * screen", "@param name"), an npm scope ("@types/node"), a call ("@app.route(") or an attribute
 * ("@click="). Tweets' replies and lists of handles ("@a @b I know", "thanks @a for the follow")
 * are left to the weights: WNUT-17 labels no handle there (wnut17_train: 1 handle more, 14
 * false spans, against 396 when a greeting, "to", "with", "and" or another handle cued). */
/* A work chat's handle shaped like a person's name, t its first word, e its end: a first name the
 * tables know as no everyday word, a dot, and a word of letters that is no everyday word (a
 * surname, known or not) or an initial, and nothing more ("@maria.lopez", "@anna.k"; not
 * "@jquery.min", "@will.change", "@john.doe"). Slack's and Teams' handles are written so, and
 * such a handle names its owner wherever it stands ("Send a Slack message to @maria.lopez").
 * Not "_": a tweet's "RT @andy_murray:" is no mention a person is named by (wnut17_train labels
 * none of 11 such handles). */
static bool name_handle(const zs_scan *z, const zl_tok *t, size_t e) {
    const unsigned char *s = z->s;
    size_t n = z->n, sep = t->e;
    if (sep + 2 > e || s[sep] != '.') return false;
    int f = zl_flags(&zl_en_first, t->key, t->klen);
    if (!f || (f & (ZL_WORD | ZL_AMBIG))) return false;
    zl_tok x;
    if (!zl_next_word(s, n, sep + 1, e, &x) || x.s != sep + 1 || x.e != e || x.script != ZL_LAT ||
        x.kase != ZL_LOWER || !x.klen)
        return false;
    for (size_t i = x.s; i < x.e; i++)
        if (s[i] < 'a' || s[i] > 'z') return false; /* letters only: not "@anna.v2" */
    return x.nlet == 1 || (x.nlet >= 3 && !zl_en_ordinary(x.key, x.klen));
}

static bool mention_shape(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const cue[] = {
        "cc",       "ping",      "pinged",   "ask",    "asked", "assign",  "assigned",
        "reviewer", "reviewers", "assignee", "owner",  "attn",  "спасибо", "попроси",
        "спроси",   "передай",   "пингани",  "thanks", "thx",   "ty",      "congrats",
        "shoutout", "dm",        "dmed",     "adding", "add",   "added",   "tagging",
        "tagged",   "welcome",   NULL};
    static const char *const next[] = {"can",     "could",    "please", "pls",   "plz",
                                       "ptal",    "lgtm",     "fyi",    "глянь", "посмотри",
                                       "проверь", "подскажи", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n, at = t->s - 1, e = zt_handle_end(s, n, t->s);
    if (t->script != ZL_LAT || !t->klen) return false;
    if (e < n && (s[e] == '/' || s[e] == '(' || s[e] == '=' || s[e] == '{')) return false;
    if (name_handle(z, t, e)) return true;
    zl_tok p, x;
    size_t b = at;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    /* not a firm's account ("thanks @Amazon") */
    bool looped = false; /* "looping in @okafor" */
    if (b > 0 && b < at && zt_nb_word(wc, s, n, b, b > 64 ? b - 64 : 0, true, &p) && p.e == b &&
        zl_is(&p, "in")) {
        zl_tok q;
        looped = zt_nb_word(wc, s, n, p.s, p.s > 16 ? p.s - 16 : 0, true, &q) && q.e + 1 == p.s &&
                 (zl_is(&q, "looping") || zl_is(&q, "loop") || zl_is(&q, "looped"));
    }
    if (looped || (b > 0 && b < at && zt_nb_word(wc, s, n, b, b > 64 ? b - 64 : 0, true, &p) &&
                   p.e == b && zl_in(&p, cue)))
        return !zl_en_brand(t->key, t->klen) && !zl_flags(&zl_en_notlone, t->key, t->klen);
    /* a tracker's field: "Reviewer: @okafor", "Assignee: @wei" */
    static const char *const field[] = {
        "reviewer",  "reviewers", "assignee",  "assignees",    "owner",   "owners",   "author",
        "authors",   "cc",        "to",        "from",         "contact", "reporter", "approver",
        "approvers", "lead",      "attendees", "participants", NULL};
    if (b > 1 && s[b - 1] == ':' && zt_nb_word(wc, s, n, b - 1, b > 64 ? b - 64 : 0, true, &p) &&
        p.e == b - 1 && zl_in(&p, field))
        return true;
    /* opening its line (after a bullet's "- ", "* ", "• ", or a greeting: "Hey @okafor, …") */
    static const char *const greet[] = {"hi", "hey", "hello", "привет", NULL};
    size_t ls = b;
    if (b > 0 && b < at && zt_nb_word(wc, s, n, b, b > 16 ? b - 16 : 0, true, &p) && p.e == b &&
        zl_in(&p, greet))
        ls = p.s;
    if (ls >= 1 && (s[ls - 1] == '-' || s[ls - 1] == '*'))
        ls--;
    else if (ls >= 3 && s[ls - 3] == 0xE2 && s[ls - 2] == 0x80 && s[ls - 1] == 0xA2)
        ls -= 3;
    while (ls > 0 && s[ls - 1] == ' ')
        ls--;
    if (ls > 0 && s[ls - 1] != '\n') return false;
    if (e < n && (s[e] == ',' || s[e] == ':')) return true;
    if (e + 1 < n && s[e] == '\'' && s[e + 1] == 's') return true;
    return zt_nb_word(wc, s, n, e, e + 16 < n ? e + 16 : n, false, &x) && x.s == e + 1 &&
           s[e] == ' ' && zl_in(&x, next);
}

/* A "+" mention: "+Ngozi Okafor please review" (a shared document's comment, as Google Docs
 * writes them), "+John Smith I agree" (a reply on YouTube): "+" at the text's or a line's start or
 * after a space, right before t, and the run of capitalised words t opens (zt_caps_run_end) is
 * the person's name: two words or more, or a first name a table knows; no word of it an
 * everyday word no name table holds ("+Add Member", "+New Project"), a brand's or one that
 * repeats the last ("+Google", "+1"). *upto: the run's end. */
bool zt_mention_name_word(const zl_tok *w, bool *known) {
    bool k = false, ok;
    if (w->script == ZL_LAT && w->klen) {
        int f = zl_flags(&zl_en_first, w->key, w->klen), l = zl_flags(&zl_en_last, w->key, w->klen);
        ok = f || l || !(zl_en_ordinary(w->key, w->klen) || zl_en_brand(w->key, w->klen));
        k = f && !(f & ZL_WORD);
    } else if (w->script == ZL_CYR && w->klen) {
        ok = !zt_ordinary_word(w);
        k = zl_flags(&zl_ru_first, w->key, w->klen) != 0;
    } else {
        ok = false;
    }
    if (known) *known = *known || k;
    return ok;
}

bool zt_plus_mention(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto) {
    const unsigned char *s = z->s;
    if (t->s == 0 || s[t->s - 1] != '+' || t->kase != ZL_TITLE || !t->klen) return false;
    if (t->s >= 2 && s[t->s - 2] != ' ' && s[t->s - 2] != '\n' && s[t->s - 2] != '\t' &&
        s[t->s - 2] != '(')
        return false;
    size_t end = zt_caps_run_end(z, t, wc);
    int words = 0;
    bool known = false;
    zl_tok w;
    for (size_t i = t->s; i < end && zt_nb_word(wc, s, z->n, i, end, false, &w); i = w.e) {
        if (w.script != t->script || !zt_mention_name_word(&w, &known)) return false;
        words++;
    }
    if (words < 2 && !known) return false;
    *upto = end;
    return true;
}

bool zt_chat_mention(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const code[] = {
        "media",      "import",   "param",   "return",    "returns", "author",    "throws",
        "see",        "since",    "version", "type",      "typedef", "property",  "override",
        "deprecated", "test",     "apply",   "tailwind",  "use",     "forward",   "mixin",
        "include",    "extend",   "if",      "else",      "each",    "function",  "keyframes",
        "supports",   "charset",  "layer",   "container", "echo",    "interface", "component",
        "injectable", "input",    "output",  "example",   "todo",    "note",      "link",
        "all",        "everyone", "channel", "here",      "team",    "font",      "page",
        "namespace",  "tag",      "class",   "module",    "const",   "let",       "var",
        "inheritdoc", "private",  "public",  "protected", "static",  "abstract",  "async",
        "brief",      "file",     "fn",      "ref",       "bug",     "code",      "pre",
        "post",       "get",      "put",     "delete",    "patch",   "on",        "bind",
        NULL};
    return mention_shape(z, t, wc) && !zl_in(t, code); /* the list last: most handles stop before */
}

size_t zl_tagger_mention(zs_scan *z, zl_tok *t) {
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_wcache_fold(wc, z->s, z->n, t);
    if (!zt_chat_mention(z, t, wc)) return 0;
    size_t end = zt_handle_end(z->s, z->n, t->e);
    zs_add(z, t->s - 1, end, ZASLON_PERSON, ZL_PRIO_PERSON);
    return end;
}

/* An action item's owner opening a list's line: "- Okafor to send the deck", "* Wei to book the
 * room", "1. Nakamura to review": t after the bullet, " to " and a lower-case verb after it; t
 * an unknown word zt_en_lone_word admits (a short one zt_en_short_name admits) or a name the tables
 * know. Not "- Marketing to send", "- Design to review" (everyday words). */
bool zt_en_action_owner(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    const unsigned char *s = z->s;
    size_t n = z->n, e = t->e;
    /* from the bytes first: " to " and a lower-case letter after t */
    if (e + 5 > n || memcmp(s + e, " to ", 4) != 0 || s[e + 4] < 'a' || s[e + 4] > 'z')
        return false;
    size_t b = t->s;
    while (b > 0 && s[b - 1] == ' ')
        b--;
    if (b == t->s || b == 0) return false;
    if (s[b - 1] == '-' || s[b - 1] == '*')
        b--;
    else if (b >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80 && s[b - 1] == 0xA2) /* • */
        b -= 3;
    else if ((s[b - 1] == '.' || s[b - 1] == ')') && b >= 2 && s[b - 2] >= '0' && s[b - 2] <= '9')
        for (b--; b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9';)
            b--;
    else
        return false;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b > 0 && s[b - 1] != '\n') return false;
    if (t->script != ZL_LAT || t->kase != ZL_TITLE) return false;
    return t->nlet == 3 ? zt_en_short_name(z, t, wc)
                        : zt_en_lone_word(z, t, wc) || zt_en_table_name(t);
}
