// Zaslon MV3 service worker (a background module script in Firefox): the only place the engine
// runs. Content scripts and extension pages talk to it with chrome.runtime messages; every
// message is validated (sender, operation, field types and sizes). Nothing leaves the device:
// this file makes no network request except fetching zaslon.wasm from the extension itself.
import { Zaslon } from './zaslon.mjs';
import { SITES, siteById, siteForHost } from './sites.js';
import { effectiveSettings } from './settings.js';
import { countFindings } from './findings.js';
import { withAllowed } from './policy-json.js';

/* global __ZASLON_TEST_HOOKS__ */
// __ZASLON_TEST_HOOKS__ is replaced by true/false at build time (build.mjs --test)
const MAX_TEXT = 1 << 20; // 1 MiB of UTF-16 per message: the engine has its own, stricter limits
const AUDIT_MAX = 2000;
// restore requests carry tokens (or short texts); capped so that a page cannot make the worker
// build huge strings (#16)
const MAX_RESTORE_ITEMS = 500;
const MAX_RESTORE_ITEM = 64 * 1024;
const MAX_RESTORE_IN = 1 << 20;
const MAX_RESTORE_OUT = 4 << 20;

// ---- engine -------------------------------------------------------------------------------------
let enginePromise = null;
let lastEngineError = null;

function engine() {
  if (!enginePromise) {
    enginePromise = Zaslon.load({ wasmUrl: chrome.runtime.getURL('zaslon.wasm') }).then(
      (z) => { lastEngineError = null; return z; },
      (e) => { lastEngineError = errInfo(e); enginePromise = null; throw e; });
  }
  return enginePromise;
}

function errInfo(e) {
  return { code: typeof e?.code === 'number' ? e.code : -8, name: String(e?.name || 'Error'),
    message: String(e?.message || e).slice(0, 400), path: e?.path ? String(e.path) : '' };
}

// The extension's default policy = the engine's built-in policy, with every entity type whose
// built-in action is "label" turned into "pseudonym", so that replies can be restored. Block and
// allow actions (e.g. secrets, topics) are kept. No type name is hard-coded here.
let defaultJson = null;
function policyInfo(p) {
  let info = typeof p.info === 'function' ? p.info() : p.info;
  if (typeof info === 'string') info = JSON.parse(info);
  return info && typeof info === 'object' ? info : null;
}
function defaultPolicyJson(z) {
  if (defaultJson) return defaultJson;
  const types = {};
  try {
    const base = z.compilePolicy('{}');
    const info = policyInfo(base);
    const list = Array.isArray(info?.types) ? info.types : Object.entries(info?.types || {}).map(([name, v]) => ({ name, ...v }));
    const kinds = new Map(z.constants.types.map((t) => [t.name, t.kind]));
    for (const t of list) if (kinds.get(t.name) === 'entity' && t.action === 'label' && t.enabled !== false) types[t.name] = { action: 'pseudonym' };
    try { base.delete?.(); } catch { /* ignore */ }
  } catch { /* an engine without policy info: its built-in policy as is */ }
  defaultJson = JSON.stringify({ types });
  return defaultJson;
}

// Compiled policies by the JSON they were compiled from: one per site (each adds its assistant's
// names) and the popup's site-less check. A handful at most; the oldest goes when settings change
// often enough to pass POLICY_CACHE.
const POLICY_CACHE = 16;
const policyCache = new Map();
// `site` (an entry of SITES) adds its assistant's names to the allow list: "Hi Claude" on claude.ai
async function compiledPolicy(settings, site) {
  const z = await engine();
  const json = withAllowed(settings.policy ?? defaultPolicyJson(z), site?.assistant);
  let policy = policyCache.get(json);
  if (!policy) {
    policy = z.compilePolicy(json); // throws ZaslonError with path on a bad policy: fail closed
    policyCache.set(json, policy);
    if (policyCache.size > POLICY_CACHE) {
      const [oldJson, old] = policyCache.entries().next().value;
      policyCache.delete(oldJson);
      try { old?.delete?.(); } catch { /* older engine builds */ }
    }
  }
  return { z, policy };
}

