import type { ProviderId } from '../core/provider-id';
import { type RiskLevel, riskRank } from '../core/risk-level';
import { ATLASSIAN_SCOPES } from './catalogue/atlassian';
import { AWS_SCOPES } from './catalogue/aws';
import { BOX_SCOPES } from './catalogue/box';
import { DROPBOX_SCOPES } from './catalogue/dropbox';
import { GITHUB_CONTAINED_SCOPES, GITHUB_SCOPES } from './catalogue/github';
import { GITLAB_SCOPES } from './catalogue/gitlab';
import { GOOGLE_SCOPE_PREFIX, GOOGLE_SCOPES } from './catalogue/google';
import { MICROSOFT_ACCOUNT_SCOPES } from './catalogue/microsoft-account';
import { MICROSOFT_GRAPH_SCOPES, SHAREPOINT_SCOPES } from './catalogue/microsoft-graph';
import {
  MICROSOFT_RESOURCE_SCOPES,
  MICROSOFT_RESOURCES,
  type MicrosoftResource,
} from './catalogue/microsoft-resources';
import { OPENID_SCOPES } from './catalogue/openid';
import { SALESFORCE_SCOPES } from './catalogue/salesforce';
import { SLACK_SCOPES } from './catalogue/slack';
import { ZOOM_SCOPES } from './catalogue/zoom';
import { type CatalogueEntry, indexRows, type ScopeCategory } from './catalogue-entry';
import { levelByNamingRules } from './naming-rules';

/**
 * Everywhere else (servers recognised by their paths or shape): OpenID
 * Connect's scopes, and the scope names of work services that run as such
 * servers (GitLab, self-managed too; Box), which mean the same wherever they appear.
 */
const SELF_HOSTED = indexRows([...OPENID_SCOPES, ...GITLAB_SCOPES, ...BOX_SCOPES]);
/** Microsoft's names that stand alone: Graph's permissions and the personal-account (Live) scopes. */
const GRAPH = indexRows([...OPENID_SCOPES, ...MICROSOFT_GRAPH_SCOPES, ...MICROSOFT_ACCOUNT_SCOPES]);
const SHAREPOINT = indexRows(SHAREPOINT_SCOPES);
const MICROSOFT_RESOURCE_ROWS = indexRows(MICROSOFT_RESOURCE_SCOPES);
const GOOGLE = indexRows([
  ...OPENID_SCOPES,
  ...GOOGLE_SCOPES.map(
    ([scope, ...rest]) => [scope.startsWith('https://') ? scope : GOOGLE_SCOPE_PREFIX + scope, ...rest] as const,
  ),
]);
const BY_PROVIDER: Partial<Record<ProviderId, ReadonlyMap<string, CatalogueEntry>>> = {
  github: indexRows(GITHUB_SCOPES),
  slack: indexRows([...OPENID_SCOPES, ...SLACK_SCOPES]),
  atlassian: indexRows([...OPENID_SCOPES, ...ATLASSIAN_SCOPES]),
  salesforce: indexRows([...OPENID_SCOPES, ...SALESFORCE_SCOPES]),
  dropbox: indexRows([...OPENID_SCOPES, ...DROPBOX_SCOPES]),
  zoom: indexRows([...OPENID_SCOPES, ...ZOOM_SCOPES]),
  aws: indexRows([...OPENID_SCOPES, ...AWS_SCOPES]),
};

