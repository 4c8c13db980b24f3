// The npm package as a user gets it: `npm pack` of wasm/ (the "files" list of package.json), then
// `npm install <tarball>` into an empty folder, then a program there that imports `zaslon` by its
// name and redacts. Catches a file missing from "files", a wrong "exports" entry, or a dist that
// only works from inside this repository.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DIST, ROOT } from './helpers.mjs';

const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild');

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'wasm/package.json'), 'utf8'));

// Node quotes the failing source line, which in a minified bundle is the whole module: cut lines.
const tail = (s) => s.split('\n').slice(-30).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l)).join('\n');

function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed in ${cwd}:\n${tail(r.stdout)}\n${tail(r.stderr)}`);
  return r.stdout;
}

test('npm pack + npm install into an empty folder: the package imports and redacts by its name', () => {
  assert.ok(fs.existsSync(path.join(DIST, 'zaslon.mjs')), 'wasm/dist is missing: make wasm');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-pkg-'));
  // Its own npm cache, offline: the tarball has no dependencies, so no registry is needed.
  const npmEnv = { npm_config_cache: path.join(tmp, 'npm-cache'), npm_config_offline: 'true',
    npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  try {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp],
      path.join(ROOT, 'wasm'), npmEnv));
    const files = packed[0].files.map((f) => f.path).sort();
    for (const f of PKG.files) assert.ok(files.includes(f), `${f} is not in the tarball (files: ${files})`);
    assert.ok(!files.some((f) => f.startsWith('test/') || f.endsWith('.c') || f.startsWith('src/')),
      `sources or tests in the tarball: ${files}`);

    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    run('npm', ['install', '--no-package-lock', path.join(tmp, packed[0].filename)], app, npmEnv);

    fs.writeFileSync(path.join(app, 'main.mjs'), `
      import { createRequire } from 'node:module';
      import { Zaslon, ZaslonError } from 'zaslon';
      const require = createRequire(import.meta.url);
      const z = await Zaslon.load();
      const p = z.compilePolicy();
      const v = z.createVault();
      const r = p.redact('Позвоните +7 (912) 345-67-89', { vault: v });
      let bad = null;
      try { z.compilePolicy('{"version": 1, "nope": 1}'); } catch (e) { bad = e instanceof ZaslonError ? e.path : String(e); }
      console.log(JSON.stringify({
        text: r.text, back: v.restore(r.text), version: z.version, bad,
        worker: import.meta.resolve('zaslon/worker'), wasm: import.meta.resolve('zaslon/zaslon.wasm'),
        pkg: require('zaslon/package.json').version,
      }));
      p.delete(); v.delete();
    `);
    const out = JSON.parse(run(process.execPath, ['main.mjs'], app));
    assert.equal(out.text, 'Позвоните <PHONE_NUMBER_1>');
    assert.equal(out.back, 'Позвоните +7 (912) 345-67-89');
    assert.equal(out.version, PKG.version);
    assert.equal(out.pkg, PKG.version);
    assert.equal(out.bad, '$.nope');
    const installed = path.join(app, 'node_modules/zaslon/dist');
    assert.equal(new URL(out.worker).pathname, path.join(installed, 'worker.mjs'));
    assert.equal(new URL(out.wasm).pathname, path.join(installed, 'zaslon.wasm'));
    assert.ok(fs.existsSync(path.join(installed, 'worker.mjs')) && fs.existsSync(path.join(installed, 'zaslon.d.ts')));

    // A bundler (esbuild here) folds the package into the app's own file: zaslon.wasm is then
    // looked up beside that file, as wasm/README.md tells users (or they pass {wasmUrl}).
    fs.writeFileSync(path.join(app, 'bundled.mjs'), `
      import { Zaslon } from 'zaslon';
      const z = await Zaslon.load();
      console.log(z.compilePolicy().redact('mail: anna@mail.ru').text);
    `);
    const outDir = path.join(app, 'out');
    esbuild.buildSync({ entryPoints: [path.join(app, 'bundled.mjs')], bundle: true, format: 'esm',
      platform: 'node', outfile: path.join(outDir, 'app.mjs'), logLevel: 'error' });
    fs.copyFileSync(path.join(installed, 'zaslon.wasm'), path.join(outDir, 'zaslon.wasm'));
    assert.equal(run(process.execPath, [path.join(outDir, 'app.mjs')], tmp).trim(), 'mail: <EMAIL_ADDRESS_1>');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
