// The JS API on both builds: loading, constants, scan/redact, errors, offsets, vaults, memory.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FLAVOURS, loadFlavour, nativeScan, unitsToBytes } from './helpers.mjs';

const PHONE = '+7 (912) 345-67-89';
const EMAIL = 'ivan.petrov@mail.ru';

for (const { name: fl, dir, options, variant } of FLAVOURS) {
  const get = () => loadFlavour(dir, options, variant);

  test(`[${fl}] results stay right across a memory growth (the views are renewed)`, async () => {
    const { mod } = await get();
    const z = await mod.Zaslon.load(); // a fresh module: its memory has not grown yet
    const p = z.compilePolicy();
    const msg = `Мой номер ${PHONE}, пишите`;
    const want = [{ start: 10, end: 10 + PHONE.length, type: 'PHONE_NUMBER' }];
    assert.deepEqual(p.scan(msg), want);
    const before = z.memoryBytes;
    const filler = 'Добрый день, подскажите по заказу. '.repeat(180000); // ~11 MB of UTF-8
    const big = p.scan(`${filler}${msg}`);
    assert.ok(z.memoryBytes > before, 'memory grew');
    assert.deepEqual(big.filter((s) => s.type === 'PHONE_NUMBER'),
      [{ start: filler.length + 10, end: filler.length + 10 + PHONE.length, type: 'PHONE_NUMBER' }]);
    assert.deepEqual(p.scan(msg), want);
    assert.equal(p.redact(msg).text, 'Мой номер <PHONE_NUMBER_1>, пишите');
    p.delete();
  });

  test(`[${fl}] load, version, constants come from C`, async () => {
    const { z, mod } = await get();
    assert.ok(z instanceof mod.Zaslon);
    assert.match(z.version, /^\d+\.\d+\.\d+/);
    const c = z.constants;
    assert.equal(c.version, z.version);
    assert.ok(Array.isArray(c.types) && c.types.length > 0);
    assert.ok(c.types.some((t) => t.name === 'PHONE_NUMBER'));
    assert.ok(Array.isArray(c.actions) && c.actions.includes('pseudonym'));
    assert.ok(c.errors.ZASLON_E_POLICY < 0);
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.types));
  });

  test(`[${fl}] the package hard-codes no type, action or error names or codes`, async () => {
    const { z } = await get();
    const bundle = fs.readFileSync(path.join(dir, 'zaslon.mjs'), 'utf8');
    for (const t of z.constants.types) assert.ok(!bundle.includes(t.name), `type ${t.name} in zaslon.mjs`);
    for (const a of z.constants.actions) assert.ok(!bundle.includes(`"${a}"`) && !bundle.includes(`'${a}'`), `action ${a} in zaslon.mjs`);
    for (const k of Object.keys(z.constants.errors)) {
      assert.ok(!new RegExp(`['"]${k}['"]`).test(bundle), `error name ${k} as a string in zaslon.mjs`);
    }
    // our own sources compare no literal negative codes / statuses
    for (const f of ['zaslon.js', 'worker.js']) {
      const src = fs.readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8');
      assert.doesNotMatch(src, /(===?|!==?|<|>)\s*-\d|rc\s*(===?|!==?)\s*\d/, `literal code comparison in ${f}`);
    }
  });

  test(`[${fl}] scan and redact with the default policy`, async () => {
    const { z } = await get();
    const p = z.compilePolicy();
    const text = `Позвоните ${PHONE} или напишите ${EMAIL}, спасибо`;
    const spans = p.scan(text);
    assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.type]),
      [[PHONE, 'PHONE_NUMBER'], [EMAIL, 'EMAIL_ADDRESS']]);
    const r = p.redact(text);
    assert.equal(typeof r.text, 'string');
    assert.equal(r.blocked, false);
    assert.equal(r.spans.length, 2);
    for (const s of r.spans) {
      assert.ok(z.constants.actions.includes(s.action));
      assert.ok(s.outStart <= s.outEnd && s.outEnd <= r.text.length);
      assert.ok(!r.text.includes(text.slice(s.start, s.end)));
    }
    // the text between spans is kept
    assert.ok(r.text.startsWith('Позвоните ') && r.text.endsWith(', спасибо'));
    assert.deepEqual(p.scan(''), []);
    assert.deepEqual(p.scan('nothing here'), []);
    assert.ok(Array.isArray(p.info.types) && p.info.types.length >= z.constants.types.length);
    p.delete();
  });

  test(`[${fl}] policy from an object, label action, blocked`, async () => {
    const { z } = await get();
    const p = z.compilePolicy({ types: { PHONE_NUMBER: { action: 'label' } } });
    const r = p.redact(`тел ${PHONE}`);
    assert.equal(r.text, 'тел [PHONE_NUMBER]');
    assert.deepEqual(r.spans.map((s) => [s.start, s.end, s.outStart, s.outEnd, s.action]),
      [[4, 4 + PHONE.length, 4, 4 + '[PHONE_NUMBER]'.length, 'label']]);
    assert.equal(p.info.types.find((t) => t.name === 'PHONE_NUMBER').action, 'label');
    p.delete();
    const b = z.compilePolicy({ types: { EMAIL_ADDRESS: { action: 'block' } } });
    const rb = b.redact(`mail me: ${EMAIL}`);
    assert.equal(rb.blocked, true);
    assert.ok(!rb.text.includes(EMAIL));
    b.delete();
  });

  test(`[${fl}] custom rule with a custom type`, async () => {
    const { z } = await get();
    const p = z.compilePolicy({ rules: [{ id: 'emp', type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}' }] });
    const t = 'сотрудник EMP-123456 вышел';
    assert.deepEqual(p.scan(t), [{ start: 10, end: 20, type: 'EMPLOYEE_ID' }]);
    p.delete();
  });

  test(`[${fl}] one work budget per scan: a polynomial rule ends with ZASLON_E_MATCH_LIMIT`, async () => {
    // PCRE2's match limit restarts at each start position: this rule used to run ~20 s here
    const { z, mod } = await get();
    const E = z.constants.errors;
    const digits = '7'.repeat(16384);
    const hostile = z.compilePolicy({ rules: [{ id: 'x', type: 'X', pattern: '\\d{0,700}\\d{0,700}\\D' }] });
    const isLimit = (e) => e instanceof mod.ZaslonError && e.code === E.ZASLON_E_MATCH_LIMIT &&
      e.name === 'ZASLON_E_MATCH_LIMIT';
    assert.throws(() => hostile.scan(digits), isLimit);
    assert.throws(() => hostile.redact(digits), isLimit);
    hostile.delete();
    const legit = z.compilePolicy({ rules: [{ id: 'e', type: 'EMP', pattern: '\\d{6}' }], deny: ['Сокол'] });
    assert.equal(legit.scan(digits).length, Math.floor(16384 / 6));
    assert.equal(legit.scan(digits).length, Math.floor(16384 / 6)); // the budget is per call
    legit.delete();
  });

  test(`[${fl}] errors: bad JSON, bad regex with path, unknown keys, too big`, async () => {
    const { z, mod } = await get();
    const E = z.constants.errors;
    assert.throws(() => z.compilePolicy('{"types": '), (e) => {
      assert.ok(e instanceof mod.ZaslonError && e instanceof Error);
      assert.equal(e.code, E.ZASLON_E_POLICY);
      assert.equal(e.name, 'ZASLON_E_POLICY');
      assert.ok(e.message.length > 0);
      return true;
    });
    assert.throws(() => z.compilePolicy({ rules: [{ id: 'x', type: 'X_ID', pattern: 'ab(c' }] }), (e) => {
      assert.equal(e.code, E.ZASLON_E_POLICY);
      assert.equal(e.path, '$.rules[0].pattern');
      assert.match(e.message, /parenthes/);
      assert.ok(e.offset > 0);
      return true;
    });
    assert.throws(() => z.compilePolicy({ types: { NO_SUCH_TYPE: { action: 'label' } } }),
      (e) => e.code === E.ZASLON_E_POLICY && e.path.startsWith('$.types'));
    assert.throws(() => z.compilePolicy({ types: { PHONE_NUMBER: { action: 'explode' } } }),
      (e) => e.code === E.ZASLON_E_POLICY && e.path.startsWith('$.types'));
    const small = z.compilePolicy({ limits: { max_input_bytes: 16 } });
    assert.deepEqual(small.scan('0123456789abcdef'), []);
    assert.throws(() => small.scan('0123456789abcdefg'), (e) => e.code === E.ZASLON_E_TOO_BIG && e.name === 'ZASLON_E_TOO_BIG');
    assert.throws(() => small.redact('ёёёёёёёёё'), (e) => e.code === E.ZASLON_E_TOO_BIG); // 18 bytes, 9 units
    small.delete();
    // the engine keeps working after errors
    const p = z.compilePolicy();
    assert.equal(p.scan(`x ${EMAIL}`).length, 1);
    assert.throws(() => p.scan(42), TypeError);
    p.delete();
  });

  test(`[${fl}] use after delete throws, delete is idempotent`, async () => {
    const { z, mod } = await get();
    const p = z.compilePolicy();
    const v = z.createVault();
    p.delete();
    p.delete();
    v.delete();
    v.delete();
    assert.equal(p.deleted, true);
    const isArg = (e) => e instanceof mod.ZaslonError && e.code === z.constants.errors.ZASLON_E_ARG;
    assert.throws(() => p.scan('x'), isArg);
    assert.throws(() => p.redact('x'), isArg);
    assert.throws(() => p.info, isArg);
    assert.throws(() => v.restore('x'), isArg);
    assert.throws(() => v.serialize(), isArg);
    assert.throws(() => v.size, isArg);
    const p2 = z.compilePolicy();
    assert.throws(() => p2.redact('x', { vault: v }), isArg);
    assert.throws(() => p2.redact('x', { vault: {} }), isArg);
    p2.delete();
  });

  test(`[${fl}] offsets are UTF-16 code units: emoji, combining marks, CRLF, Cyrillic, BOM, lone surrogates`, async () => {
    const { z } = await get();
    const p = z.compilePolicy();
    const prefixes = [
      '', 'abc ', 'Привет, ', '😀 ', '👨‍👩‍👧‍👦🇷🇺 ', 'e\u0301\u0301 ', 'line1\r\nline2\r\n',
      '\uFEFF', '\uFEFFПривет ', 'x\uD800y ', '\uDC00 ', '𝔘𝔫𝔦 ', '中文字符 ', '\u200B ', 'ё̈ 😀\r\n',
    ];
    const suffixes = ['', ' 😀', '\r\n', ' конец', ' \uD83D', ' x\u0301 ok'];
    const texts = [];
    for (const a of prefixes) for (const b of suffixes) texts.push(`${a}тел ${PHONE} и ${EMAIL}${b}`);
    const native = nativeScan(texts.map((t) => t.toWellFormed ? t.toWellFormed() : Buffer.from(t).toString()), null);
    texts.forEach((t, i) => {
      const spans = p.scan(t);
      const ps = t.indexOf(PHONE), es = t.indexOf(EMAIL);
      assert.deepEqual(spans.map((s) => [s.start, s.end, s.type]),
        [[ps, ps + PHONE.length, 'PHONE_NUMBER'], [es, es + EMAIL.length, 'EMAIL_ADDRESS']], JSON.stringify(t));
      // and in bytes, identical to the native engine
      assert.deepEqual(unitsToBytes(t, spans), native[i].spans, JSON.stringify(t));
      // redact output offsets point at the replacements
      const r = p.redact(t);
      for (const s of r.spans) assert.match(r.text.slice(s.outStart, s.outEnd), /^<[A-Z_]+_\d+>$/);
      const rest = r.text.slice(0, r.spans[0].outStart);
      assert.equal(rest, Buffer.from(t.slice(0, ps)).toString()); // lone surrogates become U+FFFD
    });
    p.delete();
  });

  test(`[${fl}] scanSpans(): the spans of scan() as Int32Array columns, type ids from C`, async () => {
    const { z } = await get();
    const p = z.compilePolicy({ rules: [{ id: 'emp', type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}' }] });
    const ids = new Map(p.info.types.map((t) => [t.name, t.id]));
    const texts = ['', 'nothing here', `тел ${PHONE}`, `😀 ${EMAIL}, EMP-123456 и ${PHONE} 👨‍👩‍👧‍👦`,
      `x\uD800y ${EMAIL}\r\nEMP-654321 ${'ё'.repeat(37)} ${PHONE}`];
    for (const t of texts) {
      const want = p.scan(t);
      const got = p.scanSpans(t);
      for (const k of ['start', 'end', 'type']) {
        assert.ok(got[k] instanceof Int32Array && got[k].length === want.length, `${k} of ${JSON.stringify(t)}`);
      }
      assert.deepEqual([...got.start], want.map((s) => s.start), JSON.stringify(t));
      assert.deepEqual([...got.end], want.map((s) => s.end), JSON.stringify(t));
      assert.deepEqual([...got.type], want.map((s) => ids.get(s.type)), JSON.stringify(t));
      assert.deepEqual([...got.type].map((id) => p.typeName(id)), want.map((s) => s.type));
    }
    // built-in ids are the library's (constants.types), a custom type gets its own
    const r = p.scanSpans(`EMP-123456 ${EMAIL}`);
    assert.equal(r.type[1], z.constants.types.find((x) => x.name === 'EMAIL_ADDRESS').id);
    assert.equal(p.typeName(r.type[0]), 'EMPLOYEE_ID');
    // the result is the caller's: the next call does not change it
    const before = [...r.start];
    p.scanSpans(`${'😀'.repeat(50)} ${PHONE}`);
    assert.deepEqual([...r.start], before);
    p.delete();
    assert.throws(() => p.scanSpans('x'), (e) => e.code === z.constants.errors.ZASLON_E_ARG);
  });

  test(`[${fl}] redactSpans(): redact() with the spans as Int32Array columns, ids named by the policy`, async () => {
    const { z } = await get();
    const p = z.compilePolicy({ rules: [{ id: 'emp', type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}' }] });
    const texts = ['', 'nothing here', `тел ${PHONE}`, `😀 ${EMAIL}, EMP-123456 и ${PHONE} 👨‍👩‍👧‍👦`,
      `x\uD800y ${EMAIL}\r\nEMP-654321 ${'ё'.repeat(37)} ${PHONE}`, 'пароль: Hunter2!xyz'];
    const keys = ['start', 'end', 'type', 'action', 'outStart', 'outEnd'];
    let blocked = 0;
    for (const t of texts) {
      // one vault each, fresh: the same pseudonyms
      const v1 = z.createVault(), v2 = z.createVault();
      const want = p.redact(t, { vault: v1 });
      const got = p.redactSpans(t, { vault: v2 });
      assert.equal(got.text, want.text);
      assert.equal(got.blocked, want.blocked);
      blocked += got.blocked;
      for (const k of keys) {
        assert.ok(got[k] instanceof Int32Array && got[k].length === want.spans.length, `${k} of ${JSON.stringify(t)}`);
      }
      const named = [...got.start].map((start, i) => ({
        start, end: got.end[i], type: p.typeName(got.type[i]), action: p.actionName(got.action[i]),
        outStart: got.outStart[i], outEnd: got.outEnd[i],
      }));
      assert.deepEqual(named, want.spans, JSON.stringify(t));
      assert.equal(v2.size, v1.size);
      v1.delete();
      v2.delete();
    }
    assert.equal(blocked, 1, 'the password case is blocked');
    // the columns are the caller's: the next call does not change them
    const r = p.redactSpans(`${EMAIL} ${PHONE}`);
    const before = keys.map((k) => [...r[k]]);
    p.redactSpans(`${'😀'.repeat(50)} ${PHONE}`);
    assert.deepEqual(keys.map((k) => [...r[k]]), before);
    assert.equal(p.actionName(r.action[0]), z.constants.actions[r.action[0]]);
    p.delete();
    assert.throws(() => p.redactSpans('x'), (e) => e.code === z.constants.errors.ZASLON_E_ARG);
  });

  test(`[${fl}] offsets converted by C are right whatever the alignment of 1- to 4-byte characters`, async () => {
    // wasm/glue.c counts UTF-16 units 8 bytes at a time: every prefix length 0..16 before and
    // between the spans, with each UTF-8 length, checked against the JavaScript reference toUnits
    const { z, mod } = await get();
    const p = z.compilePolicy();
    for (const ch of ['a', 'ж', '中', '😀', '\uD800', 'ж😀a中']) {
      for (let k = 0; k <= 16; k++) {
        const pre = ch.repeat(k);
        const t = `${pre} ${PHONE} ${pre}${ch} ${EMAIL} ${pre}`;
        const spans = p.scan(t);
        const ps = t.indexOf(PHONE), es = t.indexOf(EMAIL);
        const label = JSON.stringify([ch, k]);
        assert.deepEqual(spans.map((s) => [s.start, s.end]), [[ps, ps + PHONE.length], [es, es + EMAIL.length]], label);
        const cols = p.scanSpans(t);
        assert.deepEqual([...cols.start, ...cols.end], [ps, es, ps + PHONE.length, es + EMAIL.length], label);
        const r = p.redact(t);
        // output offsets: the same conversion on the redacted text, against toUnits of its bytes
        const outBytes = Buffer.from(r.text);
        const tokens = r.spans.map((s) => r.text.slice(s.outStart, s.outEnd));
        for (const tok of tokens) assert.match(tok, /^<[A-Z_]+_\d+>$/, label);
        const byteOffs = tokens.flatMap((tok) => [outBytes.indexOf(tok), outBytes.indexOf(tok) + tok.length]);
        assert.deepEqual(mod.toUnits(r.text, byteOffs), r.spans.flatMap((s) => [s.outStart, s.outEnd]), label);
      }
    }
    p.delete();
  });

  test(`[${fl}] vault: redact -> restore gives the original back, serialize/load, wipe`, async () => {
    const { z, mod } = await get();
    const p = z.compilePolicy();
    const v = z.createVault();
    const texts = [
      `Меня зовут Иван, телефон ${PHONE}, почта ${EMAIL} 😀`,
      `Повторю: ${EMAIL} и ${PHONE}\r\nи ещё раз ${PHONE}`,
      `e\u0301 ${'anna.k@yandex.ru'}; карта не нужна`,
    ];
    const outs = texts.map((t) => p.redact(t, { vault: v }));
    const tokens = new Set(outs.flatMap((r) => r.spans.filter((s) => s.action === 'pseudonym')
      .map((s) => r.text.slice(s.outStart, s.outEnd))));
    assert.ok(tokens.size >= 3);
    assert.equal(v.size, tokens.size);
    outs.forEach((r, i) => {
      assert.ok(!r.text.includes(PHONE) && !r.text.includes(EMAIL));
      const back = v.restore(r.text);
      assert.deepEqual(Buffer.from(back), Buffer.from(texts[i]), 'byte-exact restore');
    });
    // the same value gets the same token (the phone: once in text 0, twice in text 1)
    const tokenOf = (i, value) => outs[i].spans.filter((s) => texts[i].slice(s.start, s.end) === value)
      .map((s) => outs[i].text.slice(s.outStart, s.outEnd));
    const tok = tokenOf(0, PHONE)[0];
    assert.match(tok, /^<PHONE_NUMBER_\d+>$/);
    assert.deepEqual(tokenOf(1, PHONE), [tok, tok]);
    // tokens in a model reply, also in the forms models and markdown produce
    const inner = tok.slice(1, -1);
    for (const form of [`< ${inner} >`, `\\<${inner.replace(/_/g, '\\_')}\\>`, `&lt;${inner}&gt;`]) {
      assert.equal(v.restore(`x ${form} y`), `x ${PHONE} y`, form);
    }
    assert.equal(v.restore(`Позвоню на ${tok}.`), `Позвоню на ${PHONE}.`);
    assert.equal(v.restore(`unknown <PHONE_NUMBER_99>`), 'unknown <PHONE_NUMBER_99>');
    const bytes = v.serialize();
    assert.ok(bytes instanceof Uint8Array && bytes.length > 0);
    const v2 = z.loadVault(bytes);
    assert.equal(v2.size, v.size);
    const n = v.size;
    assert.equal(v2.restore(outs[1].text), texts[1]);
    const v3 = z.loadVault(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    assert.equal(v3.restore(outs[2].text), texts[2]);
    v3.delete();
    const v4 = z.loadVault(new TextDecoder().decode(bytes));
    assert.equal(v4.size, n);
    v4.delete();
    v.wipe();
    assert.equal(v.size, 0);
    assert.equal(v.restore(outs[0].text), outs[0].text);
    for (const bad of ['', '{', 'null', '{"entries": 5}', new Uint8Array([0xff, 0xfe, 0])]) {
      assert.throws(() => z.loadVault(bad), (e) => e instanceof mod.ZaslonError &&
        e.code === z.constants.errors.ZASLON_E_VAULT && e.name === 'ZASLON_E_VAULT', String(bad));
    }
    assert.throws(() => z.loadVault(42), mod.ZaslonError);
    v.delete();
    v2.delete();
    p.delete();
  });

  test(`[${fl}] vault: one person, one pseudonym across calls, kept by serialize/loadVault`, async () => {
    const { z } = await get();
    const p = z.compilePolicy();
    let v = z.createVault();
    const red = (t) => p.redact(t, { vault: v }).text;
    assert.equal(red('Пациентка Петрова Анна Сергеевна записана'), 'Пациентка <PERSON_1> записана');
    assert.equal(red('Анна Смирнова тоже'), '<PERSON_2> тоже');
    // the extension keeps its conversation's vault as bytes between prompts
    const bytes = v.serialize();
    v.delete();
    v = z.loadVault(bytes);
    assert.equal(red('Передайте Петровой, что А. С. Петрова и Анне Смирновой'),
      'Передайте <PERSON_1>, что <PERSON_1> и <PERSON_2>');
    // a lone first name that fits both Annas belongs to neither: its own pseudonym
    assert.equal(red('Анна ушла'), '<PERSON_3> ушла');
    assert.equal(v.restore('<PERSON_1>, <PERSON_2>, <PERSON_3>'),
      'Петрова Анна Сергеевна, Анна Смирнова, Анна');
    v.delete();
    // a value with a NUL inside comes back from the serialized vault whole
    v = z.createVault();
    const phone = '+7 912 345\u0000-67-89';
    const r = p.redact(`Позвоните ${phone} завтра`, { vault: v });
    assert.equal(r.text, 'Позвоните <PHONE_NUMBER_1> завтра');
    const v2 = z.loadVault(v.serialize());
    assert.equal(v2.restore(r.text), `Позвоните ${phone} завтра`);
    v.delete();
    v2.delete();
    p.delete();
  });

  test(`[${fl}] text never stays in wasm memory after the calls`, async () => {
    const { z } = await get();
    const secret = 'zzsecret.unique.marker@example-mail.ru';
    const p = z.compilePolicy();
    const v = z.createVault();
    const r = p.redact(`почта ${secret} 😀`, { vault: v });
    v.restore(r.text);
    // a person's parts, kept in the vault for later mentions, go with it too
    const person = 'Зюзюкинова';
    p.redact(`Анна ${person}, позовите ${person.slice(0, -1)}у`, { vault: v });
    v.serialize();
    p.scan(`ещё ${secret}`);
    p.scanSpans(`и ещё ${secret}`);
    // a long text grows the reused input buffer (the old one is freed) and leaves the redacted
    // output in the result buffer; a shorter text after it reuses both
    const word = 'неповторимоеслововтексте';
    p.redact(`${word} ${'слово '.repeat(3000)} ${secret}`);
    p.scanSpans(`${word} ${'слово '.repeat(6000)} ${secret}`);
    p.redact(`${word} ${secret}`);
    p.scan('коротко');
    v.delete();
    // the policy's scratch outlives the calls: the word pass's cache of folded words in it is
    // zeroed when each pass ends, not only when the policy goes
    const live = Buffer.from(z._core.memory.buffer);
    for (const w of [person.toLowerCase(), 'зюзюкинов', 'зюзюкин']) {
      assert.equal(live.indexOf(Buffer.from(w)), -1, `${w} is in wasm memory while the policy lives`);
    }
    p.delete();
    const mem = Buffer.from(z._core.memory.buffer);
    assert.equal(mem.indexOf(Buffer.from(secret)), -1, 'the secret is still in wasm memory');
    assert.equal(mem.indexOf(Buffer.from(person)), -1, `${person} is still in wasm memory`);
    assert.equal(mem.indexOf(Buffer.from(word)), -1, 'text of a redacted message is still in wasm memory');
    // Nor the copies the recognizers make on the stack (folded words, name keys): each public
    // call wipes the stack area it used.
    for (const w of [person.toLowerCase(), 'зюзюкинов', 'зюзюкин']) {
      assert.equal(mem.indexOf(Buffer.from(w)), -1, `the folded form ${w} is still in wasm memory`);
    }
  });
}

test('[release] memory stays flat over 100 000 calls', async () => {
  const { z } = await loadFlavour(FLAVOURS.find((f) => f.name === 'release').dir);
  const p = z.compilePolicy();
  const v = z.createVault();
  const texts = [
    `Позвоните ${PHONE} 😀`, `mail ${EMAIL}`, 'ничего личного', `${'длинный текст '.repeat(200)} ${PHONE}`,
  ];
  const round = (i) => {
    const t = texts[i & 3];
    if (i % 3 === 0) p.scan(t);
    else if (i % 3 === 1) v.restore(p.redact(t, { vault: v }).text);
    else p.redact(t);
  };
  for (let i = 0; i < 2000; i++) round(i);
  const before = z.memoryBytes;
  for (let i = 0; i < 100000; i++) round(i);
  assert.equal(z.memoryBytes, before, 'wasm memory grew');
  assert.equal(v.size, 2);
  v.delete();
  p.delete();
});

test('load errors reject with a clear ZaslonError', async () => {
  const { mod } = await loadFlavour(FLAVOURS[1].dir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zaslon-load-'));
  try {
    const isLoad = (re) => (e) => e instanceof mod.ZaslonError && e.name === 'ZASLON_E_LOAD' && e.code === null && re.test(e.message);
    await assert.rejects(mod.Zaslon.load({ wasmUrl: path.join(tmp, 'missing.wasm') }), isLoad(/missing\.wasm/));
    fs.writeFileSync(path.join(tmp, 'html.wasm'), '<!doctype html><title>404</title>');
    await assert.rejects(mod.Zaslon.load({ wasmUrl: path.join(tmp, 'html.wasm') }), isLoad(/not a WebAssembly file/));
    const good = fs.readFileSync(path.join(FLAVOURS[1].dir, 'zaslon.wasm'));
    await assert.rejects(mod.Zaslon.load({ wasmBinary: good.subarray(0, good.length >> 1) }), isLoad(/not a valid/));
    await assert.rejects(mod.Zaslon.load({ wasmBinary: 'nope' }), isLoad(/wasmBinary/));
    // a valid module that is not zaslon.wasm
    const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    await assert.rejects(mod.Zaslon.load({ wasmBinary: empty }), isLoad(/failed to start/));
    await assert.rejects(mod.Zaslon.load({ wasmUrl: 'http://127.0.0.1:9/zaslon.wasm' }), isLoad(/cannot fetch/));
    // a damaged table section (wasm/unpack.c checks it): refused, not run with broken tables
    const at = good.indexOf(Buffer.from('zaslon.packed')) + 'zaslon.packed'.length;
    assert.equal(good.subarray(at, at + 4).toString('latin1'), 'ZPK1');
    // the first table stored as its non-zero bytes (PACK_SPARSE, flags 16): a gap past its end
    let sparseAt = -1;
    for (let p = at + 8, t = 0; t < good.readUInt32LE(at + 4); t++) {
      if (good.readUInt32LE(p + 12) & 16) {
        sparseAt = p + 20 - at;
        break;
      }
      p += 20 + good.readUInt32LE(p + 16);
    }
    assert.ok(sparseAt > 0, 'the bit sets of the name index are packed as non-zero bytes');
    for (const [off, bytes] of [[0, [0x58]], [8, [0xf0, 0xff, 0xff, 0xff]], [4, [0xff, 0xff, 0xff, 0x7f]],
      [sparseAt, [0xff, 0xff, 0xff, 0x7f]]]) {
      const bad = Buffer.from(good);
      bad.set(bytes, at + off); // the magic; the first table's address; the table count; a gap
      await assert.rejects(mod.Zaslon.load({ wasmBinary: bad }), isLoad(/bad zaslon\.packed section/));
    }
    // bytes and a file URL work
    const z1 = await mod.Zaslon.load({ wasmBinary: good });
    const z2 = await mod.Zaslon.load({ wasmUrl: new URL(`file://${path.join(FLAVOURS[1].dir, 'zaslon.wasm')}`) });
    const z3 = await mod.Zaslon.load({ wasmModule: await WebAssembly.compile(good) });
    for (const z of [z1, z2, z3]) assert.equal(z.compilePolicy().scan(`a ${EMAIL}`).length, 1);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('package.json exports resolve (self-reference) and name the files that exist', async () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url)));
  assert.equal(pkg.name, 'zaslon');
  const root = new URL('../', import.meta.url);
  for (const [k, v] of Object.entries(pkg.exports)) {
    const targets = typeof v === 'string' ? [v] : Object.values(v);
    for (const t of targets) assert.ok(fs.existsSync(new URL(t, root)), `${k} -> ${t} missing`);
  }
  const m = await import('zaslon');
  const w = await import('zaslon/worker');
  assert.equal(typeof m.Zaslon.load, 'function');
  assert.equal(typeof w.ZaslonWorker.create, 'function');
  assert.equal(w.ZaslonError, m.ZaslonError);
});

test('a consumer can re-bundle zaslon.mjs as a classic script (IIFE: no import.meta) and as ESM', async () => {
  const { createRequire } = await import('node:module');
  const vm = await import('node:vm');
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild');
  const entry = path.join(FLAVOURS[1].dir, 'zaslon.mjs');
  const wasm = fs.readFileSync(path.join(FLAVOURS[1].dir, 'zaslon.wasm'));
  const iife = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'ZaslonIIFE', write: false, logLevel: 'silent', platform: 'browser' });
  assert.deepEqual(iife.errors, []);
  const ctx = { TextEncoder, TextDecoder, WebAssembly, URL, console, FinalizationRegistry, setTimeout, Promise };
  vm.createContext(ctx);
  vm.runInContext(iife.outputFiles[0].text, ctx);
  const lib = ctx.ZaslonIIFE;
  // no import.meta.url: the default location fails clearly; explicit bytes work
  await assert.rejects(lib.Zaslon.load(), (e) => e.name === 'ZASLON_E_LOAD' && /wasmUrl|wasmBinary/.test(e.message));
  const z = await lib.Zaslon.load({ wasmBinary: wasm });
  assert.equal(z.compilePolicy().scan(`почта ${EMAIL}`).length, 1);
  const esm = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent', platform: 'browser' });
  assert.deepEqual(esm.errors, []);
  assert.ok(!/core\.wasm/.test(esm.outputFiles[0].text), 'no reference to a file core.wasm');
});

test('[release] forgotten policies and vaults are freed by the FinalizationRegistry safety net', async () => {
  const { spawnSync } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const script = `
    const { Zaslon } = await import(${JSON.stringify(pathToFileURL(path.join(FLAVOURS[1].dir, 'zaslon.mjs')).href)});
    const z = await Zaslon.load();
    const round = () => { for (let i = 0; i < 50; i++) { const p = z.compilePolicy(); const v = z.createVault(); p.redact('тел +7 912 345 67 89', { vault: v }); } };
    const settle = async () => { for (let k = 0; k < 3; k++) { globalThis.gc(); await new Promise((r) => setTimeout(r, 10)); } };
    for (let r = 0; r < 4; r++) { round(); await settle(); }
    const before = z.memoryBytes;
    for (let r = 0; r < 40; r++) { round(); await settle(); }
    console.log(JSON.stringify({ before, after: z.memoryBytes }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { before, after } = JSON.parse(r.stdout.trim().split('\n').pop());
  assert.equal(after, before, `memory grew from ${before} to ${after} over 2000 forgotten policies`);
});
