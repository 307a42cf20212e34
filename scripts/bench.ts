/**
 * npm run bench: speed of the guard's hot path on this machine.
 *
 * Engine: parse + classify (risk + decision) over 100,000 URLs, 70% ordinary
 * browsing and 30% authorization requests of every provider, next to the
 * cost of `new URL()` alone on the same input. Policy: the evaluator alone,
 * with a policy of 1,000 app entries and 200 scope patterns. Figures are per URL, in
 * microseconds. Timing is noisy on shared machines: compare runs, not digits.
 */
import os from 'node:os';
import { parseAuthorizationRequest } from '../lib/authz/parse-authorization-request';
import { DEFAULT_POLICY } from '../lib/policy/default-policy';
import { evaluateRequest } from '../lib/policy/evaluate-request';
import { assessRequestRisk } from '../lib/risk/assess-request-risk';
import { largePolicy } from './bench/large-policy';
import { formatRow, measure, timerOverheadUs } from './bench/measure';
import { urlMix } from './bench/url-mix';

const COUNT = Number(process.env.BENCH_URLS ?? 100_000);

function classify(url: string) {
  const request = parseAuthorizationRequest(url);
  return request === null ? null : evaluateRequest(request, assessRequestRisk(request), DEFAULT_POLICY);
}

const urls = urlMix(COUNT);
const authorization = urls.filter((u) => parseAuthorizationRequest(u) !== null);
const ordinary = urls.filter((u) => parseAuthorizationRequest(u) === null);

console.log(`Consent Guard bench · node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
console.log(`timer overhead ≈ ${timerOverheadUs().toFixed(3)} µs per read (included in each figure)\n`);
console.log('| what (per URL) | URLs | mean µs | p50 µs | p99 µs |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(
  formatRow(
    '`new URL()` alone, whole mix',
    measure(urls, (u) => new URL(u)),
  ),
);
console.log(formatRow('parse + classify, whole mix', measure(urls, classify)));
console.log(formatRow('parse + classify, ordinary browsing', measure(ordinary, classify)));
console.log(formatRow('parse + classify, authorization requests', measure(authorization, classify)));

const bigPolicy = largePolicy();
const requests = authorization.map((u) => parseAuthorizationRequest(u)).filter((r) => r !== null);
const risks = requests.map((r) => assessRequestRisk(r));
const indexes = requests.map((_r, i) => i);
console.log(
  formatRow(
    'evaluate, 1,000 apps + 200 scope patterns',
    measure(indexes, (i) =>
      evaluateRequest(
        requests[i] as NonNullable<(typeof requests)[number]>,
        risks[i] as (typeof risks)[number],
        bigPolicy,
      ),
    ),
  ),
);
