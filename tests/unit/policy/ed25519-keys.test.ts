import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  bytesToBase64Url,
  normalisePublicKey,
  parsePublicKey,
  spkiOf,
} from '../../../lib/policy/ed25519-keys';
import { it_ } from './approval-fixtures';
import { policyFrom } from './helpers';

describe('Ed25519 public keys', () => {
  it('public keys are read as base64 of the raw key, of its SPKI form, or PEM', async () => {
    const raw = base64ToBytes(it_.publicKey) as Uint8Array;
    const spki = new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...raw]);
    expect(normalisePublicKey(it_.publicKey)).toBe(it_.publicKey);
    expect(normalisePublicKey(bytesToBase64(spki))).toBe(it_.publicKey);
    expect(normalisePublicKey(bytesToBase64Url(raw))).toBe(it_.publicKey);
    expect(normalisePublicKey(`-----BEGIN PUBLIC KEY-----\n${bytesToBase64(spki)}\n-----END PUBLIC KEY-----\n`)).toBe(
      it_.publicKey,
    );
    expect(normalisePublicKey('not a key')).toBeNull();
    expect(normalisePublicKey(bytesToBase64(raw.slice(0, 31)))).toBeNull();
    const reading = policyFrom({ approvers: [{ name: 'IT', publicKey: bytesToBase64(spki) }] });
    expect(reading.approvers[0]?.publicKey).toBe(it_.publicKey);
  });

  it('the SPKI form of a raw key reads back as that key', () => {
    const raw = base64ToBytes(it_.publicKey) as Uint8Array;
    expect(parsePublicKey(bytesToBase64(spkiOf(raw)))).toEqual(raw);
    expect(parsePublicKey(`ed25519:${it_.publicKey}`)).toEqual(raw);
    // Another algorithm's SPKI prefix, with 32 bytes after it, is no Ed25519 key.
    const other = spkiOf(raw);
    other[8] = 0x71;
    expect(parsePublicKey(bytesToBase64(other))).toBeNull();
  });
});

describe('base64', () => {
  it('reads standard and URL-safe base64, with or without padding and line breaks', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x41]);
    expect(bytesToBase64(bytes)).toBe('+/+/AEE=');
    expect(bytesToBase64Url(bytes)).toBe('-_-_AEE');
    for (const text of ['+/+/AEE=', '-_-_AEE', '+/+/\nAEE', ' -_-_ AEE== '])
      expect(base64ToBytes(text), text).toEqual(bytes);
  });

  it('gives null for what is not base64', () => {
    for (const text of ['a', 'ab!c', 'é', 'abcde']) expect(base64ToBytes(text), text).toBeNull();
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });
});
