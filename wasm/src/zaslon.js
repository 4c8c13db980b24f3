// zaslon.js — the JavaScript face of the Zaslon C engine (one ES module after bundling with the
// emcc factory by wasm/src/bundle.mjs). Works in pages, Web Workers, MV3 service workers and
// Node >= 18 without shims.
//
// Rules this file keeps:
// - No type names, error codes, statuses or actions are written here: they all come from the
//   library (zaslon_constants_json(), zaslon_strerror(), zaslon_type_name(), ...).
// - No struct layout is written here either: wasm/glue.c's zw_layout() gives the offsets.
// - One TextEncoder.encodeInto per call into a reused wasm buffer, zeroed after the call; the
//   output buffer is zeroed as soon as it has been decoded.
// - C reports UTF-8 byte offsets; wasm/glue.c (zw_scan, zw_redact) turns all offsets of one text
//   into UTF-16 code units in one pass and writes the spans as int32 rows, read here through the
//   one Int32Array view of memory; span objects are made only by scan()/redact().
import createZaslonCore from '#zaslon-core';
import { ZaslonError } from './error.js';

const LOAD_ERROR = 'ZASLON_E_LOAD';

export { ZaslonError };

// ---- loading ------------------------------------------------------------------------------------

const isNode =
  typeof process === 'object' && process !== null && typeof process.versions === 'object' &&
  process.versions !== null && typeof process.versions.node === 'string';

function loadError(message, cause) {
  return new ZaslonError(message, { name: LOAD_ERROR, cause });
}

// The two release modules (wasm/wasm.mk): the same engine with and without wasm SIMD128.
const SIMD_FILE = 'zaslon.wasm';
const SCALAR_FILE = 'zaslon-scalar.wasm';

// The smallest module with a SIMD128 instruction (a function returning i8x16.popcnt of a splat):
// it validates exactly where the engine has wasm SIMD (Chrome/Edge 91+, Firefox 89+, Safari
// 16.4+, Node 16.4+).
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
  10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

function hasWasmSimd() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

function defaultWasmUrl(file) {
  try {
    return new URL(file, import.meta.url);
  } catch (e) {
    throw loadError(`cannot locate ${file} next to the module (import.meta.url is not ` +
      'available, e.g. after bundling): pass {wasmUrl} or {wasmBinary} to Zaslon.load()', e);
  }
}

// Which file to load: {simd} forces a variant, else the probe decides. wasmUrl / wasmBinary name
// the SIMD file and scalarWasmUrl / scalarWasmBinary the scalar one; with neither, both are
// looked up next to this module. A page given only wasmUrl keeps that one file whatever the
// engine (it may be either variant); compileBytes() says so if the engine cannot compile it.
function pickWasm(opts) {
  if (opts.simd != null && typeof opts.simd !== 'boolean') {
    throw loadError('the simd option must be true, false or left out');
  }
  const simd = opts.simd ?? hasWasmSimd();
  const scalarGiven = opts.scalarWasmBinary != null || opts.scalarWasmUrl != null;
  const mainGiven = opts.wasmBinary != null || opts.wasmUrl != null;
  if (simd || (!scalarGiven && mainGiven && opts.simd == null)) {
    return { wasmBinary: opts.wasmBinary, wasmUrl: opts.wasmUrl, file: SIMD_FILE, simd };
  }
  if (!scalarGiven && mainGiven) {
    throw loadError('{simd: false} with {wasmUrl} or {wasmBinary} needs {scalarWasmUrl} or ' +
      `{scalarWasmBinary} (where ${SCALAR_FILE} is)`);
  }
  return { wasmBinary: opts.scalarWasmBinary, wasmUrl: opts.scalarWasmUrl, file: SCALAR_FILE, simd };
}

function toBytes(bin) {
  if (bin instanceof Uint8Array) return bin;
  if (bin instanceof ArrayBuffer) return new Uint8Array(bin);
  if (ArrayBuffer.isView(bin)) return new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength);
  throw loadError('wasmBinary must be an ArrayBuffer or a typed array');
}

