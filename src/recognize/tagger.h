/* tagger.h — the learned person-name tagger (tagger.c): an averaged perceptron over hashed
 * features of one capitalised word and its neighbours, trained by tools/tagger-train.py on the
 * features tools/tagger-features.c prints with the same code (train/inference parity). Not
 * installed. */
#ifndef ZASLON_TAGGER_H
#define ZASLON_TAGGER_H

#include "recognize/ling.h"

#define ZL_TG_MAXF 64 /* features of one word, at most */

/* The weights (build/gen/zs_tagger.c, tools/gen-tagger.mjs from src/names/tagger.bin). */
extern const int8_t zl_tg_w[];
extern const uint32_t zl_tg_bits; /* 2^bits buckets */
extern const int32_t zl_tg_threshold;

/* The word pass's cache of word classes (tagger.c), kept in the scan's scratch: it holds folded
 * words, so zl_wcache_wipe zeroes what it filled. NULL everywhere means no cache. */
zl_wcache *zl_wcache_new(void);
void zl_wcache_wipe(zl_wcache *wc);
/* zl_prev_word (back) or zl_next_word through the cache's neighbour slots (tagger.c): the same
 * result as the direct call whatever limits earlier look-ups used (exposed for the unit test). */
bool zl_tagger_neighbour(zl_wcache *wc, const unsigned char *s, size_t n, size_t i, size_t lim,
                         bool back, zl_tok *t);
/* zl_fold_word of t (its bounds set) through the cache's folded words, and the ZL_LX_* readings
 * (zl_lex_flags without lemmas) of a Cyrillic word the tagger has classed: the person rules of
 * rec_person.c read the same capitalised words right after the tagger. zl_wcache_lex returns
 * false when the word is not in the cache (nothing is added). */
void zl_wcache_fold(zl_wcache *wc, const unsigned char *s, size_t n, zl_tok *t);
/* The word pass's previous word [s, e) (e == 0: none), told before it asks zl_tagger_at: a look-up
 * of the word before the current one takes it after checking its bytes, not walking them back. */
void zl_wcache_hint(zl_wcache *wc, size_t s, size_t e);
bool zl_wcache_lex(zl_wcache *wc, const zl_tok *t, uint8_t *flags);
/* What the person rules of rec_person.c found a word to be (scan mode, no lemmas), kept per text
 * for words of the same key, script, case and length: a name is read at each of its mentions and
 * again as the next word of the word before it. known: bit 1 fg and f_ambig, bit 4 ss, sg, adj
 * (rec_person.c's done bits). */
typedef struct {
    uint8_t known, fg, f_ambig, f_pop, ss, sg, adj, ord;
} zl_word_rules;
/* The cache's entry of word t (emptied if it held another word); NULL without a cache or for a
 * word without a key. */
zl_word_rules *zl_wcache_rules(zl_wcache *wc, const zl_tok *t);
/* Builds the tagger's cue filter (once, from zl_person_init). */
void zl_tagger_init(void);
/* Is the word one the tagger decides on: a capitalised or upper-case word, a handle's first
 * word right after '@', or a lower-case word zl_tagger_lower_name admits. */
bool zl_tagger_candidate(const unsigned char *s, size_t n, const zl_tok *t);
/* A lower-case Latin word that may be a name: an English first name, no everyday word. */
bool zl_tagger_lower_name(const zl_tok *t);
/* Hashed feature ids of word t (< 2^bits), at most ZL_TG_MAXF; returns how many. */
int zl_tagger_features(const unsigned char *s, size_t n, const zl_tok *t, uint32_t *ids);
/* Score of word t (its features' weights summed); > zl_tg_threshold: part of a name. */
int32_t zl_tagger_score(const unsigned char *s, size_t n, const zl_tok *t);
/* Whether a PERSON span found so far ends at byte b. */
bool zl_tagger_person_before(const zs_scan *z, size_t b);
/* At a candidate word: if it and the candidate words joined to it score as a name, adds the span
 * and returns its end; 0 otherwise. */
