import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The source's attack surface, checked line by line: no HTML built from
 * strings, no code from strings, and network requests in exactly two
 * adapters (reporting, the abused-apps feed), both only to URLs the policy
 * names.
 */
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const files = SOURCE_DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => `${dir}/${f}`),
);
const NETWORK_ADAPTERS = ['lib/browser/reporting-adapters.ts', 'lib/browser/feed-adapters.ts'];

describe('source surface', () => {
  it('builds no HTML from strings and runs no code from strings', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /\.innerHTML\s*=|outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/,
      );
    }
  });

  it('makes network requests only in the reporting and feed adapters', () => {
    for (const file of files) {
      if (NETWORK_ADAPTERS.includes(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/);
    }
    for (const file of NETWORK_ADAPTERS) expect(readFileSync(file, 'utf8')).toContain("credentials: 'omit'");
  });

  it('answers messages only through the checked dispatcher, and takes none from outside', () => {
    // Who may send what is tested on the dispatcher itself (tests/unit/worker/background-service.test.ts).
    const worker = readFileSync('entrypoints/background/index.ts', 'utf8');
    expect(worker).toMatch(/runtime\.onMessage\.addListener\(\(raw, sender\) => service\.onMessage\(raw, sender\)\)/);
    expect(worker).not.toMatch(/onMessageExternal|onConnectExternal|onConnect\.addListener/);
  });
});
