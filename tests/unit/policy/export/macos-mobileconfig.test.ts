import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPolicy } from '../../../../lib/policy/export/export-policy';
import { readPolicy } from '../../../../lib/policy/read-policy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8')));

describe('the macOS configuration profile', () => {
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

  it('escapes XML in the values and keeps its identifiers stable', () => {
    const reading = readPolicy({ message: 'Ask <IT> & security' });
    const first = exportPolicy(reading, 'macos-mobileconfig', { extensionId: ID })[0]?.content ?? '';
    expect(first).toContain('<string>Ask &lt;IT&gt; &amp; security</string>');
    expect(first).not.toContain('<IT>');
    const again =
      exportPolicy(readPolicy({ mode: 'audit' }), 'macos-mobileconfig', { extensionId: ID })[0]?.content ?? '';
    const uuids = (text: string) =>
      [...text.matchAll(/<key>PayloadUUID<\/key>\n\s*<string>([^<]+)</g)].map((m) => m[1]);
    expect(uuids(again)).toEqual(uuids(first));
    expect(uuids(first)).toHaveLength(3);
  });
});
