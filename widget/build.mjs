// Builds widget/dist/zaslon-widget.js (one classic script, IIFE), zaslon-worker.js (the engine's
// module worker, where redaction runs) and copies zaslon.wasm and zaslon-scalar.wasm beside them.
// Usage: node widget/build.mjs [--engine DIR]   (DIR holds zaslon.mjs + zaslon.wasm; default wasm/dist)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const engineDir = resolve(args.includes('--engine') ? args[args.indexOf('--engine') + 1] : join(here, '..', 'wasm', 'dist'));
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });

const plugin = {
  name: 'zaslon',
  setup(build) {
    // The engine module: wasm/dist/zaslon.mjs, or another directory given with --engine.
    build.onResolve({ filter: /wasm\/dist\/zaslon\.mjs$/ }, () => ({ path: join(engineDir, 'zaslon.mjs') }));
    build.onResolve({ filter: /wasm\/dist\/worker\.mjs$/ }, () => ({ path: join(engineDir, 'worker.mjs') }));
    // CSS is imported as a minified string and put into the shadow root.
    build.onLoad({ filter: /\.css$/ }, async (a) => {
      const { code } = await esbuild.transform(readFileSync(a.path, 'utf8'), { loader: 'css', minify: true, target: 'chrome100' });
      return { contents: code, loader: 'text' };
    });
  },
};

const version = JSON.parse(readFileSync(join(here, 'package-info.json'), 'utf8')).version;
await esbuild.build({
  entryPoints: [join(here, 'src', 'index.js')],
  outfile: join(out, 'zaslon-widget.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  banner: { js: `/*! Zaslon chat widget ${version}: personal data is masked on the visitor's device. */` },
  define: {
    'process.env.NODE_ENV': '"production"',
    'import.meta.url': 'zaslonImportMetaUrl',
    __ZASLON_WIDGET_VERSION__: JSON.stringify(version),
  },
  inject: [join(here, 'src', 'import-meta-url.js')],
  external: ['node:*', 'fs', 'path', 'url', 'module', 'crypto', 'worker_threads'],
  logLevel: 'warning',
  plugins: [plugin],
});
// The worker: wasm/dist/worker.mjs with the engine inlined, one module file (a module worker can
// import, but one file is one request and one thing to copy).
await esbuild.build({
  entryPoints: [join(engineDir, 'worker.mjs')],
  outfile: join(out, 'zaslon-worker.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  banner: { js: `/*! Zaslon chat widget ${version}: the engine's worker. */` },
  external: ['node:*', 'fs', 'path', 'url', 'module', 'crypto', 'worker_threads'],
  logLevel: 'warning',
});
// Both modules: the worker downloads zaslon.wasm (SIMD128) or, where the browser has no wasm SIMD,
// zaslon-scalar.wasm; never both.
copyFileSync(join(engineDir, 'zaslon.wasm'), join(out, 'zaslon.wasm'));
copyFileSync(join(engineDir, 'zaslon-scalar.wasm'), join(out, 'zaslon-scalar.wasm'));
