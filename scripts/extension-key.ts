import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The public key of the test/enterprise build (its private key is not kept anywhere). */
export const TEST_BUILD_KEY_FILE = 'scripts/keys/test-build.pub';

/** Chrome's extension id for a manifest `key`: the first 128 bits of its SHA-256, in the letters a–p. */
export function extensionIdFromKey(base64PublicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64PublicKey.trim(), 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export function testBuildExtensionId(): string {
  return extensionIdFromKey(readFileSync(TEST_BUILD_KEY_FILE, 'utf8'));
}
