import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeManagedSchemaText } from '../../../lib/policy/chrome-managed-schema';
import { policyReferenceMarkdown } from '../../../lib/policy/policy-reference';

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
});
