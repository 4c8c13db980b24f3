// Zaslon demo page. Everything runs in this tab: the engine is ./zaslon.wasm, the only requests
// are for the page's own files, and the visitor's text is never logged or stored.
import { STRINGS, TYPE_LABELS, format } from './i18n.mjs';
import { EXAMPLES, benchmarkSample } from './examples.mjs';
import { locate, lineCol } from './jsonloc.mjs';
import { buildReceipt, buildPayload, uuid } from './consent.mjs';
import { GuardedEngine, TimeoutError } from './guard.mjs';

const $ = (id) => document.getElementById(id);
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
// What the demo's policy changes from the engine's defaults, to show every kind of action.
const DEMO_ACTIONS = {
  PERSON: 'pseudonym',
  PHONE_NUMBER: 'pseudonym',
  EMAIL_ADDRESS: 'pseudonym',
  CREDIT_CARD: 'mask',
  RU_INN: 'hash',
};
const DEMO_OPTIONS = {
  PHONE_NUMBER: { mask_char: '*', keep_last: 2 },
  CREDIT_CARD: { mask_char: '*', keep_last: 4 },
};

const state = {
  lang: 'ru',
  z: null,
  ZaslonError: null,
  constants: null,
  builtinKinds: new Map(), // type name -> 'entity' | 'topic' (from z.constants)
  policy: null, // the last policy that compiled
  policyInfo: null,
  policyBroken: false,
  defaultPolicyText: '',
  engine: null, // GuardedEngine: redaction, restore and the vaults ('try', 'chat') in a Worker
  renderSeq: 0,
  lastRedactMs: Infinity,
  result: null, // last redact() result {text, spans, blocked} for state.text
  text: '',
  exampleId: null,
  replyDirty: false,
  wiped: false,
  receipt: null,
  conversation: uuid(),
  wasmBytes: 0,
  loadMs: 0,
  renders: 0,
  widget: null,
  widgetInstance: null,
};

// ---------------------------------------------------------------- i18n
const t = (key, vars) => format(STRINGS[state.lang][key] ?? STRINGS.ru[key] ?? key, vars);
const num = (x, digits = 0) =>
  new Intl.NumberFormat(state.lang === 'ru' ? 'ru-RU' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
const typeLabel = (name) => TYPE_LABELS[state.lang][name] || name;
const actionLabel = (a) => (STRINGS[state.lang][`action.${a}`] ? t(`action.${a}`) : a);

function applyStrings() {
  document.documentElement.lang = state.lang;
  document.title = t('doc.title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
}

function setLang(lang) {
  if (!STRINGS[lang]) return;
  state.lang = lang;
  try {
    localStorage.setItem('zaslon-demo-lang', lang); // the language only, never any text
  } catch {}
  applyStrings();
  // An untouched example follows the language; the visitor's own text stays as it is.
  if (state.exampleId) {
    const ex = EXAMPLES.find((e) => e.id === state.exampleId);
    const other = lang === 'ru' ? ex.en : ex.ru;
    if ($('input').value === other) setInput(ex[lang], ex.id);
  }
  if (state.z) {
    updateEngineStatus();
    buildActions(true);
    render();
    renderConsentDocs();
    if (state.widget) mountWidget();
    updateFigureNotes();
  }
}

// ---------------------------------------------------------------- colours per type
function typeColour(name) {
  let idx = state.constants?.types.findIndex((x) => x.name === name) ?? -1;
  if (idx < 0) {
    idx = 0;
    for (const ch of name) idx = (idx * 31 + ch.charCodeAt(0)) >>> 0;
    idx = 23 + (idx % 29);
  }
  return Math.round((idx * 137.508 + 200) % 360);
}
const kindOf = (name) => state.policyInfo?.types.find((x) => x.name === name)?.kind || state.builtinKinds.get(name) || 'entity';
const actionOf = (name) => state.policyInfo?.types.find((x) => x.name === name)?.action;

// ---------------------------------------------------------------- text views
function appendPlain(parent, str) {
  let buf = '';
  for (const ch of str) {
    if (INVISIBLE.test(ch)) {
      if (buf) parent.append(buf);
      buf = '';
      const s = document.createElement('span');
      s.className = 'invis';
      s.textContent = ch;
      const cp = 'U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
      s.dataset.tip = t('invisible', { cp });
      parent.append(s);
    } else buf += ch;
  }
  if (buf) parent.append(buf);
}

function markEl(type, action, cls) {
  const m = document.createElement('mark');
  m.className = cls;
  m.dataset.type = type;
  m.style.setProperty('--h', typeColour(type));
  m.dataset.tip = `${typeLabel(type)} · ${type} · ${t('tip.action', { action: actionLabel(action) })}`;
  m.dataset.label = type;
  m.tabIndex = 0;
  return m;
}

// spans: [{start, end, type, action}] over text; kind 'in' for the original, 'out' for output.
function renderView(el, text, spans, which) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const s of spans) {
    const a = which === 'in' ? s.start : s.outStart;
    const b = which === 'in' ? s.end : s.outEnd;
    if (a === undefined || a < pos) continue;
    appendPlain(frag, text.slice(pos, a));
    const m = markEl(s.type, s.action ?? actionOf(s.type), which === 'in' ? 'hl' : 'hl hl-out');
    if (b > a) appendPlain(m, text.slice(a, b));
    else m.classList.add('hl-empty');
    frag.append(m);
    pos = b;
  }
  appendPlain(frag, text.slice(pos));
  el.replaceChildren(frag);
}

