import type { Translate } from '../../lib/core/messages';

/**
 * How many times people on this device said a warning was wrong: an admin
 * checking a browser sees whether the policy cries wolf.
 */
export function FalseAlarms({ count, t }: { count: number; t: Translate }) {
  return (
    <p class="muted" data-testid="false-alarms">
      {t('optionsFalseAlarms', String(count))}
    </p>
  );
}
