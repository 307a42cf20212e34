import type { RiskLevel } from '../core/risk-level';

export const SCOPE_CATEGORIES = [
  'identity',
  'offline-access',
  'mail',
  'files',
  'calendar',
  'contacts',
  'chat',
  'notes',
  'tasks',
  'sites',
  'directory',
  'devices',
  'security',
  'apps',
  'code',
  'packages',
  'workflow',
  'projects',
  'crm',
  'meetings',
  'admin',
  'other',
] as const;
export type ScopeCategory = (typeof SCOPE_CATEGORIES)[number];

/** [scope as the provider spells it, risk, category, English, French]: one line per scope keeps the tables readable. */
export type CatalogueRow = readonly [scope: string, level: RiskLevel, category: ScopeCategory, en: string, fr: string];

export interface CatalogueEntry {
  scope: string;
  level: RiskLevel;
  category: ScopeCategory;
  description: { en: string; fr: string };
}

export function indexRows(rows: readonly CatalogueRow[]): ReadonlyMap<string, CatalogueEntry> {
  const index = new Map<string, CatalogueEntry>();
  for (const [scope, level, category, en, fr] of rows) {
    index.set(scope.toLowerCase(), { scope, level, category, description: { en, fr } });
  }
  return index;
}
