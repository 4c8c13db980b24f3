// End-to-end tests of the extension in Debian's Chromium (headless, extension loaded), against
// fixture chat pages served at the real site URLs. Run: node --test extension/test/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestExtension, launch, shot, until, haveEngine, restoredReply, views } from '../test-support/helpers.mjs';

// One value per type the extension must mask (valid checksums where the type has one).
const RAW = {
  PHONE_NUMBER: '+7 912 345-67-89',
  EMAIL_ADDRESS: 'ivan.petrov@example.com',
  CREDIT_CARD: '4111 1111 1111 1111',
  RU_INN: '500100732259',
  RU_SNILS: '112-233-445 95',
};
const PROMPT = `Напиши письмо клиенту Ивану: телефон ${RAW.PHONE_NUMBER}, почта ${RAW.EMAIL_ADDRESS}, ` +
  `карта ${RAW.CREDIT_CARD}, ИНН ${RAW.RU_INN}, СНИЛС ${RAW.RU_SNILS}. Вежливо.`;
const noRaw = (s) => Object.values(RAW).filter((v) => s.includes(v));
const preview = (page) => page.locator('zaslon-ui [data-zaslon="preview"]');
const action = (page, a) => page.locator(`zaslon-ui [data-action="${a}"]`);
const notice = (page) => page.locator('zaslon-ui [data-zaslon="error"], zaslon-ui [data-zaslon="notice"]');

