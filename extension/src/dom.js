// Finding the composer the user actually used: the send control or editor is taken from the
// event's composed path (it may sit inside a shadow root, where ev.target is only the host), the
// editor is the *visible* one inside that control's composer. Nothing here searches the whole page.

const shadowOf = (el) => {
  // content scripts may open closed roots (Chromium: chrome.dom, Firefox: openOrClosedShadowRoot)
  try { return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) || el.openOrClosedShadowRoot || el.shadowRoot || null; } catch { return el.shadowRoot || null; }
};

// querySelectorAll that also looks inside shadow roots below `root`.
export function deepQueryAll(root, sel, out = []) {
  if (!root) return out;
  if (root instanceof Element && root.matches(sel)) out.push(root);
  for (const e of root.querySelectorAll('*')) {
    if (e.matches(sel)) out.push(e);
    const sr = shadowOf(e);
    if (sr) deepQueryAll(sr, sel, out);
  }
  if (root instanceof Element) { const sr = shadowOf(root); if (sr) deepQueryAll(sr, sel, out); }
  return out;
}

export function visible(el) {
  if (!el || !el.isConnected || el.hidden || !el.getClientRects().length) return false;
  const st = getComputedStyle(el);
  return st.visibility !== 'hidden' && st.display !== 'none';
}

// The event's elements from the innermost outwards (shadow hosts included).
export const pathOf = (ev) => (ev.composedPath ? ev.composedPath() : [ev.target]).filter((n) => n instanceof Element);

export function closestIn(path, sel) {
  for (const e of path) if (e.matches(sel)) return e;
  return null;
}

// Parent across shadow boundaries.
const up = (e) => e.parentElement || (e.parentNode instanceof ShadowRoot ? e.parentNode.host : null);

// The composer of `from` (a send control or an editor): the nearest ancestor matching the adapter's
// composer selector; without one, the nearest ancestor that holds a visible editor.
export function composerOf(site, from) {
  for (let e = from; e; e = up(e)) if (e.matches(site.composer)) return e;
  for (let e = up(from); e; e = up(e)) if (visibleEditors(site, e).length) return e;
  return null;
}

export function visibleEditors(site, composer) {
  // nested matches (a wrapper and its contenteditable child both matching) count once: the outer
  const all = deepQueryAll(composer, site.editor).filter(visible);
  return all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
}

// The editor root an element belongs to (an event inside the editor, e.g. a <p> of ProseMirror).
export function editorOfPath(site, path) {
  let found = null;
  for (const e of path) if (e.matches(site.editor)) found = e; // outermost match wins
  return found && visible(found) ? found : null;
}
