// One chat widget: UI in a closed shadow root, consent, redaction in a worker, sending to the
// endpoint. Nothing is sent before consent; any failure of the engine, the policy or redaction
// keeps the message on the device. Message text is never logged.
//
// The host page is not trusted: it gets no reference to this object, the shadow root, the worker
// or the vault; events carry only what a site needs to react (see safeDetail). What an in-page
// widget cannot hide from a script that ran first is listed in docs/security.md.

import css from './styles.css';
import { texts, specialName, typeName } from './i18n.js';
import {
  createReceipt, loadReceipt, saveReceipt, deleteReceipt, pendingWithdrawals,
  setPendingWithdrawals, uuid, sha256Hex,
} from './consent.js';
import { Protector, WidgetError } from './engine.js';
import { importSealKey, seal } from './seal.js';

// Taken when the script is evaluated: a script that wraps fetch later (analytics, replay tools)
// does not see the widget's requests. They hold masked text only, but the fewer copies the better.
const post = window.fetch.bind(window);
// The same for the message box's value: a getter patched later cannot see what is read on Send.
const valueProp = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
const readValue = (el) => Reflect.apply(valueProp.get, el, []);
const writeValue = (el, v) => Reflect.apply(valueProp.set, el, [v]);
// Typing in the widget is its own business: key and input events (which carry the typed
// characters in e.key / e.data) stop at the shadow root instead of bubbling to the page's
// listeners. A listener in the capture phase still sees them first: docs/security.md.
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'change',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'select'];

// Session-replay and analytics tools each document their own "do not record" marker. The host
// element carries them (the shadow root is closed, but some recorders walk open roots or record
// the host box), and so do the message box and the conversation:
//   Yandex Metrica Webvisor: class ym-hide-content (elements), ym-disable-keys (fields);
//   Hotjar: data-hj-suppress; Microsoft Clarity: data-clarity-mask="true"; FullStory: class
//   fs-exclude; LogRocket: data-private; PostHog: class ph-no-capture; Sentry Replay: class
//   sentry-block / data-sentry-block.
const NO_RECORD_CLASS = 'ym-hide-content fs-exclude ph-no-capture sentry-block';
const NO_RECORD_ATTRS = {
  'data-hj-suppress': '', 'data-clarity-mask': 'true', 'data-private': '', 'data-sentry-block': '',
};
export function markPrivate(el, field) {
  el.className = `${el.className ? `${el.className} ` : ''}${NO_RECORD_CLASS}${field ? ' ym-disable-keys' : ''}`;
  for (const [k, v] of Object.entries(NO_RECORD_ATTRS)) el.setAttribute(k, v);
  return el;
}

/** What an event may tell the host page: never message text, originals, or engine objects. The
 * consent receipt is allowed (it names no one and is sent with every request anyway). */
function safeDetail(event, d) {
  const keep = {
    consent: ['granted', 'receipt', 'sensitive'],
    send: ['type', 'conversation', 'entities', 'topics', 'escalate'],
    escalate: ['conversation', 'topics'],
    error: ['kind', 'message'],
  }[event] || [];
  const out = {};
  for (const k of keep) if (d[k] !== undefined) out[k] = JSON.parse(JSON.stringify(d[k]));
  return Object.freeze(out);
}

const ICON_CHAT = '<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';
const ICON_CLOSE = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>';
const ICON_SEND = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 20.5 21 12 3 3.5 3 10l12 2-12 2z"/></svg>';
const ICON_SHIELD = '<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5z"/></svg>';

let counter = 0;

