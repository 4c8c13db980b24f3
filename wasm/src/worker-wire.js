// worker-wire.js — what both ends of the worker protocol share: the Worker name and how an error
// crosses postMessage (structured clone drops the class; the fields survive).
import { ZaslonError } from './error.js';

export const WORKER_NAME = 'zaslon-worker';

export function errorToWire(e) {
  if (e instanceof ZaslonError) {
    return { message: e.message, name: e.name, code: e.code, path: e.path, offset: e.offset, zaslon: true };
  }
  return { message: String(e && e.message ? e.message : e), name: (e && e.name) || 'Error', zaslon: false };
}

export function errorFromWire(w) {
  if (w.zaslon) return new ZaslonError(w.message, { code: w.code, name: w.name, path: w.path, offset: w.offset });
  if (w.name === 'TypeError') return new TypeError(w.message);
  const e = new Error(w.message);
  e.name = w.name;
  return e;
}
