/**
 * policy: check and export an organisation's Consent Guard policy.
 *
 *   npm run --silent policy -- check FILE
 *   npm run --silent policy -- export FILE --to TARGET [--out PATH] [--id EXTENSION_ID] [--edge-id ID]
 *
 * TARGET: chrome-linux | windows-reg | windows-admx | macos-mobileconfig | firefox-policies
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_TARGETS, type ExportTarget } from '../lib/policy/export/deployment-targets';
import { exportPolicy } from '../lib/policy/export/export-policy';
import { formatPolicyError } from '../lib/policy/policy-error';
import { testBuildExtensionId } from './extension-key';
import { readPolicyFile } from './policy-file';

const USAGE = `usage:
  policy check FILE
  policy export FILE --to ${EXPORT_TARGETS.join('|')} [--out PATH] [--id EXTENSION_ID] [--edge-id ID]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function check(file: string): number {
  const reading = readPolicyFile(file);
  if (reading.errors.length === 0) {
    const keys = reading.setKeys.length > 0 ? reading.setKeys.join(', ') : 'none (the embedded default applies)';
    console.log(`${file}: valid. Keys set: ${keys}.`);
    return 0;
  }
  for (const error of reading.errors) console.error(`${file}: ${formatPolicyError(error)}`);
  console.error(`${file}: ${reading.errors.length} error(s); those entries would be ignored and the rest applied.`);
  return 1;
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

function main(args: string[]): number {
  const [command, file] = args.filter((a) => a !== '--');
  if (command === 'check' && file) return check(file);
  if (command === 'export' && file) return exportTo(file, args);
  console.error(USAGE);
  return command === '--help' || command === '-h' ? 0 : 2;
}

process.exitCode = main(process.argv.slice(2));
