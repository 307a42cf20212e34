/**
 * explain: what Consent Guard makes of authorization URLs.
 *
 *   npm run --silent explain -- [URL ...]      one JSON object per URL, per line
 *   some-command | npm run --silent explain     URLs read one per line from stdin
 *   --policy FILE                                decide under this policy (else the embedded default)
 */
import { createInterface } from 'node:readline';
import { explainUrl } from '../lib/explain/explain-url';
import { formatPolicyError } from '../lib/policy/policy-error';
import type { Policy } from '../lib/policy/policy-schema';
import { readPolicyFile } from './policy-file';

const USAGE = 'usage: explain [--policy FILE] [URL ...]   (no URL: read URLs from standard input, one per line)';

async function main(argv: string[]): Promise<number> {
  const urls: string[] = [];
  let policy: Policy | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--policy') {
      const file = argv[++i];
      if (file === undefined) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      const reading = readPolicyFile(file);
      for (const error of reading.errors)
        process.stderr.write(`explain: ${file}: ${formatPolicyError(error)} (ignored)\n`);
      policy = reading.policy;
      continue;
    }
    if (arg === '--') continue;
    urls.push(arg);
  }
  if (urls.length > 0) {
    for (const url of urls) printLine(url, policy);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const url = line.trim();
    if (url !== '') printLine(url, policy);
  }
  return 0;
}

function printLine(url: string, policy: Policy | undefined): void {
  process.stdout.write(`${JSON.stringify(explainUrl(url, policy ? { policy } : {}))}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`explain: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