// ---------------------------------------------------------------- tooltip
function setupTooltip() {
  const tip = document.createElement('div');
  tip.id = 'tip';
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  let owner = null;
  const show = (el) => {
    owner = el;
    tip.textContent = el.dataset.tip;
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    const r = el.getBoundingClientRect();
    const tw = tip.offsetWidth;
    const x = Math.max(8, Math.min(window.innerWidth - tw - 8, r.left + r.width / 2 - tw / 2));
    const above = r.top - tip.offsetHeight - 8;
    tip.style.left = `${x + window.scrollX}px`;
    tip.style.top = `${(above > 8 ? above : r.bottom + 8) + window.scrollY}px`;
  };
  const hide = () => {
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    tip.hidden = true;
  };
  const target = (e) => e.target.closest?.('[data-tip]');
  document.addEventListener('mouseover', (e) => {
    const el = target(e);
    if (el) show(el);
    else if (owner && !owner.contains(e.target)) hide();
  });
  document.addEventListener('focusin', (e) => {
    const el = target(e);
    if (el) show(el);
    else hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  // Follow the owner when the page or a text view scrolls (focus scrolls it into view, too).
  document.addEventListener('scroll', () => owner && (owner.isConnected ? show(owner) : hide()), { passive: true, capture: true });
}

// ---------------------------------------------------------------- policy JSON
function inlineJson(v) {
  if (Array.isArray(v)) return `[${v.map(inlineJson).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${inlineJson(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

// Readable layout: one type per line, one rule per line.
function stringifyPolicy(obj) {
  const lines = ['{'];
  const keys = Object.keys(obj);
  keys.forEach((k, i) => {
    const v = obj[k];
    const comma = i < keys.length - 1 ? ',' : '';
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'limits' && Object.keys(v).length) {
      lines.push(`  ${JSON.stringify(k)}: {`);
      const ents = Object.entries(v);
      ents.forEach(([ek, ev], j) => lines.push(`    ${JSON.stringify(ek)}: ${inlineJson(ev)}${j < ents.length - 1 ? ',' : ''}`));
      lines.push(`  }${comma}`);
    } else if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((x, j) => lines.push(`    ${inlineJson(x)}${j < v.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else lines.push(`  ${JSON.stringify(k)}: ${inlineJson(v)}${comma}`);
  });
  lines.push('}');
  return lines.join('\n');
}

const EXAMPLE_RULE = {
  id: 'employee_id',
  type: 'EMPLOYEE_ID',
  pattern: 'EMP-\\d{6}',
  context: ['табельный', 'employee'],
  validator: null,
};
const EXTRA_RULE = {
  id: 'order_number',
  type: 'ORDER_ID',
  pattern: 'ORD-[0-9A-F]{8}',
  context: ['заказ', 'order'],
  validator: null,
};

function demoPolicyObject(info) {
  const types = {};
  for (const ty of info.types) {
    if (!state.builtinKinds.has(ty.name)) continue; // custom types come from rules
    const entry = { enabled: ty.enabled !== false, action: DEMO_ACTIONS[ty.name] || ty.action };
    if (DEMO_OPTIONS[ty.name]) entry.options = DEMO_OPTIONS[ty.name];
    types[ty.name] = entry;
  }
  const key = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return {
    version: 1,
    types,
    rules: [EXAMPLE_RULE],
    deny: ['Проект Сокол', 'Project Falcon'],
    allow: ['+7 (843) 200-00-00'],
    hash_key: key,
    limits: { max_input_bytes: 1048576 },
  };
}

// What the visitor reads for an engine error: the limits a policy sets get a sentence of their own.
function errorText(e) {
  if (e instanceof TimeoutError) return t('err.TIMEOUT');
  const { name, message } = errorInfo(e);
  if (/TOO_BIG/.test(name)) return t('err.TOO_BIG');
  if (/MATCH_LIMIT/.test(name)) return t('err.MATCH_LIMIT');
  return message;
}

function errorInfo(e) {
  return {
    code: e?.code,
    name: e?.name && e.name !== 'Error' ? e.name : '',
    message: String(e?.message || e),
    path: e?.path || '',
    offset: Number.isInteger(e?.offset) ? e.offset : 0,
  };
}

// A regex error offset (in the pattern's UTF-8 bytes) -> a position inside the JSON string literal.
function offsetInLiteral(text, start, end, byteOffset) {
  let i = start + 1;
  let bytes = 0;
  const enc = new TextEncoder();
  while (i < end - 1 && bytes < byteOffset) {
    let ch;
    if (text[i] === '\\') {
      ch = text[i + 1] === 'u' ? String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)) : text[i + 1];
      i += text[i + 1] === 'u' ? 6 : 2;
    } else {
      ch = String.fromCodePoint(text.codePointAt(i));
      i += ch.length;
    }
    bytes += enc.encode(ch).length;
  }
  return i;
}

