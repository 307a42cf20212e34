import type { MessageKey, Translate } from '../core/messages';
import type { ProviderId } from '../core/provider-id';
import { PROVIDER_NAMES } from '../providers';
import { approverKeyId } from './approval-codes';
import type { Field } from './fields';
import { type Language, localisedProblem, type PolicyError } from './policy-error';
import { frenchTexts } from './policy-reference';
import { POLICY_FIELDS, type Policy } from './policy-schema';
import { HIDDEN_VALUE } from './policy-secrets';
import type { PolicyState, ValueSource } from './policy-state';

/**
 * The policy in force in words, for people: each setting's label and
 * meaning (the schema's titles and descriptions, English or French), its
 * value said plainly (lists as lists, apps by name, provider and client id,
 * durations with their unit, switches on or off, risk levels in words),
 * where it comes from, and every value that was ignored, with its problem.
 * Secrets are never in it. Shared by the options page and `policy show`, so
 * both say the same thing. Pure: the words come from `t`, the extension's
 * messages (`_locales`), which the CLI reads from the same files.
 */
export type Words = Translate;

export type WordsValue =
  | { kind: 'text'; text: string }
  /** A list of entries, each said in words; `empty` when it has none. */
  | { kind: 'list'; items: string[]; empty: string }
  /** An object: one row per field. */
  | { kind: 'fields'; rows: SettingInWords[] };

export interface SettingInWords {
  /** Where the setting is in the policy (`bypass.durationMinutes`). */
  path: string;
  label: string;
  meaning: string;
  value: WordsValue;
  source: ValueSource;
}

export interface IgnoredInWords {
  path: string;
  /** The setting's label, when the path names one. */
  label: string | null;
  problem: string;
  /** The value given, in words (never a secret). */
  given: string;
}

export interface PolicySummary {
  /** "Mode: …". */
  mode: string;
  /** What is warned and what is blocked, item by item, and each as a sentence ("Warned: …"). */
  warned: string[];
  blocked: string[];
  warnedLine: string;
  blockedLine: string;
  /** Whether reporting is on, and to which host. */
  reporting: string;
  /** Whether requests are stopped before they leave the browser. */
  protection: string;
}

export interface PolicyInWords {
  summary: PolicySummary;
  /** The summary as one line (what the options page and `policy show` print first). */
  summaryLine: string;
  settings: SettingInWords[];
  ignored: IgnoredInWords[];
}

export interface PolicyWordsInput {
  effective: Policy;
  sources: PolicyState['sources'];
  /** The organisation's value as the browser delivered it, to tell which nested keys it set. */
  managed: unknown;
  errors: readonly PolicyError[];
  /**
   * Whether a request is stopped before it leaves the browser (a blocking
   * listener), or only blocks are (rules) and warnings come just after; null
   * when not known.
   */
  beforeRequestsLeave: boolean | null;
}

const ACTION_VALUES = ['allow', 'warn', 'block'];
const RISK_WORDS: Record<string, MessageKey> = {
  none: 'riskNone',
  low: 'riskLow',
  medium: 'riskMedium',
  high: 'riskHigh',
  critical: 'riskCritical',
};
const SOURCE_WORDS: Record<ValueSource, MessageKey> = {
  managed: 'sourceManaged',
  default: 'sourceDefault',
  local: 'sourceLocal',
};
/** Lists whose emptiness means "any" or "all", as their descriptions say. */
const EMPTY_MEANS: Record<string, MessageKey> = {
  'accounts.allowedTenants': 'wordsAnyTenant',
  'reporting.events': 'wordsAllEvents',
};

/** The label and meaning of the setting at `path`, in this language: the schema's own texts. */
export function settingTexts(path: string, field: Field<unknown>, lang: Language): { label: string; meaning: string } {
  if (lang === 'fr') {
    const [title, description] = frenchTexts(path, field);
    // The French texts also serve the Group Policy templates, where lists are typed as JSON: not said here.
    return { label: title, meaning: description.replace(/\s*(?:Liste|Objet|Texte, ou objet) JSON[^.]*\.\s*$/, '') };
  }
  return { label: field.title, meaning: field.description };
}

function providerWord(provider: string, t: Words): string {
  return provider === '*' ? t('wordsAnyProvider') : (PROVIDER_NAMES[provider as ProviderId] ?? provider);
}

function riskWord(level: string, t: Words): string {
  return RISK_WORDS[level] ? t(RISK_WORDS[level]) : level;
}

const UNIT_WORDS: Readonly<Record<NonNullable<Field<unknown>['unit']>, readonly [MessageKey, MessageKey]>> = {
  minutes: ['wordsMinutesOne', 'wordsMinutes'],
  hours: ['wordsHoursOne', 'wordsHours'],
  days: ['wordsDaysOne', 'wordsDays'],
};

