import { registrableDomain } from './host';
import { hostToUnicode } from './punycode';
import type { ProviderId } from './types';

/** Registrable domains each provider really owns: a host under one of these is never a lookalike. */
const OWNED_DOMAINS: ReadonlySet<string> = new Set([
  'microsoftonline.com', 'microsoftonline.us', 'microsoftonline.cn', 'chinacloudapi.cn', 'microsoft.com',
  'microsoft.us', 'live.com', 'windows.net', 'office.com', 'office365.com', 'outlook.com', 'aka.ms',
  'google.com', 'googleapis.com', 'googleusercontent.com', 'gstatic.com', 'github.com', 'githubusercontent.com',
  'slack.com', 'atlassian.com', 'atlassian.net', 'bitbucket.org', 'salesforce.com', 'force.com', 'site.com',
  'dropbox.com', 'zoom.us', 'zoomgov.com', 'okta.com', 'oktapreview.com', 'okta-emea.com', 'auth0.com',
]);

/** Brand names (as their letters' skeletons) that phishing hosts imitate, longest first. */
const BRANDS: ReadonlyArray<readonly [string, ProviderId]> = [
  ['microsoftonline', 'microsoft'],
  ['salesforce', 'salesforce'],
  ['atlassian', 'atlassian'],
  ['microsoft', 'microsoft'],
  ['dropbox', 'dropbox'],
  ['google', 'google'],
  ['github', 'github'],
  ['office365', 'microsoft'],
  ['slack', 'slack'],
];

/** Letters that render (nearly) alike, mapped to the Latin letter they imitate. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  'а': 'a', 'ɑ': 'a', 'α': 'a', 'в': 'b', 'с': 'c', 'ϲ': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'є': 'e', 'ɡ': 'g',
  'һ': 'h', 'і': 'i', 'ı': 'i', 'ј': 'j', 'к': 'k', 'ӏ': 'l', 'ⅼ': 'l', 'м': 'm', 'п': 'n', 'о': 'o', 'ο': 'o',
  'σ': 'o', 'р': 'p', 'ρ': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't', 'υ': 'u', 'ս': 'u', 'ν': 'v', 'ѡ': 'w',
  'х': 'x', 'у': 'y', 'ү': 'y', 'ᴢ': 'z', 'ß': 'ss', '0': 'o', '1': 'l', '3': 'e', '5': 's', '!': 'i', '|': 'l',
};

/** The host reduced to the Latin letters it looks like, without separators. */
export function visualSkeleton(host: string): string {
  const unicode = hostToUnicode(host).normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase();
  let out = '';
  for (const ch of unicode) {
    if (ch === '.' || ch === '-' || ch === '_') continue;
    out += CONFUSABLES[ch] ?? ch;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('cl', 'd');
}

/**
 * The provider a host imitates, or null. A lookalike is never treated as the
 * real provider: the caller uses this only to say what the host pretends to be.
 */
export function lookalikeProvider(host: string): ProviderId | null {
  if (OWNED_DOMAINS.has(registrableDomain(host))) return null;
  const skeleton = visualSkeleton(host);
  for (const [brand, provider] of BRANDS) {
    if (skeleton.includes(visualSkeleton(brand))) return provider;
  }
  return null;
}
