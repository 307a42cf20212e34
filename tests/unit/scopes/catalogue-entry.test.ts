import { describe, expect, it } from 'vitest';
import { type CatalogueRow, indexRows, SCOPE_CATEGORIES } from '../../../lib/scopes/catalogue-entry';

const ROWS: CatalogueRow[] = [
  ['Mail.Read', 'high', 'mail', 'Read all your e-mail.', 'Lire tous vos e-mails.'],
  ['User.Read', 'none', 'identity', 'Sign you in.', 'Vous connecter.'],
];

describe('indexRows', () => {
  it('indexes catalogue rows by scope in lower case, keeping the provider’s spelling', () => {
    const index = indexRows(ROWS);
    expect(index.get('mail.read')).toEqual({
      scope: 'Mail.Read',
      level: 'high',
      category: 'mail',
      description: { en: 'Read all your e-mail.', fr: 'Lire tous vos e-mails.' },
    });
    expect(index.get('Mail.Read')).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it('lets a later table refine a scope an earlier one has', () => {
    const index = indexRows([...ROWS, ['mail.read', 'critical', 'mail', 'Later.', 'Plus tard.']]);
    expect(index.get('mail.read')?.level).toBe('critical');
  });
});

describe('scope categories', () => {
  it('include the ones the risk and the pages rely on, each once', () => {
    expect(SCOPE_CATEGORIES).toEqual(expect.arrayContaining(['identity', 'offline-access', 'mail', 'files', 'other']));
    expect(new Set(SCOPE_CATEGORIES).size).toBe(SCOPE_CATEGORIES.length);
  });
});
