// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApprovedGrants } from '../../../../lib/decision/approved-grants';
import { DEFAULT_POLICY } from '../../../../lib/policy/default-policy';
import { describeScope } from '../../../../lib/scopes/lookup-scope';
import { ms } from '../../policy/helpers';
import { show } from './helpers';

afterEach(cleanup);

describe('warning page: what is new', () => {
  const now = Date.now();
  const grants = new ApprovedGrants([
    {
      provider: 'microsoft',
      clientId: 'app-1',
      tenant: null,
      account: null,
      scopes: ['User.Read', 'Custom.Thing'],
      lastSeen: now,
    },
  ]);

  it('lists what the app already has in plain words, then what it now asks for more', () => {
    const { view } = show(ms('User.Read Custom.Thing Files.Read.All'), { policy: DEFAULT_POLICY, grants });
    expect(view.grantedBefore).toEqual(['User.Read', 'Custom.Thing']);
    const held = screen.getByTestId('granted-before');
    expect(within(held).getByText('This app already has:')).toBeTruthy();
    const userRead = describeScope('microsoft', 'User.Read');
    expect(userRead.known).toBe(true);
    expect(held.querySelector('[data-held-scope="User.Read"]')?.textContent).toBe(userRead.description.en);
    // Unknown to the catalogue: its name, not a guess.
    expect(held.querySelector('[data-held-scope="Custom.Thing"]')?.textContent).toBe('Custom.Thing');
    expect(screen.getByTestId('asks-for-more').textContent).toBe('It now asks for more:');
    const asked = [...document.querySelectorAll('[data-scope]')].map((li) => li.getAttribute('data-scope'));
    expect(asked).toEqual(['Files.Read.All']);
  });

  it('shows no "already has" for an app that holds nothing', () => {
    show(ms('Files.Read.All', '', 'app-2'), { policy: DEFAULT_POLICY, grants });
    expect(screen.queryByTestId('granted-before')).toBeNull();
    expect(screen.queryByText('It now asks for more:')).toBeNull();
  });
});
