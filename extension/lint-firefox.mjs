#!/usr/bin/env node
// Runs Mozilla's addons-linter (npm dev dependency) on the unpacked Firefox build and fails on any
// error or warning.   node extension/lint-firefox.mjs build/extension/firefox
import linter from 'addons-linter';

const dir = process.argv[2];
if (!dir) { console.error('usage: lint-firefox.mjs DIR'); process.exit(2); }
const run = linter.createInstance({ config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false, minManifestVersion: 2, maxManifestVersion: 3 }, runAsBinary: false });
const r = await run.run();
for (const k of ['errors', 'warnings', 'notices']) for (const m of r[k]) console.log(`addons-linter ${k.slice(0, -1)}: ${m.code} ${m.file || ''}${m.line ? ':' + m.line : ''} ${m.message}`);
console.log(`addons-linter: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices (${dir})`);
process.exit(r.summary.errors || r.summary.warnings ? 1 : 0);
