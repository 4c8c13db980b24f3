// Plain unit tests (no browser): routes and conversation ids, guarded endpoints, CSV export.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { siteById, route, endpointKind } from '../src/sites.js';
import { auditToCsv } from '../src/audit-export.js';
import { idRanges, outsideIds } from '../src/ids.js';
import { countFindings } from '../src/findings.js';
import { withAllowed } from '../src/policy-json.js';
import { SITES } from '../src/sites.js';
import { manifest } from '../build.mjs';

it('every route of every site has its own conversation id; unknown routes are "not protected"', () => {
  const r = (id, p, q = '') => route(siteById(id), p, q);
  assert.deepEqual(r('gemini', '/app/abc123'), { known: true, id: 'abc123' });
  assert.deepEqual(r('gemini', '/u/1/app/abc123'), { known: true, id: 'abc123' });
  assert.deepEqual(r('gemini', '/gem/coding-partner/f00d'), { known: true, id: 'f00d' });
  assert.deepEqual(r('gemini', '/u/2/gem/coding-partner/f00d'), { known: true, id: 'f00d' });
  assert.deepEqual(r('gemini', '/u/1/app'), { known: true, id: null });
  assert.deepEqual(r('chatgpt', '/c/68a1-b2'), { known: true, id: '68a1-b2' });
  assert.deepEqual(r('chatgpt', '/g/g-abc-writer/c/68a1'), { known: true, id: '68a1' });
  assert.equal(r('chatgpt', '/', '?temporary-chat=true').id, 'tmp', 'a temporary chat is its own conversation');
  assert.deepEqual(r('chatgpt', '/'), { known: true, id: null });
  assert.deepEqual(r('gigachat', '/gigachat/chat/5f0c2a'), { known: true, id: '5f0c2a' });
  assert.deepEqual(r('gigachat', '/chat/5f0c2a'), { known: true, id: '5f0c2a' });
  assert.deepEqual(r('deepseek', '/a/chat/s/77aa'), { known: true, id: '77aa' });
  assert.equal(r('chatgpt', '/settings/data').known, false);
  assert.equal(r('claude', '/settings/profile').known, false);
});

it('prompt and draft endpoints are told apart; other requests are not guarded', () => {
  const c = siteById('chatgpt');
  assert.equal(endpointKind(c, 'https://chatgpt.com/backend-api/f/conversation'), 'prompt');
  assert.equal(endpointKind(c, '/backend-api/conversation'), 'prompt');
  assert.equal(endpointKind(c, '/backend-api/f/conversation/prepare'), 'draft');
  assert.equal(endpointKind(c, '/backend-api/conversations?offset=0'), null);
  assert.equal(endpointKind(siteById('copilot'), 'wss://copilot.microsoft.com/c/api/chat?api-version=2'), 'prompt');
});

it('audit CSV: a cell starting with = + - @ TAB or CR is not a formula', () => {
  const csv = auditToCsv([{ time: 't', site: 's', purpose: 'send', counts: {}, action: 'original', reason: '\t=1+1' },
    { time: 't', site: 's', purpose: 'send', counts: {}, action: 'original', reason: '\r=cmd' },
    { time: 't', site: 's', purpose: 'send', counts: {}, action: 'original', reason: '@SUM(A1)' }]);
  const lines = csv.split('\r\n');
  assert.ok(lines[1].endsWith(`"'\t=1+1"`), lines[1]);
  assert.ok(csv.includes(`"'\r=cmd"`));
  assert.ok(lines.some((l) => l.endsWith(`"'@SUM(A1)"`)));
});

it('Firefox manifest declares that no data is collected', () => {
  const m = manifest('firefox', '0.0.1');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.ok(parseFloat(m.browser_specific_settings.gecko.strict_min_version) >= 140);
});

