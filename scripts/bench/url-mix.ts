import { SAMPLE_REQUESTS } from '../../lib/demo/sample-requests';
import { PROVIDER_REQUESTS } from '../../tests/fixtures/provider-requests';

/** A small deterministic PRNG (mulberry32): the same mix on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTS = [
  'www.example.com',
  'news.example.org',
  'docs.python.org',
  'en.wikipedia.org',
  'github.com',
  'mail.google.com',
  'outlook.office.com',
  'www.youtube.com',
  'stackoverflow.com',
  'app.slack.com',
  'login.microsoftonline.com',
  'accounts.google.com',
  'www.bbc.co.uk',
  'cdn.jsdelivr.net',
  'shop.example.fr',
  'intranet.corp.example',
];
const WORDS = [
  'index',
  'search',
  'article',
  'wiki',
  'api',
  'v2',
  'users',
  'settings',
  'login',
  'static',
  'img',
  'docs',
  'reports',
  'q',
];
const SCOPES = [
  'openid',
  'profile',
  'email',
  'User.Read',
  'Mail.Read',
  'Files.ReadWrite.All',
  'offline_access',
  'repo',
  'read:user',
  'https://www.googleapis.com/auth/drive',
  'channels:history',
  'Sites.Read.All',
];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function ordinaryUrl(rnd: () => number): string {
  const depth = 1 + Math.floor(rnd() * 4);
  const path = Array.from({ length: depth }, () => pick(rnd, WORDS)).join('/');
  const query = rnd() < 0.5 ? `?${pick(rnd, WORDS)}=${Math.floor(rnd() * 1e6)}&utm_source=${pick(rnd, WORDS)}` : '';
  return `https://${pick(rnd, HOSTS)}/${path}${query}`;
}

const AUTH_TEMPLATES = [
  ...PROVIDER_REQUESTS.filter((f) => f.body === undefined).map((f) => f.url),
  ...SAMPLE_REQUESTS.map((s) => s.url),
];

function authorizationUrl(rnd: () => number): string {
  const template = pick(rnd, AUTH_TEMPLATES);
  const url = new URL(template);
  if (url.searchParams.has('client_id'))
    url.searchParams.set('client_id', `app-${Math.floor(rnd() * 1e9).toString(16)}`);
  if (url.searchParams.has('scope') && rnd() < 0.5) {
    url.searchParams.set('scope', Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(rnd, SCOPES)).join(' '));
  }
  url.searchParams.set('state', Math.floor(rnd() * 1e12).toString(36));
  return url.href;
}

/** `count` URLs: 70% ordinary browsing, 30% authorization requests of every provider. */
export function urlMix(count: number, seed = 42): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => (rnd() < 0.3 ? authorizationUrl(rnd) : ordinaryUrl(rnd)));
}
