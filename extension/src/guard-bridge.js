// The isolated-world half of the network guard (page-hook.js is the MAIN-world half). The page's
// world asks "may this request body go out?" over a MessagePort it handed us at document_start;
// we answer with a verdict only. Bodies come from the page (it built them, so nothing leaks by
// reading them); what the user approved and every original value stay on this side.
// A verdict must come before the page-hook's own 15 s limit, so that the user is told why the
// request failed (the page-hook's limit is for a content script that is gone).
export const guardTiming = { verdictMs: 14000 };
const norm = (s) => s.replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();

export function startGuardBridge({ call, approvals, toast, t }) {
  let port = null;
  window.addEventListener('message', (ev) => {
    if (port || ev.source !== window || !ev.data || ev.data.zaslonGuard !== 1 || !ev.ports?.[0]) return;
    // ours is the first listener (document_start): the page never sees the port
    ev.stopImmediatePropagation();
    port = ev.ports[0];
    port.onmessage = (m) => answer(m.data).then((v) => port.postMessage(v), () => port.postMessage({ id: m.data?.id, allow: false, reason: 'error' }));
  }, true);

  async function answer(req) {
    if (!req || typeof req.id !== 'number' || !['prompt', 'draft'].includes(req.kind) || !Array.isArray(req.texts)) return { id: req?.id, allow: false, reason: 'bad' };
    const texts = req.texts.filter((s) => typeof s === 'string').slice(0, 200);
    let timer;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve({ ok: false, late: true }), guardTiming.verdictMs); });
    const r = await Promise.race([call({ op: 'check', texts }), late]).finally(() => clearTimeout(timer));
    if (r.late) {
      toast(t('netBlockedTimeout'), { error: true, ms: 10000 });
      call({ op: 'decision', counts: {}, action: 'net-blocked', purpose: 'send' });
      return { id: req.id, allow: false, reason: 'timeout' };
    }
    if (!r.ok) { toast(t('netBlockedError', [r.error?.message || '']), { error: true, ms: 10000 }); return { id: req.id, allow: false, reason: 'error' }; }
    if (r.skip) return { id: req.id, allow: true };
    if (req.kind === 'draft') {
      // drafts and autocompletion go out only without findings (masked or clean text)
      return { id: req.id, allow: r.findings === 0, reason: r.findings ? 'draft' : '' };
    }
    const now = Date.now();
    const normed = texts.map(norm);
    const ok = approvals.find((a) => a.until > now && normed.some((s) => s.includes(norm(a.text))));
    if (!ok) {
      toast(t('netBlockedUnapproved'), { error: true, ms: 12000 });
      call({ op: 'decision', counts: r.counts || {}, action: 'net-blocked', purpose: 'send' });
      return { id: req.id, allow: false, reason: 'unapproved' };
    }
    if (r.findings && ok.kind !== 'original') {
      toast(t('netBlockedFindings', [String(r.findings)]), { error: true, ms: 12000 });
      call({ op: 'decision', counts: r.counts || {}, action: 'net-blocked', purpose: 'send' });
      return { id: req.id, allow: false, reason: 'findings' };
    }
    return { id: req.id, allow: true };
  }
}
