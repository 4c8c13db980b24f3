// Sealing: the original values removed from a message are encrypted on the device for the site's
// CRM, which alone holds the private key. Scheme (see widget/README.md, "Sealed originals"):
//   ephemeral ECDH P-256 key pair; Z = ECDH(ephemeral private, site public) (32 bytes);
//   key = HKDF-SHA-256(ikm = Z, salt = empty, info = "zaslon-seal-v1") -> AES-256-GCM;
//   iv = 12 random bytes; ciphertext = AES-GCM(key, iv, UTF-8 JSON) with the 16-byte tag appended.
// Envelope: {"alg":"ECDH-ES+A256GCM","epk":<public JWK>,"iv":b64,"ciphertext":b64}.

export const SEAL_INFO = 'zaslon-seal-v1';

function b64(bytes) {
  let s = '';
  const u = new Uint8Array(bytes);
  for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
  return btoa(s);
}

/** Imports the site's public key (a JWK object or JSON text). Throws on anything else. */
export async function importSealKey(jwk) {
  const key = typeof jwk === 'string' ? JSON.parse(jwk) : jwk;
  if (!key || key.kty !== 'EC' || key.crv !== 'P-256' || key.d) {
    throw new Error('data-seal-key must be a public EC P-256 JWK');
  }
  const pub = { kty: 'EC', crv: 'P-256', x: key.x, y: key.y, ext: true };
  return crypto.subtle.importKey('jwk', pub, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
}

/** Encrypts a JSON-serialisable value for the holder of the private key. */
export async function seal(publicKey, value) {
  const subtle = crypto.subtle;
  const eph = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const z = await subtle.deriveBits({ name: 'ECDH', public: publicKey }, eph.privateKey, 256);
  const ikm = await subtle.importKey('raw', z, 'HKDF', false, ['deriveKey']);
  const key = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(SEAL_INFO) },
    ikm, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  plain.fill(0);
  const epk = await subtle.exportKey('jwk', eph.publicKey);
  return {
    alg: 'ECDH-ES+A256GCM',
    epk: { kty: epk.kty, crv: epk.crv, x: epk.x, y: epk.y },
    iv: b64(iv),
    ciphertext: b64(ct),
  };
}
