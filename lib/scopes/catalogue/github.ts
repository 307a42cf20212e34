import type { CatalogueRow } from '../catalogue-entry';

/**
 * GitHub OAuth app scopes. Source: GitHub Docs, "Scopes for OAuth apps".
 * Adding an SSH key gives lasting git access as the person, however the
 * token is later revoked: it is rated like full control.
 */
export const GITHUB_SCOPES: readonly CatalogueRow[] = [
  ['read:user', 'none', 'identity', 'Read your public profile.', 'Lire votre profil public.'],
  ['user:email', 'low', 'identity', 'See all your email addresses, private ones included.', 'Voir toutes vos adresses e-mail, y compris les adresses privées.'],
  ['user:follow', 'low', 'identity', 'Follow and unfollow people as you.', 'Suivre et ne plus suivre des personnes en votre nom.'],
  ['user', 'medium', 'identity', 'Read and change your profile, and see your email addresses.', 'Lire et modifier votre profil, et voir vos adresses e-mail.'],
  ['repo', 'high', 'code', 'Read and change all your repositories, private ones included, with their collaborators and webhooks.', 'Lire et modifier tous vos dépôts, y compris les dépôts privés, avec leurs collaborateurs et webhooks.'],
  ['public_repo', 'high', 'code', 'Push to every public repository you can change, your organisations’ included.', 'Publier dans tous les dépôts publics que vous pouvez modifier, y compris ceux de vos organisations.'],
  ['repo:status', 'low', 'code', 'Set commit statuses on your repositories.', 'Définir l’état des commits de vos dépôts.'],
  ['repo_deployment', 'low', 'code', 'Create deployments of your repositories.', 'Créer des déploiements de vos dépôts.'],
  ['repo:invite', 'low', 'code', 'Accept or decline invitations to repositories.', 'Accepter ou refuser des invitations à des dépôts.'],
  ['security_events', 'high', 'security', 'Read and dismiss the security alerts of your repositories, which show unfixed weaknesses.', 'Lire et ignorer les alertes de sécurité de vos dépôts, qui montrent les failles non corrigées.'],
  ['delete_repo', 'critical', 'code', 'Delete your repositories.', 'Supprimer vos dépôts.'],
  ['workflow', 'high', 'workflow', 'Change GitHub Actions workflows, which run with your repositories’ secrets.', 'Modifier les workflows GitHub Actions, qui s’exécutent avec les secrets de vos dépôts.'],
  ['admin:repo_hook', 'high', 'code', 'Create and delete webhooks on your repositories.', 'Créer et supprimer des webhooks sur vos dépôts.'],
  ['write:repo_hook', 'medium', 'code', 'Create and change webhooks on your repositories.', 'Créer et modifier des webhooks sur vos dépôts.'],
  ['read:repo_hook', 'low', 'code', 'See the webhooks of your repositories.', 'Voir les webhooks de vos dépôts.'],
  ['admin:org', 'critical', 'admin', 'Fully manage your organisations, their members and teams.', 'Gérer entièrement vos organisations, leurs membres et leurs équipes.'],
  ['write:org', 'high', 'admin', 'Change the members and teams of your organisations.', 'Modifier les membres et les équipes de vos organisations.'],
  ['read:org', 'low', 'admin', 'See your organisations, their members and teams.', 'Voir vos organisations, leurs membres et leurs équipes.'],
  ['admin:org_hook', 'high', 'admin', 'Manage webhooks on your organisations.', 'Gérer les webhooks de vos organisations.'],
  ['manage_runners:org', 'high', 'workflow', 'Manage your organisations’ self-hosted runners, which receive their jobs and secrets.', 'Gérer les exécuteurs auto-hébergés de vos organisations, qui reçoivent leurs travaux et secrets.'],
  ['admin:public_key', 'critical', 'security', 'Add and delete the SSH keys that can push as you.', 'Ajouter et supprimer les clés SSH qui peuvent publier en votre nom.'],
  ['write:public_key', 'critical', 'security', 'Add SSH keys that can read and push your repositories as you.', 'Ajouter des clés SSH qui peuvent lire et publier vos dépôts en votre nom.'],
  ['read:public_key', 'low', 'security', 'See your SSH keys.', 'Voir vos clés SSH.'],
  ['admin:gpg_key', 'high', 'security', 'Add and delete the GPG keys that make commits show as verified from you.', 'Ajouter et supprimer les clés GPG qui font paraître des commits comme vérifiés de votre part.'],
  ['write:gpg_key', 'high', 'security', 'Add GPG keys that make commits show as verified from you.', 'Ajouter des clés GPG qui font paraître des commits comme vérifiés de votre part.'],
  ['read:gpg_key', 'low', 'security', 'See your GPG keys.', 'Voir vos clés GPG.'],
  ['admin:ssh_signing_key', 'high', 'security', 'Add and delete the SSH keys that make commits show as verified from you.', 'Ajouter et supprimer les clés SSH qui font paraître des commits comme vérifiés de votre part.'],
  ['write:ssh_signing_key', 'high', 'security', 'Add SSH signing keys that make commits show as verified from you.', 'Ajouter des clés SSH de signature qui font paraître des commits comme vérifiés de votre part.'],
  ['read:ssh_signing_key', 'low', 'security', 'See your SSH signing keys.', 'Voir vos clés SSH de signature.'],
  ['gist', 'medium', 'code', 'Create and change your gists.', 'Créer et modifier vos gists.'],
  ['notifications', 'low', 'other', 'Read your notifications.', 'Lire vos notifications.'],
  ['write:packages', 'high', 'packages', 'Publish packages as you, which others then install.', 'Publier des paquets en votre nom, que d’autres installent ensuite.'],
  ['read:packages', 'medium', 'packages', 'Download your packages, private ones included.', 'Télécharger vos paquets, y compris les paquets privés.'],
  ['delete:packages', 'high', 'packages', 'Delete your packages.', 'Supprimer vos paquets.'],
  ['codespace', 'high', 'code', 'Create and use your codespaces and their secrets.', 'Créer et utiliser vos codespaces et leurs secrets.'],
  ['codespace:secrets', 'high', 'security', 'Create, change and delete your codespace secrets.', 'Créer, modifier et supprimer les secrets de vos codespaces.'],
  ['project', 'medium', 'projects', 'Read and change your projects.', 'Lire et modifier vos projets.'],
  ['read:project', 'low', 'projects', 'See your projects.', 'Voir vos projets.'],
  ['write:discussion', 'medium', 'other', 'Write in your teams’ discussions.', 'Écrire dans les discussions de vos équipes.'],
  ['read:discussion', 'low', 'other', 'Read your teams’ discussions.', 'Lire les discussions de vos équipes.'],
  ['copilot', 'high', 'admin', 'Manage GitHub Copilot settings and seats for your organisations.', 'Gérer les paramètres et licences GitHub Copilot de vos organisations.'],
  ['manage_billing:copilot', 'medium', 'admin', 'See and change who has a Copilot seat in your organisations.', 'Voir et modifier qui a une licence Copilot dans vos organisations.'],
  ['admin:enterprise', 'critical', 'admin', 'Fully manage your enterprise accounts.', 'Gérer entièrement vos comptes d’entreprise.'],
  ['manage_runners:enterprise', 'high', 'admin', 'Manage your enterprise’s self-hosted runners.', 'Gérer les exécuteurs auto-hébergés de votre entreprise.'],
  ['manage_billing:enterprise', 'high', 'admin', 'Manage your enterprise’s billing.', 'Gérer la facturation de votre entreprise.'],
  ['read:enterprise', 'medium', 'admin', 'See your enterprise accounts.', 'Voir vos comptes d’entreprise.'],
  ['scim:enterprise', 'critical', 'admin', 'Create, change and remove your enterprise’s users.', 'Créer, modifier et retirer les utilisateurs de votre entreprise.'],
  ['audit_log', 'high', 'security', 'Read and manage your enterprise’s audit log and its streaming.', 'Lire et gérer le journal d’audit de votre entreprise et son export.'],
  ['read:audit_log', 'medium', 'security', 'Read your organisations’ audit logs.', 'Lire les journaux d’audit de vos organisations.'],
  ['site_admin', 'critical', 'admin', 'Administer the whole GitHub Enterprise Server.', 'Administrer tout le serveur GitHub Enterprise.'],
];

/**
 * The scopes a GitHub scope contains (GitHub Docs, "Scopes for OAuth apps":
 * the indented ones under each): an app that holds `repo` asking for
 * `public_repo` asks for nothing new, and GitHub shows no consent screen.
 */
export const GITHUB_CONTAINED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  repo: ['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
  'admin:repo_hook': ['write:repo_hook', 'read:repo_hook'],
  'write:repo_hook': ['read:repo_hook'],
  'admin:org': ['write:org', 'read:org'],
  'write:org': ['read:org'],
  'admin:public_key': ['write:public_key', 'read:public_key'],
  'write:public_key': ['read:public_key'],
  'admin:gpg_key': ['write:gpg_key', 'read:gpg_key'],
  'write:gpg_key': ['read:gpg_key'],
  user: ['read:user', 'user:email', 'user:follow'],
  project: ['read:project'],
  'write:packages': ['read:packages'],
  'write:discussion': ['read:discussion'],
  codespace: ['codespace:secrets'],
  'admin:enterprise': ['manage_runners:enterprise', 'manage_billing:enterprise', 'read:enterprise'],
  'manage_billing:enterprise': ['read:enterprise'],
  audit_log: ['read:audit_log'],
};
