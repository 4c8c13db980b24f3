// Site adapters: ONE entry per chat site. Adding a site = adding an entry here (plus its match
// pattern, which build.mjs derives from `hosts` for the manifests). No site-specific code
// anywhere else.
//
//   id            stable key (settings, audit log, managed `enabledSites`)
//   hosts         exact host names the adapter applies to
//   editor        CSS selector of the prompt editor (textarea or contenteditable root)
//   send          CSS selector of the send button
//   replies       CSS selector of message containers whose text is restored in place
//   conversation  regex on location.pathname; group 1 is the conversation id (none = new chat)
//   copyButtons   optional CSS selector of the site's own "copy reply" buttons
export const SITES = [
  {
    id: 'chatgpt', name: 'ChatGPT', hosts: ['chatgpt.com', 'chat.openai.com'],
    editor: '#prompt-textarea, textarea[name="prompt-textarea"], div.ProseMirror[contenteditable="true"]',
    send: 'button[data-testid="send-button"], #composer-submit-button',
    replies: '[data-message-author-role]',
    conversation: '^/(?:g/[^/]+/)?c/([\\w-]+)',
  },
  {
    id: 'claude', name: 'Claude', hosts: ['claude.ai'],
    editor: 'div.ProseMirror[contenteditable="true"], [data-testid="chat-input"]',
    send: 'button[aria-label="Send message"], button[aria-label="Send Message"], button[data-testid="send-button"]',
    replies: '.font-claude-message, .font-claude-response, [data-testid="user-message"], [data-is-streaming]',
    conversation: '^/chat/([\\w-]+)',
  },
  {
    id: 'gemini', name: 'Gemini', hosts: ['gemini.google.com'],
    editor: 'rich-textarea .ql-editor[contenteditable="true"], .ql-editor[contenteditable="true"]',
    send: 'button.send-button, button[aria-label="Send message"]',
    replies: 'message-content, .query-text, user-query',
    conversation: '^/app/([\\w-]+)',
  },
  {
    id: 'gigachat', name: 'GigaChat', hosts: ['giga.chat'],
    editor: 'textarea, div[contenteditable="true"]',
    send: 'button[type="submit"], button[aria-label="Отправить"], button[data-testid="send-button"]',
    replies: '[data-testid="message"], .message, [class*="Message"]',
    conversation: '^/(?:chat/)?([0-9a-f-]{8,})',
  },
  {
    id: 'deepseek', name: 'DeepSeek', hosts: ['chat.deepseek.com'],
    editor: 'textarea#chat-input, textarea',
    send: 'div[role="button"][aria-disabled], button[type="submit"]',
    replies: '.ds-markdown, .fbb737a4',
    conversation: '^/a/chat/s/([\\w-]+)',
  },
  {
    id: 'perplexity', name: 'Perplexity', hosts: ['perplexity.ai', 'www.perplexity.ai'],
    editor: '#ask-input[contenteditable="true"], div[data-lexical-editor="true"], textarea',
    send: 'button[aria-label="Submit"], button[data-testid="submit-button"]',
    replies: '.prose, [data-testid="answer"]',
    conversation: '^/search/([\\w.-]+)',
  },
  {
    id: 'copilot', name: 'Microsoft Copilot', hosts: ['copilot.microsoft.com'],
    editor: 'textarea#userInput, textarea',
    send: 'button[data-testid="submit-button"], button[aria-label="Submit message"]',
    replies: '[data-content="ai-message"], [data-content="user-message"]',
    conversation: '^/chats/([\\w-]+)',
  },
  {
    id: 'mistral', name: 'Le Chat (Mistral)', hosts: ['chat.mistral.ai'],
    editor: 'div.ProseMirror[contenteditable="true"], textarea',
    send: 'button[type="submit"], button[aria-label="Send question"]',
    replies: '[data-message-author-role], .prose',
    conversation: '^/chat/([\\w-]+)',
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

export function conversationId(site, pathname) {
  const m = new RegExp(site.conversation).exec(pathname);
  return m ? m[1].slice(0, 128) : null;
}
