// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ms, policyFrom } from '../../policy/helpers';
import { show } from './helpers';

afterEach(cleanup);

describe('warning page', () => {
  it('lists the most dangerous permissions first, in plain words, and explains offline access', () => {
    show(ms('User.Read Contacts.Read Mail.Send offline_access'));
    const items = screen
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-scope'))
      .filter(Boolean);
    expect(items).toEqual(['Mail.Send', 'Contacts.Read', 'offline_access', 'User.Read']);
    expect(screen.getByText('Send e-mail as you.')).toBeTruthy();
    expect(screen.getByText(/Changing your password does not stop it/)).toBeTruthy();
  });

  it('a warned request offers Go back and Continue; Continue passes the justification', () => {
    const { onContinue, onBack } = show(ms('Mail.Read'));
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onBack).toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Project X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue anyway' }));
    expect(onContinue).toHaveBeenCalledWith('Project X');
  });

  it('asks for a justification when the policy requires one', () => {
    const { onContinue } = show(ms('Mail.Read'), { policy: policyFrom({ bypass: { requireJustification: true } }) });
    fireEvent.click(screen.getByRole('button', { name: 'Continue anyway' }));
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Please say why before you continue.');
  });

  it('a blocked request has no Continue and says who to contact', () => {
    show(ms('openid'), {
      policy: policyFrom({
        blockedApps: [{ clientId: 'app-1', name: 'Rogue app' }],
        supportUrl: 'https://it.example.com/help',
      }),
    });
    expect(screen.queryByRole('button', { name: 'Continue anyway' })).toBeNull();
    expect(screen.getByText('If you need this app, contact your IT team.')).toBeTruthy();
    expect(screen.getByText('Your organisation has blocked this app.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Get help from your IT team' }).getAttribute('href')).toBe(
      'https://it.example.com/help',
    );
    expect(screen.getByTestId('app-name').textContent).toContain('Rogue app');
  });

  it('flags a localhost redirect of a Microsoft first-party app (ConsentFix)', () => {
    show(
      'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=openid',
    );
    expect(screen.getByTestId('app-name').textContent).toContain('Microsoft Azure CLI');
    expect(screen.getByText(/whatever program listens there gets the access/)).toBeTruthy();
    expect(screen.getByText(/only continue if you typed a command that started this yourself/)).toBeTruthy();
  });

  it('says when the permissions are hidden', () => {
    show(
      'https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com',
    );
    expect(screen.getByText(/This request hides its permissions/)).toBeTruthy();
  });

  it('never renders request data as HTML', () => {
    show(ms('Mail.Read', '', '<img src=x onerror=alert(1)>'));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('client-id').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('warning page: why, in words', () => {
  it('names the rule and the scopes behind a decision', () => {
    show(ms('openid'), { policy: policyFrom({ blockedApps: [{ clientId: 'app-1' }] }) });
    const reasons = screen.getByTestId('reasons');
    expect(reasons.textContent).toContain('Your organisation has blocked this app.');
    expect(reasons.textContent).toContain('Rule: blocked app app-1');
    cleanup();
    show(ms('Files.ReadWrite.All'));
    expect(screen.getByTestId('reasons').textContent).toMatch(/Because of: Files\.ReadWrite\.All/);
  });

  it('explains an app installation in its own words', () => {
    show('https://github.com/apps/octo-deployer/installations/new');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Check before you install this app');
    expect(screen.getByText(/^Install octo-deployer on your repositories\?/)).toBeTruthy();
    expect(screen.getByText(/The app chose its own permissions/)).toBeTruthy();
    expect(screen.getByTestId('reasons').textContent).toContain('An installed app acts on your repositories');
    expect(screen.queryByText('It asks for no permission beyond signing you in.')).toBeNull();
  });
});
