#!/usr/bin/env node
// Builds the unpacked extension for Chromium and Firefox from the same sources, and zips them.
//   node extension/build.mjs [--out build/extension] [--dist wasm/dist] [--zip] [--test]
// --test makes a test build (test hooks on, open shadow root); never ship it.
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile, access, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITES, matchPatterns } from './src/sites.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const VERSION = '0.1.0';

export function manifest(browser, version) {
  const matches = matchPatterns(SITES);
  const m = {
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    version,
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    content_scripts: [
      { matches, js: ['content.js'], run_at: 'document_start', all_frames: false },
      { matches, js: ['page-hook.js'], run_at: 'document_start', all_frames: false, world: 'MAIN' },
    ],
    action: { default_popup: 'popup.html', default_title: '__MSG_extName__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    options_ui: { page: 'options.html', open_in_tab: true },
  };
  if (browser === 'chromium') {
    m.background = { service_worker: 'sw.js', type: 'module' };
    m.storage = { managed_schema: 'schema.json' };
    m.minimum_chrome_version = '111';
  } else {
    m.background = { scripts: ['sw.js'], type: 'module' };
    // data_collection_permissions: the extension collects and transmits nothing (AMO requires the
    // declaration; Firefox reads it from 140 on)
    m.browser_specific_settings = { gecko: { id: 'zaslon@zaslon.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' } };
  }
  return m;
}

// A plain square PNG icon (the shield colour), written without any image library.
import { deflateSync, crc32 } from 'node:zlib';
function png(size) {
  const row = Buffer.alloc(1 + size * 4);
  const raw = [];
  for (let y = 0; y < size; y++) {
    row.fill(0); row[0] = 0;
    for (let x = 0; x < size; x++) {
      const edge = Math.min(x, y, size - 1 - x, size - 1 - y);
      const inner = x > size * 0.3 && x < size * 0.7 && y > size * 0.25 && y < size * 0.75 && !(x > size * 0.42 && y > size * 0.38 && y < size * 0.62);
      const [r, g, b, a] = inner ? [255, 255, 255, 255] : edge < 0 ? [0, 0, 0, 0] : [43, 89, 195, 255];
      row.set([r, g, b, a], 1 + x * 4);
    }
    raw.push(Buffer.from(row));
  }
  const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc32(td) >>> 0); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(raw))), chunk('IEND', Buffer.alloc(0))]);
}

// wasm/dist/zaslon.mjs can read zaslon.wasm from a Node file system through a dynamic
// import('node:fs/promises'). The extension always passes a URL, so that path is dead code here;
// it is cut out so that no Node-only code ships (Mozilla's linter flags the dynamic import). If
// the package changes shape, the build stops rather than ship it unchecked.
export function browserOnly(js) {
  const re = /await import\((\w+)\)/g;
  const n = (js.match(re) || []).length;
  if (n !== 1) throw new Error(`zaslon.mjs: expected one dynamic import (the Node file reader), found ${n}`);
  return js.replace(re, 'await Promise.reject(new Error("no file system in the extension"))');
}

export async function buildExtension({ out = path.join(repo, 'build/extension'), dist = path.join(repo, 'wasm/dist'), zip = false, test = false, browsers = ['chromium', 'firefox'] } = {}) {
  for (const f of ['zaslon.mjs', 'zaslon.wasm']) {
    try { await access(path.join(dist, f)); } catch { throw new Error(`${path.join(dist, f)} is missing: run \`make wasm\` first`); }
  }
  const define = { __ZASLON_TEST_HOOKS__: test ? 'true' : 'false' };
  const src = (f) => path.join(here, 'src', f);
  const stage = path.join(out, '.stage');
  await rm(stage, { recursive: true, force: true });
  await build({ entryPoints: [src('content.js'), src('page-hook.js')], bundle: true, format: 'iife', outdir: stage, define, target: 'chrome111', legalComments: 'none', minifySyntax: true, logLevel: 'warning' });
  await build({ entryPoints: [src('sw.js'), src('popup.js'), src('options.js')], bundle: true, format: 'esm', outdir: stage, define, target: 'chrome111', external: ['./zaslon.mjs'], legalComments: 'none', minifySyntax: true, logLevel: 'warning' });
  for (const f of ['popup.html', 'options.html', 'pages.css']) await cp(src(f), path.join(stage, f));
  await cp(path.join(here, '_locales'), path.join(stage, '_locales'), { recursive: true });
  await cp(path.join(here, 'schema.json'), path.join(stage, 'schema.json'));
  await writeFile(path.join(stage, 'zaslon.mjs'), browserOnly(await readFile(path.join(dist, 'zaslon.mjs'), 'utf8')));
  // Only the SIMD128 module: every browser the manifests allow (Chrome 111+, Firefox 140+) has wasm
  // SIMD (Chrome 91, Firefox 89), so zaslon-scalar.wasm would be 1.5 MB never loaded.
  await cp(path.join(dist, 'zaslon.wasm'), path.join(stage, 'zaslon.wasm'));
  await mkdir(path.join(stage, 'icons'), { recursive: true });
  for (const s of [16, 32, 48, 128]) await writeFile(path.join(stage, `icons/${s}.png`), png(s));
  const dirs = {};
  for (const b of browsers) {
    const dir = path.join(out, b);
    await rm(dir, { recursive: true, force: true });
    await cp(stage, dir, { recursive: true });
    if (b === 'firefox') await rm(path.join(dir, 'schema.json'));
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest(b, VERSION), null, 2) + '\n');
    dirs[b] = dir;
    if (zip) {
      const z = path.join(out, `zaslon-${b}.zip`);
      await rm(z, { force: true });
      execFileSync('zip', ['-q', '-r', '-X', '-9', z, '.'], { cwd: dir });
    }
  }
  await rm(stage, { recursive: true, force: true });
  return dirs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (n) => { const i = a.indexOf(n); return i >= 0 ? a[i + 1] : undefined; };
  const dirs = await buildExtension({ out: opt('--out') && path.resolve(opt('--out')), dist: opt('--dist') && path.resolve(opt('--dist')), zip: a.includes('--zip'), test: a.includes('--test') });
  for (const [b, d] of Object.entries(dirs)) console.log(`extension (${b}): ${path.relative(process.cwd(), d)}`);
}