async function readWasm(opts) {
  if (opts.wasmBinary != null) return { bytes: toBytes(opts.wasmBinary), from: opts.file === SIMD_FILE ? 'wasmBinary' : 'scalarWasmBinary' };
  let url = opts.wasmUrl;
  if (url == null) url = defaultWasmUrl(opts.file);
  if (!(url instanceof URL)) {
    const s = String(url);
    try {
      url = new URL(s);
    } catch {
      if (isNode) url = null; // a plain file system path
      else {
        const base = globalThis.location ? globalThis.location.href : undefined;
        try {
          url = new URL(s, base);
        } catch (e) {
          throw loadError(`invalid wasmUrl ${JSON.stringify(s)}`, e);
        }
      }
    }
    if (url === null) return { bytes: await readFileNode(s, s, opts.file), from: s };
  }
  const from = url.href;
  if (url.protocol === 'file:') {
    if (!isNode) throw loadError(`cannot read ${from}: file: URLs need Node (pass {wasmBinary})`);
    return { bytes: await readFileNode(url, from, opts.file), from };
  }
  if (typeof fetch !== 'function') throw loadError(`cannot fetch ${from}: no fetch() here`);
  let res;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw loadError(`cannot fetch ${opts.file} from ${from}: ${e && e.message}`, e);
  }
  if (!res.ok) throw loadError(`cannot fetch ${opts.file} from ${from}: HTTP ${res.status}`);
  // Served as application/wasm, the module compiles while it downloads, and the browser may keep
  // the compiled code in its cache for the next visit (only a streamed compile is cached). Any
  // other type (common on shared hosting) would make compileStreaming reject: read the bytes.
  const type = (res.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    try {
      return { module: await WebAssembly.compileStreaming(res), from };
    } catch (e) {
      throw loadError(`${from} is not a valid ${opts.file}: ${e && e.message}${noSimdHint(opts)}`, e);
    }
  }
  return { bytes: new Uint8Array(await res.arrayBuffer()), from };
}

// A SIMD module fails to compile where the engine has no SIMD: say what to do about it.
function noSimdHint(opts) {
  return opts.file !== SIMD_FILE || hasWasmSimd() ? '' :
    ` (this engine has no WebAssembly SIMD: load ${SCALAR_FILE}, e.g. pass {scalarWasmUrl})`;
}

async function compileBytes(bytes, from, opts) {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw loadError(`${from} is not a WebAssembly file (${bytes.length} bytes, wrong magic)`);
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (e) {
    throw loadError(`${from} is not a valid ${opts.file}: ${e && e.message}${noSimdHint(opts)}`, e);
  }
}

async function readFileNode(where, from, file) {
  const spec = 'node:fs/promises'; // a variable: browser bundlers must not try to resolve it
  let fs;
  try {
    fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ spec);
  } catch (e) {
    throw loadError(`cannot read ${from}: no file system here (pass {wasmBinary})`, e);
  }
  try {
    const buf = await fs.readFile(where);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    throw loadError(`cannot read ${file} at ${from}: ${e && e.message}`, e);
  }
}

function findMemory(instance) {
  for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) return v;
  throw new Error('the module exports no memory');
}

// Instantiates the emcc factory with our own instantiation (no emcc fetching/XHR code runs, so
// the environment does not matter); rejects instead of hanging on any failure.
function instantiateCore(module) {
  return new Promise((resolve, reject) => {
    let done = false;
    let memory = null;
    const fail = (e) => {
      if (done) return;
      done = true;
      reject(e instanceof ZaslonError ? e : loadError(`zaslon.wasm failed to start: ${e && e.message ? e.message : e}`, e));
    };
    let started;
    try {
      started = createZaslonCore({
        instantiateWasm(imports, receive) {
          WebAssembly.instantiate(module, imports).then((instance) => {
            memory = findMemory(instance);
            receive(instance, module);
          }).catch(fail);
          return {};
        },
        onAbort: (what) => fail(new Error(`aborted (${what})`)),
      });
    } catch (e) {
      fail(e);
      return;
    }
    Promise.resolve(started).then((M) => {
      if (done) return;
      unpackTables(M, module, memory); // before the first call into the library
      done = true;
      resolve({ M, memory });
    }, fail).catch(fail);
  });
}

