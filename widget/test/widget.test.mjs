// End-to-end tests of the chat widget: a real Chromium (playwright-core) on a local shop page
// served by ./server.mjs, which records every request. No fixed sleeps: every wait is for a
// condition (an element, a recorded request); the timeouts only turn a hang into a failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { webcrypto as wc, createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { Zaslon } from '../../wasm/dist/zaslon.mjs';
import { defaultPolicy } from '../src/engine.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const T = { timeout: 90_000 };
const WAIT = 30_000; // upper bound for any single wait: a hang becomes a clear failure

let browser;
let srv;
let engineFacts; // the widget's engine and default policy, run here in Node (same zaslon.wasm)

before(async () => {
  const exe = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`Chromium not found at ${exe}: install it (apt-get install chromium) or set CHROMIUM`);
  srv = await startServer();
  const z = await Zaslon.load({ wasmUrl: join(ROOT, 'widget', 'dist', 'zaslon.wasm') });
  const names = new Map(z.constants.types.map((x) => [x.id, x.name]));
  engineFacts = {
    policy: z.compilePolicy(JSON.stringify(defaultPolicy(z.constants))),
    kinds: new Map(z.constants.types.map((x) => [x.name, x.kind])),
    typeName: (id) => (typeof id === 'number' ? names.get(id) || String(id) : String(id)),
    topicNames: () => z.constants.types.filter((x) => x.kind === 'topic').map((x) => x.name),
  };
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync',
      // shop.test -> the local server: a plain-HTTP origin that is not a secure context.
      '--host-resolver-rules=MAP shop.test 127.0.0.1'],
  });
});

after(async () => {
  await browser?.close();
  await srv?.close();
});

// A Luhn-valid card number (computed, so the fixture cannot be wrong).
function luhn(prefix15) {
  const d = prefix15.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let x = d[14 - i];
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return prefix15 + ((10 - (sum % 10)) % 10);
}
const CARD = luhn('427638001234567');
const CARD_SPACED = CARD.replace(/(\d{4})(?=\d)/g, '$1 ');

// Personal data that must never leave the device (raw forms and digit-only forms).
const PII = {
  phoneRu: '+7 (912) 345-67-89',
  email: 'anna.petrova@example.ru',
  inn: '500100732259',
  snils: '112-233-445 95',
  card: CARD_SPACED,
  phoneEn: '+7 916 123-45-67',
  emailEn: 'john.smith@example.com',
};
const MESSAGE_RU = `Здравствуйте! Хочу записаться на маникюр. Мой телефон ${PII.phoneRu}, почта ${PII.email}, `
  + `ИНН ${PII.inn}, СНИЛС ${PII.snils}, оплачу картой ${PII.card}.`;
const MESSAGE_EN = `Hi, I'd like to book a haircut. Call me on ${PII.phoneEn} or write to ${PII.emailEn}; `
  + `my card is ${PII.card}.`;
const digits = (s) => s.replace(/\D/g, '');

const RU = {
  open: 'Открыть чат', consent: /Я даю согласие на обработку моих/, input: 'Ваше сообщение', send: 'Отправить',
};
const EN = { open: 'Open chat', consent: /I consent to the processing/, input: 'Your message', send: 'Send' };

