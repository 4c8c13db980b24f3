import { t, localize, call } from './i18n-dom.js';
import { auditToCsv } from './audit-export.js';

localize();
const $ = (id) => document.getElementById(id);

async function load() {
  const s = await call({ op: 'getSettings' });
  if (!s?.ok) { $('policyError').hidden = false; $('policyError').textContent = s?.error?.message || 'error'; return; }
  const eff = s.effective;
  $('managedNote').hidden = !eff.managed;
  $('sites').replaceChildren(...s.sites.map((site) => {
    const l = document.createElement('label'); l.className = 'row';
    const cb = document.createElement('input'); cb.type = 'checkbox'; cb.dataset.site = site.id;
    cb.checked = eff.enabledSites.includes(site.id);
    cb.disabled = Array.isArray(s.adminSites) && !s.adminSites.includes(site.id);
    cb.onchange = saveSites;
    l.append(cb, ' ', site.name);
    if (cb.disabled) { const m = document.createElement('span'); m.className = 'muted'; m.textContent = ' — ' + t('optionsLockedByAdmin'); l.append(m); }
    return l;
  }));
  const aso = $('allowSendOriginal');
  aso.checked = eff.allowSendOriginal; aso.disabled = eff.locked.allowSendOriginal;
  aso.onchange = () => save({ allowSendOriginal: aso.checked });
  const bf = $('blockFiles');
  bf.checked = eff.blockFiles; bf.disabled = eff.locked.blockFiles;
  bf.onchange = () => save({ blockFiles: bf.checked });
  $('policySource').textContent = t('policySource_' + eff.policySource);
  const pol = $('policy');
  pol.value = pretty(s.effectivePolicy || '');
  pol.readOnly = eff.locked.policy;
  $('savePolicy').disabled = $('resetPolicy').disabled = eff.locked.policy;
  $('policyError').hidden = !s.policyError;
  $('policyError').textContent = s.policyError ? `${s.policyError.path ? s.policyError.path + ': ' : ''}${s.policyError.message}` : '';
  renderAudit();
}
function pretty(j) { try { return JSON.stringify(JSON.parse(j), null, 2); } catch { return j; } }

async function save(patch) {
  const r = await call({ op: 'setLocal', settings: patch });
  if (!r.ok) { $('policyError').hidden = false; $('policyError').textContent = `${r.error?.path ? r.error.path + ': ' : ''}${r.error?.message || ''}`; return false; }
  await load();
  return true;
}
function saveSites() {
  const ids = [...document.querySelectorAll('#sites input')].filter((c) => c.checked).map((c) => c.dataset.site);
  save({ enabledSites: ids });
}
$('savePolicy').onclick = () => save({ policy: $('policy').value.trim() || null });
$('resetPolicy').onclick = () => save({ policy: null });

let auditCache = [];
async function renderAudit() {
  const r = await call({ op: 'getAudit' });
  auditCache = r.ok ? r.audit : [];
  const body = $('audit').tBodies[0];
  body.replaceChildren(...auditCache.slice().reverse().slice(0, 500).map((e) => {
    const tr = document.createElement('tr');
    const counts = Object.entries(e.counts || {}).map(([k, v]) => `${k} × ${v}`).join(', ');
    for (const v of [new Date(e.time).toLocaleString(), e.site, t('purpose_' + e.purpose), counts, t('action_' + e.action.replace('-', '_')), e.reason || '']) {
      const td = document.createElement('td'); td.textContent = v; tr.append(td);
    }
    return tr;
  }));
}
function download(name, type, data) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
const stamp = () => new Date().toISOString().slice(0, 10);
$('exportCsv').onclick = () => download(`zaslon-audit-${stamp()}.csv`, 'text/csv', auditToCsv(auditCache));
$('exportJson').onclick = () => download(`zaslon-audit-${stamp()}.json`, 'application/json', JSON.stringify(auditCache, null, 2));
$('clearAudit').onclick = async () => { await call({ op: 'clearAudit' }); renderAudit(); };
chrome.storage.onChanged.addListener((c, area) => { if (area === 'local' && c.audit) renderAudit(); });
load();
