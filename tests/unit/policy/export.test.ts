import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPolicy } from '../../../lib/policy/export/export-policy';
import { readPolicy } from '../../../lib/policy/read-policy';
import { unwrapDeployment } from '../../../lib/policy/unwrap-deployment';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8')));

describe('policy export', () => {
  it('the fixture policies are valid', () => {
    for (const name of ['strict-bank', 'relaxed-startup', 'audit-rollout']) {
      expect(readPolicy(JSON.parse(readFileSync(`docs/admin/examples/${name}.json`, 'utf8'))).errors, name).toEqual([]);
    }
  });

  it('chrome-linux and firefox-policies read back to the same policy', () => {
    for (const target of ['chrome-linux', 'firefox-policies'] as const) {
      const [file] = exportPolicy(strict, target, { extensionId: ID });
      const back = readPolicy(unwrapDeployment(JSON.parse(file?.content ?? '')));
      expect(back.errors, target).toEqual([]);
      expect(back.policy, target).toEqual(strict.policy);
    }
  });

  it('writes only what the admin set, without nulls (Chrome drops lists holding them)', () => {
    const [file] = exportPolicy(strict, 'chrome-linux', { extensionId: ID });
    const policy = JSON.parse(file?.content ?? '')['3rdparty'].extensions[ID];
    expect(Object.keys(policy)).not.toContain('hiddenScopes');
    expect(file?.content).not.toContain('null');
  });

  it('windows-reg sets Chrome and Edge, with typed values and JSON for lists', () => {
    const [file] = exportPolicy(strict, 'windows-reg', {
      extensionId: ID,
      edgeExtensionId: 'edgeidedgeidedgeidedgeidedgeided',
    });
    const text = file?.content ?? '';
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(text).toContain(
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy]`,
    );
    expect(text).toContain(
      '[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\edgeidedgeidedgeidedgeidedgeided\\policy]',
    );
    expect(text).toContain('"mode"="enforce"');
    expect(text).toContain('"retentionDays"=dword:000002da');
    const apps = /"blockedApps"="(.*)"\r\n/.exec(text)?.[1] ?? '';
    expect(JSON.parse(apps.replaceAll('\\"', '"').replaceAll('\\\\', '\\'))).toEqual([
      { provider: '*', clientId: 'evil-*', name: 'Known rogue apps' },
    ]);
  });

  it('macos-mobileconfig holds a Chrome and an Edge payload with the policy', () => {
    const [file] = exportPolicy(strict, 'macos-mobileconfig', { extensionId: ID });
    const text = file?.content ?? '';
    expect(text).toContain('<string>com.google.Chrome</string>');
    expect(text).toContain('<string>com.microsoft.Edge</string>');
    expect(text).toContain(`<key>${ID}</key>`);
    expect(text).toContain('<key>retentionDays</key>\n');
    expect(text).toContain('<integer>730</integer>');
    expect(text.match(/<dict>/g)?.length).toBe(text.match(/<\/dict>/g)?.length);
  });

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
});
