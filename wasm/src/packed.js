// packed.js — restores the tables that wasm/src/pack.mjs moved out of zaslon.wasm's data segments.
//
// Large constant tables (utf8proc's and PCRE2's Unicode tables: arrays of small structs and of
// 16-bit integers; the name dictionaries: sorted strings and 32-bit offsets) gzip poorly as they
// are; pack.mjs stores them in the custom section "zaslon.packed" in a form that compresses
// better and zeroes them in the data segments. Here they are written back into linear memory
// after instantiation and before any C code runs. A module without the section (the debug
// build) is left alone.
//
// Section (little endian): "ZPK1", u32 count, then per table: u32 address, u32 length (in
// memory), u32 stride, u32 flags, u32 payload length, payload:
//   flags 0:            byte c of row r at [c * rows + r] (rows = length / stride)
//   PACK_DELTA16/32:    the same, of the differences of consecutive uint16/uint32 (mod 2^n)
//   PACK_FRONT:         NUL-terminated strings, each as: u8 length of the prefix shared with the
//                       previous string, the rest of the string, NUL
//   PACK_OFFSETS:       u32 offsets of the consecutive NUL-terminated strings that start at the
//                       address in the 4-byte payload (a string table restored before, or data)
export const PACK_DELTA16 = 1;
export const PACK_DELTA32 = 2;
export const PACK_FRONT = 4;
export const PACK_OFFSETS = 8;

function bad() {
  return new Error('bad zaslon.packed section');
}

export function unpackTables(module, memory) {
  const sections = WebAssembly.Module.customSections(module, 'zaslon.packed');
  if (sections.length === 0) return;
  const buf = sections[0];
  const src = new Uint8Array(buf);
  const dv = new DataView(buf);
  if (src.length < 8 || dv.getUint32(0, true) !== 0x314b505a) throw bad();
  const count = dv.getUint32(4, true);
  const mem = new Uint8Array(memory.buffer);
  let p = 8;
  for (let t = 0; t < count; t++) {
    if (p + 20 > src.length) throw bad();
    const addr = dv.getUint32(p, true), len = dv.getUint32(p + 4, true);
    const stride = dv.getUint32(p + 8, true), flags = dv.getUint32(p + 12, true);
    const plen = dv.getUint32(p + 16, true);
    p += 20;
    const end = addr + len;
    if (p + plen > src.length || end > mem.length || stride === 0 || len % stride !== 0) throw bad();
    if (flags & PACK_OFFSETS) {
      if (stride !== 4 || plen !== 4) throw bad();
      const base = dv.getUint32(p, true);
      let o = base;
      for (let w = addr; w < end; w += 4) {
        const v = o - base;
        mem[w] = v & 0xff;
        mem[w + 1] = (v >>> 8) & 0xff;
        mem[w + 2] = (v >>> 16) & 0xff;
        mem[w + 3] = v >>> 24;
        o = mem.indexOf(0, o);
        if (o < 0) throw bad();
        o++;
      }
    } else if (flags & PACK_FRONT) {
      let o = addr, prev = addr, q = p;
      const qend = p + plen;
      while (o < end) {
        if (q >= qend) throw bad();
        const k = src[q++];
        const start = o;
        mem.copyWithin(o, prev, prev + k);
        o += k;
        while (q < qend && src[q] !== 0) mem[o++] = src[q++];
        if (q >= qend || o >= end) throw bad();
        mem[o++] = 0;
        q++;
        prev = start;
      }
      if (o !== end || q !== qend) throw bad();
    } else {
      if (plen !== len) throw bad();
      const rows = len / stride;
      for (let c = 0; c < stride; c++) {
        const col = p + c * rows;
        for (let r = 0, o = addr + c; r < rows; r++, o += stride) mem[o] = src[col + r];
      }
      if (flags & PACK_DELTA16) {
        if (stride !== 2) throw bad();
        let prev = 0;
        for (let o = addr; o < end; o += 2) {
          prev = (prev + (mem[o] | (mem[o + 1] << 8))) & 0xffff;
          mem[o] = prev & 0xff;
          mem[o + 1] = prev >> 8;
        }
      } else if (flags & PACK_DELTA32) {
        if (stride !== 4) throw bad();
        let prev = 0;
        for (let o = addr; o < end; o += 4) {
          prev = (prev + (mem[o] | (mem[o + 1] << 8) | (mem[o + 2] << 16) | (mem[o + 3] << 24))) >>> 0;
          mem[o] = prev & 0xff;
          mem[o + 1] = (prev >>> 8) & 0xff;
          mem[o + 2] = (prev >>> 16) & 0xff;
          mem[o + 3] = prev >>> 24;
        }
      }
    }
    p += plen;
  }
}
