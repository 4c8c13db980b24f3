// The same computation in Node, a page, a Web Worker, a service worker and through ZaslonWorker:
// for every case scan (objects and columns), redact with a fresh vault, and restore the redacted
// text.
// scanSpans()'s columns as plain data (Int32Array checked, names through typeName), to compare
// with scan() and across contexts.
function columns(p, { start, end, type }) {
  const ok = [start, end, type].every((a) => a instanceof Int32Array && a.length === start.length);
  return { ok, start: [...start], end: [...end], type: [...type].map((t) => p.typeName(t)) };
}

export function runSuite(z, cases) {
  const policies = new Map();
  const out = [];
  try {
    for (const c of cases) {
      const key = c.policy ?? '';
      let p = policies.get(key);
      if (!p) {
        p = z.compilePolicy(c.policy ?? undefined);
        policies.set(key, p);
      }
      const scan = p.scan(c.text);
      const cols = columns(p, p.scanSpans(c.text));
      const v = z.createVault();
      const red = p.redact(c.text, { vault: v });
      const back = v.restore(red.text);
      const size = v.size;
      v.delete();
      out.push({ scan, cols, red, back, size });
    }
  } finally {
    for (const p of policies.values()) p.delete();
  }
  return out;
}

export async function runWorkerSuite(w, cases) {
  const policies = new Map();
  const out = [];
  try {
    for (const c of cases) {
      const key = c.policy ?? '';
      let p = policies.get(key);
      if (!p) {
        p = await w.compilePolicy(c.policy ?? undefined);
        policies.set(key, p);
      }
      const [scan, spans, v] = await Promise.all([p.scan(c.text), p.scanSpans(c.text), w.createVault()]);
      const cols = columns(p, spans);
      const red = await p.redact(c.text, { vault: v });
      const back = await v.restore(red.text);
      const size = v.size;
      v.delete();
      out.push({ scan, cols, red, back, size });
    }
  } finally {
    for (const p of policies.values()) p.delete();
  }
  return out;
}
