import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The extension's own messages (public/_locales) for the command-line tools,
 * substituted as browsers do (`$NAME$` placeholders whose content is `$1`…),
 * so `policy show` says what the options page says, in English or French.
 */
export type Translator = (key: string, substitutions?: string | string[]) => string;

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A translator over one locale's messages: an unknown key is returned as it is, as browsers do. */
export function translatorFor(messages: Readonly<Record<string, LocaleMessage>>): Translator {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const numbered = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? match : numbered(content);
      })
      .replaceAll('$$', '$');
  };
}

// From this file's own path (a string: a page environment's URL class is not Node's).
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', '_locales');

/** The translator of the extension's English or French messages. */
export function localeTranslator(lang: 'en' | 'fr'): Translator {
  return translatorFor(JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')));
}
