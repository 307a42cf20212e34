import { createPrivateKey, createPublicKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesToBase64, parsePublicKey } from '../lib/policy/ed25519-keys';

/**
 * An approver's key pair on the approver's own machine: the private key in a
 * PKCS#8 PEM file only its owner may read (0600), the public key printed for
 * the policy. The private key never goes into the policy, a report or the
 * browser.
 */
export const PRIVATE_KEY_FILE = 'consent-guard-approver.key';
export const PUBLIC_KEY_FILE = 'consent-guard-approver.pub';

function pem(label: string, der: ArrayBuffer): string {
  const base64 = bytesToBase64(new Uint8Array(der));
  return `-----BEGIN ${label}-----\n${base64.match(/.{1,64}/g)?.join('\n')}\n-----END ${label}-----\n`;
}

export interface GeneratedKey {
  privateKeyPath: string;
  publicKeyPath: string;
  /** Base64 of the raw 32-byte public key: what the policy's `approvers[].publicKey` takes. */
  publicKey: string;
}

/** Makes a key pair in `dir`; refuses to overwrite a private key unless `force`. */
export async function generateApproverKey(dir: string, name: string, force = false): Promise<GeneratedKey> {
  const privateKeyPath = join(dir, PRIVATE_KEY_FILE);
  const publicKeyPath = join(dir, PUBLIC_KEY_FILE);
  if (existsSync(privateKeyPath) && !force)
    throw new Error(
      `${privateKeyPath} exists already: keep it, or give --force to replace it (its codes stop working)`,
    );
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const publicKey = bytesToBase64(raw);
  mkdirSync(dir, { recursive: true });
  // Created with no access for others, then set again: an existing file keeps its old mode on overwrite.
  writeFileSync(privateKeyPath, pem('PRIVATE KEY', pkcs8), { mode: 0o600 });
  chmodSync(privateKeyPath, 0o600);
  writeFileSync(publicKeyPath, `${JSON.stringify({ name, publicKey })}\n`);
  return { privateKeyPath, publicKeyPath, publicKey };
}

export interface ApproverKey {
  privateKey: CryptoKey;
  publicKey: string;
  /** True when others than the owner may read the file. */
  tooOpen: boolean;
}

/** Reads a private key file made by `generateApproverKey` (or any Ed25519 PKCS#8 PEM). */
export async function readApproverKey(path: string): Promise<ApproverKey> {
  const text = readFileSync(path, 'utf8');
  const key = createPrivateKey(text);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is not an Ed25519 private key`);
  const der = key.export({ format: 'der', type: 'pkcs8' });
  const privateKey = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  const raw = parsePublicKey(spki.toString('base64'));
  if (raw === null) throw new Error(`${path}: could not work out the public key`);
  const mode = statSync(path).mode;
  return { privateKey, publicKey: bytesToBase64(raw), tooOpen: process.platform !== 'win32' && (mode & 0o077) !== 0 };
}
