// Audit log export. Entries hold no prompt text: time, site, purpose, counts by type, action, reason.
export function auditToCsv(entries) {
  // a cell starting with = + - @ TAB or CR is a formula to a spreadsheet: prefixed with ' (#16)
  const q = (v) => { const s = String(v ?? ''); return /[",\n\r\t]/.test(s) || /^[=+\-@\t\r]/.test(s) ? '"' + s.replace(/"/g, '""').replace(/^([=+\-@\t\r])/, "'$1") + '"' : s; };
  const lines = ['time,site,purpose,counts,total,action,reason'];
  for (const e of entries) {
    const counts = Object.entries(e.counts || {}).map(([k, v]) => `${k}=${v}`).join(';');
    const total = Object.values(e.counts || {}).reduce((a, b) => a + b, 0);
    lines.push([e.time, e.site, e.purpose, counts, total, e.action, e.reason].map(q).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
