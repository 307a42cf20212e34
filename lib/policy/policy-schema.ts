import { CONSENT_EVENT_TYPES } from '../core/event-types';
import { PROVIDER_IDS } from '../core/provider-id';
import { RISK_LEVELS } from '../core/risk-level';
import {
  booleanField,
  enumField,
  type FieldValue,
  integerField,
  localisedTextField,
  objectField,
  objectListField,
  stringListField,
  stringMapField,
  type TextShorthand,
  textField,
} from './fields';
import { nearestName, policyError, policyNote } from './policy-error';

/**
 * The organisation's policy: every key an admin can set, with its meaning,
 * its type and its default. Everything else derives from this file: the
 * TypeScript type, the reader, public/managed_schema.json, the ADMX templates
 * and docs/admin/policy-reference.md.
 */

const ACTIONS = ['allow', 'warn', 'block'] as const;
const PROVIDER_OR_ANY = ['*', ...PROVIDER_IDS] as const;
/** The events reporting can send: the consent events' own list. */
export const REPORT_EVENT_TYPES = CONSENT_EVENT_TYPES;

/**
 * An app written as text: `"microsoft:1111…"` (provider and client id), or a
 * bare client id for any provider. An unknown provider is an error (with the
 * nearest provider's name) and the id is kept for any provider, as for an
 * object entry with a bad provider.
 */
const appFromText: TextShorthand = (text, path, errors, notes) => {
  const colon = text.indexOf(':');
  if (colon > 0) {
    const prefix = text.slice(0, colon).trim();
    const clientId = text.slice(colon + 1).trim();
    const provider = PROVIDER_OR_ANY.find((p) => p.toLowerCase() === prefix.toLowerCase());
    if (provider !== undefined) {
      notes?.push(policyNote(path, 'app-text', [provider, clientId], text));
      return { provider, clientId };
    }
    // A word before the colon reads as a provider name: a misspelt one must not pass for part of an id.
    if (/^[a-z][a-z0-9-]*$/i.test(prefix) && clientId !== '') {
      const nearest = nearestName(prefix, PROVIDER_IDS);
      errors.push(
        nearest === null
          ? policyError(`${path}.provider`, 'unknown-provider', [prefix, PROVIDER_IDS.join(', ')], text)
          : policyError(`${path}.provider`, 'unknown-provider-suggest', [prefix, nearest], text),
      );
      return { provider: '*', clientId };
    }
  }
  if (text !== '') notes?.push(policyNote(path, 'app-bare-id', [text], text));
  return { provider: '*', clientId: text };
};

/** A scope rule written as text: the scope, for any provider. */
const scopeFromText: TextShorthand = (text, path, _errors, notes) => {
  if (text !== '') notes?.push(policyNote(path, 'scope-text', [text], text));
  return { provider: '*', scope: text };
};

const appEntry = objectField(
  {
    provider: enumField(PROVIDER_OR_ANY, '*', {
      title: 'Provider',
      description: 'Provider of the app, or * for any provider.',
    }),
    clientId: textField('', {
      title: 'Client id',
      description: 'The app’s client (application) id; * matches any run of characters.',
      format: 'pattern',
      maxLength: 300,
    }),
    name: textField(null, { title: 'Display name', description: 'Name shown to people for this app.', maxLength: 200 }),
    note: textField(null, {
      title: 'Note',
      description: 'Why the app is on this list (shown on the warning page).',
      maxLength: 500,
    }),
  },
  {
    title: 'App',
    description: 'An app, by provider and client id.',
    required: ['clientId'],
    fromText: appFromText,
    shorthand: '`"provider:clientId"`',
  },
);

const scopeRule = objectField(
  {
    provider: enumField(PROVIDER_OR_ANY, '*', {
      title: 'Provider',
      description: 'Provider the rule applies to, or * for all.',
    }),
    scope: textField('', {
      title: 'Scope pattern',
      description:
        'Scope as the guard normalises it (Mail.Read, https://www.googleapis.com/auth/drive, repo); * matches any run of characters.',
      format: 'pattern',
      maxLength: 300,
    }),
  },
  {
    title: 'Scope rule',
    description: 'A scope pattern, for one provider or all.',
    required: ['scope'],
    fromText: scopeFromText,
    shorthand: 'scope',
  },
);

const customProvider = objectField(
  {
    name: textField('', {
      title: 'Name',
      description: 'Name of the identity server, shown to people.',
      maxLength: 100,
    }),
    host: textField('', {
      title: 'Host',
      description: 'Host of the authorization endpoint (sso.example.com), or *.example.com for every subdomain.',
      maxLength: 253,
    }),
    path: textField('/', {
      title: 'Path',
      description: 'Path of the authorization endpoint, or a prefix of it (/oauth2/authorize).',
      maxLength: 300,
    }),
  },
  { title: 'Identity server', description: 'An authorization endpoint of the organisation’s own.', required: ['host'] },
);

