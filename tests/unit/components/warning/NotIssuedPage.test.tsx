// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotIssuedPage } from '../../../../components/warning/NotIssuedPage';
import { t } from './helpers';

afterEach(cleanup);

describe('a warning page the guard did not issue', () => {
  it('a warning page the guard did not issue shows nothing but Go back', () => {
    const onBack = vi.fn();
    render(<NotIssuedPage t={t} onBack={onBack} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Consent Guard did not stop anything here');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Go back']);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onBack).toHaveBeenCalled();
  });
});
