/**
 * explain: what Consent Guard makes of authorization URLs.
 *
 *   npm run --silent explain -- [URL ...]      one JSON object per URL, per line
 *   some-command | npm run --silent explain     URLs read one per line from stdin
 *   --policy FILE                                decide under this policy (else the embedded default)
 *   --frame                                      as if loaded in a frame of a page (default: the tab itself)
 *   --from-outside                               as if opened from outside the browser (a command-line tool)
 *   --grants FILE                                grants the person holds: an inventory export (JSON) of the options page
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ApprovedGrants, type PriorGrant } from '../lib/decision/approved-grants';
import { type ExplainOptions, explainUrl } from '../lib/explain/explain-url';
import { formatPolicyError } from '../lib/policy/policy-error';
import type { Policy } from '../lib/policy/policy-schema';
import { readPolicyFile } from './policy-file';

const USAGE =
  'usage: explain [--policy FILE] [--frame] [--from-outside] [--grants FILE] [URL ...]   (no URL: read URLs from standard input, one per line)';

async function main(argv: string[]): Promise<number> {
  const urls: string[] = [];
  let policy: Policy | undefined;
  const options: ExplainOptions = {};
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
    if (arg === '--frame') {
      options.frame = 'sub';
      continue;
    }
    if (arg === '--from-outside') {
      options.initiator = 'outside';
      continue;
    }
    if (arg === '--grants') {
      const file = argv[++i];
      if (file === undefined) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      options.grants = readGrants(file);
      continue;
    }
    if (arg === '--') continue;
    urls.push(arg);
  }
  if (policy) options.policy = policy;
  if (urls.length > 0) {
    for (const url of urls) printLine(url, options);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const url = line.trim();
    if (url !== '') printLine(url, options);
  }
  return 0;
}

function printLine(url: string, options: ExplainOptions): void {
  process.stdout.write(`${JSON.stringify(explainUrl(url, options))}\n`);
}

/** Active grants from an inventory export (`{ grants: [...] }`) or a plain array of grants. */
function readGrants(file: string): ApprovedGrants {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { grants?: unknown } | unknown[];
  const rows = (Array.isArray(data) ? data : Array.isArray(data.grants) ? data.grants : []) as Array<
    Partial<PriorGrant> & { status?: string }
  >;
  const grants = rows
    .filter((g) => typeof g.provider === 'string' && typeof g.clientId === 'string' && Array.isArray(g.scopes))
    .filter((g) => g.status === undefined || g.status === 'active')
    .map((g) => ({
      provider: g.provider as PriorGrant['provider'],
      clientId: g.clientId as string,
      tenant: g.tenant ?? null,
      account: g.account ?? null,
      scopes: g.scopes as string[],
      lastSeen: typeof g.lastSeen === 'number' ? g.lastSeen : Date.now(),
    }));
  return new ApprovedGrants(grants);
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
