// bench/wasm.mjs — the wasm package's speed, latency, memory and load time, the two release
// modules (zaslon.wasm with SIMD128, zaslon-scalar.wasm) side by side, the native/wasm ratio,
// and three JS redaction libraries side by side on the same text (speed and how much of
// the labelled PII of tests/corpus/messages.jsonl each leaves behind).
//
//   node bench/wasm.mjs [--runs N] [--warm N] [--mb 4] [--quick] [--json FILE]
//
// Figures are medians of N runs (default 5) after --warm untimed ones (default 3). Needs
// `make wasm` (wasm/dist) and, for the ratio, `make native` (build/bin/zaslon).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const argv = process.argv.slice(2);
const arg = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
const QUICK = argv.includes('--quick');
const RUNS = Number(arg('--runs', QUICK ? 3 : 5));
// Untimed passes before the timed ones, for every library alike: V8 first runs wasm and JS in
// baseline code and optimises hot functions in the background, so the first passes measure the
// compiler, not the steady state a long-lived widget or extension sees (start-up is reported
// separately: load, compilePolicy, first redact).
const WARM = Number(arg('--warm', QUICK ? 1 : 3));
const TARGET_MB = Number(arg('--mb', QUICK ? 1 : 4));
const JSON_OUT = arg('--json', null);

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (a, p) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const utf8 = (s) => Buffer.byteLength(s);

// ---- corpus ---------------------------------------------------------------------------------------
const corpusFile = path.join(ROOT, 'tests/corpus/messages.jsonl');
let messages = [];
if (fs.existsSync(corpusFile)) {
  messages = fs.readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
let corpusKind = 'tests/corpus/messages.jsonl';
if (messages.length === 0) {
  corpusKind = 'synthetic mix (no tests/corpus/messages.jsonl)';
  const parts = ['Здравствуйте! Запишите на стрижку в пятницу, мой номер +7 (912) 345-67-89',
    'Hi, my email is john.smith@example.com, call me at (415) 555-0134 after 5pm',
    'Отправьте счёт на почту buh@romashka.ru, ИНН 7707083893, спасибо',
    'Server 10.0.0.12 returned 502 at 12:04, retrying', 'Просто вопрос без личных данных: когда откроетесь?'];
  messages = parts.map((text) => ({ text, pii: [] }));
}
const joined = messages.map((m) => m.text).join('\n');
let big = joined;
while (utf8(big) < TARGET_MB * 1024 * 1024) big += `\n${joined}`;
const bigBytes = utf8(big);

// slices of the corpus of about n bytes (cut at character boundaries)
function sample(nBytes, count) {
  const out = [];
  const step = Math.max(1, Math.floor(big.length / (count + 1)));
  for (let i = 0; i < count; i++) {
    let s = big.slice((i * step) % Math.max(1, big.length - nBytes * 2), (i * step) % Math.max(1, big.length - nBytes * 2) + nBytes);
    while (utf8(s) > nBytes) s = s.slice(0, -1);
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    out.push(s);
  }
  return out;
}

// ---- wasm ---------------------------------------------------------------------------------------------
const distMjs = path.join(ROOT, 'wasm/dist/zaslon.mjs');
if (!fs.existsSync(distMjs)) {
  console.error('wasm/dist/zaslon.mjs is missing: run `make wasm` first');
  process.exit(1);
}

// Load + compile in fresh processes (no code cache of this process).
function loadTimes(options = {}) {
  const code = `
    const t0 = performance.now();
    const { Zaslon } = await import(${JSON.stringify(pathToFileURL(distMjs).href)});
    const z = await Zaslon.load(${JSON.stringify(options)});
    const t1 = performance.now();
    const p = z.compilePolicy();
    const t2 = performance.now();
    p.redact('Здравствуйте, я Анна Петрова, мой телефон +7 912 345-67-89');
    const t3 = performance.now();
    console.log(JSON.stringify({ load: t1 - t0, compile: t2 - t1, first: t3 - t2 }));`;
  const loads = [], compiles = [], firsts = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const o = JSON.parse(r.stdout.trim().split('\n').pop());
    loads.push(o.load);
    compiles.push(o.compile);
    firsts.push(o.first);
  }
  return { load: median(loads), compile: median(compiles), first: median(firsts) };
}

