/**
 * npm run bench: speed of the guard's hot path on this machine.
 *
 * Engine: parse + classify (risk + decision) over 100,000 URLs, 70% ordinary
 * browsing and 30% authorization requests of every provider, next to the
 * cost of `new URL()` alone on the same input. Figures are per URL, in
 * microseconds. Timing is noisy on shared machines: compare runs, not digits.
 */
import os from 'node:os';
import { parseAuthorizationRequest } from '../lib/authz/parse-authorization-request';
import { minimalDecision } from '../lib/policy/minimal-decision';
import { assessRequestRisk } from '../lib/risk/assess-request-risk';
import { formatRow, measure, timerOverheadUs } from './bench/measure';
import { urlMix } from './bench/url-mix';

const COUNT = Number(process.env.BENCH_URLS ?? 100_000);

function classify(url: string) {
  const request = parseAuthorizationRequest(url);
  return request === null ? null : minimalDecision(assessRequestRisk(request));
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