// ---- settings -----------------------------------------------------------------------------------
async function managedSettings() {
  if (__ZASLON_TEST_HOOKS__) {
    const { __testManaged } = await chrome.storage.local.get('__testManaged');
    if (__testManaged) return __testManaged;
  }
  try { return (await chrome.storage.managed.get(null)) || {}; } catch { return {}; }
}
async function localSettings() {
  const { settings } = await chrome.storage.local.get('settings');
  return settings || {};
}
// cached in memory (a send must not wait for storage), dropped whenever a setting changes
let settingsCache = null;
let hooksCache = null;
async function settingsNow() {
  if (!settingsCache) settingsCache = Promise.all([managedSettings(), localSettings()]).then(([m, l]) => effectiveSettings(m, l));
  return settingsCache;
}

// ---- vaults: one per conversation, serialised in chrome.storage.session ------------------------
const vaults = new Map();
const b64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000)); return btoa(s); };
const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const vkey = (key) => 'v:' + key;
const ckey = (key) => 'c:' + key;

async function getVault(z, key, create) {
  if (vaults.has(key)) return vaults.get(key);
  const stored = (await chrome.storage.session.get(vkey(key)))[vkey(key)];
  let v = null;
  if (stored) { try { v = z.loadVault(unb64(stored)); } catch { v = null; } }
  if (!v && create) v = z.createVault();
  if (v) vaults.set(key, v);
  return v;
}
// Storage writes (vault copies, audit entries, counts) run in their own queue, after the answer:
// a send waited for them before (bench pii: a 51 ms vault write, a check 32 ms behind an audit
// write). The vault in memory is the live one; the stored copy only survives a worker restart.
let writeQueue = Promise.resolve();
function writes(fn) { const p = writeQueue.then(fn, fn); writeQueue = p.catch(() => {}); return p; }
// Stored under the key the vault has when the write runs; a vault wiped meanwhile is not written.
function persistVault(v) {
  writes(async () => {
    const key = [...vaults].find(([, x]) => x === v)?.[0];
    if (key === undefined) return;
    const bytes = v.serialize();
    try { await chrome.storage.session.set({ [vkey(key)]: b64(bytes) }); } finally { bytes.fill(0); }
  });
}
async function wipeConversation(key) {
  const v = vaults.get(key);
  if (v) { try { v.wipe(); v.delete(); } catch { /* already gone */ } vaults.delete(key); }
  // queued behind any pending vault write, so that none lands after the removal
  await writes(() => chrome.storage.session.remove([vkey(key), ckey(key)]));
}

// tab -> conversation key, to wipe a vault when no tab shows its conversation any more
let tabsCache = null;
async function tabMap() {
  if (!tabsCache) tabsCache = (await chrome.storage.session.get('tabs')).tabs || {};
  return tabsCache;
}
async function setTabConversation(tabId, key) {
  const tabs = await tabMap();
  const old = tabs[tabId];
  if (old === key) return;
  if (key) tabs[tabId] = key; else delete tabs[tabId];
  await chrome.storage.session.set({ tabs });
  if (old && old !== key && !Object.values(tabs).includes(old)) await wipeConversation(old);
}
function convKey(site, conv, tabId) { return `${site}|${conv ? 'c:' + conv : 'new:' + tabId}`; }

// ---- audit log (PII-free) -------------------------------------------------------------------------
function appendAudit(entry) {
  return writes(async () => {
    const { audit = [] } = await chrome.storage.local.get('audit');
    audit.push(entry);
    if (audit.length > AUDIT_MAX) audit.splice(0, audit.length - AUDIT_MAX);
    await chrome.storage.local.set({ audit });
  });
}
// A reason typed by the user may itself contain personal data: replace every span by its label.
function scrubReason(policy, reason) {
  const r = String(reason || '').slice(0, 500);
  if (!r) return '';
  let out = ''; let at = 0;
  for (const s of policy.scan(r)) { out += r.slice(at, s.start) + `[${s.type}]`; at = s.end; }
  return out + r.slice(at);
}

