import { normalisePublicKey } from './ed25519-keys';
import { nearestName, type PolicyError, type PolicyNote, type ProblemCode, policyError } from './policy-error';

/**
 * The building blocks of the policy schema. Each field knows how to read a
 * value as it arrives from any channel (typed JSON from Chrome, strings from
 * the Windows registry, unchecked JSON from Firefox), how to describe itself in
 * Chrome's managed-storage schema dialect, and how to document itself. The
 * policy's TypeScript type is inferred from the fields, so the schema is the
 * one source of truth for all four.
 */
export interface Field<T> {
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly default: T;
  /**
   * The value, or undefined (with an error pushed) when it cannot be used.
   * A shorthand that was rewritten adds a note (not an error).
   */
  read(value: unknown, path: string, errors: PolicyError[], notes?: PolicyNote[]): T | undefined;
  /** Chrome's schema dialect; structurally permissive on purpose (see chromeSchema in policy-schema.ts). */
  chromeSchema(): Record<string, unknown>;
  /** A short type for the reference documentation, in English or French. */
  docType(lang?: 'en' | 'fr'): string;
  /** Fields of an object, for the documentation and the ADMX templates. */
  readonly children?: Readonly<Record<string, Field<unknown>>>;
  /** The entry of a list. */
  readonly item?: Field<unknown>;
  /** The values of an enumeration. */
  readonly values?: readonly string[];
  /** A credential: used for what it is for, never shown, printed, reported or put in an error. */
  readonly secret?: boolean;
  /** The unit of a whole number that is a duration, for saying it in words. */
  readonly unit?: DurationUnit;
  /**
   * A person may make this setting stricter on their own device (options
   * page), never looser: which way is stricter. `later`: a value later in
   * `values` (warn after allow); `earlier`: an earlier one (a lower risk
   * threshold); `true`: on.
   */
  readonly local?: LocalTightening;
  /** The text shorthand a list entry may be written as, for the reference (`"provider:clientId"`). */
  readonly shorthand?: string;
}

export type DurationUnit = 'minutes' | 'hours' | 'days';
export type LocalTightening = 'later' | 'earlier' | 'true';

export type FieldValue<F> = F extends Field<infer T> ? T : never;

interface Meta {
  title: string;
  description: string;
  /** See `Field.secret`. */
  secret?: boolean;
  /** See `Field.local`. */
  local?: LocalTightening;
}

function fail(
  errors: PolicyError[],
  path: string,
  code: ProblemCode,
  value: unknown,
  params: readonly string[] = [],
): undefined {
  errors.push(policyError(path, code, params, value));
  return undefined;
}

/** The marks a field carries besides its type (secret, local tightening), copied only when set. */
function marks(meta: Meta): Pick<Field<unknown>, 'secret' | 'local'> {
  return { ...(meta.secret ? { secret: true } : {}), ...(meta.local ? { local: meta.local } : {}) };
}

/** Registry values and hand-written files carry JSON as text; take it where structure is expected. */
function unwrapJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!(trimmed.startsWith('[') || trimmed.startsWith('{'))) return value;
  try {
    return JSON.parse(trimmed);
  } catch {
    return value;
  }
}

export function enumField<const V extends string>(values: readonly V[], fallback: V, meta: Meta): Field<V> {
  return {
    kind: 'enum',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: fallback,
    values,
    read(value, path, errors) {
      if (typeof value === 'string') {
        const match = values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
        if (match !== undefined) return match;
      }
      return fail(errors, path, 'one-of', value, [values.map((v) => `"${v}"`).join(', ')]);
    },
    chromeSchema: () => ({
      type: 'string',
      title: meta.title,
      description: `${meta.description} One of: ${values.join(', ')}.`,
    }),
    docType: () => values.map((v) => `\`${v}\``).join(' \\| '),
  };
}

export function booleanField(fallback: boolean, meta: Meta): Field<boolean> {
  return {
    kind: 'boolean',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: fallback,
    read(value, path, errors) {
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      if (typeof value === 'string') {
        const text = value.trim().toLowerCase();
        if (['true', '1', 'yes', 'on'].includes(text)) return true;
        if (['false', '0', 'no', 'off'].includes(text)) return false;
      }
      return fail(errors, path, 'boolean', value);
    },
    chromeSchema: () => ({ type: 'boolean', title: meta.title, description: meta.description }),
    docType: (lang) => (lang === 'fr' ? 'booléen' : 'boolean'),
  };
}

export function integerField(
  fallback: number,
  min: number,
  max: number,
  meta: Meta & { unit?: DurationUnit },
): Field<number> {
  return {
    kind: 'integer',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    ...(meta.unit ? { unit: meta.unit } : {}),
    default: fallback,
    read(value, path, errors) {
      const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) return fail(errors, path, 'whole-number', value);
      if (n < min || n > max) return fail(errors, path, 'range', value, [String(min), String(max)]);
      return n;
    },
    chromeSchema: () => ({
      type: 'integer',
      title: meta.title,
      description: `${meta.description} From ${min} to ${max}.`,
    }),
    docType: (lang) => `${lang === 'fr' ? 'entier' : 'integer'} (${min}–${max})`,
  };
}