// Compiles the editor's text; on success it becomes the live policy.
function compileEditor({ rerender = true } = {}) {
  const text = $('policy-editor').value;
  let compiled;
  try {
    compiled = state.z.compilePolicy(text);
  } catch (e) {
    showPolicyError(text, errorInfo(e));
    state.policyBroken = true;
    $('stale').hidden = false;
    $('actions').toggleAttribute('data-disabled', !isJson(text));
    setActionsDisabled(!isJson(text));
    return false;
  }
  if (state.policy && state.policy !== compiled) state.policy.delete?.();
  state.policy = compiled;
  // Checked here (errors with their JSON path, the policy's info); the texts go to the worker.
  state.engine.setPolicy(text).catch(() => {});
  state.policyInfo = compiled.info;
  state.policyBroken = false;
  $('stale').hidden = true;
  setActionsDisabled(false);
  showPolicyOk(text);
  buildActions();
  if (rerender) render();
  return true;
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function showPolicyOk(text) {
  let rules = 0;
  try {
    rules = (JSON.parse(text).rules || []).length;
  } catch {}
  const box = $('policy-status');
  box.className = 'policy-status ok';
  box.replaceChildren(t('policy.ok', { types: state.policyInfo.types.length, rules }));
  markEditor(text, null);
}

function showPolicyError(text, err) {
  const loc = locate(text, err.path) || { start: 0, end: 0 };
  // For a bad pattern the engine gives the offset inside the regex: point at that character.
  const caret = err.offset > 0 && loc.exact && text[loc.start] === '"' ? offsetInLiteral(text, loc.start, loc.end, err.offset) : loc.start;
  const { line, col } = lineCol(text, caret);
  const box = $('policy-status');
  box.className = 'policy-status error';
  box.setAttribute('role', 'alert');
  const head = document.createElement('p');
  head.className = 'err-head';
  const strong = document.createElement('strong');
  strong.textContent = t('policy.error') + (err.name ? ` ${err.name}` : '');
  head.append(strong);
  if (err.path) {
    const code = document.createElement('code');
    code.className = 'err-path';
    code.textContent = err.path;
    head.append(' ', code);
  }
  const where = document.createElement('span');
  where.className = 'err-where';
  where.textContent = t('policy.where', { line, col });
  head.append(' ', where);
  const msg = document.createElement('p');
  msg.className = 'err-message';
  msg.textContent = err.message;
  const go = document.createElement('button');
  go.type = 'button';
  go.className = 'btn btn-sm btn-ghost';
  go.textContent = t('policy.goto');
  go.addEventListener('click', () => {
    const ta = $('policy-editor');
    ta.focus();
    ta.setSelectionRange(loc.start, Math.max(loc.end, loc.start + 1));
    const lh = parseFloat(getComputedStyle(ta).lineHeight) || 20;
    $('editor').scrollIntoView({ block: 'nearest' });
    window.scrollTo({ top: ta.getBoundingClientRect().top + window.scrollY + (line - 4) * lh, behavior: 'smooth' });
  });
  box.replaceChildren(head, msg, go);
  box.dataset.path = err.path;
  markEditor(text, loc.start === loc.end && !text ? null : { ...loc, line });
}

// Gutter line numbers and the backdrop that underlines the error in place.
function markEditor(text, err) {
  const ta = $('policy-editor');
  const lines = text.split('\n').length;
  const gutter = $('gutter');
  const frag = document.createDocumentFragment();
  for (let i = 1; i <= lines; i++) {
    const d = document.createElement('div');
    d.textContent = String(i);
    if (err && i === err.line) d.className = 'err-line';
    frag.append(d);
  }
  gutter.replaceChildren(frag);
  const back = $('backdrop');
  if (err) {
    const end = Math.max(err.end, err.start + 1);
    const m = document.createElement('mark');
    m.textContent = text.slice(err.start, end) || ' ';
    back.replaceChildren(text.slice(0, err.start), m, text.slice(end) + '\n');
  } else back.replaceChildren(text + '\n');
  ta.style.height = 'auto';
  ta.style.height = `${ta.scrollHeight + 2}px`;
  back.scrollLeft = ta.scrollLeft;
  if (!err) $('policy-status').removeAttribute('role');
}

function setEditor(obj) {
  $('policy-editor').value = typeof obj === 'string' ? obj : stringifyPolicy(obj);
  compileEditor();
}

// Switches -> JSON: edit the editor's object, then recompile.
function setTypeAction(name, value) {
  let obj;
  try {
    obj = JSON.parse($('policy-editor').value);
  } catch {
    return;
  }
  obj.types = obj.types && typeof obj.types === 'object' ? obj.types : {};
  const cur = obj.types[name] && typeof obj.types[name] === 'object' ? obj.types[name] : {};
  if (value === 'off') obj.types[name] = { ...cur, enabled: false };
  else obj.types[name] = { ...cur, enabled: true, action: value };
  setEditor(obj);
}

// ---------------------------------------------------------------- action switches
let builtFor = '';
function buildActions(force = false) {
  const info = state.policyInfo;
  if (!info) return;
  const key = info.types.map((x) => x.name).join(',');
  const box = $('actions');
  if (force || key !== builtFor) {
    builtFor = key;
    const groups = [
      ['entity', t('try.entities'), (x) => state.builtinKinds.get(x.name) === 'entity'],
      ['topic', t('try.topics'), (x) => state.builtinKinds.get(x.name) === 'topic' || (x.kind === 'topic' && !state.builtinKinds.has(x.name))],
      ['custom', t('try.custom'), (x) => !state.builtinKinds.has(x.name) && x.kind !== 'topic'],
    ];
    const frag = document.createDocumentFragment();
    for (const [id, title, pick] of groups) {
      const items = info.types.filter(pick);
      if (!items.length) continue;
      const fs = document.createElement('fieldset');
      fs.className = `act-group act-${id}`;
      const lg = document.createElement('legend');
      lg.textContent = title;
      fs.append(lg);
      const list = document.createElement('div');
      list.className = 'act-list';
      for (const ty of items) {
        const row = document.createElement('div');
        row.className = 'act-row';
        const sw = document.createElement('span');
        sw.className = 'swatch';
        sw.style.setProperty('--h', typeColour(ty.name));
        sw.setAttribute('aria-hidden', 'true');
        const lab = document.createElement('label');
        lab.htmlFor = `act-${ty.name}`;
        const nm = document.createElement('span');
        nm.className = 'act-name';
        nm.textContent = typeLabel(ty.name);
        const code = document.createElement('code');
        code.textContent = ty.name;
        lab.append(nm, code);
        const sel = document.createElement('select');
        sel.id = `act-${ty.name}`;
        sel.dataset.type = ty.name;
        for (const a of ['off', ...state.constants.actions]) {
          const o = document.createElement('option');
          o.value = a;
          o.textContent = actionLabel(a);
          sel.append(o);
        }
        sel.addEventListener('change', () => setTypeAction(ty.name, sel.value));
        row.append(sw, lab, sel);
        list.append(row);
      }
      fs.append(list);
      frag.append(fs);
    }
    box.replaceChildren(frag);
  }
  for (const ty of info.types) {
    const sel = $(`act-${ty.name}`);
    if (sel) sel.value = ty.enabled === false || ty.action == null ? 'off' : ty.action;
  }
}

function setActionsDisabled(on) {
  for (const sel of $('actions').querySelectorAll('select')) sel.disabled = on;
}

// ---------------------------------------------------------------- live result
function setInput(text, exampleId = null) {
  $('input').value = text;
  state.exampleId = exampleId;
  for (const b of document.querySelectorAll('[data-example]')) b.setAttribute('aria-pressed', String(b.dataset.example === exampleId));
  render();
}

// Redaction runs in the worker (state.engine) with a time limit; a newer render supersedes an
// older one still waiting for its answer.
async function render() {
  if (!state.policy) return;
  const text = $('input').value;
  const seq = ++state.renderSeq;
  state.text = text;
  state.wiped = false;
  state.lastRedactMs = Infinity; // until this text has been redacted in the worker
  let res;
  try {
    await state.engine.wipe('try');
    res = await state.engine.redact(text, 'try');
    if (seq === state.renderSeq) state.lastRedactMs = state.engine.lastMs;
  } catch (e) {
    if (seq !== state.renderSeq) return;
    state.lastRedactMs = Infinity;
    state.result = null;
    $('highlighted').replaceChildren(text);
    const msg = errorText(e);
    $('output').replaceChildren(Object.assign(document.createElement('p'), { className: 'view-error', textContent: msg }));
    $('found-count').textContent = '';
    return;
  }
  if (seq !== state.renderSeq) return;
  state.result = res;
  renderView($('highlighted'), text, res.spans, 'in');
  renderView($('output'), res.text, res.spans, 'out');
  $('blocked').hidden = !res.blocked;
  $('found-count').textContent = res.spans.length ? t('try.found', { n: res.spans.length }) : t('try.none');
  renderLegend(res.spans);
  await renderRoundTrip();
  if (seq !== state.renderSeq) return;
  state.renders++;
  document.documentElement.dataset.renders = String(state.renders);
  scheduleScanFigure();
}

function renderLegend(spans) {
  const counts = new Map();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) || 0) + 1);
  const frag = document.createDocumentFragment();
  for (const [type, n] of counts) {
    const li = document.createElement('li');
    li.className = 'legend-item';
    li.dataset.type = type;
    li.style.setProperty('--h', typeColour(type));
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.setAttribute('aria-hidden', 'true');
    const nm = document.createElement('span');
    nm.textContent = typeLabel(type);
    const c = document.createElement('span');
    c.className = 'legend-count';
    c.textContent = `×${n} · ${actionLabel(spans.find((s) => s.type === type)?.action ?? actionOf(type))}`;
    li.append(sw, nm, c);
    frag.append(li);
  }
  $('legend').replaceChildren(frag);
}

