// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApprovalCodeState, approvalCodeErrorKey } from '../../../../components/warning/ApprovalCodeForm';
import { WarningPage } from '../../../../components/warning/WarningPage';
import { buildWarningView } from '../../../../lib/interception/warning-view';
import type { Policy } from '../../../../lib/policy/policy-schema';
import { localeTranslator } from '../../../../scripts/locale-messages';
import { ms, policyFrom } from '../../policy/helpers';

afterEach(cleanup);

const KEY = 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=';
const withApprovers = policyFrom({ mode: 'enforce', approvers: [{ name: 'IT', publicKey: KEY }] });

function show(policy: Policy, approvalCode: ApprovalCodeState = { kind: 'idle' }, lang: 'en' | 'fr' = 'en') {
  const view = buildWarningView({ source: 'warn', url: ms('Mail.ReadWrite') }, { policy }, lang);
  if (view === null) throw new Error('no view');
  const onUseApprovalCode = vi.fn();
  render(
    <WarningPage
      view={view}
      t={localeTranslator(lang)}
      state={{ kind: 'idle' }}
      mistake={{ kind: 'idle' }}
      onBack={vi.fn()}
      onContinue={vi.fn()}
      onAskApproval={vi.fn()}
      onReportMistake={vi.fn()}
      approvalCode={approvalCode}
      onUseApprovalCode={onUseApprovalCode}
    />,
  );
  return { view, onUseApprovalCode };
}

describe('warning page: "I have an approval code"', () => {
  it('is offered when the policy names approvers, and sends the pasted code', () => {
    const { onUseApprovalCode } = show(withApprovers);
    fireEvent.click(screen.getByRole('button', { name: 'I have an approval code' }));
    fireEvent.input(screen.getByLabelText(/Approval code/), { target: { value: '  CG1.abc.def \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this code' }));
    expect(onUseApprovalCode).toHaveBeenCalledWith('CG1.abc.def');
  });

  it('is not offered without approvers, nor for an app the organisation blocks', () => {
    show(policyFrom({ mode: 'enforce' }));
    expect(screen.queryByRole('button', { name: 'I have an approval code' })).toBeNull();
    cleanup();
    show(policyFrom({ blockedApps: ['app-1'], approvers: [{ name: 'IT', publicKey: KEY }] }));
    expect(screen.queryByRole('button', { name: 'I have an approval code' })).toBeNull();
  });

  it('says why a code was refused, in plain words, in English and French', () => {
    const refused = (error: string, lang: 'en' | 'fr' = 'en') => {
      cleanup();
      show(withApprovers, { kind: 'refused', error }, lang);
      fireEvent.click(
        screen.getByRole('button', { name: lang === 'en' ? 'I have an approval code' : 'J’ai un code d’approbation' }),
      );
      return screen.getByTestId('approval-code-refused').textContent;
    };
    expect(refused('forged')).toBe('This code is not valid: it was changed or made up.');
    expect(refused('expired')).toBe('This code has expired: ask for a new one.');
    expect(refused('unknown-key')).toBe('This code was not made by an approver your organisation lists.');
    expect(refused('other-app')).toBe('This code is for another app.');
    expect(refused('other-account')).toBe('This code is for another account.');
    expect(refused('forged', 'fr')).toBe('Ce code n’est pas valable : il a été modifié ou inventé.');
    expect(refused('something-new')).toBe('The code could not be checked (something-new).');
  });

  it('every refusal the worker can give has its sentence in both languages', () => {
    const errors = [
      'malformed',
      'no-approvers',
      'unknown-key',
      'forged',
      'expired',
      'not-yet-valid',
      'unsupported',
      'other-app',
      'other-account',
      'account-unknown',
      'other-scopes',
      'not-a-request',
      'blocked-app',
    ];
    for (const lang of ['en', 'fr'] as const) {
      const t = localeTranslator(lang);
      for (const error of errors) {
        const key = approvalCodeErrorKey(error);
        expect(key, error).not.toBeNull();
        expect(t(key as NonNullable<typeof key>), `${lang} ${error}`).not.toBe(key);
      }
    }
  });
});
