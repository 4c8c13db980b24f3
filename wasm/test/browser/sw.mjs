// A module service worker (the MV3 extension background context): static imports only, no
// dynamic import(), no XMLHttpRequest, no DOM.
import { Zaslon } from '/dist/zaslon.mjs';
import { runSuite } from '/test/suite.mjs';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (ev) => ev.waitUntil(self.clients.claim()));
self.addEventListener('message', (ev) => {
  const port = ev.ports[0];
  Zaslon.load().then(
    (z) => port.postMessage({ ok: true, version: z.version, results: runSuite(z, ev.data.cases) }),
    (e) => port.postMessage({ ok: false, error: `${e.name}: ${e.message}` }),
  );
});
