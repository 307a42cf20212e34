import type { ConsentEventType } from '../../lib/core/event-types';
import type { MessageKey } from '../../lib/core/messages';
import type { GrantStatus } from '../../lib/grants/grant-types';

export const STATUS_KEYS: Record<GrantStatus, MessageKey> = {
  active: 'statusActive',
  'revocation-started': 'statusRevocationStarted',
  revoked: 'statusRevoked',
  refused: 'statusRefused',
  blocked: 'statusBlocked',
};

export const HISTORY_KEYS: Partial<Record<ConsentEventType, MessageKey>> = {
  'grant-recorded': 'historyGrantRecorded',
  'grant-refused': 'historyGrantRefused',
  blocked: 'historyBlocked',
  'revocation-started': 'historyRevocationStarted',
  'revocation-confirmed': 'historyRevocationConfirmed',
};

export function formatWhen(time: number, lang: string): string {
  return new Date(time).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(time: number, lang: string): string {
  return new Date(time).toLocaleDateString(lang, { dateStyle: 'medium' });
}