// ---------------------------------------------------------------- round trip
function pseudonymTokens() {
  const res = state.result;
  if (!res) return [];
  const seen = new Map();
  for (const s of res.spans) {
    if (s.action !== 'pseudonym') continue;
    const tok = res.text.slice(s.outStart, s.outEnd);
    if (tok && !seen.has(tok)) seen.set(tok, s.type);
  }
  return [...seen].map(([tok, type]) => ({ tok, type }));
}

function makeReply() {
  const toks = pseudonymTokens();
  if (!toks.length) return '';
  // Models often mangle tokens (markdown escapes like \<PERSON\_1\>); restore() understands them.
  const mangle = (tok) => tok.replace(/[<>_]/g, (c) => `\\${c}`);
  const contact = toks.find((x) => x.type === 'PHONE_NUMBER' || x.type === 'EMAIL_ADDRESS') || toks[0];
  const person = toks.find((x) => x.type === 'PERSON');
  const intro = t('reply.intro', { list: toks.map((x) => x.tok).join(', ') });
  const outro = person
    ? t('reply.outroPerson', { person: mangle(person.tok), contact: contact.tok })
    : t('reply.outro', { contact: mangle(contact.tok) });
  return `${intro}\n${outro}`;
}

async function renderRoundTrip() {
  const res = state.result;
  if (!res) return;
  renderView($('rt-sent'), res.text, res.spans, 'out');
  if (!state.replyDirty) $('rt-reply').value = makeReply();
  await restoreReply();
}

