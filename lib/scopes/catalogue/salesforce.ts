import type { CatalogueRow } from '../catalogue-entry';

/** Salesforce OAuth scopes. */
export const SALESFORCE_SCOPES: readonly CatalogueRow[] = [
  ['id', 'none', 'identity', 'Read your Salesforce identity.', 'Lire votre identité Salesforce.'],
  ['api', 'high', 'crm', 'Read and change all the Salesforce data you can see, through the API.', 'Lire et modifier toutes les données Salesforce que vous voyez, par l’API.'],
  ['full', 'critical', 'crm', 'Do everything you can do in Salesforce.', 'Faire tout ce que vous pouvez faire dans Salesforce.'],
  ['refresh_token', 'low', 'offline-access', 'Keep access when you are not using the app, until you revoke it.', 'Garder l’accès quand vous n’utilisez pas l’application, jusqu’à révocation.'],
  ['web', 'medium', 'crm', 'Open Salesforce pages as you.', 'Ouvrir des pages Salesforce en votre nom.'],
  ['chatter_api', 'medium', 'chat', 'Read and post in Chatter as you.', 'Lire et publier dans Chatter en votre nom.'],
  ['visualforce', 'medium', 'crm', 'Open Visualforce pages as you.', 'Ouvrir des pages Visualforce en votre nom.'],
  ['lightning', 'medium', 'crm', 'Open Lightning apps as you.', 'Ouvrir des applications Lightning en votre nom.'],
  ['content', 'medium', 'files', 'Read content such as files and documents.', 'Lire du contenu comme des fichiers et documents.'],
  ['custom_permissions', 'low', 'crm', 'See the custom permissions of the app.', 'Voir les autorisations personnalisées de l’application.'],
  ['wave_api', 'medium', 'crm', 'Read CRM Analytics data.', 'Lire les données CRM Analytics.'],
  ['eclair_api', 'low', 'crm', 'Use Analytics maps.', 'Utiliser les cartes Analytics.'],
  ['pardot_api', 'high', 'crm', 'Read and change Marketing Cloud Account Engagement data.', 'Lire et modifier les données Marketing Cloud Account Engagement.'],
  ['cdp_api', 'high', 'crm', 'Read and change Data Cloud data.', 'Lire et modifier les données Data Cloud.'],
  ['cdp_query_api', 'medium', 'crm', 'Query Data Cloud data.', 'Interroger les données Data Cloud.'],
  ['interaction_api', 'medium', 'crm', 'Run Flows as you.', 'Exécuter des Flows en votre nom.'],
  ['chatbot_api', 'medium', 'chat', 'Talk to Einstein bots as you.', 'Parler aux bots Einstein en votre nom.'],
  ['sfap_api', 'medium', 'crm', 'Use Salesforce platform APIs.', 'Utiliser les API de la plateforme Salesforce.'],
  ['einstein_gpt_api', 'medium', 'crm', 'Use Einstein generative AI features.', 'Utiliser les fonctions d’IA générative Einstein.'],
  ['forgot_password', 'low', 'identity', 'Reset your password.', 'Réinitialiser votre mot de passe.'],
  ['user_registration_api', 'low', 'identity', 'Register users.', 'Inscrire des utilisateurs.'],
  ['pwdless_login_api', 'low', 'identity', 'Sign in without a password.', 'Se connecter sans mot de passe.'],
];
