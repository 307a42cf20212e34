import { POLICY_SCHEMA } from './policy-schema';

/**
 * public/managed_schema.json, generated from the policy schema.
 *
 * Kept structurally permissive on purpose: no enums, no required keys, no
 * ranges. Chrome silently drops a whole value that violates the schema (one
 * bad item loses an entire list) and refuses to load an extension whose schema
 * it dislikes, so values are checked item by item in code instead, where a
 * bad entry gets a clear error and the rest still applies.
 */
export function chromeManagedSchema(): Record<string, unknown> {
  const { title: _title, description: _description, ...schema } = POLICY_SCHEMA.chromeSchema();
  return schema;
}

export function chromeManagedSchemaText(): string {
  return `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
}
