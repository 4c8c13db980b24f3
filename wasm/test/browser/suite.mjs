// The same computation in Node, a page, a Web Worker, a service worker and through ZaslonWorker:
// for every case scan (objects and columns), redact with a fresh vault, and restore the redacted
// text.
// scanSpans()'s columns as plain data (Int32Array checked, names through typeName), to compare
// with scan() and across contexts.
function columns(p, { start, end, type }) {
  const ok = [start, end, type].every((a) => a instanceof Int32Array && a.length === start.length);
  return { ok, start: [...start], end: [...end], type: [...type].map((t) => p.typeName(t)) };
}

// redactSpans()'s result as redact() gives it (null if a column is not an Int32Array of the length).
function redactObjects(p, r) {
  const keys = ['start', 'end', 'type', 'action', 'outStart', 'outEnd'];
  if (!keys.every((k) => r[k] instanceof Int32Array && r[k].length === r.start.length)) return null;
  const spans = [...r.start].map((start, i) => ({
    start, end: r.end[i], type: p.typeName(r.type[i]), action: p.actionName(r.action[i]),
    outStart: r.outStart[i], outEnd: r.outEnd[i],
  }));
  return { text: r.text, spans, blocked: r.blocked };
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
      const v2 = z.createVault();
      const redCols = redactObjects(p, p.redactSpans(c.text, { vault: v2 }));
      v2.delete();
      out.push({ scan, cols, red, back, size, redCols });
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
      const v2 = await w.createVault();
      const redCols = redactObjects(p, await p.redactSpans(c.text, { vault: v2 }));
      v2.delete();
      out.push({ scan, cols, red, back, size, redCols });
    }
  } finally {
    for (const p of policies.values()) p.delete();
  }
  return out;
}