// wasm/src/pack.mjs moved the big constant tables into the custom section "zaslon.packed" (they
// gzip better that way); wasm/unpack.c writes them back. A module without the section (the debug
// build) is left alone.
function unpackTables(M, module, memory) {
  const sections = WebAssembly.Module.customSections(module, 'zaslon.packed');
  if (sections.length === 0) return;
  const sec = new Uint8Array(sections[0]);
  const ptr = M._malloc(sec.length);
  if (!ptr) throw new Error('out of memory');
  new Uint8Array(memory.buffer).set(sec, ptr);
  const ok = M._zw_unpack(ptr, sec.length);
  M._free(ptr);
  if (!ok) throw new Error('bad zaslon.packed section');
}

// ---- the core: one per loaded module ------------------------------------------------------------

// zw_layout() order (wasm/glue.c)
const L_VERSION = 0, L_BUF_DATA = 11, L_BUF_LEN = 12, L_ERR_CODE = 13, L_ERR_OFFSET = 14,
  L_ERR_PATH = 15, L_ERR_MESSAGE = 16, L_ERR_MESSAGE_SIZE = 18, L_RES_ROWS = 19, L_RES_COUNT = 20,
  L_RES_OUT = 21, L_ROW = 22, L_COL_START = 23, L_COL_END = 24, L_COL_OUT_START = 25,
  L_COL_OUT_END = 26, L_COL_TYPE = 27, L_COL_ACTION = 28, L_COUNT = 29;
const LAYOUT_VERSION = 2;
const MIN_TEXT_BUFFER = 4096;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

class Core {
  constructor(M, memory) {
    this.M = M;
    this.memory = memory;
    this.u8 = new Uint8Array(memory.buffer);
    this.u32 = new Uint32Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer);
    const lp = M._zw_layout() >>> 2;
    const ver = this.i32[lp + L_VERSION];
    if (ver !== LAYOUT_VERSION) throw loadError(`zaslon.wasm layout ${ver} does not match the module`);
    this.L = Array.from(this.i32.subarray(lp, lp + L_COUNT));
    this.inPtr = 0;
    this.inCap = 0;
    this.inView = null; // u8 over [inPtr, inPtr + inCap): renewed with the buffer or the views
    this.err = M._zw_error_new();
    this.tmp = M._zw_buf_new(); // restore / serialize output
    if (!this.err || !this.tmp) throw loadError('out of memory');
    this.constants = deepFreeze(JSON.parse(this.cstr(M._zaslon_constants_json())));
    this.version = this.cstr(M._zaslon_version());
    this.build = deepFreeze(JSON.parse(this.cstr(M._zw_build_info())));
    this.errorNames = new Map();
    for (const [k, v] of Object.entries(this.constants.errors || {})) this.errorNames.set(v, k);
    for (const [k, v] of Object.entries(this.constants.status || {})) this.errorNames.set(v, k);
    this.blocked = blockedStatus(this.constants.status || {});
    this.actionNames = [];
  }

  // Views over linear memory, renewed when memory has grown: the old buffer is then detached and
  // its views have length 0 (a cheaper test than reading memory.buffer on every call).
  view() {
    if (this.u8.byteLength === 0) {
      const b = this.memory.buffer;
      this.u8 = new Uint8Array(b);
      this.u32 = new Uint32Array(b);
      this.i32 = new Int32Array(b);
      this.inView = null;
    }
    return this.u8;
  }

  cstr(ptr) {
    const h = this.view();
    let e = ptr;
    while (h[e] !== 0) e++;
    return decoder.decode(h.subarray(ptr, e));
  }

  errName(code) {
    return this.errorNames.get(code) || `ZASLON_${code}`;
  }

  errorFromCode(rc) {
    return new ZaslonError(this.cstr(this.M._zaslon_strerror(rc)), { code: rc, name: this.errName(rc) });
  }

  // The filled zaslon_error after a NULL result.
  errorFromStruct() {
    this.view();
    const e = this.err, L = this.L;
    const code = this.i32[(e + L[L_ERR_CODE]) >>> 2];
    const offset = this.u32[(e + L[L_ERR_OFFSET]) >>> 2];
    const path = this.cstr(e + L[L_ERR_PATH]);
    const msg = this.cstr(e + L[L_ERR_MESSAGE]);
    this.u8.fill(0, e, e + L[L_ERR_MESSAGE] + L[L_ERR_MESSAGE_SIZE]);
    const code2 = code < 0 ? code : this.constants.errors.ZASLON_E_INTERNAL;
    return new ZaslonError(msg || this.cstr(this.M._zaslon_strerror(code2)),
      { code: code2, name: this.errName(code2), path, offset });
  }

  argError(message) {
    const code = this.constants.errors.ZASLON_E_ARG;
    return new ZaslonError(message, { code, name: this.errName(code) });
  }

  // Makes room for n bytes of input in the reused text buffer.
  reserve(n) {
    if (n <= this.inCap && this.inPtr) return; // never pass NULL, even for empty text
    const cap = Math.max(n, this.inCap * 2, MIN_TEXT_BUFFER);
    if (this.inPtr) this.M._free(this.inPtr); // zeroed after every use already
    this.inPtr = 0;
    this.inCap = 0;
    this.inView = null;
    const p = this.M._malloc(cap);
    if (!p) throw this.errorFromCode(this.constants.errors.ZASLON_E_NOMEM);
    this.inPtr = p;
    this.inCap = cap;
  }

  // One encode of `text` into the text buffer; returns its UTF-8 length.
  encode(text) {
    if (typeof text !== 'string') throw new TypeError('zaslon: text must be a string');
    this.reserve(text.length * 3); // the UTF-8 length never exceeds 3 bytes per UTF-16 unit
    const h = this.view();
    if (this.inView === null) this.inView = h.subarray(this.inPtr, this.inPtr + this.inCap);
    return encoder.encodeInto(text, this.inView).written;
  }

  putBytes(bytes) {
    this.reserve(bytes.length);
    this.view().set(bytes, this.inPtr);
    return bytes.length;
  }

  wipeInput(n) {
    if (n > 0) this.view().fill(0, this.inPtr, this.inPtr + n);
  }

  bufData(buf) {
    this.view();
    return [this.u32[(buf + this.L[L_BUF_DATA]) >>> 2], this.u32[(buf + this.L[L_BUF_LEN]) >>> 2]];
  }

  // Decodes a zaslon_buf into a string and zeroes it.
  takeText(buf) {
    const [p, n] = this.bufData(buf);
    if (!p || !n) return '';
    const h = this.u8;
    const s = decoder.decode(h.subarray(p, p + n));
    h.fill(0, p, p + n);
    return s;
  }

  takeBytes(buf) {
    const [p, n] = this.bufData(buf);
    if (!p || !n) return new Uint8Array(0);
    const out = this.u8.slice(p, p + n);
    this.u8.fill(0, p, p + n);
    return out;
  }

  actionName(a) {
    let s = this.actionNames[a];
    if (s === undefined) {
      const p = this.M._zaslon_action_name(a);
      s = p ? this.cstr(p) : String(a);
      this.actionNames[a] = s;
    }
    return s;
  }
}

