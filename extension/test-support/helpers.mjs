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

// One fixture per site, served at the site's real URL, copying its 2025–2026 composer (see
// fixtures/<site>.js). `prompt` extracts the prompt text from a recorded request to the site's
// prompt endpoint; `editor` / `send` are what a user types into and clicks.
const J = (b) => JSON.parse(b);
export const FIXTURES = {
  chatgpt: { origin: 'https://chatgpt.com', path: '/', editor: '#prompt-textarea', send: '#composer-submit-button svg', reply: '[data-message-author-role="assistant"]',
    endpoint: '/backend-api/f/conversation', prompt: (b) => J(b).messages[0].content.parts[0] },
  claude: { origin: 'https://claude.ai', path: '/new', editor: 'div.ProseMirror', send: 'button[aria-label="Send message"] svg', reply: '.font-claude-response',
    endpoint: /\/completion$/, prompt: (b) => J(b).prompt },
  gemini: { origin: 'https://gemini.google.com', path: '/u/1/app', editor: '.ql-editor', send: 'button.send-button mat-icon', reply: 'message-content',
    endpoint: /StreamGenerate$/, prompt: (b) => J(J(new URLSearchParams(b).get('f.req'))[1])[0][0] },
  gigachat: { origin: 'https://giga.chat', path: '/gigachat', editor: 'textarea', send: '[role="button"][aria-label="Отправить сообщение"] svg', reply: '[data-testid="bot-message"]',
    endpoint: /\/messages$/, prompt: (b) => J(b).text },
  deepseek: { origin: 'https://chat.deepseek.com', path: '/', editor: '#chat-input', send: 'div._7436101 svg', reply: '.ds-markdown',
    endpoint: '/api/v0/chat/completion', prompt: (b) => J(b).prompt },
  perplexity: { origin: 'https://www.perplexity.ai', path: '/', editor: '#ask-input', send: 'button[aria-label="Submit"] svg', reply: '.prose',
    endpoint: '/rest/sse/perplexity_ask', prompt: (b) => J(b).query_str },
  copilot: { origin: 'https://copilot.microsoft.com', path: '/', editor: 'cib-serp >> cib-action-bar >> #userInput', send: 'cib-serp >> cib-action-bar >> button[data-testid="submit-button"] svg', reply: '[data-content="ai-message"]',
    endpoint: '/c/api/chat', prompt: (b) => J(b).content[0].text, ws: true },
  mistral: { origin: 'https://chat.mistral.ai', path: '/chat', editor: 'div.ProseMirror', send: 'button[aria-label="Send question"] svg', reply: '[data-message-author-role="assistant"]',
    endpoint: '/api/chat', prompt: (b) => J(b).messageInput[0].text },
};
const matches = (ep, p) => (typeof ep === 'string' ? ep === p : ep.test(p));

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
  const requests = []; // prompts that reached a site's prompt endpoint: { kind, text }
  const drafts = [];   // everything else posted to a site: { kind, path, body }
  const uploads = [];
  let n = 0;
  const answer = (kind, text) => JSON.stringify({ id: 'conv-' + kind + '-' + (++n), reply: reply(text) });
  for (const [kind, f] of Object.entries(FIXTURES)) {
    await context.route(f.origin + '/**', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.pathname === '/fixture.js') return route.fulfill({ contentType: 'text/javascript', body: b[kind] });
      if (url.pathname === '/api/upload') {
        uploads.push({ kind, name: req.headers()['x-name'], text: req.postDataBuffer()?.toString('utf8') ?? '' });
        return route.fulfill({ contentType: 'application/json', body: '{}' });
      }
      if (req.method() === 'POST' && !f.ws && matches(f.endpoint, url.pathname)) {
        const text = f.prompt(req.postData());
        requests.push({ kind, text, at: Date.now() });
        return route.fulfill({ contentType: 'application/json', body: answer(kind, text) });
      }
      if (req.method() === 'POST') {
        drafts.push({ kind, path: url.pathname, body: req.postData() || '' });
        return route.fulfill({ contentType: 'application/json', body: '{}' });
      }
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      // every other path is the chat page, with a strict CSP like the real sites
      return route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' wss://${url.host}` },
        body: b.html.replaceAll('__TITLE__', kind + ' fixture') });
    });
    if (f.ws) {
      await context.routeWebSocket(new RegExp('^wss://' + new URL(f.origin).host.replace(/\./g, '\\.') + f.endpoint), (ws) => {
        ws.onMessage((m) => {
          const msg = JSON.parse(String(m));
          if (msg.event !== 'send') { drafts.push({ kind, path: f.endpoint, body: String(m) }); return; }
          const text = f.prompt(String(m));
          requests.push({ kind, text });
          const { id, reply: r } = JSON.parse(answer(kind, text));
          for (const c of r.match(/[\s\S]{1,5}/g) || []) ws.send(JSON.stringify({ event: 'appendText', text: c }));
          ws.send(JSON.stringify({ event: 'done', conversationId: id }));
        });
      });
    }
  }
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 10000 });
  const extId = new URL(sw.url()).host;
  return {
    context, sw, extId, requests, drafts, uploads,
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

// What the extension's reply views show on the page at `url` (read from the isolated world
// through the test build's hook: the views are closed shadow roots).
export async function views(h, page) {
  return h.sw.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const r = await chrome.tabs.sendMessage(tab.id, { op: 'testViews' });
        if (r && r.url === url) return r;
      } catch { /* no content script there */ }
    }
    return null;
  }, page.url());
}

// Waits until a reply view shows every value of `mustContain` and no pseudonym.
export async function restoredReply(h, page, mustContain, timeout = 8000) {
  return until(async () => {
    const r = await views(h, page);
    const v = r?.views?.find((x) => mustContain.every((s) => x.text.includes(s)) && !/<[A-Z_]+_\d+>/.test(x.text));
    return v || null;
  }, { timeout });
}
