import { describe, expect, it } from 'vitest';
import { lookalikeProvider, visualSkeleton, withinOneEdit } from '../../../lib/authz/lookalike';

describe('lookalike hosts', () => {
  it.each([
    ['accounts.googie.com', 'google'],
    ['login.microsoftoniine.com', 'microsoft'],
    ['login-microsoftonline.z13.web.core.windows.net', 'microsoft'],
    ['xn--micrsoft-qbh.com', 'microsoft'],
    ['secure-dropbox-files.example.net', 'dropbox'],
    ['githuub.io', 'github'],
  ])('%s imitates %s', (host, provider) => {
    expect(lookalikeProvider(host)).toBe(provider);
  });

  it.each([
    'login.microsoftonline.com',
    'accounts.google.com',
    'stack.example.com',
    'auth.slick.io',
    'sso.contoso.com',
    'login.gitlab.com',
    'acme.my.salesforce-sites.com',
    'autologon.microsoftazuread-sso.com',
  ])('%s imitates nobody', (host) => {
    expect(lookalikeProvider(host)).toBeNull();
  });

  it('measures one slip exactly', () => {
    expect(withinOneEdit('google', 'googie')).toBe(true);
    expect(withinOneEdit('google', 'gogole')).toBe(true);
    expect(withinOneEdit('google', 'gooogle')).toBe(true);
    expect(withinOneEdit('github', 'gitlab')).toBe(false);
    expect(withinOneEdit('google', 'google')).toBe(true);
    expect(withinOneEdit('google', 'gogle')).toBe(true);
    expect(withinOneEdit('google', 'goog')).toBe(false);
  });

  it('reads a host as the Latin letters it looks like', () => {
    // Punycode is read as Unicode, accents and confusable letters as the letter they imitate.
    expect(visualSkeleton('xn--micrsoft-qbh')).toBe('microsoft');
    expect(visualSkeleton('g\u043e\u043egle')).toBe('google');
    expect(visualSkeleton('g0ogle')).toBe('google');
    // Letter pairs that render as one, and separators, are folded away.
    expect(visualSkeleton('Rn-icro.soft')).toBe('microsoft');
    expect(visualSkeleton('github')).toBe('github');
  });
});

describe('providers served on their customers’ own domains (Okta)', () => {
  it('a registered name wearing the brand, or the provider’s whole domain as subdomains, imitates it', () => {
    expect(lookalikeProvider('contoso-okta.com')).toBe('okta');
    expect(lookalikeProvider('contoso.okta.com.sso-login.net')).toBe('okta');
    expect(lookalikeProvider('login.microsoftonline.com.example-sso.net')).toBe('microsoft');
  });

  it('an organisation’s own subdomain named after it does not', () => {
    expect(lookalikeProvider('okta.contoso.com')).toBeNull();
    expect(lookalikeProvider('login.contoso.com')).toBeNull();
    expect(lookalikeProvider('contoso.okta.com')).toBeNull();
  });
});

describe('brands inside ordinary words and on free hosting', () => {
  it('a short brand counts as a word of its own, or joined to a sign-in word', () => {
    expect(lookalikeProvider('okta-sso.com')).toBe('okta');
    expect(lookalikeProvider('oktalogin.net')).toBe('okta');
    expect(lookalikeProvider('slack-login.com')).toBe('slack');
    // Hungarian "oktatás" (education), a document archive: the brand's letters inside another word.
    expect(lookalikeProvider('sso.oktatas.hu')).toBeNull();
    expect(lookalikeProvider('sso.doktar.com')).toBeNull();
  });

  it('on free hosting, only the site’s own labels can imitate (the host’s name is the host’s)', () => {
    expect(lookalikeProvider('ccmsdev01.microsoftcrmportals.com')).toBeNull();
    expect(lookalikeProvider('microsoft-login.microsoftcrmportals.com')).toBe('microsoft');
  });

  it('a provider’s own other sites imitate nobody', () => {
    expect(lookalikeProvider('auth.githubnext.com')).toBeNull();
    expect(lookalikeProvider('login.dropboxforum.com')).toBeNull();
  });
});
