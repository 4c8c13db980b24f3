#!/usr/bin/env node
// gen-brands.mjs — writes build/gen/zs_brand.c: zl_ru_brand, the Cyrillic names of brands,
// banks, services, shops and car makes that chat writes with a capital («Оплатил через
// Тинькофф», «Скинь в Вайбер», «Продаю Ладу Весту»). The person rules and the tagger take no
// span made only of such words (src/recognize/rec_person.c, zl_person_brand). Run by mk/gen.mk:
//
//     node tools/gen-brands.mjs build/gen/zs_brand.c
//
// Sources:
//   banks-db 0.12.0 (npm, CC BY 4.0, (c) Ramoona / the banks-db contributors): the local titles of
//       the banks of Russia, Belarus, Kazakhstan and Ukraine written in Cyrillic («Тинькофф Банк»,
//       «Сбербанк», «Альфабанк»): every word of a title, and the stem of a word ending in «-банк»
//       as chat shortens it («Сбер», «Альфа»).
//   Hand-written below (HAND): what no data package reachable here has in Cyrillic — messengers
//       and apps, mobile operators, marketplaces and shops, car makes and models as Russian chat
//       spells them. OpenCorpora (npm az, tools/gen-lexicon.mjs) already knows many organisations
//       (Orgn: «Билайн», «Ашан», «Гугл», «ВТБ»), which the lexicon reads as places; hunspell's and
//       cspell's Russian dictionaries have none of these brands with a capital. Words that are
//       people's names too (Форд, Логан, Поло, Мерседес; Рено, Опель, Пежо, Ситроен, Шевроле: news
//       names Janet Reno «Рено» alone, nerel_train) are left out of the hand list; the ones a
//       source has (Лада, Веста) count only together with another brand word (rec_person.c).
//
// Keys are folded as tools/gen-names.mjs folds them (lower case, ё -> е) and stored in the
// nominative; src/recognize/rec_lex.c undoes case endings before it looks a word up. Generated at
// build time, never committed.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/gen-brands.mjs OUT.c');
  process.exit(2);
}

const fold = (w) => w.toLowerCase().replace(/ё/g, 'е');
const CYR = /^[а-я][а-я-]*[а-я]$/;
const keys = new Map(); // key -> source

// ---- banks-db: Cyrillic bank titles -----------------------------------------------------------
const bankDir = join(dirname(require.resolve('banks-db/package.json')), 'banks');
// generic words of the titles: no brand of their own («Банк Москва-Минск», «Хоум Кредит Банк»)
const GENERIC = new Set(['банк', 'кредит', 'народный', 'белорусский', 'национальный', 'москва', 'минск',
  'беларусь', 'россия', 'украина', 'казахстан']);
