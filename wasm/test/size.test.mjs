// Size budget (wasm/size-budget.json): gzip -9 of what a page downloads, zaslon.mjs plus one of the
// two release modules (zaslon.wasm with SIMD128, or zaslon-scalar.wasm), each against its line.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, ROOT } from './helpers.mjs';

const budget = JSON.parse(fs.readFileSync(path.join(ROOT, 'wasm/size-budget.json'), 'utf8'));
const size = (f) => {
  const raw = fs.readFileSync(path.join(DIST, f));
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
};

for (const wasm of ['zaslon.wasm', 'zaslon-scalar.wasm']) {
  test(`size budget: gzip -9 of ${wasm} + zaslon.mjs`, (t) => {
    const max = budget[`${wasm}+zaslon.mjs gzip bytes max`];
    assert.equal(typeof max, 'number', `no line for ${wasm} in wasm/size-budget.json`);
    const w = size(wasm), m = size('zaslon.mjs'), worker = size('worker.mjs');
    const total = w.gzip + m.gzip;
    const line = `${wasm} ${w.raw} B (gzip ${w.gzip}), zaslon.mjs ${m.raw} B (gzip ${m.gzip}); ` +
      `budget total ${total} / ${max} gzip bytes (${(100 * total / max).toFixed(1)} %); ` +
      `worker.mjs gzip ${worker.gzip}`;
    t.diagnostic(`size: ${line}`);
    console.log(`size: ${line}`);
    assert.ok(total <= max, `over budget: ${line}`);
  });
}
