import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** The English texts of the extension, as `browser.i18n` would give them. */
export const t = (key: string, sub?: string | string[]) =>
  (en[key]?.message ?? key).replace(/\$[A-Z]+\$/, String(sub ?? ''));

export { outcome } from '../../grants/fixtures';