let restoreSeq = 0;
async function restoreReply() {
  const seq = ++restoreSeq;
  const reply = $('rt-reply').value;
  const note = $('rt-note');
  let out = '';
  let n = 0;
  try {
    out = await state.engine.restore(reply, 'try');
    n = await state.engine.vaultSize('try');
  } catch (e) {
    if (seq !== restoreSeq) return;
    out = '';
    note.textContent = errorText(e);
    $('rt-restored').textContent = out;
    return;
  }
  // Worker answers can arrive out of order; only the newest request's answer is shown.
  if (seq !== restoreSeq) return;
  $('rt-restored').textContent = out;
  $('rt-vault').textContent = t('roundtrip.vault', { n: state.wiped ? 0 : n });
  if (state.wiped) note.textContent = t('roundtrip.wiped');
  else note.textContent = pseudonymTokens().length ? '' : t('roundtrip.none');
}

// ---------------------------------------------------------------- consent flow (own, or the widget)
const CONTROLLER = {
  ru: {
    piiController: 'ООО «Лаванда»',
    contact: 'Ответственный за обработку персональных данных',
    address: { streetAddress: 'ул. Баумана, 1', addressLocality: 'Казань', addressCountry: 'RU' },
    email: 'privacy@lavanda.example',
    phone: '+7 (843) 200-00-00',
    piiControllerUrl: 'https://lavanda.example',
  },
  en: {
    piiController: 'Lavanda LLC',
    contact: 'Data protection officer',
    address: { streetAddress: 'Baumana st. 1', addressLocality: 'Kazan', addressCountry: 'RU' },
    email: 'privacy@lavanda.example',
    phone: '+7 (843) 200-00-00',
    piiControllerUrl: 'https://lavanda.example',
  },
};

function renderConsentDocs() {
  if (state.widget) return;
  const r = $('receipt');
  const p = $('payload');
  if (!state.receipt) r.textContent = t('consent.waiting');
  if (!p.dataset.filled) p.textContent = t('consent.waitingPayload');
}

function setupConsent() {
  const agree = $('consent-agree');
  agree.addEventListener('change', () => ($('consent-accept').disabled = !agree.checked));
  $('consent-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!agree.checked) return;
    const notice = $('consent-notice').textContent;
    state.receipt = await buildReceipt({
      notice,
      noticeVersion: `2026-11-01/${state.lang}`,
      language: state.lang,
      purposes: [t('consent.purpose1'), t('consent.purpose2')],
      method: t('consent.method'),
      controller: CONTROLLER[state.lang],
      policyUrl: 'https://lavanda.example/privacy',
    });
    $('receipt').textContent = JSON.stringify(state.receipt, null, 2);
    $('consent-form').hidden = true;
    $('chat-form').hidden = false;
    $('chat-message').value = $('input').value;
    $('chat-message').focus();
  });
  $('chat-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!state.policy || !state.receipt) return;
    const text = $('chat-message').value;
    let res;
    try {
      res = await state.engine.redact(text, 'chat');
    } catch (err) {
      $('chat-note').textContent = errorText(err);
      return;
    }
    if (!state.receipt) return; // withdrawn while the engine worked: nothing goes out
    if (res.blocked) {
      $('chat-note').textContent = t('try.blocked');
      return;
    }
    const payload = buildPayload({
      redacted: res.text,
      spans: res.spans,
      kinds: new Map(state.policyInfo.types.map((x) => [x.name, x.kind])),
      receipt: state.receipt,
      conversation: state.conversation,
    });
    $('payload').textContent = JSON.stringify(payload, null, 2);
    $('payload').dataset.filled = '1';
    $('chat-note').textContent = t('consent.sent') + (payload.escalate ? ` ${t('consent.escalate')}` : '');
  });
  $('consent-withdraw').addEventListener('click', () => {
    state.receipt = null;
    state.engine.wipe('chat').catch(() => {});
    agree.checked = false;
    $('consent-accept').disabled = true;
    $('chat-form').hidden = true;
    $('consent-form').hidden = false;
    delete $('payload').dataset.filled;
    $('chat-note').textContent = '';
    renderConsentDocs();
  });
  renderConsentDocs();
}

// The real widget, when `make widget` built it: mounted inline with data-* attributes that point
// at a fake endpoint; fetch() to that endpoint is answered here, in the page — nothing is sent.
const FAKE_ENDPOINT = () => new URL('__demo/chat', location.href).href;

function fakeReply(payload) {
  const toks = [...new Set(String(payload?.text || '').match(/<[A-Z][A-Z0-9_]*_\d+>/g) || [])];
  const who = toks.find((x) => x.startsWith('<PERSON')) || '';
  const contact = toks.find((x) => x.startsWith('<PHONE') || x.startsWith('<EMAIL')) || '';
  if (state.lang === 'ru')
    return `Спасибо${who ? `, ${who}` : ''}! Это ответ-заглушка этой страницы${contact ? `; подтверждение пришлём на ${contact}` : ''}. Запрос перехвачен, на сервер ничего не ушло.`;
  return `Thank you${who ? `, ${who}` : ''}! This is the page's stub reply${contact ? `; the confirmation goes to ${contact}` : ''}. The request was intercepted; nothing reached a server.`;
}

