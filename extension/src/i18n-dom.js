// Fills [data-i18n] elements of an extension page from _locales.
export const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;
export function localize(root = document) {
  document.documentElement.lang = chrome.i18n.getUILanguage?.().split('-')[0] || 'en';
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-title]')) e.title = t(e.dataset.i18nTitle);
}
export const call = (msg) => chrome.runtime.sendMessage(msg).catch((e) => ({ ok: false, error: { message: String(e.message || e) } }));
