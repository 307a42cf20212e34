import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../../lib/policy/read-policy';

/** docs/admin/examples/: the example policies the admin documentation offers to copy stay valid. */
const EXAMPLES = readdirSync('docs/admin/examples').filter((name) => name.endsWith('.json'));

describe('example policies', () => {
  it('are there', () => {
    expect(EXAMPLES).toEqual(
      expect.arrayContaining(['strict-bank.json', 'relaxed-startup.json', 'audit-rollout.json']),
    );
  });

  it.each(EXAMPLES)('%s reads without an error', (name) => {
    expect(readPolicy(JSON.parse(readFileSync(`docs/admin/examples/${name}`, 'utf8'))).errors).toEqual([]);
  });
});
