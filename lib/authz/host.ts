import { parse } from 'tldts';

/** Lower case, no trailing dots: `LOGIN.microsoftonline.com.` and `login.microsoftonline.com` are one host. */
export function normaliseHost(hostname: string): string {
  let host = hostname.toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

export interface Site {
  /** The name an organisation registers under ICANN rules (`evil.co.uk`, `windows.net`). */
  registrableDomain: string;
  /**
   * The suffix of the Public Suffix List's private section the host sits under
   * (`web.core.windows.net`, `github.io`), or null: a shared-hosting space
   * where anyone can publish, whoever runs the suffix.
   */
  sharedHostingSuffix: string | null;
  /** The labels before the public suffix (private suffixes counted), where a lookalike puts its brand. */
  ownLabels: string[];
}

/**
 * Where a host sits in the Public Suffix List (through `tldts`, which ships
 * the list): its registrable domain and whether it is shared hosting.
 * Never throws; an IP address or a bare name is its own domain.
 */
export function siteOf(host: string): Site {
  const withPrivate = parse(host, { allowPrivateDomains: true });
  const icann = withPrivate.isPrivate ? parse(host, { allowPrivateDomains: false }) : withPrivate;
  const registrable = icann.domain ?? host;
  const suffix = withPrivate.publicSuffix ?? '';
  const own = suffix !== '' && host.endsWith(`.${suffix}`) ? host.slice(0, -suffix.length - 1) : host;
  return {
    registrableDomain: registrable,
    sharedHostingSuffix: withPrivate.isPrivate ? suffix : null,
    ownLabels: own === '' ? [] : own.split('.'),
  };
}

/** The name an organisation registers (`evil.co.uk`, `microsoftonline.com`), by the Public Suffix List's ICANN rules. */
export function registrableDomain(host: string): string {
  return siteOf(host).registrableDomain;
}

export function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    host === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0'
  );
}

/**
 * Hosting where anyone can publish a page in minutes and that the Public
 * Suffix List does not list as shared: a consent answer sent there goes to
 * whoever made the page, not to a vetted company. (Shared-hosting suffixes
 * the list does know, `github.io`, `web.app`, `azurewebsites.net` and
 * hundreds more, are recognised through it.)
 */
const FREE_HOSTING_DOMAINS: ReadonlySet<string> = new Set([
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'herokuapp.com',
  'glitch.me',
  'repl.co',
  'replit.app',
  'onrender.com',
  'trycloudflare.com',
  '000webhostapp.com',
  'wixsite.com',
  'weebly.com',
  'loca.lt',
  'serveo.net',
  'surge.sh',
  'fly.dev',
  'railway.app',
  'pythonanywhere.com',
  'codesandbox.io',
  'csb.app',
  'deno.dev',
  'infinityfreeapp.com',
  'godaddysites.com',
  'webflow.io',
  'gitlab.io',
  'powerappsportals.com',
  'microsoftcrmportals.com',
  'blogspot.com',
]);

/** A domain on that list (`FREE_HOSTING_DOMAINS`): its subdomains are other people's sites. */
export function isFreeHostingDomain(domain: string): boolean {
  return FREE_HOSTING_DOMAINS.has(domain);
}