size_t zl_tagger_at(zs_scan *z, const zl_tok *t);
/* A Russian surname's gender by its ending: 1 a man's (-ов, -ин, -ский…), 2 a woman's (-ова, -ина,
 * -ская…), 0 neither; whether the word v is a verb form of one subject of that gender (a past
 * tense, a short participle: «уволил», «родилась», «назначен»). tagger.c. */
int zl_surname_gender(const zl_tok *t);
bool zl_agreeing_verb(const zl_tok *v, int gender);
/* Where a name found at word t starts: a Latin one at a capitalised first name right before it
 * inside the sentence that was refused alone ("I met Grace Kim") or at its initials ("T.
 * Nkemelu"), a Cyrillic one at the initials no rule reads before it («Дж. Буш», «Ж.-К. Трише»),
 * else at t. */
size_t zl_tagger_name_start(zs_scan *z, const zl_tok *t);
/* Whether " CI" follows byte e ("Travis CI", "Circle CI"): a build service named like a person. */
bool zl_tagger_ci_after(const zs_scan *z, size_t e);
/* The end of a given name the tables know after "t, " when t is a field's value and that name
 * ends the field ("Name: Smith, John", "Patient name: JOHNSON, MARY"), else 0. */
size_t zl_tagger_field_given(zs_scan *z, const zl_tok *t);
/* "Kwame and Sandeep joined", "Ngozi, Kwame and Sandeep": after a Latin name found at [start,
 * end), adds the capitalised words listed before it with "and" (and commas before that) as PERSON
 * candidates, when each may be a person's name (no everyday word, brand or place); with commas
 * alone when the list goes on after the name ("Onana, Dalot, Shaw, Casemiro"). */
void zl_tagger_names_before(zs_scan *z, size_t start, size_t end);
/* Where a ruler's numeral after a name ending at e ends («Пётр I», "Henry VIII"), or e. take_i:
 * "I" alone counts (a Russian name's; an English one's is the pronoun: "Tell Sam I said"). */
size_t zl_regnal_end(const unsigned char *s, size_t n, bool take_i, size_t e);
/* zl_tagger_later_note keeps a capitalised word the word pass left unnamed (a few a text);
 * zl_tagger_later(z, true), at the text's end, adds the kept words that a later PERSON candidate names
 * again (the look-back of zl_tagger_at, forwards). */
void zl_tagger_later_note(zs_scan *z, const zl_tok *t);
void zl_tagger_later(zs_scan *z, bool final);
/* For the tests: zl_tagger_at with t's score replaced by sc, without zl_tagger_refused's early
 * answer, bracketed spellings or adding a span (its return value only); and whether zl_tagger_at
 * answers 0 for t without scoring it (it must then answer 0 at any score). */
size_t zl_tagger_decide(zs_scan *z, const zl_tok *t, int32_t sc);
bool zl_tagger_refused(zs_scan *z, const zl_tok *t);
/* A lower-case handle that names a colleague in a work chat ("ping @okafor", "@okafor can you
 * review?"), t the word after '@' (folded here): adds the span with the '@' and returns its end,
 * or 0. */
size_t zl_tagger_mention(zs_scan *z, zl_tok *t);
/* Is the candidate word t, taken alone, far below the threshold: a word the rules of rec_person.c
 * read as a surname that the weights are sure is none («Израиля», «Кубой», «Рейтер»). */
bool zl_tagger_vetoes(zs_scan *z, const zl_tok *t);
/* Whether t is a product's name that a first-name table holds too ("Julia", "Hugo", "Jenkins":
 * zl_en_brand_name) listed with a product ("Julia and Python", "Jenkins and Redis"). */
bool zl_tagger_listed_product(zs_scan *z, const zl_tok *t);
/* Whether x, a word after a name that starts at t, is an everyday English word no name table
 * holds, capitalised only because t's line capitalises most words ("Jimmy Fallon Talks About His
 * Show", "Michael Jackson Live In Concert"; not "Martin Luther King"): no part of the name. */
bool zl_tagger_title_filler(const zs_scan *z, const zl_tok *t, const zl_tok *x);
/* Does the candidate word t score more than margin under the threshold. */
bool zl_tagger_below(zs_scan *z, const zl_tok *t, int margin);

