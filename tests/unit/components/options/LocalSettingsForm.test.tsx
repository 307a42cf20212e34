// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalSettingsForm } from '../../../../components/options/LocalSettingsForm';
import { NO_LOCAL_SETTINGS } from '../../../../lib/policy/local-settings';
import { localeTranslator } from '../../../../scripts/locale-messages';

afterEach(cleanup);

const en = localeTranslator('en');

describe('options page: local settings', () => {
  it('offers exactly the settings the schema marks local, labelled for people', () => {
    render(<LocalSettingsForm settings={NO_LOCAL_SETTINGS} t={en} onChange={() => undefined} />);
    expect(screen.getByLabelText('Protection mode')).toBeTruthy();
    expect(screen.getByLabelText('Consent with a personal account')).toBeTruthy();
    expect(screen.getByLabelText('Ask me why before I continue past a warning')).toBeTruthy();
    expect(document.querySelectorAll('select, input[type=checkbox]')).toHaveLength(8);
  });

  it('offers the policy’s own value first, and emits the whole settings with the one changed', () => {
    const onChange = vi.fn();
    render(<LocalSettingsForm settings={NO_LOCAL_SETTINGS} t={en} onChange={onChange} />);
    const mode = screen.getByLabelText('Protection mode') as HTMLSelectElement;
    expect(mode.value).toBe('audit');
    expect(mode.options[0]?.textContent).toBe(en('optionsLocalInherit'));
    fireEvent.change(mode, { target: { value: 'enforce' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_LOCAL_SETTINGS, mode: 'enforce' });
    fireEvent.click(screen.getByLabelText('Ask me why before I continue past a warning'));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_LOCAL_SETTINGS, requireJustification: true });
  });
});
