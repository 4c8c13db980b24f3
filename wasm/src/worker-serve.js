// worker-serve.js — the worker side of `zaslon/worker`: loads the engine and serves requests
// (protocol in worker.js). Only ever runs inside the dedicated Worker.
import { Zaslon, ZaslonError, Policy, Vault } from './zaslon.js';
import { errorToWire } from './worker-wire.js';

// The buffers a result owns alone, moved to the page instead of copied: serialize()'s bytes and
// scanSpans()'s / redactSpans()'s columns. A result with no span is the shared frozen empty one,
// which the worker keeps using: its buffers are copied (zero bytes), never moved.
const COLUMNS = ['start', 'end', 'type', 'outStart', 'outEnd', 'action'];
function transferables(r) {
  if (r instanceof Uint8Array) return [r.buffer];
  if (r && r.start instanceof Int32Array && r.start.length > 0) {
    return COLUMNS.filter((k) => r[k] instanceof Int32Array).map((k) => r[k].buffer);
  }
  return [];
}

export function serve(scope) {
  let z = null;
  const handles = new Map();
  let nextHandle = 1;
  const queue = [];
  const cancelled = new Set();
  const tick = new MessageChannel();
  let scheduled = false;

  const get = (h, Kind) => {
    const o = handles.get(h);
    if (!o || !(o instanceof Kind)) throw new ZaslonError('zaslon worker: unknown or deleted handle', {
      code: z ? z.constants.errors.ZASLON_E_ARG : null, name: 'ZASLON_E_ARG',
    });
    return o;
  };
  const add = (o) => {
    const h = nextHandle++;
    handles.set(h, o);
    return h;
  };

  // A request that makes an object: the page gets its handle and what it shows of the object.
  const make = (create, shown) => (m) => {
    const o = create(m);
    return { handle: add(o), ...shown(o) };
  };
  // A request on an object the page holds by handle: one method, given the message's text.
  const on = (key, Kind, method) => (m) => get(m[key], Kind)[method](m.text);
  const sized = (v) => ({ size: v.size });

  const ops = {
    async init(m) {
      if (!z) {
        z = await Zaslon.load({
          wasmUrl: m.wasmUrl, wasmBinary: m.wasmBinary,
          scalarWasmUrl: m.scalarWasmUrl, scalarWasmBinary: m.scalarWasmBinary, simd: m.simd,
        });
      }
      return { version: z.version, constants: z.constants, build: z.build };
    },
    compile: make((m) => z.compilePolicy(m.json), (p) => ({ info: p.info })),
    vaultNew: make(() => z.createVault(), sized),
    vaultLoad: make((m) => z.loadVault(m.bytes), sized),
    scan: on('policy', Policy, 'scan'),
    scanSpans: on('policy', Policy, 'scanSpans'),
    restore: on('vault', Vault, 'restore'),
    serialize: on('vault', Vault, 'serialize'),
    redact(m) {
      const v = m.vault ? get(m.vault, Vault) : undefined;
      const r = get(m.policy, Policy)[m.columns ? 'redactSpans' : 'redact'](m.text, { vault: v });
      if (v) r.vaultSize = v.size;
      return r;
    },
    wipe(m) {
      get(m.vault, Vault).wipe();
      return 0;
    },
    free(m) {
      const o = handles.get(m.handle);
      if (o) {
        handles.delete(m.handle);
        o.delete();
      }
      return null;
    },
  };

  const pump = async () => {
    scheduled = false;
    const m = queue.shift();
    if (!m) return;
    if (cancelled.delete(m.id)) {
      schedule();
      return;
    }
    let reply;
    try {
      const op = ops[m.op];
      if (!op) throw new Error(`zaslon worker: unknown op ${m.op}`);
      if (!z && m.op !== 'init') throw new ZaslonError('zaslon worker: not initialised', { name: 'ZASLON_E_LOAD' });
      const result = await op(m);
      reply = { id: m.id, ok: true, result };
    } catch (e) {
      reply = { id: m.id, ok: false, error: errorToWire(e) };
    }
    const transfer = reply.ok ? transferables(reply.result) : [];
    scope.postMessage(reply, transfer);
    schedule();
  };
  // One request per task, so that cancel messages are seen between requests.
  const schedule = () => {
    if (!scheduled && queue.length) {
      scheduled = true;
      tick.port2.postMessage(null);
    }
  };
  tick.port1.onmessage = pump;

  scope.onmessage = (ev) => {
    const m = ev.data;
    if (!m || typeof m !== 'object') return;
    if (m.op === 'cancel') {
      if (queue.some((q) => q.id === m.target)) cancelled.add(m.target);
      return;
    }
    queue.push(m);
    schedule();
  };
}