function installFetchInterceptor() {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href).href;
    if (url !== FAKE_ENDPOINT()) return realFetch(input, init);
    const body = typeof init.body === 'string' ? init.body : await new Request(input, init).text();
    let payload;
    try {
      payload = JSON.parse(body);
    } catch {
      payload = body;
    }
    showPayload(payload);
    return new Response(JSON.stringify({ reply: fakeReply(payload) }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

function showPayload(payload) {
  $('payload').textContent = typeof payload === 'string' ? payload : JSON.stringify(payload, null, 2);
  $('payload').dataset.filled = '1';
  if (payload && payload.consent) showReceipt(payload.consent);
}

function showReceipt(receipt) {
  $('receipt').textContent = receipt ? JSON.stringify(receipt, null, 2) : t('consent.waiting');
  $('receipt').dataset.filled = receipt ? '1' : '';
}

function mountWidget() {
  const api = window.ZaslonWidget;
  if (!api?.mount) return;
  state.widgetInstance?.destroy?.();
  $('widget-mount').replaceChildren();
  const lang = state.lang;
  state.widgetInstance = api.mount($('widget-mount'), {
    endpoint: FAKE_ENDPOINT(),
    operator: CONTROLLER[lang].piiController,
    operatorContact: CONTROLLER[lang].email,
    noticeUrl: new URL('#consent', location.href).href,
    noticeVersion: '2026-11-01',
    purposes: ['booking', 'consultation'],
    retention: lang === 'ru' ? '30 дней' : '30 days',
    title: t('consent.chatTitle'),
    lang,
    ...(state.widgetWasm ? { wasmUrl: new URL(state.widgetWasm, location.href).href } : {}),
    ...(state.widgetScalarWasm ? { scalarWasmUrl: new URL(state.widgetScalarWasm, location.href).href } : {}),
  });
}

async function setupWidget() {
  let build = null;
  try {
    const r = await fetch('build.json', { cache: 'no-store' });
    if (r.ok) build = await r.json();
  } catch {}
  if (!build?.widget) return;
  state.widget = build.widget;
  state.widgetWasm = build.widgetWasm || null;
  state.widgetScalarWasm = build.widgetScalarWasm || null;
  installFetchInterceptor();
  $('mock-widget').hidden = true;
  $('widget-host').hidden = false;
  showReceipt(null);
  $('payload').textContent = t('consent.waitingPayload');
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = build.widget;
    s.dataset.mount = 'manual'; // mounted inline below, not as a floating launcher
    s.onload = resolve;
    s.onerror = reject;
    document.body.append(s);
  }).catch(() => null);
  const api = window.ZaslonWidget;
  if (!api?.mount) {
    // The widget failed to load: fall back to the page's own consent flow.
    state.widget = null;
    $('mock-widget').hidden = false;
    $('widget-host').hidden = true;
    renderConsentDocs();
    return;
  }
  api.on('consent', (d) => showReceipt(d?.granted ? d.receipt : null));
  api.on('send', (d) => d?.payload && showPayload(d.payload));
  // The widget starts its engine lazily; if that fails, the page's own flow takes over.
  api.on('error', (d) => d?.kind === 'engine' && widgetFailed(d.message));
  mountWidget();
  document.documentElement.dataset.widget = 'ready';
}

function widgetFailed(message) {
  if (!state.widget) return;
  state.widget = null;
  state.widgetInstance?.destroy?.();
  state.widgetInstance = null;
  $('widget-host').hidden = true;
  $('mock-widget').hidden = false;
  $('widget-failed').hidden = false;
  delete $('payload').dataset.filled;
  showReceipt(null);
  renderConsentDocs();
  document.documentElement.dataset.widget = 'failed';
  document.documentElement.dataset.widgetError = String(message || '');
}

// ---------------------------------------------------------------- figures
let scanFigureTimer = 0;
function scheduleScanFigure() {
  clearTimeout(scanFigureTimer);
  scanFigureTimer = setTimeout(measureScan, 400);
}

// Scan time of the current text: as many runs as fit in ~40 ms, averaged (timer resolution in a
// browser is coarse, so one run of a short text would read 0).
// It runs on the page's thread (timer resolution), so only for a text the worker redacted quickly:
// a slow policy is never run here.
async function measureScan() {
  const text = $('input').value;
  const policy = state.policy;
  if (!policy || state.policyBroken || text !== state.text || state.lastRedactMs === Infinity) return;
  if (!(state.lastRedactMs < 250)) {
    // That redaction may have paid for a cold worker or a busy machine: time one warm scan.
    try {
      await state.engine.scan(text);
    } catch {
      return;
    }
    if (!(state.engine.lastMs < 250) || $('input').value !== text || state.policy !== policy) return;
  }
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  try {
    do {
      state.policy.scan(text);
      runs++;
      elapsed = performance.now() - t0;
    } while (runs < 2000 && (elapsed < 40 || (runs < 3 && elapsed < 120)));
  } catch {
    return;
  }
  state.figScan = { ms: elapsed / runs, runs, bytes: new TextEncoder().encode(text).length };
  updateFigureNotes();
}

