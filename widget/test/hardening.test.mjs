// Hardening of the widget against its host page and against a hostile policy (issue #16): a hostile
// page script obtains no original value; `hash` policies are refused; a redaction that runs too
// long is abandoned with nothing sent; a consent withdrawn while the engine loads stops the
// message. Same rules as widget.test.mjs: no sleeps, every wait is for a condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const T = { timeout: 90_000 };
const WAIT = 30_000;
const HOSTILE = readFileSync(join(HERE, 'fixtures', 'hostile.js'), 'utf8');

let browser;
let srv;

before(async () => {
  const exe = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`Chromium not found at ${exe}: install it (apt-get install chromium) or set CHROMIUM`);
  srv = await startServer();
  browser = await chromium.launch({
    executablePath: exe,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await srv?.close();
});

const PII = {
  phone: '+7 (912) 345-67-89',
  email: 'anna.petrova@example.ru',
  inn: '500100732259',
  snils: '112-233-445 95',
  name: 'Анна Петрова',
};
const MESSAGE = `Здравствуйте, я ${PII.name}. Мой телефон ${PII.phone}, почта ${PII.email}, ИНН ${PII.inn}, СНИЛС ${PII.snils}.`;
const digits = (s) => s.replace(/\D/g, '');

/**
 * Opens a page; `closed` keeps the shadow root closed (the isolation test drives the widget through
 * the DevTools protocol, which a page script does not have). Otherwise the root is opened by an
 * init script so that Playwright's locators work (see widget.test.mjs).
 */
async function visit(t, pageOpts, { closed = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  t.after(() => context.close());
  if (!closed) {
    await context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (o) { return attach.call(this, { ...o, mode: 'open' }); };
    });
  }
  const from = srv.requests.length;
  await page.goto(srv.page(pageOpts));
  const chatPosts = () => srv.requests.slice(from).filter((r) => r.method === 'POST' && r.url === '/api/chat');
  return { page, from, chatPosts, context };
}

/** The visitor's side, through the DevTools protocol: finds nodes inside the closed root. */
async function devtools(page, context) {
  const cdp = await context.newCDPSession(page);
  const node = async (selector) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n) => {
      if (n.nodeName === 'ZASLON-WIDGET') return n;
      for (const c of [...(n.children || []), ...(n.shadowRoots || [])]) { const f = find(c); if (f) return f; }
      return null;
    };
    const host = find(root);
    assert.ok(host && host.shadowRoots && host.shadowRoots.length, 'the widget has a shadow root');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: host.shadowRoots[0].nodeId, selector });
    assert.ok(nodeId, `found ${selector} in the widget`);
    return nodeId;
  };
  return {
    async focus(selector) { await cdp.send('DOM.focus', { nodeId: await node(selector) }); },
    async text(selector) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: await node(selector) });
      return outerHTML;
    },
  };
}

