// Effective settings = the admin's managed settings (chrome.storage.managed, see schema.json)
// combined with the user's local ones so that the user can only tighten a managed value.
import { SITES } from './sites.js';

export const ALL_SITE_IDS = SITES.map((s) => s.id);

function has(o, k) { return o && Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined && o[k] !== null; }

export function effectiveSettings(managed = {}, local = {}) {
  const m = managed || {};
  const l = local || {};
  const locked = {
    policy: has(m, 'policy'),
    enabledSites: has(m, 'enabledSites'),
    allowSendOriginal: has(m, 'allowSendOriginal') && m.allowSendOriginal === false,
    blockFiles: !(has(m, 'blockFiles') && m.blockFiles === false),
    allowPause: has(m, 'allowPause'),
  };
  const userSites = Array.isArray(l.enabledSites) ? l.enabledSites : ALL_SITE_IDS;
  const adminSites = Array.isArray(m.enabledSites) ? m.enabledSites : ALL_SITE_IDS;
  const enabledSites = ALL_SITE_IDS.filter((id) => userSites.includes(id) && adminSites.includes(id));
  const allowSendOriginal = (has(m, 'allowSendOriginal') ? m.allowSendOriginal === true : true)
    && (has(l, 'allowSendOriginal') ? l.allowSendOriginal === true : true);
  // files the extension cannot scan are blocked unless the admin allows them (managed false);
  // the user can only tighten that
  const blockFiles = has(m, 'blockFiles') ? m.blockFiles === true || l.blockFiles === true : true;
  const allowPause = has(m, 'allowPause') ? m.allowPause === true : true;
  // an editable element no adapter knows: warned about by default, blocked when the admin says so
  const blockUnknownEditors = has(m, 'blockUnknownEditors') && m.blockUnknownEditors === true;
  let policy = null;
  let policySource = 'default';
  if (has(m, 'policy') && String(m.policy).trim()) { policy = String(m.policy); policySource = 'managed'; }
  else if (has(l, 'policy') && String(l.policy).trim()) { policy = String(l.policy); policySource = 'local'; }
  const paused = allowPause && l.paused && typeof l.paused === 'object' ? { ...l.paused } : {};
  return { enabledSites, allowSendOriginal, blockFiles, allowPause, blockUnknownEditors, policy, policySource, paused, locked, managed: !!Object.keys(m).length };
}