// types into ChatGPT's composer, replacing what it holds
async function typeIn(page, text) {
  await page.locator('#prompt-textarea').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
let h;
const replyRestored = async (page, kind, mustContain) => (await restoredReply(h, page, mustContain)).text;

describe('Zaslon extension', { skip: !haveEngine && 'wasm/dist is not built (make wasm)' }, () => {
  let ext;
  before(async () => { ext = await buildTestExtension(); h = await launch(ext.dir); });
  after(async () => { await h?.close(); await ext?.cleanup(); });

  it('textarea site: Enter shows the preview, "Send masked" sends pseudonyms only, the reply is restored, copy gives real values', async () => {
    const page = await h.open('chatgpt');
    await typeIn(page, PROMPT);
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    const shown = await preview(page).innerText();
    assert.deepEqual(noRaw(shown), [], 'the preview shows values partly masked only');
    for (const type of Object.keys(RAW)) assert.match(shown, new RegExp(type), `preview lists ${type}`);
    assert.equal(h.requests.length, 0, 'nothing sent while the preview is open');
    await shot(page, 'extension-preview-textarea.png');
    await action(page, 'masked').click();
    const req = await until(() => h.requests.find((r) => r.kind === 'chatgpt'));
    assert.deepEqual(noRaw(req.text), [], 'the request carries no raw value');
    assert.match(req.text, /<PHONE_NUMBER_1>/);
    assert.match(req.text, /<EMAIL_ADDRESS_1>/);
    assert.match(req.text, /Напиши письмо клиенту/, 'the rest of the prompt is intact');
    const reply = await replyRestored(page, 'chatgpt', Object.values(RAW));
    assert.ok(reply.includes(RAW.PHONE_NUMBER));
    await shot(page, 'extension-reply-restored.png');
    // the site's own copy button copies what the site holds: pseudonyms
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://chatgpt.com' });
    await page.locator('.copy-reply').last().click();
    const copied = await until(async () => { const c = await page.evaluate(() => navigator.clipboard.readText()); return c.includes('Noted') ? c : null; });
    assert.match(copied, /<PHONE_NUMBER_1>/, "the site's copy button gives the masked text");
    // Zaslon's own Copy button (in its closed view) puts the restored text on the clipboard
    await page.evaluate(() => navigator.clipboard.writeText('-'));
    const v = (await views(h, page)).views.at(-1);
    await page.mouse.click(v.copy.x, v.copy.y);
    const mine = await until(async () => { const c = await page.evaluate(() => navigator.clipboard.readText()); return c !== '-' ? c : null; });
    assert.ok(mine.includes(RAW.PHONE_NUMBER) && !/<PHONE_NUMBER_1>/.test(mine), "Zaslon's copy gives the restored text");
    // a second message in the same conversation reuses the pseudonyms (one vault per conversation)
    await typeIn(page, `И ещё раз: ${RAW.PHONE_NUMBER}`);
    await page.locator('#composer-submit-button').click();
    await preview(page).waitFor({ timeout: 5000 }).catch(async (e) => { await shot(page, 'extension-debug-second-send.png'); throw e; });
    await page.keyboard.press('Enter');
    const req2 = await until(() => h.requests.filter((r) => r.kind === 'chatgpt')[1]);
    assert.equal(req2.text, 'И ещё раз: <PHONE_NUMBER_1>');
    // the popup shows this conversation's counts
    const conv = new URL(page.url()).pathname.split('/').pop();
    const tabId = await until(() => h.sw.evaluate(async (c) => Number(Object.entries((await chrome.storage.session.get('tabs')).tabs).find(([, k]) => k === 'chatgpt|c:' + c)?.[0]), conv));
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 330, height: 300 });
    await popup.goto(`chrome-extension://${h.extId}/popup.html?tab=${tabId}&url=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('#counts tr');
    const ptext = await popup.locator('body').innerText();
    assert.match(ptext, /ChatGPT/);
    assert.match(ptext, /PHONE_NUMBER\s+2/);
    await shot(popup, 'extension-popup.png');
    await popup.close();
    await page.close();
  });

  it('ProseMirror site: the send button is caught and the editor state carries the masked text', async () => {
    const page = await h.open('claude');
    await page.click('div.ProseMirror');
    // "Hi Claude" addresses the assistant on its own site: no person to mask
    await page.keyboard.type(`Hi Claude! Звонить ${RAW.PHONE_NUMBER}, писать ${RAW.EMAIL_ADDRESS}`);
    await page.click('button[aria-label="Send message"] svg');
    await preview(page).waitFor();
    await shot(page, 'extension-preview-prosemirror.png');
    await page.keyboard.press('Enter'); // "Send masked" has the focus
    const req = await until(() => h.requests.find((r) => r.kind === 'claude'));
    assert.equal(req.text, 'Hi Claude! Звонить <PHONE_NUMBER_1>, писать <EMAIL_ADDRESS_1>');
    await replyRestored(page, 'claude', [RAW.PHONE_NUMBER, RAW.EMAIL_ADDRESS]);
    assert.match(page.url(), /\/chat\/[\w-]+$/);
    await page.close();
  });

  it('Lexical site: a paste is masked in place, then Enter sends it without a second preview', async () => {
    const page = await h.open('perplexity');
    await page.click('#ask-input');
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.perplexity.ai' });
    await page.evaluate((t) => navigator.clipboard.writeText(t), `Карта ${RAW.CREDIT_CARD}\nИНН ${RAW.RU_INN}`);
    await page.keyboard.press('Control+V');
    await until(async () => /<CREDIT_CARD_1>/.test(await page.evaluate(() => window.__editorText())));
    const inEditor = await page.evaluate(() => window.__editorText());
    assert.deepEqual(noRaw(inEditor), [], 'the editor state holds only the masked paste');
    assert.match(await notice(page).innerText(), /2/);
    await page.keyboard.press('Enter');
    const req = await until(() => h.requests.find((r) => r.kind === 'perplexity'));
    assert.deepEqual(noRaw(req.text), []);
    assert.match(req.text, /<CREDIT_CARD_1>[\s\S]*<RU_INN_1>/);
    await replyRestored(page, 'perplexity', [RAW.CREDIT_CARD, RAW.RU_INN]);
    await page.close();
  });

  it('Quill site: "Edit" sends nothing; "Send original" needs a reason and is logged without values', async () => {
    const page = await h.open('gemini');
    await page.click('.ql-editor');
    await page.keyboard.type(`СНИЛС ${RAW.RU_SNILS}`);
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    await action(page, 'edit').click();
    await preview(page).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => window.__editorText()), `СНИЛС ${RAW.RU_SNILS}`, 'Edit leaves the text as typed');
    assert.equal(h.requests.filter((r) => r.kind === 'gemini').length, 0);
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    await action(page, 'original').click();
    await action(page, 'confirm-original').click(); // no reason yet: nothing happens
    assert.equal(h.requests.filter((r) => r.kind === 'gemini').length, 0);
    await page.locator('zaslon-ui [data-field="reason"]').fill(`клиент сам попросил, тел. ${RAW.PHONE_NUMBER}`);
    await shot(page, 'extension-preview-send-original.png');
    await action(page, 'confirm-original').click();
    const req = await until(() => h.requests.find((r) => r.kind === 'gemini'));
    assert.equal(req.text, `СНИЛС ${RAW.RU_SNILS}`, 'the original went out as the user chose');
    // audit entries are written in their own queue after the answer (sw.js `writes`): wait for it
    const last = await until(async () => {
      const a = await h.sw.evaluate(async () => (await chrome.storage.local.get('audit')).audit);
      return a?.at(-1)?.action === 'original' ? a.at(-1) : null;
    });
    assert.equal(last.action, 'original');
    assert.deepEqual(last.counts, { RU_SNILS: 1 });
    assert.match(last.reason, /клиент сам попросил, тел\. \[PHONE_NUMBER\]/, 'the reason is kept with its own PII labelled');
    await page.close();
  });

  it('files: a text file is scanned and attached masked; files that cannot be scanned are blocked by default', async () => {
    const page = await h.open('chatgpt');
    await page.setInputFiles('#file', [{ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,phone\nИван,${RAW.PHONE_NUMBER}\n`) }]);
    await preview(page).waitFor();
    assert.match(await preview(page).innerText(), /clients\.csv/);
    await shot(page, 'extension-preview-file.png');
    await action(page, 'masked').click();
    const up = await until(() => h.uploads.find((u) => u.name === 'clients.csv'));
    assert.deepEqual(noRaw(up.text), []);
    assert.match(up.text, /<PHONE_NUMBER_1>/);
    // a dropped binary file cannot be scanned: blocked by default, with a notice
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'scan.png', { type: 'image/png' }));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await until(async () => /scan\.png/.test(await notice(page).innerText().catch(() => '')));
    assert.match(await notice(page).innerText(), /NOT attached|НЕ прикреплены/);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(!h.uploads.some((u) => u.name === 'scan.png'), 'an unscannable file is not uploaded');
    await page.close();
  });

  it('audit log: counts by type, no values; options page shows and exports it', async () => {
    const audit = await h.sw.evaluate(async () => (await chrome.storage.local.get('audit')).audit);
    assert.ok(audit.length >= 4);
    const json = JSON.stringify(audit);
    assert.deepEqual(noRaw(json), [], 'the audit log holds no raw value');
    assert.ok(!json.includes('Напиши письмо'), 'the audit log holds no prompt text');
    const masked = audit.find((e) => e.action === 'masked' && e.site === 'chatgpt' && e.purpose === 'send');
    assert.equal(masked.counts.PHONE_NUMBER, 1);
    assert.ok(audit.some((e) => e.purpose === 'paste' && e.site === 'perplexity'));
    assert.ok(audit.some((e) => e.action === 'edit' && e.site === 'gemini'));
    assert.ok(audit.some((e) => e.action === 'file-blocked'));
    const opt = await h.context.newPage();
    await opt.goto(`chrome-extension://${h.extId}/options.html`);
    await opt.waitForSelector('#audit tbody tr');
    const text = await opt.locator('#audit').innerText();
    assert.match(text, /PHONE_NUMBER × 1/);
    assert.deepEqual(noRaw(text), []);
    const [dl] = await Promise.all([opt.waitForEvent('download'), opt.click('#exportCsv')]);
    const csv = await (await import('node:fs/promises')).readFile(await dl.path(), 'utf8');
    assert.match(csv, /^time,site,purpose,counts,total,action,reason/);
    assert.match(csv, /chatgpt,send,.*PHONE_NUMBER=1/);
    assert.deepEqual(noRaw(csv), []);
    await shot(opt, 'extension-options.png');
    await opt.close();
  });

  it('vaults live in chrome.storage.session and are wiped when the conversation tab closes', async () => {
    const page = await h.open('chatgpt');
    await typeIn(page, `тел ${RAW.PHONE_NUMBER}`);
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/c\/conv-chatgpt-/);
    const conv = new URL(page.url()).pathname.split('/').pop();
    const key = await until(() => h.sw.evaluate(async (c) => Object.keys(await chrome.storage.session.get(null)).find((k) => k === 'v:chatgpt|c:' + c), conv));
    const before = await h.sw.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    assert.ok(before.includes(key));
    await page.close();
    await until(() => h.sw.evaluate(async (k) => !(k in await chrome.storage.session.get(null)), key));
  });

  it('adapter health: an unknown route says "not protected here" in the popup, the badge and the audit log', async () => {
    const page = await h.context.newPage();
    await page.goto('https://chatgpt.com/settings/data');
    const tabId = await until(() => h.sw.evaluate(async () => {
      const m = (await chrome.storage.session.get('health')).health || {};
      const e = Object.entries(m).find(([, v]) => v.site === 'chatgpt' && v.problems.includes('route'));
      return e ? Number(e[0]) : null;
    }), { timeout: 8000 });
    assert.equal(await h.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '!');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extId}/popup.html?tab=${tabId}&url=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('.status.bad');
    assert.match(await popup.locator('.status').innerText(), /Not protected here: unknown page/);
    await shot(popup, 'extension-popup-not-protected.png');
    const audit = await h.sw.evaluate(async () => (await chrome.storage.local.get('audit')).audit);
    assert.ok(audit.some((e) => e.action === 'unprotected' && e.site === 'chatgpt' && /route/.test(e.reason)));
    // a page whose composer is there is healthy: no badge
    const ok = await h.open('claude');
    await new Promise((r) => setTimeout(r, 3500));
    const okTab = await h.sw.evaluate(async () => Number(Object.entries((await chrome.storage.session.get('health')).health || {}).find(([, v]) => v.site === 'claude')?.[0]));
    assert.equal(await h.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), okTab), '');
    await popup.close(); await ok.close(); await page.close();
  });

  it('pause for this site lets prompts through unchanged, and resuming protects again', async () => {
    await h.sw.evaluate(async () => { const { settings = {} } = await chrome.storage.local.get('settings'); settings.paused = { chatgpt: true }; await chrome.storage.local.set({ settings }); });
    const page = await h.open('chatgpt');
    const n = h.requests.length;
    await typeIn(page, `paused ${RAW.EMAIL_ADDRESS}`);
    await page.keyboard.press('Enter');
    const req = await until(() => h.requests[n]);
    assert.equal(req.text, `paused ${RAW.EMAIL_ADDRESS}`);
    await h.sw.evaluate(async () => { const { settings = {} } = await chrome.storage.local.get('settings'); settings.paused = {}; await chrome.storage.local.set({ settings }); });
    await page.close();
  });

  it('managed policy: block action, no "Send original", files blocked, sites and options locked', async () => {
    const types = { PHONE_NUMBER: { action: 'pseudonym' }, EMAIL_ADDRESS: { action: 'pseudonym' }, CREDIT_CARD: { action: 'block' } };
    await h.sw.evaluate((m) => self.__zaslonTest.setManaged(m), {
      policy: JSON.stringify({ types }), allowSendOriginal: false, blockFiles: true, allowPause: false,
      enabledSites: ['chatgpt', 'claude', 'perplexity'],
    });
    try {
      const page = await h.open('chatgpt');
      const n = h.requests.length;
      await typeIn(page, `карта ${RAW.CREDIT_CARD}`);
      await page.keyboard.press('Enter');
      await preview(page).waitFor();
      assert.match(await preview(page).innerText(), /blocked|запрещ/i);
      assert.equal(await action(page, 'masked').count(), 0, 'a blocked message has no "Send masked"');
      assert.equal(await action(page, 'original').count(), 0);
      await shot(page, 'extension-preview-blocked.png');
      await action(page, 'edit').click();
      await typeIn(page, `почта ${RAW.EMAIL_ADDRESS}`);
      await page.keyboard.press('Enter');
      await preview(page).waitFor();
      assert.equal(await action(page, 'original').count(), 0, 'no "Send original" when the admin forbids it');
      await action(page, 'masked').click();
      const req = await until(() => h.requests[n]);
      assert.equal(h.requests.length, n + 1, 'the blocked message was never sent');
      assert.equal(req.text, 'почта <EMAIL_ADDRESS_1>');
      await page.setInputFiles('#file', [{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) }]);
      await until(async () => /photo\.jpg/.test(await notice(page).innerText().catch(() => '')));
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!h.uploads.some((u) => u.name === 'photo.jpg'), 'an unscannable file is blocked');
      await page.close();
      // a site the admin switched off is not touched
      const g = await h.open('gemini');
      await g.click('.ql-editor');
      await g.keyboard.type('off here');
      await g.keyboard.press('Enter');
      await until(() => h.requests.find((r) => r.kind === 'gemini' && r.text === 'off here'));
      await g.close();
      // options: the user sees the managed policy and cannot loosen it
      const opt = await h.context.newPage();
      await opt.goto(`chrome-extension://${h.extId}/options.html`);
      await opt.waitForSelector('#sites input');
      assert.equal(await opt.locator('#managedNote').isVisible(), true);
      assert.equal(await opt.locator('#policy').getAttribute('readonly'), '');
      assert.match(await opt.locator('#policy').inputValue(), /"CREDIT_CARD"[\s\S]*"block"/);
      assert.equal(await opt.locator('#allowSendOriginal').isDisabled(), true);
      assert.equal(await opt.locator('#blockFiles').isDisabled(), true);
      assert.equal(await opt.locator('input[data-site="gemini"]').isDisabled(), true);
      await shot(opt, 'extension-options-managed.png');
      await opt.close();
    } finally {
      await h.sw.evaluate(() => self.__zaslonTest.clearManaged());
    }
  });
});

