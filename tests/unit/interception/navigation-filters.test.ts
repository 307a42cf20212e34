import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { PROVIDER_HOSTS } from '../../../lib/authz/provider-endpoints';
import { heardByWebRequest, navigationFilters, type UrlFilter } from '../../../lib/interception/navigation-filters';
import { ADVERSARIAL_CORPUS } from '../../fixtures/adversarial/corpus';
import { LURES } from '../../fixtures/real-traffic/lures';

/** Chromium's webNavigation URL filter, as documented (all conditions of one filter must hold). */
function matchesFilter(url: URL, filter: UrlFilter): boolean {
  const host = url.hostname;
  const withoutFragment = url.href.replace(/#.*$/, '');
  if (filter.hostEquals !== undefined && host !== filter.hostEquals) return false;
  if (filter.hostSuffix !== undefined && !host.endsWith(filter.hostSuffix)) return false;
  if (filter.queryContains !== undefined && !url.search.slice(1).includes(filter.queryContains)) return false;
  if (filter.pathSuffix !== undefined && !url.pathname.endsWith(filter.pathSuffix)) return false;
  if (filter.urlMatches !== undefined) {
    const caseless = filter.urlMatches.startsWith('(?i)');
    const source = caseless ? filter.urlMatches.slice(4) : filter.urlMatches;
    if (!new RegExp(source, caseless ? 'i' : '').test(withoutFragment)) return false;
  }
  return true;
}

/** Whether the service worker hears of a navigation to this URL at all (Chromium). */
function wakesWorker(href: string): boolean {
  const url = new URL(href);
  return heardByWebRequest(href) || navigationFilters(true).some((f) => matchesFilter(url, f));
}

describe('the navigation filters and the engine agree', () => {
  const recognised = [
    ...LURES.map((c) => c.url),
    ...ADVERSARIAL_CORPUS.filter((c) => !c.body).map((c) => c.url),
  ].filter((url) => parseAuthorizationRequest(url) !== null);

  it('wakes the worker for every request the engine recognises', () => {
    expect(recognised.length).toBeGreaterThan(100);
    const missed = recognised.filter((url) => !wakesWorker(url));
    expect(missed).toEqual([]);
  });

  it('wakes it for a client id named in any spelling on any host', () => {
    for (const name of ['client_id', 'CLIENT_ID', 'client%5Fid', '%63lient_id', 'Client_Id'])
      expect(wakesWorker(`https://sso.example.net/authorize?${name}=x&redirect_uri=y&response_type=code`), name).toBe(
        true,
      );
  });

  it('does not wake it for ordinary browsing', () => {
    for (const url of [
      'https://www.google.com/search?q=consent',
      'https://github.com/someone/project/pull/12',
      'https://acme.my.salesforce.com/lightning/r/Account/001/view',
      'https://news.example.com/article?id=4',
      'https://www.microsoft.com/en-us/microsoft-365',
    ])
      expect(wakesWorker(url), url).toBe(false);
  });
});

describe('which listener hears a URL', () => {
  it('leaves provider pages to webRequest, and the rest to the navigation listener', () => {
    expect(heardByWebRequest('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a')).toBe(true);
    expect(heardByWebRequest('https://acme.okta.com/oauth2/v1/authorize?client_id=a')).toBe(true);
    expect(heardByWebRequest('https://www.google.com/device')).toBe(true);
    expect(heardByWebRequest('https://www.google.com/search?q=device')).toBe(false);
    expect(heardByWebRequest('https://d-123.awsapps.com/start/#/device')).toBe(false);
    expect(heardByWebRequest('https://sso.example.net/authorize?client_id=a')).toBe(false);
  });
});

describe('the provider hosts packed into a few filters', () => {
  /** The rule the filters pack: a provider host, and a flow word in the URL or one of the host's request paths. */
  const FLOW_WORD =
    /(auth|device|consent|\.srf|\/link|\/start|installations|activate|setup\/connect|continue=|return_to=|redir=|cont=|starturl=|next=|%[0-9a-f]{2})/i;
  function ruleWakes(url: URL): boolean {
    return PROVIDER_HOSTS.some((entry) => {
      const onHost =
        entry.hosts.includes(url.hostname) || (entry.suffixes ?? []).some((suffix) => url.hostname.endsWith(suffix));
      if (!onHost) return false;
      const paths = entry.requestPaths?.length ? entry.requestPaths : null;
      if (paths === null) return FLOW_WORD.test(url.href.replace(/#.*$/, ''));
      const rest = url.href.replace(/#.*$/, '').replace(/^https?:\/\/[^/?#]+/, '');
      return paths.some((path) =>
        new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`, 'i').test(rest),
      );
    });
  }

  it('wakes the worker wherever the rule does, with a port, a user name or any case', () => {
    const tails = [
      '/',
      '/x',
      '/oauth2/v2.0/authorize?x=1',
      '/login?return_to=%2F',
      '/Consent/Update',
      '/x?continue=1',
      '/1/authorize?key=k',
    ];
    const checked: string[] = [];
    for (const entry of PROVIDER_HOSTS) {
      const hosts = [...entry.hosts, ...(entry.suffixes ?? []).map((suffix) => `acme${suffix}`)];
      const paths = (entry.requestPaths ?? []).map((path) => path.replace(/\*/g, 'x'));
      for (const host of hosts)
        for (const tail of [...tails, ...paths])
          for (const prefix of [
            `https://${host}`,
            `https://${host}:443`,
            `https://someone@${host}`,
            `https://${host.toUpperCase()}`,
          ]) {
            const url = new URL(`${prefix}${tail}`);
            if (!ruleWakes(url)) continue;
            checked.push(url.href);
            expect(wakesWorker(url.href), url.href).toBe(true);
          }
    }
    expect(checked.length).toBeGreaterThan(200);
  });

  it('are few: registering them is part of a stopped worker’s start', () => {
    expect(navigationFilters(true).length).toBeLessThanOrEqual(30);
  });
});
