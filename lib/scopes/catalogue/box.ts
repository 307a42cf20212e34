import type { CatalogueRow } from '../catalogue-entry';

/**
 * Box's scopes, where a request narrows the application's configured ones.
 * Source: Box Developer, "Scopes" (OAuth 2.0 scopes table).
 */
export const BOX_SCOPES: readonly CatalogueRow[] = [
  ['root_readonly', 'high', 'files', 'See and download all your Box files and folders.', 'Voir et télécharger tous vos fichiers et dossiers Box.'],
  ['root_readwrite', 'high', 'files', 'See, change, share and delete all your Box files and folders.', 'Voir, modifier, partager et supprimer tous vos fichiers et dossiers Box.'],
  ['manage_managed_users', 'critical', 'admin', 'Manage every user of your organisation’s Box account.', 'Gérer tous les utilisateurs du compte Box de votre organisation.'],
  ['manage_app_users', 'high', 'admin', 'Manage the app’s own users in your organisation’s Box account.', 'Gérer les utilisateurs propres à l’application dans le compte Box de votre organisation.'],
  ['manage_groups', 'high', 'directory', 'Manage your organisation’s Box groups and who is in them.', 'Gérer les groupes Box de votre organisation et leurs membres.'],
  ['manage_enterprise_properties', 'critical', 'admin', 'Change your organisation’s Box settings.', 'Modifier les paramètres Box de votre organisation.'],
  ['manage_data_retention', 'critical', 'admin', 'Change how long your organisation’s Box content is kept.', 'Modifier la durée de conservation du contenu Box de votre organisation.'],
  ['manage_legal_hold', 'critical', 'admin', 'Place and lift legal holds on your organisation’s Box content.', 'Poser et lever des conservations légales sur le contenu Box de votre organisation.'],
  ['manage_webhook', 'medium', 'files', 'Be told of every change to your Box files.', 'Être informé de chaque modification de vos fichiers Box.'],
  ['sign_requests.readwrite', 'high', 'files', 'Send documents for signature as you.', 'Envoyer des documents à signer en votre nom.'],
  ['ai.readwrite', 'medium', 'files', 'Ask Box AI about your files.', 'Interroger Box AI sur vos fichiers.'],
];
