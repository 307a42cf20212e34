import { spawnSync } from 'node:child_process';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  verify,
} from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium';
import { extensionIdFromKey } from './extension-key';

/**
 * Self-hosting the enterprise build: a CRX3 signed with the organisation's
 * own key, the update manifest Chrome and Edge poll, and the policy lines
 * that force-install it. The id follows from the key alone, so the same key
 * gives the same id in every browser and every release.
 */

/** The organisation's key: its public half (SPKI DER, base64) and the id it gives. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKeyBase64: string;
  extensionId: string;
}

export function readSigningKey(pemFile: string): SigningKey {
  const privateKey = createPrivateKey(readFileSync(pemFile));
  if (privateKey.asymmetricKeyType !== 'rsa')
    throw new Error(`${pemFile}: an RSA private key is needed (Chrome signs extensions with RSA)`);
  const publicKeyBase64 = (createPublicKey(privateKey).export({ type: 'spki', format: 'der' }) as Buffer).toString(
    'base64',
  );
  return { privateKey, publicKeyBase64, extensionId: extensionIdFromKey(publicKeyBase64) };
}

/**
 * A new RSA 2048 private key (PKCS#8 PEM) in a file only its owner can read.
 * Never overwrites: a lost or replaced key means a new extension id.
 */
export function generateSigningKey(pemFile: string): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  writeFileSync(pemFile, privateKey, { mode: 0o600, flag: 'wx' });
  chmodSync(pemFile, 0o600);
  return readSigningKey(pemFile);
}

/** Where the CRX and updates.xml are served, from `--codebase` (the CRX's URL, or the folder holding both). */
export interface HostingUrls {
  crxUrl: string;
  updateUrl: string;
}

export function hostingUrls(codebase: string, crxFileName: string): HostingUrls {
  const url = new URL(codebase);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--codebase must be an http(s) URL`);
  if (url.pathname.endsWith('.crx')) return { crxUrl: url.href, updateUrl: new URL('updates.xml', url).href };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { crxUrl: new URL(crxFileName, url).href, updateUrl: new URL('updates.xml', url).href };
}

const xmlAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The gupdate update manifest Chrome and Edge fetch from the policy's update URL. */
export function updateManifestXml(extensionId: string, version: string, crxUrl: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlAttribute(extensionId)}'>
    <updatecheck codebase='${xmlAttribute(crxUrl)}' version='${xmlAttribute(version)}' />
  </app>
</gupdate>
`;
}

/* ---- CRX3 reading, to check what Chromium wrote before anyone deploys it ---- */

interface ProtoField {
  field: number;
  value: Buffer | bigint;
}

function readVarint(buffer: Buffer, offset: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = offset; i < buffer.length; i++) {
    const byte = buffer[i] as number;
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [result, i + 1];
    shift += 7n;
  }
  throw new Error('CRX header: truncated varint');
}

/** The fields of one protobuf message (only the wire types CRX3 headers use). */
function protoFields(buffer: Buffer): ProtoField[] {
  const fields: ProtoField[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const [tag, next] = readVarint(buffer, offset);
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (wire === 0) {
      const [value, after] = readVarint(buffer, next);
      fields.push({ field, value });
      offset = after;
    } else if (wire === 2) {
      const [length, start] = readVarint(buffer, next);
      const end = start + Number(length);
      if (end > buffer.length) throw new Error('CRX header: truncated field');
      fields.push({ field, value: buffer.subarray(start, end) });
      offset = end;
    } else {
      throw new Error(`CRX header: unexpected wire type ${wire}`);
    }
  }
  return fields;
}

const bytesOf = (fields: ProtoField[], field: number) =>
  fields.filter((f) => f.field === field && Buffer.isBuffer(f.value)).map((f) => f.value as Buffer);

export interface CrxFacts {
  /** The id the CRX declares (signed_header_data.crx_id), as Chrome writes it (a–p). */
  declaredId: string;
  /** Public keys (SPKI DER, base64) whose SHA-256 RSA signature over the header and archive verified. */
  verifiedKeys: string[];
  archive: Buffer;
}

/**
 * Reads a CRX3 file (Chromium's components/crx_file/crx3.proto) and checks
 * each RSA signature the way the browser does: over "CRX3 SignedData\0",
 * the length of the signed header data, the signed header data and the zip.
 */