let nBanks = 0;
for (const country of readdirSync(bankDir, { withFileTypes: true })) {
  if (!country.isDirectory()) continue;
  for (const f of readdirSync(join(bankDir, country.name))) {
    if (!f.endsWith('.json')) continue;
    const bank = JSON.parse(readFileSync(join(bankDir, country.name, f), 'utf8'));
    const title = bank.localTitle || '';
    if (!/[а-яё]/i.test(title)) continue;
    nBanks++;
    for (const part of title.split(/[\s()«»"]+/)) {
      const w = fold(part);
      for (const k of [w, ...w.split('-')]) {
        if (!CYR.test(k) || k.length < 3 || GENERIC.has(k)) continue;
        keys.set(k, 'banks-db');
        // «Сбербанк» -> «Сбер», «Альфабанк» -> «Альфа»: how chat names the bank
        const m = /^(.{4,})банк$/.exec(k);
        if (m && !GENERIC.has(m[1])) keys.set(m[1].replace(/-$/, ''), 'banks-db stem');
      }
    }
  }
}

// ---- hand list: what no package has (see above) -----------------------------------------------
const HAND = [
  // messengers, social networks, apps
  'вайбер', 'телеграм', 'телеграмм', 'ватсап', 'вотсап', 'вацап', 'ватсапп', 'вотсапп', 'инстаграм',
  'инстаграмм', 'тикток', 'ютуб', 'ютьюб', 'скайп', 'зум', 'дискорд', 'фейсбук', 'твиттер', 'вконтакте',
  'госуслуги', 'кинопоиск',
  // sites and services chat and news name as a speaker («Хабр написал», «Твич заявил»: helper short's
  // list of main's false spans, 5 Dec 2026)
  'хабр', 'твич', 'дзен', 'стим', 'сдэк', 'сдек', 'хэдхантер', 'хедхантер', 'мэйлру', 'мейлру',
  'рутуб', 'рустор', 'тинькофф', 'вайлдбериз',
  // AI assistants, streaming and book services thanked or quoted in chat («Спасибо, Гигачат!»,
  // «Окко прислал уведомление», «Литрес ответил»: taken as persons on 03623fe)
  'гигачат', 'окко', 'литрес', 'мосбиржа', 'икея',
  // mobile operators
  'мегафон', 'билайн', 'йота', 'ростелеком',
  // marketplaces, delivery, shops
  'авито', 'озон', 'вайлдберриз', 'вайлдберис', 'валдберис', 'валберис', 'алиэкспресс', 'яндекс',
  'самокат', 'сбермаркет', 'леруа', 'мерлен', 'ашан', 'икеа', 'пятерочка', 'перекресток', 'магнит',
  'дикси', 'эльдорадо', 'ситилинк', 'спортмастер', 'летуаль', 'вкусвилл', 'карусель', 'эпл', 'эппл',
  'самсунг', 'сяоми', 'хуавей', 'гугл',
  // drinks, sweets and food chains a shop's chat names with a capital («Привезите Пепси и Лейс»,
  // «Аква Минерале или Святой Источник»: taken as persons on 1780f80)
  'пепси', 'кола', 'фанта', 'спрайт', 'лейс', 'аква', 'минерале', 'святой', 'источник', 'бонаква',
  'нестле', 'данон', 'простоквашино', 'милка', 'сникерс', 'твикс', 'баунти', 'киндер', 'рафаэлло',
  'нутелла', 'нескафе', 'несквик', 'макдоналдс', 'макдак', 'теремок', 'вкусно', 'додо', 'шоколадница',
  'барби', // the doll («маникюр как у Барби»)
  // car models (the makes are CAR_MAKES below)
  'веста', 'гранта', 'приора', 'калина', 'нива', 'ларгус', 'солярис', 'камри', 'королла', 'октавия', 'крета',
];
// car makes: a capitalised word right after one is its model («Киа Рио», «Тойоту Камри»), flag 4
const CAR_MAKES = ['лада', 'тойота', 'шкода', 'киа', 'хендай', 'хендэ', 'хундай', 'хенде', 'ниссан',
  'фольксваген', 'мазда', 'субару', 'мицубиси', 'митсубиси', 'лексус', 'ауди', 'бмв', 'джили', 'хавал'];
// news agencies and papers Russian news quotes («Как сообщает Рейтер», «агентство Франс Пресс»,
// «Как пишет Гардиан»; nerel_train and bsnlp_ru_train had «Франс» as a person five times), flag 8:
// a brand even where a name table reads the word too (OpenCorpora's surname «Рейтер»); not
// «Блумберг», the man as often as the agency
const MEDIA = ['рейтер', 'рейтерс', 'франс', 'синьхуа', 'киодо', 'йонхап', 'интерфакс', 'форбс',
  'гардиан'];
for (const w of HAND) if (!keys.has(w)) keys.set(w, 'hand');
for (const w of CAR_MAKES) keys.set(w, 'car');
for (const w of MEDIA) keys.set(w, 'media');

const sorted = [...keys.keys()].map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
const blob = [], off = [], flags = [];
for (const k of sorted) {
  off.push(blob.length);
  for (const b of k) blob.push(b);
  blob.push(0);
  const src = keys.get(k.toString('utf8'));
  // 1 banks-db, 2 hand list, 4 a car make, 8 a news agency or paper
  flags.push(src === 'car' ? 2 | 4 : src === 'media' ? 2 | 8 : src === 'hand' ? 2 : 1);
}
const wrap = (arr, per) => arr.join(',').replace(new RegExp(`(([^,]*,){${per}})`, 'g'), '$1\n');
const c = `/* Generated by tools/gen-brands.mjs from banks-db 0.12.0 (CC BY 4.0) and the generator's
 * hand list. Do not edit; do not commit. */
#include "recognize/ling.h"

static const unsigned char zl_ru_brand_blob[${blob.length}] = {
${wrap(blob, 32)}};
static const uint32_t zl_ru_brand_off[${off.length}] = {
${wrap(off, 16)}};
static const uint8_t zl_ru_brand_flags[${flags.length}] = {
${wrap(flags, 40)}};
const zl_table zl_ru_brand = {zl_ru_brand_blob, zl_ru_brand_off, zl_ru_brand_flags, ${sorted.length}};
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, c);
const nHand = [...keys.values()].filter((v) => v === 'hand' || v === 'car' || v === 'media').length;
console.error(`gen-brands: ${out}: ${sorted.length} keys (${sorted.length - nHand} from ${nBanks} banks of banks-db, ` +
  `${nHand} hand-written)`);