/** Opens a fresh browser context on a new shop page. */
async function visit(t, pageOpts = {}, { viewport = { width: 1280, height: 800 }, lang = RU, init, host, closed = false } = {}) {
  const origin = host ? srv.origin.replace('127.0.0.1', host) : srv.origin;
  const context = await browser.newContext({ viewport, locale: lang === EN ? 'en-GB' : 'ru-RU' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const foreign = [];
  const logs = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'blob:' && u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
  });
  page.on('console', (m) => logs.push(m.text()));
  page.on('pageerror', (e) => logs.push(String(e)));
  t.after(() => context.close());
  // Playwright cannot see into a closed shadow root, so these tests open it the way any script that
  // runs before the widget could (docs/security.md: why an in-page widget cannot prevent that).
  // The isolation test (closed: true) leaves it closed.
  if (!closed) {
    await context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (o) { return attach.call(this, { ...o, mode: 'open' }); };
    });
  }
  if (init) await init(page);
  const from = srv.requests.length;
  await page.goto(srv.page(pageOpts).replace(srv.origin, origin));
  const ui = {
    page,
    from,
    foreign,
    logs,
    launcher: () => page.getByRole('button', { name: lang.open }),
    checkbox: () => page.getByRole('checkbox', { name: lang.consent }),
    input: () => page.getByRole('textbox', { name: lang.input }),
    sendBtn: () => page.getByRole('button', { name: lang.send, exact: true }),
    alert: () => page.locator('[data-zaslon-alert]'),
    async open() { await ui.launcher().click(); await ui.input().waitFor(); },
    async consent() { await ui.checkbox().check(); await page.locator('[data-zaslon-notice]').waitFor({ state: 'hidden' }); },
    async noticeText() { return page.locator('[data-zaslon-notice]').evaluate((el) => el.textContent); },
    async send(text) { await ui.input().fill(text); await ui.sendBtn().click(); },
    /** Chat-endpoint POSTs made by this page. */
    posts() { return srv.requests.slice(from).filter((r) => r.method === 'POST' && r.url === '/api/chat'); },
    waitPost(pred = () => true) {
      return srv.waitFor((r) => r.method === 'POST' && r.url === '/api/chat' && pred(r.json || {}), from);
    },
    /** Engine facts: the widget's engine and default policy, in Node (the page holds no handle). */
    engine(fnSrc, arg) {
      return new Function('p', 'a', fnSrc)(engineFacts, arg); // eslint-disable-line no-new-func
    },
    /** Final checks every test makes: nothing left the site's origin; no PII in console output. */
    assertClean() {
      assert.deepEqual(foreign, [], 'no request may go anywhere but the site');
      for (const v of Object.values(PII)) {
        assert.ok(!logs.some((l) => l.includes(v)), 'message text must never be logged');
      }
    },
  };
  return ui;
}

function assertNoPII(raw) {
  for (const [name, v] of Object.entries(PII)) {
    assert.ok(!raw.includes(v), `raw ${name} must not be in the request`);
    if (digits(v).length >= 6) assert.ok(!raw.includes(digits(v)), `digits of ${name} must not be in the request`);
  }
}

const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

test('nothing is sent before consent; Send is disabled until the box is ticked', T, async (t) => {
  const ui = await visit(t);
  await ui.open();
  assert.equal(await ui.checkbox().isChecked(), false, 'consent box starts unchecked');
  assert.equal(await ui.sendBtn().isDisabled(), true, 'Send disabled before consent');
  await ui.input().fill(MESSAGE_RU);
  await ui.input().press('Enter'); // the keyboard path must not bypass consent either
  await ui.alert().filter({ hasText: 'Отметьте согласие' }).waitFor();
  assert.equal(await ui.input().inputValue(), MESSAGE_RU, 'text stays in the box');
  assert.equal(ui.posts().length, 0, 'no request to the endpoint before consent');
  assert.equal(await ui.page.evaluate(() => Object.keys(localStorage).length), 0, 'no receipt before consent');
  // The first request the endpoint ever sees from this page is the consented message.
  await ui.consent();
  assert.equal(await ui.sendBtn().isDisabled(), false);
  await ui.sendBtn().click();
  await ui.waitPost();
  assert.equal(ui.posts().length, 1);
  assert.ok(ui.posts()[0].json.consent, 'the first message carries the receipt');
  ui.assertClean();
});

