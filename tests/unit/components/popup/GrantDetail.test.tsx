// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GrantDetail } from '../../../../components/popup/GrantDetail';
import { riskRank } from '../../../../lib/core/risk-level';
import { withDerivedFields } from '../../../../lib/grants/grant-store';
import type { GrantFacts, GrantRecord } from '../../../../lib/grants/grant-types';
import { describeScope } from '../../../../lib/scopes/lookup-scope';
import { t } from './helpers';

afterEach(cleanup);

const grant = (overrides: Partial<GrantFacts> = {}): GrantRecord =>
  withDerivedFields({
    id: 7,
    provider: 'microsoft',
    clientId: 'bbbbbbbb-2222',
    appName: 'Mail Helper',
    tenant: 'contoso.com',
    account: 'ann@contoso.com',
    scopes: ['User.Read', 'Mail.Read', 'offline_access', 'Widgets.Frobnicate'],
    hiddenScopes: false,
    risk: 'critical',
    status: 'active',
    firstSeen: Date.UTC(2026, 0, 5, 9),
    lastSeen: Date.UTC(2026, 0, 6, 9),
    redirectHost: 'mail-helper.example.com',
    history: [
      { time: Date.UTC(2026, 0, 5, 9), type: 'grant-recorded', decision: 'allow', scopes: ['User.Read'] },
      {
        time: Date.UTC(2026, 0, 6, 9),
        type: 'grant-recorded',
        decision: 'warn',
        scopes: ['Mail.Read', 'offline_access'],
        justification: 'Project Atlas mail triage',
      },
    ],
    ...overrides,
  });

function show(record: GrantRecord, lang: 'en' | 'fr' = 'en') {
  const handlers = { onBack: vi.fn(), onRevoke: vi.fn(), onConfirmRevoked: vi.fn() };
  render(<GrantDetail grant={record} lang={lang} t={t} {...handlers} />);
  return handlers;
}

const scopeItems = () => [...document.querySelectorAll<HTMLElement>('li[data-scope]')];

describe('popup: one grant', () => {
  it('names every permission in plain words, the most dangerous first', () => {
    const record = grant();
    show(record);
    const items = scopeItems();
    const shownScopes = items.map((li) => li.dataset.scope as string);
    expect([...shownScopes].sort()).toEqual([...record.scopes].sort());
    const ranks = shownScopes.map((scope) => riskRank(describeScope('microsoft', scope).level));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(shownScopes[0]).toBe('Mail.Read');
    expect(shownScopes.at(-1)).toBe('User.Read');
    for (const li of items) {
      const info = describeScope('microsoft', li.dataset.scope as string);
      expect(info.description.en.length).toBeGreaterThan(0);
      expect(li.textContent).toContain(info.description.en);
    }
    expect(items[0]?.textContent).toContain('Read all your e-mail.');
    // A permission the catalogue does not know is said so, in words too.
    const unknown = items.find((li) => li.dataset.scope === 'Widgets.Frobnicate');
    expect(unknown?.textContent).toContain('A permission Consent Guard does not know');
  });

  it('says the words in French when the page is French', () => {
    show(grant(), 'fr');
    const mail = scopeItems().find((li) => li.dataset.scope === 'Mail.Read');
    expect(mail?.textContent).toContain(describeScope('microsoft', 'Mail.Read').description.fr);
  });

  it('says when the app asked for hidden permissions', () => {
    show(grant({ hiddenScopes: true }));
    expect(screen.getByText(/asked for hidden permissions/)).toBeTruthy();
  });

  it('shows the history, newest first, with the justification given and the warning it followed', () => {
    show(grant());
    const entries = [...document.querySelectorAll('ol.history li')].map((li) => li.textContent ?? '');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('Access granted');
    expect(entries[0]).toContain('(after a warning)');
    expect(entries[0]).toContain('Project Atlas mail triage');
    expect(document.querySelector('ol.history q')?.textContent?.trim()).toBe('Project Atlas mail triage');
    expect(entries[1]).not.toContain('after a warning');
  });

  it('Revoke emits the provider’s page; Back emits back; no confirmation until a revocation started', () => {
    const { onRevoke, onBack, onConfirmRevoked } = show(grant());
    expect(screen.queryByRole('button', { name: 'I have revoked it' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke at Microsoft' }));
    expect(onRevoke).toHaveBeenCalledWith('https://myapplications.microsoft.com/');
    expect(screen.getByText(/Revoke permissions/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(onBack).toHaveBeenCalled();
    expect(onConfirmRevoked).not.toHaveBeenCalled();
  });

  it('after a revocation started, asks for the confirmation and emits it', () => {
    const { onConfirmRevoked } = show(grant({ status: 'revocation-started' }));
    expect(screen.getByTestId('grant-status').textContent).toBe('Revocation started');
    fireEvent.click(screen.getByRole('button', { name: 'I have revoked it' }));
    expect(onConfirmRevoked).toHaveBeenCalledTimes(1);
  });

  it('a GitHub grant links to the app’s own page; a provider without one says who to ask', () => {
    const { onRevoke } = show(grant({ provider: 'github', clientId: 'Iv1.abc', scopes: ['repo'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke at GitHub' }));
    expect(onRevoke).toHaveBeenCalledWith('https://github.com/settings/connections/applications/Iv1.abc');
    cleanup();
    show(grant({ provider: 'okta', clientId: 'okta-app', scopes: ['openid'] }));
    expect(screen.queryByRole('button', { name: /Revoke at/ })).toBeNull();
    expect(screen.getByText(/has no page where you can remove this yourself/)).toBeTruthy();
  });
});
