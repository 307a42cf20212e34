import { canonicalScope, findEntry, hasCatalogue } from '../scopes/lookup-scope';
import { type CustomEndpoint, matchCustomEndpoint } from './custom-endpoints';
import { normaliseHost, registrableDomain } from './host';
import { lookalikeProvider } from './lookalike';
import { MICROSOFT_FIRST_PARTY_APPS } from './microsoft-first-party-apps';
import { normalisePath } from './normalise-path';
import {
  type EndpointMatch,
  isProviderHost,
  matchProviderEndpoint,
  matchSelfHostedEndpoint,
} from './provider-endpoints';
import { classifyRedirect } from './redirect-target';
import { claimToParam, decodeRequestObject } from './request-object';
import {
  addFormBody,
  allParams,
  type FormBody,
  firstParam,
  parseParamText,
  type RequestParams,
} from './request-params';
import { dedupeScopes, splitScopes } from './split-scopes';
import type { AuthorizationRequest, ProviderId, RequestFlag } from './types';

/** Longer inputs are not authorization requests anyone can follow; refusing them keeps parsing bounded. */
const MAX_URL_LENGTH = 128 * 1024;
/** Sign-in pages that carry the real request in a parameter; nesting deeper than this is not followed. */
const MAX_NESTING = 2;
const NESTED_REQUEST_PARAMS = ['continue', 'followup'] as const;
/** Parameters whose copies must agree; a second copy is a sign of evasion. */
const SINGLE_VALUE_PARAMS = ['client_id', 'scope', 'user_scope', 'redirect_uri', 'response_type', 'resource', 'prompt'];
/**
 * Providers where a request without scopes still grants something: what the
 * app registered (Microsoft, Zoom, Dropbox, Bitbucket, Salesforce) or what
 * was granted before (GitHub). At self-hosted servers it grants the defaults.
 */
const OMITTED_SCOPE_HIDES: ReadonlySet<ProviderId> = new Set([
  'microsoft',
  'google',
  'github',
  'slack',
  'atlassian',
  'salesforce',
  'dropbox',
  'zoom',
]);
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

  const endpoint = matchProviderEndpoint(host, path) ?? matchCustomEndpoint(host, path, options.customEndpoints);
  if (endpoint?.kind === 'device-code') return deviceCodePage(endpoint, host);

  const providerHost = endpoint !== null || isProviderHost(host);
  // Ordinary browsing leaves here: no provider host, and nothing in the query
  // that could name a client.
  if (!providerHost && body === undefined && !mayNameClient(url.search) && matchSelfHostedEndpoint(path) === null) {
    return null;
  }

  const params = parseParamText(url.search);
  const flags = new Set<RequestFlag>();
  if (body !== undefined) {
    addFormBody(params, body);
    flags.add('post-body');
  }

  if (endpoint === null && providerHost && depth < MAX_NESTING) {
    const nested = nestedRequest(params, body, depth, options);
    if (nested) return nested;
  }

  applyRequestObject(params, flags);
  const match = endpoint ?? recogniseWithoutKnownEndpoint(host, path, params);
  if (match === null) return null;
  // An OAuth request on a host imitating a provider: a phishing proxy in front of the real consent screen.
  if (endpoint === null && lookalikeProvider(host) !== null) flags.add('lookalike-host');
  const clientIds = distinct(
    allParams(params, 'client_id')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );
  if (clientIds.length === 0 && !flags.has('par') && !params.has('request_uri')) return null;
  return buildRequest(match, host, params, clientIds, flags);
}

function mayNameClient(search: string): boolean {
  if (search.length < 2) return false;
  const lower = search.toLowerCase();
  return lower.includes('client') || lower.includes('%');
}

function deviceCodePage(endpoint: EndpointMatch, host: string): AuthorizationRequest {
  return emptyRequest(endpoint.provider, 'device-code', host, endpoint.tenant);
}

function nestedRequest(
  params: RequestParams,
  body: FormBody | undefined,
  depth: number,
  options: ParseOptions,
): AuthorizationRequest | null {
  for (const name of NESTED_REQUEST_PARAMS) {
    for (const value of allParams(params, name)) {
      const nested = parseAt(value, undefined, depth + 1, options);
      if (nested) {
        if (body !== undefined) nested.flags.push('post-body');
        nested.flags.push('nested-request');
        return nested;
      }
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
  if (selfHosted) return selfHosted;
  const hasClient = params.has('client_id');
  const looksLikeOAuth =
    hasClient &&
    (params.has('request_uri') ||
      (params.has('redirect_uri') && (params.has('response_type') || params.has('request'))));
  if (!looksLikeOAuth) return null;
  // A provider's own host on another path is no consent screen. A host
  // imitating a provider is never that provider: it is a generic server,
  // flagged as a lookalike (see the caller).
  if (isProviderHost(host)) return null;
  return { provider: 'generic', kind: 'authorize', tenant: registrableDomain(host) };
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

  request.responseType = firstParam(params, 'response_type');
  if (request.responseType?.split(/\s+/).includes('token')) flags.add('implicit-flow');
  request.prompt = firstParam(params, 'prompt')?.toLowerCase() ?? null;
  if (request.prompt?.split(/\s+/).includes('admin_consent')) request.kind = 'admin-consent';
  if (request.prompt?.split(/\s+/).includes('consent')) flags.add('forced-consent');
  request.loginHint = firstParam(params, 'login_hint');

  request.redirectUri = firstParam(params, 'redirect_uri');
  const redirect = classifyRedirect(request.redirectUri);
  request.redirectHost = redirect.host;
  if (redirect.localhost) flags.add('redirect-localhost');
  if (redirect.freeHosting) flags.add('redirect-free-hosting');
  if (
    match.provider === 'microsoft' &&
    redirect.localhost &&
    clientIds.some((id) => MICROSOFT_FIRST_PARTY_APPS.has(id.toLowerCase()))
  ) {
    flags.add('first-party-localhost');
  }

  readScopes(request, match, params, flags);
  if (
    request.prompt === 'none' &&
    hasCatalogue(request.provider) &&
    (request.scopes ?? []).some((scope) => findEntry(request.provider, scope) === undefined)
  ) {
    flags.add('silent-error-redirect');
  }
  request.flags = [...flags];
  return request;
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

  const scopes = main.scopes.map((s) => canonicalScope(provider, s));
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
  if (all.length === 0) {
    request.scopes = null;
    if (!flags.has('par') && OMITTED_SCOPE_HIDES.has(provider)) flags.add('scope-omitted');
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
    flags: [],
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
