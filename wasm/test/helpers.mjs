// Shared by the wasm tests: where the builds are, the spec-file parser, the native CLI runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'wasm/dist');
export const DEBUG = path.join(ROOT, 'build/wasm-debug');
export const CLI = path.join(ROOT, 'build/bin/zaslon');
export const SPEC_DIR = process.env.ZASLON_SPEC_DIR ? path.resolve(process.env.ZASLON_SPEC_DIR) : path.join(ROOT, 'tests/spec');

/** The builds the tests run on: the debug build (ASSERTIONS=2, SAFE_HEAP, scalar) and the two
 * release modules, zaslon.wasm (SIMD128, what Node loads by default) and zaslon-scalar.wasm
 * (forced with {simd: false}); `variant` is what the loaded module must report (Zaslon#build). */
export const FLAVOURS = [
  { name: 'debug', dir: DEBUG, variant: 'scalar' },
  { name: 'release', dir: DIST, variant: 'simd128' },
  { name: 'release-scalar', dir: DIST, options: { simd: false }, variant: 'scalar' },
];

const cache = new Map();
/** Imports zaslon.mjs of a build and loads the engine once per build and load options; the
 * module loaded must be the variant asked for. */
export async function loadFlavour(dir, options, variant) {
  const key = `${dir} ${JSON.stringify(options || {})}`;
  if (!cache.has(key)) {
    cache.set(key, (async () => {
      const mod = await import(pathToFileURL(path.join(dir, 'zaslon.mjs')).href);
      const z = await mod.Zaslon.load(options);
      return { mod, z };
    })());
  }
  const got = await cache.get(key);
  if (variant && got.z.build.variant !== variant) {
    throw new Error(`${dir} ${JSON.stringify(options || {})}: loaded ${got.z.build.variant}, expected ${variant}`);
  }
  return got;
}

// ---- spec files (format: tests/spec/README.md) -------------------------------------------------

/** Decodes \n, \t, \\ and \u{XXXX}; any other backslash is literal. */
export function unescapeSpec(s) {
  return s.replace(/\\(n|t|\\|u\{([0-9A-Fa-f]{1,6})\})/g, (m, k, hex) => {
    if (k === 'n') return '\n';
    if (k === 't') return '\t';
    if (k === '\\') return '\\';
    return String.fromCodePoint(parseInt(hex, 16));
  });
}

const OPEN = '\u27E6', CLOSE = '\u27E7';

/** Parses an `=` line: the text without markers and the spans as UTF-8 byte offsets. */
export function parseExpected(line) {
  let text = '';
  const spans = [];
  let i = 0;
  while (i < line.length) {
    const o = line.indexOf(OPEN, i);
    if (o < 0) {
      text += line.slice(i);
      break;
    }
    text += line.slice(i, o);
    const c = line.indexOf(CLOSE, o + 1);
    const bar = line.indexOf('|', o + 1);
    if (c < 0 || bar < 0 || bar > c) throw new Error(`malformed marker at column ${o}`);
    const type = line.slice(o + 1, bar);
    const value = line.slice(bar + 1, c);
    const start = Buffer.byteLength(text);
    text += value;
    spans.push({ start, end: Buffer.byteLength(text), type });
    i = c + 1;
  }
  return { text, spans };
}

/**
 * Parses one spec file into cases {file, line, heading, policy, input, expected, redacted,
 * vaultGroup, restores}: vaultGroup is null (a fresh vault for the case's redaction) or the number
 * of the `@vault shared` block whose cases share one vault; restores are the `<` / `<=` pairs
 * after the case's `~` line, {line, reply, expected}, run with the vault of that redaction.
 */