test('a message full of PII leaves the device redacted, with a complete consent receipt', T, async (t) => {
  const ui = await visit(t);
  await ui.open();
  const notice = await ui.noticeText();
  for (const part of ['ООО «Салон Лилия», ИНН 1655000000', 'консультация', 'запись на услугу', 'Срок хранения', 'отозвать']) {
    assert.ok(notice.includes(part), `notice names: ${part}`);
  }
  assert.equal(await ui.page.getByRole('link', { name: 'Политика обработки персональных данных' }).getAttribute('href'), `${srv.origin}/privacy`);
  await ui.consent();
  await ui.send(MESSAGE_RU);
  const req = await ui.waitPost();
  assertNoPII(req.raw);
  const body = req.json;
  assert.deepEqual(Object.keys(body).sort(),
    ['consent', 'conversation', 'entities', 'escalate', 'sent_at', 'text', 'topics'].sort(), 'payload keys');
  assert.equal(typeof body.text, 'string');
  assert.ok(body.text.startsWith('Здравствуйте! Хочу записаться на маникюр.'), 'the rest of the text is kept');
  assert.match(body.text, /<PHONE_NUMBER_1>/, 'phone pseudonymised');
  assert.match(body.text, /<EMAIL_ADDRESS_1>/, 'e-mail pseudonymised');
  assert.match(body.text, /\[RU_INN\]/, 'INN labelled');
  assert.match(body.text, /\[CREDIT_CARD\]/, 'card labelled');
  assert.match(body.text, /\[RU_SNILS\]/, 'SNILS labelled');
  for (const k of ['PHONE_NUMBER', 'EMAIL_ADDRESS', 'RU_INN', 'RU_SNILS', 'CREDIT_CARD']) {
    assert.equal(body.entities[k], 1, `entities.${k}`);
  }
  assert.deepEqual(body.topics, []);
  assert.equal(body.escalate, false);
  assert.match(body.conversation, /^[0-9a-f-]{36}$/);
  assert.ok(!Number.isNaN(Date.parse(body.sent_at)) && body.sent_at.endsWith('Z'), 'sent_at is ISO time');
  assert.equal(req.headers['content-type'], 'application/json');

  // The receipt: Kantara CR 1.1 fields + notice hash of the exact text shown.
  const r = body.consent;
  assert.equal(r.version, 'KI-CR-v1.1.0');
  assert.equal(r.jurisdiction, 'RU');
  assert.ok(Number.isInteger(r.consentTimestamp) && r.consentTimestamp > 1.7e9);
  assert.equal(r.collectionMethod, 'chat-widget checkbox');
  assert.match(r.consentReceiptID, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(r.piiControllers[0].piiController, 'ООО «Салон Лилия», ИНН 1655000000');
  assert.equal(r.policyUrl, `${srv.origin}/privacy`);
  assert.deepEqual(r.services[0].purposes.map((p) => p.purposeCategory[0]), ['consultation', 'booking']);
  assert.ok(r.services[0].purposes.every((p) => p.consentType === 'EXPLICIT' && p.termination));
  assert.equal(r.sensitive, false);
  assert.deepEqual(r.spiCat, []);
  assert.equal(r.noticeVersion, '2025-09-01');
  assert.equal(r.noticeHash, sha256(notice), 'noticeHash = SHA-256 of the notice text shown');
  // Kept on the device.
  const stored = await ui.page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('zaslon.consent')));
  assert.deepEqual(JSON.parse(stored[1]), r);

  // The visitor sees what was masked in their own bubble.
  const bubble = ui.page.locator('[data-zaslon-user-message]');
  await bubble.waitFor();
  const marks = await bubble.locator('mark').allTextContents();
  for (const v of [PII.phoneRu, PII.email, PII.inn, PII.snils, PII.card]) assert.ok(marks.includes(v), `highlighted: ${v}`);
  assert.equal(await bubble.locator('[data-zaslon-redacted]').textContent(), body.text, 'shows what the site received');

  // Reply with pseudonyms is shown restored (locally, from the vault).
  const reply = ui.page.locator('[data-zaslon-reply]');
  await reply.waitFor();
  const shown = await reply.textContent();
  assert.ok(shown.includes(PII.phoneRu) && shown.includes(PII.email), 'pseudonyms restored in the reply');
  assert.ok(!shown.includes('<PHONE_NUMBER_1>'));
  assert.equal(await ui.page.locator('[role="log"]').getAttribute('aria-live'), 'polite', 'replies are announced');

  // A second message in the same conversation reuses the pseudonym and the conversation id.
  await ui.send(`Ещё раз мой номер: ${PII.phoneRu}`);
  const second = await ui.waitPost((b) => b.text && b.text.startsWith('Ещё раз'));
  assert.equal(second.json.conversation, body.conversation);
  assert.match(second.json.text, /<PHONE_NUMBER_1>/);
  assertNoPII(second.raw);

  // The receipt is shown on request.
  await ui.page.getByRole('button', { name: 'Моё согласие' }).click();
  const view = ui.page.locator('[data-zaslon-receipt]');
  await view.waitFor();
  const viewText = await view.textContent();
  assert.ok(viewText.includes(r.consentReceiptID) && viewText.includes(r.noticeHash));
  // One engine module downloaded, the one this browser runs (Chromium has wasm SIMD), never both.
  const wasmGets = srv.requests.slice(ui.from).map((q) => new URL(q.url, srv.origin).pathname).filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasmGets, ['/zaslon.wasm']);
  ui.assertClean();
});

