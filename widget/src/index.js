// Entry of zaslon-widget.js (a classic script, bundled by esbuild as an IIFE).
// Reads its configuration from its own <script> tag, mounts itself, and exposes window.ZaslonWidget:
//   ZaslonWidget.mount(el, options) -> widget   (el = null: floating launcher + panel)
//   ZaslonWidget.on(event, fn) / off(event, fn) (events of every widget: consent, send, escalate, error)
//   ZaslonWidget('mount', el, options)          (same as the methods; this is what the queue stub records)
// Calls made through the queue stub before this script ran are replayed in order.
// The page gets handles with open/close/withdraw/destroy/on/off only: no widget object, no list of
// instances, nothing that leads to the engine, the vault or the text (docs/security.md).

import { Widget, markPrivate } from './widget.js';

// Our own tag (currentScript is null when a loader evaluates the file: then find it by name).
const script = document.currentScript || document.querySelector('script[src*="zaslon-widget"]');
/* global __ZASLON_WIDGET_VERSION__ */
const VERSION = typeof __ZASLON_WIDGET_VERSION__ === 'string' ? __ZASLON_WIDGET_VERSION__ : 'dev';

const bool = (v) => v === true || v === '' || v === 'true' || v === '1' || v === 'on';

function abs(url, base) {
  if (!url) return '';
  try { return new URL(url, base || document.baseURI).href; } catch (_) { return ''; }
}

/** Options from data-* attributes of the script tag (camelCased by dataset). */
function scriptOptions() {
  if (!script || !script.dataset) return {};
  const d = script.dataset;
  const o = {};
  for (const k of Object.keys(d)) o[k] = d[k];
  return o;
}

/** Merges and validates options into the widget's config. */
export function configure(options) {
  const o = { ...scriptOptions(), ...(options || {}) };
  const scriptSrc = script && script.src ? script.src : document.baseURI;
  const lang = (o.lang || document.documentElement.lang || 'ru').toLowerCase().startsWith('en') ? 'en' : 'ru';
  const purposes = Array.isArray(o.purposes) ? o.purposes
    : String(o.purposes || 'consultation').split(',').map((s) => s.trim()).filter(Boolean);
  const cfg = {
    endpoint: abs(o.endpoint),
    operator: String(o.operator || '').trim(),
    operatorContact: o.operatorContact || '',
    noticeUrl: abs(o.noticeUrl || '/privacy'),
    noticeVersion: String(o.noticeVersion || ''),
    purposes,
    lang,
    retention: o.retention || '',
    wasmUrl: abs(o.wasmUrl || 'zaslon.wasm', o.wasmUrl ? undefined : scriptSrc),
    // For browsers without wasm SIMD (Safari before 16.4): the worker downloads this one instead.
    // A site that moved zaslon.wasm names this one too, or its browsers without SIMD fail closed.
    scalarWasmUrl: o.scalarWasmUrl ? abs(o.scalarWasmUrl)
      : o.wasmUrl ? undefined : abs('zaslon-scalar.wasm', scriptSrc),
    workerUrl: abs(o.workerUrl || 'zaslon-worker.js', o.workerUrl ? undefined : scriptSrc),
    redactTimeout: Number(o.redactTimeout) > 0 ? Number(o.redactTimeout) : 0,
    policyUrl: o.policyUrl ? abs(o.policyUrl) : '',
    // 152-FZ art. 10: special categories need their own explicit consent; handing the message to
    // a person under the general consent is the site's explicit choice, never the default.
    sensitive: o.sensitive === 'escalate' ? 'escalate' : 'consent',
    sealKey: o.sealKey || '',
    contact: bool(o.contact),
    title: o.title || '',
    position: o.position === 'left' ? 'left' : 'right',
    inline: !!o.inline,
    origin: location.origin,
  };
  if (!cfg.endpoint) throw new Error('ZaslonWidget: data-endpoint is required');
  if (!cfg.operator) throw new Error('ZaslonWidget: data-operator is required (152-FZ: the notice names the operator)');
  return cfg;
}

const globalListeners = {};

function emitGlobal(event, detail) {
  for (const fn of (globalListeners[event] || []).slice()) {
    try { fn(detail); } catch (_) { /* a site's handler must not break the widget */ }
  }
}

function mount(el, options) {
  if (typeof el === 'string') {
    const found = document.querySelector(el);
    if (!found) throw new Error(`ZaslonWidget: no element matches ${el}`);
    el = found;
  }
  const inline = !!el;
  const host = document.createElement('zaslon-widget');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', inline ? 'block' : 'contents', 'important');
  if (inline) {
    host.style.setProperty('width', '100%', 'important');
    host.style.setProperty('height', '100%', 'important');
  }
  (inline ? el : document.body).append(host);
  markPrivate(host);
  const w = new Widget(host, configure({ ...(options || {}), inline }), emitGlobal);
  const handle = {
    on(event, fn) { w.on(event, fn); return handle; },
    off(event, fn) { w.off(event, fn); return handle; },
    open() { w.open(); },
    close() { w.close(); },
    withdraw() { return w.withdraw().then(() => undefined); },
    destroy() { w.destroy(); },
  };
  return Object.freeze(handle);
}

const api = function ZaslonWidget(method, ...args) {
  if (typeof api[method] !== 'function') throw new Error(`ZaslonWidget: unknown method ${method}`);
  return api[method](...args);
};
api.version = VERSION;
api.mount = mount;
api.on = (event, fn) => { (globalListeners[event] = globalListeners[event] || []).push(fn); return api; };
api.off = (event, fn) => {
  globalListeners[event] = (globalListeners[event] || []).filter((f) => f !== fn);
  return api;
};

function start() {
  const prev = window.ZaslonWidget;
  const queue = (prev && prev.q) ? Array.from(prev.q) : [];
  window.ZaslonWidget = api;
  const d = script ? script.dataset : {};
  const manual = d.mount === 'manual' || queue.some((args) => args[0] === 'mount');
  // Listeners first, so queued on('consent', ...) also hears the auto-mounted widget.
  const run = (args) => { try { api(...args); } catch (e) { console.error(e.message); } };
  queue.filter((a) => a[0] === 'on').forEach(run);
  if (!manual && d.endpoint) run(['mount', null]);
  queue.filter((a) => a[0] !== 'on').forEach(run);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
