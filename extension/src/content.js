// Zaslon content script: catches a prompt before the chat site sends it, shows what will be
// masked, writes the masked text back into the site's editor and lets the site send it; answers
// the MAIN-world network guard; shows replies restored in extension-owned UI. It never logs
// prompt text and makes no network request: all work on text happens in the extension's service
// worker, reached with chrome.runtime messages.
import { siteForHost, route } from './sites.js';
import { getText, setText, insertAtCaret, sameText } from './editors.js';
import { showPreview, toast, dialogOpen, closeDialog } from './ui.js';
import { partlyMasked } from './mask.js';
import { pathOf, closestIn, composerOf, visibleEditors, editorOfPath, deepQueryAll, visible } from './dom.js';
import { renderRestored, hasToken, viewsSnapshot } from './replies.js';
import { startGuardBridge, guardTiming } from './guard-bridge.js';

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

// ---- conversation id (temporary chats get their own, per visit) --------------------------------------
let tmpId = null;
function currentRoute() {
  const r = route(site, location.pathname, location.search);
  if (r.id === 'tmp') { tmpId ??= 'tmp-' + crypto.randomUUID(); return { known: true, id: tmpId }; }
  tmpId = null;
  return r;
}

let conv = null;
let bypass = 0;           // > 0 while Zaslon itself dispatches an event: let it through
let busy = false;         // a prompt is being checked: swallow further send attempts
const guard = (fn) => { bypass++; try { return fn(); } finally { bypass--; } };
const stop = (ev) => { ev.preventDefault(); ev.stopImmediatePropagation(); };
const disabled = (b) => b.disabled || b.getAttribute('aria-disabled') === 'true';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the user approved, for the network guard: a prompt request must carry one of these texts.
// Held only here (isolated world); the page's world gets verdicts, never these texts.
const approvals = [];
function approve(text, kind) {
  const now = Date.now();
  while (approvals.length && approvals[0].until < now) approvals.shift();
  approvals.push({ text, kind, until: now + 60000 });
}

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
// A send attempt, resolved from the event: `editor` the visible editor of the composer the user
// used, `control` the send control they clicked (null for a key), `key` the key event's init.
function resolveAttempt(ev, kind) {
  const path = pathOf(ev);
  if (kind === 'key') {
    const editor = editorOfPath(site, path);
    if (!editor) return null;
    return { editor, composer: composerOf(site, editor), control: null,
      key: { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: ev.ctrlKey, metaKey: ev.metaKey, altKey: ev.altKey, bubbles: true, cancelable: true, composed: true } };
  }
  if (kind === 'submit') {
    const form = ev.target instanceof HTMLFormElement ? ev.target : null;
    const editors = form ? visibleEditors(site, form) : [];
    if (editors.length !== 1) return editors.length ? { ambiguous: true } : null;
    return { editor: editors[0], composer: form, form, control: ev.submitter || null };
  }
  const control = closestIn(path, site.send);
  if (!control) return null;
  const target = path[0]; // the innermost element clicked: the site may listen on it, not on the labelled wrapper
  const composer = composerOf(site, control);
  const editors = composer ? visibleEditors(site, composer) : [];
  // no editor: not a prompt send (another form's button). Several: we cannot tell which it sends
  if (!editors.length) return null;
  if (editors.length > 1) return { ambiguous: true };
  return { editor: editors[0], composer, control, target };
}

// The control to click again: the one the user clicked, or, when the site re-rendered it, the
// only visible send control of the same composer.
function sameControl(att) {
  if (att.control.isConnected) return att.control;
  const c = deepQueryAll(att.composer, site.send).filter(visible);
  return c.length === 1 ? c[0] : null;
}

// `fresh`: the caller read the editor in this same task and found `expected` (nothing can have
// changed it since); otherwise it is read again here.
async function redispatch(att, expected, approval, fresh = false) {
  if (att.control) {
    // let the page's framework react to the new editor content (enable its control)
    let b = sameControl(att);
    for (let i = 0; i < 20 && (!b || disabled(b)); i++) { await sleep(15); b = sameControl(att); }
    if (!b || disabled(b)) { toast(t('errNoControl'), { error: true, ms: 10000 }); return false; }
    // the editor could have changed while we waited (#16): send only what the user approved
    if (!sameText(getText(att.editor), expected)) { toast(t('errChanged'), { error: true }); return false; }
    approve(expected, approval);
    guard(() => {
      if (b === att.control && att.target?.isConnected && b.contains(att.target) && att.target !== b) {
        att.target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: window }));
      } else b.click();
    });
    return true;
  }
  if (!fresh && !sameText(getText(att.editor), expected)) { toast(t('errChanged'), { error: true }); return false; }
  approve(expected, approval);
  guard(() => {
    if (att.form) { att.form.requestSubmit(att.control && att.control.form === att.form ? att.control : undefined); return; }
    att.editor.dispatchEvent(new KeyboardEvent('keydown', att.key));
    att.editor.dispatchEvent(new KeyboardEvent('keyup', att.key));
  });
  return true;
}

