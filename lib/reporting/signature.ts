/** The header that carries a batch's signature, when the policy sets a secret. */
export const SIGNATURE_HEADER = 'X-Consent-Guard-Signature';

/**
 * `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the policy's
 * secret, so the collector can check that a batch comes from a browser of the
 * organisation and was not altered (see docs/reporting.md for checking it).
 */
export async function signBody(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