describe('Zaslon extension without its engine', { skip: !haveEngine && 'wasm/dist is not built (make wasm)' }, () => {
  let ext;
  before(async () => { ext = await buildTestExtension({ withoutWasm: true }); h = await launch(ext.dir); });
  after(async () => { await h?.close(); await ext?.cleanup(); });

  it('fail-closed: a missing zaslon.wasm blocks sending and tells the user', async () => {
    const page = await h.open('chatgpt');
    await typeIn(page, `тел ${RAW.PHONE_NUMBER}`);
    await page.keyboard.press('Enter');
    const err = page.locator('zaslon-ui [data-zaslon="error"]');
    await err.waitFor();
    assert.match(await err.innerText(), /NOT sent|НЕ отправлено/);
    await page.locator('#composer-submit-button').click();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(h.requests.length, 0, 'nothing was sent');
    assert.equal(await page.evaluate(() => window.__editorText()), `тел ${RAW.PHONE_NUMBER}`, 'the text stays for the user');
    await shot(page, 'extension-engine-missing.png');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extId}/popup.html?tab=1&url=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('.status.bad');
    await popup.close();
    await page.close();
  });
});

describe('Zaslon extension in Russian', { skip: !haveEngine && 'wasm/dist is not built (make wasm)' }, () => {
  let ext;
  before(async () => { ext = await buildTestExtension(); h = await launch(ext.dir, { args: ['--lang=ru'] }); });
  after(async () => { await h?.close(); await ext?.cleanup(); });

  it('the preview and the popup speak Russian under a Russian UI (_locales/ru)', async () => {
    const page = await h.open('chatgpt');
    await typeIn(page, `Позвоните ${RAW.PHONE_NUMBER}`);
    await page.keyboard.press('Enter');
    await preview(page).waitFor();
    assert.match(await preview(page).innerText(), /Заслон заменит[\s\S]*Отправить замаскированным/);
    await shot(page, 'extension-preview-ru.png');
    await action(page, 'masked').click();
    await until(() => h.requests.length);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 330, height: 260 });
    await popup.goto(`chrome-extension://${h.extId}/popup.html?tab=1&url=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('.status.ok');
    assert.match(await popup.locator('.status').innerText(), /Защищает ChatGPT/);
    await shot(popup, 'extension-popup-ru.png');
  });
});
