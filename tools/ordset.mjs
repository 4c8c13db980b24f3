// ordset.mjs — the membership sets that tools/gen-lexicon.mjs (zl_ru_ordinary) and
// tools/gen-names.mjs (zl_en_ordinary, zl_en_brand) write, keyed by FNV-1a over the key's UTF-8
// bytes; no key is stored and a member is never missed. src/recognize/rec_lex.c reads them the
// same way (keep the two in step).
//  - ordSet: a Bloom-style bit set, k positions by double hashing in 2^bits bits (ord_probe). At
//    ~8 bits a key it calls ~2.4 % of the keys it does not hold members.
//  - fuseSet: a binary fuse filter of 8-bit fingerprints (Graf & Lemire, "Binary Fuse Filters:
//    Fast and Smaller Than Xor Filters", 2022; fuse_has): a key is a member when the fingerprints at
//    its three positions XOR to its own. ~9 bits a key, and it calls 2^-8 (0.4 %) members.
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

const fnv = (w) => {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(w, 'utf8')) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
};

// The three positions and the fingerprint of FNV-1a hash h under seed (rec_lex.c's fuse_has).
function place(f, h) {
  const a = fmix((h ^ f.seed) >>> 0), b = fmix((a + 0x9e3779b9) >>> 0), c = fmix((b + 0x7f4a7c15) >>> 0);
  const h0 = Math.floor((a * f.segCountLen) / 4294967296); // exact: a * segCountLen < 2^53
  const m = f.segLen - 1;
  return [h0, ((h0 + f.segLen) ^ ((b >>> 16) & m)) >>> 0, ((h0 + 2 * f.segLen) ^ (b & m)) >>> 0, c & 0xff];
}

function layout(n) {
  // the paper's reference sizes for arity 3 (binaryfusefilter.h)
  const segLen = n < 2 ? 4 : Math.min(1 << Math.floor(Math.log(n) / Math.log(3.33) + 2.25), 1 << 16);
  const factor = n < 2 ? 0 : Math.max(1.125, 0.875 + (0.25 * Math.log(1e6)) / Math.log(n));
  const capacity = Math.round(n * factor);
  let segCount = Math.max(Math.ceil(capacity / segLen) - 2, 1);
  return { segLen, segCount, segCountLen: segCount * segLen, length: (segCount + 2) * segLen };
}

// A fuseSet collects keys (add), then build() makes the filter; has() asks the filter once built, the keys
// before. Fails loudly if no seed of 64 peels (a duplicate-free set of this size peels at the
// first seed or the second).
export function fuseSet() {
  const keys = new Set();
  let f = null;
  return {
    add(w) { if (f) throw new Error('ordset: add after build'); keys.add(w); },
    has(w) {
      if (!f) return keys.has(w);
      const [h0, h1, h2, fp] = place(f, fnv(w));
      return (f.fp[h0] ^ f.fp[h1] ^ f.fp[h2]) === fp;
    },
    get size() { return keys.size; },
    build() {
      const hs = [...new Set([...keys].map(fnv))]; // equal hashes are one key to the filter
      const L = layout(hs.length);
      for (let seed = 1; seed <= 64; seed++) {
        const t = { ...L, seed, fp: new Uint8Array(L.length) };
        const pl = hs.map((h) => place(t, h));
        const count = new Uint32Array(L.length), xk = new Uint32Array(L.length);
        pl.forEach((p, i) => { for (let j = 0; j < 3; j++) { count[p[j]]++; xk[p[j]] ^= i; } });
        const queue = [], stack = [];
        for (let c = 0; c < L.length; c++) if (count[c] === 1) queue.push(c);
        while (queue.length) {
          const c = queue.pop();
          if (count[c] !== 1) continue;
          const i = xk[c], p = pl[i];
          stack.push(i, c);
          for (let j = 0; j < 3; j++) {
            count[p[j]]--;
            xk[p[j]] ^= i;
            if (count[p[j]] === 1) queue.push(p[j]);
          }
        }
        if (stack.length !== 2 * hs.length) continue;
        for (let k = stack.length - 2; k >= 0; k -= 2) {
          const p = pl[stack[k]], c = stack[k + 1];
          t.fp[c] = 0;
          t.fp[c] = p[3] ^ t.fp[p[0]] ^ t.fp[p[1]] ^ t.fp[p[2]];
        }
        f = t;
        return f;
      }
      throw new Error(`ordset: ${hs.length} keys did not peel under 64 seeds`);
    },
    // the C initialiser of a zl_fuse named name (ling.h), after build()
    emit(name) {
      const w = [...f.fp].join(',').replace(/(([^,]*,){40})/g, '$1\n');
      return `static const uint8_t ${name}_fp[${f.length}] = {\n${w}};\n` +
        `const zl_fuse ${name} = {${name}_fp, ${f.seed}u, ${f.segLen}u, ${f.segCountLen}u};\n`;
    },
    get bytes() { return f ? f.length : 0; },
  };
}
