import { describe, expect, it } from 'vitest';
import { dedupeScopes, splitScopes } from '../../../lib/authz/split-scopes';

describe('splitScopes', () => {
  it('splits every copy on spaces and commas', () => {
    expect(splitScopes(['openid Mail.Read,Files.Read', '  ', 'repo'])).toEqual({
      scopes: ['openid', 'Mail.Read', 'Files.Read', 'repo'],
      doubleEncoded: false,
    });
  });

  it('splits on a literal + too (%2B in the URL), which Microsoft takes as a separator', () => {
    expect(splitScopes(['openid+offline_access+Mail.ReadWrite']).scopes).toEqual([
      'openid',
      'offline_access',
      'Mail.ReadWrite',
    ]);
  });

  it('decodes a token still encoded, sees the scopes it hides, and says so', () => {
    expect(splitScopes(['openid Mail.Read%2520Files.Read.All'])).toEqual({
      scopes: ['openid', 'Mail.Read', 'Files.Read.All'],
      doubleEncoded: true,
    });
    expect(splitScopes(['a%252Cb']).scopes).toEqual(['a', 'b']);
  });

  it('gives no scope for no text', () => {
    expect(splitScopes([])).toEqual({ scopes: [], doubleEncoded: false });
    expect(splitScopes(['', ' , ']).scopes).toEqual([]);
  });
});

describe('dedupeScopes', () => {
  it('keeps the first spelling of each scope, compared without case', () => {
    expect(dedupeScopes(['Mail.Read', 'openid', 'mail.read', 'OPENID', 'User.Read'])).toEqual([
      'Mail.Read',
      'openid',
      'User.Read',
    ]);
  });
});
