import type { GrantRecord } from './grant-types';

export interface RevokePage {
  url: string;
  instruction: { en: string; fr: string };
}

/**
 * Where a grant is removed, at the provider itself: a direct link to the app
 * where the provider has one, else the page that lists the apps, with one line
 * on what to click there. Null when the provider has no such page for people
 * (the organisation's IT removes those grants).
 */
export function revokePage(grant: Pick<GrantRecord, 'provider' | 'clientId' | 'tenant'>): RevokePage | null {
  switch (grant.provider) {
    case 'microsoft':
      return grant.tenant === 'consumers'
        ? {
            url: 'https://account.live.com/consent/Manage',
            instruction: {
              en: 'Find the app in the list, choose "Edit", then "Remove these permissions".',
              fr: 'Trouvez l’application dans la liste, choisissez « Modifier », puis « Supprimer ces autorisations ».',
            },
          }
        : {
            url: 'https://myapplications.microsoft.com/',
            instruction: {
              en: 'Open the app’s "…" menu, choose "Manage your application", then "Revoke permissions".',
              fr: 'Ouvrez le menu « … » de l’application, choisissez « Gérer votre application », puis « Révoquer les autorisations ».',
            },
          };
    case 'google':
      return {
        url: 'https://myaccount.google.com/connections',
        instruction: {
          en: 'Choose the app, then "Delete all connections you have with" it.',
          fr: 'Choisissez l’application, puis « Supprimer toutes les connexions avec » elle.',
        },
      };
    case 'github':
      return {
        url: `https://github.com/settings/connections/applications/${encodeURIComponent(grant.clientId)}`,
        instruction: { en: 'Choose "Revoke access".', fr: 'Choisissez « Revoke access » (révoquer l’accès).' },
      };
    case 'slack':
      return {
        url: 'https://slack.com/apps/manage',
        instruction: {
          en: 'Open the app, then "Configuration", then "Remove App" (or revoke your own authorization).',
          fr: 'Ouvrez l’application, puis « Configuration », puis « Supprimer l’application » (ou révoquez votre autorisation).',
        },
      };
    case 'atlassian':
      return {
        url: 'https://id.atlassian.com/manage-profile/apps',
        instruction: {
          en: 'Find the app and choose "Remove access".',
          fr: 'Trouvez l’application et choisissez « Retirer l’accès ».',
        },
      };
    case 'dropbox':
      return {
        url: 'https://www.dropbox.com/account/connected_apps',
        instruction: {
          en: 'Find the app and choose "Disconnect".',
          fr: 'Trouvez l’application et choisissez « Déconnecter ».',
        },
      };
    case 'salesforce':
      return {
        url: grant.tenant
          ? `https://${grant.tenant}/lightning/settings/personal/ConnectedApplications/home`
          : 'https://login.salesforce.com/',
        instruction: {
          en: 'In your personal settings, open "Connections" (OAuth connected apps) and choose "Revoke" next to the app.',
          fr: 'Dans vos paramètres personnels, ouvrez « Connexions » (applications connectées OAuth) et choisissez « Révoquer » en face de l’application.',
        },
      };
    case 'zoom':
      return {
        url: 'https://marketplace.zoom.us/user/installed',
        instruction: {
          en: 'Find the app and choose "Remove".',
          fr: 'Trouvez l’application et choisissez « Supprimer ».',
        },
      };
    default:
      return null;
  }
}
