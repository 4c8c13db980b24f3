/* spec_runner.c — runs the spec files in tests/spec (format: tests/spec/README.md) through the
 * library: scan results must equal the "=" line, redact output the "~" line, restore output the
 * "<=" line. The wasm build runs the same files (wasm/test/). Prints failures with file:line,
 * then "N passed, N failed". */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zaslon.h"

static const char OPEN[] = "\xE2\x9F\xA6", CLOSE[] = "\xE2\x9F\xA7"; /* ⟦ ⟧ */

/* Appends the UTF-8 encoding of cp. */
static void put_cp(zaslon_buf *b, unsigned cp) {
    char t[4];
    size_t n;
    if (cp < 0x80)
        t[0] = (char)cp, n = 1;
    else if (cp < 0x800)
        t[0] = (char)(0xC0 | cp >> 6), t[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        t[0] = (char)(0xE0 | cp >> 12), t[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        t[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        t[0] = (char)(0xF0 | cp >> 18), t[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), t[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    for (size_t i = 0; i < n; i++) {
        if (b->len + 2 > b->capacity) {
            b->capacity = b->capacity ? b->capacity * 2 : 256;
            b->data = realloc(b->data, b->capacity);
            if (!b->data) abort();
        }
        b->data[b->len++] = t[i];
    }
    b->data[b->len] = '\0';
}

static void raw_put(zaslon_buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->capacity) {
        b->capacity = (b->len + n + 1) * 2;
        b->data = realloc(b->data, b->capacity);
        if (!b->data) abort();
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Decodes the escapes \n \t \\ \u{XXXX}. */
static void unescape(const char *s, zaslon_buf *out) {
    out->len = 0;
    raw_put(out, "", 0);
    for (; *s; s++) {
        if (*s != '\\') {
            raw_put(out, s, 1);
            continue;
        }
        s++;
        if (*s == 'n')
            raw_put(out, "\n", 1);
        else if (*s == 't')
            raw_put(out, "\t", 1);
        else if (*s == '\\')
            raw_put(out, "\\", 1);
        else if (*s == 'u' && s[1] == '{') {
            char *end;
            unsigned long cp = strtoul(s + 2, &end, 16);
            if (*end == '}') {
                put_cp(out, (unsigned)cp);
                s = end;
            } else
                raw_put(out, "\\u", 2), s++;
        } else if (*s) {
            raw_put(out, "\\", 1);
            raw_put(out, s, 1);
        } else
            break;
    }
}

static void render(const zaslon_policy *p, const char *text, size_t len, const zaslon_spans *sp,
                   zaslon_buf *out) {
    out->len = 0;
    raw_put(out, "", 0);
    size_t pos = 0;
    for (size_t k = 0; k < sp->count; k++) {
        raw_put(out, text + pos, sp->items[k].start - pos);
        raw_put(out, OPEN, 3);
        const char *name = zaslon_type_name(p, sp->items[k].type);
        raw_put(out, name, strlen(name));
        raw_put(out, "|", 1);
        raw_put(out, text + sp->items[k].start, sp->items[k].end - sp->items[k].start);
        raw_put(out, CLOSE, 3);
        pos = sp->items[k].end;
    }
    raw_put(out, text + pos, len - pos);
}

static int passed, failed;

static void fail(const char *file, int line, const char *what, const char *want, const char *got) {
    failed++;
    printf("FAIL %s:%d %s\n  want: %s\n  got:  %s\n", file, line, what, want, got);
}

static void run_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("FAIL %s: cannot open\n", path);
        failed++;
        return;
    }
    zaslon_policy *def = zaslon_policy_compile(NULL, 0, NULL), *pol = def, *custom = NULL;
    zaslon_buf input = {0}, want = {0}, got = {0}, out = {0}, reply = {0};
    /* the vault of the last redaction (restore lines use it); shared: kept for the next ones */
    zaslon_vault *vault = NULL;
    bool shared = false, have_reply = false;
    int reply_line = 0;
    zaslon_spans spans = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int lineno = 0, input_line = 0;
    bool have_input = false;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (strncmp(line, "@policy ", 8) == 0) {
            zaslon_policy_free(custom);
            custom = NULL;
            pol = def;
            if (strcmp(line + 8, "default") != 0) {
                zaslon_error err;
                custom = zaslon_policy_compile(line + 8, strlen(line + 8), &err);
                if (!custom) {
                    fail(path, lineno, "@policy", "a valid policy", err.message);
                    pol = NULL;
                } else
                    pol = custom;
            }
            continue;
        }
        if (strcmp(line, "@vault shared") == 0 || strcmp(line, "@vault fresh") == 0) {
            zaslon_vault_free(vault);
            vault = NULL;
            shared = line[7] == 's';
            continue;
        }
        if (strncmp(line, "< ", 2) == 0) {
            unescape(line + 2, &reply);
            have_reply = true;
            reply_line = lineno;
            continue;
        }
        if (strncmp(line, "<= ", 3) == 0 || strcmp(line, "<=") == 0) {
            unescape(line + (n > 2 ? 3 : 2), &want);
            if (!have_reply || !vault) {
                fail(path, lineno, "restore", "a < line after a redaction (~ line)", line);
                continue;
            }
            have_reply = false;
            int rc = zaslon_restore(vault, reply.data, reply.len, &out);
            if (rc < 0)
                fail(path, reply_line, "restore", want.data, zaslon_strerror(rc));
            else if (strcmp(out.data, want.data) == 0)
                passed++;
            else
                fail(path, reply_line, "restore", want.data, out.data);
            continue;
        }
        if (strncmp(line, "> ", 2) == 0 || strcmp(line, ">") == 0) {
            unescape(line + (n > 1 ? 2 : 1), &input);
            have_input = true;
            input_line = lineno;
            continue;
        }
        bool scan_line = strncmp(line, "= ", 2) == 0 || strcmp(line, "=") == 0;
        bool redact_line = strncmp(line, "~ ", 2) == 0 || strcmp(line, "~") == 0;
        if (!scan_line && !redact_line) continue;
        if (!have_input || !pol) {
            if (!pol)
                failed++;
            else
                fail(path, lineno, "expectation without input", "> line", line);
            continue;
        }
        unescape(line + (n > 1 ? 2 : 1), &want);
        /* the engine reads an exact-size copy: under ASan a read past the text's last byte is
         * caught, which the buffer's spare capacity would hide */
        char *text = malloc(input.len ? input.len : 1);
        if (!text) {
            fail(path, input_line, "scan", want.data, "out of memory");
            continue;
        }
        memcpy(text, input.data, input.len);
        if (scan_line) {
            int rc = zaslon_scan(pol, text, input.len, &spans);
            free(text);
            if (rc < 0) {
                fail(path, input_line, "scan", want.data, zaslon_strerror(rc));
                continue;
            }
            render(pol, input.data, input.len, &spans, &got);
            if (strcmp(got.data, want.data) == 0)
                passed++;
            else
                fail(path, input_line, "scan", want.data, got.data);
        } else {
            if (!shared || !vault) {
                zaslon_vault_free(vault);
                vault = zaslon_vault_new();
            }
            int rc = zaslon_redact(pol, vault, text, input.len, &out, &spans);
            free(text);
            if (rc < 0)
                fail(path, input_line, "redact", want.data, zaslon_strerror(rc));
            else if (strcmp(out.data, want.data) == 0)
                passed++;
            else
                fail(path, input_line, "redact", want.data, out.data);
        }
    }
    if (have_reply) fail(path, reply_line, "restore", "a <= line", "none");
    zaslon_vault_free(vault);
    zaslon_buf_free(&reply);
    free(line);
    fclose(f);
    zaslon_policy_free(custom);
    zaslon_policy_free(def);
    zaslon_spans_free(&spans);
    free(input.data);
    free(want.data);
    free(got.data);
    zaslon_buf_free(&out);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: spec_runner FILE.txt...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++)
        run_file(argv[i]);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