async function onSendAttempt(ev, kind) {
  if (bypass) return;
  const att = resolveAttempt(ev, kind);
  if (!att) return;
  if (att.ambiguous) { stop(ev); toast(t('errNoEditor'), { error: true, ms: 10000 }); return; }
  if (busy || dialogOpen()) { stop(ev); return; }
  const text = getText(att.editor);
  if (!text.trim()) return;
  stop(ev);
  busy = true;
  const { editor } = att;
  try {
    const r = await call({ op: 'redact', conv, text, purpose: 'send' });
    if (!r.ok) {
      toast(t('errNotSent', [r.error?.message || '']), { error: true, ms: 10000 });
      return;
    }
    if (r.skip || !r.spans.length) { await redispatch(att, text, r.skip ? 'off' : 'clean'); return; }
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
      await redispatch(att, text, 'original');
      return;
    }
    if (getText(editor) !== text) { toast(t('errChanged'), { error: true }); return; }
    if (!(await setText(editor, r.masked, guard))) {
      toast(t('errEditor'), { error: true, ms: 10000 });
      call({ op: 'decision', conv, counts, action: 'failed', purpose: 'send' });
      return;
    }
    // setText has just verified the editor (no task boundary since): a key send goes at once,
    // the audit entry after it
    const sent = await redispatch(att, r.masked, 'masked', true);
    call({ op: 'decision', conv, counts, action: sent ? 'masked' : 'failed', purpose: 'send' });
  } finally {
    busy = false;
  }
}

// ---- pastes ------------------------------------------------------------------------------------------
async function onPaste(ev) {
  if (bypass) return;
  const editor = editorOfPath(site, pathOf(ev));
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
    // what cannot be scanned is not attached, unless the admin allows it (managed blockFiles: false)
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
  const target = pathOf(ev)[0] || ev.target;
  guard(() => {
    if (input) {
      input.files = dt.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (ev.type === 'paste') {
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    } else {
      const to = target instanceof Node && target.isConnected ? target : document.body;
      to.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true, clientX: ev.clientX, clientY: ev.clientY }));
    }
  });
}

// ---- replies: shown restored in extension-owned UI -------------------------------------------------------
const dirty = new Set();
let restoreTimer = null;
function markDirty(node) {
  const e = node instanceof Element ? node : node?.parentElement;
  if (!e || e.closest('zaslon-ui, zaslon-reply')) return;
  const root = e.closest(site.replies);
  if (root) dirty.add(root);
  else if (e.querySelectorAll) for (const r of e.querySelectorAll(site.replies)) dirty.add(r);
  if (!restoreTimer && dirty.size) restoreTimer = setTimeout(restoreDirty, 60);
}
async function restoreDirty() {
  const roots = [...dirty].filter((r) => r.isConnected && hasToken(r));
  dirty.clear();
  for (const root of roots) {
    await renderRestored(root, async (tokens) => {
      const r = await call({ op: 'restore', conv, texts: tokens });
      return r.ok && Array.isArray(r.texts) ? r.texts : null;
    }).catch(() => false);
  }
  restoreTimer = dirty.size ? setTimeout(restoreDirty, 60) : null;
}

// An editable element the adapter does not know (a new composer, a search box) that is about to
// send personal data: Zaslon cannot mask it, so the user is told (the network guard still checks
// the prompt endpoints). Under the managed `blockUnknownEditors` the key is stopped first and
// given back only when the field holds no personal data (fail closed: an error blocks too).
let warnedAt = 0;
let blockUnknown = false; // the site's state, read at start and with every health check
async function unknownEditor(ev) {
  const el = pathOf(ev).find((e) => e instanceof HTMLTextAreaElement || (e instanceof HTMLInputElement && /^(text|search|)$/.test(e.type)) || e.isContentEditable);
  if (!el) return;
  const text = el instanceof HTMLElement && 'value' in el && typeof el.value === 'string' ? el.value : el.innerText || '';
  if (!text.trim()) return;
  const block = blockUnknown;
  if (block) stop(ev);
  else if (Date.now() - warnedAt < 3000) return;
  const r = await call({ op: 'check', texts: [text.slice(0, 100000)] });
  if (block && r.ok && (r.skip || !r.findings)) {
    guard(() => {
      if (el instanceof HTMLInputElement && el.form) { el.form.requestSubmit(); return; }
      const key = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: ev.ctrlKey, metaKey: ev.metaKey, altKey: ev.altKey, bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(new KeyboardEvent('keydown', key)); el.dispatchEvent(new KeyboardEvent('keyup', key));
    });
    return;
  }
  if (block) {
    toast(r.ok ? t('unknownEditorBlocked', [String(r.findings)]) : t('errNotSent', [r.error?.message || '']), { error: true, ms: 10000 });
    call({ op: 'decision', conv, counts: r.counts || {}, action: 'blocked', purpose: 'send' });
  } else {
    if (!r.ok || r.skip || !r.findings) return;
    warnedAt = Date.now();
    toast(t('unknownEditor', [String(r.findings)]), { error: true, ms: 10000 });
  }
  call({ op: 'health', problems: ['editor'], conv });
  lastHealth = null; // the periodic check reports the page's real state again
}
async function readState() {
  const st = await call({ op: 'state' });
  if (st.ok) blockUnknown = !!st.blockUnknownEditors && st.enabled && !st.paused;
}

