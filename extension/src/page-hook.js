// MAIN-world hook: when the chat site's own "copy" button writes a reply with the Clipboard API,
// ask the Zaslon content script to restore the pseudonyms in it first. Holds no data itself.
(() => {
  const cb = navigator.clipboard;
  if (!cb || !cb.writeText) return;
  const TOKEN = /<\s*\\?[A-Z][A-Z0-9_\\]*_\d+\s*\\?>|&lt;[A-Z][A-Z0-9_]*_\d+&gt;/;
  const pending = new Map();
  document.addEventListener('zaslon:restore-response', (ev) => {
    let r; try { r = JSON.parse(String(ev.detail)); } catch { return; }
    const p = r && pending.get(r.id);
    if (p && typeof r.text === 'string') { pending.delete(r.id); p(r.text); }
  });
  const restore = (text) => new Promise((resolve) => {
    const id = Math.random().toString(36).slice(2);
    pending.set(id, resolve);
    setTimeout(() => { if (pending.delete(id)) resolve(text); }, 800);
    document.dispatchEvent(new CustomEvent('zaslon:restore-request', { detail: JSON.stringify({ id, text }) }));
  });
  const origWriteText = cb.writeText.bind(cb);
  cb.writeText = async function (text) {
    const s = String(text);
    return origWriteText(TOKEN.test(s) ? await restore(s) : s);
  };
  const origWrite = cb.write?.bind(cb);
  if (origWrite && typeof ClipboardItem === 'function') {
    cb.write = async function (items) {
      const out = [];
      for (const item of items) {
        if (!item.types.includes('text/plain')) { out.push(item); continue; }
        const parts = {};
        for (const type of item.types) {
          const blob = await item.getType(type);
          if (type === 'text/plain' || type === 'text/html') {
            const s = await blob.text();
            parts[type] = new Blob([TOKEN.test(s) ? await restore(s) : s], { type });
          } else parts[type] = blob;
        }
        out.push(new ClipboardItem(parts));
      }
      return origWrite(out);
    };
  }
})();
