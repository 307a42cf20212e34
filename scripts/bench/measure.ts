export interface Stats {
  count: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
}

/** Times `fn` on every input, one call at a time, after a warm-up pass. */
export function measure<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 2): Stats {
  for (let round = 0; round < warmup; round++) for (const input of inputs) fn(input);
  const samples = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const start = process.hrtime.bigint();
    fn(inputs[i] as T);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return summarise(samples);
}

export function summarise(samples: Float64Array): Stats {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  let total = 0;
  for (const s of sorted) total += s;
  return { count: sorted.length, meanUs: total / sorted.length, p50Us: at(0.5), p99Us: at(0.99), maxUs: at(1) - 0 };
}

export function formatRow(label: string, s: Stats): string {
  const f = (n: number) => n.toFixed(2);
  return `| ${label} | ${s.count.toLocaleString('en')} | ${f(s.meanUs)} | ${f(s.p50Us)} | ${f(s.p99Us)} |`;
}

/** How long a timer read itself takes: the floor under every figure above. */
export function timerOverheadUs(): number {
  const n = 100_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) process.hrtime.bigint();
  return Number(process.hrtime.bigint() - start) / 1000 / n;
}

/** One markdown row of milliseconds: runs, mean, p50, p95, max. */
export function msRow(label: string, samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return `| ${label} | ${sorted.length} | ${mean.toFixed(1)} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${(sorted.at(-1) ?? 0).toFixed(1)} |`;
}
