// worker-client.js — the page side of `zaslon/worker` (ZaslonWorker, WorkerPolicy, WorkerVault):
// it never loads the engine itself, so a page script that only talks to the worker (the widget)
// bundles this file without the wasm glue. Protocol in worker.js.
import { ZaslonError } from './error.js';
import { WORKER_NAME, errorFromWire } from './worker-wire.js';

// Taken when this module is evaluated: a page script that wraps Worker.prototype.postMessage later
// (to watch traffic) does not see the texts sent to the engine.
const postToWorker = typeof Worker === 'function' ? Worker.prototype.postMessage : null;
const send = (worker, msg) => (postToWorker && worker instanceof Worker
  ? Reflect.apply(postToWorker, worker, [msg]) : worker.postMessage(msg));

function terminatedError() {
  return new ZaslonError('zaslon worker was terminated', { name: 'ZASLON_E_TERMINATED' });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  return e;
}

function resolveUrl(u) {
  if (u == null) return undefined;
  if (u instanceof URL) return u.href;
  const base = typeof location === 'object' && location ? location.href : undefined;
  try {
    return new URL(String(u), base).href;
  } catch {
    return String(u);
  }
}

const handleRegistry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry(({ front, handle }) => front._free(handle))
  : null;

class WorkerHandle {
  constructor(front, handle, what) {
    this._front = front;
    this._handle = handle;
    this._what = what;
    this._deleted = false;
    if (handleRegistry) handleRegistry.register(this, { front, handle }, this);
  }
  _check() {
    if (this._deleted) {
      const c = this._front.constants;
      throw new ZaslonError(`zaslon: this ${this._what} was deleted`, {
        code: c && c.errors ? c.errors.ZASLON_E_ARG : null, name: 'ZASLON_E_ARG',
      });
    }
  }
  /** Frees the object in the worker; using the handle afterwards throws. */
  delete() {
    if (this._deleted) return;
    this._deleted = true;
    if (handleRegistry) handleRegistry.unregister(this);
    this._front._free(this._handle);
  }
  get deleted() {
    return this._deleted;
  }
}

export class WorkerPolicy extends WorkerHandle {
  constructor(front, handle, info) {
    super(front, handle, 'policy');
    this.info = info;
  }
  /** Promise of [{start, end, type}] (UTF-16 code units). */
  scan(text, options = {}) {
    return this._run(() => this._front._call('scan', { policy: this._handle, text }, options.signal));
  }
  /** Promise of {start, end, type}: Int32Array columns of one length, as Policy#scanSpans()
   * (moved from the worker, not copied); typeName(id) names the types. */
  scanSpans(text, options = {}) {
    return this._run(() => this._front._call('scanSpans', { policy: this._handle, text }, options.signal));
  }
  /** The name of a type id of this policy, from its info: no round trip to the worker. */
  typeName(id) {
    this._check();
    if (!this._names) {
      this._names = new Map();
      for (const t of (this.info && this.info.types) || []) this._names.set(t.id, t.name);
    }
    const name = this._names.get(id);
    return name === undefined ? String(id) : name;
  }
  /** Promise of {text, spans, blocked}. */
  redact(text, options = {}) {
    return this._redact(text, options, false);
  }
  /** Promise of redact()'s result with the spans as Int32Array columns, as Policy#redactSpans()
   * (moved from the worker, not copied); actionName(id) and typeName(id) name the ids. */
  redactSpans(text, options = {}) {
    return this._redact(text, options, true);
  }
  /** The name of an action id, from the engine's constants: no round trip to the worker. */
  actionName(id) {
    this._check();
    const name = (this._front.constants.actions || [])[id];
    return typeof name === 'string' ? name : String(id);
  }
  _redact(text, options, columns) {
    return this._run(() => {
      const v = options.vault;
      if (v != null) {
        if (!(v instanceof WorkerVault) || v._front !== this._front) {
          throw new TypeError('zaslon: options.vault must be a vault of this ZaslonWorker');
        }
        v._check();
      }
      return this._front._call('redact', { policy: this._handle, vault: v ? v._handle : 0, text, columns }, options.signal)
        .then((r) => {
          if (v && typeof r.vaultSize === 'number') v._size = r.vaultSize;
          delete r.vaultSize;
          return r;
        });
    });
  }
  _run(f) {
    try {
      this._check();
      return f();
    } catch (e) {
      return Promise.reject(e);
    }
  }
}

export class WorkerVault extends WorkerHandle {
  constructor(front, handle, size) {
    super(front, handle, 'vault');
    this._size = size;
  }
  /** Number of values, as of the last reply that concerned this vault. */
  get size() {
    return this._size;
  }
  restore(reply, options = {}) {
    return WorkerPolicy.prototype._run.call(this, () =>
      this._front._call('restore', { vault: this._handle, text: reply }, options.signal));
  }
  serialize(options = {}) {
    return WorkerPolicy.prototype._run.call(this, () =>
      this._front._call('serialize', { vault: this._handle }, options.signal));
  }
  wipe(options = {}) {
    return WorkerPolicy.prototype._run.call(this, () =>
      this._front._call('wipe', { vault: this._handle }, options.signal).then(() => {
        this._size = 0;
      }));
  }
}

