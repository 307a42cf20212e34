// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { ConsentDatabase } from '../../../../lib/grants/consent-database';
import { GrantStore } from '../../../../lib/grants/grant-store';
import type { GrantRecord } from '../../../../lib/grants/grant-types';
import { outcome, t } from './helpers';

let db: ConsentDatabase;
let store: GrantStore;
let n = 0;

beforeEach(async () => {
  db = new ConsentDatabase(`popup-${++n}`);
  await db.open();
  store = new GrantStore(db);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

async function fill() {
  await store.recordGrant(outcome({ clientId: 'a', appName: 'Alpha', risk: 'low', time: 5 }));
  await store.recordGrant(outcome({ clientId: 'b', appName: 'Beta', risk: 'high', scopes: ['Mail.Read'], time: 1 }));
  await store.recordGrant(
    outcome({
      clientId: 'c',
      appName: 'Gamma',
      provider: 'google',
      risk: 'high',
      scopes: ['https://www.googleapis.com/auth/drive'],
      time: 9,
    }),
  );
  await store.recordRefusal(outcome({ clientId: 'd', appName: 'Delta', risk: 'critical', time: 3 }));
}

function show(overrides: Partial<Parameters<typeof Popup>[0]> = {}) {
  const handlers = {
    onRevoke: vi.fn(async (grant: GrantRecord, _url: string) => store.markRevocationStarted(grant.id as number, 10)),
    onConfirmRevoked: vi.fn(async (grant: GrantRecord) => store.confirmRevoked(grant.id as number, 11)),
    onFirstRows: vi.fn(),
  };
  const view = render(<Popup store={store} lang="en" t={t} {...handlers} {...overrides} />);
  return { ...view, ...handlers };
}

/** The rows in the page, by app name, top to bottom. */
const rowNames = () =>
  [...document.querySelectorAll('[data-grant]')].map((row) => row.querySelector('strong')?.textContent ?? '');

const status = () => screen.getByRole('status').textContent;

describe('popup: the grant list', () => {
  it('says so when nothing is recorded yet', async () => {
    show();
    expect(await screen.findByTestId('empty')).toBeTruthy();
    expect(screen.getByTestId('empty').textContent).toContain('No app recorded yet');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('lists the most risky first, then the most recent, with the count, and marks the first rows', async () => {
    await fill();
    const { onFirstRows } = show();
    await waitFor(() => expect(rowNames()).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha']));
    expect(status()).toBe('4 apps');
    const badges = [...document.querySelectorAll('[data-grant] .badge')].map((b) => b.textContent);
    expect(badges).toEqual(['Critical risk', 'High risk', 'High risk', 'Low risk']);
    expect(document.querySelector('[data-grant="d"]')?.getAttribute('data-status')).toBe('refused');
    expect(onFirstRows).toHaveBeenCalledTimes(1);
  });

  it('search narrows the list by name, client id or permission, without case', async () => {
    await fill();
    show();
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    const search = screen.getByRole('searchbox');
    fireEvent.input(search, { target: { value: 'MAIL.read' } });
    await waitFor(() => expect(rowNames()).toEqual(['Beta']));
    expect(status()).toBe('1 apps');
    fireEvent.input(search, { target: { value: 'gam' } });
    await waitFor(() => expect(rowNames()).toEqual(['Gamma']));
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    await waitFor(() => expect(status()).toBe('No app matches.'));
    expect(rowNames()).toEqual([]);
    // An empty search is no filter: the whole list again, not the empty state.
    fireEvent.input(search, { target: { value: '  ' } });
    await waitFor(() => expect(rowNames()).toHaveLength(4));
  });

  it('filters narrow the list: risk, provider, status, and together', async () => {
    await fill();
    show();
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    const select = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    select('Risk', 'high');
    await waitFor(() => expect(rowNames()).toEqual(['Gamma', 'Beta']));
    select('Provider', 'google');
    await waitFor(() => expect(rowNames()).toEqual(['Gamma']));
    select('Risk', '');
    select('Provider', '');
    select('Status', 'refused');
    await waitFor(() => expect(rowNames()).toEqual(['Delta']));
    select('Status', 'revoked');
    await waitFor(() => expect(status()).toBe('No app matches.'));
    // Filters stay on screen when nothing matches, so they can be undone; levels are named in words.
    const riskOptions = [...(screen.getByLabelText('Risk') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(riskOptions).toEqual(['Risk: All', 'Critical risk', 'High risk', 'Medium risk', 'Low risk', 'No risk']);
    select('Status', '');
    await waitFor(() => expect(rowNames()).toHaveLength(4));
  });

  it('opens a grant, revokes it (the event carries the provider’s page) and shows its new status, in the list too', async () => {
    await fill();
    const { onRevoke, onConfirmRevoked } = show();
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    fireEvent.click(document.querySelector('[data-grant="b"]') as HTMLElement);
    expect(screen.getByRole('heading', { name: 'Beta' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke at Microsoft' }));
    expect(onRevoke).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'b' }),
      'https://myapplications.microsoft.com/',
    );
    await waitFor(() => expect(screen.getByTestId('grant-status').textContent).toBe('Revocation started'));
    fireEvent.click(screen.getByRole('button', { name: 'I have revoked it' }));
    expect(onConfirmRevoked).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'b' }));
    await waitFor(() => expect(screen.getByTestId('grant-status').textContent).toBe('Revoked'));
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() =>
      expect(document.querySelector('[data-grant="b"]')?.getAttribute('data-status')).toBe('revoked'),
    );
  });

  it('reads only the rows in view from a large inventory, and more as it scrolls', async () => {
    await db.grants.bulkPut(
      Array.from({ length: 500 }, (_v, i) => {
        const clientId = `seed-${String(i).padStart(3, '0')}`;
        return {
          key: `microsoft|${clientId}||`,
          appKey: `microsoft|${clientId}`,
          provider: 'microsoft' as const,
          clientId,
          appName: `Seeded ${i}`,
          appNameLower: `seeded ${i}`,
          tenant: null,
          account: null,
          scopes: ['User.Read'],
          scopesLower: ['user.read'],
          hiddenScopes: false,
          risk: 'none' as const,
          riskRank: 0,
          status: 'active' as const,
          firstSeen: i,
          lastSeen: i,
          redirectHost: null,
          history: [],
        };
      }),
    );
    const query = vi.spyOn(store, 'query');
    show();
    await waitFor(() => expect(status()).toBe('500 apps'));
    await waitFor(() => expect(rowNames()[0]).toBe('Seeded 499'));
    expect(rowNames().length).toBeLessThan(30);
    expect(query).toHaveBeenCalledTimes(1);
    const list = document.querySelector('.grant-list') as HTMLElement;
    list.scrollTop = 64 * 300;
    fireEvent.scroll(list);
    await waitFor(() => expect(rowNames()).toContain('Seeded 199'));
    expect(rowNames().length).toBeLessThan(30);
  });
});
