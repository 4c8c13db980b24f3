// error.js — ZaslonError, the one error class of the package, in its own module so that the
// worker's page-side front (worker-client.js) can be bundled without the engine (the widget's
// page script carries no wasm glue). In wasm/dist it is the class zaslon.mjs exports.

/** Every failure of the package: `code` is the C error code (null for load errors), `name` its
 * constant name from the library ("ZASLON_E_POLICY", ...), `path` the JSON path for policy
 * errors, `offset` the regex offset of a bad pattern. */
export class ZaslonError extends Error {
  constructor(message, { code = null, name = 'ZaslonError', path = '', offset = 0, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
    this.code = code;
    this.path = path;
    this.offset = offset;
  }
}