it('blockUnknownEditors comes from the managed policy only; unscannable files are blocked unless the admin allows them', async () => {
  const { effectiveSettings } = await import('../src/settings.js');
  assert.equal(effectiveSettings({}, {}).blockUnknownEditors, false, 'default: warn only');
  assert.equal(effectiveSettings({}, { blockUnknownEditors: true }).blockUnknownEditors, false, 'not a local setting');
  assert.equal(effectiveSettings({ blockUnknownEditors: true }, {}).blockUnknownEditors, true);
  assert.equal(effectiveSettings({}, { blockFiles: false }).blockFiles, true, 'the user cannot allow unscannable files');
  assert.equal(effectiveSettings({ blockFiles: false }, {}).blockFiles, false);
});

it("the network guard leaves out values wholly inside the site's own UUIDs, and only those", () => {
  const id = 'e211cb20-eb72-4504-8363-8fcdd9764bc0';
  const body = `{"chatId":"${id}","text":"e211cb20 ${id}x 0${id}"}`;
  const at = body.indexOf(id);
  assert.deepEqual(idRanges(body), [[at, at + id.length]], 'an id glued to a letter or digit is not an id');
  const span = (start, end) => ({ start, end });
  const inside = span(at, at + 8);
  const loose = span(body.indexOf('e211cb20 '), body.indexOf('e211cb20 ') + 8);
  const crossing = span(at - 2, at + 8);
  assert.deepEqual(outsideIds(body, [inside, loose, crossing]), [loose, crossing]);
  assert.deepEqual(outsideIds('тел +7 912 345-67-89', [span(4, 20)]), [span(4, 20)]);
});

it('the network guard counts a value once however many texts of the body carry it', () => {
  // a stand-in for policy.redact: phone numbers, and the word "ok" as an allowed topic
  const redact = (t) => ({ spans: [...t.matchAll(/\+7 \d{3} \d{3}-\d{2}-\d{2}|ok/g)].map((m) => ({
    start: m.index, end: m.index + m[0].length, type: m[0] === 'ok' ? 'TOPIC_HEALTH' : 'PHONE_NUMBER',
    action: m[0] === 'ok' ? 'allow' : 'mask' })) });
  const leaf = 'звоните +7 912 345-67-89 или +7 912 345-67-80, ok';
  const body = JSON.stringify({ messages: [{ content: leaf }], id: 'e211cb20-eb72-4504-8363-8fcdd9764bc0' });
  assert.deepEqual(countFindings([body, leaf, '  '], redact), { findings: 2, counts: { PHONE_NUMBER: 2 } });
  assert.deepEqual(countFindings([leaf + ' +7 912 345-67-89'], redact), { findings: 2, counts: { PHONE_NUMBER: 2 } });
  assert.deepEqual(countFindings(['ok'], redact), { findings: 0, counts: {} });
});

it("a site's assistant names join the policy's allow list; a policy the engine would reject is left as it is", () => {
  assert.deepEqual(JSON.parse(withAllowed('{}', ['Claude'])), { allow: ['Claude'] });
  assert.deepEqual(JSON.parse(withAllowed('{"types":{"PERSON":{"action":"pseudonym"}},"allow":["info@x.ru","Claude"]}', ['Claude', 'Anthropic'])),
    { types: { PERSON: { action: 'pseudonym' } }, allow: ['info@x.ru', 'Claude', 'Anthropic'] });
  assert.equal(withAllowed('{"allow":"Claude"}', ['Claude']), '{"allow":"Claude"}', 'a wrong "allow" keeps its engine error');
  assert.equal(withAllowed('{not json', ['Claude']), '{not json');
  assert.equal(withAllowed('[]', ['Claude']), '[]');
  assert.equal(withAllowed('{"deny":["x"]}', undefined), '{"deny":["x"]}');
  for (const s of SITES) assert.ok(Array.isArray(s.assistant) && s.assistant.length && s.assistant.every((n) => typeof n === 'string' && n.trim() === n && n), s.id);
});
