import type { Decision } from '../core/decision';
import { CONSENT_EVENT_TYPES, type DecisionEventType, POLICY_EVENT_TYPES } from '../core/event-types';
import type { ProtectionMode } from '../core/protection-mode';
import { PROVIDER_IDS, type RequestKind } from '../core/provider-id';
import { RISK_LEVELS } from '../core/risk-level';
import type { ApprovalFacts, ConsentEvent, PolicyEvent, RecordedEvent } from '../events/consent-event';
import type { ManagedStatus } from '../policy/policy-state';
import type { StoredEvent } from './consent-database';
import { appKey, toStoredEvent, withDerivedFields } from './grant-store';
import {
  type AppRecord,
  DERIVED_GRANT_FIELDS,
  GRANT_STATUSES,
  type GrantFacts,
  type GrantHistoryEntry,
  type GrantRecord,
  type GrantStatus,
} from './grant-types';

/**
 * The inventory export, defined once: every field of apps, grants and events
 * with its type and allowed values, what a missing field becomes, and which
 * fields the store derives. The same definition writes an export (only the
 * fields listed here, so a new stored field never leaves by accident) and
 * reads an import (every record checked and completed, or refused with the
 * record and the problem named).
 *
 * Version 1 (0.1 until this definition) carried the derived fields (`key`,
 * `appKey`, `appNameLower`, `scopesLower`, `riskRank`, and `timeMs` of
 * events). Version 2 carries only facts: the derived fields are computed by
 * the store's own functions on import, whatever a file says, so a file can no
 * longer disagree with itself.
 *
 * No version holds a secret: a record that carries a `state`, `code`, token
 * or redirect URL, or a URL with one of them in its query, is refused.
 */
export const INVENTORY_FORMAT = 'consent-guard-inventory';
export const FORMAT_VERSION = 2;
/** The versions this code reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** An app as exported: the store derives its key. */
export type AppFacts = Omit<AppRecord, 'key'>;

/** The export file. */
export interface InventoryExport {
  format: typeof INVENTORY_FORMAT;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  apps: AppFacts[];
  grants: GrantFacts[];
  events: RecordedEvent[];
}

/** What reading a file found in one record: completions (imported) or problems (refused). */
export interface RecordNotes {
  /** The record named: its section, place and name (`grants[2] (Expenses, microsoft)`). */
  record: string;
  notes: string[];
}

/** A file read and checked: records ready for the database, and what was completed or refused. */
export interface CheckedInventory {
  version: number;
  apps: AppRecord[];
  grants: GrantRecord[];
  /** Marked `imported`: history, never reported again as this device's. */
  events: StoredEvent[];
  completed: RecordNotes[];
  refused: RecordNotes[];
}

export class ImportError extends Error {}

// ---------------------------------------------------------------------------
// Fields

/** What reading one record found so far. */
interface Findings {
  problems: string[];
  notes: string[];
}

const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

interface Field<T> {
  /** What the value must be, in words. */
  readonly expected: string;
  /** The value, or INVALID with a problem added. */
  read(value: unknown, path: string, found: Findings): T | Invalid;
  /** The value as the file holds it. */
  write(value: T): unknown;
}

/** A field of a record, and what happens when a file leaves it out. */
interface Entry<T, R> {
  readonly field: Field<Exclude<T, undefined>>;
  /** `required`: refused; `optional`: stays out; else the value it gets and why (the record is then completed). */
  readonly missing: 'required' | 'optional' | Fallback<T, R>;
}

interface Fallback<T, R> {
  /** Method syntax on purpose: a required entry (`Entry<T, never>`) fits any record's schema. */
  value(record: Partial<R>): T;
  note: string;
}

/** Every field of a record type, none forgotten: adding a field to the type without adding it here does not compile. */
type RecordSchema<R> = { readonly [K in keyof R]-?: Entry<R[K], R> };

const required = <T>(field: Field<T>): Entry<T, never> => ({
  field: field as Field<Exclude<T, undefined>>,
  missing: 'required',
});
const optional = <T>(field: Field<T>): Entry<T | undefined, never> => ({
  field: field as Field<Exclude<T, undefined>>,
  missing: 'optional',
});
const defaulted = <T, R>(field: Field<T>, value: (record: Partial<R>) => T, note: string): Entry<T, R> => ({
  field: field as Field<Exclude<T, undefined>>,
  missing: { value, note },
});

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function fail(found: Findings, path: string, problem: string): Invalid {
  found.problems.push(`${path} ${problem}`);
  return INVALID;
}

