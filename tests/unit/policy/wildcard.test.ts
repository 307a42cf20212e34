import { describe, expect, it } from 'vitest';
import { hasWildcard, PatternSet, wildcardToRegExp } from '../../../lib/policy/wildcard';

describe('wildcard patterns', () => {
  it('* matches any run of characters, whole text only, without case; everything else is literal', () => {
    const pattern = wildcardToRegExp('Mail.*');
    expect(pattern.test('mail.read')).toBe(true);
    expect(pattern.test('Mail.')).toBe(true);
    expect(pattern.test('xMail.Read')).toBe(false);
    expect(wildcardToRegExp('Mail.Read').test('MailxRead')).toBe(false);
    expect(wildcardToRegExp('a+b(c)?').test('a+b(c)?')).toBe(true);
    expect(wildcardToRegExp('a+b(c)?').test('aab')).toBe(false);
    expect(wildcardToRegExp('*').test('')).toBe(true);
  });

  it('says whether a pattern has a wildcard', () => {
    expect(hasWildcard('evil-*')).toBe(true);
    expect(hasWildcard('evil-1')).toBe(false);
  });
});

describe('PatternSet', () => {
  it('matches exact patterns without case, and wildcard ones', () => {
    const set = new PatternSet<string>();
    set.add('App-1', 'exact');
    set.add('evil-*', 'wild');
    expect(set.match('app-1')).toBe('exact');
    expect(set.match('EVIL-42')).toBe('wild');
    expect(set.match('good')).toBeUndefined();
    expect(set.size).toBe(2);
  });

  it('gives the first value added for the same pattern, and the first wildcard that matches', () => {
    const set = new PatternSet<string>();
    set.add('a', 'first');
    set.add('A', 'second');
    set.add('x*', 'x-any');
    set.add('xy*', 'xy-any');
    expect(set.match('a')).toBe('first');
    expect(set.match('xyz')).toBe('x-any');
  });

  it('matches wildcards added after a first match (the combined expression is rebuilt)', () => {
    const set = new PatternSet<number>();
    set.add('a*', 1);
    expect(set.match('b1')).toBeUndefined();
    set.add('b*', 2);
    expect(set.match('b1')).toBe(2);
  });

  it('an empty set matches nothing', () => {
    expect(new PatternSet<number>().match('anything')).toBeUndefined();
  });
});
