// Types of `zaslon` (wasm/dist/zaslon.mjs). Hand-written; checked by wasm/test/types.test.mjs.

/** Every failure of the package. */
export declare class ZaslonError extends Error {
  constructor(
    message: string,
    options?: { code?: number | null; name?: string; path?: string; offset?: number; cause?: unknown },
  );
  /** The C error code (a negative ZASLON_E_* value), or null for failures outside the engine
   * (loading: name "ZASLON_E_LOAD"; a terminated worker: "ZASLON_E_TERMINATED"). */
  code: number | null;
  /** The constant's name from the library, e.g. "ZASLON_E_POLICY". */
  name: string;
  /** For policy errors: the JSON path of the bad value ("$.rules[1].pattern"), else "". */
  path: string;
  /** For a bad regex: the offset in the pattern, else 0. */
  offset: number;
}

/** What `zaslon_constants_json()` gives: the only source of names and codes. */
export interface ZaslonConstants {
  readonly version: string;
  readonly types: ReadonlyArray<{ readonly id: number; readonly name: string; readonly kind: 'entity' | 'topic' }>;
  readonly actions: ReadonlyArray<string>;
  readonly errors: Readonly<Record<string, number>>;
  readonly status: Readonly<Record<string, number>>;
  readonly validators: ReadonlyArray<string>;
  readonly [key: string]: unknown;
}

/** A span found by scan(): [start, end) in UTF-16 code units of the scanned string, so
 * `text.slice(start, end)` is exactly the match. */
export interface ScanSpan {
  start: number;
  end: number;
  /** Type name ("PHONE_NUMBER", or a custom type of the policy). */
  type: string;
}

export interface RedactSpan extends ScanSpan {
  /** The action applied ("label", "pseudonym", "mask", "hash", "remove", "allow", "block"). */
  action: string;
  /** The replacement's [outStart, outEnd) in the redacted text (UTF-16 code units). */
  outStart: number;
  outEnd: number;
}

export interface RedactResult {
  /** The text with every span replaced as the policy says. */
  text: string;
  spans: RedactSpan[];
  /** True when a span's action is "block": the policy says this message must not be sent. */
  blocked: boolean;
}

export interface RedactOptions {
  /** Pseudonyms come from (and are stored in) this vault; without one a throwaway vault is used. */
  vault?: Vault;
}

/** A JSON policy (see the project README, "Policy"): a string, or an object that is stringified. */
export type PolicySource = string | Record<string, unknown>;

/** The compiled policy's description (zaslon_policy_info_json()). */
export interface PolicyInfo {
  readonly types: ReadonlyArray<{
    readonly id: number;
    readonly name: string;
    readonly kind: string;
    readonly enabled: boolean;
    readonly action: string;
    readonly [key: string]: unknown;
  }>;
  readonly limits?: Readonly<Record<string, number>>;
  readonly [key: string]: unknown;
}

/** scanSpans(): the spans of scan() as columns, one typed array each, all of one length — no
 * object per span. Offsets in UTF-16 code units; `type` holds type ids (`Policy#typeName(id)`,
 * `Policy#info.types` or, for built-in types, `Zaslon#constants.types` give the names). */
export interface ScanColumns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly type: Int32Array;
}

/** redactSpans(): redact()'s result with its spans as columns (one typed array each, all of one
 * length); outStart/outEnd are offsets in `text`, `action` holds action ids (`Policy#actionName`). */
export interface RedactColumns extends ScanColumns {
  readonly text: string;
  readonly blocked: boolean;
  readonly outStart: Int32Array;
  readonly outEnd: Int32Array;
  readonly action: Int32Array;
}

/** A compiled, immutable policy. Free it with delete() (a FinalizationRegistry is only a safety
 * net). Every method throws ZaslonError after delete(). */
