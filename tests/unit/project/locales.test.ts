import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

describe('locales', () => {
  const en = load('en');
  const fr = load('fr');

  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every message that is not a proper name', () => {
    const sameOnPurpose = new Set(['extName', 'warningTitle']);
    for (const key of Object.keys(en)) {
      expect(fr[key]?.message, key).toBeTruthy();
      if (!sameOnPurpose.has(key)) expect(fr[key]?.message, key).not.toBe(en[key]?.message);
    }
  });
});
