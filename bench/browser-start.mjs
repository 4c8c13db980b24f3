// Start-up of the release package in Chromium, first visit and repeat visits: import + load,
// the first compilePolicy(), the first redact() and, for comparison, a second one. Two ways of
// getting the module, side by side: "streamed" (zaslon.wasm served as application/wasm:
// Zaslon.load() compiles it while it streams in, and Chromium may keep the compiled code with the
// cached file) and "bytes" (the same file under another type, as on hosts that do not know .wasm:
// read whole, then compiled). Each way has its own browser profile with a disk cache; visits
// alternate between them; the files are served cacheable, as a site would serve them.
// usage: node bench/browser-start.mjs [--visits N] (default 9)   needs /usr/bin/chromium
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'wasm/dist');
const CHROMIUM = process.env.ZASLON_CHROMIUM || '/usr/bin/chromium';
const arg = (k, d) => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : d;
};
const VISITS = Number(arg('--visits', 9));
// let V8 finish optimising and write its code cache before the page goes away
const LINGER_MS = 3000;

const PAGE = `<!doctype html><meta charset="utf-8"><title>start</title>
<script type="module">
const src = new URLSearchParams(location.search).get('src');
const t0 = performance.now();
const { Zaslon } = await import('/dist/zaslon.mjs');
const z = await Zaslon.load({ wasmUrl: src });
const t1 = performance.now();
const p = z.compilePolicy();
const t2 = performance.now();
p.redact('Здравствуйте, я Анна Петрова, мой телефон +7 912 345-67-89');
const t3 = performance.now();
p.redact('Добрый день! Запишите Иванову Марию Сергеевну на среду, ivanova.m@mail.ru');
const t4 = performance.now();
window.result = { load: t1 - t0, compile: t2 - t1, first: t3 - t2, next: t4 - t3, all: t3 - t0 };
</script>`;

function serve() {
  const types = { '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/blank') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>blank</title>');
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGE);
      return;
    }
    const octet = url.pathname.startsWith('/octet/');
    const name = url.pathname.replace(/^\/(dist|octet)\//, '');
    const file = path.join(DIST, path.basename(name));
    if (name.includes('/') || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': octet ? 'application/octet-stream' : types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
    });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!fs.existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set ZASLON_CHROMIUM)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(DIST, 'zaslon.wasm'))) {
  console.error('no wasm/dist/zaslon.wasm: run `make wasm` first');
  process.exit(1);
}
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const modes = [
  { name: 'streamed (application/wasm)', src: '/dist/zaslon.wasm' },
  { name: 'bytes (application/octet-stream)', src: '/octet/zaslon.wasm' },
];
const dirs = [];
try {
  for (const m of modes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-start-'));
    dirs.push(dir);
    m.ctx = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    m.runs = [];
    // a browser's first page pays for starting its renderer: not the module's first visit
    const blank = await m.ctx.newPage();
    await blank.goto(`${base}/blank`);
    await blank.close();
  }
  await new Promise((resolve) => setTimeout(resolve, LINGER_MS)); // both browsers settle
  for (let v = 0; v < VISITS; v++) {
    for (const m of v % 2 ? [...modes].reverse() : modes) {
      const page = await m.ctx.newPage();
      await page.goto(`${base}/?src=${encodeURIComponent(m.src)}`);
      await page.waitForFunction(() => window.result, null, { timeout: 60000 });
      m.runs.push(await page.evaluate(() => window.result));
      await page.waitForTimeout(LINGER_MS);
      await page.close();
    }
  }
  const f = (x) => `${x.toFixed(1)} ms`.padStart(9);
  console.log(`zaslon start-up in Chromium (${(await modes[0].ctx.browser()?.version()) || 'persistent profile'}); ` +
    `first visit, then the median of ${VISITS - 1} repeat visits (HTTP cache warm)\n`);
  console.log(`  ${'module from'.padEnd(34)} ${'visit'.padEnd(7)} ${'import+load'.padStart(11)} ${'compile'.padStart(9)} ${'1st redact'.padStart(10)} ${'total'.padStart(9)} ${'2nd redact'.padStart(10)}`);
  for (const m of modes) {
    const first = m.runs[0], rest = m.runs.slice(1);
    const med = {};
    for (const k of ['load', 'compile', 'first', 'all', 'next']) med[k] = median(rest.map((r) => r[k]));
    console.log(`  ${m.name.padEnd(34)} ${'first'.padEnd(7)} ${f(first.load).padStart(11)} ${f(first.compile)} ${f(first.first).padStart(10)} ${f(first.all)} ${f(first.next).padStart(10)}`);
    console.log(`  ${''.padEnd(34)} ${'repeat'.padEnd(7)} ${f(med.load).padStart(11)} ${f(med.compile)} ${f(med.first).padStart(10)} ${f(med.all)} ${f(med.next).padStart(10)}`);
  }
  console.log('\n  (total = import + load + compile + first redact; the 2nd redact, of another message, is not in it)');
} finally {
  for (const m of modes) await m.ctx?.close();
  server.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}
