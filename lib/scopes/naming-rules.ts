import type { ProviderId } from '../core/provider-id';
import { type RiskLevel, raiseRisk, riskRank } from '../core/risk-level';
import type { ScopeCategory } from './catalogue-entry';

/**
 * Level of a scope the catalogue does not know, from the words in its name.
 * Order matters: the first rule that matches wins, strongest first, so a name
 * with both "read" and "write" counts as write.
 */
const LEVEL_RULES: ReadonlyArray<readonly [RegExp, RiskLevel]> = [
  [
    /full.?control|full.?access|accessasuser|role.?management|permanent.?delete|sudo|superuser|site.?admin/i,
    'critical',
  ],
  [/readwrite\.all|write\.all|\.all\b.*write|manage|admin|delete|send|impersonat|\bfull\b|owner/i, 'high'],
  [/\.all\b|readonly|read_only|write|modify|create|upload|history|export|content/i, 'medium'],
  [/^(openid|profile|email)$|read|view|list|basic|identity|me$/i, 'low'],
];

const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, ScopeCategory]> = [
  [/mail|gmail|smtp|imap|inbox/i, 'mail'],
  // "file", but not inside "profile".
  [/(?<!pro)file|drive|storage|document|folder|sites?\b/i, 'files'],
  [/calendar|event/i, 'calendar'],
  [/contact|people/i, 'contacts'],
  [/chat|message|channel|conversation/i, 'chat'],
  [/admin|role|tenant|organi[sz]ation|policy/i, 'admin'],
  [/user|directory|group|member/i, 'directory'],
  [/repo|code|commit|git/i, 'code'],
  [/offline|refresh/i, 'offline-access'],
];

interface FamilyLevel {
  level: RiskLevel;
  category: ScopeCategory;
}

/**
 * Atlassian's granular scopes, `<action>:<resource>:<product>`
 * (`write:issue:jira`, `delete:page:confluence`, `admin:repository:bitbucket`):
 * a write or a delete changes work data (high); a read of content (issues,
 * pages, comments, attachments...) reads work data (high), any other read at
 * least medium; a change to who may do what (permissions, groups,
 * configuration) is critical, and so is deleting a whole project or space.
 */
const ATLASSIAN_GRANULAR =
  /^(read|readonly|search|write|delete|manage|admin):([a-z0-9][a-z0-9._-]*):(jira|jira-software|jira-service-management|confluence|bitbucket|compass|opsgenie|statuspage|townsquare|jira-align|trello|atlassian-[a-z-]+)$/i;
const ATLASSIAN_CONTENT =
  /^(?:issue|issue-details|issue\.changelog|comment|attachment|page|blogpost|content|content-details|custom-content|whiteboard|database|folder|embed|request|worklog|issue-worklog|repository|pullrequest|snippet|wiki|audit-log|jql|jira-expressions|epic|sprint|message)$/i;
const ATLASSIAN_CONTROL =
  /(?:^|[.-])(?:configuration|permission|permissions|permission-scheme|group|groups|role|roles|workspace|ssh-key|global)(?:$|[.-])/i;

function atlassianGranular(scope: string): FamilyLevel | null {
  const match = ATLASSIAN_GRANULAR.exec(scope);
  if (!match) return null;
  const action = (match[1] as string).toLowerCase();
  const resource = (match[2] as string).toLowerCase();
  const product = (match[3] as string).toLowerCase();
  const category: ScopeCategory = ATLASSIAN_CONTROL.test(resource)
    ? 'admin'
    : /^(?:user|users)(?:[.-]|$)/.test(resource)
      ? 'directory'
      : product === 'bitbucket'
        ? 'code'
        : product === 'confluence'
          ? 'files'
          : 'projects';
  if (action === 'read' || action === 'readonly' || action === 'search') {
    return { level: ATLASSIAN_CONTENT.test(resource) || action === 'search' ? 'high' : 'medium', category };
  }
  if (ATLASSIAN_CONTROL.test(resource)) return { level: 'critical', category };
  if (action === 'delete' && /^(?:project|space|repository|workspace)$/.test(resource)) {
    return { level: 'critical', category };
  }
  return { level: 'high', category };
}

/**
 * Zoom's scopes. Classic: `<resource>:<read|write>[:admin|:master]`
 * (`meeting:read`, `recording:write:admin`); granular:
 * `<service>:<action>:<data>[:admin|:master]` (`meeting:read:meeting`,
 * `cloud_recording:read:list_user_recordings:admin`). What is touched decides
 * the base level: content (recordings, transcripts, summaries, messages, call
 * logs, mail, documents, the token that starts meetings as you) is high to
 * read or write; activity (reports, participants, contacts) is medium to
 * read; who may do what (roles, account, billing, groups) is high to change;
 * any other read is low, any other write medium, a delete high. `:admin`
 * reaches every user of the account (one level up, at least medium for a
 * read and high for a change); `:master` every sub-account (critical).
 */
const ZOOM_SCOPE = /^([a-z][a-z0-9_]*):(read|write|update|delete|create|edit)(?::([a-z0-9_]+))?(?::(admin|master))?$/i;
const ZOOM_CONTENT =
  /recording|transcript|summar|message|imchat|sms|voicemail|call_log|call_history|call_element|(?:^|[:_])mail|whiteboard|docs?\b|document|notes?\b|clip|archiv|zak|poll_result|qa_result|survey_result/i;
