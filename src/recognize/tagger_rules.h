/* tagger_rules.h — what the person-name tagger's three files share (internal to src/recognize/):
 * tagger.c (the word cache, the features and score, the decision and the Russian rules),
 * tagger_en.c (the English cues: a chat's, a mail's, a role's, a list's) and tagger_chat.c (the
 * forms of pasted text: a chat's speaker labels, a mail's header block, a letter's closing,
 * @mentions). The rules are asked only by decide() in tagger.c; zt_ names are not the library's
 * API. Each function is documented where it is defined. */
#ifndef ZASLON_TAGGER_RULES_H
#define ZASLON_TAGGER_RULES_H

#include "recognize/tagger.h"

/* Word classes: the lexicon's ZL_LX_* bits (Russian) and the name tables'. */
enum {
    C_RU_FIRST = 1u << 8,
    C_RU_SURN = 1u << 9,
    C_EN_FIRST = 1u << 10,
    C_EN_LAST = 1u << 11,
    C_AMBIG = 1u << 12 /* a first name that is also an ordinary word: «Вера», "Mark" */
};

#define NAME_CLASSES                                                                               \
    (ZL_LX_NAME_M | ZL_LX_NAME_F | ZL_LX_SURN_M | ZL_LX_SURN_F | C_RU_FIRST | C_RU_SURN |          \
     C_EN_FIRST | C_EN_LAST)

/* An ending and its length in bytes: the rules' ending lists are walked for most scored words,
 * and strlen of each entry cost as much as the comparison (decide: ~7,600 calls on news text). */
typedef struct {
    const char *s;
    size_t n;
} ending;
#define END(x)                                                                                     \
    { x, sizeof(x) - 1 }

/* Whether t ends with one of the endings of the list (ended by {NULL, 0}). */
static inline bool ends_any(const zl_tok *t, const ending *ends) {
    for (; ends->s; ends++) {
        size_t l = ends->n;
        if (l > t->klen) continue;
        /* from the last byte: a Russian letter's first byte (D0/D1) rarely tells two apart */
        const unsigned char *k = t->key + t->klen - l, *u = (const unsigned char *)ends->s;
        size_t i = l;
        while (i > 0 && k[i - 1] == u[i - 1])
            i--;
        if (i == 0) return true;
    }
    return false;
}

/* Whether b is a lower-case ASCII letter of mask, a set of AZ() bits: the rules' tests of a
 * word's first or last letter from the bytes, with no call. */
#define AZ(c) (1u << ((c) - 'a'))
static inline bool az_in(unsigned char b, uint32_t mask) {
    return b >= 'a' && b <= 'z' && ((mask >> (b - 'a')) & 1u);
}

/* An ASCII letter of either case. */
static inline bool ascii_letter(unsigned char b) {
    return (unsigned char)((b | 0x20) - 'a') < 26;
}

/* ---- tagger.c: neighbours, classes and shapes the rules read */
bool zt_joins(const unsigned char *s, size_t n, const zl_tok *last, size_t b);
bool zt_latin_only(const unsigned char *s, size_t n, const zl_tok *t);
/* The word before (zt_prev_nb) or after (zt_next_nb) byte i within lim, through the word
 * cache; zt_nb_word picks one (back is a constant at every call). */
bool zt_prev_nb(zl_wcache *wc, const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t);
bool zt_next_nb(zl_wcache *wc, const unsigned char *s, size_t n, size_t i, size_t lim, zl_tok *t);
static inline bool zt_nb_word(zl_wcache *wc, const unsigned char *s, size_t n, size_t i, size_t lim,
                              bool back, zl_tok *t) {
    return back ? zt_prev_nb(wc, s, n, i, lim, t) : zt_next_nb(wc, s, n, i, lim, t);
}
/* The PERSON candidate among the scan's last 32 that ends at byte b, or NULL (none, or no
 * scratch: tools/tagger-features). */
