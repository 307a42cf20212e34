import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { fillApprovalUrl } from '../../../lib/interception/approval-url';
import { ms } from '../policy/helpers';

const request = parseAuthorizationRequest(ms('Mail.Read openid')) as AuthorizationRequest;

describe('the approval URL', () => {
  it('fills in the provider, the app, the scopes and the user, each encoded', () => {
    expect(
      fillApprovalUrl(
        'https://it.example.com/req?p={provider}&app={clientId}&s={scopes}&u={user}',
        request,
        'ann@contoso.com',
      ),
    ).toBe('https://it.example.com/req?p=microsoft&app=app-1&s=Mail.Read%20openid&u=ann%40contoso.com');
  });

  it('leaves an unknown user empty, and a template without placeholders as it is', () => {
    expect(fillApprovalUrl('https://it.example.com/req?u={user}', request, null)).toBe('https://it.example.com/req?u=');
    expect(fillApprovalUrl('https://it.example.com/form', request, null)).toBe('https://it.example.com/form');
  });

  it('never lets a value break out of its place in the URL', () => {
    const sneaky = { ...request, clientId: 'x&redirect=https://evil.example/#' };
    const url = fillApprovalUrl('https://it.example.com/req?app={clientId}', sneaky, null) as string;
    expect(new URL(url).searchParams.get('app')).toBe('x&redirect=https://evil.example/#');
    expect(new URL(url).searchParams.has('redirect')).toBe(false);
  });

  it('gives null for anything but an https URL', () => {
    expect(fillApprovalUrl('http://it.example.com/req', request, null)).toBeNull();
    expect(fillApprovalUrl('javascript:alert({clientId})', request, null)).toBeNull();
    expect(fillApprovalUrl('{provider}', request, null)).toBeNull();
  });
});
