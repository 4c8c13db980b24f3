// wasm/exports.txt is the one list of exported functions: every entry is exported by both builds
// and used by the binding, and the binding calls nothing else.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FLAVOURS, loadFlavour, ROOT } from './helpers.mjs';

const names = fs.readFileSync(path.join(ROOT, 'wasm/exports.txt'), 'utf8').split('\n')
  .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
const src = ['zaslon.js', 'worker.js'].map((f) => fs.readFileSync(path.join(ROOT, 'wasm/src', f), 'utf8')).join('\n');

test('exports.txt entries are used by the binding, and only they', () => {
  for (const n of names) assert.ok(src.includes(`_${n}(`), `${n} is exported but not used`);
  const called = new Set([...src.matchAll(/\bM\._([a-z_0-9]+)\(/g)].map((m) => m[1]));
  for (const c of called) assert.ok(names.includes(c), `${c} is called but not in exports.txt`);
});

for (const { name, dir, options, variant } of FLAVOURS) {
  test(`[${name}] every exports.txt function is exported`, async () => {
    const { z } = await loadFlavour(dir, options, variant);
    for (const n of names) assert.equal(typeof z._core.M[`_${n}`], 'function', n);
  });
}
