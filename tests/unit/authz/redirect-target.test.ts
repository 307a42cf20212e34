import { describe, expect, it } from 'vitest';
import { classifyRedirect, showsCodeToPerson } from '../../../lib/authz/redirect-target';

describe('classifyRedirect', () => {
  it('says where an answer goes: a host, never the URL', () => {
    expect(classifyRedirect('https://App.Example.com/cb?session=abc')).toEqual({
      host: 'app.example.com',
      localhost: false,
      nativeClient: false,
      relaysToApp: false,
      freeHosting: false,
    });
    expect(classifyRedirect(null).host).toBeNull();
    expect(classifyRedirect('not a url').host).toBeNull();
  });

  it('flags a loopback address', () => {
    expect(classifyRedirect('http://localhost:8400')).toMatchObject({ host: 'localhost', localhost: true });
    expect(classifyRedirect('http://127.0.0.1:53123/')).toMatchObject({ localhost: true });
  });

  it('flags the pages and URIs that leave the code for a person to copy', () => {
    for (const uri of [
      'urn:ietf:wg:oauth:2.0:oob',
      'urn:ietf:wg:oauth:2.0:oob:auto',
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
      'https://login.live.com/oauth20_desktop.srf',
    ])
      expect(classifyRedirect(uri).nativeClient, uri).toBe(true);
  });

  it('flags hosting where anyone publishes, listed or in the Public Suffix List', () => {
    for (const uri of ['https://mail-helper.herokuapp.com/cb', 'https://a.ngrok-free.app/', 'https://x.github.io/cb'])
      expect(classifyRedirect(uri).freeHosting, uri).toBe(true);
    expect(classifyRedirect('https://app.example.com/cb').freeHosting).toBe(false);
  });

  it('follows Google’s pop-up relay to the origin it names', () => {
    expect(classifyRedirect('storagerelay://https/mail-helper.herokuapp.com?id=auth123')).toMatchObject({
      host: 'mail-helper.herokuapp.com',
      freeHosting: true,
    });
  });
});

describe('showsCodeToPerson', () => {
  it('matches the providers’ code display pages, with or without a trailing slash, in any case', () => {
    expect(showsCodeToPerson('login.live.com', '/oauth20_desktop.srf')).toBe(true);
    expect(showsCodeToPerson('login.microsoftonline.com', '/common/oauth2/nativeclient/')).toBe(true);
    expect(showsCodeToPerson('login.microsoftonline.com', '/common/oauth2/NativeClient')).toBe(true);
    expect(showsCodeToPerson('app.example.com', '/cb')).toBe(false);
  });

  it('a relay page hands the code to the app named in state, to its own web page, or shows it', () => {
    const relay = 'https://vscode.dev/redirect';
    expect(classifyRedirect(relay, 'vscode://vscode.github-authentication/did-authenticate')).toMatchObject({
      relaysToApp: true,
      nativeClient: false,
    });
    expect(classifyRedirect(relay, 'http%3A%2F%2F127.0.0.1%3A22396%2Fcallback')).toMatchObject({ relaysToApp: true });
    expect(classifyRedirect(relay, 'https://vscode.dev/callback?x=1')).toMatchObject({
      relaysToApp: false,
      nativeClient: false,
    });
    // Volexity, UTA0352: `state` pointing at the relay itself makes it show the code.
    expect(
      classifyRedirect('https://insiders.vscode.dev/redirect', 'https://insiders.vscode.dev/redirect'),
    ).toMatchObject({
      relaysToApp: false,
      nativeClient: true,
    });
    expect(classifyRedirect('ms-appx-web://Microsoft.AAD.BrokerPlugin/DRS').nativeClient).toBe(true);
  });
});
