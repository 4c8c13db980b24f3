// The two release modules (wasm/wasm.mk): zaslon.wasm with SIMD128, zaslon-scalar.wasm without.
// Zaslon.load() picks one by feature detection or as told; each module reports which it is
// (zw_build_info in wasm/glue.c), both find the same spans, and a missing or broken file fails
// closed with a clear error. (The spec files run on both: spec.test.mjs.)
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from './helpers.mjs';

const SIMD_WASM = path.join(DIST, 'zaslon.wasm');
const SCALAR_WASM = path.join(DIST, 'zaslon-scalar.wasm');
const { Zaslon, ZaslonError } = await import(pathToFileURL(path.join(DIST, 'zaslon.mjs')).href);
const isLoad = (re, Err = ZaslonError) => (e) => e instanceof Err && e.name === 'ZASLON_E_LOAD' && re.test(e.message);

// An engine without wasm SIMD, as far as the probe can tell: WebAssembly.validate says no.
async function withoutSimd(fn) {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    return await fn();
  } finally {
    WebAssembly.validate = validate;
  }
}

test('the two files are the two variants: SIMD instructions in zaslon.wasm only', () => {
  // binaryen's validator with every feature but SIMD: passes exactly when no SIMD instruction is in
  const noSimd = (f) => {
    try {
      execFileSync(process.env.WASM_OPT || 'wasm-opt', ['--all-features', '--disable-simd', f, '-o', os.devNull], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  };
  assert.equal(noSimd(SCALAR_WASM), true, 'zaslon-scalar.wasm holds SIMD instructions');
  assert.equal(noSimd(SIMD_WASM), false, 'zaslon.wasm holds no SIMD instruction');
});

test('Node has wasm SIMD: load() picks zaslon.wasm, {simd: false} zaslon-scalar.wasm', async () => {
  assert.equal(Zaslon.simdSupported(), true);
  assert.deepEqual({ ...(await Zaslon.load()).build }, { variant: 'simd128', simd128: true });
  assert.deepEqual({ ...(await Zaslon.load({ simd: false })).build }, { variant: 'scalar', simd128: false });
  assert.equal((await Zaslon.load({ simd: true })).build.variant, 'simd128');
  // bytes: each file reports itself whatever option names it
  assert.equal((await Zaslon.load({ wasmBinary: fs.readFileSync(SCALAR_WASM) })).build.variant, 'scalar');
  assert.equal((await Zaslon.load({ simd: false, scalarWasmBinary: fs.readFileSync(SCALAR_WASM) })).build.variant, 'scalar');
  assert.equal((await Zaslon.load({ simd: true, scalarWasmBinary: fs.readFileSync(SCALAR_WASM) })).build.variant, 'simd128');
  await assert.rejects(Zaslon.load({ simd: 'yes' }), isLoad(/simd option/));
});

test('an engine without SIMD gets zaslon-scalar.wasm (default location or scalarWasmUrl)', async () => {
  await withoutSimd(async () => {
    assert.equal(Zaslon.simdSupported(), false);
    assert.equal((await Zaslon.load()).build.variant, 'scalar');
    assert.equal((await Zaslon.load({ wasmUrl: SIMD_WASM, scalarWasmUrl: SCALAR_WASM })).build.variant, 'scalar');
    // only one file named: that file is loaded (a page that ships one module)
    assert.equal((await Zaslon.load({ wasmUrl: SCALAR_WASM })).build.variant, 'scalar');
    // a SIMD module the engine cannot compile: the error says what to do
    const broken = fs.readFileSync(SIMD_WASM).subarray(0, 4096);
    await assert.rejects(Zaslon.load({ wasmBinary: broken }), isLoad(/no WebAssembly SIMD.*scalarWasmUrl/));
  });
});

test('forcing scalar with only {wasmUrl} is refused; a missing or damaged scalar file fails closed', async () => {
  await assert.rejects(Zaslon.load({ simd: false, wasmUrl: SIMD_WASM }), isLoad(/scalarWasmUrl/));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-variants-'));
  try {
    // a copy of the package without zaslon-scalar.wasm
    for (const f of ['zaslon.mjs', 'zaslon.wasm']) fs.copyFileSync(path.join(DIST, f), path.join(tmp, f));
    const copy = await import(pathToFileURL(path.join(tmp, 'zaslon.mjs')).href);
    await assert.rejects(copy.Zaslon.load({ simd: false }), isLoad(/zaslon-scalar\.wasm/, copy.ZaslonError));
    await withoutSimd(() => assert.rejects(copy.Zaslon.load(), isLoad(/zaslon-scalar\.wasm/, copy.ZaslonError)));
    const half = fs.readFileSync(SCALAR_WASM).subarray(0, 100000);
    fs.writeFileSync(path.join(tmp, 'zaslon-scalar.wasm'), half);
    await assert.rejects(copy.Zaslon.load({ simd: false }), isLoad(/not a valid zaslon-scalar\.wasm/, copy.ZaslonError));
    assert.equal((await copy.Zaslon.load()).build.variant, 'simd128');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('both modules find the same spans and redact alike on every corpus message', async () => {
  const simd = await Zaslon.load();
  const scalar = await Zaslon.load({ simd: false });
  const ps = simd.compilePolicy(), pc = scalar.compilePolicy();
  const msgs = fs.readFileSync(path.join(ROOT, 'tests/corpus/messages.jsonl'), 'utf8').split('\n')
    .filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  // plus one text longer than a chunk of the first stage (8 KB), so chunk borders are crossed
  msgs.push(msgs.join('\n'));
  let spans = 0;
  for (const t of msgs) {
    const a = ps.scan(t), b = pc.scan(t);
    assert.deepEqual(a, b, t.slice(0, 80));
    assert.deepEqual(ps.redact(t), pc.redact(t));
    spans += a.length;
  }
  assert.ok(spans > 500, `only ${spans} spans: the comparison saw too little`);
});
