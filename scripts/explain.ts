/**
 * explain: what Consent Guard makes of authorization URLs.
 *
 *   npm run --silent explain -- [URL ...]      one JSON object per URL, per line
 *   some-command | npm run --silent explain     URLs read one per line from stdin
 */
import { createInterface } from 'node:readline';
import { explainUrl } from '../lib/explain/explain-url';

const USAGE = 'usage: explain [--policy FILE] [URL ...]   (no URL: read URLs from standard input, one per line)';

async function main(argv: string[]): Promise<number> {
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--policy') {
      process.stderr.write('explain: --policy is not available yet: decisions use the embedded default policy\n');
      return 2;
    }
    if (arg === '--') continue;
    urls.push(arg);
  }
  if (urls.length > 0) {
    for (const url of urls) printLine(url);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const url = line.trim();
    if (url !== '') printLine(url);
  }
  return 0;
}

function printLine(url: string): void {
  process.stdout.write(`${JSON.stringify(explainUrl(url))}\n`);
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
