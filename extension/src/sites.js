// Site adapters: ONE entry per chat site. Adding a site = adding an entry here (plus its match
// pattern, which build.mjs derives from `hosts` for the manifests). No site-specific code
// anywhere else. Shapes follow the 2025–2026 composers as documented by maintained open-source
// tools that drive the same pages (see extension/README.md, "Adapters").
//
//   id, name      stable key (settings, audit log, managed `enabledSites`), display name
//   hosts         exact host names the adapter applies to
//   composer      CSS selector of the composer (the form / wrapper holding editor and send control);
//                 the editor and the send control are always resolved inside the composer of the
//                 control the user used, never page-wide
//   editor        CSS selector of the prompt editor root (textarea or contenteditable). Hidden
//                 matches are skipped (ChatGPT keeps an empty hidden textarea before its editor)
//   send          CSS selector of the send control; labels in English and Russian
//   replies       CSS selector of message containers whose pseudonyms are shown restored
//   routes        conversation: regexes on pathname+search, group 1 = conversation id;
//                 fresh: routes of a new chat (no id yet). Any other route is "not protected here"
//   endpoints     prompt / draft: regexes on the request URL's pathname; the MAIN-world network
//                 guard checks every body sent there (fetch, XHR, WebSocket, sendBeacon)
//   frame         for a WebSocket prompt endpoint: regex of the frames that post a message
//   modEnterOnly  true when plain Enter inserts a newline and only Ctrl/Cmd+Enter sends
//   assistant     the assistant's own names on its site: "Hi Claude", "Thanks, Gemini!" address the
//                 AI, not a person, so they are added to the policy's allow list there (a full name
//                 such as "Claude Monet" is another value and stays masked)
const EN_RU_SEND = ['Send', 'Send message', 'Send prompt', 'Submit', 'Отправить', 'Отправить сообщение', 'Отправить запрос'];
const byLabel = (tag = 'button', labels = EN_RU_SEND) => labels.map((l) => `${tag}[aria-label="${l}"]`).join(', ');

