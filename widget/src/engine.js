// The bridge to the Zaslon engine, which runs in a dedicated Worker (zaslon-worker.js, beside the
// widget script): a slow or hostile policy can then neither freeze the visitor's page nor, past
// the timeout, delay anything — the worker is terminated and nothing is sent. Every failure here
// is turned into a coded WidgetError so that the caller fails closed (nothing is sent).

// Only the page side of the worker protocol: the engine and its glue live in zaslon-worker.js.
import { ZaslonWorker } from '../../wasm/src/worker-client.js';

export class WidgetError extends Error {
  constructor(kind, cause) {
    super(kind);
    this.kind = kind; // 'engine' | 'policy' | 'hash' | 'redact' | 'timeout' | 'blocked'
    this.cause = cause;
  }
}

const CONTACTS = ['PHONE_NUMBER', 'EMAIL_ADDRESS', 'PERSON', 'ADDRESS'];

/** The widget's default policy, built from the engine's own list of types (never hard-coded):
 * contacts pseudonymised, SECRET blocked, topics reported and kept, every other entity labelled. */
export function defaultPolicy(constants) {
  const types = {};
  for (const t of constants.types) {
    if (t.kind === 'topic') types[t.name] = { action: 'allow' };
    else if (t.name === 'SECRET') types[t.name] = { action: 'block' };
    else if (CONTACTS.includes(t.name)) types[t.name] = { action: 'pseudonym' };
    else types[t.name] = { action: 'label' };
  }
  return { version: 1, types };
}

/** True when a policy would compute keyed hashes in the page. The key travels with the policy,
 * so anyone who can read the page can recompute the hash of every phone number (10^10 values:
 * minutes), which makes the "hash" a lookup table, not a protection. */
export function usesHash(source, info) {
  if (info && Array.isArray(info.types) && info.types.some((t) => t && t.action === 'hash')) return true;
  try {
    const o = JSON.parse(source);
    return !!(o && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, 'hash_key'));
  } catch {
    return false; // the engine already accepted it; not JSON here means no hash_key either
  }
}

// Invented contact details in the shapes visitors send (no real person).
const WARM_UP = 'Здравствуйте, я Анна Петрова, тел. +7 912 345-67-89, anna@example.com, ' +
  'г. Казань, ул. Баумана, д. 12';

// A visitor waits at most this long for a redaction; the engine's own budget for a whole scan is
// about a second, so this only fires when something is wrong (a hostile rule, a starved CPU).
export const DEFAULT_TIMEOUT_MS = 5000;

function withTimeout(promise, ms, onTimeout) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => { onTimeout(); reject(new WidgetError('timeout')); }, ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * A protector for one widget: a worker with the engine, the compiled policy and the vault of the
 * current conversation. Nothing of it is reachable from the page (see index.js).
 */
export class Protector {
  constructor(cfg) {
    this.cfg = cfg;
    this.ready = null;
    this.worker = null;
    this.vault = null;
    this.timeoutMs = cfg.redactTimeout > 0 ? cfg.redactTimeout : DEFAULT_TIMEOUT_MS;
  }

  /** Starts the worker and compiles the policy; rejects with WidgetError. Memoised on success. */
  init() {
    if (!this.ready) {
      this.ready = this._init().catch((e) => { this._stop(); this.ready = null; throw e; });
    }
    return this.ready;
  }

