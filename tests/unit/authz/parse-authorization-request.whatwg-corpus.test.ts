import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';

/**
 * The WHATWG URL test corpus (web-platform-tests url/resources/urltestdata.json)
 * through the parser: no input may make it throw. The corpus comes from
 * Debian's librust-url-dev package (which ships it as test data), or from
 * URL_TEST_DATA; .ci/run installs the package.
 */
function findCorpus(): string | null {
  if (process.env.URL_TEST_DATA) return process.env.URL_TEST_DATA;
  const registry = '/usr/share/cargo/registry';
  if (!existsSync(registry)) return null;
  for (const dir of readdirSync(registry)
    .filter((d) => d.startsWith('url-'))
    .sort()
    .reverse()) {
    const candidate = join(registry, dir, 'tests', 'urltestdata.json');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const corpusPath = findCorpus();
const required = process.env.CI === 'true';

describe('WHATWG URL test corpus', () => {
  it.runIf(corpusPath !== null || required)('runs through the parser without a throw', () => {
    expect(
      corpusPath,
      'urltestdata.json not found: apt-get install librust-url-dev, or set URL_TEST_DATA',
    ).not.toBeNull();
    const entries: unknown[] = JSON.parse(readFileSync(corpusPath as string, 'utf8'));
    const cases = entries.filter(
      (e): e is { input: string; base?: string | null } => typeof e === 'object' && e !== null && 'input' in e,
    );
    expect(cases.length).toBeGreaterThan(500);
    let parsed = 0;
    for (const { input, base } of cases) {
      expect(() => parseAuthorizationRequest(input)).not.toThrow();
      let absolute: string | null = null;
      try {
        absolute = new URL(input, base ?? undefined).href;
      } catch {
        absolute = null;
      }
      if (absolute !== null) {
        parsed++;
        expect(() => parseAuthorizationRequest(absolute as string)).not.toThrow();
        expect(() =>
          parseAuthorizationRequest(
            `${absolute}?client_id=a&response_type=code&redirect_uri=${encodeURIComponent(input)}`,
          ),
        ).not.toThrow();
      }
    }
    expect(parsed).toBeGreaterThan(300);
  });
});
