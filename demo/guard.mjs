// The demo's text work (redact, restore, timing a policy) runs in the engine's Worker with a time
// limit: a policy typed in the editor can hold a rule that backtracks for seconds (issue #16), and
// it must not freeze the page. Past the limit the worker is terminated — its vaults with it — and
// a fresh one is started with the same policy; the caller shows why nothing came out.
import { ZaslonWorker } from './worker.mjs';

export class TimeoutError extends Error {
  constructor(ms) {
    super(`the engine took longer than ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export class GuardedEngine {
  constructor({ wasmUrl, scalarWasmUrl, workerUrl, timeoutMs = 10_000 }) {
    this.opts = { wasmUrl, scalarWasmUrl, workerUrl };
    this.timeoutMs = timeoutMs;
    this.worker = null;
    this.policySource = null;
    this.policy = null; // promise of a WorkerPolicy for policySource
    this.vaults = new Map(); // name -> promise of a WorkerVault
    this.lastMs = 0;
  }

  async start() {
    this.worker = await ZaslonWorker.create(this.opts);
    this.vaults.clear();
    this.policy = this.policySource == null ? null : this.worker.compilePolicy(this.policySource);
  }

  /** The policy for later calls (already checked on the page's thread). */
  setPolicy(source) {
    this.policySource = source;
    const old = this.policy;
    this.policy = this.worker.compilePolicy(source);
    if (old) old.then((p) => p.delete(), () => {});
    return this.policy;
  }

  vault(name) {
    if (!this.vaults.has(name)) this.vaults.set(name, this.worker.createVault());
    return this.vaults.get(name);
  }

  /** Runs f(worker-side objects) within the limit; on timeout restarts and throws TimeoutError. */
  async run(f, ms = this.timeoutMs) {
    const t0 = performance.now();
    let timer;
    const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new TimeoutError(ms)), ms); });
    try {
      const r = await Promise.race([f(), limit]);
      this.lastMs = performance.now() - t0;
      return r;
    } catch (e) {
      if (e instanceof TimeoutError) {
        this.lastMs = Infinity;
        this.worker.terminate();
        await this.start();
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  redact(text, vaultName) {
    return this.run(async () => (await this.policy).redact(text, { vault: await this.vault(vaultName) }));
  }

  scan(text, ms) {
    return this.run(async () => (await this.policy).scan(text), ms);
  }

  restore(text, vaultName) {
    return this.run(async () => (await this.vault(vaultName)).restore(text));
  }

  async vaultSize(name) { return (await this.vault(name)).size; }

  wipe(name) {
    return this.run(async () => (await this.vault(name)).wipe());
  }
}
