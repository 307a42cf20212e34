import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import forge from 'node-forge';

/**
 * A certificate authority made at test time, so Firefox can reach the real
 * provider host names (login.microsoftonline.com ...) served by a local HTTPS
 * server. Its private key lives only in this process's memory: nothing secret
 * is written to disk or committed. Firefox trusts it through policies.json
 * (`Certificates.Install`), as an organisation installs its own root.
 */
export interface TestCa {
  /** Absolute path of the CA certificate (PEM, public), for `Certificates.Install`. */
  certFile: string;
  /** A TLS context for one host name, with a certificate this CA signed (made once per host). */
  contextFor(host: string): SecureContext;
}

const CA_NAME = [
  { name: 'commonName', value: 'Consent Guard end-to-end test CA' },
  { name: 'organizationName', value: 'Consent Guard tests' },
];

/** Node generates the keys (native, ~50 ms); forge only writes the X.509 structures Node cannot. */
function rsaKeyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; pem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(pem);
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), pem };
}

/** Valid from yesterday (clock skew) for a week: short, and well under the 398 days browsers accept. */
function certificate(publicKey: forge.pki.rsa.PublicKey): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: a leading 0x01 keeps the top bit clear.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 7 * 86_400_000);
  return cert;
}

export function createTestCa(): TestCa {
  const caKeys = rsaKeyPair();
  const ca = certificate(caKeys.publicKey);
  ca.setSubject(CA_NAME);
  ca.setIssuer(CA_NAME);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const dir = mkdtempSync(join(tmpdir(), 'consent-guard-ca-'));
  const certFile = join(dir, 'test-ca.pem');
  writeFileSync(certFile, forge.pki.certificateToPem(ca));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));

  // One key for every host: only the certificates differ, so a new host costs a signature, not a key.
  const leafKeys = rsaKeyPair();
  const contexts = new Map<string, SecureContext>();
  const contextFor = (host: string): SecureContext => {
    const known = contexts.get(host);
    if (known) return known;
    const leaf = certificate(leafKeys.publicKey);
    leaf.setSubject([{ name: 'commonName', value: host }]);
    leaf.setIssuer(CA_NAME);
    leaf.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      // Browsers match the host against subjectAltName only (type 2: a DNS name).
      { name: 'subjectAltName', altNames: [{ type: 2, value: host }] },
    ]);
    leaf.sign(caKeys.privateKey, forge.md.sha256.create());
    const context = createSecureContext({ key: leafKeys.pem, cert: forge.pki.certificateToPem(leaf) });
    contexts.set(host, context);
    return context;
  };
  return { certFile, contextFor };
}
