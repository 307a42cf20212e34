import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { requestKey } from '../../../lib/interception/request-key';

const e = encodeURIComponent;
const key = (query: string, tenant = 'common') =>
  requestKey(
    parseAuthorizationRequest(
      `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?response_type=code&${query}`,
    ) as AuthorizationRequest,
  );
const BASE = `client_id=app-1&redirect_uri=${e('https://app.example.com/cb')}&scope=${e('openid Mail.Read')}`;

describe('the key a continue is bound to', () => {
  it('is the same for the same request, whatever its state, nonce, or scope order and case', () => {
    expect(key(`${BASE}&state=one&nonce=a`)).toBe(key(`${BASE}&state=two&nonce=b`));
    expect(key(BASE)).toBe(
      key(`client_id=app-1&redirect_uri=${e('https://app.example.com/cb')}&scope=${e('mail.read OPENID')}`),
    );
  });

  it('differs for another app, other scopes, another redirect or another tenant', () => {
    const base = key(BASE);
    expect(key(BASE.replace('app-1', 'app-2'))).not.toBe(base);
    expect(key(BASE.replace('Mail.Read', 'Mail.Send'))).not.toBe(base);
    expect(key(BASE.replace('app.example.com', 'evil.example'))).not.toBe(base);
    expect(key(BASE, 'contoso.com')).not.toBe(base);
  });

  it('holds no secret of the request', () => {
    const text = key(`${BASE}&state=S3CRET-STATE&code_challenge=PKCE-SECRET`);
    expect(text).not.toContain('S3CRET-STATE');
    expect(text).not.toContain('PKCE-SECRET');
  });
});
