import { describe, expect, it } from 'vitest';
import {
  chromeManagedSchema,
  chromeManagedSchemaText,
  listsChromeDrops,
} from '../../../lib/policy/chrome-managed-schema';

describe('the Chrome managed-storage schema', () => {
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

  it('a Chrome file holding a shorthand is flagged: Chrome would drop the whole list', () => {
    // Chrome's dialect has one type per node: list entries stay objects, the extension must still load.
    const schema = chromeManagedSchema() as { properties: Record<string, { items?: { type: string } }> };
    for (const key of ['allowedApps', 'blockedApps', 'blockedScopes', 'warnScopes'])
      expect(schema.properties[key]?.items?.type, key).toBe('object');
    const errors = listsChromeDrops({ blockedScopes: [{ scope: 'a' }, 'Mail.Send'], mode: 'warn' });
    expect(errors).toEqual([
      expect.objectContaining({ path: 'blockedScopes[1]', code: 'chrome-drops-text', value: '"Mail.Send"' }),
    ]);
    expect(errors[0]?.problem).toContain('Chrome and Edge drop this whole list');
  });

  it('flags nothing in a policy whose lists hold objects, nor what is not a policy', () => {
    expect(listsChromeDrops({ blockedApps: [{ clientId: 'x' }], mode: 'warn', Unknown: ['text'] })).toEqual([]);
    expect(listsChromeDrops(['Mail.Send'])).toEqual([]);
    expect(listsChromeDrops(null)).toEqual([]);
    // Key names are matched without case, as the reader matches them.
    expect(listsChromeDrops({ BLOCKEDAPPS: ['microsoft:x'] }).map((e) => e.path)).toEqual(['BLOCKEDAPPS[0]']);
  });
});
