import type { ProviderId } from '../core/provider-id';
import {
  firstPartyAppName,
  honoursSilentPrompt,
  normaliseClientId,
  PROVIDER_PROFILES,
  providerProfile,
  serviceAt,
} from '../providers';
import type { ParameterDialect } from '../providers/provider-profile';
import { canonicalScope } from '../scopes/lookup-scope';
import { isDeviceCodePage, mayNameClient } from './client-param';
import { type CustomEndpoint, matchCustomEndpoint } from './custom-endpoints';
import { normaliseHost, registrableDomain, siteOf } from './host';
import { lookalikeProvider } from './lookalike';
import { normalisePath } from './normalise-path';
import { firstPartyOwner, ownerOf } from './ownership';
import {
  type EndpointMatch,
  isProviderHost,
  matchProviderEndpoint,
  matchSelfHostedEndpoint,
  matchWrapper,
} from './provider-endpoints';
import { classifyRedirect } from './redirect-target';
import { claimToParam, decodeRequestObject } from './request-object';
import {
  addFormBody,
  addParam,
  allParams,
  type FormBody,
  firstParam,
  parseParamText,
  type RequestParams,
  spelledExactly,
} from './request-params';
import { isInvalidScope } from './scope-validity';
import { dedupeScopes, splitScopes } from './split-scopes';
import type { AuthorizationRequest, RequestFlag } from './types';

const GENERIC_DEVICE_PAGE: EndpointMatch = { provider: 'generic', kind: 'device-code', tenant: null };

/** Longer inputs are not authorization requests anyone can follow; refusing them keeps parsing bounded. */
const MAX_URL_LENGTH = 128 * 1024;
/** Sign-in pages that carry the real request in a parameter; nesting deeper than this is not followed. */
const MAX_NESTING = 2;
/**
 * Parameters in which sign-in pages of any provider host carry the page they
 * lead to; the providers' own wrappers (`lib/providers/`) name theirs. A value
 * counts only if it is itself an authorization request, so reading more of
 * them can only make the guard see more.
 */
const NESTED_REQUEST_PARAMS = ['continue', 'followup', 'return_to', 'redir', 'next', 'cont', 'starturl', 'returl'];
/** Parameters whose copies must agree; a second copy is a sign of evasion. */
const SINGLE_VALUE_PARAMS = ['client_id', 'scope', 'user_scope', 'redirect_uri', 'response_type', 'resource', 'prompt'];
const GRAPH_RESOURCE =
  /^(?:https?:\/\/)?(?:graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn|graph\.microsoft\.de|00000003-0000-0000-c000-000000000000)\/*$/i;

/**
 * Recognises an authorization request (or a device-code sign-in page) and
 * says exactly what it asks for, in one normalised shape. Returns null for
 * anything else. Never throws: every input, however malformed, gets an answer.
 *
 * @param body the form of a POST authorization request, raw or as Chrome's webRequest splits it
 */
export function parseAuthorizationRequest(
  url: string,
  body?: FormBody,
  options: ParseOptions = NO_OPTIONS,
): AuthorizationRequest | null {
  try {
    return parseAt(url, body, 0, options);
  } catch {
    // A parser bug must not become a crash in the browser's navigation path;
    // the property tests exist to make sure this line is never reached.
    return null;
  }
}

export interface ParseOptions {
  /** The organisation's own identity servers, from its policy. */
  customEndpoints?: readonly CustomEndpoint[];
}
const NO_OPTIONS: ParseOptions = {};

