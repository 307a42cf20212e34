import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPolicy } from '../../../../lib/policy/export/export-policy';
import { readPolicy } from '../../../../lib/policy/read-policy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8')));

describe('the Group Policy templates', () => {
  it('windows-admx: every policy has its strings and presentation, in English and French', () => {
    const files = exportPolicy(strict, 'windows-admx', { extensionId: ID });
    expect(files.map((f) => f.name)).toEqual([
      'consent-guard.admx',
      'en-US/consent-guard.adml',
      'fr-FR/consent-guard.adml',
    ]);
    const [admx, en, fr] = files.map((f) => f.content) as [string, string, string];
    const stringRefs = new Set([...admx.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]));
    const presentationRefs = new Set([...admx.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]));
    for (const adml of [en, fr]) {
      const strings = new Set([...adml.matchAll(/<string id="([^"]+)">/g)].map((m) => m[1]));
      const presentations = new Set([...adml.matchAll(/<presentation id="([^"]+)">/g)].map((m) => m[1]));
      for (const ref of stringRefs) expect(strings.has(ref), ref).toBe(true);
      for (const ref of presentationRefs) expect(presentations.has(ref), ref).toBe(true);
    }
    expect(admx).toContain(`key="Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy\\bypass"`);
    expect(fr).toContain('Mode');
    expect(fr).toContain('Justification obligatoire');
  });

  it('does not depend on the policy: the templates list every key', () => {
    const a = exportPolicy(strict, 'windows-admx', { extensionId: ID });
    const b = exportPolicy(readPolicy({}), 'windows-admx', { extensionId: ID });
    expect(b).toEqual(a);
    const admx = a[0]?.content ?? '';
    for (const key of ['mode', 'blockedApps', 'bypass_allowed', 'reporting_endpoint'])
      expect(admx, key).toMatch(new RegExp(`<policy [^>]*name="[^"]*${key}"`));
    expect(admx).toContain('Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions');
  });
});
