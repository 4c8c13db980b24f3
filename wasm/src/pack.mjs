// pack.mjs — post-link step of the release wasm: smaller over the wire, same bytes in memory.
//
// utf8proc's and PCRE2's Unicode tables are arrays of small structs and 16-bit integers, the name
// dictionaries sorted strings and offsets; stored as they are they gzip poorly. This step finds
// each table (dumped by the host tool wasm/src/tables.c from the very same sources) in the data
// segments, zeroes it there, lets wasm-opt drop the zeroes, and stores the table transposed
// (optionally delta-coded; string tables front-coded; mostly-zero tables such as the bit sets of
// build/gen/zl_index.c as their non-zero bytes) in the custom section "zaslon.packed",
// which gzip compresses far
// better. wasm/unpack.c (zw_unpack, called by the binding once after instantiation) puts the
// tables back into linear memory. The result is verified here with that very code in the packed
// module: the rebuilt memory image must equal the original byte for byte, or the build fails.
//
// usage: node wasm/src/pack.mjs --wasm core.wasm --tables tables.bin --out zaslon.wasm
//        --glue core.mjs (--simd | --scalar) [--wasm-opt wasm-opt] [--report: one line per table]
import fs from 'node:fs';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
// the section's format, as wasm/unpack.c reads it
const PACK_DELTA16 = 1, PACK_DELTA32 = 2, PACK_FRONT = 4, PACK_OFFSETS = 8, PACK_SPARSE = 16;

const argv = process.argv.slice(2);
const opt = (k, d) => {
  const i = argv.indexOf(k);
  return i >= 0 ? argv[i + 1] : d;
};
const inFile = opt('--wasm');
const tablesFile = opt('--tables');
const outFile = opt('--out');
const wasmOpt = opt('--wasm-opt', 'wasm-opt');
const glueFile = opt('--glue'); // emcc's JS: names the (minified) export of zw_unpack
const report = argv.includes('--report');
// What the module must be: --simd (uses SIMD128 instructions) or --scalar (none), checked below.
const simd = argv.includes('--simd') ? true : argv.includes('--scalar') ? false : null;
if (!inFile || !tablesFile || !outFile || !glueFile || simd === null) {
  console.error('usage: pack.mjs --wasm IN --glue IN.mjs --tables TABLES --out OUT (--simd | --scalar) [--wasm-opt BIN]');
  process.exit(2);
}
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;

// ---- wasm binary helpers ------------------------------------------------------------------------
function readLeb(b, i) {
  let r = 0, s = 0, x;
  do {
    x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return [r, i];
}
function leb(n) {
  const out = [];
  do {
    let x = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) x |= 0x80;
    out.push(x);
  } while (n > 0);
  return Buffer.from(out);
}
function sections(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm file');
  const list = [];
  let i = 8;
  while (i < buf.length) {
    const id = buf[i];
    const [size, start] = readLeb(buf, i + 1);
    list.push({ id, start, end: start + size, headerStart: i });
    i = start + size;
  }
  return list;
}
// Active segments of memory 0 with an i32.const offset (all emcc 3.1.6 emits without threads).
function dataSegments(buf) {
  const sec = sections(buf).find((s) => s.id === 11);
  if (!sec) return [];
  let [n, i] = readLeb(buf, sec.start);
  const segs = [];
  while (n--) {
    let flag;
    [flag, i] = readLeb(buf, i);
    if (flag !== 0 || buf[i] !== 0x41) throw new Error(`unsupported data segment (flag ${flag})`);
    let off;
    [off, i] = readLeb(buf, i + 1); // i32.const: signed LEB, read as unsigned ...
    if (buf[i - 1] & 0x40) throw new Error('negative data segment offset'); // ... if not negative
    if (buf[i] !== 0x0b) throw new Error('unsupported data segment offset expression');
    let len;
    [len, i] = readLeb(buf, i + 1);
    segs.push({ offset: off, pos: i, len });
    i += len;
  }
  return segs;
}
function memoryImage(buf, segs) {
  const top = segs.reduce((m, s) => Math.max(m, s.offset + s.len), 0);
  const img = Buffer.alloc(top);
  for (const s of segs) buf.copy(img, s.offset, s.pos, s.pos + s.len);
  return img;
}

