import { decodeFormComponent } from './percent-decode';

/**
 * Every parameter of a request, by lower-cased name, with every copy kept in
 * order. Names are matched case-insensitively because some providers (Microsoft's
 * ASP.NET front end among them) accept `Client_ID` as `client_id`: matching
 * more loosely than the server can only make the guard see more, never less.
 */
export type RequestParams = Map<string, string[]>;

export type FormBody = string | Readonly<Record<string, readonly string[]>>;

/** Longer inputs are cut: no real authorization request comes near, and the cap keeps parsing bounded. */
export const MAX_PARAM_TEXT = 64 * 1024;

export function parseParamText(text: string, into: RequestParams = new Map()): RequestParams {
  const source = text.length > MAX_PARAM_TEXT ? text.slice(0, MAX_PARAM_TEXT) : text;
  let start = source.startsWith('?') ? 1 : 0;
  while (start <= source.length) {
    let end = source.indexOf('&', start);
    if (end === -1) end = source.length;
    if (end > start) {
      const pair = source.slice(start, end);
      const eq = pair.indexOf('=');
      const rawName = eq === -1 ? pair : pair.slice(0, eq);
      const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
      addParam(into, decodeFormComponent(rawName), decodeFormComponent(rawValue));
    }
    start = end + 1;
  }
  return into;
}

/** Adds the fields of a POST body: raw form text, or the already-split form Chrome's webRequest gives. */
export function addFormBody(params: RequestParams, body: FormBody): void {
  if (typeof body === 'string') {
    parseParamText(body, params);
    return;
  }
  for (const [name, values] of Object.entries(body)) {
    if (!Array.isArray(values)) continue;
    for (const value of values) if (typeof value === 'string') addParam(params, name, value);
  }
}

/** How each parameter was spelled, by lower-cased name (see `spelledExactly`). */
const SPELLINGS = new WeakMap<RequestParams, Map<string, Set<string>>>();

export function addParam(params: RequestParams, name: string, value: string): void {
  const spelled = name.trim();
  const key = spelled.toLowerCase();
  if (key === '') return;
  let spellings = SPELLINGS.get(params);
  if (!spellings) {
    spellings = new Map();
    SPELLINGS.set(params, spellings);
  }
  const forKey = spellings.get(key);
  if (forKey) forKey.add(spelled);
  else spellings.set(key, new Set([spelled]));
  const list = params.get(key);
  if (list) list.push(value);
  else params.set(key, [value]);
}

/**
 * Whether every copy of this parameter was spelled exactly `name`. Matching
 * names loosely makes the guard see more; where a parameter would make it see
 * less (`prompt=none`, which lets a request pass as silent), the provider's
 * own reading counts, and providers read names case-sensitively.
 */
export function spelledExactly(params: RequestParams, name: string): boolean {
  const forKey = SPELLINGS.get(params)?.get(name.toLowerCase());
  return forKey !== undefined && forKey.size === 1 && forKey.has(name);
}

export function firstParam(params: RequestParams, name: string): string | null {
  const list = params.get(name);
  return list && list.length > 0 ? (list[0] as string) : null;
}

export function allParams(params: RequestParams, name: string): readonly string[] {
  return params.get(name) ?? [];
}