function durationWords(n: number, unit: NonNullable<Field<unknown>['unit']>, t: Words): string {
  if (n === 0) return t('wordsNever');
  const [one, many] = UNIT_WORDS[unit];
  return t(n === 1 ? one : many, String(n));
}

const MODE_WORDS: Readonly<Record<string, MessageKey>> = {
  audit: 'wordsModeAudit',
  warn: 'wordsModeWarn',
  enforce: 'wordsModeEnforce',
};
const ACTION_WORDS: Readonly<Record<string, MessageKey>> = {
  allow: 'wordsActionAllow',
  warn: 'wordsActionWarn',
  block: 'wordsActionBlock',
};

/** An enumeration's value in words: modes, actions, risk levels and providers have theirs; other values are names. */
function enumWords(field: Field<unknown>, value: string, t: Words): string {
  const values = field.values ?? [];
  if (values.includes('enforce')) return MODE_WORDS[value] ? t(MODE_WORDS[value]) : value;
  if (values.every((v) => ACTION_VALUES.includes(v))) return ACTION_WORDS[value] ? t(ACTION_WORDS[value]) : value;
  if (values.includes('critical')) {
    if (value === 'never') return t('wordsNever');
    if (value === 'none') return t('wordsEveryRequest');
    return t('wordsRiskFrom', riskWord(value, t));
  }
  if (values.includes('microsoft')) return providerWord(value, t);
  return value;
}

/** One entry of a list of objects, in words: apps, scope rules, identity servers and approvers each read their own way. */
function entryWords(item: Field<unknown> | undefined, entry: Record<string, unknown>, t: Words): string {
  const children = item?.children ?? {};
  const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : '');
  if ('clientId' in children) {
    const provider = providerWord(text('provider') || '*', t);
    const app = text('name')
      ? t('wordsApp', [text('name'), provider, text('clientId')])
      : t('wordsAppUnnamed', [provider, text('clientId')]);
    return text('note') ? `${app} — ${text('note')}` : app;
  }
  if ('scope' in children) return `${text('scope')} (${providerWord(text('provider') || '*', t)})`;
  if ('host' in children) return `${text('name') || text('host')} (${text('host')}${text('path')})`;
  if ('publicKey' in children) return t('wordsApprover', [text('name'), approverKeyId(text('publicKey'))]);
  return Object.values(entry)
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .join(', ');
}

const LANGUAGE_WORDS: Record<string, MessageKey> = { en: 'wordsLangEn', fr: 'wordsLangFr', '*': 'wordsLangAny' };

/** A value of the policy in words. Secrets say only whether they are set. */
function valueWords(
  path: string,
  field: Field<unknown>,
  value: unknown,
  t: Words,
  lang: Language,
  childSource: (path: string) => ValueSource,
): WordsValue {
  const text = (words: string): WordsValue => ({ kind: 'text', text: words });
  if (field.secret) {
    const set =
      value !== null && value !== undefined && !(typeof value === 'object' && Object.keys(value).length === 0);
    return text(set ? t('wordsSecretSet') : t('wordsNotSet'));
  }
  switch (field.kind) {
    case 'enum':
      return text(enumWords(field, String(value), t));
    case 'boolean':
      return text(value === true ? t('wordsOn') : t('wordsOff'));
    case 'integer':
      return text(field.unit ? durationWords(value as number, field.unit, t) : String(value));
    case 'text':
      return text(value === null || value === '' ? t('wordsNotSet') : String(value));
    case 'localised-text': {
      if (value === null) return text(t('wordsNotSet'));
      const items = Object.entries(value as Record<string, string>).map(
        ([code, message]) => `${LANGUAGE_WORDS[code] ? t(LANGUAGE_WORDS[code]) : code}: ${message}`,
      );
      return { kind: 'list', items, empty: t('wordsNotSet') };
    }
    case 'string-map':
      return { kind: 'list', items: Object.keys(value as object), empty: t('wordsNone') };
    case 'string-list':
      return { kind: 'list', items: value as string[], empty: t(EMPTY_MEANS[path] ?? 'wordsNone') };
    case 'object-list':
      return {
        kind: 'list',
        items: (value as Record<string, unknown>[]).map((entry) => entryWords(field.item, entry, t)),
        empty: t('wordsNone'),
      };
    case 'object': {
      const children = Object.entries(field.children ?? {});
      const record = value as Record<string, unknown>;
      // Switches only (the providers): the ones that are off say it all.
      if (children.length > 0 && children.every(([, child]) => child.kind === 'boolean')) {
        const off = children.filter(([key]) => record[key] !== true).map(([key]) => providerWord(key, t));
        return text(off.length === 0 ? t('wordsAllOn') : t('wordsSomeOff', off.join(', ')));
      }
      return {
        kind: 'fields',
        rows: children.map(([key, child]) =>
          settingRow(`${path}.${key}`, child, record[key], t, lang, childSource(`${path}.${key}`), childSource),
        ),
      };
    }
    default:
      return text(String(value));
  }
}