/** Providers whose scopes the catalogue covers: an unknown scope there is more suspicious than at a generic server. */
export function hasCatalogue(provider: ProviderId): boolean {
  return provider === 'microsoft' || provider === 'google' || provider in BY_PROVIDER;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const GRAPH_RESOURCE = MICROSOFT_RESOURCES.find((r) => r.id === 'graph') as MicrosoftResource;
const GRAPH_PREFIX = new RegExp(
  `^(?:https?:\\/\\/)?(?:${[GRAPH_RESOURCE.canonical ?? '', ...GRAPH_RESOURCE.aliases, GRAPH_RESOURCE.appId]
    .map(escapeRegex)
    .join('|')})\\/+`,
  'i',
);

/** Every fixed name of the other resources (identifier URIs, application ids), lower case. */
const RESOURCE_BY_NAME = new Map<string, MicrosoftResource>(
  MICROSOFT_RESOURCES.filter((r) => r !== GRAPH_RESOURCE).flatMap((r) =>
    [r.canonical, ...r.aliases, r.appId]
      .filter((n): n is string => n !== null)
      .map((n) => [n.toLowerCase(), r] as const),
  ),
);
/** `<resource>/<permission>`; the longest name first, so a URI with a path wins over a shorter one. */
const FIXED_RESOURCE_SCOPE = new RegExp(
  `^(?:https?:\\/\\/)?(${[...RESOURCE_BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})\\/+([^/].*)$`,
  'i',
);
const TENANT_RESOURCE_SCOPE = /^(?:https?:\/\/)?([a-z0-9.-]+)\/+([^/].*)$/i;

interface ResourceScope {
  resource: MicrosoftResource;
  /** The resource as the guard reports it, without the final slash. */
  prefix: string;
  /** The permission, as written. */
  name: string;
}

/** The resource a scope names, whichever of its spellings is used. */
function resolveResource(scope: string): ResourceScope | null {
  const fixed = FIXED_RESOURCE_SCOPE.exec(scope);
  if (fixed) {
    const written = (fixed[1] as string).toLowerCase();
    const resource = RESOURCE_BY_NAME.get(written) as MicrosoftResource;
    const prefix = resource.canonical === null ? resource.appId : `https://${resource.canonical}`;
    return { resource, prefix, name: fixed[2] as string };
  }
  const tenant = TENANT_RESOURCE_SCOPE.exec(scope);
  if (tenant) {
    const host = (tenant[1] as string).toLowerCase();
    const resource = MICROSOFT_RESOURCES.find((r) => r.tenantHost?.test(host));
    if (resource) return { resource, prefix: `https://${host}`, name: tenant[2] as string };
  }
  return null;
}

function resourceEntry(resource: MicrosoftResource, name: string): CatalogueEntry | undefined {
  const key = name.toLowerCase();
  const own = MICROSOFT_RESOURCE_ROWS.get(`${resource.id}/${key}`);
  if (own) return { ...own, scope: own.scope.slice(resource.id.length + 1) };
  if (key === '.default') return { ...(GRAPH.get('.default') as CatalogueEntry), level: resource.defaultLevel };
  if (resource.names === 'graph') return GRAPH.get(key);
  if (resource.names === 'sharepoint') return SHAREPOINT.get(key);
  return undefined;
}

/**
 * The scope as the guard reports it: Graph permissions lose their resource
 * prefix and take the catalogue's case (`https://graph.microsoft.com/mail.read`
 * is `Mail.Read`); another Microsoft resource is named by its canonical URI
 * whatever spelling was used (`00000002-0000-0ff1-ce00-000000000000/ews.accessasuser.all`
 * is `https://outlook.office365.com/EWS.AccessAsUser.All`); every other
 * provider's scope is kept whole.
 */
export function canonicalScope(provider: ProviderId, scope: string): string {
  if (provider !== 'microsoft') return findEntry(provider, scope)?.scope ?? scope;
  const name = withoutGraphPrefixes(scope);
  const direct = GRAPH.get(name.toLowerCase());
  if (direct) return direct.scope;
  const at = resolveResource(name);
  if (at) return `${at.prefix}/${resourceEntry(at.resource, at.name)?.scope ?? at.name}`;
  return name === '' ? scope : name;
}

/** Every Graph prefix removed, even a repeated one (`https://graph.microsoft.com/https://graph.microsoft.com/Mail.Read`). */
function withoutGraphPrefixes(scope: string): string {
  let current = scope;
  for (let next = current.replace(GRAPH_PREFIX, ''); next !== current; next = current.replace(GRAPH_PREFIX, '')) {
    current = next;
  }
  return current;
}

export function findEntry(provider: ProviderId, scope: string): CatalogueEntry | undefined {
  const key = scope.toLowerCase();
  if (provider === 'microsoft') return findMicrosoftEntry(scope);
  if (provider === 'google') {
    const https = key.startsWith('http://www.googleapis.com/') ? `https${key.slice(4)}` : key;
    // Full-URL scopes are written with and without their final slash (`https://docs.google.com/feeds/`).
    return (
      GOOGLE.get(https) ??
      (https.includes('://') ? GOOGLE.get(https.endsWith('/') ? https.slice(0, -1) : `${https}/`) : undefined)
    );
  }
  return (BY_PROVIDER[provider] ?? SELF_HOSTED).get(key);
}

function findMicrosoftEntry(scope: string): CatalogueEntry | undefined {
  const name = withoutGraphPrefixes(scope);
  const direct = GRAPH.get(name.toLowerCase());
  if (direct) return direct;
  const at = resolveResource(name);
  if (at === null) return undefined;
  const entry = resourceEntry(at.resource, at.name);
  return entry ? { ...entry, scope: `${at.prefix}/${entry.scope}` } : undefined;
}

export interface ScopeInfo extends CatalogueEntry {
  known: boolean;
}

/** What a scope lets an app do: from the catalogue, or from naming rules when the catalogue does not know it. */
export function describeScope(provider: ProviderId, scope: string): ScopeInfo {
  const entry = findEntry(provider, scope);
  if (entry) return { ...entry, known: true };
  const { level, category } = levelByNamingRules(scope, hasCatalogue(provider), provider);
  return {
    scope,
    level,
    category: category as ScopeCategory,
    known: false,
    description: {
      en: `A permission Consent Guard does not know: “${scope}”. Its level is guessed from its name.`,
      fr: `Une permission que Consent Guard ne connaît pas : « ${scope} ». Son niveau est estimé d’après son nom.`,
    },
  };
}

/**
 * Catalogue scopes of a provider at or above a level, as they appear in
 * requests (Graph and personal-account names without prefix, Google scopes
 * whole): what the declarativeNetRequest rules match for risk-based blocking.
 */
export function catalogueScopesAtLeast(provider: ProviderId, level: RiskLevel): string[] {
  const index = provider === 'microsoft' ? GRAPH : provider === 'google' ? GOOGLE : (BY_PROVIDER[provider] ?? null);
  if (index === null) return [];
  const floor = riskRank(level);
  return [...index.values()].filter((entry) => riskRank(entry.level) >= floor).map((entry) => entry.scope);
}

/**
 * A scope that gives the app refresh tokens (`offline_access`, Salesforce's
 * `refresh_token`, Live's `wl.offline_access`…): the catalogue's offline-access
 * category, the one definition the risk, the decision and the warning page use.
 */
export function isOfflineScope(provider: ProviderId, scope: string): boolean {
  return describeScope(provider, scope).category === 'offline-access';
}

/** A Microsoft permission that reads and writes (`Mail.ReadWrite`, `Files.ReadWrite.All`). */
const MICROSOFT_READ_WRITE = /^(.+)\.ReadWrite((?:\.[A-Za-z]+)*)$/;

/**
 * Whether an app holding `held` gets nothing new from `asked` (both as the
 * engine reports them, see `canonicalScope`): the same scope, a scope GitHub
 * documents as contained in it, or at Microsoft the read half of the same
 * read-and-write permission (`Mail.ReadWrite` holds `Mail.Read`; the suffix
 * must be the same: `Mail.Read.Shared` reaches other people's mailboxes).
 */
export function scopeHolds(provider: ProviderId, held: string, asked: string): boolean {
  if (held.toLowerCase() === asked.toLowerCase()) return true;
  if (provider === 'github') return (GITHUB_CONTAINED_SCOPES[held.toLowerCase()] ?? []).includes(asked.toLowerCase());
  if (provider === 'microsoft') {
    const match = MICROSOFT_READ_WRITE.exec(held);
    return match !== null && `${match[1]}.Read${match[2]}`.toLowerCase() === asked.toLowerCase();
  }
  return false;
}
