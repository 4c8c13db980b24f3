// Zaslon content script: catches a prompt before the chat site sends it, shows what will be
// masked, writes the masked text back into the site's editor and lets the site send it; restores
// pseudonyms in replies. It never logs prompt text and makes no network request: all work on
// text happens in the extension's service worker, reached with chrome.runtime messages.
import { siteForHost, conversationId } from './sites.js';
import { getText, setText, insertAtCaret, isTextarea } from './editors.js';
import { showPreview, toast, dialogOpen, closeDialog } from './ui.js';
import { partlyMasked } from './mask.js';

const site = siteForHost(location.host);
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;
const TEXT_FILE = /\.(txt|csv|json|md|log)$/i;
const MAX_FILE = 2 * 1024 * 1024;

async function call(msg) {
  try {
    const r = await chrome.runtime.sendMessage(msg);
    return r || { ok: false, error: { message: t('errNoEngine') } };
  } catch (e) {
    return { ok: false, error: { message: t('errNoEngine') } };
  }
}

let conv = site ? conversationId(site, location.pathname) : null;
let bypass = 0;           // > 0 while Zaslon itself dispatches an event: let it through
let busy = false;         // a prompt is being checked: swallow further send attempts
let lastTrustedInput = 0; // for the copy hook: only answer right after a user gesture
const guard = (fn) => { bypass++; try { return fn(); } finally { bypass--; } };
const stop = (ev) => { ev.preventDefault(); ev.stopImmediatePropagation(); };

function editorFrom(node) {
  const e = node instanceof Element ? node : node?.parentElement;
  return e?.closest?.(site.editor) || null;
}
function currentEditor() {
  const a = document.activeElement;
  return editorFrom(a) || document.querySelector(site.editor);
}
function sendButton() {
  for (const b of document.querySelectorAll(site.send)) if (b.offsetParent !== null || b.getClientRects().length) return b;
  return document.querySelector(site.send);
}
const disabled = (b) => b.disabled || b.getAttribute('aria-disabled') === 'true';

function countTypes(spans) {
  const c = {};
  for (const s of spans) c[s.type] = (c[s.type] || 0) + 1;
  return c;
}
function rowsFor(text, r) {
  const seen = new Map();
  for (const s of r.spans) {
    const token = r.masked.slice(s.outStart, s.outEnd);
    const k = s.type + '\u0000' + text.slice(s.start, s.end);
    if (!seen.has(k)) seen.set(k, { type: s.type, value: partlyMasked(text.slice(s.start, s.end)), token });
  }
  return [...seen.values()];
}

// ---- sending ---------------------------------------------------------------------------------------
async function redispatch(kind, editor, form) {
  // give the page's framework a moment to react to the new editor content (enable its button)
  let b = sendButton();
  for (let i = 0; i < 20 && (!b || disabled(b)) && kind !== 'submit'; i++) { await new Promise((r) => setTimeout(r, 15)); b = sendButton(); }
  guard(() => {
    if (kind === 'submit' && form) form.requestSubmit();
    else if (b && !disabled(b)) b.click();
    else if (form) form.requestSubmit();
    else {
      const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
      editor.dispatchEvent(new KeyboardEvent('keydown', init));
      editor.dispatchEvent(new KeyboardEvent('keyup', init));
    }
  });
}

async function onSendAttempt(ev, kind) {
  if (bypass) return;
  const editor = kind === 'key' ? editorFrom(ev.target) : currentEditor();
  if (!editor) return;
  if (busy || dialogOpen()) { stop(ev); return; }
  const text = getText(editor);
  if (!text.trim()) return;
  stop(ev);
  busy = true;
  const form = editor.closest('form');
  try {
    const r = await call({ op: 'redact', conv, text, purpose: 'send' });
    if (!r.ok) {
      toast(t('errNotSent', [r.error?.message || '']), { error: true, ms: 10000 });
      return;
    }
    if (r.skip || !r.spans.length) { await redispatch(kind, editor, form); return; }
    const counts = countTypes(r.spans);
    const choice = await showPreview({ rows: rowsFor(text, r), blocked: r.blocked, allowOriginal: r.allowSendOriginal,
      autoConfirm: r.hooks?.autoConfirm });
    if (r.blocked) {
      call({ op: 'decision', conv, counts, action: 'blocked', purpose: 'send' });
      editor.focus();
      return;
    }
    if (choice.action === 'edit') {
      call({ op: 'decision', conv, counts, action: 'edit', purpose: 'send' });
      editor.focus();
      return;
    }
    if (choice.action === 'original') {
      call({ op: 'decision', conv, counts, action: 'original', reason: choice.reason, purpose: 'send' });
      await redispatch(kind, editor, form);
      return;
    }
    if (getText(editor) !== text) { toast(t('errChanged'), { error: true }); return; }
    if (!(await setText(editor, r.masked, guard))) {
      toast(t('errEditor'), { error: true, ms: 10000 });
      call({ op: 'decision', conv, counts, action: 'failed', purpose: 'send' });
      return;
    }
    call({ op: 'decision', conv, counts, action: 'masked', purpose: 'send' });
    await redispatch(kind, editor, form);
  } finally {
    busy = false;
  }
}

