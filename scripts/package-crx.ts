/**
 * package:crx: the enterprise build as a signed CRX3 for self-hosting, its
 * update manifest, and the policy lines that force-install it.
 *
 *   npm run --silent package:crx -- --keygen KEY.pem
 *   npm run --silent package:crx -- --key KEY.pem --codebase URL [--build DIR] [--out DIR]
 *
 * --codebase  the HTTPS URL the files will be served from: the folder holding the CRX and
 *          updates.xml (…/consent-guard/), or the CRX's own URL (…/consent-guard-1.2.0.crx).
 *          Required: the package itself names its update manifest (manifest `update_url`),
 *          where browsers look for every later version.
 * --build  the unpacked build to pack (default .output/chrome-mv3-enterprise, built first if missing)
 * --out    where the CRX and updates.xml are written (default .output/crx)
 *
 * docs/admin/self-hosting.md explains hosting and force-installing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { forceInstallPolicy, generateSigningKey, packCrx, readSigningKey, sha256File } from './crx-package';

const DEFAULT_BUILD = '.output/chrome-mv3-enterprise';
const DEFAULT_OUT = '.output/crx';

const USAGE = `usage:
  package:crx --keygen KEY.pem
  package:crx --key KEY.pem --codebase URL [--build DIR] [--out DIR]`;

function keygen(file: string): number {
  if (existsSync(file)) {
    console.error(`package:crx: ${file} exists; it is never overwritten (a new key means a new extension id).`);
    return 1;
  }
  const key = generateSigningKey(file);
  console.log(`New RSA 2048 key written to ${resolve(file)} (mode 0600).`);
  console.log(`Extension id: ${key.extensionId}`);
  console.log(`Public key (manifest "key", EXTENSION_KEY_FILE): ${key.publicKeyBase64}`);
  console.log(
    'Keep the private key out of source control and backed up where only release managers can read it:\n' +
      'every release must be signed with it, or browsers see a different extension.',
  );
  return 0;
}

function pack(values: { key: string; codebase: string; build?: string; out?: string }): number {
  const buildDir = resolve(values.build ?? DEFAULT_BUILD);
  if (values.build === undefined && !existsSync(resolve(buildDir, 'manifest.json'))) {
    console.error(`${DEFAULT_BUILD} is missing: building it (wxt build --mode enterprise)…`);
    execFileSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'enterprise'], {
      // The build's progress goes to standard error: standard output is the summary below.
      stdio: ['ignore', process.stderr, 'inherit'],
    });
  }
  const result = packCrx({
    keyFile: values.key,
    buildDir,
    outDir: resolve(values.out ?? DEFAULT_OUT),
    codebase: values.codebase,
  });
  const policy = forceInstallPolicy(result.extensionId, result.updateUrl);
  const host = new URL(result.updateUrl).hostname;
  const lines = [
    `Packed ${buildDir} (version ${result.version}) in ${result.packMs} ms.`,
    '',
    `Extension id:   ${result.extensionId}`,
    `CRX:            ${result.crxFile}`,
    `                sha256 ${sha256File(result.crxFile)}`,
    `Update manifest: ${result.updatesFile}`,
    `CRX URL:        ${result.crxUrl}`,
    `Update URL:     ${result.updateUrl}`,
    '',
    'Serve both files at those URLs (the CRX as application/x-chrome-extension), then force-install it in',
    'Chrome and Edge (the same id in both) with ExtensionSettings (preferred: with override_update_url the',
    'server can move without a new package) or ExtensionInstallForcelist:',
    '',
    `  ExtensionSettings: ${JSON.stringify(policy.ExtensionSettings)}`,
    `  ExtensionInstallForcelist: ${policy.ExtensionInstallForcelist[0]}`,
    '',
    'Windows registry (or the same values through Group Policy, Intune):',
    `  HKLM\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist    "1" = "${policy.ExtensionInstallForcelist[0]}"`,
    `  HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist  "1" = "${policy.ExtensionInstallForcelist[0]}"`,
    '',
    'Linux: a file such as consent-guard-install.json in /etc/opt/chrome/policies/managed/ (Chrome),',
    '/etc/chromium/policies/managed/ (Chromium) or /etc/opt/edge/policies/managed/ (Edge):',
    JSON.stringify({ ExtensionSettings: policy.ExtensionSettings }, null, 2),
    '',
    `The extension's own policy goes under 3rdparty.extensions.${result.extensionId}:`,
    `  npm run --silent policy -- export my-policy.json --to chrome-linux --id ${result.extensionId}`,
    '(other targets: windows-reg, windows-admx, macos-mobileconfig; docs/admin/deployment.md)',
  ];
  console.log(lines.join('\n'));
  if (new URL(result.updateUrl).protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host))
    console.error(
      '\nWARNING: the update URL is not HTTPS. The CRX is signed, but updates.xml is not: serve both over HTTPS.',
    );
  return 0;
}

const OPTIONS = {
  key: { type: 'string' },
  keygen: { type: 'string' },
  build: { type: 'string' },
  out: { type: 'string' },
  codebase: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv.filter((a) => a !== '--'), options: OPTIONS, strict: true });
  } catch (error) {
    console.error(`package:crx: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.keygen !== undefined) return keygen(values.keygen);
  if (values.key === undefined) {
    console.error(`package:crx: --key KEY.pem is required (make one with --keygen KEY.pem)\n${USAGE}`);
    return 2;
  }
  if (values.codebase === undefined) {
    console.error(
      `package:crx: --codebase URL is required: the HTTPS folder (or CRX URL) browsers will download from\n${USAGE}`,
    );
    return 2;
  }
  try {
    readSigningKey(values.key);
    return pack({ ...values, key: values.key, codebase: values.codebase });
  } catch (error) {
    console.error(`package:crx: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
