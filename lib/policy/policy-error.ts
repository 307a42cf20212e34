/**
 * One problem in an organisation's policy: where it is, what is wrong, and
 * the value that was found, so an admin can fix it without guessing. The
 * entry is ignored; the rest of the policy applies.
 */
export interface PolicyError {
  /** JSON-path-like location: `blockedApps[2].clientId`. */
  path: string;
  /** What is wrong, in English (reports, `policy check`). */
  problem: string;
  /** The offending value, shortened for display. */
  value: string;
  /** The problem as a code and its values, so pages can say it in the person's language (`problemText`). */
  code?: ProblemCode;
  params?: string[];
}

/**
 * Something the reader understood but rewrote: a shorthand an admin wrote
 * (`"Mail.ReadWrite"` for a scope rule) and the form it was read as. Not an
 * error: the value applies.
 */
export interface PolicyNote {
  path: string;
  code: NoteCode;
  params: string[];
  /** The note in English. */
  note: string;
  value: string;
}

export type Language = 'en' | 'fr';

/**
 * Every problem the reader reports, in English and French. `{0}`, `{1}` are
 * the problem's values. One table, so the options page (either language),
 * `policy check` and the reports say the same thing.
 */
export const PROBLEM_TEXTS = {
  'one-of': { en: 'must be one of {0}', fr: 'doit être l’une des valeurs {0}' },
  boolean: { en: 'must be true or false', fr: 'doit valoir true ou false' },
  'whole-number': { en: 'must be a whole number', fr: 'doit être un nombre entier' },
  range: { en: 'must be between {0} and {1}', fr: 'doit être compris entre {0} et {1}' },
  text: { en: 'must be text', fr: 'doit être un texte' },
  empty: { en: 'must not be empty', fr: 'ne doit pas être vide' },
  'too-long': { en: 'must be at most {0} characters', fr: 'doit faire au plus {0} caractères' },
  'https-url': { en: 'must be an absolute https:// URL', fr: 'doit être une adresse https:// absolue' },
  'localised-text': {
    en: 'must be a text, or an object of texts by language ("en", "fr")',
    fr: 'doit être un texte, ou un objet de textes par langue ("en", "fr")',
  },
  'language-code': {
    en: 'must be a language code such as "en" or "fr"',
    fr: 'doit être un code de langue comme "en" ou "fr"',
  },
  'non-empty-text': { en: 'must be a non-empty text', fr: 'doit être un texte non vide' },
  'string-map': { en: 'must be an object of names to texts', fr: 'doit être un objet de noms vers des textes' },
  'header-name': { en: 'must be a valid header name', fr: 'doit être un nom d’en-tête valide' },
  'too-many': {
    en: 'has more than {0} entries; the rest are ignored',
    fr: 'a plus de {0} entrées ; les suivantes sont ignorées',
  },
  list: { en: 'must be a list', fr: 'doit être une liste' },
  'unknown-key': { en: 'is not a known setting and is ignored', fr: 'n’est pas un réglage connu et est ignoré' },
  'unknown-key-suggest': {
    en: 'is not a known setting and is ignored; did you mean "{0}"?',
    fr: 'n’est pas un réglage connu et est ignoré ; vouliez-vous dire "{0}" ?',
  },
  required: { en: 'is required', fr: 'est obligatoire' },
  object: { en: 'must be an object', fr: 'doit être un objet' },
  'app-text': {
    en: 'must be an object, or a text "provider:clientId" (or a bare client id for any provider)',
    fr: 'doit être un objet, ou un texte "fournisseur:clientId" (ou un identifiant seul pour tout fournisseur)',
  },
  'unknown-provider': {
    en: '"{0}" is not a provider; write "provider:clientId" with one of {1}',
    fr: '"{0}" n’est pas un fournisseur ; écrivez "fournisseur:clientId" avec l’un de {1}',
  },
  'unknown-provider-suggest': {
    en: '"{0}" is not a provider; did you mean "{1}"?',
    fr: '"{0}" n’est pas un fournisseur ; vouliez-vous dire "{1}" ?',
  },
  'public-key': {
    en: 'must be an Ed25519 public key: base64 of the 32-byte key, or of its SPKI form (policy keygen prints one)',
    fr: 'doit être une clé publique Ed25519 : la clé de 32 octets en base64, ou sa forme SPKI (policy keygen en donne une)',
  },
  'invalid-json': { en: 'is not valid JSON', fr: 'n’est pas du JSON valide' },
  'invalid-json-detail': { en: 'is not valid JSON: {0}', fr: 'n’est pas du JSON valide : {0}' },
  unreadable: { en: 'could not be read ({0})', fr: 'n’a pas pu être lu ({0})' },
  'chrome-drops-text': {
    en: 'Chrome and Edge drop this whole list: their managed schema takes objects here, not texts; write {0} or deploy the file `policy export` writes',
    fr: 'Chrome et Edge ignorent toute cette liste : leur schéma géré y attend des objets, pas des textes ; écrivez {0} ou déployez le fichier écrit par `policy export`',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;

/** Shorthands the reader accepts, and what it says about each. */
export const NOTE_TEXTS = {
  'scope-text': {
    en: 'a plain scope: read as {"provider": "*", "scope": "{0}"} (any provider)',
    fr: 'une permission seule : lue comme {"provider": "*", "scope": "{0}"} (tout fournisseur)',
  },
  'app-text': {
    en: 'read as {"provider": "{0}", "clientId": "{1}"}',
    fr: 'lu comme {"provider": "{0}", "clientId": "{1}"}',
  },
  'app-bare-id': {
    en: 'a bare client id: read as {"provider": "*", "clientId": "{0}"} (any provider)',
    fr: 'un identifiant seul : lu comme {"provider": "*", "clientId": "{0}"} (tout fournisseur)',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type NoteCode = keyof typeof NOTE_TEXTS;

function fill(template: string, params: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_m, i: string) => params[Number(i)] ?? '');
}

export function problemText(code: ProblemCode, params: readonly string[] = [], lang: Language = 'en'): string {
  return fill(PROBLEM_TEXTS[code][lang], params);
}

export function noteText(code: NoteCode, params: readonly string[] = [], lang: Language = 'en'): string {
  return fill(NOTE_TEXTS[code][lang], params);
}

/** A problem in the reader's words, with its code for translation. */
export function policyError(path: string, code: ProblemCode, params: readonly string[], value: unknown): PolicyError {
  return { path, problem: problemText(code, params), value: describeValue(value), code, params: [...params] };
}

export function policyNote(path: string, code: NoteCode, params: readonly string[], value: unknown): PolicyNote {
  return { path, code, params: [...params], note: noteText(code, params), value: describeValue(value) };
}

/** The problem in this language; errors stored by an older version carry only the English text. */
export function localisedProblem(error: PolicyError, lang: Language): string {
  return error.code && error.code in PROBLEM_TEXTS ? problemText(error.code, error.params ?? [], lang) : error.problem;
}

export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function formatPolicyError(error: PolicyError): string {
  return `${error.path}: ${error.problem} (found ${error.value})`;
}

export function formatPolicyNote(note: PolicyNote): string {
  return `${note.path}: ${note.note}`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] as number) + 1,
        diagonal + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The known name nearest to a misspelt one, when it is near enough to be
 * what was meant: at most a third of its length away (and at least one edit),
 * and nearer than any other name. Case is ignored.
 */
export function nearestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  const limit = Math.max(1, Math.floor(Math.max(name.length, 3) / 3));
  return best !== null && !tie && bestDistance <= limit ? best : null;
}
