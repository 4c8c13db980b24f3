// What the network guard tells the user about a request body. The page hook sends the body and
// each of its JSON string leaves (a value may hide in either), so one value of the prompt shows
// up in two or more of the texts: counted per text, a single phone number was reported as
// "2 item(s)". Each type and value is counted once; the values live only in this call's set.
import { outsideIds } from './ids.js';

// { findings, counts } of `texts`, `redact(text)` giving the engine's spans (UTF-16 offsets);
// spans whose action is "allow" and values wholly inside the site's own ids are not findings.
export function countFindings(texts, redact) {
  const seen = new Set();
  const counts = {};
  for (const t of texts) {
    if (!t.trim()) continue;
    for (const s of outsideIds(t, redact(t).spans)) {
      if (s.action === 'allow') continue;
      const key = s.type + '\u0000' + t.slice(s.start, s.end);
      if (seen.has(key)) continue;
      seen.add(key);
      counts[s.type] = (counts[s.type] || 0) + 1;
    }
  }
  const findings = seen.size;
  seen.clear();
  return { findings, counts };
}
