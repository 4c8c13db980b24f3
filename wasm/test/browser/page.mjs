// The browser side of wasm/test/browser.test.mjs: exposes window.zaslonTest.* for the test.
import { Zaslon, ZaslonError } from '/dist/zaslon.mjs';
import { ZaslonWorker } from '/dist/worker.mjs';
import { runSuite, runWorkerSuite } from '/test/suite.mjs';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const errText = (e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

async function page(cases) {
  const z = await Zaslon.load();
  return { version: z.version, results: runSuite(z, cases) };
}

function plainWorker(cases) {
  return new Promise((resolve, reject) => {
    const w = new Worker('/test/plain-worker.mjs', { type: 'module' });
    w.onmessage = (ev) => {
      w.terminate();
      ev.data.ok ? resolve(ev.data) : reject(new Error(ev.data.error));
    };
    w.onerror = (ev) => reject(new Error(`worker error: ${ev.message}`));
    w.postMessage({ cases });
  });
}

async function serviceWorker(cases) {
  const reg = await navigator.serviceWorker.register('/sw.mjs', { type: 'module', scope: '/' });
  const sw = reg.installing || reg.waiting || reg.active;
  if (sw.state !== 'activated') {
    await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
  }
  const ch = new MessageChannel();
  const reply = new Promise((resolve) => { ch.port1.onmessage = (ev) => resolve(ev.data); });
  sw.postMessage({ cases }, [ch.port2]);
  const r = await reply;
  if (!r.ok) throw new Error(r.error);
  return r;
}

async function zaslonWorker(cases) {
  const w = await ZaslonWorker.create();
  try {
    const results = await runWorkerSuite(w, cases);
    const checks = {};
    // AbortSignal: already aborted, and aborted while queued behind a long scan
    const p = await w.compilePolicy();
    const ctl = new AbortController();
    ctl.abort();
    checks.preAborted = await p.scan('x', { signal: ctl.signal }).then(() => 'resolved', (e) => e.name);
    const long = 'Позвоните +7 (912) 345-67-89 😀 '.repeat(20000);
    const ctl2 = new AbortController();
    const first = p.scan(long);
    const queued = p.scan(long, { signal: ctl2.signal });
    ctl2.abort();
    checks.queuedAbort = await queued.then(() => 'resolved', (e) => e.name);
    checks.longCount = (await first).length;
    // columns of many spans, and the shared empty result twice (it must not be moved away)
    const longCols = await p.scanSpans(long);
    checks.longCols = [longCols.start.length, longCols.end.length, longCols.type.length, p.typeName(longCols.type[0])];
    const none = [await p.scanSpans('no data'), await p.scanSpans('nothing here')];
    checks.emptyTwice = none.map((c) => c.start instanceof Int32Array && c.start.length + c.end.length + c.type.length);
    checks.unknownTypeName = p.typeName(9999);
    // errors come back as ZaslonError with code, name and path
    checks.policyError = await w.compilePolicy('{"rules":[{"id":"x","type":"X_ID","pattern":"a(b"}]}')
      .then(() => null, (e) => ({ isZ: e instanceof ZaslonError, code: e.code, name: e.name, path: e.path }));
    // vault serialize / load through the worker
    const v = await w.createVault();
    const red = await p.redact('mail ivan.petrov@mail.ru', { vault: v });
    const bytes = await v.serialize();
    const v2 = await w.loadVault(bytes);
    checks.loadedRestore = await v2.restore(red.text);
    checks.loadedSize = v2.size;
    checks.badVault = await w.loadVault(new Uint8Array([1, 2, 3])).then(() => null, (e) => e.name);
    p.delete();
    checks.afterDelete = await p.scan('x').then(() => 'resolved', (e) => e.name);
    // terminate() rejects what is pending
    const pending = p && w.compilePolicy().then(() => 'resolved', (e) => e.name);
    w.terminate();
    checks.terminated = await pending;
    checks.afterTerminate = await w.createVault().then(() => 'resolved', (e) => e.name);
    return { version: w.version, results, checks };
  } finally {
    w.terminate();
  }
}

async function failures() {
  const out = {};
  out.missingWasm = await Zaslon.load({ wasmUrl: '/dist/missing.wasm' }).then(() => 'resolved', (e) => `${e instanceof ZaslonError} ${e.name} ${e.message}`);
  out.notWasm = await Zaslon.load({ wasmUrl: '/test/index.html' }).then(() => 'resolved', (e) => `${e instanceof ZaslonError} ${e.name} ${e.message}`);
  out.workerBadUrl = await ZaslonWorker.create({ workerUrl: '/dist/missing-worker.mjs' }).then(() => 'resolved', (e) => `${e instanceof ZaslonError} ${e.name}`);
  out.workerBadWasm = await ZaslonWorker.create({ wasmUrl: '/dist/missing.wasm' }).then(() => 'resolved', (e) => `${e instanceof ZaslonError} ${e.name}`);
  const bin = await (await fetch('/dist/zaslon.wasm')).arrayBuffer();
  const z = await Zaslon.load({ wasmBinary: bin });
  out.fromBinary = z.compilePolicy().scan('a ivan.petrov@mail.ru').length;
  // served as application/wasm the module is compiled while it streams in; under another type
  // (/octet/) from its bytes; junk served as application/wasm is refused clearly
  const calls = { streaming: 0, bytes: 0 };
  const { compileStreaming, compile } = WebAssembly;
  WebAssembly.compileStreaming = (...a) => (calls.streaming++, compileStreaming.apply(WebAssembly, a));
  WebAssembly.compile = (...a) => (calls.bytes++, compile.apply(WebAssembly, a));
  try {
    const zs = await Zaslon.load({ wasmUrl: '/dist/zaslon.wasm' });
    const streamed = `${calls.streaming}/${calls.bytes}`;
    const zo = await Zaslon.load({ wasmUrl: '/octet/zaslon.wasm' });
    const text = 'a ivan.petrov@mail.ru';
    out.compiled = `${streamed} ${calls.streaming}/${calls.bytes} ` +
      `${zs.compilePolicy().scan(text).length} ${zo.compilePolicy().scan(text).length}`;
  } finally {
    Object.assign(WebAssembly, { compileStreaming, compile });
  }
  out.junkStreamed = await Zaslon.load({ wasmUrl: '/junk/zaslon.wasm' }).then(() => 'resolved', (e) => `${e instanceof ZaslonError} ${e.name} ${e.message}`);
  return out;
}

window.zaslonTest = {
  page, plainWorker, serviceWorker, zaslonWorker, failures,
  violations: () => violations.slice(),
  errText,
};
document.getElementById('state').textContent = 'ready';