test('a hostile page script obtains no original value (events, globals, DOM, shadowRoot, network, getters)', T, async (t) => {
  const ui = await visit(t, {
    attrs: { 'data-mount': 'manual' },
    head: `<script>${HOSTILE}</script>`,
    body: '<div id="chat" style="width:400px;height:640px"></div>',
  }, { closed: true });
  const { page } = ui;
  const dt = await devtools(page, ui.context);
  await page.waitForFunction(() => document.querySelector('zaslon-widget'));
  // The visitor ticks the consent box and sends a message full of personal data.
  await dt.focus('[data-zaslon-consent-checkbox]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.__events.includes('consent'));
  await dt.focus('[data-zaslon-input]');
  await page.keyboard.insertText(MESSAGE);
  await page.keyboard.press('Enter');
  const req = await srv.waitFor((r) => r.method === 'POST' && r.url === '/api/chat', ui.from);
  for (const v of Object.values(PII)) assert.ok(!req.raw.includes(v), 'the endpoint gets masked text only');
  // The reply names the pseudonyms; the widget shows them restored (originals back on screen).
  await page.waitForFunction(() => window.__events.includes('send'));
  const restoredOnScreen = async () => (await dt.text('.log')).includes(PII.phone);
  for (let i = 0; i < 200 && !(await restoredOnScreen()); i++) await page.waitForTimeout(50);
  assert.ok(await restoredOnScreen(), 'the reply is shown with the original phone (inside the widget)');

  await page.evaluate(() => window.__sweep());
  const loot = await page.evaluate(() => window.__loot.join('\n'));
  assert.ok(loot.length > 0, 'the hostile script ran');
  assert.ok(loot.includes('KI-CR-v1.1.0') && loot.includes(req.json.conversation), 'it walked what events carry (receipt, conversation)');
  const leaks = new Set();
  for (const line of loot.split('\n')) {
    for (const v of Object.values(PII)) {
      if (line.includes(v) || (digits(v).length >= 6 && digits(line).includes(digits(v)))) leaks.add(line.split(':')[0]);
    }
  }
  assert.deepEqual([...leaks], [], 'routes by which the host page obtained an original value');
  assert.equal(await page.evaluate(() => document.querySelector('zaslon-widget').shadowRoot), null, 'closed shadow root');
});

test('session-replay "do not record" markers on the host, the message box and the conversation', T, async (t) => {
  const ui = await visit(t, {});
  const { page } = ui;
  await page.getByRole('button', { name: 'Открыть чат' }).click();
  const marks = (sel) => page.locator(sel).first().evaluate((el) => ({
    cls: el.className.split(/\s+/).sort(),
    attrs: ['data-hj-suppress', 'data-clarity-mask', 'data-private', 'data-sentry-block'].map((a) => [a, el.getAttribute(a)]),
  }));
  const expected = (field) => ({
    // Yandex Metrica Webvisor, FullStory, PostHog, Sentry Replay (classes); Hotjar, Clarity,
    // LogRocket, Sentry Replay (attributes)
    cls: ['fs-exclude', 'ph-no-capture', 'sentry-block', 'ym-hide-content', ...(field ? ['ym-disable-keys'] : [])],
    attrs: [['data-hj-suppress', ''], ['data-clarity-mask', 'true'], ['data-private', ''], ['data-sentry-block', '']],
  });
  assert.deepEqual(await marks('zaslon-widget'), expected(false));
  const input = await marks('[data-zaslon-input]');
  assert.deepEqual(input.attrs, expected(true).attrs);
  for (const c of expected(true).cls) assert.ok(input.cls.includes(c), `message box: ${c}`);
  const log = await marks('[role="log"]');
  assert.deepEqual(log.attrs, expected(false).attrs);
  for (const c of expected(false).cls) assert.ok(log.cls.includes(c), `conversation: ${c}`);
});

test('a policy with the hash action (or a hash_key) is refused: nothing sent, the visitor is told', T, async (t) => {
  for (const policy of [
    { version: 1, types: { RU_INN: { action: 'hash' } }, hash_key: '000102030405060708090a0b0c0d0e0f' },
    { version: 1, hash_key: '000102030405060708090a0b0c0d0e0f' },
  ]) {
    const path = `/policy-hash-${policy.types ? 'action' : 'key'}.json`;
    srv.file(path, 'application/json', JSON.stringify(policy));
    const ui = await visit(t, { attrs: { 'data-policy-url': path } });
    const { page } = ui;
    await page.getByRole('button', { name: 'Открыть чат' }).click();
    await page.getByRole('checkbox', { name: /Я даю согласие/ }).check();
    const input = page.getByRole('textbox', { name: 'Ваше сообщение' });
    await input.fill(`Мой ИНН ${PII.inn}`);
    await input.press('Enter');
    await page.locator('[data-zaslon-alert]').filter({ hasText: 'хешировать данные в браузере' }).waitFor();
    assert.equal(await input.inputValue(), `Мой ИНН ${PII.inn}`, 'the text stays in the box');
    assert.equal(ui.chatPosts().length, 0, `nothing sent (${path})`);
  }
});

test('a redaction that exceeds the time limit is abandoned: nothing sent, text kept; the next message works', T, async (t) => {
  // Polynomial backtracking: ~20 s on 16 KiB of digits without a scan budget in the engine.
  const policy = { version: 1, rules: [{ id: 'slow', type: 'SLOW', pattern: '\\d{0,700}\\d{0,700}\\D' }] };
  srv.file('/policy-slow.json', 'application/json', JSON.stringify(policy));
  const ui = await visit(t, { attrs: { 'data-policy-url': '/policy-slow.json', 'data-redact-timeout': '6000' } });
  const { page } = ui;
  await page.getByRole('button', { name: 'Открыть чат' }).click();
  await page.getByRole('checkbox', { name: /Я даю согласие/ }).check();
  const input = page.getByRole('textbox', { name: 'Ваше сообщение' });
  const hostile = `Телефон ${PII.phone} ${'7'.repeat(16384)}`;
  await input.fill(hostile);
  await input.press('Enter');
  // Past the limit (or, with the engine's own budget, its match-limit error): never sent.
  await page.locator('[data-zaslon-alert]').filter({ hasText: /слишком много времени|не удалось проверить/i }).waitFor();
  assert.equal(await input.inputValue(), hostile, 'the text stays in the box');
  assert.equal(ui.chatPosts().length, 0, 'nothing sent');
  // The page is still responsive and a normal message goes out (a fresh worker).
  await input.fill(`Перезвоните на ${PII.phone}`);
  await input.press('Enter');
  const req = await srv.waitFor((r) => r.method === 'POST' && r.url === '/api/chat', ui.from);
  assert.ok(!req.raw.includes(PII.phone));
  assert.match(req.json.text, /<PHONE_NUMBER_1>/);
});

test('consent withdrawn while the engine loads: the message is not sent', T, async (t) => {
  const release = srv.hold('/zaslon.wasm');
  t.after(release);
  const ui = await visit(t, {});
  const { page } = ui;
  await page.getByRole('button', { name: 'Открыть чат' }).click();
  await page.getByRole('checkbox', { name: /Я даю согласие/ }).check();
  const input = page.getByRole('textbox', { name: 'Ваше сообщение' });
  await input.fill(`Мой телефон ${PII.phone}`);
  await input.press('Enter'); // waits for the engine, whose wasm the network holds
  await srv.requested('/zaslon.wasm');
  await page.getByRole('button', { name: 'Моё согласие' }).click();
  await page.getByRole('button', { name: 'Отозвать согласие' }).click();
  await srv.waitFor((r) => r.method === 'POST' && r.json && r.json.type === 'withdraw', ui.from);
  release();
  await page.locator('[data-zaslon-alert]').filter({ hasText: 'Согласие отозвано' }).waitFor();
  assert.deepEqual(ui.chatPosts().map((r) => r.json.type), ['withdraw'], 'only the withdrawal was posted');
  assert.equal(await input.inputValue(), `Мой телефон ${PII.phone}`, 'the text stays in the box');
});