/* rec_person.c's context checks: a first name that is a city here ("из Владимира"), a word alone
 * in quotes («Спартак»). */
bool zl_person_city(const zs_scan *z, const zl_tok *t);
/* Whether p, the word a space before the capitalised word t, says t names a place: a lower-case
 * noun of a place's kind in any case («в штате Юта», «провинции Миссионес», «города Иванова»),
 * «в»/«во» before a Cyrillic word in -е, a place's prepositional («в Фергюсоне»), or «из» before
 * a town's genitive («из Иванова»: «Иваново»); or p is a city and t, also an ordinary word, the
 * venue named after it («Самара Арена»). rec_person.c; for the tagger's lone_ok and rec_person's
 * one-word match. */
bool zl_person_place_word(const zs_scan *z, const zl_tok *p, const zl_tok *t);
/* An English month or weekday name written with a capital (rec_person.c). */
bool zl_person_calendar(const zl_tok *t);
/* Whether the Latin word p is an auxiliary opening a sentence that a question mark ends ("Has
 * Oluwaseun replied yet?", "Will Tendai send the invoice?"): the subject follows it, and "Will",
 * "May" are no given names there (rec_person.c). Not "is"/"was" ("Is Lagos safe?"). */
bool zl_person_question_aux(const unsigned char *s, size_t n, const zl_tok *p);
/* A Latin double name written as one word: capitalised, each part after a hyphen (or an
 * apostrophe) capitalised, no other capital ("Smith-Jones", "Adeyemi-Bello", "O'Brien-Smith"; not
 * "McDonald-ish", "iPhone-X", "Coca-cola"), which the word reader calls mixed case (rec_person.c). */
bool zl_person_title_parts(const unsigned char *s, const zl_tok *t);
/* A Latin word of a prefix of pre, a second capital and the rest in lower case ("DiCaprio",
 * "LeBron"). rec_person.c. */
bool zl_person_prefixed(const unsigned char *base, const zl_tok *t, const char *const *pre);
bool zl_person_quoted(const zs_scan *z, const zl_tok *t);
/* A word that is never a surname, even next to a first name: greetings, field names and the
 * identifiers' own words («СНИЛС», «ИНН», "Phone"), weekdays, months (rec_person.c's list). */
bool zl_person_not_surname(const zl_tok *t);
/* «Спартак» in any case: a football club far more often than a man's first name; no person
 * alone unless a cue names it («Меня зовут Спартак»; rec_person.c). */
bool zl_person_club(const zl_tok *t);
/* A Cyrillic word of five letters or more ending like a present tense's first or third person
 * singular: -ю but not -ую/-юю («благодарю», not «Толстую»), -шу («прошу»), -ет/-ёт/-ит
 * («беспокоит», «пишет»), or its first person plural: -аем/-яем/-уем/-ём/-им («Поздравляем»,
 * «Благодарим»). At a sentence's start a letter's or a call's opening verb, no surname; elsewhere
 * a dative may end so («Врубелю», «Бабишу»: the callers ask at the start only) (rec_person.c). */
bool zl_verb_shape(const zl_tok *t);
/* An imperative's ending on a Cyrillic word: 2 a plural's (-ите, -йте, -ьте: «Позвоните»), 1 a
 * singular's (-и, -й, -ь: «Сравни», «Процитируй», «Поздравь»), 0 none; names end so too («Мэри»,
 * «Андрей»), so the callers ask where a request is likely (rec_person.c). */
int zl_imperative_end(const zl_tok *t);
/* A word of a chat's greeting, thanks or request, capitalised («Добрый», «Спасибо»,
 * «Подскажите»), or a chat's abbreviation in capitals ("ASAP"): no name and no part of the name
 * before it («Ольга Добрый день», "Call Mike ASAP"). tagger.c. */
bool zl_chat_formula(const zl_tok *x);
/* An AI assistant's or model's name: "Claude", "Gemini", "GigaChat", "Siri" (rec_person.c). */
bool zl_ai_name(const zl_tok *t);
/* The head noun of a school's, a firm's or a place's name after a surname or a first name
 * ("University", "Hospital", "Airport"): capitalised Latin words only (tagger.c). */
