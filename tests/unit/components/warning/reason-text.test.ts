import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagText, policyReasonText, riskReasonText } from '../../../../components/warning/reason-text';
import type { RequestFlag } from '../../../../lib/authz/types';
import { RISK_LEVELS } from '../../../../lib/core/risk-level';
import { SAMPLE_REQUESTS } from '../../../../lib/demo/sample-requests';
import { buildWarningView } from '../../../../lib/interception/warning-view';
import { DEFAULT_POLICY } from '../../../../lib/policy/default-policy';

/**
 * Every reason code the engine can emit has a sentence in English and French.
 * The codes are read from the engine's source, so a code added there without
 * words for the warning page fails here.
 */
const source = (path: string) => readFileSync(path, 'utf8');
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] as string);
const union = (text: string, typeName: string) => {
  const start = text.indexOf(`export type ${typeName} =`);
  return all(text.slice(start, text.indexOf(';', start)), /'([a-z-]+)'/g);
};

const risk = source('lib/risk/assess-request-risk.ts');
const RISK_REASONS = [
  ...new Set([...all(risk, /raiseTo\('[a-z]+', '([a-z-]+)'\)/g), ...all(risk, /reasons\.push\('([a-z-]+)'\)/g)]),
];

const policy = source('lib/policy/evaluate-request.ts');
const SIGN_IN_REASONS = union(source('lib/core/decision.ts'), 'SignInReason');
const PLAIN_POLICY_REASONS = [...all(policy, /say\([^,]+, '([a-z-]+)'\)/g), ...all(policy, /push\('([a-z-]+)'\)/g)];
/** Codes with a detail after a colon (`blocked-scope:Mail.Send`). */
const DETAILED_POLICY_REASONS = [...all(policy, /`([a-z-]+):\$\{/g)];
const POLICY_REASONS = [
  ...new Set([
    ...PLAIN_POLICY_REASONS,
    ...DETAILED_POLICY_REASONS.filter((name) => name !== 'sign-in').map((name) => `${name}:DETAIL-X`),
    ...SIGN_IN_REASONS.map((why) => `sign-in:${why}`),
    // `risk-${risk.level}`
    ...(policy.includes('`risk-${') ? RISK_LEVELS.map((level) => `risk-${level}`) : []),
  ]),
];
const FLAGS = union(source('lib/authz/types.ts'), 'RequestFlag') as RequestFlag[];

const translations = (lang: string) => {
  const messages = JSON.parse(source(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;
  return (key: string, sub?: string | string[]) => {
    const subs = sub === undefined ? [] : Array.isArray(sub) ? [...sub] : [sub];
    const message = messages[key]?.message;
    if (message === undefined) return `MISSING(${key})`;
    return message.replace(/\$[A-Z]+\$/g, () => subs.shift() ?? '');
  };
};

describe('reason texts', () => {
  it('read the engine’s codes (the patterns still match its source)', () => {
    expect(RISK_REASONS).toEqual(
      expect.arrayContaining(['app-installation', 'foreign-host-first-party', 'unknown-scopes', 'hidden-scopes']),
    );
    expect(DETAILED_POLICY_REASONS).toEqual(
      expect.arrayContaining(['blocked-app', 'abused-app', 'blocked-scope', 'other-tenant', 'sign-in']),
    );
    expect(PLAIN_POLICY_REASONS).toEqual(expect.arrayContaining(['device-code', 'audit-mode', 'enforce-mode']));
    expect(SIGN_IN_REASONS).toEqual(expect.arrayContaining(['first-party', 'silent', 'already-granted']));
    expect(POLICY_REASONS).toContain('risk-high');
    expect(FLAGS).toEqual(
      expect.arrayContaining([
        'static-consent',
        'redirect-native-client',
        'shared-hosting-host',
        'silent',
        'incremental',
        'first-party',
      ]),
    );
  });

  for (const lang of ['en', 'fr']) {
    const t = translations(lang);

    it(`give every risk reason a sentence (${lang})`, () => {
      for (const code of RISK_REASONS) {
        const text = riskReasonText(code, t)?.text;
        expect(text, code).toBeTruthy();
        expect(text, code).not.toContain('MISSING');
      }
    });

    it(`give every policy reason a sentence that names its scope, rule or feed entry (${lang})`, () => {
      for (const code of POLICY_REASONS) {
        const line = policyReasonText(code, t);
        expect(line?.text, code).toBeTruthy();
        expect(`${line?.text} ${line?.cause}`, code).not.toContain('MISSING');
        if (code.endsWith(':DETAIL-X')) expect(`${line?.text} ${line?.cause}`, code).toContain('DETAIL-X');
      }
      const signIns = SIGN_IN_REASONS.map((why) => policyReasonText(`sign-in:${why}`, t)?.text);
      expect(new Set(signIns).size, 'one sentence per sign-in reason').toBe(SIGN_IN_REASONS.length);
    });

    it(`give the new request flags a sentence, and never a missing one (${lang})`, () => {
      for (const flag of [
        'static-consent',
        'redirect-native-client',
        'shared-hosting-host',
        'silent',
        'incremental',
        'first-party',
      ] as const)
        expect(flagText(flag, t)?.text, flag).toBeTruthy();
      for (const flag of FLAGS) expect(flagText(flag, t)?.text ?? '', flag).not.toContain('MISSING');
    });
  }

  it('say in words every reason the demo requests get, under any mode', () => {
    const t = translations('en');
    for (const mode of ['warn', 'enforce', 'audit'] as const)
      for (const sample of SAMPLE_REQUESTS) {
        const view = buildWarningView(
          { source: 'warn', url: sample.url },
          { policy: { ...DEFAULT_POLICY, mode } },
          'en',
        );
        for (const code of view?.reasons ?? [])
          expect(policyReasonText(code, t), `${sample.id}: ${code}`).not.toBeNull();
        for (const code of view?.riskReasons ?? [])
          expect(riskReasonText(code, t), `${sample.id}: ${code}`).not.toBeNull();
      }
  });

  it('name the scopes that set the level, and the feed’s entry by its name', () => {
    const t = translations('en');
    const groups = [
      {
        level: 'high' as const,
        permissions: ['Mail.Read', 'Files.Read.All', 'Sites.Read.All', 'Notes.Read.All'].map((scope) => ({
          scope,
          description: '',
          known: true,
          category: 'mail',
        })),
      },
    ];
    expect(policyReasonText('risk-high', t, { groups, abused: null })).toEqual({
      text: 'What it asks for is rated high risk.',
      cause: 'Because of: Mail.Read, Files.Read.All, Sites.Read.All…',
    });
    expect(policyReasonText('risk-critical', t, { groups, abused: null })?.cause).toBeNull();
    const abused = { name: 'PerfectData Software', description: null, tags: [] };
    expect(policyReasonText('abused-app:ff8d92dc', t, { groups: [], abused })?.cause).toBe(
      'List entry: PerfectData Software',
    );
    expect(policyReasonText('a-code-from-a-newer-engine', t)).toBeNull();
  });
});
