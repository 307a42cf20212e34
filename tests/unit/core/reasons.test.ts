import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The reason codes are typed in lib/core/reasons.ts, and emitted as string
 * literals by the risk assessment and the policy evaluation. Records and
 * reports keep them as plain strings, so the compiler cannot hold the two
 * together: this reads both sources and does.
 */
const source = (path: string) => readFileSync(path, 'utf8');
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] as string);
const typeText = (text: string, typeName: string) => {
  const start = text.indexOf(`export type ${typeName} =`);
  return text.slice(start, text.indexOf(';', start));
};
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

const REASONS = source('lib/core/reasons.ts');
const RISK = source('lib/risk/assess-request-risk.ts');
const POLICY = source('lib/policy/evaluate-request.ts');

describe('the typed reason codes', () => {
  it('RiskReason names exactly the codes the risk assessment emits', () => {
    const emitted = [...all(RISK, /raiseTo\('[a-z]+', '([a-z-]+)'\)/g), ...all(RISK, /reasons\.push\('([a-z-]+)'\)/g)];
    expect(emitted).toEqual(expect.arrayContaining(['hidden-scopes', 'app-installation', 'unknown-scopes']));
    expect(sorted(all(typeText(REASONS, 'RiskReason'), /'([a-z-]+)'/g))).toEqual(sorted(emitted));
  });

  it('PolicyReason names exactly the plain codes the policy evaluation emits', () => {
    const emitted = [...all(POLICY, /say\([^,]+, '([a-z-]+)'\)/g), ...all(POLICY, /push\('([a-z-]+)'\)/g)];
    expect(emitted).toEqual(expect.arrayContaining(['device-code', 'audit-mode', 'enforce-mode']));
    expect(sorted(all(typeText(REASONS, 'PolicyReason'), /\| '([a-z-]+)'/g))).toEqual(sorted(emitted));
  });

  it('PolicyReason names exactly the detailed codes (`blocked-scope:Mail.Send`) the policy evaluation emits', () => {
    const emitted = all(POLICY, /`([a-z-]+):\$\{/g);
    expect(emitted).toEqual(expect.arrayContaining(['blocked-app', 'blocked-scope', 'sign-in']));
    expect(sorted(all(typeText(REASONS, 'PolicyReason'), /`([a-z-]+):\$\{/g))).toEqual(sorted(emitted));
    // `risk-${level}`: one code per risk level.
    expect(POLICY).toContain('`risk-${');
    expect(typeText(REASONS, 'PolicyReason')).toMatch(/`risk-\$\{RiskLevel\}`/);
  });
});
