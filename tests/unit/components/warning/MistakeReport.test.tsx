// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../lib/policy/default-policy';
import { ms, policyFrom } from '../../policy/helpers';
import { show } from './helpers';

afterEach(cleanup);

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
