/* recall.c — a name the conversation already gave a pseudonym keeps it when it comes back alone.
 * After «Оскар Лундквист» in one message, a later «Лундквиста нет» or «передайте Оскару» is the
 * same person, even where the recognizers, which see one message, find no name or read a foreign
 * surname's case form as a new one. One capitalised word is weak evidence on its own; a person
 * this conversation named is not. A word is taken when it is a case form of a full word (first
 * name or surname) of exactly one open person of the vault. */
#include <stdlib.h>

#include "common/mem.h"
#include "recognize/ling.h"
#include "redact/vault.h"
#include "resolve/resolve.h"

/* Case endings (folded UTF-8), after the whole dictionary form or after it minus its last letters:
 * «Лундквист» → «Лундквиста», «Анна» → «Анне», «Вишневская» → «Вишневской». */
static const char *const after_consonant[] = {"а", "у", "ом", "ым", "е", "ем", NULL};
static const char *const after_a[] = {"ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", NULL};
static const char *const after_y[] = {"я", "ю", "ем", "е", "и", NULL}; /* Андрей, Дмитрий */
static const char *const after_aya[] = {"ой", "ую", NULL};             /* -ая: -ской */
static const char *const after_iy[] = {"ого", "ому", "им", "ом", NULL}; /* -ий: -ского */
static const char *const after_soft[] = {"я", "ю", "ем", "е", NULL};    /* Игорь */

static bool ends_with(const unsigned char *s, size_t n, const char *t) {
    size_t l = strlen(t);
    return n >= l && memcmp(s + n - l, t, l) == 0;
}

static bool in_list(const unsigned char *s, size_t n, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(s, *list, n) == 0) return true;
    return false;
}

/* Whether k (folded) is the dictionary form lem or one of its case forms. */
static bool form_of(const unsigned char *k, size_t kl, const unsigned char *lem) {
    size_t ll = strlen((const char *)lem);
    if (kl == ll && memcmp(k, lem, ll) == 0) return true;
    if (ll < 6) return false; /* the case forms of a word of three letters at least */
    struct {
        const char *tail;
        const char *const *ends;
    } rules[] = {{"ая", after_aya}, {"ий", after_iy}, {"ый", after_iy}, {"а", after_a},
                 {"я", after_a},    {"й", after_y},   {"ь", after_soft}};
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        if (!ends_with(lem, ll, rules[r].tail)) continue;
        size_t stem = ll - strlen(rules[r].tail);
        return kl > stem && memcmp(k, lem, stem) == 0 &&
               in_list(k + stem, kl - stem, rules[r].ends);
    }
    /* a consonant at the end (two bytes of a Cyrillic letter): «Лундквист», «Петров», «Иван» */
    return lem[ll - 2] == 0xd0 || lem[ll - 2] == 0xd1
               ? kl > ll && memcmp(k, lem, ll) == 0 && in_list(k + ll, kl - ll, after_consonant)
               : false;
}

/* The one open person with a first name or surname of which k is a form: its index, -1 none, -2
 * several. The dictionary forms k can be a case form of are looked up in the people's index, so
 * the cost does not grow with the vault. */
static long person_of(const zs_people *t, const unsigned char *k, size_t kl) {
    static const struct {
        const char *const *ends;
        const char *tail; /* what the dictionary form has instead of the ending */
    } undo[] = {{after_consonant, ""}, {after_a, "а"},   {after_a, "я"},   {after_y, "й"},
                {after_aya, "ая"},     {after_iy, "ий"}, {after_iy, "ый"}, {after_soft, "ь"}};
    unsigned char lem[ZL_KEY_MAX + 8];
    long found = -1;
    for (int slot = ZS_SLOT_FIRST; slot <= ZS_SLOT_SURNAME; slot += ZS_SLOT_SURNAME) {
        found = zs_people_with(t, slot, k, found);
        for (size_t u = 0; u < sizeof undo / sizeof *undo && found != -2; u++)
            for (const char *const *e = undo[u].ends; *e && found != -2; e++) {
                size_t el = strlen(*e), tl = strlen(undo[u].tail);
                if (!ends_with(k, kl, *e) || kl - el + tl >= sizeof lem) continue;
                memcpy(lem, k, kl - el);
                memcpy(lem + kl - el, undo[u].tail, tl + 1);
                if (form_of(k, kl, lem)) found = zs_people_with(t, slot, lem, found);
            }
    }
    zs_memzero(lem, sizeof lem);
    return found;
}

