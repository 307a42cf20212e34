import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeManagedSchemaText } from '../../../lib/policy/chrome-managed-schema';
import type { Field } from '../../../lib/policy/fields';
import { policyReferenceMarkdown } from '../../../lib/policy/policy-reference';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';
import { POLICY_TEXTS_FR } from '../../../lib/policy/policy-schema-fr';

describe('files generated from the policy schema', () => {
  it('public/managed_schema.json is up to date (run npm run generate)', () => {
    expect(readFileSync('public/managed_schema.json', 'utf8')).toBe(chromeManagedSchemaText());
  });

  it('docs/admin/policy-reference.md is up to date (run npm run generate)', () => {
    expect(readFileSync('docs/admin/policy-reference.md', 'utf8')).toBe(policyReferenceMarkdown());
  });

  it('docs/admin/fr/policy-reference.md, the French reference, is up to date (run npm run generate)', () => {
    const fr = readFileSync('docs/admin/fr/policy-reference.md', 'utf8');
    expect(fr).toBe(policyReferenceMarkdown('fr'));
    expect(fr).toContain('| `approvers[].publicKey` | clé publique Ed25519 (base64) |');
    expect(fr).toContain('liste d’objets ou de textes `"provider:clientId"`');
  });

  it('the Chrome schema follows Chrome’s rules: object at the top, one type per node, a title and description on every key', () => {
    const schema = JSON.parse(chromeManagedSchemaText());
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const visit = (node: Record<string, unknown>, path: string, named: boolean) => {
      expect(typeof node.type, path).toBe('string');
      expect(node.enum, `${path}: enums make Chrome drop whole values`).toBeUndefined();
      expect(node.required, `${path}: required makes Chrome drop whole values`).toBeUndefined();
      if (named) {
        expect(node.title, path).toBeTruthy();
        expect(node.description, path).toBeTruthy();
      }
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        visit(child, `${path}.${key}`, true);
      }
      if (node.items) visit(node.items as Record<string, unknown>, `${path}[]`, false);
    };
    visit(schema, '', false);
  });

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
});
