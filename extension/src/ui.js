// The in-page preview and notices, in a closed shadow root so that the page's styles and
// scripts cannot reach into them.
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;

let host = null;
let root = null;
function ensureRoot() {
  if (host && host.isConnected) return root;
  host = document.createElement('zaslon-ui');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; inset: auto 0 0 auto;';
  // closed in the shipping build; open only in the test build so Playwright can click the buttons
  /* global __ZASLON_TEST_HOOKS__ */
  root = host.attachShadow({ mode: typeof __ZASLON_TEST_HOOKS__ !== 'undefined' && __ZASLON_TEST_HOOKS__ === true ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    .box { position: fixed; right: 16px; bottom: 16px; width: min(440px, calc(100vw - 32px)); max-height: 70vh; overflow: auto;
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #fff;
      border: 1px solid #c9d1e0; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px; }
    .title { font-weight: 600; font-size: 14px; margin-bottom: 6px; display: flex; gap: 6px; align-items: center; }
    .shield { width: 16px; height: 16px; border-radius: 4px; background: #2b59c3; color: #fff; font-size: 11px; text-align: center; line-height: 16px; }
    table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; }
    td { padding: 3px 4px; border-top: 1px solid #eef1f6; vertical-align: top; word-break: break-all; }
    td.type { color: #5a6478; font-size: 11px; white-space: nowrap; word-break: normal; }
    td.tok { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: #2b59c3; }
    td.val { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
    .more, .note { color: #5a6478; font-size: 12px; margin-bottom: 8px; }
    .err { color: #a4161a; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; justify-content: flex-end; }
    button { font: inherit; border-radius: 6px; padding: 6px 12px; border: 1px solid #c9d1e0; background: #f5f7fb; cursor: pointer; }
    button.primary { background: #2b59c3; border-color: #2b59c3; color: #fff; }
    button.danger { color: #a4161a; }
    button:focus-visible { outline: 2px solid #f0a500; outline-offset: 1px; }
    textarea { width: 100%; box-sizing: border-box; font: inherit; margin: 6px 0; min-height: 48px; }
    .toast { position: fixed; right: 16px; bottom: 16px; max-width: 420px; background: #1d2330; color: #fff; padding: 10px 14px;
      border-radius: 8px; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 6px 20px rgba(0,0,0,.25); }
    .toast.error { background: #a4161a; }
  `;
  root.append(style);
  (document.body || document.documentElement).append(host);
  return root;
}

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k);
  return e;
}

let openDialog = null;
export function dialogOpen() { return !!openDialog; }

// rows: [{type, value (already partly masked), token}]
// Resolves {action:'masked'|'edit'|'original', reason}
export function showPreview({ rows, blocked, allowOriginal, fileNames, autoConfirm }) {
  closeDialog();
  const r = ensureRoot();
  return new Promise((resolve) => {
    const done = (v) => { pendingResolve = null; closeDialog(); resolve(v); };
    pendingResolve = () => resolve({ action: 'edit', closed: true });
    const box = el('div', { class: 'box', role: 'dialog', 'aria-modal': 'true', 'data-zaslon': 'preview' });
    const title = blocked ? t('previewBlockedTitle') : fileNames ? t('previewFileTitle', [fileNames.join(', ')]) : t('previewTitle', [String(rows.length)]);
    box.append(el('div', { class: 'title' }, el('span', { class: 'shield' }, 'З'), title));
    const table = el('table');
    const shown = rows.slice(0, 12);
    for (const row of shown) {
      table.append(el('tr', {}, el('td', { class: 'type' }, row.type), el('td', { class: 'val' }, row.value),
        el('td', { class: 'tok' }, row.token ? '→ ' + row.token : '')));
    }
    box.append(table);
    if (rows.length > shown.length) box.append(el('div', { class: 'more' }, t('previewMore', [String(rows.length - shown.length)])));
    if (blocked) box.append(el('div', { class: 'note err' }, t('previewBlockedNote')));
    else box.append(el('div', { class: 'note' }, t('previewNote')));
    const buttons = el('div', { class: 'row' });
    const edit = el('button', { 'data-action': 'edit', onclick: () => done({ action: 'edit' }) }, t('btnEdit'));
    if (!blocked && allowOriginal) {
      const orig = el('button', { class: 'danger', 'data-action': 'original' }, t('btnSendOriginal'));
      orig.addEventListener('click', () => {
        const reason = el('textarea', { 'data-field': 'reason', placeholder: t('reasonPlaceholder') });
        const confirm = el('button', { class: 'danger', 'data-action': 'confirm-original' }, t('btnConfirmOriginal'));
        confirm.addEventListener('click', () => {
          if (!reason.value.trim()) { reason.focus(); return; }
          done({ action: 'original', reason: reason.value.trim() });
        });
        orig.replaceWith(confirm);
        buttons.before(reason);
        reason.focus();
      });
      buttons.append(orig);
    }
    buttons.append(edit);
    let primary = null;
    if (!blocked) {
      primary = el('button', { class: 'primary', 'data-action': 'masked', onclick: () => done({ action: 'masked' }) }, fileNames ? t('btnAttachMasked') : t('btnSendMasked'));
      buttons.append(primary);
    }
    box.append(buttons);
    box.addEventListener('keydown', (e) => { e.stopPropagation(); if (e.key === 'Escape') done({ action: 'edit' }); }, true);
    r.append(box);
    openDialog = box;
    (primary || edit).focus();
    if (autoConfirm && primary) setTimeout(() => primary.click(), 0);
  });
}

let pendingResolve = null;
// Closing from outside (e.g. the user went to another conversation) counts as "Edit".
export function closeDialog() {
  if (openDialog) { openDialog.remove(); openDialog = null; }
  const r = pendingResolve; pendingResolve = null; r?.();
}

let toastTimer = null;
export function toast(message, { error = false, ms = 5000 } = {}) {
  const r = ensureRoot();
  r.querySelector('.toast')?.remove();
  const d = el('div', { class: 'toast' + (error ? ' error' : ''), role: 'status', 'data-zaslon': error ? 'error' : 'notice' }, message);
  if (openDialog) d.style.bottom = '200px';
  r.append(d);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => d.remove(), ms);
}

// Test and screenshot helper: the UI's text, readable from the isolated world only.
export function uiSnapshot() {
  if (!root) return null;
  return { dialog: openDialog ? openDialog.innerText : null, toast: root.querySelector('.toast')?.innerText || null };
}
export function uiClick(action) { openDialog?.querySelector(`[data-action="${action}"]`)?.click(); }
export function uiSetReason(v) { const ta = openDialog?.querySelector('[data-field="reason"]'); if (ta) ta.value = v; }