// ---- messages -------------------------------------------------------------------------------------
const isStr = (v, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const isConv = (v) => v === null || (typeof v === 'string' && /^[\w.-]{1,128}$/.test(v));
const extOrigin = chrome.runtime.getURL('').replace(/\/$/, '');

function classify(sender) {
  if (!sender || sender.id !== chrome.runtime.id) return null;
  const url = String(sender.url || '');
  if (url.startsWith(extOrigin + '/')) return { kind: 'page' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return null;
  let host;
  try { const u = new URL(url); if (u.protocol !== 'https:') return null; host = u.host; } catch { return null; }
  const site = siteForHost(host);
  return site ? { kind: 'content', site, tabId: sender.tab.id } : null;
}

const CONTENT_OPS = new Set(['state', 'redact', 'restore', 'check', 'health', 'decision', 'conv']);
const PAGE_OPS = new Set(['popupState', 'setPaused', 'getSettings', 'setLocal', 'getAudit', 'clearAudit', 'engineStatus']);

let queue = Promise.resolve();
function serial(fn) { const p = queue.then(fn, fn); queue = p.catch(() => {}); return p; }

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const who = classify(sender);
  if (!who || !msg || typeof msg !== 'object' || typeof msg.op !== 'string') return false;
  const allowed = who.kind === 'content' ? CONTENT_OPS : PAGE_OPS;
  if (!allowed.has(msg.op)) return false;
  // test build: a check whose answer never comes (the verdict-timeout test)
  if (__ZASLON_TEST_HOOKS__ && msg.op === 'check' && hooksCache?.stallCheck) return true;
  serial(() => handle(msg, who)).then(sendResponse, (e) => sendResponse({ ok: false, error: errInfo(e) }));
  return true;
});

async function siteState(site) {
  const settings = await settingsNow();
  return {
    enabled: settings.enabledSites.includes(site.id),
    paused: !!settings.paused[site.id],
    allowSendOriginal: settings.allowSendOriginal,
    blockFiles: settings.blockFiles,
    blockUnknownEditors: settings.blockUnknownEditors,
    hooks: __ZASLON_TEST_HOOKS__ ? (hooksCache ??= (await chrome.storage.local.get('__testHooks')).__testHooks || {}) : {},
    settings,
  };
}

