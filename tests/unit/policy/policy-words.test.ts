import { describe, expect, it } from 'vitest';
import { computeState } from '../../../lib/policy/policy-state';
import { policyInWords, policyInWordsText, type SettingInWords } from '../../../lib/policy/policy-words';
import { localeTranslator } from '../../../scripts/locale-messages';

const en = localeTranslator('en');
const fr = localeTranslator('fr');

const MANAGED = {
  mode: 'warn',
  warnAtRisk: 'medium',
  blockAtRisk: 'extreme',
  blockedApps: ['microsoft:evil-*', { provider: 'google', clientId: 'g-1', name: 'Mail Sync', note: 'Phishing' }],
  blockedScopes: ['Mail.ReadWrite'],
  warnScopes: [{ provider: 'microsoft', scope: 'Files.Read.All' }],
  bypass: { durationMinutes: 1, alowed: false },
  providers: { zoom: false },
  approvers: [{ name: 'IT approvals', publicKey: 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=' }],
  reporting: {
    endpoint: 'https://siem.example.com/in',
    authHeader: 'Bearer TOP-SECRET-TOKEN',
    headers: { 'X-Api-Key': 'TOP-SECRET-KEY' },
    hmacSecret: ['TOP-SECRET-IN-ERROR'],
  },
  retentionDays: '30',
};

function words(
  managed: unknown = MANAGED,
  local: unknown = null,
  lang: 'en' | 'fr' = 'en',
  before: boolean | null = null,
) {
  const state = computeState(managed, 'present', local, 1);
  return policyInWords(
    {
      effective: state.effective,
      sources: state.sources,
      managed: state.managed,
      errors: state.managedErrors,
      beforeRequestsLeave: before,
    },
    lang === 'en' ? en : fr,
    lang,
  );
}

const row = (rows: SettingInWords[], path: string): SettingInWords => {
  for (const r of rows) {
    if (r.path === path) return r;
    if (r.value.kind === 'fields') {
      const found = r.value.rows.find((c) => c.path === path);
      if (found) return found;
    }
  }
  throw new Error(`no row ${path}`);
};

describe('the policy in words', () => {
  it('labels and meanings are the schema’s own texts, in English and French', () => {
    const mode = row(words().settings, 'mode');
    expect(mode.label).toBe('Mode');
    expect(mode.meaning).toMatch(/^audit: record and report only/);
    const blocked = row(words(MANAGED, null, 'fr').settings, 'blockedApps');
    expect(blocked.label).toBe('Applications bloquées');
    // The Group Policy hint ("Liste JSON d’objets …") is for the templates, not for people.
    expect(blocked.meaning).toBe('Applications toujours bloquées, même si elles sont aussi autorisées.');
  });

  it('says values plainly: apps by name, provider and id, durations with units, switches, risk levels', () => {
    const w = words();
    expect(row(w.settings, 'blockedApps').value).toEqual({
      kind: 'list',
      items: ['unnamed app (Microsoft, client id evil-*)', 'Mail Sync (Google, client id g-1) — Phishing'],
      empty: 'none',
    });
    expect(row(w.settings, 'blockedScopes').value).toMatchObject({ items: ['Mail.ReadWrite (any provider)'] });
    expect(row(w.settings, 'warnScopes').value).toMatchObject({ items: ['Files.Read.All (Microsoft)'] });
    expect(row(w.settings, 'bypass.durationMinutes').value).toEqual({ kind: 'text', text: '1 minute' });
    expect(row(w.settings, 'retentionDays').value).toEqual({ kind: 'text', text: '30 days' });
    expect(row(w.settings, 'abusedApps.refreshHours').value).toEqual({ kind: 'text', text: '24 hours' });
    expect(row(w.settings, 'bypass.allowed').value).toEqual({ kind: 'text', text: 'on' });
    expect(row(w.settings, 'warnAtRisk').value).toEqual({ kind: 'text', text: 'Medium risk or higher' });
    expect(row(w.settings, 'blockAtRisk').value).toEqual({ kind: 'text', text: 'never' });
    expect(row(w.settings, 'providers').value).toEqual({ kind: 'text', text: 'not checked: Zoom' });
    expect(row(w.settings, 'accounts.allowedTenants').value).toMatchObject({ items: [], empty: 'any tenant' });
    expect(row(w.settings, 'approvers').value).toMatchObject({
      items: [expect.stringMatching(/^IT approvals \(key [0-9a-f]{12}\)$/)],
    });
    expect(row(w.settings, 'rememberApprovals').value).toEqual({ kind: 'text', text: '90 days' });
    expect(row(words({ rememberApprovals: 0 }).settings, 'rememberApprovals').value).toEqual({
      kind: 'text',
      text: 'never',
    });
  });

  it('says where each value comes from: organisation, default or the person’s own settings', () => {
    const w = words(MANAGED, { requireJustification: true, deviceCode: 'block' });
    expect(row(w.settings, 'mode').source).toBe('managed');
    expect(row(w.settings, 'adminConsent').source).toBe('default');
    expect(row(w.settings, 'deviceCode').source).toBe('local');
    expect(row(w.settings, 'bypass').source).toBe('local');
    expect(row(w.settings, 'bypass.requireJustification').source).toBe('local');
    expect(row(w.settings, 'bypass.durationMinutes').source).toBe('managed');
    expect(row(w.settings, 'reporting.format').source).toBe('default');
  });

  it('never shows a secret: only whether it is set', () => {
    const w = words();
    expect(row(w.settings, 'reporting.authHeader').value).toEqual({ kind: 'text', text: 'set (hidden)' });
    expect(row(w.settings, 'reporting.headers').value).toEqual({ kind: 'text', text: 'set (hidden)' });
    expect(row(w.settings, 'reporting.hmacSecret').value).toEqual({ kind: 'text', text: 'not set' });
    expect(JSON.stringify(w)).not.toContain('TOP-SECRET');
    expect(policyInWordsText(w, en)).not.toContain('TOP-SECRET');
  });

  it('names every ignored value: where, the problem, and the value given in words, never JSON', () => {
    const w = words();
    expect(w.ignored).toEqual([
      {
        path: 'blockAtRisk',
        label: 'Block from risk level',
        problem: 'must be one of "none", "low", "medium", "high", "critical", "never"',
        given: '“extreme”',
      },
      {
        path: 'bypass.alowed',
        label: 'Bypass',
        problem: 'is not a known setting and is ignored; did you mean "allowed"?',
        given: 'false',
      },
      { path: 'reporting.hmacSecret', label: 'Signature secret', problem: 'must be text', given: '(hidden)' },
    ]);
    // A list entry's field is named too, in French as well.
    const entry = words({ blockedApps: [{ clientId: 7 }] }, null, 'fr').ignored[0];
    expect(entry).toMatchObject({ path: 'blockedApps[0].clientId', label: 'Identifiant client', given: '7' });
    const fr = words(MANAGED, null, 'fr').ignored[0];
    expect(fr).toMatchObject({ label: 'Bloquer à partir du niveau de risque' });
    expect(fr?.problem).toMatch(/^doit être l’une des valeurs/);
    expect(words({ blockedApps: [{ clientId: 1 }], bypass: [1, 2] }).ignored.map((i) => i.given)).toEqual([
      '1',
      'a list of 2 entries',
    ]);
    const fromRegistry = words({ accounts: '{"otherTenants": "nope"}', bypass: { allowed: { yes: 1 } } }).ignored;
    expect(fromRegistry.map((i) => i.given)).toEqual(['“nope”', 'an object with yes']);
    for (const item of fromRegistry) expect(`${item.problem} ${item.given}`).not.toContain('{"');
  });

  it('sums it up: mode, what is warned, what is blocked, reporting, and where requests are stopped', () => {
    const w = words(MANAGED, null, 'en', false);
    expect(w.summary.mode).toBe('Mode: warn (warn and block as the rules say).');
    expect(w.summary.blocked).toEqual(['Blocked apps: evil-*, Mail Sync', 'Blocked scopes: Mail.ReadWrite']);
    expect(w.summary.warned).toEqual([
      'Warned scopes: Files.Read.All',
      'Medium risk or higher',
      'Admin consent',
      'Hidden scopes',
      'Device-code sign-in pages',
    ]);
    expect(w.summary.reporting).toBe('Reporting: on, to siem.example.com.');
    expect(w.summary.protection).toMatch(/warned request may reach the provider/);
    expect(words(MANAGED, null, 'en', true).summary.protection).toBe(
      'Requests are stopped before they leave the browser.',
    );
    expect(words(MANAGED, null, 'en', null).summary.protection).toMatch(/not known yet/);
    expect(w.summaryLine).toContain('Warned: Warned scopes: Files.Read.All; Medium risk or higher;');

    // Enforce turns every warning into a block; audit interrupts nothing.
    const enforce = words({ mode: 'enforce' }).summary;
    expect(enforce.warned).toEqual([]);
    expect(enforce.blocked).toContain('High risk or higher');
    expect(enforce.warnedLine).toBe('Warned: nothing.');
    const audit = words({ mode: 'audit', blockedApps: ['x'] }).summary;
    expect(audit.blockedLine).toBe('Blocked: nothing (audit: recorded and reported only).');
    expect(words({}).summary.reporting).toBe('Reporting: off.');
  });

  it('says it in French', () => {
    const w = words(MANAGED, null, 'fr', true);
    expect(w.summary.mode).toBe('Mode : avertissement (avertir et bloquer selon les règles).');
    expect(w.summary.protection).toBe('Les demandes sont arrêtées avant de quitter le navigateur.');
    expect(row(w.settings, 'bypass.durationMinutes').value).toEqual({ kind: 'text', text: '1 min' });
    expect(row(w.settings, 'blockedApps').value).toMatchObject({
      items: ['application sans nom (Microsoft, identifiant client evil-*)', expect.any(String)],
    });
  });

  it('as text, for policy show: the same words, no JSON', () => {
    const text = policyInWordsText(words(), en);
    expect(text).toContain('Blocked apps [organisation]:');
    expect(text).toContain('  • Mail Sync (Google, client id g-1) — Phishing');
    expect(text).toContain('Bypass duration [organisation]: 1 minute');
    expect(text).toContain('blockAtRisk (Block from risk level): must be one of');
    expect(text).not.toContain('{"');
  });
});