// ---- pastes ------------------------------------------------------------------------------------------
async function onPaste(ev) {
  if (bypass) return;
  const editor = editorFrom(ev.target);
  if (!editor) return;
  const dt = ev.clipboardData;
  if (dt && dt.files && dt.files.length) { onFiles(ev, [...dt.files], null); return; }
  const text = dt?.getData('text/plain') || '';
  if (!text) return;
  stop(ev);
  const r = await call({ op: 'redact', conv, text, purpose: 'paste' });
  if (!r.ok) { toast(t('errPaste', [r.error?.message || '']), { error: true, ms: 10000 }); return; }
  if (r.skip || !r.spans.length) { await insertAtCaret(editor, text, guard); return; }
  if (r.blocked) {
    await insertAtCaret(editor, r.masked, guard);
    toast(t('pasteBlocked'), { error: true });
    call({ op: 'decision', conv, counts: countTypes(r.spans), action: 'blocked', purpose: 'paste' });
    return;
  }
  if (!(await insertAtCaret(editor, r.masked, guard))) { toast(t('errEditor'), { error: true }); return; }
  toast(t('pasteMasked', [String(r.spans.length)]));
  call({ op: 'decision', conv, counts: countTypes(r.spans), action: 'masked', purpose: 'paste' });
}

// ---- files: dropped, pasted or attached --------------------------------------------------------------
async function onFiles(ev, files, input) {
  stop(ev);
  if (input) input.value = '';
  const st = await call({ op: 'state' });
  if (!st.ok || !st.engineOk) { toast(t('errNotSent', [st.error?.message || t('errNoEngine')]), { error: true, ms: 10000 }); return; }
  if (!st.enabled || st.paused) { deliver(ev, files, input); return; }
  const out = [];
  const rows = [];
  const counts = {};
  const other = [];
  let blocked = false;
  for (const f of files) {
    if (!TEXT_FILE.test(f.name) || f.size > MAX_FILE) { other.push(f); out.push(f); continue; }
    const text = await f.text();
    const r = await call({ op: 'redact', conv, text, purpose: 'file' });
    if (!r.ok) { toast(t('errNotSent', [r.error?.message || '']), { error: true, ms: 10000 }); return; }
    if (!r.spans.length) { out.push(f); continue; }
    blocked ||= r.blocked;
    for (const row of rowsFor(text, r)) rows.push(row);
    for (const [k, v] of Object.entries(countTypes(r.spans))) counts[k] = (counts[k] || 0) + v;
    out.push({ original: f, masked: new File([r.masked], f.name, { type: f.type || 'text/plain', lastModified: f.lastModified }) });
  }
  if (other.length) {
    const names = other.map((f) => f.name).join(', ');
    if (st.blockFiles) {
      toast(t('fileBlocked', [names]), { error: true, ms: 10000 });
      call({ op: 'decision', conv, counts: {}, action: 'file-blocked', purpose: 'file' });
      return;
    }
    toast(t('fileWarned', [names]), { ms: 8000 });
    call({ op: 'decision', conv, counts: {}, action: 'file-warned', purpose: 'file' });
  }
  if (rows.length) {
    const names = out.filter((f) => f.masked).map((f) => f.masked.name);
    const choice = await showPreview({ rows, blocked, allowOriginal: st.allowSendOriginal, fileNames: names, autoConfirm: st.hooks?.autoConfirm });
    if (blocked || choice.action === 'edit') { call({ op: 'decision', conv, counts, action: blocked ? 'blocked' : 'edit', purpose: 'file' }); return; }
    const original = choice.action === 'original';
    call({ op: 'decision', conv, counts, action: original ? 'original' : 'masked', reason: choice.reason, purpose: 'file' });
    deliver(ev, out.map((f) => (f.masked ? (original ? f.original : f.masked) : f)), input);
    return;
  }
  deliver(ev, out.map((f) => f.original || f), input);
}

function deliver(ev, files, input) {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  guard(() => {
    if (input) {
      input.files = dt.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (ev.type === 'paste') {
      ev.target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    } else {
      const target = ev.target instanceof Node && ev.target.isConnected ? ev.target : document.body;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true, clientX: ev.clientX, clientY: ev.clientY }));
    }
  });
}