async function handle(msg, who) {
  switch (msg.op) {
    case 'state': {
      const st = await siteState(who.site);
      let engineOk = true; let error = null;
      try { await compiledPolicy(st.settings, who.site); } catch (e) { engineOk = false; error = errInfo(e); }
      delete st.settings;
      return { ok: true, ...st, engineOk, error };
    }
    case 'redact': {
      if (!isStr(msg.text) || !isConv(msg.conv)) throw new TypeError('bad message');
      const st = await siteState(who.site);
      const base = { ok: true, enabled: st.enabled, paused: st.paused, allowSendOriginal: st.allowSendOriginal,
        blockFiles: st.blockFiles, hooks: st.hooks };
      if (!st.enabled || st.paused) return { ...base, skip: true };
      const { policy, z } = await compiledPolicy(st.settings, who.site);
      const key = convKey(who.site.id, msg.conv, who.tabId);
      await setTabConversation(who.tabId, key);
      const vault = await getVault(z, key, true);
      const r = policy.redact(msg.text, { vault });
      if (r.spans.length) persistVault(vault);
      return { ...base, masked: r.text, blocked: !!r.blocked,
        spans: r.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, action: s.action, outStart: s.outStart, outEnd: s.outEnd })) };
    }
    case 'restore': {
      if (!Array.isArray(msg.texts) || msg.texts.length > MAX_RESTORE_ITEMS || !msg.texts.every((t) => isStr(t, MAX_RESTORE_ITEM)) || !isConv(msg.conv)
        || msg.texts.reduce((n, t) => n + t.length, 0) > MAX_RESTORE_IN) throw new TypeError('bad message');
      const key = convKey(who.site.id, msg.conv, who.tabId);
      const z = await engine();
      const vault = await getVault(z, key, false);
      if (!vault) return { ok: true, texts: msg.texts };
      const texts = msg.texts.map((t) => vault.restore(t));
      // a value is at most as long as the engine's input limit; many of them could still add up
      if (texts.reduce((n, t) => n + t.length, 0) > MAX_RESTORE_OUT) throw new RangeError('restored text too large');
      return { ok: true, texts };
    }
    case 'check': {
      // the network guard: findings in a body the page is about to send (action "allow" is not one)
      if (!Array.isArray(msg.texts) || msg.texts.length > 500 || !msg.texts.every((t) => isStr(t, MAX_TEXT * 4))
        || msg.texts.reduce((n, t) => n + t.length, 0) > MAX_TEXT * 4) throw new TypeError('bad message');
      const st = await siteState(who.site);
      if (!st.enabled || st.paused) return { ok: true, skip: true };
      const { policy } = await compiledPolicy(st.settings, who.site);
      return { ok: true, ...countFindings(msg.texts, (t) => policy.redact(t)) };
    }
    case 'health': {
      const problems = Array.isArray(msg.problems) ? msg.problems.filter((p) => ['route', 'editor', 'send'].includes(p)) : [];
      const tabs = (await chrome.storage.session.get('health')).health || {};
      const before = tabs[who.tabId]?.problems?.join(',') || '';
      tabs[who.tabId] = { site: who.site.id, problems };
      await chrome.storage.session.set({ health: tabs });
      try {
        await chrome.action.setBadgeText({ tabId: who.tabId, text: problems.length ? '!' : '' });
        if (problems.length) await chrome.action.setBadgeBackgroundColor({ tabId: who.tabId, color: '#a4161a' });
      } catch { /* the tab is gone */ }
      if (problems.length && problems.join(',') !== before) {
        appendAudit({ time: new Date().toISOString(), site: who.site.id, purpose: 'page', counts: {}, action: 'unprotected', reason: problems.join(',') });
      }
      return { ok: true };
    }
    case 'decision': {
      const { policy } = await compiledPolicy((await siteState(who.site)).settings, who.site);
      const types = new Set((await engine()).constants.types.map((t) => t.name));
      const counts = {};
      for (const [k, v] of Object.entries(msg.counts || {})) if (types.has(k) && Number.isInteger(v) && v > 0 && v < 1e6) counts[k] = v;
      const action = ['masked', 'original', 'blocked', 'edit', 'file-blocked', 'file-warned', 'failed', 'net-blocked'].includes(msg.action) ? msg.action : 'unknown';
      const purpose = ['send', 'paste', 'file'].includes(msg.purpose) ? msg.purpose : 'send';
      // not awaited: the send that follows this decision must not wait for storage
      appendAudit({ time: new Date().toISOString(), site: who.site.id, purpose, counts, action,
        reason: action === 'original' ? scrubReason(policy, msg.reason) : '' });
      if (action === 'masked' || action === 'original') {
        const key = convKey(who.site.id, isConv(msg.conv) ? msg.conv : null, who.tabId);
        writes(async () => {
          const c = (await chrome.storage.session.get(ckey(key)))[ckey(key)] || {};
          for (const [k, v] of Object.entries(counts)) c[k] = (c[k] || 0) + v;
          await chrome.storage.session.set({ [ckey(key)]: c });
        });
      }
      return { ok: true };
    }
    case 'conv': {
      if (!isConv(msg.conv) || !isConv(msg.prev)) throw new TypeError('bad message');
      const key = convKey(who.site.id, msg.conv, who.tabId);
      if (msg.prev === null && msg.conv) {
        // a new chat just got its id: the pseudonyms already sent belong to this conversation
        const from = convKey(who.site.id, null, who.tabId);
        if (vaults.has(from) && !vaults.has(key)) { vaults.set(key, vaults.get(from)); vaults.delete(from); }
        // in the write queue: after the pending writes of the new chat's vault and counts
        await writes(async () => {
          const got = await chrome.storage.session.get([vkey(from), ckey(from), vkey(key)]);
          if (!got[vkey(from)] || got[vkey(key)]) return;
          const move = { [vkey(key)]: got[vkey(from)] };
          if (got[ckey(from)]) move[ckey(key)] = got[ckey(from)];
          await chrome.storage.session.set(move);
          await chrome.storage.session.remove([vkey(from), ckey(from)]);
        });
      }
      await setTabConversation(who.tabId, key);
      return { ok: true };
    }
    case 'engineStatus': {
      try { await compiledPolicy(await settingsNow()); return { ok: true, ready: true }; } catch (e) { return { ok: true, ready: false, error: errInfo(e) }; }
    }
    case 'popupState': {
      if (typeof msg.tabId !== 'number' || !isStr(msg.url, 4096)) throw new TypeError('bad message');
      let site = null;
      try { site = siteForHost(new URL(msg.url).host); } catch { /* not a web page */ }
      const settings = await settingsNow();
      let ready = true; let error = null;
      try { await compiledPolicy(settings); } catch (e) { ready = false; error = errInfo(e); }
      let counts = {};
      if (site) {
        const key = (await tabMap())[msg.tabId];
        if (key && key.startsWith(site.id + '|')) counts = (await chrome.storage.session.get(ckey(key)))[ckey(key)] || {};
      }
      const problems = site ? ((await chrome.storage.session.get('health')).health?.[msg.tabId]?.problems || []) : [];
      return { ok: true, site: site && { id: site.id, name: site.name }, ready, error, problems,
        enabled: !!site && settings.enabledSites.includes(site.id), paused: !!site && !!settings.paused[site.id],
        allowPause: settings.allowPause, counts };
    }
    case 'setPaused': {
      const site = siteById(msg.site);
      if (!site || typeof msg.paused !== 'boolean') throw new TypeError('bad message');
      const settings = await settingsNow();
      if (!settings.allowPause) return { ok: false, error: { message: 'pause not allowed by policy' } };
      const local = await localSettings();
      local.paused = { ...(local.paused || {}), [site.id]: msg.paused };
      await chrome.storage.local.set({ settings: local });
      return { ok: true };
    }
    case 'getSettings': {
      const managed = await managedSettings();
      const local = await localSettings();
      const eff = effectiveSettings(managed, local);
      let effectivePolicy = eff.policy; let policyError = null;
      try { const z = await engine(); effectivePolicy ??= defaultPolicyJson(z); z.compilePolicy(effectivePolicy); } catch (e) { policyError = errInfo(e); }
      return { ok: true, effective: eff, local, adminSites: Array.isArray(managed.enabledSites) ? managed.enabledSites : null, effectivePolicy, policyError, sites: SITES.map((s) => ({ id: s.id, name: s.name })) };
    }
    case 'setLocal': {
      const s = msg.settings;
      if (!s || typeof s !== 'object') throw new TypeError('bad message');
      const local = await localSettings();
      if (Array.isArray(s.enabledSites)) local.enabledSites = s.enabledSites.filter((id) => siteById(id)).map(String);
      if (typeof s.allowSendOriginal === 'boolean') local.allowSendOriginal = s.allowSendOriginal;
      if (typeof s.blockFiles === 'boolean') local.blockFiles = s.blockFiles;
      if (s.policy === null || isStr(s.policy, 200000)) {
        if (s.policy) { const z = await engine(); z.compilePolicy(s.policy); } // reject a bad policy with its path
        local.policy = s.policy || null;
      }
      await chrome.storage.local.set({ settings: local });
      return { ok: true };
    }
    case 'getAudit': await writes(() => {}); return { ok: true, audit: (await chrome.storage.local.get('audit')).audit || [] };
    case 'clearAudit': await writes(() => chrome.storage.local.set({ audit: [] })); return { ok: true };
    default: throw new TypeError('unknown op');
  }
}

