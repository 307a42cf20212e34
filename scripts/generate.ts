/**
 * Writes the files generated from the policy schema: public/managed_schema.json
 * and the policy reference, in English (docs/admin/policy-reference.md) and
 * French (docs/admin/fr/policy-reference.md). A unit test fails when the
 * committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromeManagedSchemaText } from '../lib/policy/chrome-managed-schema';
import { policyReferenceMarkdown } from '../lib/policy/policy-reference';

writeFileSync('public/managed_schema.json', chromeManagedSchemaText());
writeFileSync('docs/admin/policy-reference.md', policyReferenceMarkdown('en'));
mkdirSync('docs/admin/fr', { recursive: true });
writeFileSync('docs/admin/fr/policy-reference.md', policyReferenceMarkdown('fr'));
console.log('wrote public/managed_schema.json, docs/admin/policy-reference.md and docs/admin/fr/policy-reference.md');
