// Size budget (wasm/size-budget.json): gzip -9 of zaslon.wasm + zaslon.mjs of the release build.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, ROOT } from './helpers.mjs';

test("size budget: gzip -9 of zaslon.wasm + zaslon.mjs", (t) => {
  const budget = JSON.parse(fs.readFileSync(path.join(ROOT, 'wasm/size-budget.json'), 'utf8'));
  const max = budget['zaslon.wasm+zaslon.mjs gzip bytes max'];
  assert.equal(typeof max, 'number');
  const sizes = {};
  let total = 0;
  for (const f of ['zaslon.wasm', 'zaslon.mjs', 'worker.mjs']) {
    const raw = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    sizes[f] = { raw: raw.length, gzip: gz };
    if (f !== 'worker.mjs') total += gz;
  }
  const line = `zaslon.wasm ${sizes['zaslon.wasm'].raw} B (gzip ${sizes['zaslon.wasm'].gzip}), ` +
    `zaslon.mjs ${sizes['zaslon.mjs'].raw} B (gzip ${sizes['zaslon.mjs'].gzip}); ` +
    `budget total ${total} / ${max} gzip bytes (${(100 * total / max).toFixed(1)} %); ` +
    `worker.mjs gzip ${sizes['worker.mjs'].gzip}`;
  t.diagnostic(`size: ${line}`);
  console.log(`size: ${line}`);
  assert.ok(total <= max, `over budget: ${line}`);
});
