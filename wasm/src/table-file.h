/* table-file.h — writes the tables file that wasm/src/pack.mjs reads (used by the host tools
 * wasm/src/tables.c and tools/gen-ling-index.c). Per table, little endian:
 *   u32 name length, name, u32 stride, u32 kind, u32 byte length, bytes
 * kind: 0 = array of `stride`-byte records, 1 = NUL-terminated strings one after another. */
#ifndef ZASLON_TABLE_FILE_H
#define ZASLON_TABLE_FILE_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void table_put32(FILE *f, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

static void table_entry(FILE *f, const char *name, const void *p, size_t size, size_t stride,
                        uint32_t kind) {
    table_put32(f, (uint32_t)strlen(name));
    fwrite(name, 1, strlen(name), f);
    table_put32(f, (uint32_t)stride);
    table_put32(f, kind);
    table_put32(f, (uint32_t)size);
    fwrite(p, 1, size, f);
}

#endif
