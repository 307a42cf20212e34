import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePath } from '../../../lib/authz/normalise-path';

describe('normalisePath', () => {
  it('gives one spelling for the ways servers accept a path', () => {
    expect(normalisePath('/Common//OAuth2/V2.0/Authorize/')).toBe('/common/oauth2/v2.0/authorize');
    expect(normalisePath('\\common\\oauth2\\authorize')).toBe('/common/oauth2/authorize');
    expect(normalisePath('/oauth2;jsessionid=1/authorize')).toBe('/oauth2/authorize');
    expect(normalisePath('/%61uthorize')).toBe('/authorize');
  });

  it('decodes until nothing is left to decode', () => {
    expect(normalisePath('/%2561uthorize')).toBe('/authorize');
    expect(normalisePath('/a%252Fb')).toBe('/a/b');
  });

  it('keeps the root, and gives the root for an empty path', () => {
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('')).toBe('/');
    expect(normalisePath('///')).toBe('/');
  });

  it('never throws on a broken escape', () => {
    expect(() => normalisePath('/%E0%A4%A')).not.toThrow();
    expect(normalisePath('/%zz')).toBe('/%zz');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (path) => {
        const once = normalisePath(path);
        expect(normalisePath(once)).toBe(once);
      }),
      { numRuns: 10_000 },
    );
  });
});
