import type { Field } from './fields';
import { type PolicyError, policyError } from './policy-error';
import { POLICY_FIELDS, POLICY_SCHEMA } from './policy-schema';

/**
 * public/managed_schema.json, generated from the policy schema.
 *
 * Kept structurally permissive on purpose: no enums, no required keys, no
 * ranges. Chrome silently drops a whole value that violates the schema (one
 * bad item loses an entire list) and refuses to load an extension whose schema
 * it dislikes, so values are checked item by item in code instead, where a
 * bad entry gets a clear error and the rest still applies. The one thing it
 * cannot be permissive about is a list entry's type: Chrome's dialect has one
 * type per node (no union, no "any": an extension whose schema has one does
 * not load), so lists of apps and scope rules take objects, and the text
 * shorthands the reader accepts (`"microsoft:1111…"`) reach the browser only
 * through `policy export`, which writes the objects (see `listsChromeDrops`).
 */
export function chromeManagedSchema(): Record<string, unknown> {
  const { title: _title, description: _description, ...schema } = POLICY_SCHEMA.chromeSchema();
  return schema;
}

export function chromeManagedSchemaText(): string {
  return `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
}

/**
 * Lists Chrome and Edge would drop whole from a deployment file written for
 * them: the managed schema takes one type per list entry (objects, for apps
 * and scope rules), and a list that holds a text shorthand no longer fits it.
 * Chrome then delivers nothing for the key (measured on Chromium 156), so the
 * reader never sees the list. `policy export` writes the objects instead.
 */
export function listsChromeDrops(policy: unknown): PolicyError[] {
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) return [];
  const errors: PolicyError[] = [];
  for (const [key, value] of Object.entries(policy as Record<string, unknown>)) {
    const name = Object.keys(POLICY_FIELDS).find((k) => k.toLowerCase() === key.toLowerCase());
    const field = name === undefined ? undefined : (POLICY_FIELDS as Record<string, Field<unknown>>)[name];
    if (field?.kind !== 'object-list' || !Array.isArray(value)) continue;
    const index = value.findIndex((entry) => typeof entry === 'string');
    if (index < 0) continue;
    const shape = Object.keys(field.item?.children ?? {})
      .filter((child) => child === 'provider' || child === 'clientId' || child === 'scope')
      .map((child) => `"${child}": …`)
      .join(', ');
    errors.push(policyError(`${key}[${index}]`, 'chrome-drops-text', [`{${shape}}`], value[index]));
  }
  return errors;
}
