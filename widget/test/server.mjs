// A local shop site for the widget's end-to-end tests (and a demo: `node widget/test/server.mjs`).
// Serves the demo page with the widget tag, the built widget and wasm, policies, and a chat
// endpoint; records every request it receives.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// WIDGET_DIST: test another build (e.g. an older one, to see a new test fail against it).
export const DIST = process.env.WIDGET_DIST || join(here, '..', 'dist');
const SHOP = readFileSync(join(here, 'fixtures', 'shop.html'), 'utf8');

export const DEFAULT_ATTRS = {
  'data-endpoint': '/api/chat',
  'data-operator': 'ООО «Салон Лилия», ИНН 1655000000',
  'data-notice-url': '/privacy',
  'data-notice-version': '2025-09-01',
  'data-purposes': 'consultation,booking',
  'data-lang': 'ru',
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The shop page with the widget tag; attrs override/extend DEFAULT_ATTRS (null removes one). */
export function shopPage({ attrs = {}, head = '', body = '' } = {}) {
  const all = { ...DEFAULT_ATTRS, ...attrs };
  const tagAttrs = Object.entries(all).filter(([, v]) => v != null).map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
  const tag = `<script src="/zaslon-widget.js" defer ${tagAttrs}></script>`;
  return SHOP.replace('<!--HEAD-->', `${head}\n${tag}`).replace('<!--BODY-->', body);
}

const TOKEN = /<[A-Z][A-Z_]*_\d+>/g;

/** Default endpoint behaviour: a JSON reply that echoes every pseudonym it received. */
function defaultReply(body) {
  if (body && typeof body.text === 'string') {
    const tokens = body.text.match(TOKEN) || [];
    return { status: 200, type: 'application/json', body: JSON.stringify({ reply: `Спасибо! Записали: ${tokens.join(', ') || 'ваш вопрос'}.` }) };
  }
  return { status: 200, type: 'application/json', body: '{"ok":true}' };
}

export async function startServer() {
  const requests = [];
  const pages = new Map();
  const files = new Map();
  const waiters = [];
  let handler = defaultReply;
  let seq = 0;
  const held = new Map(); // path -> answers waiting for release (a slow network, on demand)

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let json = null;
      try { json = raw ? JSON.parse(raw) : null; } catch (_) { /* not JSON */ }
      const rec = { method: req.method, url: req.url, headers: req.headers, raw, json };
      requests.push(rec);
      for (const w of waiters.slice()) if (w.pred(rec)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(rec); }
      const path = new URL(req.url, 'http://x').pathname;
      const send = (status, type, body) => { res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }); res.end(body); };
      if (req.method === 'POST' && path === '/api/chat') {
        const r = handler(json, rec);
        return send(r.status, r.type, r.body);
      }
      if (pages.has(path)) {
        const pg = pages.get(path);
        if (pg.csp) res.setHeader('Content-Security-Policy', pg.csp);
        return send(200, 'text/html; charset=utf-8', pg.html);
      }
      if (held.has(path)) {
        held.get(path).push(() => serve(path, send));
        return;
      }
      serve(path, send);
    });
  });
  const serve = (path, send) => {
    if (files.has(path)) { const f = files.get(path); return send(200, f.type, f.body); }
    if (path === '/zaslon-widget.js') return send(200, 'text/javascript', readFileSync(join(DIST, 'zaslon-widget.js')));
    if (path === '/zaslon-worker.js') return send(200, 'text/javascript', readFileSync(join(DIST, 'zaslon-worker.js')));
    if (path === '/zaslon.wasm') return send(200, 'application/wasm', readFileSync(join(DIST, 'zaslon.wasm')));
    if (path === '/zaslon-scalar.wasm') return send(200, 'application/wasm', readFileSync(join(DIST, 'zaslon-scalar.wasm')));
    if (path === '/broken.wasm') return send(200, 'application/wasm', Buffer.from('this is not webassembly'));
    if (path === '/privacy') return send(200, 'text/html; charset=utf-8', '<h1>Политика обработки персональных данных</h1>');
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    send(404, 'text/plain', 'not found');
  };
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    requests,
    /** Registers a shop page; returns its URL. */
    page(opts = {}) { const p = `/shop-${++seq}.html`; pages.set(p, { html: shopPage(opts), csp: opts.csp }); return origin + p; },
    /** Holds GET answers for path until the returned function is called. */
    hold(path) {
      held.set(path, []);
      return () => { const q = held.get(path) || []; held.delete(path); q.forEach((f) => f()); };
    },
    /** Resolves once a request for path has arrived (answered or held). */
    requested(path) { return this.waitFor((r) => new URL(r.url, 'http://x').pathname === path); },
    file(path, type, body) { files.set(path, { type, body }); return origin + path; },
    /** Sets the endpoint's behaviour: fn(json, rec) -> {status, type, body}; null restores the default. */
    reply(fn) { handler = fn || defaultReply; },
    /** Requests to the chat endpoint so far. */
    posts() { return requests.filter((r) => r.method === 'POST' && r.url.startsWith('/api/chat')); },
    /** Resolves with the first (already recorded or future) request matching pred. */
    waitFor(pred, from = 0) {
      const found = requests.slice(from).find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
    close() { return new Promise((r) => { server.closeAllConnections?.(); server.close(r); }); },
  };
}

// Demo: node widget/test/server.mjs  -> open the printed URL (after `make widget`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await startServer();
  const url = s.page({ attrs: { 'data-contact': 'true' } });
  console.log(`Demo shop: ${url}  (endpoint requests are printed below; Ctrl+C to stop)`);
  setInterval(() => {
    for (const r of s.requests.splice(0)) if (r.method === 'POST') console.log(r.url, r.raw);
  }, 500);
}
