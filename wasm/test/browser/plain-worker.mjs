// A module Web Worker importing the package directly.
import { Zaslon } from '/dist/zaslon.mjs';
import { runSuite } from '/test/suite.mjs';

self.onmessage = async (ev) => {
  try {
    const z = await Zaslon.load();
    self.postMessage({ ok: true, version: z.version, results: runSuite(z, ev.data.cases) });
  } catch (e) {
    self.postMessage({ ok: false, error: `${e.name}: ${e.message}` });
  }
};
