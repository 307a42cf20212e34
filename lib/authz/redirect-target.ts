import { isLocalHost, normaliseHost, registrableDomain } from './host';

/**
 * Domains where anyone can host a page for free in minutes: a consent answer
 * sent there goes to whoever made the page, not to a vetted company.
 */
const FREE_HOSTING_DOMAINS: ReadonlySet<string> = new Set([
  'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'herokuapp.com', 'azurewebsites.net', 'web.app', 'firebaseapp.com',
  'glitch.me', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev', 'github.io', 'repl.co', 'replit.app',
  'onrender.com', 'trycloudflare.com', 'blogspot.com', '000webhostapp.com', 'wixsite.com', 'weebly.com',
  'loca.lt', 'serveo.net', 'surge.sh', 'fly.dev', 'railway.app', 'appspot.com', 'pythonanywhere.com',
  'codesandbox.io', 'csb.app', 'deno.dev', 'infinityfreeapp.com', 'godaddysites.com', 'webflow.io',
]);

export interface RedirectTarget {
  host: string | null;
  localhost: boolean;
  freeHosting: boolean;
}

/** Where an authorization answer would be sent; never keeps the full URL. */
export function classifyRedirect(redirectUri: string | null): RedirectTarget {
  if (redirectUri === null) return { host: null, localhost: false, freeHosting: false };
  let host: string | null = null;
  try {
    const parsed = new URL(redirectUri.trim());
    host = parsed.hostname === '' ? parsed.protocol.replace(/:$/, '') : normaliseHost(parsed.hostname);
  } catch {
    return { host: null, localhost: false, freeHosting: false };
  }
  return {
    host,
    localhost: isLocalHost(host),
    freeHosting: FREE_HOSTING_DOMAINS.has(registrableDomain(host)) || FREE_HOSTING_DOMAINS.has(host),
  };
}
