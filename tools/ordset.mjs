// ordset.mjs — the hashed bit sets (Bloom-style) of ordinary words that tools/gen-lexicon.mjs
// (zl_ru_ordinary) and tools/gen-names.mjs (zl_en_ordinary) write: FNV-1a over the key's UTF-8
// bytes, mixed, then double hashing for k positions in 2^bits bits. src/recognize/rec_lex.c's
// ord_probe() reads them the same way (keep the three in step). Membership only: no key is stored,
// so a set errs only by calling a word it never held a member.
const fmix = (h) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

export function ordSet(bits, k) {
  const set = new Uint8Array(1 << (bits - 3));
  const pos = (w) => {
    let h = 0x811c9dc5;
    for (const b of Buffer.from(w, 'utf8')) h = Math.imul(h ^ b, 0x01000193);
    const a = fmix(h >>> 0), b = fmix((a + 0x9e3779b9) >>> 0) | 1;
    const out = [];
    for (let i = 0; i < k; i++) out.push(((a + Math.imul(i, b)) >>> 0) >>> (32 - bits));
    return out;
  };
  return {
    bits, k, set,
    add(w) { for (const p of pos(w)) set[p >> 3] |= 1 << (p & 7); },
    has(w) { return pos(w).every((p) => set[p >> 3] & (1 << (p & 7))); },
    ones() { let n = 0; for (const x of set) for (let v = x; v; v &= v - 1) n++; return n; },
  };
}
