/**
 * Writes the files generated from the policy schema:
 * public/managed_schema.json and docs/admin/policy-reference.md.
 * A unit test fails when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { chromeManagedSchemaText } from '../lib/policy/chrome-managed-schema';
import { policyReferenceMarkdown } from '../lib/policy/policy-reference';

writeFileSync('public/managed_schema.json', chromeManagedSchemaText());
writeFileSync('docs/admin/policy-reference.md', policyReferenceMarkdown());
console.log('wrote public/managed_schema.json and docs/admin/policy-reference.md');