function parseAt(
  input: string,
  body: FormBody | undefined,
  depth: number,
  options: ParseOptions,
): AuthorizationRequest | null {
  if (typeof input !== 'string' || input.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = normaliseHost(url.hostname);
  const path = normalisePath(url.pathname);

  const endpoint =
    matchProviderEndpoint(host, path, url.hash.toLowerCase()) ??
    matchCustomEndpoint(host, path, options.customEndpoints) ??
    selfHostedPage(path) ??
    (isDeviceCodePage(url.pathname + url.search) ? GENERIC_DEVICE_PAGE : null);
  if (endpoint?.kind === 'device-code') return deviceCodePage(endpoint, host);
  if (endpoint?.kind === 'app-install') return appInstallPage(endpoint, host);

  const providerHost = endpoint !== null || isProviderHost(host);
  // Ordinary browsing leaves here: no provider host, and nothing in the query
  // that could name a client.
  if (
    !providerHost &&
    body === undefined &&
    !mayNameClient(url.search) &&
    matchSelfHostedEndpoint(path) === null &&
    endpoint === null
  ) {
    return null;
  }

  const params = parseParamText(url.search);
  const flags = new Set<RequestFlag>();
  if (body !== undefined) {
    addFormBody(params, body);
    flags.add('post-body');
  }
  if (endpoint?.dialect) readDialect(params, endpoint.dialect);

  // A provider's sign-in page that carries the request in its own query (Google's identifier and account-chooser
  // pages repeat the client, scopes and redirect while `continue` points to a consent step without them).
  const wrapper = endpoint === null && providerHost ? matchWrapper(host, path) : null;
  const wrapping =
    wrapper && carriesOwnRequest(params)
      ? { provider: wrapper.provider, kind: 'authorize' as const, tenant: null }
      : null;
  if (endpoint === null && wrapping === null && providerHost && depth < MAX_NESTING) {
    const nested = nestedRequest(url, host, path, params, body, depth, options);
    if (nested) return nested;
  }
  if (wrapping) flags.add('nested-request');

  applyRequestObject(params, flags);
  const match = endpoint ?? wrapping ?? recogniseWithoutKnownEndpoint(host, path, params);
  if (match === null) return null;
  const clientIds = distinct(
    allParams(params, 'client_id')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );
  if (clientIds.length === 0 && !flags.has('par') && !params.has('request_uri')) return null;
  if (endpoint === null && wrapping === null) flagForeignHost(host, path, match, clientIds, params, flags);
  return buildRequest(match, host, params, clientIds, flags);
}

/** An endpoint's own names for the OAuth fields, read as the standard ones (where those are not given too). */
function readDialect(params: RequestParams, dialect: ParameterDialect): void {
  for (const [name, standard] of Object.entries(dialect.names)) {
    if (params.has(standard)) continue;
    for (const value of allParams(params, name)) addParam(params, standard, value);
  }
}

/**
 * A provider that organisations serve on their own domain (Okta's custom URL
 * domain), with its own app answering to that same host: the organisation's
 * sign-in. A proxy replaying a provider's sign-in answers to the provider's
 * site, or is caught by the other checks.
 */
function servedOnOwnCustomDomain(provider: ProviderId, host: string, params: RequestParams): boolean {
  if (!providerProfile(provider)?.customDomains) return false;
  return classifyRedirect(firstParam(params, 'redirect_uri')).host === host;
}

/** The provider whose own, unmistakable path this is (see `proxiedPaths` in the profiles), or null. */
function proxiedProvider(path: string): ProviderId | null {
  for (const profile of PROVIDER_PROFILES) if (profile.proxiedPaths?.some((p) => p.test(path))) return profile.id;
  return null;
}

function hasValue(params: RequestParams, name: string): boolean {
  return (firstParam(params, name) ?? '').trim() !== '';
}

/** The page's own query names a client and what it asks (scope or response type). */
function carriesOwnRequest(params: RequestParams): boolean {
  return params.has('client_id') && (params.has('scope') || params.has('response_type'));
}

/**
 * An OAuth request on a host no provider owns: a host imitating a provider
 * (a phishing proxy in front of the real consent screen), a provider's own
 * app id served from a foreign host (a proxy replaying a real sign-in), or a
 * page on shared hosting (anyone can publish there).
 */
function flagForeignHost(
  host: string,
  path: string,
  match: EndpointMatch,
  clientIds: readonly string[],
  params: RequestParams,
  flags: Set<RequestFlag>,
): void {
  // An organisation's own server accepted under its conventional name (`github.contoso.com`) imitates nobody.
  if (match.provider === 'generic' && lookalikeProvider(host) !== null) flags.add('lookalike-host');
  if (match.provider === 'generic' && proxiedProvider(path) !== null) flags.add('provider-path-foreign-host');
  const hostOwner = ownerOf(host);
  const owners = clientIds
    .map(firstPartyOwner)
    .filter((owner): owner is ProviderId => owner !== null && owner !== hostOwner);
  if (owners.some((owner) => !servedOnOwnCustomDomain(owner, host, params))) flags.add('foreign-host-first-party');
  if (siteOf(host).sharedHostingSuffix !== null) flags.add('shared-hosting-host');
}

function deviceCodePage(endpoint: EndpointMatch, host: string): AuthorizationRequest {
  return emptyRequest(endpoint.provider, 'device-code', host, endpoint.tenant);
}

/**
 * Pages of self-hosted servers that need no client id to be recognised on
 * any host: device-code pages (Keycloak's `/realms/X/device`) and app
 * installations (GitHub Enterprise Server).
 */
function selfHostedPage(path: string): EndpointMatch | null {
  const match = matchSelfHostedEndpoint(path);
  return match !== null && match.kind !== 'authorize' ? match : null;
}

/** An app installation page (GitHub Apps): the app is named by the path, its permissions are set by the app. */
function appInstallPage(endpoint: EndpointMatch, host: string): AuthorizationRequest {
  const request = emptyRequest(endpoint.provider, 'app-install', host, endpoint.tenant);
  if (endpoint.clientId) {
    request.clientId = endpoint.clientId;
    request.clientIds = [endpoint.clientId];
  }
  return request;
}

function nestedRequest(
  url: URL,
  host: string,
  path: string,
  params: RequestParams,
  body: FormBody | undefined,
  depth: number,
  options: ParseOptions,
): AuthorizationRequest | null {
  const names = [...(matchWrapper(host, path)?.params ?? []), ...NESTED_REQUEST_PARAMS];
  for (const name of names) {
    for (const value of allParams(params, name)) {
      const target = resolveOnSameHost(value.trim(), url);
      if (target === null) continue;
      const nested = parseAt(target, undefined, depth + 1, options);
      if (nested) {
        if (body !== undefined) nested.flags.push('post-body');
        nested.flags.push('nested-request');
        return nested;
      }
    }
  }
  return null;
}

/**
 * A wrapped page as the browser would open it: a whole URL as it is, a path
 * (`/login/oauth/authorize?…`) on the wrapping page's own origin. A
 * scheme-relative `//host/…` is taken as the browser would take it.
 */
function resolveOnSameHost(value: string, base: URL): string | null {
  if (value === '') return null;
  if (/^https?:/i.test(value)) return value;
  if (value.startsWith('/')) {
    try {
      return new URL(value, base.origin).href;
    } catch {
      return null;
    }
  }
  return null;
}

/** A JAR request object's claims are the real parameters: they go first, so they win. */
function applyRequestObject(params: RequestParams, flags: Set<RequestFlag>): void {
  if (params.has('request_uri')) flags.add('par');
  const token = firstParam(params, 'request');
  if (token === null) return;
  const claims = decodeRequestObject(token);
  if (claims === null) {
    flags.add('unreadable-request-object');
    return;
  }
  flags.add('request-object');
  for (const [name, value] of Object.entries(claims)) {
    const text = claimToParam(value);
    if (text === null) continue;
    const key = name.toLowerCase();
    params.set(key, [text, ...(params.get(key) ?? [])]);
  }
}

function recogniseWithoutKnownEndpoint(host: string, path: string, params: RequestParams): EndpointMatch | null {
  const selfHosted = matchSelfHostedEndpoint(path);
  // A self-hosted server's path on a host imitating a provider is no self-hosted server: a lookalike. The
  // conventional name of one's own server (`github.contoso.com` for GitHub Enterprise Server) is not imitation.
  if (selfHosted && lookalikeProvider(host) !== null && !conventionalServerName(host, selfHosted))
    return { provider: 'generic', kind: 'authorize', tenant: registrableDomain(host) };
  if (selfHosted) return selfHosted;
  const hasClient = params.has('client_id');
  const looksLikeOAuth =
    hasClient &&
    (params.has('request_uri') ||
      (params.has('redirect_uri') &&
        (params.has('response_type') || params.has('request') || hasValue(params, 'scope'))) ||
      // A registered default redirect (Heroku, many servers): a response type and scopes, both given, say it all.
      (hasValue(params, 'response_type') && hasValue(params, 'scope')));
  if (!looksLikeOAuth) return null;
  // A provider's own host on another path is no consent screen. A host
  // imitating a provider is never that provider: it is a generic server,
  // flagged as a lookalike (see the caller).
  if (isProviderHost(host)) return null;
  return { provider: 'generic', kind: 'authorize', tenant: registrableDomain(host) };
}

/**
 * `github.contoso.com`: the provider's brand as the first label of the
 * organisation's own domain, and nowhere else (`github.com.evil.example`
 * spells the provider's own domain: imitation).
 */
function conventionalServerName(host: string, match: EndpointMatch): boolean {
  const profile = providerProfile(match.provider);
  const [first, ...rest] = host.split('.');
  return (
    profile !== undefined &&
    rest.length >= 2 &&
    profile.brands.includes(first ?? '') &&
    !profile.ownedDomains.some((domain) => host.includes(`${domain}.`)) &&
    lookalikeProvider(rest.join('.')) === null
  );
}

function buildRequest(
  match: EndpointMatch,
  host: string,
  params: RequestParams,
  clientIds: string[],
  flags: Set<RequestFlag>,
): AuthorizationRequest {
  const request = emptyRequest(
    match.provider,
    match.kind,
    host,
    match.tenant ?? tenantFromParams(match.provider, host, params),
  );
  request.clientIds = clientIds;
  request.clientId = clientIds[0] ?? null;
  if (clientIds.length > 1) flags.add('conflicting-client-ids');
  if (SINGLE_VALUE_PARAMS.some((name) => distinct(allParams(params, name)).length > 1))
    flags.add('duplicate-parameters');

  request.appName = firstPartyAppName(match.provider, request.clientId) ?? null;
  request.responseType = firstParam(params, 'response_type');
  if (request.responseType?.split(/\s+/).includes('token')) flags.add('implicit-flow');
  request.prompt = firstParam(params, 'prompt')?.toLowerCase() ?? null;
  const prompts = request.prompt?.split(/\s+/) ?? [];
  if (prompts.includes('admin_consent')) request.kind = 'admin-consent';
  if (prompts.includes('consent')) flags.add('forced-consent');
  // `prompt=none` alone: the provider answers without showing any screen (OpenID Connect Core 1.0, 3.1.2.1),
  // where it honours `prompt` at all. It lets a request pass unread, so it counts only as the provider reads it:
  // spelled exactly (names and values are case-sensitive there), in a request that is not ambiguous.
  const silentParam = providerProfile(match.provider)?.silentParam;
  const asksSilence =
    (firstParam(params, 'prompt') === 'none' &&
      spelledExactly(params, 'prompt') &&
      honoursSilentPrompt(match.provider)) ||
    (silentParam !== undefined &&
      allParams(params, silentParam.name).length === 1 &&
      firstParam(params, silentParam.name) === silentParam.value &&
      spelledExactly(params, silentParam.name));
  if (asksSilence && !flags.has('duplicate-parameters') && !flags.has('conflicting-client-ids')) flags.add('silent');
  if (firstParam(params, 'include_granted_scopes')?.toLowerCase() === 'true') flags.add('incremental');
  if (match.microsoftV1 && request.kind === 'authorize') flags.add('static-consent');
  request.loginHint = firstParam(params, 'login_hint');

  request.redirectUri = firstParam(params, 'redirect_uri');
  const redirect = classifyRedirect(request.redirectUri, firstParam(params, 'state'));
  request.redirectHost = redirect.host;
  if (redirect.localhost) flags.add('redirect-localhost');
  if (redirect.nativeClient) flags.add('redirect-native-client');
  if (redirect.freeHosting) flags.add('redirect-free-hosting');
  flagFirstParty(request, clientIds, redirect, flags);

  readScopes(request, match, params, flags);
  // Silent, and built to fail: an error redirect to whatever the app registered, by design (Microsoft, March 2026:
  // an invalid scope, a redirect on hosting anyone can publish to, the victim's address carried in `state`).
  if (
    flags.has('silent') &&
    ((request.scopes ?? []).some((scope) => isInvalidScope(request.provider, scope)) ||
      redirect.freeHosting ||
      carriesEmailAddress(firstParam(params, 'state')))
  ) {
    flags.add('silent-error-redirect');
  }
  request.flags = [...flags];
  return request;
}

/**
 * A provider's own app (every client id of the request is one): answering to
 * the provider's own site it is a sign-in; answering to a loopback address,
 * the native-client page or `oob` it is a command-line sign-in, or the
 * ConsentFix lure when a web page started it (the caller knows which).
 */
function flagFirstParty(
  request: AuthorizationRequest,
  clientIds: readonly string[],
  redirect: ReturnType<typeof classifyRedirect>,
  flags: Set<RequestFlag>,
): void {
  if (clientIds.length === 0) return;
  const toolClients = providerProfile(request.provider)?.toolClientsRegisterOnTheFly === true;
  if (!toolClients && !clientIds.every((id) => firstPartyAppName(request.provider, id) !== undefined)) return;
  // A private-use scheme (`ms-appx-web://…BrokerPlugin`, `x-github-desktop-auth://`) hands the answer to a
  // native app (RFC 8252, 7.1): where the browser cannot open it, the code stays on screen to be copied.
  const nativeApp =
    request.redirectUri !== null &&
    /^[a-z][a-z0-9+.-]*:/i.test(request.redirectUri) &&
    !/^(?:https?|urn|storagerelay):/i.test(request.redirectUri);
  if (redirect.localhost || redirect.nativeClient || redirect.relaysToApp || nativeApp) {
    flags.add('first-party-localhost');
    if (redirect.nativeClient && providerProfile(request.provider)?.commandLineCopiesCode !== true)
      flags.add('code-to-copy');
    return;
  }
  // A tool's client registered on the fly is nobody's own app anywhere else.
  if (toolClients) return;
  // Without a redirect URI the provider answers to one the app registered: its own (Teams' and Outlook's web
  // sign-ins, GitHub Desktop's, leave it out). Which one is the provider's secret; see docs/engine.md.
  const answerHost = redirect.host;
  if (answerHost === null) {
    flags.add('first-party');
    return;
  }
  const profile = providerProfile(request.provider);
  const answersHome =
    (profile?.firstPartyAnswerHosts?.get(normaliseClientId(request.clientId ?? '')) ?? []).includes(answerHost) ||
    ownerOf(answerHost) === request.provider ||
    (profile?.customDomains === true && answerHost === request.host);
  if (answersHome) flags.add('first-party');
}

function readScopes(
  request: AuthorizationRequest,
  match: EndpointMatch,
  params: RequestParams,
  flags: Set<RequestFlag>,
): void {
  const provider = request.provider;
  const main = splitScopes(allParams(params, 'scope'));
  const user =
    provider === 'slack' ? splitScopes(allParams(params, 'user_scope')) : { scopes: [], doubleEncoded: false };
  if (main.doubleEncoded || user.doubleEncoded) flags.add('double-encoded');

  const prefix = match.dialect?.scopePrefix ?? '';
  const scopes = main.scopes.map((s) => canonicalScope(provider, `${prefix}${s}`));
  const offline = match.dialect?.offlineWhen;
  if (offline && firstParam(params, offline.param)?.toLowerCase() === offline.value) flags.add('offline-access');
  request.userScopes = dedupeScopes(user.scopes.map((s) => canonicalScope(provider, s)));

  const resource = firstParam(params, 'resource');
  if (provider === 'microsoft' && resource !== null && resource.trim() !== '') {
    request.resource = resource.trim();
    flags.add('resource-only');
    scopes.push(defaultScopeOf(request.resource));
  } else if (provider === 'microsoft' && match.microsoftV1 && match.kind === 'admin-consent') {
    // v1 admin consent grants everything the app registered, for the whole tenant.
    scopes.push('.default');
  }

  const accessType = firstParam(params, provider === 'dropbox' ? 'token_access_type' : 'access_type');
  if (accessType?.toLowerCase() === 'offline') flags.add('offline-access');

  const all = dedupeScopes([...scopes, ...request.userScopes]);
  if (all.some((s) => s === '.default' || s.toLowerCase().endsWith('/.default'))) flags.add('default-scope');
  const service = provider === 'generic' ? serviceAt(request.host) : undefined;
  if (all.some((s) => service?.everythingScopes?.includes(s.toLowerCase()))) flags.add('default-scope');
  if (all.length === 0) {
    request.scopes = null;
    // What a request without scopes means is the provider's: see `omittedScope` in its profile (or the service's).
    const hides =
      providerProfile(provider)?.omittedScope === 'hides-access' || service?.omittedScopeHidesAccess === true;
    if (!flags.has('par') && hides) flags.add('scope-omitted');
  } else {
    request.scopes = all;
  }
}

/** A v1 `resource` asks for everything the app registered for it: the same as `/.default`. */
function defaultScopeOf(resource: string): string {
  if (GRAPH_RESOURCE.test(resource)) return '.default';
  // Separators cannot be part of one scope: a resource that holds them yields one token, not several.
  const trimmed = resource.replace(/[\s,]+/g, '').replace(/\/+$/, '');
  return `${/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`}/.default`;
}

function tenantFromParams(provider: ProviderId, host: string, params: RequestParams): string | null {
  switch (provider) {
    case 'google':
      return firstParam(params, 'hd');
    case 'slack':
      return (
        firstParam(params, 'team') ??
        (host.endsWith('.slack.com') && host !== 'app.slack.com' ? host.slice(0, -'.slack.com'.length) : null)
      );
    case 'salesforce':
      // login. and test. are open to every org; a My Domain host names one.
      return host === 'login.salesforce.com' || host === 'test.salesforce.com' ? null : host;
    case 'okta':
    case 'auth0':
      return host;
    default:
      return null;
  }
}

function emptyRequest(
  provider: ProviderId,
  kind: AuthorizationRequest['kind'],
  host: string,
  tenant: string | null,
): AuthorizationRequest {
  return {
    provider,
    kind,
    host,
    tenant,
    clientId: null,
    clientIds: [],
    scopes: null,
    userScopes: [],
    resource: null,
    redirectUri: null,
    redirectHost: null,
    responseType: null,
    prompt: null,
    loginHint: null,
    appName: null,
    flags: [],
  };
}

const EMAIL = /^[^\s@]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** `state` holding an e-mail address, as is, in Base64 or in hex: the campaigns' way to pre-fill their phishing page. */
function carriesEmailAddress(state: string | null): boolean {
  if (state === null || state.length > 512) return false;
  const text = state.trim();
  if (EMAIL.test(text)) return true;
  const decoded = [decodeBase64(text), /^(?:[0-9a-f]{2})+$/i.test(text) ? decodeHex(text) : null];
  return decoded.some((value) => value !== null && EMAIL.test(value.trim()));
}

function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

function decodeHex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 2) out += String.fromCharCode(Number.parseInt(text.slice(i, i + 2), 16));
  return out;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