test('English page: English notice and texts, PII masked', T, async (t) => {
  const ui = await visit(t, { attrs: { 'data-lang': 'en', 'data-operator': 'Lily Salon LLC, INN 1655000000' } }, { lang: EN });
  await ui.open();
  const notice = await ui.noticeText();
  assert.ok(notice.includes('Personal data operator: Lily Salon LLC'));
  assert.ok(notice.includes('Retention') && notice.includes('withdraw'));
  await ui.consent();
  await ui.send(MESSAGE_EN);
  const req = await ui.waitPost();
  assertNoPII(req.raw);
  assert.ok(req.json.text.startsWith("Hi, I'd like to book a haircut."));
  assert.equal(req.json.consent.noticeHash, sha256(notice));
  assert.equal(req.json.consent.language, 'en');
  ui.assertClean();
});

test('a browser without wasm SIMD: its worker downloads zaslon-scalar.wasm only, PII masked', T, async (t) => {
  // The engine's feature probe (WebAssembly.validate of a SIMD module) answers no inside the
  // widget's worker, as in Safari before 16.4.
  const init = (page) => page.context().route('**/zaslon-worker.js', async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, body: `WebAssembly.validate = () => false;\n${await res.text()}` });
  });
  const ui = await visit(t, {}, { init });
  await ui.open();
  await ui.consent();
  await ui.send(MESSAGE_RU);
  const req = await ui.waitPost();
  assertNoPII(req.raw);
  assert.match(req.json.text, /<PHONE_NUMBER_1>/);
  const wasmGets = srv.requests.slice(ui.from).map((q) => new URL(q.url, srv.origin).pathname).filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasmGets, ['/zaslon-scalar.wasm']);
  ui.assertClean();
});

test('a broken wasm URL: nothing is sent, a clear error, the text stays in the box', T, async (t) => {
  const ui = await visit(t, { attrs: { 'data-wasm-url': '/broken.wasm' } });
  await ui.open();
  await ui.consent();
  await ui.send(MESSAGE_RU);
  await ui.alert().filter({ hasText: 'Не удалось загрузить защиту' }).waitFor();
  assert.equal(await ui.input().inputValue(), MESSAGE_RU, 'text stays in the box');
  assert.equal(await ui.page.locator('[data-zaslon-user-message]').count(), 0);
  assert.equal(ui.posts().length, 0, 'nothing sent');
  ui.assertClean();
});

test('a plain-HTTP page (no WebCrypto): consent cannot be recorded, nothing is sent', T, async (t) => {
  const ui = await visit(t, {}, { host: 'shop.test' });
  assert.equal(await ui.page.evaluate(() => window.isSecureContext), false);
  await ui.open();
  await ui.checkbox().check({ force: true }).catch(() => {}); // it unticks itself
  await ui.alert().filter({ hasText: 'HTTPS' }).waitFor();
  assert.equal(await ui.checkbox().isChecked(), false);
  assert.equal(await ui.sendBtn().isDisabled(), true);
  await ui.input().fill(MESSAGE_RU);
  await ui.input().press('Enter');
  assert.equal(await ui.input().inputValue(), MESSAGE_RU);
  assert.equal(ui.posts().length, 0);
  ui.assertClean();
});

test('an invalid site policy: nothing is sent, a clear error', T, async (t) => {
  srv.file('/bad-policy.json', 'application/json', '{"version":1,"types":{"PHONE_NUMBER":{"action":"explode"}}}');
  const ui = await visit(t, { attrs: { 'data-policy-url': '/bad-policy.json' } });
  await ui.open();
  await ui.consent();
  await ui.send(MESSAGE_RU);
  await ui.alert().filter({ hasText: 'Настройки защиты сайта содержат ошибку' }).waitFor();
  assert.equal(await ui.input().inputValue(), MESSAGE_RU);
  assert.equal(ui.posts().length, 0);
  ui.assertClean();
});

