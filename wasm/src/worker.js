// worker.js — `zaslon/worker`: the same engine in a dedicated module Worker, for long pastes and
// extension pages. This one file is both the front (ZaslonWorker, used by the page) and the
// worker script: started with the Worker name "zaslon-worker", it serves requests instead.
//
// Protocol: page -> worker {id, op, ...args}; worker -> page {id, ok, result | error}. Requests
// are served in order; a {op:"cancel", target} message drops a request that has not started yet
// (a running scan cannot be interrupted). Handles of policies and vaults are small integers.
import { WORKER_NAME } from './worker-wire.js';
import { serve } from './worker-serve.js';
import { ZaslonWorker } from './worker-client.js';

const inZaslonWorker =
  typeof self === 'object' && self !== null && typeof window === 'undefined' &&
  typeof self.postMessage === 'function' && self.name === WORKER_NAME &&
  typeof DedicatedWorkerGlobalScope === 'function' && self instanceof DedicatedWorkerGlobalScope;
if (inZaslonWorker) serve(self);

export { ZaslonWorker, WorkerPolicy, WorkerVault, ZaslonError } from './worker-client.js';
export default ZaslonWorker;