const approver = objectField(
  {
    name: textField('', {
      title: 'Name',
      description: 'Who approves with this key (a person or a team); shown with each approval.',
      maxLength: 100,
    }),
    publicKey: textField('', {
      title: 'Public key',
      description:
        'The approver’s Ed25519 public key, as `policy keygen` prints it: base64 of the raw 32 bytes, or of its SPKI form. The private key never leaves the approver.',
      format: 'ed25519-public-key',
      maxLength: 300,
    }),
  },
  {
    title: 'Approver',
    description: 'Someone whose approval codes the browser accepts.',
    required: ['name', 'publicKey'],
  },
);

export const POLICY_FIELDS = {
  mode: enumField(['audit', 'warn', 'enforce'] as const, 'warn', {
    title: 'Mode',
    description:
      'audit: record and report only, never interrupt. warn: warn and block by the rules below. enforce: block every request that would be warned.',
    local: 'later',
  }),
  warnAtRisk: enumField(RISK_LEVELS, 'high', {
    title: 'Warn from risk level',
    description: 'Requests of this risk level or higher are warned.',
    local: 'earlier',
  }),
  blockAtRisk: enumField([...RISK_LEVELS, 'never'] as const, 'never', {
    title: 'Block from risk level',
    description: 'Requests of this risk level or higher are blocked; never turns risk-based blocking off.',
    local: 'earlier',
  }),
  adminConsent: enumField(ACTIONS, 'warn', {
    title: 'Admin consent',
    description: 'What to do with a request for consent on behalf of the whole organisation.',
    local: 'later',
  }),
  hiddenScopes: enumField(ACTIONS, 'warn', {
    title: 'Hidden scopes',
    description:
      'What to do with a request whose permissions are not visible (PAR, /.default, v1 resource, omitted scope).',
    local: 'later',
  }),
  deviceCode: enumField(ACTIONS, 'warn', {
    title: 'Device-code sign-in pages',
    description: 'What to do when a device-code sign-in page opens (a favourite of phishing).',
    local: 'later',
  }),
  allowedApps: objectListField(appEntry, {
    title: 'Allowed apps',
    description: 'Apps that are never interrupted, whatever they ask for. Blocked apps still win.',
  }),
  blockedApps: objectListField(appEntry, {
    title: 'Blocked apps',
    description: 'Apps that are always blocked, even when also allowed.',
  }),
  blockedScopes: objectListField(scopeRule, {
    title: 'Blocked scopes',
    description: 'A request asking for a matching scope is blocked (unless the app is allowed).',
  }),
  warnScopes: objectListField(scopeRule, {
    title: 'Warned scopes',
    description: 'A request asking for a matching scope is warned (unless the app is allowed).',
  }),
  accounts: objectField(
    {
      organisationDomains: stringListField(
        textField('', { title: 'Domain', description: 'A domain.', maxLength: 253 }),
        {
          title: 'Organisation domains',
          description: 'E-mail domains of the organisation’s accounts (contoso.com).',
        },
      ),
      allowedTenants: stringListField(textField('', { title: 'Tenant', description: 'A tenant.', maxLength: 253 }), {
        title: 'Allowed tenants',
        description:
          'Tenants consent may be given in: Microsoft tenant ids or domains, Google Workspace domains, Slack team ids. Empty: any.',
      }),
      personalAccounts: enumField(ACTIONS, 'allow', {
        title: 'Personal accounts',
        description:
          'What to do with consent given with a personal account (Microsoft consumer, gmail.com, outlook.com …).',
        local: 'later',
      }),
      otherTenants: enumField(ACTIONS, 'allow', {
        title: 'Other tenants',
        description:
          'What to do with consent given in a tenant that is not allowed, or with an account outside the organisation domains.',
      }),
    },
    { title: 'Accounts', description: 'Rules on the account and tenant consent is given with.' },
  ),
  providers: objectField(
    Object.fromEntries(
      PROVIDER_IDS.map((id) => [
        id,
        booleanField(true, { title: id, description: `Detect ${id} authorization requests.` }),
      ]),
    ) as Record<(typeof PROVIDER_IDS)[number], ReturnType<typeof booleanField>>,
    { title: 'Providers', description: 'Switch detection of each provider on or off (all on by default).' },
  ),
  customProviders: objectListField(customProvider, {
    title: 'Custom identity servers',
    description:
      'Authorization endpoints of the organisation’s own identity servers, checked like the built-in providers.',
    maxItems: 200,
  }),
  bypass: objectField(
    {
      allowed: booleanField(true, { title: 'Continue allowed', description: 'Whether a warned person may continue.' }),
      requireJustification: booleanField(false, {
        title: 'Justification required',
        description: 'Whether a person must say why before continuing.',
        local: 'true',
      }),
      durationMinutes: integerField(5, 1, 1440, {
        title: 'Bypass duration',
        description: 'Minutes a continue lets that one request through.',
        unit: 'minutes',
      }),
    },
    { title: 'Bypass', description: 'What a warned person may do.' },
  ),
  message: localisedTextField({
    title: 'Message',
    description: 'The organisation’s message on the warning page.',
  }),
  supportUrl: textField(null, {
    title: 'Support link',
    description: 'Where people get help (shown on the warning page).',
    format: 'https-url',
  }),
  approvalUrl: textField(null, {
    title: 'Approval request URL',
    description:
      'Page that takes access requests (the organisation’s ticketing form); {provider}, {clientId}, {scopes} and {user} are filled in.',
    format: 'url-template',
  }),
  approvers: objectListField(approver, {
    title: 'Approvers',
    description:
      'Who may let an app through with an approval code (`policy approve`): the person pastes the code on the warning page and the browser checks it offline against these public keys. Empty: approval codes are not accepted.',
    maxItems: 50,
  }),
  abusedApps: objectField(
    {
      feedUrl: textField(null, {
        title: 'Feed URL',
        description:
          'HTTPS address of a JSON list of app ids known to be abused (each entry: appId, appDisplayName or name, description, tags). Fetched only when set.',
        format: 'https-url',
      }),
      action: enumField(['warn', 'block'] as const, 'warn', {
        title: 'Action',
        description: 'What happens to a request from a listed app (an app on allowedApps is not affected).',
      }),
      refreshHours: integerField(24, 1, 168, {
        title: 'Refresh',
        description: 'Hours between fetches of the feed.',
        unit: 'hours',
      }),
    },
    { title: 'Known-abused apps', description: 'A feed of app ids known to be abused by attackers.' },
  ),
  reporting: objectField(
    {
      endpoint: textField(null, {
        title: 'Endpoint',
        description: 'HTTPS collector that receives consent events.',
        format: 'https-url',
      }),
      format: enumField(['json', 'splunk-hec'] as const, 'json', {
        title: 'Format',
        description: 'json: a JSON array of events. splunk-hec: Splunk HTTP Event Collector.',
      }),
      authHeader: textField(null, {
        title: 'Authorization header',
        description: 'Value of the Authorization header sent to the endpoint (Bearer …, Splunk …).',
        maxLength: 4000,
        secret: true,
      }),
      headers: stringMapField({
        title: 'Extra headers',
        description: 'More headers sent with each batch.',
        secret: true,
      }),
      hmacSecret: textField(null, {
        title: 'Signature secret',
        description: 'When set, each batch carries an HMAC-SHA256 signature header made with this secret.',
        maxLength: 4000,
        secret: true,
      }),
      events: stringListField(
        enumField(REPORT_EVENT_TYPES, 'warned', { title: 'Event', description: 'An event type.' }),
        {
          title: 'Events',
          description: `Event types to send; empty: all. Types: ${REPORT_EVENT_TYPES.join(', ')}.`,
        },
      ),
      userHint: textField(null, {
        title: 'User hint',
        description: 'Identity placed in every event (the admin sets it per user or device).',
        maxLength: 300,
      }),
      includeProfileEmail: booleanField(false, {
        title: 'Include profile e-mail',
        description: 'Add the browser profile’s e-mail to every event.',
      }),
    },
    { title: 'Reporting', description: 'Where consent events are sent.' },
  ),
  rememberApprovals: integerField(90, 0, 3650, {
    title: 'Remember approvals',
    description:
      'Days an app the person already granted may sign in again, asking for nothing new, without a warning; 0 never remembers (every consent is warned again).',
    unit: 'days',
  }),
  retentionDays: integerField(365, 1, 3650, {
    title: 'Retention',
    description: 'Days stored grants and events are kept on the device.',
    unit: 'days',
  }),
};

export const POLICY_SCHEMA = objectField(POLICY_FIELDS, {
  title: 'Consent Guard policy',
  description: 'Organisation policy for Consent Guard.',
});

export type Policy = FieldValue<typeof POLICY_SCHEMA>;
export type PolicyKey = keyof typeof POLICY_FIELDS;
export type AppEntry = Policy['allowedApps'][number];
export type ScopeRule = Policy['blockedScopes'][number];
export type CustomProvider = Policy['customProviders'][number];
export type Approver = Policy['approvers'][number];
export type PolicyAction = (typeof ACTIONS)[number];
export type ReportEventType = (typeof REPORT_EVENT_TYPES)[number];
