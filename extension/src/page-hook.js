// MAIN-world network guard: the second line behind the DOM layer. It wraps fetch,
// XMLHttpRequest, WebSocket.send and navigator.sendBeacon, and for requests to the prompt and draft
// endpoints the site adapter declares (sites.js) holds the body until the content script's verdict
// arrives: a prompt goes out only if it carries a text the user approved and no findings; a draft
// only without findings; anything else is dropped. This world is the page's own: it receives
// verdicts (allow / block) and nothing else - no original value, no approved text, no vault.
import { siteForHost, endpointKind } from './sites.js';

(() => {
  const site = siteForHost(location.host);
  if (!site) return;
  // the page's scripts run after us and may replace these: keep the originals
  const origFetch = window.fetch;
  const XHR = XMLHttpRequest.prototype;
  const xhrOpen = XHR.open; const xhrSend = XHR.send;
  const wsSend = WebSocket.prototype.send;
  const beacon = navigator.sendBeacon;
  const MAX_BODY = 4 << 20;
  const WAIT_MS = 15000;

  const ch = new MessageChannel();
  const port = ch.port1;
  const pending = new Map();
  let next = 1;
  port.onmessage = (ev) => {
    const v = ev.data;
    const p = v && pending.get(v.id);
    if (p) { pending.delete(v.id); p(v.allow === true); }
  };
  window.postMessage({ zaslonGuard: 1 }, location.origin, [ch.port2]);

  // Candidate texts of a body: itself, its form fields, its JSON string leaves (also JSON nested in
  // strings, as Gemini's f.req is).
  function texts(body) {
    const out = [];
    const walk = (v, depth) => {
      if (depth > 8 || out.length > 500) return;
      if (typeof v === 'string') {
        out.push(v);
        const s = v.trim();
        if ((s[0] === '{' || s[0] === '[') && s.length > 1) { try { walk(JSON.parse(s), depth + 1); } catch { /* not JSON */ } }
        else if (depth === 0 && /^[\w.%-]+=/.test(s) && !/\s/.test(s)) { for (const [, val] of new URLSearchParams(s)) walk(val, depth + 1); }
      } else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
      else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], depth + 1);
    };
    walk(body, 0);
    return out;
  }

  function verdict(kind, body) {
    if (body === null || body.length > MAX_BODY) return Promise.resolve(false); // unreadable: fail closed
    return new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      setTimeout(() => { if (pending.delete(id)) resolve(false); }, WAIT_MS);
      port.postMessage({ id, kind, texts: texts(body) });
    });
  }

  const dec = new TextDecoder();
  // A request body as text; null when it cannot be read without consuming it (a stream).
  async function bodyText(b) {
    if (b === undefined || b === null) return '';
    if (typeof b === 'string') return b;
    if (b instanceof URLSearchParams) return b.toString();
    if (b instanceof FormData) {
      const parts = [];
      for (const [k, v] of b) parts.push(k + '=' + (typeof v === 'string' ? v : await v.text()));
      return parts.join('\n');
    }
    if (b instanceof Blob) return b.text();
    if (b instanceof ArrayBuffer || ArrayBuffer.isView(b)) return dec.decode(b);
    return null;
  }
  const blocked = (what) => new DOMException(`Zaslon blocked this ${what}: see the Zaslon notice`, 'AbortError');

  window.fetch = function fetch(input, init) {
    const url = input instanceof Request ? input.url : String(input);
    const kind = endpointKind(site, url);
    if (!kind) return origFetch.apply(this, arguments);
    const self = this; const args = arguments;
    return (async () => {
      const body = init && 'body' in init ? await bodyText(init.body) : input instanceof Request ? await input.clone().text() : '';
      if (!(await verdict(kind, body))) throw blocked(kind === 'draft' ? 'draft' : 'prompt');
      return origFetch.apply(self, args);
    })();
  };

  const xhrUrl = new WeakMap();
  XHR.open = function open(method, url) { xhrUrl.set(this, String(url)); return xhrOpen.apply(this, arguments); };
  XHR.send = function send(body) {
    const kind = endpointKind(site, xhrUrl.get(this) || '');
    if (!kind) return xhrSend.apply(this, arguments);
    const xhr = this;
    bodyText(body).then((b) => verdict(kind, b)).then((ok) => {
      if (ok) { xhrSend.call(xhr, body); return; }
      xhr.dispatchEvent(new ProgressEvent('error'));
      xhr.dispatchEvent(new ProgressEvent('loadend'));
    });
    return undefined;
  };

  // WebSocket frames keep their order: each socket's frames wait in one queue.
  const wsQueue = new WeakMap();
  WebSocket.prototype.send = function send(data) {
    let kind = endpointKind(site, this.url);
    if (!kind) return wsSend.apply(this, arguments);
    const ws = this;
    const q = (wsQueue.get(ws) || Promise.resolve()).then(async () => {
      const b = await bodyText(data);
      // on a chat socket only the frames that post a message are prompts; the rest are checked as drafts
      if (kind === 'prompt' && site.frame && b !== null && !new RegExp(site.frame).test(b)) kind = 'draft';
      if (await verdict(kind, b)) { if (ws.readyState === 1) wsSend.call(ws, data); }
    });
    wsQueue.set(ws, q);
    return undefined;
  };

  if (beacon) {
    navigator.sendBeacon = function sendBeacon(url, data) {
      const kind = endpointKind(site, String(url));
      if (!kind) return beacon.apply(navigator, arguments);
      // a beacon cannot wait: it goes out later, after the verdict, or never
      bodyText(data).then((b) => verdict(kind, b)).then((ok) => { if (ok) beacon.call(navigator, url, data); });
      return true;
    };
  }
})();
