import type { RiskLevel } from '../risk/risk-level';
import type { ScopeCategory } from './catalogue-entry';

/**
 * Level of a scope the catalogue does not know, from the words in its name.
 * Order matters: the first rule that matches wins, strongest first, so a name
 * with both "read" and "write" counts as write.
 */
const LEVEL_RULES: ReadonlyArray<readonly [RegExp, RiskLevel]> = [
  [
    /full.?control|full.?access|accessasuser|role.?management|permanent.?delete|sudo|superuser|site.?admin/i,
    'critical',
  ],
  [/readwrite\.all|write\.all|\.all\b.*write|manage|admin|delete|send|impersonat|\bfull\b|owner/i, 'high'],
  [/\.all\b|readonly|read_only|write|modify|create|upload|history|export|content/i, 'medium'],
  [/^(openid|profile|email)$|read|view|list|basic|identity|me$/i, 'low'],
];

const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, ScopeCategory]> = [
  [/mail|gmail|smtp|imap|inbox/i, 'mail'],
  [/file|drive|storage|document|folder|sites?\b/i, 'files'],
  [/calendar|event/i, 'calendar'],
  [/contact|people/i, 'contacts'],
  [/chat|message|channel|conversation/i, 'chat'],
  [/admin|role|tenant|organi[sz]ation|policy/i, 'admin'],
  [/user|directory|group|member/i, 'directory'],
  [/repo|code|commit|git/i, 'code'],
  [/offline|refresh/i, 'offline-access'],
];

export function levelByNamingRules(
  scope: string,
  providerHasCatalogue: boolean,
): { level: RiskLevel; category: ScopeCategory } {
  // At a provider whose scopes are catalogued, a name the catalogue lacks is
  // unusual (or invented to look harmless): it starts at medium.
  let level: RiskLevel = providerHasCatalogue ? 'medium' : 'low';
  for (const [pattern, ruleLevel] of LEVEL_RULES) {
    if (pattern.test(scope)) {
      level = ruleLevel;
      break;
    }
  }
  let category: ScopeCategory = 'other';
  for (const [pattern, ruleCategory] of CATEGORY_RULES) {
    if (pattern.test(scope)) {
      category = ruleCategory;
      break;
    }
  }
  return { level, category };
}
