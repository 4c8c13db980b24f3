// Types of `zaslon/worker` (wasm/dist/worker.mjs). Hand-written; checked by wasm/test/types.test.mjs.
import type { BuildInfo, PolicyInfo, PolicySource, RedactColumns, RedactResult, ScanColumns, ScanSpan, ZaslonConstants } from './zaslon.js';

export { ZaslonError } from './zaslon.js';

export interface CallOptions {
  /** Aborting rejects the call with the signal's reason; a request that has not started in the
   * worker yet is dropped there too (a running one finishes, its result is discarded). */
  signal?: AbortSignal;
}

export interface WorkerRedactOptions extends CallOptions {
  vault?: WorkerVault;
}

export interface CreateOptions extends CallOptions {
  /** zaslon.wasm for the worker (default: next to zaslon.mjs). */
  wasmUrl?: string | URL;
  /** Or its bytes (copied to the worker). */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /** zaslon-scalar.wasm, for engines without wasm SIMD (as `LoadOptions`). */
  scalarWasmUrl?: string | URL;
  scalarWasmBinary?: ArrayBuffer | ArrayBufferView;
  /** Force a module (as `LoadOptions`): true zaslon.wasm, false zaslon-scalar.wasm. */
  simd?: boolean;
  /** The URL of worker.mjs, when it is not this module's own URL (e.g. after bundling). */
  workerUrl?: string | URL;
}

export declare class WorkerPolicy {
  private constructor();
  readonly info: PolicyInfo;
  scan(text: string, options?: CallOptions): Promise<ScanSpan[]>;
  /** What scan() finds, as Int32Array columns (`Policy#scanSpans`); the arrays' buffers are moved
   * from the worker, not copied, and belong to the caller. */
  scanSpans(text: string, options?: CallOptions): Promise<ScanColumns>;
  /** The name of a type id of this policy (a custom type's too), from `info`: no call to the worker. */
  typeName(id: number): string;
  redact(text: string, options?: WorkerRedactOptions): Promise<RedactResult>;
  /** What redact() gives, the spans as Int32Array columns (`Policy#redactSpans`); the arrays'
   * buffers are moved from the worker, not copied. */
  redactSpans(text: string, options?: WorkerRedactOptions): Promise<RedactColumns>;
  /** The name of an action id, from the engine's constants (no call to the worker). */
  actionName(id: number): string;
  readonly deleted: boolean;
  delete(): void;
}

export declare class WorkerVault {
  private constructor();
  /** Number of values, as of the last reply that concerned this vault. */
  readonly size: number;
  restore(reply: string, options?: CallOptions): Promise<string>;
  serialize(options?: CallOptions): Promise<Uint8Array>;
  wipe(options?: CallOptions): Promise<void>;
  readonly deleted: boolean;
  delete(): void;
}

export declare class ZaslonWorker {
  private constructor();
  /** Starts a module Worker running the engine; rejects with ZaslonError ("ZASLON_E_LOAD"). */
  static create(options?: CreateOptions): Promise<ZaslonWorker>;
  readonly version: string;
  readonly constants: ZaslonConstants;
  /** Which module the worker loaded. */
  readonly build: BuildInfo;
  compilePolicy(json?: PolicySource | null, options?: CallOptions): Promise<WorkerPolicy>;
  createVault(options?: CallOptions): Promise<WorkerVault>;
  loadVault(bytes: Uint8Array | ArrayBuffer | string, options?: CallOptions): Promise<WorkerVault>;
  /** Stops the worker; pending calls reject with ZaslonError ("ZASLON_E_TERMINATED"). */
  terminate(): void;
}

export default ZaslonWorker;
