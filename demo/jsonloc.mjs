// Finds where a JSON path ("$.rules[0].pattern", "$.types.PHONE_NUMBER.action", '$["a b"]')
// points in a JSON text, so that an engine error can be shown where it is. Also reports the
// offset of a syntax error. No dependencies; positions are UTF-16 offsets into the text.

class SyntaxErr extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
}

// Parses text into a tree of {start, end, kind, children: Map|Array, keyStart, keyEnd}.
export function parseWithPositions(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (msg) => {
    throw new SyntaxErr(msg, Math.min(i, text.length));
  };
  const str = () => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[e] ?? e;
        i += 2;
        continue;
      }
      if (text[i] === '\n') fail('unterminated string');
      out += text[i++];
    }
    if (i >= text.length) {
      i = start;
      fail('unterminated string');
    }
    i++;
    return { value: out, start, end: i };
  };
  const value = () => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const children = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, children };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a "key"');
        const key = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const v = value();
        v.keyStart = key.start;
        v.keyEnd = key.end;
        children.set(key.value, v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, children };
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const children = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, children };
      }
      for (;;) {
        children.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, children };
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      const s = str();
      return { kind: 'string', start, end: s.end };
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail(i >= text.length ? 'unexpected end of text' : `unexpected "${text[i]}"`);
    i += m[0].length;
    return { kind: 'scalar', start, end: i };
  };
  const root = value();
  ws();
  if (i < text.length) fail('unexpected text after the end');
  return root;
}

export function splitPath(path) {
  const parts = [];
  const re = /\.([A-Za-z0-9_$-]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\['([^']*)'\]/y;
  let i = path.startsWith('$') ? 1 : 0;
  re.lastIndex = i;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) break;
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(Number(m[2]));
    else parts.push(m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : m[4]);
  }
  return parts;
}

// -> {start, end, exact} for the path (the deepest existing node when the rest is missing), or
//    {start, end, syntax: message} when the text is not valid JSON, or null.
export function locate(text, path) {
  let node;
  try {
    node = parseWithPositions(text);
  } catch (e) {
    if (e instanceof SyntaxErr) return { start: e.offset, end: Math.min(e.offset + 1, text.length), syntax: e.message };
    return null;
  }
  let exact = true;
  for (const part of splitPath(path || '$')) {
    let next;
    if (node.kind === 'object') next = node.children.get(String(part));
    else if (node.kind === 'array' && typeof part === 'number') next = node.children[part];
    if (!next) {
      exact = false;
      break;
    }
    node = next;
  }
  return { start: node.start, end: node.end, exact };
}

export function lineCol(text, offset) {
  let line = 1;
  let last = -1;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      last = k;
    }
  }
  return { line, col: offset - last };
}
