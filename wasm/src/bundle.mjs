// bundle.mjs — makes the package's two ES modules with esbuild:
//   <outdir>/zaslon.mjs  = emcc factory (--core) + wasm/src/zaslon.js, one self-contained module
//   <outdir>/worker.mjs  = wasm/src/worker.js, importing ./zaslon.mjs (not a second copy)
// usage: node wasm/src/bundle.mjs --core build/wasm/core.mjs --outdir wasm/dist [--minify]
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');

const argv = process.argv.slice(2);
const opt = (k) => {
  const i = argv.indexOf(k);
  return i >= 0 ? argv[i + 1] : undefined;
};
const core = path.resolve(opt('--core'));
const outdir = path.resolve(opt('--outdir'));
const minify = argv.includes('--minify');
if (!fs.existsSync(core)) throw new Error(`no emcc factory at ${core}`);
fs.mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: ['es2020', 'chrome89', 'firefox89', 'safari15', 'node18'],
  minify,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

// The debug factory (-sASSERTIONS) refuses to start outside the environments it was built for;
// ours never lets emcc load anything itself (Zaslon.load instantiates), so in Node (the tests)
// those two checks are dropped. The release factory has no such checks.
let coreSource = fs.readFileSync(core, 'utf8');
const envChecks = [
  'throw new Error("environment detection error");',
  /assert\(!ENVIRONMENT_IS_NODE, "[^"]*"\);/,
];
if (coreSource.includes('environment detection error')) {
  for (const re of envChecks) {
    const before = coreSource;
    coreSource = coreSource.replace(re, '/* zaslon: environment check dropped (see bundle.mjs) */');
    if (coreSource === before) throw new Error(`debug factory: cannot find ${re}`);
  }
}

// emcc computes `new URL("core.wasm", import.meta.url)` at start-up even though Zaslon.load()
// instantiates the module itself: it throws where import.meta.url is empty (a consumer's IIFE
// bundle, e.g. the widget) and makes asset-aware bundlers look for a file "core.wasm". The value
// is never used (instantiateWasm is always given), so it becomes a plain string.
{
  const re = /new URL\("core\.wasm",\s*import\.meta\.url\)\.toString\(\)/g;
  const n = (coreSource.match(re) || []).length;
  if (n !== 1) throw new Error(`emcc factory: expected one new URL("core.wasm", import.meta.url), found ${n}`);
  coreSource = coreSource.replace(re, '"zaslon.wasm"').replace(/"core\.wasm"/g, '"zaslon.wasm"');
}

// zaslon.mjs: '#zaslon-core' is the emcc factory.
await esbuild.build({
  ...common,
  entryPoints: [path.join(here, 'zaslon.js')],
  outfile: path.join(outdir, 'zaslon.mjs'),
  plugins: [{
    name: 'zaslon-core',
    setup(b) {
      b.onResolve({ filter: /^#zaslon-core$/ }, () => ({ path: core, namespace: 'zaslon-core' }));
      b.onLoad({ filter: /.*/, namespace: 'zaslon-core' }, () => ({ contents: coreSource, loader: 'js' }));
    },
  }],
  banner: { js: '// zaslon: on-device PII masking (WebAssembly build of the C engine)' },
});

// worker.mjs: ./zaslon.js and ./error.js stay imports of the sibling ./zaslon.mjs.
await esbuild.build({
  ...common,
  entryPoints: [path.join(here, 'worker.js')],
  outfile: path.join(outdir, 'worker.mjs'),
  plugins: [{
    name: 'zaslon-external',
    setup(b) {
      b.onResolve({ filter: /^\.\/zaslon\.js$/ }, () => ({ path: './zaslon.mjs', external: true }));
      // The error class too: one ZaslonError for both modules (instanceof holds across them).
      b.onResolve({ filter: /^\.\/error\.js$/ }, () => ({ path: './zaslon.mjs', external: true }));
    },
  }],
});

// No eval/new Function may reach the bundle (extension CSP).
for (const f of ['zaslon.mjs', 'worker.mjs']) {
  const s = fs.readFileSync(path.join(outdir, f), 'utf8');
  if (/\beval\s*\(|new\s+Function\s*\(/.test(s)) throw new Error(`${f} contains eval/new Function`);
  if (/\brequire\s*\(|__dirname/.test(s)) throw new Error(`${f} contains require/__dirname`);
}
