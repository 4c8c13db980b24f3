// vaults.mjs — the pseudonym vaults of the chats, one per chat, kept in this process only: they
// hold the original values, so they never travel with the masked text (not to the CRM, not to
// the AI). A chat idle for `ttlMs` or pushed out by `max` newer chats loses its vault, wiped:
// later replies then keep their tokens instead of restoring them, which fails safe.
export class ChatVaults {
  constructor(zaslon, { max = 10000, ttlMs = 24 * 3600 * 1000, now = Date.now } = {}) {
    this.zaslon = zaslon;
    this.max = max;
    this.ttlMs = ttlMs;
    this.now = now;
    this.byChat = new Map(); // insertion order = least recently used first
  }

  get(chatId) {
    const key = String(chatId);
    const t = this.now();
    this.#expire(t);
    let entry = this.byChat.get(key);
    if (entry) this.byChat.delete(key);
    else entry = { vault: this.zaslon.createVault() };
    entry.used = t;
    this.byChat.set(key, entry);
    while (this.byChat.size > this.max) this.#drop(this.byChat.keys().next().value);
    return entry.vault;
  }

  #expire(t) {
    for (const [key, entry] of this.byChat) {
      if (t - entry.used < this.ttlMs) break;
      this.#drop(key);
    }
  }

  #drop(key) {
    this.byChat.get(key).vault.delete(); // zeroes the values before freeing them
    this.byChat.delete(key);
  }

  clear() {
    for (const key of [...this.byChat.keys()]) this.#drop(key);
  }
}