function fmtTime(ms) {
  if (ms < 1) return `${num(ms * 1000, ms < 0.01 ? 1 : 0)} ${t('unit.us')}`;
  return `${num(ms, ms < 10 ? 2 : 1)} ${t('unit.ms')}`;
}

async function measureModule() {
  try {
    const r = await fetch(state.z && !state.z.build.simd128 ? 'zaslon-scalar.wasm' : 'zaslon.wasm');
    const buf = await r.arrayBuffer();
    state.wasmBytes = buf.byteLength;
    if (typeof CompressionStream === 'function') {
      const gz = await new Response(new Blob([buf]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
      state.wasmGzip = gz.byteLength;
    }
  } catch {}
  $('fig-size').dataset.bytes = String(state.wasmBytes);
  updateFigureNotes();
}

// Throughput on the ~1 MB sample: with the engine's built-in policy (the headline figure,
// comparable across visits) and with the policy currently on this page (custom rules and deny
// terms are regexes run over the whole text, so they cost more).
async function timeScan(policy, text, runs) {
  let found = policy.scan(text).length; // warm-up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    await new Promise((r) => setTimeout(r, 0)); // let the page breathe between runs
    const t0 = performance.now();
    found = policy.scan(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, found };
}

async function measureSpeed() {
  if (!state.policy) return;
  const btn = $('fig-run');
  btn.disabled = true;
  $('fig-speed').textContent = t('figures.running');
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const limit = Math.min(1_000_000, (state.policyInfo?.limits?.max_input_bytes || 1_048_576) - 1024);
  const { text, bytes } = benchmarkSample(limit);
  let builtin = null;
  try {
    builtin = state.z.compilePolicy();
    const a = await timeScan(builtin, text, 2);
    state.figSpeed = { mbs: bytes / 1e6 / (a.ms / 1000), bytes, found: a.found, pageMbs: null };
    $('fig-speed').dataset.mbs = String(state.figSpeed.mbs);
    if (state.policy && !state.policyBroken) {
      // The page's policy may be slow on purpose (an editor is for experiments): timed in the
      // worker, within a limit, round trip included.
      try {
        await state.engine.scan(text.slice(0, 1000), 10_000); // warm-up
        const t0 = performance.now();
        await state.engine.scan(text, 10_000);
        state.figSpeed.pageMbs = bytes / 1e6 / ((performance.now() - t0) / 1000);
      } catch {
        state.figSpeed.pageMbs = null;
      }
    }
  } catch (e) {
    $('fig-speed').textContent = '—';
    $('fig-speed-note').textContent = errorInfo(e).message;
  } finally {
    builtin?.delete?.();
    btn.disabled = false;
  }
  measureScan();
  updateFigureNotes();
}

function updateFigureNotes() {
  if (state.figScan) {
    $('fig-scan').textContent = fmtTime(state.figScan.ms);
    $('fig-scan').dataset.ms = String(state.figScan.ms);
    $('fig-scan-note').textContent = t('figures.scanNote', { kb: num(state.figScan.bytes / 1024, 1), runs: num(state.figScan.runs) });
    $('scan-meta').textContent = t('try.scan', { time: fmtTime(state.figScan.ms) });
  }
  if (state.figSpeed) {
    $('fig-speed').textContent = `${num(state.figSpeed.mbs, 1)} ${t('unit.mbs')}`;
    $('fig-speed-note').textContent =
      t('figures.speedNote', { mb: num(state.figSpeed.bytes / 1e6, 2), n: num(state.figSpeed.found) }) +
      (state.figSpeed.pageMbs ? ' ' + t('figures.speedPage', { mbs: `${num(state.figSpeed.pageMbs, 1)} ${t('unit.mbs')}` }) : '');
  }
  if (state.wasmBytes) {
    $('fig-size').textContent = `${num(state.wasmBytes / 1024)} ${t('unit.kb')}`;
    $('fig-size-note').textContent = state.wasmGzip ? t('figures.sizeNote', { gz: num(state.wasmGzip / 1024) }) : `${num(state.wasmBytes)} B`;
  }
  if (state.loadMs) $('fig-load').textContent = fmtTime(state.loadMs);
}

// ---------------------------------------------------------------- startup
function updateEngineStatus() {
  const st = $('engine-status');
  if (state.z) {
    st.className = 'status ok';
    $('engine-status-text').textContent = t('status.ready', { version: state.z.version, ms: num(state.loadMs) });
    $('footer-version').textContent = `zaslon ${state.z.version}`;
  }
}

function debounce(fn, ms) {
  let id = 0;
  return (...args) => {
    clearTimeout(id);
    id = setTimeout(() => fn(...args), ms);
  };
}

function wireUi() {
  for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
  for (const b of document.querySelectorAll('[data-example]')) {
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', () => {
      const ex = EXAMPLES.find((e) => e.id === b.dataset.example);
      state.replyDirty = false;
      setInput(ex[state.lang], ex.id);
    });
  }
  const onInput = debounce(render, 120);
  $('input').addEventListener('input', () => {
    state.exampleId = null;
    for (const b of document.querySelectorAll('[data-example]')) b.setAttribute('aria-pressed', 'false');
    onInput();
  });
  const ed = $('policy-editor');
  const onPolicy = debounce(() => compileEditor(), 250);
  ed.addEventListener('input', () => {
    ed.style.height = 'auto';
    ed.style.height = `${ed.scrollHeight + 2}px`;
    onPolicy();
  });
  ed.addEventListener('scroll', () => ($('backdrop').scrollLeft = ed.scrollLeft));
  ed.addEventListener('keydown', (e) => {
    // Tab inserts two spaces; Escape then Tab leaves the editor (keyboard users are not trapped).
    if (e.key === 'Escape') ed.dataset.escaped = '1';
    if (e.key === 'Tab' && !e.shiftKey && !ed.dataset.escaped) {
      e.preventDefault();
      document.execCommand('insertText', false, '  ');
    }
  });
  ed.addEventListener('blur', () => delete ed.dataset.escaped);
  $('policy-reset').addEventListener('click', () => setEditor(state.defaultPolicyText));
  $('policy-add-rule').addEventListener('click', () => {
    let obj;
    try {
      obj = JSON.parse(ed.value);
    } catch {
      return;
    }
    obj.rules = Array.isArray(obj.rules) ? obj.rules : [];
    if (!obj.rules.some((r) => r && r.id === EXTRA_RULE.id)) obj.rules.push(EXTRA_RULE);
    setEditor(obj);
    const add = state.lang === 'ru' ? '\nНомер заказа ORD-9F3A01C7.' : '\nOrder number ORD-9F3A01C7.';
    if (!$('input').value.includes('ORD-9F3A01C7')) setInput($('input').value + add, null);
  });
  $('policy-break').addEventListener('click', () => {
    let obj;
    try {
      obj = JSON.parse(ed.value);
    } catch {
      return;
    }
    obj.rules = Array.isArray(obj.rules) && obj.rules.length ? obj.rules : [{ ...EXAMPLE_RULE }];
    obj.rules[0] = { ...obj.rules[0], pattern: 'EMP-(\\d{6}' };
    setEditor(obj);
  });
  $('copy-output').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(state.result?.text ?? '');
      $('copy-output').textContent = t('try.copied');
      setTimeout(() => ($('copy-output').textContent = t('try.copy')), 1500);
    } catch {}
  });
  // Dirty at once, not after the debounce: a redaction that finishes in between (a policy
  // switch, typing) must not overwrite a reply the person has started to edit.
  const restoreSoon = debounce(restoreReply, 120);
  $('rt-reply').addEventListener('input', () => {
    state.replyDirty = true;
    restoreSoon();
  });
  $('rt-restore').addEventListener('click', restoreReply);
  $('rt-regenerate').addEventListener('click', () => {
    state.replyDirty = false;
    $('rt-reply').value = makeReply();
    restoreReply();
  });
  $('rt-wipe').addEventListener('click', async () => {
    await state.engine.wipe('try').catch(() => {});
    state.wiped = true;
    restoreReply();
  });
  $('fig-run').addEventListener('click', () => measureSpeed());
}

