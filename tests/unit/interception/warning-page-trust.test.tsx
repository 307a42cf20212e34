// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerGuardPage } from '../../../components/warning/AnswerGuardPage';
import type { MistakeState } from '../../../components/warning/MistakeReport';
import { NotIssuedPage } from '../../../components/warning/NotIssuedPage';
import { WarningPage } from '../../../components/warning/WarningPage';
import { ApprovedGrants } from '../../../lib/decision/approved-grants';
import { answerHost } from '../../../lib/interception/warning-link';
import { buildWarningView, type WarningContext } from '../../../lib/interception/warning-view';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { describeScope } from '../../../lib/scopes/lookup-scope';
import { ms, policyFrom } from '../policy/helpers';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
/** Like the browser's getMessage: each `$NAME$` in turn takes the next substitution. */
const t = (key: string, sub?: string | string[]) => {
  const subs = sub === undefined ? [] : Array.isArray(sub) ? [...sub] : [sub];
  return (en[key]?.message ?? `[missing ${key}]`).replace(/\$[A-Z]+\$/g, () => subs.shift() ?? '');
};

afterEach(cleanup);

function show(
  url: string,
  context: WarningContext = { policy: DEFAULT_POLICY },
  mistake: MistakeState = { kind: 'idle' },
) {
  const view = buildWarningView({ source: 'warn', url }, context, 'en');
  if (view === null) throw new Error('no view');
  const handlers = { onBack: vi.fn(), onContinue: vi.fn(), onAskApproval: vi.fn(), onReportMistake: vi.fn() };
  render(<WarningPage view={view} t={t} state={{ kind: 'idle' }} mistake={mistake} {...handlers} />);
  return { view, ...handlers };
}

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

describe('warning page: this is a mistake', () => {
  it('sends the comment the person wrote, then thanks them', () => {
    const { onReportMistake } = show(ms('Mail.Read'));
    fireEvent.click(screen.getByRole('button', { name: 'This is a mistake' }));
    const form = screen.getByTestId('mistake-form');
    const comment = within(form).getByRole('textbox');
    expect(comment.getAttribute('maxlength')).toBe('500');
    fireEvent.input(comment, { target: { value: 'Our CRM, approved last year' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send to my IT team' }));
    expect(onReportMistake).toHaveBeenCalledWith('Our CRM, approved last year');
    cleanup();
    show(ms('Mail.Read'), { policy: DEFAULT_POLICY }, { kind: 'sent' });
    expect(screen.getByTestId('mistake-thanks').textContent).toBe('Thank you: your IT team will see this.');
    expect(screen.queryByRole('button', { name: 'This is a mistake' })).toBeNull();
  });

  it('is offered on a blocked request too, with an empty comment allowed', () => {
    const { onReportMistake } = show(ms('openid'), { policy: policyFrom({ blockedApps: [{ clientId: 'app-1' }] }) });
    fireEvent.click(screen.getByRole('button', { name: 'This is a mistake' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send to my IT team' }));
    expect(onReportMistake).toHaveBeenCalledWith('');
  });
});

describe('pages without a request', () => {
  it('a warning page the guard did not issue shows nothing but Go back', () => {
    const onBack = vi.fn();
    render(<NotIssuedPage t={t} onBack={onBack} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Consent Guard did not stop anything here');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Go back']);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('the answer guard names the host, says never to copy the address, and offers only Go back', () => {
    render(<AnswerGuardPage host="localhost" t={t} onBack={vi.fn()} />);
    expect(screen.getByText(/meant for a program on this computer \(localhost\) was not delivered/)).toBeTruthy();
    expect(
      screen.getByText(/Never copy the address of that page, or paste it into a website, whoever asks/),
    ).toBeTruthy();
    expect(screen.getByText(/command-line tool yourself, tell your IT team/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Go back']);
  });

  it('the answer guard takes only a host from its fragment, never a sentence', () => {
    expect(answerHost({ source: 'answer', url: '127.0.0.1' })).toBe('127.0.0.1');
    expect(answerHost({ source: 'answer', url: '[::1]' })).toBe('[::1]');
    expect(answerHost({ source: 'answer', url: 'login.microsoftonline.com' })).toBe('login.microsoftonline.com');
    expect(answerHost({ source: 'answer', url: 'Call +1 800 555 0100 now' })).toBeNull();
    expect(answerHost({ source: 'answer', url: 'evil.example/paste-here' })).toBeNull();
    expect(answerHost({ source: 'warn', url: 'localhost' })).toBeNull();
  });
});
