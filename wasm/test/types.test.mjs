// The hand-written declarations (wasm/zaslon.d.ts, wasm/worker.d.ts, copied into dist) compile
// with a usage file under `tsc --noEmit --strict`, resolved through package.json "exports".
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DIST, ROOT } from './helpers.mjs';

test('zaslon.d.ts / worker.d.ts type-check a usage file (tsc --noEmit)', () => {
  for (const f of ['zaslon.d.ts', 'worker.d.ts']) {
    assert.equal(fs.readFileSync(path.join(DIST, f), 'utf8'), fs.readFileSync(path.join(ROOT, 'wasm', f), 'utf8'),
      `dist/${f} is not the copy of wasm/${f}: make wasm`);
  }
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  assert.ok(fs.existsSync(tsc), 'typescript is not installed (npm install at the root)');
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(ROOT, 'wasm/test/types/tsconfig.json')],
    { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
});
