import { browser } from 'wxt/browser';

import type { Translate } from '../core/messages';

export type { MessageKey, Translate } from '../core/messages';

export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;

/** The language for texts that live outside `_locales` (the scope catalogue): French or English. */
export function uiLanguage(): 'en' | 'fr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
