// Size budget: widget/dist/zaslon-widget.js (without the wasm) must stay within
// widget/size-budget.json when gzipped. Prints the figure; exits 1 when over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export function measure() {
  const budget = JSON.parse(readFileSync(join(widgetDir, 'size-budget.json'), 'utf8'));
  const js = readFileSync(join(widgetDir, budget.file));
  const gz = gzipSync(js, { level: 9 }).length;
  return { raw: js.length, gzip: gz, max: budget.maxGzipBytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = measure();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`widget size: zaslon-widget.js ${m.raw} bytes, ${m.gzip} bytes gzip (${kb(m.gzip)} KB of ${kb(m.max)} KB budget)`);
  if (m.gzip > m.max) {
    console.error(`widget size: OVER BUDGET by ${m.gzip - m.max} bytes`);
    process.exit(1);
  }
}