// ---- replies: pseudonyms shown restored, in place ------------------------------------------------------
const TOKEN = /<\s*\\?[A-Z][A-Z0-9_\\]*_\d+\s*\\?>|&lt;[A-Z][A-Z0-9_]*_\d+&gt;/;
const dirty = new Set();
let restoreTimer = null;
function markDirty(node) {
  const e = node instanceof Element ? node : node?.parentElement;
  if (!e || e.closest('zaslon-ui')) return;
  const root = e.closest(site.replies);
  if (root) dirty.add(root);
  else if (e.querySelectorAll) for (const r of e.querySelectorAll(site.replies)) dirty.add(r);
  if (!restoreTimer) restoreTimer = setTimeout(restoreDirty, 60);
}
async function restoreDirty() {
  restoreTimer = null;
  const nodes = [];
  for (const root of dirty) {
    if (!root.isConnected || editorFrom(root) || root.querySelector(site.editor)) continue;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (TOKEN.test(n.nodeValue)) nodes.push(n);
  }
  dirty.clear();
  if (!nodes.length) return;
  const texts = nodes.map((n) => n.nodeValue);
  const r = await call({ op: 'restore', conv, texts });
  if (!r.ok) return;
  nodes.forEach((n, i) => { if (n.nodeValue === texts[i] && r.texts[i] !== texts[i]) n.nodeValue = r.texts[i]; });
}

// The site's own "copy" buttons write their (masked) source text with the Clipboard API; the
// MAIN-world hook (page-hook.js) asks us to restore it, only right after a user gesture.
function onCopyRequest(ev) {
  let req;
  try { req = JSON.parse(String(ev.detail)); } catch { return; }
  if (!req || typeof req.id !== 'string' || typeof req.text !== 'string') return;
  const answer = (text) => document.dispatchEvent(new CustomEvent('zaslon:restore-response', { detail: JSON.stringify({ id: req.id, text }) }));
  if (Date.now() - lastTrustedInput > 3000 || !TOKEN.test(req.text)) { answer(req.text); return; }
  call({ op: 'restore', conv, texts: [req.text] }).then((r) => answer(r.ok ? r.texts[0] : req.text));
}

// ---- conversation changes (single-page navigation) ------------------------------------------------------
function checkConversation() {
  const now = conversationId(site, location.pathname);
  if (now !== conv) {
    const prev = conv;
    conv = now;
    if (prev !== null) closeDialog(); // a new chat getting its id is still the same conversation
    call({ op: 'conv', conv: now, prev });
  }
}

if (site) {
  const opts = { capture: true };
  window.addEventListener('keydown', (ev) => {
    if (ev.isTrusted) lastTrustedInput = Date.now();
    if (ev.key !== 'Enter' || ev.shiftKey || ev.isComposing || ev.keyCode === 229) return;
    if (!editorFrom(ev.target)) return;
    onSendAttempt(ev, 'key');
  }, opts);
  window.addEventListener('pointerdown', (ev) => { if (ev.isTrusted) lastTrustedInput = Date.now(); }, opts);
  window.addEventListener('click', (ev) => {
    if (ev.isTrusted) lastTrustedInput = Date.now();
    const b = ev.target instanceof Element && ev.target.closest(site.send);
    if (b) onSendAttempt(ev, 'click');
  }, opts);
  window.addEventListener('submit', (ev) => {
    if (ev.target instanceof HTMLFormElement && ev.target.querySelector(site.editor)) onSendAttempt(ev, 'submit');
  }, opts);
  window.addEventListener('paste', onPaste, opts);
  window.addEventListener('drop', (ev) => {
    if (bypass || !ev.dataTransfer?.files?.length) return;
    onFiles(ev, [...ev.dataTransfer.files], null);
  }, opts);
  window.addEventListener('change', (ev) => {
    const inp = ev.target;
    if (bypass || !(inp instanceof HTMLInputElement) || inp.type !== 'file' || !inp.files?.length) return;
    onFiles(ev, [...inp.files], inp);
  }, opts);
  document.addEventListener('zaslon:restore-request', onCopyRequest);
  new MutationObserver((records) => {
    for (const rec of records) {
      markDirty(rec.target);
      for (const n of rec.addedNodes) markDirty(n);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  call({ op: 'conv', conv, prev: conv });
  setInterval(checkConversation, 500);
  if (document.readyState !== 'loading') markDirty(document.body);
  else document.addEventListener('DOMContentLoaded', () => markDirty(document.body));
}
