// DEV MOCK of the wasm/dist engine API, for developing the extension before wasm/dist exists:
//   ZASLON_DIST=extension/test-support/mock-engine node --test extension/test/
// Regexes only, NOT the engine; never shipped. zaslon.wasm beside it is an empty wasm header.
export class ZaslonError extends Error { constructor(m, code = -8) { super(m); this.name = 'ZaslonError'; this.code = code; this.path = ''; } }
const TYPES = [['PHONE_NUMBER', /\+7[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}/g], ['EMAIL_ADDRESS', /[\w.+-]+@[\w-]+\.[\w.]+/g], ['CREDIT_CARD', /\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b/g], ['RU_INN', /\b\d{12}\b/g], ['RU_SNILS', /\b\d{3}-\d{3}-\d{3} \d{2}\b/g]];
class Vault { constructor(m) { this.m = m || {}; } restore(t) { return t.replace(/<([A-Z_]+_\d+)>/g, (a, k) => this.m[k] ?? a); } serialize() { return new TextEncoder().encode(JSON.stringify(this.m)); } wipe() { this.m = {}; } delete() {} }
class Policy {
  constructor(p) { const d = { PHONE_NUMBER: { action: 'pseudonym' }, EMAIL_ADDRESS: { action: 'pseudonym' } }; this.p = { ...p, types: { ...d, ...(p.types || {}) } }; }
  info() { return JSON.stringify({ types: TYPES.map(([name]) => ({ name, kind: 'entity', enabled: true, action: this.p.types[name]?.action || 'label' })) }); }
  scan(text) { const out = []; for (const [type, re] of TYPES) { if (this.p.types && this.p.types[type]?.enabled === false) continue; for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, type }); } return out.sort((a, b) => a.start - b.start); }
  redact(text, { vault } = {}) {
    const spans = this.scan(text); let out = ''; let at = 0; let blocked = false; const res = [];
    for (const s of spans) {
      const action = this.p.types?.[s.type]?.action || 'label'; out += text.slice(at, s.start); const v = text.slice(s.start, s.end);
      let tok = `[${s.type}]`;
      if (action === 'pseudonym' && vault) { let k = Object.keys(vault.m).find((k) => vault.m[k] === v && k.startsWith(s.type)); if (!k) { const n = Object.keys(vault.m).filter((k) => k.startsWith(s.type + '_')).length + 1; k = `${s.type}_${n}`; vault.m[k] = v; } tok = `<${k}>`; }
      if (action === 'block') blocked = true;
      res.push({ ...s, action, outStart: out.length, outEnd: out.length + tok.length }); out += tok; at = s.end;
    }
    return { text: out + text.slice(at), spans: res, blocked };
  }
}
export class Zaslon {
  static async load({ wasmUrl }) { const r = await fetch(wasmUrl).catch((e) => { throw new ZaslonError('wasm missing: ' + e.message); }); if (!r.ok) throw new ZaslonError('wasm missing'); return new Zaslon(); }
  get constants() { return { types: TYPES.map(([name], id) => ({ id, name, kind: 'entity' })), actions: ['label', 'pseudonym', 'block'], errors: {} }; }
  compilePolicy(j) { const p = typeof j === 'string' ? JSON.parse(j) : j; return new Policy(p); }
  createVault() { return new Vault(); }
  loadVault(b) { return new Vault(JSON.parse(new TextDecoder().decode(b))); }
}