function simple<T>(expected: string, accepts: (value: unknown) => boolean): Field<T> {
  return {
    expected,
    read: (value, path, found) =>
      accepts(value) ? (value as T) : fail(found, path, `must be ${expected}, not ${shown(value)}`),
    write: (value) => value,
  };
}

/** A redirect URL with its answer in it: what an export must never hold, whatever the field. */
const SECRET_IN_URL = /[?&#](?:code|state|access_token|id_token|refresh_token|token)=/i;

function text(expected = 'a text', accepts: (value: string) => boolean = () => true): Field<string> {
  return {
    expected,
    read: (value, path, found) => {
      // Said without the value: the message must not repeat the secret.
      if (typeof value === 'string' && SECRET_IN_URL.test(value))
        return fail(found, path, 'holds a URL with a code, token or state in it, which an export never holds');
      if (typeof value !== 'string' || !accepts(value))
        return fail(found, path, `must be ${expected}, not ${shown(value)}`);
      return value;
    },
    write: (value) => value,
  };
}

const anyText = text();
const nonEmptyText = text('a non-empty text', (v) => v.trim() !== '');
/** A host, as the engine keeps it (`app.example.com`, `localhost`, a native scheme): never a URL. */
const host = text('a host name (not a URL)', (v) => /^[^\s/?#@\\]{1,255}$/.test(v));
const isoTime = text('a date and time (ISO 8601)', (v) => Number.isFinite(Date.parse(v)));
const time = simple<number>(
  'a time (milliseconds since 1970)',
  (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
);
const count = simple<number>(
  'a whole number, 0 or more',
  (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
);
const flag = simple<boolean>('true or false', (v) => typeof v === 'boolean');

function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  const expected = `one of ${values.join(', ')}`;
  return simple<V>(expected, (v) => typeof v === 'string' && (values as readonly string[]).includes(v));
}

function nullable<T>(field: Field<T>): Field<T | null> {
  return {
    expected: `${field.expected}, or null`,
    read: (value, path, found) => (value === null ? null : field.read(value, path, found)),
    write: (value) => (value === null ? null : field.write(value)),
  };
}

function list<T>(item: Field<T>): Field<T[]> {
  return {
    expected: `a list of ${item.expected}`,
    read: (value, path, found) => {
      if (!Array.isArray(value)) return fail(found, path, `must be a list, not ${shown(value)}`);
      const out: T[] = [];
      let ok = true;
      for (const [i, v] of value.entries()) {
        const read = item.read(v, `${path}[${i}]`, found);
        if (read === INVALID) ok = false;
        else out.push(read);
      }
      return ok ? out : INVALID;
    },
    write: (value) => value.map((v) => item.write(v)),
  };
}

function object<R>(schema: RecordSchema<R>): Field<R> {
  return {
    expected: 'an object',
    read: (value, path, found) => readRecord(schema, value, `${path}.`, found),
    write: (value) => writeRecord(schema, value),
  };
}

/**
 * Names that would hold a secret: an OAuth `state`, a `code`, a token, a
 * client secret or password, a redirect or request URL. Compared without case,
 * `_` or `-`, at every level of a record.
 */
const SECRET_FIELD =
  /^(?:state|code|codeverifier|authcode|authorizationcode|url|href|redirecturi|redirecturl|requesturi|requesturl)$|token|secret|password/;

function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name.toLowerCase().replace(/[^a-z]/g, ''));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one record: every field checked, missing ones completed (noted) or
 * refused (a problem), secret fields refused, unknown fields left out (noted).
 * `derived`: fields the store computes, read by the caller, not here.
 */
function readRecord<R>(
  schema: RecordSchema<R>,
  value: unknown,
  prefix: string,
  found: Findings,
  derived: readonly string[] = [],
): R | Invalid {
  const where = prefix === '' ? 'the record' : prefix.slice(0, -1);
  if (!isPlainObject(value)) return fail(found, where, `must be an object, not ${shown(value)}`);
  const before = found.problems.length;
  const entries = schema as unknown as Record<string, Entry<unknown, R>>;
  for (const name of Object.keys(value)) {
    if (isSecretField(name))
      found.problems.push(
        `${prefix}${name} is there: an export never holds a state, code, token, secret or redirect URL`,
      );
    else if (!Object.hasOwn(entries, name) && !derived.includes(name))
      found.notes.push(`${prefix}${name}: unknown field, left out`);
  }
  const out: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const raw = value[name];
    if (raw === undefined) {
      if (entry.missing === 'required') found.problems.push(`${prefix}${name} is missing`);
      else if (entry.missing !== 'optional') missing.push(name);
      continue;
    }
    const read = entry.field.read(raw, `${prefix}${name}`, found);
    if (read !== INVALID) out[name] = read;
  }
  if (found.problems.length > before) return INVALID;
  for (const name of missing) {
    const rule = entries[name]?.missing as Fallback<unknown, R>;
    out[name] = rule.value(out as Partial<R>);
    found.notes.push(`${prefix}${name} missing: ${rule.note}`);
  }
  return out as R;
}

/** The record as the file holds it: the schema's fields only, in its order, optional ones only when set. */
function writeRecord<R>(schema: RecordSchema<R>, record: R): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = schema as unknown as Record<string, Entry<unknown, R>>;
  for (const [name, entry] of Object.entries(entries)) {
    const value = (record as Record<string, unknown>)[name];
    if (value !== undefined) out[name] = entry.field.write(value as never);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The records

/** The values of a union type, listed once; the `satisfies` check fails when the type gains or loses one. */
const valuesOf = <K extends string>(record: Record<K, true>): readonly K[] => Object.keys(record) as K[];

const DECISIONS = valuesOf({ allow: true, warn: true, block: true } satisfies Record<Decision, true>);
const REQUEST_KINDS = valuesOf({
  authorize: true,
  'admin-consent': true,
  'device-code': true,
  'app-install': true,
} satisfies Record<RequestKind, true>);
const MANAGED_STATUSES = valuesOf({
  present: true,
  absent: true,
  'unconfirmed-absent': true,
  'read-error': true,
} satisfies Record<ManagedStatus, true>);
const PROTECTION_MODES = valuesOf({
  'before-request': true,
  'after-navigation': true,
} satisfies Record<ProtectionMode, true>);
const DECISION_EVENT_TYPES = CONSENT_EVENT_TYPES.filter(
  (type): type is DecisionEventType => !(POLICY_EVENT_TYPES as readonly string[]).includes(type),
);

const provider = oneOf(PROVIDER_IDS);
const risk = oneOf(RISK_LEVELS);
const scopes = list(anyText);

const APP: RecordSchema<AppFacts> = {
  provider: required(provider),
  clientId: required(nonEmptyText),
  name: defaulted(nullable(anyText), () => null, 'no name'),
  firstSeen: defaulted(time, (app) => app.lastSeen as number, 'its last-seen time'),
  lastSeen: required(time),
};

const HISTORY_ENTRY: RecordSchema<GrantHistoryEntry> = {
  time: required(time),
  type: required(oneOf(DECISION_EVENT_TYPES)),
  decision: defaulted(nullable(oneOf(DECISIONS)), () => null, 'none'),
  scopes: defaulted(scopes, () => [], 'none'),
  justification: optional(anyText),
};

/** What each kind of history entry leaves a grant as, for a file that does not say. */
const STATUS_AFTER: Partial<Record<DecisionEventType, GrantStatus>> = {
  'grant-recorded': 'active',
  'grant-refused': 'refused',
  blocked: 'blocked',
  'revocation-started': 'revocation-started',
  'revocation-confirmed': 'revoked',
};

function statusFromHistory(history: readonly GrantHistoryEntry[] | undefined): GrantStatus {
  for (const entry of [...(history ?? [])].reverse()) {
    const status = STATUS_AFTER[entry.type];
    if (status) return status;
  }
  return 'active';
}

const GRANT: RecordSchema<GrantFacts> = {
  provider: required(provider),
  clientId: required(nonEmptyText),
  appName: defaulted(nullable(anyText), () => null, 'no name'),
  tenant: defaulted(nullable(anyText), () => null, 'none'),
  account: defaulted(nullable(anyText), () => null, 'none'),
  scopes: required(scopes),
  hiddenScopes: defaulted(flag, () => false, 'false'),
  risk: required(risk),
  status: defaulted(
    oneOf(GRANT_STATUSES),
    (grant) => statusFromHistory(grant.history),
    'from its history (active when it says nothing)',
  ),
  firstSeen: defaulted(time, (grant) => grant.lastSeen as number, 'its last-seen time'),
  lastSeen: required(time),
  redirectHost: defaulted(nullable(host), () => null, 'none'),
  history: defaulted(list(object(HISTORY_ENTRY)), () => [], 'none'),
};

const APPROVAL: RecordSchema<ApprovalFacts> = {
  approver: required(anyText),
  issuedAt: required(isoTime),
  expiresAt: required(isoTime),
  scopes: required(nullable(scopes)),
  account: required(nullable(anyText)),
};

const CONSENT_EVENT: RecordSchema<ConsentEvent> = {
  id: required(nonEmptyText),
  time: required(isoTime),
  type: required(oneOf(DECISION_EVENT_TYPES)),
  provider: required(provider),
  kind: required(oneOf(REQUEST_KINDS)),
  clientId: required(nullable(anyText)),
  appName: defaulted(nullable(anyText), () => null, 'no name'),
  scopes: required(nullable(scopes)),
  risk: required(risk),
  decision: required(oneOf(DECISIONS)),
  reasons: defaulted(list(anyText), () => [], 'none'),
  tenant: defaulted(nullable(anyText), () => null, 'none'),
  redirectHost: defaulted(nullable(host), () => null, 'none'),
  justification: optional(anyText),
  comment: optional(anyText),
  approval: optional(object(APPROVAL)),
};

const POLICY_FACTS: RecordSchema<PolicyEvent['policy']> = {
  status: required(oneOf(MANAGED_STATUSES)),
  fingerprint: required(anyText),
  managedKeys: required(list(anyText)),
  errors: required(list(object({ path: required(anyText), problem: required(anyText) }))),
  rulesNotInstalled: defaulted(count, () => 0, '0'),
  // Added after version 1 was first written: older files do not have it.
  protection: defaulted(nullable(oneOf(PROTECTION_MODES)), () => null, 'not known (null)'),
};

const POLICY_EVENT: RecordSchema<PolicyEvent> = {
  id: required(nonEmptyText),
  time: required(isoTime),
  type: required(oneOf(POLICY_EVENT_TYPES)),
  policy: required(object(POLICY_FACTS)),
};

const isPolicyEventType = (type: unknown) => (POLICY_EVENT_TYPES as readonly unknown[]).includes(type);

// ---------------------------------------------------------------------------
// Writing

/** A document of this format from what the database holds: only the fields defined here. */
export function writeInventory(
  records: { apps: readonly AppRecord[]; grants: readonly GrantRecord[]; events: readonly StoredEvent[] },
  now: number,
): InventoryExport {
  return {
    format: INVENTORY_FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    apps: records.apps.map((app) => writeRecord(APP, app) as AppFacts),
    grants: records.grants.map((grant) => writeRecord(GRANT, grant) as GrantFacts),
    events: records.events.map(
      (event) =>
        (isPolicyEventType(event.type)
          ? writeRecord(POLICY_EVENT, event as PolicyEvent)
          : writeRecord(CONSENT_EVENT, event as ConsentEvent)) as unknown as RecordedEvent,
    ),
  };
}

// ---------------------------------------------------------------------------
// Reading

/** Where each derived field comes from, for the notes. */
const DERIVED_FROM: Record<string, string> = {
  key: 'provider, client id, account and tenant',
  appKey: 'provider and client id',
  appNameLower: 'the name',
  scopesLower: 'the scopes',
  riskRank: 'the risk',
  timeMs: 'the time',
};

/**
 * Compares what the file says of the derived fields with what the store
 * computes: the computed value is kept, a missing or different one noted.
 * Version 1 carried them, so there a missing one is noted too.
 */
function checkDerived(
  raw: Record<string, unknown>,
  computed: Record<string, unknown>,
  fields: readonly string[],
  carried: boolean,
  found: Findings,
): void {
  for (const name of fields) {
    const said = raw[name];
    const value = computed[name];
    if (said === undefined) {
      if (carried) found.notes.push(`${name} missing: derived from ${DERIVED_FROM[name]} (${shown(value)})`);
    } else if (JSON.stringify(said) !== JSON.stringify(value)) {
      found.notes.push(`${name} ${shown(said)} did not match ${DERIVED_FROM[name]}: recomputed as ${shown(value)}`);
    }
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A record named for people: its section and place, and what it is when the file says. */
function label(section: 'apps' | 'grants' | 'events', index: number, raw: unknown): string {
  const r = isPlainObject(raw) ? raw : {};
  const what =
    section === 'events'
      ? [str(r.id), str(r.type)]
      : [section === 'apps' ? str(r.name) : str(r.appName), str(r.clientId), str(r.provider)];
  const named = [...new Set(what.filter((w): w is string => w !== null))].map((w) =>
    w.length > 40 ? `${w.slice(0, 39)}…` : w,
  );
  return `${section}[${index}]${named.length > 0 ? ` (${named.join(', ')})` : ''}`;
}

function section(doc: Record<string, unknown>, name: 'apps' | 'grants' | 'events'): unknown[] {
  const value = doc[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ImportError(`The file's "${name}" is not a list.`);
  return value;
}

/**
 * Reads and checks an export of any readable version, without touching the
 * database: each record is checked against the format, completed (derived
 * fields recomputed, defaults filled in) or refused with its problems.
 * Throws ImportError when the file as a whole is not an export.
 */
export function readInventory(text: string): CheckedInventory {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not JSON.');
  }
  if (!isPlainObject(document) || document.format !== INVENTORY_FORMAT)
    throw new ImportError('The file is not a Consent Guard export.');
  const version = document.version;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    throw new ImportError(
      typeof version === 'number' && version > FORMAT_VERSION
        ? `The file comes from a newer Consent Guard (format version ${version}); this one reads versions ${READABLE_VERSIONS.join(' and ')}.`
        : `The file's format version ${shown(version)} is not one this Consent Guard reads (${READABLE_VERSIONS.join(' and ')}).`,
    );
  }
  const carried = version === 1;
  const out: CheckedInventory = { version, apps: [], grants: [], events: [], completed: [], refused: [] };
  const sections = {
    apps: section(document, 'apps'),
    grants: section(document, 'grants'),
    events: section(document, 'events'),
  };

  const take = <T>(
    name: 'apps' | 'grants' | 'events',
    index: number,
    raw: unknown,
    read: (found: Findings) => T | Invalid,
  ): T | null => {
    const found: Findings = { problems: [], notes: [] };
    const value = read(found);
    const record = label(name, index, raw);
    if (value === INVALID || found.problems.length > 0) {
      out.refused.push({ record, notes: found.problems });
      return null;
    }
    if (found.notes.length > 0) out.completed.push({ record, notes: found.notes });
    return value;
  };

  const appIndex = new Map<string, number>();
  for (const [i, raw] of sections.apps.entries()) {
    const app = take('apps', i, raw, (found) => {
      const facts = readRecord(APP, raw, '', found, ['key']);
      if (facts === INVALID) return INVALID;
      const record: AppRecord = { key: appKey(facts.provider, facts.clientId), ...facts };
      checkDerived(raw as Record<string, unknown>, { key: record.key }, ['key'], carried, found);
      const first = appIndex.get(record.key);
      if (first !== undefined) return fail(found, 'the record', `is the same app as apps[${first}] (${record.key})`);
      appIndex.set(record.key, i);
      return record;
    });
    if (app) out.apps.push(app);
  }

  const grantIndex = new Map<string, number>();
  for (const [i, raw] of sections.grants.entries()) {
    const grant = take('grants', i, raw, (found) => {
      const facts = readRecord(GRANT, raw, '', found, DERIVED_GRANT_FIELDS);
      if (facts === INVALID) return INVALID;
      const record = withDerivedFields(facts);
      checkDerived(
        raw as Record<string, unknown>,
        record as unknown as Record<string, unknown>,
        DERIVED_GRANT_FIELDS,
        carried,
        found,
      );
      const first = grantIndex.get(record.key);
      if (first !== undefined)
        return fail(found, 'the record', `is the same grant (app, account and tenant) as grants[${first}]`);
      grantIndex.set(record.key, i);
      return record;
    });
    if (grant) out.grants.push(grant);
  }

  const eventIndex = new Map<string, number>();
  for (const [i, raw] of sections.events.entries()) {
    const event = take('events', i, raw, (found) => {
      const type = isPlainObject(raw) ? raw.type : undefined;
      const facts: RecordedEvent | Invalid = isPolicyEventType(type)
        ? readRecord(POLICY_EVENT, raw, '', found, ['timeMs'])
        : readRecord(CONSENT_EVENT, raw, '', found, ['timeMs']);
      if (facts === INVALID) return INVALID;
      const stored: StoredEvent = { ...toStoredEvent(facts), imported: true };
      checkDerived(raw as Record<string, unknown>, { timeMs: stored.timeMs }, ['timeMs'], carried, found);
      const first = eventIndex.get(facts.id);
      if (first !== undefined) return fail(found, 'the record', `has the same id as events[${first}]`);
      eventIndex.set(facts.id, i);
      return stored;
    });
    if (event) out.events.push(event);
  }
  return out;
}