export const SITES = [
  {
    id: 'chatgpt', name: 'ChatGPT', hosts: ['chatgpt.com', 'chat.openai.com'],
    assistant: ['ChatGPT'],
    composer: 'form[data-type="unified-composer"], form',
    editor: 'div#prompt-textarea[contenteditable="true"], div.ProseMirror[contenteditable="true"], textarea[name="prompt-textarea"], textarea#prompt-textarea',
    send: `button[data-testid="send-button"], button#composer-submit-button, ${byLabel()}`,
    replies: '[data-message-author-role="assistant"]',
    routes: {
      conversation: ['^/(?:g/[^/]+/)?c/([\\w-]+)', '^/\\?(?:.*&)?temporary-chat=true.*$'],
      fresh: ['^/(?:\\?.*)?$', '^/g/[^/]+/?(?:\\?.*)?$', '^/gpts?(?:/.*)?$'],
    },
    endpoints: { prompt: ['^/backend-api/(?:f/)?conversation$'], draft: ['^/backend-api/(?:f/)?conversation/prepare$', '^/backend-api/autocompletions?$'] },
  },
  {
    id: 'claude', name: 'Claude', hosts: ['claude.ai'],
    assistant: ['Claude'],
    composer: 'fieldset, [data-testid="chat-input-container"], form',
    editor: 'div.ProseMirror[contenteditable="true"], [data-testid="chat-input"][contenteditable="true"]',
    send: `button[aria-label="Send message"], button[aria-label="Send Message"], button[data-testid="send-button"], ${byLabel()}`,
    replies: '.font-claude-message, .font-claude-response, [data-is-streaming]',
    routes: { conversation: ['^/chat/([\\w-]+)'], fresh: ['^/new(?:\\?.*)?$', '^/project/[\\w-]+/?$', '^/(?:\\?.*)?$'] },
    endpoints: { prompt: ['^/api/organizations/[\\w-]+/chat_conversations/[\\w-]+/completion$'], draft: [] },
  },
  {
    id: 'gemini', name: 'Gemini', hosts: ['gemini.google.com'],
    assistant: ['Gemini'],
    composer: 'input-area-v2, .input-area-container, .text-input-field',
    editor: 'rich-textarea .ql-editor[contenteditable="true"], .ql-editor[contenteditable="true"]',
    send: `button.send-button, ${byLabel()}`,
    replies: 'message-content',
    routes: {
      conversation: ['^/(?:u/\\d+/)?app/([\\w-]+)', '^/(?:u/\\d+/)?gem/[\\w-]+/([\\w-]+)'],
      fresh: ['^/(?:u/\\d+/)?app/?(?:\\?.*)?$', '^/(?:u/\\d+/)?gem/[\\w-]+/?(?:\\?.*)?$', '^/(?:u/\\d+/)?(?:\\?.*)?$'],
    },
    endpoints: { prompt: ['^/_/BardChatUi/data/assistant\\.lamda\\.BardFrontendService/StreamGenerate$'], draft: [] },
  },
  {
    id: 'gigachat', name: 'GigaChat', hosts: ['giga.chat'],
    assistant: ['GigaChat', 'Гигачат'],
    composer: '[data-testid="chat-input"], form, [class*="InputWrapper"], [class*="inputWrapper"]',
    editor: 'textarea, div[contenteditable="true"]',
    send: `[data-testid="send-button"], ${byLabel()}, ${byLabel('[role="button"]')}`,
    replies: '[data-testid="bot-message"], [data-author="assistant"]',
    routes: {
      conversation: ['^/(?:gigachat/)?chat/([\\w-]+)', '^/(?:gigachat/)?([0-9a-f]{8}-[0-9a-f-]{27,})'],
      fresh: ['^/(?:gigachat/?)?(?:\\?.*)?$', '^/(?:gigachat/)?chat/?(?:\\?.*)?$'],
    },
    endpoints: { prompt: ['^/api/(?:giga/)?(?:v\\d+/)?chats?/[\\w-]*/?messages?$', '^/api/(?:v\\d+/)?chat/completions$'], draft: [] },
  },
  {
    id: 'deepseek', name: 'DeepSeek', hosts: ['chat.deepseek.com'],
    assistant: ['DeepSeek'],
    composer: '[data-zaslon-composer], div:has(> textarea#chat-input), div:has(textarea#chat-input):has([role="button"])',
    editor: 'textarea#chat-input, textarea',
    // the composer's icon cluster holds several div[role=button]s (attach, search, send): the send
    // one is the one that is enabled/disabled with the text, and the last of the cluster
    send: `div[role="button"][aria-disabled]:not(:has(input[type="file"])):last-of-type, ${byLabel('div[role="button"]')}`,
    replies: '.ds-markdown',
    routes: { conversation: ['^/a/chat/s/([\\w-]+)'], fresh: ['^/(?:\\?.*)?$', '^/a/chat/?$'] },
    endpoints: { prompt: ['^/api/v0/chat/completion$'], draft: [] },
  },
  {
    id: 'perplexity', name: 'Perplexity', hosts: ['perplexity.ai', 'www.perplexity.ai'],
    assistant: ['Perplexity'],
    composer: 'form, [data-testid="ask-input-container"]',
    editor: '#ask-input[contenteditable="true"], div[data-lexical-editor="true"], textarea',
    send: `button[data-testid="submit-button"], ${byLabel()}`,
    replies: '.prose',
    routes: { conversation: ['^/search/([\\w.-]+)'], fresh: ['^/(?:\\?.*)?$', '^/spaces/[\\w-]+/?$'] },
    endpoints: { prompt: ['^/rest/sse/perplexity_ask$'], draft: ['^/rest/autosuggest/[\\w-]+$'] },
  },
  {
    id: 'copilot', name: 'Microsoft Copilot', hosts: ['copilot.microsoft.com'],
    assistant: ['Copilot'],
    composer: 'cib-action-bar, form, [data-testid="composer"]',
    editor: 'textarea#userInput, textarea#searchbox, textarea',
    send: `button[data-testid="submit-button"], ${byLabel()}`,
    replies: '[data-content="ai-message"]',
    routes: { conversation: ['^/chats/([\\w-]+)'], fresh: ['^/(?:\\?.*)?$'] },
    endpoints: { prompt: ['^/c/api/chat$'], draft: [] },
    frame: '"event"\\s*:\\s*"send"', // the chat socket's frames that post a message
  },
  {
    id: 'mistral', name: 'Le Chat (Mistral)', hosts: ['chat.mistral.ai'],
    assistant: ['Le Chat', 'Mistral'],
    composer: 'form',
    editor: 'div.ProseMirror[contenteditable="true"], textarea',
    send: `button[type="submit"], ${byLabel()}, button[aria-label="Send question"]`,
    replies: '[data-message-author-role="assistant"]',
    routes: { conversation: ['^/chat/([\\w-]+)'], fresh: ['^/chat/?(?:\\?.*)?$', '^/(?:\\?.*)?$'] },
    endpoints: { prompt: ['^/api/chat$'], draft: [] },
  },
];

export function siteForHost(host) {
  return SITES.find((s) => s.hosts.includes(host)) || null;
}

export function siteById(id) {
  return SITES.find((s) => s.id === id) || null;
}

export function matchPatterns(sites = SITES) {
  return sites.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));
}

// { known: bool, id: string|null }. `known` false: a route the adapter does not recognise (the
// extension then says "not protected here"). ChatGPT's temporary chats keep the path "/" with
// `?temporary-chat=true`: each one gets its own id from the tab (`tmp`), never the shared new-chat vault.
export function route(site, pathname, search = '') {
  const where = pathname + (search || '');
  for (const re of site.routes.conversation) {
    const m = new RegExp(re).exec(where);
    if (m) return { known: true, id: m[1] ? m[1].slice(0, 128) : 'tmp' };
  }
  for (const re of site.routes.fresh) if (new RegExp(re).test(where)) return { known: true, id: null };
  return { known: false, id: null };
}

export function conversationId(site, pathname, search = '') {
  return route(site, pathname, search).id;
}

// Which guarded endpoint a request URL goes to: 'prompt', 'draft' or null.
export function endpointKind(site, url) {
  let p;
  try { p = new URL(url, 'https://' + site.hosts[0]).pathname; } catch { return null; }
  if (site.endpoints.prompt.some((re) => new RegExp(re).test(p))) return 'prompt';
  if (site.endpoints.draft.some((re) => new RegExp(re).test(p))) return 'draft';
  return null;
}
