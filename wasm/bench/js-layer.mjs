// wasm/bench/js-layer.mjs — what the JavaScript layer costs on top of the C call, one call per
// message of tests/corpus/messages.jsonl: Policy#scan / #scanSpans / #redact against zw_scan on
// the same messages encoded once beforehand (the C floor: engine + offset rows). Figures are ns
// per UTF-8 byte, medians of CPU time (process.cpuUsage: less hurt by a shared machine than wall
// time), the variants interleaved run by run.
//
//   node wasm/bench/js-layer.mjs [--runs 15] [--policy bench/structured-only.json]
// (a cheap policy makes the JS share visible: with the default one the engine is ~95 % of a call)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const arg = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
const RUNS = Number(arg('--runs', 15));
const policyFile = arg('--policy', null);

const { Zaslon } = await import(pathToFileURL(path.join(ROOT, 'wasm/dist/zaslon.mjs')).href);
const z = await Zaslon.load();
const p = z.compilePolicy(policyFile ? fs.readFileSync(policyFile, 'utf8') : null);
const msgs = fs.readFileSync(path.join(ROOT, 'tests/corpus/messages.jsonl'), 'utf8').split('\n')
  .filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const bytes = msgs.reduce((n, m) => n + Buffer.byteLength(m), 0);

// the floor: each message already in wasm memory (test text of the corpus, freed at the end)
const c = z._core, M = c.M;
const enc = msgs.map((m) => {
  const b = Buffer.from(m);
  const ptr = M._malloc(b.length + 1);
  c.view().set(b, ptr);
  return [ptr, b.length, m.length];
});
const variants = {
  'C call (zw_scan, text already encoded)': () => { for (const [ptr, n, u] of enc) M._zw_scan(p._ptr, ptr, n, u, p._res); },
  'scan()': () => { for (const m of msgs) p.scan(m); },
  'scanSpans()': () => { for (const m of msgs) p.scanSpans(m); },
  'redact()': () => { for (const m of msgs) p.redact(m); },
};
const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let r = 0; r < RUNS + 3; r++) {
  for (const [k, f] of Object.entries(variants)) {
    const t0 = process.cpuUsage();
    f();
    const d = process.cpuUsage(t0);
    if (r >= 3) times[k].push(d.user + d.system);
  }
}
for (const [ptr, n] of enc) {
  c.view().fill(0, ptr, ptr + n);
  M._free(ptr);
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const ns = (k) => (median(times[k]) * 1000) / bytes;
const floor = ns('C call (zw_scan, text already encoded)');
console.log(`JS layer, ${msgs.length} messages one call each (${bytes} B), policy ${policyFile || 'default'}, median CPU time of ${RUNS} runs:`);
for (const k of Object.keys(variants)) {
  const extra = k.startsWith('C call') || k === 'redact()' ? '' : `  (JS layer ${(ns(k) - floor).toFixed(1)} ns/B)`;
  console.log(`  ${k.padEnd(40)} ${ns(k).toFixed(1).padStart(6)} ns/B  ${(1e3 / ns(k)).toFixed(1).padStart(6)} MB/s${extra}`);
}
