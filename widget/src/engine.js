// The bridge to the Zaslon wasm engine: loading (once per wasm URL), the site's policy, and the
// analysis of one redaction into what the widget sends. Every failure here is turned into a
// coded WidgetError so that the caller fails closed (nothing is sent).

import { Zaslon } from '../../wasm/dist/zaslon.mjs';

export class WidgetError extends Error {
  constructor(kind, cause) {
    super(kind);
    this.kind = kind; // 'engine' | 'policy' | 'redact' | 'blocked'
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

// Invented contact details in the shapes visitors send (no real person).
const WARM_UP = 'Здравствуйте, я Анна Петрова, тел. +7 912 345-67-89, anna@example.com, ' +
  'г. Казань, ул. Баумана, д. 12';

const engines = new Map();

function loadEngine(wasmUrl) {
  if (!engines.has(wasmUrl)) {
    const p = Zaslon.load({ wasmUrl }).catch((e) => {
      engines.delete(wasmUrl); // allow a later retry (e.g. the network came back)
      throw new WidgetError('engine', e);
    });
    engines.set(wasmUrl, p);
  }
  return engines.get(wasmUrl);
}

/**
 * A protector for one widget: engine + compiled policy + the vault of the current conversation.
 */
export class Protector {
  constructor(cfg) {
    this.cfg = cfg;
    this.ready = null;
    this.vault = null;
  }

  /** Loads the engine and compiles the policy; rejects with WidgetError. Memoised on success. */
  init() {
    if (!this.ready) {
      this.ready = this._init().catch((e) => { this.ready = null; throw e; });
    }
    return this.ready;
  }

  async _init() {
    const z = await loadEngine(this.cfg.wasmUrl);
    let source;
    if (this.cfg.policyUrl) {
      try {
        const res = await fetch(this.cfg.policyUrl, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        source = await res.text();
      } catch (e) {
        throw new WidgetError('policy', e);
      }
    } else {
      source = JSON.stringify(defaultPolicy(z.constants));
    }
    let policy;
    try {
      policy = z.compilePolicy(source);
    } catch (e) {
      throw new WidgetError('policy', e);
    }
    this.z = z;
    this.policy = policy;
    this.kinds = new Map(z.constants.types.map((t) => [t.name, t.kind]));
    this.names = new Map(z.constants.types.map((t) => [t.id, t.name]));
    this.vault = z.createVault();
    // V8 compiles each wasm function on its first call: a first redaction costs ~8 ms on a
    // desktop (bench/browser-start.mjs), more on a phone. One throw-away redaction now, while the
    // visitor types, keeps that off their first Send. No vault: the conversation's pseudonym
    // numbering is untouched. A failure here shows again, clearly, on the visitor's message.
    try {
      policy.redact(WARM_UP);
    } catch {
      /* reported by redact() */
    }
    return this;
  }

  /** Topic (special category) type names the engine knows; empty for engines without topics. */
  topicNames() {
    return this.z ? this.z.constants.types.filter((t) => t.kind === 'topic').map((t) => t.name) : [];
  }

  typeName(t) {
    return typeof t === 'number' ? (this.names.get(t) || String(t)) : String(t);
  }

  actionName(a) {
    if (typeof a !== 'number') return String(a);
    const acts = this.z.constants.actions || [];
    const found = acts[a];
    return typeof found === 'string' ? found : (found && found.name) || String(a);
  }

  /**
   * Redacts text. Returns {text, spans, entities, topics, removed, blocked}; throws WidgetError
   * ('redact') if the engine fails. `removed` holds the original values that were replaced.
   */
  redact(text) {
    let res;
    try {
      res = this.policy.redact(text, { vault: this.vault });
    } catch (e) {
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

  /** Pseudonyms in a reply -> the visitor's original values (local vault). */
  restore(reply) {
    if (!this.vault) return reply;
    try {
      return this.vault.restore(reply);
    } catch (_) {
      return reply; // showing a token is better than showing nothing
    }
  }

  /** Forgets the conversation's pseudonyms and starts a fresh vault. */
  resetVault() {
    if (!this.vault) return;
    try { this.vault.wipe(); this.vault.delete(); } catch (_) { /* ignore */ }
    this.vault = this.z.createVault();
  }
}
