// The widget's consent flow, reproduced for the demo when the widget itself is not built:
// a Kantara Consent Receipt 1.1 and the exact JSON body the widget would POST.

export async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// notice: the exact notice text shown; purposes: [string]; sensitiveTopics: topic type names.
export async function buildReceipt({ notice, noticeVersion, language, purposes, method, controller, policyUrl, sensitiveTopics = [] }) {
  const receipt = {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'RU',
    consentTimestamp: Math.floor(Date.now() / 1000),
    collectionMethod: method,
    consentReceiptID: uuid(),
    publicKey: null,
    language,
    piiPrincipalId: 'anonymous',
    piiControllers: [controller],
    policyUrl,
    services: [{ service: 'chat', purposes: purposes.map((p, i) => ({
      purpose: p,
      purposeCategory: [i === 0 ? 'Core Function' : 'Customer Service'],
      consentType: 'EXPLICIT',
      piiCategory: ['Contact details (de-identified on the device)', 'Message text (de-identified on the device)'],
      primaryPurpose: i === 0,
      termination: 'P30D',
      thirdPartyDisclosure: false,
    })) }],
    sensitive: sensitiveTopics.length > 0,
    spiCat: sensitiveTopics,
    noticeHash: await sha256Hex(notice),
    noticeVersion,
  };
  return receipt;
}

// spans: redact() spans; kinds: Map type name -> 'entity' | 'topic'.
export function buildPayload({ redacted, spans, kinds, receipt, conversation }) {
  const entities = {};
  const topics = [];
  for (const s of spans) {
    if (kinds.get(s.type) === 'topic') {
      if (!topics.includes(s.type)) topics.push(s.type);
    } else {
      entities[s.type] = (entities[s.type] || 0) + 1;
    }
  }
  return {
    text: redacted,
    entities,
    topics,
    escalate: topics.length > 0,
    consent: receipt,
    conversation,
    sent_at: new Date().toISOString(),
  };
}
