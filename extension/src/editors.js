// Reading and writing the prompt editors of chat sites: <textarea>, and contenteditable roots
// driven by ProseMirror, Lexical or Quill. Text is written only through the browser's editing
// path (execCommand insertText / insertLineBreak, which the editors see as `beforeinput`), never by
// a synthetic paste: some sites turn a paste into an attachment.

export function isTextarea(el) { return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement; }

export function getText(el) {
  if (isTextarea(el)) return el.value;
  return (el.innerText || '').replace(/\n$/, '');
}

// Equal up to the editors' own spacing: a paragraph break and a line break both count as one
// newline (innerText renders <p> with two), other white space runs as one space. Newlines count:
// a masked prompt that lost its line structure is not the text the user approved.
const norm = (s) => s.replace(/[\u200b\ufeff]/g, '').replace(/[^\S\n]*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ').trim();
export function sameText(a, b) { return norm(a) === norm(b); }

const doc = (el) => el.ownerDocument;
const frame = () => new Promise((r) => setTimeout(r, 0));

function selectAll(el) {
  el.focus();
  if (isTextarea(el)) { el.select(); return; }
  const sel = doc(el).getSelection();
  const r = doc(el).createRange();
  r.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(r);
}

// Line by line, so that editors which drop "\n" in an insertText (Lexical, ProseMirror) keep the
// lines: a line break is its own editing command.
//
// A line break is first asked of the editor itself with Shift+Enter, the chat sites' own "new
// line" key (Lexical turns an execCommand insertLineBreak into a replacement of the line); only if
// the editor ignores it does the browser's insertLineBreak run.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function typeLines(el, text, guard) {
  if (isTextarea(el)) return guard(() => doc(el).execCommand('insertText', false, text));
  const lines = text.split('\n');
  let ok = true;
  for (let i = 0; i < lines.length; i++) {
    if (i) {
      const before = getText(el);
      const key = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, shiftKey: true, bubbles: true, cancelable: true, composed: true };
      guard(() => { el.dispatchEvent(new KeyboardEvent('keydown', key)); el.dispatchEvent(new KeyboardEvent('keyup', key)); });
      await tick();
      if (getText(el) === before) { ok = guard(() => doc(el).execCommand('insertLineBreak')) && ok; await tick(); }
    }
    if (lines[i]) { ok = guard(() => doc(el).execCommand('insertText', false, lines[i])) && ok; if (lines.length > 1) await tick(); }
  }
  return ok;
}

// Replace the whole content of the editor. Returns true when the editor shows `text` afterwards.
// `guard(fn)` runs fn with Zaslon's own listeners switched off.
export async function setText(el, text, guard = (fn) => fn()) {
  selectAll(el);
  // Lexical and ProseMirror take the selection from `selectionchange`, which fires after a task:
  // typing before it lands at the old caret ("original followed by masked")
  await frame();
  if (!isTextarea(el) && !doc(el).getSelection().toString() && getText(el).trim()) { selectAll(el); await frame(); }
  await typeLines(el, text, guard);
  await frame();
  if (sameText(getText(el), text)) return true;
  if (isTextarea(el)) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return sameText(getText(el), text);
  }
  return false;
}

// Insert text at the caret (a masked paste), through the same editing path as typing.
export async function insertAtCaret(el, text, guard = (fn) => fn()) {
  const before = getText(el);
  el.focus();
  await typeLines(el, text, guard);
  await frame();
  return getText(el) !== before || !text;
}
