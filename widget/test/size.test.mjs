import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure } from './size.mjs';

test('widget JS (without wasm) is within the gzip size budget', (t) => {
  const m = measure();
  t.diagnostic(`zaslon-widget.js: ${m.raw} bytes, ${m.gzip} bytes gzip, budget ${m.max}`);
  assert.ok(m.gzip <= m.max, `${m.gzip} bytes gzip > budget ${m.max}`);
});
