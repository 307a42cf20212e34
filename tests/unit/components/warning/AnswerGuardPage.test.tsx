// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerGuardPage } from '../../../../components/warning/AnswerGuardPage';
import { t } from './helpers';

afterEach(cleanup);

describe('the answer guard page', () => {
  it('the answer guard names the host, says never to copy the address, and offers only Go back', () => {
    render(<AnswerGuardPage host="localhost" t={t} onBack={vi.fn()} />);
    expect(screen.getByText(/meant for a program on this computer \(localhost\) was not delivered/)).toBeTruthy();
    expect(
      screen.getByText(/Never copy the address of that page, or paste it into a website, whoever asks/),
    ).toBeTruthy();
    expect(screen.getByText(/command-line tool yourself, tell your IT team/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Go back']);
  });

  it('Go back leaves the page', () => {
    const onBack = vi.fn();
    render(<AnswerGuardPage host="127.0.0.1" t={t} onBack={onBack} />);
    expect(screen.getByText(/\(127\.0\.0\.1\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
