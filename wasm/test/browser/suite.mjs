// The same computation in Node, a page, a Web Worker, a service worker and through ZaslonWorker:
// for every case scan, redact with a fresh vault, and restore the redacted text.
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
      const v = z.createVault();
      const red = p.redact(c.text, { vault: v });
      const back = v.restore(red.text);
      const size = v.size;
      v.delete();
      out.push({ scan, red, back, size });
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
      const [scan, v] = await Promise.all([p.scan(c.text), w.createVault()]);
      const red = await p.redact(c.text, { vault: v });
      const back = await v.restore(red.text);
      const size = v.size;
      v.delete();
      out.push({ scan, red, back, size });
    }
  } finally {
    for (const p of policies.values()) p.delete();
  }
  return out;
}
