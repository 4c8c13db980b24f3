// The chat sites' own identifiers inside the request bodies the network guard checks. Le Chat's
// prompt body carries its random conversation UUID, ChatGPT's two fresh ones per message; ~1 in
// 650 random UUIDs holds a value a recognizer reads as personal data ("e211cb20-…" a Russian car
// plate). Counted as findings, it blocked every prompt of that conversation although the user's
// text was masked. The engine now leaves values inside a UUID alone (src/resolve/resolve.c); this
// is the guard's own rule, for a policy's rules the engine does not apply it to. A value wholly
// inside such an id is the site's, not the user's: a value that only touches or crosses one counts.
const UUID = /(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z])/g;

// [start, end) ranges (UTF-16 code units, as the engine's JS spans) of the UUIDs in `text`.
export function idRanges(text) {
  const out = [];
  for (const m of text.matchAll(UUID)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// The spans of `spans` that do not lie wholly inside one of the ids of `text`.
export function outsideIds(text, spans) {
  const ids = idRanges(text);
  if (!ids.length) return spans;
  return spans.filter((s) => !ids.some(([a, b]) => s.start >= a && s.end <= b));
}