export interface TextOptions {
  /**
   * `https-url`: an absolute https URL; `pattern`: a non-empty wildcard
   * pattern; `ed25519-public-key`: a public key, kept as base64 of its raw 32 bytes.
   */
  format?: 'text' | 'https-url' | 'url-template' | 'pattern' | 'ed25519-public-key';
  maxLength?: number;
}

export function textField<D extends string | null>(fallback: D, meta: Meta & TextOptions): Field<string | D> {
  const maxLength = meta.maxLength ?? 2000;
  return {
    kind: 'text',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: fallback,
    read(value, path, errors) {
      if (typeof value !== 'string') return fail(errors, path, 'text', value);
      const text = value.trim();
      if (text === '') return fail(errors, path, 'empty', value);
      if (text.length > maxLength) return fail(errors, path, 'too-long', value, [String(maxLength)]);
      if (meta.format === 'ed25519-public-key')
        return normalisePublicKey(text) ?? fail(errors, path, 'public-key', value);
      if (meta.format === 'https-url' || meta.format === 'url-template') {
        const probe = meta.format === 'url-template' ? text.replace(/\{[a-zA-Z]+\}/g, 'x') : text;
        let url: URL | null = null;
        try {
          url = new URL(probe);
        } catch {
          url = null;
        }
        const loopback =
          url !== null && url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
        if (url === null || !(url.protocol === 'https:' || loopback)) {
          return fail(errors, path, 'https-url', value);
        }
      }
      return text;
    },
    chromeSchema: () => ({ type: 'string', title: meta.title, description: meta.description }),
    docType: (lang) => {
      const fr = lang === 'fr';
      if (meta.format === 'https-url') return fr ? 'adresse https' : 'https URL';
      if (meta.format === 'url-template') return fr ? 'modèle d’adresse https' : 'https URL template';
      if (meta.format === 'ed25519-public-key')
        return fr ? 'clé publique Ed25519 (base64)' : 'Ed25519 public key (base64)';
      if (meta.secret) return fr ? 'texte (secret)' : 'text (secret)';
      return fr ? 'texte' : 'text';
    },
  };
}

/** A text per language (`{"en": "...", "fr": "..."}`), or one text for every language. */
export function localisedTextField(meta: Meta): Field<Record<string, string> | null> {
  return {
    kind: 'localised-text',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: null,
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (typeof value === 'string' && value.trim() !== '') return { '*': value.trim().slice(0, 2000) };
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'localised-text', raw);
      }
      const texts: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (!/^[a-z]{2}(-[a-z]{2})?$|^\*$/i.test(lang)) {
          fail(errors, `${path}.${lang}`, 'language-code', lang);
        } else if (typeof text !== 'string' || text.trim() === '') {
          fail(errors, `${path}.${lang}`, 'non-empty-text', text);
        } else {
          texts[lang.toLowerCase()] = text.trim().slice(0, 2000);
        }
      }
      return Object.keys(texts).length > 0 ? texts : undefined;
    },
    chromeSchema: () => ({
      type: 'object',
      title: meta.title,
      description: `${meta.description} Keys are language codes (en, fr).`,
      additionalProperties: { type: 'string' },
    }),
    docType: (lang) => (lang === 'fr' ? 'objet de textes par langue' : 'object of texts by language'),
  };
}

/** Header name → value, such as `{"Authorization": "Bearer …"}`. */
export function stringMapField(meta: Meta): Field<Record<string, string>> {
  return {
    kind: 'string-map',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: {},
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'string-map', raw);
      }
      const out: Record<string, string> = {};
      for (const [name, text] of Object.entries(value)) {
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) fail(errors, `${path}.${name}`, 'header-name', name);
        else if (typeof text !== 'string') fail(errors, `${path}.${name}`, 'text', text);
        else out[name] = text;
      }
      return out;
    },
    chromeSchema: () => ({
      type: 'object',
      title: meta.title,
      description: meta.description,
      additionalProperties: { type: 'string' },
    }),
    docType: (lang) =>
      lang === 'fr'
        ? `objet de textes${meta.secret ? ' (secret)' : ''}`
        : `object of texts${meta.secret ? ' (secret)' : ''}`,
  };
}

/** Reads a list entry by entry: a bad entry is reported and skipped, the others kept; past `maxItems`, the rest is ignored. */
function readEntries<T>(
  list: unknown[],
  item: Field<T>,
  maxItems: number,
  path: string,
  errors: PolicyError[],
  notes: PolicyNote[] | undefined,
): T[] {
  const out: T[] = [];
  list.slice(0, maxItems).forEach((entry, i) => {
    const read = item.read(entry, `${path}[${i}]`, errors, notes);
    if (read !== undefined) out.push(read);
  });
  if (list.length > maxItems) fail(errors, path, 'too-many', list.length, [String(maxItems)]);
  return out;
}

