/**
 * accuracy: how the guard does on the real-traffic corpora (tests/fixtures/real-traffic/):
 * ordinary sign-ins left quiet and lures caught, per kind, under the embedded default
 * policy and the strict example policy. Prints a Markdown table (docs/engine.md).
 *
 *   npm run --silent accuracy
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY } from '../lib/policy/default-policy';
import { readPolicy } from '../lib/policy/read-policy';
import { judgeTrafficCase } from '../tests/fixtures/real-traffic/judge-case';
import { LURES } from '../tests/fixtures/real-traffic/lures';
import { ORDINARY_SIGN_INS } from '../tests/fixtures/real-traffic/ordinary-sign-ins';

const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8'))).policy;

function rows<T extends { kind: string }>(cases: readonly T[], good: (c: T, policy: typeof DEFAULT_POLICY) => boolean) {
  const kinds = [...new Set(cases.map((c) => c.kind))].sort();
  const lines: string[] = [];
  let total = 0;
  let okDefault = 0;
  let okStrict = 0;
  for (const kind of kinds) {
    const of = cases.filter((c) => c.kind === kind);
    const d = of.filter((c) => good(c, DEFAULT_POLICY)).length;
    const s = of.filter((c) => good(c, strict)).length;
    total += of.length;
    okDefault += d;
    okStrict += s;
    lines.push(`| ${kind} | ${of.length} | ${d} (${pct(d, of.length)}) | ${s} (${pct(s, of.length)}) |`);
  }
  lines.push(
    `| **all** | **${total}** | **${okDefault} (${pct(okDefault, total)})** | **${okStrict} (${pct(okStrict, total)})** |`,
  );
  return lines;
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)} %`;

console.log('Ordinary sign-ins left quiet (decision `allow`):\n');
console.log('| kind | cases | quiet, default policy | quiet, strict example |\n| --- | ---: | ---: | ---: |');
for (const line of rows(
  ORDINARY_SIGN_INS,
  (c, policy) =>
    judgeTrafficCase(c, policy)?.verdict.decision !== 'warn' &&
    judgeTrafficCase(c, policy)?.verdict.decision !== 'block',
))
  console.log(line);
console.log('\nLures and evasions caught (decision `warn` or `block`, at the expected risk or above):\n');
console.log('| kind | cases | caught, default policy | caught, strict example |\n| --- | ---: | ---: | ---: |');
for (const line of rows(LURES, (c, policy) => {
  const j = judgeTrafficCase(c, policy);
  return j !== null && j.verdict.decision !== 'allow';
}))
  console.log(line);
