import type { Field } from './fields';
import { POLICY_FIELDS } from './policy-schema';

/** docs/admin/policy-reference.md, generated from the policy schema. */
export function policyReferenceMarkdown(): string {
  const lines = [
    '# Policy reference',
    '',
    '<!-- Generated from lib/policy/policy-schema.ts by `npx tsx scripts/generate.ts`; do not edit by hand. -->',
    '',
    'Every key an organisation can set, with its type and default. A key that is absent',
    'keeps its default; a value that cannot be read is reported (options page, `policy check`)',
    'and keeps its default; a list entry that cannot be read is skipped and the rest apply.',
    'Values may also be given as text (the Windows registry): `"true"`, `"5"`, or JSON for lists and objects.',
    '',
    '| key | type | default | meaning |',
    '| --- | --- | --- | --- |',
  ];
  const walk = (fields: Readonly<Record<string, Field<unknown>>>, prefix: string) => {
    for (const [key, field] of Object.entries(fields)) {
      const name = `${prefix}${key}`;
      lines.push(`| \`${name}\` | ${field.docType()} | ${formatDefault(field)} | ${field.description} |`);
      if (field.kind === 'object' && field.children) walk(field.children, `${name}.`);
      if (field.kind === 'object-list' && field.item?.children) walk(field.item.children, `${name}[].`);
    }
  };
  walk(POLICY_FIELDS, '');
  lines.push('');
  return lines.join('\n');
}

function formatDefault(field: Field<unknown>): string {
  if (field.kind === 'object') return '';
  const value = field.default;
  if (value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `\`${JSON.stringify(value)}\``;
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}
