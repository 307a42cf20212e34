import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * tests/unit/ mirrors lib/ and components/ (docs/architecture.md, "Tests"):
 * the tests of `lib/X/Y.ts` are `tests/unit/X/Y.test.ts`, or
 * `tests/unit/X/Y.<aspect>.test.ts` for a large module; those of
 * `components/X/Y.tsx` are `tests/unit/components/X/Y.test.tsx`. Tests of
 * the project as a whole (layers, source surface, locales, corpora, the
 * command-line tools, generated files) are in tests/unit/project/. Shared
 * helpers (`helpers.ts`, `fixtures.ts`…) sit beside the tests that use them.
 *
 * Every module of lib/ has a test file of its own, but for the modules below.
 */
const WITHOUT_OWN_TEST: ReadonlyArray<readonly [pattern: string, reason: string]> = [
  // Types only: nothing runs, the compiler checks them.
  ['lib/**/*.d.ts', 'type declarations for a package that ships none'],
  ['lib/authz/types.ts', 'types only: the parsed request and its flags'],
  ['lib/core/decision.ts', 'types only'],
  ['lib/core/messages.ts', 'types only: the locale keys'],
  ['lib/core/protection-mode.ts', 'types only'],
  ['lib/decision/navigation.ts', 'types only'],
  ['lib/providers/provider-profile.ts', 'types only: the shape of a provider profile'],
  ['lib/risk/risk-assessment.ts', 'types only'],
  ['lib/worker/background-adapters.ts', 'types only: what the worker needs from the browser'],
  // Data: constants and tables, checked where they are used.
  ['lib/core/event-types.ts', 'data: the names of the events, and their types'],
  ['lib/core/extension-ids.ts', 'data: the Firefox add-on id'],
  ['lib/core/provider-id.ts', 'data: the provider ids, and their types'],
  ['lib/grants/grant-types.ts', 'types, and the lists of grant statuses and derived fields'],
  ['lib/providers/*/profile.ts', 'data: one provider’s profile, checked as a whole in providers/index.test.ts'],
  ['lib/providers/microsoft/personal-account-apps.ts', 'data: a table of client ids'],
  ['lib/providers/self-hosted/endpoints.ts', 'data: path patterns, matched in authz/provider-endpoints.test.ts'],
  ['lib/scopes/catalogue/*.ts', 'data: scope tables, checked in scopes/lookup-scope.catalogue.test.ts'],
  // The browser adapter layer: thin calls into the browser's APIs.
  ['lib/browser/*', 'adapter over the browser APIs, covered end to end (tests/e2e, tests/e2e-firefox)'],
];

const ROOT = 'tests/unit';
const list = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file}`)
    .sort();
const MODULES = [...list('lib'), ...list('components')].filter((file) => /\.tsx?$/.test(file));
const TESTS = list(ROOT).filter((file) => /\.test\.tsx?$/.test(file));
const MIRRORED = TESTS.filter((file) => !file.startsWith(`${ROOT}/project/`));

/** `**` any folders, `*` any name within one folder. */
function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
const allowed = (module: string) => WITHOUT_OWN_TEST.some(([pattern]) => globToRegExp(pattern).test(module));

/** The module a test file tests: `tests/unit/X/Y.aspect.test.ts` → `lib/X/Y.ts` (or .tsx; components/ as they are). */
function moduleOf(test: string): string | null {
  const path = test.slice(ROOT.length + 1);
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1).split('.')[0] as string;
  const base = folder.startsWith('components') ? `${folder}/${name}` : `lib/${folder}/${name}`;
  return [`${base}.ts`, `${base}.tsx`].find((candidate) => MODULES.includes(candidate)) ?? null;
}

/** A function or a class: code that runs, not types or data (a type alias of a function type is no code). */
const LOGIC =
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b|^\s*(?:export\s+)?(?:abstract\s+)?class\b|^(?!\s*(?:export\s+)?type\s).*=\s*(?:async\s*)?\([^)]*\)\s*(?::[^=]*)?=>/m;

const TESTED = new Set(MIRRORED.map(moduleOf).filter((module): module is string => module !== null));

describe('the unit test tree', () => {
  it('finds the tests and the modules', () => {
    expect(MODULES.length).toBeGreaterThan(100);
    expect(MIRRORED.length).toBeGreaterThan(100);
    expect(moduleOf('tests/unit/authz/parse-authorization-request.evasion.test.ts')).toBe(
      'lib/authz/parse-authorization-request.ts',
    );
    expect(moduleOf('tests/unit/components/popup/Popup.test.tsx')).toBe('components/popup/Popup.tsx');
    expect(moduleOf('tests/unit/authz/no-such-module.test.ts')).toBeNull();
    expect(globToRegExp('lib/scopes/catalogue/*.ts').test('lib/scopes/catalogue/google.ts')).toBe(true);
    expect(globToRegExp('lib/scopes/catalogue/*.ts').test('lib/scopes/lookup-scope.ts')).toBe(false);
    expect(globToRegExp('lib/**/*.d.ts').test('lib/authz/punycode-module.d.ts')).toBe(true);
    for (const code of [
      'export function f() {}',
      'export class C {}',
      'const f = (a: string) => a;',
      'export const g = async () => 1;',
    ])
      expect(LOGIC.test(code), code).toBe(true);
    for (const data of [
      'export type T = (key: string) => string;',
      "export const A = ['a'] as const;",
      'export interface I { f(): void }',
    ])
      expect(LOGIC.test(data), data).toBe(false);
  });

  it('mirrors lib/ and components/: every test outside project/ is named after a module that exists', () => {
    const orphans = MIRRORED.filter((test) => moduleOf(test) === null);
    expect(orphans, 'move these to the path of the module they test, or to tests/unit/project/').toEqual([]);
  });

  it('has a test file for every module of lib/, but the types and data listed here', () => {
    const untested = MODULES.filter((m) => m.startsWith('lib/') && !TESTED.has(m) && !allowed(m));
    expect(untested, 'write tests/unit/<folder>/<module>.test.ts, or list a module of types or data only').toEqual([]);
  });

  it('lists no module that is gone, and none that holds a function or a class (those need tests)', () => {
    for (const [pattern] of WITHOUT_OWN_TEST)
      expect(
        MODULES.some((m) => globToRegExp(pattern).test(m)),
        `${pattern} matches no module`,
      ).toBe(true);
    const withLogic = MODULES.filter(
      (m) =>
        m.startsWith('lib/') &&
        !TESTED.has(m) &&
        allowed(m) &&
        !m.startsWith('lib/browser/') &&
        !m.endsWith('.d.ts') &&
        LOGIC.test(readFileSync(m, 'utf8')),
    );
    expect(withLogic, 'these hold logic: give them a test file').toEqual([]);
  });

  it('runs every test it holds: no test file outside the `*.test.ts(x)` pattern Vitest runs', () => {
    const config = readFileSync('vitest.config.ts', 'utf8');
    expect(config).toContain('tests/unit/**/*.test.{ts,tsx}');
    const misnamed = list(ROOT).filter((file) => /[.-](spec|test)\.[cm]?[jt]sx?$/.test(file) && !TESTS.includes(file));
    expect(misnamed).toEqual([]);
    expect(existsSync(`${ROOT}/project`)).toBe(true);
  });
});
