import { describeValue, type PolicyError } from './policy-error';

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
  /** The value, or undefined (with an error pushed) when it cannot be used. */
  read(value: unknown, path: string, errors: PolicyError[]): T | undefined;
  /** Chrome's schema dialect; structurally permissive on purpose (see chromeSchema in policy-schema.ts). */
  chromeSchema(): Record<string, unknown>;
  /** A short type for the reference documentation. */
  docType(): string;
  /** Fields of an object, for the documentation and the ADMX templates. */
  readonly children?: Readonly<Record<string, Field<unknown>>>;
  /** The entry of a list. */
  readonly item?: Field<unknown>;
  /** The values of an enumeration. */
  readonly values?: readonly string[];
}

export type FieldValue<F> = F extends Field<infer T> ? T : never;

interface Meta {
  title: string;
  description: string;
}

function fail(errors: PolicyError[], path: string, problem: string, value: unknown): undefined {
  errors.push({ path, problem, value: describeValue(value) });
  return undefined;
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
    ...meta,
    default: fallback,
    values,
    read(value, path, errors) {
      if (typeof value === 'string') {
        const match = values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
        if (match !== undefined) return match;
      }
      return fail(errors, path, `must be one of ${values.map((v) => `"${v}"`).join(', ')}`, value);
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
    ...meta,
    default: fallback,
    read(value, path, errors) {
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      if (typeof value === 'string') {
        const text = value.trim().toLowerCase();
        if (['true', '1', 'yes', 'on'].includes(text)) return true;
        if (['false', '0', 'no', 'off'].includes(text)) return false;
      }
      return fail(errors, path, 'must be true or false', value);
    },
    chromeSchema: () => ({ type: 'boolean', title: meta.title, description: meta.description }),
    docType: () => 'boolean',
  };
}

export function integerField(fallback: number, min: number, max: number, meta: Meta): Field<number> {
  return {
    kind: 'integer',
    ...meta,
    default: fallback,
    read(value, path, errors) {
      const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) return fail(errors, path, 'must be a whole number', value);
      if (n < min || n > max) return fail(errors, path, `must be between ${min} and ${max}`, value);
      return n;
    },
    chromeSchema: () => ({
      type: 'integer',
      title: meta.title,
      description: `${meta.description} From ${min} to ${max}.`,
    }),
    docType: () => `integer (${min}–${max})`,
  };
}

export interface TextOptions {
  /** `https-url`: an absolute https URL; `pattern`: a non-empty wildcard pattern. */
  format?: 'text' | 'https-url' | 'url-template' | 'pattern';
  maxLength?: number;
}

export function textField<D extends string | null>(fallback: D, meta: Meta & TextOptions): Field<string | D> {
  const maxLength = meta.maxLength ?? 2000;
  return {
    kind: 'text',
    title: meta.title,
    description: meta.description,
    default: fallback,
    read(value, path, errors) {
      if (typeof value !== 'string') return fail(errors, path, 'must be text', value);
      const text = value.trim();
      if (text === '') return fail(errors, path, 'must not be empty', value);
      if (text.length > maxLength) return fail(errors, path, `must be at most ${maxLength} characters`, value);
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
          return fail(errors, path, 'must be an absolute https:// URL', value);
        }
      }
      return text;
    },
    chromeSchema: () => ({ type: 'string', title: meta.title, description: meta.description }),
    docType: () =>
      meta.format === 'https-url' ? 'https URL' : meta.format === 'url-template' ? 'https URL template' : 'text',
  };
}

/** A text per language (`{"en": "...", "fr": "..."}`), or one text for every language. */
export function localisedTextField(meta: Meta): Field<Record<string, string> | null> {
  return {
    kind: 'localised-text',
    ...meta,
    default: null,
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (typeof value === 'string' && value.trim() !== '') return { '*': value.trim().slice(0, 2000) };
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'must be a text, or an object of texts by language ("en", "fr")', raw);
      }
      const texts: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (!/^[a-z]{2}(-[a-z]{2})?$|^\*$/i.test(lang)) {
          fail(errors, `${path}.${lang}`, 'must be a language code such as "en" or "fr"', lang);
        } else if (typeof text !== 'string' || text.trim() === '') {
          fail(errors, `${path}.${lang}`, 'must be a non-empty text', text);
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
    docType: () => 'object of texts by language',
  };
}

