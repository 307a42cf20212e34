import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPolicy } from '../../../../lib/policy/export/export-policy';
import { readPolicy } from '../../../../lib/policy/read-policy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8')));

describe('the Windows registry file', () => {
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

  it('writes switches and numbers as DWORDs and escapes quotes and backslashes in text', () => {
    const reading = readPolicy({
      bypass: { allowed: false },
      retentionDays: 30,
      supportUrl: 'https://it.example.com/a"b\\c',
    });
    const [file] = exportPolicy(reading, 'windows-reg', { extensionId: ID });
    const text = file?.content ?? '';
    expect(text).toContain('"retentionDays"=dword:0000001e');
    expect(text).toContain('"supportUrl"="https://it.example.com/a\\"b\\\\c"');
    // Objects are JSON text, their switches JSON booleans.
    expect(text).toContain('"bypass"="{\\"allowed\\":false,');
    // Without an Edge id, Edge gets Chrome's.
    expect(text.match(new RegExp(`\\\\${ID}\\\\policy]`, 'g'))).toHaveLength(2);
  });
});