test('a site policy from data-policy-url is applied', T, async (t) => {
  srv.file('/mask-policy.json', 'application/json', JSON.stringify({ version: 1, types: { PHONE_NUMBER: { action: 'remove' }, EMAIL_ADDRESS: { action: 'label' } } }));
  const ui = await visit(t, { attrs: { 'data-policy-url': '/mask-policy.json' } });
  await ui.open();
  await ui.consent();
  await ui.send(`Телефон ${PII.phoneRu}, почта ${PII.email}`);
  const req = await ui.waitPost();
  assert.ok(!req.raw.includes(digits(PII.phoneRu)) && !req.raw.includes(PII.email));
  assert.match(req.json.text, /\[EMAIL_ADDRESS\]/);
  assert.doesNotMatch(req.json.text, /PHONE_NUMBER/);
  ui.assertClean();
});

test('a SECRET is blocked: not sent, the visitor is told, text stays', T, async (t) => {
  const ui = await visit(t);
  await ui.open();
  await ui.consent();
  const text = 'Не могу войти, мой пароль: Tr0ub4dor&3xyz, помогите';
  const found = await ui.engine('return p.policy.scan(a).map((s) => p.typeName(s.type));', text);
  assert.ok(found.includes('SECRET'), `the engine reports the password as SECRET (found: ${found.join(',') || 'nothing'})`);
  await ui.send(text);
  await ui.alert().filter({ hasText: 'секретные данные' }).waitFor();
  assert.equal(await ui.input().inputValue(), text);
  assert.equal(ui.posts().length, 0);
  ui.assertClean();
});

const HEALTH_SAMPLES = ['У меня сахарный диабет, можно ли мне делать пилинг?', 'I have diabetes, is a chemical peel safe for me?'];
/** Opens a consented page; the engine's built-in topic detection must report a health topic. */
async function topicPage(t, attrs = {}, head = '') {
  const topicsIn = (ui, text) => ui.engine('return p.policy.scan(a).map((s) => p.typeName(s.type)).filter((n) => p.kinds.get(n) === "topic");', text);
  const ui = await visit(t, { attrs, head });
  await ui.open();
  await ui.consent();
  const topics = await ui.engine('return p.topicNames();');
  assert.ok(topics.includes('TOPIC_HEALTH'), `the engine lists topic types: ${topics.join(',')}`);
  for (const text of HEALTH_SAMPLES) if ((await topicsIn(ui, text)).length) return { ui, text };
  assert.fail('built-in topic detection found no special category in the health samples');
}

test('special category (health) with data-sensitive="escalate": escalate flag and event', T, async (t) => {
  const head = '<script>window.ZaslonWidget=window.ZaslonWidget||function(){(ZaslonWidget.q=ZaslonWidget.q||[]).push(arguments)};'
    + "window.__esc=[];ZaslonWidget('on','escalate',function(e){window.__esc.push(e.topics)});</script>";
  const sample = await topicPage(t, { 'data-sensitive': 'escalate' }, head);
  const { ui } = sample;
  await ui.send(sample.text);
  const req = await ui.waitPost();
  assert.equal(req.json.escalate, true);
  assert.ok(req.json.topics.length >= 1 && req.json.topics.every((x) => x.startsWith('TOPIC_')));
  await ui.page.locator('[data-zaslon-system]').filter({ hasText: 'передаём разговор сотруднику' }).waitFor();
  assert.deepEqual(await ui.page.evaluate(() => window.__esc), [req.json.topics]);
  // The conversation stays with a person.
  await ui.send('Спасибо, жду');
  const next = await ui.waitPost((b) => b.text === 'Спасибо, жду');
  assert.equal(next.json.escalate, true);
  ui.assertClean();
});

