// Consent receipts (Kantara Consent Receipt Specification 1.1 fields + noticeHash/noticeVersion),
// created and kept on the visitor's device.

import { purposeName } from './i18n.js';

const KEY_PREFIX = 'zaslon.consent.v1:';
const PENDING_PREFIX = 'zaslon.withdraw.v1:';

/** SHA-256 of a string's UTF-8 bytes as lowercase hex (WebCrypto). */
export async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random UUID; crypto.randomUUID where available (secure contexts). */
export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Builds a receipt. cfg: the widget config; noticeText: the exact text shown; special: optional
 * {categories: ['TOPIC_HEALTH', ...], noticeHash} when the visitor gave the separate consent for
 * special categories (152-FZ art. 10).
 */
export async function createReceipt(cfg, noticeText, special) {
  const noticeHash = await sha256Hex(noticeText);
  const purposes = cfg.purposes.map((p, i) => ({
    purpose: purposeName(cfg.lang, p),
    purposeCategory: [p],
    consentType: 'EXPLICIT',
    piiCategory: ['chat messages (masked on device)', 'contact details (call-back form)'],
    primaryPurpose: i === 0,
    termination: cfg.retention || (cfg.lang === 'en' ? 'until the purposes are achieved, at most 1 year' : 'до достижения целей обработки, но не дольше 1 года'),
    thirdPartyDisclosure: false,
  }));
  const receipt = {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'RU',
    consentTimestamp: Math.floor(Date.now() / 1000),
    collectionMethod: 'chat-widget checkbox',
    consentReceiptID: uuid(),
    publicKey: null,
    language: cfg.lang,
    piiPrincipalId: 'anonymous',
    piiControllers: [{
      piiController: cfg.operator,
      contact: cfg.operatorContact || cfg.operator,
      piiControllerUrl: cfg.origin,
    }],
    policyUrl: cfg.noticeUrl,
    services: [{ service: 'chat', purposes }],
    sensitive: !!special,
    spiCat: special ? special.categories.slice() : [],
    noticeHash,
    noticeVersion: cfg.noticeVersion,
  };
  if (special) receipt.sensitiveNoticeHash = special.noticeHash;
  return receipt;
}

function storage() {
  try {
    const s = window.localStorage;
    s.getItem('x');
    return s;
  } catch (_) {
    return null; // storage blocked: consent lives in memory for this page only
  }
}

const memory = new Map();

function get(key) {
  const s = storage();
  const v = s ? s.getItem(key) : memory.get(key);
  if (!v) return null;
  try { return JSON.parse(v); } catch (_) { return null; }
}

function put(key, value) {
  const s = storage();
  const v = JSON.stringify(value);
  if (s) {
    try { s.setItem(key, v); return; } catch (_) { /* quota: fall through */ }
  }
  memory.set(key, v);
}

function drop(key) {
  const s = storage();
  if (s) try { s.removeItem(key); } catch (_) { /* ignore */ }
  memory.delete(key);
}

export function loadReceipt(scope) { return get(KEY_PREFIX + scope); }
export function saveReceipt(scope, r) { put(KEY_PREFIX + scope, r); }
export function deleteReceipt(scope) { drop(KEY_PREFIX + scope); }

/** Withdrawals not yet confirmed by the endpoint; retried at the next load. */
export function pendingWithdrawals(scope) { return get(PENDING_PREFIX + scope) || []; }
export function setPendingWithdrawals(scope, list) {
  if (list.length) put(PENDING_PREFIX + scope, list); else drop(PENDING_PREFIX + scope);
}
