// Replies shown restored in extension-owned UI: the site's reply element keeps its pseudonyms
// (and is hidden), and a copy of it with the real values is rendered in a closed shadow root right
// after it. The page's scripts therefore never see an original value: not in the DOM, not through
// an event. Tokens split across stream chunks or text nodes are found on the concatenated text.
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;
export const TOKEN = /<\s*\\?[A-Z][A-Z0-9_\\]*_\d+\s*\\?>/g;
export const MAX_VIEW_CHARS = 200000; // a reply longer than this is left masked (restore cost and size cap)

const views = new WeakMap(); // site reply element -> { host, root, body, text }
const all = new Set();

const STYLE = `
  :host { display: block; position: relative; }
  .body { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; color: inherit; }
  .body p { margin: 0 0 .6em; } .body pre { white-space: pre-wrap; }
  .bar { display: flex; gap: 6px; align-items: center; margin-top: 4px; font: 11px/1.4 system-ui, sans-serif; color: #5a6478; }
  .shield { width: 14px; height: 14px; border-radius: 3px; background: #2b59c3; color: #fff; font-size: 10px; text-align: center; line-height: 14px; }
  button { font: inherit; border: 1px solid #c9d1e0; background: #f5f7fb; border-radius: 5px; padding: 1px 8px; cursor: pointer; }
`;

function ensureView(el) {
  let v = views.get(el);
  if (v && v.host.isConnected) return v;
  const host = document.createElement('zaslon-reply');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const body = document.createElement('div');
  body.className = 'body';
  const bar = document.createElement('div');
  bar.className = 'bar';
  const shield = document.createElement('span');
  shield.className = 'shield'; shield.textContent = 'З'; shield.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.textContent = t('replyRestored');
  const copy = document.createElement('button');
  copy.textContent = t('btnCopyRestored');
  copy.addEventListener('click', (e) => {
    e.stopPropagation();
    // written from the extension's side: the page's Clipboard API is never asked
    navigator.clipboard.writeText(views.get(el)?.text ?? '').then(() => { label.textContent = t('copied'); }, () => { label.textContent = t('copyFailed'); });
  });
  bar.append(shield, label, copy);
  root.append(style, body, bar);
  v = { host, root, body, copy, text: '' };
  views.set(el, v);
  all.add(el);
  return v;
}

// Text nodes of `root` in order, with their offsets in the concatenated text.
function textRuns(root) {
  const nodes = [];
  let s = '';
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) { nodes.push({ n, at: s.length }); s += n.nodeValue; }
  return { nodes, s };
}

const ONE_TOKEN = new RegExp(TOKEN.source);
export function hasToken(el) { return ONE_TOKEN.test(el.textContent || ''); }

// Render `el` restored. `restore(tokens)` resolves to the values (same order) or null on failure.
export async function renderRestored(el, restore) {
  const src = el.textContent || '';
  if (src.length > MAX_VIEW_CHARS) return false;
  const clone = el.cloneNode(true);
  for (const x of clone.querySelectorAll('script, style, zaslon-reply, zaslon-ui, button, svg')) x.remove();
  const { nodes, s } = textRuns(clone);
  const found = [...s.matchAll(TOKEN)];
  if (!found.length) return false;
  const tokens = [...new Set(found.map((m) => m[0]))];
  const values = await restore(tokens);
  if (!values) return false;
  const map = new Map(tokens.map((tok, i) => [tok, values[i]]));
  // replace from the end so earlier offsets stay valid; a token spanning several nodes is written
  // into the first and cut out of the others
  for (const m of found.reverse()) {
    const val = map.get(m[0]);
    if (typeof val !== 'string' || val === m[0]) continue;
    const a = m.index; const b = a + m[0].length;
    let first = true;
    for (const { n, at } of nodes) {
      const end = at + n.nodeValue.length;
      if (end <= a || at >= b) continue;
      const from = Math.max(a, at) - at; const to = Math.min(b, end) - at;
      n.nodeValue = n.nodeValue.slice(0, from) + (first ? val : '') + n.nodeValue.slice(to);
      first = false;
    }
  }
  if (!el.isConnected || (el.textContent || '') !== src) return false; // changed meanwhile: the next pass renders it
  const v = ensureView(el);
  v.body.replaceChildren(...clone.childNodes);
  v.text = v.body.innerText || v.body.textContent;
  if (v.host.previousElementSibling !== el) el.after(v.host);
  // the site's element keeps the pseudonyms, out of sight (and out of the accessibility tree)
  if (el.style.getPropertyValue('display') !== 'none') el.style.setProperty('display', 'none', 'important');
  return true;
}

// Test build only: what the views show (read from the isolated world).
export function viewsSnapshot() {
  const out = [];
  for (const el of all) {
    const v = views.get(el);
    if (!v || !v.host.isConnected) continue;
    const r = v.copy.getBoundingClientRect();
    out.push({ text: v.text, copy: { x: r.x + r.width / 2, y: r.y + r.height / 2 } });
  }
  return out;
}
