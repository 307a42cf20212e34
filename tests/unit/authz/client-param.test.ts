import { describe, expect, it } from 'vitest';
import { isDeviceCodePage, mayNameClient, SELF_HOSTED_DEVICE_PATH_SOURCE } from '../../../lib/authz/client-param';

describe('mayNameClient', () => {
  it.each(['?client_id=a', '?CLIENT=a', '?appclientid=1', '?%63lient_id=a', '?x=1&Client_Id=2'])(
    '%s may name a client',
    (search) => {
      expect(mayNameClient(search)).toBe(true);
    },
  );

  it.each(['', '?', '?q=client', '?id=1&ref=mail'])('%s does not', (search) => {
    expect(mayNameClient(search)).toBe(false);
  });
});

describe('device-code pages on any host', () => {
  it('recognises a verification page with its code filled in', () => {
    expect(isDeviceCodePage('/device?user_code=WDJB-MJHT')).toBe(true);
    expect(isDeviceCodePage('/activate?user_code=ABCD')).toBe(true);
    expect(isDeviceCodePage('/device?code=ABCD')).toBe(true);
    expect(isDeviceCodePage('/device/verify?x=1&user_code=1')).toBe(true);
  });

  it('an account-activation link is not one (Zoom e-mails link to /activate?code=)', () => {
    expect(isDeviceCodePage('/activate?code=AbCdEf123&fr=signup')).toBe(false);
  });

  it('needs the code: a bare device page or another page with a code is not one', () => {
    expect(isDeviceCodePage('/device')).toBe(false);
    expect(isDeviceCodePage('/login?user_code=1')).toBe(false);
  });

  it('recognises a Keycloak realm’s device page, and not the pages below it', () => {
    const pattern = new RegExp(SELF_HOSTED_DEVICE_PATH_SOURCE);
    expect(pattern.test('https://sso.example.com/realms/staff/device')).toBe(true);
    expect(pattern.test('https://sso.example.com/realms/staff/device?x=1')).toBe(true);
    expect(pattern.test('https://sso.example.com/realms/staff/device/more')).toBe(false);
  });
});
