#!/usr/bin/env node
// How much Zaslon delays a send: a 4 KB prompt in the ChatGPT fixture (ProseMirror), Enter
// (4096 bytes of UTF-8, mostly Cyrillic) dispatched by the page, time until the page's own send logic calls fetch. Two cases:
//   clean  - no personal data: redact round trip to the service worker, then re-dispatch
//   pii    - ~20 values: redact, preview rendered, "Send masked" confirmed at once by the test
//            hook (the user's own reading time is not Zaslon's delay), editor rewritten, re-dispatch
// Prints the medians (and p90). Uses the test build (for the auto-confirm hook).
import { buildTestExtension, launch } from '../test-support/helpers.mjs';

const N = Number(process.env.N || 40);
const filler = 'Подготовь, пожалуйста, короткое и вежливое письмо клиенту о переносе встречи на следующую неделю. ';
function prompt(withPii) {
  let s = '';
  let i = 0;
  while (Buffer.byteLength(s) < 4096) {
    s += filler;
    if (withPii && i % 2 === 0) s += `Телефон +7 912 ${String(100 + i).padStart(3, '0')}-${String(10 + (i % 89)).padStart(2, '0')}-89, почта user${i}@example.com. `;
    i++;
  }
  while (Buffer.byteLength(s) > 4096) s = s.slice(0, -1);
  return s;
}
const median = (a) => { const b = [...a].sort((x, y) => x - y); return b[Math.floor(b.length / 2)]; };
const p90 = (a) => { const b = [...a].sort((x, y) => x - y); return b[Math.floor(b.length * 0.9)]; };

const ext = await buildTestExtension();
const h = await launch(ext.dir, { reply: () => 'OK' });
try {
  await h.sw.evaluate(() => self.__zaslonTest.setHooks({ autoConfirm: true }));
  const page = await h.open('chatgpt');
  await page.evaluate(() => {
    const f = window.fetch;
    window.fetch = (...a) => { window.__onSend?.(performance.now()); return f(...a); };
  });
  const results = {};
  for (const kind of ['clean', 'pii']) {
    const text = prompt(kind === 'pii');
    const times = [];
    const net = [];
    for (let i = 0; i < N + 3; i++) {
      await page.locator('#prompt-textarea').click(); await page.keyboard.press('Control+A'); await page.keyboard.press('Delete'); await page.keyboard.insertText(text);
      const n = h.requests.length;
      let wall0 = 0;
      const dt = await page.evaluate(() => new Promise((resolve) => {
        const ta = document.getElementById('prompt-textarea');
        const t0 = performance.now();
        window.__wall0 = Date.now();
        window.__onSend = (t1) => { window.__onSend = null; resolve(t1 - t0); };
        ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
      }));
      // bounded: a send that never reaches the server is a failure to report, not a wait forever
      for (let k = 0; h.requests.length === n; k++) {
        if (k > 2000) throw new Error(`${kind} run ${i}: the prompt did not reach the server within 10 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      wall0 = await page.evaluate(() => window.__wall0);
      if (i >= 3) net.push(h.requests.at(-1).at - wall0); // through the network guard to the (routed) server
      await page.waitForFunction((c) => document.querySelectorAll('[data-message-author-role="assistant"][data-done]').length >= c, h.requests.length);
      if (i >= 3) times.push(dt); // first runs warm up the engine and the JIT
    }
    const sample = h.requests.at(-1).text;
    results[kind] = { median: median(times), p90: p90(times), net: median(net), bytes: Buffer.byteLength(text), leaked: kind === 'pii' && /\+7 912|@example\.com/.test(sample) };
  }
  for (const [k, r] of Object.entries(results)) {
    console.log(`send delay, 4 KB prompt, ${k.padEnd(5)}: median ${r.median.toFixed(2)} ms, p90 ${r.p90.toFixed(2)} ms; to the server through the network guard: median ${r.net} ms (${r.bytes} bytes UTF-8, n=${N})${r.leaked ? '  !! raw value sent' : ''}`);
  }
} finally {
  await h.close();
  await ext.cleanup();
}