// ---- adapter health: "not protected here" instead of silently failing open ------------------------------
let lastHealth = null;
function health() {
  const r = currentRoute();
  const editors = deepQueryAll(document.body, site.editor).filter(visible);
  let send = true;
  // the send control of most sites only appears once there is text: check it then
  const withText = editors.find((e) => getText(e).trim());
  if (withText) { const c = composerOf(site, withText); send = !!c && deepQueryAll(c, site.send).some(visible); }
  const problems = [];
  if (!r.known) problems.push('route');
  if (!editors.length) problems.push('editor');
  if (!send) problems.push('send');
  return problems;
}
function checkHealth() {
  readState();
  const p = health().join(',');
  if (p === lastHealth) return;
  lastHealth = p;
  call({ op: 'health', problems: p ? p.split(',') : [], conv });
}

// ---- conversation changes (single-page navigation) ------------------------------------------------------
function checkConversation() {
  const now = currentRoute().id;
  if (now !== conv) {
    const prev = conv;
    conv = now;
    if (prev !== null) closeDialog(); // a new chat getting its id is still the same conversation
    call({ op: 'conv', conv: now, prev });
  }
}

if (site) {
  conv = currentRoute().id;
  startGuardBridge({ call: (m) => call({ ...m, conv }), approvals, toast, t });
  const opts = { capture: true };
  window.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' || ev.shiftKey || ev.isComposing || ev.keyCode === 229) return;
    if (site.modEnterOnly && !(ev.ctrlKey || ev.metaKey)) return;
    if (!bypass && !editorOfPath(site, pathOf(ev))) { unknownEditor(ev); return; }
    onSendAttempt(ev, 'key');
  }, opts);
  window.addEventListener('click', (ev) => onSendAttempt(ev, 'click'), opts);
  window.addEventListener('submit', (ev) => onSendAttempt(ev, 'submit'), opts);
  window.addEventListener('paste', onPaste, opts);
  window.addEventListener('drop', (ev) => {
    if (bypass || !ev.dataTransfer?.files?.length) return;
    onFiles(ev, [...ev.dataTransfer.files], null);
  }, opts);
  window.addEventListener('change', (ev) => {
    const inp = pathOf(ev)[0];
    if (bypass || !(inp instanceof HTMLInputElement) || inp.type !== 'file' || !inp.files?.length) return;
    onFiles(ev, [...inp.files], inp);
  }, opts);
  new MutationObserver((records) => {
    for (const rec of records) {
      markDirty(rec.target);
      for (const n of rec.addedNodes) markDirty(n);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  call({ op: 'conv', conv, prev: conv });
  readState();
  setInterval(checkConversation, 500);
  // a page needs a moment to render its composer before its health means anything
  setTimeout(() => { checkHealth(); setInterval(checkHealth, 1000); }, 2500);
  if (document.readyState !== 'loading') markDirty(document.body);
  else document.addEventListener('DOMContentLoaded', () => markDirty(document.body));
  /* global __ZASLON_TEST_HOOKS__ */
  if (typeof __ZASLON_TEST_HOOKS__ !== 'undefined' && __ZASLON_TEST_HOOKS__ === true) {
    chrome.runtime.onMessage.addListener((msg, sender, respond) => {
      if (sender.id !== chrome.runtime.id) return false;
      if (msg?.op === 'testViews') respond({ views: viewsSnapshot(), health: lastHealth, conv, url: location.href });
      // the tests' own limit for a verdict (never a real 14 s wait)
      if (msg?.op === 'testVerdictMs') { guardTiming.verdictMs = msg.ms; respond({ ok: true }); }
      // a message to the service worker as this content script sends it (size-cap tests)
      if (msg?.op === 'testCall') { call({ ...msg.msg, conv }).then((r) => respond({ ...r, url: location.href })); return true; }
      return false;
    });
  }
}