  async _init() {
    let source = null;
    if (this.cfg.policyUrl) {
      try {
        const res = await fetch(this.cfg.policyUrl, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        source = await res.text();
      } catch (e) {
        throw new WidgetError('policy', e);
      }
    }
    let w;
    try {
      w = await ZaslonWorker.create({
        wasmUrl: this.cfg.wasmUrl, scalarWasmUrl: this.cfg.scalarWasmUrl, workerUrl: this.cfg.workerUrl,
      });
    } catch (e) {
      throw new WidgetError('engine', e);
    }
    this.worker = w;
    if (source == null) source = JSON.stringify(defaultPolicy(w.constants));
    let policy;
    try {
      policy = await w.compilePolicy(source);
    } catch (e) {
      throw new WidgetError('policy', e);
    }
    if (usesHash(source, policy.info)) throw new WidgetError('hash');
    this.policy = policy;
    this.kinds = new Map(w.constants.types.map((t) => [t.name, t.kind]));
    this.names = new Map(w.constants.types.map((t) => [t.id, t.name]));
    this.vault = await w.createVault();
    // V8 compiles each wasm function on its first call: one throw-away redaction now, while the
    // visitor types, keeps that off their first Send. No vault: the conversation's pseudonym
    // numbering is untouched. A failure here shows again, clearly, on the visitor's message.
    policy.redact(WARM_UP).catch(() => {});
    return this;
  }

  /** Terminates the worker: its vault (the originals) goes with it. */
  _stop() {
    const w = this.worker;
    this.worker = null;
    this.policy = null;
    this.vault = null;
    this.ready = null;
    if (w) w.terminate();
  }

  /** Topic (special category) type names the engine knows; empty for engines without topics. */
  topicNames() {
    return this.worker ? this.worker.constants.types.filter((t) => t.kind === 'topic').map((t) => t.name) : [];
  }

  typeName(t) {
    return typeof t === 'number' ? (this.names.get(t) || String(t)) : String(t);
  }

  actionName(a) {
    if (typeof a !== 'number') return String(a);
    const acts = this.worker.constants.actions || [];
    const found = acts[a];
    return typeof found === 'string' ? found : (found && found.name) || String(a);
  }

  /**
   * Redacts text in the worker, within the timeout. Resolves {text, spans, entities, topics,
   * removed, blocked}; rejects with WidgetError: 'redact' (engine error) or 'timeout' (the worker
   * was terminated, with the conversation's vault: the caller starts a new conversation).
   * `removed` holds the original values that were replaced.
   */
  async redact(text) {
    await this.init();
    let res;
    try {
      res = await withTimeout(this.policy.redact(text, { vault: this.vault }), this.timeoutMs, () => this._stop());
    } catch (e) {
      if (e instanceof WidgetError) throw e;
      throw new WidgetError('redact', e);
    }
    if (!res || typeof res.text !== 'string' || !Array.isArray(res.spans)) {
      throw new WidgetError('redact', new Error('malformed result'));
    }
    const entities = {};
    const topics = [];
    const removed = [];
    const spans = res.spans.map((s) => {
      const type = this.typeName(s.type);
      const action = this.actionName(s.action);
      const kind = this.kinds.get(type) || (type.startsWith('TOPIC_') ? 'topic' : 'entity');
      if (kind === 'topic') {
        if (!topics.includes(type)) topics.push(type);
      } else {
        entities[type] = (entities[type] || 0) + 1;
      }
      const replacement = res.text.slice(s.outStart, s.outEnd);
      const value = text.slice(s.start, s.end);
      if (action !== 'allow' && value !== replacement) removed.push({ type, value, replacement });
      return { start: s.start, end: s.end, type, action, kind, replacement };
    });
    return { text: res.text, spans, entities, topics, removed, blocked: !!res.blocked };
  }

  /** Pseudonyms in a reply -> the visitor's original values (the worker's vault). */
  async restore(reply) {
    if (!this.vault) return reply;
    try {
      return await withTimeout(this.vault.restore(reply), this.timeoutMs, () => this._stop());
    } catch (_) {
      return reply; // showing a token is better than showing nothing
    }
  }

  /** Forgets the conversation's pseudonyms and starts a fresh vault. */
  async resetVault() {
    const old = this.vault;
    if (!old || !this.worker) return;
    this.vault = null;
    try {
      await old.wipe();
      old.delete();
      this.vault = await this.worker.createVault();
    } catch (_) {
      this._stop(); // a worker that cannot wipe is ended: its memory goes with it
    }
  }

  /** Ends the worker and everything in it. */
  destroy() { this._stop(); }
}
