/* scan/scan.h — the state of one scan: the text, the policy, the candidates found so far and the
 * scratch reused between calls. Recognizers add candidates here; resolve/ picks among them.
 * Not installed. */
#ifndef ZASLON_SCAN_SCAN_H
#define ZASLON_SCAN_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/text.h"
#include "common/types.h"
#include "scan/budget.h"
#include "scan/marks.h"

/* The tagger's per-text word-class cache; recognize/ owns it (zl_wcache_free), the scratch keeps
 * it between calls. */
typedef struct zl_wcache zl_wcache;

typedef struct {
    size_t start, end;
    int32_t type;
    int32_t rule;
    int32_t prio; /* lower wins among equally long overlapping candidates */
} zs_cand;

typedef struct {
    zs_cand *v;
    size_t n, cap;
} zs_cands;

/* Bank-account candidates wait for the end of the pass: they are checked against every BIK
 * found in the same message. */
typedef struct {
    size_t start, end;
    char digits[21];
    bool context;
} zs_account;

typedef struct {
    zs_cands cands;
    zs_account *accounts;
    size_t naccounts, cap_accounts;
    char (*biks)[10];
    size_t nbiks, cap_biks;
    pcre2_match_data *md;
    zs_work work;
    zs_marks *marks;     /* the first stage's masks of the current chunk (marks.h) */
    zl_wcache *wc;       /* the word pass's word classes (tagger.c): zeroed when it ends */
    zaslon_buf norm;     /* key normalisation for redaction */
    zaslon_vault *vault; /* numbering of a redaction without a vault: wiped after each call */
} zs_scratch;

/* Folded context windows of the last candidate: one number is classified several ways, each
 * asking for context words; the windows are folded once. */
typedef struct {
    size_t b_key, b_back, a_key, a_fwd; /* SIZE_MAX when empty */
    char before[160], after[112];
    zs_stem_filter password; /* the password labels' filter, made at the first colon asked */
} zs_ctx_cache;

/* The state of one scan: the text, the policy and where results go. */
typedef struct {
    const zaslon_policy *policy;
    const unsigned char *s;
    size_t n;
    zs_scratch *sc;
    int error; /* first error seen, 0 if none */
    zs_ctx_cache ctx;
    const zs_marks *marks; /* the first stage's chunk during the candidate pass, else NULL */
    /* The 3-letter stems of the words of the PERSON candidates found so far (a 1024-bit filter,
     * kept up to date by the tagger's named_before: candidates are only appended during a scan) */
    uint64_t named_bits[16];
    size_t named_done;
    /* Capitalised words the word pass left unnamed, asked again at the text's end whether a later
     * name names them (zl_tagger_later): their start and end, at most ZS_LATER of them */
    uint32_t later_s[24], later_e[24];
    uint16_t later_bit[24];
    unsigned later_n;
    /* The table around the last cell rec_person.c asked about (zl_person_name_cell): the start
     * of that cell's line, the block's delimiter and which columns' headers name a person (bit k:
     * column k); tab_delim 0: none asked yet. A CSV's rows are asked in order, so each row finds
     * its header through the row before instead of walking back to it. */
    size_t tab_line;
    uint32_t tab_mask;
    /* tab_head: that line is its block's header, whose mask is made when a row below asks
     * (tab_known); a line of prose with commas is a block of its own and never pays for it */
    unsigned char tab_delim, tab_head, tab_known;
    /* how far the line starts were read (tab_pos) and where the line there starts (tab_nl): the
     * word pass asks in the text's order, so each byte is read once */
    size_t tab_pos, tab_nl;
    /* whether a line of the text opens with a mail header block's label ("Subject:", «Тема:»):
     * 0 not looked for yet, 1 none, 2 one (tagger.c, mail_header_name) */
    unsigned char mail_block;
    /* the last line it read: [mail_ls, mail_le), and whether it is a block's From/To/Cc line */
    size_t mail_ls, mail_le;
    bool mail_line;
} zs_scan;
#define ZS_LATER 24

/* zs_context() for a candidate of this scan, with the folded windows cached (cands.c). */
bool zs_scan_context(zs_scan *z, size_t start, size_t end, size_t back, size_t fwd,
                     const char *const *stems);

/* Inline: the recognizers ask it ~10,000 times over 60 KB of chat. */
static inline bool zs_enabled(const zs_scan *z, int type) {
    return z->policy->types[type].enabled;
}

/* Adds a candidate span; records ZASLON_E_NOMEM in z->error on failure. */
void zs_add(zs_scan *z, size_t start, size_t end, int type, int prio);

#endif
