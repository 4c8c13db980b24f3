/* fuzz.c — libFuzzer harness over policy compile, scan, redact, vault load and restore. The
 * first byte picks the entry point; every result is checked against the API's promises
 * (spans sorted, in bounds, non-overlapping; output spans inside the output; an error leaves
 * nothing to send). Seeds: tools/fuzz-seeds.py; dictionary: zaslon.dict (see mk/tests.mk). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zaslon.h"

static zaslon_policy *default_policy;

static void check_spans(const zaslon_spans *s, size_t len, const zaslon_buf *out) {
    size_t prev_end = 0;
    for (size_t k = 0; k < s->count; k++) {
        const zaslon_span *sp = &s->items[k];
        if (sp->start >= sp->end || sp->end > len || sp->start < prev_end) abort();
        if (out && (sp->out_start > sp->out_end || sp->out_end > out->len)) abort();
        if (sp->reserved) abort(); /* internal to one call: reset before it returns */
        prev_end = sp->end;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!default_policy) default_policy = zaslon_policy_compile(NULL, 0, NULL);
    if (size < 1 || !default_policy) return 0;
    uint8_t mode = data[0] % 4;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    zaslon_spans spans = {0};
    zaslon_buf out = {0}, back = {0};
    zaslon_error err;
    switch (mode) {
    case 0: { /* a policy from untrusted JSON */
        zaslon_policy *p = zaslon_policy_compile(text, len, &err);
        if (p) {
            static const char probe[] = "Тел +7 912 345-67-89, a@b.ru, ИНН 7707083893 EMP-123456";
            int rc = zaslon_scan(p, probe, sizeof probe - 1, &spans);
            if (rc >= 0) check_spans(&spans, sizeof probe - 1, NULL);
        } else if (err.code >= 0 || !err.message[0]) {
            abort(); /* a failure must say why */
        }
        zaslon_policy_free(p);
        break;
    }
    case 1: { /* scan and redact hostile text, then restore the redacted text */
        int rc = zaslon_scan(default_policy, text, len, &spans);
        if (rc >= 0) check_spans(&spans, len, NULL);
        zaslon_vault *v = zaslon_vault_new();
        rc = zaslon_redact(default_policy, v, text, len, &out, &spans);
        if (rc >= 0) {
            check_spans(&spans, len, &out);
            if (zaslon_restore(v, out.data, out.len, &back) < 0) abort();
            /* again with the people the first pass named: the vault's recall of their names */
            rc = zaslon_redact(default_policy, v, text, len, &out, &spans);
            if (rc >= 0) check_spans(&spans, len, &out);
        }
        zaslon_vault_free(v);
        /* without a vault: numbers local to the call, in the scratch vault, twice over */
        for (int k = 0; k < 2; k++) {
            rc = zaslon_redact(default_policy, NULL, text, len, &out, &spans);
            if (rc >= 0) check_spans(&spans, len, &out);
        }
        break;
    }
    case 2: { /* a custom rule (up to the first NUL) run over the rest */
        const char *nul = memchr(text, 0, len);
        if (!nul) break;
        size_t pl = (size_t)(nul - text);
        char *json = malloc(pl * 2 + 128);
        if (!json) break;
        size_t o = 0;
        o += (size_t)sprintf(json, "{\"rules\":[{\"id\":\"r\",\"type\":\"FUZZ\",\"pattern\":\"");
        for (size_t i = 0; i < pl; i++) {
            char c = text[i];
            if (c == '"' || c == '\\') json[o++] = '\\';
            if ((unsigned char)c < 0x20) c = ' ';
            json[o++] = c;
        }
        o += (size_t)sprintf(json + o,
                             "\"}],\"limits\":{\"match_limit\":20000,\"depth_limit\":500}}");
        zaslon_policy *p = zaslon_policy_compile(json, o, &err);
        free(json);
        if (p) {
            int rc = zaslon_scan(p, nul + 1, len - pl - 1, &spans);
            if (rc >= 0) check_spans(&spans, len - pl - 1, NULL);
            /* fail closed: a redaction that ends in an error (the work budget) leaves nothing
             * to send */
            rc = zaslon_redact(p, NULL, nul + 1, len - pl - 1, &out, &spans);
            if (rc >= 0) check_spans(&spans, len - pl - 1, &out);
            if (rc < 0 && (out.len != 0 || spans.count != 0)) abort();
        }
        zaslon_policy_free(p);
        break;
    }
    default: { /* an untrusted serialised vault restores untrusted text */
        const char *nul = memchr(text, 0, len);
        size_t vl = nul ? (size_t)(nul - text) : len;
        zaslon_vault *v = zaslon_vault_load(text, vl, &err);
        if (v) {
            const char *rest = nul ? nul + 1 : "";
            size_t rl = nul ? len - vl - 1 : 0;
            if (zaslon_restore(v, rest, rl, &back) < 0) abort();
            /* the loaded people meet new mentions; what the vault writes, it reads back */
            int rc = zaslon_redact(default_policy, v, rest, rl, &out, &spans);
            if (rc >= 0) check_spans(&spans, rl, &out);
            if (zaslon_vault_serialize(v, &out) < 0) abort();
            zaslon_vault *w = zaslon_vault_load(out.data, out.len, &err);
            if (!w || zaslon_vault_count(w) != zaslon_vault_count(v)) abort();
            zaslon_vault_free(w);
        }
        zaslon_vault_free(v);
        break;
    }
    }
    zaslon_spans_free(&spans);
    zaslon_buf_free(&out);
    zaslon_buf_free(&back);
    return 0;
}