test('special category by default (no data-sensitive): a second explicit consent first (152-FZ art. 10)', T, async (t) => {
  const sample = await topicPage(t);
  const { ui } = sample;
  await ui.send(sample.text);
  const special = ui.page.getByRole('checkbox', { name: /отдельное согласие/ });
  await special.waitFor();
  assert.equal(await special.isChecked(), false);
  assert.equal(ui.posts().length, 0, 'not sent before the separate consent');
  assert.equal(await ui.input().inputValue(), sample.text);
  await special.check();
  await ui.page.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('zaslon.consent') && JSON.parse(v).sensitive));
  await ui.sendBtn().click();
  const req = await ui.waitPost();
  assert.equal(req.json.escalate, false);
  assert.equal(req.json.consent.sensitive, true);
  assert.deepEqual(req.json.consent.spiCat, req.json.topics);
  assert.match(req.json.consent.sensitiveNoticeHash, /^[0-9a-f]{64}$/);
  ui.assertClean();
});

test('the call-back form sends structured fields under the same consent', T, async (t) => {
  const ui = await visit(t, { attrs: { 'data-contact': 'true' } });
  await ui.open();
  await ui.consent();
  await ui.page.getByRole('button', { name: 'Перезвоните мне' }).click();
  await ui.page.getByRole('textbox', { name: 'Имя' }).fill('Анна Петрова');
  await ui.page.getByRole('textbox', { name: 'Телефон' }).fill(PII.phoneRu);
  await ui.page.getByRole('button', { name: 'Отправить контакт' }).click();
  const req = await ui.waitPost((b) => b.type === 'contact');
  assert.deepEqual(Object.keys(req.json).sort(), ['consent', 'contact', 'conversation', 'sent_at', 'type']);
  assert.deepEqual(req.json.contact, { name: 'Анна Петрова', phone: PII.phoneRu });
  assert.equal(req.json.consent.collectionMethod, 'chat-widget checkbox');
  await ui.page.locator('[data-zaslon-system]').filter({ hasText: 'Мы свяжемся с вами' }).waitFor();
  ui.assertClean();
});

test('sealed originals decrypt with the site private key (ECDH-ES+A256GCM)', T, async (t) => {
  const kp = await wc.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const pub = await wc.subtle.exportKey('jwk', kp.publicKey);
  const ui = await visit(t, { attrs: { 'data-seal-key': JSON.stringify({ kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y }) } });
  await ui.open();
  await ui.consent();
  await ui.send(MESSAGE_RU);
  const req = await ui.waitPost();
  assertNoPII(req.raw);
  const s = req.json.sealed;
  assert.equal(s.alg, 'ECDH-ES+A256GCM');
  assert.equal(s.epk.kty, 'EC');
  assert.equal(s.epk.crv, 'P-256');
  assert.equal(s.epk.d, undefined, 'only the public ephemeral key is sent');
  // Open it as the CRM would.
  const epk = await wc.subtle.importKey('jwk', s.epk, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const z = await wc.subtle.deriveBits({ name: 'ECDH', public: epk }, kp.privateKey, 256);
  const ikm = await wc.subtle.importKey('raw', z, 'HKDF', false, ['deriveKey']);
  const key = await wc.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode('zaslon-seal-v1') },
    ikm, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const plain = await wc.subtle.decrypt({ name: 'AES-GCM', iv: Buffer.from(s.iv, 'base64') }, key, Buffer.from(s.ciphertext, 'base64'));
  const opened = JSON.parse(new TextDecoder().decode(plain));
  assert.equal(opened.conversation, req.json.conversation);
  const byValue = Object.fromEntries(opened.values.map((v) => [v.value, v]));
  for (const v of [PII.phoneRu, PII.email, PII.inn, PII.snils, PII.card]) assert.ok(byValue[v], `sealed: ${v}`);
  assert.equal(byValue[PII.phoneRu].type, 'PHONE_NUMBER');
  assert.ok(req.json.text.includes(byValue[PII.phoneRu].replacement));
  ui.assertClean();
});

