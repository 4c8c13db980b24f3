// server.mjs — a Telegram webhook that keeps personal data out of the CRM and the AI, on Node's
// own `http` (examples/webhook/README.md):
//   Telegram update -> text redacted with the `zaslon` package and the chat's vault
//   -> Bitrix24 crm.lead.add (masked text only) and the AI endpoint (masked text only)
//   -> the AI's reply restored with the same vault -> Telegram sendMessage to the chat.
// Fail closed: a message that cannot be redacted, or that the policy blocks, goes nowhere; the
// chat is told why. Message text is never logged.
import http from 'node:http';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Zaslon } from 'zaslon';
import { ChatVaults } from './vaults.mjs';

const MAX_BODY = 1 << 20; // Telegram's updates are far smaller; anything larger is refused

const TEXT = {
  blocked: 'Сообщение не отправлено: в нём есть данные, которые нельзя передавать (например, пароль или ключ). Уберите их и напишите снова.',
  failed: 'Сообщение не удалось обработать, и оно никуда не передано. Попробуйте написать короче или иначе.',
  aiDown: 'Не получилось получить ответ. Мы передали ваш вопрос менеджеру.',
};

async function postJson(url, body, { timeoutMs = 15000 } = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`${new URL(url).pathname}: HTTP ${res.status}`);
  return res.json();
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c); // past it, read on to answer 413, keep nothing
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(Object.assign(new Error('body too large'), { status: 413 })) : resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * @param {object} o
 * @param {string} o.crmWebhookUrl   Bitrix24 inbound webhook base, e.g. https://x.bitrix24.ru/rest/1/abc/
 * @param {string} o.aiUrl           a chat-completions endpoint ({model, messages} -> choices[0].message.content)
 * @param {string} o.telegramApiUrl  https://api.telegram.org/bot<token>
 * @param {string} [o.secretToken]   Telegram's X-Telegram-Bot-Api-Secret-Token, checked when set
 * @param {string|object} [o.policy] a Zaslon policy (default: the built-in one)
 * @param {string} [o.chatRefKey]    key for the chat reference the CRM gets instead of the chat id
 * @param {(line: string) => void} [o.log]  gets events without message text
 */
export async function createWebhook(o) {
  const zaslon = await Zaslon.load();
  const policy = zaslon.compilePolicy(o.policy);
  const vaults = new ChatVaults(zaslon, o.vaults);
  const log = o.log ?? ((line) => console.error(line));
  const chatRefKey = o.chatRefKey ?? crypto.randomBytes(32).toString('hex');
  // The CRM gets a stable reference to the chat, not Telegram's id of the person.
  const chatRef = (id) => crypto.createHmac('sha256', chatRefKey).update(String(id)).digest('hex').slice(0, 16);
  const crmUrl = new URL('crm.lead.add.json', o.crmWebhookUrl.endsWith('/') ? o.crmWebhookUrl : o.crmWebhookUrl + '/');

  const sendToChat = (chatId, text) => postJson(`${o.telegramApiUrl}/sendMessage`, { chat_id: chatId, text });

  async function handleUpdate(update) {
    const msg = update?.message;
    if (!msg || typeof msg.text !== 'string' || msg.chat?.id === undefined) return 'ignored';
    const chatId = msg.chat.id;
    const vault = vaults.get(chatId);
    let masked;
    try {
      const r = policy.redact(msg.text, { vault });
      if (r.blocked) {
        log(`update ${update.update_id}: blocked by the policy (${r.spans.length} spans), not forwarded`);
        await sendToChat(chatId, TEXT.blocked);
        return 'blocked';
      }
      masked = r.text;
    } catch (e) {
      log(`update ${update.update_id}: not redacted (${e.name}), not forwarded`);
      await sendToChat(chatId, TEXT.failed);
      return 'failed';
    }

    // The CRM keeps the masked text; a CRM outage must not keep the person without an answer.
    const lead = postJson(crmUrl, {
      fields: { TITLE: 'Telegram', SOURCE_ID: 'OTHER', SOURCE_DESCRIPTION: `telegram:${chatRef(chatId)}`, COMMENTS: masked },
      params: { REGISTER_SONET_EVENT: 'Y' },
    }).then(
      (r) => log(`update ${update.update_id}: CRM lead ${r.result}`),
      (e) => log(`update ${update.update_id}: CRM failed (${e.message})`),
    );

    let reply;
    try {
      const ai = await postJson(o.aiUrl, { model: o.aiModel ?? 'default', messages: [{ role: 'user', content: masked }] });
      const content = ai?.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('AI reply without text');
      reply = vault.restore(content);
    } catch (e) {
      log(`update ${update.update_id}: AI failed (${e.message})`);
      reply = TEXT.aiDown;
    }
    await Promise.all([sendToChat(chatId, reply), lead]);
    return 'answered';
  }

  const server = http.createServer(async (req, res) => {
    const answer = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/telegram') return answer(404, { ok: false });
    if (o.secretToken && req.headers['x-telegram-bot-api-secret-token'] !== o.secretToken) return answer(401, { ok: false });
    let update;
    try {
      update = JSON.parse((await readBody(req)).toString('utf8'));
    } catch (e) {
      return answer(e.status ?? 400, { ok: false });
    }
    try {
      answer(200, { ok: true, status: await handleUpdate(update) });
    } catch (e) {
      // Telegram retries a failed delivery; the text was not forwarded anywhere unmasked.
      log(`update ${update?.update_id}: ${e.message}`);
      answer(502, { ok: false });
    }
  });
  server.on('close', () => {
    vaults.clear();
    policy.delete();
  });
  return { server, handleUpdate, vaults };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = process.env;
  for (const k of ['CRM_WEBHOOK_URL', 'AI_URL', 'TELEGRAM_API_URL']) {
    if (!env[k]) {
      console.error(`set ${k} (see README.md)`);
      process.exit(2);
    }
  }
  const { server } = await createWebhook({
    crmWebhookUrl: env.CRM_WEBHOOK_URL,
    aiUrl: env.AI_URL,
    telegramApiUrl: env.TELEGRAM_API_URL,
    secretToken: env.TELEGRAM_SECRET_TOKEN,
    chatRefKey: env.CHAT_REF_KEY,
  });
  server.listen(Number(env.PORT ?? 8080), env.HOST ?? '127.0.0.1', () =>
    console.error(`zaslon webhook on http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 8080}/telegram`));
}
