// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningPage } from '../../../components/warning/WarningPage';
import { buildWarningView } from '../../../lib/interception/warning-view';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { ms, policyFrom } from '../policy/helpers';

const en = JSON.parse(
  await import('node:fs').then((fs) => fs.readFileSync('public/_locales/en/messages.json', 'utf8')),
) as Record<string, { message: string }>;
const t = (key: string, sub?: string | string[]) => (en[key]?.message ?? key).replace(/\$[A-Z]+\$/, String(sub ?? ''));

afterEach(cleanup);

function show(url: string, policy = DEFAULT_POLICY) {
  const view = buildWarningView({ source: 'warn', url }, { policy }, 'en');
  if (view === null) throw new Error('no view');
  const handlers = { onBack: vi.fn(), onContinue: vi.fn(), onAskApproval: vi.fn(), onReportMistake: vi.fn() };
  render(<WarningPage view={view} t={t} state={{ kind: 'idle' }} mistake={{ kind: 'idle' }} {...handlers} />);
  return { view, ...handlers };
}

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
    const { onContinue } = show(ms('Mail.Read'), policyFrom({ bypass: { requireJustification: true } }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue anyway' }));
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Please say why before you continue.');
  });

  it('a blocked request has no Continue and says who to contact', () => {
    show(
      ms('openid'),
      policyFrom({
        blockedApps: [{ clientId: 'app-1', name: 'Rogue app' }],
        supportUrl: 'https://it.example.com/help',
      }),
    );
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