// ---- the tables -------------------------------------------------------------------------------------
function readTables(file) {
  const b = fs.readFileSync(file);
  const out = [];
  let p = 0;
  while (p < b.length) {
    const nl = b.readUInt32LE(p);
    const name = b.toString('latin1', p + 4, p + 4 + nl);
    p += 4 + nl;
    const stride = b.readUInt32LE(p), kind = b.readUInt32LE(p + 4), len = b.readUInt32LE(p + 8);
    p += 12;
    out.push({ name, stride, kind, bytes: b.subarray(p, p + len) });
    p += len;
  }
  return out;
}
function transpose(bytes, stride) {
  const rows = bytes.length / stride, out = Buffer.alloc(bytes.length);
  for (let c = 0; c < stride; c++) for (let r = 0; r < rows; r++) out[c * rows + r] = bytes[r * stride + c];
  return out;
}
function delta32(bytes) {
  const out = Buffer.alloc(bytes.length);
  let prev = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const v = bytes.readUInt32LE(i);
    out.writeUInt32LE((v - prev) >>> 0, i);
    prev = v;
  }
  return out;
}
// NUL-terminated strings -> per string: length of the prefix shared with the previous string
// (one byte, at most 255), the rest of the string, NUL.
function frontCode(bytes) {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0) return null;
  const out = [];
  let prev = Buffer.alloc(0);
  for (let i = 0; i < bytes.length;) {
    const e = bytes.indexOf(0, i);
    const w = bytes.subarray(i, e);
    let k = 0;
    while (k < 255 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
    out.push(Buffer.from([k]), w.subarray(k), Buffer.from([0]));
    prev = w;
    i = e + 1;
  }
  return Buffer.concat(out);
}
// Mostly-zero bytes -> per non-zero byte: the number of zero bytes before it (LEB128), the byte.
function sparse(bytes) {
  const out = [];
  let gap = 0;
  for (const b of bytes) {
    if (b === 0) {
      gap++;
      continue;
    }
    for (; gap >= 128; gap >>>= 7) out.push((gap & 127) | 128);
    out.push(gap, b);
    gap = 0;
  }
  return Buffer.from(out);
}
function delta16(bytes) {
  const out = Buffer.alloc(bytes.length);
  let prev = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const v = bytes.readUInt16LE(i);
    out.writeUInt16LE((v - prev) & 0xffff, i);
    prev = v;
  }
  return out;
}

const original = fs.readFileSync(inFile);
const segs = dataSegments(original);
const image = memoryImage(original, segs);
const work = Buffer.from(original);
const entries = [];
const lines = [];
const found = new Map(); // table name -> address
// Offsets of the consecutive strings of the string table at `addr` (as the dictionaries store them).
function offsetsOf(addr, count) {
  const out = Buffer.alloc(count * 4);
  let o = addr;
  for (let i = 0; i < count; i++) {
    out.writeUInt32LE(o - addr, i * 4);
    o = image.indexOf(0, o);
    if (o < 0) return null;
    o++;
  }
  return out;
}
for (const t of readTables(tablesFile)) {
  const at = image.indexOf(t.bytes);
  if (at < 0 || image.indexOf(t.bytes, at + 1) >= 0) {
    lines.push(`${t.name}: ${at < 0 ? 'not linked' : 'found twice'}, left as is`);
    continue;
  }
  if (t.bytes.length % t.stride !== 0) throw new Error(`${t.name}: length is not a multiple of the stride`);
  found.set(t.name, at);
  const raw = gz(t.bytes);
  const cands = [];
  if (t.kind === 1) {
    const fc = frontCode(t.bytes);
    if (fc) cands.push({ flags: PACK_FRONT, stride: 1, data: fc });
  } else {
    cands.push({ flags: PACK_SPARSE, stride: t.stride, data: sparse(t.bytes) });
    if (t.stride > 1) cands.push({ flags: 0, stride: t.stride, data: transpose(t.bytes, t.stride) });
    if (t.stride === 2) cands.push({ flags: PACK_DELTA16, stride: 2, data: transpose(delta16(t.bytes), 2) });
    if (t.stride === 4) cands.push({ flags: PACK_DELTA32, stride: 4, data: transpose(delta32(t.bytes), 4) });
    // "<name>.off" = the offsets of the consecutive strings of "<name>.blob": rebuilt from them
    const blobAt = t.name.endsWith('.off') && t.stride === 4 ? found.get(t.name.replace(/\.off$/, '.blob')) : undefined;
    if (blobAt !== undefined) {
      const derived = offsetsOf(blobAt, t.bytes.length / 4);
      if (derived && derived.equals(t.bytes)) {
        const d = Buffer.alloc(4);
        d.writeUInt32LE(blobAt, 0);
        cands.push({ flags: PACK_OFFSETS, stride: 4, data: d });
      }
    }
  }
  if (cands.length === 0) {
    lines.push(`${t.name}: ${t.bytes.length} B, gzip ${raw} B; nothing to try, left as is`);
    continue;
  }
  for (const c of cands) c.size = gz(c.data);
  const best = cands.reduce((a, b) => (b.size < a.size ? b : a));
  if (best.size + 64 >= raw) {
    lines.push(`${t.name}: ${t.bytes.length} B, gzip ${raw} B; packing does not help, left as is`);
    continue;
  }
  const how = best.flags & PACK_SPARSE ? 'non-zero bytes' : best.flags & PACK_OFFSETS ? 'rebuilt from its strings' : best.flags & PACK_FRONT ? 'front-coded' : best.flags & PACK_DELTA16 ? 'delta16+transposed'
    : best.flags & PACK_DELTA32 ? 'delta32+transposed' : `transposed by ${best.stride}`;
  lines.push(`${t.name}: ${t.bytes.length} B at ${at}, gzip ${raw} -> ${best.size} B (${how})`);
  entries.push({ addr: at, len: t.bytes.length, stride: best.stride, flags: best.flags, data: best.data });
  // zero the table in every segment that holds a part of it
  for (const s of segs) {
    const lo = Math.max(s.offset, at), hi = Math.min(s.offset + s.len, at + t.bytes.length);
    if (lo < hi) work.fill(0, s.pos + (lo - s.offset), s.pos + (hi - s.offset));
  }
}

