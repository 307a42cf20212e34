import { describe, expect, it } from 'vitest';
import { isInvalidScope } from '../../../lib/authz/scope-validity';

describe('scopes a provider will certainly refuse (silent error-redirect abuse)', () => {
  it('at Microsoft: a bare name that is no permission’s shape', () => {
    expect(isInvalidScope('microsoft', 'invalidscope')).toBe(true);
    expect(isInvalidScope('microsoft', 'nonexistent.scope')).toBe(true);
  });

  it('never an ordinary renewal’s scope: OpenID, catalogue, permission-shaped, resource-qualified or custom API', () => {
    for (const scope of [
      'openid',
      'offline_access',
      'Mail.Read',
      'Widgets.ReadWrite.All',
      'https://graph.microsoft.com/Mail.Read',
      'api://contoso-api/access_as_user',
      'urn:contoso:api',
    ])
      expect(isInvalidScope('microsoft', scope), scope).toBe(false);
  });

  it('at Google: anything but a googleapis.com scope URL or an OpenID name', () => {
    expect(isInvalidScope('google', 'drive')).toBe(true);
    expect(isInvalidScope('google', 'https://www.googleapis.com/auth/anything.new')).toBe(false);
    expect(isInvalidScope('google', 'email')).toBe(false);
  });

  it('elsewhere: never (the guard cannot know what a server accepts)', () => {
    expect(isInvalidScope('github', 'anything-at-all')).toBe(false);
    expect(isInvalidScope('generic', 'x')).toBe(false);
  });
});