export declare class Policy {
  private constructor();
  /** Finds personal data. Throws ZaslonError (e.g. ZASLON_E_TOO_BIG). */
  scan(text: string): ScanSpan[];
  /** What scan() finds, as Int32Array columns (cheaper for many spans or many calls). The
   * arrays belong to the caller; a result with no span is a shared frozen empty one. */
  scanSpans(text: string): ScanColumns;
  /** The name of a type id of this policy (a custom type's too). */
  typeName(id: number): string;
  /** Finds and replaces personal data. */
  redact(text: string, options?: RedactOptions): RedactResult;
  /** What redact() gives, the spans as Int32Array columns: no object per span. */
  redactSpans(text: string, options?: RedactOptions): RedactColumns;
  /** The name of an action id (redactSpans() gives ids). */
  actionName(id: number): string;
  readonly info: PolicyInfo;
  readonly deleted: boolean;
  delete(): void;
}

/** The pseudonyms of one conversation. Contains original values: wipe() or delete() it when done. */
export declare class Vault {
  private constructor();
  /** Number of distinct values held. */
  readonly size: number;
  /** The reply with every known pseudonym token ("<PERSON_1>", "&lt;PERSON_1&gt;", ...)
   * replaced by the original value. */
  restore(reply: string): string;
  /** The vault as bytes (JSON with the original values: protect it). */
  serialize(): Uint8Array;
  /** Zeroes and forgets every value; the vault stays usable. */
  wipe(): void;
  readonly deleted: boolean;
  delete(): void;
}

export interface LoadOptions {
  /** Where zaslon.wasm (the SIMD128 module) is (URL, or a file path in Node). Default: next to
   * zaslon.mjs. */
  wasmUrl?: string | URL;
  /** The bytes of zaslon.wasm. */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /** Where zaslon-scalar.wasm (the module without SIMD, for engines that lack it) is. Default:
   * next to zaslon.mjs when wasmUrl/wasmBinary are not given either; else the engine without
   * SIMD loads wasmUrl/wasmBinary. */
  scalarWasmUrl?: string | URL;
  /** The bytes of zaslon-scalar.wasm. */
  scalarWasmBinary?: ArrayBuffer | ArrayBufferView;
  /** Force a module: true zaslon.wasm, false zaslon-scalar.wasm. Default: the engine decides
   * (Zaslon.simdSupported()). */
  simd?: boolean;
  /** A module already compiled (either variant); the options above are then ignored. */
  wasmModule?: WebAssembly.Module;
}

/** Which module runs, as the module itself reports it. */
export interface BuildInfo {
  readonly variant: 'simd128' | 'scalar';
  readonly simd128: boolean;
}

export declare class Zaslon {
  private constructor();
  /** Loads the engine; rejects with ZaslonError (name "ZASLON_E_LOAD") if zaslon.wasm is missing
   * or broken. */
  static load(options?: LoadOptions): Promise<Zaslon>;
  /** Whether this engine has wasm SIMD128 (then load() picks zaslon.wasm, else zaslon-scalar.wasm). */
  static simdSupported(): boolean;
  /** Which module was loaded. */
  readonly build: BuildInfo;
  /** The library version. */
  readonly version: string;
  readonly constants: ZaslonConstants;
  /** Bytes of wasm linear memory in use now. */
  readonly memoryBytes: number;
  /** Compiles a policy; none gives the built-in default. Throws ZaslonError (ZASLON_E_POLICY,
   * with path and message) for an invalid one. */
  compilePolicy(json?: PolicySource | null): Policy;
  createVault(): Vault;
  /** Rebuilds a vault from Vault#serialize() output; throws ZaslonError (ZASLON_E_VAULT). */
  loadVault(bytes: Uint8Array | ArrayBuffer | ArrayBufferView | string): Vault;
}

/** UTF-8 byte offsets to UTF-16 code unit offsets of `str`, in place (one pass). */
export declare function toUnits<T extends { [i: number]: number; length: number }>(str: string, offs: T, count?: number): T;

export default Zaslon;
