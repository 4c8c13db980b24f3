/* tables.c — a host tool for wasm/src/pack.mjs: writes the large constant tables of the pinned
 * utf8proc and PCRE2 sources (the very files the wasm build compiles, #included unchanged) and of
 * the generated dictionaries (build/gen/zs_dict.c, if present) in the tables file format
 * (table-file.h), so that pack.mjs can find them in zaslon.wasm's data and store them in a form
 * gzip compresses better.
 * Every table here has the same layout on the host and on wasm32 (integers of at most 32 bits,
 * bitfields in one unsigned int, little endian); pack.mjs leaves alone a table it cannot find
 * exactly once, and verifies the whole memory image after packing.
 * usage: tables-dump OUTFILE */
#include <stdint.h>
#include <stdio.h>

#include "utf8proc.c"

#include "config.h"
#include "pcre2_internal.h"
extern const ucd_record PRIV(ucd_records)[];
extern const uint16_t PRIV(ucd_stage1)[];
extern const uint16_t PRIV(ucd_stage2)[];
#include "pcre2_ucd.c"

#include "table-file.h"

static FILE *out;

static void table(const char *name, const void *p, size_t size, size_t stride) {
    table_entry(out, name, p, size, stride, 0);
}

#if __has_include("zs_dict.c")
#include "zs_dict.c"
/* A dictionary: its strings (the blob, up to the end of its last key), offsets and flags. */
static void dict(const char *name, const zl_table *t) {
    char n[96];
    size_t end = 0;
    for (uint32_t i = 0; i < t->n; i++) {
        size_t e = t->off[i] + strlen((const char *)t->blob + t->off[i]) + 1;
        if (e > end) end = e;
    }
    snprintf(n, sizeof n, "%s.blob", name);
    table_entry(out, n, t->blob, end, 1, 1);
    snprintf(n, sizeof n, "%s.off", name);
    table(n, t->off, t->n * sizeof t->off[0], sizeof t->off[0]);
    snprintf(n, sizeof n, "%s.flags", name);
    table(n, t->flags, t->n, 1);
}
#define ZW_HAVE_DICT 1
#endif
#if __has_include("zs_lex.c") && defined(ZW_HAVE_DICT)
#include "zs_lex.c" /* OpenCorpora's proper names (tools/gen-lexicon.mjs) */
#define ZW_HAVE_LEX 1
#endif

int main(int argc, char **argv) {
    if (argc != 2 || !(out = fopen(argv[1], "wb"))) {
        fprintf(stderr, "usage: tables-dump OUTFILE\n");
        return 2;
    }
    _Static_assert(sizeof(utf8proc_property_t) == 24, "utf8proc_property_t layout");
    _Static_assert(sizeof(ucd_record) == 12, "ucd_record layout");
    table("utf8proc_properties", utf8proc_properties, sizeof utf8proc_properties,
          sizeof(utf8proc_property_t));
    table("utf8proc_stage2table", utf8proc_stage2table, sizeof utf8proc_stage2table, 2);
    table("utf8proc_stage1table", utf8proc_stage1table, sizeof utf8proc_stage1table, 2);
    table("utf8proc_sequences", utf8proc_sequences, sizeof utf8proc_sequences, 2);
    table("utf8proc_combinations", utf8proc_combinations, sizeof utf8proc_combinations, 2);
    table("pcre2_ucd_records", PRIV(ucd_records), sizeof PRIV(ucd_records), sizeof(ucd_record));
    table("pcre2_ucd_stage1", PRIV(ucd_stage1), sizeof PRIV(ucd_stage1), 2);
    table("pcre2_ucd_stage2", PRIV(ucd_stage2), sizeof PRIV(ucd_stage2), 2);
#ifdef ZW_HAVE_DICT
    /* the tables of src/ling.h; a renamed table is a compile error here: update this list */
    dict("zl_ru_first", &zl_ru_first);
    dict("zl_ru_irreg", &zl_ru_irreg);
    dict("zl_ru_surname", &zl_ru_surname);
    dict("zl_en_first", &zl_en_first);
    dict("zl_en_last", &zl_en_last);
    dict("zl_ru_city", &zl_ru_city);
    dict("zl_en_street", &zl_en_street);
    dict("zl_en_state", &zl_en_state);
    dict("zl_en_notlone", &zl_en_notlone);
    dict("zl_en_brand_name", &zl_en_brand_name);
#endif
#ifdef ZW_HAVE_LEX
    dict("zl_ru_lex", &zl_ru_lex);
#endif
    return fclose(out) == 0 ? 0 : 1;
}
