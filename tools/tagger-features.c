/* tagger-features — prints the person tagger's features (src/recognize/tagger.c) of every
 * candidate word of each text read from stdin, for tools/tagger-train.py. The words and features
 * come from the engine's own code, so training sees what inference sees.
 *
 * Input: records "<byte length>\n<text bytes>". Output, one line per candidate word:
 * "<record> <start byte> <end byte> <score> <feature id>...". Never shipped. */
#include <stdio.h>
#include <stdlib.h>

#include "recognize/tagger.h"

int main(void) {
    size_t cap = 0, rec = 0;
    unsigned char *buf = NULL;
    unsigned long len;
    zl_init();
    while (scanf("%lu", &len) == 1) {
        if (getchar() != '\n' || len > (1ul << 26)) return 2;
        if (len + 1 > cap) {
            cap = len + 1;
            free(buf);
            buf = malloc(cap);
            if (!buf) return 3;
        }
        if (fread(buf, 1, len, stdin) != len) return 2;
        size_t i = 0;
        zl_tok t;
        while (zl_next_word(buf, len, i, len, &t)) {
            if (zl_tagger_candidate(buf, len, &t)) {
                uint32_t ids[ZL_TG_MAXF];
                int k = zl_tagger_features(buf, len, &t, ids);
                printf("%zu %zu %zu %d", rec, t.s, t.e, (int)zl_tagger_score(buf, len, &t));
                for (int j = 0; j < k; j++)
                    printf(" %u", ids[j]);
                putchar('\n');
            }
            i = t.e > i ? t.e : i + 1;
        }
        rec++;
    }
    free(buf);
    return 0;
}