/** h('div', {class: 'x', onclick: fn}, child, 'text', ...) — a tiny DOM builder. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v == null) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'html') el.innerHTML = v; // only for the static icons above
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) el.append(c);
  }
  return el;
}

export class Widget {
  constructor(host, cfg, emitGlobal) {
    this.cfg = cfg;
    this.t = texts(cfg.lang);
    this.emitGlobal = emitGlobal;
    this.listeners = {};
    this.uid = `zw${++counter}`;
    this.conversation = uuid();
    this.protector = new Protector(cfg);
    this.receipt = null;
    this.escalated = false;
    this.busy = false;
    this.host = host;
    this.floating = !cfg.inline;
    this.scope = cfg.endpoint;
    this._build();
    this._restoreConsent();
    this._retryWithdrawals();
  }

  // ---- events ------------------------------------------------------------------------------

  on(event, fn) {
    (this.listeners[event] = this.listeners[event] || []).push(fn);
    return this;
  }

  off(event, fn) {
    this.listeners[event] = (this.listeners[event] || []).filter((f) => f !== fn);
    return this;
  }

  _emit(event, raw) {
    const detail = safeDetail(event, raw);
    for (const fn of (this.listeners[event] || []).slice()) {
      try { fn(detail); } catch (_) { /* a site's handler must not break the widget */ }
    }
    this.emitGlobal(event, detail);
    this.host.dispatchEvent(new CustomEvent(`zaslon:${event}`, { detail, bubbles: true, composed: true }));
  }

  // ---- DOM ---------------------------------------------------------------------------------

  _build() {
    const t = this.t;
    const id = (s) => `${this.uid}-${s}`;
    const root = this.host.attachShadow({ mode: 'closed' });
    this.root = root;
    for (const type of PRIVATE_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
    // A constructed stylesheet is not blocked by a strict style-src CSP; <style> is the fallback.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch (_) {
      root.append(h('style', null, css));
    }

    this.launcher = this.floating ? h('button', {
      class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': id('panel'),
      'aria-label': t.open, html: ICON_CHAT, onclick: () => this.toggle(),
    }) : null;

    // Header
    this.consentBtn = h('button', { class: 'link', type: 'button', hidden: true, onclick: () => this._showReceipt() }, t.myConsent);
    const closeBtn = this.floating ? h('button', {
      class: 'icon', type: 'button', 'aria-label': t.close, html: ICON_CLOSE, onclick: () => this.close(),
    }) : null;
    const header = h('header', { class: 'head' },
      h('div', { class: 'titles' },
        h('h2', { id: id('title'), class: 'title' }, this.cfg.title || t.title),
        h('p', { class: 'sub' }, h('span', { html: ICON_SHIELD }), ' ', t.subtitle)),
      closeBtn);

    // Chat log: aria-live so screen readers announce replies.
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': this.cfg.title || t.title, tabindex: '0' },
      h('div', { class: 'msg op' }, h('div', { class: 'bubble' }, t.welcome)));

    // Consent notice: the text of this block (textContent) is exactly what is hashed.
    this.checkbox = h('input', { type: 'checkbox', id: id('consent'), 'data-zaslon-consent-checkbox': true });
    this.checkbox.checked = false;
    this.checkbox.addEventListener('change', () => this._onConsentChange());
    // The notice scrolls; the checkbox below it stays in view. Paragraphs are joined by '\n' text
    // nodes so that textContent is a readable, stable text (invisible in the layout).
    const scroll = h('div', { class: 'nscroll', tabindex: '0', 'aria-labelledby': id('nhead') });
    [
      h('h3', { class: 'nhead', id: id('nhead') }, t.noticeHeading),
      ...t.notice(this.cfg).map((p) => h('p', null, p)),
      h('p', null, h('a', { href: this.cfg.noticeUrl, target: '_blank', rel: 'noopener' }, t.noticeLink)),
    ].forEach((p, i) => { if (i) scroll.append('\n'); scroll.append(p); });
    this.notice = h('div', { class: 'notice', 'data-zaslon-notice': true }, scroll, '\n',
      h('label', { class: 'check', for: id('consent') }, this.checkbox, h('span', null, t.consentLabel)));
    this.noticeBox = h('div', { class: 'consent', role: 'group', 'aria-labelledby': id('nhead') }, this.notice);

    // Separate consent for special categories (shown when needed).
    this.specialBox = h('div', { class: 'consent special', hidden: true, 'data-zaslon-special': true });
    this.specialCheck = null;

    this.alert = h('div', { class: 'alert', role: 'alert', 'data-zaslon-alert': true, hidden: true });

    // Composer
    this.input = h('textarea', {
      id: id('input'), rows: '2', placeholder: t.placeholder, 'aria-describedby': id('hint'),
      autocomplete: 'off', 'data-zaslon-input': true,
    });
    markPrivate(this.input, true);
    markPrivate(this.log);
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); this._submit(); }
    });
    this.sendBtn = h('button', { class: 'send', type: 'submit', disabled: true, 'aria-label': t.send, html: ICON_SEND, 'data-zaslon-send': true });
    this.hint = h('p', { id: id('hint'), class: 'sr' }, t.consentHint);
    this.composer = h('form', { class: 'composer', onsubmit: (e) => { e.preventDefault(); this._submit(); } },
      h('label', { class: 'sr', for: id('input') }, t.inputLabel), this.input, this.sendBtn);

    // Footer actions
    this.contactBtn = this.cfg.contact ? h('button', { class: 'link', type: 'button', onclick: () => this._showContact() }, t.contactOpen) : null;
    const footer = h('div', { class: 'foot' }, this.hint, this.consentBtn, h('span', { class: 'grow' }), this.contactBtn);

    // Secondary views: receipt and contact form
    this.receiptView = h('div', { class: 'view', hidden: true, 'data-zaslon-receipt': true });
    this.contactView = this.cfg.contact ? this._buildContact(id) : null;

    this.chatView = h('div', { class: 'chat' }, this.log, this.noticeBox, this.specialBox, this.alert, this.composer, footer);
    this.panel = h('section', {
      class: 'panel', id: id('panel'), role: this.floating ? 'dialog' : 'region', 'aria-labelledby': id('title'),
      hidden: this.floating,
    }, header, this.chatView, this.receiptView, this.contactView);
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.floating) { e.stopPropagation(); this.close(); }
    });
    root.append(h('div', { class: `root ${this.floating ? 'floating' : 'inline'} ${this.cfg.position === 'left' ? 'left' : ''}` }, this.panel, this.launcher));
    this._renderConsentState();
  }

  _buildContact(id) {
    const t = this.t;
    this.cName = h('input', { id: id('cname'), type: 'text', autocomplete: 'name', required: true, 'data-zaslon-contact-name': true });
    this.cPhone = h('input', { id: id('cphone'), type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, 'data-zaslon-contact-phone': true });
    this.cAlert = h('p', { class: 'alert', role: 'alert', hidden: true });
    this.cHeading = h('h3', { tabindex: '-1' }, t.contactHeading);
    const form = h('form', { class: 'contact', novalidate: true, onsubmit: (e) => { e.preventDefault(); this._sendContact(); } },
      this.cHeading,
      h('p', { class: 'muted' }, t.contactNote(this.cfg.operator)),
      h('label', { for: id('cname') }, t.contactName), this.cName,
      h('label', { for: id('cphone') }, t.contactPhone), this.cPhone,
      this.cAlert,
      h('div', { class: 'row' },
        h('button', { class: 'secondary', type: 'button', onclick: () => this._showChat(this.contactBtn) }, t.contactCancel),
        h('button', { class: 'primary', type: 'submit', 'data-zaslon-contact-send': true }, t.contactSend)));
    return h('div', { class: 'view', hidden: true, 'data-zaslon-contact': true }, form);
  }

  // ---- open / close ------------------------------------------------------------------------

  open() {
    if (!this.floating) return;
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.root.querySelector('.root').classList.add('open');
    this.protector.init().catch(() => { /* reported when the visitor sends */ });
    (this.receipt ? this.input : this.checkbox).focus({ preventScroll: true });
  }

  close() {
    if (!this.floating) return;
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.root.querySelector('.root').classList.remove('open');
    this.launcher.focus();
  }

  toggle() { if (this.panel.hidden) this.open(); else this.close(); }

  // ---- consent -----------------------------------------------------------------------------

  /** The exact notice text shown to the visitor (hashed into the receipt). */
  noticeText() { return this.notice.textContent; }

  async _restoreConsent() {
    const stored = loadReceipt(this.scope);
    if (!stored) return;
    const fresh = await createReceipt(this.cfg, this.noticeText());
    if (stored.noticeHash === fresh.noticeHash && stored.noticeVersion === this.cfg.noticeVersion) {
      this.receipt = stored;
      this.checkbox.checked = true;
      this._renderConsentState();
    }
  }

  async _onConsentChange() {
    if (!this.checkbox.checked) { this.receipt = null; this._renderConsentState(); return; }
    let receipt;
    try {
      receipt = await createReceipt(this.cfg, this.noticeText());
    } catch (e) {
      // No WebCrypto (a page served over plain HTTP): no receipt, so no consent and no sending.
      this.checkbox.checked = false;
      this._showAlert(this.t.errInsecure);
      this._emit('error', { kind: 'insecure', message: this.t.errInsecure });
      return;
    }
    if (!this.checkbox.checked) return; // unticked meanwhile
    this.receipt = receipt;
    saveReceipt(this.scope, receipt);
    this._renderConsentState();
    this._emit('consent', { granted: true, receipt });
    this.input.focus();
  }

  _renderConsentState() {
    const ok = !!this.receipt;
    this.noticeBox.hidden = ok;
    this.consentBtn.hidden = !ok;
    this.sendBtn.disabled = !ok || this.busy;
    if (ok) this.input.removeAttribute('aria-describedby');
    else this.input.setAttribute('aria-describedby', this.hint.id);
    if (ok) this._hideAlert();
  }

  _showSpecial(topics) {
    const t = this.t;
    const cats = topics.map((x) => specialName(this.cfg.lang, x)).join(', ');
    const cid = `${this.uid}-special`;
    this.specialCheck = h('input', { type: 'checkbox', id: cid, 'data-zaslon-special-checkbox': true });
    this.specialCheck.checked = false;
    this.specialText = h('div', { class: 'notice' },
      h('h3', { class: 'nhead' }, t.specialHeading), '\n',
      h('p', null, t.specialText(cats)), '\n',
      h('label', { class: 'check', for: cid }, this.specialCheck, h('span', null, t.specialLabel)));
    this.specialBox.replaceChildren(this.specialText, h('p', { class: 'hint' }, t.specialHint));
    this.specialBox.hidden = false;
    this.specialCheck.addEventListener('change', async () => {
      if (!this.specialCheck.checked) return;
      const categories = Array.from(new Set([...(this.receipt.spiCat || []), ...topics]));
      const receipt = await createReceipt(this.cfg, this.noticeText(), {
        categories, noticeHash: await sha256Hex(this.specialText.textContent),
      });
      this.receipt = receipt;
      saveReceipt(this.scope, receipt);
      this._emit('consent', { granted: true, receipt, sensitive: true });
      this.specialCheck.disabled = true;
      this.input.focus();
    });
    this.specialCheck.focus();
  }

  _hideSpecial() { this.specialBox.hidden = true; this.specialBox.replaceChildren(); }

  _showReceipt() {
    const t = this.t;
    const r = this.receipt;
    if (!r) return;
    const f = t.receiptFields;
    const when = new Date(r.consentTimestamp * 1000).toLocaleString(this.cfg.lang === 'en' ? 'en-GB' : 'ru-RU');
    const rows = [
      [f.consentReceiptID, r.consentReceiptID],
      [f.consentTimestamp, when],
      [f.piiControllers, r.piiControllers.map((c) => c.piiController).join('; ')],
      [f.purposes, r.services.flatMap((s) => s.purposes.map((p) => p.purpose)).join(', ')],
      [f.noticeVersion, r.noticeVersion || '—'],
      [f.noticeHash, r.noticeHash],
      [f.sensitive, r.sensitive ? `${t.yes}: ${r.spiCat.map((c) => specialName(this.cfg.lang, c)).join(', ')}` : t.no],
    ];
    const json = JSON.stringify(r, null, 2);
    const blobUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    this.receiptHeading = h('h3', { tabindex: '-1' }, t.receiptHeading);
    this.receiptView.replaceChildren(
      this.receiptHeading,
      h('p', { class: 'muted' }, t.receiptIntro),
      h('dl', { class: 'receipt' }, rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
      h('details', null, h('summary', null, 'JSON'), h('pre', { 'data-zaslon-receipt-json': true }, json)),
      h('p', null, h('a', { href: blobUrl, download: `consent-${r.consentReceiptID}.json` }, t.download)),
      h('div', { class: 'row' },
        h('button', { class: 'secondary', type: 'button', onclick: () => { URL.revokeObjectURL(blobUrl); this._showChat(this.consentBtn); } }, t.back),
        h('button', { class: 'danger', type: 'button', 'data-zaslon-withdraw': true, onclick: () => { URL.revokeObjectURL(blobUrl); this.withdraw(); } }, t.withdraw)));
    this.chatView.hidden = true;
    if (this.contactView) this.contactView.hidden = true;
    this.receiptView.hidden = false;
    this.receiptHeading.focus();
  }

  _showContact() {
    if (!this.receipt) { this._showAlert(this.t.contactNeedsConsent); this.checkbox.focus(); return; }
    this.chatView.hidden = true;
    this.receiptView.hidden = true;
    this.contactView.hidden = false;
    this.cAlert.hidden = true;
    this.cName.focus();
  }

  _showChat(focusEl) {
    this.receiptView.hidden = true;
    if (this.contactView) this.contactView.hidden = true;
    this.chatView.hidden = false;
    (focusEl && !focusEl.hidden ? focusEl : this.input).focus();
  }

  /** Withdraws consent: stops sending, forgets pseudonyms, tells the endpoint. */
  async withdraw() {
    const receipt = this.receipt;
    if (!receipt) return;
    this.receipt = null;
    deleteReceipt(this.scope);
    this.checkbox.checked = false;
    this.protector.resetVault().catch(() => {});
    this._hideSpecial();
    this._renderConsentState();
    this._showChat(this.checkbox);
    this._system(this.t.withdrawn);
    this._emit('consent', { granted: false, receipt });
    const body = { type: 'withdraw', consent: receipt, conversation: this.conversation, sent_at: new Date().toISOString() };
    try {
      await this._post(body);
    } catch (_) {
      setPendingWithdrawals(this.scope, [...pendingWithdrawals(this.scope), body]);
      this._system(this.t.withdrawFailed);
    }
  }

  async _retryWithdrawals() {
    const list = pendingWithdrawals(this.scope);
    if (!list.length) return;
    const left = [];
    for (const body of list) {
      try { await this._post(body); } catch (_) { left.push(body); }
    }
    setPendingWithdrawals(this.scope, left);
  }

  // ---- messages ----------------------------------------------------------------------------

  _setBusy(b) {
    this.busy = b;
    this.sendBtn.disabled = b || !this.receipt;
    this.composer.setAttribute('aria-busy', b ? 'true' : 'false');
  }

  _showAlert(msg) { this.alert.textContent = msg; this.alert.hidden = false; }
  _hideAlert() { this.alert.hidden = true; this.alert.textContent = ''; }

  _fail(err) {
    const kind = err instanceof WidgetError ? err.kind : 'redact';
    const t = this.t;
    const msg = {
      engine: t.errEngine, policy: t.errPolicy, hash: t.errHash, blocked: t.errBlocked, timeout: t.errTimeout,
      consent: t.errConsentGone,
    }[kind] || t.errRedact;
    // The worker was ended with the conversation's vault: its pseudonyms cannot be restored or
    // continued, so the next message starts a new conversation.
    if (kind === 'timeout') { this.conversation = uuid(); this.escalated = false; }
    this._showAlert(msg);
    this._emit('error', { kind, message: msg });
    this.input.focus();
  }

  /** The Send button: consent check, redaction on the device, then POST. */
  async _submit() {
    if (this.busy) return;
    if (!this.receipt) { this._showAlert(this.t.consentHint); this.checkbox.focus(); return; }
    const text = readValue(this.input);
    if (!text.trim()) return;
    this._setBusy(true);
    try {
      let r;
      try {
        r = await this.protector.redact(text);
      } catch (e) {
        this._fail(e);
        return;
      }
      if (r.blocked) { this._fail(new WidgetError('blocked')); return; }
      if (!this.receipt) { this._fail(new WidgetError('consent')); return; } // withdrawn meanwhile

      let escalate = this.escalated;
      if (r.topics.length) {
        if (this.cfg.sensitive === 'consent') {
          const missing = r.topics.filter((x) => !(this.receipt.spiCat || []).includes(x));
          if (missing.length) { this._showSpecial(missing); return; }
        } else {
          escalate = true;
        }
      }

      const receipt = this.receipt;
      const payload = {
        text: r.text,
        entities: r.entities,
        topics: r.topics,
        escalate,
        consent: receipt,
        conversation: this.conversation,
        sent_at: new Date().toISOString(),
      };
      if (this.cfg.sealKey && r.removed.length) {
        try {
          if (!this.sealKey) this.sealKey = await importSealKey(this.cfg.sealKey);
          payload.sealed = await seal(this.sealKey, { conversation: this.conversation, values: r.removed });
        } catch (e) {
          this._fail(new WidgetError('policy', e));
          return;
        }
      }
      // The visitor may withdraw (or re-consent) while the engine loads, redacts or seals: only
      // the consent in force now may carry the message.
      if (this.receipt !== receipt) { this._fail(new WidgetError('consent')); return; }

      // Committed: the text leaves the input box and appears as a bubble.
      this._hideAlert();
      this._hideSpecial();
      writeValue(this.input, '');
      const bubble = this._userBubble(text, r);
      if (escalate && !this.escalated) {
        this.escalated = true;
        this._system(this.t.escalated);
        this._emit('escalate', { conversation: this.conversation, topics: r.topics });
      }
      await this._deliver(payload, bubble);
    } finally {
      this._setBusy(false);
    }
  }

  async _deliver(payload, bubble) {
    const status = bubble.querySelector('.status');
    status.textContent = this.t.sending;
    status.className = 'status';
    let reply;
    try {
      reply = await this._post(payload);
    } catch (_) {
      status.textContent = this.t.notDelivered;
      status.className = 'status failed';
      const retry = h('button', {
        class: 'link', type: 'button', 'data-zaslon-retry': true,
        onclick: () => {
          retry.remove();
          if (!this.receipt) return; // consent withdrawn meanwhile: never send
          this._deliver({ ...payload, consent: this.receipt }, bubble);
        },
      }, this.t.retry);
      status.after(retry);
      this._showAlert(this.t.errNetwork);
      this._emit('error', { kind: 'network', message: this.t.errNetwork });
      return;
    }
    status.textContent = '';
    this._hideAlert();
    this._emit('send', { type: 'message', ...payload });
    if (reply) await this._reply(reply);
  }

  /** POSTs JSON to the endpoint; resolves with the reply text ('' if none); throws on failure. */
  async _post(body) {
    const res = await post(this.cfg.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const type = res.headers.get('content-type') || '';
    const raw = await res.text();
    if (type.includes('json')) {
      try {
        const obj = JSON.parse(raw);
        return typeof obj === 'string' ? obj : (obj && typeof obj.reply === 'string' ? obj.reply : '');
      } catch (_) { return ''; }
    }
    return raw;
  }

  /** The visitor's own bubble: their original text with what was masked highlighted. */
  _userBubble(text, r) {
    const t = this.t;
    const body = h('div', { class: 'bubble' });
    let pos = 0;
    const masked = r.spans.filter((s) => s.kind !== 'topic' && s.action !== 'allow');
    for (const s of masked) {
      if (s.start < pos) continue;
      body.append(text.slice(pos, s.start));
      body.append(h('mark', { title: `${typeName(this.cfg.lang, s.type)} → ${s.replacement}`, 'data-type': s.type }, text.slice(s.start, s.end)));
      pos = s.end;
    }
    body.append(text.slice(pos));
    const kinds = Array.from(new Set(masked.map((s) => typeName(this.cfg.lang, s.type))));
    const meta = h('div', { class: 'meta' },
      masked.length ? h('span', { class: 'masked' }, t.masked(kinds.join(', '))) : null,
      h('span', { class: 'status', 'aria-live': 'polite' }));
    const details = masked.length
      ? h('details', { class: 'sent' }, h('summary', null, t.showSent), h('div', { class: 'redacted', 'data-zaslon-redacted': true }, r.text))
      : null;
    const msg = h('div', { class: 'msg me', 'data-zaslon-user-message': true }, h('span', { class: 'sr' }, `${t.you}: `), body, meta, details);
    this.log.append(msg);
    this.log.scrollTop = this.log.scrollHeight;
    return msg;
  }

  async _reply(reply) {
    const text = await this.protector.restore(reply);
    this.log.append(h('div', { class: 'msg op', 'data-zaslon-reply': true }, h('span', { class: 'sr' }, `${this.t.operator}: `), h('div', { class: 'bubble' }, text)));
    this.log.scrollTop = this.log.scrollHeight;
  }

  _system(text) {
    this.log.append(h('div', { class: 'msg sys', 'data-zaslon-system': true }, text));
    this.log.scrollTop = this.log.scrollHeight;
  }

  async _sendContact() {
    const t = this.t;
    if (!this.receipt) { this.cAlert.textContent = t.contactNeedsConsent; this.cAlert.hidden = false; return; }
    const name = this.cName.value.trim();
    const phone = this.cPhone.value.trim();
    if (!name || !/\d{5,}/.test(phone.replace(/\D/g, ''))) {
      this.cAlert.textContent = t.contactInvalid;
      this.cAlert.hidden = false;
      (name ? this.cPhone : this.cName).focus();
      return;
    }
    const payload = { type: 'contact', contact: { name, phone }, consent: this.receipt, conversation: this.conversation, sent_at: new Date().toISOString() };
    try {
      await this._post(payload);
    } catch (_) {
      this.cAlert.textContent = t.errNetwork;
      this.cAlert.hidden = false;
      this._emit('error', { kind: 'network', message: t.errNetwork });
      return;
    }
    this.cName.value = '';
    this.cPhone.value = '';
    this._emit('send', { type: 'contact', conversation: this.conversation });
    this._showChat(this.contactBtn);
    this._system(t.contactSent);
  }

  /** Removes the widget and wipes the conversation's pseudonyms. */
  destroy() {
    // Terminating the worker frees its memory, the vault with the originals included.
    this.protector.destroy();
    this.host.remove();
  }
}
