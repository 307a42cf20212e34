import type { ProviderId } from '../authz/types';
import { type RiskLevel, riskRank } from '../risk/risk-level';
import { ATLASSIAN_SCOPES } from './catalogue/atlassian';
import { DROPBOX_SCOPES } from './catalogue/dropbox';
import { GITHUB_SCOPES } from './catalogue/github';
import { GOOGLE_SCOPE_PREFIX, GOOGLE_SCOPES } from './catalogue/google';
import {
  MICROSOFT_DEFAULT_SCOPE_LEVELS,
  MICROSOFT_GRAPH_SCOPES,
  MICROSOFT_RESOURCE_SCOPES,
  SHAREPOINT_SCOPES,
} from './catalogue/microsoft-graph';
import { OPENID_SCOPES } from './catalogue/openid';
import { SALESFORCE_SCOPES } from './catalogue/salesforce';
import { SLACK_SCOPES } from './catalogue/slack';
import { type CatalogueEntry, indexRows, type ScopeCategory } from './catalogue-entry';
import { levelByNamingRules } from './naming-rules';

const OPENID = indexRows(OPENID_SCOPES);
const GRAPH = indexRows([...OPENID_SCOPES, ...MICROSOFT_GRAPH_SCOPES]);
const SHAREPOINT = indexRows(SHAREPOINT_SCOPES);
const MICROSOFT_RESOURCES = indexRows(MICROSOFT_RESOURCE_SCOPES);
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
};

/** Providers whose scopes the catalogue covers: an unknown scope there is more suspicious than at a generic server. */
export function hasCatalogue(provider: ProviderId): boolean {
  return provider === 'microsoft' || provider === 'google' || provider in BY_PROVIDER;
}

const GRAPH_PREFIX =
  /^(?:https?:\/\/)?(?:graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn|graph\.microsoft\.de|canary\.graph\.microsoft\.com|00000003-0000-0000-c000-000000000000)\/+/i;
const EXCHANGE_RESOURCE =
  /^(?:https?:\/\/)?(outlook\.office\.com|outlook\.office365\.com|00000002-0000-0ff1-ce00-000000000000)\/+(.+)$/i;
const SHAREPOINT_RESOURCE = /^(?:https?:\/\/)?([a-z0-9-]+\.sharepoint\.(?:com|us|cn|de))\/+(.+)$/i;
const OTHER_RESOURCE = /^(?:https?:\/\/)?([^/\s]+)\/+(.+)$/i;

/**
 * The scope as the guard reports it: Graph permissions lose their resource
 * prefix and take the catalogue's case (`https://graph.microsoft.com/mail.read`
 * is `Mail.Read`); every other resource's scope is kept whole.
 */
export function canonicalScope(provider: ProviderId, scope: string): string {
  return findEntry(provider, scope)?.scope ?? stripGraphPrefix(provider, scope);
}

function stripGraphPrefix(provider: ProviderId, scope: string): string {
  if (provider !== 'microsoft') return scope;
  const stripped = withoutGraphPrefixes(scope);
  return stripped === '' ? scope : stripped;
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
    return GOOGLE.get(key.startsWith('http://www.googleapis.com/') ? `https${key.slice(4)}` : key);
  }
  return (BY_PROVIDER[provider] ?? OPENID).get(key);
}

function findMicrosoftEntry(scope: string): CatalogueEntry | undefined {
  const graphName = withoutGraphPrefixes(scope);
  const direct = GRAPH.get(graphName.toLowerCase());
  if (direct) return direct;
  if (graphName !== scope) return undefined;

  const exchange = EXCHANGE_RESOURCE.exec(scope);
  if (exchange) {
    const host = (exchange[1] as string).toLowerCase();
    const inner = GRAPH.get((exchange[2] as string).toLowerCase());
    const resourceHost = host.startsWith('00000002') ? 'outlook.office365.com' : host;
    if (inner)
      return { ...inner, scope: `https://${resourceHost}/${inner.scope}`, level: raiseForDefault(inner, resourceHost) };
    return undefined;
  }
  const sharepoint = SHAREPOINT_RESOURCE.exec(scope);
  if (sharepoint) {
    const host = (sharepoint[1] as string).toLowerCase();
    const name = (sharepoint[2] as string).toLowerCase();
    const inner = SHAREPOINT.get(name) ?? (name === '.default' ? defaultEntry('sharepoint') : undefined);
    return inner ? { ...inner, scope: `https://${host}/${inner.scope}` } : undefined;
  }
  const other = OTHER_RESOURCE.exec(scope);
  if (other) {
    const host = (other[1] as string).toLowerCase();
    const name = other[2] as string;
    const known = MICROSOFT_RESOURCES.get(`${host}/${name}`.toLowerCase());
    if (known) return { ...known, scope: `https://${known.scope}` };
    if (name.toLowerCase() === '.default' && MICROSOFT_DEFAULT_SCOPE_LEVELS.has(host)) {
      const entry = defaultEntry(host);
      return { ...entry, scope: `https://${host}/.default` };
    }
  }
  return undefined;
}

/** `.default` of Exchange is worth more than Graph's: it is the whole mailbox. */
function raiseForDefault(entry: CatalogueEntry, resourceHost: string): CatalogueEntry['level'] {
  if (entry.scope !== '.default') return entry.level;
  return MICROSOFT_DEFAULT_SCOPE_LEVELS.get(resourceHost) ?? entry.level;
}

function defaultEntry(resource: string): CatalogueEntry {
  const graphDefault = GRAPH.get('.default') as CatalogueEntry;
  return { ...graphDefault, level: MICROSOFT_DEFAULT_SCOPE_LEVELS.get(resource) ?? 'high' };
}

export interface ScopeInfo extends CatalogueEntry {
  known: boolean;
}

/** What a scope lets an app do: from the catalogue, or from naming rules when the catalogue does not know it. */
export function describeScope(provider: ProviderId, scope: string): ScopeInfo {
  const entry = findEntry(provider, scope);
  if (entry) return { ...entry, known: true };
  const { level, category } = levelByNamingRules(scope, hasCatalogue(provider));
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
 * requests (Graph names without prefix, Google scopes whole): what the
 * declarativeNetRequest rules match for risk-based blocking.
 */
export function catalogueScopesAtLeast(provider: ProviderId, level: RiskLevel): string[] {
  const index = provider === 'microsoft' ? GRAPH : provider === 'google' ? GOOGLE : (BY_PROVIDER[provider] ?? null);
  if (index === null) return [];
  const floor = riskRank(level);
  return [...index.values()].filter((entry) => riskRank(entry.level) >= floor).map((entry) => entry.scope);
}
