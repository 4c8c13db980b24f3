// Every case of tests/spec/*.txt through the wasm builds (debug, release SIMD128, release scalar)
// AND the native CLI:
// wasm and native must report byte-identical spans, both must equal the `=` expectation, the
// wasm redact output must equal the `~` line (one vault across an `@vault shared` block) and
// restore with that vault the `<=` lines. The expectations are the spec: a wrong engine fails.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  FLAVOURS, loadFlavour, nativeScan, parseSpecFile, render, specFiles, unitsToBytes,
} from './helpers.mjs';

const files = specFiles().map(parseSpecFile);

test('spec files exist and parse', () => {
  assert.ok(files.length > 0, 'no tests/spec/*.txt');
  const problems = files.flatMap((f) => f.problems);
  assert.deepEqual(problems, [], `malformed spec lines:\n${problems.join('\n')}`);
});

// Native results once per file (grouped by policy: one CLI run per policy).
const nativeCache = new Map();
function nativeFor(file) {
  if (!nativeCache.has(file.name)) {
    const res = new Array(file.cases.length);
    const groups = new Map();
    file.cases.forEach((c, i) => {
      const k = c.policy ?? '';
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(i);
    });
    for (const [k, idxs] of groups) {
      const out = nativeScan(idxs.map((i) => file.cases[i].input), k === '' ? null : k);
      idxs.forEach((i, j) => { res[i] = out[j]; });
    }
    nativeCache.set(file.name, res);
  }
  return nativeCache.get(file.name);
}

const same = (a, b) => a.length === b.length &&
  a.every((s, i) => s.start === b[i].start && s.end === b[i].end && s.type === b[i].type);

for (const flavour of FLAVOURS) {
  for (const file of files) {
    test(`spec ${file.name} [${flavour.name}]`, async () => {
      const { z } = await loadFlavour(flavour.dir, flavour.options, flavour.variant);
      const native = nativeFor(file);
      const policies = new Map();
      const shared = new Map(); // @vault shared block -> its vault
      const failures = [];
      let checked = 0;
      try {
        file.cases.forEach((c, i) => {
          const where = `${c.file}:${c.line}${c.heading ? ` (${c.heading})` : ''}`;
          const fail = (msg) => failures.push(`${where}\n    input:    ${JSON.stringify(c.input)}\n${msg}`);
          let policy = policies.get(c.policy ?? '');
          if (!policy) {
            try {
              policy = z.compilePolicy(c.policy);
            } catch (e) {
              fail(`    wasm: the @policy does not compile: ${e.name}: ${e.message}`);
              return;
            }
            policies.set(c.policy ?? '', policy);
          }
          checked++;
          const exp = c.expected.spans;
          let wasmSpans;
          try {
            // UTF-16 offsets from the package, turned into bytes independently (Buffer.byteLength
            // of the prefix): a wrong offset mapping shows up as a difference with native.
            const units = policy.scan(c.input);
            wasmSpans = unitsToBytes(c.input, units);
          } catch (e) {
            fail(`    wasm scan threw ${e.name}: ${e.message}`);
            return;
          }
          const nat = native[i];
          const lines = [];
          if (nat.error) lines.push(`    native CLI error: ${nat.error}`);
          else if (!same(nat.spans, wasmSpans)) {
            lines.push(`    native != wasm (byte offsets):\n    native:   ${render(c.input, nat.spans)}\n    wasm:     ${render(c.input, wasmSpans)}\n    native:   ${JSON.stringify(nat.spans)}\n    wasm:     ${JSON.stringify(wasmSpans)}`);
          }
          if (!same(wasmSpans, exp) || (nat.spans && !same(nat.spans, exp))) {
            lines.push(`    expected: ${render(c.input, exp)}\n    got wasm: ${render(c.input, wasmSpans)}` +
              (nat.spans && !same(nat.spans, wasmSpans) ? `\n    native:   ${render(c.input, nat.spans)}` : ''));
          }
          if (c.redacted !== null) {
            try {
              let vault = c.vaultGroup === null ? null : shared.get(c.vaultGroup);
              if (!vault) {
                vault = z.createVault();
                if (c.vaultGroup !== null) shared.set(c.vaultGroup, vault);
              }
              const r = policy.redact(c.input, { vault });
              for (const x of c.restores) {
                const back = vault.restore(x.reply);
                if (back !== x.expected) {
                  lines.push(`    restore (line ${x.line}) of ${JSON.stringify(x.reply)}\n    expected: ${JSON.stringify(x.expected)}\n    got:      ${JSON.stringify(back)}`);
                }
              }
              if (c.vaultGroup === null) vault.delete();
              if (r.text !== c.redacted) {
                lines.push(`    redact expected: ${JSON.stringify(c.redacted)}\n    redact got:      ${JSON.stringify(r.text)}`);
              }
              for (const s of r.spans) {
                if (s.outStart < 0 || s.outEnd > r.text.length || s.outStart > s.outEnd) {
                  lines.push(`    redact: span out of range ${JSON.stringify(s)}`);
                }
              }
            } catch (e) {
              lines.push(`    wasm redact threw ${e.name}: ${e.message}`);
            }
          }
          if (lines.length) fail(lines.join('\n'));
        });
      } finally {
        for (const p of policies.values()) p.delete();
        for (const v of shared.values()) v.delete();
      }
      assert.ok(checked > 0 || file.cases.length === 0);
      if (failures.length) {
        assert.fail(`${failures.length} of ${file.cases.length} cases fail in ${file.name}:\n\n${failures.join('\n\n')}`);
      }
    });
  }
}