function settingRow(
  path: string,
  field: Field<unknown>,
  value: unknown,
  t: Words,
  lang: Language,
  source: ValueSource,
  childSource: (path: string) => ValueSource,
): SettingInWords {
  return {
    path,
    ...settingTexts(path, field, lang),
    value: valueWords(path, field, value, t, lang, childSource),
    source,
  };
}

/** The organisation's value at a path, as given (registry JSON text read as JSON), or undefined. */
function givenAt(managed: unknown, path: string): unknown {
  let node = managed;
  for (const part of path.split('.')) {
    if (typeof node === 'string' && node.trim().startsWith('{')) {
      try {
        node = JSON.parse(node);
      } catch {
        return undefined;
      }
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    const key = Object.keys(node).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The field at a path of an error (`blockedApps[2].clientId` is the field `blockedApps`'s item's `clientId`). */
function fieldAt(path: string): { field: Field<unknown>; path: string } | null {
  const parts = path.split('.');
  let fields: Readonly<Record<string, Field<unknown>>> | undefined = POLICY_FIELDS;
  let found: Field<unknown> | null = null;
  const walked: string[] = [];
  for (const [i, part] of parts.entries()) {
    const name = part.replace(/\[\d+\]$/, '');
    const key = Object.keys(fields ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined || fields === undefined) break;
    found = fields[key] as Field<unknown>;
    const entry = part.endsWith(']');
    // An entry's field is named as the reference names it: `blockedApps[].clientId`.
    walked.push(entry && i < parts.length - 1 ? `${key}[]` : key);
    fields = entry ? found.item?.children : found.children;
  }
  return found === null ? null : { field: found, path: walked.join('.') };
}

/** The value an admin gave, in words: a text in quotes, a number, or the shape of a list or object (never JSON). */
function givenWords(value: string, t: Words): string {
  if (value === HIDDEN_VALUE) return t('wordsHidden');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    if (value.startsWith('{')) return t('wordsGivenObject', '…');
    if (value.startsWith('[')) return t('wordsGivenList', '…');
    return `“${value}”`;
  }
  if (typeof parsed === 'string') return `“${parsed}”`;
  if (Array.isArray(parsed)) return t('wordsGivenList', String(parsed.length));
  if (parsed !== null && typeof parsed === 'object') return t('wordsGivenObject', Object.keys(parsed).join(', '));
  if (parsed === undefined || parsed === null) return t('wordsNothingGiven');
  return String(parsed);
}

/** A list of rules in the summary: the label, and the first entries. */
function listItem(label: string, items: readonly string[], t: Words): string {
  return t('wordsLabelValue', [label, `${items.slice(0, 3).join(', ')}${items.length > 3 ? ', …' : ''}`]);
}

function summaryOf(input: PolicyWordsInput, t: Words, lang: Language): PolicySummary {
  const policy = input.effective;
  const label = (path: string) => {
    const found = fieldAt(path);
    return found ? settingTexts(found.path, found.field, lang).label : path;
  };
  const warned: string[] = [];
  const blocked: string[] = [];
  const put = (action: string, item: string) => {
    if (action === 'warn') warned.push(item);
    if (action === 'block') blocked.push(item);
  };
  if (policy.blockedApps.length > 0)
    blocked.push(
      listItem(
        label('blockedApps'),
        policy.blockedApps.map((a) => a.name ?? a.clientId),
        t,
      ),
    );
  if (policy.blockedScopes.length > 0)
    blocked.push(
      listItem(
        label('blockedScopes'),
        policy.blockedScopes.map((r) => r.scope),
        t,
      ),
    );
  if (policy.warnScopes.length > 0)
    warned.push(
      listItem(
        label('warnScopes'),
        policy.warnScopes.map((r) => r.scope),
        t,
      ),
    );
  if (policy.blockAtRisk !== 'never') blocked.push(enumWords(POLICY_FIELDS.blockAtRisk, policy.blockAtRisk, t));
  const riskRankOf = (level: string) => Object.keys(RISK_WORDS).indexOf(level);
  if (policy.blockAtRisk === 'never' || riskRankOf(policy.warnAtRisk) < riskRankOf(policy.blockAtRisk))
    warned.push(enumWords(POLICY_FIELDS.warnAtRisk, policy.warnAtRisk, t));
  for (const path of ['adminConsent', 'hiddenScopes', 'deviceCode'] as const) put(policy[path], label(path));
  put(policy.accounts.personalAccounts, label('accounts.personalAccounts'));
  put(policy.accounts.otherTenants, label('accounts.otherTenants'));
  if (policy.abusedApps.feedUrl !== null) put(policy.abusedApps.action, label('abusedApps'));

  let warnedOut = warned;
  let blockedOut = blocked;
  if (policy.mode === 'enforce') {
    blockedOut = [...blocked, ...warned];
    warnedOut = [];
  } else if (policy.mode === 'audit') {
    warnedOut = [];
    blockedOut = [];
  }
  const none = policy.mode === 'audit' ? t('wordsNothingAudit') : t('wordsNothing');
  const endpoint = policy.reporting.endpoint;
  let host = endpoint ?? '';
  try {
    host = endpoint === null ? '' : new URL(endpoint).host;
  } catch {
    host = endpoint ?? '';
  }
  return {
    mode: t('summaryMode', enumWords(POLICY_FIELDS.mode, policy.mode, t)),
    warned: warnedOut,
    blocked: blockedOut,
    warnedLine: t('summaryWarned', warnedOut.length > 0 ? warnedOut.join(t('wordsSeparator')) : none),
    blockedLine: t('summaryBlocked', blockedOut.length > 0 ? blockedOut.join(t('wordsSeparator')) : none),
    reporting: endpoint === null ? t('summaryReportingOff') : t('summaryReportingOn', host),
    protection:
      input.beforeRequestsLeave === null
        ? t('summaryProtectionUnknown')
        : input.beforeRequestsLeave
          ? t('summaryProtectionBefore')
          : t('summaryProtectionAfter'),
  };
}

/** The summary as one line. */
export function summaryLine(summary: PolicySummary): string {
  return [summary.mode, summary.warnedLine, summary.blockedLine, summary.reporting, summary.protection].join(' ');
}

/** The policy in force, in words, in this language. */
export function policyInWords(input: PolicyWordsInput, t: Words, lang: Language): PolicyInWords {
  const tightenedParents = new Set(
    Object.entries(input.sources)
      .filter(([p, source]) => p.includes('.') && source === 'local')
      .map(([p]) => p.split('.')[0]),
  );
  const childSource = (path: string): ValueSource => {
    if (input.sources[path] === 'local') return 'local';
    const top = path.split('.')[0] as string;
    if (input.sources[top] !== 'managed') return 'default';
    const erred = input.errors.some((e) => e.path.toLowerCase() === path.toLowerCase());
    return givenAt(input.managed, path) !== undefined && !erred ? 'managed' : 'default';
  };
  const settings = Object.entries(POLICY_FIELDS).map(([key, field]) =>
    settingRow(
      key,
      field as Field<unknown>,
      input.effective[key as keyof Policy],
      t,
      lang,
      tightenedParents.has(key) ? 'local' : (input.sources[key] ?? 'default'),
      childSource,
    ),
  );
  const ignored = input.errors.map((error) => {
    const found = fieldAt(error.path);
    return {
      path: error.path,
      label: found ? settingTexts(found.path, found.field, lang).label : null,
      problem: localisedProblem(error, lang),
      given: givenWords(error.value, t),
    };
  });
  const summary = summaryOf(input, t, lang);
  return { summary, summaryLine: summaryLine(summary), settings, ignored };
}

/** Where a value comes from, in words. */
export function sourceWords(source: ValueSource, t: Words): string {
  return t(SOURCE_WORDS[source]);
}

/** The policy in words as plain text, for `policy show`: the same words as the options page. */
export function policyInWordsText(words: PolicyInWords, t: Words): string {
  const lines: string[] = [t('optionsEffectiveHeading'), '', words.summaryLine, ''];
  const put = (row: SettingInWords, indent: string) => {
    const head = `${row.label} [${sourceWords(row.source, t)}]`;
    const value = row.value;
    const shown =
      value.kind === 'text' ? value.text : value.kind === 'list' && value.items.length === 0 ? value.empty : '';
    lines.push(`${indent}${t('wordsLabelValue', [head, shown]).trimEnd()}`);
    lines.push(`${indent}    ${row.meaning}`);
    if (value.kind === 'list') for (const item of value.items) lines.push(`${indent}  • ${item}`);
    if (value.kind === 'fields') for (const child of value.rows) put(child, `${indent}  `);
  };
  for (const row of words.settings) put(row, '');
  if (words.ignored.length > 0) {
    lines.push('', t('optionsErrorsHeading'), t('optionsErrorsIntro'));
    for (const item of words.ignored)
      lines.push(
        `  ${t('wordsLabelValue', [`${item.path}${item.label ? ` (${item.label})` : ''}`, item.problem])} — ${t('wordsGiven', item.given)}`,
      );
  }
  lines.push('');
  return lines.join('\n');
}