test('withdrawing consent tells the endpoint and stops sending', T, async (t) => {
  const ui = await visit(t);
  await ui.open();
  await ui.consent();
  await ui.send(`Мой телефон ${PII.phoneRu}`);
  const first = await ui.waitPost();
  await ui.page.locator('[data-zaslon-reply]').waitFor();
  await ui.page.getByRole('button', { name: 'Моё согласие' }).click();
  await ui.page.getByRole('button', { name: 'Отозвать согласие' }).click();
  const w = await ui.waitPost((b) => b.type === 'withdraw');
  assert.equal(w.json.consent.consentReceiptID, first.json.consent.consentReceiptID);
  assert.equal(w.json.conversation, first.json.conversation);
  assert.ok(!Number.isNaN(Date.parse(w.json.sent_at)));
  await ui.page.locator('[data-zaslon-system]').filter({ hasText: 'Согласие отозвано' }).waitFor();
  assert.equal(await ui.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zaslon.consent')).length), 0);
  // Sending is stopped: the box is unticked again, Send disabled, Enter refused.
  assert.equal(await ui.checkbox().isChecked(), false);
  assert.equal(await ui.sendBtn().isDisabled(), true);
  const count = ui.posts().length;
  await ui.input().fill('Ещё вопрос');
  await ui.input().press('Enter');
  await ui.alert().filter({ hasText: 'Отметьте согласие' }).waitFor();
  assert.equal(ui.posts().length, count, 'nothing sent after withdrawal');
  ui.assertClean();
});

test('a network error keeps the message for retry', T, async (t) => {
  let fail = true;
  srv.reply((json) => (fail && json && json.text ? { status: 503, type: 'text/plain', body: 'down' } : { status: 200, type: 'text/plain', body: 'Получили, спасибо!' }));
  t.after(() => srv.reply(null));
  const ui = await visit(t);
  await ui.open();
  await ui.consent();
  await ui.send('Вы работаете в воскресенье?');
  await ui.alert().filter({ hasText: 'Не удалось доставить' }).waitFor();
  const retry = ui.page.getByRole('button', { name: 'Повторить' });
  await retry.waitFor();
  fail = false;
  const n = ui.posts().length;
  const mark = srv.requests.length;
  await retry.click();
  await srv.waitFor((r) => r.method === 'POST' && r.url === '/api/chat', mark);
  const reply = ui.page.locator('[data-zaslon-reply]');
  await reply.waitFor();
  assert.equal(await reply.textContent(), 'Оператор: Получили, спасибо!');
  const sent = ui.posts().slice(n);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].json.text, 'Вы работаете в воскресенье?');
  ui.assertClean();
});

test('queue stub replays calls made before the script; inline mount; consent survives a reload', T, async (t) => {
  const stub = '<script>window.ZaslonWidget=window.ZaslonWidget||function(){(ZaslonWidget.q=ZaslonWidget.q||[]).push(arguments)};'
    + "window.__ev=[];ZaslonWidget('on','consent',function(e){window.__ev.push(e.granted)});"
    + "ZaslonWidget('on','send',function(e){window.__ev.push('send:'+e.type+':'+(e.text===undefined)+':'+e.entities.PHONE_NUMBER)});"
    + "ZaslonWidget('mount','#inline-chat',{title:'Спросите мастера'});</script>";
  const ui = await visit(t, { head: stub, body: '<div id="inline-chat" style="width:400px;height:620px;margin:0 6vw 40px"></div>' });
  // Inline: no launcher, the panel is already there.
  await ui.page.getByRole('heading', { name: 'Спросите мастера' }).waitFor();
  assert.equal(await ui.launcher().count(), 0);
  await ui.consent();
  await ui.send(`Сколько стоит стрижка? ${PII.phoneRu}`);
  await ui.waitPost();
  await ui.page.waitForFunction(() => window.__ev.length >= 2);
  // The send event says what was sent, never the text.
  assert.deepEqual(await ui.page.evaluate(() => window.__ev), [true, 'send:message:true:1']);
  await ui.page.reload();
  await ui.page.getByRole('heading', { name: 'Спросите мастера' }).waitFor();
  await ui.page.getByRole('button', { name: 'Моё согласие' }).waitFor();
  assert.equal(await ui.sendBtn().isDisabled(), false, 'stored consent for the same notice is reused');
  ui.assertClean();
});

