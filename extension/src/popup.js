import { t, localize, call } from './i18n-dom.js';

localize();
const $ = (id) => document.getElementById(id);

async function activeTab() {
  const q = new URLSearchParams(location.search);
  // ?tab=<id>&url=<url> lets a test open the popup as a page for a given tab
  if (q.has('tab')) return { id: Number(q.get('tab')), url: q.get('url') || '' };
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab || { id: -1, url: '' };
}

async function render() {
  const tab = await activeTab();
  const s = await call({ op: 'popupState', tabId: tab.id, url: tab.url || '' });
  if (!s?.ok) { $('status').textContent = t('popupEngineError'); return; }
  const status = $('status');
  status.className = 'status';
  if (!s.ready) { status.textContent = t('popupEngineError'); status.classList.add('bad'); $('error').hidden = false; $('error').textContent = s.error?.message || ''; }
  else if (!s.site) { status.textContent = t('popupUnsupported'); status.classList.add('idle'); }
  else if (!s.enabled) { status.textContent = t('popupDisabled', [s.site.name]); status.classList.add('idle'); }
  else if (s.paused) { status.textContent = t('popupPaused', [s.site.name]); status.classList.add('warn'); }
  else if (s.problems?.length) {
    const why = s.problems.map((p) => t('health' + p[0].toUpperCase() + p.slice(1))).join('; ');
    status.textContent = t('popupNotProtected', [why]); status.classList.add('bad');
  } else { status.textContent = t('popupActive', [s.site.name]); status.classList.add('ok'); }
  if (s.site && s.enabled) {
    $('conv').hidden = false;
    const rows = Object.entries(s.counts || {});
    $('counts').replaceChildren(...rows.map(([k, v]) => { const tr = document.createElement('tr'); tr.innerHTML = '<td></td><td class="num"></td>'; tr.cells[0].textContent = k; tr.cells[1].textContent = v; return tr; }));
    $('nocounts').hidden = rows.length > 0;
    if (s.allowPause) {
      $('pauseRow').hidden = false;
      $('pause').checked = s.paused;
      $('pause').onchange = async () => { await call({ op: 'setPaused', site: s.site.id, paused: $('pause').checked }); render(); };
    } else $('pauseLocked').hidden = false;
  }
}
$('options').addEventListener('click', (e) => { e.preventDefault(); chrome.runtime.openOptionsPage(); });
render();