const zs_cand *zt_person_ending_at(const zs_scan *z, size_t b);
bool zt_ordinary_word(const zl_tok *t);
bool zt_org_compound(const zl_tok *t);
uint32_t zt_wclass(zl_wcache *wc, const zl_tok *t);
bool zt_word_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc, zl_tok *x);
extern const char *const zt_en_talk[];
extern const char *const zt_en_clause_lead[];

/* ---- tagger_en.c: English cues (each: t is a capitalised Latin word; true when the cue makes
 * it a person's name, or, for the refusals, none) */
size_t zt_amp_before(const unsigned char *s, size_t b);
bool zt_capitalised_line(const zs_scan *z, const zl_tok *t);
bool zt_caps_label(const zs_scan *z, const zl_tok *t);
size_t zt_caps_run_end(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_addressed_brand(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_after_person(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_list_head(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* A name addressed at a sentence's start before "you": "Tomasz, your code broke prod again." */
bool zt_en_vocative(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* A family's surname: "the Nakamura family", "the Okafor twins". */
bool zt_en_family_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_age_before(const zs_scan *z, const zl_tok *t);
bool zt_en_age_named(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_attribution_dash(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_chat_header(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_en_cue_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_cued(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_cued_first(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_featuring(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_from_team(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_given_written(const zl_tok *x);
bool zt_en_group_word(const zl_tok *t, zl_wcache *wc, bool demonyms);
bool zt_en_i_am_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_known_opener(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_let_know(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_life_verb_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_listed_brand(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_lone_word(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* Where Latin initials right before t begin ("T. Nkemelu", "J. K. Okonkwo", "J.K. Okonkwo"), or
 * t->s if none (tagger.c). */
size_t zt_initials_start(const zs_scan *z, const zl_tok *t);
/* A person as the first of a verb's two objects: "give Wojciech a bad review". */
bool zt_en_first_object(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* A person between a verb and its particle: "pick Thandiwe up", "drop Kowalczyk off". */
bool zt_en_phrasal_object(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* zt_en_lone_word's word without its Latin-only context: a Latin name inside Russian text. */
bool zt_lat_lone_word(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_lower_cued(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* A lower-case word an English first-name table knows and that is no everyday word there
 * ("priya", "katy"; not "will", "rose"). */
bool zt_en_lower_given(const zl_tok *t);
bool zt_en_people_field(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_place_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_article_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* Whether w, a capitalised word of a mention's name ("+Ngozi Okafor", "@John Smith"), is no
 * everyday word or brand that no name table holds ("+Add Member", "@John Can you"); *known (if
 * not NULL) is set when a first-name table knows w as no everyday word. */
bool zt_mention_name_word(const zl_tok *w, bool *known);
bool zt_en_possessive_personal(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_pronoun_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_question_subject(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_known_subject(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_role_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_role_predicate(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_said_after(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_self_words(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_short_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_signoff_before(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_en_suffix_lone(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_en_table_name(const zl_tok *t);
bool zt_en_unknown_pair(const zs_scan *z, const zl_tok *t, zl_wcache *wc, bool cued, zl_tok *x);
bool zt_en_wished_first(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_known_name_in(const zs_scan *z, size_t a, size_t b);
bool zt_only_space(const unsigned char *s, size_t a, size_t b);
bool zt_person_apposition(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_prefixed_given(const unsigned char *base, const zl_tok *t);
bool zt_title_like(const zs_scan *z, const zl_tok *t);
bool zt_en_mailbox(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);

/* ---- tagger_chat.c: the forms of pasted chats, mails and letters (*upto: where the name's
 * words end) */
size_t zt_handle_end(const unsigned char *s, size_t n, size_t i);
bool zt_mail_header_name(zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_ru_signoff_name(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_speaker_label(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_chat_mention(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
bool zt_plus_mention(const zs_scan *z, const zl_tok *t, zl_wcache *wc, size_t *upto);
bool zt_en_action_owner(const zs_scan *z, const zl_tok *t, zl_wcache *wc);

#endif