async function main() {
  let saved = null;
  try {
    saved = localStorage.getItem('zaslon-demo-lang');
  } catch {}
  state.lang = new URLSearchParams(location.search).get('lang') || saved || (navigator.language?.startsWith('en') ? 'en' : 'ru');
  if (!STRINGS[state.lang]) state.lang = 'ru';
  applyStrings();
  setupTooltip();
  wireUi();
  setupConsent();
  const first = EXAMPLES[0];
  $('input').value = first[state.lang];
  state.exampleId = first.id;
  document.querySelector(`[data-example="${first.id}"]`)?.setAttribute('aria-pressed', 'true');

  try {
    const mod = await import('./zaslon.mjs');
    state.ZaslonError = mod.ZaslonError;
    const t0 = performance.now();
    // zaslon.wasm (wasm SIMD) or, in a browser without it, zaslon-scalar.wasm: one is downloaded
    const files = {
      wasmUrl: new URL('./zaslon.wasm', import.meta.url).href,
      scalarWasmUrl: new URL('./zaslon-scalar.wasm', import.meta.url).href,
    };
    state.z = await mod.Zaslon.load(files);
    state.loadMs = performance.now() - t0;
    state.engine = new GuardedEngine({
      ...files,
      workerUrl: new URL('./worker.mjs', import.meta.url).href,
    });
    await state.engine.start();
  } catch (e) {
    const st = $('engine-status');
    st.className = 'status failed';
    $('engine-status-text').textContent = t('status.failed', { msg: errorInfo(e).message });
    document.documentElement.dataset.state = 'failed';
    return;
  }
  state.constants = state.z.constants;
  for (const ty of state.constants.types) state.builtinKinds.set(ty.name, ty.kind);
  updateEngineStatus();

  const base = state.z.compilePolicy('{"version": 1}');
  const info = base.info;
  base.delete?.();
  state.defaultPolicyText = stringifyPolicy(demoPolicyObject(info));
  $('policy-editor').value = state.defaultPolicyText;
  compileEditor();
  document.documentElement.dataset.state = 'ready';
  updateFigureNotes();
  measureModule();
  setupWidget();
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 300));
  idle(() => measureSpeed(), { timeout: 1500 });
  window.addEventListener('pagehide', () => {
    state.engine?.wipe('try').catch(() => {});
    state.engine?.wipe('chat').catch(() => {});
  });
}

main();
