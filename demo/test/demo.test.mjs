// Headless Chromium tests of the demo page (node --test demo/test/). The page is served from
// demo/dist (make demo-build) by demo/serve.mjs on a free port; DEMO_DIST overrides the folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const dist = resolve(process.env.DEMO_DIST || join(repo, 'demo', 'dist'));
const artifacts = join(repo, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const PHONE = '+7 (912) 345-67-89';
const INN = '500100732259';
const CARD = '4276 1600 1234 5675';
const TEXT = `Здравствуйте, меня зовут Анна Смирнова. Телефон ${PHONE}, ИНН ${INN}, оплачу картой ${CARD}.`;

let server;
let baseUrl;
let browser;

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), `${dist}/index.html is missing: run make demo-build`);
  server = spawn(process.execPath, [join(repo, 'demo', 'serve.mjs'), dist], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await new Promise((resolveUrl, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolveUrl(m[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

// A fresh page that records every request and console message.
async function openPage(t, { lang = 'ru', viewport = { width: 1360, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang === 'ru' ? 'ru-RU' : 'en-US' });
  // The embedded widget's shadow root is closed; Playwright cannot see into a closed root, so it is
  // opened the way any script that runs first could (docs/security.md).
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (o) { return attach.call(this, { ...o, mode: 'open' }); };
  });
  const page = await context.newPage();
  const requests = [];
  const consoleLines = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  t.after(async () => {
    // Nothing leaves the page except its own files.
    for (const url of requests) {
      const u = new URL(url);
      if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
      assert.equal(u.hostname, '127.0.0.1', `request left the page: ${u.protocol}//${u.host}`);
    }
    // The visitor's text is never logged.
    for (const line of consoleLines) {
      for (const secret of ['345-67-89', INN, '1234 5675', 'Смирнова']) assert.ok(!line.includes(secret), 'the text reached the console');
    }
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    await context.close();
  });
  await page.goto(`${baseUrl}?lang=${lang}`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' || document.documentElement.dataset.state === 'failed');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready', 'the engine did not load');
  return { page, requests };
}

const textOf = (page, sel) => page.locator(sel).evaluate((el) => el.textContent);

async function typeText(page, text) {
  const before = Number(await page.evaluate(() => document.documentElement.dataset.renders || 0));
  await page.fill('#input', text);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.renders) > n && document.querySelector('#input').value.length > 0, before);
}

async function outputAfter(page, predicate, arg) {
  await page.waitForFunction(predicate, arg);
  return textOf(page, '#output');
}

test('finds a phone, an INN and a card, highlights them and redacts the output', async (t) => {
  const { page } = await openPage(t);
  await typeText(page, TEXT);
  for (const [type, value] of [['PHONE_NUMBER', PHONE], ['RU_INN', INN], ['CREDIT_CARD', CARD]]) {
    const mark = page.locator(`#highlighted mark[data-type="${type}"]`).first();
    await mark.waitFor();
    assert.equal(await mark.evaluate((el) => el.textContent), value, `${type} highlight`);
    assert.match(await mark.getAttribute('data-tip'), new RegExp(type), 'tooltip names the type');
    assert.equal(await page.locator(`#legend [data-type="${type}"]`).count(), 1, `${type} in the legend`);
  }
  // The highlighted view shows exactly the original text.
  assert.equal(await textOf(page, '#highlighted'), TEXT);
  const out = await textOf(page, '#output');
  for (const value of [PHONE, INN, CARD]) assert.ok(!out.includes(value), 'a value leaked into the output');
  assert.ok(out.startsWith('Здравствуйте'), 'the rest of the text is kept');
  assert.ok((await page.locator('#output mark').count()) >= 3, 'replacements are highlighted');
});

test('switching an action changes the output and the policy JSON', async (t) => {
  const { page } = await openPage(t);
  await typeText(page, TEXT);
  const sel = page.locator('#act-PHONE_NUMBER');
  await sel.waitFor();
  const options = await sel.locator('option').evaluateAll((os) => os.map((o) => o.value));
  for (const a of ['label', 'pseudonym', 'mask', 'hash', 'remove', 'allow']) assert.ok(options.includes(a), `action ${a} offered`);

  await sel.selectOption('label');
  let out = await outputAfter(page, () => document.querySelector('#output').textContent.includes('[PHONE_NUMBER]'));
  assert.ok(!out.includes(PHONE));
  assert.match(await page.inputValue('#policy-editor'), /"PHONE_NUMBER": \{[^}]*"action": "label"/);

  await sel.selectOption('allow');
  out = await outputAfter(page, (p) => document.querySelector('#output').textContent.includes(p), PHONE);
  assert.ok(!out.includes('[PHONE_NUMBER]'));

  await sel.selectOption('remove');
  out = await outputAfter(page, (p) => !document.querySelector('#output').textContent.includes(p), PHONE);
  assert.ok(!out.includes('PHONE_NUMBER'), 'removed, not labelled');

  await sel.selectOption('mask');
  out = await outputAfter(page, () => /\*/.test(document.querySelector('#output').textContent));
  assert.ok(!out.includes(PHONE));
  assert.ok(out.includes('89'), 'mask keeps the last digits');
});

test('the policy editor: a valid edit applies, an invalid one shows the error at its path', async (t) => {
  const { page } = await openPage(t);
  await typeText(page, TEXT);
  const original = await page.inputValue('#policy-editor');
  const policy = JSON.parse(original);
  assert.equal(policy.rules[0].id, 'employee_id', 'the custom rule example is there');

  // Valid: keep the INN.
  policy.types.RU_INN = { enabled: true, action: 'allow' };
  await page.fill('#policy-editor', JSON.stringify(policy, null, 2));
  await page.waitForFunction((v) => document.querySelector('#output').textContent.includes(v), INN);
  assert.equal(await page.locator('#act-RU_INN').inputValue(), 'allow', 'the switch follows the JSON');
  assert.match(await page.getAttribute('#policy-status', 'class'), /\bok\b/);

  // Valid: a custom rule finds what the built-ins do not.
  policy.rules.push({ id: 'order', type: 'ORDER_ID', pattern: 'ORD-[0-9A-F]{8}', context: [], validator: null });
  await page.fill('#policy-editor', JSON.stringify(policy, null, 2));
  await page.waitForSelector('#act-ORDER_ID');
  await typeText(page, `${TEXT} Заказ ORD-9F3A01C7.`);
  await page.waitForSelector('#highlighted mark[data-type="ORDER_ID"]');

  // Invalid regex: the error names the path and marks the line.
  policy.rules[0].pattern = 'EMP-(\\d{6}';
  await page.fill('#policy-editor', JSON.stringify(policy, null, 2));
  await page.waitForSelector('#policy-status.error');
  const status = await textOf(page, '#policy-status');
  assert.ok(status.includes('$.rules[0].pattern'), 'the path is shown');
  assert.equal(await page.getAttribute('#policy-status', 'data-path'), '$.rules[0].pattern');
  const errLine = await page.locator('#gutter .err-line').evaluate((el) => Number(el.textContent));
  const text = await page.inputValue('#policy-editor');
  assert.ok(text.split('\n')[errLine - 1].includes('"pattern"'), 'the marked line holds the pattern');
  assert.ok(await page.locator('#stale').isVisible(), 'the stale-result note is shown');

  // Invalid JSON: an error too, and the switches are disabled.
  await page.fill('#policy-editor', '{"version": 1, "types": {,}}');
  await page.waitForFunction(() => document.querySelector('#policy-status').classList.contains('error') && document.querySelector('#act-PHONE_NUMBER')?.disabled);
  assert.equal(await page.locator('#gutter .err-line').count(), 1);

  // Reset brings the demo policy back.
  await page.click('#policy-reset');
  await page.waitForSelector('#policy-status.ok');
  assert.equal(await page.inputValue('#policy-editor'), original);
});

test('a policy rule that backtracks for seconds is stopped in the worker; the page stays usable', async (t) => {
  const { page } = await openPage(t);
  await typeText(page, TEXT);
  const policy = JSON.parse(await page.inputValue('#policy-editor'));
  // Polynomial backtracking: ~20 s on 16 KiB of digits when nothing limits the whole scan.
  policy.rules.push({ id: 'slow', type: 'SLOW', pattern: '\\d{0,700}\\d{0,700}\\D', context: [], validator: null });
  await page.fill('#policy-editor', JSON.stringify(policy, null, 2));
  await page.waitForSelector('#act-SLOW');
  await page.fill('#input', `${PHONE} ${'7'.repeat(16384)}`);
  // The time limit (or the engine's own scan budget) ends it with a message, not a frozen tab.
  await page.waitForFunction(() => /слишком много времени|лимит работы/i.test(document.querySelector('#output').textContent));
  // The page answered meanwhile and still works: a normal text is redacted again.
  await typeText(page, TEXT);
  await page.waitForFunction((v) => !document.querySelector('#output').textContent.includes(v)
    && /PHONE_NUMBER/.test(document.querySelector('#output').textContent), PHONE);
});

test('round trip: a pretend AI reply with pseudonyms is restored locally', async (t) => {
  const { page } = await openPage(t);
  await typeText(page, TEXT);
  await page.locator('#act-PHONE_NUMBER').selectOption('pseudonym');
  await page.waitForFunction(() => /<PHONE_NUMBER_\d+>/.test(document.querySelector('#rt-sent').textContent));
  const token = (await textOf(page, '#rt-sent')).match(/<PHONE_NUMBER_\d+>/)[0];
  assert.ok((await page.inputValue('#rt-reply')).includes(token), 'the pretend reply uses the pseudonym');
  assert.ok((await textOf(page, '#rt-restored')).includes(PHONE), 'the generated reply is restored');

  await page.fill('#rt-reply', `Перезвоним на ${token} завтра в 10:00.`);
  await page.click('#rt-restore');
  await page.waitForFunction((p) => document.querySelector('#rt-restored').textContent === `Перезвоним на ${p} завтра в 10:00.`, PHONE);

  await page.click('#rt-wipe');
  await page.waitForFunction((tok) => document.querySelector('#rt-restored').textContent.includes(tok), token);
});

test('consent flow: a Kantara receipt with the notice hash, and the exact POST payload', async (t) => {
  const { page, requests } = await openPage(t);
  await typeText(page, TEXT);
  // The embedded widget when `make widget` built it, else the page's own consent flow. A widget
  // that cannot start its engine makes the page fall back to its own flow: that flow is checked
  // too, then the test fails with the widget's problem.
  let widgetProblem = null;
  let receipt;
  let payload;
  if (await page.evaluate(() => !document.querySelector('#widget-host').hidden)) {
    await page.waitForFunction(() => document.documentElement.dataset.widget === 'ready');
    await page.locator('#widget-mount [data-zaslon-consent-checkbox]').check();
    await page.waitForFunction(() => document.querySelector('#receipt').dataset.filled === '1');
    const widgetReceipt = JSON.parse(await textOf(page, '#receipt'));
    const notice = await page.locator('#widget-mount [data-zaslon-notice]').evaluate((el) => el.textContent);
    assert.equal(widgetReceipt.noticeHash, createHash('sha256').update(notice).digest('hex'));
    await page.locator('#widget-mount [data-zaslon-input]').fill(TEXT);
    await page.locator('#widget-mount [data-zaslon-send]').click();
    await page.waitForFunction(() => document.querySelector('#payload').dataset.filled === '1' || document.documentElement.dataset.widget === 'failed');
    if (await page.evaluate(() => document.documentElement.dataset.widget === 'failed')) {
      widgetProblem = await page.evaluate(() => document.documentElement.dataset.widgetError);
    } else {
      receipt = widgetReceipt;
      payload = JSON.parse(await textOf(page, '#payload'));
      await page.waitForSelector('#widget-mount [data-zaslon-reply]');
    }
  }
  if (!payload) {
    await page.check('#consent-agree');
    await page.click('#consent-accept');
    await page.waitForSelector('#chat-form:not([hidden])');
    receipt = JSON.parse(await textOf(page, '#receipt'));
    const notice = await textOf(page, '#consent-notice');
    assert.equal(receipt.noticeHash, createHash('sha256').update(notice).digest('hex'), 'noticeHash = SHA-256 of the notice');
    assert.equal(await page.inputValue('#chat-message'), TEXT);
    await page.click('#chat-send');
    await page.waitForFunction(() => document.querySelector('#payload').dataset.filled === '1');
    payload = JSON.parse(await textOf(page, '#payload'));
  }
  for (const k of ['version', 'jurisdiction', 'consentTimestamp', 'collectionMethod', 'consentReceiptID', 'piiControllers', 'policyUrl', 'sensitive', 'noticeHash', 'noticeVersion'])
    assert.ok(k in receipt, `receipt.${k}`);
  assert.equal(receipt.jurisdiction, 'RU');
  assert.match(receipt.noticeHash, /^[0-9a-f]{64}$/);
  const purposes = receipt.purposes || receipt.services?.flatMap((s) => s.purposes);
  assert.ok(purposes?.length > 0, 'purposes');

  assert.deepEqual(Object.keys(payload).filter((k) => k !== 'sealed').sort(), ['consent', 'conversation', 'entities', 'escalate', 'sent_at', 'text', 'topics'].sort());
  for (const value of [PHONE, INN, CARD]) assert.ok(!payload.text.includes(value), 'the payload text is redacted');
  assert.ok(payload.entities.PHONE_NUMBER >= 1 && payload.entities.RU_INN >= 1 && payload.entities.CREDIT_CARD >= 1, 'entity counts');
  assert.ok(Array.isArray(payload.topics) && typeof payload.escalate === 'boolean');
  assert.equal(payload.consent.consentReceiptID, receipt.consentReceiptID);
  assert.ok(!Number.isNaN(Date.parse(payload.sent_at)));
  assert.ok(!requests.some((u) => u.includes('__demo/chat')), 'the fake endpoint never reached the network');
  // Chromium has wasm SIMD: the page, its worker and the widget's worker use zaslon.wasm only
  const wasmGets = new Set(requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname.split('/').pop()));
  assert.deepEqual([...wasmGets], ['zaslon.wasm']);
  if (widgetProblem) assert.fail(`the page's own consent flow works, but the embedded widget could not start its engine: ${widgetProblem}`);
});

