// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyOverview } from '../../../../components/options/PolicyOverview';
import { computeState } from '../../../../lib/policy/policy-state';
import { localeTranslator } from '../../../../scripts/locale-messages';

afterEach(cleanup);

const en = localeTranslator('en');
const fr = localeTranslator('fr');

const MANAGED = {
  mode: 'enforce',
  allowedApps: [{ provider: 'microsoft', clientId: '1111-2222', name: 'Contoso CRM' }],
  blockedApps: ['google:g-evil'],
  blockedScopes: ['Mail.ReadWrite'],
  warnAtRisk: 'extreme',
  approvers: [{ name: 'IT approvals', publicKey: 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=' }],
  message: { en: 'Ask IT first.', fr: 'Demandez d’abord à la DSI.' },
  reporting: {
    endpoint: 'https://siem.example.com/in',
    authHeader: 'Splunk TOP-SECRET-TOKEN',
    headers: { 'X-Key': 'TOP-SECRET-KEY' },
    hmacSecret: 42,
  },
};

function show(options: { lang?: 'en' | 'fr'; before?: boolean | null; local?: unknown } = {}) {
  const state = computeState(MANAGED, 'present', options.local ?? null, Date.parse('2026-11-25T09:00:00Z'));
  const lang = options.lang ?? 'en';
  const view = render(
    <PolicyOverview
      state={state}
      t={lang === 'en' ? en : fr}
      lang={lang}
      beforeRequestsLeave={options.before === undefined ? null : options.before}
    />,
  );
  return { state, view, section: screen.getByTestId('policy') };
}

describe('options page: the policy in force, in words', () => {
  it('shows no raw JSON and no camel-case keys as labels', () => {
    const { section } = show();
    expect(section.textContent).not.toContain('{"');
    expect(section.textContent).not.toContain('["');
    const labels = [...section.querySelectorAll('.setting-label')].map((e) => e.textContent ?? '');
    expect(labels).toContain('Allowed apps');
    expect(labels).toContain('Bypass duration');
    expect(labels).not.toContain('allowedApps');
  });

  it('names the apps by name, provider and client id, each rule in a list', () => {
    show();
    const allowed = screen.getByText('Allowed apps').closest('tr') as HTMLElement;
    expect(allowed.getAttribute('data-source')).toBe('managed');
    expect(within(allowed).getByRole('listitem').textContent).toBe('Contoso CRM (Microsoft, client id 1111-2222)');
    const blocked = document.querySelector('tr[data-key="blockedApps"]') as HTMLElement;
    expect(within(blocked).getByRole('listitem').textContent).toBe('unnamed app (Google, client id g-evil)');
    const scopes = document.querySelector('tr[data-key="blockedScopes"]') as HTMLElement;
    expect(within(scopes).getByRole('listitem').textContent).toBe('Mail.ReadWrite (any provider)');
    expect(document.querySelector('tr[data-key="bypass.durationMinutes"] td')?.textContent).toBe('5 minutes');
    expect(document.querySelector('tr[data-key="bypass.allowed"] td')?.textContent).toBe('on');
  });

  it('hides secrets: says only whether they are set', () => {
    const { section } = show();
    expect(section.textContent).not.toContain('TOP-SECRET');
    expect(document.querySelector('tr[data-key="reporting.authHeader"] td')?.textContent).toBe('set (hidden)');
    expect(document.querySelector('tr[data-key="reporting.headers"] td')?.textContent).toBe('set (hidden)');
  });

  it('names each ignored value: where, the problem, the value given', () => {
    show();
    const errors = screen.getByTestId('policy-errors');
    const risk = errors.querySelector('tr[data-path="warnAtRisk"]') as HTMLElement;
    expect(risk.textContent).toContain('Warn from risk level');
    expect(risk.textContent).toContain('must be one of "none", "low", "medium", "high", "critical"');
    expect(risk.textContent).toContain('“extreme”');
    const secret = errors.querySelector('tr[data-path="reporting.hmacSecret"]') as HTMLElement;
    expect(secret.textContent).toContain('must be text');
    expect(secret.textContent).toContain('(hidden)');
    // The bad value is ignored: the default applies.
    expect(document.querySelector('tr[data-key="warnAtRisk"] td')?.textContent).toBe('High risk or higher');
  });

  it('sums up first: mode, warned, blocked, reporting, and whether requests are stopped before they leave', () => {
    show({ before: true });
    const summary = screen.getByTestId('policy-summary');
    expect(summary.textContent).toContain('Mode: enforce (block whatever would be warned).');
    expect(screen.getByTestId('summary-warned').textContent).toBe('Warned: nothing.');
    expect(screen.getByTestId('summary-blocked').textContent).toContain('Blocked apps: g-evil');
    expect(screen.getByTestId('summary-blocked').textContent).toContain('High risk or higher');
    expect(screen.getByTestId('summary-reporting').textContent).toBe('Reporting: on, to siem.example.com.');
    expect(screen.getByTestId('summary-protection').textContent).toBe(
      'Requests are stopped before they leave the browser.',
    );
    cleanup();
    show({ before: null });
    expect(screen.getByTestId('summary-protection').textContent).toMatch(/not known yet/);
  });

  it('marks what the person tightened on this device', () => {
    show({ local: { requireJustification: true } });
    expect(document.querySelector('tr[data-key="bypass.requireJustification"]')?.getAttribute('data-source')).toBe(
      'local',
    );
    expect(document.querySelector('tr[data-key="bypass.requireJustification"] td:last-child')?.textContent).toBe(
      'your settings',
    );
  });

  it('speaks French', () => {
    const { section } = show({ lang: 'fr', before: false });
    expect(screen.getByText('Applications autorisées')).toBeTruthy();
    expect(section.textContent).toContain('Contoso CRM (Microsoft, identifiant client 1111-2222)');
    expect(screen.getByTestId('summary-blocked').textContent).toMatch(/^Bloqué : /);
    expect(section.textContent).toContain('doit être l’une des valeurs');
    expect(section.textContent).not.toContain('{"');
  });
});
