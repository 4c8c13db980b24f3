/* base64.c — standard base64, for the vault file: a value with a NUL byte inside (a phone
 * number may hold one) cannot be a cJSON string, which ends at the first NUL. */
#include "common/codec.h"
#include "common/mem.h"

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool zs_b64_encode(const unsigned char *p, size_t n, zaslon_buf *out) {
    if (!zs_buf_reserve(out, (n + 2) / 3 * 4)) return false;
    char *d = out->data + out->len;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        *d++ = alphabet[v >> 18];
        *d++ = alphabet[(v >> 12) & 63];
        *d++ = i + 1 < n ? alphabet[(v >> 6) & 63] : '=';
        *d++ = i + 2 < n ? alphabet[v & 63] : '=';
    }
    out->len = (size_t)(d - out->data);
    out->data[out->len] = 0;
    return true;
}

static int value_of(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

bool zs_b64_decode(const char *s, size_t n, zaslon_buf *out) {
    zs_buf_clear(out);
    if (n % 4 || !zs_buf_reserve(out, n / 4 * 3)) return false;
    for (size_t i = 0; i < n; i += 4) {
        bool last = i + 4 == n;
        int pad = !last || s[n - 1] != '=' ? 0 : s[n - 2] == '=' ? 2 : 1;
        int v[4];
        for (int k = 0; k < 4; k++) {
            v[k] = k >= 4 - pad ? 0 : value_of(s[i + k]);
            if (v[k] < 0) {
                zs_buf_clear(out);
                return false;
            }
        }
        uint32_t x =
            (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 | (uint32_t)v[3];
        unsigned char b[3] = {(unsigned char)(x >> 16), (unsigned char)(x >> 8), (unsigned char)x};
        memcpy(out->data + out->len, b, 3 - (size_t)pad);
        out->len += 3 - (size_t)pad;
    }
    out->data[out->len] = 0;
    return true;
}