// ---- lifetime ---------------------------------------------------------------------------------------
chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch?.(() => {});
chrome.tabs.onRemoved.addListener((tabId) => {
  serial(async () => {
    await setTabConversation(tabId, null);
    const health = (await chrome.storage.session.get('health')).health || {};
    if (health[tabId]) { delete health[tabId]; await chrome.storage.session.set({ health }); }
  });
});
chrome.runtime.onStartup?.addListener(() => { serial(() => chrome.storage.session.clear()); });
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && (changes.settings || changes.__testManaged))) settingsCache = null;
  if (area === 'local' && changes.__testHooks) hooksCache = changes.__testHooks.newValue || {};
});
engine().catch(() => {}); // warm up; errors are reported to whoever asks

if (__ZASLON_TEST_HOOKS__) {
  // Test build only (build.mjs --test): lets the end-to-end tests stand in for the admin.
  self.__zaslonTest = {
    setManaged: (m) => chrome.storage.local.set({ __testManaged: m }).then(() => { settingsCache = null; }),
    clearManaged: () => chrome.storage.local.remove('__testManaged').then(() => { settingsCache = null; }),
    setHooks: (h) => chrome.storage.local.set({ __testHooks: h }).then(() => { hooksCache = h; }),
    session: () => chrome.storage.session.get(null),
    lastEngineError: () => lastEngineError,

  };
}
