import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { MistakeState } from '../../../../components/warning/MistakeReport';
import { WarningPage } from '../../../../components/warning/WarningPage';
import { buildWarningView, type WarningContext } from '../../../../lib/interception/warning-view';
import { DEFAULT_POLICY } from '../../../../lib/policy/default-policy';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
/** Like the browser's getMessage: each `$NAME$` in turn takes the next substitution. */
export const t = (key: string, sub?: string | string[]) => {
  const subs = sub === undefined ? [] : Array.isArray(sub) ? [...sub] : [sub];
  return (en[key]?.message ?? `[missing ${key}]`).replace(/\$[A-Z]+\$/g, () => subs.shift() ?? '');
};

/** The warning page for a request, in English, with its handlers as mocks. */
export function show(
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
