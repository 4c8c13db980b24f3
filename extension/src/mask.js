// A partly masked rendering of a value for the preview: enough to recognise it, not to read it.
export function partlyMasked(value) {
  const chars = Array.from(value);
  const n = chars.length;
  if (n <= 4) return chars.map((c, i) => (i === 0 ? c : '•')).join('');
  const keep = n <= 8 ? 1 : 2;
  return chars.map((c, i) => (i < keep || i >= n - keep || /[\s@.\-()+]/.test(c) ? c : '•')).join('');
}