function blockedStatus(status) {
  for (const [k, v] of Object.entries(status)) if (/BLOCK/.test(k)) return v;
  return null;
}

function deepFreeze(o) {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

// ---- offsets --------------------------------------------------------------------------------------

/** Turns UTF-8 byte offsets into UTF-16 code unit offsets of `str`, in place, in one walk over the
 * string (boundaries visited in sorted order). Lone surrogates count 3 bytes, as TextEncoder
 * writes them as U+FFFD. An offset inside a character maps to the end of that character. */
export function toUnits(str, offs, count = offs.length) {
  let order = null;
  for (let i = 1; i < count; i++) {
    if (offs[i] < offs[i - 1]) {
      order = Array.from({ length: count }, (_, k) => k).sort((a, b) => offs[a] - offs[b]);
      break;
    }
  }
  const len = str.length;
  let u = 0, b = 0;
  for (let k = 0; k < count; k++) {
    const idx = order === null ? k : order[k];
    const target = offs[idx];
    while (b < target && u < len) {
      const c = str.charCodeAt(u);
      if (c < 0x80) { b += 1; u += 1; }
      else if (c < 0x800) { b += 2; u += 1; }
      else if ((c & 0xfc00) === 0xd800 && u + 1 < len && (str.charCodeAt(u + 1) & 0xfc00) === 0xdc00) { b += 4; u += 2; }
      else { b += 3; u += 1; }
    }
    offs[idx] = u;
  }
  return offs;
}

// ---- handles ----------------------------------------------------------------------------------------

const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((held) => {
    try { held.free(); } catch { /* the module is gone */ }
  })
  : null;

class Handle {
  constructor(core, what, free) {
    this._core = core;
    this._what = what;
    this._held = { free, done: false };
    if (registry) registry.register(this, this._held, this);
  }
  _check() {
    if (this._held.done) throw this._core.argError(`zaslon: this ${this._what} was deleted`);
  }
  /** Frees the C object now; using it afterwards throws. Idempotent. */
  delete() {
    if (this._held.done) return;
    if (registry) registry.unregister(this);
    this._held.done = true;
    this._held.free();
  }
  get deleted() {
    return this._held.done;
  }
}

const NO_SPANS = Object.freeze({
  start: Object.freeze(new Int32Array(0)), end: Object.freeze(new Int32Array(0)), type: Object.freeze(new Int32Array(0)),
});
const NO_REDACT_COLUMNS = Object.freeze({
  ...NO_SPANS, outStart: NO_SPANS.start, outEnd: NO_SPANS.start, action: NO_SPANS.start,
});

export class Policy extends Handle {
  constructor(core, ptr) {
    const M = core.M;
    const res = M._zw_result_new();
    super(core, 'policy', () => {
      M._zw_result_free(res);
      M._zaslon_policy_free(ptr);
    });
    if (!res) {
      this.delete();
      throw core.errorFromCode(core.constants.errors.ZASLON_E_NOMEM);
    }
    this._ptr = ptr;
    this._res = res;
    this._names = [];
    this._info = undefined;
  }

  _typeName(t) {
    let s = this._names[t];
    if (s === undefined) {
      const p = this._core.M._zaslon_type_name(this._ptr, t);
      s = p ? this._core.cstr(p) : String(t);
      this._names[t] = s;
    }
    return s;
  }

  /** The name of a type id of this policy (scanSpans() gives ids). */
  typeName(id) {
    this._check();
    return this._typeName(id);
  }

  /** The compiled policy's description (zaslon_policy_info_json), parsed. */
  get info() {
    this._check();
    if (this._info === undefined) {
      this._info = deepFreeze(JSON.parse(this._core.cstr(this._core.M._zaslon_policy_info_json(this._ptr))));
    }
    return this._info;
  }

  _vaultPtr(options) {
    const vault = options && options.vault;
    if (vault == null) return 0;
    if (!(vault instanceof Vault) || vault._core !== this._core) {
      throw this._core.argError('zaslon: options.vault must be a vault of this Zaslon instance');
    }
    vault._check();
    return vault._ptr;
  }

  // One zw_scan / zw_redact call on `text`: the input is zeroed whatever happens; returns
  // [status, span count, int32 index of the first row] (rows: see zw_layout in wasm/glue.c).
  _call(text, vp, redact) {
    const c = this._core;
    const n = c.encode(text);
    let rc;
    try {
      rc = redact ? c.M._zw_redact(this._ptr, vp, c.inPtr, n, text.length, this._res)
        : c.M._zw_scan(this._ptr, c.inPtr, n, text.length, this._res);
    } finally {
      c.wipeInput(n);
    }
    if (rc < 0) throw c.errorFromCode(rc);
    c.view();
    const L = c.L, u32 = c.u32;
    return [rc, u32[(this._res + L[L_RES_COUNT]) >>> 2], u32[(this._res + L[L_RES_ROWS]) >>> 2] >>> 2];
  }

  /** Finds personal data: [{start, end, type}] in UTF-16 code units, half-open. */
  scan(text) {
    this._check();
    const [, count, row0] = this._call(text, 0, false);
    const c = this._core, L = c.L, i32 = c.i32, w = L[L_ROW];
    const cs = L[L_COL_START], ce = L[L_COL_END], ct = L[L_COL_TYPE];
    const out = new Array(count);
    for (let i = 0, r = row0; i < count; i++, r += w) {
      out[i] = { start: i32[r + cs], end: i32[r + ce], type: this._typeName(i32[r + ct]) };
    }
    return out;
  }

  /** Finds personal data as columns: {start, end, type} Int32Arrays of one length, offsets in
   * UTF-16 code units, type as ids (typeName(id) or info.types give the names). No object per span. */
  scanSpans(text) {
    this._check();
    const [, count, row0] = this._call(text, 0, false);
    if (count === 0) return NO_SPANS; // most messages: no three typed arrays to allocate
    const c = this._core, L = c.L, i32 = c.i32, w = L[L_ROW];
    const cs = L[L_COL_START], ce = L[L_COL_END], ct = L[L_COL_TYPE];
    const start = new Int32Array(count), end = new Int32Array(count), type = new Int32Array(count);
    for (let i = 0, r = row0; i < count; i++, r += w) {
      start[i] = i32[r + cs];
      end[i] = i32[r + ce];
      type[i] = i32[r + ct];
    }
    return { start, end, type };
  }

  /** Redacts, the spans as columns: {text, blocked, start, end, outStart, outEnd, type, action},
   * Int32Arrays of one length (offsets in UTF-16 code units of the input / of text; type and
   * action as ids: typeName(id), actionName(id)). What redact() gives, with no object per span. */
  redactSpans(text, options) {
    const { c, count, row0, outText, blocked } = this._redactRows(text, options);
    const L = c.L;
    if (count === 0) return { text: outText, blocked, ...NO_REDACT_COLUMNS };
    const i32 = c.i32, w = L[L_ROW];
    const cols = [L[L_COL_START], L[L_COL_END], L[L_COL_OUT_START], L[L_COL_OUT_END], L[L_COL_TYPE], L[L_COL_ACTION]];
    const arrs = cols.map(() => new Int32Array(count));
    for (let i = 0, r = row0; i < count; i++, r += w) {
      for (let k = 0; k < cols.length; k++) arrs[k][i] = i32[r + cols[k]];
    }
    const [start, end, outStart, outEnd, type, action] = arrs;
    return { text: outText, blocked, start, end, outStart, outEnd, type, action };
  }

  /** The name of an action id (redactSpans() gives ids). */
  actionName(id) {
    this._check();
    return this._core.actionName(id);
  }

  /** Redacts: {text, spans:[{start,end,type,action,outStart,outEnd}], blocked}. */
  redact(text, options) {
    const { c, count, row0, outText, blocked } = this._redactRows(text, options);
    const L = c.L;
    const i32 = c.i32, w = L[L_ROW];
    const cs = L[L_COL_START], ce = L[L_COL_END], ct = L[L_COL_TYPE], ca = L[L_COL_ACTION];
    const os = L[L_COL_OUT_START], oe = L[L_COL_OUT_END];
    const spans = new Array(count);
    for (let i = 0, r = row0; i < count; i++, r += w) {
      spans[i] = {
        start: i32[r + cs], end: i32[r + ce], type: this._typeName(i32[r + ct]),
        action: c.actionName(i32[r + ca]), outStart: i32[r + os], outEnd: i32[r + oe],
      };
    }
    return { text: outText, spans, blocked };
  }

  // One redaction in C: the output text and where its span rows are, for redact() and redactSpans().
  _redactRows(text, options) {
    this._check();
    const c = this._core;
    const vp = this._vaultPtr(options);
    const [rc, count, row0] = this._call(text, vp, true);
    const outText = c.takeText(this._res + c.L[L_RES_OUT]);
    return { c, count, row0, outText, blocked: c.blocked !== null && rc === c.blocked };
  }
}

export class Vault extends Handle {
  constructor(core, ptr) {
    const M = core.M;
    super(core, 'vault', () => M._zaslon_vault_free(ptr));
    this._ptr = ptr;
  }

  /** Number of distinct values held. */
  get size() {
    this._check();
    return this._core.M._zaslon_vault_count(this._ptr) >>> 0;
  }

  /** Puts the original values back for every pseudonym token of this vault in `reply`. */
  restore(reply) {
    this._check();
    const c = this._core;
    const n = c.encode(reply);
    let rc;
    try {
      rc = c.M._zaslon_restore(this._ptr, c.inPtr, n, c.tmp);
    } finally {
      c.wipeInput(n);
    }
    if (rc < 0) {
      c.takeText(c.tmp);
      throw c.errorFromCode(rc);
    }
    return c.takeText(c.tmp);
  }

  /** The vault as bytes (JSON with the original values: protect it). */
  serialize() {
    this._check();
    const c = this._core;
    const rc = c.M._zaslon_vault_serialize(this._ptr, c.tmp);
    if (rc < 0) {
      c.takeBytes(c.tmp);
      throw c.errorFromCode(rc);
    }
    return c.takeBytes(c.tmp);
  }

  /** Zeroes and forgets every value; the vault stays usable. */
  wipe() {
    this._check();
    this._core.M._zaslon_vault_wipe(this._ptr);
  }
}

// ---- the entry point ------------------------------------------------------------------------------

export class Zaslon {
  /** Loads the engine. Options: {wasmUrl} (URL or path), {wasmBinary} (bytes) or
   * {wasmModule} (a compiled WebAssembly.Module); {scalarWasmUrl} / {scalarWasmBinary}: the
   * module without SIMD for engines that lack it; {simd: true | false} forces a variant. */
  static async load(options = {}) {
    let module = options.wasmModule;
    if (module == null) {
      const pick = pickWasm(options);
      const got = await readWasm(pick);
      module = got.module || (await compileBytes(got.bytes, got.from, pick));
    } else if (!(module instanceof WebAssembly.Module)) {
      throw loadError('wasmModule must be a WebAssembly.Module');
    }
    const { M, memory } = await instantiateCore(module);
    let core;
    try {
      core = new Core(M, memory);
    } catch (e) {
      throw e instanceof ZaslonError ? e : loadError(`zaslon.wasm failed to start: ${e && e.message}`, e);
    }
    return new Zaslon(core);
  }

  constructor(core) {
    if (!(core instanceof Core)) throw new TypeError('use Zaslon.load()');
    this._core = core;
  }

  /** Whether the engine has wasm SIMD128, i.e. whether load() picks zaslon.wasm (true) or
   * zaslon-scalar.wasm (false) when not told. */
  static simdSupported() {
    return hasWasmSimd();
  }

  /** Which module runs, from the module itself: {variant: "simd128" | "scalar", simd128}. */
  get build() {
    return this._core.build;
  }

  /** The library version ("0.1.0"). */
  get version() {
    return this._core.version;
  }

  /** Every constant of the library (types, actions, errors, status, validators). */
  get constants() {
    return this._core.constants;
  }

  /** Compiles a policy (JSON string or object); none gives the built-in default policy. */
  compilePolicy(json) {
    const c = this._core;
    let ptr, n = 0;
    if (json == null) {
      ptr = c.M._zaslon_policy_compile(0, 0, c.err);
    } else {
      const s = typeof json === 'string' ? json : JSON.stringify(json);
      if (typeof s !== 'string') throw new TypeError('zaslon: policy must be a JSON string or object');
      n = c.encode(s);
      try {
        ptr = c.M._zaslon_policy_compile(c.inPtr, n, c.err);
      } finally {
        c.wipeInput(n);
      }
    }
    if (!ptr) throw c.errorFromStruct();
    return new Policy(c, ptr);
  }

  /** A new empty vault (the pseudonyms of one conversation). */
  createVault() {
    const c = this._core;
    const ptr = c.M._zaslon_vault_new();
    if (!ptr) throw c.errorFromCode(c.constants.errors.ZASLON_E_NOMEM);
    return new Vault(c, ptr);
  }

  /** Rebuilds a vault from Vault#serialize() bytes (Uint8Array, ArrayBuffer or string). */
  loadVault(bytes) {
    const c = this._core;
    let n;
    if (typeof bytes === 'string') n = c.encode(bytes);
    else if (bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes)) n = c.putBytes(toBytesPlain(bytes));
    else throw c.argError('zaslon: loadVault() takes a Uint8Array, an ArrayBuffer or a string');
    let ptr;
    try {
      ptr = c.M._zaslon_vault_load(c.inPtr, n, c.err);
    } finally {
      c.wipeInput(n);
    }
    if (!ptr) throw c.errorFromStruct();
    return new Vault(c, ptr);
  }

  /** Bytes of wasm linear memory now (for memory accounting). */
  get memoryBytes() {
    return this._core.memory.buffer.byteLength;
  }
}

function toBytesPlain(b) {
  if (b instanceof Uint8Array) return b;
  if (b instanceof ArrayBuffer) return new Uint8Array(b);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export default Zaslon;
