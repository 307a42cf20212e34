import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text (UTF-8), in lower-case hex. Synchronous (`@noble/hashes`),
 * because a blocking webRequest listener must decide before it returns and
 * Web Crypto only answers asynchronously. Used to keep request keys, state
 * values and policy fingerprints out of storage and reports.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
