import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../../../lib/risk/risk-level';
import { ATLASSIAN_SCOPES } from '../../../lib/scopes/catalogue/atlassian';
import { DROPBOX_SCOPES } from '../../../lib/scopes/catalogue/dropbox';
import { GITHUB_SCOPES } from '../../../lib/scopes/catalogue/github';
import { GOOGLE_SCOPES } from '../../../lib/scopes/catalogue/google';
import {
  MICROSOFT_GRAPH_SCOPES,
  MICROSOFT_RESOURCE_SCOPES,
  SHAREPOINT_SCOPES,
} from '../../../lib/scopes/catalogue/microsoft-graph';
import { OPENID_SCOPES } from '../../../lib/scopes/catalogue/openid';
import { SALESFORCE_SCOPES } from '../../../lib/scopes/catalogue/salesforce';
import { SLACK_SCOPES } from '../../../lib/scopes/catalogue/slack';
import type { CatalogueRow } from '../../../lib/scopes/catalogue-entry';
import { SCOPE_CATEGORIES } from '../../../lib/scopes/catalogue-entry';
import { describeScope } from '../../../lib/scopes/lookup-scope';

const TABLES: Record<string, readonly CatalogueRow[]> = {
  openid: OPENID_SCOPES,
  'microsoft-graph': MICROSOFT_GRAPH_SCOPES,
  sharepoint: SHAREPOINT_SCOPES,
  'microsoft-resources': MICROSOFT_RESOURCE_SCOPES,
  google: GOOGLE_SCOPES,
  github: GITHUB_SCOPES,
  slack: SLACK_SCOPES,
  atlassian: ATLASSIAN_SCOPES,
  salesforce: SALESFORCE_SCOPES,
  dropbox: DROPBOX_SCOPES,
};

describe('scope catalogue', () => {
  it.each(Object.entries(TABLES))('%s: every row is complete, unique and bilingual', (_name, rows) => {
    const seen = new Set<string>();
    for (const [scope, level, category, en, fr] of rows) {
      expect(seen.has(scope.toLowerCase()), `duplicate ${scope}`).toBe(false);
      seen.add(scope.toLowerCase());
      expect(RISK_LEVELS).toContain(level);
      expect(SCOPE_CATEGORIES).toContain(category);
      expect(en.length, scope).toBeGreaterThan(8);
      expect(fr.length, scope).toBeGreaterThan(8);
      expect(fr, `${scope}: the French text must be French`).not.toBe(en);
    }
  });

  it('keeps the permissions Entra keeps from users at medium or above', () => {
    for (const scope of [
      'Files.Read.All',
      'Sites.Read.All',
      'Mail.Read',
      'Calendars.Read',
      'Chat.Read',
      'Contacts.ReadWrite',
      'MailboxSettings.Read',
      'OnlineMeetings.Read',
      'Tasks.Read',
      'People.Read',
      'EWS.AccessAsUser.All',
      'IMAP.AccessAsUser.All',
    ]) {
      expect(['medium', 'high', 'critical'], scope).toContain(describeScope('microsoft', scope).level);
    }
  });

  it('keeps Google restricted scopes at high or above', () => {
    for (const scope of [
      'https://mail.google.com/',
      'https://www.googleapis.com/auth/gmail.readonly',
      'https://www.googleapis.com/auth/gmail.modify',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.readonly',
    ]) {
      expect(['high', 'critical'], scope).toContain(describeScope('google', scope).level);
    }
  });

  it('describes a scope in both languages', () => {
    const info = describeScope('github', 'repo');
    expect(info.known).toBe(true);
    expect(info.description.en).toMatch(/repositories/);
    expect(info.description.fr).toMatch(/dépôts/);
  });
});
