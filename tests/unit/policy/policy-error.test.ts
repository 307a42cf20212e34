import { describe, expect, it } from 'vitest';
import {
  describeValue,
  editDistance,
  formatPolicyError,
  formatPolicyNote,
  localisedProblem,
  NOTE_TEXTS,
  nearestName,
  noteText,
  PROBLEM_TEXTS,
  policyError,
  policyNote,
  problemText,
} from '../../../lib/policy/policy-error';

const placeholders = (text: string) => [...new Set(text.match(/\{\d\}/g) ?? [])].sort();

describe('policy problems in words', () => {
  it('suggestions need to be near, and unambiguous', () => {
    expect(editDistance('blockedScope', 'blockedScopes')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(nearestName('warnScope', ['warnScopes', 'blockedScopes'])).toBe('warnScopes');
    expect(nearestName('MODE', ['mode'])).toBe('mode');
    expect(nearestName('xyz', ['mode', 'bypass'])).toBeNull();
    expect(nearestName('ab', ['ac', 'ad'])).toBeNull();
  });

  it('every problem and note has its English and French text', () => {
    expect(problemText('range', ['1', '5'], 'fr')).toBe('doit être compris entre 1 et 5');
    expect(noteText('scope-text', ['Mail.Read'], 'fr')).toContain('tout fournisseur');
  });

  it('say every problem and note with the same values in English and French', () => {
    for (const [code, { en, fr }] of Object.entries({ ...PROBLEM_TEXTS, ...NOTE_TEXTS })) {
      expect(placeholders(fr), code).toEqual(placeholders(en));
      expect(fr, code).not.toBe(en);
    }
  });

  it('carry the code and values, so a page says it in its language; older records keep their English', () => {
    const error = policyError('retentionDays', 'range', ['1', '3650'], 99999);
    expect(error).toEqual({
      path: 'retentionDays',
      problem: 'must be between 1 and 3650',
      value: '99999',
      code: 'range',
      params: ['1', '3650'],
    });
    expect(localisedProblem(error, 'fr')).toBe('doit être compris entre 1 et 3650');
    expect(localisedProblem({ path: 'x', problem: 'an old text', value: '1' }, 'fr')).toBe('an old text');
    expect(formatPolicyError(error)).toBe('retentionDays: must be between 1 and 3650 (found 99999)');
    const note = policyNote('blockedScopes[0]', 'scope-text', ['Mail.Read'], 'Mail.Read');
    expect(formatPolicyNote(note)).toBe(
      'blockedScopes[0]: a plain scope: read as {"provider": "*", "scope": "Mail.Read"} (any provider)',
    );
  });

  it('show the value found as JSON, cut at 120 characters, whatever it is', () => {
    expect(describeValue('paranoid')).toBe('"paranoid"');
    expect(describeValue([1, 2])).toBe('[1,2]');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(10n)).toBe('10');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
    const long = describeValue('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('...')).toBe(true);
  });
});

describe('did you mean', () => {
  it('counts edits without case', () => {
    expect(editDistance('Mode', 'mode')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('suggests only a name near enough for its length', () => {
    expect(nearestName('bypas', ['bypass', 'mode'])).toBe('bypass');
    expect(nearestName('modx', ['mode'])).toBe('mode');
    expect(nearestName('mxxx', ['mode'])).toBeNull();
    expect(nearestName('anything', [])).toBeNull();
  });
});
