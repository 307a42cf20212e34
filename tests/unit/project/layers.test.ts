import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of lib/, bottom to top (docs/architecture.md): a folder may
 * import only the folders before it. biome.json refuses every other import
 * (`noRestrictedImports`, one override per folder) and every cycle
 * (`noImportCycles`, types included); these tests hold the configuration to
 * that and watch it refuse a backward import.
 */
const LAYERS = [
  'core',
  'providers',
  'scopes',
  'authz',
  'risk',
  'feeds',
  'policy',
  'decision',
  'events',
  'grants',
  'reporting',
  'interception',
  'messages',
  'explain',
  'demo',
  'worker',
  'browser',
];

const BIOME = resolve('node_modules/@biomejs/biome/bin/biome');
const config = JSON.parse(readFileSync('biome.json', 'utf8'));

type RestrictedImports = {
  paths?: Record<string, unknown>;
  patterns?: { group: string[]; message: string }[];
};
type Override = { includes?: string[]; linter?: { rules?: Record<string, Record<string, unknown>> } };

function restrictedImports(folder: string): RestrictedImports | undefined {
  const override = (config.overrides as Override[]).find((o) => o.includes?.includes(`lib/${folder}/**`));
  const rule = override?.linter?.rules?.style?.noRestrictedImports as { options?: RestrictedImports } | undefined;
  return rule?.options;
}

/** Lints the files given (path → text) in a temporary project that has this repository's biome.json. */
function lintProject(files: Record<string, string>): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'consent-guard-layers-'));
  try {
    const { $schema: _schema, ...rest } = config;
    writeFileSync(join(root, 'biome.json'), JSON.stringify(rest));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const run = spawnSync(process.execPath, [BIOME, 'lint', '--max-diagnostics=50', '.'], {
      cwd: root,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('layers', () => {
  it('lists every folder of lib/ that holds code', () => {
    const folders = readdirSync('lib', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .filter((name) =>
        readdirSync(join('lib', name), { recursive: true, encoding: 'utf8' }).some((f) => /\.tsx?$/.test(f)),
      );
    for (const folder of folders) expect(LAYERS, `lib/${folder} has no place in the layers`).toContain(folder);
    const loose = readdirSync('lib').filter((f) => /\.tsx?$/.test(f));
    expect(loose, 'every file of lib/ belongs to a layer folder').toEqual([]);
  });

  it('refuses each folder the folders above it, and keeps refusing browser APIs', () => {
    for (const [index, folder] of LAYERS.entries()) {
      if (folder === 'browser') {
        expect(restrictedImports(folder)).toBeUndefined();
        continue;
      }
      const options = restrictedImports(folder);
      expect(options, `lib/${folder} has its own override`).toBeDefined();
      expect(Object.keys(options?.paths ?? {}).sort()).toEqual(['#imports', 'webextension-polyfill', 'wxt/browser']);
      const refused = (options?.patterns ?? []).map((p) => p.group);
      expect(refused).toEqual(
        LAYERS.slice(index + 1).map((above) => [
          `../${above}`,
          `../${above}/**`,
          `../../${above}`,
          `../../${above}/**`,
        ]),
      );
    }
  });

  it('covers every file: none sits deeper than two folders below lib/<layer>/ (the patterns reach ../../)', () => {
    const folders = readdirSync('lib', { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const { name: folder } of folders) {
      const files = readdirSync(join('lib', folder), { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => /\.tsx?$/.test(f))) {
        expect(file.split('/').length, `lib/${folder}/${file}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('fails lint on a backward import (lib/authz importing lib/policy), with the rule named', () => {
    const { status, output } = lintProject({
      'lib/policy/policy-schema.ts': 'export const POLICY_SCHEMA = {};\n',
      'lib/authz/backward.ts': [
        "import { browser } from 'wxt/browser';",
        "import { POLICY_SCHEMA } from '../policy/policy-schema';",
        '',
        'export const PROBE = [POLICY_SCHEMA, browser];',
        '',
      ].join('\n'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('lib/authz sits below lib/policy: lib/authz may import only lib/core, lib/providers');
    // The browser-API restriction lives in the same override: it still fires.
    expect(output).toContain('lib/ and components/ stay free of browser APIs');
  });

  it('fails lint on an import cycle, type-only imports included', () => {
    const { status, output } = lintProject({
      'lib/risk/a.ts': "import type { B } from './b';\n\nexport type A = { b: B };\n",
      'lib/risk/b.ts': "import type { A } from './a';\n\nexport type B = { a: A };\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('noImportCycles');
  });

  it('passes an import down the layers', () => {
    const { status, output } = lintProject({
      'lib/core/risk-level.ts': "export const RISK_LEVELS = ['none'] as const;\n",
      'lib/authz/forward.ts':
        "import { RISK_LEVELS } from '../core/risk-level';\n\nexport const PROBE = RISK_LEVELS;\n",
    });
    expect(output).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });
});
