import type { CatalogueRow } from '../catalogue-entry';

/**
 * AWS IAM Identity Center's OAuth scopes. Sources: AWS Docs, "IAM Identity
 * Center OIDC API: CreateToken" (`sso:account:access`) and "Amazon Q
 * Developer: IAM Identity Center scopes" (`codewhisperer:*`).
 */
export const AWS_SCOPES: readonly CatalogueRow[] = [
  ['sso:account:access', 'high', 'admin', 'Use every AWS account and role you can reach through IAM Identity Center.', 'Utiliser tous les comptes et rôles AWS auxquels vous avez accès par IAM Identity Center.'],
  ['codewhisperer:completions', 'medium', 'code', 'Send your code to Amazon Q for completions.', 'Envoyer votre code à Amazon Q pour des complétions.'],
  ['codewhisperer:analysis', 'medium', 'code', 'Send your code to Amazon Q for security scans.', 'Envoyer votre code à Amazon Q pour des analyses de sécurité.'],
  ['codewhisperer:conversations', 'medium', 'code', 'Chat with Amazon Q as you, about your code.', 'Discuter avec Amazon Q en votre nom, à propos de votre code.'],
  ['codewhisperer:transformations', 'medium', 'code', 'Let Amazon Q rewrite your code.', 'Laisser Amazon Q réécrire votre code.'],
  ['codewhisperer:taskassist', 'medium', 'code', 'Let Amazon Q act on your code for a task.', 'Laisser Amazon Q agir sur votre code pour une tâche.'],
];