test('figures are measured in the browser; the language switch works; the page is accessible', async (t) => {
  const { page } = await openPage(t);
  const wasmBytes = statSync(join(dist, 'zaslon.wasm')).size;
  await page.waitForFunction((n) => document.querySelector('#fig-size').dataset.bytes === String(n), wasmBytes);
  await page.waitForFunction(() => Number(document.querySelector('#fig-speed').dataset.mbs) > 0);
  await page.waitForFunction(() => Number(document.querySelector('#fig-scan').dataset.ms) > 0);

  // Every form control has an accessible name.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('textarea, select, input, button')]
      .filter((el) => !el.closest('[hidden]'))
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent.trim()))
      .map((el) => el.id || el.tagName),
  );
  assert.deepEqual(unlabelled, []);

  // Keyboard: an example chip works with Enter.
  await page.focus('[data-example="prompt"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#highlighted mark[data-type="SECRET"], #highlighted mark[data-type="EMPLOYEE_ID"]');
  await page.focus('#highlighted mark');
  assert.ok(await page.locator('#tip').isVisible(), 'the tooltip shows on keyboard focus');

  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await textOf(page, 'h1'), /Personal data stays on the device/);
  assert.match(await page.inputValue('#input'), /Summarise our clients/, 'an untouched example follows the language');
  assert.equal(await page.getAttribute('[data-lang="en"]', 'aria-pressed'), 'true');
});

test('screenshots: desktop and phone', async (t) => {
  mkdirSync(artifacts, { recursive: true });
  {
    const { page } = await openPage(t, { lang: 'ru' });
    await page.click('[data-example="prompt"]');
    await page.waitForSelector('#highlighted mark[data-type="SECRET"], #highlighted mark[data-type="PHONE_NUMBER"]');
    await page.waitForFunction(() => Number(document.querySelector('#fig-speed').dataset.mbs) > 0);
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#try').offsetTop - 60));
    await page.screenshot({ path: join(artifacts, 'demo.png') });
    await page.screenshot({ path: join(artifacts, 'demo-full.png'), fullPage: true });
  }
  {
    const { page } = await openPage(t, { lang: 'ru', viewport: { width: 390, height: 844 } });
    await page.waitForSelector('#highlighted mark');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling on a phone (${overflow}px)`);
    await page.screenshot({ path: join(artifacts, 'demo-phone.png'), fullPage: true });
  }
});