export class ZaslonWorker {
  /** Starts the worker and loads the engine in it. Options: wasmUrl, wasmBinary,
   * scalarWasmUrl, scalarWasmBinary, simd (as Zaslon.load), workerUrl (default: this module's
   * URL), signal. */
  static async create(options = {}) {
    if (typeof Worker !== 'function') {
      throw new ZaslonError('zaslon/worker needs Worker (not available here)', { name: 'ZASLON_E_LOAD' });
    }
    let url;
    try {
      url = options.workerUrl != null ? resolveUrl(options.workerUrl) : new URL(import.meta.url).href;
    } catch (e) {
      throw new ZaslonError('cannot locate worker.mjs: pass {workerUrl}', { name: 'ZASLON_E_LOAD', cause: e });
    }
    let worker;
    try {
      worker = new Worker(url, { type: 'module', name: WORKER_NAME });
    } catch (e) {
      throw new ZaslonError(`cannot start the zaslon worker from ${url}: ${e && e.message}`, { name: 'ZASLON_E_LOAD', cause: e });
    }
    const front = new ZaslonWorker(worker, url);
    try {
      const r = await front._call('init', {
        wasmUrl: resolveUrl(options.wasmUrl), wasmBinary: options.wasmBinary,
        scalarWasmUrl: resolveUrl(options.scalarWasmUrl), scalarWasmBinary: options.scalarWasmBinary,
        simd: options.simd,
      }, options.signal);
      front.version = r.version;
      front.constants = r.constants;
      front.build = r.build;
    } catch (e) {
      front.terminate();
      throw e;
    }
    return front;
  }

  constructor(worker, url) {
    this._worker = worker;
    this._pending = new Map();
    this._nextId = 1;
    this._dead = false;
    this.version = undefined;
    this.constants = undefined;
    this.build = undefined;
    worker.onmessage = (ev) => {
      const m = ev.data;
      const p = this._pending.get(m && m.id);
      if (!p) return;
      this._pending.delete(m.id);
      p.done();
      if (m.ok) p.resolve(m.result);
      else p.reject(errorFromWire(m.error));
    };
    worker.onerror = (ev) => {
      if (ev && ev.preventDefault) ev.preventDefault();
      const msg = ev && ev.message ? ev.message : 'failed to load or crashed';
      this._failAll(new ZaslonError(`zaslon worker (${url}): ${msg}`, { name: 'ZASLON_E_LOAD' }));
    };
    worker.onmessageerror = () => {
      this._failAll(new ZaslonError('zaslon worker: a message could not be decoded', { name: 'ZASLON_E_INTERNAL' }));
    };
  }

  _failAll(err) {
    const all = [...this._pending.values()];
    this._pending.clear();
    for (const p of all) {
      p.done();
      p.reject(err);
    }
  }

  _call(op, args, signal) {
    if (this._dead) return Promise.reject(terminatedError());
    if (signal && signal.aborted) return Promise.reject(abortReason(signal));
    const id = this._nextId++;
    return new Promise((resolve, reject) => {
      let onAbort = null;
      const done = () => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
      };
      if (signal) {
        onAbort = () => {
          if (!this._pending.has(id)) return;
          this._pending.delete(id);
          done();
          send(this._worker, { op: 'cancel', target: id });
          reject(abortReason(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      this._pending.set(id, { resolve, reject, done });
      try {
        send(this._worker, { id, op, ...args });
      } catch (e) {
        this._pending.delete(id);
        done();
        reject(e);
      }
    });
  }

  _free(handle) {
    if (!this._dead) send(this._worker, { id: 0, op: 'free', handle });
  }

  /** Promise of a policy handle; json: string, object or nothing (default policy). */
  async compilePolicy(json, options = {}) {
    const r = await this._call('compile', { json: json == null || typeof json === 'string' ? json : JSON.stringify(json) }, options.signal);
    return new WorkerPolicy(this, r.handle, r.info);
  }

  async createVault(options = {}) {
    const r = await this._call('vaultNew', {}, options.signal);
    return new WorkerVault(this, r.handle, r.size);
  }

  async loadVault(bytes, options = {}) {
    const r = await this._call('vaultLoad', { bytes }, options.signal);
    return new WorkerVault(this, r.handle, r.size);
  }

  /** Stops the worker; pending requests reject with a ZaslonError (ZASLON_E_TERMINATED). */
  terminate() {
    if (this._dead) return;
    this._dead = true;
    this._worker.terminate();
    this._failAll(terminatedError());
  }
}

export { ZaslonError };
