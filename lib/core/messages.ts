/**
 * The name of a text people read, as `public/_locales/en/messages.json`
 * defines it (a test keeps the French file in step): a misspelt or missing
 * key fails type-checking instead of showing the raw key on a page. Type
 * only: the JSON is not bundled by this import.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Looks a message up in the extension's `_locales`, in the browser's language. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