/** Header name → value, such as `{"Authorization": "Bearer …"}`. */
export function stringMapField(meta: Meta): Field<Record<string, string>> {
  return {
    kind: 'string-map',
    ...meta,
    default: {},
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'must be an object of names to texts', raw);
      }
      const out: Record<string, string> = {};
      for (const [name, text] of Object.entries(value)) {
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
          fail(errors, `${path}.${name}`, 'must be a valid header name', name);
        else if (typeof text !== 'string') fail(errors, `${path}.${name}`, 'must be text', text);
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
    docType: () => 'object of texts',
  };
}

/** Reads a list entry by entry: a bad entry is reported and skipped, the others kept; past `maxItems`, the rest is ignored. */
function readEntries<T>(list: unknown[], item: Field<T>, maxItems: number, path: string, errors: PolicyError[]): T[] {
  const out: T[] = [];
  list.slice(0, maxItems).forEach((entry, i) => {
    const read = item.read(entry, `${path}[${i}]`, errors);
    if (read !== undefined) out.push(read);
  });
  if (list.length > maxItems)
    fail(errors, path, `has more than ${maxItems} entries; the rest are ignored`, list.length);
  return out;
}

export function stringListField(item: Field<string>, meta: Meta & { maxItems?: number }): Field<string[]> {
  const maxItems = meta.maxItems ?? 1000;
  return {
    kind: 'string-list',
    title: meta.title,
    description: meta.description,
    default: [],
    item,
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      const list = typeof value === 'string' ? value.split(/[\n,]/).filter((s) => s.trim() !== '') : value;
      if (!Array.isArray(list)) return fail(errors, path, 'must be a list', raw);
      return readEntries(list, item, maxItems, path, errors);
    },
    chromeSchema: () => ({
      type: 'array',
      title: meta.title,
      description: meta.description,
      items: { type: 'string' },
    }),
    docType: () => 'list of text',
  };
}

type Fields = Record<string, Field<unknown>>;
export type ObjectValue<F extends Fields> = { [K in keyof F]: FieldValue<F[K]> };

/**
 * An object with known fields. Unknown keys are reported, never fatal; a
 * field that is wrong falls back to its default and the others still apply.
 * `required` fields make an entry unusable when missing (for list items).
 */
export function objectField<F extends Fields>(
  fields: F,
  meta: Meta & { required?: readonly (keyof F & string)[] },
): Field<ObjectValue<F>> {
  const defaults = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.default])) as ObjectValue<F>;
  return {
    kind: 'object',
    title: meta.title,
    description: meta.description,
    default: defaults,
    children: fields,
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail(errors, path, 'must be an object', raw);
      }
      const record = value as Record<string, unknown>;
      const byLowerName = new Map(Object.keys(fields).map((k) => [k.toLowerCase(), k]));
      const out: Record<string, unknown> = { ...defaults };
      const seen = new Set<string>();
      for (const [key, entry] of Object.entries(record)) {
        // Own keys only: a key named "toString" or "__proto__" is just an unknown key.
        const name = Object.hasOwn(fields, key) ? key : byLowerName.get(key.toLowerCase());
        const childPath = path === '' ? key : `${path}.${key}`;
        if (name === undefined) {
          fail(errors, childPath, 'is not a known setting and is ignored', entry);
          continue;
        }
        seen.add(name);
        const read = (fields[name] as Field<unknown>).read(entry, childPath, errors);
        if (read !== undefined) out[name] = read;
        else if (meta.required?.includes(name)) return undefined;
      }
      for (const name of meta.required ?? []) {
        if (!seen.has(name)) return fail(errors, path === '' ? name : `${path}.${name}`, 'is required', undefined);
      }
      return out as ObjectValue<F>;
    },
    chromeSchema: () => ({
      type: 'object',
      title: meta.title,
      description: meta.description,
      properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.chromeSchema()])),
    }),
    docType: () => 'object',
  };
}

/** A list of objects, read entry by entry: one bad entry is reported and skipped, the others apply. */
export function objectListField<T>(item: Field<T>, meta: Meta & { maxItems?: number }): Field<T[]> {
  const maxItems = meta.maxItems ?? 5000;
  return {
    kind: 'object-list',
    title: meta.title,
    description: meta.description,
    default: [],
    item,
    read(raw, path, errors) {
      const value = unwrapJsonText(raw);
      if (!Array.isArray(value)) return fail(errors, path, 'must be a list', raw);
      return readEntries(value, item, maxItems, path, errors);
    },
    chromeSchema: () => ({
      type: 'array',
      title: meta.title,
      description: meta.description,
      items: item.chromeSchema(),
    }),
    docType: () => 'list of objects',
  };
}
