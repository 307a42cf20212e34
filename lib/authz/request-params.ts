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

export function addParam(params: RequestParams, name: string, value: string): void {
  const key = name.trim().toLowerCase();
  if (key === '') return;
  const list = params.get(key);
  if (list) list.push(value);
  else params.set(key, [value]);
}

export function firstParam(params: RequestParams, name: string): string | null {
  const list = params.get(name);
  return list && list.length > 0 ? (list[0] as string) : null;
}

export function allParams(params: RequestParams, name: string): readonly string[] {
  return params.get(name) ?? [];
}
