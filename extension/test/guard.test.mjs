// The network guard on every body shape, its verdict time limit, the service worker's restore
// size caps, and the admin's settings for what Zaslon cannot protect (unknown editors, files).
// Run: node --test extension/test/guard.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestExtension, launch, until, haveEngine } from '../test-support/helpers.mjs';

const PHONE = '+7 912 345-67-89';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const error = (page) => page.locator('zaslon-ui [data-zaslon="error"]');
const notice = (page) => page.locator('zaslon-ui [data-zaslon="error"], zaslon-ui [data-zaslon="notice"]');

describe('Zaslon network guard and limits', { skip: !haveEngine && 'wasm/dist is not built (make wasm)' }, () => {
  let ext; let h;
  before(async () => { ext = await buildTestExtension(); h = await launch(ext.dir); });
  after(async () => { await h?.close(); await ext?.cleanup(); });

  // a message to the content script of `page` (test build hooks): the newest tab at its URL
  async function toTab(page, msg) {
    return h.sw.evaluate(async ({ url, msg }) => {
      const tabs = (await chrome.tabs.query({})).sort((a, b) => b.id - a.id);
      for (const tab of tabs) {
        let r = null;
        try { r = await chrome.tabs.sendMessage(tab.id, { op: 'testViews' }); } catch { /* no content script */ }
        if (r && r.url === url) return chrome.tabs.sendMessage(tab.id, msg);
      }
      return null;
    }, { url: page.url(), msg });
  }
  const swCall = (page, msg) => toTab(page, { op: 'testCall', msg });

  it('sendBeacon, Blob, FormData, URLSearchParams and buffer bodies are read: personal data is blocked, clean text goes; a stream fails closed', async () => {
    const page = await h.open('chatgpt');
    const out = await page.evaluate(async (phone) => {
      const r = {};
      const draft = '/backend-api/f/conversation/prepare';
      const bodies = {
        blob: (t) => new Blob([JSON.stringify({ q: t })], { type: 'application/json' }),
        formdata: (t) => { const f = new FormData(); f.append('q', t); return f; },
        formfile: (t) => { const f = new FormData(); f.append('file', new Blob([t]), 'a.txt'); return f; },
        params: (t) => new URLSearchParams({ q: t }),
        buffer: (t) => new TextEncoder().encode(t),
      };
      for (const [k, make] of Object.entries(bodies)) {
        for (const [tag, t] of [['clean', `clean-${k} погода`], ['pii', `pii-${k} ${phone}`]]) {
          try { await fetch(draft, { method: 'POST', body: make(t) }); r[`${k}-${tag}`] = 'sent'; } catch (e) { r[`${k}-${tag}`] = e.name; }
        }
      }
      for (const [tag, t] of [['clean', 'beacon-clean погода'], ['pii', `beacon-pii ${phone}`]]) {
        r[`beacon-${tag}`] = navigator.sendBeacon(draft, new Blob([t], { type: 'text/plain' }));
        r[`beaconstr-${tag}`] = navigator.sendBeacon(draft, t.replace('beacon', 'beaconstr'));
      }
      // a streamed body cannot be read without consuming it: blocked on draft and prompt endpoints
      const stream = (t) => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(t)); c.close(); } });
      for (const [k, url] of [['stream-draft', draft], ['stream-prompt', '/backend-api/f/conversation']]) {
        try { await fetch(url, { method: 'POST', body: stream(`stream погода`), duplex: 'half' }); r[k] = 'sent'; } catch (e) { r[k] = `${e.name}: ${e.message}`; }
      }
      return r;
    }, PHONE);
    for (const k of ['blob', 'formdata', 'formfile', 'params', 'buffer']) {
      assert.equal(out[`${k}-clean`], 'sent', `${k}: a clean draft goes out`);
      assert.equal(out[`${k}-pii`], 'AbortError', `${k}: a draft with personal data is blocked`);
      await until(() => h.drafts.some((d) => d.body.includes(`clean-${k}`)));
    }
    for (const k of ['beacon', 'beaconstr']) {
      await until(() => h.drafts.some((d) => d.body.includes(`${k}-clean`)), { timeout: 5000 });
    }
    await sleep(500);
    for (const k of ['blob', 'formdata', 'formfile', 'params', 'buffer', 'beacon', 'beaconstr']) {
      assert.ok(!h.drafts.some((d) => d.body.includes(`${k}-pii`)), `${k}: nothing with personal data reached the site`);
    }
    assert.match(out['stream-draft'], /^AbortError: Zaslon blocked/);
    assert.match(out['stream-prompt'], /^AbortError: Zaslon blocked/);
    assert.deepEqual([...h.drafts, ...h.requests].filter((d) => (d.body ?? d.text).includes('stream погода')), []);
    await page.close();
  });

  it("a prompt whose request carries the site's own id with a look-alike value in it (a car plate in a UUID) goes out masked", async () => {
    // Le Chat sends its conversation UUID with every prompt; 1 in ~650 random UUIDs held a value the
    // engine found ("e211cb20" read as a Russian car plate). The guard counted it and blocked every
    // prompt of that conversation ("it still contained 2 item(s)"): the sites test failed when the
    // fixture's random id was one of them.
    const id = 'e211cb20-eb72-4504-8363-8fcdd9764bc0';
    const page = await h.context.newPage();
    await page.goto(`https://chat.mistral.ai/chat?chat=${id}`);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Two layers keep it out: the engine leaves values inside a UUID alone (tests/spec/plate.txt),
    // and the guard does not count them (units.test.mjs, outsideIds) should a recognizer not.
    const seen = await swCall(page, { op: 'redact', text: id, purpose: 'send' });
    assert.ok(seen.ok, 'the engine answered');
    assert.deepEqual(seen.spans, [], 'the engine finds nothing inside the id');
    const n = h.requests.length;
    await page.locator('div.ProseMirror').click();
    await page.keyboard.insertText(`тел ${PHONE}`);
    await page.locator('button[aria-label="Send question"] svg').click();
    await page.locator('zaslon-ui [data-zaslon="preview"]').waitFor({ timeout: 5000 });
    await page.locator('zaslon-ui [data-action="masked"]').click();
    const req = await until(() => h.requests.slice(n).find((r) => r.kind === 'mistral'), { timeout: 6000 });
    assert.equal(req.text, 'тел <PHONE_NUMBER_1>');
    assert.equal(await error(page).count(), 0, 'no block notice');
    await page.close();
  });

  it('a verdict that never comes: nothing is sent and the user is told', async () => {
    const page = await h.open('chatgpt');
    await h.sw.evaluate(() => self.__zaslonTest.setHooks({ stallCheck: true }));
    try {
      await toTab(page, { op: 'testVerdictMs', ms: 300 });
      const n = h.requests.length;
      await page.locator('#prompt-textarea').click();
      await page.keyboard.insertText('погода на завтра');
      await page.keyboard.press('Enter');
      await error(page).waitFor({ timeout: 5000 });
      assert.match(await error(page).innerText(), /in time|не успел/);
      await until(() => page.evaluate(() => window.__sendErrors === 1), { timeout: 3000 });
      assert.equal(h.requests.length, n, 'nothing was sent');
    } finally {
      await h.sw.evaluate(() => self.__zaslonTest.setHooks({}));
    }
    await page.close();
  });

  it('restore requests and restored output are capped in the service worker', async () => {
    const page = await h.open('chatgpt');
    const email = 'ivan.petrov.' + 'a'.repeat(50) + '@example.com'; // 74 characters behind a 17-character token
    const red = await swCall(page, { op: 'redact', text: `почта ${email}`, purpose: 'send' });
    assert.equal(red.masked, 'почта <EMAIL_ADDRESS_1>');
    const tok = '<EMAIL_ADDRESS_1>';
    const item = tok.repeat(Math.floor(65536 / tok.length)); // one item just under 64 KiB
    const restore = (texts) => swCall(page, { op: 'restore', texts });
    const one = await restore([item]);
    assert.equal(one.ok, true);
    assert.equal(one.texts[0].length, (item.length / tok.length) * email.length);
    // 16 such items are within the 1 MiB input cap but restore to more than 4 MiB
    const big = await restore(Array(16).fill(item));
    assert.equal(big.ok, false, 'restored output over 4 MiB is refused');
    assert.match(big.error.message, /too large/);
    assert.equal((await restore(Array(500).fill(tok))).ok, true, '500 items are accepted');
    assert.equal((await restore(Array(501).fill(tok))).ok, false, '501 items are refused');
    assert.equal((await restore(['x'.repeat(65536)])).ok, true, 'an item of 64 KiB is accepted');
    assert.equal((await restore(['x'.repeat(65537)])).ok, false, 'an item over 64 KiB is refused');
    assert.equal((await restore(Array(17).fill('x'.repeat(62000)))).ok, false, 'over 1 MiB in all is refused');
    await page.close();
  });

  it('managed blockUnknownEditors: Enter in a field no adapter knows is stopped while it holds personal data; managed blockFiles false lets an unscannable file through with a notice', async () => {
    await h.sw.evaluate((m) => self.__zaslonTest.setManaged(m), { blockUnknownEditors: true, blockFiles: false });
    try {
      const page = await h.open('mistral');
      await page.locator('input[name="q"]').fill(`позвоните ${PHONE}`);
      await page.locator('input[name="q"]').press('Enter');
      await error(page).waitFor({ timeout: 5000 });
      assert.match(await error(page).innerText(), /blocked|остановил/);
      await sleep(300);
      assert.equal(await page.evaluate(() => window.__searched || 0), 0, 'the field with personal data was not submitted');
      const audit = await h.sw.evaluate(async () => (await chrome.storage.local.get('audit')).audit);
      assert.ok(audit.some((e) => e.site === 'mistral' && e.action === 'blocked' && e.counts.PHONE_NUMBER === 1));
      // a clean field is given its Enter back
      await page.locator('input[name="q"]').fill('документация');
      await page.locator('input[name="q"]').press('Enter');
      await until(() => page.evaluate(() => window.__searched === 1));
      await page.close();

      const chat = await h.open('chatgpt');
      await chat.setInputFiles('#file', [{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) }]);
      await until(() => h.uploads.some((u) => u.name === 'photo.jpg'));
      assert.match(await notice(chat).innerText(), /not checked|не проверены/);
      await chat.close();
    } finally {
      await h.sw.evaluate(() => self.__zaslonTest.clearManaged());
    }
  });
});