static bool name_case(const zl_tok *w) {
    return (w->kase == ZL_TITLE || w->kase == ZL_UPPER) && w->nlet >= 3 && w->klen;
}

/* A word a lone mention of someone is not: a place or organisation the lexicon knows («в Софию»
 * after «София Ротару»), or a word opening quotes (a bank, a film: «Пересвет»). News corpora
 * show the recall spreading such readings of one earlier span through a whole text. */
static bool not_a_mention(const unsigned char *s, const zl_tok *w) {
    if (w->s >= 1 && (s[w->s - 1] == '"' || s[w->s - 1] == '\'')) return true;
    if (w->s >= 2 && s[w->s - 2] == 0xc2 && s[w->s - 1] == 0xab) return true; /* « */
    if (w->s >= 3 && s[w->s - 3] == 0xe2 && s[w->s - 2] == 0x80 &&
        (s[w->s - 1] == 0x9e || s[w->s - 1] == 0x9c)) /* „ “ */
        return true;
    return (zl_lex_flags(w->key, w->klen, NULL, NULL) & ZL_LX_PLACE) != 0;
}

static bool insert_span(zaslon_spans *sp, size_t at, size_t a, size_t b, int action, long who) {
    zaslon_span *room = zs_array_room(sp->items, sp->count, &sp->capacity, sizeof *room, 32);
    if (!room) return false;
    sp->items = room;
    memmove(sp->items + at + 1, sp->items + at, (sp->count - at) * sizeof *sp->items);
    sp->items[at] = (zaslon_span){.start = a,
                                  .end = b,
                                  .type = ZASLON_PERSON,
                                  .action = action,
                                  .rule = -1,
                                  .reserved = (int32_t)who + 1};
    sp->count++;
    return true;
}

bool zs_vault_recall(const zs_people *t, const zaslon_policy *p, const unsigned char *s, size_t n,
                     zaslon_spans *sp, zaslon_buf *key) {
    const zs_type *ty = &p->types[ZASLON_PERSON];
    if (!t->n || !ty->enabled || ty->action != ZASLON_ACTION_PSEUDONYM) return true;
    zl_tok w, next;
    size_t k = 0, i = 0;
    bool ok = true;
    while (ok && zl_next_word(s, n, i, n, &w)) {
        i = w.e;
        while (k < sp->count && sp->items[k].end <= w.s)
            k++;
        bool inside = k < sp->count && sp->items[k].start < w.e;
        if (inside) {
            /* a lone word the recognizers found: their reading of a foreign surname's case form
             * («Лундквисту») would make it a new person */
            zaslon_span *x = &sp->items[k];
            long who;
            if (x->type == ZASLON_PERSON && x->action == ZASLON_ACTION_PSEUDONYM &&
                x->start == w.s && x->end == w.e && name_case(&w) &&
                (who = person_of(t, w.key, w.klen)) >= 0)
                x->reserved = (int32_t)who + 1;
            continue;
        }
        long who;
        if (!name_case(&w) || not_a_mention(s, &w) || (who = person_of(t, w.key, w.klen)) < 0)
            continue;
        size_t end = w.e;
        /* «Лундквист Оскар» both known: one span, not two pseudonyms side by side */
        bool pair = zl_next_word(s, n, w.e, n, &next) && next.s == w.e + 1 && s[w.e] == ' ' &&
                    name_case(&next) && person_of(t, next.key, next.klen) == who;
        zaslon_span *x = k < sp->count ? &sp->items[k] : NULL;
        if (pair && x && x->start == next.s && x->type == ZASLON_PERSON &&
            x->action == ZASLON_ACTION_PSEUDONYM) {
            x->start = w.s; /* the recognizers found only the second word */
            x->reserved = (int32_t)who + 1;
            i = x->end;
            continue;
        }
        if (pair && (!x || next.e <= x->start)) end = next.e;
        if (zs_allowed(p, ZASLON_PERSON, s + w.s, end - w.s, key)) continue;
        ok = insert_span(sp, k, w.s, end, ty->action, who);
        k++;
        i = end;
    }
    zs_memzero(&w, sizeof w);
    zs_memzero(&next, sizeof next);
    zs_buf_clear(key);
    return ok;
}
