/**
 * Ed25519 public keys as a policy carries them, and the base64 the approval
 * codes are made of. Pure: no browser or Node API beyond `atob`/`btoa`.
 */

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32-byte key follows it. */
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Standard or URL-safe base64, with or without padding; null when it is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const compact = text.replace(/\s+/g, '').replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(compact) || compact.length % 4 === 1) return null;
  try {
    const binary = atob(compact.padEnd(Math.ceil(compact.length / 4) * 4, '='));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The raw 32 bytes of an Ed25519 public key given as base64 of the raw key,
 * base64 of its SPKI form, or a PEM block of the SPKI form. Null otherwise.
 */
export function parsePublicKey(text: string): Uint8Array<ArrayBuffer> | null {
  const body = text
    .replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '')
    .replace(/^ed25519:/i, '')
    .trim();
  const bytes = base64ToBytes(body);
  if (bytes === null) return null;
  if (bytes.length === 32) return bytes;
  if (bytes.length === SPKI_PREFIX.length + 32 && SPKI_PREFIX.every((b, i) => bytes[i] === b))
    return bytes.slice(SPKI_PREFIX.length);
  return null;
}

/** The canonical form the reader keeps: base64 of the raw 32-byte key. */
export function normalisePublicKey(text: string): string | null {
  const raw = parsePublicKey(text);
  return raw === null ? null : bytesToBase64(raw);
}

/** The SPKI (DER) form of a raw key, for tools that want it. */
export function spkiOf(raw: Uint8Array): Uint8Array {
  const out = new Uint8Array(SPKI_PREFIX.length + raw.length);
  out.set(SPKI_PREFIX);
  out.set(raw, SPKI_PREFIX.length);
  return out;
}
