// Reading and writing the prompt editors of chat sites: <textarea>, and contenteditable roots
// driven by ProseMirror, Lexical or Quill. Text is written through the browser's own editing
// paths (execCommand insertText, then a synthetic paste with a DataTransfer) so that the page's
// editor state, and therefore its send logic, sees exactly what is shown.

export function isTextarea(el) { return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement; }

export function getText(el) {
  if (isTextarea(el)) return el.value;
  return (el.innerText || '').replace(/\n$/, '');
}

const norm = (s) => s.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
export function sameText(a, b) { return norm(a) === norm(b); }

function selectAll(el) {
  el.focus();
  if (isTextarea(el)) { el.select(); return; }
  const sel = el.ownerDocument.getSelection();
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(r);
}

function pasteEvent(el, text) {
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(ev);
}

const tick = () => new Promise((r) => setTimeout(r, 0));

// Replace the whole content of the editor. Returns true when the editor shows `text` afterwards.
// `guard(fn)` runs fn with Zaslon's own listeners switched off (our synthetic paste must not be
// masked again).
export async function setText(el, text, guard = (fn) => fn()) {
  selectAll(el);
  guard(() => el.ownerDocument.execCommand('insertText', false, text));
  if (sameText(getText(el), text)) return true;
  await tick();
  if (sameText(getText(el), text)) return true;
  if (isTextarea(el)) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return sameText(getText(el), text);
  }
  selectAll(el);
  guard(() => pasteEvent(el, text));
  await tick();
  return sameText(getText(el), text);
}

// Insert text at the caret (used for a masked paste).
export async function insertAtCaret(el, text, guard = (fn) => fn()) {
  const before = getText(el);
  el.focus();
  if (!isTextarea(el)) {
    guard(() => pasteEvent(el, text));
    await tick();
    if (getText(el) !== before) return true;
  }
  guard(() => el.ownerDocument.execCommand('insertText', false, text));
  await tick();
  return getText(el) !== before || !text;
}