bool zl_en_org(const zl_tok *t);
/* A firm's legal form ("GmbH", "AG", "LLP") in any case but lower (tagger.c). */
bool zl_en_legal_form(const zl_tok *t);
/* A street's name made one word with its type: «Даунинг-стрит», «Бейкер-стрит», "Wall-Street"
 * (rec_person.c): no person's name. */
bool zl_street_joined(const zl_tok *t);
/* A capitalised Cyrillic word of two to five letters with no vowel («Рфпл», «Кхл», «Мфц»): an
 * abbreviation written with one capital, no name (rec_person.c). Three consonants in a row would
 * take names too («Сешнс», «Сингх», «Бэнкс»). */
bool zl_letters_word(const zl_tok *t);
/* A title of office ("Chancellor", "Chief", "Minister") right before a capitalised name word: it
 * starts no name and ends the one before it (tagger.c). */
bool zl_en_office(zs_scan *z, const zl_tok *t);

/* Whether the Latin word t stands where English puts a place: after "in", or after "to"/"from"
 * that follow a word of going or being away ("back to Kent"). */
bool zl_en_place_before(zs_scan *z, const zl_tok *t);
/* Whether the Latin word t follows the indefinite article ("won an Oscar"). */
bool zl_en_article_before(zs_scan *z, const zl_tok *t);
/* Whether t is one of the English chat cues a name follows ("ping", "ask", "thanks"). */
bool zl_en_chat_cue_word(const zl_tok *t);
/* Whether a Latin word is one of the trades or offices that name a person after them ("singer",
 * "striker", "mayor": tagger_en.c's cues); never a part of the name. */
bool zl_en_role_word(const zl_tok *t);
/* The sexes a Latin surname's suffix gives ("kowalski", "petrova", "shevchenko"), 0 if none. */
uint8_t zl_en_surname_suffix(const unsigned char *k, size_t l);
/* Does the word at i open the quoted value of a field that holds a name (`"firstName": "…"`,
 * `{"name": "…"}`, `"ФИО": "…"`). */
bool zl_person_field_value(const unsigned char *s, size_t n, size_t i);
/* Whether the word at i opens a table cell whose column's header names a person ("Name",
 * «ФИО»); caches the table's header in z (rec_person.c). */
bool zl_person_name_cell(zs_scan *z, size_t i);
/* Is every word of [a, b) a brand's, a bank's, a service's or a car's (zl_ru_brand) written with a
 * capital, and not one word alone that is also a person's name («Лада»): no person then. */
bool zl_person_brand(const zs_scan *z, size_t a, size_t b);
/* Whether the folded word t is one of the person rules' cue words as it is ("judge", "dear",
 * «мастер»): a title or a cue, no part of the name after it. */
bool zl_person_cue_word(const zl_tok *t);
/* Is a Latin capitalised word an English place name's first word or the word right after it
 * ("San Diego", "Lake Charles", "Ft Mitchell"): no person's name there (rec_person.c). */
bool zl_person_place_prefix(const zs_scan *z, const zl_tok *t);
/* A country, a state or a capital of zl_en_notlone before its possessive ("Kenya's runners",
 * "Israel's army", "Florida's beaches"), not before a noun of a person's own life ("Georgia's
 * birthday": zt_en_possessive_personal). No person then, alone (tagger.c). */
bool zl_tagger_place_possessive(const zs_scan *z, const zl_tok *t, zl_wcache *wc);
/* Is a capitalised Cyrillic word a saint's name in a church's, a hospital's or an order's name
 * («площади Святого Петра», «Орденом Святого Андрея Первозванного») or the Pope's title («Папа
 * Римский»): no person's name there. Asked of a found name only (rec_person.c). */
bool zl_person_in_title(const zs_scan *z, const zl_tok *t);
/* Is p a word after which a city's name is a city («в Москве»): zl_person_city's first test. */
bool zl_person_city_word_before(const zl_tok *p);

#endif