export function stringListField(item: Field<string>, meta: Meta & { maxItems?: number }): Field<string[]> {
  const maxItems = meta.maxItems ?? 1000;
  return {
    kind: 'string-list',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: [],
    item,
    read(raw, path, errors, notes) {
      const value = unwrapJsonText(raw);
      const list = typeof value === 'string' ? value.split(/[\n,]/).filter((s) => s.trim() !== '') : value;
      if (!Array.isArray(list)) return fail(errors, path, 'list', raw);
      return readEntries(list, item, maxItems, path, errors, notes);
    },
    chromeSchema: () => ({
      type: 'array',
      title: meta.title,
      description: meta.description,
      items: { type: 'string' },
    }),
    docType: (lang) => (lang === 'fr' ? 'liste de textes' : 'list of text'),
  };
}

type Fields = Record<string, Field<unknown>>;
export type ObjectValue<F extends Fields> = { [K in keyof F]: FieldValue<F[K]> };

/**
 * How a list entry written as plain text reads as the object it stands for
 * (`"microsoft:1111…"` for an app): the object, with a note saying so, or
 * undefined with an error.
 */
export type TextShorthand = (
  text: string,
  path: string,
  errors: PolicyError[],
  notes: PolicyNote[] | undefined,
) => Record<string, unknown> | undefined;

/**
 * An object with known fields. Unknown keys are reported, never fatal, with
 * the nearest known key when one is near ("did you mean"); a field that is
 * wrong falls back to its default and the others still apply. `required`
 * fields make an entry unusable when missing (for list items). `fromText`
 * accepts a text shorthand for the whole object.
 */
export function objectField<F extends Fields>(
  fields: F,
  meta: Meta & { required?: readonly (keyof F & string)[]; fromText?: TextShorthand; shorthand?: string },
): Field<ObjectValue<F>> {
  const defaults = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.default])) as ObjectValue<F>;
  const self: Field<ObjectValue<F>> = {
    kind: 'object',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    ...(meta.shorthand ? { shorthand: meta.shorthand } : {}),
    default: defaults,
    children: fields,
    read(raw, path, errors, notes) {
      let value = unwrapJsonText(raw);
      if (typeof value === 'string' && meta.fromText) {
        const expanded = meta.fromText(value.trim(), path, errors, notes);
        if (expanded === undefined) return undefined;
        value = expanded;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'object', raw);
      }
      const record = value as Record<string, unknown>;
      const names = Object.keys(fields);
      const byLowerName = new Map(names.map((k) => [k.toLowerCase(), k]));
      const out: Record<string, unknown> = { ...defaults };
      const seen = new Set<string>();
      for (const [key, entry] of Object.entries(record)) {
        // Own keys only: a key named "toString" or "__proto__" is just an unknown key.
        const name = Object.hasOwn(fields, key) ? key : byLowerName.get(key.toLowerCase());
        const childPath = path === '' ? key : `${path}.${key}`;
        if (name === undefined) {
          const nearest = nearestName(key, names);
          if (nearest === null) fail(errors, childPath, 'unknown-key', entry);
          else fail(errors, childPath, 'unknown-key-suggest', entry, [nearest]);
          continue;
        }
        seen.add(name);
        const read = (fields[name] as Field<unknown>).read(entry, childPath, errors, notes);
        if (read !== undefined) out[name] = read;
        else if (meta.required?.includes(name)) return undefined;
      }
      for (const name of meta.required ?? []) {
        if (!seen.has(name)) return fail(errors, path === '' ? name : `${path}.${name}`, 'required', undefined);
      }
      return out as ObjectValue<F>;
    },
    chromeSchema: () => ({
      type: 'object',
      title: meta.title,
      description: meta.description,
      properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.chromeSchema()])),
    }),
    docType: (lang) => (lang === 'fr' ? 'objet' : 'object'),
  };
  return self;
}

/** A list of objects, read entry by entry: one bad entry is reported and skipped, the others apply. */
export function objectListField<T>(item: Field<T>, meta: Meta & { maxItems?: number }): Field<T[]> {
  const maxItems = meta.maxItems ?? 5000;
  return {
    kind: 'object-list',
    title: meta.title,
    description: meta.description,
    ...marks(meta),
    default: [],
    item,
    read(raw, path, errors, notes) {
      const value = unwrapJsonText(raw);
      if (!Array.isArray(value)) return fail(errors, path, 'list', raw);
      return readEntries(value, item, maxItems, path, errors, notes);
    },
    chromeSchema: () => ({
      type: 'array',
      title: meta.title,
      description: meta.description,
      items: item.chromeSchema(),
    }),
    docType: (lang) => {
      if (lang === 'fr') return item.shorthand ? `liste d’objets ou de textes ${item.shorthand}` : 'liste d’objets';
      return item.shorthand ? `list of objects or ${item.shorthand} texts` : 'list of objects';
    },
  };
}
