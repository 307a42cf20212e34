/**
 * policy: check, show and export an organisation's Consent Guard policy, and
 * make approval codes.
 *
 *   npm run --silent policy -- check FILE [--lang en|fr]
 *   npm run --silent policy -- show FILE [--lang en|fr]
 *   npm run --silent policy -- export FILE --to TARGET [--out PATH] [--id EXTENSION_ID] [--edge-id ID]
 *   npm run --silent policy -- keygen [--out DIR] [--name NAME] [--force]
 *   npm run --silent policy -- approve --key FILE --provider P --client-id ID [--scopes S] [--account A] [--days N]
 *
 * TARGET: chrome-linux | windows-reg | windows-admx | macos-mobileconfig | firefox-policies
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { PROVIDER_IDS, type ProviderId } from '../lib/core/provider-id';
import { approverKeyId, signApprovalCode } from '../lib/policy/approval-codes';
import { listsChromeDrops } from '../lib/policy/chrome-managed-schema';
import { EXPORT_TARGETS, type ExportTarget } from '../lib/policy/export/deployment-targets';
import { exportPolicy } from '../lib/policy/export/export-policy';
import {
  formatPolicyError,
  type Language,
  localisedProblem,
  noteText,
  type PolicyError,
} from '../lib/policy/policy-error';
import { policyInWords, policyInWordsText } from '../lib/policy/policy-words';
import { generateApproverKey, readApproverKey } from './approver-keys';
import { testBuildExtensionId } from './extension-key';
import { localeTranslator } from './locale-messages';
import { readPolicyDocument, readPolicyFile } from './policy-file';

const USAGE = `usage:
  policy check FILE [--lang en|fr]
  policy show FILE [--lang en|fr]
  policy export FILE --to ${EXPORT_TARGETS.join('|')} [--out PATH] [--id EXTENSION_ID] [--edge-id ID]
  policy keygen [--out DIR] [--name NAME] [--force]
  policy approve --key FILE --provider PROVIDER --client-id ID [--scopes "S1 S2"] [--account A] [--days N]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function languageOf(args: string[]): Language {
  return option(args, '--lang') === 'fr' ? 'fr' : 'en';
}

function errorLine(error: PolicyError, lang: Language): string {
  return lang === 'en' ? formatPolicyError(error) : `${error.path} : ${localisedProblem(error, lang)} (${error.value})`;
}

function check(file: string, args: string[]): number {
  const lang = languageOf(args);
  const { reading, kind, raw } = readPolicyDocument(file);
  // Shorthands are read and said so: a note, not an error.
  for (const note of reading.notes) console.log(`${file}: ${note.path}: ${noteText(note.code, note.params, lang)}`);
  // A Chrome or Edge policy file goes to the browser as it is: a list holding a shorthand would be dropped whole.
  const errors = [...reading.errors, ...(kind === 'chrome' ? listsChromeDrops(raw) : [])];
  if (errors.length === 0) {
    const keys = reading.setKeys.length > 0 ? reading.setKeys.join(', ') : 'none (the embedded default applies)';
    const notes = reading.notes.length > 0 ? ` ${reading.notes.length} shorthand(s) read as shown above.` : '';
    console.log(`${file}: valid. Keys set: ${keys}.${notes}`);
    return 0;
  }
  for (const error of errors) console.error(`${file}: ${errorLine(error, lang)}`);
  console.error(`${file}: ${errors.length} error(s); those entries would be ignored and the rest applied.`);
  return 1;
}

/** The effective policy in the words of the options page. */
function show(file: string, args: string[]): number {
  const lang = languageOf(args);
  const t = localeTranslator(lang);
  const { reading, raw } = readPolicyDocument(file);
  const sources = Object.fromEntries(
    Object.keys(reading.policy).map((key) => [
      key,
      reading.setKeys.includes(key as (typeof reading.setKeys)[number]) ? ('managed' as const) : ('default' as const),
    ]),
  );
  const words = policyInWords(
    { effective: reading.policy, sources, managed: raw ?? null, errors: reading.errors, beforeRequestsLeave: null },
    t,
    lang,
  );
  process.stdout.write(policyInWordsText(words, t));
  return 0;
}

