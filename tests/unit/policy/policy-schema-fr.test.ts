import { describe, expect, it } from 'vitest';
import type { Field } from '../../../lib/policy/fields';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';
import { frenchProviderTexts, POLICY_TEXTS_FR } from '../../../lib/policy/policy-schema-fr';

describe('the policy schema in French', () => {
  it('every key, and every field of a list’s entries, has its French title and description (ADML, reference, options page)', () => {
    const missing: string[] = [];
    const walk = (fields: Readonly<Record<string, Field<unknown>>>, prefix: string) => {
      for (const [key, field] of Object.entries(fields)) {
        const path = `${prefix}${key}`;
        if (path.startsWith('providers.')) continue;
        if (!POLICY_TEXTS_FR[path]) missing.push(path);
        if (field.kind === 'object' && field.children) walk(field.children, `${path}.`);
        if (field.kind === 'object-list' && field.item?.children) walk(field.item.children, `${path}[].`);
      }
    };
    walk(POLICY_FIELDS, '');
    expect(missing).toEqual([]);
  });

  it('names no key the schema does not have', () => {
    const paths = new Set<string>();
    const walk = (fields: Readonly<Record<string, Field<unknown>>>, prefix: string) => {
      for (const [key, field] of Object.entries(fields)) {
        paths.add(`${prefix}${key}`);
        if (field.kind === 'object' && field.children) walk(field.children, `${prefix}${key}.`);
        if (field.kind === 'object-list' && field.item?.children) walk(field.item.children, `${prefix}${key}[].`);
      }
    };
    walk(POLICY_FIELDS, '');
    expect(Object.keys(POLICY_TEXTS_FR).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('says each provider switch in French, under the provider’s id as in English', () => {
    expect(frenchProviderTexts('github')).toEqual(['github', 'Détecter les demandes d’autorisation github.']);
    expect(POLICY_FIELDS.providers.children?.github?.title).toBe('github');
  });
});