// wasm-opt drops the zero runs (memory packing) and re-optimises; the section is added after.
const tmp = `${outFile}.tmp.wasm`;
fs.writeFileSync(tmp, work);
// emcc strips the target_features section, so wasm-opt is told about SIMD.
execFileSync(wasmOpt, ['-Oz', '--memory-packing', '--detect-features', ...(simd ? ['--enable-simd'] : []), tmp, '-o', tmp],
  { stdio: 'inherit' });
// The variant is what its name says: binaryen's validator with every feature but SIMD accepts the
// module exactly when it holds no SIMD instruction (a scalar module that is not one would fail to
// compile in the browsers it exists for; a "SIMD" one without any would be the scalar code twice).
{
  let noSimd = true;
  try {
    execFileSync(wasmOpt, ['--all-features', '--disable-simd', tmp, '-o', `${tmp}.check`], { stdio: 'pipe' });
  } catch {
    noSimd = false;
  }
  fs.rmSync(`${tmp}.check`, { force: true });
  if (noSimd === simd) {
    fs.unlinkSync(tmp);
    throw new Error(`pack.mjs: ${inFile} ${simd ? 'has no SIMD instruction (built without -msimd128?)' : 'has SIMD instructions'}`);
  }
}
let packed = fs.readFileSync(tmp);
fs.unlinkSync(tmp);

const head = Buffer.alloc(8);
head.write('ZPK1', 0, 'latin1');
head.writeUInt32LE(entries.length, 4);
const parts = [head];
for (const e of entries) {
  const h = Buffer.alloc(20);
  h.writeUInt32LE(e.addr, 0);
  h.writeUInt32LE(e.len, 4);
  h.writeUInt32LE(e.stride, 8);
  h.writeUInt32LE(e.flags, 12);
  h.writeUInt32LE(e.data.length, 16);
  parts.push(h, e.data);
}
const payload = Buffer.concat(parts);
const name = Buffer.from('zaslon.packed', 'latin1');
const body = Buffer.concat([leb(name.length), name, payload]);
packed = Buffer.concat([packed, Buffer.from([0]), leb(body.length), body]);

// ---- verify with the runtime's own code ---------------------------------------------------------
// Instantiate the packed module (imports stubbed: zw_unpack calls none), copy the section near
// the top of its memory as the binding does with malloc, run wasm/unpack.c's zw_unpack, and
// compare the static data with the original image byte for byte.
{
  const mod = new WebAssembly.Module(packed);
  const imports = {};
  for (const imp of WebAssembly.Module.imports(mod)) {
    if (imp.kind !== 'function') throw new Error(`pack.mjs: cannot stub the ${imp.kind} import ${imp.name}`);
    (imports[imp.module] ||= {})[imp.name] = () => {
      throw new Error(`pack.mjs: zw_unpack called the import ${imp.module}.${imp.name}`);
    };
  }
  const { exports } = new WebAssembly.Instance(mod, imports);
  const m = /Module\["_zw_unpack"\]=Module\["asm"\]\["([\w$]+)"\]/.exec(fs.readFileSync(glueFile, 'utf8'));
  const unpack = m && exports[m[1]];
  if (typeof unpack !== 'function') throw new Error(`pack.mjs: no zw_unpack export found via ${glueFile}`);
  const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
  const sec = new Uint8Array(WebAssembly.Module.customSections(mod, 'zaslon.packed')[0]);
  const need = image.length + (1 << 20) + sec.length; // above the data and the stack
  if (memory.buffer.byteLength < need) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
  const at = (memory.buffer.byteLength - sec.length) & ~7;
  new Uint8Array(memory.buffer).set(sec, at);
  if (unpack(at, sec.length) !== 1) throw new Error('pack.mjs: zw_unpack rejected the section');
  const got = Buffer.from(memory.buffer, 0, image.length);
  if (!got.equals(image)) {
    throw new Error('pack.mjs: the unpacked memory image differs from the original: not writing');
  }
}

fs.writeFileSync(outFile, packed);
// The build prints the summary; the line per table only with --report (make V=1).
if (report) for (const l of lines) console.log(`  pack: ${l}`);
console.log(`  pack: ${inFile} gzip ${gz(original)} B -> ${outFile} gzip ${gz(packed)} B`);
