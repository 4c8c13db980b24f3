/* unpack.c — restores the tables that wasm/src/pack.mjs moved out of zaslon.wasm's data segments.
 *
 * Large constant tables (utf8proc's and PCRE2's Unicode tables, the name dictionaries) gzip poorly
 * as they are; pack.mjs stores them in the custom section "zaslon.packed" in a form that
 * compresses better and zeroes them in the data segments. The binding copies the section into
 * linear memory and calls zw_unpack() once, before any other call: in C this takes ~1 ms, where
 * the same loops in freshly loaded (not yet optimised) JavaScript took ~20 ms of every start.
 *
 * Section (little endian): "ZPK1", u32 count, then per table: u32 address, u32 length (in
 * memory), u32 stride, u32 flags, u32 payload length, payload:
 *   flags 0:            byte c of row r at [c * rows + r] (rows = length / stride)
 *   PACK_DELTA16/32:    the same, of the differences of consecutive uint16/uint32 (mod 2^n)
 *   PACK_FRONT:         NUL-terminated strings, each as: u8 length of the prefix shared with the
 *                       previous string, the rest of the string, NUL
 *   PACK_OFFSETS:       u32 offsets of the consecutive NUL-terminated strings that start at the
 *                       address in the 4-byte payload (a string table restored before, or data)
 *   PACK_SPARSE:        per non-zero byte: the number of zero bytes before it (LEB128), the byte;
 *                       the rest of the table is zero
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { PACK_DELTA16 = 1, PACK_DELTA32 = 2, PACK_FRONT = 4, PACK_OFFSETS = 8, PACK_SPARSE = 16 };

/* Linear memory at address a (tables are addressed by their wasm address). */
static uint8_t *at(uint32_t a) {
    return (uint8_t *)(uintptr_t)a;
}

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static uint64_t rd64(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static void wr64(uint8_t *p, uint64_t w) {
    memcpy(p, &w, 8);
}

/* Writes, as it goes, the offsets of the strings into [*offs, offs_end) (the table's PACK_OFFSETS
 * entry, which follows it): a second pass over the ~1 MB of strings to find each NUL was about a
 * quarter of zw_unpack's time in baseline code. *offs ends past the last offset written.
 * Eight bytes a step where eight bytes fit before the table's end: zw_unpack runs once, on a
 * fresh page, in the engine's baseline code, where a memmove call and a byte loop per string
 * made the ~64 k front-coded strings most of its time. Bytes written past a string's NUL are
 * garbage that the next string overwrites; a table's last strings take the byte loops. */
static int unpack_front(uint32_t addr, uint32_t end, const uint8_t *q, const uint8_t *qend,
                        uint32_t *offs, uint32_t offs_end) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint32_t o = addr, prev = addr, ow = *offs;
    while (o < end) {
        if (q >= qend) return -1;
        uint32_t k = *q++, start = o;
        if (ow < offs_end) {
            wr32(at(ow), start - addr);
            ow += 4;
        }
        if (k > o - prev || k > end - o) return -1; /* the prefix lies within the previous string */
        if (end - o > k + 16) {
            /* the source's first k bytes lie below o, so no chunk reads what this copy wrote
             * before it; the bytes past k it copies are overwritten below */
            for (uint32_t i = 0; i < k; i += 8)
                wr64(at(o + i), rd64(at(prev + i)));
        } else {
            memmove(at(o), at(prev), k);
        }
        o += k;
        for (;;) {
            if (qend - q < 8 || end - o < 16) {
                while (q < qend && *q != 0 && o < end)
                    *at(o++) = *q++;
                break;
            }
            uint64_t w = rd64(q);
            uint64_t z = (w - ones) & ~w & highs; /* its lowest bit marks the first NUL */
            wr64(at(o), w);
            if (z) {
                uint32_t n = (uint32_t)__builtin_ctzll(z) >> 3;
                o += n;
                q += n;
                break;
            }
            o += 8;
            q += 8;
        }
        if (q >= qend || o >= end) return -1;
        *at(o++) = 0;
        q++;
        prev = start;
    }
    *offs = ow;
    return o == end && q == qend ? 0 : -1;
}

/* Each string's NUL found eight bytes a step (a memchr call per string cost more than the search
 * for these ~15-byte strings, in the baseline code zw_unpack runs in). */
static int unpack_offsets(uint32_t addr, uint32_t end, uint32_t base, uint32_t limit) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint32_t o = base;
    for (uint32_t w = addr; w < end; w += 4) {
        wr32(at(w), o - base);
        for (;;) {
            if (o >= limit) return -1;
            if (limit - o < 8) {
                const uint8_t *z = memchr(at(o), 0, limit - o);
                if (!z) return -1;
                o = (uint32_t)(uintptr_t)z + 1;
                break;
            }
            uint64_t v = rd64(at(o));
            uint64_t z = (v - ones) & ~v & highs; /* its lowest bit marks the first NUL */
            if (z) {
                o += ((uint32_t)__builtin_ctzll(z) >> 3) + 1;
                break;
            }
            o += 8;
        }
    }
    return 0;
}

