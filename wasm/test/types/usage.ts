// Compiled (not run) by wasm/test/types.test.mjs with `tsc --noEmit`: the hand-written
// declarations must describe the API as documented.
import { Zaslon, ZaslonError, type RedactColumns, type RedactResult, type ScanColumns, type ScanSpan, type ZaslonConstants } from 'zaslon';
import { ZaslonWorker, type WorkerPolicy, type WorkerVault } from 'zaslon/worker';

export async function main(): Promise<void> {
  const z: Zaslon = await Zaslon.load();
  await Zaslon.load({ wasmUrl: new URL('https://example.org/zaslon.wasm') });
  await Zaslon.load({ wasmBinary: new Uint8Array(8) });
  await Zaslon.load({ wasmUrl: 'zaslon.wasm', scalarWasmUrl: 'zaslon-scalar.wasm', simd: false });
  await Zaslon.load({ scalarWasmBinary: new Uint8Array(8), simd: true });
  const simd: boolean = Zaslon.simdSupported() && z.build.simd128;
  const variant: 'simd128' | 'scalar' = z.build.variant;
  const v: string = z.version;
  const c: ZaslonConstants = z.constants;
  const code: number | undefined = c.errors['ZASLON_E_POLICY'];
  const names: string[] = c.types.map((t) => t.name + t.kind + t.id);
  const policy = z.compilePolicy({ types: { PHONE_NUMBER: { action: 'mask' } } });
  z.compilePolicy('{}').delete();
  z.compilePolicy();
  const spans: ScanSpan[] = policy.scan('text');
  const s0: number = spans[0].start + spans[0].end;
  const cols: ScanColumns = policy.scanSpans('text');
  const rc: RedactColumns = policy.redactSpans('text', { vault: z.createVault() });
  const act: string = policy.actionName(rc.action[0] ?? 0) + rc.text + String(rc.blocked) + rc.outStart.length + rc.outEnd.length;
  const firstType: string = policy.typeName(cols.type[0]) + (cols.start[0] + cols.end[0]);
  void firstType;
  const vault = z.createVault();
  const r: RedactResult = policy.redact('text', { vault });
  const out: string = r.text + r.spans.map((s) => s.action + s.outStart + s.outEnd + s.type).join('');
  const blocked: boolean = r.blocked;
  const back: string = vault.restore(out);
  const bytes: Uint8Array = vault.serialize();
  const n: number = vault.size + z.loadVault(bytes).size;
  vault.wipe();
  const info = policy.info.types.map((t) => t.action);
  policy.delete();
  vault.delete();
  try {
    policy.scan('x');
  } catch (e) {
    if (e instanceof ZaslonError) {
      const details: [number | null, string, string, string, number] = [e.code, e.name, e.message, e.path, e.offset];
      void details;
    }
  }

  const w = await ZaslonWorker.create({ wasmUrl: 'zaslon.wasm', workerUrl: new URL('https://x.test/worker.mjs') });
  await ZaslonWorker.create({ scalarWasmUrl: 'zaslon-scalar.wasm', simd: false });
  const wvariant: string = w.build.variant;
  const ctl = new AbortController();
  const wp: WorkerPolicy = await w.compilePolicy(undefined, { signal: ctl.signal });
  const ws: ScanSpan[] = await wp.scan('t', { signal: ctl.signal });
  const wcols: ScanColumns = await wp.scanSpans('t', { signal: ctl.signal });
  const wtype: string = wp.typeName(wcols.type[0]) + (wcols.start[0] + wcols.end[0]);
  void wtype;
  const wv: WorkerVault = await w.createVault();
  const wr: RedactResult = await wp.redact('t', { vault: wv, signal: ctl.signal });
  const wrc: RedactColumns = await wp.redactSpans('t', { vault: wv, signal: ctl.signal });
  const wact: string = wp.actionName(wrc.action[0] ?? 0);
  const wb: string = await wv.restore(wr.text);
  const wser: Uint8Array = await wv.serialize();
  const wv2: WorkerVault = await w.loadVault(wser);
  await wv2.wipe();
  const size: number = wv.size;
  wp.delete();
  w.terminate();
  void [v, code, names, s0, blocked, back, n, info, ws, wb, size];

  // @ts-expect-error: scan takes a string
  policy.scan(42);
  // @ts-expect-error: no such method
  z.scan('x');
  // @ts-expect-error: the constructor is private
  new Zaslon();
}