test('keyboard and screen reader: launcher, focus, Escape, labels; site CSS does not leak in', T, async (t) => {
  const ui = await visit(t);
  const launcher = ui.page.locator('button.launcher'); // hidden while the panel is open
  assert.equal(await ui.launcher().getAttribute('aria-expanded'), 'false');
  await launcher.focus();
  await ui.page.keyboard.press('Enter');
  await ui.checkbox().waitFor();
  assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
  const focused = () => ui.page.evaluate(() => {
    const host = document.querySelector('zaslon-widget');
    const el = host.shadowRoot.activeElement;
    return el ? (el.getAttribute('type') || el.tagName.toLowerCase()) : null;
  });
  assert.equal(await focused(), 'checkbox', 'focus goes to the consent box first');
  await ui.page.keyboard.press('Space');
  await ui.page.locator('[data-zaslon-notice]').waitFor({ state: 'hidden' });
  await ui.page.waitForFunction(() => document.querySelector('zaslon-widget').shadowRoot.activeElement?.tagName === 'TEXTAREA');
  await ui.page.keyboard.type('Добрый день');
  await ui.page.keyboard.press('Enter');
  await ui.waitPost();
  assert.equal(await ui.page.getByRole('dialog', { name: 'Чат с нами' }).count(), 1);
  await ui.page.keyboard.press('Escape');
  await ui.page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await ui.page.evaluate(() => document.activeElement?.tagName), 'ZASLON-WIDGET', 'focus returns into the widget');
  assert.equal(await focused(), 'button');
  // The shop's hostile CSS (hotpink 30px buttons) does not reach the widget.
  const style = await launcher.evaluate((el) => { const s = getComputedStyle(el); return [s.backgroundColor, s.fontSize]; });
  assert.notEqual(style[0], 'rgb(255, 105, 180)');
  assert.equal(style[0], 'rgb(31, 111, 92)', 'default accent');
  // ...but the site can theme it with custom properties.
  await ui.page.addStyleTag({ content: 'zaslon-widget { --zaslon-accent: rgb(140, 58, 92); }' });
  await ui.page.waitForFunction(() => getComputedStyle(document.querySelector('zaslon-widget').shadowRoot.querySelector('.launcher')).backgroundColor === 'rgb(140, 58, 92)');
  ui.assertClean();
});

test('works under a strict Content-Security-Policy (no inline styles, connect-src self)', T, async (t) => {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";
  const violations = [];
  const ui = await visit(t, { csp }, {
    async init(page) {
      await page.exposeFunction('__cspViolation', (d) => violations.push(d));
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
        (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`)));
    },
  });
  await ui.open();
  const bg = await ui.page.locator('zaslon-widget').evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.head')).backgroundColor);
  assert.equal(bg, 'rgb(31, 111, 92)', 'the widget is styled');
  await ui.consent();
  await ui.send(`Телефон ${PII.phoneRu}`);
  const req = await ui.waitPost();
  assertNoPII(req.raw);
  await ui.page.locator('[data-zaslon-reply]').waitFor();
  // The shop's own inline <style> is (rightly) blocked by this CSP; nothing of the widget's is.
  assert.ok(violations.length >= 1, 'the listener works (the shop inline style is reported)');
  assert.deepEqual(violations.filter((v) => !/^style-src-elem inline .*shop-\d+\.html$/.test(v)), []);
  ui.assertClean();
});

test('screenshots: desktop and phone widths', T, async (t) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [name, viewport] of [['widget.png', { width: 1280, height: 800 }], ['widget-phone.png', { width: 390, height: 844 }]]) {
    const ui = await visit(t, { attrs: { 'data-contact': 'true' } }, { viewport });
    await ui.page.screenshot({ path: join(ARTIFACTS, name.replace('.png', '-closed.png')) });
    await ui.open();
    await ui.page.screenshot({ path: join(ARTIFACTS, name.replace('.png', '-consent.png')) });
    await ui.consent();
    await ui.send(`Здравствуйте! Запишите меня на маникюр в субботу. Мой телефон ${PII.phoneRu}, почта ${PII.email}`);
    await ui.page.locator('[data-zaslon-reply]').waitFor();
    await ui.page.screenshot({ path: join(ARTIFACTS, name) });
    await ui.page.getByRole('button', { name: 'Моё согласие' }).click();
    await ui.page.locator('[data-zaslon-receipt]').waitFor();
    await ui.page.screenshot({ path: join(ARTIFACTS, name.replace('.png', '-receipt.png')) });
    ui.assertClean();
  }
});