static int unpack_sparse(uint32_t addr, uint32_t end, const uint8_t *q, const uint8_t *qend) {
    memset(at(addr), 0, end - addr);
    uint32_t o = addr;
    while (q < qend) {
        uint32_t gap = 0;
        for (int shift = 0;; shift += 7) {
            if (q >= qend || shift > 28) return -1;
            uint8_t b = *q++;
            gap |= (uint32_t)(b & 127) << shift;
            if (!(b & 128)) break;
        }
        if (q >= qend || gap >= end - o) return -1;
        o += gap;
        *at(o++) = *q++;
    }
    return 0;
}

static void unpack_columns(uint32_t addr, uint32_t len, uint32_t stride, const uint8_t *p) {
    uint32_t rows = len / stride;
    for (uint32_t c = 0; c < stride; c++) {
        const uint8_t *col = p + (size_t)c * rows;
        uint8_t *o = at(addr + c);
        for (uint32_t r = 0; r < rows; r++, o += stride)
            *o = col[r];
    }
}

static void undelta(uint32_t addr, uint32_t end, uint32_t flags) {
    if (flags & PACK_DELTA16) {
        uint16_t prev = 0;
        for (uint8_t *o = at(addr); o < at(end); o += 2) {
            prev = (uint16_t)(prev + (o[0] | o[1] << 8));
            o[0] = (uint8_t)prev;
            o[1] = (uint8_t)(prev >> 8);
        }
    } else if (flags & PACK_DELTA32) {
        uint32_t prev = 0;
        for (uint8_t *o = at(addr); o < at(end); o += 4) {
            prev += rd32(o);
            wr32(o, prev);
        }
    }
}

static int unpack(const uint8_t *sec, size_t len) {
    /* tables live in static data, below the heap copy of the section */
    uint32_t limit = (uint32_t)(uintptr_t)sec;
    if (len < 8 || memcmp(sec, "ZPK1", 4) != 0) return -1;
    uint32_t count = rd32(sec + 4);
    size_t p = 8;
    for (uint32_t t = 0; t < count; t++) {
        if (len - p < 20) return -1;
        uint32_t addr = rd32(sec + p), tlen = rd32(sec + p + 4), stride = rd32(sec + p + 8),
                 flags = rd32(sec + p + 12), plen = rd32(sec + p + 16);
        p += 20;
        if (len - p < plen || addr == 0 || addr > limit || tlen > limit - addr || stride == 0 ||
            tlen % stride != 0)
            return -1;
        const uint8_t *pl = sec + p;
        uint32_t end = addr + tlen;
        p += plen;
        if ((flags & (PACK_OFFSETS | PACK_SPARSE)) == 0 && (flags & PACK_FRONT)) {
            /* the next entry: the offsets of these strings, filled in by the same pass */
            uint32_t oaddr = 0, oend = 0;
            if (t + 1 < count && len - p >= 24) {
                uint32_t na = rd32(sec + p), nl = rd32(sec + p + 4), ns = rd32(sec + p + 8),
                         nf = rd32(sec + p + 12), np = rd32(sec + p + 16);
                if ((nf & PACK_OFFSETS) && ns == 4 && np == 4 && nl % 4 == 0 && na != 0 &&
                    na <= limit && nl <= limit - na && rd32(sec + p + 20) == addr &&
                    (na >= end || na + nl <= addr)) {
                    oaddr = na;
                    oend = na + nl;
                }
            }
            uint32_t w = oaddr;
            if (unpack_front(addr, end, pl, pl + plen, &w, oend) != 0) return -1;
            if (oaddr) {
                /* fewer strings than offsets: the separate pass, as for any offsets table */
                if (w != oend && unpack_offsets(oaddr, oend, addr, limit) != 0) return -1;
                p += 24;
                t++;
            }
            continue;
        }
        if (flags & PACK_OFFSETS) {
            if (stride != 4 || plen != 4 || unpack_offsets(addr, end, rd32(pl), limit) != 0)
                return -1;
        } else if (flags & PACK_SPARSE) {
            if (unpack_sparse(addr, end, pl, pl + plen) != 0) return -1;
        } else {
            if (plen != tlen || ((flags & PACK_DELTA16) && stride != 2) ||
                ((flags & PACK_DELTA32) && stride != 4))
                return -1;
            unpack_columns(addr, tlen, stride, pl);
            undelta(addr, end, flags);
        }
    }
    return 0;
}

/* Restores the tables described by the section at sec (len bytes, a heap copy of
 * "zaslon.packed") into the module's data. Returns 1, or 0 if the section is malformed. The
 * caller frees sec. */
int zw_unpack(const uint8_t *sec, size_t len);
int zw_unpack(const uint8_t *sec, size_t len) {
    return unpack(sec, len) == 0;
}
