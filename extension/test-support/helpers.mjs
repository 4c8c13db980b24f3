// Test harness: builds the test flavour of the extension, bundles the fixture chat pages, and
// launches Debian's Chromium with the extension loaded, the fixture pages served at the real
// site URLs through Playwright routing (nothing reaches the network).
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { mkdtemp, rm, readFile, cp, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from '../build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const artifacts = path.join(repo, 'test-artifacts');
export const DIST = process.env.ZASLON_DIST ? path.resolve(process.env.ZASLON_DIST) : path.join(repo, 'wasm/dist');
export const haveEngine = existsSync(path.join(DIST, 'zaslon.mjs')) && existsSync(path.join(DIST, 'zaslon.wasm'));

// One fixture per editor kind, each at a real site URL of an adapter that uses that kind.
export const FIXTURES = {
  textarea: { origin: 'https://chatgpt.com', path: '/', title: 'textarea (ChatGPT-like)',
    editor: '<textarea id="prompt-textarea" rows="4"></textarea>', send: 'data-testid="send-button"', reply: '[data-message-author-role="assistant"]' },
  prosemirror: { origin: 'https://claude.ai', path: '/new', title: 'ProseMirror (Claude-like)',
    editor: '<div id="editor"></div>', send: 'aria-label="Send message"', reply: '.font-claude-message' },
  lexical: { origin: 'https://www.perplexity.ai', path: '/', title: 'Lexical (Perplexity-like)',
    editor: '<div id="ask-input" contenteditable="true"></div>', send: 'aria-label="Submit"', reply: '.prose:not(.user)' },
  quill: { origin: 'https://gemini.google.com', path: '/app', title: 'Quill (Gemini-like)',
    editor: '<rich-textarea><div id="editor"></div></rich-textarea>', send: 'class="send-button"', reply: 'message-content' },
};

let bundles = null;
async function fixtureBundles() {
  if (bundles) return bundles;
  bundles = {};
  for (const kind of Object.keys(FIXTURES)) {
    const r = await build({ entryPoints: [path.join(here, 'fixtures', kind + '.js')], bundle: true, format: 'iife', write: false, logLevel: 'error', nodePaths: [path.join(repo, 'node_modules')] });
    bundles[kind] = r.outputFiles[0].text;
  }
  bundles.html = await readFile(path.join(here, 'fixtures/page.html'), 'utf8');
  return bundles;
}

export async function buildTestExtension({ withoutWasm = false } = {}) {
  const out = await mkdtemp(path.join(os.tmpdir(), 'zaslon-ext-'));
  const dirs = await buildExtension({ out, dist: DIST, test: true, browsers: ['chromium'] });
  if (withoutWasm) await rm(path.join(dirs.chromium, 'zaslon.wasm'));
  return { dir: dirs.chromium, cleanup: () => rm(out, { recursive: true, force: true }) };
}

export async function launch(extDir, { reply = (text) => `Noted. I will use ${text} as you said.`, args = [] } = {}) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'zaslon-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...args],
    viewport: { width: 1000, height: 760 },
  });
  const b = await fixtureBundles();
  const requests = [];
  const uploads = [];
  let n = 0;
  for (const [kind, f] of Object.entries(FIXTURES)) {
    await context.route(f.origin + '/**', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.pathname === '/fixture.js') return route.fulfill({ contentType: 'text/javascript', body: b[kind] });
      if (url.pathname === '/api/send') {
        const { text } = JSON.parse(req.postData());
        requests.push({ kind, text });
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ id: 'conv-' + kind + '-' + (++n), reply: reply(text) }) });
      }
      if (url.pathname === '/api/upload') {
        uploads.push({ kind, name: req.headers()['x-name'], text: req.postDataBuffer()?.toString('utf8') ?? '' });
        return route.fulfill({ contentType: 'application/json', body: '{}' });
      }
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      // every other path is the chat page, with a strict CSP like the real sites
      return route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'" },
        body: b.html.replace('__TITLE__', f.title).replace('__EDITOR__', f.editor).replace('__SEND__', f.send) });
    });
  }
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 10000 });
  const extId = new URL(sw.url()).host;
  return {
    context, sw, extId, requests, uploads,
    async open(kind) {
      const page = await context.newPage();
      await page.goto(FIXTURES[kind].origin + FIXTURES[kind].path);
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    },
    async close() { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}

export async function shot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, name) });
}

export const until = async (fn, { timeout = 5000, step = 25 } = {}) => {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn.toString().slice(0, 120));
    await new Promise((r) => setTimeout(r, step));
  }
};