function exportTo(file: string, args: string[]): number {
  const target = option(args, '--to');
  if (!EXPORT_TARGETS.includes(target as ExportTarget)) {
    console.error(`policy export: --to must be one of ${EXPORT_TARGETS.join(', ')}`);
    return 2;
  }
  const reading = readPolicyFile(file);
  if (reading.errors.length > 0) {
    for (const error of reading.errors) console.error(`${file}: ${formatPolicyError(error)}`);
    console.error('policy export: fix the errors first (policy check shows them).');
    return 1;
  }
  const extensionId = option(args, '--id') ?? testBuildExtensionId();
  const edgeExtensionId = option(args, '--edge-id');
  const files = exportPolicy(reading, target as ExportTarget, {
    extensionId,
    ...(edgeExtensionId ? { edgeExtensionId } : {}),
  });
  const out = option(args, '--out');
  if (out === undefined) {
    if (files.length > 1) {
      console.error(`policy export: ${target} writes ${files.length} files; give a folder with --out`);
      return 2;
    }
    process.stdout.write(files[0]?.content ?? '');
    return 0;
  }
  for (const exported of files) {
    const path = files.length > 1 ? join(out, exported.name) : out;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, exported.content);
    console.error(`wrote ${path}`);
  }
  return 0;
}

async function keygen(args: string[]): Promise<number> {
  const dir = option(args, '--out') ?? '.';
  const name = option(args, '--name') ?? userInfo().username;
  try {
    const key = await generateApproverKey(dir, name, args.includes('--force'));
    console.error(`wrote ${key.privateKeyPath} (the private key: only you may read it; keep it safe, never share it)`);
    console.error(`wrote ${key.publicKeyPath}`);
    console.error(`Add this entry to the policy's "approvers" list (key id ${approverKeyId(key.publicKey)}):`);
    console.log(JSON.stringify({ name, publicKey: key.publicKey }));
    return 0;
  } catch (error) {
    console.error(`policy keygen: ${(error as Error).message}`);
    return 1;
  }
}

async function approve(args: string[]): Promise<number> {
  const keyFile = option(args, '--key');
  const provider = option(args, '--provider')?.toLowerCase();
  const clientId = option(args, '--client-id')?.trim();
  const days = Number(option(args, '--days') ?? '30');
  const providers: readonly string[] = ['*', ...PROVIDER_IDS];
  const problems: string[] = [];
  if (!keyFile) problems.push('--key FILE is required (the private key `policy keygen` wrote)');
  if (!provider || !providers.includes(provider)) problems.push(`--provider must be one of ${providers.join(', ')}`);
  if (!clientId || clientId.includes('*')) problems.push('--client-id must be the app’s client id (no wildcard)');
  if (!Number.isInteger(days) || days < 1 || days > 366) problems.push('--days must be a whole number from 1 to 366');
  if (problems.length > 0 || !keyFile || !provider || !clientId) {
    for (const problem of problems) console.error(`policy approve: ${problem}`);
    return 2;
  }
  const scopesText = option(args, '--scopes');
  const scopes = scopesText ? scopesText.split(/[\s,]+/).filter((s) => s !== '') : null;
  const account = option(args, '--account')?.trim() || null;
  let key: Awaited<ReturnType<typeof readApproverKey>>;
  try {
    key = await readApproverKey(keyFile);
  } catch (error) {
    console.error(`policy approve: ${(error as Error).message}`);
    return 1;
  }
  if (key.tooOpen) console.error(`policy approve: warning: others may read ${keyFile}; run chmod 600 ${keyFile}`);
  const now = Date.now();
  const expiresAt = now + days * 86_400_000;
  const code = await signApprovalCode(
    { provider: provider as ProviderId | '*', clientId, scopes, account, issuedAt: now, expiresAt },
    key.privateKey,
    key.publicKey,
  );
  console.error(
    `Approval code for ${provider} app ${clientId}${scopes ? `, permissions ${scopes.join(' ')}` : ''}${
      account ? `, account ${account}` : ''
    }, until ${new Date(expiresAt).toISOString()} (key id ${approverKeyId(key.publicKey)}):`,
  );
  console.log(code);
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, file] = args.filter((a) => a !== '--');
  if (command === 'check' && file) return check(file, args);
  if (command === 'show' && file) return show(file, args);
  if (command === 'export' && file) return exportTo(file, args);
  if (command === 'keygen') return keygen(args);
  if (command === 'approve') return approve(args);
  console.error(USAGE);
  return command === '--help' || command === '-h' ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
