import { describe, expect, it } from 'vitest';
import { claimToParam, decodeRequestObject } from '../../../lib/authz/request-object';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64url');

describe('decodeRequestObject', () => {
  it('reads the claims of a signed request object without checking the signature', () => {
    const claims = { client_id: 'real-app', scope: 'Mail.Send', redirect_uri: 'https://x.example/' };
    expect(decodeRequestObject(`${b64('{"alg":"RS256"}')}.${b64(JSON.stringify(claims))}.c2ln`)).toEqual(claims);
    // An unsigned one (alg none) has an empty signature.
    expect(decodeRequestObject(`e30.${b64('{"scope":"openid"}')}.`)).toEqual({ scope: 'openid' });
  });

  it('gives null for what it cannot read: an encrypted JWE, bad base64, bad UTF-8, not an object', () => {
    expect(decodeRequestObject('a.b.c.d.e')).toBeNull();
    expect(decodeRequestObject('h.!!!.s')).toBeNull();
    expect(decodeRequestObject(`h.${b64(Buffer.from([0xff, 0xfe]))}.s`)).toBeNull();
    expect(decodeRequestObject(`h.${b64('[1,2]')}.s`)).toBeNull();
    expect(decodeRequestObject(`h.${b64('null')}.s`)).toBeNull();
    expect(decodeRequestObject('not a token')).toBeNull();
  });
});

describe('claimToParam', () => {
  it('gives a claim as the text a query parameter would carry', () => {
    expect(claimToParam('openid')).toBe('openid');
    expect(claimToParam(3)).toBe('3');
    expect(claimToParam(true)).toBe('true');
    expect(claimToParam(['openid', 'Mail.Read'])).toBe('openid Mail.Read');
    expect(claimToParam({ userinfo: { email: null } })).toBe('{"userinfo":{"email":null}}');
    expect(claimToParam([1, 2])).toBe('[1,2]');
    expect(claimToParam(null)).toBeNull();
    expect(claimToParam(undefined)).toBeNull();
  });
});