export function parseSpecFile(file) {
  const name = path.basename(file);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const cases = [];
  const problems = [];
  let heading = '';
  let policy = null; // null = built-in default
  let cur = null;
  let vaultGroup = null, groups = 0, reply = null;
  lines.forEach((raw, idx) => {
    const ln = idx + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    if (line.startsWith('##')) {
      heading = line.replace(/^##\s*/, '');
      return;
    }
    if (line.startsWith('#')) return;
    if (line === '@vault shared' || line === '@vault fresh') {
      vaultGroup = line === '@vault shared' ? ++groups : null;
      return;
    }
    if (line.startsWith('< ')) {
      const last = cases[cases.length - 1];
      if (!last || last !== cur || cur.redacted === null || reply) {
        problems.push(`${name}:${ln}: < line not after a ~ line (or a < line without its <= line)`);
        return;
      }
      reply = { line: ln, reply: unescapeSpec(line.slice(2)) };
      return;
    }
    if (line.startsWith('<= ') || line === '<=') {
      if (!reply) {
        problems.push(`${name}:${ln}: <= line without a < line`);
        return;
      }
      cur.restores.push({ ...reply, expected: unescapeSpec(line.slice(3)) });
      reply = null;
      return;
    }
    if (reply) {
      problems.push(`${name}:${reply.line}: < line without its <= line`);
      reply = null;
    }
    if (line.startsWith('@policy')) {
      const arg = line.slice('@policy'.length).trim();
      policy = arg === 'default' ? null : arg;
      cur = null;
      return;
    }
    const tag = line.slice(0, 2);
    const body = line.length > 2 ? line.slice(2) : '';
    if (tag === '> ' || line === '>') {
      if (cur && !cur.expected) problems.push(`${name}:${cur.line}: case without an = line`);
      cur = { file: name, line: ln, heading, policy, input: unescapeSpec(body), expected: null, redacted: null, vaultGroup, restores: [] };
      return;
    }
    if (tag === '= ' || line === '=') {
      if (!cur || cur.expected) {
        problems.push(`${name}:${ln}: = line without a > line`);
        return;
      }
      try {
        cur.expected = parseExpected(unescapeSpec(body));
        if (cur.expected.text !== cur.input) {
          problems.push(`${name}:${ln}: the = line without markers differs from the > line`);
        }
      } catch (e) {
        problems.push(`${name}:${ln}: ${e.message}`);
        cur.expected = null;
        return;
      }
      cases.push(cur);
      return;
    }
    if (tag === '~ ' || line === '~') {
      const last = cases[cases.length - 1];
      if (!cur || !cur.expected || last !== cur || cur.redacted !== null) {
        problems.push(`${name}:${ln}: ~ line not after an = line`);
        return;
      }
      cur.redacted = unescapeSpec(body);
      return;
    }
    problems.push(`${name}:${ln}: unknown line: ${line.slice(0, 40)}`);
  });
  if (reply) problems.push(`${name}:${reply.line}: < line without its <= line`);
  return { name, cases, problems };
}

export function specFiles() {
  if (!fs.existsSync(SPEC_DIR)) return [];
  return fs.readdirSync(SPEC_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SPEC_DIR, f));
}

/** Renders spans (UTF-8 byte offsets) into the `=` notation, for failure messages. */
export function render(text, spans) {
  const b = Buffer.from(text);
  let out = '', pos = 0;
  for (const s of spans) {
    out += b.toString('utf8', pos, s.start) + `${OPEN}${s.type}|${b.toString('utf8', s.start, s.end)}${CLOSE}`;
    pos = s.end;
  }
  return out + b.toString('utf8', pos);
}

/** UTF-16 spans of `text` -> UTF-8 byte spans (independently of the package's own mapping). */
export function unitsToBytes(text, spans) {
  return spans.map((s) => ({
    start: Buffer.byteLength(text.slice(0, s.start)),
    end: Buffer.byteLength(text.slice(0, s.end)),
    type: s.type,
  }));
}

// ---- the native CLI -----------------------------------------------------------------------------------

/** Runs `zaslon scan --jsonl` on texts (one policy); returns per text {spans} or {error}. */
export function nativeScan(texts, policy) {
  if (!fs.existsSync(CLI)) throw new Error(`no native CLI at ${CLI} (make native)`);
  const args = ['scan', '--jsonl'];
  let tmp = null;
  if (policy != null) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-policy-'));
    fs.writeFileSync(path.join(tmp, 'policy.json'), policy);
    args.push('--policy', path.join(tmp, 'policy.json'));
  }
  try {
    const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
    const r = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.error) throw r.error;
    const out = new Array(texts.length).fill(null);
    const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
    for (const l of lines) {
      let o;
      try {
        o = JSON.parse(l);
      } catch {
        throw new Error(`native CLI printed a line that is not JSON: ${l.slice(0, 200)}`);
      }
      if (typeof o.id === 'number' && o.id >= 0 && o.id < texts.length) {
        out[o.id] = o.error ? { error: o.error } : { spans: o.spans.map(({ start, end, type }) => ({ start, end, type })) };
      } else if (o.error) {
        throw new Error(`native CLI: ${o.error}`);
      }
    }
    for (let i = 0; i < out.length; i++) {
      if (!out[i]) out[i] = { error: `no output line (exit ${r.status}; stderr: ${r.stderr.trim().slice(0, 300)})` };
    }
    return out;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
