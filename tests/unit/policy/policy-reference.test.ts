import { describe, expect, it } from 'vitest';
import { frenchTexts, policyReferenceMarkdown } from '../../../lib/policy/policy-reference';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';

const rows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| `'));
const row = (markdown: string, key: string) => rows(markdown).find((line) => line.startsWith(`| \`${key}\` |`));

describe('the policy reference', () => {
  it('has one row per key, nested keys and list-entry fields included', () => {
    const en = policyReferenceMarkdown();
    expect(row(en, 'mode')).toBe(
      '| `mode` | `audit` \\| `warn` \\| `enforce` | `warn` | audit: record and report only, never interrupt. warn: warn and block by the rules below. enforce: block every request that would be warned. |',
    );
    expect(row(en, 'bypass.allowed')).toBe(
      '| `bypass.allowed` | boolean | `true` | Whether a warned person may continue. |',
    );
    expect(row(en, 'blockedApps')).toContain('| list of objects or `"provider:clientId"` texts | `[]` |');
    expect(row(en, 'blockedApps[].clientId')).toContain('| text | — |');
    expect(rows(en).length).toBeGreaterThan(Object.keys(POLICY_FIELDS).length);
  });

  it('says the same rows in French, with the French texts', () => {
    const en = policyReferenceMarkdown('en');
    const fr = policyReferenceMarkdown('fr');
    expect(fr.startsWith('# Référence de la politique')).toBe(true);
    expect(rows(fr).map((r) => r.split(' | ')[0])).toEqual(rows(en).map((r) => r.split(' | ')[0]));
    expect(row(fr, 'bypass.allowed')).toContain('| booléen | `true` |');
  });

  it('keeps a table cell whole when a description holds a pipe', () => {
    for (const line of rows(policyReferenceMarkdown())) expect(line.split(/(?<!\\)\|/).length, line).toBe(6);
  });
});

describe('frenchTexts', () => {
  it('gives a key’s French title and description, or its English ones when it has none', () => {
    expect(frenchTexts('mode', POLICY_FIELDS.mode)[0]).toBe('Mode');
    expect(frenchTexts('providers.github', POLICY_FIELDS.providers)).toEqual([
      'github',
      'Détecter les demandes d’autorisation github.',
    ]);
    expect(frenchTexts('no.such.key', POLICY_FIELDS.mode)).toEqual([
      POLICY_FIELDS.mode.title,
      POLICY_FIELDS.mode.description,
    ]);
  });
});
