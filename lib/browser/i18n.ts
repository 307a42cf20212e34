import { browser } from 'wxt/browser';

/** Looks a message up in the extension's `_locales`, in the browser's language. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;

/** The language for texts that live outside `_locales` (the scope catalogue): French or English. */
export function uiLanguage(): 'en' | 'fr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
