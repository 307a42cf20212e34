// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ms } from '../../policy/helpers';
import { show } from './helpers';

afterEach(cleanup);

describe('warning page: text from the request', () => {
  it('shows the account and the organisation as what the link says, not as facts', () => {
    show(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=app-1&response_type=code&scope=Mail.Read&login_hint=ceo%40contoso.com',
    );
    const account = screen.getByTestId('account');
    expect(account.textContent).toBe('ceo@contoso.com');
    expect(account.previousElementSibling?.textContent).toBe('The link says it is for');
    expect(screen.getByTestId('tenant').previousElementSibling?.textContent).toBe('The link names the organisation');
    expect(screen.getByText(/whoever made the link wrote them, nobody has checked them/)).toBeTruthy();
    expect(screen.queryByText('Account')).toBeNull();
  });

  it('says nothing of the link when the link names no account or organisation', () => {
    show(ms('Mail.Read'));
    expect(screen.queryByTestId('account')).toBeNull();
    expect(screen.queryByText(/nobody has checked them/)).toBeNull();
  });
});
