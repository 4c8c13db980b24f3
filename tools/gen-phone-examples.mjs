#!/usr/bin/env node
// gen-phone-examples.mjs — a phone test set this project did not write: libphonenumber's example
// number of every region and number type, in international ("+44 7400 123456"), E.164
// ("+447400123456") and national ("07400 123456") form, each put in a Russian and an English
// sentence. Output: JSON lines in
// the corpus format (text, lang, pii), read by bench/accuracy.py (make bench-accuracy).
//
//     node tools/gen-phone-examples.mjs build/gen/phone-examples.jsonl
//
// Source: google-libphonenumber 3.2.47 (Apache-2.0), PhoneNumberUtil.getExampleNumberForType.
// The sentences are fixed templates chosen by a counter, so the set is the same on every run.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const lpn = require('google-libphonenumber');
const util = lpn.PhoneNumberUtil.getInstance();
const { PhoneNumberType: T, PhoneNumberFormat: F } = lpn;
const out = process.argv[2] || 'build/gen/phone-examples.jsonl';

const templates = {
  ru: [
    (p) => `Мой номер ${p}, звоните после шести`,
    (p) => `Запишите телефон клиента: ${p}`,
    (p) => `${p} — это рабочий, лучше в WhatsApp`,
    (p) => `Перезвоните мне на ${p} завтра утром`,
  ],
  en: [
    (p) => `My number is ${p}, call after six`,
    (p) => `Please ring the customer at ${p}`,
    (p) => `${p} is my work line, WhatsApp is better`,
    (p) => `You can reach me on ${p} tomorrow morning`,
  ],
};

const types = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP',
  'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const lines = [];
const seen = new Set();
let k = 0;
for (const region of util.getSupportedRegions().sort()) {
  for (const type of types) {
    const num = util.getExampleNumberForType(region, T[type]);
    if (!num) continue;
    for (const [fmt, form] of [[F.INTERNATIONAL, 'international'], [F.E164, 'e164'], [F.NATIONAL, 'national']]) {
      const value = util.format(num, fmt);
      if (seen.has(value)) continue;
      seen.add(value);
      for (const lang of ['ru', 'en']) {
        const t = templates[lang][k++ % templates[lang].length];
        lines.push(JSON.stringify({ text: t(value), lang, region, kind: type, form,
          pii: [{ type: 'PHONE_NUMBER', value }] }));
      }
    }
  }
}
if (lines.length < 1000) throw new Error(`only ${lines.length} examples: is the package complete?`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
