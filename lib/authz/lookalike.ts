import { toUnicode } from 'punycode/punycode.es6.js';
import type { ProviderId } from '../core/provider-id';
import { PROVIDER_PROFILES } from '../providers';
import { isFreeHostingDomain, siteOf } from './host';
import { ownerOf } from './ownership';


/**
 * Brands this long or longer also catch a one-letter slip (`googie`,
 * `microsoftonIine`); shorter ones would catch ordinary words (`slack`/`stack`).
 */
const MIN_BRAND_FOR_TYPO = 6;

/** Letters that render (nearly) alike, mapped to the Latin letter they imitate. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  'а': 'a', 'ɑ': 'a', 'α': 'a', 'в': 'b', 'с': 'c', 'ϲ': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'є': 'e', 'ɡ': 'g',
  'һ': 'h', 'і': 'i', 'ı': 'i', 'ј': 'j', 'к': 'k', 'ӏ': 'l', 'ⅼ': 'l', 'м': 'm', 'п': 'n', 'о': 'o', 'ο': 'o',
  'σ': 'o', 'р': 'p', 'ρ': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't', 'υ': 'u', 'ս': 'u', 'ν': 'v', 'ѡ': 'w',
  'х': 'x', 'у': 'y', 'ү': 'y', 'ᴢ': 'z', 'ß': 'ss', '0': 'o', '1': 'l', '3': 'e', '5': 's', '!': 'i', '|': 'l',
};

/**
 * Brand names that phishing hosts imitate, as their letters' skeletons,
 * longest first. A provider whose customers serve it on their own domains
 * (Okta: `okta.contoso.com`) has its brand looked for in the registered name
 * only (`contoso-okta.com`), never in an organisation's own subdomain.
 */
const BRANDS: ReadonlyArray<{
  skeleton: string;
  provider: ProviderId;
  halves: readonly [string, string];
  registeredNameOnly: boolean;
}> = PROVIDER_PROFILES.flatMap((profile) =>
  profile.brands.map((brand) => {
    const skeleton = visualSkeleton(brand);
    const middle = Math.floor(skeleton.length / 2);
    return {
      skeleton,
      provider: profile.id,
      halves: [skeleton.slice(0, middle), skeleton.slice(middle)] as const,
      registeredNameOnly: profile.customDomains === true,
    };
  }),
).sort((a, b) => b.skeleton.length - a.skeleton.length);

/** Every provider's own domains, as label sequences: one inside a foreign host is a phishing proxy's disguise. */
const OWNED_DOMAINS: ReadonlyArray<{ domain: string; provider: ProviderId }> = PROVIDER_PROFILES.flatMap((profile) =>
  profile.ownedDomains.map((domain) => ({ domain, provider: profile.id })),
);

/** A host (or label) in Unicode: browsers give `xn--` labels; invalid Punycode stays as it is. */
function unicodeOf(text: string): string {
  try {
    return toUnicode(text);
  } catch {
    return text;
  }
}

/** The text reduced to the Latin letters it looks like, without separators. */
export function visualSkeleton(text: string): string {
  const unicode = unicodeOf(text).normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase();
  let out = '';
  for (const ch of unicode) {
    if (ch === '.' || ch === '-' || ch === '_') continue;
    out += CONFUSABLES[ch] ?? ch;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('cl', 'd');
}

/**
 * The provider a host imitates, or null: a host the provider does not own
 * (Public Suffix List, see `ownerOf`) whose labels spell a brand, contain it,
 * or miss it by one letter. A lookalike is never treated as the real
 * provider: callers use this only to say what the host pretends to be.
 */
export function lookalikeProvider(host: string): ProviderId | null {
  const known = LOOKALIKE_CACHE.get(host);
  if (known !== undefined) return known;
  const found = findImitatedProvider(host);
  // Hosts repeat all day: remember the last few hundred answers (a Map keeps insertion order, so the oldest goes first).
  if (LOOKALIKE_CACHE.size >= LOOKALIKE_CACHE_SIZE) LOOKALIKE_CACHE.delete(LOOKALIKE_CACHE.keys().next().value as string);
  LOOKALIKE_CACHE.set(host, found);
  return found;
}

const LOOKALIKE_CACHE_SIZE = 512;
const LOOKALIKE_CACHE = new Map<string, ProviderId | null>();

function findImitatedProvider(host: string): ProviderId | null {
  if (ownerOf(host) !== null) return null;
  // `contoso.okta.com.sso-login.net`: a provider's whole domain worn as subdomains.
  for (const { domain, provider } of OWNED_DOMAINS)
    if (host.startsWith(`${domain}.`) || host.includes(`.${domain}.`)) return provider;
  const site = siteOf(host);
  // On free hosting the registered name is the host's (`microsoftcrmportals.com`), the labels before it the site's.
  const ownLabels = isFreeHostingDomain(site.registrableDomain) ? site.ownLabels.slice(0, -1) : site.ownLabels;
  const allLabels = ownLabels.map(visualSkeleton);
  for (const { skeleton, provider, halves, registeredNameOnly } of BRANDS) {
    const raw = registeredNameOnly ? ownLabels.slice(-1) : ownLabels;
    // A short brand hides inside ordinary words (`okta` in Hungarian `oktatas`): it counts as a word of its own,
    // or joined to a sign-in word (`oktasso`, `loginslack`).
    if (skeleton.length < MIN_BRAND_FOR_TYPO) {
      if (raw.some((label) => shortBrandIn(label, skeleton))) return provider;
      continue;
    }
    const labels = registeredNameOnly ? allLabels.slice(-1) : allLabels;
    if (labels.join('').includes(skeleton)) return provider;
    for (const label of labels) {
      // One slip leaves one half of the brand intact: a label holding neither half cannot be within one edit.
      if (!label.includes(halves[0]) && !label.includes(halves[1])) continue;
      for (const part of [label, ...splitAround(label, skeleton.length)])
        if (withinOneEdit(part, skeleton)) return provider;
    }
  }
  return null;
}

/** Words a phishing host joins to a short brand (`okta-sso`, `oktalogin`, `slack-signin`). */
const SIGN_IN_WORDS: ReadonlySet<string> = new Set([
  'sso', 'login', 'logon', 'signin', 'signon', 'auth', 'oauth', 'id', 'idp', 'secure', 'verify', 'verification',
  'account', 'accounts', 'portal', 'mfa', 'access', 'support', 'help', 'admin', 'app', 'apps', 'web', 'online',
]);

/** A short brand as a word of this label (between `-`, `_` or the label's ends), alone or with a sign-in word. */
function shortBrandIn(label: string, skeleton: string): boolean {
  for (const word of label.split(/[-_]+/)) {
    const letters = visualSkeleton(word);
    if (letters === skeleton) return true;
    if (letters.startsWith(skeleton) && SIGN_IN_WORDS.has(letters.slice(skeleton.length))) return true;
    if (letters.endsWith(skeleton) && SIGN_IN_WORDS.has(letters.slice(0, -skeleton.length))) return true;
  }
  return false;
}

/** The windows of a label one letter shorter, as long, or one longer than the brand: where a misspelt brand can hide. */
function splitAround(label: string, length: number): string[] {
  const parts: string[] = [];
  for (const size of [length - 1, length, length + 1]) {
    if (size <= 0 || size >= label.length) continue;
    for (let i = 0; i + size <= label.length; i++) parts.push(label.slice(i, i + size));
  }
  return parts;
}

/** Damerau–Levenshtein distance ≤ 1: one letter changed, added, dropped, or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