export function readCrx3(file: Buffer): CrxFacts {
  if (file.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX file (no Cr24 magic)');
  const version = file.readUInt32LE(4);
  if (version !== 3) throw new Error(`CRX version ${version}, expected 3`);
  const headerSize = file.readUInt32LE(8);
  const header = file.subarray(12, 12 + headerSize);
  const archive = file.subarray(12 + headerSize);
  const fields = protoFields(header);
  const signedData = bytesOf(fields, 10000)[0];
  if (signedData === undefined) throw new Error('CRX header without signed_header_data');
  const crxId = bytesOf(protoFields(signedData), 1)[0];
  if (crxId === undefined || crxId.length !== 16) throw new Error('CRX header without a 16-byte crx_id');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, signedData, archive]);
  const verifiedKeys: string[] = [];
  for (const proof of bytesOf(fields, 2)) {
    const parts = protoFields(proof);
    const publicKey = bytesOf(parts, 1)[0];
    const signature = bytesOf(parts, 2)[0];
    if (publicKey === undefined || signature === undefined) continue;
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    if (verify('sha256', signed, key, signature)) verifiedKeys.push(publicKey.toString('base64'));
  }
  const declaredId = [...crxId.toString('hex')].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
  return { declaredId, verifiedKeys, archive };
}

/* ---- Packing ---- */

export interface PackOptions {
  keyFile: string;
  buildDir: string;
  outDir: string;
  codebase: string;
}

export interface PackResult {
  extensionId: string;
  version: string;
  crxFile: string;
  updatesFile: string;
  crxUrl: string;
  updateUrl: string;
  /** Milliseconds Chromium took to pack. */
  packMs: number;
}

/**
 * Packs the build with Chromium's own packer (`--pack-extension`, offline,
 * in a throwaway profile so a running browser is never involved), checks the
 * CRX it wrote against the key, and writes updates.xml next to it.
 */
export function packCrx(options: PackOptions): PackResult {
  const key = readSigningKey(options.keyFile);
  const manifestFile = join(options.buildDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${options.buildDir} holds no manifest.json: build first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version?: string };
  const version = manifest.version;
  if (typeof version !== 'string') throw new Error(`${manifestFile} has no version`);
  const chromium = findChromium();
  if (chromium === null)
    throw new Error(
      'Packing uses a Chromium-family browser (Chrome, Edge, Chromium): install one or set CHROMIUM_PATH.',
    );

  const crxName = `consent-guard-${version}.crx`;
  const { crxUrl, updateUrl } = hostingUrls(options.codebase, crxName);
  const work = mkdtempSync(join(tmpdir(), 'consent-guard-pack-'));
  try {
    // A copy whose manifest names the signing key (unzipped and loaded by hand it keeps the same id) and the
    // update manifest: Chrome and Edge take the policy's update URL for the first install only, and check
    // every later update at the manifest's `update_url`.
    const staged = join(work, 'consent-guard');
    cpSync(options.buildDir, staged, { recursive: true });
    writeFileSync(
      join(staged, 'manifest.json'),
      JSON.stringify({ ...manifest, key: key.publicKeyBase64, update_url: updateUrl }, null, 2),
    );
    // Chromium reads PKCS#8 PEM; a PKCS#1 key ("BEGIN RSA PRIVATE KEY") is converted in the private temp folder.
    const pkcs8 = join(work, 'key.pem');
    writeFileSync(pkcs8, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const args = [
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-first-run',
      '--disable-background-networking',
      `--pack-extension=${staged}`,
      `--pack-extension-key=${pkcs8}`,
    ];
    if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
    const started = performance.now();
    const run = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000 });
    const packMs = Math.round(performance.now() - started);
    const packed = `${staged}.crx`;
    if (!existsSync(packed))
      throw new Error(
        `${chromium} --pack-extension wrote no CRX (exit ${run.status ?? run.signal}): ${run.stderr.trim()}`,
      );

    const facts = readCrx3(readFileSync(packed));
    if (facts.declaredId !== key.extensionId || !facts.verifiedKeys.includes(key.publicKeyBase64))
      throw new Error(
        `the CRX Chromium wrote does not carry a valid signature by ${options.keyFile} (id ${facts.declaredId})`,
      );

    mkdirSync(options.outDir, { recursive: true });
    const crxFile = resolve(options.outDir, crxName);
    copyFileSync(packed, crxFile);
    // Chromium writes 0600; the web server serving it must be able to read it.
    chmodSync(crxFile, 0o644);
    const updatesFile = resolve(options.outDir, 'updates.xml');
    writeFileSync(updatesFile, updateManifestXml(key.extensionId, version, crxUrl));
    return { extensionId: key.extensionId, version, crxFile, updatesFile, crxUrl, updateUrl, packMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The Chrome/Edge policy values that force-install the packed extension from
 * its update URL. `override_update_url` makes the policy's URL win over the
 * manifest's for updates too, so the server can move without a new package.
 */
export function forceInstallPolicy(extensionId: string, updateUrl: string) {
  return {
    ExtensionInstallForcelist: [`${extensionId};${updateUrl}`],
    ExtensionSettings: {
      [extensionId]: { installation_mode: 'force_installed', update_url: updateUrl, override_update_url: true },
    },
  };
}

/** SHA-256 of a file, for the admin's release notes and change tickets. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
