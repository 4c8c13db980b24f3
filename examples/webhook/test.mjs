// test.mjs — the whole path against local mock endpoints: a Telegram update posted to the
// webhook, the lead that the mock Bitrix24 receives, the prompt that the mock AI receives, the
// reply that the mock Telegram API is asked to send. Run by `make test-webhook` in a temp copy
// of this folder where the `zaslon` package was installed from `npm pack ./wasm`.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createWebhook } from './server.mjs';

const PHONE = '+7 912 345-67-89';
const EMAIL = 'ivan.petrov@example.ru';
const calls = { crm: [], ai: [], telegram: [] };
let aiReply = (prompt) => `Спасибо! Перезвоним на <PHONE_NUMBER_1>, копия на <EMAIL_ADDRESS_1>. (${prompt.length})`;
let crmStatus = 200;

function mock(handler) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const [status, out] = handler(req.url, JSON.parse(body));
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const url = (server, p = '') => `http://127.0.0.1:${server.address().port}${p}`;

let crm, ai, tg, hook, logs;
before(async () => {
  crm = await mock((u, b) => {
    calls.crm.push({ url: u, body: b });
    return [crmStatus, { result: calls.crm.length, time: {} }];
  });
  ai = await mock((u, b) => {
    calls.ai.push(b);
    return [200, { choices: [{ message: { role: 'assistant', content: aiReply(b.messages[0].content) } }] }];
  });
  tg = await mock((u, b) => {
    calls.telegram.push({ url: u, body: b });
    return [200, { ok: true, result: { message_id: calls.telegram.length } }];
  });
  logs = [];
  hook = await createWebhook({
    crmWebhookUrl: url(crm, '/rest/1/secret'),
    aiUrl: url(ai, '/v1/chat/completions'),
    telegramApiUrl: url(tg, '/bot123:ABC'),
    secretToken: 's3cret',
    policy: { limits: { max_input_bytes: 16384 } },
    log: (l) => logs.push(l),
  });
  await new Promise((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
});
after(() => Promise.all([crm, ai, tg, hook.server].map((s) => new Promise((r) => s.close(r)))));

let updateId = 1;
async function post(chatId, text, { token = 's3cret' } = {}) {
  for (const k of Object.keys(calls)) calls[k].length = 0;
  const res = await fetch(url(hook.server, '/telegram'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': token },
    body: JSON.stringify({
      update_id: updateId++,
      message: { message_id: 1, date: 1764700000, chat: { id: chatId, type: 'private' }, from: { id: chatId, first_name: 'Иван' }, text },
    }),
  });
  return { status: res.status, body: await res.json() };
}
const everything = () => JSON.stringify(calls.crm) + JSON.stringify(calls.ai) + logs.join('\n');

test('masked to the CRM and the AI, the AI reply restored to the chat', async () => {
  const r = await post(1001, `Здравствуйте, мой телефон ${PHONE}, почта ${EMAIL}. Когда доставка?`);
  assert.deepEqual(r, { status: 200, body: { ok: true, status: 'answered' } });

  assert.equal(calls.crm.length, 1);
  assert.equal(calls.crm[0].url, '/rest/1/secret/crm.lead.add.json');
  const fields = calls.crm[0].body.fields;
  assert.equal(fields.COMMENTS, 'Здравствуйте, мой телефон <PHONE_NUMBER_1>, почта <EMAIL_ADDRESS_1>. Когда доставка?');
  assert.match(fields.SOURCE_DESCRIPTION, /^telegram:[0-9a-f]{16}$/);

  assert.equal(calls.ai.length, 1);
  assert.equal(calls.ai[0].messages[0].content, fields.COMMENTS);

  assert.equal(calls.telegram.length, 1);
  assert.equal(calls.telegram[0].url, '/bot123:ABC/sendMessage');
  assert.equal(calls.telegram[0].body.chat_id, 1001);
  assert.match(calls.telegram[0].body.text, new RegExp(`^Спасибо! Перезвоним на \\+7 912 345-67-89, копия на ${EMAIL}\\.`));

  for (const v of [PHONE, EMAIL, '1001', 'Иван']) assert.ok(!everything().includes(v), `${v} left the operator's side`);
});

test('one vault per chat: the same value keeps its token, another chat cannot restore it', async () => {
  await post(1001, `Напомню номер: ${PHONE}`);
  assert.equal(calls.ai[0].messages[0].content, 'Напомню номер: <PHONE_NUMBER_1>');

  aiReply = () => 'Номер <PHONE_NUMBER_1> записан';
  await post(2002, 'А мой номер вы знаете?');
  assert.equal(calls.telegram[0].body.chat_id, 2002);
  assert.equal(calls.telegram[0].body.text, 'Номер <PHONE_NUMBER_1> записан');
  await post(1001, 'Какой номер у вас записан?');
  assert.equal(calls.telegram[0].body.text, `Номер ${PHONE} записан`);
  assert.equal(hook.vaults.byChat.size, 2);
});

test('fail closed: a message the engine refuses, or the policy blocks, goes nowhere', async () => {
  const long = `${PHONE} ` + 'очень длинное сообщение '.repeat(400); // over the test policy's 16 KiB
  let r = await post(3003, long);
  assert.equal(r.body.status, 'failed');
  assert.equal(calls.crm.length + calls.ai.length, 0);
  assert.equal(calls.telegram.length, 1);
  assert.match(calls.telegram[0].body.text, /не удалось обработать/);

  r = await post(3003, 'мой ключ sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD');
  assert.equal(r.body.status, 'blocked');
  assert.equal(calls.crm.length + calls.ai.length, 0);
  assert.match(calls.telegram[0].body.text, /нельзя передавать/);
  assert.ok(!everything().includes('sk-proj'));

  const huge = await fetch(url(hook.server, '/telegram'), {
    method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 's3cret' }, body: 'x'.repeat(2 << 20) });
  assert.equal(huge.status, 413);
});

test('a CRM outage still answers the chat; a wrong secret token is refused', async () => {
  crmStatus = 500;
  aiReply = () => 'Ответ';
  const r = await post(4004, `Телефон ${PHONE}`);
  crmStatus = 200;
  assert.equal(r.body.status, 'answered');
  assert.equal(calls.telegram[0].body.text, 'Ответ');
  assert.ok(logs.some((l) => /CRM failed/.test(l)));

  const bad = await post(4004, `Телефон ${PHONE}`, { token: 'wrong' });
  assert.equal(bad.status, 401);
  assert.equal(calls.crm.length + calls.ai.length + calls.telegram.length, 0);
});
