// The policy a site's prompts are checked with: the user's or admin's policy JSON with the site's
// assistant names on its allow list. Pure string in, string out, so that the service worker can
// cache the compiled policy by the text it compiled.

// `json` with `names` appended to its "allow" array. JSON the engine would reject (not an object,
// "allow" not an array) is returned unchanged, so that compiling it still fails with the engine's
// own error and path instead of one this merge made up.
export function withAllowed(json, names) {
  if (!Array.isArray(names) || names.length === 0) return json;
  let p;
  try { p = JSON.parse(json); } catch { return json; }
  if (!p || typeof p !== 'object' || Array.isArray(p)) return json;
  if (p.allow !== undefined && !Array.isArray(p.allow)) return json;
  const allow = [...(p.allow || [])];
  for (const n of names) if (!allow.includes(n)) allow.push(n);
  return JSON.stringify({ ...p, allow });
}
