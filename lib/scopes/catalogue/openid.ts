import type { CatalogueRow } from '../catalogue-entry';

/** OpenID Connect's standard scopes, the same at every provider. */
export const OPENID_SCOPES: readonly CatalogueRow[] = [
  ['openid', 'none', 'identity', 'Sign you in with your account.', 'Vous connecter avec votre compte.'],
  ['profile', 'none', 'identity', 'See your name and profile picture.', 'Voir votre nom et votre photo de profil.'],
  ['email', 'none', 'identity', 'See your email address.', 'Voir votre adresse e-mail.'],
  ['address', 'low', 'identity', 'See your postal address.', 'Voir votre adresse postale.'],
  ['phone', 'low', 'identity', 'See your phone number.', 'Voir votre numéro de téléphone.'],
  // Amazon Cognito, "Scopes": the user pool's own API for the signed-in user's own attributes.
  [
    'aws.cognito.signin.user.admin',
    'low',
    'identity',
    'Read and change your own profile in the sign-in service.',
    'Lire et modifier votre propre profil dans le service de connexion.',
  ],
  [
    'offline_access',
    'low',
    'offline-access',
    'Keep the access you grant even when you are not using the app, until you revoke it (a password change does not end it).',
    "Garder l'accès accordé même quand vous n'utilisez pas l'application, jusqu'à ce que vous le révoquiez (changer de mot de passe ne l'arrête pas).",
  ],
];
