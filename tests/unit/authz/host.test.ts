import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalHost, normaliseHost, registrableDomain, siteOf } from '../../../lib/authz/host';

describe('normaliseHost', () => {
  it('makes one host of every case and trailing-dot spelling', () => {
    expect(normaliseHost('LOGIN.MicrosoftOnline.COM')).toBe('login.microsoftonline.com');
    expect(normaliseHost('login.microsoftonline.com.')).toBe('login.microsoftonline.com');
    expect(normaliseHost('login.microsoftonline.com...')).toBe('login.microsoftonline.com');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.domain(), fc.string({ maxLength: 3 }), (domain, tail) => {
        const once = normaliseHost(domain + tail);
        expect(normaliseHost(once)).toBe(once);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('siteOf (Public Suffix List)', () => {
  it('uses the real suffix list, not a two-label guess', () => {
    expect(siteOf('login.evil.co.uk').registrableDomain).toBe('evil.co.uk');
    expect(siteOf('a.b.example.com.au').registrableDomain).toBe('example.com.au');
    expect(registrableDomain('x.login.microsoftonline.com')).toBe('microsoftonline.com');
  });

  it('names the shared-hosting suffix a host sits under, and the labels before it', () => {
    expect(siteOf('a.b.github.io')).toEqual({
      registrableDomain: 'github.io',
      sharedHostingSuffix: 'github.io',
      ownLabels: ['a', 'b'],
    });
    expect(siteOf('login-microsoftonline.z13.web.core.windows.net').sharedHostingSuffix).toBe('web.core.windows.net');
    expect(siteOf('login.microsoftonline.com')).toEqual({
      registrableDomain: 'microsoftonline.com',
      sharedHostingSuffix: null,
      ownLabels: ['login', 'microsoftonline'],
    });
  });

  it('takes an IP address or a bare name as its own domain, without throwing', () => {
    expect(siteOf('127.0.0.1').registrableDomain).toBe('127.0.0.1');
    expect(siteOf('localhost')).toMatchObject({ registrableDomain: 'localhost', sharedHostingSuffix: null });
    expect(() => siteOf('')).not.toThrow();
  });
});

describe('isLocalHost', () => {
  it.each(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0.0.0.0'])(
    '%s is this computer',
    (host) => {
      expect(isLocalHost(host)).toBe(true);
    },
  );

  it.each(['localhost.example.com', '128.0.0.1', '10.0.0.1', 'mylocalhost', 'example.com'])('%s is not', (host) => {
    expect(isLocalHost(host)).toBe(false);
  });
});
