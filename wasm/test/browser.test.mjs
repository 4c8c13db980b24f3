// The release package in Chromium: a page, a module Web Worker, a module service worker (the MV3
// background context) and the ZaslonWorker front must give exactly the Node results, under the
// extension CSP (script-src 'self' 'wasm-unsafe-eval': no eval), and fail fast and clearly on a
// missing or broken wasm.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DIST, FLAVOURS, loadFlavour, parseSpecFile, ROOT, specFiles } from './helpers.mjs';
import { runSuite } from './browser/suite.mjs';

const CHROMIUM = process.env.ZASLON_CHROMIUM || '/usr/bin/chromium';
const BROWSER_DIR = path.join(ROOT, 'wasm/test/browser');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; object-src 'none'";
const TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    if (url.pathname === '/junk/zaslon.wasm') {
      res.writeHead(200, { 'content-type': 'application/wasm', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>Not here</title>');
      return;
    }
    // the release files under a type that does not allow streaming compilation
    const octet = url.pathname.startsWith('/octet/');
    if (octet) file = path.join(DIST, url.pathname.slice(7));
    else if (url.pathname.startsWith('/dist/')) file = path.join(DIST, url.pathname.slice(6));
    else if (url.pathname.startsWith('/test/')) file = path.join(BROWSER_DIR, url.pathname.slice(6));
    else if (url.pathname === '/sw.mjs') file = path.join(BROWSER_DIR, 'sw.mjs');
    if (!file || file.includes('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': (!octet && TYPES[path.extname(file)]) || 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Every spec input (with its policy) plus texts that stress the offset mapping.
function cases() {
  const out = [];
  for (const f of specFiles()) for (const c of parseSpecFile(f).cases) out.push({ policy: c.policy, text: c.input });
  for (const t of ['', 'Привет 😀 +7 (912) 345-67-89', 'e\u0301 ivan@mail.ru\r\n👨‍👩‍👧 8-912-345-67-89 \uD800', '\uFEFFa.b@c.ru']) {
    out.push({ policy: null, text: t });
  }
  out.push({ policy: '{"types":{"PHONE_NUMBER":{"action":"mask"},"EMAIL_ADDRESS":{"action":"hash"}},"hash_key":"000102030405060708090a0b0c0d0e0f"}', text: 'тел +7 912 345 67 89, a.b@mail.ru' });
  return out;
}

const haveChromium = fs.existsSync(CHROMIUM);

test('browser: page, Web Worker, service worker, ZaslonWorker = Node', { skip: !haveChromium && `no ${CHROMIUM}`, timeout: 180000 }, async () => {
  const { chromium } = await import('playwright-core');
  const all = cases();
  const { z } = await loadFlavour(FLAVOURS.find((f) => f.name === 'release').dir);
  const expected = JSON.parse(JSON.stringify(runSuite(z, all)));
  for (const r of expected) { // scanSpans() is scan() as columns, redactSpans() redact()
    assert.deepEqual(r.cols, { ok: true, start: r.scan.map((s) => s.start), end: r.scan.map((s) => s.end), type: r.scan.map((s) => s.type) });
    assert.deepEqual(r.redCols, r.red);
  }
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const logs = [];
    page.on('console', (m) => { if (m.type() === 'error') logs.push(m.text()); });
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(`${base}/test/index.html`);
    await page.waitForFunction(() => window.zaslonTest !== undefined, null, { timeout: 30000 });

    const inPage = await page.evaluate((c) => window.zaslonTest.page(c), all);
    assert.equal(inPage.version, z.version);
    assert.deepEqual(inPage.results, expected, 'page results differ from Node');

    const inWorker = await page.evaluate((c) => window.zaslonTest.plainWorker(c), all);
    assert.deepEqual(inWorker.results, expected, 'Web Worker results differ from Node');

    const inSw = await page.evaluate((c) => window.zaslonTest.serviceWorker(c), all);
    assert.deepEqual(inSw.results, expected, 'service worker results differ from Node');

    const viaFront = await page.evaluate((c) => window.zaslonTest.zaslonWorker(c), all);
    assert.equal(viaFront.version, z.version);
    assert.deepEqual(viaFront.results, expected, 'ZaslonWorker results differ from Node');
    const ch = viaFront.checks;
    assert.equal(ch.preAborted, 'AbortError');
    assert.equal(ch.queuedAbort, 'AbortError');
    assert.equal(ch.longCount, 20000);
    assert.deepEqual(ch.longCols, [20000, 20000, 20000, 'PHONE_NUMBER']);
    assert.deepEqual(ch.emptyTwice, [0, 0]);
    assert.equal(ch.unknownTypeName, '9999');
    assert.deepEqual(ch.policyError, { isZ: true, code: z.constants.errors.ZASLON_E_POLICY, name: 'ZASLON_E_POLICY', path: '$.rules[0].pattern' });
    assert.equal(ch.loadedRestore, 'mail ivan.petrov@mail.ru');
    assert.equal(ch.loadedSize, 1);
    assert.equal(ch.badVault, 'ZASLON_E_VAULT');
    assert.equal(ch.afterDelete, 'ZASLON_E_ARG');
    assert.equal(ch.terminated, 'ZASLON_E_TERMINATED');
    assert.equal(ch.afterTerminate, 'ZASLON_E_TERMINATED');

    const f = await page.evaluate(() => window.zaslonTest.failures());
    assert.match(f.missingWasm, /^true ZASLON_E_LOAD .*HTTP 404/);
    assert.match(f.notWasm, /^true ZASLON_E_LOAD .*not a WebAssembly file/);
    assert.equal(f.workerBadUrl, 'true ZASLON_E_LOAD');
    assert.equal(f.workerBadWasm, 'true ZASLON_E_LOAD');
    assert.equal(f.fromBinary, 1);
    assert.equal(f.compiled, '1/0 1/1 1 1', 'streamed under application/wasm, from the bytes otherwise');
    assert.match(f.junkStreamed, /^true ZASLON_E_LOAD .*junk\/zaslon\.wasm is not a valid zaslon\.wasm/);

    assert.deepEqual(await page.evaluate(() => window.zaslonTest.violations()), [], 'CSP violations');
    const unexpected = logs.filter((l) => !/404|missing|Failed to load|not a WebAssembly|zaslon worker/i.test(l));
    assert.deepEqual(unexpected, [], 'console errors');
  } finally {
    await browser.close();
    server.close();
  }
});