const ZOOM_ACTIVITY =
  /meeting|webinar|report|dashboard|audit|participant|registrant|contact|quality|insight|analytics|activit/i;
const ZOOM_CONTROL = /^(?:role|account|billing|group|information_barriers|sso|security|marketplace)/i;
const ZOOM_CATEGORIES: ReadonlyArray<readonly [RegExp, ScopeCategory]> = [
  [/^(?:team_chat|chat_message|chat_channel|imchat|imgroup)/i, 'chat'],
  [/^(?:mail|email)/i, 'mail'],
  [/^calendar/i, 'calendar'],
  [/^contact/i, 'contacts'],
  [/^(?:user|group|role)/i, 'directory'],
  [/^(?:account|billing|report|dashboard|information_barriers|marketplace|sso|security)/i, 'admin'],
  [/^(?:whiteboard|docs)/i, 'files'],
  [/^tasks/i, 'tasks'],
  [/^notes/i, 'notes'],
  [
    /^(?:meeting|webinar|cloud_recording|recording|zoom_rooms?|room|h323|sip_phone|tsp|clips|events?|zoom_events|scheduler|phone|contact_center)/i,
    'meetings',
  ],
];

function zoomScope(scope: string): FamilyLevel | null {
  const match = ZOOM_SCOPE.exec(scope);
  if (!match) return null;
  const service = (match[1] as string).toLowerCase();
  const action = (match[2] as string).toLowerCase();
  const third = (match[3] ?? '').toLowerCase();
  // `meeting:read:admin` is a classic scope: its third part is the reach, not the data.
  const classicReach = third === 'admin' || third === 'master';
  const reach = (match[4] ?? (classicReach ? third : '')).toLowerCase();
  const what = classicReach || third === '' ? service : `${service}:${third}`;
  let level: RiskLevel;
  if (ZOOM_CONTENT.test(what)) level = 'high';
  else if (action === 'delete') level = 'high';
  else if (action === 'read') level = ZOOM_ACTIVITY.test(what) ? 'medium' : 'low';
  else level = ZOOM_CONTROL.test(service) ? 'high' : 'medium';
  if (reach === 'master') level = 'critical';
  else if (reach === 'admin') {
    level = raiseRisk(level);
    const floor: RiskLevel = action === 'read' ? 'medium' : 'high';
    if (riskRank(level) < riskRank(floor)) level = floor;
  }
  let category: ScopeCategory = 'other';
  for (const [pattern, rule] of ZOOM_CATEGORIES) {
    if (pattern.test(service)) {
      category = rule;
      break;
    }
  }
  return { level, category };
}

/**
 * Okta's management API scopes, `okta.<resource>.<read|manage>` (Okta
 * Developer, "OAuth 2.0 scopes for Okta API"): `.self` reaches only the
 * person's own data (low, e.g. the end-user dashboard's `okta.users.read.self`);
 * otherwise they reach the whole organisation: reading its directory, apps,
 * logs or policies is high, managing any of it critical.
 */
const OKTA_SCOPE = /^okta\.([a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)*?)\.(read|manage)(\.self)?$/;

function oktaScope(scope: string): FamilyLevel | null {
  const match = OKTA_SCOPE.exec(scope);
  if (!match) return null;
  const resource = (match[1] as string).toLowerCase();
  const category: ScopeCategory = /^(?:users|groups|userTypes|profileMappings)/i.test(resource)
    ? 'directory'
    : resource === 'logs'
      ? 'other'
      : 'admin';
  if (match[3]) return { level: 'low', category };
  return { level: match[2] === 'manage' ? 'critical' : 'high', category };
}

/**
 * Microsoft personal-account service tickets (`service::<host>::MBI_SSL`):
 * undocumented, each a token for a whole first-party service as you.
 */
const MICROSOFT_SERVICE_TICKET = /^service::[^:\s]+::[a-z_]+$/i;

export function levelByNamingRules(
  scope: string,
  providerHasCatalogue: boolean,
  provider?: ProviderId,
): { level: RiskLevel; category: ScopeCategory } {
  const family =
    atlassianGranular(scope) ??
    (provider === 'zoom' ? zoomScope(scope) : null) ??
    (provider === 'okta' ? oktaScope(scope) : null) ??
    (MICROSOFT_SERVICE_TICKET.test(scope) ? { level: 'high' as const, category: 'other' as const } : null);
  if (family) return family;

  // At a provider whose scopes are catalogued, a name the catalogue lacks is
  // unusual (or invented to look harmless): it starts at medium.
  let level: RiskLevel = providerHasCatalogue ? 'medium' : 'low';
  for (const [pattern, ruleLevel] of LEVEL_RULES) {
    if (pattern.test(scope)) {
      level = ruleLevel;
      break;
    }
  }
  let category: ScopeCategory = 'other';
  for (const [pattern, ruleCategory] of CATEGORY_RULES) {
    if (pattern.test(scope)) {
      category = ruleCategory;
      break;
    }
  }
  return { level, category };
}