const { Zaslon } = await import(pathToFileURL(distMjs).href);
const z = await Zaslon.load(); // what Node picks: zaslon.wasm (SIMD128)
const policy = z.compilePolicy();
const zScalar = await Zaslon.load({ simd: false });
const policyScalar = zScalar.compilePolicy();

function timeIt(fn, runs = RUNS, warm = WARM) {
  for (let i = 0; i < warm; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const results = { corpus: corpusKind, bytes: bigBytes, runs: RUNS };
const rows = [];

// warm up
for (let i = 0; i < 3; i++) policy.scan(big.slice(0, 200000));

const scanBulk = timeIt(() => policy.scan(big));
const redactBulk = timeIt(() => policy.redact(big));
const perMsgScan = timeIt(() => { for (const m of messages) policy.scan(m.text); });
const perMsgRedact = timeIt(() => { for (const m of messages) policy.redact(m.text); });
const perMsgRedactCols = timeIt(() => { for (const m of messages) policy.redactSpans(m.text); });
const msgBytes = utf8(joined) - (messages.length - 1);
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000); // MB = 10^6 bytes, as bench/native.c
results.wasm = {
  scanMBps: mbps(bigBytes, scanBulk), redactMBps: mbps(bigBytes, redactBulk),
  perMessageScanMBps: mbps(msgBytes, perMsgScan), perMessageRedactMBps: mbps(msgBytes, perMsgRedact),
  perMessageRedactSpansMBps: mbps(msgBytes, perMsgRedactCols),
};
const bigLabel = `${(bigBytes / 1e6).toFixed(1)} MB`;
rows.push([`zaslon wasm: scan, one ${bigLabel} text`, `${fmt(results.wasm.scanMBps)} MB/s`]);
rows.push([`zaslon wasm: redact, one ${bigLabel} text`, `${fmt(results.wasm.redactMBps)} MB/s`]);
rows.push([`zaslon wasm: scan, ${messages.length} messages one by one`, `${fmt(results.wasm.perMessageScanMBps)} MB/s`]);
rows.push([`zaslon wasm: redact, ${messages.length} messages one by one`, `${fmt(results.wasm.perMessageRedactMBps)} MB/s`]);
rows.push([`zaslon wasm: redactSpans (columns), ${messages.length} messages one by one`, `${fmt(results.wasm.perMessageRedactSpansMBps)} MB/s`]);

// The two modules in turn (a noisy spell hits both): scan of the bulk text and of the messages one
// by one, medians of each and of the per-run ratios.
{
  const variants = [[z, policy], [zScalar, policyScalar]];
  const bulkPass = (p) => () => p.scan(big);
  const msgPass = (p) => () => { for (const m of messages) p.scan(m.text); };
  for (const [, p] of variants) for (let i = 0; i < WARM; i++) { bulkPass(p)(); msgPass(p)(); }
  const t = variants.map(() => ({ bulk: [], msg: [] }));
  for (let r = 0; r < RUNS; r++) {
    variants.forEach(([, p], i) => {
      let t0 = performance.now();
      bulkPass(p)();
      t[i].bulk.push(performance.now() - t0);
      t0 = performance.now();
      msgPass(p)();
      t[i].msg.push(performance.now() - t0);
    });
  }
  results.variants = {};
  variants.forEach(([zv], i) => {
    results.variants[zv.build.variant] = {
      scanMBps: mbps(bigBytes, median(t[i].bulk)), perMessageScanMBps: mbps(msgBytes, median(t[i].msg)),
    };
  });
  const ratio = (k) => median(t[0][k].map((x, r) => t[1][k][r] / x));
  results.variants.simdOverScalar = { scan: ratio('bulk'), perMessageScan: ratio('msg') };
  for (const [zv] of variants) {
    const v = results.variants[zv.build.variant];
    const file = zv.build.simd128 ? 'zaslon.wasm' : 'zaslon-scalar.wasm';
    rows.push([`${file} (${zv.build.variant}): scan, one ${bigLabel} text / ${messages.length} messages one by one`,
      `${fmt(v.scanMBps)} / ${fmt(v.perMessageScanMBps)} MB/s`]);
  }
  rows.push(['SIMD128 / scalar scan speed (median of paired runs: bulk / per message)',
    `${results.variants.simdOverScalar.scan.toFixed(2)}× / ${results.variants.simdOverScalar.perMessageScan.toFixed(2)}×`]);
}

// latency of redact per message size
results.latency = {};
for (const [label, n, count] of [['100 B', 100, 4000], ['1 KB', 1024, 2000], ['4 KB', 4096, 1000], ['64 KB', 65536, 100]]) {
  const texts = sample(n, QUICK ? Math.ceil(count / 4) : count);
  for (const t of texts.slice(0, 20)) policy.redact(t);
  const p50s = [], p99s = [];
  for (let r = 0; r < RUNS; r++) {
    const lat = [];
    for (const t of texts) {
      const t0 = performance.now();
      policy.redact(t);
      lat.push(performance.now() - t0);
    }
    p50s.push(pct(lat, 50));
    p99s.push(pct(lat, 99));
  }
  results.latency[label] = { p50ms: median(p50s), p99ms: median(p99s) };
  rows.push([`zaslon wasm: redact latency ${label} (p50 / p99)`,
    `${(median(p50s) * 1000).toFixed(0)} / ${(median(p99s) * 1000).toFixed(0)} µs`]);
}

const lt = loadTimes();
results.load = lt;
rows.push(['zaslon wasm: Zaslon.load() in a fresh process', `${fmt(lt.load)} ms`]);
rows.push(['zaslon wasm: compilePolicy() default policy, first in the process', `${fmt(lt.compile, 2)} ms`]);
rows.push(['zaslon wasm: first redact() after that (cold code)', `${fmt(lt.first, 2)} ms`]);
rows.push(['zaslon wasm: load + compile + first redact', `${fmt(lt.load + lt.compile + lt.first)} ms`]);
const ltScalar = loadTimes({ simd: false });
results.loadScalar = ltScalar;
rows.push(['zaslon-scalar.wasm: load + compile + first redact', `${fmt(ltScalar.load + ltScalar.compile + ltScalar.first)} ms`]);
results.memoryHighWater = z.memoryBytes;
rows.push([`zaslon wasm: linear memory high-water (${bigLabel} text)`, `${(z.memoryBytes / 1048576).toFixed(1)} MiB`]);

// ---- native ratio -------------------------------------------------------------------------------------
// The library against the library: build/bench/native scans the very same text (one call, default
// policy, median of as many runs), so process start and output formatting are not in either figure.
const nativeBench = path.join(ROOT, 'build/bench/native');
if (fs.existsSync(nativeBench)) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-bench-'));
  try {
    const file = path.join(tmp, 'bulk.txt');
    fs.writeFileSync(file, big);
    // pairs of runs, native then wasm, so that a noisy spell on a shared machine hits both
    const natives = [], ratios = [];
    for (let k = 0; k < RUNS; k++) {
      const r = spawnSync(nativeBench, ['--file', file, '3'], { encoding: 'utf8' });
      const m = /^scan ([\d.]+) MB\/s/.exec(r.stdout || '');
      if (r.status !== 0 || !m) throw new Error(`native bench failed: ${r.stderr}`);
      const wasmMBps = mbps(bigBytes, timeIt(() => policy.scan(big), 3, 0)); // warm by now
      natives.push(Number(m[1]));
      ratios.push(Number(m[1]) / wasmMBps);
    }
    const nativeMBps = median(natives);
    results.native = { scanMBps: nativeMBps, ratio: median(ratios) };
    rows.push([`native library: scan, same ${bigLabel} text`, `${fmt(nativeMBps)} MB/s`]);
    rows.push(['native / wasm scan speed (median of paired runs)', `${results.native.ratio.toFixed(2)}×`]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
} else {
  rows.push(['native / wasm scan speed', 'build/bench/native missing (make build/bench/native)']);
}

// ---- other libraries ------------------------------------------------------------------------------------
const labelled = messages.filter((m) => Array.isArray(m.pii));
const items = labelled.reduce((n, m) => n + m.pii.length, 0);
function leakage(redactFn) {
  let leaked = 0;
  const byType = {};
  for (const m of labelled) {
    const out = redactFn(m.text);
    for (const it of m.pii) {
      if (out.includes(it.value)) {
        leaked++;
        byType[it.type] = (byType[it.type] || 0) + 1;
      }
    }
  }
  return { leaked, byType };
}

const libs = [];
libs.push({ name: 'zaslon (wasm, default policy)', sync: (t) => policy.redact(t).text });
try {
  const { SyncRedactor } = require('redact-pii');
  const r = new SyncRedactor();
  libs.push({ name: 'redact-pii 3.4.0', sync: (t) => r.redact(t) });
} catch (e) {
  rows.push(['redact-pii', `not available: ${e.message}`]);
}
try {
  const { Redactor } = await import('@redactpii/node');
  const r = new Redactor();
  libs.push({ name: '@redactpii/node 1.0.17', sync: (t) => r.redact(t) });
} catch (e) {
  rows.push(['@redactpii/node', `not available: ${e.message}`]);
}
try {
  const { OpenRedaction } = await import('openredaction');
  const r = new OpenRedaction({ redactionMode: 'placeholder' });
  libs.push({ name: 'openredaction 1.1.5', async: async (t) => (await r.detect(t)).redacted });
} catch (e) {
  rows.push(['openredaction', `not available: ${e.message}`]);
}

results.others = {};
const cmpRows = [];
const silence = async (f) => {
  const saved = [console.log, console.warn, console.info, console.debug];
  console.log = console.warn = console.info = console.debug = () => {};
  try {
    return await f();
  } finally {
    [console.log, console.warn, console.info, console.debug] = saved;
  }
};
for (const lib of libs) {
  // per-message throughput on the corpus messages (what a chat widget does)
  const outs = new Map();
  if (lib.async) for (const m of labelled) outs.set(m.text, await silence(() => lib.async(m.text)));
  const fn = lib.sync || ((t) => outs.get(t));
  // one pass over the messages; a sync library is timed without an await around it
  const syncPass = lib.sync && (() => { for (const m of messages) lib.sync(m.text); });
  const pass = () => syncPass ? syncPass() : silence(async () => { for (const m of messages) await lib.async(m.text); });
  for (let r = 0; r < WARM; r++) await pass();
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    if (syncPass) syncPass();
    else await pass();
    times.push(performance.now() - t0);
  }
  const speed = mbps(msgBytes, median(times));
  const leak = leakage(fn);
  if (lib === libs[0]) {
    // types the default policy reports but keeps (action "allow", e.g. the topics): by design
    const kept = new Set(policy.info.types.filter((t) => t.action === 'allow').map((t) => t.name));
    const byDesign = Object.entries(leak.byType).filter(([k]) => kept.has(k)).reduce((n, [, v]) => n + v, 0);
    if (byDesign) leak.note = `${byDesign} of them kept by the policy (action allow)`;
  }
  results.others[lib.name] = { perMessageMBps: speed, leaked: leak.leaked, items, byType: leak.byType };
  cmpRows.push([lib.name, `${fmt(speed, 2)} MB/s`, `${leak.leaked} / ${items} (${(100 * leak.leaked / Math.max(1, items)).toFixed(1)} %)${leak.note ? `; ${leak.note}` : ''}`,
    Object.entries(leak.byType).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ')]);
}

// ---- print ------------------------------------------------------------------------------------------------
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nzaslon wasm benchmark — corpus: ${corpusKind}, ${(bigBytes / 1e6).toFixed(1)} MB bulk text, ` +
  `${messages.length} messages; medians of ${RUNS} runs after ${WARM} untimed; node ${process.version}\n`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
console.log(`\nSame messages, one call per message (${labelled.length} messages, ${items} labelled PII items):\n`);
const hdr = ['library', 'throughput', 'labelled PII left in output', 'most leaked types'];
const cw = hdr.map((h, i) => Math.max(h.length, ...cmpRows.map((r) => r[i].length)));
console.log(`  ${hdr.map((h, i) => h.padEnd(cw[i])).join('  ')}`);
console.log(`  ${cw.map((n) => '-'.repeat(n)).join('  ')}`);
for (const r of cmpRows) console.log(`  ${r.map((c, i) => c.padEnd(cw[i])).join('  ')}`);
console.log('\n  (an item leaks if its exact labelled value still appears in the redacted output)');
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
