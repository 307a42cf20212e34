import type { CatalogueRow } from '../catalogue-entry';

/**
 * Salesforce OAuth scopes (OpenID Connect's `openid`, `profile`, `email`,
 * `address`, `phone` and `offline_access` come from openid.ts). Source:
 * Salesforce Help, "OAuth Tokens and Scopes".
 */
export const SALESFORCE_SCOPES: readonly CatalogueRow[] = [
  ['id', 'none', 'identity', 'Read your Salesforce identity.', 'Lire votre identité Salesforce.'],
  ['api', 'high', 'crm', 'Read and change all the Salesforce data you can see, through the API.', 'Lire et modifier toutes les données Salesforce que vous voyez, par l’API.'],
  ['full', 'critical', 'crm', 'Do everything you can do in Salesforce.', 'Faire tout ce que vous pouvez faire dans Salesforce.'],
  ['refresh_token', 'low', 'offline-access', 'Keep access when you are not using the app, until you revoke it.', 'Garder l’accès quand vous n’utilisez pas l’application, jusqu’à révocation.'],
  ['web', 'high', 'crm', 'Open Salesforce in a browser as you, with everything you can do there.', 'Ouvrir Salesforce dans un navigateur en votre nom, avec tout ce que vous pouvez y faire.'],
  ['chatter_api', 'high', 'chat', 'Read and post in Chatter as you.', 'Lire et publier dans Chatter en votre nom.'],
  ['visualforce', 'medium', 'crm', 'Open Visualforce pages as you.', 'Ouvrir des pages Visualforce en votre nom.'],
  ['lightning', 'high', 'crm', 'Open Lightning apps as you, with everything you can do there.', 'Ouvrir des applications Lightning en votre nom, avec tout ce que vous pouvez y faire.'],
  ['content', 'medium', 'files', 'Read content such as files and documents.', 'Lire du contenu comme des fichiers et documents.'],
  ['custom_permissions', 'low', 'crm', 'See the custom permissions of the app.', 'Voir les autorisations personnalisées de l’application.'],
  ['wave_api', 'medium', 'crm', 'Read CRM Analytics data.', 'Lire les données CRM Analytics.'],
  ['eclair_api', 'low', 'crm', 'Use Analytics maps.', 'Utiliser les cartes Analytics.'],
  ['pardot_api', 'high', 'crm', 'Read and change Marketing Cloud Account Engagement data.', 'Lire et modifier les données Marketing Cloud Account Engagement.'],
  ['cdp_api', 'high', 'crm', 'Read and change Data Cloud data.', 'Lire et modifier les données Data Cloud.'],
  ['cdp_query_api', 'high', 'crm', 'Query all Data Cloud data, customers’ records included.', 'Interroger toutes les données Data Cloud, fiches clients comprises.'],
  ['cdp_profile_api', 'high', 'crm', 'Read and change Data Cloud customer profiles.', 'Lire et modifier les profils clients Data Cloud.'],
  ['cdp_ingest_api', 'high', 'crm', 'Load data into Data Cloud.', 'Charger des données dans Data Cloud.'],
  ['cdp_segment_api', 'medium', 'crm', 'Manage Data Cloud segments.', 'Gérer les segments Data Cloud.'],
  ['cdp_calculated_insight_api', 'medium', 'crm', 'Manage Data Cloud calculated insights.', 'Gérer les indicateurs calculés Data Cloud.'],
  ['cdp_identityresolution_api', 'medium', 'crm', 'Run Data Cloud identity resolution.', 'Exécuter la résolution d’identité Data Cloud.'],
  ['interaction_api', 'medium', 'crm', 'Run Flows as you.', 'Exécuter des Flows en votre nom.'],
  ['chatbot_api', 'medium', 'chat', 'Talk to Einstein bots as you.', 'Parler aux bots Einstein en votre nom.'],
  ['sfap_api', 'medium', 'crm', 'Use Salesforce platform APIs.', 'Utiliser les API de la plateforme Salesforce.'],
  ['einstein_gpt_api', 'medium', 'crm', 'Use Einstein generative AI features.', 'Utiliser les fonctions d’IA générative Einstein.'],
  ['forgot_password', 'low', 'identity', 'Reset your password.', 'Réinitialiser votre mot de passe.'],
  ['user_registration_api', 'low', 'identity', 'Register users.', 'Inscrire des utilisateurs.'],
  ['pwdless_login_api', 'low', 'identity', 'Sign in without a password.', 'Se connecter sans mot de passe.'],
];
